"""Battles read as something else (round bv38, tests/data/acled_battles_audit_h.yaml): a soldier, policeman or
armed group's commander assassinated on duty was an armed side's target, as any other killing of armed men is.
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
