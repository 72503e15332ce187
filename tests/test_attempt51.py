"""Killings only tried, planned or foiled (round attempt51): a killing told as the "to" clause of a verb
or noun of trying, planning or plotting ("Russian agents tried to kill Zelensky", "accused Kyiv of attempting
to assassinate Putin", "a woman who planned to kill the minister", "attacked a convoy in an attempt to kill a
commander"), one supposed (hypothetical: "threatened to kill a hostage") or one foiled ("foiled a plot to kill
an activist") names whom it was aimed at, not its dead: no one is counted killed for it. An attempt to kill
that someone thwarts stays the attempted killing (PLOVER's assault), with no dead; a kidnap attempt thwarted
is disrupted. Killings done, a figure written, and a "tried" that is not the killing's keep their dead.
Sentences written for the test, each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _code(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="attempt51", published="2024-06-15")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _code(pipeline, text) if e.trigger.text == word)


# 1. a killing only tried, planned, plotted, threatened or foiled counts no dead
@pytest.mark.parametrize("text, word", [
    ("Russian agents tried to kill Zelensky, the SBU said.", "kill"),
    ("Ukrainian intelligence attempted to assassinate a Russian general in Moscow, the FSB said.",
     "assassinate"),
    ("A Russian agent attempted to kill a Ukrainian general, the SBU said.", "kill"),
    ("Moscow accused Kyiv of attempting to assassinate Putin with drones over the Kremlin.", "assassinate"),
    ("Russia accused Ukraine of trying to kill Putin in a drone attack.", "attack"),
    ("Ukraine said it thwarted an attempt to assassinate a military commander in Kyiv.", "assassinate"),
    ("Police foiled a plot to kill a Ukrainian activist in Berlin.", "kill"),
    ("A man tried to kill the mayor of Odesa with a grenade.", "kill"),
    ("Two men tried to murder a Russian blogger in St Petersburg, investigators said.", "murder"),
    ("The SBU detained a woman who planned to kill the Ukrainian defence minister.", "kill"),
    # variants: other verbs and nouns of trying or planning, a killing folded into the attack it was aimed by
    ("Gunmen attempted to kill a police officer in Kharkiv but he escaped.", "kill"),
    ("Insurgents sought to assassinate the governor of Kandahar.", "assassinate"),
    ("Two men plotted to kill a prosecutor in Moscow, the FSB said.", "kill"),
    ("Prosecutors said the soldier had conspired to murder a journalist.", "murder"),
    ("Police said a bid to assassinate the mayor of Mykolaiv had failed.", "assassinate"),
    ("Police thwarted an attempt to kill a judge in Kyiv.", "kill"),
    ("Militants attacked a convoy in an attempt to kill a senior commander.", "attacked"),
    ("A bomb was planted in an attempt to kill the governor.", "planted"),
    ("Militants threatened to kill a hostage.", "kill"),
    ("The man intended to kill the governor, police said.", "kill"),
])
def test_a_killing_not_done_counts_no_dead(pipeline, text: str, word: str) -> None:
    assert _event(pipeline, text, word).fatalities is None


@pytest.mark.parametrize("text, word, dead", [
    # controls: killings done, a figure written, a "tried" that is not the killing's
    ("A gunman shot dead a former Ukrainian lawmaker in Lviv.", "shot dead", 1),
    ("Lieutenant General Igor Kirillov was killed by a bomb hidden in a scooter in Moscow.", "killed", 1),
    ("Gunmen killed a village chief who had tried to mediate.", "killed", 1),
    ("Gunmen killed a police officer who had tried to stop them.", "killed", 1),
    ("Police shot dead a man who tried to stab an officer in Dnipro.", "shot dead", 1),
    ("A man who tried to rob a shop in Kharkiv was shot dead by police.", "shot dead", 1),
    ("Gunmen tried to storm a checkpoint and killed a soldier.", "storm", 1),
    ("Russian forces tried to advance near Pokrovsk and killed two civilians.", "killed", 2),
    ("Protesters tried to flee; three were killed.", "killed", 3),
    ("The army said it killed a militant who planned to attack a base.", "killed", 1),
    ("Slovak Prime Minister Robert Fico survived an assassination attempt in Handlova.", "attempt", None),
    ("Slovak Prime Minister Robert Fico was shot and seriously wounded in Handlova.", "shot", None),
])
def test_a_killing_not_done_controls(pipeline, text: str, word: str, dead: int | None) -> None:
    assert _event(pipeline, text, word).fatalities == dead


# 2. an attempt to kill that someone thwarts stays the attempt, with no dead; a kidnap attempt thwarted is
# disrupted (hostage-4)
@pytest.mark.parametrize("text, word, plover", [
    ("Ukraine said it thwarted an attempt to assassinate a military commander in Kyiv.", "assassinate",
     "ASSAULT"),
    ("Police thwarted an attempt to kill a judge in Kyiv.", "kill", "ASSAULT"),
    ("Guards foiled an attempt to murder a prosecutor in Moscow.", "murder", "ASSAULT"),
    # controls: a kidnap attempt thwarted is disrupted
    ("Guards thwarted an attempt to kidnap a diplomat in Kyiv.", "thwarted", "COERCE"),
])
def test_a_thwarted_attempt_to_kill(pipeline, text: str, word: str, plover: str) -> None:
    events = _code(pipeline, text)
    event = next(e for e in events if e.trigger.text == word)
    assert event.plover["type"] == plover
    assert event.primary
    assert all(e.fatalities is None for e in events)


@pytest.mark.parametrize("text, word, flag", [
    # controls: a plot to assassinate foiled is not done; an assassination attempt prevented is not
    ("The SBU said it foiled a Russian plot to assassinate Zelensky.", "assassinate", "negated"),
    ("The FSB said it had prevented an assassination attempt on a senior Russian officer.", "attempt",
     "negated"),
    ("A man tried to kill the mayor of Odesa with a grenade.", "kill", "hypothetical"),
])
def test_a_thwarted_attempt_controls(pipeline, text: str, word: str, flag: str) -> None:
    event = _event(pipeline, text, word)
    assert getattr(event.modality, flag)
    assert event.fatalities is None
