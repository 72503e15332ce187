"""Munitions dropped from drones, air strikes in a clash and fire at posts (round expl39, explosions audit
F): a grenade or bomb dropped from a drone is an air/drone strike; air strikes with no target named, in a
sentence that tells a clash, are part of that clash; small arms fire at an enemy's posts is fighting at its
positions. Each rule with controls that must not change. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_riots26 import _acled

CLASH = ("Battles", "Armed clash")
DRONE = ("Explosions/Remote violence", "Air/drone strike")
GRENADE = ("Explosions/Remote violence", "Grenade")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize("text, kind", [
    ("On 2 July 2021, a separatist drone dropped a grenade on Ukrainian army positions near Avdiivka "
     "(Donetsk), wounding one soldier.", DRONE),
    ("Russian forces dropped grenades from a quadcopter on Ukrainian trenches near Bakhmut on Monday, the "
     "army said.", DRONE),
    # controls: grenades thrown and bombs planted, with no drone told
    ("On 2 July 2021, militants threw a grenade at a police post in Srinagar, wounding two policemen.",
     GRENADE),
    ("A roadside bomb hit an army convoy near Kandahar on Monday, killing three soldiers, officials said.",
     IED),
])
def test_a_munition_dropped_from_a_drone_is_an_air_strike(primary_of, text: str, kind: tuple) -> None:
    assert _acled(primary_of(text)) == kind


def test_air_strikes_backing_a_clash_are_the_clash(primary_of) -> None:
    event = primary_of("On 4 July 2021, coalition air strikes backed pro-Hadi forces as they clashed with "
                       "pro-Houthi forces on the Raghwan front (Marib).")
    assert _acled(event) == CLASH


@pytest.mark.parametrize("text", [
    "On 4 July 2021, coalition air strikes hit a Houthi camp in Saada (Saada). Casualties unknown.",
    "Coalition jets struck a Houthi weapons depot near Sanaa on Monday, the coalition said.",
])
def test_a_strike_told_alone_stays_a_strike(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == DRONE


def test_small_arms_fire_at_posts_is_fighting(primary_of) -> None:
    event = primary_of("Pakistani troops fired small arms and mortars at Indian posts along the Line of "
                       "Control in Poonch on Friday, the Indian army said.")
    assert _acled(event) == CLASH


def test_mortars_alone_at_posts_stay_shelling(primary_of) -> None:
    event = primary_of("Pakistani troops fired mortars at Indian posts along the Line of Control in Poonch "
                       "on Friday, the Indian army said.")
    assert _acled(event) == SHELLING
