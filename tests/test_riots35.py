"""Riots told apart from protests, attacks and battles, sixth round (riots35): the supporters of a sports club
are fans, a crowd (not the club), and fans who storm or attack make no protest; with party supporters and
protesters as controls. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_acled_targets_audit import _inters
from test_riots26 import _acled


@pytest.mark.parametrize("text", [
    "Supporters of a local club attacked the linesman after a cup tie in Kabwe on Sunday, police said.",
    "On 4 March 2023, supporters of the home team stoned the visitors' bus after a match in Kumasi.",
    "Fans of two rival football clubs clashed with bottles near the stadium in Blantyre on Saturday, police"
    " said.",
])
def test_fans_of_a_club_are_a_mob(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Riots", "Mob violence")
    assert _inters(event)[0] == 5
    assert all("club" not in (a.text or "").lower() or "supporters" in (a.text or "").lower()
               or "fans" in (a.text or "").lower() for a in event.source)


def test_fans_who_storm_the_pitch_make_no_protest(primary_of) -> None:
    event = primary_of("Supporters of the local side stormed the pitch and assaulted the referee in Lilongwe"
                       " on Sunday.")
    assert _acled(event) == ("Riots", "Mob violence")


@pytest.mark.parametrize("text", [
    "Supporters of the ruling party attacked opposition activists with stones in Mongu on Sunday.",
    "Supporters of the opposition leader stormed a police station in Kisumu on Monday, demanding his"
    " release.",
])
def test_party_supporters_stay_a_political_crowd(primary_of, text: str) -> None:  # control
    event = primary_of(text)
    assert _acled(event)[0] == "Riots"
    assert not any("club" in (a.text or "").lower() for a in event.source)


def test_a_protest_by_club_supporters_is_still_a_protest(primary_of) -> None:  # control
    event = primary_of("Hundreds of supporters of a local club marched peacefully to the town hall in Ndola"
                       " on Friday to demand a new stadium.")
    assert _acled(event)[0] == "Protests"


@pytest.mark.parametrize("text", [
    "On 9 April 2023, villagers in Mpika hacked to death two men suspected of stealing a cow.",
    "A crowd in Nkhata Bay beat an elderly woman accused of witchcraft on Sunday, police said.",
    "On 2 June 2023, traders in Kasama caught a man trying to flee, beat a youth accused of stealing a bag"
    " and burned him.",
])
def test_people_told_suspected_after_their_name_are_mob_justice(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Riots", "Mob violence")
    assert "a crowd set on suspected wrongdoers" in event.evidence["acled"]


@pytest.mark.parametrize("text", [
    "On 9 April 2023, gunmen shot dead two men suspected of being informers in Mubi.",
    "Soldiers beat a man accused of breaking the curfew in Kalemie on Monday, residents said.",
])
def test_armed_men_on_suspects_stay_an_attack(primary_of, text: str) -> None:  # control
    event = primary_of(text)
    assert _acled(event)[0] == "Violence against civilians"
    assert "a crowd set on suspected wrongdoers" not in (event.evidence.get("acled") or [])


@pytest.mark.parametrize("text", [
    "Supporters of the APC and the PDP attacked each other with cudgels in Bauchi on Saturday, injuring"
    " nine.",
    "On 5 May 2023, supporters of the PDP and the APC fought with sticks and stones at a ward meeting in"
    " Jos, injuring four.",
])
def test_supporters_of_two_parties_are_one_crowd_not_a_party_militia(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Riots", "Mob violence")
    assert not any(a.inter == 3 for a in event.source + event.target)


@pytest.mark.parametrize("text", [
    "Supporters of rival candidates clashed with stones during a campaign rally in Kasese on Saturday,"
    " injuring five.",
    "On 8 March 2023, supporters of two parties fought with sticks during a rally in Kumasi.",
])
def test_rival_crowds_that_fight_at_a_rally_are_a_mob(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Riots", "Mob violence")


def test_protesters_who_burn_during_a_rally_still_demonstrate(primary_of) -> None:  # control
    event = primary_of("Protesters set fire to tyres and threw stones at police during a rally against"
                       " fuel prices in Kisumu on Monday.")
    assert _acled(event) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text", [
    "On 16 March 2023, commercial motorcyclists in Makurdi set ablaze a suspected kidnapper.",
    "Motorcyclists caught a suspected thief in Garoua and beat him to death, a local official said.",
])
def test_motorcyclists_who_lynch_a_suspect_are_a_mob(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Riots", "Mob violence")
    assert _inters(event)[0] == 5


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a motorcyclist in Maiduguri on Monday, police said.",
    "A motorcyclist was killed when soldiers opened fire at a checkpoint in Kumba on Friday.",
])
def test_a_motorcyclist_killed_is_a_civilian(primary_of, text: str) -> None:  # control
    event = primary_of(text)
    assert _acled(event) == ("Violence against civilians", "Attack")
    assert _inters(event)[1] == 7


@pytest.mark.parametrize("text", [
    "Youths from two clans hacked at each other with machetes near Marsabit on Sunday, leaving one dead.",
    "On 3 May 2023, men of two neighbouring villages hacked at one another with cutlasses in Bo over a"
    " farm boundary.",
])
def test_crowds_that_hack_at_each_other_are_a_mob(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Riots", "Mob violence")


def test_hacking_servers_is_no_violence(events_of) -> None:  # control
    assert not any(e.acled for e in events_of("Hackers hacked at the bank's servers for weeks, the company"
                                              " said."))


@pytest.mark.parametrize("text", [
    "On 6 May 2023, residents of Lokoja caught a suspected kidnapper and set him ablaze.",
    "Traders in Onitsha seized a suspected child abductor on Monday and beat him to death, police said.",
])
def test_a_pronoun_for_a_suspected_kidnapper_is_a_civilian_victim(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Riots", "Mob violence")
    assert _inters(event)[1] == 7


def test_a_suspected_armed_robber_beaten_by_a_mob_is_a_civilian(primary_of) -> None:
    event = primary_of("On 2 May 2023, a mob in Gbarnga beat a suspected armed robber unconscious.")
    assert _acled(event) == ("Riots", "Mob violence")
    assert _inters(event)[1] == 7


def test_kidnappers_who_fought_back_stay_armed(primary_of) -> None:  # control
    event = primary_of("Vigilantes exchanged fire with suspected kidnappers near Lokoja on Monday, killing"
                       " two of them.")
    assert _acled(event)[0] == "Battles"
