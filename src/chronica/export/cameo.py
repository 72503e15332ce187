"""CAMEO export: a Phoenix-style tab-separated table, one row per event (dyad).

Columns follow the Phoenix data set's layout: EventID, Date (YYYYMMDD; YYYYMM or YYYY when only the
month or year is known), Year, Month, Day, then for the source and the target actor the full CAMEO
code (country + role: "PERGOV"; "---REB" for an actor without a country), its entity (country)
and role parts and the canonical name, then EventCode, EventRootCode, QuadClass (the GDELT quad of
the CAMEO root, as in the event record), GoldsteinScore, place (name, admin1, country, lat, lon),
the sentence index, URL, publication, and chronica's IncidentID.

Each event gives one row with its first source and first target actor. Negated, hypothetical and
future events are left out (a Phoenix row asserts that the event happened).
"""

from __future__ import annotations

import csv
from typing import IO, TYPE_CHECKING, Any

from chronica.export.tables import records
from chronica.store import Store

if TYPE_CHECKING:
    from chronica.export import ExportFilter

COLUMNS = [
    "EventID", "Date", "Year", "Month", "Day",
    "SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorName",
    "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorName",
    "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore",
    "LocationName", "StateName", "CountryCode", "Lat", "Lon",
    "SentenceID", "URLs", "NewsSources", "IncidentID",
]


def actor_code(actor: dict[str, Any] | None) -> tuple[str, str, str, str]:
    """(full code, entity, role, name) for one actor; empty strings when there is none."""
    if not actor:
        return "", "", "", ""
    country = actor.get("country") or ""
    sector = actor.get("sector") or ""
    full = (country or ("---" if sector else "")) + sector
    return full, country, sector, actor.get("name") or actor.get("text") or ""


def row(rec: dict[str, Any], doc: dict[str, Any]) -> dict[str, Any]:
    value = rec["date"]["value"] or ""
    parts = value.split("-") + ["", "", ""]
    src = actor_code((rec.get("source") or [None])[0])
    tgt = actor_code((rec.get("target") or [None])[0])
    loc = rec.get("location") or {}
    code = rec["cameo"]["code"] or ""
    return {
        "EventID": rec["event_id"], "Date": value.replace("-", ""),
        "Year": parts[0], "Month": parts[1], "Day": parts[2],
        "SourceActorFull": src[0], "SourceActorEntity": src[1], "SourceActorRole": src[2],
        "SourceActorName": src[3],
        "TargetActorFull": tgt[0], "TargetActorEntity": tgt[1], "TargetActorRole": tgt[2],
        "TargetActorName": tgt[3],
        "EventCode": code, "EventRootCode": code[:2], "QuadClass": rec["cameo"].get("quad_class"),
        "GoldsteinScore": rec["cameo"].get("goldstein"),
        "LocationName": loc.get("name") or "", "StateName": loc.get("admin1") or "",
        "CountryCode": loc.get("country") or "",
        "Lat": "" if loc.get("lat") is None else loc["lat"],
        "Lon": "" if loc.get("lon") is None else loc["lon"],
        "SentenceID": f"{rec['doc_id']}-{rec.get('sentence')}",
        "URLs": doc.get("url") or "", "NewsSources": doc.get("publication") or "",
        "IncidentID": rec.get("incident_id") or "",
    }


def _clean(value: Any) -> Any:
    return value.replace("\t", " ").replace("\n", " ") if isinstance(value, str) else value


def write(store: Store, out: IO[str], filters: ExportFilter) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n",
                            quoting=csv.QUOTE_NONE, escapechar="\\")
    writer.writeheader()
    n = 0
    for rec, doc in records(store, filters):
        mod = rec.get("modality") or {}
        if mod.get("negated") or mod.get("hypothetical") or mod.get("future"):
            continue
        writer.writerow({k: _clean(v) for k, v in row(rec, doc).items()})
        n += 1
    return n
