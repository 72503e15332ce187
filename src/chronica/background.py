"""Is an event the news, or its background? An event named as the setting of another ("after the
clashes"), as what another act is about ("condemned the attack", "did not comment on the attack"), as a
habit, a kind of event or a long struggle ("have repeatedly attacked", "such killings", "fighting for
years"), or describing people ("those detained were members of ..."); and violence or coercion that an
act was only meant to bring about ("deployed to fight the rebels"). The words are in
``data/background.yaml``.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from itertools import chain, islice
from types import SimpleNamespace

from spacy.tokens import Token

from chronica import yamlio
from chronica.extract.quantities import tally_participle
from chronica.extract.readings import answered_deed, toll_span
from chronica.extract.roles import held_for, judged
from chronica.extract.setting import stray_conjunct
from chronica.nlp import children_of, deps_of, lemma_set, lemmas_of, lowers_of, sentence_bounds

YEARS = re.compile(r"(?:1[89]|20)\d\d'?s?")  # "since 2009", "since the 1990s": a long span, not the news


@cache
def _words() -> SimpleNamespace:
    data = yamlio.safe_load((resources.files("chronica") / "data" / "background.yaml").read_text("utf-8"))
    words = {key: frozenset(value) for key, value in data.items()}
    words["talk_preps"] = words["complement_preps"] | {"to"}
    return SimpleNamespace(**words)


def reason_of(head: Token) -> Token | None:
    """The act a deed is given as the reason for ("arrested two men for the killing", "expelled two
    diplomats over the murder", "sanctions on Belarus over the crackdown"): that act's word, or None."""
    if head.dep_ != "pobj" or head.pos_ not in ("NOUN", "PROPN"):
        return None
    prep = head.head
    if prep.lower_ not in _words().reason_preps or held_for(head) is not None:
        return None  # "flown to France for pre-trial detention": what the act was for, not a reason
    return prep.head if prep.head.pos_ in ("VERB", "NOUN") else None


def charged_one(head: Token) -> Token | None:
    """The one a deed is charged to or owned by ("soldiers accused of massacring villagers", "a lawmaker
    convicted of murder", "was acquitted of killing a guard", "their role in a failed coup", "his
    declaration of martial law"): that person's word, or None (actors46)."""
    w = _words()
    deed = head.head if head.dep_ == "amod" and head.tag_ == "VBG" else head  # "of massacring villagers"
    deed = stray_conjunct(deed) or deed  # "on charges of murder and storming a police station"
    while deed.dep_ == "conj" and deed.head.dep_ in ("pobj", "pcomp", "conj") and deed.head.i != deed.i:
        deed = deed.head  # "charges of inciting violence and attacking police officers"
    prep = deed.head
    if (person := _judged_person(deed)) is not None:
        return person  # "acquitted six police officers of murder"
    if deed.dep_ in ("pobj", "pcomp") and prep.lower_ == "of" and prep.head.pos_ == "NOUN" and (
            prep.head.lemma_.lower() in w.charge_nouns):
        return _charge_holder(prep.head)  # "held two men on charges of stabbing a priest"
    charges = ("of", "with", "including")  # "sentenced ... for crimes, including the torture of" (memory-1)
    if deed.dep_ in ("pobj", "pcomp") and prep.dep_ == "prep" and prep.lower_ in charges and (
            prep.head.lemma_.lower() in w.suspicion_verbs | w.cleared_verbs):
        verb = prep.head
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head  # "soldiers accused of ...", "a lawmaker convicted of ..."
        kids = [c for c in children_of(verb) if c.dep_ in ("nsubjpass", "dobj")]
        return kids[0] if kids else None
    if deed.dep_ == "pobj" and prep.lower_ in ("in", "of") and prep.head.lemma_.lower() in w.doing_nouns:
        return next((c for c in children_of(prep.head) if c.dep_ == "poss"), None)
    return None


def _charge_holder(charge: Token) -> Token | None:
    """The one a charge noun is laid on: the object or passive subject of the act it hangs on ("held two men
    on charges of", "was jailed for 15 years on charges of", "arrested a man on charges of"), the subject
    of "faces charges of"; else None (maghreb-1)."""
    owner = charge.head.head if charge.dep_ == "pobj" and charge.head.dep_ == "prep" else charge
    for _ in range(3):  # "jailed for 15 years on charges of": the parse hangs "on" on the years
        if owner.dep_ != "pobj" or owner.head.dep_ != "prep" or owner.head.head.pos_ not in ("VERB", "AUX"):
            break
        owner = owner.head.head
    if owner.dep_ in ("dobj", "nsubjpass") and owner.pos_ in ("NOUN", "PROPN", "PRON") and (
            owner.i != charge.i):
        return owner  # "arrested a man on charges of": "on" hung on the man
    if owner.pos_ in ("VERB", "AUX") and owner.i != charge.i:
        return next((c for c in children_of(owner) if c.dep_ in ("dobj", "nsubjpass")), None)
    if charge.dep_ == "dobj" and charge.head.lemma_.lower() in _words().charge_facing:
        return next((c for c in children_of(charge.head) if c.dep_ == "nsubj"), None)  # "faces charges of"
    return None


def only_charged(deed: Token) -> bool:
    """Whether a deed is told only as a charge ("a man accused of kidnapping a child", "a man they accused of
    abducting", "convicted of killing", "arrested for stabbing"), not as done (attacker53)."""
    w = _words()
    if charged_one(deed) is not None:
        return True
    for tok in islice(deed.ancestors, 4):
        if tok.lemma_.lower() in w.suspicion_verbs | w.cleared_verbs or tok.lower_ in w.reason_preps:
            return True
        if tok.pos_ in ("NOUN", "PROPN"):
            return False
    return False


def _judged_person(deed: Token) -> Token | None:
    """The object of a judging verb that the parse gives the deed to ("acquitted six police officers of
    murder", "convicted two activists of spreading false news": "of" hangs on the object), or None."""
    prep = deed.head
    if deed.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep" or prep.lower_ not in ("of", "with"):
        return None
    person = prep.head
    w = _words()
    if person.dep_ == "pobj" and person.ent_type_ in ("DATE", "TIME") and person.head.dep_ == "prep":
        person = person.head.head  # "convicted the former rebel leader on Thursday of murder": the parse
        # hangs "of" on the day (memory-1)
        if person.pos_ == "VERB" and person.lemma_.lower() in w.suspicion_verbs | w.cleared_verbs:
            return next((c for c in children_of(person) if c.dep_ == "dobj"), None)
    if person.dep_ == "dobj" and person.head.lemma_.lower() in w.suspicion_verbs | w.cleared_verbs:
        return person
    return None


def scene_of(head: Token) -> Token | None:
    """The act of coming to where a deed was done ("arrived at the scene of the blast", "visited the site
    of the massacre"): the noun of the place, or None."""
    if head.dep_ != "pobj" or head.head.lower_ != "of" or head.pos_ not in ("NOUN", "PROPN"):
        return None
    scene = head.head.head
    return scene if scene.lemma_.lower() in _words().scene_nouns else None


def meant(plover: str, head: Token) -> bool:
    """Is this event of PLOVER type ``plover`` only what another act was meant to bring about?"""
    return plover in _words().purposed_types and _purpose(head)


def background(head: Token) -> bool:
    """An event named as the setting of another: 'after the clashes', 'to end the fighting',
    'where 28 people have been killed', 'as street battles raged'."""
    w = _words()
    if head.dep_ == "amod" and head.tag_ in ("VBN", "VBG"):
        return True  # "the besieged town", "the occupied territories", "the visiting team": a state
    if head.pos_ in ("NOUN", "PROPN") and not _means_of_marking(head, w) and any(
            a.lemma_ in w.topic_verbs for a in islice(head.ancestors, 3)):
        return True  # "demanding a law against rape", "commemorating the massacre": the topic
    if head.pos_ in ("NOUN", "PROPN"):
        if _coordinated_noun(head):
            return background(head.head)  # "after a night of rioting and arson": it shares the first's role
        if head.dep_ == "pobj" and head.head.lower_ in w.background_preps and not (
                head.head.lower_ in ("after", "following") and head.head.head.lemma_ in w.suffering_verbs):
            return True
        if topic(head):
            return True  # "an investigation into the assault", "called the bombing a senseless act"
        if head.dep_ == "pobj" and head.head.lower_ in ("in", "of", "behind", "for") and (
                head.head.head.lemma_.lower() in w.suspect_nouns):
            return True  # "the chief suspect in the bombing": the deed names a person
        if head.dep_ in ("dobj", "pobj") and head.head.lemma_ in w.ending_verbs:
            return True
        if head.dep_ == "pobj" and head.head.head.lemma_.lower() in w.setting_nouns:
            return True
        if any(c.dep_ == "amod" and c.lower_ in w.setting_modifiers for c in children_of(head)):
            return True
        if head.dep_ == "pobj" and head.head.lower_ in ("in", "during") and _running(head.head.head):
            return True  # "300 people have been killed in communal violence since May": the toll's scope
        if head.dep_ == "pobj" and head.head.lower_ == "of" and (
                head.head.head.lemma_.lower() in w.series_nouns):
            return True  # "the latest in a string of vigilante killings": a run of events, not this one
        if _span_of_setting(head):
            return True  # "took hold after a week of fighting": the time before the news
        if head.dep_ == "dobj" and _habit(head.head):
            return True  # "Turkey regularly carries out strikes against PKK targets": a habit
        if head.dep_ == "nsubj" and _tally(head.head, head):
            return True  # "the fighting has left thousands dead since 2014": the fight's tally
        if head.dep_ in ("nsubj", "nsubjpass", "dobj") and period_tally(head.head):
            return True  # "Amnesty recorded 1,518 executions worldwide in 2024": a year's statistics
        if any(c.lower_ == "such" for c in children_of(head)):
            return True  # "the latest in a series of such killings": a kind of event, not one
        if head.dep_ == "nsubj" and head.tag_ == "NNS" and any(
                c.dep_ in ("acomp", "attr") and c.lower_ in w.generic_words for c in children_of(head.head)):
            return True  # "mass kidnappings have become common in the region"
    if head.pos_ == "VERB":
        for c in children_of(head):
            if c.dep_ == "nsubj" and c.lemma_.lower() in w.toll_subjects:
                return True
            if c.dep_ == "advmod" and _habit_adverb(c, head):
                return True
            if c.dep_ in ("nsubj", "nsubjpass") and any(
                    a.dep_ == "amod" and a.lower_ in w.setting_modifiers for a in children_of(c)):
                return True  # "previous ceasefires have been violated"
            if c.dep_ == "prep" and c.lower_ == "for" and any(
                    g.dep_ == "pobj" and g.lower_ in w.long_spans for g in children_of(c)):
                return True  # "the group has been fighting for years to topple the government"
        if _described(head):
            return True
        if habitual(head):
            return True  # "riot police tend to fire rubber bullets", "supporters rally every Sunday"
        if _said_of_subject(head):
            return True  # "Malawi's vice-president, arrested last week on corruption charges, resigned"
        if _subjects_state(head):
            return True  # "militants holding 12 aid workers hostage released four of them"
        if _tally(head):
            return True  # "thousands have been killed in the conflict": a whole conflict's toll
        if _perfect(head) and any(_since(c) for c in children_of(head)):
            return True  # "500 protesters have been killed since the unrest began": a running toll
        kids = children_of(head)
        if tally_participle(head) and (any(_since(c) for c in kids) or toll_span(head) and not any(
                c.lower_ == "since" for c in kids)):
            return True  # "taking the number detained since January to 2,000": a running total; not "the
            # number arrested since the weekend", the operation's own count
        lowers = lowers_of(head.doc)
        if "since" in lowers[head.left_edge.i:head.right_edge.i + 1] and any(
                _since_years(t, head) for t in head.subtree if t.lower_ == "since"):
            return True  # "the army has fought Boko Haram (in the northeast) since 2009"
    charge = _charged_doing(head)
    prep = charge.head
    if (charge.dep_ in ("pobj", "pcomp") and prep.dep_ == "prep" and prep.lower_ in ("of", "with", "for")
            and prep.head.lemma_.lower() in w.suspicion_verbs | w.cleared_verbs):
        return True  # "convicted of murder", "acquitted of killing a protester", "charged with abetting it"
    if _judged_person(head) is not None:
        return True  # "acquitted six police officers of murder"
    for tok in chain((head,), head.ancestors):
        if _work_told(tok, w):
            return True  # "His memoir recounts how soldiers tortured him": what a work tells
        if tok.pos_ == "VERB" and period_tally(tok):
            return True  # "2,500 civilians were killed in Myanmar last year": a year's statistics
        if _content_clause(tok, w.content_nouns):
            return True  # "a ruling that the leaders ordered the killing": what was found, not the news
        if _cause_of_suffering(tok, w.suffering_verbs):
            break  # "six inmates died after prisoners rioted": what they died of is the news
        if _steps_taken_for(tok, w):
            break  # "has taken several steps to ease restrictions": the easing is the act
        if tok.dep_ == "relcl" or (tok.dep_ in ("advcl", "conj", "ccomp") and any(  # a conj or a ccomp
                # after a speech verb ("officials said, as attacks rose"): a misparsed advcl
                c.dep_ == "mark" and c.lower_ in w.background_marks for c in children_of(tok))):
            return True
        if tok.dep_ == "ROOT" or tok.dep_ == "ccomp" and tok.head.dep_ not in ("relcl", "advcl"):
            break  # what is said is the news, unless the saying is itself a setting ("where officials say")
    return False


def _means_of_marking(head: Token, w: SimpleNamespace) -> bool:
    """A noun after "with" or "by" on a verb of the topic ("was marked with a march", "commemorated the
    massacre with a vigil"): the act of marking, not its topic (memory-1)."""
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ in ("with", "by") and prep.head.lemma_ in w.topic_verbs


def _charged_doing(head: Token) -> Token:
    """The gerund of a charge whose object a deed is ("charged a former guard with aiding and abetting the
    murder of thousands": "aiding"; memory-1), else the deed itself."""
    if head.dep_ != "dobj" or head.head.tag_ != "VBG":
        return head
    doing = head.head
    while doing.dep_ == "conj" and doing.head.tag_ == "VBG":
        doing = doing.head
    return doing if doing.dep_ == "pcomp" else head


def _steps_taken_for(tok: Token, w: SimpleNamespace) -> bool:
    """An infinitive the parse hangs on the object of "took steps" as a relative clause ("has taken several
    steps to ease restrictions"): what the steps do."""
    noun = tok.head
    return (tok.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok))
            and noun.lemma_.lower() in w.step_nouns and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in w.step_verbs)


