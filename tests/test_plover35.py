"""Round plover35: 123 wire-news ledes of our own (tests/data/plover_ledes35.yaml) on the general wording
of a lede: its main verb with the light-verb and nominal forms wire copy uses ("held talks", "paid a visit",
"voiced support", "lodged a protest", "imposed sanctions", "issued a warning", "pledged aid"), reported speech
("X said Y had attacked Z") and ledes with several events, each coded as `chronica code` codes a document: the
primary event's PLOVER type, first source country and first target country as the row expects (NONE among a
row's types: no primary event, or one with no PLOVER type). A row with ``gap`` is a known gap: a strict xfail
with that reason. Then the constructions the round fixed, each with sentences of our own and controls that
must not change."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from test_plover_stories import TYPES, check_primary, lede_params, ledes

from chronica.ingest import document_from_text

LEDES = Path(__file__).parent / "data" / "plover_ledes35.yaml"


def _primary(pipeline, text: str):
    document = document_from_text(text, doc_id="plover35")
    return next((e for e in pipeline.code(document) if e.primary), None)


def test_the_set_is_wire_ledes_of_every_type() -> None:
    rows = ledes(LEDES)
    assert len(rows) >= 100 and len({r["text"] for r in rows}) == len(rows)
    assert 15 <= sum(1 for r in rows if r.get("control")) <= 25
    firsts = Counter(r["type"].split("|")[0] for r in rows)
    assert set(firsts) - {"NONE"} == TYPES and min(firsts[t] for t in TYPES) >= 5


@pytest.mark.parametrize("row", lede_params(LEDES))
def test_the_primary_event_of_the_lede(pipeline, row: dict) -> None:
    if "NONE" in row["type"].split("|"):
        document = document_from_text(row["text"], doc_id="plover35", published=str(row["published"]))
        primary = next((e for e in pipeline.code(document) if e.primary), None)
        if primary is None or not (primary.plover or {}).get("type"):
            return
        assert row["type"] != "NONE", primary.trigger.text
    check_primary(pipeline, row, "plover35")


@pytest.mark.parametrize("text, plover, target", [
    # a weekday between the verb and a possessed object ("dismissed on Monday China's offer"): the small model
    # makes the object the object of "on" with the weekday part of its possessor; the object is the verb's
    ("Taiwan's president dismissed on Monday China's offer of talks on unification.", "REJECT", "CHN"),
    ("Ghana dismissed on Friday Nigeria's claims that its police had abused traders.", "REJECT", "NGA"),
    ("Japan welcomed on Monday China's decision to lift the ban on its seafood.", "SUPPORT", "CHN"),
    ("Kenya welcomed on Sunday Uganda's offer to mediate between the two sides.", "SUPPORT", "UGA"),
    # controls: the weekday with no possessor after it, and the plain order, do not change
    ("Egypt rejected on Sunday a proposal by Israel for a truce in Gaza.", "REJECT", "ISR"),
    ("Taiwan's president dismissed China's offer of talks on unification on Monday.", "REJECT", "CHN"),
])
def test_a_weekday_before_a_possessed_object(pipeline, text: str, plover: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.plover["type"] == plover, primary and primary.trigger.text
    assert primary.target and primary.target[0].country == target


@pytest.mark.parametrize("text, plover", [
    # forces ordered to combat readiness or on alert: a mobilisation, as "put its forces on alert" already was
    ("Serbia's president ordered the army to the highest level of combat readiness on Monday after "
     "clashes in the north.", "MOBILIZE"),
    ("Armenia's prime minister ordered troops to a state of combat readiness on Tuesday, a day after "
     "shelling on the border.", "MOBILIZE"),
    ("Pakistan's army chief ordered his forces to full combat readiness on Sunday after the air strike.",
     "MOBILIZE"),
    # controls: a diplomat ordered to leave stays an expulsion
    ("Mali ordered the French ambassador to leave the country within 72 hours on Monday.", "SANCTION"),
])
def test_forces_ordered_to_readiness(pipeline, text: str, plover: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.plover["type"] == plover, primary and primary.trigger.text


def test_an_order_to_the_border_is_not_an_alert(pipeline) -> None:
    primary = _primary(pipeline, "The judge ordered the defendant to the court on Monday.")
    assert primary is None or primary.plover["type"] != "MOBILIZE"


@pytest.mark.parametrize("text, target", [
    # relief provided for a disaster: aid whose receiver is the verb's object ("provided X with relief")
    ("China provided Pakistan with emergency flood relief on Saturday, including tents.", "PAK"),
    ("Japan provided Turkey with earthquake relief on Tuesday, the foreign ministry said.", "TUR"),
    ("Britain provided famine relief to Ethiopia on Monday, the aid ministry said.", "ETH"),
])
def test_disaster_relief_provided(pipeline, text: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.plover["type"] == "AID", primary and primary.trigger.text
    assert primary.target and primary.target[0].country == target


def test_relief_from_the_heat_is_no_aid(pipeline) -> None:  # control: relief with no disaster named
    primary = _primary(pipeline, "The rain provided relief from the heat in Delhi on Monday.")
    assert primary is None or primary.plover["type"] != "AID"


@pytest.mark.parametrize("text, plover", [
    # traffickers, smugglers and drug lords handed over to another state: judicial cooperation, as suspects
    # and fugitives already were
    ("Mexico handed over 18 suspected drug traffickers to the United States on Thursday.", "COOPERATE"),
    ("Colombia handed over a drug lord to the United States on Friday, the police said.", "COOPERATE"),
    ("Libya handed over 40 smugglers to Niger on Monday, officials in Niamey said.", "COOPERATE"),
    # controls: prisoners handed over are freed; a town handed over is a withdrawal
    ("The rebels handed over 40 prisoners to the Red Cross on Monday.", "RETREAT"),
    ("The militia handed over the town to the army on Sunday after a month.", "RETREAT"),
])
def test_traffickers_handed_over(pipeline, text: str, plover: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.plover["type"] == plover, primary and primary.trigger.text


@pytest.mark.parametrize("text", [
    # a disaster's toll told as the outcome of the disaster's own clause: no one did the killing
    "A magnitude 6.8 earthquake struck central Morocco late on Friday, killing more than 2,000 people.",
    "A cyclone hit the coast of Bangladesh on Sunday, killing 12 people, officials said.",
    "Floods swept through the Libyan city of Derna on Monday, killing thousands of residents.",
])
def test_a_disaster_toll_is_no_attack(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is None or primary.plover["type"] != "ASSAULT", primary.trigger.text


@pytest.mark.parametrize("text", [
    # controls: the same shape with doers who attack
    "Gunmen stormed a village in Zamfara on Sunday, killing 12 people, police said.",
    "A suicide bomber struck a market in Baghdad on Monday, killing 20 people.",
    "Russian missiles struck Kyiv overnight, killing three people, officials said.",
])
def test_an_attack_toll_stays_an_attack(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.plover["type"] == "ASSAULT"


@pytest.mark.parametrize("text, plover", [
    # a bare time word between a verb of intent and its "to" clause ("offered today to free"): the small model
    # hangs the clause as an adverbial one; it is still the intention's complement
    ("The rebels offered today to free the hostages in exchange for prisoners.", "AGREE"),
    ("The guerrillas offered yesterday to release the two French hostages.", "AGREE"),
    # controls: a purpose clause after an act stays the act's
    ("Police fired tear gas today to disperse the protesters in the capital.", "ASSAULT"),
    ("The rebels offered to free the hostages in exchange for prisoners.", "AGREE"),
])
def test_a_time_word_before_the_intended_act(pipeline, text: str, plover: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.plover["type"] == plover, primary and primary.trigger.text


@pytest.mark.parametrize("text, plover", [
    # martial law, a state of emergency or a lockdown lifted: a measure eased (CONCEDE), as a curfew lifted
    ("The Polish government has lifted martial law, the official news agency said.", "CONCEDE"),
    ("Thailand's government lifted martial law in the south on Monday after a year.", "CONCEDE"),
    ("Ethiopia lifted the state of emergency on Tuesday, two months early.", "CONCEDE"),
    # controls: martial law declared stays a coercive measure; a crane lifting a truck is no event
    ("The government declared martial law in the province on Monday after the riots.", "COERCE"),
])
def test_martial_law_lifted(pipeline, text: str, plover: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.plover["type"] == plover, primary and primary.trigger.text


def test_a_lifted_truck_is_no_event(pipeline) -> None:
    assert _primary(pipeline, "The crane lifted the truck out of the river on Monday.") is None


@pytest.mark.parametrize("text, plover", [
    # forces a state is ready, willing or prepared to send, for a purpose of help: help offered (AGREE), as
    # forces offered or pledged already were
    ("Syria said today it was ready to send troops to Lebanon to help end the fighting.", "AGREE"),
    ("Egypt said it was willing to send troops to Kuwait to help defend the emirate.", "AGREE"),
    ("Nigeria said on Monday it was prepared to send soldiers to Liberia to help restore order.", "AGREE"),
    # controls: forces readied with no purpose of help, or to crush someone, stay a threat
    ("Russia said it was ready to send troops to the border, the defence ministry said.", "THREATEN"),
    ("Iraq said it was ready to send more troops to the border to crush the rebels.", "THREATEN"),
])
def test_forces_ready_to_help(pipeline, text: str, plover: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.plover["type"] == plover, primary and primary.trigger.text


@pytest.mark.parametrize("text, plover", [
    # foreigners, expatriates or passengers evacuated: humanitarian help, as civilians evacuated already were
    ("Belgian paratroopers evacuated 500 foreigners from Kinshasa today.", "AID"),
    ("British helicopters evacuated 300 expatriates from Freetown on Sunday.", "AID"),
])
def test_foreigners_evacuated(pipeline, text: str, plover: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.plover["type"] == plover, primary and primary.trigger.text


def test_a_building_evacuated_is_no_aid(pipeline) -> None:  # control
    primary = _primary(pipeline, "Police evacuated the building on Monday after a bomb threat.")
    assert primary is None or primary.plover["type"] != "AID"


@pytest.mark.parametrize("text, plover", [
    # traders, shopkeepers or merchants who close their shops strike, as "shut" already read them
    ("Palestinian merchants closed their shops today in a general strike.", "PROTEST"),
    ("Shopkeepers in Srinagar closed their shops on Monday to protest the killing of a student.", "PROTEST"),
    # control: shops closed by the police are a restriction
    ("Police closed the shops in the old city on Monday after the riots.", "COERCE"),
])
def test_traders_closing_shops_strike(pipeline, text: str, plover: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.plover["type"] == plover, primary and primary.trigger.text


@pytest.mark.parametrize("text, plover", [
    # "some of", "most of", "half of" an object read through to what they count, as "hundreds of" already were
    ("Vietnam pulled some of its troops out of Cambodia today, the army said.", "RETREAT"),
    ("Israel withdrew half of its troops from the town on Monday.", "RETREAT"),
    ("The rebels freed most of the hostages on Monday, a mediator said.", "RETREAT"),
])
def test_some_of_an_object(pipeline, text: str, plover: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.plover["type"] == plover, primary and primary.trigger.text


def test_some_of_the_reports_is_no_event(pipeline) -> None:  # control: a statement
    assert _primary(pipeline, "The minister said some of the reports were false.") is None


@pytest.mark.parametrize("text, source, target", [
    # grain, food, medicine or a loan received from someone: aid from the giver to the receiver, as aid and
    # weapons received already were
    ("Ethiopia received 20 tonnes of medicine from Britain on Monday.", "GBR", "ETH"),
    ("Sudan has received 100,000 tons of grain from the United States, officials said.", "USA", "SDN"),
    ("Ghana received a loan of 600 million dollars from Japan on Thursday.", "JPN", "GHA"),
])
def test_relief_received(pipeline, text: str, source: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.plover["type"] == "AID", primary and primary.trigger.text
    assert primary.source and primary.source[0].country == source
    assert primary.target and primary.target[0].country == target


def test_a_letter_received_is_no_aid(pipeline) -> None:  # control
    primary = _primary(pipeline, "The hospital received a letter from the ministry on Monday.")
    assert primary is None or primary.plover["type"] != "AID"


@pytest.mark.parametrize("text, plover", [
    # a body's meeting with no other side told first, then what it did: the act is the news
    ("The U.N. Security Council met in emergency session today and called for an immediate ceasefire.",
     "REQUEST"),
    ("The Arab League met in Cairo on Sunday and called on Israel to halt the raids.", "REQUEST"),
    ("NATO defence ministers met in Brussels on Thursday and agreed to send more troops to Kosovo.", "AGREE"),
    # control: a meeting with another side stays the news
    ("Chinese President Xi Jinping met U.S. Secretary of State Antony Blinken in Beijing on Monday and "
     "agreed to stabilise ties.", "CONSULT"),
])
def test_a_body_meets_and_acts(pipeline, text: str, plover: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.plover["type"] == plover, primary and primary.trigger.text
