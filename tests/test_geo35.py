"""Names several countries share, told in a story whose other words set the country (round geo35).

The stories set H (data/places_stories_h.yaml) is read by test_places_stories.py; the snippets below test
each fix of this round with texts of our own, each beside a control where the rule must not fire: a region
of a country the story never names ("Peshmerga ... in Kurdistan", read by the gazetteer as Iran's
Kordestan) becomes the listed area of the one country the story names that has an area of that name
(Iraq's Kurdistan Region); and India's Akali Dal, a party of several words, names its country like the
parties listed before it."""

from __future__ import annotations

import pytest

from chronica.geo.hints import body_countries
from chronica.geo.region_of import regions_of_story
from chronica.record import Place


def _where(primary_of, text: str) -> tuple:  # noqa: ANN001
    """(country, place name) of the primary event of one text; (None, None) when it is not placed."""
    event = primary_of(text, "2021-06-01")
    place = event.location if event is not None else None
    return (place.country, place.name) if place is not None else (None, None)


@pytest.mark.parametrize(("text", "country"), [
    ("On 3 May 2021, Peshmerga forces clashed with Islamic State militants in Kurdistan. 2 fatalities.",
     "IRQ"),
    ("Iraqi soldiers exchanged fire with PKK fighters in Kurdistan on Sunday, killing two, officials said.",
     "IRQ"),
    ("Kurdish Peshmerga fighters arrested five smugglers in the mountains of Kurdistan on Friday.", "IRQ"),
    # controls: a story of Iran keeps Iran's province; an area already named stays; Darfur stays Sudan's
    ("On 3 May 2021, Iranian Revolutionary Guards clashed with PJAK militants in Kurdistan. 2 fatalities.",
     "IRN"),
    ("Turkish jets bombed PKK positions in Iraqi Kurdistan on Monday, killing two, the ministry said.",
     "IRQ"),
    ("Police in Sanandaj, the capital of Kurdistan province, arrested ten Iranian Kurdish activists today.",
     "IRN"),
    ("On 3 May 2021, Janjaweed militiamen attacked a village in Darfur, killing five. 5 fatalities.", "SDN"),
])
def test_region_of_a_country_the_story_names(primary_of, text, country):
    """A region's namesake area in the one country the story names wins over a province abroad."""
    assert _where(primary_of, text)[0] == country


@pytest.mark.parametrize(("name", "country", "nations", "want"), [
    ("Kurdistan", "IRN", ["IRQ"], "IRQ"),
    ("Kurdistan", "IRN", ["IRQ", "TUR"], "IRQ"),
    ("Kurdistan", "IRN", ["IRQ", "SYR"], "IRQ"),  # "Syrian Kurdistan" adds more than a kind word
    # controls: the region's own country named; an area whose name adds more than a kind word ("New
    # England" is no region of England, "Kashmir Valley" none of Pakistan's)
    ("Kurdistan", "IRN", ["IRN", "IRQ"], "IRN"),
    ("England", "GBR", ["USA"], "GBR"),
    ("Kashmir", "PAK", ["IND"], "PAK"),
])
def test_region_becomes_the_story_country_area(name, country, nations, want):
    """A region abroad becomes the one story country's area of its name plus a kind word, no other."""
    place = Place(text=name, name=name, geonameid=1, country=country, admin1=name, lat=0.0, lon=0.0,
                  precision=3, start=10, end=10 + len(name))
    assert regions_of_story([place], nations)[0].country == want


@pytest.mark.parametrize(("text", "countries"), [
    ("supporters of the Shiromani Akali Dal", {"IND"}),
    ("an Akali Dal leader said", {"IND"}),
    # control: the words apart name no party
    ("a dal and rice stall", set()),
])
def test_akali_dal_names_india(text, countries):
    """India's Akali Dal names its country, as the other listed parties do."""
    assert body_countries(text) == countries


@pytest.mark.parametrize(("text", "country"), [
    ("On 3 May 2021, Akali Dal supporters in Punjab blocked a highway against the new farm laws.", "IND"),
    # controls: a Pakistani party keeps Pakistan's Punjab, an Indian party India's
    ("On 3 May 2021, PTI supporters in Punjab blocked a highway.", "PAK"),
    ("On 3 May 2021, Congress supporters in Punjab blocked a highway against the BJP.", "IND"),
])
def test_punjab_by_its_party(primary_of, text, country):
    """Punjab goes to the country of the party the story names."""
    assert _where(primary_of, text)[0] == country
