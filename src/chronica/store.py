"""The DuckDB store: documents, events, actors, places and incidents on disk.

Writes go per document (:meth:`Store.write`); reads come back as records (:meth:`Store.events`),
as parameterised SQL over the flat columns (:func:`event_where`), or as pandas DataFrames through
:class:`Database` (what :func:`chronica.open_store` returns).

The file carries a ``schema_version`` in its ``meta`` table. Opening an older file read-write runs
the migrations in :data:`MIGRATIONS` in order; opening it read-only raises :class:`StoreError`
with the command that upgrades it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from chronica.record import Document, Event, to_dict

if TYPE_CHECKING:
    import pandas as pd

SCHEMA_VERSION = 2

# The columns of version 1, in their original order; version 2 appends EVENT_COLUMNS_V2.
EVENT_COLUMNS_V1 = (
    "event_id", "doc_id", "is_primary", "sentence", "trigger_text", "plover_type", "plover_mode",
    "cameo_code", "quad_class", "goldstein", "acled_event_type", "acled_sub_event_type",
    "source_names", "source_countries", "target_names", "target_countries",
    "country", "admin1", "location", "lat", "lon", "geo_precision",
    "date", "date_precision", "date_basis", "fatalities", "injured", "arrested", "size",
    "negated", "hypothetical", "future", "reported", "confidence", "incident_id", "record",
)
EVENT_COLUMNS_V2 = ("geonameid", "date_start", "date_end", "text")
EVENT_COLUMNS = EVENT_COLUMNS_V1 + EVENT_COLUMNS_V2

DOCUMENT_COLUMNS = ("doc_id", "url", "title", "publication", "published", "author", "language", "text",
                    "status", "problems", "path")

_META = "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);"

_DOCUMENTS = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY,
    url VARCHAR, title VARCHAR, publication VARCHAR, published VARCHAR, author VARCHAR,
    language VARCHAR, text VARCHAR, status VARCHAR, problems VARCHAR[], path VARCHAR,
    coded_at TIMESTAMP DEFAULT current_timestamp
);
"""

