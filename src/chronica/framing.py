"""Framing: the words a report chose for an incident and the tone they give it.

Two reports of one raid can call it a "rescue operation" or a "massacre", its targets "rebels"
or "terrorists". :func:`tone` scores a text with the lexicon in ``data/tone.yaml`` (weights
-3..+3 for evaluative words, none for plain descriptive ones) and returns the words it counted,
so that a reader can check the score. :func:`report_framing` gathers, for one report of an
incident, its trigger words, its actor words and the tone of its title and of the sentences
that describe the incident.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from chronica import yamlio

_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*|n't")


@dataclass(frozen=True)
class Lexicon:
    """Evaluative words with weights: whole words, prefixes ("rescu*") and two-word phrases."""

    words: dict[str, float]
    prefixes: dict[str, float]
    phrases: dict[tuple[str, str], float]
    negators: frozenset[str]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Lexicon:
        words: dict[str, float] = {}
        prefixes: dict[str, float] = {}
        phrases: dict[tuple[str, str], float] = {}
        for key, weight in (data.get("words") or {}).items():
            key = str(key).strip().lower()
            w = float(weight)
            if " " in key:
                first, second = key.split(None, 1)
                if second.endswith("*"):
                    second = second[:-1]
                phrases[(first, second)] = w
            elif key.endswith("*"):
                prefixes[key[:-1]] = w
            else:
                words[key] = w
        negators = frozenset(str(n).lower() for n in data.get("negators") or [])
        return cls(words, prefixes, phrases, negators)

    def weight(self, word: str) -> float | None:
        if word in self.words:
            return self.words[word]
        for n in range(len(word), 1, -1):
            w = self.prefixes.get(word[:n])
            if w is not None:
                return w
        return None


@cache
def default_lexicon() -> Lexicon:
    """The package's tone lexicon, read once."""
    text = resources.files("chronica").joinpath("data", "tone.yaml").read_text("utf-8")
    return Lexicon.from_dict(yamlio.safe_load(text) or {})


@dataclass
class Tone:
    """A tone score in [-1, 1]: (positive - negative) / (positive + negative) weight; 0 with no hits."""

    score: float = 0.0
    positive: float = 0.0
    negative: float = 0.0
    words: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "positive": self.positive, "negative": self.negative,
                "words": self.words}


def tokens(text: str) -> list[str]:
    """Lower-case words (hyphenated and apostrophe forms kept together)."""
    return _WORD.findall((text or "").lower().replace("n’t", " n't").replace("n't", " n't"))


def tone(text: str, lexicon: Lexicon | None = None) -> Tone:
    """Score a text's tone and list the words that made it (with their weights after negation)."""
    lex = lexicon or default_lexicon()
    toks = tokens(text)
    out = Tone()
    skip = -1
    for i, tok in enumerate(toks):
        if i <= skip:
            continue
        word, w = tok, None
        if i + 1 < len(toks):
            nxt = toks[i + 1]
            for (first, second), pw in lex.phrases.items():
                if tok == first and nxt.startswith(second):
                    word, w, skip = f"{tok} {nxt}", pw, i + 1
                    break
        if w is None:
            w = lex.weight(tok)
        if w is None:
            continue
        if any(t in lex.negators for t in toks[max(0, i - 3):i]):
            w = -w / 2
        out.words.append({"word": word, "weight": w})
        if w > 0:
            out.positive += w
        else:
            out.negative += -w
    total = out.positive + out.negative
    out.score = round((out.positive - out.negative) / total, 3) if total else 0.0
    return out


def _distinct(values: list[str | None]) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        if v and v.strip() and v.strip().lower() not in {s.lower() for s in seen}:
            seen[v.strip()] = None
    return list(seen)


def report_framing(document: dict[str, Any], events: list[dict[str, Any]],
                   lexicon: Lexicon | None = None) -> dict[str, Any]:
    """How one report frames an incident.

    ``document`` has doc_id, publication, published, url and title; ``events`` are that report's
    events in the incident, each with ``trigger_text``, ``text`` (the sentence) and ``actors``
    (dicts with text, name and role). The tone is measured on the title plus those sentences.
    """
    sentences = _distinct([ev.get("text") for ev in events])
    scored = tone(" \n ".join([document.get("title") or "", *sentences]), lexicon)
    actors = [a for ev in events for a in ev.get("actors", [])]
    return {
        "doc_id": document.get("doc_id"),
        "publication": document.get("publication"),
        "published": document.get("published"),
        "url": document.get("url"),
        "title": document.get("title"),
        "triggers": _distinct([ev.get("trigger_text") for ev in events]),
        "actor_words": _distinct([a.get("text") for a in actors]),
        "source_words": _distinct([a.get("text") for a in actors if a.get("role") == "source"]),
        "target_words": _distinct([a.get("text") for a in actors if a.get("role") == "target"]),
        "tone": scored.score,
        "tone_words": scored.words,
        "sentences": sentences,
        "event_ids": [ev.get("event_id") for ev in events],
    }
