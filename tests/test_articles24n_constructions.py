"""Riots and mobs (round articles24n): what makes a crowd's violence a violent demonstration and what does
not. A protest held on a later day in answer to a mob's violence (a march demanding justice for people
lynched) is its own peaceful protest and does not turn the earlier mob violence into a demonstration; a
protest its own clause calls peaceful stays a protest beside rioting told elsewhere in the report. Sentences
of our own about news in general."""

from __future__ import annotations

import pytest
from test_sd27 import _acled

PUBLISHED = "2021-05-12"


def _at(events, town: str):  # noqa: ANN001, ANN202 - coded Events
    """The first event placed in ``town``."""
    return next(e for e in events if e.location and e.location.name == town)


LATER_PROTEST = [
    ("A mob beat two men suspected of stealing a motorbike to death in a village near Kisumu on Friday. "
     "On Monday, hundreds of residents marched to the police station to demand justice.", "2021-05-10"),
    ("A crowd lynched a man accused of stealing a goat in a village near Kano on Sunday, police said. "
     "On Tuesday, relatives protested outside the police station, demanding arrests.", "2021-05-11"),
    ("Villagers burned down the house of a woman accused of witchcraft near Mwanza on Saturday. "
     "On Monday, women's groups held a rally in the town to condemn the attack.", "2021-05-10"),
]


@pytest.mark.parametrize("text, protest_day", LATER_PROTEST)
def test_protest_on_a_later_day_leaves_the_mob_violence_a_mob(events_of, text, protest_day):
    events = events_of(text, published=PUBLISHED)
    primary = next(e for e in events if e.primary)
    assert _acled(primary) == ("Riots", "Mob violence")
    march = next(e for e in events if e.date.value == protest_day and e.plover["type"] == "PROTEST")
    assert _acled(march)[0] == "Protests"


@pytest.mark.parametrize("text", [
    "Protesters marched through Lagos on Monday to demand lower fuel prices. On Tuesday, they burned tyres "
    "and threw stones at police.",
    "Students marched to the governor's office in Jos on Monday to demand justice for a classmate, and some "
    "of them burned tyres and stoned police.",
])
def test_violence_of_protesters_stays_a_violent_demonstration(primary_of, text):
    assert _acled(primary_of(text, published=PUBLISHED)) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text, town", [
    ("Police fired tear gas at youths who burned cars in Marseille on Tuesday. About 5,000 people marched "
     "peacefully in Lille.", "Lille"),
    ("Thousands of teachers held a peaceful rally outside parliament in Nairobi on Thursday, while in Kisumu "
     "youths threw stones at police and burned tyres.", "Nairobi"),
])
def test_a_march_told_as_peaceful_stays_a_protest(events_of, text, town):
    assert _acled(_at(events_of(text, published=PUBLISHED), town))[0] == "Protests"


def test_a_peaceful_march_after_a_week_of_riots_is_primary_and_peaceful(primary_of):
    primary = primary_of("Tens of thousands of people marched peacefully through Bogota on Wednesday, a week "
                         "after riots in which buses were burned.", published=PUBLISHED)
    assert primary.plover["type"] == "PROTEST"
    assert _acled(primary) == ("Protests", "Peaceful protest")
    assert primary.date.value == "2021-05-12"


def test_rioting_at_a_march_stays_a_riot(primary_of):
    primary = primary_of("Protesters marched through Lima on Thursday and later set fire to a police car.",
                         published=PUBLISHED)
    assert _acled(primary)[0] == "Riots"


@pytest.mark.parametrize("text, town, trigger, dead", [
    ("Three people died after a crowd set fire to a bus in Kisumu on Monday, police said. Protests spread on "
     "Tuesday to other towns.", "Kisumu", "set fire", 3),
    ("A man died in hospital after a mob beat him in a market in Kano on Friday, police said. Demonstrations "
     "spread on Saturday to other towns.", "Kano", "beat", 1),
    ("Four inmates died after prisoners rioted and set fire to a jail in Quito on Sunday, officials said. "
     "Riots spread on Monday to other prisons.", "Quito", "set fire", 4),
])
def test_the_act_the_dead_died_after_is_the_news(events_of, text, town, trigger, dead):
    """'Six inmates died after prisoners rioted': the riot is the news, not a setting that a later
    sentence's riots outrank."""
    events = events_of(text, published=PUBLISHED)
    primary = next(e for e in events if e.primary)
    assert primary.sentence == 0
    assert primary.acled["event_type"] == "Riots"
    assert primary.location.name == town
    assert primary.date.value < PUBLISHED
    assert next(e for e in events if e.trigger.text == trigger).fatalities == dead
