"""Round places22: where and when misreadings of news in general (issue #6).

Each construction is checked with several sentences of our own in different wordings: a weekend told
with the day of its report ("over the weekend, the ministry said on Monday")."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str, published: str | None = None):  # noqa: ANN001, ANN202
    events = pipeline.code(document_from_text(text, doc_id="places22", published=published))
    primary = next((e for e in events if e.primary), None)
    assert primary is not None, "no event"
    return primary


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Gunmen killed 12 villagers over the weekend, the ministry said on Monday.", "2020-03-10", "2020-03-07"),
    ("Security forces killed 12 militants in raids over the weekend, the army said on Monday.", "2020-03-10",
     "2020-03-07"),
    ("Rebels attacked two villages at the weekend, killing nine people, local officials said on Tuesday.",
     "2020-03-11", "2020-03-07"),
    ("Police arrested 40 protesters during the weekend, officials said on Monday.", "2020-05-05",
     "2020-05-02"),
])
def test_weekend_before_report_day(pipeline, text, published, day):
    """A weekend told with the report's day is the Saturday before that day, at day precision."""
    when = _primary(pipeline, text, published).date
    assert (when.value, when.precision) == (day, "day")


@pytest.mark.parametrize(("text", "published"), [
    ("Over the weekend, militants killed four soldiers in the north, the army said.", "2020-03-10"),
    ("Protesters clashed with police over the weekend in the capital.", "2020-03-10"),
])
def test_weekend_without_report_day_keeps_month(pipeline, text, published):
    """With no report day the weekend is known only to its month."""
    when = _primary(pipeline, text, published).date
    assert (when.value, when.precision) == ("2020-03", "month")


@pytest.fixture(scope="module")
def geo():  # noqa: ANN201
    from chronica.geo import Geocoder

    return Geocoder()


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("Two people were killed in a clash in Cox's Bazar on Sunday.", "Cox's Bazar", "BGD"),
    ("Police arrested five men in a camp in Cox's Bazar district.", "Cox's Bazar", "BGD"),
    ("Refugees protested in Cox’s Bazar on Monday against food cuts.", "Cox’s Bazar", "BGD"),
    ("Police in King's Lynn arrested two men on Monday.", "King's Lynn", "GBR"),
])
def test_possessive_inside_a_place_name(geo, nlp, text, name, iso3):
    """A glued "'s" inside a name the gazetteer knows whole is part of the name."""
    hits = [(p.text, p.country) for p in geo.places(nlp(text), adjectives=False)]
    assert (name, iso3) in hits


@pytest.mark.parametrize(("text", "names"), [
    ("Putin's Russia attacked Ukraine's Kharkiv region.", {"Russia", "Ukraine", "Kharkiv"}),
    ("Britain's London police arrested two men.", {"Britain", "London"}),
])
def test_possessive_of_a_person_or_country_splits(geo, nlp, text, names):
    """A possessive of a person or a country before a place leaves the names apart."""
    assert {p.text for p in geo.places(nlp(text), adjectives=False)} == names


@pytest.mark.parametrize(("text", "city", "admin1"), [
    ("Protesters gathered in Matam, a suburb of Conakry, on Monday.", "Conakry", "Conakry"),
    ("Security forces shot dead a protester in Bambeto, a neighbourhood of Conakry, on Wednesday.",
     "Conakry", "Conakry"),
    # slums the gazetteer does not know (Mathare and Kibera are known towns since geo62)
    ("Gunmen killed two people in Mukuru, a slum in Nairobi, on Sunday.", "Nairobi", "Nairobi"),
    ("Police clashed with youths in Githurai, a slum of Nairobi, on Tuesday.", "Nairobi", "Nairobi"),
])
def test_unknown_part_of_a_city_is_near_the_city(pipeline, text, city, admin1):
    """An unknown suburb of a city named like its region is placed at the city, precision 2."""
    place = _primary(pipeline, text, "2020-03-10").location
    assert (place.name, place.admin1, place.precision) == (city, admin1, 2)


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Militia attacked Lubero, a town in North Kivu province, killing six.", "Lubero", "Nord-Kivu"),
    ("Rebels stormed Lubero, a small town in North Kivu, on Sunday and killed six civilians.", "Lubero",
     "Nord-Kivu"),
    ("Gunmen raided Batsari, a town in Katsina state, killing three people.", "Batsari", "Katsina"),
    ("Soldiers clashed with militiamen near Butembo, a city in North Kivu province, on Tuesday.", "Butembo",
     "Nord-Kivu"),
])
def test_known_town_told_with_its_region(pipeline, text, town, admin1):
    """A known town an act names as its object, told as "a town in" a region, is the place."""
    place = _primary(pipeline, text, "2020-03-10").location
    assert (place.name, place.admin1, place.precision) == (town, admin1, 1)


