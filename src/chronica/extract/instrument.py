"""Weapons: "fired mortars", "a drone attacked", "an IED killed" make a general attack specific."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import chain

from spacy.tokens import Span, Token

from chronica import yamlio
from chronica.extract.modality import SPEECH
from chronica.extract.readings import counted_after, readings
from chronica.extract.triggers import Trigger, state_told
from chronica.nlp import children_of, lemmas_of, lowers_of


@dataclass(frozen=True)
class Weapons:
    phrases: dict[tuple[str, ...], str]
    direct: frozenset[tuple[str, ...]]
    blocked: frozenset[str]
    rank: dict[str, int]
    general: frozenset[str]
    payloads: dict[str, frozenset[str]]  # payload class -> the delivery classes it overrides
    longest: int
    firsts: frozenset[str]  # the first words of the weapons' names and of the direct-fire phrases
    answered_preps: frozenset[str] = frozenset()  # "in protest at air strikes": an act answered
    backing: frozenset[str] = frozenset()  # "troops backed by helicopter gunships": the doers' support
    sparks: frozenset[tuple[str, ...]] = frozenset()  # "sparked", "set off": verbs that start a fight
    fights: frozenset[tuple[str, ...]] = frozenset()  # "clashes", "a gun battle": the fights they start
    sparked: frozenset[str] = frozenset()  # the classes a sparked fight makes a clash
    fight_clauses: frozenset[str] = frozenset()  # "in which", "during which" after a fight: its weapons
    remnants: dict = None  # type: ignore[assignment]  # "a shell left over from the war": no shelling
    details: dict = None  # type: ignore[assignment]  # "used mortars during the clash": the fight's own acts
    trades: frozenset[str] = frozenset()  # "a bomb-making factory", "the bomb squad": no weapon used (sd37)
    sequence_marks: frozenset[str] = frozenset()  # "struck ... after militants beheaded": the deed before
    state_aircraft: frozenset[str] = frozenset()  # "Russian bombers", "an Israeli bomb": from aircraft
    services: frozenset[tuple[str, ...]] = frozenset()  # "the air force": a means only as the doer
    service_deeds: frozenset[str] = frozenset()  # "an air force raid": a deed the service is the doer of


@cache
def weapons() -> Weapons:
    path = resources.files("chronica.extract") / "data" / "weapons.yaml"
    spec = yamlio.safe_load(path.read_text(encoding="utf-8"))
    phrases = {
        tuple(words.split()): cls for cls, entries in spec["weapons"].items() for words in entries
    }
    direct = frozenset(tuple(w.split()) for w in spec["direct_fire"])
    sparked = spec.get("sparked_fights") or {}
    return Weapons(phrases, direct, frozenset(spec["blocked_by_direct_fire"]),
                   {c: i for i, c in enumerate(spec["order"])}, frozenset(spec["general"]),
                   {cls: frozenset(over) for cls, over in (spec.get("payloads") or {}).items()},
                   max(len(p) for p in phrases),
                   frozenset(k[0] for k in [*phrases, *direct] if k)
                   | frozenset(spec.get("state_aircraft") or ()),
                   frozenset(spec.get("answered_preps") or ()), frozenset(spec.get("backing") or ()),
                   frozenset(tuple(w.split()) for w in sparked.get("verbs") or ()),
                   frozenset(tuple(w.split()) for w in sparked.get("fights") or ()),
                   frozenset(sparked.get("classes") or ()), frozenset(spec.get("fight_clauses") or ()),
                   {k: frozenset(v) for k, v in (spec.get("remnants") or {}).items()},
                   {k: frozenset(v) for k, v in (spec.get("fight_details") or {}).items()},
                   frozenset(spec.get("trades") or ()), frozenset(spec.get("sequence_marks") or ()),
                   frozenset(spec.get("state_aircraft") or ()),
                   frozenset(tuple(w.split()) for w in spec.get("services") or ()),
                   frozenset(spec.get("service_deeds") or ()))


def find_weapons(sent: Span, table: Weapons) -> list[tuple[Token, str]]:
    """(head token, class) for each weapon named in a sentence; class "direct" for direct fire."""
    lemmas = lemmas_of(sent.doc)[sent.start:sent.end]
    lowers = lowers_of(sent.doc)[sent.start:sent.end]
    firsts = table.firsts
    found = []
    i = 0
    while i < len(lemmas):
        if lemmas[i] not in firsts and lowers[i] not in firsts:  # no weapon's name starts here
            i += 1
            continue
        for n in range(min(table.longest, len(lemmas) - i), 0, -1):
            key, low = tuple(lemmas[i : i + n]), tuple(lowers[i : i + n])
            cls = table.phrases.get(key) or table.phrases.get(low)
            if cls is None and (key in table.direct or low in table.direct):
                cls = "direct"
            if n == 1 and key[0] in table.state_aircraft and state_told(sent[i]):
                cls = "air_strike"  # "Russian bombers struck", "an Israeli bomb hit": from the air
            if cls is not None:
                found.append((sent[i + n - 1], cls))
                i += n - 1
                break
        i += 1
    return found


TARGET_PREPS = {"at", "on", "upon", "against", "towards", "toward"}


# "destroyed an Armenian howitzer": the gun destroyed is what was hit, not the means (arms40)
HARM_VERBS = {"shoot", "kill", "wound", "injure", "destroy", "damage", "disable", "knock"}
SHOOTING = {"shoot"}  # classes of gunfire: "opened fire", "shot at"


def _aimed_at(weapon: Token, trigger: Token) -> bool:
    """'fired at a drone', 'shot down a drone', 'killed two suicide bombers': the weapon (or the one
    who bears it) is what was hit, not the means."""
    return (weapon.dep_ == "pobj" and weapon.head.lower_ in TARGET_PREPS and weapon.head.head == trigger
            or weapon.dep_ in ("dobj", "nsubjpass") and weapon.head == trigger
            and trigger.lemma_ in HARM_VERBS
            or trigger.lemma_ in HARM_VERBS and counted_after(weapon, trigger))


def _backing(weapon: Token, table: Weapons) -> bool:
    """'Troops backed by helicopter gunships attacked the base': a weapon in a participle describing the
    doers is their support, not the means of their deed; so is one named by "by" after such a verb anywhere
    in the sentence ("the army were backed by helicopter gunships", "engaged the enemy, supported by
    artillery fire") or after a noun of support ("stormed the trenches with the support of glide bombs";
    expl36)."""
    return any(a.lower_ in table.backing and (a.dep_ == "acl" and a.head.dep_ in ("nsubj", "nsubjpass")
                                              or _by_agent(weapon, a))
               or a.pos_ == "NOUN" and a.lemma_.lower() in table.details["backing_nouns"]
               for a in weapon.ancestors)


def _by_agent(weapon: Token, verb: Token) -> bool:
    """Whether a weapon is named in the "by" phrase of a verb ("backed by gunships")."""
    return any(c.dep_ == "agent" and weapon in c.subtree for c in verb.children)


def _in_trade(weapon: Token, table: Weapons) -> bool:
    """'dismantled a bomb-making factory', 'the bomb disposal unit', 'raided an explosives workshop': a weapon
    named as the modifier of a noun of its making, storing or handling (``trades`` in data/weapons.yaml) is
    no means of the sentence's acts (sd37)."""
    tok = weapon
    while tok.dep_ in ("compound", "amod", "npadvmod", "nmod") and tok.head.i != tok.i:
        tok = tok.head
        if tok.lemma_.lower() in table.trades or tok.lower_ in table.trades:
            return True
    return False


