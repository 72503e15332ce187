"""Old deeds and today's acts (round olddates53): a year, or a named day, that modifies the noun of a
deed ("the 2005 murder", "A 2016 shooting", "the 2004 train bombings", "the September 11 attacks") dates that
deed, and no other act of the sentence unless told as its time ("in the 1967 war"), and is never a death
toll; a count back ("ten years since", "six years after", "the 31st anniversary of") dates the deed of the
clause it opens, from the story's year, and not the act of the main clause; a past date inside a clause that
describes an actor ("Hamas, which took control of Gaza in 2007, released ...") is not the date of today's
act, nor is the place of such a clause about another noun its place. Sentences written for the test,
published 2025-05-10 (a Saturday), each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text
from chronica.when import find_dates

PUBLISHED = "2025-05-10"


def _event(pipeline, text: str, word: str, published: str = PUBLISHED):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="olddates53", published=published))
                if e.trigger.text == word)


def _date(event) -> tuple[str | None, str | None]:
    return event.date.value, event.date.basis


# 1. a year that modifies the noun of a deed dates that deed, and is no toll
@pytest.mark.parametrize("text, word, value, dead", [
    ("The 2005 murder of a shopkeeper in Leeds remains unsolved.", "murder", "2005", None),
    ("The 1999 killing of a priest in Kosovo was never solved.", "killing", "1999", None),
    ("The 1994 genocide in Rwanda, in which 800,000 people were killed, shaped the region's politics.",
     "genocide", "1994", 800000),
    ("A 2016 shooting at a nightclub in Orlando killed 49 people.", "shooting", "2016", 49),
    ("Police reopened the investigation on Monday into the 1998 killing of a teenager in Omagh.", "killing",
     "1998", None),
    ("The suspect was arrested in Madrid on Wednesday for the 2004 train bombings that killed 191 people.",
     "bombings", "2004", 191),
    # variants
    ("The 2011 assassination of a judge in Peshawar was never solved.", "assassination", "2011", None),
    ("A 2017 bombing at a concert in Manchester killed 22 people.", "bombing", "2017", 22),
    ("Prosecutors charged two men on Tuesday over the 2013 massacre of villagers in Benue.", "massacre",
     "2013", None),
    ("Police arrested a suspect on Thursday for the 2020 kidnapping of a schoolboy in Kaduna.", "kidnapping",
     "2020", None),
    ("The 2008 shooting at a school in Finland left ten people dead.", "shooting", "2008", 10),
    ("Survivors of the 2019 Easter bombings held a vigil in Colombo on Sunday.", "bombings", "2019", None),
])
def test_year_of_a_deed(pipeline, text: str, word: str, value: str, dead: int | None) -> None:
    event = _event(pipeline, text, word)
    assert _date(event) == (value, "text")
    assert event.fatalities == dead


@pytest.mark.parametrize("text, word, value", [
    # the other acts of the sentence keep their own day, or the story's
    ("Police reopened the investigation on Monday into the 1998 killing of a teenager in Omagh.",
     "investigation", "2025-05-05"),
    ("The suspect was arrested in Madrid on Wednesday for the 2004 train bombings that killed 191 people.",
     "arrested", "2025-05-07"),
    ("Survivors of the 2019 Easter bombings held a vigil in Colombo on Sunday.", "vigil", "2025-05-04"),
    ("Prosecutors charged two men on Tuesday over the 2013 massacre of villagers in Benue.", "charged",
     "2025-05-06"),
    ("Police detained at least six people in Hong Kong on Wednesday on the anniversary of the 1989 crackdown "
     "on pro-democracy protesters in Beijing.", "detained", "2025-05-07"),
    # controls: a deed told as the act's time dates it; a year told with a cue; counts after a cue
    ("Israel captured East Jerusalem in the 1967 war.", "captured", "1967"),
    ("Gunmen killed 147 students at Garissa University in April 2015.", "killed", "2015-04"),
    ("Militants attacked a police post in Garissa on Friday, killing three officers.", "attacked",
     "2025-05-09"),
    ("A crowd of 2000 demonstrators marched in Accra on Monday.", "marched", "2025-05-05"),
    ("Officials said the blast damaged windows in 2000 homes on Monday.", "blast", "2025-05-05"),
])
def test_year_of_a_deed_not_the_others(pipeline, text: str, word: str, value: str) -> None:
    assert _event(pipeline, text, word).date.value == value


def test_vigil_for_an_old_crackdown(pipeline) -> None:
    """The vigil of a story published on 12 July is not dated 1989."""
    text = ("Hundreds of people held a candlelight vigil in Hong Kong's Victoria Park to mark the "
            "anniversary of the 1989 Tiananmen crackdown.")
    event = _event(pipeline, text, "vigil", "2025-07-12")
    assert _date(event) == ("2025-07-12", "published")


@pytest.mark.parametrize("text, word, dead, size", [
    # controls: counts stay counts
    ("The 2016 coup attempt in Turkey killed 251 people.", "killed", 251, None),
    ("The 1900 students marched through Nairobi on Monday.", "marched", None, 1900),
    ("Northern Ireland marked the 50th anniversary of Bloody Sunday, when British soldiers shot dead 13 "
     "civil rights marchers in Derry in 1972.", "shot dead", 13, None),
])
def test_counts_stay(pipeline, text: str, word: str, dead: int | None, size: int | None) -> None:
    event = _event(pipeline, text, word)
    assert (event.fatalities, event.size) == (dead, size)


# 2. a count back dates the deed of its clause from the story's year
@pytest.mark.parametrize("text, word, value", [
    ("Relatives marked ten years on Friday since gunmen killed 147 students at Garissa University.", "killed",
     "2015"),
    ("Families gathered in Christchurch on Saturday, six years after a gunman killed 51 worshippers at two "
     "mosques.", "killed", "2019"),
    # variants
    ("Mourners gathered in London on Sunday, 20 years after suicide bombers killed 52 people on the city's "
     "transport network.", "killed", "2005"),
    ("Survivors marked 30 years since soldiers massacred 8,000 men at Srebrenica.", "massacred", "1995"),
    ("It has been five years since gunmen abducted 300 schoolboys in Kankara.", "abducted", "2020"),
    ("Rwandans marked the 31st anniversary of the genocide on Monday.", "genocide", "1994"),
])
def test_counted_back(pipeline, text: str, word: str, value: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.date.value, event.date.precision, event.date.basis) == (value, "year", "relative")


@pytest.mark.parametrize("text, word, value", [
    # controls: a year the text states wins; "ten years in prison after" counts no time back
    ("Northern Ireland marked the 50th anniversary of Bloody Sunday, when British soldiers shot dead 13 "
     "civil rights marchers in Derry in 1972.", "shot dead", "1972"),
    ("He was sentenced on Monday to ten years in prison after he killed two people in Lagos.", "killed",
     "2025-05-05"),
    ("He was sentenced on Monday to ten years in prison after he killed two people in Lagos.", "sentenced",
     "2025-05-05"),
])
def test_counted_back_controls(pipeline, text: str, word: str, value: str) -> None:
    assert _event(pipeline, text, word).date.value == value


# 3. a day that names a deed
@pytest.mark.parametrize("text, word, value", [
    ("Americans remembered on Thursday those killed in the September 11 attacks.", "attacks", "2001-09-11"),
    # variants
    ("Prosecutors charged a man on Monday with helping plan the October 7 attack on Israel.", "attack",
     "2023-10-07"),
    ("A memorial to victims of the 9/11 attacks was vandalised in New York on Tuesday.", "attacks",
     "2001-09-11"),
    # controls: the other acts keep their day; a day of no named deed is the latest such day
    ("Prosecutors charged a man on Monday with helping plan the October 7 attack on Israel.", "charged",
     "2025-05-05"),
    ("A memorial to victims of the 9/11 attacks was vandalised in New York on Tuesday.", "vandalised",
     "2025-05-06"),
    ("Rebels attacked the town on October 7, killing four soldiers.", "attacked", "2024-10-07"),
])
def test_named_day(pipeline, text: str, word: str, value: str) -> None:
    assert _event(pipeline, text, word).date.value == value


@pytest.mark.parametrize("text, published, values", [
    ("the September 11 attacks", PUBLISHED, ["2001-09-11"]),
    ("Protesters will march on September 11 in Santiago.", PUBLISHED, ["2025-09-11"]),
    ("the October 7 attack", "2023-05-01", ["2022-10-07"]),  # a story before that day: the usual reading
    ("the 2000 people killed in attacks", PUBLISHED, []),
    ("a crowd of 2000 demonstrators", PUBLISHED, []),
    ("for the 2004 train bombings", PUBLISHED, ["2004"]),
])
def test_find_dates(text: str, published: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(text, published)] == values


# 4. a past date in a clause that describes an actor is not today's act's, nor its place
@pytest.mark.parametrize("text, word, value, where", [
    ("Hamas, which took control of Gaza in 2007, released four hostages on Saturday.", "released",
     "2025-05-10", "Gaza Strip"),
    ("The Rapid Support Forces, accused of genocide in Darfur in 2003, shelled El Fasher on Friday.",
     "shelled", "2025-05-09", "El Fasher"),
    ("Nigerian troops arrested 12 members of Boko Haram, the group that abducted 276 schoolgirls from "
     "Chibok in 2014, on Monday.", "arrested", "2025-05-05", "Nigeria"),
    # variants
    ("Al-Shabaab, which killed 148 people at Garissa University in 2015, attacked a military base in "
     "Somalia on Tuesday.", "attacked", "2025-05-06", "Somalia"),
    ("The Taliban, who seized power in 2021, detained two journalists in Kabul.", "detained", "2025-05-10",
     "Kabul"),
    ("Soldiers arrested three members of ISWAP, the faction that split from Boko Haram in 2016, on Friday.",
     "arrested", "2025-05-09", "Nigeria"),
    # controls: the clause's own act keeps its date; a day in a relative clause still dates the act
    ("Hamas, which took control of Gaza in 2007, released four hostages on Saturday.", "took control", "2007",
     "Gaza Strip"),
    ("Nigerian troops arrested 12 members of Boko Haram, the group that abducted 276 schoolgirls from "
     "Chibok in 2014, on Monday.", "abducted", "2014", "Chibok"),
    ("The Taliban, who seized power in August 2021, on Monday banned women from working for aid groups.",
     "banned", "2025-05-05", "Afghanistan"),
    ("The Taliban, who seized power in August 2021, on Monday banned women from working for aid groups.",
     "seized power", "2021-08", "Afghanistan"),
    ("Police arrested a man who stabbed two people in Leeds on Friday.", "arrested", "2025-05-09", "Leeds"),
])
def test_aside_of_an_actor(pipeline, text: str, word: str, value: str, where: str) -> None:
    event = _event(pipeline, text, word)
    assert event.date.value == value
    assert event.location is not None and event.location.name == where
