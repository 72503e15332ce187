"""Events named as the setting of the news rather than as the news: 'after meeting the king',
'before attacking the town', 'after weeks of protests'. The trigger keeps its event; its rule is
marked "+setting" so that the primary event is chosen among the others (salience.py). Violence is
not marked: "two officers were injured after exchanging fire" reports the clash."""

from __future__ import annotations

from spacy.tokens import Token

SETTING_PREPS = {"after", "before", "following", "since", "amid", "amidst", "despite", "upon", "during"}
SPANS = {"week", "month", "day", "year", "hour", "decade", "series", "wave", "round", "spate", "string"}


def is_setting(head: Token) -> bool:
    """'after meeting the king' (a verb under a preposition of time) or 'after weeks of protests' (an
    event counted by a span of time under one)."""
    if head.dep_ == "pcomp" and head.pos_ == "VERB":
        return head.head.lower_ in SETTING_PREPS
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    span = head.head.head
    return (span.lemma_.lower() in SPANS and span.dep_ == "pobj"
            and span.head.lower_ in SETTING_PREPS)
