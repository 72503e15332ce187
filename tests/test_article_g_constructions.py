"""Constructions of non-violent news between states that article audit G (tests/data/articles_g/) found
misread, each told in several sentences of our own: whole formations moved to a border, a title before a
personal name that ends in a role word, leaders of a region, talks offered, and a deadline given to people
a relative clause describes."""

from __future__ import annotations

import pytest


def _event(events, ptype):  # noqa: ANN001, ANN202 - test helper
    return next((e for e in events if e.plover["type"] == ptype), None)


@pytest.mark.parametrize("text, doer", [
    ("Russia has moved two armies and three airborne formations to its western borders, the defence "
     "minister said on Tuesday.", "RUS"),
    ("Beijing moved an army corps closer to the frontier on Friday, the ministry said.", "CHN"),
    ("Moscow moved paratroopers and marines to the Baltic coast on Monday.", "RUS"),
    ("India moved two army formations towards the Line of Control on Sunday.", "IND"),
])
def test_moving_whole_formations_is_a_mobilisation(events_of, text, doer):
    ev = _event(events_of(text), "MOBILIZE")
    assert ev is not None, "moving armies, corps or formations is a show of force"
    assert any(a.country == doer for a in ev.source)


@pytest.mark.parametrize("text, country", [
    ("Chinese Foreign Minister Qin Gang met his Russian counterpart in Moscow on Monday.", "CHN"),
    ("Vice Premier Liu Gang visited Hanoi on Tuesday.", None),
    ("Chinese Defence Minister Wei Gang held talks with his Thai counterpart in Bangkok on Friday.", "CHN"),
])
def test_a_name_ending_in_a_role_word_after_a_title_is_the_official(primary_of, text, country):
    ev = primary_of(text)
    assert [(a.country, a.sector) for a in ev.source][:1] == [(country, "GOV")], "an official, no gang"


def test_a_gang_is_still_a_gang(primary_of):
    ev = primary_of("Police arrested members of the gang in Port-au-Prince on Monday.")
    assert any(a.sector == "CRM" for a in ev.target)


@pytest.mark.parametrize("text", [
    "European leaders condemned the coup in Niger on Monday.",
    "West African leaders on Sunday warned the junta in Niamey that they could use force.",
    "Gulf ministers meeting in Riyadh condemned the attack on the tanker in Yemen.",
    "Sahelian leaders signed a defence pact in Bamako on Saturday.",
])
def test_leaders_of_a_region_take_no_country_from_the_place(primary_of, text):
    ev = primary_of(text)
    assert ev.source and all(a.country is None for a in ev.source), [(a.text, a.country) for a in ev.source]


def test_a_country_named_as_an_adjective_keeps_its_country(primary_of):
    ev = primary_of("South African ministers met in Pretoria on Tuesday.")
    assert [a.country for a in ev.source] == ["ZAF"]


@pytest.mark.parametrize("text, doer", [
    ("China offered on Monday to help bring Israel and the Palestinians back to peace talks.", "CHN"),
    ("Turkey offered on Friday to host talks between the two sides.", "TUR"),
    ("Egypt offered to host talks between Hamas and Fatah.", "EGY"),
    ("Norway offered on Thursday to host negotiations between the government and the rebels.", "NOR"),
])
def test_talks_offered_are_an_offer_not_talks_held(primary_of, text, doer):
    ev = primary_of(text)
    assert ev.plover["type"] == "AGREE"
    assert any(a.country == doer for a in ev.source)


def test_talks_hosted_are_talks(primary_of):
    assert primary_of("Turkey hosted talks between the two sides on Friday.").plover["type"] == "CONSULT"


@pytest.mark.parametrize("text, addressee", [
    ("West African leaders on Sunday gave the military officers who seized power in Niger one week to "
     "reinstate the president.", "MIL"),
    ("The army gave the rebels who hold the town 48 hours to surrender.", "REB"),
    ("The bloc gave the generals who staged the coup a month to hand power back to civilians.", "MIL"),
])
def test_a_deadline_given_to_people_a_clause_describes_is_an_ultimatum(primary_of, text, addressee):
    ev = primary_of(text)
    assert ev.plover["type"] == "THREATEN", "the act asked for has not happened; the deadline is the news"
    assert any(a.sector == addressee for a in ev.target)


def test_time_given_without_a_demand_is_no_ultimatum(events_of):
    events = events_of("He gave the workers who built the bridge a week of holiday.")
    assert _event(events, "THREATEN") is None
