"""Saved web pages: the article's main text and metadata, with trafilatura; HTML fragments to text.

:func:`html_document` is the whole path from a page's HTML to a clean Document. trafilatura
finds the main text (navigation, share links, comments, cookie banners, footers left out) and the
metadata (title, author, date, canonical URL, site name); the text then goes through the same
boilerplate line filters and :func:`~chronica.ingest.clean.clean_text` as text files. Nothing is
fetched: trafilatura is given the HTML, never a URL to download.
"""

from __future__ import annotations

import codecs
import html as html_lib
import logging
import re
from collections.abc import Iterator
from datetime import date
from typing import Any
from urllib.parse import urlsplit

import ftfy

from chronica.ingest import limits, meta
from chronica.ingest.clean import clean_line, clean_text
from chronica.ingest.text import InputError, decode_bytes, looks_binary, read_limited
from chronica.record import Document

__all__ = ["read_html", "html_document", "decode_html", "html_to_text", "is_html_type"]

# trafilatura, htmldate and courlan log every page they discard; without a handler Python prints
# those warnings on stderr. A NullHandler keeps them quiet unless the user configures logging.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

#: Extracted text shorter than this (characters) is extracted again in precision mode.
SHORT = 500

# UTF-8 read as cp1252/Latin-1 (the lead byte and a continuation byte); fixed with ftfy before
# the page is parsed. HTML entities are left alone (lxml reads them).
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021"
                       "\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013"
                       "\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]")
_FTFY_PAGE = ftfy.TextFixerConfig(unescape_html=False, fix_line_breaks=False, uncurl_quotes=False,
                                  normalization=None, explain=False)

#: trafilatura's fast mode: no second (readability/jusText) pass. About 1.5x faster; the first
#: pass already removes the boilerplate of news pages.
FAST = True

_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", re.I)
_XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]{0,100}?encoding\s*=\s*[\"']([A-Za-z0-9_.:-]{2,40})", re.I)
# Browsers read these labels as windows-1252 (WHATWG encoding standard); so do we.
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp819",
              "iso-ir-100", "windows-1252", "cp1252", "x-cp1252"}


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in its first 4 KB (``<meta charset>``, XML declaration)."""
    head = data[:4096]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return _codec(m.group(1).decode("ascii", "replace")) if m else None


def decode_html(data: bytes, charset: str | None = None) -> tuple[str, str | None]:
    """A page's text from its bytes: BOM, else the given charset (an HTTP header), else the page's
    own declaration, else UTF-8, else cp1252. Returns ``(text, note)``; the note says when the
    bytes did not match what was declared. Raises InputError when nothing decodes them.
    """
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_bytes(data)
    codec = _codec(charset) or declared_charset(data)
    if codec and codec not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
        try:
            return data.decode(codec), None
        except UnicodeDecodeError as err:
            text = data.decode(codec, errors="replace")
            return text, f"bytes not valid {codec} (byte {err.start}); undecodable bytes replaced"
    text, note = decode_bytes(data)
    if note and codec == "utf-8":
        note = note.replace("not valid UTF-8", "declared UTF-8 but not valid")
    return text, note


def is_html_type(content_type: str | None) -> bool:
    """Whether a Content-Type names an HTML page."""
    if not content_type:
        return False
    kind = content_type.split(";", 1)[0].strip().lower()
    return kind in ("text/html", "application/xhtml+xml", "application/xhtml")


# --- main text and metadata -------------------------------------------------------------------


def _date_params() -> dict[str, Any]:
    # htmldate's defaults reject anything before 1995; old news archives go further back.
    return {
        "original_date": True,
        "extensive_search": False,
        "min_date": "1900-01-01",
        "max_date": date.today().isoformat(),
    }


def _is_domain(name: str, url: str | None) -> bool:
    """trafilatura falls back to the URL's host as the site name; that is not a publication."""
    if " " in name or "." not in name:
        return False
    host = (urlsplit(url).hostname or "") if url else ""
    return not host or name.lower().removeprefix("www.") in host.lower()


def _keep_line(line: str) -> bool:
    return not (
        meta.is_rule(line)
        or meta.is_copyright(line)
        or meta.is_share_line(line)
        or meta.is_fragment_line(line)
    )


def _extract(page: str, url: str | None, *, precision: bool) -> Any:
    import trafilatura

    return trafilatura.bare_extraction(
        page,
        url=url,
        fast=FAST,
        favor_precision=precision,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        date_extraction_params=_date_params(),
    )


