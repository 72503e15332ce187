"""The event's own place among those its sentence names, else the story's place."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import pycountry
from spacy.tokens import Token

from chronica.geo.cues import CUES
from chronica.geo.divided import territory_regions
from chronica.geo.resolve import (
    CALLING_VERBS,
    CLAUSE_DEPS,
    COMMON,
    CROSSING_VERBS,
    DESTINATION_VERBS,
    HOME_NOUNS,
    MOVING_VERBS,
    OF_NOUNS,
    SPEAKING_SUBJECT_VERBS,
    SPEECH_VERBS,
    STANCE_VERBS,
    STREET_WORDS,
    STRONG_LOCATIVE,
    TOPIC_NOUNS,
    TYPE_WORDS,
    beyond_border,
    control_taken,
    is_qualifier,
    mission_regions,
    not_here,
    speaking_starts,
)
from chronica.geo.resolve import focus as places_focus
from chronica.geo.stray import anchor_for, as_anchor
from chronica.nlp import (
    children_of,
    deps_of,
    ents_of,
    heads_of,
    lemma_set,
    lowers_of,
    sentence_of,
    text_of,
    tokens_of,
)
from chronica.record import Place

PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "into", "from", "of",
               "between", "within", "towards", "toward", "on"}
COUNTRY = 4
REGION = 3
TOWN = 1
ARRIVAL_VERBS = frozenset(CUES["arrival_verbs"])  # "returned from Peru to Maiquetia": where they arrive
LAUNCH_VERBS = frozenset(CUES["launch_verbs"])  # "fired rockets from Gaza towards Ashkelon": where it lands
INCURSION_VERBS = frozenset(CUES["incursion_verbs"])  # "attacked Ukraine from Belarus": where they came from
OVERHEAD_VERBS = frozenset(CUES["overhead_verbs"])  # "a drone was shot down over Belgorod region"
SEA_WORDS = frozenset(CUES["sea_words"])  # an area of these is a sea: an event's place when none other is
SEA_SHORES: dict[str, frozenset[str]] = {name.lower(): frozenset(isos or ())
                                         for name, isos in (CUES.get("sea_shores") or {}).items()}
STRUCK_PLACE_VERBS = frozenset(CUES["struck_place_verbs"])  # "missiles struck Dnipro": where they fell
STRUCK_PART_WORDS = frozenset(CUES["struck_part_words"])  # "an invasion of southern Lebanon": that part
PART_OF_COUNTRY = frozenset(CUES["part_of_country_words"])  # "southern", "northern", ...
LEAVE_VERBS = frozenset(CUES["venue_leave_verbs"])  # "Haftar left Moscow without signing": where he was
DISCUSSING_VERBS = frozenset(CUES["discussing_verbs"])  # "to discuss Ukraine": what the talk is about
MARCH_VERBS = frozenset(CUES["march_verbs"])  # "marched towards Delhi from Singhu": the goal, not where
PURPOSE_NOUNS = frozenset(CUES["purpose_nouns"])  # "for trial in the Netherlands": not where it was done
MARCH_GOAL_PREPS = frozenset(CUES["march_goal_preps"])
MARCH_SITE_PREPS = frozenset(CUES["march_site_preps"])
MARCH_ROUTE_PREPS = frozenset(CUES["march_route_preps"])  # "marched through Belgrade": the march's ground
TALK_WORDS = frozenset(CUES["talk_words"])  # "spoke by telephone about Taiwan": what the talk is about
TALKED_SITUATIONS = frozenset(CUES["talked_situations"])  # "to discuss the situation in Idlib": its topic
VISIT_WORDS = frozenset(CUES["visit_words"])  # "visited Tanzania", "a state visit to Laos": where it was
# "called on Russia", "lashed out at Greece": whom words were aimed at
ADDRESSING = {verb: frozenset(preps) for verb, preps in CUES["addressing_preps"].items()}


def _part_of_actor(tok: Token) -> bool:
    """'the Lima police': a place inside an actor's name says little about where; not 'raided the Lahore
    home of ...', a place that says where the building is."""
    return tok.dep_ in ("compound", "amod", "poss") and tok.head.pos_ in ("NOUN", "PROPN") and (
        tok.head.lemma_.lower() not in HOME_NOUNS)


def _root(doc, place: Place) -> Token | None:  # noqa: ANN001
    """The word that carries a place name in the parse ("city" in "Madurai city"), found once per Doc
    and place (every event of a story weighs the story's places)."""
    return _per_doc(doc, PLACE_ROOTS_KEY, place, _find_root)


PLACE_ROOTS_KEY = "chronica.place_roots"


def _find_root(doc, place: Place) -> Token | None:  # noqa: ANN001
    span = _place_span(doc, place)
    if span is None:
        return None
    root = span.root
    while root.dep_ in ("compound", "amod", "nmod") and root.head.i > root.i and (
            root.head.lower_ in TYPE_WORDS or root.head.is_title):
        root = root.head  # "Madurai city", "Kabul Airport"
    if root.dep_ == "compound" and root.head.i > root.i and root.head.lower_ in POST_WORDS and (
            place.precision == TOWN):
        root = root.head  # "from the Singhu border": the town's border post, where it is
    return root


POST_WORDS = frozenset(CUES["border_post_words"])


def _first(doc, place: Place) -> Token | None:  # noqa: ANN001
    span = _place_span(doc, place)
    return span[0] if span is not None and len(span) else None


PLACE_SPANS_KEY = "chronica.place_spans"


def _place_span(doc, place: Place):  # noqa: ANN001, ANN202
    """The tokens of a place name, made once per Doc (every event of a story asks about its places)."""
    return _per_doc(doc, PLACE_SPANS_KEY, place,
                    lambda d, p: d.char_span(p.start, p.end, alignment_mode="expand"))


def _per_doc(doc, key: str, place: Place, make):  # noqa: ANN001, ANN202
    """``make(doc, place)``, kept in the Doc's user data under ``key`` by the place's span."""
    kept = doc.user_data.get(key)
    if kept is None:
        kept = doc.user_data[key] = {}
    span = (place.start, place.end)
    value = kept.get(span, kept)
    if value is kept:
        value = kept[span] = make(doc, place)
    return value


def _qualified(text: str, place: Place, doc=None, places: list[Place] | None = None) -> bool:  # noqa: ANN001
    """Is the place followed by its region ("Biu LGA (Borno)", "Sumy, Ukraine"), not by a speaker ("Tripoli,
    Russia's foreign ministry said": origins50) nor by a word that begins no place of the story ("Kupiansk,
    Russian state media said"; europe61)?"""
    found = _QUALIFIED.match(text, place.end or 0)
    if not found or doc is not None and found.end() - 1 in speaking_starts(doc):
        return False
    return places is None or text[found.end() - 1] == "(" or any(p.start == found.end() - 1 for p in places)


_QUALIFIED = re.compile(r"(?:\s+[a-z-]+){0,2}\s*(?:\(|,\s*[A-Z])")


def heads(text: str, places: list[Place]) -> list[Place]:
    """The places that are not qualifiers of the place before them ("Celaya (Guanajuato)")."""
    return [p for i, p in enumerate(places) if not is_qualifier(text, places, i)]


def _locative(root: Token, first: Token | None = None) -> bool:
    """Is the place named as where something is: "in Lima", "the outskirts of Kabul"? The word
    before the name counts too, as the parse of long names often goes astray."""
    if _addressed(root):
        return False  # "called on Russia to ...", "lashed out at Greece": whom the words were aimed at
    if first is not None and first.i > 0:
        prev = first.doc[first.i - 1]
        if prev.lower_ == "the" and first.i > 1:
            prev = first.doc[first.i - 2]
        if prev.lower_ in PLACE_PREPS - {"of", "from", "on"}:
            return True
    if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS:
        return root.head.lower_ != "of" or root.head.head.lower_ in OF_NOUNS
    if root.dep_ == "pobj" and root.head.lower_ in MARCH_ROUTE_PREPS and root.head.head.lemma_ in MARCH_VERBS:
        return True  # "students marched through Belgrade": where the march went (europe61)
    if _overhead(root):
        return True
    if root.dep_ == "conj":  # "in Lima and Cusco"; not "Saudi Arabia and the United States said"
        head = root.head
        return head.ent_type_ in ("GPE", "LOC") and head.i < root.i and _locative(head, head.left_edge)
    return root.dep_ in ("npadvmod", "appos") and root.head.ent_type_ in ("GPE", "LOC") and not (
        root.dep_ == "appos" and any(c.dep_ == "conj" and c.ent_type_ == "GPE" for c in root.children))
    # "Saudi Arabia, the UAE, Bahrain and Egypt cut ties": a list of states, no place's country (lists54)


def _addressed(root: Token) -> bool:
    """Is the place the one words are aimed at after a preposition of their verb ("called on Russia",
    "lashed out at Greece", "hit out at Washington"): a state addressed, not where (cues.yaml
    ``addressing_preps``)?"""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return False
    verb = prep.head
    particle = next((c.lower_ for c in children_of(verb) if c.dep_ == "prt"), None)
    preps = ADDRESSING.get(f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower())
    return preps is not None and prep.lower_ in preps


