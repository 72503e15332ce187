"""Riots told apart from protests, attacks and battles, third round (riots30): a building's annex is no
annexation, a sports team's supporters are fans (their attack on the police a mob's, not a demonstration's),
depositors and community members are people who can form a crowd, a crowd's violence set at a protest is
the demonstration's, a police party is the police, and a pronoun for a suspect named before is that suspect.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_acled_targets_audit import _inters
from test_riots26 import _acled


def test_a_building_annex_is_no_annexation(events_of) -> None:
    events = events_of("On 3 July 2023, youths set cars and a town hall annex on fire in Lyon.")
    assert not any(e.evidence["trigger"].get("class") == "capture_territory" for e in events)


@pytest.mark.parametrize("text", [
    "Russia annexed the region in 2014, Ukraine's foreign ministry said.",
    "The peninsula was annexed by Russia in 2014.",
])
def test_an_annexed_territory_is_still_taken(events_of, text: str) -> None:  # control
    events = events_of(text)
    assert any(e.evidence["trigger"].get("class") == "capture_territory" for e in events)


@pytest.mark.parametrize("text", [
    "On 4 June 2023, football supporters invaded the pitch and attacked police officers at a stadium in Kano"
    " (Kano) after their side lost.",
    "Soccer supporters stormed the field and attacked riot police after the final whistle in Surabaya.",
])
def test_fans_who_attack_the_police_are_a_mob(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Riots", "Mob violence")
    assert _inters(event)[0] == 5


def test_political_supporters_who_attack_the_police_demonstrate(primary_of) -> None:  # control
    event = primary_of("On 4 June 2023, opposition supporters attacked police officers in Kano (Kano).")
    assert _acled(event) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize(("text", "doer"), [
    ("On 2 March 2022, depositors smashed the windows of a bank in Tyre (South).", "depositors"),
    ("On 2 March 2022, a group of community members assaulted two men in Soweto (Gauteng).",
     "community members"),
])
def test_depositors_and_community_members_form_a_crowd(primary_of, text: str, doer: str) -> None:
    event = primary_of(text)
    assert _acled(event)[0] == "Riots"
    assert [(a.text, a.inter) for a in event.source] == [(doer, 5)]


@pytest.mark.parametrize("text", [
    "On 30 May 2020, rioters looted shops and set fire to a police station in Atlanta (Georgia) during"
    " demonstrations over a killing.",
    "Rioters torched cars amid protests against the new law in Lyon on Saturday.",
])
def test_a_crowd_violence_at_a_protest_is_a_violent_demonstration(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text", [
    "On 30 May 2020, rioters looted shops and set fire to a police station in Atlanta (Georgia).",
    "On 30 May 2020, rioters looted shops in Atlanta (Georgia) during a football match.",
])
def test_a_crowd_violence_with_no_protest_stays_a_mob(primary_of, text: str) -> None:  # control
    assert _acled(primary_of(text)) == ("Riots", "Mob violence")


def test_a_pronoun_for_a_suspect_is_the_suspect(event_at) -> None:
    event = event_at("On 3 March 2023, residents of Goma (Nord-Kivu) caught a suspected thief and beat him.",
                     "beat")
    assert [(a.text, a.inter) for a in event.target] == [("him", 7)]


def test_a_pronoun_for_a_thief_not_suspected_keeps_the_gang(event_at) -> None:  # control
    event = event_at("On 3 March 2023, residents of Goma (Nord-Kivu) caught a thief and beat him.", "beat")
    assert [a.inter for a in event.target] != [7]


def test_a_police_party_is_the_police(event_at) -> None:
    event = event_at("On 14 July 2023, villagers pelted stones at a police party in Sopore.", "pelted")
    assert [(a.text, a.inter) for a in event.target] == [("a police party", 1)]


def test_a_political_party_stays_a_party(event_at) -> None:  # control
    event = event_at("On 14 July 2023, police arrested two members of a political party in Sopore.",
                     "arrested")
    assert [(a.text, a.inter) for a in event.target] == [("a political party", 7)]
