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
from test_pcountry38 import _countries
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


@pytest.mark.parametrize("text, published, source, target", [
    # a region or breakaway territory named as the party addressed is of the state that holds it
    ("Putin warned Dagestan on Monday that federal troops would restore order.", "2001-03-05", "RUS", "RUS"),
    ("Tbilisi accused Abkhazia on Friday of shelling Georgian villages.", "2004-08-13", "GEO", "GEO"),
    ("Chisinau urged Transdniestria on Tuesday to return to the talks.", "2003-02-11", "MDA", "MDA"),
    ("Jakarta warned Papua on Thursday against any vote on independence.", "2001-06-07", "IDN", "IDN"),
    # controls: a neighbour named as the party, and a region that is only the place of the event
    ("Putin warned Georgia on Monday that Russian troops would stay.", "2001-03-05", "RUS", "GEO"),
    ("Tbilisi accused Moscow on Friday of shelling Georgian villages.", "2004-08-13", "GEO", "RUS"),
])
def test_a_region_named_as_a_party_is_of_its_state(pipeline, text: str, published: str, source: str,
                                                  target: str) -> None:
    assert _countries(pipeline, text, published) == (source, target)


@pytest.mark.parametrize("text", [
    "Gunmen in Dagestan killed two policemen on Monday.",
    "Fighting in Darfur killed 20 people on Tuesday.",
    "A truce between Georgia and Russia held on Friday after five days of fighting over South Ossetia.",
])
def test_a_region_that_is_the_place_is_no_party(pipeline, text: str) -> None:
    document = document_from_text(text, doc_id="pcountry39", published="2010-05-10")
    primary = next(e for e in pipeline.code(document) if e.primary)
    assert not any((a.evidence or "").startswith("region:") for a in primary.source + primary.target)
