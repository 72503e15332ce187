"""Horn of Africa probes of our own (round horn59): towns taken under another spelling than the gazetteer's
("Mekelle" for Mek'ele), the past tense "retook", the regional forces of Ethiopia and Somalia, and towns
and camps the gazetteer lacked. Sentences written for the test, with controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str):
    events = pipeline.code(document_from_text(text, doc_id="horn59", published="2025-06-01"))
    return next((e for e in events if e.primary), None)


def _sub_event(event) -> str | None:
    return (event.acled or {}).get("sub_event_type")


@pytest.mark.parametrize("text, sub_event, place", [
    ("Federal soldiers captured Mekelle on Sunday.", "Government regains territory", "Mek'ele"),
    ("Somali soldiers captured Jowhar on Monday.", "Government regains territory", "Jawhar"),
    ("Sudanese soldiers captured Wad Madani on Sunday.", "Government regains territory", "Wad Medani"),
    ("The OLA captured Nekemte on Monday.", "Non-state actor overtakes territory", None),
    # the town, not its region Sinnar (europe61)
    ("Sudanese troops captured Sennar on Monday.", "Government regains territory", "Sennar"),
    ("Troops retook Kismayo from al-Shabaab on Monday.", "Government regains territory", "Kismayo"),
    # controls: the gazetteer's own spelling, and a man taken in a town
    ("Government soldiers captured Kismayo on Monday.", "Government regains territory", "Kismayo"),
    ("The RSF captured El Fasher on Monday.", "Non-state actor overtakes territory", "El Fasher"),
])
def test_a_town_taken_under_another_spelling(pipeline, text: str, sub_event: str, place) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert _sub_event(primary) == sub_event
    if place:
        assert primary.location.name == place


@pytest.mark.parametrize("text", [
    "Mexican marines captured Guzman in Los Mochis.",
    "Police captured Mohammed on Saturday.",
])
def test_a_man_captured_stays_an_arrest(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "COERCE"


@pytest.mark.parametrize("text, name, country, sector", [
    ("Tigrayan troops burned a clinic in Kobo.", "TPLF", "ETH", "REB"),
    ("Tigrayan soldiers shot 12 villagers in Kobo.", "TPLF", "ETH", "REB"),
    ("Tigray troops shelled Dessie on Monday.", "TPLF", "ETH", "REB"),
    ("Tigrayan fighters burned a clinic in Kobo.", "TPLF", "ETH", "REB"),
    ("Amhara special forces attacked a village near Humera.", "Amhara Special Forces", "ETH", "COP"),
    ("Puntland security forces killed nine Islamic State fighters in Bari.", "Puntland forces", "SOM", "MIL"),
    ("Galmudug forces clashed with al-Shabaab fighters near Dhusamareb.", "Galmudug forces", "SOM", "MIL"),
    ("Somali special police clashed with Afar militiamen on Monday.", "Liyu police", "ETH", "COP"),
    ("Liyu police clashed with Afar militiamen on Monday.", "Liyu police", "ETH", "COP"),
    # controls: the national armies keep their names; "Somali regional forces" in Somalia are a member state's
    ("Somali regional forces attacked al-Shabaab fighters in Mudug on Monday.", None, "SOM", "MIL"),
    ("Somali troops killed 10 al-Shabaab fighters near Jowhar.", "Military Forces of Somalia", "SOM", "MIL"),
    ("Ethiopian troops shelled Dessie on Monday.", "Military Forces of Ethiopia", "ETH", "MIL"),
])
def test_regional_forces_are_the_regions(pipeline, text: str, name: str, country: str, sector: str) -> None:
    source = _primary(pipeline, text).source[0]
    assert (source.country, source.sector) == (country, sector)
    if name:
        assert source.name == name


def test_afar_militiamen_stay_a_peoples_militia(pipeline) -> None:
    source = _primary(pipeline, "Afar militiamen attacked a village on Monday.").source[0]
    assert source.sector == "PRM"


@pytest.mark.parametrize("text, place, country", [
    ("Government aircraft bombed villages in Nasir county, killing 12 civilians.", "Nasir", "SSD"),
    ("Clashes erupted in Akobo, South Sudan, on Monday.", "Akobo", "SSD"),
    ("The RSF shelled Zamzam camp on Friday, killing 30 people.", "Zamzam", "SDN"),
    ("Clashes erupted in Humera, Ethiopia, on Monday.", "Humera", "ETH"),
    ("Clashes erupted in Shire, Ethiopia, on Monday.", "Inda Silasē", "ETH"),
    ("Clashes erupted in Bulo Burte, Somalia, on Monday.", "Buulobarde", "SOM"),
    ("Gunmen attacked a base near Bardhere on Monday.", "Baardheere", "SOM"),
])
def test_horn_towns_and_camps_are_found(pipeline, text: str, place: str, country: str) -> None:
    location = _primary(pipeline, text).location
    assert (location.name, location.country) == (place, country)
