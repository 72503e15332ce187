"""Averted events, foiled attempts and counterfactual tolls (round modality56). An event a noun names that is
the passive subject of a verb of preventing ("a nationwide strike was averted", "a bloodbath was narrowly
averted") or the object of a phrasal one ("the deal headed off a general strike", "staved off a strike") did
not happen (negated, not primary); so too the deed of an attempt that was foiled, repelled or failed ("an
attempt by jihadists to seize the town was foiled", "foiled an attempt to free the rebel leader", "a failed
attempt to seize the town"), and those who foiled it are not its doers; an attempted killing or abduction
stays the deed (modality-2). A modal perfect of "would", "could" or "should", or of any modal on a condition
("had it detonated", "if it had exploded", "without the guards"), tells what did not happen: hypothetical, no
one's threat, no toll; "may have killed as many as 30" tells a deed done whose toll is uncertain (reported,
with its toll; modality-3 part c). Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return list(pipeline.code(document_from_text(text, doc_id="modality56", published="2025-05-10")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


# 1. an event averted (passive, phrasal verb, adverb) did not happen and is not the primary
@pytest.mark.parametrize("text, word, negated", [
    ("A nationwide strike by Nigerian doctors was averted on Sunday after the government paid their arrears.",
     "strike", True),
    ("A walkout by Air France pilots was narrowly averted after overnight talks in Paris.", "walkout", True),
    ("A general strike planned for Monday in Athens was averted after unions reached a deal with the "
     "government.", "general strike", True),
    ("The deal headed off a general strike planned for Thursday in Buenos Aires.", "general strike", True),
    ("A last-minute agreement staved off a strike by bus drivers in Toronto.", "strike", True),
    ("A threatened strike by teachers in Harare was averted.", "strike", True),
    ("A bloodbath was averted in Bangui when peacekeepers separated the two militias.", "bloodbath", True),
    # variants
    ("A strike by rail workers in Germany was averted after the union accepted a new pay offer.", "strike",
     True),
    ("A strike by nurses was averted in Kenya, but doctors went on strike in Nairobi.", "strike", True),
    # controls: an event prevented as an object, postponed, gone ahead, or not prevented at all
    ("Talks averted a strike by airport workers in Frankfurt.", "strike", True),
    ("Police prevented an attack on the stadium in Lagos.", "attack", True),
    ("The strike by dock workers in Mombasa was postponed until next month.", "strike", True),
    ("The strike by teachers in Harare went ahead on Monday despite government threats.", "strike", False),
    ("The massacre could have been prevented, a UN inquiry found.", "massacre", False),
    ("Police could have prevented the attack on the church in Lagos, the report said.", "attack", False),
    ("The bombing in Kabul was not prevented despite warnings.", "bombing", False),
    ("Troops fended off an attack by militants on a base in Mali.", "fended", False),
])
def test_averted_event_did_not_happen(pipeline, text: str, word: str, negated: bool) -> None:
    event = _event(pipeline, text, word)
    assert event.modality.negated == negated
    if negated:
        assert not event.primary


@pytest.mark.parametrize("text, word, ptype", [
    ("A general strike planned for Monday in Athens was averted after unions reached a deal with the "
     "government.", "reached a deal", "AGREE"),
    ("The deal headed off a general strike planned for Thursday in Buenos Aires.", "deal", "SUPPORT"),
    ("A strike by nurses was averted in Kenya, but doctors went on strike in Nairobi.", "went on strike",
     "PROTEST"),
    # control
    ("The strike by teachers in Harare went ahead on Monday despite government threats.", "strike",
     "PROTEST"),
])
def test_what_averted_it_is_the_primary(pipeline, text: str, word: str, ptype: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.trigger.text == word
    assert primary.plover["type"] == ptype


# 2. the deed of a foiled or failed attempt was not done; its foilers did not do it; tried attacks stay deeds
@pytest.mark.parametrize("text, word", [
    ("An attempt by jihadists to seize the town of Djibo was foiled by the army.", "seize"),
    ("Soldiers foiled an attempt by the militia to take control of the airport in Goma.", "take control"),
    ("Guards foiled an attempt to free the rebel leader from custody.", "free"),
    ("An attempt to free prisoners from a jail in Kaduna was foiled by troops on Sunday.", "free"),
    # variants
    ("Rebels made a failed attempt to seize the town of Bunia on Monday.", "seize"),
    ("The army repulsed an attempt by rebels to capture the town of Bunia.", "capture"),
    ("An attempt by the rebels to capture Bunia was repelled by the army, which killed 12 of the attackers.",
     "capture"),
])
def test_foiled_attempt_not_done(pipeline, text: str, word: str) -> None:
    event = _event(pipeline, text, word)
    assert event.modality.negated
    assert not event.primary


@pytest.mark.parametrize("text, word, source", [
    ("An attempt to free prisoners from a jail in Kaduna was foiled by troops on Sunday.", "free", []),
    ("An attempt to kidnap a priest in Enugu was foiled by vigilantes.", "kidnap",
     ["Unidentified Armed Group (Nigeria)"]),
    # control: the attempt's owner named
    ("Police thwarted an attempt by gunmen to kidnap a diplomat in Abuja.", "kidnap",
     ["Unidentified Armed Group (Nigeria)"]),
])
def test_foilers_are_not_the_doers(pipeline, text: str, word: str, source: list[str]) -> None:
    assert [a.name for a in _event(pipeline, text, word).source] == source


@pytest.mark.parametrize("text, word, ptype, sub_event", [
    # controls: tried or foiled attacks are the deed (ACLED codes attempted attacks), repelled attacks clashes
    ("Gunmen tried to abduct a priest in Enugu but were chased away by residents.", "abduct", "ASSAULT",
     "Abduction/forced disappearance"),
    ("An attempt to kidnap a priest in Enugu was foiled by vigilantes.", "kidnap", "ASSAULT",
     "Abduction/forced disappearance"),
    ("Protesters tried to storm the parliament building in Yerevan but were pushed back by riot police.",
     "storm", "PROTEST", "Violent demonstration"),
    ("Troops repelled an attack by militants on an army post in Mali, killing ten of them.", "repelled",
     "ASSAULT", "Armed clash"),
    ("The army repulsed an attempt by rebels to capture the town of Bunia.", "repulsed", "ASSAULT",
     "Armed clash"),
    ("Police defused a bomb outside a church in Lahore.", "defused", "COERCE", "Disrupted weapons use"),
])
def test_attempted_attacks_stay_deeds(pipeline, text: str, word: str, ptype: str, sub_event: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.trigger.text == word
    assert primary.plover["type"] == ptype
    assert primary.acled["sub_event_type"] == sub_event
    assert not (primary.modality.negated or primary.modality.hypothetical)


# 3. a counterfactual modal perfect: hypothetical, no threat, no toll; "may have killed 30": done, toll kept
@pytest.mark.parametrize("text, word", [
    ("The suicide vest would have killed dozens of pilgrims had it detonated at the shrine, police said.",
     "killed"),
    ("The suicide vest would have killed dozens of pilgrims had it detonated at the shrine, police said.",
     "detonated"),
    ("The explosives seized in Mombasa would have killed hundreds, police said.", "killed"),
    ("Without the quick response of the guards, the gunmen would have massacred the worshippers, the bishop "
     "said.", "massacred"),
    # variants
    ("The missile might have killed dozens had it struck the school, officials said.", "killed"),
    ("The army said it would have crushed the rebels had the government allowed it.", "crushed"),
    # control (already so)
    ("The device could have wounded scores of shoppers if it had exploded, the army said.", "wounded"),
])
def test_counterfactual_is_no_threat_and_no_toll(pipeline, text: str, word: str) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] != "THREATEN"
    assert event.modality.hypothetical
    assert not event.primary
    assert event.fatalities is None and event.injured is None


@pytest.mark.parametrize("text, word, dead, injured", [
    ("The grenade could have injured scores of people, officials said.", "grenade", None, None),
    ("The car bomb could have killed hundreds of shoppers if it had exploded in the market, police said.",
     "car bomb", None, None),
    ("The bomb may have killed as many as 30 people, officials said.", "killed", 30, None),
    # controls: a deed's toll stays, however the rest of the sentence speculates
    ("Gunmen killed 12 villagers in Plateau state, and the toll could have been higher, police said.",
     "killed", 12, None),
    ("The rebels are likely to have killed at least 20 soldiers in the ambush, officials said.", "ambush", 20,
     None),
    ("Hundreds of civilians may have been killed in the shelling of Mariupol, the UN said.", "shelling", 100,
     None),
])
def test_toll_only_of_what_happened(pipeline, text: str, word: str, dead: int | None,
                                    injured: int | None) -> None:
    event = _event(pipeline, text, word)
    assert (event.fatalities, event.injured) == (dead, injured)


@pytest.mark.parametrize("text, word, reported", [
    ("The bomb may have killed as many as 30 people, officials said.", "killed", True),
    # controls
    ("Gunmen killed 12 villagers in Plateau state, and the toll could have been higher, police said.",
     "killed", True),
    ("The grenade could have injured scores of people, officials said.", "grenade", False),
])
def test_epistemic_perfect_is_done(pipeline, text: str, word: str, reported: bool) -> None:
    event = _event(pipeline, text, word)
    m = event.modality
    assert event.primary
    assert not (m.hypothetical or m.negated)
    assert m.reported == reported


@pytest.mark.parametrize("text, word, source", [
    # controls: stated threats with "would" (no perfect) stay threats
    ("Hezbollah warned that it would strike Israeli cities if the war spread.", "warned", "Hezbollah"),
    ("Police warned that they would arrest anyone who joined the march.", "warned", "Police Forces"),
    ("North Korea threatened to strike US bases in Guam.", "threatened", "Government of North Korea"),
    ("Rebels have vowed to attack any troops that enter the province.", "attack", "Rebels"),
])
def test_stated_threats_stay(pipeline, text: str, word: str, source: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.trigger.text == word
    assert primary.plover["type"] == "THREATEN"
    assert primary.source[0].name == source


@pytest.mark.parametrize("text, word", [
    # controls: speculation stays hypothetical
    ("Analysts warned that China could blockade Taiwan.", "blockade"),
    ("Diplomats are worried that Russia may invade Georgia.", "invade"),
    ("The rebels may have used chemical weapons in the attack, officials said.", "chemical weapons"),
])
def test_speculation_stays_hypothetical(pipeline, text: str, word: str) -> None:
    event = _event(pipeline, text, word)
    assert event.modality.hypothetical
    assert event.plover["type"] != "THREATEN"
