"""Strategic developments that fell to other types (round sd31): kidnappings and attempted attacks foiled,
livestock driven away by raiders, arsenals found; each with sentences of our own and controls where the rule
must not fire."""

from __future__ import annotations

import pytest
from test_sd27 import _acled

SD = "Strategic developments"
DISRUPTED = (SD, "Disrupted weapons use")
LOOTING = (SD, "Looting/property destruction")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")


# 1. a kidnapping (or an attempted one) that the police or troops foiled did not happen
@pytest.mark.parametrize("text", [
    "Police foiled a kidnapping on the outskirts of Zaria on Tuesday.",
    "Soldiers thwarted an attempted abduction of three traders near Maiduguri on Friday.",
])
def test_a_foiled_kidnapping_or_attempt_is_disrupted(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == DISRUPTED


@pytest.mark.parametrize("text", [
    "Gunmen kidnapped a pastor in Lokoja on Sunday after police failed to foil the plot.",
    "Bandits attempted to kidnap a trader near Zaria on Tuesday and took him into the forest.",
])
def test_a_kidnapping_that_happened_stays_an_abduction(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ABDUCTION


# 2. livestock driven away by raiders is looting; herders driving their own cattle somewhere are no event
def test_livestock_driven_away_is_looting(primary_of) -> None:
    text = "Armed raiders drove away 200 cattle from a village near Kapoeta on Monday."
    assert _acled(primary_of(text)) == LOOTING


def test_herders_driving_cattle_to_market_are_no_looting(primary_of) -> None:
    assert _acled(primary_of("Herders drove their cattle to the market in Kapoeta on Monday.")) != LOOTING


# 3. an arsenal found is a cache of weapons
@pytest.mark.parametrize("text", [
    "Soldiers discovered an arsenal of 30 rifles in a farmhouse in Sinaloa, the army said.",
    "Soldiers found an arsenal of rifles, pistols and grenades at a ranch in Sinaloa, the army said.",
    # the grenades still give a grenade event of their own, but the finders are not its doers (finders50)
    "Soldiers discovered an arsenal of rifles and grenades in a farmhouse in Sinaloa, the army said.",
])
def test_an_arsenal_found_is_disrupted_weapons_use(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == DISRUPTED
