"""A day that dates a report ("..., officials said on Friday") is not the day of the act reported when
the story told that act's day before: the report's day is kept only when the story gives no other.
Sentences of our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, published, trigger, day", [
    ("Gunmen stormed a village in the north of the country on Tuesday, burning dozens of homes.\n\n"
     "At least nine villagers were killed in the raid, local officials said on Wednesday.",
     "2021-08-19", "raid", "2021-08-17"),
    ("Police raided the offices of an opposition newspaper on Sunday.\n\n"
     "Officers arrested four editors and seized computers, the paper's lawyer told reporters on Monday.",
     "2020-02-11", "arrested", "2020-02-09"),
    ("Protesters marched on the parliament on 3 March, demanding new elections.\n\n"
     "Police fired rubber bullets at the crowd, the interior ministry confirmed on 5 March.",
     "2020-03-06", "fired", "2020-03-03"),
])
def test_reported_act_takes_the_storys_day(event_at, text, published, trigger, day):
    assert event_at(text, trigger, published).date.value == day


@pytest.mark.parametrize("text, published, trigger, day", [
    # no other day in the story: the report's day is the best the story gives
    ("At least nine villagers were killed in a raid in the north, local officials said on Wednesday.",
     "2021-08-19", "raid", "2021-08-18"),
    # the act's own day in its sentence wins as before
    ("Gunmen stormed a village on Tuesday.\n\nThey killed nine villagers on Monday night, officials said "
     "on Wednesday.", "2021-08-19", "killed", "2021-08-16"),
    # what was announced is the act: its day is the announcement's
    ("Rebels attacked an army post on Tuesday.\n\nThe government announced a curfew in the province on "
     "Thursday.", "2021-08-20", "curfew", "2021-08-19"),
])
def test_report_day_kept_where_it_belongs(event_at, text, published, trigger, day):
    assert event_at(text, trigger, published).date.value == day
