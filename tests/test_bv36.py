"""Battles and attacks on civilians told apart (round bv36, tests/data/acled_battles_audit_f.yaml): Burkina
Faso's VDP is a pro-government militia, so an attack on its men or its checkpoint is a battle; a village's,
a locality's or a community's own guards are a communal militia, so their fight with raiders is a battle.
Sentences written for this test, each rule with controls that must not change."""

from __future__ import annotations

import pytest
from test_riots26 import _acled

VAC = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize(("text", "expected"), [
    ("JNIM militants attacked a VDP checkpoint near Kaya in Burkina Faso on Sunday, security sources said.",
     CLASH),
    ("On 4 March 2023, VDP fighters clashed with JNIM militants near Titao (Nord).", CLASH),
    ("VDP members repelled an attack by gunmen on Gorom-Gorom in Burkina Faso on Friday, killing four of "
     "them.", CLASH),
    # controls: the VDP's violence against villagers, and villagers attacked with no VDP in the text
    ("On 6 April 2023, VDP members killed five Fulani civilians in Tougouri (Centre-Nord).", VAC),
    ("On 9 April 2023, JNIM militants killed six farmers in their fields near Djibo (Sahel).", VAC),
])
def test_the_vdp_is_an_armed_side(primary_of, text: str, expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


def test_the_vdp_is_named_as_acled_names_it(primary_of) -> None:
    ev = primary_of("On 4 March 2023, VDP fighters clashed with JNIM militants near Titao (Nord).")
    names = {a.acled_actor for a in ev.source + ev.target}
    assert "VDP: Volunteers for the Defense of the Homeland" in names


@pytest.mark.parametrize(("text", "expected"), [
    ("Village guards fought off bandits who attacked Dansadau in Zamfara state on Monday, killing two of "
     "them.", CLASH),
    ("On 3 May 2023, local guards clashed with armed herders in Bokkos (Plateau), leaving three dead.",
     CLASH),
    ("Community guards exchanged fire with gunmen near Mangu in Nigeria's Plateau state, police said.",
     CLASH),
    # controls: traders and villagers are civilians
    ("Gunmen shot dead two traders at a market in Jos, Plateau state, on Monday, police said.", VAC),
    ("On 8 May 2023, gunmen killed seven villagers in Bokkos (Plateau).", VAC),
])
def test_a_village_s_own_guards_are_an_armed_side(primary_of, text: str, expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


def test_local_guards_are_a_communal_militia(primary_of) -> None:
    ev = primary_of("On 3 May 2023, local guards clashed with armed herders in Bokkos (Plateau), leaving "
                    "three dead.")
    assert 4 in {a.inter for a in ev.source}
