"""Office holders with dated terms: who someone is, and which government was in power when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .data import as_date, date_ceil, date_floor

# a "minister" (foreign, defence, interior ...) is named for the country's government; never the executive
OFFICES = ("head_of_state", "head_of_government", "minister")
EXECUTIVE_OFFICES = OFFICES[:2]
BODY_OFFICE = "head_of_body"  # the head of an international body or the leader of a group (``bodies``)
TITLED = " (with title)"  # an alias that names the person only right after an office title
NO_OFFICE_DISTANCE = 365 * 1000  # a notable person without a term is farther from any date than a term


@dataclass(frozen=True)
class Term:
    office: str
    start: str  # full date "YYYY-MM-DD" (partial dates floored)
    end: str | None  # full date (partial dates ceiled) or None while in office
    start_year: str
    end_year: str | None

    def covers(self, date: str) -> bool:
        return self.start <= date and (self.end is None or date <= self.end)

    def distance(self, date: str) -> int:
        """Days between ``date`` and this term (0 inside it)."""
        if self.covers(date):
            return 0
        day = dt.date.fromisoformat(date)
        edge = self.start if date < self.start else self.end
        return abs((dt.date.fromisoformat(edge or date) - day).days)


@dataclass
class Leader:
    name: str
    country: str  # "" for the head of a body
    aliases: list[str] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    body: str = ""  # the organisation (its name in organisations.yaml) a head of a body heads
    titled: set[str] = field(default_factory=set)  # aliases that need an office title before them
    sector: str = ""  # a notable person's sector outside any office (notables.yaml); "" for office holders
    affiliations: list[tuple[str, str, str | None]] = field(default_factory=list)  # (sector, start, end)

    def add_aliases(self, aliases: list[str]) -> None:
        """Add aliases; one marked "(with title)" is kept among ``titled`` unless also given plain."""
        for alias in aliases:
            form = alias.removesuffix(TITLED).strip()
            if alias.endswith(TITLED):
                if form not in self.aliases:
                    self.titled.add(form)
            else:
                self.titled.discard(form)
            if form not in self.aliases:
                self.aliases.append(form)

    def term_at(self, date: str) -> Term | None:
        return next((t for t in self.terms if t.covers(date)), None)

    def distance(self, date: str) -> int:
        """Days between ``date`` and the nearest term; far for a notable person who never held office."""
        return min((t.distance(date) for t in self.terms), default=NO_OFFICE_DISTANCE)

    def sector_at(self, date: str | None) -> str:
        """A notable person's sector on ``date``: the dated affiliation covering it, else the default."""
        return next((sector for sector, start, end in self.affiliations
                     if date and start <= date and (end is None or date <= end)), self.sector)


def parse_item(item: Any) -> tuple[str, list[str], str, str | None]:
    """A leader row: "Name | alias; alias | start | end" or a mapping with those keys."""
    if isinstance(item, str):
        parts = [p.strip() for p in item.split("|")]
        parts += [""] * (4 - len(parts))
        aliases = [a.strip() for a in parts[1].split(";") if a.strip()]
        start, end = as_date(parts[2]), as_date(parts[3])
        name = parts[0]
    else:
        name = str(item["name"])
        aliases = [str(a) for a in item.get("aliases") or []]
        start, end = as_date(item.get("start")), as_date(item.get("end"))
    if not name or not start:
        raise ValueError(f"leader entry needs a name and a start date: {item!r}")
    return name, aliases, start, end


