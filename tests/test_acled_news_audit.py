"""ACLED's 25 sub-event types in ordinary news language: sentences and short wire-style reports written
for this test from ACLED's definitions (tests/data/acled_news_audit.tsv), coded the way `chronica code`
codes them (rules, then the ACLED model), must give the primary event the expected ACLED event type and
sub-event type, and the expected PLOVER type where the row names one. Rows whose event type starts
with "!" are known gaps, kept in the audit and expected to fail. A second audit
(tests/data/acled_news_wire_audit.tsv) holds news written the way wires and papers write it, and
everyday non-events in the same words."""

from __future__ import annotations

import pytest
from test_codebook_audit import audit_rows

from chronica.ingest import document_from_text

ROWS = audit_rows("acled_news_audit.tsv", lambda _e, sub, _p, text: f"{sub}:{text[:40]}")


def test_audit_covers_every_sub_event_type():
    from chronica.ontology.mapping import codebook

    covered = {(p.values[0], p.values[1]) for p in ROWS}
    for event_type, subs in codebook().acled_types.items():
        for sub in subs:
            assert (event_type, sub) in covered, sub


@pytest.mark.parametrize("event_type, sub_event_type, plover, text", ROWS)
def test_news_wording_gets_its_acled_type(pipeline, event_type, sub_event_type, plover, text):
    events = pipeline.code(document_from_text(text, doc_id="acled-audit"))
    primary = next((e for e in events if e.primary), None)
    assert primary is not None, "no event"
    assert primary.acled is not None, f"no ACLED type ({primary.plover['type']})"
    assert (primary.acled["event_type"], primary.acled["sub_event_type"]) == (event_type, sub_event_type)
    if plover != "-":
        assert primary.plover["type"] in plover.split("|")


NOTE_ROWS = audit_rows("acled_notes_audit.tsv", lambda _e, sub, _p, text: f"{sub}:{text[:50]}")


@pytest.mark.parametrize("event_type, sub_event_type, plover, text", NOTE_ROWS)
def test_event_note_wording_gets_its_acled_type(pipeline, event_type, sub_event_type, plover, text):
    """The same in the style of event notes, which the trained model may type against the rules."""
    test_news_wording_gets_its_acled_type(pipeline, event_type, sub_event_type, plover, text)


WIRE_ROWS = audit_rows("acled_news_wire_audit.tsv", lambda e, sub, _p, text: f"{e[:8]}-{sub}:{text[:40]}",
                       strict=True)


def test_wire_audit_covers_every_sub_event_type_and_non_events():
    covered = {(p.values[0], p.values[1]) for p in WIRE_ROWS}
    assert len(WIRE_ROWS) >= 300
    for event_type, sub in {(p.values[0], p.values[1]) for p in ROWS}:
        assert (event_type, sub) in covered, sub
    assert sum(p.values[0] == "none" for p in WIRE_ROWS) >= 30


@pytest.mark.parametrize("event_type, sub_event_type, plover, text", WIRE_ROWS)
def test_wire_news_gets_its_acled_type(pipeline, event_type, sub_event_type, plover, text):
    """Wire ledes, headlines with their reports, passive and nominal forms, officials' euphemisms; and
    the everyday senses of the words of violence ("none": a film shot, a market crash, a factory fire,
    a sports attack), whose primary event, if any, must have no ACLED type."""
    if event_type == "none":
        events = pipeline.code(document_from_text(text, doc_id="acled-audit"))
        primary = next((e for e in events if e.primary), None)
        assert primary is None or primary.acled is None, f"{primary.acled} ({primary.trigger.text})"
        return
    test_news_wording_gets_its_acled_type(pipeline, event_type, sub_event_type, plover, text)


CONFUSION_ROWS = audit_rows("acled_confusions_audit.tsv",
                            lambda e, sub, _p, text: f"{e[:8]}-{sub}:{text[:40]}", strict=True)


@pytest.mark.parametrize("event_type, sub_event_type, plover, text", CONFUSION_ROWS)
def test_confusable_types_in_news(pipeline, event_type, sub_event_type, plover, text):
    """The types ACLED's own figures confuse most, in news wording: two armed sides fight (a battle), armed
    men on the unarmed (an attack on civilians), a crowd's violence (a riot), a weapon that went off or one
    defused or seized (an explosion or a strategic development), arrests, looting and truces."""
    test_news_wording_gets_its_acled_type(pipeline, event_type, sub_event_type, plover, text)
