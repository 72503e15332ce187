"""The lead's round of session 52 (lead52): an "-ing" noun opening a sentence that the parse made an
auxiliary ("Shelling hit Donetsk on Monday") is the verb's subject and its event; "occupied" before its noun
("the occupied territories", "Russian-occupied Donetsk") tells a standing state, no capture; a state's bombs
and bombers ("Russian bombers struck", "an Israeli bomb hit") fall from aircraft; South Asian police idioms:
"booked 40 people for rioting" and an FIR registered against people are charges whose object did the deed,
"remanded in custody" is custody. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="lead52", published="2024-03-05"))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _sub(event) -> str | None:
    return event.acled["sub_event_type"] if event.acled is not None else None


# 1. an "-ing" noun opening the sentence, made an auxiliary by the parse, is the subject and the event
@pytest.mark.parametrize("text, word, sub, country", [
    ("Shelling hit Donetsk on Monday, local officials said.", "Shelling",
     "Shelling/artillery/missile attack", "UKR"),
    ("Shelling hit Kharkiv on Monday.", "Shelling", "Shelling/artillery/missile attack", "UKR"),
    ("Shelling damaged Kherson on Sunday.", "Shelling", "Shelling/artillery/missile attack", "UKR"),
    # controls
    ("Heavy shelling hit the town overnight.", "shelling", "Shelling/artillery/missile attack", None),
    ("Shelling killed two people in Donetsk on Monday.",
     "Shelling", "Shelling/artillery/missile attack", "UKR"),
    ("Artillery fire hit Kramatorsk on Monday.", "fire", "Shelling/artillery/missile attack", "UKR"),
])
def test_opening_gerund_is_the_subject(pipeline, text: str, word: str, sub: str, country: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _sub(event) == sub
    assert (event.location.country if event.location is not None else None) == country


# 2. "occupied" before its noun tells a standing state: no capture of territory
@pytest.mark.parametrize("text, occupied", [
    ("Settlers attacked Palestinian farmers in the occupied territories on Saturday, witnesses said.", False),
    ("Soldiers arrested five men in the occupied territories.", False),
    ("Residents fled the rebel-occupied town of Bunia.", False),
    ("Israeli troops detained ten men in the occupied Golan Heights.", False),
    # controls: an occupation told as a deed
    ("Rebels seized the town and occupied the airport.", True),
    ("The airport, occupied by rebels since May, was retaken by the army.", True),
    ("Protesters occupied the parliament building for three hours.", True),
])
def test_attributive_occupied_is_no_capture(pipeline, text: str, occupied: bool) -> None:
    assert any(e.trigger.text == "occupied" for e in _events(pipeline, text)) is occupied


# 3. a state's bombs and bombers fall from aircraft; a bare bomb or a bomber with a vest stays a bombing
@pytest.mark.parametrize("text, word, sub", [
    ("Russian bombers struck a market in Kharkiv, killing 9 civilians.", "struck", "Air/drone strike"),
    ("A Russian bomb hit an apartment block in Zaporizhzhia, killing three people.",
     "hit", "Air/drone strike"),
    ("Israeli bombs destroyed a school in Gaza City, killing 20 people.", "destroyed", "Air/drone strike"),
    ("Syrian bombers struck a hospital in Idlib, killing four.", "struck", "Air/drone strike"),
    # controls
    ("A suicide bomber struck a market in Kabul, killing 9 people.", "struck", "Suicide bomb"),
    ("A bomb hit a bus in Quetta, killing five people.", "hit", "Remote explosive/landmine/IED"),
    ("The bomber set off his explosives at a police station in Peshawar.", "set off his explosives",
     "Remote explosive/landmine/IED"),
    ("A car bomb exploded near a Russian checkpoint in Melitopol.",
     "exploded", "Remote explosive/landmine/IED"),
])
def test_state_bombs_fall_from_aircraft(pipeline, text: str, word: str, sub: str) -> None:
    assert _sub(_event(pipeline, text, word)) == sub


# 4. "booked", an FIR: a charge against those named, who did the deed; "remanded in custody": held
@pytest.mark.parametrize("text, word, cls, target, arrested", [
    ("Police booked 40 people for rioting in Meerut on Sunday.",
     "booked", "ACCUSE", "Civilians (India)", None),
    ("Police booked 12 students under the Public Safety Act in Srinagar.", "booked", "ACCUSE",
     "Students (India)", None),
    ("Police registered an FIR against 25 protesters in Lucknow.", "registered", "ACCUSE",
     "Protesters (India)", None),
    ("The family lodged an FIR against the landlord.", "lodged", "ACCUSE", "Civilians", None),
    ("A court remanded six activists in judicial custody for 14 days.", "remanded", "COERCE", None, 6),
    # controls
    ("Police charged 40 people with rioting in Meerut on Sunday.",
     "charged", "ACCUSE", "Civilians (India)", None),
    ("Police arrested 30 people for rioting in Meerut.", "arrested", "COERCE", None, 30),
])
def test_police_idioms(pipeline, text: str, word: str, cls: str, target: str | None, arrested) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == cls
    if target is not None:
        assert [a.name for a in event.target][:1] == [target]
    assert event.arrested == arrested


@pytest.mark.parametrize("text", [
    "The couple booked a flight to Delhi.",
    "The couple booked rooms for the night in Goa.",
    "The suspect was remanded on bail until next month.",
])
def test_no_charge_or_custody(pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.plover["type"] in ("ACCUSE", "COERCE")]


@pytest.mark.parametrize("text, deed, doer", [
    ("Police booked 40 people for rioting in Meerut on Sunday.", "rioting", "Rioters (India)"),
    ("Police have booked three men for the murder of a shopkeeper in Ludhiana.", "murder",
     "Unidentified Armed Group (India)"),
])
def test_booked_did_the_deed(pipeline, text: str, deed: str, doer: str) -> None:
    event = _event(pipeline, text, deed)
    assert [a.name for a in event.source] == [doer]
    assert not any(a.sector == "COP" for a in event.source)
