"""Constructions the coder used to misread (issue #4): small rules on the triggers of a sentence and
their roles, with their words in ``data/readings.yaml``."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Span, Token

from chronica import yamlio
from chronica.actors.data import package_file
from chronica.actors.roles import looks_plural
from chronica.extract.lexicon import Entry, Lexicon, lexicon
from chronica.extract.triggers import Trigger, _satisfies, cargo_of, country_names, frame, place_name
from chronica.nlp import (
    children_of,
    deps_of,
    lemmas_of,
    lowers_in,
    pos_at,
    sentence_bounds,
    sentence_of,
    sentence_starts,
    tokens_of,
)

TO_CLAUSES = ("xcomp", "ccomp", "advcl", "acl")


@cache
def readings() -> dict[str, Any]:
    """The word lists of ``data/readings.yaml``, lists made sets."""
    path = resources.files("chronica.extract") / "data" / "readings.yaml"
    spec = yamlio.safe_load(path.read_text(encoding="utf-8"))
    return {name: {k: (tuple(v) if k == "words" else frozenset(v)) if isinstance(v, list) else v
                   for k, v in part.items()}
            for name, part in spec.items() if isinstance(part, dict)}


def disowned(verb: Token) -> bool:
    """A claim of a deed denied or made by no one ("Boko Haram did not claim the bombing", "no group has
    claimed the attack"): the deed was done all the same, by someone the claim does not name."""
    spec = readings()["disowned_deeds"]
    if verb.lemma_.lower() not in spec["verbs"]:
        return False
    kids = children_of(verb)
    return any(c.dep_ == "neg" for c in kids) or any(
        c.dep_ == "nsubj" and (c.lower_ in spec["nobody"] or any(
            d.dep_ == "det" and d.lower_ in spec["nobody"] for d in children_of(c))) for c in kids)


def _pobjs(prep: Token) -> list[Token]:
    return [c for c in children_of(prep) if c.dep_ == "pobj"]


# --- "called the attack cowardly": the speaker judges the deed ---------------------------------------

def inquiry_labels(verb: Token) -> list[Token]:
    """What an inquiry's verb says the deed it looks into was: "treating the death as murder", "investigating
    the fire as arson" (the label, no deed of its own; events57). Not when the object names whose death it
    was ("treating the death of a man in Omagh as murder": the murder, told with its victim; deeds56)."""
    if any(o.dep_ == "dobj" and any(p.dep_ == "prep" and p.lower_ == "of" for p in children_of(o))
           for o in children_of(verb)):
        return []
    return [g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "as"
            for g in children_of(c) if g.dep_ == "pobj"]


def judged_object(verb: Token) -> Token | None:
    """What a judging verb judges: its object, or the subject of the small clause the parse makes of
    "branded the executions illegal"."""
    if verb.lemma_.lower() not in readings()["judging"]["verbs"] | readings()["judging"]["recognising"]:
        return None
    kids = children_of(verb)
    for c in kids:
        if c.dep_ == "dobj":
            return c
        if c.dep_ == "oprd" and any(o.dep_ == "oprd" and o.i > c.i for o in kids):
            return c  # "called the US claims baseless": the object parsed as a first complement
        if c.dep_ == "oprd" and c.pos_ == "ADJ" and c.i > verb.i:
            noun = next((g for g in children_of(c) if g.dep_ == "compound" and g.pos_ == "NOUN"), None)
            if noun is not None:
                return noun  # "called the Philippine allegations groundless": the object a compound
        if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("ADJ", "NOUN") and c.i > verb.i:
            subject = next((g for g in children_of(c) if g.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
            owner = next((g for g in children_of(c) if g.dep_ == "poss"), None)
            if owner is not None and any(g.dep_ == "compound" for g in children_of(c)):
                return owner  # "declared the president's decree unconstitutional": "decree" a compound
        if _judged_clause(c):  # "ruled that the detention was unlawful": the clause's subject
            return next(g for g in children_of(c) if g.dep_ == "nsubj")
    return None


def _judged_clause(clause: Token) -> bool:
    """A "that" clause saying what its subject was ("that the detention was unlawful")."""
    deps = {g.dep_ for g in children_of(clause)}
    said = bool(deps & {"acomp", "attr"})
    return clause.dep_ == "ccomp" and clause.lemma_ == "be" and "nsubj" in deps and said


def _pobjs_of(noun: Token) -> list[Token]:
    """The nouns of a noun's of-phrase ("the treatment of the Uyghurs")."""
    return [o for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of" for o in _pobjs(p)]


def recognised_labels(verb: Token) -> list[Token]:
    """The condemning label a recognising verb gives its object ("recognised the 1915 killings as
    genocide"): the verb's own word, no deed of its own (``judging.recognising``; sectors-4)."""
    if verb.lemma_.lower() not in readings()["judging"]["recognising"] or condemns(verb) is None:
        return []
    return judgements(verb)


def judgements(verb: Token) -> list[Token]:
    """The words a judging verb says its object was: "called the attack cowardly", "described the
    bombing as barbaric", "termed the raid a violation", "branded the killings a massacre" (with the
    object's apposition: "called the bombing ... a cowardly act"). Empty when the verb judges nothing."""
    spec = readings()["judging"]
    judged = judged_object(verb)
    if judged is None:
        return []
    words: list[Token] = []
    for c in children_of(verb):
        said = c.dep_ in ("acomp", "xcomp", "ccomp", "advmod") and c.pos_ in ("ADJ", "ADV") and c.i > verb.i
        if c.dep_ == "oprd" or said and c.lemma_.lower() in spec["condemning"]:
            words.append(c)  # "called the attack cowardly"
        elif c.dep_ == "npadvmod" and c.pos_ == "NOUN" and c.ent_type_ not in ("DATE", "TIME"):
            words.append(c)  # "branded the killings a massacre"
        elif c.dep_ == "prep" and c.lower_ == "as":
            words.extend(g for g in children_of(c) if g.dep_ in ("pobj", "amod", "acomp"))
        elif c.dep_ == "advcl" and c.pos_ == "ADJ" and any(g.lower_ == "as" for g in children_of(c)):
            words.append(c)  # "described the charges as politically motivated"
        elif _judged_clause(c):
            words.extend(g for g in children_of(c) if g.dep_ in ("acomp", "attr"))
        elif c.dep_ in ("ccomp", "xcomp") and c.pos_ == "NOUN" and c.i > verb.i and c.i > judged.i and any(
                g.i == judged.i for g in children_of(c)):
            words.append(c)  # "declared the Holodomor a genocide": the small clause's noun
    for g in (*children_of(judged), *(a for o in _pobjs_of(judged) for a in children_of(o))):
        if g.dep_ == "appos" and g.i > judged.i:
            words.append(g)  # "declared the killings of Rohingya a genocide": hung on the of-phrase
        elif g.dep_ == "prep" and g.lower_ == "as" and g.i > judged.i:  # the parse hangs "as" on the deed
            words.extend(c for c in children_of(g) if c.dep_ in ("pobj", "amod", "acomp"))
        elif g.dep_ == "acl" and g.tag_ == "VBN" and g.i == judged.i + 1 and not list(children_of(g)):
            words.append(g)  # "called the reports fabricated": the participle parsed as the noun's
    return words


def denies_claim(verb: Token) -> str | None:
    """The denying word of a judging verb whose object is a claim ("called the allegations groundless",
    "described the charges as politically motivated", "called the accusations lies"), or None: the
    judging is a denial (``denying`` in data/readings.yaml), the claim no accusation of its own."""
    judged = judged_object(verb)
    if judged is None or judged.lemma_.lower() not in readings()["denied_claims"]["nouns"]:
        return None
    denying = readings()["judging"]["denying"]
    for word in judgements(verb):
        for tok in (word, *(c for c in children_of(word) if c.dep_ in ("amod", "compound", "advmod"))):
            if tok.lemma_.lower() in denying or tok.lower_ in denying:
                return tok.lower_
    return None


def condemns(verb: Token) -> str | None:
    """The condemning word of a judging verb ("cowardly", "a cowardly act", "a massacre"), or None."""
    condemning = readings()["judging"]["condemning"]
    for word in judgements(verb):
        for tok in (word, *(c for c in children_of(word) if c.dep_ in ("amod", "compound", "advmod"))):
            if tok.lemma_.lower() in condemning or tok.lower_ in condemning:
                return tok.lemma_.lower()
    return None


def _named_so(verb: Token) -> bool:
    """'dissolved parliament days after what he called a coup attempt': a free relative ("what") naming a
    happening by the speaker's word, no judgement of anyone's deed (roles49)."""
    return any(c.dep_ == "dobj" and c.lower_ == "what" for c in children_of(verb))


def _judging_triggers(sent: Span, triggers: list[Trigger], lex: Lexicon) -> list[Trigger]:
    """A judging verb whose judgement condemns its object is a condemnation (criticise) by its subject
    ("branded the proposal a propaganda ploy"); an event it judges stays an event of its own."""
    taken = {t.head.i for t in triggers}
    out = []
    for tok in _verbs(sent, readings()["judging"]["verbs"]):
        if tok.i in taken or judged_object(tok) is None or _named_so(tok):
            continue
        denial = denies_claim(tok)
        if denial is not None:  # "called the allegations groundless": the claim denied
            entry = Entry(cls="reject")
            out.append(Trigger(tok, tok.i, tok.i + 1, "reject", "verb", entry, f"judging-denial:{denial}"))
            continue
        word = condemns(tok)
        if word is not None:
            entry = Entry(cls="criticise")
            out.append(Trigger(tok, tok.i, tok.i + 1, "criticise", "verb", entry, f"judging:{word}"))
    return out


def _denied_claims(triggers: list[Trigger]) -> set[int]:
    """The claim a denying judgement judges and its labels ("called the Philippine allegations groundless":
    no accusation by the Philippines of its own, "called the accusations lies": no lie)."""
    out: set[int] = set()
    for t in triggers:
        if t.cls == "reject" and t.kind == "verb" and denies_claim(t.head) is not None:
            out |= {judged_object(t.head).i, *(w.i for w in judgements(t.head))}
    return out


# --- "called on both sides to stop fighting": the act asked to stop is the appeal's topic ----------

def is_sides(tok: Token) -> bool:
    """"both sides", "all parties", "the warring parties": no actor (unless the phrase says whose:
    "both sides in the Sudanese conflict")."""
    spec = readings()["appeals"]
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if any(c.dep_ == "prep" for c in children_of(tok)) or after is not None and after.lower_ in ("in", "of"):
        return False  # the parse may hang "in the Sudanese conflict" on the verb
    return tok.lemma_.lower() in spec["sides"] and any(
        c.lower_ in spec["sides_words"] for c in children_of(tok)
        if c.dep_ in ("det", "predet", "amod", "nummod"))


def paired_sides(tok: Token) -> bool:
    """"the two sides", "both parties", "the warring parties" after the first sentence: the two parties the
    story told before, which :mod:`chronica.mentions` looks for (roles47); "all parties", "each side" stay
    no one (``appeals.paired_words``)."""
    words = readings()["appeals"]["paired_words"]
    return is_sides(tok) and sentence_of(tok).start > 0 and any(
        c.lower_ in words for c in children_of(tok) if c.dep_ in ("det", "predet", "nummod", "amod"))


def asked_for(head: Token, askers: set[int]) -> bool:
    """Whether a violent act is what an appeal asks to stop (``askers``: the heads of asking triggers):
    "called on both sides to stop fighting", "urged the rebels to end the attacks"."""
    stopping = readings()["appeals"]["stopping"]
    tok, stopped = head, False
    for _ in range(6):
        if tok.head.i == tok.i:
            return False
        if tok.head.lemma_.lower() in stopping and tok.dep_ in ("dobj", "xcomp", "pcomp", "pobj", "ccomp"):
            stopped = True
        if tok.head.i in askers and tok.dep_ in TO_CLAUSES + ("dobj",) and tok.i != head.i:
            return stopped
        tok = tok.head
    return False


# --- "warned that the measure could lead to abuses": disapproval ---------------------------------------

def _warned_outcome(trig: Trigger, acts: set[int]) -> bool:
    """A warning whose clause tells, with a modal, what a thing may bring about ("warned that the measure
    could lead to abuses"), not what someone will do, nor what an act would bring ("warned that any attack
    would trigger a crushing response": a threat); ``acts`` are the sentence's trigger words."""
    spec = readings()["warned_outcomes"]
    if trig.is_noun or trig.head.lemma_.lower() not in spec["verbs"]:
        return False
    return any(c.dep_ == "ccomp" and c.lemma_.lower() in spec["outcomes"]
               and any(a.dep_ == "aux" and a.lower_ in spec["modals"] for a in children_of(c))
               and any(s.dep_ == "nsubj" and s.pos_ == "NOUN" and (s.i not in acts or not _answered(c))
                       for s in children_of(c))
               for c in children_of(trig.head))


def _answered(clause: Token) -> bool:
    """'any attack would trigger a crushing response': the outcome a clause foretells is an answer (a
    ``warned_outcomes`` answer) no one else is named to give, the warner's own; not "would lead to a
    bloodbath", nor "would draw a NATO response"."""
    spec = readings()["warned_outcomes"]
    outcomes = [c for c in children_of(clause) if c.dep_ == "dobj"] + [
        o for p in children_of(clause) if p.dep_ == "prep" for o in _pobjs(p)]
    return any(o.lemma_.lower() in spec["answers"] and not any(
        c.dep_ in ("compound", "poss", "amod", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ in OWNER_ENTS)
        for c in children_of(o)) for o in outcomes)


OWNER_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})  # "a NATO response", "a U.S. response": another's


# --- "analysts warned that China could blockade Taiwan": another's act foretold ------------------------

def foretold_doer(head: Token) -> Token | None:
    """The subject of a warning's clause that tells, with a modal of possibility, what someone named may do
    ("analysts warned that China could blockade Taiwan", "M23 could advance on Uvira, an official warned"),
    else None: no pronoun ("warned that it could use force"), no "its forces", nor one who would undergo the
    act ("warned that Israel could face a response")."""
    spec = readings()["foretold_by_others"]
    if head.pos_ != "VERB" or head.lemma_.lower() not in spec["verbs"]:
        return None
    for clause in children_of(head):
        if clause.dep_ != "ccomp" or clause.lemma_.lower() in spec["undergone"] or not any(
                a.dep_ == "aux" and a.lower_ in spec["modals"] for a in children_of(clause)):
            continue
        subject = next((s for s in children_of(clause) if s.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN") and not any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(subject)):
            return subject
    return None


def warned_report(head: Token) -> Token | None:
    """The clause a trailing "warned" only attributes: a deed told in the past or the perfect with no modal or
    future ("The rebels have captured two more towns, the defence minister warned", "Troops killed 40
    civilians, the UN envoy warned"); None otherwise (``warned_reports`` in data/readings.yaml)."""
    spec = readings()["warned_reports"]
    if head.pos_ != "VERB" or head.lemma_.lower() not in spec["verbs"]:
        return None
    for clause in children_of(head):
        if clause.dep_ not in ("ccomp", "parataxis") or clause.i > head.i or clause.pos_ != "VERB":
            continue
        aux = [a for a in children_of(clause) if a.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in spec["modals"] for a in aux):
            continue
        if clause.tag_ == "VBD" or clause.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux):
            return clause
    return None


def foretold_deed(head: Token) -> tuple[Token, Token | None] | None:
    """The deed a warning is "of" that another may do, with its doer's word if named: "the U.S. embassy warned
    of possible terrorist attacks" (no doer), "police warned of possible attacks by militants" (the
    militants), "warned of a heightened risk of kidnappings" (bombs49); None when the warner may be the doer
    ("warned of a crushing response", "North Korea warned of possible nuclear strikes")."""
    spec = readings()["foretold_by_others"]
    if head.pos_ != "VERB" or head.lemma_.lower() not in spec["verbs"]:
        return None
    adviser = any(s.dep_ == "nsubj" and s.lemma_.lower() in spec["advisers"] for s in children_of(head))
    for noun in (n for p in children_of(head) if p.dep_ == "prep" and p.lower_ in spec["of_preps"]
                 for n in _pobjs(p)):
        risk = noun.lemma_.lower() in spec["risks"]
        deed = next((g for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of"
                     for g in _pobjs(p)), None) if risk else noun
        if deed is None or deed.lemma_.lower() not in spec["deeds"]:
            continue
        doer = next((g for p in children_of(deed) if p.dep_ == "prep" and p.lower_ == "by"
                     for g in _pobjs(p)), None)
        others = any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in spec["others"]
                     for c in children_of(deed))
        if risk or adviser or others or doer is not None:
            return deed, doer
    return None


# --- "vowed revenge against Israel for the killing": who did the deed answered ----------------------------

def answered_deed(noun: Token) -> list[Token] | None:
    """Who did a deed named after "for" that something answers: those a revenge is vowed against ("vowed
    revenge against Israel for the killing of Haniyeh": Israel; none named: no one), or who apologises for it
    ("demanded that Ecuador apologise for the raid": Ecuador); None when the deed answers nothing."""
    spec = readings()["answered_deeds"]
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    head = noun.head.head
    if head.pos_ == "VERB" and head.lemma_.lower() in spec["owned"]:
        return [s for s in children_of(head) if s.dep_ == "nsubj"] or None
    answers = [head] if head.lemma_.lower() in spec["answers"] else [
        c for c in children_of(head) if c.dep_ == "dobj" and c.lemma_.lower() in spec["answers"]]
    if not answers:
        return None
    return [o for a in answers for p in children_of(a) if p.dep_ == "prep" and p.lower_ in spec["against"]
            for o in _pobjs(p)]



def remote_verbs(deed: Token) -> list[Token]:
    """The verbs above a deed that commemorate it, try someone for it, count it or failed to stop it
    ("commemorated the 2002 Bali bombings", "paused to remember the people killed in the attacks",
    "convicted a former soldier of the 1982 massacre", "figures show that 27,000 people were murdered",
    "failed to prevent the bombings", "journalists covering the rally"): their subjects did not do it
    (``commemorations`` in data/readings.yaml; memory-1, press-1)."""
    spec = readings()["commemorations"]
    out: list[Token] = []
    path: list[Token] = []
    node = deed
    while node.head.i != node.i and len(path) < 10:
        verb = node.head
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and node.head.dep_ != "pcomp":
            break  # "soldiers gathered and killed": a verb joined to the deed is no frame of it
        if verb.pos_ in ("VERB", "AUX") and _frames(verb, node, path, spec):
            out.append(verb)
        path.append(node)
        node = verb
    return out


def _frames(verb: Token, child: Token, path: list[Token], spec: dict[str, Any]) -> bool:
    """Whether a verb commemorates, tries, counts or stops the deed its child (over the path) holds."""
    lemma = verb.lemma_.lower()
    held = child.dep_ in ("dobj", "xcomp", "ccomp") or child.dep_ == "prep" and child.lower_ in spec["preps"]
    if lemma in spec["plain"]:
        return held
    if lemma in spec["tributed"]:  # "paid tribute to the children killed in the siege"
        return held and any(t.lemma_.lower() in spec["tributes"] for t in (*children_of(verb), *path, child))
    if lemma in spec["marked"]:  # "marked the anniversary of the massacre", not "marked a turning point"
        return child.dep_ == "dobj" and (not path or child.lemma_.lower() in spec["remembered"])
    if lemma in spec["showing"]:  # "police figures show that 27,000 people were murdered"
        return child.dep_ in ("ccomp", "dobj") and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in spec["counts"] for c in children_of(verb))
    if lemma in spec["prevented"]:  # "police failed to prevent the bombings"
        return child.dep_ == "dobj"
    if lemma in spec["failed_stops"]:  # "soldiers failed to stop the massacre", not "thwarted an attack"
        return child.dep_ == "dobj" and (any(c.dep_ == "neg" for c in children_of(verb)) or (
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() in spec["failed"]))
    if lemma in spec["reporting"]:  # "journalists covering an opposition rally"
        return child.dep_ == "dobj"
    if lemma in spec["reporting_on"]:  # "a journalist reporting on the rally"
        return child.dep_ == "prep" and child.lower_ == "on"
    if lemma in spec["trial_verbs"]:  # "convicted a former soldier of the 1982 massacre"
        return child.dep_ not in ("nsubj", "nsubjpass") and any(
            t.dep_ == "prep" and t.lower_ in spec["trial_preps"] for t in (*path, child))
    return False

# --- "fired warning shots into the air": a show of force ------------------------------------------

def _warning_shot(trig: Trigger) -> bool:
    """A shooting told as warning shots or flares, as shots into the air, or as fired "to warn" someone
    ("fired flares to warn off a Chinese drone")."""
    spec = readings()["warning_shots"]
    head = trig.head
    shots = [head] if trig.is_noun else [c for c in children_of(head) if c.dep_ == "dobj"]
    if any(c.lemma_.lower() in spec["modifiers"] for s in shots for c in children_of(s)
           if c.dep_ in ("compound", "amod")):
        return True
    verb = head if not trig.is_noun else head.head
    if any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in spec["purposes"] and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c)) for c in children_of(verb)):
        return True
    preps = [c for c in children_of(verb) if c.dep_ == "prep"]  # with "into the air and then at him"
    aimed = any(p.lower_ in ("at", "on", "upon") and _pobjs(p) for p in preps + [
        c for c in children_of(verb) if c.dep_ == "conj" and c.pos_ == "ADP"])
    return not aimed and any(p.lower_ in ("into", "in", "toward", "towards") and any(
        g.lemma_.lower() in spec["places"] for g in _pobjs(p)) for p in preps)


