"""Counts of people in a sentence: killed, injured, arrested, crowd size, in digits or words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import chain
from typing import Any

from spacy.attrs import POS, TAG
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Span, Token

from chronica import yamlio
from chronica.actors.resolve import MONTHS
from chronica.extract.triggers import demonym_word
from chronica.nlp import children_of, column, deps_between, lemmas_of, lowers_of, tokens_of

KINDS = ("killed", "injured", "arrested", "size")
SKIP_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
NOBODY = frozenset({"one", "nobody", "no-one", "noone"})  # "no one", "nobody": a count of 0
YEAR = re.compile(r"^(?:1[89]|20)\d\d$")  # "1967", "2011": read as a year where the words say so
YEAR_PREPS = frozenset({"in", "since", "until", "till", "during"})
DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")


@dataclass
class Count:
    """A number of people and what happened to them."""

    kind: str
    value: int
    text: str
    start: int  # character offsets in the document
    end: int
    token: Token  # the word the count hangs on (the counted noun or the number)
    rule: str


@dataclass(frozen=True)
class _Tables:
    words: dict[str, int]
    multipliers: dict[str, int]
    vague: dict[str, int]
    kinds: dict[str, dict[str, frozenset[str]]]
    not_to_death: frozenset[str]  # "sentenced to death": no one died
    subset_preps: frozenset[str] = frozenset()  # "the dead were villagers, among them three women"
    part_dets: frozenset[str] = frozenset()  # "two of the dead were children": a part of the dead
    tally_nouns: frozenset[str] = frozenset()  # "the number killed rose to 13": a toll by another name
    death_ends: frozenset[str] = frozenset({"death"})  # "hacked to death", "sent to hell"
    death_objects: dict[str, frozenset[str]] = field(default_factory=dict)  # "embraced martyrdom"
    armed_verbs: frozenset[str] = frozenset()  # "neutralised six terrorists": killed, if armed men
    armed_nouns: frozenset[str] = frozenset()
    label_words: frozenset[str] = frozenset()  # "a Grade 11 student": a number that names, not counts
    update_preps: frozenset[str] = frozenset()  # "the death toll from Friday's bombing": what a toll is of
    toll_nouns: frozenset[str] = frozenset()  # "the death toll": a toll by its own name
    side_preps: frozenset[str] = frozenset()  # "killings between two clans": the sides, not the dead
    back_dets: frozenset[str] = frozenset()  # "killed in the fighting": the fight told before
    back_preps: frozenset[str] = frozenset()
    per_side_dets: frozenset[str] = frozenset()  # "four soldiers from each army": per side of two
    side_nouns: frozenset[str] = frozenset()
    back_across: frozenset[str] = frozenset()  # "died in the gunfight" told a sentence later: the act before
    not_people: frozenset[str] = frozenset()  # "killed five herders and a camel": no person beside the five
    more_words: frozenset[str] = frozenset()  # "four attackers were also killed": more dead, added
    group_nouns: frozenset[str] = frozenset()  # "a family of five": five people
    back_across_nouns: frozenset[str] = frozenset()  # "Two were killed in the attack": the attack before
    doer_nouns: frozenset[str] = frozenset()  # "15 attackers were killed in the fighting": the doers' dead
    more_modifiers: frozenset[str] = frozenset()  # "two other policemen were killed": more dead
    body_nouns: frozenset[str] = frozenset()  # "the body of a shopkeeper was found": one dead
    alive_verbs: frozenset[str] = frozenset()  # "burned two men alive": killed
    ordinals: dict[str, int] = field(default_factory=dict)  # "two died and a third later died": three
    dying_verbs: frozenset[str] = frozenset()  # "the victim died": one dead, no figure
    succumb_to: frozenset[str] = frozenset()  # "succumbed to his wounds": died; not "to pressure"
    subset_verbs: frozenset[str] = frozenset()  # "the victims included four women": a part of the dead
    lives_verbs: frozenset[str] = frozenset()  # "claimed the lives of six people": six dead
    lives_nouns: frozenset[str] = frozenset()
    loss_verbs: frozenset[str] = frozenset()  # "killed 10 militants, losing two soldiers": the doers' dead
    loss_nouns: frozenset[str] = frozenset()  # ... the people a side loses ("soldiers", "four of their own")
    charge_clauses: frozenset[str] = frozenset()  # "beat a man accused of theft to death": misplaced
    fractions: dict[str, float] = field(default_factory=dict)  # "half a dozen": 6
    total_nouns: frozenset[str] = frozenset()  # "killed a total of 37 miners": the total is the object
    along_words: frozenset[str] = frozenset()  # "killed along with 17 other people": 18 dead
    year_nouns: frozenset[str] = frozenset()  # "the 1967 war": a year, not a count
    held_nouns: frozenset[str] = frozenset()  # "executed 12 detainees": people held, counted by their verb
    crowd_verbs: frozenset[str] = frozenset()  # "Dozens of drivers blocked the road": a crowd's act
    light_verbs: frozenset[str] = frozenset()  # "700 drivers held a protest": the crowd that holds it
    protest_events: frozenset[str] = frozenset()  # ... the protest held
    craft_nouns: frozenset[str] = frozenset()  # "detained five fishing vessels": boats, not people held
    natural_words: frozenset[str] = frozenset()  # "died on Sunday aged 91", "died peacefully": no victim
    natural_causes: frozenset[str] = frozenset()  # "died of cancer", "died of a heart attack"
    abused_held: frozenset[str] = frozenset()  # "the torture of 4,000 detainees": the abused, no arrest count
    self_words: frozenset[str] = frozenset()  # "killed himself and 11 worshippers": the doer dead too
    beside_marks: frozenset[str] = frozenset()  # "killed 10 militants, while three soldiers were killed"
    ground_nouns: frozenset[str] = frozenset()  # "captured seven villages": ground taken, no one held
    update_verbs: frozenset[str] = frozenset()  # "raising the toll from the blast to 18": a revised toll
    doer_verbs: frozenset[str] = frozenset()  # "police picked up 17 activists": an arrest by police only
    doers: frozenset[str] = frozenset()
    custody_verbs: frozenset[str] = frozenset()  # "took 30 people into custody"
    custody_preps: frozenset[str] = frozenset()
    custody_nouns: frozenset[str] = frozenset()
    draw_verbs: frozenset[str] = frozenset()  # "the protest drew 5,000 people": the crowd's size
    attended_verbs: frozenset[str] = frozenset()  # "the rally was attended by 5,000 people": the crowd's size
    number_verbs: frozenset[str] = frozenset()  # "strikers, numbering about 4,000"
    alive_victims: frozenset[str] = frozenset()  # "rescued 19 kidnapped victims": victims no one killed
    alive_marks: frozenset[str] = frozenset()
    alive_verbs_of: frozenset[str] = frozenset()
    list_preps: frozenset[str] = frozenset()  # "killed 18 people at a wedding, a funeral and a hospital"
    none_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "causing no casualties": 0
    none_open: frozenset[str] = frozenset()  # "no casualties reported": words that restrict no one
    none_side_verbs: frozenset[str] = frozenset()  # "troops suffered no casualties": one side's, no toll
    again_pronouns: frozenset[str] = frozenset()  # "...; they killed five passengers": the doers again
    other_words: frozenset[str] = frozenset()  # "shot dead with eight others": 9 dead


@cache
def _tables() -> _Tables:
    path = resources.files("chronica.extract") / "data" / "quantities.yaml"
    spec: dict[str, Any] = yamlio.safe_load(path.read_text(encoding="utf-8"))
    killed = spec["killed"]
    kinds = {
        k: {part: frozenset(spec[k][part]) for part in ("verbs", "nouns", "adjectives")}
        for k in KINDS
    }
    return _Tables(spec["number_words"], spec["multipliers"], spec["vague"], kinds,
                   frozenset(spec["killed"].get("not_to_death", ())), frozenset(spec.get("subset_preps", ())),
                   frozenset(spec.get("part_dets", ())), frozenset(spec.get("tally_nouns", ())),
                   frozenset(killed.get("death_ends", ("death",))),
                   {verb: frozenset(objs) for verb, objs in (killed.get("death_objects") or {}).items()},
                   frozenset(killed.get("armed_verbs", ())), frozenset(killed.get("armed_nouns", ())),
                   frozenset(spec.get("label_words", ())),
                   frozenset(spec.get("update_preps", ())), frozenset(spec.get("toll_nouns", ())),
                   frozenset(spec.get("side_preps", ())), frozenset(spec.get("back_dets", ())),
                   frozenset(spec.get("back_preps", ())), frozenset(spec.get("per_side_dets", ())),
                   frozenset(spec.get("side_nouns", ())), frozenset(spec.get("back_across_classes", ())),
                   frozenset(spec.get("not_people", ())), frozenset(spec.get("more_words", ())),
                   frozenset(spec.get("group_nouns", ())), frozenset(spec.get("back_across_nouns", ())),
                   frozenset(spec.get("doer_nouns", ())), frozenset(spec.get("more_modifiers", ())),
                   frozenset(spec.get("body_nouns", ())), frozenset(killed.get("alive_verbs", ())),
                   dict(spec.get("ordinals") or {}), frozenset(killed.get("dying_verbs", ())),
                   frozenset(killed.get("succumb_to", ())), frozenset(spec.get("subset_verbs", ())),
                   frozenset(killed.get("lives_verbs", ())), frozenset(killed.get("lives_nouns", ())),
                   frozenset(killed.get("loss_verbs", ())), frozenset(killed.get("loss_nouns", ())),
                   frozenset(killed.get("charge_clauses", ())), dict(spec.get("fractions") or {}),
                   frozenset(spec.get("total_nouns", ())), frozenset(spec.get("along_words", ())),
                   frozenset(spec.get("year_nouns", ())),
                   frozenset(spec["arrested"].get("held_nouns", ())),
                   frozenset(spec["size"].get("crowd_verbs", ())),
                   frozenset(spec["size"].get("light_verbs", ())),
                   frozenset(spec["size"].get("events", ())),
                   frozenset(spec.get("craft_nouns", ())),
                   natural_words=frozenset(killed.get("natural_words", ())),
                   natural_causes=frozenset(killed.get("natural_causes", ())),
                   abused_held=frozenset(spec["arrested"].get("abused_held", ())),
                   self_words=frozenset(killed.get("self_words", ())),
                   beside_marks=frozenset(killed.get("beside_marks", ())),
                   ground_nouns=frozenset(spec["arrested"].get("ground_nouns", ())),
                   update_verbs=frozenset(spec.get("update_verbs", ())),
                   other_words=frozenset(spec.get("other_words", ())),
                   doer_verbs=frozenset(spec["arrested"].get("doer_verbs", ())),
                   doers=frozenset(spec["arrested"].get("doers", ())),
                   custody_verbs=frozenset(spec["arrested"].get("custody_verbs", ())),
                   custody_preps=frozenset(spec["arrested"].get("custody_preps", ())),
                   custody_nouns=frozenset(spec["arrested"].get("custody_nouns", ())),
                   draw_verbs=frozenset(spec["size"].get("draw_verbs", ())),
                   attended_verbs=frozenset(spec["size"].get("attended_verbs", ())),
                   number_verbs=frozenset(spec["size"].get("number_verbs", ())),
                   alive_victims=frozenset(killed.get("alive_victims", ())),
                   alive_marks=frozenset(killed.get("alive_marks", ())),
                   alive_verbs_of=frozenset(killed.get("alive_verbs_of", ())),
                   list_preps=frozenset(spec.get("list_preps", ())),
                   none_nouns={n: tuple(k) for n, k in (spec.get("none_nouns") or {}).items()},
                   none_open=frozenset(spec.get("none_open", ())),
                   none_side_verbs=frozenset(spec.get("none_side_verbs", ())),
                   again_pronouns=frozenset(spec.get("again_pronouns", ())))


def tolled_event(noun: Token) -> bool:
    """'the death toll from Friday's bombing', 'the number killed in the raid': the noun names the event a
    toll or tally is of (``update_preps``, ``toll_nouns`` and ``tally_nouns`` in data/quantities.yaml)."""
    tables = _tables()
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in tables.update_preps:
        return False
    owner = prep.head
    if owner.dep_ in ("acl", "amod") and owner.tag_ == "VBN":  # "the number killed in the raid"
        owner = owner.head
    if owner.lemma_.lower() in tables.update_verbs and prep.lower_ != "of":  # "raised the toll from the raid"
        owner = next((c for c in children_of(owner) if c.dep_ == "dobj"), owner)
    return owner.lemma_.lower() in tables.tally_nouns | tables.toll_nouns


def tally_participle(verb: Token) -> bool:
    """'the number detained since January', 'the total killed', 'the number of people arrested': a participle
    that names what a tally counts (``tally_nouns``), no act of its own (counts155)."""
    if verb.dep_ not in ("acl", "amod") or verb.tag_ != "VBN":
        return False
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head  # "the number of people detained"
    return noun.lemma_.lower() in _tables().tally_nouns


def told_back(noun: Token) -> bool:
    """'25 soldiers were killed in the fighting': a definite event noun named as where a killing happened
    refers back to an act told before it (``back_dets`` and ``back_preps`` in data/quantities.yaml)."""
    tables = _tables()
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in tables.back_preps:
        return False
    owner = prep.head
    if owner.dep_ == "acl" and owner.tag_ == "VBN":  # "dozens injured in the clashes"
        owner = owner.head
    definite = any(d.dep_ == "det" and d.lower_ in tables.back_dets for d in noun.children)
    hurt = tables.kinds["killed"]["verbs"] | tables.kinds["injured"]["verbs"]
    return definite and owner.lemma_.lower() in hurt


def back_across_nouns() -> frozenset[str]:
    """Nouns of an attack told back that fold into an earlier sentence's act, whatever their class
    (``back_across_nouns`` in data/quantities.yaml)."""
    return _tables().back_across_nouns


def back_across_classes() -> frozenset[str]:
    """Trigger classes of a fight told back that fold into an earlier sentence's act (``back_across_classes``
    in data/quantities.yaml)."""
    return _tables().back_across


def count_lemmas(kinds: tuple[str, ...] = KINDS) -> frozenset[str]:
    """Every verb, noun and adjective that says what a count of ``kinds`` measures."""
    tables = _tables()
    return frozenset(w for k in kinds for part in tables.kinds[k].values() for w in part)


def _word_value(word: str, tables: _Tables) -> float | None:
    """The number a word writes, or None; remembered by word (every token of a sentence is asked)."""
    known = tables.__dict__.setdefault("_values", {})  # kept with the tables they come from
    value = known.get(word, known)
    if value is known:
        if len(known) >= 100_000:
            known.clear()
        value = known[word] = _value_of(word, tables)
    return value


def _value_of(word: str, tables: _Tables) -> float | None:
    word = word.lower()
    if DIGITS.match(word):
        return float(word.replace(",", ""))
    if word in tables.words:
        return float(tables.words[word])
    if "-" in word:
        parts = [tables.words.get(p) for p in word.split("-")]
        if all(p is not None for p in parts):
            return float(sum(parts))  # type: ignore[arg-type]
    return None


def _number_runs(sent: Span, tables: _Tables) -> list[tuple[int, int, int]]:
    """(first token, last token exclusive, value) for each number written in the sentence."""
    runs: list[tuple[int, int, int]] = []
    doc, lowers = sent.doc, lowers_of(sent.doc)
    known = tables.__dict__.setdefault("_values", {})  # most words were met before: no call for them
    i, end = sent.start, sent.end
    while i < end:
        value = known.get(lowers[i], known)
        if value is known:
            value = _word_value(lowers[i], tables)
        if value is None:
            i += 1
            continue
        tok = doc[i]
        named = i > sent.start and lowers[i - 1] in tables.label_words  # "a Grade 11 student"
        dated = (tok.ent_type_ in SKIP_ENTS or _day_of_month(tok)) and not (
            _subject_not_date(tok) or _object_not_date(tok, tables)
            or revised_toll(tok) is not None)  # "raising the toll ... to 70"
        if named or dated or _year(tok, tables) or any(c.dep_ == "det" and c.lower_ == "no"
                                                       for c in children_of(tok)):
            i += 1
            continue
        j = i + 1
        while j < end:
            nxt = lowers[j]
            if nxt in tables.multipliers:
                value *= tables.multipliers[nxt]
            elif lowers[j - 1] in tables.multipliers and not DIGITS.match(lowers[i]) and _rest_of_number(
                    lowers, j, end, tables.multipliers[lowers[j - 1]], tables):  # "a hundred and two"
                more = j + (nxt == "and")
                value += _word_value(lowers[more], tables) or 0
                j = more
            elif nxt == "-" and j + 1 < end and not DIGITS.match(lowers[i]) and _word_value(
                    lowers[j + 1], tables):  # "twenty-five", not the range "10-15"
                value += _word_value(lowers[j + 1], tables) or 0
                j += 1
            elif _units_after_tens(lowers, i, j, tables):  # "twenty five", "thirty one" unhyphenated
                value += _word_value(nxt, tables) or 0
            else:
                break
            j += 1
        if i - 2 >= sent.start and lowers[i - 1] == "a" and lowers[i - 2] in tables.fractions:
            value *= tables.fractions[lowers[i - 2]]  # "half a dozen policemen": six
        joined = lowers[i - 1] in ("to", "and", "-", "or")
        if runs and i - runs[-1][1] == 1 and joined:  # not "four soldiers and two rebels"
            prev = runs.pop()  # "between 2 and 4 fighters": coders record the lower figure
            value = min(value, prev[2])
        runs.append((i, j, int(value)))
        i = j
    return runs


def _units_after_tens(lowers: list[str], i: int, j: int, tables: _Tables) -> bool:
    """'Twenty five soldiers', 'thirty one people': a word of units (one to nine) right after a lone word of
    tens (twenty to ninety), written without the hyphen, is the rest of the same number (casualty61)."""
    tens, units = tables.words.get(lowers[i]), tables.words.get(lowers[j])
    return (j == i + 1 and tens is not None and units is not None and 20 <= tens <= 90 and tens % 10 == 0
            and 1 <= units <= 9 and lowers[j] not in ("a", "an"))


def _year(tok: Token, tables: _Tables) -> bool:
    """A year the model did not take as a date: "the 1967 Mideast war", "in the 2011 uprising" (before a noun
    of a dated event), "in 1967", "since 2009" (after a preposition of time)."""
    if not YEAR.match(tok.text):
        return False
    if tok.dep_ in ("nummod", "compound", "amod") and tok.head.lower_ in tables.year_nouns:
        return True
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in YEAR_PREPS or _deed_year(tok, tables)


def _deed_year(tok: Token, tables: _Tables) -> bool:
    """A year after an article and before (up to three names or modifiers, then) a noun of a dated deed:
    "The 2005 murder", "the 2004 train bombings", "the 2019 Easter bombings" (olddates53); not "the 2000
    people"."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].lower_ not in ("the", "a", "an"):
        return False
    for k in range(tok.i + 1, min(tok.i + 5, len(doc))):
        if doc[k].lower_ in tables.year_nouns:
            return True
        if doc[k].dep_ not in ("compound", "amod") and doc[k].pos_ != "PROPN":
            return False
    return False


