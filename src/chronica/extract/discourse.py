"""Across sentences: a toll or outcome reported after the attack belongs to the attack.

"Gunmen attacked a bus near Gao. Four passengers were killed." is one event with four deaths,
not two events.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from chronica.extract import KILL_CLASSES, Candidate, Count, killing_by_doers
from chronica.extract.instrument import is_fight, told_in_fight
from chronica.extract.quantities import (
    back_across_classes,
    back_across_nouns,
    counts_doers,
    people_named,
    revised_down,
    span_tally,
    told_as_more,
    told_back,
    toll_told,
    tolled_event,
    vague_count,
)
from chronica.extract.readings import readings, running_toll
from chronica.extract.roles import FINDING
from chronica.nlp import (
    children_of,
    lemmas_of,
    place_opener,
    sentence_bounds,
    sentence_of,
    text_of,
    tokens_of,
)

OUTCOME_LEMMAS = {"kill", "wound", "injure", "hurt", "die"}
CARRIED = ("killed", "injured", "arrested")
WINDOW = 2  # sentences
ATTACK_NOUNS = frozenset({"attack", "assault", "raid", "offensive", "incursion", "ambush", "advance"})
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _is_outcome(cand: Candidate) -> bool:
    """A passive or subjectless killing/wounding: an outcome, not an attack of its own."""
    head = cand.trigger.head
    return (cand.trigger.kind == "verb" and head.lemma_ in OUTCOME_LEMMAS
            and not any(_a_doer(t) for t in cand.roles.source) and not cand.modality.modality.negated)


def _a_doer(source: Token) -> bool:
    """Whether a killing's source word names a doer: not a means of death as by-agent ("killed by a
    gunshot"; ``outcome_means`` in data/readings.yaml) nor the subject of a passive report ("12 fighters were
    reported killed"), who are the dead (tolls37)."""
    if source.dep_ == "nsubjpass" and source.head.lemma_ in readings()["outcome_means"]["reports"]:
        return False  # the subject of "were reported killed", not of "were killed" itself
    return not (source.dep_ == "pobj" and source.head.dep_ == "agent"
                and source.lemma_.lower() in readings()["outcome_means"]["nouns"]
                and not any(c.dep_ in ("compound", "poss") for c in children_of(source)))  # "police gunfire"


def _host(cands: list[Candidate], sentence: int, plover_of: dict[str, str]) -> Candidate | None:
    """The latest attack reported within the window before ``sentence`` (the attack itself, not the answer
    to it told after it in its sentence: "attacked a police station, and police repulsed the attack")."""
    def attack(cand: Candidate) -> bool:
        return (plover_of[cand.trigger.cls] == "ASSAULT" and cand.sentence < sentence
                and not cand.modality.modality.negated and not _is_outcome(cand))

    for at, cand in enumerate(reversed(cands)):
        if sentence - cand.sentence > WINDOW:
            return None
        if attack(cand):
            if _answers_attack(cand):
                earlier = next((c for c in reversed(cands[:len(cands) - 1 - at])
                                if c.sentence == cand.sentence and attack(c)), None)
                return earlier or cand
            return cand
    return None


def _answers_attack(cand: Candidate) -> bool:
    """'police repulsed the attack', 'guards fought off the assault': an answer whose object is an attack."""
    spec = readings()["outcome_clauses"]
    verb = cand.trigger.head
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in children_of(verb) if c.dep_ == "prt"}
    if lemma not in spec["answers"] and not particles & set(spec["answer_particles"].get(lemma, ())):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ATTACK_NOUNS for c in children_of(verb))


def _toll_update(cand: Candidate) -> bool:
    """'The death toll from Friday's bombing rose to 31': an event noun named only as what a toll counts."""
    return cand.trigger.is_noun and "killed" in cand.counts and tolled_event(cand.trigger.head)


def _update(host: Candidate, cand: Candidate) -> None:
    """Give the attack told before the later figures of a toll update about it (rule "update:..."): the
    larger, or a revised toll even when smaller ("revised the death toll down to 20")."""
    for kind, count in cand.counts.items():
        if kind not in host.counts or count.value > host.counts[kind].value or revised_down(count):
            host.counts[kind] = replace(count, rule=f"update:{count.rule}")