def _service_not_doer(weapon: Token, acts: set[int], table: Weapons) -> bool:
    """'A car bomb outside the air force headquarters', 'gunmen killed an air force officer': an armed service
    (``services`` in data/weapons.yaml) is a means only as the doer (a subject, the object of "by", or the
    modifier of a deed or of a subject: "the air force bombed", "air force jets struck", "an air force raid");
    one naming a place or people hit is none (greatlakes-3)."""
    lowers = lowers_of(weapon.doc)
    if not any(tuple(lowers[weapon.i - len(s) + 1:weapon.i + 1]) == s for s in table.services):
        return False
    top = weapon
    while top.dep_ in ("compound", "amod", "poss", "nmod", "conj", "appos") and top.head.i != top.i:
        top = top.head
    speaker = top.i != weapon.i and top.head.lemma_.lower() in SPEECH  # "the air force spokesman said"
    doer = (top.dep_ == "nsubj" and not speaker or top.i in acts or top.lemma_.lower() in table.service_deeds
            or top.dep_ == "pobj" and top.head.lower_ == "by")
    return not doer


def _in_fight(weapon: Token, table: Weapons) -> bool:
    """'A clash involving artillery', 'fighting in which both sides used mortars', 'killed in an encounter,
    during which the militants lobbed grenades': a weapon told inside the words of a fight (below a noun
    naming one, or in a clause opened by "in which" or "during which" after a fight is named) is that fight's,
    no means of another act: a fight in which heavy weapons are also used is a clash (expl35)."""
    if any(a.pos_ in ("NOUN", "PROPN") and _names_fight(a, table) for a in weapon.ancestors):
        return True
    verb = next((a for a in weapon.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    opener = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in table.fight_clauses
                   and any(o.lower_ in ("which", "whom") for o in c.children)), None)
    if opener is None:
        return False
    sent = weapon.sent
    return any(t.pos_ in ("NOUN", "VERB") and _names_fight(t, table) for t in sent if t.i < opener.i)


