"""Institutional deeds (round deeds55): common news shapes of what states, bodies and crowds do. A state that
"became NATO's 32nd member" joined it (COOPERATE); a pact or talks "walked away from" or "backed away from"
are left (REJECT), as "pulled out of"; a deal whose share is suspended ("suspended its participation in the
grain deal") is no agreement made; a headline's "EU to impose sanctions on Iran, says Borrell" keeps the EU
the doer and the act to come; a body's fine ("the Commission fined Google 2.4 billion euros") is a sanction
on the one fined; a mob that "stripped" or "paraded" a person is mob violence; attacks one is urged to
"refrain", "desist" or "abstain" from are not done (negated, never primary); police "searching for the
gunmen" search no place (the gunmen's attack is the news). Sentences written for the test, each group with
controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="deeds55", published="2024-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _words(pipeline, text: str) -> list[str]:
    return [e.trigger.text for e in _events(pipeline, text)]


def _actors(actors) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.country) for a in actors]


# 1. "became NATO's 32nd member": a state taken into a body, as "joined NATO"
@pytest.mark.parametrize("text, word, source", [
    ("Sweden became NATO's 32nd member on Thursday.", "became", ("Government of Sweden", "SWE")),
    # variants
    ("Montenegro became the alliance's 29th member.", "became", ("Government of Montenegro", "MNE")),
    ("Finland became the 31st member of NATO on Tuesday.", "became", ("Government of Finland", "FIN")),
    ("Sweden became a member of NATO.", "became", ("Government of Sweden", "SWE")),
    ("Croatia became the 28th member of the European Union in 2013.", "became",
     ("Government of Croatia", "HRV")),
    # control
    ("Finland joined NATO on Tuesday, ending decades of neutrality.", "joined",
     ("Government of Finland", "FIN")),
])
def test_became_a_member_is_joining(pipeline, text: str, word: str, source: tuple) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover["type"], event.cameo["code"]) == ("COOPERATE", "060")
    assert _actors(event.source) == [source]


@pytest.mark.parametrize("text", [
    # controls: a member of a gang or of parliament is no state joining a body
    "He became a member of the gang.",
    "She became a member of parliament.",
])
def test_became_a_member_controls(pipeline, text: str) -> None:
    assert _words(pipeline, text) == []


# 2. a pact or talks walked or backed away from are left, as "pulled out of"
@pytest.mark.parametrize("text, word, source", [
    ("Moscow walked away from the arms control treaty on Tuesday.", "walked",
     ("Government of Russia", "RUS")),
    # variants
    ("The United States walked away from the Iran nuclear deal.", "walked",
     ("Government of the United States", "USA")),
    ("Iran backed away from the nuclear accord.", "backed", ("Government of Iran", "IRN")),
    ("Washington pulled out of the nuclear deal in 2018.", "pulled",
     ("Government of the United States", "USA")),
    # control
    ("The United States withdrew from the Paris climate agreement.", "withdrew",
     ("Government of the United States", "USA")),
])
def test_pact_walked_away_from_is_rejected(pipeline, text: str, word: str, source: tuple) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover["type"], event.cameo["code"]) == ("REJECT", "120")
    assert _actors(event.source) == [source]


def test_walked_away_control(pipeline) -> None:
    assert _words(pipeline, "He walked away from the car.") == []


# 3. a deal whose share is suspended is no agreement made; the suspension stays
@pytest.mark.parametrize("text, source", [
    ("Russia suspended its participation in the Black Sea grain deal.", ("Government of Russia", "RUS")),
    # variants
    ("Russia suspended its participation in the New START treaty.", ("Government of Russia", "RUS")),
    ("Iran suspended its participation in the nuclear deal.", ("Government of Iran", "IRN")),
])
def test_suspended_share_is_no_agreement(pipeline, text: str, source: tuple) -> None:
    events = _events(pipeline, text)
    assert [e.trigger.text for e in events] == ["suspended"]
    assert events[0].plover["type"] == "SANCTION"
    assert _actors(events[0].source) == [source]


@pytest.mark.parametrize("text, word, acled", [
    # controls: a deal signed is an agreement; a share in aid suspended is aid cut
    ("Russia and Ukraine signed a deal to resume grain exports.", "deal", "Agreement"),
])
def test_suspended_share_controls(pipeline, text: str, word: str, acled: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.cameo["code"], event.acled["sub_event_type"]) == ("057", acled)


def test_suspended_part_of_aid_control(pipeline) -> None:
    event = _event(pipeline, "The government suspended part of the aid to Mali.", "suspended")
    assert event.cameo["code"] == "162"


# 4. a headline's "X to do ..., says Y": X the doer, the act to come
@pytest.mark.parametrize("text, word, source, target", [
    ("EU to impose new sanctions on Iran, says Borrell", "sanctions", ("EU", None),
     ("Government of Iran", "IRN")),
    # variants
    ("Britain to expel Russian diplomats, says Johnson", "expel", ("Government of the United Kingdom", "GBR"),
     ("Government of Russia", "RUS")),
    ("Germany to send more tanks to Ukraine, says Scholz", "send", ("Government of Germany", "DEU"),
     ("Government of Ukraine", "UKR")),
    # control: the line with no speaker
    ("EU to impose new sanctions on Iran", "sanctions", ("EU", None), ("Government of Iran", "IRN")),
])
def test_headline_says_keeps_the_doer(pipeline, text: str, word: str, source: tuple, target: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _actors(event.source) == [source]
    assert _actors(event.target) == [target]
    assert event.modality.future


def test_headline_says_control(pipeline) -> None:
    event = _event(pipeline, "The EU imposed new sanctions on Belarus on Monday.", "sanctions")
    assert _actors(event.source) == [("EU", None)]
    assert _actors(event.target) == [("Government of Belarus", "BLR")]
    assert not event.modality.future


# 5. a fine by a state body or a court is a sanction on the one fined
@pytest.mark.parametrize("text, source, target", [
    ("The European Commission fined Google 2.4 billion euros for abusing its dominance.", ("EU", None),
     ("Google", "USA")),
    # variants
    ("A court fined the newspaper for defamation.", ("Judiciary", None), ("Journalists", None)),
    ("The regulator fined the bank $5 million.", ("Government", None), ("Business", None)),
    ("Meta was fined 1.2 billion euros by the Irish data regulator.", ("Government of Ireland", "IRL"),
     ("Meta", "USA")),
])
def test_fine_is_a_sanction(pipeline, text: str, source: tuple, target: tuple) -> None:
    event = _event(pipeline, text, "fined")
    assert event.plover["type"] == "SANCTION"
    assert _actors(event.source) == [source]
    assert _actors(event.target) == [target]


@pytest.mark.parametrize("text, word, code", [
    # controls: a court's sentence stays a conviction
    ("A Saudi court sentenced five men to death for the killing of Khashoggi.", "sentenced", "116"),
])
def test_fine_controls(pipeline, text: str, word: str, code: str) -> None:
    assert _event(pipeline, text, word).cameo["code"] == code


def test_fine_weather_control(pipeline) -> None:
    assert _words(pipeline, "The weather was fine on Sunday.") == []


# 6. a mob that strips or parades a person: mob violence
@pytest.mark.parametrize("text, word, source, where", [
    ("A mob stripped and paraded a woman through a village in Manipur.", "stripped",
     ("Rioters (India)", "IND"),
     "IND"),
    # variants
    ("A mob paraded two suspected thieves naked through the market in Kano.", "paraded",
     ("Rioters (Nigeria)", "NGA"), "NGA"),
    ("A mob stripped a man accused of theft in Nairobi.", "stripped", ("Rioters (Kenya)", "KEN"), "KEN"),
    # control
    ("A mob lynched a suspected thief in Lagos.", "lynched", ("Rioters (Nigeria)", "NGA"), "NGA"),
])
def test_mob_stripping_is_mob_violence(pipeline, text: str, word: str, source: tuple, where: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.acled["event_type"], event.acled["sub_event_type"]) == ("Riots", "Mob violence")
    assert _actors(event.source) == [source]
    assert event.location.country == where


@pytest.mark.parametrize("text, word, ptype", [
    # controls: a state strips citizenship; students parade in protest
    ("The government stripped the writer of his citizenship.", "stripped", "COERCE"),
    ("Students paraded through the streets of Dhaka.", "paraded", "PROTEST"),
])
def test_mob_stripping_controls(pipeline, text: str, word: str, ptype: str) -> None:
    assert _event(pipeline, text, word).plover["type"] == ptype


# 7. attacks one refrains, desists or abstains from are not done, and never the primary event
@pytest.mark.parametrize("text, word", [
    ("The council urged both communities to refrain from reprisal attacks.", "attacks"),
    # variants
    ("The UN urged restraint and asked both sides to desist from attacks on civilians.", "attacks"),
    ("The elders called on the youths to abstain from violence and looting.", "looting"),
    ("Both sides agreed to refrain from attacking each other.", "attacking"),
])
def test_refrained_attack_is_not_done(pipeline, text: str, word: str) -> None:
    event = _event(pipeline, text, word)
    assert event.modality.negated
    assert not event.primary


@pytest.mark.parametrize("text, word", [
    # controls: the attack done despite the calls; a plain attack
    ("Despite calls to refrain from violence, militants attacked a police station in Kano.", "attacked"),
    ("Rebels attacked an army base in Mali, killing ten soldiers.", "attacked"),
])
def test_refrained_attack_controls(pipeline, text: str, word: str) -> None:
    event = _event(pipeline, text, word)
    assert not event.modality.negated
    assert event.primary


def test_refrained_attack_toll_control(pipeline) -> None:
    event = _event(pipeline, "Rebels attacked an army base in Mali, killing ten soldiers.", "attacked")
    assert event.fatalities == 10


# 8. police searching for the gunmen search no place: the gunmen's attack is the news
@pytest.mark.parametrize("text, word", [
    ("Police are searching for the gunmen who attacked a bus in Kano.", "attacked"),
    # variants
    ("Soldiers searched for the bandits who kidnapped 20 villagers in Zamfara.", "kidnapped"),
    ("Police launched a manhunt for the gunmen who attacked a bus in Kano.", "attacked"),
])
def test_searching_for_is_no_search(pipeline, text: str, word: str) -> None:
    events = _events(pipeline, text)
    assert [e.trigger.text for e in events] == [word]
    assert events[0].primary


@pytest.mark.parametrize("text", [
    # controls: a place searched, with or without what was sought
    "Police searched the offices of the opposition newspaper.",
    "Police searched the house for weapons.",
    "The homes were searched by police.",
])
def test_searching_for_controls(pipeline, text: str) -> None:
    event = _event(pipeline, text, "searched")
    assert (event.plover["type"], event.cameo["code"]) == ("COERCE", "1711")
