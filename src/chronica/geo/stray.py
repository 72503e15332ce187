"""Stray namesakes: a small place the story names bare, far from the town it has placed.

"In Niteroi, Rio de Janeiro, police raided a house in Inga neighbourhood": the gazetteer knows
no Inga in Niteroi, only a town of that name 1,900 km away in Paraiba. A story that has placed
itself with a qualified town ("Niteroi, Rio de Janeiro") and then names a small place bare, far
from that town, is naming a neighbourhood or village the gazetteer lacks: the event's place is
the qualified town (precision 2), not the namesake.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace

from chronica.geo.gazetteer import norm
from chronica.geo.resolve import is_qualifier
from chronica.record import Place

FAR_KM = 60.0  # a place this far from the story's town is not inside it
SMALL_POP = 100_000  # a bare name of a place this large is that place, wherever it lies
ANCHOR_KM = 60.0  # a town qualifying a town lies this near it
TOWN, DISTRICT, REGION, COUNTRY = 1, 2, 3, 4
_SUBPLACE = re.compile(r"\s+(?:neighbou?rhoods?|communit(?:y|ies)|[Aa]venue|[Ss]treet|quarter|suburb|sector|"
                       r"area\s+of|slum|favela)\b")  # lower case: "the Dublin Community Center" is no part


def km(a: Place, b: Place) -> float:
    """Great-circle distance between two places."""
    p1, p2 = math.radians(a.lat or 0.0), math.radians(b.lat or 0.0)
    dl = math.radians((b.lon or 0.0) - (a.lon or 0.0))
    x = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(x)))


def _contains(outer: Place, inner: Place) -> bool:
    if outer.country != inner.country or outer.lat is None or inner.lat is None:
        return False
    if (outer.precision or 0) >= REGION:
        return outer.precision == COUNTRY or outer.admin1 == inner.admin1
    return outer.admin1 == inner.admin1 and km(outer, inner) < ANCHOR_KM


def anchors(text: str, places: list[Place]) -> list[Place]:
    """The towns and districts the story placed itself with: each followed by a qualifier that
    contains it ("Niteroi, Rio de Janeiro", "Malambo, Atlantico", "Surat city (Surat, Gujarat)")."""
    out = []
    for i, p in enumerate(places[:-1]):
        q = places[i + 1]
        if (p.precision in (TOWN, DISTRICT) and p.lat is not None and is_qualifier(text, places, i + 1)
                and _contains(q, p)):
            out.append(p)
    return out


def anchor_for(text: str, place: Place, places: list[Place], population: Callable[[], int]) -> Place | None:
    """The story's qualified town that ``place`` strays from, or None when ``place`` is where it
    says: a town (or a foreign region) of fewer than SMALL_POP people, or any town followed by a
    word for a part of a town ("Paulista Avenue", "Palanpur area of Surat"), named without a
    qualifier that contains it, more than FAR_KM from a qualified town named before it or in the
    same sentence. ``population`` gives the place's population, asked only when the rest leaves it open."""
    if place.precision not in (TOWN, REGION) or place.lat is None or place.start is None:
        return None
    found = anchors(text, places)
    if not found or any(a is place or (a.start == place.start and a.end == place.end) for a in found):
        return None
    i = next((k for k, p in enumerate(places) if p is place), None)
    if i is not None and i + 1 < len(places) and is_qualifier(text, places, i + 1) and (
            places[i + 1].country == place.country and places[i + 1].admin1 == place.admin1):
        return None  # qualified by a place of its own region ("Sehwan town (Jamshoro, Sindh)")
    subplace = bool(_SUBPLACE.match(text, place.end or 0))
    if not subplace and not _LOCATIVE.search(text, max(0, place.start - 12), place.start):
        return None  # "Carthage Police Officer ...": a town named for itself, not where
    start, end = _sentence(text, place.start)
    before = [a for a in found if (a.start or 0) < end and norm(a.text) != norm(place.text)
              and (subplace or (a.start or 0) >= start)]  # the story's town of the same sentence
    if not before:
        return None
    if place.precision == REGION and (place.country == before[-1].country or subplace):
        return None  # a region of the story's own country is where it says
    if not subplace and population() >= SMALL_POP:
        return None
    near = [a for a in before if a.country == place.country and (
        km(a, place) <= FAR_KM or a.precision == DISTRICT and a.admin1 == place.admin1)]
    if near:
        return None
    return before[-1]


_STOP = re.compile(r"[.!?](?:\s|$)")
_LOCATIVE = re.compile(r"\b(?:in|at|near|around|outside|inside)\s+(?:the\s+)?$", re.IGNORECASE)


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The character bounds of the sentence around ``pos`` (by its punctuation)."""
    starts = [m.end() for m in _STOP.finditer(text, 0, pos)]
    m = _STOP.search(text, pos)
    return (starts[-1] if starts else 0), (m.end() if m else len(text))


def as_anchor(anchor: Place, stray: Place) -> Place:
    """The anchor town as the place of an event named at ``stray`` (precision 2: near or in it)."""
    return replace(anchor, precision=DISTRICT if (anchor.precision or 0) <= DISTRICT else anchor.precision)