def _linked(weapon: Token, trigger: Token) -> bool:
    return (weapon in trigger.subtree or trigger in weapon.subtree
            or weapon.head == trigger.head)


def _in_disarmed_object(weapon: Token, disarmed: set[int]) -> bool:
    """'destroyed a roadside bomb', 'recovered a large cache of explosives': a weapon that is, or is named
    inside, the object of a verb that disposes of weapons is what was found, no means of another act (sd27:
    also within the object's phrase)."""
    for tok in chain((weapon,), weapon.ancestors):
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.i in disarmed:
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _harmed_while_disarming(general: list[Trigger], found: list[tuple[Token, str]],
                            disarmed: set[int]) -> None:
    """'An officer was killed while trying to defuse a landmine': harm told with no doer, whose clause of
    time or purpose disposes of a weapon, was done by that weapon going off (sd27)."""
    for trig in general:
        verb = trig.head
        if trig.is_noun or any(c.dep_ in ("nsubj", "agent") for c in verb.children):
            continue
        for weapon, cls in found:
            hold = weapon.head
            if weapon.dep_ in ("dobj", "nsubjpass") and hold.i in disarmed and _in_clause_of(hold, verb):
                trig.rule += f"+disarming:{weapon.lemma_.lower()}"
                trig.cls = cls
                break


