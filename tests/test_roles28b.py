"""Targets and sides lost in four constructions (roles28b): an attacked post whose force is not named, a
strike "on" a building, a fight among crowds over a game, and villages or clans that clash among themselves;
each in several wordings of our own, with controls that must not move."""

from __future__ import annotations

import pytest
from test_acled_targets_audit import _inters
from test_riots26 import _acled


def _sectors(actors) -> set[str | None]:  # noqa: ANN001
    """The sectors of an event's actors."""
    return {a.sector for a in actors}


@pytest.mark.parametrize("text", [
    "Militants attacked a checkpoint in Ghazni, killing four.",
    "Insurgents attacked an outpost in Tillaberi on Thursday, killing nine.",
    "Jihadists raided a base near Menaka overnight, killing six.",
    "Gunmen attacked a checkpoint manned by soldiers near Diffa, killing three of them.",
])
def test_an_attacked_post_is_a_battle_with_the_force_that_holds_it(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Battles", "Armed clash")
    assert _inters(event)[1] == 1
    assert event.target and event.target[0].sector == "MIL"


@pytest.mark.parametrize("text", [
    "Militants attacked a police checkpoint in Balochistan on Monday, killing four officers.",
    "Militants stormed a police station in Peshawar, killing two constables.",
])
def test_a_police_post_attacked_stays_the_police(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Battles", "Armed clash")
    assert _inters(event) == (2, 1)
    assert _sectors(event.target) == {"COP"}


@pytest.mark.parametrize("text, doer", [
    # bare troops in the West Bank are Israel's, external there (sides59, re-landed in redo60)
    ("Troops shot at a bus at a checkpoint near Jenin, wounding two passengers.", 8),
    ("Soldiers shot dead a motorist at a checkpoint in Maiduguri on Monday.", 1),
])
def test_a_post_where_forces_hit_people_is_no_target(primary_of, text: str, doer: int) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Violence against civilians", "Attack")
    assert _inters(event) == (doer, 7)


@pytest.mark.parametrize("text", [
    "Iran condemned the strike on its consulate in Damascus.",
    "Israel carried out a strike on the consulate on Monday, killing seven people.",
    "The strike on the embassy killed three guards, officials said.",
    "A strike on the airport in Sanaa destroyed two planes on Friday.",
    "A drone strike on the embassy in Kabul killed two guards.",
])
def test_a_strike_on_a_building_is_an_attack(events_of, text: str) -> None:
    strikes = [e for e in events_of(text) if "strike" in e.trigger.text]
    assert strikes and all(e.plover["type"] == "ASSAULT" for e in strikes)
    assert all(e.acled["event_type"] == "Explosions/Remote violence" for e in strikes)


@pytest.mark.parametrize("text", [
    "Workers at the port began a strike on Monday over pay.",
    "Airport staff held a strike on Friday, grounding flights in Lisbon.",
    "Teachers began a strike on Monday over unpaid wages.",
])
def test_a_walkout_on_a_day_stays_a_strike(primary_of, text: str) -> None:
    assert primary_of(text).plover["type"] == "PROTEST"


@pytest.mark.parametrize("text", [
    "Two groups of youths clashed over a football match.",
    "Rival fans clashed after the match in Cairo on Sunday.",
    "Two groups of youths clashed over a football match in Kumasi on Saturday, killing one person.",
])
def test_crowds_that_fight_over_a_game_are_mob_violence(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Riots", "Mob violence")
    assert _inters(event) == (5, 5)


@pytest.mark.parametrize("text", [
    "The two teams clashed in the final in Lagos on Sunday.",
    "Arsenal beat Chelsea 2-1 on Saturday.",
])
def test_a_match_itself_stays_sport(events_of, text: str) -> None:
    assert not [e for e in events_of(text) if e.plover["type"] == "ASSAULT"]


@pytest.mark.parametrize(("text", "dead"), [
    ("Two villages clashed over grazing land on Sunday, leaving three people dead.", 3),
    ("Two neighbouring villages clashed over a water point in Darfur on Tuesday, killing nine people.", 9),
    ("Two communities clashed over a boundary dispute in Ebonyi state on Friday, leaving seven dead.", 7),
])
def test_villages_that_clash_are_their_people_on_both_sides(primary_of, text: str, dead: int) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Riots", "Mob violence")
    assert _inters(event) == (5, 5)
    assert event.source and event.target and event.source[0].sector == "CVL"
    assert event.fatalities == dead


@pytest.mark.parametrize("text", [
    "Two tribes clashed over cattle in Jonglei state on Monday, killing eleven people.",
    "Rival clans clashed over water in Galmudug on Monday, killing four people.",
])
def test_clans_that_clash_are_identity_militias_on_both_sides(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Battles", "Armed clash")
    assert _inters(event) == (4, 4)


def test_villages_attacked_stay_civilians(primary_of) -> None:
    event = primary_of("Gunmen attacked three villages in Zamfara state on Sunday, killing 30 people.")
    assert _acled(event) == ("Violence against civilians", "Attack")
    assert _inters(event) == (3, 7)
