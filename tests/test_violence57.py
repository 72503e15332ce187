"""Violence told by its toll (round violence57, item greatlakes-1): "violence" as the subject of a verb that
tells its toll ("left N dead / injured / wounded", "claimed N lives": ``toll_verbs`` in data/triggers.yaml) is
told happening, so it names an event with its dead: a riot when a modifier says it is a fight between
communities or around a vote ("ethnic", "xenophobic", "tribal", "post-election", "electoral"), else an attack
("the violence in Beni left 18 people dead", "gang violence ... left 15 people dead": the noun's ``toll``
class). Violence talked about (condemned, feared, renounced, ended) stays no event; a violent verb with
"violence" as its subject stays the one event ("ethnic violence has killed 200 people"). Sentences written for
the test, each group with controls."""

from __future__ import annotations

import pytest

PUBLISHED = "2021-06-10"


def _events(events_of, text: str) -> list:
    return list(events_of(text, PUBLISHED))


def _where(event) -> str | None:
    return event.location.name if event.location is not None else None


# 1. violence of a listed kind told with its toll or told happening: a riot with its dead
@pytest.mark.parametrize("text, place, dead", [
    ("Xenophobic violence in Johannesburg left 12 people dead last week.", "Johannesburg", 12),
    ("Ethnic violence in Ituri left 40 people dead last week.", "Ituri", 40),
    ("Communal violence in Tanganyika province has left 20 people dead.", "Tanganyika", 20),
    ("Post-election violence in Bujumbura claimed six lives on Tuesday.", "Bujumbura", 6),
    ("Election violence in Zimbabwe claimed at least 10 lives.", "Zimbabwe", 10),
    ("Xenophobic violence erupted in Alexandra on Sunday night.", "Alexandra", None),
    # variants
    ("Ethnic violence in Djugu has left more than 50 people dead.", "Djugu", 50),
    ("Tribal violence in Marsabit left eight people dead.", "Marsabit", 8),
    ("Xenophobic violence broke out in Durban on Monday.", "Durban", None),
    ("Post-election violence in Kisumu left 12 people dead.", "Kisumu", 12),
    ("Electoral violence in Kinshasa claimed three lives.", "Kinshasa", 3),
    ("Inter-tribal violence in Marsabit claimed nine lives.", "Marsabit", 9),
    # controls: a riot told as such, and listed violence told happening, as before
    ("Ethnic violence broke out in Djugu territory last week.", "Djugu", None),
    ("The riots in Lusaka left two people dead.", "Lusaka", 2),
])
def test_violence_of_a_kind_with_its_toll_is_a_riot(events_of, text: str, place: str,
                                                    dead: int | None) -> None:
    events = _events(events_of, text)
    assert len(events) == 1
    event = events[0]
    assert (event.plover["type"], event.plover.get("mode"), event.cameo["code"]) == ("PROTEST", "riot", "145")
    assert event.acled["event_type"] == "Riots"
    assert _where(event) == place
    assert event.fatalities == dead


def test_a_riots_toll_since_a_day_is_its_own(events_of) -> None:
    """The riot is coded; "since Friday" still reads the toll as a running one (as for "the clashes")."""
    event = _events(events_of, "Ethnic violence in Djugu has left more than 50 people dead since Friday.")[0]
    assert (event.trigger.text, event.plover.get("mode")) == ("violence", "riot")
    assert _where(event) == "Djugu"


@pytest.mark.xfail(strict=True, reason="a perfect toll 'since Friday' is read as a running toll (extract "
                   "_running_count), for 'the clashes' too: the count is dropped")
def test_a_riots_toll_since_a_day_keeps_its_dead(events_of) -> None:
    event = _events(events_of, "Ethnic violence in Djugu has left more than 50 people dead since Friday.")[0]
    assert event.fatalities == 50


# 2. violence of no listed kind told with its toll: an attack, its victims the target
@pytest.mark.parametrize("text, place, dead, target", [
    ("Political violence in Harare left three MDC activists dead.", "Harare", 3, "three MDC activists"),
    ("Taxi violence in Mthatha has left seven people dead.", "Mthatha", 7, "seven people"),
    ("Renewed violence in Ituri left 30 civilians dead and forced thousands to flee.", "Ituri", 30,
     "30 civilians"),
    ("The violence in Beni left 18 people dead, the mayor said.", "Beni", 18, "18 people"),
    # variants
    ("The violence in Bunia left nine people dead on Saturday.", "Bunia", 9, "nine people"),
    ("Fresh violence in Kasai has left 14 civilians dead.", "Kasai", 14, "14 civilians"),
    ("Gang violence in Nairobi's Mathare slum left six people dead.", "Nairobi", 6, "six people"),
    ("Political violence in Kinshasa claimed four lives last month.", "Kinshasa", 4, None),
])
def test_violence_with_its_toll_is_an_attack(events_of, text: str, place: str, dead: int,
                                             target: str | None) -> None:
    event = next(e for e in _events(events_of, text) if e.primary)
    assert event.trigger.text == "violence"
    assert (event.plover["type"], event.cameo["code"]) == ("ASSAULT", "190")
    assert event.acled["event_type"] == "Violence against civilians"
    assert event.acled["sub_event_type"] == "Attack"
    assert _where(event) == place
    assert event.fatalities == dead
    assert (event.target[0].text if event.target else None) == target


@pytest.mark.parametrize("text, dead", [
    ("Gang violence on the Cape Flats left 15 people dead over the Easter weekend.", 15),
    ("Gang violence in Nairobi's Mathare slum left six people dead.", 6),
])
def test_gang_violence_is_the_gangs(events_of, text: str, dead: int) -> None:
    event = _events(events_of, text)[0]
    assert (event.trigger.text, event.plover["type"], event.fatalities) == ("violence", "ASSAULT", dead)
    assert event.source[0].name.startswith("Gang")


def test_the_toll_stays_with_the_flight_told_after(events_of) -> None:
    text = "Renewed violence in Ituri left 30 civilians dead and forced thousands to flee."
    events = _events(events_of, text)
    assert [(e.trigger.text, e.primary) for e in events] == [("violence", True), ("flee", False)]


# 3. controls: a violent verb is the one event; violence talked about, or leaving no toll, is none
@pytest.mark.parametrize("text, events", [
    ("Ethnic violence in Ituri has killed more than 200 people since December.",
     [("killed", "ASSAULT", 200)]),
    ("Xenophobic violence in Johannesburg has killed 12 people.", [("killed", "ASSAULT", 12)]),
    ("The clashes in Kitchanga left 15 people dead.", [("clashes", "ASSAULT", 15)]),
    ("An ambush near Beni left seven soldiers dead.", [("ambush", "ASSAULT", 7)]),
    ("The minister called for an end to the violence in Ituri.", [("called", "REQUEST", None)]),
    ("Church leaders condemned the violence in Kasai.", [("condemned", "ACCUSE", None)]),
    ("The opposition renounced violence in Harare.", [("renounced", "CONCEDE", None)]),
    ("Fears of violence grew ahead of the vote in Kinshasa.", []),
    ("The threat of violence kept voters away in Bujumbura.", []),
    ("Political violence has no place in our democracy, the president said in Harare.", []),
    ("Gang violence remains a problem in Cape Town.", []),
    ("The violence left the town of Beni deserted.", []),
    ("The violence in Beni left residents traumatised.", []),
    ("The violence in Beni left thousands homeless.", []),
])
def test_controls(events_of, text: str, events: list) -> None:
    assert [(e.trigger.text, e.plover["type"], e.fatalities) for e in _events(events_of, text)] == events
