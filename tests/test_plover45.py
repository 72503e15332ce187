"""Rounds plover45 and plover45b: officials "fired" are dismissed, not shot; state forces that act after a
bombing did not set it; a package blocked is a veto; envoys recalled or summoned in the passive get their
doer. Sentences written for the test, with controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="plover45"))


@pytest.mark.parametrize("text", [
    "Yeltsin fired his defence minister on Thursday.",
    "The president fired the army commander and two of his deputies.",
    "The prime minister fired her finance secretary after the budget leak.",
    "The governor fired the regional prosecutor.",
])
def test_an_official_fired_is_no_shooting(pipeline, text: str) -> None:
    assert not any(e.plover["type"] == "ASSAULT" for e in _events(pipeline, text))


@pytest.mark.parametrize("text", [
    "Soldiers fired on protesters in the capital.",
    "Gunmen fired at a police patrol in Karachi.",
])
def test_firing_on_people_stays_a_shooting(pipeline, text: str) -> None:
    primary = next(e for e in _events(pipeline, text) if e.primary)
    assert primary.plover["type"] == "ASSAULT"


@pytest.mark.parametrize("text, trigger", [
    ("The Israeli army sealed off the West Bank after a suicide bombing in Jerusalem.", "suicide bombing"),
    ("Police arrested ten people after a bomb attack on a market.", "attack"),
    ("Troops set up roadblocks across the city following a car bombing.", "bombing"),
])
def test_state_forces_that_answer_a_bombing_did_not_set_it(pipeline, text: str, trigger: str) -> None:
    bombing = next(e for e in _events(pipeline, text) if e.trigger.text == trigger)
    assert not any(a.sector in ("MIL", "COP", "GOV") for a in bombing.source)


def test_a_bombing_by_the_subject_keeps_its_doer(pipeline) -> None:
    events = _events(pipeline, "Islamic State claimed a suicide bombing in Kabul that killed 12 people.")
    bombing = next(e for e in events if e.trigger.text == "suicide bombing")
    assert any(a.sector == "REB" for a in bombing.source)


@pytest.mark.parametrize("text, plover, target", [
    ("Hungary blocked an EU aid package for Ukraine, Prime Minister Viktor Orban said on Thursday.", "REJECT",
     None),
    ("Slovakia blocked the latest sanctions package in Brussels.", "REJECT", None),
    # goods kept from people stay a cut-off
    ("Israel blocked aid deliveries to Gaza.", "COERCE", "PSE"),
    ("Russian forces blocked food supplies to Mariupol.", "COERCE", "UKR"),
])
def test_a_package_blocked_is_a_veto(pipeline, text: str, plover: str, target: str | None) -> None:
    primary = next(e for e in _events(pipeline, text) if e.primary)
    assert primary.plover["type"] == plover
    if target:
        assert primary.target[0].country == target


@pytest.mark.parametrize("text, source, target", [
    ("Israel's ambassador to Turkey was recalled after Ankara's criticism of the offensive.", "ISR", "TUR"),
    ("Kenya's envoy to Somalia was recalled for consultations on Monday.", "KEN", "SOM"),
    ("Britain's ambassador was summoned to the Iranian foreign ministry.", "IRN", "GBR"),
    ("Pakistan's envoy to Kabul was summoned over the border clashes.", "AFG", "PAK"),
    # a doer named stays
    ("The Chinese ambassador was summoned by the Japanese foreign ministry on Friday.", "JPN", "CHN"),
])
def test_an_envoy_recalled_or_summoned_in_the_passive(pipeline, text: str, source: str, target: str) -> None:
    primary = next(e for e in _events(pipeline, text) if e.primary)
    assert primary.source and primary.source[0].country == source
    assert primary.target and primary.target[0].country == target


def test_an_envoy_summoned_with_no_place_gets_no_guessed_summoner(pipeline) -> None:
    primary = next(e for e in _events(pipeline, "The Iranian ambassador was summoned.") if e.primary)
    assert primary.source == []