def _visit_of(root: Token) -> Token | None:
    """The word of a visit whose destination the place is ("visited Tanzania", "travelled to Libya", "a state
    visit to Laos"), else None."""
    head = root.head
    if root.dep_ in ("dobj", "npadvmod") and head.pos_ == "VERB" and head.lemma_.lower() in ("visit", "tour"):
        return head  # "Turkey's president visited Azerbaijan", parsed "Azerbaijan" as npadvmod as well
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in VISIT_WORDS:
        return head.head
    return None


def _visited(root: Token, trigger: Token) -> bool:
    """Is the place the destination of the trigger's visit, or of the visit a clause of the trigger goes
    with ("visited China and met Xi", "travelled to Libya to meet Dbeibah")?"""
    visit = _visit_of(root)
    if visit is None:
        return False
    return trigger.i == visit.i or (trigger.dep_ in ("conj", "advcl", "xcomp") and trigger.head.i == visit.i)


ABOUT_PREPS = frozenset({"about", "regarding", "concerning"})


def _talked_of(root: Token, trigger: Token, country: bool = True) -> bool:
    """Is the place inside what a talk is about ("called Putin to discuss Ukraine", "to discuss the situation
    in Syria", "spoke by telephone about Taiwan"), a phrase that does not hold the trigger? A town "in" what
    is discussed only after a noun of a situation ("the situation in Idlib", not "security in Baghdad")."""
    if not country and root.dep_ == "pobj" and root.head.lower_ in AT_PREPS and (
            root.head.head.lemma_.lower() not in TALKED_SITUATIONS):
        return False

    def topic(tok: Token, head: Token) -> Token | None:
        said = (tok.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in DISCUSSING_VERBS) or (
            tok.dep_ == "pobj" and head.lower_ in ABOUT_PREPS and (
                head.head.lemma_.lower() in TALK_WORDS or head.head.lemma_.lower() in TOPIC_NOUNS))
        return tok if said else None

    return _outside_phrase(root, trigger, topic)


def _outside_phrase(root: Token, trigger: Token, phrase_at: Callable[[Token, Token], Token | None]) -> bool:
    """Climb at most six heads from the place; at the first step ``phrase_at(token, head)`` names a phrase
    (a topic, a grievance), is the trigger outside that phrase? False when none is met or the climb reaches
    the trigger."""
    tok = root
    for _ in range(6):
        head = tok.head
        if head.i == tok.i or tok.i == trigger.i:
            return False
        phrase = phrase_at(tok, head)
        if phrase is not None:
            return not (phrase.left_edge.i <= trigger.i <= phrase.right_edge.i)
        tok = head
    return False


def _struck(root: Token) -> bool:
    """Is the place what a strike fell on ("missiles struck Dnipro", "jets bombed Tyre and Sidon", "Kharkiv
    was shelled"): the object, or the passive subject, of a verb of striking?"""
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if control_taken(root):  # "took control of Laukkai": the ground taken
        return True
    return root.dep_ in ("dobj", "nsubjpass") and root.head.pos_ == "VERB" and (
        root.head.lemma_.lower() in STRUCK_PLACE_VERBS)


def _struck_part(doc, root: Token, place: Place) -> bool:  # noqa: ANN001
    """Is the place a part of a country told by a compass word ("southern Lebanon", "northern Israel") that
    force fell on: the object of a verb or noun of a strike or an invasion ("invaded southern Lebanon", "a
    ground invasion of southern Lebanon", "rockets fired at northern Israel"; ``struck_part_words``)?
    The country is then where it happened, not the country the story's actors come from."""
    first = _first(doc, place)
    if first is None or first.i == 0 or doc[first.i - 1].lower_ not in PART_OF_COUNTRY:
        return False
    head = root.head
    if root.dep_ in ("dobj", "nsubjpass"):
        return head.lemma_.lower() in STRUCK_PART_WORDS
    return root.dep_ == "pobj" and head.lower_ in ("of", "on", "into", "at", "against") and (
        head.head.lemma_.lower() in STRUCK_PART_WORDS)


TOPIC_PREPS = frozenset({"on", "over", "about", "regarding", "concerning"})


def _topic_place(root: Token, trigger: Token) -> bool:
    """Is the place inside what a noun of talk or stance is about ("its position on the war in Ukraine",
    "talks over the fighting in Sudan"), a phrase that does not hold the event's trigger?"""
    doc = root.doc  # up the heads by index: a Token is made only for a topic preposition
    heads, deps, lowers = heads_of(doc), deps_of(doc), lowers_of(doc)
    k, steps = root.i, 0
    while heads[k] != k and steps < 6 and k != trigger.i:
        if deps[k] == "pobj" and lowers[heads[k]] in TOPIC_PREPS:
            prep = tokens_of(doc)[heads[k]]
            if _of_topic(prep.head):
                return not (prep.left_edge.i <= trigger.i <= prep.right_edge.i)  # "fighting in X" told itself
        k, steps = heads[k], steps + 1
    return False


def _of_topic(word: Token) -> bool:
    """Is the word a noun of talk or stance ("talks over"), or a verb whose subject is one ("tensions
    rose over")?"""
    if word.pos_ == "NOUN":
        return word.lemma_.lower() in TOPIC_NOUNS
    return word.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in TOPIC_NOUNS for c in children_of(word))


def _sender(root: Token) -> Token | None:
    """The sending verb whose destination the place is ("sent aid to Turkey", "will send troops to Mali"), or
    the verb of flight into it ("forced 10,000 people to flee into Thailand")."""
    if root.dep_ != "pobj" or root.head.lower_ not in ("to", "into"):
        return None
    head = root.head.head
    if root.head.lower_ == "into":
        return head if head.pos_ == "VERB" and head.lemma_ in FLIGHT_VERBS else None
    if head.pos_ == "NOUN" and head.lemma_.lower() in CARRIERS and head.dep_ == "pobj":
        head = head.head.head  # "put them on a plane to Washington": the verb "on" hangs on
    if head.pos_ == "NOUN" and head.dep_ in ("dobj", "nsubjpass"):
        head = head.head  # "sent aid to Turkey": "to" hangs on what is sent
    return head if head.pos_ == "VERB" and head.lemma_ in DESTINATION_VERBS else None


SENT_PEOPLE = frozenset(CUES["sent_people"])
CARRIERS = frozenset(CUES["carriers"])
FLIGHT_VERBS = frozenset({"flee", "escape"})  # where a fugitive went is no place of other acts (lead46)


_BROKER_BEFORE = re.compile(r"\b(?:" + "|".join(map(re.escape, CUES["broker_participles"]))
                            + r")\s+by\s+(?:the\s+)?$", re.IGNORECASE)


def broker_named(text: str, start: int) -> bool:
    """Is the country word at ``start`` the agent of a deal's go-between ("the agreement, brokered by Qatar",
    "a truce mediated by Egypt")? It says whose good offices, not where the story happens."""
    return bool(_BROKER_BEFORE.search(text[max(0, start - 30):start]))


def broker_spans(text: str, places: list) -> frozenset[tuple[int, int]]:
    """The spans of places named as a deal's go-between (:func:`broker_named`): no votes for the story's
    country, no place of the deal."""
    return frozenset((p.start, p.end) for p in places if p.start is not None and broker_named(text, p.start))


def _purpose_place(root: Token) -> bool:
    """Whether a place is told as where a trial the act is done for is to be held ("for trial in the
    Netherlands"; cues.yaml ``purpose_nouns``)."""
    noun = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("in", "at") else None
    return noun is not None and noun.lemma_.lower() in PURPOSE_NOUNS and noun.dep_ in ("pobj", "pcomp") and (
        noun.head.lower_ == "for")


def fled_to(trigger: Token, place: Place) -> bool:
    """Is the place where the trigger's people fled or escaped to ("thousands have fled to Thailand"): no
    country of theirs (round demonym53)?"""
    root = _root(trigger.doc, place) if place.start is not None else None
    sender = _sender(root) if root is not None else None
    return sender is not None and sender.i == trigger.i and sender.lemma_ in FLIGHT_VERBS


def fled_elsewhere(trigger: Token, place: Place) -> bool:
    """Is the place where people fled or escaped to by a verb other than the trigger ("fighting forced
    10,000 people to flee into Thailand"): the fugitives' destination, not where the fighting was?"""
    root = _root(trigger.doc, place) if place.start is not None else None
    sender = _sender(root) if root is not None else None
    return sender is not None and sender.i != trigger.i and sender.lemma_ in FLIGHT_VERBS


def sent_people_to(doc, places: list[Place]) -> frozenset[tuple[int | None, int | None]]:  # noqa: ANN001
    """The spans of places people were sent or flown to ("released 222 prisoners and flew them to
    Washington"), sent away to abroad ("was deported to Iraq"), or fled to ("resigned and fled to India"):
    where they went, which says nothing of the
    story's country."""
    out = set()
    for place in places:
        root = _root(doc, place)
        sender = _sender(root) if root is not None else None
        if sender is not None and (sender.lemma_ in FLIGHT_VERBS or any(c.dep_ == "dobj" and (
                c.pos_ == "PRON" or c.lemma_.lower() in SENT_PEOPLE) for c in children_of(sender))):
            out.add((place.start, place.end))
        elif root is not None and (_left_for(root) or _sent_by_noun(root) is not None or (
                (place.precision or 4) >= COUNTRY and _sent_away_to(root, None))):  # "deported to Iraq"
            out.add((place.start, place.end))
    return frozenset(out)