def _rest_of_number(lowers: list[str], j: int, end: int, below: int, tables: _Tables) -> bool:
    """'two hundred and fifty', 'one thousand three hundred': a number word after a multiplier word (with or
    without "and") that is smaller than it is the rest of the same number (tolls34); not digits ("a hundred
    and 5 more" is left), nor a word with a multiplier of its own ("two hundred and two hundred")."""
    k = j + (lowers[j] == "and")
    if k >= end or DIGITS.match(lowers[k]):
        return False
    value = _word_value(lowers[k], tables)
    return value is not None and 0 < value < below and lowers[k] not in ("a", "dozen", "a dozen") and (
        k + 1 >= end or lowers[k + 1] not in tables.multipliers)


def _day_of_month(tok: Token) -> bool:
    """'On 9 September 2022', 'on September 9': a day's number beside a month's name is a date, also where
    the model tagged the date as something else (an event) (riots34)."""
    if not tok.is_digit or len(tok.text) not in (1, 2, 4):
        return False
    doc = tok.doc
    near = (tok.i - 1, tok.i + 1) if len(tok.text) < 4 else (tok.i - 1, tok.i - 2, tok.i - 3)  # "May 9, 2022"
    return any(0 <= k < len(doc) and doc[k].text[:1].isupper() and doc[k].lower_ in MONTHS for k in near)


def _subject_not_date(tok: Token) -> bool:
    """'two later died', 'On 8 May 2021, 1 fighter was killed': a number the model took into a date is the
    verb's subject or counts it, when no name or other number of a date is beside it (not "Around 5 May
    2021")."""
    subject = tok if tok.dep_ != "nummod" else tok.head  # "On 8 May 2021, 1 fighter was shot": the fighter
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    doc = tok.doc
    near = [doc[k] for k in (tok.i - 1, tok.i + 1) if 0 <= k < len(doc)]
    return not any(n.ent_type_ == tok.ent_type_ and n.pos_ in ("PROPN", "NOUN", "NUM") for n in near)


def _object_not_date(tok: Token, tables: _Tables) -> bool:
    """'Security forces detained 40 and wounded 12': a bare number the model took for a date that is the
    object of a verb of killing, wounding or arrest counts its victims, when no name or number of a date is
    beside it (counts56)."""
    if tok.dep_ != "dobj" or not (tok.is_digit or tok.lower_ in tables.words) or _day_of_month(tok):
        return False  # "killing nineteen." with the word taken for a date, as "killing 19." (casualty61)
    verb = tok.head
    said = {_verb_phrase(verb), verb.lemma_.lower()}
    if not any(said & tables.kinds[k]["verbs"] for k in ("killed", "injured", "arrested")):
        return False
    doc = tok.doc
    near = [doc[k] for k in (tok.i - 1, tok.i + 1) if 0 <= k < len(doc)]
    return not any(n.ent_type_ == tok.ent_type_ and n.pos_ in ("PROPN", "NOUN", "NUM") for n in near)


