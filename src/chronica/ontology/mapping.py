"""Code an event class in PLOVER, CAMEO and ACLED at once, from the code books in ``data/``."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from chronica.record import Actor

ARMED_INTER = {1, 2, 3, 4, 8}
UNARMED_INTER = {5, 6, 7}


@dataclass(frozen=True)
class Coding:
    """An event's codes in the three ontologies."""

    plover: dict[str, Any]
    cameo: dict[str, Any]
    acled: dict[str, str] | None


class Codebook:
    """The event classes and the CAMEO table, loaded once."""

    def __init__(self) -> None:
        data = resources.files("chronica.ontology") / "data"
        spec = yaml.safe_load((data / "classes.yaml").read_text(encoding="utf-8"))
        self.plover_types: dict[str, int] = spec["plover_types"]
        self.older_plover: dict[str, str] = spec["older_plover_types"]
        self.acled_types: dict[str, list[str]] = spec["acled_types"]
        self.classes: dict[str, dict[str, Any]] = spec["classes"]
        with (data / "cameo.tsv").open(encoding="utf-8") as f:
            self.cameo = {row["code"]: row for row in csv.DictReader(f, delimiter="\t")}
        self._check()

    def _check(self) -> None:
        subtypes = {(t, s) for t, subs in self.acled_types.items() for s in subs}
        for name, c in self.classes.items():
            if c["plover"] not in self.plover_types:
                raise ValueError(f"class {name}: unknown PLOVER type {c['plover']}")
            if c["cameo"] not in self.cameo:
                raise ValueError(f"class {name}: unknown CAMEO code {c['cameo']}")
            options = [c["acled"], *(c.get("acled_by_actors") or {}).values()]
            for pair in options:
                if pair is not None and tuple(pair) not in subtypes:
                    raise ValueError(f"class {name}: unknown ACLED type {pair}")

    def plover_of_older(self, old: str) -> str | None:
        """Map a type of the older 18-type PLOVER to PLOVER 2.0."""
        old = old.upper()
        if old in self.plover_types:
            return old
        return self.older_plover.get(old)

    def code(self, name: str, source: list[Actor], target: list[Actor]) -> Coding:
        """Code event class ``name`` given its actors (ACLED types of violence depend on them)."""
        c = self.classes[name]
        cameo = self.cameo[c["cameo"]]
        acled = c["acled"]
        by_actors = c.get("acled_by_actors")
        kind = _violence_kind(source, target) if by_actors else None
        if kind:
            acled = by_actors[kind]
        return Coding(
            plover={"type": c["plover"], "mode": c["mode"]},
            cameo={
                "code": c["cameo"],
                "quad_class": int(cameo["quad_class"]),
                "goldstein": float(cameo["goldstein"]),
            },
            acled=None if acled is None else {"event_type": acled[0], "sub_event_type": acled[1]},
        )


def _violence_kind(source: list[Actor], target: list[Actor]) -> str | None:
    """'civilians' when an unarmed side is attacked, 'armed' when armed actors fight; None if unknown."""
    target_inter = {a.inter for a in target if a.inter}
    source_inter = {a.inter for a in source if a.inter}
    if target_inter & UNARMED_INTER:
        return "civilians"
    if target_inter & ARMED_INTER and (not source_inter or source_inter & ARMED_INTER):
        return "armed"
    if not target_inter and source_inter & ARMED_INTER and not target:
        return "armed"  # "troops fired on rebel positions", target not named as an actor
    return None


@cache
def codebook() -> Codebook:
    """The shared, read-only code book."""
    return Codebook()
