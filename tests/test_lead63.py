"""The lead's round of session 63: a driving verb the small model reads as a passive participle on its
driver ("Police said a driver plowed into a crowd", "A driver plowed into a crowd at a festival") is the
finite verb, with the driver its subject and the crowd its target; a casualty participle hung on the
saying ("..., killing 11 people") counts the ramming's dead, not the police's. Sentences written for the
test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, published: str = "2024-07-14"):
    return list(pipeline.code(document_from_text(text, doc_id="lead63", published=published)))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _names(actors) -> list[str]:
    return [a.acled_actor or a.name or a.text for a in actors]


# 1. a vehicle driven into a crowd: an attack on the crowd by the driver, also when the police tell it
@pytest.mark.parametrize("text, dead", [
    ("A driver plowed into a crowd at a street festival on Saturday, killing 11 people.", 11),
    ("Police said a driver plowed into a crowd at a street festival on Saturday, killing 11 people.", 11),
    ("Police in Vancouver said a driver plowed into a crowd at a street festival on Saturday, killing 11 "
     "people.", 11),
    ("Officials said a man rammed into pedestrians outside a market in Leeds, killing two.", 2),
    ("A car ploughed into a crowd of shoppers at a Christmas market on Friday, killing five people.", 5),
])
def test_rammed_crowd(pipeline, text: str, dead: int) -> None:
    event = _primary(pipeline, text)
    assert event is not None and event.plover["type"] == "ASSAULT"
    assert event.acled["sub_event_type"] == "Attack"
    assert event.fatalities == dead
    assert not any(n.startswith(("Police", "Rioters", "Protesters")) for n in _names(event.source))
    assert any(n.startswith("Civilians") for n in _names(event.target))


# controls: a true passive, a field ploughed and a crash with no crowd are no rammings of people
@pytest.mark.parametrize("text", [
    "Police said the man plowed the field before dawn.",
    "A driver injured in the crash was taken to hospital on Saturday.",
    "Police said a driver crashed into a tree on the motorway on Saturday.",
])
def test_no_ramming(pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert not [e for e in events if e.plover["type"] == "ASSAULT" and not e.modality.negated]


def test_police_who_tell_are_no_attackers(pipeline) -> None:
    text = ("Police in Vancouver said a driver plowed into a crowd at a street festival on Saturday, "
            "killing 11 people.")
    for event in _events(pipeline, text):
        assert not any(n.startswith("Police") for n in _names(event.source))


# 2. a crowd told waiting to vote, or of voters and passengers, is civilians when fired on, not protesters
@pytest.mark.parametrize("text, crowd", [
    ("Haitian soldiers fired on a crowd waiting to vote in Port-au-Prince, killing at least 14.",
     "Civilians"),
    ("Soldiers fired on a crowd of voters in Port-au-Prince, killing 14.", "Civilians"),
    ("Gunmen opened fire on a crowd of passengers at the bus terminal, killing six.", "Civilians"),
    # controls: a crowd that demands or marches is a protest's; crowd control keeps the crowd protesters
    ("Soldiers fired on a crowd demanding the president's resignation in Port-au-Prince, killing 14.",
     "Protesters"),
    ("Soldiers fired on a crowd marching to the palace in Port-au-Prince, killing 14.", "Protesters"),
    ("Police fired tear gas on a crowd waiting outside the court for the verdict in Nairobi.", "Protesters"),
])
def test_crowd_fired_on(pipeline, text: str, crowd: str) -> None:
    event = _primary(pipeline, text)
    assert event is not None
    assert any(n.startswith(crowd) for n in _names(event.target))


# 3. a truce or its offer named with its maker's demonym is a truce accepted, not an enemy's attack halted
@pytest.mark.parametrize("text, plover", [
    ("Hamas accepted an Egyptian ceasefire proposal on Monday.", "RETREAT"),
    ("Israel and Hamas accepted an Egyptian ceasefire proposal.", "RETREAT"),
    ("The rebels accepted a Kenyan ceasefire proposal on Friday.", "RETREAT"),
    ("Hamas accepted a Qatari truce plan.", "RETREAT"),
    # control: an enemy's offensive halted is a fight
    ("Ukraine halted the Russian offensive near Kharkiv.", "ASSAULT"),
])
def test_truce_offered(pipeline, text: str, plover: str) -> None:
    event = _primary(pipeline, text)
    assert event is not None and event.plover["type"] == plover
    if plover == "RETREAT":
        assert event.acled is None or event.acled["event_type"] != "Battles"


# 4. a state's troops told "of" a body of states stay that state's (followups63's "separatists of the FLEC"
# rule reads non-state armed groups only)
@pytest.mark.parametrize("text, country", [
    ("US troops of the international coalition killed two Islamic State commanders near Deir ez-Zor.", "USA"),
    ("French soldiers of the UN mission killed three rebels near Bambari.", "FRA"),
    # control: fighters of a named armed group are that group
    ("Angolan separatists of the FLEC killed seven soldiers in Cabinda.", "AGO"),
])
def test_troops_of_a_coalition(pipeline, text: str, country: str) -> None:
    event = _primary(pipeline, text)
    assert event is not None and event.source and event.source[0].country == country
