"""Sentence -> candidate events: triggers, roles, modality and counts from the dependency parse."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain

from spacy.attrs import LIKE_NUM
from spacy.tokens import Span, Token

from chronica.extract.instrument import carry_payloads, is_fight, left_over, sparked_fights, specialise
from chronica.extract.lexicon import Lexicon, lexicon
from chronica.extract.modality import ModalityFinding, analyse
from chronica.extract.quantities import (
    CAPTIVE_PRONOUNS,
    Count,
    burned_alive,
    captives_killed,
    died_beside,
    died_during,
    find_counts,
    implied_victims,
    killed_after_loss,
    left_by,
    lost_by,
    own_losses,
    told_as_more,
    told_beside,
    unnamed_toll,
)
from chronica.extract.readings import (
    asked_for,
    chanted,
    crime_named,
    fired_across,
    inquiry_labels,
    only_attempted,
    readings,
    reread,
    running_toll,
    supposed_toll,
    trailing_attribution,
    without_told_orders,
)
from chronica.extract.readings import lemmas as reading_lemmas
from chronica.extract.roles import (
    JUDGED_PREPS,
    REASON_VERBS,
    SHARED_OBJECT,
    Roles,
    find_roles,
    foiler,
    hit_device,
    judged,
    repellers_of,
)
from chronica.extract.setting import (
    after_protests,
    governed,
    is_prelude,
    is_restatement,
    is_setting,
    is_topic,
    protest_topics,
    suspected_deed,
)
from chronica.extract.triggers import (
    COMPLEMENT_PREPS,
    Trigger,
    cargo_of,
    find_triggers,
    governing_verb,
)
from chronica.nlp import children_of, column, lowers_of, sentence_of


@dataclass
class Candidate:
    """An event found in one sentence, before actors, places and dates are resolved."""

    sentence: int
    trigger: Trigger
    roles: Roles
    modality: ModalityFinding
    counts: dict[str, Count] = field(default_factory=dict)
    told: Token | None = None  # "killed 12 during a raid": the killing this event is told with
    victims: list[Token] = field(default_factory=list)  # "was killed after exchanging fire": the killed
    main: bool = False  # "Talks between X and Y resumed": a noun that is the subject of the main clause
    fate: bool = False  # "abducted a pastor, who was found dead": the captive's death, news not background;
    # "lost three officers while killing nine gang members": the killing in the clause of a loss (counts255)


def _hops(a: Trigger, b: Trigger, limit: int = 2) -> bool:
    """Whether two triggers' heads are within ``limit`` dependency steps of each other."""
    for x, y in ((a.head, b.head), (b.head, a.head)):
        tok = x
        if tok.dep_ in ("nsubj", "nsubjpass") and not (tok.dep_ == "nsubjpass" and repellers_of(tok)):
            continue  # 'clashes killed 20': an event as subject is handled by _merge_outcomes; not "an attack
            # was repulsed by troops", one fight as "troops repulsed an attack" (repel57)
        for _ in range(limit):
            if tok.head.i == tok.i:
                break
            tok = tok.head
            if tok == y:
                return True
    return False


def _told_happening(a: Trigger, b: Trigger) -> Trigger | None:
    """'A car bomb exploded', 'fighting erupted': a verb with no object that only tells that the event
    its subject names happened, or a verb of a blow landing that its subject did not already type ("An
    Israeli strike struck a school": ``state_acts.hit_verbs``). Returns the subject's trigger, which names
    the kind of event."""
    for noun, verb in ((a, b), (b, a)):
        if (noun.is_noun and not verb.is_noun and noun.head.dep_ == "nsubj" and noun.head.head == verb.head
                and verb.head.lemma_ not in OUTCOME_VERBS
                and (not any(c.dep_ in ("dobj", "nsubjpass") for c in children_of(verb.head))
                     or verb.cls != noun.cls and lexicon().lemma(verb.head) in lexicon().hit_verbs)):
            return noun
    return None


def _weapon_as_subject(trig: Trigger, others: list[Trigger], plover_of: dict[str, str]) -> bool:
    """'shells fired by the army fell on the market': the shells' falling is the firing's outcome
    when the verb took its class from a projectile subject that another trigger describes."""
    if trig.kind != "verb" or trig.entry.cls != "none":
        return False
    subjects = [c for c in children_of(trig.head) if c.dep_ in ("nsubj", "nsubjpass")
                and c.lemma_.lower() in (trig.entry.subjects or {})]  # not "residents protesting ... threw"
    return any(o is not trig and plover_of[o.cls] == plover_of[trig.cls]
               and any(o.head in s.subtree and o.head != s for s in subjects) for o in others)


# force that ends a crowd's act: the sit-in or blockade the police cleared stays the crowd's event, as the one
# they broke up or dispersed does (land-1)
DISPERSING = frozenset({"crowd_control"})
# "did not return fire despite the attack on its base": a preposition whose event is not the verb's
CONCESSIVE = frozenset({"despite", "notwithstanding"})


def _object_of_specialised(trig: Trigger, others: list[Trigger]) -> bool:
    """'lifted the curfew', 'offered aid', 'suspended talks', 'defused the bomb', 'ruled out talks': the
    verb took its class from this noun, disarms it or is about it; the noun names what is acted on,
    not an event of its own."""
    head = trig.head
    while head.dep_ == "conj" and head.head != head:
        head = head.head  # "seized a rifle, two pistols and grenades"
    if trig.is_noun and (_listed_item(head, others) or _carried(head, others)):
        return True
    head = _over_a_span(head)
    governor = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head.head
    if trig.is_noun and (_subject_class_of(head, others) or _object_with_class_of(head, others)):
        return True
    return trig.is_noun and (any(
        o.kind == "verb" and (o.cls != o.entry.cls or o.cls == "disrupt_weapons" or o.entry.topic)
        and governor == o.head and not _named_as(o.head) and o.cls not in DISPERSING
        and (head.dep_ in ("dobj", "nsubjpass")
             or head.dep_ == "pobj" and (o.entry.complements and head.head.lower_ in COMPLEMENT_PREPS
                                         or o.entry.topic))  # not "rescued them in a raid" (coder21)
        for o in others) or _made_safe(head, others))


def _subject_class_of(head: Token, others: list[Trigger]) -> bool:
    """'new EU sanctions hit Belarus', 'the latest sanctions target four banks': the subject a verb took its
    class from (its entry's ``subjects``), one act told twice (sanctionhit53)."""
    lemma, head = head.lemma_.lower(), _counter_of(head)  # "a new round of sanctions hit ..."
    return head.dep_ == "nsubj" and any(
        o.kind == "verb" and o.head == head.head and o.cls != o.entry.cls and o.cls != "none"
        and (o.entry.subjects or {}).get(lemma) == o.cls for o in others)


def _object_with_class_of(head: Token, others: list[Trigger]) -> bool:
    """'targeted North Korea's shipping network with new sanctions': the "with" the parse hangs on a verb's
    object, when the verb took its class from it (its entry's ``complements``; sanctionhit53)."""
    lemma, head = head.lemma_.lower(), _counter_of(head)  # "with a fresh round of sanctions"
    prep = head.head
    obj = prep.head
    if head.dep_ != "pobj" or prep.lower_ != "with" or obj.dep_ != "dobj":
        return False
    return any(o.kind == "verb" and o.head == obj.head and o.cls != o.entry.cls and o.cls != "none"
               and (o.entry.complements or {}).get(lemma) == o.cls for o in others)


def _counter_of(head: Token) -> Token:
    """The partitive that counts a noun ("another round of sanctions": round), else the noun."""
    counters = lexicon().partitives | lexicon().complement_partitives
    while (head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.dep_ == "prep"
           and head.head.head.lemma_.lower() in counters):
        head = head.head.head
    return head


