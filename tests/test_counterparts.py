"""Round target17: the other side of a dealing between states named only by a place, an office or a
common noun (``chronica.counterparts``). Sentences of our own; undated, as the PLOVER gold is."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str):  # noqa: ANN001, ANN202
    return next(e for e in pipeline.code(document_from_text(text, doc_id="t", published=None)) if e.primary)


def _first(actors: list):  # noqa: ANN202
    return actors[0] if actors else None


@pytest.mark.parametrize(("text", "host"), [
    ("The Japanese trade minister held talks in Hanoi on rice exports.", "VNM"),
    ("The Saudi foreign minister flew to Amman for talks with King Abdullah.", "JOR"),
    ("Ecuador's president held talks at the Kremlin on Tuesday.", "RUS"),
])
def test_talks_in_a_foreign_capital_are_hosted_by_its_government(pipeline, text: str, host: str) -> None:
    event = _primary(pipeline, text)
    assert event.plover["type"] == "CONSULT"
    assert _first(event.target) is not None and event.target[0].country == host


@pytest.mark.parametrize("text", [
    "The Nigerian foreign minister held talks in Abuja on Monday.",  # the doer's own capital
    "The Danish foreign minister held talks in Geneva on the treaty.",  # a city that is no capital
])
def test_talks_at_home_or_in_a_city_have_no_host(pipeline, text: str) -> None:
    event = _primary(pipeline, text)
    assert event.target == []


def test_an_office_guessed_as_its_targets_state_takes_the_other_country_named(pipeline) -> None:
    event = _primary(pipeline, "The foreign ministry accused Kenya of harbouring Somali militants.")
    assert event.target[0].country == "KEN"
    assert event.source[0].country == "SOM"
    assert "other side:SOM" in event.source[0].evidence


def test_an_office_with_no_other_country_named_keeps_none(pipeline) -> None:
    event = _primary(pipeline, "The government expelled two Belgian diplomats on Friday.")
    assert event.target[0].country == "BEL"
    assert event.source[0].country is None


def test_domestic_acts_keep_the_guess(pipeline) -> None:
    """Police acting on foreigners are not a dealing between states: the rule does not read them."""
    event = _primary(pipeline, "Police arrested three Ghanaian traders in the market.")
    assert "other side" not in (event.source[0].evidence or "")


def test_a_state_named_again_by_a_common_noun(pipeline) -> None:
    event = _primary(pipeline, "Oman has long stayed neutral. The sultanate condemned Yemen's rebels.")
    assert event.source[0].country == "OMN"


def test_the_state_named_after_the_noun_is_the_other_side(pipeline) -> None:
    text = "Tension between Kuwait and Iraq grew. The emirate accused Iraq of massing troops."
    event = _primary(pipeline, text)
    assert event.source[0].country == "KWT"
    assert event.target[0].country == "IRQ"


def test_forces_put_on_alert_answer_the_owner_of_an_act(pipeline) -> None:
    event = _primary(pipeline, "Cyprus put its forces on alert after the Turkish flights.")
    assert event.target and event.target[0].country == "TUR"


def test_violence_aimed_at_a_capital_hits_its_people(pipeline) -> None:
    event = _primary(pipeline, "Government artillery shelled Sanaa overnight.")
    assert (event.target[0].country, event.target[0].sector) == ("YEM", "CVL")


def test_a_capital_in_diplomacy_stays_its_government(pipeline) -> None:
    event = _primary(pipeline, "Cairo accused Khartoum of backing the rebels.")
    assert (event.target[0].country, event.target[0].sector) == ("SDN", "GOV")


def test_a_threat_to_captives_on_a_condition_is_aimed_at_the_condition(pipeline) -> None:
    text = "The hijackers threatened to kill the passengers unless Jordan freed the prisoners."
    event = _primary(pipeline, text)
    assert event.target[0].country == "JOR"
    assert event.target[0].sector == "GOV"


def test_an_envoy_acting_alone_deals_with_the_host_state(pipeline) -> None:
    event = _primary(pipeline, "The Dutch ambassador to Indonesia lodged a protest on Monday.")
    assert (event.source[0].country, event.target[0].country) == ("NLD", "IDN")


def test_talks_at_home_by_an_office_of_no_named_country_have_no_host(pipeline) -> None:
    """The doer's country only guessed from the capital: the talks may be at home."""
    event = _primary(pipeline, "The opposition leader held talks in Lusaka on Monday.")
    assert event.target == []
