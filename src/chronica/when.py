"""Find date expressions in news text and date events.

Two functions make up the API the pipeline calls:

* :func:`find_dates` finds every date expression in a text with compiled regular expressions and
  normalises it with plain :mod:`datetime` code (no dateparser: it is slow and reads "may" and
  "march" as months). Stated dates get basis ``"text"``; dates that need the publication date to
  be resolved ("yesterday", "on Monday", "April 22" without a year) get basis ``"relative"``.
* :func:`event_date` picks, for one event, the date expression inside the event's sentence nearest
  to the trigger, else falls back to the publication date (basis ``"published"``).

What is recognised, and the choices made for vague expressions, is documented in docs/dates.md.

Speed: every pattern starts with a single character class followed by a look-behind word-boundary
test (``[JFM...](?<!\\w.)``) rather than ``\\b`` or an optional prefix, so that ``re`` can skip
ahead to candidate characters in C. Optional words before the core of an expression ("between",
"last", "in", "Saturday,") are found afterwards by small patterns anchored at the core's start.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from chronica import yamlio
from chronica.record import DateInfo

__all__ = ["find_dates", "event_date", "parse_published", "background", "dateline_day", "FUTURE_SLACK_DAYS"]

# --------------------------------------------------------------------------------------------
# word lists

_MONTHS = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_FULL_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"}  # fmt: skip
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

# Month names that are also personal names or words. When one of these comes first ("May 9",
# "May 2019", "in May") right after a capitalised word, it is a name ("Theresa May", "Long March
# 5"), unless that word is one of _TITLE_OK.
_NAME_MONTHS = {"may", "march", "april", "june", "august"}
_TITLE_OK = {
    "on", "in", "at", "by", "for", "from", "to", "of", "and", "or", "since", "until", "till",
    "before", "after", "during", "between", "through", "throughout", "early", "late", "mid",
    "last", "this", "next", "the", "around", "about", "as", "reported", "dated", "updated",
    "published", "posted", "date", "end", "beginning", "start", "middle", "circa", "a", "an",
    "that", "then", "but", "so", "if", "when", "while", "only", "also",
}  # fmt: skip
_TITLE_OK.update(_WEEKDAYS)

# A word after a year-like number that shows it is a count: "in 2000 homes", "of 1997 people".
_COUNT_NOUNS = {
    "people", "persons", "person", "men", "women", "children", "police", "troops", "personnel",
    "staff", "militia", "youth", "youths", "civilians", "soldiers", "protesters", "students",
    "workers", "residents", "families", "households", "homes", "houses", "cases", "deaths",
    "votes", "km", "kilometres", "kilometers", "miles", "metres", "meters", "m", "kg", "tons",
    "tonnes", "dollars", "euros", "pounds", "rupees", "units", "hectares", "acres", "feet",
    "times", "members", "refugees", "migrants", "prisoners", "detainees", "rounds", "rockets",
    "shells", "dead", "killed", "injured", "wounded", "arrested", "strong", "more", "others",
}  # fmt: skip
# Lower-case words ending in -s that are not plural nouns, so "in 1997 was" stays a year.
_S_OK = {"was", "has", "is", "as", "this", "its", "his", "thus", "us", "whereas", "towards"}

_PREPOSITIONS = {"in", "since", "until", "till", "during", "throughout", "before", "after"}

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

# Days that name a deed done on them ("the September 11 attacks", "the October 7 attack"): the day of that
# deed, not the latest such day, when a noun of a deed follows (and the story is later); "9/11" always.
_NAMED_DAYS = {(9, 11): 2001, (10, 7): 2023, (7, 7): 2005, (11, 26): 2008}

# "ten years since gunmen killed ...", "the 30th anniversary of the genocide": the deed told after it lies
# that many years before the story
_COUNT_WORDS = {
    **_NUMBER_WORDS, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "twenty-five": 25, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20,
    "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
# Words that end the words between a date and the noun of the deed it names ("the 2000 people killed in
# attacks" is a count): function words, and the count nouns above.
_NOT_DEED_WORDS = {
    "in", "of", "at", "on", "by", "for", "to", "from", "with", "and", "or", "the", "a", "an", "who", "that",
    "which", "was", "were", "is", "are", "had", "has", "have", "as", "after", "before", "since", "during",
} | _COUNT_NOUNS  # fmt: skip

# How many days after publication a date stated without a year may lie and still be read in the
# publication year; later than that it is taken from the year before ("April 22" in a story
# published in January is last April; "elections in July" published in May is this July).
FUTURE_SLACK_DAYS = 62


# --------------------------------------------------------------------------------------------
# regular expressions, compiled once at import


def _words(words: set[str] | list[str]) -> str:
    """Any of ``words`` (given in lower case) written in Title or UPPER case, as a whole word.

    Built as ``[first letters](?<!\\w.)(?:(?<=J)(?:anuary|...)|...)`` so that a pattern starting
    with it has a one-character-class prefix (see the module docstring).
    """
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0].upper(), []).append(w[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        rests = sorted(set(rests), key=len, reverse=True)
        branches.append(f"(?<={first})(?:" + "|".join(rests + [r.upper() for r in rests]) + ")")
    return "[" + "".join(sorted(by_first)) + r"](?<!\w.)(?:" + "|".join(branches) + r")(?![A-Za-z])"


def _plain(words: set[str] | list[str]) -> str:
    """Alternation of words in Title or UPPER case, for use in the middle of a pattern."""
    forms = []
    for w in sorted(set(words), key=len, reverse=True):
        forms += [w.capitalize(), w.upper()]
    return "(?:" + "|".join(forms) + r")(?![A-Za-z])"


_MON = _plain(list(_MONTHS)) + r"\.?"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
_SEP = r"\s*(?:-|–|—|to|and|until|till|through|thru)\s*"
# a number that is not glued to a word, a decimal point, a slash or a dash before it
_NUM_START = r"[0-9](?<![\w.,:/-].)"

# 9 May 2020; 9th of May; 3-5 May 2020; 30 April to 2 May 2020 (d2 is the range's last day)
_RE_DAY_FIRST = re.compile(
    rf"(?P<d1>{_NUM_START}[0-9]?)(?:st|nd|rd|th)?(?!\d)"
    rf"(?:(?:\s+(?:of\s+)?(?P<m1>{_MON})(?:,?\s+(?P<y1>{_YEAR}))?)?{_SEP}(?:the\s+)?(?P<d2>{_DAY}))?"
    rf"\s+(?:of\s+)?(?P<m>{_MON})(?![\w-])(?:,?\s+(?P<y>{_YEAR}))?"
)
# May 9, 2020; April 22; May 3-5, 2020; May 3 to May 5; April 1997; in May (cue checked in code)
_RE_MONTH_FIRST = re.compile(
    rf"(?P<m>{_words(_MONTHS)})\.?"
    rf"(?:\s+(?:the\s+)?(?P<d>{_DAY})(?!\s*(?::|[ap]\.?m\b|%))"
    rf"(?:{_SEP}(?:(?P<m2>{_MON})\s+)?(?P<d2>{_DAY}))?)?"
    rf"(?:,?\s*(?P<y>{_YEAR}))?(?P<poss>['’]s)?"
)
# 1997 (a cue before it is checked in code); `next` is the word after, to spot counts
_RE_YEAR = re.compile(
    r"[12](?<![\w.,$£€/:].)(?:(?<=1)[89]\d\d|(?<=2)0\d\d)(?!\d)(?!\s*%|[.,:]\d)"
    r"(?!\s+(?:[NSEW]\.?\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+(?:St|Street|Ave|Avenue|Rd|Road"
    r"|Blvd|Boulevard|Lane|Ln|Drive|Dr|Way|Highway|Hwy|Court|Ct|Place|Pl)\b)"
    r"(?:\s+(?P<next>[A-Za-z]+))?"
)
# 1997-04-22, 2020/05/09
_RE_ISO = re.compile(
    r"(?P<y>[12](?<![\w.,/:-].)\d\d\d)(?P<s>[-/])(?P<a>\d{1,2})(?P=s)(?P<b>\d{1,2})(?![\d/])"
)
# 22/04/1997, 04/22/2013, 22.04.1997, 9/5/20
_RE_NUMERIC = re.compile(
    rf"(?P<a>{_NUM_START}[0-9]?)(?P<s>[/.])(?P<b>\d{{1,2}})(?P=s)(?P<y>\d{{4}}|\d\d)(?![\d/]|\.\d)"
)
# yesterday, today, tonight, last night, this morning, last week, this month, last year, ago
_RE_RELATIVE = re.compile(
    r"[YyTtNnMmAaEeWw](?<!\w.)(?:"
    r"(?<=[Yy])(?P<yest>(?i:esterday)(?:\s+(?:morning|afternoon|evening|night))?)"
    r"|(?<=[Tt])(?P<today>(?i:oday|onight))"
    r"|(?<=[Nn])(?P<night>(?i:ight))"
    r"|(?<=[MmAaEe])(?P<part>(?i:orning|fternoon|vening))"
    r"|(?<=[Ww])(?P<week>(?i:eekend|eek))"
    r"|(?<=[Mm])(?P<month>(?i:onth))"
    r"|(?<=[Yy])(?P<year>(?i:ear))"
    r"|(?<=[Aa])(?P<ago>(?i:go))"
    r")(?![A-Za-z])"
)
# on Monday, last Tuesday, Tuesday night, next Friday, Sunday's attack
_RE_WEEKDAY = re.compile(
    rf"(?P<wd>{_words(_WEEKDAYS)})(?:['’]s)?"
    r"(?:\s+(?P<part>morning|afternoon|evening|night|overnight))?(?![A-Za-z])"
)

# Small patterns for the words before an expression's core, matched against a short window that
# ends where the core starts.
_WD_BEFORE = re.compile(rf"(?<![A-Za-z]){_plain(_WEEKDAYS)},?\s+(?:the\s+)?$")
_RANGE_BEFORE = re.compile(r"(?<![A-Za-z])(?:[Bb]etween|[Ff]rom|BETWEEN|FROM)\s+$")
_QUALIFIER_BEFORE = re.compile(
    r"(?i)(?<![a-z])(?P<q>early|late|mid-?|(?:the\s+)?(?:end|beginning|start|middle)\s+of)\s*$"
)
_MONTH_CUE_BEFORE = re.compile(
    r"(?i)(?<![a-z])(?P<cue>in|since|until|till|during|throughout|before|after|last|this|next"
    r"|early|late|mid-|(?:the\s+)?(?:end|beginning|start|middle)\s+of)\s*$"
)
_YEAR_CUE_BEFORE = re.compile(
    r"(?i)(?<![a-z])(?P<cue>in|since|by|of|during|until|till|from|before|after|early|late|mid-"
    r"|throughout|between|year|circa|around|summer|winter|spring|autumn|fall"
    r"|(?:in|of|during|since|after|before|until)\s+the)\s*$"  # "in the 1967 war" (story48)
)
_RELATIVE_BEFORE = re.compile(
    r"(?i)(?<![a-z])(?:(?P<dby>(?:the\s+)?day\s+before)|(?P<this>(?:(?:earlier|later)\s+)?this"
    r"(?:\s+past)?)|(?P<the_last>the\s+last)|(?P<last>last)|(?P<past>(?:the\s+)?past)"
    r"|(?P<months_of>months?\s+of\s+the)|(?P<the>(?:over|at|during)"
    r"\s+the)|(?P<el>earlier|later)"
    r"|(?<![/\d])(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<unit>day|week|fortnight|month|year)s?)\s+$"
)
_WEEKDAY_MOD_BEFORE = re.compile(
    r"(?i)(?<![a-z])(?P<mod>last|this\s+past|past|previous|next|this\s+coming|coming|this|on)\s+$"
)
# "Good Friday", "Bloody Sunday", "Super Tuesday" are names, not dates
_HOLIDAY_BEFORE = re.compile(
    r"(?i)(?<![a-z])(?:good|black|bloody|holy|super|cyber|ash|palm|easter|maundy|shrove|giving"
    r"|green)\s+$"
)
# "the 2005 murder", "a 2016 shooting", "the September 11 attacks": a date after an article names a deed
_DET_BEFORE = re.compile(r"(?i)(?<![a-z])(?:the|a|an)\s+$")
# ... and is the time of another act only when it is told as its time ("killed in the 2004 bombings")
_TIME_PREP_BEFORE = re.compile(
    r"(?i)(?<![a-z])(?:in|during|since|after|before|until|till|throughout|following|amid)\s+(?:the|a|an)\s+$"
)
_COUNTED = re.compile(
    r"(?i)(?<![\w-])(?:(?P<n>\d{1,3}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + r")"
    r"\s+(?P<yrs>years?)(?:\s+(?:on|to\s+the\s+day|(?:have|had)\s+(?:passed|gone\s+by)"
    r"|on\s+(?:" + "|".join(_WEEKDAYS) + r")))?\s+(?:since|after|on\s+from)"
    r"|the\s+(?P<o>\d{1,3}(?:st|nd|rd|th)|" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + r")"
    r"\s+anniversary\s+of)(?![\w-])"
)
_NINE_ELEVEN = re.compile(r"9(?<![\w/.]9)/11(?![\w/])")
_CLAUSE_END = re.compile(r"[,;:()]")
# "will meet on Monday", "voted to strike on Friday": a weekday after one of these words in the same clause
# lies ahead
_FUTURE_BEFORE = re.compile(
    r"(?i)(?<![a-z])(?:will|shall|'ll|’ll|to\s+be\s+held|scheduled|planned|plans?\s+to"
    r"|expected\s+to|set\s+to|going\s+to|would"
    r"|(?:voted|agreed|decided|vowed|pledged|promised|threatened|resolved)\s+to)(?![a-z])[^.!?;,]*$"
)
# "a rally it had planned to hold on Monday", "talks that had been scheduled for Friday": a plan told in the
# past perfect was made before the story, and its day is most often past too
_PAST_PLAN_BEFORE = re.compile(
    r"(?i)(?<![a-z])had\s+(?:been\s+)?(?:scheduled|planned|expected|set|hoped|intended|meant)(?![a-z])[^.!?;,]*$"
)
# "a day later", "two days earlier", "the next day", "the day before", "hours later": a day counted from
# another day the story states (the last one before it); "a week after the bombing", "two days before the
# vote": the act told after it lies that far from the sentence's other day (:func:`shifted_day`)
_SHIFT = re.compile(
    r"(?i)(?<![\w-])(?:(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<unit>day|week|fortnight)s?\s+(?P<dir>later|earlier|after|before)"
    r"|the\s+(?P<ord>next|following|previous|preceding)\s+(?:day|morning|afternoon|evening|night)"
    r"|the\s+day\s+(?P<dir3>before|after)(?!\s+(?:yesterday|tomorrow))"
    r"|(?P<same>(?:(?:several|a\s+few|\d{1,2}|two|three|four|five|six)\s+)?hours\s+later"
    r"|later\s+(?:that|the\s+same|in\s+the)\s+day|(?:the|that)\s+same\s+day))(?![\w-])"
)
_NAME_BEFORE = re.compile(r"(?:^|[\s(\"“‘'])(?P<w>[A-Z][\w'’-]*)\s+$")
_HONORIFIC_BEFORE = re.compile(r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lady|Lord)\.?\s+$")
_PUBLISHED = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})")


@cache
def _deed_after() -> re.Pattern[str]:
    """Up to three words and then a noun of a dated deed (``year_nouns`` in extract/data/quantities.yaml),
    matched right after a date: " train bombings", " Tiananmen crackdown", " attacks"."""
    path = Path(__file__).parent / "extract" / "data" / "quantities.yaml"
    nouns = sorted(yamlio.safe_load(path.read_text("utf-8")).get("year_nouns") or (), key=len, reverse=True)
    skip = "|".join(sorted(_NOT_DEED_WORDS, key=len, reverse=True))
    words = r"(?:\s+(?!(?i:" + skip + r")(?![\w-]))[A-Za-z][\w'’-]*){0,3}?"
    deeds = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns)
    return re.compile(words + r"\s+(?i:" + deeds + r")(?![\w-])")


def _deed_end(d: DateInfo, text: str) -> int | None:
    """Where the noun of the deed a date names ends ("the 2005 murder", "the September 11 attacks")."""
    if d.start is None or d.end is None or not _before(_DET_BEFORE, text, d.start, 6):
        return None
    m = _deed_after().match(text, d.end)
    return m.end() if m else None


def _before(pattern: re.Pattern[str], text: str, pos: int, width: int = 30) -> re.Match[str] | None:
    """``pattern`` (anchored with ``$``) matched on the ``width`` characters before ``pos``."""
    return pattern.search(text, max(0, pos - width), pos)


# --------------------------------------------------------------------------------------------
# helpers


def _ahead(text: str, pos: int) -> bool:
    """Whether the clause before ``pos`` tells of what is still to come ("will meet on Friday"), not of a
    plan told in the past perfect ("had planned to hold on Monday")."""
    return bool(_before(_FUTURE_BEFORE, text, pos, 60)) and not _before(_PAST_PLAN_BEFORE, text, pos, 60)


def parse_published(published: str | date | None) -> date | None:
    """The publication date as a :class:`datetime.date`, or None when absent or unreadable.

    Accepts "YYYY-MM-DD" and anything that starts with it ("2020-05-09T10:00:00Z").
    """
    if published is None:
        return None
    if isinstance(published, date):
        return published
    m = _PUBLISHED.match(published)
    if not m:
        return None
    return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def _month(word: str) -> int:
    return _MONTHS[word.rstrip(".").lower()]


def _day(word: str) -> int:
    return int(word.rstrip("stndrh"))


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int, pub: date, future: bool = False) -> int:
    """The year of a day and month stated without one: the publication year unless that puts the
    date more than FUTURE_SLACK_DAYS after publication; then the year before. With ``future``
    (the clause says "will", "scheduled", ...) the first such date on or after publication."""
    cand = _safe_date(pub.year, month, day)
    if future:
        return pub.year if cand is not None and cand >= pub else pub.year + 1
    if cand is None or (cand - pub).days > FUTURE_SLACK_DAYS:
        return pub.year - 1
    return pub.year


def _is_name(text: str, pos: int, month_word: str) -> bool:
    """True when the month word at ``pos`` is a name: "Theresa May 2019", "Long March 5"."""
    if month_word.rstrip(".").lower() not in _NAME_MONTHS:
        return False
    if _before(_HONORIFIC_BEFORE, text, pos, 8):
        return True
    m = _before(_NAME_BEFORE, text, pos, 40)
    return bool(m) and m.group("w").lower().rstrip("'’s") not in _TITLE_OK


def _period(a: date, b: date) -> tuple[str, str]:
    """Value and precision for a period from ``a`` to ``b``: the narrowest of day, month and year
    that holds it. A period across a new year gets the year of its last day."""
    if a == b:
        return a.isoformat(), "day"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.year:04d}-{a.month:02d}", "month"
    return f"{b.year:04d}", "year"


def _info(value: str, precision: str, basis: str, text: str, s: int, e: int) -> DateInfo:
    return DateInfo(value=value, precision=precision, basis=basis, text=text[s:e], start=s, end=e)


def _day_info(
    text: str, s: int, e: int, year: str | None, month: int, day: int, pub: date | None
) -> DateInfo | None:
    """A day-precision date; without a stated year the year comes from ``pub`` (basis relative)."""
    if year:
        y, basis = int(year), "text"
    elif pub is not None:
        future = _ahead(text, s)
        y, basis = _year_for(month, day, pub, future), "relative"
    else:
        return None  # no year and nothing to take it from
    d = _safe_date(y, month, day)
    return _info(d.isoformat(), "day", basis, text, s, e) if d else None


def _extend_left(text: str, s: int, ranged: bool) -> int:
    """Start of an expression including a weekday ("Saturday, May 9") and, for a range, a
    "between" or "from" before it."""
    m = _before(_WD_BEFORE, text, s, 16)
    if m:
        s = m.start()
    if ranged:
        m = _before(_RANGE_BEFORE, text, s, 12)
        if m:
            s = m.start()
    return s


# --------------------------------------------------------------------------------------------
# pattern families; each appends DateInfo records to `out`


def _day_first(text: str, pub: date | None, out: list[DateInfo]) -> None:
    for m in _RE_DAY_FIRST.finditer(text):
        ranged = m.group("d2") is not None
        s = _extend_left(text, m.start(), ranged)
        month_last = _month(m.group("m"))
        month = _month(m.group("m1")) if m.group("m1") else month_last
        year = m.group("y1") or m.group("y")
        if year and ranged and not m.group("y1") and month > month_last:
            year = str(int(year) - 1)  # "30 December to 2 January 2021" starts in 2020
        info = _day_info(text, s, m.end(), year, month, _day(m.group("d1")), pub)
        if info:
            out.append(info)


def _month_first(text: str, pub: date | None, out: list[DateInfo]) -> None:
    for m in _RE_MONTH_FIRST.finditer(text):
        s, e = m.start(), m.start("poss") if m.group("poss") else m.end()  # "April 22's attack"
        word = m.group("m")
        month = _month(word)
        if m.group("d"):  # May 9, 2020 / April 22 / May 3-5
            if _is_name(text, s, word):
                continue
            ranged = m.group("d2") is not None
            s = _extend_left(text, s, ranged)
            year = m.group("y")
            if year and m.group("m2") and _month(m.group("m2")) < month:
                year = str(int(year) - 1)  # "December 30 - January 2, 2021"
            year = year or _named_day(text, e, month, _day(m.group("d")), pub)  # "the September 11 attacks"
            info = _day_info(text, s, e, year, month, _day(m.group("d")), pub)
            if info:
                out.append(info)
        elif m.group("y"):  # April 1997, mid-April 2020
            q = _before(_QUALIFIER_BEFORE, text, s, 20)
            if q:
                s = q.start()
            elif _is_name(text, s, word):
                continue
            out.append(_info(f"{m.group('y')}-{month:02d}", "month", "text", text, s, e))
        elif pub is not None and word.rstrip(".").lower() in _FULL_MONTHS:
            # a bare month needs a cue: "in May", "since March", "early June", "last December"
            if m.group("poss"):  # "May's government"
                continue
            cue = _before(_MONTH_CUE_BEFORE, text, s, 25)
            if not cue:
                continue
            kind = cue.group("cue").lower()
            if kind == "this" and month == 5:
                continue  # "This May Be the End" (a title-case headline)
            if kind == "last":
                year = pub.year if month < pub.month else pub.year - 1
            elif kind == "this":
                year = pub.year
            elif kind == "next":
                year = pub.year if month > pub.month else pub.year + 1
            else:
                year = _year_for(month, 1, pub)
            keep_cue = kind not in _PREPOSITIONS  # "early May", "last December"
            s = cue.start() if keep_cue else s
            if kind == "since" and (year, month) < (pub.year, pub.month) and not _WHEN_AFTER.match(text, e):
                # "120 people have been killed since January": the months from then to the story; not "the
                # deadliest since January, when gunmen killed 40" (when61)
                value, precision = _period(date(year, month, 1), pub)
                out.append(_info(value, precision, "relative", text, s, e))
                continue
            out.append(_info(f"{year:04d}-{month:02d}", "month", "relative", text, s, e))


def _years(text: str, out: list[DateInfo]) -> None:
    for m in _RE_YEAR.finditer(text):
        s = m.start()
        cue = _before(_YEAR_CUE_BEFORE, text, s, 12)
        deed = bool(_before(_DET_BEFORE, text, s, 6)) and bool(_deed_after().match(text, s + 4))
        if deed:  # "the 2005 murder", "for the 2004 train bombings" (olddates53)
            out.append(_info(text[s : s + 4], "year", "text", text, s, s + 4))
            continue
        if not cue:
            continue  # a bare number is a count, an address, a code...
        nxt = m.group("next")
        if nxt and nxt.islower():
            low = nxt.lower()
            if low in _COUNT_NOUNS or (low.endswith("s") and len(low) > 3 and low not in _S_OK):
                continue  # "resulted in 2000 deaths"
            if cue.group("cue").lower().split()[0] == "of" and low not in ("and", "to", "when", "as", "or"):
                continue  # "a crowd of 2000 demonstrators"
        if cue.group("cue").lower() in ("early", "late", "mid-"):
            s = cue.start()
        out.append(_info(text[m.start() : m.start() + 4], "year", "text", text, s, m.start() + 4))


def _named_day(text: str, end: int, month: int, day: int, pub: date | None) -> str | None:
    """The year of a day without one that names a deed done on it before the story: "the September 11
    attacks", "the October 7 attack" (``_NAMED_DAYS``); None for any other day."""
    year = _NAMED_DAYS.get((month, day))
    if year is None or (pub is not None and date(year, month, day) >= pub):
        return None
    if not _deed_after().match(text, end):
        return None
    return str(year)


