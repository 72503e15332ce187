"""Mend misparses of the small model: a garden-path passive subject, two parties read as one, and others.

"Forty students abducted from their college in the north were freed on Sunday": the small English
model often makes "abducted" the verb (with "students" its subject) and hangs "were freed" under it as
a clause of its own with no subject. The news is the release; the abduction only says which students.
:func:`participle_subjects` gives the sentence back its shape: "freed" the verb with "students" its
passive subject, "abducted" a participle describing them, so the act told in the verb is coded as the
event and the participle as background, as when the parse is right.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from functools import cache
from importlib import resources
from typing import Any

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, POS, TAG
from spacy.tokens import Doc, Span, Token

from chronica import yamlio
from chronica.extract.modality import SPEECH, phrasal_lemma
from chronica.extract.readings import readings
from chronica.extract.roles import PARTITIVE
from chronica.extract.triggers import country_word, demonym_word
from chronica.nlp import (
    TEXT_KEY,
    children_of,
    column,
    dep_at,
    deps_between,
    heads_of,
    lemma_at,
    lemmas_of,
    lower_at,
    lowers_in,
    lowers_of,
    opens_sentence,
    tags_at,
    tokens_of,
)

log = logging.getLogger(__name__)

SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
NOUN_SUBJECTS = {"csubj": "nsubj", "csubjpass": "nsubjpass"}  # a clausal subject's label when a noun takes it
MENDED = [HEAD, DEP, TAG, POS, LEMMA, ENT_IOB, ENT_TYPE]  # what a mend may change: kept to undo a bad one
MONTH_NAMES = frozenset("january february march april may june july august september october november "
                        "december".split())


def _mend(doc: Doc, at: list[int], find: Callable[[Token], Any], fix: Callable[[Token, Any], None]) -> int:
    """Mend the misparse ``find`` finds at each token of ``at`` with ``fix`` (the token and what was found),
    forgetting the Doc's tables after each; the number mended."""
    if not at:
        return 0
    fixed = 0
    toks = tokens_of(doc)  # views of the Doc's words: a mend changes heads and labels, never the words
    for i in at:
        found = find(toks[i])
        if found is not None:
            before = parse_state(doc)
            fix(toks[i], found)
            _forget_tables(doc)
            if _looped(doc, before):
                doc.from_array(MENDED, before)  # a parse whose heads go round in a circle breaks spaCy (E039)
                _forget_tables(doc)
                log.warning("mend %s refused: it made a cycle of heads in %r", getattr(fix, "__name__", fix),
                            toks[i].sent.text[:200])
                continue
            fixed += 1
    return fixed


def parse_state(doc: Doc) -> np.ndarray:
    """The Doc's heads, labels, tags and lemmas (:data:`MENDED`), to undo mends with ``Doc.from_array``."""
    return doc.to_array(MENDED)


def _tops(heads: np.ndarray) -> np.ndarray:
    """Where each token's chain of heads (``HEAD`` offsets as ``Doc.to_array`` gives them) ends: its
    sentence's root, or a token of the cycle it runs into."""
    up = np.arange(len(heads), dtype=np.int64) + heads.astype(np.int64)
    for _ in range(max(len(heads), 1).bit_length()):  # each step doubles the distance climbed
        up = up[up]
    return up


def unrooted(heads: np.ndarray) -> np.ndarray:
    """The indices of the tokens whose chain of heads never reaches a root: those in or under a cycle, on
    which spaCy's ``Span.root`` fails."""
    at = np.arange(len(heads), dtype=np.int64)
    head = at + heads.astype(np.int64)
    up = _tops(heads)
    return at[head[up] != up]


def _looped(doc: Doc, before: np.ndarray) -> bool:
    """Whether the Doc has a token cut off from every root that it did not have in ``before``."""
    now = unrooted(doc.to_array(HEAD))
    return bool(now.size) and bool(np.setdiff1d(now, unrooted(before[:, 0])).size)


def unbreak(doc: Doc, before: np.ndarray) -> list[int]:
    """Give the sentences that mends left with a cycle of heads their parse of ``before`` back; the first
    token of each (none when every chain of heads reaches a root)."""
    bad = unrooted(doc.to_array(HEAD))
    if not bad.size:
        return []
    root = _tops(before[:, 0])
    rows = np.isin(root, root[bad])  # the words of the broken sentences, by their root before the mends
    now = parse_state(doc)
    now[rows] = before[rows]
    doc.from_array(MENDED, now)
    if unrooted(doc.to_array(HEAD)).size:  # a mend joined sentences: all the parse before the mends
        doc.from_array(MENDED, before)
        rows[:] = True
    _forget_tables(doc)
    return sorted({int(np.flatnonzero(root == r)[0]) for r in np.unique(root[rows])})


def _deps(tok: Token) -> set[str]:
    return {c.dep_ for c in children_of(tok)}


def _stranded_passive(verb: Token) -> Token | None:
    """The passive clause ("were freed") the parse hangs under a participle taken for a verb, if any."""
    if verb.dep_ not in ("ROOT", "ccomp") or _deps(verb) & {"aux", "auxpass", "dobj", "neg"}:
        return None
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    return next((c for c in children_of(verb) if c.dep_ in ("ccomp", "conj") and c.tag_ == "VBN"
                 and c.i > verb.i and "auxpass" in _deps(c) and not _deps(c) & set(SUBJECTS)
                 and not any(t.dep_ == "cc" for t in children_of(verb) if verb.i < t.i < c.i)
                 and (verb.tag_ == "VBN" or verb.lemma_.lower() in _unmarked_words()["participles"]
                      and not any(t.is_punct for t in verb.doc[verb.i:c.i]))), None)


def _forget_tables(doc: Doc) -> None:
    """Drop the per-Doc tables (heads, children) kept in ``user_data`` after a mend: they are made again."""
    for key in [k for k in doc.user_data if k != TEXT_KEY]:
        del doc.user_data[key]


def _rewire(verb: Token, passive: Token) -> None:
    """``passive`` takes the participle's place; the subject becomes its own; the participle describes it."""
    subject = next(c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < verb.i)
    passive.head = passive if verb.dep_ == "ROOT" else verb.head
    passive.dep_ = verb.dep_
    subject.head = passive
    subject.dep_ = "nsubjpass"
    verb.head = subject
    verb.dep_ = "acl"


def _passive_above(verb: Token) -> Token | None:
    """The passive verb ("were found") the parse hangs a participle taken for a verb on as its clause
    ("Two men linked to X were found shot dead": "linked" a clause of "found", with "men" its subject);
    None when the parse is right (bv43)."""
    passive = verb.head
    if (verb.dep_ != "ccomp" or passive.i < verb.i or passive.tag_ != "VBN"
            or _deps(verb) & {"aux", "auxpass", "dobj", "neg", "ccomp"}
            or "auxpass" not in _deps(passive) or _deps(passive) & set(SUBJECTS)):
        return None
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.i != verb.i - 1:
        return None
    first_aux = min(c.i for c in children_of(passive) if c.dep_ == "auxpass")
    return passive if first_aux > verb.right_edge.i else None


def _rewire_below(verb: Token, passive: Token) -> None:
    """The subject becomes the passive verb's own; the participle describes it."""
    subject = next(c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < verb.i)
    subject.head, subject.dep_ = passive, "nsubjpass"
    verb.head, verb.dep_ = subject, "acl"


def participle_subjects(doc: Doc) -> int:
    """Mend "students abducted from X were freed" parsed with "abducted" as the verb, and "men linked to X
    were found shot dead" parsed with "linked" a clause of "found"; the number mended."""
    vbn, vbd = doc.vocab.strings["VBN"], doc.vocab.strings["VBD"]
    tags = column(doc, TAG)
    at = tags_at(doc, tags, vbn, vbd)  # "men linked to a gang were found": a past tense
    fixed = _mend(doc, at, _stranded_passive, _rewire)  # read as a participle when nothing parts the two
    return fixed + _mend(doc, at, _passive_above, _rewire_below)


def _party_split(mod: Token) -> Token | None:
    """The capitalised adjective ("Colombian") coordinated with a noun modifier ("government") of a head
    noun that comes right after it: "The government and Colombian rebels", parsed as "government ...
    rebels" and "Colombian rebels" (both really their own party); None for "government and rebel
    forces" (both modify "forces")."""
    head = mod.head
    if mod.pos_ != "NOUN" or mod.dep_ not in ("nmod", "compound") or head.pos_ != "NOUN" or head.i <= mod.i:
        return None
    kids = children_of(mod)
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in kids):
        return None
    adj = next((c for c in kids if c.dep_ == "conj"), None)
    if adj is None or adj.pos_ not in ("ADJ", "PROPN") or not adj.text[:1].isupper() or adj.i != head.i - 1:
        return None
    return adj


def _owned_party(mod: Token) -> Token | None:
    """The possessive of a party noun ("army") coordinated with "and" but parsed as a modifier of the head
    noun after it: "Mali's army and Russian mercenaries", "Ethiopia's government and Fano leaders" (the head
    with words of its own between them); None for "Mali's oil and gas reserves" (``owned_parties`` in
    data/readings.yaml; conflict46)."""
    head = mod.head
    if (mod.pos_ != "NOUN" or mod.dep_ not in ("nmod", "compound") or head.pos_ != "NOUN" or head.i <= mod.i
            or mod.lemma_.lower() not in readings()["owned_parties"]["nouns"]):
        return None
    kids = children_of(mod)
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in kids) or any(c.dep_ == "conj" for c in kids):
        return None
    if not any(c.dep_ in ("amod", "compound") and mod.i < c.i for c in children_of(head)):
        return None
    return next((c for c in [*kids, *children_of(head)] if c.dep_ == "poss" and c.i < mod.i), None)


def _part(mod: Token, adj: Token | None) -> None:
    """``mod`` heads its own phrase in the head's place; the head is its conjunct, described by ``adj``."""
    head = mod.head
    for det in [c for c in children_of(head) if c.i < mod.i]:
        det.head = mod
    mod.head = mod if head.dep_ == "ROOT" else head.head
    mod.dep_ = head.dep_
    head.head = mod
    head.dep_ = "conj"
    if adj is not None and adj.dep_ != "poss":
        adj.head = head
        adj.dep_ = "amod"


def two_parties(doc: Doc) -> int:
    """Mend "The government and Colombian rebels signed ...", "Mali's army and Russian mercenaries killed ..."
    parsed as one noun phrase; the number mended."""
    fixed, seen = 0, set()
    for i in lower_at(doc, "and"):  # only a head with an "and" can be one
        tok = doc[i].head
        if tok.i in seen:
            continue
        seen.add(tok.i)
        adj = _party_split(tok) or _owned_party(tok)
        if adj is not None:
            _part(tok, adj)
            fixed += 1
            _forget_tables(doc)
    return fixed


def _state_name(tok: Token) -> bool:
    """A country's name, whatever entity the tagger gives it ("Mali", "Burkina Faso")."""
    return country_word(tok) or tok.pos_ == "PROPN" and tok.ent_type_ == "GPE"


def _listed_state(second: Token) -> Token | None:
    """The state a list of states "Mali, Burkina Faso and Niger" begins with, when the parse made the second
    name an apposition of the first (with the third its conjunct): no state is another's apposition."""
    first = second.head
    if second.dep_ != "appos" or not _state_name(second) or not _state_name(first) or first.i >= second.i:
        return None
    listed = any(c.dep_ == "conj" and _state_name(c) for c in children_of(second)) and any(
        c.dep_ == "cc" for c in children_of(second))
    return first if listed else None


def _coordinate(second: Token, first: Token) -> None:
    """The second name a conjunct of the first, as the list says."""
    second.dep_ = "conj"


def listed_states(doc: Doc) -> int:
    """Mend "Mali, Burkina Faso and Niger withdrew from ECOWAS" parsed with "Burkina Faso" an apposition of
    "Mali": three states coordinated (bloc49); the number mended."""
    return _mend(doc, dep_at(doc, "appos"), _listed_state, _coordinate)


FINITE = ("VBD", "VBZ", "VBP")


def _listed_name(first: Token) -> Token | None:
    """The head noun of a name written as a list of capitalised words ("the Rail, Maritime and Transport
    union demanded ...") when the parse made its first word a subject of its own, cut off by the comma:
    the verb has two subjects, the second opening right after "first," with a capitalised word; None
    otherwise."""
    doc = first.doc
    if first.dep_ != "nsubj" or first.pos_ != "PROPN" or first.i + 2 >= len(doc) or (
            doc[first.i + 1].text != ","):
        return None
    head = next((c for c in children_of(first.head) if c.dep_ == "nsubj" and c.i > first.i + 2), None)
    if head is None or head.left_edge.i != first.i + 2 or not doc[first.i + 2].text[:1].isupper():
        return None
    return head if head.pos_ == "NOUN" and head.text.islower() else None


def _join_name(first: Token, head: Token) -> None:
    """The listed words, the comma and "and" all hang on the head noun: one name, no coordination."""
    doc = first.doc
    for k in range(first.i, head.i):
        tok = doc[k]
        if tok.head.i == head.i or tok.i == first.i or head.is_ancestor(tok) or tok.head.i == first.i:
            tok.head = head
            tok.dep_ = "punct" if tok.is_punct else "cc" if tok.dep_ == "cc" else "compound"


def listed_names(doc: Doc) -> int:
    """Mend "the Rail, Maritime and Transport union demanded a pay rise" parsed with "Rail" a second
    subject; the number mended."""
    return _mend(doc, dep_at(doc, "nsubj"), _listed_name, _join_name)


def _split_hyphen_name(hyphen: Token) -> Token | None:
    """The last word of a hyphened name ("SPLM-IO") the parse cut into three words, each its own subject
    or object of one verb ("the opposition SPLM-IO was expelled": "IO" the subject); None otherwise."""
    doc = hyphen.doc
    if hyphen.text != "-" or not 0 < hyphen.i < len(doc) - 1:
        return None
    first, last = doc[hyphen.i - 1], doc[hyphen.i + 1]
    if first.whitespace_ or hyphen.whitespace_:
        return None
    prefixes = readings()["hyphen_title_prefixes"]["prefixes"]
    titled = first.lower_ in prefixes and last.pos_ in ("NOUN", "PROPN")
    if not titled and (hyphen.tag_ != "HYPH" or first.pos_ != "PROPN" or last.pos_ != "PROPN"):
        return None
    same = first.head.i == hyphen.head.i == last.head.i and first.dep_ == hyphen.dep_ == last.dep_
    return last if same and last.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") else None


def _join_hyphen_name(hyphen: Token, last: Token) -> None:
    """The first word and the hyphen hang on the last word, with the words before the first ("the
    opposition")."""
    first = hyphen.doc[hyphen.i - 1]
    for child in [c for c in children_of(first)]:
        child.head = last
    first.head, first.dep_ = last, "compound"
    hyphen.head, hyphen.dep_ = last, "punct"


def hyphen_names(doc: Doc) -> int:
    """Mend "South Sudan's opposition SPLM-IO was expelled" parsed with "SPLM", "-" and "IO" three subjects
    (sides49), and a title cut at its prefix ("the party's co-president was detained":
    ``hyphen_title_prefixes`` in readings.yaml; names59); the number mended."""
    hyph = doc.vocab.strings["HYPH"]
    at = sorted({*tags_at(doc, column(doc, TAG), hyph), *lower_at(doc, "-")})  # "co-president": "-" a noun
    return _mend(doc, at, _split_hyphen_name, _join_hyphen_name)


def _verb_after_gerund(gerund: Token) -> Token | None:
    """The finite verb with no subject right after a gerund clause that took its subject ("after soldiers
    enforcing the lockdown beat him": "beat"), or hung under a root gerund as a clause with no subject
    ("soldiers searching for weapons on Friday clashed with gunmen": "clashed"), if any."""
    if gerund.dep_ not in ("advcl", "ccomp", "csubj", "conj", "ROOT") or _deps(gerund) & {"aux", "auxpass"}:
        return None
    if not any(c.dep_ == "nsubj" and c.i < gerund.i and c.pos_ in ("NOUN", "PROPN")
               for c in children_of(gerund)):
        return None
    if gerund.dep_ == "ROOT":
        # "Soldiers searching for weapons in a village on Friday clashed with gunmen": the parse hung the
        # finite verb under the gerund as a clause of its own, with no subject and no mark (sd35)
        clause = next((c for c in children_of(gerund) if c.dep_ == "advcl" and c.i > gerund.i
                       and c.tag_ == "VBD" and c.pos_ == "VERB"), None)
        if clause is not None and not _deps(clause) & (set(SUBJECTS) | {"mark", "aux", "auxpass", "cc"}) \
                and not any(c.dep_ == "punct" and gerund.i < c.i < clause.i for c in children_of(gerund)):
            return clause
    nxt = gerund.right_edge.i + 1
    if nxt >= len(gerund.doc):
        return None
    verb = gerund.doc[nxt]
    if verb.tag_ not in FINITE or verb.pos_ != "VERB" or _deps(verb) & (set(SUBJECTS) | {"cc"}):
        return None
    linked = verb.i == gerund.head.i or (verb.head.i == gerund.head.i and verb.dep_ == "conj"
                                         and gerund.dep_ != "ROOT")
    return verb if linked else None


def _regive(gerund: Token, verb: Token) -> None:
    """``verb`` takes the gerund's place, its subject and its "after"; the gerund describes the subject."""
    subject = next(c for c in children_of(gerund) if c.dep_ == "nsubj" and c.i < gerund.i)
    if gerund.dep_ == "ROOT":  # the clause the parse hung under the gerund becomes the root
        verb.head, verb.dep_ = verb, "ROOT"
        for tok in [c for c in children_of(gerund) if c.dep_ == "punct" and c.i > verb.i]:
            tok.head = verb
    elif verb.i != gerund.head.i:
        verb.head, verb.dep_ = gerund.head, gerund.dep_
        for mark in [c for c in children_of(gerund) if c.dep_ in ("mark", "advmod") and c.i < subject.i]:
            mark.head = verb
    subject.head, subject.dep_ = verb, "nsubj"
    gerund.head, gerund.dep_ = subject, "acl"


def gerund_subjects(doc: Doc) -> int:
    """Mend "after soldiers enforcing the lockdown beat him" parsed with "enforcing" as the verb of "soldiers"
    and "beat" left with no subject; the number mended."""
    vbg = doc.vocab.strings["VBG"]
    return _mend(doc, tags_at(doc, column(doc, TAG), vbg), _verb_after_gerund, _regive)


AFTER_NOUN = ("prep", "npadvmod", "punct")


@cache
def _strikers() -> dict[str, frozenset[str]]:
    """The participles, prepositions and nouns of ``participle_adjectives`` (data/strikers.yaml)."""
    data = yamlio.safe_load((resources.files("chronica") / "data" / "strikers.yaml").read_text("utf-8"))
    return {key: frozenset(data[key]) for key in ("participles", "prepositions", "nouns")}


def _described_people(part: Token) -> Token | None:
    """The noun of people a participle after a preposition describes, read by the parse as the participle's
    object ("at striking garment workers": "workers" the object of "striking"); None when the parse is
    right."""
    words = _strikers()
    if (part.dep_ != "pcomp" or part.lower_ not in words["participles"]
            or part.head.lower_ not in words["prepositions"]):
        return None
    kids = children_of(part)
    objs = [c for c in kids if c.dep_ == "dobj"]
    if len(objs) != 1 or objs[0].i != part.i + 1 + sum(
            1 for c in children_of(objs[0]) if c.dep_ in ("compound", "amod") and c.i < objs[0].i):
        return None  # the noun right after the participle, with only its own modifiers between
    noun = objs[0]
    if any(c.i < part.i or c.dep_ not in ("dobj", *AFTER_NOUN) for c in kids):
        return None  # only places and times told after the noun ("at Marikana on Thursday")
    name = " ".join(t.lemma_.lower() for t in noun.doc[part.i + 1:noun.i + 1])
    last = noun.lemma_.lower()
    return noun if name in words["nouns"] or last in words["nouns"] else None


def _readjective(part: Token, noun: Token) -> None:
    """The noun becomes the preposition's object and the participle its modifier."""
    for child in [c for c in children_of(part) if c.dep_ in AFTER_NOUN]:
        child.head = noun  # "on picketing miners at Marikana": the place the noun's
    noun.head, noun.dep_ = part.head, "pobj"
    part.head, part.dep_ = noun, "amod"
    part.pos_ = "ADJ"


def participle_adjectives(doc: Doc) -> int:
    """Mend "fired at striking garment workers" parsed with "striking" a verb and the workers its object; the
    number mended."""
    words = _strikers()["participles"]
    at = [i for i in lowers_in(doc, words) if i > 0]
    return _mend(doc, at, _described_people, _readjective)


# What a guest's participle may be read as hanging on the meeting verb, or on its "with" (eastasia-2)
GUEST_LINKS = ("advcl", "xcomp", "ccomp", "conj", "dobj")


def _met_guest(part: Token) -> Token | None:
    """The guest a bare "visiting" right after a verb of meeting (or its "with") describes, read by the parse
    as the participle's object ("met visiting Malaysian Prime Minister Anwar Ibrahim": "Ibrahim" the object of
    "visiting"); None when the parse is right or the participle is a real visit ("while visiting Paris")."""
    spec = readings()["visiting_guests"]
    prev = part.doc[part.i - 1]
    if part.tag_ != "VBG" or part.head.i != prev.i or any(c.i < part.i for c in children_of(part)):
        return None  # "the visiting king" (an article before it), "while visiting Paris" (its marker)
    meets = part.dep_ in GUEST_LINKS and prev.pos_ == "VERB" and prev.lemma_.lower() in spec["verbs"]
    withs = (part.dep_ == "pcomp" and prev.lower_ == "with" and prev.head.i < prev.i
             and prev.head.lemma_.lower() in spec["withs"])
    if not (meets or withs):
        return None
    objs = [c for c in children_of(part) if c.dep_ == "dobj"]
    if len(objs) != 1 or objs[0].left_edge.i != part.i + 1:
        return None
    guest = objs[0]
    if guest.ent_type_ in spec["places"] or any(c.dep_ in ("det", "poss") for c in children_of(guest)):
        return None  # "visiting Tokyo", "visiting the border": a place visited, not a guest
    return guest


def _guest(part: Token, guest: Token) -> None:
    """The guest becomes the object of the meeting verb (or of its "with"), the participle its modifier; the
    place and time told after the guest the meeting's."""
    host = part.head
    verb = host
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # "held talks with ... in Beijing": the place the holding's
    for child in [c for c in children_of(part) if c.i != guest.i]:
        child.head = verb if verb.pos_ in ("VERB", "AUX") else host
    guest.head, guest.dep_ = host, "pobj" if part.dep_ == "pcomp" else "dobj"
    part.head, part.dep_ = guest, "amod"