def _said_of_subject(head: Token) -> bool:
    """A participle set off by commas after the subject of another verb ("the minister, arrested last week,
    resigned on Tuesday", "the journalist, kidnapped in March, was freed"): what is known of the subject,
    told as the setting of the clause's own act (ptype36)."""
    noun = head.head
    while noun.dep_ == "appos" and noun.head is not noun:  # "vice - president" split by the parse
        noun = noun.head
    return (head.dep_ == "acl" and head.tag_ == "VBN" and head.i > 0 and head.doc[head.i - 1].text == ","
            and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") and noun.i < head.i)


def _subjects_state(head: Token) -> bool:
    """A present participle on the subject of another verb ("militants holding 12 aid workers hostage
    released four of them", "gunmen riding motorbikes shot dead a trader"): what the subject was doing when
    it did the clause's own act, which is the news."""
    noun = head.head  # not "Vigilantes ... repelled bandits, killing five of the attackers, a leader said"
    return (head.dep_ == "acl" and head.tag_ == "VBG" and noun.dep_ in ("nsubj", "nsubjpass")
            and noun.i < head.i and noun.head.pos_ in ("VERB", "AUX") and noun.head.i > head.i
            and head.doc[head.i - 1].text != "," and noun.head.lemma_ not in _words().talk_verbs | {"say"})


def _coordinated_noun(head: Token) -> bool:
    """A noun joined to a noun before it ("rioting and arson", "looting and shelling")."""
    return head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i < head.i


def told_before(head: Token) -> bool:
    """Is the act told as done before the time of the news: in the perfect or the pluperfect ("have
    killed thousands", "had seized the city"), or with a time counted back ("last week", "hours
    earlier", "earlier in the week"), in its own clause or a clause it hangs on up to the main one?"""
    verbs = _clause_verbs(head)
    if _words().earlier_spans.isdisjoint(lemma_set(head.doc)):  # no "week", "day", ... in the story: no
        return any(_perfect(verb) for verb in verbs)  # time counted back, only the tense can tell
    for verb in verbs:
        deps = [*children_of(verb),
                *(g for c in children_of(verb) if c.dep_ == "xcomp" for g in children_of(c))]
        if _perfect(verb) or any(_earlier_time(c) or _fronted_time(c) for c in deps):  # "used tear gas to
            return True  # break up a rally earlier in the week": the time hangs on the purpose's verb
    return False


def told_with_earlier_time(head: Token) -> bool:
    """Is the act told with a time counted back ("a week earlier", "last month") in its own clause or a
    clause it hangs on, whatever its tense (a pluperfect alone, "who had come ... and killed", is no earlier
    time)?"""
    if _words().earlier_spans.isdisjoint(lemma_set(head.doc)):
        return False
    for verb in _clause_verbs(head):
        deps = [*children_of(verb),
                *(g for c in children_of(verb) if c.dep_ == "xcomp" for g in children_of(c))]
        if any(_earlier_time(c) or _fronted_time(c) for c in deps):
            return True
    return False


def told_later(head: Token) -> bool:
    """Is the act told as done after an earlier one: with "later", "afterwards", "subsequently" or "the
    next / following day" in its own clause or a clause it hangs on up to the main one, not in a relative
    clause on one of the sentence's people (vac30b)?"""
    w = _words()
    for verb in _clause_verbs(head):
        if verb.dep_ == "relcl":
            return False  # "abducted a pastor, who was later killed": the fate of one the act told of
        if any(_later_time(c, w) for c in children_of(verb)):
            return True
    return False


def _later_time(dep: Token, w: SimpleNamespace) -> bool:
    """'later', 'hours later', 'later in the day', 'afterwards', 'the next day', 'the following morning'."""
    if dep.dep_ == "advmod" and dep.lower_ in w.later_adverbs:
        return True
    spans = w.earlier_spans | {"morning", "evening"}
    return dep.dep_ in ("npadvmod", "advmod") and dep.lemma_.lower() in spans and any(
        c.lower_ in w.later_determiners for c in children_of(dep))


def _fronted_time(subject: Token) -> bool:
    """'Last summer security forces beat ...': a time before the subject, misparsed as its compound."""
    w = _words()
    return subject.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "compound" and c.i < subject.i and c.lemma_.lower() in w.earlier_spans
        and c.i > 0 and subject.doc[c.i - 1].lower_ in w.earlier_determiners for c in children_of(subject))


