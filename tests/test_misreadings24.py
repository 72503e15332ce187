"""The event coder's known ACLED type misreadings (issue #4, round coder24), each fixed as a construction,
with news sentences of our own and variants that must keep coding as before."""

from __future__ import annotations

import pytest


def _type(ev) -> str | None:  # noqa: ANN001
    return (ev.acled or {}).get("event_type")


def _sub(ev) -> str | None:  # noqa: ANN001
    return (ev.acled or {}).get("sub_event_type")


# 1. a police raid has no ACLED type of its own: told with what its doers took or did, it is that act
@pytest.mark.parametrize(("text", "sub"), [
    ("Police raided the offices of the Evening Courier newspaper and seized computers.",
     "Looting/property destruction"),
    ("Security agents raided a radio station in the capital and confiscated its equipment.",
     "Looting/property destruction"),
    ("Police raided the home of an opposition leader on Tuesday and arrested his two sons.", "Arrests"),
])
def test_a_raid_takes_the_type_of_what_its_doers_did(primary_of, text: str, sub: str) -> None:
    ev = primary_of(text)
    assert _type(ev) == "Strategic developments" and _sub(ev) == sub


# 2. a count of injured protesters alone is a dispersal; grave wounds or live fire are excessive force
@pytest.mark.parametrize("text", [
    "Police fired tear gas and rubber bullets at the marchers; 12 protesters were injured.",
    "Riot police used water cannon to disperse striking workers outside the factory, injuring 8 of them.",
    "Security forces broke up a sit-in by students with tear gas on Monday, and several students were hurt.",
])
def test_protesters_counted_injured_is_an_intervention(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert _type(ev) == "Protests" and _sub(ev) == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "Police fired tear gas at protesters in the capital, and five demonstrators were seriously injured.",
    "Police fired tear gas at the protesters and three of them suffered gunshot wounds.",
    "Soldiers fired live rounds at demonstrators in the city, wounding 14.",
])
def test_grave_wounds_or_live_fire_stay_excessive_force(primary_of, text: str) -> None:
    assert _sub(primary_of(text)) == "Excessive force against protesters"


# 3. an arrest told as done before the protest is its background, not an intervention at it
@pytest.mark.parametrize("text", [
    "Hundreds of teachers marched peacefully through the capital on Monday to demand higher pay. Police had "
    "arrested two organisers the day before.",
    "Thousands of nurses rallied outside parliament on Tuesday over unpaid wages. A day earlier, police "
    "detained three union leaders.",
    "Farmers staged a sit-in at the ministry on Wednesday. Security agents had arrested their spokesman last "
    "week.",
])
def test_an_arrest_before_the_protest_is_no_intervention(primary_of, text: str) -> None:
    assert _sub(primary_of(text)) == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Hundreds of students marched in the capital on Monday. Police arrested ten of the marchers.",
    "Hundreds of students marched in the capital on Monday. Police said they had arrested 20 protesters "
    "during the march.",
])
def test_an_arrest_at_the_protest_stays_an_intervention(primary_of, text: str) -> None:
    assert _sub(primary_of(text)) == "Protest with intervention"


# 4. groups counted by a number are crowds, not a few counted people
@pytest.mark.parametrize("text", [
    "Members of two rival parties fought each other in the village on Saturday.",
    "Youths from two villages fought each other over a land dispute on Sunday.",
])
def test_counted_groups_fighting_are_a_mob(primary_of, text: str) -> None:
    assert _type(primary_of(text)) == "Riots"


def test_two_counted_men_who_stab_stay_an_attack(primary_of) -> None:
    ev = primary_of("Two men stabbed a student to death near the university.")
    assert _type(ev) == "Violence against civilians" and ev.fatalities == 1