_EVENTS_V1 = """
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

# Version 2: flat columns for place id, date interval and sentence text; one row per actor; the
# places events point to; incidents. No index on columns that incident building updates
# (events.incident_id): DuckDB answers those filters from a scan, which is fast at this size.
_V2 = """
ALTER TABLE events ADD COLUMN IF NOT EXISTS geonameid BIGINT;
ALTER TABLE events ADD COLUMN IF NOT EXISTS date_start DATE;
ALTER TABLE events ADD COLUMN IF NOT EXISTS date_end DATE;
ALTER TABLE events ADD COLUMN IF NOT EXISTS text VARCHAR;
CREATE TABLE IF NOT EXISTS event_actors (
    event_id VARCHAR, doc_id VARCHAR, role VARCHAR, position INTEGER,
    text VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR, acled_actor VARCHAR, inter INTEGER
);
CREATE INDEX IF NOT EXISTS event_actors_event ON event_actors (event_id);
CREATE INDEX IF NOT EXISTS event_actors_doc ON event_actors (doc_id);
CREATE TABLE IF NOT EXISTS places (
    geonameid BIGINT PRIMARY KEY,
    name VARCHAR, country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE, precision INTEGER
);
CREATE TABLE IF NOT EXISTS incidents (
    incident_id VARCHAR PRIMARY KEY,
    block VARCHAR,
    plover_type VARCHAR, cameo_code VARCHAR, acled_event_type VARCHAR, acled_sub_event_type VARCHAR,
    date VARCHAR, date_precision VARCHAR, date_support INTEGER, date_start DATE, date_end DATE,
    country VARCHAR, admin1 VARCHAR, location VARCHAR, lat DOUBLE, lon DOUBLE, geo_precision INTEGER,
    geonameid BIGINT,
    fatalities_min INTEGER, fatalities_median DOUBLE, fatalities_max INTEGER,
    n_events INTEGER, n_documents INTEGER, n_publications INTEGER,
    first_report VARCHAR, last_report VARCHAR, first_doc_id VARCHAR, last_doc_id VARCHAR,
    sources VARCHAR[], targets VARCHAR[], publications VARCHAR[],
    anchor_event_id VARCHAR,
    tone_min DOUBLE, tone_max DOUBLE,
    record JSON
);
"""


class StoreError(RuntimeError):
    """A database file that cannot be used as asked (missing, or an older schema opened read-only)."""


def _migrate_1_to_2(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(_V2)
    con.execute(
        "UPDATE events SET geonameid = TRY_CAST(record->>'$.location.geonameid' AS BIGINT),"
        " text = record->>'$.text'"
    )
    rows = con.execute("SELECT event_id, date, date_precision, date_basis FROM events").fetchall()
    spans = [(eid, *date_span(d, p, b)) for eid, d, p, b in rows]
    if spans:
        con.execute("CREATE TEMP TABLE _spans (event_id VARCHAR, date_start DATE, date_end DATE)")
        con.executemany("INSERT INTO _spans VALUES (?,?,?)", spans)
        con.execute("UPDATE events SET date_start = s.date_start, date_end = s.date_end FROM _spans s"
                    " WHERE events.event_id = s.event_id")
        con.execute("DROP TABLE _spans")
    records = con.execute("SELECT record FROM events").fetchall()
    actor_rows: list[list[Any]] = []
    place_rows: dict[int, list[Any]] = {}
    for (raw,) in records:
        rec = json.loads(raw)
        actor_rows.extend(_actor_rows(rec))
        place = _place_row(rec)
        if place:
            place_rows[place[0]] = place
    if actor_rows:
        con.executemany("INSERT INTO event_actors VALUES (?,?,?,?,?,?,?,?,?,?)", actor_rows)
    if place_rows:
        con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?)", list(place_rows.values()))


# from-version -> function that upgrades the file by one version, run in one transaction each.
MIGRATIONS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {1: _migrate_1_to_2}


def schema_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The file's schema version; None for an empty file, 1 for files written before it was kept."""
    tables = {t for (t,) in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    if "events" not in tables:
        return None
    if "meta" in tables:
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row:
            return int(row[0])
    return 1


def migrate(con: duckdb.DuckDBPyConnection) -> tuple[int | None, int]:
    """Create or upgrade the schema in place; return (version found, version now)."""
    found = schema_version(con)
    if found is None:
        con.execute(_META + _DOCUMENTS + _EVENTS_V1 + _V2)
    else:
        if found > SCHEMA_VERSION:
            raise StoreError(f"the database has schema version {found}; this chronica reads up to "
                             f"{SCHEMA_VERSION}: upgrade chronica")
        version = found
        while version < SCHEMA_VERSION:
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute(_META)
                MIGRATIONS[version](con)
                version += 1
                con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version)])
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise
    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    return found, SCHEMA_VERSION


