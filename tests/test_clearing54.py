"""Clearing protests (round clearing54, item land-1): the verbs news uses for ending an occupation or a
blockade by force ("police cleared the protest camp / the blockade / protesters from the road", "removed
activists from the runway", "dragged climate activists off the road", "carried away dozens of protesters",
"tore down the protest camp") are crowd control, as "dispersed" and "broke up" are: the police (or the
authorities) act on the protesters, and ACLED has a protest with intervention. The sit-in or blockade they
cleared stays the crowd's act, never a police blockade. Landmines cleared, rubble or snow cleared, a migrant
camp, acquittals ("cleared of all charges"), removals from office, goods carried off and talks that dragged on
keep their readings. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

PROTEST_WITH_INTERVENTION = ("Protests", "Protest with intervention")


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="clearing54", published="2024-09-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _acled(event) -> tuple[str | None, str | None]:
    return (event.acled or {}).get("event_type"), (event.acled or {}).get("sub_event_type")


# 1. the clearing verb is crowd control by the forces on the protesters
@pytest.mark.parametrize("text, word, source, country", [
    ("Police cleared a protest camp near the Hambach forest.", "cleared", "COP", None),
    ("Authorities cleared the Oceti Sakowin camp ahead of a deadline.", "cleared", "GOV", None),
    ("Riot police cleared a sit-in by farmers on the highway.", "cleared", "COP", None),
    ("No one was injured when police cleared the blockade.", "cleared", "COP", None),
    ("Peruvian police cleared a blockade of the mining corridor on Thursday.", "cleared", "COP", "PER"),
    ("Police cleared protesters from the road.", "cleared", "COP", None),
    ("Police removed activists from tree houses in the Hambach forest.", "removed", "COP", None),
    ("Gendarmes removed dozens of activists from the runway at Schiphol.", "removed", "COP", None),
    ("Police dragged climate activists off the road in Berlin.", "dragged", "COP", "DEU"),
    ("Police used tractors to clear farmers' barricades on the highway.", "clear", "COP", None),
    ("Police cleared the barricades erected by farmers on the A4 motorway.", "cleared", "COP", None),
    # variants
    ("Riot police cleared a protest camp outside the parliament.", "cleared", "COP", None),
    ("Police cleared a roadblock set up by truckers near the border.", "cleared", "COP", None),
    ("Police cleared demonstrators from the square.", "cleared", "COP", None),
    ("Police cleared the barricades on the bridge.", "cleared", "COP", None),
    ("Authorities cleared the camp near the pipeline.", "cleared", "GOV", None),
    ("Police removed protesters from the runway.", "removed", "COP", None),
    ("Police removed protesters from the square.", "removed", "COP", None),  # was a control of ousted53
    ("Officers removed demonstrators blocking the entrance of the ministry.", "removed", "COP", None),
    ("Police dragged protesters off the motorway.", "dragged", "COP", None),
    ("Officers dragged away activists who had glued themselves to the road.", "dragged", "COP", None),
    ("Police dragged away the protesters.", "dragged", "COP", None),
    ("Police carried away dozens of protesters.", "carried", "COP", None),
    ("Police carried away protesters who were blocking the motorway.", "carried", "COP", None),
    ("Police carried away activists from the blockade.", "carried", "COP", None),
])
def test_clearing_is_crowd_control(pipeline, text: str, word: str, source: str, country: str | None) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover.get("type"), event.plover.get("mode")) == ("ASSAULT", "crowd-control")
    assert event.cameo.get("code") == "175"
    assert _acled(event) == PROTEST_WITH_INTERVENTION
    assert [a.sector for a in event.source] == [source]
    assert event.target and all(a.name.startswith("Protesters") and a.inter == 6 for a in event.target)
    if country is not None:
        assert event.source[0].country == country


# 2. a protest camp torn down is destroyed at a protest, as one dismantled
@pytest.mark.parametrize("text", [
    "Police tore down the protest camp in front of the parliament.",
    "Police tore down the protest camp in Uhuru Park.",
])
def test_camp_torn_down(pipeline, text: str) -> None:
    event = _event(pipeline, text, "tore")
    assert (event.plover.get("type"), event.plover.get("mode")) == ("ASSAULT", "destroy")
    assert _acled(event) == PROTEST_WITH_INTERVENTION
    assert [a.sector for a in event.source] == ["COP"]


# 3. the sit-in or blockade cleared stays the crowd's act: never the police's
@pytest.mark.parametrize("text, word, source", [
    ("Riot police cleared a sit-in by farmers on the highway.", "sit-in", "farmers"),
    ("No one was injured when police cleared the blockade.", "blockade", ""),
    ("Peruvian police cleared a blockade of the mining corridor on Thursday.", "blockade", ""),
    ("Police carried away activists from the blockade.", "blockade", ""),
    ("Police cleared a roadblock set up by truckers near the border.", "roadblock", "truckers"),
    # controls: the same as dispersed and broke up give
    ("Police dispersed the blockade.", "blockade", ""),
    ("Police broke up the blockade of the mine in Rosia Montana.", "blockade", ""),
])
def test_cleared_protest_keeps_crowd(pipeline, text: str, word: str, source: str) -> None:
    event = _event(pipeline, text, word)
    assert event.plover.get("type") == "PROTEST"
    assert [a.text for a in event.source] == [source]
    assert all(a.inter == 6 for a in event.source)


# 4. controls: other readings of the verbs stay
@pytest.mark.parametrize("text, word, kind", [
    ("Police dispersed the sit-in.", "dispersed", ("ASSAULT", "crowd-control", "175")),
    ("Police broke up the protest camp.", "broke", ("ASSAULT", "crowd-control", "175")),
    ("Police dismantled a protest camp outside the parliament in Kenya.", "dismantled",
     ("ASSAULT", "destroy", "1712")),
    ("Police cleared 40 landmines from farmland.", "cleared", ("COERCE", "seize", "171")),
    ("Lawmakers voted to remove the president from office.", "remove", ("COERCE", None, "170")),
    # protesters evicted are a crowd put off its ground, as "cleared protesters from" (disperse57)
    ("Police evicted protesters from the square.", "evicted", ("ASSAULT", "crowd-control", "175")),
    ("The president removed the governor from office.", "removed", ("COERCE", None, "170")),
    ("Police carried away stolen goods from the warehouse.", "carried", ("COERCE", "seize", "171")),
    ("Police carried off the stolen goods.", "carried", ("COERCE", "seize", "171")),
])
def test_other_readings_kept(pipeline, text: str, word: str, kind: tuple) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover.get("type"), event.plover.get("mode") or None, event.cameo.get("code")) == kind


@pytest.mark.parametrize("text, word", [
    ("Troops cleared the area of mines.", "cleared"),
    ("Workers cleared the rubble after the earthquake.", "cleared"),
    ("Workers cleared the snow from the road.", "cleared"),
    ("Police cleared the road after the accident.", "cleared"),
    ("The court cleared him of all charges.", "cleared"),
    ("The court cleared three activists of all charges.", "cleared"),
    ("Five protesters were cleared of rioting charges.", "cleared"),
    ("Police cleared a migrant camp in Calais.", "cleared"),
    ("The talks dragged on for years.", "dragged"),
    ("Police dragged the body from the river.", "dragged"),
    ("The wind tore down power lines.", "tore"),
    ("Rescuers carried away the wounded after the blast.", "carried"),
])
def test_no_clearing_event(pipeline, text: str, word: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.trigger.text == word]


@pytest.mark.parametrize("text, acled", [
    # controls: tear gas fired into a camp is no protest's dispersal
    ("Israeli forces fired tear gas into the camp.", ("Violence against civilians", "Attack")),
    ("Soldiers fired tear gas at the Jenin camp.", ("Violence against civilians", "Attack")),
])
def test_tear_gas_in_a_camp(pipeline, text: str, acled: tuple) -> None:
    assert _acled(_event(pipeline, text, "fired")) == acled
