"""Cyber attacks told by any verb (round cyber53, item crisis-1): hackers who paralysed, crippled, took
down, stole from, infiltrated, hit, targeted, defaced or took control of computer systems, websites and
networks, or attacks on websites and denial-of-service attacks, are cyber operations (COERCE cyber, CAMEO
176, no ACLED type), not armed clashes, attacks on civilians, looting nor territory taken; a cyber attack
happens where its target is, not in the attackers' country; "the attack" named again after a cyber attack is
that attack, no armed clash. A cyber doer ("hackers", "a hacker group", "a ransomware gang") makes any verb of
harm or entry one; a computer thing as the object makes the verbs of attack and entry one. Armed attacks, the
weather, police and thieves stay as they were. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="cyber53", published="2025-03-01"))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


def _countries(actors) -> set[str | None]:
    return {a.country for a in actors}


# 1. a cyber doer or a computer thing: a cyber attack, no ACLED type, placed at its target
@pytest.mark.parametrize("text, word, target, where", [
    ("Hackers linked to Iran paralysed the computer systems of Albania's government in July 2022.",
     "paralysed", "ALB", "ALB"),
    ("Russian hackers crippled the website of the Czech interior ministry on Wednesday.", "crippled",
     "CZE", "CZE"),
    ("Chinese state hackers stole the personal records of 21 million US federal employees.", "stole",
     "USA", "USA"),
    ("A pro-Russian hacker group took down the websites of several Danish ministries.", "took", "DNK", "DNK"),
    ("North Korean hackers infiltrated the computer networks of a South Korean defence contractor.",
     "infiltrated", "KOR", "KOR"),
    ("Iranian hackers hit the computer systems of an Israeli hospital, forcing it to switch to paper "
     "records.", "hit", "ISR", "ISR"),
    ("Suspected Chinese hackers targeted the Indian power grid in 2021.", "targeted", "IND", "IND"),
    ("Killnet launched attacks on the websites of several US airports.", "attacks", "USA", "USA"),
    ("A denial-of-service attack shut down the website of the Bulgarian parliament.", "shut", "BGR", "BGR"),
    ("Hackers defaced the website of the Indonesian election commission.", "defaced", "IDN", "IDN"),
    ("Iranian hackers took control of a water facility in Pennsylvania.", "took control", None, "USA"),
    # variants
    ("Ransomware crippled the computer systems of a hospital in Dusseldorf.", "crippled", None, "DEU"),
    ("The website of the Lithuanian tax authority was taken down by hackers.", "taken", "LTU", "LTU"),
    ("Hackers who infiltrated the servers of the Romanian energy ministry stole thousands of emails.",
     "stole", None, "ROU"),
    ("Pro-Russian hacktivists disrupted the websites of several German airports on Thursday.", "disrupted",
     "DEU", "DEU"),
    ("Russia targeted the websites of Ukrainian banks with denial-of-service attacks.", "targeted",
     "UKR", "UKR"),
    ("Hackers carried out an attack on the Central Bank of Nigeria.", "attack", "NGA", "NGA"),
    ("A ransomware gang encrypted the servers of the Irish health service.", "encrypted", "IRL", "IRL"),
    ("Chinese hackers spied on the email accounts of Belgian lawmakers.", "spied", "BEL", "BEL"),
    ("A group of hackers paralysed the online services of the Costa Rican finance ministry.", "paralysed",
     "CRI", "CRI"),
])
def test_cyber_attack_by_any_verb(pipeline, text: str, word: str, target: str | None, where: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover["type"], event.plover.get("mode"), event.cameo["code"]) == ("COERCE", "cyber", "176")
    assert not event.acled
    assert event.primary
    if target is not None:
        assert target in _countries(event.target)
    assert _where(event) == where
    assert not any(e.plover["type"] == "ASSAULT" for e in _events(pipeline, text))


@pytest.mark.parametrize("text, word, ptype, where", [
    # controls: the cyber attacks coded so before, and violence, weather, police and thieves
    ("Hackers broke into the computers of the Finnish parliament.", "broke", "COERCE", "FIN"),
    ("Russian hackers knocked out power to parts of Kyiv on Friday.", "knocked", "COERCE", "UKR"),
    ("A cyber attack on the Estonian ministry of finance disrupted services.", "attack", "COERCE", "EST"),
    ("Hackers attacked the websites of the Polish government.", "attacked", "COERCE", "POL"),
    ("Hackers breached the computer network of the Belgian defence ministry.", "breached", "COERCE", "BEL"),
    ("Militants attacked a police post in Khyber, killing two officers.", "attacked", "ASSAULT", "PAK"),
    ("Protesters disrupted traffic in central Paris.", "disrupted", "PROTEST", "FRA"),
    ("Gunmen attacked a bus in Borno, killing ten passengers.", "attacked", "ASSAULT", "NGA"),
    ("Rebels targeted an army base near Goma.", "targeted", "ASSAULT", "COD"),
    ("Israeli jets hit Hamas positions in Gaza.", "hit", "ASSAULT", "PSE"),
    ("Militants took control of the town of Palma.", "took control", "ASSAULT", None),
    ("The army launched attacks on rebel positions in the north.", "attacks", "ASSAULT", None),
    ("Protesters attacked the offices of the ruling party in Dhaka.", "attacked", "PROTEST", "BGD"),
    ("The government shut down the website of the opposition newspaper.", "shut", "COERCE", None),
    ("Police took control of the building after a standoff.", "took control", "ASSAULT", None),
])
def test_cyber_attack_controls(pipeline, text: str, word: str, ptype: str, where: str | None) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == ptype
    cyber = ptype == "COERCE" and "hacker" in text.lower() or "cyber" in text.lower()
    assert (event.plover.get("mode") == "cyber") == cyber
    if where is not None:
        assert _where(event) == where


@pytest.mark.parametrize("text", [
    # controls: no cyber attack, and no event made of it
    "The storm hit the power grid in Texas, leaving thousands without electricity.",
    "Floods crippled the network of roads in northern Kenya.",
    "Thieves stole computers from a school in Nairobi.",
])
def test_no_cyber_attack_of_nature_or_theft(pipeline, text: str) -> None:
    assert not any(e.plover.get("mode") == "cyber" for e in _events(pipeline, text))


def test_cyber_attack_denied_stays_negated(pipeline) -> None:
    text = "Chinese hackers did not breach any classified networks, the Pentagon said."
    event = _event(pipeline, text, "breach")
    assert event.plover.get("mode") == "cyber"
    assert event.modality.negated and not event.primary


# 2. "the attack" named again after a cyber attack: that attack, no armed clash
@pytest.mark.parametrize("text", [
    "The Ukrainian government blamed Russia for a cyber attack on its ministries. "
    "The attack knocked dozens of websites offline.",
    "Hackers crippled the website of the Dutch tax office on Monday. The attack lasted several hours.",
    "A ransomware attack hit the servers of a Swedish supermarket chain. "
    "The attack forced 800 stores to close.",
])
def test_attack_named_again_after_cyber_attack(pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert any(e.plover.get("mode") == "cyber" for e in events)
    assert not any(e.plover["type"] == "ASSAULT" for e in events)
    assert not any(e.acled for e in events if e.plover.get("mode") == "cyber")


@pytest.mark.parametrize("text", [
    # controls: an armed attack after a cyber attack's story, or a cyber attack after an armed one
    "Hackers crippled the website of the Dutch tax office on Monday. On Tuesday gunmen attacked a police "
    "station in Rotterdam. The attack killed two officers.",
    "Gunmen attacked a village in Zamfara on Sunday. The attack killed 12 people.",
    "Hackers crippled the website of the Dutch tax office on Monday. The attack killed two officers.",
])
def test_attack_named_again_controls(pipeline, text: str) -> None:
    assert any(e.plover["type"] == "ASSAULT" for e in _events(pipeline, text))
