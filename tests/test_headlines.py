"""Headlines whose verb the small English model tags as a noun ("Morocco severs ties with Iran"):
chronica.headline makes the word the verb its shape says it is, so the headline is coded like a sentence.
All headlines are written for this test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str):  # noqa: ANN001, ANN202
    events = pipeline.code(document_from_text(text, doc_id="headline"))
    return next((e for e in events if e.primary), None)


@pytest.mark.parametrize("text, plover, source, target", [
    ("Morocco severs ties with Iran", "SANCTION", "MAR", "IRN"),
    ("Turkey summons Dutch ambassador over rally ban", "ACCUSE", "TUR", "NLD"),
    ("Iraq summons Turkish charge d'affaires over strikes", "ACCUSE", "IRQ", "TUR"),
    ("Venezuela severs relations with Colombia", "SANCTION", "VEN", "COL"),
])
def test_a_headline_verb_tagged_as_a_noun_is_read_as_the_verb(pipeline, text: str, plover: str, source: str,
                                                              target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.plover["type"] == plover
    assert primary.source and primary.source[0].country == source
    assert primary.target and primary.target[0].country == target


@pytest.mark.parametrize("text", [
    "US arms sales to Taiwan",
    "Kenya election results",
    "Gaza strikes",
])
def test_noun_phrase_headlines_stay_noun_phrases(pipeline, text: str) -> None:
    """A headline that is only a noun phrase has no verb to find: "US arms sales to Taiwan"."""
    primary = _primary(pipeline, text)
    assert primary is None or primary.trigger.text != text.split()[1]


def test_a_sentence_with_a_verb_is_left_as_parsed() -> None:
    """Only verbless headlines are rewired: a sentence with a verb keeps its parse."""
    from chronica import headline
    from chronica.extract.lexicon import lexicon
    from chronica.nlp import load

    doc = load()("Turkey summons and strikes were discussed by the cabinet on Sunday.")
    before = [(t.head.i, t.dep_) for t in doc]
    assert headline.repair(doc, lexicon().verbs) == 0
    assert [(t.head.i, t.dep_) for t in doc] == before


@pytest.mark.parametrize("text, plover, source", [
    ("Guerrillas attack army post in Peru", "ASSAULT", "REB"),
    ("Rebels attack army base near Goma", "ASSAULT", "REB"),
    ("Militiamen seize airport in south", None, "PRM"),
])
def test_a_base_form_verb_after_a_plural_doer_is_the_verb(pipeline, text: str, plover: str | None,
                                                          source: str) -> None:
    """After a plural doer the headline verb keeps its base form, which the tagger takes for a singular
    noun inside one compound ("Guerrillas attack army post"): it is the verb all the same."""
    primary = _primary(pipeline, text)
    assert primary is not None and primary.trigger.text == text.split()[1]
    assert plover is None or primary.plover["type"] == plover
    assert primary.source and primary.source[0].sector == source


@pytest.mark.parametrize("text", ["Students union office reopens", "Troops withdrawal plan approved"])
def test_plural_compounds_without_a_verb_stem_stay_nouns(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is None or primary.trigger.text != text.split()[1]
