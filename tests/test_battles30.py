"""Battles, attacks on civilians and explosions told apart (round battles30): riot-control devices that are
no explosive weapons, a grenade thrown before gunmen open fire on people, attacks on armed posts in which
both gunfire and bombs killed or civilians died beside the forces, air strikes within a ground operation,
an attack on a hotel or building fought out with the security forces, a roadside bomb followed by gunfire,
unarmed community guards, and a group's dissidents named by their group. Each rule has controls where it must
not fire. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_riots26 import _acled

VAC = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "On 12 March 2022, police used smoke bombs and stun grenades to evict families from an occupied plot in "
    "Campinas (Sao Paulo).",
    "Riot police threw flash-bang grenades and set off firecrackers to clear squatters from a disused "
    "factory in Recife on Monday.",
])
def test_riot_control_devices_are_no_explosive_weapons(primary_of, text: str) -> None:
    event = primary_of(text)
    assert event is None or _acled(event)[0] != "Explosions/Remote violence"


@pytest.mark.parametrize("text", [
    "On 12 March 2022, militants threw a hand grenade at a police patrol in Srinagar (Jammu and Kashmir), "
    "wounding two officers.",
    "On 9 June 2021, unknown assailants threw a grenade into a bar in Bujumbura (Bujumbura Mairie), wounding "
    "six customers.",
])
def test_a_grenade_alone_stays_a_grenade(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Explosions/Remote violence", "Grenade")


@pytest.mark.parametrize("text", [
    # "a crowd of shoppers" was read as protesters until round bv35 made a crowd of shoppers those shoppers
    "On 9 June 2021, a gunman threw a grenade into a crowd of shoppers at a market in Beni (North Kivu) "
    "and then opened fire on them, killing three people.",
    "Militants hurled a grenade at worshippers leaving a church in Kasese before spraying them with bullets, "
    "killing four, police said.",
])
def test_a_grenade_before_gunfire_on_civilians_is_an_attack(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == VAC


@pytest.mark.parametrize("text", [
    "On 14 May 2022, ISWAP fighters attacked a military base in Malam Fatori (Borno); five soldiers were "
    "killed by gunfire and two by roadside bombs.",
    "Islamic State fighters launched an assault on a militia post in Diyala, where four fighters died in "
    "the shooting and two were killed by IEDs, security sources said.",
])
def test_an_attack_fought_with_guns_and_bombs_is_a_battle(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == CLASH


@pytest.mark.parametrize("text", [
    "On 14 May 2022, two soldiers were killed by a roadside bomb near Malam Fatori (Borno).",
    "An IED planted on the road killed three militiamen in a pickup truck in Diyala, security sources said.",
])
def test_a_bomb_alone_stays_an_explosion(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize("text", [
    "On 3 April 2022, Al Shabaab militants attacked a police checkpoint in Afgoye (Lower Shabelle), killing "
    "two police officers and three civilians.",
    "Gunmen attacked an army checkpoint outside Kirkuk, leaving five dead, among them two soldiers and three "
    "passers-by, officials said.",
])
def test_an_attack_on_a_checkpoint_with_civilians_among_the_dead_is_a_battle(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == CLASH


@pytest.mark.parametrize("text", [
    "On 3 April 2022, Al Shabaab militants shot dead three civilians at a tea shop in Afgoye "
    "(Lower Shabelle).",
    "Gunmen killed five passengers at a bus stop outside Kirkuk, officials said.",
])
def test_civilians_killed_away_from_any_post_stay_an_attack(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == VAC


@pytest.mark.parametrize("text", [
    "On 10 June 2020, two Taliban fighters were killed by an air strike that followed a ground operation by "
    "Afghan forces in Nad Ali district (Helmand).",
    "Government troops backed by air strikes fought Al Shabaab militants near Bariire on Sunday, killing 14, "
    "the army said.",
])
def test_a_strike_within_a_ground_operation_is_a_battle(primary_of, text: str) -> None:
    assert _acled(primary_of(text))[0] == "Battles"


@pytest.mark.parametrize("text", [
    "On 10 June 2020, an air strike killed two Taliban fighters in Nad Ali district (Helmand).",
    "A drone strike hit a car carrying Al Shabaab militants near Jilib on Sunday, the army said.",
])
def test_a_strike_alone_stays_a_strike(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize("text", [
    "On 23 July 2021, a roadside bomb struck an army patrol near Tibu (Norte de Santander), after which "
    "dissidents opened fire on the soldiers; one soldier was killed.",
    "Al Shabaab militants stormed a hotel in Mogadishu and battled security forces for hours before the "
    "siege ended, police said.",
])
def test_bombs_and_sieges_fought_out_are_battles(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == CLASH


@pytest.mark.parametrize("text", [
    "On 6 May 2021, armed men killed two members of the indigenous guard in Toribio (Cauca).",
    "Members of an indigenous guard were shot dead by armed men near a river in Bolivar state, a local "
    "leader said.",
])
def test_unarmed_community_guards_are_civilians(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == VAC


def test_guards_of_an_attacked_residence_stay_armed(primary_of) -> None:
    text = "On 6 May 2021, gunmen attacked the governor's residence in Popayan (Cauca), killing two guards."
    assert _acled(primary_of(text)) == CLASH


@pytest.mark.parametrize("text", [
    "On 6 July 2023, dissidents of the Segunda Marquetalia killed a farmer in Tumaco (Narino).",
    "Dissidents of the FARC shot dead a community leader in Cauca province, the ombudsman's office said.",
])
def test_a_groups_dissidents_are_its_armed_men(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == VAC
    assert event.source[0].sector == "REB"


def test_political_dissidents_stay_civilians(primary_of) -> None:
    text = "Police arrested three dissidents of the ruling party in Managua on Monday, their lawyer said."
    event = primary_of(text)
    assert event is not None and _acled(event)[0] not in ("Battles", "Violence against civilians")


@pytest.mark.parametrize("text", [
    "On 3 May 2022, the army thwarted a Houthi attack on Hays (Al Hudaydah), incurring casualties before the "
    "Houthis withdrew.",
    "Nigerian troops thwarted a bandit attack on a village in Zamfara state on Sunday, the army said.",
])
def test_an_attack_thwarted_by_armed_men_is_a_battle(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == CLASH


def test_an_attack_thwarted_by_arrests_is_no_battle(primary_of) -> None:
    text = "Police thwarted an attack on a church in Kaduna by arresting two men carrying explosives."
    assert _acled(primary_of(text))[0] != "Battles"


def test_guardias_indigenas_are_civilians(primary_of) -> None:
    text = "On 6 May 2021, two Guardias Indigenas were killed by armed men near Caicara (Bolivar)."
    event = primary_of(text)
    assert _acled(event) == VAC
    assert all(a.inter == 7 for a in event.target)


@pytest.mark.parametrize("text", [
    "Members of the Sinaloa cartel and the CJNG traded gunfire for hours in a town in Zacatecas, leaving 11 "
    "dead.",
    "On 4 June 2022, police and armed robbers traded shots in Ikorodu (Lagos); two robbers were killed.",
])
def test_fire_traded_is_a_clash(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == CLASH


def test_goods_traded_are_no_event(events_of) -> None:
    text = "The two countries traded goods worth five billion dollars last year, the ministry said."
    assert not any(e.acled and e.acled["event_type"] == "Battles" for e in events_of(text))
