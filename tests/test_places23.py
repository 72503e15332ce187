"""Round places23: where misreadings of news in general (issue #6).

Each construction is checked with several sentences of our own in different wordings: former country
names read by the story's date, a part of a city named before the city, a border crossing or a
village the gazetteer lacks, and the neighbour named after "the frontier with"."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str, published: str | None = "2020-03-10"):  # noqa: ANN001, ANN202
    events = pipeline.code(document_from_text(text, doc_id="places23", published=published))
    primary = next((e for e in events if e.primary), None)
    assert primary is not None, "no event"
    return primary


@pytest.mark.parametrize(("text", "published", "country"), [
    ("Soldiers killed five refugees in a camp in Zaire on Monday.", "1994-08-10", "COD"),
    ("Rwandan troops crossed into eastern Zaire and attacked refugee camps.", "1996-11-10", "COD"),
    ("On 12 June 1994, soldiers killed five refugees in a camp in Zaire.", None, "COD"),
    ("Rebels attacked an army post in Ceylon, killing four soldiers.", "1970-05-10", "LKA"),
    ("Soldiers killed six civilians in Upper Volta.", "1980-05-10", "BFA"),
    ("Guerrillas killed two farmers in Rhodesia on Sunday.", "1977-05-10", "ZWE"),
    ("Police arrested 30 students in Dahomey on Monday.", "1968-05-10", "BEN"),
    ("Vietnamese troops shelled rebel positions in Kampuchea.", "1985-05-10", "KHM"),
    ("Police fired tear gas at protesters in Swaziland on Monday.", "2015-05-10", "SWZ"),
])
def test_former_country_name_in_its_time(pipeline, text, published, country):
    """A former name of a country, in a story of its time, is that country (today's code)."""
    place = _primary(pipeline, text, published).location
    assert (place.country, place.precision) == (country, 4)


@pytest.mark.parametrize(("text", "published", "country", "admin1"), [
    ("Police arrested ten separatists in Zaire province on Monday.", "2020-03-10", "AGO", "Zaire"),
    ("Militia killed 12 people in Tanganyika on Monday.", "2020-03-10", "COD", "Tanganyika"),
    ("On 3 May 2020, militia killed 12 people in Tanganyika.", None, "COD", "Tanganyika"),
    ("On 3 May 2020, police fired tear gas at protesters in Formosa.", None, "ARG", "Formosa"),
    ("Police shot dead a man in Gold Coast on Monday.", "2020-03-10", "AUS", "Queensland"),
])
def test_former_country_name_later_is_its_namesake(pipeline, text, published, country, admin1):
    """After a country dropped a name, a region or town that bears it is the place."""
    place = _primary(pipeline, text, published).location
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize(("text", "admin1", "name"), [
    ("Police shot dead two people in the Mukuru slum of Nairobi on Monday.", "Nairobi", "Nairobi"),
    ("Police clashed with protesters in the Githurai slum in Nairobi.", "Nairobi", "Nairobi"),
    ("Gunmen killed three traders in the Eastleigh district of Nairobi on Monday.", "Nairobi", "Nairobi"),
    ("Soldiers raided the Shatila refugee camp in Beirut, killing two men.", "Beirut", "Beirut"),
    ("Soldiers raided the Shatila camp in Beirut, killing two men.", "Beirut", "Beirut"),
    ("Police shot dead a man in the Mamelodi township of Pretoria.", "Gauteng", "Pretoria"),
])
def test_unknown_part_of_a_city_is_near_the_city(pipeline, text, admin1, name):
    """A slum, camp, township or district of a city, unknown to the gazetteer, puts the event near
    the city: the city's point at precision 2."""
    place = _primary(pipeline, text).location
    assert (place.admin1, place.name, place.precision) == (admin1, name, 2)


@pytest.mark.parametrize("text", [
    "Police shot dead two people in Nairobi on Monday.",
    "Soldiers raided a camp in Beirut, killing two men.",
])
def test_city_itself_keeps_town_precision(pipeline, text):
    """The city named with no part of it stays the town at precision 1."""
    assert _primary(pipeline, text).location.precision == 1


def test_known_part_of_a_city_is_itself(pipeline):
    """A part the gazetteer knows in the city's region is the place ("Soweto township")."""
    place = _primary(pipeline, "Police fired tear gas in Soweto township in Johannesburg on Monday.").location
    assert (place.name, place.admin1, place.precision) == ("Soweto", "Gauteng", 1)


@pytest.mark.parametrize(("text", "country"), [
    ("Border guards shot dead two smugglers at the Xyzapole border crossing on Monday, Bangladeshi "
     "officials said.", "BGD"),
    ("Indian police arrested 15 people at the Qorvant border post on Monday.", "IND"),
    ("Nigerian customs officers seized 300 bags of rice at the Brelika border post on Monday.", "NGA"),
    ("Kenyan police arrested 12 Somali nationals at the Liboi border point on Tuesday.", "KEN"),
])
def test_unknown_border_post_is_the_story_country(pipeline, text, country):
    """A border crossing, post or point the gazetteer lacks is in the story's country."""
    place = _primary(pipeline, text).location
    assert (place.country, place.precision) == (country, 4)


@pytest.mark.parametrize(("text", "country"), [
    ("Soldiers killed two smugglers at the Qorvant border post on the frontier with Niger, the Malian "
     "army said.", "MLI"),
    ("Malian soldiers killed two smugglers near the frontier with Niger on Monday.", "MLI"),
    ("Mexican police arrested 30 migrants at a border crossing with Guatemala on Monday.", "MEX"),
    ("Nigerien troops killed 20 militants near the border with Mali on Monday.", "NER"),
])
def test_neighbour_after_frontier_with_is_not_where(pipeline, text, country):
    """The country after "the frontier with" or "a border crossing with" is the neighbour: the
    event is in the story's own country."""
    assert _primary(pipeline, text).location.country == country


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("Gunmen killed five people in the village of Blarnikot in Zamfara state on Monday.", "NGA", "Zamfara"),
    ("Gunmen killed five people in Blarnikot village, Kunduz province, on Monday.", "AFG", "Kunduz"),
    ("Gunmen killed five people in Blarnikot, a village in Kaduna state, on Monday.", "NGA", "Kaduna"),
    ("Gunmen killed five people in the village of Portavo in Cauca on Monday.", "COL", "Cauca"),
    ("Gunmen killed five people in Tarvaneh village of Zabul on Monday.", "AFG", "Zabul"),
])
def test_unknown_village_takes_its_region(pipeline, text, country, admin1):
    """A village the gazetteer lacks takes the region its sentence names, at region precision."""
    place = _primary(pipeline, text).location
    assert (place.country, place.admin1, place.precision) == (country, admin1, 3)


@pytest.mark.parametrize("text", [
    "Lebanese army troops deployed in Tripoli on Monday after protesters burned banks.",
    "Protesters blocked roads in Tripoli and Sidon on Monday against the collapse of the Lebanese pound.",
    "Soldiers fired rubber bullets at rioters in Tripoli, north Lebanon, on Monday.",
])
def test_tripoli_of_a_lebanese_story(pipeline, text):
    """Tripoli in a story about Lebanon is Lebanon's Tripoli."""
    assert _primary(pipeline, text).location.country == "LBN"
