"""ACLED actor types fixed in round inter36 (audit E, ``tests/data/actor_types_audit_e.yaml``), each rule
shown in several wordings beside controls where it must not fire. All sentences are invented
for these tests."""

from __future__ import annotations

import pytest
from test_actors30 import actor_one  # ACLED's actor 1 of the primary event: name, type, country

# 1. The Mbororo (the Fulani herders of the Uele and the Central African borderlands) are a people: armed,
#    an ethnic militia (inter 4); with a civilian noun, civilians; other peoples keep their reading


@pytest.mark.parametrize(("text", "iso3"), [
    ("Armed Mbororo herders attacked farmers near Bondo in Congo's Bas-Uele province, killing three.", "COD"),
    ("Mbororo gunmen raided a village near Bocaranga in the Central African Republic on Friday.", "CAF"),
])
def test_armed_mbororo_are_an_ethnic_militia(primary_of, text: str, iso3: str) -> None:
    assert actor_one(primary_of, text) == ("Mbororo Ethnic Militia", 4, iso3), text


def test_mbororo_attacked_are_civilians(primary_of) -> None:
    text = "Soldiers shot dead four Mbororo herders near Ango in Congo's Bas-Uele province on Monday."
    event = primary_of(text)
    assert event is not None and event.target and event.target[0].inter == 7


def test_fulani_militiamen_keep_their_name(primary_of) -> None:
    text = "Fulani militiamen killed six villagers near Bokkos in Plateau State, Nigeria, on Sunday."
    assert actor_one(primary_of, text) == ("Fulani Ethnic Militia", 4, "NGA"), text


# 2. A company's or a private guard is private security (inter 8); security guards stay so, and prison
#    guards and border guards stay state forces


@pytest.mark.parametrize(("text", "iso3"), [
    ("Private guards of a mining company shot and wounded three miners in Kolwezi, Congo, on Monday.",
     "COD"),
    ("Plantation guards beat two villagers accused of stealing palm fruit in Riau, Indonesia, on Friday.",
     "IDN"),
    ("Company guards shot dead a man at a sugar estate in Kilombero, Tanzania, on Sunday.", "TZA"),
])
def test_private_and_company_guards_are_private_security(primary_of, text: str, iso3: str) -> None:
    assert actor_one(primary_of, text) == ("Private Security Forces", 8, iso3), text


@pytest.mark.parametrize(("text", "name", "inter"), [
    ("Security guards at a gold mine shot dead an intruder in Geita, Tanzania, on Monday.",
     "Private Security Forces", 8),
    ("Prison guards shot dead two inmates during an escape attempt in Kitgum, Uganda, on Monday.",
     "Police Forces of Uganda", 1),
    ("Border guards shot dead a smuggler near Saravan, Iran, on Tuesday.", "Military Forces of Iran", 1),
])
def test_other_guards_keep_their_type(primary_of, text: str, name: str, inter: int) -> None:
    got, got_inter, _ = actor_one(primary_of, text)
    assert got.startswith(name) and got_inter == inter, text


# 3. Thailand's paramilitary rangers (thahan phran) are its military (inter 1), not an unnamed militia;
#    paramilitaries elsewhere and park rangers keep their reading


@pytest.mark.parametrize("text", [
    "Paramilitary rangers clashed with insurgents in Bacho district of Narathiwat, Thailand, killing one.",
    "Thahan phran rangers exchanged fire with separatists near Sai Buri in Pattani, Thailand, on Friday.",
])
def test_thai_paramilitary_rangers_are_the_military(primary_of, text: str) -> None:
    assert actor_one(primary_of, text) == ("Military Forces of Thailand", 1, "THA"), text


def test_paramilitaries_elsewhere_stay_militias(primary_of) -> None:
    text = "Paramilitaries killed three farmers in a village near Tierralta, Colombia, on Saturday."
    _, inter, country = actor_one(primary_of, text)
    assert inter == 3 and country == "COL", text


def test_park_rangers_stay_police(primary_of) -> None:
    text = "Park rangers shot dead a suspected poacher in Virunga National Park, Congo, on Sunday."
    name, inter, _ = actor_one(primary_of, text)
    assert name.startswith("Police Forces of the Democratic Republic of Congo") and inter == 1, text
