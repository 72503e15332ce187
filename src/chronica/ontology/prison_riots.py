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
    return {"prisoners": re.compile(rf"\b(?:{words})\b"), "from_subs": frozenset(spec["from_subs"])}


def captives_of_prisoners(real: list[Event], set_type: Callable[[Event, str, str, str], None]) -> None:
    """'Prisoners took three guards hostage': people held by prisoners are the prisoners' mob violence."""
    rules = _rules()
    for ev in real:
        if (ev.acled or {}).get("sub_event_type") not in rules["from_subs"] or not ev.source:
            continue
        if all(rules["prisoners"].search((a.text or "").lower()) for a in ev.source):
            set_type(ev, "Riots", "Mob violence", REASON)