def _over_a_span(head: Token) -> Token:
    """'called for three days of nationwide strikes': the span of time the noun is "of" stands where the
    noun would (``set_for_a_day`` spans in data/readings.yaml); so does the share of it a partitive counts
    ("has not delivered any of the promised aid"; ``partitives`` in data/triggers.yaml)."""
    of = head.head
    if head.dep_ == "pobj" and of.lower_ == "of" and of.dep_ == "prep" and (
            of.head.lemma_.lower() in readings()["set_for_a_day"]["spans"] | lexicon().message_nouns
            or of.head.lemma_.lower() in lexicon().partitives and (
                of.head.dep_ in ("dobj", "nsubjpass")  # "was hit with a round of sanctions" (sanctionhit53)
                or of.head.dep_ == "pobj" and of.head.head.lower_ in COMPLEMENT_PREPS)
            or of.head.lemma_.lower() in lexicon().complement_partitives and of.head.dep_ == "pobj"
            and of.head.head.lower_ in COMPLEMENT_PREPS):
        return of.head  # "sent a message of condolence": the message stands for what it says (speech248);
        # "has not delivered any of the promised aid": the share counted is the object (aid248)
    return head


def _listed_item(head: Token, others: list[Trigger]) -> bool:
    """'found a cache during a patrol, including several rifle grenades', 'recovered a bag of explosives,
    including hand grenades', 'recovered a cache of grenades': an item listed after what a seizure verb acts
    on (or after the verb), or held in it, is part of the haul, not an event of its own."""
    if head.dep_ != "pobj" or head.head.lower_ not in lexicon().listing_preps | {"of"}:
        return False
    holder = head.head.head  # the verb itself, or the noun it acts on
    return any(o.kind == "verb" and o.cls == "disrupt_weapons"
               and (holder == o.head or holder.head == o.head and holder.dep_ in ("dobj", "nsubjpass"))
               for o in others)


def _carried(head: Token, others: list[Trigger]) -> bool:
    """'seized a car loaded with grenades', 'intercepted a boat carrying rockets': the weapons a seized
    vehicle carried are its cargo, not an attack of their own."""
    return any(o.kind == "verb" and o.cls == "disrupt_weapons" and any(
        d.dep_ in ("dobj", "nsubjpass") and cargo_of(d) == head for d in children_of(o.head)) for o in others)


def _made_safe(head: Token, others: list[Trigger]) -> bool:
    """'made safe a roadside bomb', 'a controlled explosion of an IED': the weapon a disarming phrase or
    noun acts on is no event of its own; nor is one a verb acts on 'in a controlled explosion' (sd37)."""
    return head.dep_ in ("dobj", "nsubjpass", "ccomp") and any(
        o.kind == "phrase" and o.cls == "disrupt_weapons" and head.head == o.head for o in others) or (
        head.dep_ == "pobj" and head.head.lower_ == "of" and any(
            o.is_noun and o.cls == "disrupt_weapons" and head.head.head == o.head for o in others)) or (
        head.dep_ in ("dobj", "nsubjpass") and any(
            o.is_noun and o.cls == "disrupt_weapons" and o.head.dep_ == "pobj"
            and o.head.head.head == head.head for o in others))


def _named_as(verb: Token) -> bool:
    """'called the bombing a cowardly crime': the verb names its object as something; the object is
    still an event of its own (the deed judged), not what the verb acts on; so is "treating the stabbing as a
    terrorist incident" (an inquiry's label; events57)."""
    inquiry = verb.lemma_.lower() in readings()["inquiries"]["verbs"]
    return judged(verb) or inquiry and bool(inquiry_labels(verb))


# "a pact to normalise trade ties"
PACT_CLASSES = {"agree", "agree_formal", "agree_deal", "agree_yield", "ceasefire"}


def _content_of(noun: Trigger, verb: Trigger) -> bool:
    """Is the verb the infinitive that says what the noun's event is for ("an agreement to normalise
    relations", "a deal to share water")? The noun, with its own doers, is then the event."""
    head = verb.head
    # the small model often parses "a deal to restore ties" as a relative clause; "a rally to protest the
    # arrests" so parsed keeps the verb, which names what the rally is against
    clause = head.dep_ == "acl" or head.dep_ == "relcl" and noun.cls in PACT_CLASSES
    return (noun.is_noun and not verb.is_noun and clause and head.head == noun.head
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(head)))


def _dedupe(triggers: list[Trigger], plover_of: dict[str, str]) -> list[Trigger]:
    """'stormed the residence in a raid': one event, not two."""
    triggers = [t for t in triggers if not _weapon_as_subject(t, triggers, plover_of)
                and not _object_of_specialised(t, triggers)]
    kept: list[Trigger] = []
    for trig in triggers:
        same = next(
            (k for k in kept
             if plover_of[k.cls] == plover_of[trig.cls] and (k.is_noun or trig.is_noun)
             and not (k.head.lemma_ in OUTCOME_VERBS or trig.head.lemma_ in OUTCOME_VERBS)
             and (_hops(k, trig) or _told_happening(k, trig)) and not _own_clause(k, trig)
             and not _conceded(k, trig)),
            None,
        )
        if same is None:
            kept.append(trig)
            continue
        winner, loser = (trig, same) if same.is_noun and not trig.is_noun else (same, trig)
        if _content_of(loser, winner):
            winner, loser = loser, winner  # "signed an agreement to normalise relations": the agreement
        if _told_happening(same, trig) is loser and loser.cls != winner.cls:
            winner.cls = loser.cls  # "a suicide bombing happened at": the noun names the kind
            winner.rule += f"+{loser.rule}"
        if loser.cls in TELLING_CLASSES and winner.cls not in TELLING_CLASSES:
            winner.cls = loser.cls  # "blocked the road with burning tyres": the blocking was a riot
            winner.rule += f"+{loser.rule}"
        kept[kept.index(same)] = winner
    return kept


def _reason_protest(trig: Trigger, others: list[Trigger], plover_of: dict[str, str]) -> bool:
    """'Algeria recalled its ambassador in protest at France's stance', 'the minister resigned in protest':
    "in protest" on a verb whose own act is no crowd's protest or violence (``protest_reasons`` in
    data/readings.yaml) says why that act was done, no protest of its own."""
    spec, head = readings()["protest_reasons"], trig.head
    if not trig.is_noun or head.lemma_.lower() not in spec["nouns"] or head.dep_ != "pobj":
        return False
    prep = head.head
    holders, tok = {prep.head}, prep.head
    # "summoned the Israeli ambassador in protest at the raid", "cancelled a meeting with his counterpart in
    # protest": "in protest" hung on the object or deeper in it (roles49)
    for _ in range(4):
        if tok.dep_ not in ("dobj", "pobj", "prep"):
            break
        tok = tok.head
        holders.add(tok)
    return prep.lower_ in spec["preps"] and any(
        o.kind == "verb" and o.head in holders and plover_of[o.cls] not in spec["kept_types"]
        for o in others)


def _pact_in_passing(trig: Trigger) -> bool:
    """'have not withdrawn despite the peace agreement': a pact named in passing is no event
    (chronica.background.pact_in_passing)."""
    from chronica.background import pact_in_passing

    return trig.is_noun and pact_in_passing(trig.head, trig.cls)


def _conceded(a: Trigger, b: Trigger) -> bool:
    """'did not open fire despite the attack on their patrol': an event the other is told in spite of is
    an event of its own, not the other told twice (modality-1)."""
    return any(noun.is_noun and noun.head.dep_ == "pobj" and noun.head.head.lower_ in CONCESSIVE
               and noun.head.head.head == other.head for noun, other in ((a, b), (b, a)))


def _own_clause(a: Trigger, b: Trigger) -> bool:
    """'threatened to target U.S. warships if Washington carried out strikes on Yemen': a noun that is the
    object of another verb with a subject of its own is that clause's act, not the other trigger's."""
    for noun, other in ((a, b), (b, a)):
        verb = governing_verb(noun.head) if noun.is_noun else None
        if (verb is not None and verb != other.head and noun.head.dep_ == "dobj"
                and any(c.dep_ == "nsubj" for c in children_of(verb))):
            return True
    return False


def _disarmed(trig: Trigger, others: list[Trigger]) -> bool:
    """'shot down a drone launched by the rebels', 'intercepted 12 of 15 missiles fired at the city': the
    launch only describes the weapon whose interception is the news (ACLED's disrupted weapons use)."""
    if trig.kind != "verb" or trig.head.dep_ != "acl":
        return False
    tok = trig.head.head
    while tok.dep_ in ("conj", "pobj", "prep") and tok.head.i != tok.i:
        tok = tok.head  # "12 of 15 drones", "a rocket and two drones"
    return tok.dep_ == "dobj" and any(o.kind == "verb" and o.cls == "disrupt_weapons" and o.head == tok.head
                                      for o in others)


