"""Session 59 leftovers: concessions forced out of someone, talks broken off, facilities named by
"detention", quoted chants, and fire across a border or a truce line."""

from __future__ import annotations

import pytest


def _by_trigger(events, word: str):  # noqa: ANN001, ANN202
    return next((e for e in events if e.trigger.text == word), None)


def _countries(actors) -> set:  # noqa: ANN001
    return {a.country for a in actors}


# --- "forced X to yield": X yields ------------------------------------------------------------------

@pytest.mark.parametrize("text, word, source_sector, target_country", [
    ("Weeks of street protests forced the cabinet to scrap the fuel tax.", "scrap", "GOV", None),
    ("Pressure from Washington forced Egypt to reopen the crossing.", "reopen", "GOV", "USA"),
    ("Sustained pressure from the European Union compelled Serbia to release the detained activists.",
     "release", "GOV", None),
])
def test_the_one_forced_to_yield_is_the_source(events_of, text, word, source_sector, target_country) -> None:
    event = _by_trigger(events_of(text), word)
    assert event is not None
    assert event.source and event.source[0].sector == source_sector
    if target_country:
        assert target_country in _countries(event.target)


def test_a_named_forcer_is_the_target(events_of) -> None:
    event = _by_trigger(events_of("Moscow forced Kyiv to release the captured sailors."), "release")
    assert event is not None
    assert _countries(event.source) == {"UKR"}
    assert "RUS" in _countries(event.target)


@pytest.mark.parametrize("text, word, source_country", [
    # deeds done to the ones forced stay the forcer's
    ("Armed men forced hundreds of villagers to flee their homes in Ituri.", "flee", "COD"),
    ("The security forces forced the radio station to stop broadcasting.", "stop", None),
])
def test_deeds_done_to_the_forced_stay_the_forcers(events_of, text, word, source_country) -> None:
    events = events_of(text)
    assert not any(e.source and e.source[0].sector in ("CVL", "JRN", "MED") for e in events
                   if e.trigger.text == word)


# --- talks broken off are halted, not held -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The rebels cut off talks with the government on Thursday.",
    "Venezuela broke off negotiations with the opposition last week.",
    "The union broke off talks with the employers.",
])
def test_talks_broken_off_are_halted(events_of, text) -> None:
    events = events_of(text)
    assert {e.cameo["code"] for e in events} == {"164"}
    assert not any(e.plover["type"] == "CONSULT" for e in events)


def test_walking_out_of_talks_holds_none(events_of) -> None:
    events = events_of("The opposition delegation walked out of talks with the ruling party.")
    assert {e.plover["type"] for e in events} == {"REJECT"}


@pytest.mark.parametrize("text", [
    "The two governments resumed talks with mediators in Doha.",
    "Sudan's army held talks with the paramilitary group in Jeddah.",
])
def test_talks_held_stay_talks(events_of, text) -> None:
    assert any(e.plover["type"] == "CONSULT" for e in events_of(text))


# --- "detention camps": a facility, no arrest ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Beijing denied operating detention camps in the region.",
    "A fire broke out at a migrant detention centre outside Tripoli.",
])
def test_a_detention_facility_is_no_arrest(events_of, text) -> None:
    assert not any(e.cameo["code"] == "173" for e in events_of(text))


@pytest.mark.parametrize("text", [
    "The detention of two reporters in Minsk drew protests from the EU.",
    "Police denied entry to the foreign observers.",
])
def test_detentions_and_entry_refused_stay(events_of, text) -> None:
    assert any(e.plover["type"] == "COERCE" for e in events_of(text))


# --- quoted chants are demands -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'Students in Dhaka chanted "Hasina, step down" outside the university.',
    'Marchers kept shouting "Resign!" as they passed the parliament in Lima.',
    'Protesters held placards reading "Free the prisoners" in Tunis.',
])
def test_a_quoted_chant_is_no_deed(events_of, text) -> None:
    events = events_of(text)
    assert not any(e.plover["type"] in ("RETREAT", "CONCEDE") for e in events)


@pytest.mark.parametrize("text, ptype", [
    ("The interior minister stepped down on Tuesday.", "RETREAT"),
    ('The minister said: "We will release the prisoners on Friday."', "RETREAT"),
])
def test_deeds_outside_chants_stay(events_of, text, ptype) -> None:
    assert any(e.plover["type"] == ptype for e in events_of(text))


# --- fire across a border or a truce line is an exchange of fire --------------------------------------

@pytest.mark.parametrize("text, iso3", [
    ("Pakistani troops fired across the Line of Control overnight.", "PAK"),
    ("Armenian soldiers opened fire across the border on Tuesday.", "ARM"),
])
def test_fire_across_a_line_is_a_clash(events_of, text, iso3) -> None:
    event = next(e for e in events_of(text) if e.plover["type"] == "ASSAULT")
    assert event.acled["event_type"] == "Battles"
    assert iso3 in _countries(event.source)


@pytest.mark.parametrize("text, event_type", [
    ("Troops shelled villages across the frontier.", "Explosions/Remote violence"),
    ("Soldiers opened fire on migrants near the border.", "Violence against civilians"),
])
def test_other_fire_keeps_its_type(events_of, text, event_type) -> None:
    event = next(e for e in events_of(text) if e.plover["type"] == "ASSAULT")
    assert event.acled["event_type"] == event_type


# --- "Free Tibet": an advocacy group of no state ------------------------------------------------------

def test_free_tibet_is_a_rights_group(events_of) -> None:
    event = next(e for e in events_of("Free Tibet condemned the detention of three nuns.")
                 if e.plover["type"] == "ACCUSE")
    assert [(a.name, a.sector, a.country) for a in event.source] == [("Free Tibet", "HRI", None)]
