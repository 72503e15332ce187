"""speed56: the shortcuts taken for speed give what the slower reads gave."""

from chronica.mentions import _phrase, _phrase_of
from chronica.nlp import sentence_of, sentence_text
from chronica.said_on import aside_spans

TEXTS = [
    "Gunmen killed five people in Kano on Monday.  Police said the attackers, who fled, were armed. "
    "Hamas, which took control of Gaza in 2007, released two hostages.",
    "KABUL (Reuters) - The Taliban said on Friday they had captured the district, a spokesman said.\n\n"
    "Fighting continued.",
]


def test_sentence_text_is_the_sentence_spans_text(nlp):
    for text in TEXTS:
        doc = nlp(text)
        for tok in doc:
            assert sentence_text(tok) == sentence_of(tok).text


def test_kept_phrase_is_the_phrase_worked_out(nlp):
    for text in TEXTS:
        doc = nlp(text)
        for tok in doc:
            for after in (0, 20):
                assert _phrase(tok, after) == _phrase_of(tok, after)
                assert _phrase(tok, after) == _phrase_of(tok, after)  # asked again: the kept one


def test_asides_asked_twice_give_the_same_spans(nlp):
    doc = nlp(TEXTS[0])
    for tok in doc:
        first = aside_spans(tok), aside_spans(tok, subjects=False)
        assert (aside_spans(tok), aside_spans(tok, subjects=False)) == first
        assert set(first[1]) <= set(first[0])