# 5. a polling unit or station is a place, not a military unit
@pytest.mark.parametrize("text", [
    "Thugs stormed polling units in the state and carted away ballot boxes on Saturday.",
    "Armed thugs invaded a polling station in the city and destroyed ballot papers.",
])
def test_a_polling_unit_is_no_military_target(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert not any(a.sector == "MIL" for a in ev.target) and _type(ev) != "Battles"


def test_a_police_unit_stays_the_police(primary_of) -> None:
    ev = primary_of("Gunmen attacked a police unit in the north on Sunday.")
    assert _type(ev) == "Battles" and any(a.sector == "COP" for a in ev.target)


# 6. shooting first, with a blast as another act: the shooting is an armed attack, not remote violence
@pytest.mark.parametrize(("text", "etype"), [
    ("Gunmen opened fire on a bus and set off explosives in the north on Tuesday, killing four passengers.",
     "Violence against civilians"),
    ("Militants opened fire on an army post and detonated a bomb near the gate, killing three soldiers.",
     "Battles"),
])
def test_shooting_with_a_blast_beside_it_is_an_armed_attack(primary_of, text: str, etype: str) -> None:
    ev = primary_of(text)
    assert _type(ev) == etype and ev.fatalities and ev.source


@pytest.mark.parametrize("text", [
    "Militants attacked the checkpoint and detonated a car bomb, killing five soldiers.",
    "Gunmen detonated a roadside bomb under a patrol and then opened fire on the soldiers, killing two.",
])
def test_an_attack_with_a_blast_or_a_blast_first_stays_remote_violence(primary_of, text: str) -> None:
    assert _type(primary_of(text)) == "Explosions/Remote violence"


def test_a_blast_alone_stays_remote_violence(primary_of) -> None:
    ev = primary_of("A suicide bomber set off explosives at a market, killing twelve people.")
    assert _type(ev) == "Explosions/Remote violence" and ev.fatalities == 12


def test_a_weapon_named_with_the_attack_still_makes_it_specific(primary_of) -> None:
    assert _sub(primary_of("Militants attacked the base with mortars and rockets on Sunday.")) == (
        "Shelling/artillery/missile attack")


# 7. people held at gunpoint by armed men are taken by force
@pytest.mark.parametrize("text", [
    "Gunmen held journalists at gunpoint in the port city and seized their cameras.",
    "Armed men held five aid workers at gunpoint for two hours before robbing them.",
    "Masked men held the reporters at knifepoint and took their phones.",
])
def test_held_at_gunpoint_is_violence_against_civilians(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert _type(ev) == "Violence against civilians" and ev.target


def test_holding_a_meeting_is_no_violence(primary_of) -> None:
    assert _type(primary_of("The company held a meeting at its headquarters on Monday.")) is None


# 8. suspects killed by state forces with no fight told are an attack on civilians
@pytest.mark.parametrize("text", [
    "A drug suspect was killed during a police raid in the town on Friday.",
    "Police shot dead two robbery suspects in the city on Sunday.",
    "A robbery suspect was shot dead by police officers at his home.",
])
def test_suspects_killed_with_no_fight_told_are_an_attack(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert _type(ev) == "Violence against civilians" and ev.fatalities


@pytest.mark.parametrize("text", [
    "Police killed three armed robbery suspects in a shootout in the city.",
    "Police shot dead two kidnapping suspects who opened fire on the officers at a checkpoint.",
    "Police carried out an operation against drug gangs in the slum. Two suspects were shot and injured. "
    "Police seized a pistol and drugs.",
])
def test_suspects_who_fought_stay_an_armed_clash(primary_of, text: str) -> None:
    assert _type(primary_of(text)) == "Battles"


# 9. a protest named only as what the people held are accused of is no protest report: the arrests are arrests
@pytest.mark.parametrize("text", [
    "Police arrested 30 youths in the capital on Tuesday who were accused of taking part in a protest last "
    "weekend.",
    "Police detained twelve students suspected of organising a demonstration against the government.",
])
def test_arrests_for_a_protest_told_as_accusation_are_arrests(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert _sub(ev) == "Arrests" and ev.arrested


@pytest.mark.parametrize("text", [
    "Police arrested 20 people at a protest in the capital on Monday.",
    "Police arrested 40 protesters during a march against fuel prices on Saturday.",
])
def test_arrests_at_a_protest_stay_an_intervention(primary_of, text: str) -> None:
    assert _sub(primary_of(text)) == "Protest with intervention"


# 10. men counted as a crowd who clash with the state's forces are a crowd, not gunmen
@pytest.mark.parametrize("text", [
    "Dozens of men clashed with police in the city when officers closed a mosque.",
    "Hundreds of young men clashed with soldiers in the market town on Friday.",
])
def test_a_counted_crowd_of_men_clashing_with_police_is_a_riot(primary_of, text: str) -> None:
    assert _type(primary_of(text)) == "Riots"


def test_two_men_who_clash_with_police_stay_armed(primary_of) -> None:
    ev = primary_of("Two men clashed with police at a checkpoint, and one was shot dead.")
    assert _type(ev) == "Battles"


# 11. left-over munitions that go off are an explosion, not an attack by no one
@pytest.mark.parametrize("text", [
    "Two farmers were killed when unexploded ordnance exploded in their field.",
    "A boy was injured when an unexploded bomb went off near his school.",
])
def test_unexploded_ordnance_going_off_is_remote_violence(primary_of, text: str) -> None:
    assert _sub(primary_of(text)) == "Remote explosive/landmine/IED"


# 12. a riot named after "after" or "following" and dated last week or month came before the protest
@pytest.mark.parametrize("text", [
    "Families staged a sit-in outside the prison after a riot there last week.",
    pytest.param(
        "Relatives of inmates protested outside the prison on Monday following a riot at the jail "
        "last month.",
        marks=pytest.mark.xfail(strict=True, reason="since gaps30 mends the parse that hung 'protested' on "
                                "'inmates', the riot told after 'following' is no longer read as dated "
                                "before the protest")),
])
def test_a_riot_dated_before_the_protest_leaves_it_peaceful(primary_of, text: str) -> None:
    assert _sub(primary_of(text)) == "Peaceful protest"


def test_clashes_after_which_officers_were_hurt_stay_a_riot(primary_of) -> None:
    ev = primary_of("Two officers were injured after clashes with protesters in the capital on Monday.")
    assert _type(ev) == "Riots"
