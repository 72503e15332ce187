"""Run the pipeline over inputs into a store, counting what happened for the closing summary.

The driver reads, filters (already stored, empty, duplicate) and writes; the coding itself is
done by a *coder*: the pipeline's own ``code_many`` in this process (the default), or
:class:`chronica.scale.DaskCoder` on the workers of a Dask cluster. Only this process writes
the DuckDB file, one transaction per batch of documents, so a run stopped at any point leaves
whole documents and a run started again with the same inputs codes only what is missing.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import duckdb

from chronica.ingest.dedup import Deduplicator
from chronica.parts import Part, load_part, tally
from chronica.record import Document, Event, to_dict
from chronica.store import (
    DOCUMENT_COLUMNS,
    EVENT_COLUMNS,
    Store,
    _actor_rows,
    _place_row,
    event_row,
)

WRITE_BATCH = 512  # documents written in one transaction (DuckDB's cost per statement is paid once)
CHECK_BATCH = 256  # documents looked up in the store at once
RUN_MEMORY = "256MB"  # DuckDB's memory in the driver during a run
# DuckDB rewrites the file's changed blocks when its write-ahead log passes this size (16 MB by
# default): a run that checkpoints less often does less work and leaves a file half the size.
RUN_CHECKPOINT = "64MB"
WRITE_SECONDS = 2.0  # ... or whatever arrived in this long, so a slow stream is stored as it comes

if TYPE_CHECKING:  # the pipeline loads spaCy: not needed to import the runner
    from chronica.pipeline import Pipeline


@dataclass
class RunSummary:
    """What a run did: documents by status, events by type and country, the failures.

    ``duplicates`` counts the copies of stories already coded (stored as ``skipped`` with
    "duplicate of <doc_id>"); ``languages`` counts the documents set aside as not English, by
    language. Both are included in ``documents["skipped"]``.
    """

    documents: Counter = field(default_factory=Counter)
    events: int = 0
    by_type: Counter = field(default_factory=Counter)
    by_country: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    already: int = 0
    duplicates: int = 0
    languages: Counter = field(default_factory=Counter)


Coder = Callable[[Iterable[Document]], Iterable[tuple[Document, list[Event]] | Part]]


def run(
    documents: Iterable[Document],
    store: Store,
    pipeline: Pipeline | None = None,
    progress: Callable[[Document], None] | None = None,
    *,
    coder: Coder | None = None,
) -> RunSummary:
    """Code every pending document not already in the store and not a copy of a story already
    coded; record failures, skips and duplicates.

    ``coder`` turns the pending documents into (document, events) pairs, or Parquet parts of
    coded batches (:class:`chronica.parts.Part`), in any order; by default ``pipeline.code_many``.
    It must pull documents lazily so that memory stays flat.
    """
    if coder is None:
        if pipeline is None:
            raise ValueError("run() needs a pipeline or a coder")
        coder = pipeline.code_many
    summary = RunSummary()
    # DuckDB keeps pages of the file it writes in memory up to its limit (80% of RAM by default):
    # a run over a large corpus would grow to that; capped, older pages are simply read back.
    store.con.execute(f"SET memory_limit = '{RUN_MEMORY}'")
    store.con.execute(f"SET checkpoint_threshold = '{RUN_CHECKPOINT}'")
    dedup = Deduplicator(store.con)

    def fresh(chunk: list[Document]) -> Iterable[Document]:
        """The documents of a chunk not already stored, with some text."""
        done = store.done([doc.doc_id for doc in chunk]) if chunk else set()
        for doc in chunk:
            if doc.doc_id in done:
                summary.already += 1
                continue
            if not doc.text.strip():
                doc.status = "skipped"
                doc.problems.append("empty text")
                summary.documents["skipped"] += 1
                store.record_failure(doc)
                continue
            yield doc

    def candidates() -> Iterable[Document]:
        chunk: list[Document] = []
        for doc in documents:
            if progress:
                progress(doc)
            if doc.status in ("failed", "skipped"):
                summary.documents[doc.status] += 1
                if doc.status == "failed":
                    summary.failures.append((doc.path or doc.doc_id, "; ".join(doc.problems)))
                elif doc.language and doc.language != "en":
                    summary.languages[doc.language] += 1
                store.record_failure(doc)
                continue
            chunk.append(doc)
            if len(chunk) >= CHECK_BATCH:
                yield from fresh(chunk)
                chunk = []
        yield from fresh(chunk)

    held: list[Document] = []  # duplicates, stored with the next batch of coded documents

    def pending() -> Iterable[Document]:
        for doc, verdict in dedup.filter(candidates()):
            if verdict.kind == "same":
                summary.already += 1
                continue
            if verdict.kind == "duplicate":
                doc.status = "skipped"
                doc.problems.append(f"duplicate of {verdict.of}")
                summary.documents["skipped"] += 1
                summary.duplicates += 1
                held.append(doc)
                continue
            yield doc

    buffer: list[tuple[Document, list[Event]]] = []
    last = time.monotonic()
    for item in coder(pending()):
        if isinstance(item, Part):  # a batch a worker already wrote as Parquet
            _load(store, item, summary, dedup)
        else:
            doc, events = item
            if doc.status == "failed":
                dedup.forget(doc.doc_id)
            buffer.append((doc, events))
            summary.documents[doc.status] += 1
            tally(summary, events)
        if held:
            buffer.extend((doc, []) for doc in held)
            held.clear()
        if len(buffer) >= WRITE_BATCH or time.monotonic() - last > WRITE_SECONDS:
            write_batch(store, buffer)
            buffer, last = [], time.monotonic()
    buffer.extend((doc, []) for doc in held)
    write_batch(store, buffer)
    return summary


def _load(store: Store, part: Part, summary: RunSummary, dedup: Deduplicator) -> None:
    """Load a worker's Parquet part and count it in the summary."""
    load_part(store, part)
    for doc_id, status in part.statuses.items():
        summary.documents[status] += 1
        if status == "failed":
            dedup.forget(doc_id)
    summary.events += part.events
    summary.by_type.update(part.by_type)
    summary.by_country.update(part.by_country)


