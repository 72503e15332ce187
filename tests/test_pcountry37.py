"""Round pcountry37: wire-news ledes of our own (tests/data/plover_countries37.yaml) on the SOURCE and TARGET
COUNTRY of the primary event in general news language: named people of a known nationality abroad, actors with
no country of their own, misspelt country names, places whose country depends on the date, "the government"
with no country word, and international bodies (no country). Each is coded as `chronica code` codes a
document: the primary event's PLOVER type, first source country and first target country as the row
expects. A row with ``gap`` is a known gap: a strict xfail with that reason. Then the rules the round added,
each with sentences of our own and controls that must not change."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from test_plover_stories import check_primary, lede_params, ledes

LEDES = Path(__file__).parent / "data" / "plover_countries37.yaml"
CAUSES = {"person", "nameless", "misspelt", "dated", "government", "igo", "plain"}


def test_the_set_is_wire_ledes_of_every_cause() -> None:
    rows = ledes(LEDES)
    assert 80 <= len(rows) <= 100 and len({r["text"] for r in rows}) == len(rows)
    assert 26 <= sum(1 for r in rows if r.get("control")) <= 40
    causes = Counter(r["cause"] for r in rows)
    assert set(causes) == CAUSES and min(causes.values()) >= 6


@pytest.mark.parametrize("row", lede_params(LEDES))
def test_the_countries_of_the_lede(pipeline, row: dict) -> None:
    check_primary(pipeline, row, "pcountry37")
