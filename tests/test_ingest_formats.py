"""Saved web pages, web archives, feeds and XML corpora read into clean Documents.

Every fixture is written here, into tmp_path: HTML with its boilerplate, a WARC made with warcio,
RSS/Atom/RDF feeds, a custom XML corpus. The network is blocked for the whole module: nothing may
be fetched.
"""

from __future__ import annotations

import gzip
import io
import socket
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from chronica.ingest import read_inputs
from chronica.ingest.feeds import feed_date
from chronica.ingest.html import decode_html, html_document, html_to_text


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("ingestion tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


ARTICLE = [
    "VALDORA, March 3 (Reuters) - Soldiers opened fire on a march of farmers in the capital on "
    "Saturday, killing two people, witnesses said.",
    "The government said the soldiers acted in self-defence and that an inquiry would be opened "
    "into the shooting.",
    "Farmers' unions called a general strike for Monday and said they would march again.",
]


def page(
    paragraphs=ARTICLE,
    *,
    title="Troops fire on marchers",
    meta=True,
    charset="utf-8",
) -> str:
    head = f'<meta charset="{charset}">' if charset else ""
    if meta:
        head += (
            '<link rel="canonical" href="https://valdora-times.example/2001/03/march">'
            '<meta property="og:site_name" content="Valdora Times">'
            '<meta name="author" content="Ana Ruiz">'
            '<meta property="article:published_time" content="2001-03-03T10:00:00Z">'
        )
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head>{head}<title>{title} | Valdora Times</title></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li></ul></nav>
<div id="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div></header>
<main><article><h1>{title}</h1>{body}
<div class="share">Share on Facebook | Tweet | Email</div></article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Floods hit the south coast</a></li>
<li><a href="/b">Parliament debates the budget</a></li></ul></aside>
<section id="comments"><h3>Comments</h3><div class="comment"><p>Terrible news, my thoughts are with
the families of the victims today.</p></div></section></main>
<footer><p>Copyright &copy; 2001 Valdora Times. All rights reserved.</p>
<a href="/privacy">Privacy policy</a></footer></body></html>"""


BOILERPLATE = ["cookies", "Share on", "Tweet", "Related stories", "Floods hit", "Terrible news",
               "Copyright", "All rights reserved", "Privacy policy", "Home", "Sport"]


# --- HTML -------------------------------------------------------------------------------------


def test_html_page_main_text_and_metadata(tmp_path):
    path = tmp_path / "march.html"
    path.write_text(page(), encoding="utf-8")
    (doc,) = list(read_inputs([str(path)]))
    assert doc.status == "pending" and doc.problems == []
    assert doc.title == "Troops fire on marchers"
    assert doc.author == "Ana Ruiz"
    assert doc.published == "2001-03-03"
    assert doc.url == "https://valdora-times.example/2001/03/march"
    assert doc.publication == "Valdora Times"
    assert doc.language == "en" and doc.path == str(path)
    assert doc.text.split("\n\n") == [p.replace("'", "'") for p in ARTICLE]
    for word in BOILERPLATE:
        assert word not in doc.text, word
    (again,) = list(read_inputs([str(path)]))
    assert again.doc_id == doc.doc_id  # stable id: hash of URL and text


def test_html_without_metadata_uses_the_dateline_agency(tmp_path):
    path = tmp_path / "bare.htm"
    path.write_text(page(meta=False), encoding="utf-8")
    (doc,) = list(read_inputs([str(path)]))
    assert doc.status == "pending"
    assert doc.url is None and doc.published is None and doc.author is None
    assert doc.publication == "Reuters"  # from the dateline, never from a domain
    assert doc.text.startswith("VALDORA, March 3 (Reuters)")


def test_html_encodings_and_mojibake(tmp_path):
    mojibake = ["Protesters in S\u00c3\u00a3o Paulo said the police \u00e2\u20ac\u0153had no "
                "right\u00e2\u20ac\u009d to stop the march on the governor\u00e2\u20ac\u2122s palace."]
    (tmp_path / "moji.html").write_text(page(mojibake), encoding="utf-8")
    latin = page(["Protesters in S\u00e3o Paulo marched on the governor's palace on Monday."],
                 charset="iso-8859-1")
    (tmp_path / "latin.html").write_bytes(latin.encode("cp1252"))
    undeclared = page(["Caf\u00e9 owners in M\u00e1laga closed their shops in protest."], charset=None)
    (tmp_path / "cp1252.html").write_bytes(undeclared.encode("cp1252"))
    docs = {Path(d.path).name: d for d in read_inputs([str(tmp_path)])}
    assert docs["moji.html"].text == (
        'Protesters in S\u00e3o Paulo said the police "had no right" to stop the march on the '
        "governor's palace."
    )
    assert docs["latin.html"].text.startswith("Protesters in S\u00e3o Paulo")
    assert docs["latin.html"].problems == []
    assert "Caf\u00e9 owners in M\u00e1laga" in docs["cp1252.html"].text
    assert "cp1252" in docs["cp1252.html"].problems[0]


def test_decode_html_prefers_the_given_charset():
    data = "<html><head><meta charset='utf-8'></head><body>\u00e9t\u00e9</body></html>".encode("latin-1")
    text, note = decode_html(data, "iso-8859-1")
    assert "\u00e9t\u00e9" in text and note is None
    text, note = decode_html(data)  # declared UTF-8 but is not
    assert "\u00e9t\u00e9" in text and "declared UTF-8" in note


def test_html_gz_and_pages_without_an_article(tmp_path):
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(page().encode("utf-8")))
    (tmp_path / "empty-body.html").write_text("<html><head><title>x</title></head><body></body></html>")
    (tmp_path / "junk.html").write_text("<<<>>> <div <p <<< &&& >>>")
    docs = {Path(d.path).name: d for d in read_inputs([str(tmp_path)])}
    assert docs["a.html.gz"].status == "pending" and docs["a.html.gz"].title == "Troops fire on marchers"
    for name in ("empty-body.html", "junk.html"):
        assert docs[name].status == "failed"
        assert "no article text found in the HTML" in docs[name].problems[0]


def test_html_to_text_for_fragments():
    assert html_to_text("<p>One <b>two</b></p><p>Three<br>four</p><script>x()</script>") == (
        "One two\n\nThree\n\nfour"
    )
    assert html_to_text("Fish &amp; chips") == "Fish & chips"
    assert html_to_text("") == ""
    assert html_to_text("<div <p>broken") != ""


def test_html_document_keeps_a_given_url():
    doc = html_document(page(), url="https://mirror.example/copy")
    assert doc.url == "https://mirror.example/copy"


# --- WARC -------------------------------------------------------------------------------------


def warc(records, *, gz=True, info=True) -> bytes:
    """A WARC made with warcio: records are (type, uri, payload bytes, content type, status)."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    if info:
        writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "chronica tests"}))
    for kind, uri, payload, ctype, status in records:
        if kind == "request":
            http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
            record = writer.create_warc_record(uri, "request", http_headers=http)
        elif kind == "response":
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                               http_headers=http)
        else:
            record = writer.create_warc_record(uri, kind, payload=io.BytesIO(payload),
                                               warc_content_type=ctype)
        writer.write_record(record)
    return buf.getvalue()


