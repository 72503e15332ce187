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

from chronica.ingest import document_from_text

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


def _countries(pipeline, text: str) -> tuple[str | None, str | None]:
    """The first source and first target country of the text's primary event."""
    document = document_from_text(text, doc_id="pcountry37")
    primary = next((e for e in pipeline.code(document) if e.primary), None)
    assert primary is not None, text
    source = primary.source[0].country if primary.source else None
    return source, primary.target[0].country if primary.target else None


@pytest.mark.parametrize("text, source, target", [
    # country names misspelt in wire copy are the country
    ("Pakistan turned down an offer of talks from Afganistan on Monday.", "PAK", "AFG"),
    ("Egypt accused Isreal on Sunday of breaking the truce.", "EGY", "ISR"),
    ("Vietnam held talks with the Phillipines on Thursday on fishing rights.", "VNM", "PHL"),
    ("Ukrane accused Belarus on Friday of massing troops on the border.", "UKR", "BLR"),
    # controls: the right spellings do not change
    ("Pakistan turned down an offer of talks from Afghanistan on Monday.", "PAK", "AFG"),
    ("Egypt accused Israel on Sunday of breaking the truce.", "EGY", "ISR"),
    ("Vietnam held talks with the Philippines on Thursday on fishing rights.", "VNM", "PHL"),
])
def test_a_misspelt_country_name_is_the_country(pipeline, text: str, source: str, target: str) -> None:
    assert _countries(pipeline, text) == (source, target)
