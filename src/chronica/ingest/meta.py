"""Metadata found in the text of saved news: header lines, datelines, copyright and signature lines.

Every function here looks at one line (or the start of one paragraph) and says what it is. The
order in which a document's lines are examined lives in :mod:`chronica.ingest.text`.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from chronica import yamlio
from chronica.record import Document

__all__ = [
    "content_hash",
    "failed_document",
    "parse_date",
    "detect_language",
    "set_language_detector",
    "agency_name",
    "dateline",
    "copyright_publication",
    "is_rule",
    "is_copyright",
    "is_share_line",
    "is_fragment_line",
    "url_line",
    "key_value",
    "byline",
    "signature",
    "plain",
]

DATA = Path(__file__).parent / "data"


# --- ids and failures -------------------------------------------------------------------------


def content_hash(text: str) -> str:
    """A stable id for a text: first 16 hex characters of the SHA-1 of its UTF-8 bytes."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def failed_document(path: str | None, reason: str, *, where: str = "") -> Document:
    """The Document that stands for an input that could not be read."""
    key = f"{path}\x00{where}\x00{reason}"
    return Document(
        doc_id="failed-" + content_hash(key),
        text="",
        status="failed",
        problems=[reason],
        path=path,
        language=None,
    )


# --- dates ------------------------------------------------------------------------------------

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.,+\-Z ]*)?\s*$")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2\d\d\d)(?!\d)")
_DATEPARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "REQUIRE_PARTS": ["day", "month", "year"],
}


