"""Strategic developments told like violence (round sd30): bombs that went off in their makers' hands,
explosives and property blown up by state forces, pledges of loyalty and recruitment drives of armed groups,
armed convoys on the move, towns handed over; each with sentences of our own and controls where the rule
must not fire."""

from __future__ import annotations

import pytest
from test_sd27 import _acled

SD = "Strategic developments"
DISRUPTED = (SD, "Disrupted weapons use")
CHANGE = (SD, "Change to group/activity")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


# 1. a bomb that went off early or as its own people handled it hurt only its side: disrupted weapons use
@pytest.mark.parametrize("text", [
    "Two Taliban fighters were killed when the explosives they were handling went off in a house in Ghazni.",
    "On 19 July 2021, two ADF members were killed when the bomb they were making exploded in Beni.",
    "A roadside bomb went off prematurely outside Kandahar, killing the militant who was laying it.",
    "On 13 April 2021, a bomb went off while a militant was trying to plant it near Quetta (Balochistan).",
])
def test_a_bomb_gone_off_in_its_makers_hands_is_disrupted_weapons_use(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == DISRUPTED


@pytest.mark.parametrize("text", [
    "A landmine exploded while a farmer was planting maize near Kandahar, killing him.",
    "A bomb went off prematurely near a bus station in Quetta, killing four passers-by.",
    "A roadside bomb exploded as a police patrol was passing near Peshawar, killing two officers.",
    "A bomb hidden in a cart that a vendor was pushing exploded in Mogadishu, killing six people.",
])
def test_a_bomb_that_hurt_others_stays_a_bombing(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == IED


# 2. state forces blowing up an explosive dispose of it; blowing up property that hurt no one destroys it
def test_state_forces_blowing_up_a_bomb_dispose_of_it(primary_of) -> None:
    text = "On 12 May 2021, the army blew up an explosive device found on the road to Kidal (Kidal)."
    assert _acled(primary_of(text)) == DISRUPTED


def test_state_forces_blowing_up_a_bridge_destroy_property(primary_of) -> None:
    text = "Soldiers blew up a bridge near Kidal to slow the rebel advance."
    assert _acled(primary_of(text)) == (SD, "Looting/property destruction")


@pytest.mark.parametrize("text", [
    "Militants blew up a bridge near Kidal.",
    "Soldiers blew up a house in Jenin, killing two men inside.",
])
def test_a_blast_by_militants_or_one_that_killed_stays_an_explosion(primary_of, text: str) -> None:
    assert _acled(primary_of(text))[0] == "Explosions/Remote violence"


# 3. an armed group pledging loyalty or holding a recruitment drive changes the group; others do not
@pytest.mark.parametrize("text", [
    "A breakaway faction of Ansaru pledged loyalty to Islamic State in a video released on Wednesday.",
    "Al Shabaab has launched a recruitment campaign in villages of Somalia's Bay region, elders said.",
    "On 6 May 2021, JNIM held a recruitment drive in villages around Djibo (Sahel).",
])
def test_an_armed_groups_pledge_or_recruitment_drive_is_a_change(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == CHANGE


@pytest.mark.parametrize("text", [
    "Hundreds of supporters pledged loyalty to the new party leader at a meeting in Nairobi.",
    "The hospital launched a recruitment drive for nurses in Manila.",
])
def test_a_pledge_or_recruitment_drive_of_others_is_no_acled_event(primary_of, text: str) -> None:
    assert _acled(primary_of(text))[0] != SD


# 4. armed men on the move recorded in a note; the movement of goods is no event
def test_the_movement_of_an_armed_convoy_is_a_change(primary_of) -> None:
    text = "On 22 October 2021, the movement of a column of Wagner fighters was recorded near Menaka."
    assert _acled(primary_of(text)) == CHANGE


def test_the_movement_of_goods_is_no_event(primary_of) -> None:
    text = "On 3 June 2022, the movement of goods across the border was recorded near Kousseri."
    assert _acled(primary_of(text))[0] != SD


# 5. a town taken over after the other side handed it over changed hands without fighting
def test_a_town_taken_after_it_was_handed_over_is_a_transfer(primary_of) -> None:
    text = "Government troops took over Bentiu on Sunday after the rebels handed it over under a local deal."
    assert _acled(primary_of(text)) == (SD, "Non-violent transfer of territory")


def test_a_town_retaken_in_fighting_stays_a_battle(primary_of) -> None:
    text = "Government troops retook the town of Kadugli after heavy fighting with SPLM-N rebels."
    assert _acled(primary_of(text)) == ("Battles", "Government regains territory")


# 6. a note's topic label names its sub-event type, whatever violent words follow; other labels say nothing
@pytest.mark.parametrize(("text", "sub"), [
    ("Explosive remnants of war: On 12 March 2021, a shepherd was wounded by an old mine left from the war "
     "near Halabja (Sulaymaniyah).", "Other"),
    ("Security measures: On 3 June 2021, the governor of Van (Van) banned all gatherings in the city for 15 "
     "days.", "Change to group/activity"),
    ("Looting: On 14 April 2021, members of a local militia looted a pharmacy in Deir-ez-Zor city "
     "(Deir-ez-Zor) and beat the owner.", "Looting/property destruction"),
    ("Other: On 2 February 2022, the parliament of Iraq elected a new speaker in Baghdad (Baghdad).",
     "Other"),
])
def test_a_notes_topic_label_gives_its_type(primary_of, text: str, sub: str) -> None:
    assert _acled(primary_of(text)) == (SD, sub)


@pytest.mark.parametrize(("label", "text"), [
    ("Kenya: ", "On 3 June 2021, gunmen killed two herders near Isiolo (Isiolo)."),
    ("Looting: ", "gunmen shot dead two traders in Goma on Monday and fled with their money, police said."),
])
def test_an_unknown_label_or_a_label_outside_a_note_says_nothing(primary_of, label: str, text: str) -> None:
    assert _acled(primary_of(label + text)) == _acled(primary_of(text[0].upper() + text[1:]))
    assert _acled(primary_of(label + text))[0] != SD


# 7. shots at no one beside looting or burning, in a report that says no one was hurt, are the damage's
@pytest.mark.parametrize("text", [
    "On 11 June 2021, armed men fired shots into the air to scare off villagers and then looted food stores "
    "in Macomia (Cabo Delgado). No one was hurt.",
    "On 20 March 2022, gang members shot at and set fire to three parked cars in Celaya (Guanajuato) while "
    "searching for a rival. No one was injured.",
])
def test_harmless_shots_beside_damage_are_property_destruction(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == (SD, "Looting/property destruction")


@pytest.mark.parametrize("text", [
    "Gunmen fired at a bus and set it on fire near Kaduna, killing two passengers.",
    "On 5 May 2021, armed men fired shots into the air and looted shops in Beni (Nord-Kivu); a trader was "
    "wounded.",
    "On 5 May 2021, soldiers exchanged fire with rebels and burned their camp near Beni (Nord-Kivu). No one "
    "was hurt.",
])
def test_shots_that_hurt_or_were_fought_stay_violence(primary_of, text: str) -> None:
    assert _acled(primary_of(text))[0] != SD


# 8. forces that arrive and set up a base established it; a base others set up leaves the move a move
def test_forces_that_arrive_and_set_up_a_base_established_it(primary_of) -> None:
    text = "Malian troops arrived in Kidal and set up a base at the former UN camp, the army said."
    assert _acled(primary_of(text)) == (SD, "Headquarters or base established")


def test_a_base_set_up_by_others_leaves_the_move_a_move(primary_of) -> None:
    text = "Troops arrived in Kidal on Monday and militants set up a base in the hills nearby."
    assert _acled(primary_of(text)) == CHANGE
