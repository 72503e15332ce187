"""Round era49: news of 1979-2005. An office title before a shared surname picks the person who held that
office ("President Clinton" is Bill, "Secretary of State Clinton" Hillary); a people's own army ("Bosnian Serb
forces") is rebels of its state, not the state's military. Sentences written for the test, with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, published: str | None = None) -> list:
    return pipeline.code(document_from_text(text, doc_id="era49", published=published))


def _primary(pipeline, text: str, published: str | None = None):
    return next((e for e in _events(pipeline, text, published) if e.primary), None)


@pytest.mark.parametrize("text, published, name", [
    ("President Clinton urged Netanyahu to halt construction of Jewish settlements in East Jerusalem.", None,
     "Bill Clinton"),
    ("President Clinton visited Haiti.", "2010-05-01", "Bill Clinton"),
    ("Prime Minister Bhutto met President Zia in Islamabad.", None, "Benazir Bhutto"),
    # controls
    ("Secretary of State Clinton urged Netanyahu to halt construction of settlements.", None,
     "Hillary Clinton"),
    ("Secretary of State Clinton visited Haiti.", "2010-05-01", "Hillary Clinton"),
    ("Clinton urged Netanyahu to halt construction of Jewish settlements.", None, "Bill Clinton"),
    ("Prime Minister Bhutto met Indian officials.", "1975-05-01", "Zulfikar Ali Bhutto"),
])
def test_a_title_picks_the_holder_of_its_office(pipeline, text, published, name) -> None:
    assert _primary(pipeline, text, published).source[0].name == name


def test_president_zia_is_a_president(pipeline) -> None:
    event = _primary(pipeline, "Prime Minister Bhutto met President Zia in Islamabad.")
    assert event.target[0].name == "Muhammad Zia-ul-Haq"


@pytest.mark.parametrize("text, country, sector", [
    ("Bosnian Serb forces overran the U.N.-protected enclave of Srebrenica on Tuesday.", "BIH", "REB"),
    ("Bosnian Serb troops shelled the Moslem enclave of Gorazde.", "BIH", "REB"),
    ("Bosnian Croat forces massacred Moslem villagers in Ahmici.", "BIH", "REB"),
    ("Bosnian Serbs took 300 U.N. peacekeepers hostage.", "BIH", "REB"),
    ("Croatian Serb forces shelled Zagreb.", "HRV", "REB"),
    ("Croatian Serb rebels shelled Zagreb.", "HRV", "REB"),
    # controls: the state's own army and the people as civilians
    ("Bosnian government forces shelled Serb positions near Sarajevo.", "BIH", "MIL"),
    ("Bosnian Muslim forces attacked Serb positions near Sarajevo.", "BIH", "MIL"),
    ("Bosnian Serb civilians fled the town.", "BIH", "CVL"),
    ("Iraqi forces attacked Kurdish villages.", "IRQ", "MIL"),
])
def test_a_peoples_own_army_is_rebels_of_its_state(pipeline, text, country, sector) -> None:
    source = _primary(pipeline, text).source[0]
    assert (source.country, source.sector) == (country, sector)


def test_srebrenica_overrun_by_rebels_is_territory_taken_by_a_non_state_actor(pipeline) -> None:
    event = _primary(pipeline, "Bosnian Serb forces overran the enclave of Srebrenica on Tuesday.")
    assert event.acled["sub_event_type"] == "Non-state actor overtakes territory"
