"""Forces on the move, flown in or closing the airspace told apart from fights and relief (round moves35).
Each rule has controls where it must not fire. Sentences written for these tests."""

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
    # troops airlifted, a no-fly zone declared
    ("Commandos were airlifted to Menaka on Sunday to reinforce the garrison, the army said.", CHANGE),
    ("On 3 April 2022, the army declared a no-fly zone over the Tigray region (Tigray).", CHANGE),
    # controls: food airlifted is relief; a zone that is no no-fly zone
    ("Food and medicine were airlifted to flood victims in Sindh on Sunday, officials said.", None),
    ("The city declared a new pedestrian zone in its old town on Monday, the mayor said.", None),
])
def test_troops_flown_in_and_airspace_closed(primary_of, text: str, expected: tuple[str, str] | None) -> None:
    assert _acled(primary_of(text)) == expected
