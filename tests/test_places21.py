"""Round places21: where and when misreadings of news in general (issue #6).

Each construction is checked with several sentences of our own in different wordings: a region's type
word after a name that is also a country or a town ("in Niger state", "in Katsina state"); a sentence
after the event that only tells where it happened ("It happened in Kauru area"); an event told after
another that is a different one ("A similar attack happened ... last year"); an act told over a period
up to its report ("in the past week, the army said on Monday")."""

from __future__ import annotations

import pytest

from chronica.geo import Geocoder
from chronica.ingest import document_from_text


def _primary(pipeline, text: str, published: str | None = None):  # noqa: ANN001, ANN202
    events = pipeline.code(document_from_text(text, doc_id="places21", published=published))
    primary = next((e for e in events if e.primary), None)
    assert primary is not None, "no event"
    return primary


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder()


@pytest.mark.parametrize(("text", "name", "iso3", "admin1"), [
    ("Gunmen killed three farmers in Niger state on Monday.", "Niger", "NGA", "Niger"),
    ("Bandits abducted 12 travellers on a highway in Niger state.", "Niger", "NGA", "Niger"),
    ("Residents of Kwali, a village in Niger state, fled after the raid.", "Niger", "NGA", "Niger"),
    ("Thousands marched through towns in Mexico state on Sunday.", "Mexico", "MEX", "Mexico"),
    ("Gunmen attacked a village in Katsina state, and later struck near Batsari.", "Katsina", "NGA",
     "Katsina"),
])
def test_region_type_word_after_country_or_town(geo, nlp, text, name, iso3, admin1):
    """A lower-case region word after a name of a country or a town names the region."""
    hit = next(p for p in geo.places(nlp(text), adjectives=False) if p.text == name)
    assert (hit.country, hit.admin1, hit.precision) == (iso3, admin1, 3)


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("The Mexico state oil company reported a fire at a refinery.", "Mexico", "MEX"),
    ("Airstrikes hit Niger, officials in Niamey said.", "Niger", "NER"),
])
def test_type_word_on_a_noun_keeps_the_country(geo, nlp, text, name, iso3):
    """"state" qualifying a noun after it ("state oil company") says nothing of the name before it."""
    hit = next(p for p in geo.places(nlp(text), adjectives=False) if p.text == name)
    assert hit.country == iso3 and hit.precision == 4


@pytest.mark.parametrize(("text", "iso3", "admin1", "town"), [
    ("Gunmen killed three farmers in Niger state on Monday.", "NGA", "Niger", None),
    ("Gunmen attacked a village in Katsina state on Sunday, killing nine people. The attack took place "
     "in Batsari district, a police spokesman said.", "NGA", "Katsina", "Batsari"),
])
def test_event_in_typed_region(pipeline, text, iso3, admin1, town):
    place = _primary(pipeline, text).location
    assert (place.country, place.admin1) == (iso3, admin1)
    if town is not None:
        assert place.name == town


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Gunmen attacked a village in Kaduna state on Sunday, killing nine people. It happened in Kauru "
     "area, police said.", "Kauru", "Kaduna"),
    ("Gunmen killed nine villagers in Kaduna state on Sunday. The incident occurred in Kauru, police "
     "said.", "Kauru", "Kaduna"),
    ("Police arrested 30 protesters in Kenya on Monday. The protest happened in Kisumu, witnesses said.",
     "Kisumu", "Kisumu"),
])
def test_setting_sentence_gives_finer_place(pipeline, text, town, admin1):
    """A next sentence that only says where "it" happened places the event there."""
    place = _primary(pipeline, text).location
    assert (place.name, place.admin1, place.precision) == (town, admin1, 1)


@pytest.mark.parametrize(("text", "iso3", "admin1"), [
    ("Gunmen killed nine villagers in Kaduna state on Sunday. The governor lives in Kauru, aides said.",
     "NGA", "Kaduna"),
    ("Gunmen killed nine villagers in Kaduna state on Sunday. A similar attack happened in Zaria last "
     "year.", "NGA", "Kaduna"),
    ("Gunmen killed nine villagers in Nigeria on Sunday. It happened in Accra, police said.", "NGA", None),
])
def test_no_finer_place_from_another_story(pipeline, text, iso3, admin1):
    """A sentence about something else, another event, or a place abroad leaves the place as it was."""
    place = _primary(pipeline, text).location
    assert place.country == iso3 and place.admin1 == admin1 and place.precision >= 3


@pytest.mark.parametrize(("text", "day"), [
    ("Security forces killed 15 militants in the past week in Borno state, the army said on Monday.",
     "2020-05-11"),
    ("Over the past week, clashes between herders and farmers killed 20 people in Benue state, police "
     "said on Tuesday.", "2020-05-12"),
    ("This week police arrested 40 people in Harare, officials said on Monday.", "2020-05-11"),
])
def test_period_up_to_the_report_takes_its_day(pipeline, text, day):
    """An act told over a period up to its report takes the report's day (published Wed 2020-05-13)."""
    date = _primary(pipeline, text, "2020-05-13").date
    assert (date.value, date.precision) == (day, "day")


@pytest.mark.parametrize(("text", "value"), [
    ("Police arrested 40 people last week, officials said on Tuesday.", "2020-05"),
    ("Troops killed 15 militants in the past week in Borno state, the army said.", "2020-05"),
])
def test_period_without_a_report_day_in_it_stays(pipeline, text, value):
    """"last week" ended before the report; no report day: the period's month, as before."""
    date = _primary(pipeline, text, "2020-05-13").date
    assert (date.value, date.precision) == (value, "month")


@pytest.mark.parametrize(("text", "iso3", "admin1"), [
    ("Soldiers shot two protesters in Matam, a suburb of Conakry, on Monday.", "GIN", "Conakry"),
    ("Militants attacked a checkpoint in Sandana, a village in Helmand province, on Monday.", "AFG",
     "Helmand"),
    ("Gunmen killed six farmers in Ungwan Kaje, a village in Kaduna state, on Sunday.", "NGA", "Kaduna"),
    ("Police fired tear gas at traders in Eastleigh, a suburb of Nairobi, on Monday.", "KEN", "Nairobi"),
])
def test_place_told_with_what_it_lies_in(pipeline, text, iso3, admin1):
    """"X, a village in Y province", "X, a suburb of Y": placed in Y, even when X names a place abroad."""
    place = _primary(pipeline, text).location
    assert (place.country, place.admin1) == (iso3, admin1)
    assert place.precision in (2, 3)


@pytest.mark.parametrize(("text", "name", "iso3", "admin1"), [
    ("The new park lies in the Charlotte region, near Huntersville.", "Charlotte", "USA", "North Carolina"),
    ("Traffic was heavy across the Houston region after the storm.", "Houston", "USA", "Texas"),
])
def test_region_word_of_a_city_keeps_the_city(geo, nlp, text, name, iso3, admin1):
    """"the Charlotte region" is the city's surroundings: the city, not a county or a parish abroad."""
    hit = next(p for p in geo.places(nlp(text), adjectives=False) if p.text == name)
    assert (hit.country, hit.admin1, hit.precision) == (iso3, admin1, 1)
