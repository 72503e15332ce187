"""South Asian unrest idioms (round observe52, item unrest-3): "X observed a strike / hartal / shutdown"
makes X the strikers ("observe" is a light verb for a walkout or boycott only, and stays a verb of watching
for "the OSCE observed the vote", "police observed the rally", "both sides observed a ceasefire"); "Section
144" and "prohibitory orders" imposed are a restriction on gathering, lifted or defied as a curfew is, with
the clause of a law no party; internet "snapped" or "disconnected" is communications cut; a university's
vice-chancellor is the university's, not the state's ("German Vice-Chancellor Habeck" stays); "a pen-down
strike", "a tool-down strike" and "a chakka jam" are strikes and a blockade. Sentences written for the test,
each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="observe52", published="2019-08-20")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _first(actors) -> tuple[str, str | None, str | None]:
    a = actors[0]
    return a.text, a.country, a.sector


# 1. "observed a strike": the subject carried it out
@pytest.mark.parametrize("text, word, source", [
    ("Shopkeepers observed a complete strike in Multan against the new tax regime.", "strike",
     ("Shopkeepers", "PAK", "CVL")),
    ("Transporters observed a wheel-jam strike in Gilgit on Monday.", "strike",
     ("Transporters", "PAK", "LAB")),
    ("Opposition parties observed a dawn-to-dusk hartal in Sylhet.", "hartal",
     ("Opposition parties", "BGD", "OPP")),
    ("Lawyers observed a strike in courts across Sindh to protest the killing of a colleague.", "strike",
     ("Lawyers", "PAK", "HRI")),
    ("Opposition supporters observed a complete shutdown in Karachi on Friday.", "shutdown",
     ("Opposition supporters", "PAK", "OPP")),
    # variants
    ("Clerks observed a pen-down strike in Karachi.", "strike", ("Clerks", "PAK", "CVL")),
    ("Traders observed a complete hartal in Chittagong on Sunday.", "hartal",
     ("Traders", "BGD", "BUS")),
    ("Transporters observed a strike in Quetta against the toll tax.", "strike",
     ("Transporters", "PAK", "LAB")),
])
def test_observed_strike_has_its_doers(pipeline, text: str, word: str, source: tuple) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == "PROTEST" and event.plover["mode"] == "strike"
    assert _first(event.source) == source


@pytest.mark.parametrize("text, word, source", [
    # controls: strikes with other verbs, and the observers who watch
    ("Traders went on strike in Karachi against the new sales tax.", "went on strike",
     ("Traders", "PAK", "BUS")),
    ("The opposition BNP enforced a 36-hour hartal across Bangladesh.", "hartal",
     ("The opposition BNP", "BGD", "PTY")),
])
def test_observed_strike_controls(pipeline, text: str, word: str, source: tuple) -> None:
    assert _first(_event(pipeline, text, word).source) == source


@pytest.mark.parametrize("text, word", [
    ("Election observers said the strike in Dhaka was largely peaceful.", "strike"),
    ("Police observed the rally in Lahore from a distance.", "rally"),
])
def test_observers_are_not_the_doers(pipeline, text: str, word: str) -> None:
    for event in _events(pipeline, text):
        assert not any(a.text.lower() in ("election observers", "police") for a in event.source)


@pytest.mark.parametrize("text", [
    "UN observers observed the vote in Kabul on Saturday.",
    "The OSCE observed the elections in Minsk.",
    "Lawmakers observed a minute's silence for the victims in Islamabad.",
])
def test_observing_names_no_event(pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


# 2. Section 144 and prohibitory orders: a restriction imposed; lifted or defied as a curfew is
@pytest.mark.parametrize("text, word, source, where", [
    ("The district administration imposed Section 144 in Peshawar ahead of the rally.", "Section 144",
     "Government of Pakistan", "PAK"),
    ("Prohibitory orders under Section 144 were clamped in Hyderabad after the clashes.",
     "Prohibitory orders", None, "IND"),
    # variants
    ("The district magistrate promulgated Section 144 across Kolkata on Saturday.", "Section 144",
     "Judiciary of India", "IND"),
    ("Prohibitory orders were imposed in Bengaluru ahead of the verdict.", "Prohibitory orders", None,
     "IND"),
    ("Section 144 was imposed in 14 districts of Punjab.", "Section 144", None, "PAK"),
])
def test_section_144_is_a_restriction(pipeline, text: str, word: str, source: str | None, where: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover["type"], event.plover["mode"], event.cameo["code"]) == ("COERCE", "restrict", "172")
    assert event.acled["event_type"] == "Strategic developments"
    assert event.primary
    assert event.location is not None and event.location.country == where
    assert (event.source[0].name if event.source else None) == source
    assert not any(a.name == "Section" for e in _events(pipeline, text) for a in [*e.source, *e.target])


@pytest.mark.parametrize("text, word, ptype, mode", [
    # lifted, defied, violated: as the curfew is; the clause of a law is no party
    ("Police lifted Section 144 in Peshawar on Tuesday.", "lifted", "CONCEDE", None),
    ("Prohibitory orders were lifted in Bengaluru on Sunday.", "lifted", "CONCEDE", None),
    ("Protesters defied Section 144 and marched in Srinagar.", "defied", "REJECT", None),
    ("Police arrested 20 people for violating Section 144 in Srinagar.", "violating", "REJECT", None),
    # controls: the curfew
    ("Police lifted the curfew in Peshawar on Tuesday.", "lifted", "CONCEDE", None),
    ("Authorities imposed a curfew in Srinagar after the protests.", "curfew", "COERCE", "curfew"),
])
def test_section_144_lifted_or_defied(pipeline, text: str, word: str, ptype: str, mode: str | None) -> None:
    events = _events(pipeline, text)
    event = next(e for e in events if e.trigger.text == word)
    assert event.plover["type"] == ptype and (mode is None or event.plover["mode"] == mode)
    assert not any(e.trigger.text == "Section 144" for e in events)
    assert not any(a.name == "Section" for e in events for a in [*e.source, *e.target])


# 3. internet "snapped": communications cut
@pytest.mark.parametrize("text, word, source, where", [
    ("Mobile internet services were snapped in Jammu after the violence.", "snapped", "Government of India",
     "IND"),
    ("Authorities snapped mobile internet in Srinagar on Monday.", "snapped", "Government of India", "IND"),
    ("The administration disconnected the internet across Kashmir after the protests.", "disconnected",
     "Government of India", "IND"),
    # control
    ("Authorities suspended mobile internet in Quetta after protesters clashed with police.", "suspended",
     "Government of Pakistan", "PAK"),
])
def test_internet_snapped(pipeline, text: str, word: str, source: str, where: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover["type"], event.plover["mode"], event.cameo["code"]) == ("COERCE", "withhold", "1721")
    assert event.source[0].name == source
    assert event.location is not None and event.location.country == where


@pytest.mark.parametrize("text", [
    "A protester snapped a photo of the police in Dhaka.",
    "The rope snapped and two workers fell in Karachi.",
])
def test_other_snapping_cuts_nothing(pipeline, text: str) -> None:
    assert not any(e.plover["type"] == "COERCE" for e in _events(pipeline, text))


# 4. a university's vice-chancellor is the university's
@pytest.mark.parametrize("text, word", [
    ("Students gheraoed the vice-chancellor at Banaras Hindu University over the fee hike.", "gheraoed"),
    ("Students gheraoed the vice-chancellor of Dhaka University over the fee hike.", "gheraoed"),
    ("Students attacked the university vice-chancellor in Dhaka on Monday.", "attacked"),
    ("Students protested against the chancellor of the university in Berkeley.", "protested"),
])
def test_vice_chancellor_is_the_university(pipeline, text: str, word: str) -> None:
    target = _event(pipeline, text, word).target
    assert target and target[0].sector == "EDU" and target[0].inter == 7


@pytest.mark.parametrize("text, word, source", [
    # controls: a state's chancellor and vice-chancellor stay the government
    ("German Chancellor Angela Merkel met union leaders in Berlin on Tuesday.", "met", ("DEU", "GOV")),
    ("Students protested outside the vice-chancellor's office in Dhaka.", "protested", ("BGD", "EDU")),
])
def test_state_chancellor_controls(pipeline, text: str, word: str, source: tuple) -> None:
    event = _event(pipeline, text, word)
    assert (event.source[0].country, event.source[0].sector) == source


def test_german_vice_chancellor_stays_government(pipeline) -> None:
    text = "Protesters attacked the car of Vice-Chancellor Robert Habeck in Berlin."
    event = _event(pipeline, text, "attacked")
    assert (event.target[0].country, event.target[0].sector) == ("DEU", "GOV")


# 5. pen-down and tool-down strikes, chakka jam
@pytest.mark.parametrize("text, word, mode, source", [
    ("Employees of the state electricity board went on a pen-down strike in Lucknow.", "strike", "strike",
     ("Employees", "IND", "LAB")),
    ("Workers went on a tool-down strike at the plant in Chennai.", "strike", "strike",
     ("Workers", "IND", "LAB")),
    ("Farmers held a chakka jam on the highway near Ludhiana.", "chakka jam", "obstruct",
     ("Farmers", "IND", "AGR")),
    # control
    ("Doctors went on a strike in Lahore over unpaid salaries.", "went on a strike", "strike",
     ("Doctors", "PAK", "HLH")),
])
def test_pen_down_strike(pipeline, text: str, word: str, mode: str, source: tuple) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == "PROTEST" and event.plover["mode"] == mode
    assert _first(event.source) == source