SENDING_NOUNS = frozenset(CUES["sending_nouns"])  # "the deportation of Venezuelan migrants"
SENT_FORCES = frozenset(CUES["sent_forces"])


def _sent_by_noun(root: Token) -> Token | None:
    """The noun of sending people whose destination the place is ("blocked the deployment of police officers
    to Haiti", "the transfer of migrants to Albania"), its "to" on the noun or on the verb the noun is the
    object of; else None."""
    if root.dep_ != "pobj" or root.head.lower_ not in ("to", "into"):
        return None
    head = root.head.head
    nouns = [head] if head.pos_ == "NOUN" else [
        c for c in children_of(head) if c.dep_ in ("dobj", "nsubjpass")]
    return next((n for n in nouns if n.lemma_.lower() in SENDING_NOUNS and any(
        g.lemma_.lower() in SENT_PEOPLE or g.lemma_.lower() in SENT_FORCES
        for p in children_of(n) if p.dep_ == "prep" and p.lower_ == "of" for g in children_of(p)
        if g.dep_ == "pobj")), None)


def _left_for(root: Token) -> bool:
    """Is the place one someone came back or moved from to a destination the same verb names ("returned
    to Moscow from Germany": he is in Moscow, Germany is behind him)?"""
    if root.dep_ != "pobj" or root.head.lower_ != "from":
        return False
    verb = root.head.head
    return (verb.pos_ == "VERB" and (verb.lemma_ in ARRIVAL_VERBS or verb.lemma_ in MOVING_VERBS)
            and any(c.dep_ == "prep" and c.lower_ in ("to", "into")
                    and any(g.dep_ == "pobj" for g in c.children) for c in children_of(verb)))


def _sent_there(trigger: Token, place: Place) -> bool:
    """Is the place where another verb of the sentence sent people or things ("released 222 prisoners and
    flew them to Washington", for the release): no place of this event, nor of the story's country."""
    root = _root(trigger.doc, place)
    noun = _sent_by_noun(root) if root is not None else None
    if noun is not None and trigger.i != noun.i:  # "blocked the deployment of police to Haiti": not there
        return True
    sender = _sender(root) if root is not None else None
    if sender is not None and sender.lemma_ in FLIGHT_VERBS:  # "fled to India as protesters stormed ..."
        return trigger.i != sender.i
    if sender is not None and not any(c.dep_ in ("dobj", "nsubjpass") for c in children_of(sender)):
        return False  # "Navalny, who returned to Moscow, was detained": he went there himself, and is there
    return sender is not None and trigger not in (sender, *children_of(sender))


SENT_AWAY_VERBS = frozenset(CUES["sent_away_verbs"])
EXILE_NOUNS = frozenset(CUES["exile_nouns"])


def _into_exile(verb: Token) -> bool:
    """Whether the verb sends someone "into exile" ("was forced into exile", "sent into exile")."""
    return any(c.dep_ == "prep" and c.lower_ == "into" and any(
        g.lemma_.lower() in EXILE_NOUNS for g in children_of(c)) for c in children_of(verb))


def in_exile(root: Token) -> bool:
    """Whether the word is the place someone was sent "into exile in" ("was forced into exile in France")."""
    if root.dep_ != "pobj" or root.head.lower_ != "in":
        return False
    head = root.head.head
    return (head.lemma_.lower() in EXILE_NOUNS and head.dep_ == "pobj" and head.head.lower_ == "into") or (
        _into_exile(head))


def _joined_to(verb: Token, trigger: Token | None) -> bool:
    """Whether the verb is the trigger (any verb for None) or a verb joined to it ("were arrested and
    deported")."""
    if trigger is None or verb.i == trigger.i:
        return True
    return (trigger.dep_ == "conj" and trigger.head.i == verb.i) or (
        verb.dep_ == "conj" and verb.head.i == trigger.i)


def _sent_away_to(root: Token, trigger: Token | None) -> bool:
    """Is the place where the trigger (or a verb joined to it; any verb for None) sent people away to
    ("deported to Iraq", "deported 300 migrants to Addis Ababa", "forced into exile in France")?"""
    if root.dep_ != "pobj" or root.head.dep_ != "prep":
        return False
    prep, head = root.head, root.head.head
    if prep.lower_ == "in":  # "forced into exile in France": "in" hung on the noun or on the verb
        if head.lemma_.lower() in EXILE_NOUNS and head.dep_ == "pobj":
            return _joined_to(head.head.head, trigger)
        return _into_exile(head) and _joined_to(head, trigger)
    if prep.lower_ not in ("to", "into"):
        return False
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubjpass"):
        head = head.head  # "deported 300 migrants to Addis Ababa": "to" hung on those sent
    if head.dep_ == "acl" or any(c.dep_ == "prep" and c.lower_ == "from" for c in children_of(head)):
        return False  # "deported from Tapachula to San Pedro Sula", "a man deported to El Salvador": there
    return head.pos_ == "VERB" and _joined_to(head, trigger) and (
        head.lemma_.lower() in SENT_AWAY_VERBS or _into_exile(head))


def sent_away_spans(trigger: Token, sentence_places: list[Place],
                    doc_places: list[Place]) -> frozenset[tuple[int | None, int | None]]:
    """The spans of the places the trigger sent people away to: a country always, a town or region unless the
    story names no other country (internal banishment: "banished to the town of Zabol")."""
    away = [p for p in sentence_places
            if (root := _root(trigger.doc, p)) is not None and _sent_away_to(root, trigger)]
    spans = {(p.start, p.end) for p in away}
    others = {p.country for p in doc_places if (p.start, p.end) not in spans}
    return frozenset((p.start, p.end) for p in away
                     if (p.precision or 4) >= COUNTRY or others - {p.country})


def _talked_about(trigger: Token, place: Place) -> bool:
    """Is the place what a talk of the sentence is about ("called Putin to discuss Ukraine"): no place of
    this event, nor of the story's country for it?"""
    root = _root(trigger.doc, place)
    return root is not None and _talked_of(root, trigger, (place.precision or 4) >= COUNTRY)


def _asked_for(root: Token, trigger: Token) -> bool:
    """Is the place inside the act a call asks for ("called on Britain to send weapons to Kyiv and to
    tighten sanctions on Moscow"), not where the call was made?"""
    if trigger.lemma_ not in CALLING_VERBS:
        return False
    wanted = [c for c in children_of(trigger) if c.dep_ in ("xcomp", "ccomp")]
    return any(c.left_edge.i <= root.i <= c.right_edge.i for c in wanted)


SPOKEN_OF_DEPS = frozenset({"dobj", "ccomp", "xcomp"})
SPOKEN_OF_PREPS = frozenset({"for", "over", "of", "about", "on", "against", "to"})


def _spoken_of(root: Token, trigger: Token) -> bool:
    """Is the place inside what a statement speaks of ("warned that Israel would pay for the strike in
    Damascus", "praised Egypt for its mediation in Gaza"), not where it was made ("warned in Tehran")?"""
    if trigger.pos_ != "VERB" or trigger.lemma_ not in STANCE_VERBS:
        return False
    said = [c for c in children_of(trigger) if c.dep_ in SPOKEN_OF_DEPS
            or c.dep_ == "prep" and c.lower_ in SPOKEN_OF_PREPS]
    return any(c.left_edge.i <= root.i <= c.right_edge.i for c in said)


def _street(doc, place: Place) -> bool:  # noqa: ANN001
    """Is the name part of a street's ("a home off Cleveland Highway")? Such a place is not one a later
    sentence inherits; in its own sentence it may be all there is ("on the Kandahar Highway"): it stays."""
    span = _place_span(doc, place)
    if span is None or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.lower_ in STREET_WORDS and nxt.lower_ != "square" and nxt.text[:1].isupper()


def _origin(root: Token) -> bool:
    """Is the place where someone or something comes from ("a teacher from Grodno", "refugees from
    Syria", "forces from the northern region of Tigray"): "from" hung on a noun, not on a verb of the
    event?"""
    root = _kind_of_place(root)
    return root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.pos_ in ("NOUN", "PROPN")


def _left_from(root: Token) -> bool:
    """Is the place where people were sent or came back from ("returned from Peru", "deported from the
    Dominican Republic"): "from" hung on a verb of arrival?"""
    return root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.lemma_ in ARRIVAL_VERBS


def _came_from(root: Token, trigger: Token | None = None) -> bool:
    """Is the place where people came from, told in a clause of their own ("detained 60 migrants who had
    crossed from Serbia", "smugglers trying to cross from Syria"): "from" hung on a verb of crossing or
    coming, not the trigger, that is a relative, participle or infinitive clause?"""
    if root.dep_ != "pobj" or root.head.lower_ != "from":
        return False
    verb = root.head.head
    return (verb.pos_ == "VERB" and verb.lemma_.lower() in CROSSING_VERBS and verb.dep_ in CLAUSE_DEPS
            and (trigger is None or verb.i != trigger.i))


