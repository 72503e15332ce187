"""Places (round places26): names shared by towns of several countries, villages the gazetteer lacks.

The stories set B (data/places_stories_b.yaml) is coded and each primary event placed; the snippets
below test each fix with texts of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from test_places_stories import _fold

from chronica.ingest import document_from_text

STORIES_FILE = Path(__file__).parent / "data" / "places_stories_b.yaml"
STORIES = yaml.safe_load(STORIES_FILE.read_text(encoding="utf-8"))


def _story_cases() -> list:
    """One pytest case per story, strict xfail where the data file gives a reason."""
    cases = []
    for story in STORIES["stories"]:
        marks = [pytest.mark.xfail(strict=True, reason=story["xfail"])] if story.get("xfail") else []
        cases.append(pytest.param(story, id=story["id"], marks=marks))
    return cases


def _primary_place(pipeline, text: str, published: str | None = None):  # noqa: ANN001, ANN202
    """The place of the primary event of one text."""
    doc = document_from_text(text, doc_id="places26", published=published)
    primary = next((e for e in pipeline.code(doc) if e.primary), None)
    assert primary is not None and primary.location is not None, "no placed primary event"
    return primary.location


def test_set_b_has_sixty_stories_in_two_styles():
    """60 stories, half written as ACLED notes and half as news."""
    ids = [story["id"] for story in STORIES["stories"]]
    assert len(ids) == len(set(ids)) == 60
    assert sum(i.startswith("note-") for i in ids) == 30


@pytest.mark.parametrize("story", _story_cases())
def test_story_b_is_placed(pipeline, story):
    """The primary event lies in the story's country, and its region where given."""
    place = _primary_place(pipeline, story["text"], STORIES["published"])
    want = {"country": story["country"]}
    seen = {"country": place.country}
    if story.get("admin1"):
        want["admin1"], seen["admin1"] = _fold(story["admin1"]), _fold(place.admin1)
    assert seen == want


def _placed(pipeline, text: str) -> tuple[str | None, str | None]:  # noqa: ANN001
    """(country, region) of the primary event of one text."""
    place = _primary_place(pipeline, text, STORIES["published"])
    return place.country, place.admin1


@pytest.mark.parametrize(("text", "want"), [
    ("On 4 May 2021, hundreds of residents protested in Irkutsk against a new landfill.",
     ("RUS", "Irkutsk Oblast")),
    ("On 4 May 2021, activists held a protest in Ufa against a mining project on a sacred hill.",
     ("RUS", "Republic of Bashkortostan")),
    ("Police in Yekaterinburg detained 30 people at an unauthorised rally on Saturday.",
     ("RUS", "Sverdlovsk Oblast")),
    ("Riot police detained dozens of protesters in Krasnodar on Sunday.", ("RUS", "Krasnodar Krai")),
    ("On 4 May 2021, a Palestinian stabbed a man in Petah Tikva before he was shot by a bystander.",
     ("ISR", "HaMerkaz")),
    ("On 4 May 2021, dozens of residents protested in Beersheba against the closure of a hospital ward.",
     ("ISR", "HaDarom")),
    ("On 4 May 2021, truck drivers blocked the centre of Skopje against a rise in fuel taxes.",
     ("MKD", "City of Skopje")),
    ("On 4 May 2021, traders protested in Freetown against a new market tax.", ("SLE", "Western")),
    ("On 4 May 2021, Taliban militants attacked a police post in Charikar, Parwan.", ("AFG", "Parwan")),
    ("On 4 May 2021, firefighters protested in Rancagua against budget cuts.", ("CHL", "O'Higgins")),
    ("On 4 May 2021, hundreds of workers protested in Ternate over unpaid wages.", ("IDN", "North Maluku")),
])
def test_regions_are_spelled_as_acled_spells_them(pipeline, text, want):
    """Russia's federal subjects carry their kind; Israel's districts, Skopje, Freetown and a few
    others take ACLED's names."""
    assert _placed(pipeline, text) == want


@pytest.mark.parametrize("text", [
    "On 5 June 2021, protesters gathered in front of the presidential palace in Nouakchott.",
    "Mauritanian police dispersed a sit-in by unemployed graduates in Nouakchott on Monday.",
    "On 5 June 2021, a collective of NGOs held a sit-in in front of the National Assembly in Nouakchott.",
])
def test_a_capital_with_no_region_in_geonames_takes_its_neighbours(pipeline, text):
    """Nouakchott, which GeoNames places in no region, lies in Nouakchott-Ouest like its nearest town."""
    assert _placed(pipeline, text) == ("MRT", "Nouakchott-Ouest")


@pytest.mark.parametrize(("text", "want"), [
    ("On 9 December 2020, residents protested in the Red Sea governorate against water cuts.",
     ("EGY", "Red Sea")),
    ("On 9 December 2020, fishermen blocked a road in Red Sea governorate to protest new fees.",
     ("EGY", "Red Sea")),
    ("On 4 January 2021, tribesmen closed the port road in Red Sea state in protest.", ("SDN", "Red Sea")),
])
def test_an_area_named_with_a_unit_word_is_the_region(pipeline, text, want):
    """"the Red Sea governorate" is Egypt's region and "Red Sea state" Sudan's, not the sea."""
    assert _placed(pipeline, text) == want


def test_the_sea_itself_is_still_no_country(pipeline):
    """A ship attacked "in the Red Sea" is placed in no country."""
    place = _primary_place(pipeline, "Gunmen attacked a cargo ship in the Red Sea on Monday.", None)
    assert place.country is None


@pytest.mark.parametrize("text", [
    "Police in the Algarve town of Lagos arrested two men after a fight outside a bar left a tourist dead.",
    "On 3 July 2021, farm workers protested in Portimao, in the Algarve, against unpaid wages.",
    "Firefighters protested in Albufeira, on the Algarve coast, over unpaid overtime on Friday.",
])
def test_the_algarve_is_the_district_of_faro(pipeline, text):
    """"the Algarve" names Portugal's district of Faro: "Lagos" there is not Nigeria's city."""
    assert _placed(pipeline, text) == ("PRT", "Faro")


@pytest.mark.parametrize(("text", "want"), [
    ("On 12 June 2021, 40 Haitian migrants were deported from the Dominican Republic to Ouanaminthe.",
     "HTI"),
    ("On 12 June 2021, 95 Venezuelan migrants returned from Ecuador to Maiquetia airport on a flight.",
     "VEN"),
    ("On 2 March 2022, Mexico deported 130 Honduran migrants from Tapachula to San Pedro Sula by plane.",
     "HND"),
])
def test_people_sent_from_one_place_to_another_are_where_they_arrive(pipeline, text, want):
    """The place after "from" with a verb of arrival is where people left, when another is named."""
    assert _primary_place(pipeline, text, None).country == want


def test_a_place_left_is_kept_when_it_is_the_only_one(pipeline):
    """With no other place named, "withdrew from" still places the event where it happened."""
    text = "On 4 May 2021, rebel fighters withdrew from Kidal after heavy clashes."
    place = _primary_place(pipeline, text, None)
    assert place.country == "MLI"
