"""Actor mentions in a parsed sentence: the words the roles stage found, pronouns, coreference
with earlier named groups, a doer among the sentence's mentions and the addressee of a demand.

:class:`Mentions` turns the token heads of :mod:`chronica.extract.roles` into actors with
:class:`chronica.actors.ActorResolver`, using what the document says elsewhere (its author, the
people and groups it named before, its dateline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from chronica import yamlio
from chronica.actor_notes import guessed_country as _guessed_country
from chronica.actor_notes import noted as _noted
from chronica.actor_notes import with_text as _with_text
from chronica.actors import ActorResolver
from chronica.actors.relations import GROUP_HEAD
from chronica.actors.resolve import (
    MONTHS,
    SETTLEMENT_HEADS,
    STATE_HEADS,
    STATE_SECTORS,
    UNKNOWN_NAME,
    neighbours,
)
from chronica.actors.text import tokenize
from chronica.asked import ask
from chronica.background import charged_one, reason_of, scene_of
from chronica.counterparts import half_named, owner_nationality, reporters_craft, state_named_before
from chronica.counterparts import words as craft_words
from chronica.extract import Candidate
from chronica.extract.lexicon import lexicon
from chronica.extract.modality import SPEECH, denied_identity
from chronica.extract.quantities import along_anchor, crowd_count, tolled_event
from chronica.extract.readings import condemns, paired_sides, readings, remote_verbs, running_toll
from chronica.extract.roles import (
    ATTACK_NOUNS,
    CAPTIVES,
    CUSTODY_VERBS,
    ERRAND_PREPS,
    FINDING,
    GIVING,
    OBSERVING,
    RECIPROCAL,
    acted_on,
    clause_subject,
    deed_author,
    expand,
    foilers_of,
    found_by,
    held_for,
    hit_device,
    listed_appos,
    mutual,
    passive_conjunct_head,
    patient_owner,
    repellers_of,
    repelling,
    stranded_subject,
)
from chronica.extract.triggers import demonym_word
from chronica.geo.divided import people_country
from chronica.geo.gazetteer import REGION
from chronica.geo.seats import dealing_venue, meeting_venue, named_deal
from chronica.geo.sees import SEE_TITLES
from chronica.geo.where import in_exile
from chronica.headline import label_colon
from chronica.nlp import (
    char_bounds,
    children_of,
    deps_between,
    deps_of,
    ents_of,
    heads_of,
    in_place,
    lemmas_of,
    lowers_of,
    semicolon_clauses,
    sentence_bounds,
    sentence_of,
    sentence_text,
    text_of,
    tokens_of,
)
from chronica.ontology.acled import CUSTODY_DESCRIBED, FIRED_FIRST
from chronica.record import Actor, Place
from chronica.reparse import deed_noun
from chronica.vessels import covering, doc_spans

if TYPE_CHECKING:
    from chronica.pipeline import DocContext

# the evidence of a group resolved as the state it became ("org:Taliban (in power since 2021-08-15)")
IN_POWER = re.compile(r"\(in power since (\d{4}-\d{2}-\d{2})\)")
QUOTING_VERBS = frozenset({"quote", "cite"})  # "quoted the army as saying it ...": the army speaks
OPERATOR = re.compile(r"^operated by:org:([^(]+) \(in power since")  # "a drone" Hayat Tahrir al-Sham flew
ANTECEDENT = re.compile(r"^pronoun:[^(]*\(([^()]+)\)")  # "pronoun:subject of 'said' (Taliban)"


def _contest_office(span: Span) -> bool:
    """An office or body named as the kind of a contest or process ("after the governorship election", "the
    government formation talks"): a common noun modifying one of ``contest_nouns``, no actor (communal49)."""
    last = span[-1]
    return (last.pos_ == "NOUN" and last.dep_ in ("compound", "amod", "nmod")
            and last.head.lemma_.lower() in words()["contest_nouns"])


def _statistics_of(span: Span) -> bool:
    """A body named as the keeper of statistics ("official figures show", "according to government data"):
    the figures' source, no doer of the deeds they count (``statistics_nouns``; memory53)."""
    last = span[-1]
    return (last.dep_ in ("compound", "amod", "nmod") and last.head.pos_ == "NOUN"
            and last.head.lemma_.lower() in words()["statistics_nouns"])


def _date_month(span: Span) -> bool:
    """A month's name written in a date ("On 19 March 2022", "March 3"): no actor."""
    if len(span) != 1 or span[0].lower_ not in MONTHS:
        return False
    doc, i = span.doc, span[0].i
    return any(0 <= j < len(doc) and doc[j].like_num for j in (i - 1, i + 1))


@cache
def _repeated_object(tok: Token) -> Token | None:
    """The same object pronoun told earlier in the sentence on a verb conjoined with this one's
    ("pulled them away ..., stoned them and burned them": the first "them")."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ not in ("dobj", "dative", "pobj") or verb.pos_ != "VERB":
        return None
    return next((t for t in sentence_of(tok) if t.i < tok.i and t.lower_ == tok.lower_
                 and t.dep_ in ("dobj", "dative") and t.head != verb and t.head in verb.conjuncts), None)


def _same_doers_person(tok: Token) -> Token | None:
    """The one person the same doer dealt with in the clause a "him" or "her" runs on from: the object of
    the main verb when the parse joined a custody verb to a relative clause on it ("Officers shot a man who
    stabbed a passer-by and detained him": the man), or the one a passive's agent did it to ("the man was
    shot by officers who arrested him")."""
    verb = tok.head
    if tok.lower_ not in ("him", "her") or tok.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    if verb.dep_ == "conj" and _culprit_taken(verb) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        found = [verb.head.head]  # "shot a man who stabbed a passer-by and later detained him": the man
    elif verb.dep_ == "relcl" and verb.head.dep_ == "pobj" and verb.head.head.dep_ == "agent":
        done = verb.head.head.head
        found = [c for c in done.children if c.dep_ == "nsubjpass"] or (
            [c for c in done.head.children if c.dep_ == "nsubj"] if done.dep_ == "conj" else [])
    else:
        return None
    return next((c for c in found if c.pos_ in ("NOUN", "PROPN") and c.tag_ in ("NN", "NNP")), None)


def _culprit_taken(verb: Token) -> bool:
    """Whether a custody verb the parse joined to a relative clause ("a man who stabbed a passer-by and later
    detained him") is the main clause's doer's: one described by "who ..." does not take anyone in."""
    rel = verb.head
    return verb.lemma_.lower() in CUSTODY_VERBS and rel.dep_ == "relcl" and rel.head.dep_ == "dobj" and any(
        c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in rel.children)


def _data() -> dict:
    text = resources.files("chronica.actors").joinpath("data", "mentions.yaml").read_text("utf-8")
    return yamlio.safe_load(text)


@cache
def words() -> dict[str, frozenset[str]]:
    """The word lists of ``actors/data/mentions.yaml``."""
    return {k: frozenset(v) for k, v in _data().items() if isinstance(v, list)}


@cache
def described_again() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """For each word of ``described_again``: the words of its kinds and the sectors they allow."""
    out: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for kind in _data()["described_again"].values():
        kind_words, sectors = frozenset(kind["words"]), frozenset(kind["sectors"])
        for word in kind_words:
            old = out.get(word, (frozenset(), frozenset()))
            out[word] = (old[0] | kind_words, old[1] | sectors)
    return out


W = words()
PLAIN_OFFICERS = tuple(f"role:{w}" for w in W["plain_officers"])  # the evidence of bare "officers"
STATE_DOER_OF: dict[str, str] = _data()["state_doers"]
EXECUTIONS: dict = _data()["state_executions"]
RELEASE_CLASSES, DETENTION_NOUNS = W["release_classes"], W["detention_nouns"]
FIRST_PERSON, THIRD_PLURAL, THIRD_SINGULAR = W["first_person"], W["third_plural"], W["third_singular"]
OBJECT_PRONOUNS, COMPLEMENT_OF = W["object_pronouns"], W["complement_of"]
VESSEL_PREPS = frozenset(W["vessel_preps"])  # "sailors aboard a trawler", the parse hanging it on the verb
CREW_VESSELS = frozenset(W["crew_vessels"])  # "seized an Indian trawler and arrested its six crew"
SEAT_PREPS, SEAT_SECTORS = W["seat_preps"], W["seat_sectors"]
SEAT_NOUNS = frozenset(W["seat_nouns"])  # a state organ known by its seat: "the government in Tripoli"
LEADING_VERBS = frozenset(W["leading_verbs"])  # "the former army chief led troops ...": the military
GROUP_OWNERS = frozenset(W["group_owner_sectors"])  # "rebel commander X said his fighters": the rebels
GROUP_MEN = frozenset(W["group_men_words"])
ALLEGIANCE = {str(w): str(p) for w, p in _data()["allegiance_words"].items()}  # "fighters loyal to the STC"
PATRON_TIES = {str(w): str(p) for w, p in _data()["patron_ties"].items()}  # "hackers linked to the GRU"
PATRON_SECTORS = frozenset(_data()["patron_sectors"])
SWORN_HEADS = GROUP_MEN | frozenset(W["sworn_heads"])  # "dissidents loyal to Mordisco": the group's men
GROUP_POSSESSORS = frozenset(W["group_possessors"])  # "the group's leader": the group named before
ORG_STAFF = frozenset(W["organisation_staff"])  # "MSF ... its staff": MSF's people
MISSION_SECTORS = frozenset(W["mission_sectors"])  # a force of these owns "its troops": "the UN mission's"
TELLING_VERBS, PRESS_SECTORS = W["telling_verbs"], W["press_sectors"]
HOME_MEASURE_CLASSES = W["home_measure_classes"]
THIRD_PARTY_ACTS, THIRD_PARTY_PREPS = frozenset(W["third_party_acts"]), frozenset(W["third_party_preps"])
THIRD_PARTY_MEASURES, CONDITION_MARKS = frozenset(W["third_party_measures"]), frozenset(W["condition_marks"])
OWNED_HEADS, VICTIM_VERBS, REPORTING_VERBS = W["owned_heads"], W["victim_verbs"], W["reporting_verbs"]
OF_TITLES = frozenset(W["of_titles"])  # "the assistant secretary of state": an "of" inside the title
CUSTODY_PARTICIPLES = W["custody_participles"]  # "jailed journalist X": a description (actors45)
STANCE_VERBS, REPORTED_PRONOUNS = W["stance_verbs"], W["reported_pronouns"]
OWNER_PREPS, OWNED_THINGS, COREF_SECTORS = W["owner_preps"], W["owned_things"], W["coref_sectors"]
NAMED_PLACE_WORDS = frozenset(W["named_place_words"])  # "Moi Avenue": a street, not Moi's
NAMED_AFTER_HEADS = frozenset(W["named_after_heads"])  # "the Indira Gandhi airport": not hers (facilities57)
THOROUGHFARE_HEADS = frozenset(W["thoroughfare_heads"])  # "the Pan-American Highway": a road, no one
ARMED_CLASSES, GENERIC_PEOPLE, HERDERS = W["armed_classes"], W["generic_people"], W["herders"]
SINGLE_ARMED_CLASSES = W["single_armed_classes"]
ARMED_BARE_BODIES = frozenset(W["armed_bare_bodies"])  # actors62
NAMED_VICTIM_CLASSES = frozenset(W["named_victim_classes"])  # actors62
RESULT_WORDS = frozenset(W["result_words"])  # actors62
TERRITORY_TAKEN = frozenset({"capture_territory"})  # actors62
MONEY_NOUNS_ = frozenset(W["money_nouns"])  # "US dollar salaries": a currency (followups63)
TONGUE_NOUNS = frozenset(W["tongue_nouns"])  # "the use of French": a language (followups63)
TONGUE_VERBS = frozenset(W["tongue_verbs"])  # "taught in English", "speak Russian" (followups63)
BARE_DEAD = ("role:people", "role:persons")  # "killing 24 people": bare dead (followups63)
NON_STATE_ARMED_INTER = frozenset({2, 3, 4, 8})  # rebels, militias, other forces (followups63)
TOWN_STRUCK_CLASSES = frozenset(W["post_attack_classes"])  # "attacked Bouar": the town (followups63)
OF_TITLE_HEADS = frozenset(W["of_title_heads"])  # actors62
COURTESY_TITLES = frozenset(W["courtesy_titles"])  # actors62
CROWD_TOLD = frozenset(W["crowd_told_words"])  # actors62
LONE_SECTORS, LONE_BODIES = frozenset(W["lone_armed_sectors"]), frozenset(W["lone_body_words"])  # attacker53
SMALL_COUNTS, BLADE_VERBS = frozenset(W["small_counts"]), frozenset(W["blade_verbs"])
BLADE_WEAPONS = frozenset(W["blade_weapons"])  # "two men attacked worshippers with a knife": armed men
OWN_PLACE_CLASSES = frozenset(W["own_place_classes"])  # "students occupied schools": not at themselves
PROTEST_WORDS = frozenset(W["protest_words"])  # "marched in protest at the arrest": not the arresters
PACT_WORDS = frozenset(W["pact_words"])  # "the Indus Waters Treaty": a pact's name, no actor
ILLNESS_NAMES = frozenset(W["illness_names"])  # "protested against COVID-19 lockdowns": no one (eurasia63)
DISPERSING_CLASSES = frozenset(W["dispersing_classes"])  # "used tear gas against students": at them
PARTNERED_VERBS = frozenset(W["partnered_verbs"])  # "clashed with royalists": aimed at them
FLYER_WORDS = frozenset(W["flyer_words"])  # "Syrian pilots dropped barrel bombs": the military
FLYER_HELD_CLASSES = frozenset(W["flyer_held_classes"])  # "rebels captured a government pilot": the military
FLYER_CAPTORS = frozenset(W["flyer_captors"])
FLYER_STATE_WORDS = frozenset(W["flyer_state_words"])  # "a government pilot"
FLYER_WAR = re.compile(r"\b(?:{})s?\b".format("|".join(re.escape(w) for w in W["flyer_war_words"])))  # "F-16"
SEPARATIST_WORDS = frozenset(W["separatist_words"])  # "separatist leaders" who kill are rebels
NATIONALIST_WORDS = frozenset(W["nationalist_words"])  # "Corsican nationalists" who bomb are rebels
VENUE_FREE = frozenset(W["venue_free_words"])  # "swapped prisoners in Geneva": not Swiss prisoners
COMPLEMENT_PREPS, DOER_BEFORE_CLASSES = W["complement_preps"], W["doer_before_classes"]
OBJECT_PREPS = COMPLEMENT_PREPS | W["object_preps"]
NOT_DOER_PREPS, CONTAINER_PREPS = W["not_doer_preps"], W["container_preps"]
SITE_PREPS = frozenset(W["site_preps"])  # "a car bomb exploded outside a police station": the site
VICTIM_LIST_PREPS = frozenset(W["victim_list_preps"])  # "were killed ..., including a policeman": victims
REMOTE_CLASSES, ADDRESSED_CLASSES = W["remote_classes"], W["addressed_classes"]
PLANTED_CLASSES = frozenset(W["planted_classes"])
STATUS_NOUNS = frozenset(W["status_nouns"])  # "recognised the independence of Abkhazia" (targets60)
NESTED_MAKER_PREPS = frozenset(W["nested_maker_preps"])  # "an offer of talks from South Korea" (targets60)
HELD_FROM_NOUNS = frozenset(W["held_from_nouns"])  # "the extradition of X from Y": Y is asked (clauses54)
# violence keeps the targets its parse gives: "fired rubber bullets at protesters" is typed by its own rules
VIOLENT = ARMED_CLASSES | REMOTE_CLASSES | DOER_BEFORE_CLASSES | W["violent_classes"]
RIOT_CLASSES = frozenset(W["riot_classes"])
PLACE_TARGET_TYPES, PEOPLE_TARGET_TYPES = W["place_target_types"], W["people_target_types"]
PLACE_TARGET_CLASSES = frozenset(W.get("place_target_classes") or ())
HOST_PLACE_CLASSES = frozenset(W["host_place_classes"])
ADJECTIVE_SENSES = frozenset(W["adjective_senses"])
FIELD_DEALINGS = frozenset(W["field_dealings"])
ABOUT_THINGS = frozenset(W["about_things"])
PROVISION_WORDS = frozenset(W.get("provision_words") or ())
IDEA_ROLE_WORDS = frozenset(W.get("idea_role_words") or ())  # "demanding justice": no court
CAMPUS = _data().get("campus_heads") or {}  # "the vice-chancellor of Dhaka University": the university's head
CAMPUS_HEADS, CAMPUS_WORDS = frozenset(CAMPUS.get("heads") or ()), frozenset(CAMPUS.get("campus") or ())
CHANCELLOR_STATES = frozenset(CAMPUS.get("state_offices") or ())
PLACE_PREPS, POSSESSIVES = W["place_preps"], W["possessive_pronouns"]
IN_PLACE_TYPES, ARMED_SECTORS = W["in_place_types"], W["armed_sectors"]
JUDGING_VERBS, TIME_PREPS, CROWD_CLASSES = W["judging_verbs"], W["time_preps"], W["crowd_classes"]
SEQUENCE_PREPS = frozenset(W["sequence_preps"])
PRESENT = _data()["present_parties"]  # "shells landed as the cabinet met": those present
PRESENT_MARKS, PRESENT_VERBS = frozenset(PRESENT["marks"]), frozenset(PRESENT["verbs"])
HOLDING = W["holding_participles"]  # "Houthi-held Hodeidah port": the Houthis'
OFFENSIVE_NOUNS = W["own_offensive_nouns"]  # "entered Aleppo after a lightning offensive"
OFFENSIVE_GAINS = W["own_offensive_gains"]
SPEAKING_VERBS = REPORTING_VERBS | JUDGING_VERBS
STATE_HOLDERS = frozenset({"government", "regime", "state", "army"})  # "government-held Aleppo"
ANTI_PREFIXES = frozenset({"anti", "counter"})  # "anti-personnel mines": against personnel, no one's
BLAMING_VERBS = frozenset(W["blaming_verbs"])  # "officials blamed Islamic State": not the bombers
ANSWERING_NOUNS, EPOCH_PREPS = frozenset(W["answering_nouns"]), frozenset(W["epoch_preps"])
TIMING_NOUNS, TIMING_HEADS = frozenset(W["timing_nouns"]), frozenset(W["timing_heads"])
FLEEING_VERBS = frozenset(W["fleeing_verbs"])
SITE_HEADS = frozenset(W["site_heads"])
SERIES_NOUNS = frozenset(W["series_nouns"])  # "after a wave of car bombs": the bombs
NON_STATE_ARMED = frozenset(ARMED_SECTORS) - {"MIL", "COP", "SPY"}  # rebels, militias, insurgents
ASKING_VERBS = frozenset(W["asking_verbs"])
JUDGING_CLASSES, CUSTODY_NOUNS = frozenset(W["judging_classes"]), frozenset(W["custody_nouns"])
NAMING_VERBS = frozenset(W["naming_verbs"])
STATE_DOERS = frozenset({"GOV", "MIL", "COP", "SPY"})
STATE_BODIES = STATE_DOERS | {"LEG", "JUD"}  # "the parliament speaker warned that the protest": not its crowd
FORCE_SECTORS = frozenset(W["force_sectors"])  # forces that serve abroad ("Turkish troops in Syria")
SERVING_PREPS = frozenset(W["serving_preps"])
# deeds no crowd does: "80 were arrested after protesters ...", "internet was cut as protests continued"
STATE_ONLY_CLASSES = frozenset({"arrest", "censor", "withhold", "cut_communications", "disrupt_weapons"})
STATE_MEASURES = STATE_ONLY_CLASSES | W["state_measure_classes"]  # and curfews, martial law, tear gas
STATE_CLOSURES: dict = _data()["state_closures"]  # "roads were sealed off": a state's closure (measures51)
UNARMED_SECTORS = W["unarmed_sectors"]
DISPERSAL_PURPOSES = W["dispersal_purposes"]  # "was used to disperse the crowd" (measures51)
REACTION_NOUNS = frozenset(W["reaction_nouns"])
GOVERNMENT_TARGET_CLASSES = frozenset(W["government_target_classes"])
CROWD_DEEDS = frozenset({"destroy", "clash"})  # what villagers or residents may do as a crowd
COMMAND_WORDS, COMMANDING = W["command_words"], W["commanding_sectors"]
DESCRIBING_VERBS = W["describing_verbs"]
FIRING_BACK, PASSING_VERBS = W["firing_back_classes"], W["passing_verbs"]
OPERATING_VERBS = W["operating_verbs"]
NOT_AFTER_ON, FLEEING_CLASSES = W["not_targets_after_on"], W["fleeing_classes"]
FLED_TO = frozenset({"to", "into", "toward", "towards"})  # where people fleeing go for refuge
VISIT_CLASSES = W["visit_classes"]
CONFIRMED_OWN = frozenset(W["confirmed_own_classes"])  # air strikes a state confirms are its own (clause48)
DENIAL_VERBS = W["denial_verbs"]
SEA_WORDS = W["sea_words"]
PLACE_NOUNS = W["place_nouns"]
REGION_WORDS = frozenset(W["region_words"])  # "southern Israel": a part of the country (roles248)
INFRASTRUCTURE_NOUNS = frozenset(W["infrastructure_nouns"])  # their town gives the country hit (roles248)
CIVILIAN_PLACES, HOLDING_VERBS, CARRYING_VERBS = W["civilian_places"], W["holding_verbs"], W["carrying_verbs"]
FROM_PLACE_CLASSES, FROM_PREPS, HIT_IN_PREPS = W["from_place_classes"], W["from_preps"], W["hit_in_preps"]
HIT_AT_PREPS, LANDING_VERBS = W["hit_at_preps"], W["landing_verbs"]
WRECKING_CLASSES, WRECKED_AT_PREPS = frozenset(W["wrecking_classes"]), frozenset(W["wrecked_at_preps"])
KIND_NOUNS, OWN_FORCES_CLASSES = W["kind_nouns"], W["own_forces_classes"]
ACT_NOUNS = frozenset(W["act_nouns"])  # "the military drills": acts of forces, whose owner "by" names
SENT_GOODS = frozenset(W["sent_goods"])
MEMBERSHIP_NOUNS = W["membership_nouns"]
DESTINATION_PREPS, ARMED_THINGS = W["destination_preps"], W["armed_things"]
STRIKING_CLASSES = frozenset(REMOTE_CLASSES) | frozenset(W["striking_classes"])  # "an Ethiopian ambush"
STATE_MARKSMEN = frozenset(W["state_marksmen"])  # "Azerbaijani sniper fire": the state's soldiers
# "two people were stabbed; police arrested the attacker": the police answered the attack (terror-1)
RESPONDING_TAKERS, RESPONDING_STOPPERS = W["responding_takers"], W["responding_stoppers"]
RESPONDED_SUSPECTS, RESPONDED_CLASSES = W["responded_suspects"], W["responded_classes"]
CROWD_SCENE_WORDS, ARMED_SUSPECTS = W["crowd_scene_words"], W["armed_suspects"]
JOINING_PUNCT = frozenset({";", ":", "—", "–"})
RESPONSE_MARKS = frozenset({"before", "after", "until", "when", "as"})
PURPOSE_PLACE_CLASSES = frozenset(W["purpose_place_classes"])
CLAIMING_VERBS, CROWD_PARTICIPLES = W["claiming_verbs"], W["crowd_participles"]
CHANTING_VERBS = frozenset(W["chanting_verbs"])
UNNAMED_ARMED = frozenset({"REB", "UAF", "PRM"})
NAMED_OWNER_RULES = ("country:", "demonym:", "capital:", "seat:", "org:", "leader:")
ARMED_INTER = frozenset({1, 2, 3, 4, 8})
DESCRIBED = described_again()
DEFINITE = frozenset({"the", "this", "these", "those", "that"})
POSSESSED_BY = frozenset({"its", "their", "his", "her"})
PERSON_RULES = ("leader:", "title:", "role:", "apposition:")  # a person named by office, role or title
BOTH_NOUNS, CAPTURING_VERBS = W["both_nouns"], W["capturing_verbs"]
PAIR_NOUNS, NEIGHBOUR_NOUNS = frozenset(W["pair_nouns"]), frozenset(W["neighbour_nouns"])
PART_NOUNS = frozenset(W["part_nouns"])  # "froze its participation in the CSTO": the CSTO
PLURAL_STATES: dict[str, list[str]] = _data()["plural_states"]  # "the two Koreas": both states
LEADER_PAIR_NOUNS = frozenset(W["leader_pair_nouns"])  # "the two leaders": the two office holders named
FOREIGN_WORDS = frozenset(W["foreign_words"])  # "foreign forces": a state's forces named before, if one
UNIFORM_NOUNS = frozenset(W["uniform_nouns"])  # "men in military uniform": the force the uniform names
# "municipal workers demolished shacks": the local authority's work (land54)
PUBLIC_WORKS_CLASSES, PUBLIC_WORKERS = W["public_works_classes"], W["public_works_doers"]
PUBLIC_WORKS_VERBS = W["public_works_verbs"]
PUBLIC_OWNERS, PUBLIC_WORK_KINDS = W["public_works_owners"], W["public_works_kinds"]
PUBLIC_AUTHORITY = "local authorities"
MACHINE_NOUNS = frozenset(W["machine_nouns"])  # "bulldozers guarded by police": the police act
PEOPLE_ENDINGS, NOT_PEOPLE_ENDINGS = tuple(W["people_endings"]), W["not_people_endings"]  # caribbean-1
PEOPLE_DEEDS, DEEDS_TO_PEOPLE = W["people_deeds"], W["deeds_to_people"]  # "braceros protested"
ESCORT_PARTICIPLES = frozenset(W["escort_participles"])
TIE_PARTICIPLES = frozenset(W["tie_participles"])  # "two men linked to the PCC": its members
BODIES_AGAIN = frozenset(W["bodies_again"])
BODY_OWNERS = frozenset(W["body_owners"])  # "the union's foreign ministers": the body's
LONE_BODY_OWNERS: dict[str, str] = {str(k): str(v) for k, v in _data()["lone_body_owners"].items()}
BODY_OFFICES = frozenset(W["body_offices"])
SIDE_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj")  # where the two sides "the two sides" names again stand
EARLIER_SENTENCES = 3  # how far back a description or a pronoun looks for what it names again
ANTECEDENT_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj")  # where an object pronoun's antecedent may stand
PRONOUN_APART = frozenset(W["pronoun_apart"])  # "took them from the soldiers": someone other than "them"
FREEING_VERBS = frozenset(W["freeing_verbs"])  # "soldiers freed them": the people held before
BACKER_WORDS, BACKED_SECTORS = frozenset(W["backer_words"]), frozenset(W["backed_sectors"])
BACKED_TEAMS = frozenset(W.get("backed_teams", ()))  # "supporters of a local club": fans, not the club
# the role a sports side's backers are looked up as: its fans
TEAM_BACKERS = min(W.get("team_backers", ()), default=None)


def _cue(words_: frozenset[str]) -> re.Pattern:
    alts = "|".join(re.escape(w) for w in sorted(words_, key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b", re.IGNORECASE)


CLAIM_BEFORE, CLAIM_AFTER = _cue(W["claim_before"]), _cue(W["claim_after"])
# a word of each claim phrase: an ASCII text with none of them holds no phrase (the patterns are skipped)
CLAIM_WORDS = frozenset(max(w.lower().split(), key=len) for w in W["claim_before"] | W["claim_after"])


def _claims(text: str, start: int) -> bool:
    """Whether a claim phrase may stand in ``text`` after ``start`` (False only when none can)."""
    if not text.isascii():  # case folding beyond ASCII: only the patterns can say
        return True
    low = text[start:].lower()
    return any(w in low for w in CLAIM_WORDS)


NEGATION = re.compile(r"\b(?:not|no|never|denied|denies|deny)\b|n't", re.IGNORECASE)


def _purposes(head: Token) -> list[Token]:
    """The purpose clauses of a verb, or of the verb a noun is the object of ("deployed troops to restore
    order", "ordered the deployment of a force to restore order"): their verbs."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head if head.dep_ == "dobj" else None
    if verb is None:
        return []
    return [c for c in children_of(verb) if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" and any(
        a.dep_ == "aux" and a.tag_ == "TO" for a in children_of(c))]


def _errand_verb(noun: Token) -> Token | None:
    """The verb a visit is the errand of ("arrived in Tokyo on a visit", "flew to Cairo for a visit"), or
    that a visit describes in an aside ("arrived in Hanoi, the first visit by ...", "arrived in Hanoi, the
    first president to visit")."""
    told = noun.head if noun.dep_ == "dobj" and noun.head.dep_ in ("relcl", "acl") else noun  # "make a visit"
    told = told.head if told.dep_ in ("relcl", "acl") else told
    if told.dep_ in ("npadvmod", "appos") and told.head.pos_ in ("VERB", "AUX") and told.head.i < told.i:
        return told.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ERRAND_PREPS:
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


@dataclass(frozen=True)
class Front:
    """A monitored front line (``actors/data/fronts.yaml``)."""

    names: re.Pattern
    country: str
    start: str
    end: str
    parties: tuple[str, ...]


@cache
def fronts() -> tuple[Front, ...]:
    text = resources.files("chronica.actors").joinpath("data", "fronts.yaml").read_text("utf-8")
    out = []
    for row in yamlio.safe_load(text).get("monitors") or []:
        names = "|".join(re.escape(n) for n in sorted(row["names"], key=len, reverse=True))
        out.append(Front(re.compile(rf"\b(?:{names})\b"), row["country"], str(row["from"]), str(row["until"]),
                         tuple(row["parties"])))
    return tuple(out)


class Mentions:
    """Resolves the actor words of candidate events within one document's context."""

    def __init__(self, resolver: ActorResolver) -> None:
        self.resolver = resolver

    def conventional(self, kind: str, country: str | None, date: str | None = None) -> Actor | None:
        """The actor ACLED writes for a role in a country: 'Protesters (Mexico)'; with the story's ``date``, a
        state force of that date's period ('Police Forces of the United States (2021-2025)' in 2024)."""
        return self.resolver.resolve(kind, date=date, focus=country, where=country)

    def _resolve(self, phrase: str, ctx: DocContext) -> Actor | None:
        home = ctx.dateline_place.country if ctx.dateline_place is not None and not ctx.ruler_abroad else None
        return self.resolver.resolve(phrase, date=ctx.date, focus=home or ctx.focus, where=ctx.where)

    def actors(self, heads: list[Token], ctx: DocContext, evidence: dict, role: str) -> list[Actor]:
        out: list[Actor] = []
        notes = []
        for head in heads:
            commander = self._commander(head, ctx)
            if commander is not None:  # "Turkish forces and allied factions operating under OPS"
                out.append(commander)
                notes.append({"text": commander.text, "resolved": commander.name, "rule": commander.evidence})
                continue
            for tok in expand(_reporting_group(head) or head):
                if tok.idx < ctx.dateline_end:
                    continue  # "LIMA, April 22 -": the dateline
                split = self.coordinated(tok, ctx)
                if split and role == "target" and evidence.get("source"):
                    # "clashes between Armenian and Azerbaijani troops": the first side is the source
                    first = evidence["source"][0].get("text")
                    split = [a for a in split if a.text != first] or split
                if split:  # "Indian and Pakistani troops": two actors
                    for actor in split:
                        out.append(actor)
                        notes.append({"text": actor.text, "resolved": actor.name, "rule": actor.evidence})
                    continue
                if paired_sides(tok):
                    continue  # "the two sides" with no two parties told before: no one
                actor = self.actor(tok, ctx)
                people = _people_in_apposition(tok) if actor is None and role == "source" and (
                    _place_word(tok, ctx)) else None
                if people is not None:  # "in X municipality, Michoacan, members of the cartel ..."
                    tok, actor = people, self.actor(people, ctx)
                named = _person_in_apposition(tok) if actor is None else None
                if named is not None:  # "His main rival, Prime Minister Succes Masra, rejected": the person
                    tok, actor = named, self.actor(named, ctx)
                if actor is not None and (actor.evidence or "").startswith("demonym:"):
                    actor = self._shared_head(tok, actor, ctx)
                if actor is not None and role == "source":
                    actor = self._striking_forces(tok, actor, ctx, evidence) or actor
                if role == "source":  # "municipal workers demolished shacks": the local authority
                    actor = self._public_works(tok, actor, ctx, evidence) or actor
                if actor is not None and role == "source" and tok.dep_ in ("amod", "compound") and (
                        self._act_of_another(tok.head, actor, ctx)):
                    actor = None  # "Moscow denounced the military manoeuvres": no one named holds them
                if actor is not None and _guessed_country(actor) and (
                        evidence.get("trigger", {}).get("class") in RECIPROCAL):
                    actor = self._partners_country(tok, actor, ctx)
                phrase = _phrase(tok, ctx.dateline_end)
                if role == "target" and actor is not None and _self_again(actor, evidence):
                    # "Hezbollah fighters clashed with rebels": other rebels, not Hezbollah again
                    plain = self._resolve(phrase, ctx)
                    actor = plain if plain is not None and plain.sector in ARMED_SECTORS else None
                if role == "target" and actor is not None and (
                        _own(tok, actor) or self._moved(actor, evidence)):
                    actor = None  # "Israel strengthened its forces in Lebanon": the doer's own
                if actor is not None and role == "target" and _ground_taken(tok, actor, evidence):
                    actor = None  # "Rebels captured Kibumba near Goma": the village, no one taken
                if actor is not None and role == "target" and _town_struck(tok, actor, evidence, ctx):
                    actor = None  # "ADF rebels attacked Oicha": the town, no body nor man named Oicha
                if actor is None and role == "target":
                    actor = self._post_holder(tok, evidence, ctx)  # "attacked a checkpoint": its force
                if actor is not None and role == "target":
                    # "a crowd at a wedding": civilians (asia-2)
                    actor = self._crowd_at_leisure(tok, actor, evidence, ctx) or actor
                    actor = self._named_victim(tok, actor, evidence, ctx) or actor  # "shot dead Juan Perez"
                if actor is None and role == "source":
                    actor = self._place_people(tok, evidence, ctx)  # "two villages clashed": their people
                if actor is None:
                    notes.append({"text": phrase, "resolved": None})
                    continue
                actor = self._placed_as_geocoded(tok, actor, ctx)
                actor = self._serving_abroad(tok, actor, ctx)
                actor = self._sent_into(tok, actor, ctx)  # "soldiers were deployed to Niger": not Niger's
                actor = self._own_mission(tok, actor, ctx)  # "its embassy in Quito": not Ecuador's
                actor = self._spread_over(tok, actor, ctx)  # "leaders across Latin America": no one country
                actor = self._warring_parties(tok, actor, ctx)  # "all parties in Sudan" to a war: its sides
                if role == "source" and actor.country is None and actor.sector in ("MIL", "COP", "GOV"):
                    actor = self._subjects_own(tok, ctx) or actor
                if role == "source" and _guessed_country(actor) and (
                        evidence.get("trigger", {}).get("class") in FLEEING_CLASSES):
                    actor = self._fled_from(tok, actor, ctx)  # "refugees fled Ethiopia into Sudan"
                if role == "target" and _freed_abroad(actor, evidence):
                    actor = self._placeless(actor, ctx)  # "Israeli commandos rescued four hostages in Gaza"
                if role == "target" and actor.inter in ARMED_INTER and (
                        evidence.get("trigger", {}).get("class") in FIRING_BACK):
                    actor.evidence = f"{actor.evidence}{FIRED_FIRST}"  # "the police shot back at the gunmen"
                if all(a.name != actor.name for a in out):  # "the checkpoint ... six soldiers": one army
                    out.append(actor)
                notes.append({"text": phrase, "resolved": actor.name, "rule": actor.evidence,
                              "start": _phrase_start(tok, ctx.dateline_end), "end": tok.idx + len(tok)})
        if any(a.inter == 1 and a.sector in ARMED_SECTORS and not _post_held(a) for a in out):
            out = [a for a in out if not _post_held(a)]  # "a checkpoint, killing seven policemen": its force;
            # not "a customs post, killing two customs officers and a driver": officials; its armed men kept
        if notes:
            evidence[role] = notes
        return out

    def _place_people(self, tok: Token, evidence: dict, ctx: DocContext) -> Actor | None:
        """The people of places that clash ("two villages clashed"; ``clashing_places`` in mentions.yaml)."""
        if tok.lemma_.lower() not in W["clashing_places"] or (
                evidence.get("trigger", {}).get("class") not in W["clashing_place_classes"]):
            return None
        people = self._resolve("villagers", ctx)
        return _with_text(people, _phrase(tok, ctx.dateline_end), f"place people:{people.evidence}") if (
            people is not None) else None

    def _crowd_at_leisure(self, tok: Token, actor: Actor, evidence: dict, ctx: DocContext) -> Actor | None:
        """Civilians for a bare crowd told at another end than a protest ("a crowd at a wedding", "a crowd
        watching a match"; ``leisure_crowd_*`` in data/mentions.yaml; asia-2); None otherwise."""
        if (tok.lemma_.lower() != "crowd" or actor.sector != "CVL" or actor.inter != 6 or not _at_leisure(tok)
                or evidence.get("trigger", {}).get("class") in W["crowd_control_classes"]):
            return None  # "fired tear gas at a crowd at the market": crowd control, a protest's crowd
        people = self._resolve("civilians", ctx)
        return _with_text(people, _phrase(tok, ctx.dateline_end), f"crowd at leisure:{people.evidence}") if (
            people is not None) else None

    def _named_victim(self, tok: Token, actor: Actor, evidence: dict, ctx: DocContext) -> Actor | None:
        """A person named with no title, office or group whom violence hits ("Gunmen shot dead Juan Perez
        in Culiacan"): a civilian of the place, as ACLED codes such victims, keeping the name
        (``named_victim_classes`` in data/mentions.yaml); None otherwise."""
        words_ = (actor.text or "").lower().replace(".", "").split()
        if (actor.sector or actor.country or actor.inter or tok.ent_type_ != "PERSON" or in_place(tok)
                or actor.evidence not in (UNKNOWN_NAME, "ner:PERSON")
                or words_ and words_[0] in COURTESY_TITLES  # "Mr Moro", "Dr King": one told before, known
                or evidence.get("trigger", {}).get("class") not in NAMED_VICTIM_CLASSES):
            return None
        people = self._resolve("civilians", ctx) if ctx.where else None
        if people is None or people.inter != 7:
            return None
        named = _with_text(people, actor.text, f"named victim:{people.evidence}")
        named.name = actor.name or named.name
        return named

    def _post_holder(self, tok: Token, evidence: dict, ctx: DocContext) -> Actor | None:
        """The state force that holds a post with no owner named, when the post is attacked
        (``held_posts`` in data/mentions.yaml)."""
        if tok.lemma_.lower() not in W["held_posts"] or any(c.dep_ == "poss" for c in children_of(tok)) or (
                evidence.get("trigger", {}).get("class") not in W["post_attack_classes"]):
            return None
        if not (tok.dep_ in ("dobj", "nsubjpass") or _came_under(tok)
                or tok.dep_ == "pobj" and tok.head.lower_ in ("on", "against")):
            return None  # "shot at a bus at a checkpoint": where it happened, not what was attacked
        force = self.conventional("military forces", ctx.where or ctx.focus, ctx.date)
        doers = {n.get("resolved") for n in evidence.get("source", [])}
        if force is None or force.inter != 1 or force.name in doers:
            return None  # not the force that attacks
        return _with_text(force, _phrase(tok, ctx.dateline_end), f"{POST_HELD}{force.evidence}")

    def visitors(self, source: list[Actor], target: list[Actor], cls: str, ctx: DocContext) -> list[Actor]:
        """Visitors to a state ("the foreign minister arrived in Cairo": Egypt visited) whose country came
        only from the place of the visit: of no country the text names (the office alone)."""
        hosts = {a.country for a in target if a.sector == "GOV" and a.country and not _guessed_country(a)}
        if cls not in VISIT_CLASSES or not hosts:
            return source
        return [self._visitor(a, ctx) if a.country in hosts and _guessed_country(a) else a for a in source]

    def insurgents(self, source: list[Actor], target: list[Actor], ctx: DocContext, trig: Token | None = None
                   ) -> tuple[list[Actor], list[Actor]]:
        """A group in power since a date ("state_from") is still the insurgency when the same event names
        the state it fought as another actor ("the Taliban said they would not negotiate with the Afghan
        government", told with no date or a late one), or a place the state holds ("a drone launched by
        Hayat Tahrir al-Sham hit a market in government-held Aleppo"; bombs49): the group as it was the day
        before it took power."""
        states = {a.country for a in source + target if a.sector in STATE_SECTORS and a.country
                  and self._names_state(a) and self._power_since(a, ctx) is None}
        if trig is not None and ctx.where and _state_held(trig):
            states.add(ctx.where)
        if not states:
            return source, target
        return [self._out_of_power(a, states, ctx) for a in source], \
            [self._out_of_power(a, states, ctx) for a in target]

    def _names_state(self, actor: Actor) -> bool:
        """Whether the words name a state's government or forces as such ("the Afghan government",
        "government troops", "Afghanistan's army"), not an office of whoever rules ("a police checkpoint")."""
        words = actor.text.lower().split()
        return "government" in words or any(
            iso3 == actor.country for _, _, iso3 in self.resolver.country_mentions(actor.text))

    def _power_since(self, actor: Actor, ctx: DocContext) -> tuple[str, str] | None:
        """(the words, the date it took power) when the actor is a group resolved as the state it became,
        itself or through a pronoun ("they", said of the Taliban); None otherwise."""
        if actor.sector not in STATE_SECTORS:
            return None
        rule = actor.evidence or ""
        named = ANTECEDENT.search(rule) if rule.startswith("pronoun:") else None
        operator = OPERATOR.search(rule)  # "a drone launched by Hayat Tahrir al-Sham": the group's name
        phrase = named.group(1) if named else operator.group(1) if operator else actor.text
        now = self._resolve(phrase, ctx) if named else actor
        found = IN_POWER.search(now.evidence or "") if now is not None else None
        return (phrase, found.group(1)) if found else None

    def _out_of_power(self, actor: Actor, states: set[str], ctx: DocContext) -> Actor:
        since = self._power_since(actor, ctx) if actor.country in states else None
        if since is None:
            return actor
        before = date.fromisoformat(since[1]) - timedelta(days=1)
        home = ctx.dateline_place.country if ctx.dateline_place is not None else None
        rebel = self.resolver.resolve(since[0], date=before.isoformat(), focus=home or ctx.focus,
                                      where=ctx.where)
        if rebel is None or IN_POWER.search(rebel.evidence or ""):
            return actor
        return _with_text(rebel, actor.text, f"{rebel.evidence}+against the state")

    def _visitor(self, actor: Actor, ctx: DocContext) -> Actor:
        """The visitor resolved with no place nor story country; the actor as it was when that names one."""
        plain = self.resolver.resolve(actor.text or "", date=ctx.date)
        if plain is None or plain.country is not None:
            return actor
        return _with_text(plain, actor.text or "", f"{plain.evidence}+visitor: not of {actor.country}")

    def _placed_as_geocoded(self, tok: Token, actor: Actor, ctx: DocContext) -> Actor:
        """"rioters from Tripoli" in a story the geocoder placed in Lebanon: a place name in the actor's
        words that gave it a country is read as the document's own resolved place (Tripoli, Lebanon), not
        by the name's prior (Libya's capital); the actor then takes the event's country."""
        if "+country:" not in (actor.evidence or "") or not ctx.places:
            return actor
        doc = tok.doc
        first, last = tok.left_edge, tok.right_edge
        offset = first.idx
        words = text_of(doc)[offset:last.idx + len(last)]
        found = self.resolver.country_mentions(words, focus=ctx.focus)
        giving = [(offset + s, offset + e) for s, e, iso in found if iso == actor.country]
        if not giving:
            return actor
        for start, end in giving:
            name = text_of(doc)[start:end].lower()
            place = next((p for p in ctx.places if p.start == start), None) or next(
                (p for p in ctx.places if (p.text or "").lower() == name), None)
            if place is None or actor.country in (place.country, people_country(place)) or not place.country:
                return actor  # no place of this story, or the place agrees (Hong Kong's people are HKG)
        plain = self.resolver.resolve(actor.text or "", date=ctx.date, focus=ctx.focus, where=ctx.where)
        if plain is None or plain.sector != actor.sector or "+country:" in (plain.evidence or ""):
            return actor
        return _with_text(plain, actor.text or "", f"{plain.evidence}+place as geocoded")

    def struck_group_home(self, source: list[Actor], target: list[Actor]) -> list[Actor]:
        """A known armed group struck abroad by the forces of its own state ("Turkish jets struck PKK targets
        in northern Iraq", "Pakistani jets hit TTP hideouts in Afghanistan") keeps that country, not the
        place's, which it takes as a doer there; struck by the place's state or a third one ("Chadian soldiers
        killed Boko Haram fighters near Bohoma", "Israeli jets hit Hezbollah in Syria") it stays the place's
        (names59)."""
        states = {a.country for a in source if a.country and a.sector in FORCE_SECTORS | {"GOV"}}
        if not states:
            return target
        out = []
        for actor in target:
            rule = actor.evidence or ""
            if actor.sector in ARMED_SECTORS and "org:" in rule and actor.name and actor.country:
                own = self.resolver.resolve(actor.name)
                if own is not None and own.name == actor.name and own.country in states - {actor.country}:
                    actor = _with_text(actor, actor.text or "", f"{rule}+own country:{own.country}")
                    actor.country = own.country
            out.append(actor)
        return out

    def no_venue_country(self, source: list[Actor], target: list[Actor], ctx: DocContext
                         ) -> tuple[list[Actor], list[Actor]]:
        """"The two sides swapped prisoners in Geneva": a dealing's venue gives no country to the captives or
        unnamed sides guessed to be of it, unless a state organ of the venue's country is a party ("the
        government and rebels exchanged prisoners in Juba")."""
        venue = ctx.venue
        if venue is None or any(a.country == venue and a.sector in STATE_DOERS for a in source + target):
            return source, target
        free = [self._venue_free(a, venue, ctx) for a in source + target]
        return free[:len(source)], free[len(source):]

    def _venue_free(self, actor: Actor, venue: str, ctx: DocContext) -> Actor:
        """The captives or sides without the venue's country, when that country was only guessed."""
        words_ = (actor.text or "").lower().split()
        if actor.country != venue or not _guessed_country(actor) or not set(words_[-1:]) & VENUE_FREE:
            return actor
        plain = self.resolver.resolve(actor.text or "", date=ctx.date)
        if plain is None or plain.country is not None or plain.sector != actor.sector:
            return actor
        return _with_text(plain, actor.text or "", f"{plain.evidence}+venue:{venue}")

    def _sides_of(self, tok: Token, actor: Actor, ctx: DocContext) -> Actor:
        """"appealed to both sides in the Sudanese conflict" (the parse hangs the conflict on the verb): the
        sides are of the country the conflict is named by."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        for prep in (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "in" and c.i > tok.i):
            for word in prep.subtree:
                iso = self._country_of(word, ctx) if word.ent_type_ in ("NORP", "GPE") else None
                if iso:
                    return Actor(text=actor.text, name=actor.name, country=iso, sector=actor.sector,
                                 acled_actor=actor.acled_actor, inter=actor.inter,
                                 evidence=re.sub(r"\+(where|focus):\w+", "", actor.evidence or "")
                                 + f"+sides in:{iso}")
        return actor

    def _shared_head(self, tok: Token, actor: Actor, ctx: DocContext) -> Actor:
        """"scores of Sierra Leonean and Liberian refugees", parsed as "Sierra Leonean" and "Liberian
        refugees": a nationality coordinated with a modified noun shares that noun ("Kyrgyz and Tajik
        troops": Kyrgyz troops, the parse tagging "Tajik" a name)."""
        last = tok.conjuncts[-1] if tok.conjuncts else None
        if last is None or last.i < tok.i or last.pos_ != "NOUN" or not any(
                self._nationality(c, ctx) for c in children_of(last)):
            return actor
        # the noun with its own words but the other nationality's ("Kyrgyz and Tajik border guards": Kyrgyz
        # border guards, not "Kyrgyz guards"; eurasia63)
        own = [c for c in last.lefts if c.dep_ in ("compound", "amod") and not self._nationality(c, ctx)
               and c.i > max(n.i for n in children_of(last) if self._nationality(n, ctx))]
        noun = " ".join(t.text for t in [*own, last])
        shared = self._resolve(f"{_phrase(tok, ctx.dateline_end)} {noun}", ctx)
        return _with_text(shared, f"{actor.text} {noun}", shared.evidence or "") if shared else actor

    def _striking_forces(self, tok: Token, actor: Actor, ctx: DocContext, evidence: dict) -> Actor | None:
        """"A Russian strike on Odesa", "Israel's strike on Rafah": a state named as the owner of the strike
        noun that is the trigger of a remote blow is its armed forces, as "a Russian airstrike" is (ukraine-2;
        "Israel launched strikes" keeps its subject); so is a ruler by force's ("a junta airstrike";
        junta56)."""
        if (evidence.get("trigger", {}).get("class") not in STRIKING_CLASSES
                or tok.dep_ not in ("amod", "compound", "poss") or tok.i > tok.head.i
                or tok.head.lemma_.lower() not in ARMED_THINGS):
            return None
        if actor.sector != "GOV" or not (actor.evidence or "").startswith(("country:", "demonym:")):
            actor = self._marksmen_state(tok, ctx) or actor  # "Azerbaijani sniper fire": Azerbaijan's
        ruler = tok.lower_ in self.resolver.armed_rulers  # "a junta airstrike", "regime airstrikes" (junta56)
        named = ruler or (actor.evidence or "").startswith(("country:", "demonym:"))
        if actor.sector != "GOV" or not named:
            return None
        words = tok.doc[tok.left_edge.i:tok.i + 1].text
        forces = self._resolve(f"{words} forces", ctx)
        if forces is None or forces.country != actor.country and "+coalition:" not in (forces.evidence or ""):
            return None  # "Saudi airstrikes" in Yemen: the coalition's, as "Saudi forces" there are
        return _with_text(forces, actor.text or words, f"{forces.evidence}+owner of:{tok.head.text}")

    def _marksmen_state(self, tok: Token, ctx: DocContext) -> Actor | None:
        """The state a demonym names before its marksmen's fire ("Azerbaijani sniper fire", the phrase
        "Azerbaijani sniper" read as a lone gunman), or None."""
        between = tok.doc[tok.i + 1:tok.head.i]
        if not between or any(t.lemma_.lower() not in STATE_MARKSMEN for t in between):
            return None
        return self._resolve(tok.text, ctx)

    def _public_works(self, tok: Token, actor: Actor | None, ctx: DocContext, evidence: dict) -> Actor | None:
        """"Municipal workers demolished shacks", "workers of the Nairobi county pulled down kiosks",
        "demolition squads razed houses": a town's or county's workers who demolish or evict do the local
        authority's work, a state act (no crowd, no army; ``public_works_*`` in mentions.yaml, land54)."""
        if (evidence.get("trigger", {}).get("class") not in PUBLIC_WORKS_CLASSES
                or tok.lemma_.lower() not in PUBLIC_WORKERS or tok.dep_ not in ("nsubj", "pobj")
                or actor is not None and actor.sector not in (None, "LAB", "MIL")):
            return None
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else tok.head
        if verb.lemma_.lower() not in PUBLIC_WORKS_VERBS:
            return None
        words = {c.lemma_.lower() for c in children_of(tok) if c.dep_ in ("amod", "compound") and c.i < tok.i}
        owner = _of_object(tok)
        if not words & (PUBLIC_OWNERS | PUBLIC_WORK_KINDS) and (
                owner is None or owner.lemma_.lower() not in PUBLIC_OWNERS):
            return None
        authority = self._resolve(PUBLIC_AUTHORITY, ctx)
        if authority is None or authority.sector != "GOV":
            return None
        text = actor.text if actor is not None and actor.text else _phrase(tok, ctx.dateline_end)
        return _with_text(authority, text, f"public works:{authority.evidence}")

    def _nationality(self, mod: Token, ctx: DocContext) -> bool:
        """Whether a modifier of a noun is a nationality ("Liberian refugees", "Tajik troops")."""
        if mod.dep_ not in ("amod", "compound") or mod.i > mod.head.i:
            return False
        if mod.ent_type_ == "NORP":
            return True
        found = self._resolve(mod.text, ctx) if mod.pos_ in ("ADJ", "PROPN") else None
        return found is not None and (found.evidence or "").startswith("demonym:")

    def _partners_country(self, tok: Token, actor: Actor, ctx: DocContext) -> Actor:
        """"The Philippine government and Muslim rebels signed a peace agreement in Jakarta": unnamed rebels
        who deal with a state named with its country are that country's, not the venue's; so is an unnamed
        government that deals with rebels named with theirs ("Yemeni rebels and the government agreed ...
        in Geneva")."""
        partners = STATE_DOERS if actor.sector in UNNAMED_ARMED else UNNAMED_ARMED
        if actor.sector not in UNNAMED_ARMED | STATE_DOERS:
            return actor
        root = tok.head if tok.dep_ == "conj" else tok
        for other in [root, *root.conjuncts]:
            if other.i == tok.i or other.idx < ctx.dateline_end:
                continue
            partner = self.actor(other, ctx)
            if partner is not None and partner.sector in partners and partner.country and (
                    not _guessed_country(partner)) and partner.country != actor.country:
                again = self.resolver.resolve(actor.text or "", date=ctx.date, focus=partner.country,
                                              where=partner.country)
                if again is not None and again.country == partner.country:
                    return _with_text(again, actor.text or "", f"{again.evidence}+side of:{partner.country}")
        return actor

    def _warring_parties(self, tok: Token, actor: Actor, ctx: DocContext) -> Actor:
        """"The warring parties in Yemen", "called on all parties in Sudan to protect civilians": the sides of
        a conflict, of no sector, not political parties ("all parties signed the electoral code" stay
        them)."""
        if actor.sector != "PTY" or tok.lemma_.lower() != "party" or tok.tag_ != "NNS":
            return actor
        mods = {c.lower_ for c in children_of(tok) if c.dep_ in ("det", "predet", "amod", "nummod")}
        warring = bool(mods & W["warring_words"])
        told = mods & W["party_counts"] and any(t.lemma_.lower() in W["conflict_words"]
                                                 for t in sentence_of(tok))
        if not (warring or told):
            return actor
        sides = self.resolver.resolve("sides", date=ctx.date, focus=actor.country, where=actor.country)
        if sides is None or sides.sector is not None:
            return actor
        return _with_text(sides, actor.text, f"{sides.evidence}+sides of a conflict")

    def _spread_over(self, tok: Token, actor: Actor, ctx: DocContext) -> Actor:
        """"Leaders across Latin America congratulated Sheinbaum", "leaders from around the world sent
        condolences": a plural role noun spread over a wide area or a region is of no one country, not of the
        event's place (a country named is kept: "leaders from across Africa" stays no country, "leaders
        from Kenya" Kenya's)."""
        if not _guessed_country(actor) or actor.country is None or tok.tag_ != "NNS":
            return actor
        for prep in children_of(tok):
            if prep.dep_ != "prep" or prep.lower_ not in W["spread_preps"]:
                continue
            words = [t for t in prep.subtree if t.i != prep.i]
            wide = any(t.lemma_.lower() in W["wide_areas"] for t in words)
            region = any(t.ent_type_ == "LOC" for t in words)
            if (wide or region) and not self.resolver.country_mentions(" ".join(t.text for t in words)):
                plain = self.resolver.resolve(tok.lower_, date=ctx.date)
                if plain is None or plain.country is not None:
                    return actor
                return _with_text(plain, actor.text, f"{plain.evidence}+spread over many countries")
        return actor

    def _own_mission(self, tok: Token, actor: Actor, ctx: DocContext) -> Actor:
        """"Mexico demanded that Ecuador apologise for the raid on its embassy in Quito", "Tehran condemned
        the attack on its consulate in Damascus": a state's mission is never in its own land, so "its" mission
        there is the state the sentence named last before it other than the host (Mexico's, Iran's)."""
        if (tok.lemma_.lower() not in W["mission_nouns"] or actor.country is None or not any(
                c.dep_ == "poss" and c.lower_ in ("its", "their") for c in children_of(tok))
                or not any(c.dep_ == "prep" and c.lower_ == "in" for c in children_of(tok))):
            return actor
        text = text_of(tok.doc)[sentence_of(tok).start_char:tok.idx]
        for _, _, iso in reversed(self.resolver.country_mentions(text)):
            if iso != actor.country:
                state = self.resolver.resolve("government", date=ctx.date, focus=iso, where=iso)
                if state is None or state.country != iso:
                    return actor
                return _with_text(state, actor.text, f"its mission abroad:{iso}")
        return actor

    def _serving_abroad(self, tok: Token, actor: Actor, ctx: DocContext) -> Actor:
        """A state's forces said by their own phrase to be in another country ("Turkish troops in northern
        Syria", "Rwandan soldiers in Mozambique") are ACLED's external forces (inter 8), whatever the story's
        own country; their name and country stay."""
        if actor.inter != 1 or actor.sector not in FORCE_SECTORS or not actor.country:
            return actor
        for prep in children_of(tok):
            if prep.dep_ != "prep" or prep.lower_ not in SERVING_PREPS:
                continue
            for obj in (c for c in children_of(prep) if c.dep_ == "pobj"):
                iso = self._country_of(obj, ctx)
                if iso and iso != actor.country:
                    serving = _with_text(actor, actor.text or "", f"{actor.evidence}+serving in:{iso}")
                    serving.inter = 8
                    return serving
        return actor

    @staticmethod
    def _moved(actor: Actor, evidence: dict) -> bool:
        """Forces a state moves or puts on alert ("Russia massed troops on the border") are its own, not
        its target: unnamed forces whose country is only the event's place, or the doer's."""
        if evidence.get("trigger", {}).get("class") not in OWN_FORCES_CLASSES or actor.sector not in (
                "MIL", "COP"):
            return False
        doers = {n.get("resolved") for n in evidence.get("source", [])}
        rule = actor.evidence or ""
        return "+where:" in rule or "+focus:" in rule or actor.country is None or bool(
            doers and any(actor.country and actor.country in (d or "") for d in doers))

    def actor(self, tok: Token, ctx: DocContext) -> Actor | None:
        """The actor a word names (:meth:`_actor`), kept for the word while the document's named groups
        stay as they were (:mod:`chronica.asked`): an event's fallbacks ask again about its roles' words."""
        key = (tok.i, ctx.where, ctx.venue)
        return ask(ctx.asked, key, ctx.named, lambda: None if (
                   self._deal_city(tok, ctx) or tongue_or_money(tok))
                   else _unnamed_sides(tok, self._campus(tok, ctx, self._patron_state(
                       tok, ctx, self._armed_with(tok, ctx, self._actor(tok, ctx))))))

    def _patron_state(self, tok: Token, ctx: DocContext, actor: Actor | None) -> Actor | None:
        """'Hackers linked to Russia's military intelligence', 'hackers backed by Iran': men of no country
        tied to a state's organ or backed by a state take that state's country (``patron_ties``; the tie
        names no membership, so the actor keeps its own name; leftovers63)."""
        if actor is None or actor.country or tok.pos_ not in ("NOUN", "PROPN"):
            return actor
        ties = [c for c in children_of(tok) if c.dep_ in ("acl", "amod") and c.i == tok.i + 1]
        if tok.dep_ == "nsubj" and tok.head.i == tok.i + 1 and (tok.head.tag_ == "VBN" or any(
                c.dep_ in ("advcl", "conj") and c.pos_ == "VERB"
                and not any(g.dep_ == "nsubj" for g in children_of(c)) for c in children_of(tok.head))):
            ties.append(tok.head)  # "Hackers linked to Russia's GRU attacked ...": the parse's root
        for tie in ties:
            prep = PATRON_TIES.get(tie.lemma_.lower())
            obj = next((o for c in children_of(tie) if c.dep_ in ("prep", "agent") and c.lower_ == prep
                        for o in children_of(c) if o.dep_ == "pobj"), None)
            patron = self._actor(obj, ctx) if obj is not None else None
            if obj is not None and (patron is None or not patron.country):  # "Russia's military intelligence"
                owner = next((c for c in children_of(obj) if c.dep_ == "poss" and c.ent_type_ == "GPE"), None)
                patron = self._actor(owner, ctx) if owner is not None else patron
            if patron is not None and patron.country and patron.sector in PATRON_SECTORS:
                out = actor.copy()
                out.country, out.evidence = patron.country, f"{actor.evidence}+tied to:{patron.name}"
                return out
        return actor

    def _campus(self, tok: Token, ctx: DocContext, actor: Actor | None) -> Actor | None:
        """'Students gheraoed the vice-chancellor': a university's head is the university's, not a state's."""
        if actor is None or actor.sector != "GOV" or not _campus_head(tok, ctx.where or ctx.focus):
            return actor
        filed = ctx.dateline_place.country if ctx.dateline_place is not None else None
        if any(c and not _campus_head(tok, c) for c in (ctx.focus, filed)):  # "BERLIN - The vice-chancellor
            return actor  # condemned the strikes on Kharkiv": the story's state's deputy head (names59)
        campus = self._resolve(CAMPUS["actor"], ctx)
        return actor if campus is None else _with_text(campus, actor.text, f"campus head:{campus.evidence}")

    def _deal_city(self, tok: Token, ctx: DocContext) -> bool:
        """Is the word a city that names a deal, talks or truce ("the Washington accord", "rejects Geneva
        talks invitation", "the Doha ceasefire": ``named_deal``)? No party: not its government. A country
        (or a group, a leader) so named stays ("the Iran deal", "the Trump peace plan"; sides49)."""
        if not named_deal(tok):
            return False
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        bare = self._resolve(ent.text if ent is not None else tok.text, ctx)
        return bare is None or (bare.evidence or "").startswith(("capital:", "seat:"))

    def _armed_with(self, tok: Token, ctx: DocContext, actor: Actor | None) -> Actor | None:
        """'Local hunters armed with shotguns', 'villagers armed with guns': civilians described as bearing
        firearms are the communal militia "armed villagers" names (``firearm_words``; bv42)."""
        if (actor is None or tok.pos_ != "NOUN" or actor.inter not in (0, 7)
                or actor.sector not in (None, "CVL")):
            return actor
        arms = [g for c in children_of(tok) if c.dep_ == "acl" and c.lower_ == "armed"
                for p in children_of(c) if p.dep_ == "prep" and p.lower_ == "with"
                for o in children_of(p) if o.dep_ == "pobj" for g in (o, *o.conjuncts)]
        firearms = W["firearm_words"]
        if not any(g.lower_ in firearms or any(c.lower_ in firearms for c in children_of(g)) for g in arms):
            return actor
        armed = self._resolve(f"armed {tok.lower_}", ctx)
        if armed is None or armed.inter != 4:
            return actor
        return _with_text(armed, actor.text or tok.text, f"armed with firearms:{actor.evidence}")

    def _kicker_person(self, tok: Token, ctx: DocContext) -> Actor | None:
        """A known office holder named alone before a headline's colon ("Lavrov: West playing with fire"),
        who says what follows; any other heading ("UK:", "Analysis:") is no actor."""
        if tok.pos_ not in ("PROPN", "NOUN") or not tok.is_title or tok.doc[tok.i + 1].text != ":":
            return None
        actor = self._resolve(_phrase(tok, ctx.dateline_end), ctx)
        return actor if actor is not None and (actor.evidence or "").startswith("leader:") else None

    def _actor(self, tok: Token, ctx: DocContext) -> Actor | None:
        if tok.idx < ctx.dateline_end:
            return None  # "MAIDUGURI, Nigeria -": a dateline, not an actor
        if tok.i < _rubric_end(tok.doc):  # "Movement of forces: On 4 May ...": a heading, not an actor
            return self._kicker_person(tok, ctx)  # "Zelensky: Russia must withdraw": the speaker (heads49)
        if _sea_name(tok):
            return None  # "the Gulf of Guinea": a sea, not Guinea
        if tok.ent_type_ == "DATE" and tok.is_title and tok.lower_ in MONTHS:
            return None  # "will withdraw its troops by March": a month, not a march (lead48)
        if _provision(tok):
            return None  # "lifted Section 144", "revoked Article 370": a clause of a law, no one
        if _idea_word(tok):
            return None  # "demanding justice for the victims": what is sought, no court (caribbean-2)
        low = tok.lower_
        attr = _said_to_be(tok)
        if attr is not None:  # "said those killed were members of the PDF": the PDF's members
            same = self.actor(attr, ctx)
            return same and _with_text(same, tok.text, f"said to be:{same.evidence}")
        if tok.pos_ == "PRON" and not (len(tok.text) > 1 and tok.text.isupper()):  # not "the WHO", "US"
            reporter = self._reporter(tok, ctx)
            if reporter is not None:
                return reporter
            first = _repeated_object(tok) if low in OBJECT_PRONOUNS else None
            if first is not None:  # "pulled them away from the officers, stoned them": the first "them"
                same = self.actor(first, ctx)
                return same and _with_text(same, tok.text, f"pronoun:as before: {same.evidence}")
            dealt = _same_doers_person(tok) if low in OBJECT_PRONOUNS else None
            if dealt is not None and dealt.lemma_.lower() not in words()["not_persons"]:
                same = self._resolve(_phrase(dealt, ctx.dateline_end), ctx)  # "shot a man who stabbed ..."
                if same is not None and same.sector:
                    why = f"pronoun:dealt with before ({dealt.text}): {same.evidence}"
                    return _with_text(same, tok.text, why)
            if low in OBJECT_PRONOUNS and tok.dep_ in ("dobj", "dative", "pobj"):
                earlier = self._object_antecedent(tok, ctx)
                if earlier is not None:
                    return earlier
            if low in FIRST_PERSON and ctx.speaker is not None:
                return _with_text(ctx.speaker, tok.text, "first-person:document author")
            posed = _condition_object(tok)
            if posed is not None:  # "Israel will strike Iran if it attacks": Iran
                same = self.actor(posed, ctx)
                if same is not None:
                    why = f"pronoun:object the condition is put to: {same.evidence}"
                    return _with_text(same, tok.text, why)
            if low in THIRD_PLURAL:
                return self._plural_antecedent(tok, ctx)
            if low in THIRD_SINGULAR:
                before = self._subject_before(tok, ctx)
                if before is not None:  # "Macron called Putin. He urged ...": Macron
                    return before
                person = next((e for e in reversed(ents_of(tok.doc)) if e.label_ == "PERSON"
                               and e.end <= tok.i and not _place_word(e[0], ctx)),
                              None)  # not a place the parser tagged a person ("(Gumla, Jharkhand)")
                if person is not None:  # with its title and country: "King Hussein of Jordan"
                    named = self._resolve(_phrase(person.root, ctx.dateline_end), ctx) or self._resolve(
                        person.text, ctx)
                    if named is None or not (named.sector or named.country):  # "Owino ... he"
                        named = self._named_in_full(person[-1], ctx) or named
                    if named is not None:
                        return _with_text(named, tok.text, f"pronoun:last named person ({person.text})")
                return self._subject_person(tok, ctx)
            return None
        operator = self._operator(tok, ctx) or self._counted_weapons(tok, ctx)
        if operator is not None:  # "a Turkish drone operated by the GNA": the GNA
            return operator
        phrase = self._counted_phrase(tok, _phrase(tok, ctx.dateline_end))
        ship = covering(tok.doc, tok) if tok.pos_ == "PROPN" and doc_spans(tok.doc) else None
        if ship is not None and ship[2]:  # "the Galaxy Leader, a car carrier": the car carrier Galaxy Leader
            phrase = f"the {ship[2]} {text_of(tok.doc)[ship[0]:ship[1]]}"
        actor = self._resolve(phrase, ctx)
        if actor is not None and self.resolver.senses:  # "RSF condemned the arrest of two journalists"
            actor = self.resolver.sense(actor, sentence_text(tok), text_of(tok.doc), date=ctx.date,
                                        focus=ctx.focus, where=ctx.where)
        if actor is not None and actor.evidence == UNKNOWN_NAME and _capital_of_a_sentence(tok, phrase):
            actor = None  # "Sanctions on Iran were lifted": a common noun opening its sentence (aid248)
        if actor is not None and (actor.evidence or "").startswith(UNKNOWN_NAME) and (
                tok.lemma_.lower() in MACHINE_NOUNS):
            actor = None  # "Bulldozers demolished the homes": a machine, no one named (land54)
        if actor is not None and actor.evidence == UNKNOWN_NAME and _deed_as_name(tok):
            return None  # "Clashes in Gedo displaced 30,000 people": an event as the cause, no one (horn-8)
        if actor is not None and actor.evidence == UNKNOWN_NAME and _place_named_deed(tok, ctx):
            return None  # "Jihadists kill 100 in Barsalogho attack": where the attack was, not who (heads49)
        if actor is None or actor.country is None or "+where:" in (actor.evidence or ""):
            actor = self._reporters_own(tok, actor, ctx) or actor
        if actor is not None and _placed_forces(actor) and tok.dep_ == "nsubj":
            actor = self._forces_named_before(tok, ctx) or actor  # "Israeli jets ... after the military said"
        if actor is not None and _surname_of_a_place(tok, phrase, actor, ctx):
            return None  # "rioting gripped Lagos": the city, not Ricardo Lagos (riots34)
        if tok.pos_ == "NOUN" and (actor is None or not (actor.evidence or "").startswith("org:")):
            actor = self._name_through_of(tok, phrase, ctx) or actor  # "the children of fire initiative"
            actor = self._role_through_of(tok, phrase, ctx) or actor  # "Ghana's chief of defence staff"
            actor = self._tied_through_of(tok, phrase, ctx) or actor  # "a critic of the Kremlin"
        seaman = low in self.resolver.seaman_words or low in self.resolver.vessel_masters
        if actor is not None and seaman and (
                actor.sector == "MIL" or "+no navy named" in (actor.evidence or "")):
            # "sailors aboard a trawler": its crew; "sailors on a navy patrol boat": the navy's
            actor = self._vessel_crew(tok, phrase, ctx, navy=actor.sector != "MIL") or actor
        if actor is not None and self._crew_word(tok) and actor.sector != "MIL" and (
                "+no navy named" in (actor.evidence or "") or _guessed_country(actor)):
            # "sank the Argentine cruiser, killing 323 sailors": its navy's men
            actor = self._ship_crew(tok, phrase, ctx) or actor
        if actor is not None and actor.country:  # "the Chinese firm's French partner": the partner's own
            actor = self._own_words(tok, phrase, actor, ctx) or actor
        if tok.dep_ in ("amod", "compound") and tok.i < tok.head.i and tok.head.pos_ == "NOUN" and (
                actor is None or (actor.evidence or "").startswith(("country:", "demonym:"))):
            actor = self._modified(tok, ctx, actor) or actor
        if actor is not None and not actor.country and tok.pos_ == "NOUN":
            actor = self._ours(tok, phrase, ctx) or actor  # "'Our troops have pulled out,' a Russian said"
        if actor is None or not actor.sector:
            actor = self._held_by(tok, phrase, ctx) or actor  # "Houthi-held Hodeidah port": the Houthis
        if actor is not None and _place_word(tok, ctx) and not actor.sector and not actor.inter and not (
                _region_as_party(tok, actor)):  # "warned Chechnya": a region named as a party stays one
            return None  # "in Chinicuila municipality, Michoacan, members of ...": a place
        if actor is None or not actor.sector:  # "the Organisation of the Islamic Conference (OIC)"
            actor = self._acronym(tok, phrase, ctx) or actor
        if actor is None or (_guessed_country(actor) and (actor.sector or not actor.inter)) or (
                (actor.evidence or "").startswith("demonym:") and actor.inter == 7):  # "Serbs in Kosovo"
            actor = self._with_complement(tok, phrase, ctx, actor) or actor
        if actor is not None and tok.pos_ == "NOUN" and actor.inter in NON_STATE_ARMED_INTER and (
                "+country:" in (actor.evidence or "")):  # "Angolan separatists of the FLEC": the FLEC
            actor = self._armed_group_of(tok, ctx) or actor
        if actor is None or actor.sector in (None, "CVL"):  # not "gunmen in police uniforms" (impostors)
            actor = (self._uniformed(tok, phrase, ctx) or self._escorted(tok, phrase, ctx)
                     or self._tied_to_group(tok, phrase, ctx) or actor)
        if actor is not None and actor.sector in SEAT_SECTORS and _guessed_country(actor):
            actor = self._seated_in(tok, phrase, ctx) or actor
        if actor is not None and not actor.sector and _guessed_country(actor) and tok.lower_ in BOTH_NOUNS:
            actor = self._sides_of(tok, actor, ctx)
        if actor is None:
            actor = (self._applicant(tok, ctx) or self._people_of(tok, phrase, ctx)
                     or self._owner(tok, phrase, ctx) or self._carried(tok, ctx))
        if actor is None or _guessed_country(actor):  # "the Israeli army said its planes": the army's
            actor = reporters_craft(self, tok, ctx, actor) or actor  # "the rebels said their gunboats"
        if actor is None and tok.pos_ == "PROPN":  # "the Chechen capital Grozny": the place noun's owner
            actor = self._named_place(tok, ctx)
        if actor is None and tok.ent_type_ in ("PERSON", "ORG", "NORP") and not _place_word(tok, ctx) and (
                not _weapon_word(tok) and tok.lemma_.lower() not in PACT_WORDS) and not (
                tok.ent_type_ == "PERSON" and tok.lower_ in NAMED_AFTER_HEADS) and (  # "the Lenin Library"
                tok.lower_ not in THOROUGHFARE_HEADS):  # "blocked the Pan-American Highway": a road, no one
            # "Drones struck ...", "the Indus Waters Treaty", tagged an organisation: no one named
            span = next((e for e in ents_of(tok.doc) if e.start <= tok.i < e.end), None)
            name = span.text if span is not None else tok.text
            if name.lower() not in ILLNESS_NAMES:
                actor = Actor(text=phrase, name=name, evidence=f"ner:{tok.ent_type_}")
        if actor is not None and not (actor.sector or actor.country):
            actor = self._appositive(tok, actor, ctx)
        if actor is not None and "+named:" in (actor.evidence or ""):
            actor = self._unit_tied(tok, actor, ctx)  # "the Hazm Brigade, part of the Yemeni army"
        if actor is not None and tok.ent_type_ == "PERSON" and (actor.evidence or "").startswith("people"):
            actor = self._group_in_apposition(tok, actor, ctx)  # "Jeeyand Baloch, a spokesman for the BLA"
        if actor is not None and actor.sector == "GOV" and (actor.evidence or "").startswith("leader:"):
            actor = self._opposed_in_apposition(tok, actor, ctx) or actor  # "X, leader of the opposition DPP"
        if actor is not None and not actor.country:
            actor = self._serving_as(tok, actor, ctx)
        if actor is not None and not (actor.sector or actor.country) and tok.pos_ == "PROPN":
            actor = self._named_in_full(tok, ctx) or actor  # "Owino" after "opposition politician Babu Owino"
        if actor is not None and not actor.country and (
                actor.sector or (actor.evidence or "").startswith("role:")):  # "his supporters" too
            actor = self._possessed(tok, phrase, ctx) or actor
        if actor is not None and (actor.evidence or "").startswith("role:"):  # "MSF ... its staff"
            actor = self._organisation_staff(tok, phrase, ctx) or actor
        if actor is None or _guessed_country(actor) or actor.sector == "CVL":  # "accused its neighbour"
            actor = self._neighbour(tok, ctx) or actor
        if actor is None or _guessed_country(actor) or (not actor.country and actor.sector in STATE_SECTORS):
            actor = self._body_possessor(tok, ctx) or actor  # "the union's foreign ministers": the EU's
        if actor is None or _guessed_country(actor):  # "the group's leader": not the state's government
            actor = self._group_possessor(tok, phrase, ctx) or self._speakers_group(tok, phrase, ctx) or actor
        if actor is not None and actor.sector == "GOV" and _guessed_country(actor):
            actor = self._their_head(tok, phrase, ctx) or actor  # "..., their leader warned": the group's
        if actor is not None and actor.sector in SPOKEN_FORCES and actor.country is None:
            actor = self._speakers_forces(tok, phrase, ctx) or actor  # "Britain said troops will be deployed"
        if actor is not None and actor.sector == "MIL" and actor.country is None and any(
                c.dep_ == "amod" and c.lower_ in FOREIGN_WORDS for c in children_of(tok)):
            actor = self._foreign_named_before(tok, phrase, ctx) or actor  # named before
        if actor is not None and actor.inter == 7 and any(c.dep_ == "acl" and c.tag_ == "VBG" and (
                c.lemma_.lower() in CROWD_PARTICIPLES) for c in children_of(tok)):
            crowd = self._resolve(f"protesting {phrase}", ctx)  # "women protesting in Khartoum": a crowd
            actor = _with_text(crowd, phrase, f"{crowd.evidence}+participle") if crowd is not None else actor
        if actor is not None and (actor.evidence or "").startswith(PLAIN_OFFICERS):
            actor = self._coup_officers(tok, phrase, ctx) or actor  # "arrested officers after a coup attempt"
        if actor is None or actor.inter in (0, 7) or actor.sector == "UAF":  # "gunmen believed to be X"
            actor = self._described(tok, ctx) or actor
        if actor is None or _guessed_country(actor):
            actor = self._named_before(tok, ctx) or actor
        if actor is None or _guessed_country(actor):  # "the kingdom", "the country's army": named before
            actor = state_named_before(self, tok, ctx) or actor
        if actor is None or _guessed_country(actor):  # "South Korea said the North had launched a missile"
            actor = half_named(self, tok, ctx) or actor
        if actor is None:  # "the bloc" after "the European Union"
            actor = self._body_named_before(tok, ctx)
        if actor is None:
            return None
        if actor.inter == 7 and "+former" in (actor.evidence or ""):  # "the former army chief led troops"
            actor = self._leading_troops(tok, actor, ctx) or actor
        if actor.sector in BACKED_SECTORS or tok.lemma_.lower() in BACKED_TEAMS:
            # "supporters of the ruling party", "supporters of a local club": its people, not it
            actor = self._backers(tok, actor, ctx) or actor
        if (actor.evidence or "").startswith("role:"):  # "the officers" after "army officers"
            actor = self._same_noun_before(tok, actor, ctx) or actor
        return self._corefer(actor, ctx, tok)

    def _same_noun_before(self, tok: Token, actor: Actor, ctx: DocContext) -> Actor | None:
        """"The officers" after "Gabon's army officers", "the workers" after "five aid workers": a definite
        role noun with no modifier of its own names again the last actor the sentences before told with the
        same noun and a word that made it another actor (roles47)."""
        if tok.pos_ != "NOUN" or not _definite(tok) or sentence_of(tok).start == 0 or any(
                c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") for c in children_of(tok)):
            return None
        text, found = self._earlier(tok, ctx)
        for start, end, earlier in reversed(found):
            words = text[start:end].lower().split()
            if len(words) > 1 and words[-1] == tok.lower_ and earlier.sector and earlier.name != actor.name:
                rule = f"same noun before:{text[start:end]} ({earlier.evidence})"
                return _with_text(earlier, _phrase(tok, ctx.dateline_end), rule)
        return None

    def _backers(self, tok: Token, backed: Actor, ctx: DocContext) -> Actor | None:
        """The backers a partitive names ("supporters of the ruling party", "loyalists of the former
        president"): a crowd of the backed party's or person's country, not the party or person."""
        while tok.dep_ == "conj" and tok.head.i < tok.i:  # "supporters of the APC and the PDP": of both
            tok = tok.head
        if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lower_ not in BACKER_WORDS:
            return None
        backers = tok.head.head
        teams = tok.lemma_.lower() in BACKED_TEAMS and backed.sector not in BACKED_SECTORS
        team = TEAM_BACKERS if teams else None
        crowd = self.resolver.resolve(team or backers.lower_, date=ctx.date,
                                      focus=backed.country or ctx.focus, where=backed.country or ctx.where)
        if crowd is None or crowd.sector != "CVL":
            return None
        text = f"{backers.text} of {_phrase(tok, ctx.dateline_end)}"
        return _with_text(crowd, text, f"{crowd.evidence}+backers of:{backed.name}")

    def _counted_phrase(self, tok: Token, phrase: str) -> str:
        """The words with the count the parse hung them on ("thousands of Sudanese"): counted people."""
        counts = self.resolver.counting_words
        if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lower_ not in counts:
            return phrase
        return f"{tok.head.head.text} of {phrase}"

    def _leading_troops(self, tok: Token, actor: Actor, ctx: DocContext) -> Actor | None:
        """A former officer who leads, commands or orders troops in the event ("the former commander of the
        army, General X, led troops to the palace") acts as the military, not as a veteran; a retired
        general who comments stays what he is."""
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.lemma_.lower() not in LEADING_VERBS:
            return None
        for obj in children_of(verb):
            if obj.dep_ != "dobj" or obj.pos_ != "NOUN":
                continue
            troops = self._resolve(_phrase(obj, ctx.dateline_end), ctx)
            if troops is not None and troops.sector == "MIL":
                return _with_text(troops, actor.text or "", f"{troops.evidence}+led by:{actor.evidence}")
        return None

    def _acronym(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """A name the dictionaries miss, followed by its acronym in brackets: "the International Labor
        Office (ILO)" is the organisation the acronym names."""
        for child in children_of(tok):
            if child.dep_ == "appos" and child.text.isupper() and 2 <= len(child.text) <= 8 and (
                    child.i == tok.i + 2 and tok.nbor(1).text == "("):  # right after the name
                actor = self._resolve(child.text, ctx)
                if actor is not None and (actor.evidence or "").startswith("org:"):
                    return _with_text(actor, phrase, f"{actor.evidence}+acronym")
        return None

    def _operator(self, tok: Token, ctx: DocContext) -> Actor | None:
        """A weapon or vehicle named with who operates it ("a Turkish drone operated by the GNA", "a
        helicopter flown by the army") stands for its operator, not for its maker or owner."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        for verb in children_of(tok):
            if verb.dep_ != "acl" or verb.lemma_.lower() not in OPERATING_VERBS:
                continue
            agent = next((g for a in children_of(verb) if a.dep_ == "agent" for g in children_of(a)
                          if g.dep_ == "pobj"), None)
            if agent is None or agent.idx < ctx.dateline_end:
                continue
            actor = self._resolve(_phrase(agent, ctx.dateline_end), ctx)
            if actor is not None and actor.sector:
                actor = self._states_forces(tok, actor, ctx)
                return _with_text(actor, _phrase(tok, ctx.dateline_end), f"operated by:{actor.evidence}")
        return None

    def _states_forces(self, weapon: Token, operator: Actor, ctx: DocContext) -> Actor:
        """"drones launched by Russia": a weapon of war a state named by its country flies is its military's,
        as "a Russian drone" is (roles248); any other operator stays."""
        if operator.sector != "GOV" or not (operator.evidence or "").startswith("country:"):
            return operator
        country = self.resolver.countries.get(operator.country or "")
        forces = self._resolve(f"{weapon.text} of {country.of_name}", ctx) if country is not None else None
        if forces is None or forces.sector != "MIL" or forces.country != operator.country:
            return operator
        return _with_text(forces, operator.text or "", f"{forces.evidence}+forces of:{operator.evidence}")

    def _counted_weapons(self, tok: Token, ctx: DocContext) -> Actor | None:
        """'Ukraine shot down 30 of 35 drones launched by Russia, but one struck an energy facility': a
        number or quantifier standing alone as a subject (``counted_subjects`` in readings.yaml) is some of
        the weapons its sentence told before it with who launched them, and stands for that operator
        (clause48)."""
        counted = readings()["counted_subjects"]["words"]
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ not in counted or any(
                c.dep_ == "prep" for c in children_of(tok)):
            return None
        sent = sentence_of(tok)
        for noun in reversed(tok.doc[sent.start:tok.i]):
            operator = self._operator(noun, ctx) if noun.pos_ == "NOUN" else None
            if operator is not None:
                return _with_text(operator, tok.text, f"some of the {noun.text}:{operator.evidence}")
        return None

    def _commander(self, head: Token, ctx: DocContext) -> Actor | None:
        """Forces named with the command they act under ("peacekeepers under UN command", "Turkish
        forces and rebel factions, operating under OPS"): the organisation commanding them."""
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        holders = [head, *[c for c in children_of(head) if c.dep_ == "conj"]]
        holders += [c for h in list(holders) for c in children_of(h) if c.dep_ == "acl" and c.pos_ == "VERB"]
        for prep in (c for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "under"):
            obj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
            if obj is None or obj.idx < ctx.dateline_end:
                continue
            if obj.lemma_.lower() in COMMAND_WORDS:  # "under the command of X", "under UN command"
                of = next((g for c in children_of(obj) if c.dep_ == "prep" and c.lower_ == "of"
                           for g in children_of(c) if g.dep_ == "pobj"), None)
                words = (_phrase(of, ctx.dateline_end) if of is not None else " ".join(
                    t.text for t in obj.lefts if t.dep_ in ("compound", "poss", "amod", "nmod")))
            else:
                words = _phrase(obj, ctx.dateline_end)
            actor = self._resolve(words, ctx) if words else None
            if actor is not None and (actor.evidence or "").startswith("org:") and actor.sector in COMMANDING:
                rule = f"under the command of:{actor.evidence}"
                return _with_text(actor, _phrase(head, ctx.dateline_end), rule)
        return None

    def coordinated(self, tok: Token, ctx: DocContext) -> list[Actor]:
        """Actors named by coordinated modifiers of one noun: "Indian and Pakistani troops" (India's
        and Pakistan's), "GNA and LNA forces", "the Philippine government and communist rebels";
        empty unless at least two different actors come out."""
        if tok.idx < ctx.dateline_end:
            return []
        both = self._both_named(tok, ctx) or self._plural_states(tok, ctx)
        if both:  # "India and China held talks. The two countries agreed ..."; "the two Koreas"
            return both
        doc = tok.doc
        toks, deps = tokens_of(doc), deps_of(doc)  # no new Tokens
        start = tok.left_edge.i
        while start < tok.i and (toks[start].is_punct or deps[start] in ("cc", "prep", "case")
                                 or toks[start].idx < ctx.dateline_end):
            start += 1
        if self._one_name(doc[start: tok.i + 1].text):
            return []  # "the Hong Kong and Macao Affairs Office": one body's name, "and" and all
        mod = next((c for c in children_of(tok) if c.dep_ in ("amod", "nmod", "compound")
                    and c.pos_ in ("ADJ", "PROPN", "NOUN") and _conjuncts(c)), None)
        of = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
        obj = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
        if mod is not None and self._kinds_of_one(mod, ctx):
            return []
        if mod is not None:
            others = _conjuncts(mod)
            dropped = {t.i for g in others for t in g.subtree} | {
                g.i for g in children_of(mod) if g.dep_ in ("cc", "punct")}
            span = [t for t in doc[start: tok.i + 1] if t.i not in dropped]
            rest = [t for t in span if t.i > mod.i]  # the words the modifiers share: "troops"
            whole = mod.pos_ == "NOUN" and mod.ent_type_ != "NORP" and any(  # not "Sierra Leonean"
                c.dep_ in ("amod", "compound") for c in children_of(mod))
            first = [t for t in span if t.i <= mod.i] if whole else span  # "the Philippine government"
            phrases = [first] + [_own_words(g) + rest for g in others]
        elif obj is not None and obj.ent_type_ in (("GPE", "NORP", "ORG") if of.lower_ == "of" else (
                "GPE", "NORP")) and _conjuncts(obj):  # "officials from Sudan and South Sudan"
            # "the foreign ministers of India and Pakistan"
            head = list(doc[start: tok.i + 1])
            phrases = [head + [of] + _own_words(g) for g in [obj, *_conjuncts(obj)]]
        else:
            return []
        out: list[Actor] = []
        for words_ in phrases:
            text = " ".join(t.text for t in words_)
            actor = self._resolve(text, ctx)
            if actor is None or not (actor.sector or actor.country):
                return []
            if all(a.name != actor.name for a in out):
                out.append(_with_text(actor, text, f"coordinated:{actor.evidence}"))
        return out if len(out) >= 2 else []

    def _one_name(self, text: str) -> bool:
        """Whether a dictionary name with "and" inside runs through the words ("the Hong Kong and Macao
        Affairs Office", a role of roles.yaml): one body, not two coordinated ones (china-4)."""
        if " and " not in text:
            return False
        tokens = tokenize(text)
        return any(m.end - m.start > 2 and any(t.key == "and" for t in tokens[m.start + 1:m.end - 1])
                   and any(e.kind in ("role", "org") for e in m.entries)
                   for m in self.resolver.lexicon.scan(tokens))

    def _kinds_of_one(self, mod: Token, ctx: DocContext) -> bool:
        """Coordinated common nouns that name no party alone: the kinds of one unit ("two sabotage and
        reconnaissance groups"; statemedia-1), not "army and police officers"."""
        words = [mod, *_conjuncts(mod)]
        return all(w.pos_ == "NOUN" and w.ent_type_ == "" for w in words) and all(
            self._resolve(w.text, ctx) is None for w in words)

    def _armed_group_of(self, tok: Token, ctx: DocContext) -> Actor | None:
        """The armed group a nationality's fighters are told "of" ("Angolan separatists of the FLEC",
        "Russian mercenaries of the Wagner group"): that group, as with no nationality before them
        (followups63); None when the "of" names no non-state armed group by name."""
        prep = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
            return None
        group = self._resolve(_phrase(obj, ctx.dateline_end), ctx)
        if group is None or not (group.evidence or "").startswith("org:") or (
                group.inter not in NON_STATE_ARMED_INTER or group.sector not in NON_STATE_ARMED):
            return None  # "US troops of the international coalition": a state's troops in a body of states
        phrase = _phrase(tok, ctx.dateline_end)
        return _with_text(group, phrase, f"{group.evidence}+members named by nationality")

    def _with_complement(self, tok: Token, phrase: str, ctx: DocContext, short: Actor | None) -> Actor | None:
        """A role noun whose country was only guessed from the event's place, read with its complement:
        "doctors from two American aid groups" (American), "militias from Umuleri" (the town's communal
        militia), "a village in western Cambodia"."""
        prep = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in COMPLEMENT_OF), None)
        obj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in ("DATE", "TIME"):
            return None
        if obj.i + 1 < len(obj.doc) and stranded_subject(obj.doc[obj.i + 1]) == obj:
            return None  # "shops in Manzini and security forces killed ...": the next clause's doers
        if obj.ent_type_ == "GPE" and dealing_venue(obj):
            return None  # "signed a deal with rebel groups in Doha": where they signed, not whose (sides49)
        if prep.lower_ == "to" and any(c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "NORP")
                                       for c in children_of(tok)):
            return None  # "opposed the U.S. arms sale to Taiwan": the seller's, named before it
        if prep.lower_ == "to" and short is None and tok.lemma_.lower() in SENT_GOODS:
            return None  # "halted gas flows to Poland": goods sent, not Poland (the verb's target; senses54)
        end = obj.i + 1
        doc = tok.doc
        while end < len(doc) and doc[end].dep_ in ("compound", "flat") and doc[end].head.i == obj.i:
            end += 1
        if obj.ent_type_ == "ORG":  # "troops from the Democratic Forces for the Liberation of Rwanda": the
            # whole name, which the parse hangs on the role noun (conflict46)
            end = _name_end(tokens_of(doc), end)
        end = _named_group_end(doc, tok, obj, end)  # "hackers from the pro-Russian group Killnet"
        end = _seat_end(obj, end)  # "representatives of the government in Tripoli": Tripoli's government
        longer = f"{phrase} {doc[prep.i:end].text}"
        actor = self._resolve(longer, ctx)
        if actor is None or (not actor.sector and (_guessed_country(actor) or not actor.country)) or (
                _guessed_country(actor) and (short is None or actor.name == short.name)):
            return None  # the complement must name the country or a more precise actor
        owned = prep.lower_ in ("of", "for") and self._named_owner(doc[prep.i + 1:end], actor, ctx)
        stateless = actor.country is None and (actor.evidence or "").startswith("org:")  # "from the IAEA"
        named = (actor.evidence or "").startswith("org:") and end > obj.i + 1 and doc[end - 1].dep_ == "appos"
        if ctx.where and actor.country != ctx.where and not owned and not stateless and not named and (
                not self.resolver.country_mentions(doc[prep.i:end].text)):
            return None  # a town of the same name elsewhere ("residents of Concepcion")
        return _with_text(actor, phrase, actor.evidence or "")

    def _name_through_of(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """A common noun that begins an organisation's name running on through "of", written in lower case
        ("the brothers of italy party"): the organisation, when the words after "of" alone do not name it."""
        obj = _of_object(tok)
        if obj is None:
            return None
        doc, of = tok.doc, obj.head
        longer = f"{phrase} {doc[of.i:obj.i + 1].text}"
        whole = self._resolve(longer, ctx)
        if whole is None or not (whole.evidence or "").startswith("org:"):
            return None
        alone = self._resolve(doc[of.i + 1:obj.i + 1].text, ctx)
        if alone is not None and alone.name == whole.name:
            return None  # "members of the MQM": the MQM's men, told by other rules
        return _with_text(whole, longer, whole.evidence or "")

    def _role_through_of(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """A title whose words run on through "of" ("Ghana's chief of defence staff", "the chief of naval
        staff"): the role the whole names, when the roles file lists it with its "of" (actors62)."""
        obj = _of_object(tok) if tok.lower_ in OF_TITLE_HEADS else None
        if obj is None:
            return None
        longer = f"{phrase} {tok.doc[obj.head.i:obj.i + 1].text}"
        whole = self._resolve(longer, ctx)
        if whole is None or not re.match(r"role:[^+]* of ", whole.evidence or ""):
            return None
        return _with_text(whole, longer, whole.evidence or "")

    def _tied_through_of(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """A person told by his tie to whom "of" names ("a prominent critic of the Kremlin", "a close aide of
        the prime minister"): the phrase read with that owner (actors/relations.py), not the owner."""
        obj = _of_object(tok) if tok.lower_ in self.resolver.relation_kinds else None
        if obj is None or obj.pos_ == "PRON":
            return None
        longer = f"{phrase} of {_phrase(obj, ctx.dateline_end)}"
        actor = self._resolve(longer, ctx)
        return actor if actor is not None and " of:" in (actor.evidence or "") else None

    def _vessel_crew(self, tok: Token, phrase: str, ctx: DocContext, navy: bool = False) -> Actor | None:
        """Seamen with the vessel named right after them, wherever the parse hangs it ("abducted eight
        sailors aboard a fishing trawler"): the phrase read with the vessel, when that is no navy (or, with
        ``navy``, when it is: bare sailors "on a navy patrol boat")."""
        doc = tok.doc
        prep = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if prep is None or prep.lower_ not in VESSEL_PREPS or prep.dep_ != "prep":
            return None
        obj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
        if obj is None:
            return None
        crew = self._resolve(f"{phrase} {doc[prep.i:obj.i + 1].text}", ctx)
        if crew is None or (crew.sector == "MIL") != navy:
            return None
        return _with_text(crew, phrase, crew.evidence or "")

    def _crew_word(self, tok: Token) -> bool:
        """Whether the token heads a seaman word of one word or two ("sailors", "crew members")."""
        words = self.resolver.seaman_words
        before = tok.doc[tok.i - 1] if tok.i > 0 else None
        return tok.lower_ in words or (before is not None and before.dep_ == "compound"
                                       and f"{before.lower_} {tok.lower_}" in words)

    def _ship_crew(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """Bare seamen whose ship the sentence's shape names (``_crew_ship``): that warship's navy ("sank the
        Argentine cruiser, killing 323 sailors"), else the crew of the ship's country ("seized an Indian
        trawler and arrested its six crew"); None when the ship's country is only the event's place."""
        ship, owned = _crew_ship(tok, self.resolver.ship_prefixes)
        if ship is None:
            return None
        words = _ship_words(ship, ctx.dateline_end)
        whole = words == _phrase(ship, ctx.dateline_end)
        owner = self.actor(ship, ctx) if whole else self._resolve(words, ctx)
        if owner is None or not owner.country or "+where:" in (owner.evidence or ""):
            return None
        if owner.sector == "MIL":
            return _with_text(owner, phrase, f"crew of:{owner.evidence}")
        if not owned:  # "seized a trawler and rescued 20 sailors": maybe another ship's
            return None
        crew = self._resolve(f"{phrase} of {words}", ctx)
        if crew is None or crew.country != owner.country or crew.sector == "MIL":
            return None
        return _with_text(crew, phrase, f"{crew.evidence}+crew of:{words}")

    def _uniformed(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """People told by the uniform of a named force: "men in the uniform of the RSF" (not "men in military
        uniform", whom ACLED leaves unidentified)."""
        prep = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "in"), None)
        worn = next((c for c in children_of(prep) if c.dep_ == "pobj"), None) if prep is not None else None
        owner = _of_object(worn) if worn is not None and worn.lemma_.lower() in UNIFORM_NOUNS else None
        actor = self._resolve(_phrase(owner), ctx) if owner is not None else None
        if actor is not None and actor.sector in ("MIL", "COP", "PRM", "SPY", "REB", "INS", "SEP"):
            return _with_text(actor, phrase, f"uniform:{actor.evidence}")
        return None

    def _escorted(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """Machines that act for the force escorting them: "bulldozers guarded by armed police"."""
        if tok.lemma_.lower() not in MACHINE_NOUNS:
            return None
        clauses = [c for c in children_of(tok) if c.dep_ == "acl" and c.lemma_.lower() in ESCORT_PARTICIPLES]
        for clause in clauses:
            agent = next((c for c in children_of(clause) if c.dep_ == "agent"), None)
            doer = _by_whom(agent) if agent is not None else None
            actor = self._resolve(_phrase(doer), ctx) if doer is not None else None
            if actor is not None and actor.sector:
                return _with_text(actor, phrase, f"escort:{actor.evidence}")
        return None

    def _tied_to_group(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """People tied to a named non-state armed group ("two men linked to the Primeiro Comando da Capital",
        "a man affiliated with Los Choneros"): taken for its members (bv43)."""
        if tok.pos_ != "NOUN":
            return None
        for clause in children_of(tok):
            if clause.dep_ != "acl" or clause.lemma_.lower() not in TIE_PARTICIPLES:
                continue
            group = next((g for c in children_of(clause) if c.dep_ == "prep" and c.lower_ in ("to", "with")
                          for g in children_of(c) if g.dep_ == "pobj"), None)
            actor = self._resolve(_phrase(group), ctx) if group is not None else None
            if actor is not None and actor.inter in (2, 3, 4):
                return _with_text(actor, phrase, f"tied to:{actor.evidence}")
        return None

    def _seated_in(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """"accused the regime in Baghdad of ...", the parse hanging "in Baghdad" on the verb: a state organ
        whose country was only guessed, right before "in" and a place name, is the government of that place's
        country."""
        doc = tok.doc
        prep = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if prep is None or prep.lower_ not in SEAT_PREPS or prep.dep_ != "prep" or prep.head.i == tok.i:
            return None  # hung on the noun itself: _with_complement reads it
        obj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
        if obj is None or obj.ent_type_ != "GPE" or obj.i != tok.i + 2 + sum(
                1 for t in doc[tok.i + 2:obj.i] if t.dep_ in ("compound", "flat")) or (
                not self.resolver.country_mentions(obj.text)):
            return None
        actor = self._resolve(f"{phrase} {doc[prep.i:obj.i + 1].text}", ctx)
        if actor is None or actor.sector not in SEAT_SECTORS or _guessed_country(actor):
            return None
        return _with_text(actor, phrase, f"{actor.evidence}+seat")

    def _named_owner(self, words, actor: Actor, ctx: DocContext) -> bool:  # noqa: ANN001
        """Does the complement name a person or group of the actor's country ("the government of
        President Gustavo Petro" is Colombia's, wherever the sentence's event is)? Not a place
        ("police in Lagos" are not Ricardo Lagos's)."""
        if not any(t.ent_type_ in ("PERSON", "ORG") for t in words) or any(
                t.ent_type_ in ("GPE", "LOC", "FAC") for t in words):
            return False
        owner = self.resolver.resolve(words.text, date=ctx.date)
        return owner is not None and owner.country == actor.country

    def _possessed(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """"Iraq said its forces had repelled an offensive": "its" is the one who says it, and its
        forces are Iraq's (not when the clause has another subject: "Israel said it moved its troops",
        "Vietnam withdrew its troops" leave them to the rule that tells a doer's own forces)."""
        poss = next((c for c in children_of(tok) if c.dep_ == "poss" and c.lower_ in POSSESSED_BY), None)
        if poss is None:
            return None
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if poss.lower_ in ("its", "their") and any(c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i
                                                   for c in children_of(verb)):
            return None  # "Vietnam withdrew its troops": the subject's own
        owner = self._reporter(poss, ctx)
        if owner is None and poss.lower_ in ("his", "her"):
            owner = self._subject_before(poss, ctx)  # "Assad addressed parliament. His forces ..."
        elif owner is None and sentence_of(tok).start > 0:
            owner = self._group_before(tok, ctx)  # "The PKK has bases in Iraq. Its fighters ..."
        if owner is None:
            return None
        return self._owned_by(owner, poss, phrase, ctx)

    def _organisation_staff(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """"MSF suspended its operations after police threatened its staff": staff a pronoun owns are the
        people of the non-state organisation named last before it in the sentence (``organisation_staff``;
        aid248); not when the last organisation named is a state's."""
        poss = next((c for c in children_of(tok) if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        key = " ".join(t.lemma_.lower() for t in tok.doc[poss.i + 1:tok.i + 1]) if poss is not None else ""
        if poss is None or (key not in ORG_STAFF and tok.lemma_.lower() not in ORG_STAFF):
            return None
        sent = sentence_of(tok)
        start = max(sent.start_char, ctx.dateline_end)
        found = self.resolver.mentions(text_of(tok.doc)[start:poss.idx], date=ctx.date, focus=ctx.focus,
                                       where=ctx.where)
        last = next((a for _, _, a in reversed(found) if (a.evidence or "").startswith("org:")), None)
        if last is None or last.sector in STATE_SECTORS or last.sector is None:
            return None  # "police threatened its staff": the police are no organisation named
        return _with_text(last, phrase, f"organisation's people:{last.name} ({last.evidence})")

    def _neighbour(self, tok: Token, ctx: DocContext) -> Actor | None:
        """"The government accused its neighbour of ...": the government of the country the story named last
        before the word that is not the country of the clause's subject; with none before, the first named
        after it ("Sudan accused its neighbour of ... Juba denied it": South Sudan)."""
        if tok.lower_ not in NEIGHBOUR_NOUNS or not any(
                c.dep_ == "poss" and c.lower_ in ("its", "their") for c in children_of(tok)):
            return None
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.i != tok.i), None)
        doer = self.actor(subj, ctx) if subj is not None else None
        own = doer.country if doer is not None else None
        text = text_of(tok.doc)
        for _, _, iso in reversed(self.resolver.country_mentions(text[ctx.dateline_end:tok.idx])):
            if iso != own:
                state = self.resolver.resolve("government", date=ctx.date, focus=iso, where=iso)
                if state is None or state.country != iso:
                    return None
                return _with_text(state, _phrase(tok, ctx.dateline_end), f"neighbour named before:{iso}")
        return self._neighbour_named_after(tok, own, ctx)

    def _neighbour_named_after(self, tok: Token, own: str | None, ctx: DocContext) -> Actor | None:
        """The state a neighbour word stands for, named after it: the first country other than the doer's."""
        text = text_of(tok.doc)
        for _, _, iso in self.resolver.country_mentions(text[tok.idx + len(tok):]):
            if iso != own:
                state = self.resolver.resolve("government", date=ctx.date, focus=iso, where=iso)
                if state is None or state.country != iso:
                    return None
                return _with_text(state, _phrase(tok, ctx.dateline_end), f"neighbour named after:{iso}")
        return None

    def _group_possessor(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """"The group's leader", "the movement's spokesman": the armed group or named non-state body the
        words before last name, else no state ("the group" names none)."""
        poss = next((c for c in children_of(tok) if c.dep_ == "poss" and c.lower_ in GROUP_POSSESSORS
                     and _definite(c)), None)
        if poss is None:
            return None
        before = self._earlier(tok, ctx)[1] if sentence_of(tok).start > 0 else []
        here = self.resolver.mentions(text_of(tok.doc)[sentence_of(tok).start_char:poss.idx], date=ctx.date,
                                      focus=ctx.focus, where=ctx.where)
        for _, _, earlier in reversed([*before, *here]):
            if earlier.sector in GROUP_OWNERS or (
                    (earlier.evidence or "").startswith("org:") and earlier.sector not in STATE_SECTORS):
                return _with_text(earlier, phrase, f"group possessor:{earlier.name} ({earlier.evidence})")
        return Actor(text=phrase, name=poss.text.capitalize(), evidence=f"group possessor:{poss.text}")

    def _speakers_group(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """"Houthi spokesman Yahya Saree said the group had targeted a tanker": "the group" (a
        ``group_possessors`` noun) as the subject of what a non-state group's speaker reports is that
        speaker's group, as "it" would be (roles248)."""
        if tok.lower_ not in GROUP_POSSESSORS or tok.dep_ not in ("nsubj", "nsubjpass") or not _definite(tok):
            return None
        group = self._reporter(tok, ctx, noun=True)
        if group is None or not (group.sector in GROUP_OWNERS or (
                (group.evidence or "").startswith("org:") and group.sector not in STATE_SECTORS)):
            return None
        here = self.resolver.mentions(text_of(tok.doc)[sentence_of(tok).start_char:tok.idx], date=ctx.date,
                                      focus=ctx.focus, where=ctx.where)  # the group, not its spokesman
        group = next((a for _, _, a in reversed(here) if (a.sector, a.country, a.acled_actor) == (
            group.sector, group.country, group.acled_actor)), group)
        return _with_text(group, phrase, f"the speaker's group:{group.evidence}")

    def _speakers_forces(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """"Britain said troops will be deployed to Afghanistan next year": a state's forces named bare, of no
        country, as the subject of what a state reports are that state's own (cameo61)."""
        state = self._reporter(tok, ctx, noun=True)
        if state is None or state.country is None or state.sector not in STATE_SECTORS:
            return None
        found = self.resolver.resolve(phrase, date=ctx.date, focus=state.country, where=state.country)
        if found is None or found.country != state.country or found.sector != self.resolver.resolve(
                phrase, date=ctx.date).sector:
            return None
        return _with_text(found, phrase, f"{found.evidence}+the speaker's own:{state.evidence}")

    def _their_head(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """"Coca growers could block roads ..., their leader warned": a leader or spokesman named only as
        "their" speaks for the group that is the subject of what they report (else of the sentence before),
        not for the state of the story."""
        poss = next((c for c in children_of(tok) if c.dep_ == "poss" and c.lower_ == "their"), None)
        if poss is None or tok.lower_ not in self.resolver.speaking or tok.dep_ != "nsubj":
            return None
        for clause in (c for c in children_of(tok.head) if c.dep_ in ("ccomp", "parataxis")):
            subj = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.idx < ctx.dateline_end:
                continue
            group = self._resolve(_phrase(subj, ctx.dateline_end), ctx)
            if group is not None and group.sector and group.sector not in STATE_SECTORS:
                return _with_text(group, phrase, f"their head:{group.evidence}")
        group = self._plural_antecedent(poss, ctx)
        if group is not None and group.sector and group.sector not in STATE_SECTORS:
            return _with_text(group, phrase, f"their head:{group.evidence}")
        return None

    def _subjects_own(self, tok: Token, ctx: DocContext) -> Actor | None:
        """"Vietnam completed the withdrawal of its troops": as the doer, "its troops" are the forces of
        the clause's subject (as a target they are left out: the doer's own)."""
        poss = next((c for c in children_of(tok) if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if poss is None:
            return None
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.i != tok.i
                     and c.pos_ in ("NOUN", "PROPN") and c.idx >= ctx.dateline_end), None)
        owner = self._resolve(_phrase(subj, ctx.dateline_end), ctx) if subj is not None else None
        if owner is None or not (owner.evidence or "").startswith(NAMED_OWNER_RULES):
            return None
        return self._owned_by(owner, poss, _phrase(tok, ctx.dateline_end), ctx)

    def _owned_by(self, owner: Actor, poss: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """The actor of ``phrase`` ("its forces") as the one ``owner`` has ("the forces of Iraq")."""
        words = phrase.split()
        plain = " ".join(words[words.index(poss.text) + 1:]) if poss.text in words else phrase
        country = self.resolver.countries.get(owner.country or "")
        force = self._mission_force(owner, plain, phrase, ctx)
        if force is not None:  # "the UN mission said its troops ...": the mission's force, not a state's
            return force
        if (owner.evidence or "").startswith("org:") or (country is None and owner.name):
            actor = self._resolve(f"{plain} of {owner.text}", ctx)  # "fighters of the PKK"
            if actor is None or actor.name != owner.name:
                return None
        elif country is not None:
            actor = self._resolve(f"{plain} of {country.of_name}", ctx)
            if actor is None or actor.country != country.iso3:
                return None
        else:
            return None
        return _with_text(actor, phrase, f"{actor.evidence}+possessor:{owner.text or owner.name}")

    def _mission_force(self, owner: Actor, plain: str, phrase: str, ctx: DocContext) -> Actor | None:
        """The troops, soldiers or forces of an international body's force ("the UN peacekeeping mission
        said its troops ..."): that force (peacekeepers, ACLED's external forces), not a state's army; the
        men or fighters of a rebel, militia or gang figure ("the gang leader said his men ...") its group."""
        words = plain.lower().split()
        if owner.sector in GROUP_OWNERS and words and words[-1] in GROUP_MEN:
            return _with_text(owner, phrase, f"{owner.evidence}+possessor:{owner.text or owner.name}")
        if owner.sector not in MISSION_SECTORS or owner.inter != 8:
            return None
        own = self._resolve(plain, ctx)
        if own is None or own.sector != "MIL":
            return None
        return _with_text(owner, phrase, f"{owner.evidence}+possessor:{owner.text or owner.name}")

    def _subject_before(self, tok: Token, ctx: DocContext) -> Actor | None:
        """"he", "she", "his": the one person the sentence before has as its subject, when the
        pronoun's own sentence names no person before it ("Macron spoke with Putin. He urged ...")."""
        sent = sentence_of(tok)
        if sent.start == 0 or any(e.label_ == "PERSON" and sent.start <= e.start and e.end <= tok.i
                                  for e in ents_of(tok.doc)):
            return None
        before = sentence_of(tok.doc[sent.start - 1])
        subject = next((t for t in reversed(before) if t.dep_ in ("nsubj", "nsubjpass")
                        and t.head.dep_ == "ROOT" and t.i < t.head.i), None)  # nearest its verb
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.tag_ in ("NNS", "NNPS") or (
                subject.idx < ctx.dateline_end):
            return None
        actor = self._resolve(_phrase(subject, ctx.dateline_end), ctx)
        if actor is None or not actor.sector or not (actor.evidence or "").startswith(PERSON_RULES):
            return None
        return _with_text(actor, tok.text, f"pronoun:subject of the sentence before ({subject.text})")

    def _foreign_named_before(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """"Foreign forces" after the sentences before named one foreign state's forces ("Russian troops
        entered the town. Foreign forces then shelled it"): those forces; none named or several: None."""
        if sentence_of(tok).start == 0:
            return None
        _, found = self._earlier(tok, ctx)
        forces = [a for _, _, a in found if a.sector == "MIL" and a.country and a.country != ctx.focus]
        if len({a.country for a in forces}) != 1:
            return None
        return _with_text(forces[-1], phrase, f"{forces[-1].evidence}+foreign named before")

    def _group_before(self, tok: Token, ctx: DocContext) -> Actor | None:
        """"its": the subject of the sentence before when it is a named organisation or a country ("The
        PKK has bases in Iraq. Its fighters ..."), else the last one the sentences before name."""
        before = sentence_of(tok.doc[sentence_of(tok).start - 1])
        subject = next((t for t in before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"
                        and t.pos_ in ("NOUN", "PROPN") and t.idx >= ctx.dateline_end), None)
        if subject is not None:
            actor = self._resolve(_phrase(subject, ctx.dateline_end), ctx)
            if actor is not None and (actor.evidence or "").startswith(("org:", "country:")):
                return actor
        text, found = self._earlier(tok, ctx)
        for start, end, earlier in reversed(found):
            if (earlier.evidence or "").startswith(("org:", "country:")):
                return _with_text(earlier, text[start:end], earlier.evidence or "")
        return None

    def _described(self, tok: Token, ctx: DocContext) -> Actor | None:
        """People described by what they are believed to be: "men suspected to be Al shabaab
        militants", "gunmen believed to be members of the PKK", "a group identified as rebels"."""
        verbs = [v for v in children_of(tok) if v.dep_ == "acl"]
        if _misread_description(tok):  # "Armed men believed to be members of X killed ...", the parse making
            verbs.append(tok.head)  # "believed" the verb of "men"
        for verb in verbs:
            if verb.lemma_.lower() not in DESCRIBING_VERBS:
                continue
            words = [a for be in children_of(verb) if be.dep_ == "xcomp" and be.lemma_ == "be"
                     for a in children_of(be) if a.dep_ == "attr"]
            words += [g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "as"
                      for g in children_of(c) if g.dep_ == "pobj"]
            for word in words:
                for head in expand(word):
                    actor = self._resolve(_phrase(head, ctx.dateline_end), ctx)
                    if actor is not None and actor.sector and actor.inter not in (0, 7):
                        return _with_text(actor, _phrase(tok, ctx.dateline_end),
                                          f"described as:{actor.evidence}")
        return None

    def _appositive(self, tok: Token, actor: Actor, ctx: DocContext) -> Actor:
        """A name the dictionaries do not know, described by an apposition: "Kofi Annan, UN
        secretary-general", "Salaheddine Sidhoum, Algeria's leading human rights activist"."""
        for child in children_of(tok):
            if child.dep_ == "appos" and child.pos_ == "NUM":
                child = _counted_among(child) or child  # "Maria Kolesnikova, one of the opposition's leaders"
            if child.dep_ not in ("appos", "pobj") or child.pos_ not in ("NOUN", "PROPN"):
                continue
            described = self._resolve(_phrase(child, ctx.dateline_end), ctx)
            if child.dep_ == "appos" and (described is None or not described.country):
                described = self._whose_appositive(child, ctx) or described
            if described is not None and (described.sector or described.country):
                return Actor(text=actor.text, name=actor.name, country=described.country,
                             sector=described.sector, acled_actor=described.acled_actor,
                             inter=described.inter, evidence=f"apposition:{described.evidence}")
        return actor

    def _unit_tied(self, tok: Token, actor: Actor, ctx: DocContext) -> Actor:
        """A named unit read as a group of no state whose apposition or participle ties it to a side ("the
        Hazm Brigade, part of the Yemeni army", "..., affiliated with the Southern Resistance"): the unit of
        that armed side, read as "the brigade of <side>" (``unit_tie_words``; brigades59); else as read."""
        for child in children_of(tok):
            if child.dep_ not in ("appos", "acl", "amod") or child.lower_ not in W["unit_tie_words"]:
                continue
            for prep in children_of(child):
                if prep.dep_ != "prep" or prep.lower_ not in W["unit_tie_preps"]:
                    continue
                side = next((g for g in children_of(prep) if g.dep_ == "pobj"), None)
                if side is None:
                    continue
                found = self._resolve(f"{tok.lower_} of {_phrase(side, ctx.dateline_end)}", ctx)
                if found is not None and found.sector in W["unit_tie_sectors"] and (
                        "+named:" not in (found.evidence or "")):
                    return _with_text(found, actor.text, f"unit tied:{found.evidence}")
        return actor

    def _group_in_apposition(self, tok: Token, actor: Actor, ctx: DocContext) -> Actor:
        """A person's name the dictionaries read as a people ("Jeeyand Baloch"), whose apposition names the
        organisation he speaks for ("a spokesman for the BLA"): that organisation (bombs49); else as read."""
        for child in children_of(tok):
            if child.dep_ != "appos" or child.pos_ != "NOUN":
                continue
            group = self.actor(child, ctx)
            if group is not None and (group.evidence or "").startswith("org:"):
                return _with_text(group, actor.text, f"apposition:{group.evidence}")
        return actor

    def _opposed_in_apposition(self, tok: Token, actor: Actor, ctx: DocContext) -> Actor | None:
        """A leader the dictionaries hold in office, whom an apposition calls the opposition's ("Peter
        Mutharika, leader of Malawi's opposition DPP, called for fresh elections"): the opposition, as
        "opposition leader X" is; None otherwise."""
        words = W["opposed_apposition_words"]
        if not any(c.dep_ == "appos" and any(t.lower_ in words for t in c.subtree) for c in children_of(tok)):
            return None
        found = self._resolve(f"opposition leader {actor.text}", ctx)
        if found is None or found.name != actor.name or found.sector != "OPP":
            return None
        rule = (found.evidence or "").split(" (by the")[0]
        return _with_text(found, actor.text, f"{rule} (by the apposition)")

    def _whose_appositive(self, noun: Token, ctx: DocContext) -> Actor | None:
        """An apposition told by its "of" ("Kim Yo Jong, the powerful sister of North Korea's leader"): the
        whole phrase, whose owner gives the country (roles49); None without an "of" naming a country."""
        of = next((c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:
            return None
        words = [t for t in noun.subtree if t.i >= noun.left_edge.i and t.idx >= ctx.dateline_end]
        described = self._resolve(" ".join(t.text for t in words if not t.is_punct), ctx) if words else None
        return described if described is not None and described.country else None

    def _named_place(self, tok: Token, ctx: DocContext) -> Actor | None:
        """A town's name told after a place noun and its owner ("the Chechen capital Grozny", "the Bosnian
        town Gorazde"), which the parse makes one phrase: whom the words before the name give, as "the
        Chechen capital" alone would. None when no place noun stands right before the name."""
        noun = tok.doc[tok.i - 1] if tok.i > 0 else None
        if noun is None or noun.head.i != tok.i or noun.lemma_.lower() not in PLACE_NOUNS:
            return None
        owners = [c for c in children_of(noun)
                  if c.dep_ in ("compound", "amod") and c.ent_type_ in ("NORP", "GPE")]
        actor = self._resolve(owners[0].text, ctx) if owners else None
        if actor is None or not actor.country or _guessed_country(actor):
            return None
        return _with_text(actor, _phrase(tok, ctx.dateline_end), f"named place:{actor.evidence}")

    def _serving_as(self, tok: Token, actor: Actor, ctx: DocContext) -> Actor:
        """A person of no known country whose clause says what office of a state he holds or leaves ("Cedras
        stepped down as commander of the Haitian army", "was sworn in as Bosnia's prime minister"): that
        state's, with the office's sector when the name gave none. Only a name: "the rebels ... as" keeps."""
        named = tok.ent_type_ == "PERSON" or (actor.evidence or "").startswith(("title:", UNKNOWN_NAME))
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PROPN" or not named:
            return actor
        offices = [o for p in children_of(tok.head) if p.dep_ == "prep" and p.lower_ == "as"
                   for o in children_of(p) if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        for office in offices:
            held = self._resolve(_phrase(office, ctx.dateline_end), ctx)
            if held is not None and held.country and not _guessed_country(held) and (
                    held.sector in STATE_SECTORS):
                out = actor.copy()
                out.country, out.sector = held.country, actor.sector or held.sector
                out.evidence = f"{actor.evidence}+office:{held.evidence}"
                return out
        return actor

    def _applicant(self, tok: Token, ctx: DocContext) -> Actor | None:
        """The state a body's membership is for: "backed EU membership talks for Ukraine", "NATO accession
        for Sweden" (Ukraine, Sweden; not the EU or NATO)."""
        if not (tok.lemma_.lower() in MEMBERSHIP_NOUNS or any(
                c.dep_ == "compound" and c.lemma_.lower() in MEMBERSHIP_NOUNS for c in children_of(tok))):
            return None
        pobj = next((g for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "for"
                     for g in children_of(c) if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        actor = self.actor(pobj, ctx) if pobj is not None else None
        return actor if actor is not None and actor.country else None

    def _owner(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """A thing that stands for its owner: "a militia check point", "a police station" (a
        modifier), "Sweden's decision", "calls by Belarus's rulers", "an offer from Kabul", "a
        Senegalese peace plan". Things owned by a person or group are aimed at them."""
        if tok.lower_ in NAMED_PLACE_WORDS and tok.text[:1].isupper():
            return None  # "looting shops on Moi Avenue": a street named after someone is no one's
        named = self._apostrophe_name(tok, phrase, ctx)
        if named is not None:  # "Kurdistan Workers' Party targets": the party's, not a party of the place
            return named
        kind = tok.lemma_.lower() in KIND_NOUNS  # "military aid to Guatemala": Guatemala's military gets it
        for child in tok.children:  # "Hungary's new media law", "the government's foreign agents law": the
            # possessor before any modifier
            # "condemned Navalny's detention": not aimed at Navalny
            if (child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN") and child.idx >= ctx.dateline_end
                    and not _undergoes(tok, child) and tok.lower_ not in self.resolver.relation_kinds
                    and not self._named_inside(tok, child, ctx)):
                # "a governor's aide", "a chief's son": the aide's or son's own, not the governor (actors46)
                owner = self._resolve(_phrase(child, ctx.dateline_end), ctx)
                if owner is not None and ((owner.evidence or "").startswith(NAMED_OWNER_RULES) or (
                        child.pos_ == "NOUN" and owner.sector)):
                    return _with_text(owner, phrase, f"owner:{owner.evidence}")
        about = tok.lemma_.lower() in ABOUT_THINGS  # "a foreign agent law": a law about agents
        against = _against_words(tok)  # "anti-personnel mines": no personnel's (bombs49)
        mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod") and not _field_word(tok, c)
                and c.i not in against]
        if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN":  # "French national Olivier Grondeau": a
            return self._described_person(tok, mods, phrase, ctx)  # person, whom no state owns (lead48)
        if len(mods) > 1 and mods[0].left_edge.idx >= ctx.dateline_end and not about:
            # all its modifiers first: "Chinese coast guard vessels" are the coast guard's, not China's
            owner = self._resolve(tok.doc[mods[0].left_edge.i:tok.i].text, ctx)
            if owner is not None and owner.sector and not self._act_of_another(tok, owner, ctx) and (
                    not self._named_after(tok, mods[0], owner)):
                return _with_text(owner, phrase, f"owner:{owner.evidence}")
        for child in children_of(tok):
            owner_tok = None
            if child.dep_ in ("amod", "compound") and child.lower_ in ADJECTIVE_SENSES or (
                    _field_word(tok, child)):
                continue  # "a general strike", "the General Hospital": no general's; "military ties"
            if self._name_prefixed(child) or child.i in against:
                continue  # "the Pan-American highway": no American's
            if child.dep_ == "compound" and about:
                continue
            if child.dep_ in ("compound", "amod", "nmod") and child.pos_ in ("NOUN", "PROPN", "ADJ"):
                owner_tok = child
            elif child.dep_ == "poss" and tok.lemma_.lower() in OWNED_THINGS:
                owner_tok = child
            elif child.dep_ == "prep" and child.lower_ in OWNER_PREPS and tok.lemma_.lower() in OWNED_THINGS:
                owner_tok = next((c for c in children_of(child) if c.dep_ == "pobj"), None)
            if owner_tok is None or owner_tok.idx < ctx.dateline_end:
                continue
            # a modifier's own words: "Senegalese", not "Senegalese peace"
            words = (_phrase(owner_tok, ctx.dateline_end) if owner_tok is not child
                     else tok.doc[owner_tok.left_edge.i:owner_tok.i + 1].text)
            owner = self._resolve(words, ctx)
            if owner is not None and child.dep_ in ("compound", "amod") and (
                    _city_place(tok, child, owner, ctx)):  # "attacked Brussels airport", "shelled Kyiv
                if _shelled_place(tok):  # suburbs": the city's place, no body's; "shelled Damascus
                    return self._city_country(child, phrase, ctx)  # airport": its country, no one's
                return self._city_people(child, phrase, ctx)
            if kind and owner_tok is child and child.pos_ == "ADJ" and owner is not None and not (
                    owner.evidence or "").startswith(NAMED_OWNER_RULES):
                owner = self._recipients(tok, words, ctx) or owner
            if owner is not None and not (owner.sector or owner.country):
                owner = self._appositive(owner_tok, owner, ctx)  # "calls by Kofi Annan, UN secretary-general"
            if owner is not None and owner.sector == "GOV" and tok.lemma_.lower() in ARMED_THINGS and (
                    owner.evidence or "").startswith(("country:", "demonym:")):
                forces = self._resolve(f"{words} forces", ctx)  # "Israeli strikes": Israel's military
                owner = forces if forces is not None and forces.country == owner.country else owner
            if owner is not None and owner.sector and not self._act_of_another(tok, owner, ctx) and (
                    child.dep_ == "poss" or not self._named_after(tok, child, owner)):
                return _with_text(owner, phrase, f"owner:{owner.evidence}")
        return self._split_owner(tok, phrase, ctx)

    def _apostrophe_name(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """The group whose name holds a plural's apostrophe before the thing ("Kurdistan Workers' Party
        targets", "the Workers' Party offices"): the parse makes "Workers" a possessor and "Party" a bare
        modifier, so the whole name before the thing is read, kept only when it names a group (names59)."""
        doc = tok.doc
        cut = next((c for c in tok.lefts if c.dep_ == "poss" and c.i + 2 < tok.i
                    and doc[c.i + 1].text in ("'", "’") and not c.whitespace_), None)
        if cut is None or tok.left_edge.idx < ctx.dateline_end:
            return None
        owner = self._resolve(doc[tok.left_edge.i:tok.i].text, ctx)
        if owner is None or not (owner.evidence or "").startswith("org:"):
            return None
        return _with_text(owner, phrase, f"owner:{owner.evidence}")

    def _named_after(self, thing: Token, mod: Token, owner: Actor) -> bool:
        """A facility whose name holds a leader's or a titled man's ("the Indira Gandhi airport", "the King
        Fahd Causeway", "the Imam Ali shrine"; ``named_after_heads``): named after him, not his."""
        head = thing.lemma_.lower()
        pair = f"{thing.doc[thing.i - 1].lower_} {head}" if thing.i > 0 else head
        if head not in NAMED_AFTER_HEADS and pair not in NAMED_AFTER_HEADS:
            return False
        rule = owner.evidence or ""
        if rule.startswith("leader:"):
            return True
        title = mod.left_edge  # "Imam" of "Imam Ali", "King" of "King Fahd"
        name = thing.doc[title.i + 1] if title.i + 1 < thing.i else None
        titled = any(e.kind == "role" and (e.ref.title or title.lower_ in self.resolver.before_surnames
                                           or title.lower_ in self.resolver.honorifics)
                     for e in self.resolver.lexicon.table.get((title.lower_,), ()))
        return (rule.startswith("role:") and titled and title.is_title and name is not None and name.is_title
                and name.pos_ == "PROPN")

    def _people_of(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """The civilians of the country a demonym names before a plural of people no dictionary knows
        ("Venezuelan escapees", "Mexican braceros protested"), not that country's government (caribbean-1)."""
        if not _unknown_people(tok):
            return None
        for child in tok.lefts:
            if child.dep_ not in ("amod", "compound", "nmod") or child.idx < ctx.dateline_end:
                continue
            owner = self._resolve(tok.doc[child.left_edge.i:child.i + 1].text, ctx)
            if owner is not None and owner.sector == "GOV" and owner.country and (
                    owner.evidence or "").startswith(("demonym:", "country:")):
                people = self.conventional("civilians", owner.country)
                return None if people is None else _with_text(people, phrase, f"people of:{owner.evidence}")
        return None

    def _city_people(self, city: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """The civilians of the country of a city whose place is hit ("attacked Brussels airport")."""
        iso = self._country_of(city, ctx)
        people = self.conventional("civilians", iso) if iso else None
        return None if people is None else _with_text(people, phrase, f"city's place:{iso}")

    def _city_country(self, city: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """The country of a city whose airport is shelled from afar ("shelled Damascus airport"), with no
        sector: who was hit is not said, as for violence at a place (``_country_hit``; roles57)."""
        country = self.resolver.countries.get(self._country_of(city, ctx) or "")
        return None if country is None else Actor(text=phrase, name=country.name, country=country.iso3,
                                                  evidence=f"country where the violence hit:{country.iso3}")

    def _act_of_another(self, act: Token, owner: Actor, ctx: DocContext) -> bool:
        """An act of forces ("the military drills", ``act_nouns``) whose owner is only guessed from the
        story's place or focus: not when "by" names its doer ("drills held by Azerbaijan"), nor when the one
        speaking of it is of that country ("Moscow denounced the military manoeuvres"; targets-2)."""
        rule = owner.evidence or ""
        if act.lemma_.lower() not in ACT_NOUNS or not ("+where:" in rule or "+focus:" in rule):
            return False
        if _by_doers(act):
            return True
        verb = act.head if act.dep_ in ("dobj", "nsubjpass") else (
            act.head.head if act.dep_ == "pobj" and act.head.dep_ == "prep" else None)
        speakers = [c for c in children_of(verb) if c.dep_ in ("nsubj", "agent")] if verb is not None else []
        for speaker in (_by_whom(s) if s.dep_ == "agent" else s for s in speakers):
            if speaker is None or speaker.i == act.i or speaker.idx < ctx.dateline_end:
                continue
            actor = self._resolve(_phrase(speaker, ctx.dateline_end), ctx)
            if actor is not None and actor.country == owner.country:
                return True
        return False

    def _named_inside(self, tok: Token, possessor: Token, ctx: DocContext) -> bool:
        """Do the words between a possessor and the thing name a group of their own ("Haiti's Viv Ansanm gang
        coalition", "Haiti's G9 gang alliance")? Then the thing is that group's, and the possessor only says
        where it is (communal49)."""
        first = possessor.right_edge.i + 1
        if tok.lemma_.lower() not in words()["coalition_heads"] or first >= tok.i or (
                tok.doc[first].idx < ctx.dateline_end):
            return False
        inner = self._resolve(tok.doc[first:tok.i].text, ctx)
        return inner is not None and (inner.evidence or "").startswith("org:")

    def _described_person(self, tok: Token, mods: list[Token], phrase: str, ctx: DocContext) -> Actor | None:
        """A person the dictionaries do not know, by the words before the name that say who they are
        ("French national Olivier Grondeau": a French civilian), never the state their adjective names."""
        words = [m for m in mods if m.ent_type_ != "PERSON"]
        if not words or words[0].left_edge.idx < ctx.dateline_end:
            return None
        described = self._resolve(tok.doc[words[0].left_edge.i:words[-1].i + 1].text, ctx)
        if described is None or not described.sector or (described.evidence or "").startswith(
                ("country:", "demonym:")):
            return None
        return _with_text(described, phrase, f"described person:{described.evidence}")

    def _held_by(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """A place told with its holder joined to a participle of holding ("Houthi-held Hodeidah port",
        "RSF-controlled Nyala", "rebel-held areas"): the holder, an armed group or a state."""
        doc = tok.doc
        for part in children_of(tok):
            if (part.dep_ not in ("amod", "compound") or part.lower_ not in HOLDING or part.i < 2
                    or doc[part.i - 1].text != "-" or doc[part.i - 1].whitespace_):
                continue
            holder = doc[part.i - 2]
            if holder.head.i != part.i or holder.pos_ not in ("PROPN", "NOUN", "ADJ") or (
                    holder.idx < ctx.dateline_end):
                continue
            words = doc[holder.left_edge.i:holder.i + 1].text
            actor = self._resolve(words, ctx)
            if actor is not None and actor.sector == "GOV" and (actor.evidence or "").startswith(
                    ("country:", "demonym:")):  # "Russian-occupied Donetsk": held by Russia's forces
                forces = self._resolve(f"{words} forces", ctx)
                actor = forces if forces is not None and forces.country == actor.country else actor
            if actor is not None and actor.sector:
                return _with_text(actor, phrase, f"holder:{actor.evidence}")
        return None

    def _name_prefixed(self, tok: Token) -> bool:
        """Whether a word is joined by a hyphen to a name prefix before it ("Pan-American", "Inter-American",
        ``name_prefixes`` in roles.yaml) or to a stance ("pro-Palestinian", ``stance_prefixes``): part of a
        wider name or a stance, no demonym of its own."""
        doc, i = tok.doc, tok.i
        return (i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
                and doc[i - 2].lower_ in self.resolver.name_prefixes | self.resolver.stance_prefixes)

    def _split_owner(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """"rejected NATO demands to withdraw", the parse making the owner a second object: its owner."""
        before = _split_object(tok)
        if before is None or tok.lemma_.lower() not in OWNED_THINGS or before.idx < ctx.dateline_end:
            return None
        owner = self._resolve(tok.doc[before.left_edge.i:before.i + 1].text, ctx)
        if owner is None or not owner.sector:
            return None
        return _with_text(owner, phrase, f"owner:{owner.evidence}")

    def _recipients(self, tok: Token, words: str, ctx: DocContext) -> Actor | None:
        """"military aid to Guatemala", "security assistance for Kyiv": the adjective's body in the country
        that receives it (not the country of the event's place)."""
        holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]  # "suspended military aid to Guatemala"
        for prep in (c for h in holders for c in children_of(h)):
            if prep.dep_ != "prep" or prep.lower_ not in ("to", "for"):
                continue
            for obj in children_of(prep):
                iso = self._country_of(obj, ctx) if obj.dep_ == "pobj" else None
                if obj.dep_ == "pobj" and not iso:  # "military aid to the Honduran army" (plover62)
                    iso = next((c for m in children_of(obj) if m.dep_ in ("amod", "compound", "poss")
                                and (c := self._country_of(m, ctx))), None)
                if iso:
                    actor = self.resolver.resolve(words, date=ctx.date, focus=iso, where=iso)
                    if actor is not None and actor.country == iso:
                        actor.evidence = f"{actor.evidence}+recipient"
                        return actor
        return None

    def _modified(self, tok: Token, ctx: DocContext, alone: Actor | None) -> Actor | None:
        """A country word before a noun it owns, read with that noun: "a Russian air strike" is Russia's
        military, "a Sudanese protest" Sudan's protesters (the country's own government otherwise)."""
        start = max(tok.left_edge.i, tok.head.left_edge.i)
        while start < tok.i and tok.doc[start].dep_ in ("det", "nummod", "punct"):
            start += 1
        if tok.doc[start].idx < ctx.dateline_end:
            return None
        actor = self._resolve(tok.doc[start:tok.head.i + 1].text, ctx)
        if actor is None or not actor.sector or not (actor.evidence or "").startswith("role:") or (
                alone is not None and actor.country != alone.country):
            return None
        rule = f"{actor.evidence}+modifier of:{tok.head.text}"
        return _with_text(actor, _phrase(tok, ctx.dateline_end), rule)

    def _sent_into(self, tok: Token, actor: Actor, ctx: DocContext) -> Actor:
        """Forces told in the passive as sent to a country ("soldiers were deployed to Niger", "troops were
        sent to Mali") are not that country's, whose they are only guessed from the place: no country (the
        sender is not told; ``sending_verbs``; roles57)."""
        verb = tok.head
        if (tok.dep_ != "nsubjpass" or actor.sector not in ("MIL", "COP") or not _guessed_country(actor)
                or verb.lemma_.lower() not in W["sending_verbs"]):
            return actor
        for place in _sent_to(verb):
            named = self.resolver.resolve(_phrase(place, ctx.dateline_end), date=ctx.date)
            if named is not None and named.country == actor.country and (
                    (named.evidence or "").startswith("country:")):
                placeless = self._placeless(actor, ctx)  # "Britain said troops will be deployed to
                # Afghanistan": the reporting state's own (cameo61)
                return (self._speakers_forces(tok, placeless.text or "", ctx) or placeless) if (
                    placeless.country is None) else actor
        return actor

    def _placeless(self, actor: Actor, ctx: DocContext) -> Actor:
        """The actor resolved again with no country taken from the place of the event."""
        again = self.resolver.resolve(actor.text or "", date=ctx.date)
        if again is None or again.sector != actor.sector:
            return actor
        return _with_text(again, actor.text or "", f"{again.evidence}+not of the place")

    def _fled_from(self, tok: Token, actor: Actor, ctx: DocContext) -> Actor:
        """People who flee a country named as the verb's object or after "from" are of that country, not of
        the one they flee to: "thousands of refugees fled Ethiopia into Sudan"."""
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:  # "thousands of refugees fled"
            verb = verb.head
        places = [c for c in children_of(verb) if c.dep_ == "dobj"]
        # "refugees from Sudan" too, and "fled into Chad from Sudan" with "from" hung on Chad (lead48)
        hosts = [verb, tok, *(g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("into", "to")
                              for g in children_of(c) if g.dep_ == "pobj")]
        places += [g for w in hosts for c in children_of(w) if c.dep_ == "prep" and c.lower_ == "from"
                   for g in children_of(c) if g.dep_ == "pobj"]
        # "fled into Chad from Sudan's Darfur region": the country that owns the region
        places += [c for p in places for c in children_of(p) if c.dep_ == "poss" and c.pos_ == "PROPN"]
        for place in places:
            named = self.resolver.resolve(_phrase(place, ctx.dateline_end), date=ctx.date)
            if named is not None and (named.evidence or "").startswith("country:") and named.country:
                again = self.resolver.resolve(actor.text or "", date=ctx.date, focus=named.country,
                                              where=named.country)
                if again is not None and again.sector == actor.sector:
                    return _with_text(again, actor.text or "", f"{again.evidence}+fled from")
        return actor

    def _carried(self, tok: Token, ctx: DocContext) -> Actor | None:
        """A vehicle named with whom it carries stands for them: "a bus carrying Afghan refugees"."""
        for verb in children_of(tok):
            if verb.dep_ != "acl" or verb.lemma_.lower() not in CARRYING_VERBS:
                continue
            for obj in children_of(verb):
                if obj.dep_ == "dobj" and obj.idx >= ctx.dateline_end:
                    actor = self._resolve(_phrase(obj, ctx.dateline_end), ctx)
                    if actor is not None and actor.sector:
                        return _with_text(actor, _phrase(tok, ctx.dateline_end), f"carrying:{actor.evidence}")
        return None

    def _own_words(self, tok: Token, phrase: str, actor: Actor, ctx: DocContext) -> Actor | None:
        """An actor named after another's possessive with a country word of its own ("the Chinese firm's
        French partner", "the Russian bank's German subsidiary"): its own words' country, not its owner's."""
        owner = next((c for c in children_of(tok) if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
        word = owner and next((c for c in children_of(tok) if c.dep_ in ("amod", "compound") and c.i > owner.i
                               and c.ent_type_ == "NORP"), None)
        if word is None or not self.resolver.country_mentions(word.text):
            return None  # "Germany's Social Democrats": no country word of their own (actors46)
        own = self._resolve(" ".join(t.text for t in tok.doc[owner.right_edge.i + 1:tok.i + 1]
                                     if t.dep_ != "case"), ctx)
        if own is not None and own.country and not _guessed_country(own):
            same = own.country == actor.country
            return None if same else _with_text(own, phrase, f"own words:{own.evidence}")
        named = self.resolver.country_mentions(word.text)  # "German subsidiary": its own country
        if not named or named[0][2] == actor.country:
            return None
        return _with_text(actor, phrase, f"own words:demonym:{word.text}", country=named[0][2])

    def _ours(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """'"Our troops have pulled out of the town," a Russian army spokesman said': a body a speaker calls
        "our" in what it reports is of the speaker's country (syntax29)."""
        ours = next((c for c in children_of(tok) if c.dep_ == "poss" and c.lower_ in FIRST_PERSON), None)
        speaker = self._reporter(ours, ctx) if ours is not None else None
        if speaker is None or not speaker.country:
            return None
        words = tok.doc[ours.i + 1:tok.i + 1].text  # "our armed forces": "armed forces"
        own = self.resolver.resolve(words, date=ctx.date, focus=speaker.country, where=speaker.country)
        if own is None or own.country != speaker.country:
            return None
        return _with_text(own, phrase, f"first-person owner:{speaker.evidence}")

    def _reporter(self, tok: Token, ctx: DocContext, noun: bool = False) -> Actor | None:
        """"Japan said it had halted aid", "the rebels say they will fight on": a pronoun subject
        of a reported clause (with ``noun``, any word there) is the actor who reports it."""
        if tok.dep_ not in ("nsubj", "nsubjpass", "poss") or (
                not noun and tok.lower_ not in REPORTED_PRONOUNS | POSSESSIVES):
            return None
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:  # "their withdrawal"
            verb = verb.head
        while verb.dep_ in ("conj", "xcomp", "aux") and verb.head.i != verb.i:
            verb = verb.head
        saying = _answered_report(verb) if tok.dep_ == "poss" else None
        if saying is None and (
                verb.dep_ != "ccomp" or verb.head.lemma_ not in REPORTING_VERBS | STANCE_VERBS):
            return None
        saying = saying or verb.head
        speaker = next((c for c in saying.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")),
                       None) or _quoted_speaker(saying)
        if speaker is None or speaker.idx < ctx.dateline_end:
            return None
        told = _told_person(tok, verb.head)
        if told is not None:  # "told Imran Khan that his detention had been invalid": Khan was detained
            actor = self.actor(told, ctx)  # a person: so tagged, or known ("Alexei Navalny" tagged ORG)
            if actor is not None and (told.ent_type_ == "PERSON" or (actor.evidence or "").startswith(
                    ("leader:", "title:"))):
                return _with_text(actor, tok.text, f"pronoun:addressee of '{verb.head.text}' ({told.text})")
        actor = self._resolve(_phrase(speaker, ctx.dateline_end), ctx)
        if actor is not None and (actor.evidence or "").startswith("role:") and _told_again(speaker):
            actor = self.actor(speaker, ctx) or actor  # "The officers said they ...": named before (roles47)
        if actor is None or not (actor.sector or actor.country):
            actor = self._named_around(speaker, ctx)
        if actor is None or not (actor.sector or actor.country):
            return None
        return _with_text(actor, tok.text, f"pronoun:subject of '{saying.text}' ({speaker.text})")

    def _named_around(self, head: Token, ctx: DocContext) -> Actor | None:
        """A dictionary organisation whose name runs over ``head``, the parse having cut it and the tagger
        found no name: "The Strategic Framework for the Defence of the People of Azawad said it ..."
        (conflict46)."""
        doc = head.doc
        first, last = doc[head.left_edge.i], doc[head.right_edge.i]
        text = text_of(doc)[first.idx:last.idx + len(last.text)]
        at = head.idx - first.idx
        found = self.resolver.mentions(text, date=ctx.date, focus=ctx.focus, where=ctx.where)
        return next((actor for start, end, actor in found
                     if start <= at < end and (actor.evidence or "").startswith("org:")), None)

    def _forces_named_before(self, tok: Token, ctx: DocContext) -> Actor | None:
        """"Israeli warplanes pounded Beirut after the military told residents to flee": a state's forces
        told bare as a doer are the forces of a named state doing something earlier in the sentence, not the
        forces of the event's place; else None."""
        sent = sentence_of(tok)
        for cand in sent[: tok.i - sent.start]:
            if cand.dep_ != "nsubj" or cand.pos_ not in ("NOUN", "PROPN") or cand.idx < ctx.dateline_end:
                continue
            other = self.actor(cand, ctx)
            rule = (other.evidence or "") if other is not None else ""
            if other is None or other.sector != "MIL" or not other.country or _guessed_place(rule):
                continue
            return _with_text(other, _phrase(tok, ctx.dateline_end), f"same forces as before:{rule}")
        return None

    def _reporters_own(self, tok: Token, actor: Actor | None, ctx: DocContext) -> Actor | None:
        """"Azerbaijan said Armenian forces had fired on its positions": a thing owned by "its" in a
        reported clause whose subject is plural (so not its owner) is the reporter's own, of its country."""
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "its"), None)
        if owner is None:
            return None
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        doers = clause_subject(verb) if verb.pos_ in ("VERB", "AUX") else []
        if not doers or any(d.tag_ not in ("NNS", "NNPS") for d in doers):
            return None  # "Japan said China had expanded its navy": China's navy
        if any(tok.i == d.i or tok in d.subtree for d in doers):
            return None  # "Ethiopia said its planes had bombed ...": the doers themselves, named as they are
        reporter = self._reporter(owner, ctx)
        if reporter is None or reporter.country is None:
            return None
        own = (actor or reporter).copy()
        own.text, own.country = _phrase(tok, ctx.dateline_end), reporter.country
        own.evidence = f"possessor:the reporter's own ({reporter.evidence})"
        return own

    def _object_antecedent(self, tok: Token, ctx: DocContext) -> Actor | None:
        """"him", "her" or "them" as an object is someone named before it in the sentence, other than
        its own clause's subject: "received the Polish leader and urged him to ..." (the leader),
        "after the rebels seized the town, troops attacked them" (the rebels), "villagers said the
        soldiers beat them" (the villagers)."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and verb.pos_ == "NUM" and verb.dep_ == "dobj":
            verb = verb.head  # "released four of them": the verb that has the count as its object
        subjects = clause_subject(verb) if verb.pos_ in ("VERB", "AUX") else []
        own = {t.i for s in subjects for t in s.subtree} - _described_in(subjects)
        plural = tok.lower_ == "them"
        sent = sentence_of(tok)
        for cand in reversed(sent[: tok.i - sent.start]):
            if cand.i in own or cand.pos_ not in ("NOUN", "PROPN") or cand.idx < ctx.dateline_end:
                continue
            if cand.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative", "pobj", "appos", "conj") and not (
                    cand.dep_ == "compound" and cand.head.lemma_.lower() in CAPTIVES):  # "workers hostage"
                continue
            if (cand.tag_ in ("NNS", "NNPS")) != plural:
                continue
            if not plural and cand.lemma_.lower() in words()["not_persons"]:
                continue  # "dragged a man out of a police station and beat him": not the station
            actor = self._resolve(_phrase(cand, ctx.dateline_end), ctx)
            if actor is not None and not plural and _place_named(cand, actor, ctx):
                continue  # "shot two people in Vienna before police killed him": not Austria's government
            if actor is not None and actor.sector and not (actor.evidence or "").startswith("country:"):
                return _with_text(actor, tok.text, f"pronoun:named before ({cand.text}): {actor.evidence}")
        return None

    def _hit_own_side(self, clause: Token, main: Actor, ctx: DocContext) -> Actor | None:
        """'Security forces killed 12 militants after they stormed a Frontier Corps camp': a pronoun whose
        clause's deed would hit the main subject's own side stands for the main clause's object, the other
        side (no side attacks its own); None when the deed hits another side."""
        hit = [self.actor(o, ctx) for o in _children_of_dep(clause, ("dobj",))]
        if not any(a is not None and _same_side(a, main) for a in hit):
            return None
        for obj in _children_of_dep(clause.head, ("dobj",)):
            other = self.actor(obj, ctx) if obj.tag_ in ("NNS", "NNPS") else None
            if other is not None and other.sector and not _same_side(other, main):
                return _with_text(other, obj.text, f"pronoun:object of the main clause, not the side hit "
                                                   f"({obj.text}): {other.evidence}")
        return None

    def _subject_person(self, tok: Token, ctx: DocContext) -> Actor | None:
        """'He' is the last subject before it, in its sentence, that names an office holder or a titled
        person: "King Hassan of Morocco was quoted as saying he would host ..."."""
        sent = sentence_of(tok)
        for cand in reversed(sent[: tok.i - sent.start]):
            if cand.dep_ in ("nsubj", "nsubjpass") and cand.pos_ == "PROPN" and cand.idx >= ctx.dateline_end:
                actor = self._resolve(_phrase(cand, ctx.dateline_end), ctx)
                if actor is not None and (actor.evidence or "").startswith(("leader:", "title:")):
                    return _with_text(actor, tok.text, f"pronoun:subject before ({cand.text})")
        return None

    def _plural_antecedent(self, tok: Token, ctx: DocContext) -> Actor | None:
        """'They' is the subject of the sentence before, when that names a group: "Police
        blocked the square. They beat many protesters." """
        if tok.dep_ == "nsubj" and tok.head.dep_ == "advcl":  # "Police held back, a day after they arrested
            main = clause_subject(tok.head.head)               # 20 leaders": the main clause's subject
            if main and main[0].pos_ in ("NOUN", "PROPN") and main[0].idx >= ctx.dateline_end:
                actor = self.actor(main[0], ctx)
                if actor is not None:
                    hit = self._hit_own_side(tok.head, actor, ctx)
                    if hit is not None:  # "killed 12 militants after they stormed a Frontier Corps camp"
                        return hit
                    return _with_text(actor, tok.text, f"pronoun:subject of the main clause ({main[0].text})")
        sent = sentence_of(tok)
        if sent.start == 0:
            return None
        doer = self._clause_doer(tok, ctx) if tok.lower_ in OBJECT_PRONOUNS else None
        deps = ("nsubj",) if doer is None else ANTECEDENT_DEPS
        before = sentence_of(tok.doc[sent.start - 1])
        undergone = _reported_passives(before) if tok.dep_ == "nsubjpass" else []
        for subject in [*undergone, *_antecedents_in(before, tok)]:
            if subject.dep_ not in deps and subject not in undergone:
                continue
            if subject.pos_ not in ("NOUN", "PROPN", "NUM"):
                continue
            cand = (expand(subject) or [subject])[0]  # "tens of thousands of people"
            if cand.pos_ in ("NOUN", "PROPN") and cand.idx >= ctx.dateline_end and (
                    doer is None or cand.tag_ in ("NNS", "NNPS")):
                actor = self._resolve(_phrase(cand, ctx.dateline_end), ctx)
                if actor is not None and doer is not None and (
                        actor.name == doer.name or self.resolver.may_corefer(doer, actor)):
                    continue  # "IS fighters stormed the village. The militants attacked them": not IS
                if actor is not None and doer is not None and self._named_beside(tok, actor, ctx):
                    continue  # "Police detained the men. Residents took them from the officers": not police
                if actor is not None:
                    why = f"pronoun:{subject.dep_} of the sentence before ({cand.text})"
                    return _with_text(actor, tok.text, why)
        return None

    def _named_beside(self, tok: Token, actor: Actor, ctx: DocContext) -> bool:
        """Whether an object pronoun's own clause names ``actor`` in another of its places ("took them
        from the soldiers": "them" is not the soldiers)."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        hosts = [verb, *(c for c in children_of(verb) if c.dep_ in ("advmod", "prt"))]  # "pulled them away"
        preps = [c for h in hosts for c in children_of(h) if c.dep_ == "prep" and c.lower_ in PRONOUN_APART]
        nouns = [c for p in preps for c in children_of(p) if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
        for noun in nouns:
            other = self.actor(noun, ctx)
            if other is not None and (other.name == actor.name or self.resolver.may_corefer(other, actor)):
                return True
        return False

    def _clause_doer(self, tok: Token, ctx: DocContext) -> Actor | None:
        """The actor who is the subject of an object pronoun's clause, read as its sentence reads it."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        subjects = clause_subject(verb) if verb.pos_ in ("VERB", "AUX") else []
        if not subjects or subjects[0].pos_ not in ("NOUN", "PROPN"):
            return None
        return self.actor(subjects[0], ctx)

    def _earlier(self, tok: Token, ctx: DocContext) -> tuple[str, list[tuple[int, int, Actor]]]:
        """The text of the few sentences before the token's and the actors it mentions (offsets in
        the document), kept for the other events of the sentence."""
        sent = sentence_of(tok)
        key = ("earlier", sent.start, ctx.where)
        kept = ctx.named.get(key)
        if kept is None:
            doc, first = tok.doc, sent
            for _ in range(EARLIER_SENTENCES):
                if first.start == 0:
                    break
                first = sentence_of(doc[first.start - 1])
            begin = max(first.start_char, ctx.dateline_end)
            text = text_of(doc)
            found = self.resolver.mentions(text[begin:sent.start_char], date=ctx.date, focus=ctx.focus,
                                           where=ctx.where) if begin < sent.start_char else []
            kept = ctx.named[key] = (text, [(begin + a, begin + b, actor) for a, b, actor in found])
        return kept

    def _plural_states(self, tok: Token, ctx: DocContext) -> list[Actor]:
        """"The two Koreas exchanged prisoners", "both Sudans": the two states a plural name stands for."""
        names = PLURAL_STATES.get(tok.lower_) if tok.pos_ == "PROPN" else None
        states = [a for a in (self._resolve(n, ctx) for n in names or ()) if a is not None]
        phrase = _phrase(tok, ctx.dateline_end) if len(states) > 1 else ""
        return [_with_text(a, phrase, f"plural name:{a.evidence}") for a in states] if phrase else []

    def _both_named(self, tok: Token, ctx: DocContext) -> list[Actor]:
        """"the two countries", "both sides", "the two governments": the last two states the sentences
        before name, in their order ("India and China held talks. The two countries agreed ...")."""
        paired = any((c.dep_ == "nummod" and c.lower_ == "two")
                     or (c.dep_ in ("det", "predet") and c.lower_ == "both") for c in children_of(tok)
                     ) or paired_sides(tok)  # "the warring parties"
        if tok.lower_ in LEADER_PAIR_NOUNS and paired and sentence_of(tok).start > 0:
            return self._two_leaders(tok, ctx)
        if (tok.lower_ not in BOTH_NOUNS and not paired_sides(tok)) or sentence_of(tok).start == 0 or not (
                paired or (tok.lower_ in PAIR_NOUNS and [c.lower_ for c in children_of(tok)] == ["the"])):
            return []
        text, _ = self._earlier(tok, ctx)
        sent = sentence_of(tok)
        before = sentence_of(tok.doc[sent.start - 1])
        begin = max(before.start_char, ctx.dateline_end)
        parties = self._two_parties_before(tok, before, ctx) if paired_sides(tok) else []
        if parties:  # the sides named together before any two states the sentence names ("in Caracas")
            return parties
        states: list[Actor] = []
        for start, end, iso3 in reversed(self.resolver.country_mentions(text[begin:sent.start_char])):
            state = self._resolve(text[begin + start:begin + end], ctx)
            if state is not None and state.country == iso3 and all(a.country != iso3 for a in states):
                states.insert(0, state)
                if len(states) == 2:
                    phrase = _phrase(tok, ctx.dateline_end)
                    return [_with_text(a, phrase, f"both named before:{a.evidence}") for a in states]
        return []

    def _two_parties_before(self, tok: Token, before: Span, ctx: DocContext) -> list[Actor]:
        """"Colombian government negotiators and ELN rebels resumed talks. The two sides agreed ...",
        "Fighting between the Sudanese army and the RSF ... urged both sides": the two parties the sentence
        before names together (its subject, object or "between"), in their order (roles47)."""
        for head in before:
            if head.dep_ not in SIDE_DEPS or head.idx < ctx.dateline_end or (
                    head.dep_ == "pobj" and head.head.lower_ != "between"):
                continue
            parties = self.coordinated(head, ctx) or [
                a for t in expand(head) for a in [self.actor(t, ctx)] if a is not None]
            named = [a for k, a in enumerate(parties)
                     if a.sector and all(b.name != a.name for b in parties[:k])]
            if len(named) == 2:
                phrase = _phrase(tok, ctx.dateline_end)
                return [_with_text(a, phrase, f"two sides named before:{a.evidence}") for a in named]
        return self._opposed_before(tok, before, ctx)

    def _opposed_before(self, tok: Token, before: Span, ctx: DocContext) -> list[Actor]:
        """"M23 rebels fought the Congolese army near Goma. The warring sides signed a truce": the subject
        and the object (or the one "with" or "against") of the root of the sentence before, when each is
        one party of its own (leftovers61)."""
        root = before.root
        if root.pos_ != "VERB" or root.idx < ctx.dateline_end:
            return []
        sides = [c for c in children_of(root) if c.dep_ == "nsubj"][:1]
        sides += [c for c in children_of(root) if c.dep_ == "dobj"] or [
            o for p in children_of(root) if p.dep_ == "prep" and p.lower_ in ("with", "against")
            for o in children_of(p) if o.dep_ == "pobj"][:1]
        if len(sides) != 2 or any(s.conjuncts for s in sides):
            return []
        named = [self.actor(s, ctx) for s in sides]
        if any(a is None or not a.sector for a in named) or named[0].name == named[1].name:  # type: ignore[union-attr]
            return []
        phrase = _phrase(tok, ctx.dateline_end)
        return [_with_text(a, phrase, f"two sides opposed before:{a.evidence}") for a in named]  # type: ignore[arg-type]

    def _two_leaders(self, tok: Token, ctx: DocContext) -> list[Actor]:
        """"The two leaders", "both presidents": the last two office holders of two states the sentence
        before names, in their order ("Sisi hosted King Abdullah of Jordan in Cairo. The two leaders
        rejected ...": Sisi and the king, not the place's state)."""
        sent = sentence_of(tok)
        before = sentence_of(tok.doc[sent.start - 1])
        _, found = self._earlier(tok, ctx)
        leaders: list[Actor] = []
        for start, _, actor in reversed(found):
            if start < before.start_char or not (actor.evidence or "").startswith(("leader:", "title:")):
                continue
            if actor.country and all(a.country != actor.country for a in leaders):
                leaders.insert(0, actor)
                if len(leaders) == 2:
                    phrase = _phrase(tok, ctx.dateline_end)
                    return [_with_text(a, phrase, f"both named before:{a.evidence}") for a in leaders]
        return []

    def _named_in_full(self, tok: Token, ctx: DocContext) -> Actor | None:
        """A person named by surname alone is the person named in full before ("Sergei Lavrov ... Lavrov
        thanked"), with what that mention said of them ("opposition politician Babu Owino")."""
        doc = tok.doc
        for ent in reversed(ents_of(doc)):
            if ent.end > tok.i or ent.label_ != "PERSON" or len(ent) < 2 or ent.start <= tok.i < ent.end:
                continue
            if doc[ent.end - 1].lower_ == tok.lower_ and ent[-1].idx >= ctx.dateline_end:
                for named in (ent[-1], ent.root.head if ent.root.dep_ == "appos" else None):
                    earlier = self.actor(named, ctx) if named is not None else None  # "his counterpart X"
                    if earlier is not None and (earlier.sector or earlier.country):
                        earlier = self._with_appositive(ent, earlier, ctx)
                        return _with_text(earlier, _phrase(tok, ctx.dateline_end), f"surname:{ent.text}")
                return None
        return None

    def _coup_officers(self, tok: Token, phrase: str, ctx: DocContext) -> Actor | None:
        """Bare "officers" acted on in a sentence telling of a coup or a mutiny ("said it had foiled a coup
        attempt and arrested several officers"): the armed forces' officers, not the police (titles49)."""
        if tok.dep_ not in ("dobj", "nsubjpass", "conj"):
            return None
        coup = W["coup_words"]
        told = [t for t in sentence_of(tok) if t.lemma_.lower() in coup and (
            t.i == 0 or tok.doc[t.i - 1].lower_ not in ("anti", "-"))]
        if not told:
            return None
        army = self._resolve(f"army {tok.lower_}", ctx)
        return _with_text(army, phrase, f"{army.evidence}+coup told") if army is not None else None

    def _with_appositive(self, ent: Span, earlier: Actor, ctx: DocContext) -> Actor:
        """A name of no country set beside a title that gives one ("Gabon's junta leader General Brice Oligui
        Nguema"): the person as the title and name read together say (titles49); else as named."""
        head = ent.root.head
        if earlier.country or ent.root.dep_ != "appos" or head.i >= ent.start:
            return earlier
        whole = self._resolve(ent.doc[head.left_edge.i:ent.end].text, ctx)
        return whole if whole is not None and whole.country and whole.name == earlier.name else earlier

    def _body_named_before(self, tok: Token, ctx: DocContext,
                           nouns: frozenset[str] = BODIES_AGAIN) -> Actor | None:
        """"The bloc froze the assets" after "The European Union imposed sanctions", "the alliance" after
        NATO: the international organisation (of no country) the sentences before, or its own sentence
        before it, named last (``bodies_again``, or ``nouns``)."""
        if tok.lower_ not in nouns or tok.pos_ not in ("NOUN", "PROPN") or not tok.is_lower or (
                not _definite(tok)):
            return None
        sent = sentence_of(tok)
        begin = max(sent.start_char, ctx.dateline_end)  # "NATO's chief said the alliance would" (roles49)
        found = self.resolver.mentions(text_of(tok.doc)[begin:tok.idx], date=ctx.date, focus=ctx.focus,
                                       where=ctx.where) if begin < tok.idx else []
        if sent.start > 0:
            found = self._earlier(tok, ctx)[1] + found
        for _, _, earlier in reversed(found):
            earlier = self._headed_body(earlier, ctx) or earlier  # "NATO Secretary General Jens Stoltenberg"
            if earlier.country is None and earlier.sector and (earlier.evidence or "").startswith("org:"):
                phrase = _phrase(tok, ctx.dateline_end)
                return _with_text(earlier, phrase, f"body named before:{earlier.name} ({earlier.evidence})")
        return None

    def _body_possessor(self, tok: Token, ctx: DocContext) -> Actor | None:
        """"The union's foreign ministers", "the bloc's leaders" after the EU: the office of the body the
        sentences before named (else, for "union", ``lone_body_owners``), told as the body's own ("EU foreign
        ministers") (``body_owners``); "union" owns only state offices (``body_offices``)."""
        poss = next((c for c in children_of(tok) if c.dep_ == "poss" and c.lower_ in BODY_OWNERS
                     and _definite(c)), None)
        if poss is None or tok.i - poss.i > 4:
            return None
        lone = LONE_BODY_OWNERS.get(poss.lower_)
        if lone and tok.lemma_.lower() not in BODY_OFFICES:
            return None  # "the union's leaders called a strike": a trade union's people
        body = self._body_named_before(poss, ctx, BODY_OWNERS) or (self._resolve(lone, ctx) if lone else None)
        if body is None or not body.name:
            return None
        words = tok.doc[poss.i + 1:tok.i + 1]
        if words and words[0].tag_ == "POS":
            words = words[1:]
        own = self._resolve(f"{body.name} {words.text}", ctx)
        if own is None or own.name != body.name:
            return None
        phrase = _phrase(tok, ctx.dateline_end)
        return _with_text(own, phrase, f"body's own:{body.name} ({own.evidence})")

    def _headed_body(self, head: Actor, ctx: DocContext) -> Actor | None:
        """The body a named head of an international body leads ("Jens Stoltenberg (head_of_body of NATO)"),
        else None."""
        found = GROUP_HEAD.search(head.evidence or "")
        return self.resolver.resolve(found.group(1), date=ctx.date) if found else None

    def _named_before(self, tok: Token, ctx: DocContext) -> Actor | None:
        """A definite description whose sentence gives no country names again an actor of the
        sentences before that a word of the same kind named: "The jet struck" after "a Nigerian Air
        Force jet", "the troops" after "Kenyan soldiers", "a dozen officers" after "Army officers" (story48),
        "the president" after "Kenyan President Uhuru Kenyatta", "the ministry" after "Pakistan's foreign
        ministry" (``described_again``)."""
        kind = DESCRIBED.get(tok.lower_)
        if kind is None or tok.pos_ != "NOUN" or not _told_again(tok) or sentence_of(tok).start == 0:
            return None
        kind_words, sectors = kind
        text, found = self._earlier(tok, ctx)
        for k in range(len(found) - 1, -1, -1):
            start, end, earlier = found[k]
            if k and _guessed_country(earlier) and text[found[k - 1][1]:start] in ("'s ", "’s "):
                start = found[k - 1][0]  # "Pakistan's foreign ministry": the two read as one
                earlier = self._resolve(text[start:end], ctx) or earlier
            if earlier.sector not in sectors or (earlier.country is None and earlier.sector != "IGO"):
                continue
            if kind_words.isdisjoint(text[start:end].lower().replace("-", " ").split()):
                continue
            if _guessed_country(earlier) and earlier.sector != "IGO":
                own = self._resolve(tok.lower_, ctx)  # "deputies" after "sheriff's deputies": not lawmakers
                # "a dozen officers" after "Army officers": the army's, not the police (story48)
                if own is None or own.sector == earlier.sector or (
                        own.sector not in ("LEG", "GOV", "JUD", "COP")):
                    continue
            rule = f"coreference:{text[start:end]} ({earlier.evidence})"
            return _with_text(earlier, _phrase(tok, ctx.dateline_end), rule)
        return None

    def _corefer(self, actor: Actor, ctx: DocContext, tok: Token | None = None) -> Actor:
        """'the guerrilla commando' after 'the MRTA' is the MRTA: a generic non-state group takes
        the name of the last named group of the same role and country in the document."""
        rule = actor.evidence or ""
        both = tok is not None and (tok.lower_ in BOTH_NOUNS or any(
            c.lower_ in ("both", "two") for c in tok.children))  # "both sides", "the two parties": not one
        if rule.startswith("org:"):
            ctx.named[actor.name] = actor
        elif rule.startswith("role:") and (actor.sector in COREF_SECTORS or actor.sector is None) and (
                not both):
            for named in reversed(list(ctx.named.values())):
                if isinstance(named, Actor) and self.resolver.may_corefer(actor, named):
                    return _with_text(named, actor.text, f"coreference:{named.name} ({rule})")
            if tok is not None and _definite(tok) and sentence_of(tok).start > 0:  # named with no event
                _, found = self._earlier(tok, ctx)
                for _, _, named in reversed(found):
                    if self.resolver.may_corefer(actor, named):
                        return _with_text(named, actor.text, f"coreference:{named.name} ({rule})")
        return actor

    def doer_in_sentence(self, cand: Candidate, ctx: DocContext, s_start: int, s_end: int,
                          evidence: dict) -> list[Actor]:
        """An attack or protest whose parse names no doer: the first actor the sentence mentions
        that is not the target and not a reporter ("the OSCE observed", "police said")."""
        doc = cand.trigger.head.doc
        front = self._front(text_of(doc)[s_start:s_end], ctx)
        if front is not None:
            evidence["source"] = [{"text": "", "resolved": front.name, "rule": front.evidence}]
            return [front]
        trig = cand.trigger.head
        if _custody_described(trig):  # "demanded the release of jailed journalist X": not who demands
            evidence["source"] = [{"text": "", "resolved": None, "rule": CUSTODY_DESCRIBED}]
            return []
        captors = self._freed_from(trig, ctx, evidence)
        if captors:  # "troops rescued 15 kidnapped passengers from bandits": the bandits kidnapped them
            return captors
        gainers = self._own_offensive(trig, ctx, evidence)
        if gainers:  # "HTS fighters entered Aleppo after a lightning offensive": HTS's offensive
            return gainers
        if trig.dep_ == "pobj" and _time_phrase(trig.head) and any(
                c.lower_ == "the" for c in children_of(trig)):
            # "gunmen torched vehicles after the arrest": the clause's doer did not make the arrest it follows
            return self.state_of_place(cand, ctx, evidence)
        if cand.trigger.cls in REMOTE_CLASSES and (site := self._launched_from(trig, ctx, evidence)):
            return site  # "rockets fired from southern Lebanon hit Kiryat Shmona": armed men there, no state
        own = self._confirmed_own(trig, ctx, evidence) if cand.trigger.cls in CONFIRMED_OWN else []
        if own:  # "Junta spokesman Zaw Min Tun confirmed the air strike": the junta's forces
            return own
        blocked = {t.i for h in cand.roles.target for t in actor_tokens(h)}
        finder = found_by(cand.trigger)
        if finder is not None:  # "police found two men wounded": the police did not wound them
            blocked.update(t.i for c in clause_subject(finder) for t in c.subtree)
        blocked.update(_reason_givers(trig))
        blocked.update(_rescuers(trig))
        blocked.update(_foilers(trig))  # "guards thwarted an attempt to kidnap": not the kidnappers
        blocked.update(t.i for s in repellers_of(trig) for t in s.subtree)  # "was repulsed by troops"
        blocked.update(_authors_takers(trig))  # "police detained the organizer of the kidnapping"
        blocked.update(_responders(trig, cand.trigger.cls))  # "were stabbed; police arrested the attacker"
        blocked.update(_rememberers(trig))  # "Indonesians commemorated the 2002 Bali bombings"
        blocked.update(_toll_tellers(trig))  # "Officials raised the death toll from Friday's ambush to 19"
        blocked.update(_kin_named(trig))  # "relatives of the victims of the 1988 Halabja attack"
        blocked.update(_inquirers(trig))  # "called on the authorities to investigate the massacres"
        blocked.update(_protesters_of(trig))  # "marched in protest at the arrest": not the arresters
        if cand.trigger.cls in CROWD_CLASSES:  # "marched calling for justice for the victims": not marchers
            blocked.update(_claimed_things(sentence_of(trig)))
        blocked.update(_labellers(trig))  # "after what he called a coup attempt": not the plotter
        blocked.update(_denied_kinds(trig))  # "the shooting was not a terrorist attack": no terrorists
        blocked.update(_outside_time_clause(trig))
        blocked.update(_after_label(trig))  # "Kaduna killings: Senate summons ...": the Senate killed no one
        blocked.update(_inside_time_clauses(trig))
        blocked.update(_present_parties(trig))  # "shells landed as the cabinet met": not the shellers
        blocked.update(_outside_time_phrase(trig))
        blocked.update(_outside_answering(trig))
        blocked.update(_epochs(trig))
        blocked.update(_timing_phrases(trig))  # "attacked following the fall of the Hasina government"
        blocked.update(_others_doers(trig))
        blocked.update(_others_victims(trig))  # "the killing of the Hamas leader sparked riots"
        blocked.update(_joined_deed_words(trig))  # "was expelled from the party and later jailed"
        blocked.update(_outside_described(trig, cand.trigger.cls == "arrest"))
        blocked.update(_held_over(trig, cand.trigger.cls == "arrest"))
        blocked.update(_whose_owner(trig))
        blocked.update(_victims_named(trig))  # "the Armenian genocide": its victims, not its doers
        if trig.lemma_.lower() in FINDING:  # "arrested dozens; bodies were found": no killers
            blocked.update(t.i for c in semicolon_clauses(trig) for t in c.subtree)
        timed: set[int] = set()
        fleeing = _fleers(trig)
        remote = cand.trigger.cls in REMOTE_CLASSES
        # "the army sealed off the West Bank after a suicide bombing": who answers a bombing did not set it
        answered = trig.dep_ == "pobj" and _time_phrase(trig.head) and cand.trigger.cls in PLANTED_CLASSES
        blocked.update(_victims_listed(cand.trigger.head))
        sent, deps = sentence_of(cand.trigger.head), deps_of(doc)
        blocked.update(_counted_victims(sent))
        toks = tokens_of(doc)
        for k in range(sent.start, sent.end):
            dep = deps[k]
            if not remote and dep not in DOER_DEPS:
                continue  # nothing below applies to it: no Token made
            tok = toks[k]
            if dep == "nsubj":
                head = tok.head
                objectless = not any(c.dep_ == "dobj" for c in children_of(head))
                if head.lemma_ in SPEAKING_VERBS or _blames(head) or _names_the_deed(head) or condemns(
                        head) or _asked(trig, head) or (head.lemma_ in VICTIM_VERBS and objectless) or (
                        _inquires_into(head, trig)):
                    blocked.update(t.i for t in tok.subtree)  # reporters, judges, victims: not doers
                    continue
            elif dep == "pobj" and tok.head.dep_ == "agent" and (
                    tok.head.head.lemma_ in OBSERVING or _blames(tok.head.head)):
                blocked.update(t.i for t in tok.subtree)  # "the detention was condemned by the EU": a judge
                continue
            elif dep == "pobj" and _inquires_into(tok, trig):
                blocked.update(t.i for t in tok.subtree)  # "arrested by detectives investigating the murder"
                continue
            elif dep == "pobj" and _reacting(tok):
                blocked.update(t.i for t in tok.subtree)  # "the arrests drew criticism from rights groups"
                continue
            elif dep == "oprd":  # "one was taken hostage": what someone was made, no party (bv43e)
                blocked.update(t.i for t in tok.subtree)
                continue
            elif dep in ("nsubjpass", "dobj", "dative") or (
                    dep == "pobj" and tok.head.lower_ in NOT_DOER_PREPS and not _reason_or_time(tok)):
                blocked.update(t.i for t in tok.subtree)  # victims, objects: not doers
                continue
            if remote and _passer(tok):
                blocked.update(t.i for t in tok.subtree)  # "an IED exploded as an army patrol passed"
            elif dep == "pobj" and (tok.lemma_.lower() in SITE_HEADS or tok.lower_ in SITE_HEADS):
                blocked.update(t.i for t in tok.subtree)  # "cleared from Parliament grounds": a place
            elif dep == "pobj" and tok.head.lower_ in SITE_PREPS:
                blocked.update(t.i for t in tok.subtree)  # "exploded outside the home of a judge": the site
            elif dep == "pobj" and tok.head.lower_ in CONTAINER_PREPS:
                blocked.update(range(tok.left_edge.i, tok.i + 1))  # "an IED planted in a QSD vehicle"
            elif dep == "pobj" and _time_phrase(tok.head):
                timed.update(range(tok.left_edge.i, tok.i + 1))  # "beaten before the rally"
        blocked.update(range(cand.trigger.first, cand.trigger.last))
        blocked.difference_update(_captors(cand.trigger.head))
        if blamed := self._blamed_group(cand, ctx, evidence):
            return blamed
        if behind := self._behind(trig, ctx, evidence, blocked):
            return behind
        text = text_of(doc)[s_start:s_end]
        found = self.resolver.mentions(text, date=ctx.date, focus=ctx.focus, where=ctx.where)
        for start, end, actor in found:
            span = doc.char_span(s_start + start, s_start + end, alignment_mode="expand")
            if span is None or not blocked.isdisjoint(range(span.start, span.end)) or (
                    span.start_char < ctx.dateline_end):
                continue
            named_body = (actor.evidence or "").startswith(("org:", "country:"))
            if _place_word(span[-1], ctx) and (not named_body or _place_named(span[-1], actor, ctx)):
                continue  # "Port-au-Prince", "Juarez municipality", "the Brussels bombings": places
            if _date_month(span):
                continue  # "On 19 March 2022": a month, not the marchers of a march
            if span.start == sent.start and span.end < sent.end and toks[span.end].text == ":" and (
                    actor.evidence or "").startswith("country:"):
                continue  # "Nigeria: gunmen kill 30 in village raid": a headline's label, no doer
            if _contest_office(span):
                continue  # "shot dead after the governorship election": no government shot them
            if _statistics_of(span):
                continue  # "Mexico recorded 30,000 murders, official figures show": no government killed
            if actor.inter == 7 and (cand.trigger.cls in REMOTE_CLASSES or cand.trigger.cls in ARMED_CLASSES
                                     - CROWD_DEEDS and span[-1].lower_ not in GENERIC_PEOPLE):
                continue  # "an IED planted on a civilian vehicle", "shot in front of children": not the doers
                # ("a group of people shot at a checkpoint": unnamed gunmen, as ACLED codes them)
            if actor.inter in (5, 6) and cand.trigger.cls in STATE_ONLY_CLASSES:
                continue  # "80 were arrested after protesters smashed windows": crowds do not arrest
            if _state_measure(cand) and (actor.inter in (5, 6) or actor.inter == 7 and (
                    actor.sector in UNARMED_SECTORS)):
                continue  # "a curfew was imposed after protesters torched", "during the dockworkers' march"
            if actor.inter in (5, 6, 7) and any(t.i in fleeing for t in span):
                continue  # "villagers fled as fighting intensified": who flees did not fight (leaks56)
            if actor.inter in (5, 6) and any(t.i in timed for t in span):
                continue  # "beaten before the rally": the crowd of a protest named as a time did not do it
            if actor.sector in STATE_BODIES and (cand.trigger.cls in CROWD_CLASSES or answered):
                continue  # "police arrested 600 people after a protest": the police did not protest
            actor.evidence = f"mention in sentence: {actor.evidence}"
            evidence["source"] = [{"text": span.text, "resolved": actor.name, "rule": actor.evidence,
                                   "start": span.start_char, "end": span.end_char}]
            return [actor]
        claimed = self.claimed(cand, ctx, s_start, evidence)
        if claimed:
            return claimed
        return self._doer_before(cand, ctx, evidence) or self.state_of_place(cand, ctx, evidence)

    def _blamed_group(self, cand: Candidate, ctx: DocContext, evidence: dict) -> list[Actor]:
        """Violence whose sentence names no doer but an armed group a verb of blaming names: that group
        ("An explosion ... killed four people; officials blamed Islamic State", "was blamed by Turkey on the
        YPG", "the PKK were blamed for a car bomb attack"; bombs49). One named by kind only ("blamed foreign
        terrorists") names no group: the doer stays unknown."""
        if cand.trigger.cls not in ARMED_CLASSES | DOER_BEFORE_CLASSES | REMOTE_CLASSES:
            return []
        for verb in sentence_of(cand.trigger.head):
            if verb.pos_ != "VERB" or not _blames(verb):
                continue
            for tok in _blamed_of(verb):
                actor = self.actor(tok, ctx)
                if actor is not None and actor.sector in NON_STATE_ARMED and "org:" in (actor.evidence or ""):
                    actor = _with_text(actor, actor.text, f"blamed: {actor.evidence}")
                    return _noted(evidence, "source", actor)
        return []

    def _behind(self, deed: Token, ctx: DocContext, evidence: dict, blocked: set[int]) -> list[Actor]:
        """The one a deed is said to be "behind" ("killed the suspected bomb-maker behind the church attack",
        "the group behind the bombing"): the doer, when an armed group or person outside the state; else who
        the sentence names outside that noun's phrase did not do it (added to ``blocked``; bombs49)."""
        noun = _behind_whom(deed)
        if noun is None:
            return []
        sent = sentence_of(deed)
        actor = self.actor(noun, ctx)
        if actor is not None and actor.sector in NON_STATE_ARMED:
            actor = _with_text(actor, actor.text, f"behind the deed: {actor.evidence}")
            return _noted(evidence, "source", actor)
        blocked.update(k for k in range(sent.start, sent.end)
                       if not noun.left_edge.i <= k <= noun.right_edge.i)
        return []

    def _own_offensive(self, noun: Token, ctx: DocContext, evidence: dict) -> list[Actor]:
        """An offensive with no doer of its own, told after a verb of gaining ground ("HTS fighters entered
        Aleppo after a lightning offensive against government forces"): the verb's armed subject's."""
        if (noun.lemma_.lower() not in OFFENSIVE_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "after"
                or noun.head.head.lemma_.lower() not in OFFENSIVE_GAINS):
            return []
        if any(c.dep_ == "poss" or c.dep_ in ("compound", "amod") and c.ent_type_ in ("NORP", "GPE", "ORG")
               or c.dep_ == "prep" and c.lower_ in ("by", "of") for c in children_of(noun)):
            return []  # "after a Russian offensive", "after an assault by the rebels": its own doer
        found: dict = {}
        subjects = clause_subject(noun.head.head)
        doers = self.actors(subjects, ctx, found, "source")
        men = all(t.lower_ in GROUP_MEN for t in subjects)  # "HTS fighters", whatever the group is now
        if not doers or not (men or all(a.sector in ARMED_SECTORS for a in doers)):
            return []
        for note in found.get("source", []):
            note["rule"] = f"gained ground after its own offensive: {note.get('rule')}"
        evidence["source"] = found.get("source", [])
        return doers

    def _confirmed_own(self, trig: Token, ctx: DocContext, evidence: dict) -> list[Actor]:
        """'Junta spokesman Zaw Min Tun confirmed the air strike': an air or drone strike that names no doer,
        confirmed (``confirming_verbs``) by a state or its forces, is that state's military's, as armed groups
        mostly fly no warplanes (clause48)."""
        if trig.dep_ != "dobj" or trig.head.lemma_ not in W["confirming_verbs"] or any(
                t.dep_ == "agent" for t in sentence_of(trig)):  # "... but said it was carried out by X"
            return []
        for subject in (c for c in children_of(trig.head) if c.dep_ == "nsubj"):
            actor = self.actor(subject, ctx) if subject.idx >= ctx.dateline_end else None
            if actor is None or actor.sector not in ("GOV", "MIL") or not actor.country:
                continue
            forces = self.conventional("military", actor.country, ctx.date)
            if forces is not None and forces.country == actor.country:
                return _noted(evidence, "source", _with_text(forces, "", f"confirmed by:{actor.evidence}"))
        return []

    def _launched_from(self, trig: Token, ctx: DocContext, evidence: dict) -> list[Actor]:
        """'Rockets fired from southern Lebanon hit the Israeli town of Kiryat Shmona', 'a rocket launched
        from Gaza struck Ashkelon': the country a strike was launched from, with no doer named, is where
        unnamed armed men fired it, not its state (violence47)."""
        for place in _launch_sites(trig):
            iso = self._country_of(place, ctx)
            actor = self.conventional("unidentified gunmen", iso) if iso else None
            if actor is not None and actor.country == iso:
                return _noted(evidence, "source", _with_text(actor, "", f"launched from:{iso}"))
        return []

    def _freed_from(self, trig: Token, ctx: DocContext, evidence: dict) -> list[Actor]:
        """The captors of people a participle tells as held, freed from them ("troops rescued 15 kidnapped
        passengers from bandits", "freed abducted girls from Boko Haram"): the armed men after "from"."""
        noun = trig.head
        if not _freed_captives(trig):
            return []
        for prep in children_of(noun.head):
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            for held in (g for g in children_of(prep) if g.dep_ == "pobj"):
                actor = self.actor(held, ctx)
                if actor is not None and actor.sector and actor.sector not in ("CVL", *STATE_DOERS):
                    why = f"freed from:{actor.evidence}"
                    return _noted(evidence, "source", _with_text(actor, held.text, why))
        return []

    def sent_away(self, cand: Candidate, source: list[Actor], target: list[Actor], ctx: DocContext,
                  evidence: dict) -> list[Actor]:
        """Those a state deports or expels are not of that state when only the story's place gave them its
        country ("Israel deported 415 suspected militants": militants of no country the sentence names)."""
        if cand.trigger.cls not in W["sent_from_classes"] or not target or not source:
            return target
        first, rule = target[0], target[0].evidence or ""
        if first.country is None or first.country not in {a.country for a in source} or not (
                "+where:" in rule or "+focus:" in rule):
            return target
        bare = self.resolver.resolve(first.text, date=ctx.date)
        if bare is None or bare.country is not None:
            return target
        bare = _with_text(bare, first.text, f"sent away, not the sender's:{bare.evidence}")
        if evidence.get("target"):
            evidence["target"][0] = {"text": first.text, "resolved": bare.name, "rule": bare.evidence}
        return [bare, *target[1:]]

    def state_of_place(self, cand: Candidate, ctx: DocContext, evidence: dict) -> list[Actor]:
        """An act only a state does, told with no doer ("three men were arrested in Dubai", "a curfew
        was imposed in Kashmir", "four prisoners were executed in Myanmar"): the police or government of the
        country where it was done."""
        head = cand.trigger.head
        executed = _judicial_execution(cand)
        kind = STATE_DOER_OF.get(cand.trigger.cls) or (EXECUTIONS["kind"] if executed else None) or (
            STATE_CLOSURES["kind"] if _state_closure(cand) else None)
        described = head.dep_ == "acl" and head.tag_ == "VBN"  # "migrants deported from the United States"
        described = described or cand.roles.rules.get("target") == "received"  # "received a life sentence"
        region = self._region_doer(cand, ctx) if executed else None  # "Texas executed a man" (justice-3)
        if kind is None or cand.roles.source and region is None or (
                head.pos_ in ("VERB", "AUX") and not described and region is None and not any(
                c.dep_ in ("nsubjpass", "auxpass") for c in children_of(head))):
            return []
        if any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in DISPERSAL_PURPOSES
               for c in children_of(head)):
            return []  # "tear gas was used to disperse the crowd": the dispersal told after it is the event
        held = (self.actor(t, ctx) for h in cand.roles.target for t in expand(h) if t.idx >= ctx.dateline_end)
        if not executed and any(a is not None and a.inter in (5, 6) for a in held):
            return []  # "one protester was arrested": an intervention at the protest, typed by its context
        # the place the act is told in ("arrested in Dubai") before the event's place
        places = [g for c in children_of(head) if c.dep_ == "prep" and c.lower_ in CONTAINER_PREPS
                  for g in children_of(c) if g.dep_ == "pobj"]
        places = [g for g in places if not in_exile(g)]  # "forced into exile in France": where he went
        places += _sent_from(head) if cand.trigger.cls in W["sent_from_classes"] else []
        if any(_named_edge(g) for c in children_of(head) if c.dep_ == "prep" for g in children_of(c)):
            return []  # "was detained at the Ukrainian border": by either state
        moved = held_for(head)  # "were flown to France for pre-trial detention": held where they were taken
        places += [g for c in children_of(moved) if c.dep_ == "prep" and c.lower_ in ("to", "into")
                   for g in children_of(c) if g.dep_ == "pobj"] if moved is not None else []
        where = region or next((iso for g in places for iso in [self._country_of(g, ctx)] if iso), None) or (
            ctx.where)
        if where and not places and cand.trigger.cls in W["sent_from_classes"] and where in {
                self._country_of(g, ctx) for g in _sent_to(head)}:
            return []  # "a man wrongly deported to El Salvador": its state received him, not sent him away
        actor = self.conventional(kind, where, ctx.date) if where else None
        if actor is None or actor.country != where:
            return []
        return _noted(evidence, "source", _with_text(actor, "", f"state of the place:{kind}+{where}"))

    def _region_doer(self, cand: Candidate, ctx: DocContext) -> str | None:
        """'Texas executed a man', 'the state of Alabama carried out the execution': the country of the
        sub-national region that is the act's only doer named, a state body of that country."""
        countries = set()
        for tok in cand.roles.source:
            named = next((g for p in children_of(tok) if tok.lemma_.lower() == "state" and p.dep_ == "prep"
                          and p.lower_ == "of" for g in children_of(p) if g.dep_ == "pobj"), tok)
            place = next((p for p in ctx.places if p.start is not None and p.end is not None
                          and p.start <= named.idx < p.end), None)
            if place is None or place.precision != REGION or not place.country:
                return None
            countries.add(place.country)
        return countries.pop() if len(countries) == 1 else None

    def execution_state(self, cand: Candidate, ctx: DocContext, evidence: dict) -> list[Actor]:
        """'Amnesty condemned the execution of three men in Saudi Arabia': an execution named as the topic of
        another act, with no doer, is the state's of the place (justice-3)."""
        return self.state_of_place(cand, ctx, evidence) if _judicial_execution(cand) else []

    def held_by(self, cand: Candidate, ctx: DocContext, evidence: dict) -> list[Actor]:
        """People freed in the passive with no doer were freed by whoever held them: "52 soldiers were
        released from Taliban prisons" (the Taliban), "freed from the custody of the police"."""
        head = cand.trigger.head
        if cand.trigger.cls not in RELEASE_CLASSES or cand.roles.source or head.pos_ not in ("VERB", "AUX"):
            return []
        for prep in children_of(head):
            if prep.dep_ != "prep" or prep.lower_ not in ("from", "out"):
                continue
            for held in (g for g in children_of(prep) if g.dep_ == "pobj" and g.lower_ in DETENTION_NOUNS):
                words = _holder_words(held)
                actor = self.resolver.resolve(words, date=ctx.date, focus=ctx.focus, where=ctx.where) \
                    if words else None
                if actor is not None and actor.name and actor.evidence != UNKNOWN_NAME:
                    return _noted(evidence, "source", _with_text(actor, words, f"held them:{actor.evidence}"))
        return []

    def blamed(self, cand: Candidate, ctx: DocContext, evidence: dict) -> list[Actor]:
        """A deed given as the reason for an act done to someone was done by them: "police arrested two
        men for the killing" (the men), "sanctions on Belarus over the crackdown" (Belarus's state)."""
        act = reason_of(cand.trigger.head)
        charged = charged_one(cand.trigger.head) if act is None else None  # "soldiers accused of killing"
        if charged is not None and charged.pos_ == "PRON":  # "sentenced 37 people for their role in the
            act = reason_of(charged.head)  # coup": the one sentenced for his own part in it
            charged = None
        if act is None and charged is None:
            return []
        found: dict = {}
        doers = self.actors(acted_on(act) if act is not None else [charged], ctx, found, "source")
        if doers:
            for note in found.get("source", []):
                note["rule"] = f"{'given the reason' if act is not None else 'charged'}: {note.get('rule')}"
            evidence["source"] = found.get("source", [])
        return doers

    def claimed(self, cand: Candidate, ctx: DocContext, s_start: int, evidence: dict,
                until: int | None = None) -> list[Actor]:
        """Violence whose sentence names no doer, and a later sentence that does: "Al Shabaab
        militants claimed responsibility for the attack", "the device was planted by JNIM militants";
        with ``until``, claims that open before that character only."""
        if cand.trigger.cls not in ARMED_CLASSES | DOER_BEFORE_CLASSES | REMOTE_CLASSES:
            return []
        text = text_of(cand.trigger.head.doc)
        if not _claims(text, s_start):
            return []
        text = text if until is None else text[:until]
        found: list[tuple[int, int, Actor]] = []
        for cue in CLAIM_BEFORE.finditer(text, s_start):
            begin = max(text.rfind(". ", s_start, cue.start()), text.rfind("\n", s_start, cue.start())) + 1
            near = self.resolver.mentions(text[begin:cue.start()], date=ctx.date, focus=ctx.focus,
                                          where=ctx.where)
            found += [(begin + a, begin + b, actor) for a, b, actor in near[-1:]
                      if not NEGATION.search(text, begin + b, cue.start())]  # "X has not claimed"
        for cue in CLAIM_AFTER.finditer(text, s_start):
            end = text.find(". ", cue.end())
            near = self.resolver.mentions(text[cue.end():end if end > 0 else len(text)], date=ctx.date,
                                          focus=ctx.focus, where=ctx.where)
            found += [(cue.end() + a, cue.end() + b, actor) for a, b, actor in near[:1]]
        for start, end, actor in sorted(found, key=lambda f: f[0]):
            if actor.sector in ARMED_SECTORS or actor.inter in (1, 2, 3, 4):
                actor.evidence = f"named as perpetrator: {actor.evidence}"
                evidence["source"] = [{"text": text[start:end], "resolved": actor.name,
                                       "rule": actor.evidence, "start": start, "end": end}]
                return [actor]
        return []

    def claimed_over(self, cand: Candidate, source: list[Actor], ctx: DocContext, s_start: int,
                     evidence: dict) -> list[Actor]:
        """"Jihadists attacked a camp, killing 70. JNIM claimed responsibility for the attack": armed men
        named only by a role word (rebels, gunmen, militia) are the named group that claims the deed in the
        next sentence (westafr-12); else ``source``."""
        if len(source) != 1 or source[0].inter not in (2, 3) or not (source[0].evidence or "").startswith(
                "role:"):
            return source
        sent = sentence_of(cand.trigger.head)
        doc = sent.doc
        if sent.end >= len(doc):
            return source
        until = sentence_of(doc[sent.end]).end_char
        kept = dict(evidence)
        named = self.claimed(cand, ctx, s_start, kept, until=until)
        if not named or "org:" not in (named[0].evidence or ""):
            return source
        evidence.update(kept)
        return named

    def _doer_before(self, cand: Candidate, ctx: DocContext, evidence: dict) -> list[Actor]:
        """Violence with no doer in its sentence ("A shoot-out broke out") after a sentence of the
        same paragraph whose subject is an armed actor ("Police officers went to the area to arrest
        a suspect."): that actor."""
        sent = sentence_of(cand.trigger.head)
        if sent.start == 0 or cand.trigger.cls not in ARMED_CLASSES | DOER_BEFORE_CLASSES:
            return []
        if cand.trigger.head.pos_ == "VERB" and running_toll(cand.trigger.head):
            return []  # "where 120 have been killed since May": a campaign's toll, not the scene before
        doc = sent.doc
        before = sentence_of(doc[sent.start - 1])
        if "\n\n" in text_of(doc)[before.end_char:sent.start_char]:
            return []
        subject = next((t for t in before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"
                        and t.head.lemma_ not in REPORTING_VERBS | STANCE_VERBS
                        and t.pos_ in ("NOUN", "PROPN") and t.idx >= ctx.dateline_end), None)
        if subject is None:
            return []
        actor = self.actor(subject, ctx)
        armed = actor is not None and (actor.sector in ARMED_SECTORS or actor.inter in (2, 3, 4))
        if not armed:
            return []  # officials, leaders and crowds who spoke or gathered before did not fire
        if self._own_side_hit(cand.trigger.head, actor, ctx):
            return []  # "Police arrested three men. Two soldiers were killed in Kunar": no doer told
        actor = _with_text(actor, actor.text, f"subject of the sentence before: {actor.evidence}")
        return _noted(evidence, "source", actor)

    def _own_side_hit(self, deed: Token, doer: Actor, ctx: DocContext) -> bool:
        """Whether the passive subject of a deed's clause, its victims ("two soldiers were killed"), are the
        forces of the same state as a doer of the sentence before: a state's police or troops do not kill
        their own, and the passive tells no doer (actors62)."""
        if doer.inter != 1 or doer.sector not in ARMED_SECTORS:
            return False
        for victim in (c for c in children_of(_deed_clause(deed)) if c.dep_ == "nsubjpass"):
            hit = self.actor(victim, ctx)
            if hit is not None and hit.inter in (1, 8) and hit.sector in ARMED_SECTORS and (
                    hit.country in (doer.country, None) or doer.country is None):
                return True
        return False

    def _front(self, text: str, ctx: DocContext) -> Actor | None:
        """Fire a ceasefire monitoring mission reports without a doer: the first party to the conflict
        it monitors (``fronts.yaml``)."""
        for front in fronts():
            found = front.names.search(text)
            if found is None or (ctx.date and not front.start <= ctx.date <= front.end):
                continue
            actor = self.resolver.resolve(front.parties[0], date=ctx.date, focus=front.country,
                                          where=front.country)
            if actor is not None:
                return _with_text(actor, "", f"front line monitored by {found.group(0)}: {actor.evidence}")
        return None

    def armed(self, source: list[Actor], cls: str, ctx: DocContext, deed: Token | None = None,
              target: list[Actor] | None = None) -> list[Actor]:
        """People named by a generic noun who shoot, kill, bomb or abduct ("two men shot dead a
        driver", "a group of people opened fire"), and one person who attacks or beats ("a man threw
        stones at a nurse", "an Israeli was stabbed by a Palestinian") are an unidentified armed group,
        as ACLED codes unnamed gunmen, not civilians; a group who attack or beat is a mob. Herders who
        do violence are a communal or ethnic militia ("Fulani herdsmen attacked farmers"), and so are a
        people's civilians ("Fulani youths", "young men from the Murle community"). One person named by a
        role noun ("a driver", "a student", "the man", "a teenager" who blew himself up) and a counted few
        with a blade ("two men stabbed") are an unidentified armed group too (``_lone_doer``)."""
        if cls in ARMED_CLASSES | REMOTE_CLASSES:
            source = [self._armed_flyers(actor, ctx) for actor in source]
        if cls not in ARMED_CLASSES | SINGLE_ARMED_CLASSES | PLANTED_CLASSES:
            return source
        out = []
        for actor in source:
            words_ = (actor.text or "").lower().split()
            rule = (actor.evidence or "").removeprefix("mention in sentence: ")
            one = bool(words_) and words_[0] in ("a", "an") and not (
                cls == "clash" and words_[-1] in W["clashing_collectives"])  # "a community clashed": a crowd
            people = "+people:" in rule and actor.inter == 7 and actor.sector in (None, "CVL")
            lone = _lone_doer(words_, actor, cls, deed)
            if _bare_armed_body(words_, rule, actor, cls, target or []) and not _crowd_told(deed):
                armed = self.conventional("unidentified gunmen", actor.country or ctx.where or ctx.focus)
                if armed is not None:  # "The group attacked an army post": no crowd's, an armed group's
                    out.append(_with_text(armed, actor.text, f"armed body:{rule}"))
                    continue
            if cls not in ARMED_CLASSES | SINGLE_ARMED_CLASSES and not lone:
                out.append(actor)  # "a man was killed when a bomb exploded" is no bomber's
                continue
            if (cls not in ARMED_CLASSES and not one and not lone and not (words_ and words_[-1] in HERDERS)
                    and not people):
                out.append(actor)
                continue
            if (words_ and (words_[-1] in GENERIC_PEOPLE or one or lone) and actor.inter in (0, 7)
                    and not people
                    and (actor.sector in (None, "CVL") or lone) and rule.startswith(("role:", "demonym:"))):
                armed = self.conventional("unidentified gunmen", actor.country or ctx.where or ctx.focus)
                if armed is not None:
                    actor = _with_text(armed, actor.text, f"armed:{rule}")
            elif cls in ARMED_CLASSES and actor.sector == "OPP" and SEPARATIST_WORDS & set(words_):
                actor = self._armed_separatists(actor, ctx)  # "separatist leaders ordered the killing"
            elif cls in ARMED_CLASSES and _nationalists(words_) and actor.sector in (None, "CVL", "OPP"):
                actor = self._armed_separatists(actor, ctx)  # "Corsican nationalists bombed a police station"
            elif (words_ and words_[-1] in HERDERS or people) and actor.inter == 7:
                # "herdsmen killed 12 villagers", "youths of the Tiv community attacked a village"
                named = rule.partition("+people:")[2].partition("+")[0] if people else ""
                named = "" if named.lower() in (actor.text or "").lower() else named  # "Fulani herdsmen"
                armed = self.resolver.resolve(f"armed {named} {actor.text}".replace("  ", " "), date=ctx.date,
                                              focus=ctx.focus,
                                              where=actor.country or ctx.where)
                if armed is not None and (armed.inter == 4 or armed.sector == "REB"):  # a people's rebel army
                    actor = _with_text(armed, actor.text, f"armed:{rule}")
            out.append(actor)
        return out

    def _armed_flyers(self, actor: Actor, ctx: DocContext) -> Actor:
        """Pilots of a country who bomb, strike or kill ("Syrian pilots dropped barrel bombs"): its military,
        not workers; an airline's pilots ("Air France pilots", told with their company) stay its workers."""
        words_ = (actor.text or "").lower().split()
        if (not words_ or words_[-1] not in FLYER_WORDS or actor.sector != "LAB" or not actor.country
                or "+company:" in (actor.evidence or "")):
            return actor
        forces = self.resolver.resolve("military pilots", date=ctx.date, focus=ctx.focus, where=actor.country)
        if forces is None or forces.country != actor.country:
            return actor
        return _with_text(forces, actor.text or "", f"armed:{actor.evidence}")

    def held_flyers(self, source: list[Actor], target: list[Actor], cls: str, ctx: DocContext,
                    deed: Token) -> list[Actor]:
        """Pilots captured, held or harmed by rebels or another state's forces, named as the state's ("a
        government pilot") or told with a warplane or a shoot-down ("captured a pilot whose jet crashed"):
        their state's military, not an airline's workers (``flyer_held_classes``, ``flyer_captors``,
        ``flyer_state_words``, ``flyer_war_words``); a small plane's pilot stays a civilian."""
        if cls not in FLYER_HELD_CLASSES:
            return target
        war = FLYER_WAR.search(sentence_of(deed).text.lower()) is not None
        out = []
        for actor in target:
            words_ = (actor.text or "").lower().split()
            country = actor.country or ctx.where
            if (words_ and words_[-1] in FLYER_WORDS and actor.sector == "LAB"
                    and "+company:" not in (actor.evidence or "")
                    and (war or FLYER_STATE_WORDS & set(words_))
                    and any(a.sector in FLYER_CAPTORS
                            and (a.sector != "MIL" or a.country not in (None, country)) for a in source)):
                forces = self.resolver.resolve("military pilots", date=ctx.date, focus=ctx.focus,
                                               where=country)
                if forces is not None and forces.country == country:
                    actor = _with_text(forces, actor.text or "", f"held flyer:{actor.evidence}")
            out.append(actor)
        return out

    def _armed_separatists(self, actor: Actor, ctx: DocContext) -> Actor:
        """A separatist movement's political men told doing armed violence: the movement's rebels."""
        armed = self.resolver.resolve("separatist rebels", date=ctx.date, focus=ctx.focus,
                                      where=actor.country or ctx.where)
        return actor if armed is None else _with_text(armed, actor.text or "", f"armed:{actor.evidence}")

    def _coordinated_complements(self, tok: Token, ctx: DocContext, doing: set[int]) -> list[Actor]:
        """The states coordinated with an object's prepositional complement ("approved loans to Ghana and
        Zambia", "brokered a truce between Israel and Islamic Jihad"): each one a target too."""
        found = []
        for conj in tok.conjuncts:
            if conj.i <= tok.i or conj.i in doing:
                continue
            actor = self.actor(conj, ctx)
            if actor is not None and (actor.sector or actor.country) and not _own(conj, actor):
                found.append(_with_text(actor, actor.text, f"object's complement:{actor.evidence}"))
        return found

    def complement_target(self, cand: Candidate, ctx: DocContext, evidence: dict) -> list[Actor]:
        """A verb whose object is a clause: the target is in the clause. "demanding that the Turkish
        government provide information" (its subject), "threatened to impose restrictions against
        German goods", "offered to negotiate with the president of Armenia" (its object or
        prepositional object). An object that is no actor passes on its own prepositional object,
        except in violence: "closed its borders with Iran", "reduced supplies to a refugee camp"."""
        # not "repelled by Congolese and Ugandan troops": allies beating back an attack together (repel57)
        if mutual(cand.trigger) and len(cand.roles.source) == 1 and not (
                cand.trigger.kind == "verb" and repelling(cand.trigger.head)):
            # "Israeli and Egyptian officials met": each side meets the other
            others = self.coordinated(cand.roles.source[0], ctx)[1:]
            if others:
                evidence["target"] = [{"text": a.text, "resolved": a.name, "rule": a.evidence}
                                      for a in others]
                return others
        head = cand.trigger.head
        things = [t for h in cand.roles.target for t in expand(h)] if cand.trigger.cls not in VIOLENT else []
        deed_doers: list[Token] = []
        if cand.trigger.cls in JUDGING_CLASSES:  # "condemned the attack on its consulate": not the consulate
            jailer = self._jailer(things, cand, ctx, evidence)
            if jailer:
                return jailer
            deed_doers = _deed_doers([t for t in things if _violent_deed(t)])
            things = [t for t in things if not _violent_deed(t)]
        things += [head] if things and head.pos_ in ("VERB", "AUX") else []  # "closed its borders with Iran"
        # the one who did what the object names comes first: "condemned the sanctions imposed by the EU"
        # and who holds what it is about: "demanded the release
        objects = _aimed_first(_prep_objects(things, OBJECT_PREPS))
        objects += _prep_objects([t for t in things if t.lemma_.lower() in PART_NOUNS], frozenset({"in"}))
        objects = _asked_holder_first(objects, things)
        # "rejected an offer of talks from South Korea": the maker named on the "of" object, after it
        objects += _prep_objects([o for o in objects if o.head.lower_ == "of"], NESTED_MAKER_PREPS)
        owners = deed_doers + [g for t in things + objects  # of prisoners held by Syria"
                               for c in children_of(t) if c.dep_ == "acl" and c.tag_ == "VBN"
                               for a in children_of(c) if a.dep_ == "agent"
                               for g in children_of(a) if g.dep_ == "pobj"]
        owners += [g for t in things for c in children_of(t) if c.dep_ == "prep" and c.lower_ == "by"
                   for g in children_of(c) if g.dep_ == "pobj"]
        # "condemned Russia's treatment of the opposition", "praised Italy's reforms": whose it is (not
        # "condemned Navalny's detention": the one detained)
        owners += [c for t in things if t.pos_ in ("NOUN", "PROPN") for c in children_of(t)
                   if c.dep_ == "poss" and c.pos_ != "PRON" and not _undergoes(t, c)]
        # "dismissed Israeli allegations", "rejected an American offer": the country whose they are (not
        # the federation a state was part of: "the former Yugoslav republic of Macedonia")
        owners += [c for t in things if t.pos_ == "NOUN" and t.lower_ not in STATE_HEADS
                   for c in children_of(t)
                   if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") and c.i < t.i]
        doing = {t.i for h in cand.roles.source for t in actor_tokens(h)}
        for tok in owners + objects:
            if tok.idx < ctx.dateline_end or tok.i in doing:  # "a blockade imposed by Saudi Arabia": the doer
                continue
            actor = self.actor(tok, ctx)
            if actor is not None and tok.dep_ in ("amod", "compound") and (
                    _city_place(tok.head, tok, actor, ctx)):
                continue  # "blocked Brussels airport": the city's airport, not the EU's
            if actor is not None and actor.sector == "BUS" and _town_named(tok):
                continue  # "recaptured the town of Toyota": the town, no firm (orgs57)
            if actor is not None and (actor.sector or actor.country) and not _own(tok, actor):
                actor = _with_text(actor, actor.text, f"object's complement:{actor.evidence}")
                # "the exercises by Japan and the Philippines": both (targets-2)
                listed = tok in objects or tok.dep_ == "pobj" and tok.head.lower_ == "by"
                found = [actor] + (self._coordinated_complements(tok, ctx, doing) if listed else [])
                evidence["target"] = [{"text": a.text, "resolved": a.name, "rule": a.evidence} for a in found]
                return found
        doers = self._doer_countries(cand, ctx)
        selves = self._doer_names(cand, ctx)
        clauses = list(children_of(head)) if not denial(head) else []  # "denied killing civilians": no one
        if head.pos_ == "NOUN" and head.dep_ == "dobj":  # "reiterated its demand today that Israel ease ...":
            clauses += [c for c in children_of(head.head) if c.dep_ == "ccomp" and c.i > head.i and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c))]  # hung on the verb
        # "police arrested dozens; bodies were found": what was found is no complement of the arrest
        apart = set(semicolon_clauses(head)) if head.lemma_.lower() in FINDING else set()
        for comp in (c for c in clauses if c not in apart):
            that = comp.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in comp.children)  # "its demand that Qatar ..."
            that = that or (comp.dep_ == "acl" and head.lemma_.lower() in W["readiness_nouns"]
                            and comp.i > head.i)  # "signalled its readiness to negotiate with Egypt"
            small = comp.dep_ == "ccomp" and comp.pos_ in ("ADV", "ADP")  # "allowed inspectors back in"
            if (comp.dep_ not in ("ccomp", "xcomp") and not that) or (comp.pos_ not in ("VERB", "AUX")
                                                                       and not small):
                continue
            heads = [c for c in children_of(comp)
                     if c.dep_ in ("nsubj", "nsubjpass") and (comp.dep_ == "ccomp" or that)]
            objects = [c for c in children_of(comp) if c.dep_ in ("dobj", "dative")]
            if comp.lemma_ in W["helping_verbs"]:  # "pledged to help Algeria rebuild its grid": Algeria
                helped = [c for c in children_of(comp) if c.dep_ in ("ccomp", "xcomp")]
                heads += [s for c in helped for s in children_of(c) if s.dep_ == "nsubj" and s.pos_ in (
                    "NOUN", "PROPN")]  # and what it helps do to: "to help rebuild Afghanistan" (lead49)
                done_to = [o for c in helped if not any(s.dep_ == "nsubj" for s in children_of(c))
                           for o in children_of(c) if o.dep_ == "dobj"]  # "... Ukraine's power grid": Ukraine
                objects += done_to + [p for o in done_to for p in children_of(o) if p.dep_ == "poss"]
            if comp.lemma_ in HANDING:  # "refused to extradite the banker to the US": to whom first (coder21)
                heads += _prep_objects([comp, *objects], ("to",))
            heads += objects
            heads += _prep_objects([comp, *objects], COMPLEMENT_PREPS)  # "restrictions against German goods"
            for tok in heads:
                if tok.lower_ == "it" and tok.dep_ == "nsubj" and (state := self._state_before(head, ctx)):
                    return _noted(evidence, "target", state)  # "accused Pakistan of X and demanded that
                if tok.pos_ == "PRON" or tok.idx < ctx.dateline_end:  # it hand over 20 suspects"
                    continue
                actor = self.actor(tok, ctx)
                if actor is not None and (_doers_own(actor, doers) or actor.name in selves):
                    continue  # "growers could block roads, their leader warned": not the growers
                if actor is not None and (actor.sector or actor.country):
                    actor = _with_text(actor, actor.text, f"clause:{actor.evidence}")
                    return _noted(evidence, "target", actor)
        return self._addressed(cand, ctx, evidence) or self._claimed_against(cand, ctx, evidence)

    def _state_before(self, head: Token, ctx: DocContext) -> Actor | None:
        """The state a verb joined before the trigger acted on, which "it" in the trigger's clause stands
        for: "India accused Pakistan of X and demanded that it hand over 20 suspects" (Pakistan)."""
        if head.dep_ != "conj" or head.head.pos_ != "VERB":
            return None
        for obj in (c for c in children_of(head.head) if c.dep_ == "dobj" and c.idx >= ctx.dateline_end):
            actor = self.actor(obj, ctx)
            if actor is not None and actor.sector == "GOV" and (actor.evidence or "").startswith("country:"):
                return _with_text(actor, actor.text, f"pronoun:state acted on before ({obj.text})")
        return None

    def _jailer(self, things: list[Token], cand: Candidate, ctx: DocContext, evidence: dict) -> list[Actor]:
        """"Cameron denounced the jailing of Russian opposition figure Kara-Murza": the state that holds the
        one jailed, of where he is held ("the arrest of an American aid worker in Moscow"), else of his own
        country when it is not the judge's (one's own people are held abroad)."""
        held = [g for t in things if t.lemma_.lower() in CUSTODY_NOUNS
                for g in _prep_objects([t], frozenset({"of"}))]
        if not held:
            return []
        doers = self._doer_countries(cand, ctx)
        places = [p for t in things + held for p in _prep_objects([t], frozenset({"in"}))]
        for tok in places + held:
            actor = self.actor(tok, ctx) if tok.idx >= ctx.dateline_end else None
            iso = actor.country if actor is not None else None
            if iso is None or iso in doers:
                continue
            state = self.resolver.resolve("government", date=ctx.date, focus=iso, where=iso)
            if state is not None and state.country == iso:
                return _noted(evidence, "target", _with_text(state, actor.text, f"jailer:{iso}"))
        return []

    def _doer_countries(self, cand: Candidate, ctx: DocContext) -> set[str]:
        """The countries of the event's doers, as the parse names them."""
        found = (self.actor(t, ctx) for h in cand.roles.source for t in expand(h)
                 if t.idx >= ctx.dateline_end)
        return {a.country for a in found if a is not None and a.country}

    def _doer_names(self, cand: Candidate, ctx: DocContext) -> set[str]:
        """The names of the event's non-state doers, as the parse names them: what they report of
        themselves is no target ("the growers could block roads, their leader warned")."""
        found = (self.actor(t, ctx) for h in cand.roles.source for t in expand(h)
                 if t.idx >= ctx.dateline_end)
        return {a.name for a in found if a is not None and a.name and a.sector not in STATE_SECTORS}

    def _claimed_against(self, cand: Candidate, ctx: DocContext, evidence: dict) -> list[Actor]:
        """A crowd's protest with no target is aimed at whom its claim names: "marched through Seoul,
        demanding the withdrawal of U.S. troops", "rallied, calling for the resignation of the governor"."""
        head = cand.trigger.head
        if cand.trigger.cls not in ADDRESSED_CLASSES or head.pos_ not in ("VERB", "AUX"):
            return []
        for tok in _protested(head):  # "shut their shops in protest against North Korea's blockade"
            actor = self.actor(tok, ctx) if tok.idx >= ctx.dateline_end and tok.pos_ != "PRON" else None
            if actor is not None and actor.sector and actor.inter not in (5, 6, 7):
                actor = _with_text(actor, actor.text, f"protested against:{actor.evidence}")
                return _noted(evidence, "target", actor)
        clauses = [c for c in children_of(head) if c.dep_ in ("advcl", "xcomp", "conj")]
        sent = sentence_of(head)
        if sent.end < len(head.doc):  # "Teachers marched in Lagos. They demanded pay from the state."
            root = sentence_of(head.doc[sent.end]).root
            if any(c.dep_ == "nsubj" and c.lower_ in THIRD_PLURAL for c in children_of(root)):
                clauses.append(root)
        for clause in clauses:
            lemma = clause.lemma_.lower()
            if lemma not in CLAIMING_VERBS and lemma not in CHANTING_VERBS:
                continue
            objects = [c for c in children_of(clause) if c.dep_ == "dobj"]
            if lemma in CHANTING_VERBS:  # "chanting slogans against NATO": only whom they are against
                objects = _prep_objects([clause, *objects], ("against",))
            objects += _prep_objects([clause, *objects], OBJECT_PREPS)
            for tok in objects + _prep_objects(objects, OBJECT_PREPS):  # "calling for the release of X"
                if tok.idx < ctx.dateline_end or tok.pos_ == "PRON":
                    continue
                actor = self.actor(tok, ctx)
                if actor is not None and actor.sector and actor.inter not in (5, 6, 7):
                    actor = _with_text(actor, actor.text, f"claimed against:{actor.evidence}")
                    return _noted(evidence, "target", actor)
        return []

    def _addressed(self, cand: Candidate, ctx: DocContext, evidence: dict) -> list[Actor]:
        """A protest, strike or blockade by a crowd the parse found, with no target, is aimed at the
        government or ruler its sentence names with its country ("to press demands from President
        Bouteflika's government", "independence from Indonesian rule")."""
        if (cand.trigger.cls not in ADDRESSED_CLASSES or not cand.roles.source
                or _partnered(cand.trigger.head)):
            return []
        sent = sentence_of(cand.trigger.head)
        doc = sent.doc
        own = {t.i for h in cand.roles.source for t in actor_tokens(h)}
        # "The BNP, whose leader Khaleda Zia is under house arrest, boycotted the vote": who the doers are
        own |= {t.i for h in cand.roles.source for c in children_of(h) if c.dep_ == "relcl"
                for t in c.subtree}
        # "Thousands of Senegalese marched": the country's people a crowd's count is "of" are the doers
        # (westafr-2); not others named there ("thousands of Bolsonaro supporters": still whom they back)
        own |= {t.i for h in cand.roles.source if crowd_count(h) for c in children_of(h)
                if c.dep_ == "prep" and c.lower_ == "of" and any(
                    g.dep_ == "pobj" and demonym_word(g) for g in children_of(c)) for t in c.subtree}
        label = _after_label(cand.trigger.head)  # "Finance Bill protests: Ruto meets ...": not at Ruto
        start = max(sent.start_char, ctx.dateline_end)
        for a, b, actor in self.resolver.mentions(text_of(doc)[start:sent.end_char], date=ctx.date,
                                                  focus=ctx.focus, where=ctx.where):
            span = doc.char_span(start + a, start + b, alignment_mode="expand")
            rule = actor.evidence or ""
            if span is None or any(t.i in own or t.i in label or tongue_or_money(t) for t in span) or (
                    actor.sector != "GOV") or (
                    "+where:" in rule or "+focus:" in rule) or owner_nationality(text_of(doc), start + b) or (
                    len(span) == 1 and _surname_of_a_place(span[0], span.text, actor, ctx)):
                continue  # only a government or ruler named as such ("the mayor", "Chinese-owned": not)
            actor = _with_text(actor, span.text, f"addressee of the protest:{actor.evidence}")
            evidence["target"] = [{"text": span.text, "resolved": actor.name, "rule": actor.evidence,
                                   "start": span.start_char, "end": span.end_char}]
            return [actor]
        return []

    def _partner(self, cand: Candidate, ctx: DocContext, evidence: dict) -> list[Actor]:
        """The one a visit is "with": "arrived in Colombo for talks with Tamil rebels"."""
        for tok in cand.trigger.head.subtree:
            if tok.dep_ != "prep" or tok.lower_ != "with":
                continue
            for obj in (c for c in children_of(tok) if c.dep_ == "pobj"):
                actor = self.actor(obj, ctx)
                if actor is not None and (actor.sector or actor.country):
                    actor = _with_text(actor, actor.text, f"partner:{actor.evidence}")
                    return _noted(evidence, "target", actor)
        return []

    def place_target(self, cand: Candidate, ctx: DocContext, plover: str, evidence: dict) -> list[Actor]:
        """An action on a place with no actor as target ("eased emergency measures in Montenegro",
        "strengthened its forces in Lebanon", "reduced food supplies to a camp in Thailand"): the
        government of the country it names (its people, for coercion)."""
        if cand.trigger.cls in VIOLENT:
            return self._aimed_at(cand, ctx, evidence)
        host = cand.trigger.cls in HOST_PLACE_CLASSES  # "an envoy arrived in Damascus": Syria hosts
        if plover not in PLACE_TARGET_TYPES and not host and cand.trigger.cls not in PLACE_TARGET_CLASSES:
            return []
        if denied_deed(cand.trigger.head):  # "denied any involvement in the blast in Kunduz": the deed's
            return []  # place is no addressee of the denial (bombs49)
        if _calls_own_action(cand.trigger.head):  # "called for a shutdown in Srinagar": where it is to be
            return []  # held, not whom the call is put to (events57)
        if host:  # "arrived in Colombo for talks with Tamil rebels": the partner named, before the host
            partner = self._partner(cand, ctx, evidence)
            if partner:
                return partner
        if plover in PEOPLE_TARGET_TYPES and cand.roles.target:  # "seized white-owned farms", "demolished
            found = self._civilian_place(cand.roles.target, ctx, evidence)  # homes": their people
            if found:
                return found
            found = self._people_of_named_place(cand.roles.target, ctx, evidence)
            if found:  # "the army sealed off the West Bank": the people of the place it sealed
                return found
        head = cand.trigger.head
        spots = [head, *[t for t in cand.roles.target]]
        errand = _errand_verb(head) if host else None
        if errand is not None:  # "arrived in Tokyo on a four-day visit": the place the visitor went to
            spots.append(errand)
        if cand.trigger.cls in PURPOSE_PLACE_CLASSES:  # "deployed troops to restore order in Mali"
            spots += _purposes(head)
        preps = DESTINATION_PREPS if cand.trigger.cls in OWN_FORCES_CLASSES else PLACE_PREPS
        for spot in spots:
            for prep in children_of(spot):  # a dative "to" too: "sent doctors to quake-hit Herat" (aid48)
                if not _prep_or_dative(prep) or not (prep.lower_ in preps or (
                        cand.trigger.cls in FROM_PLACE_CLASSES and prep.lower_ in FROM_PREPS)):
                    continue  # "withdrew from the northern Iraqi town", "pulled out of Gaza"
                if prep.lower_ == "of" and spot.pos_ in ("NOUN", "PROPN"):
                    continue  # "the withdrawal of Russian troops": what is withdrawn, not the place left
                if cand.trigger.cls in FLEEING_CLASSES and prep.lower_ in FLED_TO:
                    continue  # "ethnic Armenians fled to Armenia": their refuge, no target (story47)
                if spot is head and prep.lower_ == "in" and plover not in IN_PLACE_TYPES and not host:
                    continue  # "signed the agreement in Bogota": where it was done, not to whom
                for tok in prep.subtree:
                    iso = self._country_of(tok, ctx) if not _sea_name(tok) else None
                    if iso is None:
                        continue  # nor "deployed warships to the Gulf of Guinea": a sea
                    kind = "civilians" if plover in PEOPLE_TARGET_TYPES and (
                        cand.trigger.cls not in GOVERNMENT_TARGET_CLASSES) else "government"
                    actor = self.resolver.resolve(kind, date=ctx.date, focus=iso, where=iso)
                    if actor is not None:
                        name = place_name(tok, ctx)  # "to Los Angeles": the whole name, not "Los"
                        person = next((t for t in cand.roles.target if t.lower_ in ("him", "her", "his")),
                                      None)  # "his detention in Tunis" too (custody58)
                        if person is not None and kind == "civilians":  # "arrested him in Vienna": one
                            name = person.text  # of its people, not the city
                        actor = _with_text(actor, name, f"place of the action:{iso}")
                        evidence["target"] = [{"text": name, "resolved": actor.name,
                                               "rule": actor.evidence}]
                        return [actor]
        return []

    def _people_of_named_place(self, things: list[Token], ctx: DocContext, evidence: dict) -> list[Actor]:
        """A measure whose object is a named place ("sealed off the West Bank", "closed the Gaza Strip"):
        the civilians of the country the place is in ("prevented aid from reaching El Fasher": a town the
        geocoder found, whatever entity the tagger gave it; aid48)."""
        for thing in things:
            if thing.ent_type_ not in ("GPE", "LOC") and not in_place(thing) or thing.pos_ != "PROPN" or (
                    _sea_name(thing)):
                continue
            iso = self._country_of(thing, ctx)
            actor = self.conventional("civilians", iso) if iso else None
            if actor is not None and actor.country:
                actor = _with_text(actor, _phrase(thing, ctx.dateline_end), f"people of the place:{iso}")
                return _noted(evidence, "target", actor)
        return []

    def _aimed_at(self, cand: Candidate, ctx: DocContext, evidence: dict) -> list[Actor]:
        """Violence whose object is a weapon, a volley or a thing: the armed side it is aimed at ("launched
        rocket fire against guerrilla camps", "fired mortars at army positions"), else the country named as
        where it hit. Added once the event is typed; crowds and civilians are left to the rules that type
        violence against them (as targets they would make "fired tear gas at rioting prisoners" an attack
        on civilians)."""
        things = [t for h in cand.roles.target for t in expand(h)]
        things += [cand.trigger.head] if things else []  # "fired tear gas at protesters"
        things += _landing(cand.trigger.head) if not things else []  # "rockets fired from Gaza hit X"
        unarmed = False  # "fired tear gas at protesters in Dhaka": aimed at people, not at Bangladesh
        if _hits_a_person(cand):
            return self._person_hit(cand, ctx, evidence)
        # "used water cannon against hundreds of demonstrators": the demonstrators the count is of
        for tok in (e for t in _prep_objects(things, NOT_DOER_PREPS) for e in expand(t)):
            if tok.idx < ctx.dateline_end:
                continue
            actor = self.actor(tok, ctx)
            if actor is not None and (actor.sector in ARMED_SECTORS or actor.inter in (1, 2, 3, 4, 8)) and (
                    not _own(tok, actor)):
                actor = _with_text(actor, actor.text, f"aimed at:{actor.evidence}")
                return _noted(evidence, "target", actor)
            leisure = self._crowd_at_leisure(tok, actor, {"trigger": {"class": cand.trigger.cls}}, ctx) if (
                actor is not None) else None
            if leisure is not None:  # "a grenade thrown into a crowd at a market": civilians (asia-2)
                return _noted(evidence, "target", _with_text(leisure, leisure.text,
                                                             f"aimed at the crowd:{leisure.evidence}"))
            # a crowd of protesters or rioters, or people force that disperses is used against ("students")
            if actor is not None and (actor.inter in (5, 6) or (
                    actor.inter == 7 and cand.trigger.cls in DISPERSING_CLASSES)):
                actor = _with_text(actor, actor.text, f"aimed at the crowd:{actor.evidence}")
                return _noted(evidence, "target", actor)
            unarmed = unarmed or (actor is not None and actor.inter == 7)
        holders = [g for t in things for c in children_of(t)
                   if c.dep_ == "acl" and c.lemma_.lower() in HOLDING_VERBS
                   for a in children_of(c) if a.dep_ == "agent" for g in children_of(a) if g.dep_ == "pobj"]
        for tok in holders:
            actor = self.actor(tok, ctx) if tok.idx >= ctx.dateline_end else None
            if actor is not None and actor.sector:  # "shelled positions held by Tigrayan rebels"
                actor = _with_text(actor, actor.text, f"holder of what was hit:{actor.evidence}")
                return _noted(evidence, "target", actor)
        if cand.trigger.cls in RIOT_CLASSES and not cand.roles.target:
            return []  # "fans rioted at a stadium in Cairo": where the crowd was, not whom it hit
        found = (self._wrecked_at(things, ctx, evidence) if cand.trigger.cls in WRECKING_CLASSES else []) or (
            self._civilian_place(things, ctx, evidence))
        if found or unarmed or cand.trigger.cls in RECIPROCAL:  # "rival cartels fought a gun battle in the
            return found  # city of Reynosa": a fight between sides, where it was fought is not one (lead47)
        return self._country_hit(things, ctx, evidence)

    def _person_hit(self, cand: Candidate, ctx: DocContext, evidence: dict) -> list[Actor]:
        """The object of a killing or beating that the dictionaries do not know ("an unarmed motorcyclist"): a
        civilian of the place where it happened, not an armed side named after "at" (vac28)."""
        iso = ctx.where or ctx.focus
        actor = self.conventional("civilians", iso) if iso else None
        if actor is None or not actor.country:
            return []
        actor = _with_text(actor, _phrase(cand.roles.target[0], ctx.dateline_end), f"person hit:{iso}")
        return _noted(evidence, "target", actor)

    def _wrecked_at(self, things: list[Token], ctx: DocContext, evidence: dict) -> list[Actor]:
        """Things broken at a house of worship, a home or a shop ("smashed idols at a temple in Dhaka"): the
        people whose place it is, as when the place itself is hit (faith-2)."""
        for tok in _prep_objects(things, WRECKED_AT_PREPS):
            if tok.idx < ctx.dateline_end or tok.lemma_.lower() not in CIVILIAN_PLACES:
                continue
            actor = self.actor(tok, ctx)
            if actor is not None and actor.inter == 7 and actor.country:
                actor = _with_text(actor, actor.text, f"place wrecked:{actor.evidence}")
                return _noted(evidence, "target", actor)
        return []

    def _civilian_place(self, things: list[Token], ctx: DocContext, evidence: dict) -> list[Actor]:
        """Violence at a village, home, market, school or hospital that names no one hit is against the
        civilians of the country the phrase names ("a market in Idlib", "Ukraine's villages") or, else,
        of the event's place ("rebels attacked a village in North Kivu")."""
        for thing in things:
            if thing.pos_ not in ("NOUN", "PROPN") or thing.lemma_.lower() not in CIVILIAN_PLACES:
                continue
            iso = next((c for t in thing.subtree if t.i != thing.i for c in [self._country_of(t, ctx)] if c),
                       None) or ctx.where
            actor = self.conventional("civilians", iso) if iso else None
            if actor is not None and actor.country:
                actor = _with_text(actor, _phrase(thing, ctx.dateline_end),
                                   f"civilians of the place hit:{iso}")
                return _noted(evidence, "target", actor)
        return []

    def _country_hit(self, things: list[Token], ctx: DocContext, evidence: dict) -> list[Actor]:
        """Violence at things in a country or place the sentence names ("struck targets in southern
        Lebanon", "shelled the city of Kharkiv", "struck Ukraine's power grid"): that country, with no
        sector (who was hit is not said)."""
        # the place itself ("air strikes on Idlib", "hit northern Israel"); one a volley is aimed at
        # ("fired a missile at Marib city"); things in or of a place ("targets in southern Lebanon")
        words = [(t, True) for t in things if t.pos_ == "PROPN" and (  # or the object placed whatever
            t.ent_type_ in ("GPE", "LOC") or t.dep_ in ("dobj", "nsubjpass") and _place_word(t, ctx))]  # its
        # tag: "shelled Kherson", "Pokrovsk was attacked by ..." (a PERSON to the tagger; leftovers62); not
        # "fighting over Nagorno-Karabakh" (what it was about)
        words += [(g, t.lemma_.lower() in PLACE_NOUNS or t.lemma_.lower() in LANDING_VERBS
                   or _infrastructure(t)) for t in things for c in children_of(t)
                  if c.dep_ == "prep" and c.lower_ in HIT_IN_PREPS
                  for g in c.subtree if (g.ent_type_ in ("GPE", "NORP", "LOC") or _place_word(g, ctx))
                  and not _beside(g, c)]
        words += [(g, True) for t in things if t.pos_ == "VERB" for c in children_of(t)
                  if c.dep_ == "prep" and c.lower_ in HIT_AT_PREPS  # not people: "fired at Palestinians"
                  for g in c.subtree if (g.ent_type_ in ("GPE", "LOC") or _place_word(g, ctx))
                  and not _beside(g, c)]
        words += [(c, False) for t in things if t.pos_ in ("NOUN", "PROPN") for c in children_of(t)
                  if c.dep_ == "poss" and c.ent_type_ == "GPE"]
        words += [(g, True) for g in self._works_placed(things, ctx)]  # "attacked energy facilities in X"
        for tok, place in words:
            if _sea_name(tok):
                continue  # "fired missiles into the Gulf of Oman": a sea, not Oman
            named = self.resolver.resolve(tok.text, date=ctx.date)
            within = next((p for p in ctx.places if p.start is not None and p.end is not None
                           and p.start <= tok.idx < p.end), None)
            if named is not None and (named.evidence or "").startswith(("country:", "demonym:")):
                # "the Jordan Valley": the valley's country, not Jordan
                iso = within.country if _word_of_longer_place(tok, within) else named.country
            else:  # a town only where the thing hit is a place: "shelled the city of Kharkiv"
                iso = self._country_of(tok, ctx) if place and tok.ent_type_ != "NORP" else None
            country = self.resolver.countries.get(iso or "")
            if country is None:
                continue
            place = within
            actor = Actor(text=place.text if place is not None else tok.text, name=country.name,
                          country=country.iso3, evidence=f"country where the violence hit:{country.iso3}")
            evidence["target"] = [{"text": tok.text, "resolved": actor.name, "rule": actor.evidence}]
            return [actor]
        return []

    def _works_placed(self, things: list[Token], ctx: DocContext) -> list[Token]:
        """The place words after "in" under the verb whose object is infrastructure (``_infrastructure``):
        "drones attacked energy facilities in the Kharkiv region" (the parse hangs the place on the verb);
        where the works hit are (roles248)."""
        return [g for t in things if t.dep_ == "dobj" and _infrastructure(t) for c in children_of(t.head)
                if c.dep_ == "prep" and c.lower_ in HIT_IN_PREPS
                for g in c.subtree if (g.ent_type_ in ("GPE", "LOC") or _place_word(g, ctx))
                and not _beside(g, c)]

    def place_name(self, tok: Token, ctx: DocContext) -> str:
        """The whole name of the geocoded place a word is in ("Los Angeles" for "Los"), else the word."""
        return place_name(tok, ctx)

    def _country_of(self, tok: Token, ctx: DocContext) -> str | None:
        """The country of a place word: a country name, or a place the gazetteer found."""
        if tok.ent_type_ not in ("GPE", "LOC", "NORP") and tok.pos_ != "PROPN" and not _place_word(tok, ctx):
            return None
        place = next((p for p in ctx.places if p.start is not None and p.end is not None
                      and p.start <= tok.idx < p.end), None)
        if place is not None and place.country:
            return people_country(place)  # "Hong Kong": HKG, though ACLED places the event in China
        actor = self.resolver.resolve(tok.text)
        # a country's name, or its adjective before a place ("the northern Iraqi town")
        adjective = tok.head.pos_ == "NOUN" and (tok.ent_type_ == "NORP" or (  # "the Kuwaiti border",
            tok.dep_ in ("amod", "compound") and tok.i < tok.head.i))  # the adjective parsed as a place name
        kinds = ("country:", "demonym:") if adjective else ("country:",)
        known = actor is not None and (actor.evidence or "").startswith(kinds)
        return actor.country if known else None

    def told(self, cand: Candidate, ctx: DocContext, evidence: dict) -> list[Actor]:
        """An event with no target reported in what one side told another: "Britain told Argentina it
        would defend the islands" (Argentina), "assured Syria that its troops would withdraw". Not the
        press ("told reporters") nor the doer's own side ("told parliament")."""
        verb = _telling_verb(cand.trigger.head)
        if verb is None:
            return []
        doers = self._doer_countries(cand, ctx) | {a.country for a in self._said_by(verb, ctx) if a.country}
        told = [c for c in children_of(verb) if c.dep_ in ("dobj", "dative") and c.idx >= ctx.dateline_end]
        for tok in told:
            actor = self.actor(tok, ctx)
            if actor is None or actor.sector in PRESS_SECTORS or not (actor.sector or actor.country) or (
                    _guessed_country(actor) and not (actor.evidence or "").startswith("org:")):
                continue
            if actor.country and actor.country in doers:
                continue
            actor = _with_text(actor, actor.text, f"told:{actor.evidence}")
            return _noted(evidence, "target", actor)
        return []

    def home_measure(self, cand: Candidate, source: list[Actor], evidence: dict,
                     where: str | None = None) -> list[Actor]:
        """"Pakistan imposed martial law", "the government declared a state of emergency": a measure a
        state puts in force with no one named as its target is aimed at its own country's people (or at
        the people of ``where``, the country of a place its sentence names, see ``own_people``)."""
        intended = cand.trigger.rule.partition("+intent:")[2]  # "ready to impose martial law": a threat of it
        if not source or (cand.trigger.cls not in HOME_MEASURE_CLASSES
                          and intended not in HOME_MEASURE_CLASSES):
            return []
        return self.own_people(source[0], evidence, where)

    def own_people(self, state: Actor, evidence: dict, where: str | None = None) -> list[Actor]:
        """A state's own people, as the target of a measure it puts in force or eases at home ("Nepal lifted
        a curfew in Kathmandu": not Nepal's government); the people of ``where``, the country of a place
        the sentence names, when that is another country ("Russia closed the humanitarian corridor out of
        Mariupol": Ukraine's; roles248)."""
        if state.sector not in STATE_DOERS or not state.country or _guessed_country(state):
            return []
        home = where or state.country
        people = self.conventional("civilians", home)
        if people is None or people.country != home:
            return []
        rule = "own people" if home == state.country else "people of the place"
        rule = f"{rule} under the measure"
        people = _with_text(people, people.name or "", f"{rule}:{home}")
        evidence["target"] = [{"text": people.text, "resolved": people.name, "rule": people.evidence}]
        return [people]

    def third_party(self, cand: Candidate, source: list[Actor], target: list[Actor], ctx: DocContext,
                    evidence: dict) -> list[Actor]:
        """A request to an international body to act against a third party: "urged the UN to punish Iran",
        "asked the Arab League to impose sanctions on Iraq" have that party first, the body after it."""
        if not target or target[0].country is not None or not (target[0].evidence or "").startswith("org:"):
            return target
        doers = {a.country for a in source if a.country}
        for act in children_of(cand.trigger.head):
            if act.dep_ != "xcomp" or act.pos_ not in ("VERB", "AUX"):
                continue
            for tok in _acted_against(act):
                actor = self.actor(tok, ctx)
                if actor is None or _guessed_country(actor) or actor.country in doers:
                    continue
                actor = _with_text(actor, actor.text, f"acted against at the request:{actor.evidence}")
                evidence["target"] = [{"text": a.text, "resolved": a.name, "rule": a.evidence}
                                      for a in (actor, target[0])]
                return [actor, *target]
        return target

    def on_condition(self, cand: Candidate, ctx: DocContext, evidence: dict) -> list[Actor]:
        """A threat or demand with no target made on a condition: the doer of the condition ("vowed to
        retaliate if the United States attacked again", "would impose sanctions if Pakistan tested a bomb"),
        not the doer's own side nor a pronoun."""
        head = cand.trigger.head
        verbs = [head, *(c for c in children_of(head) if c.dep_ in ("xcomp", "ccomp"))]
        if head.dep_ == "dobj":  # "would impose sanctions if ...": the verb of the event's noun
            verbs.append(head.head)
        doers = self._doer_countries(cand, ctx)
        for verb in verbs:
            for clause in children_of(verb):
                if clause.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                                     for m in children_of(clause)):
                    continue
                subjects = [c for c in children_of(clause) if c.dep_ == "nsubj" and c.pos_ != "PRON"]
                subjects += [g for a in children_of(clause) if a.dep_ == "agent"
                             for g in children_of(a) if g.dep_ == "pobj"]  # "if attacked by Iran"
                for tok in subjects:
                    actor = self.actor(tok, ctx)
                    if actor is None or not (actor.sector or actor.country) or _doers_own(actor, doers):
                        continue
                    actor = _with_text(actor, actor.text, f"condition:{actor.evidence}")
                    return _noted(evidence, "target", actor)
        return []

    def _said_by(self, verb: Token, ctx: DocContext) -> list[Actor]:
        """Who tells: the subject of the telling verb."""
        found = (self.actor(t, ctx) for s in clause_subject(verb) for t in expand(s)
                 if t.idx >= ctx.dateline_end)
        return [a for a in found if a is not None]

    def addressee(self, cand: Candidate, ctx: DocContext, evidence: dict,
                  asked: Token | None = None) -> list[Actor]:
        """A demand or accusation with no named addressee is aimed at the government of the
        country it is about: 'we demand an end to the detention of prisoners in Peru'. With the one asked
        named (``asked``, see ``asked_by_name``), only a country in its own words: "urged Liberia's warring
        factions to accept a ceasefire" (not "urged donors to send food to Yemen")."""
        head = cand.trigger.head
        if asked is None and _calls_own_action(head):
            return []  # "called for a complete shutdown in Srinagar": put to its followers, not Delhi
        objects = [c for c in children_of(head) if c.dep_ in ("dobj", "prep", "ccomp", "xcomp")]
        objects = objects if asked is None else [asked]
        doers = {t.i for s in cand.roles.source for t in s.subtree}  # not "a warning from Beijing"'s doer
        # "Beijing will impose countermeasures if Washington sells arms, the Chinese ministry warned": not the
        # doer's own state while another is named (actors46)
        own, first = self._doer_countries(cand, ctx), None
        if cand.trigger.cls in JUDGING_CLASSES:  # "condemned the attack on its consulate in Damascus": where
            doers |= {t.i for o in objects for d in o.subtree if _violent_deed(d)  # the victims were, no side
                      for v in _prep_objects([d], frozenset({"on", "against"})) for t in v.subtree}
        denied = denied_deed(head)  # "denied any involvement in the attack near Moscow": no place's state
        for obj in objects:
            for tok in obj.subtree:
                if denied and not _accuser(tok):
                    continue
                if tok.dep_ == "poss" and _undergoes(tok.head, tok):
                    continue  # "an inquiry into Marielle Franco's murder": the victim, no state (targets-2)
                if tok.ent_type_ == "GPE" and tok.i not in doers and not meeting_venue(tok) and not (
                        self._deal_city(tok, ctx) or tongue_or_money(tok)):
                    actor = self.resolver.resolve(f"the government of {tok.text}", date=ctx.date)
                    if actor is not None and actor.country and not _geocoded_elsewhere(tok, actor, ctx):
                        first = first or (tok, actor)
                        if actor.country in own:  # "Moscow will respond if NATO deploys troops": NATO
                            met = self.on_condition(cand, ctx, evidence)
                            if met:
                                return met
                        else:
                            return self._addressed_to(tok, actor, evidence)
        return self._addressed_to(*first, evidence) if first is not None else []

    def _addressed_to(self, tok: Token, actor: Actor, evidence: dict) -> list[Actor]:
        """The government a demand's words name, noted as its addressee."""
        actor = _with_text(actor, tok.text, "addressee:country of the demand")
        evidence["target"] = [{"text": tok.text, "resolved": actor.name, "rule": actor.evidence}]
        return [actor]


def _condition_object(pron: Token) -> Token | None:
    """The object of the main clause a condition's pronoun subject stands for ("Israel will strike Iran if it
    attacks again", "police will arrest the protesters if they block the road"): the one the condition is put
    to, of the pronoun's number; None otherwise ("the union will strike if it is not paid")."""
    verb = pron.head
    if pron.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children_of(verb)):
        return None
    plural = pron.lower_ in THIRD_PLURAL
    if not plural and pron.lower_ != "it":
        return None
    obj = next((c for c in children_of(verb.head) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None or (obj.tag_ in ("NNS", "NNPS")) != plural:
        return None
    return obj


def place_name(tok: Token, ctx: DocContext) -> str:
    """The whole name of the geocoded place a word is in ("Los Angeles" for "Los"), else the word."""
    place = next((p for p in ctx.places or () if p.start is not None and p.end is not None
                  and p.start <= tok.idx < p.end), None)
    return text_of(tok.doc)[place.start:place.end] if place is not None else tok.text


def _geocoded_elsewhere(tok: Token, actor: Actor, ctx: DocContext) -> bool:
    """Is the place word geocoded in the story to a country other than the actor's it names by the name's
    prior ("soldiers in Samar" in a story about the NPA: the Philippine island, not the Ukrainian town)?"""
    place = next((p for p in ctx.places or () if p.start is not None and p.start <= tok.idx < p.end), None)
    return place is not None and place.country is not None and (
        actor.country not in (place.country, people_country(place)))


def _unnamed_sides(tok: Token, actor: Actor | None) -> Actor | None:
    """'hosted talks between the two sides': sides no sentence names, whose country is only the story's
    place, are no one (the host's people least of all); "both sides in the Sudanese conflict" keep theirs."""
    if actor is not None and tok.lower_ == "sides" and "+where:" in (actor.evidence or "") and any(
            c.lower_ in ("two", "both") for c in children_of(tok)):
        return None
    return actor


def _freed_captives(trig: Token) -> bool:
    """A participle telling people as held, on the object of a freeing verb ("rescued 12 kidnapped
    students")."""
    noun = trig.head
    return trig.dep_ in ("amod", "acl") and trig.tag_ == "VBN" and noun.dep_ == "dobj" and (
        noun.head.lemma_.lower() in FREEING_VERBS)


def _rescuers(trig: Token) -> set[int]:
    """Words of those who freed the people a participle tells as held ("police rescued 12 kidnapped
    students"): they did not hold them."""
    if not _freed_captives(trig):
        return set()
    return {t.i for s in clause_subject(trig.head.head) for t in s.subtree}


def _foilers(trig: Token) -> set[int]:
    """Words of those who foiled the attempt or plot a deed's clause tells ("guards thwarted an attempt to
    kidnap a diplomat"): they did not attempt it (hostage-4)."""
    return {t.i for s in foilers_of(trig) for t in s.subtree}


def _deed_clause(deed: Token) -> Token:
    """The verb whose clause tells a deed: the deed itself when a verb, else the verb a noun of it hangs on
    ("were injured in a knife attack": "injured")."""
    verb, hops = deed, 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and hops < 6:
        verb, hops = verb.head, hops + 1
    return verb


def _answering_clause(verb: Token, clause: Token) -> bool:
    """Whether a verb's clause is joined to the deed's clause as the next step told ("were stabbed and police
    arrested", "were stabbed; police arrested", "in a knife attack before police detained the suspect")."""
    if verb.dep_ == "conj" and verb.head.i == clause.i or clause.dep_ == "conj" and clause.head.i == verb.i:
        return True
    if verb.dep_ == "advcl" and verb.head.i == clause.i:
        return any(c.dep_ == "mark" and c.lower_ in RESPONSE_MARKS for c in children_of(verb))
    first, second = sorted((verb, clause), key=lambda t: t.i)
    joined = (verb.dep_ in ("ccomp", "parataxis") and verb.head.i == clause.i) or (
        clause.dep_ in ("ccomp", "parataxis") and clause.head.i == verb.i)
    return joined and any(t.text in JOINING_PUNCT and t.head.i in (verb.i, clause.i)
                          for t in first.doc[first.i + 1:second.i])


def _crowd_scene(deed: Token) -> bool:
    """A deed told at a crowd's scene ("protesters were beaten and police arrested 40"), or on a suspect ("a
    suspect was shot and police arrested two others"): the police who answer there may be who hit."""
    lemmas, toks = lemmas_of(deed.doc), tokens_of(deed.doc)  # found by lemma, no Token made for each word
    start, end = sentence_bounds(deed)
    if any(lemmas[k] in CROWD_SCENE_WORDS and toks[k].pos_ != "PROPN" for k in range(start, end)):
        return True
    hit = [c for c in children_of(_deed_clause(deed)) if c.dep_ in ("nsubjpass", "dobj")]
    return any(t.lemma_.lower() in ARMED_SUSPECTS for t in hit)


def _nationalists(words_: list[str]) -> bool:
    """Whether a mention's words end in a nationalist's or independence fighter's noun (orgnames56)."""
    return bool(words_) and (words_[-1] in NATIONALIST_WORDS or " ".join(words_[-2:]) in NATIONALIST_WORDS)


def _ground_taken(tok: Token, actor: Actor, evidence: dict) -> bool:
    """A name no dictionary knows, not a person's or a body's, that is the ground a capture of territory
    takes ("Rebels captured Kibumba near Goma"): a place, no target."""
    return (evidence.get("trigger", {}).get("class") in TERRITORY_TAKEN and actor.evidence == UNKNOWN_NAME
            and tok.pos_ == "PROPN" and tok.dep_ in ("dobj", "pobj", "nsubjpass")
            and tok.ent_type_ not in ("ORG", "NORP") and not any(
                c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in children_of(tok)))


def tongue_or_money(tok: Token) -> bool:
    """A country's or people's name that names its currency ("US dollar salaries", "the Zimbabwe dollar") or
    its language ("the use of French in courts", "lessons taught in English", "to speak Russian"): no
    state nor people (``money_nouns``, ``tongue_nouns``, ``tongue_verbs`` in data/mentions.yaml;
    followups63)."""
    head = tok.head
    if tok.dep_ in ("compound", "amod", "nmod") and head.lower_ in MONEY_NOUNS_ and head.i == tok.i + 1:
        return True
    if tok.ent_type_ not in ("NORP", "LANGUAGE") or tok.pos_ not in ("PROPN", "NOUN") or any(
            c.dep_ == "det" for c in children_of(tok)) or tok.tag_ in ("NNS", "NNPS"):
        return False  # "the French", "Russians": the people
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in TONGUE_NOUNS:
        return True  # "the use of French"
    if tok.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in TONGUE_VERBS:
        return True  # "taught in English"
    return tok.dep_ == "dobj" and head.lemma_.lower() in TONGUE_VERBS  # "to speak Russian"


def _town_struck(tok: Token, actor: Actor, evidence: dict, ctx: DocContext) -> bool:
    """A name the gazetteer placed, that no dictionary knows as an actor (only the tagger's guess of a body
    or a person, or no guess), struck by an attack ("The 3R rebel group attacked Bouar", "ADF rebels
    attacked Oicha"): the town hit, which the country where the violence hit stands for, as for a town
    the tagger calls a place (followups63)."""
    return (evidence.get("trigger", {}).get("class") in TOWN_STRUCK_CLASSES and tok.pos_ == "PROPN"
            and actor.evidence in (UNKNOWN_NAME, "ner:ORG", "ner:PERSON") and _place_word(tok, ctx)
            and (tok.dep_ in ("dobj", "nsubjpass")
                 or tok.dep_ == "pobj" and tok.head.lower_ in ("on", "against")))


def _crowd_told(deed: Token | None) -> bool:
    """Whether the story, up to the end of a deed's sentence, tells of a crowd ("Protesters gathered outside
    the ministry. The group then attacked police"): "the group" may be that crowd (``crowd_told_words``)."""
    if deed is None:
        return False
    lemmas, end = lemmas_of(deed.doc), sentence_bounds(deed)[1]
    return any(lemmas[k] in CROWD_TOLD for k in range(end))


def _bare_armed_body(words_: list[str], rule: str, actor: Actor, cls: str, target: list[Actor]) -> bool:
    """A body named by a bare generic noun and no earlier name ("the group", "the cell", or "it" said of
    one) that kills, shoots, bombs or abducts, or attacks an armed force ("The group attacked an army
    post"): an armed group, not a crowd (``armed_bare_bodies`` in data/mentions.yaml)."""
    if actor.sector is not None or actor.inter != 0 or not words_:
        return False
    said = ANTECEDENT.match(rule)
    noun = said.group(1).lower() if said else (words_[-1] if rule.startswith("role:") else "")
    if noun not in ARMED_BARE_BODIES or (not said and words_[0] not in ("the", "this", "that")):
        return False  # "a group of youths attacked a man": a mob
    return cls in ARMED_CLASSES or cls in SINGLE_ARMED_CLASSES and any(
        a.sector in ARMED_SECTORS and a.inter in ARMED_INTER for a in target)


def _lone_doer(words_: list[str], actor: Actor, cls: str, deed: Token | None) -> bool:
    """One person named by a role noun of a civilian sector ("a driver", "an asylum seeker", "the man") who
    does armed, single or planted violence, or a counted few ("two men") who do it with a blade or a gun."""
    if not words_ or actor.inter not in (0, 7) or (actor.sector or "CVL") not in LONE_SECTORS or (
            words_[-1] in LONE_BODIES or words_[-1] in W["clashing_collectives"]):
        return False
    if words_[0] in ("a", "an"):
        return True
    if words_[0] == "the" and deed is not None:  # "the man", not "the men" nor "the police"
        lowers, toks = lowers_of(deed.doc), tokens_of(deed.doc)  # found by its word, no Token made for each
        start, end = sentence_bounds(deed)
        return any(lowers[k] == words_[-1] and toks[k].tag_ in ("NN", "NNP") for k in range(start, end))
    return (words_[0] in SMALL_COUNTS and deed is not None and cls in ARMED_CLASSES | SINGLE_ARMED_CLASSES
            and _bladed(deed))


def _bladed(deed: Token) -> bool:
    """A deed done with a blade or a gun: "stabbed", "attacked worshippers with a knife"."""
    if deed.lemma_.lower() in BLADE_VERBS:
        return True
    return any(p.dep_ == "prep" and p.lower_ == "with" and any(o.lower_ in BLADE_WEAPONS for o in p.children)
               for p in deed.children)


def _responders(deed: Token, cls: str) -> set[int]:
    """Words of the police or troops a clause joined to an attack told with no doer shows answering it ("two
    people were stabbed; police arrested the attacker", "were wounded in a knife attack and soldiers later
    shot the assailant"): they did not do it (terror-1); not at a crowd's scene, where they may have."""
    if cls not in RESPONDED_CLASSES or _crowd_scene(deed):
        return set()
    clause, out = _deed_clause(deed), set()
    lemmas, toks = lemmas_of(deed.doc), tokens_of(deed.doc)  # found by lemma, no Token made for each word
    start, end = sentence_bounds(deed)
    wanted = RESPONDING_TAKERS | RESPONDING_STOPPERS
    for verb in (toks[k] for k in range(start, end) if lemmas[k] in wanted):
        lemma = lemmas[verb.i]
        if verb.pos_ != "VERB" or verb.i <= max(deed.i, clause.i) or not _answering_clause(verb, clause):
            continue  # told after the attack ("soldiers detained X; he was later killed in custody": theirs)
        objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
        if lemma in RESPONDING_STOPPERS and not any(o.lower_ in RESPONDED_SUSPECTS for o in objects):
            continue  # "police shot a protester": not an answer to the attack
        doers = [c for c in children_of(verb) if c.dep_ == "nsubj"] + [
            g for p in children_of(verb) if p.dep_ == "agent" for g in children_of(p) if g.dep_ == "pobj"]
        out.update(t.i for d in doers for t in d.subtree)
    return out


def _rememberers(deed: Token) -> set[int]:
    """Words of the subjects of the verbs that commemorate a deed, try someone for it, count it or failed to
    stop it ("Indonesians commemorated the 2002 Bali bombings", "a court convicted a former soldier of the
    1982 massacre", "police figures show that 27,000 people were murdered", "police failed to prevent the
    bombings"): they did not do it (memory-1)."""
    return {t.i for v in remote_verbs(deed) for s in clause_subject(v) for t in s.subtree}


def _toll_tellers(deed: Token) -> set[int]:
    """Words of a sentence outside the phrase of a deed named only as what a toll counts ("Officials raised
    the death toll from Friday's ambush to 19", "Two injured policemen died, bringing the number of dead in
    the Kano attack to 11"): the reporters or the dead, not its doers (counts355)."""
    if deed.pos_ not in ("NOUN", "PROPN") or not tolled_event(deed):
        return set()
    own = {t.i for t in deed.subtree}
    sent = deed.sent
    return {i for i in range(sent.start, sent.end) if i not in own}


def _kin_named(deed: Token) -> set[int]:
    """Words of the people a deed names as its victims, kin or survivors ("relatives of the victims of the
    1988 Halabja attack", "survivors of the bombings"), not those inside the deed's own phrase ("the victims
    of the 1999 NATO bombing"): they did not do it (``commemorations`` in data/readings.yaml; memory-1)."""
    if deed.dep_ != "pobj" or deed.head.head.lemma_.lower() not in readings()["commemorations"]["kin"]:
        return set()
    top = deed.head.head
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ in ("NOUN", "PROPN"):
        top = top.head.head
    if top.dep_ == "nsubj" and top.head.lemma_.lower() in SPEECH:  # "Survivors of the attack said X stormed"
        return {t.i for t in top.subtree} - {t.i for t in deed.subtree}
    sent = sentence_of(deed)
    # the deed only names its victims' people: no one of the sentence but its own phrase did it ("Clinton
    # visited the victims of the Oklahoma City bombing", "condolences to the families of the victims of the
    # embassy bombings"; embedded60)
    return set(range(sent.start, sent.end)) - {t.i for t in deed.subtree}


def _inquirers(deed: Token) -> set[int]:
    """Words of the subjects, named or controlling, of the verbs that inquire into a deed ("called on the
    Algerian authorities to investigate the massacres": the authorities would investigate, they did not
    kill; embedded60)."""
    toks = tokens_of(deed.doc)  # the clauses found by their label, no Token made for each word
    return {t.i for k in deps_between(deed.doc, ("xcomp",), *sentence_bounds(deed)) if toks[k].pos_ == "VERB"
            and _inquires_into(toks[k], deed) for s in clause_subject(toks[k]) for t in s.subtree}


def _authors_takers(trig: Token) -> set[int]:
    """Words of those who took or sought a deed's author ("police detained the suspected organizer of the
    kidnapping"): they did not do the deed (hostage-4)."""
    author = deed_author(trig)
    verb = author.head if author is not None and author.dep_ in ("dobj", "nsubjpass") else None
    return {t.i for s in clause_subject(verb) for t in s.subtree} if verb is not None else set()


def _described_in(subjects: list[Token]) -> set[int]:
    """The tokens of the clauses that describe the subjects ("militants holding 12 aid workers hostage"):
    the people named there may be what an object pronoun of the subjects' verb names."""
    return {t.i for s in subjects for c in children_of(s) if c.dep_ in ("acl", "relcl") for t in c.subtree}


def _prep_or_dative(tok: Token) -> bool:
    """A preposition, or a "to" the parse makes a dative ("sent doctors to Herat")."""
    return tok.dep_ == "prep" or tok.dep_ == "dative" and tok.pos_ == "ADP"


def _named_edge(place: Token) -> bool:
    """A border told with a country ("the Ukrainian border", "the border with Turkey"), which two states
    share (``shared_edges`` in data/mentions.yaml)."""
    if place.dep_ != "pobj" or place.lemma_.lower() not in W["shared_edges"]:
        return False
    return any((c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE"))
               or (c.dep_ == "prep" and c.lower_ == "with") for c in children_of(place))


def _said_to_be(tok: Token) -> Token | None:
    """'those killed were members of the People's Defense Force': what a demonstrative standing for people
    is said to be, the noun after "be" (clause48); None otherwise."""
    if tok.lower_ not in ("those", "these") or tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
        return None
    attr = next((c for c in children_of(tok.head) if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)
    group = next((g for c in children_of(attr) if c.dep_ == "prep" and c.lower_ == "of"
                  for g in children_of(c) if g.dep_ == "pobj"), None) if attr is not None else None
    return group if group is not None and attr.lemma_.lower() in ("member", "fighter") else attr


def _infrastructure(thing: Token) -> bool:
    """Whether a thing hit is a work of a country's energy, transport or water (``infrastructure_nouns``)
    with no owner named before it ("an energy facility", "a power plant"; not "a Hezbollah facility")."""
    words = [t.lower_ for t in thing.lefts if t.dep_ == "compound"] + [thing.lemma_.lower()]
    if not (thing.lemma_.lower() in INFRASTRUCTURE_NOUNS or " ".join(words[-2:]) in INFRASTRUCTURE_NOUNS):
        return False
    return not any(t.dep_ in ("poss", "compound", "amod") and t.ent_type_ in ("ORG", "NORP", "PERSON", "GPE")
                   for t in thing.lefts)


def _told_person(pronoun: Token, verb: Token) -> Token | None:
    """The name a verb of telling addresses ("told Imran Khan that ...") when a singular pronoun of what
    it tells undergoes a deed ("his detention", "he had been detained"): the addressee, not the speaker, is
    the one it was done to (clause48); None otherwise."""
    if verb.lemma_ not in W["told_person_verbs"] or pronoun.lower_ not in W["singular_pronouns"]:
        return None
    if not (pronoun.dep_ == "nsubjpass" or pronoun.dep_ == "poss" and _undergoes(pronoun.head, pronoun)):
        return None
    return next((c for c in children_of(verb) if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"
                 and c.ent_type_ not in ("GPE", "NORP", "LOC")), None)


def _undergoes(noun: Token, owner: Token) -> bool:
    """Whether a noun's owner is the one the deed it names was done to ("Navalny's detention")."""
    entry = lexicon().nouns.get(noun.lemma_.lower())
    return entry is not None and patient_owner(noun, owner, entry.cls)


def _joined_word(tok: Token) -> str:
    """The word with the hyphened parts written onto it before it ("vice-chancellor" the parse split)."""
    doc, start = tok.doc, tok.i
    while start > 0 and not doc[start - 1].whitespace_ and "-" in (doc[start - 1].text, doc[start].text):
        start -= 1
    return doc[start:tok.i + 1].text.lower()


def _campus_head(tok: Token, country: str | None) -> bool:
    """Whether the title names a university's head ("the vice-chancellor of Dhaka University", "the university
    chancellor", "gheraoed the vice-chancellor"), not a state's ("German Vice-Chancellor", in Germany)."""
    word = _joined_word(tok)
    if word not in CAMPUS_HEADS:
        return False
    mods = [c for c in children_of(tok) if c.dep_ in ("compound", "amod", "nmod", "poss")]
    if any(c.ent_type_ in ("NORP", "GPE") for c in mods):
        return False
    near = mods + [g for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in ("of", "at")
                   for g in children_of(c) if g.dep_ == "pobj"]
    if any(t.lemma_.lower() in CAMPUS_WORDS for t in near):
        return True
    return word != "chancellor" and country not in CHANCELLOR_STATES


def _provision(tok: Token) -> bool:
    """Whether the word is a numbered clause of a law ("Section 144", "Article 370"), not a party's name."""
    return tok.lower_ in PROVISION_WORDS and any(c.dep_ == "nummod" and c.like_num for c in children_of(tok))


def _idea_word(tok: Token) -> bool:
    """Whether a role word names an idea: lowercase, singular, with no determiner or possessor ("demanding
    justice", "social justice"; ``idea_role_words``), not "the justice" nor "Justice Kennedy"."""
    return (tok.text in IDEA_ROLE_WORDS and tok.tag_ == "NN"
            and not any(c.dep_ in ("det", "poss", "nummod") for c in children_of(tok)))


def _sea_name(tok: Token) -> bool:
    """Whether a word is the country in a body of water's name ("Guinea" in "the Gulf of Guinea")."""
    if tok.dep_ != "pobj":
        return False  # no head Token made for most words
    of = tok.head
    return of.lower_ == "of" and of.head.lemma_.lower() in SEA_WORDS


def _word_of_longer_place(tok: Token, place: Place | None) -> bool:
    """Is the word only part of a longer place name the story placed ("Jordan" in "the Jordan Valley",
    a valley of the West Bank)?"""
    return place is not None and bool(place.country) and place.end - place.start > len(tok.text)

def denial(head: Token) -> bool:
    """Whether a trigger is a denial ("denied killing civilians"), whose clause names no target."""
    return head.lemma_.lower() in DENIAL_VERBS


def denied_deed(head: Token) -> bool:
    """Whether a denial denies a deed or a part in it ("denied any involvement in the blast"), not a thing
    asked for ("denied requests for aid missions to Gaza", "denied entry to journalists": refusals with an
    addressee)."""
    refused = W["refused_things"]  # "denied 40 percent of requests": the thing counted too
    return denial(head) and not any(c.dep_ in ("dobj", "nsubjpass") and any(
        t.lemma_.lower() in refused for t in c.subtree) for c in children_of(head))


def asked_by_name(head: Token) -> Token | None:
    """The one a request verb names as asked before the act it asks for ("urged donors to step up aid to
    South Sudan", "called on all sides to let teams into El Fasher", "appealed to rich countries to fund
    ..."), whether or not it resolves; None when it names none ("called for an end to the blockade of
    Yemen", "urged restraint to avoid bloodshed") or only a pronoun (sectors-3)."""
    if head.pos_ not in ("VERB", "AUX"):
        return None
    objects = [c for c in children_of(head) if c.dep_ == "dobj"]
    called = [g for c in children_of(head) if c.dep_ == "prep" and c.lower_ in W["asked_on_preps"]
              for g in children_of(c) if g.dep_ == "pobj"]
    acts = [c.i for c in children_of(head) if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    doc, nouns = head.doc, W["asked_nouns"]
    for tok in objects + called:
        after = tok.right_edge.i + 1
        # "urged the warring parties to spare hospitals", parsed with "to spare" as a preposition's phrase
        to_verb = tok in objects and after + 1 < len(doc) and doc[after].tag_ == "TO" and (
            doc[after + 1].tag_ == "VB")
        party = tok.pos_ == "PROPN" or tok.tag_ in ("NNS", "NNPS") or tok.lemma_.lower() in nouns
        party = party and tok.ent_type_ not in ("DATE", "TIME")  # not "on Thursday to pay for food"
        if party and (any(i > tok.i for i in acts) or to_verb):  # not "urged restraint to avoid bloodshed"
            return tok
    return None


def _accuser(tok: Token) -> bool:
    """Whether a word of a denial's object names who made the claim denied: "Kyiv's claims", "Indian
    allegations", "accusations by Ukraine", not a place of the deed ("the attack near Moscow"; bombs49)."""
    if tok.dep_ in ("poss", "compound", "amod"):
        return tok.head.dep_ == "dobj"
    return tok.dep_ == "pobj" and tok.head.lower_ in ("by", "from")


def _guessed_place(rule: str) -> bool:
    """Whether an actor's country was only guessed from the event's place or the story's country."""
    return "+where:" in rule or "+focus:" in rule


def _placed_forces(actor: Actor) -> bool:
    """A state's forces told with no country ("the military", "soldiers"), given the event's place's."""
    rule = actor.evidence or ""
    return actor.sector == "MIL" and rule.startswith("role:") and "+where:" in rule and (
        "+settled_by:" not in rule)


def _weapon_word(tok: Token) -> bool:
    """A craft or weapon named alone ("Drones", "Missiles"), which the tagger may take for a name."""
    return tok.lower_ in craft_words()["armed_craft"] and not any(
        c.dep_ in ("compound", "amod", "poss", "nmod") for c in children_of(tok))


def struck_abroad(actors: list[Actor], where: str | None, evidence: dict,
                  place: Place | None = None) -> list[Actor]:
    """A state's forces whose event was placed in another country by its sentence's words (``geo/abroad.py``:
    Turkish jets striking "near the border with Iraq"), or whose fight (``place`` given for violence only)
    is at a town or region of another country that its own sentence names ("Russia said its forces captured
    the village of X" in Ukraine, told from Moscow; europe61), act abroad: ACLED's external forces (inter 8),
    though the story is told from their own country."""
    told = evidence.get("location", {})
    moved = told.get("was")
    placed = place is not None and place.precision < 4 and told.get("rule") == "in-sentence"
    if not where or not (moved and moved != where or placed):
        return actors
    out = []
    for actor in actors:
        if not (moved and moved != where) and where not in neighbours(actor.country or ""):
            out.append(actor)  # a town of a far country in a story of home is a geocoding slip ("Queen
            continue  # Elizabeth National Park" read as Canada's), no expedition
        if actor.inter == 1 and actor.sector in FORCE_SECTORS and actor.country not in (None, where):
            actor = _with_text(actor, actor.text or "", f"{actor.evidence}+abroad:{where}")
            actor.inter = 8
        out.append(actor)
    return out


def _custody_described(trig: Token) -> bool:
    """Is the trigger a participle of custody describing a person ("jailed journalist X", "an activist
    detained since May"), with no agent of its own?"""
    return (trig.dep_ in ("amod", "acl") and trig.tag_ == "VBN" and trig.lemma_.lower() in CUSTODY_PARTICIPLES
            and not any(c.dep_ == "agent" for c in children_of(trig)))


def _state_held(trig: Token) -> bool:
    """Whether the trigger's sentence names a place the state holds: "government-held Aleppo", "a
    regime-controlled town" (a holding participle whose holder is the state's word)."""
    doc, sent = trig.doc, sentence_of(trig)
    lowers = lowers_of(doc)  # a Token made only for a holding word
    if HOLDING.isdisjoint(lowers[sent.start:sent.end]):  # most sentences have none: no Python loop
        return False
    return any(lowers[k] in HOLDING and any(c.lower_ in STATE_HOLDERS for c in doc[k].lefts)
               for k in range(sent.start, sent.end))


def _against_words(tok: Token) -> set[int]:
    """The indices of a noun's modifiers from an "anti"/"counter" prefix on ("anti-personnel mines",
    "anti-tank missiles", "counter-terrorism police"): what the thing is against, not its owner (bombs49)."""
    doc = tok.doc
    start = next((k for k in range(tok.left_edge.i, tok.i) if doc[k].lower_ in ANTI_PREFIXES
                  or doc[k].lower_.split("-")[0] in ANTI_PREFIXES and "-" in doc[k].text), None)
    return set(range(start, tok.i)) if start is not None else set()


def _blames(verb: Token) -> bool:
    """Whether a verb blames someone for a deed: "blamed", "accused", "held ... responsible" (bombs49)."""
    lemma = verb.lemma_.lower()
    return lemma in BLAMING_VERBS and (lemma != "hold" or any(
        c.lower_ == "responsible" for c in children_of(verb)))


def _blamed_of(verb: Token) -> list[Token]:
    """Who a verb of blaming blames: its object ("blamed Islamic State"), its passive subject ("the PKK were
    blamed"), or the object of its "on" ("blamed the bombing on the YPG")."""
    out = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
    out += [g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "on"
            for g in children_of(c) if g.dep_ == "pobj"]
    return out


def _names_the_deed(verb: Token) -> bool:
    """'in what the government called an attempted assassination', 'what police described as a targeted
    attack': a clause on "what" that names the deed; its subject is who names it."""
    return verb.lemma_ in NAMING_VERBS and any(c.lower_ == "what" for c in children_of(verb))


def _inquires_into(verb: Token, deed: Token) -> bool:
    """Whether a verb's subject finds, rules on or inquires into the deed (``inquiries`` in readings.yaml):
    the deed lies inside its object or clause ("found that the rebels were responsible for the massacre",
    "failed to investigate the killing", "opened an inquiry into the killing", "recovered the body of a trader
    who had been kidnapped"), not in a verb joined to it ("soldiers found and killed three militants";
    finders50)."""
    if deed.i == verb.i or not verb.is_ancestor(deed):
        return False
    path, node = [], deed.head
    while node.i != verb.i:
        path.append(node)
        node = node.head
    if any(t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") for t in (deed, *path)):
        return False
    spec = readings()["inquiries"]
    if any(c.dep_ == "dobj" and c.i != deed.i and c.lemma_.lower() in spec["nouns"]
           for t in (verb, *path) for c in children_of(t)):
        return True  # "opened an inquiry into the killing", the "into" hung on the verb
    return any(t.lemma_.lower() in spec["verbs"] | FINDING and t.pos_ == "VERB"
               or t.lemma_.lower() in spec["nouns"] and t.pos_ == "NOUN" for t in (verb, *path))


def _reacting(obj: Token) -> bool:
    """Whether a preposition's object reacted to the deed: "from" a reaction noun or on a verb whose
    object is one ("drew criticism from rights groups", "condemnation from the UN")."""
    prep = obj.head
    if prep.lower_ != "from":
        return False
    above = prep.head
    return above.lemma_.lower() in REACTION_NOUNS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in REACTION_NOUNS for c in children_of(above))


def _protesters_of(deed: Token) -> set[int]:
    """The tokens of those who protest a deed, which they did not do: "lawyers went on strike to protest
    against the arrest of a colleague", "teachers marched in protest at the arrest of their leader",
    "students rallied to protest the detention"."""
    if deed.dep_ == "pobj" and deed.head.lower_ in W["protest_phrase_against"]:
        holder = deed.head.head
    elif deed.dep_ == "dobj":
        holder = deed.head
    else:
        return set()
    if holder.lemma_.lower() not in PROTEST_WORDS and not (deed.dep_ == "pobj" and _in_protest(holder)):
        return set()  # "recalled its ambassador in protest at the killing": "at" hung on the verb (roles49)
    if holder.pos_ == "NOUN" and holder.dep_ == "pobj" and holder.head.head.pos_ in ("VERB", "AUX"):
        holder = holder.head.head  # "marched in protest at the arrest": the verb that holds the protest
    out: set[int] = set()
    verb = holder
    for _ in range(3):  # "went on strike to protest against": up to the verb whose subject they are
        out.update(t.i for c in clause_subject(verb) for t in c.subtree)
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
            break
        verb = verb.head
    return out


def _claimed_things(sent: Span) -> set[int]:
    """The tokens of what a crowd's sentence demands and whom for ("marched calling for justice for the
    victims", "rallied to demand the release of the prisoners"; ``claiming_verbs``): not the crowd."""
    out: set[int] = set()
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CLAIMING_VERBS:
            continue
        for c in children_of(verb):
            if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "for":
                out.update(t.i for t in c.subtree)
    return out


def _labellers(deed: Token) -> set[int]:
    """The tokens of whoever gave a happening its name in a free relative ("dissolved parliament days after
    what he called a coup attempt": he named it, he did not do it; roles49)."""
    verb = deed.head
    if deed.dep_ == "pobj" and verb.lower_ == "as":  # "what he described as an attempted coup"
        verb = verb.head
    elif deed.dep_ != "oprd":
        return set()
    if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in children_of(verb)):
        return set()
    namers = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    if any(c.pos_ == "PRON" for c in namers):  # "he": the one the sentence is about
        namers += clause_subject(sentence_of(verb).root)
    return {t.i for c in namers for t in c.subtree}


def _denied_kinds(deed: Token) -> set[int]:
    """The words that name a kind of doer in a deed a negated copula denies ("police said the shooting was not
    a terrorist attack": no terrorists did it; modality-1)."""
    toks = tokens_of(deed.doc)  # the sentence's attributes from the Doc's label index: no Token per word
    return {t.i for k in deps_between(deed.doc, ("attr",), *sentence_bounds(deed))
            if denied_identity(noun := toks[k]) is not None
            for c in children_of(noun) if c.dep_ in ("amod", "compound") for t in c.subtree}


def _in_protest(verb: Token) -> list[Token]:
    """The "protest" of an "in protest" on a verb or in its object ("summoned the ambassador in protest at the
    raid", "recalled its envoy in protest at the killing"; roles49), if any."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    holders = [verb, *(t for o in children_of(verb) if o.dep_ == "dobj" for t in o.subtree)]
    return [g for h in holders for p in children_of(h) if p.dep_ == "prep" and p.lower_ == "in"
            for g in children_of(p) if g.dep_ == "pobj" and g.lemma_.lower() in PROTEST_WORDS]


def _reason_givers(head: Token) -> set[int]:
    """The tokens of whoever acted over a deed or came to its scene, which they did not do: "protesters
    rallied over the killing", "the EU imposed sanctions on Belarus over the crackdown" (the EU and its
    sanctions), "the president arrived at the scene of the blast"."""
    act = reason_of(head) or scene_of(head)
    out: set[int] = set()
    for _ in range(3):  # from the measure up to the verb: "imposed sanctions ... over the crackdown"
        if act is None or act.pos_ in ("VERB", "AUX"):
            break
        out.update(range(act.left_edge.i, act.i + 1))
        act = act.head.head if act.dep_ == "pobj" else act.head if act.dep_ != "ROOT" else None
    if act is not None and act.pos_ in ("VERB", "AUX"):
        out.update(t.i for c in clause_subject(act) for t in c.subtree)
    return out


def _acted_against(act: Token) -> list[Token]:
    """Whom an asked-for act is done to: the object of an act against someone ("to punish Iran", "to condemn
    Iraq's raid") or what a measure is taken "against" or "on" ("to impose sanctions on Iraq")."""
    lemma = act.lemma_.lower()
    objects = [c for c in children_of(act) if c.dep_ == "dobj"]
    out = [o for o in objects if lemma in THIRD_PARTY_ACTS]
    measures = [o for o in objects if o.lemma_.lower() in THIRD_PARTY_MEASURES]
    if lemma in THIRD_PARTY_ACTS or measures:
        for holder in (act, *measures):
            preps = [c for c in children_of(holder) if c.dep_ == "prep" and c.lower_ in THIRD_PARTY_PREPS]
            out += [p for prep in preps for p in children_of(prep) if p.dep_ == "pobj"]
    return out


def _telling_verb(head: Token) -> Token | None:
    """The verb of telling whose reported clause holds ``head`` ("told Argentina it would defend"), within
    three steps up the parse and through a clausal complement."""
    tok = head
    for _ in range(3):
        if tok.dep_ == "ROOT":
            return None
        if tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in TELLING_VERBS:
            return tok.head
        tok = tok.head
    return None


POST_HELD = "post held:"  # the evidence prefix of a post's holder (roles28b)


def _leisure_place(word: Token) -> bool:
    """Whether a preposition names a crowd's place or occasion at leisure ("at a wedding")."""
    return word.dep_ == "prep" and word.lower_ in W["leisure_crowd_preps"] and any(
        g.dep_ == "pobj" and g.lemma_.lower() in W["leisure_crowd_places"] for g in children_of(word))


def _at_leisure(crowd: Token) -> bool:
    """Whether a crowd is told at or doing another thing than a protest: "a crowd at a market", "a crowd
    watching a cricket match", "a crowd gathered at a festival" (asia-2), a bare crowd a vehicle was driven
    into ("a truck ploughed into a crowd in Nice"; terror-3)."""
    if (crowd.head.lower_ in ("into", "through") and crowd.head.head.lemma_.lower() in W["rammed_crowd_verbs"]
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(crowd))):
        return True  # "a truck ploughed into a crowd": people a vehicle was driven into (terror-3)
    after = crowd.doc[crowd.i + 1] if crowd.i + 1 < len(crowd.doc) else None
    if after is not None and _leisure_place(after):
        return True  # "thrown into a crowd at a market": the place hung on the verb
    if (after is not None and after.tag_ == "VBG" and after.dep_ == "advcl"
            and after.head.i == crowd.head.head.i and after.lemma_.lower() in W["leisure_crowd_verbs"]):
        return True  # "fired on a crowd waiting to vote": the participle hung on the verb (lead63)
    for c in children_of(crowd):
        if _leisure_place(c):
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in W["leisure_crowd_people"] for g in children_of(c)):
            return True  # "a crowd of villagers", as a target
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in W["leisure_crowd_verbs"]:
            return True
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in W["leisure_crowd_gathers"] and any(
                _leisure_place(g) for g in children_of(c)):
            return True
    return False


def _came_under(tok: Token) -> bool:
    """Whether the word is the subject of "came under" ("two check pickets came under fire"; asia-1)."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "come" and any(
        c.dep_ == "prep" and c.lower_ == "under" for c in children_of(tok.head))


def _post_held(actor: Actor) -> bool:
    """Whether an actor is the force read from an attacked post that named no owner."""
    return (actor.evidence or "").startswith(POST_HELD)


def _bare_plural(tok: Token) -> bool:
    """A plural with no word before it ("troops came under fire"): in a story's later sentences, the
    ones it told of before."""
    return tok.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound", "nmod")
                                         for c in children_of(tok))


def _told_again(tok: Token) -> bool:
    """A noun in a form that may name again ones told before: definite, a bare plural or a counted plural."""
    return _definite(tok) or _bare_plural(tok) or _counted_plural(tok)


def _counted_plural(tok: Token) -> bool:
    """A plural with only a number before it ("a dozen officers announced", "two soldiers were hurt"): in a
    story's later sentences, some of the ones it told of before."""
    kids = [c.dep_ for c in children_of(tok)]
    return tok.tag_ == "NNS" and "nummod" in kids and not any(
        d in ("det", "poss", "amod", "compound", "nmod") for d in kids)


def own_place_dropped(cls: str, source: list[Actor], target: list[Actor]) -> list[Actor]:
    """The targets of a crowd's protest or blockade that are not the crowd itself: "students occupied dozens
    of schools" names the students' own places, no one they act against."""
    if cls not in OWN_PLACE_CLASSES:
        return target
    names = {a.name for a in source if a.name}
    return [a for a in target if a.name not in names]


def clash_dead_beside_sides(cls: str, source: list[Actor], target: list[Actor],
                            evidence: dict) -> list[Actor]:
    """"Kyrgyz and Tajik border guards clashed on the border, killing at least 24 people": the people a
    clash between two armed sides killed are its dead, counted as its toll, not a third, civilian side
    (only bare "people", "persons": named civilians stay; followups63)."""
    armed = NON_STATE_ARMED_INTER | {1}
    if cls != "clash" or not any(a.inter in armed for a in source) or not any(
            a.inter in armed for a in target):
        return target
    dropped = [a for a in target if a.inter == 7 and (a.evidence or "").startswith(BARE_DEAD)]
    if not dropped:
        return target
    texts = {a.text for a in dropped}
    evidence["target"] = [n for n in evidence.get("target") or () if n.get("text") not in texts]
    return [a for a in target if a not in dropped]


def region_beside_victims(target: list[Actor], evidence: dict) -> list[Actor]:
    """"Hamas-led militants attacked southern Israel ..., killing some 1,200 people": a part of a country
    (``region_words``) hit beside the victims counted there is where they were hit, not its government, nor
    is a country hit with no sector beside them; the victims stay (roles248, roles57)."""
    hit = {a.country for a in target if a.country and a.sector and a.sector != "GOV"}
    dropped = [a for a in target if a.sector == "GOV" and a.country in hit and (a.evidence or "").startswith(
        "country:") and len(words := (a.text or "").lower().split()) > 1 and words[0] in REGION_WORDS]
    # "shelled Damascus airport, killing two civilians": the airport's country beside its victims (roles57)
    dropped += [a for a in target if not a.sector and a.country in hit and (a.evidence or "").startswith(
        "country where the violence hit:")]
    if not dropped:
        return target
    texts = {a.text for a in dropped}
    evidence["target"] = [n for n in evidence.get("target") or () if n.get("text") not in texts]
    return [a for a in target if a not in dropped]


def _partnered(head: Token) -> bool:
    """A clash "with" someone ("clashed with royalists"): the crowd's counterpart is named, even if no
    dictionary knows it."""
    return head.lemma_.lower() in PARTNERED_VERBS and any(
        p.dep_ == "prep" and p.lower_ == "with" and any(c.dep_ == "pobj" for c in children_of(p))
        for p in children_of(head))


def _children_of_dep(tok: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in children_of(tok) if c.dep_ in deps]


def _same_side(one: Actor, other: Actor) -> bool:
    """Whether two actors are one side in a fight: the same actor, or the state's bodies of one country
    ("security forces" and "the Frontier Corps")."""
    if one.name == other.name:
        return True
    return (one.sector in STATE_DOERS and other.sector in STATE_DOERS
            and (one.country == other.country or None in (one.country, other.country)))


def _doers_own(actor: Actor, doers: set[str]) -> bool:
    """What a clause names of the doer's own: its things ("threatened to close Libya's borders to Egyptian
    workers"), its unnamed forces ("threatened to use force against Turkey") or its state named again."""
    owned = (actor.evidence or "").startswith("owner:") and actor.country in doers
    # "the Israeli prime minister warned that Israel would retaliate against Syria": the doer's own state
    state = (actor.evidence or "").startswith(("country:", "capital:", "seat:")) and actor.country in doers
    return owned or state or (actor.sector in ("MIL", "COP") and _guessed_country(actor))


def _self_again(actor: Actor, evidence: dict) -> bool:
    """A target read back to the event's own doer ("the Vatican appealed to both sides ...": "both sides"
    are not the Vatican)."""
    return (actor.evidence or "").startswith("coreference:") and any(
        n.get("resolved") == actor.name for n in evidence.get("source", []))


def _definite(tok: Token) -> bool:
    """Whether a noun is named as one already known: "the rebels", "these militants", "its fighters"."""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE) or (c.dep_ == "poss" and c.lower_ in POSSESSED_BY)
               for c in children_of(tok))


# the words doer_in_sentence weighs
DOER_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj", "oprd"})


def _captors(head: Token) -> set[int]:
    """Words of whoever caught or held the victims, named inside the victims' own phrase ("migrants who
    were caught by Iranian border guards were beaten"): they may be the doers."""
    out: set[int] = set()
    doc, sent = head.doc, sentence_of(head)
    deps, heads, lemmas = deps_of(doc), heads_of(doc), lemmas_of(doc)  # no Token made for most words
    for i in range(sent.start, sent.end):
        if deps[i] != "pobj" or deps[heads[i]] != "agent":
            continue
        verb = heads[heads[i]]
        if deps[verb] in ("relcl", "acl") and lemmas[verb] in CAPTURING_VERBS:
            out.update(range(tokens_of(doc)[i].left_edge.i, i + 1))
    return out


def _reporting_group(tok: Token) -> Token | None:
    """"Mali, Burkina Faso and Niger said they were leaving ECOWAS", "the governments of Mali, Burkina Faso
    and Niger announced that they ...": a "they" subject of a reported clause whose speaker names two or
    more is all of them, the speaker's words (westafr-12); None otherwise (one speaker: ``_reporter``)."""
    if tok.lower_ != "they" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    while verb.dep_ in ("conj", "xcomp", "aux") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in REPORTING_VERBS | STANCE_VERBS:
        return None
    speaker = next((c for c in children_of(verb.head) if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")),
                   None)
    if speaker is None:
        return None
    of = [g for c in children_of(speaker) if c.dep_ == "prep" and c.lower_ == "of"
          for g in children_of(c) if g.dep_ == "pobj"]
    return speaker if len(expand(speaker)) > 1 or any(_conjuncts(g) for g in of) else None


def _conjuncts(tok: Token) -> list[Token]:
    """Words coordinated with a modifier or a name: "Indian and Pakistani", "India and Pakistan", and down a
    chain the parse hangs each on the one before ("Mali, Burkina Faso and Niger": Niger on Faso)."""
    out = [g for g in children_of(tok) if g.dep_ == "conj" and g.pos_ in ("ADJ", "PROPN", "NOUN")]
    return [*out, *(h for g in out for h in _conjuncts(g))]


def _own_words(tok: Token) -> list[Token]:
    """A coordinated word with its own modifiers, without the words coordinated with it."""
    dropped = {t.i for g in children_of(tok) if g.dep_ == "conj" for t in g.subtree}
    return [t for t in tokens_of(tok.doc)[tok.left_edge.i: tok.i + 1]
            if t.i not in dropped and t.dep_ not in ("cc", "punct")]


def _rubric_end(doc: Doc) -> int:
    """The end of a heading that opens a text and ends with a colon ("Movement of forces:",
    "BREAKING:"), in tokens; 0 if there is none (worked out once per Doc)."""
    end = doc.user_data.get(RUBRIC_KEY)
    if end is None:
        end = doc.user_data[RUBRIC_KEY] = _rubric_end_of(doc)
    return end


RUBRIC_KEY = "chronica.rubric_end"


def _rubric_end_of(doc: Doc) -> int:
    for tok in doc[:6]:
        if tok.text == ":":
            return tok.i + 1
        if not (tok.is_alpha or tok.text in ("-", "/")):
            return 0
    return 0


def _passer(tok: Token) -> bool:
    """Whether a word names one who passes, drives or steps by ("when an army patrol passed", "a passing
    truck"): near a mine or bomb, its victim."""
    if tok.dep_ == "nsubj" and hit_device(tok.head):
        return True  # "when their patrol hit an improvised explosive device" (violence47)
    return (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in PASSING_VERBS) or any(
        c.dep_ in ("amod", "acl") and (c.lower_ == "passing" or c.lemma_.lower() in PASSING_VERBS)
        for c in children_of(tok))


def _landing(head: Token) -> list[Token]:
    """What a volley described by the trigger hit: "rockets fired from Gaza hit northern Israel" (the
    object of the verb whose subject the fired thing is, or of a verb the parse hangs under the trigger),
    "shells fired by the army landed in X"."""
    verbs = [c for c in head.children if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in LANDING_VERBS]
    if head.dep_ == "acl" and head.head.dep_ in ("nsubj", "nsubjpass"):
        verbs += [head.head.head] if head.head.head.lemma_.lower() in LANDING_VERBS else []
    return [t for verb in verbs for t in (verb, *[c for c in children_of(verb) if c.dep_ == "dobj"])]


# verbs of handing over whose "to" names the receiver, the target of a refusal or promise to do it (coder21)
HANDING = GIVING | {"extradite"}


def _hits_a_person(cand: Candidate) -> bool:
    """'shot dead an unarmed motorcyclist at a checkpoint': a killing or beating with an object of its own
    hit that person, so the place after "at" is not what the violence was aimed at (vac28). A bare count
    is people too: "gunmen kill 30 in Nigeria's Plateau state" (lead48)."""
    return (cand.trigger.cls in W["victim_object_classes"] and bool(cand.roles.target)
            and cand.roles.target[0].pos_ in ("NOUN", "NUM") and cand.roles.target[0].dep_ == "dobj")


def _answered_report(verb: Token) -> Token | None:
    """The verb whose subject answers a report that tells the clause ("the junta dismissed a report by the UN
    alleging that its troops killed 500 people": "dismissed", whose junta owns the troops), else None."""
    spec = readings()["report_participles"]
    told = verb.head
    if verb.dep_ != "ccomp" or told.lemma_.lower() not in spec["verbs"] or told.tag_ != "VBG":
        return None
    report = told.head if told.dep_ == "acl" else next(
        (o for o in children_of(told.head) if o.dep_ == "dobj"), None) if told.dep_ == "advcl" else None
    if report is None or report.lemma_.lower() not in spec["nouns"] or report.dep_ != "dobj":
        return None
    return report.head


def _calls_own_action(verb: Token) -> bool:
    """Whether a call asks for a strike or protest (``called_actions``), all it asks: "called for a shutdown
    in Srinagar" (not "called on the government to ..."; events57)."""
    if verb.lemma_.lower() not in W["convening_asks"]:
        return False
    preps = [c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("for", "on", "upon")
             and not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in children_of(c))]
    if len(preps) != 1 or preps[0].lower_ != "for":
        return False
    noun = next((c for c in children_of(preps[0]) if c.dep_ == "pobj"), None)
    if noun is None:
        return False
    words = {noun.lemma_.lower(), *(f"{c.lemma_.lower()} {noun.lemma_.lower()}" for c in children_of(noun)
                                    if c.dep_ in ("compound", "amod") and c.i == noun.i - 1)}
    return bool(words & set(W["called_actions"]))


def _asked(deed: Token, verb: Token) -> bool:
    """Whether a deed is named inside what a verb asks, vows, warns of or denies ("appealed for an end to the
    fighting"), not as the object of a verb that convenes it ("Cosatu called a national strike")."""
    convened = verb.lemma_ in W["convening_asks"] and deed.dep_ in ("dobj", "oprd") and deed.head == verb
    return verb.lemma_ in ASKING_VERBS and verb.is_ancestor(deed) and not convened


def _violent_deed(noun: Token) -> bool:
    """Whether a noun names an act of violence ("the attack", "the bombing"): its objects are its victims."""
    entry = lexicon().nouns.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
    return entry is not None and entry.cls in VIOLENT


def _by_doers(act: Token) -> list[Token]:
    """Whom "by" names after a noun of an act, on it or on its participle ("the exercises by Japan", "the
    drills held by Azerbaijan")."""
    holders = [act, *(c for c in children_of(act) if c.dep_ == "acl" and c.tag_ == "VBN")]
    return [g for h in holders for c in children_of(h) if c.dep_ in ("prep", "agent") and c.lower_ == "by"
            for g in children_of(c) if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]


def _deed_doers(deeds: list[Token]) -> list[Token]:
    """The doers named after "by" on the violent deeds a judgement names ("condemned the assassination of
    Soleimani by the United States"): those judged, where the deed's victims are not (targets-2)."""
    return [g for t in deeds for c in children_of(t) if c.dep_ in ("prep", "agent") and c.lower_ == "by"
            for g in children_of(c) if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]


def _asked_holder_first(objects: list[Token], things: list[Token]) -> list[Token]:
    """The state asked to hand over a person sought ("requested the extradition of Gulen from the United
    States": the United States) before the person (``held_from_nouns``; clauses54)."""
    if not any(t.lemma_.lower() in HELD_FROM_NOUNS for t in things):
        return objects
    return sorted(objects, key=lambda g: g.head.lower_ != "from")


def _prep_objects(words: list[Token], preps: frozenset[str]) -> list[Token]:
    """The objects of these prepositions under the words, pronouns left out, and not a reason or a
    manner after "on" ("on the orders of the president", "on charges of", "arrived on motorcycles")."""
    return [g for t in words for c in children_of(t)  # a dative "to" too: "send troops to Sierra Leone"
            if (c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP")) and c.lower_ in preps
            for g in children_of(c) if g.dep_ == "pobj" and g.pos_ != "PRON" and not _reason_or_time(g)]


def _aimed_first(objects: list[Token]) -> list[Token]:
    """"ruled out the use of force against Taiwan", "called for the imposition of sanctions against Iran": of
    a noun's "of" object and its "against" object, the one it is against comes first (the "of" one is what is
    used or imposed; leftovers63)."""
    ofs = [o for o in objects if o.head.lower_ == "of"]
    owners = {f.head.head.i for f in ofs}
    first = [o for o in objects if o.head.lower_ == "against" and o.head.head.i in owners]
    first += _prep_objects(ofs, frozenset({"against"}))  # the parse hangs "against" on "force"
    return first + [o for o in objects if o not in first] if first else objects


def _reason_or_time(obj: Token) -> bool:
    """Whether a preposition's object is a date or time ("on 7 May", "on Monday"), or a reason or
    manner after "on" ("on the orders of")."""
    return obj.ent_type_ in ("DATE", "TIME") or (
        obj.head.lower_ == "on" and obj.lemma_.lower() in NOT_AFTER_ON)


def _after_label(trig: Token) -> set[int]:
    """The words after a headline label's colon when the trigger is in the label ("Benue killings: Tinubu
    orders security chiefs to Yelwata"): the label names an event told before, and the clause's actors are
    those of the news, not its doers or targets. For a trigger after the colon, the label's event noun
    ("EndSARS protests: Lagos govt imposes curfew"): an event, not the crowd that did the clause's deed."""
    colon = label_colon(trig.doc) if trig.i < 40 else 0
    if not colon:
        return set()
    return set(range(colon + 1, sentence_of(trig).end)) if trig.i < colon else {colon - 1}


def _outside_time_clause(verb: Token) -> set[int]:
    """The sentence's words outside a time clause with a subject of its own ("police fired tear gas hours
    after a bomb killed three people", "a day after an explosion killed four"): those the main clause names
    did not do the clause's deed, nor that of the noun that is its subject or told in a phrase of it ("police
    arrested two men after a woman was killed in a shooting"; deeds56)."""
    if verb.dep_ in ("nsubj", "nsubjpass"):
        verb = verb.head
    elif verb.dep_ == "pobj" and verb.head.dep_ == "prep" and verb.head.head.dep_ == "advcl":
        verb = verb.head.head  # "a day after three girls were killed in a knife attack": the attack's clause
    if verb.dep_ != "advcl" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return set()
    if not any(c.dep_ == "mark" and c.lower_ in TIME_PREPS for c in children_of(verb)):
        return set()
    sent = sentence_of(verb)
    return {k for k in range(sent.start, sent.end) if not verb.left_edge.i <= k <= verb.right_edge.i}


def _outside_described(trig: Token, custody: bool) -> set[int]:
    """The sentence's words outside a noun a participle with no agent describes ("Tinubu ordered security
    chiefs to rescue the kidnapped pupils"): a state the noun is told in, not a deed of the clause's doers
    (violence47). Custody told after its noun is the clause's deed ("soldiers swept through the district,
    bringing the number of gang members arrested to 1,000")."""
    after = trig.i > trig.head.i  # "a priest ..., the second cleric kidnapped this month": the deed restated
    restated = after and (custody or trig.head.dep_ == "appos")
    if trig.dep_ not in ("amod", "acl") or trig.tag_ != "VBN" or restated or any(
            c.dep_ in ("agent", "dobj") for c in children_of(trig)):
        return set()  # "youths protesting a power cut set fire to ...": a verb the parse hung on a noun
    noun, sent = trig.head, sentence_of(trig)
    return {k for k in range(sent.start, sent.end) if not noun.left_edge.i <= k <= noun.right_edge.i}


def _held_over(trig: Token, custody: bool) -> set[int]:
    """The words of the deed an arrest is told as made over ("ten people were arrested over the lynching of a
    suspected thief", "in connection with the killing of the priest", "on suspicion of collusion with foreign
    forces", ", accused of colluding with ..."): its victim, its doer and those it was done with made no
    arrest (faith-3, custody58)."""
    if not custody:
        return set()
    out: set[int] = set()
    for child in children_of(trig):
        if child.dep_ in ("advcl", "acl") and child.tag_ == "VBN" and (
                child.lemma_.lower() in W["custody_reason_participles"]) and not any(
                c.dep_ == "agent" for c in children_of(child)):
            out.update(t.i for t in child.subtree)  # "detained, accused of colluding with overseas forces"
            continue
        if child.dep_ != "prep":
            continue
        nouns = {"in": W["custody_reason_nouns"], "on": W["custody_reason_on_nouns"]}.get(child.lower_, ())
        reason = child.lower_ in W["custody_reason_preps"] or any(
            o.dep_ == "pobj" and o.lemma_.lower() in nouns for o in children_of(child))
        if reason:
            out.update(t.i for t in child.subtree)
    return out


def _misread_description(tok: Token) -> bool:
    """Whether the parse made the participle describing a subject its verb ("Gunmen suspected to be members
    of ISWAP killed 10 farmers": "suspected" the root, "killed" its clause)."""
    verb = tok.head
    return (tok.dep_ == "nsubj" and verb.i == tok.i + 1 and verb.tag_ in ("VBD", "VBN")
            and any(c.dep_ == "xcomp" and c.lemma_ == "be" for c in children_of(verb))
            and any(c.dep_ in ("conj", "ccomp") and c.pos_ == "VERB" for c in children_of(verb)))


def _victims_named(deed: Token) -> set[int]:
    """Words of the people or country named before a deed that names its victims ("the Armenian genocide",
    "the Pontic Greek genocide", "the Ukrainian famine"; ``victim_named_deeds`` in data/mentions.yaml):
    not its doers (sectors-4)."""
    if deed.lemma_.lower() not in words()["victim_named_deeds"]:
        return set()
    return {t.i for c in children_of(deed) if c.dep_ in ("amod", "compound") and c.i < deed.i
            for t in c.subtree}


def _whose_owner(trig: Token) -> set[int]:
    """The words of the noun a "whose" clause holding the deed is hung on ("The BNP, whose leader Khaleda Zia
    is under house arrest, has boycotted the vote"): the owner of the one the deed befell, not its doer
    (clause48)."""
    clause = trig
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or not any(t.lower_ == "whose"
                                         for t in clause.doc[clause.left_edge.i:clause.i]):
        return set()
    if clause == trig and any(c.dep_ == "nsubj" for c in children_of(trig)):
        return set()  # "al-Shabaab, whose fighters attacked the base": the owner's men did it
    owner = clause.head
    return set(range(owner.left_edge.i, clause.left_edge.i))


def _outside_time_phrase(noun: Token) -> set[int]:
    """The sentence's words outside "after" or "before" and the deed it names ("authorities imposed a curfew
    after sectarian clashes left 55 dead"): who acts in the clause did not do the deed it follows
    (violence47)."""
    noun = _series_of(noun)
    following = noun.dep_ == "dobj" and noun.head.lower_ == "following"  # "following" parsed as a participle
    if not following and (noun.dep_ != "pobj" or noun.head.lower_ not in SEQUENCE_PREPS):
        return set()
    prep, sent = noun.head, sentence_of(noun)
    return {k for k in range(sent.start, sent.end) if not prep.left_edge.i <= k <= prep.right_edge.i}


def _series_of(noun: Token) -> Token:
    """The noun that counts a deed ("a wave of car bombs", "a spate of shootings and kidnappings": "wave",
    "spate"; bystander50), else the deed's own noun."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    counter = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "in") and counter.lemma_.lower() in SERIES_NOUNS:
        return counter
    return noun


def _behind_whom(deed: Token) -> Token | None:
    """The noun a deed is "behind" ("the bomb-maker behind the attack", "those behind the bombing") or that is
    "responsible for" it ("those responsible for the killing"; faith-3), also when the parse hung "behind" on
    the verb whose object that noun is ("killed the commander behind the bombing"), else None."""
    if deed.dep_ != "pobj":
        return None
    prep = deed.head
    if prep.lower_ == "for" and prep.head.lower_ == "responsible" and prep.head.dep_ == "amod" and (
            prep.head.head.pos_ in ("NOUN", "PROPN", "PRON")):
        return prep.head.head
    if prep.lower_ != "behind":
        return None
    above = prep.head
    if above.pos_ in ("NOUN", "PROPN", "PRON"):
        return above
    return next((c for c in children_of(above) if c.dep_ == "dobj" and c.i < deed.head.i), None)


def _outside_answering(noun: Token) -> set[int]:
    """The sentence's words outside a noun of answering the deed is named after ("police had detained 25
    suspects in connection with the attack", "its jets struck ... in retaliation for the bombing"): who acts
    in the clause answered the deed, and did not do it (bombs49)."""
    if noun.dep_ != "pobj" or noun.head.head.lemma_.lower() not in ANSWERING_NOUNS:
        return set()
    setting, sent = noun.head.head, sentence_of(noun)
    return {k for k in range(sent.start, sent.end) if not setting.left_edge.i <= k <= setting.right_edge.i}


def _others_doers(deed: Token) -> set[int]:
    """The words of the "by" phrases of other nouns of the deed's sentence that name a doing of no violence
    ("a grenade was thrown near the venue of a speech by President William Ruto"): the doers of those nouns,
    not of the deed (bombs49); not "were killed following an attack by Taliban militants", whose attackers
    killed them."""
    doc, sent = deed.doc, sentence_of(deed)
    deps, lowers = deps_of(doc), lowers_of(doc)  # a Token made only for a "by"
    return {t.i for k in range(sent.start, sent.end) if deps[k] == "prep" and lowers[k] == "by"
            for p in (doc[k],) if p.head.i != deed.i
            for noun in (p.head, doc[p.i - 1])  # "the route of a march by the PTI": hung on the route
            if noun.i != deed.i and noun.pos_ == "NOUN" and deed_noun(noun)
            for t in p.subtree}


def _others_victims(deed: Token) -> set[int]:
    """The words of the "of" objects of other deed nouns of the sentence that name their own doer in a "by"
    ("the killing of the Hamas leader by Israel sparked riots in Gaza"): who underwent another deed, not this
    one's doer (embedded60)."""
    nouns, lemmas, toks = lexicon().nouns, lemmas_of(deed.doc), tokens_of(deed.doc)
    start, end = sentence_bounds(deed)  # the deed nouns found by their lemma, no Token made for each word
    named = [toks[k] for k in range(start, end)
             if nouns.get(lemmas[k]) is not None and nouns[lemmas[k]].of != "source"]
    return {t.i for noun in named if noun.i != deed.i and noun.pos_ == "NOUN" and not noun.is_ancestor(deed)
            for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of" and _by_named(noun, p)
            for t in p.subtree}


def _by_named(noun: Token, of: Token) -> bool:
    """Whether a deed noun names its doer in a "by", hung on it or on its "of" object ("the killing of the
    leader by Israel")."""
    return any(c.dep_ == "prep" and c.lower_ == "by" for t in (noun, *(g for g in children_of(of)
                                                                     if g.dep_ == "pobj"))
               for c in children_of(t))


def _joined_deed_words(deed: Token) -> set[int]:
    """The words of the verb a passive deed shares its subject with, before it and not its by-agent ("Bo Xilai
    was expelled from the Communist Party and later jailed"): they tell of that other deed, not of who did
    this one (china-1)."""
    head = passive_conjunct_head(deed) if deed.pos_ in ("VERB", "AUX") else None
    if head is None:
        return set()
    return {t.i for c in children_of(head) if c.i < deed.i and c.dep_ not in ("agent", "cc", "punct")
            for t in c.subtree}


def _epochs(deed: Token) -> set[int]:
    """The words of the phrases that set a point in time apart from the deed ("was the deadliest attack since
    the Taliban takeover"): who they name did another deed, not this one (bombs49)."""
    doc, sent = deed.doc, sentence_of(deed)
    deps, lowers = deps_of(doc), lowers_of(doc)  # a Token made only for an epoch's preposition
    return {t.i for k in range(sent.start, sent.end) if deps[k] == "prep" and lowers[k] in EPOCH_PREPS
            for p in (doc[k],) if not p.left_edge.i <= deed.i <= p.right_edge.i for t in p.subtree}


def _timing_phrases(deed: Token) -> set[int]:
    """The words of the time phrases outside the deed that name a change of power or office, or a visit
    ("temples were attacked following the fall of the Hasina government", "in the wake of the minister's
    resignation", "during the president's visit", ``timing_nouns``): a time, not the deed's doer (leaks56)."""
    out: set[int] = set()
    lemmas, toks = lemmas_of(deed.doc), tokens_of(deed.doc)  # found by lemma, no Token made for each word
    start, end = sentence_bounds(deed)
    for noun in (toks[k] for k in range(start, end) if lemmas[k] in TIMING_NOUNS):
        if noun.dep_ not in ("pobj", "dobj"):
            continue
        phrase = _timing_prep(noun)
        if phrase is not None and not phrase.left_edge.i <= deed.i <= phrase.right_edge.i:
            out.update(t.i for t in phrase.subtree)
    return out


def _fleers(deed: Token) -> set[int]:
    """The words of the subjects of the other verbs of fleeing in the deed's sentence ("thousands of villagers
    fled as fighting intensified", ``fleeing_verbs``): people fleeing, not the fighting's doers (leaks56)."""
    lemmas, toks = lemmas_of(deed.doc), tokens_of(deed.doc)  # found by lemma, no Token made for each word
    start, end = sentence_bounds(deed)
    return {t.i for verb in (toks[k] for k in range(start, end) if lemmas[k] in FLEEING_VERBS)
            if verb.pos_ == "VERB" and verb.i != deed.i
            for s in children_of(verb) if s.dep_ == "nsubj" for t in s.subtree}


def _timing_prep(noun: Token) -> Token | None:
    """The word opening the time phrase a noun is named in ("following" the fall, "after" the ouster, "in" the
    wake of the resignation, "ahead of" the visit), else None."""
    prep = noun.head
    if noun.dep_ == "dobj":
        return prep if prep.lower_ == "following" else None
    if prep.lower_ in ("of", "to") and prep.head.lower_ in TIME_PREPS:
        return prep.head  # "ahead of the visit", "prior to the election"
    if prep.lower_ == "of" and prep.head.lemma_.lower() in TIMING_HEADS and prep.head.dep_ == "pobj":
        return prep.head.head  # "in the wake of the resignation"
    return prep if prep.lower_ in TIME_PREPS else None


def _present_parties(deed: Token) -> set[int]:
    """The words of the "as"/"while"/"when" clauses under the deed (or the verb its noun is the subject of)
    whose verb tells people going about their business (``present_parties``: "mortar shells landed near the
    palace as the cabinet met"): those present, not the doers (clauses59)."""
    verbs = [deed, deed.head] if deed.dep_ in ("nsubj", "nsubjpass") else [deed]
    out: set[int] = set()
    for clause in (c for v in verbs for c in children_of(v) if c.dep_ == "advcl"):
        if clause.lemma_.lower() in PRESENT_VERBS and any(
                c.dep_ == "mark" and c.lower_ in PRESENT_MARKS for c in children_of(clause)):
            out.update(range(clause.left_edge.i, clause.right_edge.i + 1))
    return out


def _inside_time_clauses(verb: Token) -> set[int]:
    """The words of the time clauses with a subject of their own under a verb ("helicopters bombed the
    village after rebels had kidnapped five teachers"): those they name did the clause's deed, not the
    verb's (violence47)."""
    out: set[int] = set()
    for clause in children_of(verb):
        deps = [(c.dep_, c.lower_) for c in children_of(clause)] if clause.dep_ == "advcl" else []
        if any(d == "mark" and w in TIME_PREPS for d, w in deps) and any(
                d in ("nsubj", "nsubjpass") for d, _ in deps):
            out.update(range(clause.left_edge.i, clause.right_edge.i + 1))
    return out


def _state_closure(cand: Candidate) -> bool:
    """'Main roads were sealed off', 'all universities were closed': places closed, a state's measure."""
    head = cand.trigger.head
    if cand.trigger.cls != STATE_CLOSURES["class"] or head.lemma_.lower() not in STATE_CLOSURES["verbs"]:
        return False
    places = STATE_CLOSURES["places"]
    return any(c.dep_ == "nsubjpass" and c.lemma_.lower() in places for c in children_of(head))


def _state_measure(cand: Candidate) -> bool:
    """A measure only a state takes: an arrest, a curfew, martial law, tear gas, a closure (measures51)."""
    return cand.trigger.cls in STATE_MEASURES or _state_closure(cand)


def _time_phrase(prep: Token) -> bool:
    """Whether a preposition opens a time phrase: "before the rally", "ahead of the protest"."""
    return prep.lower_ in TIME_PREPS or (prep.lower_ in ("of", "to") and prep.head.lower_ in TIME_PREPS)


def _unknown_people(tok: Token) -> bool:
    """Whether a noun the dictionaries miss names people: by its plural's ending ("escapees", "jornaleros",
    "a geologist"; ``people_endings``), as doer of a deed only people do or as the one a deed done only to
    people hits ("an Argentine backpacker was murdered"; a singular noun since lead58)."""
    low = tok.lower_
    if tok.tag_ == "NN" and tok.is_lower and tok.is_alpha:
        low += "s"  # a singular read as its plural: "a Canadian geologist" as "Canadian geologists"
    elif not (tok.tag_ == "NNS" or tok.tag_ in ("NNP", "NNPS") and tok.is_lower and low.endswith("s")):
        return False
    if low in NOT_PEOPLE_ENDINGS or tok.lemma_.lower() in OWNED_THINGS | ABOUT_THINGS:
        return False
    if low.endswith(PEOPLE_ENDINGS):
        return True
    if any(c.dep_ == "acl" and c.lemma_.lower() in PEOPLE_DEEDS | DEEDS_TO_PEOPLE for c in tok.rights):
        return True  # "Salvadoran repatriates protested ...", parsed with no main verb
    at = tok
    while at.dep_ == "conj" and at.head.i != at.i:
        at = at.head
    deed = at.head.lemma_.lower()
    return (at.dep_ == "nsubj" and deed in PEOPLE_DEEDS) or (
        at.dep_ in ("dobj", "nsubjpass") and deed in DEEDS_TO_PEOPLE)


def _field_word(tok: Token, mod: Token) -> bool:
    """A lower-case adjective that gives the field of dealings, not their owner: "military ties"."""
    return (tok.lemma_.lower() in FIELD_DEALINGS and mod.dep_ == "amod" and mod.is_lower
            and mod.ent_type_ not in ("NORP", "GPE"))


def _own(tok: Token, actor: Actor) -> bool:
    """A state's or group's own forces or things ("its forces", "their borders"), named with a
    possessive pronoun and no country: the doer's, not a target."""
    return actor.country is None and actor.sector in (None, "MIL", "COP", "GOV") and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in children_of(tok))


def _of_object(tok: Token) -> Token | None:
    """The noun an "of" phrase hangs on ``tok``: "leaders of the opposition" -> "opposition"."""
    of = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None


def _by_whom(agent: Token) -> Token | None:
    """The noun of an agent phrase: "by armed police" -> "police"."""
    return next((c for c in children_of(agent) if c.dep_ == "pobj"), None)


def _counted_among(num: Token) -> Token | None:
    """The group a number in apposition counts its person among: "one of the activists" -> "activists",
    "one of the leaders of the opposition" -> "opposition" (the body the person belongs to)."""
    among = _of_object(num)
    return (_of_object(among) or among) if among is not None else None


def _freed_abroad(actor: Actor, evidence: dict) -> bool:
    """Captives freed by forces acting abroad, given a country only by the place ("Israeli commandos
    rescued four hostages in central Gaza"): the place is where they were held, not whose people they are
    (story47)."""
    if evidence.get("trigger", {}).get("class") not in RELEASE_CLASSES or (
            "+where:" not in (actor.evidence or "")):
        return False
    return any("+abroad:" in (note.get("rule") or "") for note in evidence.get("source") or ())


def _person_in_apposition(noun: Token) -> Token | None:
    """The person a common noun the dictionaries do not know is told to be by an apposition after a comma
    ("His main rival, Prime Minister Succes Masra, rejected the result"): the name's word, or None
    (story47)."""
    if noun.pos_ != "NOUN":
        return None
    return next((c for c in children_of(noun) if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.ent_type_ == "PERSON" and c.left_edge.i > 0
                 and noun.doc[c.left_edge.i - 1].text == ","), None)


def _people_in_apposition(place: Token) -> Token | None:
    """People the parse hung on a place as its apposition ("in Chinicuila municipality, Michoacan,
    members of the cartel delivered food": the place taken for the subject, the members the doers)."""
    return next((c for c in reversed(list(place.rights)) if c.dep_ == "appos" and c.tag_ in ("NNS", "NNPS")),
                None)


def _surname_of_a_place(tok: Token, phrase: str, actor: Actor, ctx: DocContext) -> bool:
    """'Rioting gripped Lagos', 'fighting spread to Santos': a leader's surname alone that the tagger took for
    a place and the gazetteer found as one is that place, not the leader (riots34); so is a parliament's
    name without "the" ("shelled Duma")."""
    if phrase.strip() != tok.text or not _place_word(tok, ctx):
        return False
    if actor.sector == "LEG":  # "forces shelled Duma": the Syrian town, not "the Duma" of Russia (lead57)
        return True
    return (actor.evidence or "").startswith("leader:") and tok.ent_type_ in ("GPE", "LOC", "FAC")


PLACE_NAMED_DEEDS = ATTACK_NOUNS | {"bombing", "massacre", "shooting", "blast", "explosion", "killing"}


def _place_named_deed(tok: Token, ctx: DocContext) -> bool:
    """'Jihadists kill 100 in Barsalogho attack', 'died in the Bokkos massacre': a name no dictionary knows,
    written as a word (not an acronym: "an ADF attack"), before an attack noun that a preposition governs,
    or a place the gazetteer found, names where the attack was."""
    head = tok.head
    if tok.dep_ not in ("compound", "nmod") or head.i <= tok.i:
        return False
    if head.lemma_.lower() not in PLACE_NAMED_DEEDS:
        return False
    return _place_word(tok, ctx) or (tok.is_title and head.dep_ == "pobj")


def _region_as_party(tok: Token, actor: Actor) -> bool:
    """Is a region's name the doer or the one acted on ("Yeltsin warned Chechnya", "South Ossetia accused
    Tbilisi"), not a place or the matter in dispute ("fighting over Nagorno-Karabakh")?"""
    if not (actor.evidence or "").startswith("region:"):
        return False
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") or _status_of(tok)


def _status_of(tok: Token) -> bool:
    """A place named as whose standing is acted on ("recognised the independence of Abkhazia and South
    Ossetia"): the object of "of" on a status noun that is an object or subject, or a conjunct of it."""
    while tok.dep_ == "conj":
        tok = tok.head
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in STATUS_NOUNS
            and prep.head.dep_ in ("dobj", "nsubj", "nsubjpass"))


def _place_word(tok: Token, ctx: DocContext) -> bool:
    """Whether a word lies in a place name the gazetteer found ("Michoacan", "Sittwe District")."""
    return any(p.start is not None and p.end is not None and p.start <= tok.idx < p.end for p in ctx.places)


def _city_place(thing: Token, city: Token, actor: Actor, ctx: DocContext) -> bool:
    """Whether a thing is a city's place ("Brussels airport", "a Moscow metro station", "Kyiv suburbs") and
    the city before it only says where it is (``city_places``), not whose it is."""
    heads = {thing.lemma_.lower(), *(c.lemma_.lower() for c in children_of(thing) if c.dep_ == "compound")}
    return bool(heads & words()["city_places"]) and _place_named(city, actor, ctx)


def _shelled_place(thing: Token) -> bool:
    """Whether a city's airport is shelled or fired on from afar ("shelled Damascus airport", "fired rockets
    at Baghdad airport"): a target of war, not the city's people (``shelled_places``; roles57)."""
    if thing.lemma_.lower() not in words()["shelled_places"]:
        return False
    verb = thing.head
    if thing.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("at", "on", "near"):
        verb = verb.head
    elif thing.dep_ not in ("dobj", "nsubjpass"):
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in words()["shelling_verbs"]


def _place_named(tok: Token, actor: Actor, ctx: DocContext) -> bool:
    """Whether a word read as an actor is a place: a capital or seat ("in Vienna": the Government of Austria
    only by metonymy) or a city a body is named by ("in Brussels": the EU), no person a "him" stands for."""
    rule = (actor.evidence or "").removeprefix("mention in sentence: ")
    return rule.startswith(("capital:", "seat:")) or (
        rule.startswith("org:") and tok.ent_type_ in ("GPE", "LOC") and _place_word(tok, ctx))


def _root_noun_start(tok: Token) -> int:
    """Where the phrase of a noun the parse made the root of its sentence starts: after the date and
    place phrases fronted before it ("On 7 May, in Cucuta, 90 Venezuelan migrants returned")."""
    start = tok.i
    for child in reversed(list(tok.lefts)):
        if child.right_edge.i != start - 1:  # only the words right before the noun
            break
        if child.dep_ in ("prep", "punct", "npadvmod", "appos", "advmod", "cc"):
            break
        start = child.left_edge.i
    return start


def _crew_ship(tok: Token, prefixes: dict[str, str]) -> tuple[Token | None, bool]:
    """The ship a seaman word is the crew of by the sentence's shape, and whether that is sure for any ship
    (else only a warship's crew): the vessel it is joined to ("a fishing boat and its 14 crew"), the object of
    the deed its clause runs on from ("seized a trawler and arrested its crew"; without "its" only a warship:
    "captured two British patrol boats and detained 15 sailors") or the object of the deed a participle's
    victims follow ("sank the cruiser, killing 323 sailors"; "HMS Sheffield was struck, killing 20 crew")."""
    if tok.dep_ == "conj":
        return (tok.head, True) if _vessel_named(tok.head, prefixes) else (None, False)
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB":
        return None, False
    owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in children_of(tok))
    run_on = verb.dep_ == "advcl" and verb.tag_ == "VBG"
    if not (verb.dep_ == "conj" or run_on):
        return None, False
    deed = verb.head
    ship = next((c for c in children_of(deed) if c.dep_ == "dobj"), None) or next(
        (c for c in children_of(deed) if c.dep_ == "nsubjpass"), None)
    if ship is None or not _vessel_named(ship, prefixes):
        return None, False
    return ship, owned or run_on


def _ship_words(ship: Token, after: int) -> str:
    """The words of a ship's phrase up to its vessel noun when a name follows that ("the Argentine cruiser
    General Belgrano": "the Argentine cruiser"); else the whole phrase ("HMS Sheffield")."""
    kind = next((t for t in reversed(list(ship.lefts)) if t.lemma_.lower() in CREW_VESSELS
                 or t.lower_ in CREW_VESSELS), None) if ship.lower_ not in CREW_VESSELS else None
    if kind is None:
        return _phrase(ship, after)
    return ship.doc.text[_phrase_start(ship, after):kind.idx + len(kind.text)]


def _vessel_named(noun: Token, prefixes: dict[str, str]) -> bool:
    """Whether a noun phrase names a vessel: a vessel noun up to its head ("the Argentine cruiser General
    Belgrano") or a warship's prefix ("HMS Sheffield")."""
    words = [t for t in noun.subtree if t.i <= noun.i]
    return any(t.lemma_.lower() in CREW_VESSELS or t.lower_ in CREW_VESSELS or t.text in prefixes
               for t in words)


PHRASES_KEY = "chronica.mentions.phrases"


def _phrase(tok: Token, after: int = 0) -> str:
    """The words of a noun phrase up to its head: 'the Peruvian government', 'President Fujimori';
    none before character ``after`` (the end of a dateline). Kept per Doc (each event asks about the same
    words; a mend drops the Doc's tables, and with them these)."""
    kept = tok.doc.user_data.get(PHRASES_KEY)
    if kept is None:
        kept = tok.doc.user_data[PHRASES_KEY] = {}
    found = kept.get((tok.i, after))
    if found is None:
        found = kept[(tok.i, after)] = _phrase_of(tok, after)
    return found


def _phrase_of(tok: Token, after: int) -> str:
    """:func:`_phrase`, worked out."""
    doc = tok.doc
    toks, deps, heads = tokens_of(doc), deps_of(doc), heads_of(doc)  # no new Tokens
    i, dep = tok.i, deps[tok.i]
    start = tok.left_edge.i if dep != "ROOT" else _root_noun_start(tok)
    if start > 0 and dep in ("nsubj", "dobj", "nsubjpass"):
        before = toks[start - 1]  # "accused Azerbaijani forces" parsed as two objects: one phrase
        if deps[start - 1] == dep and heads[start - 1] == heads[i] and before.pos_ in ("PROPN", "ADJ",
                                                                                       "NOUN"):
            start = before.left_edge.i
        elif _acronym_split_off(toks[start - 1], heads[start - 1] == heads[i], deps[start - 1]):
            start -= 1  # "FIA officials raided": the acronym the parse hung on the verb (orgs57)
    while start < i:
        word = toks[start]
        if not (word.is_punct or deps[start] in ("cc", "prep", "case") or word.idx < after or (
                word.lower_ in RESULT_WORDS and start > 0 and toks[start - 1].pos_ == "VERB")):
            break  # "shot dead Juan Perez": the verb's "dead", no word of the name (actors62)
        start += 1
    start = _hyphened_start(toks, start, after)
    end, n = i + 1, len(doc)
    while end < n:
        if deps[end] not in ("compound", "flat") and not _name_hyphen(toks, deps, heads, end) or (
                heads[end] <= i or toks[end].like_num):
            break  # not the sum after a receiver: "lent Morocco 500 million euros" (aid248)
        end += 1
    if (i + 1 < end < n and deps[end] == "appos" and heads[end] == i and toks[end].pos_ == "PROPN"
            and toks[end].ent_type_ != "PERSON"):
        end += 1  # the name its first words began: "the newspaper El Watan", not "... El" (repress47)
    if end < n and deps[end] == "appos" and heads[end] == i and toks[end].ent_type_ == "PERSON":
        end += 1  # a title and the name right after it: "former president Lula"
        while end < n and toks[end].ent_type_ == "PERSON" and toks[end].pos_ == "PROPN":
            end += 1
    if tok.lemma_.lower() in OWNED_HEADS or tok.pos_ == "PROPN":  # "the army of Mali", "Hassan of Morocco"
        of = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
        if obj is not None and (obj.ent_type_ in ("GPE", "NORP", "ORG") or any(
                c.ent_type_ in ("GPE", "NORP", "ORG") for c in obj.lefts)  # "the head of the UN mission"
                # "the head of the Ennahda party": a name the model tags as no entity (office47)
                or tok.pos_ != "PROPN" and (obj.pos_ == "PROPN" or any(
                    c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.lefts))
                or tok.pos_ == "PROPN" and (obj.like_num or any(c.like_num for c in obj.lefts))
                or tok.lower_ in SEE_TITLES and obj.pos_ == "PROPN"):  # "the Archbishop of Canterbury"
            # "the Group of 77", "the Group of 20 major economies"
            end = _name_end(toks, obj.i + 1)  # "the leader of the Congress of South African Trade Unions"
    if end < n and toks[end].lower_ == "of" and heads[end] == i and end + 1 < n and (
            f"{tok.lower_} of {toks[end + 1].lower_}" in OF_TITLES):
        end += 2  # "the assistant secretary of state for ...": the title's own "of"
    if tok.ent_type_ == "ORG" and end < n and toks[end].ent_iob_ == "I" and deps[end] == "prep":
        while end < n and toks[end].ent_iob_ == "I":  # "the Citizens Coalition for Change": the whole name
            end += 1
    end = _sworn_to_person_end(tok, end)
    if end < n and toks[end].lower_ in LINK_WORDS and (tok.is_title or tok.is_upper):
        end = _linked_name_end(toks, start, end)  # "Reporters Without Borders", "Committee to Protect ..."
    if end < n and (tok.is_title or tok.is_upper):
        end = _listed_name_end(toks, start, end)  # "France 24": the outlet, not France (press-2)
    end = _faction_end(toks, _hyphened_end(toks, end) if tok.text[:1].isupper() else end)
    end = _ship_name_end(doc, end)
    starts, ends = char_bounds(doc)
    return text_of(doc)[starts[start]:ends[end - 1]]  # the Span's text, without making a Span


def _sworn_to_person_end(tok: Token, end: int) -> int:
    """The end of a person's name that armed men are told as loyal to ("dissidents loyal to Ivan Mordisco",
    "gunmen loyal to El Mayo Zambada"): the resolver reads his group (or his state) from it; the parse's
    allegiance to a group's own name is followed in extract/roles.py. Else ``end``."""
    if tok.lower_ not in SWORN_HEADS or tok.i + 1 != end:
        return end
    for word in children_of(tok):
        prep = ALLEGIANCE.get(word.lemma_.lower())
        if word.dep_ not in ("amod", "acl") or word.i != tok.i + 1 or prep is None:
            continue
        obj = next((o for c in children_of(word) if c.dep_ == "prep" and c.lower_ == prep
                    for o in children_of(c) if o.dep_ == "pobj"), None)
        if obj is not None and obj.ent_type_ == "PERSON":
            return obj.i + 1
    return end


def _town_named(tok: Token) -> bool:
    """Whether a word is the name after a settlement's noun and "of" ("the town of Toyota")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in SETTLEMENT_HEADS


def _acronym_split_off(before: Token, same_head: bool, dep: str) -> bool:
    """Whether the word before a subject or object is an acronym's name that the parse hung on the verb as a
    modifier of its own ("FIA officials raided", "ATS officers arrested"; orgs57)."""
    return (same_head and dep in ("advmod", "npadvmod", "amod") and before.is_upper and before.is_alpha
            and len(before.text) > 1 and before.whitespace_ != "")


def _faction_end(toks: list[Token], end: int) -> int:
    """The end of a name's faction in brackets right after it ("the NSCN (IM)", "the Communist Party of
    India (Marxist)"; orgs57), or ``end``."""
    n = len(toks)
    if not (0 < end < n - 2 and toks[end].text == "(") or not (
            toks[end - 1].pos_ == "PROPN" or toks[end - 1].is_upper):
        return end
    close = next((k for k in range(end + 2, min(end + 5, n)) if toks[k].text == ")"), None)
    inside = toks[end + 1:close] if close is not None else []
    if not inside or not inside[0].text[:1].isupper() or any(
            not (t.is_alpha or t.text == "-") or t.i < close - 1 and t.whitespace_ for t in inside):
        return end
    return close + 1


def _named_group_end(doc: Doc, tok: Token, obj: Token, end: int) -> int:
    """The end of a group's name told right after the group's noun, which the parse hangs on the role noun
    before them ("Hackers from the pro-Russian group Killnet"; left-actors55), or ``end``."""
    if end >= len(doc) or doc[end].pos_ != "PROPN" or doc[end].dep_ != "appos" or (
            doc[end].head.i not in (tok.i, obj.i)) or obj.pos_ != "NOUN":
        return end
    k = end + 1
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].head.i == end and (
            doc[k].dep_ in ("compound", "flat")):
        k += 1
    return k


def _ship_name_end(doc: Doc, end: int) -> int:
    """The end of a phrase cut inside a ship's name, moved to the name's end ("The destroyer USS" of "The
    destroyer USS Gravely shot down ...", the parse taking "Gravely" for an adverb; maritime-2)."""
    last = doc[end - 1]
    ship = covering(doc, last) if doc_spans(doc) else None
    while ship is not None and end < len(doc) and doc[end].idx < ship[1]:
        end += 1
    return end


LINK_WORDS = frozenset({"without", "for", "to", "against", "of", "in", "on", "and"})


@cache
def linked_names() -> frozenset[str]:
    """The dictionary's organisation names with a small joining word inside ("Reporters Without Borders",
    "Committee to Protect Journalists", "Physicians for Human Rights"), lower case."""
    text = resources.files("chronica.actors").joinpath("data", "organisations.yaml").read_text("utf-8")
    forms = [f for row in yamlio.safe_load(text).get("organisations") or []
             for f in [row.get("name"), row.get("full"), *(row.get("aliases") or [])] if isinstance(f, str)]
    return frozenset(f.lower() for f in forms
                     if len(f.split()) > 2 and LINK_WORDS & set(f.lower().split()[1:]))


@cache
def listed_names() -> frozenset[str]:
    """The dictionary's organisation names of more than one word ("France 24", "The Moscow Times"), lower
    case."""
    text = resources.files("chronica.actors").joinpath("data", "organisations.yaml").read_text("utf-8")
    forms = [f for row in yamlio.safe_load(text).get("organisations") or []
             for f in [row.get("name"), row.get("full"), *(row.get("aliases") or [])] if isinstance(f, str)]
    return frozenset(f.lower() for f in forms if len(f.split()) > 1)


def _listed_name_end(toks: list[Token], start: int, end: int) -> int:
    """The end of a listed organisation's name that the parse cut before its last words ("France 24", the
    number read as a count of France), or ``end``."""
    return _name_run_end(toks, start, range(end + 1, min(end + 3, len(toks)) + 1), listed_names(), end)


def _linked_name_end(toks: list[Token], start: int, end: int) -> int:
    """The end of a dictionary name that runs on past ``end`` over a joining word, or ``end``."""
    return _name_run_end(toks, start, range(end + 2, min(end + 6, len(toks)) + 1), linked_names(), end)


def _name_run_end(toks: list[Token], start: int, ends: range, names: frozenset[str], end: int) -> int:
    """The last of ``ends`` at which the words from ``start`` (a leading "the" left out) make one of
    ``names``, or ``end``."""
    first = start + 1 if toks[start].lower_ == "the" else start
    found = end
    for k in ends:
        if " ".join(t.lower_ for t in toks[first:k]) in names:
            found = k
    return found


def _hyphened_start(toks: list[Token], start: int, after: int = 0) -> int:
    """The first word of a capitalised name joined by hyphens that the parse broke up before ``start``
    ("Jamaat-e-Islami", "Lashkar-e-Taiba" read as three subjects, of which only the last was kept)."""
    if not toks[start].text[:1].isupper():
        return start
    first = start
    while (start >= 2 and toks[start - 1].text == "-" and not toks[start - 1].whitespace_
           and not toks[start - 2].whitespace_ and toks[start - 2].is_alpha and toks[start - 2].idx >= after):
        start -= 2
    edge = toks[start].left_edge.i  # "the Jamiat Ulema-e-Islam": the words the first part has before it
    if start < first and edge < start and toks[start].pos_ == "PROPN" and toks[edge].idx >= after:
        return edge
    return start


def _hyphened_end(toks: list[Token], end: int) -> int:
    """The end of a capitalised name joined by hyphens that the parse broke up after ``end`` - 1
    ("Tehreek-e-Labbaik", "Ulema-e-Islam": the parse keeping only the first word; orgs57), or ``end``."""
    k = end
    while (k + 1 < len(toks) and toks[k].text == "-" and not toks[k].whitespace_
           and not toks[k - 1].whitespace_ and toks[k + 1].is_alpha):
        k += 2
    joined = any(toks[j].text.islower() for j in range(end + 1, k, 2))  # "-e-", "-ut-": not "Egypt-Libya"
    return k if k > end and joined and toks[k - 1].text[:1].isupper() else end


def _name_hyphen(toks: list[Token], deps: list[str], heads: list[int], k: int) -> bool:
    """Whether token ``k`` is the hyphen inside a name's word, between two of its words ("Paul-Henri"), or
    before the name's last word hung on a title ("His Highness Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah")."""
    return (toks[k].tag_ == "HYPH" and 0 < k < len(toks) - 1 and (
        deps[k + 1] in ("compound", "flat") and heads[k + 1] == heads[k]
        or deps[k + 1] == "appos" and heads[k] == k + 1) and toks[k - 1].pos_ == toks[k + 1].pos_ == "PROPN")


def _deed_as_name(tok: Token) -> bool:
    """A common noun of an event the lexicon knows ("Clashes", "Fighting", "Shelling"), capitalised for
    opening the sentence: an event, never a name of someone."""
    entry = lexicon().nouns.get(tok.lemma_.lower()) if tok.pos_ in ("NOUN", "VERB") else None
    return entry is not None and tok.is_sent_start and tok.text[:1].isupper()


def _capital_of_a_sentence(tok: Token, phrase: str) -> bool:
    """A lone common noun (as the tagger reads it) that has its capital only for opening the sentence
    ("Sanctions on Zimbabwe's president were lifted"): no name. Not a doer ("Hackers attacked hundreds of
    French websites": unknown doers, kept as told, lead48f)."""
    return tok.pos_ == "NOUN" and tok.is_sent_start and phrase == tok.text and tok.dep_ != "nsubj"


def _split_object(tok: Token) -> Token | None:
    """The word the parse split off as a second subject or object right before ``tok`` ("rejected NATO
    demands": "NATO" and "demands" both objects), or None."""
    start = tok.left_edge.i
    if start == 0 or tok.dep_ not in ("nsubj", "dobj", "nsubjpass"):
        return None
    before = tok.doc[start - 1]
    if before.dep_ != tok.dep_ or before.head.i != tok.head.i or before.pos_ not in ("PROPN", "ADJ", "NOUN"):
        return None
    return before


def _name_end(toks: list[Token], end: int) -> int:
    """The end of a name running on past ``end`` with an "of" ("Congress of South African Trade Unions")."""
    while end < len(toks) and toks[end].ent_iob_ == "I" and toks[end - 1].ent_type_ == "ORG":
        end += 1
    return end


def actor_tokens(head: Token) -> list[Token]:
    """The words of an actor phrase and of its coordinated phrases."""
    toks = tokens_of(head.doc)  # no new Tokens
    listed = [c for c in head.children if listed_appos(head, c)]  # "Saudi Arabia, the UAE, Bahrain and Egypt"
    return [t for tok in [head, *head.conjuncts, *listed, *(g for c in listed for g in c.conjuncts)]
            for t in toks[tok.left_edge.i : tok.i + 1]]


def _phrase_start(tok: Token, after: int) -> int:
    """Where the words of :func:`_phrase` begin."""
    words = tokens_of(tok.doc)[tok.left_edge.i : tok.i + 1]
    return next((t.idx for t in words if t.idx >= after and not t.is_punct), tok.idx)


def _holder_words(held: Token) -> str:
    """Who holds a prison or custody: its modifiers ("Taliban prisons", "the army's jails") or its "of"
    ("the custody of the police")."""
    mods = [t for t in tokens_of(held.doc)[held.left_edge.i:held.i] if t.pos_ not in ("DET", "ADP", "PUNCT")
            and t.lower_ not in ("'s", "’s")]
    if mods:
        return " ".join(t.text for t in mods)
    of = next((c for c in children_of(held) if c.dep_ == "prep" and c.lower_ == "of"), None)
    owner = next((g for g in children_of(of) if g.dep_ == "pobj"), None) if of is not None else None
    if owner is None:
        return ""
    return " ".join(t.text for t in tokens_of(held.doc)[owner.left_edge.i:owner.i + 1])


def _launch_sites(trig: Token) -> list[Token]:
    """The places after "from" on a strike's verb, or on the participle of its subject ("rockets fired from
    southern Lebanon hit ...", "a rocket launched from Gaza struck ...")."""
    verbs = [trig, *(a for s in children_of(trig) if s.dep_ in ("nsubj", "nsubjpass")
                     for a in children_of(s) if a.dep_ in ("acl", "relcl"))]
    return [g for v in verbs for p in children_of(v) if p.dep_ == "prep" and p.lower_ == "from"
            for g in children_of(p) if g.dep_ == "pobj"]


def _sent_from(head: Token) -> list[Token]:
    """The place people are sent away from: "ordered out of Moscow", "expelled from Algiers"."""
    out = []
    for prep in (c for c in children_of(head) if c.dep_ == "prep" and c.lower_ in W["sent_from_preps"]):
        inner = [prep, *(p for p in children_of(prep) if p.dep_ == "prep" and p.lower_ == "of")]
        out += [g for p in inner for g in children_of(p) if g.dep_ == "pobj"]
    return out


def _sent_to(head: Token) -> list[Token]:
    """The place people are sent to: "deported to El Salvador", "expelled into Jordan"."""
    return [g for c in children_of(head) if c.dep_ == "prep" and c.lower_ in W["sent_to_preps"]
            for g in children_of(c) if g.dep_ == "pobj"]


def _protested(head: Token) -> list[Token]:
    """Whom a crowd's act "in protest against" (at, over) names: the owner of the deed protested ("North
    Korea's blockade", "Chinese rule", "the blockade by North Korea"), else the noun itself ("in protest
    against the government")."""
    nouns = [g for c in children_of(head) if c.dep_ == "prep" and c.lower_ in W["protest_phrase_preps"]
             for g in children_of(c) if g.dep_ == "pobj" and g.lemma_.lower() in W["protest_phrase_nouns"]]
    deeds = [g for n in nouns for c in children_of(n)
             if c.dep_ == "prep" and c.lower_ in W["protest_phrase_against"]
             for g in children_of(c) if g.dep_ == "pobj"]
    owners = [c for d in deeds for c in children_of(d) if (c.dep_ == "poss" and c.pos_ != "PRON") or (
        c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") and c.i < d.i)]
    owners += [g for d in deeds for c in children_of(d) if c.dep_ == "prep" and c.lower_ == "by"
               for g in children_of(c) if g.dep_ == "pobj"]
    return owners + deeds


BESIDE_WORDS = {"near", "border", "frontier", "boundary", "off"}  # "at a tanker off Yemen": the ship was hit


def _beside(tok: Token, top: Token) -> bool:
    """Is ``tok`` named only as what a place lies beside ("in Rann, near the border with Cameroon")?"""
    while tok != top and tok.head != tok:
        tok = tok.head
        if tok.lower_ in BESIDE_WORDS:
            return True
    return False


def _seat_end(obj: Token, end: int) -> int:
    """Where a complement ends that names a state organ by its seat ("the government in Tripoli", "the
    regime in Damascus"): after the seat's name; else ``end`` as it was."""
    doc = obj.doc
    if obj.lemma_.lower() not in SEAT_NOUNS or end >= len(doc) or doc[end].lower_ not in SEAT_PREPS:
        return end
    seat = next((c for c in children_of(doc[end]) if c.dep_ == "pobj" and c.ent_type_ == "GPE"), None)
    if seat is None or seat.right_edge.i - seat.left_edge.i > 2:  # hung on the verb or the noun alike
        return end
    return seat.right_edge.i + 1


def _reported_passives(before: Span) -> list[Token]:
    """The subjects of passive clauses a reporting verb tells ("The suspects were detained in raids, the
    prosecutors' office said"), to which a passive "they" looks back before the speaker ("They are accused
    of supporting the Islamic State": the suspects are, clause48)."""
    return [t for t in before if t.dep_ == "nsubjpass" and t.head.dep_ == "ccomp"
            and t.head.head.lemma_ in REPORTING_VERBS]


def _antecedents_in(before: Span, pronoun: Token) -> list[Token]:
    """The words of the sentence before in the order an object pronoun looks back to them: the objects
    first when the pronoun is freed ("Rebels seized five hostages. Soldiers later freed them")."""
    words = list(before)
    if pronoun.dep_ == "dobj" and pronoun.head.lemma_ in FREEING_VERBS:
        words.sort(key=lambda t: t.dep_ != "dobj")
    return words


def _counted_victims(sent: Span) -> set[int]:
    """The words of people a victims' participle is told of ("the number of people killed in the attack
    rose to 13", "residents wounded in the blast", "those killed were militants"): they were hit, they did not
    do it (coder20b)."""
    doc, deps = sent.doc, deps_of(sent.doc)
    acl = [doc[k] for k in range(sent.start, sent.end) if deps[k] == "acl"]  # a Token only for a participle
    hit = [tok.head for tok in acl if tok.tag_ == "VBN" and tok.lemma_ in VICTIM_VERBS
           and tok.head.pos_ in ("NOUN", "PRON", "DET")]  # "those killed"
    # "said those killed were members of the PDF": who the victims are said to be were hit too (clause48)
    said = [a for h in hit if h.dep_ == "nsubj" and h.head.lemma_ == "be"
            for a in children_of(h.head) if a.dep_ == "attr"]
    return {k for h in hit for k in range(h.left_edge.i, h.i + 1)} | {t.i for a in said for t in a.subtree}


def _victims_listed(verb: Token) -> set[int]:
    """The words of a list that names more of a victims' verb's victims ("eight people were killed in the
    gun battles, including a member of the National Guard"): the Guard was hit, it did not shoot."""
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:  # "killed in the gun battles": the verb
        verb = verb.head
    if not any(c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and verb.lemma_ in VICTIM_VERBS)
               for c in children_of(verb)):
        return set()  # "eight people were killed", "nine people died": a victims' clause
    doc = verb.doc
    lowers, deps, toks = lowers_of(doc), deps_of(doc), tokens_of(doc)  # the columns: no Token for each word
    clause = range(verb.left_edge.i, verb.right_edge.i + 1)
    listed = {t.i for k in clause if lowers[k] in VICTIM_LIST_PREPS and deps[k] == "prep"
              for c in children_of(toks[k]) if c.dep_ == "pobj" for t in c.subtree}
    # "a police chief was killed along with three other officers": the officers were killed too (latam50)
    return listed | {i for k in clause if lowers[k] == "with" and deps[k] == "prep"
                     and along_anchor(toks[k]) is not None
                     for c in children_of(toks[k]) if c.dep_ == "pobj" for i in _phrase_core(c)}


def _phrase_core(noun: Token) -> range:
    """The words of a noun phrase up to its noun, or up to the noun of its "of" ("four of his escorts"),
    leaving out the phrases after it ("... by gunmen", "in Zacatecas")."""
    end = noun.i
    for prep in children_of(noun):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            end = max([end, *(c.i for c in children_of(prep) if c.dep_ == "pobj")])
    return range(noun.left_edge.i, end + 1)


def _judicial_execution(cand: Candidate) -> bool:
    """'Four prisoners were executed in Myanmar': an execution (``state_executions`` in data/mentions.yaml)
    of people not named as captives, fighters or people set upon, the state's sentence carried out."""
    head = cand.trigger.head
    if cand.trigger.cls != "kill" or head.lemma_.lower() not in {*EXECUTIONS["verbs"], *EXECUTIONS["nouns"]}:
        return False
    return not any(t.lemma_.lower() in EXECUTIONS["not_of"] for t in cand.roles.target)


SPOKEN_FORCES = frozenset({"MIL", "COP"})  # a state's forces told bare in what a state reports: its own


def _quoted_speaker(saying: Token) -> Token | None:
    """The one quoted as saying: "state television quoted the army as saying it had arrested 30 rebels",
    "the army was quoted as saying it ..." (the object, or passive subject, of "quoted"; speech48)."""
    if saying.dep_ != "pcomp" or saying.head.lower_ != "as":
        return None
    quoted = saying.head.head
    if quoted.lemma_.lower() not in QUOTING_VERBS:
        return None
    return next((c for c in children_of(quoted)
                 if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None)
