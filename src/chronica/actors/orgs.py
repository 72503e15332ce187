"""Named organisations: armed groups, parties, international bodies."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .data import as_date
from .lexicon import Lexicon


@dataclass(frozen=True)
class Org:
    name: str  # canonical short name ("MRTA")
    full: str | None  # full name ("Tupac Amaru Revolutionary Movement")
    country: str | None
    sector: str | None
    inter: int
    acled: str | None  # may hold "{country}" for groups active in several countries
    state_from: str | None = None  # date from which the group is the government of ``country``


def load_orgs(data: dict[str, Any], lexicon: Lexicon) -> int:
    """Add the organisations of a file to ``lexicon``; return how many there were."""
    rows = data.get("organisations") or []
    for row in rows:
        name = str(row["name"])
        full = row.get("full")
        acled = row.get("acled")
        if acled is None:
            acled = f"{name}: {full}" if full and full != name else name
        org = Org(name, full, (row.get("country") or None) and str(row["country"]).upper(),
                  row.get("sector"), int(row.get("inter") or 0), acled, as_date(row.get("state_from")))
        forms = [name] + ([full] if full else []) + [str(a) for a in row.get("aliases") or []]
        lexicon.add_all(forms, "org", org)
    return len(rows)
