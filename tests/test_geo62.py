"""Places and countries of conflict news (round geo62): a demonym before forces that attack, raid, storm or
take ground names the doers, not the ground's country, and casts no vote for that country's namesakes
("Russian forces attacked Pokrovsk" is Ukraine's Pokrovsk; cues.yaml ``assault_verbs``); Kurdish fighters
and forces of a story placed nowhere are Syria's militia, not Turkey's (peoples.yaml ``militia_in``);
regions of the Yugoslav wars and later ones (the Krajina, the Slavonias, Bosanska Krajina, Biafra) are
places of their country (areas.yaml); city quarters the news names alone (Kibera, Jacarezinho, Martissant,
Lyari, al-Hol) are places of their city (aliases.yaml ``towns``); and an "encounter" of leaders is no
fight. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="geo62", published="2024-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _place(event) -> tuple[str | None, str | None]:
    loc = event.location
    return (loc.country, loc.admin1) if loc is not None else (None, None)


# 1. the doers' demonym: forces that attack or take ground are the doers, the ground keeps its own country
@pytest.mark.parametrize("text, word, country, admin1", [
    ("Russian forces attacked Pokrovsk on Tuesday.", "attacked", "UKR", "Donetsk"),
    ("Russian troops stormed Pokrovsk, killing three civilians.", "stormed", "UKR", "Donetsk"),
    ("Russian soldiers attacked Pokrovsk overnight, killing two residents.", "attacked", "UKR", "Donetsk"),
    ("Russian forces shelled Pokrovsk, killing four civilians.", "shelled", "UKR", "Donetsk"),
    ("Israeli troops stormed Jenin, killing two.", "stormed", "PSE", "West Bank"),
    ("Israeli troops raided Tulkarm, killing two.", "raided", "PSE", "West Bank"),
    ("Turkish forces attacked Kurdish fighters near Afrin.", "attacked", "SYR", "Aleppo"),
    ("A Russian attack on Pokrovsk killed three civilians.", "attack", "UKR", "Donetsk"),
    ("Russian forces have attacked Pokrovsk for weeks.", "attacked", "UKR", "Donetsk"),
    ("Russian forces launched an assault on Pokrovsk.", "assault", "UKR", "Donetsk"),
    # controls: the doers at home keep their places; a place told as the demonym's country keeps it
    ("Syrian troops captured Palmyra from Islamic State.", "captured", "SYR", "Homs"),
    ("Nigerian troops attacked Boko Haram fighters in Gwoza, killing 12.", "attacked", "NGA", "Borno"),
    ("Malian soldiers stormed a village near Djenne, killing 20.", "stormed", "MLI", "Mopti"),
    ("Pakistani troops raided a militant hideout in Bannu.", "raided", "PAK", "Khyber Pakhtunkhwa"),
    ("Ukrainian forces attacked Russian positions in the Russian town of Sudzha.", "attacked", "RUS",
     "Kursk Oblast"),
    ("Russian police detained two activists in Pokrovsk in the Russian region of Yakutia.", "detained", "RUS",
     "Republic of Sakha"),
    ("Protesters rallied in Pokrovsk, Sakha Republic.", "rallied", "RUS", "Republic of Sakha"),
    ("A Syrian offensive on Idlib killed 20 civilians.", "offensive", "SYR", "Idleb"),
    ("An Ethiopian offensive in Tigray killed dozens.", "offensive", "ETH", "Tigray"),
])
def test_doers_demonym(pipeline, text: str, word: str, country: str, admin1: str) -> None:
    assert _place(_event(pipeline, text, word)) == (country, admin1)


# 2. Kurdish fighters and forces: Syria's in a story placed nowhere; rebels and militants stay Turkey's
@pytest.mark.parametrize("text, word, actor_country, place_country", [
    ("Kurdish fighters clashed with Turkish-backed rebels on Tuesday, killing 7.", "clashed", "SYR", "SYR"),
    ("Kurdish fighters clashed with Islamic State militants, killing 5.", "clashed", "SYR", "SYR"),
    ("Kurdish forces arrested 20 suspected Islamic State members.", "arrested", "SYR", "SYR"),
    ("Kurdish forces arrested 20 suspected Islamic State members in al-Hol camp.", "arrested", "SYR", "SYR"),
    ("Kurdish fighters clashed with Turkish-backed rebels near Tal Abyad.", "clashed", "SYR", "SYR"),
    # controls: a story placed in Iraq or Turkey keeps its Kurds; rebels and militants are the PKK's
    ("Kurdish forces clashed with Iraqi troops near Kirkuk.", "clashed", "IRQ", "IRQ"),
    ("Kurdish rebels killed three Turkish soldiers.", "killed", "TUR", "TUR"),
    ("Kurdish militants attacked a police station in Diyarbakir, killing two officers.", "attacked", "TUR",
     "TUR"),
    ("Peshmerga fighters clashed with Islamic State militants near Kirkuk.", "clashed", "IRQ", "IRQ"),
])
def test_kurdish_forces(pipeline, text: str, word: str, actor_country: str, place_country: str) -> None:
    event = _event(pipeline, text, word)
    assert event.source and event.source[0].country == actor_country
    assert _place(event)[0] == place_country


# 3. regions of the Yugoslav wars and later ones are places of their country
@pytest.mark.parametrize("text, word, name, country", [
    ("Serb forces shelled villages in the Krajina in 1993.", "shelled", "Krajina", "HRV"),
    ("Serb forces attacked villages in Western Slavonia.", "attacked", "Western Slavonia", "HRV"),
    ("Croatian troops recaptured Eastern Slavonia.", "recaptured", "Eastern Slavonia", "HRV"),
    ("Serb forces expelled Muslims from towns in Bosanska Krajina.", "expelled", "Bosanska Krajina", "BIH"),
    ("Federal troops shelled towns in Biafra in 1968.", "shelled", "Biafra", "NGA"),
    # controls: a town named with the region keeps the town; the Krajina's Serbs are no place
    ("Serb troops shelled Vukovar in Eastern Slavonia.", "shelled", "Vukovar", "HRV"),
    ("Krajina Serbs shelled Karlovac.", "shelled", "Karlovac", "HRV"),
    ("Police in Republika Srpska arrested 10 people.", "arrested", "Republika Srpska", "BIH"),
])
def test_historical_regions(pipeline, text: str, word: str, name: str, country: str) -> None:
    loc = _event(pipeline, text, word).location
    assert loc is not None and loc.name == name and loc.country == country


# 4. city quarters the news names alone are places of their city
@pytest.mark.parametrize("text, word, country, admin1", [
    ("Police killed eight people in a raid in Jacarezinho.", "raid", "BRA", "Rio de Janeiro"),
    ("Police fired tear gas at protesters in Kibera.", "fired", "KEN", "Nairobi"),
    ("Police fired tear gas at protesters in Mathare.", "fired", "KEN", "Nairobi"),
    ("Gangs attacked residents of Martissant.", "attacked", "HTI", "Ouest"),
    ("Gunmen killed five people in Lyari.", "killed", "PAK", "Sindh"),
    ("Gangs attacked residents in Cite Soleil.", "attacked", "HTI", "Ouest"),
    # controls: a story naming the other region keeps the namesake town; a city named with its part stays
    ("Police killed two people in Jacarezinho, in Parana state.", "killed", "BRA", "Parana"),
    ("Police fired tear gas at protesters in the Kibera slum of Nairobi.", "fired", "KEN", "Nairobi"),
    ("Police raided a favela in Sao Paulo.", "raided", "BRA", "Sao Paulo"),
])
def test_city_quarters(pipeline, text: str, word: str, country: str, admin1: str) -> None:
    assert _place(_event(pipeline, text, word)) == (country, admin1)


# 5. an encounter of leaders is a meeting, no fight; a police "encounter" with the dead told stays a fight
@pytest.mark.parametrize("text", [
    "The two leaders had a brief encounter at the airport.",
    "The two leaders had a brief encounter on the sidelines of the summit in Paris.",
    "The encounter between the two presidents lasted ten minutes in Geneva.",
])
def test_meeting_encounter(pipeline, text: str) -> None:
    assert not any(e.plover.get("type") == "ASSAULT" or (e.acled or {}).get("event_type") in (
        "Battles", "Violence against civilians") for e in _events(pipeline, text))


@pytest.mark.parametrize("text, dead", [
    ("Police killed two suspects in an encounter in Uttar Pradesh.", 2),
    ("Two militants were killed in an encounter with security forces in Kupwara.", 2),
])
def test_police_encounter(pipeline, text: str, dead: int) -> None:
    events = _events(pipeline, text)
    assert any((e.acled or {}).get("event_type") in ("Battles", "Violence against civilians")
               and e.fatalities == dead for e in events)
