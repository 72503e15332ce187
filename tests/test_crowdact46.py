"""Protest actors (round crowdact46): companies named after their country, crowds' leaders, party wings,
targets of clashes and crowd control, the arresters a protest names. Sentences written for the test, with
controls that must keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="crowdact46"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _who(actors) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for a in actors]


# 1. a company named after its country is a business, its pilots and crews are its workers
@pytest.mark.parametrize("text, iso3", [
    ("Air France pilots went on strike on Saturday, grounding about half of the airline's flights.", "FRA"),
    ("Air France pilots walked out over pay.", "FRA"),
    ("Air India cabin crew went on strike on Monday.", "IND"),
    ("Kenya Airways pilots went on strike, stranding thousands of passengers.", "KEN"),
    ("Turkish Airlines workers staged a walkout in Istanbul.", "TUR"),
    ("French pilots went on strike on Saturday.", "FRA"),
])
def test_an_airlines_workers_strike_as_workers(pipeline, text: str, iso3: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "PROTEST"
    assert _who(primary.source) == [(iso3, "LAB")]
    assert not any(a.sector == "GOV" for a in primary.source + primary.target)


@pytest.mark.parametrize("text, iso3", [
    ("Protesters blocked the Air France offices in Paris.", "FRA"),
    ("Activists in Nairobi picketed Kenya Airways headquarters.", "KEN"),
])
def test_a_company_named_after_its_country_is_no_state(pipeline, text: str, iso3: str) -> None:
    primary = _primary(pipeline, text)
    assert _who(primary.target) == [(iso3, "BUS")]


@pytest.mark.parametrize("text, iso3, sector", [
    # controls: a country's pilots who bomb fly for its military; the state itself stays the state
    ("Syrian pilots dropped barrel bombs on Aleppo.", "SYR", "MIL"),
    ("Russian pilots bombed the town overnight.", "RUS", "MIL"),
    ("France condemned the attack on the embassy.", "FRA", "GOV"),
    ("Bank of China agreed to lend money to Zambia.", "CHN", "BUS"),
])
def test_pilots_and_states_controls(pipeline, text: str, iso3: str, sector: str) -> None:
    primary = _primary(pipeline, text)
    assert _who(primary.source) == [(iso3, sector)]
