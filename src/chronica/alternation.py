"""Patterns for long lists of words or names that ``re`` can search fast.

A pattern that starts with a boundary test (``\\b(?:a|b|c)``, ``(?<![\\w-])(?:...)``) makes Python's
``re`` try every alternative at every position of the text. One that starts with a single character
class lets it skip in C to the positions where one of the words can begin. :func:`led` writes
the same alternation as ``[abc](?<!\\w.)(?:(?<=a)(?:rest|...)|...)``: the first letter, then the
boundary test looking back past it, then the rest of the words that begin with that letter (the
trick :mod:`chronica.when` uses for months and weekdays). The matches are the same, alternative
for alternative.
"""

from __future__ import annotations

import re

WORD_START = re.compile(r"\w")


def led(words: list[str], before: str = r"\w") -> str | None:
    """The alternation of ``words`` (tried in the order given) that must not follow a character of
    the class ``before`` (written as inside brackets), written to start with one character class:
    the same matches as ``(?<![before])(?:w1|w2|...)``. None when a word does not begin with a word
    character (the look-behind could not be moved past it)."""
    if not words or not all(w and WORD_START.match(w[0]) for w in words):
        return None
    by_first: dict[str, list[str]] = {}
    for w in words:  # dicts keep the order: each letter's words stay in the order given
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    firsts = "".join(re.escape(f) for f in by_first)
    branches = "|".join(f"(?<={re.escape(f)})(?:{'|'.join(rests)})" for f, rests in by_first.items())
    return f"[{firsts}](?<![{before}].)(?:{branches})"
