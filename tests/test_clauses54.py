"""Clauses and complements (round clauses54): a killing told in a relative clause on an act's doer with a
time of its own or in the perfect ("Al-Shabaab, which killed 148 people at Garissa in 2015, attacked a
base") is how the doer is known, not the act's toll; a withdrawal is placed where the troops leave ("pulled
its troops out of Kherson", "Israel pulled out of Gaza"); the state asked to hand over a person sought is a
request's target ("requested the extradition of Gulen from the United States"); a death found that the
sentence, or the next, tells no one caused ("no signs of violence", "ruled out foul play", "died of natural
causes") is no killing; a chamber that approves an annexation backs it and does not take territory.
Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="clauses54", published="2024-09-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. a past deed in a relative clause on the doer: no toll or victims of the act
@pytest.mark.parametrize("text, word, target", [
    ("Al-Shabaab, which killed 148 people at Garissa in 2015, attacked an army base near Mogadishu on "
     "Tuesday.", "attacked", ["Military Forces of Somalia"]),
    ("Boko Haram, which has killed thousands since 2009, attacked a village near Maiduguri on Sunday.",
     "attacked", ["Civilians (Nigeria)"]),
    ("Hamas, which killed 1,200 people in Israel on October 7, fired rockets at Tel Aviv on Tuesday.",
     "fired", ["Civilians (Israel)"]),
    ("The group, which abducted 276 schoolgirls in 2014, raided a school in Zamfara on Friday.", "raided",
     ["Students (Nigeria)"]),
])
def test_doers_past_deed_is_no_toll(pipeline, text: str, word: str, target: list[str]) -> None:
    event = _event(pipeline, text, word)
    assert event.primary
    assert event.fatalities is None
    assert _names(event.target) == target


@pytest.mark.parametrize("text, word, dead", [
    # controls: the act's own outcome, a relative clause with no deed of killing or no time of its own
    ("Al-Shabaab fighters attacked an army base near Mogadishu on Tuesday, killing 12 soldiers.", "attacked",
     12),
    ("Gunmen, who arrived on motorcycles, attacked a village in Zamfara on Sunday, killing 14 people.",
     "attacked", 14),
    ("Gunmen attacked a village in Zamfara on Sunday and killed 14 people.", "attacked", 14),
    ("ISWAP, which split from Boko Haram in 2016, attacked a military base in Borno on Monday.", "attacked",
     None),
])
def test_doers_past_deed_controls(pipeline, text: str, word: str, dead: int | None) -> None:
    assert _event(pipeline, text, word).fatalities == dead


# 2. a withdrawal is placed where the troops leave
@pytest.mark.parametrize("text, word, place, country", [
    ("Russia pulled its troops out of Kherson.", "pulled", "Kherson", "UKR"),
    ("Russia pulled its troops out of Bakhmut.", "pulled", "Bakhmut", "UKR"),
    ("Russian troops pulled out of Kherson.", "pulled", "Kherson", "UKR"),
    ("Israel pulled out of Gaza.", "pulled", "Gaza Strip", "PSE"),
    ("The rebels pulled out of Goma.", "pulled", "Goma", "COD"),
    ("Ethiopian troops pulled out of Mekelle on Monday.", "pulled", "Mek'ele", "ETH"),
    # controls
    ("Russia withdrew its forces from Kherson.", "withdrew", "Kherson", "UKR"),
    ("The United States pulled its troops out of Afghanistan in 2021.", "pulled", "Afghanistan", "AFG"),
])
def test_withdrawal_placed_where_left(pipeline, text: str, word: str, place: str, country: str) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == "RETREAT"
    assert (event.location.name, event.location.country) == (place, country)


@pytest.mark.parametrize("text, ptype", [
    # controls: no place left, a body left
    ("The candidate pulled out of the race.", None),
    ("Britain pulled out of the European Union.", "SANCTION"),
])
def test_withdrawal_controls(pipeline, text: str, ptype: str | None) -> None:
    kinds = [e.plover["type"] for e in _events(pipeline, text) if e.trigger.text == "pulled"]
    assert kinds == ([ptype] if ptype else [])


# 3. the state asked to hand over a person sought is the request's target
@pytest.mark.parametrize("text, word, target", [
    ("Turkey requested the extradition of Fethullah Gulen from the United States.", "requested",
     "Government of the United States"),
    ("Russia sought the extradition of the banker from Britain.", "sought",
     "Government of the United Kingdom"),
    ("Iraq demanded the repatriation of its citizens from Syria.", "demanded", "Government of Syria"),
    # controls
    ("India sought the extradition of Nirav Modi from Britain.", "sought",
     "Government of the United Kingdom"),
    ("Turkey asked the United States to extradite Fethullah Gulen.", "asked",
     "Government of the United States"),
    ("China demanded an apology from Japan.", "demanded", "Government of Japan"),
    ("Syria demanded the withdrawal of Turkish troops from its territory.", "demanded",
     "Military Forces of Turkey"),
    ("Turkey requested the extradition of Fethullah Gulen.", "requested", "Fethullah Gulen"),
])
def test_party_asked_is_target(pipeline, text: str, word: str, target: str) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == "REQUEST"
    assert _names(event.target)[0] == target


# 4. a death found that no one caused is no killing
@pytest.mark.parametrize("text", [
    "The journalist was found dead in his flat in Moscow; police said there were no signs of violence.",
    "The journalist was found dead in his flat in Moscow; police said there were no signs of foul play.",
    "The activist was found dead at his home in Lagos; police ruled out foul play.",
    "A former minister was found dead in his office in Kyiv; investigators said foul play was not suspected.",
    "The singer was found dead in a hotel in Nairobi; police said he had died of natural causes.",
    "The journalist was found dead in his flat in Moscow on Monday. Police said there were no signs of "
    "violence.",
])
def test_natural_death_found_is_no_killing(pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.plover["type"] == "ASSAULT"]


@pytest.mark.parametrize("text", [
    # controls: a death found with violence told, or with nothing told
    "The journalist was found dead in his flat in Moscow.",
    "The journalist was found dead in his flat in Moscow; police said he had been strangled.",
    "The journalist was found dead in his flat in Moscow with signs of violence on his body.",
    "The activist was found dead in Lagos; there were signs of a struggle.",
])
def test_natural_death_controls(pipeline, text: str) -> None:
    event = _event(pipeline, text, "found dead")
    assert event.plover["type"] == "ASSAULT"
    assert event.fatalities == 1


# 5. a chamber that approves an annexation backs it; it takes no territory
@pytest.mark.parametrize("text", [
    "The Duma approved the annexation of four Ukrainian regions.",
    "The parliament approved the annexation of Crimea.",
    "Russia's upper house approved the annexation of four regions of Ukraine on Tuesday.",
    "The Federation Council unanimously approved the incorporation of the four regions.",
])
def test_approved_annexation_is_support(pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert [e.plover["type"] for e in events] == ["SUPPORT"]
    assert all(e.acled is None for e in events)


@pytest.mark.parametrize("text, word, ptype", [
    # controls: the annexation itself, aid approved, a deployment approved
    ("Russia annexed four Ukrainian regions.", "annexed", "ASSAULT"),
    ("The Senate approved military aid to Ukraine.", "approved", "AID"),
    ("The Duma endorsed the annexation of four Ukrainian regions.", "endorsed", "SUPPORT"),
])
def test_approved_annexation_controls(pipeline, text: str, word: str, ptype: str) -> None:
    assert _event(pipeline, text, word).plover["type"] == ptype
