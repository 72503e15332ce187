"""The package's data files: every YAML file loads, and no mapping names a key twice (YAML keeps the
last silently, so a second entry for a word or a country would hide the first)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "chronica"
FILES = sorted(PACKAGE.rglob("*.yaml"))


class _Strict(yaml.SafeLoader):
    """A loader that refuses a mapping with a repeated key."""


def _mapping(loader: _Strict, node: yaml.MappingNode, deep: bool = False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} given twice", key_node.start_mark)
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def test_there_are_data_files():
    assert len(FILES) >= 10


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_key_is_given_twice(path):
    yaml.load(path.read_text(encoding="utf-8"), Loader=_Strict)


def _booleans(node) -> list:
    if isinstance(node, dict):
        return [b for v in node.values() for b in _booleans(v)]
    if isinstance(node, list):
        return [v for v in node if isinstance(v, bool)] + [b for v in node for b in _booleans(v)]
    return []


WORD_LISTS = sorted(p for part in ("actors", "extract") for p in (PACKAGE / part / "data").glob("*.yaml"))


@pytest.mark.parametrize("path", WORD_LISTS, ids=lambda p: p.name)
def test_no_word_in_a_list_is_read_as_true_or_false(path):
    """YAML reads a bare on, off, yes or no as a boolean: a word list that holds one has lost the word."""
    assert _booleans(yaml.safe_load(path.read_text(encoding="utf-8"))) == []
