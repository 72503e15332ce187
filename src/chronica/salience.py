"""The document's primary event: the one the story is about."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date
from functools import cache
from importlib import resources

from chronica import yamlio
from chronica.ingest.meta import dateline_end
from chronica.record import DateInfo, Document, Event
from chronica.when import parse_published

# How much each PLOVER type weighs when a story reports several events: violence first.
TYPE_WEIGHT = {"ASSAULT": 1.0, "PROTEST": 0.8, "COERCE": 0.5, "SANCTION": 0.4, "MOBILIZE": 0.35,
               "AGREE": 0.35, "AID": 0.35, "RETREAT": 0.3, "THREATEN": 0.3, "REQUEST": 0.25,
               "ACCUSE": 0.25, "REJECT": 0.25, "CONSULT": 0.25, "COOPERATE": 0.25, "SUPPORT": 0.2,
               "CONCEDE": 0.2}
BACKGROUND_PENALTY = 1.0
SHARED_TARGET_BONUS = 0.2  # an event with both sides named
# Damage done where people were also harmed in the same sentence ("burned houses and shot dead 14
# residents"): the harm is the news.
PROPERTY_CLASSES = {"destroy", "loot"}
PROPERTY_PENALTY = 0.4
# People carried off or seized where others were killed or hurt in the same sentence ("killed two guards and
# abducted an engineer", "killed three soldiers and seized an official"): the killing is the news, and no
# outcome of the abduction (coder19).
HELD_CLASSES = {"abduct", "arrest"}
HELD_OR_DAMAGE = PROPERTY_CLASSES | HELD_CLASSES
TOPIC_PENALTY = 1.5  # an act named inside another act's clause or argument (extract/setting.py)
# A statement whose object is a deed ("condemns the expulsion of the journalist"; extract._mark_reactions), in
# a story that tells that deed as news in another sentence ("were summoned and ordered to leave"): the deed is
# what the story is about, the statement a reaction to it (coder20). Alone, the statement stays the news.
REACTION_PENALTY = 0.6
# A deed the lede's accusation is about ("accused the police of torturing detainees"), told again in later
# sentences only as the accuser's words ("the group said officers beat detainees"), with no day and no
# toll of its own: the accusation's content, not news of its own (articles22j).
CLAIM_PENALTY = 0.6
# One more item of a round-up after the lede ("In Maiduguri, a suicide bomber killed five", "Gunmen also
# attacked a village"; pipeline._past_lede, said_on.roundup_item): the story tells it beside its news, so it
# does not outrank the lede's event by a larger toll or plainer actors (articles23m).
ROUNDUP_PENALTY = 0.5
# An event the text dates more than this many days before the story was published ("fighting erupted in
# November 2020", "was shot in August") is an earlier event told as background, not the news.
STALE_DAYS = 30
STALE_PENALTY = 1.0  # also for an event the text dates well before the day of the lede's news (lede_day)
# Yesterday's attack told with today's reaction to it is still the news: only an event dated more than
# this many days before the lede's act is background by that rule.
LEDE_GAP_DAYS = 1
# An act a sentence after the lede's tells as done before the news (background.told_before: "Riot police
# beat marchers last week", "had seized the city 11 days earlier", "fighting has killed thousands"), or dates
# by a past year alone ("Deby seized power in 2021"; story47): what led to the lede's news, not the news
# (plover24).
EARLIER_TOLD_PENALTY = 1.0
# A violent act told as done later than a violent act the story told before it ("militiamen killed five
# civilians; the army later clashed with the militia", "Soldiers engaged the insurgents the following day";
# background.told_later): the sequel, not the news, which is the first act unless the story says otherwise
# (vac30b).
LATER_TOLD_PENALTY = 0.5
SEQUEL_TYPES = {"ASSAULT"}
# An act done before the news, told in a relative clause that describes one of the sentence's actors
# ("Savimbi, whose movement has fought the government for two decades, said he would accept a ceasefire"):
# how the actor is known, not the news, even in the lede (syntax29).
HISTORY_PENALTY = 0.5
# An act a sentence after the lede's tells as done in an operation named again ("Troops rescued 25 hostages.
# The soldiers killed several of the militants during the operation"; background.told_in_operation): a detail
# of the operation the lede told, not news that outranks it (articles46).
OPERATION_DETAIL_PENALTY = 1.0
OUTCOME_RULES = ("verb:kill", "verb:injure", "verb:wound", "verb:die")
# Force that disperses a crowd ("Police later fired tear gas at the strikers") told in a sentence after the
# protest it met: the protest is the news, the dispersal how it went (coder25).
DISPERSAL_CLASSES = {"crowd_control"}
DISPERSAL_PENALTY = 0.4
PROTEST_TYPES = {"Protests", "Riots"}  # the ACLED types of a crowd's protest
# A second act of the main clause coordinated after a first ("cut ties with Qatar ... and closed their
# borders", "promised elections and arrested two opposition leaders"): the first is the lede's news, so the
# second does not outrank it by its type's weight alone. Violence and crowds keep their weight, and a meeting
# told first is where the later act was done ("met for three hours and agreed to resume talks") (speech28).
CONJUNCT_KEEPS = {"ASSAULT", "PROTEST"}
CONJUNCT_SETTINGS = {"CONSULT"}
CONJUNCT_MARGIN = 0.05
# The subject's own act told after an act it underwent ("was accused by the opposition of a cover-up and
# resigned", "has been indicted for war crimes and will step down"): the subject's answer is the news
# (ptype36)
OWN_ACTS_AFTER_PASSIVE = {"resign"}
# A body's meeting on its own (a meeting with no other side) told first in a coordination ("the Security
# Council met in emergency session and called for a ceasefire", "the cabinet met and decided to expel two
# diplomats"): the meeting is where the later act was done, so the later act is the news (plover35).
OWN_MEETING_PENALTY = 0.3
# A killing with a toll coordinated after an act of the same doers that hurt no one ("burned homes and killed
# nine villagers", "stormed a school and shot dead two teachers", "set fire to a school and killed its
# headmaster"): one attack, its toll told by the killing, which is the news when both get one ACLED type (the
# type stays; vac34).
KILL_AFTER_FIRSTS = {"destroy", "loot", "assault", "raid"}
KILL_AFTER_CLASSES = {"kill", "massacre", "assassinate", "shoot"}
# Violence or a crowd told in a sentence after the lede's own act ("Police arrested Imran Khan on Tuesday. His
# supporters clashed with security forces", "Odinga rejected the results. His supporters burned tyres",
# "Hasina resigned and fled. Protesters looted her residence"): the reaction to the news or its aftermath, not
# the news, unless the lede tells no act of its own but a report (its act's speaker says it, it is a
# statement about another deed, or its sentence tells violence as someone's account or as its act's topic:
# "demanded an investigation into the assault"), or forces moved that the violence used (story47).
LATER_VIOLENCE_PENALTY = 0.75
LATER_VIOLENCE_TYPES = {"ASSAULT", "PROTEST"}
STATEMENT_TYPES = {"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN"}
LEDE_MEANS_TYPES = {"MOBILIZE"}  # "troops moved into Syria. Foreign forces attacked Afrin": the forces moved
# "Police defused a bomb outside a bank. Hours later, three people were killed in a blast": a bomb made safe
# is no act the later blast follows from; the blast is news of its own (notes26)
LEDE_NEAR_MISS_CLASSES = {"disrupt_weapons"}
# "The army chief visited Maiduguri. He said his troops had killed 50 insurgents": a visit or meeting is the
# occasion of what is told at it, not an act the violence follows from
LEDE_OCCASION_TYPES = {"CONSULT"}
# A demand or appeal coordinated after a condemnation by the same speaker and made of the one it blames
# ("condemned the killing of its diplomat in Athens and urged Greece to hunt down the gunmen"): CAMEO codes
# the demand, the act that says what the speaker wants of the target, so it takes the condemnation's standing
# (weak30). A demand of a third party ("denounced the detention ... and urged Western allies to respond")
# leaves the condemnation the news, as tests/data/plover_speech.yaml codes it.
# An event a headline's opening label names ("Benue killings: Tinubu orders security chiefs to Yelwata",
# headline.label_colon) where the clause after the colon tells an act of its own: the label is the story's
# thread, an event told before, and the clause the news (africa-4). A toll with no doer ("Boko Haram
# attack: 30 killed") tells the label's event itself, which stays the news.
LABEL_PENALTY = 1.0
# People fleeing or evacuated because of violence the same clause names after them ("Residents evacuated after
# clashes between soldiers and rebels", "Hundreds of families fled their homes after fighting"): ACLED codes
# the violence, the flight is its consequence, so the flight yields to it (round seasia62).
FLIGHT_CLASSES = {"displace"}
FLIGHT_PENALTY = 1.5  # as much as the topic penalty the violence bears as its setting
FLIGHT_CAUSE_TYPES = {"ASSAULT"}
# ... violence ACLED codes as such: a cause it gives no type, or a crowd's, leaves the flight the news
FLIGHT_CAUSE_ACLED = {"Battles", "Violence against civilians", "Explosions/Remote violence"}
DEMAND_AFTER = {"ACCUSE"}
DEMAND_TYPES = {"REQUEST"}


SUFFIXES = ("ings", "ing", "ied", "ies", "ed", "es", "s", "d")


def stems(text: str) -> frozenset[str]:
    """Crude stems of a text's words, so that a headline's "Resigns" matches "resigned"."""
    out = set()
    for word in text.lower().replace("-", " ").split():
        word = word.strip(".,:;!?'\"()[]")
        for suffix in SUFFIXES:
            if len(word) > len(suffix) + 3 and word.endswith(suffix):
                word = word[: -len(suffix)]
                break
        if word:
            out.add(word.rstrip("e"))
    return frozenset(out)


def _trigger_stems(ev: Event) -> frozenset[str]:
    """The stems of the trigger's words and of its lemma, so that an irregular form ("left") matches the
    headline's "leaves"."""
    rule = ev.evidence.get("trigger", {}).get("rule", "")
    lemma = rule.split(":", 1)[1].split("+")[0] if rule.startswith(("verb:", "noun:")) else ""
    return stems(ev.trigger.text) | stems(lemma)


