"""Battles and explosions told apart in the wordings of explosions audit C (round expl35): a weapon told
inside the words of a fight (a clash involving mortars, an encounter during which grenades were thrown) is the
fight's. Each rule has controls where it must not fire. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_riots26 import _acled

CLASH = ("Battles", "Armed clash")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
GRENADE = ("Explosions/Remote violence", "Grenade")
AIR = ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize("text", [
    "Three insurgents were killed in an encounter with rangers in Pattani on Friday, during which the "
    "insurgents hurled grenades at the rangers, the army said.",
    "Six militants were killed in an engagement with troops in Sulu, during which the militants fired mortar "
    "rounds at the soldiers.",
    "On 2 May 2021, two Maoists were killed in an encounter with the CRPF in Bijapur (Chhattisgarh), during "
    "which the Maoists fired barrel grenade launchers.",
])
def test_a_weapon_told_inside_a_fight_is_the_fights(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == CLASH


@pytest.mark.parametrize("text, expected", [
    ("Militants lobbed grenades at a police post in Baramulla on Monday, wounding two officers.", GRENADE),
    ("An air strike killed ten fighters in the village in which the rebels had set up their base, a monitor "
     "said.", AIR),
    ("Rebels shelled the town of Tal Tamr for two hours on Monday, during which three civilians were "
     "wounded, a monitor said.", SHELLING),
])
def test_a_weapon_outside_a_fight_keeps_its_class(primary_of, text: str, expected: tuple) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize("text", [
    "Two shepherds were killed when an old artillery shell they found in a field near Izium exploded, police "
    "said.",
    "On 3 May 2021, a boy was wounded near Mosul (Ninewa) when a rocket left over from the war against the "
    "Islamic State blew up.",
    "A farmer was killed by an old mortar round that went off while he was ploughing near Tal Afar.",
])
def test_a_munition_left_over_that_goes_off_is_a_remote_explosive(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == IED


@pytest.mark.parametrize("text", [
    "Russian forces shelled Izium on Monday with old Soviet-era rockets, killing a farmer.",
    "Rebels fired old mortar shells at the army camp near Tal Afar, killing a soldier.",
    "A shell fired by government forces exploded in a market in Taiz, killing two people.",
])
def test_a_munition_fired_stays_shelling(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == SHELLING


@pytest.mark.parametrize("text", [
    "Ukrainian marines held off a Russian assault on a village near Krynky on Thursday, the navy said.",
    "On 7 June 2023, Burkinabe soldiers and VDP volunteers warded off an assault on Djibo (Sahel) by JNIM "
    "militants.",
])
def test_an_attack_held_off_is_a_battle(primary_of, text: str) -> None:
    assert _acled(primary_of(text))[0] == "Battles"


@pytest.mark.parametrize("text", [
    "The government held off on a decision about the new tax until after the election.",
    "The minister fended off questions about the budget at a press conference on Monday.",
])
def test_held_off_without_an_attack_is_no_event(primary_of, text: str) -> None:
    assert primary_of(text) is None


@pytest.mark.parametrize("text, expected", [
    ("The army said its air defence units had knocked out three rebel drones over Mandalay on Friday.",
     ("Strategic developments", "Disrupted weapons use")),
    ("On 2 April 2023, a Russian loitering munition hit a Ukrainian howitzer near Kupiansk (Kharkiv).", AIR),
    ("A Ukrainian drone knocked out a Russian tank near Kreminna on Sunday, the general staff said.", AIR),
])
def test_drones_knocked_out_and_loitering_munitions(primary_of, text: str, expected: tuple) -> None:
    assert _acled(primary_of(text)) == expected


def test_a_boxer_knocked_out_is_no_event(primary_of) -> None:
    assert primary_of("The champion knocked out his challenger in the third round in Las Vegas.") is None


@pytest.mark.parametrize("text, toll", [
    ("A Nigerien army drone strike killed about 20 jihadists gathered at a camp near Ayorou, the defence "
     "ministry said.", 20),
    ("On 3 March 2022, a drone strike killed about 12 al Shabaab fighters gathered at a base near Jilib "
     "(Middle Juba).", 12),
    ("Gunmen killed a policeman in Zurmi on Monday, and about 20 residents fled the village, officials "
     "said.", 1),
])
def test_the_killed_read_as_a_clauses_subject_are_counted(primary_of, text: str, toll: int) -> None:
    from chronica.evaluate.scores import recorded_deaths

    assert recorded_deaths(primary_of(text)) == toll
