"""Sport told in the words of violence: "the Flyers beat the Rams 78-74", "his players fought hard".

An event whose sentence gives a score, or names the game, and names no harm, force or weapon is a
game, not an attack (the words are in ``data/sports.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache
from importlib import resources

from spacy.tokens import Span, Token

from chronica import yamlio
from chronica.nlp import counted, lowers_of


@cache
def _words() -> tuple[re.Pattern[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str],
                      frozenset[str]]:
    data = yamlio.safe_load((resources.files("chronica.extract") / "data" / "sports.yaml").read_text("utf-8"))
    return (re.compile(data["score"]), frozenset(data["win_verbs"]), frozenset(data["verbs"]),
            frozenset(data["game"]), frozenset(data["harm"]), frozenset(data.get("wins") or ()))


@cache
def _extra() -> dict[str, frozenset[str]]:
    data = yamlio.safe_load((resources.files("chronica.extract") / "data" / "sports.yaml").read_text("utf-8"))
    return {key: frozenset(data.get(key) or ()) for key in ("harm_with", "watching", "members")}


def _named_sides(head: Token | None) -> bool:
    """'Manchester United beat Liverpool': the winning verb's subject and object are both names."""
    if head is None:
        return False
    sides = [c for c in head.children if c.dep_ in ("nsubj", "dobj")]
    return len(sides) == 2 and all(c.pos_ == "PROPN" for c in sides)


def _teams_only(lowers: list[str], harms: set[str]) -> bool:
    """The only harm words are ones that name weapons after "with" alone ("armed with clubs"), and none
    follows "with": "fans of the two clubs" are a sport's teams."""
    if not harms <= _extra()["harm_with"]:
        return False
    return not any(low in harms and i > 0 and lowers[i - 1] == "with" for i, low in enumerate(lowers))


@cache
def _doers() -> dict[str, frozenset[str]]:
    data = yamlio.safe_load((resources.files("chronica.extract") / "data" / "sports.yaml").read_text("utf-8"))
    return {key: frozenset(data[key]) for key in ("crowd_doers", "crowd_verbs", "team_doers")}


def _doer(head: Token | None) -> str:
    """The lemma of the verb's subject, or of the people a group counts ("two groups of youths": youth)."""
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None) if head is not None else None
    if subject is None and head is not None and head.dep_ == "conj":  # "fans stormed the pitch and attacked
        subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)  # the referee" (riots34)
    return counted(subject).lemma_.lower() if subject is not None else ""


def _in_party_name(token: Token, named: Collection[int]) -> bool:
    """A capitalised game word inside an organisation's name ("Awami League activists", "the National League
    for Democracy"): a name the lexicon knows, or one whose people are a party's ("Jubo League cadres")."""
    if not token.text[:1].isupper():
        return False
    if token.i in named:
        return True
    doc, i = token.doc, token.i + 1
    while i < len(doc) and (doc[i].text[:1].isupper() or doc[i].text == "-"):
        i += 1  # the rest of the name ("Pakistan Muslim League-Nawaz workers")
    return i < len(doc) and doc[i].lemma_.lower() in _extra()["members"]


def game_word_in(sent: Span) -> bool:
    """Whether a game word ("league", "match", "cup") is in the sentence: only then may a name hide one."""
    game = _words()[3]
    return any(w in game for w in lowers_of(sent.doc)[sent.start:sent.end])


def is_sport(sent: Span, lemma: str, head: Token | None = None, named: Collection[int] = ()) -> bool:
    """Is a violent-sounding word (its lemma) in this sentence told of a game? ``named``: the indexes of
    the words inside the organisations' names the lexicon knows, which name no game."""
    score, win_verbs, verbs, game, harm, wins = _words()
    if lemma not in win_verbs and lemma not in verbs:
        return False
    doers, doer = _doers(), _doer(head)
    if lemma in doers["crowd_verbs"] and doer in doers["crowd_doers"]:
        return False  # "rival fans clashed after the match": a fight among people, not the game
    lowers = lowers_of(sent.doc)[sent.start:sent.end]
    words = set(lowers)
    if words & harm and not _teams_only(lowers, words & harm):
        return False
    games = {low for k, low in enumerate(lowers) if low in game and not _in_party_name(sent[k], named)}
    if games or lemma in doers["crowd_verbs"] and doer in doers["team_doers"]:
        return True
    if lemma in win_verbs and words & _extra()["watching"] and _named_sides(head):
        return True  # "fans cheered as Manchester United beat Liverpool"
    return (lemma in win_verbs or bool(words & wins)) and score.search(sent.text) is not None