# Acts done to a happening as it happens ("intercepted a missile fired by the rebels", "police
# intervened in a fight"): the happening is the news, not their topic.
ATTACK_BOUND_CLASSES = {"disrupt_weapons", "intervene"}

# The taking of a place: fighting told as what it came after is how it was taken ("seized the town after
# fighting with the army"); a taking told so is not ("captured the centre after overrunning positions").
TERRITORY_CLASSES = {"capture_territory", "transfer_territory"}

# Classes that say more about a happening than a plainer trigger of the same type told with them.
TELLING_CLASSES = {"riot"}


from chronica.extract import intent  # noqa: E402 - needs Candidate above


class Extractor:
    """Finds candidate events in parsed sentences."""

    def __init__(self, lex: Lexicon | None = None, plover_of: dict[str, str] | None = None) -> None:
        from chronica.ontology.mapping import codebook

        self.lex = lex or lexicon()
        self.plover_of = plover_of or {k: v["plover"] for k, v in codebook().classes.items()}
        self.trigger_lemmas = self.lex.lemmas() | reading_lemmas()

    def sentence(self, sent: Span, index: int) -> tuple[list[Candidate], list[Count]]:
        """Candidate events of one sentence, and the counts no event in it could take."""
        lemmas, trigger_lemmas = self.lex.lemmas_of(sent.doc), self.trigger_lemmas
        if trigger_lemmas.isdisjoint(lemmas[sent.start:sent.end]):  # no word can be a trigger
            counts = find_counts(sent) if any(column(sent.doc, LIKE_NUM)[sent.start:sent.end]) or (
                "no" in lowers_of(sent.doc)[sent.start:sent.end]) else []  # "There were no casualties."
            return [], counts
        triggers = without_told_orders(reread(sent, find_triggers(sent, self.lex), self.lex))
        triggers = [t for t in triggers if not chanted(t.head) and not crime_named(t.head)
                    and not trailing_attribution(t.head)]
        specialise(triggers, sent)
        fired_across(triggers)
        carry_payloads(triggers, sent)
        triggers = _dedupe(triggers, self.plover_of)
        sparked_fights(triggers)  # after the merge, so a subject's noun ("an IED exploded") cannot undo it
        left_over(triggers, sent)
        protests = [t.head for t in triggers if self.plover_of[t.cls] == "PROTEST"]
        topics = protest_topics([t.head for t in triggers], protests)
        topics |= after_protests([t.head for t in triggers], protests)
        if protests:
            triggers = [t for t in triggers if not _reason_protest(t, triggers, self.plover_of)]
        triggers = [t for t in triggers if not _pact_in_passing(t)]
        rioting = set(self.lex.crowds.values())  # "residents stoned a man": a riot till its toll is read
        violent = {t.head.i for t in triggers if self.plover_of[t.cls] == "ASSAULT" or t.cls in rioting}
        triggers = [t for t in triggers if not suspected_deed(t.head, violent)]
        takers = {t.head.i for t in triggers if t.cls in TERRITORY_CLASSES}
        kinds = [self.plover_of[t.cls] for t in triggers]
        for trig in triggers:  # violence stays a candidate: "injured after exchanging fire" is the clash
            prelude = takers and trig.cls not in TERRITORY_CLASSES and is_prelude(trig.head, takers)
            if (trig.head.i in topics or self.plover_of[trig.cls] != "ASSAULT" and is_setting(trig.head)
                    or prelude or is_restatement(trig.head, kinds, self.plover_of[trig.cls])):
                trig.rule += "+setting"
            elif is_topic(trig.head, self.lex.topics) or _disarmed(trig, triggers):
                trig.rule += "+topic"  # "found guilty of murder", "apologised for the killing"
        shown = readings()["warning_shots"]["class"]  # "fired warning shots to disperse": the dispersal
        governing = [t.head for t in triggers if self.plover_of[t.cls] != "ASSAULT"
                     and t.cls not in ATTACK_BOUND_CLASSES and t.cls != shown]
        if governing and len(triggers) > 1:
            ptype = {t.head.i: self.plover_of[t.cls] for t in triggers}
            ahead = frozenset(h.i for h in governing if ptype[h.i] == "THREATEN")
            under = governed([t.head for t in triggers], governing, ahead)
            for trig in triggers:  # one act told twice ("a hunger strike to protest") is no topic
                owner = under.get(trig.head.i)
                if owner is None or "+setting" in trig.rule or "+topic" in trig.rule:
                    continue
                if ptype[owner] != ptype[trig.head.i] or any(c.dep_ == "mark" for c in trig.head.children):
                    trig.rule += "+topic"  # "... until the army withdraws": a condition, not the act
            _threat_modes(triggers, under, self.plover_of)
            triggers = _one_threat(triggers, self.plover_of)
        out = [
            Candidate(index, trig, find_roles(trig, self.lex), analyse(trig, self.lex))
            for trig in triggers if not self._asked(trig, triggers)
        ]
        for cand in out:
            cand.main = _main_subject(cand.trigger, triggers)
        _mark_reactions(out, self.plover_of)
        out = _merge_outcomes(out, self.plover_of, self.lex.light_verbs)
        _captors_kill(out)
        counts = [c for c in find_counts(sent) if not supposed_toll(c.token)]  # "would have killed hundreds"
        orphans = _assign_counts(out, counts, self.plover_of, self.lex.light_verbs)
        intent.convert(out, self.plover_of)
        return out, orphans

    def _asked(self, trig: Trigger, triggers: list[Trigger]) -> bool:
        """"called on both sides to stop fighting": violence asked to stop is the topic of the appeal,
        no event of its own."""
        if self.plover_of[trig.cls] != "ASSAULT":
            return False
        asking = readings()["appeals"]["asking_types"]
        askers = {t.head.i for t in triggers if self.plover_of[t.cls] in asking}
        return bool(askers) and asked_for(trig.head, askers)


def _threat_modes(triggers: list[Trigger], under: dict[int, int], plover_of: dict[str, str]) -> None:
    """'threatened to strike', 'warned that protesters would be prosecuted', 'refused to meet': a plain threat
    or refusal takes its class (its mode) from the act nearest it in the parse among those it governs
    (``threatened_acts``, ``refused_acts`` in data/readings.yaml)."""
    tables = {cls: table for table in ("threatened_acts", "refused_acts")
              for cls in readings()[table]["threats"]}
    by_head = {t.head.i: t for t in triggers}
    for owner in (t for t in triggers if t.cls in tables):
        acts = [t for t in triggers if under.get(t.head.i) == owner.head.i]
        for act in sorted(acts, key=lambda t: _steps_up(t.head, owner.head)):
            new = intent.threat_class(act.cls, plover_of[act.cls], act.head.lemma_.lower(), tables[owner.cls])
            if new is not None and by_head.get(owner.head.i) is owner:
                owner.rule += f"+threatens:{act.cls}"
                owner.cls = new
                break


def _one_threat(triggers: list[Trigger], plover_of: dict[str, str]) -> list[Trigger]:
    """'threatened to teach Pakistan a lesson', 'warned it would wipe Israel off the map' read as a threat
    itself: one threat told with its content, as a coder codes it; the content goes, and a plain threat takes
    its kind ("threaten_force"; leftovers63)."""
    by_head = {t.head.i: t for t in triggers}
    dropped = []
    for trig in triggers:
        owner = by_head.get(trig.head.head.i) if trig.head.dep_ in ("xcomp", "ccomp") else None
        if (owner is None or owner is trig or plover_of[owner.cls] != "THREATEN"
                or plover_of[trig.cls] != "THREATEN" or trig.kind == "noun" or owner in dropped):
            continue
        if owner.cls == "threaten" and trig.cls != "threaten":
            owner.cls, owner.rule = trig.cls, owner.rule + f"+threatens:{trig.cls}"
        dropped.append(trig)
    return [t for t in triggers if t not in dropped]