def _clause_verbs(head: Token) -> list[Token]:
    """The verbs from the event's word up to its sentence's main clause or the clause a speaker says."""
    verbs = []
    for tok in chain((head,), head.ancestors):
        if tok.pos_ in ("VERB", "AUX"):
            verbs.append(tok)
        if tok.dep_ in ("ROOT", "ccomp"):
            break
    return verbs


def _earlier_time(dep: Token) -> bool:
    """'last week', 'the previous month', 'hours earlier', 'two years ago', 'earlier in the week'."""
    w = _words()
    if dep.dep_ == "npadvmod" and dep.lemma_.lower() in w.earlier_spans:
        counted = w.earlier_determiners | w.earlier_adverbs  # "last week", "earlier this month"
        return any(c.lower_ in counted for c in children_of(dep))
    if dep.dep_ == "prep":  # "earlier in the week": the adverb hangs on the preposition, or before it
        return (any(c.dep_ == "advmod" and c.lower_ in w.earlier_adverbs for c in children_of(dep))
                or dep.i > 0 and dep.doc[dep.i - 1].lower_ in w.earlier_adverbs) and any(
            g.dep_ == "pobj" and g.lemma_.lower() in w.earlier_spans for g in children_of(dep))
    if dep.dep_ != "advmod" or dep.lower_ not in w.earlier_adverbs:
        return False
    inner = [c for c in children_of(dep) if c.dep_ in ("npadvmod", "prep")]
    return any(c.lemma_.lower() in w.earlier_spans or c.dep_ == "prep" and any(
        g.lemma_.lower() in w.earlier_spans for g in children_of(c)) for c in inner)


