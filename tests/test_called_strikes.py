"""A union that calls a strike stages a strike, and one that "will call" or "would call" one has not yet:
the strike is to come, a threat. "Called on" someone is still an appeal, but "on Monday" is a time, not
whom the call was made on; a leader called by name was called by telephone. Sentences written for these
tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The unions called a general strike on Monday, shutting schools and banks across the country.",
    "Dock workers called a 48-hour strike on Tuesday over unpaid wages.",
])
def test_a_strike_called_is_a_strike(events_of, text: str) -> None:
    main = next(e for e in events_of(text) if e.primary)
    assert main.plover["type"] == "PROTEST"
    assert all(e.plover["type"] != "REQUEST" for e in events_of(text))


@pytest.mark.parametrize("text", [
    "Teachers called a strike for 15 March over unpaid salaries.",
    "Junior doctors announced a strike for next week after pay talks collapsed.",
    "Bus drivers in the capital called a strike for Thursday.",
])
def test_a_plain_strike_called_for_a_day_is_a_planned_strike(events_of, text: str) -> None:
    main = next(e for e in events_of(text, "2024-03-01") if e.primary)
    assert main.plover["type"] == "PROTEST" and main.modality.future


@pytest.mark.parametrize("text", [
    "The union called off the strike after talks with the government.",
    "The union called for a strike over pay.",
])
def test_a_strike_called_off_or_called_for_is_no_strike(events_of, text: str) -> None:
    assert all(e.plover["type"] != "PROTEST" for e in events_of(text))


@pytest.mark.parametrize("text", [
    "The teachers' union will call a general strike next week if talks fail.",
    "The union said it would call an indefinite strike if the government raised fuel prices.",
])
def test_a_strike_still_to_be_called_is_a_threat(events_of, text: str) -> None:
    found = events_of(text)
    assert next(e for e in found if e.primary).plover["type"] == "THREATEN"
    assert all(e.modality.future or e.modality.hypothetical for e in found if e.plover["type"] == "PROTEST")


@pytest.mark.parametrize("text", [
    "The opposition called on Monday for fresh elections.",
    "The president on Friday called on the rebels to lay down their arms.",
])
def test_called_on_is_still_an_appeal(events_of, text: str) -> None:
    main = next(e for e in events_of(text) if e.primary)
    assert main.plover["type"] == "REQUEST"


@pytest.mark.parametrize(("text", "sides"), [
    ("Chancellor Olaf Scholz called President Joe Biden on Thursday.", ("DEU", "USA")),
    ("Prime Minister Narendra Modi called Vladimir Putin on Friday to discuss the war.", ("IND", "RUS")),
])
def test_a_leader_called_by_name_is_a_telephone_call(events_of, text: str, sides: tuple[str, str]) -> None:
    main = next(e for e in events_of(text) if e.primary)
    assert main.plover["type"] == "CONSULT"
    assert (main.source[0].country, main.target[0].country) == sides
