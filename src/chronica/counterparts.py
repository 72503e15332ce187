"""The other side of a dealing between states, when a sentence names it only by a place or leaves it to
the story (round target17; word lists in ``actors/data/counterparts.yaml``).

- :func:`capital_host`: talks with no partner named, held in or travelled to for a foreign capital, are
  hosted by its government ("the Japanese prime minister held talks in Seoul": South Korea).
- :func:`other_side`: a state organ named only by its office takes the story's main country as a guess;
  when that guess is its own target's state, the doer is of the other country the sentence names ("the
  defence ministry accused Azerbaijan of shelling Armenian villages": Armenia), else of none.
- :func:`own_side`: such an organ pressed by a nation's own group is that nation's ("French unions urged
  the government to suspend arms sales to Saudi Arabia": France), where :func:`asker_home` placed the act.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from spacy.tokens import Token

from chronica import yamlio
from chronica.actor_notes import guessed_country as _guessed
from chronica.actor_notes import noted as _noted
from chronica.actor_notes import with_text as _as
from chronica.actors.resolve import UNKNOWN_NAME
from chronica.nlp import children_of, sentence_of, text_of
from chronica.record import Actor, Event

if TYPE_CHECKING:
    from chronica.actors import ActorResolver
    from chronica.extract import Candidate
    from chronica.extract.triggers import Trigger
    from chronica.mentions import Mentions
    from chronica.pipeline import DocContext


@cache
def words() -> dict[str, frozenset[str]]:
    """The word lists of ``actors/data/counterparts.yaml``."""
    return {k: frozenset(v) for k, v in _spec().items() if isinstance(v, list)}


@cache
def _spec() -> dict:
    """``actors/data/counterparts.yaml`` as read."""
    text = resources.files("chronica.actors").joinpath("data", "counterparts.yaml").read_text("utf-8")
    return yamlio.safe_load(text)


GUESS = re.compile(r"\+(?:focus|where):[A-Z]{3}")


def _seat_country(tok: Token, mentions: Mentions) -> str | None:
    """The country whose capital or seat of power a word names: "Seoul", "the Kremlin", or "capital" with
    the country as its adjective or possessor ("the Jordanian capital", "Jordan's capital")."""
    w = words()
    if tok.lower_ in w["capital_nouns"]:
        owners = [c for c in children_of(tok) if c.dep_ in ("amod", "poss", "compound", "nmod")]
        for owner in owners:
            actor = mentions.resolver.resolve(owner.text)
            if actor is not None and actor.country and (actor.evidence or "").startswith(
                    ("country:", "demonym:")):
                return actor.country
        return None
    if tok.pos_ != "PROPN":
        return None
    phrase = " ".join(t.text for t in tok.subtree if t.pos_ == "PROPN" or t.i == tok.i)
    actor = mentions.resolver.resolve(phrase)
    if actor is None or not actor.country or not (actor.evidence or "").startswith(tuple(w["capital_kinds"])):
        return None
    return actor.country


def _meeting_spots(head: Token) -> list[tuple[Token, bool]]:
    """Where a meeting's place may hang, each with whether it is a journey: the meeting word, the verb it
    is the object of ("held talks in Seoul"), the talks a verb holds, and the journey it is the errand of
    ("flew to Beijing for talks")."""
    spots = [head, *(c for c in children_of(head) if c.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"))]
    if head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        spots.append(head.head)
    out = [(spot, False) for spot in spots]
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("VERB", "AUX"):
        out.append((head.head.head, True))
    return out


PARTNER_KINDS = ("PERSON", "ORG", "NORP")


def _partner_named(head: Token) -> bool:
    """Whether the verb's object, or the object of its "with", is a named person or body ("met Kim",
    "talks with Kim"): a partner, even one the resolver cannot place (wire59)."""
    for c in children_of(head):
        if c.dep_ == "dobj" and c.ent_type_ in PARTNER_KINDS:
            return True
        if c.dep_ == "prep" and c.lower_ == "with" and any(
                g.dep_ == "pobj" and g.ent_type_ in PARTNER_KINDS for g in children_of(c)):
            return True
    return False


def capital_host(mentions: Mentions, cand: Candidate, ctx: DocContext, evidence: dict) -> list[Actor]:
    """Talks with no partner named, held in or travelled to for a foreign capital or seat of power: its
    government ("held talks in Seoul", "flew to Beijing for talks", "talks in the Jordanian capital"). Not
    the doer's own capital, nor an ordinary city ("talks in Geneva")."""
    w = words()
    if cand.trigger.cls not in w["capital_host_classes"]:
        return []
    if _partner_named(cand.trigger.head):
        return []  # "Trump met Kim in Hanoi": the partner named, though unresolved; Hanoi only the venue
    found = [a for h in cand.roles.source if (a := mentions.actor(h, ctx)) is not None]
    doers = {a.country for a in found if a.country and not _guessed(a)}
    # talks held in a capital by one whose country is only a guess may be talks at home ("the opposition
    # leader held talks in Nairobi"); a journey there is a visit
    at_home = any(_guessed(a) for a in found)
    for spot, journey in _meeting_spots(cand.trigger.head):
        if at_home and not journey:
            continue
        for prep in children_of(spot):
            if prep.dep_ != "prep" or prep.lower_ not in w["capital_host_preps"]:
                continue
            for obj in (c for c in children_of(prep) if c.dep_ == "pobj" and c.idx >= ctx.dateline_end):
                iso = _seat_country(obj, mentions)
                if iso is None or iso in doers:
                    continue
                host = mentions.resolver.resolve("government", date=ctx.date, focus=iso, where=iso)
                if host is None:
                    continue
                return _noted(evidence, "target", _as(host, obj.text, f"host capital:{iso}"))
    return []


def visited_town(mentions: Mentions, cand: Candidate, ctx: DocContext, evidence: dict) -> list[Actor]:
    """A visit to a town abroad with no host named: the government of the country it is in ("the Indian
    prime minister visited Lahore": Pakistan's; plover62). Not a town of the visitor's own country ("the
    president visited Kano"), nor a sea."""
    w = words()
    if cand.trigger.cls not in w["visited_town_classes"] or cand.trigger.head.pos_ not in ("VERB", "AUX"):
        return []
    found = [a for h in cand.roles.source if (a := mentions.actor(h, ctx)) is not None]
    doers = {a.country for a in found if a.country}
    if not doers or any(_guessed(a) for a in found):
        return []  # "the opposition leader visited Kano": maybe at home
    for obj in children_of(cand.trigger.head):
        if obj.dep_ != "dobj" or obj.pos_ != "PROPN":
            continue
        place = next((p for p in ctx.places if p.start is not None and p.end is not None
                      and p.start <= obj.idx < p.end), None)
        iso = place.country if place is not None else None
        if iso is None or iso in doers or place.name.lower() in w["visited_town_venues"]:
            continue
        host = mentions.resolver.resolve("government", date=ctx.date, focus=iso, where=iso)
        if host is None or host.country != iso:
            continue
        return _noted(evidence, "target", _as(host, obj.text, f"town visited:{iso}"))
    return []