def told_in_operation(head: Token) -> bool:
    """An act told as done in an operation named again ("killed several of the militants during the
    operation", "were wounded in the raid"): a definite operation noun after "during", "in" or "amid" on the
    act's verb."""
    w = _words()
    verb = head if head.pos_ in ("VERB", "AUX") else None
    return verb is not None and any(
        c.dep_ == "prep" and c.lower_ in w.operation_preps and o.dep_ == "pobj"
        and o.lemma_.lower() in w.operation_nouns and any(d.dep_ == "det" and d.lower_ in ("the", "this")
                                                           for d in children_of(o))
        for c in children_of(verb) for o in children_of(c))


def described_history(head: Token) -> bool:
    """An act told in a relative clause on a noun of the main clause, not on the act's own noun ("Savimbi,
    whose movement has fought the government for two decades, said ..."): how an actor is described."""
    for tok in chain((head,), head.ancestors):
        if tok.dep_ == "relcl":
            return tok.head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos")
        if tok.dep_ in ("ROOT", "ccomp"):
            return False
    return False


def doers_history(head: Token, act: Token) -> bool:
    """A deed told in a relative clause on the subject of another act, with a time of its own or in the
    perfect ("Al-Shabaab, which killed 148 people at Garissa in 2015, attacked a base", "Hamas, which
    killed 1,200 people on October 7, ...", "Boko Haram, which has killed thousands since 2009, ..."): how
    the doer is known, not what the act did (clauses54)."""
    noun = head.head
    return (head.dep_ == "relcl" and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == act.i
            and (_perfect(head) or any(t.ent_type_ == "DATE" or YEARS.fullmatch(t.text)
                                       for t in head.subtree)))


