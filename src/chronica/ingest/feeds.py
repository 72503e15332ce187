"""RSS and Atom feeds, and XML corpora with one article per element, read as a stream with lxml.

Feeds (RSS 0.9x/2.0, RSS 1.0/RDF, Atom): each ``item`` / ``entry`` becomes a Document with its
title, link, date, author and its content (``content:encoded``, Atom ``content``) or else its
summary (``description``, Atom ``summary``), HTML stripped. The feed's own title is the
publication unless the item names its ``source``. Nothing is fetched: links are kept as text.

Other XML (a corpus such as ``<articles><article docid="1"><title>...<text>...``): each child of
the root that has a text-like child (``text``, ``body``, ``content``, ``story``, ``fulltext``,
``description``) becomes a Document; ``title``, ``url``/``link``, ``date``/``published``,
``source``/``publication``, ``author`` and an ``id``/``docid`` (attribute or child) are read
when present.

The file is parsed incrementally and every finished element is freed, so a feed dump of any size
uses little memory. Entities are not expanded and nothing external is loaded. XML that breaks the
rules (an undefined ``&nbsp;``, a file cut short) is read again with libxml2's recovery; the
items read that way carry a note, and one failed Document reports the error.
"""

from __future__ import annotations

import email.utils
import os
import zlib
from collections.abc import Iterator
from typing import IO, Any

from chronica.ingest import meta
from chronica.ingest.clean import clean_line
from chronica.ingest.html import html_to_text
from chronica.ingest.text import looks_binary, open_binary, open_input
from chronica.record import Document

__all__ = ["read_xml", "feed_date"]

_ITEM_TAGS = frozenset({"item", "entry"})
_FEED_ROOTS = frozenset({"rss", "feed", "rdf", "channel"})
_TEXT_CHILDREN = ("text", "body", "content", "fulltext", "full_text", "story", "article", "description",
                  "summary", "abstract")
_RECORD_FIELDS = {
    "title": ("title", "headline"),
    "url": ("url", "link", "uri"),
    "published": ("published", "date", "pubdate", "publication_date", "publish_date", "dateline_date",
                  "created", "updated"),
    "publication": ("source", "publication", "publisher", "newspaper", "outlet"),
    "author": ("author", "byline", "creator"),
    "language": ("language", "lang"),
    "id": ("id", "docid", "doc_id", "guid"),
}
_GZIP_ERRORS = (EOFError, zlib.error, OSError)


def _local(tag: Any) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def feed_date(value: str | None) -> str | None:
    """A feed's date as ``YYYY-MM-DD``: RFC 822 (RSS ``pubDate``), ISO 8601 (Atom), or any form."""
    if not value:
        return None
    text = value.strip()
    if text[:4].isdigit():
        return meta.parse_date(text[:10] if len(text) >= 10 and text[4] == "-" else text)
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed.date().isoformat()
    return meta.parse_date(text)


def _text(el: Any) -> str:
    """An element's content as text: escaped HTML or CDATA as given, XHTML children serialised."""
    if el is None:
        return ""
    if len(el):
        from lxml import etree

        inner = (el.text or "") + "".join(
            etree.tostring(child, encoding="unicode", with_tail=True) for child in el
        )
        return inner
    return el.text or ""


def _children(el: Any) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for child in el:
        name = _local(child.tag)
        if name:
            out.setdefault(name, []).append(child)
    return out


def _first(children: dict[str, list[Any]], names: tuple[str, ...]) -> Any:
    for name in names:
        if children.get(name):
            return children[name][0]
    return None


def _link(children: dict[str, list[Any]]) -> str | None:
    for el in children.get("link", []):
        href = el.get("href")
        if href and el.get("rel", "alternate") == "alternate":
            return href.strip()
        if not href and (el.text or "").strip():
            return el.text.strip()
    guid = _first(children, ("guid",))
    permalink = guid is not None and guid.get("isPermaLink", "true") != "false"
    if permalink and (guid.text or "").strip().startswith("http"):
        return guid.text.strip()
    link = _first(children, ("link",))
    return link.get("href") if link is not None and link.get("href") else None


def _author(children: dict[str, list[Any]]) -> str | None:
    el = _first(children, ("creator", "author"))
    if el is None:
        return None
    name = _first(_children(el), ("name",))
    value = (name.text if name is not None else el.text) or ""
    value = value.strip()
    if "@" in value and "(" in value:  # RSS: "jane@example.com (Jane Doe)"
        value = value.split("(", 1)[1].rstrip(")")
    return clean_line(value) if value and "@" not in value else None


def _document(
    *,
    title: str | None,
    body: str,
    url: str | None,
    published_raw: str | None,
    publication: str | None,
    author: str | None,
    language: str | None,
    doc_id: str | None,
    path: str,
    problems: list[str],
) -> Document:
    text = html_to_text(body)
    title = clean_line(html_to_text(title)) if title else None
    if not text and title:
        text = title
        problems.append("no content or summary; the title is the text")
    published = feed_date(published_raw)
    if published_raw and not published:
        problems.append(f"could not read the publication date {published_raw.strip()!r}")
    status = "pending"
    if not text:
        status = "skipped"
        problems.append("empty text")
    if not doc_id:
        doc_id = meta.content_hash(f"{url}\n{text}" if url else text)
    return Document(
        doc_id=str(doc_id),
        text=text,
        url=url,
        title=title,
        publication=publication,
        published=published,
        author=author,
        language=language.lower() if language else meta.detect_language(text),
        status=status,
        problems=problems,
        path=path,
    )


