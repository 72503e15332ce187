"""Round speed59: the shortcuts give the answers of the long way (sentences invented for the tests).

Groups of states named by their region are searched only in texts holding the last word of such a name;
a respelling's candidates are tested for their place before their spelling.
"""

from __future__ import annotations

import pytest

from chronica import default_pipeline
from chronica.geo.resolve import _LOCATIVE_BEFORE, _may_name_state_group, _state_group_spans, _state_groups
from chronica.ingest import document_from_text


def _long_way(text: str) -> list[tuple[int, int]]:
    """Every group of states the full pattern finds, as the search did before the shortcut."""
    return [m.span() for m in _state_groups().finditer(text)
            if _LOCATIVE_BEFORE.search(text[max(m.start() - 24, 0):m.start()]) is None]


@pytest.mark.parametrize("text", [
    "Australia promised loans to Pacific island nations hit by the cyclone.",
    "The foreign minister briefed the BALTIC STATES on the new sanctions.",
    "Troops were moved to bases in the Baltic states last spring.",
    "Envoys of Western Balkan countries' governments met in Tirana.",
    "Ministers of the Sahel countries met in Niamey; Nordic governments sent observers.",
    "The mayor of Zürich welcomed delegates from Central Asian republics.",
    "İstanbul hosted a summit of Turkic states and Gulf monarchies.",
    "Gunmen killed four farmers near Kaduna on Tuesday.",
    "The United States sent aid to the flooded districts.",
    "",
])
def test_state_groups_found_as_by_the_full_search(text: str) -> None:
    assert _state_group_spans(text) == _long_way(text)


@pytest.mark.parametrize("text, holds", [
    ("Gunmen killed four farmers near Kaduna on Tuesday.", False),
    ("Police dispersed protesters in Lagos.", False),
    ("Aid went to CARIBBEAN ISLAND NATIONS after the storm.", True),
    ("Delegates of Arab governments met in Cairo.", True),
    ("Envoys from the Gulf monarchies arrived in Doha.", True),
])
def test_state_group_precheck(text: str, holds: bool) -> None:
    """A text without the last word of any group's name cannot name a group; one with it is searched."""
    assert _may_name_state_group(text) is holds


def _coded(text: str) -> list:
    return default_pipeline().code(document_from_text(text, doc_id="speed59"))


@pytest.mark.parametrize("text, actor", [
    ("China pledged $5 million in aid to Pacific island nations on Monday.", "Pacific"),
    ("Russia threatened the Baltic states with retaliation over the transit ban.", "Baltic"),
])
def test_state_group_still_a_party(text: str, actor: str) -> None:
    """A group of states named in a story is still a party of its event, no town inside its name."""
    events = _coded(text)
    assert events
    names = [a.name or "" for e in events for a in e.source + e.target]
    assert any(actor in n for n in names), names
    assert all(e.location is None or e.location.name not in ("Pacific", "Baltic") for e in events)


@pytest.mark.parametrize("text, country", [
    ("Gunmen killed three traders in Quamishli city in al-Hasakeh on Sunday.", "SYR"),
    ("Militants shelled a market in Ras al Ain, al-Hasakeh, killing two people.", "SYR"),
])
def test_respelt_town_still_placed(text: str, country: str) -> None:
    """A town the gazetteer knows only by another spelling, told with its region, is still placed there."""
    events = _coded(text)
    assert events
    assert any(e.location is not None and e.location.country == country for e in events)
