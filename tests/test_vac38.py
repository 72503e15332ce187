"""Round vac38: the edge of ACLED violence against civilians with battles and strategic developments
(tests/data/acled_vac_audit_e.yaml). Sentences of our own, each rule with controls that must not change."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

LOOTING = ("Strategic developments", "Looting/property destruction")
ATTACK = ("Violence against civilians", "Attack")
OTHER = ("Strategic developments", "Other")


def _primary(pipeline, text: str):
    """The primary event chronica codes from ``text``."""
    return next(e for e in pipeline.code(document_from_text(text, doc_id="vac38")) if e.primary)


def _types(pipeline, text: str) -> tuple[str, str] | None:
    ev = _primary(pipeline, text)
    return (ev.acled["event_type"], ev.acled["sub_event_type"]) if ev.acled else None


@pytest.mark.parametrize("text", [
    "Soldiers raided a hamlet in Magway region and torched 40 homes after villagers had fled, locals said.",
    "On 9 May 2022, militiamen burned houses in Walikale (Nord-Kivu) whose inhabitants had fled in April.",
])
def test_damage_where_the_people_had_fled_is_looting(pipeline, text: str) -> None:
    assert _types(pipeline, text) == LOOTING


@pytest.mark.parametrize("text", [
    "Soldiers raided a hamlet in Magway region and torched 40 homes, killing two villagers, residents said.",
    "Soldiers raided a hamlet in Magway region and shot dead a farmer after villagers had fled, locals said.",
])
def test_damage_that_killed_stays_an_attack(pipeline, text: str) -> None:
    assert _types(pipeline, text) == ATTACK


@pytest.mark.parametrize("text", [
    "A gang extorted money from market traders in Port-au-Prince, police said.",
    "Members of a gang demanded protection money from bus owners in Tegucigalpa, police said.",
    "On 7 March 2022, Al-Shabaab militants imposed taxes on herders in Bulo Burte (Hiraan), threatening to "
    "attack those who refuse to pay.",
])
def test_extortion_and_threats_of_an_armed_group_are_strategic(pipeline, text: str) -> None:
    assert _types(pipeline, text) == OTHER


@pytest.mark.parametrize("text", [
    "The teachers' union demanded more money for rural schools, its leader said.",
    "The opposition demanded the release of detained activists in Kampala.",
])
def test_other_demands_stay_out_of_acled(pipeline, text: str) -> None:
    assert _types(pipeline, text) is None


def test_a_gang_that_kills_a_trader_who_refused_to_pay_attacks_him(pipeline) -> None:
    text = "Gang members shot dead a bus driver who refused to pay them in San Pedro Sula, police said."
    assert _types(pipeline, text) == ATTACK
