"""Round places24: where misreadings of news in general (issue #6).

Each construction is checked with several sentences of our own in different wordings: a compass word
before a country ("south Lebanon"), a region's type word that says which country's region it is, former
names of regions, a landmark named after a far town, an everyday adjective opening a sentence before
people, and a city the code book divides between two countries."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _place(pipeline, text: str):  # noqa: ANN001, ANN202
    events = pipeline.code(document_from_text(text, doc_id="places24", published="2020-03-10"))
    primary = next((e for e in events if e.primary), None)
    assert primary is not None, "no event"
    return primary.location


@pytest.mark.parametrize("text", [
    "Israeli strikes on the town of Khiam in south Lebanon killed three people on Monday.",
    "An Israeli drone hit a motorbike in south Lebanon on Monday, killing one man.",
    "Israeli artillery shelled farmland in south Lebanon, local media said.",
    "Police fired tear gas at protesters in north Lebanon on Monday.",
])
def test_compass_word_before_a_country_is_that_country(pipeline, text):
    """A lower-case compass word before a country names part of it, not a town called "South
    Lebanon" abroad."""
    assert _place(pipeline, text).country == "LBN"


def test_compass_town_written_as_its_name_stays(pipeline):
    """The town whose own name starts with the compass word, written so, is still that town."""
    place = _place(pipeline, "Police arrested 12 protesters in South Lebanon, Ohio on Monday.")
    assert (place.country, place.admin1) == ("USA", "Ohio")


@pytest.mark.parametrize(("text", "country"), [
    ("Police dispersed protesters in the Los Rios region on Monday.", "CHL"),
    ("Arsonists burned three trucks in Los Rios region on Monday.", "CHL"),
    ("Police arrested ten protesters in Babahoyo, Los Rios province.", "ECU"),
])
def test_type_word_says_whose_region(pipeline, text, country):
    """Of two countries' regions of one name, the type word after it picks the one called so ("the Los
    Rios region" is Chile's; Ecuador's is a province)."""
    place = _place(pipeline, text)
    assert (place.country, place.admin1) == (country, "Los Rios")


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("Gunmen killed four policemen in North-West Frontier Province on Monday.", "PAK", "Khyber Pakhtunkhwa"),
    ("Taliban militants attacked a checkpoint in Pakistan's North West Frontier Province, killing two.",
     "PAK", "Khyber Pakhtunkhwa"),
    ("Militants killed two soldiers in the Federally Administered Tribal Areas on Monday.",
     "PAK", "Khyber Pakhtunkhwa"),
    ("Maoist rebels killed three policemen in Orissa on Monday.", "IND", "Odisha"),
    ("Police arrested 20 protesters in Uttaranchal on Monday.", "IND", "Uttarakhand"),
])
def test_former_region_name_is_todays_region(pipeline, text, country, admin1):
    """A region's former name, still written in news, is the region that bears or absorbed it."""
    place = _place(pipeline, text)
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize(("text", "admin1", "name"), [
    ("Gunmen attacked traders at the Kano market in Maiduguri, killing three.", "Borno", "Maiduguri"),
    ("Police fired tear gas at protesters at the Lagos bridge in Abuja on Monday.",
     "Federal Capital Territory", "Abuja"),
    ("Gunmen attacked traders at the Mombasa market in Nairobi on Monday.", "Nairobi", "Nairobi"),
    ("Traders protested at the Mombasa road roundabout in Nairobi on Monday.", "Nairobi", "Nairobi"),
])
def test_landmark_named_after_far_town_is_where_the_text_puts_it(pipeline, text, admin1, name):
    """A market, bridge or roundabout named after a town and placed in another town lies in that
    other town."""
    place = _place(pipeline, text)
    assert (place.admin1, place.name) == (admin1, name)


@pytest.mark.parametrize(("text", "admin1"), [
    ("Police dispersed traders at Kano market on Monday.", "Kano"),
    ("Protesters marched from the Tahrir square in Cairo on Monday.", "Cairo"),
])
def test_landmark_of_its_own_town_keeps_it(pipeline, text, admin1):
    """A landmark with no other place, or in the town it is named for, keeps that town."""
    assert _place(pipeline, text).admin1 == admin1


@pytest.mark.parametrize("text", [
    "Young men from Kibera blocked roads and burned tyres on Monday.",
    "Young women from Mathare marched to parliament on Monday.",
    "Early voters clashed with police on Monday.",
])
def test_adjective_opening_a_sentence_before_people_is_no_town(pipeline, text):
    """"Young men" are young, not men of Young, Uruguay; "Early voters" are not of Early, Texas."""
    place = _place(pipeline, text)
    assert place is None or place.country not in ("URY", "USA")


def test_town_before_its_men_is_still_the_town(pipeline):
    """A town's name (not an everyday adjective) before "men" still names the town."""
    place = _place(pipeline, "Richmond men were arrested after a brawl on Monday.")
    assert place is not None and place.name == "Richmond"


@pytest.mark.parametrize("text", [
    "Israeli settlers attacked a Palestinian man in the Silwan neighbourhood of Jerusalem on Monday.",
    "Israeli forces detained three Palestinians in the Old City of Jerusalem on Monday.",
    "Israeli police arrested five Palestinian youths in Jerusalem on Monday.",
    "Israeli forces raided a village north of Jerusalem and fired tear gas at Palestinians.",
])
def test_jerusalem_of_palestinians_is_east_jerusalem(pipeline, text):
    """Jerusalem in a story about Palestinians is East Jerusalem: the West Bank of the Palestinian
    territories, as the ACLED code book codes it."""
    place = _place(pipeline, text)
    assert (place.country, place.admin1) == ("PSE", "West Bank")


@pytest.mark.parametrize("text", [
    "Hundreds of Israelis protested outside parliament in Jerusalem on Monday.",
    "Ultra-Orthodox men clashed with police in Jerusalem on Monday.",
    "A Palestinian stabbed two Israelis in West Jerusalem on Monday.",
])
def test_jerusalem_otherwise_is_israel(pipeline, text):
    """With no Palestinians in the story, or its western part named, Jerusalem stays Israel's."""
    assert _place(pipeline, text).country == "ISR"
