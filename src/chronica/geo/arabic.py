"""Names written in an Arabic transliteration: an unknown Arabic-named quarter of a divided city lies in
its eastern part ("the Wadi al Joz neighbourhood of Jerusalem" is in East Jerusalem, Palestine)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path

import yaml

from chronica.record import Place

_DATA = Path(__file__).parent / "data" / "arabic.yaml"


@cache
def _data() -> dict:
    with _DATA.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@cache
def _articles() -> frozenset[str]:
    return frozenset(_data()["articles"])


@cache
def _place_words() -> frozenset[str]:
    return frozenset(_data()["place_words"])


_WORD = re.compile(r"[A-Za-z']+")


def arabic_name(name: str) -> bool:
    """Is ``name`` written as an Arabic name: an article inside it ("Aqbet al Khalidiyah", "Tal ad-Dawr")
    or an Arabic word of places opening it ("Wadi Joz", "Kafr Aqab")?"""
    words = [w.lower() for w in _WORD.findall(name)]
    if not words:
        return False
    if words[0] in _place_words() and len(words) > 1:
        return True
    return any(w in _articles() for w in words[1:-1]) or bool(re.search(r"\b[Aa][lnrsdtz]-[A-Z]", name))


# the name before "north of <city>", "the X neighbourhood of <city>", "X in <city>"
_BEFORE = re.compile(
    r"((?:[A-Z][\w'-]*|al|el|ad|as|ash|an|ar|az)(?:\s+(?:[A-Z][\w'-]*|al|el|ad|as|ash|an|ar|az)){0,3})"
    r"\s+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|outside|near|in)"
    r"(?:\s+of)?|(?:neighbou?rhood|area|quarter|district|village|town|suburb|camp|part)\s+(?:of|in))"
    r"\s+(?:the\s+city\s+of\s+|occupied\s+)?$")


def _named_before(text: str, start: int) -> str | None:
    """The capitalised name just before ``start`` in a relation to it ("Kafr Aqab north of ")."""
    found = _BEFORE.search(text[max(0, start - 80):start])
    return found.group(1) if found else None


def divided_city(geocoder, text: str, place: Place | None) -> Place | None:  # noqa: ANN001
    """The eastern part of a divided city for an Arabic-named quarter the gazetteer lacks that was placed
    at the city; else None."""
    if place is None or place.geonameid is None:
        return None
    for city in _data()["divided_cities"]:
        if place.geonameid not in city["city"]:
            continue
        own = place.text if place.name and place.text and place.text != place.name else None
        name = own or (_named_before(text, place.start) if place.start is not None else None)
        if not name or not arabic_name(name):
            return None
        part = next((p for p in geocoder.lookup(city["part"]) if p.country == city["country"]), None)
        if part is None:
            return None
        return replace(part, text=place.text, start=place.start, end=place.end)
    return None
