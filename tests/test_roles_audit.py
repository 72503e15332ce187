"""The role-finding audit: short news sentences of our own, one per way English names who acted on whom
(``tests/data/roles_audit.yaml``), each checked for the country and sector of the primary event's first
source and target, where the sentence states them plainly. An item marked ``known`` fails for a reason
outside the actor stage (no event found, a place placed in the wrong country) and is expected to fail."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from chronica.ingest import document_from_text

ITEMS = yaml.safe_load((Path(__file__).parent / "data" / "roles_audit.yaml").read_text("utf-8"))["items"]


def _id(item: dict) -> str:
    return " ".join(item["text"].split()[:7])


def wrong(role: str, got, wants: list) -> list[str]:  # noqa: ANN001
    """The fields of an actor (country, sector, then ACLED inter, as many as ``wants`` gives) that
    differ from what is wanted; None wants nothing, "-" wants no value."""
    out = []
    for field, want in zip(("country", "sector", "inter")[:len(wants)], wants, strict=True):
        if want is None:
            continue
        value = getattr(got, field) if got is not None else None
        if (value is not None) if want == "-" else (value != want):
            out.append(f"{role}.{field} want {want} got {value}")
    return out


def misses(pipeline, item: dict) -> list[str]:
    """What the pipeline gets wrong in one item, as 'source.country want X got Y'."""
    events = pipeline.code(document_from_text(item["text"], published=item.get("date", "2020-05-04")))
    event = next((e for e in events if e.primary), None)
    out = []
    for role in ("source", "target"):
        actors = getattr(event, role) if event is not None else []
        out += wrong(role, actors[0] if actors else None, item[role])
    return out


def test_the_audit_is_broad() -> None:
    assert len(ITEMS) >= 150
    assert len({i["text"] for i in ITEMS}) == len(ITEMS)


@pytest.mark.parametrize("item", ITEMS, ids=_id)
def test_roles(pipeline, item: dict) -> None:
    if item.get("known"):
        pytest.xfail(item["known"])
    assert misses(pipeline, item) == []
