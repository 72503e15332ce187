"""Coded batches as Parquet parts: written by a worker, loaded by the driver in one statement.

On a Dask cluster the worker that codes a batch also turns it into table rows (the slow part of
storing) and writes them as Parquet files, one per table, in a part directory on a file system
the driver sees (the local disk for a local cluster, a shared scratch directory on SLURM). The
driver then loads each part with DuckDB's own Parquet reader, in one transaction, and deletes
it; what it receives over the network is a small summary of the batch. A part the driver did not
load (a run stopped in between) is removed when the next run starts: its documents are not in
the store, so that run codes them again.
"""

from __future__ import annotations

import shutil
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chronica.record import Document, Event

if TYPE_CHECKING:
    from chronica.runner import RunSummary

TABLES = ("documents", "events", "event_actors", "places")


@dataclass
class Part:
    """What the driver needs of a coded batch: where its rows are and what they hold."""

    path: str
    statuses: dict[str, str]  # doc_id -> status
    problems: dict[str, list[str]] = field(default_factory=dict)  # doc_id -> problems (failed ones)
    events: int = 0  # events that happened (not negated, not hypothetical)
    by_type: Counter = field(default_factory=Counter)
    by_country: Counter = field(default_factory=Counter)


def write_part(directory: str | Path, coded: list[tuple[Document, list[Event]]]) -> Part:
    """Write a coded batch as Parquet files (one per table) in a new part directory."""
    from chronica.runner import write_batch

    path = Path(directory) / f"part-{uuid.uuid4().hex}"
    tmp = path.with_name(path.name + ".tmp")
    tmp.mkdir(parents=True)
    mem = _scratch()
    for table in TABLES:
        mem.con.execute(f"DELETE FROM {table}")
    write_batch(mem, coded)
    for table in TABLES:
        mem.con.execute(f"COPY {table} TO '{tmp / (table + '.parquet')}' (FORMAT parquet)")
    tmp.rename(path)  # a part is complete or absent
    part = Part(str(path), {d.doc_id: d.status for d, _ in coded},
                {d.doc_id: list(d.problems) for d, _ in coded if d.status == "failed"})
    for _, events in coded:
        tally(part, events)
    return part


def tally(counts: Part | RunSummary, events: list[Event]) -> None:
    """Count the events that happened (not negated, not hypothetical) by type and country."""
    for ev in events:
        if ev.modality.negated or ev.modality.hypothetical:
            continue
        counts.events += 1
        counts.by_type[ev.plover["type"]] += 1
        counts.by_country[ev.location.country if ev.location else "?"] += 1


_SCRATCH: dict[str, Any] = {}
SCRATCH_PARTS = 50  # parts written before the scratch database is made anew


def _scratch():  # noqa: ANN202 - chronica.store.Store
    """This process's in-memory store with the same tables, emptied for each part (one thread:
    the worker's core belongs to spaCy). Deleted rows keep their memory in DuckDB, so the store is
    replaced every ``SCRATCH_PARTS`` parts."""
    from chronica.store import Store

    mem, used = _SCRATCH.get("store"), _SCRATCH.get("used", 0)
    if mem is None or used >= SCRATCH_PARTS:
        if mem is not None:
            mem.close()
        mem = Store(":memory:")
        mem.con.execute("SET threads = 1")
        used = 0
    _SCRATCH.update(store=mem, used=used + 1)
    return mem


def load_part(store, part: Part) -> None:  # noqa: ANN001 - chronica.store.Store
    """Load a part into the store in one transaction (replacing earlier codings of its
    documents), then delete its files."""
    con = store.con
    con.execute("SET enable_external_file_cache = false")  # the part is read once, then deleted
    ids = sorted(part.statuses)
    files = {t: Path(part.path) / f"{t}.parquet" for t in TABLES}
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM events WHERE doc_id IN (SELECT unnest(?))", [ids])
        con.execute("DELETE FROM event_actors WHERE doc_id IN (SELECT unnest(?))", [ids])
        for table in ("documents", "events", "places"):
            con.execute(f"INSERT OR REPLACE INTO {table} BY NAME SELECT * FROM read_parquet(?)",
                        [str(files[table])])
        con.execute("INSERT INTO event_actors BY NAME SELECT * FROM read_parquet(?)",
                    [str(files["event_actors"])])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    shutil.rmtree(part.path, ignore_errors=True)


def clear_parts(directory: str | Path) -> int:
    """Remove parts left by a run that stopped before loading them; returns how many."""
    root = Path(directory)
    if not root.is_dir():
        return 0
    stale = [p for p in root.iterdir() if p.is_dir() and p.name.startswith("part-")]
    for p in stale:
        shutil.rmtree(p, ignore_errors=True)
    return len(stale)
