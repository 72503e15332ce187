"""Did it happen? Negation, hypotheticals, future and reported speech around a trigger."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from spacy.tokens import Token

from chronica import yamlio
from chronica.extract.lexicon import Lexicon
from chronica.extract.readings import (
    banned_gathering,
    counterfactual,
    deadline_clause,
    disowned,
    epistemic_toll,
    generic_gathering,
    main_clause_conjunct,
    modal_perfect,
    opposed_text,
    partaking,
    readings,
    standing_order,
    warned_off,
)
from chronica.extract.setting import ended_before
from chronica.extract.triggers import Trigger, governing_verb
from chronica.nlp import char_bounds, children_of, deps_of, sentence_starts, text_of, tokens_of
from chronica.record import Modality

ACCORDING_TO = re.compile(r"\baccording\s+to\b", re.IGNORECASE)

NONE_WORDS = {"no-one", "noone", "nobody", "none", "nothing", "neither"}
NEGATORS = {"deny", "refute", "fail", "refrain", "avoid", "prevent", "thwart", "foil", "stop",
            "cancel", "call off", "abandon", "refuse", "decline", "reject",
            "halt", "pause"}  # "halted fighting in Kharkiv": no fighting while halted (lead48)
# "fearing new attacks": the event a noun names is only feared (verbs of preventing: ``prevented`` in
# data/readings.yaml)
# "urged both communities to refrain from reprisal attacks", "desist from attacks": a deed a noun names that
# someone keeps from is not done (deeds55)
ABSTAINING = {"refrain", "desist", "abstain"}
# "arrested men suspected of planning an attack", "plotted an attack on the embassy": a deed a noun names
# that someone plans or plots is not done (clause48); "the man who planned the attack" names one done
PLANNING = {"plan", "plot", "prepare", "hatch"}
# "is considering sanctions on Israeli settlers", "is weighing an embargo", "mulled the expulsion of envoys":
# a measure a noun names that someone weighs is not taken, a measure weighed (as "is considering expelling";
# sanctions-4); not "considered the attack an act of war", nor "the court considered the appeal"
WEIGHING = {"consider", "weigh", "mull", "contemplate", "eye"}
# "we are not looking for confrontation", "does not seek war", "wants a fight": an event a noun names that
# someone seeks or wants, or says they do not, is no event told (clause48); (verb, preposition) pairs
SOUGHT = {("seek", ""), ("want", ""), ("desire", ""), ("wish", ""), ("look", "for"), ("search", "for"),
          ("hope", "for"), ("wish", "for"), ("spoil", "for")}
SOUGHT_ACTS = {"threaten_arrest"}  # "prosecutors sought an arrest warrant": the seeking is the act told
FEARED = {"fear", "dread"}
# verbs whose object is an event they call into being: "will call a general strike" is a strike to come
CONVENING = {"call", "convene"}
# "preventing police from arresting him", "barred them from entering": the deed kept from happening;
# not a crowd's march ("stopped the protesters from marching": the protesters were out)
GATHERED = {"protest", "obstruct"}
KEPT_FROM = {"prevent", "stop", "bar", "ban", "keep", "prohibit", "block", "deter", "restrain", "hinder",
             "dissuade", "discourage"}
# Verbs whose own negation affirms the act they govern: "had not hesitated to expel the envoy", "has never
# stopped bombing villages", "did not fail to deliver": the act was done, or goes on (syntax29)
AFFIRMED_WHEN_DENIED = {"hesitate", "stop", "cease", "fail", "halt", "quit"}
# "a pause in the fighting", "a cessation of hostilities": nouns of stopping whose deed is not going on
PAUSE_NOUNS = {"pause", "lull", "halt", "cessation", "suspension", "respite", "break"}
PAUSED_DEEDS = {"fighting", "fight", "hostility", "violence", "clash", "shelling", "bombing", "bombardment",
                "attack", "strike", "airstrike", "raid", "offensive", "war", "combat", "operation"}
# "denied any plans to send warships": the denied plan's act is not done, nor planned
DENYING = {"deny", "refute"}
HEDGES = {"could", "might", "may", "would", "should", "must"}
# "would never again take part": adverbs on which the parse may hang the negation of their verb (plover26)
REPEAT_ADVERBS = {"again", "ever", "more", "longer"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
# "said it would not take part in the talks, while the RSF delegation arrived in Switzerland": a past clause
# with "while" or "whereas" is told as done, too (truce49)
PAST_CLAUSE_MARKS = {"after", "because", "since", "as", "when", "once", "while", "whereas"}
# "there would be no ceasefire until the militia laid down its arms", "would keep fighting until the RSF
# surrendered": a clause of these marks under a clause that will or would be awaits what it tells (clauses59)
AWAITED_MARKS = {"until", "till", "unless", "before"}
# "gave the rebels 48 hours to surrender": what a deadline asks for has not happened
INTENT = {"plan", "intend", "want", "seek", "try", "attempt", "consider", "propose", "prepare", "give",
          "aim", "hope", "threaten", "vow", "pledge", "promise", "warn", "urge", "demand", "call",
          "ask", "plot", "expect", "mull", "weigh", "contemplate", "offer", "ready", "prepared", "willing",
          "agree", "decide",
          "invite", "encourage", "persuade", "convince", "appeal", "request", "plead", "beg", "lobby",
          "petition", "press"}
# "appealed for military aid to fight the insurgents": the purpose of an appeal has not happened
APPEALS = {"appeal", "request", "plead", "beg", "lobby", "petition", "press", "ask", "urge", "demand", "seek"}
# Nouns of intention whose clause is not (yet) an event: "a call to end the war", "a threat to kill"
# (an attempt is: "an attempt to assassinate the governor was thwarted" is coded as the attack).
INTENT_NOUNS = {"plan", "threat", "offer", "demand", "call", "proposal", "promise", "pledge", "vow",
                "request", "appeal", "plot", "intention", "warning", "ultimatum", "readiness", "willingness"}
# "tried to assassinate the governor" is the attack, as "an attempt to assassinate" is (PLOVER: attempted
# killings are ASSAULT targeted), and so are a tried raid or arson ("tried to storm a police station",
# "attempted to set fire to a polling station": ACLED codes attempted attacks); other attempts ("tried to
# disperse the crowd") stay unrealised; a crowd's tried storming is its riot ("protesters tried to storm the
# parliament, throwing stones at police") (protests34)
ATTEMPTS = {"try", "attempt"}
ATTEMPTED_DEEDS = {"assassinate", "kill", "abduct", "bombing", "suicide_bombing", "assault", "destroy",
                   "riot"}
FUTURE_INTENT = {"plan", "intend", "vow", "pledge", "promise", "prepare", "expect", "aim", "offer", "ready",
                 "prepared", "willing", "agree", "decide"}
# Verbs that say an event happens, whose modality is the event's: "the strike will begin".
OCCUR = {"begin", "start", "continue", "resume", "erupt", "happen", "occur", "take", "break", "spread",
         "intensify", "escalate", "go", "last", "end", "unfold"}
# "ahead of a planned general strike", "before the scheduled protest": an event a noun names that is still
# to come (not "took part in the planned march": the march took place)
PLANNED = {"planned", "proposed", "upcoming", "scheduled", "impending", "threatened", "looming", "mooted",
           "intended", "prospective", "forthcoming"}
# "is expected to meet", "is scheduled to visit", "is set to sign": a planned act (with "due", "was to")
SCHEDULING = {"expect", "schedule", "set", "slate"}
SPEECH = {"say", "tell", "report", "claim", "state", "announce", "add", "confirm", "allege",
          "accuse", "insist", "note", "explain", "declare", "write", "argue", "believe", "think"}


@dataclass
class ModalityFinding:
    modality: Modality
    cues: list[str] = field(default_factory=list)
    speaker: Token | None = None


def _negative_object(tok: Token) -> bool:
    """'no-one', 'nobody', 'no ultimatum'; not a number's "No" ("the Shanghai No 1 Intermediate People's
    Court", "No. 10 Downing Street"; china-4)."""
    if tok.lower_ in NONE_WORDS:
        return True
    return any(c.dep_ == "det" and c.lower_ in ("no", "neither") and not _numbered(c)
               for c in children_of(tok))


