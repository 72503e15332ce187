"""Captivity (round captivity50): people held by force told with "hold"/"keep" (a progressive "are holding
two nuns", "held the businessman captive", "kidnappers kept the girls in a forest"), "forcibly disappeared",
an organisation's people seized ("43 UN peacekeepers", "four Red Cross staff") and an airliner hijacked
("seized an Ethiopian Airlines jet", "hijackers diverted a flight") are abductions (an arrest when the state
holds them); "held talks", "kept the peace", "the journalist disappeared", "fog diverted flights" stay no
abduction. Sentences written for the test, each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="captivity50"))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _coding(event) -> tuple[str | None, str | None, str | None, str | None]:
    return (event.plover.get("type"), event.plover.get("mode"), event.cameo.get("code"),
            (event.acled or {}).get("sub_event_type"))


ABDUCT = ("ASSAULT", "abduct", "181", "Abduction/forced disappearance")
ARREST = ("COERCE", "arrest", "173", "Arrests")


# 1. "hold" and "keep" with people held by force: captors, a progressive by a named or armed doer, "captive"
@pytest.mark.parametrize("text, word, coding, source_sector, target_sector", [
    ("Rebels are holding two Italian nuns, officials said.", "holding", ABDUCT, "REB", "REL"),
    ("Separatists are holding an OSCE observer in Donetsk.", "holding", ABDUCT, "REB", "IGO"),
    ("Al-Shabaab is holding a Kenyan police officer.", "holding", ABDUCT, "REB", "COP"),
    ("The gang held the businessman captive for three weeks.", "held", ABDUCT, "CRM", "BUS"),
    ("Militants held 20 villagers captive in a mosque.", "held", ABDUCT, "REB", "CVL"),
    ("Kidnappers kept the girls in a forest for 40 days.", "kept", ABDUCT, "UAF", "CVL"),
    ("Bandits held 15 travellers in a forest camp for a month.", "held", ABDUCT, "UAF", "CVL"),
    ("Pirates are holding 20 sailors off the coast of Somalia.", "holding", ABDUCT, "CRM", "LAB"),
    ("Jihadists kept the aid workers in a cave for two months.", "kept", ABDUCT, "REB", "NGO"),
    ("The two nuns are being held by rebels in the north.", "held", ABDUCT, "REB", "REL"),
    ("The girls were kept in a forest by their kidnappers.", "kept", ABDUCT, "UAF", "CVL"),
    ("Security forces in Mexico rescued 21 migrants who had been held captive by a drug cartel.", "held",
     ABDUCT, "CRM", "REF"),
    ("Russian troops took 12 Ukrainian civilians captive in the village.", "took", ABDUCT, "MIL", "CVL"),
    # controls: hostages held, a state's holding is an arrest, "captive" with "take" as before
    ("Hamas is holding more than 100 hostages in Gaza.", "holding", ABDUCT, "REB", "CVL"),
    ("The gang held two aid workers hostage for a week.", "held", ABDUCT, "CRM", "NGO"),
    ("Police held the suspect for questioning.", "held", ARREST, "COP", "CRM"),
    ("Iran is holding a French tourist on spying charges.", "holding", ARREST, "GOV", "CVL"),
    ("Russian forces took dozens of civilians captive in Bucha.", "took", ABDUCT, "MIL", "CVL"),
])
def test_people_held(pipeline, text: str, word: str, coding: tuple, source_sector: str,
                     target_sector: str) -> None:
    event = _event(pipeline, text, word)
    assert _coding(event) == coding
    assert [a.sector for a in event.source] == [source_sector]
    assert [a.sector for a in event.target] == [target_sector]


@pytest.mark.parametrize("text", [
    "The president held talks with the delegates in Geneva.",
    "The mother was holding her child when the shell hit.",
    "The team held the lead for three weeks.",
    "The party is holding its congress with 2,000 delegates.",
    "Rebels held the town for three weeks before withdrawing.",
    "The ministry kept the journalists informed about the talks.",
    "Parents kept their children at home during the protests.",
    "The army kept the peace in the region.",
    "Militants kept up attacks on the villagers.",
    "The release of 50 hostages held in Gaza was agreed on Sunday.",
])
def test_holding_controls(pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.plover.get("mode") in ("abduct", "arrest")]


# 2. "forcibly disappeared", active or passive, and a passive "were disappeared" with its doers
@pytest.mark.parametrize("text, source_sector, target_sector, country", [
    ("At least 30 activists have been forcibly disappeared in Egypt since January, Amnesty said.", "UAF",
     "OPP", "EGY"),
    ("Security forces forcibly disappeared hundreds of men in Chechnya.", "COP", "CVL", "RUS"),
    ("Police forcibly disappeared a student leader in Dhaka.", "COP", "EDU", "BGD"),
    ("Dozens of opposition members were disappeared by soldiers last year.", "MIL", "OPP", None),
])
def test_forcibly_disappeared(pipeline, text: str, source_sector: str, target_sector: str,
                              country: str | None) -> None:
    event = _event(pipeline, text, "disappeared")
    assert _coding(event) == ABDUCT
    assert [a.sector for a in event.source] == [source_sector]
    assert [a.sector for a in event.target] == [target_sector]
    assert (event.location.country if event.location else None) == country


@pytest.mark.parametrize("text", [
    "The journalist disappeared in 2019.",
    "The plane disappeared from radar over the sea.",
    "Two hikers disappeared after leaving the camp on Sunday.",
])
def test_disappeared_controls(pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.trigger.text == "disappeared"]


# 3. an organisation's people seized or captured are held, an abduction by armed men; goods stay goods
@pytest.mark.parametrize("text, word, coding, target_sector", [
    ("Rebels seized 43 UN peacekeepers in the buffer zone.", "seized", ABDUCT, "IGO"),
    ("Armed men seized four Red Cross staff in Yemen.", "seized", ABDUCT, "CVL"),
    ("Gunmen captured three UN monitors near the border.", "captured", ABDUCT, "IGO"),
    ("Militants seized two election observers in the north.", "seized", ABDUCT, "CVL"),
    # controls
    ("Militants seized 12 soldiers at a checkpoint in Sinai.", "seized", ABDUCT, "MIL"),
    ("Rebels abducted 10 volunteers from a clinic.", "abducted", ABDUCT, "CVL"),
])
def test_organisation_people_seized(pipeline, text: str, word: str, coding: tuple,
                                    target_sector: str) -> None:
    event = _event(pipeline, text, word)
    assert _coding(event) == coding
    assert [a.sector for a in event.target] == [target_sector]


def test_goods_seized_control(pipeline) -> None:
    event = _event(pipeline, "Police seized a truck carrying 2 tons of cocaine.", "seized")
    assert (event.plover.get("type"), event.plover.get("mode")) == ("COERCE", "seize")


# 4. an airliner hijacked: seized, diverted or commandeered
@pytest.mark.parametrize("text, word, source_sector", [
    ("Two men seized an Ethiopian Airlines jet and demanded to be flown to Australia.", "seized", "UAF"),
    ("Hijackers diverted a Kuwait Airways flight to Mashhad.", "diverted", "UAF"),
    ("Hijackers commandeered a passenger plane over the Mediterranean.", "commandeered", "UAF"),
    ("Gunmen seized a Kuwait Airways flight at the airport.", "seized", "UAF"),
    # control: a bus seized with its passengers
    ("Gunmen seized a bus carrying 30 passengers in Zamfara.", "seized", "UAF"),
])
def test_airliner_hijacked(pipeline, text: str, word: str, source_sector: str) -> None:
    event = _event(pipeline, text, word)
    assert _coding(event) == ABDUCT
    assert [a.sector for a in event.source] == [source_sector]


@pytest.mark.parametrize("text", [
    "Fog diverted several flights to Mashhad.",
    "The government diverted funds to the army.",
    "The army commandeered buses to move troops.",
])
def test_diverted_controls(pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.plover.get("mode") == "abduct"]
