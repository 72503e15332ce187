"""Duplicate stories: exact copies (same words) and near copies (MinHash over word shingles).

Wire stories are syndicated word for word or nearly so. Each story is coded once; every further
copy is kept as a document of its own (its URL, publication and date count as another source)
with status ``skipped`` and the problem ``duplicate of <doc_id>`` naming the first copy.

- **Exact**: the text's words, case-folded and joined by single spaces (punctuation, layout and
  case do not count), hashed to 64 bits.
- **Near**: the set of 5-word shingles, summarised by a 128-value MinHash signature; two texts
  whose signatures agree on at least 90 % of the values (estimated Jaccard similarity >= 0.9)
  are copies. Candidates are found with locality-sensitive hashing: 16 bands of 8 values, each
  band hashed to a bucket; documents that share a bucket are compared.

Fingerprints live in the DuckDB file beside the documents (tables ``ingest_fingerprints`` and
``ingest_lsh``, created here), so a later run sees everything coded before; nothing but the
current batch is held in memory, whatever the size of the store. Documents coded before these
tables existed are fingerprinted when the Deduplicator first opens the file.

The hashing is deterministic (BLAKE2b and fixed multipliers, not Python's salted ``hash``), so
signatures stored by one run compare with those of the next.
"""

from __future__ import annotations

import hashlib
import re
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from chronica.record import Document

__all__ = [
    "Deduplicator",
    "Fingerprint",
    "Verdict",
    "fingerprint",
    "similarity",
    "NUM_PERM",
    "BANDS",
    "SHINGLE",
    "THRESHOLD",
]

NUM_PERM = 128
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 5
THRESHOLD = 0.9
BATCH = 1024  # documents checked at once: each check scans the fingerprint tables
BATCH_SECONDS = 2.0  # ... or what arrived in this long, so a slow stream is not held back

SCHEMA = """
CREATE TABLE IF NOT EXISTS ingest_fingerprints (
    doc_id VARCHAR, text_key BIGINT, signature BLOB, run VARCHAR,
    added TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS ingest_lsh (bucket BIGINT, doc_id VARCHAR);
"""

_WORD = re.compile(r"\w+")
_MASK64 = (1 << 64) - 1
_SHINGLE_MULT = np.uint64(0x9E3779B97F4A7C15)


