"""ACLED actor types fixed in round actors30 (audit B, ``tests/data/actor_types_audit_b.yaml``), each rule
shown in several wordings beside controls where it must not fire. All sentences are invented for these
tests."""

from __future__ import annotations

import pytest

from chronica.ontology.acled import acled_sides


def actor_one(primary_of, text: str) -> tuple[str, int | None, str | None]:
    """ACLED's actor 1 of the primary event: its ACLED name (years left out), type and country."""
    event = primary_of(text)
    assert event is not None, text
    first, _ = acled_sides((event.acled or {}).get("event_type"), event.source, event.target,
                           sub_event_type=(event.acled or {}).get("sub_event_type"))
    assert first, text
    name = (first[0].acled_actor or "").split(" (")[0]
    return name, first[0].inter, first[0].country


# 1. Vigilantes, vigilance committees, self-defence groups and traditional hunters guard a locality or a
#    people: ACLED codes them as communal (identity) militias, inter 4; other militias stay political (3)


@pytest.mark.parametrize(("text", "iso3"), [
    ("Vigilantes killed two suspected cattle thieves in Sokoto state on Monday.", "NGA"),
    ("A vigilante group lynched a suspected kidnapper near Kaduna on Friday.", "NGA"),
    ("Members of a vigilance committee shot dead two Boko Haram fighters near Mora on Sunday.", "CMR"),
    ("A local self-defence group killed three raiders near Djibo on Tuesday.", "BFA"),
    ("Armed traditional hunters attacked a Fulani hamlet near Djenne on Saturday.", "MLI"),
])
def test_vigilantes_and_hunters_are_communal_militias(primary_of, text: str, iso3: str) -> None:
    name, inter, country = actor_one(primary_of, text)
    assert (name, inter, country) == ("Unidentified Communal Militia", 4, iso3), text


@pytest.mark.parametrize("text", [
    "Militiamen killed four villagers near Bunia on Monday.",
    "A pro-government militia shot dead two farmers in Darfur on Sunday.",
    "Gunmen killed two hunters in a forest near Ibadan on Monday.",
])
def test_other_militias_stay_political(primary_of, text: str) -> None:
    assert actor_one(primary_of, text)[1] != 4, text


# 2. The Koglweogo are their own communal militia, not the state-backed volunteers (VDP)


def test_koglweogo_are_not_the_vdp(primary_of) -> None:
    assert actor_one(primary_of, "Koglweogo members beat two suspected thieves to death near Kaya.") == (
        "Koglweogo Militia", 4, "BFA")


def test_the_vdp_stay_the_vdp(primary_of) -> None:
    name, inter, _ = actor_one(primary_of, "VDP fighters killed five jihadists near Titao on Sunday.")
    assert (name, inter) == ("VDP: Volunteers for the Defense of the Homeland", 3)


# 3. Private security firms and their guards are ACLED's other forces, inter 8, named for the country


@pytest.mark.parametrize(("text", "iso3"), [
    ("A private security guard shot dead a trader in Lagos on Monday.", "NGA"),
    ("Security guards at a gold mine shot two illegal miners in Geita.", "TZA"),
    ("A security company's guards beat a protester to death outside a mine in Marikana.", "ZAF"),
])
def test_private_security_is_inter_8(primary_of, text: str, iso3: str) -> None:
    assert actor_one(primary_of, text) == ("Private Security Forces", 8, iso3), text


@pytest.mark.parametrize("text", [
    "Security forces shot dead two robbery suspects in Lagos on Monday.",
    "Security officers arrested a journalist in Kano on Monday.",
])
def test_state_security_forces_stay_state_forces(primary_of, text: str) -> None:
    assert actor_one(primary_of, text)[1] == 1, text


@pytest.mark.parametrize("text", [
    "Gunmen attacked two security guards at a bank in Lagos.",
    "Robbers shot dead a security guard at a supermarket in Johannesburg.",
])
def test_guards_attacked_are_an_armed_side(primary_of, text: str) -> None:
    """Guards are armed: an attack on them stays a clash, not an attack on civilians."""
    assert (primary_of(text).acled or {}).get("event_type") == "Battles", text


# 4. A state named on the first of coordinated weapons owns the later ones too, when the attack has no doer


@pytest.mark.parametrize(("text", "iso3"), [
    ("Saudi rocket and artillery shelling was reported on border areas of Saada on Monday.", "YEM"),
    ("Turkish drone and artillery strikes were reported near Qandil in northern Iraq.", "TUR"),
])
def test_owner_of_the_first_weapon_is_the_doer(primary_of, text: str, iso3: str) -> None:
    _, inter, country = actor_one(primary_of, text)
    assert (inter, country) == (8, iso3), text


@pytest.mark.parametrize("text", [
    "Rocket and artillery shelling was reported on border areas of Saada on Monday.",
    "Mortar and rocket fire hit a market in Kabul on Monday.",
])
def test_weapons_with_no_owner_name_no_state(primary_of, text: str) -> None:
    assert actor_one(primary_of, text)[1] in (0, 2, 3), text
