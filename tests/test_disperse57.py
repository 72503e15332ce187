"""Dispersal verbs (round disperse57): a crowd put off its ground by force is crowd control, as "dispersed" is
(PLOVER ASSAULT crowd-control, CAMEO 175, ACLED Protests / Protest with intervention): "cleared the roundabout
of protesters" (the crowd after "of" is the target, not the place), "chased demonstrators from the streets",
"drove protesters from the square", "pushed / forced protesters out of the square" (no longer ground taken,
C192), "evicted protesters from the camp" (no longer a deportation), with a counted crowd ("drove hundreds of
protesters out"). Controls: what is cleared of mines, debris or rebels, who chases thieves, squatters and
families evicted from homes, armed men driven from a town, a court clearing activists of charges, and students
with no protest told stay what they were. Sentences written for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

CROWD_CONTROL = ("ASSAULT", "crowd-control", "175", "Protests")


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="disperse57", published="2024-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _coded(event) -> tuple:
    return (event.plover.get("type"), event.plover.get("mode"), event.cameo.get("code"),
            (event.acled or {}).get("event_type"))


# 1. a crowd removed from a place by force: crowd control, the crowd the target
@pytest.mark.parametrize("text, word, target", [
    ("Security forces cleared the roundabout of protesters on Wednesday.", "cleared", "protesters"),
    ("Police chased demonstrators from the streets of Khartoum.", "chased", "demonstrators"),
    ("Riot police drove protesters from the square with tear gas.", "drove", "protesters"),
    ("Soldiers pushed protesters out of Tahrir Square.", "pushed", "protesters"),
    ("Police evicted protesters from the camp outside parliament.", "evicted", "protesters"),
    # variants
    ("Troops cleared Pearl Roundabout of demonstrators in Manama.", "cleared", "demonstrators"),
    ("The square was cleared of protesters by riot police on Sunday.", "cleared", "protesters"),
    ("Demonstrators were chased from the bridge by police in Tbilisi.", "chased", "Demonstrators"),
    ("Riot police chased away protesters in Nairobi.", "chased", "protesters"),
    ("Police chased protesters through the streets of Harare.", "chased", "protesters"),
    ("Police chased the crowd away from the parliament in Nairobi.", "chased", "the crowd"),
    ("Police drove back the marchers near the palace in Lima.", "drove", "the marchers"),
    ("Riot police drove hundreds of protesters out of the square in Caracas.", "drove",
     "hundreds of protesters"),
    ("Soldiers forced demonstrators out of Independence Square in Kyiv.", "forced", "demonstrators"),
    ("Police forced student protesters out of the campus in Dhaka.", "forced", "student protesters"),
    ("Police evicted demonstrators from the university in Santiago.", "evicted", "demonstrators"),
    ("Protesters were evicted from the park by police on Tuesday.", "evicted", "Protesters"),
    # controls: the verbs that worked before
    ("Police dispersed protesters in Kampala.", "dispersed", "protesters"),
    ("Riot police cleared protesters from the main road in Nairobi.", "cleared", "protesters"),
    ("Police removed demonstrators from the bridge in Belgrade.", "removed", "demonstrators"),
])
def test_crowd_removed_is_crowd_control(pipeline, text: str, word: str, target: str) -> None:
    event = _event(pipeline, text, word)
    assert _coded(event) == CROWD_CONTROL
    assert event.primary
    assert [a.text for a in event.target] == [target]
    assert all(a.sector == "CVL" for a in event.target)


@pytest.mark.parametrize("text", [
    "Security forces cleared the roundabout of protesters on Wednesday.",
    "Police chased demonstrators from the streets of Khartoum.",
    "Police evicted protesters from the camp outside parliament.",
    "Police dispersed protesters in Kampala.",
])
def test_crowd_removed_is_protest_with_intervention(pipeline, text: str) -> None:
    event = next(e for e in _events(pipeline, text) if e.primary)
    assert event.acled.get("sub_event_type") == "Protest with intervention"


# 2. controls: no crowd put off its ground
@pytest.mark.parametrize("text", [
    "The army cleared the area of mines.",
    "Troops cleared the town of rebels.",
    "Engineers cleared the road of debris.",
    "The court cleared three activists of all charges.",
    "Activists were cleared of charges by the court.",
    "Police chased the thieves.",
    "Police chased the suspects into a forest.",
    "Protesters chased the police from the square.",
    "Rebels drove government troops from the town.",
    "The band drove the crowd wild.",
    "A bus drove protesters to the capital.",
    "Police forced students out of the campus in Dhaka.",
])
def test_no_crowd_removed_controls(pipeline, text: str) -> None:
    assert not any(e.plover.get("mode") == "crowd-control" for e in _events(pipeline, text))


@pytest.mark.parametrize("text, word", [
    ("The government evicted squatters from state land.", "evicted"),
    ("The landlord evicted the family from the flat.", "evicted"),
    ("Authorities evicted a migrant camp in Calais.", "evicted"),
])
def test_evicted_from_homes_stays_removal(pipeline, text: str, word: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover.get("type"), event.cameo.get("code")) == ("COERCE", "174")


def test_driven_out_armed_men_stays_ground_taken(pipeline) -> None:
    event = _event(pipeline, "Troops drove al-Shabaab out of the town.", "drove")
    assert (event.acled or {}).get("event_type") == "Battles"


def test_broke_up_rally_control(pipeline) -> None:
    event = _event(pipeline, "Police broke up a rally of opposition supporters in Harare.", "broke")
    assert _coded(event) == CROWD_CONTROL
