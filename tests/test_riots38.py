"""Riots told apart from battles and protests, ninth round (riots38): sides that fight with crude arms only
(machetes, sticks, clubs) and no firearm are a mob, unless a side is state forces, rebels or a named armed
group with no party's men among the sides; damage done by the people a protest names makes the protest a
violent demonstration; and a riot told with a past time just after its noun is the report's background, which
leaves a protest told beside it peaceful. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_riots36 import _acled


@pytest.mark.parametrize("text", [
    "On 14 June 2023, members of two clans fought with machetes and clubs over a pasture near Galkayo"
    " (Mudug).",
    "Youths of two neighbouring villages clashed with sticks and machetes in Kenya's Narok county on Sunday,"
    " injuring ten people.",
])
def test_fights_with_crude_arms_only_are_mob_violence(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Riots", "Mob violence")


@pytest.mark.parametrize("text", [
    "On 14 June 2023, members of two clans fought with machetes and rifles over a pasture near Galkayo"
    " (Mudug).",
    "On 14 June 2023, CODECO and Zaire militiamen clashed with machetes near Djugu (Ituri), killing four.",
    "On 14 June 2023, al-Shabaab fighters and clan militiamen fought with machetes and knives near Galkayo"
    " (Mudug).",
])
def test_fights_with_guns_or_armed_groups_stay_battles(primary_of, text: str) -> None:
    assert _acled(primary_of(text))[0] == "Battles"


def test_protesters_who_burn_an_office_riot(primary_of) -> None:
    event = primary_of("Hundreds of youths protesting a water shortage set fire to the offices of the water"
                       " utility in the Nigerien town of Maradi on Monday.")
    assert _acled(event) == ("Riots", "Violent demonstration")
    assert all(a.inter == 5 for a in event.source)


@pytest.mark.parametrize("text", [
    "Villagers protested in the Nigerien town of Maradi on Monday after youths set fire to a church.",
    "Residents protesting in the Nigerien town of Maradi said soldiers had burned their houses.",
])
def test_damage_by_others_leaves_the_protest_peaceful(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) != ("Riots", "Violent demonstration")


def test_a_protest_after_last_weeks_riots_stays_peaceful(primary_of) -> None:
    event = primary_of("On 12 March 2023, residents of Rosario (Santa Fe) held a pot-banging protest against"
                       " insecurity. The protest followed riots in the city's prisons the previous week.")
    assert _acled(event) == ("Protests", "Peaceful protest")


def test_riots_told_as_this_weeks_news_stay_riots(primary_of) -> None:
    event = primary_of("On 12 March 2023, riots broke out in the prisons of Rosario (Santa Fe); inmates"
                       " burned mattresses and attacked guards.")
    assert _acled(event)[0] == "Riots"
