"""Shooting, baton charges and deaths in South Asian wordings (round firing56, item southasia-3): the noun
"firing" is shooting when told by its kind ("unprovoked", "heavy", "cross-border"), by an armed or state
doer ("firing by Pakistani troops", "police firing", "army firing") or by whom it is aimed at, never a
dismissal ("the firing of the coach"); "were martyred" is a killing, folded into the attack it was the toll
of; "a lathi-charge by police", "resorted to baton charge" and "police charged batons on the protesters" are
a baton charge, not a criminal charge; "claimed 30 lives" counts 30 dead of the subject's event (not of a
landslide), and "post-poll violence" is a riot; a killing "in an encounter" with no side named is the
country's security forces' (not the victims' own, and not when the dead are such forces), and "two
terrorists were killed" names no two sides. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="firing56", published="2019-06-01")))


def _primary(pipeline, text: str):
    events = _events(pipeline, text)
    return next(e for e in events if e.primary) if events else None


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. the noun "firing": shooting by its kind, an armed or state doer, or whom it is aimed at
@pytest.mark.parametrize("text, source, dead, injured", [
    ("Two soldiers were martyred in unprovoked firing by Pakistani troops in Akhnoor sector.",
     "Military Forces of Pakistan", 2, None),
    ("Pakistani troops resorted to heavy firing along the LoC in Keran sector.",
     "Military Forces of Pakistan", None, None),
    ("Two persons were killed in police firing in Kishtwar.", "Police Forces of India", 2, None),
    ("Three people were killed in police firing on protesters in Mandsaur.", "Police Forces of India",
     3, None),
    # variants
    ("A protester was killed in police firing in Lagos.", "Police Forces of Nigeria", 1, None),
    ("Two protesters died in police firing in Khartoum.", "Police Forces of Sudan", 2, None),
    ("Two villagers were injured in army firing in Manipur.", "Military Forces of India", None, 2),
    ("Two soldiers were killed in unprovoked firing by Pakistani troops in Akhnoor sector.",
     "Military Forces of Pakistan", 2, None),
])
def test_firing_noun_is_shooting(pipeline, text: str, source: str, dead: int | None,
                                 injured: int | None) -> None:
    event = _primary(pipeline, text)
    assert event.trigger.text == "firing"
    assert event.plover["type"] == "ASSAULT" and event.cameo["code"] == "193"
    assert _names(event.source) == [source]
    assert event.fatalities == dead
    assert event.injured == injured


def test_cross_border_firing_is_the_trigger(pipeline) -> None:
    event = _primary(pipeline, "A woman was killed in cross-border firing in Poonch's Mendhar area.")
    assert event.trigger.text == "firing" and event.cameo["code"] == "193"
    assert event.fatalities == 1


@pytest.mark.parametrize("text, word, source, target", [
    # controls: the firing already read, and a dismissal
    ("Two civilians were injured in unprovoked firing by Pakistani troops in Kathua.", "firing",
     "Military Forces of Pakistan", "Civilians (India)"),
    ("Police fired on protesters in Mandsaur.", "fired", "Police Forces of India", "Protesters (India)"),
    ("Two people were killed in police gunfire in Quetta.", "gunfire", "Police Forces of Pakistan",
     "Civilians (Pakistan)"),
])
def test_firing_controls(pipeline, text: str, word: str, source: str, target: str) -> None:
    event = _primary(pipeline, text)
    assert event.trigger.text == word and event.plover["type"] == "ASSAULT"
    assert _names(event.source) == [source]
    assert _names(event.target) == [target]


@pytest.mark.parametrize("text", [
    "The firing of the coach surprised fans.",
    "The firing of 300 workers angered the union.",
    "The club announced the firing of its manager on Monday.",
])
def test_firing_as_dismissal_is_no_event(pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.plover["type"] == "ASSAULT"]


# 2. "were martyred": a killing, the toll of the attack it is told with
@pytest.mark.parametrize("text, word, target, dead", [
    ("Three Army jawans were martyred in Kupwara on Sunday.", "martyred", "Military Forces of India", 3),
    ("Two soldiers were martyred in an attack by militants in Kupwara.", "attack",
     "Military Forces of India", 2),
    # control: one attack with the martyrs its toll
    ("Twelve soldiers were martyred when terrorists attacked a check post in North Waziristan.", "attacked",
     "Military Forces of Pakistan", 12),
])
def test_martyred_is_a_killing(pipeline, text: str, word: str, target: str, dead: int) -> None:
    events = [e for e in _events(pipeline, text) if e.plover["type"] == "ASSAULT"]
    assert len(events) == 1
    event = events[0]
    assert event.trigger.text == word
    assert _names(event.target) == [target]
    assert event.fatalities == dead


# 3. a baton charge told as a noun, or as batons charged on people
@pytest.mark.parametrize("text, source, target", [
    ("Several students were injured in a lathi-charge by police in Guwahati.", "Police Forces of India",
     "Protesters (India)"),
    ("Police resorted to baton charge on the teachers protesting in Karachi.", "Police Forces of Pakistan",
     "Protesters (Pakistan)"),
    ("Police charged batons on the protesters at Shahbagh.", "Police Forces of Bangladesh",
     "Protesters (Bangladesh)"),  # Shahbagh, Dhaka (lead57)
    ("Police charged batons on the protesters in Shahbagh.", "Police Forces of Bangladesh",
     "Protesters (Bangladesh)"),  # Shahbagh, Dhaka (lead57)
    # variants
    ("Dozens were hurt when police launched a baton charge on the march in Nairobi.",
     "Police Forces of Kenya", "Protesters (Kenya)"),
    ("Police resorted to lathicharge to disperse the crowd in Patna.", "Police Forces of India",
     "Protesters (India)"),
    # controls: the verbs already read
    ("Police lathi-charged the protesters in Patna.", "Police Forces of India", "Protesters (India)"),
    ("Police baton-charged the protesters in Karachi.", "Police Forces of Pakistan", "Protesters (Pakistan)"),
])
def test_baton_charge(pipeline, text: str, source: str, target: str) -> None:
    event = _primary(pipeline, text)
    assert event.plover["type"] == "ASSAULT" and event.cameo["code"] == "175"
    assert event.acled["event_type"] == "Protests"
    assert _names(event.source) == [source]
    assert _names(event.target) == [target]


@pytest.mark.parametrize("text, code", [
    # controls: a criminal charge stays an accusation; a price or a charge named is none
    ("Police charged the suspect with murder.", "112"),
    ("The bank raised its service charge.", None),
])
def test_charge_controls(pipeline, text: str, code: str | None) -> None:
    events = _events(pipeline, text)
    assert not [e for e in events if e.cameo["code"] == "175"]
    if code is not None:
        assert _primary(pipeline, text).cameo["code"] == code


# 4. "claimed N lives": N dead of the subject's event; "post-poll violence" a riot
@pytest.mark.parametrize("text, word, dead", [
    ("The suicide blast claimed 30 lives in Peshawar.", "blast", 30),
    ("Post-poll violence claimed five lives in Birbhum district.", "violence", 5),
    # variants
    ("The attack claimed 14 lives in Mogadishu.", "attack", 14),
    ("Fresh clashes claimed six lives in Manipur.", "clashes", 6),
    ("Communal violence claimed 12 lives in Delhi.", "violence", 12),
    # controls
    ("The blast killed 12 people in Quetta.", "blast", 12),
    ("The clash claimed the lives of six people.", "clash", 6),
])
def test_claimed_lives(pipeline, text: str, word: str, dead: int) -> None:
    event = _primary(pipeline, text)
    assert event.trigger.text == word
    assert event.fatalities == dead


def test_post_poll_violence_is_a_riot(pipeline) -> None:
    event = _primary(pipeline, "Post-poll violence claimed five lives in Birbhum district.")
    assert event.acled["event_type"] == "Riots"
    assert event.location is not None and event.location.country == "IND"


@pytest.mark.parametrize("text", [
    # controls: disasters and lives saved are no event
    "The landslide claimed 12 lives in Kerala.",
    "The floods have claimed 40 lives across the state.",
    "The fire claimed 12 lives in a Dhaka factory.",
    "The rescue team saved 30 lives in Peshawar.",
])
def test_claimed_lives_controls(pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


# 5. killed "in an encounter" with no side named: the country's security forces
@pytest.mark.parametrize("text, source, target", [
    ("Two terrorists were killed in an encounter in Kupwara.", "Security Forces of India", "Rebels (India)"),
    ("Three Maoists were killed in an encounter in Gadchiroli.", "Security Forces of India", "CPI (Maoist)"),
    ("A wanted gangster was killed in an encounter in Prayagraj, police said.", "Security Forces of India",
     "Gang (India)"),
    # variants
    ("Two hardcore criminals were shot dead in a police encounter in Meerut.", "Security Forces of India",
     "Gang (India)"),
    # controls: a side named
    ("Two Maoists were killed in an encounter with the DRG in Dantewada.", "DRG", "CPI (Maoist)"),
    ("Police killed a gangster in an encounter in Ghaziabad.", "Police Forces of India", "Gang (India)"),
    ("Two militants were killed in an encounter with security forces in Shopian.", "Security Forces of India",
     "Rebels (India)"),
])
def test_killed_in_an_encounter(pipeline, text: str, source: str, target: str) -> None:
    event = _primary(pipeline, text)
    assert _names(event.source) == [source]
    assert _names(event.target) == [target]
    assert event.source[0].inter == 1


@pytest.mark.parametrize("text, target", [
    # controls: the dead are the forces themselves, or no encounter is told: their foes unnamed
    ("Two soldiers were killed in an encounter in Kupwara.", "Military Forces of India"),
    ("A policeman was killed in an encounter in Bijapur.", "Police Forces of India"),
    ("Two terrorists were killed in Kupwara.", "Rebels (India)"),
])
def test_encounter_controls(pipeline, text: str, target: str) -> None:
    event = _primary(pipeline, text)
    assert _names(event.target) == [target]
    assert event.source and event.source[0].name.startswith("Unidentified Armed Group")


@pytest.mark.parametrize("text", [
    # controls: one armed group told as two sides of a fight stays both sides
    "Clashes between two clans killed five people in Galkayo.",
    "Two clan militias clashed in Galkayo, killing five people.",
])
def test_two_sides_controls(pipeline, text: str) -> None:
    event = _primary(pipeline, text)
    assert _names(event.source) == _names(event.target) == ["Unidentified Clan Militia (Somalia)"]
