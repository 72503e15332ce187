"""Wide areas and the regions named like them (round lead54): "the Sahel" is the belt of countries south of
the Sahara, no region of Burkina Faso, so an event told there is placed in no country by it; the region of
that name is read only where the story names its country with "region" after it ("Burkina Faso's Sahel
region", "the Sahel region of Burkina Faso"), and its towns and provinces stay Burkina Faso's. Sentences
written for the test, each group with controls."""

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
