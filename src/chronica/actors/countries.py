"""Countries: names, demonyms, capitals and seats of power, with guards against false hits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..geo.sees import SAINT_VENUES, SAINT_WORDS
from .lexicon import Entry, Lexicon
from .text import Token

COUNTRY_KINDS = frozenset({"country", "demonym", "capital", "seat"})
# country names that are also names of US states: not the country when the story is about the US
US_STATES = {"georgia": "GEO"}
# capitalised words that may follow a guarded name without making it a person's name
INSTITUTION_WORDS = frozenset(
    "army police government military defense defence forces navy air president prime "
    "ministry minister parliament security national".split()
)

# lower-case words inside place names of Portuguese, Spanish, French, Italian or Arabic origin
NAME_PARTICLES = frozenset("da de do dos das del della di du des la el".split())


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    the: bool = False
    person_guard: bool = False
    adjective: str | None = None  # "Peruvian": the first demonym
    sovereign: str | None = None  # New Caledonia's France: whose forces there are at home

    @property
    def of_name(self) -> str:
        """The name as it follows "of": "the Philippines", "Peru"."""
        return f"the {self.name}" if self.the else self.name


def load_countries(data: dict[str, Any], lexicon: Lexicon) -> dict[str, Country]:
    """Add every country form to ``lexicon``; return the countries by ISO3."""
    countries: dict[str, Country] = {}
    for row in data.get("countries") or []:
        iso3 = str(row["iso3"]).upper()
        demonyms = row.get("demonyms") or []
        country = Country(iso3, row.get("name") or iso3, bool(row.get("the")),
                          bool(row.get("person_guard")), str(demonyms[0]) if demonyms else None,
                          str(row["sovereign"]) if row.get("sovereign") else None)
        countries[iso3] = country
        lexicon.add_all(row.get("names") or [], "country", country)
        for k, form in enumerate(demonyms):
            plural = k > 0 and (form.endswith("s") or form.endswith("men"))
            lexicon.add(form, "demonym", country, plural=plural)
        lexicon.add_all(row.get("capitals") or [], "capital", country)
        lexicon.add_all(row.get("seats") or [], "seat", country)
    for form in data.get("block") or []:
        lexicon.add(form, "block", None, proper=False)
    return countries


def guard(entry: Entry, tokens: list[Token], i: int, j: int, focus: str | None,
          known: Lexicon) -> bool:
    """False for "Chad Smith", "Jordan Peterson", for Georgia the US state in US stories and for a
    capital that ends a longer name ("Mocimboa da Praia", "Miguel de la Madrid")."""
    if entry.kind not in COUNTRY_KINDS:
        return True
    country: Country = entry.ref
    if entry.kind == "capital" and i >= 1 and tokens[i - 1].key in NAME_PARTICLES and (
            tokens[i].start - tokens[i - 1].end <= 1):
        return False
    if entry.kind == "capital" and tokens[i].key in SAINT_WORDS and _venue_after(tokens, j):
        return False  # "St George's Church" in Tanta: a church named after the saint, not Grenada's capital
    if focus == "USA" and j - i == 1 and US_STATES.get(tokens[i].key) == country.iso3:
        return False
    if entry.kind == "country" and country.person_guard and j < len(tokens):
        nxt = tokens[j]
        gap = tokens[j].start - tokens[j - 1].end
        if (gap <= 1 and nxt.text[:1].isupper() and nxt.key not in INSTITUTION_WORDS
                and all(e.kind == "leader" for e in known.table.get((nxt.key,), ()))):
            return False  # a surname ("Chad Smith", "Jordan Johnson") is no word of a country's
    return True


def _venue_after(tokens: list[Token], j: int) -> bool:
    """Is a building's word (``saint_venue_words``) right after token j, or after a possessive there?"""
    if j < len(tokens) and tokens[j].key in ("'s", "s"):
        j += 1
    return j < len(tokens) and tokens[j].key in SAINT_VENUES