def _foreign_state(actor: Actor) -> bool:
    """Whether a target is a state named as such or one of its envoys ("Pakistan", "Beijing", "the Libyan
    ambassador"), so that it cannot be the doer's own."""
    rule = actor.evidence or ""
    w = words()
    named = any(re.search(rf"(?:^|:){re.escape(kind)}", rule) for kind in w["target_state_rules"])
    said = f" {(actor.text or '').lower()} "
    envoy = any(f" {word} " in said for word in w["envoy_roles"]) and not _guessed(actor)
    return (named and not _guessed(actor)) or envoy


def _foreign_people(actor: Actor, plover: str) -> bool:
    """Whether the target of a measure one state takes against another's people is named by their state's
    demonym ("sanctions on Turkish officials", "aid to Rwandan refugees"): of a state not the doer's own."""
    w = words()
    rule = actor.evidence or ""
    return plover in w["outward_measure_types"] and not _guessed(actor) and any(
        mark in rule for mark in w["demonym_target_marks"])


def other_side(mentions: Mentions, source: list[Actor], target: list[Actor], plover: str, sentence: str,
               ctx: DocContext, evidence: dict, before: str = "") -> list[Actor]:
    """A state organ named only by its office, whose country is the story's guess and the same as its
    target's, a state or envoy in a dealing between states: the other country the sentence names ("the
    defence ministry accused Azerbaijan of shelling Armenian villages": Armenia), else the other country
    the story named before it ("Ethiopia and Egypt failed to agree. The prime minister accused Cairo":
    Ethiopia), else no country ("the government expelled the Libyan ambassador")."""
    w = words()
    if plover not in w["foreign_doer_types"] or not source or not target:
        return source
    doer, aimed = source[0], target[0]
    measure = plover in w["outward_measure_types"] and doer.sector in w["measure_doer_sectors"]
    if (doer.sector not in w["foreign_doer_sectors"] and not measure) or not _guessed(doer) or (
            doer.country is None) or (
            doer.country != aimed.country) or not (_foreign_state(aimed) or _foreign_people(aimed, plover)):
        return source
    return _on_other_side(mentions, source, aimed.country, sentence, before, None, ctx, evidence, "source")


def _on_other_side(mentions: Mentions, actors: list[Actor], own: str | None, sentence: str, before: str,
                   fallback: str | None, ctx: DocContext, evidence: dict, role: str) -> list[Actor]:
    """The first of ``actors`` read again in the country other than ``own`` that the sentence names, else the
    story named before it, else ``fallback`` (no country when none); the actors as they were when that reading
    gives another country."""
    first = actors[0]
    others = [iso for _, _, iso in mentions.resolver.country_mentions(sentence) if iso != own]
    iso = others[0] if others else _named_before(mentions, before, own) or fallback
    found = mentions.resolver.resolve(first.text, date=ctx.date, focus=iso, where=iso)
    if found is None or found.country != iso:
        return actors
    found = _as(found, first.text, f"{GUESS.sub('', found.evidence or '')}+other side:{iso or 'none'}")
    evidence[role] = [{"text": found.text, "resolved": found.name, "rule": found.evidence},
                      *evidence.get(role, [])[1:]]
    return [found, *actors[1:]]


def rebels_of_foe(mentions: Mentions, source: list[Actor], target: list[Actor], ctx: DocContext,
                  evidence: dict) -> tuple[list[Actor], list[Actor]]:
    """A people's rebels facing a state's organ are that state's rebels when their people live there
    ("Kurdish guerrillas ambushed an Iraqi army convoy": Iraq's; "Turkish warplanes bombed Kurdish rebels
    in northern Iraq": Turkey's), before the place or the people's first country."""
    def fit(side: list[Actor], foes: list[Actor], key: str) -> list[Actor]:
        foe = next((a.country for a in foes if a.country and a.sector in words()["foe_state_sectors"]), None)
        first = side[0] if side else None
        if (foe is None or first is None or first.sector != "REB" or first.country == foe
                or "+people:" not in (first.evidence or "")):
            return side
        found = mentions.resolver.resolve(first.text, date=ctx.date, focus=foe, where=foe)
        if found is None or found.country != foe or found.sector != "REB":
            return side
        found = _as(found, first.text, f"{found.evidence}+foe:{foe}")
        if evidence.get(key):
            evidence[key] = [{**evidence[key][0], "resolved": found.name, "rule": found.evidence},
                             *evidence[key][1:]]
        return [found, *side[1:]]

    return fit(source, target, "source"), fit(target, source, "target")


def warplane_doer(mentions: Mentions, trig: Trigger, source: list[Actor], ctx: DocContext,
                  evidence: dict) -> list[Actor]:
    """One state's "fighter" that shoots down or intercepts an aircraft is a warplane of its forces ("a Soviet
    fighter shot down a Korean Air Lines jumbo jet"), not a gunman: the phrase read as a fighter jet."""
    w = words()
    first = source[0] if source else None
    if (first is None or trig.head.lemma_.lower() not in w["warplane_verbs"] or first.country is None
            or not (first.text or "").lower().endswith(tuple(w["warplane_nouns"]))
            or first.sector not in ("UAF", "REB")):
        return source
    found = mentions.resolver.resolve(f"{first.text} jet", date=ctx.date, focus=ctx.focus, where=ctx.where)
    if found is None or found.sector != "MIL" or found.country != first.country:
        return source
    found = _as(found, first.text or "", f"{found.evidence}+warplane")
    if evidence.get("source"):
        evidence["source"] = [{**evidence["source"][0], "resolved": found.name, "rule": found.evidence},
                              *evidence["source"][1:]]
    return [found, *source[1:]]


def stateless_doer(mentions: Mentions, source: list[Actor], target: list[Actor], plover: str,
                   ctx: DocContext, evidence: dict) -> list[Actor]:
    """A doer of no state of its own (rights groups, activists, campaigners) whose country is only the story's
    guess and the same as the state it addresses by name: of no country ("rights groups accused Egypt")."""
    w = words()
    if plover not in w["stateless_doer_types"] or not source or not target:
        return source
    doer, aimed = source[0], target[0]
    named = set((doer.text or "").lower().split()) & w["stateless_doer_words"]
    if not (doer.sector in w["stateless_doer_sectors"] or named) or doer.country is None or (
            not _guessed(doer) or doer.country != aimed.country or not _foreign_state(aimed)):
        return source
    found = mentions.resolver.resolve(doer.text, date=ctx.date)
    if found is None or found.country is not None or found.sector != doer.sector:
        return source
    found = _as(found, doer.text, f"{GUESS.sub('', doer.evidence or '')}+no state of its own")
    evidence["source"] = [{"text": found.text, "resolved": found.name, "rule": found.evidence},
                          *evidence.get("source", [])[1:]]
    return [found, *source[1:]]