@pytest.mark.parametrize(("text", "admin1"), [
    ("Gunmen attacked Kwali, a village in Niger state, killing four.", "Niger"),
    ("Jihadists overran Kamituga, a mining town in South Kivu, on Sunday.", "Sud-Kivu"),
])
def test_unknown_or_pointless_town_keeps_its_region(pipeline, text, admin1):
    """A town the gazetteer lacks (or knows with no point of its own) leaves the event at its region."""
    place = _primary(pipeline, text, "2020-03-10").location
    assert (place.admin1, place.precision) == (admin1, 3)


@pytest.mark.parametrize(("text", "city"), [
    ("HYDERABAD: Police arrested 12 men after a clash in Shadnagar on Sunday.", "Hyderabad"),
    ("HYDERABAD: Two people were killed when a mob attacked a police team near Shadnagar, 50 km from the "
     "city, on Monday.", "Hyderabad"),
    ("NAIROBI: Police shot dead two protesters in Githurai, 20 km from the capital, on Monday.", "Nairobi"),
])
def test_dateline_for_an_unknown_town_is_only_near(pipeline, text, city):
    """A dateline city stands in for a town of the lede the gazetteer lacks only as a nearby town."""
    place = _primary(pipeline, text, "2020-03-10").location
    assert (place.name, place.precision) == (city, 2)


@pytest.mark.parametrize(("text", "town"), [
    ("HYDERABAD: Two people were killed when a mob attacked a police team near Shamshabad, 30 km from the "
     "city, on Monday.", "Shamshabad"),
    ("LAHORE, March 9: Gunmen killed three people in Kasur, some 50 km from the city, on Sunday.", "Kasur"),
    ("LONDON: Police arrested 20 protesters near Parliament on Monday.", "London"),
    ("BEIRUT: Protesters gathered in Martyrs Square on Monday.", "Beirut"),
])
def test_known_lede_town_or_city_venue_keeps_the_town(pipeline, text, town):
    """A known town of the lede beats the dateline; a venue of the dateline city leaves it exact."""
    place = _primary(pipeline, text, "2020-03-10").location
    assert (place.name, place.precision) == (town, 1)


@pytest.mark.parametrize(("text", "iso3", "town"), [
    ("Students rallied in Dhaka against the killing of a student who had studied in Assam.", "BGD", "Dhaka"),
    ("Police arrested 20 activists in Dhaka on Monday after a protest against a dam in Assam.", "BGD",
     "Dhaka"),
    ("Nepali police arrested ten smugglers in Birgunj on Monday who had brought goods from Bihar.", "NPL",
     None),
    ("Police arrested 20 activists in Sylhet on Monday after they protested against a visit by India's "
     "prime minister.", "BGD", "Sylhet"),
    ("Tamil fishermen protested in Jaffna against trawlers from Tamil Nadu.", "LKA", "Jaffna"),
])
def test_story_country_holds_against_a_neighbour_named_in_passing(pipeline, text, iso3, town):
    """A place of the neighbour told in passing does not pull the story's own town abroad."""
    place = _primary(pipeline, text, "2020-03-10").location
    assert place.country == iso3
    if town is not None:
        assert place.name == town
