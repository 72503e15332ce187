"""How much chronica's own work (extraction, actors, places, dates, coding) adds to the spaCy parse.

    python benchmarks/coder_speed.py [N]

Parses N texts (the notes of ../shared/data/gold/acled-2020-dev.csv when present, else the bundled
example articles repeated) with the spaCy pipeline, then codes the same parsed documents, and prints
the parse time, the coding time and their ratio. Issue 4's goal: coding adds at most 25% to the parse.
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "data" / "gold" / "acled-2020-dev.csv"


def texts(n: int) -> list[str]:
    if GOLD.exists():
        with GOLD.open(encoding="utf-8", newline="") as f:
            out = [row["notes"] for row in csv.DictReader(f) if row.get("notes")]
        return out[:n]
    from chronica.ingest import read_inputs

    docs = [d.text for d in read_inputs([str(ROOT / "examples" / "news")]) if d.text]
    return (docs * (n // max(len(docs), 1) + 1))[:n]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    from chronica import default_pipeline
    from chronica.ingest import document_from_text

    pipeline = default_pipeline()
    sample = texts(n)
    documents = [document_from_text(t, doc_id=f"b{i}") for i, t in enumerate(sample)]
    words = sum(len(d.text.split()) for d in documents)
    list(pipeline.nlp.pipe(d.text for d in documents[:50]))  # warm up
    start = time.perf_counter()
    parsed = list(pipeline.nlp.pipe((d.text for d in documents), batch_size=64))
    parse = time.perf_counter() - start
    start = time.perf_counter()
    events = sum(len(pipeline._code_parsed(d, p)) for d, p in zip(documents, parsed, strict=True))
    code = time.perf_counter() - start
    print(f"texts: {len(documents)}  words: {words}  events: {events}")
    print(f"spaCy parse     : {parse:7.2f} s  ({words / parse:8.0f} words/s)")
    print(f"chronica coding : {code:7.2f} s  ({words / code:8.0f} words/s)")
    print(f"coding / parse  : {code / parse:7.2%}  (goal: at most 25%)")


if __name__ == "__main__":
    main()
