"""The actor-type audit: actor phrases of the kinds ACLED types (state forces of many kinds, foreign forces,
peacekeepers, rebels, militias, gangs, rioters, protesters, civilians), each in a short news sentence of our
own as the doer and as the victim (``tests/data/actor_types_audit.yaml``), and audit B
(``tests/data/actor_types_audit_b.yaml``, round actors30: unnamed gunmen, forces abroad, communal and
political militias, rioters, missions, private security) and audit C (``tests/data/actor_types_audit_c.yaml``,
round actors30b: claimed brigades against an army's, a state's adjective on a military act, forces on a border
"with" a neighbour, a party's men who attack, caste militias, unnamed militants) and audit D
(``tests/data/actor_types_audit_d.yaml``, round inter35: aid staff against peacekeepers, foreign troops and
contractors, Cabo Delgado insurgents, gunmen, communal militias and vigilantes, guards, club supporters, a
group's country abroad, in ACLED notes and wire reports). The doer is checked as
ACLED's actor 1 and the victim as the first target: the ACLED actor name, the actor type (inter) and the
country."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from chronica.ingest import document_from_text
from chronica.ontology.acled import acled_sides

DATA = Path(__file__).parent / "data"
AUDITS = [DATA / f"actor_types_audit{part}.yaml" for part in ("", "_b", "_c", "_d", "_e")]
ITEMS = [item for audit in AUDITS for item in yaml.safe_load(audit.read_text("utf-8"))["items"]]
CASES = [(item, role) for item in ITEMS for role in ("doer", "victim") if item.get(role)]
YEARS = re.compile(r" \(\d{4}-(\d{4})?\)")


def misses(pipeline, item: dict, role: str) -> list[str]:
    """What the pipeline gets wrong for one actor in one role, as 'inter want 3 got 2'."""
    events = pipeline.code(document_from_text(item[role], published=item.get("date", "2020-05-04")))
    event = next((e for e in events if e.primary), None)
    if event is None:
        return ["no primary event"]
    if role == "doer":
        first, _ = acled_sides((event.acled or {}).get("event_type"), event.source, event.target)
    else:
        first = event.target
    if not first:
        return [f"no {role}"]
    got = first[0]
    want = {key: item.get(f"victim_{key}", item[key]) if role == "victim" else item[key]
            for key in ("acled", "inter", "country")}
    name = YEARS.sub("", got.acled_actor or "")
    out = []
    if not any(name.startswith(alt.strip()) for alt in want["acled"].split("|")):
        out.append(f"name want {want['acled']} got {name}")
    if got.inter != want["inter"]:
        out.append(f"inter want {want['inter']} got {got.inter}")
    countries = [None if c == "-" else c for c in str(want["country"]).split("|")]
    if got.country not in countries:
        out.append(f"country want {want['country']} got {got.country}")
    return out


def test_the_audit_is_broad() -> None:
    assert len(ITEMS) >= 140
    assert len(CASES) >= 250


@pytest.mark.parametrize(("item", "role"), CASES, ids=[f"{r}:{i['actor']}" for i, r in CASES])
def test_actor_type(pipeline, item: dict, role: str) -> None:
    if item.get(f"known_{role}"):
        pytest.xfail(item[f"known_{role}"])
    assert misses(pipeline, item, role) == []
