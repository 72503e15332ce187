"""Leaks (round leaks56): roles and triggers that leaked from words that only name a time, a place or a
description. A passive with no "by" does not take its doer from a time phrase naming a change of power or
office or a visit ("following the fall of the Hasina government", "in the wake of the prime minister's
resignation", "during the president's visit"); people who flee are not the doers of the fighting they flee
("villagers fled as fighting intensified"); a participle that only describes its noun ("a rejected asylum
seeker", "a banned party", "an arrested suspect", "the suspended mayor") fires no event of its own; a building
or grounds named after a body ("Parliament grounds", "the parliament building") is a place, not the body as
doer. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="leaks56", published="2019-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _sources(event) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.sector) for a in event.source]


# 1. a time phrase naming a change of power or office, or a visit, names no doer of the clause's deed
@pytest.mark.parametrize("text, word, not_source", [
    ("Churches were burned in three villages following the fall of the Assad government.", "burned",
     "Government of Syria"),
    ("Shops were looted in the capital after the fall of the Ghani government.", "looted",
     "Government of Afghanistan"),
    ("Mosques were vandalised in the wake of the prime minister's resignation.", "vandalised", "Government"),
    ("Hindu homes were torched after the ouster of the Awami League government.", "torched",
     "Government of Bangladesh"),
    ("Hindu temples were attacked in several districts following the fall of the Hasina government.",
     "attacked", "Government of Bangladesh"),
    # variants
    ("Opposition offices were ransacked after the resignation of Prime Minister Imran Khan.", "ransacked",
     "Imran Khan"),
    ("Shops were set on fire in Dhaka ahead of the prime minister's visit.", "set",
     "Government of Bangladesh"),
    ("Three journalists were beaten in Colombo during the president's visit.", "beaten",
     "Government of Sri Lanka"),
    ("Buses were torched after the death of the Awami League leader.", "torched", "Awami League"),
])
def test_a_time_phrase_names_no_doer(pipeline, text: str, word: str, not_source: str) -> None:
    event = _event(pipeline, text, word)
    assert not_source not in [a.name for a in event.source]
    assert all(a.sector != "GOV" for a in event.source)


def test_an_arrest_during_a_visit_is_the_police(pipeline) -> None:
    event = _event(pipeline, "Two students were arrested in Srinagar during the prime minister's visit.",
                   "arrested")
    assert [(a.name, a.sector) for a in event.source] == [("Police Forces of India", "COP")]
    assert event.arrested == 2


# controls: a doer named in the clause, or a deed by its doer in the time phrase, stays the doer
@pytest.mark.parametrize("text, word, source", [
    ("Rebels attacked the town after the fall of the capital.", "attacked", ("Rebels", "REB")),
    ("Taliban fighters looted shops after the fall of Kabul.", "looted", ("Taliban", "REB")),
    ("Ten people were killed following an attack by Taliban militants.", "killed", ("Taliban", "REB")),
    ("Three people were killed in an attack by the army after the fall of Kabul.", "attack",
     ("Military Forces of Afghanistan", "MIL")),
])
def test_a_named_doer_stays_beside_a_time_phrase(pipeline, text: str, word: str, source: tuple) -> None:
    assert _sources(_event(pipeline, text, word)) == [source]


@pytest.mark.parametrize("text, word, source", [
    ("Mosques were vandalised in the wake of the prime minister's resignation.", "resignation", "GOV"),
    ("Three journalists were beaten in Colombo during the president's visit.", "visit", "GOV"),
])
def test_the_time_phrase_keeps_its_own_deed(pipeline, text: str, word: str, source: str) -> None:
    assert [a.sector for a in _event(pipeline, text, word).source] == [source]


# 2. people who flee are not the doers of the fighting they flee
@pytest.mark.parametrize("text, word", [
    ("Thousands of villagers fled across the river as fighting intensified near the town.", "fighting"),
    ("Civilians fled the city as fighting intensified.", "fighting"),
    ("Farmers fled their villages as the clashes spread.", "clashes"),
    ("Hundreds of families fled their homes as clashes erupted in the district.", "clashes"),
    # variants
    ("Thousands of Rohingya refugees fled into Bangladesh as fighting intensified in Rakhine.", "fighting"),
    ("Thousands of people fled their homes as fighting spread across the region.", "fighting"),
    ("Two people were killed in clashes as residents fled the area.", "clashes"),
])
def test_who_flees_did_not_fight(pipeline, text: str, word: str) -> None:
    event = _event(pipeline, text, word)
    assert all(a.inter not in (5, 6, 7) for a in event.source)


def test_the_sides_named_stay_beside_the_fleeing(pipeline) -> None:
    event = _event(pipeline, "Residents fled the town as fighting raged between the army and rebels.",
                   "fighting")
    assert _sources(event)[:1] == [("Military Forces", "MIL")]


# controls: the fleeing keep their flight; a doer with its own verb keeps it; a crowd that fights keeps it
@pytest.mark.parametrize("text, word, source", [
    ("Civilians fled the city as fighting intensified.", "fled", ("Civilians", "CVL")),
    ("Villagers fled as soldiers attacked the village.", "attacked", ("Military Forces", "MIL")),
    ("Militants fled as troops attacked their camp.", "attacked", ("Military Forces", "MIL")),
    ("Refugees clashed with police at the border in Idomeni.", "clashed", ("Rioters", "REF")),
])
def test_the_fleeing_controls(pipeline, text: str, word: str, source: tuple) -> None:
    assert _sources(_event(pipeline, text, word)) == [source]


# 3. a participle that only describes its noun is no event of its own
@pytest.mark.parametrize("text, word, kept", [
    ("A rejected asylum seeker stabbed three people in a park in Aschaffenburg.", "rejected", "stabbed"),
    ("Members of a banned party were arrested in Dhaka.", "banned", "arrested"),
    ("An arrested suspect attacked a guard at the police station in Lyon.", "arrested", "attacked"),
    # variants
    ("A convicted murderer killed a prison guard in Texas.", "convicted", "killed"),
    ("Supporters of the ousted president clashed with police in Dhaka.", "ousted", "clashed"),
    ("An expelled lawmaker led a protest in Kampala.", "expelled", "protest"),
    ("Supporters of the outlawed group rallied in Islamabad.", "outlawed", "rallied"),
    ("Members of the dissolved party were detained in Phnom Penh.", "dissolved", "detained"),
])
def test_a_describing_participle_is_no_event(pipeline, text: str, word: str, kept: str) -> None:
    words = [e.trigger.text for e in _events(pipeline, text)]
    assert word not in words and kept in words


def test_a_suspended_mayor_is_no_suspension(pipeline) -> None:
    text = "The suspended mayor addressed supporters in Istanbul."
    words = [e.trigger.text for e in _events(pipeline, text)]
    assert "suspended" not in words


# controls: the verb itself stays an event; standing states and custody keep their known treatment
@pytest.mark.parametrize("text, word, ptype", [
    ("The court rejected the asylum request of a Syrian man.", "rejected", "REJECT"),
    ("The government banned the opposition party in Dhaka.", "banned", "COERCE"),
    ("Police arrested the wanted man in Leeds.", "arrested", "COERCE"),
    ("A jailed activist began a hunger strike in Tehran.", "hunger strike", "PROTEST"),
    ("The detained journalist was released on bail in Istanbul.", "released", "RETREAT"),
])
def test_the_verb_stays_an_event(pipeline, text: str, word: str, ptype: str) -> None:
    assert _event(pipeline, text, word).plover["type"] == ptype


def test_a_jailed_activist_is_no_jailing(pipeline) -> None:
    words = [e.trigger.text for e in _events(pipeline, "A jailed activist began a hunger strike in Tehran.")]
    assert "jailed" not in words


# 4. a building or grounds named after a body is a place, not the body as doer
@pytest.mark.parametrize("text, word", [
    ("Protesters were cleared from Parliament grounds in Wellington.", "cleared"),
    ("Protesters were evicted from the parliament building in Tbilisi.", "evicted"),
])
def test_a_building_is_no_doer(pipeline, text: str, word: str) -> None:
    assert all(a.sector != "LEG" for a in _event(pipeline, text, word).source)


# controls: a doer named with the place keeps it; the body as subject or as target stays
@pytest.mark.parametrize("text, word, source", [
    ("Police in riot gear cleared hundreds of protesters from Parliament grounds in Wellington.", "cleared",
     ("Police Forces of New Zealand", "COP")),
    ("Protesters were removed from the Capitol grounds by police.", "removed", ("Police Forces", "COP")),
    ("Police dragged protesters from the parliament grounds in Canberra.", "dragged",
     ("Police Forces of Australia", "COP")),
    ("Parliament passed a law banning protests.", "banning", ("Legislature", "LEG")),
])
def test_the_building_controls(pipeline, text: str, word: str, source: tuple) -> None:
    assert _sources(_event(pipeline, text, word)) == [source]


def test_a_seized_parliament_building_stays_the_target(pipeline) -> None:
    event = _event(pipeline, "The army seized control of the parliament building.", "seized")
    assert _sources(event) == [("Military Forces", "MIL")] and event.target
