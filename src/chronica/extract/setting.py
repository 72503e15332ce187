"""Events named as the setting of the news rather than as the news: 'after meeting the king',
'before attacking the town', 'after weeks of protests', and what a protest is against ('a strike
against the killing of a shopkeeper'). The trigger keeps its event; its rule is
marked "+setting" so that the primary event is chosen among the others (salience.py). Violence is
not marked: "two officers were injured after exchanging fire" reports the clash."""

from __future__ import annotations

from spacy.tokens import Token

from chronica.nlp import children_of

SETTING_PREPS = {"after", "before", "following", "since", "amid", "amidst", "despite", "upon", "during"}
SPANS = {"week", "month", "day", "year", "hour", "decade", "series", "wave", "round", "spate", "string"}


BEFORE_PREPS = {"after", "following", "since"}  # an event under these, dated before: what came first
PAST_MARKS = {"last", "previous", "earlier"}  # "last week", "the previous day", "a day earlier"


COUNTED_SPANS = {"day", "week", "month", "year", "decade"}  # "a week after", "two days after" (not "hours")


def dated_before(head: Token) -> bool:
    """'staged a sit-in after a riot there last week': an event noun under "after", "following" or "since"
    dated by a past span ("last week", "the previous month") is what came before the news (coder24); so is
    one a counted span comes after ("protested a week after a riot there", "days after the riot") and one
    the parse makes the object of "following" (riots36)."""
    under_following = head.dep_ == "dobj" and head.head.lower_ == "following"
    if not under_following and (head.dep_ != "pobj" or head.head.lower_ not in BEFORE_PREPS):
        return False
    for span in (*children_of(head), *children_of(head.head)):
        if span.dep_ == "npadvmod" and span.lemma_.lower() in SPANS | {"weekend"}:
            if any(c.lower_ in PAST_MARKS for c in children_of(span)) or span.lower_ in PAST_MARKS:
                return True
    return head.head.lower_ == "after" and any(
        span.dep_ == "npadvmod" and span.lemma_.lower() in COUNTED_SPANS for span in children_of(head.head))


def is_setting(head: Token) -> bool:
    """'after meeting the king' (a verb under a preposition of time) or 'after weeks of protests' (an
    event counted by a span of time under one), or 'after a riot last week' (one dated before)."""
    if head.dep_ == "pcomp" and head.pos_ == "VERB":
        return head.head.lower_ in SETTING_PREPS
    if dated_before(head):
        return True
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    span = head.head.head
    return (span.lemma_.lower() in SPANS and span.dep_ == "pobj"
            and span.head.lower_ in SETTING_PREPS)


# "all forms of protest", "any kind of gathering": the nouns that name a kind of the noun after "of" (sd29)
KINDS = frozenset({"form", "kind", "type", "sort"})


def is_topic(head: Token, topics: dict[str, frozenset[str]]) -> bool:
    """'found guilty of murder', 'a ban on protests', 'reports of torture': an event named only as
    what a finding, a measure or a report is about (``topics``: preposition -> such words); also one of a
    list ("a ban on rallies and protests") or of a kind named ("a ban on all forms of protest")."""
    if (left := stray_conjunct(head)) is not None:
        return is_topic(left, topics)  # "on charges of murder and storming a police station"
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in KINDS:
        head = head.head.head
    if head.dep_ not in ("pobj", "pcomp"):  # "convicted of killing a guard": a gerund too
        return False
    prep = head.head
    words = topics.get(prep.lower_)
    if words is None:
        return False
    if prep.head.lemma_.lower() in words:
        return True
    owner = prep.head  # "hanged a man for killing a guard": the "for" hung on the punished one
    if head.dep_ == "pcomp" and owner.dep_ in ("dobj", "nsubjpass") and owner.head.lemma_.lower() in words:
        return True
    # "defied the ban on protests" parsed with "on" under the verb: the verb's object is the word ("an
    # inquiry was ordered into the shooting": its passive subject)
    return prep.head.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass") and _is_or_of(c, words)
                                            for c in children_of(prep.head))


STRAY_REACH = 4  # heads climbed from the word before "and" to the complement it ends


def stray_conjunct(head: Token) -> Token | None:
    """'on charges of murder and storming a police station' parsed with the gerund on the verb: the
    complement of a preposition ("murder", "inciting") the word before its "and" ends, which the gerund
    goes with; else None (maghreb-1)."""
    doc = head.doc
    if (head.tag_ != "VBG" or head.dep_ not in ("conj", "advcl") or head.head.pos_ not in ("VERB", "AUX")
            or head.i < 2 or doc[head.i - 1].lower_ not in ("and", "or") or head.head.i > head.i
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(head))):
        return None
    tok = doc[head.i - 2]
    for _ in range(STRAY_REACH):
        if tok.i == head.head.i or tok.i <= head.head.i:
            return None
        if tok.dep_ in ("pobj", "pcomp"):
            return tok
        tok = tok.head
    return None


