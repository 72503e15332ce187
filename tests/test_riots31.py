"""Riots told apart from protests, attacks and battles, fourth round (riots31): the toll of a fight among
crowds told in the fight's sentence by the same fighters makes no claim, stones thrown "at each other" are a
fight among crowds (mob violence, not a demonstration), with protesters' fights and state force at protests
as controls. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_acled_targets_audit import _inters
from test_riots26 import _acled


@pytest.mark.parametrize("text", [
    "Supporters of two rival candidates fought with sticks outside a polling station in Tamale on Saturday,"
    " injuring five people.",
    "Supporters of the two parties clashed with stones in Blantyre on Sunday, wounding seven people.",
])
def test_rival_supporters_who_fight_and_hurt_people_are_a_mob(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Riots", "Mob violence")
    assert _inters(event) == (5, 5)


@pytest.mark.parametrize("text", [
    "Residents of two villages threw stones at each other in Kisumu on Monday.",
    "Supporters of two candidates fought with clubs and threw stones at each other in Nakuru, injuring 8.",
])
def test_stones_thrown_at_each_other_are_a_fight_among_crowds(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Riots", "Mob violence")


@pytest.mark.parametrize("text", [
    "Opposition supporters fought with police in Nairobi during a protest against the election results,"
    " injuring five officers.",
    "Protesters and police threw stones at each other in Nairobi on Monday.",
    "Protesters demanding water fought with police in Kisumu on Monday, injuring four people.",
])
def test_protesters_who_fight_still_demonstrate(primary_of, text: str) -> None:  # control
    assert _acled(primary_of(text)) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text", [
    "Police shot dead two men during a rally in Harare on Monday.",
    "Police beat a journalist during a protest in Kampala on Tuesday.",
])
def test_state_harm_at_a_protest_is_force_on_the_protest(primary_of, text: str) -> None:
    assert _acled(primary_of(text))[0] == "Protests"


@pytest.mark.parametrize("text", [
    "Soldiers killed four villagers in Tillaberi during a raid on Monday.",
    "Police shot dead two robbery suspects in Harare on Monday.",
])
def test_state_harm_elsewhere_is_an_attack(primary_of, text: str) -> None:  # control
    assert _acled(primary_of(text)) == ("Violence against civilians", "Attack")


def test_state_harm_at_a_violent_protest_meets_the_riot(primary_of) -> None:  # control
    event = primary_of("Protesters burned tyres in Kampala on Tuesday; police shot dead two people during the"
                       " protest.")
    assert _acled(event) == ("Riots", "Violent demonstration")
