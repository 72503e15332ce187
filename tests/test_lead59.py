"""A wire story is told from its dateline's day (round lead59, items myisr-5 and westafr-5): "CAIRO, Aug 14
(Reuters) - ... on Wednesday" counts its weekdays and "yesterday" from August 14, not from a later publication
or crawl date, and an event the sentence gives no date takes the dateline's day, a date the text states
(`when.dateline_day`, `pipeline._dated`). The dateline's own day is no day "stated earlier in the paragraph"
that would override the lede's "on Tuesday". A dateline of a month and a year ("MAIDUGURI, Nigeria, Sept 2024
- ") is a dateline: its words are cut off the lede and name no actor. Sentences written for the test."""

from __future__ import annotations

import pytest

from chronica.ingest.meta import dateline, dateline_end


@pytest.mark.parametrize("text, published, day, stated", [
    # the weekday counts from the dateline's day
    ("CAIRO, Aug 14 (Reuters) - Israeli air strikes killed at least 40 Palestinians across the Gaza Strip "
     "on Tuesday, health officials said.", "2024-12-02", "2024-08-13", True),
    ("KHARTOUM, March 5 (Reuters) - Paramilitary fighters shelled a market in Omdurman on Sunday, killing "
     "12 people.", "2024-06-20", "2024-03-03", True),
    ("KYIV, Jan 9 (AFP) - Russian missiles struck a power plant in Kharkiv yesterday, officials said.",
     "2024-02-01", "2024-01-08", True),
    # the year of a dateline in late December, published in the new year
    ("MANILA, Dec 30 (Reuters) - Gunmen killed a village chief in Maguindanao on Sunday.", "2025-01-06",
     "2024-12-29", True),
    # no date in the sentence: the dateline's day, which the text states
    ("MANDALAY, Myanmar, May 4 - Soldiers rounded up and killed nine villagers in Sagaing region, residents "
     "said.", "2024-11-22", "2024-05-04", True),
    ("GOMA, Congo, Feb. 11 (AP) - Rebels seized the town of Sake after heavy fighting with the army.",
     "2025-03-01", "2025-02-11", True),
    # a full date in the dateline does not override the lede's own weekday
    ("CAIRO, Aug. 14, 2024 (Reuters) - Israeli air strikes killed 40 Palestinians in Gaza on Tuesday.",
     "2024-12-02", "2024-08-13", True),
    # controls: a story with no dateline, or one with no day, counts from its publication date
    ("Israeli air strikes killed at least 40 Palestinians across the Gaza Strip on Tuesday, health "
     "officials said.", "2024-12-02", "2024-11-26", True),
    ("Soldiers rounded up and killed nine villagers in Sagaing region, residents said.", "2024-11-22",
     "2024-11-22", False),
    ("LIMA (Reuters) - Police arrested 30 protesters in the capital on Friday.", "2024-12-02", "2024-11-29",
     True),
    # a date the sentence states is the event's
    ("CAIRO, Aug 14 (Reuters) - Egypt said on Wednesday that a truck bomb had killed 11 soldiers in Rafah on "
     "July 30.", "2024-12-02", "2024-07-30", True),
])
def test_dateline_day(primary_of, text: str, published: str, day: str, stated: bool) -> None:
    event = primary_of(text, published)
    assert event is not None
    assert event.date.value == day
    assert (event.date.basis != "published") == stated  # a day the text gives, not the publication date


@pytest.mark.parametrize("text, place, rest", [
    ("MAIDUGURI, Nigeria, Sept 2024 - Boko Haram fighters stormed a village.", "MAIDUGURI, Nigeria",
     "Boko Haram fighters"),
    ("PARIS, May 2019 (AFP) - Protesters marched.", "PARIS", "Protesters"),
    ("BAMAKO, Mali, Jan. 2023 - The junta expelled the French ambassador.", "BAMAKO, Mali", "The junta"),
    ("KABUL, 14 May - Gunmen attacked a school.", "KABUL", "Gunmen"),
])
def test_month_year_datelines(text: str, place: str, rest: str) -> None:
    assert dateline(text)[0] == place
    assert text[dateline_end(text):].startswith(rest)


def test_month_year_dateline_names_no_actor(primary_of) -> None:
    event = primary_of("MAIDUGURI, Nigeria, Sept 2024 - Boko Haram fighters stormed the village of Mafa in "
                       "Yobe state, killing 37 people.", "2025-01-15")
    assert event is not None
    assert [a.text for a in event.source] == ["Boko Haram fighters"]
    assert event.source[0].name == "Boko Haram"


@pytest.mark.parametrize("text", [
    "Rebels, Sept 2024 - a report on the war.",  # a capitalised word before a month is no dateline's city
    "The report of May 2019 - a review.",
])
def test_not_datelines(text: str) -> None:
    assert dateline(text) is None