def _numbered(det: Token) -> bool:
    """A "No" or "No." written before a number in digits: the abbreviation of "number", no negation."""
    nxt = det.nbor(1) if det.i + 1 < len(det.doc) else None
    if nxt is not None and nxt.text == ".":
        nxt = nxt.nbor(1) if nxt.i + 1 < len(det.doc) else None
    return det.text[:1] == "N" and nxt is not None and nxt.text[:1].isdigit()


def _negation(verb: Token) -> Token | None:
    """The verb's negation, also one the parse hangs on its adverb ("would never again take part")."""
    for c in children_of(verb):
        if c.dep_ == "neg":
            return c
        if c.dep_ == "advmod" and c.lower_ in REPEAT_ADVERBS:
            neg = next((g for g in children_of(c) if g.dep_ == "neg"), None)
            if neg is not None:
                return neg
    return None


def _prevention_failed(verb: Token) -> bool:
    """A verb of preventing that failed or was denied ("failed to prevent the bombings", "could not prevent
    the massacre", "the attack could have been prevented"): what it would have kept from happening happened
    (memory-1)."""
    return _negation(verb) is not None or modal_perfect(verb) is not None or verb.dep_ == "xcomp" and (
        verb.head.lemma_.lower() in readings()["commemorations"]["failed"])


def _prevented_by(noun: Token, gov: Token | None) -> bool:
    """'talks averted a strike', 'a strike was averted', 'the deal headed off a strike and a walkout': the
    noun is the object or passive subject of a verb of preventing (``prevented`` in data/readings.yaml)."""
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    return gov is not None and noun.dep_ in ("dobj", "nsubjpass") and noun.head == gov and (
        phrasal_lemma(gov) in readings()["prevented"]["verbs"])


def _foiled_attempt(noun: Token) -> str | None:
    """'an attempt by jihadists to seize the town was foiled', 'foiled an attempt to free the leader', 'a
    failed bid to take the airport': the cue when the noun is an attempt that was foiled or failed
    (``foiled_attempts`` in data/readings.yaml), else None."""
    spec = readings()["foiled_attempts"]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in spec["nouns"]:
        return None
    failed = next((c for c in children_of(noun) if c.dep_ == "amod" and c.lower_ in spec["adjectives"]), None)
    if failed is not None:
        return f"failed-attempt:{failed.lower_}"
    arg = noun
    while arg.dep_ == "conj" and arg.head.i < arg.i:
        arg = arg.head
    gov = arg.head
    if arg.dep_ not in ("dobj", "nsubjpass") or _prevention_failed(gov):
        return None  # "failed to foil the attempt", "could have foiled it": the attempt went on
    return f"foiled:{phrasal_lemma(gov)}" if phrasal_lemma(gov) in spec["verbs"] else None


def _in_setting(noun: Token, verb: Token) -> bool:
    """A noun in the verb's setting ("did not impose a curfew despite the riots"), not its argument."""
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    return (noun.dep_ == "pobj" and noun.head.head == verb
            and noun.head.lower_ in readings()["unshared_negation"]["preps"])


def denied_identity(noun: Token) -> Token | None:
    """The negated copula that says what something was not ("the march was not a riot", "this was not a
    coup"): its event noun is denied; not one a modifier presupposes ("not the first attack") (modality-1)."""
    spec, verb = readings()["denied_identity"], noun.head
    if noun.dep_ != "attr" or verb.lemma_.lower() not in spec["verbs"] or _negation(verb) is None:
        return None
    kept = spec["kept_modifiers"]
    if any(c.lower_ in kept or c.tag_ in ("JJS", "RBS") or c.dep_ in ("relcl", "acl")
           for c in children_of(noun)):
        return None  # "not the only attack", "not the deadliest attack", "not the attack that killed them"
    if any(c.dep_ == "advmod" and c.lower_ in spec["kept_adverbs"]
           for c in (*children_of(verb), *children_of(noun))):
        return None  # "was not just a protest": a protest, and more
    return verb


def _negated_here(tok: Token, trig: Trigger | None = None) -> str | None:
    """The cue that denies a verb: its negation (not one inside the trigger's own words: "did not rule out
    military action" is a threat; leftovers62) or a negative object or subject."""
    neg = _negation(tok)
    if neg is not None and not (trig is not None and trig.first <= neg.i < trig.last):
        return f"neg:{neg.lower_}"
    for c in children_of(tok):
        if c.dep_ in ("dobj", "nsubjpass") and _negative_object(c):
            return f"none-argument:{c.text}"
        if c.dep_ == "nsubj" and _negative_object(c) and tok.pos_ == "VERB":
            return f"none-subject:{c.text}"
    return None


DENIED_INTENTS = frozenset({"intention", "intent", "plan", "desire", "wish", "question"})


def _intent_denied(tok: Token) -> bool:
    """'has no intention of withdrawing', 'there is no question of releasing them', 'there was no
    intention to disperse the sit-in', 'has no plans to expel them': a deed its doer says it will not do."""
    if tok.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok)):
        plan = tok.head
        return plan.lemma_.lower() in DENIED_INTENTS and (_negative_object(plan) or (
            plan.dep_ == "dobj" and plan.head.lemma_ in DENYING))  # "denied any plans to send warships"
    prep = tok.head
    return (tok.dep_ == "pcomp" and prep.lower_ == "of" and prep.dep_ == "prep"
            and prep.head.lemma_.lower() in DENIED_INTENTS and _negative_object(prep.head))


def _plotted(noun: Token, gov: Token) -> bool:
    """'were planning an attack', 'plotted a bombing': an event noun that is the object of a verb of planning
    (``PLANNING``) in its ongoing form, or told with no definite article."""
    return gov.lemma_.lower() in PLANNING and (gov.tag_ == "VBG" or not any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in children_of(noun)))


def _weighed(noun: Token, gov: Token) -> bool:
    """'is considering sanctions', 'is weighing an embargo', 'mulled the expulsion of envoys': an event noun
    the object of a verb of weighing (``WEIGHING``) in its ongoing form or with no definite article, and with
    no complement ("considered the attack an act of war": a judgement)."""
    return gov.lemma_.lower() in WEIGHING and not any(
        c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") for c in children_of(gov)) and (
        gov.tag_ == "VBG" or not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")
                                     for c in children_of(noun)))


