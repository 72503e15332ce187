"""Session 62's lead rules: a state's strikes that hit a town abroad named bare are air strikes ("Russian
strikes hit Kharkiv"), not a walkout's reach; a town of the strikers' own country ("French strikes hit
Paris") or a plant named after a town stays a walkout's; a place is no named victim."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="lead62", published="2024-06-05")))


@pytest.mark.parametrize("text, source", [
    ("Israeli strikes hit Nabatieh overnight.", "ISR"),
    ("Russian strikes hit Kharkiv on Tuesday.", "RUS"),
    ("Ukrainian strikes pounded Belgorod.", "UKR"),
    ("US strikes hit Baghdad.", "USA"),
    ("Russia's strikes hit Odesa again.", "RUS"),
])
def test_a_states_strikes_on_a_town_abroad_are_air_strikes(pipeline, text: str, source: str) -> None:
    events = [e for e in _events(pipeline, text) if e.plover["type"] == "ASSAULT"]
    assert events, text
    assert events[0].acled["sub_event_type"] in ("Air/drone strike", "Shelling/artillery/missile attack")
    assert [a.country for a in events[0].source] == [source]


@pytest.mark.parametrize("text", [
    "French strikes hit Paris.",  # a walkout at home
    "German strikes hit Frankfurt airport.",  # a plant named after a town
    "Nationwide strikes hit France.",  # a country
    "British rail strikes hit London.",  # a trade named
])
def test_walkouts_that_hit_stay_no_attack(pipeline, text: str) -> None:
    assert not any(e.plover["type"] == "ASSAULT" for e in _events(pipeline, text))
