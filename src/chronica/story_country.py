"""The words that may set a story's fallback country when it names no place (round actors18): not a
place where words were only put out or talks only sat ("a statement released in Nicosia", "talks in
Geneva"), not a backer ("Saudi-led", "Iranian-backed"), not a company's nationality ("a Norwegian
company") and not a company itself ("a Chinese firm")."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from chronica.counterparts import company, company_nationality
from chronica.extract.triggers import leader_names
from chronica.geo.abroad import other_country, settled, strike
from chronica.geo.cues import CUES
from chronica.geo.persons import GIVEN_NAME_TOWNS, opens_name
from chronica.geo.resolve import BODIES, BODY_SPANS, bare_border, foreign_victims, not_here
from chronica.geo.where import SENDING_NOUNS, country_place, unknown_town
from chronica.nlp import text_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from chronica.actors import ActorResolver
    from chronica.extract import Candidate
    from chronica.geo import Geocoder
    from chronica.record import Actor, Place


def country_mentions(actors: ActorResolver, text: str, places: list,
                     skip_too: frozenset = frozenset()) -> list[tuple[int, int, str]]:
    """(start, end, ISO3) of the country words that count for the story's country (not the spans
    ``skip_too``: where people were sent or fled to)."""
    skip = getattr(places, "seats", frozenset()) | getattr(places, "venues", frozenset()) | skip_too
    areas = [(p.start, p.end) for p in places if p.country is None and p.start is not None]
    areas += teller_spans(actors, text)  # "an officer told Voice of America": no America
    return [m for m in actors.country_mentions(text) if (m[0], m[1]) not in skip
            and not any(a <= m[0] and m[1] <= b for a, b in areas)  # "the Gulf of Guinea": no Guinea
            and not not_here(text, m[0], m[1]) and not company_nationality(text, m[1])
            and not bare_border(text, m[0], m[1])  # "near the Thai border": either side of it
            and not in_foreign_body(text, m[0], m[2])]


def in_foreign_body(text: str, start: int, iso: str) -> bool:
    """A country word inside the name of another country's state body (cues.yaml ``body_countries``): "the
    Taiwan Affairs Office", "the Hong Kong and Macao Affairs Office" are China's, no story of Taiwan
    (china-4)."""
    return any(a <= start < b and home not in (None, iso) for a, b, home in _named_bodies(text))


@lru_cache(maxsize=64)
def _named_bodies(text: str) -> tuple[tuple[int, int, str | None], ...]:
    """(start, end, country) of each listed state body the text names."""
    return tuple((m.start(), m.end(), BODIES.get(m.group().replace("\u2019", "'")))
                 for m in BODY_SPANS.finditer(text))


def border_country(actors: ActorResolver, text: str) -> str | None:
    """The country of the first bare border the story names ("Militants attacked a village near the Algerian
    border"): the story's country only when nothing else names one (round demonym53)."""
    return next((iso for start, end, iso in actors.country_mentions(text) if bare_border(text, start, end)),
                None)


CAPTIVE_NOUNS = frozenset(CUES["captive_nouns"])  # "a German couple", "the crew of a Norwegian tanker"
CAPTIVE_PEOPLE = frozenset(CUES["captive_people"])  # "a French journalist": a group at home elsewhere
ROVING_CAPTORS = frozenset(CUES["roving_captors"])
CAPTIVE_VERBS = frozenset(CUES["captive_verbs"])  # "seized a German aid worker": one foreigner held
CAPTIVE_CRAFT = frozenset(CUES["captive_craft"])  # "the captain of a Chinese coast guard vessel": no one held
CAPTOR_SECTORS = frozenset({"REB", "PRM"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})  # "the Taliban detained ...": a named state body at home
_WORDS_AFTER = re.compile(r"(?:-[A-Z][A-Za-z]*)*([A-Za-z'\u2019\s-]*)")  # past "-Iranian" of "British-"
_ONE_BEFORE = re.compile(r"(?:(\w+)\s+)?\b[Aa]n?\s+(?:[a-z0-9][\w-]*\s+){0,2}(?:[A-Z][A-Za-z]*-)*$")
_HELD_AFTER = re.compile(r"(?:-[A-Z][A-Za-z]*)*(?:\s+[a-z][\w-]*){1,3}?\s+"
                         r"(?:was|is|has been|had been|is being)\s+(\w+)")


def captive_noun(text: str, end: int) -> str | None:
    """The captive noun the country word ending at ``end`` modifies ("German couple", "American defence
    contractors", "Danish ship's crew", "British-Iranian charity worker"), two lower-case words at most
    between; else None."""
    after = _WORDS_AFTER.match(text, end).group(1)
    words = re.findall(r"[A-Za-z]+", re.sub(r"['\u2019]s\b", "", after))[:3]
    for word in words:
        if word in CAPTIVE_NOUNS or word in CAPTIVE_PEOPLE:
            return word
        if not word.islower():
            return None
    return None


def one_held(text: str, start: int, end: int) -> bool:
    """Whether the country word at ``start``:``end`` names one captive held or killed as a captive ("seized a
    German aid worker", "jailed a British-Iranian charity worker", "a Japanese journalist was beheaded")."""
    before = _ONE_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return False
    if (before.group(1) or "").lower() in CAPTIVE_VERBS:
        return True
    after = _HELD_AFTER.match(text, end, min(len(text), end + 80))
    return after is not None and after.group(1).lower() in CAPTIVE_VERBS


def captive_spans(actors: ActorResolver, text: str) -> frozenset[tuple[int, int]]:
    """The spans of the country words that only say whose the captives are ("Abu Sayyaf released a German
    couple": not Germany; "Islamic State militants beheaded a Japanese hostage": not Japan), when the story
    names an armed group or state body at home in another country (then every word of the captives' country
    outside its name: "Houthi rebels detained a Dutch aid worker, the Dutch government said"), or one of no
    country (``captive_nouns`` in geo/data/cues.yaml), or no captor by name and one captive held
    ("kidnappers seized a German aid worker": no country; round victims50)."""
    found = actors.country_mentions(text)
    duals = {(s, e) for s, e, _ in found for a, b, _ in found if b + 1 == s and text[b] == "-" or (
        e + 1 == a and text[e] == "-")}  # "a Canadian-Iranian academic": one of two countries' nationals
    held = [(s, e, iso, noun) for s, e, iso in found if (noun := captive_noun(text, e) or (
        "dual" if (s, e) in duals else None)) is not None]
    if not held:
        return frozenset()
    captors = [(s, e, a) for s, e, a in actors.mentions(text) if captor(a)]
    out: set[tuple[int, int]] = set()
    abroad: set[str] = set()
    for start, end, iso, noun in held:
        if not captors and noun not in CAPTIVE_CRAFT and one_held(text, start, end):
            out.add((start, end))
        for a, b, holder in captors:
            if a <= start < b:
                continue
            if holder.country is None and noun in CAPTIVE_NOUNS:
                out.add((start, end))
                break
            if holder.country is not None and all(
                    m.country != iso for _, _, m in actors.mentions(text[a:b], where=iso)):
                out.add((start, end))
                abroad.add(iso)
                break
    out |= {(s, e) for s, e, iso in found if iso in abroad and not any(a <= s < b for a, b, _ in captors)}
    return frozenset(out)


def victim_spans(actors: ActorResolver, doc, places: list) -> frozenset[tuple[int, int]]:  # noqa: ANN001
    """The spans of the country words that only say whose the victims are ("a convoy of Chinese engineers in
    Besham", "two Japanese nationals were wounded ... in Landhi": geo/resolve.foreign_victims), in a story
    set in a town the gazetteer lacks: no sign that it is set in their country (round demonym53)."""
    text = text_of(doc)
    if unknown_town(doc, (0, len(text)), places) is None:
        return frozenset()
    out = set()
    for start, end, _ in actors.country_mentions(text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and foreign_victims(doc, span.end):
            out.add((start, end))
    return frozenset(out)


STRIKER_NOUNS = frozenset(CUES["striker_nouns"])  # "Russian shelling": whose the blow, not where


def striker_spans(actors: ActorResolver, doc) -> frozenset[tuple[int, int]]:  # noqa: ANN001
    """The spans of the country words that only say whose a blow was ("a soldier was killed in Russian
    shelling", "Tajik mortar fire"): the striker's state, no sign of where it fell, when the story names
    no other country (the victims' own still places it: "Ukrainian drones killed two Russian soldiers";
    round shelling55)."""
    out = set()
    found = actors.country_mentions(text_of(doc))
    for start, end, _ in found:
        span = doc.char_span(start, end, alignment_mode="expand")
        word = span[-1] if span is not None and len(span) else None
        if word is None or word.dep_ not in ("amod", "compound") or word.head.i <= word.i or (
                word.head.lemma_.lower() not in STRIKER_NOUNS):
            return frozenset()
        out.add((start, end))
    return frozenset(out)


SENDING_VERBS = frozenset(CUES["sending_verbs"])  # "deported 50 Guatemalan nationals"


def removed_spans(actors: ActorResolver, doc) -> frozenset[tuple[int, int]]:  # noqa: ANN001
    """The spans of the country words that only say whose the people sent away are ("blocked the deportation
    of Venezuelan migrants", "halted the extradition of Moroccan suspects"): not where the story is."""
    out = set()
    for start, end, _ in actors.country_mentions(text_of(doc)):
        span = doc.char_span(start, end, alignment_mode="expand")
        word = span[-1] if span is not None and len(span) else None
        if word is not None and word.dep_ in ("amod", "compound") and word.head.i > word.i and _sent_away(
                word.head):
            out.add((start, end))
    return frozenset(out)


PROPOSAL_NOUNS = frozenset(CUES["proposal_nouns"])  # "a US proposal": the proposer's, not the story's


def proposer_spans(actors: ActorResolver, doc) -> frozenset[tuple[int, int]]:  # noqa: ANN001
    """The spans of the country words that only say whose a proposal, offer or plan is ("a day after the army
    rejected a US proposal", "welcomed a Saudi offer of mediation"): the other party's state, not where the
    story is (horn-7)."""
    out = set()
    for start, end, _ in actors.country_mentions(text_of(doc)):
        span = doc.char_span(start, end, alignment_mode="expand")
        word = span[-1] if span is not None and len(span) else None
        if word is not None and word.dep_ in ("amod", "compound", "poss", "nmod") and (
                word.head.i > word.i and word.head.lemma_.lower() in PROPOSAL_NOUNS):
            out.add((start, end))
    return frozenset(out)


def _sent_away(noun: Token) -> bool:
    """Whether people are the object of a verb or noun of sending away ("deported migrants", "the
    deportation of migrants")."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass"):
        return head.pos_ == "VERB" and head.lemma_.lower() in SENDING_VERBS
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in SENDING_NOUNS


SUSPECT_NOUNS = frozenset(CUES["suspect_nouns"])  # "the suspect, a 25-year-old Syrian,": whose he is
LONE_SUSPECT_NOUNS = frozenset(CUES["lone_suspect_nouns"])  # "a Tunisian man", "an Iraqi refugee"
SUSPECT_VERBS = frozenset(CUES["suspect_verbs"])
SUSPECT_HELD_VERBS = frozenset(CUES["suspect_held_verbs"])
FORCE_AGENTS = frozenset(CUES["force_nouns"]) | {"police", "policemen", "policeman", "officers", "officer",
                                                 "gendarmes", "guards"}
_APPOSED = re.compile(r"\b(\w+),\s+an?\s+(?:[\w-]+\s+){0,2}$")  # "the suspect, a 25-year-old "
_ONE_MODIFIED = re.compile(r"(?:^|[^\w-])[Aa]n?\s+(?:[\w-]+\s+)?$")  # "A ", "a 25-year-old "


def suspect_spans(actors: ActorResolver, doc) -> frozenset[tuple[int, int]]:  # noqa: ANN001
    """The spans of the country words that only say whose one suspect is: an appositive to a doer noun ("the
    suspect, a 25-year-old Syrian,", "the gunman, an Australian,") or a lone person who did the violence or
    was held or shot by a force for it ("A Tunisian man stabbed ...", "a Moroccan man was arrested");
    not the story's country (round lists54)."""
    text = text_of(doc)
    out = set()
    for start, end, _ in actors.country_mentions(text):
        before = text[max(0, start - 40):start]
        apposed = _APPOSED.search(before)
        if apposed and apposed.group(1).lower() in SUSPECT_NOUNS:
            out.add((start, end))
        elif _ONE_MODIFIED.search(before) and _lone_doer(doc, end):
            out.add((start, end))
    return frozenset(out)


def _lone_doer(doc, end: int) -> bool:  # noqa: ANN001
    """Whether the person noun right after a demonym ending at ``end`` did the violence ("a Moroccan man
    attacked") or was held, or shot by a force ("was shot dead by police")."""
    span = doc.char_span(end, min(len(doc.text), end + 40), alignment_mode="expand")
    if span is None or not len(span) or span[0].lower_ not in LONE_SUSPECT_NOUNS:
        return False
    noun = span[0]
    verb = noun.head
    lemma = verb.lemma_.lower()
    if noun.dep_ == "nsubj":
        return lemma in SUSPECT_VERBS
    if noun.dep_ != "nsubjpass" or lemma not in SUSPECT_HELD_VERBS:
        return False
    if lemma not in {"shoot", "kill", "wound"}:
        return True
    agents = [t for c in verb.children if c.dep_ == "agent" for t in c.children if t.dep_ == "pobj"]
    return any(t.lower_ in FORCE_AGENTS for t in agents)


def captor(actor: Actor) -> bool:
    """Whether an actor may hold captives far from their country: an armed group by name, a state's body by
    name ("the Taliban", "the FSB"), or pirates."""
    evidence = actor.evidence or ""
    return (evidence.startswith("org:") and (actor.sector in CAPTOR_SECTORS or actor.sector in STATE_SECTORS
                                             and actor.country is not None)
            or evidence.split("+")[0].removeprefix("role:") in ROVING_CAPTORS)


def actor_mentions(actors: ActorResolver, text: str, date: str | None = None) -> list:
    """(start, end, Actor) of the actor mentions that count for the story's country (not a bare surname
    out of office on the story's date)."""
    return [m for m in actors.mentions(text) if not not_here(text, m[0], m[1]) and not company(m[2])
            and not bare_surname(actors, text, m, date) and not _border_owner(text, m[0], m[1])
            and not world_teller(text, m)]


WORLD_OUTLETS = frozenset(CUES["world_outlets"])
_TOLD_BEFORE = re.compile(r"(?:\b(?:told|tells?|telling|according\s+to|interviews?\s+with|interviewed\s+by|"
                          r"(?:speak|speaking|spoke|talk|talking|talked)\s+(?:to|with)|quoted\s+by|cited\s+by|"
                          r"reported\s+by|(?:comments?|remarks|statement)\s+to)\s+|\(\s*)(?:the\s+)?$",
                          re.IGNORECASE)
_TOLD_AFTER = re.compile(r"(?:['\u2019]s?)?(?:\s+[A-Z][\w-]*){0,2}?(?:\s+(?:news\s+agency|service|radio|"
                         r"television|channel|correspondents?|reporters?|journalists?))?\s+(?:has\s+|had\s+)?"
                         r"(?:reported|reports|said|says|quoted|quotes|cited|cites|learned|learnt|"
                         r"was\s+told|were\s+told)\b")
_LOWER_HEAD = re.compile(r"(?:[a-z][\w-]*\s+)*")  # "official" of a mention "official Xinhua news agency"
_TOLD_TO = re.compile(r"\s+(?:to|not\s+to)\s+[a-z]")  # "police told Al Jazeera to leave": an order to it
_STATE_OUTLET = re.compile(r"\b(?:state|state-run|state-owned|official|government)(?:\s+(?:news|media|press|"
                           r"wire|agency|broadcaster|outlet|television|radio))*\s+$", re.IGNORECASE)


def teller_spans(actors: ActorResolver, text: str) -> frozenset[tuple[int, int]]:
    """The spans of the outlets that report from everywhere named only as the story's hearer or teller
    (:func:`world_teller`): no actor, hint or country word of the story ("told Voice of America")."""
    return frozenset((m[0], m[1]) for m in actors.mentions(text) if world_teller(text, m))


def world_teller(text: str, mention: tuple) -> bool:
    """Is the mention an outlet that reports from everywhere, only as the hearer or teller of the story
    ("a villager told Reuters", "according to AFP", "Reuters reported"): no sign of its country?"""
    start, end, actor = mention
    if actor.sector != "JRN" or actor.name not in WORLD_OUTLETS or not (
            actor.evidence or "").startswith("org:"):
        return False
    before = text[max(0, start - 40):start]
    if _STATE_OUTLET.search(before + _LOWER_HEAD.match(text, start, end).group()):
        return False  # "the official Xinhua news agency said": its own state's
    if _TOLD_BEFORE.search(before):
        return not _TOLD_TO.match(text, end)
    return bool(_TOLD_AFTER.match(text, end))


def _border_owner(text: str, start: int, end: int) -> bool:
    """Is the actor mention a bare border's country ("the Thai border" read as Thailand's): no side of it?"""
    first = text[start:end].split(maxsplit=1)
    return bool(first) and bare_border(text, start, start + len(first[0]))


def bare_surname(actors: ActorResolver, text: str, mention: tuple, date: str | None) -> bool:
    """A leader named only by a surname ("Mansour said"), no title right before it, and out of office on
    the story's date: maybe anyone of that name, so no sign of the story's country. Undated: himself."""
    start, end, actor = mention
    word = text[start:end]
    if date is None or not (actor.evidence or "").startswith("leader:") or " " in word.strip() or (
            " " not in (actor.name or "")):
        return False  # a one-word name ("Suharto") is the whole name
    if actors.leaders.office_named(" ".join(text[max(0, start - 40):end].split()[-4:])):
        return False  # "President Mansour"
    person = actors.leaders.people.get((actor.name, actor.country or ""))
    return person is None or person.distance(date) != 0


UNIT_WORDS: dict[str, str] = CUES["unit_word_countries"]
_UNIT_WORD = re.compile(r"\b(" + "|".join(sorted(map(re.escape, UNIT_WORDS), key=len, reverse=True)) + r")\b",
                        re.IGNORECASE)


def unit_word_country(text: str) -> str | None:
    """The one country whose local units the story's words name ("Seruyan regency", "Barangay San
    Roque", "a kebele of X woreda"), for a story that names no place or country the gazetteer knows."""
    found = {UNIT_WORDS[m.group(1).lower()] for m in _UNIT_WORD.finditer(text)}
    return found.pop() if len(found) == 1 else None


ARMED_GROUPS = frozenset({2, 3})  # ACLED's rebel and political militia groups
HOME_PEOPLE = frozenset(CUES["home_people"])  # "Sudanese farmers": people harmed where they live
HARM_VERBS = frozenset(CUES["strike_verbs"]) | frozenset(CUES["harm_verbs"])
CLASH_VERBS = frozenset(CUES["clash_verbs"])  # a state's forces fighting a group on its ground


def struck_group_home(actors: ActorResolver, text: str, cand: Candidate, striker: set[str],
                      story: str | None = None) -> str | None:
    """The home country of the armed group one state's forces struck or fought ("Israeli jets struck
    Hezbollah positions": Lebanon; "Kenyan troops clashed with Al Shabaab": Somalia), when it is not the
    striker's own. A people's rebels are no group of one country: those that fight the striker's state in
    the story's country are at home there ("Burundi's army killed 30 Hutu rebels": Burundi, not Rwanda)."""
    for head in cand.roles.target:
        span = text[head.left_edge.idx:head.idx + len(head)]
        for _, _, actor in actors.mentions(span):
            if actor.inter in ARMED_GROUPS and actor.country and actor.country not in striker:
                if story and "+people:" in (actor.evidence or "") and any(
                        a.country in striker for _, _, a in actors.mentions(span, where=story)):
                    continue
                return actor.country
    return None


def struck_people_home(actors: ActorResolver, text: str, cand: Candidate, striker: set[str]) -> str | None:
    """The country of the civilians one state's forces harmed, named by their demonym ("Ethiopian
    militiamen attacked Sudanese farmers": Sudan), when it is not the striker's own; soldiers, traders and
    fishermen may be harmed abroad, so only people at home (``home_people`` in geo/data/cues.yaml) count."""
    if cand.trigger.head.lemma_.lower() not in HARM_VERBS:
        return None
    for head in cand.roles.target:
        if head.lemma_.lower() not in HOME_PEOPLE:
            continue
        span = text[head.left_edge.idx:head.idx + len(head)]
        isos = {iso for _, _, iso in actors.country_mentions(span)} - striker
        if len(isos) == 1:
            return isos.pop()
    return None


HOME_GROUND = frozenset(CUES["home_ground"])  # "Syrian airfields", "a Yemeni wedding party"
CIVIL_GROUND = frozenset(CUES["civil_ground"])  # struck by a country's armed group: "Israeli towns"
GROUND_VERBS = (HARM_VERBS | frozenset(CUES["ground_strike_verbs"])  # struck, shelled, raided, invaded
                | frozenset(CUES["ground_taking_verbs"]))  # seized, annexed, destroyed


def ground_words(head: Token, ground: frozenset[str]) -> bool:
    """Whether a target's nouns up to its head name fixed ground: a lemma of ``ground`` ("airfields"; "bases",
    read as "basis"), or one with the word before it ("oil fields", "oil platforms")."""
    words = head.doc[head.left_edge.i:head.i + 1]
    for i, t in enumerate(words):
        if t.pos_ != "NOUN":
            continue
        lemmas = (t.lemma_.lower(), t.lower_[:-1])
        if any(lem in ground for lem in lemmas):
            return True
        if i and any(f"{words[i - 1].lower_} {lem}" in ground for lem in lemmas):
            return True
    return False


def struck_ground_home(actors: ActorResolver, text: str, cand: Candidate, striker: set[str],
                       date: str | None = None) -> str | None:
    """The country whose own ground or people one state's forces struck, shelled, raided or invaded
    ("Israeli jets bombed Syrian airfields", "Saudi aircraft bombed a Yemeni wedding party", "Iraq
    attacked Iran": Syria, Yemen, Iran), when it is not the striker's own: a target named by a country
    itself, or by its demonym before a word of fixed ground (``home_ground`` in geo/data/cues.yaml);
    troops, warships, embassies and nationals, often abroad, do not count. An armed group of one country
    counts only for towns, villages and the like (``civil_ground``): its foes' bases are often abroad."""
    if cand.trigger.head.lemma_.lower() not in GROUND_VERBS:
        return None
    doers = " ".join(text[h.left_edge.idx:h.idx + len(h)] for h in cand.roles.source)
    # not the backer of "Iranian-backed militias"
    named = [a for _, b, a in actors.mentions(doers, date=date) if doers[b:b + 1] != "-"]
    if not named:
        return None  # "Iranian-backed militias attacked ..."
    ground = HOME_GROUND
    if any(a.sector not in STATE_SECTORS for a in named):
        if not striker or any(a.country not in striker for a in named):
            return None  # armed men of no country ("gunmen attacked a US base")
        ground = CIVIL_GROUND  # "Palestinian militants fired rockets at Israeli towns"
    for head in cand.roles.target:
        start = head.left_edge.idx
        span = text[start:head.idx + len(head)]
        named = actors.country_mentions(span)
        isos = {iso for _, _, iso in named}
        if len(isos) != 1 or isos & striker:
            continue
        whole = head.pos_ == "PROPN" and any(start + b == head.idx + len(head) for _, b, _ in named)
        if whole or ground_words(head, ground):
            return isos.pop()
    return None


def placed_abroad(actors: ActorResolver, geocoder: Geocoder, cand: Candidate, bounds: tuple[int, int],
                  place: Place | None, why: dict, places: list) -> tuple[Place | None, dict]:
    """The event's place moved to the other country its sentence names (``geo/abroad.py``): "near the
    Syrian border town of X"; a strike by Turkish jets "near the border with Iraq"."""
    lemma = cand.trigger.head.lemma_.lower()
    if settled(place, why.get("rule")):  # the country words are looked for only when they may count
        return place, why
    text = text_of(cand.trigger.head.doc)
    sentence = text[bounds[0]:bounds[1]]
    mentions = [(s + bounds[0], e + bounds[0], iso) for s, e, iso in actors.country_mentions(sentence)]
    if not mentions:
        return place, why
    doers = frozenset(iso for h in cand.roles.source for _, _, iso in actors.country_mentions(
        text[h.left_edge.idx:h.idx + len(h)]))
    striker = set(doers) if strike(lemma) else set()
    # "JNIM ambushed a convoy of Malian troops near the Algerian border": on the Malian side of it
    sides = doers | frozenset(iso for h in cand.roles.target for _, _, iso in actors.country_mentions(
        _named_in(h)))
    found = other_country(place, why.get("rule"), text, mentions, lemma, striker, sides)
    # "Kenyan troops clashed with ...", "an Israeli strike killed a Hezbollah commander"
    fighter = striker or (set(doers) if lemma in CLASH_VERBS or lemma in HARM_VERBS else set())
    if found is None and fighter:
        home = struck_group_home(actors, text, cand, fighter, place.country if place else None)
        if home and not striker and any(iso == home and not_here(text, a, b) for a, b, iso in mentions):
            home = None  # "clashed with al-Shabaab near the border with Somalia": on their own side
        if home and (place is None or place.country != home):
            found = (home, "strike on a group at home")
    if found is None and doers:
        home = struck_people_home(actors, text, cand, set(doers))
        if home and (place is None or place.country != home):
            found = (home, "harm to civilians at home")
    if found is None and doers:  # "Israeli jets bombed Syrian airfields", "Iraq attacked Iran"
        home = struck_ground_home(actors, text, cand, set(doers))
        if home and (place is None or place.country != home):
            found = (home, "strike on the target's own ground")
    if found is None:
        return place, why
    moved = country_place(geocoder, found[0], places)
    if moved is None:
        return place, why
    return moved, {"rule": found[1], "country": found[0], "was": place.country if place else None}


PLACE_PREPS = frozenset({"near", "in", "at", "on", "along", "across", "outside", "inside", "around"})


def _named_in(head: Token) -> str:
    """The words of a phrase without its places ("a convoy of Malian troops" of "a convoy of Malian troops
    near the Algerian border")."""
    out = [t for t in head.subtree if not any(
        a.dep_ == "prep" and a.lower_ in PLACE_PREPS and a.i != head.i for a in [t, *t.ancestors]
        if a.i > head.i and head.left_edge.i <= a.i <= head.right_edge.i)]
    return " ".join(t.text for t in out)


def given_name_places(doc, places: list, actors: ActorResolver) -> frozenset:  # noqa: ANN001
    """The spans of places that are the first name of a person named in full: a country that is also a
    given name (``person_guard`` in countries.yaml) before a surname the parser reads as a person's ("Chad
    Smith", "Jordan Bardella"; lead46h), or a town or capital that is one (:func:`opens_name`: "Austin
    Tice", "Paris Hilton"; lead58): no place of the story."""
    guarded = _given_name_countries(actors)
    out = set()
    for p in places:
        name = p.text.lower()
        if p.start is None or p.country is None or (name not in guarded and name not in GIVEN_NAME_TOWNS):
            continue
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or span.end >= len(doc):
            continue
        after = doc[span.end]
        if name in guarded and span[0].ent_type_ == "PERSON" and after.ent_type_ == "PERSON" and (
                after.is_title):
            out.add((p.start, p.end))
        elif len(span) == 1 and opens_name(p.text, _words_after(span), lambda w: (w,) in actors.lexicon):
            out.add((p.start, p.end))
    return frozenset(out)


def _words_after(span) -> list[tuple[str, bool]]:  # noqa: ANN001
    """The few words after a span, each with whether a space stands before it."""
    return [(tok.text, bool(tok.nbor(-1).whitespace_)) for tok in span.doc[span.end:span.end + 5]]


def leader_word(place: str) -> bool:
    """Whether a place's last word is a word of a leader's name ("Petro", "Santos"): only then may it be
    the leader named (:func:`leader_name_places`)."""
    words = place.lower().split()
    return bool(words) and words[-1] in _leader_words()


@cache
def _leader_words() -> frozenset[str]:
    """The words of the leaders' names and aliases, in lower case."""
    return frozenset(w for name in leader_names() for w in name.split())


def leader_name_places(places: list, mentions: list) -> frozenset:
    """The spans of towns and regions named by the name of a leader in office ("Petro's government": not
    Petros, a town of the United States; "Ortega's police": not Ortega of Colombia); ``mentions`` are the
    story's actor mentions (:func:`actor_mentions`), which leave out a name after "in", "near"."""
    leaders = [(a, b) for a, b, actor in mentions if (actor.evidence or "").startswith("leader:")]
    return frozenset((p.start, p.end) for p in places if p.start is not None and (p.precision or 4) < 4
                     and any(a <= p.start and p.end <= b for a, b in leaders))


@cache
def _given_name_countries(actors: ActorResolver) -> frozenset[str]:
    """The lower-case names of the countries that are also first names ("chad", "jordan"), found once."""
    return frozenset(c.name.lower() for c in actors.countries.values() if c.person_guard)




def past_dateline(focus: str | None, places: list, mentions: list[tuple[int, int, str]], named: set[str],
                  end: int) -> str | None:
    """The story's country when a foreign dateline gave the only place: "WASHINGTON (AP) - Sudanese army
    troops clashed with paramilitary fighters" is a story about Sudan, not the United States. The focus
    stays when a place after the dateline is in it, or the body names its country in any way (``named``:
    the countries of every country word and actor after the dateline, "Biden", "the South African
    capital"); else the country the body's country words name most (``mentions``: (start, end, ISO3), as
    :func:`country_mentions` gives)."""
    if focus is None or not end or focus in named or any(
            p.country == focus and p.start is not None and p.start >= end for p in places):
        return focus
    body = [iso for start, _, iso in mentions if start >= end]
    return max(dict.fromkeys(body), key=body.count) if body else focus


def foreign_ruler_named(text: str) -> bool:
    """Does a text name a ruler by force ("the junta", "the putschists"; geo cues ``hub_foreign_rulers``)?
    Such a ruler does not sit at a filing hub's dateline."""
    lowered = f" {re.sub(r'[^a-z]+', ' ', text.lower())} "
    return any(f" {word} " in lowered for word in CUES["hub_foreign_rulers"])
