"""Walking the inputs (files, folders, globs, ``-`` for stdin) and choosing a reader per file.

A reader is ``reader(path, *, text_column, id_column, **more) -> Iterator[Document]``; the
format follows the file name's extension through :data:`READERS`; new formats plug in with
:func:`register_reader`. Every Document a reader gives goes through :func:`finish` (long texts
cut into parts, non-English documents set aside).
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from chronica.ingest import limits, meta
from chronica.ingest.feeds import read_xml
from chronica.ingest.html import read_html
from chronica.ingest.language import normalise_language
from chronica.ingest.limits import split_document
from chronica.ingest.tables import read_csv, read_jsonl, read_jsonl_stream, read_tsv
from chronica.ingest.text import read_text_file, read_text_stream
from chronica.ingest.warc import read_warc
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
    "check_file",
    "finish",
]

Reader = Callable[..., Iterator[Document]]
Found = tuple[str, str | None]  # a path and, when it cannot be read, the reason

#: extension (lower case, with the dot; ``.gz`` variants spelled out) -> reader
READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".text": read_text_file,
    ".md": read_text_file,
    ".markdown": read_text_file,
    ".txt.gz": read_text_file,
    ".md.gz": read_text_file,
    ".text.gz": read_text_file,
    ".markdown.gz": read_text_file,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".jsonl.gz": read_jsonl,
    ".ndjson.gz": read_jsonl,
    ".csv": read_csv,
    ".csv.gz": read_csv,
    ".tsv": read_tsv,
    ".tsv.gz": read_tsv,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".html.gz": read_html,
    ".htm.gz": read_html,
    ".warc": read_warc,
    ".warc.gz": read_warc,
    ".xml": read_xml,
    ".rss": read_xml,
    ".atom": read_xml,
    ".xml.gz": read_xml,
    ".rss.gz": read_xml,
    ".atom.gz": read_xml,
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


def _dir_key(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _scan(folder: str) -> tuple[list[os.DirEntry], str | None]:
    try:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: e.name), None
    except PermissionError:
        return [], "permission denied (folder)"
    except OSError as err:
        return [], f"cannot read folder ({err.strerror or err})"


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()  # follows symbolic links; a loop or a broken link is not a folder
    except OSError:
        return False


def _walk(folder: str, ancestors: frozenset[tuple[int, int]] = frozenset()) -> Iterator[Found]:
    """``(path, None)`` for each file under ``folder`` in name order (files, then subfolders),
    ``(path, reason)`` for a folder that cannot be read or a link back to a folder above it.

    Symbolic links are followed; a link to a folder already on the way down is a loop and is
    reported, not followed; a folder reached a second time by another way is not walked again.
    """
    stack = [(folder, ancestors)]
    walked: set[tuple[int, int]] = set()
    while stack:
        current, above = stack.pop()
        key = _dir_key(current)
        if key is not None and key in above:
            yield current, "symbolic link loop (links to a folder above it)"
            continue
        if key is not None:
            if key in walked:
                continue
            walked.add(key)
        path_above = above | {key} if key is not None else above
        entries, reason = _scan(current)
        if reason:
            yield current, reason
            continue
        subfolders = []
        for entry in entries:
            if _hidden(entry.name) or entry.name == "__pycache__":
                continue
            if _is_dir(entry):
                subfolders.append(entry.path)
            else:
                yield entry.path, None
        stack.extend((sub, path_above) for sub in reversed(subfolders))


def _pattern_part(part: str) -> re.Pattern[str]:
    """A regular expression for one path component of a glob (``*``, ``?``, ``[...]``)."""
    out = []
    i = 0
    while i < len(part):
        ch = part[i]
        if ch == "*":
            out.append("[^/]*")
        elif ch == "?":
            out.append("[^/]")
        elif ch == "[":
            end = part.find("]", i + 2 if part[i + 1 : i + 2] in ("!", "]") else i + 1)
            if end == -1:
                out.append(re.escape(ch))
            else:
                body = part[i + 1 : end]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append("[" + body.replace("\\", "\\\\") + "]")
                i = end
        else:
            out.append(re.escape(ch))
        i += 1
    return re.compile("".join(out) + r"\Z", re.S)


def _glob(pattern: str) -> Iterator[Found]:
    """Files matching a glob (``**`` for any depth), found without ever looping on links."""
    parts = pattern.split(os.sep)
    root_parts: list[str] = []
    for part in parts:
        if _GLOB_CHARS & set(part):
            break
        root_parts.append(part)
    rest = parts[len(root_parts) :]
    root = os.sep.join(root_parts) if root_parts else "."
    if pattern.startswith(os.sep) and not root:
        root = os.sep
    if not rest:
        return
    yield from _match(root, rest, frozenset(), root_parts == [], set())


def _match(
    folder: str, parts: list[str], above: frozenset, relative: bool, done: set
) -> Iterator[Found]:
    key = _dir_key(folder)
    if key is not None and key in above:
        return  # a link back up: this folder is already being searched
    if key is not None:
        if (key, len(parts)) in done:
            return  # this folder was already matched against the same rest of the pattern
        done.add((key, len(parts)))
    above = above | {key} if key is not None else above
    entries, _ = _scan(folder)

    def child(entry: os.DirEntry) -> str:
        return entry.name if relative and folder == "." else entry.path

    head, tail = parts[0], parts[1:]
    if head == "**":
        if tail:
            yield from _match(folder, tail, above - {key}, relative, done)
        for entry in entries:
            if not _hidden(entry.name) and _is_dir(entry):
                if tail:
                    yield from _match(child(entry), parts, above, relative, done)
                else:
                    yield from _walk(child(entry), above)
        if not tail:
            for entry in entries:
                if not _hidden(entry.name) and not _is_dir(entry):
                    yield child(entry), None
        return
    regex = _pattern_part(head)
    for entry in entries:
        if _hidden(entry.name) and not head.startswith("."):
            continue
        if not regex.match(entry.name):
            continue
        if tail:
            if _is_dir(entry):
                yield from _match(child(entry), tail, above, relative, done)
        elif _is_dir(entry):
            yield from _walk(child(entry), above)
        else:
            yield child(entry), None


def expand_inputs(inputs: Iterable[str]) -> Iterator[tuple[str, str | None]]:
    """``(path, None)`` for every file the inputs name, ``(input, reason)`` for inputs that fail.

    Folders are walked recursively in name order (hidden files and folders skipped, symbolic
    links followed, link loops reported); globs support ``**``; ``-`` stands for stdin. A file
    named twice is read once.
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
            for path, reason in _walk(item):
                found = True
                if reason or once(path):
                    yield path, reason
            if not found:
                yield item, "empty folder"
        elif os.path.lexists(item):
            if once(item):
                yield item, None
        elif _GLOB_CHARS & set(item):
            found = False
            for path, reason in _glob(item):
                found = True
                if reason or once(path):
                    yield path, reason
            if not found:
                yield item, "no files match this pattern"
        else:
            yield item, "no such file or directory"


