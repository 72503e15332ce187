"""Countries as they stood on the event's day: a place or an actor of a state that did not yet exist is
coded with the state it was part of ("Juba" in 1995 is Sudan's; "Asmara" in 1990 Ethiopia's).

The table is ``successions`` in ``geo/data/aliases.yaml``: the newer state, the older one and the newer
state's first day. Events with no date keep today's map."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from chronica import yamlio
from chronica.geo.gazetteer import DATA_DIR
from chronica.record import Actor, Event

Names = Callable[[str], str | None]  # ISO alpha-3 -> the country's English name


@lru_cache(maxsize=1)
def successions() -> dict[str, tuple[str, str]]:
    """Newer state (ISO alpha-3) -> (older state, the newer state's first day "YYYY-MM-DD")."""
    with (DATA_DIR / "aliases.yaml").open(encoding="utf-8") as fh:
        rows = yamlio.safe_load(fh).get("successions") or {}
    return {str(new): (str(old), str(day)) for new, (old, day) in rows.items()}


def as_of(iso3: str | None, date: str | None) -> str | None:
    """The state ``iso3``'s land belonged to on ``date`` ("YYYY", "YYYY-MM" or "YYYY-MM-DD")."""
    known = successions().get(iso3) if iso3 and date else None
    if known is None or date >= known[1][:len(date)]:  # a year or month that may hold the day: today's
        return iso3
    return known[0]


def _renamed(actor: Actor, old: str, names: Names) -> None:
    """Give ``actor`` the older state ``old``, its names rewritten ("Civilians (South Sudan)")."""
    new_name, old_name = names(actor.country or ""), names(old)
    if new_name and old_name:
        # the country a label is made of ("Civilians (Kosovo)", "Police Forces of Kosovo"), not a word of
        # a group's own name ("KLA: Kosovo Liberation Army"; cameo61)
        label = re.compile(rf"(?<=\()({re.escape(new_name)})(?=\))|(?<=of ){re.escape(new_name)}(?=$| \()")
        if actor.acled_actor:
            actor.acled_actor = label.sub(old_name, actor.acled_actor)
        if actor.name:
            actor.name = label.sub(old_name, actor.name)
    actor.country = old


def date_countries(events: list[Event], fallback: str | None, names: Names) -> None:
    """Code each event's place and actors with the states of its day (in place)."""
    if not any(e.location and e.location.country in successions() for e in events) and not any(
            a.country in successions() for e in events for a in e.source + e.target):
        return
    for ev in events:
        day = ev.date.value or fallback
        if ev.location is not None and as_of(ev.location.country, day) != ev.location.country:
            ev.location = replace(ev.location, country=as_of(ev.location.country, day))
        changed = False
        for actor in ev.source + ev.target:
            old = as_of(actor.country, day)
            if old != actor.country and old is not None:
                _renamed(actor, old, names)
                changed = True
        if changed:  # "Civilians (South Sudan)" beside "Civilians (Sudan)" are now one
            ev.source, ev.target = _distinct(ev.source), _distinct(ev.target)


def _distinct(actors: list[Actor]) -> list[Actor]:
    """The actors without repeats of the same name, country, sector and ACLED name."""
    seen: set[tuple] = set()
    out = []
    for a in actors:
        key = (a.name, a.country, a.sector, a.acled_actor, a.inter)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out
