"""Incident clustering time on a synthetic store (goal: 100,000 events in under a minute).

Usage: python benchmarks/incidents.py [--events 100000] [--seed 7] [--db PATH] [--keep]

The store is generated directly (no spaCy): happenings in 60 countries over two years, each
reported by one to several documents from different outlets, each report giving one to three
events for it with the noise real coders produce (a day off, a vaguer place, a missing actor, a
date that fell back to the publication date), plus unrelated events nearby as near-misses.
Prints the time of each stage of ``chronica.incidents.build`` and how well the incidents match
the happenings the generator made (pairwise precision and recall over events).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

from chronica.store import EVENT_COLUMNS, Store, _actor_rows, _place_row, event_row

TYPES = [
    ("ASSAULT", "190", "Battles", "Armed clash", 35),
    ("PROTEST", "141", "Protests", "Peaceful protest", 20),
    ("COERCE", "173", "Strategic developments", "Arrests", 15),
    ("CONSULT", "040", None, None, 10),
    ("ACCUSE", "112", None, None, 8),
    ("AID", "070", None, None, 5),
    ("AGREE", "057", None, None, 4),
    ("THREATEN", "130", None, None, 3),
]
SECTORS = [
    ("GOV", "Government of {}", 1),
    ("MIL", "Military Forces of {}", 1),
    ("COP", "Police Forces of {}", 1),
    ("REB", "Rebels ({})", 2),
    ("OPP", "Protesters ({})", 6),
    ("CVL", "Civilians ({})", 7),
]
OUTLETS = [f"Outlet {i}" for i in range(40)]
TRIGGERS = {
    "ASSAULT": ["attacked", "raid", "massacre", "stormed", "clashes"],
    "PROTEST": ["marched", "protest"],
    "COERCE": ["arrested", "detained"],
    "CONSULT": ["met", "talks"],
    "ACCUSE": ["accused", "condemned"],
    "AID": ["aid"],
    "AGREE": ["agreed"],
    "THREATEN": ["threatened"],
}


def _record(
    eid: str,
    doc: str,
    sentence: int,
    kind: tuple,
    country: tuple,
    town: tuple | None,
    precision: int,
    day: dt.date,
    basis: str,
    actors: list[tuple],
    fatalities: int | None,
    rng: random.Random,
) -> dict:
    ptype, cameo, acled_type, acled_sub, _ = kind
    iso3, cname, _, _ = country
    src = [
        {
            "text": f"the {s.lower()}",
            "name": name.format(cname),
            "country": iso3,
            "sector": s,
            "acled_actor": name.format(cname),
            "inter": inter,
        }
        for s, name, inter in actors[:1]
    ]
    tgt = [
        {
            "text": f"the {s.lower()}",
            "name": name.format(cname),
            "country": iso3,
            "sector": s,
            "acled_actor": name.format(cname),
            "inter": inter,
        }
        for s, name, inter in actors[1:]
    ]
    if precision == 4 or town is None:
        loc = {
            "text": cname,
            "name": cname,
            "geonameid": int.from_bytes(iso3.encode(), "big"),
            "country": iso3,
            "admin1": None,
            "lat": country[2],
            "lon": country[3],
            "precision": 4,
        }
    else:
        name, lat, lon, admin1, gid = town
        loc = {
            "text": name,
            "name": name,
            "geonameid": gid,
            "country": iso3,
            "admin1": admin1,
            "lat": lat,
            "lon": lon,
            "precision": precision,
        }
    trigger = rng.choice(TRIGGERS[ptype])
    return {
        "event_id": eid,
        "doc_id": doc,
        "primary": sentence == 0,
        "sentence": sentence,
        "text": f"In {loc['name']}, {src[0]['text'] if src else 'people'} {trigger} on {day:%d %B %Y}.",
        "trigger": {"text": trigger, "start": 0, "end": len(trigger)},
        "plover": {"type": ptype, "mode": None},
        "cameo": {
            "code": cameo,
            "quad_class": 4 if ptype in ("ASSAULT", "PROTEST", "COERCE") else 1,
            "goldstein": -5.0,
        },
        "acled": {"event_type": acled_type, "sub_event_type": acled_sub} if acled_type else None,
        "source": src,
        "target": tgt,
        "location": loc,
        "date": {"value": day.isoformat(), "precision": "day", "basis": basis},
        "fatalities": fatalities,
        "injured": None,
        "arrested": None,
        "size": None,
        "modality": {"negated": False, "hypothetical": False, "future": False, "reported": False},
        "confidence": 0.7,
        "evidence": {"trigger": {"rule": "synthetic"}},
        "incident_id": None,
        "schema_version": "1",
    }


def make_store(path: Path, n_events: int = 100_000, seed: int = 7) -> dict[str, str]:
    """Write a synthetic store at ``path``; return event_id -> the happening it reports."""
    rng = random.Random(seed)
    countries = []
    for i in range(60):
        iso3 = f"X{chr(65 + i // 26)}{chr(65 + i % 26)}"
        lat, lon = rng.uniform(-40, 50), rng.uniform(-100, 120)
        towns = [
            (
                f"Town {iso3}-{k}",
                lat + rng.uniform(-4, 4),
                lon + rng.uniform(-4, 4),
                f"Region {k % 5}",
                10**7 + i * 100 + k,
            )
            for k in range(25)
        ]
        countries.append((iso3, f"Country {iso3}", lat, lon, towns))
    weights = [t[4] for t in TYPES]
    start = dt.date(2020, 1, 1)
    truth: dict[str, str] = {}
    records: list[dict] = []
    documents: list[list] = []
    happening = 0
    doc_n = 0
    while len(records) < n_events:
        happening += 1
        hid = f"h{happening}"
        kind = rng.choices(TYPES, weights)[0]
        iso3, cname, clat, clon, towns = rng.choice(countries)
        country = (iso3, cname, clat, clon)
        town = rng.choice(towns)
        day = start + dt.timedelta(days=rng.randrange(730))
        sides = rng.sample(SECTORS, 2)
        fatalities = rng.choice([None, None, rng.randrange(1, 40)]) if kind[0] == "ASSAULT" else None
        reports = min(1 + int(rng.expovariate(0.7)), 8)
        for _ in range(reports):
            doc_n += 1
            doc = f"d{doc_n:07d}"
            outlet = rng.choice(OUTLETS)
            published = day + dt.timedelta(days=rng.choice([0, 1, 1, 2]))
            documents.append(
                [
                    doc,
                    f"https://example.org/{doc}",
                    f"Report {doc} on {cname}",
                    outlet,
                    published.isoformat(),
                    None,
                    "en",
                    "",
                    "coded",
                    [],
                    None,
                ]
            )
            for sentence in range(rng.choice([1, 1, 2, 3])):
                basis = rng.choices(["text", "relative", "published"], [4, 3, 3])[0]
                when = (
                    published if basis == "published" else day + dt.timedelta(days=rng.choice([0, 0, 0, 1]))
                )
                precision = rng.choices([1, 3, 4], [6, 1, 3])[0]
                actors = [(s, n, i) for s, n, i in sides if rng.random() < 0.7]
                eid = f"e{len(records):07d}"
                n_dead = None if fatalities is None else max(0, fatalities + rng.randrange(-2, 3))
                records.append(
                    _record(
                        eid, doc, sentence, kind, country, town, precision, when, basis, actors, n_dead, rng
                    )
                )
                truth[eid] = hid
    records = records[:n_events]
    truth = {r["event_id"]: truth[r["event_id"]] for r in records}
    used_docs = {r["doc_id"] for r in records}
    documents = [d for d in documents if d[0] in used_docs]

    if path.exists():
        path.unlink()
    with Store(path) as store:
        con = store.con
        doc_frame = pd.DataFrame(
            documents,
            columns=[
                "doc_id",
                "url",
                "title",
                "publication",
                "published",
                "author",
                "language",
                "text",
                "status",
                "problems",
                "path",
            ],
        )
        con.register("_docs", doc_frame)
        con.execute(
            "INSERT INTO documents (doc_id, url, title, publication, published, author, language,"
            " text, status, problems, path) SELECT * FROM _docs"
        )
        rows = [event_row(r) for r in records]
        frame = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
        con.register("_events", frame)
        con.execute(
            f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) SELECT "
            + ", ".join(
                f"CAST({c} AS VARCHAR[])"
                if c in ("source_names", "source_countries", "target_names", "target_countries")
                else c
                for c in EVENT_COLUMNS
            )
            + " FROM _events"
        )
        actors = pd.DataFrame(
            [a for r in records for a in _actor_rows(r)],
            columns=[
                "event_id",
                "doc_id",
                "role",
                "position",
                "text",
                "name",
                "country",
                "sector",
                "acled_actor",
                "inter",
            ],
        )
        con.register("_actors", actors)
        con.execute("INSERT INTO event_actors SELECT * FROM _actors")
        places = {p[0]: p for p in (_place_row(r) for r in records) if p}
        con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?)", list(places.values()))
        con.execute("CHECKPOINT")
    return truth


def pairwise(truth: dict[str, str], predicted: dict[str, str | None]) -> tuple[float, float]:
    """Pairwise precision and recall of predicted incidents against the true happenings."""

    def pairs(groups: dict[str, list[str]]) -> int:
        return sum(len(g) * (len(g) - 1) // 2 for g in groups.values())

    by_pred: dict[str, list[str]] = defaultdict(list)
    by_true: dict[str, list[str]] = defaultdict(list)
    both: dict[tuple[str, str], list[str]] = defaultdict(list)
    for eid, hid in truth.items():
        inc = predicted.get(eid)
        if inc is None:
            continue
        by_pred[inc].append(eid)
        by_true[hid].append(eid)
        both[(inc, hid)].append(eid)
    correct = pairs(both)
    return correct / max(1, pairs(by_pred)), correct / max(1, pairs(by_true))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--db", type=Path, default=None, help="where to write the store (default: a temp dir)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the store after the run")
    args = parser.parse_args(argv)
    from chronica.incidents import build

    tmp = tempfile.TemporaryDirectory()
    path = args.db or Path(tmp.name) / "synthetic.duckdb"
    t0 = time.perf_counter()
    truth = make_store(path, args.events, args.seed)
    print(
        f"generated {len(truth):,} events ({len(set(truth.values())):,} happenings) in"
        f" {time.perf_counter() - t0:.1f} s -> {path}"
    )
    with Store(path) as store:
        summary = build(store)
        predicted = dict(store.query("SELECT event_id, incident_id FROM events"))
        sizes = Counter(n for (n,) in store.query("SELECT n_documents FROM incidents"))
    precision, recall = pairwise(truth, predicted)
    print(
        f"incidents: {summary.incidents:,} from {summary.eligible:,} events;"
        f" {summary.multi_report:,} reported by several documents"
    )
    print("seconds: " + ", ".join(f"{k} {v:.2f}" for k, v in summary.seconds.items()))
    print(
        f"clustering time for {summary.events:,} events: {summary.seconds['total']:.1f} s"
        f" (goal < 60 s): {'ok' if summary.seconds['total'] < 60 else 'SLOW'}"
    )
    print(f"pairwise precision {precision:.3f}, recall {recall:.3f} against the generated happenings")
    print("documents per incident: " + ", ".join(f"{k}: {v:,}" for k, v in sorted(sizes.items())[:8]))
    json.dump(
        {
            "events": summary.events,
            "seconds": summary.seconds,
            "precision": round(precision, 4),
            "recall": round(recall, 4),
        },
        sys.stdout,
    )
    print()
    if args.keep:
        print(f"kept {path}")
    elif args.db is None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