@cache
def _kin_groups() -> tuple[frozenset[str], ...]:
    """The groups of stems a headline and its lede use for one kind of statement (data/headline_kin.yaml)."""
    data = yamlio.safe_load((resources.files("chronica") / "data" / "headline_kin.yaml").read_text("utf-8"))
    return tuple(frozenset(group) for group in data["groups"])


def kin(words: frozenset[str]) -> frozenset[str]:
    """The stems of the statement words in ``words`` with their kin ("urg" brings "appeal", "call")."""
    out = set(words)
    for group in _kin_groups():
        if words & group:
            out |= group
    return frozenset(out)


def _tallied(ev: Event) -> bool:
    """An event whose toll a toll update gives ("the number killed in the ambush rose to 13"): the update is
    about an event told before, so its toll earns no weight of its own (coder20)."""
    return ev.evidence.get("counts", {}).get("killed", {}).get("rule", "").startswith("tally:")


def _marked(rule: str) -> bool:
    return "+setting" in rule or "+topic" in rule


def _class(ev: Event) -> str:
    return ev.evidence.get("trigger", {}).get("class", "")


def _outcome(ev: Event) -> bool:
    return ev.evidence.get("trigger", {}).get("rule", "").startswith(OUTCOME_RULES)


def _last_day(when: DateInfo) -> date | None:
    """The last day of the period a date from the text names (a month's last day, a year's 31
    December), or None for a date that is not from the text."""
    if when.basis not in ("text", "relative") or not when.value:
        return None
    parts = [int(p) for p in when.value.split("-")[:3] if p.isdigit()]
    try:
        if len(parts) == 1:
            return date(parts[0], 12, 31)
        if len(parts) == 2:
            return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        return date(*parts) if len(parts) == 3 else None
    except ValueError:  # a value the date finder should not give
        return None


