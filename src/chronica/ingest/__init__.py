"""Reading inputs into clean :class:`~chronica.record.Document` records.

>>> from chronica.ingest import read_inputs, clean_text, document_from_text
>>> for doc in read_inputs(["articles/", "corpus.jsonl.gz"]):
...     print(doc.doc_id, doc.status, doc.title)

See docs/ingest.md for the formats, the metadata rules and the failure reasons.
"""

from chronica.ingest.clean import clean_text, strip_markdown
from chronica.ingest.meta import (
    agency_name,
    content_hash,
    dateline,
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
    "agency_name",
    "parse_date",
    "content_hash",
    "detect_language",
    "set_language_detector",
    "strip_markdown",
    "READERS",
    "register_reader",
    "expand_inputs",
]
