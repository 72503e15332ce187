"""Round pcountry39: wire-news ledes of our own (tests/data/plover_countries39.yaml) on the SOURCE and TARGET
COUNTRY of the primary event: a region or breakaway territory named as the object, a group's base country
against its origin, hacking and cyber attacks, targets named by an institution of their country, reported
speech, and "the government" of another country. Each is coded as `chronica code` codes a document; a row
with ``gap`` is a strict xfail with that reason. Then the rules the round added, each with sentences of our
own and controls that must not change."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from test_plover_stories import check_primary, lede_params, ledes

from chronica.ingest import document_from_text

LEDES = Path(__file__).parent / "data" / "plover_countries39.yaml"
CAUSES = {"region", "based", "cyber", "institution", "speech", "government"}


def test_the_set_is_wire_ledes_of_every_cause() -> None:
    rows = ledes(LEDES)
    assert 75 <= len(rows) <= 90 and len({r["text"] for r in rows}) == len(rows)
    assert 24 <= sum(1 for r in rows if r.get("control")) <= 35
    causes = Counter(r["cause"] for r in rows)
    assert set(causes) == CAUSES and min(causes.values()) >= 12


@pytest.mark.parametrize("row", lede_params(LEDES))
def test_the_countries_of_the_lede(pipeline, row: dict) -> None:
    check_primary(pipeline, row, "pcountry39")


def _countries(pipeline, text: str, published: str = "2016-05-10") -> tuple[str | None, str | None]:
    """The first source and first target country of the text's primary event."""
    document = document_from_text(text, doc_id="pcountry39", published=published)
    primary = next((e for e in pipeline.code(document) if e.primary), None)
    assert primary is not None, text
    source = primary.source[0].country if primary.source else None
    return source, primary.target[0].country if primary.target else None