class Store:
    """A chronica database file. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise FileNotFoundError(f"no chronica database at {self.path}")
        self.con = duckdb.connect(str(self.path), read_only=read_only)
        if read_only:
            found = schema_version(self.con)
            if found is not None and found != SCHEMA_VERSION:
                self.con.close()
                raise StoreError(
                    f"{self.path} has schema version {found}, this chronica uses {SCHEMA_VERSION}: "
                    f"run `chronica incidents --db {self.path}` once to upgrade it"
                )
            self.empty = found is None
        else:
            migrate(self.con)
            self.empty = False

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor of the same database for one thread (the API gives one to each request)."""
        return self.con.cursor()

    # -- writes -------------------------------------------------------------------------------
    def has(self, doc_id: str) -> bool:
        """Whether a document was already coded or recorded."""
        row = self.con.execute(
            "SELECT status FROM documents WHERE doc_id = ?", [doc_id]
        ).fetchone()
        return row is not None and row[0] in ("coded", "skipped")

    def done(self, doc_ids: list[str]) -> set[str]:
        """Those of the ids already coded or recorded: :meth:`has` for many in one query."""
        rows = self.con.execute(
            "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?))"
            " AND status IN ('coded', 'skipped')",
            [doc_ids],
        ).fetchall()
        return {row[0] for row in rows}

    def write(self, document: Document, events: list[Event]) -> None:
        """Store a document with its events, replacing any earlier coding of it."""
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("DELETE FROM events WHERE doc_id = ?", [document.doc_id])
            con.execute("DELETE FROM event_actors WHERE doc_id = ?", [document.doc_id])
            _insert_document(con, document)
            if events:
                records = [to_dict(ev) for ev in events]
                con.executemany(
                    f"INSERT OR REPLACE INTO events ({', '.join(EVENT_COLUMNS)}) VALUES "
                    f"({', '.join('?' * len(EVENT_COLUMNS))})",
                    [event_row(rec) for rec in records],
                )
                actors = [row for rec in records for row in _actor_rows(rec)]
                if actors:
                    con.executemany("INSERT INTO event_actors VALUES (?,?,?,?,?,?,?,?,?,?)", actors)
                places = {p[0]: p for p in (_place_row(rec) for rec in records) if p}
                if places:
                    con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?)",
                                    list(places.values()))
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def record_failure(self, document: Document) -> None:
        """Keep a failed or skipped input in the documents table, with its reason."""
        _insert_document(self.con, document)

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


def _insert_document(con: duckdb.DuckDBPyConnection, document: Document) -> None:
    con.execute(
        f"INSERT OR REPLACE INTO documents ({', '.join(DOCUMENT_COLUMNS)}) VALUES "
        f"({', '.join('?' * len(DOCUMENT_COLUMNS))})",
        [document.doc_id, document.url, document.title, document.publication,
         document.published, document.author, document.language, document.text,
         document.status, list(document.problems), document.path],
    )


# -- rows -------------------------------------------------------------------------------------
def date_span(value: str | None, precision: str | None, basis: str | None = None
              ) -> tuple[dt.date | None, dt.date | None]:
    """The days an event date can mean: "1997-04" is 1-30 April, "1997" the whole year."""
    if not value:
        return None, None
    try:
        if len(value) >= 10:
            day = dt.date.fromisoformat(value[:10])
            return day, day
        if len(value) == 7:
            first = dt.date.fromisoformat(value + "-01")
            nxt = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            return first, nxt - dt.timedelta(days=1)
        if len(value) == 4:
            year = int(value)
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None, None
    return None, None


def event_row(rec: dict[str, Any]) -> list[Any]:
    """The flat column values of one event record, in :data:`EVENT_COLUMNS` order."""
    loc = rec.get("location") or {}
    acled = rec.get("acled") or {}
    date = rec.get("date") or {}
    mod = rec.get("modality") or {}
    start, end = date_span(date.get("value"), date.get("precision"), date.get("basis"))
    src, tgt = rec.get("source") or [], rec.get("target") or []
    return [
        rec["event_id"], rec["doc_id"], rec.get("primary", False), rec.get("sentence"),
        (rec.get("trigger") or {}).get("text"),
        rec["plover"]["type"], rec["plover"].get("mode"),
        rec["cameo"]["code"], rec["cameo"].get("quad_class"), rec["cameo"].get("goldstein"),
        acled.get("event_type"), acled.get("sub_event_type"),
        [a.get("name") or a.get("text") for a in src], [a["country"] for a in src if a.get("country")],
        [a.get("name") or a.get("text") for a in tgt], [a["country"] for a in tgt if a.get("country")],
        loc.get("country"), loc.get("admin1"), loc.get("name"), loc.get("lat"), loc.get("lon"),
        loc.get("precision"),
        date.get("value"), date.get("precision"), date.get("basis"),
        rec.get("fatalities"), rec.get("injured"), rec.get("arrested"), rec.get("size"),
        bool(mod.get("negated")), bool(mod.get("hypothetical")), bool(mod.get("future")),
        bool(mod.get("reported")),
        rec.get("confidence"), rec.get("incident_id"), json.dumps(rec, ensure_ascii=False),
        loc.get("geonameid"), start, end, rec.get("text"),
    ]


