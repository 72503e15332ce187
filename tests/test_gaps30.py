"""The ACLED audits' known gaps closed in round gaps30, each rule with controls where it must not fire: armed
men named as of a kind of community only ("gunmen from rival clans") are that kind's identity militia; one
plural armed side that fights with weapons, or men of rival militias or clans, are both sides of the fight;
a doer's complement that the parse made the subject of a reduced relative ("armed men from two clans
fought") gives the verb back; "killing both of them" counts two dead; and a toll told after a semicolon in a
clause joined to another ("...; the fighting lasted an hour and two soldiers were killed") is the toll of
the act before the semicolon. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_riots26 import _acled

from chronica.evaluate.scores import recorded_deaths

CLASH = ("Battles", "Armed clash")


def _inters(event) -> tuple[list[int], list[int]]:  # noqa: ANN001
    """The ACLED actor types of the event's sources and targets."""
    return [a.inter for a in event.source], [a.inter for a in event.target]


@pytest.mark.parametrize("text", [
    "Gunmen from two feuding clans traded fire near Beledweyne on Sunday, killing five.",
    "On 2 May 2023, fighters of rival tribes fought with rifles over a well near Sirte (Sirte), killing "
    "three.",
])
def test_armed_men_of_rival_clans_are_clan_militias_on_both_sides(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == CLASH
    assert _inters(event) == ([4], [4])


@pytest.mark.parametrize("text", [
    "Gunmen from the town shot dead four traders at a market in Beledweyne on Sunday.",
    "Robbers from the community killed a shopkeeper in Hiraan on Monday, police said.",
])
def test_men_from_a_town_or_robbers_stay_what_they_are(primary_of, text: str) -> None:
    event = primary_of(text)
    assert 4 not in _inters(event)[0]


@pytest.mark.parametrize("text", [
    "Rival militias fought with rifles and machetes in Ituri on Tuesday, killing nine, a local official "
    "said.",
    "On 9 July 2021, clan militias fought over a grazing area near Dhusamareb (Galgaduud), killing five "
    "fighters.",
])
def test_one_plural_militia_that_fights_is_both_sides(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == CLASH
    src, tgt = _inters(event)
    assert tgt == src and tgt[0] in (3, 4)


def test_a_militia_fighting_soldiers_keeps_the_soldiers_as_its_other_side(primary_of) -> None:
    event = primary_of("Militias fought with soldiers near Bunia on Monday, killing four.")
    assert _inters(event) == ([3], [1])


def test_a_complement_made_the_subject_of_a_reduced_relative_gives_the_verb_back(primary_of) -> None:
    event = primary_of("On 3 May 2022, armed youths from two neighbouring villages fought over a borehole "
                       "near Marsabit (Marsabit), leaving four dead.")
    assert event.trigger.text == "fought"
    assert event.source and "youths" in event.source[0].text and "2022" not in event.source[0].text


def test_a_passive_reduced_relative_with_its_agent_is_left_alone(primary_of) -> None:
    event = primary_of("Residents of villages raided by bandits in Zamfara.")
    assert event is not None and [a.inter for a in event.source] == [3]


def test_killing_both_counts_two_dead(primary_of) -> None:
    event = primary_of("Gunmen stopped two traders on the road to Maiduguri, killing both of them.")
    assert recorded_deaths(event) == 2


def test_burning_both_counts_no_dead(primary_of) -> None:
    event = primary_of("Gunmen raided two villages near Maiduguri, burning both.")
    assert recorded_deaths(event) == 0


def test_a_toll_joined_to_another_clause_after_a_semicolon_is_the_attacks(primary_of) -> None:
    event = primary_of("Rebels attacked a police station in Beni on Friday; the gunfight went on for an hour "
                       "and two officers were killed.")
    assert _acled(event) == CLASH and recorded_deaths(event) == 2


def test_a_toll_joined_to_its_own_attack_after_a_semicolon_is_not_the_first_acts(primary_of) -> None:
    event = primary_of("Police dispersed protesters in Lagos; gunmen later attacked a bus and three "
                       "passengers were killed.")
    assert event.trigger.text == "dispersed" and recorded_deaths(event) != 3


@pytest.mark.parametrize("text, dead", [
    ("A roadside bomb hit a minibus near Kandahar on Sunday; four passengers died at the scene and a fifth "
     "later died in hospital.", 5),
    ("Gunmen attacked a bus near Kaduna; two passengers died and a third was wounded.", 2),
    ("Gunmen attacked a bus near Kaduna; two passengers died and a fifth died later.", 2),
])
def test_an_ordinal_after_a_count_of_the_dead_is_one_more(primary_of, text: str, dead: int) -> None:
    assert recorded_deaths(primary_of(text)) == dead


def test_a_subject_the_parse_hung_on_the_date_is_the_doer(primary_of) -> None:
    event = primary_of("On 4 June 2021, traders angered by the eviction of street vendors set fire to a "
                       "council office in Kumasi (Ashanti).")
    assert event.source and event.source[0].text == "traders"


def test_a_date_with_its_subject_parsed_right_is_left_alone(primary_of) -> None:
    event = primary_of("On 4 June 2021, soldiers shot dead two traders at a market in Kumasi (Ashanti).")
    assert event.source and event.source[0].text == "soldiers"


def test_him_is_a_person_not_the_police_station_he_was_taken_from(primary_of) -> None:
    event = primary_of("Villagers pulled a suspected thief from a police post in Kasese and stoned him, "
                       "police said.")
    assert _acled(event)[0] == "Riots" and 1 not in _inters(event)[1]


def test_him_is_still_the_officer_named_before(primary_of) -> None:
    event = primary_of("A mob surrounded a police officer in Kasese and stoned him, police said.")
    assert _inters(event)[1] == [1]
