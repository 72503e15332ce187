""""Gunned down" tells deaths, as "shot dead" does (issue #4): the counted victims are the toll, whether
object or passive subject, and the doers' own number is not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "dead"), [
    ("Gunmen gunned down two police officers in Kano on Monday.", 2),
    ("Two police officers were gunned down at a checkpoint in Kano on Monday.", 2),
    ("Unknown gunmen on Monday gunned down three worshippers outside a mosque in Kano.", 3),
    ("Police said they had gunned down five armed robbers in a shootout in Lagos.", 5),
    ("Four attackers gunned down six villagers in a raid on Tuesday.", 6),
])
def test_gunned_down_counts_the_dead(primary_of, text: str, dead: int) -> None:
    assert primary_of(text).fatalities == dead
