"""Whole news stories (tests/data/articles/, and independent further sets in tests/data/articles_b/,
articles_c/, articles_d/, articles_e/, articles_f/, articles_g/ (non-violent news between states),
articles_h/ (domestic politics, the state acting on its own people without violence), articles_i/ (the
English of regional presses), articles_j/ (statements: appeals, threats, denials, condemnations),
articles_k/ (the state's force short of war), articles_l/ (who fought whom: battles, ambushes, massacres,
communal clashes), articles_m/ (round-ups: one story telling several events), articles_n/ (riots and mobs),
articles_o/ (strategic developments: defusals, arrests, deals, bases, looting, handovers), articles_p/
(armed men and villages: attacks on the unarmed against fights with those who fought back) and articles_q/
(gangs, cartels and police operations in Latin America and Asia),
written for this test about real events): headline,
dateline, lede, background paragraphs, quotes and reactions. Each article's primary event must be the one
a careful coder records, field by field, as the folder's expected.yaml says; what the coder must not do
with the article (a background event as primary, the publication day as date, an unflagged negated act) is
checked too. A set may list under ``also`` further events the story tells, each of which must be among the
coded events. Fields listed under ``known`` are known gaps (strict xfail)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from chronica.ingest import read_inputs
from chronica.record import Actor, Event

DIRS = [Path(__file__).parent / "data" / name
        for name in ("articles", "articles_b", "articles_c", "articles_d", "articles_e", "articles_f",
                     "articles_g", "articles_h", "articles_i", "articles_j",
                     "articles_k",
                     "articles_l",
                     "articles_m",
                     "articles_n",
                     "articles_o",
                     "articles_p",
                     "articles_q",
                     )]
EXPECTED: dict[str, dict[str, Any]] = {
    f"{folder.name}/{name}": spec
    for folder in DIRS
    for name, spec in yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8")).items()}
FIELDS = ("plover", "acled_event", "acled_sub", "date", "country", "town", "fatalities", "source", "target")


def _cases() -> list:
    """One param per article and field or must_not check, strict xfail when listed as known."""
    cases = []
    for name, spec in EXPECTED.items():
        known = spec.get("known") or {}
        checks = [f for f in FIELDS if f in spec] + [f"must_not:{k}" for k in spec.get("must_not") or {}]
        checks += [f"also:{i}" for i in range(len(spec.get("also") or []))]
        for check in checks:
            marks = [pytest.mark.xfail(reason=known[check], strict=True)] if check in known else []
            folder, file = name.split("/")
            tag = f"{folder.removeprefix('articles').strip('_')}{file[:2]}"
            cases.append(pytest.param(name, check, marks=marks, id=f"{tag}-{check}"))
    return cases


@pytest.fixture(scope="module")
def coded(pipeline) -> dict[str, tuple[Any, list[Event]]]:
    """Each article's document and events, coded once."""
    paths = sorted(str(p) for folder in DIRS for p in folder.glob("[0-9]*.md"))
    return {f"{Path(doc.path).parent.name}/{Path(doc.path).name}": (doc, pipeline.code(doc))
            for doc in read_inputs(paths)}


def _accepts(expected: Any, got: Any) -> bool:  # noqa: ANN401 - YAML values
    """Whether ``got`` is one of the "|"-separated alternatives of ``expected`` (None: none given)."""
    if expected is None:
        return got is None
    return str(got) in str(expected).split("|")


def _actor_fits(actors: list[Actor], want: list[str]) -> bool:
    """Whether one actor has one of the expected countries and one of the expected sectors."""
    return any(_accepts(want[0], a.country) and _accepts(want[1], a.sector) for a in actors)


def _field(ev: Event, field: str) -> Any:  # noqa: ANN401 - any record value
    """The primary event's value for one field of expected.yaml."""
    acled = ev.acled or {}
    return {"plover": ev.plover["type"], "acled_event": acled.get("event_type"),
            "acled_sub": acled.get("sub_event_type"), "date": ev.date.value,
            "country": ev.location.country if ev.location else None,
            "town": ev.location.name if ev.location else None, "fatalities": ev.fatalities}[field]


def _must_not(doc: Any, events: list[Event], primary: Event, check: str, value: Any) -> str | None:  # noqa: ANN401
    """Why a must_not check fails, or None when it holds."""
    when = primary.date.value
    if check == "primary_before" and when and when < str(value)[:len(when)]:
        return f"background event {primary.trigger.text!r} of {primary.date.value} is primary"
    if check == "published_date" and primary.date.basis == "published":
        return f"primary dated on the publication day {primary.date.value}"
    if check == "primary_type" and primary.plover["type"] == value:
        return f"primary is {value} ({primary.trigger.text!r})"
    if check == "after_publication":
        late = [e for e in events if e.date.value and doc.published and e.date.value[:10] > doc.published
                and not (e.modality.future or e.modality.hypothetical)]
        if late:
            return f"dated after publication: {[(e.trigger.text, e.date.value) for e in late]}"
    if check == "negated":
        loud = [e.trigger.text for e in events for phrase in value
                if phrase in e.text and e.trigger.text in phrase and not e.modality.negated]
        if loud:
            return f"not flagged negated: {loud}"
    return None


def _also_missing(events: list[Event], want: dict[str, Any]) -> str | None:
    """Why no coded event has every field of one ``also`` entry, or None when one has."""
    if any(all(_accepts(value, _field(ev, key)) for key, value in want.items()) for ev in events):
        return None
    seen = [tuple(_field(ev, key) for key in want) for ev in events]
    return f"no event with {want}; coded {list(want)}: {seen}"


@pytest.mark.parametrize("name, check", _cases())
def test_article_primary_event(coded, name, check):
    spec = EXPECTED[name]
    doc, events = coded[name]
    primary = next((e for e in events if e.primary), None)
    assert primary is not None, f"{name}: no event"
    where = f"{name}: {primary.trigger.text!r} in sentence {primary.sentence}"
    if check.startswith("must_not:"):
        kind = check.split(":", 1)[1]
        problem = _must_not(doc, events, primary, kind, spec["must_not"][kind])
        assert problem is None, f"{name}: {problem}"
    elif check.startswith("also:"):
        problem = _also_missing(events, spec["also"][int(check.split(":", 1)[1])])
        assert problem is None, f"{name}: {problem}"
    elif check in ("source", "target"):
        actors = primary.source if check == "source" else primary.target
        assert _actor_fits(actors, spec[check]), f"{where}: {[(a.name, a.country, a.sector) for a in actors]}"
    else:
        got = _field(primary, check)
        assert _accepts(spec[check], got), f"{where}: {check} {got!r}"
