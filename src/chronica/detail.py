"""A lead's loose place made precise by the sentences that follow it.

Wire stories often open with a country or a region ("killed 20 civilians in northern Burkina Faso") and
name the village in the next paragraph ("Gunmen stormed Bourasso village in the Kossi province"). An
event placed only at country or region level takes the finer place of an event of the same kind told in
the next sentences, inside the same country (and region), when that event is neither background nor
negated nor hypothetical, nor told as another event ("a similar attack ... last year"). A next sentence
with no event that only says where it happened ("It happened in Kauru area, police said") gives its place
too (refine_by_setting).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from chronica.geo.cues import CUES
from chronica.geo.gazetteer import COUNTRY, REGION
from chronica.record import Event, Place

SETTING_VERBS = frozenset(CUES["setting_verbs"])
SETTING_SUBJECTS = frozenset(CUES["setting_subjects"])
OTHER_EVENT_WORDS = frozenset(CUES["other_event_words"])

WINDOW = 2  # how many sentences after the event may tell its place


def refine_places(events: list[Event]) -> None:
    """Give events placed at country or region level the finer place the next sentences tell."""
    for ev in events:
        loc = ev.location
        if loc is None or (loc.precision or COUNTRY) < REGION or ev.modality.negated:
            continue
        better = next((o for o in events if ev.sentence < o.sentence <= ev.sentence + WINDOW
                       and _told_again(ev, o)), None)
        if better is not None:
            ev.location = replace(better.location)
            ev.evidence["location"] = {"rule": f"told in sentence {better.sentence}",
                                       "text": better.location.text}


def _told_again(ev: Event, other: Event) -> bool:
    """Is ``other`` the same kind of event, told with a finer place inside ``ev``'s?"""
    here, there = ev.location, other.location
    if there is None or other.plover["type"] != ev.plover["type"]:
        return False
    if other.modality.negated or other.modality.hypothetical or other.evidence.get("trigger", {}).get(
            "background"):
        return False
    if _another_event(ev, other):
        return False
    return _finer_inside(there, here)


def _finer_inside(there: Place, here: Place) -> bool:
    """Is ``there`` a finer place than ``here`` and inside it (its country, and its region if given)?"""
    if there.country != here.country or (there.precision or COUNTRY) >= (here.precision or COUNTRY):
        return False
    return (here.precision or COUNTRY) == COUNTRY or (here.admin1 is not None and there.admin1 == here.admin1)


def _another_event(ev: Event, other: Event) -> bool:
    """Is ``other`` told as a different event ("a similar attack", "a separate raid")? Not by its date: a
    follow-up sentence often states another day of the story ("detained in Almaty, where crowds stormed
    the city hall last Wednesday")."""
    return any(w.strip(".,;:\"'()").lower() in OTHER_EVENT_WORDS for w in other.text.split())


def refine_by_setting(events: list[Event], doc: Doc, places: list[Place], starts: list[int]) -> None:
    """Give events still placed at country or region level the finer place a next sentence tells
    with no event of its own ("... in Kaduna state on Sunday. It happened in Kauru area")."""
    for ev in events:
        loc = ev.location
        if loc is None or (loc.precision or COUNTRY) < REGION or ev.modality.negated:
            continue
        for index in range(ev.sentence + 1, min(ev.sentence + WINDOW + 1, len(starts) - 1)):
            place = _setting_place(doc[starts[index]:starts[index + 1]], places, loc)
            if place is not None:
                ev.location = replace(place)
                ev.evidence["location"] = {"rule": f"setting told in sentence {index}", "text": place.text}
                break


def _setting_place(sent, places: list[Place], here: Place) -> Place | None:  # noqa: ANN001
    """The first finer place inside ``here`` of a sentence that says where "it" happened."""
    if not _is_setting(sent):
        return None
    for p in places:
        if p.start is None or not sent.start_char <= p.start < sent.end_char:
            continue
        if _finer_inside(p, here):
            return p
    return None


def _is_setting(sent) -> bool:  # noqa: ANN001
    """Is the sentence's main verb (or the verb its speaker's verb reports: "It happened in X, police
    said") "happen", "occur" or "take place", with "it" or the event's noun as subject ("the attack",
    not "a similar attack")?"""
    verbs = [sent.root, *(c for c in sent.root.children if c.dep_ == "ccomp")]
    return any(_setting_verb(v) for v in verbs)


def _setting_verb(verb) -> bool:  # noqa: ANN001
    """Is this verb "happen", "occur" or "take place" with the told event as its subject?"""
    lemma = verb.lemma_.lower()
    if lemma not in SETTING_VERBS:
        return False
    if lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in SETTING_SUBJECTS and _definite(c) for c in verb.children)


def _definite(noun) -> bool:  # noqa: ANN001
    """A pronoun, or a noun with "the" or "this" and no adjective: the event just told."""
    if noun.pos_ == "PRON":
        return True
    kids = list(noun.children)
    return not any(k.dep_ == "amod" for k in kids) and any(
        k.dep_ == "det" and k.lower_ in ("the", "this", "that") for k in kids)
