"""Flat memory on a 1 GB input: a real ``chronica run`` over a 1 GB JSON Lines file.

    python benchmarks/streaming.py [--gb 1.0] [--seconds 240] [--workers 2] [--keep FILE]

Writes a JSON Lines file of generated news articles (about 2.5 KB of text each, every one
different) of the given size, starts ``chronica run FILE --workers N`` on it in a child process
and samples, every two seconds, the resident memory of the driver and of each Dask worker
(psutil). After ``--seconds`` it stops the run with SIGINT (as Ctrl-C would) and prints the
memory at the start, in the middle and at the end of the sampling, the peak, and how many
documents were coded: memory that stays flat while documents are coded shows that nothing holds
the corpus (coding all of 1 GB takes hours on 2 cores; the stream behaves alike from the first
minute on).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest import article  # noqa: E402  (the generator of the ingestion benchmark)


def write_corpus(path: Path, gb: float, seed: int = 3) -> int:
    """Generated articles as JSON Lines up to ``gb`` gigabytes; returns how many."""
    rng = random.Random(seed)
    limit, size, n = int(gb * 1e9), 0, 0
    with path.open("w", encoding="utf-8") as f:
        while size < limit:
            title, paras = article(rng, n)
            line = json.dumps({"id": f"s{n:08d}", "title": title, "text": "\n\n".join(paras)}) + "\n"
            f.write(line)
            size += len(line.encode())
            n += 1
    return n


def stored(db: Path) -> int | None:
    """Documents in the database after the run stopped."""
    if not db.exists():
        return None
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM documents WHERE status = 'coded'").fetchone()[0]
    finally:
        con.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gb", type=float, default=1.0)
    ap.add_argument("--seconds", type=float, default=240)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--keep", type=Path, help="Write the corpus here (and reuse it if it exists).")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    corpus = a.keep or tmp / "corpus.jsonl"
    if not corpus.exists():
        t = time.perf_counter()
        n = write_corpus(corpus, a.gb)
        took = time.perf_counter() - t
        print(f"wrote {corpus.stat().st_size / 1e9:.2f} GB, {n:,} articles in {took:.0f} s")
    db = tmp / "stream.duckdb"
    exe = str(Path(sys.executable).parent / "chronica")
    cmd = [exe, "run", str(corpus), "--db", str(db)] + (["--workers", str(a.workers)] if a.workers else [])
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    driver = psutil.Process(proc.pid)
    samples: list[tuple[float, float, list[float]]] = []
    t0 = time.monotonic()
    try:
        while time.monotonic() - t0 < a.seconds and proc.poll() is None:
            time.sleep(2)
            try:
                kids = [c for c in driver.children(recursive=True) if "python" in c.name().lower()]
                workers = sorted((c.memory_info().rss / 2**20 for c in kids), reverse=True)
                samples.append((time.monotonic() - t0, driver.memory_info().rss / 2**20, workers))
            except psutil.Error:
                break
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    docs = stored(db)
    print(f"chronica run --workers {a.workers}: {len(samples)} samples over {a.seconds:.0f} s;"
          f" {docs} documents coded when stopped")
    print(f"{'t s':>6} {'driver MB':>10}  other processes MB (workers, nannies; largest first)")
    if not samples:
        return
    warm = [s for s in samples if s[0] >= 30] or samples  # after model loading
    picks = [warm[0], warm[len(warm) // 2], warm[-1]]
    for t, d, w in picks:
        print(f"{t:6.0f} {d:10.0f}  " + " ".join(f"{x:.0f}" for x in w))
    print(f"peak driver {max(s[1] for s in samples):.0f} MB; peak of any worker process "
          f"{max((max(s[2]) for s in samples if s[2]), default=0):.0f} MB; driver growth from "
          f"{warm[0][0]:.0f} s to {warm[-1][0]:.0f} s: {warm[-1][1] - warm[0][1]:+.0f} MB")


if __name__ == "__main__":
    main()