class LeaderBook:
    """All office holders, indexed by person and by (country, office)."""

    def __init__(self) -> None:
        self.people: dict[tuple[str, str], Leader] = {}
        self.offices: dict[tuple[str, str], list[Term]] = {}
        self.executive: dict[str, Any] = {}
        self.titles: list[tuple[str, str]] = []  # (title, office), longest title first

    def add(self, data: dict[str, Any]) -> None:
        """Merge the ``executive`` and ``leaders`` sections of a leaders file."""
        self.executive.update({k.upper(): v for k, v in (data.get("executive") or {}).items()})
        for office, titles in (data.get("office_titles") or {}).items():
            self.titles.extend((str(t).lower(), office) for t in titles or [])
        self.titles.sort(key=lambda t: -len(t[0]))
        for item in data.get("notables") or []:
            self._add_notable(item)
        for body, items in (data.get("bodies") or {}).items():
            for item in items or []:
                self._add_head(str(body), item)
        leaders = data.get("leaders") or {}
        if isinstance(leaders, list):  # flat form: one mapping per term with country and office
            for item in leaders:
                self._add_term(str(item["country"]).upper(), str(item["office"]), item)
            return
        for country, offices in leaders.items():
            for office, items in (offices or {}).items():
                for item in items or []:
                    self._add_term(str(country).upper(), office, item)

    def _add_term(self, country: str, office: str, item: Any) -> None:
        if office not in OFFICES:
            raise ValueError(f"unknown office {office!r} for {country}; use one of {OFFICES}")
        name, aliases, start, end = parse_item(item)
        term = Term(office, date_floor(start), date_ceil(end) if end else None, start[:4],
                    end[:4] if end else None)
        person = self.people.setdefault((name, country), Leader(name, country))
        person.add_aliases(aliases)
        person.terms.append(term)
        terms = self.offices.setdefault((country, office), [])
        terms.append(term)
        terms.sort(key=lambda t: t.start)

    def _add_head(self, body: str, item: Any) -> None:
        """A term of the head of an international body or the leader of a group (no country's office)."""
        name, aliases, start, end = parse_item(item)
        term = Term(BODY_OFFICE, date_floor(start), date_ceil(end) if end else None, start[:4],
                    end[:4] if end else None)
        person = self.people.setdefault((name, f"@{body}"), Leader(name, "", body=body))
        person.add_aliases(aliases)
        person.terms.append(term)

    def _add_notable(self, item: dict[str, Any]) -> None:
        """A notable person with no office (an activist, a dissident, a cleric ...): country, sector, and
        dated affiliations ({sector, start, end}); merged with the same person's office terms, if any."""
        name, country = str(item["name"]), str(item["country"]).upper()
        person = self.people.setdefault((name, country), Leader(name, country))
        person.add_aliases([str(a) for a in item.get("aliases") or []])
        person.sector = str(item.get("sector") or "CVL")
        for link in item.get("affiliations") or []:
            start, end = as_date(link.get("start")), as_date(link.get("end"))
            person.affiliations.append((str(link["sector"]), date_floor(start) if start else "0000-01-01",
                                        date_ceil(end) if end else None))

    def office_named(self, phrase: str) -> str | None:
        """The office a title in ``phrase`` names ("Foreign Minister Shevardnadze": minister), if any."""
        words = f" {phrase.lower()} "
        return next((office for title, office in self.titles if f" {title} " in words), None)

    def executive_office(self, country: str, date: str) -> str:
        """Which office is the executive: a name, or a list of "office" / "office from YYYY-MM-DD"."""
        rule = self.executive.get(country, "head_of_state")
        if isinstance(rule, str):
            return rule
        office = "head_of_state"
        for step in rule:
            name, _, since = str(step).partition(" from ")
            if not since or date_floor(since.strip()) <= date:
                office = name.strip()
        return office

    def executive_term(self, country: str, date: str) -> Term | None:
        """The term of the country's chief executive in force at ``date``."""
        office = self.executive_office(country, date)
        terms = self.offices.get((country, office))
        if not terms:
            other = EXECUTIVE_OFFICES[1] if office == EXECUTIVE_OFFICES[0] else EXECUTIVE_OFFICES[0]
            terms = self.offices.get((country, other), [])
        found = [t for t in terms if t.covers(date)]
        return found[-1] if found else None

    def years(self, country: str, date: str) -> str:
        """ACLED's bracketed year range, e.g. " (1990-2000)" or " (2018-)"; "" when unknown."""
        term = self.executive_term(country, date)
        if term is None:
            return ""
        return f" ({term.start_year}-{term.end_year or ''})"

    def __len__(self) -> int:
        return len(self.people)
