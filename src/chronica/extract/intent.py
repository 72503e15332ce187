"""Statements of intent are events of their own: "X will attack" is a threat, "X will help" an
offer to cooperate, "X will not accept" a rejection (PLOVER THREATEN, AGREE, REJECT; CAMEO 13, 03, 12).

The intended action stays unrealised; what happened is that someone said they would do it.
"""

from __future__ import annotations

from spacy.tokens import Token

from chronica.extract import Candidate
from chronica.extract.readings import readings, warned_report
from chronica.extract.triggers import country_word
from chronica.nlp import children_of, sentence_of

COERCIVE = {"ASSAULT": "threaten_force", "COERCE": "threaten", "SANCTION": "threaten", "MOBILIZE": "threaten",
            "PROTEST": "threaten"}
COOPERATIVE = {"SUPPORT", "AID", "COOPERATE", "CONSULT", "CONCEDE", "AGREE"}
# "will not withdraw", "said it would not release them": a stated refusal to yield (CAMEO 124) is a
# rejection, like a refusal to cooperate (RETREAT joins COOPERATIVE there)
# An offer to yield to someone is an agreement too ("offered to hand over the suspects", CAMEO 035);
# a plain future ("the minister will resign") stays the act itself.
OFFER_CUES = ("intent:offer", "intent:promise", "intent:pledge", "intent:agree", "intent:ready",
              "intent:willing", "intent:prepared", "intent:readiness", "intent:willingness")
# A concession planned, intended or decided and said so ("plans to withdraw its troops from Congo", "decided
# to open the border crossing") is an intention to yield (CAMEO 035, AGREE) as an offer is (plover62); a
# plain future ("will withdraw") stays the act.
PLANNED = ("intent:plan", "intent:intend", "intent:aim", "intent:decide")
# Offers proper: forces offered or pledged to someone are help promised, not a show of force.
OFFERED = ("intent:offer", "intent:promise", "intent:pledge")
# Modal verbs of obligation: what someone says another must do is a demand.
OBLIGATION = {"must", "should"}
# Verbal acts that a statement of intent already performs: "said it would investigate the deaths" opens
# the inquiry, "will ask the council for a session" makes the request, "will veto any resolution" rejects.
VERBAL = {"ACCUSE", "REQUEST", "REJECT"}
# A stated refusal or break held over someone on a condition ("said it would pull out of the treaty if the
# inspectors pressed for access", "would walk out of the talks unless"): a threat (CAMEO 13; weak30).
HELD_OVER = {"REJECT", "SANCTION"}
# Measures that a decision puts in force: deciding to close the roads is closing them.
ENACTED = {"COERCE", "SANCTION", "MOBILIZE"}
# Cues of a stated intention (not of speculation by others: "could", "might", "if").
STATED = ("aux:will", "intent:plan", "intent:intend", "intent:prepare", "intent:vow", "intent:offer",
          "intent:ready", "intent:prepared", "intent:willing", "intent:decide", "intent:aim",
          "intent:readiness", "intent:willingness",  # "declared its readiness to negotiate" (plover17)
          "no-intention",  # "has no intention of withdrawing": a stated refusal (extract/modality.py)
          "not-ruled-out",  # "has not ruled out expelling more diplomats": a measure held open
          "intent:pledge", "intent:promise",  # "pledged to kill the hostages": a stated threat
          "intent:consider", "intent:mull",  # "is considering closing its border": a measure weighed
          "intent:weigh", "intent:contemplate",  # "is weighing whether to impose sanctions" (sanctions-4)
          "ultimatum")  # "announced a strike unless the government raises its offer" (articles22j)


def _conditions(verb: Token) -> list[Token]:
    """The clauses of condition that hang on the verb ("would pull out if the inspectors pressed")."""
    marks = readings()["ultimatum"]["marks"]
    return [c for c in children_of(verb)
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in children_of(c))]


def _on_condition(verb: Token) -> bool:
    """'would pull out if the inspectors pressed': a clause of condition hangs on the verb."""
    return bool(_conditions(verb))


def _enabled(verb: Token) -> bool:
    """'will send police to Haiti if it receives funding': the condition enables the act (``enabling``)."""
    enabling = readings()["ultimatum"]["enabling"]
    return any(c.lemma_.lower() in enabling for c in _conditions(verb))


