"""The records chronica produces: Document, Event, Actor, Place, DateInfo.

These follow the output contract described in the README ("The record"). Everything is a plain
dataclass so that records travel between processes and serialise with :func:`to_dict`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

SCHEMA_VERSION = "1"


@dataclass
class Actor:
    """Who acts or is acted upon."""

    text: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    acled_actor: str | None = None
    inter: int = 0
    evidence: str | None = None  # rule or dictionary that resolved it

    def copy(self) -> Actor:
        """A shallow copy (a third of ``dataclasses.replace``'s cost: resolvers hand out copies of
        cached actors for every mention)."""
        new = object.__new__(Actor)
        new.__dict__.update(self.__dict__)
        return new


@dataclass
class Place:
    """A resolved place name."""

    text: str
    name: str | None = None
    geonameid: int | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: int | None = None
    start: int | None = None  # character span of ``text`` in the document's cleaned text
    end: int | None = None


@dataclass
class DateInfo:
    """When an event happened and how we know."""

    value: str | None = None
    precision: str | None = None  # day, month, year
    basis: str | None = None  # text, relative, published
    text: str | None = None  # the words that gave the date
    start: int | None = None
    end: int | None = None


@dataclass
class Span:
    """Words in the document's cleaned text."""

    text: str
    start: int
    end: int


@dataclass
class Modality:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    reported: bool = False


@dataclass
class Event:
    """One coded event: the contract's event record."""

    event_id: str
    doc_id: str
    sentence: int
    text: str
    trigger: Span
    plover: dict[str, Any]
    cameo: dict[str, Any]
    acled: dict[str, Any] | None
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    location: Place | None = None
    date: DateInfo = field(default_factory=DateInfo)
    fatalities: int | None = None
    injured: int | None = None
    arrested: int | None = None
    size: int | None = None
    modality: Modality = field(default_factory=Modality)
    confidence: float = 0.5
    evidence: dict[str, Any] = field(default_factory=dict)
    primary: bool = False
    incident_id: str | None = None
    schema_version: str = SCHEMA_VERSION


@dataclass
class Document:
    """An input document after ingestion and cleaning."""

    doc_id: str
    text: str
    url: str | None = None
    title: str | None = None
    publication: str | None = None
    published: str | None = None  # YYYY-MM-DD
    author: str | None = None
    language: str | None = "en"
    status: str = "pending"  # pending, coded, skipped, failed
    problems: list[str] = field(default_factory=list)
    path: str | None = None  # where it was read from

    def record(self) -> dict[str, Any]:
        """The contract's document record."""
        return {
            "doc_id": self.doc_id,
            "url": self.url,
            "title": self.title,
            "publication": self.publication,
            "published": self.published,
            "author": self.author,
            "language": self.language,
            "text": self.text,
            "status": self.status,
            "problems": list(self.problems),
        }


_FIELDS: dict[type, tuple[str, ...] | None] = {}


_LEAVES = frozenset({str, int, float, bool, type(None)})
_UNSEEN: Any = object()


def _plain(value: Any) -> Any:  # noqa: ANN401 - any record value
    """``dataclasses.asdict`` without its deep copies (the leaves here are immutable)."""
    kind = type(value)
    if kind in _LEAVES:
        return value
    names = _FIELDS.get(kind, _UNSEEN)
    if names is _UNSEEN:  # a dataclass's field names, or None for any other type
        names = _FIELDS[kind] = (tuple(f.name for f in fields(value))
                                 if is_dataclass(value) and not isinstance(value, type) else None)
    if names is not None:
        return {n: _plain(getattr(value, n)) for n in names}
    if kind is dict:
        return {k: _plain(v) for k, v in value.items()}
    if kind is list or kind is tuple:
        return kind(_plain(v) for v in value)
    return value


def to_dict(event: Event) -> dict[str, Any]:
    """An event as the contract's JSON-ready dict (actor evidence folded into ``evidence``)."""
    out = _plain(event)
    for role in ("source", "target"):
        for actor in out[role]:
            actor.pop("evidence", None)
    if out["location"] is not None:
        out["location"].pop("start", None)
        out["location"].pop("end", None)
    for key in ("text", "start", "end"):
        out["date"].pop(key, None)
    return out