def _sought(noun: Token, gov: Token | None) -> Token | None:
    """'does not seek confrontation', 'we are not looking for a war': the verb of seeking or wanting
    (``SOUGHT``) whose object the event noun is, or None."""
    if gov is None or noun.dep_ not in ("dobj", "pobj"):
        return None
    prep = noun.head.lower_ if noun.dep_ == "pobj" else ""
    return gov if (gov.lemma_.lower(), prep) in SOUGHT else None


def _for_to(clause: Token) -> bool:
    """'called for the hostages to be released': what a "for ... to" clause asks has not happened."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in children_of(clause))


def _to_clause(verb: Token) -> bool:
    """A "to" infinitive with no subject of its own ("to free the hostages")."""
    own = children_of(verb)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in own) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in own)


def _effort_clause(tok: Token, parent: Token, cls: str) -> str | None:
    """'negotiations to free the hostages', 'brokered a deal to free five Americans', 'was sent to free the
    hostages': the cue when a "to" clause of a deed of class ``cls`` is what a noun of effort or negotiation,
    or a verb of sending, is for (``effort_clauses`` in data/readings.yaml), else None."""
    spec = readings()["effort_clauses"]
    if tok == parent or not _to_clause(tok):
        return None
    nouns = spec["nouns"] | spec["operations"] if cls in spec["classes"] else spec["nouns"]
    if tok.dep_ in ("acl", "relcl") and parent.pos_ == "NOUN" and parent.lemma_.lower() in nouns:
        return f"effort:{parent.lemma_.lower()}"  # "efforts to free", "a rescue mission to free"
    if tok.dep_ == "acl" and _purpose_adjunct(parent):
        return f"effort:{parent.lemma_.lower()}"  # "landed in an attempt to overthrow Castro"
    if tok.dep_ != "advcl" or tok.i < parent.i:
        return None
    noun = next((c for c in children_of(parent) if c.dep_ == "dobj" and c.i < tok.i
                 and c.lemma_.lower() in nouns), None)  # "brokered a deal to free": the parse's advcl
    if noun is not None:
        return f"effort:{noun.lemma_.lower()}"
    sent = cls in spec["classes"] and parent.lemma_.lower() in spec["sending"]
    return f"sent:{parent.lemma_.lower()}" if sent else None


def _purpose_adjunct(noun: Token) -> bool:
    """'landed in an attempt to overthrow Castro': a noun of ``purposes`` (``effort_clauses`` in
    data/readings.yaml) that is the object of "in" on a verb, telling what that verb's deed was for."""
    prep = noun.head
    return (noun.dep_ == "pobj" and noun.lemma_.lower() in readings()["effort_clauses"]["purposes"]
            and prep.lower_ == "in" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"))


def _secured(noun: Token, gov: Token | None) -> bool:
    """'efforts to secure the release of X': the noun is the object of a "to" clause of securing
    (``effort_clauses`` in data/readings.yaml), whose modality is the noun's."""
    return gov is not None and noun.dep_ == "dobj" and noun.head == gov and _to_clause(gov) and (
        gov.lemma_.lower() in readings()["effort_clauses"]["securing"])


AWAITED = frozenset({("of", "ahead"), ("of", "anticipation"), ("for", "preparation"),
                     ("for", "preparations")})


def _still_to_come(noun: Token) -> bool:
    """'ahead of a planned strike', 'before the scheduled protest': an event noun called planned that the
    sentence's act came before. (A planned rally banned or stopped may still have gathered people.)"""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if (prep.lower_, prep.head.lower_) in AWAITED:
        return True  # "ordered residents south ahead of a ground offensive": still to come, planned or not
    if not any(c.dep_ == "amod" and c.lower_ in PLANNED for c in children_of(noun)):
        return False
    return prep.lower_ == "before" or (prep.lower_, prep.head.lower_) == ("to", "prior")


def _penalty_faced(noun: Token) -> bool:
    """'A Tennessee inmate faces execution next month': a penalty noun the object of a verb of facing
    (``faced_penalties`` in data/readings.yaml) is still to come."""
    spec = readings()["faced_penalties"]
    return (noun.dep_ == "dobj" and noun.lemma_.lower() in spec["nouns"]
            and noun.head.lemma_.lower() in spec["verbs"])


def _warned_against(noun: Token) -> bool:
    """'warned residents against joining the planned protest': a crowd's act called planned that someone is
    warned or urged against joining (``warned_against`` in data/readings.yaml) is still to come."""
    if noun.dep_ not in ("dobj", "pobj") or not any(c.dep_ == "amod" and c.lower_ in PLANNED
                                                     for c in children_of(noun)):
        return False
    join = noun.head if noun.dep_ == "dobj" else noun.head.head  # "taking part in the planned march"
    return join.lemma_.lower() in readings()["warned_against"]["joining"] and warned_off(join) is not None


def _unrealised(noun: Token) -> str | None:
    """'warned Belgrade against any offensive', 'accept the plan or face air strikes', 'information about
    a planned attack': a deed noun named only as what may come (``unrealised`` in data/readings.yaml); the
    cue it sets, or None (embedded60)."""
    spec, head = readings()["unrealised"], noun.head
    if noun.dep_ == "pobj" and head.lower_ == "against":
        warner = head.head.head if head.head.dep_ == "dobj" else head.head
        if warner.lemma_.lower() in spec["warning"]:
            return f"warned-against:{warner.lemma_.lower()}"
    if noun.dep_ == "dobj" and head.lemma_.lower() in spec["facing"] and _either_or(head):
        return f"faced:{head.lemma_.lower()}"
    if noun.dep_ == "pobj" and head.lower_ in spec["topic_preps"] and any(
            c.dep_ == "amod" and c.lower_ in spec["modifiers"] for c in children_of(noun)):
        return "planned:topic"
    return None


def _either_or(verb: Token) -> bool:
    """Whether a verb is one side of an "or", a "to" clause or under a modal ("accept or face", "could face"):
    what it tells may come, not what came."""
    joined = verb.dep_ == "conj" and any(c.lower_ == "or" for c in children_of(verb.head))
    moded = any(c.dep_ == "aux" and c.lower_ in HEDGES | FUTURE_AUX | {"to"} for c in children_of(verb))
    return joined or moded or verb.dep_ == "xcomp"


def accused_of(word: Token) -> Token | None:
    """'accused Pakistan of shelling villages', 'was suspected of the killing': the verb of accusing whose
    "of" holds the deed (``accused_of`` in data/readings.yaml), or None (embedded60)."""
    spec, prep = readings()["accused_of"], word.head
    if word.dep_ not in ("pcomp", "pobj") or prep.lower_ not in spec["preps"]:
        return None
    return prep.head if prep.head.lemma_.lower() in spec["verbs"] else None


def _set_for_a_day(noun: Token) -> bool:
    """'called a strike for Monday', 'a rally for next week': a "for" on the noun, or on the verb it is the
    object of, whose object is a day (not a span: "a strike for three days")."""
    spec = readings()["set_for_a_day"]
    hosts = [noun] + ([noun.head] if noun.dep_ == "dobj" else [])
    for prep in (c for h in hosts for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "for"):
        for day in (c for c in children_of(prep) if c.dep_ == "pobj" and c.ent_type_ == "DATE"):
            span = day.lemma_.lower() in spec["spans"]
            if not span or any(c.lower_ in spec["ahead"] for c in children_of(day)):
                return True
    return False


def _not_permitted(noun: Token) -> str | None:
    """'have not authorised any protests', 'did not allow the rally to go ahead', 'refused to permit the
    march': the object (or the complement's subject) of a permission denied or refused (``not_permitted``
    in data/readings.yaml) was not held. The cue it sets, or None."""
    spec = readings()["not_permitted"]
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.dep_ in ("ccomp", "xcomp"):
        verb = verb.head  # "allow the rally to go ahead"
    elif noun.dep_ != "dobj":
        return None
    if verb.lemma_.lower() not in spec["verbs"]:
        return None
    if _negation(verb) is not None or any(_negative_object(c) for c in children_of(verb) if c.dep_ == "dobj"):
        return f"not-permitted:{verb.lemma_.lower()}"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in spec["refusals"]:
        return f"not-permitted:{verb.head.lemma_.lower()}"
    return None


def _asked_for(noun: Token) -> bool:
    """'calls for a strike', 'demands by the union for a strike': the "for" object of a noun of intention
    (``INTENT_NOUNS``), or of one whose "by" object the parse hangs it on, is asked for, not done."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return False
    owner = prep.head
    if owner.dep_ == "pobj" and owner.head.lower_ == "by":
        owner = owner.head.head
    return owner.pos_ == "NOUN" and owner.lemma_.lower() in INTENT_NOUNS


def _ready_for(noun: Token, cls: str) -> Token | None:
    """'Moscow was ready for talks with Washington', 'said it was open to talks': the adjective of
    readiness whose "for" or "to" object the noun of talks is (``ready_for`` in data/readings.yaml),
    or None."""
    spec, prep = readings()["ready_for"], noun.head
    if cls not in spec["classes"] or noun.dep_ != "pobj" or prep.dep_ != "prep" or (
            prep.lower_ not in spec["preps"]):
        return None
    ready = prep.head
    return ready if ready.pos_ == "ADJ" and ready.lemma_.lower() in spec["adjectives"] else None


def _ultimatum(noun: Token) -> bool:
    """'announced a strike from Monday unless the government raises its offer': the object of a verb that a
    condition ("unless", "if") hangs on, a measure held over someone rather than one taken."""
    if noun.dep_ != "dobj":
        return False
    marks = readings()["ultimatum"]["marks"]
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in children_of(c))
               for c in children_of(noun.head))


def _hedged(verb: Token) -> str | None:
    """The modal of possibility on a verb ("could spark", "would trigger"), not on a perfect ("could have
    killed": a deed done), nor one told after "if"; or None (``speculated`` in data/readings.yaml)."""
    own = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    modal = next((c.lower_ for c in own if c.lower_ in readings()["speculated"]["modals"]), None)
    if modal is None or any(c.lemma_ == "have" for c in own) or any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children_of(verb)):
        return None
    return modal


def _speculated(noun: Token) -> str | None:
    """'could spark clashes', 'an invasion would trigger sanctions', 'a Russian attack would be a disaster',
    'would allow aid to reach Gaza', 'could turn into clashes', 'the risk of a confrontation': an event noun
    told without "the" as an argument of a verb with a modal of possibility, or the "of" of a noun of
    chance, is foreseen, not done; the cue it sets, or None (``speculated`` in data/readings.yaml)."""
    spec = readings()["speculated"]
    if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in spec["definite"] for c in children_of(noun)):
        return None
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and (
            head.head.lemma_.lower() in spec["risks"]):
        return f"risk:{head.head.lemma_.lower()}"
    if noun.dep_ == "pobj" and head.lower_ == "of" and _on_the_verge(head.head):
        return f"odds:{head.head.lemma_.lower()}"  # "on the brink of civil war"
    verb = None
    if noun.dep_ in ("nsubj", "dobj", "attr") and head.pos_ in ("VERB", "AUX"):
        verb = head
        if noun.dep_ == "nsubj" and head.dep_ in ("ccomp", "xcomp") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in children_of(head)):
            verb = head.head  # "would allow aid to reach Gaza": the modal is on the verb that allows
    elif noun.dep_ == "pobj" and head.lower_ in spec["outcome_preps"] and head.head.pos_ == "VERB" and (
            head.head.lemma_.lower() in spec["outcome_verbs"]):
        verb = head.head  # "could turn into clashes", "would lead to a bloodbath"
    modal = _hedged(verb) if verb is not None else None
    return f"speculated:{modal}" if modal else None