def _year_only(ev: Event, published: date | None) -> bool:
    """Whether the text dates the event by a year alone ("seized power in 2021"), before the year of
    publication when that is known: a past act told as background, news being told by its day (story47)."""
    when = ev.date
    if when.basis != "text" or when.precision != "year" or not (when.value or "").isdigit():
        return False
    return published is None or int(when.value) < published.year


def stale(ev: Event, published: date | None) -> bool:
    """Whether the text dates the event well before the story's publication (an earlier event)."""
    last = _last_day(ev.date) if published else None
    return last is not None and (published - last).days > STALE_DAYS


def lede_day(events: list[Event]) -> date | None:
    """The day of the lede's news: the day the text gives the lede's act (the first sentence with an
    event that is neither background nor a topic; its main clause's event if it has one: "resigned on
    Sunday"), or None when it gives that act no day."""
    told = [e for e in events if not e.evidence.get("trigger", {}).get("background")
            and not _marked(e.evidence.get("trigger", {}).get("rule", ""))]
    if not told:
        return None
    first = min(e.sentence for e in told)
    lede = [e for e in told if e.sentence == first]
    ev = next((e for e in lede if e.evidence.get("trigger", {}).get("root")), lede[0])
    return _last_day(ev.date) if ev.date.value and len(ev.date.value) == 10 else None


def earlier(ev: Event, published: date | None, news: date | None) -> bool:
    """Whether the text dates the event as told before the news: well before publication (stale), or
    days before the lede's news ("resigned on Sunday ... The blast on Tuesday killed 158")."""
    last = _last_day(ev.date)
    return stale(ev, published) or (news is not None and last is not None
                                    and (news - last).days > LEDE_GAP_DAYS)


