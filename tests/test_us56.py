"""The place a deed is sent to (round us56): a destination of more than one word is named whole as the target
("deployed the National Guard to Los Angeles": "Los Angeles", not "Los"); a state that receives people
deported to it is not their deporter ("a man wrongly deported to El Salvador": no doer, not El Salvador's
government); the destination of a blocked sending of people ("a Kenyan court blocked the deployment of police
officers to Haiti") and the nationality of the people sent away ("the deportation of Venezuelan migrants") do
not set the story's country, so a court keeps its own country and no country is taken from the migrants.
Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str, published: str = "2025-06-10"):
    events = pipeline.code(document_from_text(text, doc_id="us56", published=published))
    return next(e for e in events if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


def _actors(actors) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.country) for a in actors]


# 1. a destination named with several words is the target whole
@pytest.mark.parametrize("text, word, target, name, where", [
    ("Trump deployed the National Guard to Los Angeles.", "deployed", "Los Angeles",
     "Government of the United States", "USA"),
    ("Biden deployed troops to San Diego.", "deployed", "San Diego",
     "Government of the United States", "USA"),
    ("Russia deployed troops to Los Alamos.", "deployed", "Los Alamos", None, None),
    ("Governor Newsom sued the Trump administration over the deployment of troops to Los Angeles.",
     "deployment", "Los Angeles", "Government of the United States", "USA"),
    # variants
    ("Putin sent troops to Nagorno-Karabakh.", "sent", "Nagorno-Karabakh", "Government of Azerbaijan", "AZE"),
    ("The governor sent the National Guard to San Antonio.", "sent", "San Antonio",
     "Government of the United States", "USA"),
    # controls: one-word and country destinations
    ("India deployed troops to Sri Lanka.", "deployed", "Sri Lanka", "Government of Sri Lanka", "LKA"),
    ("The United States sent aid to Sri Lanka.", "sent", "Sri Lanka", "Government of Sri Lanka", "LKA"),
    ("France will send troops to Mali.", "send", "Mali", "Government of Mali", "MLI"),
])
def test_destination_named_whole(pipeline, text: str, word: str, target: str, name: str | None,
                                 where: str | None) -> None:
    event = _event(pipeline, text, word)
    assert [a.text for a in event.target] == [target]
    if name is not None:  # "Los Alamos" is taken for Chile's Los Álamos by the gazetteer (an alias's job)
        assert event.target[0].name == name
        assert _where(event) == where


# 2. the country people are deported to is not their deporter
@pytest.mark.parametrize("text, word, source, where", [
    ("A judge ordered the administration to return a Salvadoran man wrongly deported to El Salvador.",
     "deported", [], "SLV"),
    # controls: a named deporter, a place sent from
    ("Mexico deported 50 migrants to El Salvador.", "deported", [("Government of Mexico", "MEX")], "MEX"),
    ("France deported an imam to Algeria.", "deported", [("Government of France", "FRA")], "FRA"),
    ("Venezuelan migrants were deported from the United States.", "deported",
     [("Government of the United States", "USA")], "USA"),
    ("Pakistan deported 500 Afghan refugees.", "deported", [("Government of Pakistan", "PAK")], "PAK"),
])
def test_destination_is_no_deporter(pipeline, text: str, word: str, source: list, where: str) -> None:
    event = _event(pipeline, text, word, "2025-04-10")
    assert _actors(event.source) == source
    assert _where(event) == where


# 3. where people would be sent, and whose they are, set no country for a court or state acting at home
@pytest.mark.parametrize("text, word, source, target, where", [
    ("A Kenyan court blocked the deployment of police officers to Haiti.", "blocked",
     ("Judiciary of Kenya", "KEN", 1), ("Police Forces of Kenya", "KEN"), "KEN"),
    ("The Supreme Court blocked the deportation of Venezuelan migrants under the Alien Enemies Act.",
     "blocked", ("Judiciary", None, 1), ("Refugees/IDPs (Venezuela)", "VEN"), None),
    # variants
    ("A federal judge halted the deportation of Guatemalan children.", "halted",
     ("Judiciary", None, 1), ("Children (Guatemala)", "GTM"), None),
    ("Authorities deported 100 Afghan migrants.", "deported",
     ("Government", None, 1), ("Refugees/IDPs (Afghanistan)", "AFG"), None),
    ("A Belgian court halted the extradition of Moroccan suspects.", "halted",
     ("Judiciary of Belgium", "BEL", 1), ("Gang (Morocco)", "MAR"), "BEL"),
    ("Italy blocked the transfer of Tunisian migrants to Albania.", "blocked",
     ("Government of Italy", "ITA", 1), ("Refugees/IDPs (Tunisia)", "TUN"), "ITA"),
    # controls: the court's country named, the deployment itself, people held at home
    ("Kenya's High Court blocked the deployment of police officers to Haiti.", "blocked",
     ("Judiciary of Kenya", "KEN", 1), ("Police Forces of Kenya", "KEN"), "KEN"),
    ("A Kenyan court blocked the deployment of police officers.", "blocked",
     ("Judiciary of Kenya", "KEN", 1), ("Police Forces of Kenya", "KEN"), "KEN"),
    ("Masked ICE agents detained a Turkish student in Somerville.", "detained",
     ("ICE", "USA", 1), ("Students (Turkey)", "TUR"), "USA"),
])
def test_sent_people_set_no_country(pipeline, text: str, word: str, source: tuple, target: tuple,
                                    where: str | None) -> None:
    event = _event(pipeline, text, word, "2025-05-16")
    assert [(a.name, a.country, a.inter) for a in event.source] == [source]
    assert _actors(event.target)[0] == target
    assert _where(event) == where


@pytest.mark.parametrize("text, word, source, where", [
    # controls: the deployment itself is placed where it lands; a march keeps its start
    ("Kenya deployed police officers to Haiti to fight gangs.", "deployed",
     ("Government of Kenya", "KEN"), "HTI"),
    ("Kenyan police officers were deployed to Haiti.", "deployed", ("Police Forces of Kenya", "KEN"), "HTI"),
    ("Protesters marched from Santa Monica to Los Angeles.", "marched",
     ("Protesters (United States)", "USA"), "USA"),
])
def test_sent_people_controls(pipeline, text: str, word: str, source: tuple, where: str) -> None:
    event = _event(pipeline, text, word)
    assert _actors(event.source)[0] == source
    assert _where(event) == where
