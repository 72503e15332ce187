"""Where actor coding goes wrong: the first source actor of each primary event against the gold.

Reads only the "dev" half of a gold file (see chronica.evaluate.in_split); the "test" half gives the
held-out figures and is never read here. Nothing is written: the report goes to stdout.

    .venv/bin/python tools/actor_errors.py --gold ../shared/data/gold/acled-2020-dev.csv --format acled
    .venv/bin/python tools/actor_errors.py --gold ../shared/data/gold/plover-gsr-dev.json --format plover

--where emulates the wiring the resolver asks of the pipeline (the event's country passed as ``where``)
so that its effect can be measured before the pipeline does it.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

import chronica
from chronica.evaluate import in_split, predict, read_acled, read_plover


def pass_where(pipeline) -> None:
    """Resolve actors knowing the event's country (what Pipeline._event would pass as ``where``)."""
    cls = type(pipeline)
    event, resolver = cls._event, pipeline.actors
    plain = resolver.resolve

    def _event(self, cand, ctx, dates, s_start, s_end):
        place = self._location(cand, ctx, s_start, s_end, {})
        resolver.where = place.country if place else None
        try:
            return event(self, cand, ctx, dates, s_start, s_end)
        finally:
            resolver.where = None

    def resolve(phrase, *, date=None, focus=None, where=None):
        return plain(phrase, date=date, focus=focus, where=where or getattr(resolver, "where", None))

    cls._event = _event
    resolver.resolve = resolve


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--format", choices=("acled", "plover"), required=True)
    ap.add_argument("--show", type=int, default=25, help="examples of misses to print")
    ap.add_argument("--where", action="store_true", help="pass the event's country to the resolver")
    args = ap.parse_args()
    pipeline = chronica.default_pipeline()
    pipeline.classifier = None  # rules alone: the actor figures do not depend on the type model
    if args.where:
        pass_where(pipeline)
    misses: list[str] = []
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    confusion: Counter[tuple[int | None, int]] = Counter()
    if args.format == "acled":
        rows = [g for g in read_acled(args.gold) if in_split(g.doc_id, "dev")]
        for g in rows:
            p = predict(pipeline, g.doc_id, g.text)
            a = p.primary.source[0] if p.primary is not None and p.primary.source else None
            inter, country = (a.inter, a.country) if a else (0, None)
            totals["inter1"] += g.inter1 is not None
            hits["inter1"] += inter == g.inter1
            totals["actor1 country"] += bool(g.actor1_country)
            hits["actor1 country"] += bool(g.actor1_country) and country == g.actor1_country
            if inter != g.inter1 or country != g.actor1_country:
                confusion[(g.inter1, inter)] += 1
                misses.append(f"gold inter {g.inter1} {g.actor1_country} | "
                              f"{a.text if a else None!r} -> {a.acled_actor if a else None} [{inter}] "
                              f"{country} ({a.evidence if a else None})\n    {g.text[:240]}")
    else:
        rows = [g for g in read_plover(args.gold) if in_split(g.doc_id, "dev")]
        for g in rows:
            p = predict(pipeline, g.doc_id, g.text)
            for role in ("source", "target"):
                gold = getattr(g, role)
                found = getattr(p.primary, role) if p.primary is not None else []
                a = found[0] if found else None
                if gold is None or not gold.code:
                    continue
                totals[f"{role} country"] += 1
                ok = a is not None and a.country == gold.country
                hits[f"{role} country"] += ok
                if not ok:
                    misses.append(f"{role}: gold {gold.text!r} {gold.code} | "
                                  f"{a.text if a else None!r} -> {a.name if a else None} "
                                  f"{a.country if a else None} ({a.evidence if a else None})\n"
                                  f"    {g.text[:240]}")
    print(f"{len(rows)} dev rows" + (" (event country passed as where)" if args.where else ""))
    for key in totals:
        print(f"  {key}: {hits[key] / max(totals[key], 1):.3f} ({hits[key]}/{totals[key]})")
    if confusion:
        top = ", ".join(f"{k}: {v}" for k, v in confusion.most_common(12))
        print("  inter misses (gold, predicted):", top)
    random.seed(0)
    for line in random.sample(misses, min(args.show, len(misses))):
        print("- " + line)


if __name__ == "__main__":
    main()
