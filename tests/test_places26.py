"""Places (round places26): names shared by towns of several countries, villages the gazetteer lacks.

The stories set B (data/places_stories_b.yaml) is coded and each primary event placed; the snippets
below test each fix with texts of our own."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml

from chronica.ingest import document_from_text

STORIES_FILE = Path(__file__).parent / "data" / "places_stories_b.yaml"
STORIES = yaml.safe_load(STORIES_FILE.read_text(encoding="utf-8"))


def _fold(name: str | None) -> str:
    """A name without accents, case or hyphens, to compare spellings."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold().replace("-", " ").strip()


def _story_cases() -> list:
    """One pytest case per story, strict xfail where the data file gives a reason."""
    cases = []
    for story in STORIES["stories"]:
        marks = [pytest.mark.xfail(strict=True, reason=story["xfail"])] if story.get("xfail") else []
        cases.append(pytest.param(story, id=story["id"], marks=marks))
    return cases


def _primary_place(pipeline, text: str, published: str | None = None):  # noqa: ANN001, ANN202
    """The place of the primary event of one text."""
    doc = document_from_text(text, doc_id="places26", published=published)
    primary = next((e for e in pipeline.code(doc) if e.primary), None)
    assert primary is not None and primary.location is not None, "no placed primary event"
    return primary.location


def test_set_b_has_sixty_stories_in_two_styles():
    """60 stories, half written as ACLED notes and half as news."""
    ids = [story["id"] for story in STORIES["stories"]]
    assert len(ids) == len(set(ids)) == 60
    assert sum(i.startswith("note-") for i in ids) == 30


@pytest.mark.parametrize("story", _story_cases())
def test_story_b_is_placed(pipeline, story):
    """The primary event lies in the story's country, and its region where given."""
    place = _primary_place(pipeline, story["text"], STORIES["published"])
    want = {"country": story["country"]}
    seen = {"country": place.country}
    if story.get("admin1"):
        want["admin1"], seen["admin1"] = _fold(story["admin1"]), _fold(place.admin1)
    assert seen == want