_FILE_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a folder"),
)


def check_file(path: str) -> str | None:
    """Why a path cannot be read as a file (None when it can): missing, a broken or looping
    symbolic link, not a regular file (reading a pipe or a device could wait forever), no
    permission."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            return "broken symbolic link (its target does not exist)"
        return "no such file or directory"
    except PermissionError:
        return "permission denied"
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "symbolic link loop"
        return f"cannot read file ({err.strerror or err})"
    if not stat.S_ISREG(st.st_mode):
        kind = next((name for test, name in _FILE_KINDS if test(st.st_mode)), "not a regular file")
        return f"not a regular file ({kind})"
    if not os.access(path, os.R_OK):
        return "permission denied"
    return None


def read_path(path: str, **options: Any) -> Iterator[Document]:
    """The Documents in one file, by its extension; failures become failed Documents."""
    reason = check_file(path)
    if reason:
        yield meta.failed_document(path, reason)
        return
    ext = extension(path)
    reader = READERS.get(ext)
    if reader is None:
        reason = f"unsupported format {ext}" if ext else "unsupported format (no file extension)"
        yield meta.failed_document(path, reason)
        return
    yield from reader(path, **options)


def _first_content_line(fh: IO[bytes]) -> bytes | None:
    """The first line that is not blank (at most ``MAX_LINE_BYTES``), or None at the end."""
    while True:
        line = fh.readline(limits.MAX_LINE_BYTES)
        if not line:
            return None
        if line.strip():
            return line


def read_stdin(stream: IO[bytes] | None = None, **options: Any) -> Iterator[Document]:
    """Stdin: JSON Lines when its first line is a JSON object, else one text document
    (or parts, when it is long)."""
    fh = stream if stream is not None else sys.stdin.buffer
    path = "-"
    first = _first_content_line(fh)
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
    yield from read_text_stream(fh, path, head=first)


def finish(doc: Document) -> Iterator[Document]:
    """What every Document goes through after its reader: long texts cut into parts, the
    language normalised, and a document not in English set aside (status ``skipped``)."""
    if doc.status == "failed":
        yield doc
        return
    if doc.language:
        doc.language = normalise_language(doc.language)
    for part in split_document(doc):
        if part.status == "pending" and part.language and part.language != "en":
            part.status = "skipped"
            part.problems.append(f"language: {part.language}")
        yield part


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
                yield from finish(doc)
        except Exception as err:  # a reader bug must not stop the other inputs
            yield meta.failed_document(
                path,
                f"error reading {where} after {count} documents: {type(err).__name__}: {err}",
                where=f"error{count}",
            )
