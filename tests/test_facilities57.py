"""Facilities named after leaders (round facilities57): a leader's name, with its title, inside the name of
a hospital, mosque, shrine, airport, causeway, university, stadium, library or base ("the King Khalid
hospital", "the Imam Hussein mosque", "the Indira Gandhi airport", "the Sheikh Zayed Grand Mosque"; head
nouns in ``named_after_heads`` of actors/data/mentions.yaml) names the place, not the leader: the phrase is
read as the place alone would be, and the leader is neither the target nor the place's owner. A party whose
name holds another country's party name is its own ("the Kurdistan Democratic Party of Iran" is Iran's KDPI,
not Iraq's KDP; "the Islamic Republican Party" is Iran's, not the US Republicans). The leader himself, his
possessions ("King Abdullah's palace", "Sheikh Khalifa's bodyguard"), his camp and the parties named alone
stay as before. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    doc = document_from_text(text, doc_id="facilities57", published="2005-01-01")
    return next(e for e in pipeline.code(doc) if e.trigger.text == word)


def _actors(actors) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.country) for a in actors]


def _leaders(event) -> list[str | None]:
    """The actors of an event read as a leader or as a leader's (by the rule that found them)."""
    return [a.name for a in [*event.source, *event.target] if "leader:" in (a.evidence or "")]


# 1. a leader's name inside a facility's name: the facility, as the bare facility would be, never the leader
@pytest.mark.parametrize("text, word, target", [
    ("Gunmen attacked the King Khalid hospital in Riyadh.", "attacked",
     [("Civilians (Saudi Arabia)", "SAU")]),
    ("A bomb exploded at the Imam Hussein mosque in Karbala.", "exploded",
     [("Religious Group (Iraq)", "IRQ")]),
    ("Protesters blocked the Indira Gandhi airport in Delhi.", "blocked", []),
    ("A car bomb exploded near the King Fahd Causeway.", "exploded", []),
    ("Militants stormed the Quaid-e-Azam Residency.", "stormed", []),
    ("Rockets hit the King Abdulaziz air base.", "hit", None),
    ("Protesters marched on the Sheikh Zayed Grand Mosque.", "marched", [("Religious Group", None)]),
    ("Police raided the Lenin Library.", "raided", []),
    ("Students protested at the Jomo Kenyatta University.", "protested", []),
    ("Gunmen attacked the Ayatollah Khomeini shrine in Tehran.", "attacked", [("Civilians (Iran)", "IRN")]),
    ("Troops stormed the Mandela Stadium.", "stormed", []),
    # variants
    ("Gunmen attacked the Indira Gandhi hospital in Kabul.", "attacked",
     [("Civilians (Afghanistan)", "AFG")]),
    ("Gunmen stormed the Sheikh Zayed hospital in Lahore.", "stormed", [("Civilians (Pakistan)", "PAK")]),
    ("A suicide bomber struck the Imam Ali shrine in Najaf.", "struck", [("Civilians (Iraq)", "IRQ")]),
    ("Rebels shelled the Saddam Hussein airport in Baghdad.", "shelled", []),
    ("Rioters torched the Kwame Nkrumah mausoleum in Accra.", "torched", []),
    ("Gunmen opened fire outside the Jinnah hospital in Karachi.", "opened fire", []),
    ("Protesters blockaded the King Fahd Causeway on Friday.", "blockaded", None),
    ("Soldiers occupied the Kenyatta International Conference Centre in Nairobi.", "occupied", None),
])
def test_facility_named_after_a_leader(pipeline, text: str, word: str, target: list | None) -> None:
    event = _event(pipeline, text, word)
    assert _leaders(event) == []
    if target is not None:
        assert _actors(event.target) == target


