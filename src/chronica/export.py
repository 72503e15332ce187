"""Write stored records: events as JSONL or CSV, documents as JSONL."""

from __future__ import annotations

import csv
import json
from typing import IO, Any

from chronica.store import Store

CSV_COLUMNS = [
    "event_id", "doc_id", "primary", "sentence", "trigger", "plover_type", "plover_mode",
    "cameo_code", "quad_class", "goldstein", "acled_event_type", "acled_sub_event_type",
    "source", "source_country", "source_sector", "target", "target_country", "target_sector",
    "location", "country", "admin1", "latitude", "longitude", "geo_precision",
    "date", "date_precision", "date_basis", "fatalities", "injured", "arrested", "size",
    "negated", "hypothetical", "future", "reported", "confidence", "incident_id", "text",
]


def write(store: Store, fmt: str, out: IO[str]) -> int:
    """Write every record in ``fmt`` (jsonl, csv or documents); return how many."""
    if fmt == "documents":
        n = 0
        for rec in store.documents():
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt == "jsonl":
        n = 0
        for rec in store.events():
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        n = 0
        for rec in store.events():
            writer.writerow(flat(rec))
            n += 1
        return n
    raise ValueError(f"unknown export format {fmt!r}")


def _join(actors: list[dict[str, Any]], key: str) -> str:
    return "; ".join(str(a.get(key) or "") for a in actors)


def flat(rec: dict[str, Any]) -> dict[str, Any]:
    """One event record as a flat CSV row."""
    loc = rec["location"] or {}
    acled = rec["acled"] or {}
    return {
        "event_id": rec["event_id"], "doc_id": rec["doc_id"], "primary": rec["primary"],
        "sentence": rec["sentence"], "trigger": rec["trigger"]["text"],
        "plover_type": rec["plover"]["type"], "plover_mode": rec["plover"]["mode"],
        "cameo_code": rec["cameo"]["code"], "quad_class": rec["cameo"]["quad_class"],
        "goldstein": rec["cameo"]["goldstein"],
        "acled_event_type": acled.get("event_type"), "acled_sub_event_type": acled.get("sub_event_type"),
        "source": "; ".join(a["name"] or a["text"] for a in rec["source"]),
        "source_country": _join(rec["source"], "country"),
        "source_sector": _join(rec["source"], "sector"),
        "target": "; ".join(a["name"] or a["text"] for a in rec["target"]),
        "target_country": _join(rec["target"], "country"),
        "target_sector": _join(rec["target"], "sector"),
        "location": loc.get("name"), "country": loc.get("country"), "admin1": loc.get("admin1"),
        "latitude": loc.get("lat"), "longitude": loc.get("lon"), "geo_precision": loc.get("precision"),
        "date": rec["date"]["value"], "date_precision": rec["date"]["precision"],
        "date_basis": rec["date"]["basis"],
        "fatalities": rec["fatalities"], "injured": rec["injured"], "arrested": rec["arrested"],
        "size": rec["size"],
        **{k: rec["modality"][k] for k in ("negated", "hypothetical", "future", "reported")},
        "confidence": rec["confidence"], "incident_id": rec["incident_id"], "text": rec["text"],
    }
