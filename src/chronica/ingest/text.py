"""Plain-text and markdown articles: one file, one Document.

:func:`document_from_text` is the whole path from a saved article to a clean Document: header
metadata, boilerplate removal, markdown stripping, :func:`~chronica.ingest.clean.clean_text`.
It is also what ``chronica.code(text)`` uses for text given directly.
"""

from __future__ import annotations

import codecs
import gzip
import re
import zlib
from collections.abc import Iterator
from typing import IO, Any

from chronica.ingest import limits, meta
from chronica.ingest.clean import clean_line, fix_encoding, normalise_layout, strip_markdown
from chronica.record import Document

__all__ = [
    "document_from_text",
    "read_text_file",
    "decode_bytes",
    "open_binary",
    "looks_binary",
    "InputError",
    "read_text_stream",
    "read_limited",
]

GZIP_MAGIC = b"\x1f\x8b"
_TEXT_BYTES = bytes(range(32, 256)) + b"\t\n\x0c\r\x1b"


class InputError(Exception):
    """An input that cannot be read; the message is the reason shown to the user."""


# --- bytes ------------------------------------------------------------------------------------


def open_input(path: str) -> tuple[IO[bytes] | None, str | None]:
    """:func:`open_binary`, or None and the reason a person can read when the file cannot be opened."""
    try:
        return open_binary(path), None
    except InputError as err:
        return None, str(err)
    except OSError as err:
        return None, _os_reason(err)


def open_binary(path: str) -> IO[bytes]:
    """Open a file for reading bytes, decompressing gzip (by content, whatever the name)."""
    fh = open(path, "rb")  # closed by the caller
    head = fh.read(2)
    fh.seek(0)
    if head == GZIP_MAGIC:
        return gzip.GzipFile(fileobj=fh, mode="rb")  # type: ignore[return-value]
    if path.lower().endswith(".gz"):
        fh.close()
        raise InputError("not a gzip file (name ends in .gz)")
    return fh


def looks_binary(data: bytes) -> bool:
    """Bytes that are not text: NUL bytes (outside UTF-16) or many control characters."""
    sample = data[:8192]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    control = len(sample.translate(None, _TEXT_BYTES))
    return control / len(sample) > 0.1


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else cp1252.

    Returns ``(text, note)``; ``note`` says when the text was not UTF-8. Raises
    :class:`InputError` when the bytes decode as none of these.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as err:
            raise InputError(f"undecodable bytes (bad UTF-16 at byte {err.start})") from None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as err:
        utf8_error = err
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(
            f"undecodable bytes (not UTF-8 or cp1252; first bad byte at offset {utf8_error.start})"
        ) from None
    return text, f"not valid UTF-8 (byte {utf8_error.start}); decoded as cp1252"


# --- header and boilerplate -------------------------------------------------------------------

_LABEL_MAX_WORDS = 4
_TITLE_MAX_WORDS = 20
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\S")
_ENDS_SENTENCE = re.compile(r"[.;,:]$")


def _words(line: str) -> int:
    return len(line.split())


def _short_line(line: str, max_words: int) -> bool:
    text = meta.plain(line)
    return (
        0 < _words(text) <= max_words
        and len(text) <= 200
        and not _ENDS_SENTENCE.search(text)
        and meta.dateline(text) is None
    )


def _is_date_line(line: str) -> str | None:
    text = meta.plain(line)
    if _words(text) > 6 or not re.search(r"\d", text):
        return None
    return meta.parse_date(text)


def _dateline_follows(lines: list[str], i: int) -> bool:
    """The line after ``lines[i]`` opens with a dateline: a short line directly above it is the
    headline, as a blank line would mark it ("Thai opposition leader arrested" then
    "BANGKOK (Reuters) - Thai police ...")."""
    return i + 1 < len(lines) and meta.dateline(meta.plain(lines[i + 1].strip())) is not None


