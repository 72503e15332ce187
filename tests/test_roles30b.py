"""Round roles30b: the sides PLOVER's first targets round left. A mobilisation answers the side told in its
"as" clause; a town after "the ... enclave of" or "the ... stronghold of" is a place. Each rule has a
control where it must not fire."""

from __future__ import annotations

import pytest


def _primary(events_of, text: str):
    return next(e for e in events_of(text) if e.primary)


def _target(event) -> str | None:
    return event.target[0].country if event.target else None


@pytest.mark.parametrize("text, plover, target", [
    ("Georgia put its army on full alert on Monday as fighting with Abkhaz separatists spread towards the "
     "port of Sukhumi, the defence ministry said.", "MOBILIZE", "GEO"),
    ("Saudi Arabia called up its reservists on Tuesday as Iraqi troops moved towards the Kuwaiti border, "
     "the official news agency said.", "MOBILIZE", "IRQ"),
])
def test_a_mobilisation_answers_the_side_of_its_as_clause(events_of, text: str, plover: str,
                                                          target: str) -> None:
    event = _primary(events_of, text)
    assert event.plover["type"] == plover
    assert _target(event) == target


@pytest.mark.parametrize("text", [
    "Kenya called up army reservists on Monday as floods swept through the northern provinces, "
    "officials said.",
    "Chad put its army on alert on Tuesday as troops moved north towards the desert town of Faya, "
    "officials said.",
    "Egypt put its army on alert on Friday as Cairo pressed Khartoum to hand over three suspects, "
    "officials said.",
])
def test_no_side_is_taken_from_a_clause_that_names_none(events_of, text: str) -> None:
    event = _primary(events_of, text)
    assert event.plover["type"] == "MOBILIZE"
    assert _target(event) in (None, event.source[0].country if event.source else None)


@pytest.mark.parametrize("text, country", [
    ("Government troops shelled the rebel stronghold of Jaffna on Monday, a military spokesman said.",
     "LKA"),
    ("Serb gunners shelled the Moslem enclave of Srebrenica on Monday, wounding four people, "
     "U.N. officials said.", "BIH"),
])
def test_a_town_after_enclave_or_stronghold_of_is_a_place(events_of, text: str, country: str) -> None:
    event = _primary(events_of, text)
    assert event.location is not None and event.location.country == country


def test_a_stronghold_of_a_group_is_no_place(events_of) -> None:
    text = ("Israeli jets bombed a stronghold of Hezbollah guerrillas in south Lebanon "
            "on Monday, the army said.")
    event = _primary(events_of, text)
    assert event.location is not None and event.location.country == "LBN"
