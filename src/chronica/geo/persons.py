"""Towns that open a person's name: "Paris Hilton", "Santiago Abascal", "Austin Tice" (lead58).

A town or capital that is also a first name (``given_name_towns`` in geo/data/cues.yaml) is a person's
first name when a capitalised word that no dictionary knows follows it at once and ends the name, and that
word is no word of a thing named after the town ("the Washington Post", "the Paris Agreement":
``name_goes_on_words``, ``venue_words``, ``title_words``, ``street_words``, ``town_name_ends``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from chronica.geo.cues import CUES

GIVEN_NAME_TOWNS = frozenset(CUES["given_name_towns"])
HYPHENS = frozenset({"-", "‐", "–"})
NAME_GOES_ON = frozenset(CUES["name_goes_on_words"]).union(
    CUES["venue_words"], CUES["title_words"], CUES["street_words"], CUES["town_name_ends"],
    CUES["date_words"])


def opens_name(place: str, after: Sequence[tuple[str, bool]], known: Callable[[str], bool]) -> bool:
    """Whether ``place`` opens a person's name. ``after`` holds the few words right after it, each with
    whether a space stands before it; ``known`` tells a word some dictionary knows (lower case). The name
    must end after its surname and the surname's hyphenated parts ("Ocasio-Cortez"): a second capitalised
    word makes it the name of a body ("Washington Anti-Terror Unit", "Washington Irving Bridge")."""
    if place.lower() not in GIVEN_NAME_TOWNS or not place[1:2].islower() or not after or not after[0][1]:
        return False
    surname = after[0][0]
    if not (surname[:1].isupper() and surname[1:2].islower()):
        return False
    if not surname.replace("'", "").replace("-", "").isalpha():
        return False
    if surname.lower() in NAME_GOES_ON or known(surname.lower()):
        return False
    k = 1
    while k + 1 < len(after) and after[k][0] in HYPHENS and not after[k][1] and not after[k + 1][1]:
        k += 2
    return not (k < len(after) and after[k][1] and after[k][0][:1].isupper())
