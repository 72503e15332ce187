"""Trials of the ACLED model's features and training settings, scored on the dev rows' folds.

    python tools/model_trials.py [--pickle /tmp/rows.pkl] [--trials pairs,bigrams40,...] [--salts a,b]

Each gold note is coded once with rules alone, keeping what ``chronica.classify.features.features`` is
given (the events, the lead's lemmas, the text). Every trial then builds its features from those, trains
five models as ``chronica evaluate --folds 5`` does (rows of both halves, in folds by a hash of their id)
and types each dev row with the model of the fold it was left out of. It prints, per trial, the dev rows'
event type accuracy, sub-event accuracy and weighted F1, and the rows gained or lost against ``before``
(the features before this script's round; ``shipped`` are the package's).
Test rows train the folds but are never scored here: the test half is read only through
``chronica evaluate --split test``. As in ``tools/sweep_acled_model.py`` the figures leave out what
re-coding with the model changes besides the type.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import chronica.classify.model as model_module
import chronica.pipeline as pipeline_module
from chronica.classify.features import features as shipped_features
from chronica.classify.train import PAIR_MIN_COUNT, acled_parents, fit, trainable
from chronica.evaluate import code_with_rules, fold_of, in_split, read_acled, weighted_f1
from chronica.ontology.mapping import armed
from chronica.pipeline import Pipeline
from chronica.record import Actor

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "gold" / "acled-2020-dev.csv"
FOLDS = 5


@dataclass
class Row:
    """One gold note coded with rules alone: its labels, the rules' type and the features' inputs."""

    doc_id: str
    event_type: str
    sub_event_type: str
    rule_type: str | None
    entry: tuple | None  # (doc_id, features, rule_sub, actors_named) as the pipeline logs it
    inputs: tuple | None  # (events, lemmas, text) given to features()


@dataclass
class Trial:
    """A feature builder and training settings."""

    name: str
    build: Callable[[tuple], dict[str, float]] | None = None  # None: the logged features
    c: float = 2.0
    min_count: int = 2
    class_weight: str | None = None
    pair_min_count: int = 2  # the trials of the twenty-ninth round kept every pair seen twice
    floors: dict[str, float] = field(default_factory=dict)


def coded_rows(gold: Path) -> list[Row]:
    """Every gold note coded with rules alone, with the inputs its features were made from."""
    golds = read_acled(str(gold))
    seen: list[tuple] = []
    original = pipeline_module.features

    def keep(events: list, lemmas: list[str] | None = None, text: str | None = None) -> dict[str, float]:
        seen.append(pickle.loads(pickle.dumps((events, lemmas, text))))  # as they stand now
        return original(events, lemmas, text)

    pipeline_module.features = keep
    try:
        pipe = Pipeline(classifier=False)
        rows = []
        for g in golds:
            before = len(seen)
            preds, logged = code_with_rules(pipe, [g])
            pred, entry = preds[0], logged[0]
            rule_type = (pred.primary.acled or {}).get("event_type") if pred.primary is not None else None
            inputs = seen[-1] if len(seen) > before and entry else None
            rows.append(Row(g.doc_id, g.event_type, g.sub_event_type, rule_type, entry, inputs))
    finally:
        pipeline_module.features = original
    return rows


def feats_of(row: Row, trial: Trial) -> dict[str, float]:
    """The row's features under a trial."""
    assert row.entry is not None
    if trial.build is None or row.inputs is None:
        return row.entry[1]
    return trial.build(row.inputs)


def folds_of(rows: list[Row], salt: str = "") -> list[int]:
    """Each row's fold: the evaluation's, or with ``salt`` another split of the rows into folds (to see
    whether a trial's gain holds beyond one draw of the folds)."""
    if not salt:
        return [fold_of(r.doc_id, FOLDS) for r in rows]
    return [int(hashlib.sha1((salt + r.doc_id).encode()).hexdigest(), 16) % FOLDS for r in rows]