# --- "the demonstrations turned violent": a riot ---------------------------------------------------

def _turned_violent(trig: Trigger) -> bool:
    """A protest noun that is the subject of "turned violent", "degenerated into violence"."""
    spec = readings()["turned_violent"]
    head = trig.head
    verb = head.head
    if not trig.is_noun or head.dep_ != "nsubj" or verb.lemma_.lower() not in spec["verbs"]:
        return False
    for c in children_of(verb):
        if c.dep_ in ("acomp", "oprd", "xcomp", "attr") and c.lemma_.lower() in spec["states"]:
            return True
        into = c.dep_ == "prep" and c.lower_ == "into"
        if into and any(g.lemma_.lower() in spec["into"] for g in _pobjs(c)):
            return True
    return False


# --- "called on the prime minister": a visit ---------------------------------------------------------

def _calls_on(trig: Trigger) -> bool:
    """"call on" a person with no "to" clause after it (nor "for"): a courtesy visit."""
    spec = readings()["calls_on"]
    verb = trig.head
    if trig.kind != "verb" or verb.lemma_.lower() not in spec["verbs"]:
        return False
    children = list(children_of(verb))
    if any(c.dep_ in TO_CLAUSES and c.pos_ in ("VERB", "AUX") and c.lemma_.lower() not in spec["errands"]
           for c in children) or any(
            c.dep_ == "prep" and c.lower_ == "for" for c in children):
        return False
    called = [g for c in children if c.dep_ == "prep" and c.lower_ in spec["preps"] for g in _pobjs(c)
              if g.ent_type_ not in ("DATE", "TIME")]  # not "on Tuesday"
    if not called or any(c.dep_ in ("relcl", "acl") for g in called for c in children_of(g)):
        return False
    return all(g.ent_type_ == "PERSON" or g.lemma_.lower() in spec["persons"] or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in spec["persons"] for c in children_of(g))
        for g in called)  # "President Ruto": a title before the name