def _errand_denied(verb: Token) -> str | None:
    """'did not carry out any missions to strike targets', 'launched no operation to arrest them', 'did not
    send ships to attack the boats': a deed named as the errand ("to" clause) of a denied act was not done."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return None
    if verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "dobj":
        noun, act = verb.head, verb.head.head  # "missions to strike": the errand of the missions
    elif verb.dep_ == "advcl" and verb.head.pos_ == "VERB":
        act = verb.head  # "sent ships to attack": the errand of the sending
        noun = next((c for c in children_of(act) if c.dep_ == "dobj"), None)
    else:
        return None
    if noun is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(noun)):
        return "errand:no"
    if act.lemma_ in AFFIRMED_WHEN_DENIED:
        return None  # "had not hesitated to expel the envoy": the envoy was expelled
    neg = next((c for c in children_of(act) if c.dep_ == "neg"), None)
    return f"errand:{neg.lower_}" if neg is not None else None


def _conditioned_infinitive(verb: Token) -> bool:
    """'ordered him to be detained if he returned', 'vowed to hit back if attacked': an act a "to" clause
    names on a condition ("if", "unless") is held over someone, not done."""
    own = children_of(verb)
    marks = readings()["ultimatum"]["marks"]
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in own) and any(
        c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in marks for k in children_of(c))
        for c in own)


def _headline_infinitive(verb: Token) -> bool:
    """'EU to impose new sanctions on Iran', 'Britain to expel Russian diplomats': a line whose root is a "to"
    infinitive with a subject of its own is a headline's "X to do", an act still to come (senses54); so is one
    a trailing "says" holds ("EU to impose new sanctions on Iran, says Borrell"; deeds55)."""
    own = children_of(verb)
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in own)
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in own)
    said = (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.lemma_ == "say"
            and verb.head.i > verb.i)
    return (verb.dep_ == "ROOT" or said) and verb.tag_ == "VB" and to and subject


def _abstained_from(word: Token) -> bool:
    """Whether a noun or gerund is what a verb keeps from: "refrain from attacks", "desist from violence and
    looting", "refrain from attacking each other" (``ABSTAINING``)."""
    while word.dep_ == "conj" and word.head.i < word.i:
        word = word.head
    prep = word.head
    return (word.dep_ in ("pobj", "pcomp") and prep.lower_ == "from" and prep.dep_ == "prep"
            and prep.head.lemma_.lower() in ABSTAINING)


