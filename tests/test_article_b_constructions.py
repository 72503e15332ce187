"""Constructions the second article audit (tests/data/articles_b) found misread, each in sentences
written for this test: an earlier event told after the lede's news, a part of the dead, a toll and a
weapon of the act a protest answers, and a future day of another clause."""

from __future__ import annotations


def test_lede_news_beats_an_earlier_deadlier_event(primary_of):
    text = ("The transport minister resigned on Friday over the collapse of a motorway bridge, saying she "
            "had failed the victims' families. The collapse on Monday killed 31 people and injured dozens.")
    primary = primary_of(text, "2024-03-15")
    assert primary.trigger.text == "resigned"
    assert primary.date.value == "2024-03-15"


def test_lede_attack_stays_primary_over_later_reaction(primary_of):
    text = ("Gunmen killed nine villagers in an attack on a market on Sunday, police said. On Monday "
            "hundreds of residents marched to the governor's office to demand protection.")
    primary = primary_of(text, "2024-03-12")
    assert primary.plover["type"] == "ASSAULT" and primary.fatalities == 9


def test_part_of_the_dead_is_not_the_toll(primary_of):
    text = ("A roadside bomb ripped through a bus near the market on Sunday, killing eleven passengers, "
            "police said. Four of the dead were children.")
    assert primary_of(text, "2023-05-08").fatalities == 11


def test_some_of_those_attacked_are_still_the_toll(primary_of):
    text = "Gunmen shot dead four of the passengers on a minibus on Sunday, officials said."
    assert primary_of(text, "2023-05-08").fatalities == 4


def test_protest_does_not_take_the_toll_or_weapon_of_the_strikes_it_answers(events_of):
    text = ("Hundreds of students stormed the consulate on Friday in protest at drone strikes that "
            "killed 14 villagers.")
    events = events_of(text, "2022-10-08")
    storming = next(e for e in events if e.trigger.text == "stormed")
    assert storming.fatalities is None
    assert storming.plover["mode"] != "aerial" and "drone" not in storming.evidence["trigger"]["rule"]
    strikes = next(e for e in events if "strikes" in e.trigger.text)
    assert strikes.fatalities == 14


def test_past_act_does_not_take_another_clause_future_day(events_of):
    text = ("The two countries said on Monday they would open embassies in each other's capitals on July 1, "
            "angering their neighbour, which recalled its envoy.")
    events = events_of(text, "2024-06-10")
    recall = next(e for e in events if e.trigger.text == "recalled")
    assert recall.date.value == "2024-06-10"
    assert all(e.date.value <= "2024-06-10" for e in events if not e.modality.future)


def test_fighters_of_a_named_group_are_the_group(primary_of):
    text = ("BENI, Congo, May 3 (Example Wire) - Fighters of the ADF militia attacked a village near Beni "
            "overnight, killing seven farmers, local officials said.")
    doers = primary_of(text, "2023-05-03").source
    assert [a.name for a in doers] == ["ADF"]


def test_victims_of_an_attack_are_not_its_doers(primary_of):
    text = "Relatives of the victims of the Islamic State attack marched through the town on Monday."
    doers = primary_of(text, "2023-05-03").source
    assert "Islamic State" not in [a.name for a in doers]


def test_yesterdays_attack_stays_the_news_of_todays_reaction(primary_of):
    text = ("Rights groups on Tuesday demanded an inquiry into the raid on the camp. On Monday soldiers "
            "stormed the camp and killed 12 people, witnesses said.")
    primary = primary_of(text, "2024-04-09")
    assert primary.plover["type"] == "ASSAULT" and primary.fatalities == 12
