"""Battles and explosions told apart when heavy weapons are in the story (rounds expl31 and expl34): a mine
named by the words around it, a ceasefire broken by shelling, shelling followed by ground taken, state forces
that regain ground with allied militias, and a blast, a grenade or shelling that sparked a fight (the fight).
Each rule has controls where it must not fire. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_riots26 import _acled

CLASH = ("Battles", "Armed clash")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
GRENADE = ("Explosions/Remote violence", "Grenade")


@pytest.mark.parametrize("text", [
    "On 2 May 2022, three soldiers were killed when their truck drove over a mine near Gao (Gao).",
    "A shepherd was killed when he stepped on a mine in the hills outside Kandahar, officials said.",
    "An anti-tank mine destroyed a tractor near Izium on Friday, killing its driver.",
])
def test_a_mine_set_off_is_a_remote_explosive(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == IED


@pytest.mark.parametrize("text", [
    "On 4 June 2022, gunmen attacked a gold mine near Djibo (Sahel), killing four miners.",
    "Armed men stormed a mine in Ituri on Monday and shot dead two guards, local officials said.",
])
def test_a_mine_that_is_a_place_is_no_weapon(primary_of, text: str) -> None:
    assert _acled(primary_of(text))[0] != "Explosions/Remote violence"


def test_a_ceasefire_broken_by_shelling_is_shelling(primary_of) -> None:
    text = ("Officials said Azerbaijani troops violated the ceasefire by shelling villages near the border, "
            "wounding a farmer.")
    assert _acled(primary_of(text)) == SHELLING


def test_a_ceasefire_broken_with_small_arms_stays_a_clash(primary_of) -> None:
    text = ("Indian troops violated the ceasefire along the Line of Control in Rajouri with small-arms fire, "
            "the Pakistani army said.")
    assert _acled(primary_of(text))[0] == "Battles"


@pytest.mark.parametrize("text", [
    "On 6 May 2022, Ukrainian forces shelled Russian positions near Kherson (Kherson) and then advanced, "
    "retaking a village.",
    "Syrian army troops pounded rebel positions with artillery and then pushed forward, recapturing two "
    "hills south of Idlib, state media said.",
])
def test_shelling_followed_by_ground_taken_is_a_battle(primary_of, text: str) -> None:
    assert _acled(primary_of(text))[0] == "Battles"


@pytest.mark.parametrize("text", [
    "On 6 May 2022, Russian forces shelled residential areas of Kherson (Kherson), wounding three civilians.",
    "Russian artillery shelled Ukrainian positions near Vuhledar on Tuesday, the general staff said.",
])
def test_shelling_alone_stays_shelling(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == SHELLING


def test_state_forces_with_allied_militias_regain_territory(primary_of) -> None:
    text = ("On 4 May 2022, Somali troops and allied clan militias recaptured the town of Mahas (Hiraan) "
            "from al-Shabaab after heavy fighting.")
    assert _acled(primary_of(text)) == ("Battles", "Government regains territory")


def test_a_militia_taking_a_town_alone_overtakes_it(primary_of) -> None:
    text = ("On 4 May 2022, clan militias seized the town of Mahas (Hiraan) from al-Shabaab after heavy "
            "fighting.")
    assert _acled(primary_of(text)) == ("Battles", "Non-state actor overtakes territory")


@pytest.mark.parametrize("text", [
    "A roadside bomb hit an army convoy near Mandera, and militants hiding in the bush then opened fire on "
    "the soldiers, sparking a gun battle.",
    "An IED exploded under a police truck outside Kidal on Monday, triggering a gun battle between the "
    "officers and the attackers.",
    "On 9 March 2022, a landmine struck a Tatmadaw patrol near Hpakant (Kachin), setting off clashes with "
    "KIA fighters.",
    "Gunmen threw a grenade at a police post in Pulwama, sparking an exchange of fire with the officers.",
    "Rebels shelled the army base outside Kalay on Friday, sparking heavy fighting with the troops.",
])
def test_a_blast_that_sparked_a_fight_is_the_fight(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == CLASH


@pytest.mark.parametrize(("text", "expected"), [
    ("A roadside bomb hit an army convoy near Mandera on Sunday, killing three soldiers.", IED),
    ("A car bomb exploded in a crowded market in Mogadishu, sparking panic among shoppers.", IED),
    ("Russian forces shelled Kharkiv on Monday, sparking fires in several residential buildings.", SHELLING),
    ("A grenade thrown at a bus stand in Srinagar wounded six people and sparked anger.", GRENADE),
    ("A bomb exploded at an opposition rally in Dhaka, sparking clashes between rival supporters.", IED),
])
def test_a_blast_that_sparked_no_fight_stays_a_blast(primary_of, text: str, expected: tuple) -> None:
    assert _acled(primary_of(text)) == expected
