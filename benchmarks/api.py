"""Latency of GET /api/events with filters on a 100,000-event store (goal: p50 under 50 ms).

Usage: python benchmarks/api.py [--events 100000] [--requests 400] [--db PATH]

Builds the synthetic store of benchmarks/incidents.py (or uses --db), groups its incidents, starts
`chronica serve` on a free loopback port in a subprocess, waits until it answers, then sends a
bounded number of requests, one at a time, cycling through filter combinations (country, PLOVER,
CAMEO and ACLED type, actor, date range, bounding box, text, incident, sorting, pages), and prints
p50/p95/max latency per kind and overall. The server is stopped at the end.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(base: str, proc: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(
                f"server exited with {proc.returncode}: {proc.stderr.read() if proc.stderr else ''}"
            )
        try:
            if httpx.get(base + "/api/health", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("server did not answer in time")


def queries(country: str, incident: str) -> list[tuple[str, dict[str, str]]]:
    return [
        ("country+type", {"country": country, "plover": "ASSAULT"}),
        ("date range", {"since": "2020-06-01", "until": "2020-06-30"}),
        (
            "country+dates+sort",
            {"country": country, "since": "2020-03-01", "until": "2021-03-01", "sort": "-fatalities"},
        ),
        ("cameo+acled", {"cameo": "19", "acled": "Battles"}),
        ("actor", {"actor": "Police Forces", "limit": "20"}),
        ("actor code", {"actor": f"{country}MIL"}),
        ("bbox", {"bbox": "-20,-10,40,30"}),
        ("text", {"q": "stormed"}),
        ("incident", {"incident": incident}),
        ("page 5", {"plover": "PROTEST", "offset": "200", "limit": "50"}),
        ("no filter", {}),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=440)
    parser.add_argument("--db", type=Path, default=None, help="an existing chronica store to serve")
    args = parser.parse_args(argv)

    tmp = tempfile.TemporaryDirectory()
    path = args.db
    if path is None:
        spec = importlib.util.spec_from_file_location("bench_incidents", HERE / "incidents.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        path = Path(tmp.name) / "synthetic.duckdb"
        t0 = time.perf_counter()
        module.make_store(path, args.events)
        from chronica.incidents import build
        from chronica.store import Store

        with Store(path) as store:
            build(store)
        print(f"built a {args.events:,}-event store with incidents in {time.perf_counter() - t0:.1f} s")

    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    country = con.execute(
        "SELECT country FROM events GROUP BY country ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    incident = con.execute("SELECT incident_id FROM incidents ORDER BY n_documents DESC LIMIT 1").fetchone()[
        0
    ]
    con.close()

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "chronica.cli", "serve", "--db", str(path), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        t0 = time.perf_counter()
        wait_until_up(base, proc)
        print(f"server up in {time.perf_counter() - t0:.1f} s on {base} serving {n_events:,} events")
        kinds = queries(country, incident)
        times: dict[str, list[float]] = {name: [] for name, _ in kinds}
        with httpx.Client(base_url=base, timeout=30.0) as client:
            for _name, params in kinds:  # warm-up: one of each
                client.get("/api/events", params=params).raise_for_status()
            for i in range(args.requests):
                name, params = kinds[i % len(kinds)]
                t = time.perf_counter()
                r = client.get("/api/events", params=params)
                times[name].append((time.perf_counter() - t) * 1000)
                r.raise_for_status()
        every = sorted(x for v in times.values() for x in v)

        def pct(values: list[float], q: float) -> float:
            values = sorted(values)
            return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]

        print(f"{'filters':<20} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
        for name, values in times.items():
            print(
                f"{name:<20} {len(values):>4} {statistics.median(values):>8.1f} {pct(values, 0.95):>8.1f}"
                f" {max(values):>8.1f}"
            )
        p50, p95 = statistics.median(every), pct(every, 0.95)
        print(f"{'all':<20} {len(every):>4} {p50:>8.1f} {p95:>8.1f} {max(every):>8.1f}")
        print(f"p50 {p50:.1f} ms (goal < 50 ms): {'ok' if p50 < 50 else 'SLOW'}; p95 {p95:.1f} ms")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