def _left_undone(verb: Token) -> bool:
    """'left without signing', 'withdrew without firing a shot': a deed told after "without" was not done."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "without" and verb.head.dep_ == "prep"


def _adverbial_infinitive(tok: Token, parent: Token) -> bool:
    """'The rebels offered today to free the hostages': the small model hangs a verb's "to" complement as
    an adverbial clause when a bare time word ("today", "yesterday") comes between them (plover35); so too
    the clause of a deadline ("gave Hamas until Saturday to release all hostages"; truce49)."""
    if tok.dep_ == "advcl" and tok != parent and deadline_clause(parent) == tok:
        return True
    return (tok.dep_ == "advcl" and tok != parent and parent.i < tok.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok))
            and any(parent.i < c.i < tok.i and _time_word(c) for c in children_of(parent)))


def _time_word(tok: Token) -> bool:
    """'today', or a time told with a preposition ('on Wednesday', 'on 12 March'; ptype37): the words
    a wire puts between a verb and its "to" complement."""
    if tok.dep_ == "npadvmod":
        return True
    return tok.dep_ == "prep" and tok.lower_ in ("on", "in", "at") and any(
        c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in children_of(tok))


def phrasal_lemma(verb: Token) -> str:
    """The verb's lemma with its particle: "called off" is "call off", "ruled out" is "rule out"."""
    prt = next((c for c in children_of(verb) if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {prt.lower_}" if prt is not None else verb.lemma_.lower()


def _called_off(verb: Token) -> str | None:
    """'The visit was postponed', 'called off the strike', 'ruled out imposing sanctions': a verb that calls
    off the event it governs (``called_off`` in data/readings.yaml), the cue it sets."""
    lemma = phrasal_lemma(verb)
    return f"called-off:{lemma}" if lemma in readings()["called_off"]["verbs"] else None


def _measure_stopped(verb: Token, cls: str) -> str | None:
    """'Hungary blocked EU sanctions', 'the court halted the deportation': a verb that stops a measure, pact
    or talks it governs (``stopped_measures`` in data/readings.yaml), the cue it sets."""
    spec = readings()["stopped_measures"]
    lemma = phrasal_lemma(verb)
    return f"stopped:{lemma}" if lemma in spec["verbs"] and cls in spec["classes"] else None


def _clausal_subject(tok: Token, parent: Token) -> bool:
    """'said sending troops to Ukraine could not be ruled out': a gerund clause that is the subject of a
    passive verb that calls off (its act, held open or called off, is as the verb says)."""
    return tok.dep_ == "csubjpass" and tok != parent and _called_off(parent) is not None


def _refused(verb: Token) -> bool:
    """'refused to rule out military action': the verb is the complement of a refusal."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ in ("refuse", "decline")


def _not_called_off(verb: Token) -> str | None:
    """'has not ruled out expelling more diplomats', 'did not rule out a meeting', 'refused to rule out
    military action', 'did not cancel the visit': a verb that calls off, itself denied, calls nothing off;
    a possibility left open ("not-ruled-out", the act hypothetical), else the event as told
    ("not-called-off")."""
    if not _called_off(verb) or (_negation(verb) is None and not _refused(verb)):
        return None
    return "not-ruled-out" if phrasal_lemma(verb) in ("rule out", "exclude") else "not-called-off"


def _talks_failed(trig: Trigger) -> bool:
    """'Peace talks between the government and the rebels collapsed', 'the ceasefire broke down': talks or a
    pact whose verb says they failed (``failed_talks`` in data/readings.yaml)."""
    spec, verb = readings()["failed_talks"], trig.head.head
    said = {phrasal_lemma(verb)} | {f"{verb.lemma_.lower()} {c.lower_}" for c in children_of(verb)
                                    if c.dep_ == "advmod"}  # "fell apart": the parse's adverb
    return (trig.cls in spec["classes"] and bool(said & set(spec["verbs"]))
            and not any(c.dep_ in ("xcomp", "ccomp") for c in children_of(verb)))  # not "failed to produce"


def _paused(noun: Token) -> bool:
    """'a pause in the fighting', 'a lull in fighting', 'a cessation of hostilities': the deed a noun of
    stopping names is what stopped (lead48)."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ in ("in", "of", "to") and prep.head.pos_ == "NOUN"
            and prep.head.lemma_.lower() in PAUSE_NOUNS and noun.lemma_.lower() in PAUSED_DEEDS)


def _gerund_object(tok: Token, parent: Token) -> bool:
    """'Germany ruled out sending tanks': a gerund right after a verb that calls off, which the parse hangs as
    an adverbial clause, is the verb's object (not "ruled out talks, citing ...")."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok == parent or not _called_off(parent):
        return False
    return tok.i == 1 + max([parent.i] + [c.i for c in children_of(parent) if c.dep_ == "prt"])


def _odds(tok: Token, parent: Token) -> str | None:
    """'is likely to crack down', 'appears poised to launch', 'is capable of attacking': the "to" clause
    of an adjective of odds, or the "of" clause of one of capability, is foreseen; the cue, or None."""
    spec = readings()["speculated"]
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(tok)):
        return None  # "are likely to have killed 20 soldiers": a deed told as done
    if tok.dep_ == "xcomp" and tok != parent and parent.lower_ in spec["odds"]:
        return f"odds:{parent.lower_}"
    if tok.dep_ == "pcomp" and parent.lower_ == "of" and parent.head.lemma_.lower() in spec["capable"]:
        return f"capability:{parent.head.lemma_.lower()}"
    if tok.dep_ == "pcomp" and parent.lower_ == "of" and _on_the_verge(parent.head):
        return f"odds:{parent.head.lemma_.lower()}"  # "was on the verge of lynching him": not done
    return None


def _on_the_verge(noun: Token) -> bool:
    """'on the verge of', 'on the brink of': a noun of ``verge`` (``speculated`` in data/readings.yaml) that
    is the object of "on"."""
    return (noun.dep_ == "pobj" and noun.lemma_.lower() in readings()["speculated"]["verge"]
            and noun.head.lower_ == "on")


def _kept_from(tok: Token) -> bool:
    """'preventing the police from arresting him': a deed that someone kept from happening."""
    prep = tok.head
    return (tok.dep_ == "pcomp" and prep.lower_ == "from" and prep.dep_ == "prep"
            and prep.head.lemma_ in KEPT_FROM)


def analyse(trig: Trigger, lex: Lexicon) -> ModalityFinding:
    """Modality of a trigger, with the cue words that set each flag."""
    m, cues = Modality(), []
    head = verb = trig.head
    if _none_told(head, lex):
        m.negated = True  # "with no reports of shelling": no shelling told
        cues.append("no-news-of")
    if trig.is_noun:
        if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in children_of(head)):
            m.negated = True
            cues.append("det:no")
        if not m.negated and any(c.dep_ == "det" and c.lower_ == "any" for c in children_of(head)) and (
                head.dep_ in ("nsubj", "nsubjpass")):
            m.hypothetical = True  # "any attack on Lebanon would be met with force": none told, one supposed
            cues.append("det:any")
        if _still_to_come(head):  # not yet real, as "plans to strike" is not
            m.future = m.hypothetical = True
            cues.append("planned")
        if _penalty_faced(head):
            m.future = True  # "faces execution next month": a penalty still to come (justice-2)
            cues.append("faced")
        if trig.cls in readings()["set_for_a_day"]["classes"] and _set_for_a_day(head):
            m.future = True  # "called a general strike for Monday": a planned protest, still to come
            # (future, not hypothetical, as "is expected to meet": the call is made, the day is set)
            cues.append("set-for-a-day")
        banned = banned_gathering(head, trig.cls)
        if banned is not None and generic_gathering(head):
            m.hypothetical = True  # "the junta banned all demonstrations": no gathering told
            cues.append(f"banned:{banned.lemma_.lower()}")
        unreal = _unrealised(head) if not m.negated else None
        if unreal:
            m.hypothetical = True  # "warned Belgrade against any offensive": none done
            cues.append(unreal)
        if _warned_against(head):
            m.future = m.hypothetical = True  # "warned residents against joining the planned protest"
            cues.append("planned:warned-against")
        refused = _not_permitted(head)
        if refused is not None:
            m.negated = True  # "did not allow the rally to go ahead": the rally was not held
            cues.append(refused)
        if _asked_for(head):
            m.hypothetical = True  # "despite calls by the opposition for nationwide demonstrations"
            cues.append("intent:asked-for")
        ready = _ready_for(head, trig.cls)
        if ready is not None:  # "was ready for talks with Washington": talks offered (intent.py)
            m.future = m.hypothetical = True
            cues.append("intent:" + (ready.lemma_ if ready.lemma_ in ("willing", "prepared") else "ready"))
            verb = ready.head if ready.dep_ == "acomp" else ready  # the clause that says so, walked up
            if _negation(verb) is not None:
                m.negated = True  # "is not ready for talks": a refusal (intent.py)
                cues.append("neg:ready")
        if _ultimatum(head):
            m.future = m.hypothetical = True
            cues.append("ultimatum: announced on a condition")
        if head.dep_ == "pobj" and head.head.lower_ == "without":
            m.negated = True  # "ended without agreement", "released without charge"
            cues.append("without")
        if _paused(head):
            m.negated = True  # "vaccinated children during a pause in the fighting": no fighting then
            cues.append("paused")
        gov = governing_verb(head)
        if gov is not None and head.dep_ == "dobj" and _left_undone(gov) and not m.negated:
            m.negated = True  # "left Moscow without signing the agreement": the act was not done
            cues.append("without")
        if _prevented_by(head, gov) and _prevention_failed(gov):
            cues.append(f"not-prevented:{gov.lemma_}")  # "police failed to prevent the bombings": done
        elif _prevented_by(head, gov):
            m.negated = True  # "a nationwide strike was averted", "staved off a strike": it did not happen
            cues.append(f"prevented:{phrasal_lemma(gov)}")
        elif gov is not None and head.dep_ == "dobj" and gov.lemma_ in FEARED:
            m.hypothetical = True
            cues.append(f"feared:{gov.lemma_}")
        if _abstained_from(head) and not m.negated:
            m.negated = True  # "urged them to refrain from reprisal attacks": no attack
            cues.append("refrained")
        if gov is not None and head.dep_ == "dobj" and _plotted(head, gov):
            m.hypothetical = True  # "suspected of planning an attack on a synagogue": not carried out
            cues.append(f"planned:{gov.lemma_}")
        elif gov is not None and head.dep_ == "dobj" and _weighed(head, gov):
            m.hypothetical = True  # "is considering sanctions on Israeli settlers": a measure weighed
            cues.append("intent:consider")
        sought = _sought(head, gov) if trig.cls not in SOUGHT_ACTS else None
        if sought:  # "we are not looking for confrontation": sought, or not, and not done
            m.hypothetical, m.negated = True, m.negated or _negation(sought) is not None
            cues.append(f"sought:{sought.lemma_}")
        kept_open = _not_called_off(gov) if gov is not None and head.dep_ in ("dobj", "nsubjpass") else None
        if kept_open:  # "did not rule out a meeting": a meeting is possible
            m.hypothetical = kept_open == "not-ruled-out"
            cues.append(kept_open)
        elif gov is not None and head.dep_ in ("dobj", "nsubjpass") and not m.negated:
            cue = (_called_off(gov) or _measure_stopped(gov, trig.cls)
                   or ("no-intention" if _intent_denied(gov) else None))
            if cue:  # "the visit was postponed", "has no plans to impose sanctions": it did not happen
                m.negated = True
                cues.append(cue)
        if head.dep_ == "nsubj" and not m.negated and _talks_failed(trig):
            m.negated = True  # "peace talks collapsed", "talks broke down": they came to nothing
            cues.append(f"failed:{phrasal_lemma(head.head)}")
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in OCCUR:
            gov = head.head  # "the strike will begin", "clashes did not erupt"
        convened = gov is not None and head.dep_ == "dobj" and gov.lemma_ in CONVENING and not any(
            c.dep_ in ("oprd", "xcomp", "ccomp") for c in children_of(gov))  # not "called the attack a crime"
        if gov is not None and (gov.lemma_ in lex.light_verbs or gov.lemma_ in OCCUR or convened
                                or partaking(gov)):
            verb = gov
            neg = (_negation(gov) if not disowned(gov)  # "did not claim the bombing": it was done
                   and not _in_setting(head, gov) else None)  # "did not impose a curfew despite the riots"
            if neg is not None and not m.negated:
                m.negated = True
                cues.append(f"neg:{neg.lower_}")
        denied = denied_identity(head) if not m.negated else None
        if denied is not None:  # "the march was not a riot": the copula's clause is the noun's
            m.negated, verb = True, denied
            cues.append("neg:copula")
        speculated = _speculated(head) if verb is head and not m.hypothetical else None
        if not speculated and gov is not None and head.dep_ == "pobj" and gov.dep_ == "xcomp":
            speculated = _odds(gov, gov.head)  # "is likely to crack down on protests after the vote"
        if speculated:  # "could spark clashes", "the risk of a confrontation": foreseen, not done
            m.hypothetical = True
            cues.append(speculated)
        if verb is head and _secured(head, gov):
            verb = gov  # "made efforts to secure the release of X": walked up from the clause
    else:
        cue = (_negated_here(head, trig) or ("no-intention" if _intent_denied(head) else None)
               or ("without" if _left_undone(head) else None) or _errand_denied(head)
               or ("refrained" if _abstained_from(head) else None))
        if cue:
            m.negated = True
            cues.append(cue)
    accuser = accused_of(head)
    if accuser is not None:
        m.reported = True  # "accused Pakistan of shelling villages": alleged, the accuser's word
        cues.append(f"alleged:{accuser.lemma_.lower()}")
    speaker = None
    tok, depth = verb, 0
    settled = False  # past a clause told in the past ("after Turkey lifted its objections"): its own time
    aside_of = None  # the deed a comma aside is hung on as its conjunct, whose denial is not the aside's
    labels = deps_of(verb.doc)  # the children's labels read off the Doc's list (a string made on each dep_)
    while depth < 6:
        aux = set() if settled else {c.lower_ for c in children_of(tok) if labels[c.i] in ("aux", "auxpass")}
        if aux & HEDGES and epistemic_toll(tok):
            cues.append("epistemic:" + ",".join(sorted(aux & HEDGES)))  # "may have killed as many as 30"
        elif aux & HEDGES and counterfactual(tok):
            m.hypothetical = True  # "would have killed dozens had it detonated": what did not happen
            cues.append("counterfactual:" + ",".join(sorted(aux & HEDGES)))
        elif aux & HEDGES:
            m.hypothetical = True
            cues.append("aux:" + ",".join(sorted(aux & HEDGES)))
        if aux & FUTURE_AUX or ("going" in aux and tok.dep_ == "xcomp"):
            m.future = True
            cues.append("aux:will")
        elif not settled and _headline_infinitive(tok):
            m.future = True
            cues.append("headline:to")
        if not settled and any(labels[c.i] == "mark" and c.lower_ in ("if", "unless")
                               for c in children_of(tok)):
            m.hypothetical = True
            cues.append("mark:if")
        if not settled and _awaited(tok):
            m.hypothetical = True  # "would not disarm until Eritrean troops left": no leaving told
            cues.append("mark:until")
        if depth == 0 and _conditioned_infinitive(tok):
            m.hypothetical = True
            cues.append("to-if")
        ruled = standing_order(tok) if depth == 0 else None
        if ruled:  # "ordered troops to shoot looters on sight": a rule for whoever comes, no deed done
            m.hypothetical = True
            cues.append(ruled)
        if any(labels[c.i] == "preconj" and c.lower_ == "either" for c in children_of(tok)) or (
                tok.dep_ == "conj" and any(labels[c.i] == "preconj" and c.lower_ == "either"
                                           for c in children_of(tok.head))):
            m.hypothetical = True
            cues.append("either-or")
        parent = tok.head
        if tok.dep_ == "conj" and (main := main_clause_conjunct(tok)) is not None:
            parent = main  # "detained a Syrian who tried to enter and beat him": no try of the beating
        if tok != parent and ended_before(tok, parent):
            break  # "fired a rocket at the post; the rocket failed to explode": a statement of its own
        if _kept_from(tok) and trig.cls not in GATHERED:
            m.negated = True
            cues.append(f"kept-from:{parent.head.lemma_}")
        complement = (tok.dep_ in ("xcomp", "ccomp") or _adverbial_infinitive(tok, parent)
                      or _clausal_subject(tok, parent)
                      or _gerund_object(tok, parent))
        kept_open = _not_called_off(parent) if complement and tok != parent and not settled else None
        if kept_open:  # "has not ruled out expelling more diplomats": the act is possible, not denied
            m.hypothetical = m.hypothetical or kept_open == "not-ruled-out"
            cues.append(kept_open)
            aside_of = parent if _refused(parent) else aside_of  # "refused to rule out": no refusal of it
        elif (complement or tok.dep_ == "dobj" and tok.tag_ == "VBG") and tok != parent and not settled and (
                tok != aside_of and (parent.lemma_ in NEGATORS or _called_off(parent))):  # a negator or a
            # verb that calls it off, over a clause or a gerund object ("halted fighting in Kharkiv")
            if parent.lemma_ in AFFIRMED_WHEN_DENIED and _negation(parent) is not None:
                cues.append(f"denied-negator:{parent.lemma_}")  # "has never stopped bombing": it goes on
            else:
                m.negated = True
                cues.append(f"negator:{phrasal_lemma(parent)}")
        purpose = (tok.dep_ == "advcl" and (parent.lemma_ in APPEALS or _for_to(tok))
                   and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok)))
        if settled:
            pass  # a past clause's own time: no plan, hope or schedule above it makes it unrealised
        elif tok.dep_ == "xcomp" and _scheduled(parent) and not (  # not "Israel was to blame for the
                parent.lemma_ == "be" and tok.lemma_ == "blame"):  # violence": an idiom of fault (lead48)
            m.future = True  # "the prime minister is expected to meet the king on Tuesday": a planned act
            cues.append(f"scheduled:{parent.lower_}")
            if _told_past(parent):  # "hours before he was due to address a rally": a plan whose end is untold
                m.hypothetical = True
        elif ((complement or purpose) and parent.lemma_ in INTENT and tok != parent
                and not (parent.lemma_ in ATTEMPTS and trig.cls in ATTEMPTED_DEEDS)):
            m.hypothetical = True
            cues.append(f"intent:{parent.lemma_}")
            if parent.lemma_ in FUTURE_INTENT:
                m.future = True
        if tok.dep_ in ("ccomp", "parataxis") and parent.lemma_ in SPEECH and tok != parent:
            m.reported = True
            cues.append(f"speech:{parent.lemma_}")
            speaker = _speaker(parent)
        if tok.dep_ == "acl" and parent.pos_ == "NOUN" and parent.lemma_ in INTENT_NOUNS and not settled:
            m.hypothetical = True  # "its demand that Israel ease restrictions", "a plan to attack"
            cues.append(f"intent:{parent.lemma_}")
            break
        effort = (_effort_clause(tok, parent, trig.cls)
                  if not settled and trig.cls not in ATTEMPTED_DEEDS else None)
        if effort:  # "negotiations to free the hostages", "was sent to free them": meant, not done
            m.hypothetical = True
            cues.append(effort)
        foiled = _foiled_attempt(parent) if tok.dep_ == "acl" and not settled else None
        if foiled and trig.cls not in ATTEMPTED_DEEDS:
            m.negated = True  # "an attempt to seize the town was foiled": the town was not taken
            cues.append(foiled)
            break
        failed = opposed_text(parent) if tok.dep_ == "acl" and not settled else None
        if failed is not None and failed.lemma_.lower() in readings()["opposed_texts"]["failing"]:
            m.negated = True  # "vetoed a resolution imposing sanctions": the text failed, nothing was done
            cues.append(f"text-failed:{failed.lemma_.lower()}")
            break
        if tok.dep_ == "acl" and not settled and _claim_denied(parent):
            m.negated = True  # "denied reports that its soldiers had raped women": the claim's deed denied
            cues.append(f"denied-claim:{parent.head.lemma_.lower()}")
            break
        odds = _odds(tok, parent)
        if odds and not settled:  # "is likely to crack down", "is capable of attacking": foreseen, not done
            m.hypothetical = True
            cues.append(odds)
        if tok.dep_ == "acl" and parent.pos_ == "NOUN" and parent.lemma_ in lex.capability_nouns:
            m.hypothetical = True  # "the army's ability to seize control", "the power to detain"
            cues.append(f"capability:{parent.lemma_}")
            break
        if tok.dep_ in ("ROOT",) or tok == parent:
            break
        if tok.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "parataxis") and not (
                _clausal_subject(tok, parent)):
            break
        if _denial_aside(tok, parent):
            aside_of = parent  # "denied killing civilians, blaming the army": the denier's own words
        # "Sweden will join NATO after Turkey lifted its objections": the clause's past is no one's plan
        settled = settled or _past_clause(tok)
        tok, depth = parent, depth + 1
    if _according_to(head):
        m.reported = True
        cues.append("according-to")
    kicker = None if m.reported else _kicker(head)
    if kicker is not None:  # "Zelensky: Russia must withdraw its troops": Zelensky says so (heads49)
        m.reported, speaker = True, kicker
        cues.append("speech:kicker")
    return ModalityFinding(m, cues, speaker)


@cache
def _rubrics() -> frozenset[str]:
    """Words that name the kind of piece before a headline's colon (data/headline_rubrics.yaml)."""
    path = resources.files("chronica") / "data" / "headline_rubrics.yaml"
    return frozenset(yamlio.safe_load(path.read_text("utf-8"))["rubrics"])


# the kinds of name a headline's opening label is when it names a place, a people or a time, not a speaker
LABEL_ENTS = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "EVENT"})