def _invaded_from(root: Token) -> bool:
    """Is the place where forces came from on an incursion that names where it went ("invaded Shaba
    province from Angola", "attacked Ukraine from Belarus", "crossed into Congo from Gisenyi"): "from" hung
    on a verb of incursion that has an object or an "into"?"""
    while root.dep_ == "conj" and root.head.i != root.i:  # "from Poland and East Germany"
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ != "from":
        return False
    verb = root.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in INCURSION_VERBS and any(
        c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("into", "across") for c in children_of(verb))


def came_from_spans(doc, places: list[Place],  # noqa: ANN001
                    trigger: Token | None = None) -> frozenset[tuple[int | None, int | None]]:
    """The spans of places people came from (``_came_from``: "migrants who crossed from Serbia"; forces on
    an incursion, ``_invaded_from``), which say nothing of the story's country."""
    out = set()
    for place in places:
        root = _root(doc, place) if place.start is not None else None
        if root is not None and (_came_from(root, trigger) or _invaded_from(root)):
            out.add((place.start, place.end))
    return frozenset(out)


CHARGE_WORDS = frozenset(CUES["charge_words"])  # "a man accused of spying for Iran": what he is charged with
CHARGE_PREPS = frozenset(CUES["charge_preps"])
AT_PREPS = frozenset({"in", "at", "near", "inside", "outside"})  # where a thing is, as a main verb's may be


def _charged(root: Token, country: bool, trigger: Token | None = None,
             preps: frozenset[str] = CHARGE_PREPS) -> bool:
    """Is the place inside what someone is accused, suspected, convicted or wanted of ("a man accused of
    spying for Iran", "wanted by Israel", "suspected of funding Hezbollah in Lebanon"): a country anywhere
    there, a town only as the one worked for ("spying for Washington")? A country named with "in" only when
    the charge describes someone, not when it is the sentence's own accusation ("observers accused troops of
    violating the ceasefire in Angola"), nor when "in" comes right after the charge's first word, which
    may as well tell where the main act was ("Gunmen kill man accused of spying in Mali"); and not for an
    event told inside the charge itself ("accused of fighting for Islamic State in Syria", for the
    fighting)."""
    if not country and not (root.dep_ in ("pobj", "poss") and root.head.lower_ in CHARGE_PREPS):
        return False
    located = root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS - {"of"}  # "... Hezbollah in Lebanon"
    tok, below = root, root
    for _ in range(8):
        head = tok.head
        if head.i == tok.i:
            return False
        if tok.dep_ in ("prep", "agent") and tok.lower_ in preps and (
                head.lemma_.lower() in CHARGE_WORDS or _charged_object(tok)):
            return not located or (head.dep_ in CLAUSE_DEPS or head.pos_ == "NOUN") and not (
                root.head.lower_ in AT_PREPS and root.head.head == below and root.head.i == below.i + 1)
        if trigger is not None and head.i == trigger.i:
            return False
        tok, below = head, tok
    return False


def _charged_object(prep: Token) -> bool:
    """Is the preposition a reason hung by the parser on the object of a charge verb ("jailed a man for
    spying for Iran": "for spying" on "man")?"""
    head = prep.head
    return head.dep_ == "dobj" and head.head.lemma_.lower() in CHARGE_WORDS and any(
        c.tag_ == "VBG" and c.dep_ in ("pobj", "pcomp") for c in prep.children)


def charged_spans(doc, places: list[Place],  # noqa: ANN001
                  trigger: Token | None = None) -> frozenset[tuple[int | None, int | None]]:
    """The spans of places a charge names (``_charged``: "arrested a man accused of spying for Iran"), no
    place of the arrest and nothing of the story's country."""
    out = set()
    for place in places:
        root = _root(doc, place) if place.start is not None else None
        if root is not None and _charged(root, (place.precision or 4) >= COUNTRY, trigger):
            out.add((place.start, place.end))
    return frozenset(out)


CAUSE_NOUNS = frozenset(CUES["cause_nouns"])
CAUSE_PREPS = frozenset(CUES["cause_preps"])
CAUSE_VERBS = frozenset(CUES["cause_verbs"])


def _cause_phrase(root: Token) -> Token | None:
    """The phrase of a cause an act answers that holds the word ("in retaliation for the Berlin disco
    bombing", "in response to an attack in Sderot", "to avenge the killing in Kashmir"): its first word's
    token (the "in" or the verb), or None."""
    tok = root
    for _ in range(12):
        if (tok.dep_ == "pobj" and tok.head.lower_ in CAUSE_PREPS
                and tok.head.head.lemma_.lower() in CAUSE_NOUNS):
            noun = tok.head.head
            if noun.dep_ == "pobj" and noun.head.lower_ == "in":
                return noun.head  # "in retaliation for X"
        if (tok.dep_ == "dobj" and tok.head.lemma_.lower() in CAUSE_VERBS
                and tok.head.dep_ in ("xcomp", "advcl")):
            return tok.head  # "to avenge X"
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def cause_spans(doc, places: list[Place],  # noqa: ANN001
                trigger: Token | None = None) -> frozenset[tuple[int | None, int | None]]:
    """The spans of places inside the cause an act answers (``_cause_phrase``), no place of the act ("ordered
    air strikes against Libya in retaliation for the Berlin disco bombing": not Berlin); an event told inside
    the cause keeps them (the bombing was in Berlin; leftovers63)."""
    out = set()
    for place in places:
        root = _root(doc, place) if place.start is not None else None
        phrase = _cause_phrase(root) if root is not None else None
        if phrase is not None and not (
                trigger is not None and phrase.left_edge.i <= trigger.i <= phrase.right_edge.i):
            out.add((place.start, place.end))
    return frozenset(out)


PUNISH_WORDS = frozenset(CUES["speech_punish_words"])  # "jailed over tweets about the war in Yemen"
REASON_PREPS = frozenset(CUES["speech_reason_preps"])
EXPRESSION_NOUNS = frozenset(CUES["expression_nouns"])
EXPRESSION_VERBS = frozenset(CUES["expression_verbs"])
SPEECH_TOPIC_PREPS = frozenset(CUES["speech_topic_preps"])
EXPRESSION_WORDS = EXPRESSION_NOUNS | EXPRESSION_VERBS


def _expressed(word: Token) -> bool:
    """Is the word a noun of expression ("tweets", "a sermon") or a verb of it ("criticising", "wrote")?"""
    if word.pos_ in ("NOUN", "PROPN"):
        return word.lemma_.lower() in EXPRESSION_NOUNS
    return word.pos_ == "VERB" and word.lemma_.lower() in EXPRESSION_VERBS


def _topic_link(word: Token, child: Token, below: Token | None, country: bool = False) -> bool:
    """Does ``child`` hang on a word of expression as what it speaks of ("posts about X", "criticising the
    war", "a video showing the protests"), not as where it was made ("comments in Jeddah")? A country "in"
    a verb with an object is the object's, hung on the verb by the parser ("mocking the war in Libya")."""
    if child.dep_ == "prep":
        return child.lower_ in SPEECH_TOPIC_PREPS or country and child.lower_ == "in" and (
            word.pos_ == "VERB" and any(c.dep_ == "dobj" and c.i < child.i for c in children_of(word)))
    if word.pos_ == "VERB":
        return child.dep_ in ("dobj", "ccomp", "xcomp", "attr")
    return child.dep_ == "acl" and child.tag_ == "VBG" and below is not None and (
        _topic_link(child, below, None))


def _punished_for(word: Token) -> bool:
    """Is the word of expression what someone was punished for: under "for"/"over" of a punishing word
    ("jailed over tweets", "arrested a man for posting videos", "jailed for 10 years over"), in a relative
    clause of whom it punished ("arrested a journalist who wrote"), or a gerund hung on its verb ("detained a
    poet over verses praising")?"""
    tok, reason = word, False
    for _ in range(8):
        head = tok.head
        if head.i == tok.i:
            return False
        reason = reason or tok.dep_ in ("prep", "dative") and tok.lower_ in REASON_PREPS
        if tok.dep_ == "relcl" and head.dep_ in ("dobj", "nsubjpass") and (
                head.head.lemma_.lower() in PUNISH_WORDS):
            return True
        if head.lemma_.lower() in PUNISH_WORDS and head.pos_ in ("VERB", "NOUN"):
            return reason or tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(
                c.dep_ == "mark" for c in children_of(tok))  # not "arrested while filming the protests"
        if head.pos_ in ("VERB", "AUX") and not _expressed(head):
            return False  # a clause of its own
        tok = head
    return False


def _spoken_topic(root: Token, country: bool = False) -> Token | None:
    """The phrase holding the place (a country if ``country``) that a punished utterance speaks of ("jailed
    over tweets criticising the war in Yemen": "the war in Yemen"), else None. A story with no word of
    expression or of punishment has none (its words' lemmas read once, no walk up each word's heads)."""
    lemmas = lemma_set(root.doc)
    if EXPRESSION_WORDS.isdisjoint(lemmas) or PUNISH_WORDS.isdisjoint(lemmas):
        return None
    tok, below = root, None
    for _ in range(10):
        head = tok.head
        if head.i == tok.i or head.lemma_.lower() in PUNISH_WORDS:
            return None
        named = country and below is not None and below.i == root.i  # "in Libya" itself, on the verb
        if _expressed(head) and _topic_link(head, tok, below, named) and _punished_for(head):
            return tok
        tok, below = head, tok
    return None