SITE = "https://valdora-times.example"


def crawl_records():
    other = ["RIVERTON, June 9 (AP) - Police arrested 40 students outside the university on Friday.",
             "The students were protesting against higher fees, their union said."]
    return [
        ("request", f"{SITE}/2001/03/march", b"", "", ""),
        ("response", f"{SITE}/2001/03/march", page().encode(), "text/html; charset=utf-8", "200 OK"),
        ("response", f"{SITE}/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png", "200 OK"),
        ("response", f"{SITE}/gone", b"<html>Not found</html>", "text/html", "404 Not Found"),
        ("response", f"{SITE}/moved", b"", "text/html", "301 Moved Permanently"),
        ("metadata", f"{SITE}/2001/03/march", b"outlinks: 3", "application/warc-fields", ""),
        ("response", "https://riverton.example/news/students", page(other, title="Students held",
                                                                      meta=False).encode("utf-8"),
         "text/html", "200 OK"),
    ]


def test_warc_html_responses_become_documents(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc(crawl_records()))
    docs = list(read_inputs([str(path)]))
    assert [d.status for d in docs] == ["pending", "pending"]
    first, second = docs
    assert first.url == "https://valdora-times.example/2001/03/march"
    assert first.title == "Troops fire on marchers" and first.published == "2001-03-03"
    assert first.problems == [] and first.path == str(path)
    assert second.url == "https://riverton.example/news/students"  # the target URI
    assert second.title == "Students held"
    assert second.text.startswith("RIVERTON, June 9 (AP) - Police arrested 40 students")
    assert second.published is not None  # the WARC-Date, said so
    assert "WARC-Date" in second.problems[0]
    assert second.publication == "Associated Press"


