"""The HTTP API, served for real: `chronica serve` in a subprocess on a free loopback port.

One server is started for the module (with a token, so that POST works); the store it serves is
coded from the examples with the real pipeline before it starts.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from chronica.store import Store

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "test-token-7c1f"
THIRD_LIMA_REPORT = """# Japan welcomes end of Lima siege

Publication date: 23 April 1997
Publication: Demo Daily

TOKYO - Japan's government praised Peru after Peruvian special forces stormed the Japanese
ambassador's residence in Lima on 22 April 1997 and freed the hostages held there since December.

Prime Minister Ryutaro Hashimoto thanked President Alberto Fujimori for the rescue. One hostage,
two soldiers and all 14 rebels of the Tupac Amaru Revolutionary Movement died in the raid.
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def coded_db(tmp_path_factory, pipeline) -> Path:
    from chronica.incidents import build
    from chronica.ingest import read_inputs
    from chronica.runner import run

    path = tmp_path_factory.mktemp("api") / "api.duckdb"
    examples = sorted((ROOT / "examples" / "news").glob("*.md"))
    with Store(path) as store:
        run(read_inputs([str(p) for p in examples]), store, pipeline)
        build(store)
    return path


@pytest.fixture(scope="module")
def read_only_copy(coded_db, tmp_path_factory) -> Path:
    copy = tmp_path_factory.mktemp("copy") / "copy.duckdb"
    shutil.copy(coded_db, copy)
    return copy