def pact_in_passing(head: Token, cls: str) -> bool:
    """A pact or truce a noun names in passing, as the setting of another act ("despite the peace
    agreement", "during the Gaza ceasefire", "in breach of the accord"), in an aside on another noun ("the
    elections, a key part of the peace deal") or in a relative clause that tells how an actor is known by a
    past year ("the FARC, who signed the 2016 accord"): no agreement told (truce49)."""
    w = _words()
    if cls not in w.pact_classes or head.pos_ not in ("NOUN", "PROPN"):
        return False
    prep = head.head
    if head.dep_ == "pobj" and (prep.lower_ in w.pact_preps or prep.lower_ in ("of", "with") and (
            prep.head.lemma_.lower() in w.pact_frames)):
        return True
    tok = head
    for _ in range(3):  # "a key part of the peace deal", set off after another noun
        if tok.dep_ == "appos":
            return True
        if tok.dep_ not in ("pobj", "prep"):
            break
        tok = tok.head
    return described_history(head) and any(YEARS.fullmatch(t.text) for t in _clause_of(head).subtree)


def _clause_of(head: Token) -> Token:
    """The verb of the clause a noun is in (the noun itself if none)."""
    return next((t for t in chain((head,), head.ancestors) if t.pos_ in ("VERB", "AUX")), head)


