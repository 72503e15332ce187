"""Train chronica's ACLED model on an ACLED export and write it into the package.

    python tools/train_acled.py [../shared/data/gold/acled-2020-dev.csv]

Each note is coded with rules alone; the model learns the gold sub-event type from what the rules
found (see src/chronica/classify/features.py). Deterministic: the same data gives the same file.
Held-out figures come from ``chronica evaluate --gold FILE --format acled --folds 5``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from chronica.classify.train import acled_parents, fit, trainable
from chronica.evaluate import code_with_rules, read_acled
from chronica.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "gold" / "acled-2020-dev.csv"
TARGET = ROOT / "src" / "chronica" / "classify" / "data" / "acled_model.json"


def main() -> None:
    gold = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_GOLD
    rows = read_acled(str(gold))
    _, logged = code_with_rules(Pipeline(classifier=False), rows)
    feats, labels = [], []
    for row, entry in zip(rows, logged, strict=True):
        if entry is not None and trainable(entry[1], entry[2]):
            feats.append(entry[1])
            labels.append(row.sub_event_type)
    parents = acled_parents()
    model = fit(feats, labels, parents)
    model.meta["source"] = gold.name
    model.save(TARGET)
    print(f"trained on {len(labels)} of {len(rows)} notes; {len(model.weights)} features, "
          f"{len(model.classes)} sub-event types -> {TARGET.relative_to(ROOT)} "
          f"({TARGET.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