@pytest.fixture(scope="module")
def server(coded_db, read_only_copy):
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "chronica.cli",
            "serve",
            "--db",
            str(coded_db),
            "--port",
            str(port),
            "--token",
            TOKEN,
            "--max-bytes",
            "20000",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        if proc.poll() is not None:
            pytest.fail(f"server exited: {proc.stderr.read()}")
        try:
            if httpx.get(base + "/api/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            proc.terminate()
            pytest.fail("server did not answer within 60 s")
        time.sleep(0.1)
    with httpx.Client(base_url=base, timeout=60) as client:
        yield client
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def lima_incident(client: httpx.Client) -> dict:
    found = client.get("/api/events", params={"country": "PER", "plover": "ASSAULT", "q": "stormed"}).json()
    event = found["events"][0]
    return client.get(f"/api/incidents/{event['incident_id']}").json()


def test_events_with_filters_pagination_and_sorting(server):
    everything = server.get("/api/events", params={"limit": 1000}).json()
    assert everything["total"] == len(everything["events"]) > 50
    first = everything["events"][0]
    assert "evidence" not in first and first["document"]["publication"]
    peru = server.get(
        "/api/events",
        params={"country": "PER", "plover": "ASSAULT", "since": "1997-04-01", "until": "1997-04-30"},
    ).json()
    assert peru["total"] > 2
    assert all(e["location"]["country"] == "PER" and e["plover"]["type"] == "ASSAULT" for e in peru["events"])
    page1 = server.get("/api/events", params={"limit": 5, "sort": "-date"}).json()
    page2 = server.get("/api/events", params={"limit": 5, "offset": 5, "sort": "-date"}).json()
    assert page1["total"] == page2["total"] == everything["total"]
    dates = [e["date"]["value"] for e in page1["events"] + page2["events"]]
    assert dates == sorted(dates, reverse=True)
    assert not {e["event_id"] for e in page1["events"]} & {e["event_id"] for e in page2["events"]}
    by_actor = server.get("/api/events", params={"actor": "Fujimori"}).json()
    assert by_actor["total"] >= 1
    by_code = server.get("/api/events", params={"actor": "PERMIL"}).json()
    assert by_code["total"] >= 1
    lima_box = server.get("/api/events", params={"bbox": "-77.5,-12.5,-76.5,-11.5"}).json()
    assert lima_box["total"] >= 1
    assert all(
        -77.5 <= e["location"]["lon"] <= -76.5 and -12.5 <= e["location"]["lat"] <= -11.5
        for e in lima_box["events"]
    )
    massacre = server.get("/api/events", params={"q": "massacre"}).json()
    assert massacre["total"] >= 1 and all("massacre" in e["text"].lower() for e in massacre["events"])
    assert server.get("/api/events", params={"cameo": "14", "acled": "Protests"}).json()["total"] >= 1


def test_bad_parameters_get_422_with_a_clear_message(server):
    for params, words in [
        ({"limit": 0}, "limit"),
        ({"country": "PERU"}, "country"),
        ({"bbox": "1,2,3"}, "bbox"),
        ({"since": "1997-13-01"}, "since"),
        ({"sort": "colour"}, "sort"),
    ]:
        r = server.get("/api/events", params=params)
        assert r.status_code == 422, params
        body = r.json()
        assert body["status"] == 422 and words in body["detail"], body


def test_one_event_with_evidence_and_404(server):
    event = server.get("/api/events", params={"limit": 1}).json()["events"][0]
    full = server.get(f"/api/events/{event['event_id']}").json()
    assert full["evidence"]["trigger"] and full["document"]["doc_id"] == event["doc_id"]
    missing = server.get("/api/events/no-such-event")
    assert missing.status_code == 404 and missing.json() == {
        "detail": "no event 'no-such-event'",
        "status": 404,
    }


def test_lima_incident_has_both_reports_and_framings(server):
    listed = server.get("/api/incidents", params={"min_documents": 2, "country": "PER"}).json()
    assert listed["total"] >= 1 and all(i["n_documents"] >= 2 for i in listed["incidents"])
    inc = lima_incident(server)
    assert inc["n_documents"] >= 2 and inc["location"]["name"] == "Lima"
    tones = {r["publication"]: r["tone"] for r in inc["reports"]}
    assert tones["Example News Wire"] > 0 > tones["The Sample Gazette"]
    assert all(r["events"] and r["triggers"] for r in inc["reports"])
    assert server.get("/api/incidents/inc-none").status_code == 404


def test_documents_and_stats(server):
    event = server.get("/api/events", params={"q": "massacre", "limit": 1}).json()["events"][0]
    doc = server.get(f"/api/documents/{event['doc_id']}").json()
    assert doc["publication"] == "The Sample Gazette" and doc["text"] and doc["events"]
    assert doc["tone"]["score"] < 0
    assert server.get("/api/documents/nothing").status_code == 404
    stats = server.get("/api/stats").json()
    assert stats["events"] > 50 and stats["documents"] >= 12 and stats["incidents"] > 10
    assert {"by_day", "by_plover_type", "by_acled_type", "by_country"} <= set(stats)
    assert {"key": "ASSAULT", "events": stats["by_plover_type"][0]["events"]} == stats["by_plover_type"][0]
    peru = server.get("/api/stats", params={"country": "PER"}).json()
    assert [c["key"] for c in peru["by_country"]] == ["PER"]


def test_openapi_and_page(server):
    assert "swagger" in server.get("/docs").text.lower()
    paths = server.get("/openapi.json").json()["paths"]
    assert {
        "/api/events",
        "/api/events/{event_id}",
        "/api/incidents",
        "/api/incidents/{incident_id}",
        "/api/documents/{doc_id}",
        "/api/stats",
        "/api/documents",
    } <= set(paths)
    assert "chronica" in server.get("/").text


def test_post_needs_the_token_and_limits_and_validates(server):
    article = {"text": "Police arrested 40 students in Minsk on Monday.", "published": "2010-12-20"}
    assert server.post("/api/documents", json={"documents": [article]}).status_code == 401
    wrong = server.post(
        "/api/documents", json={"documents": [article]}, headers={"Authorization": "Bearer x"}
    )
    assert wrong.status_code == 401 and wrong.json()["status"] == 401
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = server.post("/api/documents", json={"documents": [{"text": "x" * 30_000}]}, headers=auth)
    assert big.status_code == 413 and "limit" in big.json()["detail"]
    missing = server.post("/api/documents", json={"documents": [{"title": "no text"}]}, headers=auth)
    assert missing.status_code == 422 and "documents.0.text" in missing.json()["detail"]
    bad_date = server.post(
        "/api/documents", json={"text": "Riots in Lima.", "published": "22/04/1997"}, headers=auth
    )
    assert bad_date.status_code == 422 and "published" in bad_date.json()["detail"]
    not_json = server.post(
        "/api/documents", content=b"{nope", headers={**auth, "content-type": "application/json"}
    )
    assert not_json.status_code == 422


def test_post_codes_an_article_into_the_lima_incident(server):
    before = lima_incident(server)
    r = server.post(
        "/api/documents",
        headers={"Authorization": f"Bearer {TOKEN}"},
        json={
            "documents": [
                {"text": THIRD_LIMA_REPORT, "id": "lima-third", "url": "https://example.com/tokyo-lima"}
            ]
        },
    )
    assert r.status_code == 201, r.text
    (doc,) = r.json()["documents"]
    assert doc["doc_id"] == "lima-third" and doc["status"] == "coded" and doc["events"]
    stormed = next(e for e in doc["events"] if e["trigger"]["text"] == "stormed")
    assert stormed["incident_id"] == before["incident_id"]
    after = server.get(f"/api/incidents/{before['incident_id']}").json()
    assert after["n_documents"] == before["n_documents"] + 1
    assert "Demo Daily" in after["publications"]
    assert server.get("/api/events", params={"doc_id": "lima-third"}).json()["total"] == len(doc["events"])


def test_a_server_without_token_is_read_only(read_only_copy):
    import anyio

    from chronica.api import create_app

    async def calls() -> tuple[httpx.Response, httpx.Response, httpx.Response]:
        transport = httpx.ASGITransport(app=create_app(read_only_copy))
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return (
                await client.get("/api/health"),
                await client.post("/api/documents", json={"text": "Police arrested 40 students."}),
                await client.get("/api/events", params={"limit": 1}),
            )

    health, post, events = anyio.run(calls)
    assert health.json()["writable"] is False
    assert post.status_code == 403 and "token" in post.json()["detail"]
    assert json.loads(events.text)["total"] > 0
