"""The country of an event placed only at a country level when its sentence names another country beside
the place the gazetteer lacks ("shelled positions near the Syrian border town of X": Syria), or, for a
strike by one state's forces, the country across the border ("Turkish jets struck PKK hideouts near the
border with Iraq": Iraq, not Turkey). With neither, the event stays where it was placed (its country, at
precision 4). Word lists: ``data/cues.yaml``'s ``named_country_places``, ``named_country_lands`` and
``strike_verbs``."""

from __future__ import annotations

import re
from functools import cache

from chronica.geo.cues import CUES
from chronica.record import Place

COUNTRY = 4
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_BORDER_BEFORE = re.compile(r"\bborders?\s+with\s+(?:the\s+)?$", re.IGNORECASE)
_PLACED = frozenset({"document-focus-country", "dateline", "earlier-in-document", None})


@cache
def _place_after() -> re.Pattern:
    nouns = "|".join(map(re.escape, CUES["named_country_places"]))
    lands = "|".join(map(re.escape, CUES["named_country_lands"]))
    things = "|".join(map(re.escape, CUES["named_country_land_not_before"]))
    return re.compile(rf"\s+(?:(?:border\s+)?(?:{nouns})\b|(?:{lands})\b(?!\s+(?:{things})\b))",
                      re.IGNORECASE)


def _named_beside(text: str, mentions: list[tuple[int, int, str]], doers: frozenset[str] = frozenset(),
                  placed: bool = False) -> str | None:
    """The country of "the Syrian border town", "an Iraqi village": a demonym before a place noun; not a
    bare "the Thai border" by doers (or against targets) of another named country, who act on their own
    side of it ("ambushed a convoy of Malian troops near the Algerian border": in Mali), nor in a story
    ``placed`` in a country by other words ("Karen rebels captured a camp near the Thai border": Myanmar)."""
    for start, end, iso in mentions:
        article = _ARTICLE_BEFORE.search(text[max(0, start - 6):start])
        found = _place_after().match(text, end) if article else None
        if found is None:
            continue
        if (doers and iso not in doers or placed) and found.group(0).split()[-1].lower() == "border":
            continue  # "Burmese troops attacked a village near the Thai border": in Myanmar
        return iso
    return None


def _across_border(text: str, mentions: list[tuple[int, int, str]], striker: set[str]) -> str | None:
    """The country named after "border with", when it is not the striker's own."""
    for start, _, iso in mentions:
        if _BORDER_BEFORE.search(text[max(0, start - 25):start]) and iso not in striker:
            return iso
    return None


def settled(place: Place | None, rule: str | None) -> bool:
    """Is the event placed below a country's level, or by its own sentence? Then no other country moves it."""
    return place is not None and ((place.precision or COUNTRY) < COUNTRY or rule not in _PLACED)


def strike(lemma: str) -> bool:
    """Is the trigger a strike verb, whose doers' country may sit across a border?"""
    return lemma in CUES["strike_verbs"]


def other_country(place: Place | None, rule: str | None, sentence: str, mentions: list[tuple[int, int, str]],
                  lemma: str, striker: set[str], doers: frozenset[str] = frozenset()
                  ) -> tuple[str, str] | None:
    """(country, cue) for an event placed only at a country level (or not at all) whose sentence names
    another country as above; ``mentions`` are the sentence's country words as (start, end, ISO3),
    ``lemma`` the trigger's lemma, ``striker`` the countries named among its doers when it is a strike and
    ``doers`` the countries named among its doers and targets whatever the deed."""
    if settled(place, rule):
        return None
    iso, cue = _named_beside(sentence, mentions, doers, place is not None), "country named beside the place"
    if iso is None and striker and strike(lemma):
        iso, cue = _across_border(sentence, mentions, striker), "strike across the border"
    if iso is None or (place is not None and place.country == iso):
        return None
    return iso, cue
