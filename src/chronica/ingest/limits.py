"""Bounds that keep every input small enough to code: long texts are cut into parts.

No input may make chronica hang or hold an unbounded amount of memory. The numbers here are the
bounds; the readers enforce them:

- a document's text is at most :data:`MAX_CHARS` characters: a longer one becomes parts, cut at
  paragraph breaks (else line breaks, sentence ends, spaces), each its own Document;
- text files over :data:`STREAM_BYTES` are read in pieces of :data:`CHUNK_BYTES`, never whole;
- a JSONL line is at most :data:`MAX_LINE_BYTES`, a CSV field too;
- an HTML page (a file or a WARC record) is at most :data:`MAX_PAGE_BYTES`.
"""

from __future__ import annotations

from dataclasses import replace

from chronica.record import Document

__all__ = [
    "MAX_CHARS",
    "STREAM_BYTES",
    "CHUNK_BYTES",
    "MAX_LINE_BYTES",
    "MAX_PAGE_BYTES",
    "cut_point",
    "split_text",
    "split_document",
    "part_note",
]

MAX_CHARS = 100_000
STREAM_BYTES = 1_000_000
CHUNK_BYTES = 1 << 20
MAX_LINE_BYTES = 16 << 20
MAX_PAGE_BYTES = 20_000_000


def cut_point(text: str, limit: int = MAX_CHARS) -> int:
    """Where to cut ``text`` (longer than ``limit``) so that the first piece is at most ``limit``.

    The last paragraph break in the second half of the window, else the last line break, else
    the last sentence end, else the last space, else ``limit`` itself.
    """
    low = limit // 2
    for sep, keep in (("\n\n", 2), ("\n", 1), (". ", 1), ("? ", 1), ("! ", 1), (" ", 1)):
        at = text.rfind(sep, low, limit)
        if at != -1:
            return at + keep
    return limit


def split_text(text: str, limit: int = MAX_CHARS) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, cut at the best points, stripped."""
    parts = []
    rest = text
    while len(rest) > limit:
        cut = cut_point(rest, limit)
        piece = rest[:cut].strip()
        if piece:
            parts.append(piece)
        rest = rest[cut:]
    rest = rest.strip()
    if rest:
        parts.append(rest)
    return parts


def part_note(index: int, total: int | None, length: int | None = None) -> str:
    """The problem note carried by each part of a long text."""
    of = f" of {total}" if total else ""
    size = f" ({length:,} characters)" if length else ""
    return f"long text{size} split into parts of at most {MAX_CHARS:,} characters: part {index}{of}"


def split_document(doc: Document, limit: int = MAX_CHARS) -> list[Document]:
    """``[doc]`` when its text is short enough, else one Document per part.

    Parts keep the metadata; their ids are ``<doc_id>-part<N>`` and their problems say which part
    they are.
    """
    if len(doc.text) <= limit:
        return [doc]
    pieces = split_text(doc.text, limit)
    total = len(pieces)
    return [
        replace(
            doc,
            doc_id=f"{doc.doc_id}-part{i}",
            text=piece,
            problems=[*doc.problems, part_note(i, total, len(doc.text))],
        )
        for i, piece in enumerate(pieces, 1)
    ]
