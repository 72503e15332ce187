"""The event's place and the actors' countries from the right country word (round where48): not the country of
whoever told of a sea attack ("..., the U.S. military said"), not the neighbour of "near the Algerian border"
when the sides are named of another country, the place of the clause that holds the trigger ("a truce in
Jeddah but fighting continued in Khartoum"), no town named by a leader's name ("Petro's government": not
Petros, USA), and a named armed group of a fixed country keeps it wherever it acts (al-Shabaab in Kenya is
Somali, as ACLED writes it). Sentences written for the test, with controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return pipeline.code(document_from_text(text, doc_id="where48"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _country(event) -> str | None:
    return event.location.country if event.location is not None else None


@pytest.mark.parametrize("text, country", [
    ("Houthi rebels fired a ballistic missile at a commercial ship in the Red Sea, the U.S. military said.",
     "YEM"),
    ("Houthi fighters launched a drone at a tanker in the Red Sea, the British navy said.", "YEM"),
    ("Iranian commandos seized a cargo ship in the Gulf of Oman, the U.S. Navy said.", "IRN"),
    ("Iranian forces seized an oil tanker in the Strait of Hormuz, the U.S. Navy said.", "IRN"),
    # controls: no teller; a country of the sentence's own
    ("Houthi rebels fired a ballistic missile at a commercial ship in the Red Sea.", "YEM"),
    ("Pirates hijacked a ship off Somalia, the U.S. Navy said.", "SOM"),
    ("Somali pirates hijacked a cargo ship in the Gulf of Aden, the Indian navy said.", "SOM"),
])
def test_the_teller_of_a_sea_attack_is_not_its_country(pipeline, text: str, country: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] in ("ASSAULT", "COERCE")
    assert _country(primary) == country


@pytest.mark.parametrize("text, country", [
    ("JNIM militants ambushed a convoy of Malian troops and Russian mercenaries near the Algerian border.",
     "MLI"),
    ("Gunmen ambushed Nigerien soldiers near the Malian border.", "NER"),
    ("Islamist militants ambushed a patrol of Burkinabe soldiers near the Nigerien border.", "BFA"),
    ("Gunmen killed six Malian soldiers near the Mauritanian border.", "MLI"),
    # controls: the doers' own side; a named border town; no side named of any country
    ("Burmese troops attacked a village near the Thai border.", "MMR"),
    ("Fighters attacked a village in the Syrian border town of Tal Abyad.", "SYR"),
    ("Militants attacked a village near the Algerian border.", "DZA"),
])
def test_near_a_neighbours_border_the_sides_own_country(pipeline, text: str, country: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert _country(primary) == country


@pytest.mark.parametrize("text", [
    "A Wagner convoy was ambushed near Tinzaouaten by Tuareg rebels.",
    "Rebels ambushed an army convoy near Tinzaouaten.",
    "Malian troops clashed with separatists in Tin Zaouatene.",
])
def test_tinzaouaten_is_a_town_of_mali(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert _country(primary) == "MLI"
    assert primary.location.precision is not None and primary.location.precision < 4


@pytest.mark.parametrize("text, trigger, country", [
    ("Sudan's army and the RSF agreed to a humanitarian truce in Jeddah but fighting continued in Khartoum.",
     "fighting", "SDN"),
    ("The rivals signed a ceasefire in Doha, but shelling continued in Rafah.", "shelling", "PSE"),
    ("Envoys met in Jeddah while fighting raged in El Fasher.", "fighting", "SDN"),
    # controls: the other clause's act keeps its own place
    ("Sudan's army and the RSF agreed to a humanitarian truce in Jeddah but fighting continued in Khartoum.",
     "agreed", "SAU"),
    ("Sudan's army and the RSF agreed to a humanitarian truce in Jeddah.", "agreed", "SAU"),
    ("Fighting continued in Khartoum despite talks in Jeddah.", "Fighting", "SDN"),
])
def test_a_gerunds_place_is_that_of_its_clause(pipeline, text: str, trigger: str, country: str) -> None:
    event = next(e for e in _events(pipeline, text) if e.trigger.text == trigger)
    assert _country(event) == country


@pytest.mark.parametrize("text, country", [
    ("Petro's government suspended peace talks with the ELN.", "COL"),
    ("Petro's administration suspended talks with the ELN.", "COL"),
    ("Ortega's government expelled the Red Cross.", "NIC"),
    # controls: a title; a town after "in"
    ("President Petro suspended peace talks with the ELN.", "COL"),
    ("Protesters marched in Santos against the mayor.", "BRA"),
])
def test_a_leaders_name_is_no_town(pipeline, text: str, country: str) -> None:
    primary = _primary(pipeline, text)
    assert _country(primary) == country