CHARGE_WORDS = frozenset({"charge", "accuse", "accusation", "allegation", "convict", "conviction", "guilty",
                          "indict", "indictment", "suspect", "suspicion"})


def charged_conjunct(head: Token) -> bool:
    """Is the word a stray conjunct (:func:`stray_conjunct`) of a list of charges ("on charges of murder and
    storming a police station"), not of any phrase ("condemning the detention of a judge and demanding his
    release": the lawyers demand)?"""
    left = stray_conjunct(head)
    while left is not None and left.dep_ == "conj" and left.head.i != left.i:
        left = left.head
    return left is not None and left.dep_ == "pobj" and left.head.lower_ in ("of", "with") and (
        left.head.head.lemma_.lower() in CHARGE_WORDS)


def _is_or_of(noun: Token, words: frozenset[str]) -> bool:
    """The noun is one of ``words``, or names a part of one ("extended the duration of the ban")."""
    return noun.lemma_.lower() in words or any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in words
                                                      for o in children_of(p))
        for p in children_of(noun))


# what a victim of violence is only said to have done: "lynched a man suspected of stealing a goat", "a woman
# accused of witchcraft", "a man wanted for murder" (faith-3); not "convicted of" (judged done: verbs2_45)
SUSPECTING = frozenset({"suspect", "accuse", "allege", "want"})
SUSPECTED_PREPS = frozenset({"of", "for", "in"})


def suspected_deed(head: Token, violent: set[int]) -> bool:
    """'a mob killed a man suspected of murdering a child', 'lynched a man accused of the rape of a girl': a
    deed a participle (or a clause: "two men they accused of robbing a shop") says the victim of violence
    (``violent``: the token indices of the sentence's violent triggers) is suspected of is why the crowd set
    on him, no event of its own (faith-3)."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    prep = head.head
    if head.dep_ not in ("pobj", "pcomp") or prep.lower_ not in SUSPECTED_PREPS:
        return False
    judged = prep.head
    if judged.lemma_.lower() not in SUSPECTING or judged.dep_ not in ("acl", "relcl") or judged.tag_ not in (
            "VBN", "VBD"):
        return False
    victim = judged.head
    return victim.dep_ in ("dobj", "nsubjpass") and victim.head.i in violent and victim.head.i != head.i


def is_restatement(head: Token, kinds: list[str], kind: str) -> bool:
    """'killed 132 villagers in a raid, the deadliest attack in years': a noun graded by a superlative
    ("deadliest", "worst", "biggest") that ranks an act the sentence already tells (``kinds``: the
    PLOVER types of the sentence's triggers, ``kind``: this one's), so it names no second event."""
    graded = any(c.tag_ == "JJS" and c.dep_ == "amod" for c in children_of(head))
    return head.pos_ == "NOUN" and graded and kinds.count(kind) > 1


def is_prelude(head: Token, takers: set[int]) -> bool:
    """'seized the town after fighting with the army', 'recaptured the city following heavy clashes':
    violence under a preposition of time attached to the taking of a place is how it was taken; the
    taking is the news (``takers``: the token indices of triggers that take territory)."""
    prep = head.head
    return (head.dep_ in ("pcomp", "pobj") and prep.lower_ in SETTING_PREPS and prep.head.i in takers
            and prep.head.i != head.i)


TOPIC_PREPS = {"against", "over"}
CAUSE_WORDS = {"after", "following"}
# verbs whose subject caused the protest, their object: "the detention of X sparked protests" (repress47)
CAUSING_VERBS = {"spark", "trigger", "provoke", "prompt", "ignite", "fuel", "cause", "unleash"}
CAUSE_REACH = 4  # tokens between "after" and the start of the clause it introduces ("after the previous day")
CLAUSE_BREAKS = {",", ";", "and", "but", "while", "as", "when"}


def protest_topics(heads: list[Token], protests: list[Token]) -> set[int]:
    """Indices of the trigger heads that are what a protest is against or about: the object of
    'against'/'over' attached to a protest trigger or to the verb that governs a protest noun, or the subject
    of a verb that caused the protest noun ("the detention of X sparked protests")."""
    if not protests:
        return set()
    hosts = {p.i for p in protests}
    for p in protests:
        if p.dep_ in ("dobj", "pobj") and p.head.pos_ in ("VERB", "ADP"):
            hosts.add(p.head.i if p.dep_ == "dobj" else p.head.head.i)
    return {h.i for h in heads
            if h.dep_ == "pobj" and h.head.lower_ in TOPIC_PREPS and h.head.head.i in hosts
            or h.dep_ == "nsubj" and h.head.i in hosts and h.head.lemma_.lower() in CAUSING_VERBS}


def after_protests(heads: list[Token], protests: list[Token]) -> set[int]:
    """Indices of the trigger heads whose clause a protest told before it introduces with "after": what
    the protest followed ("protested outside the prison, a day after guards killed 12 inmates"), when the
    parser made that clause the sentence's main one."""
    if not protests:
        return set()
    first = min(p.i for p in protests)
    out = set()
    for head in heads:
        # the subject nearest the verb: the protesters may hang on it too ("Relatives ... protested")
        subject = max((c for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i),
                      key=lambda c: c.i, default=None)
        if head.dep_ != "ROOT" or subject is None or head in protests:
            continue
        start = subject.left_edge.i
        before = [t for t in head.doc[max(first + 1, start - CAUSE_REACH):start]]
        cue = next((k for k in range(len(before) - 1, -1, -1) if before[k].lower_ in CAUSE_WORDS), None)
        if cue is not None and not any(t.lower_ in CLAUSE_BREAKS for t in before[cue + 1:]):
            out.add(head.i)
    return out


