"""Executions (round executions52). justice-2: an execution a court or government stayed, halted, suspended,
stopped or delayed did not take place: the verb of stopping with an execution or hanging as its object is a
veto (REJECT, CAMEO 129) by whoever stopped it, and no real killing is coded with the court as executioner
("granted a stay of execution" too); an execution still to come ("scheduled to be executed", "faces
execution", "is due to execute seven men") is future and counts no dead yet. justice-3: an execution with no
national actor named is the state's: a sub-national region as its doer ("Texas executed a man", "the state of
Alabama carried out the execution", "Tennessee put a man to death") gives the government of the region's
country; the noun with no owner ("condemned the execution of three men in Saudi Arabia", "the hanging of a
man") gives the government of the place; "put ... to death" is an execution; "by nitrogen gas", "by firing
squad" are its means, not its doer nor a shooting; a relative clause on the one executed ("a man who killed a
prison guard") tells his own earlier deed, no victim nor dead of the execution. Sentences written for the
test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="executions52", published="2024-03-10")))


def _real(event) -> bool:
    m = event.modality
    return not (m.negated or m.hypothetical or m.future)


def _primary(events):
    return next(e for e in events if e.primary)


def _real_killings(events) -> list:
    return [e for e in events if e.plover.get("type") == "ASSAULT" and _real(e)]


# 1. an execution stayed, halted, suspended or stopped: a veto by who stopped it, no real killing
@pytest.mark.parametrize("text, word, source", [
    ("A federal appeals court stayed the execution of an Oklahoma inmate on Wednesday.", "stayed",
     "Judiciary of the United States"),
    ("The Supreme Court granted a stay of execution to a Texas death row prisoner.", "stay of execution",
     "Judiciary of the United States"),
    ("Japan's justice ministry suspended the execution of the cult member pending a retrial.", "suspended",
     "Government of Japan"),
    ("Iran's judiciary has stopped the execution of a teenage offender, his lawyer said.", "stopped",
     "Judiciary of Iran"),
    ("Iran has halted the execution of a wrestler after international pressure, his lawyer said.", "halted",
     "Government of Iran"),
    # variants
    ("A judge stayed the hanging of a Malaysian drug courier in Singapore.", "stayed",
     "Judiciary of Singapore"),
    ("Pakistan's Supreme Court suspended the execution of a mentally ill prisoner.", "suspended",
     "Judiciary of Pakistan"),
    ("A court in Iran halted the execution of a Kurdish activist on Monday.", "halted", "Judiciary of Iran"),
    ("Saudi Arabia has stopped the execution of a young man arrested at 16, Reprieve said.", "stopped",
     "Government of Saudi Arabia"),
    ("A federal judge granted a stay of execution to an Alabama inmate.", "stay of execution",
     "Judiciary of the United States"),
    ("The execution of the prisoner was halted by the court.", "halted", "Judiciary"),
    # control: blocked already so
    ("The Supreme Court blocked the execution of a Buddhist inmate in Texas.", "blocked",
     "Judiciary of the United States"),
])
def test_stopped_execution_is_a_veto(pipeline, text: str, word: str, source: str) -> None:
    events = _events(pipeline, text)
    primary = _primary(events)
    assert (primary.trigger.text, primary.plover["type"], primary.cameo["code"]) == (word, "REJECT", "129")
    assert [a.name for a in primary.source] == [source]
    assert not _real_killings(events)


# 2. delayed, postponed, or asked to be halted: no real killing
@pytest.mark.parametrize("text", [
    "The governor delayed the execution of a convicted murderer by 30 days.",
    "Human Rights Watch said the Saudi authorities should halt the imminent execution.",
    "The governor delayed the hanging of a prisoner by two weeks.",
    # controls
    "Singapore postponed the hanging of a Malaysian man with intellectual disabilities.",
    "The UN urged Iran to halt the execution of two protesters.",
])
def test_delayed_or_asked_execution_not_real(pipeline, text: str) -> None:
    assert not _real_killings(_events(pipeline, text))


@pytest.mark.parametrize("text, word, ptype, cameo", [
    ("Human Rights Watch said the Saudi authorities should halt the imminent execution.", "halt",
     "REQUEST", "100"),
    ("The UN urged Iran to halt the execution of two protesters.", "urged", "REQUEST", "020"),
])
def test_asked_halt_primary(pipeline, text: str, word: str, ptype: str, cameo: str) -> None:
    primary = _primary(_events(pipeline, text))
    assert (primary.trigger.text, primary.plover["type"], primary.cameo["code"]) == (word, ptype, cameo)


# 3. an execution still to come: future, no dead yet
@pytest.mark.parametrize("text, word", [
    ("A man scheduled to be executed in Alabama on Thursday was granted clemency.", "executed"),
    ("A Tennessee inmate faces execution next month despite new DNA evidence.", "execution"),
    ("Saudi Arabia is due to execute seven young men next week, Reprieve said.", "execute"),
    ("Saudi Arabia is set to execute a young man, Reprieve said.", "execute"),
    # variants
    ("An Iranian rapper faces execution after a secret trial, his family said.", "execution"),
    ("Iran is due to hang two protesters on Saturday, rights groups said.", "hang"),
])
def test_execution_to_come_is_future_without_dead(pipeline, text: str, word: str) -> None:
    event = next(e for e in _events(pipeline, text) if e.trigger.text == word)
    assert event.plover["type"] == "ASSAULT"
    assert event.modality.future
    assert event.fatalities is None


def test_clemency_stays_primary(pipeline) -> None:
    primary = _primary(_events(pipeline, "A man scheduled to be executed in Alabama on Thursday was granted "
                                         "clemency."))
    assert (primary.trigger.text, primary.cameo["code"]) == ("granted", "080")


# controls: executions told as done stay real with their dead; halted fighting stays a ceasefire
@pytest.mark.parametrize("text, word, source, dead", [
    ("Iran executed a man convicted of drug trafficking on Tuesday.", "executed", "Government of Iran", 1),
    ("Saudi Arabia executed a man who was arrested at 17, rights groups said.", "executed",
     "Government of Saudi Arabia", 1),
    ("Iran hanged two men convicted of murder on Monday.", "hanged", "Government of Iran", 2),
])
def test_done_executions_controls(pipeline, text: str, word: str, source: str, dead: int) -> None:
    event = next(e for e in _events(pipeline, text) if e.trigger.text == word)
    assert (event.plover["type"], event.cameo["code"]) == ("ASSAULT", "1823")
    assert [a.name for a in event.source] == [source]
    assert event.fatalities == dead
    assert not (event.modality.negated or event.modality.future or event.modality.hypothetical)


@pytest.mark.parametrize("text, word", [
    ("The army halted its offensive against the rebels.", "halted"),
    ("The army halted its bombardment of the city.", "halted"),
    ("The army stopped the attack after two hours.", "stopped"),
])
def test_halted_fighting_controls(pipeline, text: str, word: str) -> None:
    primary = _primary(_events(pipeline, text))
    assert (primary.trigger.text, primary.plover.get("mode"), primary.cameo["code"]) == (
        word, "ceasefire", "0871")


# justice-3: a sub-national region or no owner: the state of the place executes
@pytest.mark.parametrize("text, word, source, dead", [
    ("Texas executed a man who killed a prison guard in 1998.", "executed",
     "Government of the United States", 1),
    ("Oklahoma executed two death row inmates in a single week.", "executed",
     "Government of the United States", 2),
    ("Missouri executed an inmate who had claimed innocence.", "executed",
     "Government of the United States", 1),
    ("The state of Alabama carried out the first execution by nitrogen gas on Thursday.", "execution",
     "Government of the United States", None),
    ("Florida carried out its sixth execution of the year on Tuesday.", "execution",
     "Government of the United States", None),
    ("Amnesty condemned the execution of three men in Saudi Arabia.", "execution",
     "Government of Saudi Arabia",
     3),
    ("The execution of two men in Iran drew international condemnation.", "execution",
     "Government of Iran", 2),
    ("Tennessee put a man to death by lethal injection on Thursday.", "put",
     "Government of the United States", 1),
    ("South Carolina put a man to death by firing squad on Friday.", "put",
     "Government of the United States", 1),
    ("Rights groups decried the hanging of a Singaporean man for cannabis trafficking.", "hanging",
     "Government of Singapore", None),
    # variants
    ("Arizona executed an inmate on Wednesday, the first in two years.", "executed",
     "Government of the United States", 1),
    ("Texas carried out the execution of a man who shot a deputy.", "execution",
     "Government of the United States", None),
    ("Utah put a man to death by firing squad.", "put", "Government of the United States", 1),
    ("Rights groups condemned the execution of two men in Singapore.", "execution",
     "Government of Singapore", 2),
    ("Punjab executed two men convicted of blasphemy.", "executed", "Government of Pakistan", 2),
    # controls
    ("Alabama prison officials executed a man on Thursday.", "executed",
     "Government of the United States", 1),
    ("A Texas man was executed on Tuesday for the 1998 killing of a girl.", "executed",
     "Government of the United States", 1),
    ("Four prisoners were executed in Myanmar.", "executed", "Government of Myanmar", 4),
    ("Iran executed two men on Thursday over protests.", "executed", "Government of Iran", 2),
    ("Islamic State militants executed 20 captives in Raqqa.", "executed", "Islamic State", 20),
    ("Gunmen executed three farmers in Zamfara State.", "executed", "Unidentified Armed Group (Nigeria)", 3),
    ("Saudi authorities executed a Jordanian man for drug smuggling.", "executed",
     "Government of Saudi Arabia",
     1),
    ("Gunmen put three villagers to death in Borno.", "put", "Unidentified Armed Group (Nigeria)", 3),
    ("Islamic State carried out the execution of 20 captives in Raqqa.", "execution", "Islamic State", 20),
])
def test_execution_doer(pipeline, text: str, word: str, source: str, dead: int | None) -> None:
    events = _events(pipeline, text)
    event = next(e for e in events if e.trigger.text == word)
    assert (event.plover["type"], event.cameo["code"]) == ("ASSAULT", "1823")
    assert event.acled["event_type"] == "Violence against civilians"
    assert [a.name for a in event.source] == [source]
    assert event.fatalities == dead
    assert _real(event)
    assert not any(e.acled and e.acled.get("event_type") == "Battles"
               for e in events if e.trigger.text != "killed")


@pytest.mark.parametrize("text, victim", [
    ("Texas executed a man who killed a prison guard in 1998.", "Civilians (United States)"),
    ("Tennessee put a man to death by lethal injection on Thursday.", "Civilians (United States)"),
    ("South Carolina put a man to death by firing squad on Friday.", "Civilians (United States)"),
    # control
    ("Iran executed a man convicted of drug trafficking on Tuesday.", "Civilians (Iran)"),
])
def test_execution_victim_only(pipeline, text: str, victim: str) -> None:
    event = _primary(_events(pipeline, text))
    assert [a.name for a in event.target] == [victim]
