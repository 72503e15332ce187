"""PLOVER sentences audits: one-sentence wire ledes of our own (tests/data/plover_sentences.yaml,
tests/data/plover_targets.yaml weighted towards how the source and target are told,
tests/data/plover_acts.yaml towards acts told in words a trigger lexicon may lack,
tests/data/plover_speech.yaml towards sentences holding two acts of different types,
tests/data/plover_people.yaml whose source or target is a person told by title and name,
tests/data/plover_verbs.yaml towards the long tail of event words, swept by CAMEO root, and
tests/data/plover_shapes.yaml towards the shapes of wire sentences that can hide a known act: long and
appositive subjects, fronted participles, nominal acts, late agents, headlines and old agencies, and
tests/data/plover_weak.yaml towards the types chronica reads least well and the types they are confused
with: demands told with blame, protests told as statements, coercion, concessions and retreats, and
tests/data/plover_targets_b.yaml towards how the sides are told in 1990s wire ledes, and
tests/data/plover_sides.yaml towards the sides that round left: reason clauses, cities told alone, the
side of a blockade or a mobilisation told in a clause, rebels abroad and the place of a statement), each with
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

# each set's size and the fewest rows of one type it may have
SIZES = {"plover_sentences.yaml": (100, 4), "plover_targets.yaml": (100, 4), "plover_acts.yaml": (100, 4),
         "plover_speech.yaml": (100, 4), "plover_people.yaml": (60, 3), "plover_verbs.yaml": (100, 4),
         "plover_shapes.yaml": (100, 4), "plover_weak.yaml": (100, 4),
         "plover_targets_b.yaml": (100, 4), "plover_sides.yaml": (40, 2)}
SETS = [Path(__file__).parent / "data" / name for name in SIZES]


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
    size, fewest = SIZES[path.name]
    assert len(rows) == size
    assert len({r["text"] for r in rows}) == len(rows)
    assert all(25 <= len(r["text"].split()) <= 45 for r in rows)
    firsts = Counter(r["type"].split("|")[0] for r in rows)
    assert set(firsts) == TYPES and min(firsts.values()) >= fewest


def test_the_sets_share_no_sentence() -> None:
    texts = [{r["text"] for r in _sentences(path)} for path in SETS]
    assert sum(map(len, texts)) == len(set().union(*texts))


@pytest.mark.parametrize("row", _rows())
def test_the_primary_event_of_the_sentence(pipeline, row: dict) -> None:
    check_primary(pipeline, row, "plover-sentence")
