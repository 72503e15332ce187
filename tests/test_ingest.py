"""Tests for chronica.ingest: reading inputs into clean Documents."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from chronica.ingest import (
    READERS,
    clean_text,
    content_hash,
    dateline,
    document_from_text,
    parse_date,
    read_inputs,
    register_reader,
)
from chronica.ingest.sources import read_stdin

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "data" / "seed" / "lima-embassy-1997.md"

# Fixtures written for these tests (invented text, not taken from any source).
MD_ARTICLE = """\

<https://news.example.com/2001/05/harbour-strike>

Business

# Dock workers strike at Port Esperanza

- Example Weekly - 2001 - Issue 42 - May 2001 -

Publication date: Friday 4 May 2001

---

**Copyright \u00a9 Example Weekly - independent news - All rights reserved**

---

### **Dock workers at Port Esperanza walked out on Thursday, halting all cargo traffic.**

The union said about 2,000 workers joined the strike. Police watched the picket lines \
but made no arrests.

The port authority called the stoppage illegal and said it would seek a court order. \
Union leaders said the strike would go on "until the authority listens".

Share | Tweet | Email

Read the [union statement](https://union.example.org/statement) in **full**.

*Esperanza Dock Workers Union, 3 May 2001*
"""

TXT_ARTICLE = """\
Troops fire on marchers in Valdora

VALDORA, March 3 (Reuters) - Soldiers opened fire on a march of
farmers in the capital on Saturday, killing two people, witnesses said.

The government said the soldiers acted in self-defence.
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def by_status(docs):
    good = [d for d in docs if d.status != "failed"]
    bad = [d for d in docs if d.status == "failed"]
    return good, bad


# --- clean_text -------------------------------------------------------------------------------


def test_clean_text_repairs_mojibake_and_whitespace():
    raw = (
        "He said \u00e2\u20ac\u0153no\u00e2\u20ac\x9d  and\tleft \u00e2\u20ac\u201d fast."
        "\r\n\r\n\r\nNext\n para."
    )
    out = clean_text(raw)
    assert out == 'He said "no" and left \u2014 fast.\n\nNext para.'
    assert "\u00e2\u20ac" not in out


def test_clean_text_lost_tail_mojibake():
    assert "\u00e2\u20ac" not in clean_text('a badge "\u00e2\u20ac" which')
    assert clean_text("It\u00e2\u20ac\u2122s") == "It's"


def test_clean_text_is_idempotent_and_keeps_paragraphs():
    raw = "  First line\nwrapped here.  \n\n\n  Second\u00a0para  \n"
    once = clean_text(raw)
    assert once == "First line wrapped here.\n\nSecond para"
    assert clean_text(once) == once
    assert clean_text("") == ""


# --- document_from_text -----------------------------------------------------------------------


def test_markdown_header_boilerplate_and_signature():
    doc = document_from_text(MD_ARTICLE)
    assert doc.url == "https://news.example.com/2001/05/harbour-strike"
    assert doc.title == "Dock workers strike at Port Esperanza"
    assert doc.published == "2001-05-04"
    assert doc.publication == "Example Weekly"
    assert doc.author == "Esperanza Dock Workers Union"
    assert doc.status == "pending" and doc.language == "en"
    text = doc.text
    assert text.startswith("Dock workers at Port Esperanza walked out on Thursday")
    for junk in ("Copyright", "All rights reserved", "Issue 42", "Share", "Tweet", "**", "](", "#"):
        assert junk not in text
    assert "Business" not in text  # section label before the title
    assert "Read the union statement in full." in text
    assert text.endswith("Esperanza Dock Workers Union, 3 May 2001")  # signature stays
    assert "\n\n" in text and "\n\n\n" not in text


def test_txt_title_and_dateline():
    doc = document_from_text(TXT_ARTICLE, published="2003-03-04")
    assert doc.title == "Troops fire on marchers in Valdora"
    assert doc.text.startswith("VALDORA, March 3 (Reuters) - Soldiers opened fire on a march of farmers")
    assert doc.publication == "Reuters"
    assert doc.published == "2003-03-04"  # fallback date used when the text gives none
    assert dateline(doc.text) == ("VALDORA", "Reuters")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("LIMA, April 22 (Reuters) - Troops stormed", ("LIMA", "Reuters")),
        ("KARACHI, Pakistan (AP) \u2014 Gunmen killed", ("KARACHI, Pakistan", "AP")),
        ("WASHINGTON (AP) -- The Senate", ("WASHINGTON", "AP")),
        ("MINSK - Police arrested", ("MINSK", "")),
        ("MAIDUGURI, Nigeria - A jet bombed", ("MAIDUGURI, Nigeria", "")),
        ("Police said on Monday - nothing", None),
        ("The president (AP) said", None),
    ],
)
def test_dateline(text, expected):
    assert dateline(text) == expected


