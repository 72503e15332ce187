"""An attack named as the subject of a verb of killing or wounding is aimed at whom it killed, not at the
thing it hit: "a drone strike on a car killed two Hezbollah members" targets Hezbollah. Sentences written
for these tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def target_of(primary_of):
    return lambda text: [(a.name, a.sector) for a in primary_of(text).target]


@pytest.mark.parametrize("text, sector", [
    ("A drone strike on a car near the border killed two militia commanders on Thursday.", "PRM"),
    ("An air strike on a pickup truck killed four insurgents in the province, the army said.", "REB"),
    ("A rocket attack on a bus wounded six soldiers on the highway.", "MIL"),
    ("An air strike on a house killed five civilians overnight.", "CVL"),
])
def test_the_killed_are_the_target(target_of, text: str, sector: str) -> None:
    assert sector in {s for _, s in target_of(text)}
