"""Western protest groups, parties and stances (round lead52b, item west-4): "Extinction Rebellion" is a
protest group of the country it acts in, never armed rebels; Reichsbürger, the FDP ("Free Democrats") and a
bare "Social Democrats" are no American Democrats; a demonym or country after a stance prefix
("pro-Palestinian", "anti-American", "a pro-Israel rally") names what one is for or against, not whose one is.
Armed "pro-X" heads, rebels and named parties keep their readings. Sentences written for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="groups52", published="2024-03-05"))
                if e.trigger.text == word)


def _who(actors) -> list[tuple[str | None, str | None, int | None]]:
    return [(a.name, a.country, a.inter) for a in actors]


def _type(event) -> str | None:
    return event.acled["event_type"] if event.acled is not None else None


# 1. named protest groups, parties and movements
@pytest.mark.parametrize("text, word, side, actor, event_type", [
    ("Extinction Rebellion activists blocked the Strand in London.", "blocked", "source",
     ("Protesters (United Kingdom)", "GBR", 6), "Protests"),
    ("Dutch police detained more than 700 Extinction Rebellion activists on the A12 in The Hague.",
     "detained", "target", ("Protesters (Netherlands)", "NLD", 6), "Protests"),
    ("Extinction Rebellion protesters blocked a motorway near Berlin, police said.", "blocked", "source",
     ("Protesters (Germany)", "DEU", 6), "Protests"),
    ("German police raided the homes of members of the Reichsbürger movement.", "raided", "target",
     ("Reichsbürger", "DEU", 3), None),
    ("The Free Democrats quit Germany's governing coalition.", "quit", "source", ("FDP", "DEU", 0), None),
    # controls
    ("Houthi rebels attacked a ship in the Red Sea.", "attacked", "source", ("Houthis", "YEM", 1), None),
    ("Last Generation activists blocked roads in Vienna.", "blocked", "source",
     ("Protesters (Austria)", "AUT", 6), "Protests"),
    ("The German Social Democrats backed the plan.", "backed", "source", ("SPD", "DEU", 0), None),
    ("The Democrats blocked the bill in the Senate.", "blocked", "source", ("Democratic Party", "USA", 0),
     None),
])
def test_named_groups(pipeline, text: str, word: str, side: str, actor: tuple,
                      event_type: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _who(getattr(event, side))[:1] == [actor]
    if event_type is not None:
        assert _type(event) == event_type


def test_bare_social_democrats_are_no_american_party(pipeline) -> None:
    event = _event(pipeline, "The Social Democrats quit the coalition in Copenhagen on Monday.", "quit")
    assert [(a.name, a.country) for a in event.source] == [("Social Democrats", None)]


# 2. a stance prefix names no one's country
@pytest.mark.parametrize("text, word, side, country", [
    ("Masked men attacked a pro-Palestinian encampment at the University of Amsterdam.", "attacked",
     "target", None),
    ("Police dismantled a pro-Palestinian camp at the University of Melbourne.", "dismantled", "target",
     None),
    ("Pro-Palestinian protesters blocked the Golden Gate Bridge on Tuesday.", "blocked", "source", None),
    ("Activists from Palestine Action smashed windows at an arms factory in Bristol.", "smashed",
     "source", "GBR"),
    # controls
    ("Hundreds of pro-Palestinian protesters marched through Manchester.", "marched", "source", "GBR"),
    ("Anti-American protesters burned flags outside the US embassy in Islamabad.", "burned", "source", "PAK"),
    ("Pro-Russian separatists shelled Mariupol on Sunday.", "shelled", "source", "UKR"),
    ("Pro-Iranian militias fired rockets at a US base in Iraq.", "fired", "source", "IRQ"),
])
def test_stance_names_no_country(pipeline, text: str, word: str, side: str, country: str | None) -> None:
    actors = getattr(_event(pipeline, text, word), side)
    assert all(a.country == country for a in actors)
    assert not any(a.country == "PSE" for a in actors)
