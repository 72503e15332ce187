"""Strategic developments and their neighbours (round sd38): people arrested on charges of planning protests,
factions that agree to merge, men who join or form a vigilante group, and a victim who stepped on a mine
"and was killed" - each with controls that must not change. Sentences written for these tests."""

from __future__ import annotations

import pytest

from chronica.evaluate.scores import recorded_deaths

ARRESTS = ("Strategic developments", "Arrests")
AGREEMENT = ("Strategic developments", "Agreement")
CHANGE = ("Strategic developments", "Change to group/activity")
INTERVENTION = ("Protests", "Protest with intervention")


def _acled(event) -> tuple[str, str] | None:  # noqa: ANN001
    """The event's ACLED event type and sub-event type, None with no event or no ACLED type."""
    if event is None or event.acled is None:
        return None
    return event.acled["event_type"], event.acled["sub_event_type"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Police in Alexandria arrested nine activists on charges of planning protests, a lawyer said.",
     ARRESTS),
    ("On 3 March 2022, police arrested 6 students in Harare (Harare) for inciting a demonstration.", ARRESTS),
    # controls: people arrested at a protest that took place
    ("Police in Alexandria arrested nine activists during a protest against rising prices, a lawyer said.",
     INTERVENTION),
    ("On 3 March 2022, police arrested 6 students protesting against fees in Harare (Harare).", INTERVENTION),
])
def test_a_protest_named_as_the_charge_is_no_protest(primary_of, text: str,
                                                     expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two breakaway factions of the rebel movement agreed to merge at a meeting in Addis Ababa on Friday.",
     AGREEMENT),
    # controls: a ceasefire agreed stays an agreement, a meeting agreed is no ACLED event
    ("The army and the rebels agreed to a ceasefire in Addis Ababa on Friday.", AGREEMENT),
    ("The rebel leaders agreed to meet again in Addis Ababa next month.", None),
])
def test_agreeing_to_merge_is_an_agreement(primary_of, text: str, expected: tuple[str, str] | None) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dozens of young men in Katsina joined a vigilante group set up to protect the villages, police said.",
     CHANGE),
    ("On 9 May 2021, farmers in Gwoza (Borno) formed a vigilante group after a spate of raids.", CHANGE),
    # control: joining a protest is the protest
    ("Dozens of young men in Katsina joined a protest against the rising insecurity on Monday.",
     ("Protests", "Peaceful protest")),
])
def test_joining_or_forming_a_vigilante_group_changes_a_group(primary_of, text: str,
                                                              expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize(("text", "dead"), [
    ("On 5 June 2022, a Malian soldier stepped on a landmine near Boni (Mopti) and was killed.", 1),
    ("A shepherd stepped on a landmine near Kandahar on Sunday and died, police said.", 1),
    # controls: a victim wounded, not killed; attackers who were driven off
    ("On 5 June 2022, a Malian soldier stepped on a landmine near Boni (Mopti) and was wounded.", 0),
    ("Gunmen attacked a police post near Boni on Sunday and were repelled, officials said.", 0),
])
def test_a_victim_killed_after_his_own_act_is_counted(primary_of, text: str, dead: int) -> None:
    assert recorded_deaths(primary_of(text)) == dead
