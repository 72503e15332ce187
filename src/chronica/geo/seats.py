"""Places named only as where words were put out: "in a statement released in Nicosia", "a message
faxed to news agencies in Beirut", "its spokesman in London said", where a deed was reacted to ("the
arrest was condemned in Paris"), or a go-between ("a truce brokered by Qatar"). Such a place says where the
statement or its speaker sat, not where the event was nor whose the actors are: event coding leaves
it out of the event's place and the story's country (the word lists are ``data/cues.yaml``'s
``release_verbs``, ``statement_nouns`` and ``press_nouns``). Also the venue of talks ("walked out of the
talks in Geneva"): the event's place, but not the country of those who meet there (``venue_nouns``)."""

from __future__ import annotations

from chronica.geo.cues import CUES
from chronica.geo.resolve import SPEECH_VERBS, culprit_be
from chronica.nlp import children_of

RELEASE_VERBS = frozenset(CUES["release_verbs"])
STATEMENT_NOUNS = frozenset(CUES["statement_nouns"])
PRESS_NOUNS = frozenset(CUES["press_nouns"])
PRESS_PAIRS = frozenset(tuple(pair) for pair in CUES["press_pairs"])
VENUE_NOUNS, VENUE_PREPS = frozenset(CUES["venue_nouns"]), frozenset(CUES["venue_preps"])
VENUE_VERBS, VENUE_OBJECTS = frozenset(CUES["venue_verbs"]), frozenset(CUES["venue_objects"])
REACTION_VERBS, REACTION_NOUNS = frozenset(CUES["reaction_verbs"]), frozenset(CUES["reaction_nouns"])
LEAVE_VERBS, UNDONE = frozenset(CUES["venue_leave_verbs"]), frozenset(CUES["venue_undone"])
DEAL_NAME_NOUNS = frozenset(CUES["deal_name_nouns"])
GO_BETWEEN_VERBS = frozenset(CUES["go_between_verbs"])
_CLIMB = 4  # prepositional steps from the place up to the release verb or press noun


def _statement_verb(verb) -> bool:  # noqa: ANN001
    """Is the verb a release of words ("a statement released", "the video was posted")?"""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RELEASE_VERBS:
        return False
    if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in STATEMENT_NOUNS:
        return True
    return any(c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in STATEMENT_NOUNS
               for c in children_of(verb))


def _press(noun) -> bool:  # noqa: ANN001
    """Is the noun a spokesman, a correspondent or a news agency who speaks or is spoken to ("its
    spokesman in London said", "told a news agency in Beirut"; not "shot dead a spokesman in Kabul")?"""
    if noun.lemma_.lower() not in PRESS_NOUNS and not any(
            c.dep_ == "compound" and (c.lower_, noun.lower_) in PRESS_PAIRS for c in children_of(noun)):
        return False
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in ("nsubj", "dobj", "dative", "pobj") and verb.lemma_.lower() in SPEECH_VERBS


