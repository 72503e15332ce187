"""Find event triggers in a parsed sentence: verbs, nouns and multi-word phrases from the lexicon."""

from __future__ import annotations

from collections.abc import Container, Mapping
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from chronica.actors.data import package_file
from chronica.actors.leaders import parse_item
from chronica.extract.lexicon import Entry, Lexicon, lexicon
from chronica.nlp import (
    children_of,
    in_place,
    lowers_of,
    place_country,
    sentence_bounds,
    sentence_of,
    tokens_of,
)
from chronica.nlp import lemmas_of as spacy_lemmas_of
from chronica.vessels import covering

NOUN_POS = {"NOUN", "PROPN"}
VERB_POS = {"VERB"}
ARG_PREPS = {"against", "on", "at", "upon", "into", "with", "to", "between", "for", "over", "in",
             "outside", "through", "of"}


@dataclass
class Trigger:
    """A word or phrase that expresses an event."""

    head: Token  # the token whose dependants carry the roles
    first: int  # token index span of the trigger words (inclusive, exclusive)
    last: int
    cls: str
    kind: str  # "verb", "noun" or "phrase"
    entry: Entry
    rule: str

    @property
    def is_noun(self) -> bool:
        # a headline's verb tagged as a noun; the kind first (most triggers are verbs: no tag read)
        return self.kind != "verb" and self.head.pos_ in NOUN_POS


def governing_verb(noun: Token) -> Token | None:
    """The verb a noun is the object of, directly or through a preposition."""
    head = noun.head
    if noun.dep_ in ("dobj", "attr", "nsubjpass", "oprd") and head.pos_ in ("VERB", "AUX"):
        return head
    if noun.dep_ == "pobj" and head.dep_ in ("prep", "agent", "conj"):
        while head.dep_ == "conj" and head.head.pos_ == "ADP":
            head = head.head
        if head.head.pos_ in ("VERB", "AUX"):
            return head.head
    if noun.dep_ == "conj":
        return governing_verb(noun.head)
    return None


def relative_verb(noun: Token) -> Token | None:
    """The verb of a relative clause whose object is the noun: 'the attack which X launched'."""
    for child in children_of(noun):
        if child.dep_ == "relcl" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in children_of(child)
        ):
            return child
    return None


def frame(head: Token, lex: Lexicon) -> list[Token]:
    """The dependants that say who and what: the trigger's own, plus a light or relative verb's."""
    tokens = list(children_of(head))
    if head.pos_ not in NOUN_POS:  # "pulled out of the deal", "stayed away from the talks": the verb's
        tokens.extend(c for t in tokens if t.dep_ == "prep" and t.lower_ == "out"
                      or t.dep_ == "advmod" and t.lower_ == "away"
                      for c in children_of(t) if c.dep_ == "prep")
    tokens.extend(_shared_passive_subject(head, tokens))
    if head.pos_ in NOUN_POS:
        tokens.extend(_for_on_agent(tokens))
        rel = relative_verb(head)
        if rel is not None:
            tokens.extend(children_of(rel))
        verb = governing_verb(head)
        if verb is not None and verb.lemma_ in lex.light_verbs:  # "held a rally (in X) (demanding Y)"
            tokens.extend(
                c for c in children_of(verb)
                if c.dep_ in ("prep", "dative", "advcl", "xcomp") and head not in c.subtree
            )
    return tokens


def _for_on_agent(own: list[Token]) -> list[Token]:
    """'calls by the opposition for nationwide demonstrations': the parse hangs the noun's "for" on the
    object of its "by"; it is the noun's own."""
    return [f for t in own if t.dep_ == "prep" and t.lower_ == "by"
            for o in children_of(t) if o.dep_ == "pobj"
            for f in children_of(o) if f.dep_ == "prep" and f.lower_ == "for"]


def _shared_passive_subject(head: Token, own: list[Token]) -> list[Token]:
    """'A shell was removed and destroyed by engineers': a passive participle joined to a passive verb, with
    no subject or object of its own, shares that verb's passive subject (sd27)."""
    if head.dep_ != "conj" or head.tag_ != "VBN" or any(
            t.dep_ in ("nsubj", "nsubjpass", "dobj") for t in own):
        return []
    return [c for c in children_of(head.head) if c.dep_ == "nsubjpass"]


def _clause_with_object(dep: Token, word: str) -> bool:
    """Whether ``dep`` is a clause whose verb and object are the "verb>object" lemmas of ``word``."""
    verb, _, obj = word.partition(">")
    return (dep.dep_ in ("advcl", "xcomp", "ccomp", "conj", "acl") and dep.lemma_.lower() == verb
            and any(c.dep_ == "dobj" and c.lemma_.lower() == obj for c in children_of(dep)))


def _a_risk(head: Token, deps: list[Token]) -> bool:
    """'The threat of a new offensive remains high', 'amid the threat of war': a noun of threat whose "of"
    names an event (a noun trigger) and that no one makes (no possessor, "by" or "from", nor a verb's
    object: "issued a threat of retaliation") is a risk told, not a threat."""
    if head.dep_ in ("dobj", "conj") or any(
            d.dep_ == "poss" or d.dep_ in ("prep", "agent") and d.lower_ in ("by", "from") for d in deps):
        return False
    nouns = lexicon().nouns
    return any(d.dep_ == "prep" and d.lower_ == "of" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in nouns for c in children_of(d)) for d in deps)


def _satisfies(needs: tuple[str, ...], head: Token, deps: list[Token], entry: Entry | None = None) -> bool:
    if not needs:
        return True
    for need in needs:
        kind, _, word = need.partition(":")
        if kind == "listed" and entry is not None and any(
                d.dep_ in ("dobj", "nsubjpass") and _key(entry.objects, d) is not None for d in deps):
            return True  # "denied the allegations": an object the entry lists
        if kind == "obj" and any(d.dep_ in ("dobj", "nsubjpass", "dative") for d in deps):
            return True
        if kind == "obj" and head.dep_ in ("acl", "amod") and head.tag_ == "VBN":
            return True
        if kind == "none" and not any(d.dep_ in ("ccomp", "dobj") for d in deps):
            return True
        if kind == "hunt" and _hunt(head, deps):
            return True  # "police are searching for the gunmen": a manhunt, no place searched
        if kind == "prep" and any(d.dep_ in ("prep", "agent") and d.lower_ == word for d in deps):
            return True
        if kind == "place" and any(d.dep_ == "prep" and d.lower_ == word
                                   and (not _when(d) or word == "for" and _span_of(d)) for d in deps):
            return True  # "called on the government", not "called a strike on Monday"
        # "charged the party with inciting": the parse hangs "with" on the object
        if kind == "ground" and _put_off_ground(deps, bare=word == "from") and (
                word != "from" or _satisfies(("listed",), head, deps, entry)):
            return True  # "drove al-Shabaab out of the town": an enemy put off ground; "dislodged the
            # rebels from Bambari": an enemy the entry lists, with "from" alone (repel57)
        if kind == "noground" and not _put_off_ground(deps, bare=True):
            return True  # "dislodged the rebels": a fight, no ground named (repel57)
        if kind == "objprep" and any(d.dep_ == "dobj" and any(
                c.dep_ == "prep" and c.lower_ == word for c in children_of(d)) for d in deps):
            return True
        if kind == "ofprep" and any(d.dep_ == "prep" and d.lower_ == "of" and any(
                c.dep_ == "prep" and c.lower_ == word for g in children_of(d) if g.dep_ == "pobj"
                for c in children_of(g)) for d in deps):
            return True  # "the launch of 200 missiles at Israel": the parse hangs "at" on the "of" object
        if kind == "prt" and any(d.dep_ == "prt" and d.lower_ == word for d in deps):
            return True
        if kind == "mod" and any(
            d.dep_ in ("compound", "amod", "nmod") and d.lemma_.lower() == word for d in deps
        ):
            return True
        if kind == "poss" and any(d.dep_ == "poss" for d in deps):
            return True
        if kind == "byarmed" and any(_armed_agent(d) for d in deps):
            return True  # "unprovoked firing by Pakistani troops", "firing by police" (southasia-3)
        if kind == "statetold" and head.pos_ in NOUN_POS and state_told(head):
            return True  # "Israeli firing", "Indian firing" (southasia-3)
        if kind == "num" and any(d.dep_ == "nummod" or d.like_num for d in deps):
            return True
        if kind == "party" and any(party_of(d) for d in deps):
            return True  # "spoke with Xi", "a call with Zelenskiy"; not "spoke to reporters"
        if kind == "private" and _from_private(deps):
            return True  # "received a phone call from her son": private life
        if kind == "forto" and any(_for_to(d) for d in deps):
            return True  # "called for the hostages to be released"
        if kind == "sum" and _in_a_sum(head):
            return True  # "$1 billion in loans"
        if kind == "datenum" and any(d.dep_ == "nummod" and _day_or_year(d.text) for d in deps):
            return True  # "in march 2020", "on march 15": the month in lower case
        if kind == "pobj" and any(  # a particle's object too: "Israel should be wiped off the map"
            d.dep_ in ("prep", "prt")  # a gerund too: "held the suspect for questioning" (leftovers63)
            and any((c.dep_ == "pobj" or c.dep_ == "pcomp" and c.tag_ == "VBG") and c.lemma_.lower() == word
                    for c in children_of(d)) for d in deps
        ):
            return True
        if kind == "foe" and any(  # "defending itself against the FDLR militia", not "against criticism"
                d.dep_ == "prep" and d.lower_ == word and any(c.dep_ == "pobj" and c.lemma_.lower() not in
                                                              lexicon().verbal_foes for c in children_of(d))
                for d in deps):
            return True
        if kind == "child" and any(d.lemma_.lower() == word for d in deps):
            return True
        if kind == "captive" and _holds_captive(head, deps, captor_only=word == "captor"):
            return True  # "rebels are holding two nuns", "kidnappers kept the girls in a forest"
        if kind == "passive" and any(d.dep_ == "auxpass" for d in deps):
            return True  # "dozens were disappeared by soldiers"
        if kind == "clause" and any(
            d.dep_ in ("advcl", "xcomp", "ccomp", "conj", "acl") and d.lemma_.lower() == word
            and not _adverbial(d) for d in deps
        ):
            return True
        if kind == "order" and any(_ordered_clause(d, word) for d in deps):
            return True  # "told Russia to release the activist", not "told reporters that troops withdrew"
        if kind == "clauseobj" and any(_clause_with_object(d, word) for d in deps):
            return True  # "gathered outside the station seeking news of those held": a wait, not a protest
        if kind == "asked" and any(  # "wants Israel to freeze": a clause with a doer of its own
                d.dep_ == "ccomp" and d.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in children_of(d))
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(d)) for d in deps):
            return True
        if kind == "objto" and _asked_one_to(deps):
            return True
        if kind == "partyon" and _pressed_on(deps, word):
            return True  # "Borrell presses Serbia on Kosovo deal"
        if kind == "complement" and any(
                d.dep_ in ("xcomp", "ccomp") and d.pos_ in ("VERB", "AUX") or _asked_after_time(d, deps)
                for d in deps):
            return True
        if kind == "subj" and any(d.dep_ == "nsubj" and d.lemma_.lower() == word for d in deps):
            return True
        if (kind == "claimed" and head.dep_ == "pobj" and head.head.lower_ == "for"
                and head.head.head.lemma_.lower() in lexicon().claimed_for
                and not any(c.dep_ == "relcl" for c in children_of(head))):
            return True  # "claimed responsibility for the bomb in Derry", not "the bomb that killed"
        if kind == "armed" and _armed_mover(head, deps, ground=word == "ground"):
            return True  # "M23 rebels entered Goma", "Russian troops advanced near Pokrovsk" (leftovers62)
        if (kind == "acting" and head.dep_ == "nsubj" and head.head.pos_ == "VERB"
                and not _happens(head, lexicon())):
            return True  # "sectarian violence killed 3,000": the doer of a deed told, not told happening
        if kind == "subjof" and head.dep_ == "nsubj" and head.head.lemma_.lower() == word:
            return True  # "the march attracted 15,000 people": the noun the subject of the verb (counts56)
        if kind == "under" and head.dep_ == "pobj" and head.head.lower_ == word:  # "at a roadblock": a place
            return True
        if kind == "dep" and head.dep_ == word:  # the trigger's own role: "a landmine planted by X" (acl)
            return True
        if kind == "participle" and head.dep_ == "acl" and head.tag_ == word.upper():  # "arrests targeting X"
            return True
        if kind == "risk" and _a_risk(head, deps):
            return True  # "the threat of a new offensive remains high": a risk, no threat anyone made
        if kind == "state" and head.pos_ in NOUN_POS and _state_act(head, show=True):
            return True  # "the PLA launched large-scale drills": done by a named state or armed men
        if kind == "workers" and head.pos_ in NOUN_POS and _workers_noun(head, deps):
            return True  # "miners strike for higher wages", "a strike by pharmacists" (unrest-4)
        if kind == "gov" and head.pos_ in NOUN_POS:  # "attended talks": the verb the noun is the object of
            # the corrected lemma: "staged" is "stag"
            verb = governing_verb(head) or _verb_through_particle(head) or _verb_through_share(head)
            if verb is not None and lexicon().lemma(verb).lower() == word:
                return True
    return False


def _armed_mover(head: Token, deps: list[Token], ground: bool) -> bool:
    """Whether a verb's subject is armed men (``armed_movements`` doers: "Russian forces", "M23 rebels") going
    somewhere (a preposition of its ``directions``: "advanced on the capital") or, with ``ground``, its takers
    with a named place that is no country or a word for ground as the object (``grounds``: "entered Goma",
    "entered the town of Djibo"; not "entered the building", "entered eastern Congo", "an aid convoy entered
    Gaza", "tourists entered the city")."""
    lex = lexicon()
    subjects = [d for d in deps if d.dep_ == "nsubj"]
    if not subjects and head.dep_ == "conj":
        subjects = [c for c in children_of(head.head) if c.dep_ == "nsubj"]
    if not any(s.lemma_.lower() in (lex.armed_takers if ground else lex.armed_doers) for s in subjects):
        return False
    if not ground:
        return any(d.dep_ == "prep" and d.lower_ in lex.armed_directions for d in deps)
    if any(d.dep_ == "conj" and d.pos_ == "VERB" or d.dep_ in ("advcl", "xcomp") and d.pos_ == "VERB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children_of(d)) for d in deps):
        return False  # "entered the village and killed two people", "entered Kalehe to buy supplies"
    objects = [d for d in deps if d.dep_ == "dobj"]
    objects += [c for d in deps if d.dep_ == "prep" and d.lower_ in ("into", "in")
                for c in children_of(d) if c.dep_ == "pobj"]
    return any(o.lemma_.lower() in lex.armed_grounds or not country_word(o) and (
        o.ent_type_ in ("GPE", "LOC") or o.pos_ == "PROPN" and o.ent_type_ not in ("ORG", "NORP"))
        for o in objects)


def _armed_agent(prep: Token) -> bool:
    """Whether a dependant is a "by" phrase naming armed men or a state's forces ("by Pakistani troops", "by
    police", "by the BSF")."""
    if prep.dep_ not in ("prep", "agent") or prep.lower_ != "by":
        return False
    lex = lexicon()
    return any(g.dep_ == "pobj" and (g.lemma_.lower() in lex.state_act_doers or state_force(g, lex))
               for g in children_of(prep))


def _hunt(head: Token, deps: list[Token]) -> bool:
    """A verb of looking for someone with no thing searched: a "for" and no object ("searching for the
    gunmen"; not "searched the house for weapons", "homes searched by police")."""
    return (any(d.dep_ == "prep" and d.lower_ == "for" for d in deps)
            and not any(d.dep_ in ("dobj", "nsubjpass") for d in deps) and head.dep_ not in ("acl", "amod"))


def _verb_through_particle(noun: Token) -> Token | None:
    """The verb above a particle and its preposition that the parse chains: "pulled out of the deal", "walked
    away from the treaty" (the noun the object of "of" under "out")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.dep_ not in ("prep", "advmod", "prt"):
        return None
    verb = prep.head.head
    return verb if verb.pos_ == "VERB" and prep.head.lower_ in ("out", "away", "back") else None


def _verb_through_share(noun: Token) -> Token | None:
    """The verb of a party's share in the noun: "suspended its participation in the grain deal"
    (``share_nouns``)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "of", "to"):
        return None
    share = prep.head
    if share.pos_ not in NOUN_POS or share.lemma_.lower() not in lexicon().share_nouns:
        return None
    return governing_verb(share) or _verb_through_particle(share)


def _workers_noun(head: Token, deps: list[Token]) -> bool:
    """Whether a noun's doers are working people: a noun before it ("miners strike", "doctors' strike") or
    the object of its "by"/"of" ("a strike by pharmacists")."""
    if any((d.dep_ == "poss" or d.dep_ in ("compound", "nmod") and d.tag_ == "NNS") and d.i < head.i
           and working_people(d) for d in deps):  # not "Company strikes deal with union"
        return True
    return any(d.dep_ == "prep" and d.lower_ in ("by", "of") and working_people(g)
               for d in deps for g in children_of(d) if g.dep_ == "pobj")


PARTY_PREPS = ("with", "to")


def party_of(prep: Token) -> Token | None:
    """The party a "with" or "to" names, one the verb or noun confers with: a named person or state, a leader
    the dictionaries know (the tagger may call "Zelenskiy" an organisation) or an office (``parties.offices``
    in data/triggers.yaml: "the Emir of Qatar", "his Chinese counterpart"); not a reporter ("spoke to
    reporters", "to journalist John Simpson"), a broadcaster ("the BBC") nor a crowd (speech48)."""
    if prep.dep_ != "prep" or prep.lower_ not in PARTY_PREPS:
        return None
    lex = lexicon()
    for g in children_of(prep):
        if g.dep_ != "pobj":
            continue
        mods = [c for c in children_of(g) if c.dep_ in ("compound", "amod")]
        if any(c.lemma_.lower() in lex.press_nouns for c in mods):
            return None
        named = " ".join(t.text for t in [*(c for c in mods if c.pos_ == "PROPN" and c.i < g.i), g]).lower()
        if (g.pos_ == "PROPN" and (g.ent_type_ in ("PERSON", "GPE") or named in leader_names()
                                   or g.lower_ in leader_names())
                or g.lemma_.lower() in lex.party_offices):
            return g
    return None


HELD_PRONOUNS = frozenset({"him", "her", "them"})


def _holds_captive(head: Token, deps: list[Token], captor_only: bool = False) -> bool:
    """Whether a verb of holding has people held by force: people (``captivity`` people) as its object, held
    by captors ("militants held 20 villagers in a mosque", "the nuns are held by rebels") or, unless
    ``captor_only``, told in the progressive by a named body or state or by armed men ("Al-Shabaab is
    holding a Kenyan police officer"; not "the mother was holding her child")."""
    lex = lexicon()
    if any(d.dep_ == "prt" for d in deps):  # "held up the workers", "kept on the staff"
        return False
    people = dict.fromkeys(lex.captive_people)
    held = [d for d in deps if d.dep_ in ("dobj", "nsubjpass") and (
        _key(people, d) is not None or d.dep_ == "dobj" and d.lower_ in HELD_PRONOUNS)]
    progressive = any(d.dep_ == "aux" and d.lemma_ == "be" for d in deps)
    if head.tag_ != "VBG" or progressive:
        holders, state_held = dict.fromkeys(lex.state_holders), dict.fromkeys(lex.state_held)
        if (not captor_only and any(_key(holders, d) is not None for d in deps if d.dep_ == "nsubj")
                and any(d.dep_ == "dobj" and _key(state_held, d) is not None for d in deps)):
            return True  # "police held the suspect overnight", "authorities are holding three protesters"
    if not held or head.tag_ == "VBG" and not progressive:
        return False  # "rebels holding 30 villagers released ten of them": who they are, not an act
    captors = dict.fromkeys(lex.captors)
    doers = [d for d in deps if d.dep_ == "nsubj"] + [
        g for d in deps if d.dep_ == "agent" for g in children_of(d) if g.dep_ == "pobj"]
    if any(_key(captors, d) is not None or any(c.dep_ == "amod" and c.lower_ in ("armed", "masked")
                                              for c in children_of(d)) for d in doers):
        return True  # "kidnappers kept the girls", "armed men held the driver"
    return (not captor_only and progressive and head.tag_ == "VBG" and any(d.dep_ == "dobj" for d in held)
            and any(d.pos_ == "PROPN" or d.lemma_.lower() in lex.unarmed_not_doers for d in doers))


