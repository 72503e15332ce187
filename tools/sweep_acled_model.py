"""Sweep the ACLED model's settings with the evaluation's folds, scored on one half of the gold rows.

    python tools/sweep_acled_model.py [--split dev] [--c 0.5,1,2,4,8] [--min-count 1,2,3] [--pickle FILE]

Each gold note is coded once with rules alone (as ``tools/train_acled.py`` does); then, for every setting,
five models are trained as ``chronica evaluate --folds 5`` trains them (rows in folds by a hash of their id)
and each note of the split is typed by the model of the fold it was left out of. It prints event type and
sub-event type accuracy per setting (C, min_count, the decision floors of ``chronica.classify.model``).
Choose settings on ``--split dev``; the test half is read only through the evaluate command. The figures
leave out what re-coding with the model changes besides the type (actors named after the type), so they
match the evaluate command's type figures to a row or two.
"""

from __future__ import annotations

import argparse
import itertools
import pickle
from pathlib import Path

import chronica.classify.model as model_module
from chronica.classify.train import acled_parents, fit, trainable
from chronica.evaluate import code_with_rules, fold_of, in_split, read_acled
from chronica.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "gold" / "acled-2020-dev.csv"
FOLDS = 5
FLOORS = {"MIN_PROBABILITY": (0.4, 0.5, 0.6), "MIN_PROBABILITY_AGAINST_ACTORS": (0.7, 0.8, 0.9),
          "MIN_PROBABILITY_NOTE": (0.2, 0.3, 0.4), "MIN_PROBABILITY_NOTE_WORDS": (0.4, 0.5, 0.6)}
Row = tuple[str, str, str, str | None, tuple | None]  # id, gold type, gold sub-type, rules' type, features


def coded_rows(gold: Path) -> list[Row]:
    """Every gold note coded with rules alone: its gold labels, the rules' type and the model's features."""
    golds = read_acled(str(gold))
    preds, logged = code_with_rules(Pipeline(classifier=False), golds)
    rows = []
    for g, pred, entry in zip(golds, preds, logged, strict=True):
        rule_type = (pred.primary.acled or {}).get("event_type") if pred.primary is not None else None
        rows.append((g.doc_id, g.event_type, g.sub_event_type, rule_type, entry))
    return rows


def fold_models(rows: list[Row], folds: list[int], c: float, min_count: int) -> list:
    """One model per fold, trained on the rows of the other folds."""
    parents = acled_parents()
    models = []
    for k in range(FOLDS):
        train = [(r[4][1], r[2]) for r, f in zip(rows, folds, strict=True)
                 if f != k and r[4] is not None and trainable(r[4][1], r[4][2])]
        models.append(fit([x for x, _ in train], [y for _, y in train], parents, c=c, min_count=min_count))
    return models


def score(rows: list[Row], folds: list[int], models: list, split: str) -> tuple[float, float, int]:
    """Event type and sub-event type accuracy of the split's rows, each typed by its fold's model."""
    n = right = right_sub = 0
    for r, k in zip(rows, folds, strict=True):
        if not in_split(r[0], split):
            continue
        n += 1
        event_type, sub = r[3], None
        if r[4] is not None:
            decided, _ = models[k].decide(r[4][1], r[4][2], r[4][3])
            if decided is not None and decided in models[k].parents:
                event_type, sub = models[k].parents[decided], decided
            else:
                sub = r[4][2]
        right += event_type == r[1]
        right_sub += sub == r[2]
    return right / max(n, 1), right_sub / max(n, 1), n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--split", default="dev", choices=("dev", "test", "all"))
    ap.add_argument("--c", default="2")
    ap.add_argument("--min-count", default="2")
    ap.add_argument("--pickle", type=Path, help="keep the coded rows here and read them back next time")
    args = ap.parse_args()
    if args.pickle and args.pickle.exists():
        rows = pickle.loads(args.pickle.read_bytes())
    else:
        rows = coded_rows(args.gold)
        if args.pickle:
            args.pickle.write_bytes(pickle.dumps(rows))
    folds = [fold_of(r[0], FOLDS) for r in rows]
    for c, min_count in itertools.product([float(x) for x in args.c.split(",")],
                                          [int(x) for x in args.min_count.split(",")]):
        models = fold_models(rows, folds, c, min_count)
        for floors in itertools.product(*FLOORS.values()):
            for name, value in zip(FLOORS, floors, strict=True):
                setattr(model_module, name, value)
            event_type, sub, n = score(rows, folds, models, args.split)
            shown = " ".join(f"{name.lower()}={value}" for name, value in zip(FLOORS, floors, strict=True))
            print(f"C={c} min_count={min_count} {shown} event_type={event_type:.4f} sub_event={sub:.4f} "
                  f"rows={n}", flush=True)


if __name__ == "__main__":
    main()
