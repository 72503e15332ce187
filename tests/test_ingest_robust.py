"""Bad input of every kind: reported with its path and reason, never a crash, hang or memory blow-up.

Fixtures are made here in tmp_path: binary and empty files, undecodable bytes, truncated gzip,
malformed JSON lines, a 50 MB text file, unreadable paths, symbolic link loops, a named pipe.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import tracemalloc
from pathlib import Path

import pytest

from chronica.ingest import limits, read_inputs
from chronica.ingest.language import detect
from chronica.ingest.sources import read_stdin


def names(docs):
    return {Path(d.path).name: d for d in docs}


def test_binary_empty_and_undecodable_in_every_format(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20
    for name in ("img.html", "img.rss", "img.jsonl", "img.txt"):
        (tmp_path / name).write_bytes(png)
    for name in ("e.html", "e.xml", "e.warc", "e.md", "e.jsonl", "e.csv"):
        (tmp_path / name).write_bytes(b"")
    (tmp_path / "undecodable.txt").write_bytes(b"Troops \x81\x8d\x90 left the town")
    docs = list(read_inputs([str(tmp_path)]))
    assert all(d.status == "failed" and d.text == "" for d in docs)
    found = names(docs)
    for name in ("img.html", "img.rss", "img.jsonl", "img.txt"):
        assert found[name].problems[0] == "binary file, not text", name
    for name in ("e.html", "e.xml", "e.warc", "e.md", "e.jsonl", "e.csv"):
        assert found[name].problems[0] == "empty file", name
    assert "undecodable bytes" in found["undecodable.txt"].problems[0]
    assert all(d.path.startswith(str(tmp_path)) for d in docs)


def test_truncated_gzip_in_every_format(tmp_path):
    page = "<html><body><article>" + "<p>Police arrested protesters in the capital.</p>" * 300
    rss = "<rss><channel><title>T</title>" + "<item><title>A</title><description>Police arrested " \
          "protesters in the capital on Monday.</description></item>" * 300 + "</channel></rss>"
    text = "Police arrested protesters in the capital on Monday.\n\n" * 2000
    row = {"text": "Police arrested protesters."}
    rows = "".join(json.dumps({"id": f"r{i}", **row}) + "\n" for i in range(2000))
    for name, body in (("p.html.gz", page), ("f.rss.gz", rss), ("t.txt.gz", text), ("r.jsonl.gz", rows)):
        data = gzip.compress(body.encode())
        (tmp_path / name).write_bytes(data[: len(data) // 2])
    docs = list(read_inputs([str(tmp_path)]))
    failed = {Path(d.path).name: d.problems[0] for d in docs if d.status == "failed"}
    assert set(failed) == {"p.html.gz", "f.rss.gz", "t.txt.gz", "r.jsonl.gz"}
    assert all("gzip" in reason or "malformed XML" in reason for reason in failed.values()), failed
    good = [d for d in docs if d.status == "pending"]
    assert any(Path(d.path).name == "r.jsonl.gz" for d in good)  # rows before the damage


def test_jsonl_bad_lines_and_a_line_too_long(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_LINE_BYTES", 2000)
    lines = [
        json.dumps({"id": "a", "text": "Talks resumed in the capital."}),
        "this line is not json",
        json.dumps({"id": "b", "text": "x" * 5000}),  # longer than the (lowered) limit
        "[1, 2, 3]",
        json.dumps({"id": "c", "text": "Farmers blocked a highway."}),
    ]
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(lines) + "\n")
    docs = list(read_inputs([str(path)]))
    assert [d.status for d in docs] == ["pending", "failed", "failed", "failed", "pending"]
    assert "line 2: not valid JSON" in docs[1].problems[0]
    assert "line 3: longer than" in docs[2].problems[0] and "skipped" in docs[2].problems[0]
    assert "line 4: not a JSON object" in docs[3].problems[0]
    assert [d.doc_id for d in docs if d.status == "pending"] == ["a", "c"]


def test_fifty_megabyte_text_file_is_read_in_bounded_parts(tmp_path):
    para = ("Police arrested dozens of protesters in the capital on Monday after clashes near the "
            "parliament building, witnesses said. " * 9).strip() + "\n\n"
    path = tmp_path / "huge.txt"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("Publication date: 4 May 2001\n\n# Annual report of the monitoring group\n\n")
        fh.write(para * (50_000_000 // len(para) + 1))
    assert path.stat().st_size >= 50_000_000

    detect("Warm up: the language model is loaded once and stays (about 95 MB).")
    docs = read_inputs([str(path)])
    first = [next(docs)]  # the first part also loads dateparser, for the header's date
    tracemalloc.start()
    try:
        first += [next(docs) for _ in range(4)]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000  # a few parts in, far less than the file's 50 MB
    rest = list(docs)
    parts = first + rest
    assert len(parts) >= 50_000_000 // limits.MAX_CHARS
    assert all(0 < len(d.text) <= limits.MAX_CHARS for d in parts)
    assert all(d.status == "pending" for d in parts)
    assert parts[0].title == "Annual report of the monitoring group"
    assert all(d.published == "2001-05-04" for d in parts)
    assert "split into parts of at most 100,000 characters: part 1" in parts[0].problems[-1]
    assert parts[-1].problems[-1].endswith(f"part {len(parts)}")
    assert len({d.doc_id for d in parts}) > 2
    assert all(d.text.endswith(".") for d in parts)  # cut at paragraph breaks


def test_long_row_text_and_long_stdin_are_split(tmp_path):
    para = "soldiers and rebels clashed again in the hills."
    long_text = "\n\n".join(f"Paragraph {i}: {para}" for i in range(5000))
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"id": "big", "text": long_text}) + "\n")
    parts = list(read_inputs([str(path)]))
    assert len(parts) == len(long_text) // limits.MAX_CHARS + 1
    assert [d.doc_id for d in parts] == [f"big-part{i}" for i in range(1, len(parts) + 1)]
    assert all(len(d.text) <= limits.MAX_CHARS for d in parts)
    assert f"part 2 of {len(parts)}" in parts[1].problems[-1]
    assert "\n\n".join(d.text for d in parts) == long_text

    stdin = list(read_stdin(io.BytesIO(long_text.encode())))
    assert len(stdin) >= 3 and all(len(d.text) <= limits.MAX_CHARS for d in stdin)


def test_permission_denied(tmp_path, monkeypatch):
    secret = tmp_path / "secret.md"
    secret.write_text("Police arrested protesters.")
    other = tmp_path / "fine.md"
    other.write_text("Troops withdrew from the town.")
    real_access = os.access

    def access(path, mode, **kw):  # root may read anything: pretend it may not read this one
        return False if os.fspath(path) == str(secret) else real_access(path, mode, **kw)

    monkeypatch.setattr(os, "access", access)
    found = names(read_inputs([str(tmp_path)]))
    assert found["secret.md"].status == "failed" and found["secret.md"].problems == ["permission denied"]
    assert found["fine.md"].status == "pending"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_and_folder(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text("hidden")
    locked.chmod(0)
    folder = tmp_path / "closed"
    folder.mkdir()
    (folder / "x.txt").write_text("inside")
    folder.chmod(0)
    try:
        found = names(read_inputs([str(tmp_path)]))
        assert found["locked.txt"].problems == ["permission denied"]
        assert "permission denied" in found["closed"].problems[0]
    finally:
        folder.chmod(0o755)


def test_symbolic_link_loops_and_broken_links(tmp_path):
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "story.md").write_text("Rebels seized the town hall on Sunday.")
    os.symlink(root, root / "sub" / "back-to-top")  # a folder loop
    os.symlink(root / "b.txt", root / "a.txt")  # a file loop
    os.symlink(root / "a.txt", root / "b.txt")
    os.symlink(root / "missing.txt", root / "dangling.txt")
    docs = list(read_inputs([str(root)]))
    found = names(docs)
    assert found["story.md"].status == "pending"
    assert found["back-to-top"].problems == ["symbolic link loop (links to a folder above it)"]
    assert found["a.txt"].problems == ["symbolic link loop"]
    assert found["b.txt"].problems == ["symbolic link loop"]
    assert "broken symbolic link" in found["dangling.txt"].problems[0]
    assert len(docs) == 5
    # a glob over the same tree ends too, each file once
    globbed = list(read_inputs([str(root / "**" / "*.md")]))
    assert [Path(d.path).name for d in globbed] == ["story.md"]


def test_named_pipe_is_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would wait for a writer forever
    (tmp_path / "ok.txt").write_text("Talks resumed.")
    found = names(read_inputs([str(tmp_path)]))
    assert found["pipe.txt"].problems == ["not a regular file (a named pipe)"]
    assert found["ok.txt"].status == "pending"


def test_glob_patterns(tmp_path):
    for rel in ("a/one.md", "a/b/two.md", "a/b/c/three.txt", "a/.hidden/four.md", "five.md"):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Text of {rel}.")

    def glob(pattern):
        return sorted(Path(d.path).name for d in read_inputs([str(tmp_path / pattern)]))

    assert glob("**/*.md") == ["five.md", "one.md", "two.md"]
    assert glob("a/*.md") == ["one.md"]
    assert glob("a/**") == ["one.md", "three.txt", "two.md"]
    assert glob("a/b/[ct]*") == ["three.txt", "two.md"]
    assert glob("?ive.md") == ["five.md"]
    (nothing,) = list(read_inputs([str(tmp_path / "*.pdf")]))
    assert nothing.problems == ["no files match this pattern"]


def test_good_documents_survive_a_folder_of_bad_ones(tmp_path):
    (tmp_path / "good.md").write_text("# Ceasefire\n\nBoth sides agreed to a ceasefire on Sunday.\n")
    (tmp_path / "bad.jsonl").write_text('{"id": "ok", "text": "Police arrested ten students."}\nnot json\n')
    (tmp_path / "bin.html").write_bytes(b"\x00\x01" * 100)
    (tmp_path / "cut.xml.gz").write_bytes(gzip.compress(b"<rss><channel>" * 100)[:30])
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    docs = list(read_inputs([str(tmp_path)]))
    good = sorted(d.doc_id for d in docs if d.status == "pending")
    assert "ok" in good and len(good) == 2
    assert len([d for d in docs if d.status == "failed"]) == 4
    assert all(d.problems and d.path for d in docs if d.status == "failed")
