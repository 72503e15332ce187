"""Does the optional embedding extra raise held-out ACLED accuracy? (issue #4; docs/quality.md)

    python benchmarks/embed_acled.py [--rules-cache FILE] [--scales 1,3,10]

Needs the extra (``pip install torch==2.13.0`` then ``pip install -e .[embed]``) and the ACLED gold in
``../shared/data/gold``. Every note is coded with rules alone (cached in ``--rules-cache``), then the
model's types are settled in 5 folds as ``chronica evaluate --folds 5`` does (no recoding of actors), with:

- ``sparse``: the shipped model's features (the baseline);
- ``sparse+emb xS``: the same plus the note's 384 embedding values times S as features;
- ``+match``: rows left with no ACLED type take the sub-event type whose description
  (``classify/data/descriptions.yaml``) is nearest to the note, when its similarity is at least a floor.

Prints event-type and sub-event-type accuracy and weighted F1 on the test and dev halves.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np

from chronica.classify import embed
from chronica.classify.train import acled_parents, fit, trainable
from chronica.evaluate import code_with_rules, fold_of, in_split, read_acled, weighted_f1
from chronica.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "data" / "gold" / "acled-2020-dev.csv"
FOLDS = 5


def code_rules(gold: Path, cache: Path | None) -> list[tuple]:
    """(doc_id, text, event type, sub-event type, logged model input, rules' sub-event type) per row."""
    if cache is not None and cache.is_file():
        return pickle.loads(cache.read_bytes())
    golds = read_acled(str(gold))
    preds, logged = code_with_rules(Pipeline(classifier=False), golds)
    out = []
    for row, pred, entry in zip(golds, preds, logged, strict=True):
        typed = pred.primary is not None and pred.primary.acled
        rule = pred.primary.acled["sub_event_type"] if typed else None
        out.append((row.doc_id, row.text, row.event_type, row.sub_event_type, entry, rule))
    if cache is not None:
        cache.write_bytes(pickle.dumps(out))
    return out


def with_embedding(feats: dict[str, float], vector: np.ndarray, scale: float) -> dict[str, float]:
    """The sparse features plus the embedding's values as ``emb:i`` features."""
    return {**feats, **{f"emb:{i}": float(v) * scale for i, v in enumerate(vector)}}


def cross_validate(rows: list[tuple], vectors: np.ndarray | None, scale: float) -> list[str | None]:
    """Each row's sub-event type from a model trained on the other folds (the rules' where none)."""
    parents = acled_parents()
    fold = [fold_of(r[0], FOLDS) for r in rows]

    def feats(i: int) -> dict[str, float]:
        f = rows[i][4][1]
        return f if vectors is None else with_embedding(f, vectors[i], scale)

    preds: list[str | None] = [r[5] for r in rows]
    usable = [i for i, r in enumerate(rows) if r[4] is not None]
    for k in range(FOLDS):
        train = [i for i in usable if fold[i] != k and trainable(rows[i][4][1], rows[i][4][2])]
        model = fit([feats(i) for i in train], [rows[i][3] for i in train], parents)
        for i in usable:
            if fold[i] == k:
                sub, _ = model.decide(feats(i), rows[i][4][2], rows[i][4][3])
                if sub is not None and sub in model.parents:
                    preds[i] = sub
    return preds


def matched(preds: list[str | None], vectors: np.ndarray, floor: float) -> list[str | None]:
    """Rows with no type take the nearest description's sub-event type when it is near enough."""
    types, sims = embed.similarities(vectors, "acled")
    return embed.fill(preds, sims, types, floor)


def scores(rows: list[tuple], preds: list[str | None], split: str) -> str:
    """Event-type and sub-event-type accuracy and weighted F1 on one half."""
    parents = acled_parents()
    idx = [i for i, r in enumerate(rows) if in_split(r[0], split)]
    gold_t = [rows[i][2] for i in idx]
    gold_s = [rows[i][3] for i in idx]
    pred_s = [preds[i] or "none" for i in idx]
    pred_t = [parents.get(p, "none") for p in pred_s]
    acc_t = sum(g == p for g, p in zip(gold_t, pred_t, strict=True)) / len(idx)
    acc_s = sum(g == p for g, p in zip(gold_s, pred_s, strict=True)) / len(idx)
    return (f"{split}: type {acc_t:.3f} (F1 {weighted_f1(gold_t, pred_t):.3f}), "
            f"sub {acc_s:.3f} (F1 {weighted_f1(gold_s, pred_s):.3f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--rules-cache", type=Path, default=None)
    ap.add_argument("--scales", default="1,3,10")
    ap.add_argument("--floors", default="0.3,0.4,0.5")
    args = ap.parse_args()
    if not args.gold.is_file() or not embed.available():
        sys.exit("needs the ACLED gold file and the embed extra (see the docstring)")
    rows = code_rules(args.gold, args.rules_cache)
    vectors = embed.embed([r[1] for r in rows])
    base = cross_validate(rows, None, 0.0)
    runs = {"rules alone": [r[5] for r in rows], "sparse": base}
    for scale in (float(s) for s in args.scales.split(",")):
        runs[f"sparse+emb x{scale:g}"] = cross_validate(rows, vectors, scale)
    for floor in (float(s) for s in args.floors.split(",")):
        runs[f"sparse+match>={floor:g}"] = matched(base, vectors, floor)
    runs["match alone"] = matched([None] * len(rows), vectors, -1.0)
    for name, preds in runs.items():
        print(f"{name:24s} " + " | ".join(scores(rows, preds, s) for s in ("test", "dev")), flush=True)


if __name__ == "__main__":
    main()