def _toll_news(cand: Candidate) -> bool:
    """'Officials said the death toll had risen to 15, and 40 were wounded', 'the toll rose to 25 after more
    bodies were recovered': an event told inside a sentence that updates a toll (its killed count a toll
    whose verb the event's trigger hangs under) is the update, not an act of its own (counts355)."""
    count = cand.counts.get("killed")
    if count is None or not toll_told(count) or span_tally(count):
        return False
    verb = next((a for a in count.token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    head = cand.trigger.head
    if verb is None or head.i == verb.i:
        return False
    if verb.dep_ == "advcl" and verb.head.i == head.i:  # "Two more bodies were recovered, bringing the toll
        return _is_outcome(cand) or head.lemma_ in FINDING  # to six": the finding or deaths it counts
    return head in verb.subtree


def _years_named(token: Token) -> set[str]:
    """The years a sentence dates something in ("In September 2021", "in 2022"); not a year a span runs
    from ("the worst attack since 2019")."""
    sent = sentence_of(token)
    return {y for ent in sent.ents if ent.label_ == "DATE"
            and not (ent.start > 0 and token.doc[ent.start - 1].lower_ in ("since", "from"))
            for y in YEAR.findall(ent.text)}


def _dated_apart(host: Candidate, token: Token) -> bool:
    """Whether an outcome (its verb or count ``token``) is told with a time of its own, so it is a toll in
    the background, not the toll of the act told before it: a year the act's sentence does not name ("...
    ordered the military to take over the jails. In September 2021, 119 inmates were killed"), or a span
    ("4,000 Palestinians had been killed since the war began") (story48)."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    return bool(_years_named(token) - _years_named(host.trigger.head)) or running_toll(verb)


def _placed_apart(host: Candidate, token: Token) -> bool:
    """Whether an outcome (its trigger or count ``token``) opens a later paragraph with a place of its own
    ("... in Mandalay. / In Bago, two protesters were killed"): a round-up's next event, not the toll of the
    attack before it."""
    sent = sentence_of(token)
    return place_opener(sent) and "\n\n" in text_of(token.doc)[host.trigger.head.idx:sent.start_char]


def _earlier_act(cands: list[Candidate], cand: Candidate, plover_of: dict[str, str]) -> Candidate | None:
    """The attack a verb tells just before ``cand`` in its own sentence, else, for an exchange of fire told
    back ("Four officers and six assailants died in the gunfight"), the latest within the window; a one-sided
    act named in a later sentence ("All 14 rebels died in the raid") tells parties of its own, so it stays."""
    here = [c for c in cands if c.sentence == cand.sentence and c.trigger.head.i < cand.trigger.head.i
            and not c.trigger.is_noun
            and plover_of[c.trigger.cls] == "ASSAULT" and not c.modality.modality.negated
            and not _is_outcome(c)]
    if here:
        return here[-1]
    noun = cand.trigger.head.lemma_.lower()
    across = cand.trigger.cls in back_across_classes() or noun in back_across_nouns()
    return _host(cands, cand.sentence, plover_of) if across else None


def _fight_told_back(cand: Candidate, plover_of: dict[str, str]) -> bool:
    """'... and 25 soldiers were killed in the fighting': the fight named again as where its dead fell."""
    return (cand.trigger.is_noun and plover_of[cand.trigger.cls] == "ASSAULT" and bool(cand.counts)
            and told_back(cand.trigger.head))


# "Soldiers carried out a controlled explosion of a roadside bomb. No one was hurt in the blast": the blast
# named again is the disarming told before it, not a bombing of its own
DISARMED_BLASTS = {"bombing"}


def _disarming_told_back(cands: list[Candidate], cand: Candidate) -> Candidate | None:
    """The disarming (a controlled explosion, a bomb made safe) within the window before a definite blast
    named as where people were or were not hurt, if any."""
    if not (cand.trigger.is_noun and cand.trigger.cls in DISARMED_BLASTS and told_back(cand.trigger.head)):
        return None
    return next((c for c in reversed(cands) if c.trigger.cls == "disrupt_weapons"
                 and 0 < cand.sentence - c.sentence <= WINDOW), None)


def _toll_holder(cands: list[Candidate], sentence: int) -> Candidate | None:
    """The latest event within the window before ``sentence`` that holds a toll of the killed."""
    for cand in reversed(cands):
        if sentence - cand.sentence > WINDOW:
            return None
        if cand.sentence < sentence and "killed" in cand.counts and not cand.modality.modality.negated:
            return cand
    return None


def _add_more_dead(cands: list[Candidate], count: Count, sentence: int) -> bool:
    """'... killing two soldiers. Seven militants were also killed.': dead told as more than a toll given
    before are added to the event that holds it (True when added)."""
    if count.kind != "killed" or not told_as_more(count):
        return False
    holder = _toll_holder(cands, sentence)
    if holder is None or _placed_apart(holder, count.token):
        return False
    if count.rule.startswith("ordinal-alone:"):  # "A third Palestinian died of his wounds" after two dead
        if holder.counts["killed"].value != int(count.rule.split(":")[1]) - 1:  # (not after five)
            return False
    elif killing_by_doers(holder):
        return False
    if holder.counts["killed"].start > count.start:  # "... Total fatalities: 13": a later total holds them
        return True
    _add(holder, count)
    return True


def _add(holder: Candidate, count: Count) -> None:
    """Add more dead to the toll an event holds (rule "...+more")."""
    held = holder.counts["killed"]
    holder.counts["killed"] = replace(held, value=held.value + count.value, text=f"{held.text}; {count.text}",
                                      rule=f"{held.rule}+more")


# "their bodies were found", "his body was found two days later": the remains of the people a pronoun tells
POSSESSIVE_PEOPLE = {"his": 1, "her": 1, "their": None}


def _remains_of(cand: Candidate) -> Token | None:
    """The pronoun owning the remains a finding tells ("their bodies were found", "police recovered his
    body"), if that is all it tells."""
    head = cand.trigger.head
    if cand.trigger.is_noun or head.lemma_ not in FINDING or cand.modality.modality.negated:
        return None
    remains = readings()["captives_killed"]["remains"]
    subjects = [c for c in children_of(head)
                if c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in remains]
    owners = [c for s in subjects for c in children_of(s)
              if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PEOPLE]
    return owners[0] if len(owners) == 1 else None


def _captives_found_dead(cands: list[Candidate], cand: Candidate) -> bool:
    """'Gunmen abducted four farmers in Guma; their bodies were found the next day': the captives of the
    abduction just before (in the sentence or the one before) died, so the abduction holds their toll
    (their figure, or one for "his body"); True when given (tolls37)."""
    owner = _remains_of(cand)
    if owner is None:
        return False
    spec = readings()["captives_killed"]
    host = next((c for c in reversed(cands) if 0 <= cand.sentence - c.sentence <= 1 and not c.trigger.is_noun
                 and (c.trigger.cls in spec["classes"] or c.trigger.head.lemma_ in spec["seizing_verbs"])
                 and not c.modality.modality.negated), None)
    captives = [c for c in children_of(host.trigger.head) if c.dep_ == "dobj"] if host is not None else []
    if host is None or len(captives) != 1 or "killed" in host.counts:
        return False
    told = POSSESSIVE_PEOPLE[owner.lower_]
    number = people_named(captives[0])
    if number is None or told is not None and number != told:
        return False
    noun = captives[0]
    span = noun.doc[noun.left_edge.i: noun.i + 1]
    host.counts["killed"] = Count("killed", number, span.text, span.start_char, span.end_char, noun,
                                  "captives found dead")
    return True


def _killed_found(cands: list[Candidate], cand: Candidate) -> bool:
    """'Gunmen shot dead a trader, and police recovered his body hours later': the remains of the one a
    killing just told (in the sentence or the one before) killed, found, tell no killing of their own
    (finders50)."""
    if _remains_of(cand) is None:
        return False
    return any(0 <= cand.sentence - c.sentence <= 1 and not c.trigger.is_noun
               and c.trigger.cls in KILL_CLASSES and not c.modality.modality.negated
               and _remains_of(c) is None for c in cands)


def _claimed_toll(cands: list[Candidate], cand: Candidate, plover_of: dict[str, str]) -> bool:
    """'Militants attacked a base near Balad. ... The army claimed to have killed 6 militants': a killing
    claimed after an attack told in an earlier sentence (within the window) that holds no toll gives the
    attack its toll (``claimed_tolls`` in data/readings.yaml); True when given (tolls37)."""
    head = cand.trigger.head
    killed = cand.counts.get("killed")
    if (killed is None or cand.trigger.is_noun or cand.trigger.cls not in KILL_CLASSES
            or head.dep_ != "xcomp" or head.head.lemma_ not in readings()["claimed_tolls"]["verbs"]
            or cand.modality.modality.negated):
        return False
    host = _host(cands, cand.sentence, plover_of)
    if host is None or "killed" in host.counts or _placed_apart(host, head):
        return False
    for kind, count in cand.counts.items():
        host.counts.setdefault(kind, replace(count, rule=f"claimed:{count.rule}"))
    return True


def merge(cands: list[Candidate], plover_of: dict[str, str]) -> list[Candidate]:
    """Fold later outcome events into the attack they follow; keep everything else."""
    kept: list[Candidate] = []
    for cand in cands:
        if (_captives_found_dead(kept, cand) or _killed_found(kept, cand)
                or _claimed_toll(kept, cand, plover_of)):
            continue
        disarming = _disarming_told_back(kept, cand)
        if disarming is not None:
            for kind, count in cand.counts.items():
                disarming.counts.setdefault(kind, count)
            continue
        if _fight_told_back(cand, plover_of):
            host = _earlier_act(kept, cand, plover_of)
            if host is not None:
                for kind, count in cand.counts.items():
                    if kind == "killed" and kind in host.counts and counts_doers(count, host.roles.source):
                        _add(host, count)  # "killing 11 soldiers; 15 attackers were killed in the fighting"
                    host.counts.setdefault(kind, count)
                continue
        if _toll_update(cand) and plover_of[cand.trigger.cls] == "ASSAULT" or _toll_news(cand):
            host = _host(kept, cand.sentence, plover_of)
            if host is not None and not (_placed_apart(host, cand.trigger.head)
                                         or _dated_apart(host, cand.trigger.head)):
                _update(host, cand)
                continue
        killed = cand.counts.get("killed")
        if _is_outcome(cand) and killed is not None and _add_more_dead(kept, killed, cand.sentence):
            continue
        host = _host(kept, cand.sentence, plover_of) if _is_outcome(cand) else None
        if host is None or _placed_apart(host, cand.trigger.head) or _dated_apart(host, cand.trigger.head):
            kept.append(cand)
            continue
        for kind, count in cand.counts.items():
            host.counts.setdefault(kind, count)
        if not host.roles.target and cand.roles.target:
            host.roles.target = cand.roles.target
            host.roles.rules["target"] = f"outcome in sentence {cand.sentence}"
    return kept


def _fight_before(cands: list[Candidate], cand: Candidate, plover_of: dict[str, str],
                  same_sentence: bool) -> Candidate | None:
    """The latest fight told before ``cand``, in its sentence or (unless ``same_sentence``) the one before."""
    head = cand.trigger.head
    for other in reversed(cands):
        if other is cand or other.sentence > cand.sentence or (
                other.sentence == cand.sentence and other.trigger.head.i >= head.i):
            continue
        if cand.sentence - other.sentence > (0 if same_sentence else 1):
            return None
        if (plover_of[other.trigger.cls] == "ASSAULT" and not other.modality.modality.negated
                and is_fight(other.trigger.cls, other.trigger.head)):
            return other
    return None


def _detail_host(cands: list[Candidate], cand: Candidate, plover_of: dict[str, str]) -> Candidate | None:
    """The fight an act is a detail of: told in the fight named again ("used mortars during the clash"), or,
    with no toll of its own, in a clause under a fight of its sentence ("ambushed a convoy, setting off a
    bomb before opening fire")."""
    if plover_of[cand.trigger.cls] != "ASSAULT" or cand.modality.modality.negated:
        return None
    head = cand.trigger.head
    if told_in_fight(head) and not (cand.trigger.is_noun and cand.counts):
        return _fight_before(cands, cand, plover_of, same_sentence=False)
    host = _fight_before(cands, cand, plover_of, same_sentence=True)
    if host is None or cand.counts or host.trigger.is_noun or head not in host.trigger.head.subtree:
        return None
    return host


def fold_details(cands: list[Candidate], sentence: int, plover_of: dict[str, str]) -> None:
    """A fight's details told with it are that fight (expl36): an act of ``sentence`` told in a fight named
    again, or under a fight of its sentence, folds into the fight told before, so a toll told next is the
    fight's ("clashed near Kreminna; Russian troops used heavy weapons during the clash. Two soldiers were
    killed": one clash, two dead)."""
    for cand in [c for c in cands if c.sentence == sentence]:
        host = _detail_host(cands, cand, plover_of)
        if host is None:
            continue
        for kind, count in cand.counts.items():
            host.counts.setdefault(kind, count)
        cands.remove(cand)


def _size_of_crowd_held(cands: list[Candidate], count: Count, sentence: int) -> None:
    """'Police fired tear gas at 2,000 protesters in Dakar': a crowd counted as the target of an act of its
    sentence (police firing at it, dispersing it), with no protest told of its own, is that act's size
    (westafr-2)."""
    for cand in cands:
        if cand.sentence == sentence and "size" not in cand.counts and any(
                count.token == t or count.token in t.subtree for t in cand.roles.target):
            cand.counts["size"] = count
            return


def _carry_size(cands: list[Candidate], count: Count, sentence: int, plover_of: dict[str, str]) -> None:
    """'Tens of thousands marched in Paris. The ministry said 48,000 people took part': a crowd's size told in
    a sentence with no protest of its own is the size of the protest just before, when it has none or only a
    vague one the figure does not fall below (counts56)."""
    for cand in reversed(cands):
        if cand.sentence >= sentence:
            continue
        if sentence - cand.sentence > WINDOW:
            break
        if plover_of[cand.trigger.cls] != "PROTEST" or cand.modality.modality.negated:
            continue
        held = cand.counts.get("size")
        if held is None or vague_count(held) and not vague_count(count) and count.value >= held.value:
            cand.counts["size"] = count
        return
    _size_of_crowd_held(cands, count, sentence)


KILLING_LEMMAS = frozenset({"kill", "die", "murder", "slay", "behead", "massacre", "execute", "lynch"})


def _killing_told(cand: Candidate, token: Token) -> bool:
    """Whether a verb of killing that is not denied ("killing a rebel", "one soldier died"; not "no one was
    killed") is told from the attack's sentence up to the sentence of ``token``: a 0 told after it ("No
    casualties were reported") is no toll of the attack then (counts59, narrowed in redo60)."""
    doc = token.doc
    lemmas, toks = lemmas_of(doc), tokens_of(doc)  # the sentences' bounds and lemmas kept per Doc
    for k in range(sentence_bounds(cand.trigger.head)[0], sentence_bounds(token)[1]):
        if lemmas[k] not in KILLING_LEMMAS:
            continue
        tok = toks[k]
        if tok.pos_ != "VERB":
            continue
        if not any(c.dep_ == "neg" or c.dep_ in ("dobj", "nsubjpass", "nsubj") and (
                c.lower_ in ("nobody", "none") or c.lower_ == "one" and any(
                    d.dep_ == "det" and d.lower_ == "no" for d in children_of(c))) for c in children_of(tok)):
            return True
    return False


def carry(cands: list[Candidate], orphans: list[Count], sentence: int, plover_of: dict[str, str]) -> None:
    """Counts of a sentence without a fitting event ('Three people died.') go to the attack
    reported just before, when it has none of that kind."""
    for count in orphans:
        if count.kind == "size":
            _carry_size(cands, count, sentence, plover_of)
            continue
        if count.kind not in CARRIED or _add_more_dead(cands, count, sentence):
            continue
        if count.rule.startswith(("noun:", "subject:")):  # "3 fatalities.": the report's whole toll
            lead = next((c for c in cands if plover_of[c.trigger.cls] == "ASSAULT"
                         and not c.modality.modality.negated and not _is_outcome(c)), None)
            if lead is not None:
                lead.counts[count.kind] = count
                continue
        for cand in reversed(cands):
            if sentence - cand.sentence > WINDOW:
                break
            if (plover_of[cand.trigger.cls] == "ASSAULT" and not cand.modality.modality.negated
                    and not _is_outcome(cand)):
                if _placed_apart(cand, count.token) or _dated_apart(cand, count.token):
                    break
                if count.value == 0 and (count.kind in cand.counts or _killing_told(cand, count.token)):
                    break  # "..., killing a rebel. No casualties were reported.": the killing's toll holds
                if count.kind not in cand.counts or cand.counts[count.kind].rule == "victims named":
                    cand.counts[count.kind] = count
                elif count.kind == "killed" and toll_told(count) and not span_tally(count) and (
                        count.value > cand.counts["killed"].value or revised_down(count)):
                    cand.counts["killed"] = replace(count, rule=f"update:{count.rule}")  # "later raised the
                break  # death toll to 14", "the toll had risen to 15": the attack's revised toll
