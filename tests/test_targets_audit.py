"""The target audit: short news sentences of our own, one per way news names whom an act is aimed at (a
country or capital as object, a possessive owner, a place standing for its people or government, a titled
person, a prepositional target, a target inside a complement, unnamed victims of the event's place, and from
the ninth round sentences for every PLOVER type, many undated as the PLOVER gold is), in
``tests/data/targets_audit.yaml``; checked like the role-finding audit (``test_roles_audit.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from test_roles_audit import _id, misses

ITEMS = yaml.safe_load((Path(__file__).parent / "data" / "targets_audit.yaml").read_text("utf-8"))["items"]


PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_the_audit_is_broad() -> None:
    assert len(ITEMS) >= 300
    assert len({i["text"] for i in ITEMS}) == len(ITEMS)
    assert sum(1 for i in ITEMS if "date" in i and i["date"] is None) >= 50  # undated, as the PLOVER gold


def test_every_plover_type_has_sentences() -> None:
    """The ninth round's sentences name the PLOVER type they tell: every type (and the older DEMAND and
    DISAPPROVE) has at least five."""
    counts: dict[str, int] = {}
    for item in ITEMS:
        if item.get("plover"):
            counts[item["plover"]] = counts.get(item["plover"], 0) + 1
    assert PLOVER_TYPES | {"DEMAND", "DISAPPROVE"} <= set(counts)
    assert min(counts.values()) >= 5


@pytest.mark.parametrize("item", ITEMS, ids=_id)
def test_targets(pipeline, item: dict) -> None:
    if item.get("known"):
        pytest.xfail(item["known"])
    assert misses(pipeline, item) == []
