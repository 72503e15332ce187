"""A longest-match phrase table over normalised tokens."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .text import Token, is_acronym, key_of, looks_proper, tokenize


@dataclass(frozen=True)
class Entry:
    """One dictionary form pointing at what it names."""

    kind: str  # country, demonym, capital, seat, block, org, leader, people, role
    ref: Any
    form: str  # the form as written in the dictionary
    exact: bool = False  # acronym: the surface must match case-sensitively
    proper: bool = True  # a name: content words must be capitalised in the text
    plural: bool = False


@dataclass(frozen=True)
class Match:
    start: int  # token indexes, end exclusive
    end: int
    entries: tuple[Entry, ...]

    @property
    def entry(self) -> Entry:
        return self.entries[0]


Accept = Callable[[Entry, list[Token], int, int], bool]


@lru_cache(maxsize=4096)
def _capitals(form: str) -> tuple[bool, ...]:
    """Which words of a dictionary form are written with a capital ("Ambazonian fighters": yes, no)."""
    return tuple(t.text[:1].isupper() for t in tokenize(form))


def _as_written(span: list[Token], form: str) -> bool:
    """A name whose dictionary form keeps common words in lower case ("Ambazonian fighters", "Houthi
    rebels") matches text that capitalises its capitalised words, whatever the case of the others."""
    caps = _capitals(form)
    return (len(caps) == len(span) and any(caps)
            and all(t.text[:1].isupper() for t, cap in zip(span, caps, strict=True) if cap))


def _compact(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum() or ch == ".")


class Lexicon:
    """Normalised n-grams -> entries; :meth:`scan` finds non-overlapping longest matches."""

    # when several kinds share a form, earlier kinds win
    ORDER = ("block", "org", "leader", "seat", "country", "capital", "demonym", "people", "role")

    def __init__(self) -> None:
        self.table: dict[tuple[str, ...], list[Entry]] = {}
        self.maxlen = 1
        self.longest: dict[str, int] = {}  # first word of a form -> the longest form it starts
        self.lengths: dict[str, tuple[int, ...]] = {}  # first word -> its forms' lengths, longest first

    def add(self, form: str, kind: str, ref: Any, *, proper: bool = True, plural: bool = False) -> None:
        key = key_of(form)
        if not key:
            return
        entry = Entry(kind, ref, form, exact=proper and is_acronym(form), proper=proper, plural=plural)
        bucket = self.table.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
            bucket.sort(key=lambda e: self.ORDER.index(e.kind))
        self.maxlen = max(self.maxlen, len(key))
        self.longest[key[0]] = max(self.longest.get(key[0], 0), len(key))
        lengths = self.lengths.get(key[0], ())
        if len(key) not in lengths:
            self.lengths[key[0]] = tuple(sorted((*lengths, len(key)), reverse=True))

    def add_all(self, forms: Iterable[str], kind: str, ref: Any, **kw: Any) -> None:
        for form in forms:
            self.add(form, kind, ref, **kw)

    def valid(self, entry: Entry, tokens: list[Token], i: int, j: int, upper: bool) -> bool:
        """Case rules: acronyms match exactly; names need capitals (unless the text is all upper case)."""
        span = tokens[i:j]
        if entry.exact:
            return _compact("".join(t.text for t in span)) == _compact(entry.form)
        if entry.proper and not upper:
            return looks_proper(span) or _as_written(span, entry.form)
        return True

    def scan(self, tokens: list[Token], accept: Accept | None = None) -> list[Match]:
        """Greedy left-to-right longest matches. At each word only the lengths of the forms it begins are
        tried, not every length up to its longest form's."""
        keys = [t.key for t in tokens]
        lengths = self.lengths
        starts = [i for i, k in enumerate(keys) if k in lengths]  # where a form may begin
        out: list[Match] = []
        if not starts:
            return out
        upper = None  # an all-capitals text (a headline): worked out at the first form found
        n, covered = len(tokens), 0
        for i in starts:
            if i < covered:
                continue
            for length in lengths[keys[i]]:
                if length > n - i:
                    continue
                bucket = self.table.get(tuple(keys[i : i + length]))
                if not bucket:
                    continue
                if upper is None:
                    upper = all(t.text.isupper() for t in tokens if t.text.isalpha()) and n > 2
                ok = tuple(
                    e for e in bucket
                    if self.valid(e, tokens, i, i + length, upper)
                    and (accept is None or accept(e, tokens, i, i + length))
                )
                if ok:
                    out.append(Match(i, i + length, ok))
                    covered = i + length
                    break
        return out

    def __contains__(self, key: tuple[str, ...]) -> bool:
        return key in self.table
