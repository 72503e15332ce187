"""Ingestion speed: documents per second for reading and cleaning saved news, against the NLP stage.

Usage: python benchmarks/ingest.py [--docs N] [--nlp-docs M] [--lgl path/to/lgl.xml]

Generates news-like articles (about 2.5 KB of text each) and writes them, in a temporary folder,
as full web pages (navigation, cookie banner, share links, related stories, comments, scripts and
a footer around the article: about 25 KB each), as one gzipped WARC holding those pages (with a
request record and a CSS response beside each page, which are skipped), and as JSON Lines. Then
it times ``chronica.ingest.read_inputs`` over each (reading, extraction, cleaning, metadata,
language detection), duplicate detection (``chronica.ingest.dedup``) on the texts, the language
detector alone, and, when the LGL corpus is there (``../shared/data/news/lgl.xml``, 588 articles
in one XML file), the XML reader on it.

The NLP stage is timed on the same texts: ``chronica.nlp.load()`` and ``nlp.pipe`` (batch 16),
which is what ``chronica run`` does before any extraction. The closing line gives the slowest
ingestion format's speed as a multiple of the NLP speed (the goal: at least 10x).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import tempfile
import time
from pathlib import Path

DEFAULT_LGL = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "lgl.xml"

ACTORS = ["Police", "Soldiers", "Protesters", "Rebels", "The government", "Striking workers",
          "Security forces", "Opposition supporters", "Students", "Militants", "Farmers",
          "The army", "Riot police", "Local officials", "Union leaders"]
VERBS = ["arrested", "attacked", "met", "clashed with", "criticised", "accused", "detained",
         "negotiated with", "fired on", "marched against", "blocked the road to", "condemned",
         "signed an agreement with", "shelled positions held by", "demanded talks with"]
PLACES = ["Lima", "Minsk", "Karachi", "Lisbon", "Nairobi", "Basilan", "Baghdad", "Bogota",
          "Aleppo", "Kabul", "Caracas", "Dhaka", "Lagos", "Manila", "Quito", "Tbilisi"]
TAILS = ["on Monday, witnesses said", "late on Tuesday, according to local media",
         "after a week of tension", "in the capital on Saturday", "near the border on Friday",
         "despite calls for calm", "for the second day running", "officials said"]
EXTRA = ["The ministry said an inquiry would be opened into the events.",
         "Hospital sources said {n} people were being treated for injuries.",
         "About {n} people took part, organisers said.",
         "A spokesman declined to comment on the number of people detained.",
         "The United Nations called on both sides to show restraint.",
         "Residents said shops and schools remained closed.",
         "Talks between the two sides are expected to resume next week.",
         "The opposition said it would take its case to the courts."]


def article(rng: random.Random, i: int) -> tuple[str, list[str]]:
    """A headline and paragraphs of invented, news-like text (about 2.5 KB)."""
    place = rng.choice(PLACES)
    paras = []
    for p in range(6):
        sents = []
        for _ in range(3):
            sents.append(f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(ACTORS).lower()} "
                         f"in {rng.choice(PLACES)} {rng.choice(TAILS)}.")
            sents.append(rng.choice(EXTRA).format(n=rng.randint(3, 5000)))
        if p == 0:
            sents[0] = f"{place.upper()}, March {rng.randint(1, 28)} (Reuters) - " + sents[0]
        paras.append(" ".join(sents) + f" (Report {i}.)")
    return f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(ACTORS).lower()} in {place}", paras


def page(title: str, paras: list[str], i: int) -> str:
    """A full web page around the article, with the usual boilerplate."""
    nav = "".join(f'<li><a href="/section/{k}">Section {k}</a></li>' for k in range(40))
    related = "".join(f'<li><a href="/story/{i}-{k}">Related story number {k} about events elsewhere</a></li>'
                      for k in range(15))
    comments = "".join(f'<div class="comment"><p class="who">Reader {k}</p><p>This is comment {k}, '
                       "people have their say about the story here.</p></div>" for k in range(6))
    script = "<script>" + "var tracking = {'id': 12345, 'page': 'story'};" * 60 + "</script>"
    style = "<style>" + "body { font-family: sans-serif; } .nav li { display: inline; }" * 40 + "</style>"
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Example Times</title>
<meta property="og:site_name" content="The Example Times">
<meta name="author" content="Staff Reporter {i % 17}">
<meta property="article:published_time" content="2019-03-{1 + i % 28:02d}T08:00:00Z">
<link rel="canonical" href="https://times.example.com/world/{i}">{style}{script}</head>
<body><header><nav><ul class="nav">{nav}</ul></nav>
<div class="cookie-banner">We use cookies to give you the best experience. Accept all cookies</div></header>
<main><article><h1>{title}</h1><p class="byline">By Staff Reporter {i % 17}</p>{body}
<div class="share">Share on Facebook | Share on Twitter | Email this story</div></article>
<aside><h3>Related stories</h3><ul>{related}</ul></aside>
<section class="comments"><h3>Comments</h3>{comments}</section></main>
<footer><p>Copyright 2019 The Example Times. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer>
{script}</body></html>"""


