"""Munitions dropped from drones (round expl39): a grenade or bomb dropped from a drone is an air/drone
strike."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

from chronica import yamlio
from chronica.record import Event

EXPLOSIONS = "Explosions/Remote violence"


def _words(words: list[str]) -> re.Pattern[str]:
    """One pattern for these words and phrases, matched whole in lower-case text."""
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})\b")


@cache
def _rules() -> dict[str, Any]:
    """The drone_drops.yaml data as patterns."""
    path = resources.files("chronica.ontology") / "data" / "drone_drops.yaml"
    spec = yamlio.safe_load(path.read_text(encoding="utf-8"))
    return {
        "drones": _words(spec["drone_words"]),
        "drops": _words(spec["drop_verbs"]),
        "dropped_types": frozenset(spec["dropped_types"]),
    }


def _sub(ev: Event) -> str | None:
    """The event's ACLED sub-event type, if it has one."""
    return (ev.acled or {}).get("sub_event_type")


def drone_drops(real: list[Event], set_type: Callable[[Event, str, str, str], None]) -> None:
    """'A drone dropped a grenade on the positions': a grenade or bomb whose sentence tells of a drone and of
    dropping is an air/drone strike."""
    rules = _rules()
    for ev in real:
        if _sub(ev) not in rules["dropped_types"]:
            continue
        text = ev.text.lower()
        if rules["drones"].search(text) and rules["drops"].search(text):
            set_type(ev, EXPLOSIONS, "Air/drone strike", "the munition was dropped from a drone")