def foreign_rule(mentions: Mentions, source: list[Actor], target: list[Actor], plover: str, sentence: str,
                 ctx: DocContext, evidence: dict, before: str = "") -> list[Actor]:
    """A ruler named by a word for another's rule ("the junta", "the regime"), whose country is the story's
    guess and the same as its doer's, a state named as such: the other country the sentence names ("Ghana's
    foreign minister condemned the coup in Burkina Faso and called on the junta to ...": Burkina Faso), else
    the other country the story named before it or its focus, else no country ("Nigeria's president warned
    the junta": not Nigeria's)."""
    w = words()
    if plover not in w["foreign_doer_types"] or not source or not target:
        return target
    doer, aimed = source[0], target[0]
    said = f" {(aimed.text or '').lower()} "
    if not any(f" {word} " in said for word in w["foreign_rule_words"]) or aimed.country is None or (
            not _guessed(aimed) or doer.sector not in w["foreign_doer_sectors"] or _guessed(doer)
            or doer.country != aimed.country):
        return target
    focus = ctx.focus if ctx.focus != doer.country else None
    return _on_other_side(mentions, target, doer.country, sentence, before, focus, ctx, evidence, "target")


def parties_state(mentions: Mentions, source: list[Actor], target: list[Actor], ctx: DocContext,
                  evidence: dict) -> list[Actor]:
    """A state organ named only by its office among the parties a state deals with ("Norway mediated between
    the government and the Tamil Tigers"), whose country is the story's guess and the doer's own, is of the
    one country its fellow parties are named as of (Sri Lanka's), not the mediator's."""
    doers = {a.country for a in source if a.country and not _guessed(a)}
    named = {a.country for a in target if a.country and not _guessed(a)} - doers
    if len(target) < 2 or len(doers) != 1 or len(named) != 1:
        return target
    iso = named.pop()
    kept: list[Actor] = []
    organs = words()["party_state_sectors"]
    for i, actor in enumerate(target):
        if not (_guessed(actor) and actor.country in doers and actor.sector in organs):
            kept.append(actor)
            continue
        found = mentions.resolver.resolve(actor.text, date=ctx.date, focus=iso, where=iso)
        if found is None or found.country != iso:
            kept.append(actor)
            continue
        found = _as(found, actor.text, f"{GUESS.sub('', found.evidence or '')}+parties' state:{iso}")
        if len(evidence.get("target", [])) > i:
            evidence["target"][i] = {**evidence["target"][i], "resolved": found.name, "rule": found.evidence}
        kept.append(found)
    return kept


def handed_over_own(mentions: Mentions, cand: Candidate, source: list[Actor], target: list[Actor],
                    ctx: DocContext, evidence: dict) -> list[Actor]:
    """People a state hands over with no one named to receive them ("Libya handed over the two Lockerbie
    suspects for trial in the Netherlands"), named by no country of their own, were in its hands at home:
    of the state's country, not of the place the story guessed for them."""
    w = words()
    doers = {a.country for a in source if a.country and a.sector in w["handing_state_sectors"]}
    if cand.trigger.cls not in w["handover_classes"] or len(doers) != 1 or len(target) != 1:
        return target
    held, iso = target[0], next(iter(doers))
    if _received_by(cand.trigger.head):
        return target  # "Handed over by Pakistan, the suspect was flown to New York by American agents"
    if not _guessed(held) or held.country in (None, iso) or held.sector not in w["handed_sectors"]:
        return target
    found = mentions.resolver.resolve(held.text, date=ctx.date, focus=iso, where=iso)
    if found is None or found.country != iso:
        return target
    found = _as(found, held.text, f"{GUESS.sub('', found.evidence or '')}+held by:{iso}")
    return _noted(evidence, "target", found)


def swap_partner(mentions: Mentions, cand: Candidate, source: list[Actor], target: list[Actor],
                 ctx: DocContext, evidence: dict) -> list[Actor]:
    """Captives exchanged with a state ("exchanged 500 prisoners of war with Iraq", "agreed to swap
    prisoners with Armenia"): the state they are swapped with, not the captives (plover62)."""
    w = words()
    head = cand.trigger.head
    verbs = [head, *(c for c in children_of(head) if c.dep_ == "xcomp")]  # "agreed to exchange"
    doers = {a.country for a in source if a.country}
    for verb in verbs:
        if verb.lemma_.lower() not in w["swap_verbs"]:
            continue
        for obj in (g for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "with"
                    for g in children_of(p) if g.dep_ == "pobj"):
            actor = mentions.actor(obj, ctx)
            if actor is not None and actor.country and actor.country not in doers and actor.sector == "GOV":
                return _noted(evidence, "target", _as(actor, actor.text, f"swapped with:{actor.evidence}"))
    return target


def _received_by(trigger: Token) -> bool:
    """Whether the trigger's sentence names, as the doer of another passive verb, who took the people handed
    over ("... was flown to New York by American agents")."""
    return any(t.dep_ == "agent" and t.head.i != trigger.i for t in sentence_of(trigger))


def asker_home(resolver: ActorResolver, cand: Candidate, plover: str, date: str | None) -> str | None:
    """The one country of a nation's own group (unions, farmers, lawmakers) that presses a state organ named
    only by its office ("French unions urged the government to suspend arms sales to Saudi Arabia": France),
    from the asker's own words; None for any other doer or addressee, or an asker abroad or exiled."""
    w = words()
    if plover not in w["own_side_types"] or not cand.roles.source or not cand.roles.target:
        return None
    organs = [a for h in cand.roles.target for _, _, a in resolver.mentions(_said(h, ("of",)), date=date)]
    if not organs or any(a.country is not None or a.sector not in w["own_side_organ_sectors"]
                         for a in organs):
        return None
    said = " ".join(_said(h, ()) for h in cand.roles.source)
    whole = " ".join(t.text for h in cand.roles.source for t in h.subtree)  # "Nigerian students in Ukraine"
    isos = {iso for _, _, iso in resolver.country_mentions(whole)}
    askers = [a for _, _, a in resolver.mentions(said, date=date)]
    if len(isos) != 1 or set(whole.lower().split()) & w["own_side_abroad_words"] or not askers or any(
            a.country not in isos or a.sector not in w["own_side_asker_sectors"]
            or "+country:" not in (a.evidence or "") for a in askers):
        return None
    return next(iter(isos))


