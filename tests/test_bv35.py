"""Battles and attacks on civilians told apart (round bv35). Each rule has controls where it must not fire.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_riots26 import _acled

VAC = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize(("text", "expected"), [
    # the doubt is about the dead, not the fight: a gunfight told plainly
    ("Honduran police killed two alleged gang leaders in a firefight in Tegucigalpa on Monday, officials "
     "said.", CLASH),
    ("On 4 May 2023, soldiers killed three purported ISIS members during an exchange of fire in Hawija "
     "(Kirkuk).", CLASH),
    # controls: the denial stands right before the fight
    ("Police killed two young men in an alleged gunfight in Khulna, their families said.", VAC),
    ("On 9 June 2022, RAB members shot dead a man in a so-called crossfire in Cox's Bazar (Chittagong).",
     VAC),
    ("Police shot dead a drug suspect in what they called a shootout in Jessore on Sunday, rights groups "
     "said.", VAC),
])
def test_a_doubt_about_the_dead_does_not_stage_the_fight(primary_of, text: str,
                                                         expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the suspects fired on the forces in the same sentence: they fought
    ("Soldiers shot dead two suspected kidnappers who had opened fire on a checkpoint near Kaduna, the army "
     "said.", CLASH),
    ("Police killed two suspected cattle rustlers who had fired at a patrol near Marsabit on Sunday, police "
     "said.", CLASH),
    # controls: suspects who attacked civilians or whose deed is not told
    ("Police shot dead a suspected thief in Mathare on Monday, residents said.", VAC),
    ("On 3 May 2022, police shot dead two suspected robbers who had attacked a shop in Kisumu (Kisumu).",
     VAC),
])
def test_suspects_who_fired_on_the_forces_fought(primary_of, text: str, expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize(("text", "dead"), [
    # people held before they were killed: the count is of the dead, not of the held
    ("On 17 August 2022, Taliban forces executed three NRF fighters they had captured in Darah district "
     "(Panjshir).", 3),
    ("Soldiers shot dead five young men detained at a checkpoint near Inkhil, a monitoring group said.", 5),
    # controls: the held were beaten, not killed
    ("Soldiers beat three men detained at a checkpoint near Inkhil, a monitoring group said.", 0),
])
def test_the_held_then_killed_are_counted_dead(primary_of, text: str, dead: int) -> None:
    from chronica.evaluate.scores import recorded_deaths

    assert recorded_deaths(primary_of(text)) == dead


@pytest.mark.parametrize(("text", "expected"), [
    # a crowd gathered for another end than a protest: its people are civilians
    ("On 16 January 2023, soldiers opened fire on a crowd of displaced people collecting aid at Otash camp "
     "(South Darfur), killing four.", VAC),
    ("Soldiers opened fire on a crowd of mourners at a cemetery in Kumbo, killing two, witnesses said.", VAC),
    ("Police fired on a crowd of worshippers leaving a mosque in Nyala on Friday, killing three.", VAC),
    # controls: a crowd of protesters, a bare crowd, and mourners who protest stay protests
    ("Soldiers opened fire on a crowd of protesters in Nyala, killing four, witnesses said.",
     ("Protests", "Excessive force against protesters")),
    ("Police fired live rounds at a crowd of mourners marching to protest the killing in Omdurman, killing "
     "two.", ("Protests", "Excessive force against protesters")),
])
def test_a_crowd_gathered_for_another_end_is_civilians(primary_of, text: str,
                                                       expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the killing's own word says the victims were held: executed soldiers, police or fighters
    ("On 4 June 2022, Islamic State militants executed four Iraqi soldiers near Rutba (Anbar).", VAC),
    ("Militants summarily executed two policemen at a checkpoint near Daquq, police sources said.", VAC),
    ("On 12 May 2023, RSF fighters executed three SAF soldiers in Al-Jazirah (Gezira).", VAC),
    # controls: killed in an attack, and "executed" an operation
    ("Militants killed two soldiers at a checkpoint near Daquq on Monday, the army said.", CLASH),
    ("Troops executed a raid on a rebel camp near Rutba, killing four militants.", CLASH),
    ("Militants executed an attack on an army post near Kirkuk, killing two soldiers.", CLASH),
])
def test_executed_fighters_were_held(primary_of, text: str, expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the village's defenders answered the attack: a fight between armed sides
    ("On 22 September 2023, armed men stormed a village in Churachandpur (Manipur) but were held off by "
     "village volunteers.", CLASH),
    ("Armed men stormed a village near Mopti on Friday and traded fire with its hunters for hours.", CLASH),
    ("Gunmen raided a village in Kajuru on Sunday but were beaten back by vigilantes, police said.", CLASH),
    ("Armed miscreants stormed a village in Kangpokpi on Friday but were held off by village guards.", CLASH),
    # controls: the villagers were the victims, whoever fought later
    ("Armed miscreants shot dead two farmers in Bishnupur on Friday, police said.", VAC),
    ("Armed men stormed a village near Mopti on Friday, killing three farmers, before soldiers arrived and "
     "traded fire with them.", VAC),
])
def test_a_village_whose_defenders_answered_was_fought_for(primary_of, text: str,
                                                          expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected
