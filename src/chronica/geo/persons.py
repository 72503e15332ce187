"""Towns that open a person's name: "Paris Hilton", "Santiago Abascal", "Austin Tice" (lead58).

A town, capital or country that is also a first name (``given_name_towns`` in geo/data/cues.yaml) is a
person's first name when a capitalised word that no dictionary knows follows it at once, and the name
does not go on as the name of a thing named after the town ("the Washington Post", "the Paris
Agreement", "Washington Irving Bridge": ``name_goes_on_words``, ``venue_words``, ``title_words``,
``street_words``, ``town_name_ends``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from chronica.geo.cues import CUES

GIVEN_NAME_TOWNS = frozenset(CUES["given_name_towns"])
NAME_GOES_ON = frozenset(CUES["name_goes_on_words"]).union(
    CUES["venue_words"], CUES["title_words"], CUES["street_words"], CUES["town_name_ends"],
    CUES["date_words"])


def opens_name(place: str, after: Sequence[str], known: Callable[[str], bool]) -> bool:
    """Whether ``place`` opens a person's name: ``after`` holds the one or two words right after it
    (joined to it by a single space), ``known`` tells a word some dictionary knows (lower case)."""
    if place.lower() not in GIVEN_NAME_TOWNS or not place[1:2].islower() or not after:
        return False
    surname = after[0]
    if not (surname[:1].isupper() and surname[1:2].islower()) or not surname.replace("'", "").isalpha():
        return False
    if surname.lower() in NAME_GOES_ON or known(surname.lower()):
        return False
    return not (len(after) > 1 and after[1][:1].isupper() and after[1].lower() in NAME_GOES_ON)
