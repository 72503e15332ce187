"""Fire exchanged along a front (round bv42b): fire told as going both ways across a front, or that includes
small arms, is the two sides fighting, Battles / Armed clash in ACLED's terms, not remote violence."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

from chronica import yamlio
from chronica.ontology.mapping import armed
from chronica.record import Event

REASON = "fire exchanged across a front or with small arms"
SHELLING_IN_FIGHT = "shelling of armed positions beside fire exchanged across a front"


def _pattern(words: list[str]) -> re.Pattern[str]:
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in ordered)})\b")


@cache
def _rules() -> dict[str, Any]:
    """The front_fire.yaml data, each list as one pattern."""
    path = resources.files("chronica.ontology") / "data" / "front_fire.yaml"
    spec = yamlio.safe_load(path.read_text(encoding="utf-8"))
    return {key: _pattern(spec[key]) for key in ("exchange_words", "small_arms_words", "front_words")}


def _fights(ev: Event, rules: dict[str, Any]) -> bool:
    """Whether the event's sentence tells fire both ways, or small arms fired at a front."""
    text = ev.text.lower()
    acled = ev.acled or {}
    remote = acled.get("event_type") == "Explosions/Remote violence"
    unarmed_hit = any(not armed(a) for a in ev.target)
    if rules["exchange_words"].search(text) and (remote or acled.get("sub_event_type") == "Attack"):
        return not unarmed_hit
    if rules["small_arms_words"].search(text) is None or unarmed_hit:
        return False
    at_front = rules["front_words"].search(text) is not None
    return remote or (acled.get("sub_event_type") == "Attack" and at_front)


def front_fire(real: list[Event], set_type: Callable[[Event, str, str, str], None]) -> None:
    """'42 shots involving small arms in both directions of the frontline': the sides fought; and the
    shelling of armed positions told in the sentence next to that fire ("fired mortars at the positions of the
    militia near X. The monitors observed 66 shots involving small arms near X") is part of the fight."""
    rules = _rules()
    fights = []
    for ev in real:
        if ev.plover.get("type") != "ASSAULT":
            continue
        if _fights(ev, rules):
            set_type(ev, "Battles", "Armed clash", REASON)
            fights.append(ev)
        elif (ev.acled or {}).get("sub_event_type") == "Armed clash" and _told_front_fire(ev, rules):
            fights.append(ev)  # "bursts of fire ... in both directions": a clash already
    for ev in real:
        if (ev not in fights and (ev.acled or {}).get("event_type") == "Explosions/Remote violence"
                and _at_armed(ev, rules) and any(abs(f.sentence - ev.sentence) <= 1 for f in fights)):
            set_type(ev, "Battles", "Armed clash", SHELLING_IN_FIGHT)


def _told_front_fire(ev: Event, rules: dict[str, Any]) -> bool:
    """Whether the event's sentence tells fire both ways across a front or fire with small arms."""
    text = ev.text.lower()
    return bool(rules["exchange_words"].search(text) or rules["small_arms_words"].search(text))


def _at_armed(ev: Event, rules: dict[str, Any]) -> bool:
    """Fire aimed at armed sides only: its targets, or, where none was named, positions its sentence tells."""
    if ev.target:
        return all(armed(a) for a in ev.target)
    return rules["front_words"].search(ev.text.lower()) is not None
