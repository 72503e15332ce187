"""Places (round where28b): a struck town over the dateline, and the verb's own place over the doers'.

Texts of our own: a town a strike verb takes as its object ("missiles struck X") is where the strike fell,
not the city the story was filed from; "police in X arrested men in Y" happened in Y."""

from __future__ import annotations

import pytest
from test_places27 import _placed
from test_places_stories import _fold


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("KYIV - Russian missiles struck Dnipro on Monday, killing four people.", "UKR", "Dnipropetrovsk"),
    ("BEIRUT - Israeli jets bombed Nabatieh on Tuesday, killing three people.", "LBN", "Nabatiye"),
    ("KHARTOUM - The Rapid Support Forces shelled El Fasher on Sunday, killing 12 civilians.",
     "SDN", "North Darfur"),
    ("KYIV - Russian forces pounded Kharkiv and Sumy overnight, wounding nine people.", "UKR", "Kharkiv"),
    ("DAMASCUS - Government aircraft hit Idlib on Friday, killing six people.", "SYR", "Idleb"),
    ("KYIV - Odesa was struck by Russian drones overnight, officials said.", "UKR", "Odessa"),
])
def test_a_struck_town_wins_over_the_dateline(pipeline, text, country, admin1):
    """"DATELINE - forces struck X": the strike fell on X, not on the city the story was filed from."""
    assert _placed(pipeline, text) == (country, _fold(admin1))


@pytest.mark.parametrize("text", [
    "KYIV - Russian missiles struck the city on Monday, killing four people.",
    "KYIV - Russian missiles struck a power plant on Monday, wounding two workers.",
])
def test_the_dateline_stays_when_the_strike_names_no_place(pipeline, text):
    """A strike on "the city" or on a building names no place of its own: the dateline's city stays."""
    assert _placed(pipeline, text) == ("UKR", _fold("Kiev City"))


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("Police in Lahore arrested three men in Peshawar on Monday.", "PAK", "Khyber Pakhtunkhwa"),
    ("Authorities in Lagos detained 20 protesters in Ibadan on Friday.", "NGA", "Oyo"),
    ("Police in Delhi arrested a suspect in Noida late on Tuesday.", "IND", "Uttar Pradesh"),
    ("Officials in Karachi said they arrested two suspects in Hyderabad.", "PAK", "Sindh"),
])
def test_the_verbs_own_place_wins_over_the_doers_place(pipeline, text, country, admin1):
    """"Police in X arrested men in Y": the arrest was made in Y, where the verb places it."""
    assert _placed(pipeline, text) == (country, _fold(admin1))


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("Police in Lahore arrested three men on Monday.", "PAK", "Punjab"),
    ("Authorities in Lagos detained 20 protesters on Friday.", "NGA", "Lagos"),
    ("Students in Lagos rallied over a killing in Abuja.", "NGA", "Lagos"),
])
def test_the_doers_place_stays_when_the_verb_has_none(pipeline, text, country, admin1):
    """With no place of the verb's own, the doers' place ("police in Lahore") is where they acted."""
    assert _placed(pipeline, text) == (country, _fold(admin1))
