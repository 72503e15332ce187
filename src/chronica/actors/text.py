"""Tokenising and normalising phrases for dictionary lookup."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*|&")
_POSSESSIVE = ("'s", "’s")
# tokens that may stay lower-case inside a proper name ("Republic of Peru", "al-Shabaab")
FUNCTION_WORDS = frozenset(
    "of the and for de del la las los el al da do dos des du d' bin ibn van von in on y e et an".split()
)


class Token(NamedTuple):
    text: str  # surface form
    key: str  # normalised form used for lookups
    start: int
    end: int


def fold(text: str) -> str:
    """Lower-case, strip accents and unify apostrophes."""
    text = text.replace("’", "'").lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokenize(text: str) -> list[Token]:
    """Word tokens with character spans; hyphens split words and a trailing possessive 's is dropped."""
    return list(_tokens(text))


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[Token, ...]:
    """:func:`tokenize`'s tokens, kept for the phrases met again (a phrase is resolved anew for
    every country a story may be about)."""
    folded = text.replace("’", "'").lower()  # one pass for the whole text: each word's key a slice
    sliced = folded.isascii() and len(folded) == len(text)  # else word by word (accents, final sigma)
    new = tuple.__new__  # a NamedTuple without its Python-level constructor
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        surface = m.group()
        start, end = m.span()
        if len(surface) > 2 and surface.endswith(_POSSESSIVE):
            surface, end = surface[:-2], end - 2
        out.append(new(Token, (surface, folded[start:end] if sliced else fold(surface), start, end)))
    return tuple(out)


def key_of(phrase: str) -> tuple[str, ...]:
    """The lookup key of a dictionary name: its normalised tokens."""
    return tuple(t.key for t in tokenize(phrase))


def is_acronym(name: str) -> bool:
    """Short forms written with capitals ("IS", "ELN", "U.N.", "JeM", "AfD") match case-sensitively."""
    letters = [c for c in name if c.isalpha()]
    if not letters or len(letters) > 8 or " " in name.strip():
        return False
    upper = sum(c.isupper() for c in letters)
    return upper == len(letters) or (upper >= 2 and len(letters) <= 6)


# generic last words that may stay lower-case after a capitalised name ("the Congress party")
GENERIC_TAILS = frozenset("party movement group front army cartel brigades network council militia".split())


def looks_proper(tokens: list[Token]) -> bool:
    """True when every content word starts with a capital letter (as a name in running text does)."""
    if len(tokens) > 1 and tokens[-1].key in GENERIC_TAILS and tokens[0].text[:1].isupper():
        tokens = tokens[:-1]
    return all(t.text[0].isupper() or t.key in FUNCTION_WORDS or not t.text[0].isalpha() for t in tokens)