def run(rows: list[Row], trial: Trial, salt: str = "") -> tuple[list[str | None], list[str | None]]:
    """Each row's predicted event type and sub-event type, by the model of the fold it was left out of."""
    parents = acled_parents()
    folds = folds_of(rows, salt)
    feats = [feats_of(r, trial) if r.entry is not None else None for r in rows]
    saved = {name: getattr(model_module, name) for name in trial.floors}
    for name, value in trial.floors.items():
        setattr(model_module, name, value)
    types: list[str | None] = [r.rule_type for r in rows]
    subs: list[str | None] = [r.entry[2] if r.entry else None for r in rows]
    try:
        for k in range(FOLDS):
            train = [(f, r.sub_event_type) for r, f, fo in zip(rows, feats, folds, strict=True)
                     if fo != k and f is not None and trainable(f, r.entry[2])]
            model = fit([x for x, _ in train], [y for _, y in train], parents, c=trial.c,
                        min_count=trial.min_count, class_weight=trial.class_weight,
                        pair_min_count=trial.pair_min_count)
            for i, (r, f, fo) in enumerate(zip(rows, feats, folds, strict=True)):
                if fo != k or f is None or not in_split(r.doc_id, "dev"):
                    continue
                decided, _ = model.decide(f, r.entry[2], r.entry[3])
                if decided is not None and decided in model.parents:
                    types[i], subs[i] = model.parents[decided], decided
    finally:
        for name, value in saved.items():
            setattr(model_module, name, value)
    return types, subs


def score(rows: list[Row], types: list, subs: list) -> tuple[int, int, float, int]:
    """Dev rows: event types right, sub-event types right, sub-event weighted F1, rows."""
    dev = [i for i, r in enumerate(rows) if in_split(r.doc_id, "dev")]
    right = sum(types[i] == rows[i].event_type for i in dev)
    right_sub = sum(subs[i] == rows[i].sub_event_type for i in dev)
    wf1 = weighted_f1([rows[i].sub_event_type for i in dev], [subs[i] or "none" for i in dev])
    return right, right_sub, wf1, len(dev)


def base_build(inputs: tuple) -> dict[str, float]:
    """The features before the twenty-ninth round: the shipped ones without pairs of lemmas."""
    return {k: v for k, v in shipped_features(*inputs).items() if not k.startswith("b=")}


def shipped_features_of(inputs: tuple) -> dict[str, float]:
    """The shipped features (with the pairs of neighbouring lemmas, up to 40 lemmas: ``bigrams40``)."""
    return shipped_features(*inputs)


def _primary(inputs: tuple) -> Any:
    return next((e for e in inputs[0] if e.primary), None)


def _first_inter(actors: list) -> str:
    return str(actors[0].inter) if actors else "none"


def _armed_side(actors: list) -> str:
    return str(armed(actors[0])) if actors else "none"


def pairs(inputs: tuple) -> dict[str, float]:
    """Who acted on whom: inter1 x inter2, and the class with both sides' arms."""
    f = base_build(inputs)
    e = _primary(inputs)
    if e is not None:
        f[f"pair={_first_inter(e.source)}x{_first_inter(e.target)}"] = 1.0
    return f


def class_armed(inputs: tuple) -> dict[str, float]:
    """The trigger's class with whether each side bears arms."""
    f = base_build(inputs)
    e = _primary(inputs)
    if e is not None:
        cls = e.evidence.get("trigger", {}).get("class")
        f[f"class_armed={cls}|{_armed_side(e.source)}|{_armed_side(e.target)}"] = 1.0
    return f


def class_inter(inputs: tuple) -> dict[str, float]:
    """The trigger's class with each side's inter code."""
    f = base_build(inputs)
    e = _primary(inputs)
    if e is not None:
        cls = e.evidence.get("trigger", {}).get("class")
        f[f"class_src={cls}|{_first_inter(e.source)}"] = 1.0
        f[f"class_tgt={cls}|{_first_inter(e.target)}"] = 1.0
    return f


def both_pairs(inputs: tuple) -> dict[str, float]:
    """pairs and class_armed together."""
    f = pairs(inputs)
    f.update(class_armed(inputs))
    return f


def toll_side(inputs: tuple) -> dict[str, float]:
    """Whether the dead and wounded told are armed (the doers or fighters) or not (victims)."""
    f = base_build(inputs)
    e = _primary(inputs)
    if e is None:
        return f
    for kind, count in (e.evidence.get("counts") or {}).items():
        if kind not in ("killed", "injured"):
            continue
        text = count.get("text") or ""
        f[f"{kind}_armed={armed(Actor(text=text))}"] = 1.0
        src = {(a.text or "").lower().split()[-1] for a in e.source if a.text}
        if src & set(text.lower().split()):
            f[f"{kind}_of_doers"] = 1.0
    return f


def bigrams(inputs: tuple, n: int = 20) -> dict[str, float]:
    """Pairs of neighbouring content lemmas of the lead."""
    f = base_build(inputs)
    lemmas = (inputs[1] or [])[:n]
    for a, b in zip(lemmas, lemmas[1:], strict=False):
        f[f"b={a}_{b}"] = 1.0
    return f


def other_sides(inputs: tuple) -> dict[str, float]:
    """The other events' sides: whether they bear arms."""
    f = base_build(inputs)
    for ev in inputs[0]:
        if ev.primary or ev.modality.negated:
            continue
        f[f"other_src_armed={_armed_side(ev.source)}"] = 1.0
        f[f"other_tgt_armed={_armed_side(ev.target)}"] = 1.0
    return f