def test_agency_expanded_when_no_publication():
    doc = document_from_text("KARACHI, Pakistan (AP) \u2014 Gunmen killed five people on Sunday.")
    assert doc.publication == "Associated Press"
    doc = document_from_text("Source: The Daily\n\nKARACHI (AP) - Gunmen killed five people.")
    assert doc.publication == "The Daily"


def test_header_key_lines_and_byline():
    raw = (
        "Title: Talks collapse\nPublished: 2019-07-02\nBy Ana Ruiz, Staff Writer\n\n"
        "Negotiators left the talks on Tuesday."
    )
    doc = document_from_text(raw)
    assert (doc.title, doc.published, doc.author) == ("Talks collapse", "2019-07-02", "Ana Ruiz")
    assert doc.text == "Negotiators left the talks on Tuesday."


def test_plain_sentence_is_not_a_title():
    doc = document_from_text("Police clashed with protesters in Lima on Monday.")
    assert doc.title is None
    assert doc.text == "Police clashed with protesters in Lima on Monday."


def test_doc_id_is_stable_content_hash():
    a = document_from_text(MD_ARTICLE)
    b = document_from_text(MD_ARTICLE)
    assert a.doc_id == b.doc_id == content_hash(a.text)
    assert len(a.doc_id) == 16
    assert document_from_text(MD_ARTICLE, doc_id="x1").doc_id == "x1"
    assert document_from_text(TXT_ARTICLE).doc_id != a.doc_id


def test_empty_text_is_skipped():
    doc = document_from_text("   \n\n")
    assert doc.status == "skipped" and doc.text == ""


def test_parse_date():
    assert parse_date("Tuesday 3 June 1997") == "1997-06-03"
    assert parse_date("03/06/1997") == "1997-06-03"  # day first
    assert parse_date("1997-06-03T10:00:00Z") == "1997-06-03"
    assert parse_date("3 June") is None  # no year: not guessed
    assert parse_date("not a date 1997x") is None


# --- files ------------------------------------------------------------------------------------


def test_read_md_and_txt_files(tmp_path):
    md = write(tmp_path / "a.md", MD_ARTICLE)
    txt = write(tmp_path / "b.txt", TXT_ARTICLE)
    docs = list(read_inputs([str(md), str(txt)]))
    assert [d.status for d in docs] == ["pending", "pending"]
    assert docs[0].path == str(md) and docs[1].path == str(txt)
    assert docs[0].title == "Dock workers strike at Port Esperanza"


def test_jsonl_with_broken_line(tmp_path):
    rows = [
        json.dumps({"id": "r1", "text": "Protesters marched in Quito.", "source": "Wire"}),
        "{not json",
        "",
        json.dumps(
            {
                "id": 7,
                "text": "Police \u00e2\u20ac\u0153arrested\u00e2\u20ac\x9d 12.",
                "published": "5 January 2004",
                "title": "Arrests",
                "language": "EN",
            }
        ),
        json.dumps({"text": "No id here."}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "r5", "body": "wrong field"}),
    ]
    path = write(tmp_path / "corpus.jsonl", "\n".join(rows) + "\n")
    docs = list(read_inputs([str(path)]))
    good, bad = by_status(docs)
    assert [d.doc_id for d in good] == ["r1", "7", content_hash("No id here.")]
    assert good[0].publication == "Wire"
    assert good[1].text == 'Police "arrested" 12.'
    assert (good[1].published, good[1].title, good[1].language) == ("2004-01-05", "Arrests", "en")
    assert len(bad) == 3
    assert all(d.path == str(path) and d.text == "" for d in bad)
    assert "line 2" in bad[0].problems[0] and "corpus.jsonl" in bad[0].problems[0]
    assert "not valid JSON" in bad[0].problems[0]
    assert "line 6" in bad[1].problems[0] and "not a JSON object" in bad[1].problems[0]
    assert "line 7" in bad[2].problems[0] and "'text'" in bad[2].problems[0]