def score(ev: Event, title: frozenset[str], attacked: frozenset[int] = frozenset(),
          harmed: frozenset[int] = frozenset(), published: date | None = None,
          news: date | None = None, lede: int = 0, reactions: frozenset[str] = frozenset(),
          claims: frozenset[str] = frozenset(), first: int | None = None,
          dispersals: frozenset[str] = frozenset()) -> float:
    """Salience of one event: its type, position, headline, attestation and root position.
    ``title``: the headline's :func:`stems`; ``attacked``: sentences that report an attack, whose
    deaths and injuries are its outcome; ``harmed``: sentences that report harm to people;
    ``published``: the story's publication day, against which an event dated long before is background;
    ``news``: the day of the lede's news (:func:`lede_day`), before which an event is background;
    ``lede``: the lede's sentence (1 after a dateline, a sentence of its own), whence position counts;
    ``reactions``: the ids of statements reacting to a deed the story tells elsewhere
    (:func:`reactions_to_told`); ``claims``: the ids of deeds told only as an accusation's content
    (:func:`claims_of_accusations`); ``first``: the first sentence that tells an event as news, after which
    an act told as before the news is background; ``dispersals``: the ids of crowd control told after the
    protest it met (:func:`dispersals_after_protest`)."""
    s = ev.confidence + TYPE_WEIGHT.get(ev.plover["type"], 0.2)
    s += max(0.0, 0.6 - 0.2 * max(0, ev.sentence - lede))
    if title and kin(_trigger_stems(ev)) & title:
        s += 0.5  # the headline names the act, or says it with a word of its kin ("appeals" for "urged")
    if ev.source and ev.target:
        s += SHARED_TARGET_BONUS
    if ev.fatalities and not _tallied(ev):
        s += 0.15
    rule = ev.evidence.get("trigger", {}).get("rule", "")
    if rule.startswith(OUTCOME_RULES) and (not ev.source or ev.sentence in attacked):
        s -= 0.3  # "two people were killed", "attacked X, leaving 9 injured": an attack's outcome
    if ev.sentence in harmed and _class(ev) in HELD_OR_DAMAGE and not (ev.fatalities or ev.injured):
        s -= PROPERTY_PENALTY
    if "+weapon:" in rule or rule.startswith("phrase:"):
        s += 0.1
    trig = ev.evidence.get("trigger", {})
    if ev.event_id in reactions:
        s -= REACTION_PENALTY
    if ev.event_id in claims:
        s -= CLAIM_PENALTY
    if ev.event_id in dispersals:
        s -= DISPERSAL_PENALTY
    if trig.get("roundup"):
        s -= ROUNDUP_PENALTY
    if "+topic" in rule:  # the larger penalty when an act is both ("apologised for the killing in 1972")
        s -= TOPIC_PENALTY  # "accused the rebels of killing", "urged X to halt the strikes": the topic
    elif trig.get("background") or "+setting" in rule:
        s -= BACKGROUND_PENALTY  # "after five days of fighting", "to end the fighting": the setting
    elif trig.get("root"):
        s += 0.25  # the main clause's event; a background noun there is its topic ("condemned the attack")
    if earlier(ev, published, news):
        s -= STALE_PENALTY
    elif first is not None and ev.sentence > first and (trig.get("before") or _year_only(ev, published)):
        s -= EARLIER_TOLD_PENALTY
    elif trig.get("history"):
        s -= HISTORY_PENALTY
    if first is not None and ev.sentence > first and trig.get("in_operation"):
        s -= OPERATION_DETAIL_PENALTY
    return s


def choose_primary(events: list[Event], document: Document) -> None:
    """Mark exactly one non-negated, non-hypothetical event that is no running toll as primary (none if there
    is none)."""
    title = stems(document.title or "")
    candidates = [e for e in events if not e.modality.negated and not e.modality.hypothetical
                  and not e.evidence.get("trigger", {}).get("cumulative")]  # a running toll: no new deed
    attacked = frozenset(e.sentence for e in candidates if e.plover["type"] == "ASSAULT" and not _outcome(e)
                         and _class(e) not in HELD_CLASSES
                         and not e.evidence.get("trigger", {}).get("background")
                         and not _marked(e.evidence.get("trigger", {}).get("rule", "")))
    harmed = frozenset(e.sentence for e in candidates if e.plover["type"] == "ASSAULT"
                       and _class(e) not in PROPERTY_CLASSES and (e.fatalities or e.injured)
                       and not e.evidence.get("trigger", {}).get("background"))
    if candidates:
        published, news = _news_day(candidates, parse_published(document.published)), lede_day(candidates)
        lede = 1 if dateline_end(document.text or "") > 0 else 0  # "KABUL, May 22 (Reuters) - ": sentence 0
        reacting, claims = reactions_to_told(candidates), claims_of_accusations(candidates)
        first = first_told(candidates)
        dispersals = dispersals_after_protest(candidates)

        def rank(e: Event) -> float:
            return score(e, title, attacked, harmed, published, news, lede, reacting, claims, first,
                         dispersals)

        seconds = second_acts(candidates) | shared_outranked(candidates) \
            | demands_after_blame(candidates, rank) | kills_after_acts(candidates, rank) \
            | meetings_before_acts(candidates) | contrasts_after_acts(candidates, rank) \
            | own_acts_after_passives(candidates, rank) | labels_before_news(candidates) \
            | flights_from_violence(candidates, rank)
        sequels = sequels_told_later(candidates) | earlier_after_news(candidates)
        aftermath = violence_after_lede_act(candidates, first)
        best = max(candidates, key=lambda e: rank(e) - seconds.get(e.event_id, 0.0)
                   - (LATER_TOLD_PENALTY if e.event_id in sequels else 0.0)
                   - (LATER_VIOLENCE_PENALTY if e.event_id in aftermath else 0.0))
        best.primary = True


