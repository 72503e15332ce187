"""The lead's round of session 57: Kashmir named by who holds or occupies it ("Pakistan-held Kashmir",
"Pakistan-occupied Kashmir", "Indian-controlled Kashmir") is that side's region, though "Russian-occupied
Melitopol" stays the town; towns of Northern Ireland's Troubles and of Kashmir's Line of Control that the
gazetteer lacked (Lurgan, Loughgall, Bessbrook, Kingsmill, Greysteel, Mendhar, Gurez, Drass) and Indian
spellings (Akhnoor, Budgam, Awantipora) are found there; East and West Berlin are Berlin, not East Berlin,
Pennsylvania; "the Dáil" and "the Duma" are parliaments, not Dā'il in Syria, while "Duma" without "the" in a
Syrian story stays the town, not Russia's parliament. Squares and parks where crowds gather (Tahrir Square,
Taksim Square, the Pearl Roundabout, Shahbag, Lafayette Square) are in their city; South Africa's townships
(Sharpeville, Khayelitsha), Natal, Matabeleland, Kuito, Palma in Mozambique, Kiwanja and Ngarbuh are found.
One who joins protesters or strikers protests with them, not against them. A nation's capital is not a
namesake abroad ten times smaller whose region the story does not name when its country is named (Panama
City, Kingston); the Ladies in
White are Cuba's, not White County's; the demonyms of several words and the rarer ones ("Panamanian police",
"South African troops") vote for their country. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, date: str):
    return pipeline.code(document_from_text(text, doc_id="lead57", published=date))


def _event(pipeline, text: str, date: str, word: str):
    return next(e for e in _events(pipeline, text, date) if e.trigger.text == word)


def _where(event) -> tuple[str | None, str | None]:
    loc = event.location
    return (loc.country, loc.admin1) if loc is not None else (None, None)


# 1. Kashmir by who holds it
@pytest.mark.parametrize("text, word, where", [
    ("Indian troops shelled villages in Pakistan-occupied Kashmir.", "shelled", "PAK"),
    ("Indian troops shelled villages in Pakistan-held Kashmir on Monday.", "shelled", "PAK"),
    ("Indian artillery pounded posts in Pakistan-controlled Kashmir.", "pounded", "PAK"),
    ("Pakistani troops shelled villages in Indian-held Kashmir.", "shelled", "IND"),
    ("Pakistani troops fired on villages in Indian-occupied Kashmir, Radio Pakistan said.", "fired", "IND"),
    ("Rebels attacked a police post in Indian-controlled Kashmir.", "attacked", "IND"),
    # controls: a town named by who occupies it, and the plain names
    ("Ukrainian drones struck Russian-occupied Melitopol.", "drones struck", "UKR"),
    ("Indian troops shelled villages in Pakistan-administered Kashmir.", "shelled", "PAK"),
    ("Militants attacked an army camp in Indian-administered Kashmir.", "attacked", "IND"),
])
def test_kashmir_by_holder(pipeline, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, "2019-03-01", word))[0] == where


# 2. towns the gazetteer lacked
@pytest.mark.parametrize("date, text, word, where, admin1", [
    ("1992-05-01", "Police raided a house in Lurgan.", "raided", "GBR", "Northern Ireland"),
    ("1987-05-09", "Soldiers shot dead eight IRA men at Loughgall.", "shot dead", "GBR", "Northern Ireland"),
    ("1976-01-06", "Gunmen killed ten workmen at Kingsmill.", "killed", "GBR", "Northern Ireland"),
    ("1993-11-01", "Loyalist gunmen opened fire in a bar in Greysteel.", "opened fire", "GBR",
     "Northern Ireland"),
    ("1990-01-10", "An IRA bomb exploded at the army base in Bessbrook.", "exploded", "GBR",
     "Northern Ireland"),
    ("2020-02-01", "Pakistani troops shelled Indian posts in Akhnoor sector.", "shelled", "IND",
     "Jammu and Kashmir"),
    ("2020-02-01", "Pakistani troops fired on villages in Mendhar on Sunday.", "fired", "IND",
     "Jammu and Kashmir"),
    ("2020-02-01", "Militants attacked an army post in Gurez.", "attacked", "IND", "Jammu and Kashmir"),
    ("2020-02-01", "Two militants were killed in a gunfight in Budgam.", "gunfight", "IND",
     "Jammu and Kashmir"),
    ("1999-06-10", "Indian troops shelled Pakistani positions near Drass.", "shelled", "IND", "Ladakh"),
    # controls: towns the gazetteer had
    ("1998-08-16", "A car bomb exploded in Omagh.", "exploded", "GBR",
     "Northern Ireland"),
    ("2020-02-01", "Militants attacked a police station in Pulwama.", "attacked", "IND", "Jammu and Kashmir"),
])
def test_towns_found(pipeline, date: str, text: str, word: str, where: str, admin1: str) -> None:
    assert _where(_event(pipeline, text, date, word)) == (where, admin1)


# 3. Berlin's halves
@pytest.mark.parametrize("date, text, word, where", [
    ("1962-08-18", "Border guards shot a man trying to flee East Berlin.", "shot", "DEU"),
    ("1967-06-02", "Police clashed with students in West Berlin.", "clashed", "DEU"),
    ("1953-06-17", "Soviet tanks crushed a workers' uprising in East Berlin.", "crushed", "DEU"),
    # control: the city
    ("2020-08-29", "Police dispersed protesters in Berlin.", "dispersed", "DEU"),
])
def test_berlin_halves(pipeline, date: str, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, date, word))[0] == where


# 4. parliaments after "the" are no towns abroad; a town's name without "the" stays the town
@pytest.mark.parametrize("text, word, where", [
    ("The Gardaí clashed with protesters outside the Dáil.", "clashed", "IRL"),
    ("Farmers protested outside the Dail on Tuesday.", "protested", "IRL"),
    # controls: the Syrian towns
    ("A chemical attack in Duma killed dozens of people.", "attack", "SYR"),
    ("Government forces shelled Duma in eastern Ghouta.", "shelled", "SYR"),
])
def test_parliament_no_town(pipeline, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, "2018-04-08", word))[0] == where


@pytest.mark.parametrize("text, word, role, country, sector", [
    ("Government forces shelled Duma in eastern Ghouta.", "shelled", "target", "SYR", None),
    # controls: the parliaments
    ("The Duma passed a law on foreign agents and banned the group.", "banned", "source", "RUS", "LEG"),
    ("Protesters marched to the Knesset in Jerusalem.", "marched", "source", "ISR", "CVL"),
])
def test_parliament_or_town_actor(pipeline, text: str, word: str, role: str, country: str,
                                  sector: str | None) -> None:
    actors = getattr(_event(pipeline, text, "2018-04-08", word), role)
    assert [(a.country, a.sector) for a in actors][:1] == [(country, sector)]


# 5. squares and parks where crowds gather
@pytest.mark.parametrize("text, word, town, where", [
    ("Protesters gathered in Tahrir Square on Friday.", "gathered", "Cairo", "EGY"),
    ("Iraqi protesters gathered in Tahrir Square on Friday.", "gathered", "Baghdad", "IRQ"),
    ("Police dispersed protesters in Taksim Square.", "dispersed", "Istanbul", "TUR"),
    ("Students rallied in Tiananmen Square.", "rallied", "Beijing", "CHN"),
    ("Protesters occupied the Pearl Roundabout.", "occupied", "Manama", "BHR"),
    ("Tens of thousands rallied at Shahbag.", "rallied", "Dhaka", "BGD"),
    ("Police cleared protesters from Lafayette Square.", "cleared", "Washington", "USA"),
    ("Protesters occupied Syntagma Square.", "occupied", "Athens", "GRC"),
    # controls: a square the gazetteer had, a city named beside the square
    ("Protesters marched to Trafalgar Square.", "marched", "Trafalgar Square", "GBR"),
    ("Demonstrators gathered in Martyrs' Square in Beirut.", "gathered", "Beirut", "LBN"),
])
def test_squares_in_their_city(pipeline, text: str, word: str, town: str, where: str) -> None:
    loc = _event(pipeline, text, "2020-01-10", word).location
    assert (loc.name, loc.country) == (town, where)


# 6. places of Southern and Central Africa
@pytest.mark.parametrize("date, text, word, where, admin1", [
    ("1960-03-22", "Police opened fire on protesters in Sharpeville, killing 69 people.", "opened fire",
     "ZAF", "Gauteng"),
    ("2019-05-10", "Residents of Khayelitsha blocked roads to protest poor services.", "blocked",
     "ZAF", "Western Cape"),
    ("1990-08-10", "Inkatha supporters clashed with ANC supporters in Natal.", "clashed", "ZAF",
     "KwaZulu-Natal"),
    ("1993-06-01", "UNITA shelled Kuito for months.", "shelled", "AGO", "Bie"),
    ("2021-03-25", "Insurgents attacked the town of Palma in northern Mozambique.", "attacked", "MOZ",
     "Cabo Delgado"),
    ("2008-11-05", "M23 rebels took control of Kiwanja.", "took control", "COD", "Nord-Kivu"),
    ("2020-02-16", "Soldiers killed 21 civilians in Ngarbuh.", "killed", "CMR", "Nord-Ouest"),
    # controls: Palma of Majorca, the province of today
    ("2020-02-16", "A man was killed in Palma de Mallorca.", "killed", "ESP", "Balearic Islands"),
    ("2021-07-12", "Rioters looted shops in KwaZulu-Natal.", "looted", "ZAF", "KwaZulu-Natal"),
])
def test_southern_africa_places(pipeline, date: str, text: str, word: str, where: str, admin1: str) -> None:
    assert _where(_event(pipeline, text, date, word)) == (where, admin1)


# 7. joining protesters or strikers
@pytest.mark.parametrize("text, word, cls, source", [
    ("Opposition leader Raila Odinga joined protesters in Nairobi.", "joined", "PROTEST", "KEN"),
    ("Dockers joined the strikers at the port of Durban.", "joined", "PROTEST", "ZAF"),
    ("Hundreds of lawyers joined demonstrators outside the court in Lahore.", "joined", "PROTEST", "PAK"),
])
def test_joined_crowd(pipeline, text: str, word: str, cls: str, source: str) -> None:
    event = _event(pipeline, text, "2023-01-10", word)
    assert event.plover["type"] == cls
    assert [a.country for a in event.source][:1] == [source]
    assert event.target == []


@pytest.mark.parametrize("text, word, cls", [
    # controls: joining rebels is a defection with the rebels as target; joining a protest keeps the noun
    ("Two soldiers joined the rebels in the hills.", "joined", "RETREAT"),
    ("Finland joined NATO in 2023.", "joined", "COOPERATE"),
])
def test_joined_controls(pipeline, text: str, word: str, cls: str) -> None:
    event = _event(pipeline, text, "2023-06-10", word)
    assert event.plover["type"] == cls and event.target


# 8. capitals over small namesakes abroad; demonyms that voted for nothing
@pytest.mark.parametrize("date, text, word, where", [
    ("1989-12-22", "Troops from the United States patrolled the streets of Panama City.", "patrolled", "PAN"),
    ("2017-03-01", "Police in Kingston arrested a man wanted in the United States for murder.", "arrested",
     "JAM"),
    ("2010-06-23", "Coke was arrested on the outskirts of Kingston and extradited to the United States.",
     "arrested", "JAM"),
    ("2016-03-20", "Police detained members of the Ladies in White after Mass in Havana.", "detained", "CUB"),
    ("2017-03-01", "Panamanian police seized cocaine in the port of Colón.", "seized", "PAN"),
    # controls: the namesake named with its state, the capital with its own people
    ("2017-03-01", "Police in Kingston, New York, arrested a man on Sunday.", "arrested", "USA"),
    ("2017-03-01", "A man was shot in Panama City, Florida.", "shot", "USA"),
    ("1989-12-20", "US Marines landed in Panama City on Wednesday.", "landed", "PAN"),
    ("2017-03-01", "Cuban police arrested an American contractor in Havana.", "arrested", "CUB"),
    # Syria's Ras al-Ain, not Israel's Rosh Ha'Ayin; Israel's town stays
    ("2019-10-10", "Turkish troops shelled Ras al-Ain on Sunday.", "shelled", "SYR"),
    ("2019-10-10", "Turkish troops shelled Ras Al-Ain on Sunday.", "shelled", "SYR"),
    ("2019-10-10", "A rocket hit Rosh HaAyin in central Israel.", "hit", "ISR"),
])
def test_capitals_and_demonyms(pipeline, date: str, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, date, word))[0] == where