def visiting_guests(doc: Doc) -> int:
    """Mend "met visiting Malaysian Prime Minister X" and "held talks with visiting US Secretary of State X"
    parsed with "visiting" a verb and the guest its object; the number mended."""
    words = readings()["visiting_guests"]["participles"]
    at = [i for i in lowers_in(doc, words) if i > 0]
    return _mend(doc, at, _met_guest, _guest)


def _hedged_object(part: Token) -> Token | None:
    """The object noun a hedge describes, when the parse made the hedge a verb after the real one ("struck
    suspected TTP hideouts": "struck" its auxiliary, or "bombed" with "suspected" its clause); else None."""
    prev = part.doc[part.i - 1]
    if prev.tag_ != "VBD" or part.tag_ not in ("VBN", "VBD") or _deps(part) & {"nsubjpass", "auxpass", "neg"}:
        return None
    misread = prev.dep_ == "aux" and prev.head.i == part.i  # "struck" the hedge's auxiliary
    if not (misread or part.head.i == prev.i and part.dep_ in LOOSE_CLAUSES):
        return None
    if prev.dep_ == "aux" and prev.lower_ not in readings()["hedged_objects"]["forms"]:
        return None  # "had suspected", "was suspected": a true auxiliary
    return next((c for c in children_of(part) if c.dep_ in ("dobj", "ccomp") and c.pos_ in ("NOUN", "PROPN")
                 and c.left_edge.i == part.i + 1 and "nsubj" not in _deps(c)), None)


def _unhedge(part: Token, noun: Token) -> None:
    """The verb before the hedge takes the hedge's place, the noun becomes its object, the hedge its
    modifier."""
    verb = part.doc[part.i - 1]
    if verb.dep_ == "aux":  # "struck" read as the hedge's auxiliary: the verb, in the hedge's place
        verb.head, verb.dep_ = (verb, "ROOT") if part.dep_ == "ROOT" else (part.head, part.dep_)
        verb.pos_ = "VERB"
        verb.lemma_ = readings()["hedged_objects"]["forms"][verb.lower_]
    for child in [c for c in children_of(part) if c.i != noun.i and c.i != verb.i]:
        child.head = verb
    noun.head, noun.dep_ = verb, "dobj"
    part.head, part.dep_, part.pos_, part.tag_ = noun, "amod", "ADJ", "JJ"


def hedged_objects(doc: Doc) -> int:
    """Mend "struck suspected TTP hideouts" parsed with "suspected" the verb; the number mended."""
    words = readings()["hedged_objects"]["participles"]
    at = [i for i in lowers_in(doc, words) if i > 0]
    return _mend(doc, at, _hedged_object, _unhedge)


def _captive_object(pred: Token) -> Token | None:
    """The people taken the parse hung on a predicate "hostage" as its compound ("took 10 nurses hostage") or
    made a first object beside it ("held 180 police officers and soldiers hostage"); None when the parse is
    right ("took the hostage", "held hostage"). The people's own article may hang on "hostage" too ("took the
    soldier prisoner"), and a pronoun may be made its indirect object ("took him prisoner"; events57)."""
    spec = readings()["captive_predicates"]
    verb = pred.head
    if pred.dep_ != "dobj" or pred.lower_ not in spec["words"] or verb.lemma_.lower() not in spec["verbs"]:
        return None
    if verb.pos_ not in ("VERB", "AUX") or "poss" in _deps(pred):
        return None
    compound = max((c for c in children_of(pred) if c.dep_ == "compound" and c.i < pred.i
                    and c.pos_ in ("NOUN", "PROPN")), key=lambda c: c.i, default=None)
    if "det" in _deps(pred):
        return compound
    before = [c for c in children_of(verb) if c.i < pred.i and (
        c.dep_ == "dobj" or c.dep_ == "dative" and c.pos_ == "PRON" and c.i == pred.i - 1)]
    return before[-1] if before else compound


def _unswallow_captives(pred: Token, people: Token) -> None:
    """The people become the verb's object (with the words before them), "hostage" its predicate."""
    verb = pred.head
    if people.head.i == pred.i:
        for left in [c for c in children_of(pred) if c.i < pred.i and c.i != people.i]:
            left.head = people
        people.head, people.dep_ = verb, "dobj"
    pred.dep_ = "oprd"


def captive_predicates(doc: Doc) -> int:
    """Mend "took 10 nurses hostage" parsed with "nurses" a compound of "hostage" (or "hostage" a second
    object): the people the object, "hostage" the verb's predicate (communal49); the number mended."""
    words = readings()["captive_predicates"]["words"]
    return _mend(doc, lowers_in(doc, words), _captive_object,
                 _unswallow_captives)


LOOSE_LINKS = ("dep", "conj", "ccomp", "parataxis")
LOOSE_CLAUSES = ("advcl", "ccomp", "xcomp", "conj", "dep")


def _verb_after_aside(gerund: Token) -> Token | None:
    """The finite verb the parse hung on a participle aside made the root ("Serb and Croat leaders, meeting
    in Geneva, agreed on Tuesday to a ceasefire": "meeting" the root, "agreed" a loose clause of it)."""
    doc = gerund.doc
    if gerund.dep_ not in ("ROOT", "advcl") or _deps(gerund) & {"aux", "auxpass"}:
        return None
    if doc[gerund.i - 1].text != "," or gerund.dep_ == "advcl" and gerund.right_edge.i + 1 >= len(doc):
        return None
    if not any(c.dep_ == "nsubj" and c.i < gerund.i and c.pos_ in ("NOUN", "PROPN")
               for c in children_of(gerund)):
        return None
    if gerund.dep_ == "advcl":  # "officials, meeting in Islamabad, agreed": the subject hung on the aside
        verb = gerund.head if gerund.head.i > gerund.i and gerund.head.dep_ == "ROOT" else None
    else:
        verb = next((c for c in children_of(gerund) if c.i > gerund.i and c.dep_ in LOOSE_LINKS), None)
    if verb is None or verb.tag_ not in FINITE or verb.pos_ != "VERB" or _deps(verb) & set(SUBJECTS):
        return None
    comma = doc[gerund.right_edge.i + 1] if gerund.dep_ == "advcl" else doc[verb.left_edge.i - 1]
    if comma.text != ",":
        return None
    return verb


def _unaside(gerund: Token, verb: Token) -> None:
    """``verb`` becomes the root with the subject; the participle an aside describing the subject."""
    subject = next(c for c in children_of(gerund) if c.dep_ == "nsubj" and c.i < gerund.i)
    for child in [c for c in children_of(gerund) if c.i > verb.i]:
        child.head = verb
    if gerund.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    subject.head, subject.dep_ = verb, "nsubj"
    gerund.head, gerund.dep_ = subject, "acl"


def participle_asides(doc: Doc) -> int:
    """Mend "X, meeting in Geneva, agreed to ..." parsed with the participle the root; the number mended."""
    vbg = doc.vocab.strings["VBG"]
    return _mend(doc, tags_at(doc, column(doc, TAG), vbg), _verb_after_aside, _unaside)


# How the parse hangs the main verb inside an aside ("X, speaking after talks with Y, called on ..."): as a
# clause on a noun of the aside, or as an adverbial clause of its participle (weak30)
ASIDE_LINKS = ("acl", "relcl", "advcl")


def _verb_in_aside(root: Token, verbs: Collection[str]) -> Token | None:
    """The finite verb the parse hung, as a clause describing a noun, inside a participle aside on the subject
    made the root ("Boris Yeltsin, speaking after talks with the visiting Finnish president, called on the
    rebels to ...": "Yeltsin" the root, "called" a clause on "president"; weak30)."""
    doc = root.doc
    if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN"):
        return None
    aside = next((c for c in children_of(root) if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > root.i
                  and doc[c.i - 1].text == ","), None)
    if aside is None:
        return None
    verb = next((t for t in aside.subtree if t.i > aside.i and t.dep_ in ASIDE_LINKS and t.tag_ == "VBD"
                 and doc[t.i - 1].text == "," and t.lemma_.lower() in verbs
                 and not _deps(t) & set(SUBJECTS)), None)
    if verb is None or any(t.tag_ in FINITE and t.pos_ in ("VERB", "AUX") for t in doc[root.i + 1:verb.i]):
        return None
    return verb


def aside_verbs(doc: Doc, verbs: Collection[str]) -> int:
    """Mend "X, speaking after talks with Y, called on ..." parsed with "X" the root and "called" a clause on
    "Y"; the number mended."""
    return _mend(doc, dep_at(doc, "ROOT"),
                 lambda root: _verb_in_aside(root, verbs), _raise_verb)


def _counted_victims(subject: Token) -> Token | None:
    """The gerund ("killing") a counted subject of a report ("35 people ... said") follows with no object
    of its own, if any: "opened fire, killing at least 35 people, a doctors' committee said"."""
    if subject.dep_ != "nsubj" or subject.head.lemma_.lower() not in SPEECH or subject.i > subject.head.i:
        return None
    if not any(c.dep_ == "nummod" for c in children_of(subject)):
        return None
    start = subject.left_edge.i
    gerund = subject.doc[start - 1] if start > 0 else None
    if gerund is None or gerund.tag_ != "VBG" or gerund.dep_ != "advcl" or "dobj" in _deps(gerund):
        return None
    return gerund


def _speaker_after(subject: Token) -> tuple[Token, Token | None] | None:
    """The teller hung on the counted noun after a comma (its apposition, or the subject of a clause on it,
    with that clause), if any."""
    for child in (c for c in children_of(subject) if c.i > subject.i):
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN"):
            return child, None
        if child.dep_ in ("acl", "relcl"):
            teller = next((c for c in children_of(child) if c.dep_ == "nsubj" and c.i < child.i), None)
            if teller is not None:
                return teller, child
    return None


def counted_objects(doc: Doc) -> int:
    """Mend "..., killing at least 35 people, a doctors' committee said" parsed with "people" the subject
    of "said": the number the object of "killing", the committee the teller; the number mended."""
    fixed = 0
    for i in dep_at(doc, "nsubj"):
        head = heads_of(doc)[i]  # the tables as they stand (a mend forgets them): a Token only for a
        if i > head or lemmas_of(doc)[head] not in SPEECH:  # subject before a verb of saying
            continue
        tok = doc[i]
        gerund = _counted_victims(tok)
        speaker = _speaker_after(tok) if gerund is not None else None
        if gerund is None or speaker is None:
            continue
        teller, clause = speaker
        verb = tok.head
        tok.head, tok.dep_ = gerund, "dobj"
        teller.head, teller.dep_ = verb, "nsubj"
        if clause is not None:
            clause.head, clause.dep_ = teller, "acl"
        fixed += 1
        _forget_tables(doc)
    return fixed


def partitive_objects(doc: Doc) -> int:
    """Mend "Ukraine shot down 30 of 35 drones launched by Russia" parsed with "30" an adverbial of "shot": a
    number with an "of" phrase naming what it counts, right after a verb with no object, is that verb's object
    (clause48); the number mended."""
    fixed = 0
    for i in dep_at(doc, "npadvmod"):
        tok = doc[i]
        verb = tok.head
        if not tok.like_num or verb.pos_ != "VERB" or verb.i > i or any(
                c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in children_of(verb)):
            continue
        if any(doc[k].pos_ not in ("ADP", "ADV", "PART") for k in range(verb.i + 1, i)):
            continue  # only a particle between them: "shot down 30 of 35 drones"
        if not any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "NOUN"
                                                                for g in children_of(c))
                   for c in children_of(tok)):
            continue
        tok.dep_ = "dobj"
        fixed += 1
        _forget_tables(doc)
    return fixed


def person_objects(doc: Doc) -> int:
    """Mend "Trump met Moon Jae-in" parsed with the person's name an adverbial of the verb: a person's name
    right after a verb with no object is that verb's object (roles57); the number mended."""
    fixed = 0
    for i in dep_at(doc, "npadvmod"):
        tok = doc[i]
        verb = tok.head
        if tok.pos_ != "PROPN" or tok.ent_type_ != "PERSON" or verb.pos_ != "VERB" or verb.i > i or any(
                c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in children_of(verb)):
            continue
        if any(doc[k].head.i != i or doc[k].dep_ != "compound" for k in range(verb.i + 1, i)):
            continue  # only the name's own words between them: "met Moon Jae-in"
        tok.dep_ = "dobj"
        fixed += 1
        _forget_tables(doc)
    return fixed


AGED_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "conj", "appos", "attr"})


def aged_people(doc: Doc) -> int:
    """Mend "police shot dead a 17-year-old" parsed with "old" an adjective and the words a date: "old" (or
    "olds") after a count of years, standing where a noun stands, is a person named by age, a noun and no
    date (europe61); the number mended."""
    aged = []
    for tok in tokens_of(doc):
        if tok.lower_ not in ("old", "olds") or tok.pos_ == "NOUN" or tok.dep_ not in AGED_DEPS:
            continue
        if not any(c.dep_ == "npadvmod" and c.lower_ in ("year", "years") and c.i < tok.i
                   for c in children_of(tok)):
            continue
        tok.tag_, tok.pos_ = ("NNS" if tok.lower_ == "olds" else "NN"), "NOUN"
        aged.append(tok.i)
    if aged:
        doc.ents = [e for e in doc.ents if not any(e.start <= i < e.end for i in aged)]
        _forget_tables(doc)
    return len(aged)


NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass"})  # not objects: "carried out a drive-by shooting" stays


def nominal_gerunds(doc: Doc) -> int:
    """Mend "Ukrainian shelling of the village killed a woman" parsed with "shelling" a verb: a gerund
    standing as a subject with a determiner or an adjective of its own is a noun (europe61); the number
    mended."""
    fixed = 0
    for tok in tokens_of(doc):
        if tok.tag_ != "VBG" or tok.pos_ != "VERB" or tok.dep_ not in NOMINAL_DEPS:
            continue
        kids = list(children_of(tok))
        if not any(c.dep_ in ("amod", "det") and c.i < tok.i for c in kids) or any(
                c.dep_ in ("dobj", "nsubj", "aux", "auxpass") for c in kids):
            continue
        tok.tag_, tok.pos_ = "NN", "NOUN"
        fixed += 1
    if fixed:
        _forget_tables(doc)
    return fixed


def _stray_verb(result: Token) -> Token | None:
    """The verb form ("shot") the parse hid inside the subject's place phrase or participle just before a
    result adjective made the root ("men on a motorbike shot dead a councillor", "men riding a motorbike shot
    dead a trader"); None when the parse is right."""
    spec = readings()["resultative_verbs"]
    if result.i == 0 or result.lower_ not in spec["results"] or result.pos_ != "ADJ":
        return None
    verb = result.doc[result.i - 1]
    deps = _deps(result)
    hidden = verb.dep_ in ("pobj", "compound", "dobj") and verb.head.dep_ in ("prep", "acl") or (
        verb.dep_ == "acl" and verb.head.pos_ == "NOUN")  # "a man holding a gun shot dead": "gun shot"
    if verb.lower_ not in spec["forms"] or not hidden or not {"nsubj", "dobj"} <= deps:
        return None
    subject = next(c for c in children_of(result) if c.dep_ == "nsubj")  # "men riding a motorbike shot"
    return verb if subject.is_ancestor(verb) else None


def _revive(verb: Token, result: Token) -> None:
    """``verb`` becomes the clause's verb in the result's place, the result its modifier, and the noun it
    swallowed ("motorbike") the object of the preposition again."""
    noun = next((c for c in children_of(verb) if c.dep_ in ("compound", "amod") and c.pos_ == "NOUN"), None)
    if noun is not None:
        for left in [c for c in children_of(verb) if c.i < verb.i and c.i != noun.i]:
            left.head = noun
        noun.head, noun.dep_ = verb.head, verb.dep_
    for child in children_of(result):
        child.head = verb
    verb.head = verb if result.dep_ == "ROOT" else result.head
    verb.dep_ = result.dep_
    result.head, result.dep_ = verb, "advmod"
    verb.tag_, verb.pos_ = "VBD", "VERB"
    verb.lemma_ = readings()["resultative_verbs"]["forms"][verb.lower_]


def _result_prep(result: Token) -> Token | None:
    """The victim the parse hung under a result adjective taken for a preposition ("a Houthi sniper shot dead
    a child": "dead" a preposition, "child" its object) or for a complement with an object of its own ("police
    shot dead the gunman"; terror-1); None when the parse is right."""
    spec = readings()["resultative_verbs"]
    verb = result.head
    if (result.lower_ not in spec["results"] or result.dep_ not in ("prep", "acomp") or verb.i != result.i - 1
            or verb.lower_ not in spec["forms"] or verb.pos_ != "VERB" or "dobj" in _deps(verb)):
        return None
    return next((c for c in children_of(result) if c.dep_ == ("pobj" if result.dep_ == "prep" else "dobj")),
                None)


def _unprep(result: Token, victim: Token) -> None:
    """The victim becomes the verb's object, the result its modifier, as in "gunmen shot dead a trader"."""
    verb = result.head
    victim.head, victim.dep_ = verb, "dobj"
    result.dep_, result.pos_, result.tag_ = "advmod", "ADJ", "JJ"


def result_preps(doc: Doc) -> int:
    """Mend "a sniper shot dead a child" parsed with "dead" a preposition; the number mended."""
    results = readings()["resultative_verbs"]["results"]
    return _mend(doc, lowers_in(doc, results), _result_prep, _unprep)


def stray_verbs(doc: Doc) -> int:
    """Mend "two men on a motorbike shot dead a councillor" parsed with "shot" a noun; the number mended."""
    results = readings()["resultative_verbs"]["results"]
    return _mend(doc, lowers_in(doc, results), _stray_verb,
                 lambda result, verb: _revive(verb, result))


def _reported_verb(root: Token, verbs: Collection[str]) -> Token | None:
    """The verb ("killed") the parse hung as a participle inside the subject of a saying root ("Fighters on
    motorbikes killed 43 workers ..., officials said": "killed" a clause on "motorbikes"); None when the
    parse is right. A past form with an object and no subject of its own is the reported act."""
    if root.dep_ != "ROOT" or root.lemma_.lower() not in SPEECH:
        return None
    for subject in (c for c in children_of(root) if c.dep_ == "nsubj" and c.i < root.i):
        for tok in subject.subtree:
            deps = _deps(tok)
            if (tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and tok.lemma_.lower() in verbs
                    and "dobj" in deps and not deps & set(SUBJECTS) and "auxpass" not in deps):
                return tok
    return None


def _report(root: Token, verb: Token) -> None:
    """``verb`` becomes the saying's clause with the subject noun it was hung inside its subject."""
    subject = next(c for c in children_of(root) if c.dep_ == "nsubj" and c.is_ancestor(verb))
    verb.head, verb.dep_, verb.tag_, verb.pos_ = root, "ccomp", "VBD", "VERB"
    subject.head = verb


def _trailing_speaker(root: Token) -> Token | None:
    """The speaker the parse joined to the reported clause's last noun after a comma ("Troops tortured
    detainees, Human Rights Watch said": "Watch" a conjunct of "detainees"), the saying root left with no
    subject: the conjunct that ends right before the root, with no "and" or "or" before it; else None."""
    if root.dep_ != "ROOT" or root.lemma_.lower() not in SPEECH or root.i < 2:
        return None
    if _deps(root) & set(SUBJECTS) or root.nbor(-1).pos_ not in ("NOUN", "PROPN"):
        return None
    last = root.nbor(-1)
    speaker = next((t for t in [last, *last.ancestors] if t.dep_ == "conj" and t.right_edge.i == root.i - 1),
                   None)
    if speaker is None or speaker.left_edge.i < 1 or speaker.doc[speaker.left_edge.i - 1].lower_ != ",":
        return None
    if any(c.dep_ == "cc" for c in children_of(speaker.head)) or speaker.head.i >= speaker.i:
        return None  # "killed two soldiers and a policeman": one list, no speaker
    return speaker if root.is_ancestor(speaker) else None


def _say_by(root: Token, speaker: Token) -> None:
    """``speaker`` becomes the saying root's subject, its comma the root's."""
    comma = speaker.doc[speaker.left_edge.i - 1]
    speaker.head, speaker.dep_ = root, "nsubj"
    if comma.head.i != root.i and comma.dep_ == "punct":
        comma.head = root


def trailing_speakers(doc: Doc) -> int:
    """Mend "Troops tortured detainees, Human Rights Watch said" parsed with the speaker a conjunct of the
    reported object; the number mended."""
    return _mend(doc, dep_at(doc, "ROOT"), _trailing_speaker, _say_by)


def reported_verbs(doc: Doc, verbs: Collection[str]) -> int:
    """Mend "gunmen on motorbikes killed 43 farmers ..., officials said" parsed with "killed" a clause of the
    motorbikes; the number mended."""
    return _mend(doc, dep_at(doc, "ROOT"),
                 lambda root: _reported_verb(root, verbs), _report)


