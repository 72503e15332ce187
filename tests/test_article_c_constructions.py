"""Constructions the third article audit (tests/data/articles_c) found misread, each in sentences
written for this test: weapons handed over counted by "the last of"/"the rest of", and a superlative
noun ("the deadliest attack in years") that ranks the act its sentence already tells."""

from __future__ import annotations


def test_last_of_the_weapons_handed_over_is_a_disarmament(primary_of):
    text = ("The rebel movement handed the last of its weapons to ceasefire monitors on Thursday at a camp "
            "near the river port, ending its armed struggle.")
    primary = primary_of(text, "2024-06-14")
    assert primary.trigger.text == "handed"
    assert primary.plover["type"] == "RETREAT"
    assert primary.date.value == "2024-06-13"


def test_rest_of_the_arms_surrendered_beats_the_war_tally(primary_of):
    text = ("Former militia fighters handed over the rest of their weapons to the army on Monday. "
            "About 40,000 people were killed in the war, which began in 1998.")
    primary = primary_of(text, "2024-02-06")
    assert primary.plover["type"] == "RETREAT" and primary.fatalities is None


def test_deadliest_attack_in_apposition_is_not_a_second_attack(primary_of):
    text = ("# Gunmen kill scores of villagers in the country's deadliest attack in years\n\n"
            "Gunmen killed at least 40 people in an overnight raid on the village of Kora in the north of "
            "the country, the government said on Saturday, the deadliest attack in the country since an "
            "insurgency spread there in 2016.")
    primary = primary_of(text, "2024-06-09")
    assert primary.fatalities == 40
    assert [a.sector for a in primary.source] != ["GOV"]


def test_deadliest_attack_alone_is_still_the_news(primary_of):
    text = "The bombing of the bus station was the deadliest attack on the city this year, police said."
    assert primary_of(text, "2024-04-14").plover["type"] == "ASSAULT"