def _actor_rows(rec: dict[str, Any]) -> list[list[Any]]:
    rows = []
    for role in ("source", "target"):
        for i, a in enumerate(rec.get(role) or []):
            rows.append([rec["event_id"], rec["doc_id"], role, i, a.get("text"), a.get("name"),
                         a.get("country"), a.get("sector"), a.get("acled_actor"), a.get("inter") or 0])
    return rows


def _place_row(rec: dict[str, Any]) -> list[Any] | None:
    loc = rec.get("location") or {}
    if not loc.get("geonameid"):
        return None
    return [loc["geonameid"], loc.get("name"), loc.get("country"), loc.get("admin1"), loc.get("lat"),
            loc.get("lon"), loc.get("precision")]


# -- filters ----------------------------------------------------------------------------------
@dataclass
class EventFilter:
    """What to select. Every field is optional; all given fields must hold.

    ``since``/``until`` ("YYYY-MM-DD") keep events whose date can fall in the range (a month-precision
    date overlaps every day of its month); ``cameo`` is a code prefix ("19" gives 190-196);
    ``acled`` an ACLED event or sub-event type; ``actor`` a name (substring, any case) or a code:
    country "PER", sector "MIL" or both "PERMIL"; ``bbox`` (min_lon, min_lat, max_lon, max_lat);
    ``text`` words in the sentence or trigger; ``factual`` drops negated, hypothetical and future events.
    """

    country: str | Sequence[str] | None = None
    since: str | None = None
    until: str | None = None
    plover: str | Sequence[str] | None = None
    cameo: str | None = None
    acled: str | None = None
    actor: str | None = None
    incident: str | None = None
    doc_id: str | None = None
    bbox: Sequence[float] | None = None
    text: str | None = None
    primary: bool | None = None
    factual: bool = False

    @classmethod
    def of(cls, **given: Any) -> EventFilter:
        names = {f.name for f in fields(cls)}
        unknown = set(given) - names
        if unknown:
            raise TypeError(f"unknown event filter(s): {', '.join(sorted(unknown))}; "
                            f"known: {', '.join(sorted(names))}")
        return cls(**given)


def _as_list(value: str | Sequence[str]) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [str(v) for v in value]


def _day(value: str, name: str) -> dt.date:
    start, _ = date_span(str(value).strip(), None)
    if start is None:
        raise ValueError(f"{name} must be a date YYYY-MM-DD (or YYYY-MM, YYYY), not {value!r}")
    return start


def _day_end(value: str, name: str) -> dt.date:
    _, end = date_span(str(value).strip(), None)
    if end is None:
        raise ValueError(f"{name} must be a date YYYY-MM-DD (or YYYY-MM, YYYY), not {value!r}")
    return end


def _shared_conditions(f: EventFilter | IncidentFilter, a: str) -> tuple[list[str], list[Any]]:
    """The filters events and incidents share: country, dates, PLOVER and ACLED type."""
    conds: list[str] = []
    params: list[Any] = []
    if f.country:
        codes = [c.upper() for c in _as_list(f.country)]
        conds.append(f"{a}.country IN ({', '.join('?' * len(codes))})")
        params.extend(codes)
    if f.since:
        conds.append(f"{a}.date_end >= ?")
        params.append(_day(f.since, "since"))
    if f.until:
        conds.append(f"{a}.date_start <= ?")
        params.append(_day_end(f.until, "until"))
    if f.plover:
        types = [t.upper() for t in _as_list(f.plover)]
        conds.append(f"{a}.plover_type IN ({', '.join('?' * len(types))})")
        params.extend(types)
    if f.acled:
        conds.append(f"(lower({a}.acled_event_type) = lower(?)"
                     f" OR lower({a}.acled_sub_event_type) = lower(?))")
        params.extend([f.acled.strip(), f.acled.strip()])
    return conds, params