def _unique(rows: list[list[Any]], key: int = 0) -> list[list[Any]]:
    """Rows with distinct keys, the last of each kept (what row-by-row INSERT OR REPLACE leaves)."""
    return list({row[key]: row for row in rows}.values())


def _insert_columns(con: Any, sql: str, rows: list[list[Any]], width: int) -> None:
    """Insert rows column-wise in one statement: ``sql`` ends with SELECT unnest(?), ...."""
    columns = [[row[i] for row in rows] for i in range(width)]
    con.execute(sql + ", ".join(["unnest(?)"] * width), columns)


def write_batch(store: Store, coded: list[tuple[Document, list[Event]]]) -> None:
    """Store documents with their events in one transaction, replacing earlier codings of them:
    what :meth:`Store.write` does per document, at a fraction of the cost per row (DuckDB's
    ``executemany`` runs one statement per row). A kill leaves all of the batch or none of it."""
    if not coded:
        return
    con = store.con
    ids = sorted({doc.doc_id for doc, _ in coded})
    docs = _unique([[d.doc_id, d.url, d.title, d.publication, d.published, d.author, d.language,
                     d.text, d.status, list(d.problems), d.path] for d, _ in coded])
    records = [to_dict(ev) for _, events in coded for ev in events]
    events = _unique([event_row(rec) for rec in records])
    actors = [row for rec in records for row in _actor_rows(rec)]
    places = _unique([p for p in (_place_row(rec) for rec in records) if p])
    try:
        _write(con, ids, docs, events, actors, places, replace=False)
    except duckdb.ConstraintException:  # an event id held by another document: let the later win
        _write(con, ids, docs, events, actors, places, replace=True)


def _write(con: Any, ids: list[str], docs: list[list[Any]], events: list[list[Any]],
           actors: list[list[Any]], places: list[list[Any]], replace: bool) -> None:
    """One transaction of :func:`write_batch`. The batch's earlier events are deleted first, so
    its events are plain inserts (a third cheaper than INSERT OR REPLACE) unless ``replace``."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM events WHERE doc_id IN (SELECT unnest(?))", [ids])
        con.execute("DELETE FROM event_actors WHERE doc_id IN (SELECT unnest(?))", [ids])
        _insert_columns(con, f"INSERT OR REPLACE INTO documents ({', '.join(DOCUMENT_COLUMNS)}) SELECT ",
                        docs, len(DOCUMENT_COLUMNS))
        if events:
            verb = "INSERT OR REPLACE" if replace else "INSERT"
            _insert_columns(con, f"{verb} INTO events ({', '.join(EVENT_COLUMNS)}) SELECT ",
                            events, len(EVENT_COLUMNS))
        if actors:
            _insert_columns(con, "INSERT INTO event_actors SELECT ", actors, 10)
        if places:
            _insert_columns(con, "INSERT OR REPLACE INTO places SELECT ", places, 7)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
