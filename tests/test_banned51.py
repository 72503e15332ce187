"""Banned protests (round banned51, africa-2): a crowd's act that is the object of a ban ("the junta banned
all demonstrations", "police outlawed protests in the CBD", "prohibited", "forbade", an authority's
"suspended all rallies") is not the banner's act: the protest noun takes no source from the banning verb's
subject; one named in general (a plural with no determiner, "all" or "any" protests, "opposition rallies")
is no gathering told and is hypothetical, and the ban (PLOVER COERCE restrict, CAMEO 172) is the primary
event; "prohibit" and "forbid" are bans as "ban" is. A specific banned rally ("banned the protest",
"Saturday's rally") may still have gathered people and stays real, with its own doers. A planned protest that
someone is warned or cautioned against joining is still to come (hypothetical and future), and the ones warned
would join it. "The junta suspended the parties and banned rallies", parsed with "banned" an adjective, is
mended to a second verb. Sentences written for the test, with controls: defied bans, protests despite a ban,
permission refused, planned marches, crowds dispersed, a side's own suspended strike."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="banned51", published="2023-06-25")))


def _event(events: list, word: str):
    return next(e for e in events if e.trigger.text == word)


def _flags(event) -> str:
    m = event.modality
    return "".join(c for c, on in (("N", m.negated), ("H", m.hypothetical), ("F", m.future)) if on)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. a protest named in general under a ban: not real, no source from the banner; the ban is the news
@pytest.mark.parametrize("text, ban, banner, noun", [
    ("The junta in Ouagadougou prohibited all demonstrations across the country.", "prohibited",
     "Government of Burkina Faso", "demonstrations"),
    ("Kenyan police outlawed demonstrations in Nairobi's central business district.", "outlawed",
     "Police Forces of Kenya", "demonstrations"),
    ("The Inspector-General of Police banned all rallies in Abuja ahead of the elections.", "banned",
     "Government of Nigeria", "rallies"),
    ("Ugandan authorities banned opposition rallies in Kampala.", "banned", "Government of Uganda",
     "rallies"),
    ("Zimbabwe's government banned all protests ahead of the independence celebrations.", "banned",
     "Government of Zimbabwe", "protests"),
    ("Guinea's junta suspended all political rallies and demonstrations.", "suspended",
     "Government of Guinea", "rallies"),
    ("Guinea's junta suspended all political rallies and demonstrations.", "suspended",
     "Government of Guinea", "demonstrations"),
    ("Sudan's military authorities banned protests in Khartoum.", "banned", "Government of Sudan",
     "protests"),
    ("Mali's junta suspended the activities of political parties and banned rallies.", "banned",
     "Government of Mali", "rallies"),
    # variants
    ("The Tanzanian government banned political rallies in 2016.", "banned", "Government of Tanzania",
     "rallies"),
    ("The Ethiopian government forbade rallies in Addis Ababa.", "forbade", "Government of Ethiopia",
     "rallies"),
    ("Chad's junta suspended all demonstrations in N'Djamena.", "suspended", "Government of Chad",
     "demonstrations"),
    ("The Senegalese authorities dissolved the party and banned rallies in Dakar.", "banned",
     "Government of Senegal", "rallies"),
    ("Police in Lusaka prohibited any demonstrations during the summit.", "prohibited",
     "Police Forces of Zambia", "demonstrations"),
])
def test_generic_banned_protest_is_not_real(pipeline, text: str, ban: str, banner: str, noun: str) -> None:
    events = _events(pipeline, text)
    ban_event, protest = _event(events, ban), _event(events, noun)
    assert ban_event.plover["type"] == "COERCE" and ban_event.plover["mode"] == "restrict"
    assert ban_event.cameo["code"] == "172"
    assert banner in _names(ban_event.source)
    assert not protest.primary and next(e for e in events if e.primary).plover["type"] == "COERCE"
    assert "H" in _flags(protest)
    assert banner not in _names(protest.source)


@pytest.mark.parametrize("text, word", [
    # a passive ban: the protests named in general are not real either
    ("Protests were banned in Kampala after the election.", "Protests"),
    ("All rallies have been prohibited in Harare.", "rallies"),
])
def test_generic_banned_protest_passive(pipeline, text: str, word: str) -> None:
    assert "H" in _flags(_event(_events(pipeline, text), word))


# 2. a specific banned protest may have gathered people: real, with its own doers, never the banner
@pytest.mark.parametrize("text, ban, banner, noun, doer", [
    ("Police banned the protest after demonstrators looted shops in Nairobi.", "banned",
     "Police Forces of Kenya", "protest", "Protesters (Kenya)"),
    ("Authorities in Kampala banned Saturday's rally by opposition supporters.", "banned",
     "Government of Uganda", "rally", "Protesters (Uganda)"),
])
def test_specific_banned_protest_keeps_its_doers(pipeline, text: str, ban: str, banner: str, noun: str,
                                                 doer: str) -> None:
    events = _events(pipeline, text)
    assert banner in _names(_event(events, ban).source)
    protest = _event(events, noun)
    assert _flags(protest) == ""
    assert _names(protest.source) == [doer]


def test_banned_protest_looting_stays_a_riot(pipeline) -> None:
    text = "Police banned the protest after demonstrators looted shops in Nairobi."
    looted = _event(_events(pipeline, text), "looted")
    assert looted.plover["type"] == "PROTEST" and looted.plover["mode"] == "riot"
    assert _names(looted.source) == ["Rioters (Kenya)"]


# 3. a planned protest someone is warned against joining is still to come; the ones warned would join it
@pytest.mark.parametrize("text, noun, warner, joiners", [
    ("The Lagos police warned residents against joining the planned protest on Monday.", "protest",
     "police", "residents"),
    ("Nigerian police warned youths against taking part in the planned demonstration in Lagos.",
     "demonstration", "police", "youths"),
    ("Police cautioned students against joining the proposed march in Harare.", "march", "Police",
     "students"),
])
def test_warned_against_joining_planned_protest(pipeline, text: str, noun: str, warner: str,
                                                joiners: str) -> None:
    protest = _event(_events(pipeline, text), noun)
    assert _flags(protest) == "HF"
    texts = [a.text for a in protest.source]
    assert texts == [joiners]
    assert not any(warner in t for t in texts)


# controls: defied bans and protests despite them, permission refused, planned marches, dispersed rallies,
# protests staged or joined, and a side calling off its own
@pytest.mark.parametrize("text, word, flags, source, primary", [
    ("Protesters defied a ban on demonstrations and marched in Khartoum.", "marched", "",
     "Protesters (Sudan)", True),
    ("Thousands of people protested in Nairobi despite the police ban.", "protested", "",
     "Protesters (Kenya)", True),
    ("Thousands of people protested in Nairobi despite the police ban.", "ban", "",
     "Police Forces of Kenya", False),
    ("Police did not allow the opposition rally to hold in Lusaka.", "rally", "N", "Opposition (Zambia)",
     False),
    ("Police did not allow the opposition rally to hold in Lusaka.", "allow", "", "Police Forces of Zambia",
     True),
    ("Ugandan security forces arrested 20 NUP supporters ahead of a planned march in Kampala.", "march", "HF",
     None, False),
    ("Kenya's opposition plans to stage protests across the country next week.", "protests", "HF",
     "Opposition (Kenya)", False),
    ("Police dispersed a rally by Citizens Coalition for Change supporters in Harare.", "rally", "",
     "Protesters (Zimbabwe)", False),
    ("Police dispersed a rally by Citizens Coalition for Change supporters in Harare.", "dispersed", "",
     "Police Forces of Zimbabwe", True),
    ("Opposition supporters staged protests in Kampala.", "protests", "", "Protesters (Uganda)", True),
    ("Thousands joined the planned protest in Nairobi on Monday.", "protest", "", "Protesters (Kenya)", True),
    ("The opposition suspended its protests in Nairobi.", "protests", "", "Protesters (Kenya)", False),
    ("Teachers suspended their strike in Lagos.", "strike", "", "Protesters (Nigeria)", False),
])
def test_banned_controls(pipeline, text: str, word: str, flags: str, source: str | None,
                         primary: bool) -> None:
    event = _event(_events(pipeline, text), word)
    assert _flags(event) == flags
    assert _names(event.source)[:1] == ([source] if source else [])
    assert event.primary == primary