def _apposed_participle(root: Token) -> Token | None:
    """The finite verb of a clause the parse hung under a past participle with no auxiliary, whose subject is
    an apposition after a comma ("Gunmen killed the mayor of a town, the third local official murdered this
    month": "murdered" the root, "killed" its clause); also a past tense after a subject counted with an
    ordinal ("the fifth reporter killed this year"), not "..., the police said"; None when the parse is right
    (conflict46)."""
    if root.dep_ != "ROOT" or root.tag_ not in ("VBN", "VBD") or _deps(root) & {"aux", "auxpass", "dobj"}:
        return None
    subject = next((c for c in children_of(root) if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if subject is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(subject)):
        return None
    if root.tag_ == "VBD" and (root.lemma_.lower() in SPEECH or not any(
            c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in children_of(subject))):
        return None
    first = subject.left_edge.i
    if first < 2 or root.doc[first - 1].text != ",":
        return None
    return next((c for c in children_of(root) if c.dep_ == "ccomp" and c.tag_ in FINITE and c.i < first
                 and c.right_edge.i == first - 2 and "dobj" in _deps(c)), None)


def _unappose(root: Token, verb: Token) -> None:
    """``verb`` becomes the root; the subject an apposition of its object, described by the participle."""
    subject = next(c for c in children_of(root) if c.dep_ == "nsubj")
    obj = next(c for c in children_of(verb) if c.dep_ == "dobj")
    for punct in [c for c in children_of(root) if c.dep_ == "punct"]:
        punct.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head, subject.dep_ = obj, "appos"
    root.head, root.dep_ = subject, "acl"


def apposed_participles(doc: Doc) -> int:
    """Mend "Gunmen killed the mayor, the third official murdered this month" parsed with "murdered" the
    root; the number mended."""
    return _mend(doc, dep_at(doc, "ROOT"), _apposed_participle,
                 _unappose)


def _apposed_denial(root: Token) -> Token | None:
    """The clause the parse hangs as the object clause of a denial told after it as an apposition ("Ankara
    accused Athens of pushing boats back, a charge Greece denies": "denies" the root, "accused" its clause):
    that clause's verb; None when the parse is right (story47). The claim nouns and verbs of denial are
    ``denied_claims`` in data/readings.yaml."""
    spec = readings()["denied_claims"]
    if root.dep_ != "ROOT" or phrasal_lemma(root) not in spec["verbs"]:
        return None
    claim = next((c for c in children_of(root) if c.dep_ == "dobj" and c.i < root.i
                  and c.lemma_.lower() in spec["nouns"]), None)
    if claim is None or claim.left_edge.i < 2 or root.doc[claim.left_edge.i - 1].text != ",":
        return None
    end = claim.left_edge.i - 2
    return next((c for c in children_of(root) if c.dep_ == "ccomp" and c.right_edge.i == end), None)


def _undeny(root: Token, verb: Token) -> None:
    """``verb`` becomes the root; the claim noun its apposition, described by the denial."""
    claim = next(c for c in children_of(root) if c.dep_ == "dobj" and c.i < root.i)
    for punct in [c for c in children_of(root) if c.dep_ == "punct"]:
        punct.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    claim.head, claim.dep_ = verb, "npadvmod"
    root.head, root.dep_ = claim, "relcl"


def apposed_denials(doc: Doc) -> int:
    """Mend "X accused Y of Z, a charge Y denies" parsed with "denies" the root; the number mended."""
    return _mend(doc, dep_at(doc, "ROOT"), _apposed_denial, _undeny)


CLAUSE_MARKS = ("after", "before", "since", "until")


def _verb_after_prep(prep: Token) -> Token | None:
    """The finite verb with no subject right after the object of "after" ("rallied after the collapse of a
    roof killed 15 people", "rescued 300 passengers after separatist militants hijacked a train": the parse
    takes "after" for a preposition and the clause's subject for its object), if any (story47)."""
    if prep.dep_ not in ("prep", "mark") or prep.lower_ not in CLAUSE_MARKS:
        return None
    obj = next((c for c in children_of(prep) if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None or obj.right_edge.i + 1 >= len(prep.doc):
        return None
    verb = prep.doc[obj.right_edge.i + 1]
    if verb.tag_ not in FINITE or verb.pos_ != "VERB" or _deps(verb) & set(SUBJECTS):
        return None
    if prep.dep_ == "mark":  # "after separatist militants hijacked": the mark already the verb's
        return verb if prep.head.i == verb.i else None
    if verb.head.i != prep.head.i or verb.dep_ not in ("advcl", "conj") or _deps(verb) & {"cc", "mark"}:
        return None
    return verb


def _unprep_subject(prep: Token, verb: Token) -> None:
    """The preposition becomes the verb's mark, its object the verb's subject; the verb a clause of time."""
    obj = next(c for c in children_of(prep) if c.dep_ == "pobj")
    verb.dep_ = "advcl"
    prep.head, prep.dep_ = verb, "mark"
    obj.head, obj.dep_ = verb, "nsubj"


def prep_subjects(doc: Doc) -> int:
    """Mend "after the collapse of a roof killed 15 people" parsed with "collapse" the object of "after" and
    "killed" a clause with no subject; the number mended."""
    return _mend(doc, lowers_in(doc, CLAUSE_MARKS), _verb_after_prep,
                 _unprep_subject)


def _compound_gerund(head: Token) -> tuple[Token, Token] | None:
    """(noun, gerund) of "an ELN cell planning attacks" parsed as one noun phrase headed by "attacks" (a
    singular article on a plural head, an "-ing" word among its modifiers): "cell" the head, "planning" a
    participle describing it with "attacks" its object; None when the parse is right (conflict46)."""
    if head.tag_ != "NNS" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(head)):
        return None
    gerund = next((c for c in children_of(head) if c.dep_ == "compound" and c.lower_.endswith("ing")
                   and c.i == head.i - 1), None)
    noun = next((c for c in children_of(gerund) if c.dep_ == "compound" and c.tag_ in ("NN", "NNP")
                 and c.i == gerund.i - 1), None) if gerund is not None else None
    return (noun, gerund) if noun is not None else None


def _ungerund(head: Token, found: tuple[Token, Token]) -> None:
    """The noun takes the head's place with its article; the gerund describes it; the head is its object."""
    noun, gerund = found
    for det in [c for c in children_of(head) if c.i < noun.i]:
        det.head = noun
    noun.head = noun if head.dep_ == "ROOT" else head.head
    noun.dep_ = head.dep_
    gerund.head, gerund.dep_, gerund.tag_, gerund.pos_ = noun, "acl", "VBG", "VERB"
    head.head, head.dep_ = gerund, "dobj"


def compound_gerunds(doc: Doc) -> int:
    """Mend "dismantled an ELN cell planning attacks" parsed with "attacks" the object; the number mended."""
    nns = doc.vocab.strings["NNS"]
    return _mend(doc, tags_at(doc, column(doc, TAG), nns), _compound_gerund, _ungerund)


def _plural_object(word: Token) -> bool | None:
    """True for a plural noun the parse tagged a present-tense verb yet made an object ("Chinese troops
    conducted live-fire drills off the coast": "drills" an object, no verb with no subject; roles49)."""
    if word.dep_ not in ("dobj", "pobj") or word.head.pos_ not in ("VERB", "AUX", "ADP"):
        return None
    return None if any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "neg") for c in children_of(word)) else True


def _renoun(word: Token, _: bool) -> None:
    word.pos_, word.tag_ = "NOUN", "NNS"


def plural_objects(doc: Doc) -> int:
    """Mend a plural object noun tagged a present-tense verb ("conducted live-fire drills"); the number
    mended."""
    vbz = doc.vocab.strings["VBZ"]
    return _mend(doc, tags_at(doc, column(doc, TAG), vbz), _plural_object, _renoun)


def _comparative_noun(word: Token) -> bool | None:
    """True for a noun in "-er" the parse tagged a comparative yet made the head of a phrase with an article
    and a modifier before it ("fired on a Chinese squid trawler": "trawler" a noun, not "more trawl";
    words50)."""
    if word.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass") or not word.lower_.endswith("er"):
        return None
    kids = [c for c in children_of(word) if c.i < word.i]
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids):
        return None
    return True if any(c.dep_ in ("amod", "compound") for c in kids) else None


def _noun_again(word: Token, _: bool) -> None:
    """The word a noun; an "-ing" word right after it that the parse took for the verb's object (the noun it
    lacked: "a squid trawler fishing illegally") a participle describing it."""
    word.pos_, word.tag_, word.lemma_ = "NOUN", "NN", word.lower_
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    verb = word.head.head if word.dep_ == "pobj" else word.head
    if after is not None and after.lower_.endswith("ing") and after.dep_ == "dobj" and after.head.i == verb.i:
        after.head, after.dep_, after.tag_, after.pos_ = word, "acl", "VBG", "VERB"


def comparative_nouns(doc: Doc) -> int:
    """Mend a head noun in "-er" tagged a comparative adjective ("a Chinese squid trawler"); the number
    mended."""
    jjr = doc.vocab.strings["JJR"]
    return _mend(doc, tags_at(doc, column(doc, TAG), jjr), _comparative_noun, _noun_again)


def _articled_gerund(word: Token) -> bool | None:
    """True for an "-ing" word the parse made a clause of the verb yet that heads a phrase with an article and
    a noun before it ("raided a Jehovah's Witnesses meeting": "meeting" the verb's object, a noun, not the
    verb "meet"; faith-2)."""
    if word.dep_ not in ("advcl", "xcomp") or word.head.pos_ != "VERB" or word.i < 2:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "neg", "dobj", "prep") and c.i < word.i
           for c in children_of(word)) or any(c.dep_ == "dobj" for c in children_of(word.head)):
        return None
    left = word.doc[word.left_edge.i]
    if left.dep_ != "det" or left.lower_ not in ("a", "an", "the") or left.i >= word.i - 1:
        return None
    return True if word.doc[word.i - 1].dep_ == "compound" and word.doc[word.i - 1].head.i == word.i else None


def _gerund_object(word: Token, _: bool) -> None:
    """The word a noun, the object of the verb it hung on."""
    word.pos_, word.tag_, word.lemma_, word.dep_ = "NOUN", "NN", word.lower_, "dobj"


def articled_gerunds(doc: Doc) -> int:
    """Mend an "-ing" noun with an article and a noun before it parsed as a clause ("raided a Jehovah's
    Witnesses meeting"); the number mended."""
    vbg = doc.vocab.strings["VBG"]
    at = tags_at(doc, column(doc, TAG), vbg)
    return _mend(doc, at, _articled_gerund, _gerund_object)


def _timed_object(word: Token) -> Token | None:
    """The verb whose object the parse made a compound of a time after it ("dissolved parliament days after
    the vote": "parliament days" one phrase, the verb with no object; roles49), else None."""
    when = word.head
    if (word.dep_ != "compound" or word.pos_ != "NOUN" or word.ent_type_ or when.i != word.i + 1
            or when.dep_ != "npadvmod" or when.ent_type_ != "DATE" or when.head.pos_ != "VERB"):
        return None
    verb = when.head
    return None if any(c.dep_ in ("dobj", "nsubjpass") for c in children_of(verb)) else verb


def _unstick(word: Token, verb: Token) -> None:
    word.head, word.dep_ = verb, "dobj"


def timed_objects(doc: Doc) -> int:
    """Mend "dissolved parliament days after ..." parsed with the object a compound of "days"; the number
    mended."""
    return _mend(doc, dep_at(doc, "compound"), _timed_object, _unstick)


def _summed_name(sum_: Token) -> Token | None:
    """The name at the head of a sum that is a fining verb's object ("fined Google 2.4 billion euros":
    "Google" a modifier of "euros"; ``summed_objects`` in extract/data/readings.yaml), else None."""
    verb = sum_.head
    if (sum_.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lower_ not in readings()["summed_objects"]["forms"]
            or not any(c.dep_ == "nummod" for c in children_of(sum_))):
        return None
    name = sum_.doc[sum_.left_edge.i]
    return name if name.dep_ in ("nmod", "compound") and name.head == sum_ and name.pos_ == "PROPN" else None


def _unsum(sum_: Token, name: Token) -> None:
    """The name the verb's object, the sum how much; the name out of the sum's MONEY span, one of its own."""
    verb, doc = sum_.head, sum_.doc
    name.head, name.dep_ = verb, "dobj"
    sum_.dep_ = "npadvmod"
    ents = [e for e in doc.ents if not e.start <= name.i < e.end]
    money = next((e for e in doc.ents if e.start <= name.i < e.end), None)
    if money is not None and money.start == name.i and money.end > name.i + 1:
        ents.append(Span(doc, name.i + 1, money.end, label=money.label_))
    doc.ents = sorted([*ents, Span(doc, name.i, name.i + 1, label="ORG")], key=lambda e: e.start)


def summed_objects(doc: Doc) -> int:
    """Mend "fined Google 2.4 billion euros" parsed with the name a modifier of the sum; the number mended."""
    return _mend(doc, dep_at(doc, "dobj"), _summed_name, _unsum)


def _subset_object(among: Token) -> Token | None:
    """The noun the parse made the verb's object after "among them" ("Eight people died in the attack, among
    them the two attackers": "attackers" the object of "died"), told of the verb's subject; else None."""
    verb = among.head
    pron = next((c for c in children_of(among) if c.dep_ == "pobj"), None)
    if among.dep_ != "prep" or pron is None or pron.pos_ != "PRON" or verb.pos_ != "VERB":
        return None
    noun = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.left_edge.i == pron.i + 1), None)
    if noun is None or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < among.i for c in children_of(verb)):
        return None
    return noun


def _unobject(among: Token, noun: Token) -> None:
    """The noun and its "among them" told of the verb's subject, as the parse has it when right ("Ten
    people were killed, among them three children")."""
    subject = next(c for c in children_of(among.head) if c.dep_ in ("nsubj", "nsubjpass") and c.i < among.i)
    noun.head, noun.dep_ = subject, "appos"
    among.head = noun


def subset_objects(doc: Doc) -> int:
    """Mend "died in the attack, among them the two attackers" parsed with the attackers the verb's object;
    the number mended."""
    return _mend(doc, lower_at(doc, "among"), _subset_object, _unobject)


def _had_participle(part: Token, verbs: Collection[str]) -> Token | None:
    """The "had" before a past participle the parse read as an adjective of the next noun ("its soldiers had
    targeted civilians": "targeted" an adjective of "civilians"); None when the parse is right."""
    if part.dep_ != "amod" or part.tag_ != "VBN" or part.i == 0 or part.lemma_.lower() not in verbs:
        return None
    have = part.doc[part.i - 1]
    if have.lemma_.lower() != "have" or part.head.i != part.i + 1 or part.head.dep_ not in ("dobj", "pobj"):
        return None
    if not any(c.dep_ == "nsubj" for c in children_of(have)):
        return None
    return have if have.head.i == part.i or part.head.head.i == have.i else None


def _unadjective(part: Token, have: Token) -> None:
    """The participle becomes the clause's verb with "had" its auxiliary and the noun its object."""
    noun = part.head
    clause = noun if have.head.i == part.i else have  # the word that stood in the clause's place
    mark = clause.head if clause.head.lower_ == "that" and clause.head.i < have.i else None
    if mark is not None:  # "denied that its officers had targeted protesters": "that" the object
        part.head, part.dep_ = mark.head, "ccomp"
        mark.head, mark.dep_ = part, "mark"
    elif clause.head.i == clause.i:
        part.head, part.dep_ = part, "ROOT"
    else:
        part.head, part.dep_ = clause.head, "ccomp" if clause is noun else clause.dep_
    for child in [c for c in children_of(have) if c.i != part.i]:
        child.head = part
    have.head, have.dep_ = part, "aux"
    noun.head, noun.dep_ = part, "dobj"
    part.pos_ = "VERB"


def had_participles(doc: Doc, verbs: Collection[str]) -> int:
    """Mend "it denied that its soldiers had targeted civilians" parsed with "targeted" an adjective; the
    number mended."""
    tags, vbn, lemmas = column(doc, TAG), doc.vocab.strings["VBN"], lemmas_of(doc)
    # the tests of ``_had_participle`` on the columns first (a mend here changes no tag nor lemma): a
    # Token only for a participle after "have"
    at = [i for i in dep_at(doc, "amod") if i > 0 and tags[i] == vbn
          and lemmas[i - 1] == "have" and lemmas[i] in verbs]
    return _mend(doc, at, lambda part: _had_participle(part, verbs), _unadjective)


def _hyphen_subject(verb: Token) -> Token | None:
    """The first half of a hyphened verb ("lathi" of "lathi-charged") the parse made the verb's subject,
    with the real subject ("police") hung on it as a compound; None otherwise."""
    if verb.i < 2 or verb.pos_ != "VERB" or verb.doc[verb.i - 1].tag_ != "HYPH":
        return None
    half = verb.doc[verb.i - 2]
    if half.dep_ != "nsubj" or half.head.i != verb.i:
        return None
    return half if any(c.dep_ == "compound" and c.i == half.i - 1 for c in children_of(half)) else None


@cache
def _spaced_halves() -> frozenset[str]:
    """The first halves of a hyphened blow also written apart (``spaced_halves``)."""
    path = resources.files("chronica") / "data" / "described_blows.yaml"
    return frozenset(yamlio.safe_load(path.read_text("utf-8"))["spaced_halves"])


def _spaced_subject(verb: Token) -> Token | None:
    """The first half of a blow written apart ("lathi" of "Police lathi charged the protesters") that the
    parse made the verb's subject, with the real subject hung on it as a compound; None otherwise
    (leftovers61)."""
    if verb.i < 2 or verb.pos_ != "VERB":
        return None
    half = verb.doc[verb.i - 1]
    if half.lower_ not in _spaced_halves() or half.dep_ != "nsubj" or half.head.i != verb.i:
        return None
    return half if any(c.dep_ == "compound" and c.i == half.i - 1 for c in children_of(half)) else None


def _unhyphen(verb: Token, half: Token) -> None:
    """The compound before ``half`` becomes the verb's subject, with the words before it; ``half`` says
    how the act was done (npadvmod), as in "police baton-charged the crowd"."""
    subject = verb.doc[half.i - 1]
    for left in [c for c in children_of(half) if c.i < subject.i]:
        left.head = subject
    subject.head, subject.dep_ = verb, "nsubj"
    half.dep_ = "npadvmod"


def _hyphen_adjective(verb: Token) -> Token | None:
    """The noun a hyphened past verb was hung on as an adjective in a sentence with no verb ("Pakistani police
    baton-charged supporters of Imran Khan": "charged" an adjective of "supporters", the root), with the
    doer named before the first half ("police"); None otherwise (lead48d). The noun may hang on the doer
    made the root ("Vandals spray-painted swastikas on a synagogue": "swastikas" the object of "Vandals";
    faith-2)."""
    if verb.i < 3 or verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "amod":
        return None
    half, doer = verb.doc[verb.i - 2], verb.doc[verb.i - 3]
    if verb.doc[verb.i - 1].tag_ != "HYPH" or doer.pos_ not in ("NOUN", "PROPN") or not (
            half.pos_ == "NOUN" or half.pos_ == "VERB" and half.dep_ == "npadvmod"):
        return None
    if _root_doer(doer, verb.head):
        return verb.head if verb.head.i > verb.i else None
    if verb.head.dep_ != "ROOT" or half.pos_ != "NOUN":
        return None
    return verb.head if verb.head.i > verb.i and doer.head.i in (verb.head.i, half.i) else None


def _root_doer(doer: Token, obj: Token) -> bool:
    """Whether the parse made the doer of a hyphened verb the root with the verb's noun hung on it."""
    return doer.dep_ == "ROOT" and obj.head.i == doer.i and obj.dep_ in ("dobj", "appos")


def _unadjective_hyphened(verb: Token, obj: Token) -> None:
    """The verb becomes the root with the doer before its first half as subject and the noun as object."""
    doc = verb.doc
    half, doer = doc[verb.i - 2], doc[verb.i - 3]
    if _root_doer(doer, obj):  # "Vandals spray-painted ...": what followed the doer is the verb's
        for right in [c for c in children_of(doer) if c.i > doer.i and c.i != obj.i]:
            right.head = verb
    for left in [c for c in children_of(half) if c.i < doer.i]:  # "The police lathi-charged ..."
        left.head = doer
    verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
    for punct in [c for c in children_of(obj) if c.dep_ == "punct"]:
        punct.head = verb
    obj.head, obj.dep_ = verb, "dobj"
    doer.head, doer.dep_ = verb, "nsubj"
    half.head, half.dep_ = verb, "npadvmod"


def _hyphen_passive(verb: Token) -> Token | None:
    """The "be" of a passive hyphened verb the parse made the root with the first half its attribute and the
    verb a clause of it ("The protesters were lathi-charged by police"); None otherwise (asia-4)."""
    if verb.i < 3 or verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.doc[verb.i - 1].tag_ != "HYPH":
        return None
    half, be = verb.doc[verb.i - 2], verb.doc[verb.i - 3]
    if verb.head.i != half.i or half.dep_ != "attr" or half.head.i != be.i or be.lemma_ != "be":
        return None
    return be if any(c.dep_ == "agent" for c in children_of(verb)) else None


def _unattribute_hyphened(verb: Token, be: Token) -> None:
    """The verb takes the place of "be", which becomes its passive auxiliary; the first half (the noun the
    parse hung the verb on) says how."""
    half = verb.head
    rooted = be.head.i == be.i
    verb.head, verb.dep_, verb.pos_ = (verb, "ROOT", "VERB") if rooted else (be.head, be.dep_, "VERB")
    for child in [c for c in children_of(be) if c.i != half.i]:
        child.head = verb
        if child.dep_ == "nsubj":
            child.dep_ = "nsubjpass"
    for child in [c for c in children_of(half) if c.i != verb.i]:
        child.head = verb
    be.head, be.dep_ = verb, "auxpass"
    half.head, half.dep_ = verb, "npadvmod"


def _spaced_passive(verb: Token) -> Token | None:
    """The "be" of a passive blow written apart that the parse made the root with the first half its attribute
    ("The protesters were lathi charged by police"), as :func:`_hyphen_passive` reads "lathi-charged"."""
    if verb.i < 2 or verb.tag_ != "VBN" or verb.dep_ != "acl":
        return None
    half, be = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if half.lower_ not in _spaced_halves() or verb.head.i != half.i or half.dep_ != "attr" or (
            half.head.i != be.i or be.lemma_ != "be"):
        return None
    return be if any(c.dep_ == "agent" for c in children_of(verb)) else None


def _hyphen_half_verb(verb: Token) -> Token | None:
    """The first half of a passive hyphened verb the parse tagged a participle of its own ("were
    cane-charged by police": "cane" a VBN hung on "charged"); None otherwise (asia-4)."""
    if verb.i < 2 or verb.tag_ != "VBN" or verb.doc[verb.i - 1].tag_ != "HYPH":
        return None
    half = verb.doc[verb.i - 2]
    if half.head.i != verb.i or half.dep_ != "dep" or half.tag_ not in ("VBN", "VBD"):
        return None
    return half if any(c.dep_ == "auxpass" for c in children_of(verb)) else None


def _unverb_half(verb: Token, half: Token) -> None:
    """The first half becomes the noun that says how it was done (npadvmod), as in "were baton-charged"."""
    half.dep_, half.pos_, half.tag_, half.lemma_ = "npadvmod", "NOUN", "NN", half.lower_


def _hyphen_doer_modifier(verb: Token) -> Token | None:
    """The doer of a hyphened verb with no subject the parse hung on the verb as a modifier, with the first
    half an adverbial ("A monk self-immolated in Ngaba": "monk" an adjective of "immolated"); None
    otherwise (junta56)."""
    if verb.i < 3 or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
        return None
    half, doer = verb.doc[verb.i - 2], verb.doc[verb.i - 3]
    if verb.doc[verb.i - 1].tag_ != "HYPH":
        return None
    if half.head.i != verb.i or half.dep_ != "npadvmod" or doer.head.i != verb.i or doer.dep_ != "amod":
        return None
    return None if any(c.dep_ in SUBJECTS for c in children_of(verb)) else doer


