"""Crowd sizes and arrest counts in common shapes (round counts56): a bare vague number or figure that is the
subject of a crowd's verb ("Thousands marched", "Tens of thousands rallied", "About 300 marched") is the
crowd's size; so is the crowd a protest drew or attracted ("The protest drew about 5,000 people", which
also makes "the march attracted ..." a protest), and the number a crowd is told "numbering"; a figure told
in the next sentence ("The ministry said 48,000 people took part") refines a vague size of the protest before.
Arrests told by a verb and its particle ("rounded up 45 suspects"), by "into custody" ("were taken into
custody") or by "picked up" with police or troops as doers are counted, and so is a bare object the model
took for a date ("detained 40 and wounded 12"). Counted nouns, verbs of flight or death and "picked up" of
passengers or seats keep their readings. Sentences written for the test, each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="counts56", published="2024-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


# 1. a crowd's size: bare numbers as subjects, a crowd drawn by a protest, "numbering"
@pytest.mark.parametrize("text, word, size", [
    ("Thousands marched through Nairobi on Tuesday.", "marched", 1000),
    ("Tens of thousands rallied in Tel Aviv against the judicial overhaul.", "rallied", 10000),
    ("Hundreds marched through the centre of Harare on Wednesday.", "marched", 100),
    ("The protest drew about 5,000 people, police said.", "protest", 5000),
    ("The march attracted about 15,000 people, police said.", "march", 15000),
    ("Strikers, numbering about 4,000, blocked the port entrance.", "blocked", 4000),
    # variants
    ("Dozens protested outside parliament in Nairobi.", "protested", 12),
    ("Hundreds of thousands rallied in Santiago on Friday.", "rallied", 100000),
    ("About 300 marched to the governor's office in Lagos.", "marched", 300),
    ("Thousands took to the streets of Caracas on Sunday.", "took to the streets", 1000),
    ("The rally drew tens of thousands of people to the capital.", "rally", 10000),
    ("The demonstration attracted thousands, organisers said.", "demonstration", 1000),
    ("The protesters, who numbered about 600, marched on the ministry.", "marched", 600),
    ("Hundreds gathered outside the court in Harare to demand his release.", "gathered", 100),
    # controls: a counted crowd noun, two sources (the lower figure), a strike
    ("Thousands of people marched through Nairobi on Tuesday.", "marched", 1000),
    ("About 2,000 activists protested outside the US embassy in Manila.", "protested", 2000),
    ("Police said 5,000 people took part in the rally in Barcelona, while organisers put the turnout at "
     "50,000.", "rally", 5000),
    ("Some 500 nurses went on strike in Accra.", "went on strike", 500),
])
def test_crowd_size(pipeline, text: str, word: str, size: int) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == "PROTEST"
    assert event.size == size


@pytest.mark.parametrize("text", [
    # controls: no crowd's size where no crowd protests
    "The army deployed 2,000 troops to the border region on Wednesday.",
    "Thousands fled the fighting in Khartoum on Monday.",
    "Thousands were displaced by the fighting.",
    "The concert drew 20,000 fans to the stadium.",
    "Hundreds were killed in the floods.",
])
def test_no_crowd_size(pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert all(e.size is None for e in events)
    assert all(e.plover["type"] != "PROTEST" for e in events)


# 2. a figure in the next sentence refines a vague size of the protest before
@pytest.mark.parametrize("text, size", [
    ("Tens of thousands marched in Paris on Saturday against the pension reform. The interior ministry said "
     "48,000 people took part, while the CGT union put the figure at 400,000.", 48000),
    ("Thousands rallied in Lima on Monday against the president. Police said 6,000 people took part.", 6000),
    # controls: a figure told first holds; a vague size with nothing after it stays
    ("About 3,000 people marched in Lima on Monday against the president. Police said 9,000 people took "
     "part.", 3000),
    ("Tens of thousands marched in Paris on Saturday against the pension reform.", 10000),
])
def test_size_told_next(pipeline, text: str, size: int) -> None:
    protests = [e for e in _events(pipeline, text) if e.plover["type"] == "PROTEST"]
    assert len(protests) == 1
    assert protests[0].size == size


# 3. arrests: a verb with its particle, "into custody", "picked up" by police, a bare object
@pytest.mark.parametrize("text, word, arrested", [
    ("Police rounded up 45 suspected gang members in San Salvador.", "rounded", 45),
    ("Police rounded up dozens of migrants in Tripoli.", "rounded", 12),
    ("Eight demonstrators were taken into custody in Minsk.", "taken into custody", 8),
    ("Police took 30 people into custody after the match.", "took", 30),
    ("Police picked up 17 activists outside the court in Istanbul.", "picked", 17),
    ("Security forces detained 40 and wounded 12 during the protest.", "detained", 40),
    # variants
    ("Police rounded up 60 protesters in Dhaka.", "rounded", 60),
    ("More than 100 people were rounded up by police in Lahore.", "rounded", 100),
    ("Soldiers picked up 12 youths in the village of Kamwenge.", "picked", 12),
    ("Police took 15 students into custody in Dhaka.", "took", 15),
    ("Troops detained 25 and killed 3 in a raid in Jenin.", "detained", 25),
    # controls: single verbs of arrest
    ("Police arrested 45 suspected gang members in San Salvador.", "arrested", 45),
    ("Eight demonstrators were detained in Minsk.", "detained", 8),
    ("Two dozen protesters were arrested in Hong Kong.", "arrested", 24),
])
def test_arrest_count(pipeline, text: str, word: str, arrested: int) -> None:
    assert _event(pipeline, text, word).arrested == arrested


@pytest.mark.parametrize("text", [
    # controls: "picked up" of passengers or seats, ground taken, no arrest
    "The bus picked up 30 passengers in Kampala.",
    "The party picked up 12 seats in the election.",
    "The army took control of 3 towns in the north.",
])
def test_no_arrest_count(pipeline, text: str) -> None:
    assert all(e.arrested is None for e in _events(pipeline, text))


def test_wounded_beside_bare_arrests(pipeline) -> None:
    """Control: the wounded told beside a bare arrested count keep their own number."""
    events = _events(pipeline, "Security forces detained 40 and wounded 12 during the protest.")
    assert next(e for e in events if e.trigger.text == "wounded").injured == 12