def _h64(data: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little")


def _signed(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


# Multiply-add-shift hash family: h_i(x) = ((a_i * x + b_i) mod 2^64) >> 32, a_i odd.
_A = np.array([_h64(f"chronica-minhash-a-{i}".encode()) | 1 for i in range(NUM_PERM)], dtype=np.uint64)
_B = np.array([_h64(f"chronica-minhash-b-{i}".encode()) for i in range(NUM_PERM)], dtype=np.uint64)

_word_ids: dict[str, int] = {}
_WORD_CACHE = 200_000


def _word_id(word: str) -> int:
    wid = _word_ids.get(word)
    if wid is None:
        if len(_word_ids) >= _WORD_CACHE:
            _word_ids.clear()
        wid = _word_ids[word] = _h64(word.encode("utf-8", "surrogatepass"))
    return wid


@dataclass
class Fingerprint:
    """A text's exact key (64-bit, signed for DuckDB), MinHash signature and LSH buckets."""

    key: int
    signature: np.ndarray  # NUM_PERM uint32
    buckets: list[int]


@dataclass
class Verdict:
    """What the Deduplicator says about one document.

    ``kind`` is ``"new"`` (first copy: code it), ``"duplicate"`` (of ``of``, with the estimated
    ``similarity``) or ``"same"`` (this very document was already seen in this run).
    """

    kind: str
    of: str | None = None
    similarity: float = 0.0


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _shingles(words: list[str]) -> np.ndarray:
    ids = np.fromiter((_word_id(w) for w in words), dtype=np.uint64, count=len(words))
    k = min(SHINGLE, len(ids))
    n = len(ids) - k + 1
    hashes = ids[:n].copy()
    with np.errstate(over="ignore"):
        for j in range(1, k):
            hashes = hashes * _SHINGLE_MULT + ids[j : j + n]
    return np.unique(hashes)


def _minhash(hashes: np.ndarray) -> np.ndarray:
    sig = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for start in range(0, len(hashes), 2048):  # bounded memory for long texts
            values = _A[:, None] * hashes[None, start : start + 2048]
            values += _B[:, None]
            values >>= np.uint64(32)
            np.minimum(sig, values.min(axis=1), out=sig)
    return sig.astype(np.uint32)


def fingerprint(text: str) -> Fingerprint | None:
    """The fingerprint of a text; None when it has no words."""
    words = _words(text)
    if not words:
        return None
    key = _signed(_h64(" ".join(words).encode("utf-8", "surrogatepass")))
    sig = _minhash(_shingles(words))
    bands = sig.reshape(BANDS, ROWS)
    buckets = [_signed(_h64(bytes([i]) + bands[i].tobytes())) for i in range(BANDS)]
    return Fingerprint(key, sig, buckets)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two texts' shingle sets from their signatures."""
    return float(np.count_nonzero(a == b)) / NUM_PERM


class Deduplicator:
    """Duplicate detection against a DuckDB connection (``store.con``).

    ``filter(documents)`` yields each document with its :class:`Verdict`, in order, working in
    batches of :data:`BATCH` (or what arrived in :data:`BATCH_SECONDS`); documents found ``new``
    are registered at once, so later copies in the same run are caught too. :meth:`forget`
    removes a document that could not be coded.
    """

    def __init__(self, con: Any, *, threshold: float = THRESHOLD, run: str | None = None) -> None:
        self.con = con
        self.threshold = threshold
        self.run = run or uuid.uuid4().hex
        con.execute(SCHEMA)
        self.backfilled = self._backfill()

    # -- public ----------------------------------------------------------------------------------
    def filter(self, documents: Iterable[Document]) -> Iterator[tuple[Document, Verdict]]:
        batch: list[Document] = []
        started = time.monotonic()
        for doc in documents:
            if not batch:
                started = time.monotonic()
            batch.append(doc)
            if len(batch) >= BATCH or time.monotonic() - started > BATCH_SECONDS:
                yield from zip(batch, self.check(batch), strict=True)
                batch = []
        if batch:
            yield from zip(batch, self.check(batch), strict=True)

    def check(self, docs: list[Document]) -> list[Verdict]:
        """Verdicts for a batch of documents, in order; the new ones are registered."""
        fps = [fingerprint(d.text) for d in docs]
        keys_set = {fp.key for fp in fps if fp}
        keys = sorted(keys_set)
        buckets = sorted({b for fp in fps if fp for b in fp.buckets})
        exact: dict[int, tuple[str, str]] = {}
        known: set[str] = set()  # ids in this batch that already have a fingerprint
        batch_ids = {doc.doc_id for doc in docs}
        for key, doc_id, run in self.con.execute(
            "SELECT text_key, doc_id, run FROM ingest_fingerprints WHERE text_key IN (SELECT unnest(?))"
            " OR doc_id IN (SELECT unnest(?)) ORDER BY added",
            [keys, sorted(batch_ids)],
        ).fetchall():
            if key is not None and key in keys_set:
                exact.setdefault(key, (doc_id, run))
            if doc_id in batch_ids:
                known.add(doc_id)
        in_bucket: dict[int, list[str]] = {}
        signatures: dict[str, np.ndarray] = {}
        for bucket, doc_id, sig in self.con.execute(
            "SELECT l.bucket, l.doc_id, f.signature FROM ingest_lsh l JOIN ingest_fingerprints f"
            " USING (doc_id) WHERE l.bucket IN (SELECT unnest(?)) AND f.signature IS NOT NULL",
            [buckets],
        ).fetchall():
            in_bucket.setdefault(bucket, []).append(doc_id)
            signatures[doc_id] = np.frombuffer(sig, dtype=np.uint32)

        verdicts: list[Verdict] = []
        new: list[tuple[str, Fingerprint | None]] = []
        for doc, fp in zip(docs, fps, strict=True):
            if fp is None:
                verdicts.append(Verdict("new"))
                continue
            hit = exact.get(fp.key)
            if hit is not None:
                other, run = hit
                if other != doc.doc_id:
                    verdicts.append(Verdict("duplicate", other, 1.0))
                    continue
                if run == self.run:
                    verdicts.append(Verdict("same", other, 1.0))
                    continue
                # registered by an earlier run that did not finish coding it: code it again
            best: tuple[float, str] | None = None
            for bucket in fp.buckets:
                for other in in_bucket.get(bucket, ()):
                    if other == doc.doc_id:
                        continue
                    sim = similarity(fp.signature, signatures[other])
                    if sim >= self.threshold and (best is None or sim > best[0]):
                        best = (sim, other)
            if best is not None:
                verdicts.append(Verdict("duplicate", best[1], best[0]))
                continue
            verdicts.append(Verdict("new"))
            new.append((doc.doc_id, fp))
            exact[fp.key] = (doc.doc_id, self.run)
            signatures[doc.doc_id] = fp.signature
            for bucket in fp.buckets:
                in_bucket.setdefault(bucket, []).append(doc.doc_id)
        self._register(new, self.run, replace=known)
        return verdicts

    def forget(self, doc_id: str) -> None:
        """Drop a document's fingerprint (it failed to code: a later copy should be coded)."""
        self.con.execute("DELETE FROM ingest_lsh WHERE doc_id = ?", [doc_id])
        self.con.execute("DELETE FROM ingest_fingerprints WHERE doc_id = ?", [doc_id])

    # -- storage ---------------------------------------------------------------------------------
    def _register(
        self, new: list[tuple[str, Fingerprint | None]], run: str, replace: set[str] | None = None
    ) -> None:
        """Store fingerprints; ``replace``: ids whose earlier fingerprint is dropped first."""
        if not new:
            return
        ids = [doc_id for doc_id, _ in new]
        old = [doc_id for doc_id in ids if doc_id in (replace or ())]
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            if old:
                con.execute("DELETE FROM ingest_lsh WHERE doc_id IN (SELECT unnest(?))", [old])
                con.execute("DELETE FROM ingest_fingerprints WHERE doc_id IN (SELECT unnest(?))", [old])
            con.execute(
                "INSERT INTO ingest_fingerprints (doc_id, text_key, signature, run)"
                " SELECT unnest(?), unnest(?), unnest(?), ?",
                [
                    ids,
                    [fp.key if fp else None for _, fp in new],
                    [fp.signature.tobytes() if fp else None for _, fp in new],
                    run,
                ],
            )
            pairs = [(b, doc_id) for doc_id, fp in new if fp for b in fp.buckets]
            if pairs:
                con.execute(
                    "INSERT INTO ingest_lsh SELECT unnest(?), unnest(?)",
                    [[b for b, _ in pairs], [d for _, d in pairs]],
                )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def _backfill(self) -> int:
        """Fingerprint coded documents that have none (stored before deduplication existed)."""
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'documents'"
        ).fetchone()[0]
        if not exists:
            return 0
        done = 0
        while True:
            rows = self.con.execute(
                "SELECT d.doc_id, d.text FROM documents d WHERE d.status = 'coded' AND NOT EXISTS"
                " (SELECT 1 FROM ingest_fingerprints f WHERE f.doc_id = d.doc_id) LIMIT 500"
            ).fetchall()
            if not rows:
                return done
            self._register([(doc_id, fingerprint(text or "")) for doc_id, text in rows], "backfill")
            done += len(rows)
