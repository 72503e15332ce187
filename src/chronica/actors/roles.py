"""Role nouns and titles ("the army", "protesters", "President ...") and how their labels are written."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .lexicon import Lexicon


@dataclass(frozen=True)
class Label:
    name: str | None
    acled: str | None
    bare: str | None  # name and acled_actor when no country is known


@dataclass(frozen=True)
class Role:
    word: str
    sector: str | None
    inter: int
    rank: int
    label: Label
    group: str | None = None
    title: bool = False
    needs_country: bool = False
    whole: bool = False
    head_only: bool = False  # a role only as the head noun ("a national", not "National Resistance")
    owner: bool = False  # a thing (weapon, place) that names an actor only through an owner in the phrase
    stateless: bool = False  # of no country unless the phrase names one (international missions)
    # (territory, state): those of this role found only in the territory are of the state that settled them
    settled_by: tuple[tuple[str, str], ...] = ()
    home: str | None = None  # the one state whose office the title names by itself ("House Speaker": USA)
    modifier_only: bool = False  # a role only before a head or in a complement ("industry groups")
    shared_by: tuple[str, ...] = ()  # other states with a body of that name (the story's, if one)
    origin: str | None = None  # the state a group is of when the story names no place nor country


IRREGULAR = {"thief": "thieves", "child": "children", "wife": "wives", "knife": "knives"}


def plural(word: str) -> str | None:
    """The English plural of the last word, or None if the word already looks plural."""
    head, _, last = word.rpartition(" ")
    prefix = f"{head} " if head else ""
    if last in IRREGULAR:
        return prefix + IRREGULAR[last]
    if last.endswith("s") or last.endswith("men") or last in {"people", "police", "media", "press"}:
        return None
    if last.endswith("man"):
        return prefix + last[:-3] + "men"
    if last.endswith("y") and last[-2:-1] not in set("aeiou"):
        return prefix + last[:-1] + "ies"
    if last.endswith(("x", "ch", "sh")):
        return prefix + last + "es"
    return prefix + last + "s"


def looks_plural(word: str) -> bool:
    last = word.rpartition(" ")[2]
    return (last.endswith("s") and not last.endswith(("ss", "us", "is"))) or last.endswith("men") or last in {
        "people", "police", "children", "clergy", "youth", "public", "population", "personnel"}


def load_roles(data: dict[str, Any], lexicon: Lexicon) -> int:
    """Add the role words of a roles file to ``lexicon``; return how many forms were added."""
    labels = {k: Label(v.get("name"), v.get("acled"), v.get("bare"))
              for k, v in (data.get("labels") or {}).items()}
    count = 0
    for row in data.get("roles") or []:
        label = labels[row.get("label", "none")] if row.get("label", "none") in labels else Label(
            None, None, None)
        for word in row["words"]:
            role = Role(str(word), row.get("sector"), int(row.get("inter") or 0), int(row.get("rank", 1)),
                        label, row.get("group"), bool(row.get("title")), bool(row.get("needs_country")),
                        bool(row.get("whole")), bool(row.get("head_only")), bool(row.get("owner")),
                        bool(row.get("stateless")), tuple((row.get("settled_by") or {}).items()),
                        row.get("home"), bool(row.get("modifier_only")),
                        tuple(str(c).upper() for c in row.get("shared_by") or ()), row.get("origin"))
            proper = bool(row.get("proper"))
            lexicon.add(str(word), "role", role, proper=proper, plural=looks_plural(str(word)))
            count += 1
            many = plural(str(word))
            if many:
                lexicon.add(many, "role", role, proper=proper, plural=True)
                count += 1
    return count


def word_lists(data: dict[str, Any]) -> tuple[frozenset[str], ...]:
    """Determiners, possessive pronouns, prepositions and speaking heads named in a roles file."""
    def get(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or [])

    return get("determiners"), get("possessives"), get("prepositions"), get("speaking_heads")
