"""Round places25: where misreadings found by a set of stories of our own (issue #6).

Each construction is checked with several sentences of our own in different wordings: a district of a
province named like its capital, a name after a country's possessive, a place in the phrase of who said
it, the land of a country ("the mountains of northern Iraq"), a sports team named after a town, a
former province, and a strike by one state's forces on an armed group at home across a border."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _place(pipeline, text: str):  # noqa: ANN001, ANN202
    events = pipeline.code(document_from_text(text, doc_id="places25", published="2021-06-15"))
    primary = next((e for e in events if e.primary), None)
    assert primary is not None, "no event"
    return primary.location


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("Rebels attacked army positions in the Hays district of Hodeidah province on Monday, killing four.",
     "YEM", "Al Hudaydah"),
    ("Houthi fighters shelled the Khokha district of Hodeidah province on Sunday, wounding three.",
     "YEM", "Al Hudaydah"),
    ("Coalition jets bombed a farm in the Hays district of Hodeidah governorate, killing two farmers.",
     "YEM", "Al Hudaydah"),
])
def test_district_of_a_province_named_like_its_capital(pipeline, text, country, admin1):
    """"The X district of Y province", Y known only as the town that names its region: X lies in Y's
    region, not in a namesake abroad."""
    place = _place(pipeline, text)
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("DAKAR, Senegal - Jihadists killed 12 villagers in northern Burkina Faso's Soum province on Sunday.",
     "BFA", "Sahel"),
    ("DAKAR - Gunmen killed four soldiers in Burkina Faso's northern Soum province on Sunday.",
     "BFA", "Sahel"),
    ("Senegalese media said militants ambushed a convoy in Burkina Faso's Soum province, killing six.",
     "BFA", "Sahel"),
])
def test_name_after_a_countrys_possessive_is_in_that_country(pipeline, text, country, admin1):
    """A name after "Country's" is a place of that country, whatever namesake the dateline's country has."""
    place = _place(pipeline, text)
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize(("text", "country"), [
    ("Turkish warplanes bombed suspected rebel hideouts in the mountains of northern Iraq on Friday, "
     "the defence ministry in Ankara said.", "IRQ"),
    ("Troops killed four militants in the hills of southern Afghanistan on Monday, officials in "
     "Islamabad said.", "AFG"),
    ("Soldiers clashed with smugglers in the desert of northern Niger on Friday, a spokesman in Paris said.",
     "NER"),
])
def test_land_of_a_country_beats_the_speakers_town(pipeline, text, country):
    """"In the mountains of northern Iraq" is where the deed was; "the ministry in Ankara said" is where
    the speaker sits."""
    assert _place(pipeline, text).country == country


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("Police arrested 14 people after fans of the Boston Bruins clashed with local supporters outside the "
     "arena in Vancouver on Saturday.", "CAN", "British Columbia"),
    ("Fans of the Boston Bruins threw bottles at police in Vancouver after the final on Wednesday.",
     "CAN", "British Columbia"),
    ("Police arrested 12 Chicago Bulls fans who fought with security guards in Toronto on Friday.",
     "CAN", "Ontario"),
])
def test_team_named_after_a_town_is_no_place(pipeline, text, country, admin1):
    """A sports team named after a town ("the Boston Bruins") does not pull the story's town to that
    town's country."""
    place = _place(pipeline, text)
    assert (place.country, place.admin1) == (country, admin1)


def test_town_before_a_plural_name_outside_sport_stays(pipeline):
    """Without words of sport, a town's name before a capitalised plural is still the town."""
    assert _place(pipeline, "Militias clashed with the Tripoli Brigades in Tripoli on Monday, killing four."
                  ).country == "LBY"


@pytest.mark.parametrize("text", [
    "Rebels attacked an army post in Oriental province on Sunday, killing four soldiers, a Congolese "
    "army spokesman said.",
    "LRA rebels killed 12 villagers in Congo's Orientale province last week, the UN said.",
    "Militia fighters attacked a gold mine in Province Orientale on Sunday, killing seven.",
])
def test_former_congolese_province(pipeline, text):
    """The DR Congo's former Orientale province (split in 2015) is placed in the DR Congo, not in
    Morocco's Oriental region."""
    assert _place(pipeline, text).country == "COD"


def test_moroccan_oriental_region_stays(pipeline):
    """Morocco's own Oriental region, in a Moroccan story, stays Morocco's."""
    text = "Moroccan police dispersed a protest by unemployed graduates in the Oriental region on Monday."
    assert _place(pipeline, text).country == "MAR"


@pytest.mark.parametrize(("text", "country"), [
    ("Israeli jets struck Hezbollah positions overnight, the Israeli military said.", "LBN"),
    ("Israeli drones hit Hezbollah weapons depots on Tuesday, the army said.", "LBN"),
    ("American drones struck al-Shabaab fighters on Tuesday, the Pentagon said.", "SOM"),
])
def test_strike_on_an_armed_group_at_home(pipeline, text, country):
    """A strike by one state's forces on an armed group of another country, with no place named, is in
    the group's country."""
    assert _place(pipeline, text).country == country


@pytest.mark.parametrize(("text", "country"), [
    ("Ukrainian drones struck Russian positions overnight, the army said.", "UKR"),
    ("Nigerian jets bombed Boko Haram camps on Friday.", "NGA"),
])
def test_strike_on_a_state_army_or_at_home_is_not_moved(pipeline, text, country):
    """A strike on another state's army, or on a group of the striker's own country, is not moved."""
    assert _place(pipeline, text).country == country