def test_warc_uncompressed_and_gzipped_whole(tmp_path):
    plain = warc(crawl_records(), gz=False)
    (tmp_path / "plain.warc").write_bytes(plain)
    (tmp_path / "whole.warc.gz").write_bytes(gzip.compress(plain))  # one gzip stream, not per record
    pages = warc(crawl_records()[1:2] + crawl_records()[-1:], gz=False, info=False)
    (tmp_path / "pages.warc.gz").write_bytes(gzip.compress(pages))  # the first record is a page
    docs = list(read_inputs([str(tmp_path)]))
    by_file: dict[str, list] = {}
    for d in docs:
        by_file.setdefault(Path(d.path).name, []).append(d)
    for name in ("plain.warc", "whole.warc.gz", "pages.warc.gz"):
        assert [d.title for d in by_file[name]] == ["Troops fire on marchers", "Students held"], name


def test_truncated_warc_keeps_the_records_before_the_break(tmp_path):
    records = crawl_records()
    records.append(("response", "https://valdora-times.example/late", page(title="Late story").encode(),
                    "text/html", "200 OK"))
    for gz in (True, False):
        data = warc(records, gz=gz)
        cut = data.rfind(b"Late story") if not gz else len(data) - 400
        path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
        path.write_bytes(data[:cut])
        docs = list(read_inputs([str(path)]))
        good = [d for d in docs if d.status == "pending"]
        bad = [d for d in docs if d.status == "failed"]
        assert [d.title for d in good] == ["Troops fire on marchers", "Students held"]
        assert len(bad) == 1 and "truncated" in bad[0].problems[0] and bad[0].path == str(path)


def test_files_that_are_not_warc(tmp_path):
    (tmp_path / "notes.warc").write_text("These are my notes, not a web archive.\n" * 5)
    (tmp_path / "fake.warc.gz").write_bytes(b"plain bytes, not gzip")
    (tmp_path / "empty.warc").write_bytes(b"")
    reasons = {Path(d.path).name: d.problems[0] for d in read_inputs([str(tmp_path)])}
    assert reasons["notes.warc"].startswith("not a WARC file")
    assert reasons["fake.warc.gz"] == "not a gzip file (name ends in .gz)"
    assert reasons["empty.warc"] == "empty file"


