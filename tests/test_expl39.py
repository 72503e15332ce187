"""Fire along a front, munitions dropped from drones and air strikes in a clash (round expl39, explosions
audit F): a grenade or bomb dropped from a drone is an air/drone strike; explosions counted by monitors
along a front are shelling; air strikes with no target named, in a sentence that tells a clash, are part of
that clash; small arms fire at an enemy's posts is fighting at its positions. Each rule with controls that
must not change. Sentences written for these tests."""

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


@pytest.mark.parametrize("text, kind", [
    ("On 3 July 2021, the OSCE SMM recorded 45 explosions near Horlivka (Donetsk) along the contact line.",
     SHELLING),
    ("Monitors counted more than 60 explosions along the front line near Popasna on Sunday, the mission "
     "said.", SHELLING),
])
def test_explosions_counted_along_a_front_are_shelling(primary_of, text: str, kind: tuple) -> None:
    assert _acled(primary_of(text)) == kind


@pytest.mark.parametrize("text", [
    "On 3 July 2021, the OSCE SMM recorded 40 explosions and shots involving small arms near Zolote "
    "(Luhansk) along the contact line.",
    "Monitors counted 25 explosions in both directions of the front line near Marinka on Sunday, the mission "
    "said.",
])
def test_fire_counted_with_small_arms_or_both_ways_is_a_clash(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == CLASH


@pytest.mark.parametrize("text", [
    "Two explosions damaged a bank in Malmo overnight, police said, adding that no one was hurt.",
    "On 3 July 2021, an IED exploded near a checkpoint in Mogadishu, wounding two soldiers.",
])
def test_explosions_away_from_a_front_are_not_made_shelling(primary_of, text: str) -> None:
    assert _acled(primary_of(text))[1] != SHELLING[1]


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
