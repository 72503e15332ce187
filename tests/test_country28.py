"""The event's country when the gazetteer does not know the place (round country28, issue #6).

The stories set D (data/places_stories_d.yaml) is read by test_places_stories.py; the snippets below test
each fix of this round with texts of our own: territories the code book codes as a region of another
country, a bare name read as a quarter of the dateline's city, "X township" outside the countries that
have townships, a former country name written after one of its towns, civilians of another country harmed
by a state's forces, and a country name before a noun of forces."""

from __future__ import annotations

import pytest
from test_places_stories import _fold


def _where(primary_of, text: str, published: str | None = "2021-06-15") -> tuple:  # noqa: ANN001
    """(country, folded region) of the primary event of one text; (None, None) when it is not placed."""
    place = primary_of(text, published).location
    return (place.country, _fold(place.admin1)) if place is not None else (None, None)


@pytest.mark.parametrize(("text", "admin1"), [
    ("Riot police fired tear gas at protesters in Mong Kok on Sunday night.", "Hong Kong"),
    ("Thousands of people marched through Hong Kong on Sunday against the new security law.", "Hong Kong"),
    ("BEIJING — Hong Kong police arrested seven pro-democracy activists on Tuesday.", "Hong Kong"),
    ("Dozens of casino workers protested in Macau on Friday over unpaid wages.", "Macau"),
    ("Thousands of people protested in Hong Kong on Sunday against a security law passed in Beijing.",
     "Hong Kong"),
])
def test_hong_kong_and_macau_are_regions_of_china(primary_of, text, admin1):
    """ACLED codes Hong Kong and Macau as regions of China, not as countries of their own."""
    assert _where(primary_of, text) == ("CHN", _fold(admin1))


def test_hong_kong_people_stay_of_hong_kong(primary_of):
    """The event is placed in China, but CAMEO codes Hong Kong's people as HKG: protesters keep it."""
    event = primary_of("Protesters in Hong Kong threw petrol bombs at police on Sunday.")
    assert (event.location.country, event.source[0].country) == ("CHN", "HKG")


def test_the_geoparser_keeps_hong_kong_as_the_gazetteer_has_it(pipeline, nlp):
    """Only event coding reads the code book: the places of a text keep the territory's own code."""
    doc = nlp("Police fired tear gas at protesters in Kowloon.")
    places = pipeline.geocoder.places(doc, adjectives=False)
    assert [p.country for p in places] == ["HKG"]


@pytest.mark.parametrize("text", [
    "KYIV, Ukraine — A Russian missile hit an apartment block in Dnipro on Saturday, killing 12 people.",
    "KYIV (Reuters) - Russian shells hit a hospital in Dnipro and a school in Zaporizhzhia on Saturday.",
    "Officials in Kyiv said on Monday that a drone had hit a factory in Dnipro, wounding four workers.",
])
def test_a_bare_big_city_is_not_a_quarter_of_the_dateline_city(primary_of, text):
    """Dnipro is the city on the river, not the Kyiv district of that name beside the dateline."""
    assert _where(primary_of, text) == ("UKR", _fold("Dnipropetrovsk"))


def test_a_district_called_a_district_stays_the_district(primary_of):
    """With a type word the story means the city's own quarter."""
    text = "KYIV, Ukraine — A shell hit a school in the Dnipro district of the capital on Saturday."
    assert _where(primary_of, text) == ("UKR", _fold("Kiev City"))


@pytest.mark.parametrize("text", [
    "Myanmar soldiers burned 30 houses in a village of Kani township on Tuesday.",
    "On 4 May 2021, the Tatmadaw shelled a village in Pale township, killing two civilians.",
    "On 9 June 2021, the Myanmar army killed three villagers in Kani township, residents said.",
])
def test_a_township_is_no_town_of_a_country_without_townships(primary_of, text):
    """Kani of Japan and Pale of Bosnia are no townships: the story's Myanmar forces place it."""
    assert _where(primary_of, text)[0] == "MMR"


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("Police fired rubber bullets at protesters in Alexandra township in Johannesburg.", "ZAF", "Gauteng"),
    ("On 4 May 2021, police dispersed residents protesting over water cuts in Epworth township.",
     "ZWE", "Harare"),
    ("On 2 May 2021, soldiers raided Tamu township and arrested ten youths.", "MMR", "Sagain"),
])
def test_a_township_where_townships_are_units_keeps_its_town(primary_of, text, country, admin1):
    """Towns of the countries that have townships are still found before the word."""
    assert _where(primary_of, text) == (country, _fold(admin1))


@pytest.mark.parametrize(("text", "country"), [
    ("On 18 October 1996, rebels attacked a refugee camp near Uvira in Zaire, forcing thousands to flee.",
     "COD"),
    ("Rebels shelled the airport of Goma, Zaire, on Tuesday, aid workers recalled.", "COD"),
    ("Police clashed with smugglers near Mbanza Kongo in Zaire province on Friday.", "AGO"),
    ("Protesters blocked the main road in Soyo, Zaire, on Monday.", "AGO"),
])
def test_a_former_country_after_its_own_town_is_the_country(primary_of, text, country):
    """"Uvira in Zaire" in a recent story is still the Congo; Angola's Zaire province keeps its towns."""
    assert _where(primary_of, text)[0] == country