def _verb_phrase(verb: Token) -> str:
    """A verb's lemma with its particle: "rounded up" -> "round up" (the lemma alone when it has none)."""
    prt = next((c for c in children_of(verb) if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {prt.lower_}" if prt is not None else verb.lemma_.lower()


def _arrest_phrase(first: Token, verb: Token, tables: _Tables) -> str | None:
    """'rounded up 45 suspects', 'were taken into custody', 'police picked up 17 activists': a verb with its
    particle, or with "into custody", that tells the arrest of its object (or passive subject); the words,
    or None (counts56)."""
    if first.dep_ not in ("dobj", "nsubjpass"):
        return None
    phrase = _verb_phrase(verb)
    if phrase != verb.lemma_.lower() and phrase in tables.kinds["arrested"]["verbs"]:
        return phrase
    if phrase in tables.doer_verbs and _police_doer(verb, tables):
        return phrase
    if verb.lemma_.lower() in tables.custody_verbs:
        for prep in children_of(verb):
            if prep.dep_ == "prep" and prep.lower_ in tables.custody_preps and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in tables.custody_nouns for g in children_of(prep)):
                return f"{verb.lemma_.lower()} {prep.lower_} custody"
    return None


def _police_doer(verb: Token, tables: _Tables) -> bool:
    """Whether a verb's doer (its subject, or the object of its "by") is police or troops (``doers``)."""
    doers = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    doers += [g for c in children_of(verb) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"]
    return any(d.lemma_.lower() in tables.doers or d.lower_ in tables.doers for d in doers)


def _vague_runs(sent: Span, tables: _Tables) -> list[tuple[int, int, int]]:
    runs = []
    doc, lowers = sent.doc, lowers_of(sent.doc)
    covered = sent.start  # "tens of thousands": one run, not "thousands" again
    for i in range(sent.start, sent.end):
        low = lowers[i]
        if low not in tables.vague and low not in NOBODY and low != "tens" or i < covered:
            continue
        tok = doc[i]
        if (low in tables.vague or low == "tens") and (
                tok.pos_ in ("NOUN", "NUM") or tok.dep_ in ("amod", "nummod", "quantmod")):
            nxt = tok.nbor() if tok.i + 1 < sent.end else None
            if low in ("hundreds", "tens") and nxt is not None and nxt.lower_ == "of":
                nxt2 = tok.doc[tok.i + 2] if tok.i + 2 < sent.end else None
                if nxt2 is not None and nxt2.lower_ in ("thousands",):
                    runs.append((tok.i, tok.i + 3, tables.vague[f"{low} of thousands"]))
                    covered = tok.i + 3
                    continue
            if low in tables.vague:
                runs.append((tok.i, tok.i + 1, tables.vague[low]))
        elif low == "one" and any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(tok)):
            runs.append((tok.i, tok.i + 1, 0))
        elif low in ("nobody", "no-one", "noone"):
            runs.append((tok.i, tok.i + 1, 0))
    return runs


def _counted(tok: Token) -> Token:
    """The noun a number counts: '14 rebels' -> rebels; 'dozens of protesters' -> protesters."""
    if tok.dep_ in ("nummod", "quantmod", "amod", "det") and tok.head.pos_ in ("NOUN", "PROPN"):
        return _compound_head(tok.head)
    if (numbered := _numbered(tok)) is not None:  # "Strikers, numbering about 4,000": the strikers
        return numbered
    group = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and group.lemma_.lower() in _tables().group_nouns:
        return group  # "killed a family of five": the family
    of = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        obj = next((c for c in children_of(of) if c.dep_ == "pobj"), None)
        if obj is not None:
            return obj
    return tok


def _compound_head(noun: Token) -> Token:
    """'20 Boko Haram militants' with the figure hung on the name: the noun the name is a compound of
    (counts59)."""
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun


def _numbered(tok: Token) -> Token | None:
    """'Strikers, numbering about 4,000', 'protesters, who numbered some 300', 'the crowd numbered 3,000': the
    noun a verb of numbering (``number_verbs``) counts by the number it takes, or None (counts56)."""
    verb = tok.head
    if tok.dep_ not in ("dobj", "attr", "npadvmod") or verb.lemma_.lower() not in _tables().number_verbs:
        return None
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


def _total_of(noun: Token, tables: _Tables) -> Token:
    """'killed a total of 37 miners': the total the verb takes as its object, for the miners it counts
    (violence47); else the noun."""
    total = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and total.lemma_.lower() in tables.total_nouns:
        return total
    return noun


def _counted_in(total: Token, tables: _Tables) -> Token:
    """'neutralised a total of 12 terrorists': the noun a total counts, for its kind (total51); else the
    noun."""
    if total.lemma_.lower() not in tables.total_nouns:
        return total
    of = next((c for c in children_of(total) if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in children_of(of) if c.dep_ == "pobj"), total) if of is not None else total


def _along_anchor(prep: Token, tables: _Tables) -> Token | None:
    """The verb (or the object noun) an "along with" / "together with" phrase hangs on, however the parse
    hangs "along" (on the verb, or with "with" under it); None when ``prep`` is no such "with"."""
    if prep.lower_ != "with" or prep.dep_ != "prep":
        return None
    head = prep.head
    if head.lower_ in tables.along_words and head.dep_ in ("prep", "prt", "advmod"):
        return head.head  # "killed along with 17 others": "with" under "along"
    if any(c.lower_ in tables.along_words and (c.dep_ in ("prt", "advmod") or c.i == prep.i - 1)
           for c in (*children_of(head), *children_of(prep))):
        return head  # "was killed along with three other officers", "killed X together with his sons"
    return None


def along_anchor(prep: Token) -> Token | None:
    """The verb (or object noun) a "with" hangs on when it is "along with" / "together with": those it
    names share the fate of the verb's subject or object ("was killed along with four of his escorts")."""
    return _along_anchor(prep, _tables())


def _along_with(noun: Token, tables: _Tables) -> int:
    """'A Mexican mayor was killed along with 17 other people', 'gunmen killed the mayor along with 19
    others', '... along with three of his escorts': the people the verb's object (or, with none, its
    subject) names are harmed besides those counted "along with" them; their number (violence47, latam50)."""
    tok = _partitive_number(noun) or noun
    anchor = _along_anchor(tok.head, tables) if tok.dep_ == "pobj" else None
    if anchor is None and tok.dep_ == "pobj":
        anchor = _with_others(tok, noun, tables)
    if anchor is None:
        return 0
    if anchor.pos_ in ("NOUN", "PROPN"):
        heads = [anchor]  # "killed the mayor, along with ...", the parse hanging "along" on the mayor
    else:
        heads = [c for c in children_of(anchor) if c.dep_ == "dobj"] or [
            c for c in children_of(anchor) if c.dep_ in ("nsubjpass", "nsubj")]
    counts = [people_named(h) for h in heads]
    return sum(counts) if counts and None not in counts else 0  # type: ignore[arg-type]


def _with_others(tok: Token, noun: Token, tables: _Tables) -> Token | None:
    """'The governor was shot dead with eight others': a bare "with" on the verb, counting people called
    "others" ("eight others", "three other people"), names those harmed besides the subject or object, as
    "along with" does; the verb, or None (round seasia62)."""
    prep = tok.head
    if prep.lower_ != "with" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    if noun.lower_ in tables.other_words or any(c.lower_ in tables.other_words and c.dep_ == "amod"
                                                for c in children_of(noun)):
        return prep.head
    return None


def _partitive_number(noun: Token) -> Token | None:
    """'three of his escorts': the number a counted noun hangs under by "of", or None."""
    number = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and number.i != noun.head.i and (
            number.like_num or number.pos_ == "NUM"):
        return number
    return None


FATALLY = frozenset({"fatally", "mortally"})


def _object_read_as_subject(first: Token, head: Token, tables: _Tables) -> bool:
    """'The strike killed about 20 jihadists gathered at a camp', parsed as if the jihadists gathered: a
    counted noun right after a killing verb with no object of its own, taken as the subject of a clause or a
    verb joined to it, is what the verb killed (expl35)."""
    verb = head.head
    return (first.dep_ == "nsubj" and head.dep_ in ("ccomp", "conj") and verb.i != head.i and verb.i < first.i
            and first.left_edge.i == verb.i + 1 and verb.lemma_.lower() in tables.kinds["killed"]["verbs"]
            and not any(c.dep_ in ("dobj", "mark") for c in (*children_of(verb), *children_of(head))))


def _held_harmed(noun: Token, tables: _Tables) -> str | None:
    """'soldiers executed 12 detainees', '10 detainees died', 'the killing of 12 detainees': people held
    whose verb or noun of killing or wounding makes them the dead or the injured, not the arrested
    (``held_nouns``)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of":
        head = head.head
    elif noun.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in children_of(head)):
        return None  # "detainees killed a guard": the doers
    elif noun.dep_ not in ("dobj", "nsubjpass", "nsubj"):
        return None
    hl = head.lemma_.lower()
    if any(c.lower_ in tables.kinds["killed"]["adjectives"] for c in children_of(head)):
        return "killed"  # "five detainees were shot dead"
    return next((k for k in ("killed", "injured") if hl in tables.kinds[k]["verbs"]
                 or head.pos_ == "NOUN" and hl in tables.kinds[k]["nouns"]), None)


def _alive_victim(noun: Token, tables: _Tables) -> bool:
    """'rescued 19 kidnapped victims', 'freed 12 abduction victims', 'the victims of the kidnapping were
    released': victims (``alive_victims``) told by a deed that leaves them alive (``alive_marks``, on the
    noun or after its "of") or the object of a verb of rescue (``alive_verbs_of``) are no dead (counts59)."""
    if noun.lemma_.lower() not in tables.alive_victims:
        return False
    marks = tables.alive_marks
    for child in children_of(noun):
        if child.dep_ in ("amod", "compound") and child.lemma_.lower() in marks:
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in marks for g in children_of(child)):
            return True
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in tables.alive_verbs_of


def _kind(noun: Token, tables: _Tables) -> tuple[str, str] | None:
    """Which count this is, and the rule that said so."""
    lemma = noun.lemma_.lower()
    if noun.dep_ == "nummod" and noun.head.pos_ == "ADJ":  # "left 12 dead": the number counts the dead
        word = noun.head.lower_
        kind = next((k for k in ("killed", "injured") if word in tables.kinds[k]["adjectives"]), None)
        if kind is not None:
            return kind, f"counted-adjective:{word}"
    if lemma in tables.held_nouns and noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.lemma_.lower() in tables.abused_held):
        return None  # "the torture of 4,000 detainees": people held and abused, no arrests (memory-1)
    if lemma in tables.held_nouns:
        harmed = _held_harmed(noun, tables)
        if harmed is not None:
            return harmed, f"held:{lemma}"
    for kind in ("killed", "injured", "arrested"):
        if lemma in tables.kinds[kind]["nouns"] and not (kind == "killed" and _alive_victim(noun, tables)):
            return kind, f"noun:{lemma}"
    held_then_killed = _killed_after_held(noun, tables)
    for child in children_of(noun):
        cl = child.lemma_.lower()
        for kind in ("killed", "injured", "arrested"):
            if child.dep_ in ("amod", "acomp", "oprd") and cl in tables.kinds[kind]["adjectives"]:
                return kind, f"adjective:{cl}"
            if child.dep_ in ("acl", "relcl") and cl in tables.kinds[kind]["verbs"] and not (
                    kind == "arrested" and held_then_killed):
                return kind, f"participle:{cl}"
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i and (
            first.head.pos_ in ("NOUN", "PROPN") or _self_word(first.head, tables)):
        first = first.head  # "killing four soldiers and six civilians", "himself and 11 worshippers"
    head = first.head
    if first.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    along = _along_anchor(first.head, tables) if first.dep_ == "pobj" else None
    if along is not None:  # "killed the mayor along with 19 others": the verb the mayor's "along" hangs on
        head = along.head if along.pos_ in ("NOUN", "PROPN") else along
    hl = head.lemma_.lower()
    if first.dep_ == "pobj" and first.head.lower_ in tables.side_preps:
        return None  # "revenge killings between two sections of the clan": the two sides, not a toll
    if first.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr"):
        if any(c.dep_ == "advmod" and c.lower_ in FATALLY for c in children_of(head)) and (
                hl in tables.kinds["injured"]["verbs"] or hl in ("shoot", "stab")):
            return "killed", f"fatally:{hl}"  # "two soldiers were mortally wounded"
        if _told_death(first, head, _counted_in(noun, tables).lemma_.lower(), tables):
            return "killed", f"idiom:{hl}"
        if _lives_taken(first, head, tables):
            return "killed", f"lives:{(head if first.dep_ == 'dobj' else head.head).lemma_.lower()}"
        dead = tables.kinds["killed"]["adjectives"]
        if (first.dep_ == "dobj" or along is not None) and any(
                c.i == head.i + 1 and c.lower_ in dead for c in children_of(head)):
            return "killed", f"verb-dead:{hl}"  # "shot dead a family of four", however "dead" is parsed
        if _object_read_as_subject(first, head, tables):
            return "killed", f"participle-object:{head.head.lemma_.lower()}"
        doers = first.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in children_of(head))
        if (phrase := _arrest_phrase(first, head, tables)) is not None:
            return "arrested", f"phrasal:{phrase}"  # "rounded up 45 suspects", "taken into custody"
        for kind in ("killed", "injured", "arrested"):  # "two gunmen killed 35 people": the 35, not the two
            if not doers and (hl in tables.kinds[kind]["verbs"] or hl in tables.kinds[kind]["nouns"]):
                return kind, f"predicate:{hl}"
        fate = _shared_fate(first, head, tables) or _told_fate(first, head, tables)
        if fate is not None:
            return fate
        held = _held_first(first, head, tables)
        if held is not None:
            return "arrested", f"series:{held}+{hl}"
        if first.dep_ in ("dobj", "nsubjpass") and hl not in tables.not_to_death and any(
                c.dep_ == "prep" and c.lower_ == "to"
                and any(g.lower_ in tables.death_ends for g in children_of(c))
                for c in children_of(head)):
            return "killed", f"to death:{hl}"  # "hacked two farmers to death", not "sentenced to death"
        if first.dep_ in ("dobj", "nsubjpass") and hl in tables.alive_verbs and any(
                c.lower_ == "alive" for c in (*children_of(head), *children_of(first))):  # "alive" on either
            return "killed", f"alive:{hl}"  # "burned two suspected witches alive" (riots29)
        if (left_kind := _left_on_last(first, tables)) is not None:
            return left_kind, "left-on-last"  # "left 7 police officers and 12 gunmen dead in Michoacan"
        for sib in children_of(head):
            sl = sib.lemma_.lower()
            for kind in ("killed", "injured", "arrested"):
                left = _left_state(sib, first) and (  # "left 14 wounded": a participle
                    sl in tables.kinds[kind]["adjectives"] or sib.lower_ in tables.kinds[kind]["adjectives"])
                if left and not doers:  # "four soldiers shot dead a robber": the robber, not the four
                    return kind, f"left-{sl}"
                if sib.dep_ in ("nsubj", "nsubjpass") and sl in tables.kinds[kind]["nouns"] and not (
                        _subset(noun, first, tables)):
                    if hl in tables.subset_verbs:  # "the victims included four women": a part (tolls34)
                        return kind, f"part:{sl}"
                    return kind, f"subject:{sl}"
            if sib.dep_ in ("nsubj", "nsubjpass") and sl in tables.tally_nouns and first.dep_ == "pobj":
                tallied = _tallied(sib, tables)  # "the number killed in the ambush rose to 13"
                if tallied is not None:
                    return tallied, f"tally:{sl}"
    if (toll := revised_toll(first)) is not None:  # "bringing the toll from the Mogadishu attack to 22"
        tallied = "killed" if toll.lemma_.lower() in tables.toll_nouns else _tallied(toll, tables)
        if tallied is not None:
            return tallied, f"raised:{toll.lemma_.lower()}"
    if lemma in tables.kinds["size"]["nouns"] or _counted_demonym(noun, tables):
        if hl in tables.kinds["size"]["verbs"] or _on_strike(noun) or lemma in (
                "protester", "demonstrator", "marcher", "crowd", "striker", "participant"):
            return "size", f"crowd:{lemma}"
        if noun.dep_ == "pobj" and noun.head.head.lemma_ in ("crowd", "rally", "protest", "march"):
            return "size", "crowd-of"
        act = _crowd_act(noun, tables)
        if act is not None:
            return "size", f"crowd-act:{act}"
    if lemma in tables.kinds["size"]["nouns"] or _bare_number(noun, tables):
        if (drawn := _drawn(noun, tables)) is not None:
            return "size", f"drawn:{drawn}"  # "The protest drew about 5,000 people", "drew thousands"
    if _bare_number(noun, tables) and (act := _crowd_act(noun, tables)) is not None:
        return "size", f"bare-crowd:{act}"  # "Thousands marched", "Tens of thousands rallied"
    return None


def _bare_number(tok: Token, tables: _Tables) -> bool:
    """'Thousands marched', 'About 300 rallied': a number (a vague one or a figure) that counts no noun of its
    own (counts56)."""
    return tok.pos_ in ("NOUN", "NUM") and (tok.lower_ in tables.vague or tok.like_num) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in children_of(tok))


def _drawn(noun: Token, tables: _Tables) -> str | None:
    """'The protest drew about 5,000 people', 'the march attracted thousands': the crowd a protest (the verb's
    subject, ``events``) drew or attracted (``draw_verbs``), or was attended by (``attended_verbs``), is its
    size; the verb, or None (counts56)."""
    obj = _vague_head(noun, tables) or noun
    verb = obj.head
    if obj.dep_ == "pobj" and verb.dep_ == "agent" and verb.head.lemma_.lower() in tables.attended_verbs:
        verb = verb.head  # "the rally was attended by five lakh people" (crowds56)
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
        protest = subject is not None and subject.lemma_.lower() in tables.protest_events
        return verb.lemma_.lower() if protest else None
    if obj.dep_ != "dobj" or verb.lemma_.lower() not in tables.draw_verbs:
        return None
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    protest = subject is not None and subject.lemma_.lower() in tables.protest_events
    return verb.lemma_.lower() if protest else None


def _vague_head(noun: Token, tables: _Tables) -> Token | None:
    """'Thousands of nurses', 'tens of thousands of workers', '2,000 of the miners': the number a counted
    noun hangs under by "of", or None."""
    number = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or number.i == noun.head.i:
        return None
    if number.lower_ in tables.vague or number.like_num or number.pos_ == "NUM":
        return number
    return None


def crowd_count(tok: Token) -> bool:
    """Whether a word is a number that counts people ("Thousands", "300", "dozens"), as the head of "Thousands
    of Senegalese" is (westafr-2)."""
    return tok.like_num or tok.pos_ == "NUM" or tok.lower_ in _tables().vague


