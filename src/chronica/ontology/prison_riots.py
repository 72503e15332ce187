"""Captives taken by prisoners (round prison40): guards or visitors held by prisoners or inmates are the
prisoners' riot, Riots / Mob violence in ACLED's terms."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

from chronica import yamlio
from chronica.record import Event

REASON = "captives taken by prisoners in their riot"


@cache
def _rules() -> dict[str, Any]:
    """The prison_riots.yaml data, its words as one pattern."""
    path = resources.files("chronica.ontology") / "data" / "prison_riots.yaml"
    spec = yamlio.safe_load(path.read_text(encoding="utf-8"))
    words = "|".join(re.escape(w) for w in sorted(spec["prisoner_words"], key=len, reverse=True))
    return {"prisoners": re.compile(rf"\b(?:{words})\b"), "classes": frozenset(spec["classes"])}


def _prisoners(ev: Event, rules: dict[str, Any]) -> bool:
    """Whether every doer of the event is named as a prisoner (and there is one)."""
    return bool(ev.source) and all(rules["prisoners"].search((a.text or "").lower()) for a in ev.source)


def captives_of_prisoners(real: list[Event], set_type: Callable[[Event, str, str, str], None]) -> None:
    """'Prisoners took three guards hostage': people held by prisoners are the prisoners' mob violence; so are
    people held by no one named in a report of prisoners rioting ("prisoners rioted ... Seven guards were held
    hostage")."""
    rules = _rules()
    rioting = any(_prisoners(e, rules) and (e.acled or {}).get("event_type") == "Riots" for e in real)
    for ev in real:
        if not ev.acled or ev.evidence.get("trigger", {}).get("class") not in rules["classes"]:
            continue
        if _prisoners(ev, rules) or (rioting and not any(a.text for a in ev.source)):  # no doer named
            set_type(ev, "Riots", "Mob violence", REASON)
