"""Running tolls (round counts155): a toll told in the perfect since a month, a season, a year or the start of
the year ("have been killed since May", a fronted "Since March, ... have detained", "since the start of the
year") is a campaign's running tally, background like "since the unrest began" or "since 2014", and so is the
noun it is told in ("killed in communal violence since May"); a weekday, "yesterday", "last night" or
"Friday's clashes" stays recent news. A toll over a past span ("Over the past decade, bandits have killed
thousands", "killed in attacks ... this year") is a period's statistics; a participle on a tally noun told
over a span ("taking the number detained since January to 2,000") is a running total, no act of its own;
the story's own deed keeps its count and stays the primary event. Sentences written for the test, each
group with controls."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-01"


def _background(event) -> bool:
    return bool(event.evidence["trigger"].get("background"))


# 1. a toll in the perfect since a month, a season, a year or the start of a span: background, with the noun
#    it is told in; the count stays on the event
@pytest.mark.parametrize("text, word, dead, arrested", [
    ("More than 300 people have been killed in communal violence in Manipur since May.", "killed", 300, None),
    ("Since January, more than 300 people have been killed in Manipur.", "killed", 300, None),
    ("At least 90 journalists have been killed in Gaza since October.", "killed", 90, None),
    ("Since March, security forces have detained more than 4,000 people in Xinjiang.", "detained",
     None, 4000),
    ("Since February, more than 1,500 protesters have been detained in Minsk.", "detained", None, 1500),
    ("More than 40 aid workers have been killed in South Sudan since April, the UN said.", "killed",
     40, None),
    # variants
    ("Soldiers have killed 200 militants in Borno since early March.", "killed", 200, None),
    ("Since the start of the year, 1,200 migrants have been detained in Libya.", "detained", None, 1200),
    ("Troops have killed 40 insurgents in Borno since October 7.", "killed", 40, None),
    ("Since last year, authorities have detained more than 900 opposition supporters in Uganda.", "detained",
     None, 900),
])
def test_toll_since_a_month_is_background(events_of, text: str, word: str, dead, arrested) -> None:
    events = events_of(text, PUBLISHED)
    event = next(e for e in events if e.trigger.text == word)
    assert _background(event)
    assert (event.fatalities, event.arrested) == (dead, arrested)
    assert all(_background(e) for e in events)  # not "communal violence" as the news


@pytest.mark.parametrize("text, word, arrested, background", [
    # controls: a recent time stays news; a span told before this round stays background
    ("Police have arrested 20 people since Monday.", "arrested", 20, False),
    ("Police have detained 40 people since Friday's clashes.", "detained", 40, False),
    ("Since Monday, police have arrested 60 protesters in Nairobi.", "arrested", 60, False),
    ("Police have arrested 35 people since last night.", "arrested", 35, False),
    ("Police have detained 25 people in Dhaka since yesterday.", "detained", 25, False),
    ("Police have detained 150 people in Karachi since last week.", "detained", 150, False),
    ("Police raided slums in Lagos on Monday, bringing the number of suspects arrested since the weekend to "
     "more than 300.", "arrested", 300, False),
    ("Police have arrested 20 people since the protests began.", "arrested", 20, True),
])
def test_toll_since_controls(event_at, text: str, word: str, arrested: int, background: bool) -> None:
    event = event_at(text, word, PUBLISHED)
    assert event.arrested == arrested
    assert _background(event) is background


@pytest.mark.parametrize("text, word, dead", [
    # controls: a conflict's years and an operation's start were background before this round
    ("The conflict has killed more than 10,000 people since 2014.", "killed", 10000),
    ("Soldiers have killed 35 suspected militants since the start of the operation in June.", "killed", 35),
])
def test_toll_since_controls_background(event_at, text: str, word: str, dead: int) -> None:
    event = event_at(text, word, PUBLISHED)
    assert event.fatalities == dead
    assert _background(event)


def test_since_the_start_of_the_month_stays_news(primary_of) -> None:
    # control: a count since the start of the month is this month's news, not a campaign's tally
    event = primary_of("Kuwait has deported more than 2,000 Egyptian workers since the start of the month, "
                       "officials said.", PUBLISHED)
    assert event.trigger.text == "deported"
    assert not _background(event)


# 2. a toll over a past span or this year: a period's statistics
@pytest.mark.parametrize("text, word, dead", [
    ("More than 800 people have been killed in attacks by armed groups in Ituri this year.", "attacks", 800),
    ("Over the past decade, bandits have killed thousands of villagers in northwest Nigeria.", "killed",
     1000),
    # variants
    ("In the past five years, jihadists have killed thousands of civilians in Burkina Faso.", "killed",
     1000),
    ("More than 600 people have been killed in clashes between the army and the RSF this year.", "killed",
     600),
])
def test_toll_over_a_period_is_background(event_at, text: str, word: str, dead: int) -> None:
    event = event_at(text, word, PUBLISHED)
    assert event.fatalities == dead
    assert _background(event)


@pytest.mark.parametrize("text, word, dead", [
    # controls: one attack's toll is the news
    ("Gunmen have killed 18 people in an attack on a village in Kaduna State, officials said.", "attack", 18),
    ("Gunmen killed 12 villagers in Zamfara on Saturday, police said.", "killed", 12),
])
def test_toll_over_a_period_controls(primary_of, text: str, word: str, dead: int) -> None:
    event = primary_of(text, PUBLISHED)
    assert (event.trigger.text, event.fatalities) == (word, dead)
    assert not _background(event)


# 3. a tally noun's participle over a span: a running total, no act of its own; the deed keeps its count
@pytest.mark.parametrize("text, word, arrested", [
    ("Police arrested 12 protesters in Caracas on Tuesday, taking the number detained since January to more "
     "than 2,000.", "arrested", 12),
    # variants
    ("Police arrested 12 protesters in Caracas on Tuesday, bringing the number of people detained since "
     "January to more than 2,000.", "arrested", 12),
    ("Police arrested 30 people in Lagos on Monday, bringing the number of people arrested this month to "
     "300.", "arrested", 30),
    ("Police arrested 12 protesters in Caracas on Tuesday, bringing the total detained since the protests "
     "began to more than 2,000.", "arrested", 12),
])
def test_running_total_is_no_act(events_of, text: str, word: str, arrested: int) -> None:
    events = events_of(text, PUBLISHED)
    primary = next(e for e in events if e.primary)
    assert (primary.trigger.text, primary.arrested) == (word, arrested)
    assert not _background(primary)
    assert all(_background(e) for e in events if e is not primary)


# 4. stories: the running toll told after the deed is background, the deed stays primary with its own count
@pytest.mark.parametrize("text, word, dead, toll", [
    ("Israeli troops killed two Palestinian gunmen during a raid in Jenin on Wednesday, the army said. A "
     "third Palestinian, a 15-year-old boy, died of his wounds on Thursday. At least 180 Palestinians have "
     "been killed in the West Bank since January.", "raid", 3, 180),  # the third who died: counts355
    # variant
    ("Gunmen killed 23 people in Kaduna on Sunday, in a region where more than 500 people have been killed "
     "since May.", "killed", 23, 500),
    # controls: a running total of the coup goes nowhere; a toll since a year was background before
    ("Security forces shot dead two protesters in Mandalay on Sunday, bringing the total killed since the "
     "coup to more than 700.", "shot dead", 2, None),
    ("Gunmen killed four farmers in Zamfara on Tuesday; more than 2,000 people have been killed in the state "
     "since 2011.", "killed", 4, 2000),
])
def test_story_deed_keeps_primary(events_of, text: str, word: str, dead: int, toll) -> None:
    events = events_of(text, PUBLISHED)
    primary = next(e for e in events if e.primary)
    assert (primary.trigger.text, primary.fatalities) == (word, dead)
    tolls = [e for e in events if e is not primary and e.fatalities]
    assert [e.fatalities for e in tolls] == ([toll] if toll else [])
    assert all(_background(e) for e in tolls)
