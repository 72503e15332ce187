"""Constructions of news about who fought whom found by article audit L (tests/data/articles_l/): a
killing told with a joined verb's "in clashes" (the clash's toll, not an attack on the dead), a fight
named again as where its dead fell ("killed in the fighting", the act told before it), a toll told per
side ("four soldiers from each army"), and a lede dated only by its report whose next paragraph gives
the attack's own day. Sentences written for this test."""

from __future__ import annotations

import pytest

PUB = "2023-05-12"  # a Friday


def _lede(first: str, second: str) -> str:
    """A two-paragraph story: the lede and the paragraph after it."""
    return f"{first}\n\n{second}"


@pytest.mark.parametrize("text, dead", [
    ("At least 40 people were killed and 90 wounded in fighting between two rival militias in the port.", 40),
    ("Twelve people were killed and dozens injured in clashes between rebels and soldiers near the dam.", 12),
    ("Nine fighters were killed and 30 hurt in gun battles between two armed factions in the capital.", 9),
])
def test_killed_and_wounded_in_clashes_is_a_battle(primary_of, text, dead):
    ev = primary_of(text, PUB)
    assert ev.acled["event_type"] == "Battles", (ev.trigger.text, ev.acled)
    assert ev.fatalities == dead
    assert not any(a.sector == "CVL" for a in ev.target)


def test_killed_and_wounded_in_an_attack_on_a_market_stays_an_attack(primary_of):
    ev = primary_of("Thirty people were killed and 50 wounded in an attack on a crowded market.", PUB)
    assert ev.acled["event_type"] == "Violence against civilians"
    assert ev.fatalities == 30


@pytest.mark.parametrize("text, trigger, dead", [
    ("Insurgents attacked two army bases in the north, and 25 soldiers and 15 attackers were killed in the "
     "fighting, the ministry said.", "attacked", 40),
    ("Troops repelled a raid on the airfield, but one soldier and two contractors were killed in the "
     "assault.",
     "repelled", 3),
    ("Gunmen stormed a police station in the town. Four officers and six assailants died in the gunfight.",
     "stormed", 10),
])
def test_fight_told_back_gives_its_toll_to_the_act(events_of, text, trigger, dead):
    events = events_of(text, PUB)
    primary = next(e for e in events if e.primary)
    assert primary.trigger.text == trigger
    assert primary.fatalities == dead
    assert primary.acled["event_type"] == "Battles"


@pytest.mark.parametrize("text, dead, side", [
    ("Special forces stormed the farmhouse on Monday and freed the hostages. All nine kidnappers of the gang "
     "died in the raid.", 9, "kidnappers"),
    ("Police commandos raided the hideout before dawn. All six members of the cell died in the raid.", 6,
     "the cell"),
])
def test_a_one_sided_act_told_back_in_a_later_sentence_stays_an_event(events_of, text, dead, side):
    """The raid named again in the next sentence names the side it hit: an event with its own target."""
    events = events_of(text, PUB)
    told = [e for e in events if e.sentence == 1 and e.fatalities == dead]
    assert told, [(e.trigger.text, e.sentence, e.fatalities) for e in events]
    assert any(side in (a.text or "") for a in told[0].target), [a.text for a in told[0].target]


def test_an_undefined_clash_later_is_its_own_event(events_of):
    events = events_of("Rebels seized a town in the east on Monday, while in the south five soldiers were "
                       "killed in clashes with bandits.", PUB)
    seized = next(e for e in events if e.trigger.text == "seized")
    assert seized.fatalities is None


@pytest.mark.parametrize("first, second, day", [
    ("Gunmen killed 25 soldiers in attacks on two army camps in the north, the government said on Tuesday.",
     "The militants attacked the camps near the border on Monday, officials said.", "2023-05-08"),
    ("At least 22 people have died in clashes between herders and farmers this week, the UN said on Friday.",
     "The fighting broke out on Sunday in a village near the river and spread to the town.", "2023-05-07"),
    ("A rebel commander was killed in an air strike earlier this week, the defence ministry said on Friday.",
     "Aircraft bombed his convoy near the coast on Tuesday, a spokesman said.", "2023-05-09"),
])
def test_lede_dated_by_its_report_takes_the_next_paragraphs_day(primary_of, first, second, day):
    ev = primary_of(_lede(first, second), PUB)
    assert ev.date.value == day


@pytest.mark.parametrize("first, second, day", [
    ("Gunmen killed 14 villagers in the north on Wednesday, police said on Thursday.",
     "On Tuesday, soldiers had clashed with bandits in a nearby district.", "2023-05-10"),
    ("Militants killed six policemen at a checkpoint, officials said on Friday.",
     "On April 17, the same group attacked an army base, killing 20 soldiers.", "2023-05-12"),
])
def test_lede_with_its_own_day_or_an_old_background_keeps_it(primary_of, first, second, day):
    ev = primary_of(_lede(first, second), PUB)
    assert ev.date.value == day


@pytest.mark.parametrize("text, dead", [
    ("Militants ambushed a joint patrol near the border, killing four soldiers from each army.", 8),
    ("Three fighters from each side were killed when the two militias clashed over a checkpoint.", 6),
    ("Border guards of the two countries exchanged fire on Monday, and two died on either side.", 4),
])
def test_toll_told_per_side_counts_both_sides(primary_of, text, dead):
    assert primary_of(text, PUB).fatalities == dead


def test_toll_on_both_sides_is_the_whole_toll(primary_of):
    ev = primary_of("Troops and rebels fought for hours near the town, and ten people were killed on both "
                    "sides.", PUB)
    assert ev.fatalities == 10