def flights_from_violence(events: list[Event], rank: Callable[[Event], float]) -> dict[str, float]:
    """The ids of civilians' flight or evacuation told as the clause's act, with violence named after it in
    the same sentence as its setting ("Residents evacuated after clashes between soldiers and rebels"): the
    violence is the news (round seasia62), when it is the one that would come first without the flight (not
    when another act, "families sheltered in schools", would take its place)."""
    out: dict[str, float] = {}
    for ev in events:
        if _class(ev) not in FLIGHT_CLASSES or not ev.evidence.get("trigger", {}).get("root"):
            continue
        if any(a.inter != 7 for a in ev.source):
            continue  # an army's or a party's withdrawal is its own act
        causes = [e for e in events if e.sentence == ev.sentence and e.trigger.start > ev.trigger.start
                  and e.plover["type"] in FLIGHT_CAUSE_TYPES and any(a.inter != 7 for a in e.source)
                  and (e.acled or {}).get("event_type") in FLIGHT_CAUSE_ACLED
                  and not e.modality.negated and not e.modality.hypothetical]
        others = [e for e in events if e is not ev]
        if causes and max(others, key=rank) in causes:
            out[ev.event_id] = FLIGHT_PENALTY
    return out


def sequels_told_later(events: list[Event]) -> frozenset[str]:
    """The ids of violent acts with a doer told as done later ("the army later clashed with the militia") than
    a violent act told as news before them in the story ("Militiamen killed five civilians; ...")."""
    out = set()
    for ev in events:
        if (not ev.evidence.get("trigger", {}).get("later") or ev.plover["type"] not in SEQUEL_TYPES
                or not ev.source):  # not "17 people were wounded and two later died": the same attack's toll
            continue
        if any((e.sentence, e.trigger.start) < (ev.sentence, ev.trigger.start) and _news_violence(e)
               for e in events):
            out.add(ev.event_id)
    return frozenset(out)


def violence_after_lede_act(events: list[Event], first: int | None) -> frozenset[str]:
    """The ids of violent and crowd acts told in sentences after the lede's own act: the main clause's act
    of the first sentence that tells news, itself neither violence nor a crowd, nor a report (a speaker's
    account of it, a statement about another deed)."""
    lede = [e for e in events if first is not None and _lede_act(e, first)]
    statement = any(e.plover["type"] in STATEMENT_TYPES for e in lede)
    if not lede or any(
            e.sentence == first and e.plover["type"] in LATER_VIOLENCE_TYPES and (e.modality.reported or (
                statement and "+topic" in e.evidence.get("trigger", {}).get("rule", "")))
            for e in events):  # "demanded an investigation into the assault": a statement about the violence
        return frozenset()
    doers = {a.name for e in lede for a in e.source if a.name}  # "police arrested a man ... The police
    # tortured him": the lede's doers go further, which is the news (lead47)
    return frozenset(e.event_id for e in events
                     if e.sentence > first and e.plover["type"] in LATER_VIOLENCE_TYPES
                     and not any(a.name in doers for a in e.source))


def _lede_act(ev: Event, first: int) -> bool:
    """The lede's own act: the root event of sentence ``first``, told as news and not as a report."""
    trig = ev.evidence.get("trigger", {})
    return (ev.sentence == first and bool(trig.get("root")) and _told(ev) and not trig.get("before")
            and ev.plover["type"] not in LATER_VIOLENCE_TYPES | LEDE_MEANS_TYPES | LEDE_OCCASION_TYPES
            and not ev.modality.reported
            and trig.get("class") not in LEDE_NEAR_MISS_CLASSES
            and "+reaction" not in trig.get("rule", ""))


