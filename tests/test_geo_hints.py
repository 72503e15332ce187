"""The story's actors help place it: one-word names of armed groups and parties settle a
namesake, and a story that names no place and no country is placed in its actors' country."""

from __future__ import annotations

import pytest

from chronica.geo.hints import ActorHints, actors_country
from chronica.record import Actor


class _Org:
    def __init__(self, country: str, sector: str) -> None:
        self.country, self.sector = country, sector


class _Entry:
    def __init__(self, form: str, country: str, sector: str = "REB", exact: bool = False) -> None:
        self.kind, self.form, self.exact, self.ref = "org", form, exact, _Org(country, sector)


def test_one_word_names_give_their_country(nlp):
    hints = ActorHints([_Entry("UPDF", "UGA", "MIL", exact=True), _Entry("Hezbollah", "LBN"),
                        _Entry("FC", "PAK", "MIL", exact=True), _Entry("Congress", "IND", "PTY")])
    doc = nlp("A UPDF soldier and a Hezbollah official met FC officers before Congress voted.")
    assert hints.countries(doc) == {"UGA", "LBN"}  # "FC" too short, "Congress" a party's everyday word


def test_actors_country_needs_a_leader():
    def m(*countries):
        return [(0, 1, Actor(text="x", country=c)) for c in countries]

    assert actors_country(m("YEM", "YEM", None, "SAU")) == "YEM"
    assert actors_country(m("YEM", "SAU")) is None
    assert actors_country(m()) is None


@pytest.mark.parametrize(("text", "iso3", "admin1"), [
    ("A lynch mob threatened to kill a UPDF soldier at a market in Busia on Monday.", "UGA", "Busia"),
    ("Youths attacked a police post in Kasese town on Friday.", "UGA", "Kasese"),
])
def test_event_place_with_actor_hints(pipeline, text, iso3, admin1):
    from chronica.ingest import document_from_text

    events = pipeline.code(document_from_text(text))
    place = next(e for e in events if e.primary).location
    assert (place.country, place.admin1) == (iso3, admin1)


def test_story_with_no_place_takes_its_actors_country(pipeline):
    from chronica.ingest import document_from_text

    text = "Houthi forces shelled the positions of the coalition overnight, killing two fighters."
    events = pipeline.code(document_from_text(text))
    place = next(e for e in events if e.primary).location
    assert place is not None and place.country == "YEM" and place.precision == 4
