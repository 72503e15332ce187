"""One event, many wordings: each event of tests/data/paraphrase_audit.tsv is told three or four ways
written for this test (a wire lead, a headline, the passive, a nominalisation, a light verb, reported
speech, a report's or a press release's style, phrasal verbs and idioms). Coded as `chronica code`
codes them (the default pipeline with the shipped ACLED model), every wording must give the primary
event the expected PLOVER type and, where the row names them, ACLED event type and sub-event type
("none": no ACLED event). A row with a sixth field is a known gap: a strict xfail with that reason,
so that a fix shows up as an unexpected pass."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from chronica.ingest import document_from_text

DATA = Path(__file__).parent / "data" / "paraphrase_audit.tsv"


def _rows() -> list:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        event, plover, event_type, sub, text, *reason = line.split("\t")
        marks = [pytest.mark.xfail(reason=reason[0], strict=True)] if reason else []
        rows.append(pytest.param(event, plover, event_type, sub, text.replace("\\n", "\n"),
                                 marks=marks, id=f"{event}:{text[:40]}"))
    return rows


ROWS = _rows()


def test_every_event_is_told_several_ways():
    counts = Counter(row.values[0] for row in ROWS)
    assert len(ROWS) >= 170 and len(counts) >= 50
    assert all(n >= 3 for n in counts.values()), [e for e, n in counts.items() if n < 3]
    types = {t for row in ROWS for t in row.values[1].split("|")}
    assert {"AGREE", "CONSULT", "SUPPORT", "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
            "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "RETREAT", "COOPERATE"} <= types


@pytest.mark.parametrize("event, plover, event_type, sub_event_type, text", ROWS)
def test_every_wording_gets_the_same_type(pipeline, event, plover, event_type, sub_event_type, text):
    events = pipeline.code(document_from_text(text, doc_id="paraphrase-audit"))
    primary = next((e for e in events if e.primary), None)
    assert primary is not None, f"{event}: no event"
    got_type = primary.plover["type"]
    assert got_type in plover.split("|"), f"{event}: {got_type} ({primary.trigger.text})"
    if event_type == "none":
        assert primary.acled is None, f"{event}: {primary.acled}"
    elif event_type != "-":
        assert primary.acled is not None, f"{event}: no ACLED type ({primary.plover['type']})"
        got = (primary.acled["event_type"], primary.acled["sub_event_type"])
        assert got[0] == event_type and sub_event_type in ("-", got[1]), f"{event}: {got} ({primary.trigger})"