def _content_clause(tok: Token, nouns: frozenset[str]) -> bool:
    """A "that" clause hung on a noun of a finding or a claim ("a court ruling that ..."): its content."""
    return (tok.dep_ in ("acl", "ccomp") and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in nouns
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(tok)))


def told_by_work(head: Token) -> bool:
    """Is the deed what a work tells ("His memoir recounts how soldiers tortured him")? (memory53)"""
    w = _words()
    return any(_work_told(tok, w) for tok in chain((head,), head.ancestors))


def _work_told(tok: Token, w: SimpleNamespace) -> bool:
    """A clause or object told by a work ("the documentary examines how police shot protesters")."""
    teller = tok.head
    return (tok.dep_ in ("ccomp", "dobj", "xcomp") and teller is not tok
            and teller.lemma_.lower() in w.telling_verbs
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in w.work_nouns for c in children_of(teller)))


def period_tally(verb: Token) -> bool:
    """A count told over a calendar span ("2,500 civilians were killed last year", "recorded 1,518
    executions worldwide in 2024", "45 soldiers were killed in the first three months of the year,
    according to government figures"): hundreds or more over a span such as "last year", or any count over
    a span or a year with a word of scope ("worldwide"), of statistics ("figures") or of recording."""
    if verb.pos_ != "VERB":
        return False
    span = _period_span(verb)
    if span is None:
        return False
    w = _words()
    counts = [t for c in children_of(verb) if c.dep_ in ("nsubjpass", "dobj", "nsubj") or c.lower_ == "with"
              for t in c.subtree if (t.like_num or _many(t))  # "have killed thousands of villagers"
              and t.dep_ in ("nummod", "nsubj", "dobj", "nsubjpass")]
    if not counts:
        return False
    lowers, lemmas = lowers_of(verb.doc), lemmas_of(verb.doc)  # the sentence read off the Doc's lists
    start, end = sentence_bounds(verb)
    marked = (verb.lemma_.lower() in w.record_verbs or any(
        lowers[k] in w.tally_scope_words or lemmas[k] in w.statistics_words for k in range(start, end)))
    return marked or bool(span) and any(_many(t) for t in counts)


