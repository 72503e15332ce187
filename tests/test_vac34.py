"""Round vac34: the third state violence audit (tests/data/acled_vac_audit_c.yaml). Sentences of our own, each
rule with a control that must not change."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str):
    events = pipeline.code(document_from_text(text, doc_id="vac34"))
    return next(e for e in events if e.primary)


def _types(pipeline, text: str) -> tuple[str, str]:
    ev = _primary(pipeline, text)
    return ev.acled["event_type"], ev.acled["sub_event_type"]


DISAPPEARANCE = ("Violence against civilians", "Abduction/forced disappearance")


@pytest.mark.parametrize("text", [
    "Soldiers detained three farmers near Bafut, and their whereabouts remain unknown, relatives said.",
    "Police picked up a student leader in Khulna last month; he has not been seen since, his family said.",
    "Intelligence agents arrested a blogger in Lahore and have refused to say where he is held.",
    "Security forces detained two activists in Mosul, and their fate remains unknown, a rights group said.",
])
def test_a_detention_not_seen_again_is_a_disappearance(pipeline, text: str) -> None:
    assert _types(pipeline, text) == DISAPPEARANCE


@pytest.mark.parametrize("text", [
    "Police arrested a lawyer in Karachi on Monday and said he would appear in court on Tuesday.",
    "Soldiers detained three farmers near Bafut on Friday and released them the next day, relatives said.",
    "Police in Honduras arrested ten suspected gang members in San Pedro Sula on Thursday.",
])
def test_an_arrest_with_no_such_words_stays_an_arrest(pipeline, text: str) -> None:
    assert _types(pipeline, text) == ("Strategic developments", "Arrests")