@pytest.mark.parametrize(("text", "country"), [
    ("On 5 May 2020, Ethiopian militiamen attacked Sudanese farmers near Basunda.", "SDN"),
    ("On 5 May 2020, Ethiopian soldiers shot dead two Sudanese farmers near Basunda.", "SDN"),
    ("On 5 May 2020, Israeli soldiers fired at Lebanese shepherds near Shebaa, injuring one.", "LBN"),
    ("Turkish border guards killed two Syrian villagers near the frontier on Sunday.", "SYR"),
])
def test_civilians_harmed_by_foreign_forces_are_at_home(primary_of, text, country):
    """With no known place, farmers, shepherds and villagers of a named country were harmed at home."""
    assert _where(primary_of, text)[0] == country


@pytest.mark.parametrize(("text", "country"), [
    ("On 5 May 2020, Indian border guards shot dead a Bangladeshi cattle trader near Chapai.", "IND"),
    ("On 5 May 2020, Ukrainian drones killed two Russian soldiers near a front-line village.", "UKR"),
])
def test_traders_and_soldiers_may_be_harmed_abroad(primary_of, text, country):
    """Traders cross borders and soldiers fight abroad: their country does not move the event."""
    assert _where(primary_of, text)[0] == country


@pytest.mark.parametrize(("text", "country"), [
    ("Iran police arrested 12 protesters in a village near the border on Sunday.", "IRN"),
    ("Myanmar soldiers killed three villagers in a raid on a village in the hills.", "MMR"),
])
def test_a_country_name_before_forces_sets_the_country(primary_of, text, country):
    """"Myanmar soldiers" says whose forces acted, as "Burmese soldiers" would."""
    assert _where(primary_of, text)[0] == country


def test_a_country_name_before_a_currency_still_sets_nothing(primary_of):
    """"The US dollar" says nothing of where roads were blocked."""
    text = "Protesters blocked roads in a village over the price of the US dollar on Monday."
    assert _where(primary_of, text) == (None, None)


@pytest.mark.parametrize(("text", "country"), [
    ("On 5 May 2020, Kenyan troops clashed with Al Shabaab militants near Kolbio.", "SOM"),
    ("On 5 May 2020, KDF soldiers fought Al Shabaab fighters near Kolbio for two hours.", "SOM"),
    ("On 5 May 2020, Kenyan troops ambushed Al Shabaab militants near Kolbio.", "SOM"),
])
def test_foreign_forces_fighting_a_group_are_on_its_ground(primary_of, text, country):
    """A clash with a group at a place the gazetteer lacks is in the group's country, as a strike on it is."""
    assert _where(primary_of, text)[0] == country


def test_a_clash_at_a_known_place_stays_there(primary_of):
    """A place the story names settles the country."""
    text = "On 5 May 2020, Kenyan troops clashed with Al Shabaab militants in Lamu county."
    assert _where(primary_of, text) == ("KEN", _fold("Lamu"))


@pytest.mark.parametrize(("text", "country"), [
    ("On 3 May 2020, rebels shot dead two construction workers in Nduga regency.", "IDN"),
    ("On 12 March 2021, soldiers burned a church in Intan Jaya regency, residents said.", "IDN"),
    ("On 3 May 2020, gunmen killed a village chief in Barangay Poblacion on Sunday.", "PHL"),
    ("On 3 May 2020, unidentified gunmen killed three farmers in a kebele of Guliso woreda.", "ETH"),
])
def test_a_local_unit_word_of_one_country_gives_the_country(primary_of, text, country):
    """Regencies, barangays and woredas are units of one country each: a story naming no place is there."""
    assert _where(primary_of, text)[0] == country


def test_a_unit_word_does_not_outweigh_a_named_country(primary_of):
    """"Colonia" is Mexico's word only when the story names no country: Honduran police act in Honduras."""
    assert _where(primary_of, "Honduran police arrested three gang members in Colonia Kennedy.")[0] == "HND"


@pytest.mark.parametrize("text", [
    "Rebels captured Kisangani after a week of fighting.",
    "Government troops recaptured Kisangani on Friday.",
    "In 1997 rebels captured Kisangani in northern Zaire after a week of fighting.",
])
def test_a_town_taken_is_a_place_whatever_its_tag(primary_of, text):
    """The object of "captured" is a town, though the tagger reads "Kisangani" as a people."""
    assert _where(primary_of, text) == ("COD", _fold("Tshopo"))


def test_a_man_captured_is_no_place(primary_of):
    """A name tagged a person after "captured" stays a man."""
    assert _where(primary_of, "Troops captured Mohammed, a rebel commander, on Friday.") == (None, None)