def earlier_after_news(events: list[Event]) -> frozenset[str]:
    """The ids of violent acts told as done before the news ("a day earlier the gang had shot dead three
    residents") after a violent act told as news in their own sentence ("Police and gang members exchanged
    fire on Monday; ..."): what led to the news, as EARLIER_TOLD_PENALTY has it for later sentences."""
    out = set()
    for ev in events:
        if not ev.evidence.get("trigger", {}).get("before") or ev.plover["type"] not in SEQUEL_TYPES:
            continue
        if any(e.sentence == ev.sentence and e.trigger.start < ev.trigger.start and _news_violence(e)
               for e in events):
            out.add(ev.event_id)
    return frozenset(out)


def _news_violence(ev: Event) -> bool:
    """A violent act told as news, not as done before it."""
    before = ev.evidence.get("trigger", {}).get("before")
    return ev.plover["type"] in SEQUEL_TYPES and _told(ev) and not before


def labels_before_news(events: list[Event]) -> dict[str, float]:
    """What an event named by a headline's opening label loses when the clause after the label tells an
    act of its own (not a toll with no doer, which is the label's event told again)."""
    labels = [e for e in events if e.evidence.get("trigger", {}).get("label")]
    news = [e for e in events if labels and not e.evidence.get("trigger", {}).get("label")
            and e.sentence == labels[0].sentence and not (_outcome(e) and not e.source)]
    return {e.event_id: LABEL_PENALTY for e in labels} if news else {}


def second_acts(events: list[Event]) -> dict[str, float]:
    """What each later act of a main clause's coordination loses so that its type's weight alone does not
    outrank the act coordinated first ("cut ties with Qatar and closed their borders")."""
    out = {}
    for ev in events:
        at = ev.evidence.get("trigger", {}).get("after")
        if at is None or ev.plover["type"] in CONJUNCT_KEEPS:
            continue
        first = next((e for e in events if e.sentence == ev.sentence and e.trigger.start <= at < e.trigger.end
                      and e is not ev), None)
        if first is None or first.plover["type"] in CONJUNCT_KEEPS | CONJUNCT_SETTINGS:
            continue
        if _class(ev) in OWN_ACTS_AFTER_PASSIVE and first.evidence.get("trigger", {}).get("passive"):
            continue  # own_acts_after_passives
        gap = TYPE_WEIGHT.get(ev.plover["type"], 0.2) - TYPE_WEIGHT.get(first.plover["type"], 0.2)
        if gap > 0:
            out[ev.event_id] = gap + CONJUNCT_MARGIN
    return out


GRAVER_MODES = frozenset({"sexual", "torture"})  # of one type, the assault a series is told for


def shared_outranked(events: list[Event]) -> dict[str, float]:
    """What an act whose target is the object of the verb after it loses when that verb outranks it by its
    type or its toll ("looted and burned shops", "beat and burned alive three men"): the bonus of a target
    its own words do not name; not "arrested and charged a blogger", where the arrest stays first
    (rights-4)."""
    out = {}
    for ev in events:
        at = ev.evidence.get("trigger", {}).get("shared_with")
        later = next((e for e in events if e.sentence == ev.sentence and at is not None
                      and e.trigger.start <= at < e.trigger.end and e is not ev), None)
        if later is None:
            continue
        weight = TYPE_WEIGHT.get(ev.plover["type"], 0.2)
        graver = later.plover.get("mode") in GRAVER_MODES and ev.plover.get("mode") not in GRAVER_MODES
        if TYPE_WEIGHT.get(later.plover["type"], 0.2) > weight or graver or (  # "beat and raped her"
                (later.fatalities or later.injured) and not (ev.fatalities or ev.injured)):
            out[ev.event_id] = SHARED_TARGET_BONUS
    return out


def meetings_before_acts(events: list[Event]) -> dict[str, float]:
    """What a meeting with no other side loses to an act coordinated after it in the main clause."""
    out = {}
    for ev in events:
        at = ev.evidence.get("trigger", {}).get("after")
        if at is None or ev.plover["type"] == "CONSULT":
            continue
        first = next((e for e in events if e.sentence == ev.sentence and e.trigger.start <= at < e.trigger.end
                      and e is not ev), None)
        if first is not None and first.plover["type"] in CONJUNCT_SETTINGS and not first.target:
            out[first.event_id] = OWN_MEETING_PENALTY
    return out


