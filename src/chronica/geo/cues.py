"""The word lists that cue places in news text (geo/data/cues.yaml), loaded once for every module."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from chronica import yamlio

with (Path(__file__).parent / "data" / "cues.yaml").open(encoding="utf-8") as _fh:
    CUES: dict[str, Any] = yamlio.safe_load(_fh)

