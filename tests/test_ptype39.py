"""Round ptype39: 61 wire ledes of our own (tests/data/plover_types39.yaml) on the PLOVER confusions the
held-out aggregate names: calls made inside a critical statement, calls to quit defied, ceasefires agreed,
aid and peacekeepers withdrawn, crowds counted by a number, and agreements, coercion, meetings and
concessions. Each row is coded as `chronica code` codes a document; a row with ``gap`` is a strict xfail with
that reason. Then the rule the round added, with sentences of our own and controls that must not change."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_plover_stories import check_primary, lede_params, ledes
from test_ptype38 import _type

LEDES = Path(__file__).parent / "data" / "plover_types39.yaml"


def test_the_set_is_wire_ledes_with_controls() -> None:
    rows = ledes(LEDES)
    assert len(rows) >= 60 and len({r["text"] for r in rows}) == len(rows)
    assert 18 <= sum(1 for r in rows if r.get("control")) <= 30


@pytest.mark.parametrize("row", lede_params(LEDES))
def test_the_primary_event_of_the_lede(pipeline, row: dict) -> None:
    check_primary(pipeline, row, "ptype39")


@pytest.mark.parametrize("text, plover", [
    # aid, assistance or funding withdrawn is a sanction, as when suspended or halted
    ("Denmark withdrew its development aid to Burkina Faso on Tuesday after the coup.", "SANCTION"),
    ("The United States withdrew its military assistance to Niger on Monday.", "SANCTION"),
    ("The European Union withdrew its funding to Chad on Friday.", "SANCTION"),
    # controls: troops or rebels withdrawing are a retreat
    ("Germany withdrew its troops from Mali on Friday.", "RETREAT"),
    ("The rebels withdrew from the town of Bunia on Monday.", "RETREAT"),
    # control: a bill withdrawn is a concession
    ("Kenya's president withdrew the finance bill on Wednesday.", "CONCEDE"),
])
def test_aid_withdrawn(pipeline, text: str, plover: str) -> None:
    assert _type(pipeline, text) == plover
