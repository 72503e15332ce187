"""Everyday news that is not political event data: accidents, disasters, reports released, goals met,
warrants executed, product names. chronica must not code these as attacks, meetings or releases,
while the same verbs in their political sense still are (sentences written for these tests)."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


@pytest.fixture(scope="module")
def classes(pipeline):
    def run(text: str) -> set[str]:
        events = pipeline.code(document_from_text(text, doc_id="t"))
        return {e.plover["type"] for e in events if not e.modality.negated}

    return run


@pytest.mark.parametrize("text", [
    "A two-car accident late Friday claimed the life of a student and injured four others.",
    "Two people were killed in a car crash on the highway on Sunday.",
    "A motorcycle wreck on the avenue killed a passenger.",
    "A pickup truck struck a pedestrian near the school.",
    "The storm killed three people and destroyed dozens of homes.",
    "He was injured in a fall at the construction site.",
    "The car left the road and struck several trees.",
    "She saw a small fire in the kitchen and put it out.",
    "Agents executed a search warrant at a house in the county.",
    "The former mayor died on Sunday after a long battle with cancer.",
    "The bill stems from a legal battle over zoning that began in 2005.",
    "Tragedy struck the family last year.",
    "The 72-year-old died of an apparent heart attack while shoveling snow.",
])
def test_accidents_and_errands_are_not_violence(classes, text):
    assert "ASSAULT" not in classes(text)


@pytest.mark.parametrize("text", [
    "Gunmen killed two people in an attack on a village on Sunday.",
    "A car rammed into protesters outside the parliament, killing one.",
    "The militants executed three hostages.",
    "Soldiers opened small arms fire on the crowd.",
    "Police were injured in clashes with rioters.",
    "Heavy fighting between police and insurgents killed a dozen people.",
])
def test_violence_is_still_violence(classes, text):
    assert "ASSAULT" in classes(text)


def test_a_released_report_is_not_a_release(classes):
    assert "RETREAT" not in classes("The ministry released the report on Friday.")
    assert "RETREAT" not in classes("The names of the victims were not released.")
    assert "RETREAT" not in classes("The driver was released from the hospital on Monday.")
    assert "RETREAT" not in classes("Graduation data to be released today.")
    assert "RETREAT" in classes("The rebels released twenty hostages on Monday.")


def test_a_goal_met_is_not_a_meeting(classes):
    assert "CONSULT" not in classes("Only one of the agencies met the spending goal last year.")
    assert "CONSULT" in classes("The foreign minister met the Chinese ambassador in Beijing.")


def test_a_car_model_is_not_an_agreement(classes):
    assert "AGREE" not in classes("He was driving a Honda Accord when he was stopped.")
    assert "SUPPORT" in classes("The two governments signed a peace accord in Oslo.")  # PLOVER: signing


def test_help_to_do_something_is_not_aid(classes):
    assert "AID" not in classes("Police hope witnesses can help solve the case.")
    assert "AID" not in classes("The family is seeking help to pay for the funeral.")
    assert "AID" in classes("Western governments helped the rebels with weapons and money.")
    assert "AID" in classes("The raid was carried out with the help of the United States.")


def test_confronting_a_fear_is_not_a_clash(classes):
    assert "ASSAULT" not in classes("He urged residents to confront their fears about the economy.")
    assert "ASSAULT" in classes("Troops confronted armed rebels near the border.")


@pytest.mark.parametrize("text", [
    "A neighbour hit her while backing out of a driveway.",
    "He pulled one back with 13 minutes remaining.",
    "Commissioners denied the permit for the gas wells.",
    "The forum is scheduled for March 31 at the library.",
    "Firefighters launched an attack on the flames through the kitchen.",
    "The man approached the window speaking on a cell phone.",
    "The suspect fled the area on foot.",
    "Officers were called in to break up a bar brawl.",
    "Elections were canceled because no race was contested.",
    "The candidate set up campaign headquarters downtown.",
    "The charity carried away the old furniture.",
    "Her speech was meant to diffuse the tension in the room.",
])
def test_everyday_uses_of_political_idioms(classes, text):
    assert not classes(text)


@pytest.mark.parametrize("text, violent", [
    ("In January, a fire at a home destroyed the residence and injured a neighbour.", False),
    ("Three people died in the fire.", False),
    ("Two soldiers were killed by heavy fire near the border.", True),
    ("Ten houses were destroyed in a fire set by militants.", True),
    ("A civilian was killed by police fire in the district.", True),
])
def test_a_blaze_is_a_cause_but_gunfire_and_arson_are_violence(classes, text, violent):
    assert ("ASSAULT" in classes(text)) == violent
