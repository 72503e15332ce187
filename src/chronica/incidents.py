"""Incidents: events from several reports that describe the same happening.

:func:`build` reads the events of a store, groups them with the rules in ``data/incidents.yaml``
(docs/incidents.md), gives every member the incident's id (the flat ``incident_id`` column and the
record JSON alike) and writes the ``incidents`` table: first and last report, documents and
publications, consensus fields, and each report's framing side by side.

Grouping is blocked: only events of the same country and PLOVER type group are compared, in one
date-ordered sweep per block that keeps just the incidents still within the date window open.
An event joins the best open incident whose every member it is compatible with (complete link),
so the work grows with the number of events times the handful of open incidents, never n².
"""

from __future__ import annotations

import hashlib
import json
import math
import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from chronica import yamlio
from chronica.framing import Lexicon, report_framing

BASIS_RANK = {"text": 0, "relative": 1, "published": 2}
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


# -- rules ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Rules:
    """The incident rules (see ``data/incidents.yaml`` for what each one means)."""

    skip_negated: bool = True
    skip_hypothetical: bool = True
    skip_future: bool = True
    need_country: bool = True
    type_groups: tuple[tuple[str, ...], ...] = ()
    window_days: int = 2
    published_lookback_days: int = 3
    max_span_days: int = 31
    town_km: float = 40.0
    region_km: float = 250.0
    sector_classes: dict[str, str] = field(default_factory=dict)
    date_weight: float = 1.0
    place_weight: float = 1.0
    actor_weight: float = 0.5

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Rules:
        el = data.get("eligible") or {}
        dates = data.get("dates") or {}
        places = data.get("places") or {}
        actors = data.get("actors") or {}
        scoring = data.get("scoring") or {}
        classes = {}
        for name, sectors in (actors.get("sector_classes") or {}).items():
            for s in sectors:
                classes[str(s).upper()] = str(name)
        return cls(
            skip_negated=bool(el.get("skip_negated", True)),
            skip_hypothetical=bool(el.get("skip_hypothetical", True)),
            skip_future=bool(el.get("skip_future", True)),
            need_country=bool(el.get("need_country", True)),
            type_groups=tuple(tuple(str(t).upper() for t in g) for g in data.get("type_groups") or []),
            window_days=int(dates.get("window_days", 2)),
            published_lookback_days=int(dates.get("published_lookback_days", 3)),
            max_span_days=int(dates.get("max_span_days", 31)),
            town_km=float(places.get("town_km", 40)),
            region_km=float(places.get("region_km", 250)),
            sector_classes=classes,
            date_weight=float(scoring.get("date_weight", 1.0)),
            place_weight=float(scoring.get("place_weight", 1.0)),
            actor_weight=float(scoring.get("actor_weight", 0.5)),
        )

    def group(self, plover_type: str | None) -> str:
        """The name of the type group a PLOVER type belongs to (the type itself if in none)."""
        t = (plover_type or "?").upper()
        for g in self.type_groups:
            if t in g:
                return "+".join(sorted(g))
        return t

    def group_types(self, group: str) -> list[str]:
        return group.split("+")


@cache
def default_rules() -> Rules:
    """The package's rules from ``data/incidents.yaml``, read once."""
    text = resources.files("chronica").joinpath("data", "incidents.yaml").read_text("utf-8")
    return Rules.from_dict(yamlio.safe_load(text) or {})


# -- comparing two events -----------------------------------------------------------------------
@dataclass(slots=True)
class Item:
    """What the clustering needs of one event."""

    event_id: str
    doc_id: str
    group: str
    country: str | None
    lo: int | None  # first and last day (ordinals) the event's date can mean, windows not included
    hi: int | None
    lat: float | None
    lon: float | None
    precision: int | None
    admin1: str | None
    geonameid: int | None
    sources: frozenset[str]
    targets: frozenset[str]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def actor_keys(actors: Iterable[dict[str, Any]], rules: Rules) -> frozenset[str]:
    """How actors are recognised across reports: canonical name and (country, sector class)."""
    keys: set[str] = set()
    for a in actors:
        sector = (a.get("sector") or "").upper()
        if not (sector or a.get("acled_actor") or a.get("inter")):
            continue  # unresolved words ("members", "relatives") say nothing about who it was
        if not (a.get("text") or "").strip():
            continue  # named by convention, not by the report ("Unidentified Armed Group")
        if a.get("name"):
            keys.add("n:" + a["name"].lower())
        if sector:
            keys.add(f"c:{a.get('country') or '-'}:{rules.sector_classes.get(sector, sector)}")
    return frozenset(keys)


