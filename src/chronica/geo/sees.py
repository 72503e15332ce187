"""Religious names that carry a place's name without naming the story's place (faith54).

A church or school named after a saint ("St Mark's Cathedral in Cairo") is no town or parish of the
saint's name (Saint Mark, Grenada), and a see after a bishop's title ("the Archbishop of Canterbury")
is the title's cathedral town, not a bigger namesake abroad (Canterbury, N.Z.). The words are in
geo/data/cues.yaml (``saint_words``, ``saint_venue_words``, ``see_titles``, ``clergy_sees``).
"""

from __future__ import annotations

from chronica.geo.cues import CUES

SAINT_WORDS = frozenset(CUES["saint_words"])
SAINT_VENUES = frozenset(CUES["saint_venue_words"])
SEE_TITLES = frozenset(CUES["see_titles"])
CLERGY_SEES: dict[str, str] = CUES["clergy_sees"]
POSSESSIVES = ("'s", "’s")
NAME_WORDS = 3  # capitalised words a building's name may hold between the possessive and its venue word


def saint_venue(doc, a: int, b: int) -> bool:  # noqa: ANN001
    """Is the name [a, b) a saint's with a possessive and a building after it ("St Mark's Cathedral",
    "St Mary's Catholic Church", "Saint George's school")?"""
    if b - a < 2 or doc[a].lower_ not in SAINT_WORDS or b + 1 >= len(doc) or doc[b].text not in POSSESSIVES:
        return False
    for k in range(b + 1, min(len(doc), b + 2 + NAME_WORDS)):
        tok = doc[k]
        if tok.lower_ in SAINT_VENUES:
            return True
        if not tok.text[:1].isupper():
            return False
    return False


def see_country(doc, a: int, key: str) -> str | None:  # noqa: ANN001
    """The country of a see named after a bishop's title ("the Bishop of Durham": GBR), else None."""
    if a < 2 or doc[a - 1].lower_ != "of" or doc[a - 2].lower_ not in SEE_TITLES:
        return None
    return CLERGY_SEES.get(key)
