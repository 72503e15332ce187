"""Diplomatic acts (round diplo47): a state's protest handed to a diplomat is disapproval, not a crowd; a note
handed over is no release; summoned high commissioners and charges d'affaires are a rebuke like an
ambassador's summons. Sentences written for the test, with near-miss controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return pipeline.code(document_from_text(text, doc_id="diplo47"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _sides(actors) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for a in actors]


def _coding(event) -> tuple[str, str | None]:
    return event.plover["type"], event.plover.get("mode")


def _no_acled_protest(event) -> bool:
    return event.acled is None or event.acled.get("event_type") != "Protests"


# 1. a state's protest, or one delivered to a diplomat, is a diplomatic protest
@pytest.mark.parametrize("text, source, target", [
    ("Baghdad's protest over the Turkish airstrikes was delivered to Ankara's envoy.",
     [("IRQ", "GOV")], "TUR"),
    ("Japan's protest was conveyed to the Chinese ambassador in Tokyo.", [("JPN", "GOV")], "CHN"),
    ("The protest was delivered to the Iranian charge d'affaires on Monday.", [], "IRN"),
    ("Beijing delivered a stern protest to the Philippine embassy over the collision.",
     [("CHN", "GOV")], "PHL"),
    ("The foreign ministry's protest over the arrests was sent to Moscow.", [(None, "GOV")], "RUS"),
])
def test_a_state_s_protest_is_disapproval(pipeline, text: str, source: list, target: str) -> None:
    primary = _primary(pipeline, text)
    assert _coding(primary) == ("ACCUSE", "disapprove")
    assert _no_acled_protest(primary)
    assert _sides(primary.source) == source
    assert _sides(primary.target) == [(target, "GOV")]


@pytest.mark.parametrize("text", [
    "Iran's protests over fuel prices spread to 20 cities.",
    "Students took their protest to the ministry of education.",
    "The protest moved to the embassy later on Sunday.",
    "Thousands joined the protest in Baghdad on Friday.",
    "Farmers' protest against the farm laws entered its third month.",
])
def test_a_crowd_s_protest_stays_a_protest(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "PROTEST"
    assert primary.acled["event_type"] == "Protests"


# 2. a note handed over is a protest, not a release; people handed over are still released
@pytest.mark.parametrize("text, source, target", [
    ("Islamabad handed over a protest note to the Afghan charge d'affaires over cross-border shelling.",
     "PAK", "AFG"),
    ("Bangkok handed over a letter of protest to the Cambodian ambassador.", "THA", "KHM"),
    ("The ministry handed over a diplomatic note to the Russian envoy.", None, "RUS"),
    ("Islamabad handed a protest note to the Afghan charge d'affaires.", "PAK", "AFG"),
])
def test_a_note_handed_over_is_a_protest(pipeline, text: str, source: str | None, target: str) -> None:
    primary = _primary(pipeline, text)
    assert _coding(primary) == ("ACCUSE", "disapprove")
    assert _sides(primary.source) == [(source, "GOV")]
    assert _sides(primary.target) == [(target, "GOV")]
    assert not any(e.plover["type"] == "RETREAT" for e in _events(pipeline, text))


@pytest.mark.parametrize("text, coding", [
    ("Police handed over the documents to investigators.", None),
    ("Hamas handed over three hostages to the Red Cross.", ("RETREAT", "release")),
    ("The army handed over 20 prisoners to the ICRC.", ("RETREAT", "release")),
    ("The militants handed over the bodies of two soldiers.", ("RETREAT", "release")),
    ("The rebels handed over control of the town to the army.", ("RETREAT", "withdraw")),
])
def test_what_is_handed_over_decides(pipeline, text: str, coding: tuple[str, str] | None) -> None:
    primary = _primary(pipeline, text)
    assert (primary and _coding(primary)) == (coding or None)


# 3. any head of mission summoned is a rebuke of the state that sent them
@pytest.mark.parametrize("text, source, target", [
    ("Nigeria's foreign ministry said it had summoned the British high commissioner over remarks by a London "
     "official.", "NGA", "GBR"),
    ("India summoned the Canadian high commissioner on Monday.", "IND", "CAN"),
    ("Dhaka summoned the Indian deputy high commissioner.", "BGD", "IND"),
    ("Pakistan summoned the Afghan charge d'affaires over the attack.", "PAK", "AFG"),
    ("Rabat summoned the Algerian chargé d'affaires.", "MAR", "DZA"),
    ("Moscow summoned the US deputy ambassador.", "RUS", "USA"),
    ("Beijing summoned the Japanese consul general in Shanghai.", "CHN", "JPN"),
    ("Ukraine summoned the Hungarian envoy.", "UKR", "HUN"),
])
def test_a_summoned_diplomat_is_a_rebuke(pipeline, text: str, source: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert _coding(primary) == ("ACCUSE", "disapprove")
    assert _sides(primary.source) == [(source, "GOV")]
    assert _sides(primary.target) == [(target, "GOV")]


def test_a_summoned_cabinet_is_consultation(pipeline) -> None:
    primary = _primary(pipeline, "The prime minister summoned his cabinet ministers.")
    assert primary.plover["type"] == "CONSULT"
    assert _primary(pipeline, "The president summoned the police commissioner for talks.") is None


# 4. the one declared persona non grata is the target, the declarer the source
@pytest.mark.parametrize("text, source, target", [
    ("Peru's Congress declared the Mexican president persona non grata.", ("PER", "LEG"), ("MEX", "GOV")),
    ("Seoul declared a North Korean diplomat persona non grata.", ("KOR", "GOV"), ("PRK", "GOV")),
    ("Germany declared two Russian diplomats persona non grata on Monday.", ("DEU", "GOV"), ("RUS", "GOV")),
    ("The Nigerien junta declared the French ambassador persona non grata.", ("NER", "GOV"), ("FRA", "GOV")),
    ("The Russian diplomat was declared persona non grata by Berlin.", ("DEU", "GOV"), ("RUS", "GOV")),
])
def test_the_one_declared_persona_non_grata(pipeline, text: str, source: tuple, target: tuple) -> None:
    primary = _primary(pipeline, text)
    assert _coding(primary) == ("SANCTION", "expel")
    assert _sides(primary.source) == [source]
    assert _sides(primary.target) == [target]


def test_an_official_declared_persona_non_grata(pipeline) -> None:
    text = "Israel's foreign minister declared the UN secretary-general persona non grata."
    primary = _primary(pipeline, text)
    assert _sides(primary.source) == [("ISR", "GOV")]
    assert [a.name for a in primary.target] == ["UN"]


# 5. heritage handed back is property returned (no ACLED event); a participle describing it is no looting
@pytest.mark.parametrize("text, source, target", [
    ("The United States returned looted antiquities to Cambodia.", ("USA", "GOV"), ("KHM", "GOV")),
    ("Germany returned the Benin Bronzes to Nigeria.", ("DEU", "GOV"), ("NGA", "GOV")),
    ("Italy repatriated 60 artefacts to Ecuador.", ("ITA", "GOV"), ("ECU", "GOV")),
    ("France returned 26 artworks to Benin on Wednesday.", ("FRA", "GOV"), ("BEN", "GOV")),
])
def test_heritage_returned(pipeline, text: str, source: tuple, target: tuple) -> None:
    events = _events(pipeline, text)
    primary = next(e for e in events if e.primary)
    assert _coding(primary) == ("RETREAT", "release")
    assert primary.acled is None
    assert _sides(primary.source) == [source]
    assert _sides(primary.target) == [target]
    assert [e.plover["type"] for e in events] == ["RETREAT"]


@pytest.mark.parametrize("text, coding, event_type", [
    ("Rioters looted shops in the city centre.", ("PROTEST", "riot"), "Riots"),
    ("Soldiers returned fire after coming under attack.", ("ASSAULT", "firearms"), "Battles"),
    ("Iran returned the seized tanker to its owners.", ("RETREAT", "release"), "Strategic developments"),
    ("The rebels returned the bodies of three soldiers.", ("RETREAT", "release"), "Strategic developments"),
])
def test_looting_fire_and_seized_things(pipeline, text: str, coding: tuple, event_type: str) -> None:
    primary = _primary(pipeline, text)
    assert _coding(primary) == coding
    assert primary.acled["event_type"] == event_type


# 6. threats in set diplomatic words
@pytest.mark.parametrize("text, source, target", [
    ("The Chinese defence ministry said Beijing would take resolute measures if Manila continued its "
     "provocations.", "CHN", "PHL"),
    ("India's defence minister said New Delhi would give a befitting reply to any aggression by Pakistan.",
     "IND", "PAK"),
    ("Russia said it would take retaliatory measures against the United States.", "RUS", "USA"),
    ("Beijing said it would take countermeasures if Tokyo went ahead with the release.", "CHN", "JPN"),
])
def test_threats_in_set_words(pipeline, text: str, source: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "THREATEN"
    assert [a.country for a in primary.source] == [source]
    assert [a.country for a in primary.target] == [target]


@pytest.mark.parametrize("text", [
    "The government took measures to curb inflation.",
    "The ministry said it would take measures to protect farmers.",
    "The coach said the team would give a fitting response on the pitch.",
])
def test_measures_and_responses_that_threaten_no_one(pipeline, text: str) -> None:
    assert _primary(pipeline, text) is None


# 7. export controls and tariffs are trade sanctions; goods named by a demonym are a state's, not its army's
@pytest.mark.parametrize("text, source, target", [
    ("China imposed export controls on gallium and germanium, key metals for chipmaking.",
     ("CHN", "GOV"), []),
    ("The European Union imposed export controls on dual-use goods to Russia.",
     (None, "IGO"), [("RUS", "GOV")]),
    ("The European Commission proposed tariffs on Chinese electric vehicles.",
     (None, "IGO"), [("CHN", "GOV")]),
    ("The European Commission imposed tariffs on Chinese electric vehicles.",
     (None, "IGO"), [("CHN", "GOV")]),
    ("The United States imposed new export controls on advanced chips to China.", ("USA", "GOV"),
     [("CHN", "GOV")]),
    ("Washington imposed tariffs on Chinese steel.", ("USA", "GOV"), [("CHN", "GOV")]),
])
def test_trade_measures_are_sanctions(pipeline, text: str, source: tuple, target: list) -> None:
    primary = _primary(pipeline, text)
    assert _coding(primary) == ("SANCTION", "discontinue")
    assert _sides(primary.source) == [source]
    assert _sides(primary.target) == target


@pytest.mark.parametrize("text, coding", [
    ("The army imposed a curfew on the town.", ("COERCE", "curfew")),
    ("The EU proposed a ceasefire.", ("AGREE", None)),
])
def test_other_things_imposed_or_proposed(pipeline, text: str, coding: tuple) -> None:
    assert _coding(_primary(pipeline, text)) == coding


def test_a_levy_imposed_by_bandits_is_no_trade_measure(pipeline) -> None:
    text = "Bandits imposed a levy on farmers, threatening to attack villages that do not pay."
    primary = _primary(pipeline, text)
    assert primary.plover["type"] != "SANCTION"


def test_a_state_s_vehicles_in_a_fight_are_still_its_forces(pipeline) -> None:
    primary = _primary(pipeline, "Ukrainian drones struck Russian armoured vehicles near Bakhmut.")
    assert [a.sector for a in primary.target] == ["MIL"]