@lru_cache(maxsize=4096)
def parse_date(value: str | None) -> str | None:
    """A publication date as ``YYYY-MM-DD``, or None when it cannot be read with confidence.

    ISO dates are read directly; anything else goes to dateparser (English, day-month-year
    order). A date without a four-digit year is not guessed (dateparser would fill in this
    year).
    """
    if value is None:
        return None
    text = str(value).strip()
    if not text or len(text) > 80:
        return None
    m = _ISO.match(text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    if not _YEAR.search(text):
        return None
    import dateparser  # slow to import; only needed for non-ISO dates

    try:
        parsed = dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if not isinstance(parsed, datetime):
        return None
    return parsed.date().isoformat()


# --- language ---------------------------------------------------------------------------------


def _py3langid(text: str) -> str | None:
    from chronica.ingest.language import detect

    return detect(text)


_detector = _py3langid


def detect_language(text: str) -> str | None:
    """The document's language as an ISO 639-1 code.

    The default detector is :func:`chronica.ingest.language.detect` (py3langid, offline): "en"
    unless the text is clearly in another language. Another detector plugs in with
    :func:`set_language_detector`; the readers call this function for every document that
    does not state its language.
    """
    return _detector(text)


def set_language_detector(func=None) -> None:
    """Install ``func(text) -> code | None`` as the language detector (None restores the default).

    ``set_language_detector(lambda text: "en")`` turns detection off.
    """
    global _detector
    _detector = func or _py3langid


# --- markup-free view of a line ---------------------------------------------------------------

_EMPH = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")


def plain(line: str) -> str:
    """A line without heading marks and emphasis, for classification only."""
    line = line.strip()
    if "#" in line:
        line = _HEADING.sub("", line)
    if "*" not in line and "_" not in line:
        return line
    for _ in range(2):
        line = _EMPH.sub(lambda m: m.group(2), line)
    return line.strip()


# --- agencies and datelines -------------------------------------------------------------------


@lru_cache(maxsize=1)
def _agencies() -> dict[str, str]:
    with open(DATA / "agencies.yaml", encoding="utf-8") as fh:
        table = yamlio.safe_load(fh) or {}
    return {str(k).lower(): str(v) for k, v in table.items()}


def agency_name(agency: str) -> str:
    """The publication name for an agency as written in a dateline ("AP" -> "Associated Press")."""
    return _agencies().get(agency.strip().lower(), agency.strip())


_CAP_WORD = r"[A-Z][A-Za-z.'\u2019-]*"
# "KABUL/WASHINGTON, May 22 (Reuters) - ": a story filed from two cities names both, the first its own
_PLACE = rf"{_CAP_WORD}(?:[ /]{_CAP_WORD}){{0,3}}(?:,[ ]{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,3}}){{0,2}}"
# "Aug 14", "14 August 2024", "Aug. 14, 2024", or a month and year alone ("Sept 2024")
_DATE_BIT = (r"(?:[A-Z][a-z]{2,8}\.?[ ]\d{4}(?!\d)"
             r"|(?:[A-Z][a-z]{2,8}\.?[ ]\d{1,2}|\d{1,2}[ ][A-Z][a-z]{2,8}\.?)(?:,?[ ]\d{4})?)")
_DASH = r"(?:-{1,2}|\u2013|\u2014|:)"
_DATELINE_AGENCY = re.compile(
    rf"^(?P<place>{_PLACE}?)(?:,[ ](?P<date>{_DATE_BIT}))?[ ]?"
    rf"\((?P<agency>[A-Za-z][\w.&' -]{{0,40}})\)[ ]?{_DASH}[ ]"
)
_DATELINE_BARE = re.compile(
    rf"^(?P<place>[A-Z][A-Z.'\u2019-]+(?:[ /][A-Z][A-Z.'\u2019-]+){{0,3}}"
    rf"(?:,[ ]{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,3}})?)"
    rf"(?:,[ ](?P<date>{_DATE_BIT}))?[ ]{_DASH}[ ]"
)


def dateline(text: str) -> tuple[str, str] | None:
    """The dateline that opens a news text, as ``(place, agency)``; None when there is none.

    ``"LIMA, April 22 (Reuters) - ..."`` gives ``("LIMA", "Reuters")``;
    ``"KARACHI, Pakistan (AP) -- ..."`` gives ``("KARACHI, Pakistan", "AP")``;
    ``"MINSK - ..."`` (place in capitals, no agency) gives ``("MINSK", "")``.
    The agency is returned as written; :func:`agency_name` expands abbreviations.
    """
    m = _dateline_match(text)
    if m is None:
        return None
    agency = m.groupdict().get("agency")
    return (m["place"] or "").strip(" ,"), agency.strip() if agency else ""


def dateline_end(text: str) -> int:
    """The character offset just after the dateline that opens a text ("LIMA, April 22 (Reuters) - "),
    or 0 when it has none: the story's first sentence starts there."""
    m = _dateline_match(text)
    return len(text) - len(text.lstrip()) + m.end() if m is not None else 0


def _dateline_match(text: str) -> re.Match[str] | None:
    """The match of the dateline at the start of a text's first 200 characters (after white space)."""
    if not text:
        return None
    head = text.lstrip()[:200]
    m = _DATELINE_AGENCY.match(head)
    if m and (m["place"] or m["date"]):
        return m
    m = _DATELINE_BARE.match(head)
    return m if m and len(m["place"]) >= 2 else None


# --- boilerplate lines ------------------------------------------------------------------------

_RULE = re.compile(r"^\s{0,3}(?:([-*_=~])\s*)(?:\1\s*){2,}$|^\s*(?:<hr\s*/?>)\s*$", re.I)
_COPYRIGHT = re.compile(
    r"^\W*(?:\u00a9|\(c\)\s*\d{4}|copyright\s*(?:\u00a9|\(c\)|\d{4}|by\b|$))"
    r"|all rights reserved",
    re.I,
)
_SHARE_WORDS = frozenset(
    "share shares sharing tweet email e mail print facebook twitter x whatsapp linkedin reddit "
    "pinterest telegram copy link save this article story page on via comment comments the to "
    "google bookmark messenger flipboard mastodon bluesky threads instagram youtube".split()
)
_SHARE_START = re.compile(
    r"^(?:subscribe|sign up|follow us|advertisement|sponsored|related (?:articles|stories|content)"
    r"|read more|read also|see also|click here|leave a comment|most read|more from|recommended)\b",
    re.I,
)
_FRAGMENT_SPLIT = re.compile(r"\s+[-\u2013\u2014|>\u00bb\u2022\u00b7/]\s+")
_SENTENCE_END = re.compile(r"[.!?;:,]$")


def is_rule(line: str) -> bool:
    """A horizontal rule: ``---``, ``***``, ``___``, ``===``."""
    return bool(_RULE.match(line))


def is_copyright(line: str) -> bool:
    """A copyright notice ("Copyright (c) ...", "(c) 2020 ...", "... All rights reserved")."""
    if len(line) > 600:  # more than 30 words of any likely length
        return False
    text = plain(line)
    return bool(text) and len(text.split()) <= 30 and bool(_COPYRIGHT.search(text))


def is_share_line(line: str) -> bool:
    """Share/subscribe/advert chrome: "Share | Tweet | Email", "Subscribe to our newsletter"."""
    if len(line) > 300:  # more than 10 words of any likely length
        return False
    text = plain(line)
    if not text or len(text.split()) > 10:
        return False
    if _SHARE_START.match(text):
        return True
    words = re.findall(r"[a-z]+", text.lower())
    return bool(words) and all(w in _SHARE_WORDS for w in words) and words[0] != "the"


def is_fragment_line(line: str) -> bool:
    """A line that is only short fragments separated by dashes, bars or arrows.

    ``"- IV Online magazine - 1997 - IV289 - June 1997 -"`` (issue lines) and
    ``"Home > World > Americas"`` (breadcrumbs). At least three fragments of at most five words,
    none ending like a sentence.
    """
    text = plain(line)
    if len(text) > 160:
        return False
    text = re.sub(r"^[-\u2013\u2014|>\u00bb\u2022\u00b7]\s+", "", text)
    text = re.sub(r"\s+[-\u2013\u2014|>\u00bb\u2022\u00b7]$", "", text)
    parts = [p.strip() for p in _FRAGMENT_SPLIT.split(text)]
    if len(parts) < 3 or any(not p for p in parts):
        return False
    return all(len(p.split()) <= 5 and not _SENTENCE_END.search(p) for p in parts)


_COPYRIGHT_WORDS = re.compile(
    r"copyright|\u00a9|\(c\)|all rights reserved\.?|\b(?:1[89]|20)\d\d\b(?:\s*[-\u2013/]\s*"
    r"\b(?:1[89]|20)\d\d\b)?",
    re.I,
)


def copyright_publication(line: str) -> str | None:
    """The owner named in a copyright line, taken as the publication.

    ``"Copyright (c) International Viewpoint - online socialist magazine - All rights reserved"``
    gives ``"International Viewpoint"``.
    """
    text = _COPYRIGHT_WORDS.sub(" ", plain(line))
    for part in re.split(r"\s+[-\u2013\u2014|:]\s+|[.;,]\s+|\s{2,}", text):
        part = re.sub(r"^(?:by|the owner)\s+", "", part.strip(" .,;:-\u2013\u2014|()"), flags=re.I)
        if 2 <= len(part) <= 80 and re.search(r"[A-Za-z]", part) and part[0].isupper():
            return part
    return None


# --- header lines -----------------------------------------------------------------------------

_URL_LINE = re.compile(r"^<?(https?://[^\s<>]+)>?$")
_KEY_VALUE = re.compile(
    r"^(?P<key>publication date|date published|published(?: on| date| at)?|date|dated"
    r"|posted(?: on)?|first published|last updated|updated(?: on)?"
    r"|publication|publisher|source|newspaper|outlet"
    r"|authors?|byline|written by|by|url|link|original url|title|headline|language|lang)"
    r"\s*[:\uff1a]\s*(?P<value>\S.*)$",
    re.I,
)
KEY_FIELDS = {
    "publication date": "published",
    "date published": "published",
    "published": "published",
    "published on": "published",
    "published date": "published",
    "published at": "published",
    "first published": "published",
    "date": "published",
    "dated": "published",
    "posted": "published",
    "posted on": "published",
    "last updated": "updated",
    "updated": "updated",
    "updated on": "updated",
    "publication": "publication",
    "publisher": "publication",
    "source": "publication",
    "newspaper": "publication",
    "outlet": "publication",
    "author": "author",
    "authors": "author",
    "byline": "author",
    "written by": "author",
    "by": "author",
    "url": "url",
    "link": "url",
    "original url": "url",
    "title": "title",
    "headline": "title",
    "language": "language",
    "lang": "language",
}
_BYLINE = re.compile(
    r"^(?:[Bb]y|BY)\s+(?P<name>[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|and|de|da|van|von|al|bin|el)){0,7})"
    r"(?P<rest>\s*(?:,|\||/|-|\u2013|\u2014|\s+in\s+).*)?$"
)


def url_line(line: str) -> str | None:
    """The URL when the line is only a URL (bare or in angle brackets)."""
    m = _URL_LINE.match(plain(line))
    return m.group(1) if m else None


def key_value(line: str) -> tuple[str, str] | None:
    """``("published", "3 June 1997")`` for "Publication date: 3 June 1997", and so on.

    The field is one of published, updated, publication, author, url, title, language.
    """
    m = _KEY_VALUE.match(plain(line))
    if not m:
        return None
    value = plain(m["value"]).strip()
    if not value:
        return None
    return KEY_FIELDS[m["key"].lower()], value


def _words(text: str) -> int:
    return len(text.split())


def byline(line: str) -> str | None:
    """The author's name from a "By Jane Doe" line ("By Jane Doe, Reuters" -> "Jane Doe")."""
    text = plain(line)
    if len(text) > 120 or _words(text) > 12 or text.endswith("."):
        return None
    m = _BYLINE.match(text)
    if not m:
        return None
    return m["name"].strip()


_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+"
_SIGNATURE = re.compile(
    r"^[-\u2013\u2014\s]*(?P<name>[A-Z][^,.;:!?]{1,80}?),\s+"
    rf"(?P<date>(?:{_WEEKDAY})?(?:\d{{1,2}}\s+[A-Z][a-z]+\.?,?|[A-Z][a-z]+\.?\s+\d{{1,2}},?)\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})\s*\.?$"
)


def signature(line: str) -> tuple[str, str] | None:
    """A closing signature "Name of Organisation, 13 May 1997" as ``(name, YYYY-MM-DD)``."""
    text = plain(line)
    if not text or len(text) > 140:
        return None
    m = _SIGNATURE.match(text)
    if not m:
        return None
    name = m["name"].strip()
    if len(name.split()) > 10:
        return None
    when = parse_date(m["date"])
    if not when:
        return None
    return name, when