def _subject_doer(verb: Token, doer: Token) -> None:
    """The modifier becomes the verb's subject, a noun, with the words the parse hung on the verb before
    it."""
    for left in [c for c in children_of(verb) if c.i < doer.i]:
        left.head = doer
    doer.dep_ = "nsubj"
    if doer.pos_ == "ADJ":
        doer.pos_, doer.tag_ = "NOUN", "NN"


def _self_verb_adjective(verb: Token) -> Token | None:
    """The doer a "self-" verb was hung on as an adjective, the doer made the root ("Two Tibetan teenagers
    self-immolated in Aba": "immolated" describing the teenagers); None otherwise (junta56)."""
    if verb.i < 3 or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "amod":
        return None
    half, doer = verb.doc[verb.i - 2], verb.head
    if verb.doc[verb.i - 1].tag_ != "HYPH" or half.lower_ != "self" or half.head.i != verb.i:
        return None
    return doer if doer.dep_ == "ROOT" and doer.i == verb.i - 3 and doer.pos_ in ("NOUN", "PROPN") else None


def _root_self_verb(verb: Token, doer: Token) -> None:
    """The verb becomes the root with the doer its subject and the words after the verb its own."""
    for right in [c for c in children_of(doer) if c.i > verb.i]:
        right.head = verb
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    doer.head, doer.dep_ = verb, "nsubj"


def _self_adjective_root(verb: Token) -> Token | None:
    """The doer of a "self-" verb the parse made an adjective, the root, with the doer hung on it as a
    modifier and nothing after it ("A Buddhist monk self-immolated.": "immolated" an adjective); None
    otherwise (events57)."""
    if verb.i < 3 or verb.tag_ != "JJ" or verb.dep_ != "ROOT" or not verb.lower_.endswith("ed"):
        return None
    half, doer = verb.doc[verb.i - 2], verb.doc[verb.i - 3]
    if verb.doc[verb.i - 1].tag_ != "HYPH" or half.lower_ != "self" or half.head.i != verb.i:
        return None
    if doer.head.i != verb.i or doer.dep_ not in ("compound", "amod", "nmod") or (
            doer.tag_ not in ("NN", "NNS")):
        return None
    return None if any(c.dep_ in SUBJECTS for c in children_of(verb)) else doer


def _verb_self_adjective(verb: Token, doer: Token) -> None:
    """The adjective becomes a past verb with the doer its subject."""
    _subject_doer(verb, doer)
    verb.pos_, verb.tag_ = "VERB", "VBD"


def hyphened_verbs(doc: Doc) -> int:
    """Mend "Police lathi-charged the farmers" (or "lathi charged") parsed with "lathi" the subject,
    "Pakistani police baton-charged supporters" parsed with no verb, the passives "were lathi-charged by
    police" parsed with "were" the verb or "cane" a participle, and "a monk self-immolated" with the monk no
    subject; the number mended."""
    hyph = doc.vocab.strings["HYPH"]
    at = [k + 1 for k in tags_at(doc, column(doc, TAG), hyph) if k + 1 < len(doc)]
    mended = _mend(doc, at, _hyphen_subject, _unhyphen)
    spaced = sorted(k + 1 for w in _spaced_halves() for k in lower_at(doc, w) if k + 1 < len(doc))
    mended += _mend(doc, spaced, _spaced_subject, _unhyphen)  # "Police lathi charged the protesters"
    mended += _mend(doc, spaced, _spaced_passive, _unattribute_hyphened)  # "were lathi charged by police"
    mended += _mend(doc, at, _hyphen_passive, _unattribute_hyphened)
    mended += _mend(doc, at, _hyphen_half_verb, _unverb_half)
    mended += _mend(doc, at, _hyphen_doer_modifier, _subject_doer)
    mended += _mend(doc, at, _self_verb_adjective, _root_self_verb)
    mended += _mend(doc, at, _self_adjective_root, _verb_self_adjective)
    return mended + _mend(doc, at, _hyphen_adjective, _unadjective_hyphened)


@cache
def _talk_words() -> dict[str, frozenset[str]]:
    """The nouns talks are about and the verbs talks do, of ``topic_talks`` (data/topic_talks.yaml)."""
    data = yamlio.safe_load((resources.files("chronica") / "data" / "topic_talks.yaml").read_text("utf-8"))
    return {key: frozenset(data[key]) for key in ("topics", "verbs", "named")}


def _topic_as_subject(talks: Token) -> Token | None:
    """The noun before "talks" that names their topic ("ceasefire"), when the parse made "talks" a verb with
    that noun its subject ("Ceasefire talks between Israel and Hamas resumed"); None otherwise."""
    if talks.tag_ != "VBZ" or talks.i == 0:
        return None
    topic = talks.doc[talks.i - 1]
    if topic.head.i != talks.i or topic.lemma_.lower() not in _talk_words()["topics"]:
        return None
    return topic if topic.dep_ in ("nsubj", "compound", "amod") else None


def _talks_noun(talks: Token, topic: Token) -> None:
    """"talks" becomes the noun it is with the topic its compound; where it was the root, a base-form verb
    the parse made its object ("talks resume") becomes the verb with "talks" its subject."""
    verb = next((c for c in children_of(talks) if c.i == talks.i + 1 and c.lower_ in _talk_words()["verbs"]
                 and c.dep_ in ("dobj", "npadvmod", "attr")), None)
    if talks.dep_ == "ROOT" and verb is not None:
        for child in [c for c in children_of(talks) if c.i > verb.i]:
            child.head = verb
        verb.head, verb.dep_, verb.pos_, verb.tag_, verb.lemma_ = verb, "ROOT", "VERB", "VBP", verb.lower_
        talks.head, talks.dep_ = verb, "nsubj"
    topic.dep_ = "compound"
    talks.pos_, talks.tag_, talks.lemma_ = "NOUN", "NNS", "talk"


def _named_talks_object(talks: Token) -> Token | None:
    """The noun after "talks" that the talks name ("invitation" of "rejects Geneva talks invitation"), when
    the parse made "talks" a verb with a place its subject and that noun its object; None otherwise."""
    if talks.tag_ != "VBZ" or talks.i == 0 or talks.i + 1 >= len(talks.doc):
        return None
    place, noun = talks.doc[talks.i - 1], talks.doc[talks.i + 1]
    placed = place.head.i == talks.i and place.dep_ == "nsubj" or (  # "rejected the Geneva talks invitation"
        place.head.i == talks.head.i and place.dep_ == "dobj" and talks.dep_ == "ccomp")
    if not placed or place.ent_type_ != "GPE" or noun.head.i != talks.i:
        return None
    return noun if noun.dep_ == "dobj" and noun.lemma_.lower() in _talk_words()["named"] else None


def _talks_modifier(talks: Token, noun: Token) -> None:
    """"talks" becomes a compound of the noun after it, which takes its place; the place a compound of
    "talks"."""
    for child in [c for c in children_of(talks) if c.i != noun.i and c.i > talks.i]:
        child.head = noun
    place = talks.doc[talks.i - 1]
    for child in [c for c in children_of(place) if c.dep_ == "det"]:
        child.head = noun  # "the Geneva talks invitation": the invitation's article
    noun.head, noun.dep_ = (noun, "ROOT") if talks.dep_ == "ROOT" else (
        talks.head, "dobj" if talks.dep_ == "ccomp" else talks.dep_)
    place.head, place.dep_ = talks, "compound"
    talks.head, talks.dep_ = noun, "compound"
    talks.pos_, talks.tag_, talks.lemma_ = "NOUN", "NNS", "talk"


def topic_talks(doc: Doc) -> int:
    """Mend "Ceasefire talks ... resumed", "Gaza ceasefire talks resume" and "rejects Geneva talks
    invitation" parsed with "talks" a verb; the number mended."""
    at = lower_at(doc, "talks")
    mended = _mend(doc, at, _topic_as_subject, _talks_noun)
    return mended + _mend(doc, at, _named_talks_object, _talks_modifier)


VERB_TAGS = frozenset({"VB", "VBD", "VBN", "VBG", "VBZ", "VBP"})
# Group names written as capitals the small model reads as a verb: "IS militants attacked a checkpoint"
# parsed with "IS" the passive auxiliary of "attacked" (vac30b).
CAPITAL_NAMES = frozenset({"IS"})


def _name_as_aux(name: Token) -> Token | None:
    """The noun "IS" names ("militants" of "IS militants attacked"), when the parse made the capitals an
    auxiliary of the verb whose subject that noun is; None otherwise."""
    doc = name.doc
    if name.text not in CAPITAL_NAMES or name.dep_ not in ("aux", "auxpass") or name.i + 1 >= len(doc):
        return None
    noun = doc[name.i + 1]
    ok = noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == name.head.i
    return noun if ok and name.head.i > noun.i else None


def _name_noun(name: Token, noun: Token) -> None:
    """The capitals name the noun (a compound); a passive subject becomes the verb's doer."""
    name.head, name.dep_, name.pos_, name.tag_, name.lemma_ = noun, "compound", "PROPN", "NNP", name.text
    noun.dep_ = "nsubj"


def capital_names(doc: Doc) -> int:
    """Mend "IS militants attacked ..." parsed with "IS" an auxiliary, "forces killed 3 IS militants"
    parsed with "IS" the verb, and "IGAD condemned the attack" with "IGAD" an auxiliary; the number mended."""
    at = lower_at(doc, "is")
    acronyms = [k for k in deps_between(doc, ACRONYM_MISREADS, 0, len(doc)) if _capitals(doc[k])]
    return (_mend(doc, at, _name_as_aux, _name_noun) + _mend(doc, at, _name_as_verb, _unverb_name)
            + _mend(doc, acronyms, _acronym_as_aux, _acronym_subject)
            + _mend(doc, acronyms, _acronym_as_modifier, _acronym_clause))


AUXILIARY_LEMMAS = frozenset({"be", "have", "do", "get", "being", "having", "doing", "getting"})


def _gerund_as_aux(gerund: Token) -> Token | None:
    """The finite verb a sentence-opening "-ing" noun is the subject of ("Shelling hit Donetsk",
    "Heavy fighting continued"), when the parse made that noun the verb's auxiliary; None otherwise."""
    verb = gerund.head
    if gerund.dep_ != "aux" or {gerund.lower_, gerund.lemma_.lower()} & AUXILIARY_LEMMAS:
        return None
    if not opens_sentence(gerund) or not gerund.text[:1].isupper() or verb.i != gerund.i + 1:
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or _deps(verb) & set(SUBJECTS):
        return None
    return verb


def _gerund_subject(gerund: Token, verb: Token) -> None:
    """The "-ing" word is a noun, the verb's subject."""
    gerund.dep_, gerund.pos_, gerund.tag_, gerund.lemma_ = "nsubj", "NOUN", "NN", gerund.lower_


def gerund_nouns(doc: Doc) -> int:
    """Mend "Shelling hit Donetsk on Monday" parsed with "Shelling" an auxiliary of "hit" and the verb
    left with no subject; the number mended."""
    vbg = doc.vocab.strings["VBG"]
    at = tags_at(doc, column(doc, TAG), vbg)
    return _mend(doc, at, _gerund_as_aux, _gerund_subject)


def _gerund_after_adjective(gerund: Token) -> Token | None:
    """The finite verb an "-ing" noun after a nationality is the subject of ("Ukrainian shelling killed"),
    when the parse made the nationality the verb's subject and the noun its adverb, or left the noun a verb
    ("Syrian shelling killed", "shelling" a VBG subject); None otherwise."""
    verb, doc = gerund.head, gerund.doc
    if gerund.i == 0 or verb.i != gerund.i + 1 or verb.pos_ != "VERB" or verb.tag_ not in FINITE:
        return None
    before = doc[gerund.i - 1]
    if before.pos_ not in ("ADJ", "PROPN") or before.ent_type_ not in ("NORP", "GPE"):
        return None
    if gerund.dep_ in ("advmod", "npadvmod", "amod") and before.dep_ == "nsubj" and before.head.i == verb.i:
        return verb  # "Ukrainian shelling killed": "Ukrainian" the subject
    if gerund.dep_ == "nsubj" and gerund.pos_ == "VERB" and before.dep_ == "amod" and (
            before.head.i == gerund.i):
        return verb  # "Syrian shelling killed": "shelling" a verb
    return None


def _adjective_gerund_subject(gerund: Token, verb: Token) -> None:
    """The "-ing" word is a noun, the verb's subject; the nationality describes it."""
    before = gerund.doc[gerund.i - 1]
    _gerund_subject(gerund, verb)
    before.head, before.dep_ = gerund, "amod"


def _figure_on_demonym(figure: Token) -> Token | None:
    """The noun a figure counts, when the parse hung the figure on the nationality right after it ("Two
    Azerbaijani soldiers": "Two" a compound of "Azerbaijani", itself a modifier of "soldiers"); None
    otherwise."""
    demonym = figure.head
    if figure.tag_ != "CD" or figure.dep_ != "compound" or demonym.i != figure.i + 1:
        return None
    if demonym.ent_type_ not in ("NORP", "GPE") and not demonym_word(demonym):
        return None
    noun = demonym.head
    if demonym.dep_ not in ("compound", "amod") or noun.pos_ != "NOUN" or noun.i <= demonym.i:
        return None
    return noun if noun.tag_ == "NNS" else None


def _count_noun(figure: Token, noun: Token) -> None:
    """The figure counts the noun."""
    figure.head, figure.dep_ = noun, "nummod"


def counted_demonyms(doc: Doc) -> int:
    """Mend "Two Azerbaijani soldiers were killed" parsed with "Two" a compound of "Azerbaijani", which
    leaves the soldiers uncounted; the number mended (shelling55)."""
    return _mend(doc, dep_at(doc, "compound"), _figure_on_demonym, _count_noun)


# the states a verb of leaving leaves people in that the counts read ("leaving 40 injured"; crowds56)
LEFT_STATES = frozenset({"dead", "injured", "wounded", "hurt"})


def _stranded_state(leave: Token) -> tuple[Token, Token] | None:
    """The people a verb of leaving leaves and the state the parse hung elsewhere ("leaving 40 injured": the
    figure a modifier of the participle; "leaving twelve others wounded": the participle a clause of the main
    verb); None when the parse is right."""
    if leave.pos_ != "VERB" or leave.lemma_.lower() != "leave":
        return None
    kids = children_of(leave)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if obj is None:
        state = next((c for c in kids if c.dep_ in ("ccomp", "xcomp", "advcl") and c.i > leave.i
                      and c.lower_ in LEFT_STATES), None)
        figure = None if state is None else next(
            (c for c in children_of(state) if c.dep_ == "nummod" and c.i < state.i), None)
        return None if figure is None or state is None else (figure, state)
    end = obj.right_edge.i + 1
    if end >= len(leave.doc):
        return None
    state = leave.doc[end]
    if (state.lower_ not in LEFT_STATES or state.head.i in (leave.i, obj.i)
            or state.dep_ not in ("advcl", "conj", "ccomp", "xcomp")):
        return None
    return obj, state


def _leave_in_state(leave: Token, found: tuple[Token, Token]) -> None:
    """The people are what the verb leaves; the state is the one it leaves them in."""
    people, state = found
    people.head, people.dep_ = leave, "dobj"
    state.head, state.dep_ = leave, "oprd"


LEFT_LIST_WORDS = frozenset({"NUM", "NOUN", "ADJ", "DET", "PUNCT"})  # the words of the first people and state


def _figure_run(doc: Doc, k: int) -> int:
    """The end of the figure that starts at ``k`` ("30", "twenty - three"), or ``k`` when none does."""
    end = k
    while end < len(doc) and (doc[end].like_num or doc[end].text == "-" and end > k):
        end += 1
    return end


def _second_left(leave: Token) -> tuple[Token, Token, Token] | None:
    """The second people a verb of leaving leaves in a list of two states ("leaving two soldiers dead and
    three others wounded", "left 14 dead and 30 injured") and the participle of their state, which the parse
    hangs elsewhere: (the second figure, the people it counts or the figure again, their state); None when
    the parse is right."""
    if leave.pos_ != "VERB" or leave.lemma_.lower() != "leave":
        return None
    doc = leave.doc
    k = leave.i + 1
    while (k < leave.i + 7 and k < len(doc) and doc[k].pos_ in LEFT_LIST_WORDS
           and doc[k].lower_ not in (",", "and")):
        k += 1
    if k >= len(doc) - 2 or doc[k].lower_ != "and" or doc[k - 1].lower_ not in LEFT_STATES:
        return None
    end = _figure_run(doc, k + 1)
    if end == k + 1 or end + 1 >= len(doc):
        return None
    figure = next((t for t in doc[k + 1:end] if not k + 1 <= t.head.i < end), doc[end - 1])
    people = doc[end] if doc[end].pos_ == "NOUN" else figure  # "three others wounded", "30 injured"
    state = doc[end + 1] if people is not figure else doc[end]
    if state.lower_ not in LEFT_STATES or state.lower_ == "dead":
        return None
    if (people.head.i == state.i and people.dep_ in ("nsubj", "nsubjpass") and state.head.i == leave.i
            and state.tag_ == "VBN"):
        return None
    return figure, people, state


def _leave_second(leave: Token, found: tuple[Token, Token, Token]) -> None:
    """The second people are the subject of their state's participle, joined to the verb of leaving, as "left
    one person dead and 12 wounded" is parsed; a figure before the people counts them."""
    figure, people, state = found
    if people is not figure:
        figure.head, figure.dep_ = people, "nummod"
    state.head, state.dep_, state.tag_ = leave, "conj", "VBN"
    people.head, people.dep_ = state, "nsubj"


def left_states(doc: Doc) -> int:
    """Mend "killed six people, leaving 40 injured" parsed with "40" a modifier of "injured", and "leaving
    twelve others wounded" parsed with "wounded" a clause of "killed" (crowds56); and the second of two states
    ("leaving two soldiers dead and three others wounded"; casualty61); the number mended."""
    at = lemma_at(doc, "leave")
    return _mend(doc, at, _stranded_state, _leave_in_state) + _mend(doc, at, _second_left, _leave_second)


# what the parse makes an "-ing" noun after a nationality that is the object of "in" or "by" ("killed in
# Armenian shelling": "Armenian" the object, "shelling" a clause or an object of the verb; shelling55)
GERUND_OBJECT_MISREADS = frozenset({"advcl", "dobj", "npadvmod", "xcomp", "ccomp", "conj", "acl"})


@cache
def _blow_gerunds() -> frozenset[str]:
    """The "-ing" nouns of blows a nationality may describe (data/described_blows.yaml)."""
    path = resources.files("chronica") / "data" / "described_blows.yaml"
    data = yamlio.safe_load(path.read_text("utf-8"))
    return frozenset(data["gerunds"])


@cache
def _blow_doers() -> frozenset[str]:
    """The nouns of armed doers that may describe an "-ing" blow as a nationality does
    (data/described_blows.yaml)."""
    path = resources.files("chronica") / "data" / "described_blows.yaml"
    data = yamlio.safe_load(path.read_text("utf-8"))
    return frozenset(data["doers"])


def _gerund_after_object(gerund: Token) -> Token | None:
    """The preposition whose object an "-ing" noun after a nationality is ("were killed in Armenian
    shelling"), when the parse made the nationality that object and the noun a clause or object of the
    preposition's verb; None otherwise."""
    if gerund.i == 0 or gerund.lower_ not in _blow_gerunds() or gerund.tag_ not in ("VBG", "NN"):
        return None
    before = gerund.doc[gerund.i - 1]
    prep = before.head
    clause = gerund.dep_ == "pcomp" and before.dep_ == "nsubj" and before.head.i == gerund.i
    doer = before.lemma_.lower() in _blow_doers() and before.pos_ == "NOUN"
    if clause:  # "in Tajik shelling" parsed as a clause: "Tajik" the subject of "shelling"
        prep = gerund.head
    elif doer and before.dep_ == "pobj" and gerund.dep_ == "acl" and gerund.head.i == before.i:
        # "were killed in police firing": "firing" a clause describing "police" (southasia-3)
        if any(c.dep_ in ("dobj", *SUBJECTS) for c in children_of(gerund)):
            return None  # "in police firing tear gas"
    elif doer and before.dep_ == "compound" and before.head.i == gerund.i and gerund.dep_ == "pobj":
        prep = gerund.head  # "were injured in army firing": the noun tagged a verb's "-ing" form
    elif before.dep_ != "pobj" or gerund.dep_ not in GERUND_OBJECT_MISREADS or gerund.head.i != prep.head.i:
        return None
    if not doer and (before.pos_ not in ("ADJ", "PROPN") or (
            before.ent_type_ not in ("NORP", "GPE") and not demonym_word(before))):
        return None
    return prep if prep.dep_ in ("prep", "agent") and prep.i == before.i - 1 else None


def _adjective_gerund_object(gerund: Token, prep: Token) -> None:
    """The "-ing" word is a noun, the preposition's object; the nationality describes it."""
    before = gerund.doc[gerund.i - 1]
    gerund.head, gerund.dep_, gerund.pos_, gerund.tag_ = prep, "pobj", "NOUN", "NN"
    gerund.lemma_ = gerund.lower_
    before.head, before.dep_ = gerund, "compound" if before.pos_ == "NOUN" else "amod"


def described_gerunds(doc: Doc) -> int:
    """Mend "Ukrainian shelling killed four people" parsed with "Ukrainian" the subject of "killed" and
    "shelling" its adverb, or "shelling" a verb, and "were killed in Armenian shelling" parsed with
    "Armenian" the object of "in"; the number mended."""
    vbg = doc.vocab.strings["VBG"]
    at = tags_at(doc, column(doc, TAG), vbg)
    mended = _mend(doc, at, _gerund_after_adjective, _adjective_gerund_subject)
    objects = sorted({k + 1 for k in [*dep_at(doc, "pobj"), *dep_at(doc, "nsubj")] if k + 1 < len(doc)}
                     | {k for k in dep_at(doc, "pobj") if k in at})  # "in army firing": the "-ing" the object
    return mended + _mend(doc, objects, _gerund_after_object, _adjective_gerund_object)


# what the parse makes a name in capitals before its verb: "IGAD condemned" (aux), "USAID halted funding"
# (advmod: the tagger reads "USAID" as an adverb), "UNHCR suspended operations" (npadvmod), "USAID suspended
# aid to Ethiopia" (amod: verb and name both made modifiers of the object, the root; lead49)
ACRONYM_MISREADS = frozenset({"aux", "auxpass", "advmod", "npadvmod", "amod"})


