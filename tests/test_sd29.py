"""Strategic developments that are neither violence nor protest (round sd29): threats, alliances and
roadblocks of armed groups, checkpoints and fortifications set up, factions that break away, agreements
agreed, a ban on protests, buildings burnt down, and raids by armed groups that carry people off; each with
sentences of our own and controls where the rule must not fire."""

from __future__ import annotations

import pytest
from test_sd27 import _acled

SD = "Strategic developments"
CHANGE = (SD, "Change to group/activity")


# 1. a threat by a non-state armed group that harmed no one is a strategic development (other)
@pytest.mark.parametrize("text", [
    "Al Shabaab militants warned traders in Beledweyne against paying taxes to the government.",
    "Boko Haram fighters threatened to attack schools in Yobe state that reopen next month.",
    "Separatist fighters have threatened to burn any shop that opens on Mondays, residents of Bamenda said.",
])
def test_an_armed_groups_threat_is_a_strategic_development(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == (SD, "Other")


@pytest.mark.parametrize("text", [
    "Iran threatened to retaliate against any attack on its territory, its foreign minister said.",
    "Three men with knives threatened a shopkeeper in Kano and fled with his money.",
    "The opposition leader warned of mass protests if the election results were not published.",
    "On 14 June 2021, an armed man threatened two nurses at a clinic in Lae (Morobe) with a knife.",
])
def test_a_states_or_a_few_peoples_threat_is_not(primary_of, text: str) -> None:
    assert _acled(primary_of(text))[0] != SD


# a road blocked by an armed group is no protest; by a crowd it is
def test_a_road_blocked_by_an_armed_group_is_a_strategic_development(primary_of) -> None:
    text = "Jihadist militants blocked the road between Djibo and Ouagadougou on Tuesday, residents said."
    assert _acled(primary_of(text)) == (SD, "Other")


def test_a_road_blocked_by_drivers_stays_a_protest(primary_of) -> None:
    text = "Truck drivers blocked the main highway in Nairobi on Monday to protest against fuel prices."
    assert _acled(primary_of(text)) == ("Protests", "Peaceful protest")


# 2. checkpoints, roadblocks and fortifications are a change to the forces' activity; a base is a base
@pytest.mark.parametrize("text", [
    "On 3 March 2021, the militia set up two checkpoints on the road between Kaya and Dori (Centre-Nord).",
    "On 12 June 2020, government forces established fortifications on the hills east of Marib (Marib).",
])
def test_a_checkpoint_or_fortification_is_a_change_of_activity(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == CHANGE


def test_a_base_stays_a_base(primary_of) -> None:
    text = "On 3 March 2021, the army established a new military base near Kidal (Kidal)."
    assert _acled(primary_of(text)) == (SD, "Headquarters or base established")


# 3. a faction that breaks away from its group, and armed groups that join forces
def test_a_faction_breaking_away_is_a_change_to_the_group(primary_of) -> None:
    text = "A faction of the rebel movement broke away from the alliance on Tuesday."
    assert _acled(primary_of(text)) == CHANGE


def test_something_breaking_away_is_no_event(events_of) -> None:
    assert not any(e.acled for e in events_of("A large piece of ice broke away from the glacier on Tuesday."))


def test_armed_groups_joining_forces_is_a_change_to_the_groups(primary_of) -> None:
    text = "Al Shabaab and Hizbul Islam militants joined forces in Lower Shabelle, a local elder said."
    assert _acled(primary_of(text)) == CHANGE


def test_states_joining_forces_is_no_acled_event(primary_of) -> None:
    text = "France and Germany joined forces to build a new fighter jet, officials said."
    assert primary_of(text).acled is None


# 4. "agreed a peace accord", "agreed to extend the ceasefire": an agreement
@pytest.mark.parametrize("text", [
    "Elders of the two clans agreed a peace accord in Galkayo on Sunday.",
    "The government and the rebels agreed on Friday to extend the ceasefire by a month.",
])
def test_an_accord_agreed_is_an_agreement(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == (SD, "Agreement")


# 5. a ban on all forms of protest is the ban, not a protest
@pytest.mark.parametrize("text", [
    "The governor extended the ban on all forms of protest in the province for another 15 days.",
    "Authorities extended the duration of the ban on rallies and marches in the capital.",
])
def test_a_ban_on_protests_is_no_protest(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == CHANGE


def test_a_protest_against_a_ban_stays_a_protest(primary_of) -> None:
    text = "Hundreds of traders protested in Kano on Monday against the ban on motorcycle taxis."
    assert _acled(primary_of(text))[0] == "Protests"


# 6. "burned down the police station": the parse may hang the object on "down"
def test_a_building_burnt_down_by_a_mob_is_a_riot(primary_of) -> None:
    text = "A mob burned down the police station in Ikeja on Sunday."
    assert _acled(primary_of(text)) == ("Riots", "Mob violence")


# 7. people held in a raid by a non-state armed group are abducted; by the police, arrested
def test_a_raid_by_an_armed_group_that_held_people_is_an_abduction(primary_of) -> None:
    text = "On 8 May 2020, QSD fighters raided a house in Shaddadi (Al-Hasakeh) and detained three men."
    assert _acled(primary_of(text)) == ("Violence against civilians", "Abduction/forced disappearance")


def test_a_police_raid_that_held_people_is_an_arrest(primary_of) -> None:
    assert _acled(primary_of("Police raided a house in Kano and arrested three suspects.")) == (SD, "Arrests")