def _split_header(lines: list[str], fields: dict[str, Any], problems: list[str]) -> int:
    """Read metadata from the leading lines into ``fields``; the index where the body starts.

    Header lines: a URL, ``# Title``, key lines (``Publication date: ...``, ``By ...``), a bare
    date, rules, copyright, share and issue lines, section labels before the title; for text
    with no heading, a first short line followed by a blank line (or directly by a dateline) is
    the title.
    """
    pending: int | None = None  # a short line that may be the title or a section label
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            i += 1
            continue
        if meta.is_rule(stripped) or meta.is_copyright(stripped):
            if meta.is_copyright(stripped):
                fields.setdefault("copyright", meta.copyright_publication(stripped))
            i += 1
            continue
        url = meta.url_line(stripped)
        if url:
            fields.setdefault("url", url)
            i += 1
            continue
        kv = meta.key_value(stripped)
        if kv:
            key, value = kv
            if key == "url":
                value = value.strip("<>")
            fields.setdefault(key, value)
            i += 1
            continue
        author = meta.byline(stripped)
        if author:
            fields.setdefault("author", author)
            i += 1
            continue
        if meta.is_fragment_line(stripped) or meta.is_share_line(stripped):
            i += 1
            continue
        when = _is_date_line(stripped)
        if when:
            fields.setdefault("published", when)
            i += 1
            continue
        if _HEADING.match(stripped):
            text = meta.plain(stripped)
            if "title" not in fields and _short_line(stripped, _TITLE_MAX_WORDS):
                fields["title"] = text
                pending = None  # anything short before the heading was a section label
                i += 1
                continue
            break  # a long heading (a bold lead) or a second heading: the body starts here
        followed_by_blank = i + 1 >= n or not lines[i + 1].strip() or _dateline_follows(lines, i)
        if not followed_by_blank and _short_line(stripped, _LABEL_MAX_WORDS):
            # "World" directly above "Rebels seize embassy" (then a blank): a label
            nxt = lines[i + 1].strip()
            followed_by_blank = (
                (i + 2 >= n or not lines[i + 2].strip() or _dateline_follows(lines, i + 1))
                and _short_line(nxt, _TITLE_MAX_WORDS)
                and not meta.key_value(nxt)
                and not meta.byline(nxt)
            ) or bool(_HEADING.match(nxt))
        has_more = any(x.strip() for x in lines[i + 1 :])
        if (
            "title" not in fields
            and followed_by_blank
            and has_more
            and _short_line(stripped, _TITLE_MAX_WORDS)
        ):
            if pending is not None and _words(meta.plain(lines[pending])) > _LABEL_MAX_WORDS:
                break  # the pending line is the title and this one starts the body
            pending = i  # an earlier short pending line was a section label
            i += 1
            continue
        break
    if pending is not None and "title" not in fields:
        fields["title"] = meta.plain(lines[pending])
    return i


def _drop_boilerplate(lines: list[str], fields: dict[str, Any]) -> list[str]:
    out = []
    for line in lines:
        stripped = line.strip()
        if stripped and (
            meta.is_rule(stripped)
            or meta.is_copyright(stripped)
            or meta.is_share_line(stripped)
            or meta.is_fragment_line(stripped)
        ):
            if meta.is_copyright(stripped):
                fields.setdefault("copyright", meta.copyright_publication(stripped))
            out.append("")
            continue
        out.append(line)
    return out


