"""ACLED actor types fixed in round inter35 (audit D, ``tests/data/actor_types_audit_d.yaml``), each rule
shown in several wordings beside controls where it must not fire. All sentences are invented
for these tests."""

from __future__ import annotations

import pytest
from test_actors30 import actor_one  # ACLED's actor 1 of the primary event: name, type, country


def victim_one(primary_of, text: str) -> tuple[str, int | None, str | None]:
    """The primary event's first target: its ACLED name (years left out), type and country."""
    event = primary_of(text)
    assert event is not None and event.target, text
    actor = event.target[0]
    return (actor.acled_actor or "").split(" (")[0], actor.inter, actor.country


# 1. Suspected or armed militants in Mozambique are the Cabo Delgado insurgents, ACLED's 2020 "Islamist
#    Militia (Mozambique)", a political militia (inter 3); the group named as the Islamic State's province
#    keeps its name, and unnamed militants elsewhere keep their reading


@pytest.mark.parametrize("text", [
    "Armed militants raided the town of Meluco in northern Mozambique on Sunday, burning houses.",
    "Suspected militants killed four fishermen on an island off Macomia, Mozambique, on Tuesday.",
    "Armed militants burned a health centre in Nangade district of Mozambique's Cabo Delgado province.",
])
def test_unnamed_militants_in_mozambique_are_the_islamist_militia(primary_of, text: str) -> None:
    assert actor_one(primary_of, text) == ("Islamist Militia", 3, "MOZ"), text


def test_the_islamic_state_province_keeps_its_name(primary_of) -> None:
    text = "Suspected ISIS-Mozambique militants burned a church in Mocimboa da Praia, Mozambique, on Monday."
    assert actor_one(primary_of, text) == ("Islamic State", 2, "MOZ"), text


@pytest.mark.parametrize(("text", "iso3"), [
    ("Suspected militants threw a grenade at a police post in Anantnag, Kashmir, on Monday.", "IND"),
    ("Militants stormed a checkpoint in Bajaur district of Pakistan, killing two soldiers.", "PAK"),
])
def test_unnamed_militants_elsewhere_are_not_the_mozambican_group(primary_of, text: str, iso3: str) -> None:
    name, _, country = actor_one(primary_of, text)
    assert name != "Islamist Militia" and country == iso3, text


# 2. An aid agency's people, convoys and clinics attacked are civilians (inter 7, of the event's country);
#    UN peacekeepers and missions stay external forces (inter 8)


@pytest.mark.parametrize(("text", "iso3"), [
    ("Gunmen killed two WFP drivers on the road to Kaga Bandoro in the Central African Republic on Friday.",
     "CAF"),
    ("Armed men shot dead a UNHCR guard at a camp near Dori, Burkina Faso, on Sunday.", "BFA"),
    ("Unidentified gunmen abducted three Save the Children staff near Damasak in Borno state, Nigeria.",
     "NGA"),
    ("Militiamen killed a World Health Organization doctor in Butembo, eastern Congo, on Thursday.", "COD"),
    ("On 6 June 2020, unidentified armed men attacked a UNICEF convoy near Bossangoa (Ouham).", "CAF"),
    ("Gunmen ambushed a WFP truck near Gao in northern Mali on Sunday, wounding its driver.", "MLI"),
])
def test_aid_staff_attacked_are_civilians(primary_of, text: str, iso3: str) -> None:
    assert victim_one(primary_of, text) == ("Civilians", 7, iso3), text


@pytest.mark.parametrize("text", [
    "Gunmen ambushed a patrol of UN peacekeepers near Kidal in northern Mali on Monday, wounding two.",
    "Militiamen attacked a MONUSCO base near Beni in eastern Congo on Saturday.",
])
def test_peacekeepers_attacked_stay_external_forces(primary_of, text: str) -> None:
    _, inter, _ = victim_one(primary_of, text)
    assert inter == 8, text


# 3. A ceasefire violation the OSCE's monitors report in Donbas names no side: ACLED gives it to the side
#    that fired on the place, the Ukrainian military (inter 1) on a separatist-held town, the separatists' NAF
#    (inter 2) on a government-held one; a report of other monitors, or elsewhere, keeps its unnamed group


@pytest.mark.parametrize(("text", "name", "inter"), [
    ("On 12 June 2020, the OSCE SMM observed 14 explosions involving unknown weapons near Makiivka.",
     "Military Forces of Ukraine", 1),
    ("On 3 July 2020, the OSCE SMM recorded 40 bursts of fire involving heavy machineguns near Dokuchaievsk.",
     "Military Forces of Ukraine", 1),
    ("On 12 June 2020, the OSCE SMM observed 9 explosions involving unknown weapons near Krasnohorivka.",
     "NAF: United Armed Forces of Novorossiya", 2),
    ("On 3 July 2020, the OSCE SMM heard 25 shots involving small arms near Popasna.",
     "NAF: United Armed Forces of Novorossiya", 2),
])
def test_a_monitors_report_goes_to_the_side_that_fired(primary_of, text: str, name: str, inter: int) -> None:
    assert actor_one(primary_of, text) == (name, inter, "UKR"), text


@pytest.mark.parametrize(("text", "iso3"), [
    ("On 12 June 2020, unidentified gunmen fired on a checkpoint near Makiivka, Ukraine.", "UKR"),
    ("On 12 June 2020, observers reported 14 explosions of unknown origin near Kidal, Mali.", "MLI"),
])
def test_other_reports_keep_their_unnamed_group(primary_of, text: str, iso3: str) -> None:
    name, inter, country = actor_one(primary_of, text)
    assert name.startswith("Unidentified") and inter == 3 and country == iso3, text


# 4. A battle of one state's forces and a gang or unnamed armed group follows the order of that state's
#    coders: the police first in Brazil; elsewhere (Mexico too) the sentence's order stays


@pytest.mark.parametrize("text", [
    "On 9 June 2020, in Belford Roxo, Rio de Janeiro, a suspected drug trafficker was shot dead after "
    "exchanging fire with military police officers during an operation.",
    "On 9 June 2020, in Manaus, Amazonas, suspects fired at civil police officers during a raid and a "
    "shootout followed. Two suspects were injured.",
])
def test_brazils_police_come_first(primary_of, text: str) -> None:
    _, inter, country = actor_one(primary_of, text)
    assert (inter, country) == (1, "BRA"), text


@pytest.mark.parametrize(("text", "inter"), [
    ("On 9 June 2020, soldiers clashed with unidentified gunmen near Kajuru, Kaduna.", 1),
    ("Around 9 June 2020, in Guadalupe, Nuevo Leon, municipal police clashed with four armed men.", 1),
    ("On 9 June 2020, gunmen attacked a police station in Zurmat, Paktia, and a gunfight followed.", 3),
])
def test_elsewhere_the_sentence_order_stays(primary_of, text: str, inter: int) -> None:
    _, got, _ = actor_one(primary_of, text)
    assert got == inter, text

