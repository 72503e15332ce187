"""Round speed24: the tests moved before making Tokens or Spans give the long way's answers (sentences
invented for the tests)."""

from __future__ import annotations

import pytest

from chronica.background import told_before
from chronica.extract.roles import _misread_active
from chronica.geo.seats import (
    VENUE_NOUNS,
    VENUE_OBJECTS,
    VENUE_PREPS,
    _dealing,
    _left_undone,
    dealing_venue,
    meeting_venue,
)
from chronica.geo.where import _named_town
from chronica.headline import _plural_doer
from chronica.mentions import SEA_WORDS, _sea_name, _victims_listed
from chronica.nlp import LEMMA_SET_KEY, lemma_set, lemmas_of

SENTENCES = [
    "The two sides signed a peace agreement in Addis Ababa on Friday after talks in Nairobi.",
    "Delegates walked out of the talks in Vienna, and the summit at Doha was put off.",
    "Pirates boarded a tanker in the Gulf of Aden and the government of Chad sent troops.",
    "Eight people were killed in the clashes, including two soldiers and a nurse.",
    "Rebels attack army base near the West Bank city of Hebron as fighters seized the port of Aden.",
    "Nurses from a charity donated and delivered blankets to the camp.",
    "Police arrested ten men last week, and troops have detained 40 people since March.",
    "Troops shot dead two protesters in the capital on Monday.",
]


def _old_dealing_venue(root) -> bool:  # noqa: ANN001
    """The long way: every head Token made before the tests."""
    word = root
    while word.dep_ == "compound" and word.head.i != word.i:
        word = word.head
    if word.dep_ == "dobj":
        return _left_undone(word.head)
    prep = word.head
    host = prep.head
    if host.dep_ == "dobj" and host.lemma_.lower() in VENUE_OBJECTS:
        host = host.head
    return word.dep_ == "pobj" and prep.lower_ in VENUE_PREPS and _dealing(host)


def _old_meeting_venue(root) -> bool:  # noqa: ANN001
    word = root
    while word.dep_ == "compound" and word.head.i != word.i:
        word = word.head
    prep = word.head
    return word.dep_ == "pobj" and prep.lower_ in VENUE_PREPS and prep.head.lemma_.lower() in VENUE_NOUNS


def _old_sea_name(tok) -> bool:  # noqa: ANN001
    of = tok.head
    return tok.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in SEA_WORDS


@pytest.mark.parametrize("text", SENTENCES)
def test_venue_and_sea_tests_answer_as_the_long_way(nlp, text: str) -> None:
    doc = nlp(text)
    for tok in doc:
        assert meeting_venue(tok) == _old_meeting_venue(tok), tok.text
        assert _sea_name(tok) == _old_sea_name(tok), tok.text
        assert dealing_venue(tok) == _old_dealing_venue(tok), tok.text


def test_deal_and_meeting_venues_are_still_found(nlp) -> None:
    doc = nlp(SENTENCES[0])
    addis = next(t for t in doc if t.text == "Ababa")
    assert dealing_venue(addis)
    assert not dealing_venue(next(t for t in doc if t.text == "Friday"))
    doc = nlp(SENTENCES[1])
    assert meeting_venue(next(t for t in doc if t.text == "Vienna"))
    assert not meeting_venue(next(t for t in doc if t.text == "Delegates"))


def test_sea_named_after_a_country_but_not_a_countrys_government(nlp) -> None:
    doc = nlp(SENTENCES[2])
    assert _sea_name(next(t for t in doc if t.text == "Aden"))
    assert not _sea_name(next(t for t in doc if t.text == "Chad"))


def test_town_a_region_names_before_it(nlp) -> None:
    doc = nlp(SENTENCES[4])
    assert _named_town(next(t for t in doc if t.text == "Hebron"))
    assert not _named_town(next(t for t in doc if t.text == "base"))


def test_victims_list_found_from_the_columns(nlp) -> None:
    doc = nlp(SENTENCES[3])
    killed = next(t for t in doc if t.text == "killed")
    listed = {doc[i].text for i in _victims_listed(killed)}
    assert {"soldiers", "nurse"} <= listed
    assert "Eight" not in listed


def test_plural_doer_of_a_headline_verb_but_none_at_a_sentence_start(nlp) -> None:
    doc = nlp("Rebels attack army base")
    assert _plural_doer(doc[1]).text == "Rebels"
    assert _plural_doer(doc[0]) is None
    doc = nlp("The army left. Guerrillas attack the town")
    start = next(t for t in doc if t.text == "Guerrillas")
    assert _plural_doer(start) is None  # a sentence's first word has no doer before it


def test_misread_active_is_only_asked_of_a_describing_participle(nlp) -> None:
    doc = nlp(SENTENCES[6])
    assert all(_misread_active(t) is None for t in doc if t.dep_ != "acl")


def test_lemma_set_follows_the_docs_lemmas(nlp) -> None:
    doc = nlp(SENTENCES[6])
    assert lemma_set(doc) == frozenset(lemmas_of(doc))
    kept = lemma_set(doc)
    assert lemma_set(doc) is kept  # kept once per Doc
    del doc.user_data["chronica.spacy_lemmas"]  # a mend forgets the tables: the set is made again
    assert lemma_set(doc) is not kept and lemma_set(doc) == frozenset(lemmas_of(doc))
    assert LEMMA_SET_KEY in doc.user_data


@pytest.mark.parametrize("text, word, before", [
    ("Police arrested ten men last week in the capital.", "arrested", True),
    ("Two days earlier, soldiers had burned the village.", "burned", True),
    ("Troops have detained 40 people in the north.", "detained", True),
    ("Troops detained 40 people in the north on Monday.", "detained", False),
    ("Hours earlier, gunmen stormed a police post.", "stormed", True),
    ("Gunmen stormed a police post on Tuesday.", "stormed", False),
])
def test_act_told_before_the_news(nlp, text: str, word: str, before: bool) -> None:
    doc = nlp(text)
    assert told_before(next(t for t in doc if t.text == word)) is before
