"""A region named with its country after it ("the Kurdistan Region of Iraq", "Kurdistan province in
Iran"): the country named picks the region's namesake, so that a name shared across a border is not
sent abroad. The region becomes that country's listed area (``data/areas.yaml``) or its gazetteer
namesake there; with neither, the place stays as resolved."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from chronica.geo.areas import KIND_TAILS, area_named
from chronica.geo.cues import CUES
from chronica.geo.gazetteer import norm
from chronica.geo.resolve import lookup, to_place
from chronica.record import Place

if TYPE_CHECKING:
    from chronica.geo.gazetteer import Gazetteer

REGION = 3
COUNTRY = 4


@cache
def _after() -> re.Pattern:
    """The words between a region's name and its country: "[ Region] of [the] [northern] "."""
    kinds = "|".join(map(re.escape, CUES["region_of_words"]))
    return re.compile(rf"((?:\s+(?:{kinds}))*)\s+(?:of|in)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?",
                      re.IGNORECASE)


def _country_after(place: Place, places: list[Place], text: str) -> tuple[str, str] | None:
    """(the type words written after the place, the country) when a country's name follows it."""
    m = _after().match(text, place.end)
    if not m:
        return None
    country = next((q for q in places if q.start == m.end() and q.precision == 4 and q.country), None)
    return (m.group(1), country.country) if country else None


def _namesake(place: Place, words: str, iso3: str, text: str, gaz: Gazetteer) -> Place | None:
    """The place's namesake in ``iso3``: a listed area (its written type words kept in the span) or a
    gazetteer region or town there."""
    named = area_named(f"{place.text}{words}", iso3) or area_named(place.text, iso3)
    if named:
        name, (lat, lon, _, gid) = named
        kept = words.strip() and name.lower().endswith(words.strip().lower())
        end = place.end + len(words) if kept else place.end
        return Place(text=text[place.start:end], name=name, geonameid=gid, country=iso3, admin1=None,
                     lat=lat, lon=lon, precision=REGION, start=place.start, end=end)
    there = [e for e, _ in lookup(gaz, place.text) if e.iso3 == iso3]
    return to_place(there[0], place.text, place.start, place.end) if there else None


def regions_of_countries(places: list[Place], text: str, gaz: Gazetteer) -> list[Place]:
    """The places with each region followed by "of"/"in" + another country's name replaced by its
    namesake in that country (where there is one)."""
    out = []
    for p in places:
        found = p.start is not None and p.precision != 4 and _country_after(p, places, text)
        if found and found[1] != p.country:
            p = _namesake(p, found[0], found[1], text, gaz) or p
        out.append(p)
    return out


def _kind_of(area: str, name: str) -> bool:
    """Is ``area`` the region ``name`` itself, or it with a kind word after it ("Kurdistan Region")?"""
    head, _, tail = area.rpartition(" ")
    return norm(area) == norm(name) or norm(head) == norm(name) and tail in KIND_TAILS


def regions_of_story(places: list[Place], nations: list[str]) -> list[Place]:
    """The places with each region of a country the story's other words never name ("Peshmerga ...
    in Kurdistan": Iran's Kordestan by the gazetteer) replaced by the listed area (``data/areas.yaml``)
    of the one country the story names that has an area of the region's name (Iraq's "Kurdistan
    Region"). A story that names the region's own country, or two with such an area, keeps it; an area
    whose name adds more than a kind word ("Lake Ontario" for Canada's Ontario) is not the region's."""
    story = set(nations) | {p.country for p in places if p.precision == COUNTRY and p.country}  # "Iraq"
    out = []
    for p in places:
        if p.start is not None and p.precision == REGION and p.country and p.country not in story:
            named = [(iso3, a) for iso3 in sorted(story)
                     if (a := area_named(p.text, iso3)) and _kind_of(a[0], p.text)]
            if len(named) == 1:
                iso3, (name, (lat, lon, _, gid)) = named[0]
                p = Place(text=p.text, name=name, geonameid=gid, country=iso3, admin1=None, lat=lat, lon=lon,
                          precision=REGION, start=p.start, end=p.end)
        out.append(p)
    return out