def _steps_up(tok: Token, top: Token) -> int:
    """How many heads up from ``tok`` ``top`` is (the parse's distance of a governed act)."""
    steps = 0
    while tok.i != top.i and tok.head.i != tok.i and steps < 20:
        tok, steps = tok.head, steps + 1
    return steps


def _reacted_act(act: Candidate, verb: Token, plover_of: dict[str, str]) -> bool:
    """Whether ``act`` is a deed a statement's verb takes as its object ("condemned the expulsion of the
    journalist", "criticised the government over the arrest of two activists"), not negated, asked for or
    planned."""
    spec = readings()["reactions"]
    head, mod = act.trigger.head, act.modality.modality
    if (not act.trigger.is_noun or plover_of[act.trigger.cls] not in spec["acts"]
            or mod.negated or mod.hypothetical or mod.future):
        return False
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "condemned the arrests and the expulsion of ..."
    return head.head.i == verb.i and head.dep_ == "dobj" or (
        head.dep_ == "pobj" and head.head.lower_ in spec["preps"] and head.head.head.i == verb.i)


def _mark_reactions(cands: list[Candidate], plover_of: dict[str, str]) -> None:
    """'Amnesty condemns the expulsion of the journalist': a statement whose object is a deed is a reaction
    to it (rule ``+reaction``, the deed ``+reacted``); when the story tells that deed as news elsewhere, the
    deed is what it is about (salience.reactions_to_told; coder20)."""
    classes = readings()["reactions"]["classes"]
    for cand in cands:
        if cand.trigger.cls not in classes or cand.trigger.is_noun:
            continue
        acts = [a for a in cands if a is not cand and _reacted_act(a, cand.trigger.head, plover_of)]
        if acts:
            cand.trigger.rule += "+reaction"
            for act in acts:
                act.trigger.rule += "+reacted"


def _main_subject(trig: Trigger, triggers: list[Trigger]) -> bool:
    """'A ceasefire took hold', 'Talks between the two sides resumed', 'An agreement was reached': a noun
    trigger that is the subject of the sentence's main verb, when neither that verb nor another of its
    words names an event ("the arrest of the journalist drew criticism": the criticism is the news)."""
    head = trig.head
    verb = head.head
    if not trig.is_noun or head.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ROOT":
        return False
    return not any(t is not trig and _argument_of(t.head, verb) for t in triggers)


def _argument_of(head: Token, verb: Token) -> bool:
    """Whether a trigger's head is the verb itself or one of its own arguments."""
    return head.i == verb.i or head.head.i == verb.i and head.dep_ in MAIN_DEPS


MAIN_DEPS = {"dobj", "attr", "oprd", "ccomp", "xcomp", "conj", "advcl", "dative"}  # a verb's own arguments


# "martyr": "two soldiers were martyred in unprovoked firing", killed in South Asian papers' words
# (southasia-3)
OUTCOME_VERBS = {"kill", "wound", "injure", "hurt", "leave", "claim", "die", "martyr"}
# "the explosion destroyed two vehicles": what a blast or a shell damages is its outcome; property an
# attack on the ground destroys may be the news (ACLED's property destruction), so only these hosts
DAMAGE_VERBS = {"destroy", "damage"}
PROPERTY_CLASSES = {"destroy", "loot"}
REMOTE_CLASSES = {"bombing", "suicide_bombing", "grenade", "shelling", "air_strike", "drone_strike"}
KILL_CLASSES = {"kill", "massacre", "assassinate", "shoot"}
FATAL_RULES = ("verb:shoot", "verb:stab", "verb:wound")  # "fatally shot a man": one killed
LYNCH_RULES = ("verb:lynch", "noun:lynching")  # "a mob lynched a man": one killed, though told by a mob
# "beat / hacked / stoned / burned ... to death": the victims died (the last two were a killing after all)
KILLING_AFTER_ALL = {"riot", "destroy"}
BEATEN_CLASSES = KILL_CLASSES | KILLING_AFTER_ALL | {"beat", "assault", "mob_violence", "torture"}


def _gerund_subject(act, outcome) -> bool:  # noqa: ANN001 - spaCy tokens
    """'Fighting between two militias killed 20 people': a gerund of violence that is the killing's subject,
    tagged a verb, is the act the toll is of, as the noun "clashes" would be (vac28)."""
    return (act.tag_ == "VBG" and act.dep_ in ("nsubj", "csubj") and act.head.i == outcome.i
            and not any(c.dep_ in ("nsubj", "dobj") for c in children_of(act)))  # not "troops raiding X"


def _own_subject(head) -> bool:  # noqa: ANN001 - a spaCy token
    """Whether a verb names its own doer ('after rebels killed three soldiers'); the subject of a bare
    participle is who it befell ("resulting in 9 rebels killed and 3 soldiers injured")."""
    return not _reduced_passive(head) and any(
        c.dep_ == "nsubj" and c.lower_ not in ("who", "that", "which") for c in children_of(head))


def _clause_before(act, outcome) -> bool:  # noqa: ANN001 - spaCy tokens
    """'X and Y fought in Batibo; 3 soldiers and 7 rebels were killed': the act told in a clause the parse
    hangs before a passive toll (after a semicolon) is what the toll is of; so it is when the toll is
    joined to another clause after the semicolon ("...; the fighting lasted two hours and three soldiers were
    killed"; gaps30)."""
    doc = outcome.doc
    verbs = [outcome] + ([outcome.head] if outcome.dep_ == "conj" and outcome.head.pos_ in ("VERB", "AUX")
                         else [])
    return outcome.tag_ == "VBN" and act.i < outcome.i and any(
        c.dep_ in ("ccomp", "parataxis") and c.i < verb.i and within(act, c)
        and any(t.lower_ == ";" and not day_apart(t.i, outcome) for t in doc[c.right_edge.i + 1: verb.i])
        for verb in verbs for c in children_of(verb))


def day_apart(semicolon: int, later: Token) -> bool:
    """Whether the clause after a semicolon names a date its act's clause does not ("Gunmen attacked a bus on
    Monday; on Tuesday, five people were killed in Zaria"): another day's toll (casualty61)."""
    sent = sentence_of(later)
    before = {e.text.lower() for e in sent.ents if e.label_ == "DATE" and e.end <= semicolon}
    return any(e.label_ == "DATE" and e.start > semicolon and e.text.lower() not in before for e in sent.ents)


def _reduced_passive(head) -> bool:  # noqa: ANN001 - a spaCy token
    """'leaving two dead and 9 injured': a past participle with no auxiliary and no object of its own."""
    return head.tag_ == "VBN" and head.dep_ == "conj" and not any(
        c.dep_ in ("aux", "auxpass", "dobj") for c in children_of(head))


def _toll_absolute(host: Candidate, outcome: Token) -> bool:
    """'exchanged fire near Ouallam, with three militants killed', 'were hit by a roadside bomb, with three
    soldiers killed': a death or wound told in an absolute clause ("with ...") after a fight or a remote
    attack of its sentence is that act's toll, though the parse gives the participle a subject (expl37;
    ``toll_absolutes`` in data/readings.yaml). Other acts keep such a killing as one of its own."""
    spec = readings()["toll_absolutes"]
    if outcome.tag_ != "VBN" or outcome.lemma_ not in spec["verbs"] or host.trigger.head.i > outcome.i:
        return False
    marked = (outcome.dep_ == "pcomp" and outcome.head.lower_ in spec["marks"]
              or any(c.dep_ == "mark" and c.lower_ in spec["marks"] for c in children_of(outcome)))
    return marked and (host.trigger.cls in REMOTE_CLASSES or is_fight(host.trigger.cls, host.trigger.head))