# --- "intervened in a fight between two groups" ---------------------------------------------------

def stepped_into(fight: Token) -> bool:
    """Whether a fight is what someone else stepped into: the object of "intervened in", "broke up",
    "stopped", "separated" (``fights.steps`` in data/readings.yaml)."""
    steps = readings()["fights"]["steps"]
    verb = fight.head.head if fight.dep_ == "pobj" else fight.head if fight.dep_ == "dobj" else None
    return verb is not None and verb.lemma_.lower() in steps


# --- "killed 2 IS suicide bombers": the bearer was hit ----------------------------------------------

def counted_after(weapon: Token, verb: Token) -> bool:
    """A weapon's bearer named after a verb of harm with only its count and modifiers between ("killed 2
    IS suicide bombers", which the parse reads with "IS" as a verb): who was hit, not the means."""
    spec = readings()["bearers"]
    if weapon.lemma_.lower() not in spec["words"] or not 0 < weapon.i - verb.i <= spec["reach"]:
        return False
    between = weapon.doc[verb.i + 1:weapon.i]
    return any(t.like_num for t in between) and all(
        t.tag_ in spec["between_tags"] or t.lower_ in spec["between_words"] for t in between)


# --- "Egypt-Libya ties severed", "a build-up of Russian troops" -------------------------------------

def _headline_object(tok: Token, lex: Lexicon) -> Trigger | None:
    """A headline verb with no auxiliary and no object whose subject is an object its entry lists:
    "Egypt-Libya ties severed" is ties severed."""
    entry = lex.verbs.get(lex.lemma(tok))
    if (entry is None or not entry.objects or tok.tag_ not in readings()["headline_objects"]["tags"]
            or tok.dep_ != "ROOT" or sentence_of(tok)[-1].is_punct and sentence_of(tok)[-1].lower_ == "."):
        return None
    children = list(children_of(tok))
    if any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in children):
        return None
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or entry.subjects.get(subject.lemma_.lower()) is not None:
        return None
    cls = entry.objects.get(subject.lemma_.lower())
    if not cls or cls == "none":
        return None
    return Trigger(tok, tok.i, tok.i + 1, cls, "verb", entry, f"headline-object:{lex.lemma(tok)}")


