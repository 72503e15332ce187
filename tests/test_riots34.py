"""Riots told apart from protests, attacks and battles, fifth round (riots34): the other acts of crowds that
fight each other and the dispersal of those crowds make no demonstration, with protesters dispersed and
protesters who fight the police as controls. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_acled_targets_audit import _inters
from test_riots26 import _acled


def _types(events_of, text: str) -> set[tuple[str, str]]:
    """The ACLED types of all the events of a text."""
    return {(e.acled["event_type"], e.acled["sub_event_type"]) for e in events_of(text) if e.acled}


@pytest.mark.parametrize("text", [
    "Supporters of the ruling party and the opposition clashed in Tamale on Saturday, hurling stones and"
    " bottles at each other.",
    "Supporters of two candidates fought in Kenema on Sunday, throwing rocks and broken bottles at the"
    " others.",
])
def test_a_fight_among_crowds_other_acts_are_the_fight(events_of, text: str) -> None:
    assert _types(events_of, text) == {("Riots", "Mob violence")}


@pytest.mark.parametrize("text", [
    "Supporters of the two parties threw stones at each other in Mongu on Sunday, and police fired tear gas"
    " to disperse them.",
    "Rival supporters fought with clubs in Kabwe on Monday before police dispersed them.",
])
def test_fighting_crowds_dispersed_are_a_mob(events_of, text: str) -> None:
    assert ("Riots", "Violent demonstration") not in _types(events_of, text)
    assert ("Riots", "Mob violence") in _types(events_of, text)


@pytest.mark.parametrize("text", [
    "Opposition supporters clashed with police in Lusaka on Sunday, throwing stones at officers.",
    "Protesters fought with police in Kisumu on Monday, hurling stones at officers.",
])
def test_crowds_that_fight_the_police_still_demonstrate(primary_of, text: str) -> None:  # control
    assert _acled(primary_of(text)) == ("Riots", "Violent demonstration")


def test_protesters_dispersed_are_still_a_protest(primary_of) -> None:  # control
    event = primary_of("Police fired tear gas to disperse opposition supporters who were marching in"
                       " Harare on Monday.")
    assert _acled(event)[0] == "Protests"
    assert _inters(event)[0] in (1, 6)


@pytest.mark.parametrize("text", [
    "On 9 September 2022, a mob in Bukavu lynched a policeman accused of killing a motorcycle taxi driver.",
    "On September 14, 2022, a crowd in Goma lynched a soldier accused of killing a trader.",
])
def test_the_day_and_year_of_a_date_are_no_toll(primary_of, text: str) -> None:
    # the model tagged "9 September 2022" as an event, not a date (riots34)
    assert primary_of(text).fatalities in (None, 1)


@pytest.mark.parametrize(("text", "toll"), [
    ("On 8 May 2021, 1 fighter was killed in Idlib.", 1),
    ("In Gao on 3 May, 12 soldiers were killed in an ambush.", 12),
])
def test_a_toll_beside_a_date_is_still_read(primary_of, text: str, toll: int) -> None:  # control
    assert primary_of(text).fatalities == toll


@pytest.mark.parametrize("text", [
    "On 7 May 2023, a suspected pickpocket succumbed to injuries after being beaten by a crowd in Ibadan.",
    "A policeman was shot by gunmen in Peshawar and later succumbed to his wounds.",
])
def test_one_who_succumbed_to_wounds_died(primary_of, text: str) -> None:
    assert primary_of(text).fatalities == 1


def test_one_who_succumbed_to_pressure_lives(primary_of) -> None:  # control
    event = primary_of("A trader who was beaten by a mob in Kano succumbed to pressure and paid the fine.")
    assert not event.fatalities


@pytest.mark.parametrize("text", [
    "On 19 April 2023, a suspected thief died in hospital after being beaten by a mob at a market in Kano.",
    "A suspected burglar was rushed to hospital on Monday after being beaten by a crowd in Mombasa.",
])
def test_a_suspect_beaten_by_a_mob_in_a_passive_gerund_is_mob_justice(primary_of, text: str) -> None:
    event = primary_of(text)
    assert [a.inter for a in event.target] == [7]
    assert _acled(event) == ("Riots", "Mob violence")


@pytest.mark.parametrize(("text", "inter2"), [
    ("The journalist was taken to hospital after being beaten by police in Harare.", 7),
    ("A soldier died after being shot by gunmen near Gao.", 1),
])
def test_one_hurt_in_a_passive_gerund_is_its_target(primary_of, text: str, inter2: int) -> None:
    assert [a.inter for a in primary_of(text).target] == [inter2]


def test_a_gang_that_beats_a_suspect_is_no_mob(primary_of) -> None:  # control
    event = primary_of("Armed gang members shot dead a suspected informer in Port-au-Prince on Monday.")
    assert _acled(event)[0] == "Violence against civilians"


@pytest.mark.parametrize("text", [
    "Fans of a Premier League club stormed the pitch and attacked the referee at a stadium in Lagos.",
    "Football fans invaded the pitch and attacked the visiting players after the league"
    " match in Oran.",
])
def test_fans_who_storm_the_pitch_and_attack_are_no_game(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Riots", "Mob violence")


@pytest.mark.parametrize("text", [
    "United stormed back to beat the Celtics in the league final on Sunday.",
    "The home team invaded the opponents' half and attacked down the left in the league match.",
])
def test_a_team_that_storms_or_attacks_plays(primary_of, text: str) -> None:  # control
    assert primary_of(text) is None or primary_of(text).acled is None


@pytest.mark.parametrize("text", [
    "Rioting gripped Lagos on Monday as rival party supporters fought with sticks in the Surulere district.",
    "Violence rocked Lagos on Tuesday as youths fought with machetes over a plot of land.",
])
def test_a_city_named_like_a_leader_is_the_city(events_of, text: str) -> None:
    assert not any("Ricardo Lagos" in (a.name or "") for e in events_of(text) for a in e.source + e.target)


def test_the_leader_named_as_a_person_is_still_the_leader(primary_of) -> None:  # control
    event = primary_of("Protesters in Santiago denounced Lagos on Monday.")
    assert [a.name for a in event.target] == ["Ricardo Lagos"] or [a.inter for a in event.target] == [1]


@pytest.mark.parametrize("text", [
    "Ruling party supporters attacked a convoy of opposition supporters outside Harare, wounding nine.",
    "Supporters of the ruling party beat two opposition activists in Bulawayo on Saturday.",
])
def test_one_camp_setting_on_another_is_mob_violence(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Riots", "Mob violence")


@pytest.mark.parametrize("text", [
    "Opposition supporters attacked police officers in Lusaka on Sunday.",
    "Opposition supporters marched to parliament in Lusaka on Sunday and threw stones at the building.",
])
def test_supporters_who_attack_the_state_still_demonstrate(primary_of, text: str) -> None:  # control
    assert _acled(primary_of(text)) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text", [
    "Rival fans fought with knives in Belgrade on Saturday, leaving a 22-year-old man dead, police said.",
    "Clashes between two villages in Kisii left a woman dead on Monday.",
])
def test_one_left_dead_without_a_figure_is_one_dead(primary_of, text: str) -> None:
    assert primary_of(text).fatalities == 1


@pytest.mark.parametrize("text", [
    "Rival fans fought with knives in Belgrade on Saturday, leaving a man injured, police said.",
    "The attack by gunmen left the village deserted on Monday.",
])
def test_one_left_hurt_or_a_place_left_is_no_death(primary_of, text: str) -> None:  # control
    assert not primary_of(text).fatalities


@pytest.mark.parametrize("text", [
    "A mob burned a suspected thief alive in Port-au-Prince on Monday.",
    "On 8 July 2022, villagers in San Juan Cotzal burnt alive a man accused of stealing a motorcycle.",
])
def test_one_burned_alive_died(primary_of, text: str) -> None:
    assert primary_of(text).fatalities == 1


def test_a_house_burned_is_no_death(primary_of) -> None:  # control
    assert not primary_of("A crowd burned the house of a man accused of witchcraft in Kabwe.").fatalities