# Coordination and loose attachment join two acts side by side; neither is the other's topic.
SIDE_BY_SIDE = {"conj", "parataxis", "dep"}  # "dep": a link the parser left unnamed
# A clause ended by a semicolon is a statement of its own, whatever the parse hangs it on (sd27).
CLAUSE_ENDS = {";"}


def _anchors(heads: list[Token]) -> dict[int, int]:
    """Token index -> the governing trigger head it stands for: the head itself, and for a noun that
    is the object of a verb ("signed a ceasefire agreement after ...", "declared a state of emergency
    following ..."), that verb, whose clause is the noun's."""
    out = {h.i: h.i for h in heads}
    for h in heads:
        if h.pos_ in ("NOUN", "PROPN") and h.dep_ == "dobj":
            out.setdefault(h.head.i, h.i)
    return out


def governed(heads: list[Token], outers: list[Token], ahead: frozenset[int] = frozenset()) -> dict[int, int]:
    """Indices of the trigger heads that sit inside the clause or argument of another trigger
    (``outers``: the heads that may govern, violence excluded by the caller): "accused the rebels of
    killing", "urged Israel to halt the strikes", "warned it would call a strike", "met to discuss
    the clashes", "arrested men suspected of the attack", "held joint exercises after a series of
    attacks". The governing act is the news; the deed it is about is its topic. A head coordinated
    with the governing act ("abducted ... and are demanding") is not governed by it, nor a deed that
    a passive verb reports ("were alleged to have stabbed"), nor a past deed told by a verb in
    ``ahead`` (threats: "warned that the fighting had killed 200": a report, not a threat). Returns
    governed head -> governing head."""
    anchors = _anchors(outers)
    out = {}
    for head in heads:
        tok = head
        while tok.head.i != tok.i:
            parent = tok.head
            owner = anchors.get(parent.i)
            if owner is not None and owner != head.i:
                # what the subject says is the doer ("owners of restaurants protested ... demanding"
                # misparsed), and so is a light verb's ("the arrest of the journalist drew criticism")
                doer = tok.dep_ == "nsubj" or owner != parent.i and tok.dep_ == "nsubjpass"
                told = owner in ahead and _past(tok)
                apart = tok.dep_ in SIDE_BY_SIDE or ended_before(tok, parent)
                if not apart and not doer and not told and not _hedge(parent, tok):
                    out[head.i] = owner
                break
            tok = parent
    return out


def ended_before(clause: Token, verb: Token) -> bool:
    """'Gunmen burned a church; the villagers had already fled': a clause told before its governing verb and
    closed by a semicolon is a statement of its own, not what the later verb is about (sd27)."""
    if clause.i >= verb.i:
        return False
    doc = clause.doc
    return any(doc[i].text in CLAUSE_ENDS for i in range(clause.right_edge.i + 1, verb.i))


def _hedge(verb: Token, clause: Token) -> bool:
    """'were alleged to have stabbed a soldier': a passive verb raising its clause reports the deed."""
    return clause.dep_ == "xcomp" and any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(verb))


def _past(clause: Token) -> bool:
    """A finished deed: a clause in the simple past or the perfect ("had killed", "has attacked")."""
    if clause.dep_ != "ccomp":
        return False
    return clause.tag_ == "VBD" or clause.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(clause))
