"""The places round country30 left (round country30b).

The stories set G (data/places_stories_g.yaml) is read by test_places_stories.py; the snippets below test
each fix of this round with texts of our own, each beside a control where the rule must not fire: parties and
state bodies named by several words that belong to one country vote for it, and no place is read inside
them ("the Free Patriotic Movement"); a name after an "over" of flight is a place even when the tagger calls
it a person; Sudan's Gallabat and the pilgrims' Mina are places of their own; and a place after the word the
parser splits off a struck object ("struck a PKK hideout in northern Iraq") is the act's own place."""

from __future__ import annotations

import pytest
from test_places_stories import _fold

from chronica.geo.hints import body_countries


def _where(primary_of, text: str, published: str | None = "2021-06-01") -> tuple:  # noqa: ANN001
    """(country, folded region) of the primary event of one text; (None, None) when it is not placed."""
    event = primary_of(text, published)
    place = event.location if event is not None else None
    return (place.country, _fold(place.admin1)) if place is not None else (None, None)


@pytest.mark.parametrize(("text", "countries"), [
    ("a march by the Future Movement", {"LBN"}),
    ("the Kurdistan Workers\u2019 Party said", {"TUR"}),
    ("fighters of the Islamic Jihad", {"PSE"}),
    # controls: the longest name wins, a name of several countries gives none, a part word is no name
    ("the Internal Security Forces of North and East Syria", {"SYR"}),
    ("a leader of Egyptian Islamic Jihad", {"EGY"}),
    ("supporters of the Muslim Brotherhood", set()),
    ("the Islamic Jihad Union claimed it", set()),
    ("the future movement of goods", set()),
])
def test_body_names_give_their_country(text, countries):
    """A party or state body of several words names its country; a body of several countries names none."""
    assert body_countries(text) == countries


@pytest.mark.parametrize(("text", "where"), [
    ("On 11 July 2020, Internal Security Forces raided a warehouse of smuggled fuel in Tripoli.",
     ("LBN", "north")),
    ("On 2 May 2021, supporters of the Free Patriotic Movement rallied in Tripoli against the governor.",
     ("LBN", "north")),
    ("Gunmen fired at a car belonging to an official of the Amal Movement near Saida on Friday.",
     ("LBN", "south")),
    # controls: a body of several countries, and stories in Libya and Algeria, keep the larger namesake
    ("Supporters of the Muslim Brotherhood rallied in Tripoli on Friday against the ceasefire.",
     ("LBY", "tripoli")),
    ("On 5 May 2021, GNA forces arrested a fuel smuggler in Tripoli.", ("LBY", "tripoli")),
    ("Gendarmes arrested three men for drug trafficking in Saida on Monday.", ("DZA", "saida")),
])
def test_bodies_settle_namesakes(primary_of, text, where):
    """A bare Tripoli or Saida is Lebanon's in a story that names a Lebanese party or state body."""
    assert _where(primary_of, text) == where


def test_no_place_inside_a_body_name(nlp, pipeline):
    """"Free" of "the Free Patriotic Movement" is no place (the Orange Free State); the town after it is."""
    doc = nlp("Supporters of the Free Patriotic Movement marched in Jounieh on Sunday.")
    places = pipeline.geocoder.places(doc, adjectives=False)
    assert [p.country for p in places] == ["LBN"]


@pytest.mark.parametrize(("text", "where"), [
    ("On 6 June 2021, an Israeli drone circled over Kfarkela and dropped a bomb that wounded a shepherd.",
     ("LBN", "nabatiye")),
])
def test_place_after_an_over_of_flight(primary_of, text, where):
    """A village after "flew over", "circled over", "airspace over" is a place though tagged a person."""
    assert _where(primary_of, text) == where


def test_over_of_a_cause_is_no_place(nlp, pipeline):
    """Control: "arrested over Kfarkela's remarks" names no place (a cause, not a flight)."""
    doc = nlp("Police arrested two men over Kfarkela's remarks.")
    assert not [p for p in pipeline.geocoder.places(doc, adjectives=False) if p.name == "Kfar Kila"]


@pytest.mark.parametrize(("text", "where"), [
    ("Ethiopian gunmen abducted four Sudanese farmers near Gallabat on Thursday.", ("SDN", "gedaref")),
    ("Saudi police arrested two pilgrims in Mina for assaulting a security officer on Monday.",
     ("SAU", "makkah")),
    # controls: Ethiopia's Metemma and Mexico's Mina stay theirs
    ("Amhara militiamen killed two traders in Metemma on Thursday.", ("ETH", "amhara")),
    ("Gunmen kidnapped a council official in Mina, Nuevo Leon, on Monday.", ("MEX", "nuevo leon")),
])
def test_border_town_and_pilgrims_valley(primary_of, text, where):
    """Sudan's Gallabat is not Ethiopia's Metemma; Mina with Saudi evidence is the pilgrims' valley."""
    assert _where(primary_of, text) == where


@pytest.mark.parametrize(("text", "country"), [
    ("Turkish jets based in Syria struck a PKK hideout in northern Iraq on Friday, killing three fighters.",
     "IRQ"),
    # control: doers' base and target in one country
    ("Turkish troops based in Hatay shelled a Kurdish post in Afrin on Friday, killing two fighters.", "SYR"),
])
def test_struck_object_split_by_the_parser(primary_of, text, country):
    """The place after a struck object is the act's, though the parser hangs part of it on the verb."""
    assert _where(primary_of, text)[0] == country