@cache
def _fixed_days() -> tuple[re.Pattern[str], dict[str, tuple[int, int]]]:
    """The pattern of the days of ``fixed_days`` (data/dates.yaml), and each one's month and day by its
    lower-case name with plain apostrophes."""
    data = yamlio.safe_load((Path(__file__).parent / "data" / "dates.yaml").read_text("utf-8"))
    days = {" ".join(k.lower().split()): tuple(int(p) for p in v.split("-")) for k, v in
            (data.get("fixed_days") or {}).items()}
    by_first: dict[str, list[str]] = {}
    for k in sorted(days, key=len, reverse=True):
        rest = re.escape(k[1:]).replace(r"\ ", r"\s+").replace("'", "['’]")
        by_first.setdefault(k[0].upper(), []).append(rest)
    branches = "|".join(f"(?<={c})(?i:{'|'.join(rests)})" for c, rests in sorted(by_first.items()))
    first = "".join(sorted(by_first))
    pattern = re.compile(rf"[{first}](?<![\w'’].)(?:{branches})(?![\w-])" if days else r"(?!)")
    return pattern, days  # type: ignore[return-value]


_FEAST_YEAR_AFTER = re.compile(rf",?\s+(?P<y>{_YEAR})")
_FEAST_YEAR_BEFORE = re.compile(rf"(?<![\d,.])(?P<y>{_YEAR})\s+$")
_NOT_ON_BEFORE = re.compile(r"(?i)(?<![a-z])(?:ahead\s+of|before|until|till|by)\s+(?:the\s+)?$")


