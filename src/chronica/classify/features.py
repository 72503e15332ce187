"""Features of a coded report for the ACLED model: what the rules found, and the trigger's words."""

from __future__ import annotations

from chronica.classify.notes import note_form
from chronica.ontology.mapping import armed
from chronica.record import Actor, Event

CONTENT_POS_WORDS = 40  # content words of the lead: up to two sentences after the primary event's
NOTE = "note_form"  # the report is an ACLED-style event note: the model may type an event the rules left out
NO_EVENT = "no_event"  # the rules found no event in the report: the model reads its words alone


def _lead_words(lemmas: list[str] | None) -> dict[str, float]:
    """The lead's content lemmas, and each pair of neighbouring ones ("set fire", "fire shot"): a pair
    tells what one word alone does not (on the dev folds the pairs typed four to five more rows right)."""
    words = (lemmas or [])[:CONTENT_POS_WORDS]
    out = {f"w={lemma}": 1.0 for lemma in words}
    for first, second in zip(words, words[1:], strict=False):
        out[f"b={first}_{second}"] = 1.0
    return out


def _head_word(text: str) -> str | None:
    """The last word of an actor phrase, singular-ish: 'a police checkpoint' -> 'checkpoint'."""
    words = [w for w in text.lower().split() if w.isalpha()]
    if not words:
        return None
    word = words[-1]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _actor_features(prefix: str, actors: list[Actor], words: bool,
                    spans: list[dict] | None = None) -> dict[str, float]:
    out: dict[str, float] = {}
    if not actors:
        out[f"{prefix}:none"] = 1.0
        if words:
            out[f"{prefix}:unresolved"] = 1.0
    for a in actors[:3]:
        out[f"{prefix}:inter={a.inter}"] = 1.0
        out[f"{prefix}:sector={a.sector}"] = 1.0
        out[f"{prefix}:armed={armed(a)}"] = 1.0
    if actors:
        out[f"{prefix}:first_inter={actors[0].inter}"] = 1.0
        if len({armed(a) for a in actors}) > 1:
            out[f"{prefix}:mixed"] = 1.0  # "killed two soldiers and a civilian"
    for span in (spans or [])[:3]:  # the words that named the actor, resolved or not
        head = _head_word(span.get("text") or "")
        if head:
            out[f"{prefix}:head={head}"] = 1.0
    return out


def features(events: list[Event], sentence_lemmas: list[str] | None = None,
             text: str | None = None) -> dict[str, float]:
    """One report's features: its primary event in detail, the other events in brief.
    ``text``: the report's text, read only for whether it is an ACLED-style note."""
    f: dict[str, float] = {"bias": 1.0}
    if text is not None and note_form(text):
        f[NOTE] = 1.0
    primary = next((e for e in events if e.primary), None)
    if primary is None:  # an event note in which the rules found no event: its words alone
        f[NO_EVENT] = 1.0
        f.update(_lead_words(sentence_lemmas))
        return f
    trig = primary.evidence.get("trigger", {})
    f[f"class={trig.get('class')}"] = 1.0
    f[f"plover={primary.plover['type']}"] = 1.0
    f[f"rule_sub={primary.acled['sub_event_type'] if primary.acled else None}"] = 1.0
    rule = trig.get("rule", "")
    f[f"trigger={rule.split('+')[0]}"] = 1.0
    if "+weapon:" in rule:
        f[f"weapon={rule.split('+weapon:')[1]}"] = 1.0
    for why in primary.evidence.get("acled", []):
        f[f"context={why}"] = 1.0
    f.update(_actor_features("src", primary.source, False, primary.evidence.get("source")))
    f.update(_actor_features("tgt", primary.target, bool(primary.evidence.get("target")),
                             primary.evidence.get("target")))
    for field in ("fatalities", "injured", "arrested", "size"):
        value = getattr(primary, field)
        if value:
            f[f"has_{field}"] = 1.0
            if field in ("fatalities", "injured"):  # one victim, a few, or many
                f[f"{field}={'1' if value == 1 else '2-4' if value < 5 else '5+'}"] = 1.0
    for flag, on in vars(primary.modality).items():
        if on:
            f[f"modality={flag}"] = 1.0
    for ev in events:
        if ev is primary or ev.modality.negated:
            continue
        f[f"other_class={ev.evidence.get('trigger', {}).get('class')}"] = 1.0
        if ev.acled:
            f[f"other_sub={ev.acled['sub_event_type']}"] = 1.0
    f.update(_lead_words(sentence_lemmas))
    return f