def press_seat(root) -> bool:  # noqa: ANN001
    """Is the place whose head word is ``root`` where a statement was put out or a spokesman sits?"""
    if root.dep_ != "pobj" or root.head.lower_ not in ("in", "from", "at"):
        return False
    tok = root
    for _ in range(_CLIMB):
        if tok.dep_ != "pobj":
            return False
        head = tok.head.head  # the word the preposition hangs on
        if head.pos_ in ("NOUN", "PROPN") and _press(head) or _statement_verb(head):
            return True
        if not (head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj"):
            return False
        tok = head  # "faxed to news agencies in Beirut", "a spokesman for the group in London": up a step
    return False


SPEAKING_SEAT_VERBS = frozenset(CUES["speaking_seat_verbs"])
ACCUSED_VERBS = frozenset(CUES["accused_verbs"])
SPEAKING_ORGANS = frozenset(CUES["speaking_state_organs"])
BROADCASTER_NOUNS = frozenset(CUES["broadcaster_nouns"])


def _broadcaster(root):  # noqa: ANN001, ANN202
    """The broadcaster a city names ("Kinshasa radio", "Phnom Penh radio", "state radio in Kabul"), else
    the place's own word."""
    tok = root
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    if tok is not root and tok.lemma_.lower() in BROADCASTER_NOUNS:
        return tok
    if root.dep_ == "pobj" and root.head.lower_ in ("in", "from") and (
            root.head.head.lemma_.lower() in BROADCASTER_NOUNS):
        return root.head.head
    return root


def speaking_seat(root) -> bool:  # noqa: ANN001
    """Is the place whose head word is ``root`` a government that speaks ("..., Ankara said", "Warsaw
    alleged"), is accused ("accusing Moscow of sending asylum seekers") or is said to be behind a deed
    ("Baku said Yerevan was responsible for the shelling"), or a broadcaster's city that reported it
    ("..., Kinshasa radio announced"), not where anything happened?"""
    root = _broadcaster(root)
    if root.dep_ == "poss" and root.head.i != root.i:  # "..., Seoul's military said": its state's organ
        organ = root.head
        last = max(t.i for t in organ.subtree)
        verb = organ.head if organ.dep_ == "nsubj" else (  # "..., Seoul's Joint Chiefs of Staff said" (appos)
            organ.doc[last + 1] if last + 1 < len(organ.doc) else organ)
        words = " ".join([*(t.lower_ for t in organ.lefts if t.dep_ == "compound"), organ.lower_])
        if verb.pos_ == "VERB" and verb.lemma_.lower() in SPEAKING_SEAT_VERBS and (
                words in SPEAKING_ORGANS or organ.lower_ in SPEAKING_ORGANS and words == organ.lower_):
            return True
    verb = root.head
    if root.dep_ == "nsubj" and verb.i != root.i and culprit_be(verb):
        return True
    if verb.pos_ != "VERB" or verb.i == root.i:
        return False
    lemma = verb.lemma_.lower()
    return (root.dep_ == "nsubj" and lemma in SPEAKING_SEAT_VERBS) or (
        root.dep_ == "dobj" and lemma in ACCUSED_VERBS)


def go_between_seat(root) -> bool:  # noqa: ANN001
    """Is the place whose head word is ``root`` the doer of a go-between's verb ("a truce brokered by Qatar
    and Egypt", "Qatar mediated talks between Israel and Hamas"): a mediator, not where the parties are?"""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "by Qatar and Egypt": Egypt joined to Qatar
    verb = root.head
    if root.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head
    elif root.dep_ != "nsubj":
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in GO_BETWEEN_VERBS


def _reacted(verb) -> bool:  # noqa: ANN001
    """Is the verb a reaction told with no one reacting ("was condemned", "was discussed") or one that
    draws a reaction ("drew condemnation", "sparked outrage")?"""
    kids = children_of(verb)
    passive = verb.lemma_.lower() in REACTION_VERBS and any(c.dep_ == "auxpass" for c in kids) and not any(
        c.dep_ == "agent" for c in kids)
    return passive or any(c.dep_ == "dobj" and c.lemma_.lower() in REACTION_NOUNS for c in kids)


def reaction_seat(root) -> bool:  # noqa: ANN001
    """Is the place whose head word is ``root`` only where a deed was reacted to ("the detention was
    condemned in Paris", "drew condemnation in London", "was discussed at a meeting in Washington")? The
    caller leaves out countries ("sparked anger in Kenya" may be over Kenya's own deed)."""
    tok = root
    for _ in range(2):
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at"):
            return False
        head = tok.head.head
        if head.pos_ in ("VERB", "AUX"):
            return _reacted(head)
        if head.lemma_.lower() in REACTION_NOUNS:  # "sparked outrage in Nairobi"
            return True
        tok = head  # "at a meeting in Washington": up to the meeting
    return False


def meeting_venue(root) -> bool:  # noqa: ANN001
    """Is the place whose head word is ``root`` named as where a meeting sits ("walked out of the talks
    in Geneva", "the summit at Sharm el-Sheikh")?"""
    word = root
    while word.dep_ == "compound" and word.head.i != word.i:
        word = word.head  # "the talks in New York City"
    if word.dep_ != "pobj":
        return False
    prep = word.head
    return prep.lower_ in VENUE_PREPS and prep.head.lemma_.lower() in VENUE_NOUNS


def named_deal(tok) -> bool:  # noqa: ANN001
    """Is the word part of a place that names a deal, talks or truce after where it was made ("the
    Washington accord", "Geneva talks", "the Oslo peace process", "the Moscow format talks")? Not two
    places joined ("Washington-Tehran talks": the parties). The caller keeps a country so named ("the Iran
    deal")."""
    word = tok
    for _ in range(_CLIMB):
        if word.dep_ != "compound" or word.head.i <= word.i:
            return False
        if any(c.dep_ in ("conj", "cc") or c.tag_ == "HYPH" for c in children_of(word)):
            return False
        word = word.head
        if word.pos_ in ("NOUN", "PROPN") and word.lemma_.lower() in DEAL_NAME_NOUNS:
            return True
    return False


def _dealing(verb) -> bool:  # noqa: ANN001
    """Is the verb a dealing between parties ("signed", "met", "held talks", "exchanged prisoners")?"""
    return verb.pos_ in ("VERB", "AUX") and (verb.lemma_.lower() in VENUE_VERBS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in VENUE_OBJECTS for c in children_of(verb)))


