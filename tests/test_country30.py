"""The event's country where the story's places mislead (round country30).

The stories set F (data/places_stories_f.yaml) is read by test_places_stories.py; the snippets below test
each fix of this round with texts of our own, each beside a control where the rule must not fire: towns of
Lebanon that cities500 lacks (suburbs of Beirut and Tripoli, towns of the Bekaa and of the border) listed in
aliases.yaml; a town named with its Arabic article ("in el Mina") that is larger than the bare name's towns;
a name the tagger reads as a person listed right after a place ("in Tripoli and Akkar"); the people of the
Dominican Republic ("Dominican police"); a bare capital's dateline that votes as the capital in each round
("SANTO DOMINGO - ... in Santiago"); and the place of what a verb of firing aimed at, not that of the doers
("militias in Iraq launched drones at the garrison in southern Syria")."""

from __future__ import annotations

import pytest
from test_places_stories import _fold


def _where(primary_of, text: str, published: str | None = "2021-06-01") -> tuple:  # noqa: ANN001
    """(country, folded region) of the primary event of one text; (None, None) when it is not placed."""
    event = primary_of(text, published)
    place = event.location if event is not None else None
    return (place.country, _fold(place.admin1)) if place is not None else (None, None)


@pytest.mark.parametrize(("text", "where"), [
    ("On 3 March 2021, rioters hurled stones at soldiers in Bohssas.", ("LBN", "north")),
    ("On 3 March 2021, protesters blocked the highway in Zouk Mosbeh with burning tyres.",
     ("LBN", "mount lebanon")),
    ("On 3 March 2021, protesters blocked the Chtaura-Masnaa road with burning tyres.", ("LBN", "bekaa")),
    ("On 3 March 2021, truck drivers blocked the coastal road in Khaldeh.", ("LBN", "mount lebanon")),
    ("On 3 March 2021, residents of Bebnine blocked the road to protest power cuts.", ("LBN", "akkar")),
    ("Police fired tear gas at protesters in Beddawi, north of Tripoli, on Sunday.", ("LBN", "north")),
    ("On 3 March 2021, Israeli soldiers fired flares near Kfarkela.", ("LBN", "nabatiye")),
    # controls: a namesake elsewhere keeps its own country where the story says so
    ("Syrian troops shelled the town of Houla in Homs province on Monday.", ("SYR", "homs")),
    ("Gunmen killed two soldiers in Al Marj in eastern Libya on Monday.", ("LBY", "al marj")),
])
def test_towns_of_lebanon_cities500_lacks(primary_of, text, where):
    """Towns of Lebanon the news names and cities500 lacks are towns of their region, not unplaced."""
    assert _where(primary_of, text) == where


@pytest.mark.parametrize(("text", "where"), [
    ("On 3 March 2021, protesters held a sit-in outside the Serail in el Mina.", ("LBN", "north")),
    ("Clashes between two families broke out in el Hermel on Friday.", ("LBN", "baalbek hermel")),
    # control: the bare name, told with its state, is the town of Mexico
    ("On 3 March 2021, residents blocked the main road in Mina, Nuevo Leon, demanding water.",
     ("MEX", "nuevo leon")),
])
def test_a_town_named_with_its_article(primary_of, text, where):
    """"in el Mina" is the town of that whole name when it is larger than every town the bare name is."""
    assert _where(primary_of, text) == where


@pytest.mark.parametrize(("text", "country"), [
    ("On 3 March 2021, residents of Tripoli and Akkar blocked the highway with burning tyres.", "LBN"),
    ("Fighting raged in Tripoli and Gharyan on Sunday, killing 12 fighters.", "LBY"),
    # controls: a person after "and" is no place; the place before keeps its sense
    ("LNA forces shelled Tripoli and Haftar vowed on Sunday to take the capital.", "LBY"),
    ("Police in Kano and Sanusi's supporters clashed on Friday.", "NGA"),
])
def test_a_name_listed_after_a_place(primary_of, text, country):
    """A name the tagger read as a person, listed right after a place and with a sense in a country of
    that place, is a place too and votes for the story's country."""
    assert _where(primary_of, text)[0] == country


@pytest.mark.parametrize(("text", "country"), [
    ("Dominican police shot dead two suspected robbers in Santiago on Tuesday.", "DOM"),
    ("SANTO DOMINGO - Police shot dead two suspected robbers in Santiago on Tuesday.", "DOM"),
    # controls: Chile's capital, by its dateline or its people
    ("SANTIAGO - Police fired tear gas at students in Valparaiso on Thursday.", "CHL"),
    ("Chilean police fired tear gas at students in Santiago on Thursday.", "CHL"),
])
def test_santiago_of_the_dominican_republic(primary_of, text, country):
    """"Dominican" is the Dominican Republic's people, and a bare dateline of a capital votes as that
    capital from the first round, so a shared name beside it is its country's."""
    assert _where(primary_of, text)[0] == country


@pytest.mark.parametrize(("text", "country"), [
    ("Iranian-backed militias in Iraq launched drones at the Al Tanf garrison in southern Syria.", "SYR"),
    ("Rebels in Congo fired mortars on a village in Uganda, killing two.", "UGA"),
    # controls: the doers' place stays when the act names no place of its own
    ("Militants in Gaza fired rockets at Sderot on Monday.", "ISR"),
    ("Kenyan police in Nairobi fired tear gas at protesters on Monday.", "KEN"),
])
def test_the_place_aimed_at(primary_of, text, country):
    """A place of what a verb of firing or striking aimed at is the act's place, not the doers'."""
    assert _where(primary_of, text)[0] == country
