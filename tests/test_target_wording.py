"""Targets the fifteenth round added (``docs/actors.md``): whom a state tells what it will do, the seat
of a government hung on the verb, support "for" someone, negotiations two sides resume. Each rule's
cases are in ``tests/data/targets_audit.yaml``; here are the sentences where it must not fire."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str):  # noqa: ANN001, ANN202
    events = pipeline.code(document_from_text(text, doc_id="t"))
    return next(e for e in events if e.primary)


@pytest.mark.parametrize("text", [
    "The Kenyan president told reporters that he would expel the diplomats.",
    "The interior minister told journalists that Nairobi would close the border crossing.",
])
def test_the_press_told_is_no_target(pipeline, text: str) -> None:
    """Reporters, journalists and the press hear what a state will do; they are not its target."""
    event = _primary(pipeline, text)
    assert all(a.sector not in ("JRN", "MED") for a in event.target)


def test_the_doers_own_side_told_is_no_target(pipeline) -> None:
    """"told parliament that Britain would impose sanctions": parliament is Britain's own."""
    event = _primary(pipeline, "The prime minister told parliament that Britain would impose sanctions.")
    assert all(a.country != "GBR" for a in event.target)


def test_a_told_addressee_is_kept_with_its_evidence(pipeline) -> None:
    event = _primary(pipeline, "Damascus told Amman it would close the border crossing.")
    assert [a.country for a in event.target] == ["JOR"]
    assert event.target[0].evidence.startswith("told:")


@pytest.mark.parametrize("text,country", [
    ("The opposition criticised the government in parliament on Tuesday.", "GBR"),
    ("Britain praised the government in a statement on Friday.", "GBR"),
])
def test_a_seat_needs_a_place_name(pipeline, text: str, country: str) -> None:
    """"the government in parliament", "in a statement": no place, so no other country's government."""
    event = _primary(pipeline, text)
    assert all(a.country in (None, country) for a in event.target)


def test_support_for_a_time_is_no_target(pipeline) -> None:
    """"expressed support for two hours" names no one."""
    event = _primary(pipeline, "Hungary expressed support for the plan for the first time on Monday.")
    assert all(a.country in (None, "HUN") for a in event.target)


def test_a_measure_by_unnamed_gunmen_has_no_home_target(pipeline) -> None:
    """Only a state's measure is aimed at its own people: "gunmen imposed a curfew" names no state."""
    event = _primary(pipeline, "Gunmen imposed a curfew on the village.")
    assert not any((a.evidence or "").startswith("own people") for a in event.target)


def test_a_deed_done_by_others_is_no_accuser(pipeline) -> None:
    """"accused of the attack by rebels": the rebels did the attack, they did not accuse."""
    event = _primary(pipeline, "The general was accused of the attack by rebels.")
    assert all(a.sector != "REB" for a in event.source)
