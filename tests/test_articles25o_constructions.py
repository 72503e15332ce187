"""Constructions found by the article audit of strategic developments (tests/data/articles_o/), each
proved with sentences written for this test: a merger told through the pronoun of a reported clause,
the Red Sea as a sea, a sea named only in what a tension is about, and "Sunday Mass" as a service."""

from __future__ import annotations

import pytest

MERGERS = [
    "Four armed groups active in the north announced on Thursday that they had merged into one movement.",
    "Two rebel factions in Syria said on Monday they had merged to form a new alliance.",
    "Three militias in the east of the country said in a statement on Tuesday that they had merged under "
    "one command.",
]


@pytest.mark.parametrize("text", MERGERS)
def test_groups_reporting_their_own_merger_change_the_group(primary_of, text):
    ev = primary_of(text, "2020-06-10")
    assert ev.trigger.text == "merged"
    assert ev.acled["event_type"] == "Strategic developments"
    assert ev.acled["sub_event_type"] == "Change to group/activity"


def test_companies_reporting_their_merger_are_no_conflict_event(events_of):
    events = events_of("Two of the largest banks said on Monday that they had merged.", "2020-06-10")
    assert not any((e.acled or {}).get("event_type") == "Strategic developments" for e in events)


SEA_ATTACKS = [
    "Houthi forces fired two missiles at a cargo ship in the Red Sea on Tuesday, the US military said.",
    "Gunmen on speedboats fired on a tanker in the Red Sea on Monday, a maritime security firm said.",
]


@pytest.mark.parametrize("text", SEA_ATTACKS)
def test_the_red_sea_is_a_sea_not_a_sudanese_state(primary_of, text):
    ev = primary_of(text, "2020-06-10")
    assert ev.location is not None and ev.location.name == "Red Sea"
    assert ev.location.country != "SDN"
    assert all(a.country != "SDN" for a in ev.target)


@pytest.mark.parametrize("text, town, country", [
    ("Police arrested five men in the Red Sea resort of Hurghada on Sunday.", "Hurghada", "EGY"),
    ("Protesters blocked the port in Sudan's Red Sea State on Friday.", "Red Sea", "SDN"),
])
def test_red_sea_towns_and_states_keep_their_country(primary_of, text, town, country):
    ev = primary_of(text, "2020-06-10")
    assert (ev.location.name, ev.location.country) == (town, country)


TENSION_STORIES = [
    ("SANAA, Jan 11 - Yemen's Houthi movement has recruited thousands of new fighters, its officials said "
     "on Thursday, as tensions rise with the United States over attacks on ships in the Red Sea.",
     "Sanaa", "YEM"),
    ("DJIBOUTI, Feb 2 - The government declared a curfew in the capital on Friday, officials said, as "
     "tension rose over attacks on ships in the Red Sea.", "Djibouti", "DJI"),
]


@pytest.mark.parametrize("text, town, country", TENSION_STORIES)
def test_a_sea_named_only_as_what_a_tension_is_about_is_not_the_place(primary_of, text, town, country):
    ev = primary_of(text, "2020-06-10")
    assert (ev.location.name, ev.location.country) == (town, country)


@pytest.mark.parametrize("text", [
    "Gunmen attacked worshippers during Sunday Mass, killing three.",
    "Two bombs exploded at a church during Easter Mass, killing 12 people, police said.",
])
def test_a_mass_is_a_church_service_not_massachusetts(primary_of, text):
    ev = primary_of(text, "2020-06-10")
    assert ev.location is None or ev.location.country != "USA"


def test_the_abbreviation_mass_after_a_town_is_still_massachusetts(primary_of):
    ev = primary_of("Police arrested a man in Springfield, Mass., on Monday after a shooting.", "2020-06-10")
    assert ev.location.name == "Springfield" and ev.location.admin1 == "Massachusetts"


@pytest.mark.parametrize("text", [
    "Troops found a cache of weapons on Monday, including several rifle grenades and mortar rounds.",
    "Soldiers recovered a bag of explosives, including detonators and hand grenades, in the village.",
    "Troops found the cache during a patrol, including two sacks of fertiliser, wired phones and several "
    "rifle grenades.",
    "Soldiers seized a haul of arms on Monday, among them 40 grenades.",
])
def test_weapons_listed_in_a_seized_haul_are_no_attack(events_of, text):
    events = events_of(text, "2020-06-10")
    primary = next(e for e in events if e.primary)
    assert primary.acled["sub_event_type"] == "Disrupted weapons use"
    assert not any(e.plover["type"] == "ASSAULT" for e in events)


def test_grenades_used_in_an_attack_are_still_an_attack(primary_of):
    ev = primary_of("Attackers threw grenades at a police post, including one that failed to explode.",
                    "2020-06-10")
    assert ev.plover["type"] == "ASSAULT"
    assert ev.acled["sub_event_type"] == "Grenade"


@pytest.mark.parametrize("text", [
    "The army carried out a controlled detonation of an unexploded rocket found near a school on Monday.",
    "Police carried out a controlled detonation of a suspicious package near the station on Friday.",
    "Engineers destroyed the old shells in a controlled blast outside the city on Tuesday.",
    "Army engineers destroyed tonnes of old munitions near the base on Monday.",
    "The army destroyed unexploded ordnance found in the fields on Thursday.",
])
def test_munitions_destroyed_on_purpose_are_disrupted_weapons_use(primary_of, text):
    ev = primary_of(text, "2020-06-10")
    assert ev.plover["type"] == "COERCE"
    assert ev.acled["sub_event_type"] == "Disrupted weapons use"


def test_shells_that_destroy_houses_are_still_shelling(primary_of):
    ev = primary_of("Artillery shells destroyed three houses in the village on Monday.", "2020-06-10")
    assert ev.acled["event_type"] == "Explosions/Remote violence"


@pytest.mark.parametrize("text", [
    "The rebels announced on Monday that they had split from the main movement and formed a new group.",
    "A faction of the rebel movement split from its leadership on Sunday, its commander said.",
])
def test_a_faction_splitting_from_its_movement_changes_the_group(primary_of, text):
    ev = primary_of(text, "2020-06-10")
    assert ev.trigger.text == "split"
    assert ev.acled["sub_event_type"] == "Change to group/activity"


def test_a_vote_splitting_a_party_is_no_event(events_of):
    assert not events_of("The vote split the party on Monday.", "2020-06-10")
