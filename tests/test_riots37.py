"""Riots told apart from attacks on civilians and protests, eighth round (riots37): settlers who beat or
stone people with no firearm told are a mob (Rioters, type 5), and a crowd that forces its way into a
building riots; settlers who shoot, and police, soldiers or armed men who force their way in, are controls.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_riots36 import _acled


@pytest.mark.parametrize("text", [
    "On 4 October 2023, Israeli settlers beat two Palestinian olive pickers near Turmus Ayya (Ramallah).",
    "A group of settlers attacked a Palestinian family with clubs in the village of Qusra on Saturday.",
])
def test_settlers_who_beat_people_are_a_mob(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Riots", "Mob violence")
    assert all(a.inter == 5 for a in event.source)


def test_settlers_who_shoot_stay_an_attack_on_civilians(primary_of) -> None:
    event = primary_of("Israeli settlers shot and wounded a Palestinian shepherd near Yatta on Sunday.")
    assert _acled(event)[0] == "Violence against civilians"


def test_gunmen_who_beat_villagers_stay_an_attack(primary_of) -> None:
    event = primary_of("Gunmen beat three villagers in the Nigerian town of Kajuru on Monday, police said.")
    assert _acled(event)[0] == "Violence against civilians"


@pytest.mark.parametrize("text", [
    "On 9 May 2023, demonstrators in Sfax (Sfax) tried to force their way into the governorate building.",
    "Hundreds of protesters attempted to force their way into the electoral commission offices in Lilongwe"
    " on Friday.",
])
def test_a_crowd_forcing_its_way_in_riots(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text", [
    "Police forced their way into the home of an opposition activist in Harare on Monday and arrested him.",
    "Soldiers forced their way into houses in the village and beat residents, witnesses said.",
])
def test_police_or_soldiers_forcing_their_way_in_do_not_riot(primary_of, text: str) -> None:
    assert _acled(primary_of(text))[0] != "Riots"


def test_a_crowd_that_tried_to_enter_stays_a_protest(primary_of) -> None:
    event = primary_of("Relatives of patients demonstrated and tried to enter the hospital in Puebla on"
                       " Monday.")
    assert _acled(event) == ("Protests", "Peaceful protest")
