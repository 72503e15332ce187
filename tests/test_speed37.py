"""Round speed37: the data files read with PyYAML's C loader give the same tables as the Python one."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from chronica import yamlio

SRC = Path(yamlio.__file__).parent
DATA_FILES = sorted(p for p in SRC.rglob("*.yaml") if "data" in p.relative_to(SRC).parts)


def test_the_c_loader_is_used_when_pyyaml_has_it() -> None:
    """A PyYAML built with libyaml parses the data files with it (the start-up some ten times faster)."""
    if not hasattr(yaml, "CSafeLoader"):
        pytest.skip("PyYAML built without libyaml")
    assert yamlio.LOADER is yaml.CSafeLoader


def test_there_are_data_files_to_compare() -> None:
    """The comparison below reads the package's YAML tables (dozens of them), not an empty list."""
    assert len(DATA_FILES) > 20


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(SRC)))
def test_a_data_file_reads_the_same_with_either_loader(path: Path) -> None:
    """Every value, key order and type of a data file as ``yaml.safe_load`` gives it."""
    text = path.read_text(encoding="utf-8")
    fast = yamlio.safe_load(text)
    slow = yaml.load(text, Loader=yaml.SafeLoader)  # noqa: S506 - the safe loader
    assert fast == slow
    assert repr(fast) == repr(slow)  # the same order of keys and the same types (1 and 1.0, dates)


def test_a_stream_reads_as_its_text() -> None:
    """An open file reads as its text does (``geo/former.py``, ``succession.py`` hand over the file)."""
    path = DATA_FILES[0]
    with path.open(encoding="utf-8") as fh:
        assert yamlio.safe_load(fh) == yamlio.safe_load(path.read_text(encoding="utf-8"))
