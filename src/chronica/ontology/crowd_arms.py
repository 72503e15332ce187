"""Crowds told as armed or unarmed in state forces' fights with them (round battles31): a crowd said to carry
firearms is an armed side (an armed clash); people called unarmed, not protesters, are civilians attacked."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

from chronica import yamlio
from chronica.ontology.mapping import armed
from chronica.record import Event

CROWD_INTER = (0, 5, 6, 7)  # unknown, rioters, protesters, civilians
PROTESTERS = 6


@cache
def _rules() -> dict[str, Any]:
    path = resources.files("chronica.ontology") / "data" / "crowd_arms.yaml"
    spec = yamlio.safe_load(path.read_text(encoding="utf-8"))
    guns = "|".join(re.escape(w) for w in spec["firearms"])
    carry = "|".join(re.escape(w) for w in spec["armed_with"])
    within = spec["within_words"]
    return {
        "carrying_guns": re.compile(rf"\b(?:{carry})\s+(?:[\w'-]+\s+){{0,{within}}}?(?:{guns})\b"),
        "unarmed": frozenset(spec["unarmed"]),
        "fights": frozenset(spec["fight_classes"]),
    }


def _state_riot(ev: Event) -> bool:
    """A riot whose doers are all armed state forces and whose other side is a crowd or civilians."""
    return ((ev.acled or {}).get("event_type") == "Riots" and bool(ev.source) and bool(ev.target)
            and all(a.inter == 1 and armed(a) for a in ev.source)
            and all(a.inter in CROWD_INTER for a in ev.target))


def crowds_armed_or_not(real: list[Event], cls_of: Callable[[Event], str],
                        set_type: Callable[[Event, str, str, str], None]) -> None:
    """Retype state forces' riots with a crowd told armed with firearms (an armed clash) or told unarmed and
    not protesting (an attack on civilians). ``cls_of`` and ``set_type`` are the ACLED rules' own."""
    rules = _rules()
    riots = [e for e in real if _state_riot(e) and cls_of(e) in rules["fights"]]
    for ev in riots:
        text = ev.text.lower()
        at = max(text.find(ev.trigger.text.lower()), 0)
        if rules["carrying_guns"].search(text, at) is not None:
            set_type(ev, "Battles", "Armed clash", "the crowd fought carried firearms")
            continue
        crowds = [a for e in riots if e.sentence == ev.sentence for a in e.target]
        if any(a.inter != PROTESTERS for a in crowds) and any(
                rules["unarmed"] & set((a.text or "").lower().split()) for a in crowds):
            set_type(ev, "Violence against civilians", "Attack", "the people attacked were called unarmed")