def kills_after_acts(events: list[Event], rank: Callable[[Event], float]) -> dict[str, float]:
    """What an act that hurt no one loses to the killing with a toll coordinated after it by the same doers,
    of the same ACLED type ("burned homes and killed at least nine villagers"), so that the killing, whose
    toll is the attack's, outranks it; ``rank`` scores an event."""
    out: dict[str, float] = {}
    for ev in events:
        at = ev.evidence.get("trigger", {}).get("conj_of")
        if at is None or _class(ev) not in KILL_AFTER_CLASSES or not ev.fatalities or not ev.source:
            continue
        first = next((e for e in events if e.sentence == ev.sentence and e.trigger.start <= at < e.trigger.end
                      and _class(e) in KILL_AFTER_FIRSTS and not (e.fatalities or e.injured)), None)
        if (first is None or _speakers(first) != _speakers(ev) or not first.acled or not ev.acled
                or first.acled.get("event_type") != ev.acled.get("event_type")):
            continue
        gap = rank(first) - rank(ev)
        if gap >= 0:
            out[first.event_id] = gap + CONJUNCT_MARGIN
    return out


def demands_after_blame(events: list[Event], rank: Callable[[Event], float]) -> dict[str, float]:
    """What each condemnation loses to the demand coordinated after it by the same speaker of the one it
    blames ("condemned the build-up and demanded that Ankara pull back"), so that the demand outranks it;
    ``rank`` scores an event."""
    out = {}
    for ev in events:
        at = ev.evidence.get("trigger", {}).get("conj_of")
        if at is None or ev.plover["type"] not in DEMAND_TYPES:
            continue
        first = next((e for e in events if e.sentence == ev.sentence and e.trigger.start <= at < e.trigger.end
                      and e.plover["type"] in DEMAND_AFTER), None)
        if first is None or _speakers(first) != _speakers(ev) or not _one_addressee(first, ev):
            continue
        gap = rank(first) - rank(ev)
        if gap >= 0:
            out[first.event_id] = gap + CONJUNCT_MARGIN
    return out


def contrasts_after_acts(events: list[Event], rank: Callable[[Event], float]) -> dict[str, float]:
    """What an act coordinated with "but" after another of the same subject loses to it ("allowed the
    inspectors in but barred them from the reactor halls", "opened its border to refugees but was still
    refusing entry to men"): the reservation does not outrank the act it qualifies; ``rank`` scores an
    event."""
    out = {}
    for ev in events:
        trig = ev.evidence.get("trigger", {})
        if not trig.get("contrast") or ev.plover["type"] in CONJUNCT_KEEPS:
            continue
        at = trig.get("conj_of")
        first = next((e for e in events if e.sentence == ev.sentence and e.trigger.start <= at < e.trigger.end
                      and e is not ev), None)
        if first is not None and rank(ev) >= rank(first):
            out[ev.event_id] = rank(ev) - rank(first) + CONJUNCT_MARGIN
    return out


def own_acts_after_passives(events: list[Event], rank: Callable[[Event], float]) -> dict[str, float]:
    """What an act the subject underwent, told in the passive, loses to the subject's own act coordinated
    after it (OWN_ACTS_AFTER_PASSIVE: "was charged with taking bribes and will resign"); ``rank`` scores an
    event."""
    out = {}
    for ev in events:
        at = ev.evidence.get("trigger", {}).get("conj_of")
        if at is None or _class(ev) not in OWN_ACTS_AFTER_PASSIVE:
            continue
        first = next((e for e in events if e.sentence == ev.sentence and e.trigger.start <= at < e.trigger.end
                      and e is not ev and e.evidence.get("trigger", {}).get("passive")), None)
        if first is not None and rank(first) >= rank(ev):
            out[first.event_id] = rank(first) - rank(ev) + CONJUNCT_MARGIN
    return out


def _one_addressee(blame: Event, demand: Event) -> bool:
    """The demand is made of the one the condemnation blames ("condemned the killing ... and urged Greece to
    hunt down the gunmen"), not of a third party ("urged Western allies to respond"). A demand that names
    no one ("deplored the jailing of a lawyer in Beijing and called for her release") is made of the one
    blamed (ptype40)."""
    blamed = {a.country for a in blame.target if a.country}
    if not demand.target and not demand.evidence.get("target"):  # no addressee named, resolved or not
        return bool(blamed) and _asks_release(demand)
    asked = {a.country for a in demand.target if a.country}
    return bool(blamed) and bool(blamed & asked) or _own_wronged(blame, blamed, asked)


def _own_wronged(blame: Event, blamed: set, asked: set) -> bool:
    """The blame is of a deed done to the speaker's own ("Poland condemned the arrest of its consul") and the
    demand is made of another state ("and called on Belarus to free him"): made of the deed's doer
    (placed54)."""
    own = {a.country for a in blame.source if a.country}
    return bool(blamed) and blamed <= own and bool(asked) and not asked & own


