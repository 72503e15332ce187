"""Loading the actor dictionaries (package YAML files, plus an optional user file)."""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

FILES = ("countries", "roles", "organisations", "leaders")


@cache
def package_file(name: str) -> dict[str, Any]:
    """One of the shipped dictionaries, parsed once per process."""
    text = resources.files("chronica.actors").joinpath("data", f"{name}.yaml").read_text("utf-8")
    return yaml.safe_load(text) or {}


def read_extra(path: str | Path) -> dict[str, Any]:
    """A user file with any of the top-level keys of the package files."""
    data = yaml.safe_load(Path(path).read_text("utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping with keys such as organisations or leaders")
    return data


def as_date(value: Any) -> str | None:
    """YAML dates and years as "YYYY[-MM[-DD]]" strings."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def date_floor(value: str) -> str:
    """Earliest full date a partial date can mean ("1990" -> "1990-01-01")."""
    return (value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10]


def date_ceil(value: str) -> str:
    """Latest full date a partial date can mean ("2000" -> "2000-12-31")."""
    if len(value) == 4:
        return value + "-12-31"
    if len(value) == 7:
        return value + "-31"
    return value
