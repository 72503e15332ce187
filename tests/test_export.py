"""Exports in every format, with filters, on a small hand-built store (and through the CLI)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from test_store import make_document, make_event

from chronica.export import FORMATS, ExportFilter, write
from chronica.export.acled import COLUMNS as ACLED_COLUMNS
from chronica.export.acled import interaction
from chronica.export.cameo import COLUMNS as CAMEO_COLUMNS
from chronica.incidents import build
from chronica.store import Store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export") / "export.duckdb"
    with Store(path) as store:
        store.write(
            make_document("a", "Example News Wire", "1997-04-23"),
            [
                make_event("a", 0, source=("army",), target=("mrta",), trigger="stormed", fatalities=14),
                make_event("a", 1, plover="CONSULT", trigger="met", source=("govt",)),
            ],
        )
        store.write(
            make_document("b", "The Sample Gazette", "1997-04-24"),
            [
                make_event("b", 0, place="Peru", source=("army",), trigger="massacre", fatalities=17),
                make_event("b", 1, negated=True, trigger="shot", date="1997-04-23"),
            ],
        )
        store.write(
            make_document("c", "Demo Daily", "2021-01-22"),
            [
                make_event(
                    "c",
                    0,
                    place="Baghdad",
                    date="2021-01-21",
                    trigger="bombing",
                    target=("civilians",),
                    fatalities=32,
                ),
                make_event(
                    "c",
                    1,
                    plover="PROTEST",
                    place="Basra",
                    date="2021-01",
                    precision="month",
                    trigger="protest",
                ),
            ],
        )
        build(store)
    return path


def export(db: Path, fmt: str, **filters) -> str:
    with Store(db, read_only=True) as store:
        out = io.StringIO()
        write(store, fmt, out, ExportFilter(**filters))
        return out.getvalue()


def test_jsonl_and_filters(db):
    records = [json.loads(line) for line in export(db, "jsonl").splitlines()]
    assert len(records) == 6 and all(r["schema_version"] == "1" for r in records)
    assert {r["event_id"] for r in records if r["incident_id"]} == {"a-e0", "a-e1", "b-e0", "c-e0", "c-e1"}

    def ids(**f):
        return sorted(json.loads(line)["event_id"] for line in export(db, "jsonl", **f).splitlines())

    assert ids(country="IRQ") == ["c-e0", "c-e1"]
    assert ids(since="2021-01-21") == ["c-e0", "c-e1"]
    assert ids(until="1997-04-22") == ["a-e0", "a-e1", "b-e0"]
    assert ids(type="ASSAULT", country="PER") == ["a-e0", "b-e0", "b-e1"]
    assert ids(type="14") == ["c-e1"]
    assert ids(type="Peaceful protest") == ["c-e1"]


def test_csv_and_documents(db):
    rows = list(csv.DictReader(io.StringIO(export(db, "csv", country="PER"))))
    assert len(rows) == 4
    assert {"event_id", "plover_type", "incident_id", "publication", "url"} <= set(rows[0])
    docs = [json.loads(line) for line in export(db, "documents", since="2021-01-01").splitlines()]
    assert [d["doc_id"] for d in docs] == ["c"]
    assert [json.loads(line)["doc_id"] for line in export(db, "documents", country="PER").splitlines()] == [
        "a",
        "b",
    ]


def test_parquet_round_trips(db, tmp_path):
    out = tmp_path / "events.parquet"
    with Store(db, read_only=True) as store, out.open("wb") as f:
        assert write(store, "parquet", f, ExportFilter(country="PER")) == 4
    con = duckdb.connect()
    rows = con.execute(
        "SELECT event_id, fatalities, source FROM read_parquet(?) ORDER BY event_id", [str(out)]
    ).fetchall()
    assert rows[0] == ("a-e0", 14, ["Military Forces of Peru"])
    assert len(rows) == 4


def test_acled_one_row_per_incident_with_acled_conventions(db):
    rows = list(csv.DictReader(io.StringIO(export(db, "acled"))))
    assert list(rows[0]) == ACLED_COLUMNS
    # in date order (the month-only protest is dated the 15th); no CONSULT, no negated event
    assert [r["event_type"] for r in rows] == ["Battles", "Protests", "Battles"]
    raid = rows[0]
    assert raid["event_date"] == "22 April 1997" and raid["year"] == "1997" and raid["time_precision"] == "1"
    assert raid["actor1"] == "Military Forces of Peru (1990-2000)" and raid["inter1"] == "1"
    assert raid["actor2"] == "MRTA: Tupac Amaru Revolutionary Movement" and raid["inter2"] == "2"
    assert raid["interaction"] == "12"
    assert raid["fatalities"] == "14"  # the lowest figure of the two reports
    assert raid["source"] == "Example News Wire; The Sample Gazette"
    assert "14-17" in raid["notes"]
    assert raid["country"] == "Peru" and raid["iso"] == "604" and raid["iso3"] == "PER"
    assert raid["region"] == "South America" and raid["geo_precision"] == "1" and raid["location"] == "Lima"
    assert raid["event_id_cnty"] == "PER1"
    bombing = rows[2]
    assert bombing["actor1"] == "Unidentified Armed Group (Iraq)" and bombing["inter1"] == "3"
    assert bombing["actor2"] == "Civilians (Iraq)" and bombing["interaction"] == "37"
    assert bombing["region"] == "Middle East" and bombing["latitude"] == "33.3406"
    protest = rows[1]
    assert protest["event_date"] == "15 January 2021" and protest["time_precision"] == "3"
    assert protest["actor1"] == "Protesters (Iraq)" and protest["interaction"] == "60"
    assert protest["fatalities"] == "0"
    assert [r["event_type"] for r in csv.DictReader(io.StringIO(export(db, "acled", type="Protests")))] == [
        "Protests"
    ]


def test_acled_without_incidents_writes_each_event(tmp_path):
    path = tmp_path / "raw.duckdb"
    with Store(path) as store:
        store.write(make_document("a"), [make_event("a", 0, source=("army",), target=("mrta",))])
        store.write(make_document("b"), [make_event("b", 0, source=("army",))])
    rows = list(csv.DictReader(io.StringIO(export(path, "acled"))))
    assert len(rows) == 2


def test_interaction_rule():
    assert interaction(6, 1) == 16 and interaction(1, 6) == 16
    assert interaction(6, 0) == 60 and interaction(7, 7) == 77


def test_plover_records(db):
    records = {r["id"]: r for r in map(json.loads, export(db, "plover").splitlines())}
    raid = records["a-e0"]
    for key in (
        "id",
        "date",
        "actor",
        "event",
        "recipient",
        "event_loc",
        "event_text",
        "quad_code",
        "mode",
        "context",
        "link",
        "text",
        "text_info",
        "cite_info",
        "coder",
        "coded_date",
        "has_event",
    ):
        assert key in raid
    assert raid["event"] == "ASSAULT" and raid["quad_code"] == 4 and raid["date"] == "1997-04-22"
    assert raid["actor"][0]["code"] == "PER" and raid["actor"][0]["sector"] == "MIL"
    assert raid["recipient"][0]["entity_name"] == "MRTA"
    assert raid["size"] == {"dead": 14, "injured": None, "arrested": None}
    assert raid["event_loc"]["geonameid"] == 3936456 and raid["incident_id"]
    assert records["b-e1"]["mode"] == ["negation"] and records["b-e1"]["has_event"] is False


def test_cameo_tsv(db):
    lines = export(db, "cameo").splitlines()
    header = lines[0].split("\t")
    assert header == CAMEO_COLUMNS
    rows = [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]
    assert len(rows) == 5  # the negated event is left out
    raid = next(r for r in rows if r["EventID"] == "a-e0")
    assert raid["Date"] == "19970422" and raid["SourceActorFull"] == "PERMIL"
    assert (
        raid["TargetActorFull"] == "PERREB" and raid["EventCode"] == "190" and raid["EventRootCode"] == "19"
    )
    assert raid["QuadClass"] == "4" and raid["GoldsteinScore"] == "-10.0"
    assert raid["URLs"] == "https://example.org/a" and raid["IncidentID"].startswith("inc-")
    protest = next(r for r in rows if r["EventID"] == "c-e1")
    assert protest["Date"] == "202101" and protest["Day"] == ""


def test_cli_exports_every_format_with_filters(db, tmp_path):
    for fmt in FORMATS:
        out = tmp_path / f"out.{fmt}"
        args = [
            sys.executable,
            "-m",
            "chronica.cli",
            "export",
            "--db",
            str(db),
            "--format",
            fmt,
            "-o",
            str(out),
            "--country",
            "PER",
            "--since",
            "1997-01-01",
            "--until",
            "1997-12-31",
            "--type",
            "ASSAULT",
        ]
        result = subprocess.run(args, capture_output=True, text=True, timeout=120, cwd=ROOT)
        assert result.returncode == 0, (fmt, result.stderr)
        assert out.stat().st_size > 0
    assert len(list(csv.DictReader((tmp_path / "out.acled").open(encoding="utf-8")))) == 1
    assert len((tmp_path / "out.plover").read_text(encoding="utf-8").splitlines()) == 3
    bad = subprocess.run(
        [sys.executable, "-m", "chronica.cli", "export", "--db", str(db), "--since", "soon"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert bad.returncode == 2 and "since must be a date" in bad.stderr
