"""PLOVER sentences audits: one-sentence wire ledes of our own (tests/data/plover_sentences.yaml, and
tests/data/plover_targets.yaml weighted towards how the source and target are told,
tests/data/plover_acts.yaml towards acts told in words a trigger lexicon may lack, and
tests/data/plover_speech.yaml towards sentences holding two acts of different types), each with
the PLOVER type of the event it is about and its actors' countries. Coded as `chronica code` codes a
document, the primary event must have a type the row accepts, and its first source and first target the
countries the row names (a null country is not checked). A row with ``xfail`` is a known gap: a strict
xfail with that reason."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml
from test_plover_stories import TYPES, check_primary

NAMES = ("plover_sentences.yaml", "plover_targets.yaml", "plover_acts.yaml", "plover_speech.yaml")
SETS = [Path(__file__).parent / "data" / name for name in NAMES]


def _sentences(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["sentences"]


def _rows() -> list:
    rows = []
    for path in SETS:
        for row in _sentences(path):
            marks = [pytest.mark.xfail(reason=row["xfail"], strict=True)] if row.get("xfail") else []
            rows.append(pytest.param(row, marks=marks, id=f"{path.stem}:{row['text'][:40]}"))
    return rows


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_the_set_is_one_sentence_ledes_of_every_type(path: Path) -> None:
    rows = _sentences(path)
    assert len(rows) == 100
    assert len({r["text"] for r in rows}) == len(rows)
    assert all(25 <= len(r["text"].split()) <= 45 for r in rows)
    firsts = Counter(r["type"].split("|")[0] for r in rows)
    assert set(firsts) == TYPES and min(firsts.values()) >= 4


def test_the_sets_share_no_sentence() -> None:
    texts = [{r["text"] for r in _sentences(path)} for path in SETS]
    assert sum(map(len, texts)) == len(set().union(*texts))


@pytest.mark.parametrize("row", _rows())
def test_the_primary_event_of_the_sentence(pipeline, row: dict) -> None:
    check_primary(pipeline, row, "plover-sentence")
