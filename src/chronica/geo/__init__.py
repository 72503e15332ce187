"""The places stage: find toponyms in a document and resolve them to GeoNames places.

>>> g = Geocoder()
>>> g.lookup("Lima")[0].country
'PER'
"""

from __future__ import annotations

from collections.abc import Iterable

from chronica.geo import resolve as _resolve
from chronica.geo.adjectives import adjectival, demonym_capitals
from chronica.geo.areas import areas, outside
from chronica.geo.divided import border_namesakes, divided_cities, territory_regions
from chronica.geo.former import by_date
from chronica.geo.gazetteer import COUNTRY, DEFAULT_CITIES, Gazetteer
from chronica.geo.home import Home
from chronica.geo.home import parse as parse_home
from chronica.geo.quarters import near_parts
from chronica.geo.region_of import regions_of_countries, regions_of_story
from chronica.geo.seats import (
    dealing_spans,
    go_between_seat,
    meeting_venue,
    named_deal,
    press_seat,
    reaction_seat,
    spans,
    speaking_seat,
)
from chronica.nlp import text_of
from chronica.record import Place

__all__ = ["Geocoder", "PlaceList"]


class PlaceList(list):
    """The places of one document; ``modifiers`` are the spans of country names that only modify
    a noun ("the US dollar"), which do not count for the document's country."""

    modifiers: frozenset = frozenset()
    missions: tuple[str, ...] = ()  # countries of one-country missions named ("OSCE SMM": UKR)
    demonyms: frozenset = frozenset()  # the spans of demonyms listed as places ("Sudanese")
    seats: frozenset = frozenset()  # the spans of places where a statement was put out (geo/seats.py)
    venues: frozenset = frozenset()  # the spans of places named as a meeting's venue ("talks in Geneva")
    speakers: frozenset = frozenset()  # the spans of towns that speak or are accused ("..., Ankara said")
    go_betweens: frozenset = frozenset()  # the spans of mediators' places ("brokered by Qatar"), among seats

    def without(self, start: int, end: int) -> PlaceList:
        """The places outside the characters ``start``-``end``, with this list's spans and missions."""
        kept = PlaceList(p for p in self if p.start is None or not start <= p.start < end)
        kept.__dict__.update(self.__dict__)
        return kept


