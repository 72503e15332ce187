"""Wire items on time and place of diplomatic acts (round wirewhen59, items wire-3 and wire-7). A year that
names the object of a verb acting on a thing made before ("pulled out of ... quit the 2016 accord") is that
thing's time, not the act's: the act takes the sentence's other date, else the story's; a stated day outranks
an object's year even for a verb of making. A place inside the grievance a diplomatic act is taken over
("summoned the envoy over a rally in Oslo") or the state dealt with ("froze talks with Ottawa") is
no place of the act. Controls keep their coding. Sentences written for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

PUB = "2022-05-13"  # a Friday


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="wirewhen59", published=PUB)))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


# 1. a year naming the object of a verb that acts on an existing agreement is not the act's date
@pytest.mark.parametrize("text, word, when", [
    ("Washington quit the 2016 arms accord on Wednesday.", "quit", "2022-05-11"),
    ("Tokyo suspended the 2012 fisheries agreement with Seoul.", "suspended", PUB),
    ("Iran violated the 2016 nuclear accord on Monday, inspectors said.", "violated", "2022-05-09"),
    ("Armenia and Azerbaijan agreed to observe the 2020 ceasefire.", "agreed", PUB),
])
def test_object_year_is_not_the_act_date(pipeline, text: str, word: str, when: str) -> None:
    assert _event(pipeline, text, word).date.value == when


# controls: a stated date of the act, and a deed dated by its year, keep their dates
@pytest.mark.parametrize("text, word, when", [
    ("NATO jets began bombing Libya on March 19, 2011.", "bombing", "2011-03-19"),
    ("Chinese hackers attacked the servers of the Indian government in 2019, Delhi said.", "attacked",
     "2019"),
])
def test_stated_dates_kept(pipeline, text: str, word: str, when: str) -> None:
    assert _event(pipeline, text, word).date.value == when


def test_object_deed_not_dated_in_ceasefire_year(pipeline) -> None:
    events = _events(pipeline, "Armenia and Azerbaijan agreed to observe the 2020 ceasefire.")
    assert all(e.date.value != "2020" for e in events)


# 2. the grievance's place and the counterpart state are no place of a diplomatic act
@pytest.mark.parametrize("text, word, country", [
    ("Ankara summoned the Danish ambassador over a flag-burning rally in Copenhagen.", "summoned", "TUR"),
    ("Beijing froze trade talks with Ottawa in retaliation for the arrest.", "froze", "CHN"),
    ("The Japanese government lodged a protest with Beijing over the incursion.", "lodged", "JPN"),
])
def test_diplomatic_act_place(pipeline, text: str, word: str, country: str) -> None:
    event = _event(pipeline, text, word)
    assert event.location is not None and event.location.country == country


def test_grievance_event_keeps_its_place(pipeline) -> None:
    text = "Ankara summoned the Danish ambassador over a flag-burning rally in Copenhagen."
    rally = _event(pipeline, text, "rally")
    assert rally.location is not None and rally.location.name == "Copenhagen"


# controls: the speaker's capital, and a place where talks are held, keep their places
@pytest.mark.parametrize("text, word, place", [
    ("Seoul protested to Tokyo over the textbook.", "protested", "Seoul"),
    ("Manila summoned China's envoy.", "summoned", "Manila"),
    ("Iran held talks with Germany in Vienna.", "held talks", "Vienna"),
])
def test_diplomatic_place_controls(pipeline, text: str, word: str, place: str) -> None:
    event = _event(pipeline, text, word)
    assert event.location is not None and event.location.name == place
