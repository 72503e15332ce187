"""Wire idioms of diplomacy (round wire59, items wire-1 and wire-2): agency copy's set phrases are events.
"Lodged (stern) representations" is a diplomatic protest (ACCUSE 111); calling a leader a killer, a butcher,
the devil or "a son of a ..." is disapproval of him, never a phone call; vowing to wipe a state off the map or
to annihilate it is a threat of force (THREATEN 138); a state that
forces an airliner to land coerces; captives handed back are released; troops ordered into a named place are
deployed (MOBILIZE); eased border controls are a concession. Talks with a named partner held in a third
state's capital take no host government as their target. Controls keep their coding. Sentences written for
the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="wire59", published="2019-03-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _types(pipeline, text: str) -> set[str]:
    return {e.plover["type"] for e in _events(pipeline, text)}


# 1. representations lodged or made: a diplomatic protest of one state to another
@pytest.mark.parametrize("text, word, source, target", [
    ("Beijing lodged stern representations with Tokyo over the shrine visit.", "lodged", "CHN", "JPN"),
    ("China lodged solemn representations with Canada on Friday.", "lodged", "CHN", "CAN"),
    ("China made stern representations to Australia over the remarks.", "made", "CHN", "AUS"),
])
def test_representations_are_a_protest(pipeline, text: str, word: str, source: str, target: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover["type"], event.cameo["code"]) == ("ACCUSE", "111")
    assert [a.country for a in event.source] == [source]
    assert target in {a.country for a in event.target}


# 2. a leader called an insulting name: disapproval of him, not a telephone call
@pytest.mark.parametrize("text, source, target", [
    ("Maduro called Duque a killer on state television.", "VEN", "COL"),
    ("Poroshenko called Putin a butcher.", "UKR", "RUS"),
    ("Chavez called Bush the devil at the United Nations.", "VEN", "USA"),
    ("Erdogan called Assad a son of a bitch.", "TUR", "SYR"),
])
def test_insulting_name_is_disapproval(pipeline, text: str, source: str, target: str) -> None:
    event = _event(pipeline, text, "called")
    assert (event.plover["type"], event.cameo["code"]) == ("ACCUSE", "111")
    assert [a.country for a in event.source] == [source]
    assert [a.country for a in event.target] == [target]


# 3. a vow to wipe a state off the map or to annihilate it: a threat of force
@pytest.mark.parametrize("text, word, target", [
    ("Iran's president vowed to wipe Israel off the map.", "wipe", "ISR"),
    ("North Korea vowed to annihilate the United States.", "annihilate", "USA"),
])
def test_vow_to_annihilate_is_threat(pipeline, text: str, word: str, target: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover["type"], event.cameo["code"]) == ("THREATEN", "138")
    assert [a.country for a in event.target] == [target]


# 5. an airliner forced down: coercion by the state; not when the weather forces it
def test_forced_landing_is_coercion(pipeline) -> None:
    event = _event(pipeline, "Belarus forced a Lufthansa jet to land in Minsk on Sunday.", "forced")
    assert event.plover["type"] == "COERCE"
    assert [a.country for a in event.source] == ["BLR"]


def test_weather_forced_landing_is_no_event(pipeline) -> None:
    assert not [e for e in _events(pipeline, "Bad weather forced the plane to land in Minsk.")
                if e.trigger.text == "forced"]


# 6. captives handed back: a release
def test_captive_handed_back_is_release(pipeline) -> None:
    event = _event(pipeline, "India handed the captured Pakistani soldier back to Pakistan.", "handed")
    assert (event.plover["type"], event.plover.get("mode")) == ("RETREAT", "release")


# 7. troops ordered into a named place: deployed
@pytest.mark.parametrize("text", [
    "Yeltsin ordered troops into Dagestan.",
    "Putin ordered troops into Crimea in February.",
])
def test_troops_ordered_into_place_are_mobilised(pipeline, text: str) -> None:
    event = _event(pipeline, text, "ordered")
    assert event.plover["type"] == "MOBILIZE"


# 8. border controls eased: a concession
def test_eased_border_controls_is_concession(pipeline) -> None:
    event = _event(pipeline, "Hungary eased its border controls on Monday.", "eased")
    assert event.plover["type"] == "CONCEDE"
    assert [a.country for a in event.source] == ["HUN"]


# 9. a meeting in a third capital with the partner named: the venue's government is no target
def test_named_partner_blocks_host_capital(pipeline) -> None:
    event = _event(pipeline, "Trump met Kim in Singapore.", "met")
    assert event.plover["type"] == "CONSULT"
    assert "SGP" not in {a.country for a in event.target}


# controls: near sentences that keep their coding
def test_controls(pipeline) -> None:
    assert _event(pipeline, "Tokyo lodged a protest with Beijing.", "lodged").cameo["code"] == "111"
    assert "ACCUSE" not in _types(pipeline, "The minister called the decision a step forward.")
    phone = _event(pipeline, "Merkel called Macron on Monday.", "called")
    assert phone.plover["type"] == "CONSULT"
    assert _event(pipeline, "Iran vowed to destroy Israel.", "destroy").plover["type"] == "THREATEN"
    assert _event(pipeline, "Pakistan handed over the captured pilot to India.", "handed").plover["type"] == (
        "RETREAT")
    talks = _event(pipeline, "The Japanese foreign minister held talks in Seoul on Tuesday.", "held talks")
    assert "KOR" in {a.country for a in talks.target}
    assert _event(pipeline, "Erdogan called Netanyahu a war criminal.", "called").plover["type"] == "ACCUSE"
