"""Crowds and counts (round crowds56): "killed six, leaving 40 injured" and "leaving twelve others wounded"
give the hurt (a mend of the parse of "leaving"); a crowd that attended a rally, or that a rally "was attended
by", or devotees who gathered for a protest give the crowd's size (lakh and crore included); an acronym with
its faction in brackets ("NSCN(IM)", "ULFA(I)") is one name that keeps the toll and the doer; a strike called
by its name ("a Bharat Bandh") or as a shutdown called or observed is a strike; a siege laid by unarmed people
(farmers, students, villagers, protesters) is a blockade, a protest, while armed men's sieges stay assaults; a
named protest group's supporters or members who disrupt an event are protesting. Sentences written for the
test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return list(pipeline.code(document_from_text(text, doc_id="crowds56", published="2024-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _kind(event) -> tuple[str | None, str | None]:
    return event.plover.get("type"), event.plover.get("mode") or None


# 1. the people a verb of leaving leaves hurt
@pytest.mark.parametrize("text, word, dead, injured", [
    ("A suicide bomber killed six people at a market in Peshawar, leaving 40 injured.", "killed", 6, 40),
    ("A car bomb killed four policemen in Quetta, leaving twelve others wounded.", "car bomb", 4, 12),
    # variants
    ("A roadside bomb killed two soldiers in Helmand, leaving 15 injured.", "roadside bomb", 2, 15),
    ("Gunmen killed five villagers in Zamfara, leaving seven others wounded.", "killed", 5, 7),
    # controls
    ("The blast killed three people, leaving 50 injured.", "blast", 3, 50),
    ("Gunmen attacked a bus in Kandahar, killing five passengers and leaving 20 wounded.", "attacked", 5, 20),
    ("The clashes left 12 people dead and 40 injured.", "clashes", 12, 40),
    ("The blast killed three people, leaving 50 dead.", "blast", 3, None),
])
def test_left_injured(pipeline, text: str, word: str, dead: int, injured: int | None) -> None:
    event = _event(pipeline, text, word)
    assert (event.fatalities, event.injured) == (dead, injured)


# 2. the crowd that attended a protest, or gathered for one, is its size
@pytest.mark.parametrize("text, word, size", [
    ("Five lakh people attended the rally in Kolkata.", "rally", 500_000),
    ("The rally was attended by five lakh people.", "rally", 500_000),
    ("Ten lakh devotees gathered for the protest in Mumbai.", "protest", 1_000_000),
    # variants
    ("Five thousand people attended the rally in Kolkata.", "rally", 5_000),
    ("The march was attended by about 20,000 students.", "march", 20_000),
    ("Two crore people attended the protests across the state.", "protests", 20_000_000),
    # controls
    ("Over two lakh people joined the march in Chennai.", "march", 200_000),
    ("Three lakh farmers marched to the state capital.", "marched", 300_000),
])
def test_attended_crowd_size(pipeline, text: str, word: str, size: int) -> None:
    assert _event(pipeline, text, word).size == size


@pytest.mark.parametrize("text", [
    "Five hundred delegates attended the summit in Delhi.",
    "The funeral was attended by thousands of people.",
])
def test_attended_crowd_size_controls(pipeline, text: str) -> None:
    assert all(e.size is None for e in _events(pipeline, text))


# 3. an acronym with its faction in brackets is one name
@pytest.mark.parametrize("text, word, dead, source", [
    ("NSCN(IM) militants killed three soldiers in Manipur on Sunday.", "killed", 3, "NSCN"),
    ("Two NSCN(K) cadres were killed by the army in Mon district.", "killed", 2, "Military Forces of India"),
    # variants
    ("ULFA(I) militants killed two policemen in Tinsukia.", "killed", 2, "ULFA"),
    ("CPN(Maoist) cadres attacked a police post in Rolpa, killing four policemen.", "attacked", 4,
     "CPN (Maoist)"),
    # controls
    ("NSCN-IM militants killed three soldiers in Manipur on Sunday.", "killed", 3, "NSCN"),
    ("CPN (Maoist) cadres attacked a police post in Rolpa, killing four policemen.", "attacked", 4,
     "CPN (Maoist)"),
    ("Rebels killed three soldiers in Manipur on Sunday.", "killed", 3, "Rebels (India)"),
])
def test_faction_names(pipeline, text: str, word: str, dead: int, source: str) -> None:
    event = _event(pipeline, text, word)
    assert event.fatalities == dead
    assert [a.name for a in event.source] == [source]


# 4. a strike called by its name, or a shutdown called or observed
@pytest.mark.parametrize("text, word, source", [
    ("Dalit organisations called a Bharat Bandh against the ruling.", "Bandh", "Protesters (India)"),
    ("The opposition called a nationwide shutdown on Friday.", "shutdown", "Protesters"),
    # variants
    ("The Left called a Kerala Bandh on Tuesday.", "Bandh", "Protesters (India)"),
    ("Traders have called a shutdown in Srinagar.", "shutdown", "Protesters (India)"),
    # controls
    ("The opposition called a general shutdown on Friday.", "shutdown", "Protesters"),
    ("Dalit organisations called a bandh in Pune.", "bandh", "Protesters (India)"),
    ("Unions called a nationwide strike.", "strike", "Protesters"),
])
def test_called_strikes(pipeline, text: str, word: str, source: str) -> None:
    event = _event(pipeline, text, word)
    assert _kind(event) == ("PROTEST", "strike")
    assert [a.name for a in event.source] == [source]


@pytest.mark.parametrize("text", [
    "The government ordered a nationwide shutdown to contain the virus.",
    "The president called a snap election.",
])
def test_called_strikes_controls(pipeline, text: str) -> None:
    assert not any(_kind(e) == ("PROTEST", "strike") for e in _events(pipeline, text))


# 5. a siege laid by unarmed people is a blockade; armed men's stays an assault
@pytest.mark.parametrize("text, word, kind, acled", [
    ("Thousands of farmers laid siege to Delhi's borders.", "siege", ("PROTEST", "obstruct"), "Protests"),
    ("Hundreds of villagers besieged the police station in Sitapur.", "besieged", ("PROTEST", "obstruct"),
     "Protests"),
    # variants
    ("Students laid siege to the vice-chancellor's office.", "siege", ("PROTEST", "obstruct"), "Protests"),
    ("Protesters laid siege to parliament in Kathmandu.", "siege", ("PROTEST", "obstruct"), "Protests"),
    ("The farmers' siege of the capital entered its third month.", "siege", ("PROTEST", "obstruct"),
     "Protests"),
    # controls
    ("Troops laid siege to the rebel-held town of Homs.", "siege", ("ASSAULT", None), "Battles"),
    ("Rebels laid siege to the town of Kidal.", "siege", ("ASSAULT", None), "Battles"),
    ("Armed villagers besieged the army camp.", "besieged", ("ASSAULT", None), "Battles"),
])
def test_crowd_sieges(pipeline, text: str, word: str, kind: tuple, acled: str) -> None:
    event = _event(pipeline, text, word)
    assert _kind(event) == kind
    assert event.acled.get("event_type") == acled


# 6. a named protest group's people who disrupt an event protest
@pytest.mark.parametrize("text, source", [
    ("Just Stop Oil supporters disrupted a snooker match in Sheffield.", "Protesters (United Kingdom)"),
    ("Palestine Action members disrupted a concert in Manchester.", "Protesters (United Kingdom)"),
    # variants
    ("Extinction Rebellion supporters disrupted a play in London.", "Protesters (United Kingdom)"),
    ("Extinction Rebellion disrupted a play in London.", "Protesters (United Kingdom)"),
    # controls
    ("Climate activists disrupted the Tour de France stage.", "Protesters (France)"),
])
def test_protest_group_disruptions(pipeline, text: str, source: str) -> None:
    event = _event(pipeline, text, "disrupted")
    assert _kind(event) == ("PROTEST", "obstruct")
    assert [a.name for a in event.source] == [source]


@pytest.mark.parametrize("text", [
    "The storm disrupted flights in London.",
    "Arsenal supporters disrupted the match in London.",
])
def test_protest_group_disruptions_controls(pipeline, text: str) -> None:
    assert _events(pipeline, text) == []