def within(tok, root) -> bool:  # noqa: ANN001 - spaCy tokens
    """Whether ``tok`` is in ``root``'s subtree: outside its edges it cannot be, so most are ruled out
    without walking the subtree."""
    if not root.left_edge.i <= tok.i <= root.right_edge.i:
        return False
    while tok.i != root.i:  # up the heads: ``root`` is an ancestor of what its subtree holds
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _in_adjunct(noun, verb, preps: tuple[str, ...] = ("in", "during", "amid")) -> bool:  # noqa: ANN001
    """'were killed in a battle with X': the battle is where the killing happened; also when the phrase hangs
    on a verb joined to the killing ("were killed and 40 wounded in clashes")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in preps:
        return False
    owner = noun.head.head
    if owner == verb:
        return True
    if owner in verb.conjuncts:  # "were killed and 40 wounded in clashes", not "killed ... and seized ... in"
        return owner.lemma_.lower() in OUTCOME_VERBS
    # "were killed and dozens injured in clashes": the phrase on a participle of a joined noun
    return owner.dep_ == "acl" and owner.tag_ == "VBN" and owner.head in verb.conjuncts


def _after(verb, outcome) -> bool:  # noqa: ANN001 - spaCy tokens
    """'a man was killed after exchanging fire with police': what the killing came after."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "following") and verb.head.head == outcome:
        return True
    return verb.dep_ == "advcl" and verb.head == outcome and any(
        m.dep_ == "mark" and m.lower_ == "after" for m in children_of(verb))


def _when_clause(verb, outcome) -> bool:  # noqa: ANN001 - spaCy tokens
    """'ten people were killed when farmers and herders clashed', 'were killed on Monday when gunmen
    attacked' (parsed as a clause on the day), 'three were killed and 25 injured when ...' (on the
    second toll): the deed the killing was the toll of."""
    spec = readings()["outcome_clauses"]
    if verb.lemma_ in spec["answers"] or any(
            c.dep_ == "prt" and c.lower_ in spec["answer_particles"].get(verb.lemma_, ())
            for c in children_of(verb)) or not any(
            m.dep_ in ("mark", "advmod") and m.lower_ in spec["marks"] for m in children_of(verb)):
        return False  # "were killed when forces repulsed their attack": the attackers' toll
    anchor = verb.head
    if verb.dep_ == "relcl" and anchor.ent_type_ in ("DATE", "TIME"):
        anchor = anchor.head.head if anchor.dep_ == "pobj" else anchor.head  # "on Monday when ..."
    elif verb.dep_ != "advcl":
        return False
    return anchor == outcome or anchor.dep_ == "conj" and anchor.head == outcome


def _setting_subject(noun: Token, outcome: Token) -> bool:
    """'Twenty people were killed as fighting between the army and rebels raged in Kidal', '... when clashes
    erupted': the subject of a clause of time on the killing names the fight the toll is of
    (``outcome_clauses.marks`` in data/readings.yaml; casualty61)."""
    verb = noun.head
    marks = readings()["outcome_clauses"]["marks"]
    if noun.dep_ == "pobj" and verb.lower_ in marks:  # "killed as fighting ...", "as" read as a preposition
        return verb.head.i == outcome.i
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "advcl" or not (
            verb.head.i == outcome.i or verb.head.dep_ == "conj" and verb.head.head.i == outcome.i):
        return False
    return any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in children_of(verb))


def _relative_on_day(noun: Token, outcome: Token) -> bool:
    """'claimed the attack on a church in Kirkuk on Sunday, which killed nine people': a killing told in a
    relative clause the parse hangs on the day after the act's noun (no day kills) is the act's toll, when the
    act's noun and the day are told in the same clause (casualty61)."""
    day = outcome.head
    if outcome.dep_ != "relcl" or day.ent_type_ not in ("DATE", "TIME") or not noun.i < day.i or not any(
            c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in children_of(outcome)):
        return False
    owner = day.head.head if day.dep_ == "pobj" else day.head
    return within(noun, owner)


TOLD_WITH = ("during", "amid")  # the prepositions that otherwise make an event the setting of another


def _light_outcome(noun, verb, light_verbs: frozenset[str]) -> bool:  # noqa: ANN001 - spaCy tokens
    """'launched an attack on the post, killing five officers', 'carried out air strikes, killing nine':
    a participle hung on the light verb whose object is the attack tells the attack's outcome; so does one on
    the verb of hitting a mine ("an army truck hit a landmine, killing four soldiers")."""
    gov = noun.head
    return (noun.dep_ == "dobj" and (gov.lemma_ in light_verbs or hit_device(gov)) and verb.dep_ == "advcl"
            and verb.head == gov and verb.tag_ == "VBG")


# a relative clause on the captive, or the same clause the parse hangs on the abduction's verb
RELATIVE_DEPS = ("relcl", "advcl")


def _left_outcome(noun: Token, verb: Token) -> bool:
    """'The attack left 14 wounded': the participle told as what the subject of "left" left is its outcome."""
    gov = verb.head
    bare = verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in children_of(verb))
    told = verb.dep_ in ("oprd", "xcomp", "ccomp") or verb.dep_ in ("advcl", "conj") and bare  # "30 wounded"
    return (told and gov.lemma_ in OUTCOME_VERBS and gov.i != verb.i
            and noun.dep_ == "nsubj" and noun.head.i == gov.i)


def _killed_captives(host: Trigger, verb: Token) -> bool:
    """'Gunmen abducted three traders and killed them': a killing told as the next act of those who carried
    people off is a killing of its own, not what the abduction did (``captives_killed`` in
    data/readings.yaml; coder20)."""
    spec = readings()["captives_killed"]
    if host.is_noun or (host.cls not in spec["classes"] and host.head.lemma_ not in spec["seizing_verbs"]):
        return False
    if verb.dep_ in RELATIVE_DEPS:  # "kidnapped a priest, who was later killed": the captive's own fate
        return _captive_of(host, verb) is not None
    return (verb.dep_ == "conj" and verb.head.i == host.head.i
            and any(c.dep_ == "dobj" for c in children_of(host.head)))


def _captive_of(host: Trigger, verb: Token) -> Token | None:
    """The captive a relative clause on the abduction's object tells of ('abducted two engineers, who were
    found dead'), when the clause is passive (its doers then the captors, unless it names them)."""
    captive = verb.head
    if verb.dep_ == "advcl" and captive.i == host.head.i:  # "seized a teacher ..., whose body was found",
        captive = next((c for c in children_of(captive) if c.dep_ == "dobj"), captive)  # hung on the verb
    if captive.dep_ == "pobj" and captive.head.dep_ == "prep":  # "a priest near the parish, who was killed",
        held = _above_preps(captive)                             # "two engineers on Monday, who were ..."
        captive = next((c for c in children_of(host.head) if c.dep_ == "dobj"), captive) if (
            held.i == host.head.i or held.dep_ == "dobj" and held.head.i == host.head.i) else captive
    passive = any(c.dep_ == "nsubjpass" and (c.lower_ in ("who", "that") or _captive_remains(c))
                  for c in children_of(verb))
    if captive.dep_ == "dobj" and captive.head.i == host.head.i and passive:
        return captive
    return None


def _above_preps(noun: Token) -> Token:
    """The word a chain of prepositional phrases hangs on ("a farmer on his way to the market": "market"
    up to the verb that "on" hangs on)."""
    while noun.dep_ in ("pobj", "prep") and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _captive_remains(subject: Token) -> bool:
    """'whose body was found': the captive's remains, the subject of a relative clause on the captive."""
    return (subject.lemma_.lower() in readings()["captives_killed"]["remains"]
            and any(c.dep_ == "poss" and c.lower_ == "whose" for c in children_of(subject)))


def _some_of_captives(cand: Candidate, cands: list[Candidate]) -> None:
    """'kidnapped four travellers and shot two of them dead': 'two of them' are of the captives, not of the
    kidnappers the pronoun might otherwise be read back to."""
    head = cand.trigger.head
    part = next((c for c in children_of(head) if c.dep_ == "dobj"), None)
    if part is None or not any(t.lower_ in CAPTIVE_PRONOUNS for t in part.subtree if t.dep_ == "pobj"):
        return
    host = next((c for c in cands if c is not cand and not c.trigger.is_noun
                 and c.trigger.head.i == head.head.i and _killed_captives(c.trigger, head)), None)
    if host is None:
        return
    captive = next(c for c in children_of(host.trigger.head) if c.dep_ == "dobj")
    cand.roles.target = [captive]
    cand.roles.rules["target"] = "some of the captives"


