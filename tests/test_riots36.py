"""Riots told apart from protests, seventh round (riots36): demonstrators who scuffle with the police, who
erect burning barricades, or who damage property in a verb conjoined to their march are a violent
demonstration, with peaceful marches, plain barricades and crowds that brawl among themselves as controls.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_riots26 import _acled


@pytest.mark.parametrize("text", [
    "On 3 May 2023, traders in Tema (Greater Accra) protesting new market tolls overturned stalls and"
    " scuffled with police.",
    "Nurses protesting unpaid wages blocked the hospital gate and scuffled with police in Bulawayo on"
    " Tuesday.",
])
def test_protesters_who_scuffle_with_police_riot(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Riots", "Violent demonstration")


def test_a_brawl_among_fans_stays_mob_violence(primary_of) -> None:
    event = primary_of("Rival fans brawled outside the stadium in Ndola on Saturday after the derby.")
    assert _acled(event) == ("Riots", "Mob violence")


@pytest.mark.parametrize("text", [
    "On 12 June 2023, demonstrators in Les Cayes (Sud) erected burning barricades on the national road to"
    " protest insecurity.",
    "Youths erected burning barricades in the streets of Conakry on Wednesday to protest the price of fuel.",
])
def test_burning_barricades_erected_are_a_riot(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Riots", "Violent demonstration")


def test_barricades_with_no_fire_stay_a_protest(primary_of) -> None:
    event = primary_of("Farmers erected barricades of hay bales on the motorway near Lyon on Monday to"
                       " protest fuel taxes.")
    assert _acled(event)[0] == "Protests"


@pytest.mark.parametrize("text", [
    "On 8 August 2023, demonstrators in Kandy (Central) marched to the municipal office and damaged its"
    " windows.",
    "Protesters pushed past the guards and damaged the gates of the parliament in Tbilisi on Thursday.",
])
def test_damage_by_the_subject_of_a_conjoined_verb_is_a_riot(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Riots", "Violent demonstration")


def test_a_march_with_no_damage_stays_peaceful(primary_of) -> None:
    event = primary_of("On 8 August 2023, demonstrators in Kandy (Central) marched to the municipal office"
                       " and handed in a petition.")
    assert _acled(event) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    "Relatives of inmates protested outside the prison in Vladimir on Tuesday, a week after a riot there left"
    " two dead.",
    "Parents held a silent march in Kisii on Friday, three days after a riot at their children's school.",
])
def test_a_riot_a_counted_span_before_is_the_protest_s_setting(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Protests", "Peaceful protest")


def test_a_riot_the_same_day_stays_the_protest_s_own(primary_of) -> None:
    event = primary_of("Relatives of inmates protested outside the prison in Vladimir on Tuesday and threw"
                       " stones at the guards.")
    assert _acled(event) == ("Riots", "Violent demonstration")
