"""Sides of state violence (round sides59): bare soldiers, troops or forces in the West Bank and Gaza are
Israel's (no Palestinian army); a bare "the military" doing something after forces of a named state in the
same sentence are those forces (re-landed in redo60 without the round's "a country doing violence is its
military" part). Sentences written for the test, with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    events = pipeline.code(document_from_text(text, doc_id="sides59", published="2024-12-02"))
    return next(e for e in events if e.trigger.text == word)


def _sides(actors) -> list[tuple[str | None, str | None, str | None, int | None]]:
    return [(a.name, a.country, a.sector, a.inter) for a in actors]


ISR8 = ("Military Forces of Israel", "ISR", "MIL", 8)


# 1. bare state forces in the West Bank and Gaza are Israel's
@pytest.mark.parametrize("text, word, side, actor", [
    ("A Palestinian driver rammed his van into soldiers at a checkpoint near Jenin, wounding two.", "rammed",
     "target", ISR8),
    ("Troops raided the Balata refugee camp near Nablus on Monday.", "raided", "source", ISR8),
    # controls: a country named with them stays; police are not touched
    ("Palestinian security forces arrested three gunmen in Jenin.", "arrested", "source",
     ("Security Forces of Palestine", "PSE", "COP", 1)),
    ("Israeli soldiers shot dead a teenager near Tulkarm.", "shot dead", "source", ISR8),
])
def test_forces_in_palestine(pipeline, text, word, side, actor):
    assert _sides(getattr(_event(pipeline, text, word), side))[0] == actor


# 2. "the military" as a doer after a named state's forces in the same sentence
@pytest.mark.parametrize("text, word, actor", [
    ("Israeli jets bombed Tyre overnight after the military warned residents to leave.", "warned", ISR8),
    # control: no named forces before it: the place's own army
    ("The military warned residents of Sidon to leave their homes.", "warned",
     ("Military Forces of Lebanon", "LBN", "MIL", 1)),
])
def test_military_named_before(pipeline, text, word, actor):
    assert _sides(_event(pipeline, text, word).source)[0] == actor
