"""The command line as a user runs it: real processes, a real DuckDB file on disk."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "news"


def chronica(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "chronica.cli", *args],
        capture_output=True, text=True, input=stdin, timeout=600, cwd=ROOT,
    )


@pytest.fixture(scope="module")
def coded(tmp_path_factory):
    """The examples plus one broken file, coded into a fresh database."""
    folder = tmp_path_factory.mktemp("inputs")
    for src in EXAMPLES.glob("*.md"):
        (folder / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "broken.jsonl").write_text('{"id": "ok1", "text": "Police arrested ten students in Minsk."}\n'
                                         "this line is not json\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    db = tmp_path_factory.mktemp("db") / "test.duckdb"
    result = chronica("run", str(folder), "--db", str(db))
    return result, db


def test_run_codes_the_examples_and_reports_bad_files(coded):
    result, db = coded
    assert result.returncode == 0, result.stderr
    assert "events by PLOVER type" in result.stdout
    assert "broken.jsonl" in result.stderr and "binary.txt" in result.stderr
    con = duckdb.connect(str(db), read_only=True)
    statuses = dict(con.execute("SELECT status, count(*) FROM documents GROUP BY status").fetchall())
    assert statuses["coded"] >= 12
    assert statuses["failed"] >= 2
    assert con.execute("SELECT count(*) FROM events WHERE doc_id = 'ok1'").fetchone()[0] >= 1
    types = {t for (t,) in con.execute("SELECT DISTINCT plover_type FROM events").fetchall()}
    assert {"ASSAULT", "PROTEST", "COERCE", "AGREE", "AID"} <= types


def test_second_run_adds_nothing(coded, tmp_path):
    _, db = coded
    con = duckdb.connect(str(db), read_only=True)
    before = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()
    again = chronica("run", str(EXAMPLES), "--db", str(db))
    assert again.returncode == 0, again.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == before


def test_strict_fails_on_bad_input(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "missing-dir-entry.md").write_bytes(b"\xff\xfe\x00\x00garbage")
    result = chronica("run", str(tmp_path), "--db", str(tmp_path / "x.duckdb"), "--strict")
    assert result.returncode != 0


def test_export_formats(coded, tmp_path):
    _, db = coded
    out = tmp_path / "events.jsonl"
    assert chronica("export", "--db", str(db), "--format", "jsonl", "-o", str(out)).returncode == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and all(r["schema_version"] == "1" for r in records)
    for key in ("event_id", "doc_id", "primary", "trigger", "plover", "cameo", "acled", "source",
                "target", "location", "date", "fatalities", "modality", "confidence", "evidence"):
        assert key in records[0]
    per_doc: dict[str, int] = {}
    for r in records:
        per_doc[r["doc_id"]] = per_doc.get(r["doc_id"], 0) + int(r["primary"])
    assert set(per_doc.values()) <= {0, 1} and sum(per_doc.values()) >= 12
    docs = tmp_path / "docs.jsonl"
    assert chronica("export", "--db", str(db), "--format", "documents", "-o", str(docs)).returncode == 0
    doc_records = [json.loads(line) for line in docs.read_text(encoding="utf-8").splitlines()]
    assert {"coded", "failed"} <= {d["status"] for d in doc_records}
    table = tmp_path / "events.csv"
    assert chronica("export", "--db", str(db), "--format", "csv", "-o", str(table)).returncode == 0
    rows = list(csv.DictReader(table.open(encoding="utf-8")))
    assert len(rows) == len(records)


def test_code_prints_events_as_json():
    result = chronica("code", "Rebels attacked an army post in Gao on 3 May 2020, killing four soldiers.",
                      "--json")
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    attack = next(e for e in events if e["plover"]["type"] == "ASSAULT")
    assert attack["date"] == {"value": "2020-05-03", "precision": "day", "basis": "text"}
    assert attack["fatalities"] == 4
    assert attack["location"]["country"] == "MLI"


def test_export_without_database_is_a_clear_error(tmp_path):
    result = chronica("export", "--db", str(tmp_path / "none.duckdb"))
    assert result.returncode == 2
    assert "no database" in result.stderr


def test_user_actor_file_adds_a_group(tmp_path):
    actors = tmp_path / "mine.yaml"
    actors.write_text(
        "organisations:\n"
        "  - name: Northern Valley Liberation Front\n"
        "    aliases: [NVLF]\n"
        "    country: MLI\n"
        "    sector: REB\n"
        "    inter: 2\n"
        "    acled_actor: \"NVLF: Northern Valley Liberation Front\"\n",
        encoding="utf-8",
    )
    text = "NVLF fighters attacked an army post near Gao on 3 May 2020."
    plain = chronica("code", text, "--json")
    mine = chronica("code", text, "--json", "--actors", str(actors))
    assert mine.returncode == 0, mine.stderr
    before = [json.loads(line) for line in plain.stdout.splitlines()]
    after = [json.loads(line) for line in mine.stdout.splitlines()]
    assert not any(a["name"] == "Northern Valley Liberation Front" for e in before for a in e["source"])
    assert any(a["name"] == "Northern Valley Liberation Front" and a["country"] == "MLI"
               for e in after for a in e["source"])
    broken = tmp_path / "broken.yaml"
    broken.write_text("organisations: [1, 2\n", encoding="utf-8")
    bad = chronica("code", text, "--actors", str(broken))
    assert bad.returncode == 2 and "broken.yaml" in bad.stderr.replace("\n", "")  # a long path may wrap


def test_places_lists_resolved_names():
    result = chronica("places", "Protesters gathered in Karachi and later marched to Lahore.", "--json")
    assert result.returncode == 0, result.stderr
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert {p["name"] for p in found} >= {"Karachi", "Lahore"}
    assert all(p["country"] == "PAK" for p in found)


def test_python_dash_m_chronica_is_the_command_line():
    """`python -m chronica` runs the same commands as the `chronica` script."""
    out = subprocess.run(
        [sys.executable, "-m", "chronica", "places", "Troops stormed the residence in Lima.", "--json"],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr
    places = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    assert [(p["text"], p["country"]) for p in places] == [("Lima", "PER")]
