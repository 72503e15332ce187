"""Round lead47: forces sent to help, or on the host's request, are help offered (PLOVER AGREE), not a threat;
a condition that only enables a deployment ("if it receives funding") makes no threat either; a deed named
again in a later reaction ("The government condemned the attack") is the deed told before, and the reaction
is aimed at its doers. Sentences written for the test, with controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="lead47"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


@pytest.mark.parametrize("text, source, target", [
    ("Rwanda will deploy troops to Mozambique's Cabo Delgado province to help fight insurgents, the "
     "government said.", "RWA", "MOZ"),
    ("Turkey will send troops to Libya if Tripoli asks for them, Erdogan said.", "TUR", "LBY"),
    ("Chad will send 1,000 soldiers to Mali to reinforce the African force there, the defence minister said.",
     "TCD", "MLI"),
])
def test_forces_sent_to_help_are_help_offered(pipeline, text, source, target) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "AGREE"
    assert [a.country for a in primary.source] == [source]
    assert target in {a.country for a in primary.target}


@pytest.mark.parametrize("text", [
    "Kenya will send 1,000 police officers to Haiti if it receives funding from the United Nations, "
    "President William Ruto said.",
    "Turkey will send troops to Libya if parliament approves the deployment, officials said.",
])
def test_a_deployment_on_an_enabling_condition_is_no_threat(pipeline, text) -> None:
    assert not any(e.plover["type"] == "THREATEN" for e in _events(pipeline, text))


@pytest.mark.parametrize("text, mode", [
    ("Russia will send more troops to the border with Finland, the defence minister said.", None),
    ("Israel will strike Iran if it attacks again, the prime minister said.", "violence"),
    ("The union will strike on Monday unless the government raises its offer.", "restrict"),
])
def test_controls_threats_stay_threats(pipeline, text, mode) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "THREATEN"
    assert primary.plover.get("mode") == mode


@pytest.mark.parametrize("text, deed, reaction, doer", [
    ("Gunmen killed 12 villagers in an attack on Kadia in central Mali on Sunday, local officials said. The "
     "government condemned the attack and promised to find those responsible.", "attack", "condemned", "UAF"),
    ("Israeli forces raided the Jenin refugee camp on Monday, killing five Palestinians. Hamas called the "
     "raid a massacre and vowed revenge.", "raided", "called", "MIL"),
    ("Police arrested opposition leader Ousmane Sonko in Dakar on Friday. The United States criticised the "
     "arrest.", "arrested", "criticised", "COP"),
    ("Soldiers shot dead three protesters in Mandalay on Saturday. Rights groups denounced the killing.",
     "shot dead", "denounced", "MIL"),
])
def test_a_deed_named_again_in_a_reaction_is_the_deed_told_before(pipeline, text, deed, reaction,
                                                                  doer) -> None:
    events = _events(pipeline, text)
    first = next(e for e in events if e.trigger.text == deed)
    later = [e for e in events if e.sentence > first.sentence and e.plover["type"] == first.plover["type"]]
    assert later == []
    said = next(e for e in events if e.trigger.text == reaction)
    assert said.plover["type"] == "ACCUSE"
    assert [a.sector for a in said.target] == [doer]
    assert first.primary


def test_a_label_given_to_the_deed_is_no_event(pipeline) -> None:
    events = _events(pipeline, "Israeli forces raided the Jenin refugee camp on Monday, killing five "
                               "Palestinians. Hamas called the raid a massacre.")
    assert not any(e.trigger.text == "massacre" for e in events)


@pytest.mark.parametrize("text, later", [
    # a new deed of the same kind, told with its own toll, stays an event
    ("Gunmen killed 12 villagers in Kadia on Sunday. On Tuesday, the attack on a market in Gao killed four "
     "traders.", "attack"),
    # nothing told before: the attack condemned is the only account of it
    ("The Philippines condemned the attack on its supply boat near Second Thomas Shoal.", "attack"),
])
def test_controls_deeds_not_told_before_stay(pipeline, text, later) -> None:
    assert any(e.trigger.text == later and e.plover["type"] == "ASSAULT" for e in _events(pipeline, text))


@pytest.mark.parametrize("text, sector", [
    ("Gunmen killed a Sri Lankan manager in Karachi.", "BUS"),
    ("A Guatemalan environmental defender was shot dead near Lake Izabal.", "ENV"),
    ("Gunmen shot dead a Mexican rapper outside a nightclub in Culiacan.", "CVL"),
    ("The junta suspended the broadcasts of French outlets.", "JRN"),
])
def test_people_by_their_trade_are_no_government(pipeline, text, sector) -> None:
    primary = _primary(pipeline, text)
    assert [a.sector for a in primary.target] == [sector]


def test_mercenaries_are_hired_fighters_of_their_country(pipeline) -> None:
    primary = _primary(pipeline, "Russian mercenaries killed dozens of civilians in the village.")
    assert [(a.country, a.sector, a.inter) for a in primary.source] == [("RUS", "UAF", 8)]


def test_a_freed_aid_worker_is_a_release_not_aid(pipeline) -> None:
    primary = _primary(pipeline, "Kidnappers released a French aid worker after four months in captivity.")
    assert (primary.plover["type"], primary.plover.get("mode")) == ("RETREAT", "release")
    assert [a.sector for a in primary.target] == ["NGO"]


def test_control_money_released_is_still_aid(pipeline) -> None:
    primary = _primary(pipeline, "The World Bank released $500 million in aid to Ethiopia on Monday.")
    assert primary.plover["type"] == "AID"


def test_a_fight_between_rivals_is_not_aimed_at_the_place(pipeline) -> None:
    primary = _primary(pipeline, "Rival drug cartels fought a gun battle in the Mexican border city of "
                                 "Reynosa, leaving 19 people dead.")
    assert primary.acled["sub_event_type"] == "Armed clash"
    assert all(a.sector == "CRM" for a in primary.target)


def test_control_shelling_a_city_is_aimed_at_its_country(pipeline) -> None:
    primary = _primary(pipeline, "Russian forces shelled the city of Kharkiv overnight.")
    assert [a.country for a in primary.target] == ["UKR"]


@pytest.mark.parametrize("text", [
    "Thai police used rubber bullets and tear gas against protesters marching on the prime minister's "
    "residence.",
    "Police used rubber bullets against protesters in Santiago.",
])
def test_rubber_bullets_and_tear_gas_are_crowd_control(pipeline, text) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("ASSAULT", "crowd-control")
    assert primary.acled["sub_event_type"] != "Chemical weapon"
    assert [a.sector for a in primary.target] == ["CVL"]


def test_control_chemical_weapons_stay_chemical(pipeline) -> None:
    primary = _primary(pipeline, "Syrian government forces used chlorine gas and sarin against civilians in "
                                 "Douma, the OPCW said.")
    assert primary.acled["sub_event_type"] == "Chemical weapon"


def test_a_measure_eased_at_home_is_aimed_at_its_people(pipeline) -> None:
    primary = _primary(pipeline, "Nepal lifted a curfew in Kathmandu after three days of protests.")
    assert primary.plover["type"] == "CONCEDE"
    assert [(a.country, a.sector) for a in primary.target] == [("NPL", "CVL")]


def test_control_a_measure_eased_abroad_is_aimed_at_that_government(pipeline) -> None:
    primary = _primary(pipeline, "Israel eased restrictions on goods entering Gaza on Monday.")
    assert all(a.country != "ISR" for a in primary.target)


@pytest.mark.parametrize("text, ptype, source, target", [
    ("Niger junta expels French ambassador", "SANCTION", "NER", "FRA"),
    ("Niger's junta expels French ambassador", "SANCTION", "NER", "FRA"),
    ("Mali junta expels French ambassador", "SANCTION", "MLI", "FRA"),
])
def test_a_headline_verb_after_a_named_doer_noun(pipeline, text, ptype, source, target) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == ptype
    assert [a.country for a in primary.source] == [source]
    assert [a.country for a in primary.target] == [target]


def test_control_a_noun_compound_headline_keeps_its_reading(pipeline) -> None:
    events = _events(pipeline, "Kenya election results spark protests")
    assert not any(e.trigger.text == "results" for e in events)


@pytest.mark.parametrize("text, sector", [
    ("Nicaragua stripped 94 opponents of their citizenship.", "OPP"),
    ("Police arrested two opponents of President Kais Saied in Tunis.", "OPP"),
])
def test_opponents_are_the_opposition(pipeline, text, sector) -> None:
    assert [a.sector for a in _primary(pipeline, text).target] == [sector]


def test_truckers_are_workers_not_the_government(pipeline) -> None:
    primary = _primary(pipeline, "Chilean truckers blocked highways across the country to protest rising "
                                 "crime.")
    assert primary.plover["type"] == "PROTEST"
    assert all(a.sector != "GOV" for a in primary.source)


@pytest.mark.parametrize("text, ptype", [
    ("Honduras ended its extradition treaty with the United States.", "SANCTION"),
    ("Panama closed the Darien jungle route to migrants heading north.", "COERCE"),
])
def test_ending_a_treaty_and_closing_a_route(pipeline, text, ptype) -> None:
    assert _primary(pipeline, text).plover["type"] == ptype


def test_control_talks_that_ended_are_no_sanction(pipeline) -> None:
    events = _events(pipeline, "The talks ended without an agreement.")
    assert not any(e.plover["type"] == "SANCTION" for e in events)


def test_a_broker_is_not_its_own_target(pipeline) -> None:
    events = _events(pipeline, "Saudi Arabia restored diplomatic ties with Iran in a deal brokered by China.")
    broker = next(e for e in events if e.trigger.text == "brokered")
    assert [a.country for a in broker.source] == ["CHN"]
    assert "CHN" not in {a.country for a in broker.target}


def test_a_partner_parsed_as_a_participle_subject(pipeline) -> None:
    primary = _primary(pipeline, "Ethiopia signed a deal with Kenya giving it access to the port.")
    assert [a.country for a in primary.target] == ["KEN"]
