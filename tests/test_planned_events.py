"""An event noun called planned, upcoming or scheduled that the sentence's act came before ("ahead of",
"before", "prior to") has not happened: arrests "ahead of a planned strike" are arrests, not a protest met
by the police. A planned protest that took place is a protest. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Police in the capital arrested 35 opposition activists overnight ahead of a planned general strike.",
    "Security forces detained dozens of students on Tuesday before a scheduled protest outside parliament.",
    "Riot police rounded up union leaders on Friday prior to the proposed march on the presidential palace.",
])
def test_arrests_before_an_awaited_protest_are_arrests(events_of, text: str) -> None:
    found = events_of(text)
    main = next(e for e in found if e.primary)
    assert main.acled["sub_event_type"] == "Arrests"
    protest = next(e for e in found if e.plover["type"] == "PROTEST")
    assert protest.modality.future and protest.modality.hypothetical


@pytest.mark.parametrize("text", [
    "Thousands took part in the planned march through the city on Saturday.",
    "Opposition supporters held the planned protest in the capital on Friday.",
    "The planned rally went ahead on Sunday despite a court ban.",
])
def test_a_planned_protest_that_took_place_is_a_protest(events_of, text: str) -> None:
    main = next(e for e in events_of(text) if e.primary)
    assert main.plover["type"] == "PROTEST"
    assert not main.modality.hypothetical
