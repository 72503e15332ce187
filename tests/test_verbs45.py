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


@pytest.mark.parametrize("text, tried, court", [
    ("Ugandan opposition figure Kizza Besigye went on trial before a military court in Kampala on treason "
     "charges.", ("UGA", "OPP"), ("UGA", "JUD")),
    ("Former Pakistani prime minister Imran Khan went on trial on Monday for leaking state secrets.",
     ("PAK", "ELI"), None),
    ("Twelve activists stood trial in Hong Kong on subversion charges.", ("HKG", "OPP"), None),
    ("Opposition leader Tundu Lissu faces trial on treason charges in Tanzania.", ("TZA", "OPP"), None),
    ("Former president Jair Bolsonaro will stand trial for an alleged coup plot, Brazil's Supreme Court "
     "ruled.",
     ("BRA", "ELI"), None),
])
def test_the_one_on_trial_is_the_target(pipeline, text: str, tried, court) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ACCUSE"
    assert [(a.country, a.sector) for a in primary.target] == [tried]
    assert [(a.country, a.sector) for a in primary.source] == ([court] if court else [])


def test_a_court_that_puts_someone_on_trial_stays_the_source(pipeline) -> None:
    primary = _primary(pipeline, "A Moscow court put the journalist on trial for espionage.")
    assert primary.plover["type"] == "ACCUSE"
    assert [(a.country, a.sector) for a in primary.source] == [("RUS", "JUD")]
    assert [(a.country, a.sector) for a in primary.target] == [("RUS", "JRN")]