def _person_named(tok: Token) -> bool:
    """A person's name, or a leader's the dictionaries know that the tagger took for something else
    ("Scholz called Zelenskiy on Tuesday": "Zelenskiy" an organisation to the tagger; lead48c)."""
    if tok.ent_type_ == "PERSON":
        return True
    named = " ".join(t.text for t in [*(c for c in children_of(tok) if c.dep_ == "compound" and c.i < tok.i),
                                       tok]).lower()
    return tok.pos_ == "PROPN" and (named in leader_names() or tok.lower_ in leader_names())


PHONE_PREPS = ("by", "over", "on", "in", "via", "during")
CONFERRING = ("consult", "negotiate")  # talks, which a telephone makes a phone call


def _by_phone(toks: list[Token], lex: Lexicon) -> bool:
    """Talks said to be held by telephone ("spoke with Putin by phone", "held talks by phone", "phone talks",
    "discussed the war in a phone call"): a phone word (``parties.phone``) modifies the trigger's words or is
    the object of their "by", "over", "in" ... (speech48)."""
    words = lex.phone_words
    for c in (c for tok in toks for c in children_of(tok)):
        if c.dep_ in ("compound", "amod") and c.lemma_.lower() in words:
            return True
        if c.dep_ == "prep" and c.lower_ in PHONE_PREPS and any(
                g.dep_ == "pobj" and g.lemma_.lower() in words for g in children_of(c)):
            return True
    return False


@cache
def leader_names() -> frozenset[str]:
    """The names and aliases, in lower case, of the leaders' dictionary (actors/data/leaders.yaml)."""
    data = package_file("leaders")
    rows = [item for offices in (data.get("leaders") or {}).values() for items in (offices or {}).values()
            for item in items or []]
    rows += [item for items in (data.get("bodies") or {}).values() for item in items or []]
    names: set[str] = set()
    for row in rows:
        name, aliases, _, _ = parse_item(row)
        names.update(n.lower() for n in [name, *aliases])
    return frozenset(names)


def _ordered_clause(clause: Token, word: str) -> bool:
    """A clause of the verb ``word`` that says what someone is to do: with no subject of its own ("told
    Russia to release the activist") or one that must act ("told Israel it must halt the offensive"); not
    words reported ("told reporters that troops had withdrawn", "that Israel would not halt"; speech48)."""
    if clause.dep_ not in ("advcl", "xcomp", "ccomp", "conj", "acl") or clause.lemma_.lower() != word:
        return False
    own = children_of(clause)
    if _adverbial(clause) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in own):
        return not _adverbial(clause)
    return any(c.dep_ == "aux" and c.lower_ in lexicon().obliging_modals for c in own)


def _from_private(deps: list[Token]) -> bool:
    """'(received a phone call) from her son': a "from" on the verb or its object names someone of private
    life (``private_askees``)."""
    preps = [p for d in deps for p in [d, *(children_of(d) if d.dep_ == "dobj" else ())]
             if p.dep_ == "prep" and p.lower_ == "from"]
    return any(c.dep_ == "pobj" and c.lemma_.lower() in lexicon().private_askees
               for p in preps for c in children_of(p))


def _for_to(clause: Token) -> bool:
    """'(called) for the hostages to be released': a clause with "for" and "to", what is asked to happen (on a
    noun too: "Seoul's call for Pyongyang to return to talks"; targets-2)."""
    own = children_of(clause)
    return (clause.dep_ in ("advcl", "ccomp", "xcomp", "acl")
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in own)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in own))


def _in_a_sum(noun: Token) -> bool:
    """'$1 billion in loans', '20 million euros in grants': the noun says what a sum of money is."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ == "in" and prep.head.i != prep.i
            and (prep.head.like_num or prep.head.ent_type_ == "MONEY" or prep.head.tag_ == "$"))


def _put_off_ground(deps: list[Token], bare: bool = False) -> bool:
    """'Troops drove al-Shabaab out of the town', 'pushed the rebels out of Kidal': the verb has an object and
    the object of its "out of" (or of "from" after the particle "out") is ground, a place noun
    (``ground_nouns`` in data/triggers.yaml) or a name, which the tagger may take for a person's or a
    people's ("out of Goma", "out of Kidal"), though not an organisation's; not "forced him out of office"
    (conflict46). With ``bare``, "from" alone will do, and a name the geocoder resolved as a place whatever
    the tagger called it ("dislodged Mai-Mai fighters from Walikale"; repel57)."""
    if not any(d.dep_ in ("dobj", "nsubjpass") for d in deps):
        return False
    out = any(d.lower_ == "out" and d.dep_ in ("prt", "prep") for d in deps)
    ground = lexicon().ground_nouns
    # "flushed out insurgents from Mocimboa da Praia": the parse may hang the "from" on the object
    preps = deps + [p for d in deps if bare and d.dep_ == "dobj" for p in children_of(d)]
    return (out or bare) and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in ground or g.pos_ == "PROPN" and g.ent_type_ != "ORG"
                              and not _first_named(g) or bare and place_name(g))
        for d in preps if d.dep_ == "prep" and d.lower_ in ("of", "from") for g in children_of(d))


def _adverbial(clause: Token) -> bool:
    """A clause opened by a subordinator of time or cause ("after talks ended"), or a reported statement put
    before the verb of saying ("Cambodia released the men, a spokesman told reporters"): it says when, why or
    what was said, not what the verb it hangs on asks or does (verbs29)."""
    if clause.dep_ == "ccomp" and clause.i < clause.head.i:
        return True
    marks = lexicon().adverbial_marks
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in children_of(clause))


def _asked_one_to(deps: list[Token]) -> bool:
    """An object and a "to" clause with no subject of its own ("asked the envoy to set a date"): the one
    asked is to act, whatever the clause's verb; not "asked to leave" (no object), "was asked about" nor
    one asked in private life ("asked the pupils to ...")."""
    lex = lexicon()  # nor one of the press ("told reporters to wait for the report"; targets-3)
    unasked = lex.private_askees | lex.press_nouns
    if not any(d.dep_ == "dobj" and d.lemma_.lower() not in unasked for d in deps):
        return False
    return any(d.dep_ in ("xcomp", "advcl") and d.pos_ in ("VERB", "AUX")
               and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(d))
               and not any(c.dep_ in ("nsubj", "mark") for c in children_of(d)) for d in deps)


def _pressed_on(deps: list[Token], word: str) -> bool:
    """An object that is a person or state named, or an office, and a "``word``" on the verb that is no time:
    "Borrell presses Serbia on Kosovo deal", "pressed the president on reforms"; not "pressed on Monday"."""
    offices = lexicon().party_offices
    return any(d.dep_ == "dobj" and (d.pos_ == "PROPN" and d.ent_type_ != "ORG" or _person_named(d)
                                     or d.lemma_.lower() in offices) for d in deps) and any(
        d.dep_ == "prep" and d.lower_ == word and not _when(d) for d in deps)


def _object_class_unmet(entry: Entry, cls: str | None, head: Token, deps: list[Token]) -> bool:
    """A class the entry's objects (or subjects, or modifiers) list gives whose ``object_needs``
    (``subject_needs``, ``modifier_needs``) are not met ("ordered officials to stop appointing relatives": no
    expulsion; "villagers rose early": none; "a conference on sexual violence": none)."""
    return cls != entry.cls and (
        bool(entry.object_needs) and cls in entry.objects.values()
        and not _satisfies(entry.object_needs, head, deps, entry)
        or bool(entry.subject_needs) and cls in entry.subjects.values()
        and not _satisfies(entry.subject_needs, head, deps, entry)
        or cls in entry.modifier_needs and cls in entry.modifiers.values()
        and not _satisfies(entry.modifier_needs[cls], head, [*deps, *_object_verb_preps(head)], entry))


def _object_verb_preps(noun: Token) -> list[Token]:
    """The prepositions of the verb a noun is the direct object of, which the parse often hangs there rather
    than on the noun ("described sexual violence by militiamen at a checkpoint")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in children_of(verb) if c.dep_ in ("prep", "agent") and c.i > noun.i]


def _asked_after_time(dep: Token, deps: list[Token]) -> bool:
    """A "to" clause the parse hangs as an adverbial after a time, with the one asked the verb's object
    ("pressed Pakistan on Monday to act"): the complement, not a purpose (plover24)."""
    if dep.dep_ != "advcl" or dep.pos_ != "VERB":
        return False
    own = children_of(dep)
    return (any(c.dep_ == "aux" and c.lower_ == "to" for c in own)
            and not any(c.dep_ in ("nsubj", "mark") for c in own)
            and any(d.dep_ == "dobj" for d in deps) and any(d.dep_ == "prep" and _when(d) for d in deps))


def _when(prep: Token) -> bool:
    """A preposition whose object is a time: "on Monday", "on 3 May", "on the eve of"."""
    return any(c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME") or c.lemma_.lower() in ("eve", "day"))
               for c in children_of(prep))


def _span_of(prep: Token) -> bool:
    """'called for three days of nationwide strikes': a time's "of" names what is asked for over that time."""
    return any(c.dep_ == "pobj" and any(g.dep_ == "prep" and g.lower_ == "of" and any(
        o.dep_ == "pobj" for o in children_of(g)) for g in children_of(c)) for c in children_of(prep))


def _day_or_year(text: str) -> bool:
    """A number that dates: a day of the month (1-31) or a year (1900-2099)."""
    if not text.isdigit():
        return False
    n = int(text)
    return 1 <= n <= 31 or 1900 <= n <= 2099


def _destination_key(table: dict[str, str | None], prep: Token, obj: Token, loose: bool = True) -> str | None:
    """The key of a destination: with its preposition ("into street": "ordered the army into the streets",
    not "ordered protesters off the streets"; bystander50), or a named place with it ("over named place":
    "fired a missile over Japan"), else (``loose``) the object's own key."""
    lemma = lexicon().forms.get(obj.lower_) or obj.lemma_.lower()
    if f"{prep.lower_} {lemma}" in table:
        return f"{prep.lower_} {lemma}"
    if f"{prep.lower_} {PLACE_KEY}" in table and place_name(obj):
        return f"{prep.lower_} {PLACE_KEY}"
    return _key(table, obj) if loose else None


def _landing_verbs(head: Token, deps: list[Token]) -> list[Token]:
    """The verbs that tell where a launched thing came down: the trigger itself if one ("the missile fell into
    the sea"), the clause on its object ("a missile that landed in the sea") and a "before" clause or
    conjunct of that one ("flew 1,000 km before falling into the Pacific"; eastasia-4)."""
    verbs = lexicon().landing_verbs
    out = [head] if head.lemma_.lower() in verbs else []
    out += [c for d in deps if d.dep_ == "dobj" for c in children_of(d)
            if c.dep_ == "relcl" and c.lemma_.lower() in verbs]
    for v in list(out):
        out += [c for c in children_of(v) if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in verbs]
        out += [g for c in children_of(v) if c.dep_ == "prep" and c.lower_ in ("before", "after")
                for g in children_of(c) if g.dep_ == "pcomp" and g.lemma_.lower() in verbs]
    return out


PASSAGE_PREPS = ("into", "through", "across", "over", "near", "around", "within", "inside", "in")


def military_craft(tok: Token) -> bool:
    """A state's warplane, warship or drone (``craft`` in data/triggers.yaml): "Chinese warplanes", "two naval
    vessels", "Forty-five Chinese military aircraft"; not one a civil word tells ("a cargo ship")."""
    lex = lexicon()
    return _key(lex.military_craft, tok) is not None and not any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in lex.civil_craft for c in children_of(tok))


def _passage(entry: Entry, deps: list[Token]) -> str | None:
    """The ``craft`` key of where a state's military craft went: the verb's object or the object of its
    "into"/"through"/"across" ("Chinese warplanes crossed the median line", "sailed through the Taiwan
    Strait", "drones crossed into South Korean airspace"; eastasia-4)."""
    if not entry.craft or not any(d.dep_ == "nsubj" and military_craft(d) for d in deps):
        return None
    places = [d for d in deps if d.dep_ == "dobj"] + [g for d in deps if d.dep_ == "prep"
                                                      and d.lower_ in PASSAGE_PREPS
                                                      for g in children_of(d) if g.dep_ == "pobj"]
    return next((k for g in places for k in [_key(entry.craft, g)] if k is not None), None)


COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})


def _landing_key(table: dict[str, str | None], prep: Token, obj: Token) -> str | None:
    """The destination key of where a thing came down, read through a compass word ("inside Japan's exclusive
    economic zone west of Hokkaido": the zone)."""
    key = _destination_key(table, prep, obj)
    if key is None and obj.lemma_.lower() in COMPASS:
        return next((k for c in children_of(obj) if c.dep_ == "compound"
                     for k in [_destination_key(table, prep, c)] if k is not None), None)
    return key


def _blow_told(deps: list[Token]) -> bool:
    """Whether a clause on the verb or its object tells a blow or harm ("a missile that struck a farm",
    ", killing two"): a launch "over" a place is then an attack."""
    lex = lexicon()
    blows = lex.harm_verbs | lex.struck_verbs | lex.hit_verbs
    clauses = [*deps, *(c for d in deps if d.dep_ == "dobj" for c in children_of(d))]
    return any(c.dep_ in ("advcl", "relcl", "conj", "xcomp") and c.lemma_.lower() in blows for c in clauses)


def _destination(entry: Entry, head: Token, deps: list[Token]) -> str | None:
    """The key of where a shot went: the object of the verb's "into"/"off"/"toward", of "over" on the verb or
    its object ("fired a missile over Japan"), or where a clause says it came down ("a missile that landed in
    the sea"); None when the verb's own destination is a named place no key lists ("fired rockets into
    Israel")."""
    table = entry.destinations
    own = [(d, g) for d in deps if d.dep_ == "prep" and d.lower_ in DESTINATION_PREPS
           for g in children_of(d) if g.dep_ == "pobj"]
    key = next((k for d, g in own for k in [_destination_key(table, d, g)] if k is not None), None)
    if key is not None or any(place_name(g) for _, g in own):
        return key
    preps = lexicon().landing_preps
    key = next((k for v in _landing_verbs(head, deps) for d in children_of(v)
                if d.dep_ == "prep" and d.lower_ in preps for g in children_of(d) if g.dep_ == "pobj"
                for k in [_landing_key(table, d, g)] if k is not None), None)
    if key is not None:
        return key
    if _blow_told(deps):
        return None  # "fired a missile over Poland that struck a farm, killing two": an attack
    paths = [p for d in deps if d.dep_ == "dobj" for p in children_of(d) if p.dep_ == "prep"]
    return next((k for d in [*deps, *paths] if d.dep_ == "prep" and d.lower_ in PATH_PREPS
                 for g in children_of(d) if g.dep_ == "pobj"
                 for k in [_destination_key(table, d, g, loose=False)] if k is not None), None)


def _key(table: Container[str], tok: Token) -> str | None:
    """The key under which a dependant is listed: its lemma with a modifier ("peacekeeping troop"),
    its lemma, or for a capitalised plural the model left unlemmatised ("Grad Missiles") its singular;
    for a number or quantity ("hundreds of soldiers") the key of what it counts. A lemma the model gets
    wrong is read as the lexicon's forms correct it ("doses": "dose", not "dos")."""
    low = tok.lower_
    antecedent = reflexive_antecedent(tok) if low in REFLEXIVES and low not in table else None
    if antecedent is not None and (key := _key(table, antecedent)) is not None:
        return key  # "the parliament voted to dissolve itself": the parliament (crisis-2)
    lemma = lexicon().forms.get(low) or tok.lemma_.lower()
    if tok.pos_ == "PROPN" and covering(tok.doc, tok) is not None:
        lemma = "ship"  # "seized the Galaxy Leader, a car carrier": a ship, no leader (maritime-2)
    for mod in children_of(tok):  # "peacekeeping troops": the modified word first
        if (mod.dep_ in ("compound", "amod") or _infinitive_of(mod)) and (
                f"{mod.lemma_.lower()} {lemma}" in table):
            return f"{mod.lemma_.lower()} {lemma}"  # "an attempt to kidnap" read as "a kidnap attempt"
    if f"enemy {lemma}" in table and _group_named(tok):
        return f"enemy {lemma}"  # "hit Hamas positions": a named group's positions are an enemy's (mideast-3)
    if (lemma in table and isinstance(table, Mapping) and table[lemma] is None
            and (counted := _counted_listed(table, tok)) is not None):
        return counted  # "drove hundreds of protesters out": not "drove thousands out" (disperse57)
    if lemma in table:
        cargo = cargo_of(tok)  # "seized a boat carrying rifles": what it carried before the vessel (lead46)
        carried = _key(table, cargo) if cargo is not None else None
        return carried or lemma
    if tok.pos_ == "PROPN" and lemma.endswith("s") and lemma[:-1] in table:
        return lemma[:-1]
    if BODY_KEY in table and international_body(tok):  # "withdrew from ECOWAS", "left the Council of Europe"
        return BODY_KEY
    body = _body_of_member(tok) if BODY_KEY in table else None
    if body is not None:  # "became NATO's 32nd member": the body (deeds55)
        return _key(table, body)
    if PEOPLE_KEY in table and demonym_word(tok):
        return PEOPLE_KEY  # "Hungarians rose against Soviet rule": a people named
    if GROUP_KEY in table and protest_group(tok):
        return GROUP_KEY  # "Just Stop Oil supporters disrupted a snooker match": its people (crowds56)
    if ARMED_KEY in table and armed_group(tok):
        return ARMED_KEY  # "routed the M23", "a UNITA column": a named rebel group or militia (repel57)
    if PLACE_KEY in table and place_name(tok) and not international_body(tok):
        return PLACE_KEY  # "pulled out of Kherson", "pulled out of Gaza": a named place left (clauses54)
    if "refugee" in table and _fled(tok):  # "opened its border to Ukrainians fleeing the war": refugees
        return "refugee"
    counted = lemma in lexicon().counted_partitives and any(c.dep_ == "nummod" for c in children_of(tok))
    counted = counted or lemma in lexicon().message_nouns  # "sent a message of condolence"
    if tok.like_num or lemma in _partitives() or counted:  # "recruited hundreds of child soldiers"
        of = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None and tok.like_num:  # "the sale of $2 billion in weapons": what the sum is in (verbs45)
            of = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "in"), None)
        obj = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
        if obj is not None or lemma not in lexicon().carrier_nouns:  # "a bag containing grenades" (sd37)
            return _key(table, obj) if obj is not None else None
    cargo = cargo_of(tok)  # "intercepted a truck packed with explosives": the key of what it carried
    return _key(table, cargo) if cargo is not None else None


def _counted_listed(table: Mapping[str, str | None], tok: Token) -> str | None:
    """The key of what a counting word listed with no class counts, when that is listed with a class:
    "hundreds of protesters" (disperse57)."""
    if tok.lemma_.lower() not in _partitives():
        return None
    of = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
    key = _key(table, obj) if obj is not None else None
    return key if key is not None and table[key] is not None else None


def _body_of_member(tok: Token) -> Token | None:
    """The body a member noun (``member_nouns``) belongs to: its possessor or the object of its "of"
    ("NATO's 32nd member", "the 29th member of the alliance")."""
    if tok.lemma_.lower() not in lexicon().member_nouns:
        return None
    for c in children_of(tok):
        if c.dep_ == "poss" and c.pos_ in NOUN_POS:
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in children_of(c) if g.dep_ == "pobj"), None)
    return None


REFLEXIVES = ("itself", "themselves")


def reflexive_antecedent(tok: Token) -> Token | None:
    """What a reflexive object stands for: the subject of its verb, or of the verb whose "to" clause that is
    ("the parliament voted to dissolve itself": the parliament); None for any other word."""
    if tok.lower_ not in REFLEXIVES or tok.dep_ != "dobj":
        return None
    verb = tok.head
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "xcomp":
        subjects = [c for c in children_of(verb.head) if c.dep_ == "nsubj"]
    return subjects[0] if subjects and subjects[0].pos_ in ("NOUN", "PROPN") else None


def _group_named(noun: Token) -> bool:
    """Whether a noun is modified by an organisation's name ("Hamas positions", "PKK targets")."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ == "ORG" for c in children_of(noun))


def _infinitive_of(mod: Token) -> bool:
    """A "to" clause on a noun ("an attempt to kidnap", "a plot to abduct"), read as the noun's modifier."""
    return mod.dep_ == "acl" and mod.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                           for c in children_of(mod))


