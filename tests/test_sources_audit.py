"""The sources audit: wire-style news sentences of our own, one per way news names the doer of an event and
its country (an office settled by the dateline, a leader by surname on the story's date, a seat of power, a
demonym or possessive, a group by acronym, an international body, unnamed officials or gunmen of the story's
place, a state's forces abroad, two doers joined by "and"), in ``tests/data/sources_audit.yaml``; checked
like the role-finding audit (``test_roles_audit.py``) through the default pipeline, with the countries of
all sources where an item lists them. Known gaps are strict xfails: one that starts passing fails the run
until its mark is removed."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from test_roles_audit import _id, misses

from chronica.ingest import document_from_text

ITEMS = yaml.safe_load((Path(__file__).parent / "data" / "sources_audit.yaml").read_text("utf-8"))["items"]
KINDS = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def _param(item: dict):  # noqa: ANN202
    marks = [pytest.mark.xfail(reason=item["known"], strict=True)] if item.get("known") else []
    return pytest.param(item, id=_id(item), marks=marks)


def test_the_audit_is_broad() -> None:
    assert len(ITEMS) >= 150
    assert len({i["text"] for i in ITEMS}) == len(ITEMS)
    assert {i["plover"] for i in ITEMS} == KINDS  # every PLOVER type
    assert sum(1 for i in ITEMS if i.get("date") not in (None, "2020-05-04")) >= 40  # leaders by date
    assert sum(1 for i in ITEMS if i["text"].split(" ")[0].isupper() and i["text"][1].isalpha()) >= 20


def _sources(pipeline, item: dict) -> list[str | None]:  # noqa: ANN001
    events = pipeline.code(document_from_text(item["text"], published=item.get("date", "2020-05-04")))
    event = next((e for e in events if e.primary), None)
    return [a.country for a in event.source] if event is not None else []


@pytest.mark.parametrize("item", [_param(i) for i in ITEMS])
def test_sources(pipeline, item: dict) -> None:  # noqa: ANN001
    wrong = misses(pipeline, item)
    if item.get("sources"):
        got = _sources(pipeline, item)[:len(item["sources"])]
        if got != item["sources"]:
            wrong.append(f"sources want {item['sources']} got {got}")
    assert wrong == []