def _acronym_as_modifier(name: Token) -> Token | None:
    """The past verb the parse made, with a name in capitals before it, a modifier of the verb's object
    ("USAID suspended aid to Ethiopia": "aid" the root); None otherwise."""
    doc = name.doc
    if name.dep_ != "amod" or name.i + 2 >= len(doc):
        return None
    verb, noun = doc[name.i + 1], name.head
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "amod" or verb.head.i != noun.i or (
            noun.i != verb.i + 1):
        return None
    return verb if noun.pos_ == "NOUN" and noun.dep_ == "ROOT" else None


def _acronym_clause(name: Token, verb: Token) -> None:
    """The verb becomes the root, the name its subject and the noun its object."""
    noun = name.head
    verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
    for child in children_of(noun):
        if child.i > noun.i and child.dep_ in ("punct", "advcl", "conj", "cc"):
            child.head = verb
    noun.head, noun.dep_ = verb, "dobj"
    name.head, name.dep_, name.pos_, name.tag_, name.lemma_ = verb, "nsubj", "PROPN", "NNP", name.text


# the kinds of names a misread adverb before a verb can be: its doer ("Nauru condemned the attack")
DOER_ENTS = frozenset({"GPE", "ORG", "PERSON", "NORP", "LOC"})


def _name_as_adverb(name: Token) -> Token | None:
    """The verb whose subject a name is, when the parse made the name an adverb of the verb right after it,
    which has no subject ("Nauru condemned the attack": "Nauru" advmod of "condemned"); None otherwise."""
    verb = name.head
    if name.pos_ != "PROPN" or name.ent_type_ not in DOER_ENTS or verb.i != name.i + 1 or (
            verb.tag_ not in ("VBD", "VBZ", "VBP")):
        return None
    return None if _deps(verb) & set(SUBJECTS) else verb


def _adverb_subject(name: Token, verb: Token) -> None:
    """The name becomes the verb's subject."""
    name.dep_ = "nsubj"


def adverb_names(doc: Doc) -> int:
    """Mend "Nauru cut diplomatic ties with Taiwan" parsed with "Nauru" an adverb of "cut"; the number
    mended."""
    at = sorted(dep_at(doc, "advmod") + dep_at(doc, "npadvmod"))
    return _mend(doc, at, _name_as_adverb, _adverb_subject)


def _dative_describer(noun: Token) -> Token | None:
    """The organisation a common noun describes, when the parse made the noun the verb's indirect object and
    the name right after it the direct one ("accused the opposition People's National Congress Reform of
    ...": "opposition" dative, "Reform" dobj); None otherwise."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or noun.i + 1 >= len(doc) or doc[noun.i + 1].ent_iob_ != "B":
        return None
    name = next((c for c in children_of(noun.head) if c.dep_ == "dobj" and c.i > noun.i), None)
    if name is None or name.ent_type_ != "ORG" or name.left_edge.i != noun.i + 1:
        return None
    return name if all(doc[k].ent_iob_ == "I" for k in range(noun.i + 2, name.i + 1)) else None


def _describe(noun: Token, name: Token) -> None:
    """The noun describes the organisation; its determiner too."""
    for child in children_of(noun):
        if child.dep_ == "det":
            child.head = name
    noun.head, noun.dep_ = name, "compound"


def dative_describers(doc: Doc) -> int:
    """Mend "accused the opposition People's National Congress Reform of ..." parsed with two objects; the
    number mended."""
    at = dep_at(doc, "dative")
    return _mend(doc, at, _dative_describer, _describe)


def _acronym_as_aux(name: Token) -> Token | None:
    """The verb whose subject a name in capitals is, when the parse made the name its auxiliary with no
    subject ("IGAD condemned the attack": "IGAD" VB, aux of "condemned"); None otherwise."""
    verb = name.head
    if name.text in CAPITAL_NAMES or verb.i != name.i + 1 or verb.tag_ not in ("VBD", "VBN") or (
            name.dep_ == "amod") or verb.dep_ in ("amod", "acl", "compound"):
        return None  # not "the CJNG traded gunfire" parsed as a participle describing the gunfire
    return None if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)) else verb


def _acronym_subject(name: Token, verb: Token) -> None:
    """The name becomes the verb's subject, the verb a past one."""
    name.dep_, name.pos_, name.tag_, name.lemma_ = "nsubj", "PROPN", "NNP", name.text
    verb.tag_ = "VBD"


