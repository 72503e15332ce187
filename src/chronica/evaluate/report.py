"""The evaluation report: scores, their row counts, type confusions, speed, and a plain-text rendering."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from chronica.evaluate.scores import ClassScore, confusion, per_class, top_confusions

HELD_OUT_NOTE = (
    "Figures are held-out: rules were built by reading only the 'dev' half of the rows (split by a "
    "hash of the row id); the 'test' half is never read. The ACLED model is scored by "
    "cross-validation (--folds)."
)
TYPE_NAMES = {"acled": "ACLED event type", "plover": "PLOVER type"}


@dataclass
class Report:
    """What :func:`chronica.evaluate.evaluate` measured on one gold file."""

    fmt: str
    gold_path: str
    scores: dict[str, float]  # rates in [0, 1], plus "n" (rows scored)
    support: dict[str, int]  # rows each rate was computed on (rows that have the gold value)
    gold_types: list[str]  # per row: gold event type, and the predicted one ("none": no event)
    pred_types: list[str]
    seconds: float = 0.0  # wall time of ingest + coding, all rows
    failures: int = 0  # rows whose coding raised an error (scored as "none")
    misses: int = 0  # rows with no primary event (including failures)
    folds: int | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def n(self) -> int:
        return len(self.gold_types)

    @property
    def docs_per_second(self) -> float:
        return self.n / self.seconds if self.seconds > 0 else 0.0

    def per_class(self) -> list[ClassScore]:
        """Precision, recall and F1 of each event type."""
        return per_class(self.gold_types, self.pred_types)

    def confusion(self) -> dict[tuple[str, str], int]:
        """Counts of (gold type, predicted type), the diagonal included."""
        return dict(confusion(self.gold_types, self.pred_types))

    def top_confusions(self, k: int = 15) -> list[tuple[str, str, int]]:
        """The ``k`` commonest (gold, predicted, count) mistakes."""
        return top_confusions(self.gold_types, self.pred_types, k)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary (no per-row data)."""
        return {
            "format": self.fmt,
            "gold": self.gold_path,
            "n": self.n,
            "scores": dict(self.scores),
            "support": dict(self.support),
            "seconds": round(self.seconds, 3),
            "docs_per_second": round(self.docs_per_second, 2),
            "failures": self.failures,
            "misses": self.misses,
            "folds": self.folds,
            "notes": list(self.notes),
            "top_confusions": [list(t) for t in self.top_confusions()],
        }

    # -- text ---------------------------------------------------------------------------------
    def render(self, top: int = 15) -> str:
        """A plain-text report: scores, per-type scores, top confusions and the confusion table."""
        kind = TYPE_NAMES.get(self.fmt, "type")
        lines = [f"chronica evaluate: {self.fmt} gold {self.gold_path}, {self.n} rows"]
        lines += [f"note: {note}" for note in self.notes]
        lines.append(f"speed: {self.n} documents in {self.seconds:.1f} s = {self.docs_per_second:.1f} "
                     f"documents/second (ingest + coding, one process)")
        lines.append(f"rows with no primary event: {self.misses} (coding errors: {self.failures})")
        lines.append("")
        lines.append(_table(["score", "value", "rows"],
                            [[k, "" if k == "n" else f"{v:.3f}", str(self.support.get(k, int(v)))]
                             for k, v in self.scores.items()], right=(1, 2)))
        lines.append("")
        lines.append(f"per {kind}")
        lines.append(_table(["type", "gold", "pred", "precision", "recall", "f1"],
                            [[c.label, str(c.support), str(c.predicted), f"{c.precision:.3f}",
                              f"{c.recall:.3f}", f"{c.f1:.3f}"] for c in self.per_class()],
                            right=(1, 2, 3, 4, 5)))
        lines.append("")
        lines.append(f"top {top} confusions ({kind}: gold -> predicted)")
        worst = self.top_confusions(top)
        lines.append(_table(["count", "gold", "predicted"], [[str(n), g, p] for g, p, n in worst],
                            right=(0,)) if worst else "  (none)")
        lines.append("")
        lines.append(self._matrix(kind))
        return "\n".join(lines)

    def _matrix(self, kind: str) -> str:
        golds = [c.label for c in self.per_class() if c.support]
        preds = sorted({p for p in self.pred_types if p not in golds})
        labels = golds + preds
        counts = self.confusion()
        head = ["gold \\ predicted"] + [str(i + 1) for i in range(len(labels))]
        rows = [[f"{i + 1} {g}"] + [str(counts.get((g, p), "")) or "." for p in labels]
                for i, g in enumerate(golds)]
        legend = ", ".join(f"{i + 1} {label}" for i, label in enumerate(labels))
        table = _table(head, rows, right=tuple(range(1, len(head))))
        return f"confusion table ({kind}; rows gold, columns predicted)\n{table}\n  columns: {legend}"


def _table(head: list[str], rows: list[list[str]], right: tuple[int, ...] = ()) -> str:
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]

    def fmt(row: list[str]) -> str:
        cells = [str(c).rjust(w) if i in right else str(c).ljust(w)
                 for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        return "  " + "  ".join(cells).rstrip()

    rule = "  " + "  ".join("-" * w for w in widths)
    return "\n".join([fmt(head), rule, *(fmt(r) for r in rows)])