def spoken_topic(word: Token) -> bool:
    """Is the word told inside what a punished utterance speaks of ("detained a woman over tweets supporting
    the protests in Sudan": "protests")?"""
    return _spoken_topic(word) is not None


def spoken_topic_spans(doc, places: list[Place],  # noqa: ANN001
                       trigger: Token | None = None) -> frozenset[tuple[int | None, int | None]]:
    """The spans of places a punished utterance speaks of (``_spoken_topic``: "arrested a journalist who
    wrote about corruption in Iraq"), no place of the arrest nor the story's country; not one in the country
    of another place of the story ("Iran ... a song about the protests in Zahedan"), nor one of an event told
    inside the topic ("posts about the killing of civilians in Gaza", for the killing) (round speech58)."""
    topics = {}
    for place in places:
        root = _root(doc, place) if place.start is not None else None
        phrase = _spoken_topic(root, (place.precision or 4) >= COUNTRY) if root is not None else None
        if phrase is not None and not (trigger is not None
                                       and phrase.left_edge.i <= trigger.i <= phrase.right_edge.i):
            topics[(place.start, place.end)] = place
    others = {p.country for p in places if (p.start, p.end) not in topics}
    return frozenset(span for span, p in topics.items() if p.country not in others)


def charged_mention_spans(doc, mentions: list[tuple]) -> frozenset[tuple[int, int]]:  # noqa: ANN001
    """The spans of the country words or actors ((start, end, ...) mentions) inside what someone is accused or
    suspected of ("arrested on suspicion of contact with Taiwanese intelligence", "on charges of collaborating
    with the Taliban"): not the story's country; a "by" agent ("arrested by Turkish police") is no charge
    (custody58). Only one the charge's deed was done with or for, not one it was done to ("jailed for
    insulting the Turkish president": the story's own state)."""
    out = set()
    for start, end, _ in mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        noun = span.root
        while noun.dep_ in ("amod", "compound", "nmod", "poss") and noun.head.i > noun.i:
            noun = noun.head  # "Taiwanese intelligence", "the Taliban's fighters"
        if noun.dep_ == "pobj" and _charged(noun, True, preps=CHARGE_PREPS - {"by"}):
            out.add((start, end))
    return frozenset(out)


def _fired_from(root: Token) -> bool:
    """Is the place where a strike was launched from ("fired rockets from Gaza towards Ashkelon",
    "shelled Sumy region from Belgorod"): "from" hung on a verb of firing?"""
    return root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.lemma_ in LAUNCH_VERBS


def _overhead(root: Token) -> bool:
    """Is the place one an aircraft or missile was downed or flew over ("shot down over Belgorod
    region", "a missile exploded over Kyiv"): "over" hung on a verb of flight?"""
    if root.dep_ != "pobj" or root.head.lower_ != "over":
        return False
    verb = _verb_above(root.head)
    if verb is not None and verb.lemma_.lower() not in OVERHEAD_VERBS and verb.dep_ in ("pcomp", "advcl"):
        verb = _verb_above(verb)  # "crashed after coming under fire from bandits over Zamfara state"
    return verb is not None and verb.lemma_.lower() in OVERHEAD_VERBS


def _verb_above(tok: Token) -> Token | None:
    """The nearest verb (or particle of a phrasal verb: "shot down") among a word's heads, else None."""
    for _ in range(6):
        tok = tok.head
        if tok.pos_ == "VERB" or (tok.pos_ in ("ADP", "ADV") and tok.lemma_.lower() in OVERHEAD_VERBS):
            return tok
        if tok.dep_ == "ROOT":
            return None
    return None


def _kind_of_place(root: Token) -> Token:
    """The noun a place is named by in "the northern region of Tigray", "the town of Kagara" (the
    region, the town), else the place's own word."""
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_KINDS:
        return prep.head
    return root


PLACE_KINDS = frozenset({"region", "province", "state", "city", "town", "village", "district", "area",
                         "county", "port", "capital"})


def _moved_to(root: Token) -> bool:
    """Is the place where people went ("families fled towards Kobo")? Said of a happening elsewhere."""
    return root.dep_ == "pobj" and root.head.lower_ in ("to", "towards", "toward", "into") and (
        root.head.head.lemma_ in MOVING_VERBS)


def _said_at(root: Token) -> bool:
    """Is the place where someone said something ("the ministry said in Moscow", "officials in Kabul
    said"; not "as reported, in Guarenas")?"""
    if root.dep_ != "pobj":
        return False
    verb = root.head.head
    if verb.dep_ == "nsubj" and verb.pos_ in ("NOUN", "PROPN"):
        verb = verb.head  # "the defence ministry in Ankara said": where the speaker sits
    return verb.pos_ == "VERB" and verb.lemma_ in SPEECH_VERBS and any(
        c.dep_ == "nsubj" for c in children_of(verb))


def in_sentence(trigger: Token, places: list[Place], actor_tokens: set[int]) -> Place | None:
    """The place of the sentence that the event happened in: a place named with a locative
    preposition, nearest to the trigger, and not an actor ("the aid of the USA")."""
    doc = trigger.doc
    scored = []
    describing: list[Place] = []  # places told inside the passive subject, describing whom the act befell
    doers: list[Place] = []  # places told inside the active subject ("police in Lahore")
    own: list[Place] = []  # places after a preposition of the trigger's verb ("arrested ... in Faisalabad")
    located: list[Place] = []  # places named as where something is ("in Tepalcatepec")
    named = heads(text_of(doc), places)
    deed = _deed_verb(trigger)
    goals = _unreached_goals(doc, named)  # "marched towards Delhi from the Singhu border": not Delhi
    in_org = _inside_org_names(doc, named)  # "near the Bihar Public Service Commission office in Patna"
    bearings = _bearings(text_of(doc), named)  # "the village of Krasnohorivka west of Donetsk": the village
    kept: list[Place] = []
    for place in named:
        root = _root(doc, place)
        if root is None or _among(place, goals) or _among(place, in_org):
            continue
        told_from = next((x for x, y in bearings if y is place), None)
        if told_from is not None and _among(told_from, kept):
            continue  # the point the place before it is told from, not where the event was
        if root.dep_ == "poss" and _owns_place(doc, root, named):
            continue  # "in Rangpur's Pirganj upazila": the unit owned, not its owner
        if len(named) > 1 and (_left_from(root) or _fired_from(root)):
            continue  # "returned from Peru to Maiquetia", "fired from Gaza at Ashkelon": where it lands
        if _purpose_place(root):
            continue  # "handed over the suspects for trial in the Netherlands": where the trial is to be
        if _came_from(root, trigger):
            continue  # "detained 60 migrants who had crossed from Serbia": where they came from (origins50)
        if _across_border(doc, place):
            continue  # "killed two smugglers on the border with Gaza": the doers' side of it (actors30b)
        sender = _sender(root)  # "sent aid to Turkey"; not "blocked a plan to deploy police to Haiti"
        if sender is not None and sender.lemma_ in FLIGHT_VERBS and trigger.i != sender.i:
            continue  # "fled to India as protesters stormed her residence": where she went, not theirs
        locative = _locative(root, _first(doc, place)) or (
            sender is not None and trigger in (sender, *children_of(sender))) or (
            root.dep_ == "compound" and root.head.lemma_.lower() in HOME_NOUNS)  # "the Lahore home of X"
        visited = _visited(root, trigger)  # "Kenya's president visited Tanzania": where the visit was
        locative = locative or visited or any(x is place for x, _ in bearings)
        if sender is not None and not locative:
            continue
        country = (place.precision or 4) >= COUNTRY
        locative = locative or (not country and _struck(root))  # "KYIV - missiles struck Dnipro": Dnipro
        locative = locative or (country and _struck_part(doc, root, place))  # "invasion of southern Lebanon"
        locative = locative or (not country and root.dep_ == "dobj" and root.head.i == trigger.i
                                and trigger.lemma_ in LEAVE_VERBS)  # "left Moscow without signing"
        if root.i in actor_tokens and not locative:
            continue
        if root.dep_ == "nsubj" and root.head.lemma_ in SPEAKING_SUBJECT_VERBS and not locative:
            continue  # "drones, which Kyiv says were used ...": a capital speaking for its government
        if _part_of_actor(root) and not locative:
            continue
        if _topic_place(root, trigger) or _talked_of(root, trigger, country) or _origin(root) or (
                _asked_for(root, trigger)) or _spoken_of(root, trigger) or (
                _moved_to(root) and root.head.head != trigger and not visited):
            continue  # "thanked China for its position on the war in Ukraine": what the talk is about
        if country and not locative:
            continue
        if _grievance_place(root, trigger) or (not locative and _dealt_with(root)):
            continue  # "summoned the envoy over a protest in Stockholm", "suspended talks with Washington"
        if (country or place.admin1 is None) and root.dep_ == "poss":
            continue  # "outside Georgia's parliament", "the Kurdistan region's Duhok province": the owner
        if not locative and root.dep_ in ("nsubj", "dobj") and root.head != trigger and (
                root.head.lemma_ in CALLING_VERBS or root.head.lemma_ in SPEECH_VERBS):
            continue  # "condemned the launch and urged Pyongyang to return to talks": a capital as addressee
        score = abs(root.i - trigger.i) / 100 - (1 if locative else 0)
        if country:
            score += 0.5
        if locative and _said_at(root):
            score += 0.9  # where it was said, unless the sentence names no other place
        if _qualified(text_of(doc), place, doc, places):
            score -= 0.3  # "in Biu LGA (Borno)" says more than "the Timbuktu triangle"
        if _named_town(root):
            score -= 0.3  # "the West Bank city of Nablus": the town, not the region before it
        if locative and deed is not trigger and _on_verb(root, deed):
            score -= 0.05  # "after Turkish air strikes killed civilians in Kurdistan": the strikes' clause
        scored.append((score, place))
        kept.append(place)
        if locative and not _told_as_reason(root, trigger):
            located.append(place)
        if locative and _in_subject(root, trigger):
            describing.append(place)
        if locative and _in_doer(root, trigger):
            doers.append(place)
        elif locative and _on_verb(root, trigger):
            own.append(place)
    scored = [(score + SUBJECT_PLACE_PENALTY if _among(place, describing)
               and _placed_elsewhere(place, scored, describing) else score, place) for score, place in scored]
    if own:  # "police in Lahore arrested three men in Faisalabad": the verb's own place, not the doers'
        scored = [(score + SUBJECT_PLACE_PENALTY if _among(place, doers) else score, place)
                  for score, place in scored]
    else:  # "self-defence groups in Michoacan clashed with cartel members in Tepalcatepec": the town in it
        wider = [d for d in doers if any(_town_inside(p, d) for p in located if not _among(p, doers))]
        scored = [(score + SUBJECT_PLACE_PENALTY if _among(place, wider) else score, place)
                  for score, place in scored]
    return min(scored, key=lambda sp: sp[0])[1] if scored else None


