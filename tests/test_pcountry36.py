"""Round pcountry36: 113 wire-news ledes of our own (tests/data/plover_countries36.yaml) on the SOURCE and
TARGET COUNTRY of the primary event: targets in the wrong noun phrase, the country of a place taken for an
actor's, leaders and ministries named without their country, demonyms, capitals as governments, international
bodies (no country), reported speech, the passive voice and "between X and Y". Each is coded as
`chronica code` codes a document: the primary event's PLOVER type, first source country and first target
country as the row expects. A row with ``gap`` is a known gap: a strict xfail with that reason. Then the rules
the round added, each with sentences of our own and controls that must not change."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from test_plover_stories import check_primary, lede_params, ledes

from chronica.ingest import document_from_text

LEDES = Path(__file__).parent / "data" / "plover_countries36.yaml"
CAUSES = {"np", "place", "leader", "demonym", "capital", "igo", "said", "passive", "between", "plain"}


def _primary(pipeline, text: str):
    document = document_from_text(text, doc_id="pcountry36")
    return next((e for e in pipeline.code(document) if e.primary), None)


def test_the_set_is_wire_ledes_of_every_cause() -> None:
    rows = ledes(LEDES)
    assert len(rows) >= 100 and len({r["text"] for r in rows}) == len(rows)
    assert 30 <= sum(1 for r in rows if r.get("control")) <= 45
    causes = Counter(r["cause"] for r in rows)
    assert set(causes) == CAUSES and min(causes.values()) >= 6


@pytest.mark.parametrize("row", lede_params(LEDES))
def test_the_countries_of_the_lede(pipeline, row: dict) -> None:
    check_primary(pipeline, row, "pcountry36")
