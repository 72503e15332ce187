"""Write stored records in the formats researchers use (docs/export.md).

- ``jsonl``: the event records of the output contract, one per line;
- ``csv`` / ``parquet``: one flat row per event;
- ``documents``: the document records, one per line;
- ``acled``: ACLED's CSV columns and conventions, one row per incident;
- ``plover``: PLOVER 2.0 JSON records, one per line;
- ``cameo``: a Phoenix-style TSV (date, actor codes, CAMEO code, QuadClass, Goldstein, place, URL).

>>> with Store("chronica.duckdb", read_only=True) as store:
...     write(store, "acled", sys.stdout, ExportFilter(country="PER", since="1997-01-01"))
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO, Any

from chronica.export import acled, cameo, plover, tables
from chronica.export.tables import CSV_COLUMNS, flat
from chronica.store import EventFilter, IncidentFilter, Store, date_span, event_where

FORMATS = ("jsonl", "csv", "parquet", "documents", "acled", "plover", "cameo")
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")

__all__ = ["CSV_COLUMNS", "FORMATS", "ExportFilter", "flat", "write"]


@dataclass
class ExportFilter:
    """The export command's filters.

    ``since``/``until`` are dates (YYYY-MM-DD); ``country`` one or more ISO alpha-3 codes
    (comma-separated); ``type`` a PLOVER type ("ASSAULT"), a CAMEO code prefix ("19") or an ACLED
    event or sub-event type ("Battles", "Peaceful protest").
    """

    since: str | None = None
    until: str | None = None
    country: str | None = None
    type: str | None = None

    def type_filter(self) -> dict[str, str]:
        if not self.type:
            return {}
        t = self.type.strip()
        if t.upper() in PLOVER_TYPES:
            return {"plover": t.upper()}
        if t.isdigit():
            return {"cameo": t}
        return {"acled": t}

    def events(self) -> EventFilter:
        return EventFilter(country=self.country, since=self.since, until=self.until, **self.type_filter())

    def incidents(self) -> IncidentFilter:
        tf = self.type_filter()
        if "cameo" in tf:
            raise ValueError("the ACLED export filters by PLOVER or ACLED type, not by CAMEO code")
        return IncidentFilter(country=self.country, since=self.since, until=self.until,
                              plover=tf.get("plover"), acled=tf.get("acled"))

    def documents(self) -> tuple[str, list[Any]]:
        """A condition on documents (alias d): published in range, with a matching event when asked."""
        conds: list[str] = []
        params: list[Any] = []
        if self.since:
            conds.append("d.published >= ?")
            params.append(_bound(self.since, "since", 0))
        if self.until:
            conds.append("d.published <= ?")
            params.append(_bound(self.until, "until", 1))
        if self.country or self.type:
            where, more = event_where(EventFilter(country=self.country, **self.type_filter()))
            conds.append(f"EXISTS (SELECT 1 FROM events e WHERE e.doc_id = d.doc_id AND {where})")
            params.extend(more)
        return " AND ".join(conds) or "TRUE", params


def _bound(value: str, name: str, end: int) -> str:
    day = date_span(value.strip(), None)[end]
    if day is None:
        raise ValueError(f"{name} must be a date YYYY-MM-DD (or YYYY-MM, YYYY), not {value!r}")
    return day.isoformat()


def write(store: Store, fmt: str, out: IO[Any], filters: ExportFilter | None = None) -> int:
    """Write the store's records in ``fmt`` to ``out``; return how many records were written.

    ``out`` is a text stream, except for parquet, which needs a binary stream (a text stream's
    ``buffer`` is used when it has one).
    """
    filters = filters or ExportFilter()
    if fmt == "documents":
        return tables.write_documents(store, out, filters)
    if fmt == "jsonl":
        return tables.write_jsonl(store, out, filters)
    if fmt == "csv":
        return tables.write_csv(store, out, filters)
    if fmt == "parquet":
        return tables.write_parquet(store, getattr(out, "buffer", out), filters)
    if fmt == "acled":
        return acled.write(store, out, filters)
    if fmt == "plover":
        return plover.write(store, out, filters)
    if fmt == "cameo":
        return cameo.write(store, out, filters)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
