"""The event coder's ACLED type misreadings found by the targets audit (issue #4, round coder25), each fixed
as a construction of news, with sentences of our own and variants that must keep coding as before."""

from __future__ import annotations

import pytest


def _type(ev) -> str | None:  # noqa: ANN001
    return (ev.acled or {}).get("event_type")


def _sub(ev) -> str | None:  # noqa: ANN001
    return (ev.acled or {}).get("sub_event_type")


# 1. state forces holding a civil seat of their own state take no territory: a strategic development
@pytest.mark.parametrize("text", [
    "Police occupied parliament in Port Moresby on Tuesday, blocking MPs from entering the chamber.",
    "Soldiers took over the headquarters of the electoral commission in Kinshasa on Monday.",
    "Troops occupied the supreme court building in Male on Thursday, preventing judges from sitting.",
])
def test_forces_holding_their_own_state_seat_take_no_territory(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert (_type(ev), _sub(ev)) == ("Strategic developments", "Other")
    assert all(a.inter == 1 for a in ev.source)


@pytest.mark.parametrize(("text", "sub"), [
    ("Rebels occupied the town hall in Goma after government troops fled.",
     "Non-state actor overtakes territory"),
    ("The army recaptured the town of Mocimboa da Praia from insurgents on Sunday.",
     "Government regains territory"),
])
def test_takeovers_from_others_stay_battles(primary_of, text: str, sub: str) -> None:
    ev = primary_of(text)
    assert (_type(ev), _sub(ev)) == ("Battles", sub)


# 2. heavy fire exchanged across a line is shelling both ways, with the two sides as source and target
@pytest.mark.parametrize(("text", "countries"), [
    ("Indian and Pakistani troops exchanged artillery fire across the Line of Control on Friday.",
     ("IND", "PAK")),
    ("Armenian and Azerbaijani forces traded mortar fire along the border overnight, the defence ministry "
     "said.",
     ("ARM", "AZE")),
    ("Thai and Cambodian soldiers exchanged rocket fire near the disputed temple on Sunday.", ("THA", "KHM")),
])
@pytest.mark.xfail(strict=True, reason="the phrases of heavy fire exchanged were taken back at merge: as "
                   "shelling they cost two actor1-country rows of the held-out ACLED half and gained no type")
def test_exchanged_heavy_fire_is_shelling_between_two_sides(primary_of, text: str,
                                                             countries: tuple[str, str]) -> None:
    ev = primary_of(text)
    assert (_type(ev), _sub(ev)) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert ev.plover["type"] == "ASSAULT"
    assert ev.source and ev.target
    assert (ev.source[0].country, ev.target[0].country) == countries


def test_exchanged_small_arms_fire_stays_a_clash(primary_of) -> None:
    ev = primary_of("Troops and rebels exchanged fire in the town of Kidal on Monday.")
    assert (_type(ev), _sub(ev)) == ("Battles", "Armed clash")


# 3. "fought running battles with police": the police are the other side, and a crowd's fight a riot
@pytest.mark.parametrize("text", [
    "Youths armed with sticks fought running battles with police in Kisumu after a football match on "
    "Sunday.",
    "Youths fought running battles with police in the streets of Conakry on Monday.",
    "Residents armed with stones and clubs fought a pitched battle with police in Kasese on Friday.",
])
def test_a_crowds_running_battle_with_police_is_a_riot(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert _type(ev) == "Riots"
    assert any(a.inter == 1 for a in ev.target), ev.target
    assert all(a.inter == 5 for a in ev.source), ev.source


def test_armed_groups_running_battles_stay_a_battle(primary_of) -> None:
    ev = primary_of("Rival militias fought running battles in the streets of Tripoli overnight, residents "
                    "said.")
    assert (_type(ev), _sub(ev)) == ("Battles", "Armed clash")


# 4. a roadblock armed men set up or man is a show of force, not a protest
@pytest.mark.parametrize("text", [
    "Militiamen set up a roadblock outside Beni and searched vehicles on Monday.",
    "Gunmen mounted a roadblock near Kaduna on Friday and stopped all traffic.",
    "An armed group set up a roadblock on the road to Bangassou on Saturday and took money from drivers.",
])
def test_an_armed_roadblock_is_no_protest(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert (_type(ev), _sub(ev)) == ("Strategic developments", "Other")
    assert ev.plover["type"] == "MOBILIZE"
    assert ev.source and all(a.inter in (1, 2, 3, 4) for a in ev.source)


@pytest.mark.parametrize("text", [
    "Protesters set up roadblocks on the main highway out of Cochabamba on Monday.",
    "Farmers set up a roadblock on the national highway to demand better prices for their crops.",
])
def test_a_crowds_roadblock_stays_a_protest(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert _type(ev) == "Protests" and ev.plover["type"] == "PROTEST"


# 5. crowd control told after the protest it met: the protest stays the news
@pytest.mark.parametrize("text", [
    "Nurses at public hospitals in Nairobi went on strike on Monday over unpaid wages. Police fired tear gas "
    "at a group of nurses marching to parliament.",
    "Dock workers in Durban began a three-day strike on Tuesday to demand higher pay. Police later used tear "
    "gas to clear a picket line at the port gate.",
    "Thousands of students marched through Santiago on Thursday to demand free education. Riot police "
    "fired water cannon at the marchers near the presidential palace.",
])
def test_the_protest_outranks_the_tear_gas_told_after_it(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert ev.plover["type"] == "PROTEST"
    assert (_type(ev), _sub(ev)) == ("Protests", "Protest with intervention")


def test_tear_gas_in_the_lede_stays_the_news(primary_of) -> None:
    ev = primary_of("Police fired tear gas at hundreds of protesters in Kampala on Monday. The protesters "
                    "were demanding the release of an opposition leader.")
    assert ev.plover["type"] == "ASSAULT" and ev.plover["mode"] == "crowd-control"


# 6. water cannon and stun grenades are crowd control, not shooting or bombing
@pytest.mark.parametrize("text", [
    "Riot police fired water cannon at farmers blocking a motorway near Brussels on Monday.",
    "Police fired stun grenades at thousands of protesters in Tbilisi on Thursday night.",
    "Police used stun grenades to break up a rally in Minsk on Sunday.",
])
def test_water_cannon_and_stun_grenades_are_crowd_control(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert ev.plover["mode"] == "crowd-control"
    assert (_type(ev), _sub(ev)) == ("Protests", "Protest with intervention")


def test_a_grenade_fired_at_rebels_stays_a_grenade(primary_of) -> None:
    ev = primary_of("Soldiers fired a grenade at the rebel position near Goma on Monday.")
    assert (_type(ev), _sub(ev)) == ("Explosions/Remote violence", "Grenade")


# 7. chiefs of a customary order are civilians, not the government
@pytest.mark.parametrize(("text", "sub"), [
    ("Gunmen killed a traditional chief in his home in Bawku on Friday.", "Attack"),
    ("Gunmen abducted a paramount chief in Bo district on Sunday, police said.",
     "Abduction/forced disappearance"),
    ("Suspected rebels shot dead two tribal chiefs near Beni on Saturday.", "Attack"),
])
def test_customary_chiefs_are_civilians(primary_of, text: str, sub: str) -> None:
    ev = primary_of(text)
    assert (_type(ev), _sub(ev)) == ("Violence against civilians", sub)
    assert ev.target and all(a.inter == 7 for a in ev.target)


def test_an_army_chief_stays_military(primary_of) -> None:
    ev = primary_of("The army chief visited troops in Maiduguri on Monday.")
    assert ev.source and ev.source[0].inter == 1
