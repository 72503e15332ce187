"""What whole articles need beyond their lede sentence (found with tests/test_articles.py): an earlier
event told as background is not the story's event, a plan told in the past perfect dates a past day,
and where one side of an agreement comes from is not where it was signed. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text
from chronica.record import DateInfo, Event, Span
from chronica.salience import stale
from chronica.when import find_dates, parse_published


def _coded(pipeline, text: str, published: str) -> list[Event]:  # noqa: ANN001
    return pipeline.code(document_from_text(text, doc_id="t", published=published))


def _primary(pipeline, text: str, published: str) -> Event:  # noqa: ANN001
    return next(e for e in _coded(pipeline, text, published) if e.primary)


# ------------------------------------------------------------------ background events of earlier months

@pytest.mark.parametrize("text, published, plover", [
    ("Norway expelled a Belarusian diplomat on Thursday over a plot against exiles. In March, a bomb "
     "exploded under a dissident's car in Oslo, killing two people.", "2022-09-16", "SANCTION"),
    ("Rebels and the army signed a truce in Arusha on Friday. In 2019, rebel fighters attacked army "
     "barracks in the north and killed 30 soldiers.", "2023-05-13", "RETREAT|SUPPORT|AGREE"),
    ("Farmers marched through the capital on Monday to demand lower fuel prices. In January last "
     "year, troops shot dead four farmers at a similar protest.", "2021-03-02", "PROTEST"),
])
def test_an_earlier_event_told_as_background_is_not_the_story(pipeline, text, published, plover):
    primary = _primary(pipeline, text, published)
    assert primary.plover["type"] in plover.split("|"), primary.trigger.text


def test_a_recent_event_dated_in_the_text_can_still_be_the_story(pipeline):
    """An attack "on May 2" told in a story of May 5 is the news, not background."""
    primary = _primary(pipeline, "Gunmen killed 11 villagers in the Nigerian town of Bokkos on May 2, "
                       "officials said on Friday.", "2023-05-05")
    assert primary.plover["type"] == "ASSAULT" and primary.date.value == "2023-05-02"


@pytest.mark.parametrize("value, basis, published, expected", [
    ("2019-08", "relative", "2019-12-04", True),    # "in August", told in December
    ("2019-11", "relative", "2019-12-04", False),   # "in November", told four days after it ended
    ("2015", "text", "2017-09-06", True),
    ("2017-08-30", "text", "2017-09-06", False),    # a week before
    ("2017-05-30", "published", "2017-09-06", False),  # a date the text does not give
])
def test_stale_compares_the_end_of_the_period_with_publication(value, basis, published, expected):
    ev = Event(event_id="e", doc_id="d", sentence=0, text="", trigger=Span("x", 0, 1), plover={},
               cameo={}, acled=None, date=DateInfo(value=value, basis=basis))
    assert stale(ev, parse_published(published)) is expected


def test_without_a_publication_date_nothing_is_stale():
    ev = Event(event_id="e", doc_id="d", sentence=0, text="", trigger=Span("x", 0, 1), plover={},
               cameo={}, acled=None, date=DateInfo(value="2001", basis="text"))
    assert stale(ev, None) is False


# ------------------------------------------------------------------ weekdays of plans told in the past

@pytest.mark.parametrize("text, expected", [
    ("Police banned a rally the union had planned to hold on Monday.", "2024-03-11"),
    ("The talks, which had been scheduled for Friday, were called off.", "2024-03-08"),
    ("The opposition had hoped to march on Tuesday, but police blocked the roads.", "2024-03-12"),
    ("The union will hold a rally on Monday.", "2024-03-18"),        # still ahead
    ("A march planned for Friday was banned by the governor.", "2024-03-15"),
])
def test_a_plan_told_in_the_past_perfect_dates_a_past_day(text, expected):
    found = [d.value for d in find_dates(text, "2024-03-13")]  # a Wednesday
    assert found == [expected]


def test_arrests_before_a_banned_rally_are_not_dated_after_the_story(pipeline):
    events = _coded(pipeline, "Police arrested 200 members of the opposition in the city of Kisumu "
                    "after banning a rally they had planned to hold there on Monday.", "2024-03-13")
    arrest = next(e for e in events if e.trigger.text == "arrested")
    assert arrest.date.value <= "2024-03-13"


# ------------------------------------------------------------------ where one side comes from

def test_the_region_one_side_comes_from_is_not_where_the_deal_was_signed(pipeline):
    text = ("NAIROBI, June 3 (Example Wire) - Sudan's army and fighters from the western region of "
            "Darfur signed a peace agreement on Friday after months of talks in the Kenyan capital.")
    primary = _primary(pipeline, text, "2022-06-04")
    assert primary.location is not None and primary.location.name == "Nairobi"


def test_a_town_named_by_its_kind_is_still_the_event_place(pipeline):
    primary = _primary(pipeline, "Gunmen attacked a police post in the town of Kagoro on Sunday, "
                       "killing three officers.", "2022-06-06")
    assert primary.location is not None and primary.location.name == "Kagoro"


# ----------------------------------------------------------- the toll of an attack told with a light verb

@pytest.mark.parametrize("text, deaths", [
    ("Militants launched an attack on a police post in Kunar province on Monday, killing five officers.", 5),
    ("The air force carried out strikes on rebel camps in North Darfur, killing 14 fighters, a week after "
     "the rebels shelled the city of El Fasher.", 14),
    ("Al Shabaab staged an ambush on an army convoy near Baidoa, killing seven soldiers.", 7),
])
def test_a_toll_told_after_a_light_verb_is_the_attacks(pipeline, text, deaths):
    primary = _primary(pipeline, text, "2024-01-18")
    assert primary.plover["type"] == "ASSAULT" and primary.fatalities == deaths
    assert not [e for e in _coded(pipeline, text, "2024-01-18") if e.trigger.text == "killing"]


# ------------------------------------------------------------------ a part of the dead is not the toll

def test_those_named_among_the_dead_are_not_the_toll(pipeline):
    text = ("Jets bombed a market in the town of Kafr Nabl on Sunday, killing at least 23 people, rescuers "
            "said. The dead were all civilians, among them six children and two nurses.")
    assert _primary(pipeline, text, "2019-05-06").fatalities == 23


def test_the_dead_counted_as_a_whole_are_still_the_toll(pipeline):
    text = "A bomb exploded at a bus station in the city of Quetta on Friday. The dead were 12 travellers, " \
           "including three women."
    assert _primary(pipeline, text, "2019-05-06").fatalities == 12


def test_an_early_event_is_the_story_when_the_story_dates_nothing_newer(pipeline):
    """Told in May with no day of its own, the sanctions "in October" are all the story has."""
    text = ("Canada imposed sanctions on Myanmar's generals in October. Ottawa froze the assets of 12 "
            "officers and banned them from entering the country.")
    assert _primary(pipeline, text, "2021-05-04").trigger.text == "sanctions"
