"""Train the ACLED model from coded reports (used by tools/train_acled.py and evaluate --folds)."""

from __future__ import annotations

from collections.abc import Sequence

from chronica.classify.features import NOTE
from chronica.classify.model import AcledModel

NONE = "none"
# A pair of neighbouring lemmas (``b=...``) is learnt from only when this many training notes hold it: the
# rare pairs trebled the weights file and typed no more dev rows right on the folds (tools/model_trials.py;
# 8 or more typed fewer).
PAIR_MIN_COUNT = 6


def acled_parents() -> dict[str, str]:
    """Each ACLED sub-event type's event type, from the code book."""
    from chronica.ontology.mapping import codebook

    return {sub: t for t, subs in codebook().acled_types.items() for sub in subs}


def trainable(feats: dict[str, float], rule_sub: str | None) -> bool:
    """Whether a coded gold note teaches the model: the rules gave its primary event an ACLED type,
    or the note is an event note whose type the model may settle (see ``AcledModel.decide``)."""
    return rule_sub is not None or NOTE in feats


def fit(feats: Sequence[dict[str, float]], labels: Sequence[str], parents: dict[str, str],
        c: float = 2.0, min_count: int = 2, class_weight: str | None = None,
        pair_min_count: int = PAIR_MIN_COUNT) -> AcledModel:
    """Multinomial logistic regression (scikit-learn, lbfgs: deterministic) on one-hot features.
    ``class_weight``: scikit-learn's (None, or "balanced" to weigh rare sub-event types up); a feature is
    kept when ``min_count`` notes hold it (``pair_min_count`` for a pair of lemmas)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for f in feats:
        for k in f:
            counts[k] = counts.get(k, 0) + 1
    kept = [{k: v for k, v in f.items()
             if counts[k] >= (pair_min_count if k.startswith("b=") else min_count)} for f in feats]
    vec = DictVectorizer()
    x = vec.fit_transform(kept)
    clf = LogisticRegression(C=c, max_iter=2000, class_weight=class_weight)
    clf.fit(x, list(labels))
    classes = [str(k) for k in clf.classes_]
    coef = clf.coef_ if len(classes) > 2 else None
    if coef is None:
        raise ValueError("the ACLED model needs at least three sub-event types in its training data")
    weights = {
        name: [round(float(coef[i, j]), 4) for i in range(len(classes))]
        for name, j in vec.vocabulary_.items()
    }
    weights = {k: w for k, w in weights.items() if any(abs(v) >= 1e-3 for v in w)}
    return AcledModel(classes, weights, [round(float(b), 4) for b in clf.intercept_],
                      {k: v for k, v in parents.items() if k in classes},
                      {"c": c, "min_count": min_count, "pair_min_count": pair_min_count,
                       "rows": len(labels)})