def _march_goal(root: Token) -> str | None:
    """The preposition of the goal of a march a place is ("marched towards Delhi", "farmers marching to
    Delhi"), else None (cues.yaml ``march_verbs``)."""
    if root.dep_ != "pobj" or root.head.lower_ not in MARCH_GOAL_PREPS:
        return None
    return root.head.lower_ if root.head.head.lemma_.lower() in MARCH_VERBS else None


def _march_site(root: Token) -> bool:
    """Is a place the start or the site of a march or of the act that met it ("from the Singhu border",
    "at the Shambhu border")? A place after a preposition of place, not a goal."""
    return root.dep_ == "pobj" and root.head.lower_ in MARCH_SITE_PREPS


def _unreached_goals(doc, named: list[Place]) -> list[Place]:  # noqa: ANN001
    """The places of a sentence that are only the goal of a march, when the sentence names another place
    to hold the event: a start or a site ("marched to Delhi from the Shambhu border"), or for a goal told
    with "towards", any other place ("CHANDIGARH - Farmers marched towards Delhi"). The one place named
    stays ("farmers marched to Chandigarh")."""
    roots = [(place, _root(doc, place)) for place in named]
    told = [(place, _march_goal(root) if root is not None else None) for place, root in roots]
    goals = [(place, prep) for place, prep in told if prep is not None]
    if not goals:
        return []
    others = [(place, root) for place, root in roots if not any(place is g for g, _ in goals)]
    sited = any(root is not None and _march_site(root) for _, root in others)
    return [place for place, prep in goals if sited or (others and prep != "to")]


def toward_goal(doc, place: Place) -> bool:  # noqa: ANN001
    """Is a place only the goal a march was heading towards ("marched towards Delhi")? Not yet reached, it
    gives way to the story's dateline in the same country ("CHANDIGARH - Farmers marched towards Delhi")."""
    root = _root(doc, place) if place.start is not None else None
    return root is not None and _march_goal(root) in ("towards", "toward")


def _inside_org_names(doc, named: list[Place]) -> list[Place]:  # noqa: ANN001
    """The regions of a sentence named only inside a longer organisation's name ("near the Bihar Public
    Service Commission office in Patna"), when the sentence names a town of the same country outside any
    such name: the body's reach, not where the event was. A town's name on a building ("outside the
    Uitenhage Provincial Hospital", "at Dhaka University") says where the building is, and stays."""
    inside = [place for place in named if (place.precision or 4) >= REGION and _in_org_name(doc, place)]
    return [place for place in inside if any(
        (other.precision or 4) < REGION and other.country == place.country and not _in_org_name(doc, other)
        for other in named)]



def _in_org_name(doc, place: Place) -> bool:  # noqa: ANN001
    """Is a place's name part of a longer name the tagger marks an organisation, that goes on after it?"""
    span = _place_span(doc, place) if place.start is not None else None
    if span is None or not len(span):
        return False
    last = span[-1]
    return span[0].ent_type_ == "ORG" and last.i + 1 < len(doc) and (
        doc[last.i + 1].ent_type_ == "ORG" and doc[last.i + 1].ent_iob_ == "I")


def _owns_place(doc, root: Token, named: list[Place]) -> bool:  # noqa: ANN001
    """Is a place the owner of another place of the sentence ("Rangpur's Pirganj upazila", "Punjab's
    Sheikhupura district", "Corsica's main city of Ajaccio"): the possessive of a noun that is, or holds, the
    other place's name, or a type word whose "of" names it?"""
    owned = root.head
    while owned.dep_ == "compound" and owned.head.i > owned.i:
        owned = owned.head  # "Rangpur's Pirganj upazila", the possessive hung on "Pirganj"
    typed = owned.lower_ in TYPE_WORDS  # "Corsica's main city of Ajaccio" (europe61)
    return any(other_root is not None and other_root.i != root.i and (
        other_root.i == owned.i or other_root.head.i == owned.i and other_root.dep_ == "compound"
        or typed and other_root.dep_ == "pobj" and other_root.head.lower_ == "of"
        and other_root.head.head.i == owned.i)
        for other_root in (_root(doc, p) for p in named))


SUBJECT_PLACE_PENALTY = 0.5
GRIEVANCE_VERBS = frozenset(CUES["grievance_verbs"])
GRIEVANCE_PREPS = frozenset(CUES["grievance_preps"])
DEALING_WORDS = frozenset(CUES["dealing_words"])


def _grievance_place(root: Token, trigger: Token) -> bool:
    """Is the place inside the grievance a diplomatic act of the trigger is taken over ("summoned the Swedish
    ambassador over a protest in Stockholm", "recalled its envoy for the killings in Bucha"), a phrase that
    does not hold the trigger? There the grievance happened, not the act (cues.yaml ``grievance_verbs``)."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    if verb.lemma_.lower() not in GRIEVANCE_VERBS:
        return False

    def grievance(tok: Token, head: Token) -> Token | None:
        on = head.head  # the verb, or its object ("summoned the ambassador over ...")
        taken_over = tok.dep_ == "pobj" and head.lower_ in GRIEVANCE_PREPS and (
            on.i in (verb.i, trigger.i) or (on.dep_ == "dobj" and on.head.i == verb.i))
        return head if taken_over else None

    return _outside_phrase(root, trigger, grievance)


def counterpart_spans(trigger: Token, places: list[Place]) -> frozenset[tuple[int | None, int | None]]:
    """The spans of the sentence's places told only as the grievance of the trigger's diplomatic act or as
    the state it deals with (:func:`_grievance_place`, :func:`_dealt_with`): no place of the act, whether
    named in its sentence or borrowed as the story's first town."""
    doc = trigger.doc
    out = set()
    for place in places:
        root = _root(doc, place)
        if root is None:
            continue
        if _grievance_place(root, trigger) or (_dealt_with(root) and not _locative(root, _first(doc, place))):
            out.add((place.start, place.end))
    return frozenset(out)


def _dealt_with(root: Token) -> bool:
    """Is the place the state a dealing is had with ("suspended talks with Washington", "lodged a protest
    with Beijing", "the agreement with Pyongyang"): the counterpart, not where (cues.yaml
    ``dealing_words``)?"""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "with":
        return False
    return prep.head.lemma_.lower() in DEALING_WORDS or prep.head.lower_ in DEALING_WORDS


def _deed_verb(trigger: Token) -> Token:
    """The verb a noun trigger, or a gerund, is the subject of ("air strikes killed civilians": "killed";
    "fighting continued in Khartoum": "continued"), whose places are the deed's own; else the trigger
    itself."""
    head = trigger.head
    if (trigger.pos_ == "NOUN" or trigger.tag_ == "VBG") and trigger.dep_ in ("nsubj", "nsubjpass") and (
            head.pos_ == "VERB"):
        return head
    return trigger


def _placed_elsewhere(place: Place, scored: list[tuple[float, Place]], describing: list[Place]) -> bool:
    """Whether the sentence names another place, in the same country, that is not inside the subject ("a
    candidate for mayor in X province was shot dead in the town of Y": Y)."""
    return any(not _among(other, describing) and other.country == place.country for _, other in scored)


_BEARING_WORDS = "|".join(sorted(CUES["bearing_words"], key=len, reverse=True))
_BEARING = re.compile(r"\s*,?\s*(?:(?:about|some|around)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
                      rf"(?:to\s+the\s+)?(?:{_BEARING_WORDS})\s+of\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?",
                      re.IGNORECASE)


