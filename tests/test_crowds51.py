"""Crowd sizes (round crowds51): a crowd counted by a vague or plain number "of" its people ("Thousands of
nurses rallied", "Tens of thousands of workers rallied", "Hundreds of students protested"), by "a crowd of
N", by people of a trade or standing ("Some 2,500 miners marched", "Dozens of taxi drivers blocked the road"),
or as the subject of a light verb whose object is a protest ("About 700 bus drivers held a protest", "400
pensioners staged a sit-in") gives the protest its size; "tens of thousands" is 10,000. People held or hurt
"of" a number ("Police detained hundreds of protesters") are counted by that verb, not as a crowd; soldiers
deployed and the dead of a war get no size; a lede's exact figure still beats a headline's vague one.
Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="crowds51", published="2022-09-20")))


def _primary(pipeline, text: str):
    return next(e for e in _events(pipeline, text) if e.primary)


# 1. a crowd counted "of" a vague or plain number: the number's verb tells its size
@pytest.mark.parametrize("text, word, size", [
    ("Thousands of nurses rallied in Accra on Wednesday.", "rallied", 1000),
    ("Hundreds of students protested outside the education ministry in Nairobi.", "protested", 100),
    ("Tens of thousands of workers rallied in Seoul on Saturday.", "rallied", 10000),
    ("Hundreds of thousands of people demonstrated in Santiago against inequality.", "demonstrated", 100000),
    ("Hundreds of garment workers took to the streets of Phnom Penh on Monday.", "took to the streets", 100),
    ("Thousands of farmers drove their tractors into Warsaw to protest against grain imports.", "protest",
     1000),
    ("Dozens of taxi drivers blocked the airport road in Nairobi.", "blocked", 12),
    # variants
    ("Thousands of teachers went on strike in Lagos on Monday.", "went on strike", 1000),
    ("Tens of thousands of farmers blocked highways across France.", "blocked", 10000),
    ("Hundreds of pensioners gathered outside parliament in Athens.", "gathered", 100),
    ("Hundreds of villagers drove to the district office to protest against the dam.", "protest", 100),
    ("Tens of thousands of people marched through Belgrade on Saturday.", "marched", 10000),
])
def test_vague_crowd_size(pipeline, text: str, word: str, size: int) -> None:
    event = _primary(pipeline, text)
    assert event.trigger.text == word
    assert event.plover["type"] == "PROTEST"
    assert event.size == size


# 2. people of a trade, a crowd of N, a light verb with a protest as its object
@pytest.mark.parametrize("text, word, size", [
    ("About 700 bus drivers held a protest outside city hall in Lagos.", "protest", 700),
    ("Roughly 400 pensioners staged a sit-in outside the social security office in Montevideo.", "sit-in",
     400),
    ("Around 1,200 dockers staged a walkout at the port of Genoa.", "walkout", 1200),
    ("Some 2,500 miners marched to the company's offices in Johannesburg.", "marched", 2500),
    ("A crowd of around 3,000 gathered in front of parliament in Sofia.", "gathered", 3000),
    # variants
    ("Dozens of lawyers staged a sit-in outside the supreme court in Islamabad.", "sit-in", 12),
    ("About 300 truckers held a rally near the border crossing in Ottawa.", "rally", 300),
    ("Some 150 market traders marched to the governor's office in Kano.", "marched", 150),
    ("A crowd of about 500 marched on the police station in Kisumu.", "marched", 500),
    ("Around 800 employees staged a strike at the car plant in Pune.", "strike", 800),
    ("About 5,000 civil servants joined a march in Accra.", "march", 5000),
    ("Thousands of mothers held a vigil in Buenos Aires.", "vigil", 1000),
])
def test_crowd_of_people_size(pipeline, text: str, word: str, size: int) -> None:
    event = _primary(pipeline, text)
    assert event.trigger.text == word
    assert event.size == size


# controls: counts already read stay so; people held, hurt, dead or deployed are no crowd
@pytest.mark.parametrize("text, word, size, arrested, injured, killed", [
    ("About 2,000 protesters held a rally in Tirana on Sunday.", "rally", 2000, None, None, None),
    ("More than 20,000 teachers went on strike in Oklahoma.", "went on strike", 20000, None, None, None),
    ("Some 6,000 workers protested in Bucharest against wage freezes.", "protested", 6000, None, None, None),
    ("Around 300 demonstrators gathered outside the embassy in Paris.", "gathered", 300, None, None, None),
    ("Police arrested 40 people during the protest in Lima.", "arrested", None, 40, None, None),
    ("Several hundred doctors marched in Lahore on Monday.", "marched", 100, None, None, None),
    ("Hundreds of soldiers were deployed in the capital.", "deployed", None, None, None, None),
    ("Thousands of people were killed in the war.", "killed", None, None, None, 1000),
    ("Police arrested dozens of striking workers.", "arrested", None, 12, None, None),
    ("Police detained hundreds of protesters in Minsk.", "detained", None, 100, None, None),
    ("Hundreds of protesters were detained in Moscow on Sunday.", "detained", None, 100, None, None),
    ("Security forces injured scores of demonstrators.", "injured", None, None, 20, None),
    ("About 200 drivers were arrested after the protest in Lagos.", "arrested", None, 200, None, None),
    ("Thousands of protesters clashed with police in Santiago, leaving three people dead.", "clashed",
     None, None, None, 3),
])
def test_crowd_size_controls(pipeline, text: str, word: str, size: int | None, arrested: int | None,
                             injured: int | None, killed: int | None) -> None:
    event = _primary(pipeline, text)
    assert event.trigger.text == word
    assert (event.size, event.arrested, event.injured, event.fatalities) == (size, arrested, injured, killed)


def test_lede_figure_beats_vague_headline(pipeline) -> None:
    text = ("Tens of thousands of nurses march in Madrid\n"
            "MADRID, May 3 - About 60,000 nurses marched through central Madrid on Saturday to protest "
            "against staff cuts.")
    event = _primary(pipeline, text)
    assert event.trigger.text == "marched"
    assert event.size == 60000


@pytest.mark.parametrize("text", [
    # controls: no protest, no size, whatever the crowd's words
    "Hundreds of people fled the fighting in Goma.",
    "The government paid 2,000 farmers compensation last year.",
    "Thousands of miners lost their jobs when the pit closed.",
])
def test_no_protest_no_size(pipeline, text: str) -> None:
    assert all(e.size is None for e in _events(pipeline, text))
