"""Battles and attacks on civilians told apart (round battles31): soldiers and police taken from their home
or from a bus (an abduction of civilians), village defence volunteers as an armed side, guards hit named a few
words after the verb, a state operation in which the forces came under fire, and state forces' fights with a
crowd told armed with firearms or called unarmed. Each rule has controls where it must not fire. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from test_riots26 import _acled

VAC = ("Violence against civilians", "Attack")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "On 2 May 2022, ISWAP fighters abducted a soldier from his home in Monguno (Borno).",
    "Gunmen stopped a minibus near Birnin Gwari and abducted a police inspector from the bus, police said.",
    "Armed men abducted two policemen from a passenger bus on the Lokoja road on Friday.",
])
def test_forces_taken_from_home_or_a_bus_are_civilians_abducted(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ABDUCTION


@pytest.mark.parametrize("text", [
    "Gunmen abducted four soldiers from their checkpoint near Birnin Gwari on Friday.",
    "Gunmen attacked a police station in Bida and abducted two officers on duty there.",
])
def test_forces_taken_on_duty_stay_a_battle(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == CLASH


@pytest.mark.parametrize("text", [
    "Insurgents attacked a village defence volunteer post in Yala overnight, killing one volunteer.",
    "On 3 May 2023, gunmen fired on defence volunteers guarding a school in Rangae (Narathiwat).",
])
def test_defence_volunteers_are_an_armed_side(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == CLASH


def test_volunteers_alone_are_civilians(primary_of) -> None:
    text = "Gunmen attacked aid volunteers handing out food in Bunia on Tuesday, killing two volunteers."
    assert _acled(primary_of(text)) == VAC


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen attacked the car of a senator in Imo state, killing three of his police guards.", CLASH),
    ("Gunmen attacked a village in Imo state, killing 12 villagers and three of the community guards.", VAC),
])
def test_guards_hit_a_few_words_after_the_verb(primary_of, text: str, expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Police killed nine people in a raid on a slum in Salvador; a spokesman said officers had come under "
     "fire from gang members.", CLASH),
    ("Soldiers shot dead four villagers at a market in Mora as gunmen ambushed a patrol nearby.", VAC),
    ("Police killed three protesters in Lagos on Monday. Gunmen later attacked a police station in the city, "
     "killing two officers.", ("Protests", "Excessive force against protesters")),
])
def test_an_operation_whose_forces_came_under_fire(primary_of, text: str, expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Soldiers fought inmates armed with pistols and grenades to retake a cell block of the prison in "
     "Esmeraldas.", CLASH),
    ("On 6 June 2022, soldiers clashed with unarmed herders who refused a search in Moroto (Karamoja); one "
     "herder was shot dead.", VAC),
])
def test_state_fights_with_armed_or_unarmed_crowds(primary_of, text: str, expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize("text", [
    "Police clashed with youths armed with sticks and stones in Kisumu, leaving two dead.",
    "Police fired live rounds at unarmed protesters in Nairobi, killing two.",
])
def test_sticks_and_protesters_keep_their_type(primary_of, text: str) -> None:
    assert _acled(primary_of(text))[0] in ("Riots", "Protests")