def html_document(
    page: str,
    *,
    url: str | None = None,
    path: str | None = None,
    fallback_date: str | None = None,
    fallback_note: str | None = None,
    doc_id: str | None = None,
) -> Document:
    """A Document from one HTML page: trafilatura's main text and metadata, cleaned.

    ``url`` is the page's address when known (a WARC record's target URI); it is kept as the
    Document's url, else the page's canonical URL is used. ``fallback_date`` (any date form) is
    the publication date when the page states none; ``fallback_note`` is then added to problems.
    The id is ``doc_id`` when given, else a hash of the URL and the text.
    """
    if _MOJIBAKE.search(page):
        # repaired before parsing: lxml drops the C1 characters that some mojibake is made of
        page = ftfy.fix_text(page, config=_FTFY_PAGE)
    try:
        result = _extract(page, url, precision=False)
        if result is not None and len((result.text or "").strip()) < SHORT:
            # trafilatura's fallback for short articles runs the whole <article> together, title
            # and share links included; its precision mode keeps the paragraphs apart
            precise = _extract(page, url, precision=True)
            if precise is not None and (precise.text or "").strip():
                result = precise
    except Exception as err:  # lxml and trafilatura raise assorted errors on broken markup
        return meta.failed_document(path, f"malformed HTML ({type(err).__name__}: {err})", where=url or "")
    if result is None or not (result.text or "").strip():
        return meta.failed_document(
            path, "no article text found in the HTML (empty, malformed or not an article page)",
            where=url or "",
        )

    title = clean_line(result.title)
    lines = [line.strip() for line in result.text.split("\n")]
    lines = [line for line in lines if line and _keep_line(line)]
    if lines and title and clean_line(lines[0]) == title:
        lines = lines[1:]  # the headline repeated at the top of the text
    text = clean_text("\n\n".join(lines))

    problems: list[str] = []
    page_url = url or clean_line(result.url)
    publication = clean_line(result.sitename)
    if publication and _is_domain(publication, page_url):
        publication = None
    if text and not publication:
        dl = meta.dateline(text)
        if dl and dl[1]:
            publication = meta.agency_name(dl[1])

    published = meta.parse_date(result.date) if result.date else None
    if not published and fallback_date:
        published = meta.parse_date(fallback_date)
        if published and fallback_note:
            problems.append(fallback_note)

    status = "pending"
    if not text:
        status = "skipped"
        problems.append("empty text")
    if doc_id in (None, ""):
        doc_id = meta.content_hash(f"{page_url}\n{text}" if page_url else text)
    return Document(
        doc_id=str(doc_id),
        text=text,
        url=page_url,
        title=title,
        publication=publication,
        published=published,
        author=clean_line(result.author),
        language=meta.detect_language(text),
        status=status,
        problems=problems,
        path=path,
    )


def read_html(path: str, **_options: Any) -> Iterator[Document]:
    """Reader for ``.html`` / ``.htm`` (and ``.gz``): the page's article as one Document."""
    try:
        data = read_limited(path, limits.MAX_PAGE_BYTES)
    except InputError as err:
        yield meta.failed_document(path, str(err))
        return
    if len(data) > limits.MAX_PAGE_BYTES:
        size = limits.MAX_PAGE_BYTES // 1_000_000
        yield meta.failed_document(path, f"page larger than {size} MB; not read")
        return
    if not data.strip():
        yield meta.failed_document(path, "empty file")
        return
    if looks_binary(data):
        yield meta.failed_document(path, "binary file, not text")
        return
    try:
        page, note = decode_html(data)
    except InputError as err:
        yield meta.failed_document(path, str(err))
        return
    doc = html_document(page, path=path)
    if note:
        doc.problems.insert(0, note)
    yield doc


# --- fragments (feed items) -------------------------------------------------------------------

_BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre table tr section article header footer "
    "figure figcaption dl dt dd hr address aside main nav".split()
)
_DROP = ("script", "style", "noscript", "iframe", "object", "embed", "form", "svg", "template")
_TAG = re.compile(r"<[^<>]{0,2000}>")


def html_to_text(fragment: str | None) -> str:
    """Plain text from an HTML fragment (a feed item's content): blocks become paragraphs."""
    if not fragment:
        return ""
    if "<" not in fragment:
        return clean_text(html_lib.unescape(fragment) if "&" in fragment else fragment)
    try:
        import lxml.html

        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
        for el in list(root.iter(*_DROP)):
            el.drop_tree()
        for el in root.iter():
            tag = el.tag if isinstance(el.tag, str) else ""
            if tag.lower() in _BLOCKS:
                el.tail = "\n\n" + (el.tail or "")
                if tag.lower() != "br":
                    el.text = "\n\n" + (el.text or "")
        text = root.text_content()
    except Exception:  # lxml gives up on some garbage: fall back to removing tags
        text = html_lib.unescape(_TAG.sub("\n\n", fragment))
    return clean_text(text)