def _said(head: Token, preps: tuple[str, ...]) -> str:
    """The words of an actor phrase up to its head, with its coordinated phrases and the phrases of ``preps``
    hung on it ("the government of Sri Lanka")."""
    doc = head.doc
    toks = [t for h in (head, *head.conjuncts) for t in doc[h.left_edge.i : h.i + 1]]
    toks += [t for p in children_of(head) if p.dep_ == "prep" and p.lower_ in preps for t in p.subtree]
    return " ".join(t.text for t in toks)


def own_side(mentions: Mentions, source: list[Actor], target: list[Actor], plover: str, ctx: DocContext,
             evidence: dict) -> list[Actor]:
    """A state organ named only by its office, whose country is the story's guess, pressed by a nation's own
    group in its own country: that country's organ ("French unions urged the government to suspend arms
    sales to Saudi Arabia": France's government, not Saudi Arabia's)."""
    w = words()
    if plover not in w["own_side_types"] or not source or not target or ctx.where is None:
        return target
    doer, aimed = source[0], target[0]
    if aimed.sector not in w["own_side_organ_sectors"] or not _guessed(aimed) or aimed.country in (
            None, ctx.where) or doer.country != ctx.where or doer.sector not in w["own_side_asker_sectors"]:
        return target
    plain = mentions.resolver.resolve(doer.text or "", date=ctx.date)  # its country from its own words
    if plain is None or plain.country != doer.country or "+country:" not in (plain.evidence or ""):
        return target
    phrase, owner = aimed.text or "", (aimed.evidence or "").startswith("owner:")
    said = phrase.partition("'s ")[0] if owner else phrase  # "the government's plan": the government
    found = mentions.resolver.resolve(said, date=ctx.date, focus=ctx.where, where=ctx.where)
    if found is None or found.country != ctx.where or found.sector != aimed.sector:
        return target
    rule = f"{'owner:' if owner else ''}{GUESS.sub('', found.evidence or '')}+own side:{ctx.where}"
    found = _as(found, phrase, rule)
    evidence["target"] = [{"text": found.text, "resolved": found.name, "rule": found.evidence},
                          *evidence.get("target", [])[1:]]
    return [found, *target[1:]]


SEAT = re.compile(r"\+seat:([A-Z]{3})")


def seat_court_home(mentions: Mentions, source: list[Actor], target: list[Actor], ctx: DocContext,
                    evidence: dict) -> list[Actor]:
    """An international criminal court read from the city it sits in ("judges in The Hague", "the Hague
    court") that deals with someone named as of that city's own country ("convicted the Dutch businessman",
    "ordered the Dutch government") is that country's own court (``seat_courts_abroad``; sectors-3)."""
    first = source[0] if source else None
    seat = SEAT.search(first.evidence or "") if first is not None else None
    if seat is None or first is None or first.name not in words()["seat_courts_abroad"]:
        return source
    if not any(a.country == seat.group(1) and not _guessed(a) for a in target):
        return source
    iso = seat.group(1)
    found = mentions.resolver.resolve("court", date=ctx.date, focus=iso, where=iso)
    if found is None or found.country != iso:
        return source
    found = _as(found, first.text or "", f"role:court+seat at home:{iso}")
    evidence["source"] = [{"text": found.text, "resolved": found.name, "rule": found.evidence},
                          *evidence.get("source", [])[1:]]
    return [found, *source[1:]]


def ruler_again(events: list[Event]) -> None:
    """A ruler another event of its sentence placed as a foreign state's other side ("called on the junta
    to release detained officials": the junta who is to release them), or an asker's own ("urged the
    government to ban imports from China": the government that is to ban them), is that side in all its
    sentence's events."""
    placed = {(e.sentence, a.text): a for e in events for a in e.target
              if "+other side:" in (a.evidence or "") or "+own side:" in (a.evidence or "")}
    if not placed:
        return
    for event in events:
        for role in ("source", "target"):
            actors = getattr(event, role)
            for k, actor in enumerate(actors):
                other = placed.get((event.sentence, actor.text))
                if other is not None and other is not actor and _guessed(actor) and (
                        other.sector == actor.sector):
                    actors[k] = other.copy()
                    for note in event.evidence.get(role, []):
                        if note.get("text") == actor.text:
                            note.update(resolved=other.name, rule=other.evidence)


def _named_before(mentions: Mentions, before: str, aimed: str | None) -> str | None:
    """The country the story's words before a sentence name most often, other than the target's (the first
    named of those named as often)."""
    counts: dict[str, int] = {}
    for _, _, iso in mentions.resolver.country_mentions(before):
        if iso != aimed:
            counts[iso] = counts.get(iso, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def _state_noun(tok: Token) -> Token | None:
    """The word naming a state again by a common noun: the token itself ("the kingdom") or its
    possessor ("the country's army"), with "the" and no name of its own ("the island of Jolo" is not).
    Words describing it may come before it ("the Gulf state", "the Himalayan kingdom"); whether they
    name a country is :func:`_described_by_country`'s to say."""
    w = words()
    nouns = {*w["state_nouns"], *w["described_state_nouns"]}
    noun = tok if tok.lower_ in nouns else next(
        (c for c in children_of(tok) if c.dep_ == "poss" and c.lower_ in nouns), None)
    if noun is None or noun.pos_ != "NOUN":
        return None
    kids = children_of(noun)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
            (c.pos_ == "PROPN" and c.i > noun.i) or (c.dep_ == "prep" and c.lower_ == "of") for c in kids):
        return None
    described = any(c.dep_ in ("amod", "compound") and c.i < noun.i for c in kids)
    return noun if described or noun.lower_ not in w["described_state_nouns"] else None


def _described_by_country(mentions: Mentions, noun: Token) -> bool:
    """Whether the words before a state noun name a country ("the Israeli state", "the Iran nation"): that
    country, which the phrase's own reading tells, not one named before."""
    words_ = " ".join(c.text for c in children_of(noun) if c.dep_ in ("amod", "compound") and c.i < noun.i)
    return bool(words_) and bool(mentions.resolver.country_mentions(words_))


