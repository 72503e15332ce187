"""ACLED export: ACLED's CSV columns and conventions, one row per incident.

ACLED records a happening once, whatever the number of reports, so this export writes one row per
incident (an event not yet grouped counts as an incident of its own). The conventions followed:

- columns and their order are those of ACLED's 2020 export (``columns_2020_export`` in the team's
  acled.yaml);
- ``event_date`` is written "22 April 1997" (day, full month name, four-digit year), the form of
  ACLED's data export tool; ``year`` and ``time_precision`` (1 the day is known; 3 only the month,
  the 15th is written) follow it. Incidents known only to the year are left out, as ACLED does;
- ``actor1``/``actor2`` are ACLED actor names (``acled_actor``); further actors on a side go to
  ``assoc_actor_1``/``assoc_actor_2`` joined with "; ". With no named perpetrator, violent events get
  "Unidentified Armed Group (<Country>)", protests "Protesters (<Country>)", riots "Rioters
  (<Country>)"; violence against civilians without a named victim gets "Civilians (<Country>)";
- ``inter1``/``inter2`` are ACLED actor type codes, ``interaction`` follows acled.yaml's rule
  (smaller code first; inter1 * 10 when there is no actor2);
- ``geo_precision`` 1-3; a place known only to the country is written with precision 3;
- ``fatalities`` is the lowest figure any report gives (ACLED's conservative rule), 0 when none does;
- ``source`` lists the publications that reported the incident; ``notes`` is the sentence of the
  incident's first event, with the range of reported fatalities when reports disagree;
- only events with an ACLED type, and not negated, hypothetical or future.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from functools import cache
from importlib import resources
from typing import IO, TYPE_CHECKING, Any

from chronica import yamlio
from chronica.incidents import consensus, default_rules, eligible, incident_id, load
from chronica.store import Store, event_where, incident_where

if TYPE_CHECKING:
    from chronica.export import ExportFilter

COLUMNS = [
    "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp", "iso3",
]

_DEFAULT_ACTOR1 = {
    "Battles": ("Unidentified Armed Group ({})", 3),
    "Explosions/Remote violence": ("Unidentified Armed Group ({})", 3),
    "Violence against civilians": ("Unidentified Armed Group ({})", 3),
    "Protests": ("Protesters ({})", 6),
    "Riots": ("Rioters ({})", 5),
}


@cache
def regions() -> dict[str, str]:
    """ISO alpha-3 -> ACLED region name."""
    text = resources.files("chronica.export").joinpath("data", "acled_regions.yaml").read_text("utf-8")
    return {iso3: region for region, codes in (yamlio.safe_load(text) or {}).items() for iso3 in codes}


@cache
def country_names() -> dict[str, str]:
    """ISO alpha-3 -> the short English name ACLED-style labels use (from the actor dictionaries)."""
    from chronica.actors.data import package_file

    return {c["iso3"]: c["name"] for c in package_file("countries").get("countries", []) if c.get("iso3")}


@cache
def iso_numeric(iso3: str) -> int:
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    return int(country.numeric) if country else 0


def interaction(inter1: int, inter2: int) -> int:
    """ACLED's interaction code: the two actor types, smaller first; inter1 * 10 with no actor2."""
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def _name(actor: dict[str, Any]) -> str:
    return actor.get("acled_actor") or actor.get("name") or ""


def _rival_crowd(actor: dict[str, Any]) -> bool:
    """The other crowd of a fight among crowds, Rioters as the first side is ("rival fans fought": ACLED
    writes Rioters against Rioters)."""
    return int(actor.get("inter") or 0) == 5 and _name(actor).startswith("Rioters")


def _rival_group(rec: dict[str, Any]) -> bool:
    """One armed group named as both sides of a battle ("clashes between two clans": ACLED writes the clan
    militia against the clan militia; vac28): the same words on each side."""
    sources, targets = rec.get("sources") or [], rec.get("targets") or []
    if (rec.get("acled") or {}).get("event_type") != "Battles" or not len(sources) == len(targets) == 1:
        return False
    source, target = sources[0], targets[0]
    if bool(source.get("text")) and source.get("text") == target.get("text"):
        return True
    return _rival_named(source, target)


def _rival_named(source: dict[str, Any], target: dict[str, Any]) -> bool:
    """'members of a gang shot dead a rival gang member', '... by members of a rival gang': a non-state
    group's men whose rivals, so called on either side, get the same ACLED name (an unidentified gang on each
    side; vac30b)."""
    words = f" {(source.get('text') or '').lower()} {(target.get('text') or '').lower()} "
    return (_name(source) == _name(target) and int(source.get("inter") or 0) in (2, 3, 4)
            and any(f" {w} " in words for w in ("rival", "rivals", "another", "other")))


