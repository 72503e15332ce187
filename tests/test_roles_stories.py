"""Roles stories audit: whole wire stories of our own (tests/data/roles_stories.yaml), chosen for how the
primary event's target or source is told (a capital, a pronoun, a title or surname told back, a
nominalisation, a passive, a country's people or party, an international body, a visit). Coded as `chronica
code` codes a document, the primary event's first source and first target must have the countries the row
names, and the sectors where the row gives them. A row with ``xfail`` is a known gap: a strict xfail."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from chronica.ingest import document_from_text

DATA = Path(__file__).parent / "data" / "roles_stories.yaml"


def _stories() -> list[dict]:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))["stories"]


def _rows() -> list:
    rows = []
    for story in _stories():
        marks = [pytest.mark.xfail(reason=story["xfail"], strict=True)] if story.get("xfail") else []
        rows.append(pytest.param(story, marks=marks, id=story["text"][:40]))
    return rows


def _accepts(expected: object, got: str | None) -> bool:
    """Whether a value is one of the row's alternatives: null expects none, ``~`` accepts anything."""
    options = "null" if expected is None else str(expected)
    return any(o == "~" or o == str(got).replace("None", "null") for o in options.split("|"))


def test_the_set_is_large_and_distinct() -> None:
    stories = _stories()
    assert len(stories) >= 70
    assert len({s["text"] for s in stories}) == len(stories)


@pytest.mark.parametrize("story", _rows())
def test_the_roles_of_the_primary_event(pipeline, story: dict) -> None:
    document = document_from_text(story["text"], doc_id="roles-story", published=str(story["published"]))
    primary = next((e for e in pipeline.code(document) if e.primary), None)
    assert primary is not None, "no primary event"
    source = primary.source[0] if primary.source else None
    target = primary.target[0] if primary.target else None
    got = (f"{primary.plover['type']} ({primary.trigger.text}) {source and source.text}/"
           f"{source and source.country}/{source and source.sector} -> {target and target.text}/"
           f"{target and target.country}/{target and target.sector}")
    assert _accepts(story["source"], source and source.country), got
    assert _accepts(story["target"], target and target.country), got
    if "source_sector" in story:
        assert _accepts(story["source_sector"], source and source.sector), got
    if "target_sector" in story:
        assert _accepts(story["target_sector"], target and target.sector), got