def headline_sides(trig: Trigger) -> list[Token]:
    """The named states or groups inside a headline subject ("Egypt-Libya ties"), in text order."""
    if not trig.rule.startswith("headline-object:"):
        return []
    subject = next((c for c in children_of(trig.head) if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    return [t for t in subject.subtree if t.i != subject.i and t.ent_type_ in ("GPE", "NORP", "ORG")
            and t.pos_ == "PROPN"]


def _build_up(sent: Span, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """"a build-up of Russian troops", "the troop build-up" split into three words by the tokenizer: a
    military build-up when its modifiers or what it is of say so."""
    spec = readings()["build_up"]
    words = spec["words"]
    entry = lex.nouns.get("build-up")
    if entry is None:
        return []
    lemmas = lex.lemmas_of(sent.doc)
    if not words or words[0] not in lemmas[sent.start:sent.end]:  # most sentences: one scan, no loop
        return []
    out = []
    for i in range(sent.start, sent.end - len(words) + 1):
        if tuple(lemmas[i:i + len(words)]) != words or taken & set(range(i, i + len(words))):
            continue
        span = sent.doc[i:i + len(words)]
        head = span.root
        near = [t for t in span.doc[max(sent.start, i - 2):i]] + [
            g for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "of" for g in _pobjs(c)]
        near += [c for t in list(near) for c in children_of(t) if c.dep_ in ("amod", "compound")]
        if any(t.lemma_.lower() in spec["military"] for t in near):
            out.append(Trigger(head, i, i + len(words), spec["class"], "phrase", entry, "phrase:build-up"))
    return out


# --- "Ugandan troops crossed into eastern Congo": forces moved in ------------------------------------

def _moved_in(sent: Span, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """"Ugandan troops crossed into eastern Congo", "Turkish forces moved into northern Syria", "Kenyan police
    officers arrived in Haiti": armed forces that go into a place, or arrive in a named country, are moved
    there (``moved_in`` in data/readings.yaml), whoever else goes there ("migrants crossed into Poland")."""
    spec = readings()["moved_in"]
    advancing = spec["advancing"]
    out = []
    for verb in _verbs(sent, spec["verbs"] | spec["arriving"]):
        lemma = verb.lemma_.lower()
        doers = spec["forces"] | frozenset(advancing["doers"] if lemma in advancing["verbs"] else ())
        if verb.i in taken or not any(_force(s, doers) for s in _subjects(verb)):
            continue
        cls = _moved_for(verb, spec)
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in spec["told_by"] and cls == spec["class"]:
            continue  # "Ukraine said Russian troops had crossed the border": a charge, told as the speaker's
        if _went_in(verb, lemma, spec):
            # weighed below a named event ("..., an accusation Moscow denied"): a reading, not a trigger word
            entry = Entry(cls=cls, weight=spec["weight"])
            rule = f"verb:{lemma}+moved-in" + ("" if cls == spec["class"] else f"+{cls}")
            out.append(Trigger(verb, verb.i, verb.i + 1, cls, "verb", entry, rule))
    return out


def _went_in(verb: Token, lemma: str, spec: dict[str, Any]) -> bool:
    """Whether forces' verb of going names where they went: a country arrived in, a named place landed at or
    advanced on ("landed at Da Nang", "advanced on Goma"), a border or river crossed, a region moved into."""
    landing, advancing = spec["landing"], spec["advancing"]
    if lemma in landing["verbs"] and any(
            _country(g) or _named(g) for g in _places_gone(verb, frozenset(landing["preps"]), False)):
        return True
    if lemma in advancing["verbs"] and any(
            g.lemma_.lower() in advancing["grounds"] or _named(g)
            for g in _places_gone(verb, frozenset(advancing["preps"]), False)):
        return True
    if lemma in spec["arriving"]:
        return any(_country(g) for g in _places_gone(verb, {"in"}, False))
    if lemma in spec["object_verbs"] and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in spec["crossed"] or c.ent_type_ == "LOC"
                                  and c.pos_ == "PROPN") for c in children_of(verb)):
        return True  # "crossed the Yangtze", "crossed the river"
    return any(_ground(g, spec["grounds"])
               for g in _places_gone(verb, spec["preps"], lemma in spec["object_verbs"]))


def _named(tok: Token) -> bool:
    """A name forces land at or advance on: a place, whatever the tagger called it ("Goma", tagged a person;
    "the Falklands", an organisation), not a day ("landed on Tuesday")."""
    return place_name(tok) or tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME", "NORP")


def _moved_for(verb: Token, spec: dict[str, Any]) -> str:
    """The class of a move in: aid brought when the convoy carries relief ("a convoy of trucks carrying food
    entered northern Ethiopia"), protection given when the forces come to help or for a mission ("arrived in
    Haiti to lead a multinational security mission"), else forces moved (aid48)."""
    aid, helping = spec["aid"], spec["helping"]
    if any(_carries_aid(s, aid) for s in _subjects(verb)):
        return aid["class"]
    for clause in children_of(verb):
        if clause.dep_ not in ("advcl", "xcomp") or not any(
                a.dep_ == "aux" and a.lower_ == "to" for a in children_of(clause)):
            continue
        things = [o for o in children_of(clause) if o.dep_ == "dobj"]
        things += [g for c in children_of(clause) if c.dep_ == "prep" and c.lower_ == "in" for g in _pobjs(c)]
        if clause.lemma_.lower() in helping["purposes"] or any(
                t.lemma_.lower() in helping["missions"] for t in things):
            return helping["class"]
    return spec["class"]


def _carries_aid(tok: Token, aid: dict[str, Any]) -> bool:
    """A convoy or truck told as carrying relief ("trucks carrying food"), or called aid ("an aid convoy")."""
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in aid["marks"] for c in children_of(tok)):
        return True
    cargo = cargo_of(tok)
    return cargo is not None and any(
        _key_words(t) & set(aid["cargo"]) for t in [cargo, *cargo.conjuncts])


def _key_words(tok: Token) -> set[str]:
    """A noun's lemma, and with a modifier before it ("medical supply")."""
    lemma = tok.lemma_.lower()
    mods = [c.lemma_.lower() for c in children_of(tok) if c.dep_ in ("compound", "amod")]
    return {lemma, *(f"{m} {lemma}" for m in mods)}


def _places_gone(verb: Token, preps: frozenset[str] | set[str], objects: bool) -> list[Token]:
    """The nouns of a verb's phrases with these prepositions, and its objects with ``objects``."""
    kids = children_of(verb)
    return [g for c in kids if c.dep_ == "prep" and c.lower_ in preps for g in _pobjs(c)] + [
        c for c in kids if objects and c.dep_ == "dobj"]


def _country(tok: Token) -> bool:
    """Whether a proper noun names a country ("Haiti", "South Sudan")."""
    return " ".join(t.lower_ for t in tok.subtree if t.pos_ == "PROPN") in country_names()


def _subjects(verb: Token) -> list[Token]:
    """A verb's subjects, each the people it counts ("thousands of Rwandan soldiers": soldiers)."""
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    counters = readings()["moved_in"]["counters"]  # not "a deployment of NATO troops": an event noun
    return subjects + [g for s in subjects if s.like_num or s.lemma_.lower() in counters
                       for c in children_of(s) if c.dep_ == "prep" and c.lower_ == "of" for g in _pobjs(c)]


def _ground(tok: Token, grounds: frozenset[str]) -> bool:
    """Whether a noun names ground forces go into: a place's name, or a word for a border or a territory."""
    return tok.lemma_.lower() in grounds or tok.pos_ == "PROPN" and _country(tok)


def _force(tok: Token, forces: frozenset[str]) -> bool:
    """Whether a noun names armed forces or police ("troops", "police officers")."""
    lemma = lexicon().forms.get(tok.lower_) or tok.lemma_.lower()  # "paratroops", "Marines"
    before = next((c.lemma_.lower() for c in children_of(tok) if c.dep_ == "compound" and c.i == tok.i - 1),
                  "")
    return lemma in forces or f"{before} {lemma}" in forces or _titled(tok, forces)


def _titled(tok: Token, forces: frozenset[str]) -> bool:
    """Whether a person's name bears the title of one of these forces before it: "Attorney General Consuelo
    Porras", "Prosecutor Ana Diaz" (deeds49)."""
    if tok.ent_type_ != "PERSON":
        return False
    title = [c.lower_ for c in tok.subtree
             if c.i < tok.i and c.dep_ == "compound" and c.ent_type_ != "PERSON"]
    return any(" ".join(title[i:]) in forces for i in range(len(title)))


# --- "ordered his military to prepare for war": forces readied ------------------------------------------

def _readied_forces(sent: Span, taken: set[int]) -> list[Trigger]:
    """"Kim Jong Un ordered his military to prepare for war", "told the military to step up preparations for
    combat", "ordered troops to be ready": forces ordered or told to get ready or to move are mobilised, the
    event on the clause of what they are to do, whose doer is the one who orders it (``readied_forces`` in
    data/readings.yaml; roles: ``ordered_forces``). Returns the triggers it adds."""
    spec = readings()["readied_forces"]
    forces = spec["forces"] | readings()["ordered_forces"]["forces"]
    out = []
    for verb in _verbs(sent, spec["verbs"]):
        if not any(c.dep_ in ("dobj", "nsubjpass") and _force(c, forces) for c in children_of(verb)):
            continue
        if verb.i not in taken and any(g.lemma_.lower() in spec["into"] or _country(g)
                                       for g in _places_gone(verb, {"into"}, False)):
            entry = Entry(cls=spec["class"], weight=spec["weight"])  # "ordered 400 soldiers into the city"
            out.append(Trigger(verb, verb.i, verb.i + 1, spec["class"], "verb", entry,
                               f"verb:{verb.lemma_.lower()}+ordered-into"))
        for clause in children_of(verb):
            if clause.dep_ in ("xcomp", "ccomp") and clause.i not in taken and _readies(clause, spec):
                entry = Entry(cls=spec["class"], weight=spec["weight"])
                rule = f"verb:{clause.lemma_.lower()}+readied-by:{verb.lemma_.lower()}"
                out.append(Trigger(clause, clause.i, clause.i + 1, spec["class"], "verb", entry, rule))
    return out


def _readies(clause: Token, spec: dict[str, Any]) -> bool:
    """Whether a "to" clause readies forces: a verb of moving or getting ready with no object but forces
    ("prepare for war", "move closer to the border"), one of raising readiness ("step up preparations"), or
    "be" in a state of readiness ("be ready for combat", "be on high alert")."""
    kids = children_of(clause)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        return False
    lemma = clause.lemma_.lower()
    objects = [c for c in kids if c.dep_ == "dobj"]
    forces = spec["forces"] | readings()["ordered_forces"]["forces"]
    if lemma in spec["moves"] and all(_force(o, forces) for o in objects):
        return True
    if lemma in spec["raising"] and any(_key_words(o) & spec["readiness"] for o in objects):
        return True
    states = [c for c in kids if c.dep_ in ("acomp", "advmod")]
    states += [g for c in kids if c.dep_ == "prep" and c.lower_ in ("on", "in") for g in _pobjs(c)]
    return lemma in ("be", "stand", "remain", "stay", "get") and any(
        t.lemma_.lower() in spec["states"] for t in states)


# --- "a warrant for his arrest": an arrest to come ------------------------------------------------------

def _warrant_for(trig: Trigger) -> Token | None:
    """The warrant an arrest noun is the "for" of ("issued a warrant for his arrest"), also when the "for"
    hangs on the verb the warrant is the object of ("offered a reward for the arrest of the gunmen"), else
    None."""
    tok = trig.head
    if not trig.is_noun or tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return None
    warrant = tok.head.head
    warrants = readings()["warranted"]["warrants"]
    if warrant.pos_ in ("VERB", "AUX"):
        warrant = next((c for c in children_of(warrant) if c.dep_ == "dobj" and c.i < tok.i), warrant)
    return warrant if warrant.lemma_.lower() in warrants else None


# --- "Security forces raided the offices of the newspaper": a search ---------------------------------

def _searched_premises(trig: Trigger) -> bool:
    """Whether a raid is a state's search of premises: "security forces raided the offices of El Watan",
    "intelligence agents carried out a raid on his home" (``searched_premises`` in data/readings.yaml); not
    "security forces raided a hideout", nor "gunmen raided the offices of a radio station"."""
    spec = readings()["searched_premises"]
    tok = trig.head
    if tok.lemma_.lower() not in spec["words"]:
        return False
    kids = children_of(tok)
    agents = [g for c in kids if c.dep_ in ("agent", "prep") and c.lower_ == "by" for g in _pobjs(c)]
    if trig.is_noun:
        verb = tok.head if tok.dep_ == "dobj" else None
        doers = agents + ([c for c in children_of(verb) if c.dep_ == "nsubj"]
                          if verb is not None and verb.lemma_.lower() in spec["doing"] else [])
        places = [g for c in kids if c.dep_ == "prep" and c.lower_ in ("on", "of") for g in _pobjs(c)]
    else:
        doers = agents + [c for c in kids if c.dep_ == "nsubj"]
        places = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
    return (any(_force(d, spec["forces"]) or _order_body(d, spec["body_sectors"]) for d in doers)
            and any(p.lemma_.lower() in spec["premises"] for p in places))


def _order_body(tok: Token, sectors: Collection[str]) -> bool:
    """Whether a noun is the name of a police, intelligence or judicial body of the actor dictionaries
    ("the ED", "the Central Bureau of Investigation") (orgnames56)."""
    first = next((t.i for t in tok.subtree if t.dep_ != "det"), tok.i)
    names = _order_bodies(tuple(sectors))
    return tok.text.lower() in names or tok.doc[first:tok.i + 1].text.lower() in names


@cache
def _order_bodies(sectors: tuple[str, ...]) -> frozenset[str]:
    """The names, full names and aliases of the organisations of these sectors, in lower case."""
    rows = package_file("organisations").get("organisations") or []
    return frozenset(str(n).lower() for r in rows if r.get("sector") in sectors
                     for n in [r.get("name"), r.get("full"), *(r.get("aliases") or [])] if n)


# --- "shut down the internet", "blocked access to Facebook": communications cut off -------------------

def _named_in(noun: Token, words: frozenset[str], carriers: frozenset[str]) -> bool:
    """Whether a noun names one of these words or word pairs ("the internet", "mobile data": "mobile datum"),
    or is a carrier word one of them modifies ("mobile internet services", "social media platforms"); not
    "internet cafes"."""
    lemmas = [t.lemma_.lower() for t in noun.subtree if t.i <= noun.i]
    if lemmas[-1] in words or " ".join(lemmas[-2:]) in words:
        return True
    pairs = (f"{a} {b}" for a, b in zip(lemmas, lemmas[1:], strict=False))
    return lemmas[-1] in carriers and (any(w in words for w in lemmas) or any(p in words for p in pairs))


def _cut_off_class(verb: Token, spec: dict[str, Any]) -> str | None:
    """The class of a verb that cuts off communications: withhold for a service ("the internet", "mobile
    data", "internet access"), censor for platforms of information ("access to social media", "Facebook");
    None for anything else, or for a cut its subject tells as no one's decision ("a storm cut ...")."""
    kids = children_of(verb)
    if verb.lemma_.lower() in spec["off_verbs"] and not any(c.dep_ == "prt" and c.lower_ == "off"
                                                             for c in kids):
        return None
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in spec["causes"] for c in kids):
        return None
    things = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
    things += [g for t in list(things) for g in t.conjuncts]
    things += [g for t in list(things) if t.lemma_.lower() in spec["access"] for c in children_of(t)
               if c.dep_ == "prep" and c.lower_ == "to" for p in _pobjs(c) for g in (p, *p.conjuncts)]
    if any(_named_in(t, spec["services"], spec["carriers"]) for t in things):
        return spec["service_class"]
    if any(_named_in(t, spec["platforms"], spec["carriers"]) for t in things):
        return spec["platform_class"]
    return None


