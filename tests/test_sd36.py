"""Strategic developments that read as something else (round sd36): armed men seen or spotted, an attack or
an offensive foretold, a cessation of hostilities signed - each with controls that must not change
(formations that moved somewhere are tested in test_moves35.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_moves35 import _acled

CHANGE = ("Strategic developments", "Change to group/activity")
AGREEMENT = ("Strategic developments", "Agreement")
CLASH = ("Battles", "Armed clash")
CIVILIANS = ("Violence against civilians", "Attack")
OTHER = ("Strategic developments", "Other")


@pytest.mark.parametrize(("text", "expected"), [
    ("On 2 March 2022, a group of armed men was seen near Ouallam (Tillaberi). No incident was reported.",
     CHANGE),
    ("Suspected jihadists were spotted on motorbikes outside Kaya on Friday, residents said.", CHANGE),
    ("Residents sighted dozens of gunmen near the road to Gusau on Tuesday, a local official said.", CHANGE),
    # controls: a man seen is no armed group; armed men who were seen and then fought or killed
    ("The missing teacher was last seen near the market in Kano on Monday, police said.", None),
    ("Gunmen were seen entering the village of Kadisau on Sunday before they shot dead 11 farmers, "
     "residents said.", CIVILIANS),
])
def test_armed_men_seen_are_a_change_of_activity(primary_of, text: str,
                                                 expected: tuple[str, str] | None) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an attack or an offensive foretold is no attack: the movement told beside it is the event
    ("The army warned of a possible attack on Gao on Monday and deployed extra troops to the city.", CHANGE),
    ("Rebels warned on Sunday of an imminent offensive on Kidal, a statement said.", OTHER),
    # controls: an attack made, an offensive launched
    ("Rebels attacked an army post near Gao on Monday, killing four soldiers, the army said.", CLASH),
    ("On 5 May 2022, the army launched an offensive on rebel positions near Kidal (Kidal), killing 6 rebels.",
     CLASH),
])
def test_an_attack_foretold_is_no_attack(primary_of, text: str, expected: tuple[str, str] | None) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The government and the rebels signed a cessation of hostilities in Nairobi on Friday.", AGREEMENT),
    # control: a cessation of something else
    ("The company announced the cessation of its operations in Lagos on Friday.", None),
])
def test_a_cessation_of_hostilities_is_an_agreement(primary_of, text: str,
                                                    expected: tuple[str, str] | None) -> None:
    assert _acled(primary_of(text)) == expected


def test_a_verb_inside_a_name_is_no_sighting(primary_of) -> None:
    """"Pyu Saw Htee militiamen": the parser's verb "Saw" inside the militia's name sights no one."""
    event = primary_of("On 27 November 2023, Pyu Saw Htee militiamen shot dead two farmers in Myaung.")
    assert event.acled["event_type"] == "Violence against civilians"
