"""PLOVER wording audit: the ordinary ways news tells each PLOVER type (tests/data/plover_wording.tsv),
written for this test in the older wire style of the PLOVER gold and in today's. Coded as `chronica code`
codes them, each sentence's primary event must have one of the PLOVER types its row accepts. A row with a
third field is a known gap: a strict xfail with that reason, so that a fix shows up as an unexpected pass."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from chronica.ingest import document_from_text

DATA = Path(__file__).parent / "data" / "plover_wording.tsv"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def _rows() -> list:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        plover, text, *reason = line.split("\t")
        marks = [pytest.mark.xfail(reason=reason[0], strict=True)] if reason else []
        rows.append(pytest.param(plover, text, marks=marks, id=text[:50]))
    return rows


ROWS = _rows()


def test_every_type_is_told_many_ways() -> None:
    texts = [row.values[1] for row in ROWS]
    assert len(texts) == len(set(texts)) >= 500
    firsts = Counter(row.values[0].split("|")[0] for row in ROWS)
    assert set(firsts) <= TYPES and min(firsts[t] for t in TYPES - {"CONCEDE"}) >= 5


@pytest.mark.parametrize("plover, text", ROWS)
def test_the_primary_event_has_the_type(pipeline, plover: str, text: str) -> None:
    events = pipeline.code(document_from_text(text, doc_id="plover-wording"))
    primary = next((e for e in events if e.primary), None)
    assert primary is not None, "no event"
    assert primary.plover["type"] in plover.split("|"), f"{primary.plover['type']} ({primary.trigger.text})"