# the key under which an entry lists a named international body ("withdrew from ECOWAS", "quit the ICC"); as a
# lemma pair it also reads "withdrew from an international body"
BODY_KEY = "international body"
PEOPLE_KEY = "named people"  # a key of subjects: a people a demonym names ("Hungarians", "Kurds")
PLACE_KEY = "named place"  # a key of complements: any place the tagger or the geocoder names
GROUP_KEY = "protest group"  # a key of subjects: a named protest group or its people ("Just Stop Oil fans")
ARMED_KEY = "named armed group"  # a key of objects: a named rebel group or militia, or its men ("M23 troops")


def international_body(tok: Token) -> bool:
    """A name the actor dictionaries give an international body (no country; ACLED's external actors):
    "ECOWAS" (which the tagger may make a common noun), "the Council of Europe", "the International Criminal
    Court"; not a place ("Brussels", "Europe")."""
    if not (tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.is_upper and len(tok) > 1) or in_place(tok):
        return False
    if tok.ent_type_ in ("GPE", "LOC") and not tok.is_upper:
        return False
    names = _body_names()
    words = [c for c in children_of(tok) if c.dep_ in ("compound", "amod") and c.i < tok.i]
    start = min([tok.i, *(c.i for c in words)])
    first = next((t.i for t in tok.subtree if t.dep_ != "det"), tok.i)
    last = max(t.i for t in tok.subtree)
    doc = tok.doc
    return doc[start:tok.i + 1].text.lower() in names or doc[first:last + 1].text.lower() in names


@cache
def _body_names() -> frozenset[str]:
    """The names, full names and aliases of the international bodies of the actor dictionaries."""
    rows = package_file("organisations").get("organisations") or []
    return frozenset(str(n).lower() for r in rows if r.get("country") is None and r.get("inter") == 8
                     and r.get("sector") != "BUS"
                     for n in [r.get("name"), r.get("full"), *(r.get("aliases") or [])] if n)


def protest_group(tok: Token) -> bool:
    """'Extinction Rebellion', 'Just Stop Oil supporters', 'Palestine Action members': a name the actor
    dictionaries give a protest group (inter 6), or people it names as theirs."""
    doc, names = tok.doc, _protest_group_names()
    start = min((t.i for t in tok.subtree if t.i <= tok.i and t.dep_ != "det"), default=tok.i)
    whole, before = doc[start:tok.i + 1].text.lower(), doc[start:tok.i].text.lower()
    return whole in names or start < tok.i and before in names


def armed_group(tok: Token) -> bool:
    """'the M23', 'a UNITA column', 'Mai-Mai fighters': a name the actor dictionaries give a rebel group or a
    militia (inter 2, 3 or 4), or a noun it names as its own."""
    doc, names = tok.doc, _armed_group_names()
    start = min((t.i for t in tok.subtree if t.i <= tok.i and t.dep_ != "det"), default=tok.i)
    whole, before = doc[start:tok.i + 1].text.lower(), doc[start:tok.i].text.lower()
    return whole in names or start < tok.i and before in names


@cache
def _armed_group_names() -> frozenset[str]:
    """The names, full names and aliases of the rebel groups and militias of the actor dictionaries."""
    rows = package_file("organisations").get("organisations") or []
    return frozenset(str(n).lower() for r in rows if r.get("inter") in (2, 3, 4)
                     for n in [r.get("name"), r.get("full"), *(r.get("aliases") or [])] if n)


@cache
def _protest_group_names() -> frozenset[str]:
    """The names, full names and aliases of the protest groups of the actor dictionaries (inter 6)."""
    rows = package_file("organisations").get("organisations") or []
    return frozenset(str(n).lower() for r in rows if r.get("inter") == 6
                     for n in [r.get("name"), r.get("full"), *(r.get("aliases") or [])] if n)


def _fled(tok: Token) -> bool:
    """People told by their flight: "thousands of Sudanese fleeing the fighting" (a participle on the noun),
    or "to Ukrainians fleeing the war" parsed as a clause whose subject the people are
    (``flight_participles`` in data/triggers.yaml)."""
    flight = lexicon().flight_participles
    if tok.lemma_.lower() in flight and tok.dep_ == "pcomp":
        return any(c.dep_ == "nsubj" for c in children_of(tok))
    return any(c.dep_ == "acl" and c.lemma_.lower() in flight for c in children_of(tok))


def cargo_of(tok: Token) -> Token | None:
    """What a vehicle or container is told to carry ("a boat carrying rockets", "a truck packed with
    explosives"; ``carriers`` in data/triggers.yaml), or None."""
    lex = lexicon()
    if tok.lemma_.lower() not in lex.carrier_nouns:
        return None
    for part in children_of(tok):
        verb = part.lemma_.lower()
        if part.dep_ not in ("acl", "amod", "relcl"):
            continue
        if verb in lex.carrier_verbs:
            return next((c for c in children_of(part) if c.dep_ == "dobj"), None)
        if verb in lex.carrier_filled:
            with_ = next((c for c in children_of(part) if c.dep_ == "prep" and c.lower_ == "with"), None)
            return None if with_ is None else next((c for c in children_of(with_) if c.dep_ == "pobj"), None)
    return None


def _partitives() -> frozenset[str]:
    """The words that count or hold what an entry lists (``partitives`` in data/triggers.yaml)."""
    return lexicon().partitives


def _happens(noun: Token, lex: Lexicon) -> bool:
    """'a patrol took place', 'an explosion occurred': the noun is the subject of a verb that says
    it happened, so it names an event even without the dependants its entry needs."""
    return _subject_of(noun, lex.happening)


def _toll_told(noun: Token, lex: Lexicon) -> bool:
    """'The violence in Beni left 18 people dead', 'claimed six lives': the noun is the subject of a verb
    that tells its toll (``toll_verbs`` in data/triggers.yaml)."""
    return _subject_of(noun, lex.tolls)


def _subject_of(noun: Token, verbs: dict[str, frozenset[str]]) -> bool:
    """Whether the noun is the subject of one of ``verbs`` with one of the words it needs as a dependant."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    needs = verbs.get(verb.lemma_.lower(), frozenset())
    return "" in needs or any(c.lemma_.lower() in needs for c in children_of(verb))


DESTINATION_PREPS = ("into", "off", "toward", "towards")
PATH_PREPS = ("over",)  # a destination only under a key with the preposition: "over named place"
# the prepositions whose object an entry's complements name: "agreed to a truce", "withdrew from the
# town", "supplied Ukraine with missiles"
COMPLEMENT_PREPS = ("to", "on", "upon", "from", "of", "with")
AIMED_PREPS = ("at", "on", "upon")
# "on the highest level of combat readiness", "on a state of alert": the complement is the "of" noun
DEGREE_NOUNS = ("level", "state", "footing")
GROUNDS_PREPS = ("over", "at", "about")
OCCASION_PREPS = ("on", "upon", "at", "during")  # "welcomed him on his arrival", "at the airport"
CHANNEL_PREPS = ("in", "through", "via", "by")  # "protested in a letter", "by letter", "via a statement"


def _left_undone(entry: Entry, deps: list[Token]) -> str | None:
    """The key of the act told after "without" ("left Moscow without signing the ceasefire"), if listed."""
    if not entry.without:
        return None
    undone = (g.lemma_.lower() for d in deps if d.dep_ == "prep" and d.lower_ == "without"
              for g in children_of(d) if g.dep_ in ("pcomp", "pobj"))
    return next((lemma for lemma in undone if lemma in entry.without), None)


def _described_by(entry: Entry, deps: list[Token]) -> str | None:
    """The listed participle that describes the verb's object ("kidnapped" in "rescued 12 kidnapped
    students", "held" in "freed the hostages held in the camp"), if any."""
    if not entry.described:
        return None
    objects = [d for d in deps if d.dep_ in ("dobj", "nsubjpass")]  # "twelve of the abducted workers were
    # rescued" (hostage-3); "rescued 21 crew members of a ship hijacked by pirates": the ship's people
    objects += [g for o in objects for c in children_of(o) if c.dep_ == "prep" and c.lower_ == "of"
                for g in children_of(c) if g.dep_ == "pobj"]
    for obj in objects:
        for mod in children_of(obj):
            if (mod.dep_ in ("amod", "acl") and mod.tag_ in ("VBN", "JJ")
                    and mod.lemma_.lower() in entry.described):  # "kidnapped" tagged JJ too
                return mod.lemma_.lower()
            if mod.dep_ == "relcl" and mod.lemma_.lower() in entry.described and _told_passive(mod):
                return mod.lemma_.lower()  # "a girl who had been kidnapped by a gang" (hostage-3)
    if objects:  # "rescued 300 passengers after militants hijacked a train": freed (story47)
        seized = (d for d in deps if d.dep_ == "advcl" and d.lemma_.lower() in entry.described)
        marks = ("after", "when")
        return next((d.lemma_.lower() for d in seized
                     if any(c.dep_ == "mark" and c.lower_ in marks for c in children_of(d))), None)
    return None


def _told_passive(verb: Token) -> bool:
    """A passive clause with no particle of its own ("who had been held captive", not "held up")."""
    deps = {c.dep_ for c in children_of(verb)}
    return "auxpass" in deps and "prt" not in deps


ASKING_CLASSES = ("appeal", "request")
ADDRESSEE_PREPS = ("on", "upon", "to")
PUNISHMENT_ASKED = "punishment_asked"  # the older PLOVER's DISAPPROVE, now ACCUSE disapprove (CAMEO 111)


def _punishment_asked(entry: Entry, head: Token, deps: list[Token]) -> bool:
    """Whether a call asks for a punishment of someone with no one asked to impose it ("called for
    sanctions against Myanmar", "demanded tougher sanctions against Belarus"; ``punitive_asks`` in
    data/triggers.yaml), not "called on the EU to impose sanctions" nor "urged the UN to act"."""
    if entry.cls not in ASKING_CLASSES or head.pos_ != "VERB":
        return False
    table = dict.fromkeys(lexicon().punitive_asks, PUNISHMENT_ASKED)
    asked = [d for d in deps if d.dep_ == "dobj"] + [
        g for d in deps if d.dep_ == "prep" and d.lower_ == "for" for g in children_of(d) if g.dep_ == "pobj"]
    if not any(_key(table, a) for a in asked):
        return False
    return not any(d.dep_ in ("xcomp", "ccomp", "dative") or d.dep_ == "dobj" and not _key(table, d)
                   or d.dep_ == "prep" and d.lower_ in ADDRESSEE_PREPS and not _when(d) for d in deps)


def _channel(entry: Entry, deps: list[Token]) -> str | None:
    """The listed means by which the deed was done, for the entry's ``channels``: "in a statement"."""
    if not entry.channels:
        return None
    return next((k for d in deps if d.dep_ in ("prep", "agent") and d.lower_ in CHANNEL_PREPS
                 for g in children_of(d) if g.dep_ == "pobj" and (k := _key(entry.channels, g)) is not None),
                None)


def _occasion(entry: Entry, head: Token, deps: list[Token]) -> str | None:
    """The occasions key of the object of an "on"/"at" the verb or its object has ("welcomed Modi on his
    arrival", "was welcomed at the airport"), for a verb with an object (the one received)."""
    if not entry.occasions or not any(d.dep_ in ("dobj", "nsubjpass") for d in deps):
        return None
    preps = [d for d in deps if d.dep_ == "prep"] + [
        p for d in deps if d.dep_ in ("dobj", "nsubjpass", "agent") for g in [d, *children_of(d)]
        for p in children_of(g) if p.dep_ == "prep"]
    return next((_key(entry.occasions, g) for p in preps if p.lower_ in OCCASION_PREPS
                 for g in children_of(p) if g.dep_ == "pobj" and _key(entry.occasions, g) is not None), None)


def channel_of(head: Token) -> str | None:
    """The listed channel a trigger word was used through ("protested in a letter": "letter"), if any."""
    lex = lexicon()
    entry = lex.verbs.get(head.lemma_.lower()) if head.pos_ in VERB_POS else None
    return _channel(entry, frame(head, lex)) if entry is not None and entry.channels else None


@cache
def _role_sectors() -> dict[str, str]:
    """Each role noun of the actor dictionaries with its sector ("pharmacist": HLH), things owned aside."""
    return {str(w).lower(): str(r.get("sector")) for r in package_file("roles").get("roles") or []
            if not r.get("owner") for w in r.get("words") or []}


def working_people(tok: Token) -> bool:
    """Whether a noun names working people (``working`` in data/triggers.yaml): a role of a working sector
    ("pharmacists", "truckers", "the union", "civil servants") or a listed word ("actors"); not armed men
    ("armed herders"), nor a state or a name."""
    lex = lexicon()
    if tok.pos_ != "NOUN" or tok.ent_type_ in ("GPE", "NORP") or any(
            c.dep_ == "amod" and c.lower_ == "armed" for c in children_of(tok)):
        return False
    lemma = lex.forms.get(tok.lower_) or tok.lemma_.lower()
    words, doc = [], tok.doc
    for n in range(1, 4):  # "traffic controllers", "air traffic controllers": the role's own words first
        mods = doc[max(tok.i - n, tok.sent.start):tok.i]
        if len(mods) < n or any(m.pos_ not in ("NOUN", "ADJ", "PROPN") or m.head.i > tok.i for m in mods):
            break
        words.append(" ".join([*(m.lemma_.lower() for m in mods), lemma]))
    sectors, words = _role_sectors(), [*words, lemma]
    if any(w in lex.working_not for w in words):
        return False
    return any(w in lex.working_words or sectors.get(w) in lex.working_sectors for w in words)


# prepositions of a walkout's grounds that the parse may make particles ("strike over pay": "pay" no object)
GROUNDS_PARTICLES = ("over", "for", "against", "about")


def _workers_strike(head: Token, deps: list[Token]) -> bool:
    """Whether a verb's doer is working people and it has no object but a firm's name ("truckers strike over
    fuel shortages", "striking doctors", "nurses vowed to strike", "the union struck General Motors"; not
    "the union struck a deal", "herdsmen strike again")."""
    over = min((d.i for d in deps if d.dep_ == "prt" and d.lower_ in GROUNDS_PARTICLES),
               default=len(head.doc))
    objects = [d for d in deps if d.dep_ in ("dobj", "dative") and d.i < over]  # not "strike over pay"
    if any(d.ent_type_ != "ORG" and _role_sectors().get(d.lemma_.lower()) != "BUS" for d in objects):
        return False
    doers = [d for d in deps if d.dep_ == "nsubj"]
    if head.dep_ in ("acl", "amod") and head.tag_ == "VBG":
        doers = [head.head]  # "striking doctors", "nurses striking over pay"
    if not doers and head.dep_ == "xcomp" and not any(d.dep_ == "nsubjpass" for d in deps):
        doers = [c for c in children_of(head.head) if c.dep_ == "nsubj"]  # "nurses vowed to strike"
    return any(working_people(d) for d in doers)


def _apposed_label(entry: Entry, obj: Token) -> str | None:
    """The ``modifiers`` key of a label the parse hangs on the object as an apposition with no comma: the
    noun or the object of its "of" ("called Obama a son of a whore": "whore"; wire59); else None."""
    for app in children_of(obj):
        if app.dep_ != "appos" or app.left_edge.i != obj.i + 1 or not entry.modifiers:
            continue
        words = [app, *(g for p in children_of(app) if p.dep_ == "prep" and p.lower_ == "of"
                        for g in children_of(p) if g.dep_ == "pobj")]
        key = next((w.lemma_.lower() for w in words if w.lemma_.lower() in entry.modifiers), None)
        if key is not None:
            return key
    return None


