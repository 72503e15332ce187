"""The lean tagging tail gives what spaCy's own attribute ruler and lemmatizer give."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from chronica.lean import LeanTags
from chronica.nlp import MODEL

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "news"
TRICKY = [
    "Y'all gonna be fine, ain't it? Let's go. C'mon! There is a dog and there are two cats.",
    "He got ta go, but I think it is what it is.\n \nYou did it; I saw you and it.",
    "That is the one that they said would come, but the police did not arrest anyone.",
    "The geese fled faster than the mice; he went, she'd better, the Joneses' ponies were taxied.",
    "Militias besieged 3-D printers and re-elected the worst; x-rays, criteria and oxen arose.",
]


@pytest.fixture(scope="module")
def original():
    return spacy.load(MODEL, exclude=["senter", "ner"])


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.md"))] + TRICKY


def test_lean_tags_match_the_original_components_token_by_token(original):
    lean = LeanTags(original.get_pipe("attribute_ruler"), original.get_pipe("lemmatizer"))
    with original.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        parsed = list(original.pipe(_texts()))
    compared = 0
    for doc in parsed:
        want = doc.copy()
        original.get_pipe("attribute_ruler")(want)
        original.get_pipe("lemmatizer")(want)
        got = lean(doc.copy())
        for a, b in zip(want, got, strict=True):
            assert (a.pos_, str(a.morph), a.lemma_, a.tag_, a.dep_) == (
                b.pos_, str(b.morph), b.lemma_, b.tag_, b.dep_), a.text
            compared += 1
    assert compared > 2000


def test_the_shared_pipeline_uses_the_lean_tail(nlp):
    assert "chronica_tags" in nlp.pipe_names
    assert {"attribute_ruler", "lemmatizer"} <= set(nlp.disabled)
    doc = nlp("Soldiers were stormed by the rebels, who are gonna fight.")
    assert [t.lemma_ for t in doc][:5] == ["soldier", "be", "storm", "by", "the"]
    assert doc[1].pos_ == "AUX" and doc[2].pos_ == "VERB"
