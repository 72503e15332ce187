"""ACLED actors fixed in round actors30b (audit C, ``tests/data/actor_types_audit_c.yaml``), each rule shown
in several wordings beside controls where it must not fire. All sentences are invented for these tests."""

from __future__ import annotations

import pytest
from test_actors30 import actor_one  # ACLED's actor 1 of the primary event: name, type, country

# 1. A brigade with a proper name of its own that claims an attack is a non-state armed group (inter 3);
#    an army's numbered or arm-named brigade stays the army


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("The Black Banner Brigade claimed a rocket attack on a military base near Kirkuk.",
     "Black Banner Brigade", "IRQ"),
    ("The Free Highlands Brigade claimed responsibility for a bombing that killed two policemen in Quetta.",
     "Free Highlands Brigade", "PAK"),
])
def test_a_brigade_that_claims_an_attack_is_an_armed_group(primary_of, text: str, name: str,
                                                           iso3: str) -> None:
    assert actor_one(primary_of, text) == (name, 3, iso3), text


@pytest.mark.parametrize(("text", "iso3"), [
    ("The army's 12th Infantry Brigade killed six insurgents near Monguno on Sunday.", "NGA"),
    ("The Presidential Guard Brigade claimed it had killed ten rebels near Bangui airport on Monday.", "CAF"),
    ("The 22nd Mechanized Brigade shelled Houthi positions in Taiz, the army claimed.", "YEM"),
])
def test_an_army_brigade_stays_the_army(primary_of, text: str, iso3: str | None) -> None:
    name, inter, country = actor_one(primary_of, text)
    assert name.startswith("Military Forces of") and inter == 1, text
    assert iso3 is None or country == iso3, text


# 2. A named party's men who set on people (an attack verb, or a weapon they carry) are the party acting as a
#    political militia (inter 3); a party's men who march, rival parties' men who clash, and supporters named
#    by no party stay protesters or rioters


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("BJP workers attacked Congress workers with sticks in Indore on Sunday.", "BJP: Bharatiya Janata Party",
     "IND"),
    ("ZANU-PF supporters beat an opposition councillor with iron bars in Mutare on Friday.",
     "ZANU-PF: Zimbabwe African National Union - Patriotic Front", "ZWE"),
    ("A group of Awami League activists assaulted a BNP leader in Comilla on Monday.",
     "Awami League: Bangladesh Awami League", "BGD"),
])
def test_a_partys_men_who_attack_are_its_militia(primary_of, text: str, name: str, iso3: str) -> None:
    assert actor_one(primary_of, text) == (name, 3, iso3), text


@pytest.mark.parametrize(("text", "inter"), [
    ("BJP workers staged a protest outside the collector's office in Indore on Monday.", 6),
    ("ZANU-PF members clashed with MDC supporters in Mutare on Saturday.", 5),
    ("Opposition supporters threw stones at police and burned tyres in Kisumu on Friday.", 5),
])
def test_a_partys_men_who_march_or_brawl_stay_a_crowd(primary_of, text: str, inter: int) -> None:
    _, got, _ = actor_one(primary_of, text)
    assert got == inter, text


# 3. Doers told only by their caste are a caste militia (inter 4); a caste's people attacked stay civilians


@pytest.mark.parametrize(("text", "name"), [
    ("Members of the Jat caste attacked a Dalit family with sticks in Bhiwani on Sunday.",
     "Jat Caste Militia"),
    ("Members of an upper caste beat a Dalit labourer to death in Banda on Tuesday.",
     "Unidentified Communal Militia"),
    pytest.param("Men of an upper caste beat a Dalit labourer to death in Banda on Tuesday.",
                 "Unidentified Communal Militia", marks=pytest.mark.xfail(
                     strict=True, reason="the caste in the complement of 'men of' is not read: rioters")),
])
def test_caste_doers_are_a_caste_militia(primary_of, text: str, name: str) -> None:
    assert actor_one(primary_of, text) == (name, 4, "IND"), text


def test_a_castes_victims_stay_civilians(primary_of) -> None:
    event = primary_of("Gunmen shot dead three members of a Dalit caste in Jaunpur on Monday.")
    assert event is not None and event.target
    assert (event.target[0].inter, (event.target[0].acled_actor or "").split(" (")[0]) == (7, "Civilians")


# 4. A place named as the other side of a border ("on the border with X") is not where the event happened:
#    the doers act on their own side, unless the sentence places the event across it


@pytest.mark.parametrize(("text", "name", "inter", "iso3"), [
    ("Egyptian soldiers shot dead three smugglers on the border with Gaza on Friday.",
     "Military Forces of Egypt", 1, "EGY"),
    ("Turkish troops killed two PKK fighters inside Iraq near the border with Turkey.",
     "Military Forces of Turkey", 8, "TUR"),
])
def test_the_border_with_a_place_is_the_doers_side(primary_of, text: str, name: str, inter: int,
                                                   iso3: str) -> None:
    assert actor_one(primary_of, text) == (name, inter, iso3), text


# 5. Unnamed militants are an unidentified armed group; al-Shabaab's men in Somalia are named so; named groups
#    keep their types. Inter 3 for unnamed militants was tried and taken back (two dev rows lost)

MILITANTS = pytest.mark.xfail(strict=True, reason="unnamed militants stay rebels (inter 2), as ACLED's "
                              "coders most often attribute them")


@pytest.mark.parametrize(("text", "want"), [
    pytest.param("Militants shot dead a police officer in Anantnag, Kashmir, on Friday.",
                 ("Unidentified Armed Group", 3, "IND"), marks=MILITANTS),
    pytest.param("Suspected militants ambushed an army convoy in Khyber district on Sunday.",
                 ("Unidentified Armed Group", 3, "PAK"), marks=MILITANTS),
    ("Militants attacked an army base near Balad in Middle Shabelle on Monday.", ("Al Shabaab", 2, "SOM")),
    ("JNIM militants killed four soldiers near Boulkessi on Monday.",
     ("JNIM: Group for Support of Islam and Muslims", 2, "MLI")),
])
def test_unnamed_militants_are_an_armed_group(primary_of, text: str, want: tuple) -> None:
    assert actor_one(primary_of, text) == want, text
