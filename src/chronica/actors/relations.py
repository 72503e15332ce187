"""People told by their tie to someone: "Saied's main rival", "Putin's chief critic Alexei Navalny", "a
critic of the Kremlin", "Netanyahu's coalition partner Itamar Ben-Gvir", "the president's son". Each is an
actor of his own, never the one he is tied to (``relation_nouns`` and ``relation_stand_ins`` in
roles.yaml; actors46)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..record import Actor
from .text import Token

POSSESSIVE_MARKS = ("'s", "’s", "'", "’")
PERSON_RULES = ("leader:", "title:", "role:")  # owners that may be one person ("Putin", "the president")
SECOND = "second"  # the kind of a person's deputy or bodyguard
DOER = "doer"  # the kind of those who did a deed to a person ("Khashoggi's killers")
SERVES = "serves"  # the kind of one who works for a person ("Trump envoy", "Obama adviser"; envoys57)
PERSON_KINDS = ("beside", SERVES)  # kinds tied only to a person ("Biden aide", "Trump envoy"), not a state
ITSELF = "itself"  # a stand-in word that is the relation noun itself
GROUP_HEAD = re.compile(r"head_of_body of (.+?)(?: \d{4}|\))")  # the group a leader heads, in his rule
WorkOut = Callable[[str], tuple[Actor | None, bool]]
InCountry = Callable[[str, str | None], Actor | None]


def relation_words(roles_file: dict[str, Any]) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """Each relation noun's kind, and each kind's stand-in word by the owner's sector."""
    kinds = {str(w).lower(): kind
             for kind, ws in (roles_file.get("relation_nouns") or {}).items() for w in ws}
    stand_ins = {kind: {str(k): str(v) for k, v in (row or {}).items()}
                 for kind, row in (roles_file.get("relation_stand_ins") or {}).items()}
    return kinds, stand_ins


def _owned(phrase: str, tokens: list[Token], k: int, modifiers: frozenset[str] = frozenset()) -> str | None:
    """The owner's words of the relation noun at ``k``: after "of" ("a critic of the Kremlin"), or before it
    when marked possessive ("Putin's chief critic") or a name right before it, maybe over ``modifiers``
    ("Kremlin critic X", "Biden special envoy X")."""
    if k + 2 < len(tokens) and tokens[k + 1].key == "of" and all(
            not t.text[:1].isupper() for t in tokens[:k]):
        return phrase[tokens[k + 2].start:]
    if k + 1 < len(tokens) and not tokens[k + 1].text[:1].isupper():
        return None  # "rival groups", "partner organisations": a modifier, no tie to a person
    for j in range(k - 1, -1, -1):
        if phrase[tokens[j].end:tokens[j].end + 2].startswith(POSSESSIVE_MARKS):
            lower = all(not t.text[:1].isupper() for t in tokens[j + 1:k])  # "Putin's chief critic"
            return phrase[:tokens[j].end] if lower else None
    j = k - 1
    while j > 0 and tokens[j].key in modifiers and tokens[j].text.islower():
        j -= 1
    return phrase[:tokens[j].end] if j >= 0 and tokens[j].text[:1].isupper() else None


def related(phrase: str, tokens: list[Token], kinds: dict[str, str], stand_ins: dict[str, dict[str, str]],
            work_out: WorkOut, in_country: InCountry,
            anywhere: WorkOut | None = None,
            modifiers: frozenset[str] = frozenset()) -> tuple[Actor | None, bool] | None:
    """The actor a phrase of a relation noun names, with whether working it out read the date; None when
    the phrase has no such noun tied to an owner. A known name after the noun decides ("Putin's chief critic
    Alexei Navalny"); else the owner's country, and the stand-in word of the tie there ("Opposition
    (Tunisia)" for a president's rival), keeping an unknown name ("Erdogan's challenger Ekrem Imamoglu").
    ``anywhere`` works a phrase out without the story's country, for an owner one serves; ``modifiers`` may
    stand between a name and its noun ("Biden special envoy")."""
    k = next((i for i, t in enumerate(tokens) if t.key in kinds and t.text[:1].islower()), None)
    owned = _owned(phrase, tokens, k, modifiers) if k is not None else None
    if owned is None:
        return None
    kind = kinds[tokens[k].key]
    if kind in (SECOND, DOER) and not any(phrase[t.end:t.end + 2].startswith(POSSESSIVE_MARKS)
                                          for t in tokens[:k]):
        return None  # "an opposition deputy", "Hamas killers": a lawmaker, the group's own men
    owner, read = work_out(owned)
    if kind in PERSON_KINDS and anywhere is not None and (owner is None or not owner.sector):
        owner, read = _leader_anywhere(owned, anywhere) or (owner, read)
    if owner is None or not (owner.country or owner.sector):
        return None
    if kind in (DOER, SERVES) and not (owner.evidence or "").startswith(PERSON_RULES):
        return None  # "the regime's killers" are the regime's own men; "Hamas spokesman" the group's, as read
    group = _leaders_group(owner, work_out) if kind == SECOND else None
    if group is not None:  # "Haniyeh's deputy": of Hamas, not Haniyeh
        return _with(group, phrase, f"{group.evidence}+{kind} of:{owner.name}"), read
    row = stand_ins.get(kind, {})
    word = row.get("*") or row.get(owner.sector or "")
    word = tokens[k].key if word == ITSELF else word
    if kind in PERSON_KINDS and not (owner.evidence or "").startswith(PERSON_RULES):
        word = None  # "Russia's allies" are other states; "Putin's aide" is of his government
    named = None
    if k + 1 < len(tokens) and tokens[k + 1].key != "of":
        named, named_read = work_out(phrase[tokens[k + 1].start:])
        read = read or named_read
        if named is not None and named.sector:
            return _with(named, phrase, f"{named.evidence}+{kind} of:{owner.name}"), read
    stand = in_country(word, owner.country) if word else None
    if stand is None:
        return None
    if named is not None and named.name:  # a name of no known sector: the tie's, in the owner's country
        stand.name = named.name
    elif named is None and k + 1 < len(tokens) and all(t.text[:1].isupper() for t in tokens[k + 1:]):
        stand.name = phrase[tokens[k + 1].start:]  # a name read as nothing ("Marcos Vieira" abroad)
    return _with(stand, phrase, f"{stand.evidence}+{kind} of:{owner.name}"), read


def _leader_anywhere(owned: str, anywhere: WorkOut) -> tuple[Actor, bool] | None:
    """A leader's bare surname before a staff noun, read in any story ("Trump envoy" in a Moscow story)."""
    owner, read = anywhere(owned)
    return (owner, read) if owner is not None and (owner.evidence or "").startswith("leader:") else None


def _leaders_group(owner: Actor, work_out: WorkOut) -> Actor | None:
    """The group a non-state leader heads, from the rule that named him ("leader:Ismail Haniyeh (head_of_body
    of Hamas 2017-2024)": Hamas); None for a state's people and all others."""
    found = GROUP_HEAD.search(owner.evidence or "")
    if found is None:
        return None
    group, _ = work_out(found.group(1))
    return group if group is not None and group.sector == owner.sector else None


def _with(actor: Actor, text: str, evidence: str) -> Actor:
    out = actor.copy()
    out.text, out.evidence = text, evidence
    return out