def write_inputs(folder: Path, n: int, seed: int = 7) -> dict[str, Path]:
    """HTML files, one WARC and one JSONL file with ``n`` articles each; their paths."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    items = [article(rng, i) for i in range(n)]
    html_dir = folder / "html"
    html_dir.mkdir()
    for i, (title, paras) in enumerate(items):
        (html_dir / f"story-{i:05d}.html").write_text(page(title, paras, i), encoding="utf-8")
    warc = folder / "crawl.warc.gz"
    with open(warc, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i, (title, paras) in enumerate(items):
            uri = f"https://times.example.com/world/{i}"
            req = StatusAndHeaders("GET /world/{i} HTTP/1.1", [("Host", "times.example.com")],
                                   is_http_request=True)
            writer.write_record(writer.create_warc_record(uri, "request", http_headers=req))
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                    protocol="HTTP/1.1")
            payload = io.BytesIO(page(title, paras, i).encode("utf-8"))
            record = writer.create_warc_record(uri, "response", payload=payload, http_headers=http)
            writer.write_record(record)
            css = StatusAndHeaders("200 OK", [("Content-Type", "text/css")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri + ".css", "response",
                                                          payload=io.BytesIO(b"body{}" * 100),
                                                          http_headers=css))
    jsonl = folder / "corpus.jsonl"
    with open(jsonl, "w", encoding="utf-8") as fh:
        for i, (title, paras) in enumerate(items):
            fh.write(json.dumps({"id": f"row{i}", "title": title, "published": "2019-03-04",
                                 "url": f"https://times.example.com/world/{i}",
                                 "text": "\n\n".join(paras)}) + "\n")
    return {"HTML files": html_dir, "WARC (gzip)": warc, "JSONL": jsonl}


def timed(func):
    start = time.perf_counter()
    result = func()
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=400, help="articles per generated format")
    parser.add_argument("--nlp-docs", type=int, default=200, help="texts for the NLP timing")
    parser.add_argument("--lgl", type=Path, default=DEFAULT_LGL, help="LGL XML (used when present)")
    args = parser.parse_args()

    import duckdb

    from chronica.ingest import read_inputs
    from chronica.ingest.dedup import Deduplicator
    from chronica.ingest.language import classify

    classify("warm up the language model")  # loads py3langid's model once (about 0.6 s)
    rows: list[tuple[str, int, float]] = []
    texts: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        inputs = write_inputs(Path(tmp), args.docs)
        size = sum(p.stat().st_size for p in inputs["HTML files"].iterdir()) / args.docs / 1000
        print(f"generated {args.docs} articles per format; web pages {size:.0f} KB each")
        first = sorted(inputs["HTML files"].iterdir())[0]
        list(read_inputs([str(first)]))  # imports trafilatura, htmldate and lxml once
        for name, path in inputs.items():
            docs, seconds = timed(lambda p=path: list(read_inputs([str(p)])))
            good = [d for d in docs if d.status == "pending"]
            if len(good) != args.docs:
                print(f"  warning: {name}: {len(good)} of {args.docs} documents read")
            rows.append((name, len(docs), seconds))
            if not texts:
                texts = [d.text for d in good]
    if args.lgl.exists():
        docs, seconds = timed(lambda: list(read_inputs([str(args.lgl)])))
        rows.append(("LGL XML (588 articles)", len(docs), seconds))
    else:
        print(f"(LGL not found at {args.lgl}; skipped)")

    from chronica.ingest.language import detect

    _, seconds = timed(lambda: [detect(t) for t in texts])
    rows.append(("language detection only", len(texts), seconds))
    con = duckdb.connect()
    dedup = Deduplicator(con)
    from chronica.record import Document

    dup_docs = [Document(doc_id=str(i), text=t) for i, t in enumerate(texts)]
    _, seconds = timed(lambda: list(dedup.filter(dup_docs)))
    rows.append(("duplicate detection (DuckDB)", len(dup_docs), seconds))

    from chronica.nlp import load

    nlp, load_seconds = timed(load)
    sample = texts[: args.nlp_docs]
    _, seconds = timed(lambda: sum(1 for _ in nlp.pipe(sample, batch_size=16)))
    nlp_rate = len(sample) / seconds

    print()
    print(f"{'stage':34} {'documents':>9} {'seconds':>8} {'docs/s':>9} {'x NLP':>7}")
    for name, n, secs in rows:
        rate = n / secs if secs else float("inf")
        print(f"{name:34} {n:9d} {secs:8.2f} {rate:9.0f} {rate / nlp_rate:7.1f}")
    print(f"{'NLP: spaCy nlp.pipe (batch 16)':34} {len(sample):9d} {seconds:8.2f} {nlp_rate:9.1f} {1.0:7.1f}")
    print(f"(spaCy model load {load_seconds:.1f} s, not counted)")
    formats = [r for r in rows if not r[0].startswith(("language", "duplicate"))]
    slowest = min(formats, key=lambda r: r[1] / r[2])
    ratio = slowest[1] / slowest[2] / nlp_rate
    verdict = "meets" if ratio >= 10 else "MISSES"
    print(f"\nslowest format: {slowest[0]} at {ratio:.1f}x the NLP stage ({verdict} the 10x goal)")


if __name__ == "__main__":
    main()
