"""The founding document: a 1997 statement on the end of the Lima embassy hostage crisis.

It is read from ../shared/data/seed/ and never copied into the repository; the tests skip without it.
"""

from __future__ import annotations

import pytest

from chronica import to_dict
from chronica.ingest import document_from_text


@pytest.fixture(scope="module")
def seed(pipeline, shared):
    path = shared("seed/lima-embassy-1997.md")
    document = document_from_text(path.read_text(encoding="utf-8"), path=str(path))
    events = [to_dict(e) for e in pipeline.code(document)]
    return document, events


def _countries(actors):
    return {a["country"] for a in actors}


def _sectors(actors):
    return {a["sector"] for a in actors}


def _names(actors):
    return {a["name"] for a in actors}


def _real(events):
    return [e for e in events if not e["modality"]["negated"] and not e["modality"]["hypothetical"]]


def test_metadata_and_cleaning(seed):
    document, _ = seed
    assert document.url == "https://www.internationalviewpoint.org/spip.php?article228"
    assert document.title == "The Lima embassy massacre"
    assert document.published == "1997-06-03"
    assert document.publication == "International Viewpoint"
    assert "â€" not in document.text
    assert "Copyright" not in document.text and "All rights reserved" not in document.text


def test_the_raid_is_an_assault_by_peru_on_the_mrta_in_lima(seed):
    _, events = seed
    raids = [
        e for e in _real(events)
        if e["plover"]["type"] == "ASSAULT"
        and "PER" in _countries(e["source"]) and _sectors(e["source"]) & {"GOV", "MIL"}
        and "MRTA" in _names(e["target"])
    ]
    assert raids, "no ASSAULT by Peru's government on the MRTA"
    raid = raids[0]
    assert {a["country"] for a in raid["target"]} == {"PER"}
    assert {a["sector"] for a in raid["target"]} == {"REB"}
    assert raid["location"]["name"] == "Lima" and raid["location"]["country"] == "PER"
    assert raid["fatalities"] is None
    assert raid["acled"]["event_type"] == "Battles"


def test_negated_events_are_not_attacks_by_the_mrta(seed):
    _, events = seed
    negated = [e for e in events if e["modality"]["negated"]]
    assert {e["trigger"]["text"] for e in negated} >= {"killed", "injured"}
    for e in _real(events):
        if e["plover"]["type"] == "ASSAULT":
            assert "MRTA" not in _names(e["source"])
    assert not any(e["primary"] for e in negated)


def test_foreign_support_for_the_peruvian_government(seed):
    _, events = seed
    helpers = [
        e for e in _real(events)
        if e["plover"]["type"] in ("AID", "SUPPORT") and "PER" in _countries(e["target"])
    ]
    sources = set().union(*(_countries(e["source"]) for e in helpers)) if helpers else set()
    assert {"USA", "GBR", "ISR"} <= sources
    japan = [
        e for e in _real(events)
        if e["plover"]["type"] in ("SUPPORT", "COOPERATE") and "JPN" in _countries(e["source"])
    ]
    assert japan and _sectors(japan[0]["source"]) == {"GOV"}


def test_congratulations_to_fujimori(seed):
    _, events = seed
    congrats = [
        e for e in _real(events)
        if e["plover"]["type"] == "SUPPORT" and "Alberto Fujimori" in _names(e["target"])
    ]
    assert congrats


def test_fourth_international_solidarity_and_demand(seed):
    _, events = seed
    solidarity = [
        e for e in _real(events)
        if e["plover"]["type"] == "SUPPORT" and "MRTA" in _names(e["target"])
    ]
    assert solidarity
    assert any("Fourth International" in (a["name"] or "") for a in solidarity[0]["source"])
    demands = [
        e for e in _real(events)
        if e["plover"]["type"] == "REQUEST"
        and "PER" in _countries(e["target"]) and "GOV" in _sectors(e["target"])
    ]
    assert demands
    assert any("Fourth International" in (a["name"] or "") for a in demands[0]["source"])


def test_no_invented_dates(seed):
    _, events = seed
    assert events
    for e in events:
        assert e["date"]["basis"] == "published"
        assert e["date"]["value"] == "1997-06-03"


def test_exactly_one_primary_and_it_is_the_raid(seed):
    _, events = seed
    primary = [e for e in events if e["primary"]]
    assert len(primary) == 1
    assert primary[0]["plover"]["type"] == "ASSAULT"
