"""The state's and militias' violence told apart (round vac28): state forces who kill in a gunfight fight a
battle, a killing or beating whose victim the dictionaries do not know hits a civilian, an armed group's
informants or collaborators killed are civilians, "fighting between X and Y killed 20" is the fight's toll,
one armed group told as two is both sides of a battle, crowds, families and communities that clash riot, a
riot called communal makes no protest, caning is a beating, people killed after their arrest were held,
and party members or suspected thieves attacked are civilian victims. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_acled_targets_audit import _inters
from test_riots26 import _acled

from chronica.evaluate.scores import recorded_deaths


@pytest.mark.parametrize("text", [
    "Police shot dead a man during a gunfight in Ciudad Juarez on Tuesday, officials said.",
    "On 12 March 2021, police killed a young man in an exchange of fire in Cali (Valle del Cauca).",
    "Soldiers killed a suspected smuggler during a shootout near the border town of Kassala on Friday.",
    "On 5 May 2021, police killed two young men during a shootout in the Complexo da Mare (Rio de Janeiro).",
])
def test_state_forces_who_kill_in_a_gunfight_fight_a_battle(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "Police shot dead a man who was walking home from a bar in Kisumu on Tuesday, his family said.",
    "Soldiers killed a herder who refused to hand over his cattle near Gao on Friday, residents said.",
])
def test_state_killings_with_no_gunfight_stay_attacks(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "On 3 March 2021, soldiers shot dead an unarmed motorcyclist at a checkpoint in Maiduguri (Borno).",
    "Police officers beat a cyclist to death at a police post in Mbale on Sunday, witnesses said.",
    "Troops shot dead a fisherman at a naval checkpoint near Cox's Bazar on Monday, his family said.",
])
def test_a_person_killed_at_a_checkpoint_is_a_civilian_victim(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Violence against civilians", "Attack")
    assert _inters(event) == (1, 7)


@pytest.mark.parametrize("text", [
    "On 26 October 2022, vigilantes killed two suspected Boko Haram informants in Dikwa (Borno).",
    "Members of a self-defence militia killed three suspected jihadist collaborators in northern Burkina "
    "Faso, residents said.",
    "Al Shabaab fighters shot dead two men they accused of being government informers in Lower Shabelle.",
])
def test_an_armed_groups_informants_killed_are_civilians(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Violence against civilians", "Attack")
    assert _inters(event)[1] == 7


@pytest.mark.parametrize(("text", "dead"), [
    ("Fighting between Nuer and Murle militias killed 20 people in Jonglei state, the UN said.", 20),
    ("Fighting between rival clans killed 12 people near Beledweyne on Monday, elders said.", 12),
    ("Fighting between soldiers and rebels killed 15 people in Kidal on Sunday, officials said.", 15),
])
def test_fighting_that_killed_is_a_battle_with_its_toll(primary_of, text: str, dead: int) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Battles", "Armed clash")
    assert recorded_deaths(event) == dead


@pytest.mark.parametrize(("text", "inter"), [
    ("Clashes between two clans armed with rifles killed nine people in Hiiraan on Thursday.", 4),
    ("On 4 June 2021, two clan militias clashed over a well near Dhusamareb (Galgaduud).", 4),
    ("On 4 September 2021, Nuer Lou and Nuer Jikany clan militias fought in Nasir (Upper Nile).", 4),
    ("Two rival gangs fought in Cite Soleil on Monday, leaving six dead.", 3),
])
def test_one_armed_group_told_as_two_is_both_sides_of_the_battle(primary_of, text: str, inter: int) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Battles", "Armed clash")
    assert _inters(event) == (inter, inter)


@pytest.mark.parametrize("text", [
    "On 4 May 2021, a fishing community clashed with a neighbouring one over a catch in Mombasa (Mombasa).",
    "On 4 May 2021, a family clashed with its neighbours over a boundary wall in Multan (Punjab).",
    "On 6 April 2022, a crowd of football fans fought with rival supporters in Tunis (Tunis), injuring 15.",
    "Fans of two clubs fought with rival supporters outside the stadium in Belgrade on Saturday.",
])
def test_crowds_that_clash_with_each_other_are_mob_violence(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Riots", "Mob violence")


@pytest.mark.parametrize("text", [
    "On 29 November 2021, a group of rioters stabbed a shopkeeper to death during communal unrest in "
    "Khargone (Madhya Pradesh).",
    "Sectarian riots broke out in Ambon on Friday, leaving three dead and dozens of homes burned.",
    "Rioters set fire to shops and homes during ethnic unrest in Osh on Saturday, police said.",
])
def test_a_riot_called_communal_is_mob_violence(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Riots", "Mob violence")


def test_rioters_who_protest_stay_a_violent_demonstration(primary_of) -> None:
    event = primary_of("Protesters rioted in Santiago over fare rises on Friday.")
    assert _acled(event) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text", [
    "Ugandan soldiers caned traders who opened their shops during a lockdown in Gulu, witnesses said.",
    "On 5 May 2021, police caned residents found outside after the curfew in Kisumu (Kisumu).",
    "On 2 May 2021, police thrashed hawkers selling goods on a pavement in Nairobi (Nairobi).",
])
def test_caning_and_thrashing_by_forces_are_attacks(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Violence against civilians", "Attack")
    assert _inters(event) == (1, 7)


def test_a_score_that_thrashed_a_rival_is_no_event(events_of) -> None:
    assert not events_of("The coach thrashed his rivals 5-0 in the final on Sunday.")


@pytest.mark.parametrize("text", [
    "On 25 September 2021, police killed two suspected robbers in Eastleigh (Nairobi) hours after arresting "
    "them.",
    "Police shot dead three robbery suspects after their arrest in Kano, a rights group said.",
])
def test_suspects_killed_after_their_arrest_were_held(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Violence against civilians", "Attack")
    assert _inters(event) == (1, 7)


@pytest.mark.parametrize("text", [
    "On 12 January 2022, Imbonerakure members beat a CNL supporter in Ngozi (Ngozi).",
    "On 7 July 2021, a police officer shot dead a suspected car thief who was running away in San Salvador "
    "(San Salvador).",
])
def test_party_members_and_suspected_thieves_attacked_are_civilians(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Violence against civilians", "Attack")
    assert _inters(event)[1] == 7


@pytest.mark.parametrize("text", [
    "On 4 May 2021, gunmen shot dead a man outside a car wash in Culiacan (Sinaloa); police said the victim "
    "was armed.",
    "On 9 May 2021, two men were shot dead in a bar in Celaya (Guanajuato). The victims were armed.",
])
def test_the_model_does_not_overrule_armed_victims_in_a_note(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Battles", "Armed clash")