def _specialise(entry: Entry, head: Token, deps: list[Token]) -> str | None:
    """The entry's class, made specific by its object or modifiers; None when an object rules it out."""
    undone = _left_undone(entry, deps)
    if undone is not None:
        return entry.without[undone]  # "walked out without signing": a refusal
    if _punishment_asked(entry, head, deps):
        return PUNISHMENT_ASKED  # "called for sanctions against Myanmar": disapproval of Myanmar
    key = _given_to_state(entry, deps)
    if key is not None:
        return entry.recipients[key]  # "sent tanks to Ukraine": arms given, not a deployment
    key = _bought_from_state(entry, deps)
    if key is not None:
        return entry.sellers[key]  # "bought 66 F-16 fighters from the United States": arms supplied
    key = _turned_on(entry, deps)
    if key is not None:
        return entry.turned_on[key]  # "used dogs against protesters", "set dogs on marchers"
    if head.dep_ in ("acl", "amod") and head.tag_ == "VBN":
        noun = head.head.lemma_.lower()  # "shells fired by ...": the noun is the object
        if noun in entry.objects:
            return entry.objects[noun]
    if head.dep_ == "relcl" and head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children_of(head)):
        noun = head.head.lemma_.lower()  # "data to be released": an object that rules the event out
        if noun in entry.objects and entry.objects[noun] is None:
            return None
    if head.dep_ == "acl" and head.tag_ in ("VBD", "VBN") and head.head.lemma_.lower() in entry.subjects:
        return entry.subjects[head.head.lemma_.lower()]  # "migrants returned" parsed as a reduced relative
    if head.dep_ in ("acl", "amod") and head.tag_ == "VBG" and head.head.lemma_.lower() in entry.subjects:
        return entry.subjects[head.head.lemma_.lower()]  # "striking pilots grounded flights": on strike
    if entry.workers and _workers_strike(head, deps):
        return entry.workers  # "Nigerian pharmacists strike over unpaid allowances": a walkout (unrest-4)
    key = _passage(entry, deps)
    if key is not None:
        return entry.craft[key]  # "Chinese warplanes flew into Taiwan's air defence identification zone"
    first_destination = min((d.i for d in deps if d.dep_ == "prep" and d.lower_ in DESTINATION_PREPS),
                            default=len(head.doc))
    if entry.destinations and not any(d.dep_ == "prep" and d.lower_ in AIMED_PREPS and d.i < first_destination
                                      and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
                                              for g in children_of(d)) for d in deps):
        # "fired two missiles into the sea / off its east coast": no one attacked ("fired at boats off the
        # coast" is aimed at someone); an "at" after the destination tells where the deed was done ("took a
        # hitman into custody at a car wash", sd35)
        key = _destination(entry, head, deps)
        if key is not None:
            return entry.destinations[key]
    key = next((_key(entry.grounds, g) for d in deps if entry.grounds and d.dep_ == "prep"
                and d.lower_ in GROUNDS_PREPS for g in children_of(d) if g.dep_ == "pobj"), None)
    if key is not None and _satisfies(entry.needs, head, deps, entry):
        return entry.grounds[key]  # "expressed regret over China's decision": disapproval
    key = _occasion(entry, head, deps)
    if key is not None:
        return entry.occasions[key]  # "was welcomed by the king on his arrival": a visit received
    key = _channel(entry, deps)
    if key is not None:
        return entry.channels[key]  # "protested in a letter to the commission": words, not a crowd
    if entry.parties and any(party_of(d) for d in deps):
        return entry.parties  # "spoke with Xi on Tuesday": a consultation; "a call with Zelenskiy"
    key = _label(entry, deps)
    if key is not None:
        return entry.labels[key]  # "described the raid as an act of piracy": an accusation
    key = _addressee(entry, head, deps)
    if key is not None:
        return entry.addressees[key]  # "the protest was delivered to Ankara's envoy": a diplomatic one
    if entry.owners and (_state_owned(head, deps) or _state_sent(entry, head)):
        return entry.owners  # "Baghdad's protest over the airstrikes", "drew protests from Japan": a state's
    key = _described_by(entry, deps)
    if key is not None:
        return entry.described[key]  # "rescued 12 kidnapped students": captives freed
    if (entry.places and _satisfies(entry.needs, head, deps, entry)
            and any((_named_place(d, deps) or _apposed_place(entry, d)) and not _listed_object(entry, d)
                    for d in deps)):
        return entry.places  # "captured Bunagana", "the town of Bunagana fell to the rebels"
    if entry.voted and head.pos_ in VERB_POS and _voted_removal(head, deps):
        return entry.voted  # "parliament voted to remove the prime minister": removed from office (crisis-2)
    if entry.rulers and any(d.dep_ in ("dobj", "nsubjpass") and _ruler_named(d) for d in deps):
        return entry.rulers  # "overthrew Dr Mossadegh", "Prince Sihanouk was deposed"
    if entry.persons and any(d.dep_ == "dobj" and _person_named(d) and _apposed_label(entry, d) is None
                             for d in deps) and not any(
            d.dep_ in ("oprd", "xcomp", "ccomp") or _needed_prep(entry, d) and not _when(d) for d in deps):
        return entry.persons  # "Merkel called Macron on Monday": a telephone call, not "called him a liar"
    if (entry.states and any(_named_state(d) for d in deps) and not _state_class_ruled_out(entry, head, deps)
            and any(d.dep_ not in ("nsubj", "punct") for d in deps)):  # not the headline "Gaza strikes"
        return entry.states  # "Japan protested the arrest": a state's protest is diplomatic
    if (entry.state_places and any(_named_state(d) for d in deps)
            and not _state_class_ruled_out(entry, head, deps)
            and any(_struck_site(entry, d, deps) for d in deps if d.dep_ == "dobj")):
        return entry.state_places  # "Israel attacked the port of Hodeidah": from the air (mideast-3)
    # "agreed to halt fighting", "called for the hostages to be freed"
    if entry.complements and any(d.dep_ == "xcomp" or _for_to(d) for d in deps):
        key = next((k for d in deps if d.dep_ == "xcomp" or _for_to(d) for k in _clause_keys(d)
                    if k in entry.complements), None)
        if key is not None:
            return entry.complements[key]
    # "the opposition walked out of talks": the complement before the subject, unless the subject rules
    # the event out ("the attackers blocked the road with burning vehicles")
    if entry.complements and entry.subjects and not any(
            d.dep_ == "nsubj" and entry.subjects.get(d.lemma_.lower(), "") is None for d in deps):
        key = _complement(entry, deps)
        if key is not None and not (key == PLACE_KEY and any(_listed_object(entry, d) for d in deps)):
            return entry.complements[key]  # not "pulled its ambassador out of Bogota": the envoy says it
    for d in deps:
        lemma, dep = d.lemma_.lower(), d.dep_  # each label read once (a string made on each read)
        if dep == "nsubj" and entry.subjects:
            key = _key(entry.subjects, _reported_subject(head, d)) or _title_key(entry.subjects, d)
            if key is not None:
                return entry.subjects[key]
        # "the factions announced their merger": a noun that is an event only by its doers
        if dep == "poss" and entry.subjects and head.pos_ in NOUN_POS:
            key = _key(entry.subjects, _owner(head, d))
            if key is not None:
                return entry.subjects[key]
        if dep == "agent" and entry.subjects:  # "searched by police": the by-agent is the doer
            key = next((_key(entry.subjects, g) for g in children_of(d) if g.dep_ == "pobj"), None)
            if key is not None:
                return entry.subjects[key]
        passive_first = dep == "nsubjpass" and _manner(entry, deps)  # "detainees were sexually abused"
        if (dep in ("dobj", "nsubjpass") or dep == "attr" and head.lemma_ == "become") and entry.objects and (
                not passive_first):
            # "President Ramaphosa was received by ...": a named person listed by title, as the object's
            # compounds are for "received President Ramaphosa"
            key = _key(entry.objects, d) or (_title_key(entry.objects, d) if dep == "nsubjpass" else None)
            if key is not None and entry.objects[key] == "ceasefire" and dep == "dobj" and _others_push(d):
                return "clash"  # "Ukraine halted the Russian offensive": an enemy's attack stopped, a fight
            if key is not None:
                return entry.objects[key]
        if dep in ("ccomp", "xcomp") and entry.objects:  # "allowed inspectors to visit the site"
            key = next((_key(entry.objects, s) for s in children_of(d) if s.dep_ == "nsubj"), None)
            if key is not None:
                return entry.objects[key]
        if dep == "dobj" and entry.complements:  # "supplied the rebels with rockets": the parse hangs
            key = _complement(entry, _object_preps(d))
            if key is not None:  # the "with" (or "of") on the object
                return entry.complements[key]
        if dep == "dobj":
            for sub in children_of(d):  # "set up campaign headquarters downtown": with its own modifier
                key = _key(entry.objects, sub) if sub.dep_ == "compound" else None
                if key is not None and entry.objects[key] is not None:  # not "struck an oil refinery"
                    return entry.objects[key]
            for conj in d.conjuncts:  # "threw wood and rocks"; "rubber bullets and tear gas": with its
                key = _key(entry.objects, conj)  # own modifier (lead47)
                if key is not None:
                    return entry.objects[key]
            key = _modifier_in_of(entry, d)
            if key is not None:  # "held the crew of a cargo ship hostage"
                return entry.modifiers[key]
            key = _postposed_modifier(entry, d)
            if key is not None:  # "took 12 Ukrainian civilians captive": the parse hangs it on the object
                return entry.modifiers[key]
            key = _apposed_label(entry, d)
            if key is not None:  # "called Obama a son of a whore": the parse hangs the name as an apposition
                return entry.modifiers[key]
        if dep == "prep" and entry.complements and d.lower_ in COMPLEMENT_PREPS:
            key = _complement(entry, [d])  # "agreed to a truce", "supplied Ukraine with missiles"
            if key is not None:
                return entry.complements[key]
        if (dep in ("compound", "amod", "nmod", "npadvmod", "advmod")
                or dep in ("oprd", "acomp", "ccomp", "advcl") and d.pos_ == "ADJ"  # "held Libya responsible"
                or dep in ("oprd", "advcl") and d.pos_ == "NOUN"
                # "inmates held four guards hostage": the noun misread as a present-tense verb (prison40)
                or dep in ("oprd", "advcl", "ccomp") and d.tag_ == "VBP"
                or _bare_participle(d)) and lemma in entry.modifiers:
            return entry.modifiers[lemma]
        if dep == "prep" and d.lower_ in ("of", "with", "against", "on") and head.pos_ in NOUN_POS:
            for obj in d.children:  # "the firing of rockets", "a battle with cancer", "a strike on a village"
                key = _key(entry.objects, obj) if obj.dep_ == "pobj" else None
                if key is not None:
                    return entry.objects[key]
                if entry.places and d.lower_ in ("against", "on") and obj.dep_ == "pobj" and (
                        place_name(obj) or state_told(head) and _named_target(obj)):
                    return entry.places  # "strikes on Yemen", "against Lebanon", "a Russian strike on Odesa"
    if entry.states and head.pos_ in NOUN_POS and (
            _state_act(head) or entry.places and _struck_subject(entry, head) or _state_deed_of(head)):
        return entry.states  # "Israel launched strikes overnight", "a Russian strike hit a hotel"
    doer = _controller(head, deps) if entry.states or entry.subjects else None
    if doer is not None:  # "the ministry summoned the ambassador to protest the remarks": a state's protest
        key = (_key(entry.subjects, doer) or _title_key(entry.subjects, doer)) if entry.subjects else None
        if key is not None:  # "Foreign Secretary Enrique Manalo summoned China's ambassador to protest"
            return entry.subjects[key]
        if entry.states and (_named_state(doer) or doer.dep_ == "dobj" and _state_name(doer)):
            return entry.states
    fronted = _fronted_subject(head) if entry.objects else None
    if fronted is not None and _key(entry.objects, fronted) is not None:
        return entry.objects[_key(entry.objects, fronted)]  # "Handed over by Pakistan, the suspect was ..."
    shared = _shared_subject(entry, head, deps)
    if shared is not None:
        return entry.subjects[shared]  # "demonstrators broke through barricades and damaged the gate"
    if entry.bodies and any(_named_body_object(d) for d in deps):
        return entry.bodies  # "the court dissolved the CNRP" (deeds49)
    return _controlled(entry, head) or entry.cls


# the side an attack noun names as its own ("a rebel advance", "the enemy's offensive")
ARMED_SIDES = frozenset({"rebel", "enemy", "insurgent", "militant", "jihadist", "separatist", "guerrilla",
                         "terrorist", "islamist", "militia", "army", "government", "junta"})


def _removal_doers(head: Token, deps: list[Token]) -> list[Token]:
    """Who does a verb's deed: its subject, the subject of the verb whose "to" clause it is ("parliament voted
    to remove"), or its by-agent ("was forced out of office by Congress")."""
    doers = [d for d in deps if d.dep_ == "nsubj"]
    if head.dep_ == "xcomp":
        doers += [c for c in children_of(head.head) if c.dep_ == "nsubj"]
    return doers + [g for d in deps if d.dep_ == "agent" for g in children_of(d) if g.dep_ == "pobj"]


def _chamber(tok: Token) -> bool:
    """A legislature, its members or a court: a role of sector LEG or a listed chamber ("parliament",
    "lawmakers", "the Knesset", "the lower house", "the Constitutional Court"; ``voted_removals`` in
    data/triggers.yaml)."""
    lex = lexicon()
    lemma = lex.forms.get(tok.lower_) or tok.lemma_.lower()
    mods = [c.lemma_.lower() for c in children_of(tok) if c.dep_ in ("compound", "amod") and c.i < tok.i]
    words = [*(f"{m} {lemma}" for m in mods), lemma]
    return any(w in lex.removal_chambers or _role_sectors().get(w) == "LEG" for w in words)


def _voted_removal(head: Token, deps: list[Token]) -> bool:
    """Whether a verb tells a person named, an office or a government removed by a legislature or a vote: the
    doer a chamber, the means a vote, or the verb the clause of "voted to" ("Nepal's parliament removed Prime
    Minister Dahal through a vote of no confidence"; not "voters voted him out", "removed a landmine")."""
    lex = lexicon()
    offices = dict.fromkeys(lex.removal_offices, "office")
    if not any(d.dep_ in ("dobj", "nsubjpass") and (
            _person_named(d) or _key(offices, d) or _title_key(offices, d)) for d in deps):
        return False
    if head.dep_ == "xcomp" and head.head.lemma_.lower() == "vote" or any(
            _chamber(d) for d in _removal_doers(head, deps)):
        return True
    return any(d.dep_ in ("prep", "agent") and d.lower_ in CHANNEL_PREPS and any(
        g.dep_ == "pobj" and g.lemma_.lower() in lex.removal_votes for g in children_of(d)) for d in deps)


def _others_push(obj: Token) -> bool:
    """An attack noun named as another side's ("the Russian offensive", "a rebel advance", "Russia's push"):
    the one who halts it stops the enemy's attack, no halt of its own. A truce or its offer is no attack,
    whoever made it ("accepted an Egyptian ceasefire proposal"; ``offered_truces`` in data/readings.yaml)."""
    from chronica.extract.readings import readings  # readings reads this module: imported when first needed

    if obj.lemma_.lower() in readings()["offered_truces"]["nouns"]:
        return False
    for mod in obj.children:
        if mod.dep_ == "poss":
            return mod.pos_ != "PRON"
        if mod.dep_ in ("amod", "compound") and (mod.ent_type_ in ("NORP", "ORG")
                                                  or mod.lemma_.lower() in ARMED_SIDES or armed_group(mod)):
            return True  # "halted the M23 advance", a name the tagger may call a place (repel57)
    return False


def _manner(entry: Entry, deps: list[Token]) -> bool:
    """Whether an adverb the entry lists as a modifier says how the deed was done, which outranks a passive
    subject before it as it does an object after it ("detainees were sexually abused"; rights-1)."""
    return any(d.dep_ == "advmod" and d.lemma_.lower() in entry.modifiers for d in deps)


def _named_body_object(d: Token) -> bool:
    """Whether a verb's object (or passive subject) is an organisation's name: "the CNRP", "Move Forward"."""
    return d.dep_ in ("dobj", "nsubjpass") and d.pos_ == "PROPN" and d.ent_type_ == "ORG"


def _destined(entry: Entry, deps: list[Token]) -> bool:
    """Whether the verb's destination is one its entry lists, which outweighs the entry's ``unless``:
    "drove the president into exile" (deeds49), not "drove their cattle into the river"."""
    return bool(entry.destinations) and any(
        _destination_key(entry.destinations, d, g) is not None for d in deps
        if d.dep_ == "prep" and d.lower_ in DESTINATION_PREPS for g in children_of(d) if g.dep_ == "pobj")


def _complemented(entry: Entry, deps: list[Token], cls: str) -> bool:
    """Whether the verb took its class from a complement (on it or on its object) its entry lists, which
    outweighs the entry's ``unless``: "was slapped with US sanctions" (sanctionhit53), not "slapped Musk
    with a fine"."""
    if not entry.complements:
        return False
    keys = [_complement(entry, deps),
            *(_complement(entry, _object_preps(d)) for d in deps if d.dep_ == "dobj")]
    return any(k is not None and entry.complements[k] == cls for k in keys)


def _bare_participle(d: Token) -> bool:
    """A past form the object is called, with no object of its own: "declared the prime minister wanted",
    "was declared wanted by the ministry" (deeds49)."""
    return (d.dep_ in ("ccomp", "xcomp", "oprd") and d.tag_ in ("VBD", "VBN")
            and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in children_of(d)))


def _addressee(entry: Entry, head: Token, deps: list[Token]) -> str | None:
    """The addressees key of the one a noun's act is addressed to (``addressed_to``), if listed."""
    if not entry.addressees:
        return None
    return next((k for g in addressed_to(head, deps) if (k := _key(entry.addressees, g)) is not None), None)


def addressed_to(head: Token, deps: list[Token] | None = None) -> list[Token]:
    """The ones a noun's act is addressed to: the object of "to" after the noun ("a protest to the embassy")
    or after a verb of delivering that has the noun as its object or passive subject ("the protest was
    delivered to Ankara's envoy", "handed a protest to the charge d'affaires")."""
    if head.pos_ not in NOUN_POS:
        return []
    own = children_of(head) if deps is None else deps
    preps = [d for d in own if d.dep_ == "prep" and d.lower_ == "to"]
    verb = head.head if head.dep_ in ("dobj", "nsubjpass") else None
    if verb is not None and lexicon().lemma(verb) in lexicon().delivery_verbs:
        preps += [c for c in children_of(verb) if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    return [g for p in preps for g in children_of(p) if g.dep_ == "pobj"]


def _state_owned(head: Token, deps: list[Token]) -> bool:
    """A singular noun owned by a named state or capital: "Baghdad's protest", "Japan's protest" (not "Iran's
    protests", crowds in Iran)."""
    return head.tag_ == "NN" and any(
        d.dep_ == "poss" and d.pos_ == "PROPN" and (d.ent_type_ == "GPE" or country_word(d)) for d in deps)


def _state_sent(entry: Entry, head: Token) -> bool:
    """A noun whose "from", on it or on the verb it is the object of, names a state, its capital, an
    international body or a state's office: "drew protests from Japan and Australia", "a protest from the
    EU", "protests from the foreign ministry" (not "protests from students", nor "protests from Kenya to
    Nigeria", a spread)."""
    if head.pos_ not in NOUN_POS:
        return False
    holders = [head, head.head] if head.dep_ == "dobj" and head.head.pos_ == "VERB" else [head]
    preps = [p for h in holders for p in children_of(h) if p.dep_ == "prep"]
    senders = [g for p in preps if p.lower_ == "from" for g in children_of(p) if g.dep_ == "pobj"]
    if any(p.dep_ == "prep" and p.lower_ == "to" for g in [*preps, *senders] for p in [g, *children_of(g)]):
        return False
    return any(_state_name(g) or country_word(g) or international_body(g)
               or entry.subjects and (_key(entry.subjects, g) or _title_key(entry.subjects, g))
               for g in senders)


def _needed_prep(entry: Entry, d: Token) -> bool:
    """A preposition the entry's own reading needs ("called Macron for talks" is an appeal, not a call to him;
    "dismissed Bakanov for failures" keeps the dismissal)."""
    return d.dep_ == "prep" and any(n in entry.needs for n in (f"place:{d.lower_}", f"prep:{d.lower_}"))


def _modifier_in_of(entry: Entry, obj: Token) -> str | None:
    """A modifier of the verb the parse takes for the last noun of the object's "of" phrase, swallowing that
    noun as its compound ("held the crew of a Bangladeshi cargo ship hostage": "ship hostage"): the modifiers
    key, or None."""
    for prep in children_of(obj):
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for noun in children_of(prep):
            lemma = noun.lemma_.lower()
            if noun.dep_ == "pobj" and lemma in entry.modifiers and any(
                    c.dep_ == "compound" for c in children_of(noun)):
                return lemma
    return None


def _postposed_modifier(entry: Entry, obj: Token) -> str | None:
    """The modifiers key of an adjective after the object that the parse hangs on it, which tells what the
    verb made of the object ("held 20 villagers captive", "took 12 civilians captive"), or None."""
    return next((c.lemma_.lower() for c in children_of(obj)
                 if c.dep_ == "amod" and c.i > obj.i and c.lemma_.lower() in entry.modifiers), None)


TURNED_ON_PREPS = ("against", "on", "upon", "at")


def _people_word(tok: Token) -> bool:
    """A noun of people or a crowd ("protesters", "marchers", "villagers", "students")."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    return lemma in lex.crowds or lemma in lex.captive_people or lemma in lex.force_fighters


def _turned_on(entry: Entry, deps: list[Token]) -> str | None:
    """The turned_on key of a verb's object when "against", "on" or "at" (on the verb or the object) names
    people it was turned on: "used dogs and fire hoses against demonstrators", "set dogs on protesters";
    not "used dogs to find the drugs", "set the dogs on the trail"."""
    if not entry.turned_on:
        return None
    objects = [d for d in deps if d.dep_ in ("dobj", "nsubjpass")]
    preps = [p for p in [*deps, *(c for o in objects for c in children_of(o))]
             if p.dep_ == "prep" and p.lower_ in TURNED_ON_PREPS]
    if not any(_people_word(g) for p in preps for g in children_of(p) if g.dep_ == "pobj"):
        return None
    return next((k for d in objects for o in [d, *d.conjuncts]
                 if (k := _key(entry.turned_on, o)) is not None), None)


def _ruler_named(tok: Token) -> bool:
    """A name the leaders' dictionary knows, with its title or alone ("Dr Mossadegh", "Prince Sihanouk")."""
    if tok.pos_ != "PROPN":
        return False
    named = " ".join(t.text for t in [*(c for c in children_of(tok) if c.dep_ == "compound" and c.i < tok.i),
                                       tok]).lower()
    return named in leader_names() or tok.lower_ in leader_names()


FIGURE_PREPS = frozenset({"with", "through", "to", "over", "by"})


def _figurative_hostage(tok: Token, deps: list[Token], lex: Lexicon) -> bool:
    """A hostage of a figure of speech ("accused the union of holding the nation's children hostage with its
    strike", "held the economy hostage"): a verb's "hostage" or "captive" held by a political act or demand
    (``hostage_means``), or with a country, economy or process as what is held (``hostage_held``)."""
    captives = [d for d in (*deps, *(g for d in deps for p in children_of(d) if p.lower_ == "of"
                                     for g in children_of(p))) if d.lemma_.lower() in ("hostage", "captive")]
    if not captives:
        return False
    preps = [p for h in (tok, *captives) for p in children_of(h)
             if p.dep_ == "prep" and p.lower_ in FIGURE_PREPS]
    if any(g.dep_ == "pobj" and g.lemma_.lower() in lex.hostage_means for p in preps for g in children_of(p)):
        return True
    held = [d for d in deps if d.dep_ in ("dobj", "nsubjpass") and d not in captives]
    held += [c for d in captives for c in children_of(d) if c.dep_ == "compound"]  # "the economy hostage"
    return any(d.lemma_.lower() in lex.hostage_held for d in held)


# the prepositions whose object a violent verb (or, with "on", "of" and "with", noun) is aimed at: "stormed
# into the streaming market", "killed off the industry" (the parse's "off"), "an attack on democracy", "a
# battle with cancer"; not a verb's "on" ("executed two men on charges of spying")
TARGET_PREPS = ("against", "into", "upon", "at", "off")
NOUN_TARGET_PREPS = (*TARGET_PREPS, "on", "of", "with")


def _not_target(tok: Token, deps: list[Token], kind: str, lex: Lexicon, entry: Entry | None = None) -> bool:
    """'Walmart attacked the online market', 'shares took a beating', 'the comedy bombed': a violent trigger
    whose object is no target or whose subject does no violence (``not_targets`` in data/triggers.yaml); an
    object stays a target when the sentence tells harm or armed doers, a bare place-too word ("the market")
    when a name or a state does it, and any the entry's own table lists ("an exchange of fire") (noise-2)."""
    subjects = [d for d in deps if d.dep_ == "nsubj"]
    objects = [d for d in deps if d.dep_ in ("dobj", "nsubjpass")]
    if kind == "verb" and tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN"):  # "the comedy bombed" misparsed
        objects.append(tok.head)  # as a reduced relative; "the shares targeted by short sellers"
        if not any(d.dep_ in ("agent", "dobj") for d in deps):
            subjects.append(tok.head)
    preps = NOUN_TARGET_PREPS if kind == "noun" else TARGET_PREPS
    objects += [g for d in deps if d.dep_ == "prep" and d.lower_ in preps
                for g in children_of(d) if g.dep_ == "pobj"]
    verb = tok if kind == "phrase" else governing_verb(tok) if kind == "noun" else None
    sufferers: list[Token] = []
    if verb is not None and lex.lemma(verb) in lex.not_target_sufferers:  # "the euro came under attack"
        sufferers = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        objects += sufferers
        subjects = [s for s in subjects if s not in sufferers]
    if entry is not None:  # the entry's own senses first
        objects = [o for o in objects if _key(entry.objects, o) is None]
        subjects = [s for s in subjects if _key(entry.subjects, s) is None]
    if any(_key(lex.not_target_subjects, s) is not None for s in subjects):
        return True
    lemmas, harm = lex.lemmas_of(tok.doc), lex.harm_words  # the sentence's words read from the Doc's table
    if any(i != tok.i and lemmas[i] in harm for i in range(*sentence_bounds(tok))):
        return False
    doers = [*subjects, *(g for d in deps if d.dep_ == "agent" for g in children_of(d) if g.dep_ == "pobj")]
    if any(_named_state(s) for s in subjects):
        return False  # "Russia attacked Ukraine's defence industry": strikes
    if any(_key(lex.not_target_objects, o) is not None for o in objects):
        return True
    return not any(d.pos_ == "PROPN" for d in doers) and any(_bare_place_too(o, lex) for o in sufferers)


def _bare_place_too(tok: Token, lex: Lexicon) -> bool:
    """'The market was under siege': a word that is also a place (``places_too``) told bare, with no modifier
    or preposition of its own (not "a market in Kano", "the central market"); read only of a noun's sufferer
    (not "the bombing of the market", "beat a thief at the market")."""
    return lex.lemma(tok) in lex.not_target_places and not any(
        c.dep_ not in ("det", "punct") for c in children_of(tok))


def _shared_subject(entry: Entry, head: Token, deps: list[Token]) -> str | None:
    """The subjects key of the subject a conjoined verb shares with the verb before it ("demonstrators broke
    through barricades and damaged the gate"), for an entry that is an event only by its doers and only where
    that makes a riot (a crowd's damage); None when the verb has a subject of its own (riots36)."""
    if (entry.cls != "none" or not entry.subjects or head.dep_ != "conj" or head.pos_ != "VERB"
            or any(d.dep_ in ("nsubj", "nsubjpass") for d in deps)):
        return None
    subject = next((c for c in children_of(head.head) if c.dep_ == "nsubj"), None)
    key = _key(entry.subjects, subject) if subject is not None else None
    return key if key is not None and entry.subjects[key] == "riot" else None


def _fronted_subject(head: Token) -> Token | None:
    """'Handed over by Pakistan on Saturday, the suspect was flown to New York': the subject of the clause a
    passive participle put before it (with a by-agent and no subject of its own) is what the participle acts
    on; None for any other trigger."""
    if head.dep_ != "advcl" or head.tag_ != "VBN" or head.i > head.head.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) or not any(
            c.dep_ == "agent" for c in head.children):
        return None
    return next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _reported_subject(head: Token, subject: Token) -> Token:
    """The subject a pronoun stands for when the clause is what its governing verb reports ("four armed
    groups announced that they had merged": the groups), or a relative pronoun's noun ("a law that critics
    say targets the station": the law; press-3), else the subject itself."""
    if subject.tag_ in ("WDT", "WP"):
        return _relative_noun(head) or subject
    if subject.tag_ != "PRP" or head.dep_ != "ccomp":
        return subject
    return next((s for s in children_of(head.head) if s.dep_ == "nsubj" and s.tag_ != "PRP"), subject)


