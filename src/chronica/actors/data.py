"""Loading the actor dictionaries (package YAML files, plus an optional user file)."""

from __future__ import annotations

import calendar
import datetime as dt
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

# the C loader when PyYAML was built with libyaml (about ten times faster on these files)
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

FILES = ("countries", "roles", "organisations", "leaders", "peoples")
OFFICE_FILES = ("ministers", "notables")  # more people, as in leaders.yaml (``bodies``, ``notables``)


@cache
def package_file(name: str) -> dict[str, Any]:
    """One of the shipped dictionaries, parsed once per process."""
    text = resources.files("chronica.actors").joinpath("data", f"{name}.yaml").read_text("utf-8")
    return yaml.load(text, Loader=_Loader) or {}


# top-level keys a user file may have, and what each holds
SECTIONS = {"countries": list, "block": list, "labels": dict, "roles": list, "organisations": list,
            "leaders": (dict, list), "executive": dict, "peoples": list, "bodies": dict,
            "notables": list}
REQUIRED = {"countries": "iso3", "roles": "words", "organisations": "name", "peoples": "name"}


def read_extra(path: str | Path) -> dict[str, Any]:
    """A user file with any of the top-level keys of the package files; a ValueError names what is wrong."""
    try:
        data = yaml.load(Path(path).read_text("utf-8"), Loader=_Loader) or {}
    except yaml.YAMLError as err:
        raise ValueError(f"{path}: not valid YAML: {err}") from err
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping with keys such as organisations or leaders")
    unknown = sorted(set(data) - set(SECTIONS))
    if unknown:
        raise ValueError(f"{path}: unknown section(s) {', '.join(map(str, unknown))}; "
                         f"expected {', '.join(SECTIONS)}")
    for key, kind in SECTIONS.items():
        if key in data and data[key] is not None and not isinstance(data[key], kind):
            raise ValueError(f"{path}: section {key!r} has the wrong shape (see docs/actors.md)")
        field = REQUIRED.get(key)
        for i, row in enumerate(data.get(key) or [] if field else []):
            if not isinstance(row, dict) or field not in row:
                raise ValueError(f"{path}: {key} entry {i + 1} needs a {field!r} field: {row!r}")
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
    if len(value) == 7:  # the month's last day: "1998-06" -> "1998-06-30", a real date to count days from
        return f"{value}-{calendar.monthrange(int(value[:4]), int(value[5:7]))[1]:02d}"
    return value