def _kicker(head: Token) -> Token | None:
    """The speaker a headline names before a colon ("Lavrov: West playing with fire", "Zelensky: Russia must
    pay"): one or two capitalised words opening the line, a person's name and no place ("UK:", "Sudan:"
    only label the story), followed by a clause with its own subject; None otherwise."""
    doc = head.doc
    starts = sentence_starts(doc)
    start = starts[bisect_right(starts, head.i) - 1]
    colon = next((t.i for t in tokens_of(doc)[start:min(start + 3, head.i)] if t.text == ":"), None)
    if colon is None or colon == start:
        return None
    words = doc[start:colon]
    if not all(t.is_title and t.pos_ in ("PROPN", "NOUN") and t.ent_type_ not in LABEL_ENTS for t in words):
        return None
    if words[-1].ent_type_ not in ("PERSON", "") or words[-1].is_stop or words[0].lower_ in _rubrics():
        return None  # "Kremlin:", "Pentagon:": an office the model names; "Analysis:": the kind of piece
    return words[-1] if any(t.dep_ in ("nsubj", "nsubjpass") and t.i > colon for t in doc[colon:head.i + 1]
                            ) else None


def _denial_aside(tok: Token, parent: Token) -> bool:
    """'M23 denied killing civilians, blaming the army for the deaths': a participle of speech or blame
    (``denial_asides`` in data/readings.yaml) after a comma, which the parse makes a conjunct of the denied
    deed, is what the denier says, not a second deed denied (not "denied killing, looting and burning"); so
    is one the parse hangs on the denied clause ("denied that it had violated the ceasefire, saying militias
    attacked first": sides49)."""
    verbs = readings()["denial_asides"]["verbs"]
    if tok.dep_ not in ("conj", "advcl") or tok.tag_ != "VBG" or tok.lemma_.lower() not in verbs:
        return False
    before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    return before is not None and before.text == "," and not any(
        c.dep_ == "cc" for c in children_of(parent) if c.i < tok.i)


