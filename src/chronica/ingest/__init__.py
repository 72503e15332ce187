"""Reading inputs into clean :class:`~chronica.record.Document` records.

>>> from chronica.ingest import read_inputs, clean_text, document_from_text
>>> for doc in read_inputs(["articles/", "corpus.jsonl.gz"]):
...     print(doc.doc_id, doc.status, doc.title)

Formats: text and markdown, JSONL, CSV/TSV, web pages (HTML), web archives (WARC), RSS/Atom
feeds and XML corpora, gzipped or not, and stdin. Duplicate detection for ``chronica run`` is in
:mod:`chronica.ingest.dedup`. See docs/ingest.md for the formats, the metadata rules, the limits
and the failure reasons.
"""

from chronica.ingest.clean import clean_text, strip_markdown
from chronica.ingest.html import html_document, html_to_text
from chronica.ingest.language import normalise_language
from chronica.ingest.limits import MAX_CHARS, split_document
from chronica.ingest.meta import (
    agency_name,
    content_hash,
    dateline,
    dateline_end,
    detect_language,
    parse_date,
    set_language_detector,
)
from chronica.ingest.sources import READERS, expand_inputs, read_inputs, register_reader
from chronica.ingest.text import document_from_text

__all__ = [
    "read_inputs",
    "clean_text",
    "document_from_text",
    "dateline",
    "dateline_end",
    "agency_name",
    "parse_date",
    "content_hash",
    "detect_language",
    "set_language_detector",
    "strip_markdown",
    "READERS",
    "register_reader",
    "expand_inputs",
    "html_document",
    "html_to_text",
    "normalise_language",
    "split_document",
    "MAX_CHARS",
]