def _bearings(text: str, named: list[Place]) -> list[tuple[Place, Place]]:
    """Pairs of a place and the point it is told from by a bearing ("the village of Krasnohorivka west of
    Donetsk city", "Tonenke, 10 km northwest of Avdiivka"; ``bearing_words`` in ``cues.yaml``), both of one
    country (not a namesake abroad of a village the gazetteer lacks): the event is at the first, whatever the
    parse made of it."""
    return [(x, y) for x, y in zip(named, named[1:], strict=False)
            if x.end is not None and y.start is not None and x.country == y.country
            and _BEARING.fullmatch(text[x.end:y.start])]


def _among(place: Place, places: list[Place]) -> bool:
    """Whether this very mention is one of ``places``."""
    return any(p is place for p in places)


def _in_subject(root: Token, trigger: Token) -> bool:
    """Whether a place is told inside the passive subject of the trigger's verb, describing who it befell ("a
    councillor in Cauca province was shot dead"), not where the act was done; doers' place ("students in Lagos
    rallied over a killing in Abuja") is where they acted."""
    return any(c.dep_ == "nsubjpass" and root.i != c.i
               and c.left_edge.i <= root.i <= c.right_edge.i for c in children_of(trigger))


REASON_PREPS = frozenset({"against", "over", "about", "for", "after", "following", "despite"})


def _told_as_reason(root: Token, trigger: Token) -> bool:
    """Is the place told inside the reason or the antecedent of the act ("protested against a killing in
    Lahore", "after an attack in Lahore"), under such a preposition between it and the trigger?"""
    tok = root
    for _ in range(8):
        head = tok.head
        if head.i == tok.i or head.i == trigger.i:
            return False
        if head.dep_ == "prep" and head.lower_ in REASON_PREPS:
            return True
        tok = head
    return False


def _town_inside(town: Place, region: Place) -> bool:
    """Is a town named in the first-order region ("Tepalcatepec" in "Michoacan")? Where the doers are told
    as the region's, a town of it named elsewhere in the sentence says more exactly where they acted."""
    return region.precision == REGION and (town.precision or COUNTRY) < REGION and (
        town.country == region.country and town.admin1 is not None and town.admin1 == region.admin1)


def _in_doer(root: Token, trigger: Token) -> bool:
    """Whether a place is told inside the active subject of the trigger's verb ("police in Lahore arrested
    ..."), saying where the doers sit."""
    return any(c.dep_ == "nsubj" and root.i != c.i
               and c.left_edge.i <= root.i <= c.right_edge.i for c in children_of(trigger))


VERB_PLACE_PREPS = PLACE_PREPS - {"of", "from", "into", "towards", "toward", "between"}


def _on_verb(root: Token, trigger: Token) -> bool:
    """Whether a place hangs by a preposition of place on the trigger's verb ("arrested three men in
    Faisalabad"), or on its object, as the parser often hangs it ("men in Peshawar"); not on a noun further
    down ("in support of the government in Asmara")."""
    if root.dep_ != "pobj" or root.head.lower_ not in VERB_PLACE_PREPS:
        return False
    head = root.head.head
    return head.i == trigger.i or (_object_of(head) and head.head.i == trigger.i) or _on_aim(head, trigger)


def _object_of(word: Token) -> bool:
    """The verb's object, or the word right after it that the parser split off the object and hung on the
    verb as an adverb ("struck a PKK hideout in northern Iraq": "hideout" read as an adverb) (round
    country30b)."""
    return word.dep_ == "dobj" or word.dep_ in ("advmod", "npadvmod") and any(
        c.dep_ == "dobj" and c.i == word.i - 1 for c in children_of(word.head))


AIM_PREPS = frozenset({"at", "on", "against"})