def _sides(rec: dict[str, Any], country: str) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(name, inter) for each side, ACLED names first-seen, without repeats across sides."""
    from chronica.ontology.acled import acled_sides

    seen: set[str] = set()
    sides = []
    event_type = (rec.get("acled") or {}).get("event_type")
    ordered = acled_sides(event_type, rec.get("sources") or [], rec.get("targets") or [],
                          lambda a: int(a.get("inter") or 0), (rec.get("acled") or {}).get("sub_event_type"),
                          lambda a: a.get("country"))
    for n, actors in enumerate(ordered):
        side = []
        for a in actors:
            name = _name(a)
            if name and (name not in seen or n == 1 and (_rival_crowd(a) or _rival_group(rec))
                         and (name, int(a.get("inter") or 0)) not in side):
                seen.add(name)
                side.append((name, int(a.get("inter") or 0)))
        sides.append(side)
    first, second = sides
    if not first and second and event_type not in _DEFAULT_ACTOR1:
        first, second = second[:1], second[1:]
    if not first and event_type in _DEFAULT_ACTOR1:
        pattern, inter = _DEFAULT_ACTOR1[event_type]
        first = [(pattern.format(country), inter)]
    if not second and event_type == "Violence against civilians":
        second = [(f"Civilians ({country})", 7)]
    return first, second


def acled_day(rec: dict[str, Any]) -> tuple[dt.date, int] | None:
    """The day ACLED would record and its time_precision (None when the date is too vague)."""
    date = rec.get("date") or {}
    value, precision = date.get("value") or "", date.get("precision")
    if precision == "day" and len(value) >= 10:
        return dt.date.fromisoformat(value[:10]), 1
    if precision == "month" and len(value) >= 7:
        return dt.date.fromisoformat(value[:7] + "-15"), 3
    return None


def row(rec: dict[str, Any], number: int, per_country: int, timestamp: int | None) -> dict[str, Any] | None:
    """One ACLED row from an incident record, or None when it cannot be one."""
    acled = rec.get("acled") or {}
    loc = rec.get("location") or {}
    iso3 = loc.get("country")
    when = acled_day(rec)
    if not acled.get("event_type") or when is None or not iso3:
        return None
    day, time_precision = when
    country = country_names().get(iso3, iso3)
    first, second = _sides(rec, country)
    inter1 = first[0][1] if first else 0
    inter2 = second[0][1] if second else 0
    fat = rec.get("fatalities") or {}
    notes = (rec.get("summary") or "").strip()
    if fat.get("min") is not None and fat.get("max") != fat.get("min"):
        notes += f" [fatalities reported: {fat['min']}-{fat['max']} across {fat['reports']} reports]"
    precision_geo = loc.get("precision") or 3
    return {
        "data_id": number,
        "iso": iso_numeric(iso3),
        "event_id_cnty": f"{iso3}{per_country}",
        "event_id_no_cnty": per_country,
        "event_date": f"{day.day:02d} {day:%B} {day.year}",
        "year": day.year,
        "time_precision": time_precision,
        "event_type": acled["event_type"],
        "sub_event_type": acled.get("sub_event_type") or "",
        "actor1": first[0][0] if first else "",
        "assoc_actor_1": "; ".join(n for n, _ in first[1:]),
        "inter1": inter1,
        "actor2": second[0][0] if second else "",
        "assoc_actor_2": "; ".join(n for n, _ in second[1:]),
        "inter2": inter2,
        "interaction": interaction(inter1, inter2) if first else "",
        "region": regions().get(iso3, ""),
        "country": country,
        "admin1": loc.get("admin1") or "",
        "admin2": "",
        "admin3": "",
        "location": loc.get("name") or country,
        "latitude": "" if loc.get("lat") is None else f"{loc['lat']:.4f}",
        "longitude": "" if loc.get("lon") is None else f"{loc['lon']:.4f}",
        "geo_precision": min(int(precision_geo), 3),
        "source": "; ".join(rec.get("publications") or []),
        "source_scale": "",
        "notes": notes,
        "fatalities": fat.get("min") or 0,
        "timestamp": timestamp if timestamp is not None else "",
        "iso3": iso3,
    }


def incident_records(store: Store, filters: ExportFilter) -> list[dict[str, Any]]:
    """Incident records for the export: built incidents, plus ungrouped events as incidents of one."""
    con = store.cursor()
    where, params = incident_where(filters.incidents())
    out = [json.loads(r) for (r,) in con.execute(
        f"SELECT i.record FROM incidents i WHERE {where} AND i.acled_event_type IS NOT NULL", params
    ).fetchall()]
    ev_where, ev_params = event_where(filters.events())
    events, docs = load(con, f"{ev_where} AND e.incident_id IS NULL AND e.acled_event_type IS NOT NULL",
                        ev_params)
    rules = default_rules()
    for ev in events:
        if eligible(ev, rules):
            out.append(consensus(incident_id(ev["event_id"]), [ev], docs))
    dated = [(acled_day(r), r) for r in out]
    dated = [(when, r) for when, r in dated if when is not None]
    dated.sort(key=lambda x: (x[0][0], x[1]["incident_id"]))
    return [r for _, r in dated]


def write(store: Store, out: IO[str], filters: ExportFilter) -> int:
    stamps = dict(store.cursor().execute(
        "SELECT doc_id, CAST(epoch(coded_at) AS BIGINT) FROM documents").fetchall())
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    n = 0
    per_country: dict[str, int] = {}
    for rec in incident_records(store, filters):
        iso3 = (rec.get("location") or {}).get("country") or ""
        stamp = stamps.get((rec.get("last_report") or {}).get("doc_id"))
        r = row(rec, n + 1, per_country.get(iso3, 0) + 1, stamp)
        if r is None:
            continue
        per_country[iso3] = per_country.get(iso3, 0) + 1
        writer.writerow(r)
        n += 1
    return n
