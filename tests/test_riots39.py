"""Round riots39: a person named with no figure whom a crowd beats "to death" is one dead."""

from __future__ import annotations

import pytest

from chronica.evaluate.scores import recorded_deaths
from chronica.ingest import document_from_text


def _primary_deaths(pipeline, text: str) -> int:
    """The toll of the text's primary event, as ``chronica evaluate`` reads it."""
    events = pipeline.code(document_from_text(text, doc_id="riots39"))
    primary = next(e for e in events if e.primary)
    return recorded_deaths(primary)


@pytest.mark.parametrize("text", [
    "Villagers in Kasese beat a suspected thief to death on Monday.",
    "A mob in Tanzania's Kigoma region burned down the house of a suspected witch and beat her to death.",
])
def test_one_person_beaten_to_death_is_one_dead(pipeline, text: str) -> None:
    assert _primary_deaths(pipeline, text) == 1


@pytest.mark.parametrize("text", [
    "Residents beat a suspected thief and handed him to police on Monday.",
    "A mob beat two suspected thieves to death in Kisumu on Monday.",
])
def test_controls_keep_their_toll(pipeline, text: str) -> None:
    expected = 2 if "two" in text else 0
    assert _primary_deaths(pipeline, text) == expected
