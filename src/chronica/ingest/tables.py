"""Corpora with one article per row: JSON Lines and CSV/TSV, plain or gzip-compressed.

Files are read as a stream, row by row, so a corpus of any size uses little memory. A row that
cannot be read becomes one failed Document (naming the file and line); the rows after it are
read as usual.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from typing import IO, Any

from chronica.ingest import limits, meta
from chronica.ingest.clean import clean_line, clean_text
from chronica.ingest.text import looks_binary, open_input
from chronica.record import Document

__all__ = ["read_jsonl", "read_jsonl_stream", "read_csv", "read_tsv", "row_document", "bounded_lines"]

# Optional columns: Document field -> column names accepted, first present wins.
COLUMNS = {
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "published": ("published", "date", "publish_date", "published_at"),
    "publication": ("source", "publication", "publisher"),
    "language": ("language", "lang"),
    "author": ("author", "authors", "byline"),
}
_GZIP_ERRORS = (EOFError, zlib.error, gzip.BadGzipFile)


def _label(path: str) -> str:
    return "stdin" if path == "-" else os.path.basename(path) or path


def _value(row: dict[str, Any], names: Iterable[str]) -> Any:
    for name in names:
        value = row.get(name)
        if value not in (None, ""):
            return value
    return None


def row_document(
    row: dict[str, Any],
    *,
    text_column: str = "text",
    id_column: str = "id",
    path: str | None = None,
    where: str = "",
) -> Document:
    """A Document from one row (a dict of column -> value). ``where`` names the row in messages."""
    prefix = f"{_label(path or '')} {where}: ".lstrip() if where else ""
    if text_column not in row:
        return meta.failed_document(path, f"{prefix}no {text_column!r} field", where=where)
    raw = row[text_column]
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        raw = str(raw)
    if raw is not None and not isinstance(raw, str):
        return meta.failed_document(
            path, f"{prefix}{text_column!r} is a {type(raw).__name__}, not text", where=where
        )
    text = clean_text(raw or "")
    problems: list[str] = []
    fields = {key: _value(row, names) for key, names in COLUMNS.items()}

    published = None
    if fields["published"] is not None:
        published = meta.parse_date(str(fields["published"]))
        if not published:
            problems.append(f"could not read the publication date {fields['published']!r}")

    language = clean_line(fields["language"])
    language = language.lower() if language else meta.detect_language(text)

    row_id = row.get(id_column)
    if isinstance(row_id, float) and row_id.is_integer():
        row_id = int(row_id)
    doc_id = str(row_id).strip() if row_id not in (None, "") else ""

    status = "pending"
    if not text:
        status = "skipped"
        problems.append("empty text")
    return Document(
        doc_id=doc_id or meta.content_hash(text),
        text=text,
        url=clean_line(fields["url"]),
        title=clean_line(fields["title"]),
        publication=clean_line(fields["publication"]),
        published=published,
        author=clean_line(fields["author"]),
        language=language,
        status=status,
        problems=problems,
        path=path,
    )


def _peek(fh: IO[bytes], size: int = 65536) -> bytes:
    peek = getattr(fh, "peek", None)
    if peek is None:
        return b""
    return peek(size)[:size]


# --- JSON Lines -------------------------------------------------------------------------------


def read_jsonl_stream(
    fh: IO[bytes],
    path: str,
    *,
    text_column: str = "text",
    id_column: str = "id",
    first: bytes | None = None,
    **_options: Any,
) -> Iterator[Document]:
    """Documents from a binary stream of JSON Lines (``first``: a line already read from it)."""
    label = _label(path)
    lineno = 0
    rows = 0
    try:
        for line in bounded_lines(fh, first):
            lineno += 1
            if isinstance(line, int):
                rows += 1
                yield meta.failed_document(
                    path,
                    f"{label} line {lineno}: longer than {limits.MAX_LINE_BYTES >> 20} MB "
                    f"({line:,} bytes); skipped",
                    where=f"line {lineno}",
                )
                continue
            if lineno == 1 and line.startswith(codecs.BOM_UTF8):
                line = line[len(codecs.BOM_UTF8) :]
            if not line.strip():
                continue
            rows += 1
            where = f"line {lineno}"
            note = None
            try:
                decoded = line.decode("utf-8")
            except UnicodeDecodeError as err:
                try:
                    decoded = line.decode("cp1252")
                    note = f"{where}: not valid UTF-8 (byte {err.start}); decoded as cp1252"
                except UnicodeDecodeError:
                    yield meta.failed_document(
                        path, f"{label} {where}: undecodable bytes (not UTF-8)", where=where
                    )
                    continue
            try:
                row = json.loads(decoded)
            except json.JSONDecodeError as err:
                yield meta.failed_document(
                    path,
                    f"{label} {where}: not valid JSON ({err.msg} at column {err.colno})",
                    where=where,
                )
                continue
            if not isinstance(row, dict):
                yield meta.failed_document(
                    path,
                    f"{label} {where}: not a JSON object (got {type(row).__name__})",
                    where=where,
                )
                continue
            doc = row_document(row, text_column=text_column, id_column=id_column, path=path, where=where)
            if note:
                doc.problems.insert(0, note)
            yield doc
    except _GZIP_ERRORS as err:
        yield meta.failed_document(
            path, f"{label}: truncated or corrupt gzip after line {lineno} ({err})", where="gzip"
        )
        return
    except OSError as err:
        yield meta.failed_document(path, f"{label}: read error after line {lineno} ({err})", where="io")
        return
    if rows == 0:
        yield meta.failed_document(path, "empty file")


def bounded_lines(fh: IO[bytes], first: bytes | None = None) -> Iterator[bytes | int]:
    """The lines of a binary stream, each at most ``MAX_LINE_BYTES``.

    A longer line is read through in small pieces and stands as its length (an ``int``), so that
    one huge line never sits in memory. ``first``: a line already read from the stream.
    """
    if first is not None:
        yield first
    while True:
        line = fh.readline(limits.MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > limits.MAX_LINE_BYTES:
            size = len(line)
            while not line.endswith(b"\n"):
                line = fh.readline(limits.CHUNK_BYTES)
                if not line:
                    break
                size += len(line)
            yield size
            continue
        yield line


def read_jsonl(path: str, **options: Any) -> Iterator[Document]:
    """Reader for ``.jsonl`` / ``.ndjson`` (and ``.gz``): one Document per line."""
    fh, reason = open_input(path)
    if fh is None:
        yield meta.failed_document(path, reason)
        return
    with fh:
        try:
            head = _peek(fh)
        except _GZIP_ERRORS as err:
            yield meta.failed_document(path, f"truncated or corrupt gzip ({err})")
            return
        if looks_binary(head):
            yield meta.failed_document(path, "binary file, not text")
            return
        yield from read_jsonl_stream(fh, path, **options)


# --- CSV / TSV --------------------------------------------------------------------------------


def _csv_encoding(head: bytes) -> tuple[str, str | None]:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(head, final=False)
        return "utf-8-sig", None
    except UnicodeDecodeError as err:
        return "cp1252", f"not valid UTF-8 (byte {err.start}); decoded as cp1252"


def _raise_field_limit() -> None:
    """Fields up to ``MAX_LINE_BYTES`` (the csv module's default is 128 KB); longer ones fail."""
    csv.field_size_limit(limits.MAX_LINE_BYTES)


def read_csv(
    path: str,
    *,
    text_column: str = "text",
    id_column: str = "id",
    delimiter: str = ",",
    **_options: Any,
) -> Iterator[Document]:
    """Reader for ``.csv`` (and ``.csv.gz``): a header row, then one Document per row."""
    label = _label(path)
    fh, reason = open_input(path)
    if fh is None:
        yield meta.failed_document(path, reason)
        return
    _raise_field_limit()
    with fh:
        try:
            head = _peek(fh)
        except _GZIP_ERRORS as err:
            yield meta.failed_document(path, f"truncated or corrupt gzip ({err})")
            return
        if looks_binary(head):
            yield meta.failed_document(path, "binary file, not text")
            return
        encoding, note = _csv_encoding(head)
        stream = io.TextIOWrapper(fh, encoding=encoding, errors="strict", newline="")
        reader = csv.DictReader(stream, delimiter=delimiter)
        rows = 0
        try:
            header = reader.fieldnames
            if not header:
                yield meta.failed_document(path, "empty file")
                return
            if text_column not in header:
                columns = ", ".join(h for h in header if h) or "none"
                yield meta.failed_document(path, f"{label}: no {text_column!r} column (columns: {columns})")
                return
            for row in reader:
                rows += 1
                where = f"line {reader.line_num}"
                if None in row:  # more cells than header names
                    row.pop(None)
                doc = row_document(row, text_column=text_column, id_column=id_column, path=path, where=where)
                if note:
                    doc.problems.insert(0, note)
                yield doc
        except _GZIP_ERRORS as err:
            yield meta.failed_document(
                path,
                f"{label}: truncated or corrupt gzip after line {reader.line_num} ({err})",
                where="gzip",
            )
            return
        except UnicodeDecodeError:
            yield meta.failed_document(
                path,
                f"{label}: undecodable bytes near line {reader.line_num + 1}",
                where="decode",
            )
            return
        except csv.Error as err:
            yield meta.failed_document(
                path, f"{label} line {reader.line_num}: malformed CSV ({err})", where="csv"
            )
            return
        if rows == 0:
            yield meta.failed_document(path, f"{label}: no rows after the header")


def read_tsv(path: str, **options: Any) -> Iterator[Document]:
    """Reader for ``.tsv`` (and ``.tsv.gz``): like CSV with tabs."""
    options.pop("delimiter", None)
    yield from read_csv(path, delimiter="\t", **options)
