"""Protest tolls and crowd sizes (round protests59, re-landed in redo60 without the fold of the dead
killed "in" or "during" a protest, which tolls58 keeps as an attack): the dead left by protests, or told dying
beside a protest, are its toll and make no attack of their own; a crowd counted by a
country's people ("Hundreds of Malians"), by a participle ("thousands of teachers marching") or as the target
of police fire has its size, and a counted demonym is no government the protest is aimed at. Sentences written
for the test, with controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="protests59", published="2024-06-25"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _sub(event) -> str | None:
    return event.acled["sub_event_type"] if event.acled else None


# --- 1. dead left by protests, or dying beside one, are its toll ----------------------------------

@pytest.mark.parametrize("text, dead", [
    ("Demonstrations over bread prices in Sudan left 14 people dead in Khartoum.", 14),
    ("Villagers blocked roads in Bolivia to protest fuel shortages, and at least four people died.", 4),
    # control: dying in protests was read so before
    ("Nineteen people died in protests over the election in Mozambique.", 19),
])
def test_dead_told_in_a_protest_are_its_toll(pipeline, text: str, dead: int) -> None:
    events = _events(pipeline, text)
    assert not any(e.plover["type"] == "ASSAULT" for e in events), [e.trigger.text for e in events]
    assert not any(a.inter == 3 for e in events for a in e.source)  # no unidentified armed group
    primary = next(e for e in events if e.primary)
    assert primary.plover["type"] == "PROTEST"
    assert primary.fatalities == dead


def test_hurt_in_clashes_with_a_side_named_keep_their_doers(pipeline) -> None:
    events = _events(pipeline, "A student was killed and nine policemen were injured in clashes with "
                               "protesters in Dhaka.")
    toll = next(e for e in events if e.fatalities)
    assert toll.acled["event_type"] == "Riots"
    assert "Rioters (Bangladesh)" in {a.name for a in toll.source}
    assert (toll.fatalities, toll.injured) == (1, 9)


@pytest.mark.parametrize("text, dead, sub", [
    ("Three people were killed when police opened fire on protesters in Conakry.", 3,
     "Excessive force against protesters"),
    # a killing with its doers, or an attack named where the dead fell, stays an attack
    ("Five people were killed in an attack on a bus during the protests in Lagos.", 5, "Attack"),
])
def test_a_killing_with_its_own_doers_or_attack_stays(pipeline, text: str, dead: int, sub: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert primary.fatalities == dead
    assert _sub(primary) == sub


def test_soldiers_killed_in_clashes_with_militants_stay_a_battle(pipeline) -> None:
    primary = _primary(pipeline, "Four soldiers were killed in clashes with militants in Borno.")
    assert primary.acled["event_type"] == "Battles"
    assert primary.fatalities == 4


# --- 2. crowd sizes ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, size", [
    ("Police fired tear gas at 3,000 protesters in Conakry.", 3000),
    ("Police dispersed hundreds of demonstrators in Lome with tear gas.", 100),
    ("Police fired tear gas at thousands of teachers marching towards parliament in Accra.", 1000),
    ("Hundreds of Malians marched in Bamako on Sunday.", 100),
    ("Thousands of Togolese marched in Lome.", 1000),
    # controls
    ("Thousands marched in Bamako on Sunday.", 1000),
    ("Hundreds of farmers marched in Kano on Friday.", 100),
])
def test_the_crowd_has_its_size(pipeline, text: str, size: int) -> None:
    primary = _primary(pipeline, text)
    assert primary.acled["event_type"] == "Protests"
    assert primary.size == size


def test_police_fire_that_killed_keeps_its_toll_and_the_size(pipeline) -> None:
    primary = _primary(pipeline, "Police fired tear gas at 3,000 protesters in Conakry, killing two.")
    assert _sub(primary) == "Excessive force against protesters"
    assert (primary.fatalities, primary.size) == (2, 3000)


def test_an_arrest_of_part_of_a_crowd_keeps_its_count(pipeline) -> None:
    events = _events(pipeline, "Police arrested 40 of the 3,000 protesters who marched in Lome.")
    arrest = next(e for e in events if e.plover["type"] == "COERCE")
    march = next(e for e in events if e.plover["type"] == "PROTEST")
    assert (arrest.arrested, march.size) == (40, 3000)


@pytest.mark.parametrize("text, country", [
    ("Thousands of Senegalese marched in Dakar on Friday.", "SEN"),
    ("Hundreds of Kenyans marched in Nairobi.", "KEN"),
])
def test_a_counted_demonym_is_the_crowd_not_its_addressee(pipeline, text: str, country: str) -> None:
    primary = _primary(pipeline, text)
    assert {a.country for a in primary.source} == {country}
    assert not any(a.sector == "GOV" for a in primary.target)


def test_people_of_a_country_who_fled_are_no_crowd(pipeline) -> None:
    events = _events(pipeline, "Thousands of Malians fled to Mauritania after the attack.")
    assert all(e.size is None for e in events)


# --- 3. a leader held in a sentence of its own is no force met at the protest ------------------------------

def test_a_leader_held_apart_from_the_protest_is_an_arrest(pipeline) -> None:
    events = _events(pipeline, "NIAMEY, July 27, 2023 - Soldiers detained President Mohamed Bazoum in Niamey "
                               "on Wednesday. Hundreds of his supporters rallied outside the palace.")
    arrest = next(e for e in events if e.plover["type"] == "COERCE")
    assert _sub(arrest) == "Arrests"
    assert "Mohamed Bazoum" in {a.name for a in arrest.target}


@pytest.mark.parametrize("text", [
    "Police detained opposition leader Ousmane Sonko as his supporters marched in Dakar.",
    "Thousands marched in Paris against the pension reform; police arrested 300 people.",
])
def test_an_arrest_at_the_protest_stays_an_intervention(pipeline, text: str) -> None:
    arrest = next(e for e in _events(pipeline, text) if e.plover["type"] == "COERCE")
    assert _sub(arrest) == "Protest with intervention"