def _relative_noun(verb: Token) -> Token | None:
    """The noun a relative clause hangs on, through the verbs that report it ("a law that critics say
    targets ...": "law")."""
    while verb.dep_ == "ccomp" and verb.head.i != verb.i:
        verb = verb.head
    return verb.head if verb.dep_ == "relcl" and verb.head.pos_ in NOUN_POS else None


def _owner(noun: Token, poss: Token) -> Token:
    """The owner of a noun event as its doer: for a pronoun ("the two factions announced their merger"), the
    subject of the verb the noun is the object of; else the owner itself ("the groups' merger")."""
    if poss.tag_ != "PRP$" or noun.dep_ != "dobj":
        return poss
    return next((s for s in children_of(noun.head) if s.dep_ == "nsubj" and s.tag_ != "PRP"), poss)


def _controlled(entry: Entry, head: Token) -> str | None:
    """The class named by the subject of the verb that governs a clause with no subject of its own:
    "Cuban troops began leaving Angola", "the army decided to pull out" (the troops leave)."""
    if not entry.subjects or head.dep_ != "xcomp" or any(c.dep_ == "nsubj" for c in children_of(head)):
        return None
    key = next((_key(entry.subjects, s) for s in children_of(head.head) if s.dep_ == "nsubj"), None)
    return entry.subjects[key] if key is not None else None


PLACE_ENTS = {"GPE", "LOC", "FAC"}


def _label(entry: Entry, deps: list[Token]) -> str | None:
    """The key under which the object of "as" is listed in the entry's labels; for "an act of X", X's."""
    if not entry.labels:
        return None
    called = _called_noun(deps)
    if called is not None and _key(entry.labels, called) is not None:
        return _key(entry.labels, called)  # "designated the outlet Meduza an undesirable organisation"
    for d in deps:
        if d.dep_ != "prep" or d.lower_ != "as":
            continue
        for g in children_of(d):
            if g.dep_ != "pobj":
                continue
            if g.lemma_.lower() == "act":  # "an act of aggression": what kind of act
                g = next((o for c in children_of(g) if c.dep_ == "prep" and c.lower_ == "of"
                          for o in children_of(c) if o.dep_ == "pobj"), g)
            key = _key(entry.labels, g)
            if key is not None:
                return key
    return None


def _called_noun(deps: list[Token]) -> Token | None:
    """The noun a verb's object is called with no "as", as the parse reads it: a complement ("declared
    the group a terrorist organisation"), a clause of the object and the noun ("declared TV Rain a foreign
    agent"), or a common noun in apposition to the object ("designated the outlet Meduza an undesirable
    organisation")."""
    objects = [d for d in deps if d.dep_ == "dobj"]
    if objects and objects[-1].pos_ == "NOUN" and any(d.dep_ == "nsubjpass" for d in deps):
        return objects[-1]  # "the Brotherhood was declared a terrorist organisation": the passive's (deeds49)
    if len(objects) > 1 and objects[-1].pos_ == "NOUN":
        return objects[-1]  # "designated the Muslim Brotherhood a terrorist group": read as two objects
    for d in deps:
        if d.dep_ in ("oprd", "ccomp") and d.pos_ == "NOUN":
            return d
        if d.dep_ == "dobj":
            return next((a for a in children_of(d) if a.dep_ == "appos" and a.pos_ == "NOUN"), None)
    return None


def _controller(head: Token, deps: list[Token]) -> Token | None:
    """The subject of the verb a subjectless infinitive of purpose hangs on ("China summoned the envoy to
    protest the visit": China), which does the infinitive's act too."""
    if head.dep_ not in ("xcomp", "advcl") or head.tag_ != "VB" or any(d.dep_ in ("nsubj", "nsubjpass")
                                                                       for d in deps):
        return None
    if not any(d.dep_ == "aux" and d.lower_ == "to" for d in deps):
        return None
    if head.dep_ == "xcomp" and head.head.lemma_.lower() in lexicon().object_controllers:
        # "prompting Paris to protest": the one prompted (roles49)
        return next((c for c in children_of(head.head) if c.dep_ == "dobj"), None)
    return next((c for c in children_of(head.head) if c.dep_ == "nsubj"), None)


def place_name(tok: Token) -> bool:
    """A named place: "Yemen", "Kyiv", "the Gaza Strip", or a name the geocoder resolved as a place whatever
    the tagger called it ("a strike on Odesa", tagged an organisation; ukraine-2)."""
    return (tok.ent_type_ in PLACE_ENTS and tok.pos_ == "PROPN" or country_word(tok)
            or tok.pos_ == "PROPN" and in_place(tok) and not _first_named(tok))


def state_told(noun: Token) -> bool:
    """Whether a noun is told as a state's deed by its modifier ("a Russian strike", "US strikes", "Israel's
    strike"), with no other noun naming a trade ("French rail strikes", "a British Airways strike")."""
    mods = [c for c in children_of(noun) if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < noun.i]
    if any(c.dep_ in ("compound", "nmod") and c.pos_ in NOUN_POS and c.ent_type_ not in ("NORP", "GPE")
           for c in mods):
        return False
    return any(c.ent_type_ in ("NORP", "GPE") or country_word(c) for c in mods)


def _named_target(tok: Token) -> bool:
    """A proper name struck at, not a day or a person's full name ("a Russian strike on Kherson", not "a
    French strike on Monday")."""
    return tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME", "EVENT") and not _first_named(tok)


def _struck_subject(entry: Entry, noun: Token) -> bool:
    """'a US strike killed a commander', 'Russian strikes damaged two power plants', 'A Russian strike hit a
    hotel': a state's strike that is the subject of a verb of harm (``state_acts.harm_verbs``), of damage to
    a thing the entry lists (``struck_verbs``), or of a blow to one that is no workplace (``hit_verbs``); a
    walkout kills no one and damages no plant, but "the strike hit production" or "car plants" is no blow.
    Read for nouns struck at places (``places``): "two Iraqi bombings killed 50" is no state's deed."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or not state_told(noun):
        return False
    lex = lexicon()
    lemma = lex.lemma(verb)
    if lemma in lex.harm_verbs:
        return True
    if lemma not in lex.struck_verbs and lemma not in lex.hit_verbs:
        return False
    objects = [o for c in children_of(verb) if c.dep_ == "dobj" for o in [c, *c.conjuncts]]
    if lemma in lex.hit_verbs and any(_struck_town(o, noun) for o in objects):
        return True  # "Russian strikes hit Kharkiv": a walkout hits a trade or a firm, not a foreign town
    keys = [_key(entry.objects, o) for o in objects]
    return any(k is not None and entry.objects[k] == entry.states
               and (lemma in lex.struck_verbs or k not in lex.walkout_sites or _harm_joined(verb))
               for k in keys)


def _struck_town(obj: Token, noun: Token) -> bool:
    """A town the geocoder resolved in another country than the one the strike is told of, named bare as the
    object of a blow ("Russian strikes hit Kharkiv", "Israeli strikes pounded Nabatieh"); not a town of that
    country ("French strikes hit Paris": a walkout), a country, nor a plant named after a town."""
    if obj.pos_ != "PROPN" or country_word(obj) or any(c.dep_ == "compound" and c.pos_ == "NOUN"
                                                        for c in children_of(obj)):
        return False
    where = place_country(obj)
    owners = {_country_of_word(c.lower_) for c in children_of(noun)
              if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < noun.i}
    return where is not None and None not in owners and where not in owners


@cache
def _country_words() -> dict[str, str]:
    """Each country name and demonym of the country dictionary, lower-case, with its ISO code."""
    rows = package_file("countries").get("countries") or []
    return {str(n).lower(): r["iso3"] for r in rows
            for n in [*(r.get("names") or []), *(r.get("demonyms") or [])]}


def _country_of_word(word: str) -> str | None:
    """The ISO code of a country name or demonym ("israeli": ISR), or None."""
    return _country_words().get(word)


def _harm_joined(verb: Token) -> bool:
    """Whether a verb's clause goes on to tell harm ("hit a school in Gaza City, killing 12", "struck a
    market and killed five"): a walkout that "hits" a school kills no one (``state_acts.harm_verbs``)."""
    lex = lexicon()
    return any(c.dep_ in ("advcl", "conj") and c.pos_ == "VERB" and lex.lemma(c) in lex.harm_verbs
               for c in children_of(verb))


def _state_deed_of(noun: Token) -> bool:
    """"the US bombing of Cambodia", "Israel's bombing of Gaza": a noun told as a state's deed with an "of"
    object (what was struck), not a date ("the British strike of 1926"; wire-5)."""
    return state_told(noun) and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
                                                      for g in children_of(c))
        for c in children_of(noun))


def _state_act(noun: Token, show: bool = False) -> bool:
    """'Israel launched strikes overnight', 'the army carried out strikes': the noun the object of a verb of
    doing (``state_acts`` in data/triggers.yaml) whose subject is a named state or armed men; for a ``show``
    of force, more verbs and doers ("the People's Liberation Army held drills near Taiwan")."""
    verb = governing_verb(noun)
    lex = lexicon()
    verbs = lex.state_act_verbs | lex.show_verbs if show else lex.state_act_verbs
    if verb is None or noun.dep_ != "dobj" or lex.lemma(verb) not in verbs:
        return False
    doers = lex.state_act_doers | lex.show_doers if show else lex.state_act_doers
    return any(s.dep_ == "nsubj" and (_named_state(s) or s.lemma_.lower() in doers)
               for s in children_of(verb))


def _state_class_ruled_out(entry: Entry, head: Token, deps: list[Token]) -> bool:
    """Whether a verb's listed object ("Pakistan struck a deal") or its "with" means ("Israel bombed Gaza with
    drones", read by the weapon) outranks the class of a state as its subject (mideast-3); a "with" that a
    verb of talks needs names whom it is done with ("India huddled with Pakistani diplomats")."""
    if head.pos_ not in VERB_POS:
        return False
    means = entry.state_places is not None or "prep:with" not in entry.needs
    return any(d.dep_ == "dobj" and entry.objects and _key(entry.objects, d) is not None
               and entry.objects[_key(entry.objects, d)] != entry.cls
               or means and d.dep_ == "prep" and d.lower_ == "with" for d in deps)


def _struck_site(entry: Entry, obj: Token, deps: list[Token]) -> bool:
    """Whether a verb's object is a named place that is no country ("the port of Hodeidah") or a site the
    entry lists with its own class ("Hamas positions"; mideast-3)."""
    key = _key(entry.objects, obj) if entry.objects else None
    listed = key is not None and entry.objects[key] == entry.cls
    return listed or _named_place(obj, deps) and not country_word(obj)


def _named_state(d: Token) -> bool:
    """Whether a dependant is the subject and a named state or capital ("Japan", "the United States",
    "Moscow" protested), or the state the act is addressed to ("protested to Washington")."""
    if d.dep_ == "prep" and d.lower_ == "to":
        return any(g.dep_ == "pobj" and g.ent_type_ == "GPE" and g.pos_ == "PROPN" for g in children_of(d))
    return d.dep_ == "nsubj" and _state_name(d)


def _state_name(d: Token) -> bool:
    """A named state or capital: "Paris" (in "prompting Paris to protest"), or a country the tagger took for
    something else ("Armenia protested the drills", tagged an organisation; targets-2)."""
    return d.pos_ == "PROPN" and (d.ent_type_ == "GPE" or country_word(d))


def _title_key(table: dict[str, str | None], subject: Token) -> str | None:
    """The key of a named person's title ("Prime Minister Nawaz Sharif": "prime minister", "Foreign Minister
    Wang Yi": "foreign minister"), when the table lists it."""
    if subject.ent_type_ not in ("PERSON", "") or subject.pos_ != "PROPN":
        return None  # a long name the tagger leaves untyped ("King Jigme Khesar Namgyel Wangchuck"; bloc49)
    titles = [c for c in children_of(subject) if c.dep_ in ("compound", "nmod") and c.i < subject.i]
    words = [c.lemma_.lower() for c in titles]
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    # "Secretary of State Madeleine Albright arrived": "Secretary" hangs on the name, "of State" on it
    pairs += [f"{c.lemma_.lower()} of {o.lemma_.lower()}" for c in titles if c.dep_ == "nmod"
              for p in children_of(c) if p.dep_ == "prep" and p.lower_ == "of"
              for o in children_of(p) if o.dep_ == "pobj"]
    # "French Prime Minister Michel Barnier": "Prime" hangs on "Minister", not on the name; "King Jigme
    # Khesar Namgyel Wangchuck": "King" hangs on the first name
    inner = [m for c in titles for m in children_of(c) if m.dep_ == "compound" and m.i < c.i]
    nested = [f"{m.lemma_.lower()} {m.head.lemma_.lower()}" for m in inner]
    return next((k for k in pairs + nested + words + [m.lemma_.lower() for m in inner] if k in table), None)


def _listed_object(entry: Entry, d: Token) -> bool:
    """Whether a dependant is an object the entry lists with a class ("captured a regional boss of the Gulf
    Cartel": a man held, whatever place his "of" names; sd35)."""
    if d.dep_ != "dobj" or not entry.objects:
        return False
    key = _key(entry.objects, d)
    return key is not None and entry.objects[key] is not None


def _apposed_place(entry: Entry, d: Token) -> bool:
    """"captured Moqokori, a town in central Somalia": a name the apposition after it calls a place the
    entry lists as taken ground (verbs45)."""
    return d.dep_ == "dobj" and d.pos_ == "PROPN" and any(
        c.dep_ == "appos" and entry.objects.get(c.lemma_.lower()) == entry.places for c in children_of(d))


def _named_place(d: Token, deps: list[Token]) -> bool:
    """Whether a dependant that takes the event's object role is a named place ("Bunagana", "the town
    of Bunagana"): the object, or the subject of a verb with no object."""
    if d.dep_ not in ("dobj", "nsubjpass") and not (
            d.dep_ == "nsubj" and not any(x.dep_ in ("dobj", "nsubjpass") for x in deps)):
        return False
    if d.ent_type_ in PLACE_ENTS and d.pos_ == "PROPN" or country_word(d):
        return True
    if d.pos_ == "PROPN" and in_place(d) and not _first_named(d):
        return True  # "captured El Fasher", "captured Aleppo", tagged as a group: a town the geocoder knows
    if _cued_place(d, deps):
        return True  # "captured Kibumba near Goma": a village the geocoder may not know
    partitive = d.lemma_.lower() in _partitives()  # "seized most of Loikaw"
    settled = d.lemma_.lower() in lexicon().settlement_nouns  # "the village of Kibumba"
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" and (g.ent_type_ in PLACE_ENTS or partitive and in_place(g)
                                                     or settled)
        for g in children_of(c)) for c in children_of(d)) and (d.pos_ == "NOUN" or partitive)


def _cued_place(d: Token, deps: list[Token]) -> bool:
    """A single proper noun, no body's name, taken as object with a known place told by a preposition of
    nearness ("captured Kibumba near Goma"; ``place_cues`` in data/triggers.yaml); one the tagger calls a
    person's only when insurgents take it and no one was named so before."""
    if d.dep_ != "dobj" or d.pos_ != "PROPN" or d.ent_type_ in ("ORG", "NORP") or any(
            c.dep_ in ("compound", "det", "poss") for c in children_of(d)):
        return False
    lex = lexicon()
    if d.ent_type_ == "PERSON" and (any(t.lower_ == d.lower_ for t in tokens_of(d.doc)[:d.i]) or not any(
            c.dep_ == "nsubj" and {c.lemma_.lower(), c.lower_} & lex.place_cue_ground_takers for c in deps)):
        return False  # "Israeli troops captured Mohammed near Jenin": a man, as the tagger says
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in lex.place_cue_not_takers for c in deps):
        return False  # "Police captured Guzman near Culiacan": a man taken
    preps = [c for c in (*children_of(d), *deps) if c.dep_ == "prep" and c.lower_ in lex.place_cue_preps]
    return any(g.dep_ == "pobj" and g.pos_ == "PROPN" and (g.ent_type_ in PLACE_ENTS or in_place(g))
               for p in preps for g in children_of(p))


def _first_named(d: Token) -> bool:
    """A person's name told with a first name ("Joaquin Guzman"), which no geocoded place makes a town; not
    a two-word town the geocoder resolved whole ("captured Chasiv Yar", tagged a person; cities51)."""
    return d.ent_type_ == "PERSON" and any(c.dep_ == "compound" and c.ent_type_ == "PERSON" and not (
        in_place(c) and in_place(d)) for c in children_of(d))


def country_word(d: Token) -> bool:
    """A proper noun the dictionaries know as a country and not as a person ("Mali", "Burkina Faso"; not
    "Chad" or "Jordan"), whatever entity the tagger gives it."""
    if d.pos_ != "PROPN":
        return False
    words = [c for c in children_of(d) if c.dep_ == "compound" and c.i < d.i and c.pos_ == "PROPN"]
    return " ".join(t.text for t in [*words, d]).lower() in country_names()