def _cut_off(sent: Span, triggers: list[Trigger], taken: set[int]) -> list[Trigger]:
    """"Authorities shut down the internet", "suspended mobile data", "restricted access to social media": a
    verb that cuts off communications is withhold (a service) or censor (platforms), its trigger re-classed
    or a new one made (``cut_off`` in data/readings.yaml). Returns the triggers it adds."""
    spec = readings()["cut_off"]
    on_verb = {t.head.i: t for t in triggers if t.kind == "verb"}
    out = []
    for verb in _verbs(sent, spec["verbs"]):
        cls = _cut_off_class(verb, spec)
        if cls is None:
            continue
        if verb.i in on_verb:
            on_verb[verb.i].cls, on_verb[verb.i].rule = cls, on_verb[verb.i].rule + "+cut-off"
        elif verb.i not in taken:
            rule = f"cut-off:{verb.lemma_}"
            out.append(Trigger(verb, verb.i, verb.i + 1, cls, "verb", Entry(cls=cls), rule))
    return out


# --- "gave the ambassador 72 hours to leave the country": an expulsion ------------------------------

def _sent_away(verb: Token, spec: dict[str, Any]) -> list[Token]:
    """The people a verb gives a delay to leave, or tells to leave: "gave the ambassador 72 hours to leave",
    "were summoned and told to leave" (a conjoined verb's people are its first verb's). Empty when it does
    not send anyone away."""
    children = list(children_of(verb))
    lemma = verb.lemma_.lower()
    spans = [c for c in children if c.lemma_.lower() in spec["spans"] and c.dep_ in ("dobj", "npadvmod")]
    spans += [a for c in children for a in children_of(c) if a.dep_ == "appos"
              and a.lemma_.lower() in spec["spans"]]  # "gave France's ambassador 72 hours": read as apposed
    if lemma not in spec["telling"] and not spans:
        return []  # "gave the family a house": no delay given
    if not any(g.lemma_.lower() in spec["leaving"] and g.dep_ in TO_CLAUSES + ("relcl",)
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(g))
               for c in children for g in (c, *children_of(c))):
        return []  # "to leave", not "clashed ..., leaving 15 dead, a spokesman told reporters"
    told = lemma in spec["telling"] or not any(c.dep_ == "dobj" for c in spans)  # "gave X one month": X
    deps = ("dative", "nsubjpass") if not told else ("dative", "dobj", "nsubjpass")
    people = [c for c in children if c.dep_ in deps]
    if not people and verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in children):
        people = [c for c in children_of(verb.head) if c.dep_ == "nsubjpass"]
    return people


def _foreign_forces(people: Token, spec: dict[str, Any]) -> str | None:
    """The class of forces a nationality names sent away ("French troops", "America's soldiers"): an
    expulsion; None for forces no country names ("his troops", "the soldiers")."""
    if people.lemma_.lower() not in spec["forces"]:
        return None
    named = any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") or c.dep_ == "poss"
                and c.pos_ == "PROPN" for c in children_of(people))
    return spec["forces_class"] if named else None


def _given_time_to_leave(sent: Span, lex: Lexicon, triggers: list[Trigger], taken: set[int]) -> list[Trigger]:
    """"gave the ambassador 72 hours to leave the country", "two diplomats were given a week to leave", "were
    summoned and told to leave": people given a delay, or told, to leave are expelled, as "ordered the
    ambassador to leave" is (the people and classes of the ``order`` entry's objects in data/triggers.yaml);
    an ultimatum read on the verb becomes that expulsion. Returns the triggers it adds."""
    spec = readings()["given_time_to_leave"]
    order = lex.verbs.get("order")
    on_verb = {t.head.i: t for t in triggers if t.kind == "verb" and t.cls in spec["over"]}
    out = []
    for verb in _verbs(sent, spec["verbs"] | spec["telling"]):
        if verb.i in taken and verb.i not in on_verb or order is None:
            continue
        forces = verb.lemma_.lower() in spec["forces_verbs"]
        cls = next((order.objects.get(p.lemma_.lower()) or _foreign_forces(p, spec)
                    for p in _sent_away(verb, spec)
                    if order.objects.get(p.lemma_.lower()) or forces and _foreign_forces(p, spec)), None)
        if cls and verb.i in on_verb:
            on_verb[verb.i].cls, on_verb[verb.i].rule = cls, on_verb[verb.i].rule + "+given-time"
        elif cls:
            rule = f"sent-away:{verb.lemma_}"
            out.append(Trigger(verb, verb.i, verb.i + 1, cls, "verb", Entry(cls=cls), rule))
        if cls and verb.dep_ == "conj":
            for t in triggers:  # "were summoned and told to leave": the summons sets the scene
                if t.head.i == verb.head.i and t.head.lemma_.lower() in spec["preludes"]:
                    t.rule += "+setting"
    return out


def _offered_talks(trig: Trigger) -> Token | None:
    """The verb of offering that talks are the way down from, through "to" ("offered to host talks")."""
    spec = readings()["offered_talks"]
    tok = trig.head
    if not trig.is_noun or tok.dep_ != "pobj" and tok.dep_ != "dobj":
        return None
    for _ in range(spec["steps"]):
        if tok.dep_ not in spec["links"] or tok.head == tok:
            return None
        if tok.dep_ == "prep" and tok.lower_ not in spec["preps"]:
            return None
        tok = tok.head
        if tok.lemma_.lower() in spec["verbs"]:
            return tok
    return None


def partaking(verb: Token) -> bool:
    """'would not participate in the talks', 'did not take part in the fighting': a verb of taking part
    (``partaking`` in data/readings.yaml), whose subject does the event it governs and whose negation is the
    event's."""
    spec, lemma = readings()["partaking"], verb.lemma_.lower()
    return lemma in spec["verbs"] or lemma in spec["with_part"] and any(
        c.dep_ == "dobj" and c.lemma_.lower() in spec["parts"] for c in children_of(verb))


def _first_conjunct(noun: Token) -> Token:
    """The first of the nouns a noun is listed with ("all rallies and demonstrations": "rallies")."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i:
        noun = noun.head
    return noun


def banned_gathering(noun: Token, cls: str) -> Token | None:
    """'the junta banned all demonstrations', 'protests were outlawed', 'suspended all rallies and
    marches': the verb of banning (``banned_gatherings`` in data/readings.yaml) whose object a crowd's act
    is, or None."""
    spec = readings()["banned_gatherings"]
    if cls not in spec["classes"]:
        return None
    first = _first_conjunct(noun)
    verb = first.head
    if first.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in spec["verbs"]:
        return None
    return verb if verb.lemma_.lower() not in spec["by_authorities"] or _by_authority(verb) else None


def _by_authority(verb: Token) -> bool:
    """'the junta suspended all rallies': a verb whose subject (or that of the verb it is listed after) is an
    authority (``banned_gatherings`` authorities), not the crowd's own side."""
    while True:
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj":
            break
        verb = verb.head
    return subject is not None and subject.lemma_.lower() in readings()["banned_gatherings"]["authorities"]


def generic_gathering(noun: Token) -> bool:
    """'all protests', 'demonstrations in the CBD', 'opposition rallies': a crowd's act named in general, a
    plural with no determiner or owner, or one with "all", "any" or "every" (the first listed noun's if it has
    none); not "the march", "Saturday's rally", "a protest"."""
    generic = readings()["banned_gatherings"]["generic"]
    for tok in (noun, _first_conjunct(noun)):
        marks = [c for c in children_of(tok) if c.dep_ in ("det", "poss", "predet", "nummod")]
        if marks:
            return any(c.lower_ in generic for c in marks)
    return noun.tag_ == "NNS"


