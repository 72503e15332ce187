"""Walking the inputs (files, folders, globs, ``-`` for stdin) and choosing a reader per file.

A reader is ``reader(path, *, text_column, id_column, **more) -> Iterator[Document]``; the
format follows the file name's extension through :data:`READERS`. New formats (HTML, WARC,
feeds) plug in with :func:`register_reader`.
"""

from __future__ import annotations

import glob
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from chronica.ingest import meta
from chronica.ingest.tables import read_csv, read_jsonl, read_jsonl_stream, read_tsv
from chronica.ingest.text import InputError, decode_bytes, document_from_text, read_text_file
from chronica.record import Document

__all__ = [
    "READERS",
    "Reader",
    "register_reader",
    "extension",
    "expand_inputs",
    "read_path",
    "read_stdin",
    "read_inputs",
]

Reader = Callable[..., Iterator[Document]]

#: extension (lower case, with the dot; ``.gz`` variants spelled out) -> reader
READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".text": read_text_file,
    ".md": read_text_file,
    ".markdown": read_text_file,
    ".txt.gz": read_text_file,
    ".md.gz": read_text_file,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".jsonl.gz": read_jsonl,
    ".ndjson.gz": read_jsonl,
    ".csv": read_csv,
    ".csv.gz": read_csv,
    ".tsv": read_tsv,
    ".tsv.gz": read_tsv,
}

_GLOB_CHARS = frozenset("*?[")


def register_reader(ext: str, reader: Reader) -> None:
    """Use ``reader`` for files ending in ``ext`` (e.g. ``".html"``, ``".warc.gz"``)."""
    ext = ext.lower()
    READERS[ext if ext.startswith(".") else "." + ext] = reader


def extension(path: str) -> str:
    """The file's format key: ``".md"``, ``".jsonl.gz"``; ``""`` when it has none."""
    name = os.path.basename(path).lower()
    root, ext = os.path.splitext(name)
    if ext == ".gz":
        inner = os.path.splitext(root)[1]
        return inner + ext if inner else ext
    return ext


def _hidden(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$") or name.endswith("~")


def _walk(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder, onerror=None, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not _hidden(d) and d != "__pycache__")
        for name in sorted(files):
            if not _hidden(name):
                yield os.path.join(root, name)


def expand_inputs(inputs: Iterable[str]) -> Iterator[tuple[str, str | None]]:
    """``(path, None)`` for every file the inputs name, ``(input, reason)`` for inputs that fail.

    Folders are walked recursively in name order (hidden files and folders skipped); globs
    support ``**``; ``-`` stands for stdin. A file named twice is read once.
    """
    seen: set[str] = set()

    def once(path: str) -> bool:
        key = os.path.realpath(path)
        if key in seen:
            return False
        seen.add(key)
        return True

    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]  # a single path given bare
    for item in inputs:
        item = os.fspath(item)
        if item == "-":
            yield "-", None
        elif os.path.isdir(item):
            found = False
            for path in _walk(item):
                found = True
                if once(path):
                    yield path, None
            if not found:
                yield item, "empty folder"
        elif os.path.exists(item) or os.path.islink(item):
            if once(item):
                yield item, None
        elif _GLOB_CHARS & set(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield item, "no files match this pattern"
            for match in matches:
                if os.path.isdir(match):
                    for path in _walk(match):
                        if once(path):
                            yield path, None
                elif once(match):
                    yield match, None
        else:
            yield item, "no such file or directory"


def read_path(path: str, **options: Any) -> Iterator[Document]:
    """The Documents in one file, by its extension; failures become failed Documents."""
    ext = extension(path)
    reader = READERS.get(ext)
    if reader is None:
        reason = f"unsupported format {ext}" if ext else "unsupported format (no file extension)"
        yield meta.failed_document(path, reason)
        return
    if not os.access(path, os.R_OK) and os.path.exists(path):
        yield meta.failed_document(path, "permission denied")
        return
    if not os.path.exists(path):
        yield meta.failed_document(path, "no such file or directory (broken link?)")
        return
    yield from reader(path, **options)


def _first_content_line(fh: IO[bytes]) -> tuple[list[bytes], bytes | None]:
    skipped: list[bytes] = []
    for line in fh:
        if line.strip():
            return skipped, line
        skipped.append(line)
    return skipped, None


def read_stdin(stream: IO[bytes] | None = None, **options: Any) -> Iterator[Document]:
    """Stdin: JSON Lines when its first line is a JSON object, else one text document."""
    fh = stream if stream is not None else sys.stdin.buffer
    path = "-"
    skipped, first = _first_content_line(fh)
    if first is None:
        yield meta.failed_document(path, "empty input on stdin")
        return
    probe = first.lstrip(b"\xef\xbb\xbf")
    try:
        is_jsonl = isinstance(json.loads(probe.decode("utf-8")), dict)
    except (UnicodeDecodeError, json.JSONDecodeError):
        is_jsonl = False
    if is_jsonl:
        yield from read_jsonl_stream(fh, path, first=first, **options)
        return
    data = b"".join(skipped) + first + fh.read()
    try:
        raw, note = decode_bytes(data)
    except InputError as err:
        yield meta.failed_document(path, str(err))
        return
    doc = document_from_text(raw, path=path)
    if note:
        doc.problems.insert(0, note)
    yield doc


def read_inputs(
    inputs: Iterable[str],
    *,
    text_column: str = "text",
    id_column: str = "id",
) -> Iterator[Document]:
    """One Document per article in the inputs (files, folders, globs, ``-`` for stdin).

    Never raises for a bad input: it becomes a Document with ``status="failed"``, empty text,
    ``path`` set and the reason in ``problems``, and the other inputs are read as usual.
    """
    options = {"text_column": text_column, "id_column": id_column}
    for path, reason in expand_inputs(inputs):
        if reason:
            yield meta.failed_document(path, reason)
            continue
        where = "stdin" if path == "-" else path
        count = 0
        try:
            docs = read_stdin(**options) if path == "-" else read_path(path, **options)
            for doc in docs:
                count += 1
                yield doc
        except Exception as err:  # a reader bug must not stop the other inputs
            yield meta.failed_document(
                path,
                f"error reading {where} after {count} documents: {type(err).__name__}: {err}",
                where=f"error{count}",
            )