def _counted_demonym(noun: Token, tables: _Tables) -> bool:
    """'Hundreds of Ghanaians marched', 'Thousands of Senegalese rallied', '500 Kenyans gathered': a
    country's people counted by a number are a crowd's people, as "people" are (westafr-2)."""
    counted = _vague_head(noun, tables) is not None or any(c.dep_ == "nummod" for c in children_of(noun))
    return counted and demonym_word(noun)


def _crowd_participles(subject: Token, noun: Token) -> list[Token]:
    """'fired tear gas at thousands of farmers marching towards Delhi', 'at hundreds of people protesting
    against hardship': the participles that tell the act of a crowd that is no verb's subject, hung on the
    count or on the counted people (westafr-2)."""
    return [c for w in dict.fromkeys((subject, noun)) for c in children_of(w)
            if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")]


def _crowd_verbs(subject: Token) -> list[Token]:
    """The verbs a crowd's subject words are the subject of: its head, or, with the count parsed as the
    sentence's root ("Hundreds of students protested outside ..."), the finite clause under it."""
    if subject.dep_ == "nsubj":
        joined = (c for c in children_of(subject.head) if c.dep_ == "conj" and c.pos_ == "VERB")
        return [subject.head, *joined]  # "rallied and marched"
    if subject.dep_ == "ROOT" and subject.pos_ in ("NOUN", "NUM"):  # the verb, read as a participle
        return [c for c in children_of(subject) if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN", "VBP", "VBZ")]
    return []


def _protest_object(verb: Token, tables: _Tables) -> bool:
    """'held a protest', 'staged a sit-in', 'began a hunger strike': the verb's object names a protest."""
    for obj in children_of(verb):
        if obj.dep_ != "dobj":
            continue
        start = min((c.i for c in children_of(obj) if c.dep_ in ("compound", "punct") and c.i < obj.i),
                    default=obj.i)
        words = obj.doc[start:obj.i + 1].text.lower()
        if obj.lemma_.lower() in tables.protest_events or words in tables.protest_events:
            return True
    return False


def _crowd_act(noun: Token, tables: _Tables) -> str | None:
    """'Thousands of nurses rallied', 'Dozens of drivers blocked the road', '700 drivers held a protest',
    'farmers drove into Warsaw to protest': the act of a crowd told by its people (or by the number they are
    counted "of" by) as its subject, whose count is the crowd's size (crowds51)."""
    subject = _vague_head(noun, tables) or noun
    if _on_strike(subject):
        return "strike"
    for verb in [*_crowd_verbs(subject), *_crowd_participles(subject, noun)]:
        vl = verb.lemma_.lower()
        if vl in tables.kinds["size"]["verbs"] or vl in tables.crowd_verbs:
            return vl
        if vl in tables.light_verbs and _protest_object(verb, tables):
            return f"{vl}+object"
        purpose = next((c for c in children_of(verb) if c.dep_ in ("advcl", "xcomp")
                        and c.lemma_.lower() in tables.kinds["size"]["verbs"]
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))), None)
        if purpose is not None:  # "drove their tractors into Warsaw to protest"
            return f"to {purpose.lemma_.lower()}"
    return None