def half_named(mentions: Mentions, tok: Token, ctx: DocContext) -> Actor | None:
    """"South Korea said the North had launched a missile": "the North" or "the South", capitalised, with
    "the" and no modifier, in a story whose text names a divided country (``divided_halves``) is that half's
    state."""
    half = _spec().get("divided_halves", {}).get(tok.lower_)
    if half is None or not tok.text[0].isupper() or tok.pos_ not in ("PROPN", "NOUN"):
        return None
    kids = children_of(tok)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
            c.dep_ in ("amod", "compound", "poss") for c in kids):
        return None
    text = text_of(tok.doc).lower()
    if not any(cue in text for cue in half["cues"]):
        return None
    found = mentions.resolver.resolve(half["name"], date=ctx.date)
    if found is None:
        return None
    return _as(found, f"the {tok.text}", f"half named:{tok.text}+{found.evidence}")


def _doer_states(mentions: Mentions, noun: Token, text: str) -> set[str]:
    """The states the subject of the verb a noun is the object of names ("Beijing ... halted exports to the
    island": China), which the noun names no state again of."""
    verb = noun
    while verb.dep_ in ("pobj", "prep", "dobj", "dative", "conj") and verb.head.i != verb.i:
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            break
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    subjects = [c for v in (verb, verb.head if verb.dep_ == "conj" else verb) for c in children_of(v)
                if c.dep_ == "nsubj"]
    return {iso for s in subjects[:1] for _, _, iso in mentions.resolver.country_mentions(
        text[s.left_edge.idx:s.right_edge.idx + len(s.right_edge)])}


def state_named_before(mentions: Mentions, tok: Token, ctx: DocContext) -> Actor | None:
    """"The kingdom accused Qatar" after "Saudi Arabia ...": Saudi Arabia's government; "the country's
    army" its military. The state is the story's main country when the words before name it, else the
    last country they name, not one its own sentence names after it."""
    noun = _state_noun(tok)
    if noun is None or _described_by_country(mentions, noun):
        return None
    text = text_of(tok.doc)
    begin = ctx.dateline_end
    sent = sentence_of(noun)
    later = {iso for _, _, iso in mentions.resolver.country_mentions(text[noun.idx:sent.end_char])}
    # a state named later in its own sentence is another ("the kingdom accused Qatar")
    before = mentions.resolver.country_mentions(text[begin:noun.idx])
    named = [iso for _, _, iso in before if iso not in later]
    doers = _doer_states(mentions, noun, text)
    if any(iso not in doers for iso in named):  # "halted exports of sand to the island" after "Beijing
        named = [iso for iso in named if iso not in doers]  # ... Taiwanese": not the doer's own (roles49)
    if not named:
        return None
    iso = ctx.focus if ctx.focus in named else named[-1]
    own = [t for t in tok.subtree if t.i > noun.i and not (t.dep_ == "case" and t.head.i == noun.i)]
    words_ = "government" if noun.i == tok.i else " ".join(t.text for t in own if t.i <= tok.i)
    found = mentions.resolver.resolve(words_, date=ctx.date, focus=iso, where=iso)
    if found is None or found.country != iso:
        return None
    phrase = " ".join(t.text for t in tok.subtree if t.i <= tok.i or t.dep_ != "prep")
    return _as(found, phrase, f"state named again:{noun.text}:{iso}+{GUESS.sub('', found.evidence or '')}")


def _answered(head: Token) -> list[Token]:
    """The acts an event answers: "after the Israeli raid", "in response to Turkish moves"."""
    w = words()
    verbs = [head, *([head.head] if head.dep_ in ("dobj", "nsubjpass") else [])]
    out = []
    for spot in verbs:
        for prep in (c for c in children_of(spot) if c.dep_ == "prep"):
            objs = [g for g in children_of(prep) if g.dep_ == "pobj"]
            if prep.lower_ in ("in", "as"):  # "in response to X": the noun's own "to"
                objs = [g for o in objs if o.lower_ in w["answer_nouns"] for p in children_of(o)
                        if p.dep_ == "prep" and p.lower_ == "to" for g in children_of(p) if g.dep_ == "pobj"]
            elif prep.lower_ not in w["answer_preps"]:
                continue
            out += objs
    return out


def forces_aimed(mentions: Mentions, cand: Candidate, ctx: DocContext, evidence: dict) -> list[Actor]:
    """Forces a state moves, exercises or puts on alert, with no target named: the country of a place
    beside the verb that holds them ("held military exercises near Taiwan", "deployed warships off the
    coast of Cyprus"), else the owner of the act they answer ("put its army on alert after the Israeli
    raid"); never the doer's own country."""
    w = words()
    head = cand.trigger.head
    if cand.trigger.cls not in w["forces_classes"]:
        return []
    doers = {a.country for h in cand.roles.source if (a := mentions.actor(h, ctx)) is not None and a.country}
    for obj in _answered(head):
        if not any(c.dep_ in ("amod", "poss", "compound") for c in children_of(obj)):
            continue  # "after the raid": whose, not said
        actor = mentions.actor(obj, ctx)
        if actor is not None and actor.country and actor.country not in doers and not _guessed(actor):
            return _noted(evidence, "target", _as(actor, actor.text, f"answered:{actor.evidence}"))
    spots = [head, *([head.head] if head.dep_ == "dobj" and head.head.pos_ == "VERB" else [])]
    spots += _forces_held(head)
    for prep in (c for s in spots for c in children_of(s) if c.dep_ == "prep"):
        if prep.lower_ not in w["forces_place_preps"]:
            continue
        for tok in prep.subtree:
            iso = mentions._country_of(tok, ctx)
            if iso is None or iso in doers:
                continue
            state = mentions.resolver.resolve("government", date=ctx.date, focus=iso, where=iso)
            if state is not None:
                name = mentions.place_name(tok, ctx)  # "to Los Alamos": the whole name
                return _noted(evidence, "target", _as(state, name, f"forces beside:{iso}"))
    return []


def own_forces_moved(cls: str, source: list[Actor], target: list[Actor], evidence: dict) -> list[Actor]:
    """Forces a state moves or puts on alert are its own, not whom the act is aimed at ("Iraq moved troops of
    the Republican Guard toward Kuwait"): targets that are the doers' own forces are dropped, so that the
    place beside the forces can name the one aimed at. Another state's forces stay ("deployed troops to
    face Syrian forces"). Forces with no country of their own are the doers' too ("will deploy police
    officers to Haiti": Kenya's, lead48)."""
    if cls not in words()["forces_classes"] or not target:
        return target
    doers = {a.country for a in source if a.country}
    # "the alliance would deploy more troops": forces of no country are an alliance's own too (roles49)
    kept = [a for a in target if not ((a.country in doers or doers and _guessed(a)
                                       or a.country is None and source and not doers)
                                      and a.sector in words()["forces_sectors"])]
    if not kept:
        evidence.pop("target", None)
    return kept