def warned_off(join: Token) -> Token | None:
    """'warned residents against joining the protest', 'cautioned youths against taking part in it': the
    one warned against the act (``warned_against`` in data/readings.yaml; the object of the verb of
    warning, on which the parse may hang the "against"), or None."""
    spec, prep = readings()["warned_against"], join.head
    if join.dep_ != "pcomp" or prep.lower_ != "against":
        return None
    warned = prep.head
    verb = warned.head if warned.dep_ == "dobj" else warned
    if verb.lemma_.lower() not in spec["verbs"]:
        return None
    return warned if warned is not verb else next((c for c in children_of(verb) if c.dep_ == "dobj"), None)


def deadline_clause(verb: Token) -> Token | None:
    """"gave Hamas until Saturday to release all hostages", "were given until dawn to leave": the "to" clause
    of a verb of giving (``deadline_given``) told with the day or hour the time runs to, or None."""
    spec = readings()["deadline_given"]
    if verb.lemma_.lower() not in spec["verbs"]:
        return None
    kids = children_of(verb)
    if not any(c.dep_ == "prep" and c.lower_ in spec["until_preps"] and any(
            g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in spec["times"])
            for g in children_of(c)) for c in kids):
        return None
    if not any(c.dep_ in (*spec["objects"], "nsubjpass") for c in kids):
        return None
    return next((c for c in kids if c.dep_ in ("advcl", "xcomp") and c.pos_ in ("VERB", "AUX")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))), None)


def _deadline_given(verb: Token, lex: Lexicon) -> Trigger | None:
    """"gave X who ... one week to do Y", the span parsed into the object's relative clause, or "gave X until
    Saturday to do Y": an ultimatum."""
    spec = readings()["deadline_given"]
    entry = lex.verbs.get(lex.lemma(verb))
    if entry is None:
        return None
    if deadline_clause(verb) is not None:
        return Trigger(verb, verb.i, verb.i + 1, spec["class"], "verb", entry, "verb:give+deadline")
    for obj in (c for c in children_of(verb) if c.dep_ in spec["objects"]):
        for clause in (c for c in children_of(obj) if c.dep_ == "relcl"):
            spans = [c for c in children_of(clause)
                     if c.dep_ == "npadvmod" and c.lemma_.lower() in spec["spans"]]
            asked = [c for c in children_of(clause) if c.dep_ in TO_CLAUSES
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))]
            if spans and asked:
                return Trigger(verb, verb.i, verb.i + 1, spec["class"], "verb", entry, "verb:give+deadline")
    return None


def lemmas() -> frozenset[str]:
    """Words that can start a reading of their own with no lexicon entry (a sentence with none of
    these nor a trigger word is skipped): the judging verbs, the verbs that send people away, those
    that move forces in, and those that cut off communications."""
    away, moved = readings()["given_time_to_leave"], readings()["moved_in"]
    return (readings()["judging"]["verbs"] | away["verbs"] | away["telling"] | moved["verbs"]
            | moved["arriving"] | readings()["cut_off"]["verbs"] | readings()["readied_forces"]["verbs"])


def _walked_out_of_talks(trig: Trigger) -> bool:
    """'Talks collapse as army delegation walks out': a delegation or negotiators walking out, in a sentence
    that names talks (``walked_out_talks`` in data/readings.yaml)."""
    spec, verb = readings()["walked_out_talks"], trig.head
    if trig.rule != spec["rule"] or not any(c.dep_ == "nsubj" and c.lemma_.lower() in spec["subjects"]
                                            for c in children_of(verb)):
        return False
    lemmas, toks = lemmas_of(verb.doc), tokens_of(verb.doc)  # found by lemma, no Token made for each word
    start, end = sentence_bounds(verb)
    return any(lemmas[k] in spec["talks"] and toks[k].pos_ in ("NOUN", "PROPN") for k in range(start, end))


def _stopped_attacks(sent: Span, triggers: list[Trigger], taken: set[int]) -> list[Trigger]:
    """"would stop targeting U.S. ships", "stopped shelling the town": a verb of stopping over a gerund of
    attack that is a trigger is a halt of attacks (``stopped_attacks`` in data/readings.yaml). Returns the
    triggers it adds."""
    spec = readings()["stopped_attacks"]
    heads = {t.head.i for t in triggers if t.kind == "verb"}
    out = []
    for verb in _verbs(sent, spec["verbs"]):
        if verb.i in taken or not any(c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG" and c.i in heads
                                      and c.lemma_.lower() in spec["deeds"] for c in children_of(verb)):
            continue
        rule = f"verb:{verb.lemma_.lower()}+stopped-attacks"
        out.append(Trigger(verb, verb.i, verb.i + 1, spec["class"], "verb", Entry(cls=spec["class"]), rule))
    return out


def _verbs(sent: Span, lemmas: frozenset[str] | None, root: bool = False) -> list[Token]:
    """The tokens of a sentence tagged VERB (with one of these lower-case lemmas; the root only, with
    ``root``), found on the Doc's columns: a Token is made only for them, not for every word."""
    doc, verbs = sent.doc, pos_at(sent.doc, "VERB")
    low, deps = lemmas_of(doc), deps_of(doc)
    return [doc[i] for i in verbs[bisect_left(verbs, sent.start):bisect_left(verbs, sent.end)]
            if (lemmas is None or low[i] in lemmas) and (not root or deps[i] == "ROOT")]


def reread(sent: Span, triggers: list[Trigger], lex: Lexicon) -> list[Trigger]:
    """The sentence's triggers with the misread constructions read again (see the module's rules)."""
    show, riot, visit = (readings()[k]["class"] for k in ("warning_shots", "turned_violent", "calls_on"))
    offered, moved = readings()["offered_talks"], readings()["moved_in"]
    moving = moved["verbs"] | moved["arriving"]
    for trig in triggers:
        if trig.cls in readings()["warning_shots"]["classes"] and _warning_shot(trig):
            trig.cls, trig.rule = show, trig.rule + "+warning-shots"
        elif trig.cls in readings()["turned_violent"]["gatherings"] and _turned_violent(trig):
            trig.cls, trig.rule = riot, trig.rule + "+turned-violent"
        elif trig.cls in readings()["warranted"]["classes"] and (warrant := _warrant_for(trig)) is not None:
            trig.head, trig.cls = warrant, readings()["warranted"]["class"]  # the court's warrant, its "for"
            trig.rule += "+warrant"
        elif trig.cls == "assault" and _searched_premises(trig):
            trig.cls, trig.rule = readings()["searched_premises"]["class"], trig.rule + "+searched"
        elif trig.cls == "threaten" and _warned_outcome(trig, {t.head.i for t in triggers}):
            trig.cls, trig.rule = readings()["warned_outcomes"]["class"], trig.rule + "+warned-outcome"
        elif trig.cls in readings()["walked_out_talks"]["classes"] and _walked_out_of_talks(trig):
            trig.cls, trig.rule = readings()["walked_out_talks"]["class"], trig.rule + "+talks"
        elif trig.cls == "appeal" and _calls_on(trig):
            trig.cls, trig.rule = visit, trig.rule + "+called-on"
        elif trig.cls in offered["classes"] and (offer := _offered_talks(trig)) is not None:
            trig.head, trig.kind = offer, "verb"  # the offer's doer and addressee are the event's
            trig.cls, trig.rule = offered["class"], trig.rule + "+offered-talks"
        elif trig.cls == moved["class"] and not trig.is_noun and trig.head.lemma_.lower() in moving:
            helped = _moved_for(trig.head, moved)  # "troops arrived in Mozambique to help fight insurgents"
            trig.cls, trig.rule = helped, trig.rule + ("" if helped == trig.cls else f"+{helped}")
    shots = {t.head.i for t in triggers if t.cls == show and t.is_noun} | {
        c.i for t in triggers if t.cls == show and not t.is_noun
        for c in children_of(t.head) if c.dep_ == "dobj"}  # "warning" of "warning shots" is no threat
    triggers = [t for t in triggers if not (t.head.dep_ in ("compound", "amod") and t.head.head.i in shots)]
    taken = {i for t in triggers for i in range(t.first, t.last)}
    added = _judging_triggers(sent, triggers, lex) + _build_up(sent, lex, taken)
    for trig in triggers:  # "called the accusations lies": the claim denied, not only blamed
        denial = denies_claim(trig.head) if trig.cls == "criticise" and trig.kind == "verb" else None
        if denial is not None:
            trig.cls, trig.rule = "reject", trig.rule + f"+denial:{denial}"
    labels = {w.i for t in triggers + added if t.cls == "criticise" and t.kind == "verb"
              for w in judgements(t.head)}
    labels |= {w.i for t in triggers + added if t.kind == "verb" for w in recognised_labels(t.head)}
    labels |= {w.i for t in triggers + added if t.cls == "investigate" and t.kind == "verb"
               for w in inquiry_labels(t.head)}
    labels |= _denied_claims(triggers + added)
    triggers = [t for t in triggers if t.head.i not in labels]  # "called the arrest a coup": no coup
    triggers = [t for t in triggers if not natural_death_found(t, sent)]  # "no signs of violence" (clauses54)
    added += _given_time_to_leave(sent, lex, triggers, taken)
    added += _moved_in(sent, lex, taken)
    added += _readied_forces(sent, taken)
    added += _cut_off(sent, triggers, taken)
    added += _stopped_attacks(sent, triggers, taken)
    given = {t.head.i for t in added}
    for tok in _verbs(sent, readings()["deadline_given"]["verbs"]):
        if tok.i not in taken and tok.i not in given and (found := _deadline_given(tok, lex)) is not None:
            added.append(found)
    for tok in _verbs(sent, None, root=True):  # a headline object's verb is its sentence's root
        if tok.i not in taken:
            found = _headline_object(tok, lex)
            if found is not None:
                added.append(found)
    return sorted(triggers + added, key=lambda t: t.first) if added else triggers


