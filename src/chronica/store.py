"""The DuckDB store: documents and events on disk, written per document, read as records."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

from chronica.record import Document, Event, to_dict

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY,
    url VARCHAR, title VARCHAR, publication VARCHAR, published VARCHAR, author VARCHAR,
    language VARCHAR, text VARCHAR, status VARCHAR, problems VARCHAR[], path VARCHAR,
    coded_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR,
    is_primary BOOLEAN,
    sentence INTEGER,
    trigger_text VARCHAR,
    plover_type VARCHAR, plover_mode VARCHAR,
    cameo_code VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    acled_event_type VARCHAR, acled_sub_event_type VARCHAR,
    source_names VARCHAR[], source_countries VARCHAR[],
    target_names VARCHAR[], target_countries VARCHAR[],
    country VARCHAR, admin1 VARCHAR, location VARCHAR, lat DOUBLE, lon DOUBLE, geo_precision INTEGER,
    date VARCHAR, date_precision VARCHAR, date_basis VARCHAR,
    fatalities INTEGER, injured INTEGER, arrested INTEGER, size INTEGER,
    negated BOOLEAN, hypothetical BOOLEAN, future BOOLEAN, reported BOOLEAN,
    confidence DOUBLE,
    incident_id VARCHAR,
    record JSON
);
CREATE INDEX IF NOT EXISTS events_doc ON events (doc_id);
"""


class Store:
    """A chronica database file. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise FileNotFoundError(f"no chronica database at {self.path}")
        self.con = duckdb.connect(str(self.path), read_only=read_only)
        if not read_only:
            self.con.execute(SCHEMA)
            self.con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- writes -------------------------------------------------------------------------------
    def has(self, doc_id: str) -> bool:
        """Whether a document was already coded or recorded."""
        row = self.con.execute(
            "SELECT status FROM documents WHERE doc_id = ?", [doc_id]
        ).fetchone()
        return row is not None and row[0] in ("coded", "skipped")

    def write(self, document: Document, events: list[Event]) -> None:
        """Store a document with its events, replacing any earlier coding of it."""
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("DELETE FROM events WHERE doc_id = ?", [document.doc_id])
            con.execute(
                "INSERT OR REPLACE INTO documents (doc_id, url, title, publication, published, author,"
                " language, text, status, problems, path) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [document.doc_id, document.url, document.title, document.publication,
                 document.published, document.author, document.language, document.text,
                 document.status, list(document.problems), document.path],
            )
            if events:
                con.executemany(
                    "INSERT OR REPLACE INTO events VALUES "
                    "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [_row(ev) for ev in events],
                )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def record_failure(self, document: Document) -> None:
        """Keep a failed or skipped input in the documents table, with its reason."""
        self.con.execute(
            "INSERT OR REPLACE INTO documents (doc_id, url, title, publication, published, author,"
            " language, text, status, problems, path) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [document.doc_id, document.url, document.title, document.publication,
             document.published, document.author, document.language, document.text,
             document.status, list(document.problems), document.path],
        )

    # -- reads --------------------------------------------------------------------------------
    def events(self, where: str = "", params: list[Any] | None = None) -> Iterator[dict[str, Any]]:
        """Event records (the contract's JSON), in document and sentence order."""
        sql = "SELECT record FROM events"
        if where:
            sql += " WHERE " + where
        sql += " ORDER BY doc_id, sentence, event_id"
        for (record,) in self.con.execute(sql, params or []).fetchall():
            yield json.loads(record)

    def documents(self) -> Iterator[dict[str, Any]]:
        """Document records (the contract's fields), in id order."""
        cur = self.con.execute(
            "SELECT doc_id, url, title, publication, published, author, language, text, status,"
            " problems FROM documents ORDER BY doc_id"
        )
        names = [d[0] for d in cur.description]
        for row in cur.fetchall():
            rec = dict(zip(names, row, strict=True))
            rec["problems"] = list(rec["problems"] or [])
            yield rec

    def query(self, sql: str, params: list[Any] | None = None) -> list[tuple]:
        """Run a read query and return its rows."""
        return self.con.execute(sql, params or []).fetchall()


def _row(ev: Event) -> list[Any]:
    rec = to_dict(ev)
    loc = ev.location
    return [
        ev.event_id, ev.doc_id, ev.primary, ev.sentence, ev.trigger.text,
        ev.plover["type"], ev.plover["mode"],
        ev.cameo["code"], ev.cameo["quad_class"], ev.cameo["goldstein"],
        ev.acled["event_type"] if ev.acled else None,
        ev.acled["sub_event_type"] if ev.acled else None,
        [a.name or a.text for a in ev.source], [a.country for a in ev.source if a.country],
        [a.name or a.text for a in ev.target], [a.country for a in ev.target if a.country],
        loc.country if loc else None, loc.admin1 if loc else None, loc.name if loc else None,
        loc.lat if loc else None, loc.lon if loc else None, loc.precision if loc else None,
        ev.date.value, ev.date.precision, ev.date.basis,
        ev.fatalities, ev.injured, ev.arrested, ev.size,
        ev.modality.negated, ev.modality.hypothetical, ev.modality.future, ev.modality.reported,
        ev.confidence, ev.incident_id, json.dumps(rec, ensure_ascii=False),
    ]
