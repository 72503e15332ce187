"""Web archives: every HTML response in a WARC file becomes a Document (warcio).

Records are read one at a time from the stream (gzip per record, the usual ``.warc.gz``, or
uncompressed; a WARC gzipped as one block is read too), so an archive of any size uses little
memory. A ``response`` (or ``resource``) record whose payload is an HTML page with status 2xx
becomes a Document through :func:`~chronica.ingest.html.html_document`: its ``url`` is the
record's ``WARC-Target-URI``; the ``WARC-Date`` (the crawl time) is the publication date only
when the page states none, and a problem note says so. Other records (requests, metadata,
warcinfo, revisits, redirects, errors, images, scripts) are skipped.

A truncated or corrupt archive keeps the pages before the break and adds one failed Document
with the reason.
"""

from __future__ import annotations

import gzip
import os
import re
import zlib
from collections.abc import Iterator
from typing import IO, Any

from chronica.ingest import limits, meta
from chronica.ingest.html import decode_html, html_document, is_html_type
from chronica.ingest.text import GZIP_MAGIC, InputError, looks_binary
from chronica.record import Document

__all__ = ["read_warc", "CRAWL_DATE_NOTE"]

CRAWL_DATE_NOTE = "no publication date in the page; the WARC-Date (when it was crawled) is used"

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_SNIFF = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_READ_ERRORS = (EOFError, zlib.error, OSError, ValueError)


class _Stop(Exception):
    """The archive cannot be read further; the message is the reason."""


def _label(path: str) -> str:
    return os.path.basename(path) or path


def _record_document(record: Any, path: str, number: int) -> Document | None:
    """The Document for one WARC record, or None when the record is not an HTML page."""
    if record.rec_type not in ("response", "resource"):
        return None
    headers = record.rec_headers
    uri = headers.get_header("WARC-Target-URI")
    where = f"record {number}"
    name = f"{_label(path)} record {number} ({uri or 'no target URI'})"
    if record.rec_type == "response":
        http = record.http_headers
        if http is None:
            return None
        status = http.get_statuscode() or ""
        if status and not status.startswith("2"):
            return None  # redirects, errors: no article
        content_type = http.get_header("Content-Type")
    else:
        content_type = headers.get_header("Content-Type")
    try:
        stream = record.content_stream()
        data = stream.read(limits.MAX_PAGE_BYTES + 1)
    except (zlib.error, ValueError, EOFError) as err:
        return meta.failed_document(path, f"{name}: cannot decode the payload ({err})", where=where)
    if content_type and not is_html_type(content_type):
        return None
    if not content_type and not _SNIFF.match(data[:2048]):
        return None
    if len(data) > limits.MAX_PAGE_BYTES:
        size = limits.MAX_PAGE_BYTES // 1_000_000
        return meta.failed_document(path, f"{name}: page larger than {size} MB; not read", where=where)
    # Read the rest of the record: a short read means the archive was cut inside it.
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    if getattr(raw, "limit", 0):
        raise _Stop(f"truncated WARC: record {number} ({uri or 'no target URI'}) is cut short")
    if not data.strip():
        return meta.failed_document(path, f"{name}: empty page", where=where)
    if looks_binary(data):
        return meta.failed_document(path, f"{name}: binary payload, not HTML", where=where)
    m = _CHARSET.search(content_type or "")
    try:
        page, note = decode_html(data, m.group(1) if m else None)
    except InputError as err:
        return meta.failed_document(path, f"{name}: {err}", where=where)
    doc = html_document(
        page,
        url=uri,
        path=path,
        fallback_date=headers.get_header("WARC-Date"),
        fallback_note=CRAWL_DATE_NOTE,
    )
    if doc.status == "failed":
        doc.problems = [f"{name}: {doc.problems[0]}"]
        doc.doc_id = meta.failed_document(path, doc.problems[0], where=where).doc_id
    elif note:
        doc.problems.insert(0, note)
    return doc


def _start(fh: IO[bytes]) -> bytes:
    """The first bytes of the archive, gunzipped when it is gzip."""
    head = fh.read(4096)
    if head[:2] != GZIP_MAGIC:
        return head
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
    except zlib.error:
        return b""


def _iterate(fh: IO[bytes], path: str, counts: dict[str, int], skip: int = 0) -> Iterator[Document]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    iterator = ArchiveIterator(fh)
    try:
        for record in iterator:
            counts["records"] += 1
            if counts["records"] <= skip:
                continue
            doc = _record_document(record, path, counts["records"])
            if doc is not None:
                yield doc
    except ArchiveLoadFailed as err:
        message = " ".join(str(err).split())
        if "non-chunked gzip" in message:
            raise _Stop("gzip-whole") from None
        raise _Stop(f"corrupt WARC after {counts['records']} records ({message[:200]})") from None
    except _READ_ERRORS as err:
        raise _Stop(f"truncated or corrupt WARC after {counts['records']} records ({err})") from None
    counts["offset"] = iterator.offset
    counts["bad_lengths"] = iterator.err_count


def read_warc(path: str, **_options: Any) -> Iterator[Document]:
    """Reader for ``.warc`` / ``.warc.gz``: one Document per HTML response record."""
    try:
        fh = open(path, "rb")
    except OSError as err:
        reason = "permission denied" if isinstance(err, PermissionError) else f"cannot read file ({err})"
        yield meta.failed_document(path, reason)
        return
    counts = {"records": 0, "offset": 0}
    with fh:
        size = os.fstat(fh.fileno()).st_size
        head = fh.read(4)
        fh.seek(0)
        if not head:
            yield meta.failed_document(path, "empty file")
            return
        if path.lower().endswith(".gz") and head[:2] != GZIP_MAGIC:
            yield meta.failed_document(path, "not a gzip file (name ends in .gz)")
            return
        start = _start(fh)
        fh.seek(0)
        if not start.lstrip().startswith((b"WARC/", b"filedesc://")):
            shown = start.lstrip()[:30].decode("utf-8", "replace")
            yield meta.failed_document(path, f"not a WARC file (it starts {shown!r})")
            return
        try:
            yield from _iterate(fh, path, counts)
        except _Stop as stop:
            if str(stop) != "gzip-whole":
                yield meta.failed_document(path, f"{_label(path)}: {stop}", where="stop")
                return
            # One gzip stream around the whole archive: read it decompressed, from the start.
            done = counts["records"]  # records read before warcio gave up
            counts["records"] = 0
            fh.seek(0)
            try:
                with gzip.GzipFile(fileobj=fh, mode="rb") as inner:
                    yield from _iterate(inner, path, counts, skip=done)
            except _Stop as again:
                yield meta.failed_document(path, f"{_label(path)}: {again}", where="stop")
            return
    if counts.get("bad_lengths"):
        yield meta.failed_document(
            path,
            f"{_label(path)}: corrupt WARC: {counts['bad_lengths']} records not followed by a blank line "
            "(wrong Content-Length?); their pages may be cut or run together",
            where="lengths",
        )
    if counts["records"] == 0:
        yield meta.failed_document(path, f"{_label(path)}: no WARC records found")
    elif counts["offset"] < size:
        yield meta.failed_document(
            path,
            f"{_label(path)}: truncated or corrupt WARC after {counts['records']} records "
            f"(read {counts['offset']:,} of {size:,} bytes)",
            where="stop",
        )