def _feasts(text: str, pub: date, out: list[DateInfo]) -> None:
    """ "on Christmas Day", "during New Year's Eve celebrations": the day that feast last fell on (when61)."""
    pattern, days = _fixed_days()
    for m in pattern.finditer(text):
        s, e = m.span()
        if _before(_NOT_ON_BEFORE, text, s, 14):
            continue
        month, day = days[" ".join(m.group().lower().replace("’", "'").split())]
        stated = _FEAST_YEAR_AFTER.match(text, e) or _before(_FEAST_YEAR_BEFORE, text, s, 6)
        if stated:  # "on Christmas Day 2011", "the 2011 Christmas Day bombings": that year's
            s, e = min(s, stated.start()), max(e, stated.end())
            out.append(_info(date(int(stated.group("y")), month, day).isoformat(), "day", "text", text, s, e))
            continue
        out.append(_info(date(_year_for(month, day, pub, _ahead(text, s)), month, day).isoformat(), "day",
                         "relative", text, s, e))


def _nine_eleven(text: str, pub: date | None, out: list[DateInfo]) -> None:
    """ "9/11", "the 9/11 attacks": 11 September 2001."""
    if pub is not None and pub.year < 2001:
        return
    for m in _NINE_ELEVEN.finditer(text):
        out.append(_info("2001-09-11", "day", "text", text, *m.span()))


