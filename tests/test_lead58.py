"""The lead's round of session 58: a town or capital that is also a first name, followed at once by a
capitalised word no dictionary knows that ends the name, opens a person's name ("Paris Hilton", "Santiago
Abascal", "Sofia Coppola", "Washington Irving", "Austin Tice", "Alexandria Ocasio-Cortez"): no place of the
story and no capital standing for its government. Names of things called after the town ("the Washington
Post", "the Lima Group", "Sofia Airport", "the Washington Irving Bridge", "Kenya Defence Forces") and a known
word after it ("In Kingston Police arrested", "In Paris Macron met") keep the place. Uri and Hangu are the
towns of their districts in Kashmir and Khyber Pakhtunkhwa; the Cape Flats are Cape Town's; lands of nature
after a demonym ("the Peruvian Amazon") are in its country; one person of a calling no dictionary knows after
a demonym ("a Canadian geologist") is its civilians. Sentences written for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, date: str = "2024-06-01"):
    return pipeline.code(document_from_text(text, doc_id="lead58", published=date))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


# 1. a first name that is a capital: a person, not the capital's government nor its place
@pytest.mark.parametrize("text, word, name", [
    ("Santiago Abascal criticised the government.", "criticised", "Santiago Abascal"),
    ("Paris Hilton criticised the new law.", "criticised", "Paris Hilton"),
    ("Sofia Coppola condemned the ban.", "condemned", "Sofia Coppola"),
    ("Washington Irving criticised the government.", "criticised", "Washington Irving"),
    ("Lima Barreto denounced the police.", "denounced", "Lima Barreto"),
    ("Kingston Clarke accused the minister of lying.", "accused", "Kingston Clarke"),
])
def test_capital_as_first_name(pipeline, text: str, word: str, name: str) -> None:
    event = _event(pipeline, text, word)
    assert event.source[0].name == name
    assert event.source[0].country is None
    assert _where(event) is None


# 2. a first name that is a town or a country: no place of the story
@pytest.mark.parametrize("text, word", [
    ("Austin Tice criticised the government.", "criticised"),
    ("Alexandria Ocasio-Cortez accused the police of brutality.", "accused"),
    ("Sanaa Seif was arrested outside the prosecutor's office.", "arrested"),
])
def test_town_as_first_name(pipeline, text: str, word: str) -> None:
    assert _where(_event(pipeline, text, word)) is None


# 3. controls: the place or capital stays
@pytest.mark.parametrize("text, word, where, source", [
    ("Santiago rejected the Argentine claim.", "rejected", "CHL", "Government of Chile"),
    ("Santiago officials criticised the government.", "criticised", "CHL", "Government of Chile"),
    ("In Kingston Police arrested five men.", "arrested", "JAM", "Police Forces of Jamaica"),
    ("Police in Austin arrested 12 protesters.", "arrested", "USA", "Police Forces of the United States"),
    ("Police fired tear gas at protesters in Paris Sunday.", "fired", "FRA", "Police Forces of France"),
    ("Protesters marched in Santiago on Friday.", "marched", "CHL", "Protesters (Chile)"),
    ("The Lima Group condemned the vote, Peruvian officials said.", "condemned", "PER", None),
    ("Houthi forces shelled Sanaa International Airport.", "shelled", "YEM", None),
    ("Paris Saint-Germain fans clashed with police.", "clashed", "FRA", "Rioters (France)"),
    ("Police arrested two men near the Washington Irving Bridge.", "arrested", "USA", None),
    ("The Washington Anti-Terror Unit arrested two men.", "arrested", "USA", None),
    ("Kenya Wildlife Service rangers shot dead two poachers.", "shot dead", "KEN", None),
])
def test_places_kept(pipeline, text: str, word: str, where: str, source: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == where
    if source is not None:
        assert event.source[0].name == source


# 4. controls: a name known as a person's stays that person's
@pytest.mark.parametrize("text, word, name, country", [
    ("Santiago Peña met Lula in Brasília.", "met", "Santiago Peña", "PRY"),
    ("Israel Katz threatened Hezbollah.", "threatened", "Israel Katz", "ISR"),
])
def test_known_people(pipeline, text: str, word: str, name: str, country: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.source[0].name, event.source[0].country) == (name, country)


# 5. towns the news names for their district, and the Cape Flats
@pytest.mark.parametrize("text, word, where", [
    ("Militants attacked an army camp in Uri, killing 18 soldiers.", "attacked", "IND"),
    ("A suicide bomber killed 30 people at a market in Hangu.", "killed", "PAK"),
    ("Gang violence on the Cape Flats left 12 people dead over the weekend.", "violence", "ZAF"),
    ("Rebels seized the oil port of Brega after heavy fighting.", "seized", "LBY"),
    ("Villagers in Wukan protested against land seizures.", "protested", "CHN"),
    ("Gunmen killed an indigenous leader in the Vale do Javari.", "killed", "BRA"),
    ("Soldiers clashed with cartel gunmen in the Sierra Tarahumara.", "clashed", "MEX"),
    ("Workers at the Escondida copper mine went on strike.", "went on strike", "CHL"),
    # controls: the larger namesakes with their own cues
    ("Swiss police closed the Gotthard road tunnel in the canton of Uri.", "closed", "CHE"),
    ("Jordanian police arrested five men in Karak.", "arrested", "JOR"),
])
def test_district_towns(pipeline, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, word)) == where


def test_cape_verdeans_keep_their_country(pipeline) -> None:
    """"Cape Verdean" is one demonym: "the Cape" alone is no Cape Verde."""
    event = _event(pipeline, "Cape Verdean police arrested two men in Praia.", "arrested")
    assert event.source[0].country == "CPV"


# 6. a land of nature after a demonym is in that country, not the victims' (andes-3)
@pytest.mark.parametrize("text, word, where", [
    ("Two Swiss tourists were kidnapped in the Colombian Amazon.", "kidnapped", "COL"),
    ("A Japanese photographer was killed in the Venezuelan jungle.", "killed", "VEN"),
    ("Five Guatemalan migrants were found dead in the Mexican desert.", "found dead", "MEX"),
    ("An American missionary was shot dead in the Bolivian highlands.", "shot dead", "BOL"),
    ("A Canadian geologist was kidnapped on the Ecuadorian coast.", "kidnapped", "ECU"),
    ("Gunmen abducted two Italian aid workers in the Kenyan bush.", "abducted", "KEN"),
    # controls: places named by the same shape, and a thing named by a land's word
    ("Two British tourists were kidnapped in the Colombian mountains.", "kidnapped", "COL"),
    ("A German tourist was kidnapped in the Colombian town of Tumaco.", "kidnapped", "COL"),
    ("Venezuelan troops detained a Colombian coast guard crew in Caracas.", "detained", "VEN"),
])
def test_lands_of_nature(pipeline, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, word)) == where


# 7. a demonym before one person of a calling no dictionary knows: that country's civilians, not its state
@pytest.mark.parametrize("text, word, target", [
    ("A Canadian geologist was kidnapped in Mali.", "kidnapped", "Civilians (Canada)"),
    ("An Argentine backpacker was murdered in Peru.", "murdered", "Civilians (Argentina)"),
    ("A German cyclist was shot dead in Afghanistan.", "shot dead", "Civilians (Germany)"),
    ("Gunmen kidnapped a Norwegian botanist in Sabah.", "kidnapped", "Civilians (Norway)"),
    # controls: known callings and officials
    ("Gunmen abducted a French engineer in Niger.", "abducted", "Labour Group (France)"),
    ("A Russian official was killed in a car bomb in Moscow.", "car bomb", "Government of Russia"),
    ("Two Chinese geologists were kidnapped in Pakistan.", "kidnapped", "Civilians (China)"),
])
def test_one_person_of_a_calling(pipeline, text: str, word: str, target: str) -> None:
    assert _event(pipeline, text, word).target[0].name == target