def place_score(a: Item, b: Item, rules: Rules) -> float | None:
    """None when the places rule out one happening, else closeness in [0, 1]."""
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return 1.0
    pa, pb = a.precision or 4, b.precision or 4
    if pa >= 4 or pb >= 4 or a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return 0.25
    d = haversine_km(a.lat, a.lon, b.lat, b.lon)
    if pa <= 2 and pb <= 2:
        return None if d > rules.town_km else 1.0 - d / (2 * rules.town_km)
    if a.admin1 and b.admin1:
        return 0.5 if a.admin1 == b.admin1 else None
    return None if d > rules.region_km else 0.5 - d / (2 * rules.region_km)


def compatible(a: Item, b: Item, rules: Rules) -> float | None:
    """None when a and b cannot be one happening, else a score (higher is closer)."""
    if a.lo is None or b.lo is None or a.hi is None or b.hi is None:
        return None
    gap = max(a.lo - b.hi, b.lo - a.hi, 0)
    if gap > rules.window_days:
        return None
    place = place_score(a, b, rules)
    if place is None:
        return None
    if a.sources and b.sources and not (a.sources & b.sources or a.sources & b.targets
                                        or b.sources & a.targets):
        return None
    shared = len((a.sources | a.targets) & (b.sources | b.targets))
    return (rules.date_weight / (1 + gap) + rules.place_weight * place
            + rules.actor_weight * min(shared, 3))


def incident_id(anchor_event_id: str) -> str:
    """An incident's id, from the event that opened it."""
    return "inc-" + hashlib.blake2b(anchor_event_id.encode(), digest_size=8).hexdigest()


def cluster(items: list[Item], rules: Rules | None = None) -> dict[str, str]:
    """Group items into incidents; return event_id -> incident_id for every item given."""
    rules = rules or default_rules()
    blocks: dict[tuple[str | None, str], list[Item]] = defaultdict(list)
    out: dict[str, str] = {}
    for it in items:
        if it.lo is None or it.hi is None or it.hi - it.lo + 1 > rules.max_span_days:
            out[it.event_id] = incident_id(it.event_id)  # too vague to match: on its own
        else:
            blocks[(it.country, it.group)].append(it)
    window = rules.window_days
    for block in blocks.values():
        block.sort(key=lambda it: (it.lo, it.hi - it.lo, it.event_id))
        open_: list[tuple[list[Item], list[int]]] = []  # (members, [max hi])
        for it in block:
            if open_:
                open_ = [inc for inc in open_ if inc[1][0] + window >= it.lo]
            best, best_score = None, -1.0
            for inc in open_:
                total = 0.0
                for m in inc[0]:
                    s = compatible(it, m, rules)
                    if s is None:
                        break
                    total += s
                else:
                    score = total / len(inc[0])
                    if score > best_score:
                        best, best_score = inc, score
            if best is None:
                open_.append(([it], [it.hi]))
                out[it.event_id] = incident_id(it.event_id)
            else:
                best[0].append(it)
                best[1][0] = max(best[1][0], it.hi)
                out[it.event_id] = out[best[0][0].event_id]
    return _join_shared_reports(items, out)


