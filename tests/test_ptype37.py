"""Round ptype37: 106 wire ledes of our own (tests/data/plover_types37.yaml) on the kinds of wrong PLOVER
type the held-out confusions name: calls read as accusations or agreements, complaints read as protests,
promises read as the act, coercion read as violence, concessions read as backing, refusals read as the
retreat refused, and meetings, protests and sanctions missed. Each row is coded as `chronica code` codes a
document; a row with ``gap`` is a strict xfail with that reason. Then the rules the round added, each with
sentences of our own and controls that must not change."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_plover_stories import check_primary, lede_params, ledes

from chronica.ingest import document_from_text

LEDES = Path(__file__).parent / "data" / "plover_types37.yaml"


def _primary(pipeline, text: str):
    document = document_from_text(text, doc_id="ptype37")
    return next((e for e in pipeline.code(document) if e.primary), None)


def _type(pipeline, text: str) -> str | None:
    primary = _primary(pipeline, text)
    return (primary.plover or {}).get("type") if primary is not None else None


def test_the_set_is_wire_ledes_with_controls() -> None:
    rows = ledes(LEDES)
    assert len(rows) >= 90 and len({r["text"] for r in rows}) == len(rows)
    assert 30 <= sum(1 for r in rows if r.get("control")) <= 45


@pytest.mark.parametrize("row", lede_params(LEDES))
def test_the_primary_event_of_the_lede(pipeline, row: dict) -> None:
    check_primary(pipeline, row, "ptype37")


@pytest.mark.parametrize("text, plover", [
    # "offered on Wednesday to mediate": the date between the verb and its "to" clause keeps the offer
    ("Qatar offered on Wednesday to mediate between Chad and the rebels.", "AGREE"),
    # control: mediation done
    ("Qatar mediated between Chad and the rebels on Wednesday.", "CONSULT"),
])
def test_an_offer_told_across_its_date(pipeline, text: str, plover: str) -> None:
    assert _type(pipeline, text) == plover


def test_diplomats_recalled_are_relations_cut(pipeline) -> None:
    primary = _primary(pipeline, "Canada recalled its diplomats from India on Friday.")
    assert primary is not None and primary.plover["type"] == "SANCTION"
    assert [a.country for a in primary.target] == ["IND"]
    # control: "recalled" as remembering is no event
    assert _primary(pipeline, "Japan recalled the victims of the war on Monday.") is None


@pytest.mark.parametrize("text, plover", [
    # lending suspended is aid cut
    ("The World Bank suspended new lending to Uganda on Wednesday.", "SANCTION"),
    # control: a newspaper suspended is coercion
    ("Uganda suspended the opposition newspaper on Wednesday.", "COERCE"),
])
def test_lending_suspended(pipeline, text: str, plover: str) -> None:
    assert _type(pipeline, text) == plover
