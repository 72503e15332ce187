"""Round lead46: a past verb parsed as an adjective with its own subject ("Moscow jailed opposition politician
X"), an object hung on a verb's particle ("sealed off the West Bank"), reactions "from" someone ("drew
criticism from rights groups"), a coup aimed at the government, missiles tested or fired into the sea
(MOBILIZE weapons), live-fire drills, and things rebuilt (not their users). Sentences written for the test,
with controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="lead46"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


@pytest.mark.parametrize("text, iso3, sector, name", [
    ("Moscow jailed opposition politician Ilya Yashin for criticising the war.", "RUS", "OPP", "Yashin"),
    ("A Moscow court jailed opposition politician Ilya Yashin for eight and a half years on Friday.", "RUS",
     "OPP", "Yashin"),
    ("Minsk detained opposition leader Maria Kolesnikova at the border.", "BLR", "OPP", "Kolesnikova"),
])
def test_a_verb_parsed_as_an_adjective_keeps_its_object(pipeline, text, iso3, sector, name) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "COERCE"
    assert [(a.country, a.sector) for a in primary.target] == [(iso3, sector)]
    assert name in primary.target[0].name


def test_a_described_custody_is_still_no_event(pipeline) -> None:
    """Control: "the jailed opposition leader X died" tells no arrest."""
    events = _events(pipeline, "The jailed opposition leader Alexei Navalny died in an Arctic prison.")
    assert not any(e.plover["type"] == "COERCE" for e in events)


@pytest.mark.parametrize("text, iso3", [
    ("The Israeli army sealed off the West Bank after the attack.", "PSE"),
    ("Israeli forces sealed off the Gaza Strip on Sunday.", "PSE"),
])
def test_a_place_sealed_off_is_the_target(pipeline, text, iso3) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "COERCE"
    assert [a.country for a in primary.target] == [iso3]
    assert all(a.country == "ISR" for a in primary.source)


@pytest.mark.parametrize("text, deed, reacting", [
    ("The arrests drew criticism from rights groups.", "arrests", "HRI"),
    ("The arrest of the journalists drew condemnation from the United Nations.", "arrest", "IGO"),
    ("The raid sparked condemnation from opposition parties.", "raid", "OPP"),
])
def test_who_reacts_from_is_not_the_doer(pipeline, text, deed, reacting) -> None:
    events = _events(pipeline, text)
    event = next(e for e in events if e.trigger.text == deed)
    assert not any(a.sector == reacting for a in event.source)
    assert any(a.sector == reacting for e in events if e is not event for a in e.source)


def test_a_named_doer_of_a_deed_that_drew_criticism_stays(pipeline) -> None:
    """Control: the police named as the arresters keep the arrest."""
    event = next(e for e in _events(pipeline, "The arrests by police drew criticism from rights groups.")
                 if e.trigger.text == "arrests")
    assert [a.sector for a in event.source] == ["COP"]


@pytest.mark.parametrize("text, iso3", [
    ("The army staged a coup attempt in Niger on Wednesday.", "NER"),
    ("Soldiers launched a coup in Gabon early on Wednesday.", "GAB"),
])
def test_a_coup_is_aimed_at_the_government(pipeline, text, iso3) -> None:
    coup = next(e for e in _events(pipeline, text) if "coup" in e.trigger.text)
    assert [(a.country, a.sector) for a in coup.target] == [(iso3, "GOV")]


@pytest.mark.parametrize("text", [
    "Pyongyang fired two ballistic missiles into the sea off its east coast, Seoul's military said.",
    "North Korea test-fired a new intercontinental ballistic missile on Friday.",
    "Russia test-launched its Sarmat intercontinental missile.",
    "Iran carried out a missile test in the Gulf on Tuesday.",
])
def test_a_missile_test_is_a_show_of_weapons(pipeline, text) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("MOBILIZE", "weapons")
    assert primary.target == []


def test_a_rocket_into_orbit_is_no_attack(pipeline) -> None:
    events = _events(pipeline, "Iran launched a satellite-carrying rocket into orbit on Saturday.")
    assert not any(e.plover["type"] == "ASSAULT" for e in events)


@pytest.mark.parametrize("text, plover", [
    ("China held live-fire drills around Taiwan on Monday.", "MOBILIZE"),
    # controls: missiles fired at a place are an attack
    ("Russia launched missiles at Kyiv overnight.", "ASSAULT"),
    ("Hezbollah fired rockets into northern Israel.", "ASSAULT"),
])
def test_drills_are_no_attack_and_missiles_at_a_place_are(pipeline, text, plover) -> None:
    assert _primary(pipeline, text).plover["type"] == plover


@pytest.mark.parametrize("text, iso3, sector", [
    ("Kuwait pledged $100 million to rebuild schools in Gaza.", "PSE", "GOV"),
    # controls: a country helped to rebuild is the target; students attacked are students
    ("Japan pledged $50 million to help rebuild Iraq.", "IRQ", "GOV"),
    ("Gunmen attacked a school in Kaduna, abducting dozens of pupils.", "NGA", "EDU"),
])
def test_things_rebuilt_are_no_people(pipeline, text, iso3, sector) -> None:
    primary = _primary(pipeline, text)
    assert (primary.target[0].country, primary.target[0].sector) == (iso3, sector)


@pytest.mark.parametrize("text, deed, not_doer", [
    ("Election officials in Pakistan delayed the announcement of results, prompting accusations of rigging.",
     "accusations", "GOV"),
    ("Serbian President Aleksandar Vucic accused the West of fomenting the protests.", "protests", "GOV"),
    ("Orban drew criticism from Brussels over the new media law.", "criticism", "GOV"),
    ("The government faced mass protests over fuel prices.", "protests", "GOV"),
])
def test_who_causes_or_meets_an_act_did_not_do_it(pipeline, text, deed, not_doer) -> None:
    event = next(e for e in _events(pipeline, text) if e.trigger.text == deed)
    assert not any(a.sector == not_doer for a in event.source)


@pytest.mark.parametrize("text, sector", [
    # controls: light verbs keep their subject as the doer
    ("The rebels launched an offensive on the city on Monday.", "REB"),
    ("The army carried out air strikes on rebel positions.", "MIL"),
    ("Opposition supporters staged a protest outside parliament.", "OPP"),
])
def test_a_light_verb_subject_still_does_the_act(pipeline, text, sector) -> None:
    assert [a.sector for a in _primary(pipeline, text).source] == [sector]


@pytest.mark.parametrize("text, sector", [
    ("The Indian navy rescued 21 crew members of a cargo ship hijacked by Somali pirates.", "LAB"),
    ("Police rescued 12 kidnapped students in Kaduna.", "EDU"),
    ("Troops rescued the passengers of a bus seized by gunmen.", "CVL"),
])
def test_captives_rescued_are_freed_and_the_target(pipeline, text, sector) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("RETREAT", "release")
    assert [a.sector for a in primary.target] == [sector]


def test_a_rescue_from_a_fire_is_no_release(pipeline) -> None:
    """Control: people rescued from a fire or a flood were not held by anyone."""
    events = _events(pipeline, "Firefighters rescued the crew of a fishing boat that caught fire.")
    assert not any(e.plover["type"] == "RETREAT" for e in events)


@pytest.mark.parametrize("text", [
    "Costa Rica declared a national emergency after a ransomware attack by the Conti group.",
    "Hackers launched a DDoS attack on government websites.",
])
def test_a_ransomware_or_ddos_attack_is_cyber(pipeline, text) -> None:
    attack = next(e for e in _events(pipeline, text) if e.trigger.text == "attack")
    assert (attack.plover["type"], attack.plover.get("mode")) == ("COERCE", "cyber")


@pytest.mark.parametrize("text, plover, source, target", [
    ("South Sudan's President Salva Kiir sacked his finance minister for the fourth time in a year.",
     "COERCE", "SSD", "SSD"),
    ("Egypt's Sisi received Sudan's army chief Abdel Fattah al-Burhan in Cairo.", "CONSULT", "SDN", "EGY"),
    ("Mozambican police fired live ammunition at opposition supporters in Maputo.", "ASSAULT", "MOZ", "MOZ"),
])
def test_sackings_received_chiefs_and_ammunition_fired_at(pipeline, text, plover, source, target) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    assert [a.country for a in primary.source] == [source]
    assert [a.country for a in primary.target] == [target]


def test_a_club_that_sacks_its_coach_is_no_event(pipeline) -> None:
    assert _events(pipeline, "The club sacked its coach after a string of defeats.") == []


@pytest.mark.parametrize("text, iso3", [
    ("Syrian rebels captured Aleppo in a lightning offensive, forcing government troops to withdraw.", "SYR"),
    ("M23 rebels captured Goma on Monday.", "COD"),
])
def test_a_city_captured_is_territory_whatever_its_tag(pipeline, text, iso3) -> None:
    primary = _primary(pipeline, text)
    assert primary.acled["sub_event_type"] == "Non-state actor overtakes territory"
    assert primary.location is not None and primary.location.country == iso3


@pytest.mark.parametrize("text, deed, iso3", [
    ("Sheikh Hasina resigned and fled to India as protesters stormed her residence.", "stormed", "BGD"),
    # controls: the fugitives' own flight is to where they went; a place of the act itself stays
    ("Thousands of refugees fled to Chad after fighting in Darfur.", "fighting", "SDN"),
    ("Protesters stormed the presidential palace in Colombo as Gotabaya Rajapaksa fled to the Maldives.",
     "stormed", "LKA"),
])
def test_where_a_fugitive_fled_is_no_place_of_other_acts(pipeline, text, deed, iso3) -> None:
    event = next(e for e in _events(pipeline, text) if e.trigger.text == deed)
    assert [a.country for a in event.source] == [iso3]


def test_proposals_sent_are_an_offer(pipeline) -> None:
    primary = _primary(pipeline, "Downing Street sent its final proposals for a withdrawal deal to Brussels.")
    assert primary.plover["type"] == "AGREE"
    assert [a.country for a in primary.source] == ["GBR"]


@pytest.mark.parametrize("text", [
    "Turkey hosted talks between the two sides on Friday.",
    "Qatar mediated talks between both sides on Sunday.",
])
def test_two_sides_named_before_by_no_one_are_no_actor(pipeline, text) -> None:
    primary = _primary(pipeline, text)
    assert not any(a.country in ("TUR", "QAT") for a in primary.target)


def test_a_boat_carrying_weapons_seized_is_disrupted_weapons_use(pipeline) -> None:
    text = "The navy seized a boat carrying rifles and ammunition off the coast of Aden."
    primary = _primary(pipeline, text)
    assert primary.acled["sub_event_type"] == "Disrupted weapons use"


@pytest.mark.parametrize("text, iso3", [
    ("Israeli air strikes killed at least 30 people in Gaza overnight, the territory's health ministry said.",
     "PSE"),
    ("Israeli troops clashed with Hamas fighters in Gaza on Monday.", "PSE"),
])
def test_gaza_is_palestinian_when_israel_acts_there(pipeline, text, iso3) -> None:
    primary = _primary(pipeline, text)
    assert primary.location is not None and primary.location.country == iso3


@pytest.mark.parametrize("text, plover", [
    # a confrontation may be words only: the crowd's protest stays peaceful
    ("Villagers blocked a highway to demand electricity, and a brief confrontation with drivers followed.",
     "ASSAULT"),
    # control: unarmed crowds that clash riot
    ("Students clashed with pro-government supporters near parliament in Bangkok.", "PROTEST"),
])
def test_crowd_fights_are_blows_between_anonymous_crowds(pipeline, text, plover) -> None:
    fight = next(e for e in _events(pipeline, text) if e.trigger.text in ("confrontation", "clashed"))
    assert fight.plover["type"] == plover


def test_a_fight_during_the_operation_is_its_substance(pipeline) -> None:
    text = ("Troops raided a rebel camp near the border on Monday. They exchanged fire with the rebels "
            "during the operation, killing four.")
    primary = _primary(pipeline, text)
    assert primary.acled["sub_event_type"] == "Armed clash"


def test_answered_with_tear_gas_aims_at_the_crowd(pipeline) -> None:
    events = _events(pipeline, "Protesters in Nairobi threw stones at police, who responded with tear gas.")
    gas = next(e for e in events if e.plover.get("mode") == "crowd-control")
    assert [a.sector for a in gas.target] == ["CVL"]


@pytest.mark.parametrize("text, deed, iso3, sector", [
    ("Israel will strike Iran if it attacks again, the defence minister said.", "attacks", "IRN", "GOV"),
    ("Police in Nairobi will arrest the protesters if they block the highway again.", "block", "KEN", "CVL"),
])
def test_a_conditions_pronoun_is_the_one_it_is_put_to(pipeline, text, deed, iso3, sector) -> None:
    event = next(e for e in _events(pipeline, text) if e.trigger.text == deed)
    assert [(a.country, a.sector) for a in event.source] == [(iso3, sector)]


def test_a_condition_on_the_doer_keeps_the_doer(pipeline) -> None:
    """Control: "the union will strike if it is not paid" puts no one else's condition."""
    primary = _primary(pipeline, "The teachers' union will strike if it is not paid by Friday.")
    assert [a.sector for a in primary.source] == ["LAB"]


@pytest.mark.parametrize("text, iso3", [
    ("National Rally leader Jordan Bardella criticised the government's budget.", "FRA"),
    ("Chad Smith criticised the government's budget on Tuesday.", None),
    ("Jordan Bardella criticised the government's budget on Tuesday.", None),
])
def test_a_country_that_is_a_first_name_is_no_place(pipeline, text, iso3) -> None:
    primary = _primary(pipeline, text)
    assert [a.country for a in primary.target] == [iso3]


def test_a_country_named_alone_stays_the_country(pipeline) -> None:
    """Control: "Jordan criticised Israel's offensive" is Jordan's government."""
    primary = _primary(pipeline, "Jordan criticised Israel's offensive in Gaza.")
    assert [a.country for a in primary.source] == ["JOR"]
