"""Battles and attacks on civilians told apart by the victims (round bv37,
tests/data/acled_battles_audit_g.yaml): a person named by an office with a word of the state in it is no
government at war; state forces unarmed, former or detained when attacked are civilian victims; killings told
"between" two sides are a fight; armed pursuers killed by raiders fought them. Sentences written for this
test, each rule with controls that must not change."""

from __future__ import annotations

import pytest
from test_riots26 import _acled

VAC = ("Violence against civilians", "Attack")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen shot dead a local government chairman and his aide near Enugu in Nigeria, police said.", VAC),
    ("Gunmen killed a state government official in an ambush on his car in Nigeria's Benue state, police "
     "said.", VAC),
    # controls: the government's forces and a government convoy guarded by troops are armed sides
    ("Gunmen attacked government forces near Gwoza in Nigeria's Borno state, killing three soldiers, the "
     "army said.", CLASH),
    ("Suspected militants ambushed a government convoy escorted by soldiers in Nigeria's Borno state, "
     "killing two soldiers.", CLASH),
])
def test_an_office_holder_is_no_government_at_war(primary_of, text: str, expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


def test_an_office_holder_attacked_is_a_civilian_victim(primary_of) -> None:
    ev = primary_of("Gunmen shot dead a local government chairman near Enugu in Nigeria, police said.")
    assert {a.inter for a in ev.target} == {7}


@pytest.mark.parametrize(("text", "expected"), [
    ("On 2 May 2023, militants abducted three soldiers who were travelling unarmed to their home village "
     "near Mandera (Kenya).", ABDUCTION),
    ("Gunmen shot dead two former members of the Afghan National Army in Ghazni province, relatives said.",
     VAC),
    ("Separatist rebels killed three policemen after capturing them near Ndu in Cameroon, officials said.",
     VAC),
    # controls: soldiers and police on duty
    ("On 2 May 2023, militants ambushed an army patrol near Mandera (Kenya), killing three soldiers.", CLASH),
    ("Gunmen killed two policemen at a checkpoint in Ghazni province, officials said.", CLASH),
])
def test_forces_unable_to_fight_are_civilians(primary_of, text: str, expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On 3 May 2023, six people were killed in revenge killings between two Nuer clan sections near Ulang "
     "(Upper Nile).", CLASH),
    ("On 3 May 2023, five were killed in tit-for-tat attacks among rival Murle sections near Pibor "
     "(Jonglei).", CLASH),
    # controls: killings of villagers, told with "between" elsewhere in the sentence
    ("On 3 May 2023, armed youths killed six villagers between Ulang and Nasir (Upper Nile).", VAC),
    ("On 3 May 2023, gunmen killed four women in the village of Kadugli (South Kordofan).", VAC),
])
def test_killings_between_sides_are_a_fight(primary_of, text: str, expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On 9 May 2023, armed herders abducted two boys near Zalingei (Central Darfur) before killing a "
     "vigilante who pursued them.", CLASH),
    ("Cattle rustlers stole 50 cows and killed two members of a hunters' militia who chased them near Kafin "
     "Hausa, in Nigeria's Jigawa state, police said.", CLASH),
    # controls: unarmed villagers who chased raiders, and captives killed with no pursuit
    ("Bandits stole 200 cattle in Nigeria's Kebbi state and shot dead two villagers who chased them, police "
     "said.", VAC),
    ("On 9 May 2023, armed herders abducted two boys near Zalingei (Central Darfur) and later killed them.",
     VAC),
])
def test_armed_pursuers_killed_fought(primary_of, text: str, expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected
