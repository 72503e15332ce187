"""A march is a protest when a crowd marches; armed men marching are a troop movement, and "march" in lower
case before a day or a year, or after "early"/"late", is the month; live rounds fired to break up a march are
the shooting that killed its marchers. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Troops marched into the border town on Sunday after the ceasefire collapsed.",
    "The army began the march on the capital on Tuesday.",
    "Rebel fighters resumed their march on the provincial capital after seizing the airport.",
    "A column of militiamen marched through the valley overnight, residents said.",
])
def test_armed_men_marching_is_no_protest(events_of, text: str) -> None:
    found = events_of(text)
    assert all(e.plover["type"] != "PROTEST" for e in found)
    moved = next(e for e in found if e.primary)
    assert moved.plover["type"] == "MOBILIZE"
    assert moved.source and moved.source[0].sector in ("MIL", "REB", "PRM", "UAF")


def test_an_armed_march_named_alone_is_no_protest(events_of) -> None:
    assert all(e.plover["type"] != "PROTEST" for e in events_of(
        "The army began its march toward the capital late on Tuesday."))


@pytest.mark.parametrize("text", [
    "Thousands of teachers marched through the capital on Friday to demand higher pay.",
    "Opposition supporters began a march to parliament on Monday.",
    "Students joined a march in the city centre against the new fees.",
    "Farmers marched on the agriculture ministry, blocking traffic for hours.",
])
def test_crowds_marching_protest(events_of, text: str) -> None:
    main = next(e for e in events_of(text) if e.primary)
    assert main.plover["type"] == "PROTEST"
    assert main.acled["event_type"] == "Protests"


@pytest.mark.parametrize("text", [
    "Consumer prices rose sharply in march 2020, the statistics office said.",
    "Exports have fallen every month since march 2019.",
    "The factory is due to reopen in early march, its owners said.",
])
def test_the_month_in_lower_case_is_no_march(events_of, text: str) -> None:
    assert all(e.plover["type"] != "PROTEST" for e in events_of(text))


@pytest.mark.parametrize(("text", "dead"), [
    ("Security forces fired live rounds to disperse a peaceful march, killing three.", 3),
    ("Police fired live ammunition to break up the crowd, killing two protesters.", 2),
])
def test_rounds_fired_at_a_march_carry_its_toll(events_of, text: str, dead: int) -> None:
    main = next(e for e in events_of(text) if e.primary)
    assert main.acled["sub_event_type"] == "Excessive force against protesters"
    assert main.fatalities == dead


def test_workers_fired_are_no_shooting(events_of) -> None:
    assert not events_of("The company fired 300 workers at its plant after the merger.")
