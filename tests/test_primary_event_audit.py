"""Which event a news sentence is about: sentences written for this test
(tests/data/primary_event_audit.tsv), each holding two or more event words, must have as primary
event the one a careful coder records (PLOVER type and, where the file names it, ACLED event type),
coded as `chronica code` codes them. Rows whose id starts with "!" are known gaps, kept in the audit
and expected to fail."""

from __future__ import annotations

import pytest
from test_codebook_audit import audit_rows

from chronica.ingest import document_from_text


@pytest.mark.parametrize("key, types, acled, text",
                         audit_rows("primary_event_audit.tsv", lambda key, *_: key))
def test_primary_event_is_the_news(pipeline, key, types, acled, text):
    events = pipeline.code(document_from_text(text, doc_id="audit"))
    primary = next((e for e in events if e.primary), None)
    assert primary is not None, f"{key}: no event"
    got = primary.plover["type"]
    assert got in types.split("|"), f"{key}: {got} ({primary.trigger.text})"
    if acled != "-":
        got = primary.acled["event_type"] if primary.acled else None
        assert got in acled.split("|"), f"{key}: ACLED {got}"
