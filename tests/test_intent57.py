"""Efforts to free (round intent57, gulf-4): a "to" clause of release that a noun of effort or negotiation
is for ("negotiations to free the hostages", "efforts to secure the release of", "Qatar brokered a deal to
free five Americans", "a rescue mission to free the hostages", "a campaign to free its prisoners of war"), or
that a verb of sending is for ("a rescue team was sent to free the hostages", "sent an envoy to Tehran to
secure the release of the hunters"), is meant, not done: the release is hypothetical and not the primary
event. Releases told done ("Iran released the British sailors", "a deal that freed five Americans", "an
operation to free the hostages freed 12 of them"), a plan, a failure or a try keep their reading; the purpose
of a military operation or a deployment that is no release ("an operation to retake the town", "deployed to
disperse the protesters") is left as before. Delta Force is a US unit. Sentences written for the test, each
with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return list(pipeline.code(document_from_text(text, doc_id="intent57", published="2024-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _flags(event) -> str:
    m = event.modality
    return "".join(c for c, on in (("N", m.negated), ("H", m.hypothetical), ("F", m.future)) if on)


# 1. a release an effort, a negotiation, a deal, a mission or a sending is for: hypothetical, not the primary
@pytest.mark.parametrize("text, word", [
    ("Negotiations to free the hostages broke down in 1980.", "free"),
    ("Talks to free the British sailors continued in Tehran.", "free"),
    ("Efforts to free the detained journalist have failed.", "free"),
    ("Britain made efforts to secure the release of Nazanin Zaghari-Ratcliffe.", "release"),
    ("Oman led negotiations to release three French hostages held in Yemen.", "release"),
    ("Qatar brokered a deal to free five Americans held in Iran.", "free"),
    ("Eight American servicemen died when a rescue mission to free the hostages collapsed in the Iranian "
     "desert.", "free"),
    ("Delta Force launched an operation to rescue the hostages in Tehran, but it was aborted.", "rescue"),
    ("A rescue team was sent to free the hostages held in Tehran.", "free"),
    ("The emir sent an envoy to Tehran to secure the release of Qatari hunters.", "release"),
    ("Switzerland is mediating a bid to free two Swiss nationals held in Iran.", "free"),
    ("Kuwait stepped up a campaign to free its prisoners of war held in Iraq.", "free"),
    # variants
    ("Egypt is leading talks to secure the release of the remaining captives.", "release"),
    ("Algeria led a mediation effort to free the American diplomats.", "free"),
    ("France dispatched an envoy to Beirut to negotiate the release of its citizens.", "release"),
    ("The Red Cross stepped up its push to free detained aid workers in Sudan.", "free"),
    ("The bid to rescue the kidnapped schoolgirls failed.", "rescue"),
    ("Nigeria sent troops to rescue the kidnapped schoolgirls.", "rescue"),
    ("An operation to free the hostages freed 12 of them.", "free"),
    ("Mediators made efforts to secure a ceasefire in Gaza.", "ceasefire"),
])
def test_release_meant_not_done(pipeline, text: str, word: str) -> None:
    event = _event(pipeline, text, word)
    assert event.modality.hypothetical
    assert not event.primary


@pytest.mark.parametrize("text, word, flags", [
    # controls: releases told done, a plan, a failure, a try, and purposes that are no release
    ("Iran released the British sailors after 13 days.", "released", ""),
    ("Commandos freed 20 hostages held by pirates off Oman.", "freed", ""),
    ("Iran freed the Qatari hunters after 16 months.", "freed", ""),
    ("Iran released four American prisoners in a swap with the United States.", "released", ""),
    ("Qatar brokered a deal that freed five Americans held in Iran.", "freed", ""),
    ("An operation to free the hostages freed 12 of them.", "freed", ""),
    ("The militia released 30 hostages after talks with tribal elders.", "released", ""),
    ("Qatar helped secure the release of the hostages.", "release", ""),
    ("Negotiators won the release of two aid workers held in Mali.", "release", ""),
    ("Washington launched a secret plan to free the hostages in 1980.", "free", "H"),
    ("The US failed to rescue the hostages in April 1980.", "rescue", "N"),
    ("Special forces tried to rescue the kidnapped border guards.", "rescue", "H"),
    ("The army launched an operation to retake the town.", "retake", "H"),  # only its aim (myisr60)
    ("Police were deployed to disperse the protesters.", "disperse", ""),
    ("The UN sent a team to investigate the massacre.", "investigate", ""),
])
def test_release_meant_controls(pipeline, text: str, word: str, flags: str) -> None:
    assert _flags(_event(pipeline, text, word)) == flags


# 2. the primary event of a story of efforts: the talks, not the release they are for
@pytest.mark.parametrize("text, word", [
    ("Talks to free the British sailors continued in Tehran.", "Talks"),
    ("Oman led negotiations to release three French hostages held in Yemen.", "negotiations"),
    ("Qatar brokered a deal to free five Americans held in Iran.", "brokered"),
    ("Switzerland is mediating a bid to free two Swiss nationals held in Iran.", "mediating"),
    # controls: a release told done stays the primary
    ("Iran released the British sailors after 13 days.", "released"),
    ("Commandos freed 20 hostages held by pirates off Oman.", "freed"),
])
def test_primary_of_efforts(pipeline, text: str, word: str) -> None:
    assert [e.trigger.text for e in _events(pipeline, text) if e.primary] == [word]


# 3. Delta Force is a US Army unit, not the forces of the country the story is set in
@pytest.mark.parametrize("text, word, country", [
    ("Delta Force launched an operation to rescue the hostages in Tehran, but it was aborted.", "rescue",
     "USA"),
    ("Delta Force commandos raided a compound in Syria.", "raided", "USA"),
    # controls: forces of the story's country, and Iran's own unit
    ("Iranian troops raided a compound near Tehran.", "raided", "IRN"),
    ("Quds Force commandos raided a compound in Syria.", "raided", "IRN"),
])
def test_delta_force_is_american(pipeline, text: str, word: str, country: str) -> None:
    event = _event(pipeline, text, word)
    assert [a.country for a in event.source] == [country]
    assert event.source[0].sector == "MIL"
