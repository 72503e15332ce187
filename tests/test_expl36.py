"""Battles and explosions told apart in the wordings of explosions audit D (round expl36): a fight's details
told with it (mortars used "during the clash", a drone that fired "during the clashes", a bomb set off before
the ambushers opened fire) are that fight, so a toll told next is the fight's; support named by "backed by" or
"with the support of" is no means of the deed; a fight sparked as "hours of fighting"; rocket-propelled
grenades are fired and glide bombs dropped; a grenade into "a crowd" is no force against a protest. Each rule
has controls where it must not fire. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_riots26 import _acled

from chronica.evaluate.scores import recorded_deaths

CLASH = ("Battles", "Armed clash")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
GRENADE = ("Explosions/Remote violence", "Grenade")
AIR = ("Explosions/Remote violence", "Air/drone strike")
ATTACK = ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text, deaths", [
    ("On 4 June 2021, Afghan troops and Taliban fighters clashed near Kunduz (Kunduz); the Taliban used "
     "mortars during the clash. Five soldiers were killed.", 5),
    ("Government troops and rebels fought near Kidal on Monday, with the army firing artillery at rebel "
     "positions during the fighting. Six rebels were killed, the army said.", 6),
    ("Gunmen ambushed a police convoy near Zamfara's Gusau on Friday, setting off a bomb before opening fire "
     "on the officers. Seven policemen died.", 7),
])
def test_a_toll_told_after_a_fights_details_is_the_fights(primary_of, text: str, deaths: int) -> None:
    event = primary_of(text)
    assert _acled(event) == CLASH
    assert recorded_deaths(event) == deaths


def test_a_drone_that_fires_during_the_clashes_is_part_of_the_fight(primary_of) -> None:
    event = primary_of("On 5 May 2023, Israeli forces and Palestinian gunmen exchanged fire in Tubas "
                       "(Tubas), and an Israeli drone fired a missile at the gunmen during the clashes. Two "
                       "gunmen were killed.")
    assert _acled(event) == CLASH
    assert recorded_deaths(event) == 2


@pytest.mark.parametrize("text, expected, deaths", [
    # a second act of its own, with its own toll, stays an event: the toll is the shelling's
    ("On 4 June 2021, troops and rebels clashed near Kidal (Kidal). Later, rebels shelled a market in the "
     "town, killing three civilians.", SHELLING, 3),
    # a strike after a clash with no "during" is its own event, with the toll told next
    ("On 4 June 2021, troops and militants clashed near Gao (Gao). A French drone struck a militant vehicle "
     "near Ansongo. Two militants were killed.", AIR, 2),
])
def test_acts_apart_from_a_fight_keep_their_tolls(events_of, text: str, expected: tuple, deaths: int) -> None:
    events = events_of(text, None)
    assert any(e.acled and _acled(e) == expected and recorded_deaths(e) == deaths for e in events)


@pytest.mark.parametrize("text", [
    "On 13 January 2022, Malian soldiers engaged JNIM militants near Boni (Mopti); the soldiers were "
    "backed by helicopter gunships.",
    "On 13 May 2024, Ukrainian forces engaged Russian infantry at close range in Vovchansk (Kharkiv), "
    "supported by artillery fire.",
    "Russian troops stormed Ukrainian trenches near Avdiivka with the support of glide bombs and artillery, "
    "and Ukrainian units beat back the attack, the general staff said.",
])
def test_support_by_heavy_weapons_is_no_means(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == CLASH


@pytest.mark.parametrize("text, expected", [
    ("Warplanes bombed the town of Ariha with the support of drones, killing four civilians.", AIR),
    ("Rebels shelled the town of Kadugli under cover of darkness, killing two civilians.", SHELLING),
    ("The village was hit by artillery fire on Monday, killing a farmer, residents said.", SHELLING),
])
def test_a_strike_keeps_its_means(primary_of, text: str, expected: tuple) -> None:
    assert _acled(primary_of(text)) == expected


def test_an_attack_sparking_hours_of_fighting_is_a_clash(primary_of) -> None:
    event = primary_of("Jihadists attacked an army camp in Mopti on Tuesday with heavy weapons and car "
                       "bombs, sparking hours of fighting in which 12 soldiers were killed, the army said.")
    assert _acled(event) == CLASH


def test_a_bomb_sparking_hours_of_panic_stays_a_blast(primary_of) -> None:
    event = primary_of("A roadside bomb hit an army truck near Gao, sparking hours of panic in the town.")
    assert _acled(event) == IED


@pytest.mark.parametrize("text, expected", [
    ("Fano militiamen clashed with soldiers in Gondar on Tuesday, with both sides firing rocket-propelled "
     "grenades, witnesses said.", CLASH),
    ("Militants fired rocket-propelled grenades at a police station in Kirkuk on Monday, damaging the "
     "building.", SHELLING),
    ("A Russian glide bomb struck a residential area of Zaporizhzhia on Saturday, killing two people.", AIR),
    # a plain bomb stays a remote explosive
    ("A bomb struck a bus in Zaporizhzhia on Saturday, killing two people.", IED),
])
def test_rpgs_are_fired_and_glide_bombs_dropped(primary_of, text: str, expected: tuple) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize("text", [
    "Suspected militants lobbed a grenade into a crowd at a town fiesta in Jolo, wounding 11 people, police "
    "said.",
    "Unknown men threw a grenade into a crowd at a market in Cotabato, wounding five people.",
])
def test_a_grenade_into_a_crowd_is_no_protest(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == GRENADE


def test_tear_gas_fired_into_a_crowd_of_protesters_is_still_an_intervention(primary_of) -> None:
    event = primary_of("Police fired tear gas into a crowd of protesters in Jolo on Friday.")
    assert event.acled["event_type"] == "Protests"


def test_grenades_thrown_at_a_post_with_no_fight_stay_grenades(primary_of) -> None:
    event = primary_of("On 18 February 2022, militants attacked a police post in Kech (Balochistan), "
                       "throwing hand grenades at the building. Two policemen were wounded.")
    assert _acled(event) == GRENADE


def test_stun_grenades_thrown_by_police_at_a_crowd_stay_an_intervention(primary_of) -> None:
    event = primary_of("Police threw stun grenades at a crowd gathered outside the court in Dhaka.")
    assert event.acled["event_type"] == "Protests"
