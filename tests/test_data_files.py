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