def demonym_word(d: Token) -> bool:
    """A capitalised word the dictionaries know as a country's demonym or a people's name ("Tajik",
    "Azerbaijani", "Abkhaz"), whatever entity the tagger gives it (a person, a product; shelling55)."""
    return d.text[:1].isupper() and d.pos_ in ("PROPN", "ADJ", "NOUN") and d.lower_ in demonym_names()


@cache
def demonym_names() -> frozenset[str]:
    """The demonyms of the country dictionary and the names of its peoples, lower-case."""
    rows = package_file("countries").get("countries") or []
    peoples = package_file("peoples").get("peoples") or []
    return frozenset([*(str(n).lower() for r in rows for n in r.get("demonyms") or []),
                      *(str(n).lower() for p in peoples for n in [p.get("name"), *(p.get("forms") or [])]
                        if n and " " not in str(n))])


@cache
def country_names(guarded: bool = False) -> frozenset[str]:
    """The country names of the actor dictionaries, less those that are also a person's name (unless
    ``guarded``)."""
    rows = package_file("countries").get("countries") or []
    return frozenset(str(n).lower() for r in rows if guarded or not r.get("person_guard")
                     for n in r.get("names") or [])


def object_class(entry: Entry, obj: Token) -> str | None:
    """The class an entry's objects give its object ("cleared the blockade": crowd_control)."""
    key = _key(entry.objects, obj) if entry.objects else None
    return entry.objects[key] if key is not None else None


def complement_class(entry: Entry, obj: Token) -> str | None:
    """The class an entry's complements give the object of a preposition ("from ECOWAS": break_relations)."""
    key = _key(entry.complements, obj) if entry.complements else None
    return entry.complements[key] if key is not None else None


def _complement(entry: Entry, deps: list[Token]) -> str | None:
    """The key under which the object of a preposition among ``deps`` is listed in the entry's
    complements ("subjected them to sexual violence": with its modifier first; "banned them from
    travelling": a gerund too)."""
    for d in deps:
        if d.dep_ == "prep" and d.lower_ in COMPLEMENT_PREPS:
            for obj in children_of(d):
                obj = _complement_counted(obj)  # "hit with a package of EU tariffs"
                key = _key(entry.complements, _degree_of(obj)) if obj.dep_ in ("pobj", "pcomp") else None
                if key is not None:
                    return key
    return None


def _given_to_state(entry: Entry, deps: list[Token]) -> str | None:
    """The recipients key of a verb's object when a state or its capital receives it: "sent tanks to
    Ukraine", "handed over 18 tanks to Kyiv", "sent Ukraine 14 tanks" (a dative first object); not "sent
    tanks to the border" nor "into Donetsk" (aid48)."""
    if not entry.recipients:
        return None
    objects = [d for d in deps if d.dep_ in ("dobj", "nsubjpass")]
    givees = [d for d in deps if d.dep_ == "dative" and d.pos_ != "ADP"] or objects[:len(objects) - 1]
    preps = [p for p in [*deps, *(c for o in objects for c in children_of(o))]
             if p.dep_ in ("prep", "dative") and p.lower_ == "to"]
    givees += [g for p in preps for g in children_of(p) if g.dep_ == "pobj"]
    if not any(_state_named(g) for g in givees):
        return None
    given = [d for d in objects if d not in givees]
    return next((k for d in given if (k := _key(entry.recipients, d)) is not None), None)


def _bought_from_state(entry: Entry, deps: list[Token]) -> str | None:
    """The sellers key of a verb's object when a state or its capital is named as whence it came."""
    if not entry.sellers:
        return None
    objects = [d for d in deps if d.dep_ in ("dobj", "nsubjpass")]
    preps = [p for p in [*deps, *(c for o in objects for c in children_of(o))]
             if p.dep_ == "prep" and p.lower_ == "from"]
    if not any(_state_named(g) or g.ent_type_ == "GPE" and g.text.lower() in country_names(guarded=True)
               for p in preps for g in children_of(p) if g.dep_ == "pobj"):
        return None  # "from India", "from China": a place the tagger finds, though also a person's name
    return next((k for d in objects if (k := _key(entry.sellers, d)) is not None), None)


def _state_named(tok: Token) -> bool:
    """A country's name or its capital's ("Ukraine", "the United States", "Kyiv"), not another town's."""
    return country_word(tok) or tok.pos_ == "PROPN" and tok.text.lower() in capital_cities()


@cache
def capital_cities() -> frozenset[str]:
    """The capitals and seats of power of the actor dictionaries ("Kyiv", "Washington")."""
    rows = package_file("countries").get("countries") or []
    return frozenset(str(n).lower() for r in rows
                     for n in [*(r.get("capitals") or []), *(r.get("seats") or [])])


def _object_preps(obj: Token) -> list[Token]:
    """The "with", "of" or "from" phrases the parse hangs on a verb's object, or on what the object counts
    ("supplied the rebels with rockets", "stripped dozens of dissidents of their citizenship"; verbs2_45;
    "seized a mining hub from junta troops"; conflict48)."""
    preps = [p for p in children_of(obj) if p.dep_ == "prep" and p.lower_ in ("with", "of", "from")]
    counted = [g for p in preps if p.lower_ == "of" for g in children_of(p) if g.dep_ == "pobj"]
    return preps + [p for g in counted for p in children_of(g) if p.dep_ == "prep" and p.lower_ == "of"]


def _complement_counted(obj: Token) -> Token:
    """What a complement's counting word counts ("a package of EU tariffs": tariffs; ``complement_partitives``
    in data/triggers.yaml), else the complement itself."""
    if obj.lemma_.lower() not in lexicon().complement_partitives:
        return obj
    of = next((c for c in children_of(obj) if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in children_of(of) if c.dep_ == "pobj"), obj) if of is not None else obj


def _degree_of(obj: Token) -> Token:
    """The noun a degree noun measures ("the highest level of readiness": readiness), else the noun itself."""
    if obj.lemma_.lower() not in DEGREE_NOUNS:
        return obj
    return next((g for c in children_of(obj) if c.dep_ == "prep" and c.lower_ == "of"
                 for g in children_of(c) if g.dep_ == "pobj"), obj)


def _clause_keys(clause: Token) -> list[str]:
    """A verb clause as the two words that name it: "halt fighting", "stop the fighting", and "halt
    fighting" parsed with "halt" as an auxiliary of "fighting"; a verb with no object by itself ("agreed
    to merge", sd38)."""
    keys = []
    for c in children_of(clause):
        if c.dep_ in ("dobj", "xcomp"):
            keys.append(f"{clause.lemma_.lower()} {c.lemma_.lower()}")
        elif c.dep_ == "aux" and c.tag_ == "VB":
            keys.append(f"{c.lemma_.lower()} {clause.lemma_.lower()}")
    if not keys and clause.pos_ == "VERB":
        keys.append(clause.lemma_.lower())
    return keys


ACCIDENT_PREPS = {"in", "during", "after", "from", "by"}
CAUSE_PREPS = {"due", "because", "owing"}


def _cause_objects(d: Token) -> list[Token]:
    """The nouns a cause phrase names: 'in a crash', 'due to flooding', 'because of the storm'."""
    objs = [c for c in children_of(d) if c.dep_ == "pobj"]
    if d.lower_ in CAUSE_PREPS:
        objs += [g for c in children_of(d) if c.dep_ in ("pcomp", "prep")
                 for g in children_of(c) if g.dep_ == "pobj"]
    return objs


def _crash_told(tok: Token, lex: Lexicon) -> bool:
    """Whether a vehicle's crash into people is told as an accident in its sentence: "after the driver lost
    control", "a drunk driver", "accidentally" (``accidents.mishaps.ramming_words``; a pair is a head and its
    dependant), not "ruled out an accident"."""
    words = lex.mishap_lists.get("ramming_words", frozenset())
    return any((w.lemma_.lower() in words or f"{w.head.lemma_.lower()} {w.lemma_.lower()}" in words)
               and not _denied_word(w) for w in tok.sent)


def _denied_word(word: Token) -> bool:
    """Whether a word is denied: "not an accident", "ruled out an accident", "no brake failure"."""
    near = (*children_of(word), *children_of(word.head))
    return any(c.dep_ == "neg" or c.lower_ == "no" for c in near) or word.head.lemma_.lower() in (
        "rule", "exclude", "deny")


def _accidental(tok: Token, lemma: str, deps: list[Token], lex: Lexicon, cls: str = "") -> bool:
    """'a crash killed two', 'injured in a car accident', 'a truck struck a pedestrian', 'snow closed
    the roads': the harm or the closure came from an accident, a disaster or an illness named as its
    cause, not from an actor."""
    preps = ACCIDENT_PREPS
    if cls in lex.closure_classes:
        causes, preps = lex.closure_causes, ACCIDENT_PREPS | CAUSE_PREPS
    else:
        causes = lex.collision_causes if lemma in lex.vehicle_verbs else lex.accident_causes
    subjects = [d for d in deps if d.dep_ in ("nsubj", "csubj")]
    if not subjects and tok.dep_ == "conj":  # "a crash killed one and injured four"
        subjects = [c for c in children_of(tok.head) if c.dep_ == "nsubj"]
    if tok.dep_ == "relcl":  # "the earthquake that killed thousands": the noun the pronoun stands for
        subjects += [tok.head for s in subjects if s.tag_ == "WDT"]
        owner = tok.head.head.head if tok.head.dep_ == "pobj" and tok.head.head.lower_ == "of" else None
        if owner is not None and any(s.tag_ == "WDT" for s in subjects):
            subjects.append(owner)  # "the collapse of a canopy that killed 15": the collapse (europe61)
    if tok.dep_ == "acl" and any(d.dep_ == "dobj" for d in deps):  # "a typhoon killed 30 people" read as
        subjects.append(tok.head)  # a participle of the noun: the noun is its doer
    if any(_is_cause(s, causes, lex) for s in subjects):
        return True
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in deps)
    if cls not in lex.closure_classes and not perfect and any(
            s.dep_ == "nsubj" and s.lemma_.lower() in lex.toll_causes for s in subjects):
        return True  # "the conflict killed hundreds of thousands of people": a conflict's toll, no attack
    # "a crowd attacked a police officer after a fatal crash": with a doer of its own, "after" tells when
    # the harm came, not what did it ("injured after a fall" has none; riots41), as "during" does ("rebels
    # killed 40 villagers during heavy rains", clause48)
    doer = (any(s.dep_ == "nsubj" and s.tag_ != "WDT" for s in subjects)
            or any(d.dep_ == "agent" and not any(_is_cause(c, causes, lex) for c in _cause_objects(d))
                   for d in deps))
    return any(
        d.dep_ in ("prep", "agent") and d.lower_ in preps and not (doer and d.lower_ in ("after", "during"))
        and any(_is_cause(c, causes, lex) for c in _cause_objects(d))
        for d in deps
    )


def accident_told(sent: Span, lex: Lexicon) -> bool:
    """'Authorities said the explosion was an accident and not a terrorist attack', 'the blast was caused by a
    gas cylinder, not a bomb', 'officials said, ruling out sabotage': the sentence tells an explosion as an
    accident (``accidents.told``; bombs49)."""
    told = lex.accident_told
    if not told:
        return False
    causes = told["causes"] | lex.accident_causes | lex.mishap_things
    lemmas, toks = spacy_lemmas_of(sent.doc), tokens_of(sent.doc)  # a Token only for a word that may tell it
    for i in range(sent.start, sent.end):
        lemma = lemmas[i]
        if lemma not in told["words"] and lemma not in told["causing"] and lemma != "rule":
            continue
        tok = toks[i]
        if lemma in told["words"] and tok.dep_ in ("attr", "acomp"):
            found = True  # "was an accident", "was accidental"
        elif lemma in told["causing"]:  # "was caused by a gas cylinder"
            found = any(g.lemma_.lower() in causes for c in children_of(tok) if c.dep_ == "agent"
                        for g in children_of(c) if g.dep_ == "pobj")
        elif lemma == "rule" and any(c.lower_ == "out" for c in children_of(tok)):  # "ruling out sabotage"
            found = any(c.dep_ == "dobj" and c.lemma_.lower() in told["ruled_out"] for c in children_of(tok))
        else:
            continue
        if found and not _gainsaid(tok):
            return True
    return False


def _gainsaid(tok: Token) -> bool:
    """Whether a word or its verb is negated: "was not an accident", "was no accident", "did not rule out"."""
    return any(c.dep_ == "neg" or c.lower_ in ("no", "never")
               for w in (tok, tok.head) for c in children_of(w))


def _blast_only(tok: Token, deps: list[Token], lex: Lexicon) -> bool:
    """Whether violence names no doer of its own but an explosion ("a string of explosions ... killed four
    soldiers", "the blast", "not a terrorist attack"): in a sentence telling an accident, no one's deed."""
    blasts = lex.accident_told["blasts"]
    doers = [d for d in deps if d.dep_ in ("nsubj", "poss")]
    doers += [g for d in deps if d.dep_ == "agent" or d.dep_ == "prep" and d.lower_ == "by"
              for g in children_of(d) if g.dep_ == "pobj"]
    return all(d.lemma_.lower() in blasts or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in blasts for g in children_of(c))
        for c in children_of(d)) for d in doers)


def disaster_told(sent: Span, lex: Lexicon) -> bool:
    """'A powerful earthquake killed more than 2,000 people', 'Floods kill 40 in southern Brazil': the
    sentence tells harm whose cause is a disaster, an accident or an illness, not a vehicle (a car may be
    driven into people)."""
    doc, lemmas = sent.doc, lex.lemmas_of(sent.doc)  # a Token made only for a lexicon verb's lemma
    for i in range(sent.start, sent.end):
        lemma = lemmas[i]
        if lemma not in lex.verbs:
            continue
        tok = doc[i]
        entry = lex.verbs.get(lemma) if tok.pos_ in VERB_POS else None
        if entry is None:
            continue
        deps = frame(tok, lex)
        cls = _specialise(entry, tok, deps)
        if cls in lex.accident_classes and _accidental(tok, lemma, deps, lex, cls) and not any(
                t.lemma_.lower() in lex.vehicles for d in deps for t in d.subtree):
            return True  # not a vehicle's: "Three men killed by car as rioting spreads" (lead48)
    return False


def disaster_harm(trigger: Trigger, lex: Lexicon) -> bool:
    """'Several villages have been completely flattened', 'more than 24,000 people were displaced' in a
    story whose lede tells a disaster's harm: a passive verb of harm that names no doer is the disaster's
    (classes ``accidents.story_classes``), no one's attack."""
    head = trigger.head
    if trigger.cls not in lex.disaster_story_classes or trigger.kind != "verb":
        return False
    deps = children_of(head)
    passive = (any(c.dep_ in ("nsubjpass", "auxpass") for c in deps)
               or head.dep_ == "acl" and head.tag_ == "VBN")
    return passive and not any(c.dep_ == "agent" for c in deps)


def _mishap_outcome(tok: Token, deps: list[Token], lex: Lexicon) -> bool:
    """'A bus plunged into a ravine, killing twelve passengers', 'a gas cylinder exploded, injuring two
    cooks', 'twelve people were killed when a bus plunged into a ravine': harm with no doer of its own told
    as the outcome of a mishap (a verb of mishaps, a disaster, or a thing that blew up or fell down when the
    sentence names no weapon) in the clause it hangs on or in its "when" clause."""
    # a subject of its own is a doer, but for a passive's number ("eleven were killed and 30 injured")
    if any(d.dep_ == "agent" or d.dep_ == "nsubj" and not (tok.tag_ == "VBN" and d.pos_ == "NUM")
           for d in deps):
        return False
    if tok.dep_ in ("advcl", "conj", "xcomp") and not any(d.dep_ in ("nsubj", "nsubjpass") for d in deps):
        if _mishap_told([tok.head, *(c for c in tok.head.conjuncts if c.i < tok.i)], lex):
            return True
    clauses = _when_clauses(tok)
    return bool(clauses) and all(_mishap_told([v], lex) for v in clauses)


WHEN_MARKS = ("when", "after", "as")