def _intender(cand: Candidate) -> Token | None:
    """Who states the intention when the parse hangs the act on an adjective or a verb of intent:
    "France is ready to contribute troops", "he said he was prepared to impose martial law"."""
    tok = cand.trigger.head
    for _ in range(3):
        if tok.dep_ not in ("xcomp", "acomp", "dobj", "pobj", "prep") or tok.head == tok:
            return None
        tok = tok.head
        subject = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject if subject.pos_ in ("PROPN", "NOUN", "PRON") else None
    return None


def threat_class(cls: str, ptype: str, lemma: str, table: str = "threatened_acts") -> str | None:
    """The threat class for a threatened act: by its lemma, class or PLOVER type (``threatened_acts`` in
    data/readings.yaml): "threatened to strike" is a threat of a strike (THREATEN restrict); with
    ``refused_acts``, the refusal class for a refused act ("refused to meet": REJECT meet)."""
    spec = readings()[table]
    return spec["lemmas"].get(lemma) or spec["acts"].get(cls) or spec["types"].get(ptype)


def _stated(cand: Candidate) -> str | None:
    cues = cand.modality.cues
    for cue in cues:
        if cue.startswith(STATED):
            return cue
    if cand.modality.modality.reported and any(c.startswith("aux:") and "would" in c for c in cues):
        return "aux:would (reported)"
    if any(c.startswith("negator:refuse") or c.startswith("negator:decline") for c in cues):
        return "refuse"
    return None


def _planned(cand: Candidate, cue: str) -> bool:
    """'plans to withdraw its troops', 'decided to open the crossing': a verb of planning governs the act
    (not a noun: "launched a plan to free the hostages" is an operation's aim, no stated intention)."""
    head = cand.trigger.head
    return cue.startswith(PLANNED) and head.dep_ == "xcomp" and head.head.pos_ in ("VERB", "AUX") and (
        head.head.lemma_.lower() in {c.partition(":")[2] for c in PLANNED})


def _feared(head: Token) -> Token | None:
    """The word of fear whose clause tells the act ("farmers fear that herders will attack", "are worried
    that Russia will invade", "fears that militants will return and kill them", "feared airstrikes if they
    returned"; ``feared_clauses`` in data/readings.yaml): the fearer's fear, no one's stated intention; else
    None."""
    words = readings()["feared_clauses"]["words"]
    if head.dep_ == "dobj" and head.head.lemma_.lower() in words:
        return head.head  # "refugees feared junta airstrikes if they returned": the thing feared (myisr-8)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in words:
        return head.head.head  # "afraid of airstrikes", "fear of reprisals"
    tok = head
    for _ in range(4):
        if tok.dep_ in ("ccomp", "acl") and tok.head.lemma_.lower() in words:
            return tok.head
        if tok.dep_ not in ("conj", "xcomp") or tok.head == tok:
            return None
        tok = tok.head  # "will return and kill them", "will try to storm the camp"
    return None


def _told_under_warning(cand: Candidate) -> bool:
    """'The rebels have captured two more towns, the defence minister warned': a deed done that a trailing
    "warned" only attributes is reported, not a thing warned of; its flag of intent is lifted (intent55)."""
    cues = cand.modality.cues
    told = ("aux:", "counterfactual:", "mark:if", "intent:")
    if "intent:warn" not in cues or any(c.startswith(told) and c != "intent:warn" for c in cues):
        return False
    tok = cand.trigger.head
    for _ in range(6):
        if tok.head == tok:
            return False
        if warned_report(tok.head) == tok:
            cand.modality.modality.hypothetical = False
            cand.modality.modality.reported = True
            cues.remove("intent:warn")
            cues.append("speech:warn")
            return True
        tok = tok.head
    return False


def _demand(cand: Candidate) -> bool:
    """'The Red Cross said the forces must ensure security': a reported obligation is the speaker's
    demand of the one who must act (PLOVER REQUEST, CAMEO 10)."""
    speaker = cand.modality.speaker
    if not cand.modality.modality.reported or speaker is None or speaker.pos_ not in ("PROPN", "NOUN"):
        return False
    if not any(c.startswith("aux:") and set(c[4:].split(",")) & OBLIGATION for c in cand.modality.cues):
        return False
    cand.roles.target, cand.roles.source = cand.roles.source, [speaker]
    cand.roles.rules.update(source="says it must be done", target="the one who must act")
    cand.trigger.rule += f"+demand:{cand.trigger.cls}"
    cand.trigger.cls = "request"
    mod = cand.modality.modality
    mod.hypothetical = mod.future = mod.negated = False
    cand.modality.cues.append("reported obligation coded as a demand")
    return True


