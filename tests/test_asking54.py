"""Asking and ordering verbs (round asking54, item targets-3): the one told, pressed, ordered or asked to
act is the event's target. "Told X to V" is an appeal to X whatever the clause's verb ("told the
demonstrators to leave the square"; not "told reporters to wait" nor "told reporters that ..."); "X presses Y
on Z" is a request of Y, the matter Z no event of its own; "ordered X to stop V-ing" is a demand, and the
people listed for an expulsion are expelled only when told to leave ("ordered officials to stop appointing
relatives" is no expulsion, "ordered the French ambassador to leave" is); "demanded that X resign" with
"resign" misread as a noun still names X as the one asked; "insulted X" is disapproval of X. Sentences
written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="asking54", published="2024-06-20")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. "told X to V": an appeal to X, whatever V is
@pytest.mark.parametrize("text, source, target", [
    ("The police chief told the demonstrators to leave the square.", "Police Forces", "Protesters"),
    ("Sri Lanka's president told the army to guard the parliament building.", "Government of Sri Lanka",
     "Military Forces of Sri Lanka"),
    ("The Burkinabe junta told the French troops to quit the country within a month.",
     "Government of Burkina Faso", "Military Forces of France"),
    ("The Turkish president told Sweden to stop protecting Kurdish militants.", "Government of Turkey",
     "Government of Sweden"),
    # variants
    ("The governor told the protesters to go home.", "Government", "Protesters"),
    ("China told the Philippines to stop provoking trouble in the South China Sea.", "Government of China",
     "Government of the Philippines"),
    ("The Kremlin told Washington to stay out of the conflict.", "Government of Russia",
     "Government of the United States"),
    # control: the listed clause verbs as before
    ("The Israeli army told residents to evacuate the area.", "IDF", "Civilians (Israel)"),
])
def test_told_to_act_is_an_appeal(pipeline, text: str, source: str, target: str) -> None:
    event = _event(pipeline, text, "told")
    assert event.plover["type"] == "REQUEST"
    assert event.primary
    assert _names(event.source) == [source]
    assert _names(event.target) == [target]


@pytest.mark.parametrize("text", [
    "The minister told reporters that the talks had failed.",
    "The prime minister told parliament that the troops would stay.",
    "The minister told journalists to expect an announcement on Friday.",
    "The coach told his players to stay calm.",
    "The president told a news conference that the army would withdraw.",
])
def test_told_the_press_is_no_appeal(pipeline, text: str) -> None:
    assert not any(e.trigger.text == "told" for e in _events(pipeline, text))


# 2. "X presses Y on Z": a request of Y; Z is what it is about, no event of its own
@pytest.mark.parametrize("text, word, source, target, stray", [
    ("Borrell presses Serbia on Kosovo deal", "presses", "Josep Borrell", "Government of Serbia", "deal"),
    ("Rutte presses Orban on Ukraine aid", "presses", "Mark Rutte", "Viktor Orbán", "aid"),
    # variants
    ("Blinken presses Netanyahu on Gaza aid", "presses", "Antony Blinken", "Benjamin Netanyahu", "aid"),
    ("Macron pressed Xi on Ukraine during their meeting.", "pressed", "Emmanuel Macron", "Xi Jinping", None),
    # control: "pressed X to V" as before
    ("Saudi Arabia pressed the Houthis to accept a prisoner swap.", "pressed", "Government of Saudi Arabia",
     "Houthis", None),
])
def test_pressed_on_a_matter_is_a_request(pipeline, text: str, word: str, source: str, target: str,
                                          stray: str | None) -> None:
    events = _events(pipeline, text)
    event = next(e for e in events if e.trigger.text == word)
    assert (event.plover["type"], event.primary) == ("REQUEST", True)
    assert _names(event.source) == [source]
    assert _names(event.target) == [target]
    assert stray is None or not any(e.trigger.text == stray for e in events)


@pytest.mark.parametrize("text", [
    "Rebels pressed on toward the capital on Monday.",
])
def test_pressed_on_with_no_one_pressed(pipeline, text: str) -> None:
    assert not any(e.trigger.text == "pressed" for e in _events(pipeline, text))


# 3. "ordered X to stop V-ing": a demand of X; the people listed for an expulsion only when told to leave
@pytest.mark.parametrize("text, source, target", [
    ("The interior minister ordered the governors to stop issuing permits for rallies.", "Government",
     "Government"),
    ("The Taliban's supreme leader ordered officials to stop appointing relatives.",
     "Government of Afghanistan", "Government of Afghanistan"),
    # variants
    ("The king ordered ministers to stop travelling abroad.", "Government", "Government"),
    ("The court ordered the police to stop harassing the journalists.", "Judiciary", "Police Forces"),
])
def test_ordered_to_stop_is_a_demand(pipeline, text: str, source: str, target: str) -> None:
    events = _events(pipeline, text)
    event = next(e for e in events if e.trigger.text == "ordered")
    assert (event.plover["type"], event.cameo["code"], event.primary) == ("REQUEST", "100", True)
    assert _names(event.source) == [source]
    assert _names(event.target) == [target]
    assert not any(e.plover["type"] == "SANCTION" for e in events)


@pytest.mark.parametrize("text, word, ptype, mode", [
    ("Niger's military rulers ordered the French ambassador to leave the country within 48 hours.", "ordered",
     "SANCTION", "expel"),
    ("The government ordered the reporter to leave within 24 hours.", "ordered", "SANCTION", "expel"),
    ("Three diplomats were ordered to leave the country.", "ordered", "SANCTION", "expel"),
    ("The junta ordered the UN peacekeepers to leave the country.", "ordered", "SANCTION", "expel"),
    ("The judge ordered the release of the opposition leader.", "release", "RETREAT", "release"),
    ("The general ordered the arrest of the opposition leader.", "arrest", "COERCE", "arrest"),
    # the ordered deed is the event, no demand besides it
    ("Putin ordered the army to stop attacking energy sites.", "stop", "RETREAT", "ceasefire"),
])
def test_orders_controls(pipeline, text: str, word: str, ptype: str, mode: str) -> None:
    events = _events(pipeline, text)
    event = next(e for e in events if e.primary)
    assert (event.trigger.text, event.plover["type"], event.plover["mode"]) == (word, ptype, mode)
    assert word == "ordered" or not any(e.trigger.text == "ordered" for e in events)


# 4. "demanded that X resign": X is the one asked, though the parse reads "resign" as a noun
@pytest.mark.parametrize("text, target", [
    ("Students demanded that the vice-chancellor resign.", "the vice-chancellor"),
    ("The opposition demanded that the prime minister resign.", "the prime minister"),
    ("The Kenyan opposition demanded that the electoral commission chairman resign.",
     "the electoral commission chairman"),
    # variants
    ("Protesters demanded that Khan resign.", "Khan"),
    ("The union insisted that the minister resign.", "the minister"),
    # controls
    ("Protesters demanded that the president step down.", "the president"),
    ("The ruling party demanded that the opposition leader apologise.", "the opposition leader"),
    ("The Zapatista rebels demanded that the Mexican government withdraw its troops from Chiapas.",
     "the Mexican government"),
    ("Ankara demanded that Washington extradite Gulen.", "Washington"),
])
def test_demanded_that_one_resign(pipeline, text: str, target: str) -> None:
    event = next(e for e in _events(pipeline, text) if e.primary)
    assert event.plover["type"] == "REQUEST"
    assert [a.text for a in event.target] == [target]


@pytest.mark.parametrize("text", [
    "Students demanded that the vice-chancellor resign.",
    "The opposition demanded that the prime minister resign.",
])
def test_resignation_asked_is_hypothetical(pipeline, text: str) -> None:
    event = _event(pipeline, text, "resign")
    assert (event.plover["type"], event.plover["mode"]) == ("RETREAT", "resign")
    assert event.modality.hypothetical


# 5. "insulted X": disapproval of X
@pytest.mark.parametrize("text, source, target", [
    ("The Venezuelan president insulted the Argentine leader on television.", "Government of Venezuela",
     "Government of Argentina"),
    ("Erdogan insulted the Israeli prime minister at a rally.", "Recep Tayyip Erdoğan",
     "Government of Israel"),
    # variants
    ("The Iranian president insulted the Saudi king in a speech.", "Government of Iran",
     "Government of Saudi Arabia"),
    ("Protesters insulted the police officers.", "Protesters", "Police Forces"),
])
def test_insulted_is_disapproval(pipeline, text: str, source: str, target: str) -> None:
    event = _event(pipeline, text, "insulted")
    assert (event.plover["type"], event.plover["mode"]) == ("ACCUSE", "disapprove")
    assert event.cameo["code"] == "111"
    assert event.primary
    assert _names(event.source) == [source]
    assert _names(event.target) == [target]


@pytest.mark.parametrize("text", [
    "The report insulted the intelligence of readers.",
])
def test_insulted_intelligence_is_no_event(pipeline, text: str) -> None:
    assert not any(e.trigger.text == "insulted" for e in _events(pipeline, text))