def own_people_dropped(source: list[Actor], target: list[Actor], evidence: dict) -> list[Actor]:
    """"The Norwegian Refugee Council pulled its staff out of Tillaberi": an organisation's own people are
    not whom its act is aimed at (mentions._organisation_staff); they are dropped, so that the place can
    name the one aimed at (aid248)."""
    names = {a.name for a in source}
    kept = [a for a in target
            if not (a.name in names and (a.evidence or "").startswith("organisation's people:"))]
    if not kept and target:
        evidence.pop("target", None)
    return kept


def _forces_held(head: Token) -> list[Token]:
    """The forces a verb's object holds ("raised the alert level of its army along the border with X",
    "increased the strength of its troops near X"): the place beside them is where the act is aimed."""
    held = words()["forces_held_nouns"]
    return [g for o in children_of(head) if o.dep_ == "dobj" for p in children_of(o)
            if p.dep_ == "prep" and p.lower_ == "of" for g in children_of(p)
            if g.dep_ == "pobj" and g.lemma_.lower() in held]


def people_of_city(mentions: Mentions, target: list[Actor], plover: str, ctx: DocContext,
                   trig: Trigger | None = None) -> list[Actor]:
    """Violence aimed at a capital named as a place ("artillery shelled Beirut", "rockets hit Tel Aviv"):
    the city's people, of the capital's country, not its government. A push to take the city ("an
    offensive on San Salvador", "captured Kigali") stays aimed at the state that holds it."""
    w = words()
    if plover not in w["city_people_types"] or not target:
        return target
    if trig is not None and (trig.cls in w["city_held_classes"]
                             or trig.head.lemma_.lower() in w["city_held_words"]):
        return target
    first = target[0]
    if not (first.evidence or "").startswith(tuple(w["city_rules"])) or first.country is None:
        return target
    if (first.evidence or "").startswith("seat:") and not any(
            p.text == first.text and p.country == first.country for p in ctx.places):
        return target  # a seat of power that is no town the story places ("the Kremlin")
    people = mentions.resolver.resolve("civilians", date=ctx.date, focus=first.country, where=first.country)
    if people is None or people.country != first.country:
        return target
    return [_as(people, first.text, f"people of the city:{first.evidence}"), *target[1:]]


def captives_condition(mentions: Mentions, cand: Candidate, target: list[Actor], plover: str, ctx: DocContext,
                       evidence: dict) -> list[Actor]:
    """A threat to harm captives made on a condition: whom the condition names, before the captives
    ("threatened to kill the hostages unless Israel freed 400 prisoners": Israel)."""
    w = words()
    if plover not in w["held_party_types"] or not target:
        return target
    said = f" {(target[0].text or '').lower()} "
    if not any(f" {word} " in said for word in w["held_words"]):
        return target
    # doers whose country is only a guess from the place do not make the condition's state their own
    own = [h for h in cand.roles.source if (a := mentions.actor(h, ctx)) is not None and not _guessed(a)]
    found = mentions.on_condition(replace(cand, roles=replace(cand.roles, source=own)), ctx, {})
    if not found or found[0].country is None or _guessed(found[0]):
        return target
    evidence["target"] = [{"text": found[0].text, "resolved": found[0].name, "rule": found[0].evidence},
                          *evidence.get("target", [])]
    return [found[0], *target]


def _posted_to(mentions: Mentions, head: Token) -> tuple[str, str] | None:
    """The country an envoy is posted to, and the words that name it: "to China", "in Manila" (a
    country, capital or seat of power)."""
    for prep in children_of(head):
        if prep.dep_ != "prep" or prep.lower_ not in words()["envoy_host_preps"]:
            continue
        for obj in (c for c in children_of(prep) if c.dep_ == "pobj"):
            phrase = " ".join(t.text for t in obj.subtree if t.dep_ != "det")
            actor = mentions.resolver.resolve(phrase)
            if actor is not None and actor.country and (actor.evidence or "").startswith(
                    ("country:", "capital:", "seat:")):
                return actor.country, phrase
    return None


def written_to(mentions: Mentions, cand: Candidate, plover: str, ctx: DocContext,
               evidence: dict) -> list[Actor]:
    """A verbal act told as done in a letter or message to someone, with no target of its own: the one
    written to ("in a letter to the Secretary-General, Baghdad demanded ...": the UN)."""
    w = words()
    if plover not in w["addressed_types"]:
        return []
    for message in _messages(cand.trigger.head):
        for prep in children_of(message):
            if prep.dep_ != "prep" or prep.lower_ != "to":
                continue
            for obj in (c for c in children_of(prep) if c.dep_ == "pobj" and c.idx >= ctx.dateline_end):
                actor = mentions.actor(obj, ctx)
                if actor is not None and (actor.sector or actor.country):
                    return _noted(evidence, "target", _as(actor, actor.text, f"written to:{actor.evidence}"))
    return []


def _messages(head: Token) -> list[Token]:
    """The letters or messages an act was done in ("in a letter to X" on the act's word, or on the verb
    whose object the act's noun is: "expressed regret ... in a letter to X")."""
    hosts = [head] + ([head.head] if head.dep_ == "dobj" else [])
    return [o for h in hosts for p in children_of(h) if p.dep_ == "prep" and p.lower_ == "in"
            for o in children_of(p) if o.dep_ == "pobj" and o.lemma_.lower() in words()["addressed_messages"]]


def protested_measure(mentions: Mentions, cand: Candidate, plover: str, ctx: DocContext,
                      evidence: dict) -> list[Actor]:
    """A protest against a measure with no owner named: the government of the country where the crowd
    marches ("marched in Paris against a law raising the pension age": France's)."""
    w = words()
    iso = ctx.where or ctx.focus
    if plover not in w["protest_types"] or iso is None:
        return []
    measure = next((t for t in _protested(cand.trigger.head) if t.lemma_.lower() in w["protested_measures"]
                    and not any(c.dep_ == "poss" for c in children_of(t))), None)
    if measure is None:
        return []
    state = mentions.resolver.resolve("government", date=ctx.date, focus=iso, where=iso)
    if state is None or state.country != iso:
        return []
    return _noted(evidence, "target", _as(state, measure.text, f"protested measure:{iso}"))


def _protested(head: Token) -> list[Token]:
    """The objects of "against" or "over" on a protest's word ("marched against a law")."""
    return [o for p in children_of(head) if p.dep_ == "prep" and p.lower_ in words()["protest_preps"]
            for o in children_of(p) if o.dep_ == "pobj"]


