"""Tests for chronica.when: finding date expressions and dating events."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest

from chronica.record import DateInfo
from chronica.when import event_date, find_dates

PUB = "2020-05-13"  # a Wednesday
ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / ".." / "shared" / "data" / "gold" / "acled-2020-dev.csv"


def values(text: str, published: str | None = PUB, **kw) -> list[tuple[str | None, str | None]]:
    return [(d.value, d.precision) for d in find_dates(text, published, **kw)]


def one(text: str, published: str | None = PUB, **kw) -> DateInfo:
    found = find_dates(text, published, **kw)
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------------------- stated dates


@pytest.mark.parametrize(
    "text, value, precision",
    [
        ("On 9 May 2020, protesters gathered in the square.", "2020-05-09", "day"),
        ("9 May 2020", "2020-05-09", "day"),
        ("the 9th of May, 2020", "2020-05-09", "day"),
        ("May 9, 2020", "2020-05-09", "day"),
        ("Sept. 9, 1997", "1997-09-09", "day"),
        ("22/04/1997", "1997-04-22", "day"),
        ("04/22/2013", "2013-04-22", "day"),  # second number > 12: month first
        ("22.04.1997", "1997-04-22", "day"),
        ("1997-04-22", "1997-04-22", "day"),
        ("troops withdrew in April 1997 from the town", "1997-04", "month"),
        ("clashes in mid-April 2020", "2020-04", "month"),
        ("the party was founded in 1997.", "1997", "year"),
        ("Fighting has continued since 2011 in the region.", "2011", "year"),
        ("a referendum held during 1998 and", "1998", "year"),
        ("elections due by mid-2021.", "2021", "year"),
        ("from 2019-2020 the war", "2019", "year"),
    ],
)
def test_stated(text: str, value: str, precision: str) -> None:
    d = one(text)
    assert (d.value, d.precision, d.basis) == (value, precision, "text")
    assert text[d.start : d.end] == d.text


def test_offsets_and_order() -> None:
    text = "On 9 May 2020 police fired. On 10 May 2020 they left. Since 2011 it has been tense."
    found = find_dates(text)
    assert [d.value for d in found] == ["2020-05-09", "2020-05-10", "2011"]
    assert all(text[d.start : d.end] == d.text for d in found)
    assert [d.start for d in found] == sorted(d.start for d in found)


def test_weekday_with_date_is_one_expression() -> None:
    d = one("On Saturday, May 9, 2020, hundreds marched.")
    assert d.value == "2020-05-09" and d.text == "Saturday, May 9, 2020" and d.basis == "text"


def test_numeric_order() -> None:
    assert one("04/05/2013").value == "2013-05-04"  # day first by default
    assert one("04/05/2013", us_order=True).value == "2013-04-05"
    assert one("22/04/1997", us_order=True).value == "1997-04-22"  # only one reading possible
    assert one("9/5/20").value == "2020-05-09"
    assert values("scored 3/4/5 on the test") == []
    assert values("in 1.2.20 of the rules") == []


@pytest.mark.parametrize(
    "text, value, kept",
    [
        ("between 3 and 5 May 2020", "2020-05-03", "between 3 and 5 May 2020"),
        ("from 3-5 May 2020", "2020-05-03", "from 3-5 May 2020"),
        ("30 April - 2 May 2020", "2020-04-30", "30 April - 2 May 2020"),
        ("between May 3 and May 5, 2020", "2020-05-03", "between May 3 and May 5, 2020"),
        ("May 3-5, 2020", "2020-05-03", "May 3-5, 2020"),
        ("30 December to 2 January 2021", "2020-12-30", "30 December to 2 January 2021"),
    ],
)
def test_ranges_give_first_day(text: str, value: str, kept: str) -> None:
    d = one(text)
    assert (d.value, d.precision, d.text) == (value, "day", kept)


# ---------------------------------------------------------------------------- traps


@pytest.mark.parametrize(
    "text",
    [
        "Rebels may attack the town, officials warned.",
        "Militants may strike again.",
        "The march ended peacefully in the capital.",
        "Theresa May said the talks would continue.",
        "Theresa May 2019 leadership contest",
        "Mrs May 12 times refused",
        "Police said 1997 people were detained.",
        "He lives at 1997 Main St in the city.",
        "The attack resulted in 2000 deaths.",
        "a crowd of 2000 demonstrators gathered",
        "the Long March 5 rocket",
        "Her 1990 album sold well.",
        "May's government fell.",
        "Crowds gathered on Good Friday.",
    ],
)
def test_traps(text: str) -> None:
    assert find_dates(text, PUB) == []


def test_march_noun_but_sunday_is_a_date() -> None:
    d = one("Thousands joined the march on Sunday in the capital.")
    assert (d.value, d.basis, d.text) == ("2020-05-10", "relative", "on Sunday")


def test_may_in_month_cue() -> None:
    d = one("Elections were postponed in May.", "2020-07-01")
    assert (d.value, d.precision, d.basis) == ("2020-05", "month", "relative")


# ---------------------------------------------------------------------------- relative dates


@pytest.mark.parametrize(
    "text, value, precision",
    [
        ("Police fired tear gas yesterday.", "2020-05-12", "day"),
        ("Police fired tear gas yesterday evening.", "2020-05-12", "day"),
        ("Talks resume today.", "2020-05-13", "day"),
        ("Gunmen attacked the village last night.", "2020-05-12", "day"),
        ("the day before yesterday", "2020-05-11", "day"),
        ("Two days ago, soldiers entered.", "2020-05-11", "day"),
        ("Protesters marched on Monday.", "2020-05-11", "day"),
        ("Protesters marched Tuesday night.", "2020-05-12", "day"),
        ("Protesters marched last Tuesday.", "2020-05-12", "day"),
        ("Protesters marched on Wednesday.", "2020-05-13", "day"),  # publication day itself
        ("Protesters marched last Wednesday.", "2020-05-06", "day"),
        ("The ministers will meet on Friday.", "2020-05-15", "day"),
        ("The ministers meet next Monday.", "2020-05-18", "day"),
        ("the clashes on April 22 left", "2020-04-22", "day"),
        ("the clashes on 22 April left", "2020-04-22", "day"),
        ("April 22's attack killed four", "2020-04-22", "day"),
        ("In May, 200 people died", "2020-05", "month"),
        ("early May", "2020-05", "month"),
        ("in April the army", "2020-04", "month"),
        ("last December the army", "2019-12", "month"),
        ("earlier this month", "2020-05", "month"),
        ("last month", "2020-04", "month"),
        ("last week", "2020-05", "month"),  # 4-10 May 2020
        ("this week", "2020-05", "month"),  # 11-13 May 2020
        ("over the weekend", "2020-05", "month"),  # 9-10 May 2020
        ("last year", "2019", "year"),
        ("earlier this year", "2020", "year"),
    ],
)
def test_relative(text: str, value: str, precision: str) -> None:
    d = one(text)
    assert (d.value, d.precision, d.basis) == (value, precision, "relative")
    assert text[d.start : d.end] == d.text


def test_weekday_on_publication_day() -> None:
    monday = "2020-05-11"
    assert one("Police said on Monday that ...", monday).value == "2020-05-11"
    assert one("Police said last Monday that ...", monday).value == "2020-05-04"


def test_week_that_crosses_months_is_year_precision() -> None:
    d = one("Clashes broke out last week.", "2020-06-03")  # last week: 25-31 May
    assert (d.value, d.precision) == ("2020-05", "month")
    d = one("Clashes broke out last week.", "2020-07-01")  # last week: 22-28 June
    assert (d.value, d.precision) == ("2020-06", "month")
    d = one("Clashes broke out this week.", "2020-07-02")  # this week: 29 June - 2 July
    assert (d.value, d.precision) == ("2020", "year")


def test_year_from_publication() -> None:
    assert one("the clashes on April 22", "2020-01-10").value == "2019-04-22"
    assert one("the clashes on April 22", "2020-03-01").value == "2020-04-22"  # 52 days ahead
    assert one("elections in July", "2020-05-13").value == "2020-07"
    assert one("protests in December", "2020-01-15").value == "2019-12"
    assert one("The vote will be held on August 30.", "2020-05-13").value == "2020-08-30"


def test_without_publication_date() -> None:
    # nothing to resolve against: relative and year-less expressions are left out
    assert find_dates("Police fired yesterday and on Monday, and again on April 22.") == []
    assert values("On 9 May 2020 and in 1997", None) == [("2020-05-09", "day"), ("1997", "year")]
    assert values("yesterday", "not a date") == []


# ---------------------------------------------------------------------------- event_date


def test_event_date_nearest_to_anchor() -> None:
    text = "On 9 May 2020 talks began, and on 11 May 2020 rebels attacked the base."
    dates = find_dates(text, PUB)
    anchor = text.index("attacked")
    d = event_date(dates, 0, len(text), PUB, anchor)
    assert (d.value, d.basis) == ("2020-05-11", "text")
    d = event_date(dates, 0, len(text), PUB, text.index("talks"))
    assert d.value == "2020-05-09"
    assert event_date(dates, 0, len(text), PUB).value == "2020-05-09"  # no anchor: the first


def test_event_date_falls_back_to_published() -> None:
    text = "Rebels attacked the base. The army responded."
    d = event_date(find_dates(text, PUB), 0, 25, PUB, 7)
    assert d == DateInfo(value=PUB, precision="day", basis="published")
    assert event_date([], 0, 25, None, 7) == DateInfo()
    assert event_date([], 0, 25, "2020-05-13T08:00:00Z").value == PUB


def test_event_date_never_crosses_sentences() -> None:
    text = (
        "Police arrested dozens of protesters in the capital. "
        "The statement was issued by the ministry.\n\n"
        "Some Organisation, 13 May 1997"
    )
    dates = find_dates(text, None)
    assert [d.value for d in dates] == ["1997-05-13"]
    end = text.index(".") + 1
    d = event_date(dates, 0, end, None, text.index("arrested"))
    assert d == DateInfo()
    d = event_date(dates, 0, end, "1997-05-14", text.index("arrested"))
    assert (d.value, d.basis) == ("1997-05-14", "published")


def test_event_date_returns_a_copy() -> None:
    dates = find_dates("On 9 May 2020 rebels attacked.")
    d = event_date(dates, 0, 30, None, 20)
    d.value = "changed"
    assert dates[0].value == "2020-05-09"


# ---------------------------------------------------------------------------- speed and gold


def test_speed() -> None:
    para = (
        "KABUL, May 12 - Taliban fighters attacked a checkpoint in Kunduz on Monday night, "
        "killing 7 soldiers, officials said on Tuesday. The group, which has fought since 2001, "
        "denied it. In March, 1,200 people marched; on 9 May 2020 police may have fired. "
        "Theresa May and 3,000 students met at 1997 Main St. last week, the report said. "
    )
    text = (para * (5000 // len(para) + 1))[:5000]
    found = find_dates(text, PUB)
    assert any(d.value == "2020-05-09" for d in found)
    assert all(text[d.start : d.end] for d in found)


@pytest.mark.skipif(not GOLD.exists(), reason="ACLED gold file not available")
def test_acled_notes() -> None:
    with GOLD.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    hits = 0
    for row in rows:
        gold = datetime.strptime(row["event_date"], "%d-%b-%y").date().isoformat()
        found = find_dates(row["notes"])
        hits += bool(found) and found[0].value == gold
    share = hits / len(rows)
    print(f"\nACLED notes: first date equals event_date in {hits}/{len(rows)} = {share:.3f}")
    assert share >= 0.9
