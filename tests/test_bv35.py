"""Battles and attacks on civilians told apart (round bv35). Each rule has controls where it must not fire.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_riots26 import _acled

VAC = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize(("text", "expected"), [
    # the doubt is about the dead, not the fight: a gunfight told plainly
    ("Honduran police killed two alleged gang leaders in a firefight in Tegucigalpa on Monday, officials "
     "said.", CLASH),
    ("On 4 May 2023, soldiers killed three purported ISIS members during an exchange of fire in Hawija "
     "(Kirkuk).", CLASH),
    # controls: the denial stands right before the fight
    ("Police killed two young men in an alleged gunfight in Khulna, their families said.", VAC),
    ("On 9 June 2022, RAB members shot dead a man in a so-called crossfire in Cox's Bazar (Chittagong).",
     VAC),
    ("Police shot dead a drug suspect in what they called a shootout in Jessore on Sunday, rights groups "
     "said.", VAC),
])
def test_a_doubt_about_the_dead_does_not_stage_the_fight(primary_of, text: str,
                                                         expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected
