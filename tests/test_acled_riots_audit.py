"""ACLED riots audit (round riots26): texts of our own on where a crowd's violence (Riots: mob violence,
violent demonstration) ends and an armed group's attack on civilians, a battle between organised armed
sides or a demonstration that stayed peaceful begins (tests/data/acled_riots_audit.yaml), in the style of
event notes and of wire reports. Each text's primary event, coded as `chronica code` codes it, must have
one of the expected ACLED event types and sub-event types, and the expected ACLED actor types where the row
gives them. Rows with a `gap` are strict xfails."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from test_acled_targets_audit import _inters

from chronica.ingest import document_from_text

AUDIT = Path(__file__).parent / "data" / "acled_riots_audit.yaml"


def _rows() -> list:
    """The audit's rows as pytest params, a row with a `gap` a strict xfail."""
    data = yaml.safe_load(AUDIT.read_text(encoding="utf-8"))
    params = []
    for row in data["notes"] + data["news"]:
        marks = [pytest.mark.xfail(reason=row["gap"], strict=True)] if row.get("gap") else []
        params.append(pytest.param(row, marks=marks, id=row["id"]))
    return params


ROWS = _rows()


def test_audit_has_both_styles_and_enough_rows() -> None:
    data = yaml.safe_load(AUDIT.read_text(encoding="utf-8"))
    assert len(data["notes"]) >= 40 and len(data["news"]) >= 40
    assert all(row["text"].startswith("On ") for row in data["notes"])
    assert not any(row["text"].startswith("On ") for row in data["news"])


@pytest.mark.parametrize("row", ROWS)
def test_crowd_violence_gets_its_acled_type(pipeline, row: dict) -> None:
    events = pipeline.code(document_from_text(row["text"], doc_id="riots-audit"))
    primary = next((e for e in events if e.primary), None)
    assert primary is not None, "no event"
    assert primary.acled is not None, f"no ACLED type ({primary.plover['type']})"
    got = (primary.acled["event_type"], primary.acled["sub_event_type"])
    assert got[0] in row["event_type"].split("|"), got
    assert got[1] in row["sub_event_type"].split("|"), got
    inter1, inter2 = _inters(primary)
    assert row.get("inter1", inter1) == inter1, f"inter1 {inter1}"
    assert row.get("inter2", inter2) == inter2, f"inter2 {inter2}"
