"""Riots told apart from attacks, battles and protests, second round (riots29): the doer of a crime a person
is suspected of, a crowd dispersed while it set upon someone, suspected criminals shot by the police with no
fight told, the sides of excessive force, motorcycle taxi riders as a crowd, people a crowd turns on, people
burned alive, and people with no arms told who fight each other. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_acled_targets_audit import _inters
from test_riots26 import _acled

from chronica.evaluate.scores import recorded_deaths


def test_the_suspects_do_what_they_are_suspected_of(pipeline) -> None:
    from chronica.ingest import document_from_text

    text = "On 9 March 2022, a mob in Lira (Northern) beat two men suspected of stealing a goat."
    events = pipeline.code(document_from_text(text, doc_id="t"))
    # suspected54 (faith-3): what the mob's victims are only suspected of is no event of its own; if one is
    # told, the suspects are its doers, never the mob
    assert all([a.text for a in e.source] == ["two men"] for e in events if e.trigger.text == "stealing")
    assert _acled(next(e for e in events if e.primary)) == ("Riots", "Mob violence")


@pytest.mark.parametrize("text", [
    "On 12 March 2023, police dispersed a crowd that was attacking a suspected thief with stones in Tema.",
    "Police fired tear gas to disperse a mob that was beating a woman accused of witchcraft in Kilifi.",
])
def test_a_crowd_dispersed_while_it_set_upon_someone_is_a_mob(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Riots", "Mob violence")


def test_a_crowd_dispersed_while_it_protested_stays_a_protest(primary_of) -> None:  # control
    event = primary_of("On 12 March 2023, police dispersed a crowd that"
                       " was protesting against a land sale in Tema.")
    assert _acled(event) == ("Protests", "Protest with intervention")


@pytest.mark.parametrize("text", [
    "On 14 October 2021, police officers shot dead a suspected robber in Eldoret (Uasin Gishu).",
    "Police in Lagos shot dead two suspected thieves on Tuesday, a spokesman said.",
])
def test_suspected_criminals_shot_with_no_fight_told_are_civilians(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Violence against civilians", "Attack")
    assert _inters(event) == (1, 7)


@pytest.mark.parametrize("text", [
    "On 14 October 2021, police officers shot dead two suspected armed robbers in Eldoret (Uasin Gishu).",
    "Police shot dead a suspected robber after an exchange of fire in Eldoret on Tuesday.",
])
def test_suspects_armed_or_fighting_stay_a_battle(primary_of, text: str) -> None:  # control
    assert _acled(primary_of(text)) == ("Battles", "Armed clash")


def test_excessive_force_puts_the_force_first(primary_of) -> None:
    event = primary_of("On 3 June 2022, soldiers shot dead two demonstrators"
                       " protesting against the junta in Kassala.")
    assert _acled(event) == ("Protests", "Excessive force against protesters")
    assert _inters(event) == (1, 6)


def test_intervention_keeps_the_protesters_first(primary_of) -> None:  # control
    event = primary_of("On 3 June 2022, police fired tear gas to disperse"
                       " traders protesting against a new tax in Kassala.")
    assert _acled(event) == ("Protests", "Protest with intervention")
    assert _inters(event) == (6, 1)


def test_motorcycle_taxi_riders_who_attack_a_soldier_are_a_mob(primary_of) -> None:
    event = primary_of("On 7 April 2023, boda boda riders attacked a soldier in Jinja (Eastern).")
    assert _acled(event) == ("Riots", "Mob violence")
    assert _inters(event) == (5, 1)


def test_motorcycle_taxi_riders_who_march_are_protesters(primary_of) -> None:  # control
    event = primary_of("On 7 April 2023, boda boda riders marched to"
                       " the town hall in Jinja (Eastern) against a ban.")
    assert _acled(event) == ("Protests", "Peaceful protest")
    assert _inters(event)[0] == 6


@pytest.mark.parametrize("text", [
    "A crowd of angry fans attacked the referee after a cup match in Constantine on Sunday.",
    "Villagers beat a woman they called a witch in Kilifi on Friday, police said.",
])
def test_the_people_a_crowd_turns_on_are_civilians(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Riots", "Mob violence")
    assert _inters(event) == (5, 7)


@pytest.mark.parametrize("text, dead", [
    ("A mob burned two suspected thieves alive in Port Harcourt on Monday, police said.", 2),
    ("Three men were burned alive by villagers in Kasai on Sunday, a local official said.", 3),
    ("A mob burned two cars and a shop in Port Harcourt on Monday, police said.", 0),  # control
])
def test_people_burned_alive_were_killed(primary_of, text: str, dead: int) -> None:
    assert recorded_deaths(primary_of(text)) == dead


def test_a_team_that_attacks_in_a_match_is_no_event(events_of) -> None:  # control of the sports reading
    events = events_of("The young striker attacked the defence all game long in the match, the coach said.")
    assert not any(e.acled for e in events)


@pytest.mark.parametrize("text", [
    "On 6 June 2021, dozens of people fought with sticks and stones in Oruro (Oruro).",
    "On 1 May 2021, police intervened in a fight between several dozen people in Cluj (Cluj).",
])
def test_people_with_no_arms_who_fight_are_rioters(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Riots", "Mob violence")
    assert _inters(event)[0] == 5


@pytest.mark.parametrize("text", [
    "On 6 June 2021, dozens of people fought with guns in Oruro (Oruro), killing two.",  # firearms told
    "On 6 June 2021, unidentified armed men clashed with soldiers near Oruro (Oruro).",  # armed men, troops
])
def test_armed_men_who_fight_stay_a_battle(primary_of, text: str) -> None:  # control
    assert _acled(primary_of(text)) == ("Battles", "Armed clash")
