"""A city name read as a place, not an actor (round cities56, item westeu-2): a "him" or "her" never
stands for a place named before it ("shot two people in Vienna before police killed him": the gunman, not
the Government of Austria; "in Brussels": not the EU), and a custody verb the parse joined to a relative
clause, or one in a relative clause on a passive's agent, takes the one dealt with before ("shot a man who
stabbed a passer-by and later detained him": the man); a city before a crowd's or an attack's noun says
where, not who ("the Paris riots": rioters, not the government; "the Brussels bombings": unnamed
attackers, not the EU); a city before one of its places ("Brussels airport", "Kyiv suburbs") is no owner:
the people of its country. Metonymy as a subject stays ("Paris recalled its ambassador", "Brussels
threatened", "Brussels fined Google"). Sentences written for the test, with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="cities56", published="2024-06-01"))
                if e.trigger.text == word)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. "him"/"her" after a city: the person named before, never the state or body the city stands for
@pytest.mark.parametrize("text, word, target", [
    ("A gunman shot two people in Vienna before police killed him.", "killed",
     ["Unidentified Armed Group (Austria)"]),
    ("A man attacked two women in Madrid before police arrested him.", "arrested",
     ["Unidentified Armed Group (Spain)"]),
    ("Officers shot a man who stabbed a passer-by in Berlin and later detained him.", "detained",
     ["Unidentified Armed Group (Germany)"]),
    ("A man stabbed a passer-by in Paris and was then shot by officers who arrested him.", "arrested",
     ["Unidentified Armed Group (France)"]),
    ("A gunman shot dead two Swedish football fans in Brussels before the police killed him.", "killed",
     ["Unidentified Armed Group (Belgium)"]),
    ("Officers arrested him in Vienna after a chase.", "arrested", ["Civilians (Austria)"]),
    # variants
    ("A gunman wounded four people in Stockholm before police shot him.", "shot",
     ["Unidentified Armed Group (Sweden)"]),
    ("A gunman wounded three people in Brussels before officers arrested him.", "arrested",
     ["Unidentified Armed Group (Belgium)"]),
    # CONTROLS: no place before; a group named before; a place with no capital reading
    ("A gunman shot two people before police killed him.", "killed", ["Unidentified Armed Group"]),
    ("Soldiers captured a rebel commander and interrogated him.", "interrogated", ["Rebels"]),
    ("A man stabbed two people in Dublin city centre before Gardaí arrested him.", "arrested",
     ["Unidentified Armed Group (Ireland)"]),  # the man who stabbed, as with "police arrested him"
])
def test_person_pronoun_not_a_place(pipeline, text: str, word: str, target: list[str]) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.target) == target
    assert all(a.sector not in ("GOV", "IGO") for a in event.target)
    assert [a.text for a in event.target] == ["him"]


# 2. a city before a crowd's or an attack's noun: where it happened, not who did it
@pytest.mark.parametrize("text, word, source", [
    ("The Paris riots spread to Lyon and Marseille.", "riots", ["Rioters (France)"]),
    ("The London riots of 2011 began in Tottenham.", "riots", ["Rioters (United Kingdom)"]),
    ("The Dublin riot in November 2023 left a bus burned out.", "riot", ["Rioters (Ireland)"]),
    ("The Brussels bombings killed 32 people.", "bombings", ["Unidentified Armed Group (Belgium)"]),
    # variants
    ("The Stockholm riots lasted a week.", "riots", ["Rioters (Sweden)"]),
    ("The Bogota unrest left three dead.", "unrest", ["Rioters (Colombia)"]),
    ("The Tehran protests spread to other cities.", "protests", ["Protesters (Iran)"]),
    # CONTROLS: the crowd in an "in" phrase; a town before an attack; the state as a possessor or subject
    ("Riots in Paris spread to Lyon and Marseille.", "Riots", ["Rioters (France)"]),
    ("The Madrid train bombings killed 191 people in 2004.", "bombings",
     ["Unidentified Armed Group (Spain)"]),
    ("The Paris attacks killed 130 people in November 2015.", "attacks",
     ["Unidentified Armed Group (France)"]),
    ("Paris recalled its ambassador to Rome.", "recalled", ["Government of France"]),
    ("Brussels threatened to take Warsaw to court over the judicial reforms.", "threatened", ["EU"]),
    ("Brussels fined Google 2.4 billion euros.", "fined", ["EU"]),
    ("Washington imposed sanctions on Tehran.", "sanctions", ["Government of the United States"]),
])
def test_city_before_deed_is_where(pipeline, text: str, word: str, source: list[str]) -> None:
    assert _names(_event(pipeline, text, word).source) == source


# 3. a city before one of its places (airport, metro, suburb): no owner, neither the government nor the EU
# (the people of its country)
@pytest.mark.parametrize("text, word, target", [
    ("Suicide bombers attacked Brussels airport on Tuesday morning.", "attacked", ["Civilians (Belgium)"]),
    ("Bombers targeted a Brussels metro station.", "targeted", ["Civilians (Belgium)"]),
    ("Protesters blocked Brussels airport.", "blocked", ["Civilians (Belgium)"]),
    ("Police raided a Brussels suburb.", "raided", ["Civilians (Belgium)"]),
    ("Militants shelled Kyiv suburbs overnight.", "shelled", ["Civilians (Ukraine)"]),
])
def test_city_place_has_no_state_owner(pipeline, text: str, word: str, target: list[str]) -> None:
    assert _names(_event(pipeline, text, word).target) == target


# CONTROLS: the city's own state still acts or is acted on as a subject or an object of its own
@pytest.mark.parametrize("text, word, source, target", [
    ("Protesters gathered outside Brussels airport.", "gathered", ["Protesters (Belgium)"], []),
    ("Paris recalled its ambassador to Rome.", "recalled", ["Government of France"], ["Government of Italy"]),
    ("Brussels fined Google 2.4 billion euros.", "fined", ["EU"], ["Google"]),
])
def test_city_place_controls(pipeline, text: str, word: str, source: list[str], target: list[str]) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.source) == source
    assert _names(event.target) == target
