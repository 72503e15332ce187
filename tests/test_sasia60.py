"""South Asian news (round sasia60): city quarters and protest sites named without their city (Dhaka's
thanas, Colombo's Galle Face, Kathmandu's Maitighar and Baneshwor, Islamabad's D-Chowk) and towns cities500
lacks, a bare namesake settled by the story's country (a DHAKA dateline's Mirpur), a small town naming a
border crossing ("the Shambhu border") as the place; "exploded a bomb" as a bombing by the subject and
"triggered an IED blast" with the triggerer as the bomber (not a landmine someone set off); tear gas shells
and canisters as crowd control, no artillery; "a general strike" with no army general; and the Chittagong
Hill Tracts' PCJSS, BNP's student wing, Bangladesh's Armed Police Battalion, Sri Lanka's TID, Arambai
Tenggol and village volunteers. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, published: str = "2024-06-01"):
    return list(pipeline.code(document_from_text(text, doc_id="sasia60", published=published)))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _place(event) -> tuple[str | None, str | None]:
    return (event.location.name, event.location.country) if event.location else (None, None)


# 1. quarters, protest sites and towns; a bare namesake in the dateline's country
@pytest.mark.parametrize("text, word, name, country", [
    ("DHAKA, March 3 - Picketers torched three buses in Mirpur on Tuesday, police said.", "torched",
     "Mirpur", "BGD"),
    ("Activists torched two buses in Jatrabari on Tuesday.", "torched", "Dhaka", "BGD"),
    ("Police fired on demonstrators near the parliament in New Baneshwor, killing two.", "fired",
     "Kathmandu", "NPL"),
    ("Riot police dispersed students at D-Chowk on Friday.", "dispersed", "Islamabad", "PAK"),
    ("Police fired on villagers blocking the railway in Rambukkana, killing a man.", "fired",
     "Rambukkana", "LKA"),
    ("Police fired tear gas at marching farmers at the Shambhu border on Tuesday.", "fired",
     "Shambhu", "IND"),
    ("Separatist fighters killed nine labourers in Musakhel district.", "killed", "Musakhel", "PAK"),
    # controls
    ("Picketers torched three buses in Mirpur on Tuesday.", "torched", "Mirpur District", "PAK"),
    ("Police detained four men in Mirpur, Azad Kashmir, on Tuesday.", "detained", "Mirpur District", "PAK"),
    ("Activists torched two buses in Dhaka's Mirpur area on Tuesday.", "torched", "Mirpur|Dhaka", "BGD"),
])
def test_quarters_and_towns(pipeline, text: str, word: str, name: str, country: str) -> None:
    got = _place(_event(pipeline, text, word))
    assert got[0] in name.split("|") and got[1] == country  # a quarter may be its own town or the city's


@pytest.mark.parametrize("text, word", [
    ("Thousands of protesters gathered at Galle Face in Colombo on Sunday.", "gathered"),
    ("Hundreds of protesters gathered at Maitighar Mandala in Kathmandu on Sunday.", "gathered"),
])
def test_protest_site_no_target(pipeline, text: str, word: str) -> None:
    event = _event(pipeline, text, word)
    assert event.target == [] and event.location is not None and event.location.country in ("LKA", "NPL")


# 2. bombs exploded and IEDs triggered
@pytest.mark.parametrize("text, word, source", [
    ("Militants exploded a bomb outside a bank in Quetta, killing three.", "exploded", "Rebels (Pakistan)"),
    ("Unknown men exploded crude bombs near a party office in Bogura.", "exploded", None),
    ("Maoists triggered an IED blast in Sukma, injuring three jawans.", "blast", "CPI (Maoist)"),
    ("Maoists triggered an IED in Narayanpur, injuring three jawans.", "IED", "CPI (Maoist)"),
    # controls
    ("Maoists detonated an IED in Sukma, injuring three jawans.", "detonated", "CPI (Maoist)"),
    ("A bomb exploded at a market in Quetta, killing three.", "exploded", None),
])
def test_bombers(pipeline, text: str, word: str, source: str | None) -> None:
    event = _event(pipeline, text, word)
    assert event.acled["sub_event_type"] == "Remote explosive/landmine/IED"
    if source is not None:
        assert [a.name for a in event.source] == [source]


def test_landmine_tripped_keeps_no_bomber(pipeline) -> None:
    text = "A patrol vehicle triggered a landmine in Sukma, injuring two jawans."
    event = _event(pipeline, text, "landmine")
    assert not any("vehicle" in a.text for a in event.source)


def test_triggered_protests_no_bombing(pipeline) -> None:
    events = _events(pipeline, "The arrest of the opposition leader triggered protests in Dhaka.")
    assert all(e.acled.get("event_type") != "Explosions/Remote violence" for e in events)


# 3. tear gas shells and canisters
@pytest.mark.parametrize("text, word, cameo", [
    ("Police fired tear gas shells at the marchers in Peshawar.", "fired", "175"),
    ("Police lobbed tear gas shells at the protesting farmers near Khanauri.", "lobbed", "175"),
    ("Police fired teargas canisters at the students in Karachi.", "fired", "175"),
    # controls
    ("Police fired tear gas at the marchers in Peshawar.", "fired", "175"),
    ("Troops fired artillery shells at the village in Kupwara.", "fired", "194"),
])
def test_tear_gas_shells(pipeline, text: str, word: str, cameo: str) -> None:
    event = _event(pipeline, text, word)
    assert event.cameo["code"] == cameo
    if cameo == "175":
        assert event.acled["event_type"] != "Explosions/Remote violence"


# 4. a general strike names no general
@pytest.mark.parametrize("text", [
    "A general strike shut shops across Pokhara on Tuesday.",
    "A general strike closed schools in Sylhet on Monday.",
])
def test_general_strike(pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert not any(a.sector == "MIL" for e in events for a in [*e.source, *e.target])


@pytest.mark.parametrize("text, word", [
    ("General Asim Munir visited troops in Quetta on Monday.", "visited"),
    ("The general ordered troops to fire on the marchers.", "fire"),
])
def test_general_officer_kept(pipeline, text: str, word: str) -> None:
    event = _event(pipeline, text, word)
    assert any(a.sector == "MIL" for a in event.source)


# 5. South Asian actors
@pytest.mark.parametrize("text, word, side, name, country, inter", [
    ("JSS men fired on a rival group in Baghaichhari on Sunday.", "fired", "source", "PCJSS",
     "BGD", 3),
    ("A Chhatra Dal activist was hacked to death by rivals in Bogura.", "hacked to death", "target", "JCD",
     "BGD", 3),
    ("The Armed Police Battalion detained 12 Rohingya men in Teknaf.", "detained", "source", "APBn",
     "BGD", 1),
    ("Sri Lanka's Terrorism Investigation Division detained a Tamil activist in Jaffna.", "detained",
     "source", "TID", "LKA", 1),
    ("Arambai Tenggol cadres torched houses in Churachandpur.", "torched", "source", "Arambai Tenggol",
     "IND", 4),
    # control: Uganda's army
    ("UPDF troops clashed with al-Shabaab in Lower Shabelle.", "clashed", "source", "UPDF", "UGA", 8),
])
def test_south_asian_actors(pipeline, text: str, word: str, side: str, name: str, country: str,
                            inter: int) -> None:
    actor = getattr(_event(pipeline, text, word), side)[0]
    assert (actor.name, actor.country, actor.inter) == (name, country, inter)


def test_village_volunteers(pipeline) -> None:
    event = _event(pipeline, "Village volunteers exchanged fire with gunmen in Bishnupur district.",
                   "exchanged fire")
    assert (event.source[0].sector, event.source[0].inter) == ("PRM", 4)