def _counted_back(text: str, pub: date, out: list[DateInfo]) -> None:
    """ "ten years since", "six years after", "the 30th anniversary of": the deed told after it, that many
    years before the story (year precision, basis relative; the span is the count, "ten years")."""
    for m in _COUNTED.finditer(text):
        if m.group("n"):
            word = m.group("n").lower()
            n = int(word) if word.isdigit() else _COUNT_WORDS[word]
            e = m.end("yrs")
        else:
            word = m.group("o").lower()
            n = int(word[:-2]) if word[0].isdigit() else _ORDINAL_WORDS[word]
            e = m.end()
        if 0 < n < pub.year - 1800:
            out.append(_info(str(pub.year - n), "year", "relative", text, m.start(), e))


def _counted_scope(d: DateInfo, text: str, end: int) -> tuple[int, int] | None:
    """The clause a counted-back date dates ("since gunmen killed 147 students", up to a comma), or None."""
    if d.basis != "relative" or d.precision != "year" or d.start is None:
        return None
    m = _COUNTED.match(text, d.start)
    if not m:
        return None
    stop = _CLAUSE_END.search(text, m.end(), end)
    return m.end(), stop.start() if stop else end


def _numeric(text: str, us_order: bool, out: list[DateInfo]) -> None:
    for m in _RE_ISO.finditer(text):
        d = _safe_date(int(m.group("y")), int(m.group("a")), int(m.group("b")))
        if d is not None:
            out.append(_info(d.isoformat(), "day", "text", text, *m.span()))
    for m in _RE_NUMERIC.finditer(text):
        a, b, ystr = int(m.group("a")), int(m.group("b")), m.group("y")
        if len(ystr) == 2:
            if m.group("s") == ".":
                continue  # "1.2.20" is more likely a version or a score than a date
            year = 2000 + int(ystr) if int(ystr) < 50 else 1900 + int(ystr)
        else:
            year = int(ystr)
            if not 1800 <= year <= 2099:
                continue
        day, month = (b, a) if us_order else (a, b)
        # the other reading when the preferred one is impossible: 04/22/2013, 22/04/2013
        d = _safe_date(year, month, day) or _safe_date(year, day, month)
        if d is not None:
            out.append(_info(d.isoformat(), "day", "text", text, *m.span()))


