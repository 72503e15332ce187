"""Whether a sentence's day is the day of a report rather than of the act reported.

"At least eight people were killed in the gun battles, officials said on Friday": "on Friday" hangs on
"said", so it dates the statement. The killings are the news of the lede before it, told on Thursday;
the pipeline then looks for that day (earlier in the paragraph, or the lede's) and keeps the report's
day only when the story gives no other.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from spacy.tokens import Doc, Token

from chronica import yamlio
from chronica.extract import within
from chronica.nlp import children_of, deps_between, place_opener, sentence_bounds, sentence_of, tokens_of
from chronica.record import DateInfo, Event
from chronica.when import background, parse_published

_DATA = yamlio.safe_load((Path(__file__).parent / "data" / "dates.yaml").read_text(encoding="utf-8"))
STATEMENT_VERBS = frozenset(_DATA["statement_verbs"])
TO_DATE_PERIODS = frozenset(_DATA["to_date_periods"])
WEEKEND_PERIODS = frozenset(_DATA["weekend_periods"])
ROUNDUP_ADVERBS = frozenset(_DATA["roundup_adverbs"])
ROUNDUP_OPENERS = tuple(_DATA["roundup_openers"])
ROUNDUP_TYPES = frozenset(_DATA["roundup_types"])
SATURDAY = 5
LEDE_GAP_DAYS = int(_DATA.get("lede_gap_days", 7))
VERB_POS = frozenset({"VERB", "AUX"})
ASIDE_DEPS = frozenset({"relcl", "appos", "acl"})


def _governing_verb(tok: Token) -> Token | None:
    """The first verb above ``tok`` (itself if a verb), or None at the root."""
    while tok.pos_ not in VERB_POS:
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok


def aside_spans(trigger: Token, subjects: bool = True) -> list[tuple[int, int]]:
    """Character spans of the clauses of the trigger's sentence that describe a noun and do not hold the
    trigger (a relative clause, an appositive, a participle: "Hamas, which took control of Gaza in 2007,
    released ..."; olddates53): a past date in one is the described thing's, not the act's. ``subjects``:
    also those that describe a subject. Not one that describes the frame of the act ("were killed in the war,
    which began in 1998": the war's time is the killing's)."""
    return [(a, b) for a, b, of_subject in _asides(trigger) if subjects or not of_subject]


ASIDES_KEY = "chronica.said_on.asides"


def _asides(trigger: Token) -> list[tuple[int, int, bool]]:
    """:func:`aside_spans` with whether each describes a subject, kept per Doc by the trigger (an event asks
    twice; a mend drops the Doc's tables, and with them these)."""
    kept = trigger.doc.user_data.setdefault(ASIDES_KEY, {})
    found = kept.get(trigger.i)
    if found is None:
        found = kept[trigger.i] = []
        toks = tokens_of(trigger.doc)
        for i in deps_between(trigger.doc, ASIDE_DEPS, *sentence_bounds(trigger)):  # the clauses' heads only
            tok = toks[i]
            if tok.left_edge.i <= trigger.i <= tok.right_edge.i:
                continue
            described = tok.head
            if described.dep_ == "pobj" and described.head.head.i == trigger.i and not _past_perfect(tok):
                continue  # "killed in the war, which began in 1998"; not "a village they had raided in 2019"
            right, of_subject = tok.right_edge, described.dep_ in ("nsubj", "nsubjpass")
            found.append((tok.left_edge.idx, right.idx + len(right.text), of_subject))
    return found


def earlier_clauses(trigger: Token) -> list[tuple[int, int]]:
    """Character spans of the clauses of the trigger's sentence told in the past perfect that do not hold the
    trigger ("killed 12 people in a village that the gang had attacked in 2019"): a past date in one is of an
    earlier act, not the trigger's (when61)."""
    toks = tokens_of(trigger.doc)
    start, end = sentence_bounds(trigger)
    return [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)) for t in toks[start:end]
            if _past_perfect(t) and not t.left_edge.i <= trigger.i <= t.right_edge.i]


def _past_perfect(verb: Token) -> bool:
    """Whether a clause's verb is told in the past perfect ("that the gang had attacked"): a time before the
    act it is told with, so not that act's time (when61)."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in children_of(verb))


def background_asides(trigger: Token, dates: list[DateInfo], published: str | None) -> list[tuple[int, int]]:
    """The trigger's asides (:func:`aside_spans`) that describe no subject and state a past date: "arrested 12
    members of Boko Haram, the group that abducted 276 schoolgirls from Chibok in 2014": their places are the
    described thing's past, not the act's ("Hamas, which took control of Gaza in 2007, ..." keeps Gaza)."""
    pub = parse_published(published)
    return [(a, b) for a, b in aside_spans(trigger, subjects=False)
            if any(d.start is not None and d.end is not None and a <= d.start and d.end <= b
                   and background(d, pub) for d in dates)]


def report_day(doc: Doc, when: DateInfo, trigger: Token) -> bool:
    """Whether ``when``, a day the sentence states, modifies a verb of saying other than the trigger."""
    if when.start is None or when.end is None or when.precision != "day":
        return False
    span = doc.char_span(when.start, when.end, alignment_mode="expand")
    if span is None:
        return False
    verb = _governing_verb(span.root)
    if verb is None or verb.lemma_.lower() not in STATEMENT_VERBS:
        return False
    told = _governing_verb(trigger)  # the act's own clause: "killed" for "killed in the raid"
    if told is None or told.i == verb.i:  # "announced a ban on Thursday": the day is the ban's
        return False
    return within(told, verb) or within(verb, told)  # "officials said X" / "X, officials said"


def period_report_day(doc: Doc, when: DateInfo, dates: list[DateInfo], bounds: tuple[int, int],
                      trigger: Token) -> DateInfo | None:
    """The report's day for an act told over a period up to it ("killed 15 militants in the past
    week, the army said on Monday": Monday), or the Saturday before it for a weekend ("over the
    weekend, the ministry said on Monday"), if the act's sentence states one."""
    period = (when.text or "").lower().strip()
    if when.precision == "day" or period not in TO_DATE_PERIODS | WEEKEND_PERIODS:
        return None
    start, end = bounds
    told = next((d for d in dates if d.start is not None and start <= d.start < end
                 and report_day(doc, d, trigger)), None)
    if told is None or period in TO_DATE_PERIODS:
        return told
    return weekend_before(told, when)


