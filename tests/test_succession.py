"""Countries as they stood on the event's day (chronica.succession): a place or an actor of a state that
did not yet exist is coded with the state it was part of; later events, and undated ones, keep today's map."""

from __future__ import annotations

import pytest

from chronica.succession import as_of


@pytest.mark.parametrize(("iso3", "date", "expected"), [
    ("SSD", "1995-03-03", "SDN"), ("SSD", "2011-07-08", "SDN"), ("SSD", "2011-07-09", "SSD"),
    ("SSD", "2011", "SSD"), ("ERI", "1990-06-02", "ETH"), ("XKX", "1999-04-01", "SRB"),
    ("XKX", "2008-02-17", "XKX"), ("SSD", None, "SSD"), ("SDN", "1995-03-03", "SDN"), (None, "1995", None),
])
def test_the_state_of_the_day(iso3: str | None, date: str | None, expected: str | None) -> None:
    assert as_of(iso3, date) == expected


@pytest.mark.parametrize("text", [
    "On 3 March 1995, rebels shelled the southern town of Juba, killing 20 people.",
    "Rebels shelled the town of Juba on Sunday, killing about 20 people, relief officials said.",
    "Gunmen attacked a market in Yei on Tuesday and killed six traders, witnesses said.",
])
def test_a_town_of_today_s_south_sudan_was_in_sudan_before_2011(primary_of, text: str) -> None:
    ev = primary_of(text, published="1995-03-06")
    assert ev.location is not None and ev.location.country == "SDN"
    assert all(a.country == "SDN" for a in ev.target), [(a.country, a.acled_actor) for a in ev.target]
    assert not any("South Sudan" in (a.acled_actor or "") for a in ev.source + ev.target)


def test_the_same_town_after_independence_is_south_sudan(primary_of) -> None:
    ev = primary_of("Rebels shelled the town of Juba on Sunday, killing about 20 people.",
                  published="2016-07-11")
    assert ev.location is not None and ev.location.country == "SSD"


def test_an_undated_story_keeps_today_s_map(primary_of) -> None:
    ev = primary_of("Rebels shelled the town of Juba on Sunday, killing about 20 people.")
    assert ev.location is not None and ev.location.country == "SSD"


@pytest.mark.parametrize(("text", "published", "country", "sector"), [
    ("SPLA rebels ambushed an army convoy near Torit, killing 12 soldiers.", "1994-05-04", "SDN", "REB"),
    ("The SPLA attacked a garrison town in the south on Monday, the army said.", "1997-01-14", "SDN", "REB"),
    ("SPLA soldiers clashed with SPLA-IO fighters near Bor, killing 12.", "2014-05-04", "SSD", "MIL"),
])
def test_the_spla_was_sudan_s_rebels_and_became_south_sudan_s_army(primary_of, text: str, published: str,
                                                                   country: str, sector: str) -> None:
    ev = primary_of(text, published=published)
    assert ev.source and (ev.source[0].country, ev.source[0].sector) == (country, sector)


def test_eritrea_before_1993_was_ethiopia(primary_of) -> None:
    ev = primary_of("Rebels attacked an army garrison near Asmara on Saturday, officials said.",
                  published="1990-06-04")
    assert ev.location is not None and ev.location.country == "ETH"