def envoy_host(mentions: Mentions, cand: Candidate, source: list[Actor], plover: str, ctx: DocContext,
               evidence: dict) -> list[Actor]:
    """An envoy who acts with no target named deals with the state they are posted to ("Japan's
    ambassador to China lodged a protest": China's government; "the U.S. ambassador in Manila warned that
    aid could be cut": the Philippines')."""
    w = words()
    if plover not in w["envoy_host_types"] or not source:
        return []
    said = f" {(source[0].text or '').lower()} "
    if not any(f" {word} " in said for word in w["envoy_roles"]):
        return []
    for head in cand.roles.source:
        posted = _posted_to(mentions, head)
        if posted is None or posted[0] == source[0].country:
            continue
        iso, place = posted
        host = mentions.resolver.resolve("government", date=ctx.date, focus=iso, where=iso)
        if host is not None and host.country == iso:
            return _noted(evidence, "target", _as(host, place, f"envoy posted to:{iso}"))
    return []


def _posted_host(mentions: Mentions, head: Token, own: str | None) -> tuple[str, str] | None:
    """The state an envoy phrase says they serve in, other than their own: "its ambassador to Somalia" (the
    "to" hung on the phrase, or on the verb right after it)."""
    verb = head.head
    after = [c for c in children_of(verb) if c.i == head.right_edge.i + 1] if verb.i != head.i else []
    if head.dep_ == "nsubjpass":  # "The French ambassador was recalled from Niger": the post left
        after += [c for c in children_of(verb) if c.i > verb.i and c.lower_ == "from"]
    for prep in [*children_of(head), *after]:
        if prep.dep_ != "prep" or prep.lower_ not in words()["envoy_tie_preps"]:
            continue
        for obj in (c for c in children_of(prep) if c.dep_ == "pobj"):
            for phrase in [*_named_after(obj), " ".join(t.text for t in obj.subtree if t.dep_ != "det")]:
                actor = mentions.resolver.resolve(phrase)
                if actor is not None and actor.country and actor.country != own and (
                        actor.evidence or "").startswith(("country:", "capital:", "seat:")):
                    return actor.country, phrase
    return None


def _named_after(obj: Token) -> list[str]:
    """The name a common noun with a possessor stands beside ("from Tegucigalpa's longtime ally Taiwan":
    Taiwan, not the possessor), as its apposition or a name the parse hung elsewhere right after it; or
    the name itself when it has the possessor ("Nairobi's neighbour Somalia")."""
    owner = next((c for c in children_of(obj) if c.dep_ == "poss"), None)
    if owner is None or obj.pos_ not in ("NOUN", "PROPN"):
        return []
    if obj.pos_ == "PROPN":  # "from Nairobi's neighbour Somalia": the name is the head
        mine = [t for t in obj.subtree if t.pos_ == "PROPN" and t not in owner.subtree]
        return [" ".join(t.text for t in mine)]
    doc, nxt = obj.doc, obj.right_edge.i + 1
    names = [c for c in children_of(obj) if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if not names and nxt < len(doc) and doc[nxt].pos_ == "PROPN" and doc[nxt].dep_ in ("appos", "compound"):
        names = [doc[nxt]]
    return [" ".join(t.text for t in n.subtree if t.pos_ == "PROPN") for n in names]


def _other_state_in_sentence(mentions: Mentions, head: Token, own: str) -> tuple[str, str] | None:
    """The first state the sentence names other than the doer's: "and blamed the Kremlin" (Russia)."""
    sent = sentence_of(head)
    for start, end, iso in mentions.resolver.country_mentions(sent.text):
        if iso != own:
            return iso, sent.text[start:end]
    return None


def envoy_act_doer(mentions: Mentions, cand: Candidate, source: list[Actor], target: list[Actor],
                   ctx: DocContext, evidence: dict) -> list[Actor]:
    """Who acted on an envoy told in the passive with no doer: the envoy's own state recalls them ("Israel's
    ambassador to Turkey was recalled": Israel); the state they are summoned to, or posted in, summons them
    ("Britain's ambassador was summoned to the Iranian foreign ministry": Iran). Expulsions have their own
    rule (the state of the place)."""
    w = words()
    cls = (evidence.get("trigger") or {}).get("class")
    head = cand.trigger.head
    summoned = head.lemma_.lower() in w["summoning_verbs"]
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(head))  # a headline drops "was"
    if source or not target or not (summoned or cls in w["envoy_tie_classes"]) or cls in w[
            "expelling_classes"] or not (head.pos_ in ("VERB", "AUX") and passive):
        return source
    own = target[0].country
    said = f" {(target[0].text or '').lower()} "
    if own is None or not any(f" {word} " in said for word in w["envoy_roles"]):
        return source
    iso, rule = own, "own envoy recalled"
    posted = not (summoned or cls in w["summoning_classes"]) and _posted_there(head, cand.roles.target)
    if posted and "+where:" in (target[0].evidence or ""):
        return source  # "The ambassador was withdrawn from Paris": posted there, not France's (roles248)
    if posted and _post_country(mentions, cand.roles.target) == own:  # "The ambassador in Moscow was
        teller = _teller_state(mentions, cand, own, ctx)  # withdrawn, the ministry in Vilnius said": theirs
        if teller is None:
            return source
        iso, rule = teller, "the teller's envoy recalled"
    if summoned or cls in w["summoning_classes"]:
        found = next((f for t in cand.roles.target for f in [_posted_host(mentions, t, own)] if f), None)
        found = found or _summoned_to(mentions, head, own)
        if found is None:
            return source
        iso, rule = found[0], f"summoned to:{found[1]}"
    doer = mentions.resolver.resolve("government", date=ctx.date, focus=iso, where=iso)
    if doer is None or doer.country != iso:
        return source
    return _noted(evidence, "source", _as(doer, "", f"{rule}+{iso}"))


def _post_country(mentions: Mentions, envoys: list[Token]) -> str | None:
    """The country of the place an envoy is told serving in ("the ambassador in Moscow": Russia), or None."""
    for envoy in envoys:
        for prep in children_of(envoy):
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                phrase = " ".join(t.text for t in prep.subtree if t.i != prep.i)
                found = mentions.resolver.country_mentions(phrase)
                if found:
                    return found[0][2]
    return None


def _teller_state(mentions: Mentions, cand: Candidate, host: str, ctx: DocContext) -> str | None:
    """The country of the state that tells of an act, when it is not ``host`` ("..., the foreign ministry in
    Vilnius said": Lithuania), or None."""
    speaker = cand.modality.speaker
    actor = mentions.actor(speaker, ctx) if speaker is not None else None
    if actor is None or actor.country in (None, host) or actor.sector not in ("GOV", "MIL"):
        return None
    return actor.country


def _posted_there(head: Token, envoys: list[Token]) -> bool:
    """Whether a recalled envoy is told where they served ("withdrawn from Paris", "the ambassador in Moscow
    was recalled"): a place of the post, not of the envoy's own state (roles248)."""
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in children_of(head)) or any(
        c.dep_ == "prep" and c.lower_ in ("in", "at") for t in envoys for c in children_of(t))