LABEL = re.compile(r"^\W*([A-Z][A-Za-z /-]{2,40}):\s")


def note_label(inputs: tuple) -> dict[str, float]:
    """The label some notes open with ("Security measures: On 8 May 2020, ...")."""
    f = base_build(inputs)
    m = LABEL.match(inputs[2] or "")
    if m and "note_form" in f:
        f[f"label={m.group(1).lower()}"] = 1.0
    return f


def no_rule_sub(inputs: tuple) -> dict[str, float]:
    """Without the rules' sub-event type and PLOVER type."""
    return {k: v for k, v in base_build(inputs).items() if not k.startswith(("rule_sub=", "plover="))}


def combine(*builds: Callable[[tuple], dict[str, float]]) -> Callable[[tuple], dict[str, float]]:
    """The union of several builders' features."""
    def build(inputs: tuple) -> dict[str, float]:
        f: dict[str, float] = {}
        for b in builds:
            f.update(b(inputs))
        return f
    return build


def trials() -> list[Trial]:
    """The trials this script knows."""
    out = [Trial("before", base_build), Trial("shipped", shipped_features_of, pair_min_count=PAIR_MIN_COUNT)]
    out += [Trial(f"C={c}", base_build, c=c) for c in (0.5, 1.0, 4.0)]
    out += [Trial(f"min_count={m}", base_build, min_count=m) for m in (1, 3)]
    out.append(Trial("balanced", base_build, class_weight="balanced"))
    out += [Trial(name, build) for name, build in (
        ("pairs", pairs), ("class_armed", class_armed), ("class_inter", class_inter),
        ("pairs+class_armed", both_pairs), ("toll_side", toll_side), ("bigrams", bigrams),
        ("other_sides", other_sides), ("note_label", note_label), ("no_rule_sub", no_rule_sub),
        ("bigrams10", lambda i: bigrams(i, 10)), ("bigrams40", lambda i: bigrams(i, 40)),
        ("bigrams+note_label", combine(bigrams, note_label)),
        ("bigrams+pairs+class_armed", combine(bigrams, both_pairs)),
        ("bigrams+note_label+pairs+class_armed", combine(bigrams, note_label, both_pairs)))]
    out += [Trial(f"bigrams40 C={c}", lambda i: bigrams(i, 40), c=c) for c in (1.0, 4.0)]
    out += [Trial(f"bigrams40 min_count={m}", lambda i: bigrams(i, 40), min_count=m) for m in (3,)]
    out += [Trial(f"bigrams40 pair_min_count={m}", lambda i: bigrams(i, 40), pair_min_count=m)
            for m in (3, 5, 6, 8, 12)]
    out += [Trial(f"shipped min_probability={v}", shipped_features_of, pair_min_count=PAIR_MIN_COUNT,
                  floors={"MIN_PROBABILITY": v}) for v in (0.4, 0.45)]
    out += [Trial(f"bigrams+note_label C={c}", combine(bigrams, note_label), c=c) for c in (1.0, 4.0)]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--pickle", type=Path, help="keep the coded rows here and read them back next time")
    ap.add_argument("--trials", default="", help="comma-separated trial names (default: all)")
    ap.add_argument("--salts", default="", help="comma-separated salts: score each trial on other draws "
                    "of the folds too (the evaluation's folds are the empty salt)")
    args = ap.parse_args()
    if args.pickle and args.pickle.exists():
        rows: list[Any] = pickle.loads(args.pickle.read_bytes())
    else:
        rows = coded_rows(args.gold)
        if args.pickle:
            args.pickle.write_bytes(pickle.dumps(rows))
    wanted = set(filter(None, args.trials.split(",")))
    salts = ["", *filter(None, args.salts.split(","))]
    base: dict[str, tuple[int, int]] = {}
    print(f"{'trial':40} {'folds':>6} {'type':>6} {'sub':>6} {'sub wF1':>8} {'d type':>6} {'d sub':>6}  rows")
    for trial in trials():
        if wanted and trial.name not in wanted and trial.name != "before":
            continue
        for salt in salts:
            types, subs = run(rows, trial, salt)
            right, right_sub, wf1, n = score(rows, types, subs)
            b = base.setdefault(salt, (right, right_sub))
            print(f"{trial.name:40} {salt or '-':>6} {right / n:6.4f} {right_sub / n:6.4f} {wf1:8.4f} "
                  f"{right - b[0]:+6d} {right_sub - b[1]:+6d}  {n}", flush=True)


if __name__ == "__main__":
    main()
