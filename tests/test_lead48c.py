"""Round lead48c: a leader called by name is a phone call (whatever the tagger makes of the name), and what
the call was to discuss is talked over with the one called; nationals removed are deported (the Home Office is
Britain's); staff named by their body are its people; a crowd is not the target of its own protest. Sentences
written for the test, with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="lead48c"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


@pytest.mark.parametrize("text, source, target", [
    ("Scholz called Zelenskiy on Tuesday.", "DEU", "UKR"),
    ("Scholz called Zelenskiy on Tuesday to discuss air defence.", "DEU", "UKR"),
    ("Merkel called Macron on Monday.", "DEU", "FRA"),
])
def test_a_leader_called_by_name_is_a_phone_call(pipeline, text, source, target) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("CONSULT", "phone")
    assert [a.country for a in primary.source] == [source]
    assert [a.country for a in primary.target] == [target]


def test_what_a_call_was_to_discuss_is_discussed_with_the_one_called(pipeline) -> None:
    events = _events(pipeline, "Scholz called Zelenskiy on Tuesday to discuss air defence.")
    discuss = next(e for e in events if e.trigger.text == "discuss")
    assert [a.country for a in discuss.target] == ["UKR"]


@pytest.mark.parametrize("text, ptype", [
    ("Macron called Putin a liar.", "ACCUSE"),
    ("The opposition called for a general strike on Monday.", "REQUEST"),
])
def test_controls_other_calls(pipeline, text, ptype) -> None:
    assert _primary(pipeline, text).plover["type"] == ptype


def test_nationals_removed_are_deported(pipeline) -> None:
    primary = _primary(pipeline, "The Home Office removed 40 Albanian nationals on a charter flight.")
    assert (primary.plover["type"], primary.plover.get("mode")) == ("COERCE", "deport")
    assert [(a.country, a.sector) for a in primary.source] == [("GBR", "GOV")]
    assert [a.country for a in primary.target] == ["ALB"]


def test_control_landmines_removed_stay_weapons(pipeline) -> None:
    primary = _primary(pipeline, "The army removed 40 landmines from farmland.")
    assert primary.plover.get("mode") != "deport"


def test_staff_named_by_their_body_are_its_people(pipeline) -> None:
    primary = _primary(pipeline, "ICRC staff were abducted in northern Mali.")
    assert [(a.name, a.sector) for a in primary.target] == [("ICRC", "NGO")]


def test_control_employees_of_a_state_body_who_protest_are_workers(pipeline) -> None:
    primary = _primary(pipeline, "Employees of the Libyan Audit Bureau protested in front of their office in "
                                 "Tripoli.")
    assert primary.plover["type"] == "PROTEST"
    assert all(a.sector != "GOV" for a in primary.source)


def test_a_crowd_is_not_the_target_of_its_own_protest(pipeline) -> None:
    primary = _primary(pipeline, "Thousands of supporters of the ousted president protested in Niamey.")
    assert primary.plover["type"] == "PROTEST"
    assert not any(a.inter in (5, 6) for a in primary.target)


def test_control_a_protest_against_the_government_keeps_its_target(pipeline) -> None:
    primary = _primary(pipeline, "Protesters rallied against the government in Niamey.")
    assert [(a.country, a.sector) for a in primary.target] == [("NER", "GOV")]
