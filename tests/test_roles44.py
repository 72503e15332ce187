"""A passive that keeps an object names its doer with "by" (round roles44): "The dissident was given asylum by
Sweden", "The town was given food aid by the UN". The small model reads such a "by" as a plain preposition
(on the verb or on its object), so the doer was lost; the phrase is now the passive's agent. Sentences written
for the test, with controls where "by" tells a time or a means."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text
from chronica.nlp import load
from chronica.reparse import double_object_agents


def _primary(pipeline, text: str):
    return next((e for e in pipeline.code(document_from_text(text, doc_id="roles44")) if e.primary), None)


@pytest.mark.parametrize("text, source", [
    ("The dissident was given political asylum by Sweden.", "SWE"),
    ("The town was given food aid by the UN.", None),
    ("The displaced families were given tents by the Kenyan government.", "KEN"),
])
def test_the_by_phrase_of_a_passive_with_an_object_is_its_doer(pipeline, text: str, source: str | None):
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "AID"
    assert len(primary.source) == 1 and primary.source[0].country == source
    assert primary.evidence["source"][0]["text"].split()[-1] in text.rstrip(".").split()[-1:]


@pytest.mark.parametrize("text", [
    "The refugees were given blankets by the end of the week.",  # a time
    "The prisoners were given food by the roadside.",  # a place
    "The dissident was given asylum by mistake.",  # a manner
])
def test_a_by_phrase_of_time_place_or_manner_stays_a_preposition(text: str) -> None:
    doc = load()(text)
    before = [(t.dep_, t.head.i) for t in doc]
    assert double_object_agents(doc) == 0
    assert [(t.dep_, t.head.i) for t in doc] == before


def test_a_passive_without_an_object_was_already_right() -> None:
    doc = load()("Two journalists were detained by security forces in Minsk.")
    assert double_object_agents(doc) == 0
    assert [t.lower_ for t in doc if t.dep_ == "agent"] == ["by"]


@pytest.mark.parametrize("text, source", [
    # a noun's act done with a weapon its state or people is named on: the weapon's owner did it
    ("Iran vowed revenge for the killing of its general in a US drone strike.", "USA"),
    ("The killing of the commander in a Turkish drone strike angered his supporters.", "TUR"),
    # controls: the verb and its strike were already right
    ("The general was killed in a US drone strike near Baghdad airport.", "USA"),
    ("Five militants died in an Israeli air strike on Gaza.", "ISR"),
])
def test_the_owner_of_the_weapon_is_the_doer_of_a_noun_s_act(pipeline, text: str, source: str) -> None:
    events = pipeline.code(document_from_text(text, doc_id="roles44"))
    strike = next(e for e in events if e.plover["type"] == "ASSAULT")
    assert [(a.country, a.sector) for a in strike.source] == [(source, "MIL")]
