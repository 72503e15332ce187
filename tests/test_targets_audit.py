"""The target audit: short news sentences of our own, one per way news names whom an act is aimed at (a
country or capital as object, a possessive owner, a place standing for its people or government, a titled
person, a prepositional target, a target inside a complement, unnamed victims of the event's place), in
``tests/data/targets_audit.yaml``; checked like the role-finding audit (``test_roles_audit.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from test_roles_audit import _id, misses

ITEMS = yaml.safe_load((Path(__file__).parent / "data" / "targets_audit.yaml").read_text("utf-8"))["items"]


def test_the_audit_is_broad() -> None:
    assert len(ITEMS) >= 80
    assert len({i["text"] for i in ITEMS}) == len(ITEMS)


@pytest.mark.parametrize("item", ITEMS, ids=_id)
def test_targets(pipeline, item: dict) -> None:
    if item.get("known"):
        pytest.xfail(item["known"])
    assert misses(pipeline, item) == []