def _relative(text: str, pub: date, out: list[DateInfo]) -> None:
    one = timedelta(days=1)
    for m in _RE_RELATIVE.finditer(text):
        s, e = m.span()
        key = m.lastgroup
        mod = _before(_RELATIVE_BEFORE, text, s, 30)
        g = mod.group if mod else (lambda _name: None)
        if key == "yest":
            if g("dby"):
                a = b = pub - 2 * one
                s = mod.start()  # type: ignore[union-attr]
            else:
                a = b = pub - one
        elif key == "today":
            a = b = pub
            if g("el"):
                s = mod.start()  # type: ignore[union-attr]
        elif key == "night":
            if not g("last"):
                continue
            a = b = pub - one  # "last night": the evening before publication
            s = mod.start()  # type: ignore[union-attr]
        elif key == "part":
            if not (g("this") and "past" not in g("this")):  # "this morning"
                continue
            a = b = pub
            s = mod.start()  # type: ignore[union-attr]
        elif key == "ago":
            if not g("n"):
                continue
            n_word = g("n").lower()
            n = int(n_word) if n_word.isdigit() else _NUMBER_WORDS[n_word]
            unit = g("unit").lower()
            if unit == "day":
                a = b = pub - n * one
            elif unit in ("week", "fortnight"):
                a = b = pub - (7 if unit == "week" else 14) * n * one
            elif unit == "month":
                y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
                a = b = date(y, mo + 1, 1)
                b = b.replace(day=28)
            else:
                a, b = date(pub.year - n, 1, 1), date(pub.year - n, 12, 31)
            s = mod.start()  # type: ignore[union-attr]
        elif key == "week":
            weekend = m.group("week").lower().endswith("end")
            if weekend:
                if not (g("last") or g("this") or g("the")):
                    continue
                # the most recent Saturday and Sunday begun by publication; "last weekend" in a
                # story published on a Saturday or Sunday is the one before
                sat = pub - timedelta(days=(pub.weekday() - 5) % 7)
                if g("last") and pub.weekday() >= 5:
                    sat -= 7 * one
                a, b = sat, min(sat + one, pub)
            elif g("last"):  # the previous calendar week, Monday to Sunday
                b = pub - timedelta(days=pub.weekday() + 1)
                a = b - 6 * one
            elif g("past"):  # the seven days before publication
                a, b = pub - 7 * one, pub - one
            elif g("this"):  # this week up to publication
                a, b = pub - timedelta(days=pub.weekday()), pub
            else:
                continue
            s = mod.start()  # type: ignore[union-attr]
        elif key == "month":
            if g("last"):
                b = pub.replace(day=1) - one
                a = b.replace(day=1)
            elif g("this"):
                a, b = pub.replace(day=1), pub
            else:
                continue
            s = mod.start()  # type: ignore[union-attr]
        elif key == "year":
            if g("last"):
                a, b = date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31)
            elif g("this") or g("months_of"):  # "this year", "in the first three months of the year"
                a, b = date(pub.year, 1, 1), pub
            elif g("past"):  # "in the past year": the twelve months up to publication (memory53)
                a, b = pub - timedelta(days=365), pub
            else:
                continue
            s = mod.start()  # type: ignore[union-attr]
        else:  # pragma: no cover - every alternative is named
            continue
        value, precision = _period(a, b)
        out.append(_info(value, precision, "relative", text, s, e))


