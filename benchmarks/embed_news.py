"""Description matching for news: where chronica's rules find no event, is the nearest type's
description right? (the optional embedding extra; issue #4; docs/quality.md)

    python benchmarks/embed_news.py [--floors 0.3,0.4,0.5]

Codes the PLOVER gold sentences (``../shared/data/gold``, test and dev halves) and the ACLED news
audit (``tests/data/acled_news_audit.tsv``, sentences of our own) with the default pipeline, then
gives each text left with no primary event (PLOVER) or no ACLED type (audit) the type whose
descriptions (``classify/data/descriptions.yaml``) are nearest, when the similarity reaches a floor.
Prints type accuracy with and without the matching. Needs the embed extra.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from chronica import default_pipeline
from chronica.classify import embed
from chronica.evaluate import in_split, predict, read_plover

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "data" / "gold" / "plover-gsr-dev.json"
AUDIT = ROOT / "tests" / "data" / "acled_news_audit.tsv"


def audit_rows() -> list[tuple[str, str, str]]:
    """(event type, sub-event type, text) of the audit rows, known gaps included."""
    rows = []
    for line in AUDIT.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            event_type, sub, _plover, text = line.split("\t")
            rows.append((event_type.lstrip("!"), sub, text.replace("\\n", "\n")))
    return rows


def accuracy(gold: list[str], preds: list[str | None], keep: list[bool]) -> str:
    hits = sum(g == p for g, p, k in zip(gold, preds, keep, strict=True) if k)
    n = sum(keep)
    return f"{hits}/{n} ({hits / n:.3f})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--floors", default="0.2,0.3,0.4,0.5")
    args = ap.parse_args()
    if not embed.available():
        sys.exit("needs the embed extra (see docs/quality.md)")
    pipeline = default_pipeline()
    floors = [float(f) for f in args.floors.split(",")]
    if GOLD.is_file():
        golds = read_plover(str(GOLD))
        preds = []
        for g in golds:
            p = predict(pipeline, g.doc_id, g.text, None).primary
            preds.append(p.plover["type"] if p is not None else None)
        types, sims = embed.similarities(embed.embed([g.text for g in golds]), "plover")
        gold = [g.type for g in golds]
        halves = {s: [in_split(g.doc_id, s) for g in golds] for s in ("test", "dev")}
        print(f"PLOVER untyped: {sum(p is None for p in preds)} of {len(preds)}")
        runs = [("rules", preds), *((f"+match>={f:g}", embed.fill(preds, sims, types, f)) for f in floors),
                ("match alone", embed.fill([None] * len(preds), sims, types, -1.0))]
        for name, run in runs:
            halves_text = " | ".join(f"{s} {accuracy(gold, run, k)}" for s, k in halves.items())
            print(f"PLOVER {name:14s} {halves_text}")
    rows = audit_rows()
    subs = []
    for _t, _s, text in rows:
        p = predict(pipeline, "audit", text, None).primary
        subs.append(p.acled["sub_event_type"] if p is not None and p.acled else None)
    types, sims = embed.similarities(embed.embed([r[2] for r in rows]), "acled")
    gold = [r[1] for r in rows]
    every = [True] * len(rows)
    print(f"audit untyped: {sum(s is None for s in subs)} of {len(subs)}")
    runs = [("rules+model", subs), *((f"+match>={f:g}", embed.fill(subs, sims, types, f)) for f in floors),
            ("match alone", embed.fill([None] * len(subs), sims, types, -1.0))]
    for name, run in runs:
        print(f"audit {name:14s} sub-event {accuracy(gold, run, every)}")


if __name__ == "__main__":
    main()
