"""Sides of state violence (round sides59): bare soldiers, troops or forces in the West Bank and Gaza are
Israel's (no Palestinian army); a bare "the military" doing something after forces of a named state in the
same sentence are those forces; a state named by its country's name that strikes or shells is its military
forces, external (inter 8) when the event is in another country, for every such doer of the event.
Sentences written for the test, with controls."""

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


# 3. a state named by its country as doer of a strike: its military forces, external abroad
@pytest.mark.parametrize("text, word, actors", [
    ("Israel bombed the port of Hodeidah on Friday, killing four people.", "bombed", [ISR8]),
    ("Iran launched dozens of ballistic missiles at Israel on Tuesday.", "launched",
     [("Military Forces of Iran", "IRN", "MIL", 8)]),
    ("The United States and Britain bombed Houthi positions in Yemen.", "bombed",
     [("Military Forces of the United States", "USA", "MIL", 8),
      ("Military Forces of the United Kingdom", "GBR", "MIL", 8)]),
])
def test_country_strikes(pipeline, text, word, actors):
    assert _sides(_event(pipeline, text, word).source) == actors


# controls: diplomacy keeps the government
def test_country_diplomacy_keeps_government(pipeline):
    event = _event(pipeline, "Israel recalled its ambassador from Dublin on Wednesday.", "recalled")
    assert (event.source[0].name, event.source[0].sector) == ("Government of Israel", "GOV")