def test_csv_custom_columns(tmp_path):
    path = write(
        tmp_path / "rows.csv",
        "story_id,body,headline,url\n"
        'a1,"Rebels attacked a convoy.\n\nTwo died.",Convoy hit,http://x.example/1\n'
        'a2,"Strikers blocked roads.",,\n',
    )
    docs = list(read_inputs([str(path)], text_column="body", id_column="story_id"))
    assert [d.doc_id for d in docs] == ["a1", "a2"]
    assert docs[0].text == "Rebels attacked a convoy.\n\nTwo died."
    assert docs[0].title == "Convoy hit" and docs[0].url == "http://x.example/1"
    assert docs[1].title is None and docs[1].status == "pending"
    # Without the renames, the text column is missing: one failed Document for the file.
    (bad,) = list(read_inputs([str(path)]))
    assert bad.status == "failed" and "no 'text' column" in bad.problems[0]
    assert "body" in bad.problems[0]


def test_gzip_and_truncated_gzip(tmp_path):
    lines = "".join(
        json.dumps({"id": f"g{i}", "text": f"Event number {i} happened in town {i}. " * 20}) + "\n"
        for i in range(400)
    )
    good_gz = tmp_path / "ok.jsonl.gz"
    good_gz.write_bytes(gzip.compress(lines.encode()))
    docs = list(read_inputs([str(good_gz)]))
    assert len(docs) == 400 and all(d.status == "pending" for d in docs)

    data = gzip.compress(lines.encode())
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[: len(data) // 2])
    docs = list(read_inputs([str(cut)]))
    good, bad = by_status(docs)
    assert len(bad) == 1 and "truncated or corrupt gzip" in bad[0].problems[0]
    assert bad[0].path == str(cut)
    assert all(d.doc_id.startswith("g") for d in good)

    csv_gz = tmp_path / "t.csv.gz"
    csv_gz.write_bytes(gzip.compress(b"id,text\n1,Troops withdrew.\n"))
    (doc,) = list(read_inputs([str(csv_gz)]))
    assert doc.text == "Troops withdrew." and doc.doc_id == "1"

    fake = tmp_path / "fake.txt.gz"
    fake.write_bytes(b"plain text, not gzip")
    (doc,) = list(read_inputs([str(fake)]))
    assert doc.status == "failed" and "not a gzip file" in doc.problems[0]


def test_bad_inputs_fail_cleanly(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    empty = write(tmp_path / "empty.md", "")
    blank = write(tmp_path / "blank.txt", "  \n\n ")
    undecodable = tmp_path / "bad.txt"
    undecodable.write_bytes(b"Troops \x81\x8d\x90 left")
    unknown = write(tmp_path / "page.xyz", "hello")
    missing = str(tmp_path / "nope.md")
    docs = list(read_inputs([str(binary), str(empty), str(blank), str(undecodable), str(unknown), missing]))
    assert [d.status for d in docs] == ["failed"] * 6
    reasons = [d.problems[0] for d in docs]
    assert "binary" in reasons[0]
    assert reasons[1] == reasons[2] == "empty file"
    assert "undecodable bytes" in reasons[3]
    assert reasons[4] == "unsupported format .xyz"
    assert reasons[5] == "no such file or directory"
    assert [d.path for d in docs] == [
        str(binary),
        str(empty),
        str(blank),
        str(undecodable),
        str(unknown),
        missing,
    ]
    assert all(d.text == "" for d in docs)
    assert len({d.doc_id for d in docs}) == 6


def test_latin1_text_is_decoded_with_a_note(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Protesters in S\u00e3o Paulo marched.".encode("cp1252"))
    (doc,) = list(read_inputs([str(path)]))
    assert doc.status == "pending" and doc.text == "Protesters in S\u00e3o Paulo marched."
    assert "cp1252" in doc.problems[0]


def test_folder_mixing_everything(tmp_path):
    root = tmp_path / "in"
    write(root / "a.md", MD_ARTICLE)
    write(root / "sub" / "b.txt", TXT_ARTICLE)
    write(root / "sub" / "c.jsonl", '{"id": "j1", "text": "Talks resumed."}\n{broken\n')
    write(root / "d.csv", "id,text\nc1,Farmers blocked a highway.\n")
    (root / "e.jsonl.gz").write_bytes(gzip.compress(b'{"id": "z1", "text": "Ceasefire agreed."}\n'))
    (root / "f.txt").write_bytes(b"\x00\x01\x02binary")
    write(root / "g.md", "")
    write(root / "h.pdf", "%PDF-1.4")
    write(root / ".hidden.txt", "ignored")
    docs = list(read_inputs([str(root), str(tmp_path / "missing")]))
    good, bad = by_status(docs)
    assert sorted(d.doc_id for d in good if d.doc_id in {"j1", "c1", "z1"}) == ["c1", "j1", "z1"]
    assert len(good) == 5
    assert {Path(d.path).name for d in good} == {"a.md", "b.txt", "c.jsonl", "d.csv", "e.jsonl.gz"}
    reasons = {Path(d.path).name: d.problems[0] for d in bad}
    assert set(reasons) == {"c.jsonl", "f.txt", "g.md", "h.pdf", "missing"}
    assert "line 2" in reasons["c.jsonl"]
    assert "binary" in reasons["f.txt"]
    assert reasons["g.md"] == "empty file"
    assert reasons["h.pdf"] == "unsupported format .pdf"
    assert reasons["missing"] == "no such file or directory"


def test_globs_and_duplicates(tmp_path):
    write(tmp_path / "x" / "one.md", TXT_ARTICLE)
    write(tmp_path / "x" / "deep" / "two.md", "Body of two.")
    docs = list(read_inputs([str(tmp_path / "x" / "**" / "*.md"), str(tmp_path / "x")]))
    assert sorted(Path(d.path).name for d in docs) == ["one.md", "two.md"]
    (nomatch,) = list(read_inputs([str(tmp_path / "*.nothing")]))
    assert nomatch.status == "failed" and "no files match" in nomatch.problems[0]


def test_stdin_jsonl_and_text():
    stream = io.BytesIO(b'\n{"id": "s1", "text": "Riots in Basra."}\n{"id": "s2", "text": "Calm."}\n')
    docs = list(read_stdin(stream))
    assert [d.doc_id for d in docs] == ["s1", "s2"] and docs[0].path == "-"
    (doc,) = list(read_stdin(io.BytesIO(TXT_ARTICLE.encode())))
    assert doc.title == "Troops fire on marchers in Valdora" and doc.path == "-"
    (empty,) = list(read_stdin(io.BytesIO(b"")))
    assert empty.status == "failed"


def test_reader_registry_plugs_in_and_errors_are_contained(tmp_path):
    def boom(path, **options):
        yield document_from_text("First document.", path=path)
        raise RuntimeError("parser exploded")

    register_reader(".boom", boom)
    try:
        path = write(tmp_path / "x.boom", "whatever")
        other = write(tmp_path / "y.txt", "Still read.")
        docs = list(read_inputs([str(path), str(other)]))
        assert [d.status for d in docs] == ["pending", "failed", "pending"]
        assert "parser exploded" in docs[1].problems[0]
    finally:
        READERS.pop(".boom", None)


# --- the real saved page ----------------------------------------------------------------------


@pytest.mark.skipif(not SEED.exists(), reason="seed data not available")
def test_seed_lima_embassy():
    (doc,) = list(read_inputs([str(SEED)]))
    assert doc.status == "pending"
    assert doc.url == "https://www.internationalviewpoint.org/spip.php?article228"
    assert doc.title == "The Lima embassy massacre"
    assert doc.published == "1997-06-03"
    assert doc.publication == "International Viewpoint"
    assert doc.author.startswith("Fourth International") and doc.author.endswith("Secretariat")
    assert "\u00e2\u20ac" not in doc.text
    assert "Copyright" not in doc.text and "All rights reserved" not in doc.text
    assert doc.text.startswith("The Fourth International shares")
    assert "IV289" not in doc.text and "*" not in doc.text and "#" not in doc.text