def _when_clauses(tok: Token) -> list[Token]:
    """The verbs of the "when" clauses a toll hangs on: 'were killed when a bus plunged', 'three were killed
    and 25 injured when ...' (on the second toll), 'were killed on Monday when ...' (on the day)."""
    heads = [tok, *(c for c in children_of(tok) if c.dep_ == "conj")]
    days = [g for h in heads for p in children_of(h) if p.dep_ == "prep" for g in children_of(p)
            if g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")]
    clauses = [v for h in (*heads, *days) for v in children_of(h) if v.dep_ in ("advcl", "relcl")
               and any(m.dep_ in ("mark", "advmod") and m.lower_ in WHEN_MARKS and m.i < v.i
                       for m in children_of(v))]
    # "when a tanker overturned" parsed as a noun with its participle: the participle is the clause's verb
    return [w for v in clauses for w in (
        [v] if v.pos_ in VERB_POS else [c for c in children_of(v) if c.dep_ == "acl" and c.pos_ in VERB_POS])]


def _mishap_subjects(verb: Token) -> list[Token]:
    """A clause verb's subjects, or the noun a participle describes ('a tanker overturned' read as one)."""
    subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects or ([verb.head] if verb.dep_ == "acl" else [])


def _mishap_told(verbs: list[Token], lex: Lexicon) -> bool:
    """Whether these verbs tell a mishap or a disaster: 'an earthquake struck', 'a fire broke out', 'a bus
    plunged into a ravine', 'a fuel depot exploded', 'a crane fell on a house' (not 'a car exploded',
    often a bomb, nor a mishap the sentence tells as an attack: 'a hijacked plane crashed')."""
    subjects = [s for v in verbs for s in _mishap_subjects(v)]
    # "an earthquake struck central Morocco, killing 2,000 people": a disaster's toll (plover35)
    if any(s.lemma_.lower() in lex.accident_causes for s in subjects):
        return True
    if _attack_told(verbs, lex):
        return False
    if any(_is_cause(s, lex.accident_causes, lex, v) for v in verbs for s in _mishap_subjects(v)):
        return True  # "a fire ripped through a factory", "a gas explosion ripped through a restaurant"
    lists = lex.mishap_lists
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if _mishap_verb(verb, lex):
            return True
        if any(c.dep_ == "dobj" and c.lemma_.lower() not in MISHAP_OBJECTS for c in children_of(verb)):
            continue  # "a mine sank the Iraqi minesweeper": done to something, no mishap of its own
        own = [s.lemma_.lower() for s in _mishap_subjects(verb)]
        if any(s in lex.mishap_things for s in own) and lemma in lists.get("thing_verbs", ()):
            return True
        if any(s in lists.get("structures", ()) for s in own) and lemma in lists.get("structure_verbs", ()):
            return True
    return False


INTO = ("into", "through")
MISHAP_OBJECTS = ("fire", "way")  # "a boiler caught fire", "a wall gave way": no object done to


def _mishap_verb(verb: Token, lex: Lexicon) -> bool:
    """'a bus plunged into a ravine', 'two trains collided head-on', 'a plane went down': a verb of mishaps
    with no object (rioters overturn cars) and not driven into a crowd."""
    lemma = verb.lemma_.lower()
    kids = list(children_of(verb))
    particles = lex.mishap_particles.get(lemma, ())
    if lemma not in lex.mishap_verbs and not any(c.lower_ in particles for c in kids):
        return False
    # intransitive only: "rioters overturned cars and injured two officers" is no mishap ("head-on" is none)
    if any(c.dep_ == "dobj" and c.pos_ not in ("ADP", "ADV", "PART") and c.lower_ not in particles
           for c in kids):
        return False
    crowds = lex.mishap_lists.get("crowds", ())
    return not any(g.lemma_.lower() in crowds for c in kids if c.dep_ == "prep" and c.lower_ in INTO
                   for p in children_of(c) if p.dep_ == "pobj" for g in (p, *p.subtree))


def _attack_told(verbs: list[Token], lex: Lexicon) -> bool:
    """Whether the sentence of a mishap names a weapon or an attacker ('a hijacked plane', 'shot down', 'a
    building collapsed after an air strike'); the aircraft that crashed is no weapon of its own."""
    from chronica.extract.instrument import find_weapons, weapons
    sent = sentence_of(verbs[0])
    own = {s.i for v in verbs for s in _mishap_subjects(v)}
    if any(not (w.i in own and cls == "air_strike") for w, cls in find_weapons(sent, weapons())):
        return True
    vetoes = lex.mishap_lists.get("vetoes", ())  # read off the Doc's lemma and word lists, no Token per word
    lemmas, lowers = spacy_lemmas_of(sent.doc), lowers_of(sent.doc)
    return any(lemmas[k] in vetoes or lowers[k] in vetoes for k in range(sent.start, sent.end))


def _blaze(noun: Token, lex: Lexicon) -> bool:
    """'A fire broke out at a textile factory': a blaze, not shooting ('fire broke out between the
    two groups', 'heavy fire broke out' are gunfire)."""
    return (_happens(noun, lex) and _is_cause(noun, lex.accident_causes, lex)
            and not any(c.dep_ == "prep" and c.lower_ in ("between", "among", "with")
                        for c in (*children_of(noun), *children_of(noun.head))))


def _is_cause(tok: Token, causes: frozenset[str], lex: Lexicon, verb: Token | None = None) -> bool:
    """A named cause of harm: an accident, a disaster, an illness, or a blaze: "a fire", "the fire",
    not gunfire ("heavy fire", "police fire", "the army's fire") nor a fire set by someone (``verb``: the
    participle the parse hangs on the cause as its own verb, "a fire swept through", is no such setting)."""
    lemma = tok.lemma_.lower()
    if lemma in causes:
        return True
    told = lex.accident_told
    if told and lemma in told["blasts"] and any(
            c.dep_ == "compound" and c.lemma_.lower() in told["kinds"] for c in children_of(tok)):
        return True  # "a gas explosion killed 10 people" (bombs49)
    if lemma != "fire" or not any(c.dep_ == "det" for c in children_of(tok)):
        return False
    return not any(c.lemma_.lower() in lex.gunfire_words or c.dep_ in ("acl", "relcl", "poss") and c != verb
                   for c in children_of(tok))


def _doer_words(tok: Token, deps: list[Token]) -> list[Token]:
    """The words that may name a trigger's doers before roles are read: a verb's subject (or its first
    verb's), a noun's possessor and the sides "between"/"with" it; none when a by-agent names the doer."""
    if any(d.dep_ == "agent" for d in deps):  # "protesters shot dead by police": the by-agent is the doer
        return []
    subjects = [d for d in deps if d.dep_ == "nsubj"]
    if not subjects and tok.dep_ == "conj":  # the second of two verbs shares the first one's doer
        subjects = [c for c in children_of(tok.head) if c.dep_ == "nsubj"]
    if tok.pos_ in NOUN_POS:  # "clashes between protesters and police", "the protesters' clashes"
        subjects = [d for d in deps if d.dep_ == "poss"]
        if tok.dep_ == "nsubj":  # "clashes broke out between her supporters and police"
            deps = [*deps, *children_of(tok.head)]
        for d in deps:
            if d.dep_ == "prep" and d.lower_ in ("between", "with"):
                subjects += [o for c in children_of(d) if c.dep_ == "pobj" for o in (c, *c.conjuncts)]
    return subjects


def _by_crowd(tok: Token, deps: list[Token], lex: Lexicon) -> str | None:
    """'protesters clashed with police', 'rioters set fire to cars and looted shops': violence whose
    doer is a crowd is a riot (or mob violence); None when the doer is not a crowd."""
    subjects = _doer_words(tok, deps)
    found = next((lex.crowds[s.lemma_.lower()] for s in subjects if s.lemma_.lower() in lex.crowds), None)
    if found is None and any(c.dep_ == "amod" and c.lower_ in lex.crowd_modifiers
                             for s in subjects for c in children_of(s)):
        return "riot"  # "striking workers vandalised factories": a crowd in a strike
    return found


def _against_forces(tok: Token, deps: list[Token], lex: Lexicon) -> str | None:
    """'Students clashed with riot police', 'clashes between villagers and soldiers': a fight of unarmed
    people (the verb's subject) with state forces is the crowd's riot; None otherwise."""
    doers = _doer_words(tok, deps)
    if tok.pos_ in NOUN_POS:  # the noun's sides are told together: "clashes between students and police"
        sides = doers
    else:
        doers = [o for d in doers for o in (d, *d.conjuncts)]  # "students and riot police clashed"
        sides = [*doers, *(o for d in deps if d.dep_ == "prep" and d.lower_ == "with"
                           for c in children_of(d) if c.dep_ == "pobj" for o in (c, *c.conjuncts))]
    fighters = any(d.lemma_.lower() in lex.force_fighters for d in doers)
    forces = [d for d in doers if state_force(d, lex)]
    if not fighters and tok.pos_ not in NOUN_POS and forces:  # "police clashed with fans", "police and
        return _crowd_fought([s for s in sides if s not in forces], lex)  # protesters clashed"
    if not fighters and not doers and tok.pos_ in NOUN_POS and _hurt_in_unnamed_clash(tok, lex):
        return "riot"  # "six officers were injured during clashes in Nantes"
    if not fighters and tok.pos_ in NOUN_POS and _crowds_between(tok, doers, lex):
        return "riot"  # "clashes between rival fans", as "clashes between rival supporters" (deeds56)
    if not fighters:
        return None
    if any(state_force(s, lex) for s in sides):
        return "riot"
    # "students clashed with pro-government supporters": unarmed people against another crowd, no one armed;
    # not "a confrontation with traders", which may be words only
    if tok.lemma_.lower() not in CROWD_FIGHTS:
        return None
    others = [s for s in sides if s not in doers] if tok.pos_ not in NOUN_POS else sides
    return "riot" if others and all(_unarmed_crowd(s, lex) for s in [*doers, *others]) else None


CROWD_FIGHTS = frozenset({"clash", "fight", "brawl", "scuffle", "skirmish", "battle"})  # blows, not words
SETTING_PREPS = frozenset({"in", "at", "during", "on"})  # "clashed in a debate", "at a meeting", "on TV"


def _words_only(tok: Token, deps: list[Token], lex: Lexicon) -> bool:
    """'Two senators clashed over the budget', 'clashed in the final debate': a clash of talkers only (every
    side a politician, an official, a named person or a state body) or one told at a place of talk, in a
    sentence that tells of no harm and no force."""
    told = lex.verbal_clashes
    lemmas = lex.lemmas_of(tok.doc)
    start, end = sentence_bounds(tok)
    if any(lemmas[i] in told["harm"] for i in range(start, end)):
        return False
    places = [g for d in deps if d.dep_ == "prep" and d.lower_ in SETTING_PREPS
              for g in children_of(d) if g.dep_ == "pobj"]
    if any(lemmas[g.i] in told["settings"] or " ".join(lemmas[g.i - 1:g.i + 1]) in told["settings"]
           for g in places):
        return True
    sides = [o for d in _doer_words(tok, deps) for o in (d, *d.conjuncts)]
    if tok.pos_ not in NOUN_POS:
        sides += [o for d in deps if d.dep_ == "prep" and d.lower_ == "with"
                  for c in children_of(d) if c.dep_ == "pobj" for o in (c, *c.conjuncts)]
    titled = [s for s in sides if lemmas[s.i] in told["talkers"] or any(
        c.dep_ == "compound" and lemmas[c.i] in told["talkers"] for c in children_of(s))]
    # a name alone may be an armed group's the model calls a person ("JaS clashed with ..."): one side at
    # least is told by a word of office ("President Shimon Peres", "the finance minister", "two senators")
    return bool(titled) and all(s in titled or s.ent_type_ in ("PERSON", "ORG", "NORP") for s in sides)


def crowd_side(tok: Token, lex: Lexicon) -> bool:
    """'protesters', 'Feyenoord fans', 'striking workers': a crowd, or people who fight forces as one, none
    told armed (nor "unarmed": people forces set on)."""
    lemma = tok.lemma_.lower()
    crowd = lemma in lex.crowds or lemma in lex.forces_first or any(
        c.dep_ == "amod" and c.lower_ in lex.crowd_modifiers for c in children_of(tok))
    return crowd and not any(c.lemma_.lower() in ("armed", "arm", "unarmed") for c in children_of(tok))


def _crowd_fought(others: list[Token], lex: Lexicon) -> str | None:
    """'Police clashed with protesters', 'police and farmers clashed': state forces fighting a crowd (every
    other side one, none armed) are that crowd's riot ("rioting" for rioters); None otherwise."""
    if not others or not all(crowd_side(o, lex) for o in others):
        return None
    return next((lex.crowds[o.lemma_.lower()] for o in others if o.lemma_.lower() in lex.crowds), "riot")


def _crowds_between(tok: Token, sides: list[Token], lex: Lexicon) -> bool:
    """Whether "clashes" have every side told "between" a crowd of people who fight forces as one and none a
    state force ("clashes between rival fans", "clashes between hooligans and students")."""
    return tok.lemma_.lower() == "clash" and bool(sides) and all(
        crowd_side(s, lex) and not state_force(s, lex) for s in sides)


def _hurt_in_unnamed_clash(tok: Token, lex: Lexicon) -> bool:
    """'Six officers were injured during clashes in Nantes': clashes naming no side, in which police or
    protesters were hurt, in a sentence that tells of no one armed."""
    told = lex.unnamed_clash
    if not told or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "during", "amid"):
        return False
    if any(t.lemma_.lower() in told.get("armed", ()) for t in sentence_of(tok)):
        return False
    verb = tok.head.head
    verbs = [verb, *verb.conjuncts]
    if verb.dep_ == "acl":  # "six officers were injured and 20 people arrested during clashes"
        verbs += [verb.head.head, *verb.head.head.conjuncts]
    hurt = [s for v in verbs if v.lemma_.lower() in told.get("hurt", ())
            for c in children_of(v) if c.dep_ in ("nsubjpass", "nsubj") for s in (c, *c.conjuncts)]
    return any(s.lemma_.lower() in told.get("hurt_sides", ()) for s in hurt)


def _unarmed_crowd(tok: Token, lex: Lexicon) -> bool:
    """'supporters', 'protesters', 'students': people of a crowd or unarmed people, none told armed."""
    lemma = tok.lemma_.lower()
    armed = any(c.dep_ == "amod" and c.lemma_.lower() == "armed" for c in children_of(tok))
    # "Bangladesh Chhatra League activists": a named group's men, not an anonymous crowd
    named = any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in children_of(tok))
    return (lemma in lex.crowds or lemma in lex.force_fighters) and not armed and not named


def state_force(tok: Token, lex: Lexicon) -> bool:
    """'police', 'riot police', 'security forces': a word (or modifier and word) for a state's forces."""
    lemma = tok.lemma_.lower()
    mods = [c.lemma_.lower() for c in children_of(tok) if c.dep_ in ("compound", "amod")]
    return lemma in lex.state_forces or any(f"{m} {lemma}" in lex.state_forces for m in mods)


def _by_armed_men(tok: Token, deps: list[Token], lemma: str, lex: Lexicon) -> str | None:
    """'troops marched into the town', 'the army began its march on the capital': a march whose doers
    are armed men is a troop movement (the class ``armed_movements`` gives), not a protest; a roadblock
    that armed men set up, or one called armed, a show of force (coder25)."""
    cls = lex.armed_movements.get(lemma)
    if cls is None:
        return None
    doers = _doer_words(tok, deps)
    if tok.pos_ in NOUN_POS and tok.dep_ == "dobj":  # "the army began the march": the verb's subject
        doers += [c for c in children_of(tok.head) if c.dep_ == "nsubj"]
    armed = [m for d in (tok, *doers) for m in children_of(d) if m.dep_ == "amod"]  # "an armed group"
    return cls if any(d.lemma_.lower() in lex.armed_doers for d in (*doers, *armed)) else None


def _by_siege_crowd(tok: Token, deps: list[Token], lemma: str, lex: Lexicon) -> str | None:
    """'Thousands of farmers laid siege to Delhi's borders', 'villagers besieged the police station': a siege
    laid by unarmed people (``crowd_sieges``) is a blockade, a protest; None for anyone else's (crowds56)."""
    cls = lex.crowd_sieges.get(lemma)
    if cls is None:
        return None
    doers = _doer_words(tok, deps)
    verb = governing_verb(tok) if tok.pos_ in NOUN_POS else None
    if verb is not None:  # "farmers laid siege to ...": the subject of the verb the noun is the object of
        doers += [c for c in children_of(verb) if c.dep_ == "nsubj"]
    if any(m.dep_ == "amod" and m.lemma_.lower() == "armed" for d in (tok, *doers) for m in children_of(d)):
        return None  # "armed villagers besieged the camp"
    return cls if any(_key(lex.siege_crowds, d) is not None for d in doers) else None


def _in_name(tok: Token, lex: Lexicon) -> bool:
    """'a Honda Accord', 'the Islamic Resistance': a capitalised noun that heads a named entity; at a
    sentence's start, an organisation's one-word name as the subject ("Amnesty said", not "Amnesty for
    the rebels was announced")."""
    if tok.pos_ != "PROPN" or not tok.is_title:
        return False
    if _pact_name(tok, lex):  # "Under the Oslo Accords", not "signed the Camp David Accords"
        return not _signed_name(tok, lex)
    if tok.ent_type_ not in lex.name_kinds:
        return False
    if tok.lemma_.lower() in lex.named_events:  # "called a Bharat Bandh": the strike, named by its place
        return False
    if tok.i != sentence_of(tok).start:
        return True
    return (tok.text in org_words() and tok.dep_ in ("nsubj", "nsubjpass")
            and not any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in children_of(tok)))


def _pact_name(tok: Token, lex: Lexicon) -> bool:
    """'the Good Friday Agreement', 'the Treaty of Versailles', 'the JCPOA': a capitalised head of a signed
    text's name (``signed_names``), in a named entity or after a name or before "of" and a name."""
    if lex.lemma(tok).lower() not in lex.signed_names.get("nouns", ()):
        return False
    return bool(tok.ent_type_) or any(
        c.pos_ == "PROPN" and c.dep_ == "compound"
        or c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in children_of(c))
        for c in children_of(tok))


def _signed_name(tok: Token, lex: Lexicon) -> bool:
    """'signed the Oslo Accords', 'Morocco joined the Abraham Accords', 'acceded to the Wadi Araba Treaty',
    'the Taif Agreement, signed in 1989': a signed text's name that a verb of signing or joining acts on."""
    names = lex.signed_names
    verbs = names.get("verbs", ())
    if any(c.dep_ == "acl" and lex.lemma(c).lower() in verbs for c in children_of(tok)):
        return True
    while tok.dep_ == "conj":  # "signed the Oslo Accords and the Paris Protocol"
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ not in names.get("preps", ()):
        return False  # "signed a deal under the Oslo Accords"
    verb = governing_verb(tok)
    return verb is not None and lex.lemma(verb).lower() in names.get("verbs", ())


@cache
def org_words() -> frozenset[str]:
    """The one-word names and aliases, as written, of the organisations' dictionary ("Amnesty",
    "Solidarity")."""
    rows = package_file("organisations").get("organisations") or []
    names = (n for row in rows for n in [row.get("name"), row.get("full"), *(row.get("aliases") or [])])
    return frozenset(n for n in names if n and " " not in n)


def _verb_in_name(tok: Token, lex: Lexicon) -> bool:
    """'Pyu Saw Htee militiamen': a capitalised word the parser took for a verb inside a named entity,
    not at the sentence's start, is part of the name."""
    return (tok.ent_type_ in lex.name_kinds and tok.is_title and tok.i != sentence_of(tok).start
            and tok.ent_iob_ == "I")


def _phrase_object(toks: Span, head: Token, things: frozenset[str]) -> bool:
    """Whether a phrase's verb has one of ``things`` as its object or passive subject ("made safe an
    explosive device", "the bomb was made safe"; the parse may hang "safe" on the object), or as the object
    of the phrase's own preposition ("broke away from the movement"), or, for a phrase with a preposition,
    as its subject ("a splinter faction broke away from the SPLA-IO"), not "made safe abortion legal"."""
    objects = [c for c in children_of(head) if c.dep_ in ("dobj", "nsubjpass", "ccomp")]
    objects += [c for t in toks if t.dep_ == "prep" for c in children_of(t) if c.dep_ == "pobj"]
    if any(t.dep_ == "prep" for t in toks):  # "a splinter faction broke away from the SPLA-IO": the group
        objects += [c for c in children_of(head) if c.dep_ == "nsubj"]  # named by the one who left it
    return any(t.lemma_.lower() in things for t in [*objects, *(t.head for t in toks)])


def _phrases(sent: Span, lex: Lexicon) -> list[Trigger]:
    found: list[Trigger] = []
    lemmas = spacy_lemmas_of(sent.doc)[sent.start:sent.end]
    starts = lex.phrase_starts
    i = 0
    while i < len(lemmas):
        size = starts.get(lemmas[i], 0)
        if size < 2:  # no phrase starts with this word (most words)
            i += 1
            continue
        for n in range(min(size, len(lemmas) - i), 1, -1):
            key = tuple(lemmas[i : i + n])
            cls = lex.phrases.get(key)
            if cls is None:
                continue
            toks = sent[i : i + n]
            inside = {t.i for t in toks}
            head = next((t for t in toks if t.head.i not in inside or t.head == t), toks[-1])
            objects = lex.phrase_objects.get(key)
            if key in lex.answer_phrases and not _answered_with_fire(toks, head, lex) or (
                    objects is not None and not _phrase_object(toks, head, objects)) or (
                    key in lex.unarmed_phrases and _armed_doers(head, lex)) or (
                    _collapse_phrase(key, head, lex)):
                i += n - 1
                break
            if " ".join(key) in lex.cyber_verbs and _cyber_doer(head, list(children_of(head)), lex):
                cls = "cyber"  # "hackers took control of a water plant": no ground taken (crisis-1)
            if cls in lex.not_target_classes and _not_target(
                    head, [c for c in children_of(head) if c.i not in inside], "phrase", lex):
                i += n - 1  # "the euro came under attack from currency traders"
                break
            if cls in lex.crowd_classes and head.pos_ == "VERB":  # "rioters set fire to cars"
                cls = _by_crowd(head, list(children_of(head)), lex) or cls
            if cls in CONFERRING and _by_phone(list(toks), lex):
                cls = "phone"  # "held talks by phone with her Australian counterpart"
            found.append(
                Trigger(head, toks.start, toks.end, cls, "phrase", Entry(cls=cls),
                        "phrase:" + " ".join(lemmas[i : i + n]))
            )
            i += n - 1
            break
        i += 1
    return found


def _collapse_phrase(key: tuple[str, ...], head: Token, lex: Lexicon) -> bool:
    """'A coal mine caved in', 'the bridge gave way': a particle verb of mishaps whose subject is a structure
    or a thing is a collapse, not the concession it is of people ('the government caved in')."""
    if len(key) != 2 or key[1] not in lex.mishap_particles.get(key[0], ()):
        return False
    things = lex.mishap_lists.get("structures", frozenset()) | lex.mishap_things
    subjects = _mishap_subjects(head)  # "the roof of a church caved in" parsed on the church: the roof too
    subjects += [s.head.head for s in subjects if s.dep_ == "pobj" and s.head.lower_ == "of"]
    return any(s.lemma_.lower() in things for s in subjects)


def _armed_doers(head: Token, lex: Lexicon) -> bool:
    """'Police forced their way into the house', 'soldiers tried to force their way into homes': the doers
    (the verb's subject, or that of the verb it completes) are armed men or state forces, not a crowd."""
    deps = list(children_of(head))
    doers = _doer_words(head, deps)
    if not doers and head.dep_ == "xcomp":  # "demonstrators tried to force their way in"
        doers = [c for c in children_of(head.head) if c.dep_ == "nsubj"]
    armed = [m for d in doers for m in children_of(d) if m.dep_ == "amod"]  # "armed men"
    return any(d.lemma_.lower() in lex.unarmed_not_doers for d in (*doers, *armed))


def _answered_with_fire(toks: Span, head: Token, lex: Lexicon) -> bool:
    """'Troops responded to the attack with gunfire', not 'the ministry responded to the attack with a
    statement', 'by calling for calm', nor 'the president responded to the attack' (a speaker's words), nor
    'police responded to the gunfire and found a man shot' (they came to the scene)."""
    lemmas = lex.lemmas_of(head.doc)
    for tok in toks:
        for prep in children_of(tok):
            if prep.dep_ != "prep" or prep.lower_ not in ("with", "by"):
                continue
            means = ("pobj", "pcomp") if prep.lower_ == "with" else ("pcomp",)  # not "shelling by the rebels"
            for obj in children_of(prep):
                if obj.dep_ in means and lemmas[obj.i] not in lex.answer_means:
                    return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") and lemmas[c.i] in lex.answer_not_doers
                   or c.dep_ == "conj" and lemmas[c.i] in lex.answer_arrivals  # "... and found two men shot"
                   for c in children_of(head))