def event_where(f: EventFilter, alias: str = "e") -> tuple[str, list[Any]]:
    """A parameterised WHERE condition (without the keyword) for the events table as ``alias``."""
    a = alias
    conds, params = _shared_conditions(f, a)
    if f.cameo:
        conds.append(f"starts_with({a}.cameo_code, ?)")
        params.append(f.cameo.strip())
    if f.actor:
        word = f.actor.strip()
        like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        code = word.upper()
        conds.append(
            f"{a}.event_id IN (SELECT x.event_id FROM event_actors x WHERE"
            " x.name ILIKE ? ESCAPE '\\' OR x.text ILIKE ? ESCAPE '\\' OR x.acled_actor ILIKE ? ESCAPE '\\'"
            " OR x.country = ? OR x.sector = ? OR coalesce(x.country, '') || coalesce(x.sector, '') = ?)"
        )
        params.extend([like, like, like, code, code, code])
    if f.incident:
        conds.append(f"{a}.incident_id = ?")
        params.append(f.incident)
    if f.doc_id:
        conds.append(f"{a}.doc_id = ?")
        params.append(f.doc_id)
    if f.bbox is not None:
        try:
            min_lon, min_lat, max_lon, max_lat = (float(v) for v in f.bbox)
        except (TypeError, ValueError) as e:
            raise ValueError("bbox must be four numbers: min_lon,min_lat,max_lon,max_lat") from e
        conds.append(f"{a}.lat BETWEEN ? AND ? AND {a}.lon BETWEEN ? AND ?")
        params.extend([min_lat, max_lat, min_lon, max_lon])
    if f.text:
        conds.append(f"(contains(lower({a}.text), ?) OR contains(lower({a}.trigger_text), ?))")
        params.extend([f.text.strip().lower()] * 2)
    if f.primary is not None:
        conds.append(f"{a}.is_primary = ?")
        params.append(bool(f.primary))
    if f.factual:
        conds.append(f"NOT ({a}.negated OR {a}.hypothetical OR {a}.future)")
    return " AND ".join(conds) or "TRUE", params


@dataclass
class IncidentFilter:
    """Incidents whose consensus fields match; ``min_documents`` keeps those reported that often."""

    country: str | Sequence[str] | None = None
    since: str | None = None
    until: str | None = None
    plover: str | Sequence[str] | None = None
    acled: str | None = None
    min_documents: int | None = None
    incident: str | None = None

    @classmethod
    def of(cls, **given: Any) -> IncidentFilter:
        names = {f.name for f in fields(cls)}
        unknown = set(given) - names
        if unknown:
            raise TypeError(f"unknown incident filter(s): {', '.join(sorted(unknown))}; "
                            f"known: {', '.join(sorted(names))}")
        return cls(**given)


def incident_where(f: IncidentFilter, alias: str = "i") -> tuple[str, list[Any]]:
    """A parameterised WHERE condition for the incidents table as ``alias``."""
    a = alias
    conds, params = _shared_conditions(f, a)
    if f.min_documents:
        conds.append(f"{a}.n_documents >= ?")
        params.append(int(f.min_documents))
    if f.incident:
        conds.append(f"{a}.incident_id = ?")
        params.append(f.incident)
    return " AND ".join(conds) or "TRUE", params


