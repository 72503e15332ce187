"""Shortcuts taken for speed give the answers of the long way (sentences invented for the tests)."""

from __future__ import annotations

import pytest

from chronica.actors.text import fold, tokenize
from chronica.geo.resolve import missions
from chronica.mentions import CLAIM_AFTER, CLAIM_BEFORE, _claims


@pytest.mark.parametrize("text", [
    "Houthi fighters’ positions near Ma’rib were shelled by the coalition's jets.",
    "Police in Bogotá detained 14 students of the Universidad Nacional.",
    "ΟΔΟΣ Σ and the KELVIN K sign, İstanbul's governor and the U.S. envoy",
    "3,000 troops & 40 armoured vehicles crossed into the Ituri province",
])
def test_word_keys_are_each_words_folded_form(text: str) -> None:
    """Words are keyed by slices of the folded text when that is safe, else word by word: the same keys."""
    tokens = tokenize(text)
    assert tokens, text
    assert [t.key for t in tokens] == [fold(t.text) for t in tokens]
    assert all(text[t.start:t.end] == t.text for t in tokens)


def test_possessive_is_dropped_from_the_word() -> None:
    tokens = tokenize("The militia's commander and the rebels’ spokesman")
    assert [t.text for t in tokens][:3] == ["The", "militia", "commander"]
    assert tokens[1].end - tokens[1].start == len("militia")


@pytest.mark.parametrize("text, start", [
    ("A roadside bomb killed three soldiers. The Islamic State group Claimed Responsibility on Sunday.", 0),
    ("Two guards died. The raid was PERPETRATED BY gunmen from the hills.", 0),
    ("A grenade was thrown into the bar. No group has claimed responsibility.", 10),
    ("Le poste a été attaqué; the assault was carried out by bandits.", 0),
])
def test_claim_phrases_in_any_case_are_seen(text: str, start: int) -> None:
    assert any(p.search(text, start) for p in (CLAIM_BEFORE, CLAIM_AFTER))
    assert _claims(text, start)


def test_text_without_claim_words_skips_the_patterns() -> None:
    text = "Protesters marched through the capital on Friday demanding higher wages."
    assert not any(p.search(text) for p in (CLAIM_BEFORE, CLAIM_AFTER))
    assert not _claims(text, 0)
    # only the words after the start count
    assert not _claims("Rebels claimed responsibility. Then the market reopened.", 31)


def test_missions_found_only_by_their_whole_names() -> None:
    assert missions("Peacekeepers of MINUSMA escorted the convoy to Kidal.") == ["MLI"]
    assert missions("The UNAMIDX depot and the minusma camp were quiet.") == []
    assert missions("Farmers blocked the road to the market on Tuesday.") == []


def test_respelt_and_repeated_places_resolve_alike_every_time(nlp, pipeline) -> None:
    """Answers kept between stories (a respelt town, a place's population) change nothing: the same
    story coded twice, and a story naming the place again, give the same places and events."""
    geo = pipeline.geocoder
    text = "Rockets fell on a market in Quamishli on Monday, residents said."
    first = [(p.text, p.geonameid) for p in geo.places(nlp(text))]
    again = [(p.text, p.geonameid) for p in geo.places(nlp(text))]
    assert first == again and first and first[0][0] == "Quamishli"
    story = "Gunmen attacked a police post in Quamishli on Monday. Two officers were wounded in Quamishli."
    runs = [[(e.location.name if e.location else None, e.evidence.get("location", {}).get("rule"))
             for e in pipeline.code(_document(story))] for _ in range(2)]
    assert runs[0] == runs[1] and runs[0]


def _document(text: str):  # noqa: ANN202
    from chronica.ingest import document_from_text

    return document_from_text(text, doc_id="speed-test", published="2021-05-10")
