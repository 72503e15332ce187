"""Round lead48e: "A court in Moscow sentenced journalist Evan Gershkovich": a past form the parse hung on the
name after it, in a sentence with no verb, is the verb, with the court its subject and the named person its
object. Sentences written for the test, with a control."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str):
    return next((e for e in pipeline.code(document_from_text(text, doc_id="lead48e")) if e.primary), None)


@pytest.mark.parametrize("text, source, target", [
    ("A court in Moscow sentenced journalist Evan Gershkovich to 16 years in prison on espionage charges.",
     "RUS", "USA"),
    ("A court in Istanbul jailed Kurdish politician Selahattin Demirtas.", "TUR", "TUR"),
])
def test_a_court_in_a_city_sentences_the_one_named(pipeline, text, source, target) -> None:
    primary = _primary(pipeline, text)
    assert [(a.country, a.sector) for a in primary.source] == [(source, "JUD")]
    assert [a.country for a in primary.target] == [target]


def test_control_defied_calls_stays_a_rejection(pipeline) -> None:
    primary = _primary(pipeline, "The president on Monday defied calls to step down.")
    assert primary.plover["type"] == "REJECT"
