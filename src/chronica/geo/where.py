"""The event's own place among those its sentence names, else the story's place."""

from __future__ import annotations

from dataclasses import replace

import pycountry
from spacy.tokens import Token

from chronica.record import Place

PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "into", "from"}


def _part_of_actor(tok: Token) -> bool:
    """'the Lima police': a place inside an actor's name says little about where."""
    return tok.dep_ in ("compound", "amod", "poss") and tok.head.pos_ in ("NOUN", "PROPN")


def in_sentence(trigger: Token, places: list[Place], actor_tokens: set[int]) -> Place | None:
    """The place of the sentence that the event happened in: a town or region named with a
    locative preposition, nearest to the trigger, and not an actor ("the aid of the USA")."""
    doc = trigger.doc
    scored = []
    for place in places:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        locative = root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS
        if root.i in actor_tokens and not locative:
            continue
        if _part_of_actor(root) or ((place.precision or 4) >= 4 and not locative):
            continue
        score = abs(root.i - trigger.i) / 100 - (1 if locative else 0)
        if (place.precision or 4) >= 4:
            score += 0.5
        scored.append((score, place))
    return min(scored, key=lambda sp: sp[0])[1] if scored else None


def country_place(geocoder, iso3: str, places: list[Place]) -> Place | None:  # noqa: ANN001
    """A country as a place (precision 4), from the story's own mention or the gazetteer."""
    found = next((p for p in places if p.country == iso3 and p.precision == 4), None)
    if found is None:
        record = pycountry.countries.get(alpha_3=iso3)
        names = [getattr(record, "common_name", None), record.name] if record else []
        for name in filter(None, names):
            found = next((p for p in geocoder.lookup(name) if p.precision == 4 and p.country == iso3), None)
            if found:
                break
    if found is None:
        return None
    return replace(found, admin1=None, precision=4, start=None, end=None)


def event_place(geocoder, trigger: Token, sentence_places: list[Place], actor_tokens: set[int],  # noqa: ANN001
                doc_places: list[Place], focus: str | None) -> tuple[Place | None, dict]:
    """The event's place and the evidence for it."""
    best = in_sentence(trigger, sentence_places, actor_tokens)
    if best is not None:
        return best, {"rule": "in-sentence", "text": best.text, "start": best.start, "end": best.end}
    if focus:
        country = country_place(geocoder, focus, doc_places)
        if country is not None:
            return country, {"rule": "document-focus-country", "country": focus}
    return None, {}