@pytest.mark.parametrize("text, word, side, actors", [
    # controls: the leader himself, his own men and things, his camp
    ("King Fahd met the US envoy in Riyadh.", "met", "source", [("Fahd bin Abdulaziz", "SAU")]),
    ("King Abdullah met the US envoy in Amman.", "met", "source", [("King Abdullah II", "JOR")]),
    ("Gunmen killed Sheikh Khalifa's bodyguard.", "killed", "target",
     [("Government of the United Arab Emirates", "ARE")]),
    ("Protesters burned effigies of King Abdullah.", "burned", "target",
     [("King Abdullah II", "JOR")]),
    ("Gunmen attacked King Abdullah's palace.", "attacked", "target", [("King Abdullah II", "JOR")]),
    ("Gunmen attacked the Gaddafi compound in Tripoli.", "attacked", "target",
     [("Muammar Gaddafi", "LBY")]),
    ("Gunmen attacked the Bush campaign office.", "attacked", "target", [("George W. Bush", "USA")]),
    ("Mugabe supporters clashed with police in Harare.", "clashed", "source",
     [("Rioters (Zimbabwe)", "ZWE")]),
])
def test_facility_named_after_a_leader_controls(pipeline, text: str, word: str, side: str,
                                                actors: list) -> None:
    assert _actors(getattr(_event(pipeline, text, word), side)) == actors


@pytest.mark.parametrize("phrase, date, name, country", [
    ("the King Khalid hospital", "2005-01-01", None, None),
    ("the Imam Hussein mosque", "2005-01-01", "Religious Group (Iraq)", "IRQ"),
    ("the Indira Gandhi international airport", "2005-01-01", None, None),
    ("the King Abdulaziz air base", "2005-01-01", None, None),
    ("the Jomo Kenyatta University", "2005-01-01", "Students", None),
    # controls
    ("King Fahd", "2005-01-01", "Fahd bin Abdulaziz", "SAU"),
    ("Indira Gandhi", "1975-06-26", "Indira Gandhi", "IND"),
    ("Sheikh Hasina's government", "2020-01-01", "Government of Bangladesh", "BGD"),
    ("the Putin government", "2020-01-01", "Government of Russia", "RUS"),
    ("the Mubarak regime", "2005-01-01", "Government of Egypt", "EGY"),
])
def test_facility_phrase_resolves_to_no_leader(resolver, phrase: str, date: str, name: str | None,
                                               country: str | None) -> None:
    actor = resolver.resolve(phrase, date=date, focus=country)
    assert (actor.name if actor else None, actor.country if actor else None) == (name, country)


# 2. a party whose name holds another country's party name is its own country's
@pytest.mark.parametrize("text, word, side, actors", [
    ("The Kurdistan Democratic Party of Iran said its fighters clashed with the IRGC.", "clashed", "source",
     [("KDPI", "IRN")]),
    ("Police arrested members of the Kurdistan Democratic Party of Iran in Tehran.", "arrested", "target",
     [("KDPI", "IRN")]),
    ("Iranian forces shelled PDKI bases in northern Iraq.", "shelled", "target", [("KDPI", "IRN")]),
    ("Members of the Islamic Republican Party protested in Tehran.", "protested", "source",
     [("Protesters (Iran)", "IRN")]),
    ("Members of the Islamic Republican Party attacked the offices of a liberal newspaper in Tehran.",
     "attacked", "source", [("Islamic Republican Party", "IRN")]),
    # controls
    ("The KDP and the PUK clashed in Erbil.", "clashed", "source", [("Rioters (Iraq)", "IRQ")]),
    ("The Kurdistan Democratic Party said its fighters clashed with the PKK.", "clashed", "source",
     [("Unidentified Armed Group (Iraq)", "IRQ")]),
])
def test_party_of_its_own_country(pipeline, text: str, word: str, side: str, actors: list) -> None:
    assert _actors(getattr(_event(pipeline, text, word), side)) == actors


@pytest.mark.parametrize("phrase, name, country", [
    ("the Islamic Republican Party", "Islamic Republican Party", "IRN"),
    ("The Kurdistan Democratic Party of Iran", "KDPI", "IRN"),
    ("the Democratic Party of Iranian Kurdistan", "KDPI", "IRN"),
    ("the PDKI", "KDPI", "IRN"),
    # controls
    ("The Republican Party", "Republican Party", "USA"),
    ("The Kurdistan Democratic Party", "KDP", "IRQ"),
    ("The KDP", "KDP", "IRQ"),
])
def test_party_phrase_of_its_own_country(resolver, phrase: str, name: str, country: str) -> None:
    actor = resolver.resolve(phrase, date="2005-01-01")
    assert actor is not None and (actor.name, actor.country) == (name, country)
