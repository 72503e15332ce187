"""Named organisations: armed groups, parties, international bodies."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from .data import as_date
from .lexicon import Lexicon
from .text import key_of


@dataclass(frozen=True)
class Period:
    """From ``start`` on, the group is written differently (the Houthis as Yemen's forces from 2016)."""

    start: str
    acled: str | None
    inter: int | None
    sector: str | None


@dataclass(frozen=True)
class Org:
    name: str  # canonical short name ("MRTA")
    full: str | None  # full name ("Tupac Amaru Revolutionary Movement")
    country: str | None
    sector: str | None
    inter: int
    acled: str | None  # may hold "{country}", "{military}", "{police}", "{government}"
    state_from: str | None = None  # date from which the group is the government of ``country``
    countries: tuple[str, ...] = ()  # where it is based or fights; the actor takes the one of the story
    military: str | None = None  # ACLED name when the phrase's head is a military noun ("GNA forces")
    periods: tuple[Period, ...] = ()
    local: frozenset[tuple[str, ...]] = field(default_factory=frozenset)  # forms valid only at home
    local_in: tuple[str, ...] = ()  # where the local forms apply (default: country and countries)
    shared: bool = False  # a name parties of many countries have ("Democratic Party", "Labour Party")
    active: tuple[str | None, str | None] = (None, None)  # (from, until): dated stories outside never name it
    common: frozenset[tuple[str, ...]] = field(default_factory=frozenset)  # forms other states' bodies share
    cased: frozenset[str] = field(default_factory=frozenset)  # local forms that must be written as listed

    def active_at(self, date: str) -> bool:
        """Whether the group existed on ``date`` (1991's "coalition aircraft" are no anti-IS coalition)."""
        start, end = self.active
        return (start is None or start <= date) and (end is None or date <= end)

    def is_home(self, where: str | None) -> bool:
        """Whether the local forms ("militia", "coalition") name this group in a story set in ``where``."""
        places = self.local_in or (((self.country,) if self.country else ()) + self.countries)
        return where is not None and where in places

    def home(self, where: str | None) -> str | None:
        """The group's country for a story set in ``where``: that country if the group is active
        there, else its own; a group of several countries and none of its own acting in another takes that
        one too ("the Islamic State in Greater Sahara fired missiles at an Algerian garrison": Algeria)."""
        if where and (where == self.country or where in self.countries):
            return where
        if where and not self.country and self.countries:
            return where
        return self.country or (self.countries[0] if self.countries else None)

    def at(self, date: str) -> tuple[str | None, int, str | None]:
        """(acled, inter, sector) in force at ``date``."""
        acled, inter, sector = self.acled, self.inter, self.sector
        for p in self.periods:
            if date >= p.start:
                acled = p.acled if p.acled is not None else acled
                inter = p.inter if p.inter is not None else inter
                sector = p.sector if p.sector is not None else sector
        return acled, inter, sector


def _iso(value: Any) -> str | None:
    return str(value).upper() if value else None


def _any_case(form: str, lexicon: Lexicon) -> bool:
    """Is a name written in the dictionary all in lower case ("children of fire initiative", "peshmerga")
    to be matched in any case? Not when it is also a role's words ("regime forces"), which stay the role."""
    if form != form.lower() or not any(ch.isalpha() for ch in form):
        return False
    return not any(e.kind == "role" for e in lexicon.table.get(key_of(form), ()))


def regional_forms(names: list[Any], nouns: list[Any]) -> list[str]:
    """A regional government's forms: each name of its region before each government noun ("Catalan
    authorities", "the Puntland government", "Kurdish regional government")."""
    return [f"{name} {noun}" for name in names for noun in nouns]


def load_orgs(data: dict[str, Any], lexicon: Lexicon) -> int:
    """Add the organisations of a file to ``lexicon``; return how many there were."""
    rows = data.get("organisations") or []
    nouns = list(data.get("regional_nouns") or [])
    armed = list(data.get("regional_armed_nouns") or [])
    for row in rows:
        name = str(row["name"])
        full = row.get("full")
        acled = row.get("acled")
        if acled is None:
            acled = f"{name}: {full}" if full and full != name else name
        periods = tuple(sorted(
            (Period(as_date(p["from"]) or "", p.get("acled"),
                    int(p["inter"]) if p.get("inter") is not None else None, p.get("sector"))
             for p in row.get("periods") or []), key=lambda p: p.start))
        cased = [str(a) for a in row.get("local_cased") or []]
        local = [str(a) for a in row.get("local") or []] + regional_forms(
            row.get("regional_local") or [], nouns) + cased
        org = Org(name, full, _iso(row.get("country")), row.get("sector"), int(row.get("inter") or 0), acled,
                  as_date(row.get("state_from")),
                  tuple(c for c in (_iso(c) for c in row.get("countries") or []) if c),
                  row.get("military"), periods, frozenset(key_of(a) for a in local),
                  tuple(c for c in (_iso(c) for c in row.get("local_in") or []) if c),
                  bool(row.get("shared")),
                  (as_date(row.get("active_from")), as_date(row.get("active_until"))),
                  frozenset(key_of(str(a)) for a in row.get("common") or []), frozenset(cased))
        forms = [name] + ([full] if full else []) + [str(a) for a in row.get("aliases") or []] + (
            regional_forms(row.get("regional") or [], nouns)) + (
            regional_forms(row.get("regional_armed") or [], armed))  # "Tigrayan troops"
        for form in forms:
            lexicon.add(form, "org", org, proper=not _any_case(form, lexicon))
        for form in local:  # common words ("militia", "coalition"): any case in the text
            lexicon.add(form, "org", org, proper=form in cased)  # "the Centre", "the ED": as written
    return len(rows)


def load_companies(data: dict[str, Any], countries: list[dict[str, Any]], lexicon: Lexicon) -> int:
    """Add the companies named after their country ("Air France", "Kenya Airways"; ``company_names`` in
    organisations.yaml) as businesses of that country; return how many forms were added."""
    spec = data.get("company_names") or {}
    count = 0
    for row in countries:
        iso3, name = _iso(row.get("iso3")), str(row.get("name") or "")
        demonym = str((row.get("demonyms") or [""])[0])
        for template in spec.get("forms") or []:
            if "{demonym}" in template and not demonym:
                continue
            form = str(template).format(name=name, demonym=demonym)
            org = Org(form, None, iso3, spec.get("sector"), int(spec.get("inter") or 0), spec.get("acled"))
            lexicon.add(form, "org", org)
            count += 1
    return count


@dataclass(frozen=True)
class Coalition:
    """A coalition whose members' forces, fighting where it fights, are coded as the coalition."""

    org: Org
    members: frozenset[str]
    theatres: frozenset[str]
    start: str


def load_coalitions(data: dict[str, Any], lexicon: Lexicon) -> list[Coalition]:
    """The ``coalitions`` of a file, each tied to its organisation in ``lexicon`` (by name)."""
    rows = data.get("coalitions") or []
    if not rows:
        return []
    orgs = {e.ref.name: e.ref for bucket in lexicon.table.values() for e in bucket if e.kind == "org"}
    out = []
    for row in rows:
        org = orgs.get(str(row["coalition"]))
        if org is None:
            raise ValueError(f"coalition {row['coalition']!r} names no organisation")
        out.append(Coalition(org, frozenset(c for c in (_iso(c) for c in row.get("members") or []) if c),
                             frozenset(c for c in (_iso(c) for c in row.get("in") or []) if c),
                             as_date(row.get("from")) or ""))
    return out


def described_forms(row: dict[str, Any], size_words: list[str], member_words: list[str]) -> list[str]:
    """The descriptive names of one ``described_bodies`` row: region and noun ("West African bloc"), size
    and noun ("27-nation bloc"), the noun's size in members ("bloc's 27 members")."""
    nouns = [str(n) for n in row.get("nouns") or []]
    sizes = [str(n) for n in row.get("sizes") or []]
    forms = [f"{region} {noun}" for region in row.get("regions") or [] for noun in nouns]
    forms += [f"{size}-{word} {noun}" for size in sizes for word in size_words for noun in nouns]
    forms += [f"{noun}'s {size} {word}" for noun in nouns for size in sizes for word in member_words]
    return forms


def load_described(data: dict[str, Any], lexicon: Lexicon) -> frozenset[tuple[str, ...]]:
    """Add the ``described_bodies`` of a file to ``lexicon`` as forms of their organisations (dated by the
    row's from/until); return the keys of the forms added."""
    spec = data.get("described_bodies") or {}
    size_words = [str(w) for w in spec.get("size_words") or []]
    member_words = [str(w) for w in spec.get("member_words") or []]
    orgs = {e.ref.name: e.ref for bucket in lexicon.table.values() for e in bucket if e.kind == "org"}
    keys: set[tuple[str, ...]] = set()
    for row in spec.get("bodies") or []:
        org = orgs.get(str(row["body"]))
        if org is None:
            raise ValueError(f"described body {row['body']!r} names no organisation")
        if row.get("from") or row.get("until"):
            org = replace(org, active=(as_date(row.get("from")), as_date(row.get("until"))))
        for form in described_forms(row, size_words, member_words):
            lexicon.add(form, "org", org, proper=not _any_case(form, lexicon))
            keys.add(key_of(form))
    return frozenset(keys)


@dataclass(frozen=True)
class Sense:
    """Another organisation a shared short form names when the words around it tell so ("RSF": Reporters
    Without Borders among words of the press, else the Rapid Support Forces)."""

    form: str
    name: str  # the other organisation's dictionary name
    cues: frozenset[str]  # words that speak for the other organisation
    against: frozenset[str]  # words that speak for the form's own organisation

    def reading(self, keys: list[str]) -> int:
        """+1 when the words hold more cues than words against, -1 when fewer, 0 when they tell nothing."""
        grams = [" ".join(keys[i:i + n]) for n in (1, 2, 3, 4) for i in range(len(keys) - n + 1)]
        score = sum(g in self.cues for g in grams) - sum(g in self.against for g in grams)
        return (score > 0) - (score < 0)


def load_senses(data: dict[str, Any]) -> dict[str, Sense]:
    """The ``senses`` of a file, by the short form they read."""
    out = {}
    for row in data.get("senses") or []:
        form = str(row["form"])
        out[form] = Sense(form, str(row["name"]), frozenset(str(w).lower() for w in row.get("cues") or ()),
                          frozenset(str(w).lower() for w in row.get("against") or ()))
    return out
