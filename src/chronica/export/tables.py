"""The plain formats: event records as JSON lines, flat rows as CSV or Parquet, documents."""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any

from chronica.store import Store, event_where

if TYPE_CHECKING:
    from chronica.export import ExportFilter

CSV_COLUMNS = [
    "event_id", "doc_id", "primary", "sentence", "trigger", "plover_type", "plover_mode",
    "cameo_code", "quad_class", "goldstein", "acled_event_type", "acled_sub_event_type",
    "source", "source_country", "source_sector", "target", "target_country", "target_sector",
    "location", "country", "admin1", "latitude", "longitude", "geo_precision",
    "date", "date_precision", "date_basis", "fatalities", "injured", "arrested", "size",
    "negated", "hypothetical", "future", "reported", "confidence", "incident_id", "text",
    "publication", "published", "url",
]


def records(store: Store, filters: ExportFilter) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Matching event records with their document's publication, date and url, in document order."""
    where, params = event_where(filters.events())
    cur = store.cursor().execute(
        "SELECT e.record, d.publication, d.published, d.url, d.title, d.coded_at FROM events e"
        f" LEFT JOIN documents d USING (doc_id) WHERE {where} ORDER BY e.doc_id, e.sentence, e.event_id",
        params)
    while batch := cur.fetchmany(1000):
        for raw, publication, published, url, title, coded_at in batch:
            yield json.loads(raw), {"publication": publication, "published": published, "url": url,
                                    "title": title, "coded_at": coded_at}


def write_jsonl(store: Store, out: IO[str], filters: ExportFilter) -> int:
    n = 0
    for rec, _ in records(store, filters):
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_documents(store: Store, out: IO[str], filters: ExportFilter) -> int:
    where, params = filters.documents()
    cur = store.cursor().execute(
        "SELECT d.doc_id, d.url, d.title, d.publication, d.published, d.author, d.language, d.text,"
        f" d.status, d.problems FROM documents d WHERE {where} ORDER BY d.doc_id", params)
    names = [c[0] for c in cur.description]
    n = 0
    while batch := cur.fetchmany(1000):
        for row in batch:
            rec = dict(zip(names, row, strict=True))
            rec["problems"] = list(rec["problems"] or [])
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


def _join(actors: list[dict[str, Any]], key: str) -> str:
    return "; ".join(str(a.get(key) or "") for a in actors)


def flat(rec: dict[str, Any], doc: dict[str, Any] | None = None) -> dict[str, Any]:
    """One event record as a flat CSV row."""
    loc = rec["location"] or {}
    acled = rec["acled"] or {}
    doc = doc or {}
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
        "publication": doc.get("publication"), "published": doc.get("published"), "url": doc.get("url"),
    }


def write_csv(store: Store, out: IO[str], filters: ExportFilter) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    n = 0
    for rec, doc in records(store, filters):
        writer.writerow(flat(rec, doc))
        n += 1
    return n


# Parquet keeps the flat columns with their types; actors are lists rather than "; "-joined text.
_PARQUET_SELECT = """
SELECT e.event_id, e.doc_id, e.is_primary AS "primary", e.sentence, e.trigger_text AS "trigger",
       e.plover_type, e.plover_mode, e.cameo_code, e.quad_class, e.goldstein,
       e.acled_event_type, e.acled_sub_event_type,
       e.source_names AS source, e.source_countries AS source_country,
       e.target_names AS target, e.target_countries AS target_country,
       e.location, e.country, e.admin1, e.lat AS latitude, e.lon AS longitude, e.geo_precision,
       e.geonameid, e.date, e.date_precision, e.date_basis, e.date_start, e.date_end,
       e.fatalities, e.injured, e.arrested, e.size,
       e.negated, e.hypothetical, e.future, e.reported, e.confidence, e.incident_id, e.text,
       d.publication, d.published, d.url
FROM events e LEFT JOIN documents d USING (doc_id)
"""


def write_parquet(store: Store, out: IO[bytes], filters: ExportFilter) -> int:
    """Write through DuckDB's own Parquet writer (no pyarrow needed)."""
    where, params = event_where(filters.events())
    cur = store.cursor()
    frame = cur.execute(f"{_PARQUET_SELECT} WHERE {where} ORDER BY e.doc_id, e.sentence, e.event_id",
                        params).df()
    fd, tmp = tempfile.mkstemp(suffix=".parquet")
    os.close(fd)
    try:
        cur.register("_chronica_export", frame)
        cur.execute(f"COPY (SELECT * FROM _chronica_export) TO '{_sql_path(tmp)}' (FORMAT parquet)")
        cur.unregister("_chronica_export")
        with open(tmp, "rb") as f:
            while chunk := f.read(1 << 20):
                out.write(chunk)
    finally:
        os.unlink(tmp)
    return len(frame)


def _sql_path(path: str) -> str:
    return path.replace("'", "''")
