"""Battles read as something else (round bv38, tests/data/acled_battles_audit_h.yaml): a soldier, policeman or
armed group's commander assassinated on duty was an armed side's target, as any other killing of armed men is;
throats slit are deaths.
Sentences written for this test, each rule with controls that must not change."""

from __future__ import annotations

import pytest
from test_riots26 import _acled

VAC = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize(("text", "expected"), [
    ("On 9 June 2021, unidentified gunmen assassinated a police lieutenant at a checkpoint in Basra city.",
     CLASH),
    ("Gunmen assassinated an army intelligence officer in the town of Jasim in Syria's Daraa province, a "
     "monitor said.", CLASH),
    # controls: civilians assassinated, and an officer assassinated at his home, off duty
    ("On 9 June 2021, unidentified gunmen assassinated a local council member in Tafas (Dar'a).", VAC),
    ("Gunmen assassinated a prominent lawyer in Quetta on Monday, police said.", VAC),
    ("Gunmen assassinated an army officer outside his home in Basra, police said.", VAC),
])
def test_an_armed_man_assassinated_on_duty_is_a_clash(primary_of, text: str,
                                                      expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize(("text", "dead"), [
    ("On 9 June 2021, JNIM militants slit the throats of three herders near Douentza (Mopti).", 3),
    ("Militants cut the throats of two shepherds near Tillaberi, residents said.", 2),
    # controls: lives claimed as before, and other things cut
    ("On 9 June 2021, an attack on a village near Douentza (Mopti) claimed the lives of five people.", 5),
    ("Gunmen cut the power lines of two villages near Tillaberi and abducted a herder, residents said.",
     None),
])
def test_throats_slit_are_deaths(primary_of, text: str, dead: int | None) -> None:
    assert primary_of(text).fatalities == dead
