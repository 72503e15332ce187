"""Actors in communal and criminal violence (round communal49): the people taken hostage, not "hostage"; an
office naming an election is no shooter; the ruling party is a party; a possessive country before a named gang
coalition gives its country, not the state; a private army is a militia; "head of cattle" is no head of state;
a teller told after the clause does not take over its second verb. Sentences written for the test, with
controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="communal49"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _sides(actors) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for a in actors]


# 1. "took/held X hostage": X is taken, "hostage" what they were made
@pytest.mark.parametrize("text, target", [
    ("Gunmen took 10 nurses hostage at a hospital in Port-au-Prince.", [("HTI", "HLH")]),
    ("Bandits took 20 worshippers hostage in a church in Kaduna, Nigeria.", [("NGA", "REL")]),
    ("Villagers held 40 soldiers hostage in a remote district of Colombia for two days.", [("COL", "MIL")]),
    ("Protesters held three police officers and two soldiers hostage in Cauca, Colombia.",
     [("COL", "COP"), ("COL", "MIL")]),
])
def test_the_people_taken_hostage_are_the_target(pipeline, text: str, target: list) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT" and primary.plover["mode"] == "abduct"
    assert _sides(primary.target) == target
    assert not any((a.name or "").startswith("Prisoners") for a in primary.target)


@pytest.mark.parametrize("text, target", [
    # controls: a hostage counted by its own determiner, a passive, talks with the hostage-takers
    ("Gunmen took a hostage during the bank robbery in Quito, Ecuador.", ("ECU", "CVL")),
    ("Ten people were held hostage by gunmen in a bank in Lima, Peru.", ("PER", "CVL")),
])
def test_a_hostage_told_as_such_stays_the_target(pipeline, text: str, target: tuple) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["mode"] == "abduct"
    assert _sides(primary.target) == [target]


def test_talks_with_hostage_takers_stay_talks(pipeline) -> None:
    primary = _primary(pipeline, "Government negotiators held talks with the hostage-takers in Bamako.")
    assert primary.plover["type"] == "CONSULT"
    assert _sides(primary.source) == [("MLI", "GOV")]


def test_a_figurative_hostage_is_no_abduction(pipeline) -> None:
    assert not any(e.plover["type"] == "ASSAULT"
                   for e in _events(pipeline, "The union held the economy hostage with its strike."))


# 2. an office naming an election ("the governorship election") is no actor
@pytest.mark.parametrize("text", [
    "Two people were shot dead in Kano after the governorship election, police said.",
    "A man was stabbed to death in Nairobi during the county governorship race.",
    "Two people were shot dead in Kano as supporters of the NNPP and the APC clashed after the governorship "
    "election.",
])
def test_an_election_office_is_no_shooter(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert not any(a.sector == "GOV" for a in primary.source)


def test_the_government_named_stays_the_doer(pipeline) -> None:
    primary = _primary(pipeline, "The government imposed a curfew in Kano after the governorship election.")
    assert _sides(primary.source) == [("NGA", "GOV")]


# 3. the ruling party is a party: its factions fighting are party men, not the state
@pytest.mark.parametrize("text, country", [
    ("Members of rival factions of the ruling party clashed in Rivers state, Nigeria.", "NGA"),
    ("Rival factions of the ruling party fought with machetes in Kisumu, Kenya.", "KEN"),
    ("Rival factions of the ruling party traded blows at a rally in Lagos.", "NGA"),
])
def test_ruling_party_factions_fight_as_party_men(pipeline, text: str, country: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert _sides(primary.source) == [(country, "PTY")]
    assert _sides(primary.target) == [(country, "PTY")]  # the rally is where they fought, no side
    assert primary.acled["event_type"] == "Riots"
    assert not any((a.acled_actor or "").startswith("Protesters") for a in primary.source + primary.target)


def test_the_ruling_party_itself_is_a_party(pipeline) -> None:
    primary = _primary(pipeline, "The ruling party expelled three of its lawmakers in Zimbabwe.")
    assert _sides(primary.source) == [("ZWE", "PTY")]


def test_a_ruling_partys_supporters_stay_people(pipeline) -> None:
    primary = _primary(pipeline, "Police arrested ten supporters of the ruling party in Bamako, Mali.")
    assert _sides(primary.target) == [("MLI", "CVL")]


# 4. "Haiti's Viv Ansanm gang coalition": the gang, in Haiti
@pytest.mark.parametrize("text, name", [
    ("Haiti's Viv Ansanm gang coalition set fire to dozens of homes in Port-au-Prince.", "Viv Ansanm"),
    ("Haiti's G9 gang alliance attacked a police station in Port-au-Prince.", "G9"),
    ("Mexico's Sinaloa cartel killed five police officers in Culiacan.", "Sinaloa Cartel"),  # control
])
def test_a_named_gang_coalition_is_the_gang(pipeline, text: str, name: str) -> None:
    primary = _primary(pipeline, text)
    assert [a.name for a in primary.source] == [name]
    assert primary.source[0].sector == "CRM"


def test_a_countrys_government_stays_the_government(pipeline) -> None:
    primary = _primary(pipeline, "Haiti's government condemned the attack on the police station.")
    assert _sides(primary.source) == [("HTI", "GOV")]


# 5. a private army is a politician's or warlord's militia, no state army
@pytest.mark.parametrize("text", [
    "A warlord's private army attacked a village in Maguindanao, killing six people.",
    "Members of a private army of a local politician ambushed a police patrol in Misamis Occidental, "
    "Philippines.",
    "The mayor's private army burned houses in Abra, Philippines.",
])
def test_a_private_army_is_a_militia(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert _sides(primary.source) == [("PHL", "PRM")]


def test_a_national_army_stays_the_military(pipeline) -> None:
    primary = _primary(pipeline, "The Philippine army attacked a rebel camp in Maguindanao.")
    assert _sides(primary.source) == [("PHL", "MIL")]


# 6. "5,000 head of cattle" counts animals: no head of state
@pytest.mark.parametrize("text", [
    "Bandits rustled 200 head of livestock in Turkana, Kenya.",
    "Armed raiders stole 3,000 head of cattle from a village in Jonglei, South Sudan.",
    "Murle raiders abducted 12 children and stole 5,000 head of cattle in an attack on a village in Jonglei.",
])
def test_head_of_cattle_is_no_government(pipeline, text: str) -> None:
    for event in _events(pipeline, text):
        assert not any(a.sector == "GOV" for a in event.target), event.trigger.text


@pytest.mark.parametrize("text, target", [
    ("Militants attacked the army's head of operations in Borno, Nigeria.", ("NGA", "MIL")),
    ("Gunmen killed the head of the village council in Jonglei, South Sudan.", ("SSD", "GOV")),
])
def test_a_head_of_a_body_stays_its_head(pipeline, text: str, target: tuple) -> None:
    assert _sides(_primary(pipeline, text).target) == [target]


# 7. a teller told after the clause does not do its second act
@pytest.mark.parametrize("text, country", [
    ("Gunmen kidnapped two Chinese engineers in Karachi and demanded a ransom, Pakistani police said on "
     "Wednesday.", "PAK"),
    ("Kidnappers seized a priest in Enugu and demanded 50 million naira, Nigerian police said.", "NGA"),
])
def test_the_second_act_is_the_doers_not_the_tellers(pipeline, text: str, country: str) -> None:
    demand = next(e for e in _events(pipeline, text) if e.plover["type"] == "REQUEST")
    assert _sides(demand.source) == [(country, "UAF")]


@pytest.mark.parametrize("text, source", [
    # controls: a teller told first keeps the act of speech joined to the clause; "police said gunmen ..."
    ("The foreign ministry said the test was defensive and warned Washington against any attack.",
     (None, "GOV")),
    ("Police said gunmen killed three people in Kano, Nigeria.", ("NGA", "UAF")),
])
def test_a_teller_told_first_keeps_its_coding(pipeline, text: str, source: tuple) -> None:
    assert _sides(_primary(pipeline, text).source) == [source]