def _left_undone(verb) -> bool:  # noqa: ANN001
    """"left Geneva without signing the accord": a place left with a deal not done."""
    return verb.lemma_.lower() in LEAVE_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "without" and any(
            g.dep_ in ("pcomp", "pobj") and g.lemma_.lower() in UNDONE for g in children_of(c))
        for c in children_of(verb))


def dealing_venue(root) -> bool:  # noqa: ANN001
    """Is the place whose head word is ``root`` where parties dealt ("signed a peace agreement in
    Pretoria", "held talks in Juba") or the talks they left ("left Geneva without signing")?"""
    word = root
    while word.dep_ == "compound" and word.head.i != word.i:
        word = word.head
    if word.dep_ == "dobj":
        return _left_undone(word.head)
    if word.dep_ != "pobj":
        return False  # the cheap test first: no head Tokens made for most places
    prep = word.head
    if prep.lower_ not in VENUE_PREPS:
        return False
    host = _partner_dealing(prep.head)  # "signed a peace agreement in Pretoria" with the place on the
    if host.dep_ == "dobj" and host.lemma_.lower() in VENUE_OBJECTS:  # agreement: its verb's
        host = host.head
    return _dealing(host)


def _partner_dealing(host):  # noqa: ANN001, ANN202
    """The verb (or its object) a partner named after "with" deals by, when the parse hung the place on the
    partner ("signed a peace deal with rebel groups in Doha": the signing's place; sides49); else ``host``,
    as for a partner of a named country, whose own seat the place may be ("a deal with a Chinese firm in
    Luanda")."""
    if host.dep_ != "pobj" or host.head.lower_ != "with" or host.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in children_of(host)):
        return host
    return host.head.head


def dealt_at(doc, start: int | None, end: int | None) -> bool:  # noqa: ANN001
    """Is the place at these character offsets a dealing's venue (``dealing_venue``), other countries
    named or not ("the two sides swapped prisoners in Geneva")?"""
    if start is None or end is None:
        return False
    root = _root(doc, start, end)
    return root is not None and dealing_venue(root)


def dealing_spans(doc, places: list, nations: list[str]) -> frozenset:  # noqa: ANN001
    """The spans of dealing venues (``dealing_venue``) of a story that names a country other than the
    venue's, by a demonym, an actor or a place: the parties' own ("the Ethiopian government and Tigrayan
    forces signed ... in Pretoria", "Russia and Ukraine exchanged prisoners in Istanbul")."""
    found = spans(doc, places, dealing_venue)
    if not found:
        return found
    countries = {(p.start, p.end): p.country for p in places}
    named = set(nations) | {p.country for p in places if p.country}  # "Russia and Ukraine ... in Istanbul"
    return frozenset(s for s in found if any(iso != countries.get(s) for iso in named)
                     or any(_left_undone(t) for t in doc if t.lemma_.lower() in LEAVE_VERBS))


def spans(doc, places: list, test) -> frozenset:  # noqa: ANN001
    """The (start, end) spans of the places whose head word passes ``test`` (``press_seat``,
    ``meeting_venue``)."""
    out = set()
    for p in places:
        if p.start is None:
            continue
        root = _root(doc, p.start, p.end)
        if root is not None and test(root):
            out.add((p.start, p.end))
    return frozenset(out)


ROOTS_KEY = "chronica.geo.place_roots"


def _root(doc, start: int, end: int):  # noqa: ANN001, ANN202
    """The head word of the tokens of a place name (None when none), kept in the Doc's user data: both
    tests of :func:`spans` ask about the same places."""
    kept = doc.user_data.get(ROOTS_KEY)
    if kept is None:
        kept = doc.user_data[ROOTS_KEY] = {}
    root = kept.get((start, end), kept)
    if root is kept:
        span = doc.char_span(start, end, alignment_mode="expand")
        root = kept[(start, end)] = span.root if span is not None and len(span) else None
    return root
