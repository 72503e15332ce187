"""Known gaps of the article audits, fixed as constructions (gaps18): a walk-out without signing is a
refusal, a gathering told only as banned makes no protest report, and ACLED codes no resignation.
Sentences written for this test."""

from __future__ import annotations

import pytest

from chronica.salience import score, stems


@pytest.mark.parametrize("text", [
    "The rebel commander left Geneva on Tuesday without signing the truce, mediators said.",
    "The opposition leader left Nairobi on Monday without endorsing the power-sharing deal, his aide said.",
    "The army chief left Jeddah on Friday without agreeing to a ceasefire, Saudi officials said.",
    "The separatist delegation walked out of the talks in Doha on Friday without signing the accord.",
])
def test_leaving_without_signing_is_a_refusal(primary_of, text):
    ev = primary_of(text)
    assert ev.plover["type"] == "REJECT", (ev.trigger.text, ev.plover)
    assert ev.acled is None


def test_leaving_without_a_listed_act_is_no_refusal(events_of):
    events = events_of("The president left Paris on Sunday without meeting reporters.")
    assert not any(e.plover["type"] == "REJECT" for e in events)


@pytest.mark.parametrize("text, title", [
    ("The rebel leader left Geneva on Tuesday without signing the truce, mediators said.",
     "Rebel leader leaves Geneva without signing truce"),
    ("Thousands of villagers fled the town on Sunday as the rebels advanced, aid workers said.",
     "Villagers flee as rebels advance"),
])
def test_irregular_trigger_meets_its_headline_word(primary_of, text, title):
    """The headline's "leaves" or "flee" weighs for the lede's "left" or "fled" as "resigns" does for
    "resigned"."""
    ev = primary_of(text)
    assert score(ev, stems(title)) > score(ev, stems("Talks in Geneva")), ev.trigger.text


@pytest.mark.parametrize("text", [
    "Police arrested 300 members of the main opposition party in Arusha on Sunday after banning a rally "
    "they had planned to hold there.",
    "Security forces detained 40 opposition activists in Kisumu on Saturday after the governor banned "
    "their march.",
])
def test_arrests_around_a_banned_gathering_are_arrests(primary_of, text):
    ev = primary_of(text)
    assert (ev.acled or {}).get("event_type") == "Strategic developments", (ev.trigger.text, ev.acled)
    assert ev.acled["sub_event_type"] == "Arrests"


def test_arrests_at_a_banned_rally_held_stay_an_intervention(primary_of):
    ev = primary_of("Police arrested 25 demonstrators at a banned rally in Minsk on Sunday.")
    assert (ev.acled or {}).get("event_type") == "Protests", (ev.trigger.text, ev.acled)


@pytest.mark.parametrize("text", [
    "The health minister resigned on Friday, saying the government had failed the country.",
    "Peru's finance minister stepped down on Monday after a row over the budget.",
    "The prime minister quit his post on Thursday amid a corruption inquiry, state radio said.",
])
def test_a_resignation_is_outside_acled(primary_of, text):
    ev = primary_of(text)
    assert ev.plover["type"] == "RETREAT", (ev.trigger.text, ev.plover)
    assert ev.acled is None, ev.acled