# --- feeds ------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Valdora Wire</title><link>https://wire.example</link>
<description>News from Valdora</description>
<item><title>Strike halts port</title><link>https://wire.example/1</link>
<pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate><dc:creator>Jo Bloggs</dc:creator>
<description>&lt;p&gt;Dock workers &lt;b&gt;walked out&lt;/b&gt; on Monday.&lt;/p&gt;&lt;p&gt;Police
watched the pickets.&lt;/p&gt;</description></item>
<item><title>Talks resume</title><link>https://wire.example/2</link>
<pubDate>Wed, 11 Jun 2003 04:00:00 GMT</pubDate>
<description>Short summary only.</description>
<content:encoded><![CDATA[<p>Negotiators met again in the capital.</p><script>track()</script>
<p>Both sides called the talks useful.</p>]]></content:encoded>
<source url="https://agency.example/rss">Example Agency</source></item>
<item><title>Headline only: minister resigns</title><link>https://wire.example/3</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
<entry><title type="html">Rebels &amp;amp; troops clash</title>
<link rel="alternate" href="https://atom.example/a"/><link rel="edit" href="https://atom.example/edit/a"/>
<id>tag:atom.example,2020:a</id><published>2020-05-01T12:00:00Z</published>
<author><name>Sam Okoro</name></author>
<summary type="html">&lt;p&gt;Rebels and troops clashed near the border.&lt;/p&gt;</summary></entry>
<entry><title>Aid arrives</title><link href="https://atom.example/b"/><updated>2020-05-02T12:00:00+02:00</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Aid convoys reached the city.</p>
<p>The <em>Red Cross</em> said more would follow.</p></div></content></entry>
</feed>"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://old.example/"><title>Old Wire</title></channel>
<item rdf:about="https://old.example/x"><title>Floods in the north</title><link>https://old.example/x</link>
<description>Floods forced thousands from their homes.</description><dc:date>1999-08-14</dc:date></item>
</rdf:RDF>"""


def test_rss_items(tmp_path):
    path = tmp_path / "wire.rss"
    path.write_text(RSS, encoding="utf-8")
    docs = list(read_inputs([str(path)]))
    assert [d.status for d in docs] == ["pending"] * 3
    strike, talks, headline = docs
    assert strike.title == "Strike halts port" and strike.url == "https://wire.example/1"
    assert strike.published == "2003-06-10" and strike.author == "Jo Bloggs"
    assert strike.publication == "Valdora Wire"
    assert strike.text == "Dock workers walked out on Monday.\n\nPolice watched the pickets."
    assert talks.text == "Negotiators met again in the capital.\n\nBoth sides called the talks useful."
    assert talks.publication == "Example Agency"  # the item's <source>
    assert headline.text == "Headline only: minister resigns"
    assert "the title is the text" in headline.problems[0]


def test_atom_and_rdf_feeds(tmp_path):
    (tmp_path / "a.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "b.xml").write_text(RDF, encoding="utf-8")
    (tmp_path / "c.rss.gz").write_bytes(gzip.compress(RSS.encode("utf-8")))
    docs = list(read_inputs([str(tmp_path)]))
    clash, aid, floods = docs[:3]
    assert clash.title == "Rebels & troops clash" and clash.url == "https://atom.example/a"
    assert clash.published == "2020-05-01" and clash.author == "Sam Okoro"
    assert clash.publication == "Atom News"
    assert clash.text == "Rebels and troops clashed near the border."
    assert aid.text == "Aid convoys reached the city.\n\nThe Red Cross said more would follow."
    assert aid.published == "2020-05-02" and aid.url == "https://atom.example/b"
    assert floods.title == "Floods in the north" and floods.published == "1999-08-14"
    assert floods.publication == "Old Wire"
    assert len([d for d in docs if Path(d.path).name == "c.rss.gz"]) == 3


def test_feed_dates():
    assert feed_date("Tue, 10 Jun 2003 04:00:00 GMT") == "2003-06-10"
    assert feed_date("2020-05-02T12:00:00+02:00") == "2020-05-02"
    assert feed_date("14 August 1999") == "1999-08-14"
    assert feed_date("yesterday-ish") is None
    assert feed_date(None) is None


def test_xml_corpus_with_one_article_per_element(tmp_path):
    corpus = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="40450848"><feedid>138</feedid><title>Woman charged over fire</title>
    <url>http://towntalk.example/article/1</url><dltime>2009-03-20 12:24:52</dltime>
    <text><![CDATA[Alexandria woman charged in connection with a house fire.
Police said she set a bed on fire.]]></text>
    <toponyms count="1"><toponym><start>0</start><end>10</end><phrase>Alexandria</phrase></toponym></toponyms>
  </article>
  <article docid="41383748"><title>Task force arrests 14</title><date>23 March 2009</date>
    <text>The task force arrested 14 people during the night.</text></article>
  <article><title>No text here</title></article>
</articles>"""
    path = tmp_path / "lgl-like.xml"
    path.write_text(corpus, encoding="utf-8")
    docs = list(read_inputs([str(path)]))
    assert [d.doc_id for d in docs] == ["40450848", "41383748"]
    assert docs[0].title == "Woman charged over fire" and docs[0].url == "http://towntalk.example/article/1"
    assert docs[0].text.startswith("Alexandria woman charged")
    assert docs[1].published == "2009-03-23"