# The flat event columns a DataFrame or an API list shows (the record JSON stays out).
FRAME_COLUMNS = [c for c in EVENT_COLUMNS if c not in ("record",)]
INCIDENT_COLUMNS = [
    "incident_id", "plover_type", "cameo_code", "acled_event_type", "acled_sub_event_type", "date",
    "date_precision", "date_support", "country", "admin1", "location", "lat", "lon", "geo_precision",
    "fatalities_min", "fatalities_median", "fatalities_max", "n_events", "n_documents",
    "n_publications", "first_report", "last_report", "sources", "targets", "publications",
    "tone_min", "tone_max",
]


class Database:
    """A chronica database for analysis: filters in, pandas DataFrames out.

    >>> db = chronica.open_store("chronica.duckdb")
    >>> db.events(country="PER", since="1997-01-01", plover="ASSAULT")
    """

    def __init__(self, path: str | Path, read_only: bool = True) -> None:
        self.store = Store(path, read_only=read_only)
        self.con = self.store.con

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def _frame(self, sql: str, params: list[Any]) -> pd.DataFrame:
        return self.store.cursor().execute(sql, params).df()

    def events(self, **filters: Any) -> pd.DataFrame:
        """One row per event (flat columns plus the document's publication, date, url and title).

        Filters: see :class:`EventFilter` (country, since, until, plover, cameo, acled, actor,
        incident, doc_id, bbox, text, primary, factual).
        """
        where, params = event_where(EventFilter.of(**filters))
        cols = ", ".join(f"e.{c}" for c in FRAME_COLUMNS)
        return self._frame(
            f"SELECT {cols}, d.publication, d.published, d.url, d.title FROM events e"
            f" LEFT JOIN documents d USING (doc_id) WHERE {where}"
            " ORDER BY e.date_start NULLS LAST, e.doc_id, e.sentence, e.event_id", params)

    def incidents(self, **filters: Any) -> pd.DataFrame:
        """One row per incident with its consensus fields (see :class:`IncidentFilter`)."""
        where, params = incident_where(IncidentFilter.of(**filters))
        cols = ", ".join(f"i.{c}" for c in INCIDENT_COLUMNS)
        return self._frame(f"SELECT {cols} FROM incidents i WHERE {where}"
                           " ORDER BY i.date_start NULLS LAST, i.incident_id", params)

    def documents(self, since: str | None = None, until: str | None = None,
                  publication: str | None = None, status: str | None = None) -> pd.DataFrame:
        """One row per document (without its text), with its number of events."""
        conds, params = [], []
        if since:
            conds.append("d.published >= ?")
            params.append(_day(since, "since").isoformat())
        if until:
            conds.append("d.published <= ?")
            params.append(_day_end(until, "until").isoformat())
        if publication:
            conds.append("d.publication = ?")
            params.append(publication)
        if status:
            conds.append("d.status = ?")
            params.append(status)
        where = " AND ".join(conds) or "TRUE"
        return self._frame(
            "SELECT d.doc_id, d.url, d.title, d.publication, d.published, d.author, d.language,"
            " d.status, d.problems, d.path, d.coded_at,"
            " (SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id) AS n_events"
            f" FROM documents d WHERE {where} ORDER BY d.published NULLS LAST, d.doc_id", params)

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event record (the contract's JSON, evidence included)."""
        row = self.store.cursor().execute("SELECT record FROM events WHERE event_id = ?", [event_id]
                                          ).fetchone()
        return json.loads(row[0]) if row else None

    def incident(self, incident_id: str) -> dict[str, Any] | None:
        """One incident record: consensus fields, reports and framing side by side."""
        row = self.store.cursor().execute("SELECT record FROM incidents WHERE incident_id = ?",
                                          [incident_id]).fetchone()
        return json.loads(row[0]) if row else None

    def records(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Event records (the contract's JSON) that match the filters, in document order."""
        where, params = event_where(EventFilter.of(**filters))
        cur = self.store.cursor().execute(
            f"SELECT e.record FROM events e WHERE {where} ORDER BY e.doc_id, e.sentence, e.event_id",
            params)
        while batch := cur.fetchmany(1000):
            for (raw,) in batch:
                yield json.loads(raw)
