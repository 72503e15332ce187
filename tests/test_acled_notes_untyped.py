"""ACLED untyped-notes audit (round notes26): short notes in the style of ACLED event notes, of the kinds the
rules may find no event in (tests/data/acled_notes_untyped.yaml), coded the way `chronica code` codes them
(rules, then the ACLED model on a note), must give the primary event one of the expected ACLED event types and
sub-event types. Rows marked `xfail` are known gaps, kept strict so that a fix shows."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from chronica.ingest import document_from_text

DATA = Path(__file__).parent / "data" / "acled_notes_untyped.yaml"


def _rows() -> list:
    """The audit's rows as pytest parameters, known gaps marked strict xfail."""
    rows = yaml.safe_load(DATA.read_text(encoding="utf-8"))["rows"]
    params = []
    for row in rows:
        marks = [pytest.mark.xfail(strict=True, reason=row["xfail"])] if row.get("xfail") else []
        expect = [tuple(pair) for pair in row["expect"]]
        params.append(pytest.param(row["text"], expect, marks=marks, id=row["text"][3:40]))
    return params


ROWS = _rows()


def test_audit_has_eighty_notes_of_the_note_form():
    from chronica.classify.notes import note_form

    assert len(ROWS) == 80
    assert all(note_form(p.values[0]) for p in ROWS)


@pytest.mark.parametrize("text, expect", ROWS)
def test_untyped_note_gets_its_acled_type(pipeline, text: str, expect: list[tuple[str, str]]):
    events = pipeline.code(document_from_text(text, doc_id="notes26-audit"))
    primary = next((e for e in events if e.primary), None)
    assert primary is not None, "no event"
    assert primary.acled is not None, f"no ACLED type ({primary.plover['type']})"
    got = (primary.acled["event_type"], primary.acled["sub_event_type"])
    assert got in expect, f"{got} ({primary.trigger.text})"
