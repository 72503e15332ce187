"""Actors in peace-process news (round sides49). A city that names a deal, talks or truce after where it was
made ("the Washington accord", "Geneva talks", "the Doha ceasefire") is no party: neither its government an
actor nor the event's place. Sentences written for the test, with controls where the city is a party or the
place of the deed."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return pipeline.code(document_from_text(text, doc_id="sides49"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _countries(actors) -> set:
    return {a.country for a in actors}


def _sides(event) -> list:
    return [(a.country, a.sector) for a in (*event.source, *event.target)]


@pytest.mark.parametrize("text, city", [
    ("Rwandan troops remain in eastern Congo in breach of the Washington accord, a UN expert panel said.",
     "USA"),
    ("Sudan's army rejects Geneva talks invitation.", "CHE"),
    ("Moscow rejected the Geneva talks invitation.", "CHE"),
    ("The M23 denied that it had violated the Doha ceasefire.", "QAT"),
    ("Rebels broke the Doha ceasefire on Sunday.", "QAT"),
    ("The army accused the RSF of breaking the Jeddah declaration.", "SAU"),
    ("Rebels violated the Luanda agreement on Monday, the government said.", "AGO"),
    ("The Pretoria deal was signed by Ethiopia and the TPLF.", "ZAF"),
    ("Houthi rebels violated the Stockholm agreement in Hodeidah.", "SWE"),
    ("Armenia accused Azerbaijan of violating the Moscow truce.", "RUS"),
])
def test_a_city_naming_a_deal_is_no_party(pipeline, text: str, city: str) -> None:
    for event in _events(pipeline, text):
        assert city not in {c for c, _ in _sides(event)}, (event.trigger.text, _sides(event))


def test_the_deal_named_after_a_city_keeps_the_parties(pipeline) -> None:
    accused = _primary(pipeline, "The army accused the RSF of breaking the Jeddah declaration.")
    assert [(a.country, a.sector) for a in accused.source] == [("SDN", "MIL")]
    refused = _primary(pipeline, "Sudan's army rejects Geneva talks invitation.")
    assert refused.plover["type"] == "REJECT"
    assert [(a.country, a.sector) for a in refused.source] == [("SDN", "MIL")]


@pytest.mark.parametrize("text, source, target", [
    # a capital as the doer, a country naming a deal, a leader's plan, a city as the place: unchanged
    ("Washington imposed sanctions on Iran.", "USA", "IRN"),
    ("Kyiv accused Moscow of breaking the truce.", "UKR", "RUS"),
    ("The Iran deal was abandoned by Trump.", "USA", "IRN"),
    ("The Trump peace plan was rejected by the Palestinians.", "PSE", "USA"),
    ("Police in Doha arrested two men.", "QAT", "QAT"),
    ("Moscow rejected the US proposal.", "RUS", "USA"),
])
def test_controls_a_city_or_country_that_is_a_party_stays(pipeline, text: str, source: str,
                                                          target: str) -> None:
    primary = _primary(pipeline, text)
    assert source in _countries(primary.source)
    assert target in _countries(primary.target)