def _on_strike(noun: Token) -> bool:
    """'About 1.5 lakh workers went on strike', 'teachers were on strike': the strikers' number is a size."""
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.lemma_.lower() in ("go", "be", "remain", "stay") and any(
        c.dep_ == "prep" and c.lower_ == "on"
        and any(g.dep_ == "pobj" and g.lower_ == "strike" for g in children_of(c)) for c in children_of(verb))


def _killed_after_held(noun: Token, tables: _Tables) -> bool:
    """'executed five young men detained at a checkpoint', 'shot dead three fighters they had captured': the
    object of a killing whose own phrase tells they were held first; the count is of the dead (bv35)."""
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = noun.head
    return verb.lemma_.lower() in tables.kinds["killed"]["verbs"] or any(
        c.i == verb.i + 1 and c.lower_ in tables.kinds["killed"]["adjectives"] for c in children_of(verb))


def _shared_fate(first: Token, head: Token, tables: _Tables) -> tuple[str, str] | None:
    """'two soldiers were shot and killed', 'a guard was stabbed and died': the subject of a verb of harm is
    also the subject of the verb of death or injury joined to it, which has none of its own."""
    if first.dep_ != "nsubjpass":
        return None
    for verb in head.conjuncts:
        if verb.i < head.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
            continue
        for kind in ("killed", "injured"):
            if verb.lemma_.lower() in tables.kinds[kind]["verbs"]:
                return kind, f"shared:{head.lemma_.lower()}+{verb.lemma_.lower()}"
    return None


def _held_first(first: Token, head: Token, tables: _Tables) -> str | None:
    """The arrest verb before the verb of a counted object in a series sharing it ("detained and questioned
    two journalists", "arrested and later released 12 activists": the two, the 12 were arrested), with no
    object or subject of its own; None otherwise (rights-4)."""
    if first.dep_ != "dobj" or head.pos_ != "VERB":
        return None
    verb = head
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
        verb = verb.head
        own = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass", "dative")]
        if own:
            return None
        if verb.lemma_.lower() in tables.kinds["arrested"]["verbs"]:
            return verb.lemma_.lower()
    return None


def _told_fate(first: Token, head: Token, tables: _Tables) -> tuple[str, str] | None:
    """'12 fighters were reported killed', 'two were confirmed dead', 'five were found dead': the fate told
    as the complement of a passive verb of telling or finding."""
    if first.dep_ != "nsubjpass":
        return None
    for comp in children_of(head):
        if comp.dep_ not in ("xcomp", "oprd", "acomp"):
            continue
        for kind in ("killed", "injured"):
            table = tables.kinds[kind]
            if comp.lemma_.lower() in table["verbs"] or comp.lower_ in table["adjectives"]:
                return kind, f"told:{head.lemma_.lower()}+{comp.lower_}"
        dead = tables.kinds["killed"]["adjectives"]
        if any(g.dep_ == "oprd" and g.lower_ in dead for g in children_of(comp)):
            return "killed", f"told:{head.lemma_.lower()}+{comp.lower_} dead"  # "were found shot dead" (bv43)
    return None


def _left_state(sib: Token, first: Token) -> bool:
    """Whether a word beside a count tells the state the counted were left in ("left 12 dead", "left 30
    wounded", the participle the parse hangs as a clause right after the number)."""
    return sib.dep_ in ("oprd", "acomp", "xcomp") or sib.dep_ == "advcl" and sib.i == first.i + 1


def _left_on_last(first: Token, tables: _Tables) -> str | None:
    """'The clashes left 7 police officers and 12 gunmen dead in Michoacan': the state the parse hangs on
    the last of the people a verb of leaving leaves is that of them all; its kind, or None."""
    if first.dep_ != "dobj" or first.head.lemma_.lower() != "leave" or not first.conjuncts:
        return None
    last = max(first.conjuncts, key=lambda t: t.i)
    for c in children_of(last):
        if c.dep_ == "amod" and c.i == last.i + 1:
            return next((k for k in ("killed", "injured") if c.lower_ in tables.kinds[k]["adjectives"]), None)
    return None


def _self_word(tok: Token, tables: _Tables) -> bool:
    """Whether a word is the doer named again as the object ("himself", "themselves": ``self_words``)."""
    return tok.pos_ == "PRON" and tok.lower_ in tables.self_words


def _self_count(tok: Token, tables: _Tables) -> int | None:
    """How many "himself" (1) or "themselves" names: the doers' number, the subject of its verb or of the
    verb its clause hangs on ("Two bombers blew themselves up, killing themselves": 2); None if untold."""
    if not _self_word(tok, tables):
        return None
    if not tok.lower_.endswith("selves"):
        return 1
    verb = tok.head
    while True:
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subject is not None:
            return people_named(subject)
        if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head


def _self_dead(sent: Span, counts: list[Count], tables: _Tables) -> list[Count]:
    """'The gunman shot dead eight worshippers and then killed himself': the doer's own death, a verb of
    killing joined to the killing of those counted, with no subject of its own and the doer as its object."""
    kills = [c.token.head for c in counts if c.kind == "killed" and c.token.dep_ == "dobj"]
    out: list[Count] = []
    if not kills:  # no killing of a counted object: no word can be joined after one
        return out
    toks = tokens_of(sent.doc)  # the objects found by their label, no Token made for each word
    for tok in (toks[k] for k in deps_between(sent.doc, ("dobj",), sent.start, sent.end)):
        verb = tok.head
        if (verb.dep_ not in ("conj", "advcl")
                or not any(_joined_after(kill, verb) for kill in kills)
                or verb.lemma_.lower() not in tables.kinds["killed"]["verbs"]
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb))):
            continue
        if n := _self_count(tok, tables):
            out.append(Count("killed", n, tok.text, tok.idx, tok.idx + len(tok), tok, "self"))
    return out


def _told_death(first: Token, head: Token, lemma: str, tables: _Tables) -> bool:
    """Whether the verb over a count tells a death in a press's idiom: "nine soldiers embraced martyrdom",
    "troops neutralised six terrorists" (armed men only: not "neutralised two bombs")."""
    hl = head.lemma_.lower()
    if first.dep_ == "nsubj" and hl in tables.death_objects:
        objects = tables.death_objects[hl]
        return any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in children_of(head))
    return first.dep_ in ("dobj", "nsubjpass") and hl in tables.armed_verbs and lemma in tables.armed_nouns


def _lives_taken(first: Token, head: Token, tables: _Tables) -> bool:
    """'the clash claimed the lives of six people', 'the blast took the lives of four': the people
    whose lives a verb of taking (``lives_verbs`` in data/quantities.yaml) took are dead; not 'saved the lives
    of'; 'the blast claimed 30 lives': the lives counted (southasia-3)."""
    if first.dep_ == "dobj" and first.lemma_.lower() in tables.lives_nouns:
        return head.lemma_.lower() in tables.lives_verbs
    return (first.dep_ == "pobj" and first.head.lower_ == "of" and head.lemma_.lower() in tables.lives_nouns
            and head.dep_ == "dobj" and head.head.lemma_.lower() in tables.lives_verbs)


def _loss_verb(kill: Token, lost: Token, tables: _Tables) -> bool:
    """Whether ``lost`` (a person, or "four of their own") is the object of a verb of loss (``loss_verbs``)
    joined after the killing verb ``kill`` ("killed 10 militants, losing two soldiers"), or the killing joined
    after it ("lost three officers while killing nine gang members"), the later verb with no subject of its
    own."""
    obj = lost.head.head if lost.dep_ == "pobj" and lost.head.lower_ == "of" else lost
    verb = obj.head
    if (lost.lemma_.lower() not in tables.loss_nouns or obj.dep_ != "dobj"
            or verb.lemma_.lower() not in tables.loss_verbs
            or kill.lemma_.lower() not in tables.kinds["killed"]["verbs"]):
        return False
    if verb.dep_ in ("advcl", "conj") and verb.head.i == kill.i and verb.i > kill.i:
        later = verb
    elif kill.dep_ in ("advcl", "conj") and kill.head.i == verb.i and kill.i > verb.i:
        later = kill
    else:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(later))


def own_losses(held: Count, count: Count) -> bool:
    """'troops killed 10 militants, losing two soldiers', '... and lost four of their own': the dead a
    killing's doers lost (``loss_verbs`` and ``loss_nouns`` in data/quantities.yaml, the verb joined to the
    killing verb of the toll held, with no subject of its own) are dead of the same event, added to its toll;
    not 'lost contact with two soldiers' or 'lost three vehicles' (tolls35); told either way round ("lost
    three officers while killing nine gang members"), and the doer's own death ("... and then killed
    himself"; counts255)."""
    tables = _tables()
    if count.rule == "self":
        return _joined_after(held.token.head, count.token.head)
    return (_loss_verb(held.token.head, count.token, tables)
            or _loss_verb(count.token.head, held.token, tables))


def killed_after_loss(held: Count, count: Count) -> bool:
    """'Police lost three officers while killing nine gang members': the killing told in a clause under the
    verb of its doers' loss, which names no event itself; the news, not the setting of another act."""
    kill = count.token.head
    return (kill.dep_ == "advcl" and kill.head.i == held.token.head.i
            and _loss_verb(kill, held.token, _tables()))


def lost_by(kill: Token, count: Count) -> bool:
    """Whether a count of the dead is the killing verb ``kill``'s doers' own loss ("killed 12 militants and
    lost three soldiers in a gun battle"), the doer himself ("... and then killed himself"), or dead told
    in a clause of contrast under it ("killed 30 fighters in the battle, whereas six soldiers died"): the
    killing's dead, however near another event's word stands."""
    if count.kind != "killed":
        return False
    if count.rule == "self":
        return _joined_after(kill, count.token.head)
    return _loss_verb(kill, count.token, _tables()) or _beside_clause(kill, count.token)


def died_during(count: Count, noun: Token) -> bool:
    """'Nineteen people died during the protests': the dead are the subject of a verb of dying whose "in" or
    "during" object is ``noun``."""
    verb = count.token.head
    return (count.kind == "killed" and count.token.dep_ == "nsubj" and verb.pos_ == "VERB"
            and verb.lemma_.lower() in _tables().dying_verbs and noun.dep_ == "pobj"
            and noun.head.lower_ in ("in", "during") and noun.head.head.i == verb.i)


def left_by(count: Count, noun: Token) -> bool:
    """'Protests over fuel prices left 27 people dead': the dead or hurt a verb of leaving leaves, whose
    subject is ``noun`` (westafr-1)."""
    first = count.token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "left 27 civilians and six police officers dead"
    verb = first.head
    return (count.kind in ("killed", "injured") and count.rule.startswith("left") and first.dep_ == "dobj"
            and verb.lemma_.lower() == "leave" and noun.dep_ == "nsubj" and noun.head.i == verb.i)


def died_beside(count: Count, verb: Token) -> bool:
    """'Truckers blocked highways to protest fuel prices, and at least six people died': the dead told by a
    verb of dying joined to the act ``verb`` (westafr-1)."""
    dying = count.token.head
    return (count.kind == "killed" and count.token.dep_ == "nsubj" and dying.pos_ == "VERB"
            and dying.lemma_.lower() in _tables().dying_verbs and dying.dep_ == "conj"
            and dying.head.i == verb.i)


