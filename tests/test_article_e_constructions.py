"""Constructions the fifth article audit (tests/data/articles_e) found misread, each in sentences
written for this test: a long passive subject described by a participle ("students abducted from a
college ... were freed"), which the parser takes for the verb, and an expulsion told as an order to
leave the country to a mission's spokesman or a paper's reporter."""

from __future__ import annotations


def test_workers_described_by_their_seizure_are_released(primary_of):
    text = "Ninety-one workers seized from a mine in the east were released on Friday, officials said."
    primary = primary_of(text, "2024-05-13")
    assert primary.trigger.text == "released"
    assert primary.plover["type"] in ("CONCEDE", "RETREAT")
    assert primary.target and primary.target[0].text.lower().endswith("workers")
    assert primary.date.value == "2024-05-10"


def test_engineers_seized_at_a_dam_are_released(primary_of):
    text = ("Eighteen engineers seized from a dam site in the south were released on Wednesday, "
            "the company said.")
    primary = primary_of(text, "2024-10-04")
    assert primary.trigger.text == "released"
    assert primary.acled["sub_event_type"] != "Abduction/forced disappearance"


def test_nurses_kidnapped_from_a_clinic_are_released(primary_of):
    text = ("Eighteen nurses kidnapped from a clinic in the east were released on Wednesday, "
            "the hospital said.")
    primary = primary_of(text, "2024-08-09")
    assert primary.trigger.text == "released"
    assert primary.date.value == "2024-08-07"


def test_a_participle_with_its_own_passive_clause_joined_by_and_is_left_alone(primary_of):
    text = "Rebels attacked the army base on Friday and were repelled after a two-hour gunfight."
    primary = primary_of(text, "2024-03-09")
    assert primary.trigger.text == "attacked"


def test_un_mission_spokesman_ordered_to_leave_is_expelled(primary_of):
    text = ("The transitional government on Wednesday ordered the spokesman of the United Nations "
            "mission to leave the country within 72 hours, accusing him of spreading false reports.")
    primary = primary_of(text, "2024-07-11")
    assert primary.trigger.text == "ordered"
    assert primary.plover["type"] == "SANCTION"
    assert primary.date.value == "2024-07-10"


def test_reporter_ordered_to_leave_is_expelled(primary_of):
    text = "Immigration officials on Monday ordered a reporter for a Danish newspaper to leave the country."
    primary = primary_of(text, "2024-02-13")
    assert primary.plover["type"] == "SANCTION"
    assert [a.sector for a in primary.target] == ["JRN"]


def test_expulsion_order_outranks_the_background_arrest(primary_of):
    text = ("The foreign ministry on Thursday ordered the representative of the regional bloc to leave the "
            "country. Soldiers from a neighbouring state were detained at the airport on March 3, "
            "the police said.")
    primary = primary_of(text, "2024-03-22")
    assert primary.plover["type"] == "SANCTION"
    assert primary.date.value == "2024-03-21"
