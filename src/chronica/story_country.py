"""The words that may set a story's fallback country when it names no place (round actors18): not a
place where words were only put out or talks only sat ("a statement released in Nicosia", "talks in
Geneva"), not a backer ("Saudi-led", "Iranian-backed"), not a company's nationality ("a Norwegian
company") and not a company itself ("a Chinese firm")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronica.counterparts import company, company_nationality
from chronica.geo.resolve import not_here

if TYPE_CHECKING:
    from chronica.actors import ActorResolver


def country_mentions(actors: ActorResolver, text: str, places: list) -> list[tuple[int, int, str]]:
    """(start, end, ISO3) of the country words that count for the story's country."""
    skip = getattr(places, "seats", frozenset()) | getattr(places, "venues", frozenset())
    return [m for m in actors.country_mentions(text) if (m[0], m[1]) not in skip
            and not not_here(text, m[0], m[1]) and not company_nationality(text, m[1])]


def actor_mentions(actors: ActorResolver, text: str) -> list:
    """(start, end, Actor) of the actor mentions that count for the story's country."""
    return [m for m in actors.mentions(text) if not not_here(text, m[0], m[1]) and not company(m[2])]
