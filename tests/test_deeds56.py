"""Round deeds56: who did a deed. A lone attacker told with a weapon ("a man armed with a knife stabbed",
"a teenager with a knife stabbed", the parse taking the knife for the subject or the verb for a clause on
it) is the attacker, as "a man stabbed" is, not a rioting crowd. Those who treat or investigate a deed
("police are treating the stabbing as a terrorist incident", "arrested by detectives investigating the
murder") and those who act in a main clause after it ("police arrested two men after a woman was killed in
a shooting", "rioters clashed a day after a girl was killed in a knife attack") did not do it. Clashes
between rival fans are a crowd's riot, not an armed battle, and the Basque and Catalan police forces are
named police. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return list(pipeline.code(document_from_text(text, doc_id="deeds56", published="2024-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _sources(event) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.sector) for a in event.source]


# 1. a lone attacker told with a weapon is the attacker
@pytest.mark.parametrize("text, word, source", [
    ("A man armed with a knife stabbed two women in Bristol.", "stabbed",
     "Unidentified Armed Group (United Kingdom)"),
    ("A man armed with a knife stabbed three people to death in Solingen, police said.", "stabbed",
     "Unidentified Armed Group (Germany)"),
    ("A teenager with a knife stabbed four pupils at a school in Nantes.", "stabbed",
     "Unidentified Armed Group (France)"),
    # variants
    ("A teenager with a knife stabbed three girls at a dance class in Southport.", "stabbed",
     "Unidentified Armed Group (United Kingdom)"),
    ("A youth with a knife stabbed two shoppers in Malmö.", "stabbed", "Unidentified Armed Group (Sweden)"),
    ("A man armed with a knife stabbed two people in Lyon.", "stabbed", "Unidentified Armed Group (France)"),
    # controls
    ("A man stabbed two people in Lyon.", "stabbed", "Unidentified Armed Group (France)"),
    ("A man with a knife stabbed three people in Mannheim.", "stabbed", "Unidentified Armed Group (Germany)"),
    ("A woman armed with a knife stabbed a man on a tram in Vienna.", "stabbed",
     "Unidentified Armed Group (Austria)"),
    ("A man with a gun shot a shopkeeper in Naples.", "shot", "Unidentified Armed Group (Italy)"),
])
def test_armed_lone_attacker(pipeline, text: str, word: str, source: str) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == "ASSAULT"
    assert [a.name for a in event.source] == [source]
    assert event.acled["event_type"] == "Violence against civilians"


def test_armed_relative_control(pipeline) -> None:
    text = "A man armed with a knife who attacked officers was shot dead in Paris."
    event = _event(pipeline, text, "attacked")
    assert [a.text for a in event.source] == ["A man"]


# 2. who treats, investigates or answers a deed did not do it
@pytest.mark.parametrize("text, word", [
    ("Detectives are treating the death of a man in Omagh as murder.", "murder"),
    ("Police are treating the stabbing in Leicester as a terrorist incident.", "stabbing"),
    ("Police arrested two men after a woman was killed in a shooting in Cork.", "shooting"),
    ("Police arrested a man after a teenager was killed in a stabbing in Glasgow.", "stabbing"),
    ("Rioters clashed with police in Hartlepool a day after a girl was killed in a knife attack.", "attack"),
    ("Two men were arrested by detectives investigating the attempted murder of a taxi driver in Lurgan.",
     "murder"),
    # variants
    ("Police are treating the shooting in Amsterdam as a gangland killing.", "shooting"),
    ("Youths rioted in Dublin hours after three children were hurt in a knife attack.", "attack"),
    ("Three people were arrested by officers investigating the murder of a pensioner in Leeds.", "murder"),
    # controls
    ("Police are investigating the stabbing of a man in Leeds.", "stabbing"),
    ("Gardaí are investigating the murder of a man in Finglas.", "murder"),
    ("Detectives investigating the murder of a man in Belfast have arrested two people.", "murder"),
    ("Riots broke out in Nanterre a day after a teenager was shot in a police traffic stop.", "shot"),
])
def test_investigators_and_later_crowds_did_not_do_it(pipeline, text: str, word: str) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == "ASSAULT"
    assert all(a.sector not in ("COP", "CVL") and a.inter not in (1, 5, 6) for a in event.source), \
        _sources(event)


@pytest.mark.parametrize("text, word, source", [
    ("Police arrested two men after a woman was killed in a shooting in Cork.", "arrested",
     "Police Forces of Ireland"),
    ("Police shot dead a man who attacked officers with a knife in Paris.", "shot dead",
     "Police Forces of France"),
    ("Three people were arrested by officers investigating the murder of a pensioner in Leeds.", "arrested",
     "Police Forces of the United Kingdom"),
])
def test_investigators_keep_their_own_deeds(pipeline, text: str, word: str, source: str) -> None:
    assert [a.name for a in _event(pipeline, text, word).source] == [source]


# 3. clashes of unarmed crowds, and of police with youths, are riots, not armed battles
@pytest.mark.parametrize("text, word, kind, sub", [
    ("Clashes between rival fans left ten people injured in Marseille.", "Clashes", "PROTEST",
     "Mob violence"),
    ("Four people were arrested after clashes between rival fans in Lille.", "clashes", "PROTEST", None),
    ("The Ertzaintza clashed with youths in Bilbao.", "clashed", "PROTEST", "Mob violence"),
    # variants
    ("Clashes between rival hooligans broke out in Warsaw.", "Clashes", "PROTEST", "Mob violence"),
    ("The Ertzaintza clashed with protesters in San Sebastián.", "clashed", "PROTEST", None),
    ("Carabinieri clashed with students in Pisa.", "clashed", "PROTEST", "Mob violence"),
    # controls
    ("Clashes between rival supporters broke out in Seville.", "Clashes", "PROTEST", "Mob violence"),
    ("Police clashed with protesters in Rennes.", "clashed", "PROTEST", None),
    ("Police clashed with youths in Bilbao.", "clashed", "PROTEST", "Mob violence"),
    ("A brawl between rival fans outside the stadium left three people injured.", "brawl", "ASSAULT",
     "Mob violence"),
    ("Fans clashed with police after the Indian Premier League match in Kolkata.", "clashed", "ASSAULT",
     "Mob violence"),
])
def test_crowd_clashes_are_riots(pipeline, text: str, word: str, kind: str, sub: str | None) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == kind
    assert event.acled["event_type"] == "Riots"
    if sub is not None:
        assert event.acled["sub_event_type"] == sub
    assert not any(a.inter in (2, 3) for a in event.source + event.target)


def test_ertzaintza_is_spanish_police(pipeline) -> None:
    event = _event(pipeline, "The Ertzaintza clashed with youths in Bilbao.", "clashed")
    police = [a for a in event.source + event.target if a.name == "Ertzaintza"]
    assert [(a.country, a.sector, a.inter) for a in police] == [("ESP", "COP", 1)]


@pytest.mark.parametrize("text", [
    "Soldiers clashed with rebels near Goma.",
    "Clashes between rival gangs left five dead in Port-au-Prince.",
])
def test_armed_clashes_stay_battles(pipeline, text: str) -> None:
    event = next(e for e in _events(pipeline, text) if e.primary)
    assert event.acled["sub_event_type"] == "Armed clash"