def _name_as_verb(name: Token) -> tuple[Token, Token] | None:
    """The noun "IS" names and the verb that acts on it, when the parse made the capitals a verb ("Iraqi
    forces killed 3 IS militants": "IS" the root or a conjunct, "militants" its attribute); None otherwise."""
    doc = name.doc
    if name.text not in CAPITAL_NAMES or name.tag_ not in VERB_TAGS or name.i == 0:
        return None
    noun = next((c for c in children_of(name) if c.i > name.i and c.dep_ in ("attr", "dobj", "nsubj")
                 and c.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or any(doc[k].head.i != noun.i for k in range(name.i + 1, noun.i)):
        return None  # "IS suicide bombers": only the noun's own modifiers between
    verb = next((doc[k] for k in range(name.i - 1, max(name.i - 4, -1), -1) if doc[k].pos_ == "VERB"), None)
    between = range(verb.i + 1, name.i) if verb is not None else range(0)
    if verb is None or any(doc[k].head.i != verb.i or doc[k].dep_ != "dobj" for k in between):
        return None  # "killed 3 IS militants": only the verb's misread object between
    return None if noun.is_ancestor(verb) else (noun, verb)


def _unverb_name(name: Token, found: tuple[Token, Token]) -> None:
    """The noun becomes the verb's object and the capitals name it; what the parse made the verb's object
    before the capitals ("3") counts the noun; a verb the parse hung under the capitals takes their place."""
    noun, verb = found
    for child in children_of(verb):
        if child.dep_ == "dobj" and verb.i < child.i < name.i:
            child.head, child.dep_ = noun, "nummod" if child.tag_ == "CD" else "det"
    if name.is_ancestor(verb):  # "companies backed by the service ambushed IS militants": the verb the root
        verb.head = verb if name.dep_ == "ROOT" else name.head
        verb.dep_ = name.dep_
    for child in children_of(name):
        if child.i not in (noun.i, verb.i):
            child.head = verb
    noun.head, noun.dep_ = verb, "dobj"
    name.head, name.dep_, name.pos_, name.tag_, name.lemma_ = noun, "compound", "PROPN", "NNP", name.text


def _prefixed(hyph: Token, verbs: Collection[str]) -> tuple[Token, Token] | None:
    """The prefix and the verb of "re-took", when the prefixed lemma ("retake") is a lexicon verb."""
    doc = hyph.doc
    if hyph.i == 0 or hyph.i + 1 >= len(doc) or hyph.text != "-":
        return None
    prefix, verb = doc[hyph.i - 1], doc[hyph.i + 1]
    if prefix.lower_ not in readings()["verb_prefixes"]["prefixes"] or verb.tag_ not in VERB_TAGS:
        return None
    if prefix.whitespace_ or hyph.whitespace_:
        return None
    known = prefix.lower_ + verb.lemma_.lower() in verbs
    if not known and prefix.lower_ not in readings()["verb_prefixes"]["any"]:
        return None
    return prefix, verb


def _join(prefix: Token, hyph: Token, verb: Token) -> None:
    """``verb`` takes the place the parse gave the prefix, with the prefixed lemma; the prefix and the
    hyphen hang on it."""
    parts = (prefix.i, hyph.i, verb.i)
    if not (verb.is_ancestor(prefix) and verb.is_ancestor(hyph)):
        top = prefix
        while top.head.i in parts[:2] and top.head.i != top.i:  # the one of the two hung outside them
            top = top.head
        root = top.head.i == top.i
        head, dep = top.head, top.dep_
        for child in [c for t in (prefix, hyph) for c in children_of(t) if c.i not in parts]:
            child.head = verb
            if child.dep_ == "compound" and child.i == prefix.i - 1 and child.pos_ in ("NOUN", "PROPN"):
                child.dep_ = "nsubj"  # "Liu Xiaobo co-wrote Charter 08": the name the prefix's compound
        verb.head, verb.dep_ = (verb, "ROOT") if root else (head, dep)
    prefix.head, prefix.dep_, prefix.pos_, prefix.tag_ = verb, "advmod", "ADV", "RB"
    hyph.head, hyph.dep_, hyph.pos_, hyph.tag_ = verb, "punct", "PUNCT", "HYPH"
    verb.lemma_ = prefix.lower_ + verb.lemma_.lower()


def prefixed_verbs(doc: Doc, verbs: Collection[str]) -> int:
    """Mend "re-took", "re-captured" parsed with the prefix as the verb, and a joined verb the parse read as
    an adjective or a passive ("Soldiers ill-treated prisoners"); the number mended."""
    prefixes = readings()["verb_prefixes"]["prefixes"]
    at = [k + 1 for k in lowers_in(doc, prefixes) if k + 2 < len(doc)]
    mended = _mend(doc, at, lambda hyph: _prefixed(hyph, verbs),
                   lambda hyph, found: _join(found[0], hyph, found[1]))
    joined = [k + 1 for k in at if _joined(doc[k + 1], prefixes)]
    mended += _mend(doc, joined, _prefixed_adjective, _unadjective_prefixed)
    mended += _mend(doc, joined, _prefixed_active, _activate)
    return mended + _mend(doc, joined, _prefixed_be, _unattribute_prefixed)


def _joined(verb: Token, prefixes: Collection[str]) -> bool:
    """Whether ``verb`` is a past verb ``_join`` gave its hyphened prefix ("ill-treated": "illtreat")."""
    prefix = verb.doc[verb.i - 2]
    return (verb.tag_ in ("VBD", "VBN") and prefix.lower_ in prefixes and prefix.head.i == verb.i
            and verb.lemma_.lower().startswith(prefix.lower_))


def _prefixed_adjective(verb: Token) -> Token | None:
    """The noun a joined verb was hung on as an adjective, with the doer before the prefix hung on the same
    noun ("Soldiers ill-treated prisoners of war": "treated" an adjective of "prisoners"); None otherwise."""
    if verb.i < 3 or verb.dep_ != "amod" or verb.head.i <= verb.i:
        return None
    doer = verb.doc[verb.i - 3]
    if doer.pos_ not in ("NOUN", "PROPN") or doer.head.i != verb.head.i:
        return None
    return verb.head if doer.dep_ in ("nmod", "compound") else None


def _unadjective_prefixed(verb: Token, obj: Token) -> None:
    """The verb takes the noun's place, with the doer its subject and the noun its object."""
    doer = verb.doc[verb.i - 3]
    for left in [c for c in children_of(obj) if c.i < doer.i]:  # "The soldiers ill-treated ..."
        left.head = doer
    verb.head, verb.dep_ = (verb, "ROOT") if obj.head.i == obj.i else (obj.head, obj.dep_)
    verb.pos_, verb.tag_ = "VERB", "VBD"
    for punct in [c for c in children_of(obj) if c.dep_ == "punct" and c.i > obj.i]:
        punct.head = verb
    obj.head, obj.dep_ = verb, "dobj"
    doer.head, doer.dep_ = verb, "nsubj"


def _prefixed_active(verb: Token) -> Token | None:
    """The subject a joined verb with an object was given as a passive one ("Guards ill-treated the
    detainees": "guards" nsubjpass, with no "were"); None otherwise."""
    deps = _deps(verb)
    if "dobj" not in deps or "auxpass" in deps:
        return None
    return next((c for c in children_of(verb) if c.dep_ == "nsubjpass" and c.i < verb.i), None)


def _activate(verb: Token, subject: Token) -> None:
    """The subject becomes the active verb's."""
    subject.dep_ = "nsubj"
    verb.tag_ = "VBD"


def _prefixed_be(verb: Token) -> Token | None:
    """The "be" of a passive joined verb the parse made the verb, the participle its complement ("were
    ill-treated by guards": "treated" acomp of "were"); None otherwise."""
    be = verb.head
    if verb.dep_ != "acomp" or be.lemma_ != "be" or be.i >= verb.i:
        return None
    return be if any(c.dep_ == "nsubj" for c in children_of(be)) else None


def _unattribute_prefixed(verb: Token, be: Token) -> None:
    """The verb takes the place of "be", which becomes its passive auxiliary."""
    verb.head, verb.dep_ = (verb, "ROOT") if be.head.i == be.i else (be.head, be.dep_)
    verb.pos_, verb.tag_ = "VERB", "VBN"
    for child in [c for c in children_of(be) if c.i != verb.i]:
        child.head = verb
        if child.dep_ == "nsubj":
            child.dep_ = "nsubjpass"
    be.head, be.dep_ = verb, "auxpass"


def _sent_away_be(verb: Token) -> Token | None:
    """The "be" of a passive of sending away the parse made the verb ("Khomeini was exiled to Turkey":
    "exiled" acomp of "was"); None otherwise."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in readings()["sent_away_participles"]["verbs"]:
        return None
    return _prefixed_be(verb)


def sent_away_participles(doc: Doc) -> int:
    """Mend "X was exiled to France" parsed with "was" the verb and "exiled" its complement; the number
    mended (gulf-3)."""
    return _mend(doc, dep_at(doc, "acomp"), _sent_away_be, _unattribute_prefixed)


def _described_doer_verb(root: Token, verbs: Collection[str]) -> Token | None:
    """The verb ("shot") the parse hung inside the phrase of a participle describing the doer made the root
    ("A man armed with a rifle shot dead two guards": "man" the root, "shot" a clause on "rifle")."""
    if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN"):
        return None
    spec = readings()["described_doers"]
    part = next((c for c in children_of(root) if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")
                 and c.i > root.i and c.lower_ in spec["participles"]), None)
    if part is None:
        return None
    for tok in part.subtree:
        deps = _deps(tok)
        if (tok.i > part.i and tok.dep_ in ("acl", "relcl") and tok.tag_ in ("VBD", "VBN")
                and tok.lemma_.lower() in verbs and "dobj" in deps and not deps & set(SUBJECTS)
                and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.dep_ in ("pobj", "dobj")):
            return tok
        if _swallowed_verb(tok, part) or _adjective_verb_on_weapon(tok, part, verbs):
            return tok
    return None


def _adjective_verb_on_weapon(tok: Token, part: Token, verbs: Collection[str]) -> bool:
    """Whether ``tok`` is a past verb the parse made an adjective of the object with the weapon before it, all
    one noun phrase of the participle's "with" ("armed with an axe injured three people": "axe" and "injured"
    adjectives of "people"; events57)."""
    noun = tok.head
    if tok.dep_ != "amod" or tok.tag_ not in ("JJ", "VBN", "VBD") or noun.dep_ != "pobj" or noun.i <= tok.i:
        return False
    if noun.head.lower_ != "with" or noun.head.head.i != part.i or verb_lemma(tok.lower_, verbs) is None:
        return False
    return any(c.dep_ in ("amod", "compound") and c.pos_ == "NOUN" and c.i == tok.i - 1
               for c in children_of(noun))


def _unadjective_on_weapon(verb: Token, verbs: Collection[str]) -> None:
    """The weapon before the verb becomes the object of "with" again (with its article), the noun the verb's
    object, and the noun's later prepositions the verb's."""
    noun, weapon = verb.head, verb.doc[verb.i - 1]
    for left in [c for c in children_of(noun) if c.i < weapon.i]:
        left.head = weapon
    weapon.head, weapon.dep_ = noun.head, "pobj"
    for right in [c for c in children_of(noun) if c.i > noun.i and c.dep_ in ("prep", "punct")]:
        right.head = verb
    noun.head, noun.dep_ = verb, "dobj"
    verb.lemma_ = verb_lemma(verb.lower_, verbs) or verb.lemma_


def _swallowed_verb(tok: Token, part: Token) -> bool:
    """Whether ``tok`` is a verb form the parse made the object noun of the participle's phrase, its result
    adjective a preposition over the real object ("armed with a shotgun shot dead a police officer")."""
    spec = readings()["resultative_verbs"]
    if tok.lower_ not in spec["forms"] or tok.dep_ != "pobj" or tok.i + 1 >= len(tok.doc):
        return False
    result = tok.doc[tok.i + 1]
    return (result.lower_ in spec["results"] and result.head.i == tok.i and tok.head.head.i == part.i
            and any(c.dep_ == "pobj" for c in children_of(result)))


def _raise_verb(root: Token, verb: Token, verbs: Collection[str] = ()) -> None:
    """``verb`` becomes the root with the described noun its subject; a result adjective ("dead") the parse
    hung on the object describes the verb again."""
    if verb.pos_ == "NOUN":  # "with a shotgun shot dead a police officer": the weapon the phrase's object
        _unswallow(verb)
    elif verb.dep_ == "amod":  # "with an axe injured three people": the weapon the phrase's object
        _unadjective_on_weapon(verb, verbs)
    verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
    for child in [c for c in children_of(root) if c.dep_ == "punct" and c.i > verb.i]:
        child.head = verb
    root.head, root.dep_ = verb, "nsubj"
    results = readings()["resultative_verbs"]["results"]
    if verb.i + 1 < len(verb.doc):
        nxt = verb.doc[verb.i + 1]
        if nxt.lower_ in results and nxt.dep_ == "amod" and nxt.head.head.i == verb.i:
            nxt.head, nxt.dep_ = verb, "oprd"


def _unswallow(verb: Token) -> None:
    """The noun the verb form swallowed ("shotgun") becomes the preposition's object again, and the
    result's object the verb's."""
    noun = next((c for c in children_of(verb) if c.dep_ in ("compound", "amod") and c.pos_ == "NOUN"), None)
    if noun is not None:
        for left in [c for c in children_of(verb) if c.i < verb.i and c.i != noun.i]:
            left.head = noun
        noun.head, noun.dep_ = verb.head, "pobj"
    result = verb.doc[verb.i + 1]
    for child in children_of(result):
        child.head, child.dep_ = verb, "dobj" if child.dep_ == "pobj" else child.dep_
    for child in [c for c in children_of(verb) if c.i > result.i]:
        child.head = verb
    verb.lemma_ = readings()["resultative_verbs"]["forms"][verb.lower_]


def described_doers(doc: Doc, verbs: Collection[str]) -> int:
    """Mend "a man armed with a rifle shot dead two guards" parsed with "man" the root; the number mended."""
    return _mend(doc, dep_at(doc, "ROOT"),
                 lambda root: _described_doer_verb(root, verbs),
                 lambda root, verb: _raise_verb(root, verb, verbs))


def _complement_verb(root: Token, verbs: Collection[str]) -> Token | None:
    """The verb ("fought") the parse hung as a participle on the noun of the doer's complement, the doer made
    the root ("armed men from two rival clans fought with guns": "men" the root, "fought" a clause on
    "clans"); not a passive told with its agent ("villagers from areas attacked by bandits")."""
    if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN"):
        return None
    for prep in children_of(root):
        if prep.dep_ != "prep" or prep.i < root.i or prep.lower_ not in ("from", "of"):
            continue
        for obj in children_of(prep):
            verb = next((c for c in children_of(obj) if c.dep_ == "acl" and c.i == obj.i + 1
                         and c.tag_ in ("VBD", "VBN") and c.lemma_.lower() in verbs
                         and not _deps(c) & {"agent", "nsubj", "nsubjpass", "aux", "auxpass"}), None)
            if verb is not None and obj.dep_ == "pobj":
                return verb
    return None


def _raise_complement_verb(root: Token, verb: Token) -> None:
    """``verb`` becomes the root with the doer its subject; the root's clauses after the verb and the words
    before the doer's phrase are the verb's."""
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    for child in [c for c in children_of(root) if c.i > verb.i or c.dep_ in ("prep", "punct", "npadvmod")
                  and c.i < root.i]:  # "On 28 August, armed men ...": the date is the verb's
        child.head = verb
        if child.dep_ == "acl":
            child.dep_ = "advcl"
    root.head, root.dep_ = verb, "nsubj"


def complement_verbs(doc: Doc, verbs: Collection[str]) -> int:
    """Mend "armed men from two clans fought with guns" parsed with "men" the root; the number mended."""
    return _mend(doc, dep_at(doc, "ROOT"),
                 lambda root: _complement_verb(root, verbs), _raise_complement_verb)


def _dated_subject(noun: Token) -> Token | None:
    """The subject the parse made the object of a dateline's "On" ("On 19 May 2022, youths angered by ...
    set fire": "youths" the object of "On", "May" hung on it), the verb it governs having no subject; the
    date word, else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN") or prep.lower_ != "on" or prep.i != 0:
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or _deps(verb) & set(SUBJECTS) or verb.i < noun.i:
        return None
    date = next((c for c in children_of(noun) if c.dep_ in ("nmod", "compound", "npadvmod") and c.i < noun.i
                 and c.lower_ in MONTH_NAMES), None)
    comma = any(t.lower_ == "," for t in noun.doc[date.i + 1: noun.i]) if date is not None else False
    return date if comma else None


def _undate(noun: Token, date: Token) -> None:
    """The date word becomes the preposition's object and the noun the verb's subject, with its words."""
    prep, verb = noun.head, noun.head.head
    for child in [c for c in children_of(noun)
                  if c.i < noun.i and c.i != date.i and c.i <= date.right_edge.i]:
        child.head = date if child.dep_ != "punct" else verb
    date.head, date.dep_ = prep, "pobj"
    noun.head, noun.dep_ = verb, "nsubj"


def dated_subjects(doc: Doc) -> int:
    """Mend "On 19 May 2022, youths angered by X set fire ..." parsed with "youths" the object of "On"."""
    return _mend(doc, dep_at(doc, "pobj"), _dated_subject, _undate)


def _said_deed_verb(deed: Token) -> Token | None:
    """The verb ("held") the parse hung on the agent of a passive deed told in the clause of a relative
    clause ("Relatives who claim their children were kidnapped by rebels held a protest": "kidnapped" made
    the root, "held" a clause on "rebels"); None when the parse is right."""
    if deed.dep_ != "ROOT" or deed.tag_ != "VBN" or "auxpass" not in _deps(deed):
        return None
    subject = next((c for c in children_of(deed) if c.dep_ == "nsubjpass" and c.i < deed.i), None)
    if subject is None:
        return None
    saying = next((c for c in children_of(subject) if c.dep_ == "relcl"), None)
    if saying is None or saying.lemma_.lower() not in readings()["said_deeds"]["verbs"] or saying.i > deed.i:
        return None
    if not any(c.dep_ == "dobj" for c in children_of(saying)):
        return None
    joined = next((c for c in children_of(deed) if c.dep_ == "conj" and _finite_clause(c)), None)
    if joined is not None and not any(c.dep_ == "cc" for c in children_of(deed) if c.i < joined.i):
        return joined  # "parents who say their daughters were abducted by gunmen staged a sit-in"
    agent = next((c for c in children_of(deed) if c.dep_ == "agent"), None)
    for noun in (c for c in children_of(agent) if c.dep_ == "pobj") if agent is not None else ():
        verb = next((c for c in children_of(noun) if c.dep_ in ("acl", "relcl") and _finite_clause(c)), None)
        if verb is not None:
            return verb
    return None


def _finite_clause(verb: Token) -> bool:
    """A past-tense verb with an object and no subject of its own: a clause whose subject the parse lost."""
    return verb.tag_ == "VBD" and "dobj" in _deps(verb) and not _deps(verb) & set(SUBJECTS)


def _unsay(deed: Token, verb: Token) -> None:
    """``verb`` becomes the root with the described people its subject; the deed the clause of their saying,
    the said verb's object its passive subject."""
    subject = next(c for c in children_of(deed) if c.dep_ == "nsubjpass")
    saying = next(c for c in children_of(subject) if c.dep_ == "relcl")
    said = next(c for c in children_of(saying) if c.dep_ == "dobj")
    for child in [c for c in children_of(deed) if c.dep_ == "punct" and c.i > verb.i]:
        child.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head, subject.dep_ = verb, "nsubj"
    deed.head, deed.dep_ = saying, "ccomp"
    said.head, said.dep_ = deed, "nsubjpass"


def said_deeds(doc: Doc) -> int:
    """Mend "relatives who claim their children were kidnapped by rebels held a protest" parsed with
    "kidnapped" the root; the number mended."""
    return _mend(doc, dep_at(doc, "ROOT"), _said_deed_verb, _unsay)


def _rammed_verb(noun: Token) -> Token | None:
    """The driving verb ("plowed") the parse hung as a passive participle on its doer, the doer made the root
    or the object of a verb of saying ("Police said a driver plowed into a crowd": "driver" the object of
    "said", "plowed" a clause on it); None when the parse is right or the participle is a true passive
    ("a car driven into the crowd by a man", "a driver injured in the crash")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    told = readings()["rammed_verbs"]
    if noun.dep_ != "ROOT" and not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in told["saying"]):
        return None
    for verb in children_of(noun):
        if (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.i > noun.i
                and verb.lemma_.lower() in told["verbs"] and verb.lower_.endswith("ed")
                and not _deps(verb) & {"agent", "aux", "auxpass", *SUBJECTS}
                and any(c.dep_ == "prep" and c.lower_ in told["into"] for c in children_of(verb))):
            return verb
    return None


def _unram(noun: Token, verb: Token) -> None:
    """``verb`` becomes the finite verb with the doer its subject: the root, or the clause of the saying; the
    doer's clauses after the verb ("..., killing 11 people"), and the saying's, are the verb's."""
    verb.tag_, verb.pos_ = "VBD", "VERB"
    said = noun.head
    for child in [c for c in children_of(said) if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i]:
        child.head = verb  # "Police said a driver plowed into a crowd, killing 11": the driving killed
    for child in [c for c in children_of(noun) if c.i > verb.i]:
        child.head = verb
        if child.dep_ == "acl":
            child.dep_ = "advcl"
    if noun.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    else:
        verb.head, verb.dep_ = noun.head, "ccomp"
    noun.head, noun.dep_ = verb, "nsubj"


def rammed_verbs(doc: Doc) -> int:
    """Mend "(Police said) a driver plowed into a crowd" parsed with "plowed" a passive participle on
    "driver"; the number mended."""
    return _mend(doc, [*dep_at(doc, "ROOT"), *dep_at(doc, "dobj")], _rammed_verb, _unram)


WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _dated_object(noun: Token) -> Token | None:
    """The object the parse hung on "on" with the weekday before it made part of its possessor ("dismissed
    on Monday China's offer": "offer" the object of "on", "Monday" a compound of "China"), the verb having
    no object of its own; the weekday, else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN") or prep.lower_ != "on":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or _deps(verb) & {"dobj", "ccomp", "xcomp"} or prep.i < verb.i:
        return None
    owner = next((c for c in children_of(noun) if c.dep_ == "poss" and c.i == prep.i + 2), None)
    day = prep.doc[prep.i + 1]
    if owner is None or day.lower_ not in WEEKDAYS or day.head.i != owner.i:
        return None
    return day


def _undate_object(noun: Token, day: Token) -> None:
    """The weekday becomes the preposition's object and the noun the verb's direct object."""
    prep = noun.head
    day.head, day.dep_ = prep, "pobj"
    noun.head, noun.dep_ = prep.head, "dobj"


def dated_objects(doc: Doc) -> int:
    """Mend "dismissed on Monday China's offer" parsed with "offer" the object of "on"."""
    objects = dep_at(doc, "pobj")
    return _mend(doc, objects, _dated_object, _undate_object)


def _fronted_label(noun: Token) -> Token | None:
    """The label adjective of an object the parse hung on "as" because the label came first ("dismissed as
    'baseless' claims by Eritrea that ...": "claims" the object of "as"), on a verb of judging
    (``fronted_labels`` in data/readings.yaml) with no object of its own; the adjective, else None (not
    "served as senior adviser")."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if (verb.pos_ != "VERB" or prep.i != verb.i + 1 or _deps(verb) & {"dobj", "ccomp", "nsubjpass", "auxpass"}
            or verb.lemma_.lower() not in readings()["fronted_labels"]["verbs"]):
        return None
    label = next((c for c in children_of(noun) if c.dep_ == "amod" and c.tag_ in ("JJ", "VBN")), None)
    between = [t for t in noun.doc[prep.i + 1:noun.i] if t.i != getattr(label, "i", -1)]
    if label is None or label.i > noun.i or any(not t.is_quote for t in between):
        return None
    return label


def _unlabel(noun: Token, label: Token) -> None:
    """The noun becomes the verb's object; the adjective the label "as" gives it, as in "dismissed the claims
    as baseless"."""
    prep = noun.head
    noun.head, noun.dep_ = prep.head, "dobj"
    label.head, label.dep_ = prep, "amod"


def fronted_labels(doc: Doc) -> int:
    """Mend "dismissed as baseless claims by X that ..." parsed with "claims" the object of "as"; the number
    mended."""
    lowers = lowers_of(doc)
    at = [i for i in dep_at(doc, "pobj") if i > 1 and "as" in lowers[i - 4:i]]
    return _mend(doc, at, _fronted_label, _unlabel)


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def verb_lemma(form: str, verbs: Collection[str]) -> str | None:
    """The lexicon verb a past form ("defied", "rejected", "refused", "stopped") is of, if any."""
    form = form.lower()
    if not form.endswith("ed"):
        return None
    stem = form[:-2]
    guesses = [stem[:-1] + "y" if stem.endswith("i") else None, stem, form[:-1],
               stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None]
    return next((g for g in guesses if g and g in verbs), None)


def _capitals(tok: Token) -> bool:
    """A word in capitals of three letters or more, an acronym ("ECOWAS", "IGAD"), not "I" or "OK"."""
    return len(tok.text) > 2 and tok.text.isalpha() and tok.text.isupper()


def _verb_before_root_noun(root: Token, verbs: Collection[str]) -> tuple[Token, str] | None:
    """The past verb the parse made a modifier of the next plural noun (or of the noun after its adjectives:
    "Cameroon's minister of communication, Rene Emmanuel Sadi, accused separatist fighters"), with the root a
    noun ("the president
    on Monday defied calls to step down": "calls" the root with the subject, or "king" the root with "defied
    demands" hung on "on Friday"), and the verb's lemma; None when the parse is right. A noun has no subject,
    and a clause whose root is its subject's noun has no verb: either is a verb misread. A name in capitals
    the parse made a verb root is such a subject too ("ECOWAS imposed sanctions on Niger", "ECOWAS" VBG)."""
    if root.dep_ != "ROOT" or not (root.pos_ in ("NOUN", "PROPN") or _capitals(root)):
        return None
    if root.tag_ == "NNS" and root.i > 0:  # "X defied calls": the verb's object made the root
        verb = root.doc[root.i - 1]
        subject = next((c for c in children_of(root) if c.i < verb.i and (
            c.dep_ == "nsubj" or _fronted_modifier(c, verb))), None)
        found = verb if subject is not None and verb.head.i == root.i else None
    else:  # "X on Friday defied demands": the subject made the root, the verb an adjective further on
        sent = root.sent
        found = next((t for t in sent if t.i > root.i and t.i + 1 < sent.end and _modifies_next(t)
                      and _misread_object(t) and root.is_ancestor(t)
                      and t.tag_ in ("VBD", "VBN", "JJ") and verb_lemma(t.lower_, verbs)), None)
        if any(t.tag_ in FINITE_TAGS and (found is None or t.i != found.i) for t in sent):
            return None  # a clause with a finite verb of its own
    if found is None or found.dep_ not in ("amod", "compound") or found.tag_ not in ("VBD", "VBN", "JJ"):
        return None
    lemma = verb_lemma(found.lower_, verbs)
    return (found, lemma) if lemma is not None else None


def _fronted_modifier(noun: Token, verb: Token) -> bool:
    """Whether a plural noun whose phrase opens the sentence and ends right before the verb is its subject
    made a modifier of the object ("Police evicted squatters", "Police in Brazil evicted families": "Police" a
    modifier of the object, land54)."""
    return (noun.dep_ == "nmod" and noun.right_edge.i == verb.i - 1 and noun.left_edge.i == noun.sent.start
            and noun.tag_ == "NNS" and verb.tag_ in ("VBD", "VBN", "JJ"))


def _modifies_next(part: Token) -> bool:
    """Whether a word modifies the noun right after it, or after only that noun's own adjectives ("accused
    separatist fighters": "fighters")."""
    head = part.head
    return head.i > part.i and all(t.head.i == head.i and t.dep_ in ("amod", "compound") and t.pos_ == "ADJ"
                                   for t in part.doc[part.i + 1:head.i])


def _misread_object(part: Token) -> bool:
    """Whether the noun a word modifies may be a verb's object misread: a plural ("defied calls"), or a name
    after a past form ("sentenced journalist Evan Gershkovich")."""
    return part.head.tag_ == "NNS" or part.tag_ in ("VBD", "VBN") and _phrase_head(part.head).pos_ == "PROPN"


def _phrase_head(noun: Token) -> Token:
    """The head of the name or phrase a compound word is part of ("journalist" of "journalist Evan
    Gershkovich": "Gershkovich")."""
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _reverb(root: Token, found: tuple[Token, str]) -> None:
    """The verb becomes the root, with the subject and what stood before it; the noun its object ("A court in
    Moscow sentenced journalist Evan Gershkovich": the name the noun is a compound of, lead48e)."""
    verb, lemma = found
    noun = _phrase_head(verb.head)
    if noun.i == root.i:  # "X defied calls": the root noun's words before the verb are the verb's
        for child in [c for c in children_of(root) if c.i < verb.i or c.dep_ == "punct"]:
            child.head = verb
            if _fronted_modifier(child, verb):
                child.dep_ = "nsubj"
        verb.head, verb.dep_ = verb, "ROOT"
    else:  # "X on Friday defied demands": the root noun is the subject
        for child in [c for c in children_of(root) if c.dep_ == "punct"]:
            child.head = verb
        _give_back_place(noun, verb)
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
        if root.pos_ not in ("NOUN", "PROPN"):  # "ECOWAS" read as a verb
            root.pos_, root.tag_, root.lemma_ = "PROPN", "NNP", root.text
    verb.tag_, verb.pos_, verb.lemma_ = "VBD", "VERB", lemma
    noun.head, noun.dep_ = verb, "dobj"


def _give_back_place(noun: Token, verb: Token) -> None:
    """The name the parse hung on the object before the verb goes back to the preposition the object was
    taken for the object of ("Police in Kenya evicted squatters": "Kenya" the object of "in", land54)."""
    if noun.dep_ != "pobj" or noun.head.i > verb.i:
        return
    fronted = [c for c in children_of(noun) if c.i < verb.i and c.dep_ in ("nmod", "compound")]
    if not fronted:
        return
    place = fronted[-1]
    for other in fronted[:-1]:
        other.head = place
    place.head, place.dep_ = noun.head, "pobj"


NAME_LINKS = frozenset({"do", "da", "dos", "das"})


def _name_link_as_verb(link: Token) -> Token | None:
    """The noun a Portuguese name's "do" the parse made the sentence's verb had as its subject ("evicted
    members of X from a ranch in Mato Grosso do Sul": "do" the root, "members" its subject); else None."""
    doc = link.doc
    if link.dep_ != "ROOT" or link.pos_ not in ("VERB", "AUX") or not 0 < link.i < len(doc) - 1:
        return None
    before, after = doc[link.i - 1], doc[link.i + 1]
    if before.pos_ != "PROPN" or after.pos_ != "PROPN" or not (before.text[:1].isupper()
                                                                 and after.text[:1].isupper()):
        return None
    if _deps(link) & {"aux", "neg", "xcomp", "ccomp"}:
        return None
    return next((c for c in children_of(link) if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


def _unverb_link(link: Token, subject: Token) -> None:
    """"do" joins the name ("Grosso do Sul"); its subject becomes the root, with its other words."""
    for child in [c for c in children_of(link) if c.i != subject.i]:
        child.head = subject
    subject.head, subject.dep_ = subject, "ROOT"
    before, after = link.doc[link.i - 1], link.doc[link.i + 1]
    link.head, link.dep_, link.pos_, link.tag_, link.lemma_ = before, "prep", "ADP", "IN", link.lower_
    after.head, after.dep_ = link, "pobj"


def name_links(doc: Doc) -> int:
    """Mend "... in Mato Grosso do Sul" parsed with "do" the verb; the number mended."""
    at = [i for w in NAME_LINKS for i in lower_at(doc, w)]
    return _mend(doc, sorted(at), _name_link_as_verb, _unverb_link)


def noun_roots(doc: Doc, verbs: Collection[str]) -> int:
    """Mend "the president on Monday defied calls to step down" parsed with "calls" (or "president") the
    root; the number mended."""
    return _mend(doc, dep_at(doc, "ROOT"),
                 lambda root: _verb_before_root_noun(root, verbs), _reverb)


@cache
def _past_forms() -> dict[str, str]:
    """The past forms that are only verbs, with their verbs (data/past_verbs.yaml)."""
    data = yamlio.safe_load((resources.files("chronica") / "data" / "past_verbs.yaml").read_text("utf-8"))
    return dict(data["forms"])


NOUNISH = ("NOUN", "PROPN")
OBJECT_MISREADS = ("appos", "npadvmod", "dobj", "attr")


def _misread_past(tok: Token) -> tuple[Token, Token] | None:
    """The subject and object of a past form the parse made a noun root ("The army retook Wad Madani":
    "army" its compound, "Madani" its apposition) or a name's modifier ("Sudan's army overran Wad Madani":
    "army" the subject of the name); None when the parse is right."""
    if tok.tag_ in ("VBD", "VBN") and tok.pos_ == "VERB" and tok.dep_ != "compound":
        return None
    if tok.dep_ == "ROOT" and tok.pos_ in NOUNISH:
        subject = next((c for c in reversed(list(children_of(tok))) if c.i < tok.i
                        and c.dep_ in ("compound", "nmod", "nsubj") and c.pos_ in NOUNISH), None)
        obj = next((c for c in children_of(tok) if c.i > tok.i and c.dep_ in OBJECT_MISREADS
                    and c.pos_ in NOUNISH), None)
    elif tok.dep_ == "compound" and tok.head.dep_ == "ROOT" and tok.head.pos_ == "PROPN" and (
            tok.head.i > tok.i):
        obj = tok.head  # "Sudan's army overran Wad Madani": "army" the subject of "overran" or of "Madani"
        words = sorted((*children_of(tok), *children_of(obj)), key=lambda c: -c.i)
        subject = next((c for c in words if c.i < tok.i and c.dep_ in ("nsubj", "compound", "nmod")
                        and c.pos_ in NOUNISH), None)
    else:
        return None
    if subject is None or obj is None or subject.i != tok.i - 1 and subject.right_edge.i != tok.i - 1:
        return None
    return subject, obj


def _unnoun_past(tok: Token, found: tuple[Token, Token]) -> None:
    """The past form becomes the root verb, the noun before it its subject (with the words before it), the
    name after it its object (with what follows the name: "from the RSF", "on Saturday")."""
    subject, obj = found
    root = tok if tok.dep_ == "ROOT" else tok.head
    for child in [c for c in (*children_of(root), *children_of(tok)) if c.i < tok.i and c.i != subject.i]:
        child.head = subject
    if root.i == obj.i:
        for child in [c for c in children_of(obj) if c.i > obj.i and c.dep_ in (
                "prep", "punct", "npadvmod", "advmod", "advcl")]:
            child.head = tok
    tok.head, tok.dep_ = tok, "ROOT"
    tok.tag_, tok.pos_, tok.lemma_ = "VBD", "VERB", _past_forms()[tok.lower_]
    subject.head, subject.dep_ = tok, "nsubj"
    obj.head, obj.dep_ = tok, "dobj"


def past_verbs(doc: Doc) -> int:
    """Mend "The army retook Wad Madani" parsed with "retook" a noun (or a modifier of "Madani"); the number
    mended (data/past_verbs.yaml)."""
    at = sorted(i for form in _past_forms() for i in lower_at(doc, form))
    return _mend(doc, at, _misread_past, _unnoun_past)


PLACE_PREPS = frozenset({"in", "near", "at", "outside"})
CLAUSE_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})


def _placed_subject(noun: Token) -> Token | None:
    """The verb whose subject the parse hung as an apposition on a dateline's place ("On 16 April 2023, in
    Fresnillo, Zacatecas, a police officer was shot dead": "officer" an apposition of "Fresnillo", "shot"
    left with no subject, or of "Zacatecas" taken for the subject); None when the parse is right."""
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or noun.left_edge.i == 0:
        return None
    if noun.doc[noun.left_edge.i - 1].lower_ != ",":
        return None
    place = noun.head
    if place.dep_ in ("nsubj", "nsubjpass") and place.pos_ == "PROPN":
        verb = place.head  # "in Cuiaba, Mato Grosso, a member of X was shot": "Grosso" taken for the subject
        if _place_named_before(place) is None or sum(1 for c in children_of(verb) if c.dep_ in SUBJECTS) != 1:
            return None
    else:
        place = _place_phrase(place)
        if place is None:
            return None
        verb = place.head.head
        if _deps(verb) & set(SUBJECTS):
            return None
    if verb.pos_ not in ("VERB", "AUX") or verb.i < noun.i:
        return None
    between = noun.doc[noun.right_edge.i + 1: verb.i]
    if not between or not all(t.head.i == verb.i and t.dep_ in CLAUSE_DEPS for t in between):
        return None  # "a man was shot": the auxiliary right after the noun's words
    return verb


def _place_phrase(place: Token) -> Token | None:
    """The object of "in", "near", "at" or "outside" that ``place`` is or is joined to as a conjunct or an
    apposition ("in Sao Goncalo, Rio de Janeiro"), else None."""
    while place.dep_ in ("conj", "appos") and place.head.i < place.i and place.pos_ == "PROPN":
        place = place.head
    return place if place.dep_ == "pobj" and place.head.lower_ in PLACE_PREPS else None


def _place_named_before(name: Token) -> Token | None:
    """The place of a dateline's "in X," right before ``name`` and its comma, else None."""
    start = name.left_edge.i
    if start < 2 or name.doc[start - 1].lower_ != ",":
        return None
    before = name.doc[start - 2]
    return _place_phrase(before) if before.pos_ == "PROPN" else None


def _unplace(noun: Token, verb: Token) -> None:
    """The noun becomes the verb's subject (passive when the verb has a passive auxiliary); a region the
    parse took for the subject becomes an apposition of the place before it."""
    place = noun.head
    if place.dep_ in ("nsubj", "nsubjpass") and place.head.i == verb.i:
        before = _place_named_before(place)
        if before is not None:
            place.head, place.dep_ = noun.doc[place.left_edge.i - 2], "appos"
    noun.head = verb
    noun.dep_ = "nsubjpass" if "auxpass" in _deps(verb) else "nsubj"


def placed_subjects(doc: Doc) -> int:
    """Mend "On 16 April 2023, in Fresnillo, Zacatecas, a police officer was shot dead" parsed with
    "officer" an apposition of the place; the number mended."""
    return _mend(doc, dep_at(doc, "appos"), _placed_subject, _unplace)


@cache
def _unmarked_words() -> dict[str, frozenset[str]]:
    """The speakers and verbs of ``unmarked_relatives``, the participles of ``participle_subjects``, the
    participles and weapons of ``armed_relatives`` (data/unmarked_relatives.yaml)."""
    path = resources.files("chronica") / "data" / "unmarked_relatives.yaml"
    data = yamlio.safe_load(path.read_text("utf-8"))
    keys = ("speakers", "verbs", "participles", "armed_participles", "weapons")
    return {key: frozenset(data[key]) for key in keys}


def _unmarked_relative(noun: Token) -> tuple[Token, str, Token] | None:
    """Where the noun of a relative clause with no "who" belongs, when the parse made it a compound of the
    clause's speaker ("A man police described as X was shot": "man" a compound of "police", "shot" a
    conjunct of "described"): the verb it is the subject of, or the verb it is the object of ("shot dead a man
    police said was X", "shot dead a man police described as X" with "police" the object), with its label
    and the speaker's verb; None when the parse is right."""
    speaker = noun.head
    if (noun.dep_ != "compound" or noun.pos_ != "NOUN" or speaker.i != noun.i + 1
            or speaker.lemma_.lower() not in _unmarked_words()["speakers"]):
        return None
    if not any(c.dep_ in ("det", "nummod") and c.i < noun.i
               for c in (*children_of(speaker), *children_of(noun))):
        return None  # "a man police ...", "two men police ...": a determiner no mass "police" takes
    verbs = _unmarked_words()["verbs"]
    if speaker.dep_ in ("dobj", "nsubjpass", "pobj"):  # "shot dead a man police described as X"
        verb = next((c for c in children_of(speaker) if c.dep_ == "acl" and c.lemma_.lower() in verbs
                     and "dobj" not in _deps(c)), None)
        return (speaker.head, speaker.dep_, verb) if verb is not None else None
    verb = speaker.head
    if speaker.dep_ != "nsubj" or verb.lemma_.lower() not in verbs or "dobj" in _deps(verb):
        return None
    if any(_deps(c) & set(SUBJECTS) for c in children_of(verb) if c.dep_ == "ccomp"):
        return None  # "said they were": the clause has its subject, no gap the noun fills
    told = next((c for c in children_of(verb) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                 and c.i > noun.i and not _deps(c) & set(SUBJECTS) and _deps(c) & {"aux", "auxpass"}), None)
    if told is not None:  # "... was shot dead": the noun the subject of the verb joined after
        return told, "nsubjpass" if "auxpass" in _deps(told) else "nsubj", verb
    outer = verb.head
    if (verb.dep_ == "ccomp" and outer.i < noun.i and outer.pos_ == "VERB"
            and not _deps(outer) & {"dobj", "dative"}):
        return outer, "dobj", verb  # "shot dead a man police said was ...": the object of the verb before
    return None


def _unmark(noun: Token, found: tuple[Token, str, Token]) -> None:
    """The noun takes its place (subject or object); the clause of the speaker's verb describes it, with the
    speaker its subject."""
    speaker = noun.head
    place, label, verb = found
    for det in [c for c in children_of(speaker) if c.dep_ in ("det", "nummod", "amod") and c.i < noun.i]:
        det.head = noun
    if verb.head.i == speaker.i:  # the speaker the object, its verb a participle describing it
        noun.head, noun.dep_ = place, label
        verb.head, verb.dep_ = noun, "relcl"
        speaker.head, speaker.dep_ = verb, "nsubj"
        return
    if label != "dobj":  # the verb joined after takes the speaker's verb's place in the sentence
        place.head, place.dep_ = (place if verb.dep_ == "ROOT" else verb.head), verb.dep_
    noun.head, noun.dep_ = place, label
    verb.head, verb.dep_ = noun, "relcl"


def unmarked_relatives(doc: Doc) -> int:
    """Mend "A man police described as a gang leader was shot dead" parsed with "man" a compound of
    "police"; the number mended."""
    return _mend(doc, dep_at(doc, "compound"), _unmarked_relative,
                 _unmark)


def _as_clause(verb: Token) -> tuple[Token, Token] | None:
    """The root noun and the "as" of a passive verb the parse made a clause of "as" under a participle
    describing the subject ("The bodies of two men identified by police as drug traffickers were found":
    "traffickers" the subject of "found", the sentence's root the noun "bodies"); None when the parse is
    right (bv43)."""
    part = verb.head
    if (verb.dep_ != "advcl" or "auxpass" not in _deps(verb) or part.dep_ != "acl"
            or part.lemma_.lower() not in _unmarked_words()["verbs"] or part.i > verb.i):
        return None
    mark = next((c for c in children_of(verb) if c.dep_ == "mark" and c.lower_ == "as"), None)
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    if mark is None or subject is None or subject.left_edge.i != mark.i + 1:
        return None
    root = part
    while root.dep_ != "ROOT" and root.head.i != root.i:
        root = root.head
    return (root, mark) if root.pos_ in ("NOUN", "PROPN") and root.i < part.i else None


def _unas(verb: Token, found: tuple[Token, Token]) -> None:
    """The passive verb becomes the root with the root noun its subject; "as" and its noun describe."""
    root, mark = found
    subject = next(c for c in children_of(verb) if c.dep_ == "nsubjpass")
    part = verb.head
    verb.head, verb.dep_ = verb, "ROOT"
    for punct in [c for c in children_of(root) if c.dep_ == "punct" and c.i > verb.i]:
        punct.head = verb
    root.head, root.dep_ = verb, "nsubjpass"
    mark.head, mark.dep_, mark.pos_ = part, "prep", "ADP"
    subject.head, subject.dep_ = mark, "pobj"


def as_clauses(doc: Doc) -> int:
    """Mend "The bodies of two men identified as drug traffickers were found" parsed with "were found" a
    clause of "as"; the number mended."""
    return _mend(doc, dep_at(doc, "advcl"), _as_clause, _unas)


# Who a passive with two objects names as the doer: "was given asylum by Sweden", "were handed aid by the UN".
AGENT_ENTITIES = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def _double_object_by(by: Token) -> Token | None:
    """The passive verb a "by" phrase is the agent of, where the parse made it a plain preposition because
    the verb keeps an object ("The dissident was given asylum by Sweden"); None otherwise."""
    verb = by.head
    if verb.dep_ == "dobj" and verb.i < by.i:  # "was given food aid by the UN": hung on the object
        verb = verb.head
    deps = _deps(verb)
    if by.dep_ != "prep" or verb.i > by.i or verb.tag_ != "VBN" or "auxpass" not in deps:
        return None
    doer = next((c for c in children_of(by) if c.dep_ == "pobj"), None)
    if doer is None or doer.ent_type_ in ("DATE", "TIME"):
        return None
    if "dobj" not in deps:  # "were evicted from X by 2,500 gendarmes": plural doers only (land54)
        plural = doer.tag_ == "NNS" and doer.lemma_.lower() in _agent_nouns()
        return verb if plural and "agent" not in deps else None
    if doer.ent_type_ in AGENT_ENTITIES or doer.pos_ == "PROPN":
        return verb
    determined = any(c.dep_ in ("det", "poss") for c in children_of(doer))
    return verb if doer.pos_ == "NOUN" and determined and doer.lemma_.lower() in _agent_nouns() else None


def _as_agent(by: Token, verb: Token) -> None:
    """The "by" phrase becomes the passive's agent, as the parse labels it when the verb has no object."""
    by.head, by.dep_ = verb, "agent"


@cache
def _agent_nouns() -> frozenset[str]:
    """Common nouns that can be a passive's agent (data/passive_agents.yaml)."""
    path = resources.files("chronica") / "data" / "passive_agents.yaml"
    return frozenset(yamlio.safe_load(path.read_text("utf-8"))["nouns"])


@cache
def _deed_nouns() -> frozenset[str]:
    """Deeds that take "by" for their own doer (data/passive_agents.yaml)."""
    path = resources.files("chronica") / "data" / "passive_agents.yaml"
    return frozenset(yamlio.safe_load(path.read_text("utf-8"))["deed_nouns"])


def deed_noun(noun: Token) -> bool:
    """Whether a noun is a deed that takes "by" for its own doer ("a rally by X", "a speech by X")."""
    return noun.lemma_.lower() in _deed_nouns()


def _noun_agent(by: Token) -> Token | None:
    """The deed just before a passive's agent "by" that names someone by name ("two bombs were defused near
    the venue of a rally by former prime minister Imran Khan": his rally, not his defusing; bombs49), else
    None. A common noun ("near a rally by police") stays the verb's agent."""
    noun = by.doc[by.i - 1] if by.i else None
    if (by.dep_ != "agent" or noun is None or noun.dep_ != "pobj" or noun.i < by.head.i
            or not deed_noun(noun)):
        return None
    doer = next((c for c in children_of(by) if c.dep_ == "pobj"), None)
    named = doer is not None and (doer.pos_ == "PROPN" or doer.ent_type_ in ("PERSON", "ORG", "NORP"))
    return noun if named else None


def _to_noun(by: Token, noun: Token) -> None:
    by.head, by.dep_ = noun, "prep"


def noun_agents(doc: Doc) -> int:
    """Mend "defused near the venue of a rally by Imran Khan" parsed with "by Imran Khan" the agent of
    "defused": the rally's doer; the number mended."""
    at = lower_at(doc, "by")
    return _mend(doc, at, _noun_agent, _to_noun)


def double_object_agents(doc: Doc) -> int:
    """Mend "was given asylum by Sweden" parsed with "by Sweden" a plain preposition: the doer's phrase is the
    passive's agent; the number mended."""
    at = lower_at(doc, "by")
    return _mend(doc, at, _double_object_by, _as_agent)


def _subject_of_adjective(verb: Token, verbs: Collection[str]) -> tuple[Token, str] | None:
    """The subject a past verb the parse made an adjective keeps ("Moscow jailed opposition politician Ilya
    Yashin": "jailed" an adjective of "politician", with "Moscow" its subject and the name the root); None
    when the parse is right. An adjective has no subject: one before it makes it the sentence's verb, when
    the sentence has no other finite verb and its root is a noun."""
    if verb.tag_ not in ("VBD", "VBN", "JJ") or verb.dep_ not in ("amod", "compound") or (
            verb.head.i <= verb.i):
        return None
    # a participle with a subject of its own too, right before it: "Military police evicted members of X"
    # (land54; not "baton" of "Police baton-charged demonstrators")
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "npadvmod") and c.i < verb.i
                    and c.pos_ in ("NOUN", "PROPN")), None) if verb.tag_ == "VBD" else next(
        (c for c in children_of(verb) if c.dep_ in ("nsubj", "npadvmod") and c.i == verb.i - 1
         and c.pos_ in ("NOUN", "PROPN")), None) if verb.tag_ == "VBN" else None
    subject = subject or _name_before(verb)  # also a past form tagged an adjective: "Kenyan President
    # William Ruto hosted RSF leaders in Nairobi" (truce49)
    if subject is None:
        return None  # most: no sentence Span and root looked for
    sent = verb.sent
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN") or not root.is_ancestor(verb):
        return None
    lemma = verb_lemma(verb.lower_, verbs)
    if lemma is None or any(t.tag_ in FINITE_TAGS and t.i != verb.i for t in sent):
        return None
    return subject, lemma


