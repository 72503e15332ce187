"""Where the session-27 rounds met: a riot's toll is not the death that set it off (tolls27 and articles27q),
the place of a protest's doers is where they protested (articles27q and places27), and an attack on a
place its militia "defended" is a battle (battles27)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Protesters set fire to a police station in Tamale after a youth died in police custody.",
    "Rioters torched shops in Kano on Friday after a preacher was killed in a road accident.",
    "Angry residents burned tyres and stoned cars in Kisumu because a boy died in a police cell.",
])
def test_a_death_that_set_a_riot_off_is_not_its_toll(primary_of, text: str) -> None:
    assert not primary_of(text).fatalities


def test_a_riot_keeps_the_toll_told_after_it(primary_of) -> None:
    text = "Supporters of two rival parties fought outside a polling station, leaving three people dead."
    assert primary_of(text).fatalities == 3


@pytest.mark.parametrize(("text", "town"), [
    ("Students in Lagos rallied over the killing of a classmate in Abuja on Friday.", "Lagos"),
    ("Nurses in Nairobi marched on Monday over the death of a colleague in Mombasa.", "Nairobi"),
    ("A candidate for mayor in Guerrero state was shot dead in the town of Taxco on Sunday.", "Taxco"),
])
def test_doers_act_where_they_are_and_victims_where_they_were_hit(primary_of, text: str, town: str) -> None:
    ev = primary_of(text)
    assert ev.location is not None and ev.location.text == town, ev.location


@pytest.mark.parametrize("text", [
    "Militants attacked a village near Djibo on Monday; local militiamen defended it, and four were killed.",
    "Gunmen attacked a village in Zamfara, but vigilantes defended the village and killed two of them.",
])
def test_an_attack_on_a_defended_place_is_a_battle(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert ev.acled and (ev.acled["event_type"], ev.acled["sub_event_type"]) == ("Battles", "Armed clash")