def _weekdays(text: str, pub: date, out: list[DateInfo]) -> None:
    for m in _RE_WEEKDAY.finditer(text):
        s, e = m.span()
        if _before(_HOLIDAY_BEFORE, text, s, 12):
            continue
        target = _WEEKDAYS.index(m.group("wd").lower())
        mod_m = _before(_WEEKDAY_MOD_BEFORE, text, s, 16)
        mod = " ".join(mod_m.group("mod").lower().split()) if mod_m else ""
        if mod_m:
            s = mod_m.start()
        back = (pub.weekday() - target) % 7  # days back to the most recent such day; 0 = today
        ahead = (target - pub.weekday()) % 7
        if mod in ("next", "this coming", "coming"):
            d = pub + timedelta(days=ahead or 7)
        elif mod in ("last", "past", "previous", "this past"):
            d = pub - timedelta(days=back or 7)
        elif _ahead(text, s):
            d = pub + timedelta(days=ahead)  # "will meet on Friday"
        else:
            d = pub - timedelta(days=back)  # "on Monday": the latest Monday, publication day too
        out.append(_info(d.isoformat(), "day", "relative", text, s, e))


# --------------------------------------------------------------------------------------------
# API


def find_dates(
    text: str, published: str | None = None, *, us_order: bool = False
) -> list[DateInfo]:
    """Every date expression in ``text``, sorted by start offset.

    ``published`` ("YYYY-MM-DD") resolves relative expressions ("yesterday", "on Monday", "April
    22" without a year); without it they are left out. ``us_order`` reads ambiguous numeric dates
    ("04/05/2013") month first; by default they are read day first. Of overlapping matches the
    longest is kept ("On Saturday, May 9, 2020" is one expression, not a weekday and a date).
    """
    if not text:
        return []
    pub = parse_published(published)
    found: list[DateInfo] = []
    _day_first(text, pub, found)
    _month_first(text, pub, found)
    _years(text, found)
    _numeric(text, us_order, found)
    _nine_eleven(text, pub, found)
    if pub is not None:
        _relative(text, pub, found)
        _weekdays(text, pub, found)
        _counted_back(text, pub, found)
        _feasts(text, pub, found)
    if len(found) < 2:
        return found
    found.sort(key=lambda d: (d.start - d.end, d.start))  # type: ignore[operator]
    kept: list[DateInfo] = []
    for d in found:
        if all(d.end <= k.start or d.start >= k.end for k in kept):  # type: ignore[operator]
            kept.append(d)
    kept.sort(key=lambda d: d.start)  # type: ignore[arg-type, return-value]
    return kept


def _begins_after(when: DateInfo, day: date) -> bool:
    """Whether a date from the text begins after ``day`` (its first day, for a month or a year)."""
    parts = [int(p) for p in (when.value or "").split("-")[:3] if p.isdigit()]
    first = (*parts, 1, 1)[:3] if parts else None
    try:
        return first is not None and date(*first) > day
    except ValueError:
        return False


_RELATED_BEFORE = re.compile(
    r"(?i)(?<![a-z])(?:ahead\s+of|before|after|following|over|for|against|about|in\s+the\s+(?:run-up|wake)\s+"
    r"(?:to|of))\s+$"
)
_POSSESSED = re.compile(r"['’]s\b")
_POSSESSED_TRIGGER = re.compile(r"['’]s(?:\s+[\w-]+){0,3}\s+")


def _names_other_thing(d: DateInfo, text: str, anchor: int) -> bool:
    """Whether a possessive date ("Sunday's vote") dates a thing other than the trigger after it."""
    end = d.end or 0
    if text[end - 2:end] in ("'s", "’s"):  # the weekday's span holds its "'s"
        end -= 2
    if not _POSSESSED.match(text, end):
        return False
    return not (end < anchor and _POSSESSED_TRIGGER.fullmatch(text, end, anchor))


@cache
def _existing_deed_verbs() -> frozenset[str]:
    """Word forms of verbs that act on a thing made before ("quit", "observe"; data/dates.yaml)."""
    data = yamlio.safe_load((Path(__file__).parent / "data" / "dates.yaml").read_text("utf-8"))
    return frozenset(w.lower() for w in data.get("existing_deed_verbs") or ())


@cache
def _reckoning_verbs() -> frozenset[str]:
    """Word forms of verbs of judging a deed done before ("convicted", "found"; data/dates.yaml)."""
    data = yamlio.safe_load((Path(__file__).parent / "data" / "dates.yaml").read_text("utf-8"))
    return frozenset(w.lower() for w in data.get("reckoning_verbs") or ())