def _name_before(verb: Token) -> Token | None:
    """A person's name right before the verb, hung with it on the noun after it ("Egyptian President Abdel
    Fattah al-Sisi pardoned activist Ahmed Douma": "Sisi" and "pardoned" modifiers of "activist")."""
    prev = verb.doc[verb.i - 1] if not opens_sentence(verb) else None
    if prev is None or prev.ent_type_ != "PERSON" or prev.pos_ != "PROPN" or verb.ent_type_ == "PERSON":
        return None
    return prev if prev.head.i > verb.i else None


def _unadjective_verb(verb: Token, found: tuple[Token, str]) -> None:
    """The verb becomes the root with its subject; the root noun its object, and the root's later
    prepositions and times the verb's ("for eight years", "on Friday")."""
    subject, lemma = found
    root = verb.sent.root
    if subject.head.i != verb.i:  # a name before the verb: its words before it are its own
        for tok in verb.doc[verb.sent.start:subject.i]:
            if tok.head.i > subject.i:
                tok.head = subject
        subject.head = verb
    for child in [c for c in children_of(root) if c.dep_ in ("punct", "prep", "npadvmod") and c.i > root.i
                  and not _partitive_of(root, c)]:
        child.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    verb.tag_, verb.pos_, verb.lemma_ = "VBD", "VERB", lemma
    subject.dep_ = "nsubj"
    name_end = next((c for c in children_of(root) if c.i == root.i + 1 and c.ent_iob_ == "I"), None)
    if name_end is not None:  # "Ilya" the root with "Yashin" hung on it: the name's last word heads it
        for child in [c for c in children_of(root) if c.i != name_end.i]:
            child.head = name_end
        root.head, root.dep_ = name_end, "compound"
        root = name_end
    root.head, root.dep_ = verb, "dobj"


def _partitive_of(noun: Token, prep: Token) -> bool:
    """Whether a preposition is the "of" of a part or count noun right before it, the noun's own ("evicted
    members of the Landless Workers' Movement": "of" stays with "members", land54)."""
    return prep.lower_ == "of" and prep.i == noun.i + 1 and noun.lemma_.lower() in PARTITIVE


def adjective_verbs(doc: Doc, verbs: Collection[str]) -> int:
    """Mend "A Moscow court jailed opposition politician Ilya Yashin" parsed as one noun phrase; the number
    mended."""
    tags = column(doc, TAG)
    past = {doc.vocab.strings["VBD"], doc.vocab.strings["VBN"], doc.vocab.strings["JJ"]}
    at = tags_at(doc, tags, *past)
    return _mend(doc, at, lambda verb: _subject_of_adjective(verb, verbs), _unadjective_verb)


def _subjunctive_verb(mark: Token, verbs: Collection[str]) -> Token | None:
    """The lexicon verb in its base form the parse read as a modifier of the noun a "that" clause was hung
    on ("demanded that Washington extradite Gulen": "extradite" a compound of "Gulen", "that Minsk free
    political prisoners"); None when the parse is right. A noun takes no "that" of a clause: a verb is
    misread after the clause's subject."""
    noun = mark.head
    if mark.lower_ != "that" or mark.dep_ != "mark" or noun.pos_ not in ("NOUN", "PROPN") or (
            noun.head.pos_ not in ("VERB", "AUX") or noun.i <= mark.i + 2):
        return None
    verb = next((t for t in mark.doc[mark.i + 2:noun.i] if t.lower_ in verbs and t.pos_ in ("ADJ", "NOUN")
                 and t.head.i == noun.i), None)
    if verb is None or mark.doc[verb.i - 1].pos_ not in ("PROPN", "NOUN"):
        return None
    return verb


def _unsubjunctive(mark: Token, verb: Token) -> None:
    """The verb heads the clause: the words between "that" and it its subject, the noun its object."""
    doc, noun = mark.doc, mark.head
    subject = doc[verb.i - 1]
    for tok in doc[mark.i + 1:subject.i]:
        if tok.head.i == noun.i:
            tok.head = subject
    verb.head, verb.dep_ = noun.head, "ccomp"
    verb.tag_, verb.pos_, verb.lemma_ = "VB", "VERB", verb.lower_
    subject.head, subject.dep_ = verb, "nsubj"
    mark.head = verb
    noun.head, noun.dep_ = verb, "dobj"


def _subjunctive_head(mark: Token, verbs: Collection[str]) -> Token | None:
    """The lexicon verb in its base form the parse read as the noun heading a "that" clause, the clause's
    subject its compound or left with no role ("demanded that the prime minister resign": "resign" a noun,
    "prime minister" its compound; "that the rector apologise"); the verb, or None when the parse is right."""
    noun = mark.head
    if (mark.lower_ != "that" or mark.dep_ != "mark" or noun.pos_ != "NOUN" or noun.dep_ != "ccomp"
            or noun.lower_ not in verbs or noun.head.pos_ not in ("VERB", "AUX") or noun.i <= mark.i + 1):
        return None
    before = mark.doc[noun.i - 1]
    if (before.head.i != noun.i or before.pos_ not in ("NOUN", "PROPN")
            or before.dep_ not in ("compound", "nsubj")):
        return None
    others = any(c.dep_ in ("dobj", "nsubj") and c.i != before.i for c in children_of(noun))
    return None if others else noun


def _unsubjunctive_head(mark: Token, verb: Token) -> None:
    """The noun becomes the clause's verb, the word before it its subject heading the words after "that"."""
    doc = mark.doc
    subject = doc[verb.i - 1]
    for tok in doc[mark.i + 1:subject.i]:
        if tok.head.i == verb.i:
            tok.head = subject
    verb.tag_, verb.pos_, verb.lemma_ = "VB", "VERB", verb.lower_
    subject.head, subject.dep_ = verb, "nsubj"


def _listed_participle(part: Token, verbs: Collection[str]) -> Token | None:
    """The verb a second verb after "and" was read as an adjective of ("the junta suspended the parties and
    banned rallies": "banned" a modifier of "rallies", the noun listed with the verb); the noun, or None
    when the parse is right."""
    noun, cc = part.head, part.doc[part.i - 1] if part.i > 0 else None
    if part.dep_ != "amod" or part.tag_ not in ("VBD", "VBN") or cc is None or (
            part.lemma_.lower() not in verbs):
        return None
    if noun.dep_ != "conj" or noun.head.pos_ != "VERB" or noun.i != part.i + 1 or noun.pos_ != "NOUN":
        return None
    return noun if cc.dep_ == "cc" and cc.head.i == noun.head.i and cc.lower_ in ("and", "but") else None


def _relist(part: Token, noun: Token) -> None:
    """The participle becomes the second verb, listed with the first, and the noun its object."""
    part.head, part.dep_ = noun.head, "conj"
    part.tag_, part.pos_ = "VBD", "VERB"
    noun.head, noun.dep_ = part, "dobj"


def listed_participles(doc: Doc, verbs: Collection[str]) -> int:
    """Mend "the junta suspended the parties and banned rallies" parsed with "banned" an adjective of a noun
    listed with "suspended"; the number mended."""
    tags = column(doc, TAG)
    past = {doc.vocab.strings["VBD"], doc.vocab.strings["VBN"]}
    return _mend(doc, tags_at(doc, tags, *past),
                 lambda part: _listed_participle(part, verbs), _relist)


def subjunctive_verbs(doc: Doc, verbs: Collection[str]) -> int:
    """Mend "Ankara demanded that Washington extradite Gulen" parsed as one noun phrase after "that"; the
    number mended."""
    at = dep_at(doc, "mark")
    fixed = _mend(doc, at, lambda mark: _subjunctive_verb(mark, verbs), _unsubjunctive)
    # "demanded that the prime minister resign": the verb read as the noun heading the clause (targets-3)
    return fixed + _mend(doc, at, lambda mark: _subjunctive_head(mark, verbs), _unsubjunctive_head)


def _headline_adjective(word: Token) -> Token | None:
    """The doer's word before a headline verb the parse took for an adjective of its object ("Houthis free
    crew of seized ship": "free" an adjective of "crew", the root; ``headline_adjectives`` in
    data/readings.yaml), or None."""
    spec, noun = readings()["headline_adjectives"], word.head
    while noun.dep_ == "amod" and noun.head.i > noun.i:  # "Taliban free American hostage"
        noun = noun.head
    if (word.lower_ not in spec["forms"] or word.dep_ != "amod" or word.i <= word.sent.start
            or noun.dep_ != "ROOT" or noun.i <= word.i or noun.lemma_.lower() not in spec["people"]):
        return None
    doer = word.doc[word.i - 1]
    if not (doer.text[:1].isupper() and doer.is_alpha) or doer.head.i != noun.i:
        return None  # "Houthis", "Taliban": a name; not "a free press"
    return None if any(t.tag_ in FINITE_TAGS for t in word.sent) else doer


def _unadjective_headline(word: Token, doer: Token) -> None:
    """The word becomes the root verb, the name before it its subject and the noun its object."""
    noun = word.head
    while noun.dep_ == "amod" and noun.head.i > noun.i:
        noun = noun.head
    for child in [c for c in children_of(noun) if c.i < word.i and c.i != doer.i or c.dep_ == "punct"]:
        child.head = doer if child.i < doer.i else word
    word.head, word.dep_, word.pos_, word.tag_ = word, "ROOT", "VERB", "VBP"
    word.lemma_ = readings()["headline_adjectives"]["forms"][word.lower_]
    doer.head, doer.dep_ = word, "nsubj"
    if doer.pos_ not in ("NOUN", "PROPN"):  # "Houthis" read as an adjective
        doer.pos_, doer.tag_ = "PROPN", "NNPS"
    noun.head, noun.dep_ = word, "dobj"


def headline_adjectives(doc: Doc) -> int:
    """Mend "Houthis free crew of seized ship" parsed as one noun phrase; the number mended."""
    forms = readings()["headline_adjectives"]["forms"]
    at = lowers_in(doc, forms)
    return _mend(doc, at, _headline_adjective, _unadjective_headline)


def _prep_particle(prep: Token) -> Token | None:
    """The object of a phrasal verb whose particle the parse took for a preposition right after the verb
    ("handed in their weapons": "weapons" the object of "in"; ``prep_particles`` in data/readings.yaml), or
    None (a place or a time: "handed in Kabul")."""
    spec, verb = readings()["prep_particles"], prep.head
    if (prep.dep_ != "prep" or prep.lower_ not in spec["particles"] or verb.i != prep.i - 1
            or verb.pos_ != "VERB" or verb.lemma_.lower() not in spec["verbs"]
            or any(c.dep_ in ("dobj", "prt") for c in children_of(verb))):
        return None
    obj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
    return obj if obj is not None and obj.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME") else None


def _particle(prep: Token, obj: Token) -> None:
    prep.dep_, prep.tag_ = "prt", "RP"
    obj.head, obj.dep_ = prep.head, "dobj"


def _counted_particle(mod: Token) -> Token | None:
    """The verb whose particle the parse took for a figure's "over" ("handed over 13 hostages": "over 13"
    read as "more than 13"; ``prep_particles`` in data/readings.yaml), or None."""
    spec = readings()["prep_particles"]
    if mod.dep_ != "quantmod" or mod.lower_ not in spec["particles"] or mod.i == 0:
        return None
    verb, noun = mod.doc[mod.i - 1], mod.head.head
    if (verb.pos_ != "VERB" or verb.lemma_.lower() not in spec["verbs"] or noun.head != verb
            or noun.dep_ != "dobj" or any(c.dep_ == "prt" for c in children_of(verb))
            or "MONEY" in (noun.ent_type_, mod.head.ent_type_)):  # "handed over $2 million in aid": a sum
        return None
    return verb


def _shared_head(first: Token) -> Token | None:
    """The unit noun ("group") the parse coordinated with the first of two modifiers joined by "and" ("a
    Ukrainian sabotage and reconnaissance group": "sabotage" the object, "group" its conjunct); else None."""
    doc = first.doc
    if first.tag_ != "NN" or first.i + 3 >= len(doc) or doc[first.i + 1].lower_ != "and":
        return None
    second = doc[first.i + 2]
    head = second.head
    if second.dep_ != "compound" or head.dep_ != "conj" or head.head.i != first.i:
        return None
    if head.lower_ not in readings()["shared_heads"]["heads"] or "det" in _deps(head):
        return None
    return head if head.left_edge.i == second.i else None


def _share_head(first: Token, head: Token) -> None:
    """The unit noun takes the first modifier's place with its words before it; both modifiers describe it."""
    second = first.doc[first.i + 2]
    for child in [c for c in children_of(first) if c.i < first.i]:
        child.head = head
    head.head, head.dep_ = (head, "ROOT") if first.dep_ == "ROOT" else (first.head, first.dep_)
    first.head, first.dep_ = head, "compound"
    second.head, second.dep_ = first, "conj"


def shared_heads(doc: Doc) -> int:
    """Mend "eliminated a sabotage and reconnaissance group" parsed with "sabotage" the object and "group" its
    conjunct: one group, both words its modifiers; the number mended."""
    at = [i for i in lower_at(doc, "and") if i > 0]
    return _mend(doc, [i - 1 for i in at], _shared_head, _share_head)


def _counted_to_particle(mod: Token, verb: Token) -> None:
    mod.head, mod.dep_, mod.tag_ = verb, "prt", "RP"


def _bound_object(prt: Token) -> Token | None:
    """The counted object the parse hung on "to" after a particle "up" ("neutralised up to 70 soldiers": "up"
    the verb's particle, "soldiers" the object of "to"), or None."""
    doc, verb = prt.doc, prt.head
    if prt.lower_ != "up" or prt.i + 2 >= len(doc) or verb.pos_ != "VERB" or (
            verb.lemma_.lower() in readings()["prep_particles"]["up_to_kept"]):
        return None
    to, number = doc[prt.i + 1], doc[prt.i + 2]
    if to.lower_ != "to" or to.dep_ != "prep" or to.head.i != verb.i or not number.like_num or (
            any(c.dep_ == "dobj" for c in children_of(verb))):
        return None
    obj = next((c for c in children_of(to) if c.dep_ == "pobj"), None)
    return obj if obj is not None and (obj.i == number.i or number.head.i == obj.i) else None


