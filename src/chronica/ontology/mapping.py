"""Code an event class in PLOVER, CAMEO and ACLED at once, from the code books in ``data/``."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from chronica import yamlio
from chronica.record import Actor

# Who carries arms, by CAMEO/Phoenix sector; ACLED types 2-4 are armed whatever their sector.
ARMED_SECTORS = {"MIL", "COP", "SPY", "REB", "INS", "SEP", "PRM", "UAF", "IMG", "PKO"}
ARMED_INTER = {2, 3, 4}
# A state's own government, army and police (not its courts or parliament, nor a rival force ACLED counts
# as a state's: the Houthis are rebels by sector).
STATE_FORCE_SECTORS = frozenset({"GOV", "MIL", "COP"})


TROOP_WORDS = {"troops", "forces", "soldiers", "peacekeepers", "fighters", "guards", "troop", "soldier",
               "peacekeeper", "fighter",
               # armed units and fighters named by a word the actor dictionaries did not resolve:
               # "the headquarters of the Al Sham Corps", "a member of a vigilante group"
               "corps", "brigade", "brigades", "battalion", "battalions", "regiment", "militia", "militias",
               "militiaman", "militiamen", "militant", "militants", "rebel", "rebels", "insurgent",
               "insurgents", "gunman", "gunmen", "jihadist", "jihadists", "guerrilla", "guerrillas",
               "vigilante", "vigilantes"}
# Soldiers or fighters who cannot fight back: off duty, unarmed, retired, or held ("executed three
# captured soldiers", "detained fighters"), as ACLED codes attacks on them (violence against civilians).
OFF_DUTY = ("off-duty", "off duty", "unarmed", "retired", "former ", "captured", "detained", "abducted",
            "kidnapped", "hostage", "captive")
# Suspected petty criminals are not an armed side (ACLED codes them as civilians): "a vigilante group
# killed three suspected cattle thieves" is an attack, not a clash; robbers and bandits may be armed.
UNARMED_HEADS = {"thief", "thieves", "burglar", "burglars", "pickpocket", "pickpockets", "shoplifter",
                 "shoplifters", "looter", "looters"}
STATE_WORDS = ("government", "regime", "state", "authorities", "administration", "junta", "forces")
# Things that stand for an armed side when they are attacked: "attacked an army post".
MILITARY_OBJECTS = {"position", "post", "base", "checkpoint", "site", "front", "frontline", "barracks",
                    "convoy", "patrol", "outpost", "stronghold", "garrison", "trench", "line",
                    "fortification", "bunker", "tank", "hideout"}


def armed(actor: Actor) -> bool:
    """Whether an actor bears arms: soldiers, police, rebels, militias, gunmen, and a government
    as a warring side (its officials, named one by one, do not). A soldier off duty, unarmed or
    retired is not a fighting side."""
    text = (actor.text or "").lower()
    if any(w in text for w in OFF_DUTY) or text.split()[-1:] and text.split()[-1] in UNARMED_HEADS:
        return False
    if actor.sector in ARMED_SECTORS or actor.inter in ARMED_INTER or private_force(actor):
        return True
    words = text.split()
    if any(w in TROOP_WORDS for w in words):
        return True  # "a convoy of UN peacekeepers"
    if actor.inter != 7 and any(w.rstrip("s") in MILITARY_OBJECTS for w in words):
        return True  # "an AMISOM base"; not a civilian one ("an aid convoy", "a relief post")
    return actor.sector == "GOV" and any(w in text for w in STATE_WORDS) and not _office_holder(words)


@cache
def _office_heads() -> frozenset[str]:
    """The words that name a person by office (``office_heads`` in acled_context.yaml)."""
    path = resources.files("chronica.ontology") / "data" / "acled_context.yaml"
    return frozenset(yamlio.safe_load(path.read_text(encoding="utf-8")).get("office_heads", ()))


def _office_holder(words: list[str]) -> bool:
    """'a local government councillor': a person named by office, no government as a warring side (bv37)."""
    return bool(words) and words[-1] in _office_heads()


def state_at_war(target: Actor, source: list[Actor]) -> bool:
    """A state named as such ("invaded Kuwait", "attacked Iran") by another state's forces or government: a
    warring side, no unarmed official (coldwar-2); not when crowds or armed groups attack it."""
    return (target.sector == "GOV" and (target.evidence or "").startswith("country:") and bool(target.country)
            and any(a.sector in ("GOV", "MIL") and a.inter in (1, 8) and a.country
                    and a.country != target.country for a in source))


PLACE_HIT = "country where the violence hit:"  # the evidence of a town named as what was hit (mentions.py)
REBEL_INTER = 2  # ACLED's rebel groups


def held_town(target: Actor, source: list[Actor]) -> bool:
    """Is the target a town the gazetteer knows, named alone as what a named rebel group attacked ("the Arakan
    Army attacked Sittwe")? The town is held by forces the rebels fight: an armed clash, as ACLED codes an
    offensive on a town, not violence against its people (a "village" attacked is not so named)."""
    return (target.inter == 0 and not target.sector and (target.evidence or "").startswith(PLACE_HIT)
            and bool(source) and all(a.inter == REBEL_INTER and (a.evidence or "").startswith("org:")
                                     for a in source))


def private_force(actor: Actor) -> bool:
    """Private security guards: ACLED's other forces (inter 8), armed though neither state nor militia."""
    return actor.inter == 8 and (actor.acled_actor or "").startswith("Private Security Forces")


@dataclass(frozen=True)
class Coding:
    """An event's codes in the three ontologies."""

    plover: dict[str, Any]
    cameo: dict[str, Any]
    acled: dict[str, str] | None


class Codebook:
    """The event classes and the CAMEO table, loaded once."""

    def __init__(self) -> None:
        data = resources.files("chronica.ontology") / "data"
        spec = yamlio.safe_load((data / "classes.yaml").read_text(encoding="utf-8"))
        self.plover_types: dict[str, int] = spec["plover_types"]
        self.older_plover: dict[str, str] = spec["older_plover_types"]
        self.older_plover_modes: dict[str, str] = spec["older_plover_modes"]
        self.older_plover_swapped: set[str] = set(spec["older_plover_swapped"])
        self.acled_types: dict[str, list[str]] = spec["acled_types"]
        self.classes: dict[str, dict[str, Any]] = spec["classes"]
        with (data / "cameo.tsv").open(encoding="utf-8") as f:
            self.cameo = {row["code"]: row for row in csv.DictReader(f, delimiter="\t")}
        self._check()

    def _check(self) -> None:
        subtypes = {(t, s) for t, subs in self.acled_types.items() for s in subs}
        for name, c in self.classes.items():
            if c["plover"] not in self.plover_types:
                raise ValueError(f"class {name}: unknown PLOVER type {c['plover']}")
            if c["cameo"] not in self.cameo:
                raise ValueError(f"class {name}: unknown CAMEO code {c['cameo']}")
            options = [c["acled"], *(c.get("acled_by_actors") or {}).values()]
            for pair in options:
                if pair is not None and tuple(pair) not in subtypes:
                    raise ValueError(f"class {name}: unknown ACLED type {pair}")

    def plover_of_older(self, old: str, mode: str = "") -> str | None:
        """Map a type (and its mode, where given) of the older 18-type PLOVER to PLOVER 2.0."""
        old = old.upper()
        moved = self.older_plover_modes.get(f"{old} {mode.strip().lower()}")
        if moved:
            return moved
        if old in self.plover_types:
            return old
        return self.older_plover.get(old)

    def older_swaps_actors(self, old: str, mode: str = "") -> bool:
        """Whether an older type and mode names actor and recipient the other way round from 2.0."""
        return f"{old.upper()} {mode.strip().lower()}" in self.older_plover_swapped

    def code(self, name: str, source: list[Actor], target: list[Actor],
             target_words: list[str] | None = None) -> Coding:
        """Code event class ``name`` given its actors (ACLED types of violence depend on them).
        ``target_words``: lemmas of target phrases that name no actor ("attacked a village")."""
        c = self.classes[name]
        cameo = self.cameo[c["cameo"]]
        acled = c["acled"]
        by_actors = c.get("acled_by_actors")
        kind = _violence_kind(source, target, target_words) if by_actors else None
        if kind:
            acled = by_actors[kind]
        return Coding(
            plover={"type": c["plover"], "mode": c["mode"]},
            cameo={
                "code": c["cameo"],
                "quad_class": int(cameo["quad_class"]),
                "goldstein": float(cameo["goldstein"]),
            },
            acled=None if acled is None else {"event_type": acled[0], "sub_event_type": acled[1]},
        )


def _violence_kind(source: list[Actor], target: list[Actor], target_words: list[str] | None) -> str | None:
    """'armed' when armed actors fight, 'civilians' when the unarmed (people, officials, villages,
    vehicles) are attacked; None when the text does not say whom."""
    military_object = any(w in MILITARY_OBJECTS for w in target_words or ())
    if any(armed(a) or state_at_war(a, source) or held_town(a, source) for a in target) or (
            not target and military_object):
        return "armed"  # civilians hurt in an attack on a police post are its toll, not its target
    if target:
        return "civilians"
    return "civilians" if target_words else None


@cache
def codebook() -> Codebook:
    """The shared, read-only code book."""
    return Codebook()
