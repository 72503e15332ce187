"""Constructions of regional English-language presses that the article audit I (tests/data/articles_i)
found misread, each proved in sentences written for this test: a baton charge in South Asian words, deaths
told as martyrdom, as being "sent to hell" or "neutralised", people "whisked away", a hijacked protest,
an air operation, hoodlums and goons, a party's activists, and a school year that is not a count."""

from __future__ import annotations

import pytest
from test_sd27 import _acled


@pytest.mark.parametrize("text", [
    "Police lathi-charged protesting teachers outside the assembly in Patna on Tuesday.",
    "Police baton-charged demonstrators at the press club in Lahore on Monday.",
    "Police tear-gassed opposition supporters in Kisumu on Thursday.",
])
def test_baton_charge_in_a_presss_words_is_a_protest_broken_up(primary_of, text):
    primary = primary_of(text, "2023-05-10")
    assert primary.plover["type"] == "ASSAULT"
    assert _acled(primary)[0] == "Protests"


@pytest.mark.parametrize(("text", "dead"), [
    ("Four soldiers embraced shahadat when terrorists attacked a check post in Bannu on Monday.", 4),
    ("Two policemen embraced martyrdom in an attack on a police station in Dera Ismail Khan on Sunday.", 2),
    ("Three soldiers were martyred when militants attacked a convoy in Kurram on Friday.", 3),
    ("Three terrorists were sent to hell as security forces raided a hideout in Waziristan on Friday.", 3),
    ("Security forces sent five terrorists to hell in an exchange of fire in Lakki Marwat on Wednesday.", 5),
])
def test_deaths_told_in_a_military_statements_idiom_are_counted(primary_of, text, dead):
    assert primary_of(text, "2023-05-10").fatalities == dead


@pytest.mark.parametrize(("text", "dead"), [
    ("Troops neutralised six terrorists in an ambush near Bama on Tuesday.", 6),
    ("Security forces neutralized four militants in an operation in Tank district on Sunday.", 4),
    ("Turkish intelligence neutralized three members of the PKK in Qamishli on Tuesday.", 3),
])
def test_neutralised_armed_men_are_killed(primary_of, text, dead):
    primary = primary_of(text, "2023-05-10")
    assert primary.plover["type"] == "ASSAULT" and primary.fatalities == dead


def test_neutralised_bombs_kill_no_one(primary_of):
    primary = primary_of("Army engineers neutralised two bombs planted on a road near Maiduguri on Monday.",
                         "2023-05-10")
    assert primary.fatalities is None
    assert _acled(primary) == ("Strategic developments", "Disrupted weapons use")


def test_a_named_mans_neutralisation_is_a_killing(primary_of):
    text = ("The Turkish army neutralized a senior member of the PKK terrorist organization in northern Iraq "
            "on Monday, security sources said.")
    primary = primary_of(text, "2023-05-10")
    assert primary.plover["type"] == "ASSAULT"
    assert any(a.name == "PKK" for a in primary.target)


@pytest.mark.parametrize("text", [
    "Gunmen stormed a school in Kebbi State on Thursday and whisked away 80 pupils.",
    "Bandits whisked away 12 villagers from their homes in Kaduna on Saturday.",
    "Armed men whisked off two aid workers from a camp near Mopti on Friday.",
])
def test_people_whisked_away_are_abducted(primary_of, text):
    assert _acled(primary_of(text, "2023-05-10")) == ("Violence against civilians",
                                                      "Abduction/forced disappearance")


@pytest.mark.parametrize("text", [
    "The Turkish army neutralized two PKK terrorists in an air operation in northern Iraq on Monday.",
    "Troops killed two militants in an air operation in Sinjar on Monday.",
])
def test_an_air_operation_is_an_air_strike(primary_of, text):
    assert _acled(primary_of(text, "2023-05-10")) == ("Explosions/Remote violence", "Air/drone strike")


def test_a_hijacked_protest_is_no_abduction(events_of):
    text = "Hoodlums who hijacked the protest set ablaze a police station in Lagos on Wednesday."
    assert not any(_acled(e)[1] == "Abduction/forced disappearance" for e in events_of(text, "2023-05-10"))


def test_a_hijacked_bus_is_still_an_abduction(primary_of):
    text = "Gunmen hijacked a bus carrying 40 passengers in Zamfara on Monday."
    assert _acled(primary_of(text, "2023-05-10"))[1] == "Abduction/forced disappearance"


@pytest.mark.parametrize("text", [
    "Hoodlums set ablaze a police station in Lagos on Wednesday.",
    "Hoodlums attacked a police station in Benin City on Tuesday, killing two officers.",
    "Goons stoned motorists and looted shops in Kibera in Nairobi on Monday.",
])
def test_hoodlums_and_goons_are_rioters(primary_of, text):
    primary = primary_of(text, "2023-05-10")
    assert _acled(primary)[0] == "Riots"
    assert any(a.sector == "CVL" and "Rioters" in a.name for a in primary.source)


@pytest.mark.parametrize("text", [
    "A student was beaten to death by activists of the Bangladesh Chhatra League at a hall in Rajshahi on "
    "Sunday night.",
    "Activists of the Chhatra League hacked a student to death in Sylhet on Tuesday.",
])
def test_a_partys_activists_act_as_the_party(primary_of, text):
    primary = primary_of(text, "2023-05-10")
    assert [a.name for a in primary.source] == ["Chhatra League"]
    assert _acled(primary)[0] == "Violence against civilians"


def test_factory_workers_stay_labour(primary_of):
    primary = primary_of("Workers of a garment factory protested over unpaid wages in Gazipur on Monday.",
                         "2023-05-10")
    assert any(a.sector == "LAB" for a in primary.source)


@pytest.mark.parametrize(("text", "dead"), [
    ("A Grade 11 student was shot dead by police in Caloocan on Wednesday.", 1),
    ("A Form 4 student was killed by a mob in Kisii on Monday.", 1),
    ("Three Grade 9 pupils were shot dead by gunmen in Cotabato on Monday.", 3),
])
def test_a_school_year_is_not_a_count(primary_of, text, dead):
    assert primary_of(text, "2023-05-10").fatalities == dead


@pytest.mark.parametrize("text", [
    "Sicarios set up narco-blockades with burning trucks across Culiacan on Thursday.",
    "Cartel gunmen torched buses to build narco-blockades on the roads into Guadalajara on Tuesday.",
])
def test_narco_blockades_are_no_protest(events_of, text):
    assert not any(e.plover["type"] == "PROTEST" and e.trigger.text.endswith("blockades")
                   for e in events_of(text, "2023-05-10"))


def test_truckers_blockades_stay_a_protest(primary_of):
    text = "Truckers set up blockades on the highway near Puebla on Monday to protest against robberies."
    assert primary_of(text, "2023-05-10").plover["type"] == "PROTEST"
