"""Strategic developments that read as explosions, attacks or nothing (round sd37): weapons found in a bag or
a cache, a planned attack foiled, a bomb or grenade that failed to go off, a bomb destroyed in a controlled
explosion, a bomb-making workshop, and works attacked with no one hurt - each
with controls that must not change. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_moves35 import _acled

DISRUPTED = ("Strategic developments", "Disrupted weapons use")
PROPERTY = ("Strategic developments", "Looting/property destruction")
GRENADE = ("Explosions/Remote violence", "Grenade")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
CLASH = ("Battles", "Armed clash")
CIVILIANS = ("Violence against civilians", "Attack")


@pytest.mark.parametrize(("text", "expected"), [
    ("Police said on Friday they had found a bag containing two hand grenades at the market in Mombasa.",
     DISRUPTED),
    ("On 4 May 2022, soldiers discovered an arms cache containing rifles and grenades near Jolo (Sulu).",
     DISRUPTED),
    # controls: grenades thrown, a bag that exploded
    ("A man threw two hand grenades into the market in Mombasa on Friday, wounding six traders, police said.",
     GRENADE),
    ("A bag containing explosives blew up at a bus stop in Mombasa on Friday, killing two people.", IED),
])
def test_weapons_found_in_a_container_are_a_disrupted_use(primary_of, text: str,
                                                          expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On 6 July 2021, police thwarted a planned ISWAP attack in Maiduguri (Borno).", DISRUPTED),
    ("Security forces foiled a planned attack on a church in Kaduna on Sunday, police said.", DISRUPTED),
])
def test_a_planned_attack_foiled_is_a_disrupted_use(primary_of, text: str, expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On 3 May 2022, a man threw a grenade at a bar in Goma (North Kivu), but it failed to explode.",
     DISRUPTED),
    ("On 8 April 2021, militants hurled a grenade at a checkpoint near Gao (Gao), but it did not explode.",
     DISRUPTED),
    # control: a grenade that went off
    ("On 3 May 2022, a man threw a grenade at a bar in Goma (North Kivu), wounding three customers.",
     GRENADE),
])
def test_a_bomb_that_did_not_go_off_is_a_disrupted_use(primary_of, text: str,
                                                       expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On 2 June 2021, army engineers destroyed a roadside bomb in a controlled explosion near Baidoa (Bay).",
     DISRUPTED),
    # control: a roadside bomb that hit a convoy
    ("On 2 June 2021, a roadside bomb hit an army convoy near Baidoa (Bay), killing two soldiers.", IED),
])
def test_a_bomb_destroyed_in_a_controlled_explosion_is_disposed_of(primary_of, text: str,
                                                                   expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The army said on Monday it had raided a bomb-making workshop near Diffa and arrested four men.",
     ("Strategic developments", "Arrests")),
    # control: a raid whose bomb was set off on the troops
    ("Militants detonated a bomb as troops raided a hideout near Diffa on Monday, killing two soldiers.",
     IED),
])
def test_a_weapon_named_by_its_workshop_is_no_means(primary_of, text: str, expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On 5 March 2021, the Cano Limon oil pipeline was attacked by unidentified armed men near Saravena "
     "(Arauca). No one was hurt.", PROPERTY),
    ("Militants attacked a telecommunications mast outside Bannu overnight, cutting phone services, police "
     "said.", PROPERTY),
    # controls: the guards of the works attacked, workers killed at them
    ("Rebels attacked soldiers guarding the oil pipeline near Saravena on Monday, the army said.", CLASH),
    ("Gunmen attacked workers at an oil field near Saravena on Monday, killing three of them.", CIVILIANS),
])
def test_works_attacked_with_no_one_hurt_are_property_destroyed(primary_of, text: str,
                                                                expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected
