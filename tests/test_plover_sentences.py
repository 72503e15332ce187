"""PLOVER sentences audit: one-sentence wire ledes of our own (tests/data/plover_sentences.yaml), each with
the PLOVER type of the event it is about and its actors' countries. Coded as `chronica code` codes a
document, the primary event must have a type the row accepts, and its first source and first target the
countries the row names (a null country is not checked). A row with ``xfail`` is a known gap: a strict
xfail with that reason."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from chronica.ingest import document_from_text

DATA = Path(__file__).parent / "data" / "plover_sentences.yaml"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def _sentences() -> list[dict]:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))["sentences"]


def _rows() -> list:
    rows = []
    for row in _sentences():
        marks = [pytest.mark.xfail(reason=row["xfail"], strict=True)] if row.get("xfail") else []
        rows.append(pytest.param(row, marks=marks, id=row["text"][:40]))
    return rows


def _accepts(expected: str | None, got: str | None) -> bool:
    """Whether a country is one of the row's alternatives; a null row checks nothing."""
    return expected is None or str(got) in str(expected).split("|")


def test_the_set_is_one_sentence_ledes_of_every_type() -> None:
    rows = _sentences()
    assert len(rows) == 100
    assert len({r["text"] for r in rows}) == len(rows)
    assert all(25 <= len(r["text"].split()) <= 45 for r in rows)
    firsts = Counter(r["type"].split("|")[0] for r in rows)
    assert set(firsts) == TYPES and min(firsts.values()) >= 4


@pytest.mark.parametrize("row", _rows())
def test_the_primary_event_of_the_sentence(pipeline, row: dict) -> None:
    document = document_from_text(row["text"], doc_id="plover-sentence", published=str(row["published"]))
    primary = next((e for e in pipeline.code(document) if e.primary), None)
    assert primary is not None, "no primary event"
    source = primary.source[0].country if primary.source else None
    target = primary.target[0].country if primary.target else None
    got = f"{primary.plover['type']} ({primary.trigger.text}) {source} -> {target}"
    assert primary.plover["type"] in row["type"].split("|"), got
    assert _accepts(row["source"], source), got
    assert _accepts(row["target"], target), got
