"""Throughput of chronica against bare spaCy, on one machine, in one process tree.

    python benchmarks/throughput.py [--limit N] [--corpus lgl|acled|both] [--no-recall]

On the same texts (the 588 articles of ../shared/data/news/lgl.xml read with chronica's own feed
reader, and the notes of ../shared/data/gold/acled-2020-dev.csv) it runs, each in a fresh child
process: bare spaCy with the full en_core_web_sm pipeline (``nlp.pipe``), chronica end to end in
one process (read, deduplicate, code, write a DuckDB file), and chronica on a local Dask cluster
of 1 and 2 worker processes. It prints words/s, documents/s, peak memory of every process
(``ru_maxrss``) and the ratios; model loading is timed apart. chronica's time runs from opening
the store to closing it. The CPU seconds of the one-process modes are printed too, and their
ratio: it varies less than the wall-clock one when other programs share the machine. A mode named
more than once (``--modes spacy,chronica,spacy,chronica``) is scored on all its runs together.
``--modes`` may add ``spacy-blas``: bare spaCy's full pipeline on chronica's matrix products
(``chronica.ops``), to see how much of the ratio comes from them. Then it checks sentence
selection (chronica.parse): the events with it and with every sentence parsed.

Goals (issue 8): chronica/1 >= 1.0 x spaCy; 2 workers >= 1.6 x 1 worker on 2 cores; < 1 GB per worker.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
LGL = SHARED / "news" / "lgl.xml"
# Bare spaCy runs with chronica's own batch size (chronica.parse.SelectiveParser): spaCy's default
# (1,000 texts) is slower on both corpora and takes 1.7 GB on the articles.
BARE_BATCH = 64
ACLED = SHARED / "gold" / "acled-2020-dev.csv"


def documents(corpus: str, limit: int | None):
    from chronica.ingest import document_from_text, read_inputs

    if corpus == "lgl":
        docs = [d for d in read_inputs([str(LGL)]) if d.status == "pending" and d.text.strip()]
    else:
        with ACLED.open(encoding="utf-8", newline="") as f:
            rows = [r for r in csv.DictReader(f) if (r.get("notes") or "").strip()]
        docs = [document_from_text(r["notes"], doc_id=f"acled-{r['data_id']}") for r in rows]
    return docs[:limit] if limit else docs


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(mode: str, corpus: str, limit: int | None) -> dict:
    docs = documents(corpus, limit)
    words = sum(len(d.text.split()) for d in docs)
    out: dict = {"mode": mode, "corpus": corpus, "docs": len(docs), "words": words}
    t0 = time.perf_counter()
    if mode in ("spacy", "spacy-blas"):
        import spacy
        from thinc.api import use_ops

        from chronica import ops
        from chronica.nlp import MODEL

        if mode == "spacy":
            nlp = spacy.load(MODEL)
        else:  # like for like: the full pipeline on chronica's matrix products (chronica.ops)
            ops.one_blas_thread()
            with use_ops(ops.NAME):
                nlp = spacy.load(MODEL)
        nlp.max_length = 2_000_000
        out["load_s"] = time.perf_counter() - t0
        out["components"] = nlp.pipe_names
        t, cpu = time.perf_counter(), time.process_time()
        for _ in nlp.pipe((d.text for d in docs), batch_size=BARE_BATCH):
            pass
        out["seconds"] = time.perf_counter() - t
        out["cpu_s"] = time.process_time() - cpu
        out["peak_mb"] = [peak_mb()]
        return out
    from chronica.runner import run
    from chronica.store import Store

    db = Path(tempfile.mkdtemp()) / "bench.duckdb"
    if mode == "chronica":
        from chronica import default_pipeline

        pipeline = default_pipeline()
        out["load_s"] = time.perf_counter() - t0
        t, cpu = time.perf_counter(), time.process_time()  # end to end: the store opened, written, closed
        with Store(db) as store:
            summary = run(iter(docs), store, pipeline)
        out["seconds"] = time.perf_counter() - t
        out["cpu_s"] = time.process_time() - cpu
        out["peak_mb"] = [peak_mb()]
    else:
        from chronica.scale import DaskCoder, cluster_client

        workers = int(mode.split("-")[1])
        with cluster_client(workers=workers) as client:
            out["load_s"] = time.perf_counter() - t0
            t = time.perf_counter()
            with Store(db) as store:
                coder = DaskCoder(client, parts=db.with_name("bench.parts"))
                summary = run(iter(docs), store, coder=coder)
            out["seconds"] = time.perf_counter() - t
            worker_peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        out["peak_mb"] = [peak_mb(), *worker_peaks.values()]  # driver first, then each worker
    out["coded"] = summary.documents["coded"]
    out["events"] = summary.events
    return out


def recall(corpus: str, limit: int | None) -> dict:
    """Events with sentence selection (the default) and with every sentence parsed."""
    from chronica import default_pipeline

    pipeline = default_pipeline()
    result = {}
    for label, on in (("with", True), ("without", False)):
        docs = documents(corpus, limit)
        pipeline.prefilter = None if on else False
        t = time.perf_counter()
        coded = list(pipeline.code_many(docs))
        seconds = time.perf_counter() - t
        ids = {e.event_id for _, evs in coded for e in evs}
        types = Counter(e.plover["type"] for _, evs in coded for e in evs)
        primary = {d.doc_id: (e.plover["type"], (e.acled or {}).get("sub_event_type"), e.fatalities)
                   for d, evs in coded for e in evs if e.primary}
        result[label] = {"events": len(ids), "types": dict(types), "seconds": seconds, "ids": ids,
                         "primary": primary}
        if on:
            result["stats"] = dict(pipeline.parser.stats)
    lost = result["without"]["ids"] - result["with"]["ids"]
    extra = result["with"]["ids"] - result["without"]["ids"]
    a, b = result["with"]["primary"], result["without"]["primary"]
    changed = sum(1 for k in set(a) | set(b) if a.get(k) != b.get(k))
    for label in ("with", "without"):
        del result[label]["ids"], result[label]["primary"]
    return {"corpus": corpus, **result, "lost": len(lost), "extra": len(extra), "primary_changed": changed,
            "docs": len(set(a) | set(b))}


def _pooled(runs: list[dict]) -> dict:
    """One mode's runs together: words and documents per second over all of them."""
    seconds = sum(r["seconds"] for r in runs)
    out = {"wps": sum(r["words"] for r in runs) / seconds, "dps": sum(r["docs"] for r in runs) / seconds}
    if all("cpu_s" in r for r in runs):
        out["cpu_s"] = sum(r["cpu_s"] for r in runs) / len(runs)
    return out


