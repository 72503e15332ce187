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
from chronica.nlp import counted, lowers_of, span_text


@cache
def _words() -> tuple[re.Pattern[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str],
                      frozenset[str]]:
    data = yamlio.safe_load((resources.files("chronica.extract") / "data" / "sports.yaml").read_text("utf-8"))
    return (re.compile(data["score"]), frozenset(data["win_verbs"]), frozenset(data["verbs"]),
            frozenset(data["game"]), frozenset(data["harm"]), frozenset(data.get("wins") or ()))


@cache
def _extra() -> dict[str, frozenset[str]]:
    data = yamlio.safe_load((resources.files("chronica.extract") / "data" / "sports.yaml").read_text("utf-8"))
    return {key: frozenset(data.get(key) or ()) for key in ("harm_with", "watching", "members", "game_nouns",
                                                             "any_class_verbs", "figure_particles",
                                                             "venues", "aimed_verbs", "aim_preps")}


@cache
def _phrases() -> tuple[re.Pattern[str], ...]:
    """The phrases that name a game ("on penalties", "in straight sets", "in the 20th minute")."""
    data = yamlio.safe_load((resources.files("chronica.extract") / "data" / "sports.yaml").read_text("utf-8"))
    return tuple(re.compile(p) for p in data.get("game_phrases") or ())


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


def _game_told(sent: Span, named: Collection[int]) -> bool:
    """Whether the sentence names the game: a game word outside a party's name (a noun-only one not
    describing another noun: "in the final", not "the final offensive"), or a game's phrase."""
    game, nouns = _words()[3], _extra()["game_nouns"]
    for k, low in enumerate(lowers_of(sent.doc)[sent.start:sent.end]):
        describing = low in nouns and sent[k].dep_ == "amod"
        if low in game and not describing and not _in_party_name(sent[k], named):
            return True
    text = span_text(sent.doc, sent.start, sent.end)  # joined once, not once per phrase
    return any(p.search(text) for p in _phrases())


def _figure(head: Token | None, lowers: list[str], start: int) -> set[str]:
    """The trigger's own harm word when a particle makes it a figure ("killed off the challenge")."""
    particles = _extra()["figure_particles"]
    if head is None or not any(c.dep_ == "prt" and c.lower_ in particles for c in head.children):
        return set()
    return {lowers[head.i - start]} if start <= head.i < start + len(lowers) else set()


def _side_words(head: Token | None) -> set[str]:
    """The lower-case words heading the verb's subject and object ("Arsenal fought back": arsenal)."""
    if head is None:
        return set()
    return {c.lower_ for c in head.children if c.dep_ in ("nsubj", "dobj", "nsubjpass") and c.pos_ == "PROPN"}


def _aimed(lemma: str, head: Token | None) -> bool:
    """Whether a verb like "fire" is aimed at someone ("fired on the referee's car"): a shooting."""
    extra = _extra()
    return (lemma in extra["aimed_verbs"] and head is not None
            and any(c.dep_ == "prep" and c.lower_ in extra["aim_preps"] for c in head.children))


def _at_venue(head: Token) -> bool:
    """Whether the verb is done at or in a game's ground ("at the Aviva Stadium")."""
    venues = _extra()["venues"]
    return any(p.dep_ == "prep" and p.lower_ in ("at", "in") and c.dep_ == "pobj" and c.lower_ in venues
               for p in head.children for c in p.children)


def sides_of(sent: Span) -> frozenset[str]:
    """The names in a sentence giving a game's score and its winning ("Liverpool stormed to a 3-1 win over
    Arsenal"): later sentences of the story acting by these names tell the same game."""
    score, win_verbs, _, _, harm, wins = _words()
    lowers = lowers_of(sent.doc)[sent.start:sent.end]  # named both sides: "Liverpool beat Arsenal 3-1", "a
    # 3-1 win over Arsenal"; not "Ukraine beat back 12-15 attacks"
    if score.search(span_text(sent.doc, sent.start, sent.end)) is None or set(lowers) & harm:
        return frozenset()
    beaten = any(t.lemma_.lower() in win_verbs and {"nsubj", "dobj"} <= {c.dep_ for c in t.children
                                                                         if c.pos_ == "PROPN"}
                 for t in sent if t.pos_ == "VERB")
    won_over = any(t.lower_ in wins and c.lower_ == "over" and any(o.pos_ == "PROPN" for o in c.children)
                   for t in sent for c in t.children)
    return frozenset(t.lower_ for t in sent if t.pos_ == "PROPN") if beaten or won_over else frozenset()


def may_be_game(ptype: str, lemma: str, was: str | None = None) -> bool:
    """Whether an event of this PLOVER type (``was``: its type before a stated intention recoded it) may
    be a game told in violence's words: an assault, or a verb like "captured" (the pennant)."""
    return "ASSAULT" in (ptype, was) or lemma in _extra()["any_class_verbs"]


def game_word_in(sent: Span) -> bool:
    """Whether a game word ("league", "match", "cup") is in the sentence: only then may a name hide one."""
    game = _words()[3]
    return any(w in game for w in lowers_of(sent.doc)[sent.start:sent.end])


def is_sport(sent: Span, lemma: str, head: Token | None = None, named: Collection[int] = (),
             teams: Collection[str] = ()) -> bool:
    """Is a violent-sounding word (its lemma) in this sentence told of a game? ``named``: the indexes of
    the words inside the organisations' names the lexicon knows, which name no game; ``teams``: the
    names of the sides whose game the story's lede scored."""
    score, win_verbs, verbs, game, harm, wins = _words()
    if lemma not in win_verbs and lemma not in verbs or _aimed(lemma, head):
        return False
    doers, doer = _doers(), _doer(head)
    if lemma in doers["crowd_verbs"] and doer in doers["crowd_doers"]:
        return False  # "rival fans clashed after the match": a fight among people, not the game
    lowers = lowers_of(sent.doc)[sent.start:sent.end]
    words = set(lowers)
    harms = words & harm - _figure(head, lowers, sent.start)
    if harms and not _teams_only(lowers, harms):
        return False
    if _game_told(sent, named) or lemma in doers["crowd_verbs"] and doer in doers["team_doers"]:
        return True
    if _side_words(head) & set(teams):
        return True  # "Liverpool stormed to a 3-1 win over Arsenal ... Arsenal fought back"
    if lemma in win_verbs and words & _extra()["watching"] and _named_sides(head):
        return True  # "fans cheered as Manchester United beat Liverpool"
    if _named_sides(head) and _at_venue(head):
        return True  # "Ireland ambushed England at the Aviva Stadium"
    return (lemma in win_verbs or bool(words & wins)) and (
        score.search(span_text(sent.doc, sent.start, sent.end)) is not None)
