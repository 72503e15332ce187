"""Sides of violent and state acts, second round (round roles248): a crowd acting in "the Iranian capital" is
of Iran, not of the state that tells of it. Sentences written for the test, with controls that keep their
coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return pipeline.code(document_from_text(text, doc_id="roles248"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _by_trigger(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _sides(actors) -> set:
    return {(a.country, a.sector) for a in actors}


# -- 1. a crowd in "the Iranian capital" is of Iran ------------------------------------------------------------
@pytest.mark.parametrize("text, crowd, embassy", [
    ("Saudi Arabia said protesters stormed its embassy in the Iranian capital.", "IRN", "SAU"),
    ("Bahrain said demonstrators attacked its embassy in the Iraqi capital on Friday.", "IRQ", "BHR"),
    ("The French foreign ministry said protesters set fire to its embassy in the Nigerien capital.", "NER",
     "FRA"),
    ("Protesters stormed the Saudi embassy in the Iranian capital.", "IRN", "SAU"),
    # controls: the city named, or the teller's own capital
    ("Protesters stormed the Saudi embassy in Tehran.", "IRN", "SAU"),
])
def test_a_crowd_in_a_capital_named_by_its_demonym_is_of_that_country(pipeline, text: str, crowd: str,
                                                                       embassy: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "PROTEST"
    assert _sides(primary.source) == {(crowd, "CVL")}
    assert _sides(primary.target) == {(embassy, "GOV")}


@pytest.mark.parametrize("text, crowd", [
    ("Saudi Arabia said protesters rallied in Riyadh.", "SAU"),
    ("Protesters marched in the Saudi capital on Friday.", "SAU"),
])
def test_a_crowd_in_its_own_capital_stays_of_it(pipeline, text: str, crowd: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "PROTEST"
    assert _sides(primary.source) == {(crowd, "CVL")}
