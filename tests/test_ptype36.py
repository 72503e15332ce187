"""Round ptype36: 97 wire ledes of our own (tests/data/plover_types36.yaml) on the general causes of a wrong
PLOVER type for a lede's primary event: which clause or noun wins, reported speech, verb senses the
dictionaries lacked, and the older scheme's conventions the PLOVER gold follows. Each row is coded as
`chronica code` codes a document; a row with ``gap`` is a strict xfail with that reason. Then the rules the
round added, each with sentences of our own and controls that must not change."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_plover_stories import check_primary, lede_params, ledes

from chronica.ingest import document_from_text

LEDES = Path(__file__).parent / "data" / "plover_types36.yaml"


def _primary(pipeline, text: str):
    document = document_from_text(text, doc_id="ptype36")
    return next((e for e in pipeline.code(document) if e.primary), None)


def test_the_set_is_wire_ledes_with_controls() -> None:
    rows = ledes(LEDES)
    assert len(rows) >= 90 and len({r["text"] for r in rows}) == len(rows)
    assert 25 <= sum(1 for r in rows if r.get("control")) <= 40


@pytest.mark.parametrize("row", lede_params(LEDES))
def test_the_primary_event_of_the_lede(pipeline, row: dict) -> None:
    check_primary(pipeline, row, "ptype36")
