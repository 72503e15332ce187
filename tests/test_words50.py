"""Border, sea and title words (round words50): migrants, immigrants, stowaways, defectors and intruders are
people, not their state's government; infiltrators are armed men, not a state; fishing vessels and trawlers
are their country's civilians, and the captain or skipper of a civilian vessel its crew, not a navy (an army
captain, "Captain X" and a navy ship's captain stay the military's); "general" inside a civilian title or a
facility's name ("the general manager", "the general secretary of the union", "the General Hospital") is no
army's general, while "General X", "an army general" and "a major general" stay military. Sentences written
for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    events = pipeline.code(document_from_text(text, doc_id="words50"))
    return next(e for e in events if e.trigger.text == word)


def _target(event) -> list[tuple[str | None, str | None, str | None, int | None]]:
    return [(a.name, a.country, a.sector, a.inter) for a in event.target]


# 1. people who cross a border are people of their country, not its government
@pytest.mark.parametrize("text, word, target", [
    ("Libyan authorities detained 200 Sudanese immigrants in a raid in Kufra.", "detained",
     ("Refugees/IDPs (Sudan)", "SDN", "REF", 7)),
    ("South African police arrested 400 Mozambican illegal immigrants in Johannesburg.", "arrested",
     ("Refugees/IDPs (Mozambique)", "MOZ", "REF", 7)),
    ("Two North Korean defectors were arrested by Chinese police in Shenyang.", "arrested",
     ("Civilians (North Korea)", "PRK", "CVL", 7)),
    ("South Korean troops fired warning shots at a North Korean intruder in the DMZ.", "fired",
     ("Civilians (North Korea)", "PRK", "CVL", 7)),
    ("An Iranian intruder was killed by Turkish border guards near Van.", "killed",
     ("Civilians (Iran)", "IRN", "CVL", 7)),
    ("Indian troops killed two Pakistani infiltrators near Uri.", "killed",
     ("Unidentified Armed Group (Pakistan)", "PAK", "UAF", 3)),
    ("French police arrested 12 Eritrean stowaways in a lorry at Calais.", "arrested",
     ("Refugees/IDPs (Eritrea)", "ERI", "REF", 7)),
    ("The Spanish coast guard arrested the Senegalese skipper of a canoe carrying 150 migrants.", "arrested",
     ("Labour Group (Senegal)", "SEN", "LAB", 7)),
    # variants
    ("Moroccan police detained 80 Guinean immigrants near Nador.", "detained",
     ("Refugees/IDPs (Guinea)", "GIN", "REF", 7)),
    ("Malaysian authorities arrested 300 undocumented immigrants from Myanmar in Kuala Lumpur.", "arrested",
     ("Refugees/IDPs (Myanmar)", "MMR", "REF", 7)),
    ("Thai police arrested 40 illegal immigrants from Cambodia in Bangkok.", "arrested",
     ("Refugees/IDPs (Cambodia)", "KHM", "REF", 7)),
    ("Chinese police detained three North Korean defectors near Dandong.", "detained",
     ("Civilians (North Korea)", "PRK", "CVL", 7)),
    ("Turkish border guards shot dead three Syrian infiltrators near Kilis.", "shot dead",
     ("Unidentified Armed Group (Syria)", "SYR", "UAF", 3)),
    ("Greek coast guard arrested the Turkish skipper of a boat carrying 40 migrants near Lesbos.", "arrested",
     ("Labour Group (Turkey)", "TUR", "LAB", 7)),
    # controls
    ("Greek police arrested 12 Syrian asylum seekers on Kos.", "arrested",
     ("Refugees/IDPs (Syria)", "SYR", "REF", 7)),
    ("Honduran migrants were detained by Mexican police in Tapachula.", "detained",
     ("Refugees/IDPs (Honduras)", "HND", "REF", 7)),
    ("Libyan authorities detained 200 Sudanese migrants in a raid in Kufra.", "detained",
     ("Refugees/IDPs (Sudan)", "SDN", "REF", 7)),
    ("Iranian forces detained eight British sailors near the Shatt al-Arab.", "detained",
     ("Military Forces of the United Kingdom", "GBR", "MIL", 8)),
])
def test_border_people(pipeline, text: str, word: str, target: tuple) -> None:
    assert _target(_event(pipeline, text, word)) == [target]


@pytest.mark.parametrize("text, acled", [
    ("Indian troops killed two Pakistani infiltrators near Uri.", "Battles"),
    # control: an unarmed intruder killed is an attack on a civilian
    ("An Iranian intruder was killed by Turkish border guards near Van.", "Violence against civilians"),
])
def test_infiltrators_fight(pipeline, text: str, acled: str) -> None:
    """Armed infiltrators shot by troops are a battle, not violence against civilians."""
    assert _event(pipeline, text, "killed").acled.get("event_type") == acled


# 2. fishing vessels are civilians; a civilian vessel's captain is its crew
@pytest.mark.parametrize("text, word, target", [
    ("Argentine coast guard fired on a Chinese squid trawler fishing illegally in its waters.", "fired",
     ("Civilians (China)", "CHN", "CVL", 7)),
    ("Somali pirates seized a Thai fishing vessel with 25 crew.", "seized",
     ("Civilians (Thailand)", "THA", "CVL", 7)),
    ("Indonesia seized two Malaysian trawlers in the Strait of Malacca.", "seized",
     ("Civilians (Malaysia)", "MYS", "CVL", 7)),
    ("The Japanese coast guard arrested the captain of a Chinese trawler near the Senkaku Islands.",
     "arrested", ("Labour Group (China)", "CHN", "LAB", 7)),
    ("Indonesian authorities arrested the captain of a Vietnamese fishing boat near Natuna.",
     "arrested", ("Labour Group (Vietnam)", "VNM", "LAB", 7)),
    ("Italian police arrested the captain of the Sea-Watch 3 after she docked in Lampedusa "
     "without permission.", "arrested", ("Sea-Watch", None, "NGO", 7)),
    # variants
    ("Argentine coast guard fired on a Chinese squid trawler in its waters.", "fired",
     ("Civilians (China)", "CHN", "CVL", 7)),
    ("South Korean navy seized a North Korean fishing vessel near the NLL.", "seized",
     ("Civilians (North Korea)", "PRK", "CVL", 7)),
    ("Russian border guards detained a Japanese fishing trawler near the Kuril Islands.", "detained",
     ("Civilians (Japan)", "JPN", "CVL", 7)),
    ("The Philippine coast guard arrested the captain of a Chinese fishing vessel near Palawan.", "arrested",
     ("Labour Group (China)", "CHN", "LAB", 7)),
    ("Houthi rebels detained the captain of a Liberian-flagged tanker in the Red Sea.", "detained",
     ("Labour Group (Liberia)", "LBR", "LAB", 7)),
    ("Somali pirates released the skipper of a Spanish fishing trawler.", "released",
     ("Labour Group (Spain)", "ESP", "LAB", 7)),
    ("Pirates kidnapped the captain aboard a Thai fishing vessel off Somalia.", "kidnapped",
     ("Labour Group (Thailand)", "THA", "LAB", 7)),
    # controls: a fishing boat, a tanker, an army's or a navy's captain, a captain's name, a coast guard
    ("North Korea seized a South Korean fishing boat with ten crewmen aboard.", "seized",
     ("Civilians (South Korea)", "KOR", "CVL", 7)),
    ("Iran's Revolutionary Guards seized a British-flagged oil tanker in the Strait of Hormuz.", "seized",
     ("Business (United Kingdom)", "GBR", "BUS", 7)),
    ("An army captain was killed in a rebel ambush near Kidal.", "ambush",
     ("Military Forces of Mali", "MLI", "MIL", 1)),
    ("Rebels killed an army captain near Gao.", "killed", ("Military Forces of Mali", "MLI", "MIL", 1)),
    ("The captain of a Chinese coast guard vessel was detained by Philippine forces.", "detained",
     ("Military Forces of China", "CHN", "MIL", 1)),
    ("Pirates kidnapped the captain aboard a navy patrol boat off Somalia.", "kidnapped",
     ("Military Forces of Somalia", "SOM", "MIL", 1)),
])
def test_civilian_vessels(pipeline, text: str, word: str, target: tuple) -> None:
    assert _target(_event(pipeline, text, word)) == [target]


@pytest.mark.parametrize("text, word, source", [
    ("Captain Ibrahim Traore seized power in Burkina Faso in 2022.", "seized power",
     ("Ibrahim Traoré", "BFA", "GOV")),
    ("Chinese coast guard vessels fired water cannon at two Philippine supply boats.", "fired",
     ("Military Forces of China", "CHN", "MIL")),
])
def test_vessel_controls(pipeline, text: str, word: str, source: tuple) -> None:
    assert [(a.name, a.country, a.sector) for a in _event(pipeline, text, word).source] == [source]


# 3. "general" inside a civilian title or a facility's name is no army's general
@pytest.mark.parametrize("text, word, target, acled", [
    ("Gunmen killed the general manager of a transport cooperative in Trujillo.", "killed",
     ("Business (Peru)", "PER", "BUS", 7), "Violence against civilians"),
    ("Armed men kidnapped the general manager of a gold mine in Sonora.", "kidnapped",
     ("Business (Mexico)", "MEX", "BUS", 7), "Violence against civilians"),
    ("Police in Caracas arrested the general manager of a state oil company subsidiary.", "arrested",
     ("Business (Venezuela)", "VEN", "BUS", 7), "Strategic developments"),
    ("Police in Quito detained the general manager of the electricity company.", "detained",
     ("Business (Ecuador)", "ECU", "BUS", 7), "Strategic developments"),
    ("Gangs torched the General Hospital in Port-au-Prince.", "torched",
     ("Civilians (Haiti)", "HTI", "CVL", 7), "Strategic developments"),
    ("The general secretary of the teachers' union was shot dead in Oaxaca.", "shot dead",
     ("Labour Group (Mexico)", "MEX", "LAB", 7), "Violence against civilians"),
    ("Nicaraguan police detained the general director of the newspaper Confidencial.", "detained",
     ("Journalists (Nicaragua)", "NIC", "JRN", 7), "Strategic developments"),
    # variants
    ("Gunmen shot dead the general manager of a bus company in San Pedro Sula.", "shot dead",
     ("Business (Honduras)", "HND", "BUS", 7), "Violence against civilians"),
    ("Gunmen killed the deputy general manager of a mining firm in Zacatecas.", "killed",
     ("Business (Mexico)", "MEX", "BUS", 7), "Violence against civilians"),
    ("Armed men attacked the General Hospital in Tegucigalpa.", "attacked",
     ("Civilians (Honduras)", "HND", "CVL", 7), "Violence against civilians"),
    ("Gunmen killed the general secretary of the miners' union in Oruro.", "killed",
     ("Labour Group (Bolivia)", "BOL", "LAB", 7), "Violence against civilians"),
    ("Police detained the general director of the newspaper El Faro in San Salvador.", "detained",
     ("Journalists (El Salvador)", "SLV", "JRN", 7), "Strategic developments"),
    # controls: a general by name, by army, by rank; a manager; the Attorney General
    ("Venezuelan police arrested General Raúl Baduel.", "arrested", ("Raúl Baduel", None, "MIL", 1),
     "Strategic developments"),
    ("Gunmen killed an army general in Michoacán.", "killed", ("Military Forces of Mexico", "MEX", "MIL", 1),
     "Battles"),
    ("Police arrested a general of the National Guard in Caracas.", "arrested", ("GNB", "VEN", "MIL", 1),
     "Strategic developments"),
    ("Rebels killed a major general in an ambush near Goma.", "ambush",
     ("Military Forces of the Democratic Republic of Congo", "COD", "MIL", 1), "Battles"),
    ("Gunmen killed the manager of a bus company in Lima.", "killed", ("Business (Peru)", "PER", "BUS", 7),
     "Violence against civilians"),
    ("Protesters marched to the Attorney General's office in Mexico City.", "marched",
     ("Judiciary of Mexico", "MEX", "JUD", 1), "Protests"),
])
def test_civilian_generals(pipeline, text: str, word: str, target: tuple, acled: str) -> None:
    event = _event(pipeline, text, word)
    assert _target(event) == [target]
    assert event.acled.get("event_type") == acled


@pytest.mark.parametrize("text, word", [
    ("Protesters stormed the General Hospital of Juliaca.", "stormed"),
    ("Rioters set fire to the General Archive in Tegucigalpa.", "set fire"),
    ("Gangs looted the General Hospital of Cap-Haitien.", "looted"),
])
def test_named_facilities_are_no_army(pipeline, text: str, word: str) -> None:
    assert all(a.sector != "MIL" for a in _event(pipeline, text, word).target)


@pytest.mark.parametrize("text, word, target", [
    # controls: a general's name, a strike
    ("Police arrested General Juan José Zúñiga in La Paz.", "arrested", ("Juan José Zúñiga", None, "MIL", 1)),
    ("Protesters marched to the General Staff headquarters in Kyiv.", "marched",
     ("Military Forces of Ukraine", "UKR", "MIL", 1)),
])
def test_facility_controls(pipeline, text: str, word: str, target: tuple) -> None:
    assert _target(_event(pipeline, text, word)) == [target]


def test_general_strike_control(pipeline) -> None:
    event = _event(pipeline, "Unions called a general strike in Bogotá.", "general strike")
    assert event.plover.get("type") == "PROTEST"
    assert [(a.country, a.sector) for a in event.source] == [("COL", "LAB")]