def _on_aim(noun: Token, trigger: Token) -> bool:
    """Whether a noun is what a verb of firing or striking aimed at ("launched drones at the garrison in
    southern Syria", "fired mortars on a village in Uganda"): the place of that target is the act's own,
    not that of the doers ("militias in Iraq")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in AIM_PREPS:
        return False
    verb = noun.head.head
    aimed = verb.i == trigger.i or (verb.dep_ == "dobj" and verb.head.i == trigger.i)
    return aimed and trigger.lemma_.lower() in LAUNCH_VERBS | STRUCK_PLACE_VERBS


def _named_town(root: Token) -> bool:
    """Is the place the town a region names before it ("the West Bank city of Nablus")? Not the
    town of a quarter or of villages ("the Shufat neighbourhood of Jerusalem")."""
    if root.dep_ != "pobj":
        return False  # no head Tokens made for most places
    prep = root.head
    if prep.lower_ != "of":
        return False
    kind = prep.head
    return kind.lower_ in TOWN_NOUNS and any(
        c.dep_ in ("compound", "amod") and c.text[:1].isupper() for c in children_of(kind))


TOWN_NOUNS = frozenset({"city", "town", "village", "port"})
NATIONAL_FORCES = frozenset(CUES["national_forces"])


def earlier_place(doc, places: list[Place], before: int) -> Place | None:  # noqa: ANN001
    """The place the story last named before character ``before`` (a town or region first): an
    event in a sentence that names none happened where the story just was."""
    text = text_of(doc)
    found = [p for p in heads(text, places) if p.start is not None and p.start < before]
    local = [p for p in found if (p.precision or 4) < COUNTRY]
    for group in (local, found):
        for place in reversed(group):
            root = _root(doc, place)
            if root is not None and (_locative(root, _first(doc, place)) or not _part_of_actor(root)) and (
                    not _origin(root) and not _moved_to(root) and not _modifier(doc, place)
                    and not _street(doc, place)):
                return place  # not "the Norway-based group"
    return None


def _across_border(doc, place: Place) -> bool:  # noqa: ANN001
    """Is a place named as the other side of a border ("on the border with Gaza") or only as the name of one
    ("near the Thai border")? A town's name on a border ("at the Shambhu border", "the Torkham border") names
    the crossing at the town: it is where (round sasia60)."""
    if place.start is None:
        return False
    end = None if place.precision == TOWN else place.end
    return beyond_border(text_of(doc), place.start, end)


def _modifier(doc, place: Place) -> bool:  # noqa: ANN001
    """A country name that modifies a noun ("the US dollar"), names a backer ("a Turkey-backed
    faction") or the other side of a border ("near the border with Mali") says little about where."""
    if place.start is not None and place.precision == COUNTRY and not_here(text_of(doc), place.start,
                                                                            place.end or place.start):
        return True
    if _across_border(doc, place):
        return True  # "on the border with Gaza": a region or town across the border, not where (actors30b)
    span = _place_span(doc, place) if place.start is not None else None
    return (span is not None and place.precision == COUNTRY and span.root.dep_ in ("compound", "amod", "nmod")
            and span.root.head.pos_ == "NOUN")


def _nationality(doc, place: Place) -> bool:  # noqa: ANN001
    """A country name before a noun of armed or state forces ("Myanmar soldiers", "Iran police") says
    whose they are, as a demonym does, though it modifies a noun (cues.yaml ``national_forces``)."""
    span = _place_span(doc, place) if place.start is not None else None
    return span is not None and span.root.dep_ in ("compound", "amod", "nmod") and (
        span.root.head.lemma_.lower() in NATIONAL_FORCES)


def country_place(geocoder, iso3: str, places: list[Place]) -> Place | None:  # noqa: ANN001
    """A country as a place (precision 4), from the story's own mention or the gazetteer; a territory
    the code book codes as a region of another country is that region (precision 3)."""
    found = next((p for p in places if p.country == iso3 and p.precision == COUNTRY), None)
    if found is None:
        record = pycountry.countries.get(alpha_3=iso3)
        names = [getattr(record, "common_name", None), record.name, getattr(record, "official_name", None),
                 _unturned(record.name)] if record else []
        for name in filter(None, names):
            found = next((p for p in geocoder.lookup(name) if p.precision == COUNTRY
                          and p.country == iso3), None)
            if found:
                break
    if found is None:
        return None
    # a territory coded as a region of another country ("Hong Kong police ...": China's region)
    return territory_regions([replace(found, admin1=None, precision=COUNTRY, start=None, end=None)])[0]


def _unturned(name: str) -> str | None:
    """A country name the ISO list writes turned about, read straight ("Congo, The Democratic Republic of
    the": "Democratic Republic of the Congo"), else None."""
    if ", " not in name:
        return None
    head, tail = name.split(", ", 1)
    return re.sub(r"^the\s+", "", f"{tail} {head}", flags=re.IGNORECASE)


def _population(geocoder, place: Place) -> int:  # noqa: ANN001
    """The gazetteer's population of a resolved place (0 when it cannot be found again); kept beside
    the gazetteer's lookups, as every event of a story asks about the same few places."""
    kept = geocoder.gaz.lookups
    key = (POPULATION, place.text, place.geonameid)
    pop = kept.get(key)
    if pop is None:
        pop = kept[key] = next((e.pop for e, _ in geocoder.gaz.candidates(place.text)
                                if e.geonameid == place.geonameid), 0)
    return pop


POPULATION = "population"  # the key of a place's population among the gazetteer's kept lookups


def _unstray(geocoder, doc, place: Place, doc_places: list[Place], why: dict) -> Place:  # noqa: ANN001
    """The story's qualified town instead of a small namesake far from it (``geo/stray.py``)."""
    anchor = anchor_for(text_of(doc), place, doc_places, lambda: _population(geocoder, place))
    if anchor is None:
        return place
    why["stray"] = {"text": place.text, "name": place.name, "anchor": anchor.text}
    return as_anchor(anchor, place)


def event_place(geocoder, trigger: Token, sentence_places: list[Place], actor_tokens: set[int],  # noqa: ANN001
                doc_places: list[Place], focus: str | None) -> tuple[Place | None, dict]:
    """The event's place and the evidence for it: a place of its sentence; else the place the
    story last named before it; else the first town or region the story names; else the country
    of the story's places; else ``focus`` (the country its actors point to). An area of no one
    country ("Europe", "the Middle East") is no event's place."""
    seats = getattr(doc_places, "seats", frozenset())  # "a statement released in Nicosia": said there
    speakers = getattr(doc_places, "speakers", frozenset())  # "..., Ankara said": its country only
    waters = [p for p in sentence_places if sea_area(p) and not _topic_water(trigger, p)]
    seats = seats | came_from_spans(trigger.doc, doc_places, trigger)  # "migrants who crossed from Serbia"
    seats = seats | charged_spans(trigger.doc, doc_places, trigger)  # "a man accused of spying for Iran"
    seats = seats | spoken_topic_spans(trigger.doc, doc_places, trigger)  # "jailed over tweets about Yemen"
    seats = seats | cause_spans(trigger.doc, doc_places, trigger)  # "in retaliation for the Berlin bombing"
    seats = seats | broker_spans(text_of(trigger.doc), doc_places)  # "the deal, brokered by Qatar, ..."
    away = sent_away_spans(trigger, sentence_places, doc_places)  # "deported to Iraq": where they went
    if focus in {p.country for p in sentence_places if (p.start, p.end) in away} and not any(
            p.country == focus for p in doc_places if (p.start, p.end) not in away | seats):
        focus = None  # the story's country only through where they were sent
    seats = seats | away
    seats = seats | counterpart_spans(trigger, sentence_places)  # "protested with Beijing": not there
    sentence_places = [p for p in sentence_places if p.country and (p.start, p.end) not in seats]
    doc_places = [p for p in doc_places if p.country and (p.start, p.end) not in seats]
    best = in_sentence(trigger, _unspoken(sentence_places, speakers), actor_tokens)
    if best is not None:
        why = {"rule": "in-sentence", "text": best.text, "start": best.start, "end": best.end}
        return _unstray(geocoder, trigger.doc, best, doc_places, why), why
    doc = trigger.doc
    sent_to = {(p.start, p.end) for p in sentence_places
               if _sent_there(trigger, p) or _talked_about(trigger, p)}  # "called Putin to discuss Ukraine"
    if sent_to and not any(p.country == focus for p in doc_places if (p.start, p.end) not in sent_to) and any(
            p.country == focus for p in sentence_places if (p.start, p.end) in sent_to):
        focus = None  # the story's country only through where they were sent, or what was talked of
    sentence_places = [p for p in sentence_places if (p.start, p.end) not in sent_to]
    doc_places = [p for p in doc_places if (p.start, p.end) not in sent_to]
    towns = any((p.precision or 4) < COUNTRY  # "took Snake Island in the Black Sea"
                for p in _unspoken(sentence_places, speakers))
    water = None if towns else _at_sea(doc, waters)
    if water is not None:  # "harassed a tanker in the Strait of Hormuz": the strait, not a town of Iran or
        # the dateline; the story's country stays the event's country, at the sea's point and precision 4
        country = _ashore(water, places_focus([p for p in doc_places if not _modifier(doc, p)]) or focus)
        return replace(water, country=country), {"rule": "sea-area", "text": water.text, "start": water.start,
                                                 "end": water.end, "country": country}
    sent_start = sentence_of(trigger).start_char
    earlier = earlier_place(doc, _unspoken(doc_places, speakers), sent_start)
    if earlier is not None:
        why = {"rule": "earlier-in-document", "text": earlier.text, "start": earlier.start,
               "end": earlier.end}
        return _unstray(geocoder, doc, earlier, doc_places, why), why
    goals = _unreached_goals(doc, heads(text_of(doc), sentence_places))  # "marched towards Delhi": none
    local = [p for p in heads(text_of(doc), _unspoken(doc_places, speakers)) if (p.precision or 4) < COUNTRY
             and not _across_border(doc, p)
             and not _among(p, goals)]
    if local:  # a town or region the story names later (or as part of an actor's name)
        return local[0], {"rule": "first-in-document", "text": local[0].text,
                          "start": local[0].start, "end": local[0].end}
    country = places_focus([p for p in doc_places if not _modifier(doc, p)])
    named = [p for p in doc_places if p.country == focus]
    if country is None and focus and not (named and all(_modifier(doc, p) and not _nationality(doc, p)
                                                        for p in named)):
        country = focus  # the actors' country, unless the story names it only as "the US dollar"
    if country:
        place = country_place(geocoder, country, doc_places)
        if place is not None:
            why = {"rule": "document-focus-country", "country": country}
            return mission_area(geocoder, doc, place, why), why
    if waters:  # "hijacked a ship in the Gulf of Aden": the sea itself, of no country (precision 4)
        return waters[0], {"rule": "sea-area", "text": waters[0].text, "start": waters[0].start,
                           "end": waters[0].end}
    return None, {}


def _unspoken(places: list[Place], speakers: frozenset) -> list[Place]:
    """The places that are not a government speaking or accused ("..., Ankara said": geo/seats.py)."""
    return [p for p in places if (p.start, p.end) not in speakers] if speakers else places


def _at_sea(doc, waters: list[Place]) -> Place | None:  # noqa: ANN001
    """The first sea, gulf or strait of the sentence named as where something is ("in the Strait of
    Hormuz", "off the Gulf of Aden"), not one named otherwise ("the Black Sea fleet")."""
    for water in waters:
        root = _root(doc, water)
        if root is not None and _locative(root, _first(doc, water)) and not _part_of_actor(root):
            return water
    return None


def _ashore(water: Place, country: str | None) -> str | None:
    """The story's country for an event at ``water``, when the sea's listed shores hold it (or none are
    listed); else None ("over the South China Sea" is no United States) (orgnames56)."""
    shores = SEA_SHORES.get((water.name or water.text).lower().removeprefix("the "))
    return country if shores is None or country in shores else None


def _topic_water(trigger: Token, water: Place) -> bool:
    """Is the sea named only in what a talk or a tension is about ("as tensions rise over attacks on
    ships in the Red Sea"), not where the event happened?"""
    root = _root(trigger.doc, water)
    return root is not None and _topic_place(root, trigger)


def sea_area(place: Place) -> bool:
    """Is the place a sea, gulf or strait of no one country ("the Gulf of Aden", "the Strait of Hormuz")?"""
    return place.country is None and place.geonameid is None and bool(
        SEA_WORDS & set((place.name or place.text).lower().split()))


def mission_area(geocoder, doc, place: Place, why: dict) -> Place:  # noqa: ANN001
    """A country-level place (precision 4) of a story that names a mission working in listed
    regions of that country ("the OSCE SMM observed explosions near <a village the gazetteer
    lacks>"): still the country, but at the population-weighted point of those regions rather
    than at the capital, which lies far from where the mission works."""
    regions = [geocoder.gaz.by_region.get(key) for key in mission_regions(text_of(doc), geocoder.gaz)]
    regions = [r for r in regions if r is not None and r.iso3 == place.country and r.pop > 0]
    if not regions:
        return place
    total = sum(r.pop for r in regions)
    lat = sum(r.lat * r.pop for r in regions) / total
    lon = sum(r.lon * r.pop for r in regions) / total
    why["mission_area"] = sorted(r.name for r in regions)
    return replace(place, lat=round(lat, 5), lon=round(lon, 5))


NEAR_TOWN = 2  # precision: a nearby town
NEAR_WORDS = frozenset({"near"})


def unknown_town(doc, bounds: tuple[int, int], places: list[Place]) -> str | None:  # noqa: ANN001
    """The first name the parser tags a place right after "in", "near", "at", ... in the character
    span ``bounds`` that no resolved place covers ("a clash in Shadnagar"): a town the gazetteer lacks."""
    start, end = bounds
    covered = [(p.start, p.end) for p in places if p.start is not None and p.end is not None]
    for ent in ents_of(doc):  # the Spans made once per Doc
        if not (start <= ent.start_char < end) or ent.start == 0 or ent.label_ not in ("GPE", "LOC", "ORG"):
            continue
        prev = doc[ent.start - 1]
        if prev.lower_ == "the" and ent.start > 1:
            prev = doc[ent.start - 2]
        words = NEAR_WORDS if ent.label_ == "ORG" else STRONG_LOCATIVE  # "near Shadnagar", tagged a body
        known = any(a < ent.end_char and ent.start_char < b for a, b in covered)
        if prev.lower_ in words and ent.root.lower_ not in COMMON and not known:
            return ent.text
    return None


def near_unknown(place: Place | None, why: dict, unknown: str | None) -> tuple[Place | None, dict]:
    """A town the story fell back on (its dateline, a place named before) for an event its sentence
    places in a town the gazetteer lacks is only near the event: precision 2."""
    if place is None or unknown is None or why.get("rule") == "in-sentence" or place.precision != 1:
        return place, why
    return replace(place, precision=NEAR_TOWN), {**why, "near": unknown}
