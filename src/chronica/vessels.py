"""Ships' names: a capitalised name told as a vessel's ("the tanker Star Ranger", "the cruiser Moskva", "MV
Tutor", "the Liberian-flagged Tutor", "the Maersk Alabama") is one name, whose words are no role and no place
(``vessel_nouns``, ``vessel_prefixes``, ``ship_lines`` and ``ship_prefixes`` in actors/data/roles.yaml)."""

from __future__ import annotations

from functools import cache

from chronica.nlp import char_bounds, dep_at, deps_of, heads_of, pos_at, text_of

# a name's words never open with these: "the ship Monday", "the tanker on Tuesday"
_NOT_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march "
                       "april june july august september october november december i".split())
FLAG_WORDS = frozenset({"flagged", "registered"})  # "the Liberian-flagged Tutor"
MAX_NAME = 4  # words of a ship's name at most


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The vessel nouns (lower case, one or two words), name prefixes, ship lines and a line's company
    words, read once."""
    from chronica.actors.data import package_file  # here: the actors package imports this module

    roles = package_file("roles")
    nouns = frozenset(str(w).lower() for w in roles.get("vessel_nouns") or ())
    prefixes = frozenset(str(w) for w in [*(roles.get("vessel_prefixes") or ()),
                                         *(roles.get("ship_prefixes") or {})])
    lines = frozenset(str(w) for w in roles.get("ship_lines") or ())
    company = frozenset(str(w) for w in roles.get("ship_line_company_words") or ())
    return nouns, prefixes, lines, company


@cache
def _cues() -> frozenset[str]:
    """The words one of which opens a ship's name or stands right before it: a prefix, a ship line, a vessel
    noun (the last word of a two-word one); with a flag word (any case) the only ways :func:`name_spans` finds
    a name."""
    nouns, prefixes, lines, _ = _lists()
    return frozenset({*prefixes, *lines, *(n.rsplit(" ", 1)[-1] for n in nouns)})


def _capital(word: str) -> bool:
    """A word that may be part of a ship's name: capitalised (or a number after the first word)."""
    return word[:1].isupper() and word.lower() not in _NOT_NAMES


def _noun_before(words: list[str], k: int, nouns: frozenset[str]) -> bool:
    """Whether a lower-case vessel noun ends right before word ``k`` ("tanker", "bulk carrier")."""
    if k < 1 or not words[k - 1].islower():
        return False
    return words[k - 1] in nouns or k >= 2 and f"{words[k - 2].lower()} {words[k - 1]}" in nouns


def _run(words: list[str], k: int) -> int:
    """The end of the capitalised run of a ship's name that begins at word ``k``."""
    j = k
    while j < len(words) and j - k < MAX_NAME and (_capital(words[j]) or j > k and words[j].isdigit()):
        j += 1
    return j


def name_spans(words: list[str]) -> list[tuple[int, int, str]]:
    """The ships' names among words (their texts, a hyphen its own word): (start, end, cue), the cue "noun"
    (after a vessel noun), "prefix" (the prefix opens the name: "MV Tutor", "USS Gravely"), "flag" (after
    "-flagged") or "line" (a ship line's name opens it: "Maersk Alabama")."""
    if _cues().isdisjoint(words) and FLAG_WORDS.isdisjoint(map(str.lower, words)):
        return []  # no cue word: no name (most texts), without a Python step for each word
    nouns, prefixes, lines, company = _lists()
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(words):
        word, cue = words[k], ""
        if word in prefixes and k + 1 < len(words) and _capital(words[k + 1]):
            cue, end = "prefix", _run(words, k + 1)
        elif word in lines and k + 1 < len(words) and words[k + 1].istitle() and (
                words[k + 1] not in company) and k > 0 and (words[k - 1].lower() == "the"
                                                           or _noun_before(words, k, nouns)):
            cue, end = "line", _run(words, k + 1)
        elif _capital(word) and k > 0 and (_noun_before(words, k, nouns) or words[k - 1].lower() in FLAG_WORDS
                                           and k >= 3 and words[k - 2] == "-"):
            cue, end = ("flag" if words[k - 1].lower() in FLAG_WORDS else "noun"), _run(words, k)
            if end < len(words) and (words[end] == "-" or words[end] in nouns or cue == "flag"
                                     and words[end].islower() and words[end] not in _JOINS):
                cue = ""  # "the Liberian-flagged Greek tanker", "a Panama-flagged Greek-owned ship"
        if cue:
            out.append((k, end, cue))
            k = end
        else:
            k += 1
    return out


# words that may follow a ship's name after "-flagged" ("the Liberian-flagged Tutor with a drone boat")
_JOINS = frozenset("with in on at off near from to by of and or as after before while when which that was "
                   "were is had has said".split())


SPANS_KEY = "chronica.ship_names"


def doc_spans(doc) -> list[tuple[int, int, str]]:  # noqa: ANN001
    """The ships' names of a spaCy Doc as (start, end) characters and the vessel noun an apposition gives
    ("the Galaxy Leader, a car carrier": "car carrier"; else ""), kept once per Doc: :func:`name_spans` over
    its words (a run that is a clause's subject is none: "the tanker Iran seized") and names in apposition
    to a vessel noun."""
    kept = doc.user_data.get(SPANS_KEY)
    if kept is None:  # read off the Doc's columns: a Token made only for a proper noun
        text, (starts, ends), deps = text_of(doc), char_bounds(doc), deps_of(doc)
        words = [text[a:b] for a, b in zip(starts, ends, strict=True)]
        kept = [(starts[a], ends[b - 1], "") for a, b, _ in name_spans(words)
                if deps[b - 1] not in ("nsubj", "nsubjpass")]
        heads, names = heads_of(doc), frozenset(pos_at(doc, "PROPN"))
        described = sorted({heads[i] for i in dep_at(doc, "appos") if heads[i] < i})  # an apposition after
        kept += [span for span in (_apposed(doc[i]) for i in described if i in names) if span is not None]
        doc.user_data[SPANS_KEY] = kept
    return kept


def _apposed(tok) -> tuple[int, int, str] | None:  # noqa: ANN001
    """A proper name in apposition to a vessel noun ("the Galaxy Leader, a car carrier linked to ..."): its
    characters and the noun; else None."""
    if tok.pos_ != "PROPN" or not tok.is_title:
        return None
    nouns = _lists()[0]
    for child in tok.children:
        if child.dep_ != "appos" or child.i < tok.i or child.pos_ != "NOUN":
            continue
        mods = [c.lower_ for c in child.children if c.dep_ in ("compound", "amod") and c.i == child.i - 1]
        noun = next((w for w in (f"{m} {child.lower_}" for m in mods) if w in nouns), None)
        noun = noun or (child.lower_ if child.lower_ in nouns else None)
        if noun is None:
            continue
        start = min((c.i for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"), default=tok.i)
        return tok.doc[start].idx, tok.idx + len(tok.text), noun
    return None


def covering(doc, tok) -> tuple[int, int, str] | None:  # noqa: ANN001
    """The ship's name a word of a Doc is part of, or None."""
    return next((s for s in doc_spans(doc) if s[0] <= tok.idx < s[1]), None)
