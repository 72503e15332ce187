"""Counts and doers in short killing sentences (issue #4, round coder21b): the doers' number is not the
toll, a few counted men are no mob, a request for a meeting is no protest, and a person's standing state
("a jailed drug lord") is no event of its own."""

from __future__ import annotations

import pytest


def _sub(ev) -> str | None:  # noqa: ANN001
    return (ev.acled or {}).get("sub_event_type")


# 1. "Four soldiers shot dead a robber": the dead are the object, not the counted subject
@pytest.mark.parametrize(("text", "dead"), [
    ("Four soldiers shot dead a suspected robber in Accra on Monday.", 1),
    ("Two policemen shot dead three suspects in Kano on Tuesday.", 3),
    ("Six officers shot dead two armed robbers on the highway on Friday.", 2),
    ("Three gunmen shot dead two farmers in Zamfara on Tuesday.", 2),
])
def test_counted_doers_of_shot_dead_are_not_the_dead(primary_of, text: str, dead: int) -> None:
    assert primary_of(text).fatalities == dead


@pytest.mark.parametrize(("text", "dead"), [
    ("Two soldiers were shot dead in an ambush on Tuesday.", 2),
    ("Three miners were found dead near the pit on Sunday.", 3),
])
def test_counted_dead_as_subject_still_count(primary_of, text: str, dead: int) -> None:
    assert primary_of(text).fatalities == dead


# 3. a few people counted by the report who beat or stab someone to death: an attack, not a mob
@pytest.mark.parametrize("text", [
    "Two men stabbed a student to death in Nairobi on Monday.",
    "Three youths beat a trader to death in Kisumu on Friday.",
    "Two men attacked a nurse with machetes in Kampala on Sunday.",
])
def test_a_few_counted_men_are_no_mob(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert _sub(ev) == "Attack"
    assert not any(a.inter == 5 for a in ev.source)


def test_a_mob_is_still_a_mob(primary_of) -> None:
    ev = primary_of("A mob beat a suspected thief to death in Nairobi on Monday.")
    assert _sub(ev) == "Mob violence"


# 5. a request for a meeting, an audience or talks is no protest
@pytest.mark.parametrize("text", [
    "The bishops sought an audience with the king on Monday.",
    "Opposition leaders requested a meeting with the president on Tuesday.",
    "Traders asked for urgent talks with the governor on Friday.",
])
def test_asking_for_a_meeting_is_no_protest(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert _sub(ev) is None
    assert not any(a.inter == 6 for a in ev.source)


@pytest.mark.parametrize("text", [
    "Teachers demanded higher pay in Nairobi on Monday.",
    "Protesters demanded a meeting with the governor in Lagos on Monday.",
])
def test_other_claims_by_groups_stay_protests(primary_of, text: str) -> None:
    assert _sub(primary_of(text)) == "Peaceful protest"


# 6. a participle telling a person's standing state ("a jailed drug lord") is no event
@pytest.mark.parametrize(("text", "word"), [
    ("Gunmen kidnapped a son of a jailed drug lord in Sinaloa on Monday.", "jailed"),
    ("Gunmen abducted the wife of a detained journalist in Lagos on Monday.", "detained"),
    ("The jailed activist began a hunger strike in Cairo on Monday.", "jailed"),
    ("The exiled cleric's followers attacked a police station in Lahore on Monday.", "exiled"),
])
def test_a_standing_state_is_no_event(events_of, text: str, word: str) -> None:
    assert word not in [e.trigger.text for e in events_of(text)]


def test_an_arrest_told_by_its_verb_stays(primary_of) -> None:
    ev = primary_of("Police detained three journalists in Harare on Monday.")
    assert _sub(ev) == "Arrests"


def test_the_kidnapping_keeps_its_type_beside_a_standing_state(primary_of) -> None:
    ev = primary_of("Gunmen kidnapped a son of a jailed drug lord in Sinaloa on Monday.")
    assert ev.trigger.text == "kidnapped" and _sub(ev) == "Abduction/forced disappearance"