@cache
def _release_demand() -> re.Pattern[str]:
    """A demand's verb followed by a word asking for people to be set free (data/demands.yaml)."""
    data = yamlio.safe_load((resources.files("chronica") / "data" / "demands.yaml").read_text("utf-8"))
    words = "|".join(map(re.escape, data["release_words"]))
    return re.compile(rf"(?:\W+\w+){{0,{int(data['within'])}}}?\W+(?:{words})\b", re.IGNORECASE)


def _asks_release(demand: Event) -> bool:
    """Whether the demand asks for someone's release ("called for her immediate release")."""
    at = demand.text.find(demand.trigger.text)
    return at >= 0 and _release_demand().match(demand.text, at + len(demand.trigger.text)) is not None


def _speakers(ev: Event) -> tuple:
    """The countries and names of an event's sources, to tell whether two acts have one speaker."""
    return tuple((a.country, a.name) for a in ev.source)


def dispersals_after_protest(events: list[Event]) -> frozenset[str]:
    """The ids of crowd control told in a sentence after a protest the story tells as news ("Teachers went on
    strike on Monday. Police fired tear gas at the strikers.")."""
    protests = [e.sentence for e in events if e.plover["type"] == "PROTEST" and _told(e)
                and (e.acled or {}).get("event_type") in PROTEST_TYPES]
    if not protests:
        return frozenset()
    return frozenset(e.event_id for e in events
                     if _class(e) in DISPERSAL_CLASSES and e.sentence > min(protests))


def first_told(events: list[Event]) -> int | None:
    """The first sentence with an event told as news and not as done before it (the lede's act)."""
    told = [e.sentence for e in events if _told(e) and not e.evidence.get("trigger", {}).get("before")]
    return min(told) if told else None


def _told(ev: Event) -> bool:
    """An event told as news: not background, not a setting nor a topic of another act."""
    return not ev.evidence.get("trigger", {}).get("background") and not _marked(
        ev.evidence.get("trigger", {}).get("rule", ""))


def reactions_to_told(events: list[Event]) -> frozenset[str]:
    """The ids of statements ("+reaction": "condemns the expulsion of two reporters") whose deed ("+reacted")
    another sentence of the story tells as news, by an event of the deed's PLOVER type ("were ordered to
    leave on Friday"): reactions, not the news (coder20)."""
    out = set()
    for ev in events:
        if ev.evidence.get("trigger", {}).get("answers"):
            out.add(ev.event_id)  # "... The government condemned the attack": the deed told before
            continue
        if "+reaction" not in ev.evidence.get("trigger", {}).get("rule", ""):
            continue
        deeds = {e.plover["type"] for e in events if e.sentence == ev.sentence
                 and "+reacted" in e.evidence.get("trigger", {}).get("rule", "")}
        if any(e.sentence != ev.sentence and e.plover["type"] in deeds and _told(e) for e in events):
            out.add(ev.event_id)
    return frozenset(out)


def _own_day(ev: Event) -> bool:
    """Whether the event's sentence itself gives its date ("on Tuesday"), rather than an earlier sentence."""
    said = ev.evidence.get("date", {}).get("text")
    return bool(said) and said in ev.text


def claims_of_accusations(events: list[Event]) -> frozenset[str]:
    """The ids of deeds that only repeat what an accusation is about: an accusation with a deed as its topic
    ("accused the police of torturing detainees"), and a later deed of the topic's PLOVER type told as
    someone's words ("officers beat detainees, the group said") with no day or toll of its own."""
    topics: dict[str, int] = {}
    for ev in events:
        trig = ev.evidence.get("trigger", {})
        if ev.plover["type"] != "ACCUSE" or not trig.get("root") or "+reaction" in trig.get("rule", ""):
            continue  # "condemned the arrest. Police detained him on Tuesday": a reaction to news told
        for e in events:
            if e.sentence == ev.sentence and "+topic" in e.evidence.get("trigger", {}).get("rule", ""):
                topics[e.plover["type"]] = min(topics.get(e.plover["type"], ev.sentence), ev.sentence)
    return frozenset(e.event_id for e in events if e.plover["type"] in topics
                     and e.sentence > topics[e.plover["type"]] and e.modality.reported
                     and not (e.fatalities or e.injured) and not _own_day(e))


def _news_day(candidates: list[Event], published: date | None) -> date | None:
    """The publication day, when the story itself dates an event near it ("on Wednesday"): only then is
    an event dated long before background ("imposed sanctions in October. The bloc froze ..." told in May
    is all the story has)."""
    if published is None:
        return None
    recent = any(_last_day(e.date) is not None and not stale(e, published) for e in candidates)
    return published if recent else None
