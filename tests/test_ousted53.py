"""Removals from office by a legislature or a vote (round ousted53, item crisis-2): "Nepal's parliament
removed Prime Minister Dahal through a vote of no confidence", "the parliament voted to remove the prime
minister", "lawmakers voted Orban out of office", "the government was brought down by a no-confidence vote",
"the cabinet was forced out of office by Congress" are COERCE (CAMEO 170, as "dismissed") with the legislature
(or court) as the doer and the one removed as the target, when the one removed is a person named, an office or
a government and the doer is a chamber, the means a vote or the verb the clause of "voted to"; a government
that fell "after losing a no-confidence vote" is the target of that loss, not its doer; "dissolved the lower
house" and a chamber that "voted to dissolve itself" are a dissolution (COERCE restrict, CAMEO 172) of that
chamber. Voters who vote a leader out (an election), physical removals and clauses removed stay no removal.
Sentences written for the test, each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="ousted53", published="2025-03-01")))


def _event(pipeline, text: str, word: str):
    return next((e for e in _events(pipeline, text) if e.trigger.text == word), None)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. a legislature, a court or a vote removing a person, an office or a government: COERCE 170
@pytest.mark.parametrize("text, word, source, target", [
    ("Nepal's parliament removed Prime Minister Pushpa Kamal Dahal through a vote of no confidence on "
     "Friday.", "removed", "Legislature of Nepal", "Pushpa Kamal Dahal"),
    ("The Bulgarian parliament voted to remove Prime Minister Kiril Petkov.", "remove",
     "Legislature of Bulgaria", "Kiril Petkov"),
    ("The Malian transitional parliament voted to remove the prime minister.", "remove",
     "Legislature of Mali", "Government of Mali"),
    ("Lawmakers voted Prime Minister Viktor Orban out of office.", "voted", "Legislature of Hungary",
     "Viktor Orbán"),
    ("The Czech government was brought down by a no-confidence vote on Tuesday.", "brought", None,
     "Government of the Czech Republic"),
    ("Peru's cabinet was forced out of office by Congress.", "forced", "Legislature of Peru",
     "Government of Peru"),
    # variants
    ("Moldova's parliament removed the government through a no-confidence motion on Friday.", "removed",
     "Legislature of Moldova", "Government of Moldova"),
    ("The Ukrainian parliament voted to remove Defence Minister Oleksii Reznikov.", "remove",
     "Verkhovna Rada", "Oleksii Reznikov"),
    ("Peru's Congress voted to remove President Pedro Castillo through impeachment.", "remove",
     "Legislature of Peru", "Pedro Castillo"),
    ("The National Assembly voted out President Yoon Suk Yeol.", "voted", "Legislature of South Korea",
     "Yoon Suk Yeol"),
    ("The Romanian government was brought down by a censure motion on Wednesday.", "brought", None,
     "Government of Romania"),
    ("The Dutch parliament brought down the cabinet.", "brought", "Legislature of the Netherlands",
     "Government of the Netherlands"),
    ("Thailand's Constitutional Court removed Prime Minister Srettha Thavisin on Wednesday.", "removed",
     "Judiciary of Thailand", "Srettha Thavisin"),
    ("Parliament unseated the speaker on Tuesday.", "unseated", "Legislature", "Government"),
    # controls: already coded so
    ("The Brazilian Senate voted to remove President Dilma Rousseff from office.", "remove",
     "Legislature of Brazil", "Dilma Rousseff"),
    ("Moldova's parliament dismissed the government of Prime Minister Ion Chicu in a no-confidence vote.",
     "dismissed", "Legislature of Moldova", "Government of Moldova"),
    ("Pakistan's government lost a no-confidence vote in the National Assembly.", "lost",
     "Legislature of Pakistan", "Government of Pakistan"),
    ("The Knesset voted to dismiss the interior minister.", "dismiss", "Knesset", "Government of Israel"),
    ("Kyrgyzstan's parliament voted to dismiss the government.", "dismiss", "Legislature of Kyrgyzstan",
     "Government of Kyrgyzstan"),
])
def test_removed_by_a_legislature_or_a_vote(pipeline, text: str, word: str, source: str | None,
                                            target: str) -> None:
    event = _event(pipeline, text, word)
    assert event is not None
    assert (event.plover["type"], event.cameo["code"]) == ("COERCE", "170")
    assert _names(event.source) == ([source] if source else [])
    assert _names(event.target) == [target]


@pytest.mark.parametrize("text, word, code", [
    # controls: removals told otherwise keep their own codes
    ("Peru's Congress ousted President Dina Boluarte on Friday.", "ousted", "1724"),
    ("The Czech government was toppled by a no-confidence vote on Tuesday.", "toppled", "1724"),
    ("The president was removed from power by the army.", "removed", "1724"),
    ("South Korea's parliament voted to impeach President Yoon Suk Yeol.", "impeach", "112"),
    ("Deminers removed hundreds of landmines from the fields.", "removed", "171"),
    ("Congress voted to remove tariffs on steel.", "remove", "080"),
])
def test_removal_controls_keep_their_codes(pipeline, text: str, word: str, code: str) -> None:
    event = _event(pipeline, text, word)
    assert event is not None
    assert event.cameo["code"] == code


@pytest.mark.parametrize("text, word", [
    # controls: an election, a removal of things, a clause, a body not a legislature, a vote survived
    ("Voters voted Prime Minister Boris Johnson out of office.", "voted"),
    ("Voters voted him out of office in the election.", "voted"),
    ("Lawmakers voted to remove the clause from the bill.", "remove"),
    ("The senate voted to remove the provision.", "remove"),
    ("Lawmakers voted to remove the statue of Columbus from the Capitol.", "remove"),
    ("Workers removed a statue of the king.", "removed"),
    ("The judge removed John Smith from the courtroom.", "removed"),
    ("The Georgian parliament voted to remove the president's powers.", "remove"),
    ("The scandal brought down the government.", "brought"),
    ("Protests forced the prime minister out of office.", "forced"),
    ("Theresa May survived a no-confidence vote by Conservative MPs.", "survived"),
    ("The party lost the vote in the general election.", "lost"),
])
def test_no_removal(pipeline, text: str, word: str) -> None:
    assert _event(pipeline, text, word) is None


# 2. "after losing a no-confidence vote": the subject of the clause is the one removed
@pytest.mark.parametrize("text, source, target", [
    ("The Moldovan government fell after losing a no-confidence vote on Thursday.", None,
     "Government of Moldova"),
    ("Peru's Prime Minister Pedro Cateriano resigned on Thursday after losing a confidence vote in Congress.",
     "Legislature of Peru", "Pedro Cateriano"),
    # variants
    ("The French government fell after losing a confidence vote in the National Assembly on Wednesday.",
     "Legislature of France", "Government of France"),
    ("The government collapsed after losing a no-confidence vote.", None, "Government"),
    # control: the finite verb, as before
    ("Pakistan's government lost a no-confidence vote in the National Assembly.", "Legislature of Pakistan",
     "Government of Pakistan"),
])
def test_lost_vote_participle_removes_the_subject(pipeline, text: str, source: str | None,
                                                  target: str) -> None:
    event = _event(pipeline, text, "losing" if "losing" in text else "lost")
    assert event is not None
    assert (event.plover["type"], event.cameo["code"]) == ("COERCE", "170")
    assert _names(event.source) == ([source] if source else [])
    assert _names(event.target) == [target]


# 3. a chamber dissolved: "dissolved the lower house", "voted to dissolve itself"
@pytest.mark.parametrize("text, word, source, target", [
    ("The Japanese prime minister dissolved the lower house on Friday.", "dissolved", "Government of Japan",
     None),
    ("The Israeli parliament voted to dissolve itself on Wednesday.", "dissolve", "Knesset", "Knesset"),
    # variants
    ("The Knesset voted to dissolve itself.", "dissolve", "Knesset", "Knesset"),
    ("The Japanese prime minister dissolved the Diet.", "dissolved", "Government of Japan", None),
    # controls
    ("The Portuguese president dissolved parliament on Thursday.", "dissolved", "Government of Portugal",
     "Legislature of Portugal"),
    ("The Dutch prime minister dissolved his cabinet.", "dissolved", "Government of the Netherlands",
     "Government of the Netherlands"),
])
def test_chamber_dissolved(pipeline, text: str, word: str, source: str, target: str | None) -> None:
    event = _event(pipeline, text, word)
    assert event is not None
    assert (event.plover["type"], event.plover["mode"], event.cameo["code"]) == ("COERCE", "restrict", "172")
    assert event.acled["sub_event_type"] == "Change to group/activity"
    assert _names(event.source) == [source]
    if target is not None:
        assert _names(event.target) == [target]


@pytest.mark.parametrize("text, word, cameo", [
    # controls: reflexive objects the entries list themselves keep their classes
    ("The militants blew themselves up near the checkpoint.", "blew", "1831"),
    ("The rebel group dissolved itself and joined the army.", "dissolved", "0874"),
])
def test_reflexive_controls(pipeline, text: str, word: str, cameo: str) -> None:
    event = _event(pipeline, text, word)
    assert event is not None
    assert event.cameo["code"] == cameo
