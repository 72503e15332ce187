"""Scoring coded events against gold rows: accuracy, weighted F1, confusions, distances.

Every rate is "correct / rows that have the gold value"; a row the coder found no event for counts
as wrong for every field it is scored on (its predicted type is :data:`NONE`).
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from chronica.evaluate.readers import AcledGold, GoldActor, PloverGold
from chronica.record import Actor, Event, Place

NONE = "none"  # the predicted label of a row with no (primary) event
WITHIN_KM = 25.0


@dataclass
class Prediction:
    """What the coder made of one gold text: its primary event (or None) and all its events."""

    primary: Event | None
    events: list[Event] = field(default_factory=list)
    failed: bool = False


def recorded_deaths(event: Event | None) -> int:
    """The toll an event is scored with: ACLED writes 0 when none is reported, so "not stated" (None) is 0."""
    return (event.fatalities or 0) if event is not None else 0


@dataclass
class Scored:
    """Scores of one gold set: rates, their denominators, and the per-row type labels."""

    scores: dict[str, float]
    support: dict[str, int]
    gold_types: list[str]
    pred_types: list[str]


@dataclass(frozen=True)
class ClassScore:
    label: str
    support: int  # gold rows with this label
    predicted: int  # rows predicted with this label
    precision: float
    recall: float
    f1: float


# --- generic measures ------------------------------------------------------------------------


def rate(hits: Iterable[bool]) -> tuple[float, int]:
    """(share of True, count); the share is 0.0 when there is nothing to count."""
    values = list(hits)
    return (sum(values) / len(values) if values else 0.0), len(values)


def per_class(gold: Sequence[str], pred: Sequence[str]) -> list[ClassScore]:
    """Precision, recall and F1 of every label seen in gold or predictions, by gold support."""
    if len(gold) != len(pred):
        raise ValueError("gold and predicted labels differ in length")
    support = Counter(gold)
    predicted = Counter(pred)
    correct = Counter(g for g, p in zip(gold, pred, strict=True) if g == p)
    out = []
    for label in sorted(set(support) | set(predicted), key=lambda x: (-support[x], -predicted[x], x)):
        tp = correct[label]
        precision = tp / predicted[label] if predicted[label] else 0.0
        recall = tp / support[label] if support[label] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out.append(ClassScore(label, support[label], predicted[label], precision, recall, f1))
    return out


def weighted_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    """F1 per gold label averaged with weights = gold support (scikit-learn's average="weighted")."""
    if not gold:
        return 0.0
    classes = per_class(gold, pred)
    return sum(c.f1 * c.support for c in classes) / len(gold)


def confusion(gold: Sequence[str], pred: Sequence[str]) -> Counter[tuple[str, str]]:
    """Counts of (gold label, predicted label) pairs."""
    return Counter(zip(gold, pred, strict=True))


def top_confusions(gold: Sequence[str], pred: Sequence[str], k: int = 15) -> list[tuple[str, str, int]]:
    """The ``k`` most frequent (gold, predicted, count) pairs where the two differ."""
    pairs = [(g, p, n) for (g, p), n in confusion(gold, pred).items() if g != p]
    pairs.sort(key=lambda t: (-t[2], t[0], t[1]))
    return pairs[:k]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (mean Earth radius 6371.0088 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def same_name(a: str | None, b: str | None) -> bool:
    """Names equal ignoring case, accents and surrounding blanks ("Sao Paulo" == "São Paulo")."""
    if not a or not b:
        return False

    def fold(s: str) -> str:
        s = unicodedata.normalize("NFKD", s)
        return " ".join("".join(ch for ch in s if not unicodedata.combining(ch)).casefold().split())

    return fold(a) == fold(b)


def _first(actors: list[Actor] | None) -> Actor | None:
    return actors[0] if actors else None


def _store(scores: dict[str, float], support: dict[str, int], key: str, hits: Iterable[bool]) -> None:
    scores[key], support[key] = rate(hits)


# --- ACLED ------------------------------------------------------------------------------------


def score_acled(golds: Sequence[AcledGold], preds: Sequence[Prediction]) -> Scored:
    """ACLED fields of each row's primary event against the gold row."""
    rows = list(zip(golds, preds, strict=True))
    gold_types = [g.event_type for g in golds]
    pred_types = [_acled(p.primary, "event_type") for p in preds]
    gold_subs = [g.sub_event_type for g in golds]
    pred_subs = [_acled(p.primary, "sub_event_type") for p in preds]
    scores: dict[str, float] = {}
    support: dict[str, int] = {}
    _store(scores, support, "acled_event_type_accuracy",
           (g == p for g, p in zip(gold_types, pred_types, strict=True)))
    scores["acled_event_type_weighted_f1"] = weighted_f1(gold_types, pred_types)
    _store(scores, support, "acled_sub_event_type_accuracy",
           (g == p for g, p in zip(gold_subs, pred_subs, strict=True)))
    scores["acled_sub_event_type_weighted_f1"] = weighted_f1(gold_subs, pred_subs)
    support["acled_event_type_weighted_f1"] = support["acled_sub_event_type_weighted_f1"] = len(rows)

    def deaths(p: Prediction) -> int:
        return recorded_deaths(p.primary)

    _store(scores, support, "fatalities_exact", (deaths(p) == g.fatalities for g, p in rows))
    _store(scores, support, "fatalities_exact_when_reported",
           (deaths(p) == g.fatalities for g, p in rows if g.fatalities > 0))
    _store(scores, support, "date_exact",
           (p.primary is not None and p.primary.date.value == g.date for g, p in rows if g.date))
    _store(scores, support, "country_accuracy",
           (_place_country(p) == g.country for g, p in rows if g.country))
    _store(scores, support, "admin1_accuracy",
           (_place(p) is not None and same_name(_place(p).admin1, g.admin1) for g, p in rows if g.admin1))
    _store(scores, support, "within_25km",
           (_near(p, g.lat, g.lon) for g, p in rows if g.lat is not None and g.lon is not None))
    _store(scores, support, "inter1_accuracy",
           (_inter(p) == g.inter1 for g, p in rows if g.inter1 is not None))
    _store(scores, support, "actor1_country_accuracy",
           (_source_country(p) == g.actor1_country for g, p in rows if g.actor1_country))
    return Scored(scores, support, gold_types, pred_types)


def _acled(event: Event | None, key: str) -> str:
    if event is None or not event.acled:
        return NONE
    return event.acled.get(key) or NONE


def _place(p: Prediction) -> Place | None:
    return p.primary.location if p.primary is not None else None


def _place_country(p: Prediction) -> str | None:
    place = _place(p)
    return place.country if place is not None else None


def _near(p: Prediction, lat: float, lon: float) -> bool:
    place = _place(p)
    if place is None or place.lat is None or place.lon is None:
        return False
    return haversine_km(lat, lon, place.lat, place.lon) <= WITHIN_KM


def _actor1(p: Prediction) -> Actor | None:
    """ACLED's actor 1 of the primary event, as the ACLED export writes it (the crowd of a protest or
    riot, else the first source actor)."""
    from chronica.ontology.acled import acled_sides

    if p.primary is None:
        return None
    first, _ = acled_sides(_acled(p.primary, "event_type"), p.primary.source, p.primary.target,
                           sub_event_type=_acled(p.primary, "sub_event_type"))
    return _first(first)


def _inter(p: Prediction) -> int:
    actor = _actor1(p)
    return actor.inter if actor is not None else 0


def _source_country(p: Prediction) -> str | None:
    actor = _actor1(p)
    return actor.country if actor is not None else None


# --- PLOVER -----------------------------------------------------------------------------------


def score_plover(golds: Sequence[PloverGold], preds: Sequence[Prediction]) -> Scored:
    """PLOVER type of the primary event (and of any event), and the first actors' country and sector."""
    rows = list(zip(golds, preds, strict=True))
    gold_types = [g.type for g in golds]
    pred_types = [_plover(p.primary) for p in preds]
    scores: dict[str, float] = {}
    support: dict[str, int] = {}
    _store(scores, support, "plover_type_accuracy",
           (g == p for g, p in zip(gold_types, pred_types, strict=True)))
    scores["plover_type_weighted_f1"] = weighted_f1(gold_types, pred_types)
    support["plover_type_weighted_f1"] = len(rows)
    _store(scores, support, "plover_any_type_accuracy",
           (g.type in {e.plover.get("type") for e in p.events if not e.modality.negated} for g, p in rows))
    for role in ("source", "target"):
        pairs = [(getattr(g, role), _role_actor(p, role)) for g, p in rows]
        _store(scores, support, f"{role}_country_accuracy",
               (_country_hit(gold, pred) for gold, pred in pairs if gold is not None and gold.code))
        _store(scores, support, f"{role}_sector_accuracy",
               (pred is not None and pred.sector == gold.sector
                for gold, pred in pairs if gold is not None and gold.sector))
    return Scored(scores, support, gold_types, pred_types)


def _plover(event: Event | None) -> str:
    if event is None or not event.plover:
        return NONE
    return event.plover.get("type") or NONE


def _role_actor(p: Prediction, role: str) -> Actor | None:
    return _first(getattr(p.primary, role)) if p.primary is not None else None


def _country_hit(gold: GoldActor, pred: Actor | None) -> bool:
    """A country code must be matched; a non-state code (IGO, NGO) expects an actor with no country."""
    return pred is not None and pred.country == gold.country