_SINCE_BEFORE = re.compile(r"(?i)(?<![a-z])since\s+(?:the\s+)?$")
_WHEN_AFTER = re.compile(r",?\s+when(?![\w-])")


@cache
def _comparison_words() -> re.Pattern[str]:
    """A word of a comparison after "the", "its" ... ("the first", "the country's worst", a superlative in
    -iest), or a mark of one ("seen"); ``comparison_words`` and ``comparison_marks`` in data/dates.yaml."""
    data = yamlio.safe_load((Path(__file__).parent / "data" / "dates.yaml").read_text("utf-8"))
    words = "|".join(map(re.escape, sorted(data.get("comparison_words") or (), key=len, reverse=True)))
    marks = "|".join(map(re.escape, sorted(data.get("comparison_marks") or (), key=len, reverse=True)))
    return re.compile(r"(?i)(?<![\w-])(?:(?:the|its|their|his|her|a|an)\s+(?:[\w'’-]+\s+){0,2}?"
                      rf"(?:{words}|\w+iest(?<!priest))|{marks})(?![\w-])")


def _compared(d: DateInfo, text: str, start: int, anchor: int) -> bool:
    """Whether a date after "since" is the point a comparison of its clause counts from ("for the first time
    since 2019", "the deadliest crackdown since 2021"): the time of no act of the sentence, but the one a
    when-clause right after it tells ("the deadliest since January, when gunmen killed 40"; when61)."""
    ds, de = d.start or 0, d.end or 0
    if not _before(_SINCE_BEFORE, text, ds, 12):
        return False
    clause = max([start] + [m.end() for m in _CLAUSE_END.finditer(text, start, ds)])
    if not _comparison_words().search(text, clause, ds):
        return False
    return not (anchor > de and _WHEN_AFTER.match(text, de))


def _reckons(text: str, anchor: int) -> bool:
    """Whether the trigger at ``anchor`` judges a deed done before ("found four Rwandans guilty")."""
    m = re.match(r"[A-Za-z]+", text[anchor:anchor + 30])
    return m is not None and m.group().lower() in _reckoning_verbs()


def _deed_start(d: DateInfo, text: str) -> int:
    """Where the phrase of a date that names a deed begins: its determiner ("the 2015 deal")."""
    det = _before(_DET_BEFORE, text, d.start or 0, 6)
    return det.start() if det else d.start or 0


def _acted_on(d: DateInfo, text: str) -> bool:
    """Whether the deed a date names is the object of a verb that acts on a thing made before ("quit the 2015
    deal", "agreed to observe the 2003 ceasefire"): the date is that thing's time, not the verb's."""
    m = re.search(r"([A-Za-z]+)\s+$", text[max(0, _deed_start(d, text) - 30):_deed_start(d, text)])
    return m is not None and m.group(1).lower() in _existing_deed_verbs()


def _object_year(d: DateInfo, text: str, anchor: int) -> bool:
    """Whether a date that names a deed dates the object right after the trigger ("signed the 2015 deal")."""
    at = _deed_start(d, text)
    return anchor < at and re.fullmatch(r"[\w'’-]+\s+", text[anchor:at]) is not None


def _times_act(d: DateInfo, text: str, anchor: int, start: int) -> bool:
    """Whether a date that names a deed ("the 2004 bombings") is also the time of the act at ``anchor``: told
    as its time ("killed in the 2004 bombings"), its object ("signed the 2015 deal") or its subject ("A 2016
    shooting ... killed 49"); not "arrested on Wednesday for the 2004 bombings", "the anniversary of the 1989
    crackdown", nor the object of a verb that acts on a thing made before ("quit the 2015 deal")."""
    at = _deed_start(d, text)
    if at > anchor and _reckons(text, anchor):
        return False  # "found four Rwandans guilty of crimes during the 1994 genocide": the verdict's time
    if _before(_TIME_PREP_BEFORE, text, d.start or 0, 24) or not text[start:at].strip():
        return True
    return _object_year(d, text, anchor) and not _acted_on(d, text)


def background(d: DateInfo, pub: date | None) -> bool:
    """Whether a date stated in full lies before the story's month: a past time that can describe an actor."""
    if d.basis != "text" or pub is None:
        return False
    return not _begins_after(d, pub - timedelta(days=31))


def _own_dates(
    dates: list[DateInfo], text: str, anchor: int, bounds: tuple[int, int], asides: list[tuple[int, int]],
    pub: date | None,
) -> list[DateInfo]:
    """The sentence's dates that may date the act at ``anchor`` (olddates53): the date of the deed the
    trigger names ("the 2005 murder") alone; not another deed's ("on the anniversary of the 1989
    crackdown"), nor a past date inside a clause that describes a noun ("Hamas, which took control of Gaza
    in 2007, released ..."), nor a count back ("ten years since gunmen killed ...") outside the clause it
    dates; inside that clause, no date outside it."""
    start, end = bounds
    named = [d for d in dates if (e := _deed_end(d, text)) is not None and (d.start or 0) <= anchor < e]
    if named and not _acted_on(named[0], text):
        return named[:1]
    out = []
    for d in dates:
        ds, de = d.start or 0, d.end or 0
        if _compared(d, text, start, anchor):
            continue
        if background(d, pub) and any(a <= ds and de <= b and not a <= anchor < b for a, b in asides):
            continue
        since = _before(_SINCE_BEFORE, text, ds, 12)
        if since and any(a <= ds < b and not a <= anchor < b for a, b in asides):
            continue  # "killed the 14 rebels who had held the house since December": the holding's time
        if _deed_end(d, text) is not None and not _times_act(d, text, anchor, start):
            continue
        out.append(d)
    out = _stated_over_object(out, text, anchor)
    for d in list(out):
        scope = _counted_scope(d, text, end)
        if scope is None:
            continue
        a, b = scope
        stated = any(o.basis == "text" and not a <= (o.start or 0) < b for o in out)
        if a <= anchor < b and not stated:
            return [d] + [o for o in out if a <= (o.start or 0) < b]
        out.remove(d)
    return out


def _stated_over_object(dates: list[DateInfo], text: str, anchor: int) -> list[DateInfo]:
    """The dates left when a year that names the trigger's object ("signed the 2015 deal on Tuesday") meets
    another date of the sentence: the other one times the act, and the object's year is its name."""
    objects = [d for d in dates if _deed_end(d, text) is not None and _object_year(d, text, anchor)]
    rest = [d for d in dates if d not in objects]
    return rest if objects and rest else dates