def _period_span(verb: Token) -> bool | None:
    """A calendar span the verb is told over: True for a span ("last year", "in the first three months"),
    False for a bare year ("in 2024"), None if none ("on Tuesday", "last month")."""
    w = _words()
    found: bool | None = None
    for c in children_of(verb):
        nouns = [c] if c.dep_ == "npadvmod" else [
            g for g in children_of(c) if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in (
                "in", "during", "over", "between", "throughout") else []
        nouns += [s for g in nouns if g.dep_ == "pobj" for s in children_of(g) if s.dep_ == "npadvmod"]
        # "killed in attacks by armed groups this year": the parse hangs the span on the noun
        for noun in nouns:
            if YEARS.fullmatch(noun.text) and noun.text[:2] in ("19", "20") and len(noun.text) == 4:
                found = found or False
                continue
            if noun.lemma_.lower() not in w.period_nouns and noun.lower_ not in w.period_nouns:
                continue
            if not any(g.lower_ in w.period_openers or g.like_num for g in children_of(noun)):
                continue
            found = True
    return found
def _cause_of_suffering(tok: Token, suffering: frozenset[str]) -> bool:
    """'Six inmates died after prisoners rioted', 'a man died after a mob beat him': a clause that "after"
    or "following" opens on a verb of suffering tells what the harmed went through, the news itself."""
    return (tok.dep_ == "advcl" and tok.head.lemma_ in suffering
            and any(c.dep_ == "mark" and c.lower_ in ("after", "following") for c in children_of(tok)))


def _span_of_setting(head: Token) -> bool:
    """'after a week of fighting', 'following two days of talks': events counted by a span of time that a
    preposition of setting introduces."""
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    span = head.head.head
    return (span.lemma_.lower() in _words().span_nouns and span.dep_ == "pobj"
            and span.head.lower_ in _words().background_preps)


def topic(head: Token) -> bool:
    """A deed named as what another act is about: judged ("called the bombing a crime"), asked into
    ("an investigation into the assault"), mourned or condemned ("condemned the killing")."""
    w = _words()
    if head.pos_ not in ("NOUN", "PROPN"):
        return _described(head)
    if head.dep_ == "dobj" and (judged(head.head) or head.head.lemma_ in w.topic_verbs):
        return True
    if answered_deed(head) is not None:  # "vowed revenge for the killing": the vower did not kill
        return True
    if head.dep_ != "pobj":
        return False
    prep = head.head
    return (prep.lower_ in w.complement_preps and prep.head.pos_ in ("NOUN", "PROPN")) or (
        prep.lower_ in w.talk_preps and prep.head.lemma_.lower() in w.talk_verbs)


def _purpose(verb: Token) -> bool:
    """A clause of purpose, with no subject of its own: "deployed to fight the rebels", "fighting to
    topple the government", "in order to end the strike": what the act was meant to do, not done."""
    w = _words()
    if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "xcomp", "acl", "relcl") or (
            verb.lemma_.lower() in w.done_purposes):
        return False
    if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() not in w.aims:  # "an offensive to retake"
        return False  # "their effort to overthrow the government", "a bid to seize the town"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() not in w.striving_verbs:
        return False  # "tried to storm the base", "began to fire": an attempt or a start is coded
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


def habitual(head: Token) -> bool:
    """A habit told in the simple present ("bandits often raid villages", "Turkey regularly carries out
    strikes", "riot police tend to fire rubber bullets", "supporters rally every Sunday"): a general
    statement, not a deed of the day (intent55); never the tense alone, which headlines use for news."""
    w = _words()
    verb = head.head if head.dep_ == "dobj" and head.pos_ in ("NOUN", "PROPN") else head
    if verb.pos_ != "VERB":
        return False
    if verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.lemma_.lower() in w.habit_verbs:
        return _simple_present(verb.head)  # "tend to fire rubber bullets"
    if verb.dep_ in ("xcomp", "pcomp") and verb.tag_ in ("VB", "VBG"):  # "often try to storm the base",
        gov = verb.head.head if verb.dep_ == "pcomp" else verb.head  # "accuses Ukraine of attacking"
        return gov.pos_ == "VERB" and gov is not verb and habitual(gov)
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.tag_ in ("VB", "VBZ", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") for c in children_of(verb)):
        verb = verb.head  # "often raid villages and steal cattle": the habit is shared
    if not _simple_present(verb):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in w.present_habit_adverbs
               or c.dep_ in ("npadvmod", "advmod") and _every_span(c, w) for c in children_of(verb))


def _simple_present(verb: Token) -> bool:
    """A finite verb in the simple present with no auxiliary ("raid", "attacks"; a bare form with its own
    subject, "forces routinely abduct separatists, activists say", tagged as an infinitive by the parse)."""
    kids = children_of(verb)
    finite = verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in kids)
    return finite and not any(c.dep_ in ("aux", "auxpass") for c in kids)


def _every_span(tok: Token, w: SimpleNamespace) -> bool:
    """A recurring span of time: "every Sunday", "each week", "almost every week"."""
    return tok.lemma_.lower() in w.habit_spans and any(
        c.dep_ in ("det", "nummod") and c.lower_ in w.habit_every for c in children_of(tok))


def _habit(verb: Token) -> bool:
    """Does an adverb of habit modify the verb ("have repeatedly attacked", "regularly carries out")?"""
    return any(c.dep_ == "advmod" and _habit_adverb(c, verb) for c in children_of(verb))


def _habit_adverb(adverb: Token, verb: Token) -> bool:
    w = _words()
    return adverb.lower_ in w.habit_adverbs and (adverb.lower_ not in w.perfect_only or _perfect(verb))


def _since(dep: Token) -> bool:
    """A "since" clause or event ("since the unrest began", "since the start of the war", "since May"); not a
    day ("have arrested 20 people since Monday" is recent news)."""
    if dep.dep_ == "prep" and dep.lower_ == "since":
        return any(g.dep_ == "pobj" and _span_start(g) for g in children_of(dep))
    return dep.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in children_of(dep))


