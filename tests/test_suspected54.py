"""Deeds told only as the reason for something else (round suspected54, item faith-3): the deed an arrest is
made over ("ten people were arrested over the lynching of a suspected thief", "in connection with the killing
of the priest") names no arrester, so the arrest stays an arrest by the state of the place, never an abduction
by the suspected thief; a deed "those responsible for" or "those behind" is named by has those unnamed people
as its doers, never the clause's subject ("Police are hunting those responsible for the killing of the imam");
and the deed the victim of a crowd's violence is only "suspected of" or "accused of" ("a mob killed a man
suspected of murdering a child") is no event of its own, with no doer and no toll. Relative clauses telling a
real earlier deed, deeds someone was convicted of, deeds the arrested are suspected of and claims of
responsibility keep their coding. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

ARRESTS = "Strategic developments/Arrests"
MOB = "Riots/Mob violence"
UAG = "Unidentified Armed Group"


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="suspected54", published="2024-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _type(event) -> str:
    return f"{event.acled.get('event_type')}/{event.acled.get('sub_event_type')}" if event.acled else "-"


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. an arrest made over a deed: the deed's victim (or doer) is not the arrester
@pytest.mark.parametrize("text, word, source, arrested", [
    ("Two people were arrested in connection with the lynching of a suspected cattle thief in Gulu.",
     "arrested", ["Police Forces of Uganda"], 2),
    ("Ten people were arrested over the lynching of a suspected thief.", "arrested", [], 10),
    ("Twenty people were arrested over the mob killing of a suspected child trafficker.", "arrested", [], 20),
    ("Five men were arrested over the killing of the priest.", "arrested", [], 5),
    # variants
    ("Four men were arrested over the murder of a journalist in Lahore.", "arrested",
     ["Police Forces of Pakistan"], 4),
    ("Three youths were detained in connection with the killing of a pastor in Jos.", "detained",
     ["Police Forces of Nigeria"], 3),
    ("Six people were arrested for the lynching of a suspected witch in Kilifi.", "arrested",
     ["Police Forces of Kenya"], 6),
    ("Three men were arrested over the killing of a policeman in Karachi.", "arrested",
     ["Police Forces of Pakistan"], 3),
    ("Eight people were arrested over the beating of a suspected thief.", "arrested", [], 8),
    # controls: an arrester named, or none but the place's police
    ("Police arrested ten people over the lynching of a suspected thief in Kano.", "arrested",
     ["Police Forces of Nigeria"], 10),
    ("Police arrested 150 people after the attacks on churches in Jaranwala.", "arrested",
     ["Police Forces of Pakistan"], 150),
    ("A university lecturer was arrested on blasphemy charges in Multan.", "arrested",
     ["Police Forces of Pakistan"], None),
])
def test_an_arrest_over_a_deed(pipeline, text: str, word: str, source: list, arrested: int | None) -> None:
    event = _event(pipeline, text, word)
    assert _type(event) == ARRESTS
    assert event.plover["type"] == "COERCE"
    assert _names(event.source) == source
    assert event.arrested == arrested


@pytest.mark.parametrize("text, word, source", [
    # the deed itself: done by those arrested over it (or unnamed), never by its victim
    ("Five men were arrested over the killing of the priest.", "killing", UAG),
    ("Ten people were arrested over the lynching of a suspected thief.", "lynching", "Rioters"),
    ("Three youths were detained in connection with the killing of a pastor in Jos.", "killing",
     f"{UAG} (Nigeria)"),
    # controls
    ("Police said they had arrested the men who bombed the church.", "bombed", UAG),
])
def test_the_deed_an_arrest_is_made_over(pipeline, text: str, word: str, source: str) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.source) == [source]


# 2. "those responsible for" / "those behind" a deed: its doers, never the clause's subject
@pytest.mark.parametrize("text, word, source", [
    ("Police are hunting those responsible for the killing of the imam.", "killing", [UAG]),
    ("Police are looking for those responsible for the arson attack on the synagogue.", "attack", []),
    ("Police are searching for those responsible for the attack on the mosque.", "attack", [UAG]),
    ("The president ordered the arrest of those behind the bombing of the mosque.", "bombing", [UAG]),
    ("Indonesia's president ordered police to arrest those responsible for the church bombings.", "bombings",
     [f"{UAG} (Indonesia)"]),
    # variants
    ("Troops are hunting those responsible for the ambush on the convoy.", "ambush", [UAG]),
    ("Police are searching for the people responsible for the bombing of the market.", "bombing", [UAG]),
    ("The minister promised to punish those responsible for the massacre of villagers.", "massacre", [UAG]),
    ("The group responsible for the bombing of the mosque is an Islamic State affiliate.", "bombing", [UAG]),
    # controls: responsibility claimed, those responsible arrested, an army's hunt
    ("Islamic State claimed responsibility for the bombing of the mosque.", "bombing", ["Islamic State"]),
    ("Police said those responsible for the attack on the church had been arrested.", "attack", [UAG]),
    ("The army vowed to hunt down those behind the killing of the priest.", "killing", [UAG]),
])
def test_those_responsible(pipeline, text: str, word: str, source: list) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.source) == source


# 3. what the victim of a crowd's violence is only suspected or accused of: no event, no toll
@pytest.mark.parametrize("text, word, dead, deeds", [
    ("A mob killed a man suspected of murdering a child in Kano.", "killed", 1, ["killed"]),
    ("Villagers lynched a woman suspected of killing her neighbour's child.", "lynched", 1, ["lynched"]),
    ("A mob burned a woman suspected of killing a child.", "burned", None, ["burned"]),
    ("The mob lynched a man accused of murder.", "lynched", 1, ["lynched", "accused"]),
    ("The mob lynched a man accused of the rape of a girl.", "lynched", 1, ["lynched", "accused"]),
    ("Residents beat to death a man suspected of stealing a goat.", "beat to death", 1, ["beat to death"]),
    ("Residents stoned to death a man suspected of stealing a cow in Alwar.", "stoned", 1, ["stoned"]),
    # variants
    ("Villagers hacked to death two men suspected of killing a farmer.", "hacked to death", 2,
     ["hacked to death"]),
    ("A crowd beat a man accused of stabbing a trader in Kisumu.", "beat", None, ["beat", "accused"]),
    ("A man suspected of abducting a child was lynched by residents in Kano.", "lynched", 1, ["lynched"]),
    ("An angry mob set ablaze a man suspected of robbing a shop in Lagos.", "set ablaze", None,
     ["set ablaze"]),
    ("Residents lynched two men they accused of killing a boy.", "lynched", 2, ["lynched", "accused"]),
    ("A man accused of murder was lynched by a mob.", "lynched", 1, ["accused", "lynched"]),
    # controls
    ("A man accused of stealing a phone was burned to death by a mob in Mombasa.", "burned", 1,
     ["accused", "burned"]),
    ("A mob lynched a man accused of blasphemy.", "lynched", 1, ["lynched", "accused"]),
    ("A suspected thief was beaten to death by a mob in Nairobi.", "beaten to death", 1, ["beaten to death"]),
])
def test_what_the_victim_was_suspected_of(pipeline, text: str, word: str, dead: int | None,
                                          deeds: list) -> None:
    events = _events(pipeline, text)
    assert [e.trigger.text for e in events] == deeds
    event = next(e for e in events if e.trigger.text == word)
    assert event.primary
    assert _type(event) == MOB
    assert event.fatalities == dead


@pytest.mark.parametrize("text, deeds", [
    # controls: a real earlier deed told in a relative clause, a deed someone was convicted of, and the deed
    # the arrested are suspected of keep their events
    ("Soldiers killed two men who had attacked a pastor.", ["killed", "attacked"]),
    ("The regime executed a protester convicted of wounding a guard.", ["executed", "convicted", "wounding"]),
    ("Police arrested a man suspected of stealing a goat.", ["arrested", "stealing"]),
])
def test_real_and_held_deeds_stay(pipeline, text: str, deeds: list) -> None:
    assert [e.trigger.text for e in _events(pipeline, text)] == deeds