def spawn(args: list[str]) -> dict:
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})
    if done.returncode != 0:
        raise SystemExit(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="Documents per corpus (default: all).")
    ap.add_argument("--corpus", choices=["lgl", "acled", "both"], default="both")
    ap.add_argument("--modes", default="spacy,chronica,dask-1,dask-2")
    ap.add_argument("--no-recall", action="store_true")
    ap.add_argument("--child", nargs=2, metavar=("MODE", "CORPUS"), help=argparse.SUPPRESS)
    ap.add_argument("--recall-child", metavar="CORPUS", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        print(json.dumps(child(a.child[0], a.child[1], a.limit)))
        return
    if a.recall_child:
        print(json.dumps(recall(a.recall_child, a.limit)))
        return
    corpora = ["lgl", "acled"] if a.corpus == "both" else [a.corpus]
    modes = a.modes.split(",")
    print(f"cores: {os.cpu_count()}  python: {sys.version.split()[0]}")
    head = f"{'corpus':7} {'mode':10} {'docs':>6} {'words':>8} {'load s':>7} {'run s':>7} {'cpu s':>6}" \
           f" {'words/s':>8} {'docs/s':>7} {'events':>7}  peak MB per process"
    print(head)
    for corpus in corpora:
        runs: dict[str, list[dict]] = {}
        for mode in modes:
            r = spawn(["--child", mode, corpus] + (["--limit", str(a.limit)] if a.limit else []))
            runs.setdefault(mode, []).append(r)
            cpu = f"{r['cpu_s']:6.1f}" if "cpu_s" in r else f"{'-':>6}"
            wps, dps = r["words"] / r["seconds"], r["docs"] / r["seconds"]
            print(f"{corpus:7} {mode:10} {r['docs']:6d} {r['words']:8d} {r['load_s']:7.1f}"
                  f" {r['seconds']:7.1f} {cpu} {wps:8.0f} {dps:7.1f}"
                  f" {r.get('events', '-')!s:>7}  " + " ".join(f"{m:.0f}" for m in r["peak_mb"]), flush=True)
        res = {mode: _pooled(rs) for mode, rs in runs.items()}  # a mode run several times: all its runs
        if "spacy" in res and "chronica" in res:
            ratio = res["chronica"]["wps"] / res["spacy"]["wps"]
            cpu_ratio = res["spacy"]["cpu_s"] / res["chronica"]["cpu_s"]
            print(f"  {corpus}: chronica (1 process) / bare spaCy = {ratio:.2f}"
                  f" (goal >= 1.0); in CPU time {cpu_ratio:.2f}")
        if "spacy-blas" in res and "chronica" in res:
            ratio = res["chronica"]["wps"] / res["spacy-blas"]["wps"]
            print(f"  {corpus}: chronica (1 process) / bare spaCy on chronica's BLAS products = {ratio:.2f}")
        if "dask-1" in res and "dask-2" in res:
            print(f"  {corpus}: 2 workers / 1 worker = {res['dask-2']['wps'] / res['dask-1']['wps']:.2f}"
                  " (goal >= 1.6)")
        if "chronica" in res and "dask-2" in res:
            print(f"  {corpus}: 2 workers / 1 process = {res['dask-2']['wps'] / res['chronica']['wps']:.2f}")
    if a.no_recall:
        return
    print("\nsentence selection check (events with it and with every sentence parsed, same documents):")
    for corpus in corpora:
        r = spawn(["--recall-child", corpus] + (["--limit", str(a.limit)] if a.limit else []))
        w, wo, st = r["with"], r["without"], r["stats"]
        print(f"  {corpus}: parsed {st['parsed']}/{st['sentences']} sentences,"
              f" {st['parsed_tokens'] / max(1, st['tokens']):.0%} of tokens; events {w['events']} with,"
              f" {wo['events']} without; lost {r['lost']}, extra {r['extra']}; primary event (type,"
              f" sub-event, fatalities) changed in {r['primary_changed']} of {r['docs']} documents;"
              f" {wo['seconds']:.1f} s -> {w['seconds']:.1f} s")


if __name__ == "__main__":
    main()