def _running(verb: Token) -> bool:
    """A verb in the perfect told since the start of a span ("have been killed since May")."""
    return verb.pos_ == "VERB" and _perfect(verb) and any(_since(c) for c in children_of(verb))


def _span_start(noun: Token) -> bool:
    """Is the object of "since" the start of a span ("the unrest", "May", "early March", "the start of the
    year", "2014"), not a recent time ("Monday", "Friday's clashes", "last night")?"""
    w = _words()
    words = {t.lower_ for t in noun.subtree}
    if not words.isdisjoint(w.since_recent):
        return False
    return noun.ent_type_ not in ("DATE", "TIME") or not words.isdisjoint(w.since_spans) or any(
        YEARS.fullmatch(t.text) for t in noun.subtree)


def _tally(verb: Token, fight: Token | None = None) -> bool:
    """A toll told in the perfect over a whole conflict: "thousands have been killed in the conflict", "the
    war has killed 10,000 people since 2014", and with ``fight`` its subject, "the fighting has left
    thousands dead since 2014": a count of hundreds or more, with the conflict or its years named."""
    if verb.pos_ != "VERB" or not _perfect(verb):
        return False
    w = _words()
    counted = [c for c in children_of(verb) if c.dep_ in ("nsubjpass", "dobj", "nsubj") and c is not fight]
    if not any(_many(t) for c in counted for t in c.subtree):
        return False
    scoped = any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in w.tally_scopes for g in children_of(c))
        for c in children_of(verb))
    return (scoped or fight is not None and fight.lemma_.lower() in w.tally_scopes
            or any(_since(c) or c.lower_ == "since" and _since_years(c, verb) for c in children_of(verb)))


def _many(tok: Token) -> bool:
    """A count of hundreds or more: "thousands", "10,000", "tens of thousands"."""
    w = _words()
    if tok.lemma_.lower() in w.tally_counts or tok.lower_ in w.tally_counts:
        return True
    digits = tok.text.replace(",", "")
    return tok.like_num and digits.isdigit() and int(digits) >= min(w.tally_least)


def cumulative_toll(counted: Token, count: int) -> bool:
    """Whether the dead or hurt ``counted`` are a running or period toll, no new deed: told in the perfect
    over a span ("45,000 people had been killed since the war began", "have been killed so far"), over a
    calendar span ("2,500 civilians were killed last year"), or in the perfect with thousands and no day
    ("More than 40,000 have been killed in Gaza", "Russian strikes have killed more than 1,000 civilians")."""
    verb = next((a for a in chain((counted,), counted.ancestors) if a.pos_ == "VERB"), None)
    if not count or verb is None:
        return False
    if (_perfect(verb) and toll_span(verb) or period_tally(verb)) and background(verb):
        return True  # not "have arrested 20 people since Monday": recent news
    return _perfect(verb) and count >= min(_words().cumulative_least) and not _dated(verb)


def _dated(verb: Token) -> bool:
    """Whether a verb's clause names a day or date ("on Monday", "on 3 May", "overnight")."""
    return any(t.ent_type_ in ("DATE", "TIME") for c in children_of(verb) if c.dep_ in ("prep", "npadvmod")
               for t in c.subtree)


def _perfect(verb: Token) -> bool:
    """Is the verb in a perfect tense ("have attacked", "has been violated")?"""
    labels = deps_of(verb.doc)  # asked of every verb of an event's clauses: no label string for each child
    return any(labels[c.i] == "aux" and c.lemma_ == "have" for c in children_of(verb))


def _described(verb: Token) -> bool:
    """A participle describing the subject of another clause: "those detained were members of ...",
    "the soldiers killed in the ambush were buried": people described by a deed told elsewhere."""
    w = _words()
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or any(c.dep_ == "dobj" for c in children_of(verb)):
        return False  # "a checkpoint targeted with gunfire a vehicle": a misparsed clause of its own
    noun = verb.head
    return noun.dep_ == "nsubjpass" or (noun.dep_ == "nsubj" and noun.head.lemma_ in w.describing_verbs)


def _since_years(since: Token, verb: Token) -> bool:
    """Is "since" a preposition of years ("since 2009", "since the 1990s") in the verb's own clause?"""
    if since.dep_ != "prep" or not any(g.dep_ == "pobj" and YEARS.fullmatch(g.text) for g in since.children):
        return False
    tok = since.head
    while tok != verb:
        if tok.pos_ in ("VERB", "AUX") or tok.head == tok:
            return False
        tok = tok.head
    return True