def _captors_kill(cands: list[Candidate]) -> None:
    """'Gunmen kidnapped a priest, who was later killed': the killing of the captive has the captors as
    its doers and the captive as its target (coder20b)."""
    for cand in cands:
        head = cand.trigger.head
        if head.dep_ == "conj" and not cand.trigger.is_noun:
            _some_of_captives(cand, cands)
        if cand.trigger.is_noun or head.dep_ not in RELATIVE_DEPS:
            continue
        for host in cands:
            if host is cand or host.trigger.is_noun or not _killed_captives(host.trigger, head):
                continue
            captive = _captive_of(host.trigger, head)
            if not cand.roles.source:  # "who was later killed by his captors" names them
                cand.roles.source = list(host.roles.source)
                cand.roles.rules["source"] = "captors"
            if captive is not None and all(t.lower_ in ("who", "that") or t.i == head.head.i
                                           or _captive_remains(t) for t in cand.roles.target):
                cand.roles.target = [captive]
                cand.roles.rules["target"] = "captive"
            if captive is not None and cand.trigger.cls in KILL_CLASSES:
                cand.victims = [captive]  # "who was found dead", "whose body was found": the captive died
                cand.roles.rules.setdefault("victims", "captive")
                cand.fate = True
                cand.trigger.rule = cand.trigger.rule.replace("+topic", "")  # not what the seizure is about
            break


def _outcome_verb(head: Token) -> bool:
    """A verb whose act may be the outcome of an attack told with it: "kill", "wound" ... or another verb of
    killing ("beheading three residents"; ``outcome_killings`` in data/readings.yaml)."""
    return head.lemma_ in OUTCOME_VERBS or head.lemma_ in readings()["outcome_killings"]["verbs"]


# verbs whose "of"/"for" gerund is a deed someone is judged or punished for
CHARGING_VERBS = REASON_VERBS | {"suspect", "execute", "hang", "behead", "kill"}
# verbs of a sentence carried out, whose object's relative clause tells the deed punished
EXECUTING_VERBS = {"execute", "hang"}


def _charged_deed(verb: Token) -> bool:
    """'executed a protester convicted of wounding a militiaman', 'hanged for killing a guard': a deed
    someone is judged or punished for is told as the reason, no outcome of the act around it (verbs2_45)."""
    prep = verb.head
    if verb.dep_ == "relcl" and prep.dep_ in ("dobj", "nsubjpass"):  # "executed a man who killed a guard"
        return prep.head.lemma_.lower() in EXECUTING_VERBS  # (justice-3)
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in JUDGED_PREPS:
        return False
    owner = prep.head  # "hanged a man for killing": the "for" hung on the one punished
    judge = owner.head if owner.dep_ in ("dobj", "nsubjpass") else owner
    return judge.lemma_.lower() in CHARGING_VERBS


def _doers_history(outcome: Token, act: Token) -> bool:
    """'Al-Shabaab, which killed 148 people in 2015, attacked a base': a past deed describing its doer."""
    from chronica.background import doers_history as history

    return history(outcome, act)


def _earlier_toll(outcome: Token, act: Token) -> bool:
    """'killed a farmer; a week earlier, 7 people were killed in a nearby village': a killing told with a
    time counted back that the act is not told with is an earlier event's toll, not the act's (tolls37)."""
    from chronica.background import told_before, told_with_earlier_time

    return outcome.i > act.i and told_with_earlier_time(outcome) and not told_before(act)


def _merge_outcomes(cands: list[Candidate], plover_of: dict[str, str],
                    light_verbs: frozenset[str] = frozenset()) -> list[Candidate]:
    """'A bombing killed 32 people', 'opened fire, killing one': the killing is the attack's
    outcome, so one event with the outcome's victims and counts."""
    kept = []
    for cand in cands:
        head = cand.trigger.head
        damage = head.lemma_ in DAMAGE_VERBS
        if (not cand.trigger.is_noun and (_outcome_verb(head) or damage)
                and (not cand.modality.modality.negated or _none_harmed(head)) and not running_toll(head)
                and not _charged_deed(head)):
            # "stormed the embassy in protest at air strikes that killed 25": the strikes that did the
            # killing host it, before an act the killing is told within
            doers = {t.i for t in cand.roles.source}
            # "fired tear gas, a day after a soldier was killed in an ambush": the ambush the killing is told
            # in hosts it before the verb whose clause holds the killing (coder21)
            host = next(
                (c for c in sorted(cands, key=lambda c: (c.trigger.head.i not in doers, not (
                    c.trigger.is_noun and _in_adjunct(c.trigger.head, head))))
                 if c is not cand and (plover_of[c.trigger.cls] == "ASSAULT" or _riot_hurt(c.trigger, head)
                                       or _riot_outcome(c.trigger, head))
                 and (not damage or c.trigger.cls in REMOTE_CLASSES)
                 # "burned houses and killed three villagers": a second act, not what the burning did
                 and not (c.trigger.cls in PROPERTY_CLASSES and head.dep_ == "conj")
                 and not _killed_captives(c.trigger, head)
                 and not _earlier_toll(head, c.trigger.head)
                 and not _doers_history(head, c.trigger.head)
                 and (c.trigger.is_noun and (any(t.i == c.trigger.head.i for t in cand.roles.source)
                                             or within(head, c.trigger.head)
                                             or _setting_subject(c.trigger.head, head)
                                             or _relative_on_day(c.trigger.head, head)
                                             or _in_adjunct(c.trigger.head, head)
                                             or _light_outcome(c.trigger.head, head, light_verbs)
                                             or _left_outcome(c.trigger.head, head))
                      or not c.trigger.is_noun and _gerund_subject(c.trigger.head, head)
                      or not c.trigger.is_noun and c.trigger.head.tag_ == "VBG"
                      and _setting_subject(c.trigger.head, head)
                      or not c.trigger.is_noun
                      and (within(head, c.trigger.head) or _after(c.trigger.head, head)
                           or _when_clause(c.trigger.head, head) or _clause_before(c.trigger.head, head))
                      and (not _own_subject(head) or _toll_absolute(c, head)))),
                None,
            )
            if host is not None:
                obj = [t for t in children_of(head) if t.dep_ in ("dobj", "nsubjpass") and not _nobody(t)]
                # "rival clans clashed, killing four": the dead of a fight among one plural side are its own
                site = _site_target(host)  # "hurt in a knife attack at a bus station": the hurt, not the site
                setting = _setting_subject(host.trigger.head, head)  # "as fighting between X and Y raged":
                if obj and (not host.roles.target or not host.trigger.is_noun and not setting or site) and (
                        host.roles.rules.get("target") != "one plural side"):  # the sides stay the fight's
                    host.roles.target = ([] if site else host.roles.target) + obj
                    host.roles.rules["target"] = f"outcome:{head.lemma_}"
                told = obj or not _none_harmed(head)  # "but no one was killed": no victims to name
                if head.lemma_ == "kill" and "victims" not in host.roles.rules and told:
                    host.roles.rules["victims"] = "outcome:kill"
                    if head.dep_ != "relcl":  # not "raided them in pursuit of those who killed a policeman"
                        host.victims = obj
                if host.trigger.is_noun and _in_adjunct(host.trigger.head, head, TOLD_WITH):
                    host.told = head  # "killed 12 during a raid": the raid is the news, told with its killing
                    if not host.roles.source and cand.roles.source:  # "soldiers killed 40 during the
                        host.roles.source = cand.roles.source  # crackdown": the killers' crackdown
                        host.roles.rules["source"] = f"doer of the {head.lemma_} told in it"
                if not host.trigger.is_noun and _main_verb(head) and _when_clause(host.trigger.head, head):
                    host.main = True  # "12 were killed when police fought gangs": the fight is the lede's act
                continue
        kept.append(cand)
    return kept


def _nobody(tok: Token) -> bool:
    """'no one', 'nobody', 'none': no person, a count of 0."""
    return tok.lower_ in ("nobody", "none", "no-one", "noone") or tok.lower_ == "one" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in children_of(tok))


def _denials_listed(verb: Token) -> bool:
    """Is a verb denied by "no one" one of a list of such denials (its head or a conjunct denied so too)?"""
    near = [*(c for c in children_of(verb) if c.dep_ in ("conj", "advcl")),
            *([verb.head] if verb.dep_ in ("conj", "advcl") else [])]  # ", injured no-one": a list
    return any(c.dep_ in ("dobj", "nsubjpass") and _nobody(c) for v in near for c in children_of(v))