class Geocoder:
    """Gazetteer lookups and in-context toponym resolution."""

    def __init__(self, cities: str = DEFAULT_CITIES, rebuild: bool = False) -> None:
        self.gaz = Gazetteer.load(cities, rebuild=rebuild)
        self.gaz.index_districts()
        self.demonyms = self.gaz.demonyms

    def lookup(self, name: str) -> list[Place]:
        """Candidates for a name, best first by prior (population, countries and capitals up)."""
        return [_resolve.to_place(e, name) for e, _ in _resolve.lookup(self.gaz, name)]

    def names_itself(self, place: Place) -> bool:
        """Whether a resolved place is one its own words name (``resolve.names_itself``)."""
        return _resolve.names_itself(self.gaz, place)

    def places(self, doc, adjectives: bool = True, actors: Iterable[str] = (),
               home: Home | str | None = None, published: str | None = None,
               code_book: bool = False) -> list[Place]:
        """Every toponym of a spaCy Doc, resolved in context, sorted by start offset (continents and
        areas such as "the Middle East" included). With ``adjectives`` (the default, as geoparsing
        schemes such as LGL's count them), demonyms ("Sudanese") are places too: the country or
        region they name; event coding asks without them (a demonym says who, not where).
        ``actors``: the countries (ISO alpha-3) of the actors the story names ("the UPDF": Uganda),
        each counted once like a demonym. ``home``: the source's home area (a ``geo.home.Home`` or
        "[town, ]region, country", e.g. "Louisiana, US"): a bare name is its namesake there unless
        the story points elsewhere ("Alexandria" in a Louisiana paper). ``published``: the story's
        date "YYYY-MM-DD", by which a former country name is read (geo/former.py). ``code_book``: places
        as event coding reads them, a city that the ACLED code book divides read as its part and a
        territory it codes as a region of another country placed there (geo/divided.py); a geoparser
        keeps the city and the territory."""
        if isinstance(home, str):
            home = self.home(home)
        actors = frozenset(actors)
        found, nations = _resolve.mentions(doc, self.gaz, self.demonyms, actors)
        nations += sorted(set(actors))
        nations.armed = set(actors)
        missions = tuple(_resolve.missions(text_of(doc)))
        regions = _resolve.mission_regions(text_of(doc), self.gaz) if missions else set()
        if regions:
            _resolve.in_regions(found, regions, self.gaz)
            found = [m for m in found if m.known or any(q.known for q in m.quals)]
        listed = areas(doc, [])
        of_one = tuple(p.country for p in listed if p.country)  # "in Darfur": a region of Sudan
        resolved = _resolve.resolve(found, [*nations, *missions], self.gaz, nations.home | set(missions),
                                    home, of_one)
        resolved = _resolve.far_hamlets(resolved, found, nations, self.gaz)  # "Malian troops ... in Moura"
        resolved = by_date(resolved, self.gaz, published, text_of(doc))  # "Zaire": the country until 1997
        resolved = regions_of_countries(resolved, text_of(doc), self.gaz)  # "Kurdistan Region of Iraq"
        resolved = regions_of_story(resolved, nations)  # Peshmerga "in Kurdistan": Iraq's region
        resolved = near_parts(resolved, text_of(doc), self.gaz)  # "the Kibera slum of Nairobi": near it
        resolved = border_namesakes(resolved, text_of(doc), self.gaz)  # Israeli tanks in Rafah: Gaza's
        if code_book:
            capitals = demonym_capitals(doc, self.gaz, resolved)  # "in the Libyan capital": Tripoli
            if capitals:
                resolved = sorted([*resolved, *capitals], key=lambda p: p.start)
            resolved = divided_cities(resolved, text_of(doc), self.gaz)  # Palestinians in Jerusalem: its east
            resolved = territory_regions(resolved)  # Hong Kong: a region of China
        wide = outside(listed, resolved)  # "Europe", "the Middle East", "Darfur"
        if wide:
            resolved = sorted([*resolved, *wide], key=lambda p: p.start)
        named = adjectival(doc, self.gaz, resolved) if adjectives else []
        places = PlaceList(sorted([*resolved, *named], key=lambda p: p.start) if named else resolved)
        places.demonyms = frozenset((p.start, p.end) for p in named)
        places.seats = spans(doc, resolved, press_seat)  # "a statement released in Nicosia": not where
        # "the arrest was condemned in Paris": not where; a country's own outrage may be over its own deed
        places.seats |= spans(doc, [p for p in resolved if p.precision != COUNTRY], reaction_seat)
        # "breaking the Jeddah declaration", "the Doha ceasefire": a city naming a deal, not where (sides49)
        places.seats |= spans(doc, [p for p in resolved if p.precision != COUNTRY], named_deal)
        places.go_betweens = spans(doc, resolved, go_between_seat)  # "a truce brokered by Qatar": not where
        places.seats |= places.go_betweens
        # "..., Ankara said", "accusing Moscow of ...": a government speaking or accused, no event's place;
        # its country still counts for the story's (origins50)
        places.speakers = spans(doc, [p for p in resolved if p.precision != COUNTRY], speaking_seat)
        places.venues = spans(doc, resolved, meeting_venue) | dealing_spans(doc, resolved, nations)
        places.modifiers = frozenset((m.start, m.end) for m in found if m.modifier) | places.seats | (
            places.venues)
        places.missions = missions
        return places

    def home(self, text: str) -> Home:
        """A home area written "[town, ]region, country" ("Virginia, US"); ValueError if unknown."""
        return parse_home(text, self.gaz)

    def focus(self, places: list[Place], skip_too: frozenset = frozenset()) -> str | None:
        """The document's main country (ISO alpha-3), or None. Country names that only modify a
        noun ("the US dollar") do not count, nor the spans ``skip_too``; with no place, a one-country
        mission it names."""
        skip = getattr(places, "modifiers", frozenset()) | skip_too
        found = _resolve.focus([p for p in places if (p.start, p.end) not in skip])
        missions = getattr(places, "missions", ())
        return found or (max(missions, key=missions.count) if missions else None)