def _feed_item(el: Any, feed_title: str | None, path: str, problems: list[str]) -> Document:
    ch = _children(el)
    content = _first(ch, ("encoded", "content"))
    summary = _first(ch, ("description", "summary"))
    body = _text(content) if content is not None and _text(content).strip() else _text(summary)
    date_el = _first(ch, ("pubdate", "published", "date", "issued", "updated", "modified"))
    source = _first(ch, ("source",))
    publication = None
    if source is not None:
        src_title = _first(_children(source), ("title",))
        publication = clean_line((src_title.text if src_title is not None else source.text) or "")
    title_el = _first(ch, ("title",))
    lang_el = _first(ch, ("language",))
    language = (lang_el.text or "").strip() if lang_el is not None else ""
    return _document(
        title=_text(title_el) if title_el is not None else None,
        body=body,
        url=_link(ch),
        published_raw=date_el.text if date_el is not None else None,
        publication=publication or feed_title,
        author=_author(ch),
        language=language or None,
        doc_id=None,
        path=path,
        problems=problems,
    )


def _record(el: Any, path: str, problems: list[str]) -> Document | None:
    ch = _children(el)
    body_el = _first(ch, _TEXT_CHILDREN)
    if body_el is None:
        return None

    def field(key: str) -> str | None:
        found = _first(ch, _RECORD_FIELDS[key])
        value = (_text(found) if found is not None else "").strip()
        return value or None

    record_id = next((el.get(k) for k in _RECORD_FIELDS["id"] if el.get(k)), None) or field("id")
    url = field("url")
    if url is None:
        link = _first(ch, ("link",))
        url = link.get("href") if link is not None else None
    return _document(
        title=field("title"),
        body=_text(body_el),
        url=url,
        published_raw=field("published"),
        publication=clean_line(field("publication")),
        author=clean_line(field("author")),
        language=field("language"),
        doc_id=record_id,
        path=path,
        problems=problems,
    )


def _parse(fh: IO[bytes], path: str, state: dict[str, Any], recover: bool) -> Iterator[Document]:
    """Documents from one pass over the XML; ``state`` counts items so a second pass can skip them."""
    from lxml import etree

    parser = etree.iterparse(
        fh,
        events=("start", "end"),
        recover=recover,
        resolve_entities="internal",  # no external entities: nothing is read from disk or network
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    depth = 0
    kind = None  # "feed" or "records"
    feed_title = None
    seen = 0
    skip = state["items"] if recover else 0
    note = [f"read with XML error recovery ({state['error']})"] if recover and state.get("error") else []
    for event, el in parser:
        name = _local(el.tag)
        if event == "start":
            depth += 1
            if depth == 1:
                kind = "feed" if name in _FEED_ROOTS else "records"
                state["root"] = name
            continue
        depth -= 1
        if kind == "feed":
            if name == "title" and feed_title is None and depth <= 2:
                parent = el.getparent()
                if parent is not None and _local(parent.tag) in ("channel", "feed"):
                    feed_title = clean_line(html_to_text(_text(el)))
                continue
            if name not in _ITEM_TAGS:
                continue
            seen += 1
            if seen > skip:
                state["items"] = seen
                yield _feed_item(el, feed_title, path, list(note))
        elif depth == 1 or (depth == 0 and seen == 0):
            # a child of the root is one article; a root with no such children may be one itself
            doc = _record(el, path, list(note))
            if doc is not None:
                seen += 1
                if seen > skip:
                    state["items"] = seen
                    yield doc
        else:
            continue
        # a finished item: free it and the items before it
        el.clear(keep_tail=False)
        parent = el.getparent()
        if parent is not None:
            for prev in list(el.itersiblings(preceding=True)):
                if kind == "records" or _local(prev.tag) in _ITEM_TAGS:
                    parent.remove(prev)
    if recover:
        errors = [e for e in parser.error_log if e.level_name in ("ERROR", "FATAL")]
        if errors:
            state.setdefault("error", f"{errors[0].message.strip()}, line {errors[0].line}")


def _items(n: int) -> str:
    return f"{n} item" if n == 1 else f"{n} items"


def read_xml(path: str, **_options: Any) -> Iterator[Document]:
    """Reader for ``.xml``, ``.rss``, ``.atom`` (and ``.gz``): one Document per item or record."""
    from lxml import etree

    label = os.path.basename(path) or path
    state: dict[str, Any] = {"items": 0}
    fh, reason = open_input(path)
    if fh is None:
        yield meta.failed_document(path, reason)
        return
    with fh:
        try:
            head = fh.peek(4096)[:4096] if hasattr(fh, "peek") else b""
        except _GZIP_ERRORS as err:
            yield meta.failed_document(path, f"truncated or corrupt gzip ({err})")
            return
        if not head.strip():
            yield meta.failed_document(path, "empty file")
            return
        if looks_binary(head):
            yield meta.failed_document(path, "binary file, not text")
            return
        try:
            yield from _parse(fh, path, state, recover=False)
        except etree.XMLSyntaxError as err:
            state["error"] = err.msg
        except _GZIP_ERRORS as err:
            yield meta.failed_document(
                path,
                f"{label}: truncated or corrupt gzip after {_items(state['items'])} ({err})",
                where="gzip",
            )
            return
    if "error" not in state:
        if state["items"] == 0:
            what = "items" if state.get("root") in _FEED_ROOTS else "articles (no element with a text child)"
            yield meta.failed_document(path, f"{label}: no {what} found in the XML")
        return
    first_error = state["error"]
    read_before = state["items"]
    try:
        with open_binary(path) as again:
            yield from _parse(again, path, state, recover=True)
    except (etree.XMLSyntaxError, *_GZIP_ERRORS) as err:
        state.setdefault("late", str(err))
    recovered = state["items"] - read_before
    reason = f"{label}: malformed XML ({first_error}); {_items(read_before)} read before the error"
    if recovered:
        reason += f", {recovered} more with error recovery"
    yield meta.failed_document(path, reason, where="xml")
