"""Organisations' names, seas, company heads, nationalists and agency raids (round orgnames56, item
orgnames-1). A place word inside the name of an armed or political organisation the actor dictionaries know
is no place abroad ("the Free Papua Movement" holds no Free State of South Africa, "the Free Syrian Army"
none either); a place of the organisation's own country stays ("the Free Aceh Movement": Aceh). An event at
sea keeps the story's country only when the sea's listed shores hold it, and disputed East Asian waters have
none ("the Chinese coast guard rammed a Philippine boat in the South China Sea": the sea, of no country;
Houthi attacks in the Red Sea stay Yemen's). The head of a company named after its name ("the Samsung
president", "Deutsche Bank chief Alfred Herrhausen") is business, not a state's official. A people's
nationalists or independence fighters who bomb or shoot are rebels, not its civilians. A raid on a home or
an office by an investigating agency ("the ED", "the CBI") or by tax officials is a search (COERCE seize),
not an attack. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    doc = document_from_text(text, doc_id="orgnames56", published="2024-06-01")
    return next(e for e in pipeline.code(doc) if e.trigger.text == word)


def _where(event) -> tuple[str | None, str | None]:
    loc = event.location
    return (loc.name, loc.country) if loc is not None else (None, None)


def _actor(actors) -> tuple:
    a = actors[0]
    return (a.name, a.country, a.sector, a.inter)


# 1. a place word inside an armed or political organisation's name is no place abroad
@pytest.mark.parametrize("text, word, country, target_country", [
    ("The Free Papua Movement killed two soldiers in the highlands.", "killed", "IDN", "IDN"),
    ("Fighters of the Free Papua Movement burned a school.", "burned", "IDN", "IDN"),
    # variants
    ("Gunmen of the Free Aceh Movement ambushed an army truck in the hills.", "ambushed", "IDN", "IDN"),
    ("The Free Syrian Army shelled a government position near Idlib.", "shelled", "SYR", "SYR"),
    # controls: a place of the organisation's own country, a named place, the Kurdistan Workers' Party
    ("The Kurdistan Workers' Party attacked a military outpost in Hakkari province.", "attacked",
     "TUR", "TUR"),
    ("Fighters of the Kurdistan Workers' Party killed three Turkish soldiers.", "killed", "TUR", "TUR"),
    ("The Kenya Defence Forces killed ten al-Shabaab militants in Lamu.", "killed", "KEN", None),
    ("On 8 August 2020, Sindh Rangers raided a house in Hyderabad and arrested three men.", "arrested",
     "PAK", "PAK"),
])
def test_a_place_inside_an_organisations_name_is_no_place_abroad(pipeline, text: str, word: str, country: str,
                                                                 target_country: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _where(event)[1] == country
    if target_country is not None:
        assert event.target[0].country == target_country


def test_an_own_country_place_in_the_name_stays() -> None:
    """"the Sindh Rangers" keep Sindh (Pakistan's), "the Free Papua Movement" loses Free (South Africa's)."""
    from chronica.geo.resolve import _body_spans

    spans = _body_spans("Sindh Rangers and the Free Papua Movement clashed.")
    assert [(s[2]) for s in spans] == ["PAK", "IDN"]


# 2. an event at sea: the story's country only when the sea's shores hold it; disputed waters have none
@pytest.mark.parametrize("text, word, want", [
    ("The Chinese coast guard rammed a Philippine supply boat in the South China Sea.", "rammed",
     ("South China Sea", None)),
    ("Philippine troops clashed with Chinese sailors in the South China Sea.", "clashed",
     ("South China Sea", None)),
    ("Chinese fighter jets intercepted a U.S. Navy reconnaissance plane over the South China Sea.",
     "intercepted", ("South China Sea", None)),
    # variants
    ("Chinese coast guard ships fired water cannon at Philippine vessels in the South China Sea.", "fired",
     ("South China Sea", None)),
    ("US destroyers fired on Houthi boats in the Red Sea.", "fired", ("Red Sea", None)),
    # controls: a shore state's deed at sea, a named feature, a town
    ("Houthi rebels fired missiles at a Greek-owned tanker in the Red Sea.", "fired", ("Red Sea", "YEM")),
    ("Iranian forces seized an oil tanker in the Strait of Hormuz.", "seized", ("Strait of Hormuz", "IRN")),
    ("Russian warships fired on a Ukrainian boat in the Black Sea.", "fired", ("Black Sea", "RUS")),
    ("Chinese coast guard ships fired water cannon at Philippine vessels off Palawan.", "fired",
     ("Palawan", "PHL")),
])
def test_a_sea_takes_no_country_from_beyond_its_shores(pipeline, text: str, word: str, want: tuple) -> None:
    assert _where(_event(pipeline, text, word)) == want


# 3. the head of a company named after its name is business
@pytest.mark.parametrize("text, word, target", [
    ("Deutsche Bank chief Alfred Herrhausen was killed by a bomb in 1989.", "killed",
     ("Alfred Herrhausen", None, "BUS", 7)),
    ("Police arrested the Samsung president in Seoul.", "arrested", ("Samsung", "KOR", "BUS", 7)),
    # variants
    ("Gunmen kidnapped the Samsung chief executive in Manila.", "kidnapped", ("Samsung", "KOR", "BUS", 7)),
    ("Police arrested bank chief Adam Kowalski in Warsaw.", "arrested", ("Adam Kowalski", "POL", "BUS", 7)),
    # controls: a chairman, a police chief, an army chief
    ("The Samsung chairman was arrested on bribery charges.", "arrested", ("Samsung", "KOR", "BUS", 7)),
    ("Gunmen shot dead the Shell chief in Lagos.", "shot dead", ("Shell", "GBR", "BUS", 7)),
    ("The police chief was shot dead in Karachi.", "shot dead",
     ("Police Forces of Pakistan", "PAK", "COP", 1)),
    ("Protesters blocked the convoy of army chief Asim Munir in Rawalpindi.", "blocked",
     ("Asim Munir", "PAK", "MIL", 1)),
])
def test_a_company_head_is_business(pipeline, text: str, word: str, target: tuple) -> None:
    assert _actor(_event(pipeline, text, word).target) == target


# 4. nationalists and independence fighters who bomb or shoot are rebels
@pytest.mark.parametrize("text, word, source", [
    ("Corsican nationalists bombed a police station in Ajaccio.", "bombed",
     ("Rebels (France)", "FRA", "REB", 2)),
    ("Kurdish nationalists shot dead two policemen in Diyarbakir.", "shot dead",
     ("Rebels (Turkey)", "TUR", "REB", 2)),
    # variants
    ("Basque nationalists set off a car bomb outside a police barracks in Bilbao.", "set",
     ("Rebels (Spain)", "ESP", "REB", 2)),
    ("Tamil independence fighters ambushed an army convoy near Jaffna.", "ambushed",
     ("Rebels (Sri Lanka)", "LKA", "REB", 2)),
    ("Independence fighters ambushed a French patrol near Algiers.", "ambushed",
     ("Rebels (Algeria)", "DZA", "REB", 2)),
    # controls: separatists named by their group, nationalists who rally
    ("Basque separatists shot dead a town councillor in Bilbao.", "shot dead", ("ETA", "ESP", "REB", 2)),
])
def test_nationalists_who_bomb_are_rebels(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actor(_event(pipeline, text, word).source) == source


@pytest.mark.parametrize("text, word", [
    ("Catalan nationalists rallied in Barcelona.", "rallied"),
    ("Scottish nationalists marched through Edinburgh.", "marched"),
])
def test_nationalists_who_rally_are_no_rebels(pipeline, text: str, word: str) -> None:
    assert _event(pipeline, text, word).source[0].sector != "REB"


# 5. a raid on a home or an office by an investigating agency or tax officials is a search
@pytest.mark.parametrize("text, word, kind", [
    ("The ED raided the homes of two ministers in Kolkata.", "raided", ("COERCE", "seize")),
    ("Tax officials raided the offices of the newspaper in Delhi.", "raided", ("COERCE", "seize")),
    ("The CBI raided the residence of the former chief minister in Ranchi.", "raided", ("COERCE", "seize")),
    # variants
    ("The National Accountability Bureau raided the house of a former minister in Lahore.", "raided",
     ("COERCE", "seize")),
    ("The NIA raided the office of a charity in Srinagar.", "raided", ("COERCE", "seize")),
    ("Customs officials raided a warehouse in Mombasa.", "raided", ("COERCE", "seize")),
    ("The ED raided 15 locations linked to the Congress MLA in Jharkhand.", "raided", ("COERCE", "seize")),
    # controls: a police raid, gunmen's and soldiers' raids
    ("Police raided a drug den in Lahore and arrested five men.", "raided", ("COERCE", "seize")),
    ("Gunmen raided a village in Zamfara and killed 12 people.", "raided", ("ASSAULT", None)),
    ("Soldiers raided a rebel hideout in Kachin State.", "raided", ("ASSAULT", None)),
    ("Gunmen raided the offices of a radio station in Mogadishu.", "raided", ("ASSAULT", None)),
])
def test_an_agency_raid_is_a_search(pipeline, text: str, word: str, kind: tuple) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover.get("type"), event.plover.get("mode") or None) == kind