def _summoned_to(mentions: Mentions, head: Token, own: str) -> tuple[str, str] | None:
    """The state whose ministry or capital an envoy is summoned to ("to the Iranian foreign ministry")."""
    for prep in children_of(head):
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "by"):
            continue
        phrase = " ".join(t.text for t in prep.subtree if t.i != prep.i)
        found = next((iso for _, _, iso in mentions.resolver.country_mentions(phrase) if iso != own), None)
        if found is not None:
            return found, phrase
    return None


def envoys_state(mentions: Mentions, cand: Candidate, source: list[Actor], target: list[Actor],
                 ctx: DocContext, evidence: dict) -> list[Actor]:
    """The state an envoy target stands for in an act on diplomatic ties: the one they are posted to
    ("Kenya recalled its ambassador to Somalia": Somalia), or for expelled envoys of no named country the
    other state the sentence names ("Britain expelled 23 diplomats and blamed the Kremlin": Russia)."""
    w = words()
    cls = (evidence.get("trigger") or {}).get("class")
    if cls not in w["envoy_tie_classes"] or not source or not target or not source[0].country:
        return target
    own = source[0].country
    said = f" {(target[0].text or '').lower()} "
    if target[0].country not in (None, own) or not any(f" {word} " in said for word in w["envoy_roles"]):
        return target
    for head in cand.roles.target:
        found = _posted_host(mentions, head, own)
        if found is None and cls in w["expelling_classes"] and (
                target[0].country is None or _guessed(target[0])):
            found = _other_state_in_sentence(mentions, head, own)
        if found is None:
            continue
        iso, place = found
        host = mentions.resolver.resolve("government", date=ctx.date, focus=iso, where=iso)
        if host is not None and host.country == iso:
            note = {"text": target[0].text, "resolved": host.name, "rule": f"envoys' state:{iso}"}
            evidence["target"] = [note, *evidence.get("target", [])[1:]]
            return [_as(host, target[0].text, f"envoys' state:{iso} ({place})"), *target[1:]]
    return target


def reporters_craft(mentions: Mentions, tok: Token, ctx: DocContext,
                    found: Actor | None = None) -> Actor | None:
    """Weapons or craft named with the possessive of the one who reports them ("the Israeli army said
    its planes had attacked guerrilla bases": Israel's military; "the rebels said their gunboats ...":
    the rebels). With ``found`` (the craft already read as a state's forces of a guessed country), only a
    non-state armed reporter takes them over (round actors19)."""
    if tok.lower_ not in words()["armed_craft"]:
        return None
    poss = next((c for c in children_of(tok) if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    owner = mentions._reporter(poss, ctx) if poss is not None else None
    if owner is None or not (owner.country or owner.sector):
        return None
    if found is not None and owner.sector not in words()["nonstate_armed_sectors"]:
        return None
    if owner.sector == "GOV" and owner.country is None:  # "the government said its jets ...": its forces
        return _state_forces(mentions, owner, f"{poss.text} {tok.text}", ctx)
    if owner.sector != "GOV":  # the army, the rebels: their own
        return _as(owner, f"{poss.text} {tok.text}", f"craft of the reporter:{owner.evidence}")
    country = mentions.resolver.countries.get(owner.country)
    forces = mentions.resolver.resolve(f"forces of {country.of_name}", date=ctx.date, focus=owner.country,
                                       where=ctx.where) if country is not None else None
    if forces is None or forces.country != owner.country:
        return None
    return _as(forces, f"{poss.text} {tok.text}", f"craft of the reporter:{owner.evidence}")


def _state_forces(mentions: Mentions, owner: Actor, text: str, ctx: DocContext) -> Actor | None:
    """The armed forces of a government the story names without its country ("the government said its
    helicopters struck ..."): a state's military, not the government itself."""
    phrase = next(iter(words()["reporters_forces"]))
    forces = mentions.resolver.resolve(phrase, date=ctx.date, where=ctx.where)
    if forces is None or forces.sector != "MIL":
        return None
    return _as(forces, text, f"craft of the reporter:{owner.evidence}")


def company(actor: Actor) -> bool:
    """A business, or a proper name no dictionary knows (a company's name: "Petrobras")."""
    rule = actor.evidence or ""
    return actor.sector in words()["company_sectors"] or (
        actor.sector is None and rule.startswith(UNKNOWN_NAME))


def company_nationality(text: str, end: int) -> bool:
    """Is the country word ending at ``end`` only a company's nationality ("a Norwegian company", "the
    Chinese firm's partner")? It says whose the company is, not where the story happens."""
    m = _COMPANY_AFTER.match(text, end)
    return bool(m) and m.group(1).lower() in words()["company_nouns"]


def owner_nationality(text: str, end: int) -> bool:
    """Is the country word ending at ``end`` an owner's nationality ("workers at a Chinese-owned mine",
    "a Turkish-run hospital")? It says whose the business is, not whom the workers act against."""
    m = _OWNER_AFTER.match(text, end)
    return bool(m) and m.group(1).lower() in words()["owner_marks"]


_OWNER_AFTER = re.compile(r"\s*-\s*([A-Za-z]+)")
_COMPANY_AFTER = re.compile(r"(?:[\s-]+(?:state|owned|state-owned|oil|gas|mining|energy|construction|telecom|"
                            r"engineering|shipping|oil and gas))*\s+([A-Za-z]+)")


def dismissed_official(mentions: Mentions, lemma: str, cls: str, source: list[Actor], target: list[Actor],
                       ctx: DocContext, evidence: dict) -> list[Actor]:
    """One a state's leader or body removes from office, named by a name no dictionary knows, is an official
    of that state ("Zelenskiy dismissed Ivan Bakanov": a Ukrainian official), as ACLED codes him with his
    government."""
    w = words()
    doer = next((a for a in source if a.country and a.sector in w["dismisser_sectors"]), None)
    if lemma not in w["dismissal_verbs"] or cls not in w["dismissal_classes"] or doer is None:
        return target
    out = []
    for actor in target:
        if actor.country is None and actor.sector is None and (actor.evidence or "") == UNKNOWN_NAME:
            state = mentions.conventional("government", doer.country, ctx.date)
            if state is not None and state.country == doer.country:
                actor = replace(state, text=actor.text, name=actor.name,
                                evidence=f"{UNKNOWN_NAME}+dismissed by:{doer.country}")
                for note in evidence.get("target", []):
                    if note.get("text") == actor.text:
                        note["rule"] = actor.evidence
        out.append(actor)
    return out
