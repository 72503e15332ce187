"""A part of a city named before it ("the Kibera slum of Nairobi", "the Shatila refugee camp in
Beirut"): when the gazetteer lacks the part, the event is only near the city (precision 2), and a
region read from the city's name ("Beirut" governorate) is the city of that name."""

from __future__ import annotations

import re
from dataclasses import replace

from chronica.geo.cues import CUES
from chronica.geo.gazetteer import REGION, TOWN, Gazetteer, norm
from chronica.geo.resolve import TYPE_WORDS, to_place
from chronica.record import Place

NEAR_CITY = 2  # precision: a part of the city the gazetteer does not know
REACH = 80  # characters before the city searched for its part
_PART = re.compile(
    r"(?:\b[A-Z][\w'’-]*\s+){1,3}(?:(?:" + "|".join(re.escape(w) for w in CUES["city_part_modifiers"])
    + r")\s+)?(?:" + "|".join(re.escape(w) for w in CUES["city_part_before_words"])
    + r")\s+(?:of|in)\s+$")
_TYPE_AFTER = re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in TYPE_WORDS) + r")\b", re.IGNORECASE)


def part_before(text: str, place: Place, places: list[Place]) -> int | None:
    """Where the unknown part of a town or region named after it begins ("the Kibera slum of
    [Nairobi]"), or None; a type word after it ("... of Kabul province") makes it no city. The part's
    name, unknown, may have taken the city's own entry; one the gazetteer knows only outside the
    city's region is a namesake."""
    if place.precision not in (TOWN, REGION) or place.start is None or place.end is None:
        return None
    if _TYPE_AFTER.match(text, place.end):
        return None
    window = text[max(0, place.start - REACH):place.start]
    m = _PART.search(window)
    if m is None:
        return None
    begin = place.start - len(window) + m.start()
    inside = [p for p in places if p.start is not None and begin <= p.start < place.start]
    return begin if all(p.geonameid == place.geonameid or not _within(p, place) for p in inside) else None


def _within(part: Place, city: Place) -> bool:
    """Does a part the gazetteer knows lie in the city's country and region (a namesake elsewhere
    is not the part: "the Mamelodi township of Pretoria")?"""
    return part.country == city.country and part.admin1 == city.admin1


def city_named(gaz: Gazetteer, place: Place) -> Place | None:
    """The town named like a region in that region ("Beirut" governorate: Beirut), or None."""
    for e, _ in gaz.candidates(place.text):
        if e.kind == TOWN and e.iso3 == place.country and e.admin1 == place.admin1 and (
                norm(e.name) == norm(place.text) or norm(place.name or "") == norm(e.name)):
            return to_place(e, place.text, place.start, place.end)
    return None


def near_city(gaz: Gazetteer, place: Place) -> Place:
    """The city of a part named before it, at precision 2 (a region keeps itself with no such city)."""
    city = city_named(gaz, place) if place.precision == REGION else place
    return place if city is None else replace(city, precision=NEAR_CITY)


def near_parts(places: list[Place], text: str, gaz: Gazetteer) -> list[Place]:
    """The places with each city named after an unknown part of it (and that part) near the city."""
    out = list(places)
    for i, p in enumerate(places):
        begin = part_before(text, p, places)
        if begin is None:
            continue
        near = near_city(gaz, p)
        for k, q in enumerate(places):
            if k == i or (q.start is not None and begin <= q.start < p.start and q.precision != 4):
                out[k] = replace(near, text=q.text, start=q.start, end=q.end)
    return out
