"""A month written in a date is no actor: "On 12 March 2020" names no marchers (the lead, session 30)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "On 12 March 2020, a bomb exploded near a market in Maiduguri, killing three people.",
    "On 19 March 2022, gunmen shot dead a trader in Kaduna town.",
])
def test_a_month_in_a_date_names_no_doer(events_of, text: str) -> None:
    events = events_of(text)
    assert events
    assert "March" not in [a.text for e in events for a in e.source]


def test_a_march_still_names_its_marchers(events_of) -> None:
    """Control: a march that is a protest keeps its marchers."""
    events = events_of("On 4 May 2021, a march by nurses in Nairobi demanded unpaid wages.")
    assert any(e.plover["type"] == "PROTEST" and [a.text for a in e.source] == ["nurses"] for e in events)