def _allegation(cand: Candidate) -> bool:
    """'Hanoi said Chinese troops had violated its border': a deed of a class its entry lists as told as
    a charge (``alleged``), reported by a named speaker, is the speaker's accusation of the doer
    (PLOVER ACCUSE, CAMEO 112)."""
    speaker = cand.modality.speaker
    mod = cand.modality.modality
    if cand.trigger.cls not in cand.trigger.entry.alleged or not mod.reported or mod.negated:
        return False
    if speaker is None or speaker.pos_ not in ("PROPN", "NOUN"):
        return False
    cand.roles.target, cand.roles.source = cand.roles.source, [speaker]
    cand.roles.rules.update(source="says it was done", target="the one said to have done it")
    cand.trigger.rule += f"+alleged:{cand.trigger.cls}"
    cand.trigger.cls = "accuse"
    mod.hypothetical = mod.future = False
    cand.modality.cues.append("a reported violation coded as the speaker's accusation")
    return True


def _headline_refusal(cand: Candidate, ptype: str) -> bool:
    """'Iraq: no talks with Iran', 'Egypt: no return of ambassador': a verbless headline that names a
    party, a colon and a cooperative act with "no" is that party's refusal (PLOVER REJECT, CAMEO 12)."""
    head = cand.trigger.head
    if not cand.trigger.is_noun or "det:no" not in cand.modality.cues:
        return False
    if ptype not in COOPERATIVE and ptype != "RETREAT":
        return False
    if not (head.dep_ == "ROOT" or head.dep_ == "appos" and head.head.dep_ == "ROOT" and _named(head.head)):
        return False  # the noun heads the sentence: no verb says what became of the act
    colon = next((t for t in sentence_of(head) if t.text == ":" and t.i < head.i), None)
    party = next((t for t in sentence_of(head) if t.i < getattr(colon, "i", -1) and _named(t)), None)
    if party is None:
        return False
    cand.roles.source = [party]
    cand.roles.rules["source"] = "the party a headline's colon names"
    cand.trigger.rule += f"+refusal:{cand.trigger.cls}"
    cand.trigger.cls = "reject"
    cand.modality.modality.negated = False
    cand.modality.cues.append("a headline's 'X: no <act>' coded as X's refusal")
    return True


def _to_help(cand: Candidate) -> bool:
    """'ready to send troops to Lebanon to help end the fighting', 'will deploy police to Haiti to lead the
    mission': the forces' purpose is help; 'will send troops if Tripoli asks for them': so is a deployment
    on request."""
    spec, head = readings()["forces_offered"], cand.trigger.head
    if any(c.lemma_.lower() in spec["requests"] for c in _conditions(head)):
        return True
    if _home_goals(head):
        return False  # "troops will be deployed in the capital to restore order": the state's own, at home
    return any(_helping(c, spec["purposes"]) for c in children_of(head))


def _helping(clause: Token, purposes: frozenset[str]) -> bool:
    """Whether a clause hung on the verb is a "to" clause of help ("to help end the fighting", "to restore
    order"; ``forces_offered`` purposes)."""
    return clause.dep_ in ("advcl", "xcomp") and clause.lemma_.lower() in purposes and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in children_of(clause))


def _goals(head: Token) -> list[Token]:
    """The places forces are sent to or deployed in ("to the Amhara region", "in the capital")."""
    spec = readings()["forces_announced"]
    return [g for c in children_of(head) if c.dep_ in ("prep", "dative") and c.lower_ in spec["destinations"]
            for g in children_of(c) if g.dep_ == "pobj"]


def _home_goals(head: Token) -> bool:
    """Whether forces go only to places that are no country and no frontier ("in the capital", "to the
    Amhara region"): the state's own ground, where they help no other state (cameo61)."""
    spec, goals = readings()["forces_announced"], _goals(head)
    return bool(goals) and not any(country_word(g) or g.lemma_.lower() in spec["frontiers"]
                                   or any(country_word(c) for c in children_of(g) if c.dep_ == "poss")
                                   for g in goals)