def dateline_day(dates: list[DateInfo], end: int) -> DateInfo | None:
    """The day a dateline gives ("CAIRO, Aug 14 (Reuters) - ": ``end`` is where the dateline ends), among
    the document's ``dates``; None when it gives none. A wire story is told from that day: its "on
    Wednesday" and "yesterday" count from it, not from a later publication or crawl date."""
    return next((d for d in dates if d.value and d.precision == "day" and d.end is not None
                 and d.end <= end), None)


def _shift_days(m: re.Match[str]) -> int:
    """How many days a shift ("two days later", "the previous day") moves: forward or, if negative, back."""
    if m.group("same"):
        return 0
    if m.group("ord"):
        return 1 if m.group("ord").lower() in ("next", "following") else -1
    if m.group("dir3"):
        return 1 if m.group("dir3").lower() == "after" else -1
    word = m.group("n").lower()
    n = int(word) if word.isdigit() else _NUMBER_WORDS[word]
    n *= {"day": 1, "week": 7, "fortnight": 14}[m.group("unit").lower()]
    return n if m.group("dir").lower() in ("later", "after") else -n


def _told_after(m: re.Match[str], text: str) -> bool:
    """Whether a shift is a preposition with the act it counts from after it ("a week after the bombing"),
    not an adverb ("two days later", "the day before.")."""
    prep = (m.group("dir") or m.group("dir3") or "").lower() in ("after", "before")
    return prep and re.match(r"\s*[\w\"“‘']", text[m.end():m.end() + 3]) is not None


def _moved(d: DateInfo, days: int, text: str, s: int, e: int) -> DateInfo | None:
    """A day-precision date moved by ``days`` (basis relative, the span the shift's words)."""
    try:
        day = date.fromisoformat(d.value or "") + timedelta(days=days)
    except ValueError:
        return None
    return _info(day.isoformat(), "day", "relative", text, s, e)


def shifted_day(
    dates: list[DateInfo], text: str, start: int, end: int, anchor: int, own: bool, floor: int = 0,
    today: date | None = None,
) -> DateInfo | None:
    """The day of an act in the sentence ``[start, end)`` told by a shift from another day (when61):

    * inside "a week after the bombing killed 30" (up to the clause's end) the sentence's other day less the
      shift ("Police arrested the suspect on Monday, a week after the bombing": the bombing a week before);
    * with no date of its own (``own`` False), "a day later", "the next day", "hours later" in its sentence
      counts from the last day stated before it in the text (from ``floor``, the end of a dateline), not one
      after ``today`` nor a possessive that names a thing ("Sunday's vote").
    """
    for m in _SHIFT.finditer(text, start, end):
        if not _told_after(m, text):
            continue
        stop = _CLAUSE_END.search(text, m.end(), end)
        scope_end = stop.start() if stop else end
        if not m.end() <= anchor < scope_end:
            continue
        other = [d for d in dates if d.precision == "day" and d.value and d.start is not None
                 and d.end is not None and start <= d.start and d.end <= end
                 and not m.start() <= d.start < scope_end]
        if other:
            ref = min(other, key=lambda d: abs((d.start or 0) - m.start()))
            return _moved(ref, -_shift_days(m), text, m.start(), m.end())
    if own:
        return None
    for m in _SHIFT.finditer(text, start, end):
        if _told_after(m, text):
            continue
        ref_dates = [d for d in dates if d.precision == "day" and d.value and d.start is not None
                     and floor <= d.start and (d.end or 0) <= m.start()
                     and not (d.text or "").endswith(("'s", "’s"))
                     and not (today is not None and d.basis == "relative" and d.value > today.isoformat())]
        if ref_dates:
            return _moved(ref_dates[-1], _shift_days(m), text, m.start(), m.end())
    return None


def event_date(
    dates: list[DateInfo],
    start: int,
    end: int,
    published: str | None,
    anchor: int | None = None,
    done: bool = False,
    text: str | None = None,
    asides: list[tuple[int, int]] | None = None,
) -> DateInfo:
    """The date of an event whose sentence spans ``[start, end)`` of the document.

    Among the date expressions lying wholly inside the sentence, the one nearest to ``anchor``
    (the trigger's offset; on a tie the earlier one), or the first when no anchor is given.
    Otherwise the publication date (basis "published", precision "day"); otherwise an empty
    :class:`DateInfo`. A date from another sentence is never used. ``done``: the event is told as
    past ("recalled"), so a day after publication is another clause's ("would recognise ... on May 28,
    drawing a response from Israel, which recalled its envoys") and not its own. ``text``: the document's
    text, to pass over a possessive date that names another thing ("annulled Sunday's vote on Wednesday"), and
    to keep a date that names a deed, or counts back to one, to that deed (:func:`_own_dates`). ``asides``:
    character spans of clauses that describe a noun of the sentence ("which took control of Gaza in 2007").
    """
    pub = parse_published(published)
    inside = [
        d
        for d in dates
        if d.value is not None
        and d.start is not None
        and d.end is not None
        and start <= d.start
        and d.end <= end
        and not (done and pub is not None and _begins_after(d, pub))
    ]
    if inside and anchor is not None and text is not None:
        own = [d for d in inside if not _names_other_thing(d, text, anchor)]
        # with no other date, a possessive day dates the act ("attacked a polling station during Sunday's
        # election", "boycotted Sunday's vote"), unless the act is told before, after or about it ("ahead of
        # Sunday's vote", "protested over Saturday's arrests")
        timed = [d for d in inside if not _before(_RELATED_BEFORE, text, d.start or 0, 24)]
        inside = _own_dates(own or timed, text, anchor, (start, end), asides or [], pub)
    if inside:
        if anchor is None:
            return replace(min(inside, key=lambda d: d.start))  # type: ignore[arg-type, return-value]

        def distance(d: DateInfo) -> tuple[int, int]:
            ds, de = d.start or 0, d.end or 0
            if ds <= anchor < de:
                return (0, ds)
            return (ds - anchor if ds > anchor else anchor - de + 1, ds)

        return replace(min(inside, key=distance))
    if pub is not None:
        return DateInfo(value=pub.isoformat(), precision="day", basis="published")
    return DateInfo()