def _in_clause_of(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` stands in an adverbial clause of ``verb`` ("killed while trying to defuse")."""
    while tok.head.i != tok.i and tok.i != verb.i:
        if tok.dep_ == "advcl" and any(a.i == verb.i for a in tok.ancestors):
            return True
        tok = tok.head
    return False


def _sequence_clause(tok: Token, marks: frozenset[str]) -> Token | None:
    """The clause of "after" or "before" with a doer of its own that ``tok`` stands in ("a day after the
    militants beheaded 21 Christians"), else None; a subject "it" may be the weapon itself."""
    for verb in (tok, *tok.ancestors):
        if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "it" for c in verb.children):
            return verb
    return None


def _told_apart(weapon: Token, trigger: Token, marks: frozenset[str]) -> bool:
    """'Egyptian warplanes struck IS targets a day after the militants beheaded 21 Christians': a deed told
    in a clause of time with a doer of its own is no use of a weapon named outside that clause
    (violence47)."""
    clause = _sequence_clause(trigger, marks)
    return clause is not None and not any(a.i == clause.i for a in (weapon, *weapon.ancestors))


def _object_of_another(weapon: Token, trigger: Trigger, acts: set[int]) -> bool:
    """'opened fire on the bus and set off explosives': a weapon that is the object of a later act's verb is
    that act's means, not the shooting's told first (coder24); an attack told with a blast keeps it ("attacked
    the post and detonated a car bomb"), as does a shooting after the blast ("detonated a bomb, then opened
    fire")."""
    return (trigger.cls in SHOOTING and weapon.dep_ == "dobj" and weapon.head.i in acts
            and weapon.head.i > trigger.head.i)


def sparked_fights(triggers: list[Trigger], table: Weapons | None = None) -> None:
    """'A roadside bomb hit the convoy, sparking a gun battle', 'the blast set off a firefight': a blast, a
    grenade or shelling that sparked a fight in its sentence is that fight, a clash (ACLED codes an explosive
    followed by an exchange of fire as an armed clash; expl34)."""
    table = table or weapons()
    heads = {t.head.i: t for t in triggers}
    for trig in triggers:
        fight = _sparks_fight(trig, heads, table) if trig.cls in table.sparked else None
        if fight is not None:
            trig.rule += f"+sparked:{fight.lemma_.lower()}"
            trig.cls = "clash"


def _fight_of(verb: Token, table: Weapons) -> Token | None:
    """'sparking a gun battle', 'set off clashes', 'led to an exchange of fire': the fight a verb starts."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    lemma = verb.lemma_.lower()
    for spark in table.sparks:
        if spark[0] != lemma:
            continue
        held = [c for c in verb.children if len(spark) > 1 and c.lower_ == spark[1]]
        if len(spark) > 1 and not any(c.dep_ == "prt" for c in held):
            # "lead to", "followed by": the preposition's object
            said = [o for c in held if c.dep_ in ("prep", "agent") for o in c.children if o.dep_ == "pobj"]
        else:  # "sparked clashes", "set off a firefight": the verb's
            said = objects if len(spark) == 1 or held else []
        said = said + [o for n in said if n.lemma_.lower() in table.details["measures"]
                       for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"]  # "sparking hours of fighting" (expl36)
        fight = next((o for o in said if _names_fight(o, table)), None)
        if fight is not None:
            return fight
    return None


def is_fight(cls: str, head: Token, table: Weapons | None = None) -> bool:
    """Whether a trigger (its class and head) names a fight whose details can fold into it (expl36)."""
    table = table or weapons()
    return cls in table.details["classes"] or head.lemma_.lower() in table.details["verbs"]


def told_in_fight(head: Token, table: Weapons | None = None) -> bool:
    """'used heavy weapons during the clash', 'a drone fired a missile during the clashes', 'during the clash'
    itself: an act told in, or as, a fight named again (a definite fight noun after "during", "in", "amid",
    "throughout") is a detail of the fight told before (expl36)."""
    table = table or weapons()
    if _fight_told_again(head, table):
        return True
    verb = head if head.pos_ in ("VERB", "AUX") else next(
        (a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(
        c.dep_ == "prep" and c.lower_ in table.fight_clauses and _fight_told_again(o, table)
        for c in verb.children for o in c.children if o.dep_ == "pobj")


def _fight_told_again(noun: Token, table: Weapons) -> bool:
    """'during the clash', 'amid the fighting': a definite fight noun after one of the fight clauses."""
    return (noun.dep_ == "pobj" and noun.head.lower_ in table.fight_clauses and _names_fight(noun, table)
            and any(d.dep_ == "det" and d.lower_ in table.details["dets"] for d in noun.children))


def _names_fight(noun: Token, table: Weapons) -> bool:
    """'a gun battle' (ending at the noun), 'an exchange of fire' (starting at it), 'clashes'."""
    lemmas, i = lemmas_of(noun.doc), noun.i
    return any(tuple(lemmas[max(i - len(f) + 1, 0):i + 1]) == f or tuple(lemmas[i:i + len(f)]) == f
               for f in table.fights)


def _sparks_fight(trigger: Trigger, heads: dict[int, Trigger], table: Weapons) -> Token | None:
    """'A roadside bomb hit the convoy, sparking a gun battle', 'the blast set off a firefight': the fight
    that a verb standing under the trigger (with no other trigger between), or whose subject the trigger is,
    starts (expl34)."""
    head = trigger.head
    verbs = [head.head] if head.dep_ == "nsubj" and head.head.i not in heads else []
    for tok in head.subtree:
        if tok.i == head.i or tok.pos_ not in ("VERB", "AUX"):
            continue
        between = next((a for a in tok.ancestors if a.i in heads), None)
        if between is not None and between.i == head.i:
            verbs.append(tok)
    for verb in verbs:
        fight = _fight_of(verb, table)
        # "a bomb went off at the rally, sparking clashes between rival supporters": a fight read as a crowd's
        # (a riot) is no exchange of fire
        if fight is not None and (fight.i not in heads or heads[fight.i].cls == "clash"):
            return fight
    return None


def _counted_weapon(general: list[Trigger], found: list[tuple[Token, str]]) -> None:
    """'Ukraine shot down 30 of 35 drones, but one struck an energy facility': a violent verb whose subject is
    a number or quantifier standing alone (``counted_subjects`` in readings.yaml) takes the class of the last
    weapon told before it, of which it is some (clause48)."""
    counted = readings()["counted_subjects"]["words"]
    for trig in general:
        subject = next((c for c in children_of(trig.head) if c.dep_ == "nsubj" and c.lower_ in counted
                        and not any(g.dep_ == "prep" for g in children_of(c))), None)
        before = [(w, cls) for w, cls in found if subject is not None and w.i < subject.i and cls != "direct"]
        if before:
            word, cls = before[-1]
            trig.rule += f"+weapon:{word.lemma_.lower()}"
            trig.cls = cls


def specialise(triggers: list[Trigger], sent: Span, table: Weapons | None = None) -> None:
    """Give general violent triggers the class of the weapon their sentence links them to."""
    table = table or weapons()
    general = [t for t in triggers if t.cls in table.general]
    if not general:
        return
    found = find_weapons(sent, table)
    _counted_weapon(general, found)  # "shot down 30 of 35 drones, but one struck a facility": a drone's
    general = [t for t in general if t.cls in table.general]
    direct = any(cls == "direct" for _, cls in found)
    fired = [w for w, cls in found if cls == "direct"]
    found = [(w, cls) for w, cls in found
             if cls != "direct" and not (direct and cls in table.blocked)]
    if not found:
        return
    disarmed = {t.head.i for t in triggers if t.cls == "disrupt_weapons"}
    _harmed_while_disarming(general, found, disarmed)
    general = [t for t in general if "+disarming:" not in t.rule]
    # "spotted a roadside bomb and destroyed it": a weapon found or defused is no means of the others
    acts = {t.head.i for t in triggers}
    found = [(w, cls) for w, cls in found if not any(_aimed_at(w, t.head) for t in general)
             and not _in_disarmed_object(w, disarmed)
             and not (w.i in acts and w.dep_ == "pobj" and w.head.lower_ in table.answered_preps)
             and not _backing(w, table) and not _in_fight(w, table) and not _in_trade(w, table)
             and not _service_not_doer(w, acts, table)]
    if not found:
        return
    for trig in general:
        if trig.cls == "assault" and any(_linked(w, trig.head) for w in fired):
            continue  # "an assault on the post, where four died in the shooting and two by IEDs": both arms
        own = [(w, cls) for w, cls in found if not _object_of_another(w, trig, acts)
               and not _told_apart(w, trig.head, table.sequence_marks)]
        linked = [(w, cls) for w, cls in own if _linked(w, trig.head)]
        if not linked and len({cls for _, cls in own}) == 1 and not direct:
            # a sentence's one weapon is the means of its acts, unless it also tells direct fire
            # ("attacked the base; five soldiers were killed by gunfire and two by roadside bombs": both arms)
            linked = own
        if not linked:
            continue
        word, cls = min(linked, key=lambda wc: table.rank[wc[1]])
        if cls != trig.cls:
            trig.rule += f"+weapon:{word.lemma_.lower()}"
            trig.cls = cls


def carry_payloads(triggers: list[Trigger], sent: Span, table: Weapons | None = None) -> None:
    """'Helicopters dropped chlorine bombs': a delivery (air strike, shelling, bomb) whose sentence links
    it to a payload such as a chemical agent takes the payload's class."""
    table = table or weapons()
    delivered = {over for overs in table.payloads.values() for over in overs}
    if not any(t.cls in delivered for t in triggers):
        return
    found = [(w, cls) for w, cls in find_weapons(sent, table) if cls in table.payloads]
    for trig in triggers:
        for word, cls in found:
            if trig.cls in table.payloads[cls] and _linked(word, trig.head):
                trig.rule += f"+payload:{word.lemma_.lower()}"
                trig.cls = cls
                break


def left_over(triggers: list[Trigger], sent: Span, table: Weapons | None = None) -> None:
    """'Killed when a mortar shell left over from past fighting exploded', 'an old artillery shell went off in
    a field': a munition told as a remnant of earlier fighting that went off where it lay is a remote
    explosive, no shelling (as an unexploded one; expl35)."""
    table = table or weapons()
    spec = table.remnants or {}
    if not any(t.cls in spec.get("classes", ()) for t in triggers):
        return
    # the munition that went off or did the harm ("an old shell exploded", "killed by an old shell"), not one
    # fired ("shelled the town with old rockets")
    left = [w for w, cls in find_weapons(sent, table) if cls in spec["classes"] and _a_remnant(w, spec)
            and (w.dep_ in ("nsubj", "nsubjpass") or w.dep_ == "pobj" and w.head.dep_ == "agent")]
    for trig in triggers:
        word = next((w for w in left if _linked(w, trig.head)), None)
        if word is not None and trig.cls in spec["classes"]:
            trig.rule += f"+remnant:{word.lemma_.lower()}"
            trig.cls = "bombing"


def _a_remnant(weapon: Token, spec: dict) -> bool:
    """'an old shell', 'a shell left over from the war', 'a mortar round from the 2006 war': the words a
    munition's phrase tells it is a remnant with."""
    for c in weapon.children:
        lemma = c.lemma_.lower()
        if c.dep_ in ("amod", "compound") and (lemma in spec["modifiers"] or c.lower_ in spec["modifiers"]):
            return True
        if (c.dep_ in ("acl", "relcl") and lemma in spec["verbs"]
                and any(g.lower_ in spec["particles"] for g in c.children)):
            return True
        if (c.dep_ == "prep" and c.lower_ == "from"
                and any(g.lemma_.lower() in spec["wars"] for g in c.children)):
            return True
    return False
