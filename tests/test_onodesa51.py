"""A state's strike is a blow, not a walkout (round onodesa51, item ukraine-2): "a Russian strike on Odesa"
names a town the geocoder resolved (or, with a state's modifier, a proper name struck at) however the tagger
labels it, so the strike noun is an air strike and no protest event is coded; "strikes on Ukraine's energy
grid / the power system" strike at things the entry lists; a strike told by a state's modifier that is the
subject of a verb of harm or damage ("A Russian strike hit a hotel", "Russian strikes damaged two power
plants", "a US strike killed a commander") is an air strike by that state's forces. Walkouts keep their
class: "began a strike on Monday", "a strike on the railways", "the strike hit production", "German strikes
hit car plants", "a nationwide strike hit hospitals". Sentences written for the test, each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="onodesa51", published="2024-06-15")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _kind(event) -> tuple[str | None, str | None, str | None]:
    return event.plover.get("type"), event.plover.get("mode") or None, event.cameo.get("code")


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


AIR = ("ASSAULT", "aerial", "195")
WALKOUT = ("PROTEST", "strike", "143")
RUS, UKR_GOV = "Military Forces of Russia", "Government of Ukraine"


# 1. a strike "on" a named town, whatever entity the tagger gives it: an air strike, no protest
@pytest.mark.parametrize("text, word, source", [
    ("A Russian strike on Odesa killed four people.", "strike", RUS),
    ("A Russian strike on Kherson killed two people.", "strike", RUS),
    ("Overnight Russian strikes on Kyiv killed three people.", "strikes", RUS),
    ("A Ukrainian strike on Sevastopol wounded 12 people.", "strike", "Military Forces of Ukraine"),
    ("An Israeli strike on Rafah killed nine people.", "strike", "Military Forces of Israel"),
    # variants
    ("A Russian strike on Zaporizhzhia killed a woman.", "strike", RUS),
    ("An Israeli strike on Khan Younis killed six people.", "strike", "Military Forces of Israel"),
    ("A Turkish strike on Qamishli killed two fighters.", "strike", "Military Forces of Turkey"),
    ("Overnight Russian strikes on Lviv injured four people.", "strikes", RUS),
    ("Israel's strike on Rafah killed nine people.", "strike", "Military Forces of Israel"),
    # controls: named as places by the tagger, or an air strike by its own word
    ("The Russian strike on Chernihiv killed 18 people.", "strike", RUS),
    ("An Israeli strike on Gaza City killed five people.", "strike", "Military Forces of Israel"),
    ("A Russian strike on a hospital in Kharkiv injured seven people.", "strike", RUS),
    ("A Russian airstrike on Kharkiv killed three people.", "airstrike", RUS),
])
def test_strike_on_a_town_is_an_air_strike(pipeline, text: str, word: str, source: str) -> None:
    events = _events(pipeline, text)
    assert not [e for e in events if e.plover.get("type") == "PROTEST"]
    event = next(e for e in events if e.trigger.text == word)
    assert _kind(event) == AIR
    assert event.acled.get("event_type") == "Explosions/Remote violence"
    assert [a.name for a in event.source] == [source]


@pytest.mark.parametrize("text, word, where", [
    # the town's country where the geocoder knows the name in this frame (ukraine-1 covers the rest)
    ("A Russian strike on Odesa killed four people.", "strike", "UKR"),
    ("Overnight Russian strikes on Kyiv killed three people.", "strikes", "UKR"),
    ("A Ukrainian strike on Sevastopol wounded 12 people.", "strike", "UKR"),
    ("A strike on Kharkiv killed two people, the governor said.", "strike", "UKR"),
    ("Overnight Russian strikes on Lviv injured four people.", "strikes", "UKR"),
    # controls
    ("The Russian strike on Chernihiv killed 18 people.", "strike", "UKR"),
    ("An Israeli strike on Gaza City killed five people.", "strike", "PSE"),
])
def test_strike_on_a_town_is_placed_there(pipeline, text: str, word: str, where: str) -> None:
    event = _event(pipeline, text, word)
    assert _kind(event) == AIR
    assert _where(event) == where


# 2. strikes on the energy system: things the entry lists, not a walkout's sector
@pytest.mark.parametrize("text, word, target", [
    ("Russian strikes on Ukraine's energy grid left millions without power.", "strikes", UKR_GOV),
    ("Russian strikes on the Ukrainian power system continued overnight.", "strikes", UKR_GOV),
    # variants
    ("Russian strikes on Ukraine's power grid caused blackouts in several cities.", "strikes",
     UKR_GOV),
    ("Russian strikes on the Ukrainian energy system forced emergency power cuts.", "strikes",
     UKR_GOV),
])
def test_strike_on_the_energy_system_is_an_air_strike(pipeline, text: str, word: str, target: str) -> None:
    events = _events(pipeline, text)
    event = next(e for e in events if e.primary)
    assert event.trigger.text == word
    assert _kind(event) == AIR
    assert [a.name for a in event.source] == [RUS]
    assert [a.name for a in event.target] == [target]


# 3. a state's strike as the subject of harm or damage: an air strike by its forces
@pytest.mark.parametrize("text, word, source, where", [
    ("A Russian strike damaged a power plant in the Kharkiv region.", "strike", RUS, "UKR"),
    ("Russian strikes damaged two thermal power plants in the Kharkiv region.", "strikes",
     RUS, "UKR"),
    ("Russian strikes hit energy facilities in five regions.", "strikes", RUS, None),
    ("A Russian strike hit a hotel in Kramatorsk.", "strike", RUS, "UKR"),
    ("Russian strikes damaged the power grid in Odesa.", "strikes", RUS, "UKR"),
    # variants
    ("A Russian strike destroyed a hotel in Zaporizhzhia.", "strike", RUS, "UKR"),
    ("Russian strikes damaged an apartment block in Dnipro.", "strikes", RUS, "UKR"),
    ("Israeli strikes destroyed two houses in Rafah.", "strikes", "Military Forces of Israel", "PSE"),
    ("Russian strikes destroyed a bridge and a warehouse near Kherson.", "strikes", RUS,
     "UKR"),
    ("A US strike killed a militia commander in Baghdad.", "strike", "Military Forces of the United States",
     "IRQ"),
    ("Israeli strikes killed four people in Gaza.", "strikes", "Military Forces of Israel", "PSE"),
])
def test_a_states_strike_that_harms_is_an_air_strike(pipeline, text: str, word: str, source: str,
                                                     where: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _kind(event) == AIR
    assert [a.name for a in event.source] == [source]
    if where is not None:
        assert _where(event) == where


# controls: walkouts stay walkouts, and a walkout "hitting" a sector or its workplaces is no blow
@pytest.mark.parametrize("text, word", [
    ("Dockworkers in Odesa went on strike over unpaid wages.", "went on strike"),
    ("Miners in Kryvyi Rih staged a strike demanding higher pay.", "strike"),
    ("Teachers in Kyiv held a one-day strike over salaries.", "strike"),
    ("French rail workers began a strike on Monday.", "strike"),
    ("Unions called a strike on the railways.", "strike"),
    ("Dock workers in Odesa began a strike on Monday.", "strike"),
    ("Nurses in Kyiv held a strike over pay.", "strike"),
    ("A nationwide strike hit hospitals and schools.", "strike"),
    ("Palestinians held a general strike in Ramallah.", "general strike"),
])
def test_walkouts_stay_walkouts(pipeline, text: str, word: str) -> None:
    event = _event(pipeline, text, word)
    assert _kind(event) == WALKOUT


@pytest.mark.parametrize("text", [
    "The strike hit production at the plant.",
    "German strikes hit car plants across the country.",
    "French strikes disrupted flights across the country.",
    "The teachers' strike hit schools in Kyiv.",
])
def test_a_walkout_hitting_things_is_no_air_strike(pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.plover.get("type") == "ASSAULT"]


@pytest.mark.parametrize("text, word, source", [
    # controls: a state named as the subject of launching strikes keeps its government
    ("Israel launched strikes on Gaza.", "strikes", "Government of Israel"),
    ("A Russian missile strike on Dnipro wounded 15 people.", "strike", RUS),
])
def test_state_strike_controls(pipeline, text: str, word: str, source: str) -> None:
    event = _event(pipeline, text, word)
    assert event.plover.get("type") == "ASSAULT"
    assert [a.name for a in event.source] == [source]