def natural_death_found(trig: Trigger, sent: Span) -> bool:
    """'was found dead in his flat; police said there were no signs of violence', '... foul play was ruled
    out', '... died of natural causes': a death its sentence, or the next, tells no one caused
    (``natural_deaths``)."""
    spec = readings()["natural_deaths"]
    if trig.cls not in spec["classes"] or trig.head.lemma_.lower() not in spec["verbs"]:
        return False
    doc = sent.doc
    starts = sentence_starts(doc)
    after = bisect_right(starts, sent.end)  # the next sentence ends where the one after it starts
    end = starts[after] if after < len(starts) else len(doc)
    for tok in doc[sent.start:end]:
        lemma = tok.lemma_.lower()
        if tok.dep_ == "amod" and f"{lemma} {tok.head.lemma_.lower()}" in spec["causes"]:
            return True  # "died of natural causes"
        if lemma in spec["harms"] and _harm_named(tok, spec) and _harm_denied(tok, spec):
            return True
    return False


def _harm_named(tok: Token, spec: dict[str, Any]) -> bool:
    """'violence', 'foul play', 'a forced entry': a harm word with the modifier it needs, if any."""
    needed = spec["harm_modifiers"].get(tok.lemma_.lower())
    return needed is None or any(c.lower_ in needed for c in children_of(tok)
                                 if c.dep_ in ("amod", "compound"))


def _harm_denied(tok: Token, spec: dict[str, Any]) -> bool:
    """'no signs of violence', 'no foul play', 'foul play was not suspected', 'ruled out foul play'."""
    noun = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in spec["signs"]:
        noun = tok.head.head  # "no signs of violence": the signs are what is denied
    if any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(noun)):
        return True
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or verb is noun:
        return False
    return any(c.dep_ == "neg" for c in children_of(verb)) or verb.lemma_.lower() in spec["excluding"]


def only_attempted(verb: Token) -> bool:
    """Whether a deed is told as the "to" clause of a verb or noun of trying or planning ("tried to kill",
    "an attempt to assassinate", "a plot to murder"; ``attempted_deeds``): aimed at, not done."""
    spec, gov = readings()["attempted_deeds"], verb.head
    if verb.dep_ == "xcomp":
        return gov.lemma_.lower() in spec["verbs"]
    return verb.dep_ == "acl" and gov.pos_ == "NOUN" and gov.lemma_.lower() in spec["nouns"] and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


def modal_perfect(verb: Token) -> str | None:
    """The modal of a modal perfect on the verb ("would have killed", "could have been prevented", "may have
    died"), or None."""
    spec = readings()["counterfactual"]
    own = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if not any(c.lemma_ == "have" for c in own):
        return None
    return next((c.lower_ for c in own if c.lower_ in spec["modals"] | spec["epistemic"]), None)


def _condition_told(verb: Token) -> bool:
    """'had it detonated', 'if it had exploded', 'without the guards': a condition contrary to fact on the
    verb."""
    spec = readings()["counterfactual"]
    for c in children_of(verb):
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in spec["marks"] for m in children_of(c)):
            return True
        if _inverted_condition(c):
            return True
        if c.dep_ == "prep" and c.lower_ in spec["preps"] and c.i < verb.i:
            return True
    return False


def _inverted_condition(clause: Token) -> bool:
    """'had it detonated', 'had the government allowed it': a clause opened by "had" before its subject, which
    the parse hangs as an adverbial clause or (with no "and" before it) a conjunct."""
    first = clause.left_edge
    if clause.dep_ not in ("advcl", "conj") or first.lemma_ != "have" or first.dep_ != "aux" or (
            first.head != clause):
        return False
    before = clause.doc[first.i - 1] if first.i > 0 else None
    return (before is None or before.dep_ != "cc") and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.i > first.i for s in children_of(clause))


def counted_argument(verb: Token) -> bool:
    """Whether a subject or object of the verb carries a count ("as many as 30 people", "up to 50,000")."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(t.like_num or t.ent_type_ == "CARDINAL"
                                                                for t in c.subtree)
               for c in children_of(verb))


def counterfactual(verb: Token) -> str | None:
    """'would have killed dozens', 'could have injured scores', 'might have killed hundreds had it exploded':
    the modal of a modal perfect told as what did not happen (``counterfactual`` in data/readings.yaml); None
    for none, and for "may have killed as many as 30" (epistemic: a deed done, its toll uncertain)."""
    modal = modal_perfect(verb)
    if modal is None:
        return None
    return modal if modal in readings()["counterfactual"]["modals"] or _condition_told(verb) else None


def epistemic_toll(verb: Token) -> bool:
    """'The bomb may have killed as many as 30 people', 'up to 50,000 may have died': a modal perfect of
    likelihood with a count and no condition tells a deed done whose toll is uncertain."""
    return modal_perfect(verb) is not None and counterfactual(verb) is None and counted_argument(verb)


def supposed_toll(count: Token) -> bool:
    """Whether a counted noun is an argument of a verb told as counterfactual ("would have killed hundreds",
    "could have injured scores of people"): a toll that was not."""
    tok = count
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head == tok:
            break
        tok = tok.head
    return tok.pos_ in ("VERB", "AUX") and (counterfactual(tok) is not None or foreseen_deed(tok))


def foreseen_deed(verb: Token) -> bool:
    """'was about to burn two thieves alive', 'were poised to kill', 'on the verge of lynching two men': a
    deed told only as foreseen by an adjective of odds or a noun of verge (``speculated`` in
    data/readings.yaml)."""
    spec, gov = readings()["speculated"], verb.head
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(verb)):
        return False  # "are likely to have killed 20 soldiers": a deed told as done
    if verb.dep_ == "xcomp":
        return gov.lower_ in spec["odds"]
    return verb.dep_ == "pcomp" and gov.lower_ == "of" and gov.head.dep_ == "pobj" and (
        gov.head.lemma_.lower() in spec["verge"] and gov.head.head.lower_ == "on")


def running_toll(verb: Token) -> bool:
    """Whether a verb of harm in the perfect tells a campaign's running toll ("a crackdown that has killed 40
    people since March", "which has left 25 dead so far", "had been killed since the war began"), not what the
    sentence's act did."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(verb)) and toll_span(verb)


def toll_span(verb: Token) -> bool:
    """Whether a verb is told over a running span after it ("since March", "since the war began", "so far",
    "this year"), whatever its tense ("the number detained since January": counts155)."""
    markers = readings()["running_toll"]["markers"]
    for child in children_of(verb):
        if child.dep_ == "advcl" and child.i > verb.i and any(
                m.dep_ == "mark" and m.lower_ == "since" for m in children_of(child)):
            return True  # "4,000 people had been killed since the war began" (story48)
        if child.dep_ not in ("prep", "advmod", "npadvmod") or child.i < verb.i:
            continue
        words = " ".join(t.lower_ for t in child.subtree) + " "
        if any(words.startswith(m) for m in markers) or child.lower_ == "since":
            return True
    return False


# --- "arrested a Palestinian who tried to cross the fence and interrogated him": the arresters' act ---------

RELATIVE_SUBJECTS = {"who", "that", "which"}


@cache
def _role_words() -> dict[str, bool]:
    """Each role noun of ``actors/data/roles.yaml``, with whether it is a thing owned (a boat, a base)."""
    return {str(w).lower(): bool(r.get("owner")) for r in package_file("roles")["roles"] for w in r["words"]}


def _person(noun: Token) -> bool:
    """Whether a noun names a person or people ("a smuggler", "a Syrian", "Ahmed"), not a thing."""
    if noun.ent_type_ in ("PERSON", "NORP"):
        return True
    compound = " ".join(c.lower_ for c in children_of(noun) if c.dep_ == "compound" and c.i < noun.i)
    words = _role_words()
    return any(words.get(w) is False for w in (f"{compound} {noun.lemma_.lower()}".strip(),
                                                  noun.lemma_.lower(), noun.lower_))


def _many(noun: Token) -> bool:
    """Whether a noun is plural ("jets", "police", "30 Rohingya")."""
    return noun.tag_ in ("NNS", "NNPS") or looks_plural(noun.lower_) or any(
        c.dep_ == "nummod" and c.like_num and c.lower_ not in ("1", "one") for c in children_of(noun))


def _agrees(pronoun: str, noun: Token) -> bool:
    """Whether a pronoun ("him", "its", "their") can point to a noun."""
    spec = readings()["relative_conjuncts"]
    if pronoun in spec["one"]:
        return not _many(noun) and _person(noun)
    if pronoun in spec["things"]:
        return not _many(noun) and not _person(noun)
    return _many(noun)


def _pointed_back(verb: Token, antecedent: Token, others: list[Token]) -> bool:
    """Whether the verb's object is a pronoun ("him", "his boat") that agrees with the antecedent and with
    none of the other nouns that could be meant."""
    spec = readings()["relative_conjuncts"]
    pronouns = spec["one"] | spec["things"] | spec["many"]
    for obj in (c for c in children_of(verb) if c.dep_ == "dobj"):
        said = [obj] if obj.pos_ == "PRON" else [c for c in children_of(obj) if c.dep_ == "poss"]
        for word in (w.lower_ for w in said if w.lower_ in pronouns):
            if _agrees(word, antecedent) and not any(_agrees(word, n) for n in others):
                return True
    return False


def _custody_after_crossing(verb: Token, relative: Token, main: Token, antecedent: Token) -> bool:
    """Whether a force took what crossed in, then did an act of custody ("shot down two jets that had
    crossed into its airspace and captured a pilot", "shot dead a smuggler who had crossed the border and
    seized 50 kilograms of heroin")."""
    spec = readings()["relative_conjuncts"]
    acts = {relative.lemma_.lower()} | {c.lemma_.lower() for c in children_of(relative) if c.dep_ == "xcomp"}
    if main.lemma_.lower() not in spec["forces"] or not acts & spec["crossings"]:
        return False
    lemma = verb.lemma_.lower()
    if lemma in spec["custody"]:
        return True
    if lemma not in spec["shared"]:
        return False
    taken = [o for o in children_of(verb) if o.dep_ == "dobj"]
    taken += [p for o in taken for c in children_of(o) if c.dep_ == "prep" and c.lower_ == "of"
              for p in children_of(c) if p.dep_ == "pobj"]
    goods = spec["contraband"]
    return not _person(antecedent) or any(t.lemma_.lower() in goods or t.lower_ in goods for t in taken)


