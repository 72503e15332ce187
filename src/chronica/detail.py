"""A lead's loose place made precise by the sentences that follow it.

Wire stories often open with a country or a region ("killed 20 civilians in northern Burkina Faso") and
name the village in the next paragraph ("Gunmen stormed Bourasso village in the Kossi province"). An
event placed only at country or region level takes the finer place of an event of the same kind told in
the next sentences, inside the same country (and region), when that event is neither background nor
negated nor hypothetical.
"""

from __future__ import annotations

from dataclasses import replace

from chronica.geo.gazetteer import COUNTRY, REGION
from chronica.record import Event

WINDOW = 2  # how many sentences after the event may tell its place


def refine_places(events: list[Event]) -> None:
    """Give events placed at country or region level the finer place the next sentences tell."""
    for ev in events:
        loc = ev.location
        if loc is None or (loc.precision or COUNTRY) < REGION or ev.modality.negated:
            continue
        better = next((o for o in events if ev.sentence < o.sentence <= ev.sentence + WINDOW
                       and _told_again(ev, o)), None)
        if better is not None:
            ev.location = replace(better.location)
            ev.evidence["location"] = {"rule": f"told in sentence {better.sentence}",
                                       "text": better.location.text}


def _told_again(ev: Event, other: Event) -> bool:
    """Is ``other`` the same kind of event, told with a finer place inside ``ev``'s?"""
    here, there = ev.location, other.location
    if there is None or other.plover["type"] != ev.plover["type"]:
        return False
    if other.modality.negated or other.modality.hypothetical or other.evidence.get("trigger", {}).get(
            "background"):
        return False
    if there.country != here.country or (there.precision or COUNTRY) >= (here.precision or COUNTRY):
        return False
    return (here.precision or COUNTRY) == COUNTRY or (here.admin1 is not None and there.admin1 == here.admin1)