def _joined_after(kill: Token, verb: Token) -> bool:
    """Whether ``verb`` is joined after the killing ``kill``, or after the act whose outcome it tells
    ("opened fire on the crowd, killing five people, and then killed himself")."""
    return verb.head.i == kill.i and verb.i > kill.i or (
        kill.dep_ == "advcl" and kill.tag_ == "VBG" and verb.head.i == kill.head.i and verb.i > kill.i)


def _beside_clause(kill: Token, counted: Token) -> bool:
    """Whether a counted subject's verb of death is a clause of contrast (``beside_marks``) under ``kill``."""
    tables = _tables()
    verb = counted.head
    killing = tables.kinds["killed"]["verbs"]
    return (counted.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "advcl" and verb.head.i == kill.i
            and verb.lemma_.lower() in killing and kill.lemma_.lower() in killing
            and any(c.dep_ == "mark" and c.lower_ in tables.beside_marks for c in children_of(verb))
            and not any(c.dep_ == "prep" and c.i < counted.i  # not "while in the south five soldiers ..."
                        for c in children_of(verb)))


def told_beside(held: Count, count: Count) -> bool:
    """'Soldiers killed 10 militants in the clash, while three soldiers were killed': the dead of a clause
    of contrast (``beside_marks`` in data/quantities.yaml) under the verb that killed those held are the
    same fight's other dead, added to its toll (counts255)."""
    return _beside_clause(held.token.head, count.token)


def _one_lost(sent: Span, counts: list[Count], tables: _Tables) -> list[Count]:
    """'troops killed four militants, losing a soldier': one dead, the one person a killing's doers lost."""
    out = []
    for held in counts:
        if held.kind != "killed":
            continue
        lemmas, toks = lemmas_of(sent.doc), tokens_of(sent.doc)  # found by lemma, no Token made for each word
        for verb in (toks[k] for k in range(sent.start, sent.end) if lemmas[k] in tables.loss_verbs):
            for obj in children_of(verb):
                one = any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in children_of(obj))
                if obj.tag_ == "NN" and one and _loss_verb(held.token.head, obj, tables):
                    span = sent.doc[obj.i - 1: obj.i + 1]
                    out.append(Count("killed", 1, span.text, span.start_char, span.end_char, obj, "lost-one"))
        break
    return out


SPAN_WORDS = frozenset({"since", "far", "date"})  # "the total killed since the coup", "so far", "to date"
SPAN_NOUNS = frozenset({"year", "month", "week", "decade"})  # "this year", "the year's toll"


def revised_toll(number: Token) -> Token | None:
    """The toll or tally noun a number after "to" revises: 'bringing the toll from the Mogadishu attack to
    22', 'raised the death toll from Friday's ambush to 19', 'revised the toll down to 31' (``update_verbs``);
    None for a running total ("bringing the total killed since the coup to 700") (counts355)."""
    tables = _tables()
    prep = number.head
    if number.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.dep_ in ("advmod", "prt") and verb.lower_ in ("up", "down"):
        verb = verb.head  # "revised the toll down to 31 from 45"
    if verb.lemma_.lower() not in tables.update_verbs:
        return None
    toll = next((c for c in children_of(verb) if c.dep_ == "dobj"
                 and c.lemma_.lower() in tables.toll_nouns | tables.tally_nouns), None)
    if toll is None or any(t.lower_ in SPAN_WORDS or t.dep_ == "npadvmod" or t.lemma_.lower() in SPAN_NOUNS
                           for t in toll.subtree):
        return None
    if any(c.lower_ == "since" or c.dep_ == "npadvmod" for c in children_of(verb)):
        return None  # "bringing to 150 the number of Palestinians killed this year"
    return toll


def unnamed_toll(count: Count) -> bool:
    """Whether a toll revised to a count names no event it is of ("bringing the death toll to 40,000"), not
    "bringing the toll from the Mogadishu attack to 22": after an act's own dead, a larger struggle's toll."""
    if not count.rule.startswith("raised:"):
        return False
    toll = revised_toll(count.token)
    return toll is not None and not any(
        c.dep_ == "prep" and c.lower_ in _tables().update_preps and any(
            g.dep_ == "pobj" and g.ent_type_ not in ("GPE", "LOC") for g in children_of(c))
        for c in children_of(toll))  # "the death toll in Gaza": a place, no event


def _tallied(tally: Token, tables: _Tables) -> str | None:
    """What a tally noun counts: 'the number killed', 'the number of dead', 'the number of people who died',
    'the figure for those wounded' (killed, injured or arrested), or None (coder20)."""
    words = [c for c in children_of(tally) if c.dep_ in ("acl", "relcl", "amod")]
    for prep in (c for c in children_of(tally) if c.dep_ == "prep" and c.lower_ in ("of", "for")):
        for obj in (g for g in children_of(prep) if g.dep_ == "pobj"):
            words += [obj, *(c for c in children_of(obj) if c.dep_ in ("acl", "relcl", "amod"))]
    for kind in ("killed", "injured", "arrested"):
        table = tables.kinds[kind]
        for word in words:
            lemma = word.lemma_.lower()
            if lemma in table["verbs"] or lemma in table["nouns"] or lemma in table["adjectives"] or (
                    word.lower_ in table["adjectives"]):
                return kind
    return None


