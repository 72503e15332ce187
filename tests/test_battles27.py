"""Battles told apart from attacks on civilians (round battles27): armed forces on duty abducted by their
enemies, attacks on a place its armed defenders fought for, "clashes" that were an armed group's attack on
civilians, attacks in which guards were hurt, unarmed officials attacked (civilian victims) and the national
army of Ethiopia named in the plural. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_acled_targets_audit import _inters
from test_riots26 import _acled


@pytest.mark.parametrize("text", [
    "Gunmen abducted nine soldiers from their post near Dar'a on Tuesday, a monitoring group said.",
    "On 3 May 2021, ISWAP fighters kidnapped three policemen at a checkpoint near Monguno (Borno).",
    "Armed men abducted two police officers on patrol in Zinder region on Friday, the ministry said.",
])
def test_soldiers_or_police_abducted_on_duty_are_taken_in_a_battle(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Battles", "Armed clash")
    assert _inters(event)[1] == 1


@pytest.mark.parametrize("text", [
    "Separatists abducted an off-duty soldier at his home in Bamenda on Sunday.",
    "Gunmen kidnapped 14 passengers from a bus on the Abuja-Kaduna highway on Friday, police said.",
    "On 9 June 2022, Al Shabaab fighters abducted five teachers from a school in Mandera (Mandera).",
])
def test_civilians_and_off_duty_soldiers_abducted_stay_abductions(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Violence against civilians", "Abduction/forced disappearance")


@pytest.mark.parametrize("text", [
    "Jihadists attacked a village in Menaka region that was defended by local militiamen, and six attackers "
    "died in the fighting.",
    "On 2 June 2021, gunmen attacked Umuoji community (Anambra) and confronted a local vigilante group.",
    "Islamist fighters attacked a town in northern Mozambique but were repulsed after a two-hour gun battle, "
    "the army said.",
])
def test_an_attack_on_a_defended_place_is_a_battle(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "Gunmen attacked the village of Dogo in Kaduna state, killing 12 residents, police said.",
    "Militants killed eight residents in an attack on a village in Borno state before soldiers arrived and "
    "exchanged fire with them.",
])
def test_an_attack_on_a_village_that_killed_its_people_stays_an_attack(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Clashes in Djugu left nine civilians dead when militiamen attacked the village at night, a local "
    "official said.",
    "On 14 March 2022, what officials called clashes in Bunia (Ituri) left 11 civilians dead after "
    "militiamen attacked the camp with machetes.",
])
def test_clashes_that_were_an_attack_on_civilians(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Violence against civilians", "Attack")
    assert _inters(event)[1] == 7


def test_a_clash_between_armed_sides_stays_a_battle_beside_a_later_killing(primary_of) -> None:
    event = primary_of("Soldiers clashed with rebels near Beni on Monday, and the rebels later killed three "
                       "civilians.")
    assert _acled(event) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "Fano militiamen clashed with Ethiopian National Defence Forces near Gondar on Tuesday.",
    "On 4 May 2023, Ethiopian National Defense Forces fought OLA rebels in Nekemte (Oromia).",
])
def test_ethiopias_army_in_the_plural_is_its_state_forces(primary_of, text: str) -> None:
    event = primary_of(text)
    sides = event.source + event.target
    army = next(a for a in sides if "Defen" in (a.text or ""))
    assert army.inter == 1 and army.country == "ETH"


@pytest.mark.parametrize("text", [
    "Suspected militants shot dead a district commissioner in Lamu county on Tuesday, police said.",
    "On 5 July 2021, unidentified gunmen killed a local councillor in Kidal (Kidal).",
    "Unknown gunmen shot dead the mayor of a small town in Veracruz state on Monday, prosecutors said.",
])
def test_an_unarmed_official_attacked_is_a_civilian_victim(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Violence against civilians", "Attack")
    assert _inters(event)[1] == 7


def test_police_guarding_an_official_stay_state_forces(primary_of) -> None:
    event = primary_of("Gunmen shot dead two policemen guarding the mayor's house in Uruapan on Sunday.")
    assert _acled(event) == ("Battles", "Armed clash")
    assert _inters(event)[1] == 1


@pytest.mark.parametrize("text", [
    "Al Shabaab fighters abducted a soldier (off-duty) who was travelling on a minibus near Afgooye.",
    "On 8 July 2021, ADF rebels kidnapped a police officer who was on leave in Oicha (Nord-Kivu).",
])
def test_soldiers_or_police_abducted_off_duty_are_civilians_abducted(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Violence against civilians", "Abduction/forced disappearance")


@pytest.mark.parametrize("text", [
    "On 4 March 2021, one guard was wounded when gunmen attacked the house of a provincial council member in "
    "Baqubah (Diyala).",
    "Unknown gunmen attacked the home of a district governor in Paktia province overnight; two of his guards "
    "were wounded.",
])
def test_an_attack_in_which_guards_were_hurt_is_a_battle(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Battles", "Armed clash")


def test_an_attack_on_an_officials_family_stays_an_attack(primary_of) -> None:
    event = primary_of("Gunmen attacked the house of a local official in Baqubah on Monday, wounding his "
                       "wife and son, police said.")
    assert _acled(event) == ("Violence against civilians", "Attack")
