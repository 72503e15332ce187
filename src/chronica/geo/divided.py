"""A town that shares its name across a border, one the news means unless it says otherwise ("Rafah": Gaza's
in a story of Israel or Gaza that names no Sinai; ``border_namesakes``). A city that the code book divides
between two countries ("Jerusalem": its eastern part is coded with the Palestinian territories, its western
part with Israel). In a story about the people of the
divided-off part, and naming no other part, the city is that part (geo/data/cues.yaml,
``divided_cities``). A territory that the code book codes as a region of another country (Hong Kong
and Macau, regions of China) is placed in that country, with its name as the region
(``territory_regions``)."""

from __future__ import annotations

import re
from dataclasses import replace

from chronica.geo.cues import CUES
from chronica.geo.gazetteer import COUNTRY, REGION, TOWN, Gazetteer, norm
from chronica.geo.resolve import to_place
from chronica.record import Place

DIVIDED: dict[str, dict] = {norm(city): rule for city, rule in (CUES.get("divided_cities") or {}).items()}
NAMESAKES: dict[str, dict] = {norm(town): rule for town, rule in (CUES.get("border_namesakes") or {}).items()}
TERRITORIES: dict[str, dict] = CUES.get("territory_regions") or {}


def _names_any(text: str, words: list[str]) -> bool:
    """Does the text name any of the words or phrases, as whole words, in any case?"""
    return any(re.search(rf"\b{re.escape(w)}\b", text, re.IGNORECASE) for w in words)


def _names_people(text: str, rule: dict) -> bool:
    """Does the text name the part's people other than as attackers ("Palestinian gunman": whose the gunman
    is, not who lives where it happened)?"""
    doers = "|".join(re.escape(w) for w in rule.get("doers") or [])
    after = rf"(?!\s+(?:{doers})\b)" if doers else ""
    return any(re.search(rf"\b{re.escape(w)}\b{after}", text, re.IGNORECASE) for w in rule["people"])


def _part(gaz: Gazetteer, rule: dict, place: Place) -> Place | None:
    """The part of the city the rule names, as a place at the city's span and precision."""
    for e, _ in gaz.candidates(rule["part"]):
        if e.kind == TOWN and e.iso3 == rule["part_country"]:
            return replace(to_place(e, place.text, place.start, place.end), precision=place.precision)
    return None


def divided_cities(places: list[Place], text: str, gaz: Gazetteer) -> list[Place]:
    """The places with a divided city read as its part where the story is about that part's people."""
    out = list(places)
    for i, p in enumerate(places):
        rule = DIVIDED.get(norm(p.name or ""))
        if rule is None or p.country != rule["country"] or p.precision not in (1, 2):
            continue
        if not _names_people(text, rule) or _names_any(text, rule["other_parts"]):
            continue
        part = _part(gaz, rule, p)
        if part is not None:
            out[i] = part
    return out


def border_namesakes(places: list[Place], text: str, gaz: Gazetteer) -> list[Place]:
    """The places with a town that shares its name across a border (geo/data/cues.yaml,
    ``border_namesakes``) placed at home when the resolver chose the namesake abroad but the story names
    a word of the home side and none of the other ("Egypt condemned the Israeli assault on Rafah")."""
    out = list(places)
    for i, p in enumerate(places):
        rule = NAMESAKES.get(norm(p.text))
        if rule is None or p.country != rule["abroad"] or p.precision not in (1, 2):
            continue
        if not _names_any(text, rule["home_words"]) or _names_any(text, rule["abroad_words"]):
            continue
        home = next((e for e, _ in gaz.candidates(p.text) if e.kind == TOWN and e.iso3 == rule["country"]),
                    None)
        if home is not None:
            out[i] = replace(to_place(home, p.text, p.start, p.end), precision=p.precision)
    return out


def territory_regions(places: list[Place]) -> list[Place]:
    """The places with a territory coded as a region of another country moved there: "Mong Kok" and
    "Hong Kong" are China's, in its region Hong Kong; the territory itself is a region, not a country."""
    out = []
    for p in places:
        rule = TERRITORIES.get(p.country or "")
        if rule is None:
            out.append(p)
            continue
        precision = REGION if p.precision == COUNTRY else p.precision
        out.append(replace(p, country=rule["country"], admin1=rule["admin1"], precision=precision))
    return out


def people_country(place: Place) -> str | None:
    """The country a place's people belong to: a territory's own code for a place in a territory coded as
    a region of another country (Hong Kong's protesters are HKG, as CAMEO codes them), else its country."""
    for code, rule in TERRITORIES.items():
        if place.country == rule["country"] and place.admin1 == rule["admin1"]:
            return code
    return place.country
