"""Reading chronica's YAML data files with PyYAML's C loader when it is there.

PyYAML's pure-Python ``safe_load`` parses the data files some ten times slower than the libyaml
``CSafeLoader``; both build the same plain data (the same resolver and constructors), so the tables
are the same and only the start-up is shorter.
"""

from __future__ import annotations

from typing import IO, Any

import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(stream: str | bytes | IO[str] | IO[bytes]) -> Any:  # noqa: ANN401 - whatever the file holds
    """``yaml.safe_load`` with the C loader when PyYAML was built with libyaml."""
    return yaml.load(stream, Loader=LOADER)  # noqa: S506 - a safe loader
