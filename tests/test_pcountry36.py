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


def _countries(pipeline, text: str) -> tuple[str | None, str | None]:
    primary = _primary(pipeline, text)
    assert primary is not None, text
    source = primary.source[0].country if primary.source else None
    return source, primary.target[0].country if primary.target else None


@pytest.mark.parametrize("text, source, target", [
    # "its" in a reported clause whose subject is plural cannot be that subject's: it is the reporter's own
    ("Georgia said on Monday that Russian helicopters had fired on its border posts.", "RUS", "GEO"),
    ("Kenya said on Friday that Somali militants had attacked its troops near Kismayo.", "SOM", "KEN"),
    ("Thailand said on Tuesday that Cambodian soldiers had shelled its villages.", "KHM", "THA"),
    # controls: a named owner, and a singular subject that may own the thing itself, do not change
    ("Georgia said on Monday that Russian helicopters had fired on Georgian border posts.", "RUS", "GEO"),
    ("Cambodian soldiers shelled Thai villages on Tuesday.", "KHM", "THA"),
])
def test_its_in_a_reported_clause_is_the_reporters(pipeline, text: str, source: str, target: str) -> None:
    assert _countries(pipeline, text) == (source, target)


def test_its_of_a_singular_reported_subject_is_left_alone(pipeline) -> None:
    primary = _primary(pipeline, "Japan said on Monday that China had expanded its navy near the islands.")
    assert primary is None or not primary.target or primary.target[0].country != "JPN"


@pytest.mark.parametrize("text, source, target", [
    # an amount in aid whose "for" the parse hangs on the verb: the one it is for receives it
    ("Canada announced $30 million in humanitarian aid for Haiti on Thursday.", "CAN", "HTI"),
    ("Norway approved $15 million in emergency aid for Somalia on Monday.", "NOR", "SOM"),
    # controls: no amount, and the "to" form, do not change
    ("Canada announced humanitarian aid for Haiti on Thursday.", "CAN", "HTI"),
    ("Norway gave $15 million in emergency aid to Somalia on Monday.", "NOR", "SOM"),
])
def test_an_amount_in_aid_for_a_country(pipeline, text: str, source: str, target: str) -> None:
    assert _countries(pipeline, text) == (source, target)


@pytest.mark.parametrize("text, sides", [
    # a passive with no agent whose subject names two sides "between" them: the sides did it
    ("A swap of detainees between Armenia and Azerbaijan was agreed on Wednesday.", {"ARM", "AZE"}),
    ("A ceasefire between Sudan and South Sudan was agreed on Saturday.", {"SDN", "SSD"}),
    # controls: the active form, and a passive with its agent named, do not change
    ("Armenia and Azerbaijan agreed on Wednesday to swap detainees.", {"ARM", "AZE"}),
])
def test_a_passive_subject_between_two_sides(pipeline, text: str, sides: set) -> None:
    source, target = _countries(pipeline, text)
    assert {source, target} == sides


def test_a_passive_with_its_agent_keeps_it(pipeline) -> None:
    source, _ = _countries(pipeline, "A ceasefire between Israel and Hamas was brokered by Egypt on Sunday.")
    assert source == "EGY"