def _announced_deployment(cand: Candidate) -> bool:
    """'Ethiopia will deploy more troops to the Amhara region next week': forces sent to a place that is no
    country, aimed at no one, are a deployment announced (``forces_announced``); not "will send troops into
    Syria", "to Syria", "to the border", "against the protesters" or "to crush the rebels" (horn-12)."""
    spec, head = readings()["forces_announced"], cand.trigger.head
    if any(c.dep_ == "prep" and c.lower_ in spec["aimed"] for c in children_of(head)):
        return False
    purposes = readings()["forces_offered"]["purposes"]
    if any(c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
           and not _helping(c, purposes) for c in children_of(head)):
        return False  # "to crush the rebels": aimed at someone; not "to restore order"
    return _home_goals(head)


POLICE = frozenset({"police", "policeman", "gendarme", "gendarmerie"})


def _police_abroad(cand: Candidate) -> bool:
    """'Kenya will send 1,000 police officers to Haiti': police sent to another country go to help, as no
    state threatens another with its police (lead48); not "will send police to the border"."""
    head = cand.trigger.head
    sent = [t for c in children_of(head) if c.dep_ == "dobj" for t in (c, *children_of(c))]
    police = cand.trigger.cls == "mobilize_police" or cand.trigger.cls == "mobilize" and any(
        t.lemma_.lower() in POLICE for t in sent)
    if not police:
        return False
    subjects = {t.lower_ for c in children_of(head) if c.dep_ == "nsubj" for t in c.subtree}
    return any(c.lower_ == "to" and c.dep_ in ("prep", "dative") and g.dep_ == "pobj" and country_word(g)
               and g.lower_ not in subjects for c in children_of(head) for g in children_of(c))


def _held_open_passive(cand: Candidate, cue: str | None) -> bool:
    """'said sending troops to Ukraine could not be ruled out', 'a deployment cannot be excluded': the
    subject of a passive denied ruling out is a possibility, held open by no one named, no stated intent
    (it stays hypothetical); not "did not rule out sending troops" (its subject's measure held open)."""
    return cue == "not-ruled-out" and cand.trigger.head.dep_ in ("nsubjpass", "csubjpass")


def _named(tok: Token) -> bool:
    """A name, as a headline writes it ("Syria", which the parser may tag as a common noun)."""
    return tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.is_title


def _not_permitted(cand: Candidate) -> bool:
    """'have not authorised any protests', 'refused to allow the rally': a crowd's act not permitted is a
    restriction on it (``not_permitted`` in data/readings.yaml; PLOVER COERCE restrict, as "banned"). A
    refusal that governs it stays the news ("refused to allow the rally": CAMEO 1242, decline to ease
    popular dissent)."""
    classes, mod = readings()["not_permitted"]["classes"], cand.modality.modality
    if cand.trigger.cls not in classes:
        return False
    _crowd_target(cand)
    if not mod.negated:
        return False
    cand.trigger.rule += f"+not-permitted:{cand.trigger.cls}"
    cand.trigger.cls = classes[cand.trigger.cls]
    mod.negated = mod.hypothetical = mod.future = False
    cand.modality.cues.append("a crowd's act not permitted coded as a restriction")
    return True


def _crowd_target(cand: Candidate) -> None:
    """'(not) authorised any protests': the permission is aimed at the protesters, as "banned all rallies"
    is; the crowd's act stands for them."""
    crowd = _permitted(cand.trigger.head)
    if crowd is not None and (not cand.roles.target or crowd.i in cand.roles.event_nouns):
        cand.roles.event_nouns.discard(crowd.i)
        cand.roles.target = [crowd]
        cand.roles.rules["target"] = "the crowd permitted or not"


