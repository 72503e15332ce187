"""Is a text an ACLED-style event note? Such a note always reports an event that ACLED codes."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from chronica import yamlio


@cache
def _spec() -> tuple[re.Pattern[str], int]:
    path = resources.files("chronica.classify") / "data" / "notes.yaml"
    spec = yamlio.safe_load(path.read_text(encoding="utf-8"))
    return re.compile(spec["opening"], re.IGNORECASE), int(spec["opening_chars"])


def note_form(text: str) -> bool:
    """True when the text opens the way event notes do, with the event's full date
    ("On 8 May 2020, ..."); news articles open with a headline or a dateline."""
    pattern, chars = _spec()
    return pattern.search(text, 0, chars) is not None


# the rule of an event typed by the model from a note's words when the rules found none
NOTE_RULE = "note:model"
# the rule of an event typed by the topic label a note opens with, when the rules found none
LABEL_RULE = "note:label"
LABEL_WHY = "the note's topic label"
_LABEL = re.compile(r"^\W*([A-Z][A-Za-z /-]{1,40}):\s")


@cache
def _labels() -> dict[str, str]:
    path = resources.files("chronica.classify") / "data" / "notes.yaml"
    spec = yamlio.safe_load(path.read_text(encoding="utf-8"))
    return {k.lower(): v for k, v in (spec.get("labels") or {}).items()}


def labelled_type(text: str) -> str | None:
    """The ACLED sub-event type the topic label of an event note names ("Looting: On 4 May 2020, ..."):
    None when the text is no note or opens with no label the list knows."""
    found = _LABEL.match(text)
    if found is None or not note_form(text):
        return None
    return _labels().get(found.group(1).strip().lower())


def class_for(classes: dict[str, dict], sub_event_type: str) -> str | None:
    """The first event class whose ACLED coding is ``sub_event_type`` (its PLOVER and CAMEO codes
    stand for an event the model typed from a note's words)."""
    for name, c in classes.items():
        codings = [c.get("acled"), *(c.get("acled_by_actors") or {}).values()]
        if any(a and a[1] == sub_event_type for a in codings):
            return name
    return None