def kept_ids(assignment: dict[str, str], previous: dict[str, str | None]) -> dict[str, str]:
    """Each incident keeps the id most of its events had before the rebuild, so that an incident a new
    report joins keeps its id although the new report's event may now open it; an old id that is
    another incident's new id, or that a larger incident already kept, is not taken."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for event_id, inc in assignment.items():
        if previous.get(event_id):
            votes[inc][previous[event_id]] += 1
    fresh, used, rename = set(assignment.values()), set(), {}
    for inc, counter in sorted(votes.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        old = next((o for o, _ in counter.most_common()
                    if o not in used and (o == inc or o not in fresh)), None)
        if old is not None:
            rename[inc] = old
            used.add(old)
    return {event_id: rename.get(inc, inc) for event_id, inc in assignment.items()}


def _join_shared_reports(items: list[Item], out: dict[str, str]) -> dict[str, str]:
    """Incidents of one block (type and country) told by the same two or more reports are one
    happening that each report described in several sentences: join them."""
    docs: dict[str, set[str]] = defaultdict(set)
    block_of: dict[str, tuple[str | None, str]] = {}
    for it in items:
        docs[out[it.event_id]].add(it.doc_id)
        block_of[out[it.event_id]] = (it.country, it.group)
    parent = {inc: inc for inc in docs}

    def find(inc: str) -> str:
        while parent[inc] != inc:
            parent[inc] = parent[parent[inc]]
            inc = parent[inc]
        return inc

    by_pair: dict[tuple, str] = {}
    for inc in sorted(docs):
        reports = sorted(docs[inc])
        for i, a in enumerate(reports):
            for b in reports[i + 1 :]:
                key = (block_of[inc], a, b)
                if key in by_pair:
                    parent[find(inc)] = find(by_pair[key])
                else:
                    by_pair[key] = inc
    return {event_id: find(inc) for event_id, inc in out.items()}


# -- consensus ----------------------------------------------------------------------------------
def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def _actor_label(a: dict[str, Any]) -> str:
    return a.get("acled_actor") or a.get("name") or a.get("text") or ""


def _rank_actors(members: list[dict[str, Any]], role: str) -> list[dict[str, Any]]:
    """Actors in one role, most reported first (each report counts once per actor)."""
    seen: dict[str, dict[str, Any]] = {}
    docs: dict[str, set[str]] = defaultdict(set)
    worded: dict[str, bool] = {}
    for m in members:
        for a in m.get("actors", []):
            if a.get("role") != role or not (a.get("sector") or a.get("acled_actor") or a.get("inter")):
                continue
            key = (a.get("name") or a.get("text") or "").lower()
            if not key:
                continue
            seen.setdefault(key, {k: a.get(k) for k in ("name", "country", "sector", "acled_actor",
                                                         "inter")})
            docs[key].add(m["doc_id"])
            worded[key] = worded.get(key, False) or bool((a.get("text") or "").strip())
    # actors the reports name come before those filled in by convention (no words in the text)
    ranked = sorted(seen, key=lambda k: (not worded[k], -len(docs[k]), k))
    return [{**seen[k], "reports": len(docs[k])} for k in ranked]


def consensus(incident: str, members: list[dict[str, Any]], docs: dict[str, dict[str, Any]],
              lexicon: Lexicon | None = None, block: str | None = None) -> dict[str, Any]:
    """The incident record from its member events (dicts as :func:`load` gives) and their documents."""
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in members:
        by_doc[m["doc_id"]].append(m)
    anchor = members[0]

    types = Counter(m["plover_type"] for m in members)
    plover_type = max(types, key=lambda t: (types[t], t == anchor["plover_type"]))
    cameos = Counter(m["cameo_code"] for m in members if m["plover_type"] == plover_type)
    cameo_code = max(cameos, key=lambda c: (cameos[c], c)) if cameos else None
    acleds = Counter((m["acled_event_type"], m["acled_sub_event_type"]) for m in members
                     if m.get("acled_event_type"))
    acled = max(acleds, key=lambda k: (acleds[k], k)) if acleds else None

    # date: each report votes once, with its best-founded date
    votes: Counter = Counter()
    quality: dict[str, tuple[int, int]] = {}
    for dm in by_doc.values():
        best = min((m for m in dm if m.get("date")),
                   key=lambda m: (BASIS_RANK.get(m.get("date_basis"), 3),
                                  PRECISION_RANK.get(m.get("date_precision"), 3), m["date"]),
                   default=None)
        if best is None:
            continue
        votes[best["date"]] += 1
        q = (BASIS_RANK.get(best.get("date_basis"), 3), PRECISION_RANK.get(best.get("date_precision"), 3))
        quality[best["date"]] = min(quality.get(best["date"], q), q)
    date = min(votes, key=lambda d: (-votes[d], quality[d], d)) if votes else None
    date_member = next((m for m in members if m.get("date") == date), None)

    # place: the most specific one, then the most reported
    placed = [m for m in members if m.get("country")]
    place = None
    if placed:
        counts = Counter(m.get("geonameid") or m.get("location") for m in placed)
        place = min(placed, key=lambda m: (m.get("geo_precision") or 5,
                                           -counts[m.get("geonameid") or m.get("location")]))

    per_report = []
    for dm in by_doc.values():
        numbers = [m["fatalities"] for m in dm if m.get("fatalities") is not None]
        if numbers:
            per_report.append(max(numbers))

    ordered_docs = sorted(by_doc, key=lambda d: ((docs.get(d) or {}).get("published") or "9999", d))
    first, last = docs.get(ordered_docs[0]) or {}, docs.get(ordered_docs[-1]) or {}
    publications = []
    for d in ordered_docs:
        doc = docs.get(d) or {}
        label = doc.get("publication") or _host(doc.get("url")) or d
        if label not in publications:
            publications.append(label)

    framing = []
    for d in ordered_docs:
        doc = {"doc_id": d, **(docs.get(d) or {})}
        in_order = sorted(by_doc[d], key=lambda m: (m.get("sentence") or 0, m["event_id"]))
        framing.append(report_framing(doc, in_order, lexicon))
    tones = [f["tone"] for f in framing]
    sources, targets = _rank_actors(members, "source"), _rank_actors(members, "target")

    return {
        "incident_id": incident,
        "block": block,
        "plover_type": plover_type,
        "cameo_code": cameo_code,
        "acled": {"event_type": acled[0], "sub_event_type": acled[1]} if acled else None,
        "date": {
            "value": date,
            "precision": date_member.get("date_precision") if date_member else None,
            "support": votes[date] if date else 0,
            "start": _iso(date_member.get("date_start")) if date_member else None,
            "end": _iso(date_member.get("date_end")) if date_member else None,
            "reported": sorted(votes),
        },
        "location": None if place is None else {
            "name": place.get("location"), "country": place.get("country"), "admin1": place.get("admin1"),
            "lat": place.get("lat"), "lon": place.get("lon"), "precision": place.get("geo_precision"),
            "geonameid": place.get("geonameid"),
        },
        "fatalities": {"min": min(per_report) if per_report else None, "median": _median(per_report),
                       "max": max(per_report) if per_report else None, "reports": len(per_report)},
        "sources": sources,
        "targets": targets,
        "n_events": len(members),
        "n_documents": len(by_doc),
        "n_publications": len(publications),
        "publications": publications,
        "first_report": {"doc_id": ordered_docs[0], "published": first.get("published"),
                         "publication": first.get("publication"), "url": first.get("url")},
        "last_report": {"doc_id": ordered_docs[-1], "published": last.get("published"),
                        "publication": last.get("publication"), "url": last.get("url")},
        "tone": {"min": min(tones) if tones else None, "max": max(tones) if tones else None},
        "framing": framing,
        "anchor_event_id": anchor["event_id"],
        "event_ids": [m["event_id"] for m in members],
        "summary": anchor.get("text"),
    }


def _iso(day: Any) -> str | None:
    return str(day) if day else None


def _host(url: str | None) -> str | None:
    if not url or "//" not in url:
        return None
    return url.split("//", 1)[1].split("/", 1)[0] or None


# -- reading and writing the store ----------------------------------------------------------------
_EVENT_FIELDS = (
    "event_id", "doc_id", "plover_type", "cameo_code", "acled_event_type", "acled_sub_event_type",
    "country", "admin1", "location", "lat", "lon", "geo_precision", "geonameid", "date", "date_precision",
    "date_basis", "date_start", "date_end", "fatalities", "negated", "hypothetical", "future",
    "trigger_text", "text", "is_primary", "confidence", "sentence",
)


def _block_condition(blocks: Iterable[tuple[str, str]] | None, rules: Rules) -> tuple[str, list[Any]]:
    if blocks is None:
        return "TRUE", []
    conds, params = [], []
    for country, group in sorted(set(blocks)):
        types = rules.group_types(group)
        conds.append(f"(e.country = ? AND e.plover_type IN ({', '.join('?' * len(types))}))")
        params.extend([country, *types])
    return ("(" + " OR ".join(conds) + ")") if conds else "FALSE", params


def load(con: Any, where: str = "TRUE", params: list[Any] | None = None
         ) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """Events (with their actors) and their documents, as dicts, for the events matching ``where``."""
    params = params or []
    cols = ", ".join(f"e.{c}" for c in _EVENT_FIELDS)
    rows = con.execute(f"SELECT {cols} FROM events e WHERE {where}", params).fetchall()
    events = [dict(zip(_EVENT_FIELDS, r, strict=True)) for r in rows]
    by_id = {ev["event_id"]: ev for ev in events}
    for ev in events:
        ev["actors"] = []
    actor_rows = con.execute(
        "SELECT x.event_id, x.role, x.text, x.name, x.country, x.sector, x.acled_actor, x.inter"
        f" FROM event_actors x JOIN events e ON e.event_id = x.event_id WHERE {where}"
        " ORDER BY x.event_id, x.role, x.position", params).fetchall()
    for eid, role, text, name, country, sector, acled_actor, inter in actor_rows:
        ev = by_id.get(eid)
        if ev is not None:
            ev["actors"].append({"role": role, "text": text, "name": name, "country": country,
                                 "sector": sector, "acled_actor": acled_actor, "inter": inter})
    doc_rows = con.execute(
        "SELECT d.doc_id, d.publication, d.published, d.url, d.title FROM documents d"
        f" WHERE d.doc_id IN (SELECT DISTINCT e.doc_id FROM events e WHERE {where})", params).fetchall()
    docs = {r[0]: {"publication": r[1], "published": r[2], "url": r[3], "title": r[4]} for r in doc_rows}
    return events, docs


def eligible(ev: dict[str, Any], rules: Rules) -> bool:
    """Whether an event takes part in incidents at all."""
    if rules.skip_negated and ev.get("negated"):
        return False
    if rules.skip_hypothetical and ev.get("hypothetical"):
        return False
    if rules.skip_future and ev.get("future"):
        return False
    return not (rules.need_country and not ev.get("country"))


def to_item(ev: dict[str, Any], rules: Rules) -> Item:
    """The clustering view of one loaded event (published-basis dates look back a few days)."""
    start, end = ev.get("date_start"), ev.get("date_end")
    lo = start.toordinal() if start else None
    hi = end.toordinal() if end else None
    if lo is not None and ev.get("date_basis") == "published":
        lo -= rules.published_lookback_days
    sources = actor_keys((a for a in ev["actors"] if a["role"] == "source"), rules)
    targets = actor_keys((a for a in ev["actors"] if a["role"] == "target"), rules)
    return Item(ev["event_id"], ev["doc_id"], rules.group(ev["plover_type"]), ev.get("country"), lo, hi,
                ev.get("lat"), ev.get("lon"), ev.get("geo_precision"), ev.get("admin1"),
                ev.get("geonameid"), sources, targets)


@dataclass
class BuildSummary:
    """What :func:`build` did."""

    events: int = 0
    eligible: int = 0
    incidents: int = 0
    multi_report: int = 0
    changed: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


def build(store: Any, blocks: Iterable[tuple[str, str]] | None = None, rules: Rules | None = None,
          lexicon: Lexicon | None = None) -> BuildSummary:
    """(Re)build incidents for the whole store, or only for the given (country, type group) blocks.

    Blocks are independent, so rebuilding the blocks that new documents touched gives the same
    result as rebuilding everything. Needs a read-write store.
    """
    import pandas as pd

    rules = rules or default_rules()
    summary = BuildSummary()
    t0 = time.perf_counter()
    con = store.con
    blocks = None if blocks is None else {(c, g) for c, g in blocks if c}
    where, params = _block_condition(blocks, rules)
    events, docs = load(con, where, params)
    summary.events = len(events)
    t1 = time.perf_counter()

    chosen = [ev for ev in events if eligible(ev, rules)]
    summary.eligible = len(chosen)
    items = [to_item(ev, rules) for ev in chosen]
    assignment = cluster(items, rules)
    previous = dict(con.execute(f"SELECT e.event_id, e.incident_id FROM events e WHERE {where}",
                                params).fetchall())
    assignment = kept_ids(assignment, previous)
    t2 = time.perf_counter()

    members: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_id = {ev["event_id"]: ev for ev in chosen}
    order = sorted(items, key=lambda it: (it.lo if it.lo is not None else 10**9, it.event_id))
    for it in order:
        members[assignment[it.event_id]].append(by_id[it.event_id])
    # the anchor (the event that opened the incident) first
    for inc, ms in members.items():
        ms.sort(key=lambda m: incident_id(m["event_id"]) != inc)
    records = []
    for inc, ms in members.items():
        block = f"{ms[0]['country']}|{rules.group(ms[0]['plover_type'])}"
        records.append(consensus(inc, ms, docs, lexicon, block=block))
    summary.incidents = len(records)
    summary.multi_report = sum(1 for r in records if r["n_documents"] > 1)
    t3 = time.perf_counter()

    mapping = pd.DataFrame({"event_id": [ev["event_id"] for ev in events],
                            "incident_id": [assignment.get(ev["event_id"]) for ev in events]},
                           dtype="object")
    rows = pd.DataFrame([_incident_row(r) for r in records], columns=_INCIDENT_ROW)
    con.execute("BEGIN TRANSACTION")
    try:
        con.register("_chronica_mapping", mapping)
        summary.changed = con.execute(
            "SELECT count(*) FROM events e JOIN _chronica_mapping m ON e.event_id = m.event_id"
            " WHERE e.incident_id IS DISTINCT FROM m.incident_id").fetchone()[0]
        con.execute(
            "UPDATE events SET incident_id = m.incident_id,"
            " record = regexp_replace(events.record, '\"incident_id\": *(null|\"[^\"]*\")',"
            " '\"incident_id\": ' || coalesce(to_json(m.incident_id)::VARCHAR, 'null'))"
            " FROM _chronica_mapping m WHERE events.event_id = m.event_id"
            " AND events.incident_id IS DISTINCT FROM m.incident_id")
        if blocks is None:
            con.execute("DELETE FROM incidents")
        else:
            keys = [f"{c}|{g}" for c, g in blocks]
            if keys:
                con.execute(f"DELETE FROM incidents WHERE block IN ({', '.join('?' * len(keys))})", keys)
        if len(rows):
            con.register("_chronica_incidents", rows)
            con.execute(f"INSERT INTO incidents ({', '.join(_INCIDENT_ROW)}) "
                        f"SELECT {', '.join(_INCIDENT_ROW)} FROM _chronica_incidents")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        for name in ("_chronica_mapping", "_chronica_incidents"):
            try:
                con.unregister(name)
            except Exception:  # noqa: BLE001 - not registered when the build failed early
                pass
    t4 = time.perf_counter()
    summary.seconds = {"load": round(t1 - t0, 3), "cluster": round(t2 - t1, 3),
                       "consensus": round(t3 - t2, 3), "write": round(t4 - t3, 3),
                       "total": round(t4 - t0, 3)}
    return summary


def blocks_of(records: Iterable[dict[str, Any]], rules: Rules | None = None) -> set[tuple[str, str]]:
    """The (country, type group) blocks that event records fall in."""
    rules = rules or default_rules()
    out = set()
    for rec in records:
        country = (rec.get("location") or {}).get("country")
        if country:
            out.add((country, rules.group(rec["plover"]["type"])))
    return out


_INCIDENT_ROW = [
    "incident_id", "block", "plover_type", "cameo_code", "acled_event_type", "acled_sub_event_type",
    "date", "date_precision", "date_support", "date_start", "date_end", "country", "admin1", "location",
    "lat", "lon", "geo_precision", "geonameid", "fatalities_min", "fatalities_median", "fatalities_max",
    "n_events", "n_documents", "n_publications", "first_report", "last_report", "first_doc_id",
    "last_doc_id", "sources", "targets", "publications", "anchor_event_id", "tone_min", "tone_max",
    "record",
]


def _incident_row(r: dict[str, Any]) -> list[Any]:
    loc = r["location"] or {}
    acled = r["acled"] or {}
    return [
        r["incident_id"], r["block"], r["plover_type"], r["cameo_code"], acled.get("event_type"),
        acled.get("sub_event_type"), r["date"]["value"], r["date"]["precision"], r["date"]["support"],
        r["date"]["start"], r["date"]["end"], loc.get("country"), loc.get("admin1"), loc.get("name"),
        loc.get("lat"), loc.get("lon"), loc.get("precision"), loc.get("geonameid"),
        r["fatalities"]["min"], r["fatalities"]["median"], r["fatalities"]["max"],
        r["n_events"], r["n_documents"], r["n_publications"],
        r["first_report"]["published"], r["last_report"]["published"], r["first_report"]["doc_id"],
        r["last_report"]["doc_id"], [a["name"] or a["acled_actor"] or "" for a in r["sources"]],
        [a["name"] or a["acled_actor"] or "" for a in r["targets"]], r["publications"],
        r["anchor_event_id"], r["tone"]["min"], r["tone"]["max"],
        json.dumps(r, ensure_ascii=False, default=str),
    ]