def _bound_to_object(prt: Token, obj: Token) -> None:
    """The noun becomes the verb's object, "up to" its figure's bound."""
    to, number = prt.doc[prt.i + 1], prt.doc[prt.i + 2]
    obj.head, obj.dep_ = prt.head, "dobj"
    for word in (prt, to):
        word.head, word.dep_, word.tag_ = number, "quantmod", "IN"


def prep_particles(doc: Doc) -> int:
    """Mend "fighters handed in their weapons" parsed with "weapons" the object of "in", "handed over 13
    hostages" with "over" a figure's (hostage-3), and "neutralised up to 70 soldiers" with "up" a particle;
    the number mended."""
    at = dep_at(doc, "prep")
    fixed = _mend(doc, at, _prep_particle, _particle)
    at = dep_at(doc, "prt")
    fixed += _mend(doc, at, _bound_object, _bound_to_object)
    at = dep_at(doc, "quantmod")
    return fixed + _mend(doc, at, _counted_particle, _counted_to_particle)


def _particle_object(prt: Token) -> Token | None:
    """The object the parse hung on a verb's particle as a preposition's ("sealed off the West Bank": "Bank"
    the object of "off"); None when the verb has an object of its own."""
    if prt.dep_ != "prt" or prt.head.pos_ != "VERB" or any(c.dep_ == "dobj" for c in children_of(prt.head)):
        return None
    return next((c for c in children_of(prt) if c.dep_ == "pobj"), None)


def _unparticle(prt: Token, obj: Token) -> None:
    obj.head, obj.dep_ = prt.head, "dobj"


def particle_objects(doc: Doc) -> int:
    """Mend "the army sealed off the West Bank" parsed with the place the particle's object; the number
    mended."""
    at = dep_at(doc, "prt")
    return _mend(doc, at, _particle_object, _unparticle)


FINITE_PAST = frozenset({"VBD", "VBZ", "VBP"})


def _joined_verb(noun: Token) -> Token | None:
    """The verb whose subject the parse hung as the last conjunct of a noun before it ("were shot dead in
    Malmo and police arrested a teenager": "police" a conjunct of "Malmo", "arrested" a conjunct with no
    subject; terror-1); None when the parse is right."""
    if noun.dep_ != "conj" or noun.pos_ != "NOUN" or noun.head.i > noun.i or noun.right_edge.i != noun.i:
        return None
    if not any(c.dep_ == "cc" and noun.head.i < c.i < noun.i for c in children_of(noun.head)):
        return None
    k = noun.i + 1
    while k < len(noun.doc) and noun.doc[k].dep_ == "advmod" and noun.doc[k].head.i > k:
        k += 1  # "and soldiers later shot the assailant"
    verb = noun.doc[k] if k < len(noun.doc) else None
    if verb is None or verb.dep_ not in ("conj", "advcl") or verb.pos_ != "VERB" or (
            verb.tag_ not in FINITE_PAST):
        return None
    if _deps(verb) & {"mark", "aux", "auxpass"}:
        return None  # "... in Lyon as police arrested": a clause of its own
    if _deps(verb) & set(SUBJECTS) or not any(a.i == verb.head.i for a in noun.ancestors):
        return None
    return verb


def _subject_again(noun: Token, verb: Token) -> None:
    """The noun becomes the verb's subject; the "and" before it joins the two clauses."""
    cc = next(c for c in children_of(noun.head) if c.dep_ == "cc" and noun.head.i < c.i < noun.i)
    cc.head = verb.head
    noun.head, noun.dep_ = verb, "nsubj"
    verb.dep_ = "conj"  # "stabbed in a mosque in Lyon and police arrested": joined by the "and", no adverbial


def joined_subjects(doc: Doc) -> int:
    """Mend "two people were shot dead in Malmo and police arrested a teenager" parsed with "police" a
    conjunct of the place; the number mended."""
    at = dep_at(doc, "conj")
    return _mend(doc, at, _joined_verb, _subject_again)


def _armed_antecedent(verb: Token) -> Token | None:
    """The person a "who" clause tells of when the parse hung it on the weapon the person is armed with ("a
    man armed with a knife who attacked officers": "knife" taken for the antecedent; terror-1), else None."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("who", "whom") for c in
                                       children_of(verb)):
        return None
    thing, prep = verb.head, verb.head.head
    if thing.dep_ != "pobj" or prep.lower_ != "with" or thing.ent_type_ == "PERSON":
        return None
    above = prep.head
    if above.dep_ == "acl" and above.lemma_.lower() in _unmarked_words()["armed_participles"]:
        above = above.head  # "a man armed with a knife"
    elif thing.lemma_.lower() not in _unmarked_words()["weapons"]:
        return None  # "a man with a knife who": only a weapon is no antecedent
    return above if above.pos_ in ("NOUN", "PROPN") and above.i < thing.i else None


def _rehang_relative(verb: Token, person: Token) -> None:
    verb.head = person


def armed_relatives(doc: Doc) -> int:
    """Mend "a man armed with a knife who attacked officers" parsed with the "who" clause on "knife"; the
    number mended."""
    return _mend(doc, dep_at(doc, "relcl"), _armed_antecedent,
                 _rehang_relative)


def _weapon_subject(weapon: Token) -> tuple[Token, Token] | None:
    """The "with" and the person a weapon the parse took for its verb's subject belongs to ("A man armed with
    a knife stabbed two women": "knife" the subject of "stabbed", a clause on "man"; "A teenager with a knife
    stabbed four pupils": "knife" a second subject; deeds56), else None."""
    verb = weapon.head
    if weapon.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.i <= weapon.i:
        return None
    left = weapon.left_edge.i
    prep = weapon.doc[left - 1] if left > 0 else None
    if prep is None or prep.lower_ != "with" or prep.dep_ != "prep" or any(
            c.dep_ == "pobj" for c in children_of(prep)):
        return None
    above = prep.head
    if above.dep_ == "acl" and above.lemma_.lower() in _unmarked_words()["armed_participles"]:
        above = above.head  # "a man armed with a knife"
    elif weapon.lemma_.lower() not in _unmarked_words()["weapons"]:
        return None  # "a man with a knife stabbed": only a weapon is no doer
    if above.pos_ not in ("NOUN", "PROPN") or above.i >= prep.i:
        return None
    if verb.dep_ in ("relcl", "acl") and verb.head.i == above.i and above.dep_ == "ROOT":
        return prep, above  # "man" the root, "stabbed" a clause on it
    if any(c.dep_ == "nsubj" and c.i == above.i for c in children_of(verb)):
        return prep, above  # "teenager" and "knife" both subjects of "stabbed"
    return None


def _unsubject_weapon(weapon: Token, found: tuple[Token, Token]) -> None:
    """The weapon becomes the object of its "with" again; a verb the parse hung as a clause on the person
    becomes the root with the person its subject."""
    prep, person = found
    verb = weapon.head
    weapon.head, weapon.dep_ = prep, "pobj"
    if person.dep_ == "ROOT" and verb.head.i == person.i:
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        for child in [c for c in children_of(person) if c.dep_ == "punct" and c.i > verb.i]:
            child.head = verb
        person.head, person.dep_ = verb, "nsubj"


def weapon_subjects(doc: Doc) -> int:
    """Mend "a man armed with a knife stabbed two women" parsed with "knife" the subject, and "a youth with a
    knife stabbed two shoppers" with "stabbed" a clause on "knife"; the number mended."""
    return _mend(doc, dep_at(doc, "nsubj"), _weapon_subject, _unsubject_weapon) + _mend(
        doc, dep_at(doc, "acl"), _weapon_clause, _report_weapon_clause)


def _weapon_clause(verb: Token) -> Token | None:
    """The person of "a youth with a knife stabbed two shoppers" ("youth" the root) or "a man armed with a
    knife stabbed three people, police said" ("man" hung on the speaker's verb) when the parse hung the verb
    on the weapon, else None."""
    weapon = verb.head
    if (verb.tag_ not in ("VBD", "VBN") or weapon.dep_ != "pobj" or weapon.head.lower_ != "with"
            or verb.i <= weapon.i or _deps(verb) & set(SUBJECTS) or "dobj" not in _deps(verb)):
        return None
    person = weapon.head.head
    if person.dep_ == "acl" and person.lemma_.lower() in _unmarked_words()["armed_participles"]:
        person = person.head  # "a man armed with a knife"
    elif weapon.lemma_.lower() not in _unmarked_words()["weapons"]:
        return None
    if person.pos_ != "NOUN" or person.i >= weapon.i:
        return None
    if person.dep_ == "ROOT":
        return person
    speaker = person.head
    if person.dep_ not in ("npadvmod", "dep", "nsubj") or speaker.i < verb.i or (
            speaker.lemma_.lower() not in _unmarked_words()["verbs"] | {"say", "tell", "report"}):
        return None
    return person


def _report_weapon_clause(verb: Token, person: Token) -> None:
    """The verb becomes the root with the person its subject, or the clause the speaker reports."""
    if person.dep_ == "ROOT":
        _raise_verb(person, verb)
        return
    verb.head, verb.dep_ = person.head, "ccomp"
    person.head, person.dep_ = verb, "nsubj"


def _verbless_participle(part: Token, verbs: Collection[str]) -> tuple[Token, Token] | None:
    """The verb of a sentence the parse left without one, reading it as an adjective of a title before a name
    ("A court in Istanbul sentenced journalist Can Dundar to five years": "sentenced journalist", the name
    the root); (its subject, the name's last word), or None when the parse is right (left-actors55)."""
    if part.dep_ != "amod" or part.tag_ not in ("VBD", "VBN") or part.lemma_.lower() not in verbs:
        return None
    doc, title, root = part.doc, part.head, part.sent.root
    if title.pos_ != "NOUN" or root.pos_ != "PROPN" or root.i <= title.i or title.i <= part.i or any(
            t.head.i != title.i or t.dep_ not in ("compound", "amod") for t in doc[part.i + 1:title.i]):
        return None  # "jailed opposition politician": only the title's own words after the participle
    if any(t.pos_ not in ("PROPN", "AUX") or not t.text[:1].isupper() for t in doc[title.i + 1:root.i]):
        return None  # only the name's words between the title and the root
    last = root.i
    while last + 1 < part.sent.end and doc[last + 1].pos_ == "PROPN" and doc[last + 1].head.i == root.i:
        last += 1  # "Ilya Yashin", "Yashin" hung on "Ilya"
    subject = next((t for t in doc[part.sent.start:part.i] if t.dep_ == "nsubj"
                    and t.pos_ in ("NOUN", "PROPN") and t.head.i in (root.i, part.i, title.i)), None)
    if subject is None or title.head.i not in (root.i, subject.i):
        return None  # "journalist" hung on the name or, as an apposition, on the court
    return subject, doc[last]


def _participle_as_verb(part: Token, found: tuple[Token, Token]) -> None:
    """The participle becomes the sentence's verb, the subject its subject, and the name (with its title and
    the words the parse took for an auxiliary) its object; what followed the name hangs on the verb."""
    subject, name = found
    doc, title, root = part.doc, part.head, part.sent.root
    for tok in list(doc[part.sent.start:part.sent.end]):
        if tok.head.i in (root.i, name.i, title.i) and tok.i > name.i:
            tok.head = part  # "to five years in prison", the full stop
    part.head, part.dep_, part.tag_, part.pos_ = part, "ROOT", "VBD", "VERB"
    subject.head, subject.dep_ = part, "nsubj"
    name.head, name.dep_ = part, "dobj"
    for tok in doc[title.i:name.i]:
        tok.head, tok.dep_ = name, "compound"
        if tok.i > title.i:
            tok.pos_, tok.tag_ = "PROPN", "NNP"  # "Can" of "Can Dundar", read as a modal


def verbless_participles(doc: Doc, verbs: Collection[str]) -> int:
    """Mend "A court in Istanbul sentenced journalist Can Dundar to five years" parsed with no verb,
    "sentenced" an adjective of "journalist"; the number mended."""
    tags = column(doc, TAG)
    past = {doc.vocab.strings["VBD"], doc.vocab.strings["VBN"]}
    return _mend(doc, tags_at(doc, tags, *past),
                 lambda part: _verbless_participle(part, verbs), _participle_as_verb)


@cache
def _verb_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The dictionary's organisation names of several words, by their first word ("Just Stop Oil", "Stop the
    War Coalition"), longest first."""
    from chronica.actors.data import package_file

    rows = package_file("organisations").get("organisations") or []
    forms = {tuple(str(n).split()) for r in rows
             for n in [r["name"], r.get("full"), *(r.get("aliases") or [])] if n and " " in str(n)}
    out: dict[str, list[tuple[str, ...]]] = {}
    for form in sorted(forms, key=len, reverse=True):
        out.setdefault(form[0], []).append(form)
    return {k: tuple(v) for k, v in out.items()}


def _verb_in_name(first: Token) -> tuple[int, Token] | None:
    """The end of an organisation's name opening at ``first`` and the word of it the parse made a verb
    ("Just Stop Oil activists blocked a road": "Stop" the root); None otherwise."""
    forms = _verb_names().get(first.text, ())
    if not forms:
        return None
    toks = tokens_of(first.doc)  # the words after ``first`` read once, not once for each form
    words = tuple(t.text for t in toks[first.i:first.i + len(forms[0])])  # the forms longest first
    for form in forms:
        end = first.i + len(form)
        if words[:len(form)] != form:
            continue
        verb = next((t for t in toks[first.i:end] if t.pos_ in ("VERB", "AUX")), None)
        return (end, verb) if verb is not None else None
    return None


def _unverb_whole_name(first: Token, found: tuple[int, Token]) -> None:
    """The name's words modify its last word; the verb's other dependents go to the clause's own verb
    (which becomes the root when the name's verb was), or to the name, or to the noun the name describes
    when the parse hung it on the verb ("Shining Path guerrillas killed": "guerrillas" the subject)."""
    doc = first.doc
    end, verb = found
    last, inside = doc[end - 1], range(first.i, end)
    outside = [c for c in children_of(verb) if c.i not in inside]
    clausal = ("ccomp", "conj", "xcomp", "advcl", "parataxis")
    clause = next((c for c in outside if c.pos_ in ("VERB", "AUX") and c.dep_ in clausal), None)
    if verb.dep_ == "ROOT" and clause is not None:
        clause.head, clause.dep_ = clause, "ROOT"
        for child in outside:
            if child.i != clause.i:
                child.head = clause
        if last.head.i in inside:
            last.head, last.dep_ = clause, "nsubj"
    else:  # the name takes the place of its word that hangs outside it ("The Committee to Protect Journalists
        top = next(t for t in doc[first.i:end] if t.head.i not in inside or t.head.i == t.i)  # condemned")
        host = next((c for c in outside if c.is_ancestor(last)), last)  # the noun the name describes, if any
        for child in outside:
            if child.i != host.i:
                child.head = host
        if host.i != last.i or last.head.i in inside:
            if top.head.i == top.i:
                host.head, host.dep_ = host, "ROOT"
            else:
                host.head, host.dep_ = top.head, NOUN_SUBJECTS.get(top.dep_, top.dep_)
    for tok in doc[first.i:end - 1]:
        tok.head = last
        if tok.pos_ == "DET":
            tok.dep_ = "det"
        else:
            tok.dep_, tok.pos_, tok.tag_, tok.lemma_ = "compound", "PROPN", "NNP", tok.text
    last.pos_, last.tag_, last.lemma_ = "PROPN", "NNP", last.text


def verb_names(doc: Doc) -> int:
    """Mend "Just Stop Oil activists blocked a road" parsed with the name's "Stop" the verb; the number
    mended."""
    names = _verb_names()
    firsts = _verb_name_firsts()
    toks = tokens_of(doc)  # kept views: no Token made per word of every story
    at = [i for i in lowers_in(doc, firsts) if toks[i].text in names
          and toks[i].text[:1].isupper()]
    return _mend(doc, at, _verb_in_name, _unverb_whole_name)


@cache
def _verb_name_firsts() -> frozenset[str]:
    """The first words of the names of several words, lower-cased: the cheap check before the name's own."""
    return frozenset(k.lower() for k in _verb_names())


@cache
def _relation_nouns() -> frozenset[str]:
    """The nouns that tie a person to another (``relation_nouns`` in actors/data/roles.yaml: "envoy")."""
    from chronica.actors.data import package_file

    kinds = package_file("roles").get("relation_nouns") or {}
    return frozenset(str(w).lower() for ws in kinds.values() for w in ws)


def _owner_as_verb(owner: Token) -> Token | None:
    """The name a sentence-opening owner's name describes, when the parse made that name a verb ("Modi envoy
    Ajit Doval met ...": "Modi" the root, "envoy Ajit Doval" the subject of a clause under it; "Trump senior
    adviser X"); None otherwise."""
    doc = owner.doc
    if owner.pos_ != "VERB" or not opens_sentence(owner) or not owner.text[:1].isupper() or (
            owner.is_upper or owner.i + 2 >= len(doc)):
        return None
    k = owner.i + 1
    while k + 1 < len(doc) and doc[k].dep_ == "amod" and doc[k].text.islower() and doc[k].head.i > k:
        k += 1  # "Trump senior adviser Jared Kushner"
    noun = doc[k]
    if noun.lower_ not in _relation_nouns() or not noun.text.islower() or noun.dep_ != "compound" or any(
            doc[j].head.i != k for j in range(owner.i + 1, k)):
        return None
    name = noun.head
    if name.pos_ != "PROPN" or name.i <= noun.i or name.dep_ not in ("nsubj", "nsubjpass") or any(
            t.head.i != name.i for t in doc[noun.i:name.i]):
        return None
    verb = name.head
    return name if verb.pos_ in ("VERB", "AUX") and verb.i != owner.i and (
        verb.head.i == owner.i or owner.head.i == verb.i) else None


def _owner_name(owner: Token, name: Token) -> None:
    """The owner's name modifies the named person; its clause's verb takes its place (as root if it was)."""
    verb = name.head
    if owner.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
        for child in children_of(owner):
            if child.i != verb.i:
                child.head = verb
    owner.head, owner.dep_ = name, "compound"
    owner.pos_, owner.tag_, owner.lemma_ = "PROPN", "NNP", owner.text


def owner_names(doc: Doc) -> int:
    """Mend "Modi envoy Ajit Doval met Chinese officials" parsed with the leader's name "Modi" a verb; the
    number mended."""
    toks = tokens_of(doc)
    nouns = _relation_nouns()
    at = sorted({j for i in lowers_in(doc, nouns)
                 for j in range(max(0, i - 3), i) if opens_sentence(toks[j])})
    return _mend(doc, at, _owner_as_verb, _owner_name)


DATELINE_DASHES = frozenset({"-", "--", "–", "—"})


def _dateline_noun(word: Token, noun_lemma: Callable[[str], str]) -> str | None:
    """The common plural noun's lemma ("drone" of "Drones", "gunman" of "Gunmen") when the word opening the
    lead after a dateline's dash was tagged a proper noun for its capital, and the lemma is a weapon's or an
    armed man's (data/dateline_nouns.yaml); None otherwise. A word in a named entity (but a date's run-on
    aside) stays a name."""
    doc = word.doc
    if word.pos_ != "PROPN" or word.i == 0 or doc[word.i - 1].text not in DATELINE_DASHES:
        return None
    if word.ent_type_ not in ("", "DATE") or not word.text.isalpha() or not word.text[1:].islower():
        return None
    lemma = noun_lemma(word.lower_)
    return lemma if lemma in _dateline_lemmas() else None


@cache
def _dateline_lemmas() -> frozenset[str]:
    """The weapons and armed men ``dateline_nouns`` reads as common nouns (data/dateline_nouns.yaml)."""
    text = (resources.files("chronica") / "data" / "dateline_nouns.yaml").read_text("utf-8")
    return frozenset(yamlio.safe_load(text)["lemmas"])


def _common_noun(word: Token, lemma: str) -> None:
    """The word a plural common noun, out of the date it was run into."""
    word.pos_, word.tag_, word.lemma_ = "NOUN", "NNS", lemma
    if word.ent_type_:
        word.ent_iob_, word.ent_type_ = "O", ""


def dateline_nouns(doc: Doc, noun_lemma: Callable[[str], str] | None) -> int:
    """Mend "KHARTOUM, Oct 21 - Drones struck the airport": the lead's capitalised plural noun after the
    dateline tagged a name ("Drones", "Gunmen", "Shells"), which hides the weapon or the doer from the
    lexicon (horn-14); the number mended. ``noun_lemma``: a plural noun's lemma, "" for none."""
    if noun_lemma is None:
        return 0
    at = [k + 1 for k in lowers_in(doc, DATELINE_DASHES) if k + 1 < len(doc)]
    return _mend(doc, at, lambda w: _dateline_noun(w, noun_lemma), _common_noun)


@cache
def _counted_objects() -> dict[str, frozenset[str]]:
    """The verbs and nouns of ``counted_adverbials`` (data/counted_objects.yaml)."""
    data = yamlio.safe_load((resources.files("chronica") / "data" / "counted_objects.yaml").read_text(
        "utf-8"))
    return {key: frozenset(data[key]) for key in ("verbs", "nouns")}


def _counted_adverbial(noun: Token) -> Token | None:
    """The verb a counted noun of people right after it is the measure adverbial of ("displaced 30,000
    people": an npadvmod), when the verb takes people as its object and has none; None otherwise."""
    verb, spec = noun.head, _counted_objects()
    if noun.lemma_.lower() not in spec["nouns"] or verb.pos_ != "VERB" or verb.i > noun.i:
        return None
    if verb.lemma_.lower() not in spec["verbs"] or noun.left_edge.i != verb.i + 1:
        return None
    if not any(c.dep_ == "nummod" or c.like_num for c in children_of(noun)):
        return None
    return verb if not ({"dobj", "nsubjpass"} & _deps(verb)) else None


def _object_again(noun: Token, verb: Token) -> None:
    """The counted noun the verb's object."""
    noun.dep_ = "dobj"


def counted_adverbials(doc: Doc) -> int:
    """Mend "Fighting in Gedo displaced 30,000 people" parsed with "people" a measure adverbial of the verb:
    the people its object, never a doer (horn-8); the number mended."""
    return _mend(doc, dep_at(doc, "npadvmod"), _counted_adverbial, _object_again)