NARROWING_PREPS = frozenset({"on", "among", "from", "within"})  # "no one was killed on the army's side"


def _none_harmed(verb: Token) -> bool:
    """'... but no one was killed', 'killing no one': a verb of harm negated only by its object or
    passive subject being no one tells the attack's toll, 0, as its outcome (counts59); not one side's
    ("no one was killed on the government side", "among the soldiers") nor "no one else"."""
    nobody = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass") and _nobody(c)]
    if nobody and _denials_listed(verb):
        return False  # "had killed no-one, injured no-one, and made no ultimatum": denials, not an outcome
    return bool(nobody) and not any(c.lower_ == "else" for n in nobody for c in children_of(n)) and not any(
        c.dep_ == "neg" or c.dep_ == "prep" and c.lower_ in NARROWING_PREPS for c in children_of(verb))


HURT_VERBS = frozenset({"wound", "injure", "hurt"})
SITE_PREPS = frozenset({"at", "near", "outside"})


def _site_target(host: Candidate) -> bool:
    """Whether a noun attack's only targets are where it happened ("a knife attack at a bus station"): the
    people its outcome names hurt are its targets instead (terror-1)."""
    return host.trigger.is_noun and host.roles.rules.get("target") == "preposition" and bool(
        host.roles.target) and all(t.dep_ == "pobj" and t.head.lower_ in SITE_PREPS and t.head.head.i == (
            host.trigger.head.i) for t in host.roles.target)


def _riot_hurt(host: Trigger, verb: Token) -> bool:
    """'Six officers were injured during clashes in Nantes': the hurt told with no doer in a crowd's clashes
    (a noun) that name no side are its toll, as an attack's are (not "guards wounded four detainees")."""
    return (host.is_noun and host.cls in TOLLED_CLASSES and verb.lemma_ in HURT_VERBS
            and not any(c.dep_ in ("nsubj", "agent") for c in children_of(verb))
            and not any(c.dep_ == "prep" and c.lower_ in ("with", "between", "against")
                        for c in children_of(host.head)))


def _riot_outcome(host: Trigger, verb: Token) -> bool:
    """'Supporters of two parties clashed, killing one man', 'rioters torched shops, leaving 14 people
    injured': the harm told in a participle clause on a crowd's violent verb is that riot's toll, as an
    attack's is (when61; europe61: 'threw petrol bombs at police, injuring eight officers')."""
    if host.is_noun or host.cls not in TOLLED_CLASSES or not _outcome_verb(verb):
        return False
    clause = verb
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj":  # "leaving 14 people injured"
        clause = verb.head.head
    elif verb.dep_ in ("xcomp", "oprd", "ccomp"):
        clause = verb.head
    return (clause.tag_ == "VBG" and clause.dep_ == "advcl" and clause.head.i == host.head.i
            and (clause is verb or clause.lemma_ == "leave"))


def _main_verb(tok: Token) -> bool:
    """Whether a verb is its sentence's main one, or the clause of a main verb of saying ("..., police
    said")."""
    return tok.dep_ == "ROOT" or tok.dep_ == "ccomp" and tok.head.dep_ == "ROOT"


COUNT_TYPES = {
    "killed": ("ASSAULT",),
    "injured": ("ASSAULT",),
    "arrested": ("COERCE", "ASSAULT", "PROTEST"),
    "size": ("PROTEST",),
}
# a crowd's violence is PLOVER PROTEST, yet its toll is told as an attack's is: "protesters clashed with
# police, leaving three people dead", "supporters of two parties fought ..., leaving three dead"
TOLLED_CLASSES = {"riot", "rioting", "mob_violence"}


# "set fire to a police station after a youth died in custody": a death told in a clause of these marks set
# the crowd off and is no toll of its violence
CAUSE_MARKS = frozenset({"after", "before", "since", "until", "because", "following"})


def _takes_count(cand: Candidate, count: Count, wanted: tuple[str, ...], plover_of: dict[str, str]) -> bool:
    """Whether an event can hold a count of this kind: its PLOVER type's, a riot's dead and hurt, or the dead
    told as dying in or during a protest (each taken only when no event of the count's type is told in the
    sentence, and not told as what set it off)."""
    return plover_of[cand.trigger.cls] in wanted or (
        count.kind in ("killed", "injured") and cand.trigger.cls in TOLLED_CLASSES
        and not _told_as_cause(count.token, cand.trigger.head)) or (
        plover_of[cand.trigger.cls] == "PROTEST" and _crowd_toll(cand, count))


def _crowd_toll(cand: Candidate, count: Count) -> bool:
    """Whether dead or hurt are told as a protest's toll: "Nineteen people died during the protests",
    "Protests over fuel prices left 27 people dead", "blocked highways to protest ..., and six people died"
    (westafr-1)."""
    head = cand.trigger.head
    return (cand.trigger.is_noun and died_during(count, head) or left_by(count, head)
            or not cand.trigger.is_noun and died_beside(count, head))


def _protest_toll(cand: Candidate, count: Count, plover_of: dict[str, str]) -> bool:
    """'Three people died in the protests': dead told during a protest that is no crowd's violence, who
    are its toll and not what it was against."""
    return (plover_of[cand.trigger.cls] == "PROTEST" and cand.trigger.cls not in TOLLED_CLASSES
            and _crowd_toll(cand, count))


def _told_as_cause(tok: Token, act: Token) -> bool:
    """Whether a counted word lies in a clause of cause or time under the act ("after a youth died")."""
    for anc in tok.ancestors:
        if anc.i == act.i:
            return False
        marks = (c.lower_ for c in children_of(anc) if c.dep_ == "mark")
        if anc.dep_ == "advcl" and any(m in CAUSE_MARKS for m in marks):
            return True
    return False


