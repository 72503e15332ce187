"""Vehicle rammings (round ramming53, item terror-3): a vehicle driven into people ("drove his car into a
crowd of pedestrians", "a car ploughed into a crowd of protesters", "a van plowed into pedestrians",
"crashed his car into a group of schoolchildren", "an SUV sped into a crowd", "slammed into", "careered
into") is an attack on those people, whom the "into" names (the crowd, or those a "group of" counts; the
vehicle is the weapon, no target), Violence against civilians. A crash into a thing or a vehicle ("crashed
into a tree", "into a bus"), troops or tractors driven into a town or a city centre, a country plunged into
recession, and a crash the sentence tells as an accident ("after the driver lost control", "a drunk driver")
stay no attack. Sentences written for the test, each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="ramming53", published="2024-09-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _actors(actors) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.country) for a in actors]


# 1. a vehicle driven into people: an attack on them (the crowd, or those a "group of" counts)
@pytest.mark.parametrize("text, word, target, place", [
    ("A man drove his car into a crowd of pedestrians in Trier.", "drove", ("Civilians (Germany)", "DEU"),
     "Trier"),
    ("A car ploughed into a crowd of protesters in Munich.", "ploughed", ("Protesters (Germany)", "DEU"),
     "Munich"),
    ("A van plowed into pedestrians outside a mosque in Cardiff.", "plowed",
     ("Civilians (United Kingdom)", "GBR"), "Cardiff"),
    ("A driver deliberately crashed his car into a group of schoolchildren in Berlin.", "crashed",
     ("Students (Germany)", "DEU"), "Berlin"),
    ("An SUV sped into a crowd of carnival-goers in Volkmarsen.", "sped", ("Civilians (Germany)", "DEU"),
     "Volkmarsen"),
    ("A man was arrested after a car drove into a group of demonstrators in Munich.", "drove",
     ("Protesters (Germany)", "DEU"), "Munich"),
    ("The attacker drove a lorry into a crowd at a Christmas market in Berlin.", "drove",
     ("Civilians (Germany)", "DEU"), "Berlin"),
    # variants
    ("A man rammed his car into a crowd in Nice.", "rammed", ("Civilians (France)", "FRA"), "Nice"),
    ("A man drove a van into pedestrians on Yonge Street in Toronto.", "drove", ("Civilians (Canada)", "CAN"),
     "Toronto"),
    ("The car careered into shoppers on a busy street in Liverpool.", "careered",
     ("Civilians (United Kingdom)", "GBR"), "Liverpool"),
    ("A pickup truck slammed into a crowd of revellers on Bourbon Street in New Orleans.", "slammed",
     ("Civilians (United States)", "USA"), "New Orleans"),
    ("A van plowed into pedestrians in Cardiff on Sunday.", "plowed", ("Civilians (United Kingdom)", "GBR"),
     "Cardiff"),
    ("Police said the crash was not an accident after a car drove into marchers in Charlottesville.", "drove",
     ("Protesters (United States)", "USA"), "Charlottesville"),
])
def test_vehicle_driven_into_people_is_an_attack(pipeline, text: str, word: str, target: tuple,
                                                 place: str) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == "ASSAULT"
    assert event.cameo["code"] == "190"
    acled = (event.acled["event_type"], event.acled["sub_event_type"])
    assert acled == ("Violence against civilians", "Attack")
    assert _actors(event.target)[0] == target
    assert event.location is not None and event.location.name == place


@pytest.mark.parametrize("text, word, source", [
    ("A man drove his car into a crowd of pedestrians in Trier.", "drove",
     ("Unidentified Armed Group (Germany)", "DEU")),
    ("The attacker drove a lorry into a crowd at a Christmas market in Berlin.", "drove",
     ("Unidentified Armed Group (Germany)", "DEU")),
    # control: the ramming told with "rammed" keeps its doer
    ("A man rammed his car into a crowd outside a mosque.", "rammed", ("Unidentified Armed Group", None)),
])
def test_ramming_doer(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actors(_event(pipeline, text, word).source) == [source]


# 2. controls: a crash into a thing or a vehicle, troops or tractors driven into a town, a crash told as an
# accident: no attack
@pytest.mark.parametrize("text", [
    "The bus crashed into a tree, killing four passengers.",
    "A truck crashed into a bus on the highway near Lyon.",
    "Troops drove into the town of Kherson on Friday.",
    "Protesters drove into the city centre in a convoy of tractors.",
    "A bus crashed into a crowd of pedestrians at a bus stop in Lyon after the driver lost control.",
    "A drunk driver ploughed into a group of cyclists near Leeds.",
    "A car crashed into a shop in Munich.",
    "The economy plunged into recession.",
    "The army drove the rebels into the hills.",
])
def test_crash_or_drive_without_people_is_no_attack(pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.plover["type"] == "ASSAULT"]


# 3. controls: rammings told with "rammed", "mowed down" or a casualty participle stay as they were
@pytest.mark.parametrize("text, word, target, dead, injured", [
    ("A man rammed his car into a crowd outside a mosque.", "rammed", ("Civilians", None), None, None),
    ("A car mowed down shoppers at a Christmas market in Magdeburg.", "mowed", ("Civilians (Germany)", "DEU"),
     None, None),
    ("A truck ploughed into a crowd in Nice, killing 86 people.", "ploughed", ("Civilians (France)", "FRA"),
     86, None),
    ("A car smashed into a group of protesters in Munich, injuring 28 people.", "smashed",
     ("Protesters (Germany)", "DEU"), None, 28),
])
def test_ramming_controls(pipeline, text: str, word: str, target: tuple, dead: int | None,
                          injured: int | None) -> None:
    events = [e for e in _events(pipeline, text) if e.plover["type"] == "ASSAULT"]
    assert len(events) == 1
    event = events[0]
    assert event.trigger.text == word
    assert _actors(event.target)[0] == target
    assert (event.fatalities, event.injured) == (dead, injured)
