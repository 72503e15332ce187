"""A source's home area: where a paper is, so that its own town named bare is found there.

A local paper names its own town and its neighbours bare ("Alexandria" in a Louisiana paper), with
its state named nowhere in the story; a careful reader knows where the paper is. A ``Home`` is a
country and a first-order region, optionally a town. It is given (``parse("Louisiana, US")``) or
learnt without labels from a batch of one source's articles (``learn``): each article's places
that the story itself fixes (a state named, a county, a town qualified by its state) vote for one
region; a source whose articles agree on a region enough has that home.

>>> from chronica.geo import Geocoder
>>> parse("Alexandria, Louisiana, US", Geocoder().gaz).admin1
'Louisiana'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from chronica import yamlio
from chronica.geo.gazetteer import COUNTRY, DISTRICT, REGION, TOWN, Entry, Gazetteer, norm
from chronica.geo.resolve import is_qualifier, lookup
from chronica.record import Place

_RULES = yamlio.safe_load((Path(__file__).parent / "data" / "cues.yaml").read_text(encoding="utf-8"))["home"]
MIN_ARTICLES = int(_RULES["min_articles"])  # articles of one source that must agree on its region
MIN_SHARE = float(_RULES["min_share"])  # ... and the share of its articles with evidence they make
STRONG_VOTE = float(_RULES["strong_vote"])  # an article's place the story fixes (a state named, a county)
WEAK_VOTE = float(_RULES["weak_vote"])  # an article's other town, as resolved with no home


@dataclass(frozen=True)
class Home:
    """A source's home area: ``cc`` (ISO alpha-2) and ``country`` (alpha-3), a first-order region
    (GeoNames admin1 code and English name), optionally a town."""

    cc: str
    country: str
    admin1code: str | None = None
    admin1: str | None = None
    town: Entry | None = None

    def __str__(self) -> str:
        parts = [self.town.name if self.town else None, self.admin1, self.country]
        return ", ".join(p for p in parts if p)


def parse(text: str, gaz: Gazetteer) -> Home:
    """A home written "[town, ]region, country" or "region" (a first-order region's name, a US
    state's AP abbreviation) or "country": "Virginia, US", "Alexandria, Louisiana, US", "Ontario,
    Canada", "Ohio", "United Kingdom". Raises ValueError for a name the gazetteer does not know."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts or len(parts) > 3:
        raise ValueError(f"a home is '[town, ]region, country', not {text!r}")
    country = _one(gaz, parts[-1], COUNTRY) if len(parts) > 1 else None
    region_name = parts[-2] if len(parts) > 1 else parts[0]
    region = _one(gaz, region_name, REGION, country.cc if country else None)
    if region is None and len(parts) == 1:
        country = _one(gaz, parts[0], COUNTRY)
        if country is None:
            raise ValueError(f"no region or country called {parts[0]!r}")
        return Home(country.cc, country.iso3)
    if region is None:
        raise ValueError(f"no region called {region_name!r}" + (f" in {country.name}" if country else ""))
    town = None
    if len(parts) == 3:
        town = next((e for e, alt in lookup(gaz, parts[0]) if e.kind == TOWN and e.cc == region.cc
                     and e.admin1code == region.admin1code), None)
        if town is None:
            raise ValueError(f"no town called {parts[0]!r} in {region.admin1}")
    return Home(region.cc, region.iso3, region.admin1code, region.admin1, town)


def _one(gaz: Gazetteer, name: str, kind: int, cc: str | None = None) -> Entry | None:
    """The largest entry of that kind (and country) the name names."""
    return next((e for e, _ in lookup(gaz, name) if e.kind == kind and cc in (None, e.cc)), None)


def evidence(text: str, places: list[Place]) -> tuple[str, str] | None:
    """The (country, region) an article's places lie in most, or None on a tie: a place the story
    fixes itself (a first-order region or a county named, a town with its state after it) counts
    STRONG_VOTE, another town WEAK_VOTE (each name once: its sense is what a home may change, but
    a paper's bare towns that are right gather in its region while wrong ones scatter)."""
    votes: Counter = Counter()
    names = [p for p in places if p.start is not None]
    seen: set[str] = set()
    for i, p in enumerate(names):
        if not p.country or not p.admin1 or p.precision == COUNTRY:
            continue
        qualified = i + 1 < len(names) and is_qualifier(text, names, i + 1)
        if p.precision in (REGION, DISTRICT) or qualified:
            votes[(p.country, p.admin1)] += STRONG_VOTE
        elif norm(p.text) not in seen:
            votes[(p.country, p.admin1)] += WEAK_VOTE
        seen.add(norm(p.text))
    top = votes.most_common(2)
    if not top or len(top) == 2 and top[0][1] == top[1][1]:
        return None
    return top[0][0]


def learn(articles: Iterable[tuple[str, tuple[str, str] | None]], gaz: Gazetteer) -> dict[str, Home]:
    """Homes of sources from (source, evidence) pairs, one per article (``evidence``): a source gets
    the region that MIN_ARTICLES of its articles or more fix and that holds MIN_SHARE of those with
    any evidence; a source with one article, or whose articles disagree, gets none."""
    learner = Learner(gaz)
    for source, region in articles:
        learner.count(source, region)
    homes = {s: learner.home(s) for s in learner.sources()}
    return {s: h for s, h in homes.items() if h is not None}


class Learner:
    """Homes learnt while a batch is coded: each article adds its evidence (``add``, a counter's
    update), and its source's home is what its articles so far agree on (``home``); the first
    articles of a source are coded with no home."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self._counts: dict[str, Counter] = {}
        self._homes: dict[tuple[str, str], Home | None] = {}

    def add(self, source: str | None, text: str, places: list[Place]) -> None:
        """Count one article of ``source`` (its text and its places as resolved)."""
        if source:
            self.count(source, evidence(text, places))

    def count(self, source: str, region: tuple[str, str] | None) -> None:
        """Count one article's evidence (``evidence``) for its source."""
        counts = self._counts.setdefault(source, Counter())
        if region is not None:
            counts[region] += 1

    def sources(self) -> list[str]:
        return list(self._counts)

    def home(self, source: str | None) -> Home | None:
        """The source's home, if its articles so far agree on one region enough."""
        counts = self._counts.get(source or "")
        if not counts:
            return None
        (region, n), = counts.most_common(1)
        if n < MIN_ARTICLES or n < MIN_SHARE * sum(counts.values()):
            return None
        if region not in self._homes:
            self._homes[region] = _region_home(self.gaz, *region)
        return self._homes[region]


def _region_home(gaz: Gazetteer, iso3: str, admin1: str) -> Home | None:
    """The Home of a region given by its country (alpha-3) and English name."""
    for e, _ in lookup(gaz, admin1):
        if e.kind == REGION and e.iso3 == iso3 and norm(e.admin1 or "") == norm(admin1):
            return Home(e.cc, e.iso3, e.admin1code, e.admin1)
    return None


def source_of(publication: str | None, url: str | None) -> str | None:
    """The source an article's home is learnt for: its site's host (without "www."), else its
    publication's name."""
    if url and "//" in url:
        host = url.split("//", 1)[1].split("/", 1)[0].lower()
        return host.removeprefix("www.") or publication
    return publication or None


def in_home(e: Entry, home: Home) -> bool:
    """Does a town or district lie in the home's region (its country, for a home of a country)?"""
    return e.cc == home.cc and e.kind in (TOWN, DISTRICT) and home.admin1code in (None, e.admin1code)
