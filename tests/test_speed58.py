"""speed58: the mends' candidates read from the per-Doc positions are those a scan of every token found."""

from __future__ import annotations

from spacy.attrs import TAG

from chronica.nlp import column, deps_between, deps_of, lemma_at, lemmas_of, lowers_in, lowers_of, tags_at

TEXTS = [
    "Colombia's ELN frees kidnapped father of footballer",
    "Gunmen killed 12 villagers and abducted 30 others in Zamfara on Monday, police said. The police "
    "arrested two suspects after the attack. Protesters burned tyres.",
    "Killed.",
    "Ukraine re-took the town; soldiers ill-treated prisoners, leaving 40 injured.",
]


def test_tags_words_and_lemmas_at_are_the_scans(nlp):  # noqa: ANN001
    for text in TEXTS:
        doc = nlp(text)
        tags, lowers, lemmas = column(doc, TAG), lowers_of(doc), lemmas_of(doc)
        for wanted in [("NNS",), ("VBD", "VBN"), ("VBD", "VBN", "JJ"), ("HYPH",), ("XX",), ("NN", "NN")]:
            ids = {doc.vocab.strings[w] for w in wanted}
            assert tags_at(doc, tags, *(doc.vocab.strings[w] for w in wanted)) == [
                k for k, t in enumerate(tags) if t in ids]
        for words in [frozenset({"the", "police", "nobody"}), ("after", "before"), ["said", "said"],
                      {"killed": 1}, frozenset(lowers) | {"x"}, frozenset()]:
            assert lowers_in(doc, words) == [k for k, w in enumerate(lowers) if w in words]
        for lemma in ("leave", "kill", "absent"):
            assert lemma_at(doc, lemma) == [k for k, w in enumerate(lemmas) if w == lemma]
        labels = ("ROOT", "ccomp", "acl")
        found = [k for k, d in enumerate(deps_of(doc)) if d in labels]
        assert deps_between(doc, labels, 0, len(doc)) == found