def _assign_counts(
    cands: list[Candidate], counts: list[Count], plover_of: dict[str, str],
    light_verbs: frozenset[str] = frozenset(),
) -> list[Count]:
    """Give each count to the event it belongs to: the nearest suitable trigger in the sentence.
    Returns the counts that found no event."""
    orphans = []
    for count in counts:
        wanted = COUNT_TYPES[count.kind]
        fits = [c for c in cands if plover_of[c.trigger.cls] in wanted] or [
            c for c in cands if _takes_count(c, count, wanted, plover_of)]  # a riot's, when no attack
        if count.kind == "arrested":
            fits.sort(key=lambda c: wanted.index(plover_of[c.trigger.cls]))
            fits = [c for c in fits if plover_of[c.trigger.cls] == plover_of[fits[0].trigger.cls]]
        if not fits:
            if not (count.kind in ("killed", "injured") and _running_count(count.token)):
                orphans.append(count)  # "the conflict has left 6,000 dead since 2017": no attack's toll
            continue
        # "arrested and deported two reporters": a series' shared object is counted by its arrest (rights-4)
        governing = [c for c in fits if count.rule.startswith("series:") and count.token in c.roles.target
                     and c.roles.rules.get("target") == SHARED_OBJECT]
        governing = governing or [c for c in fits if c.trigger.head in count.token.ancestors
                     and c.trigger.head.i == count.token.head.i or c.told is not None
                     and c.told.i == count.token.head.i
                     or c.trigger.is_noun and _light_outcome(c.trigger.head, count.token.head, light_verbs)
                     or _outcome_participle(c.trigger.head, count.token, fits)
                     or _fate_after(c.trigger.head, count.token)
                     or c.roles.rules.get("target") == "found so" and count.token in c.roles.target
                     or lost_by(c.trigger.head, count)]  # "killed 12 and lost three soldiers in a clash"
        # "attacked the village, killed 4 people and burned houses": the victims of a killing told as an
        # attack's outcome are the attack's, however near another trigger stands
        governing = governing or [c for c in fits if not c.trigger.is_noun
                                  and c.roles.rules.get("target", "").startswith("outcome:")
                                  and any(count.token in t.subtree or _beside_object(count.token, t)
                                          for t in c.roles.target)]
        if not governing and count.kind in ("killed", "injured") and _running_count(count.token):
            continue  # "a crackdown which has left 30 people dead this year": the campaign's toll
        best = governing[0] if governing else min(
            fits, key=lambda c: abs(c.trigger.head.i - count.token.i)
        )
        held = best.counts.setdefault(count.kind, count)
        if held is not count and count.rule.startswith("raised:"):
            if best.roles.source and not told_as_more(held) and unnamed_toll(count):
                continue  # "a strike killed 12 people, bringing the death toll to 40,000": the war's toll
            best.counts[count.kind] = count  # "two more died, raising the toll from the attack to 18": 18
            continue
        if held.rule.startswith("raised:"):
            continue  # "raised the toll to 19 after two more died": the revised toll holds
        # tolls35: in one sentence, dead told as more after a killing with its doers are of the same event
        # ("police killed 12 attackers; three policemen also died"); a later sentence's are not (discourse)
        more = count.kind == "killed" and told_as_more(count)
        more = more or count.kind == "killed" and (own_losses(held, count) or told_beside(held, count))
        if held is not count and (_conjoined(held, count) or more):  # "killing 4 soldiers and 6 civilians"
            best.counts[count.kind] = Count(count.kind, held.value + count.value,
                                            f"{held.text}; {count.text}", held.start, count.end, held.token,
                                            f"{held.rule}+and")
            if killed_after_loss(held, count):
                best.fate = True  # "lost three officers while killing nine gang members": the news
        victim = count.token
        if (count.kind in ("killed", "injured") and victim.pos_ in ("NOUN", "PROPN") and count.value
                and not best.roles.target and not _protest_toll(best, count, plover_of)
                and not any(victim == t or victim in t.subtree for t in best.roles.source)):
            best.roles.target = [*best.roles.target, victim]  # "14 rebels died in the raid"
            best.roles.rules.setdefault("target", "victims counted")
    for cand in cands:  # "a man was shot dead": one killed, though no number is written
        to_death = cand.trigger.cls in BEATEN_CLASSES and (
            _to_death(cand.trigger.head) or burned_alive(cand.trigger.head)) or (
            cand.trigger.rule.startswith("phrase:") and cand.trigger.rule.endswith(" to death"))
        if to_death and cand.trigger.cls in KILLING_AFTER_ALL:
            cand.trigger.cls = "kill"  # "burned five people to death", "stoned a woman to death"
        # sd27: the device's; sdx28: a killing verb its weapon made specific ("a woman was killed by a mortar
        # shell", "killed a policeman with a grenade") still names its dead
        killing = (cand.trigger.cls in KILL_CLASSES or "+disarming:" in cand.trigger.rule
                   or "+weapon:" in cand.trigger.rule)
        told_none = "killed" in cand.counts and cand.counts["killed"].value == 0  # victims named win over a 0
        if ("killed" not in cand.counts or told_none) and (killing and cand.trigger.rule.startswith(
                ("verb:kill", "verb:murder", "verb:assassinate", "verb:execute", "phrase:shoot dead",
                 "phrase:beat to death", "verb:behead", "verb:slay", "verb:hang", "verb:gun",
                 # "liquidated the commander", "neutralised a terrorist": a military statement's killing
                 "verb:eliminate", "verb:liquidate", "verb:neutralise", "verb:neutralize"))
                or cand.trigger.cls == "kill" and cand.trigger.rule.startswith(FATAL_RULES)
                or cand.trigger.rule.startswith(LYNCH_RULES)
                or cand.roles.rules.get("victims") or to_death) and not _not_done(cand):
            victims = implied_victims(cand.victims or cand.roles.target) or captives_killed(cand.trigger.head)
            if victims is not None:
                cand.counts["killed"] = victims
    _share_crowd_size(cands, plover_of)
    return orphans


CROWD_HOLDERS = frozenset({"PROTEST", "ASSAULT", "COERCE"})


def _share_crowd_size(cands: list[Candidate], plover_of: dict[str, str]) -> None:
    """'Police fired tear gas at thousands of farmers marching towards Delhi', 'Hundreds of people
    protesting against hardship gathered in Abuja': a crowd's size given to one act of the sentence is that
    of every protest, dispersal or arrest whose doers or targets are that crowd (westafr-2)."""
    sizes = [c.counts["size"] for c in cands if "size" in c.counts]
    for cand in cands:
        if "size" in cand.counts or plover_of[cand.trigger.cls] not in CROWD_HOLDERS:
            continue
        words = [*cand.roles.source, *cand.roles.target]
        size = next((s for s in sizes if any(s.token == w or s.token in w.subtree for w in words)), None)
        if size is not None:
            cand.counts["size"] = size


def _not_done(cand: Candidate) -> bool:
    """Whether a killing is denied, supposed, foiled, or only tried or planned ("tried to kill the mayor",
    "accused Ukraine of trying to kill Putin in a drone attack", "foiled a plot to kill"): no dead named."""
    mod = cand.modality.modality
    verb = cand.trigger.head
    if cand.victims:  # the attack a killing was folded into: the killing's own verb ("tried to storm a
        verb = cand.victims[0].head  # checkpoint and killed a soldier": the killing was done)
    return mod.negated or mod.hypothetical or only_attempted(verb) or foiler(verb) is not None


def _fate_after(act: Token, counted: Token) -> bool:
    """'two later died after a grenade was thrown into a bar': the act told as the clause that the verb of
    the counted people's fate came after is what the count is the toll of."""
    verb = _fate_verb(counted)
    return verb is not None and act.dep_ == "advcl" and act.head.i == verb.i


def _outcome_participle(verb: Token, counted: Token, fits: list[Candidate]) -> bool:
    """Whether a count is the object of a participle telling the verb's outcome, with a noun of fighting
    told inside it: "ambushed a patrol, killing five soldiers in a gunfight" (the ambush's five)."""
    told = counted.head
    if verb.pos_ == "NOUN" or counted.dep_ != "dobj" or told.dep_ != "advcl" or told.tag_ != "VBG":
        return False
    return told.head.i == verb.i and any(c.trigger.is_noun and c.trigger.head in told.subtree for c in fits)


def _beside_object(counted: Token, target: Token) -> bool:
    """Whether a counted noun the parse hangs on the verb is the target's partner: "killing the priest and
    five worshippers and setting the building on fire" read as the worshippers joined to "killing"."""
    return counted.dep_ == "conj" and counted.head.pos_ == "VERB" and target.dep_ == "dobj" and (
        target.head.i == counted.head.i and target.i < counted.i)


def _running_count(tok: Token) -> bool:
    """Whether a count is told by a verb in the perfect as a running toll ("has left 30 dead this year")."""
    verb = next((a for a in chain((tok,), tok.ancestors) if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and running_toll(verb)


def killing_by_doers(cand: Candidate) -> bool:
    """'The army killed all 14 rebels. One hostage and two soldiers also died': a killing told with its own
    doers counts its victims; others who also died are not added to it."""
    return cand.trigger.cls in KILL_CLASSES and not cand.trigger.is_noun and bool(cand.roles.source)


def _conjoined(first: Count, second: Count) -> bool:
    """Two counts of coordinated people, the second after the first ("four soldiers and six civilians",
    "three police officers, two soldiers and a child"), or the subjects of two coordinated verbs of one
    fate ("two died on the spot and three more later died in hospital")."""
    if second.start <= first.end:
        return False
    if second.token in first.token.conjuncts or _beside_object(second.token, first.token):
        return True  # "left 21 people dead, plus four gunmen", the parse hanging the gunmen on the verb
    verbs = _fate_verb(first.token), _fate_verb(second.token)
    return verbs[0] is not None and verbs[1] is not None and verbs[1] in verbs[0].conjuncts


def _fate_verb(tok: Token) -> Token | None:
    """The verb a counted subject's fate is told by ("three more later died": died; "a third later died",
    the ordinal hung on the adverb: died), or None."""
    if tok.dep_ == "npadvmod" and tok.head.dep_ == "advmod" and tok.head.head.pos_ == "VERB":
        return tok.head.head
    return tok.head if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB" else None


def _to_death(head) -> bool:  # noqa: ANN001
    """'beat a man to death', 'hacked two farmers to death', 'stoned to death': the victims died."""
    return head.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ == "to"
        and any(g.dep_ == "pobj" and g.lower_ == "death" for g in children_of(c)) for c in children_of(head))


__all__ = ["Candidate", "Count", "Extractor", "Trigger"]
