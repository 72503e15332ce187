"""The coreference and description audit: short reports of our own in which the doer or the victim of
the main event is named only by a description or a pronoun that points back to an actor named before
("the group", "the jet", "the president", "them"), and reports of foreign forces and international missions
(``tests/data/coref_audit.yaml``). Each item is checked for the country, sector and ACLED inter code of the
primary event's first source and target, and where given for the doer as ACLED's actor 1."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from test_roles_audit import wrong

from chronica.ingest import document_from_text
from chronica.ontology.acled import acled_sides

ITEMS = yaml.safe_load((Path(__file__).parent / "data" / "coref_audit.yaml").read_text("utf-8"))["items"]


def _id(item: dict) -> str:
    return " ".join(item["text"].split()[:8])


def misses(pipeline, item: dict) -> list[str]:
    """What the pipeline gets wrong in one item, as 'source.inter want 8 got 1'."""
    events = pipeline.code(document_from_text(item["text"], published=item.get("date", "2020-05-04")))
    event = next((e for e in events if e.primary), None)
    if event is None:
        return ["no primary event"]
    out = []
    for role in ("source", "target"):
        actors = getattr(event, role)
        out += wrong(role, actors[0] if actors else None, item[role])
    if item.get("actor1"):
        first, _ = acled_sides((event.acled or {}).get("event_type"), event.source, event.target)
        out += wrong("actor1", first[0] if first else None, [item["actor1"][0], None, item["actor1"][1]])
    return out


def test_the_audit_is_broad() -> None:
    assert len(ITEMS) >= 90
    assert len({i["text"] for i in ITEMS}) == len(ITEMS)


@pytest.mark.parametrize("item", ITEMS, ids=_id)
def test_coreference(pipeline, item: dict) -> None:
    if item.get("known"):
        pytest.xfail(item["known"])
    assert misses(pipeline, item) == []