def _claim_denied(noun: Token) -> bool:
    """'denied reports that its soldiers had raped women', 'dismissed claims by Eritrea that it was preparing
    to invade': a claim noun (``denied_claims`` in data/readings.yaml) that a verb of denial takes as its
    object; the claim's deed is the one denied."""
    spec = readings()["denied_claims"]
    return (noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "nsubjpass")
            and noun.lemma_.lower() in spec["nouns"] and phrasal_lemma(noun.head) in spec["verbs"])


def _past_clause(tok: Token) -> bool:
    """A clause of time or cause with a past verb of its own ("after Turkey lifted its objections", "because
    police had shot a boy"): what the clause it hangs on will or may do does not make it unrealised; "when"
    the parse makes an adverb counts ("was about to lynch him when police arrived": the police came)."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBD" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in PAST_CLAUSE_MARKS
        and (c.dep_ == "mark" or c.lower_ == "when") for c in children_of(tok))


def _awaited(tok: Token) -> bool:
    """A clause of "until", "unless" or "before" (``AWAITED_MARKS``) hung on a clause that will or would be,
    whatever its own tense ("there would be no ceasefire until the militia laid down its arms", "would keep
    fighting until the RSF surrendered"): awaited, not told; not "fought until the army withdrew"."""
    marks = [c for c in children_of(tok) if c.dep_ == "mark" and c.lower_ in AWAITED_MARKS]
    if tok.dep_ != "advcl" or not marks:
        return False
    clause = tok.head
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in HEDGES | FUTURE_AUX for c in children_of(clause)):
            return True
        if clause.dep_ not in ("xcomp", "conj") or clause.head is clause:
            return False
        clause = clause.head  # "would keep fighting until": the modal on "keep"
    return False