def _tally_people(number: Token) -> Token | None:
    """The people a toll update's tally counts ("the number of police officers killed ... rose to 13": the
    officers), or None when it names none ("the number killed")."""
    verb = number.head.head if number.dep_ == "pobj" else number.head
    for tally in (c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")):
        for prep in (c for c in children_of(tally) if c.dep_ == "prep" and c.lower_ == "of"):
            people = next((g for g in children_of(prep) if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
            if people is not None:
                return people
    return None


def _subset(noun: Token, first: Token, tables: _Tables) -> bool:
    """'The dead were villagers, among them three women': a part of those counted, not the toll (the
    words from the counted noun up its conjunctions to ``first``)."""
    tok = noun
    while True:
        if tok.dep_ == "pobj" and tok.head.lower_ in tables.subset_preps or any(
                c.dep_ == "prep" and c.lower_ in tables.subset_preps
                and any(g.dep_ == "pobj" and g.pos_ == "PRON" for g in children_of(c))
                for c in children_of(tok)):  # "among them four children" hung on the children
            return True
        if tok.i == first.i or tok.head.i == tok.i:
            return False
        tok = tok.head


def _part_of(number: Token, noun: Token, tables: _Tables) -> bool:
    """'Two of the dead were children', 'three of the victims': a part of the dead or hurt the story
    counts elsewhere, not a toll of its own ('killed four of the passengers' is one)."""
    lemma = noun.lemma_.lower()
    harmed = any(lemma in tables.kinds[kind][part]
                 for kind in ("killed", "injured") for part in ("nouns", "adjectives"))
    return (harmed and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == number.i
            and any(c.dep_ in ("det", "amod") and c.lower_ in tables.part_dets for c in children_of(noun)))


def _per_side(noun: Token, number: Token, tables: _Tables) -> bool:
    """'four soldiers from each army', 'three on either side': the count is told for each of two sides."""
    verbs = {t.head for t in (noun, number) if t.head.pos_ == "VERB"}  # "killing four from each army"
    for owner in {noun, number} | verbs:
        for prep in children_of(owner):
            if prep.dep_ != "prep":
                continue
            for obj in children_of(prep):
                if (obj.dep_ == "pobj" and obj.lemma_.lower() in tables.side_nouns
                        and any(d.lower_ in tables.per_side_dets for d in children_of(obj))):
                    return True
    return False


def _coordination(noun: Token) -> list[Token]:
    """The nouns coordinated with a counted noun, the first one first; "killing the priest and five
    worshippers" parsed with the worshippers hung on the verb still has the priest as its first."""
    first = _partitive_number(noun) or noun  # "a police chief and three of his escorts": the three's
    while first.dep_ == "conj" and (
            first.head.pos_ in ("NOUN", "PROPN") or _self_word(first.head, _tables())):
        first = first.head  # "killed himself and 11 worshippers": the doer first
    if first.dep_ == "conj" and first.head.pos_ == "VERB":
        obj = next((c for c in children_of(first.head) if c.dep_ == "dobj" and c.i < first.i), None)
        first = obj if obj is not None else first
    group = [first, *first.conjuncts]
    return group if noun in group else [*group, noun]


def _named_beside(noun: Token, group: list[Token], tables: _Tables) -> int:
    """How many people a coordination tells one by one beside the counted noun ("the priest and five
    worshippers": 1; "three soldiers and their interpreter": 1), each without a figure of its own."""
    total = 0
    for tok in group:
        if tok.i == noun.i or tok.like_num or tok.lemma_.lower() in tables.not_people or any(
                c.dep_ == "nummod" for c in children_of(tok)) or _place_listed(tok, group, tables):
            continue
        total += _person_count(tok) or _self_count(tok, tables) or 0
    return total


def _place_listed(tok: Token, group: list[Token], tables: _Tables) -> bool:
    """'killed 18 people at a wedding, a funeral and a hospital': a noun the parse hangs on the counted people
    that follows the object of their preposition of place (``list_preps``), a common noun as that object is,
    goes on the list of places, no person beside them (counts59)."""
    if tok.pos_ != "NOUN":
        return False
    return any(p.dep_ == "prep" and p.lower_ in tables.list_preps and any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" and m.i < o.i < tok.i for o in children_of(p))
        for m in group if m.i < tok.i for p in children_of(m))


def counts_doers(count: Count, doers: list[Token]) -> bool:
    """'ambushed a convoy, killing 11 soldiers; 15 attackers were killed in the fighting': a toll told
    back that counts the act's own doers (named by its doers' noun or as attackers, ``doer_nouns`` in
    data/quantities.yaml) counts other dead than the act's victims."""
    lemma = count.token.lemma_.lower()
    return lemma in _tables().doer_nouns or lemma in {t.lemma_.lower() for t in doers}


def doers_again(subject: Token, doers: list[Token], pronouns: bool = False) -> bool:
    """'...; the attackers killed five passengers', '...; the gunmen killed five': a definite subject that
    names an act's doers again (as attackers, ``doer_nouns``, or by the doers' own noun), or with ``pronouns``
    a pronoun of them ("...; they killed five"; ``again_pronouns`` in data/quantities.yaml; casualty61)."""
    tables = _tables()
    if subject.pos_ == "PRON":
        return pronouns and subject.lower_ in tables.again_pronouns
    lemma = subject.lemma_.lower()
    definite = any(c.dep_ == "det" and c.lower_ in tables.back_dets for c in children_of(subject))
    return definite and (lemma in tables.doer_nouns or lemma in {t.lemma_.lower() for t in doers})


def act_again(noun: Token) -> bool:
    """'...; the attack killed five passengers', 'The ambush killed 12 soldiers': a definite noun of the act
    just told (``back_across_nouns``) that is the subject of a verb of killing or wounding (casualty61)."""
    tables = _tables()
    hurt = tables.kinds["killed"]["verbs"] | tables.kinds["injured"]["verbs"]
    return (noun.dep_ == "nsubj" and noun.head.lemma_.lower() in hurt
            and noun.lemma_.lower() in tables.back_across_nouns
            and any(c.dep_ == "det" and c.lower_ in tables.back_dets for c in children_of(noun)))


def vague_count(count: Count) -> bool:
    """Whether a count was told by a vague word ("thousands", "tens of thousands"), no figure (counts56)."""
    return count.text.lower() in _tables().vague


def toll_told(count: Count) -> bool:
    """'the death toll had risen to 15', 'raising the toll from the blast to 18', 'the number killed rose to
    13': a count told as a toll or its update, not as people an act was done to (counts355)."""
    rule = count.rule.split("+")[0]
    return rule.startswith(("raised:", "tally:")) or rule in {f"subject:{n}" for n in _tables().toll_nouns}


def span_tally(count: Count) -> bool:
    """'the number of people killed in the state this year has risen to 400', 'the total killed so far': a
    toll told over a span (``SPAN_WORDS``, "this year"), a running total, not one act's (counts355)."""
    verb = next((a for a in count.token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(t.lower_ in SPAN_WORDS or t.dep_ == "npadvmod" and t.lemma_.lower() in (
        SPAN_NOUNS) for t in verb.subtree)


def revised_down(count: Count) -> bool:
    """'revised the toll down to 20 from 32', 'lowered the death toll to 20': a toll revised, which holds
    even when smaller than the toll told before (counts355)."""
    return count.rule.startswith("raised:")


def told_as_more(count: Count) -> bool:
    """'4 attackers were also killed', 'two soldiers died as well': dead told besides a toll already given,
    to be added to it (``more_words`` in data/quantities.yaml)."""
    if count.rule.startswith("ordinal-alone:"):
        return True  # "... killed two gunmen. A third Palestinian died of his wounds": one more
    words = _tables().more_words
    noun = count.token
    counted = [noun, *(c for c in children_of(noun) if c.dep_ == "nummod")] if noun.pos_ == "NOUN" else []
    if any(c.dep_ == "amod" and c.lower_ in _tables().more_modifiers and c.idx > count.start
           for w in counted for c in children_of(w)):
        return True  # "two other policemen were killed", "three more soldiers died"; not "more than 20"
    verb = next((a for a in chain((count.token,), count.token.ancestors) if a.pos_ == "VERB"), None)
    if verb is None:
        return False
    return any(c.dep_ == "advmod" and (c.lower_ in words or c.lower_ == "well" and any(
        a.lower_ == "as" for a in children_of(c))) for c in children_of(verb))


def find_counts(sent: Span) -> list[Count]:
    """Every count of people in a sentence that says what happened to them."""
    tables = _tables()
    out: list[Count] = []
    doc = sent.doc
    grouped: set[int] = set()  # the coordinations whose people told one by one are counted already
    for first, last, value in _number_runs(sent, tables) + _vague_runs(sent, tables):
        number = doc[last - 1]
        if first <= number.head.i < last and number.head.i != number.i:  # "one hundred and thirty-two": the
            number = next((t for t in doc[first:last] if not first <= t.head.i < last), number)  # run's head
        elif number.dep_ == "compound" and number.lower_ in tables.multipliers:  # "2 lakh people": the model
            number = next((t for t in doc[first:last]  # hangs the figure on the noun, the "lakh" a compound
                           if t.dep_ == "nummod" and t.head == number.head), number)
        if number.dep_ == "conj" and number.head.i < first and number.head.like_num:
            number = number.head  # "between 10,000 and 15,000 people": the first figure holds the noun
        noun = _total_of(_counted(number), tables)
        found = _kind(noun, tables)
        if noun is not number and (found is None or found[0] == "size"):
            fate = _kind(number, tables)  # "Police detained hundreds of protesters": held, not a crowd
            found = fate if fate is not None and (found is None or fate[0] != "size") else found
        if found is None:
            continue
        kind, rule = found
        if kind != "size" and noun.lemma_.lower() in tables.craft_nouns:
            continue  # "detained five Vietnamese fishing vessels": the boats, not their crews
        if kind == "arrested" and noun.lemma_.lower() in tables.ground_nouns:
            continue  # "captured seven villages", "captured several strategic heights": ground, no one held
        if kind != "size" and _part_of(number, noun, tables):
            continue
        if rule.startswith("tally:"):
            noun = _tally_people(noun) or noun  # "the number of police officers killed": the officers
        if kind in ("killed", "injured") and _per_side(noun, number, tables):
            value, rule = value * 2, f"{rule}+per side"  # "killing four soldiers from each army"
        span = doc[first:last]
        if kind in ("killed", "injured"):
            group = _coordination(noun)
            beside = 0 if group[0].i in grouped else _named_beside(noun, group, tables)
            grouped.add(group[0].i)
            if beside:  # "killing the priest and five worshippers": six
                value, rule = value + beside, f"{rule}+{beside} named"
        if kind != "size" and (along := _along_with(noun, tables)):  # "killed along with 17 others": 18
            value, rule = value + along, f"{rule}+{along} along with"
        out.append(Count(kind, value, span.text, span.start_char, span.end_char, noun, rule))
    if not any(c.kind == "killed" for c in out):
        out.extend(_deaths_without_figures(sent) or _bodies_named(sent) or _left_dead(sent)
                   or _done_to_death(sent) or _found_dead(sent))
    out.extend(_ordinal_dead(sent, out, tables))
    out.extend(_none_told(sent, out, tables))
    out.extend(_one_lost(sent, out, tables))
    out.extend(_self_dead(sent, out, tables))
    out.sort(key=lambda c: c.start)
    return out


NARROWING_PREPS = frozenset({"on", "among", "from", "within"})  # "... on the government side"
UNSURE_AUX = frozenset({"will", "would", "could", "may", "might", "should", "must", "to", "ca", "can"})


def _none_open(noun: Token, tables: _Tables) -> bool:
    """Whether a noun of harm is told with nothing that narrows whose it is ("no casualties", "no casualties
    reported", not "no civilian casualties" or "no casualties among the soldiers")."""
    return all(c.dep_ in ("det", "cc", "punct", "conj") or c.lemma_.lower() in tables.none_open
               for c in children_of(noun))


def _none_told(sent: Span, counts: list[Count], tables: _Tables) -> list[Count]:
    """'fired rockets, causing no casualties', 'There were no deaths or injuries': a noun of harm
    (``none_nouns``) with "no" and nothing that narrows it, under no verb of what may be, tells 0 dead or hurt
    (0 hurt too for casualties), where the sentence counts none of that kind; not one side's ("suffered no
    casualties", ``none_side_verbs``) (counts59)."""
    out: list[Count] = []
    told = {c.kind for c in counts}
    lemmas, toks = lemmas_of(sent.doc), tokens_of(sent.doc)  # a noun of harm found by lemma, no Token made
    for at in range(sent.start, sent.end):
        if lemmas[at] not in tables.none_nouns:
            continue
        tok = toks[at]
        if not any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(tok)):
            continue
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in UNSURE_AUX
               for v in tok.ancestors for c in children_of(v)):
            continue  # "there would be no casualties", "vowed to ensure there were no casualties"
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in tables.none_side_verbs:
            continue  # "the troops suffered no casualties": one side's losses, not the toll
        if tok.dep_ != "pobj" and any(c.dep_ == "prep" and c.lower_ in NARROWING_PREPS
                                      for c in children_of(tok.head)):
            continue  # "No casualties were reported on the government side": the parse hangs "on" on the verb
        nouns = [tok, *(c for c in tok.conjuncts if c.lemma_.lower() in tables.none_nouns)]
        if not all(_none_open(n, tables) for n in nouns):
            continue
        kinds = {k for n in nouns for k in tables.none_nouns[n.lemma_.lower()]}
        first, last = tok.i - 1, max(n.i for n in nouns) + 1
        span = sent.doc[first:last]
        for kind in sorted(kinds - told):
            rule = f"none:{tok.lemma_.lower()}"
            out.append(Count(kind, 0, span.text, span.start_char, span.end_char, tok, rule))
            told.add(kind)
    return out


def _ordinal_dead(sent: Span, counts: list[Count], tables: _Tables) -> list[Count]:
    """'Two farmers died on the spot and a third later died in hospital': one more dead, told by the ordinal
    that follows the count of the dead before it (``ordinals`` in data/quantities.yaml; gaps30)."""
    told = {c.value for c in counts if c.kind == "killed"}
    out: list[Count] = []
    lowers = lowers_of(sent.doc)
    for i in range(sent.start, sent.end):
        rank = tables.ordinals.get(lowers[i])
        if rank is None or told and rank - 1 not in told:
            continue  # with no toll in the sentence: one more than a toll told before ("ordinal-alone")
        tok = sent.doc[i]
        if tok.dep_ == "amod" and (tok.head.dep_ == "nsubjpass" or tok.head.dep_ == "nsubj" and (
                tok.head.head.lemma_.lower() in tables.dying_verbs)):
            tok = tok.head  # "A third Palestinian died of his wounds" (counts355)
        # "a third later died": the parse may hang the ordinal on the adverb
        verb = tok.head.head if tok.dep_ == "npadvmod" and tok.head.dep_ == "advmod" else tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass", "npadvmod"):
            continue
        if verb.lemma_.lower() not in tables.kinds["killed"]["verbs"] or not any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(tok)):
            continue
        span = sent.doc[tok.i - 1: tok.i + 1]
        rule = "ordinal" if told else f"ordinal-alone:{rank}"
        out.append(Count("killed", 1, span.text, span.start_char, span.end_char, tok, rule))
    return out


SINGULAR_DETS = {"a", "an", "the", "this", "that", "his", "her", "their", "its", "one", "another"}
THINGS = {"village", "house", "home", "town", "city", "vehicle", "car", "truck", "bus", "building", "post",
          "base", "position", "property", "area", "market", "school", "church", "mosque", "office",
          "checkpoint", "camp", "station", "shop", "store", "road", "convoy", "facility"}


def _person_count(tok: Token) -> int | None:
    """1 for 'a man', 'the victim', 'John Smith', 'him'; 2 for 'both victims' or 'both'; None for 'people'."""
    lemma = tok.lemma_.lower()
    if tok.lower_ in ("him", "her") and tok.dep_ == "dobj" and tok.pos_ == "PRON":
        return 1  # "opened fire on the knifeman, killing him": one (attacker53)
    if tok.lower_ == "both" and tok.dep_ in ("dobj", "nsubjpass"):
        return 2  # "killing both of them", "both were killed": two people (gaps30)
    if lemma in THINGS or tok.pos_ not in ("NOUN", "PROPN") or lemma in _tables().group_nouns:
        return None  # "a trader's family": a group of no stated size
    dets = {c.lower_ for c in children_of(tok) if c.dep_ in ("det", "poss", "nummod")}
    if "both" in dets:
        return 2
    owned = any(c.dep_ == "poss" for c in children_of(tok))  # "a governor's aide", "a chief's son"
    if tok.tag_ in ("NN", "NNP") and (dets & SINGULAR_DETS or tok.pos_ == "PROPN" or owned):
        return 1
    if _plural_tagged_name(tok, dets):
        return 1  # "Land defender Raimundo Mendes was shot dead": a surname the tagger took for a plural
    return 1 if tok.tag_ == "NN" and not dets and _headline_victim(tok) else None


def _plural_tagged_name(tok: Token, dets: set[str]) -> bool:
    """'Raimundo Mendes', 'Hernán Morales': one person's name whose surname the tagger marks as a plural
    (NNPS), with no determiner ("the Kennedys" is a family)."""
    return tok.tag_ == "NNPS" and tok.ent_type_ == "PERSON" and not dets


def _headline_victim(tok: Token) -> bool:
    """'Kenyan police officer shot dead by Al-Shabaab': the bare singular noun that opens a headline's
    passive with no "was" is one person, also when the parse makes the noun the root and the participle
    its clause ("Peruvian journalist killed in Ayacucho")."""
    if tok.left_edge.i != tok.sent.start:
        return False
    if tok.dep_ == "ROOT":
        return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i > tok.i for c in children_of(tok))
    verb = tok.head
    return (tok.dep_ == "nsubjpass" and verb.tag_ == "VBN"
            and not any(c.dep_ == "auxpass" for c in children_of(verb)))


def people_named(noun: Token) -> int | None:
    """How many people a noun names: its figure ("four farmers"), else one for "a farmer"; None if untold."""
    tables = _tables()
    figures = [_value_of(c.lower_, tables) for c in children_of(noun) if c.dep_ == "nummod"]
    if len(figures) == 1 and figures[0] is not None:
        return int(figures[0])
    return _person_count(noun) if not figures else None


def _hurt_only(head: Token) -> bool:
    """'killed a shopkeeper and injured two customers': the object of a verb of injury was not killed."""
    hurting = _tables().kinds["injured"]["verbs"]
    return head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in hurting


def implied_victims(heads: list[Token]) -> Count | None:
    """The number of people a killing names without a figure: 'a man and his wife' -> 2."""
    total, first = 0, None
    for head in [h for h in heads if not _hurt_only(h)]:
        if head.pos_ == "ADJ":  # ", the latest in a string of killings": a misparsed apposition, no one
            continue
        for tok in [head, *head.conjuncts]:
            n = _person_count(tok)
            if n is None:
                return None
            total += n
            first = first or tok
    if not total or first is None:
        return None
    span = first.doc[first.left_edge.i : first.i + 1]
    return Count("killed", total, span.text, span.start_char, span.end_char, first, "victims named")


def _left_dead(sent: Span) -> list[Count]:
    """'fought with knives, leaving a 22-year-old man dead', 'the clash left a woman dead': people named with
    no figure whom a verb of leaving leaves dead ("dead" told of the verb, or hung on the noun after it)
    (riots34)."""
    doc, lemmas = sent.doc, lemmas_of(sent.doc)
    dead = _tables().kinds["killed"]["adjectives"]
    for i in range(sent.start, sent.end):
        if lemmas[i] != "leave" or doc[i].pos_ != "VERB":
            continue
        verb = doc[i]
        for obj in (c for c in children_of(verb) if c.dep_ == "dobj"):
            told = [c for c in (*children_of(verb), *children_of(obj))
                    if c.i > obj.i and c.dep_ in ("oprd", "acomp", "amod", "ccomp") and c.lower_ in dead]
            found = implied_victims([obj]) if told else None
            if found is not None:
                found.rule = "left dead:" + found.rule
                return [found]
    return []


def _done_to_death(sent: Span) -> list[Count]:
    """'a mob beat a man accused of blasphemy to death', 'beat her to death': one person named with no figure
    whom a verb "to death" kills (``death_ends``; not the verbs of ``not_to_death``) (riots39)."""
    tables = _tables()
    doc, lemmas = sent.doc, lemmas_of(sent.doc)
    pos, verb_pos = column(doc, POS), POS_IDS["VERB"]
    for i in range(sent.start, sent.end):
        if pos[i] != verb_pos or lemmas[i] in tables.not_to_death:  # no Token made for a word that is no verb
            continue
        verb = doc[i]
        objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
        if len(objects) != 1:
            continue
        obj = objects[0]
        # "beat a man accused of blasphemy to death": the parser hangs "to death" on the clause that tells
        # the charge, not on the verb (``charge_clauses``, riots41)
        heads = [verb, *(c for c in children_of(obj)
                         if c.dep_ == "acl" and lemmas[c.i] in tables.charge_clauses)]
        ends = [g for h in heads for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "to"
                for g in children_of(c) if g.lower_ in tables.death_ends]
        if not ends:
            continue
        if obj.lower_ in ("him", "her"):
            return [Count("killed", 1, obj.text, obj.idx, obj.idx + len(obj.text), obj, "to death:pronoun")]
        found = implied_victims([obj]) if not any(c.like_num for c in children_of(obj)) else None
        if found is not None:
            found.rule = "to death:" + found.rule
            return [found]
    return []


def _found_dead(sent: Span) -> list[Count]:
    """'A man was found dead with gunshot wounds', 'a woman was found shot dead': people named with no figure
    whom a passive "found" finds dead (``_told_fate`` counts those told with a figure) (bv43)."""
    tables = _tables()
    dead, killing = tables.kinds["killed"]["adjectives"], tables.kinds["killed"]["verbs"]
    doc, lemmas = sent.doc, lemmas_of(sent.doc)
    for i in range(sent.start, sent.end):
        if lemmas[i] != "find" or doc[i].pos_ != "VERB":
            continue
        verb = doc[i]
        kids = children_of(verb)
        subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        told = [c for c in kids if c.dep_ in ("oprd", "xcomp", "acomp")
                and (c.lower_ in dead or lemmas[c.i] in killing
                     or any(g.dep_ == "oprd" and g.lower_ in dead for g in children_of(c)))]  # "shot dead"
        if subj is None or not told or any(c.like_num for c in children_of(subj)):
            continue
        found = implied_victims([subj])
        if found is not None:
            found.rule = "found dead:" + found.rule
            return [found]
    return []


def burned_alive(verb: Token) -> bool:
    """'burnt alive a man accused of theft', 'burned a suspected thief alive': the victim died, though no
    figure is written ("alive" on the verb or on its object; ``alive_verbs``) (riots34)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _tables().alive_verbs:
        return False
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    return bool(objects) and any(c.lower_ == "alive" for t in (verb, *objects) for c in children_of(t))


def _bodies_named(sent: Span) -> list[Count]:
    """'The body of a shopkeeper was found', 'a man's body was found': a dead person named by one body
    (``body_nouns`` in data/quantities.yaml) whose person is told after "of" or as its owner (not "a regional
    body", "the governing body of FIFA")."""
    out = []
    doc, nouns = sent.doc, _tables().body_nouns
    lemmas, tags, nn = lemmas_of(doc), column(doc, TAG), doc.vocab.strings["NN"]
    for i in range(sent.start, sent.end):  # the Doc's columns: a Token only for a body noun
        if lemmas[i] not in nouns or tags[i] != nn:
            continue
        tok = doc[i]
        of = [g for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"
              for g in children_of(c) if g.dep_ == "pobj"]
        owners = [c for c in children_of(tok) if c.dep_ == "poss"]
        person = next((p for p in of + owners if _one_person(p)), None)
        if person is not None:
            span = tok.doc[tok.left_edge.i: max(tok.i, person.i) + 1]
            out.append(Count("killed", 1, span.text, span.start_char, span.end_char, tok, "body named"))
    return out


def _one_person(tok: Token) -> bool:
    """A common noun for one person ("a woman", "a former alderman") or a person's name."""
    if tok.pos_ == "PROPN":
        return tok.ent_type_ == "PERSON"
    return tok.pos_ == "NOUN" and _person_count(tok) == 1


def _killed_after_own_act(tok: Token) -> bool:
    """'a soldier stepped on a landmine and was killed': a passive 'killed' with no subject of its own,
    conjoined to what its victim did (sd38)."""
    return (tok.lemma_ == "kill" and tok.dep_ == "conj" and tok.head.pos_ == "VERB"
            and any(c.dep_ == "auxpass" for c in children_of(tok))
            and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in children_of(tok)))


def _deaths_without_figures(sent: Span) -> list[Count]:
    """'The victim died.', 'Both men died.', 'a suspected pickpocket succumbed to his injuries': deaths of
    named or counted-by-article people (the verbs: ``dying_verbs`` in quantities.yaml)."""
    out = []
    doc, lemmas = sent.doc, lemmas_of(sent.doc)
    dying = _tables().dying_verbs
    for i in range(sent.start, sent.end):
        if lemmas[i] not in dying and lemmas[i] != "kill":
            continue
        tok = doc[i]
        if tok.lemma_ == "succumb" and not _succumbed_to_wounds(tok):
            continue
        if tok.lemma_ == "kill" and not _killed_after_own_act(tok):
            continue
        if (tok.lemma_ in dying or tok.lemma_ == "kill") and tok.pos_ == "VERB":
            subj = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
            if subj is None and tok.dep_ == "conj":  # "a policeman was shot and died in hospital", "a soldier
                # stepped on a mine and died" (sd38)
                subj = next((c for c in children_of(tok.head) if c.dep_ in ("nsubjpass", "nsubj")), None)
            if subj is None or any(c.like_num for c in children_of(subj)) or _natural_death(tok):
                continue
            found = implied_victims([subj])
            if found is not None:
                found.rule = "died:" + found.rule
                out.append(found)
    return out


def _natural_death(verb: Token) -> bool:
    """'died on Sunday aged 91', 'died of a heart attack', 'died peacefully', 'at the age of 93': a death of
    age or illness, which counts toward no deed's toll (round lead53)."""
    tables = _tables()
    for c in children_of(verb):
        if c.lower_ in tables.natural_words:
            return True
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "at"):
            for g in children_of(c):
                if g.dep_ != "pobj":
                    continue
                mods = " ".join(m.lower_ for m in g.lefts if m.dep_ in ("compound", "amod"))
                if g.lemma_.lower() in tables.natural_causes or f"{mods} {g.lemma_.lower()}".strip() in (
                        tables.natural_causes) or g.lower_ == "age":
                    return True
    return False


def _succumbed_to_wounds(verb: Token) -> bool:
    """'succumbed to his injuries': a death; 'succumbed to pressure': none (riots34)."""
    wounds = _tables().succumb_to
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in wounds for g in children_of(c)) for c in children_of(verb))


CAPTIVE_PRONOUNS = frozenset({"them", "him", "her"})


def captives_killed(verb: Token) -> Count | None:
    """'abducted three traders and killed them': the people a pronoun object of a killing points back to,
    the object of the verb the killing is conjoined to, counted (three; one for 'a teacher')."""
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in CAPTIVE_PRONOUNS or verb.dep_ != "conj":
        return None
    earlier = next((c for c in children_of(verb.head) if c.dep_ == "dobj"), None)
    if earlier is None:
        return None
    tables = _tables()
    number = next((c for c in children_of(earlier) if c.dep_ == "nummod"), None)
    value = _word_value(number.lower_, tables) if number is not None else None
    if value is None:
        return implied_victims([earlier])
    span = earlier.doc[earlier.left_edge.i: earlier.i + 1]
    return Count("killed", int(value), span.text, span.start_char, span.end_char, earlier, "captives killed")

