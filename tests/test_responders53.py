"""Responders are not attackers (round responders53, item terror-1): an attack told with no doer (a passive
verb, or a noun such as "a knife attack" or "a shooting") whose sentence goes on to tell the police's or
troops' answer ("...; police arrested the attacker", "... and police detained an Afghan man", "... before
police shot the attacker") gets an unidentified doer, and the arrest or shooting is its own event with the
responders its doers. Parses mended on the way: "shot dead in Malmo and police arrested a teenager" ("police"
hung on the place), "a man armed with a knife who attacked officers" (the "who" clause hung on the knife),
"police shot dead the gunman" (the gunman the object of "dead"). An attack's site after "at" ("a knife attack
at a bus station") gives way to the people its outcome names hurt. Police who themselves beat or shoot at a
crowd's scene ("protesters were beaten and police arrested 40") stay the doers. Sentences written for the
test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return list(pipeline.code(document_from_text(text, doc_id="responders53", published="2024-09-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. the attack told with no doer and the response: the attack's doer is unidentified, not the responders
@pytest.mark.parametrize("text, word, source", [
    ("Two people were stabbed near a mosque in Rotterdam; police arrested the attacker.", "stabbed",
     "Unidentified Armed Group (Netherlands)"),
    ("Three people were injured in a knife attack at a bus station in Linz and police detained"
     " an Afghan man.", "attack", "Unidentified Armed Group (Austria)"),
    ("A teacher was stabbed at a school in Nantes and police arrested a 15-year-old pupil.", "stabbed",
     "Unidentified Armed Group (France)"),
    ("Five worshippers were wounded in a shooting at a church in Oslo; police later arrested"
     " a 30-year-old man.", "shooting", "Unidentified Armed Group (Norway)"),
    ("Four people were hurt in a knife attack in Zurich; police arrested the suspect at the scene.", "attack",
     "Unidentified Armed Group (Switzerland)"),
    ("A woman was stabbed to death in a park in Bristol and officers arrested a 40-year-old man.",
     "stabbed to death", "Unidentified Armed Group (United Kingdom)"),
    ("Two people were shot dead in Malmo and police arrested a teenager.", "shot dead",
     "Unidentified Armed Group (Sweden)"),
    ("Two police officers were wounded in a knife attack in Brussels and soldiers later shot the assailant.",
     "attack", "Unidentified Armed Group (Belgium)"),
    ("Five people were wounded in a knife attack in Hamburg and police arrested a suspect.", "attack",
     "Unidentified Armed Group (Germany)"),
    # variants
    ("Two men were killed in a shooting at a bar in Toronto and police arrested two suspects.", "shooting",
     "Unidentified Armed Group (Canada)"),
    ("A man was stabbed to death outside a nightclub in Leeds; officers later arrested two teenagers.",
     "stabbed to death", "Unidentified Armed Group (United Kingdom)"),
    ("Six people were wounded in a knife attack at a shopping centre in Sydney before police shot"
     " the attacker.", "attack", "Unidentified Armed Group (Australia)"),
    ("A boy was stabbed at a school in Paris and police detained a classmate.", "stabbed",
     "Unidentified Armed Group (France)"),
    ("Two people were shot dead near a church in Vienna; police shot dead the gunman.", "shot dead",
     "Unidentified Armed Group (Austria)"),
    ("Four worshippers were stabbed in a mosque in Lyon and police arrested the assailant.", "stabbed",
     "Unidentified Armed Group (France)"),
    ("Two people were killed in a bomb attack in Kabul and police arrested three suspects.", "attack",
     "Unidentified Armed Group (Afghanistan)"),
    ("Two people were stabbed in Berlin and police shot dead the suspect at the scene.", "stabbed",
     "Unidentified Armed Group (Germany)"),
    ("Five people were injured in a car-ramming attack in Magdeburg and police arrested the driver.",
     "attack", "Unidentified Armed Group (Germany)"),
])
def test_responders_are_not_the_attackers(pipeline, text: str, word: str, source: str) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.source) == [source]
    assert not any(a.sector in ("COP", "MIL") for a in event.source)


@pytest.mark.parametrize("text, word, source", [
    # controls: a doer named, or the police who hit at a crowd's scene or a suspect
    ("Three people were stabbed at a festival in Villach; a Syrian man was detained.", "stabbed",
     "Unidentified Armed Group (Austria)"),
    ("Two people were stabbed outside a synagogue in Vienna; the attacker fled.", "stabbed",
     "Unidentified Armed Group (Austria)"),
    ("A man stabbed three people at a train station in Hamburg.", "stabbed",
     "Unidentified Armed Group (Germany)"),
    ("Protesters were beaten and police arrested 40 people in Nairobi.", "beaten", "Police Forces of Kenya"),
    ("Protesters were beaten in Harare and police arrested 30 people.", "beaten",
     "Police Forces of Zimbabwe"),
    ("Three protesters were shot dead in Nairobi and police arrested dozens.", "shot dead",
     "Police Forces of Kenya"),
    ("A suspect was shot in Lyon and police arrested two other men.", "shot", "Police Forces of France"),
    ("Police killed a gunman who had shot dead three people at a school in Nashville.", "killed",
     "Police Forces of the United States"),
    ("Gunmen attacked a police station in Dagestan and police killed four of them.", "attacked",
     "Unidentified Armed Group (Russia)"),
    ("Police fired tear gas after protesters attacked a police station in Lagos.", "attacked",
     "Rioters (Nigeria)"),
])
def test_responders_controls(pipeline, text: str, word: str, source: str) -> None:
    assert _names(_event(pipeline, text, word).source) == [source]


# 2. the response is its own event, done by the responders (not by the victims of the clause before)
@pytest.mark.parametrize("text, word, source, target", [
    ("Two people were shot dead in Malmo and police arrested a teenager.", "arrested",
     "Police Forces of Sweden", "Children (Sweden)"),
    ("Two police officers were wounded in a knife attack in Brussels and soldiers later shot the assailant.",
     "shot", "Military Forces of Belgium", "Unidentified Armed Group (Belgium)"),
    ("Two people were stabbed near a mosque in Rotterdam; police arrested the attacker.", "arrested",
     "Police Forces of the Netherlands", "Unidentified Armed Group (Netherlands)"),
    # variants
    ("Four worshippers were stabbed in a mosque in Lyon and police arrested the assailant.", "arrested",
     "Police Forces of France", "Unidentified Armed Group (France)"),
    ("Two people were shot dead near a church in Vienna; police shot dead the gunman.", "shot dead",
     "Police Forces of Austria", "Unidentified Armed Group (Austria)"),
    ("A man was stabbed to death outside a nightclub in Leeds; officers later arrested two teenagers.",
     "arrested", "Police Forces of the United Kingdom", "Children (United Kingdom)"),
])
def test_response_is_its_own_event(pipeline, text: str, word: str, source: str, target: str) -> None:
    events = [e for e in _events(pipeline, text) if e.trigger.text == word]
    assert any(_names(e.source) == [source] and target in _names(e.target) for e in events)


@pytest.mark.parametrize("text, word, source, target", [
    # controls: a response told alone, an arrest with no doer, a place after "and" that is a place
    ("Police arrested a man in Malmo after two people were shot dead.", "arrested", "Police Forces of Sweden",
     "Civilians (Sweden)"),
    ("Three people were stabbed at a festival in Villach; a Syrian man was detained.", "detained",
     "Police Forces of Austria", "Civilians (Syria)"),
    ("Gunmen killed two people in Malmo and Lund on Sunday.", "killed", "Unidentified Armed Group (Sweden)",
     "Civilians (Sweden)"),
])
def test_response_controls(pipeline, text: str, word: str, source: str, target: str) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.source) == [source]
    assert target in _names(event.target)


# 3. a "who" clause on the weapon a man is armed with tells what the man did
@pytest.mark.parametrize("text, word, source, target", [
    ("Police shot dead a man armed with a knife who attacked officers outside a police station in Lille.",
     "attacked", "Unidentified Armed Group (France)", "Police Forces of France"),
    # variants
    ("Police shot dead a man with a knife who attacked passers-by in Munich.", "attacked",
     "Unidentified Armed Group (Germany)", None),
    ("A man armed with an axe who attacked a guard was arrested in Oslo.", "attacked",
     "Unidentified Armed Group (Norway)", None),
])
def test_armed_man_who_attacked(pipeline, text: str, word: str, source: str, target: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.source) == [source]
    if target is not None:
        assert _names(event.target) == [target]
        assert event.acled.get("sub_event_type") == "Armed clash"


@pytest.mark.parametrize("text, word, source", [
    # controls: a "who" clause on a person; armed men with no "who" clause
    ("A man armed with a knife was shot dead by police in Lille.", "shot dead", "Police Forces of France"),
    ("Gunmen armed with rifles attacked a village in Zamfara.", "attacked",
     "Unidentified Armed Group (Nigeria)"),
    ("Police killed a gunman who had shot dead three people at a school in Nashville.", "shot dead",
     "Unidentified Armed Group (United States)"),
])
def test_armed_man_controls(pipeline, text: str, word: str, source: str) -> None:
    assert _names(_event(pipeline, text, word).source) == [source]


# 4. the people an attack's outcome names hurt are its targets, not the site after "at"
@pytest.mark.parametrize("text, word, target", [
    ("Three people were injured in a knife attack at a bus station in Linz and police detained"
     " an Afghan man.", "attack", "Civilians (Austria)"),
    # variants
    ("Three people were injured in a knife attack at a bus station in Linz.", "attack",
     "Civilians (Austria)"),
    ("Two men were killed in a shooting at a bar in Toronto and police arrested two suspects.", "shooting",
     "Civilians (Canada)"),
])
def test_hurt_outrank_the_site(pipeline, text: str, word: str, target: str) -> None:
    assert _names(_event(pipeline, text, word).target) == [target]


@pytest.mark.parametrize("text, word, target", [
    # controls: an attack on a place of a side, and one told with no one hurt
    ("Gunmen attacked a police station in Dagestan and police killed four of them.", "attacked",
     "Police Forces of Russia"),
    ("Three people were hurt in a knife attack in Zurich.", "attack", "Civilians (Switzerland)"),
])
def test_hurt_controls(pipeline, text: str, word: str, target: str) -> None:
    assert _names(_event(pipeline, text, word).target) == [target]