def document_from_text(
    raw: str,
    *,
    doc_id: str | None = None,
    published: str | None = None,
    path: str | None = None,
    header: bool = True,
    language: str | None = None,
) -> Document:
    """A Document from the text of one article (plain text or markdown, metadata header allowed).

    ``published`` (any date form) is used when the text states no date. The id is ``doc_id``
    when given, else a hash of the cleaned text. ``header=False`` reads no metadata from the
    leading lines (for the second and later parts of a long text); ``language`` is used instead
    of detecting it when the text does not state one.
    """
    problems: list[str] = []
    fields: dict[str, Any] = {}
    lines = fix_encoding(raw or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = _split_header(lines, fields, problems) if header else 0
    body = _drop_boilerplate(lines[start:], fields)
    # The encoding was fixed above; markdown stripping only removes characters, so layout
    # normalisation finishes the job (the result equals clean_text of itself).
    text = normalise_layout(strip_markdown("\n".join(body)))

    author = clean_line(fields.get("author"))
    publication = clean_line(fields.get("publication")) or clean_line(fields.get("copyright"))

    # A closing signature "Organisation, 13 May 1997" names the author.
    if text and not author:
        last = text.rsplit("\n\n", 1)[-1]
        sig = meta.signature(last)
        if sig:
            author = sig[0]

    # The dateline's agency is the publication when nothing else names one.
    if text and not publication:
        dl = meta.dateline(text)
        if dl and dl[1]:
            publication = meta.agency_name(dl[1])

    date_text = fields.get("published") or fields.get("updated")
    when = meta.parse_date(date_text) if date_text else None
    if date_text and not when:
        problems.append(f"could not read the publication date {date_text!r}")
    if not when and published:
        when = meta.parse_date(published)
        if not when:
            problems.append(f"could not read the publication date {published!r}")

    stated = clean_line(fields.get("language"))
    language = stated.lower() if stated else language or meta.detect_language(text)

    status = "pending"
    if not text:
        status = "skipped"
        problems.append("empty text")

    return Document(
        doc_id=str(doc_id) if doc_id not in (None, "") else meta.content_hash(text),
        text=text,
        url=clean_line(fields.get("url")),
        title=clean_line(strip_markdown(fields["title"])) if fields.get("title") else None,
        publication=publication,
        published=when,
        author=author,
        language=language,
        status=status,
        problems=problems,
        path=path,
    )


# --- reader -----------------------------------------------------------------------------------

_GZIP_ERRORS = (EOFError, zlib.error, gzip.BadGzipFile)


def _os_reason(err: OSError) -> str:
    if isinstance(err, PermissionError):
        return "permission denied"
    if isinstance(err, IsADirectoryError):
        return "is a directory"
    if isinstance(err, FileNotFoundError):
        return "no such file or directory"
    return f"cannot read file ({err.strerror or err})"


def read_limited(path: str, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of a file (gunzipped); InputError with the reason otherwise."""
    try:
        with open_binary(path) as fh:
            return fh.read(limit + 1)
    except _GZIP_ERRORS as err:
        raise InputError(f"truncated or corrupt gzip ({err})") from None
    except OSError as err:
        raise InputError(_os_reason(err)) from None


def read_text_file(path: str, **_options: Any) -> Iterator[Document]:
    """Reader for ``.txt`` and ``.md`` (and their ``.gz``): one Document for the file.

    A file over :data:`~chronica.ingest.limits.STREAM_BYTES` is read in pieces and becomes one
    Document per part of at most :data:`~chronica.ingest.limits.MAX_CHARS` characters.
    """
    fh, reason = open_input(path)
    if fh is None:
        yield meta.failed_document(path, reason)
        return
    with fh:
        yield from read_text_stream(fh, path)


def read_text_stream(fh: IO[bytes], path: str, head: bytes = b"") -> Iterator[Document]:
    """The Documents of a text read from a binary stream (``head``: bytes already read from it)."""
    try:
        if len(head) <= limits.STREAM_BYTES:
            head += fh.read(limits.STREAM_BYTES + 1 - len(head))
    except _GZIP_ERRORS as err:
        yield meta.failed_document(path, f"truncated or corrupt gzip ({err})")
        return
    except OSError as err:
        yield meta.failed_document(path, _os_reason(err))
        return
    if len(head) <= limits.STREAM_BYTES:
        if not head.strip():
            yield meta.failed_document(path, "empty input on stdin" if path == "-" else "empty file")
            return
        if looks_binary(head):
            yield meta.failed_document(path, "binary file, not text")
            return
        try:
            raw, note = decode_bytes(head)
        except InputError as err:
            yield meta.failed_document(path, str(err))
            return
        if len(raw) > limits.MAX_CHARS:
            yield from _long_text(iter(()), raw, note, path)
            return
        doc = document_from_text(raw, path=path)
        if note:
            doc.problems.insert(0, note)
        yield doc
        return
    if looks_binary(head):
        yield meta.failed_document(path, "binary file, not text")
        return
    yield from _long_text(_decoded_chunks(fh, head, path), "", None, path)


class _ChunkError(Exception):
    """Reading a long text stopped early; the message is the reason."""


def _decoded_chunks(fh: IO[bytes], head: bytes, path: str) -> Iterator[tuple[str, str | None]]:
    """``(text, note)`` pieces of a long stream: UTF-8 (BOMs honoured), else cp1252 from there on."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        decoder = codecs.getincrementaldecoder("utf-16")(errors="replace")
    else:
        if head.startswith(codecs.BOM_UTF8):
            head = head[len(codecs.BOM_UTF8) :]
        decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    data = head
    while True:
        note = None
        try:
            text = decoder.decode(data, final=not data)
        except UnicodeDecodeError as err:
            note = f"not valid UTF-8 (byte {offset + err.start}); decoded as cp1252 from there on"
            decoder = codecs.getincrementaldecoder("cp1252")(errors="replace")
            text = decoder.decode(data, final=not data)
        if text or note:
            yield text, note
        if not data:
            return
        offset += len(data)
        try:
            data = fh.read(limits.CHUNK_BYTES)
        except _GZIP_ERRORS as err:
            raise _ChunkError(f"truncated or corrupt gzip after {offset:,} bytes ({err})") from None
        except OSError as err:
            raise _ChunkError(f"{_os_reason(err)} after {offset:,} bytes") from None


def _long_text(
    chunks: Iterator[tuple[str, str | None]], text: str, note: str | None, path: str
) -> Iterator[Document]:
    """Documents of at most ``MAX_CHARS`` characters each from a long text given in pieces."""
    notes = [note] if note else []
    buffer = text
    index = 0
    first: Document | None = None
    base = ""

    def emit(raw: str) -> Document | None:
        nonlocal index, first, base
        if not raw.strip():
            return None
        index += 1
        doc = document_from_text(
            raw, path=path, header=index == 1, language=first.language if first else None
        )
        if not doc.text:
            index -= 1
            return None
        if first is None:
            first = doc
            base = doc.doc_id
        else:
            doc.url, doc.title, doc.publication = first.url, first.title, first.publication
            doc.published, doc.author, doc.language = first.published, first.author, first.language
        doc.doc_id = f"{base}-part{index}"  # parts may repeat each other: the id says which part
        doc.problems = [*notes, *doc.problems, limits.part_note(index, None)]
        return doc

    try:
        for piece, piece_note in chunks:
            if piece_note:
                notes.append(piece_note)
            buffer += piece.replace("\r\n", "\n")
            while len(buffer) > limits.MAX_CHARS:
                cut = limits.cut_point(buffer, limits.MAX_CHARS)
                doc = emit(buffer[:cut])
                buffer = buffer[cut:]
                if doc is not None:
                    yield doc
    except _ChunkError as err:
        doc = emit(buffer)
        if doc is not None:
            yield doc
        yield meta.failed_document(path, f"{err}; {index} parts read before", where="chunk")
        return
    while buffer:
        cut = limits.cut_point(buffer, limits.MAX_CHARS) if len(buffer) > limits.MAX_CHARS else len(buffer)
        doc = emit(buffer[:cut])
        buffer = buffer[cut:]
        if doc is not None:
            yield doc
    if index == 0:
        yield meta.failed_document(path, "empty file")
