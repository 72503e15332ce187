"""A deed named again in a later reaction is the deed told before, not a new one.

"Gunmen killed 12 villagers in Kadia. The government condemned the attack": one attack, and the
condemnation is aimed at its doers.
"""

from __future__ import annotations

from spacy.tokens import Token

from chronica.extract import Candidate
from chronica.extract.readings import readings

Pair = tuple[Candidate, Candidate]


def _spec() -> dict:
    return readings()["named_again"]


def _definite(noun: Token) -> bool:
    """'the attack', 'this raid', 'Sunday's attack': a noun that points back."""
    spec = _spec()
    return any(c.dep_ == "det" and c.lower_ in spec["dets"]
               or c.dep_ == "poss" and c.lemma_.lower() in spec["days"] for c in noun.children)


def _governor(noun: Token) -> Token | None:
    """The verb a noun is the object of: 'condemned the attack', 'protested over the arrest'."""
    if noun.dep_ in ("dobj", "nsubjpass"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in _spec()["preps"] and noun.head.dep_ == "prep":
        return noun.head.head
    return None


def _reaction(cands: list[Candidate], cand: Candidate, plover_of: dict[str, str]) -> Candidate | None:
    """The reaction of ``cand``'s sentence whose object ``cand``'s noun is, if any."""
    head = cand.trigger.head
    mod = cand.modality.modality
    if not cand.trigger.is_noun or cand.counts or mod.negated or mod.hypothetical or not _definite(head):
        return None
    verb = _governor(head)
    if verb is None:
        return None
    return next((c for c in cands if c is not cand and c.sentence == cand.sentence
                 and c.trigger.head == verb and plover_of[c.trigger.cls] in _spec()["reactions"]), None)


def _told_before(cands: list[Candidate], cand: Candidate, plover_of: dict[str, str]) -> Candidate | None:
    """The latest deed of the same PLOVER type told in an earlier sentence, not negated."""
    ptype = plover_of[cand.trigger.cls]
    return next((c for c in reversed(cands) if c.sentence < cand.sentence
                 and plover_of[c.trigger.cls] == ptype and not c.modality.modality.negated
                 and not c.modality.modality.hypothetical), None)


def _claimed(cand: Candidate) -> bool:
    """'JNIM claimed responsibility for the attack': a definite deed noun a claim is made for
    (``claim_nouns`` under ``claim_verbs``), not negated nor hypothetical."""
    head = cand.trigger.head
    mod = cand.modality.modality
    if not cand.trigger.is_noun or cand.counts or mod.negated or mod.hypothetical or not _definite(head):
        return False
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return False
    claim = prep.head
    spec = _spec()
    return (claim.lemma_.lower() in spec["claim_nouns"] and claim.dep_ == "dobj"
            and claim.head.lemma_.lower() in spec["claim_verbs"])


def fold_claims(cands: list[Candidate], plover_of: dict[str, str]) -> list[Candidate]:
    """Drop a deed named again by a claim of it in a later sentence ("Jihadists attacked a camp. JNIM
    claimed responsibility for the attack": one attack, whose doer the claim names)."""
    dropped = {id(c) for c in cands if _claimed(c) and _told_before(cands, c, plover_of) is not None}
    return [c for c in cands if id(c) not in dropped]


def fold(cands: list[Candidate], plover_of: dict[str, str]) -> tuple[list[Candidate], list[Pair]]:
    """Drop the deeds a later reaction names again; return the candidates kept and the (reaction, deed told
    before) pairs, so the reaction can be aimed at the deed's doers. (The label a judging verb gives the deed,
    "called the raid a massacre", is no trigger at all: extract.judgements.)"""
    dropped: set[int] = set()
    pairs: list[Pair] = []
    for cand in cands:
        reaction = _reaction(cands, cand, plover_of)
        if reaction is None:
            continue
        host = _told_before(cands, cand, plover_of)
        if host is None or id(host) in dropped:
            continue
        dropped.add(id(cand))
        pairs.append((reaction, host))
    return [c for c in cands if id(c) not in dropped], pairs


def fold_cyber(cands: list[Candidate], plover_of: dict[str, str], nouns: frozenset[str]) -> list[Candidate]:
    """Drop a bare attack noun pointing back ("The attack knocked dozens of websites offline") to a cyber
    attack told before within the window, with no violence told between: the same cyber attack, not an
    armed clash (crisis-1). ``nouns``: the attack nouns (``cyber.nouns`` of the trigger lexicon)."""
    kept: list[Candidate] = []
    for cand in cands:
        if _cyber_again(kept, cand, plover_of, nouns) and not any(  # not "The attack killed two officers"
                c is not cand and c.sentence == cand.sentence and plover_of[c.trigger.cls] == "ASSAULT"
                for c in cands):
            continue
        kept.append(cand)
    return kept


def _cyber_again(before: list[Candidate], cand: Candidate, plover_of: dict[str, str],
                 nouns: frozenset[str]) -> bool:
    """Whether ``cand`` is a bare definite attack noun ("the attack") whose latest coercion or violence told
    before, within two sentences, is a cyber attack."""
    head = cand.trigger.head
    if (not cand.trigger.is_noun or plover_of[cand.trigger.cls] != "ASSAULT" or cand.counts
            or head.lemma_.lower() not in nouns or not _definite(head)
            or any(c.dep_ in ("amod", "compound", "nmod", "prep") for c in head.children)):
        return False
    last = next((c for c in reversed(before) if c.sentence < cand.sentence
                 and (c.trigger.cls == "cyber" or plover_of[c.trigger.cls] == "ASSAULT")), None)
    return (last is not None and last.trigger.cls == "cyber" and cand.sentence - last.sentence <= WINDOW
            and not last.modality.modality.negated)


WINDOW = 2  # sentences
