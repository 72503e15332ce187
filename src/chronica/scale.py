"""Code a corpus on a Dask cluster: a local one of N worker processes, or an existing scheduler.

The driver (the process that runs ``chronica run``) reads the inputs as a stream, drops what the
store already holds and the duplicates (:func:`chronica.runner.run`), cuts the rest into batches
of at most ``batch_size`` documents and 100,000 characters, and keeps at most ``max_in_flight``
batches on the cluster at once, so memory stays flat whatever the size of the input. Each worker
builds the pipeline once (:class:`PipelinePlugin`, or :func:`worker_pipeline` on first use), codes
a batch and writes it as a Parquet part (:mod:`chronica.parts`) that the driver loads in one
transaction; workers on other machines without a shared disk send the documents back with their
events instead. Only the driver writes the DuckDB file (DuckDB allows one writer). Event ids
depend only on the document and the trigger (sha1 of doc id, trigger offset and class), so the
order in which batches come back changes nothing, and a run stopped by Ctrl-C, ``kill -9`` or a lost worker,
started again with the same arguments, codes only the documents that are not stored yet.

A batch whose worker dies is given to another worker by the scheduler (up to its
``allowed-failures``); a batch that still cannot be coded is stored as ``failed`` with the reason,
and a later run retries it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chronica.parts import Part, write_part
from chronica.record import Document, Event

if TYPE_CHECKING:
    from distributed import Client

    from chronica.pipeline import Pipeline
    from chronica.runner import RunSummary
    from chronica.store import Store

log = logging.getLogger(__name__)

# A task is at most BATCH_SIZE documents and ends once it holds BATCH_CHARS characters: a few
# dozen articles or a few hundred short notes, a second or two of work, so that the cost of a
# task (scheduling, a Parquet part written and loaded) stays small beside the coding in it.
BATCH_SIZE = 256
BATCH_CHARS = 100_000
IN_FLIGHT_PER_WORKER = 2  # batches queued per worker: one being coded, one waiting


# -- on the workers ---------------------------------------------------------------------------
@cache
def worker_pipeline() -> Pipeline:
    """The pipeline of this process, built on first use and kept (one per worker process)."""
    from chronica import default_pipeline

    restore_malloc()
    return default_pipeline()


MMAP_THRESHOLD = 32 * 2**20  # allocations below this come from the heap ...
TRIM_THRESHOLD = 128 * 2**20  # ... which is given back to the system when this much is free at its top


def restore_malloc() -> bool:
    """Undo, in a Dask worker, what ``MALLOC_TRIM_THRESHOLD_`` does to spaCy; True if it did.

    Dask's nanny starts workers with ``MALLOC_TRIM_THRESHOLD_=65536`` so that freed memory goes
    back to the system at once. Setting it turns off glibc's adaptive thresholds: every array of
    more than 128 KiB is then mapped and unmapped, and spaCy's parse ran 22% slower in a worker than
    in a plain process (25% on short notes). A worker holds its models and one batch, so it keeps
    freed memory for the next batch instead (glibc's ``mallopt``; nothing on other systems).
    """
    if "MALLOC_TRIM_THRESHOLD_" not in os.environ:
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        # M_TRIM_THRESHOLD is -1, M_MMAP_THRESHOLD -3 (malloc.h); mallopt returns 1 on success
        return bool(libc.mallopt(-1, TRIM_THRESHOLD)) and bool(libc.mallopt(-3, MMAP_THRESHOLD))
    except (OSError, AttributeError):
        return False


def code_batch(documents: list[Document], nlp_batch: int = 16,
               parts: str | None = None) -> list[tuple[Document, list[Event]]] | Part:
    """Code one batch on a worker; return each document (status set) with its events, or, with
    ``parts`` (a directory the driver reads too), write them there as a Parquet part and return
    its summary."""
    coded = list(worker_pipeline().code_many(documents, batch_size=nlp_batch))
    if parts is None:
        return coded
    return write_part(parts, coded)


try:  # the plugin base class exists only where distributed is installed
    from distributed.diagnostics.plugin import WorkerPlugin as _WorkerPlugin
except ImportError:  # pragma: no cover - distributed is a dependency
    _WorkerPlugin = object  # type: ignore[assignment,misc]


class PipelinePlugin(_WorkerPlugin):  # type: ignore[misc]
    """Builds the pipeline when a worker starts, so the first batch does not wait for spaCy."""

    name = "chronica-pipeline"

    def setup(self, worker: Any) -> None:  # noqa: ANN401 - distributed.Worker
        worker_pipeline()


# -- on the driver ----------------------------------------------------------------------------
def batches(items: Iterable[Any], size: int, chars: int | None = None) -> Iterator[list[Any]]:
    """Consecutive lists of ``size`` items (the last may be shorter), read lazily; with ``chars``,
    a list also ends once the ``text`` of its items reaches that many characters."""
    chunk, length = [], 0
    for item in items:
        chunk.append(item)
        if chars is not None:
            length += len(item.text)
        if len(chunk) >= size or (chars is not None and length >= chars):
            yield chunk
            chunk, length = [], 0
    if chunk:
        yield chunk


class DaskCoder:
    """A coder for :func:`chronica.runner.run` that codes batches on a Dask cluster.

    Results come back as batches complete (not in input order); at most ``max_in_flight``
    batches are submitted and not yet collected, which bounds the driver's memory.
    """

    def __init__(self, client: Client, batch_size: int = BATCH_SIZE, max_in_flight: int | None = None,
                 nlp_batch: int = 16, parts: str | Path | None = None,
                 batch_chars: int | None = BATCH_CHARS) -> None:
        self.client = client
        self.parts = str(parts) if parts is not None else None
        self.batch_size = max(1, batch_size)
        self.batch_chars = batch_chars
        workers = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))
        self.max_in_flight = max_in_flight or IN_FLIGHT_PER_WORKER * workers
        self.nlp_batch = nlp_batch
        self.batches_done = 0
        self.lost: list[str] = []

    def __call__(self, documents: Iterable[Document]) -> Iterator[tuple[Document, list[Event]] | Part]:
        from distributed import as_completed

        source = batches(documents, self.batch_size, self.batch_chars)
        pending: dict[Any, list[Document]] = {}
        done = as_completed()

        def submit() -> bool:
            batch = next(source, None)
            if batch is None:
                return False
            fut = self.client.submit(code_batch, batch, self.nlp_batch, self.parts, pure=False)
            pending[fut] = batch
            done.add(fut)
            return True

        for _ in range(self.max_in_flight):
            if not submit():
                break
        try:
            for fut in done:
                batch = pending.pop(fut)
                try:
                    results = fut.result()
                except Exception as err:  # a lost worker (KilledWorker) or a crash: keep the run going
                    log.error("a batch of %d documents could not be coded: %s", len(batch), err)
                    results = []
                    for doc in batch:
                        doc.status = "failed"
                        doc.problems.append(f"coding failed on the cluster: {type(err).__name__}: {err}")
                        self.lost.append(doc.doc_id)
                        results.append((doc, []))
                fut.release()
                self.batches_done += 1
                submit()  # refill before writing, so the workers stay busy while the driver writes
                if isinstance(results, Part):
                    yield results
                else:
                    yield from results
        finally:
            for fut in pending:
                fut.cancel()


@contextmanager
def cluster_client(workers: int | None = None, scheduler: str | None = None,
                   memory_limit: str | float | None = "auto", warm: bool = True) -> Iterator[Client]:
    """A Dask client: of the scheduler at ``scheduler`` (tcp://host:port), or of a new local
    cluster of ``workers`` worker processes with one thread each (closed on exit). With ``warm``
    every worker builds the pipeline before the first batch is sent."""
    from distributed import Client, LocalCluster

    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        cluster = LocalCluster(
            n_workers=max(1, workers or 1), threads_per_worker=1, processes=True,
            host="127.0.0.1", dashboard_address=":0", memory_limit=memory_limit,
            silence_logs=logging.ERROR,
        )
        client = Client(cluster)
    try:
        if warm:
            client.register_plugin(PipelinePlugin())
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run(
    documents: Iterable[Document],
    store: Store,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    batch_size: int = BATCH_SIZE,
    max_in_flight: int | None = None,
    progress: Callable[[Document], None] | None = None,
    parts: str | Path | None = None,
) -> RunSummary:
    """:func:`chronica.runner.run` with the coding done on a Dask cluster.

    Workers write their batches as Parquet parts in ``parts`` (by default, for a local cluster,
    ``<database>.parts/`` beside the store) and the driver loads them. With ``scheduler`` and no
    ``parts`` the coded batches come back over the network instead, as workers on other machines
    may not see the driver's disk.
    """
    from chronica.parts import clear_parts
    from chronica.runner import run as run_documents

    if parts is None and not scheduler and str(store.path) != ":memory:":
        parts = store.path.with_name(store.path.name + ".parts")
    if parts is not None:
        clear_parts(parts)
    with cluster_client(workers, scheduler) as client:
        coder = DaskCoder(client, batch_size=batch_size, max_in_flight=max_in_flight, parts=parts)
        return run_documents(documents, store, None, progress, coder=coder)
