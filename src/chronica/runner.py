"""Run the pipeline over inputs into a store, counting what happened for the closing summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from chronica.ingest.dedup import Deduplicator
from chronica.record import Document
from chronica.store import Store

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


def run(
    documents: Iterable[Document],
    store: Store,
    pipeline: Pipeline,
    progress: Callable[[Document], None] | None = None,
) -> RunSummary:
    """Code every pending document not already in the store and not a copy of a story already
    coded; record failures, skips and duplicates."""
    summary = RunSummary()
    dedup = Deduplicator(store.con)

    def candidates() -> Iterable[Document]:
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
            if store.has(doc.doc_id):
                summary.already += 1
                continue
            if not doc.text.strip():
                doc.status = "skipped"
                doc.problems.append("empty text")
                summary.documents["skipped"] += 1
                store.record_failure(doc)
                continue
            yield doc

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
                store.record_failure(doc)
                continue
            yield doc

    for doc, events in pipeline.code_many(pending()):
        if doc.status == "failed":
            dedup.forget(doc.doc_id)
        store.write(doc, events)
        summary.documents[doc.status] += 1
        for ev in events:
            if ev.modality.negated or ev.modality.hypothetical:
                continue
            summary.events += 1
            summary.by_type[ev.plover["type"]] += 1
            summary.by_country[ev.location.country if ev.location else "?"] += 1
    return summary
