"""Verbs misread by probes of our own (round verbs45): a measure struck down, a trial's defendant, orders to
act, towns captured, troops crossing borders, arms sold, students clashing with police, walkouts, strikes on
a country and executions. Sentences written for the test, with controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="verbs45"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _sub_event(event) -> str | None:
    return (event.acled or {}).get("sub_event_type")


@pytest.mark.parametrize("text, source, target", [
    ("Ecuador's Constitutional Court struck down President Daniel Noboa's decree on prisons.",
     ("ECU", "JUD"), ("ECU", "GOV")),
    ("Kenya's High Court struck down the government's ban on protests in Nairobi.",
     ("KEN", "JUD"), ("KEN", "GOV")),
    ("A US judge struck down the administration's vaccine mandate.", ("USA", "JUD"), ("USA", "GOV")),
    ("The Supreme Court struck down the law banning abortion.", (None, "JUD"), None),
    ("Parliament struck down the president's emergency measure.", (None, "LEG"), (None, "GOV")),
    ("The court blocked the president's decree.", (None, "JUD"), (None, "GOV")),
])
def test_a_measure_struck_down_is_a_veto(pipeline, text: str, source, target) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "REJECT"
    assert primary.acled is None
    assert (primary.source[0].country, primary.source[0].sector) == source
    if target:
        assert (primary.target[0].country, primary.target[0].sector) == target


@pytest.mark.parametrize("text, plover, sub_event", [
    ("Israeli jets struck Hezbollah positions in southern Lebanon.", "ASSAULT", "Air/drone strike"),
    ("The soldiers struck the protesters with batons.", "ASSAULT", "Excessive force against protesters"),
])
def test_struck_without_down_stays_an_attack(pipeline, text: str, plover: str, sub_event: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], _sub_event(primary)) == (plover, sub_event)


def test_struck_down_by_illness_is_no_event(pipeline) -> None:
    assert _events(pipeline, "He was struck down by cancer.") == []