def _none_told(noun: Token, lex: Lexicon) -> bool:
    """'with no reports of shelling', 'no sign of fighting': the noun is the "of" of a news noun that "no"
    denies, so the sentence tells no such act; so does a clause of such a noun ("no evidence that the
    victims had been tortured"; violence47)."""
    of = noun.head
    if noun.dep_ in ("acl", "ccomp") and of.lemma_ in lex.news_of_nouns and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in children_of(noun)):
        return _negative_object(of)
    if noun.dep_ not in ("pobj", "pcomp") or of.lower_ != "of" or of.head.lemma_ not in lex.news_of_nouns:
        return False
    return _negative_object(of.head)


def _speaker(verb: Token) -> Token | None:
    """The subject of a verb of speech; 'The Red Cross operating in Iraq said', parsed with the participle
    as the subject, is said by the participle's own subject."""
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in ("VBG", "VBN"):
        return next((c for c in children_of(subject) if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")),
                    subject)
    return subject


def _scheduled(verb: Token) -> bool:
    """'X is expected to meet Y', 'is scheduled to visit', 'was due to address a rally', 'was to lead a
    march': a passive "expected" (or "scheduled", "set") or "due" tells what is planned, not someone's
    hope."""
    if verb.lower_ == "due":
        return True
    if verb.lemma_ == "be":  # "he was to lead a march": the infinitive after "be" is what was planned
        return verb.dep_ not in ("auxpass", "aux")
    return (verb.lemma_ in SCHEDULING and verb.tag_ == "VBN"
            and (any(c.dep_ == "auxpass" for c in children_of(verb))
                 or verb.dep_ == "acl"))  # "a man scheduled to be executed on Thursday" (justice-2)


def _told_past(word: Token) -> bool:
    """Whether a word of schedule is told in the past ("was due", "were expected", "was to lead")."""
    verbs = [word, *(c for c in children_of(word) if c.dep_ in ("aux", "auxpass", "cop"))]
    if word.dep_ == "acomp":  # "he was due": the copula is the adjective's head
        verbs.append(word.head)
    return any(v.tag_ == "VBD" for v in verbs)


def _according_to(head: Token) -> bool:
    """Whether the event's sentence says "according to" (read in its text, not token by token)."""
    doc = head.doc
    starts, (firsts, ends) = sentence_starts(doc), char_bounds(doc)  # no Span made
    k = bisect_right(starts, head.i) - 1
    return ACCORDING_TO.search(text_of(doc), firsts[starts[k]], ends[starts[k + 1] - 1]) is not None
