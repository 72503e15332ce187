"""Measure the coder against gold files: ``chronica evaluate --gold FILE --format acled|plover``.

    >>> from chronica import default_pipeline
    >>> from chronica.evaluate import evaluate
    >>> report = evaluate("../shared/data/gold/acled-2020-dev.csv", "acled", default_pipeline(), limit=100)
    >>> print(report.render())
    >>> report.scores["acled_event_type_accuracy"]

Each gold text is coded on its own with ``pipeline.code(document_from_text(text, ...))``; the
prediction for the row is the document's primary event (none: a miss). See docs/quality.md.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Sequence
from typing import Any, Protocol

from chronica.evaluate.readers import (
    AcledGold,
    PloverGold,
    actor_country,
    country_iso3,
    read_acled,
    read_plover,
)
from chronica.evaluate.report import HELD_OUT_NOTE, Report
from chronica.evaluate.scores import Prediction, Scored, score_acled, score_plover, weighted_f1
from chronica.record import Event

__all__ = [
    "FORMATS",
    "SPLITS",
    "in_split",
    "code_with_rules",
    "fold_of",
    "Report",
    "Prediction",
    "evaluate",
    "predict",
    "read_acled",
    "read_plover",
    "score_acled",
    "score_plover",
    "weighted_f1",
    "actor_country",
    "country_iso3",
]

log = logging.getLogger(__name__)
FORMATS = ("acled", "plover")


class Coder(Protocol):
    def code(self, document: Any) -> list[Event]: ...


def fold_of(doc_id: str, folds: int) -> int:
    """The fold of a gold row, from a hash of its id: every run puts a row in the same fold."""
    return int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % folds


def code_with_rules(pipeline: Any, golds: Sequence[AcledGold]) -> tuple[list[Prediction], list[Any]]:
    """Code every row with rules alone (the pipeline's ACLED model set aside for the run): the
    predictions, and the model input the pipeline logged for each row (None where it logged none)."""
    saved_model, saved_log = pipeline.classifier, pipeline.feature_log
    pipeline.classifier, pipeline.feature_log = None, []
    try:
        preds, logged = [], []
        for g in golds:
            before = len(pipeline.feature_log)
            preds.append(predict(pipeline, g.doc_id, g.text, None))
            logged.append(pipeline.feature_log[before] if len(pipeline.feature_log) > before else None)
    finally:
        pipeline.classifier, pipeline.feature_log = saved_model, saved_log
    return preds, logged


def cross_validate(pipeline: Any, golds: Sequence[AcledGold], folds: int) -> list[Prediction]:
    """Code every row with rules alone, then give each row the ACLED type of a model trained on
    the other folds (rows are assigned to folds by a hash of their id)."""
    from chronica.classify.features import NOTE
    from chronica.classify.train import acled_parents, fit, trainable

    preds, logged = code_with_rules(pipeline, golds)
    parents = acled_parents()
    fold = [fold_of(g.doc_id, folds) for g in golds]
    for k in range(folds):
        train = [(logged[i][1], golds[i].sub_event_type) for i in range(len(golds))
                 if fold[i] != k and logged[i] is not None and trainable(logged[i][1], logged[i][2])]
        model = fit([f for f, _ in train], [y for _, y in train], parents)
        for i in range(len(golds)):
            if fold[i] != k or logged[i] is None:
                continue
            sub, _ = model.decide(logged[i][1], logged[i][2], logged[i][3])
            untyped = sub is None and logged[i][2] is None and NOTE in logged[i][1]
            if untyped and getattr(pipeline, "embed", False):
                # a note the model leaves untyped: the embedding extra types it when coded with the model
                preds[i] = _with_model(pipeline, model, golds[i])
                continue
            if sub is None or sub not in model.parents or sub == logged[i][2]:
                continue
            # the pipeline names the actors once the model has typed the event (the crowd of a
            # protest is Protesters, of a riot Rioters): code the row again with this fold's model
            recoded = _with_model(pipeline, model, golds[i])
            if recoded.primary is not None and recoded.primary.acled:
                preds[i] = recoded
            elif preds[i].primary is not None:
                preds[i].primary.acled = {"event_type": model.parents[sub], "sub_event_type": sub}
    return preds


def _with_model(pipeline: Any, model: Any, gold: AcledGold) -> Prediction:
    """Code one row as the pipeline does with ``model`` as its ACLED model."""
    saved_model, saved_log = pipeline.classifier, pipeline.feature_log
    pipeline.classifier, pipeline.feature_log = model, None
    try:
        return predict(pipeline, gold.doc_id, gold.text, None)
    finally:
        pipeline.classifier, pipeline.feature_log = saved_model, saved_log


def predict(pipeline: Coder, doc_id: str, text: str, published: str | None = None) -> Prediction:
    """Code one gold text; a coding error is logged and counts as a row with no event."""
    from chronica.ingest import document_from_text

    try:
        document = document_from_text(text, doc_id=doc_id, published=published)
        events = list(pipeline.code(document))
    except Exception:  # one bad row must not stop a measurement run; it is scored as a miss
        log.exception("coding gold row %s failed", doc_id)
        return Prediction(None, [], failed=True)
    primary = next((e for e in events if e.primary), None)
    return Prediction(primary, events)


SPLITS = ("all", "dev", "test")


def in_split(doc_id: str, split: str) -> bool:
    """Rows are split in halves by a hash of their id: rules are developed by reading "dev" rows
    only, and figures are reported on "test" rows, which no one reads."""
    if split == "all":
        return True
    half = int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 2
    return (half == 0) == (split == "dev")


def evaluate(gold_path: str, fmt: str, pipeline: Coder, limit: int | None = None,
             folds: int | None = None, split: str = "all") -> Report:
    """Code the texts of a gold file with ``pipeline`` and score the primary events.

    ``fmt`` is "acled" (an ACLED CSV export; the text is ``notes``) or "plover" (PLOVER gold-standard
    JSON). ``limit`` keeps the first N rows. ``folds`` is accepted for the trained parts to come; the
    rule-based coder has none, so every figure is already held-out and no folds are run.
    """
    fmt = fmt.lower().strip()
    if fmt not in FORMATS:
        raise ValueError(f"unknown gold format {fmt!r}: expected one of {', '.join(FORMATS)}")
    if limit is not None and limit < 1:
        raise ValueError("limit must be a positive number of rows")
    if folds is not None and folds < 2:
        raise ValueError("folds must be at least 2")
    golds: Sequence[AcledGold] | Sequence[PloverGold]
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: expected one of {', '.join(SPLITS)}")
    every = read_acled(gold_path, None) if fmt == "acled" else read_plover(gold_path, None)
    golds = [g for g in every if in_split(g.doc_id, split)][:limit]  # type: ignore[assignment]

    model = getattr(pipeline, "classifier", None)
    if fmt == "acled" and model is not None:
        # the shipped model was trained on ACLED notes: figures on them must come from folds
        folds = folds or 5
    start = time.perf_counter()
    # ACLED notes carry their own date and no publication date is given; PLOVER's "date" is a
    # placeholder (2000-01-01), so neither passes one.
    cross = fmt == "acled" and bool(folds) and hasattr(pipeline, "feature_log")
    if cross:
        # the model learns from every row outside the scored row's fold, whatever its split
        pool = every if limit is None else golds
        by_id = dict(zip([g.doc_id for g in pool], cross_validate(pipeline, pool, folds), strict=True))
        preds = [by_id[g.doc_id] for g in golds]
    else:
        preds = [predict(pipeline, g.doc_id, g.text, None) for g in golds]
    seconds = time.perf_counter() - start

    scored: Scored = score_acled(golds, preds) if fmt == "acled" else score_plover(golds, preds)  # type: ignore[arg-type]
    notes = [HELD_OUT_NOTE, f"split: {split} ({len(golds)} rows)"]
    if cross:
        notes.append(f"ACLED types: the model was trained on {folds - 1} of {folds} folds and scored on "
                     f"the remaining one, in turn; every figure is held-out.")
    elif folds:
        notes.append(f"--folds {folds}: nothing is trained here, so folds change nothing.")
    if fmt == "acled":
        notes.append("fatalities: an event with no stated toll (None) and a row with no event count as 0, "
                     "as ACLED records 0 when none are reported.")
    else:
        notes.append("actor country: a gold IGO/NGO code expects a predicted actor with no country; "
                     "old CAMEO codes JAP, ITL, VTN are read as JPN, ITA, VNM.")
    scores: dict[str, float] = {**scored.scores, "n": len(golds)}
    return Report(
        fmt=fmt,
        gold_path=str(gold_path),
        scores=scores,
        support=scored.support,
        gold_types=scored.gold_types,
        pred_types=scored.pred_types,
        seconds=seconds,
        failures=sum(p.failed for p in preds),
        misses=sum(p.primary is None for p in preds),
        folds=folds,
        notes=notes,
    )
