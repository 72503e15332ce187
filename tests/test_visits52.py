"""Visits and calls (round visits52): a visit to a country ("Kenya's president visited Tanzania", "travelled
to Libya", "made a state visit to Laos") happened in the country visited, though that country is the visit's
target, and so did the talks told with it ("visited China and met President Xi", "travelled to India to meet
her counterpart"), however strongly a possessive visitor ("Kenya's") points the story home. A call about a
country ("called Putin to discuss Ukraine", "spoke to Xi by telephone about Taiwan", "to discuss the situation
in Syria") is not placed in the country talked of: it has no place (or the caller's), and its people are not
abroad there. A meeting place named keeps its town; an adjective visitor, a capital visited, a protest or
accusation against another country keep theirs. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="visits52", published="2024-06-10"))
                if e.trigger.text == word)


def _where(event) -> tuple[str | None, str | None, int | None]:
    place = event.location
    return (place.name, place.country, place.precision) if place is not None else (None, None, None)


# 1. a visit to a country: the country visited is the visit's place (precision 4)
@pytest.mark.parametrize("text, word, where", [
    ("Kenya's president visited Tanzania on Tuesday.", "visited", ("Tanzania", "TZA", 4)),
    ("Italy's prime minister travelled to Libya for talks on migration.", "travelled", ("Libya", "LBY", 4)),
    ("Vietnam's president made a state visit to Laos.", "visit", ("Laos", "LAO", 4)),
    ("Argentina's foreign minister visited Chile last week.", "visited", ("Chile", "CHL", 4)),
    ("Brazil's President Lula visited China and met President Xi.", "visited", ("China", "CHN", 4)),
    ("South Korea's president made a state visit to Britain.", "visit", ("United Kingdom", "GBR", 4)),
    ("Turkey's president visited Azerbaijan.", "visited", ("Azerbaijan", "AZE", 4)),
    # variants
    ("Egypt's foreign minister visited Sudan on Monday.", "visited", ("Sudan", "SDN", 4)),
    ("Japan's prime minister travelled to Australia for talks on defence.", "travelled",
     ("Australia", "AUS", 4)),
    ("Nigeria's president paid a state visit to Ghana.", "visit", ("Ghana", "GHA", 4)),
    ("Germany's chancellor toured Kenya last week.", "toured", ("Kenya", "KEN", 4)),
    ("Pakistan's army chief made a visit to Saudi Arabia.", "visit", ("Saudi Arabia", "SAU", 4)),
    ("Canada's foreign minister travelled to India to meet her counterpart.", "travelled",
     ("India", "IND", 4)),
    ("Spain's king visited Mexico and met President Sheinbaum.", "visited", ("Mexico", "MEX", 4)),
])
def test_a_visit_is_placed_in_the_country_visited(pipeline, text: str, word: str, where: tuple) -> None:
    assert _where(_event(pipeline, text, word)) == where


@pytest.mark.parametrize("text, word, where", [
    # controls: an adjective visitor, a capital visited, an arrival in a town, a meeting place named
    ("The Brazilian foreign minister visited Venezuela on Monday.", "visited", ("Venezuela", "VEN", 4)),
    ("Kenyan President William Ruto visited Tanzania on Tuesday.", "visited", ("Tanzania", "TZA", 4)),
    ("Indian Prime Minister Narendra Modi visited Israel in 2017.", "visited", ("Israel", "ISR", 4)),
    ("Erdogan visited Azerbaijan.", "visited", ("Azerbaijan", "AZE", 4)),
    ("Poland's president visited Kyiv.", "visited", ("Kyiv", "UKR", 1)),
    ("Germany's chancellor arrived in Beijing on Sunday.", "arrived", ("Beijing", "CHN", 1)),
    ("Iranian Foreign Minister Javad Zarif held talks with his Omani counterpart in Muscat.", "held talks",
     ("Muscat", "OMN", 1)),
    ("Qatar's emir hosted talks on Sudan in Doha.", "hosted", ("Doha", "QAT", 1)),
])
def test_a_visit_controls(pipeline, text: str, word: str, where: tuple) -> None:
    assert _where(_event(pipeline, text, word)) == where


# 2. talks told with the visit ("visited China and met Xi", "travelled to India to meet ...") are there too
@pytest.mark.parametrize("text, word, country", [
    ("Brazil's President Lula visited China and met President Xi.", "met", "CHN"),
    # variants
    ("Spain's king visited Mexico and met President Sheinbaum.", "met", "MEX"),
    ("Italy's prime minister travelled to Libya to meet Dbeibah.", "meet", "LBY"),
    ("Canada's foreign minister travelled to India to meet her counterpart.", "meet", "IND"),
])
def test_talks_of_a_visit_are_in_the_country_visited(pipeline, text: str, word: str, country: str) -> None:
    assert _where(_event(pipeline, text, word))[1] == country


@pytest.mark.parametrize("text, word, country", [
    # controls: no target country becomes the place of a protest, an accusation or a criticised visit
    ("Japan lodged a protest with South Korea.", "lodged", "JPN"),
    ("China accused Washington of meddling.", "accused", "CHN"),
    ("China's foreign minister criticised the visit to Taiwan.", "criticised", "CHN"),
    ("Russia's foreign minister condemned Blinken's trip to Ukraine.", "condemned", "RUS"),
])
def test_talks_of_a_visit_controls(pipeline, text: str, word: str, country: str) -> None:
    assert _where(_event(pipeline, text, word))[1] == country


# 3. a call about a country is not placed there, and its people are not abroad there
@pytest.mark.parametrize("text, word, country, people", [
    ("Scholz called Putin to discuss Ukraine.", "called", None,
     [("Olaf Scholz", "DEU", 1), ("Vladimir Putin", "RUS", 1)]),
    ("Macron spoke to Xi by telephone about Taiwan.", "spoke", None,
     [("Emmanuel Macron", "FRA", 1), ("Xi Jinping", "CHN", 1)]),
    ("Biden spoke with Netanyahu by phone to discuss Gaza.", "spoke", None,
     [("Joe Biden", "USA", 1), ("Benjamin Netanyahu", "ISR", 1)]),
    ("The Emir of Qatar called President Erdogan to discuss the situation in Syria.", "called", "QAT",
     [("Government of Qatar", "QAT", 1), ("Recep Tayyip Erdoğan", "TUR", 8)]),
    # variants
    ("Sunak called Zelensky to discuss Russia.", "called", None,
     [("Rishi Sunak", "GBR", 1), ("Volodymyr Zelensky", "UKR", 1)]),
    ("Modi spoke with Biden by phone about Bangladesh.", "spoke", None,
     [("Narendra Modi", "IND", 1), ("Joe Biden", "USA", 1)]),
    ("Macron phoned Netanyahu to discuss Lebanon.", "phoned", None,
     [("Emmanuel Macron", "FRA", 1), ("Benjamin Netanyahu", "ISR", 1)]),
    ("Blinken spoke with Wang Yi by telephone about North Korea.", "spoke", None,
     [("Antony Blinken", "USA", 1), ("Wang Yi", "CHN", 1)]),
    ("Scholz spoke with Zelensky by phone about the war in Ukraine.", "spoke", None,
     [("Olaf Scholz", "DEU", 1), ("Volodymyr Zelensky", "UKR", 1)]),
])
def test_a_call_is_not_placed_in_the_country_talked_of(pipeline, text: str, word: str, country: str | None,
                                                       people: list) -> None:
    event = _event(pipeline, text, word)
    assert _where(event)[1] == country
    assert [(a.name, a.country, a.inter) for a in [*event.source, *event.target]] == people


@pytest.mark.parametrize("text, word, where", [
    # controls: a meeting place named keeps its town, even with the talk's topic beside it
    ("Blinken and Lavrov met in Geneva to discuss Ukraine.", "met", ("Geneva", "CHE", 1)),
    ("Afghan and Pakistani officials held talks in Kabul on Afghanistan.", "held talks", ("Kabul", "AFG", 1)),
    ("Lavrov held talks with Wang Yi in Beijing to discuss Ukraine.", "held talks", ("Beijing", "CHN", 1)),
    ("The two leaders met in Baghdad to discuss security.", "met", ("Baghdad", "IRQ", 1)),
    ("The two leaders met to discuss security in Baghdad.", "met", ("Baghdad", "IRQ", 1)),
])
def test_a_call_controls(pipeline, text: str, word: str, where: tuple) -> None:
    assert _where(_event(pipeline, text, word)) == where


# 4. a country visited that the parse reads as an adverb ("visited Azerbaijan") is still the visit's target
@pytest.mark.parametrize("text, word, target", [
    ("Turkey's president visited Azerbaijan.", "visited", ("Government of Azerbaijan", "AZE")),
])
def test_the_country_visited_is_the_target(pipeline, text: str, word: str, target: tuple) -> None:
    assert [(a.name, a.country) for a in _event(pipeline, text, word).target] == [target]


@pytest.mark.parametrize("text, word, target", [
    # controls: the object parsed as such
    ("Erdogan visited Azerbaijan.", "visited", ("Government of Azerbaijan", "AZE")),
    ("Kenya's president visited Tanzania on Tuesday.", "visited", ("Government of Tanzania", "TZA")),
])
def test_the_country_visited_controls(pipeline, text: str, word: str, target: tuple) -> None:
    assert [(a.name, a.country) for a in _event(pipeline, text, word).target] == [target]
