"""Economic measures, bodies joined and headline futures (round senses54): gas or oil flows halted, cut off or
suspended to a state are an economic sanction on it (SANCTION, CAMEO 163; supplies stay 162), the states
after "to" its targets (not the goods'); banks cut off from SWIFT are sanctioned (and SWIFT is no town); a
state that joins NATO, the EU or an alliance cooperates with it (COOPERATE, CAMEO 060); a headline's "X to
do" has X for its subject and is future; an acronym the tagger took for the verb ("ECOWAS lifts sanctions")
is the verb's subject; sanctions or an embargo lifted or eased are economic measures eased (CONCEDE, CAMEO
085); and a "state-backed" or "Iran-backed" modifier is no act of backing. Sentences written for the test,
each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="senses54", published="2024-09-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. energy or trade withheld from states: SANCTION on each state after "to"
@pytest.mark.parametrize("text, word, cameo, source, targets", [
    ("Gazprom halted gas flows to Poland and Bulgaria.", "halted", "163", "Gazprom",
     ["Government of Poland", "Government of Bulgaria"]),
    # variants
    ("Gazprom cut off gas supplies to Poland and Bulgaria.", "cut", "162", "Gazprom",
     ["Government of Poland", "Government of Bulgaria"]),
    ("Russia suspended gas flows to Bulgaria.", "suspended", "163", "Government of Russia",
     ["Government of Bulgaria"]),
    ("Gazprom halted gas exports to Poland and Bulgaria.", "halted", "163", "Gazprom",
     ["Government of Poland", "Government of Bulgaria"]),
    ("Russia halted oil deliveries to Germany and Poland.", "halted", "162", "Government of Russia",
     ["Government of Germany", "Government of Poland"]),
    ("Russia suspended oil exports to Germany.", "suspended", "163", "Government of Russia",
     ["Government of Germany"]),
    # controls
    ("Israel halted aid deliveries to Gaza and the West Bank.", "halted", "162", "Government of Israel",
     ["Government of Palestine", "Government of Palestine"]),
    ("The EU imposed sanctions on Iran.", "sanctions", "163", "EU", ["Government of Iran"]),
])
def test_energy_withheld_is_a_sanction(pipeline, text: str, word: str, cameo: str, source: str,
                                       targets: list[str]) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover["type"], event.cameo["code"]) == ("SANCTION", cameo)
    assert _names(event.source) == [source]
    assert _names(event.target) == targets


# 2. banks cut off from SWIFT: sanctioned, and no Swift County
@pytest.mark.parametrize("text, source", [
    ("Several Russian banks were cut off from SWIFT.", None),
    # variant
    ("The EU cut off seven Russian banks from SWIFT.", "EU"),
])
def test_cut_off_from_swift(pipeline, text: str, source: str | None) -> None:
    event = _event(pipeline, text, "cut")
    assert (event.plover["type"], event.cameo["code"]) == ("SANCTION", "163")
    assert _names(event.source) == ([source] if source else [])
    assert [a.country for a in event.target] == ["RUS"]
    assert event.location is None or event.location.country == "RUS"


def test_cut_off_hands_control(pipeline) -> None:
    """Control: a maiming stays an assault."""
    event = _event(pipeline, "The army cut off the hands of two thieves.", "cut")
    assert event.plover["type"] == "ASSAULT"


# 3. a state joins a body: it cooperates with it; joining rebels or a vigilante group stays as it was
@pytest.mark.parametrize("text, ptype, source, target", [
    ("Finland joined NATO on Tuesday.", "COOPERATE", "Government of Finland", "NATO"),
    # variants
    ("Croatia joined the European Union in 2013.", "COOPERATE", "Government of Croatia", "EU"),
    ("Finland joined the alliance on Tuesday.", "COOPERATE", "Government of Finland", None),
    # controls
    ("Soldiers joined the rebels.", "RETREAT", "Military Forces", "Rebels"),
    ("Hundreds of young men joined a vigilante group.", "MOBILIZE", "Civilians",
     "Unidentified Communal Militia"),
])
def test_joining_a_body(pipeline, text: str, ptype: str, source: str, target: str | None) -> None:
    event = _event(pipeline, text, "joined")
    assert event.plover["type"] == ptype
    assert _names(event.source) == [source]
    assert _names(event.target) == ([target] if target else [])


# 4. a headline's "X to do": X the subject, the act future
@pytest.mark.parametrize("text, word, source, future", [
    ("EU to impose new sanctions on Iran", "sanctions", "EU", True),
    # variants
    ("Britain to expel Russian diplomats", "expel", "Government of the United Kingdom", True),
    ("Russia to withdraw troops from Kherson", "withdraw", "Government of Russia", True),
    ("Biden to visit Kyiv next week", "visit", "Joe Biden", True),
    # controls
    ("The EU imposed sanctions on Iran.", "sanctions", "EU", False),
    ("Mali junta orders French ambassador to leave", "orders", "Government of Mali", False),
    ("Morocco severs ties with Iran", "severs ties", "Government of Morocco", False),
])
def test_headline_to_is_future(pipeline, text: str, word: str, source: str, future: bool) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.source) == [source]
    assert event.modality.future is future


# 5. sanctions or an embargo lifted or eased: CONCEDE, CAMEO 085
@pytest.mark.parametrize("text, word, cameo, source, target", [
    ("ECOWAS lifts sanctions on Niger", "lifts", "085", "ECOWAS", "Government of Niger"),
    # variants
    ("The US eased sanctions on Venezuela.", "eased", "085", "Government of the United States",
     "Government of Venezuela"),
    ("The US lifted the embargo on Cuba.", "lifted", "085", "Government of the United States",
     "Government of Cuba"),
    ("UN lifts sanctions on Eritrea", "lifts", "085", "UN", "Government of Eritrea"),
    # controls
    ("Turkey lifted its objections to Sweden's membership.", "lifted", "080", "Government of Turkey",
     "Government of Sweden"),
])
def test_sanctions_eased(pipeline, text: str, word: str, cameo: str, source: str, target: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover["type"], event.cameo["code"]) == ("CONCEDE", cameo)
    assert _names(event.source) == [source]
    assert _names(event.target) == [target]


def test_acronym_headline_control(pipeline) -> None:
    """Control: an acronym the tagger reads right keeps its event."""
    event = _event(pipeline, "ECOWAS imposes sanctions on Niger", "sanctions")
    assert event.plover["type"] == "SANCTION"
    assert _names(event.source) == ["ECOWAS"]


# 6. "state-backed", "Iran-backed": no SUPPORT event of their own
@pytest.mark.parametrize("text, types", [
    ("State-backed hackers breached the email accounts of German lawmakers.", ["COERCE"]),
    # variant
    ("Iran-backed militias attacked a US base in Syria.", ["ASSAULT"]),
    # controls
    ("Germany backed the plan.", ["SUPPORT"]),
])
def test_backed_modifier_is_no_event(pipeline, text: str, types: list[str]) -> None:
    assert [e.plover["type"] for e in _events(pipeline, text)] == types
