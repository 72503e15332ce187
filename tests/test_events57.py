"""Event shapes read as nothing (round events57): "revolted"/"rebelled" against someone is a rising (a riot,
or a mutiny for soldiers), as "rose up against"; "a monk self-immolated." with nothing after the verb is a
protest; "took the soldier prisoner", "took him prisoner" are an abduction, as "took two soldiers prisoner";
the active "terrorists martyred two jawans" is a killing; "a man armed with an axe injured three people" is an
attack; a crowd that "laid siege" is counted; a call for a strike or shutdown "in Srinagar" is put to no
government; "treating the death as murder" is an inquiry, not a new killing. Sentences written for the test,
each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="events57", published="2024-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _kinds(pipeline, text: str) -> list[tuple[str, str | None]]:
    return [(e.plover.get("type"), e.plover.get("mode")) for e in _events(pipeline, text)]


# 1. a rising told by "revolted" or "rebelled": a riot against those named, a mutiny of soldiers
@pytest.mark.parametrize("text, word, mode, cameo, target", [
    ("Peasants revolted against the landlords in Bihar.", "revolted", "riot", "145", "the landlords"),
    ("Tribesmen rebelled against the government.", "rebelled", "riot", "145", "the government"),
    ("Villagers rebelled against the tax collectors in 1857.", "rebelled", "riot", "145",
     "the tax collectors"),
    ("The Kurds rebelled against Baghdad.", "rebelled", "riot", "145", "Baghdad"),
    ("Soldiers revolted in the northern garrison town on Sunday.", "revolted", None, "140", None),
    # controls: "rose up", a mutiny told by its own verb
    ("Peasants rose up against the landlords in Bihar.", "rose", "riot", "145", "the landlords"),
    ("The garrison mutinied.", "mutinied", None, "140", None),
])
def test_revolt_and_rebel_are_risings(pipeline, text: str, word: str, mode: str | None, cameo: str,
                                      target: str | None) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == "PROTEST"
    assert event.plover.get("mode") == mode
    assert event.cameo["code"] == cameo
    assert (event.target[0].text if event.target else None) == target


@pytest.mark.parametrize("text", [
    "Teenagers often rebel against their parents.",
    "The senator revolted against the party leadership.",
    "Several MPs rebelled against the government over the bill.",
])
def test_rebels_of_no_rising_stay_nothing(pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


# 2. a self-immolation with nothing after the verb
@pytest.mark.parametrize("text, source", [
    ("A Buddhist monk self-immolated.", "A Buddhist monk"),
    ("A Tibetan nun self-immolated.", "A Tibetan nun"),
    # control: with a place after it
    ("A Buddhist monk self-immolated in Sichuan on Tuesday.", "A Buddhist monk"),
])
def test_bare_self_immolation_is_a_protest(pipeline, text: str, source: str) -> None:
    event = _event(pipeline, text, "immolated")
    assert (event.plover["type"], event.plover.get("mode"), event.cameo["code"]) == ("PROTEST", "demo", "141")
    assert event.source[0].text == source


def test_self_employed_is_no_event(pipeline) -> None:
    assert _events(pipeline, "The monk was self-employed.") == []


# 3. "took the soldier prisoner", "took him prisoner": an abduction, the one taken the target
@pytest.mark.parametrize("text, target", [
    ("Rebels took the soldier prisoner near Goma.", "the soldier"),
    ("Rebels took the pilot prisoner near Goma.", "the pilot"),
    ("Rebels took the pilot hostage near Goma.", "the pilot"),
    ("Gunmen took the aid worker hostage in Mali.", "the aid worker"),
    ("Rebels took him prisoner near Goma.", None),
    # controls
    ("Rebels took two soldiers prisoner near Goma.", "two soldiers"),
    ("Militants took the engineer captive in Niger Delta.", "the engineer"),
])
def test_taken_prisoner_is_abduction(pipeline, text: str, target: str | None) -> None:
    event = _event(pipeline, text, "took")
    kind = (event.plover["type"], event.plover.get("mode"), event.cameo["code"])
    assert kind == ("ASSAULT", "abduct", "181")
    assert event.source[0].text in ("Rebels", "Gunmen", "Militants")
    if target is not None:
        assert event.target[0].text == target


def test_prisoners_escorted_stay_nothing(pipeline) -> None:
    assert _events(pipeline, "Guards took the prisoners to the courthouse.") == []


# 4. the active "martyred": a killing by its subject
@pytest.mark.parametrize("text, source, dead", [
    ("Terrorists martyred two jawans in Kupwara.", "Terrorists", 2),
    ("Militants martyred three policemen in Pulwama on Sunday.", "Militants", 3),
    # controls: the passive and the headline's participle
    ("Two soldiers were martyred in Kupwara.", "", 2),
    ("Two jawans martyred in Kupwara encounter.", "", 2),
])
def test_active_martyred_is_a_killing(pipeline, text: str, source: str, dead: int) -> None:
    event = _event(pipeline, text, "martyred")
    assert event.plover["type"] == "ASSAULT" and event.cameo["code"] == "1823"
    assert event.source[0].text == source
    assert event.fatalities == dead


@pytest.mark.parametrize("text", [
    "The martyred soldier was laid to rest in his village.",
    "Mourners remembered the martyred leader.",
])
def test_martyred_as_a_title_is_no_killing(pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


# 5. "a man armed with an axe injured three people": the parse's one noun phrase mended
@pytest.mark.parametrize("text, word, dead, injured, target", [
    ("A man armed with an axe injured three people in Leeds.", "injured", None, 3, "three people"),
    ("A man armed with an axe wounded three people in Leeds.", "wounded", None, 3, "three people"),
    ("A man armed with an axe killed three people in Leeds.", "killed", 3, None, "three people"),
    ("A man armed with an axe attacked three people in Leeds.", "attacked", None, None, "three people"),
    ("A man armed with a machete injured two women in Bradford.", "injured", None, 2, "two women"),
    # control
    ("A man armed with a knife stabbed three people in Leeds.", "stabbed", None, None, "three people"),
])
def test_armed_man_with_weapon_attacks(pipeline, text: str, word: str, dead: int | None, injured: int | None,
                                       target: str) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == "ASSAULT"
    assert event.source[0].text == "A man"
    assert event.target[0].text == target
    assert (event.fatalities, event.injured) == (dead, injured)


def test_armed_man_arrested_is_an_arrest_only(pipeline) -> None:
    assert _kinds(pipeline, "A man armed with an axe was arrested in Leeds.") == [("COERCE", "arrest")]


# 6. a crowd that laid siege is counted as a crowd that protested
@pytest.mark.parametrize("text, word, size", [
    ("Thousands of farmers laid siege to the district office.", "siege", 1000),
    ("Hundreds of villagers laid siege to the police station in Sitapur.", "siege", 100),
    ("About 500 students laid siege to the vice-chancellor's office.", "siege", 500),
    # control
    ("Thousands of farmers protested outside the district office.", "protested", 1000),
])
def test_crowd_siege_has_its_size(pipeline, text: str, word: str, size: int) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == "PROTEST"
    assert event.size == size


def test_troops_siege_has_no_size(pipeline) -> None:
    event = _event(pipeline, "Thousands of troops laid siege to the city.", "siege")
    assert event.plover["type"] == "ASSAULT" and event.size is None


# 7. a call for a strike or protest where it is to be held: no government addressed
@pytest.mark.parametrize("text, where", [
    ("Separatists called for a complete shutdown in Srinagar on Friday.", "IND"),
    ("Separatists called for a strike in Srinagar on Friday.", "IND"),
    ("Separatists called for a bandh in Srinagar on Friday.", "IND"),
    ("The opposition called for a general strike in Dhaka.", "BGD"),
    ("The opposition called for protests in Dhaka.", "BGD"),
    ("Trade unions called for a nationwide strike across India.", "IND"),
])
def test_strike_call_has_no_place_target(pipeline, text: str, where: str) -> None:
    event = _event(pipeline, text, "called")
    assert event.plover["type"] == "REQUEST"
    assert event.target == []
    assert event.location is not None and event.location.country == where


@pytest.mark.parametrize("text, word, kind, target", [
    ("Separatists called a complete shutdown in Srinagar on Friday.", "shutdown", "PROTEST", None),
    ("The UN called for a ceasefire in Gaza.", "called", "REQUEST", "Government of Palestine"),
    ("The opposition called on the government of Bangladesh to resign.", "called", "REQUEST",
     "Government of Bangladesh"),
])
def test_other_calls_keep_their_targets(pipeline, text: str, word: str, kind: str,
                                        target: str | None) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == kind
    assert (event.target[0].name if event.target else None) == target


# 8. an inquiry's label is no new deed
@pytest.mark.parametrize("text, word", [
    ("Detectives are treating the death as murder.", "treating"),
    ("Police are treating the fire as arson.", "treating"),
    # control
    ("Police are investigating the death as a homicide.", "investigating"),
])
def test_treated_as_a_crime_is_an_inquiry(pipeline, text: str, word: str) -> None:
    events = _events(pipeline, text)
    assert [(e.trigger.text, e.plover["type"], e.plover.get("mode")) for e in events] == [
        (word, "ACCUSE", "investigate")]
    assert events[0].source[0].name.startswith("Police Forces")


@pytest.mark.parametrize("text, deed", [
    ("Police are treating the attack as a hate crime.", "attack"),
    ("Police are treating the death of a 34-year-old man in Leeds as murder.", "murder"),
    ("Police are treating the stabbing in Leeds as a terrorist incident.", "stabbing"),
])
def test_deed_treated_as_a_crime_stays(pipeline, text: str, deed: str) -> None:
    kinds = {e.trigger.text: e.plover["type"] for e in _events(pipeline, text)}
    assert kinds == {"treating": "ACCUSE", deed: "ASSAULT"}


def test_doctors_treating_the_wounded_is_aid(pipeline) -> None:
    event = _event(pipeline, "Italian doctors treated wounded civilians in Gaza.", "treated")
    assert event.plover["type"] == "AID"
