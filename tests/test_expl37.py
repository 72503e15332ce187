"""Battles and explosions told with their tolls in an absolute clause (round expl37, explosions audit E): a
death or a wound told "with three militants killed" after a fight or a remote attack of its sentence is that
act's toll, not a killing of its own. Controls: the same clause after acts that are neither a fight nor a
blast (tear gas fired at protesters, an abduction), clauses with no verb of dying or wounds ("with two of them
landing", "with two rebels arrested"), and tolls told in a sentence of their own. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from test_riots26 import _acled

from chronica.evaluate.scores import recorded_deaths

CLASH = ("Battles", "Armed clash")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize("text, kind, deaths", [
    ("Somali troops and Al Shabaab fighters fought near Jowhar on Tuesday, with four militants killed, the "
     "army said.", CLASH, 4),
    ("On 2 June 2022, Malian soldiers and JNIM militants exchanged fire near Douentza (Mopti), with two "
     "soldiers killed.", CLASH, 2),
    ("A landmine struck a military truck near Gao on Monday, with four soldiers killed, the army said.",
     IED, 4),
    ("Rebels shelled the town of Mweso on Friday, with three civilians killed, local officials said.",
     SHELLING, 3),
])
def test_a_toll_told_with_with_is_the_fights_or_the_blasts(primary_of, text: str, kind: tuple, deaths: int,
                                                            ) -> None:
    event = primary_of(text)
    assert _acled(event) == kind
    assert recorded_deaths(event) == deaths


def test_the_with_clause_is_no_second_event_of_the_fight(events_of) -> None:
    events = events_of("Nigerien soldiers and Islamic State fighters exchanged fire near Banibangou on "
                       "Friday, with one soldier killed and four wounded, the defence ministry said.")
    assert len(events) == 1
    assert recorded_deaths(events[0]) == 1


@pytest.mark.parametrize("text, kind", [
    # no verb of dying or of wounds: nothing to count
    ("Al Shabaab fired mortar shells at the presidential palace in Mogadishu on Sunday, with two of them "
     "landing in a nearby neighbourhood, police said.", SHELLING),
    ("Troops and rebels exchanged fire near Kidal on Monday, with two rebels arrested, the army said.",
     CLASH),
])
def test_a_with_clause_of_no_toll_adds_none(primary_of, text: str, kind: tuple) -> None:
    event = primary_of(text)
    assert _acled(event) == kind
    assert recorded_deaths(event) == 0


@pytest.mark.parametrize("text", [
    "Police fired tear gas at protesters in Nairobi on Monday, with two demonstrators killed, witnesses "
    "said.",
    "Gunmen abducted 20 passengers on a highway in Kaduna state, with two of them killed, police said.",
])
def test_other_acts_keep_the_killing_apart(events_of, text: str) -> None:
    assert len(events_of(text)) == 2
