"""Targets of stances on deeds (round deedtarget54, item targets-2): when a state condemns, protests or
denounces a noun of an act, the target is whoever did that act, not the speaker's own forces. "The military
drills held by Azerbaijan" are Azerbaijan's (a by-agent, on the noun, its participle or hung on the verb), and
with no doer named, a bare "military" guessed from the story's place is not the speaker's own army. A name
before a killing ("Khashoggi's killing", "Nasrallah's assassination by Israel") is its victim even when the
tagger takes it for a place or a "by" names the killer, and the killer is whom a condemnation of it targets.
"X's request to Y" rejected in the passive was rejected by Y, against X; "X's call for Y to <verb>" asks Y.
Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="deedtarget54", published="2024-06-20")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. an act of forces: its by-agent is the target; no speaker's own forces guessed
@pytest.mark.parametrize("text, word, kind, target", [
    ("Beijing condemned the joint military exercises by Australia and the Philippines.", "condemned",
     "ACCUSE", ["Government of Australia", "Government of the Philippines"]),
    ("Armenia protested the military drills held by Azerbaijan near the border.", "protested", "ACCUSE",
     ["Government of Azerbaijan"]),
    ("Moscow denounced the military manoeuvres in the Baltic Sea.", "denounced", "ACCUSE", []),
    ("China protested the joint military exercises in the South China Sea.", "protested", "ACCUSE", []),
    # variants
    ("Seoul condemned the military drills staged by North Korea near the border.", "condemned", "ACCUSE",
     ["Government of North Korea"]),
    ("Tehran denounced the military exercises in the Gulf.", "denounced", "ACCUSE", []),
    ("Georgia protested the military manoeuvres held by Russia in Abkhazia.", "protested", "ACCUSE",
     ["Government of Russia"]),
    # controls
    ("Russia condemned the NATO military drills near its border.", "condemned", "ACCUSE", ["NATO"]),
    ("China condemned the naval exercises by Japan and the Philippines.", "condemned", "ACCUSE",
     ["Government of Japan", "Government of the Philippines"]),
    ("Iran condemned the seizure of its tanker by British marines.", "condemned", "ACCUSE",
     ["Military Forces of the United Kingdom"]),
    ("The Syrian government condemned Israeli strikes on Damascus airport.", "condemned", "ACCUSE",
     ["Military Forces of Israel"]),
    ("Taiwan condemned the Chinese military drills.", "condemned", "ACCUSE", ["Military Forces of China"]),
])
def test_act_of_forces_target(pipeline, text: str, word: str, kind: str, target: list[str]) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == kind
    assert _names(event.target) == target


@pytest.mark.parametrize("text, word, source", [
    ("Moscow denounced the military manoeuvres in the Baltic Sea.", "manoeuvres", []),
    # controls
    ("Russia condemned the NATO military drills near its border.", "military drills", ["NATO"]),
    ("China condemned the naval exercises by Japan and the Philippines.", "exercises",
     ["Government of Japan", "Government of the Philippines"]),
])
def test_act_of_forces_doer(pipeline, text: str, word: str, source: list[str]) -> None:
    assert _names(_event(pipeline, text, word).source) == source


# 2. a name before a killing is its victim; the "by" is its doer and whom a condemnation of it targets
@pytest.mark.parametrize("text, word, source, target", [
    ("Lebanon condemned Nasrallah's assassination by Israel.", "assassination",
     ["Government of Israel"], ["Hassan Nasrallah"]),
    ("Iraq condemned Soleimani's assassination by the United States.", "assassination",
     ["Government of the United States"], ["Qasem Soleimani"]),
    ("Iraq condemned Soleimani's assassination by the United States.", "condemned",
     ["Government of Iraq"], ["Government of the United States"]),
    ("Iraq condemned the assassination of Soleimani by the United States.", "condemned",
     ["Government of Iraq"], ["Government of the United States"]),
    ("Amnesty International called for an inquiry into Marielle Franco's murder.", "called",
     ["Amnesty International"], []),
    # controls
    ("Egypt welcomed Israel's decision to reopen the Rafah crossing.", "welcomed",
     ["Government of Egypt"], ["Government of Israel"]),
    ("The UN condemned Navalny's death in prison.", "condemned", ["UN"], ["Alexei Navalny"]),
    ("Russia's shelling of Kharkiv killed five people.", "shelling",
     ["Military Forces of Russia"], ["Civilians (Ukraine)"]),
])
def test_killing_owner_is_victim(pipeline, text: str, word: str, source: list[str],
                                 target: list[str]) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.source) == source
    assert _names(event.target) == target


@pytest.mark.parametrize("text, word, victim", [
    ("Amnesty International called for an inquiry into Marielle Franco's murder.", "murder",
     "Marielle Franco"),
    ("The Saudi crown prince was accused by the UN investigator of involvement in Khashoggi's killing.",
     "killing", "Jamal Khashoggi"),
    ("Activists demanded an investigation into Berta Caceres's killing.", "killing", "Berta Caceres"),
    # control
    ("The Saudi crown prince was blamed for the journalist's murder.", "murder",
     "Journalists (Saudi Arabia)"),
])
def test_victim_not_doer(pipeline, text: str, word: str, victim: str) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.target) == [victim]
    assert victim not in _names(event.source)
    assert all(a.country != "ESP" for e in _events(pipeline, text) for a in e.source + e.target)


# 3. requests: rejected in the passive by the one asked; a call for one to act asks it
@pytest.mark.parametrize("text, word, kind, source, target", [
    ("Cairo's request to Addis Ababa to delay filling the dam was rejected.", "rejected", "REJECT",
     ["Government of Ethiopia"], ["Government of Egypt"]),
    ("Seoul's call for Pyongyang to return to talks went unanswered.", "call", "REQUEST",
     ["Government of South Korea"], ["Government of North Korea"]),
    ("Pakistan's call for India to resume dialogue went unanswered.", "call", "REQUEST",
     ["Government of Pakistan"], ["Government of India"]),
    # variants
    ("Kenya's appeal to Britain for aid was turned down.", "turned down", "REJECT",
     ["Government of the United Kingdom"], ["Government of Kenya"]),
    ("Tokyo's request to Beijing to release the detained businessman was rejected.", "rejected", "REJECT",
     ["Government of China"], ["Government of Japan"]),
    # controls
    ("Cairo's request was rejected.", "rejected", "REJECT", [], ["Government of Egypt"]),
    ("Ethiopia rejected Egypt's request to delay filling the dam.", "rejected", "REJECT",
     ["Government of Ethiopia"], ["Government of Egypt"]),
])
def test_requests(pipeline, text: str, word: str, kind: str, source: list[str], target: list[str]) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == kind
    assert _names(event.source) == source
    assert _names(event.target) == target