def act_day_beside_report(doc: Doc, when: DateInfo, dates: list[DateInfo], bounds: tuple[int, int],
                          trigger: Token) -> DateInfo | None:
    """The act's own day when its sentence gives one beside the report's ``when`` ("police said on Monday
    that officers shot a man on Sunday": Sunday), the nearest to the trigger; None when it gives none."""
    start, end = bounds
    own = [d for d in dates if d.start is not None and d.end is not None and start <= d.start and d.end <= end
           and d.value and d.precision == "day" and d.start != when.start and not report_day(doc, d, trigger)
           and (d.value or "") <= (when.value or "")]
    at = trigger.idx
    return replace(min(own, key=lambda d: abs((d.start or 0) - at))) if own else None


def weekend_before(told: DateInfo, when: DateInfo) -> DateInfo | None:
    """The Saturday of the weekend up to the report day ``told``, dated by the weekend's words."""
    try:
        day = date.fromisoformat(told.value or "")
    except ValueError:
        return None
    saturday = day - timedelta(days=(day.weekday() - SATURDAY) % 7)
    return replace(when, value=saturday.isoformat(), precision="day", basis="relative")


def _verbs_up(tok: Token) -> list[Token]:
    """The verbs from ``tok``'s own up to its sentence's root."""
    verbs = []
    verb = _governing_verb(tok)
    while verb is not None:
        verbs.append(verb)
        verb = _governing_verb(verb.head) if verb.head.i != verb.i else None
    return verbs


def roundup_item(trigger: Token, plover_type: str) -> bool:
    """Whether a past act is one more item of a round-up: "also" on its verb, or its sentence opens with a
    place or with "hours later", "meanwhile" and the like."""
    if plover_type not in ROUNDUP_TYPES:
        return False
    verbs = _verbs_up(trigger)
    if any(c.dep_ == "advmod" and c.lower_ in ROUNDUP_ADVERBS for v in verbs for c in children_of(v)):
        return True  # "also marched in Arequipa, where they blocked a bridge": the bridge too
    opening_words = _opening(trigger)
    opening = " ".join(t.lower_ for t in opening_words[:5])
    return place_opener(opening_words) or opening.startswith(ROUNDUP_OPENERS)


def _opening(tok: Token) -> list[Token]:
    """The first ten words of a token's sentence, the Doc's kept Tokens (:func:`place_opener` reads no
    further): no walk over the sentences and no Token made for each word."""
    sent = sentence_of(tok)
    return tokens_of(tok.doc)[sent.start:min(sent.end, sent.start + 10)]


def _paragraph(text: str, at: int) -> int:
    """The index of the paragraph (blank-line separated) that character ``at`` lies in."""
    return text.count("\n\n", 0, at)


def _own_day(ev: Event) -> bool:
    """Whether an attack's day is one its own sentence gives it (not the report's, not the publication's)."""
    return (ev.plover["type"] == "ASSAULT" and ev.date.precision == "day"
            and ev.date.basis in ("text", "relative") and not ev.evidence.get("report_day")
            and ev.evidence.get("date_rule") is None)


def lede_act_day(events: list[Event], text: str) -> None:
    """An attack in the story's first paragraph dated only by the day it was reported ("25 soldiers were
    killed, the government said on Tuesday") takes the earlier day the next paragraph gives an attack
    ("The militants attacked the camps on Monday"), within a week before the report."""
    if not events:
        return
    first = min(_paragraph(text, e.trigger.start) for e in events)
    nxt = [e for e in events if _paragraph(text, e.trigger.start) == first + 1 and _own_day(e)]
    if not nxt:
        return
    told = nxt[0].date
    for ev in events:
        if (_paragraph(text, ev.trigger.start) != first or ev.plover["type"] != "ASSAULT"
                or not (ev.evidence.get("report_day") or ev.date.basis == "published") or not ev.date.value
                or ev.date.precision != "day"):
            continue
        gap = (date.fromisoformat(ev.date.value) - date.fromisoformat(told.value)).days
        if 0 < gap <= LEDE_GAP_DAYS:
            ev.date = replace(told)
            ev.evidence["date"] = {"basis": told.basis, "text": told.text, "start": told.start,
                                   "end": told.end}
            ev.evidence["date_rule"] = "the lede's report day: the act's day told in the next paragraph"
