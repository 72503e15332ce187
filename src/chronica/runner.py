"""Run the pipeline over inputs into a store, counting what happened for the closing summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from chronica.pipeline import Pipeline
from chronica.record import Document
from chronica.store import Store


@dataclass
class RunSummary:
    """What a run did: documents by status, events by type and country, the failures."""

    documents: Counter = field(default_factory=Counter)
    events: int = 0
    by_type: Counter = field(default_factory=Counter)
    by_country: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    already: int = 0


def run(
    documents: Iterable[Document],
    store: Store,
    pipeline: Pipeline,
    progress: Callable[[Document], None] | None = None,
) -> RunSummary:
    """Code every pending document not already in the store; record failures and skips."""
    summary = RunSummary()

    def pending() -> Iterable[Document]:
        for doc in documents:
            if progress:
                progress(doc)
            if doc.status in ("failed", "skipped"):
                summary.documents[doc.status] += 1
                if doc.status == "failed":
                    summary.failures.append((doc.path or doc.doc_id, "; ".join(doc.problems)))
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

    for doc, events in pipeline.code_many(pending()):
        store.write(doc, events)
        summary.documents[doc.status] += 1
        for ev in events:
            if ev.modality.negated or ev.modality.hypothetical:
                continue
            summary.events += 1
            summary.by_type[ev.plover["type"]] += 1
            summary.by_country[ev.location.country if ev.location else "?"] += 1
    return summary
