"""The actors a document's words were resolved to, kept for the words asked about again.

An event's fallbacks (a complement's target, the doers' countries, a place as target ...) ask
:meth:`chronica.mentions.Mentions.actor` again about words its roles already named. The answer
depends on the word, the event's country and venue, and the document's named groups
(``DocContext.named``, which resolving may add to): it is handed out again, as a copy, only while the
named groups are equal to those it was worked out with, and the groups working it out named or changed are
named again, so the run is the same as working it out anew.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chronica.record import Actor

Key = tuple[int, str | None, str | None]


def _copy(value: Any, made: dict[int, Any]) -> Any:  # noqa: ANN401 - an actor or an earlier-text entry
    """A copy of a named-groups value deep enough that later changes to the original do not reach it;
    one copy for each original (``made``, by identity), so values shared stay shared."""
    copied = made.get(id(value))
    if copied is not None:
        return copied
    if isinstance(value, Actor):
        copied = value.copy()
    elif isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], list):
        copied = (value[0], [(a, b, _copy(x, made)) for a, b, x in value[1]])  # an earlier text's mentions
    else:
        return value
    made[id(value)] = copied
    return copied


class Answer:
    """One word's actor, with the named groups it was worked out with and those it named."""

    __slots__ = ("before", "actor", "named")

    def __init__(self, before: tuple, actor: Actor | None, named: list[tuple[Any, Any]]) -> None:
        self.before = before
        self.actor = actor
        self.named = named

    def replay(self, named: dict) -> Actor | None:
        """The actor again, naming the groups working it out named."""
        made: dict[int, Any] = {}
        actor = _copy(self.actor, made) if self.actor is not None else None
        for key, value in self.named:
            named[key] = _copy(value, made)
        return actor


def ask(kept: dict[Key, Answer], key: Key, named: dict, work: Callable[[], Actor | None]) -> Actor | None:
    """The actor ``work`` finds for a word (``key``: its index, the event's country and venue), kept in
    ``kept`` and handed out again while ``named`` is as it was."""
    now = tuple(named.items())
    answer = kept.get(key)
    if answer is not None and answer.before == now:
        return answer.replay(named)
    made: dict[int, Any] = {}
    before = tuple((k, _copy(v, made)) for k, v in now)
    ids, was = {k: id(v) for k, v in now}, dict(before)
    found = work()
    made = {}  # copies of the answer's objects, shared where they are the same object
    changed = [(k, _copy(v, made)) for k, v in named.items()
               if ids.get(k) != id(v) or was[k] != v]  # named anew, or changed in place
    kept[key] = Answer(before, _copy(found, made) if found is not None else None, changed)
    return found
