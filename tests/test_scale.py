"""Scale-out and resume: a real Dask cluster of worker processes codes exactly what one process
codes, and a run killed with SIGKILL and started again ends with exactly the events of a run that
was never interrupted."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from chronica.ingest import read_inputs
from chronica.record import Document
from chronica.runner import run
from chronica.scale import batches
from chronica.store import Store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "news"

CITIES = ["Lima", "Minsk", "Nairobi", "Baghdad", "Manila", "Bogota", "Lagos", "Kabul", "Caracas", "Dhaka",
          "Karachi", "Harare", "Kinshasa", "Tunis", "Quito", "Sanaa"]
EVENTS = [
    "Police arrested {n} students in {city} on Monday after a protest against fees.",
    "Rebels attacked an army post near {city} on Tuesday, killing {k} soldiers.",
    "Thousands of teachers marched through {city} to demand higher wages.",
    "A car bomb exploded at a market in {city}, killing {k} people and wounding {n}.",
    "Government troops clashed with militants outside {city} for several hours.",
    "The interior minister condemned the violence in {city} and promised an inquiry.",
    "Security forces fired tear gas at protesters who blocked a road in {city}.",
    "Gunmen abducted {k} aid workers on the road to {city} on Friday.",
    "The president met opposition leaders in {city} to discuss a ceasefire.",
    "Farmers rioted in {city} and set fire to a police station.",
]
FILLER = [
    "The city has about {n}00,000 inhabitants.",
    "Officials gave no further details.",
    "The region has been tense for months.",
    "Local newspapers carried the story on their front pages.",
]


def generated(count: int, seed: int = 8) -> list[dict]:
    """Short news items made from templates, every one different."""
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        parts = rng.sample(EVENTS, 2) + rng.sample(FILLER, 1)
        rng.shuffle(parts)
        text = " ".join(p.format(city=rng.choice(CITIES), n=rng.randint(2, 90), k=rng.randint(2, 30))
                        for p in parts)
        rows.append({"id": f"gen-{i:04d}", "text": f"Report {i} from our correspondent. {text}",
                     "published": f"2021-{1 + i % 12:02d}-{1 + i % 27:02d}"})
    return rows


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def event_ids(db: Path) -> dict[str, set[str]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        out: dict[str, set[str]] = {}
        for doc_id, event_id in con.execute("SELECT doc_id, event_id FROM events").fetchall():
            out.setdefault(doc_id, set()).add(event_id)
        return out
    finally:
        con.close()


def statuses(db: Path) -> dict[str, str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return dict(con.execute("SELECT doc_id, status FROM documents").fetchall())
    finally:
        con.close()


def reference(pipeline, inputs: list[str], db: Path) -> dict[str, set[str]]:
    """The events of one uninterrupted run in this process."""
    with Store(db) as store:
        run(read_inputs(inputs), store, pipeline)
    return event_ids(db)


def test_batches_are_lazy_and_bounded():
    seen = []

    def source():
        for i in range(10):
            seen.append(i)
            yield i

    it = batches(source(), 4)
    assert next(it) == [0, 1, 2, 3]
    assert seen == [0, 1, 2, 3]  # nothing read ahead of the batch asked for
    assert list(it) == [[4, 5, 6, 7], [8, 9]]


def test_batches_also_end_at_a_number_of_characters():
    docs = [Document(doc_id=str(i), text="x" * n) for i, n in enumerate([300, 300, 900, 50, 50, 50])]
    sizes = [[d.doc_id for d in b] for b in batches(iter(docs), 4, chars=1000)]
    assert sizes == [["0", "1", "2"], ["3", "4", "5"]]  # three long texts fill a batch before four


@pytest.mark.parametrize("mode", ["parquet-parts", "over-the-network"])
def test_local_cluster_codes_like_one_process(tmp_path, pipeline, mode):
    from chronica.scale import DaskCoder, cluster_client

    corpus = write_jsonl(tmp_path / "gen.jsonl", generated(40))
    inputs = [str(EXAMPLES), str(corpus)]
    expected = reference(pipeline, inputs, tmp_path / "one.duckdb")
    assert sum(len(v) for v in expected.values()) > 100

    db = tmp_path / "dask.duckdb"
    with cluster_client(workers=2) as client:
        client.wait_for_workers(2, timeout=60)
        workers = client.scheduler_info(n_workers=-1)["workers"]
        assert len(workers) == 2
        pids = set(client.run(os.getpid).values())
        assert len(pids) == 2 and os.getpid() not in pids  # real worker processes
        parts = tmp_path / "parts" if mode == "parquet-parts" else None
        coder = DaskCoder(client, batch_size=5, parts=parts)
        with Store(db) as store:
            summary = run(read_inputs(inputs), store, coder=coder)
        assert coder.batches_done >= 8 and not coder.lost
        if parts is not None:  # every part was loaded, then removed
            assert parts.is_dir() and not any(parts.iterdir())
        # each worker built the pipeline once, at start-up, and reused it for every batch
        builds = client.run(lambda: __import__("chronica.scale").scale.worker_pipeline.cache_info().misses)
        assert set(builds.values()) == {1}
        if sys.platform.startswith("linux"):  # Dask's malloc trim threshold is undone in each worker
            restored = client.run(lambda: __import__("chronica.scale").scale.restore_malloc())
            assert set(restored.values()) == {True}
    assert summary.documents["coded"] >= 45
    assert event_ids(db) == expected
    assert statuses(db) == statuses(tmp_path / "one.duckdb")

    # the same inputs again: nothing left to code, nothing added
    with Store(db) as store:
        again = run(read_inputs(inputs), store, pipeline)
    assert again.documents["coded"] == 0 and again.already >= 50
    assert event_ids(db) == expected


def test_killed_run_resumes_to_the_same_events(tmp_path, pipeline):
    rows = generated(500, seed=11)
    corpus = write_jsonl(tmp_path / "big.jsonl", rows)
    expected = reference(pipeline, [str(corpus)], tmp_path / "ref.duckdb")

    db = tmp_path / "killed.duckdb"
    wal = Path(str(db) + ".wal")
    cmd = [str(Path(sys.executable).parent / "chronica"), "run", str(corpus), "--db", str(db)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                            start_new_session=True)
    try:
        # wait until coded documents are committed (the WAL grows past the fingerprints of all 500
        # documents, about 430 kB, to over 1 MB with the first batch of coded ones), then kill
        deadline = time.monotonic() + 300  # a loaded machine may take a minute to load the models
        while time.monotonic() < deadline and proc.poll() is None:
            if wal.exists() and wal.stat().st_size > 800_000:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the run ended before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    partial = statuses(db)
    coded = [d for d, s in partial.items() if s == "coded"]
    assert 0 < len(coded) < len(rows), len(coded)
    got = event_ids(db)
    for doc_id in coded:  # whole documents only: every stored document has all of its events
        assert got.get(doc_id, set()) == expected.get(doc_id, set())

    # started again with the same arguments (here on two workers): codes only what is missing
    done = subprocess.run(cmd + ["--workers", "2", "--batch-size", "16"], capture_output=True, text=True,
                          timeout=300, env=env)  # two workers start and code ~450 documents
    assert done.returncode == 0, done.stderr[-2000:]
    assert event_ids(db) == expected
    assert statuses(db) == statuses(tmp_path / "ref.duckdb")


@pytest.mark.parametrize("workers", [0])
def test_cli_run_options(workers):
    from typer.testing import CliRunner

    from chronica.cli import app

    result = CliRunner().invoke(app, ["run", "--help"])
    assert result.exit_code == 0
    for option in ("--workers", "--scheduler", "--batch-size", "--parts"):
        assert option in result.output


def test_a_parquet_part_loads_like_a_direct_write_and_twice_changes_nothing(tmp_path, pipeline):
    from chronica.parts import clear_parts, load_part, write_part
    from chronica.runner import write_batch

    docs = list(read_inputs([str(EXAMPLES)]))[:4]
    coded = list(pipeline.code_many(docs))
    with Store(tmp_path / "direct.duckdb") as store:
        write_batch(store, coded)
    with Store(tmp_path / "parts.duckdb") as store:
        for _ in range(2):
            part = write_part(tmp_path / "parts", coded)
            assert sorted(p.name for p in Path(part.path).iterdir()) == [
                "documents.parquet", "event_actors.parquet", "events.parquet", "places.parquet"]
            load_part(store, part)
            assert not Path(part.path).exists()
        assert part.events == sum(1 for _, evs in coded for e in evs
                                  if not (e.modality.negated or e.modality.hypothetical))
    assert event_ids(tmp_path / "parts.duckdb") == event_ids(tmp_path / "direct.duckdb")
    assert statuses(tmp_path / "parts.duckdb") == statuses(tmp_path / "direct.duckdb")
    con = duckdb.connect(str(tmp_path / "parts.duckdb"), read_only=True)
    direct = duckdb.connect(str(tmp_path / "direct.duckdb"), read_only=True)
    try:
        for table in ("event_actors", "places"):
            q = f"SELECT * FROM {table} ORDER BY ALL"
            assert con.execute(q).fetchall() == direct.execute(q).fetchall()
    finally:
        con.close()
        direct.close()
    left = write_part(tmp_path / "parts", coded)  # a run stopped before loading it
    assert clear_parts(tmp_path / "parts") == 1 and not Path(left.path).exists()


def test_a_batch_whose_event_id_another_document_holds_is_still_stored(tmp_path, pipeline):
    import dataclasses

    from chronica.runner import write_batch

    docs = list(read_inputs([str(EXAMPLES)]))[:2]
    (first, events), (second, _) = list(pipeline.code_many(docs))
    clash = [dataclasses.replace(events[0], doc_id=second.doc_id)]  # same event id, other document
    with Store(tmp_path / "clash.duckdb") as store:
        write_batch(store, [(first, events)])
        write_batch(store, [(second, clash)])
        rows = store.query("SELECT doc_id FROM events WHERE event_id = ?", [events[0].event_id])
        assert rows == [(second.doc_id,)]
        assert len(store.query("SELECT * FROM documents")) == 2
