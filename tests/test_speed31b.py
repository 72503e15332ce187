"""Speed round 31b: a token's sentence read from the Doc's kept sentence starts, and a sentence's opening
words from the Doc's kept Tokens, give what spaCy's ``Token.sent`` gives."""

from __future__ import annotations

import pytest

from chronica.nlp import place_opener, sentence_of, text_of
from chronica.said_on import _opening

TEXTS = (
    "In Goma, soldiers fired on a crowd. Meanwhile, police arrested three men near the market. "
    "The governor said on Monday that the curfew would stay.",
    "Farmers marched in Nakuru. They blocked a road for two hours.\n\nIn the town of Eldoret, youths "
    "burned tyres and threw stones at officers, who replied with tear gas.",
    "Hours later, gunmen attacked a checkpoint. No one was hurt.",
)


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_of_is_token_sent(nlp, text: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    for tok in doc:
        assert (sentence_of(tok).start, sentence_of(tok).end) == (tok.sent.start, tok.sent.end)


@pytest.mark.parametrize("text", TEXTS)
def test_opening_is_the_sentence_start(nlp, text: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    for tok in doc:
        whole = list(tok.sent)
        opening = _opening(tok)
        assert [t.i for t in opening] == [t.i for t in whole[:10]]
        assert place_opener(opening) == place_opener(whole)


def test_kept_text_is_the_doc_text(nlp) -> None:  # noqa: ANN001
    doc = nlp(TEXTS[1])
    assert text_of(doc) == doc.text
