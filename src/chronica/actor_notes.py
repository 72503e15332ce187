"""Small helpers the role readers share: whether an actor's country was only guessed, an actor named by
other words, and an actor noted as an event's role in its evidence."""

from __future__ import annotations

from chronica.record import Actor


def guessed_country(actor: Actor) -> bool:
    """Whether an actor's country came only from the story's focus or the event's place."""
    rule = actor.evidence or ""
    return actor.country is None or "+focus:" in rule or "+where:" in rule


def with_text(actor: Actor, text: str, rule: str, country: str | None = "") -> Actor:
    """The actor with the words that name it and the rule that found it (and another country, if given)."""
    return Actor(text=text, name=actor.name, country=actor.country if country == "" else country,
                 sector=actor.sector, acled_actor=actor.acled_actor, inter=actor.inter, evidence=rule)


def noted(evidence: dict, role: str, actor: Actor) -> list[Actor]:
    """The actor as the event's ``role``, noted in its evidence with the words and the rule."""
    evidence[role] = [{"text": actor.text, "resolved": actor.name, "rule": actor.evidence}]
    return [actor]
