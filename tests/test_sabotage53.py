"""Sabotage of infrastructure (round sabotage53, item crisis-3): cables, power lines, pipelines, railway lines
and signalling cut, damaged or severed by saboteurs, attackers, partisans, militants or unknown persons, and
trains derailed by them or by a named group, destroy property (PLOVER ASSAULT destroy, CAMEO 1712; ACLED
Strategic developments, Looting/property destruction), with the saboteurs as doers and the outage as a
consequence, not a service withheld; an "arson attack" (or "sabotage attack") on a power station or cable duct
is property burnt, not violence against civilians. The weather, accidents, anchors, workers, a government
cutting a service, a strike "derailing" trains and a train that derailed stay as they were. Sentences written
for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

DESTROY = ("ASSAULT", "destroy", "1712")
PROPERTY = ("Strategic developments", "Looting/property destruction")


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="sabotage53", published="2025-03-01"))


def _primary(pipeline, text: str):
    return next(e for e in _events(pipeline, text) if e.primary)


def _kind(event) -> tuple[str | None, str | None, str | None]:
    return event.plover.get("type"), event.plover.get("mode"), event.cameo.get("code")


def _acled(event) -> tuple[str | None, str | None]:
    return event.acled.get("event_type"), event.acled.get("sub_event_type")


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


# 1. a verb of harm to a work of infrastructure by saboteurs, armed men or unknown persons: property destroyed
@pytest.mark.parametrize("text, word, source, where", [
    ("Saboteurs cut a fibre-optic cable under the Baltic Sea on Sunday.", "cut",
     "Unidentified Armed Group", None),
    ("Saboteurs cut two undersea cables linking Finland and Estonia on Christmas Day.", "cut",
     "Unidentified Armed Group (Finland)", "FIN"),
    ("Unknown persons cut power lines in Kharkiv region, leaving 40,000 homes without electricity.", "cut",
     "Unidentified Armed Group (Ukraine)", "UKR"),
    ("Attackers damaged the Druzhba oil pipeline in Hungary.", "damaged",
     "Unidentified Armed Group (Hungary)", "HUN"),
    ("Saboteurs damaged the signalling system on a railway line in northern Germany.", "damaged",
     "Unidentified Armed Group (Germany)", "DEU"),
    ("Unknown saboteurs damaged a railway line near Warsaw used to transport aid to Ukraine.", "damaged",
     "Unidentified Armed Group (Poland)", "POL"),
    ("Pro-Ukrainian partisans derailed a freight train in Russia's Bryansk region.", "derailed",
     "Partisans (Russia)", "RUS"),
    ("Naxalites derailed a goods train in Chhattisgarh after removing fishplates.", "derailed",
     "CPI (Maoist)", "IND"),
    ("Unknown saboteurs severed a gas pipeline in Syria's Homs province.", "severed",
     "Unidentified Armed Group (Syria)", "SYR"),
    # variants
    ("Two undersea cables were cut by saboteurs in the Baltic Sea.", "cut", "Unidentified Armed Group", None),
    ("Unidentified individuals damaged a section of the gas pipeline near Daraa.", "damaged",
     "Unidentified Armed Group (Syria)", "SYR"),
    ("Separatists cut telephone cables and power lines in Balochistan.", "cut", "Rebels (Pakistan)", "PAK"),
    ("Suspected saboteurs severed a fibre-optic cable between Sweden and Lithuania.", "severed",
     "Unidentified Armed Group (Sweden)", "SWE"),
    ("Militants derailed a goods train near Quetta on Tuesday.", "derailed", "Rebels (Pakistan)", "PAK"),
    ("Ukrainian partisans damaged a railway track near Melitopol.", "damaged", "Partisans (Ukraine)", "UKR"),
    ("Rebels cut the main power line to Goma.", "cut", "Rebels (Democratic Republic of Congo)", "COD"),
    ("Militants damaged a gas pipeline in North Sinai.", "damaged", "Rebels (Egypt)", "EGY"),
    ("The BLA derailed a passenger train in Balochistan.", "derailed", "BLA", "PAK"),
])
def test_sabotage_verbs_destroy_property(pipeline, text: str, word: str, source: str,
                                         where: str | None) -> None:
    event = _primary(pipeline, text)
    assert event.trigger.text == word
    assert _kind(event) == DESTROY
    assert [a.name for a in event.source] == [source]
    assert _where(event) == where
    if event.fatalities is None and event.injured is None:
        assert _acled(event) == PROPERTY


# 2. an arson (or sabotage) attack on a work: property burnt, not an attack on civilians
@pytest.mark.parametrize("text, where", [
    ("Arson attack on a railway cable duct causes chaos across Germany.", "DEU"),
    ("Arson attack on power station in Berlin leaves 50,000 households without electricity.", "DEU"),
    # variants
    ("An arson attack on a substation cut power to thousands of homes in Grenoble.", "FRA"),
    ("Police are investigating a sabotage attack on the railway near Hamburg.", "DEU"),
])
def test_arson_attack_destroys_property(pipeline, text: str, where: str) -> None:
    event = next(e for e in _events(pipeline, text) if e.trigger.text == "attack")
    assert _kind(event) == DESTROY
    assert _acled(event) == PROPERTY
    assert _where(event) == where


# controls: sabotage told by its own verbs, bombs, crowds, a government's cut and armed attacks keep their
# coding
@pytest.mark.parametrize("text, word, kind, acled", [
    ("Saboteurs set fire to a rail signal box near Lille.", "set fire", DESTROY, PROPERTY),
    ("Insurgents sabotaged the Kirkuk-Ceyhan oil pipeline.", "sabotaged", DESTROY, PROPERTY),
    ("Rebels blew up the oil pipeline in Arauca.", "blew", ("ASSAULT", "explosives", "183"),
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("Militants blew up a telecom tower in Khyber district.", "blew", ("ASSAULT", "explosives", "183"),
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("Protesters damaged shops and cars in central Nairobi.", "damaged", ("PROTEST", "riot", "145"),
     ("Riots", "Violent demonstration")),
    ("The government cut internet access in the Tigray region.", "cut", ("COERCE", "withhold", "1721"),
     ("Strategic developments", "Other")),
    ("An arson attack destroyed an electricity pylon near Berlin.", "destroyed", DESTROY, PROPERTY),
    ("The government cut power to the besieged town of Ghouta.", "cut", ("COERCE", "restrict", "172"),
     ("Strategic developments", "Change to group/activity")),
    ("Authorities cut power lines to the rebel-held town.", "cut", ("COERCE", "restrict", "172"),
     ("Strategic developments", "Change to group/activity")),
])
def test_sabotage_controls(pipeline, text: str, word: str, kind: tuple, acled: tuple) -> None:
    event = _primary(pipeline, text)
    assert event.trigger.text == word
    assert _kind(event) == kind
    assert _acled(event) == acled


# controls: accidents, the weather, workers and figures of speech are no event
@pytest.mark.parametrize("text", [
    "A train derailed in Odisha, killing 288 people.",
    "The storm damaged power lines in Texas.",
    "Floods damaged the railway line near Genoa.",
    "A ship's anchor damaged the cable, investigators said.",
    "Workers cut the cable during routine repairs in Oslo.",
    "A landslide derailed a train in Himachal Pradesh.",
    "A dragged anchor severed the undersea cable, investigators said.",
    "High winds damaged power lines across Scotland.",
    "Heavy rain damaged the railway track near Mumbai.",
    "The company cut the cable to install a new one.",
    "The strike derailed trains across France.",
    "Workers damaged a water pipe during construction in Lagos.",
])
def test_accidents_stay_no_event(pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.plover.get("type") == "ASSAULT"]