def main_clause_conjunct(verb: Token) -> Token | None:
    """The main verb a verb with no subject of its own continues, though the parse joined it to a relative
    clause on that verb's object ("Israeli forces arrested a Palestinian who tried to cross the fence and
    interrogated him": the forces interrogated him), else None (relcl50)."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(verb)):
        return None
    relative = verb.head
    while relative.dep_ == "conj":
        relative = relative.head
    if relative.dep_ == "xcomp":  # "who tried to enter illegally and beat him"
        relative = relative.head
    if relative.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS
                                           for c in children_of(relative)):
        return None
    antecedent, main = relative.head, relative.head.head
    if antecedent.dep_ != "dobj" or main.pos_ != "VERB" or main.i > antecedent.i:
        return None
    others = [t for t in relative.subtree if t.pos_ in ("NOUN", "PROPN") and t.i < verb.i]
    others += [s for s in children_of(main) if s.dep_ in ("nsubj", "nsubjpass")]
    if _pointed_back(verb, antecedent, others) or _custody_after_crossing(verb, relative, main, antecedent):
        return main
    return None


def standing_order(verb: Token) -> str | None:
    """A "to" clause under a verb of command that is a rule, not a deed ("ordered troops to shoot looters on
    sight", "told police to arrest anyone who joins the rally"), or a deed only authorised ("authorized the
    military to bomb the camps"): the cue, or None (``standing_orders``; orders56)."""
    spec = readings()["standing_orders"]
    boss = verb.head
    if verb.dep_ != "xcomp" or boss.lemma_.lower() not in spec["verbs"] or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return None
    if not any(c.dep_ in ("dobj", "nsubjpass") for c in children_of(boss)):
        return None
    if boss.lemma_.lower() in spec["permitting"]:
        return f"permitted:{boss.lemma_.lower()}"
    if any(c.dep_ == "prep" and c.lower_ == "on" and any(
            o.lemma_.lower() in spec["rule_nouns"] for o in children_of(c)) for c in children_of(verb)):
        return "rule:on-sight"
    objects = [o for o in children_of(verb) if o.dep_ == "dobj"]
    objects += [c for o in objects for c in children_of(o) if c.dep_ == "conj"]
    if any(o.lower_ in spec["anyone"] or any(c.dep_ == "relcl" and c.tag_ in ("VBP", "VBZ")
                                             for c in children_of(o)) for o in objects):
        return "rule:whoever"
    return None


def without_told_orders(triggers: list[Trigger]) -> list[Trigger]:
    """Drop an order or a telling whose ordered clause is an event itself ("ordered the army to stop attacking
    energy sites", "told the military to step up preparations": the deed, done under the one who orders it;
    targets-3)."""
    heads = {t.head.i for t in triggers}
    forces = readings()["ordered_forces"]["forces"]
    return [t for t in triggers if not _told_deed(t, heads, forces) and not _unruled_order(t)]


def _unruled_order(trig: Trigger) -> bool:
    """An order met only by an object and a "to" clause that is no rule ("ordered the company to prepare a
    report", "ordered a force to restore order"): no event of its own (``standing_orders``; orders56)."""
    if trig.rule != "verb:order" or trig.cls != trig.entry.cls or "objto" not in trig.entry.needs:
        return False
    deps = frame(trig.head, lexicon())
    if _satisfies(tuple(n for n in trig.entry.needs if n != "objto"), trig.head, deps, trig.entry):
        return False
    return not any(standing_order(d) for d in deps)


def _told_deed(trig: Trigger, heads: set[int], forces: Collection[str]) -> bool:
    """A plain demand of "order" whose "to" clause is a trigger, or an appeal of "tell" to forces for a deed
    that is a trigger its entry does not list ("told Hamas to release the hostages" stays an appeal)."""
    if trig.cls != trig.entry.cls or trig.rule not in ("verb:order", "verb:tell"):
        return False
    deeds = [c for c in children_of(trig.head)
             if c.dep_ == "xcomp" and c.i in heads and not standing_order(c)]
    if trig.rule == "verb:order" or not deeds:
        return bool(deeds)
    made = [w for o in children_of(trig.head) if o.dep_ == "dobj"
            for w in (o, *(c for c in children_of(o) if c.dep_ == "compound"))]
    return (all(f"order:{d.lemma_.lower()}" not in trig.entry.needs for d in deeds)
            and any(w.lemma_.lower() in forces for w in made))


# --- 'Protesters chanted "Xi Jinping, step down"': a chant is a demand, no deed ------------------------

def _quote_opening(tok: Token, quotes: Collection[str]) -> int | None:
    """The index of the quotation mark that opens the quotation a token stands in, within its sentence;
    None when it stands in none (an even number of marks before it). The marks are found from the Doc's
    word index (a quotation mark's lower-case form is itself), no Token made for each word."""
    start = sentence_bounds(tok)[0]
    marks = [k for k in lowers_in(tok.doc, quotes) if start <= k < tok.i]
    return marks[-1] if len(marks) % 2 == 1 else None


def chanted(tok: Token) -> bool:
    """Whether a trigger stands in a quoted chant or slogan ('chanted "Xi Jinping, step down"', 'shouting
    "Resign!"', 'banners reading "Free the prisoners"'): a verb of chanting or a noun of slogans just before
    the quotation or above the token in the parse."""
    spec = readings()["chants"]
    opening = _quote_opening(tok, spec["quotes"])
    if opening is None:
        return False
    doc = tok.doc
    before = opening - 1
    while before >= 0 and doc[before].is_punct:
        before -= 1  # 'shouting: "Resign!"', 'chanted, "Step down"'
    words = [doc[before]] if before >= 0 else []
    words += list(tok.ancestors)
    return any(w.lemma_.lower() in spec["verbs"] and w.pos_ in ("VERB", "AUX")
               or w.lemma_.lower() in spec["nouns"] and w.pos_ in ("NOUN", "PROPN") for w in words)


# --- "..., residents alleged": a trailing attribution, no accusation -------------------------------------

def trailing_attribution(tok: Token) -> bool:
    """Whether a verb of accusing only attributes the clause told before it ("Soldiers killed a woman,
    residents alleged"), as a trailing "said" does (``trailing_attribution``)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in readings()["trailing_attribution"]["verbs"]:
        return False
    subject = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PROPN":
        return False  # "..., Addis Ababa alleged": a state or a named party still accuses
    return any(c.dep_ in ("ccomp", "parataxis") and c.i < subject.i and c.pos_ in ("VERB", "AUX")
               for c in children_of(tok))


# --- "accused Israel of genocide", "to prevent acts of genocide": a crime named, no deed -------------------

def crime_named(tok: Token) -> bool:
    """Whether a crime noun ("genocide", "ethnic cleansing", "atrocities") is named as a charge, as what is to
    be prevented or punished, or as what another deed amounts to ("accused Israel of genocide", "to prevent
    acts of genocide", "the killings amounted to genocide"): a label, no deed of its own (``crime_named``)."""
    spec = readings()["crime_named"]
    if tok.lemma_.lower() not in spec["nouns"] and tok.lower_ not in spec["nouns"]:
        return False
    noun = tok
    while noun.dep_ in ("conj", "nmod") and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i != noun.i:
        noun = noun.head  # "accused of war crimes and genocide", "of genocide and war crimes" (nmod)
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in spec["preventing"]:
        return True
    if noun.dep_ in ("attr", "dobj") and head.lemma_.lower() in spec["amounting"]:
        return True  # "constitutes genocide"
    if noun.dep_ != "pobj" or head.dep_ not in ("prep", "agent", "dative"):
        return False
    owner = head.head
    ol = owner.lemma_.lower()
    return (head.lower_ in ("of", "with", "for", "in") and ol in spec["charging"]  # "complicity in genocide"
            or head.lower_ == "of" and ol in spec["naming"]
            or head.lower_ == "to" and ol in spec["amounting"])


# --- "Indian troops fired across the Line of Control": an exchange of fire ----------------------------

def fired_across(triggers: list[Trigger]) -> None:
    """Shooting across a border or a truce line ("fired across the border", "opened fire across the
    frontier") is an exchange of fire with the other side: the clash class (``fired_across``)."""
    spec = readings()["fired_across"]
    for trig in triggers:
        if trig.cls not in spec["classes"]:
            continue
        heads = {trig.head, *trig.head.doc[trig.first:trig.last]}
        lines = [g for h in heads for p in children_of(h) if p.dep_ == "prep" and p.lower_ in spec["preps"]
                 for g in children_of(p) if g.dep_ == "pobj" and g.lemma_.lower() in spec["lines"]]
        if lines:
            trig.cls = spec["into"]
            trig.rule += "+across a line"


def opposed_text(noun: Token) -> Token | None:
    """'vetoed a resolution condemning Israel', 'a draft imposing sanctions was blocked': the verb by which
    someone opposes the text a noun names (``opposed_texts`` in data/readings.yaml), or None."""
    spec = readings()["opposed_texts"]
    if noun.lemma_.lower() not in spec["nouns"] or noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    return noun.head if noun.head.lemma_.lower() in spec["verbs"] else None


def text_owner(noun: Token) -> list[Token]:
    """The noun of a text when a name, possessor or "by" phrase on it says whose it is ("a UN Security
    Council resolution", "the EU's draft"), else nothing: the text is not its opposer's (embedded60)."""
    owned = any(c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN"
                or c.dep_ == "prep" and c.lower_ == "by" for c in children_of(noun))
    return [noun] if owned else []


def third_party(participle: Token) -> bool:
    """Whether a participle on a deed noun names who stood beside it ("an agreement brokered by Norway"),
    whose by-agent is no doer of it (``third_parties`` in data/readings.yaml)."""
    return participle.lemma_.lower() in readings()["third_parties"]["participles"]
