"""Round ptype38: 67 wire ledes of our own (tests/data/plover_types38.yaml) on the PLOVER confusions the
held-out aggregate names: demands made inside a critical statement read as accusations, agreements read as
the coercion or cooperation they promise, concessions read as backing, refusals read as the retreat refused,
pull-outs read as sanctions, and meetings, sanctions and coercion missed. Each row is coded as `chronica code`
codes a document; a row with ``gap`` is a strict xfail with that reason. Then the rules the round added, each
with sentences of our own and controls that must not change."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_plover_stories import check_primary, lede_params, ledes

from chronica.ingest import document_from_text

LEDES = Path(__file__).parent / "data" / "plover_types38.yaml"


def _type(pipeline, text: str) -> str | None:
    """The PLOVER type of the text's primary event (None when there is none)."""
    document = document_from_text(text, doc_id="ptype38")
    primary = next((e for e in pipeline.code(document) if e.primary), None)
    return (primary.plover or {}).get("type") if primary is not None else None


def test_the_set_is_wire_ledes_with_controls() -> None:
    rows = ledes(LEDES)
    assert len(rows) >= 60 and len({r["text"] for r in rows}) == len(rows)
    assert 18 <= sum(1 for r in rows if r.get("control")) <= 30


@pytest.mark.parametrize("row", lede_params(LEDES))
def test_the_primary_event_of_the_lede(pipeline, row: dict) -> None:
    check_primary(pipeline, row, "ptype38")


@pytest.mark.parametrize("text, plover", [
    # a pull-back or pull-out ruled out is refused, not made
    ("Israel ruled out on Sunday a pullout of its troops from southern Lebanon.", "REJECT"),
    ("Russia ruled out on Monday any pullback of its forces from the Zaporizhzhia nuclear plant.", "REJECT"),
    # control: the pull-out announced is a retreat
    ("Israel announced on Sunday a pullout of its troops from southern Lebanon.", "RETREAT"),
])
def test_a_pullout_ruled_out(pipeline, text: str, plover: str) -> None:
    assert _type(pipeline, text) == plover
