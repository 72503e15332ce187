"""Wide areas and the regions named like them (round lead54): "the Sahel" is the belt of countries south of
the Sahara, no region of Burkina Faso, so an event told there is placed in no country by it; the region of
that name is read only where the story names its country with "region" after it ("Burkina Faso's Sahel
region", "the Sahel region of Burkina Faso"), and its towns and provinces stay Burkina Faso's. A nationality
before a weapon's "-ing" noun ("Ukrainian shelling killed four people", "Syrian shelling killed two soldiers")
tells who fired, however the small model parsed it (the nationality as the verb's subject, or the noun as a
verb): one event by that state's military, not a second one by its government. "President Marcos" after
June 2022 is the son; "Junta" and "the Commonwealth" name no town; "the Baltic states" are an area, no town
of Connecticut. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="lead54", published="2024-03-10"))
                if e.trigger.text == word)


def _where(event) -> tuple[str | None, str | None]:
    place = event.location
    return (place.name, place.country) if place is not None else (None, None)


# 1. "the Sahel" is a wide area; the region of Burkina Faso only with its country and "region"
@pytest.mark.parametrize("text, word, place", [
    ("Jihadists attacked a village in the Sahel, killing 20.", "attacked", (None, None)),
    ("Islamist fighters ambushed a convoy somewhere in the Sahel on Friday.", "ambushed", (None, None)),
    ("Gunmen killed 12 people in Burkina Faso's Sahel region.", "killed", ("Sahel", "BFA")),
    ("Gunmen killed 12 people in the Sahel region of Burkina Faso.", "killed", ("Sahel", "BFA")),
    # controls: towns and provinces of the region stay Burkina Faso's
    ("Militants attacked an army post in Dori, capital of the Sahel region.", "attacked", ("Dori", "BFA")),
    ("Gunmen killed 12 civilians in Seno province, Burkina Faso's army said.", "killed", ("Séno", "BFA")),
    ("Jihadists attacked a village near Djibo, killing 20.", "attacked", ("Djibo", "BFA")),
])
def test_the_sahel_is_a_wide_area(pipeline, text: str, word: str, place: tuple) -> None:
    assert _where(_event(pipeline, text, word)) == place


def test_the_sahel_gives_no_country_to_the_doers(pipeline) -> None:
    event = _event(pipeline, "Jihadists attacked a village in the Sahel, killing 20.", "attacked")
    assert [a.country for a in event.source] == [None]


# 2. a nationality before "shelling" names the forces that fired, one event
@pytest.mark.parametrize("text, doer", [
    ("Ukrainian shelling killed four people in Donetsk.", "Military Forces of Ukraine"),
    ("Ukrainian shelling killed four people in Donetsk, Russian-installed officials said.",
     "Military Forces of Ukraine"),
    ("Syrian shelling killed two Turkish soldiers near the border.", "Military Forces of Syria"),
    # controls: parsed right already
    ("Russian shelling killed four people in Kharkiv, Ukrainian officials said.",
     "Military Forces of Russia"),
    ("Israeli shelling killed four people in Khan Younis, health officials said.",
     "Military Forces of Israel"),
])
def test_nationality_before_shelling_is_the_doer(pipeline, text: str, doer: str) -> None:
    events = pipeline.code(document_from_text(text, doc_id="lead54", published="2024-03-10"))
    assert [(e.trigger.text, [a.name for a in e.source]) for e in events] == [("shelling", [doer])]
    assert events[0].acled["sub_event_type"] == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("text, word, doer", [
    # controls: no nationality, or a nationality of the victims, names no doer
    ("Heavy shelling killed four people in Donetsk.", "shelling", "Unidentified Armed Group (Ukraine)"),
    ("British troops killed two insurgents in Helmand.", "killed", "Military Forces of the United Kingdom"),
])
def test_shelling_without_a_nationality_keeps_its_doer(pipeline, text: str, word: str, doer: str) -> None:
    assert [a.name for a in _event(pipeline, text, word).source] == [doer]


# 3. names of bodies and leaders that are no towns; a son who bears his father's name
@pytest.mark.parametrize("text, published, word, source, place", [
    ("President Marcos met Chinese officials in Beijing on Tuesday.", "2023-09-01", "met",
     "Ferdinand Marcos Jr.", ("Beijing", "CHN")),
    ("President Marcos met Chinese officials in Beijing on Tuesday.", "1980-05-01", "met",
     "Ferdinand Marcos", ("Beijing", "CHN")),
    ("Junta expels French ambassador", "2023-09-01", "expels", "Government", None),
    ("The Commonwealth suspended Fiji's membership.", "2009-09-01", "suspended", "Commonwealth",
     ("Fiji", "FJI")),
    # control: a town with "La" before it stays a town
    ("Police arrested 12 protesters in La Junta, Colorado.", "2023-09-01", "arrested",
     "Police Forces of the United States", ("La Junta", "USA")),
])
def test_bodies_and_leaders_are_no_towns(pipeline, text: str, published: str, word: str, source: str,
                                         place: tuple | None) -> None:
    events = pipeline.code(document_from_text(text, doc_id="lead54", published=published))
    event = next(e for e in events if e.trigger.text == word)
    assert [a.name for a in event.source] == [source]
    if place is not None:
        assert _where(event) == place
    else:
        assert event.location is None or event.location.name != "La Junta"


@pytest.mark.parametrize("text", [
    "The Baltic states condemned the Russian drills.",
    "Russia massed troops near the Baltics.",
])
def test_the_baltic_states_are_no_american_town(pipeline, text: str) -> None:
    events = pipeline.code(document_from_text(text, doc_id="lead54", published="2023-09-01"))
    assert events and all(e.location is None or e.location.country != "USA" for e in events)
