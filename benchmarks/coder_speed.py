"""How much chronica's own work (extraction, actors, places, dates, coding) adds to the spaCy parse.

    python benchmarks/coder_speed.py [N]

Parses N texts (the notes of ../shared/data/gold/acled-2020-dev.csv when present, else the bundled
example articles repeated) with the standard spaCy pipeline and with chronica's own parse (sentence
selection, lean tagging tail), then codes chronica's parsed documents, and prints the times and
ratios. Issue 4's goal: coding adds at most 25% to the spaCy parse of the same text.
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

import spacy

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


class Clock:
    """Wall and CPU seconds since the last lap."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def lap(self) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        out = (wall - self.wall, cpu - self.cpu)
        self.wall, self.cpu = wall, cpu
        return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    from chronica import default_pipeline
    from chronica.ingest import document_from_text
    from chronica.nlp import MODEL

    pipeline = default_pipeline()
    sample = texts(n + 50)
    documents = [document_from_text(t, doc_id=f"b{i}") for i, t in enumerate(sample)]
    documents, warm = documents[:n], documents[n:]  # the last 50 warm up (loads done on first use)
    words = sum(len(d.text.split()) for d in documents)
    full = spacy.load(MODEL)  # the standard en_core_web_sm pipeline, every component
    parser = pipeline.parser  # what chronica runs: sentence selection and the lean tagging tail
    list(full.pipe(d.text for d in warm))
    for doc, d in parser.pipe_tuples((d.text, d) for d in warm):
        if doc.has_annotation("DEP"):
            pipeline._code_parsed(d, doc)
    clock = Clock()
    list(full.pipe((d.text for d in documents), batch_size=64))
    parse, parse_cpu = clock.lap()
    parsed = [doc for doc, _ in parser.pipe_tuples((d.text, None) for d in documents)]
    lean, _ = clock.lap()
    events = sum(len(pipeline._code_parsed(d, p)) for d, p in zip(documents, parsed, strict=True)
                 if p.has_annotation("DEP"))
    code, code_cpu = clock.lap()
    print(f"texts: {len(documents)}  words: {words}  events: {events}")
    print(f"spaCy parse, full pipeline     : {parse:7.2f} s  ({words / parse:8.0f} words/s)")
    print(f"chronica's parse (selective)   : {lean:7.2f} s  ({words / lean:8.0f} words/s)")
    print(f"chronica coding                : {code:7.2f} s  ({words / code:8.0f} words/s)")
    print(f"coding / full spaCy parse      : {code / parse:7.2%}  (goal: at most 25%)")
    print(f"chronica end to end / spaCy    : {(lean + code) / parse:7.2%}")
    print(f"coding / parse, CPU seconds    : {code_cpu / parse_cpu:7.2%}  (coding {code_cpu:.2f} s, "
          f"parse {parse_cpu:.2f} s; steadier than wall time on a shared machine)")


if __name__ == "__main__":
    main()