# Words a list of crimes before a charge noun is made of ("espionage and rape", "murder, kidnapping and
# torture"), and how far it may run (maghreb-1).
CRIME_LIST_TAGS = frozenset({"NN", "NNS", "JJ", "VBG", "VB", "HYPH"})
CRIME_LIST_JOINS = frozenset({"and", "or", ","})
CRIME_LIST_REACH = 6


def _in_crime_list(tok: Token) -> bool:
    """A word that can be part of a list of crimes: a lower-case noun, adjective or gerund, or a joint."""
    return tok.lower_ in CRIME_LIST_JOINS or tok.tag_ in CRIME_LIST_TAGS and tok.text.islower()


def _names_charge(tok: Token, lex: Lexicon) -> bool:
    """'jailed on espionage and rape charges', 'faces murder and kidnapping charges': a deed word that, alone
    or in a list of crimes, only names the charge noun after it, no deed (``charge_names``; maghreb-1)."""
    spec = lex.charge_names
    if not spec or tok.tag_ in ("VBD", "VBZ", "VBP", "VBN", "MD"):
        return False
    doc, (start, end) = tok.doc, sentence_bounds(tok)
    j, joined, comma = tok.i + 1, False, False
    while j < min(end, tok.i + CRIME_LIST_REACH) and doc[j].lemma_.lower() not in spec["nouns"]:
        if not _in_crime_list(doc[j]):
            return False
        joined |= doc[j].lower_ in ("and", "or")
        comma |= doc[j].lower_ == ","
        j += 1
    if j >= end or doc[j].lemma_.lower() not in spec["nouns"] or doc[j].pos_ != "NOUN":
        return False
    before = doc[j - 1].lower_
    if before in CRIME_LIST_JOINS or before in spec["not_after"] or comma and not joined:
        return False  # "the killing and charges against", "after the bombing, charges were brought"
    k = tok.i - 1
    if tok.tag_ in ("VBG", "VB") and k >= start and doc[k].lower_ not in CRIME_LIST_JOINS:
        return k >= start and doc[k].pos_ in spec["before"]  # not "crowds protesting charges against"
    while k >= max(start, tok.i - CRIME_LIST_REACH) and (_in_crime_list(doc[k]) or doc[k].pos_ == "PROPN"
                                                         and doc[k].dep_ in ("compound", "nmod", "amod")):
        k -= 1
    return k < start or doc[k].pos_ in spec["before"] or doc[k].tag_ == "PRP$"


def _object_compound(tok: Token, lex: Lexicon) -> bool:
    """'staged a demonstration ...' parsed with the noun as a modifier of the real object: the
    noun still names the event when its head is the object of a light verb and no trigger."""
    head = tok.head
    return (tok.dep_ == "compound" and head.dep_ == "dobj" and head.head.lemma_ in lex.light_verbs
            and head.lemma_.lower() not in lex.nouns)


PARTICLE_DEPS = ("prt", "advmod")


def _with_particle(tok: Token, entry: Entry, lemma: str) -> tuple[Entry, str]:
    """'called off the strike', 'pulled its troops out': the verb with its particle, when the
    lexicon lists that pair, is an entry of its own."""
    for c in children_of(tok):
        if c.lower_ in entry.particles and (c.dep_ in PARTICLE_DEPS or c.dep_ == "prep" and c.lower_ == "out"
                                            and any(g.lower_ == "of" for g in children_of(c))):
            return entry.particles[c.lower_], f"{lemma} {c.lower_}"
    return entry, lemma


def _headline_verb(tok: Token, lemma: str, lex: Lexicon) -> bool:
    """A headline's verb the parser tagged as a noun: the root of its sentence, with a subject or an
    object of its own, and no noun entry ("Mubarak confers with Reagan", "Bonn, Paris sign accord")."""
    return (tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and lemma in lex.verbs and lemma not in lex.nouns
            and any(c.dep_ in ("nsubj", "dobj") for c in children_of(tok)))


def _body_acting(noun: Token) -> bool:
    """'The alliance condemned the attack', 'the 32-member alliance pledged', 'the ruling alliance expelled':
    a definite body noun that is its verb's subject, with no complement saying between or of whom and no
    modifier naming its parties ('the Saudi-Israeli alliance'), names the body, not an alliance made
    (``body_nouns``)."""
    return ((noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" or noun.dep_ == "poss")
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children_of(noun))
            and not any(c.dep_ == "prep" or c.dep_ in ("amod", "compound", "nmod") and _party_word(c)
                        for c in children_of(noun)))


def _party_word(mod: Token) -> bool:
    """'the US-Japan alliance', 'the Saudi-Israeli alliance': a modifier naming the parties (a state or
    people, or a capitalised word joined by a hyphen to the one before), not 'Western' or '32-member'."""
    return mod.ent_type_ in ("NORP", "GPE") or (
        mod.i > 0 and mod.doc[mod.i - 1].text == "-" and mod.text[:1].isupper())


def _named_body(noun: Token) -> bool:
    """'the Russia-led CSTO military alliance', 'the US-led coalition', 'the NATO alliance': a body noun led
    by someone or named by its acronym names a standing body, not an alliance made."""
    return any(c.dep_ in ("amod", "compound", "nmod")
               and (c.lower_ == "led" or c.text.isupper() and len(c.text) > 1) for c in children_of(noun))


def _mandate_named(tok: Token, lex: Lexicon) -> bool:
    """'the UN Special Rapporteur on torture', 'the Committee against Torture', 'the International Day in
    Support of Victims of Torture': a bare or capitalised deed noun that names a mandate's title or a body's
    (``mandates`` in data/triggers.yaml), not a deed."""
    spec = lex.mandates
    if not spec or not (tok.is_title or not any(
            c.dep_ in ("det", "poss", "nummod") for c in children_of(tok))):
        return False
    noun = tok
    for _ in range(4):
        while noun.dep_ == "conj" and noun.head.is_title:  # "for Children and Armed Conflict"
            noun = noun.head
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in spec.get("preps", ()) or prep.head.pos_ not in NOUN_POS:
            return False
        noun = prep.head
        lemma = noun.lemma_.lower()
        if lemma in spec.get("titles", ()) or noun.is_title and lemma in spec.get("bodies", ()):
            return True
        if not noun.is_title:
            return False
    return False


def _adjective_as_noun(tok: Token) -> bool:
    """A word tagged as an adjective that stands where a noun does: "completes pullback from Lebanon"."""
    return tok.pos_ == "ADJ" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")


def _standing_state(tok: Token, lemma: str, lex: Lexicon) -> bool:
    """'a son of a jailed drug lord', 'the exiled cleric's followers': a state participle before a noun
    that owns or hangs on another noun, or does something else, says who that person is
    (``state_participles``), not an event; nor is one of ``described_participles`` before any noun."""
    if tok.dep_ != "amod" or tok.tag_ not in ("VBN", "JJ"):
        return False
    if lemma in lex.described_participles and tok.i < tok.head.i:
        return True  # "a rejected asylum seeker stabbed two people": who he is, no rejection (leaks56)
    if lemma not in lex.state_participles:
        return False
    noun = tok.head
    return (noun.dep_ in ("poss", "nsubj", "nsubjpass")  # "the jailed activist began a hunger strike"
            or noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN")
            or lemma in lex.captive_participles and _captives_handled(noun, lex))


def _captives_handled(noun: Token, lex: Lexicon) -> bool:
    """'released the captured soldiers', 'exchanged them for captured guerrillas': the object of a verb done
    to captives (``captives_described``), or of its "for", is described, not arrested (hostage-4)."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "the captured soldiers and jailed guerrillas"
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        noun = noun.head
    return noun.dep_ in ("dobj", "prep") and noun.head.lemma_.lower() in lex.captive_verbs


def _named_operation(tok: Token, lex: Lexicon) -> Token | None:
    """'Israel launched Operation Pillar of Defense against Hamas', 'the army began Operation Summer Rains in
    Gaza': the head of an operation's name that a state or its forces (``state_acts``) launch against someone
    or in a place; not 'launched Operation Warp Speed to develop vaccines', nor 'police launched Operation
    X'."""
    name = tok.head
    verb = name.head
    if tok.text != "Operation" or tok.dep_ != "compound" or name.dep_ != "dobj" or name.pos_ != "PROPN":
        return None
    if lex.lemma(verb) not in lex.state_act_verbs | lex.show_verbs or not any(
            s.dep_ == "nsubj" and (_named_state(s) or s.lemma_.lower() in lex.state_act_doers)
            for s in children_of(verb)):
        return None
    preps = [p for p in (*children_of(verb), *children_of(name)) if p.dep_ == "prep"]
    aimed = any(p.lower_ == "against" or p.lower_ == "in" and any(g.dep_ == "pobj" and place_name(g)
                                                                  for g in children_of(p)) for p in preps)
    return name if aimed else None


def _name_end(first: Token, head: Token) -> int:
    """The end of the named entity a name's first word opens ("Operation Pillar of Defense"), at least its
    head."""
    end = first.i + 1
    while end < len(first.doc) and first.doc[end].ent_iob_ == "I":
        end += 1
    return max(end, head.i + 1)


# "broke into the servers", "spied on email accounts", "attacks on websites"
CYBER_PREPS = ("into", "on", "against")


def cyber_deed(tok: Token, kind: str, lemma: str, deps: list[Token], lex: Lexicon) -> bool:
    """Whether a verb of harm or entry, or an attack noun, tells a cyber attack (``cyber`` in
    data/triggers.yaml): done by a cyber doer ("hackers crippled the website", "hackers launched an attack on
    the bank"), or done to a computer thing by no force of nature ("paralysed the computer systems of the
    government", "attacks on the websites of airports")."""
    if kind == "noun":
        if lemma not in lex.cyber_nouns:
            return False
        mods = lex.cyber_modifiers
        if any(d.dep_ in ("compound", "amod", "nmod") and d.lemma_.lower() in mods for d in deps):
            return True  # "a denial-of-service attack"
        verb = governing_verb(tok)
        doers = [d for d in deps if d.dep_ == "poss"] + (
            _cyber_doer_words(verb, list(children_of(verb))) if verb is not None else [])
        return any(_cyber_word(d, lex) for d in doers) or _cyber_aimed(deps, lex, preps_only=True)
    key = _cyber_verb(tok, lemma, lex)
    if key is None:
        return False
    doers = _cyber_doer_words(tok, deps)
    cyber = [d for d in doers if _cyber_word(d, lex)]
    if any(not _cyber_noun(d, lex) for d in cyber):
        return True
    if cyber:  # "a denial-of-service attack shut down the website", not "a cyber attack disrupted services",
        return _cyber_aimed(deps, lex)  # where the attack noun is the event
    return (key in lex.cyber_object_verbs and not any(d.lemma_.lower() in lex.accident_causes for d in doers)
            and _cyber_aimed(deps, lex))


def sabotage_deed(tok: Token, kind: str, lemma: str, deps: list[Token], lex: Lexicon) -> bool:
    """Whether a verb of harm tells sabotage (``sabotage`` in data/triggers.yaml): a work of infrastructure
    cut, damaged, severed or derailed by saboteurs, armed men or unknown persons ("saboteurs cut two undersea
    cables", "Naxalites derailed a goods train"); not "the storm damaged power lines" nor "the government cut
    power"."""
    if kind != "verb" or lemma not in lex.sabotage_verbs:
        return False
    things = lex.sabotage_things
    hit = [o for d in deps if d.dep_ in ("dobj", "nsubjpass") for o in (d, *d.conjuncts)]
    hit += [g for o in hit for p in children_of(o) if p.dep_ == "prep" and p.lower_ == "of"
            for g in children_of(p) if g.dep_ == "pobj"]  # "damaged a section of the pipeline"
    if not any(_key(things, o) is not None for o in hit):
        return False
    doers = [d for d in _cyber_doer_words(tok, deps) if d.tag_ not in ("WDT", "WP", "PRP")]
    if any(_key(lex.sabotage_doers, d) is not None for d in doers):
        return True
    return lemma in lex.sabotage_object_verbs and any(
        d.ent_type_ in ("ORG", "NORP") for d in doers)  # "the BLA derailed a passenger train"


def _cyber_noun(tok: Token, lex: Lexicon) -> bool:
    """A doer that is itself a cyber attack's noun ("a cyber attack", "the cyberattack"), an event of its
    own."""
    lemma = tok.lemma_.lower()
    entry = lex.nouns.get(lemma)
    return lemma in lex.cyber_nouns or entry is not None and entry.cls == "cyber"


def _cyber_verb(tok: Token, lemma: str, lex: Lexicon) -> str | None:
    """The ``cyber.verbs`` key of a verb: with its particle or object noun ("take down", "knocked the sites
    offline", "gained access"), else its lemma; None when not listed."""
    for c in children_of(tok):
        if c.dep_ in ("prt", "advmod", "dobj") and f"{lemma} {c.lower_}" in lex.cyber_verbs:
            return f"{lemma} {c.lower_}"
    return lemma if lemma in lex.cyber_verbs else None


def _cyber_doer_words(verb: Token, deps: list[Token]) -> list[Token]:
    """A verb's doers: its subject and by-agent, or, with neither, the subject of the clause it hangs on
    ("Hackers linked to Iran paralysed ..." parsed as a clause of "linked") or the noun a relative clause
    describes ("hackers who crippled ...")."""
    doers = [d for d in deps if d.dep_ == "nsubj"]
    doers += [g for d in deps if d.dep_ == "agent" for g in children_of(d) if g.dep_ == "pobj"]
    if not doers and verb.dep_ in ("advcl", "conj", "xcomp"):
        doers = [c for c in children_of(verb.head) if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(d.dep_ == "nsubj" and d.tag_ in ("WDT", "WP") for d in deps):
        doers.append(verb.head)
    return [o for d in doers for o in (d, *d.conjuncts)]


def _cyber_doer(verb: Token, deps: list[Token], lex: Lexicon) -> bool:
    """Whether a verb's doer is a cyber doer: "hackers", "a hacker group", "cyber criminals", "malware"."""
    return any(_cyber_word(d, lex) for d in _cyber_doer_words(verb, deps))


def _cyber_word(tok: Token, lex: Lexicon) -> bool:
    """A cyber doer: a listed word (or modifier and word: "computer virus"), a noun with a listed modifier
    ("hacker group", "ransomware gang"), or what a group word counts ("a group of hackers")."""
    if _key(lex.cyber_doers, tok) is not None:
        return True
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in lex.cyber_modifiers
               for c in children_of(tok))


def _cyber_aimed(deps: list[Token], lex: Lexicon, preps_only: bool = False) -> bool:
    """Whether what a verb or noun acts on is a computer thing (``cyber.things``): its object or passive
    subject (unless ``preps_only``), or the object of its "into", "on" or "against"."""
    things = lex.cyber_things
    aimed = [] if preps_only else [d for d in deps if d.dep_ in ("dobj", "nsubjpass")]
    aimed += [g for d in deps if d.dep_ == "prep" and d.lower_ in CYBER_PREPS
              for g in children_of(d) if g.dep_ == "pobj"]
    return any(_key(things, o) is not None for d in aimed for o in (d, *d.conjuncts))


def find_triggers(sent: Span, lex: Lexicon) -> list[Trigger]:
    """Every trigger in a sentence, in text order; phrases win over their single words."""
    triggers = _phrases(sent, lex)
    taken = {i for t in triggers for i in range(t.first, t.last)}
    triggers = [t for t in triggers if t.cls != "none"]  # "weapons of mass destruction": no event
    doc, lemmas, verbs, nouns = sent.doc, lex.lemmas_of(sent.doc), lex.verbs, lex.nouns
    accident: bool | None = None  # whether the sentence tells an explosion as an accident, read when needed
    for i in range(sent.start, sent.end):
        lemma = lemmas[i]
        if i in taken or (lemma not in verbs and lemma not in nouns):
            continue  # no entry for the word: no Token object made for it
        tok = doc[i]
        if _names_charge(tok, lex):
            continue  # "jailed on espionage and rape charges": the charge, no deed
        name = _named_operation(tok, lex) if lemma == "operation" else None
        if name is not None:  # "Israel launched Operation Pillar of Defense against Hamas"
            last = _name_end(tok, name)
            taken.update(range(tok.i, last))
            entry = nouns[lemma]
            triggers.append(Trigger(name, tok.i, last, entry.cls, "noun", entry, "noun:operation"))
            continue
        if tok.pos_ in VERB_POS or (tok.pos_ == "ADJ" and tok.tag_ == "VBN"):
            if tok.tag_ == "VBN" and any(c.dep_ == "det" for c in children_of(tok)):
                continue  # "evacuated the wounded", "buried the dead": people, not an event
            if _standing_state(tok, lemma, lex) or _verb_in_name(tok, lex):
                continue
            entry, kind = lex.verbs.get(lemma), "verb"
            if entry is not None and entry.particles:
                entry, lemma = _with_particle(tok, entry, lemma)
        elif _headline_verb(tok, lemma, lex):  # "Mubarak, in Washington, confers with Reagan"
            entry, kind = lex.verbs.get(lemma), "verb"
        elif (tok.pos_ in NOUN_POS and (tok.dep_ not in ("compound", "amod") or _object_compound(tok, lex))
              or _adjective_as_noun(tok)):
            entry, kind = lex.nouns.get(lemma), "noun"
            if entry is not None and (_in_name(tok, lex) or lemma in lex.body_nouns and (
                    _body_acting(tok) or _named_body(tok))):
                continue
        else:
            continue
        if entry is None:
            continue
        deps = frame(tok, lex)
        cls = _specialise(entry, tok, deps)
        if cls == entry.cls and entry.toll and kind == "noun" and _toll_told(tok, lex):
            cls = entry.toll  # "the violence in Beni left 18 people dead": violence told by its toll
        if _object_class_unmet(entry, cls, tok, deps):
            cls = entry.cls  # "ordered officials to stop appointing relatives": a demand, no expulsion
        if cls != "cyber" and cyber_deed(tok, kind, lemmas[i], deps, lex):
            cls = "cyber"  # "hackers crippled the website of the ministry": a cyber attack (crisis-1)
        elif sabotage_deed(tok, kind, lemmas[i], deps, lex):
            cls = "destroy"  # "saboteurs cut two undersea cables": property destroyed (crisis-3)
        if cls == entry.cls and not _satisfies(entry.needs, tok, deps, entry) and not (
                kind == "noun" and _happens(tok, lex)):
            continue
        if cls is None or cls == "none" or (
                entry.unless and _satisfies(entry.unless, tok, deps)
                and not _destined(entry, deps) and not _complemented(entry, deps, cls)):
            continue
        if ((cls in lex.accident_classes or cls in lex.closure_classes)
                and (_accidental(tok, lemma, deps, lex, cls) or _mishap_outcome(tok, deps, lex))):
            continue
        if (cls in lex.accident_classes and lemma in lex.mishap_lists.get("ramming_verbs", ())
                and _crash_told(tok, lex)):
            continue  # "a bus crashed into a crowd after the driver lost control": an accident (terror-3)
        if kind == "noun" and lemma == "fire" and _blaze(tok, lex):
            continue
        if kind == "noun" and cls in lex.mandates.get("classes", ()) and _mandate_named(tok, lex):
            continue  # "the Special Rapporteur on torture": a mandate, no deed
        if cls in lex.accident_told.get("told_classes", ()) and _blast_only(tok, deps, lex):
            if accident is None:
                accident = accident_told(sent, lex)
            if accident:  # "the explosion at the fuel depot was an accident and not a terrorist attack"
                continue
        if cls == "abduct" and _figurative_hostage(tok, deps, lex):
            continue  # "holding the nation's children hostage with its strike"
        if cls in lex.not_target_classes and _not_target(tok, deps, kind, lex, entry):
            continue  # "Walmart attacked the online market", "the comedy bombed"
        if cls in lex.crowd_classes:
            cls = _by_crowd(tok, deps, lex) or cls
        if cls in lex.force_fight_classes:
            cls = _against_forces(tok, deps, lex) or cls
        cls = _by_armed_men(tok, deps, lemma, lex) or cls
        cls = _by_siege_crowd(tok, deps, lemma, lex) or cls
        if cls == "clash" and lemma in lex.verbal_clashes.get("lemmas", ()) and _words_only(tok, deps, lex):
            cls = "dispute"  # "two senators clashed over the budget", "clashed in a televised debate"
        if cls in CONFERRING and _by_phone([tok], lex):
            cls = "phone"  # "spoke with Putin by phone", "phone talks"
        triggers.append(Trigger(tok, tok.i, tok.i + 1, cls, kind, entry, f"{kind}:{lemma}"))
    triggers.sort(key=lambda t: t.first)
    return triggers

