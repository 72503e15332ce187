"""Actors' countries taken from the wrong place (round place47): the noun a passive relative clause tells of
is its target ("X, who was detained at ..."), a border names no state, a place someone came back from is
not where the story is. Sentences written for the test, with controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="place47"))


def _event(pipeline, text: str, trigger: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == trigger)


def _sides(actors) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for a in actors]


@pytest.mark.parametrize("text, trigger, target", [
    ("Maria Kolesnikova, who was detained on Monday at the Ukrainian border, has been charged with inciting "
     "actions against national security.", "detained", ("BLR", "OPP")),
    ("The journalist, who was arrested in Istanbul last week, was charged with spreading propaganda.",
     "arrested", ("TUR", "JRN")),
    ("Two students, who were arrested in Tehran during the protests, were sentenced to death.", "arrested",
     ("IRN", "EDU")),
    ("The protesters, who were dispersed with tear gas in Nairobi, regrouped later.", "dispersed",
     ("KEN", "CVL")),
    ("Police in Lahore arrested three men, who were later charged with blasphemy.", "charged",
     ("PAK", "CVL")),
])
def test_a_passive_relative_clause_befalls_its_noun(pipeline, text: str, trigger: str, target) -> None:
    event = _event(pipeline, text, trigger)
    assert _sides(event.target) == [target]
    assert all(a.sector != "CVL" or a.country == target[0] for a in event.source)


def test_a_border_names_neither_state_as_the_doer(pipeline) -> None:
    event = _event(pipeline, "Maria Kolesnikova, who was detained on Monday at the Ukrainian border, has "
                             "been charged with inciting actions against national security.", "detained")
    assert "UKR" not in {a.country for a in event.source + event.target}
    event = _event(pipeline, "Two smugglers were arrested at the border with Iran.", "arrested")
    assert "IRN" not in {a.country for a in event.source}


def test_a_place_come_back_from_is_not_the_state_acting(pipeline) -> None:
    event = _event(pipeline, "The Kremlin critic Alexei Navalny, who returned to Moscow from Germany, was "
                             "detained at passport control.", "detained")
    assert "DEU" not in {a.country for a in event.source}
    assert _sides(event.target) == [("RUS", "OPP")]


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Gunmen kidnapped a priest, who was later killed.", "killed", (None, "UAF"), (None, "REL")),
    ("Two men were arrested in Dubai.", "arrested", ("ARE", "COP"), ("ARE", "CVL")),
    ("Two smugglers were arrested near the border in Herat province.", "arrested", ("AFG", "COP"),
     ("AFG", "CRM")),
])
def test_controls_relatives_and_places(pipeline, text: str, trigger: str, source, target) -> None:
    event = _event(pipeline, text, trigger)
    assert _sides(event.source) == [source]
    assert _sides(event.target) == [target]
