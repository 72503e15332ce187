"""War material destroyed (round arms40): an armed side's tanks, armoured vehicles or guns destroyed by
another armed side are fighting between the two, Battles / Armed clash in ACLED's terms."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

from chronica import yamlio
from chronica.ontology.mapping import armed
from chronica.record import Event

REASON = "an armed side's war material destroyed by another"


@cache
def _rules() -> dict[str, Any]:
    """The arms_destroyed.yaml data, its words as one pattern."""
    path = resources.files("chronica.ontology") / "data" / "arms_destroyed.yaml"
    spec = yamlio.safe_load(path.read_text(encoding="utf-8"))
    words = sorted(spec["kit_words"], key=len, reverse=True)
    return {"kit": re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b"),
            "classes": frozenset(spec["classes"]), "from_sub": spec["from_sub"]}


def kit_destroyed(real: list[Event], set_type: Callable[[Event, str, str, str], None]) -> None:
    """'Ukrainian forces destroyed a Russian tank': a destruction by an armed side of war material another
    armed side holds is an armed clash."""
    rules = _rules()
    for ev in real:
        cls = ev.evidence.get("trigger", {}).get("class")
        if cls not in rules["classes"] or (ev.acled or {}).get("sub_event_type") != rules["from_sub"]:
            continue
        # the words name war material, whose holder is an armed side even when the phrase resolves to its
        # state ("an Armenian howitzer")
        held = [a for a in ev.target if rules["kit"].search((a.text or "").lower())]
        if held and any(armed(a) for a in ev.source):
            set_type(ev, "Battles", "Armed clash", REASON)
