"""Forces on the move and campaigns declared told apart from fights (round moves35). Each rule has controls
where it must not fire. Sentences written for these tests."""

from __future__ import annotations

import pytest

CHANGE = ("Strategic developments", "Change to group/activity")
CLASH = ("Battles", "Armed clash")


def _acled(event) -> tuple[str, str] | None:  # noqa: ANN001
    """The event's ACLED event type and sub-event type, None with no event or no ACLED type."""
    if event is None or event.acled is None:
        return None
    return event.acled["event_type"], event.acled["sub_event_type"]


@pytest.mark.parametrize(("text", "expected"), [
    # forces that moved somewhere, with no fight told
    ("On 3 May 2022, army units moved into Kassala (Kassala) and took up positions at the airport.", CHANGE),
    ("A column of armoured trucks moved toward Lashio on Monday, residents said.", CHANGE),
    ("Two brigades moved to new positions near Marib on Sunday, a military source said.", CHANGE),
    ("The army moved troops to the border near Kasumbalesa on Friday, officials said.", CHANGE),
    # controls: people who moved, a date moved, forces who moved in and fought
    ("Hundreds of families moved to a camp near Kaga Bandoro on Sunday, aid workers said.", None),
    ("The electoral commission moved the vote to next month, its chairman said.", None),
    ("On 9 June 2021, soldiers moved into Tanout (Zinder) and clashed with gunmen, killing five of them.",
     CLASH),
])
def test_forces_on_the_move_are_a_change_of_activity(primary_of, text: str,
                                                    expected: tuple[str, str] | None) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a campaign declared or announced: no fight yet
    ("On 2 March 2021, the government declared an offensive against bandits in Zamfara (Zamfara).", CHANGE),
    ("The army announced a new offensive against the rebels in Kachin state on Tuesday.", CHANGE),
    # controls: an offensive launched or fought
    ("On 5 April 2022, the army launched an offensive against al-Shabaab near Jowhar (Middle Shabelle), "
     "killing 12 militants.", CLASH),
    ("Government troops repelled a rebel offensive on the town of Ngouboua on Friday, killing eight "
     "rebels.", CLASH),
])
def test_an_offensive_declared_is_no_fight(primary_of, text: str, expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # armed men who paraded, troops airlifted, a no-fly zone declared
    ("On 6 May 2020, dozens of militiamen paraded through Bunia (Ituri) with their weapons.", CHANGE),
    ("Rebel fighters paraded through the streets of Bangassou on Saturday, residents said.", CHANGE),
    ("Commandos were airlifted to Menaka on Sunday to reinforce the garrison, the army said.", CHANGE),
    ("On 3 April 2022, the army declared a no-fly zone over the Tigray region (Tigray).", CHANGE),
    # controls: students who paraded are a march; food airlifted is relief
    ("Thousands of students paraded through the streets of Dhaka on Monday to demand safer roads.",
     ("Protests", "Peaceful protest")),
    ("Food and medicine were airlifted to flood victims in Sindh on Sunday, officials said.", None),
])
def test_shows_of_force_and_airspace_closed(primary_of, text: str, expected: tuple[str, str] | None) -> None:
    assert _acled(primary_of(text)) == expected
