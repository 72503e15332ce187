"""Places named only as where words were put out: "in a statement released in Nicosia", "a message
faxed to news agencies in Beirut", "its spokesman in London said". Such a place says where the
statement or its speaker sat, not where the event was nor whose the actors are: event coding leaves
it out of the event's place and the story's country (the word lists are ``data/cues.yaml``'s
``release_verbs``, ``statement_nouns`` and ``press_nouns``)."""

from __future__ import annotations

from chronica.geo.resolve import _CUES
from chronica.nlp import children_of

RELEASE_VERBS = frozenset(_CUES["release_verbs"])
STATEMENT_NOUNS = frozenset(_CUES["statement_nouns"])
PRESS_NOUNS = frozenset(_CUES["press_nouns"])
_CLIMB = 4  # prepositional steps from the place up to the release verb or press noun


def _statement_verb(verb) -> bool:  # noqa: ANN001
    """Is the verb a release of words ("a statement released", "the video was posted")?"""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RELEASE_VERBS:
        return False
    if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in STATEMENT_NOUNS:
        return True
    return any(c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in STATEMENT_NOUNS
               for c in children_of(verb))


def press_seat(root, trigger=None) -> bool:  # noqa: ANN001
    """Is the place whose head word is ``root`` where a statement was put out or a spokesman sits?
    Not when the release verb is the event's own ``trigger``."""
    own = trigger.i if trigger is not None else -1
    tok = root
    for _ in range(_CLIMB):
        if tok.dep_ != "pobj":
            return False
        head = tok.head.head  # the word the preposition hangs on
        if tok.head.lower_ in ("in", "from", "at") and head.pos_ in ("NOUN", "PROPN") and (
                head.lemma_.lower() in PRESS_NOUNS):
            return True
        if head.i != own and _statement_verb(head):
            return True
        if not (head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj"):
            return False
        tok = head  # "faxed to news agencies in Beirut": up through "to"
    return False


def seat_spans(doc, places: list) -> frozenset:  # noqa: ANN001
    """The (start, end) spans of the places that are only where a statement was put out."""
    out = set()
    for p in places:
        if p.start is None:
            continue
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is not None and len(span) and press_seat(span.root):
            out.add((p.start, p.end))
    return frozenset(out)