def test_malformed_and_truncated_feeds(tmp_path):
    (tmp_path / "entity.rss").write_text(RSS.replace("Short summary only.", "Short&nbsp;summary."))
    (tmp_path / "cut.rss").write_text(RSS[: RSS.index("<item><title>Headline only")] + "<item><title>Half")
    (tmp_path / "notxml.xml").write_text("This is not XML at all, just words.")
    (tmp_path / "nothing.rss").write_text("<rss><channel><title>Empty</title></channel></rss>")
    docs = list(read_inputs([str(tmp_path)]))
    by_file: dict[str, list] = {}
    for d in docs:
        by_file.setdefault(Path(d.path).name, []).append(d)

    entity = by_file["entity.rss"]
    assert [d.status for d in entity] == ["pending", "pending", "pending", "failed"]
    assert "malformed XML" in entity[-1].problems[0] and "nbsp" in entity[-1].problems[0]
    assert "error recovery" in entity[1].problems[0]

    cut = by_file["cut.rss"]
    assert [d.title for d in cut if d.status == "pending"][:2] == ["Strike halts port", "Talks resume"]
    assert cut[-1].status == "failed" and "malformed XML" in cut[-1].problems[0]

    (bad,) = by_file["notxml.xml"]
    assert bad.status == "failed" and "XML" in bad.problems[0]
    (empty,) = by_file["nothing.rss"]
    assert empty.status == "failed" and "no items found" in empty.problems[0]


def test_external_entities_are_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    xxe = f"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>
<rss><channel><title>T</title><item><title>Item</title><description>Before &x; after.</description></item>
</channel></rss>"""
    path = tmp_path / "xxe.rss"
    path.write_text(xxe)
    docs = list(read_inputs([str(path)]))
    assert all("TOP SECRET" not in d.text for d in docs)


# --- everything at once -----------------------------------------------------------------------


def test_one_folder_with_every_format(tmp_path):
    (tmp_path / "page.html").write_text(page(), encoding="utf-8")
    (tmp_path / "crawl.warc.gz").write_bytes(warc(crawl_records()))
    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "news.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text('{"id": "j1", "text": "Talks resumed in the capital."}\n')
    (tmp_path / "rows.csv").write_text("id,text\nc1,Farmers blocked a highway.\n")
    (tmp_path / "note.md").write_text("# Ceasefire agreed\n\nBoth sides agreed to a ceasefire on Sunday.\n")
    docs = list(read_inputs([str(tmp_path)]))
    assert all(d.status == "pending" for d in docs)
    names = [Path(d.path).name for d in docs]
    assert names.count("crawl.warc.gz") == 2 and names.count("wire.rss") == 3
    assert names.count("news.atom") == 2
    assert {"page.html", "rows.jsonl", "rows.csv", "note.md"} <= set(names)