def _permitted(verb: Token) -> Token | None:
    """What a verb of permission permits: its object ("authorised the rally"), or its complement's subject
    ("allowed the march to go ahead")."""
    for c in children_of(verb):
        if c.dep_ == "dobj":
            return c
        if c.dep_ in ("ccomp", "xcomp"):
            subject = next((s for s in children_of(c) if s.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
    return None


def convert(cands: list[Candidate], plover_of: dict[str, str]) -> None:
    """Recode stated intentions in place; the trigger keeps its words, the class changes."""
    for cand in cands:
        mod = cand.modality.modality
        if _told_under_warning(cand):
            continue
        if _headline_refusal(cand, plover_of[cand.trigger.cls]) or _not_permitted(cand):
            continue
        if _allegation(cand) or not (mod.hypothetical or mod.future or mod.negated) or _demand(cand):
            continue
        cue = _stated(cand)
        if cue is not None and (fear := _feared(cand.trigger.head)) is not None:
            mod.hypothetical = True  # "residents fear that militants will attack": feared, not threatened
            cand.modality.cues.append(f"feared:{fear.lemma_.lower()}")
            continue
        if not cand.roles.source and cue is not None:
            intender = _intender(cand)
            if intender is not None:
                cand.roles.source = [intender]
                cand.roles.rules["source"] = "states the intention"
        if not cand.roles.source and not mod.reported or _held_open_passive(cand, cue):
            continue
        ptype = plover_of[cand.trigger.cls]
        if cue is not None and ptype == "THREATEN" and not mod.negated:
            mod.hypothetical = mod.future = False  # "said it would take countermeasures if ...": the
            cand.modality.cues.append("a stated threat, conditions and all, is the threat")  # threat is said
            continue
        if cue is None or any(c.startswith(("mark:if", "mark:until")) for c in cand.modality.cues):
            continue
        if ptype in HELD_OVER and cue != "refuse" and not mod.negated and _on_condition(cand.trigger.head):
            cand.trigger.rule += f"+condition:{cand.trigger.cls}"  # "said it would pull out of the treaty
            cand.trigger.cls = "threaten"  # if the inspectors pressed": a refusal held over someone, a threat
            mod.hypothetical = mod.future = False
            cand.modality.cues.append("a stated refusal on a condition coded as a threat")
            continue
        if ptype in VERBAL and cue != "refuse" and not mod.negated:
            mod.hypothetical = mod.future = False
            cand.modality.cues.append("a stated verbal act is the act")
            continue
        if ptype == "AGREE" and cue != "refuse" and not mod.negated:
            mod.hypothetical = mod.future = False  # "Iran said it would accept the resolution": agreeing to
            cand.modality.cues.append("a stated acceptance is the agreement")  # act is the agreement
            continue
        if cue.startswith("intent:decide") and ptype in ENACTED and not mod.negated:
            mod.hypothetical = mod.future = False  # "the authorities decided to close the roads"
            cand.modality.cues.append("a decision by those who enforce it: the measure itself")
            continue
        if cue == "refuse" or (mod.negated and (ptype in COOPERATIVE or ptype == "RETREAT")):
            new = threat_class(cand.trigger.cls, ptype, "", "refused_acts") or "reject"  # "refused to meet"
        elif mod.negated:
            continue
        elif ptype == "MOBILIZE" and (cue.startswith(OFFERED) or _to_help(cand) or _police_abroad(cand)):
            new = "agree"  # "France offered to send troops", "will send troops to help": forces offered
        elif ptype == "MOBILIZE" and _enabled(cand.trigger.head):
            continue  # "will send police to Haiti if it receives funding": a plan, not a threat
        elif ptype == "MOBILIZE" and not cue.startswith("no-") and _announced_deployment(cand):
            mod.hypothetical, mod.future = False, True  # "will deploy troops to the Amhara region": announced
            cand.modality.cues.append(f"a deployment announced ({cue}) stays a deployment")
            continue
        elif ptype in COERCIVE:  # "will strike unless fares rise": a threat of a strike
            new = threat_class(cand.trigger.cls, ptype, cand.trigger.head.lemma_.lower()) or COERCIVE[ptype]
        elif ptype in COOPERATIVE and ptype != "AGREE" or ptype == "RETREAT" and (
                cue.startswith(OFFER_CUES) or cue == "aux:would (reported)" or _planned(cand, cue)):
            new = "agree"
        else:
            continue
        cand.trigger.rule += f"+intent:{cand.trigger.cls}"
        cand.trigger.cls = new
        mod.hypothetical = mod.future = mod.negated = False
        cand.modality.cues.append(f"stated intention ({cue}) coded as {new}")
