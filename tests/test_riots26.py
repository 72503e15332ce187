"""Riots told apart from attacks, battles and protests (round riots26): force on a crowd its own words call
violent, looting of a place its keepers had left, crowds fighting crowds, suspected wrongdoers set upon by a
crowd or vigilantes, and rival party supporters who clash. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_acled_targets_audit import _inters


def _acled(event) -> tuple[str, str]:  # noqa: ANN001
    """The event's ACLED event type and sub-event type (shared by later riots and battles rounds)."""
    assert event is not None, "no event"
    assert event.acled is not None, f"no ACLED type ({event.plover['type']})"
    return event.acled["event_type"], event.acled["sub_event_type"]


@pytest.mark.parametrize("text, sub", [
    ("On 5 May 2021, police fired live rounds at stone-throwing demonstrators in Kenitra, wounding four.",
     "Violent demonstration"),
    ("Soldiers opened fire on rampaging protesters in Mandalay on Sunday, killing three.",
     "Violent demonstration"),
    ("Riot police fired tear gas and live rounds at rock-throwing students in Dhaka, killing one of them.",
     "Mob violence"),  # no protest told: a mob met by force
])
def test_force_on_a_crowd_told_violent_is_a_riot(primary_of, text: str, sub: str) -> None:
    assert _acled(primary_of(text)) == ("Riots", sub)


def test_force_on_a_peaceful_crowd_stays_excessive_force(primary_of) -> None:
    event = primary_of("Police fired live rounds at peaceful demonstrators in Kenitra, killing two.")
    assert _acled(event) == ("Protests", "Excessive force against protesters")


@pytest.mark.parametrize("text", [
    "Villagers looted an abandoned military camp near Kidal on Tuesday.",
    "Looters ransacked a police station deserted by officers in Goma overnight.",
    "On 2 March 2022, residents looted a government warehouse left unguarded after the soldiers fled Mueda.",
])
def test_looting_a_place_its_keepers_left_is_a_strategic_development(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Strategic developments", "Looting/property destruction")


def test_a_mob_looting_shops_stays_a_riot(primary_of) -> None:
    event = primary_of("A mob looted shops in central Johannesburg on Monday, police said.")
    assert _acled(event) == ("Riots", "Mob violence")


@pytest.mark.parametrize("text", [
    "Youths from Kibera clashed with youths from Mathare in Nairobi on Sunday.",
    "Rival football fans fought with stones and bottles outside the stadium in Oran, injuring 20 people.",
    "Students of two rival faculties fought with stones and iron rods on the campus in Rajshahi.",
    "On 14 April 2022, Hindu and Muslim groups threw stones at each other in Ujjain (Madhya Pradesh).",
])
def test_crowds_fighting_crowds_are_rioters_on_both_sides(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event)[0] == "Riots"
    assert _inters(event) == (5, 5)


@pytest.mark.parametrize("text", [
    "On 13 April 2021, members of a vigilante group shot dead three suspected robbers in Onitsha (Anambra).",
    "Members of a vigilante group shot dead two suspected cattle rustlers in Kenya's Baringo county.",
])
def test_vigilantes_killing_suspected_wrongdoers_attack_civilians(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Violence against civilians", "Attack")
    assert _inters(event)[1] == 7


@pytest.mark.parametrize("text", [
    "A mob beat to death a suspected kidnapper in Nigeria's Oyo state before police arrived.",
    "Villagers in Kasungu lynched two alleged thieves on Saturday.",
])
def test_a_mob_on_suspected_wrongdoers_hits_civilians(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Riots", "Mob violence")
    assert _inters(event) == (5, 7)


def test_vigilantes_fighting_bandits_stay_a_battle(primary_of) -> None:
    event = primary_of("Vigilantes in Zamfara killed five suspected bandits on Tuesday.")
    assert _acled(event) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "Members of the ruling ZANU-PF clashed with MDC supporters in Harare on Saturday, injuring five.",
    "On 12 June 2021, members of the ruling CCM party fought with CHADEMA supporters in Arusha.",
    "On 3 March 2022, APC and PDP supporters clashed in Ibadan (Oyo), leaving three injured.",
])
def test_rival_party_supporters_who_clash_riot(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Riots", "Mob violence")
    assert _inters(event)[0] == 5


def test_party_members_who_shoot_rivals_do_not_riot(primary_of) -> None:
    event = primary_of("ANC members shot dead two EFF supporters in Durban on Sunday.")
    assert _acled(event)[0] != "Riots"
