"""Former names of countries read by the story's date ("a refugee camp in Zaire" in 1994 is the
Democratic Republic of the Congo; "Zaire province" in 2020 is Angola's).

The gazetteer holds each former name (``former_countries`` in ``data/aliases.yaml``) as a name of
the modern country. In a story dated after the last year the name was in use (or with no date), a
name that a region or a sizeable town now bears is read as that namesake instead."""

from __future__ import annotations

import re
from functools import lru_cache

from chronica import yamlio
from chronica.geo.gazetteer import COUNTRY, DATA_DIR, REGION, Entry, Gazetteer, norm
from chronica.geo.resolve import to_place
from chronica.record import Place

NAMESAKE_POP = 1000  # a namesake smaller than this (a hamlet) never takes the name from the country


@lru_cache(maxsize=1)
def former_names() -> dict[str, tuple[str, int]]:
    """Normalised former name -> (modern country ISO alpha-3, last year of the name)."""
    with (DATA_DIR / "aliases.yaml").open(encoding="utf-8") as fh:
        listed = yamlio.safe_load(fh).get("former_countries") or {}
    return {norm(name): (iso3, int(until)) for name, (iso3, until) in listed.items()}


def story_year(published: str | None) -> int | None:
    """The year of a publication date "YYYY-MM-DD", or None."""
    head = (published or "")[:4]
    return int(head) if head.isdigit() else None


def first_year(dates: list) -> str | None:
    """The first date a text writes with its year ("On 3 May 2020"), for a story with no
    publication date."""
    return next((d.value for d in dates if d.value and story_year(d.value) is not None), None)


def namesake(gaz: Gazetteer, text: str, iso3: str) -> Entry | None:
    """The best entry named ``text`` other than the country ``iso3``: a region or a sizeable town."""
    for e, _ in gaz.candidates(text):
        if e.kind == COUNTRY and e.iso3 == iso3:
            continue
        if e.kind >= REGION or e.pop >= NAMESAKE_POP:
            return e
    return None


QUALIFIES = re.compile(r"\s*(?:,|in|of)\s*(?:(?:the\s+)?(?:north|south|east|west|central)[a-z-]*\s+)?$", re.I)


def qualifies_town(places: list[Place], k: int, text: str) -> bool:
    """Does the country name at ``k`` qualify a town of its own country written just before it ("Uvira
    in Zaire", "Goma, Zaire", "Kisangani in northern Zaire")? Then it is the country, whatever the date."""
    p = places[k]
    before = next((q for q in reversed(places[:k]) if q.end is not None and p.start is not None
                   and q.end <= p.start), None)
    if before is None or before.country != p.country or before.precision == COUNTRY:
        return False
    return QUALIFIES.fullmatch(text[before.end:p.start]) is not None


def by_date(places: list[Place], gaz: Gazetteer, published: str | None, text: str = "") -> list[Place]:
    """The places with each former country name read as its modern namesake when the story is dated
    after the name's use, or not dated at all, unless it qualifies a town of its country."""
    year = story_year(published)
    out = []
    for k, p in enumerate(places):
        known = former_names().get(norm(p.text)) if p.precision == COUNTRY else None
        later = known is not None and p.country == known[0] and (year is None or year > known[1])
        later = later and not (text and qualifies_town(places, k, text))
        e = namesake(gaz, p.text, known[0]) if later else None
        out.append(to_place(e, p.text, p.start, p.end) if e is not None else p)
    return out
