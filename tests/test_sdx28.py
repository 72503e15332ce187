"""Where an explosion ends and a strategic development begins (issue #4, round sdx28): left-over munitions
that go off, launched weapons brought down before they hit, bombs and shells found or taken away, drones seen
over a town, the inquiry into a blast's cause, and air raid sirens; each with sentences of our own and
variants that must keep coding as before."""

from __future__ import annotations

import pytest
from test_sd27 import _acled

SD = "Strategic developments"
ER = "Explosions/Remote violence"
DISRUPTED = (SD, "Disrupted weapons use")
REMOTE = (ER, "Remote explosive/landmine/IED")
SHELLING = (ER, "Shelling/artillery/missile attack")


# 1. a shell, rocket or mortar round that had not gone off and later did is a remote explosive, no shelling
@pytest.mark.parametrize("text", [
    "Two shepherds were wounded near Sirte on Friday when an unexploded shell went off in their pasture.",
    "An unexploded rocket blew up in a courtyard in Idlib on Sunday, killing a boy.",
    "A farmer was killed in Kherson when an unexploded mortar round exploded as he ploughed his field.",
    "An unexploded rocket exploded in a schoolyard in Tal Afar, injuring three pupils, police said.",
])
def test_a_left_over_munition_that_goes_off_is_a_remote_explosive(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == REMOTE


def test_a_rocket_that_explodes_on_landing_stays_shelling(primary_of) -> None:
    ev = primary_of("A rocket exploded in a courtyard in Idlib on Sunday, killing a boy.")
    assert _acled(ev) == SHELLING


# 2. a launched missile, rocket or drone brought down before it hit is a weapon's use disrupted
@pytest.mark.parametrize("text", [
    "Russia fired a cruise missile at Odesa overnight, but it was shot down by air defences, the army said.",
    "Two rockets fired from Gaza towards Ashdod were intercepted on Monday, the military said.",
    "Rebels launched a drone at the airport in Goma on Sunday; soldiers brought it down before it reached "
    "the runway.",
    "On 9 June 2022, Houthi forces launched an armed drone towards Abha (Asir); it was intercepted by the "
    "coalition.",
    "The army said it had repulsed a missile attack on the air base near Deir ez-Zor, downing two missiles.",
])
def test_a_weapon_brought_down_is_disrupted(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == DISRUPTED


@pytest.mark.parametrize("text", [
    "Russia fired ten missiles at Kyiv overnight; eight were shot down and two struck an apartment block.",
    "Militants fired two rockets at the base on Monday, killing a soldier, although one was intercepted.",
    "Rebels launched a drone at the airport in Goma on Sunday; soldiers failed to shoot it down.",
])
def test_a_weapon_that_hit_or_was_not_stopped_stays_a_strike(primary_of, text: str) -> None:
    assert _acled(primary_of(text))[0] == ER


# 3. bombs, shells and belts found, recovered, removed or destroyed are disposed of, not set off
@pytest.mark.parametrize("text", [
    "Soldiers found and destroyed an explosive device hidden under a culvert near Gao on Thursday.",
    "The police recovered twelve improvised explosive devices from a farmhouse outside Maiduguri.",
    "An unexploded artillery shell lying in a vineyard near Mykolaiv was removed by sappers on Friday.",
    "Counter-terrorism police found a suicide vest in a flat in Peshawar on Wednesday.",
    "Soldiers found a sack holding an unexploded grenade near a church in Marawi, and a bomb squad blew "
    "it up safely.",
])
def test_a_weapon_found_or_taken_away_is_disrupted(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == DISRUPTED


def test_a_grenade_thrown_is_still_an_attack(primary_of) -> None:
    ev = primary_of("A man threw a grenade into a bar in Bujumbura on Saturday, wounding six customers.")
    assert _acled(ev) == (ER, "Grenade")


# 4. a drone seen, spotted or hovering over a place attacks no one
@pytest.mark.parametrize("text", [
    "A drone of unknown origin was seen over the airport of Goma on Saturday night, residents said.",
    "Residents of Gao spotted a drone hovering above the army camp on Tuesday.",
    "On 3 July 2022, several unidentified drones were sighted above Menaka (Menaka).",
    "A surveillance drone hovered over the border town of Kupwara for an hour, officials said.",
])
def test_a_drone_seen_is_another_development(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == (SD, "Other")


def test_a_drone_that_struck_stays_a_strike(primary_of) -> None:
    ev = primary_of("A drone struck a fuel depot near Goma airport on Saturday night, residents said.")
    assert _acled(ev) == (ER, "Air/drone strike")


# 5. the inquiry into a blast's cause is not the news: the blast is
@pytest.mark.parametrize("text", [
    "A loud blast shook the centre of Kabul on Sunday; police were investigating its cause.",
    "An explosion damaged a shop in Quetta overnight and the authorities are investigating the cause.",
])
def test_the_blast_is_the_news_not_the_inquiry_into_its_cause(primary_of, text: str) -> None:
    assert _acled(primary_of(text))[0] in (ER, SD)


def test_an_inquiry_into_a_killing_still_names_the_killing(events_of) -> None:
    events = events_of("Police are investigating the killing of a trader in Kano.")
    assert any(e.trigger.text == "investigating" for e in events)


# 6. air raid sirens, alerts and shelters are warnings: the strike is what hit
@pytest.mark.parametrize(("text", "expected"), [
    ("Air raid sirens wailed across Lviv on Tuesday after a missile struck a warehouse near the city.",
     SHELLING),
    ("Residents of Kharkiv spent the night in air raid shelters as shells hit the city centre, killing two.",
     SHELLING),
    ("An air raid on a market in the town killed 20 people on Sunday.", (ER, "Air/drone strike")),
])
def test_an_air_raid_siren_is_no_air_strike(primary_of, text: str, expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


# 7. a killing verb made specific by its weapon still counts the one person it names
@pytest.mark.parametrize("text", [
    "A woman was killed by a mortar shell in Donetsk on Monday.",
    "Militants killed a policeman with a grenade in Srinagar on Friday.",
    "A shepherd was killed when an unexploded mortar round blew up in a pasture near Kherson.",
])
def test_one_person_killed_by_a_weapon_is_one_death(primary_of, text: str) -> None:
    from chronica.evaluate.scores import recorded_deaths

    assert recorded_deaths(primary_of(text)) == 1


def test_people_wounded_by_a_shell_are_no_deaths(primary_of) -> None:
    from chronica.evaluate.scores import recorded_deaths

    ev = primary_of("Two soldiers were wounded by a mortar shell in Donetsk on Monday.")
    assert recorded_deaths(ev) == 0


# 8. a strike told only by what it damaged, a missile test and live-fire exercises
@pytest.mark.parametrize(("text", "expected"), [
    ("On 8 August 2022, several houses in Kafr Kila (Nabatieh) were damaged by artillery shells. No "
     "casualties were reported.", SHELLING),
    ("A drone damaged a power line near Belgorod overnight, the governor said.", (ER, "Air/drone strike")),
    ("On 12 March 2021, the army conducted a missile test near Semnan (Semnan).", (SD, "Other")),
    ("On 5 September 2020, the army carried out live-fire exercises near Ganja (Ganja-Gazakh).",
     (SD, "Change to group/activity")),
    ("On 9 May 2021, unidentified people threw an explosive device at a bank in Thessaloniki (Central "
     "Macedonia), causing material damage.", REMOTE),
])
def test_a_deed_told_by_damage_or_a_test_is_typed(primary_of, text: str, expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


def test_protesters_who_damage_shops_still_riot(primary_of) -> None:
    ev = primary_of("Protesters damaged shops in the centre of Nairobi on Tuesday.")
    assert _acled(ev)[0] == "Riots"


@pytest.mark.parametrize("text", [
    "On 3 June 2021, unknown people activated an explosive device under a railway bridge near Temuco "
    "(Araucania), damaging the tracks.",
    "Saboteurs activated explosive charges on a gas pipeline near Arauca on Sunday, police said.",
])
def test_a_device_activated_is_a_remote_explosive(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == REMOTE


# 9. an attack told first, with the bomb its doers set off told in the next sentence, is that bomb's attack
@pytest.mark.parametrize("text", [
    "On 4 June 2021, unknown assailants attacked a police station in Temuco (Araucania). They detonated an "
    "explosive device at its entrance, damaging the building.",
    "Gunmen attacked a bank in Athens overnight. They planted an explosive device at its door, which went "
    "off, damaging the front.",
])
def test_an_attack_told_by_its_bomb_after_it_is_a_remote_explosive(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == REMOTE


def test_an_attack_followed_by_others_setting_off_a_bomb_stays_an_attack(primary_of) -> None:
    ev = primary_of("On 4 June 2021, gunmen attacked a village near Zurmi (Zamfara), killing three "
                    "residents. Soldiers later detonated a bomb found nearby.")
    assert _acled(ev) == ("Violence against civilians", "Attack")
