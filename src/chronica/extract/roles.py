"""Who acts and who is acted upon: source and target words from the dependency parse."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from spacy.tokens import Token

from chronica import yamlio
from chronica.actors.data import package_file
from chronica.extract.instrument import _fight_of, weapons
from chronica.extract.lexicon import Lexicon, lexicon
from chronica.extract.quantities import tolled_event
from chronica.extract.readings import (
    answered_deed,
    banned_gathering,
    condemns,
    deadline_clause,
    disowned,
    headline_sides,
    is_sides,
    judged_object,
    judgements,
    main_clause_conjunct,
    opposed_text,
    paired_sides,
    partaking,
    readings,
    remote_verbs,
    standing_order,
    stepped_into,
    text_owner,
    third_party,
    warned_off,
)
from chronica.extract.setting import charged_conjunct
from chronica.extract.triggers import (
    CROWD_FIGHTS,
    Trigger,
    addressed_to,
    complement_class,
    country_word,
    crowd_side,
    demonym_word,
    frame,
    governing_verb,
    object_class,
    org_words,
    place_name,
    reflexive_antecedent,
    relative_verb,
    state_force,
)
from chronica.nlp import children_of, counted, deps_of, in_place, sentence_of, tokens_of

SUBJ = ("nsubj", "csubj")
SHARED_OBJECT = "object shared with the verb after it"  # the rule of ``_shared_object`` (rights-4)
TARGET_PREPS = {"against", "on", "at", "upon", "into", "with", "to", "between", "over"}
# people who flee to or into a country (class displace) go there for refuge: the place is no target (story47)
FLEEING, FLED_TO = {"displace"}, {"to", "into", "toward", "towards"}
COOPERATIVE = {"with"}
PARTNER_PREPS = {"with", "between"}  # who an act named by its noun is with ("a round of talks with X")
# whoever records, reports or judges an event did not do it ("the monitors recorded 12 explosions",
# "Western governments criticised the crackdown")
OBSERVING = {"record", "observe", "report", "see", "witness", "hear", "register", "document", "note", "count",
             "monitor", "condemn", "denounce", "investigate", "confirm", "deny", "describe", "mention",
             "criticise", "criticize", "deplore", "decry", "slam", "blast", "welcome", "praise", "hail",
             "applaud", "regret", "lament", "mourn", "protest", "oppose"}
OWNING_UP = {"deny", "confirm"}  # "denied shelling": the denier is the one said to have done it
GOING_ON = {"continue", "resume", "persist"}  # "reported continued shelling": the shelling goes on
# who came upon a state told by a participle did not cause it ("police found two men wounded")
FINDING = {"find", "discover", "recover", "retrieve", "exhume"}
FOUND_STATE_DEPS = ("ccomp", "oprd", "xcomp", "acl", "advcl")
FOUND_DEAD_CLASSES = {"kill"}  # "residents found the body of a man": a killing by someone else
REPELLED_ATTACKER = "attacker of a repelled attack"
FELL_IN_FIGHT = "side that fell in the fight"  # "18 soldiers were killed in a battle with militants"
REPEL_VERBS = {"repel", "repulse", "thwart", "foil", "fend", "counter", "resist", "beat", "avert", "prevent",
               "halt"}
ATTACK_NOUNS = {"attack", "assault", "offensive", "raid", "incursion", "ambush", "advance", "infiltration",
                "attempt"}
# verbs of giving: the one who receives ("offered its troops to Lebanon") is the target, not the thing
GIVING = {"give", "offer", "send", "dispatch", "provide", "supply", "donate", "deliver", "hand", "grant",
          "sell", "lend", "loan", "extend", "pledge", "promise", "transfer", "ship", "return", "extradite"}
RELATIVE = {"who", "that", "which", "whom"}
GRANTED_THINGS = {"grant"}  # "approved grants to Malawi": what is given, not its receiver (relations-4)
# what a state lodges with another, no one acted on: "lodged a protest with China over the detention"
COMPLAINTS = {"protest", "complaint", "objection", "note", "demarche", "démarche", "grievance"}
# papers filed against someone, who is the one acted on: "registered an FIR against 25 protesters"
FILED_PAPERS = {"fir", "chargesheet", "case"}
DISRUPTING = {"disrupt_weapons"}  # the foiling is the event: its subject disrupts the attempt (hostage-4)
RELEASED_CLASSES = {"release"}  # told in the passive, its subject is the one freed, whoever receives them
CAPTIVES = {"hostage", "captive", "prisoner", "detainee", "abductee", "kidnappee", "pow"}
# "placed under arrest", "put under investigation": who is placed under it undergoes it
PLACING = {"put", "place", "keep", "hold", "bring"}
# what is sent for a purpose ("sent troops to help rebuild Iraq"): the one helped is the target
SENT = {"troop", "force", "soldier", "peacekeeper", "marine", "warship", "ship", "aircraft", "jet", "plane",
        "personnel", "adviser", "advisor", "expert", "doctor", "observer", "monitor", "police", "officer",
        "aid", "food", "supply", "medicine", "equipment", "team", "mission", "contingent", "unit",
        "delegation", "convoy", "relief", "flight", "shipment", "consignment", "truck"}
# verbs that cause or meet another's act ("prompting accusations of rigging", "accused the West of fomenting
# the protests", "faced protests"): their subject did not do the act their object names (lead46)
CAUSING = {"prompt", "spark", "trigger", "provoke", "cause", "foment", "incite", "fuel", "stoke", "instigate",
           "ignite", "draw", "attract", "face", "invite", "unleash", "precipitate"}
# verbs of building: what is rebuilt ("to rebuild schools") is a thing, its place the one helped (lead46)
BUILDING = {"build", "rebuild", "reconstruct", "repair", "restore", "renovate", "construct", "refurbish"}
# forces whose deployment or dispatch is told ("the deployment of French troops in Mali") do it
DEPLOYING = {"mobilize", "peacekeeping"}
# verbs by which someone wins another's act ("brokered the release of five Americans"): not its doer
OBTAINING = {"broker", "secure", "negotiate", "mediate", "win", "obtain", "arrange", "facilitate"}
HOLDING = {"hold", "detain", "jail", "imprison", "keep", "kidnap", "abduct", "capture", "seize"}
WITHDRAWING = {"withdraw"}  # "Uganda's troops were withdrawn from Somalia": the forces withdraw
DEPLOYED = {"troop", "force", "soldier", "peacekeeper", "marine", "police", "officer", "personnel",
            "contingent", "unit", "warship", "ship", "aircraft", "jet", "plane", "battalion", "brigade",
            "carrier", "destroyer", "frigate", "submarine", "reservist", "reinforcement"}
DEMANDING = {"demand", "insist", "ask", "urge", "request", "propose", "recommend", "suggest", "require"}
# "a landmine detonated by a passing truck": whoever passes over a mine or a bomb sets it off and is hit
PASSING = {"pass", "passing", "drive", "travel", "walk", "ride", "cross"}
# ... when the verb is one of setting a device off (not "shot and killed by men travelling in a car")
SETTING_OFF = {"detonate", "trigger", "set", "explode", "activate", "hit", "strike"}
# "shells fired by the army": what is fired or dropped is the weapon, not the one it is aimed at
FIRING = {"fire", "launch", "lob", "drop", "shoot"}
FIRED = {"shell", "rocket", "missile", "mortar", "bullet", "round", "projectile", "bomb", "grenade", "shot",
         "salvo", "volley", "barrage", "munition", "drone", "ammunition", "buckshot", "artillery", "flare",
         "explosive"}
# fights whose doer is the subject of what was done in them ("killed 20 rebels in a battle")
FIGHTS = {"clash", "assault", "shoot", "return_fire"}
# strikes from afar whose doer is the subject of a killing done in them ("the army killed 24 civilians in a
# drone strike"); not "police arrested two men in the bombing" (conflict46)
REMOTE_STRIKES = {"air_strike", "drone_strike", "shelling"}
HARMING = {"kill", "wound", "injure", "massacre", "slaughter", "maim"}
# "fired tear gas at strikers", "used water cannon on the crowd": the weapon is the object, the people it
# was aimed at the target
AIMING = FIRING | {"use", "spray", "hurl", "throw", "turn", "train", "aim", "pelt"}
AIMED = FIRED | {"gas", "cannon", "pellet", "stone", "rock", "tear", "teargas", "water", "shotgun", "gun",
                 "canister", "baton", "weapon", "fire",
                 # "threw a milkshake at Nigel Farage", "hurled paint at the parliament" (west-1)
                 "bottle", "brick", "egg", "milkshake", "paint", "soup", "potato", "pie", "cake", "custard",
                 "flour", "manure",
                 # "threw a Molotov cocktail at a synagogue", "pelted stones at a procession" (faith-2)
                 "cocktail", "molotov", "firebomb", "petrol", "acid", "device"}
AIMED_AT = {"at", "on", "upon", "into", "against"}  # "used chemical weapons against the Kurds" (targets60)
# verbs of answering an attack whose "with" names the answer ("responded with artillery fire")
ANSWERING = {"respond", "retaliate", "reply", "answer", "react", "counter"}
DYING = {"die", "perish", "fall"}  # intransitive verbs of those killed in a fight
# "the army lost ten soldiers in the clash with JNIM": what the subject lost in a fight is its own, the other
# side is the fight's "with" (conflict46)
LOSING = {"lose", "suffer"}
# force a verb's subject uses "with" ("police, who responded with tear gas", "troops dispersed the crowd with
# water cannon"): the means of its subject (crowdact46)
MEANS_CLASSES = {"crowd_control", "shoot", "shelling", "grenade", "chemical"}
# "accused X of killing", "blamed X for attacking", "charged X with murdering": X did it
JUDGED_PREPS = {"of", "for", "with"}
# "called on X to act", "appealed to X to act": X is the one asked to act
CALLING = {"call", "appeal", "prevail"}
# "launched ten days of war games", "carried out a series of raids": the event noun's measure is the object
MEASURES = {"day", "week", "month", "hour", "night", "round", "series", "wave", "spate", "string", "year"}
# what holds the thing given: "approved a package of aid" (whoever approves it gives the aid)
CONTAINERS = {"package", "tranche", "shipment", "consignment", "batch"}
DECLARING = {"declare", "pronounce"}  # "declared the envoy persona non grata": the one declared undergoes it
ACTED_ON = {"up", "down"}  # "broke up a march", "put down the revolt": done to the event, not by its doer
# "militiamen set up a roadblock": a verb whose "up" makes the thing, done by its doer (coder25)
# "the envoys sat down for talks": a verb with "down" whose subject goes to do the event (plover26)
BUILT_UP = {"set", "sit"}
AMOUNT_TAGS = {"CD", "$"}  # "$500 million in aid": the amount given
REPORTED = {"it", "they", "he", "she", "we"}  # "NATO confirmed it would tighten the naval blockade"
# "ordered the newspaper to suspend publication": the event is the orderer's, done to the ordered
ORDERING = {"order", "force", "compel", "oblige", "instruct", "command", "coerce", "direct"}
# "Xi told the military to step up preparations": forces told to act do it under the one who tells them
TELLING = {"tell"}
# "the forces of the army", "hundreds of students": the real actor is after "of"
PARTITIVE = {"force", "member", "unit", "element", "fighter", "group", "number", "dozen", "hundred",
             "thousand", "score", "some", "many", "all", "several", "most", "one", "two", "three",
             "part", "section", "wing", "branch", "supporter", "rest", "majority", "team", "squad",
             # places and things that stand for their owner: "the positions of the army"
             "position", "post", "base", "convoy", "patrol", "checkpoint", "vehicle", "camp",
             "picket", "checkpost",  # "a check picket of police and Levies": a guard post (asia-1)
             "headquarters", "office", "home", "house", "residence", "stronghold", "outpost",
             "motorcade", "car", "compound", "palace", "mansion", "villa", "farmhouse",  # of an office holder
             "pair", "couple",
             # "the first batch of Kenyan police officers arrived" (aid48)
             "batch", "contingent", "detachment",
             # a body part maimed stands for its owner: "cut off the finger of a teacher" (bv42)
             "finger", "hand", "ear", "nose", "tongue", "limb",
             # "A total of 12 terrorists were neutralized": a total is what it counts (total51)
             "total",
             # "crushed an uprising of students": a rising stands for those who rose (coldwar-3)
             "uprising", "rising", "revolt", "insurrection"}
COUNTED_UNITS = {"head"}  # "5,000 head of cattle": with a number, a unit of what it counts, no one's head
NATIONAL_PARTS = {"contingent", "detachment", "unit", "battalion", "batch"}
PARTITIVE_PREPS = {"of", "from"}  # "members of the MRTA", "fighters from the Mara Salvatrucha"
NOT_ACTORS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
# subjects that are the event itself, not a third party: "fighting broke out between X and Y"
SIDES_WORDS = {"clash", "fighting", "fight", "battle", "talk", "tension", "hostility", "war", "violence",
               "exchange", "skirmish", "gunfight", "firefight", "meeting", "negotiation", "dispute",
               "conflict", "agreement", "deal", "truce", "ceasefire"}
# what someone has, to do something: the doer of "a decision to send troops" is who decided
INTENT_NOUNS = {"decision", "plan", "intention", "bid", "attempt", "effort", "move", "promise", "pledge",
                "offer", "readiness", "willingness", "refusal", "threat", "determination", "commitment",
                "vow", "proposal", "resolve", "right", "preparation", "ultimatum", "campaign", "drive"}
# adjectives whose subject does what follows "to": "Brazil was ready to mediate", "is keen to help"
FOILED_NOUNS = INTENT_NOUNS | {"plot"}  # "thwarted an attempt to kidnap", "foiled a plot to abduct"
INTENT_ADJECTIVES = {"ready", "willing", "prepared", "eager", "keen", "determined", "unwilling", "reluctant",
                     # "a mob was about to lynch him", "troops were poised to storm": the subject would do it
                     "about", "poised", "likely", "unlikely"}
SINGLE_PRONOUNS = {"it", "he", "she"}  # one party, never both sides of a "between"
LABELLING_CLASSES = {"criticise", "accuse"}  # "called the raid an act of aggression by Russian forces"
# a visit or errand for an event: "arrived in Damascus for talks with Syrian leaders"
PURPOSE_PREPS = {"for"}
# a visit is also told as what one is "on": "arrived in Tokyo on a four-day official visit"
VISIT_PREPS = {"on"}
VISIT_CLASSES = {"visit"}
# a show of force is what one moves "in": "warships sailed into the port in a show of force" (lex29b)
SHOW_PREPS = {"in"}
SHOW_CLASSES = {"show_of_force"}
ERRAND_PREPS = PURPOSE_PREPS | VISIT_PREPS  # what a journey was for or on
# events two sides do together: coordinated doers are the two sides ("India and Pakistan held talks":
# India with Pakistan; "Indian and Pakistani troops exchanged fire")
RECIPROCAL = {"agree", "agree_formal", "agree_deal", "agree_yield", "ceasefire", "consult", "phone",
              "negotiate", "cooperate", "cooperate_military", "cooperate_economic", "share_intel", "clash",
              "break_relations", "recognise", "dispute"}
# a phrase of shelling that opens with one of these is done by two sides to each other ("India and Pakistan
# exchanged artillery fire": shelling both ways; coder25)
RECIPROCAL_OPENERS = {"exchange", "trade"}
RECIPROCAL_FIRE = {"shelling"}
# what two sides talk or agree about is no side: "signed an agreement on border security"
TOPIC_PREPS = {"on", "over", "about", "regarding", "concerning", "for"}
# what two sides agree on, sign or exchange: not a side ("agreed to a ceasefire")
RECIPROCAL_THINGS = {"ceasefire", "cease-fire", "truce", "deal", "agreement", "accord", "pact", "treaty",
                     "plan", "proposal", "settlement", "framework", "arrangement", "terms", "talk",
                     "cooperation", "measure", "swap", "exchange", "release", "withdrawal", "fire",
                     "gunfire", "shot", "memorandum", "protocol", "declaration", "statement", "view",
                     "resumption", "relation", "tie", "information", "intelligence", "prisoner",
                     "battle", "gunbattle", "firefight", "skirmish", "fight", "clash",
                     # what two sides resume or hold together: "Egypt and Israel resumed negotiations"
                     "negotiation", "dialogue", "discussion", "consultation", "contact", "meeting",
                     "summit"}


@cache
def _actor_words() -> dict:
    text = resources.files("chronica.actors").joinpath("data", "mentions.yaml").read_text("utf-8")
    return yamlio.safe_load(text)


def kind_nouns() -> frozenset[str]:
    """Nouns whose role modifier says what kind they are ("military aid"): ``kind_nouns`` of
    ``actors/data/mentions.yaml``."""
    return frozenset(_actor_words()["kind_nouns"])


ALLEGIANCE: dict[str, str] = _actor_words()["allegiance_words"]  # "fighters loyal to the STC"
ALLEGIANCE_HEDGES = frozenset(_actor_words()["allegiance_hedges"])  # "gunmen believed to belong to X"
FOR_TARGET_CLASSES = frozenset(_actor_words()["for_target_classes"])  # "expressed support for X"
FATE_NOUNS = frozenset(_actor_words()["fate_nouns"])  # "called for the release of X": X the target
FATE_ASKING_CLASSES = frozenset(_actor_words()["fate_asking_classes"])
CUSTODY_PURPOSES = frozenset(_actor_words()["custody_purposes"])  # "flown to France for pre-trial detention"
MISSIONS = frozenset(_actor_words()["mission_nouns"])  # "outside the Turkish embassy"
MISSION_PREPS = {"outside", "at", "near", "to"}
CROWD_CLASSES = {"protest", "hunger_strike", "riot", "rioting"}
GATHERINGS = frozenset(_actor_words()["gathering_nouns"])  # "voiced support at an emergency session"
VENUE_PREPS = frozenset(_actor_words()["venue_preps"])  # "signed a deal at the White House"
CROWD_VENUES = frozenset(_actor_words()["crowd_venues"])  # "fans rioted at a stadium"
STATE_OCCASIONS = frozenset(_actor_words()["state_occasions"])  # "a state visit": its kind, no doer
COMMUNAL_MODIFIERS = frozenset(_actor_words()["communal_modifiers"])  # "Communal clashes": a kind, no doer
MANNER_MODIFIERS = frozenset(_actor_words()["manner_modifiers"])  # "Fierce fighting": how hard, no doer
VICTIM_NAMED_DEEDS = frozenset(_actor_words()["victim_named_deeds"])  # "the Armenian genocide": the victims
CROWD_EVENTS = frozenset(_actor_words()["crowd_events"])  # "rival factions traded blows at a rally"
SIDED_FIGHTS = {"clash", "brawl"}  # fights of two sides ("clans clashed", "factions traded blows")
MONEY_NOUNS = frozenset(_actor_words()["money_nouns"])  # "20 million euros in aid"
HIT_BY = frozenset(_actor_words()["undergoing_verbs"])  # "Iran was hit by new sanctions"
UNDERGONE_MEASURES = frozenset(_actor_words()["undergone_measures"])  # "hit with new US sanctions"
IMPOSED_CLASSES = frozenset(_actor_words()["imposed_classes"])
IMPOSER_ENTS = ("NORP", "GPE", "ORG")  # "US sanctions", "Western sanctions", "EU tariffs"
ISSUED_THINGS = frozenset(_actor_words()["issued_things"])  # "issued a statement demanding ..."
CROWD_PARTICIPLES = frozenset(_actor_words()["crowd_participles"])  # "women protesting"
MEANS_PARTICIPLES = frozenset(_actor_words()["means_participles"])  # "dispersed protesters using tear gas"
CROWD_CONTROL_MEANS = frozenset(_actor_words()["crowd_control_means"])  # "firing tear gas" at a crowd
DISPERSING = frozenset(_actor_words()["dispersing_classes"])  # "police cleared the blockade": ended by force
RECEIVING_VERBS = frozenset(_actor_words()["receiving_verbs"])  # "faced criticism from the US"
RECEIVED_CLASSES = frozenset(_actor_words()["received_classes"])  # "received Soviet arms"
UNDERGONE_RECEIPTS = frozenset(_actor_words()["undergone_receipts"])  # "received death threats"
CUSTODY_DEATH_VERBS = frozenset(_actor_words()["custody_deaths"]["verbs"])  # "died in police custody"
CUSTODY_DEATH_NOUNS = frozenset(_actor_words()["custody_deaths"]["nouns"])
RECEIVED_VISITS = frozenset(_actor_words()["received_visits"])  # "received a courtesy call from"
BUYING_VERBS = frozenset(_actor_words()["buying_verbs"])  # "bought F-16 fighters from the United States"
TAKEN_RECEIPTS = frozenset(_actor_words()["taken_receipts"])  # "took delivery of F-16 jets"
PHASE_NOUNS = frozenset(_actor_words()["phase_nouns"])  # "announced the return of sanctions"
DEAL_NAME_HEADS = frozenset(_actor_words()["deal_name_heads"])  # "a cessation of hostilities agreement"
SETTING_PREPS = frozenset(_actor_words()["setting_preps"])  # "declared an emergency after gang killings"
QUELLING = frozenset(_actor_words()["quelling_verbs"])  # "deployed soldiers to quell riots"


@dataclass
class Roles:
    """Token heads of the source and target phrases, with the rule that found each."""

    source: list[Token] = field(default_factory=list)
    target: list[Token] = field(default_factory=list)
    rules: dict[str, str] = field(default_factory=dict)
    # targets that are the event's own noun ("lodged a protest"): kept as anchors for what hangs on
    # them ("eased its restrictions in Georgia"), never resolved as actors
    event_nouns: set[int] = field(default_factory=set)


def _hedged(word: Token) -> list[Token]:
    """The allegiance a hedge tells ("believed to belong", "suspected of belonging"), else the word itself."""
    if word.lemma_ not in ALLEGIANCE_HEDGES:
        return [word]
    return [c for c in children_of(word) if c.dep_ == "xcomp"] + [
        g for c in children_of(word) if c.dep_ == "prep" and c.lower_ == "of"
        for g in children_of(c) if g.dep_ == "pcomp"]


def _allegiance(tok: Token) -> Token | None:
    """The named group men are told as loyal to, belonging to or affiliated with ("fighters loyal to the
    Southern Transitional Council"; "fighters affiliated with X attacked", parsed with "affiliated" the verb
    of "fighters"): its name, a group's and not a person's; else None."""
    words = ALLEGIANCE
    holders = [c for c in children_of(tok) if c.dep_ in ("amod", "acl") and c.i == tok.i + 1]
    if tok.dep_ == "nsubj" and tok.head.tag_ in ("VBD", "VBN") and tok.head.i == tok.i + 1 and any(
            c.dep_ == "conj" and c.pos_ == "VERB" for c in children_of(tok.head)):
        holders.append(tok.head)
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == tok.i + 1 and (
            tok.head.lemma_ in ALLEGIANCE_HEDGES):  # "gunmen believed to belong to X killed ...": the root
        holders.append(tok.head)
    holders = [h for word in holders for h in _hedged(word)]
    for word in holders:
        prep = words.get(word.lemma_.lower())
        group = next((o for c in children_of(word) if c.dep_ == "prep" and c.lower_ == prep
                      for o in [_pobj(c)] if o is not None), None)
        if group is not None and group.pos_ == "PROPN" and group.ent_type_ != "PERSON":
            return group
    return None


def expand(tok: Token) -> list[Token]:
    """A phrase head and its coordinated heads; partitives resolve to their 'of' noun, men to the group they
    are loyal to."""
    kids, labels = children_of(tok), deps_of(tok.doc)  # asked of every role word: each label read once
    if tok.pos_ == "NOUN" and (group := _allegiance(tok)) is not None:
        return expand(group)
    owner_words = {c.lemma_.lower() for c in kids if labels[c.i] in ("amod", "compound")}
    # "gang members of the G9 alliance": the named group after "of" (a gang word names no group of its own)
    # "the Ivorian contingent of the UN mission": a national part of a joint force is that nation's (lead48)
    national = tok.lemma_.lower() in NATIONAL_PARTS and any(
        c.ent_type_ == "NORP" and labels[c.i] in ("amod", "compound") for c in kids)
    # "stole 5,000 head of cattle": a counted unit counts the noun after "of" (communal49)
    counted_unit = tok.lemma_.lower() in COUNTED_UNITS and any(labels[c.i] == "nummod" for c in kids)
    partitive = tok.lemma_.lower() in PARTITIVE or tok.like_num or counted_unit
    if partitive and not owner_words & PART_OWNERS and not national:
        of = next((c for c in kids if c.dep_ == "prep" and c.lower_ in PARTITIVE_PREPS), None)
        obj = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of else None
        if obj is not None and not _numbered_name(tok, obj) and not _chamber_name(tok, obj):
            return expand(obj)
    out = [tok] if tok.ent_type_ not in NOT_ACTORS else []
    for child in kids:
        if labels[child.i] == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON") or listed_appos(tok, child):
            out.extend(expand(child))
    return out


def listed_appos(tok: Token, child: Token) -> bool:
    """A country the parse hangs as an appositive to another that opens a list ("Saudi Arabia, the UAE,
    Bahrain and Egypt"): one more of the list, no second name of the first (lists54); the dictionary's
    countries whatever the tagger calls them (westafr-12)."""
    if child.dep_ != "appos" or child.pos_ != "PROPN":
        return False
    if tok.ent_type_ == child.ent_type_ == "GPE":
        return any(c.dep_ == "conj" and c.ent_type_ == "GPE" for c in child.children)
    # "Mali, Burkina Faso and Niger said ...", tagged an organisation or a person: countries all the same
    return country_word(tok) and country_word(child) and any(
        c.dep_ == "conj" and country_word(c) for c in child.children)


def _chamber_name(tok: Token, obj: Token) -> bool:
    """A capitalised "House" of a capitalised name is a chamber, no one's home: "the House of
    Representatives", "the House of Commons", "the House of Lords" (round lead53)."""
    return tok.text == "House" and obj.pos_ == "PROPN" and obj.text[:1].isupper()


def _numbered_name(tok: Token, obj: Token) -> bool:
    """A capitalised partitive named by a number is a name, not a part: "the Group of Seven", "the Group
    of 77", "the Group of 20 major economies" (not "a group of five", nor "a group of 20 gunmen")."""
    if not tok.text[:1].isupper():
        return False
    numbers = [obj] if obj.like_num else [c for c in obj.lefts if c.dep_ == "nummod" and c.like_num]
    return any(n.text[:1].isupper() or n.text[:1].isdigit() for n in numbers)


def _children(tok: Token, deps: tuple[str, ...]) -> list[Token]:
    labels = deps_of(tok.doc)  # no new Token, no label string made for each child
    found = [c for c in children_of(tok) if labels[c.i] in deps]
    if len(found) > 1:  # "accused Azerbaijani forces", parsed as two objects: one phrase (mentions._phrase)
        found = [c for k, c in enumerate(found) if not (k + 1 < len(found) and found[k + 1].dep_ == c.dep_
                                                        and c.right_edge.i + 1 == found[k + 1].left_edge.i
                                                        and not _ends_in_and(c))]
    return found


def _ends_in_and(tok: Token) -> bool:
    """Does the phrase end in "and" or "or" of its own ("Sudanese rebels and | the government held talks",
    parsed as two subjects)? Then the next phrase is a second party, not the rest of this one."""
    last = tok.right_edge
    return last.dep_ == "cc" and last.head.i == tok.i


def _pobj(prep: Token) -> Token | None:
    return next((c for c in children_of(prep) if c.dep_ == "pobj"), None)


def judged(verb: Token) -> bool:
    """Does the verb say what its object was ("called the bombing a senseless act", "branded the raid
    a crime", "called the attack cowardly", "described the bombing as barbaric")? Its subject judges the
    deed and did not do it; "described the raid as a success" or "as revenge" does not say so."""
    return any(c.dep_ == "oprd" for c in children_of(verb)) or condemns(verb) is not None


def _lost_in_fight(noun: Token, verb: Token, roles: Roles) -> None:
    """"The army had not lost any soldiers in the clash with JNIM": the losses are the subject's own, the
    fight's other side is its "with" or "against", which the parse may hang on the verb (conflict46)."""
    sides = _prep_targets([*children_of(noun), *children_of(verb)], {"with", "against"})
    roles.target = sides
    roles.rules["target"] = "other side of the fight the subject lost in"
    if not sides:
        del roles.rules["target"]


def _sparked_fight_side(noun: Token) -> list[Token]:
    """The other side of a fight a verb sparked, when the parse hangs the fight's "with" or "against" on that
    verb ("raided the favela, sparking a shootout with members of the Comando Vermelho"; weapons.yaml
    ``sparked_fights``)."""
    if noun.dep_ != "dobj":
        return []
    verb = noun.head
    fight = _fight_of(verb, weapons())
    if fight is None or fight.i != noun.i:
        return []
    return _prep_targets(list(children_of(verb)), {"with", "against"})


def _with_side(noun: Token) -> bool:
    """Does a fight noun name its other side with "with" ("a battle with militants")?"""
    return any(c.dep_ == "prep" and c.lower_ == "with" and _pobj(c) is not None for c in children_of(noun))


def _is_passive(verb: Token) -> bool:
    labels = deps_of(verb.doc)  # asked for most verbs: no label string made for each child
    return any(labels[c.i] in ("nsubjpass", "auxpass") for c in children_of(verb))


def _shared_passive(verb: Token) -> bool:
    """"were attacked and shot to death": a participle joined to a passive verb is passive too (a past
    tense the tagger gave instead only with a by-agent or "dead": "were attacked and shot dead")."""
    return (verb.dep_ == "conj" and _is_passive(verb.head)
            and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and (any(c.dep_ in ("agent", "oprd")
                                                                  for c in children_of(verb))
                                                              or _done_to_only(verb))))
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj")
                        for c in children_of(verb)))


def _done_to_only(verb: Token) -> bool:
    """'Bo Xilai was expelled from the party and later jailed for life': a past tense the tagger gave a verb
    that is only done to someone (``shared_passives`` in data/readings.yaml) is the participle of a shared
    passive when it has no object (china-1)."""
    return verb.lemma_.lower() in readings()["shared_passives"]["verbs"] and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "prt") for c in children_of(verb))


GAPPED_PASSIVES = frozenset({"injure", "wound", "hurt", "arrest", "detain", "kill"})


def _gapped_passive(verb: Token) -> bool:
    """'457 people had been arrested and 441 police officers injured': a participle after "and" with its own
    subject and no auxiliary shares the passive of the verb before it; its subject undergoes it."""
    return (verb.dep_ == "conj" and verb.lemma_.lower() in GAPPED_PASSIVES and verb.tag_ in ("VBD", "VBN")
            and any(c.dep_ == "auxpass" for c in children_of(verb.head))
            and any(c.dep_ == "nsubj" for c in children_of(verb))
            and not any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in children_of(verb)))


def _conjunct_subject(verb: Token) -> list[Token]:
    """'Xu Zhiyong criticised Xi Jinping and was arrested': a passive conjunct with its own "was" and no
    subject undergoes it to the subject of the verb it is joined to, active or passive (china-1)."""
    if not _is_passive(verb) or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(verb)):
        return []
    head = verb
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i:
        head = head.head
        subj = _children(head, ("nsubj", "nsubjpass"))
        if subj:
            return [head.head] if subj[0].lower_ in RELATIVE and head.dep_ == "relcl" else subj
    return []


def passive_conjunct_head(verb: Token) -> Token | None:
    """The verb a passive conjunct shares its subject with ("criticised Xi Jinping and was arrested", "was
    expelled from the party and later jailed"): what that verb tells is another deed; else None (china-1)."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i > verb.i:
        return None
    return verb.head if _shared_passive(verb) or _conjunct_subject(verb) else None


def _gerund_passive_subject(verb: Token) -> list[Token]:
    """'a suspected thief died in hospital after being beaten by a mob', 'the trader was rushed to hospital
    after being stabbed': a passive gerund ("being beaten") with no subject of its own is done to the subject
    of the verb its clause hangs on (riots34)."""
    if not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in children_of(verb)):
        return []
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        governor = verb.head.head
    elif verb.dep_ == "advcl":
        governor = verb.head
    else:
        return []
    if governor.pos_ not in ("VERB", "AUX"):
        return []
    return _children(governor, ("nsubj", "nsubjpass"))


def _agent(verb: Token) -> list[Token]:
    """The by-agent of a passive verb, or of the passive verb it shares its subject with ("was abducted and
    killed by gunmen")."""
    sharing = [verb, *[c for c in children_of(verb) if _shared_passive(c)]]
    if _shared_passive(verb):
        sharing.append(verb.head)
    for v in sharing:
        agent = next((c for c in children_of(v) if c.dep_ == "agent"), None)
        obj = _pobj(agent) if agent is not None else None
        if obj is not None:
            return [obj]
    for prep in (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in JUDGED_PREPS):
        # "was accused of embezzling funds by government prosecutors": the parse hangs the agent on the deed
        # "charged with fraud by state prosecutors": a bare singular charge, no deed someone did "by" others
        deeds = [c for c in children_of(prep) if (c.dep_ == "pcomp" and c.tag_ == "VBG") or (
            c.dep_ == "pobj" and c.tag_ == "NN" and not any(d.dep_ in ("det", "poss")
                                                            for d in children_of(c)))]
        for deed in deeds:
            by = next((_pobj(c) for c in children_of(deed) if c.dep_ == "prep" and c.lower_ == "by"), None)
            if by is not None and by.pos_ in ("NOUN", "PROPN") and by.ent_type_ not in NOT_ACTORS:
                return [by]
    return _by_on_complement(verb) if _is_passive(verb) else []


# "was placed on a wanted list by Russia", "was designated as a terrorist group by Britain": the prepositions
# of a passive verb whose object the parse hangs the verb's "by" on (deeds49)
COMPLEMENT_BY_PREPS = {"on", "onto", "as", "into", "under"}


def _by_on_complement(verb: Token) -> list[Token]:
    """The "by" the parse hangs on what a passive verb calls its subject, or on where it puts it: "was
    declared a terrorist organisation by the interim government", "was declared wanted by the ministry",
    "was placed on a wanted list by Russia" (deeds49)."""
    called = [c for c in children_of(verb) if c.dep_ in ("dobj", "oprd", "xcomp", "acomp")]
    called += [o for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in COMPLEMENT_BY_PREPS
               for o in [_pobj(c)] if o is not None]
    for word in called:
        by = next((_pobj(c) for c in children_of(word)
                   if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
        if by is not None and by.pos_ in ("NOUN", "PROPN") and by.ent_type_ not in NOT_ACTORS:
            return [by]
    return []


# verbs whose "for" gives a reason, never an errand ("arrested two men for the killing", "thanked Qatar for
# its mediation": the men killed, Qatar mediated)
REASON_VERBS = {"arrest", "detain", "hold", "sentence", "jail", "imprison", "convict", "charge", "indict",
                "book", "try", "prosecute", "punish", "fine", "blame", "accuse", "sanction", "expel",
                "condemn",
                "criticise", "criticize", "denounce", "thank", "praise", "commend", "honour", "honor",
                "reward", "sack", "dismiss", "suspend", "question", "interrogate", "apologise",
                "apologize", "compensate"}


NOT_ERRANDS = OBSERVING | REASON_VERBS  # verbs whose "for" names no errand of their subject
# "imposed sanctions over the crackdown": what the act answers, not its content ("for" stays a light verb's
# content: "called for a strike"; chronica.background's reason_preps also take "for" when naming the doer)
REASON_PREPS = {"over"}
# "imposed a curfew after sectarian clashes": an event named after one of these is a deed the act follows
SEQUENCE_PREPS = {"after", "before", "following", "since", "until"}
# "police made arrests during the protest": a crowd's act the light verb's act is done during is not its
# subject's deed ("made arrests during a raid" is the raid's) (modality-1)
DURING = "during"


def _errand(prep: str, cls: str) -> bool:
    """Whether a noun trigger under this preposition is what its verb's subject went to do ("arrived for
    talks", "arrived on a visit")."""
    return (prep in PURPOSE_PREPS or (prep in VISIT_PREPS and cls in VISIT_CLASSES)
            or (prep in SHOW_PREPS and cls in SHOW_CLASSES))


def _intent_adjective(adj: Token) -> bool:
    """'was ready to', 'is willing to', 'was about to': an adjective of intent or odds whose subject does
    what it is ready (or about) to do."""
    return (adj.dep_ == "acomp" and adj.lemma_.lower() in INTENT_ADJECTIVES
            and adj.head.pos_ in ("AUX", "VERB"))


def _observed_happening(verb: Token) -> list[Token] | None:
    """The doer of a happening a gerund with no object names after a verb of observing ("Ukraine reported
    shelling by Russian forces": the forces; "reported continued shelling": none), not the observer (whose
    own deed has an object: "the army reported killing 20 militants"); None for any other gerund (sides49)."""
    if verb.tag_ != "VBG" or _children(verb, ("dobj", "dative", "prt", "ccomp", "xcomp")):
        return None
    head = verb.head
    if head.lemma_.lower() in GOING_ON and head.dep_ in ("ccomp", "xcomp") and not _children(head, SUBJ):
        head = head.head  # "reported continued shelling"
    if head.lemma_.lower() not in OBSERVING - OWNING_UP:
        return None
    return [o for p in _children(verb, ("prep",)) if p.lower_ == "by" for o in _children(p, ("pobj",))]


def stranded_subject(verb: Token) -> Token | None:
    """A clause's own subject that the parse hung on the words before it ("Protesters set fire to shops in
    Manzini and security forces killed several people", parsed as "in Manzini and security forces" with
    "killed" a subjectless clause of "set"): the plural noun right before a past-tense verb with no subject,
    no mark and no auxiliary, after "and" and only a noun phrase's words (followups63); else None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBD" or any(
            c.dep_ in ("mark", "aux", "auxpass", "nsubj", "nsubjpass") for c in children_of(verb)):
        return None
    doc, k = verb.doc, verb.i - 1
    noun = doc[k] if k > 0 else None
    if noun is None or noun.tag_ not in ("NNS", "NNPS") or noun.head.i == verb.i:
        return None
    while k > 0 and doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM") and verb.i - k < 4:
        k -= 1
    return noun if k > 0 and doc[k - 1].lower_ == "and" else None


def clause_subject(verb: Token, depth: int = 0) -> list[Token]:
    """The acting subject of a verb, inherited through conjunction, xcomp and advcl."""
    if depth > 6 or charged_conjunct(verb):  # "on charges of murder and storming a police
        return []  # station" parsed on the verb: the charged ones stormed it (maghreb-1)
    if _is_passive(verb) or _shared_passive(verb) or _agent_participle(verb):
        return _agent(verb)
    subj = _children(verb, SUBJ)
    if subj:
        if subj[0].lower_ in RELATIVE and verb.dep_ == "relcl":
            return [verb.head]
        return subj
    asked = _asked_by_relative(verb)
    if asked:  # "Ruto urged by bishops to fire interior minister": Ruto would fire him
        return asked
    if verb.dep_ == "relcl":
        return [verb.head]
    if verb.dep_ == "ROOT":  # "Turkey massed troops": a name the parse took for an adverb of the verb
        # ("Qatar's emir thanked": the parse hangs the possessor and the noun on the verb)
        lead = [c for c in verb.lefts if c.dep_ == "npadvmod" and (
            (c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
             and c.left_edge.is_sent_start) or (c.pos_ == "NOUN" and _plain_lead(c))) or _acronym_lead(c)]
        if lead:
            return lead
        fronted = _fronted_appos(verb)
        if fronted is not None:
            return [fronted]
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() in CROWD_PARTICIPLES and (
            verb.head.pos_ in ("NOUN", "PROPN") and verb.head.lemma_.lower() not in ISSUED_THINGS):
        return [verb.head]  # "police beat women protesting in Khartoum": the women protest
    if verb.dep_ == "acl" and (verb.tag_ == "VBD" or _engaged_in(verb)) and verb.head.dep_ in (
            "ROOT", "appos") and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head]  # "90 migrants returned from Peru" parsed as a verbless sentence: they returned
    author = _report_author(verb)
    if author is not None:  # "dismissed a report by the UN alleging that ...": the UN alleges
        return author
    doers = people_participle(verb)
    if doers:  # "police arrested 25 youths looting a warehouse": the youths loot
        return doers
    if verb.dep_ == "acl" and opposed_text(verb.head) is not None:
        return text_owner(verb.head)  # "vetoed a UN resolution condemning Israel": the UN's, not the vetoer's
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj":
        return clause_subject(verb.head.head, depth + 1)  # "issued a statement demanding ..."
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in INTENT_NOUNS:
        return _intender(verb.head, depth)  # "Britain's decision to send troops"
    if verb.dep_ == "xcomp" and _intent_adjective(verb.head):
        return clause_subject(verb.head.head, depth + 1)  # "Brazil was ready to mediate": Brazil mediates
    happening = _observed_happening(verb) if verb.dep_ == "xcomp" else None
    if happening is not None:  # "Ukraine reported continued shelling": not Ukraine's
        return happening
    if verb.dep_ == "xcomp":
        obj = _children(verb.head, ("dobj",))
        if not obj and verb.head.lemma_.lower() in CALLING:  # "called on Belarus to release the prisoners"
            obj = _prep_targets(list(children_of(verb.head)), {"on", "upon", "to"})
        if not obj and _is_passive(verb.head) and (not _agent(verb.head) or _passive_asked(verb.head)):
            # "pastoralists were alleged to have stabbed a soldier", "they were ordered to leave", "Egypt was
            # urged by the United States to open the crossing"
            return _children(verb.head, ("nsubjpass",))
        return obj or clause_subject(verb.head, depth + 1)
    main = main_clause_conjunct(verb)
    if main is not None:  # "arrested a Palestinian who tried to cross the fence and interrogated him"
        return clause_subject(main, depth + 1)
    if verb.dep_ == "conj" and _is_passive(verb.head):
        return _children(verb.head, ("nsubjpass",))  # "X was indicted ... and will resign": X resigns
    if verb.dep_ == "advcl" and deadline_clause(verb.head) == verb and not _is_passive(verb.head):
        # "gave Hamas until Saturday to release the hostages": the one given the time would do it (truce49)
        given = _children(verb.head, ("dative", "dobj"))
        if given:
            return given[:1]
    if (verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
            and _is_passive(verb.head) and (not _agent(verb.head) or _passive_asked(verb.head))):
        return _children(verb.head, ("nsubjpass",))  # "officers were deployed to fight gangs": they fight
    controller = _gerund_controller(verb)
    if controller is not None:
        return _children(controller, ("nsubjpass",))
    speaker = _speaker_conjunct(verb)
    if speaker is not None:
        return _children(speaker, SUBJ)
    stranded = stranded_subject(verb)
    if stranded is not None:  # "set fire to shops in Manzini and security forces killed several people"
        return [stranded]
    if verb.dep_ == "advcl" and foiler(verb) is not None:
        return []  # "police foiled a plot to abduct the governor", the clause hung on "foiled" (hostage-4)
    if verb.dep_ in ("conj", "advcl", "ccomp", "pcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return clause_subject(verb.head, depth + 1)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        judged = verb.head.head
        warned = warned_off(verb)
        if warned is not None:
            return [warned]  # "warned residents against joining the protest": they would join it
        if verb.head.lower_ in JUDGED_PREPS and judged.dep_ == "pobj" and (
                judged.ent_type_ in ("DATE", "TIME") and judged.head.head.pos_ == "VERB"):
            judged = judged.head.head  # "accused X on Monday of opening fire": "of" hung on the date
        if verb.head.lower_ in JUDGED_PREPS and judged.pos_ in ("VERB", "AUX"):
            # "accused the guerrillas of killing villagers", "was arrested for stealing": who is judged did it
            who = _children(judged, ("nsubjpass",)) if _is_passive(judged) else _children(judged, ("dobj",))
            if who:
                return who
            if judged.dep_ == "acl" and judged.tag_ == "VBN" and judged.head.pos_ in ("NOUN", "PROPN"):
                return [judged.head]  # "beat two men suspected of stealing a cow": the men are said to steal
            if judged.dep_ == "relcl" and not _is_passive(judged) and judged.head.pos_ in ("NOUN", "PROPN"):
                # "barred entry to 11 officials it accused of repressing Tibetans": the officials (roles49)
                return [judged.head]
            held = _judged_participle(judged)
            if held:  # "arrested three men on Wednesday suspected of planning an attack": the men
                return held
        if verb.head.lower_ in JUDGED_PREPS and judged.dep_ in ("dobj", "nsubjpass") and (
                judged.pos_ in ("NOUN", "PROPN")):
            return [judged]  # the parse hangs "of killing" on the object: "the guerrillas of killing"
        if verb.head.lower_ in JUDGED_PREPS and judged.dep_ == "pobj" and judged.head.dep_ == "agent" and (
                _is_passive(judged.head.head)):
            # "the army was accused by rights groups of torturing prisoners": the one accused did it
            return _children(judged.head.head, ("nsubjpass",))
        return clause_subject(judged, depth + 1)
    return []


def _agent_participle(verb: Token) -> bool:
    """'held indirect talks in Doha, mediated by Qatar': a passive participle told as a clause of the verb,
    with a by-agent of its own, is the agent's deed, not the main clause's subject's (leftovers61)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and not _children(verb, SUBJ) and any(
        c.dep_ == "agent" for c in children_of(verb))


def _passive_asked(verb: Token) -> bool:
    """A verb of asking told in the passive ("was urged by the bishops to withdraw the bill"): its subject,
    not its by-agent, does what its "to" clause tells (``appeals.passive_asked`` in data/readings.yaml)."""
    asked = readings()["appeals"]["passive_asked"]
    return verb.lemma_.lower() in asked and bool(_children(verb, ("nsubjpass",)))


def _asked_by_relative(verb: Token) -> list[Token]:
    """The subject of a passive verb of asking whose "to" clause the parse hung on its by-agent as a relative
    ("Ruto urged by bishops to fire interior minister"): the one asked, who would do it; else none."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.dep_ != "pobj" or verb.head.head.dep_ != "agent":
        return []
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return []
    asker = verb.head.head.head
    return _children(asker, ("nsubjpass",)) if _passive_asked(asker) else []


def _acronym_lead(tok: Token) -> bool:
    """'USAID suspended its funding': an acronym opening the sentence that the parse took for an adverb of
    the verb, though it tagged the name (aid248)."""
    return (tok.dep_ == "advmod" and tok.is_sent_start and tok.text.isupper() and len(tok.text) > 1
            and tok.ent_type_ in ("GPE", "ORG", "NORP"))


def _judged_participle(judged: Token) -> list[Token]:
    """'police arrested three men on Wednesday suspected of planning an attack', parsed with "suspected" a
    clause of "arrested": a participle with no subject of its own after the verb's object (or a passive's
    subject) says what that person is judged to do (clause48)."""
    if judged.dep_ != "advcl" or judged.tag_ != "VBN" or _children(judged, SUBJ):
        return []
    verb = judged.head
    held = [o for o in _children(verb, ("dobj",)) if o.i < judged.i]
    return held or (_children(verb, ("nsubjpass",)) if _is_passive(verb) and not _agent(verb) else [])


def _people_noun(noun: Token) -> bool:
    """Whether a noun names people or an armed group ("25 youths", "two gunmen", "a suspect", "ISWAP"), not a
    thing ("a statement", "a drone") or an event."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in ISSUED_THINGS:
        return False
    return (noun.lemma_.lower() in CAPTIVES or noun.lemma_.lower() in _people_words()
            or noun.lower_ in _people_words()
            or (noun.pos_ == "PROPN" and noun.ent_type_ in ("PERSON", "NORP", "ORG")))


def _acts_on_them(verb: Token) -> bool:
    """'Troops engaged the insurgents killing 12 of them', 'dispersed protesters firing tear gas': the
    participle's object is the people it hangs on (a pronoun, a bare number) or what only the police fire at
    a crowd, so the verb's subject did it."""
    for obj in _children(verb, ("dobj",)):
        if obj.pos_ in ("PRON", "NUM") or obj.lower_ in CROWD_CONTROL_MEANS or any(
                c.lower_ in CROWD_CONTROL_MEANS for c in _children(obj, ("amod", "compound"))) or any(
                p.lower_ == "of" and any(o.pos_ == "PRON" for o in _children(p, ("pobj",)))
                for p in _children(obj, ("prep",))):
            return True
    return False


def people_participle(verb: Token) -> list[Token]:
    """'police arrested 25 youths looting a warehouse', 'fired tear gas at protesters looting shops': an -ing
    participle right after a noun of people tells what those people were doing (also when the parse hung it
    on the verb: "killed two bandits abducting villagers"), unless it tells how the clause's subject acted
    ("dispersed protesters using tear gas") or what it did to them ("killing 12 of them")."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() in MEANS_PARTICIPLES or _children(verb, SUBJ + ("mark",)):
        return []
    if verb.dep_ == "acl":
        noun = verb.head
    elif verb.dep_ == "advcl" and verb.head.pos_ == "VERB":
        noun = next((o for o in _children(verb.head, ("dobj",)) if o.right_edge.i + 1 == verb.i), None)
    else:
        return []
    if noun is None or _acts_on_them(verb) or not _people_noun(noun):
        return []
    if verb.i > 0 and verb.doc[verb.i - 1].text == "," and noun.dep_ not in SUBJ:
        return []  # "troops ambushed the insurgents, killing 12": after a comma, the subject's deed
    return [noun]


def _engaged_in(verb: Token) -> bool:
    """'Two rival clans engaged in clashes' parsed with "engaged" a participle describing the clans: active,
    as "engaged in" with no object always is; its subject does what its noun tells (bv43c)."""
    kids = children_of(verb)
    return (verb.tag_ == "VBN" and verb.lemma_.lower() == "engage" and verb.dep_ == "acl"
            and any(c.dep_ == "prep" and c.lower_ == "in" for c in kids)
            and not any(c.dep_ == "dobj" for c in kids))


def _report_author(verb: Token) -> list[Token] | None:
    """Who says what a participle tells that the parse hung on the verb, right after its object, a report
    ("the junta dismissed a report by the UN alleging that its troops killed 500 people": the UN), or the
    report itself with no author named; None when the participle follows no such object."""
    spec = readings()["report_participles"]
    if verb.dep_ not in ("advcl", "acl") or verb.tag_ != "VBG" or verb.lemma_.lower() not in spec["verbs"]:
        return None
    if verb.dep_ == "acl":  # "a report by Human Rights Watch accusing soldiers": its author, when named
        report = verb.head if verb.head.lemma_.lower() in spec["nouns"] else None
    else:
        report = next((o for o in _children(verb.head, ("dobj",))
                       if o.lemma_.lower() in spec["nouns"] and o.right_edge.i == verb.i - 1), None)
    if report is None:
        return None
    authors = [o for p in children_of(report) if p.dep_ == "prep" and p.lower_ in spec["authors"]
               for o in _children(p, ("pobj",))]
    return authors or ([report] if verb.dep_ == "advcl" else None)


def _speaker_conjunct(verb: Token) -> Token | None:
    """The reporting verb whose subject does an act of speech the parse joined to the reported clause
    ("said the test was defensive and warned Washington"), or hung on it as a participle after a comma
    ("said JNIM had not attacked Boni, dismissing the reports as propaganda"), when that clause's subject is
    no person."""
    spec = readings()["speaker_conjuncts"]
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.nbor(-1).lower_ == ","
    if (verb.dep_ != "conj" and not participle) or verb.lemma_.lower() not in spec["acts"] or (
            verb.head.dep_ != "ccomp"):
        return None
    saying = verb.head.head
    if saying.lemma_.lower() not in spec["reporting"] or not _children(saying, SUBJ):
        return None
    if saying.i > verb.i:  # "Gunmen kidnapped two engineers and demanded a ransom, police said": a teller
        return None  # told after the clause reports both its acts (communal49)
    told = _children(verb.head, SUBJ)
    if any(t.lower_ in spec["people"] or t.ent_type_ in ("PERSON", "NORP") for t in told):
        return None
    return saying


def _fronted_appos(verb: Token) -> Token | None:
    """The subject the parse hung on a fronted place as its apposition ("In Uruapan, Michoacan, members of
    the cartel delivered food": "members" as an apposition of Uruapan), ending right before the verb."""
    for prep in verb.lefts:
        if prep.dep_ != "prep" or prep.right_edge.i != verb.i - 1:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC", "FAC")):
            appos = [c for c in pobj.rights if c.dep_ == "appos" and c.right_edge.i == verb.i - 1
                     and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in ("GPE", "LOC", "FAC", "DATE")]
            if appos:
                return appos[-1]
    return None


def _plain_lead(noun: Token) -> bool:
    """A noun that opens its sentence after only a possessor and modifiers ("Qatar's emir")."""
    before = noun.doc[sentence_of(noun).start:noun.i]
    return bool(before) and all(t.dep_ in ("poss", "case", "det", "amod", "compound") for t in before)


def _intender(noun: Token, depth: int) -> list[Token]:
    """Who has the decision, plan or offer to do something: its owner ("Britain's decision", "the
    British plan", "an offer by Japan") or the subject of the verb it is the object of ("the cabinet
    approved a plan to send troops")."""
    for c in children_of(noun):
        if c.dep_ == "poss" or (c.dep_ == "amod" and c.ent_type_ == "NORP") or (
                c.dep_ == "compound" and c.ent_type_ in ("GPE", "ORG", "NORP")):
            return [c]
        obj = _pobj(c) if c.dep_ == "prep" and c.lower_ in ("by", "of", "from") else None
        if obj is not None:
            return [obj]
    verb = governing_verb(noun)
    if verb is not None and verb.lemma_.lower() in REPEL_VERBS and noun.dep_ in ("dobj", "nsubjpass"):
        return []  # "guards thwarted an attempt to kidnap a diplomat", "an attempt to free prisoners was
        # foiled by troops": not the guards' or the troops' attempt (hostage-4; modality-2)
    return clause_subject(verb, depth + 1) if verb is not None else []


def foiler(deed: Token) -> Token | None:
    """The verb that foils the attempt or plot a deed's clause tells ("guards thwarted an attempt to kidnap
    a diplomat", "police foiled a plot to abduct the governor", the parse hanging the clause on "foiled"):
    its subject did not do the deed (hostage-4); nor did the agent of a passive foiling ("an attempt to free
    prisoners was foiled by troops"; modality-2)."""
    if deed.dep_ == "acl" and deed.head.dep_ == "nsubjpass" and deed.head.lemma_.lower() in FOILED_NOUNS:
        verb = deed.head.head
        return verb if verb.lemma_.lower() in REPEL_VERBS and _is_passive(verb) else None
    if deed.dep_ == "acl" and deed.head.dep_ == "dobj" and deed.head.lemma_.lower() in FOILED_NOUNS:
        verb = deed.head.head
    elif deed.dep_ == "advcl" and any(o.lemma_.lower() in FOILED_NOUNS
                                      for o in _children(deed.head, ("dobj",))):
        verb = deed.head
    else:
        return None
    return verb if verb.lemma_.lower() in REPEL_VERBS and not _is_passive(verb) else None


def foilers_of(deed: Token) -> list[Token]:
    """Who foiled the attempt a deed's clause tells: the foiling verb's subject, or its agent when passive."""
    verb = foiler(deed)
    if verb is None:
        return []
    return _agent(verb) if _is_passive(verb) else clause_subject(verb)


# verbs with a particle that beat an attack back, as REPEL_VERBS do alone ("fought off a raid", "beat back
# the offensive", "pushed back the rebels")
REPEL_PARTICLES = {"fight": ("off", "back"), "beat": ("back", "off"), "push": ("back",),
                   "drive": ("back", "off"), "hold": ("off",), "fend": ("off",), "ward": ("off",)}


def repelling(verb: Token) -> bool:
    """A verb of beating back an attack or an enemy: "repelled", "repulsed", "fought off", "beat back"."""
    lemma = verb.lemma_.lower()
    particles = REPEL_PARTICLES.get(lemma, ())
    return lemma in REPEL_VERBS or any(c.dep_ in ("prt", "advmod") and c.lower_ in particles
                                       for c in children_of(verb))


def repellers_of(noun: Token) -> list[Token]:
    """Who beat back the attack a noun names ("an attack on Mutare was repulsed by Zimbabwean troops", "troops
    fought off the raid"): the verb's agent or subject, who defended, not the attackers (repel57)."""
    verb = noun.head
    if noun.lemma_.lower() not in ATTACK_NOUNS or noun.dep_ not in ("nsubjpass", "dobj"):
        return []
    if not repelling(verb):
        return []
    return _agent(verb) if noun.dep_ == "nsubjpass" else clause_subject(verb)


def _crowd_act_ended(verb: Token, noun: Token, lex: Lexicon) -> bool:
    """Whether the verb is force that ends the crowd's act the noun names: its object ("police cleared the
    blockade") or where its object was taken from ("carried activists away from the blockade"), with a
    dispersing class its entry (or its particle's) gives for that object."""
    entry = lex.verbs.get(verb.lemma_.lower())
    if entry is None:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in ("from", "off") and noun.head.head == verb:
        objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
    elif noun.head == verb and noun.dep_ in ("dobj", "nsubjpass"):
        objects = [noun]
    else:
        return False
    prt = next((c.lower_ for c in children_of(verb)
                if c.dep_ in ("prt", "advmod") and c.lower_ in entry.particles), None)
    entry = entry.particles[prt] if prt is not None else entry
    return any(entry.cls in DISPERSING or object_class(entry, o) in DISPERSING for o in objects)


def _gerund_controller(verb: Token) -> Token | None:
    """The passive verb whose subject does what a gerund with no subject says: "an officer was
    killed after exchanging fire" (the officer exchanged fire), "protesters were dispersed after
    throwing stones" (the protesters threw them, not whoever dispersed them)."""
    if verb.tag_ != "VBG" or _children(verb, SUBJ):
        return None
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ not in JUDGED_PREPS:
        head = head.head
    elif verb.dep_ != "advcl":
        return None
    return head if head.pos_ in ("VERB", "AUX") and _is_passive(head) else None


def _visited_country(verb: Token) -> list[Token]:
    """The country a visit verb names when the parse makes it an adverb ("Turkey's president visited
    Azerbaijan": "Azerbaijan" as npadvmod), as its object."""
    if verb.lemma_.lower() not in ("visit", "tour"):
        return []
    return [c for c in children_of(verb)
            if c.dep_ == "npadvmod" and c.i > verb.i and c.ent_type_ == "GPE"][:1]


def _dative_receivers(verb: Token) -> list[Token]:
    """The receiver of a verb of giving named before what it gives ("lent Morocco 500 million euros",
    "sent Ukraine 14 tanks"): the dative noun, not the sum or the thing given (aid248)."""
    if not _children(verb, ("dobj",)):
        return []
    return [d for d in _children(verb, ("dative",)) if d.pos_ in ("PROPN", "NOUN")]


def _met_with(verb: Token, trig: Trigger) -> list[Token]:
    """"held talks with X for five hours, the first such visit": the one the trigger's own object is held
    with, whatever other object the parse hangs on the verb after it."""
    own = [t for t in _children(verb, ("dobj",)) if trig.first <= t.i < trig.last]
    return _prep_targets([c for t in own for c in children_of(t)], COOPERATIVE)


def held_for(noun: Token) -> Token | None:
    """The verb whose purpose a custody noun after "for" tells, when whose custody it is goes unsaid ("were
    flown to France for pre-trial detention", "took five men in for questioning"), else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.lemma_.lower() not in CUSTODY_PURPOSES:
        return None
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun)):
        return None
    verb = noun.head.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def held_in(noun: Token) -> list[Token]:
    """Who is told to be in a custody noun after "in" or "into", when whose custody it is goes unsaid
    ("Demirtas has been held in pretrial detention in Edirne", "migrants remain in detention", "Kavala, who
    is in detention", "placed him in custody"): the one held, not the place of the custody (custody58)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "into") or (
            noun.lemma_.lower() not in CUSTODY_PURPOSES):
        return []
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun)):
        return []
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    held = _children(verb, ("nsubjpass",)) if _is_passive(verb) else (
        _children(verb, ("dobj",)) or _children(verb, ("nsubj",)))
    if held and held[0].tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        held = [verb.head]  # "Osman Kavala, who is in detention in Silivri": the one the clause tells of
    return [t for t in held if t.pos_ in ("NOUN", "PROPN", "PRON") and t.tag_ not in ("WP", "WDT")]


def _arrested(noun: Token) -> Token:
    """Who an arrest noun is of ("a warrant for his arrest": "his"; "the arrest of X": X), else the noun."""
    if noun.lemma_.lower() not in ARREST_NOUNS:
        return noun
    for c in children_of(noun):
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ == "of" and _pobj(c) is not None:
            return _pobj(c)
    return noun


def _fated(noun: Token) -> Token | None:
    """Whose fate a noun of fate is ("the death of author Salman Rushdie": Rushdie; "his release": him), else
    None (leftovers63)."""
    for c in children_of(noun):
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
            return c
        obj = _pobj(c) if c.dep_ == "prep" and c.lower_ == "of" else None
        if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
            return obj
    return None


def _prep_targets(deps: list[Token], preps: set[str]) -> list[Token]:
    out = []
    for d in deps:  # the parse makes some a dative: "sent aid to Bolivia"
        if d.dep_ in ("prep", "dative") and d.lower_ in preps:
            obj = _pobj(d) or _participle_subject(d)
            if obj is not None and obj.ent_type_ not in NOT_ACTORS:
                out.append(obj)
    return out


def _venue_dropped(targets: list[Token]) -> list[Token]:
    """'signed a pact with South Africa at Nkomati', 'met Blinken at the White House': beside a partner (the
    object of "with", or a direct one), a place after "at" is where the dealing happened, no second side
    (leftovers63; a fight keeps what it is "at": "fired at Israel")."""
    venues = [t for t in targets if t.dep_ == "pobj" and t.head.lower_ in VENUE_PREPS
              and t.ent_type_ in ("GPE", "LOC", "FAC")]
    if venues and any(t not in venues and (t.dep_ == "pobj" and t.head.lower_ == "with" or t.dep_ == "dobj")
                      for t in targets):
        return [t for t in targets if t not in venues]
    return targets


def _participle_subject(prep: Token) -> Token | None:
    """'signed a deal with Kenya giving it access to the port': the parse makes the partner the subject of
    the participle after the preposition; that subject (a name or noun), when the participle has an object."""
    clause = next((c for c in children_of(prep) if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    if clause is None or not any(c.dep_ in ("dobj", "dative") for c in children_of(clause)):
        return None  # not "with Indonesia acting as host": a circumstance, no partner
    return next((c for c in children_of(clause) if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")
                 and c.i == prep.i + 1), None)


def finder_of(verb: Token) -> Token | None:
    """The verb of finding whose object a participle describes ("found two men wounded", "two bodies were
    discovered shot"): its subject came upon the state, it did not bring it about."""
    if verb.tag_ != "VBN" or verb.dep_ not in FOUND_STATE_DEPS:
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head  # "found the body of a man shot dead"
    if verb.dep_ == "acl" and head.dep_ in ("dobj", "nsubjpass"):
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in FINDING else None


def found_by(trig: Trigger) -> Token | None:
    """Who found what the event left ("villagers found the body of a man", "police found two men
    wounded"): the finder, who is not the doer; None when the trigger is no such finding."""
    verb = trig.head
    if trig.cls in FOUND_DEAD_CLASSES and verb.pos_ == "VERB" and verb.lemma_.lower() in FINDING:
        return verb
    return finder_of(verb)


def _against_filed(verb: Token, objects: list[Token]) -> list[Token]:
    """Whom a paper filed is against ("registered an FIR against 25 protesters": the protesters, not the
    paper), or nothing."""
    filed = [t for t in objects if t.dep_ == "dobj" and t.lemma_.lower() in FILED_PAPERS]
    return _prep_targets([*children_of(verb), *children_of(filed[0])], {"against"}) if filed else []


def acted_on(act: Token) -> list[Token]:
    """Who an act was done to: the object ("arrested two men"), the subject of a passive ("two men were
    arrested"), or the one a measure is on or against ("imposed sanctions on Belarus", "sanctions on
    Belarus")."""
    if act.pos_ == "VERB":
        heads = _children(act, ("nsubjpass",) if _is_passive(act) else ("dobj",))
    else:
        heads = []
    lodged = [h for h in heads if h.lemma_.lower() in COMPLAINTS]  # lodged with the one blamed
    if lodged:
        return _prep_targets([*children_of(act), *children_of(lodged[0])], {"with", "to"})
    for noun in [act, *heads]:
        heads += _prep_targets(list(children_of(noun)), {"on", "against"})
    return heads


def verb_roles(trig: Trigger, lex: Lexicon | None = None) -> Roles:
    verb = trig.head
    roles = Roles()
    if verb.dep_ != "acl" and found_by(trig) is not None:
        # "police found two men wounded", "found the body of a woman": the men, the woman suffered it,
        # by someone the sentence does not name
        if verb.lemma_.lower() in FINDING:
            roles.target = [p for o in _children(verb, ("dobj",))
                            for p in _prep_targets(list(children_of(o)), {"of"})]
        else:
            roles.target = _children(verb, ("nsubj", "nsubjpass"))
        roles.rules["target"] = "found so"
        return roles
    if _misread_call(verb):
        roles.source, roles.rules["source"] = [verb.head], "subject"
        asked = _children(verb, ("xcomp",))  # "MSF called on all sides to let medical teams in"
        roles.target = _prep_targets(list(children_of(verb)), {"on", "upon"}) if asked else []
        if roles.target:
            roles.rules["target"] = "preposition"
        return roles
    if _misread_crowd(verb):  # "Youths protested in Lagos against police brutality"
        roles.source, roles.rules["source"] = [verb.head], "subject"
        roles.target = _prep_targets(list(children_of(verb)), {"against"})
        if roles.target:
            roles.rules["target"] = "against"
        _between(list(children_of(verb)), roles)  # "A Vatican envoy mediated between X and Y": both sides
        return roles
    active = _misread_active(verb)  # "Nurses from a charity donated and delivered blankets to ..."
    if verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN" and not _children(verb, ("dobj",)) and not active:
        # "civilians killed by soldiers": the modified noun suffers the event; not so the weapon fired
        # when the sentence goes on to say what it hit ("shells fired by the army hit the town")
        fired = (verb.lemma_.lower() in FIRING and verb.head.lemma_.lower() in FIRED
                 and verb.head.dep_ in ("nsubj", "nsubjpass"))
        roles.target = [] if fired else [_named_head(verb.head)]
        roles.rules["target"] = "participle-head"
        agent = next((c for c in children_of(verb) if c.dep_ == "agent"), None)
        if agent is not None and _pobj(agent) is not None:
            roles.source = [_pobj(agent)]
            roles.rules["source"] = "by-agent"
        _driven_into(verb, roles)  # "A van plowed into pedestrians" (a headline's participle)
        return roles
    gapped = _gapped_passive(verb)
    roles.source = [] if gapped else clause_subject(verb) or ([active] if active is not None else [])
    passive = gapped or _is_passive(verb) or _shared_passive(verb)
    if roles.source:
        roles.rules["source"] = "passive-agent" if passive else "subject"
    if fronted := _fronted_participle(verb):
        roles.source, roles.target = fronted
        roles.rules.update(source="by-agent of a fronted participle",
                           target="subject the participle tells of")
    elif passive:
        roles.target = _children(verb, ("nsubj",)) if gapped else _children(
            verb if _is_passive(verb) else verb.head, ("nsubjpass",))
        roles.rules["target"] = "passive-subject"
        if (antecedent := _relative_antecedent(verb, roles.target)) is not None:
            roles.target, roles.rules["target"] = [antecedent], "antecedent of a passive relative clause"
        if not roles.target and (shared := _conjunct_subject(verb)):
            roles.target, roles.rules["target"] = shared, "subject shared with the conjunct before"
        if not roles.target and (undergoer := _gerund_passive_subject(verb)):
            roles.target, roles.rules["target"] = undergoer, "subject of the clause of a passive gerund"
        if (granted := _granted_for(verb, trig, roles.target)) is not None:
            roles.target, roles.rules["target"] = granted, "recipient of the aid passive subject"
            if not roles.source and any(_lender_named(t) for t in _children(verb, ("nsubjpass",))):
                roles.source = _children(verb, ("nsubjpass",))
                roles.rules["source"] = "lender named in the aid"
    elif met := _met_with(verb, trig):
        roles.target, roles.rules["target"] = met, "preposition"
    else:
        # a dative "to" stands for its object: "granted asylum to 300 refugees"
        objects = [t for t in _children(verb, ("dobj", "dative"))
                   if not trig.first <= t.i < trig.last]  # not "fire" of "opened fire (on ...)"
        objects = objects or _visited_country(verb)
        direct = [t for t in objects if t.dep_ == "dobj"]
        if len(direct) > 1:  # "shot dead a journalist ..., the fifth reporter killed this year": one object,
            objects = [t for t in objects if t.dep_ != "dobj" or t == direct[0]]  # then an apposition
        roles.target = _against_filed(verb, objects) or [(_pobj(t) or t) if t.pos_ == "ADP" else t
                                                         for t in objects]
        roles.event_nouns = {t.i for t in objects if _names_event(trig, t, lex)}
        if roles.target:
            roles.rules["target"] = "object"
    if not roles.target:
        roles.target = _up_to(verb)
        if roles.target:
            roles.rules["target"] = "object"
    if not roles.target and not passive:  # "detained hundreds of farmers marching to Delhi": the parse
        roles.target = [s for c in children_of(verb) if c.dep_ in ("advcl", "ccomp") and c.tag_ == "VBG"
                        for s in _children(c, ("nsubj",)) if s.left_edge.i == verb.i + 1][:1]
        if roles.target:  # makes the object the subject of the participle after it
            roles.rules["target"] = "object"

    recipient = _prep_targets(list(children_of(verb)), {"to"}) if verb.lemma_ in GIVING else []
    if not recipient and verb.lemma_ in GIVING:  # "sent its first aid convoy to northwest Syria"
        recipient = [r for o in _children(verb, ("dobj",)) for r in _prep_targets(list(o.children), {"to"})]
    if not recipient and verb.lemma_ in GIVING:  # "sold weapons worth $2 billion to Taiwan" (verbs45)
        recipient = [r for o in _children(verb, ("dobj",)) for a in o.children if a.dep_ == "amod"
                     for r in _prep_targets(list(a.children), {"to"})]
    recipient += [o for d in _children(verb, ("dative",)) if d.pos_ == "ADP" and verb.lemma_ in GIVING
                  for o in [_pobj(d)] if o is not None]
    if trig.cls in RELEASED_CLASSES and any(_freed_people(t) for t in roles.target):
        recipient = []  # "two aid workers were handed over to Syrian officials", "handed over 13 hostages to
        received = {t.i for t in _recipient_datives(verb)}  # the Red Cross": the freed, not the receivers
        roles.target = [t for t in roles.target if t.i not in received]  # (hostage-3)
    receivers = _dative_receivers(verb) if verb.lemma_ in GIVING and trig.cls not in RELEASED_CLASSES else []
    if recipient and not any(d.pos_ != "ADP" for d in _children(verb, ("dative",))):
        roles.target, roles.rules["target"] = recipient, "recipient"
    elif receivers and not passive:
        roles.target, roles.rules["target"] = receivers, "recipient"
    elif verb.lemma_ in GIVING and roles.target and all(
            t.lemma_.lower() in SENT or t.ent_type_ == "MONEY" for t in roles.target):
        helped = _helped(verb)  # "will send troops to help rebuild Iraq", "pledged $50m to help rebuild X"
        if helped:
            roles.target, roles.rules["target"] = helped, "helped by what is sent"
    elif trig.cls in DEPLOYING and not passive and roles.target and all(
            t.lemma_.lower() in SENT for t in roles.target):
        aimed = _helped(verb) if _purpose(verb) else []  # "scrambled jets to intercept a Russian aircraft"
        if aimed and not _helping_purpose(verb):  # "deployed soldiers to protect the villagers": no foe
            roles.target, roles.rules["target"] = aimed, "aimed at by the forces sent"
    if not roles.target:
        own = [t for t in _children(verb, ("dobj",)) if trig.first <= t.i < trig.last]  # "held talks with X"
        preps = TARGET_PREPS - FLED_TO if trig.cls in FLEEING else TARGET_PREPS  # "fled to Armenia": a refuge
        roles.target = [t for t in _prep_targets([*verb.children, *(c for t in own for c in t.children)],
                                                 preps) if not _gathered_at(t, trig)]
        if roles.target and not _fight(trig):
            roles.target = _venue_dropped(roles.target)
        if not roles.target and trig.cls in FOR_TARGET_CLASSES:  # "expressed support for the government"
            roles.target = _prep_targets([c for t in own for c in t.children], {"for"})
        if not roles.target and trig.cls in FATE_ASKING_CLASSES:  # "called for the death of Salman Rushdie"
            roles.target = [w for f in _prep_targets(list(verb.children), {"for"})
                            if f.lemma_.lower() in FATE_NOUNS for w in [_fated(f)] if w is not None][:1]
        if roles.target:
            roles.rules["target"] = "preposition"
    if not roles.target and trig.rule.startswith(("judging:", "judging-denial:")):
        roles.target = [t for t in [judged_object(verb)] if t is not None]
        if roles.target:  # "ruled the ministry's order illegal": the small clause's subject is judged
            roles.rules["target"] = "judged"
    labelling = trig.rule.startswith("judging:") or trig.cls in LABELLING_CLASSES
    if labelling and (agents := _label_agents(verb)):
        roles.target, roles.rules["target"] = agents, "by-agent of the label"
    if not roles.target and verb.lemma_.lower() in DEMANDING:
        roles.target = [s for c in _children(verb, ("ccomp",)) if any(m.dep_ == "mark" for m in c.children)
                        for s in _children(c, ("nsubj",)) if s.pos_ in ("NOUN", "PROPN")][:1]
        if roles.target:  # "demanded that the military hand power to civilians": the military is asked
            roles.rules["target"] = "asked to act"
    _forum_passed(verb, trig, roles)
    _aimed_at(verb, roles)
    _driven_into(verb, roles)
    _threatened_against(trig, roles)
    _at_mission(verb, trig, roles)
    _between(list(children_of(verb)), roles)
    undergoer = _children(verb, ("nsubjpass",)) if passive and not roles.source else []
    if undergoer and all(t.pos_ == "NOUN" for t in undergoer):
        # "a prisoner exchange between Russia and Ukraine was agreed", "a swap of detainees between X and Y":
        # with no agent, the two sides the passive subject names between them did it
        _between([c for t in undergoer for c in t.subtree if c.dep_ == "prep" and c.lower_ == "between"],
                 roles)
    _set_off(verb, roles)
    if trig.cls not in DISRUPTING:  # "police thwarted an attempt by gunmen to kidnap": the police disrupt
        _repelled(verb, roles)
    _killed_repelling(verb, roles)
    _ordered(verb, roles, trig.cls)
    _taken_from(trig, roles)
    _phrase_of(trig, roles)
    _measure_imposer(verb, trig, roles)
    return roles


def _measure_imposer(verb: Token, trig: Trigger, roles: Roles) -> None:
    """'Iran was hit with new US sanctions', 'firms were targeted by EU sanctions', 'the latest British
    sanctions target four banks': a measure told as the means or doer of a verb of undergoing is imposed by
    the one its modifier or by-phrase names, not by the measure itself (sanctionhit53)."""
    if trig.cls not in IMPOSED_CLASSES or verb.lemma_.lower() not in HIT_BY:
        return
    measures = _measures_told(verb)
    told = bool(roles.source) and all(s in measures for s in roles.source)
    if not measures or roles.source and not told:
        return  # "Britain hit Iran with fresh sanctions": the subject imposed them
    imposer = next((o for m in measures if (o := _imposer_of(m)) is not None), None)
    if imposer is not None:
        roles.source, roles.rules["source"] = [imposer], "imposer of the measure"
    elif told:
        roles.source = []  # "the new sanctions target Iran's fleet": no one named
        roles.rules.pop("source", None)


def _measures_told(verb: Token) -> list[Token]:
    """The measures a verb of undergoing tells as its subject, by-agent or "with" phrase (on it or its
    object), read through what counts them ("another round of Western sanctions")."""
    heads = _children(verb, ("nsubj",))
    heads += [g for c in children_of(verb) if c.dep_ == "agent" for g in [_pobj(c)] if g is not None]
    holders = [verb, *_children(verb, ("dobj",))]
    heads += [g for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "with"
              for g in [_pobj(c)] if g is not None]
    partitives = lexicon().partitives | lexicon().complement_partitives
    out: list[Token] = []
    for head in heads:
        word: Token | None = head
        while word is not None and word.lemma_.lower() in partitives:
            of = next((c for c in children_of(word) if c.dep_ == "prep" and c.lower_ == "of"), None)
            word = _pobj(of) if of is not None else None
        if word is not None and word.lemma_.lower() in UNDERGONE_MEASURES:
            out.append(head)
    return out


def _imposer_of(measure: Token) -> Token | None:
    """Who a measure is told as imposed by: a state or body modifying it ("US sanctions", "Western
    sanctions", "EU tariffs") or after "by" ("sanctions by the European Union", "imposed by Japan")."""
    word = measure
    while word.lemma_.lower() in lexicon().partitives | lexicon().complement_partitives:  # "a round of ..."
        of = next((c for c in children_of(word) if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None or _pobj(of) is None:
            return None
        word = _pobj(of)
    kids = list(children_of(word))
    for c in kids:
        if c.dep_ in ("compound", "amod") and c.ent_type_ in IMPOSER_ENTS:
            return c
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "by" and _pobj(c) is not None:
            return _pobj(c)
        if c.dep_ == "acl" and c.tag_ == "VBN":
            agent = next((a for a in children_of(c) if a.dep_ == "agent"), None)
            if agent is not None and _pobj(agent) is not None:
                return _pobj(agent)
    return None


GRANTED_CLASSES = {"aid", "aid_economic", "aid_military", "aid_humanitarian"}


def _granted_for(verb: Token, trig: Trigger, subjects: list[Token]) -> list[Token] | None:
    """"A World Bank loan was approved for Kenya", "IMF bailout approved for Egypt": a passive of giving whose
    subject is the aid itself (a common noun); the one its "for"/"to" names receives it. None otherwise."""
    if trig.cls not in GRANTED_CLASSES or not subjects or any(t.pos_ != "NOUN" for t in subjects):
        return None
    return _prep_targets(list(children_of(verb)), {"for", "to"}) or None


def _lender_named(thing: Token) -> bool:
    """Whether an aid noun names its giver in its compound ("World Bank loan", "IMF bailout")."""
    return any(c.dep_ in ("compound", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ == "ORG")
               for c in children_of(thing))


def _label_agents(verb: Token) -> list[Token]:
    """"called the decision an attempted coup by corrupt elites", "an act of aggression by Russian forces":
    whom the label charges with the deed."""
    labels = judgements(verb)
    labels += [o for w in labels for o in _prep_targets(list(children_of(w)), {"of"})]
    return [o for w in labels for p in children_of(w) if p.dep_ == "agent" or (
        p.dep_ == "prep" and p.lower_ == "by") for o in [_pobj(p)] if o is not None][:1]


def _phrase_of(trig: Trigger, roles: Roles) -> None:
    """"came to the defence of Lebanon", "took the side of Kiev": a target that is a word of the trigger
    phrase itself stands for the one its "of" names (the phrase's own noun is no party)."""
    inside = [t for t in roles.target if trig.first <= t.i < trig.last and t.pos_ == "NOUN"]
    if not inside:
        return
    named = [o for t in inside for o in _prep_targets(list(children_of(t)), {"of"})]
    roles.target = [*named, *(t for t in roles.target if t not in inside)]
    roles.rules["target"] = "of the trigger phrase" if named else roles.rules.get("target", "preposition")


def _named_act_deps(children: list[Token], trig: Trigger) -> list[Token]:
    """The dependants of the act a trigger noun is "of" when the entry names it as its object ("a second
    round of talks with the government": the talks' "with"), which say whom the act is with."""
    named = trig.entry.objects or ()
    return [d for c in children if c.dep_ == "prep" and c.lower_ == "of"
            for o in [_pobj(c)] if o is not None and o.lemma_.lower() in named
            for d in children_of(o) if d.lower_ in PARTNER_PREPS]  # not the venue: "talks at the ministry"


def _recipient_datives(verb: Token) -> list[Token]:
    """The receivers a dative "to" names ("handed the hostages to Qatari mediators": the mediators)."""
    return [o for d in _children(verb, ("dative",)) if d.pos_ == "ADP" for o in [_pobj(d)] if o is not None]


def _freed_people(tok: Token) -> bool:
    """Does a release's object or passive subject name people ("two aid workers", "the hostages", "the
    children", "Smith"), not things handed over ("blankets and tents", "two helicopters")?"""
    return (tok.lemma_.lower() in CAPTIVES or tok.ent_type_ in ("PERSON", "NORP")
            or tok.lemma_.lower() in _people_words() or tok.lower_ in _people_words() or any(
                c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in children_of(tok)))


@cache
def _people_words() -> frozenset[str]:
    """The one-word role names of people in the actor dictionaries ("children", "workers", "soldiers"), not
    the things that name an actor only through an owner ("helicopter", "village"; actors/data/roles.yaml)."""
    words = (str(w).lower() for row in package_file("roles").get("roles") or [] if not row.get("owner")
             for w in row.get("words") or [])
    return frozenset(w for w in words if " " not in w)


def _fronted_participle(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """'Handed over by Pakistan on Saturday, the suspect was flown to New York': a passive participle before
    its clause, with a by-agent and no subject of its own, is done by the agent to the clause's subject."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i > verb.head.i or _children(verb, SUBJ):
        return None
    agent = next((_pobj(c) for c in children_of(verb) if c.dep_ == "agent" and _pobj(c) is not None), None)
    subject = _children(verb.head, ("nsubj", "nsubjpass"))
    return ([agent], subject) if agent is not None and subject else None


def _at_mission(verb: Token, trig: Trigger, roles: Roles) -> None:
    """'demonstrated outside the Turkish embassy against the arrest of their leader': a crowd gathered at a
    state's mission protests against that state, whatever else the protest is against (syntax29)."""
    if trig.cls not in CROWD_CLASSES:
        return
    mission = next((o for p in children_of(verb) if p.dep_ == "prep" and p.lower_ in MISSION_PREPS
                    for o in [_pobj(p)] if o is not None and _mission(o)
                    and any(c.dep_ in ("amod", "compound", "poss") for c in children_of(o))), None)
    if mission is not None:
        roles.target, roles.rules["target"] = [mission], "mission protested at"


def _mission(noun: Token) -> bool:
    """A state's mission abroad: "embassy", or a two-word one, "the Indian High Commission"."""
    word = noun.lemma_.lower()
    return word in MISSIONS or (noun.i > 0 and f"{noun.doc[noun.i - 1].lower_} {word}" in MISSIONS)


def _misread_call(verb: Token) -> bool:
    """"The main opposition party called on Monday for a boycott", "MSF called on all sides to let teams in",
    parsed as a verbless sentence whose noun a participle describes ("the party (that was) called"): the
    noun is the caller."""
    asked = _children(verb, ("xcomp",)) and any(c.dep_ == "prep" and c.lower_ in ("on", "upon")
                                                 for c in children_of(verb))
    return (verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.dep_ == "ROOT"
            and verb.head.pos_ in ("NOUN", "PROPN") and verb.lemma_.lower() in CALLING
            and not _agent(verb) and (asked or any(c.dep_ == "prep" and c.lower_ == "for"
                                                  for c in children_of(verb))))


def _misread_active(verb: Token) -> Token | None:
    """"Doctors from two aid groups donated and delivered medicine to ...", parsed as a verbless sentence
    whose last noun a participle describes: when a verb joined to the participle has an object, the two
    are active and the sentence's opening noun (its root) is the doer; else None."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):
        return None  # before making the sentence's Span: most verbs are no participle that describes
    root = sentence_of(verb).root
    if root.pos_ not in ("NOUN", "PROPN") or root.i > verb.i or _agent(verb):
        return None
    if verb.head.i != root.i and not (verb.head.dep_ == "pobj" and verb.head.head.head.i == root.i):
        return None
    joined = [c for c in children_of(verb) if c.dep_ == "conj" and c.tag_ == "VBD"]
    return root if any(_children(c, ("dobj",)) for c in joined) else None



def _relative_antecedent(verb: Token, subjects: list[Token]) -> Token | None:
    """The noun a passive relative clause tells of when its subject is "who" or "that" ("Maria
    Kolesnikova, who was detained at the border, ...": Kolesnikova was detained), else None."""
    if verb.dep_ != "relcl" or len(subjects) != 1 or subjects[0].lower_ not in ("who", "that", "whom"):
        return None
    head = verb.head
    return _named_head(head) if head.pos_ in ("NOUN", "PROPN") else None


def _named_head(noun: Token) -> Token:
    """The name a role noun is a compound of ("jailed journalist Stanis Bujakera": "Bujakera", so that the
    whole name is the phrase), else the noun."""
    while noun.dep_ == "compound" and noun.head.pos_ == "PROPN" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _misread_crowd(verb: Token) -> bool:
    """"Youths protested in Lagos", "migrants returned from Peru", parsed as a verbless sentence whose noun a
    participle describes: the noun is the crowd that protested (``misread_crowds`` in data/readings.yaml)."""
    return (verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.dep_ == "ROOT"
            and verb.head.pos_ in ("NOUN", "PROPN") and verb.i > verb.head.i
            and verb.lemma_.lower() in _misread_doers()
            and not _agent(verb) and not _children(verb, ("dobj",)))


@cache
def _misread_doers() -> frozenset[str]:
    """Verbs whose participle after a verbless sentence's noun is the noun's own act: crowds and movers."""
    found = readings()["misread_crowds"]
    return frozenset(found["verbs"]) | frozenset(found.get("movers", ())) | frozenset(
        found.get("go_betweens", ()))


def _names_event(trig: Trigger, obj: Token, lex: Lexicon | None) -> bool:
    """Whether a verb's object is the event noun that makes the verb an event, not whom it is done
    to: "lodged a protest (with Tokyo)" (a verb that is no event alone, and an object that is one)."""
    lemma = obj.lemma_.lower()
    if lex is not None and trig.kind == "phrase" and obj.dep_ == "dobj":
        # "did not rule out military action against Taiwan": the listed object is the act (leftovers62)
        return lemma in lex.phrase_objects.get(tuple(trig.rule.removeprefix("phrase:").split()), ())
    if lex is not None and trig.entry.topic and trig.cls != trig.entry.cls and obj.dep_ == "dobj":
        # "threatened military action against Israel": the act threatened, not whom it is aimed at (crowd46)
        keys = [f"{m.lemma_.lower()} {lemma}" for m in obj.children if m.dep_ in ("compound", "amod")]
        keys.append(lemma)
        return any(trig.entry.objects.get(k) == trig.cls for k in keys)
    return (lex is not None and trig.entry.cls == "none" and obj.dep_ == "dobj"
            and (lemma in trig.entry.objects and lemma in lex.nouns
                 or lemma in GRANTED_THINGS and lemma in trig.entry.recipients
                 or lemma in readings()["shared_things"]["nouns"] and lemma in trig.entry.objects))


def _deal_named(head: Token, noun: Token) -> bool:
    """Whether a noun after "of" ends the name of a deal whose first noun governs it ("a cessation of
    hostilities agreement": "agreement" under "cessation"; ``deal_name_heads``; horn-10)."""
    return head.lemma_.lower() in DEAL_NAME_HEADS and noun.i == noun.head.i + 1 + sum(
        1 for t in noun.lefts if t.dep_ in ("compound", "amod"))


def _helped(verb: Token) -> list[Token]:
    """The object of the purpose clause of a sending verb: "sent troops to help rebuild Iraq" (Iraq),
    "to protect the Kurds" (the Kurds)."""
    clause = verb
    for step in range(3):
        nxt = next((c for c in clause.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"), None)
        if nxt is None and step == 0:  # "pledged $50 million to help rebuild X": hung on the money
            nxt = next((c for o in _children(verb, ("dobj",)) for c in children_of(o)
                        if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))), None)
        clause = nxt
        if clause is None:
            return []
        found = [o for o in _children(clause, ("dobj",)) if o.pos_ in ("NOUN", "PROPN")]
        if clause.lemma_.lower() in BUILDING:  # "to rebuild schools in Gaza": the place's, not pupils
            found = [p for o in found for p in ([o] if o.pos_ == "PROPN" else _place_of(o))]
        if found:
            return found
    return []


def _purpose(verb: Token) -> bool:
    """Whether a verb has a "to" clause of purpose ("scrambled jets to intercept"; not "as it marked its
    national day", "days after gunmen attacked"; roles49)."""
    return any(c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                    for a in children_of(c)) for c in children_of(verb))


def _helping_purpose(verb: Token) -> bool:
    """Whether the purpose clause of a verb of sending is one of help ("to protect the villagers"), whose
    object is no one the forces are aimed at (``forces_offered`` purposes in data/readings.yaml)."""
    purposes = readings()["forces_offered"]["purposes"]
    return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in purposes for c in children_of(verb))


def _place_of(thing: Token) -> list[Token]:
    """The named place a thing is in ("schools in Gaza": Gaza), if any."""
    return [p for c in children_of(thing) if c.dep_ == "prep" and c.lower_ == "in"
            for p in children_of(c) if p.dep_ == "pobj" and p.pos_ == "PROPN"]


def _set_off(verb: Token, roles: Roles) -> None:
    """"an IS landmine was detonated by a passing bus": the one passing set the device off and was hit by it;
    the device's owner, if named ("an IS landmine"), laid it. Not so for other verbs: "was shot by men
    travelling in a car" (bv43)."""
    if roles.rules.get("source") != "passive-agent" or len(roles.source) != 1:
        return
    if verb.lemma_.lower() not in SETTING_OFF or verb.lemma_.lower() == "set" and not any(
            c.dep_ == "prt" and c.lower_ == "off" for c in children_of(verb)):
        return  # "set off", not "set alight"
    passer = roles.source[0]
    if not any(c.dep_ in ("amod", "acl") and c.lemma_.lower() in PASSING for c in children_of(passer)):
        return
    owners = [c for t in roles.target for c in children_of(t)
              if c.dep_ in ("compound", "amod", "poss", "nmod") and c.ent_type_ in ("ORG", "NORP", "GPE")]
    roles.source = owners[:1]
    roles.rules["source"] = "owner of the device"
    if not owners:
        del roles.rules["source"]
    roles.target, roles.rules["target"] = [passer], "set off the device"


def hit_device(verb: Token) -> bool:
    """Whether a verb tells its subject running into a mine or bomb: "their patrol hit an improvised explosive
    device", "a convoy struck an explosive device" (``hit_devices``)."""
    spec = readings()["hit_devices"]
    if verb.lemma_.lower() not in spec["verbs"]:
        return False
    return any(o.lemma_.lower() in spec["devices"] for c in _children(verb, ("dobj",))
               for o in (c, *(g for g in children_of(c) if g.dep_ == "compound")))


def _hit_device(trig: Trigger, roles: Roles) -> None:
    """'A convoy of the UN mission struck an explosive device near Tessalit', 'an army truck hit a landmine,
    killing four soldiers': the one that hit the device was hit by it, and killed no one; who laid it is not
    named (violence47)."""
    head, rule = trig.head, roles.rules.get("source")
    if trig.is_noun:
        hit = rule == "subject of the governing verb" and head.dep_ == "dobj" and hit_device(head.head)
    else:
        hit = rule == "subject" and hit_device(head)
        if rule == "subject" and head.dep_ == "advcl" and head.tag_ == "VBG" and hit_device(head.head):
            roles.source = []  # "hit a landmine, killing four soldiers": the soldiers are the device's dead
            del roles.rules["source"]
    if hit:
        owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for t in roles.source for c in children_of(t))
        if not owned:  # "their vehicle struck a roadside bomb": those it carried are named elsewhere
            roles.target, roles.rules["target"] = roles.source, "hit the device"
        roles.source = []
        del roles.rules["source"]


def _aimed_at(verb: Token, roles: Roles) -> None:
    """"Police fired tear gas at garment workers", "troops used water cannon on students marching":
    the target is whom the weapon was aimed at (the subject of a clause the parse hangs on "at"), also where
    the parse hangs "at" on what the weapon was fired from ("fired explosives from a drone at a base")."""
    if verb.lemma_.lower() not in AIMING or roles.rules.get("target") != "object":
        return
    if not roles.target or any(t.lemma_.lower() not in AIMED for t in roles.target):
        return
    launchers = _prep_targets(list(children_of(verb)), {"from"})
    places = list(children_of(verb)) + [c for t in [*roles.target, *launchers] for c in children_of(t)]
    for obj in _prep_targets(places, AIMED_AT):
        if obj.pos_ in ("VERB", "AUX"):
            obj = next(iter(_children(obj, SUBJ)), obj)
        if obj.pos_ in ("NOUN", "PROPN"):
            roles.target, roles.rules["target"] = [obj], "aimed at"
            return


BLAMING_CLASSES = {"criticise", "accuse"}
FORUM_PREPS = frozenset(_actor_words()["forum_preps"])  # "complained to the UN Security Council"
BLAMED_PREPS = frozenset(_actor_words()["blamed_preps"])  # "... against Uganda"
BLAMED_TOPIC_PREPS = frozenset(_actor_words()["blamed_topic_preps"])  # "... about Uganda", before a body
UNFORUMED_PREPS = frozenset(_actor_words()["unforumed_topic_preps"])  # "complained about Uganda"
FORUM_WORDS = frozenset(_actor_words()["forum_words"])
PARTY_ENTS = {"GPE", "NORP", "ORG", "PERSON"}


def _forum_passed(verb: Token, trig: Trigger, roles: Roles) -> None:
    """"Filed a complaint with the UN Security Council against Uganda", "complained to the UN about Uganda":
    the body a complaint is brought before is its forum, the one blamed its target; after "about" or "over"
    only when the forum is a body, not a state ("protested to Washington over Taiwan": Washington)."""
    if trig.cls not in BLAMING_CLASSES or not _complaint_told(verb, roles):
        return
    papers = [t for t in _children(verb, ("dobj",)) if t.i in roles.event_nouns]
    forums = [o for p in [*children_of(verb), *(c for t in papers for c in children_of(t))]
              if p.dep_ in ("prep", "dative") and p.lower_ in FORUM_PREPS
              for o in [_pobj(p)] if o is not None]
    holders = [verb, *papers, *forums]
    blamed = [o for o in _prep_targets([c for h in holders for c in children_of(h)], BLAMED_PREPS)
              if o.pos_ in ("NOUN", "PROPN")]
    if not blamed:  # no forum named: only "about" ("complained about Uganda", not "protested over Taiwan")
        topics = BLAMED_TOPIC_PREPS if any(_body(f) for f in forums) else set() if forums else UNFORUMED_PREPS
        topical = _prep_targets([c for h in holders for c in children_of(h)], topics)
        blamed = [o for o in topical if _named_party(o)] or [  # "about India's actions in Kashmir": India
            p for o in topical for p in _children(o, ("poss",)) if _named_party(p)]
    if blamed:
        roles.target, roles.rules["target"] = blamed[:1], "blamed before a forum"


def _complaint_told(verb: Token, roles: Roles) -> bool:
    """Whether the verb's target is still only its complaint or the body it went to (or none)."""
    return all(t.i in roles.event_nouns or t.dep_ == "pobj" and t.head.lower_ in FORUM_PREPS
               for t in roles.target) and verb.pos_ in ("VERB", "AUX")


def _body(forum: Token) -> bool:
    """A body a complaint is brought before, not a state: a named organisation or a council, court..."""
    return forum.ent_type_ == "ORG" or forum.lemma_.lower() in FORUM_WORDS


def _named_party(tok: Token) -> bool:
    """A name of a state, group or person; not a deed a nationality modifies ("complained to the Council over
    Israeli air strikes" stays a complaint to the Council)."""
    return tok.ent_type_ in PARTY_ENTS or tok.pos_ == "PROPN"


def _driven_into(verb: Token, roles: Roles) -> None:
    """"Drove a van into pedestrians", "rammed his car into a group of schoolchildren", "a van plowed into
    passers-by": the vehicle is the weapon, those it was driven into the target (terror-3)."""
    vehicles = lexicon().vehicles
    if not roles.target or any(t.lemma_.lower() not in vehicles for t in roles.target):
        return
    hit = [o for o in _prep_targets(list(children_of(verb)), {"into", "through"})
           if o.pos_ in ("NOUN", "PROPN") and o.lemma_.lower() not in vehicles]
    if hit:
        roles.target, roles.rules["target"] = hit[:1], "driven into"


def _threatened_against(trig: Trigger, roles: Roles) -> None:
    """"Hinted at military action against North Korea": a threat whose preposition names the act threatened
    is aimed at the one the act is against (lex29b)."""
    if not trig.cls.startswith("threaten") or roles.rules.get("target") != "preposition":
        return
    against = [o for t in roles.target for o in _prep_targets(list(children_of(t)), {"against"})]
    if against:
        roles.target, roles.rules["target"] = against, "against the act threatened"


def _up_to(verb: Token) -> list[Token]:
    """"kidnapped up to 16 advisers": an object counted with "up to", which the parse hangs on the
    particle "up" as a preposition."""
    for prt in _children(verb, ("prt",)):
        if prt.lower_ == "up":
            found = [o for o in _prep_targets(list(children_of(prt)), {"to"})
                     if any(c.dep_ == "nummod" for c in children_of(o))]
            if found:
                return found
    return []


def _forcer(boss: list[Token], causes: frozenset[str]) -> list[Token]:
    """Who forced a concession: the forcer named, or the holder of a cause noun ("pressure from the US": the
    US); none for a bare cause or a pronoun."""
    if not boss or boss[0].pos_ == "PRON":
        return []
    if boss[0].lemma_.lower() not in causes:
        return boss[:1]
    return [o for p in children_of(boss[0]) if p.dep_ == "prep" and p.lower_ in ("from", "by")
            for o in [_pobj(p)] if o is not None][:1]


def _forced_concession(verb: Token, roles: Roles, cls: str, spec: dict) -> bool:
    """"Protests forced the government to withdraw the bill": the one forced yields (source), to the one
    who forced it (target); True when so read."""
    made = _children(verb.head, ("dobj",))
    if verb.head.lemma_.lower() not in spec["forcing"] or cls not in spec["conceded"] or not made:
        return False
    forcer = _forcer(clause_subject(verb.head), spec["causes"])
    roles.source, roles.rules["source"] = made, "one forced to yield"
    roles.target = forcer or [t for t in roles.target if t not in made]
    if roles.target:
        roles.rules["target"] = "one who forced the concession" if forcer else "object of the forced deed"
    else:
        roles.rules.pop("target", None)
    return True


def _ordered(verb: Token, roles: Roles, cls: str) -> None:
    """"The government ordered the newspaper to suspend publication", "gunmen forced residents to
    flee": the one who orders or forces acts, on the one made to act; a concession forced out of someone
    is theirs ("forced the government to withdraw the bill")."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in ORDERING | TELLING or _is_passive(verb.head):
        return
    if standing_order(verb):
        return  # "ordered police to shoot anyone who resists": the police would shoot
    spec = readings()["ordered_forces"]
    if _forced_concession(verb, roles, cls, spec):
        return
    made = _children(verb.head, ("dobj",))
    boss = clause_subject(verb.head)
    words = [made[0], *(c for c in children_of(made[0]) if c.dep_ == "compound")] if made else []
    forces = any(w.lemma_.lower() in spec["forces"] for w in words) or bool(made) and (
        made[0].lemma_.lower() in spec["owned"] and any(c.dep_ == "poss" for c in children_of(made[0])))
    if verb.head.lemma_.lower() in TELLING and not forces:
        return  # "told Russia to release the activist": an appeal, its own event
    if made and boss and boss[0].pos_ != "PRON":
        roles.source, roles.rules["source"] = boss, "subject of an order"
        if forces and verb.lemma_.lower() not in spec["yields"]:
            # "ordered tanks to shell the parliament", "ordered troops to shoot to kill", "ordered security
            # chiefs to rescue the pupils": the forces do the deed, on its own object or on no one named
            roles.target = [t for t in roles.target if t not in made]
            if roles.target:
                roles.rules["target"] = "object of the ordered deed"
            else:
                roles.rules.pop("target", None)
            return
        roles.target, roles.rules["target"] = made, "object of an order"


def _killed_repelling(verb: Token, roles: Roles) -> None:
    """"Four militants were killed when troops repulsed their attack": the ones whose attack was
    repelled (the passive subject) attacked; the defenders are their target."""
    if roles.source or not _is_passive(verb):
        return
    victims = _children(verb, ("nsubjpass",))
    verbs = [verb, *_children(verb, ("conj",))]  # "were killed and one was wounded when ..."
    for clause in [c for v in verbs for c in _children(v, ("advcl",))]:
        if clause.lemma_.lower() not in REPEL_VERBS or _is_passive(clause):
            continue
        attack = next((c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() in ATTACK_NOUNS),
                      None)
        theirs = attack is not None and any(c.dep_ == "poss" and c.lower_ in ("their", "its", "his", "her")
                                            for c in children_of(attack))
        defenders = clause_subject(clause)
        if theirs and victims and defenders:
            roles.source, roles.rules["source"] = victims, REPELLED_ATTACKER
            roles.target, roles.rules["target"] = defenders, "defender"
            return


def _repelled(verb: Token, roles: Roles) -> None:
    """"Iraqi forces repelled an IS attack", "police repulsed an attack by Taliban militants": the
    attackers (the attack's owner) act, the defenders are their target."""
    if verb.lemma_.lower() not in REPEL_VERBS or _is_passive(verb):
        return
    attack = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ATTACK_NOUNS), None)
    if attack is None:
        return
    owner = None
    for c in children_of(attack):
        if c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ == "compound" and c.pos_ == "PROPN":
            owner = c
        elif c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE", "ORG"):
            owner = attack  # "an Iranian offensive": the attack stands for its owner
        elif c.dep_ == "prep" and c.lower_ in ("by", "of", "from") and _pobj(c) is not None:
            owner = _pobj(c)
    if owner is not None:
        defenders = roles.source
        roles.source, roles.rules["source"] = [owner], REPELLED_ATTACKER
        roles.target, roles.rules["target"] = defenders, "defender"


TAKEN_CLASSES = {"capture_territory"}
# "retook the town from the north": a way in, no holder
FROM_PLACES = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "side",
               "direction", "flank", "air", "sea", "ground"}


def _taken_from(trig: Trigger, roles: Roles) -> None:
    """"The army retook Wad Madani from the RSF", "recaptured the presidential palace from the RSF": ground
    taken from someone is taken from its holder, the target before the place taken."""
    verb = trig.head
    if trig.cls not in TAKEN_CLASSES:
        return
    _fallen_to(verb, roles)
    places = [c for t in _children(verb, ("dobj", "nsubjpass")) for c in children_of(t)]
    taken = _children(verb, ("dobj", "nsubjpass"))
    men_put_off = bool(taken) and not any(_ground_left(t) for t in taken)  # "dislodged fighters from Bambari"
    holders = [o for o in _prep_targets([*children_of(verb), *places], {"from"})
               if o.ent_type_ not in ("LOC", "FAC") and o.lemma_.lower() not in FROM_PLACES
               and not (men_put_off and _ground_left(o))]
    if holders:
        roles.target, roles.rules["target"] = holders[:1], "held the ground taken"


def _ground_left(tok: Token) -> bool:
    """Ground: a place noun or a named place that is no country. Of men put off it, the "from" is the ground
    left, no one who held it ("dislodged Seleka fighters from Bambari", "flushed out insurgents from the
    town"; repel57), not "retook Kherson from Russia", "recaptured Mosul from Islamic State"."""
    return tok.lemma_.lower() in lexicon().ground_nouns or place_name(tok) and not country_word(tok)


def _fallen_to(verb: Token, roles: Roles) -> None:
    """"Laukkai fell to the MNDAA", "the town of Bunagana fell to M23 rebels": the taker is the object of
    "to", the ground that fell (or the state its capital stands for) the one that lost it."""
    if verb.lemma_.lower() != "fall" or verb.dep_ in ("acl", "amod"):
        return
    takers = _prep_targets(list(children_of(verb)), {"to"})
    if takers:
        roles.source, roles.rules["source"] = takers[:1], "taker the ground fell to"
        roles.target, roles.rules["target"] = _children(verb, ("nsubj",)), "ground that fell"


def _weapon_owner(mod: Token) -> Token:
    """A noun modifier that names no actor ("artillery" in "Saudi artillery shelling", "drone" in "a
    Turkish drone strike") gives way to the state, people or group that modifies it; else itself."""
    if mod.pos_ != "NOUN" or mod.ent_type_ in ("NORP", "GPE", "ORG") or mod.lemma_.lower() in ACTOR_MODIFIERS:
        return mod
    if demonym_word(mod):
        return mod
    return next((g for g in children_of(mod) if g.dep_ in ("compound", "amod")
                 and (g.ent_type_ in ("NORP", "GPE", "ORG") or demonym_word(g))), mod)


def _first_weapon_owner(noun: Token) -> Token | None:
    """The state or people named on the first of coordinated weapons, which own the later ones too ("Saudi
    rocket and artillery shelling", "Turkish drone and artillery strikes"): the first weapon, whose phrase
    names its owner; None unless the first is an owned weapon."""
    from chronica.extract.instrument import weapons

    first = noun.head
    if noun.dep_ != "conj" or first.pos_ != "NOUN" or (first.lemma_.lower(),) not in weapons().phrases:
        return None
    owned = any(g.dep_ in ("compound", "amod") and g.ent_type_ in ("NORP", "GPE") for g in children_of(first))
    return first if owned else None  # the weapon's phrase ("Saudi rocket") names its owner's forces


def _means_owner(noun: Token, weapon: str) -> Token | None:
    """The state or people named on the weapon a noun's act was done with ("the killing of its general in a
    US drone strike": "US"), the weapon told in an "in" or "with" phrase of the noun; None otherwise."""
    for prep in children_of(noun):
        means = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ in ("in", "with") else None
        if means is None or means.lemma_.lower() != weapon:
            continue
        for mod in children_of(means):
            if mod.dep_ in ("compound", "amod"):
                owner = _weapon_owner(mod)
                if owner.ent_type_ in ("NORP", "GPE"):
                    return owner
    return None


CULPRIT_WORDS = frozenset(_actor_words()["culprit_words"])  # "Kyiv was responsible for the attack"


def _culprit_be(prep: Token) -> Token | None:
    """The "be" of "X was responsible for" or "X was to blame for" a deed, when "for" hangs on such a word
    (``culprit_words``) and nothing negates it; None otherwise."""
    word = prep.head
    if prep.lower_ != "for" or word.lemma_.lower() not in CULPRIT_WORDS or (
            word.dep_ not in ("acomp", "xcomp")):
        return None
    be = word.head
    if be.lemma_ != "be" or any(c.dep_ == "neg" for c in (*children_of(be), *children_of(word))):
        return None
    return be


def _behind(noun: Token) -> list[Token]:
    """Who is said, believed or thought to be behind a deed ("the ADF is believed to be behind the massacre",
    "the ELN was behind the bombing"), or responsible or to blame for it ("Baku said Yerevan was responsible
    for the shelling"): the subject of "be", or of the verb of belief it hangs on."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return []
    be = prep.head if prep.lower_ == "behind" and prep.head.lemma_ == "be" else _culprit_be(prep)
    if be is None or any(c.dep_ == "neg" for c in children_of(be)) or _denied_clause(be):
        return []  # "ETA said it was not behind the bombing", "the IRA denied it was behind the attack"
    subjects = _children(be, ("nsubj",))
    if not subjects and be.dep_ == "xcomp":
        subjects = _children(be.head, ("nsubj", "nsubjpass"))
    # "the UVF said it was behind the killing": the pronoun names the claimant as "they" does
    return [s for s in subjects if s.pos_ != "PRON" or s.lower_ in ("they", "he", "she", "it", "we")]


DENYING_VERBS = frozenset(_actor_words()["denying_verbs"])  # "denied it was behind the attack"


def _denied_clause(be: Token) -> bool:
    """Whether the clause of "be" is what a verb of denial (``denying_verbs``) denies, directly or as the
    claim it rejects ("the IRA denied it was behind the attack", "rejected claims it was responsible")."""
    head = be.head if be.dep_ in ("ccomp", "acl", "xcomp") else None
    if head is not None and head.pos_ == "NOUN" and head.dep_ == "dobj":
        head = head.head  # "rejected claims that it was behind"
    return head is not None and head.lemma_.lower() in DENYING_VERBS


# those a deed noun is told of as its authors: "detained the suspected organizer of the kidnapping"
AUTHOR_NOUNS = {"organizer", "organiser", "mastermind", "planner", "perpetrator", "ringleader", "architect",
                "instigator", "suspect", "author"}
AUTHOR_PREPS = {"of", "in", "behind"}
# verbs that take a suspect into custody or before a court, whose "in" names the suspect's deed
CUSTODY_VERBS = {"arrest", "detain", "nab", "apprehend", "hold", "question", "interrogate", "charge",
                 "identify", "name", "seek", "extradite", "release", "free", "convict", "sentence", "try",
                 "capture", "catch", "hand", "prosecute", "indict", "acquit", "jail", "hang", "execute",
                 "pick", "book", "remand"}


def deed_author(noun: Token) -> Token | None:
    """The author a deed noun hangs on ("the suspected mastermind of the abduction", "a suspect in the
    kidnapping"): that one did the deed, not the clause's subject who arrested them."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in AUTHOR_PREPS:
        return None
    if prep.head.lemma_.lower() in AUTHOR_NOUNS:
        return prep.head
    # "arrested a suspect in the kidnapping", parsed with "in" on the verb: the object just before it
    if prep.head.lemma_.lower() not in CUSTODY_VERBS:  # not "killed eight suspects in a shootout"
        return None
    before = [c for c in prep.head.children if c.dep_ == "dobj" and c.right_edge.i == prep.i - 1]
    return before[0] if before and before[0].lemma_.lower() in AUTHOR_NOUNS else None


# backing whose "for" names the one backed, also when the parse hangs it on the light verb (plover26)
BACKING_CLASSES = {"support", "aid", "aid_economic", "aid_military", "aid_humanitarian"}
WANTED_CLASSES = {"threaten_arrest"}  # a warrant's "for" names the one it is out for
ARREST_NOUNS = frozenset({"arrest", "detention"})  # "a warrant for his arrest": the one it is out for is his


def _light_for(verb: Token, cls: str, lex: Lexicon, noun: Token | None = None) -> bool:
    """Whether the verb is light for a noun of this class ("observed a strike", not "observed the vote";
    "triggered an IED blast", not "triggered a landmine": ``tripped_charges`` in data/readings.yaml)."""
    if verb.lemma_ in lex.light_verbs:
        return True
    return cls in lex.class_light_verbs.get(verb.lemma_, ()) and not (
        noun is not None and noun.lemma_.lower() in readings()["tripped_charges"]["nouns"])


def _execution_means(trig: Trigger, by: Token) -> bool:
    """'the first execution by nitrogen gas', 'execution by firing squad': the "by" of a killing names how it
    was done (``execution_means`` in data/readings.yaml), not who did it (justice-3)."""
    obj = _pobj(by)
    means = readings()["execution_means"]["nouns"]
    return trig.cls == "kill" and obj is not None and obj.lemma_.lower() in means


@cache
def _stance_prefixes() -> frozenset[str]:
    return frozenset(str(w).lower() for w in package_file("roles").get("stance_prefixes") or ())


def stance_glued(tok: Token) -> str | None:
    """The stance prefix ("anti", "pro": ``stance_prefixes`` in roles.yaml) a word belongs to when it is that
    prefix, its hyphen or the word after ("anti-government", "pro-Russian"), else None."""
    doc, i = tok.doc, tok.i
    return next((doc[j].lower_ for j in range(max(i - 2, 0), min(i + 1, len(doc) - 2))
                 if doc[j].lower_ in _stance_prefixes() and doc[j + 1].text == "-"
                 and not doc[j].whitespace_ and not doc[j + 1].whitespace_), None)


def noun_roles(trig: Trigger, lex: Lexicon) -> Roles:
    noun = trig.head
    roles = Roles()
    children = list(children_of(noun))
    for c in children:
        if c.dep_ == "poss":
            roles.source = [c]
            roles.rules["source"] = "possessive"
        elif (c.dep_ == "prep" and c.lower_ == "by" and _pobj(c) is not None and not _inner_deeds_by(c, lex)
              and not _execution_means(trig, c)):
            roles.source = [_pobj(c)]
            roles.rules["source"] = "by-phrase"
        elif c.dep_ == "prep" and c.lower_ == "from" and _from_doer(trig, c) and not roles.source:
            roles.source = [_pobj(c)]  # "a warning from Beijing": who gave the warning
            roles.rules["source"] = "from-phrase"
        elif c.dep_ == "prep" and c.lower_ == "of" and _pobj(c) is not None and (
                _pobj(c).ent_type_ not in NOT_ACTORS  # not "a loan of 40 billion yen"
                and _pobj(c).lemma_.lower() not in (trig.entry.objects or ())):  # "an exchange of gunfire"
            role = "source" if trig.entry.of == "source" else "target"
            if not getattr(roles, role):
                setattr(roles, role, [_pobj(c)])
                roles.rules[role] = "of-phrase"
        elif c.dep_ in ("compound", "amod") and c.pos_ in ("PROPN", "NOUN", "ADJ") and not roles.source:
            if trig.first <= c.i < trig.last:  # "a Russian air strike": the modifier of the trigger's word
                c = next((g for g in children_of(c) if g.dep_ in ("compound", "amod")
                          and (g.ent_type_ in ("NORP", "GPE", "ORG") or demonym_word(g)
                               or g.lemma_.lower() in ACTOR_MODIFIERS)), None)  # "a junta drone strike"
                if c is None:
                    continue
            c = _weapon_owner(c)  # "Saudi artillery shelling": the weapon's owner
            kind = c.pos_ == "ADJ" and noun.lemma_.lower() in kind_nouns()  # "military aid": its kind
            # "a three-day state visit": the visit's kind too
            kind = kind or c.lemma_.lower() == "state" and noun.lemma_.lower() in STATE_OCCASIONS
            if _town_of_deed(c, trig.cls):
                continue  # "the Kabul blast", "the Mogadishu attack": where it happened, not who did it
            if c.lower_ in MANNER_MODIFIERS:
                continue  # "Fierce fighting continued": how hard they fought, though the tagger names it
            if c.pos_ == "ADJ" and c.lower_ in COMMUNAL_MODIFIERS:
                continue  # "Communal clashes": the fight's kind, even when the parse takes it for a name
            stance = stance_glued(c)
            if stance == "anti" or stance and trig.cls in CROWD_CLASSES:
                continue  # "anti-government protests", "pro-government rallies": a stance (caribbean-2)
            named = c.ent_type_ in ("NORP", "GPE", "ORG") or demonym_word(c)  # "Tajik mortar fire" (a PERSON)
            people = c.ent_type_ in ("NORP", "GPE") or demonym_word(c)
            if people and noun.lemma_.lower() in VICTIM_NAMED_DEEDS:
                continue  # "the Armenian genocide", "the Rwandan genocide": its victims or place
            if named or (c.lemma_.lower() in ACTOR_MODIFIERS and not kind):
                roles.source = [c]
                roles.rules["source"] = "modifier"
    _possessor_undergoes(trig, roles)
    if not roles.source and (by := _by_after_inquired(noun)) is not None:
        roles.source, roles.rules["source"] = [by], "by-phrase after the deed inquired into"
    if not roles.source and (behind := _behind(noun)):
        roles.source, roles.rules["source"] = behind, "behind the deed"
    if not roles.source and (author := deed_author(noun)) is not None:
        roles.source, roles.rules["source"] = [author], "author of the deed"
    if not roles.source:
        owner = _first_weapon_owner(noun)
        if owner is not None:  # "Saudi rocket and artillery shelling": the owner named on the first weapon
            roles.source, roles.rules["source"] = [owner], "owner of the first weapon"
    if not roles.source and "+weapon:" in trig.rule:
        owner = _means_owner(noun, trig.rule.split("+weapon:")[1].split("+")[0])
        if owner is not None:  # "the killing of the commander in a Turkish drone strike": Turkey's forces
            roles.source, roles.rules["source"] = [owner], "owner of the means"
    of_object = next((_pobj(c) for c in children if c.dep_ == "prep" and c.lower_ == "of" and _pobj(c)), None)
    if (trig.entry.of == "source" and of_object is not None and roles.source and not roles.target
            and roles.rules.get("source") in ("possessive", "by-phrase")
            and of_object.lemma_.lower() not in SENT):
        # "Morocco's recognition of Israel", "the recognition of Israel by Morocco": the owner did it
        roles.target, roles.rules["target"] = [of_object], "of-phrase after the doer"
    if (not roles.source and roles.rules.get("target") == "of-phrase" and of_object is not None
            and trig.cls in DEPLOYING and of_object.lemma_.lower() in DEPLOYED):
        # "the deployment of French troops in Mali": the forces deployed act, on the place they go to
        roles.source, roles.rules["source"] = [of_object], "forces deployed"
        where = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None  # "... troops arrived in Kosovo"
        roles.target = _prep_targets(list(children_of(of_object)), {"in", "to", "into"}) or (
            _prep_targets(list(children_of(where)), {"in", "to", "into"}) if where is not None else [])
        roles.rules["target"] = "place deployed to"
    if not roles.source and trig.cls in DEPLOYING and noun.dep_ == "pobj" and noun.head.lower_ == "for" and (
            noun.head.head.lemma_.lower() in DEPLOYED):
        # "activated its standby force for possible deployment in Niger": the force's owner deploys it
        roles.source, roles.rules["source"] = [_forces_owner(noun.head.head)], "owner of the forces"
    if not roles.source:  # "the demonstration staged by students", "an attack carried out by rebels"
        roles.source = [g for c in children if c.dep_ == "acl" and c.tag_ == "VBN" and not third_party(c)
                        for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"][:1]
        if roles.source:
            roles.rules["source"] = "by-agent of a participle"
    if not roles.source and (by := _by_on_verb(noun)) is not None:
        roles.source, roles.rules["source"] = [by], "by-phrase hung on the verb"
    if not roles.source:  # "the expulsion of four diplomats by Germany": "by" hung on the "of" object
        roles.source = [g for c in children if c.dep_ == "prep" and c.lower_ == "of" and _pobj(c) is not None
                        for b in children_of(_pobj(c)) if b.dep_ == "prep" and b.lower_ == "by"
                        for g in children_of(b) if g.dep_ == "pobj" and g.ent_type_ in AGENT_ENTITIES][:1]
        if roles.source:
            roles.rules["source"] = "by-phrase of the object"
    deps = frame(noun, lex) + _named_act_deps(children, trig)
    targets = [t for t in _prep_targets(deps, TARGET_PREPS) if not _gathered_at(t, trig)]
    if targets and not _fight(trig):  # "signed a pact with South Africa at Nkomati": the venue no side
        targets = _venue_dropped(targets)
    if not targets and trig.cls in BACKING_CLASSES:
        targets = _prep_targets(deps, {"for"})  # "voiced support on Saturday for Pakistan": the one backed
    if trig.cls in WANTED_CLASSES:  # "a warrant for the president over the deportations": the one wanted
        wanted = [_arrested(t) for t in _prep_targets(deps, {"for"})]
        if wanted and roles.rules.get("target") == "of-phrase":  # "bounties of HK$1 million for the arrest
            roles.target = []  # of eight activists": the activists, not the sum (junta56)
            roles.rules.pop("target")
        targets = wanted or targets
    own_word = roles.target if roles.rules.get("target") == "of-phrase" and (
        trig.first <= roles.target[0].i < trig.last) else []
    if own_word:  # "a letter of protest to the envoy": the phrase's own word only if no one else is named
        roles.target = []
        roles.rules.pop("target")
    if not targets and trig.cls == "clash" and not roles.target:
        targets = _sparked_fight_side(noun)  # "raided the favela, sparking a shootout with gang members"
    if targets and not roles.target:
        roles.target = targets
        roles.rules["target"] = "preposition"
    if not roles.target and (asked := _asked_for(noun)):
        roles.target, roles.rules["target"] = asked, "one asked in a for-to clause"
    _addressed(trig, roles)
    if not roles.target and noun.dep_ == "pobj" and noun.head.dep_ == "agent" and (
            noun.head.head.lemma_.lower() in HIT_BY):  # "Iran was hit by new sanctions": Iran undergoes them
        roles.target = _children(noun.head.head, ("nsubjpass",))
        if roles.target:
            roles.rules["target"] = "subject that undergoes the act"
    rel = relative_verb(noun)
    verb = governing_verb(noun)
    measure = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in CONTAINERS:
        measure = noun.head  # "announced a $500 million aid package": the package is what is given
    elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and _amount(noun.head.head):
        measure = noun.head.head  # "provided $500 million in aid"
    anchor = noun  # the word the governing verb takes as its object
    if verb is None and measure is not None and (measure.lemma_.lower() in MEASURES | CONTAINERS | PHASE_NOUNS
                                                 or _amount(measure) or _deal_named(measure, noun)):
        verb = governing_verb(measure)  # "launched 10 days of war games", "a wave of arrests"
        held = measure.lemma_.lower() in CONTAINERS | PHASE_NOUNS or _amount(measure)
        anchor = measure if held else noun
    if rel is not None and _better(clause_subject(rel), roles.source):
        roles.source, roles.rules["source"] = clause_subject(rel), "relative-clause-subject"
    if verb is not None and verb.lemma_.lower() not in BUILT_UP and any(
            c.dep_ == "prt" and c.lower_ in ACTED_ON for c in children_of(verb)):
        verb = None  # "police broke up a march": a verb with such a particle acts on the event, not its doer
    if verb is not None and _crowd_act_ended(verb, anchor, lex):
        verb = None  # "police cleared the blockade": force that ends the crowd's act, not its doer (land-1)
    # "imposed sanctions over the crackdown": what the act answers, not the act
    reason = noun.dep_ == "pobj" and (noun.head.lower_ in REASON_PREPS | SEQUENCE_PREPS
                                      or noun.head.lower_ == DURING and trig.cls in CROWD_CLASSES)
    if verb is not None and _inquired_into(anchor, verb, lex):
        verb = None  # "opened an inquiry into the killing", "UN panel finds mass killings": not the finders'
    if verb is not None and any(_not_the_subjects(t, verb) for t in (anchor, measure) if t is not None):
        verb = None  # "declared an emergency after gang killings", "deployed soldiers to quell riots"
    if verb is not None and banned_gathering(noun, trig.cls) is not None:
        verb = None  # "the junta banned all demonstrations": the crowd's act, not the junta's
    if verb is not None and trig.cls in RELEASED_CLASSES and verb.lemma_.lower() in OBTAINING and (
            anchor.dep_ == "dobj" and anchor.head == verb):
        verb = None  # "Qatar brokered the release of five Americans held in Iran": not Qatar's release
        holder = _holder(of_object) if of_object is not None and not roles.source else None
        if holder is not None:
            roles.source, roles.rules["source"] = [holder], "holder of the freed"
    # "Putin ordered a mobilisation of reservists": who orders it, not the forces it moves
    ordered = roles.rules.get("source") == "forces deployed"
    if verb is not None and anchor.dep_ == "dobj" and anchor.head == verb and condemns(verb) is not None:
        verb = None  # "declared the killings of Rohingya a genocide": a judge of the deed, not its doer
    answered = answered_deed(noun)
    if answered is not None:  # "vowed revenge against Israel for the killing": Israel's, not the vower's
        verb = None
        if answered:
            roles.source, roles.rules["source"] = answered, "the one the answer is aimed at"
    if verb is not None and (_light_for(verb, trig.cls, lex, noun) or _engaged_in(verb)) and not reason and (
            _better(clause_subject(verb), [] if ordered else roles.source) or ordered and _reported_it(verb)):
        roles.source, roles.rules["source"] = clause_subject(verb), "light-verb-subject"
    elif verb is not None and partaking(verb) and clause_subject(verb) and not reason:
        # "it would not take part in the Geneva talks": who takes part, not the place the talks are named by
        roles.source, roles.rules["source"] = clause_subject(verb), "subject taking part"
    elif (verb is not None and not roles.source and anchor.dep_ == "dobj" and anchor.head == verb
          and verb.lemma_.lower() not in OBSERVING | CAUSING and not judged(verb) and clause_subject(verb)
          and verb not in remote_verbs(anchor)  # "Indonesians commemorated the 2002 Bali bombings"
          and clause_subject(verb)[0].dep_ != "expl"
          and (clause_subject(verb)[0].pos_ != "PRON" or verb.dep_ == "ccomp")):
        # "NATO confirmed it would tighten the blockade": the subject of the verb the noun is object of
        roles.source, roles.rules["source"] = clause_subject(verb), "subject of the governing verb"
    elif (verb is not None and (roles.rules.get("source") == "modifier" or (
            roles.rules.get("source") == "possessive" and roles.source[0].pos_ == "PRON"))
          and anchor.dep_ == "dobj" and anchor.head == verb and verb.lemma_.lower() not in OBSERVING | CAUSING
          and not judged(verb) and clause_subject(verb) and verb not in remote_verbs(anchor)
          and (clause_subject(verb)[0].pos_ in ("NOUN", "PROPN")
               or (verb.dep_ == "ccomp" and clause_subject(verb)[0].lower_ in REPORTED))):
        # "Turkish forces brought military reinforcements": the subject, not the modifier; "the AU renewed
        # its call": the subject its "its" stands for
        roles.source, roles.rules["source"] = clause_subject(verb), "subject of the governing verb"
    own_pronoun = roles.rules.get("source") == "possessive" and roles.source[0].pos_ == "PRON"
    if ((not roles.source or own_pronoun) and verb is not None and noun.dep_ == "pobj"
            and _errand(noun.head.lower_, trig.cls)
            and noun.head.head == verb and verb.lemma_.lower() not in NOT_ERRANDS):
        subj = clause_subject(verb)
        if subj and subj[0].dep_ != "expl" and subj[0].pos_ in ("NOUN", "PROPN"):
            roles.source, roles.rules["source"] = subj, "subject of the errand"
    if (not roles.source and verb is not None and noun.dep_ == "pobj" and noun.head.lower_ == "with"
            and noun.head.head == verb and verb.lemma_.lower() in ANSWERING):
        # "Hezbollah fired rockets, and the Israeli army responded with artillery fire": who answered fired,
        # at the doer of the act answered (conflict46)
        subj = clause_subject(verb)
        if subj and subj[0].dep_ != "expl" and subj[0].pos_ in ("NOUN", "PROPN"):
            roles.source, roles.rules["source"] = subj, "subject of the answer"
            answered = clause_subject(verb.head) if verb.dep_ == "conj" else []
            if answered and answered[0].pos_ in ("NOUN", "PROPN") and answered[0] not in subj:
                roles.target, roles.rules["target"] = answered, "subject of the act answered"
    if not roles.target and anchor is not noun and anchor.lemma_.lower() in CONTAINERS:
        # "an aid package for Ukraine", "a package worth $50 billion for Ukraine": the one it is for
        roles.target = _prep_targets([c for t in anchor.subtree if t.i != noun.i for c in children_of(t)],
                                     {"for", "to"})
        if roles.target:
            roles.rules["target"] = "recipient"
    if not roles.target and verb is not None and (verb.lemma_ in GIVING or _amount(anchor)):
        # "would give 10 million dollars in aid to Indonesia": who receives what the verb gives; any verb
        # of an amount in aid ("approved $5 billion in aid to Egypt", "announced $80 million in aid to X")
        # "a loan of $1bn to X"; "$5 million in aid to X" with the "to" hung on the sum
        # "announced $400 million in aid for Ukraine": the parse hangs an amount's "for" on the verb
        given_to = {"to", "for"} if trig.cls in BACKING_CLASSES and _amount(anchor) else {"to"}
        roles.target = _prep_targets(list(children_of(verb)), given_to) or _prep_targets(
            [c for t in noun.subtree if t.i != noun.i for c in t.children], {"to"}) or (
            _prep_targets(list(children_of(anchor)), {"to"}) if anchor is not noun else [])
        if roles.target:
            roles.rules["target"] = "recipient"
    if (not roles.source and verb is not None and noun.dep_ == "pobj"
            and (trig.cls in FIGHTS or noun.lemma_.lower() in ATTACK_NOUNS
                 or trig.cls in REMOTE_STRIKES and verb.lemma_.lower() in HARMING)
            and noun.head.lower_ in ("in", "during") and noun.head.head == verb and not _is_passive(verb)
            and verb.lemma_.lower() not in OBSERVING and _children(verb, ("dobj",))
            and not tolled_event(noun)):
        # "the army said it had killed 20 rebels in a battle": who killed in it fought it (not "the rebels
        # died in the raid"; not "died, bringing the number of dead in the attack to 11")
        subj = clause_subject(verb)
        if subj and subj[0].dep_ != "expl" and (subj[0].pos_ != "PRON" or verb.dep_ == "ccomp"):
            roles.source, roles.rules["source"] = subj, "subject of the verb done in the fight"
            if verb.lemma_.lower() in LOSING:
                _lost_in_fight(noun, verb, roles)
            elif roles.rules.get("target") is None or roles.rules.get("target") == "preposition" and (
                    trig.cls not in REMOTE_STRIKES):  # "killed five rebels in a clash on Jolo": the rebels
                # fought it too; "killed 12 people in an air strike on Rafah" keeps the place hit
                roles.target = _children(verb, ("dobj",))
                roles.rules["target"] = "object of the verb done in the fight"
    if (not roles.source and verb is not None and trig.cls == "clash" and noun.dep_ == "pobj"
            and noun.head.lower_ in ("in", "during") and noun.head.head == verb
            and roles.rules.get("target") == "preposition" and _with_side(noun)
            and (_is_passive(verb) or verb.lemma_.lower() in DYING)):
        # "18 soldiers were killed in a battle with militants", "two rebels died in clashes with the
        # army": those who fell in a fight with the other side were that fight's other side
        fallen = _children(verb, ("nsubjpass", "nsubj"))
        if fallen and fallen[0].pos_ in ("NOUN", "PROPN"):
            roles.source, roles.rules["source"] = fallen, FELL_IN_FIGHT
    if roles.source and not roles.target and noun.dep_ == "pobj" and noun.head.lower_ in COOPERATIVE and (
            roles.rules.get("source") != "subject of the answer"):  # not "who responded with tear gas"
        # "X decided ..., with the aid of Y": Y helps X
        if verb is not None:
            subj = clause_subject(verb)
            if subj:
                roles.target, roles.rules["target"] = subj, "with-phrase-beneficiary"
    if (not roles.source and verb is not None and noun.dep_ == "pobj" and noun.head.lower_ == "with"
            and noun.head.head == verb and trig.cls in MEANS_CLASSES and not _is_passive(verb)):
        # "stones at security forces, who responded with rubber bullets": who used the means
        subj = clause_subject(verb)
        if subj and subj[0].dep_ != "expl" and subj[0].pos_ in ("NOUN", "PROPN"):
            roles.source, roles.rules["source"] = subj, "user of the means"
    _placed_under(noun, roles)
    held = held_for(noun)
    if held is not None and not roles.target:  # "the activists were flown to France for pre-trial detention"
        roles.target = _children(held, ("nsubjpass", "dobj"))
        if roles.target:
            roles.rules["target"] = "held for custody"
    if not roles.target and (held_there := held_in(noun)):  # "has been held in pretrial detention in Edirne"
        roles.target, roles.rules["target"] = held_there, "held in custody"
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        # "clashes erupted between police and protesters", "fighting was reported between X and Y"
        deps = deps + [c for c in children_of(noun.head) if c.dep_ == "prep" and c.lower_ == "between"]
    _between(deps, roles)
    if own_word and not roles.target:
        roles.target, roles.rules["target"] = own_word, "of-phrase"
    return roles


def _inquired_into(anchor: Token, verb: Token, lex: Lexicon) -> bool:
    """Whether a deed noun is what its governing verb finds or inquires into (``inquiries`` in readings.yaml):
    the verb's object ("UN panel finds mass killings", "the committee examined the torture"), or told after
    a light verb's inquiry ("opened an inquiry into the killing"): its subject did not do it (finders50); not
    a light verb's own object ("Belarus concluded a border agreement")."""
    spec = readings()["inquiries"]
    if verb.lemma_.lower() in spec["verbs"] and verb.lemma_ not in lex.light_verbs:
        return True
    return any(c.dep_ == "dobj" and c.i != anchor.i and c.lemma_.lower() in spec["nouns"]
               for c in children_of(verb))


def _inner_deeds_by(prep: Token, lex: Lexicon) -> bool:
    """Whether a "by" on an inquiry comes right after the phrase of the deed it is into ("an investigation
    into the killings of protesters by soldiers"): the deed's doer, not the inquiry's (finders50)."""
    inquiry = prep.head
    if inquiry.lemma_.lower() not in readings()["inquiries"]["nouns"]:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("into", "of") and c.right_edge.i == prep.i - 1
               and (deed := _pobj(c)) is not None and deed.lemma_.lower() in lex.nouns
               for c in children_of(inquiry))


def _by_after_inquired(noun: Token) -> Token | None:
    """'an investigation into the killings of protesters by soldiers', 'set up a panel to investigate the
    killings of protesters by security forces': a "by" right after the deed's phrase that the parse hung on
    the inquiry or its verb (``inquiries`` in readings.yaml) names the deed's doer (finders50)."""
    doc, spec = noun.doc, readings()["inquiries"]
    nxt = noun.right_edge.i + 1
    if noun.dep_ != "pobj" and noun.dep_ != "dobj" or nxt >= len(doc):
        return None
    by = doc[nxt]
    inquiry = by.head
    if by.lower_ != "by" or by.dep_ not in ("prep", "agent") or not inquiry.is_ancestor(noun) or not (
            inquiry.lemma_.lower() in spec["nouns"] and inquiry.pos_ == "NOUN"
            or inquiry.lemma_.lower() in spec["verbs"] and inquiry.pos_ == "VERB"):
        return None
    return _pobj(by)


def _not_the_subjects(anchor: Token, verb: Token) -> bool:
    """A noun event its governing verb's subject did not do: the setting of the verb's act, after a
    preposition of time or circumstance ("declared a state of emergency after a wave of gang killings",
    "imposed a curfew following gang attacks"), or what the act puts down ("deployed soldiers to quell
    riots") (story47)."""
    if anchor.dep_ == "pobj" and anchor.head.lower_ in SETTING_PREPS and anchor.head.head == verb:
        return True
    if anchor.dep_ == "dobj" and verb.lower_ in SETTING_PREPS and verb.dep_ in ("acl", "advcl", "prep"):
        return True  # "imposed a curfew following gang attacks": "following" parsed as a participle
    if anchor.dep_ == "dobj" and disowned(verb):
        return True  # "Boko Haram did not claim the bombing": done by someone unnamed (conflict48)
    particle = next((c.lower_ for c in children_of(verb) if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    return anchor.dep_ == "dobj" and (lemma in QUELLING or f"{lemma} {particle}" in QUELLING)


AGENT_ENTITIES = {"GPE", "NORP", "ORG"}


def _addressed(trig: Trigger, roles: Roles) -> None:
    """'Baghdad's protest over the Turkish airstrikes was delivered to Ankara's envoy': for a noun whose entry
    lists addressees, the one it was handed to is its target, before what it is over (diplo47)."""
    if not trig.entry.addressees or roles.rules.get("target") not in (None, "preposition"):
        return
    addressed = addressed_to(trig.head)
    if addressed:
        roles.target, roles.rules["target"] = addressed, "addressee"


def patient_owner(noun: Token, owner: Token, cls: str) -> bool:
    """'Navalny's detention', 'his execution': the owner of a deed done to someone, with no "of" naming
    whom, is the one it was done to (``patient_possessors`` in data/readings.yaml); not "Russia's detention
    of the activist" nor "the regime's executions", "Boko Haram's abductions" (many deeds: their doer's)."""
    spec = readings()["patient_possessors"]
    if not (cls in spec["classes"] or noun.lemma_.lower() in spec["nouns"]) or owner.lower_ == "its":
        return False
    if noun.tag_ in ("NNS", "NNPS"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun)):
        return False
    if owner.lemma_.lower() in spec["doers"]:
        return False
    return owner.ent_type_ not in ("GPE", "NORP") or _person_tagged_place(owner, cls, spec)


def _person_tagged_place(owner: Token, cls: str, spec: dict) -> bool:
    """"Khashoggi's killing", "Marielle Franco's murder": a name the tagger took for a place, before a
    killing, is its victim unless the dictionaries know it as a country ("Iran's executions"; targets-2)."""
    return (cls in spec["named_victim_classes"] and owner.pos_ == "PROPN" and owner.ent_type_ == "GPE"
            and not country_word(owner))


def _town_of_deed(mod: Token, cls: str) -> bool:
    """A town's name before a violent deed's noun ("the Kabul blast", "the Mogadishu hotel attack"): the
    deed's place, also when the tagger calls it an organisation but the geocoder placed it ("the Tashkent
    bombings"; wire-5) and the organisations' dictionary has no such name ("Hamas attack": Hamas's, though
    the geocoder finds a place of that name; heads49); a country's name ("an Israeli strike", "Russia
    attack") still names the doer."""
    placed_org = mod.ent_type_ == "ORG" and in_place(mod) and mod.text not in org_words()
    return ((mod.ent_type_ == "GPE" or placed_org) and mod.pos_ == "PROPN"
            and cls in readings()["place_named_deeds"]["classes"] and not country_word(mod)
            and not demonym_word(mod))  # "Kyrgyz shelling": the Kyrgyz forces, not a town


def _by_on_verb(noun: Token) -> Token | None:
    """"condemned the joint military exercises by Australia and the Philippines": a "by" the parse hung on
    the active verb whose object the noun is, naming a state or group, names the noun's doer (targets-2)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or _is_passive(verb):
        return None
    return next((g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i
                 for g in [_pobj(c)] if g is not None and g.ent_type_ in AGENT_ENTITIES), None)


def _asked_for(noun: Token) -> list[Token]:
    """The subject of a clause with "for" and "to" on a noun of asking ("Seoul's call for Pyongyang to return
    to talks"): the one asked (targets-2)."""
    clauses = [c for c in children_of(noun) if c.dep_ in ("acl", "advcl") and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in children_of(c)) and any(
        m.dep_ == "aux" and m.lower_ == "to" for m in children_of(c))]
    return [s for c in clauses for s in children_of(c) if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")]


def _possessor_undergoes(trig: Trigger, roles: Roles) -> None:
    """"Navalny's detention was condemned": Navalny is the one detained, the target; so too with the doer
    after "by" ("Nasrallah's assassination by Israel": Israel did it, to Nasrallah; targets-2)."""
    if roles.rules.get("source") == "by-phrase" and not roles.target:
        owner = next((c for c in children_of(trig.head) if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is not None and patient_owner(trig.head, owner, trig.cls):
            roles.target, roles.rules["target"] = [owner], "possessor undergoes it"
        return
    if roles.rules.get("source") != "possessive" or roles.target:
        return
    if patient_owner(trig.head, roles.source[0], trig.cls):
        roles.target, roles.source = roles.source, []
        roles.rules["target"] = "possessor undergoes it"
        roles.rules.pop("source")


def _from_doer(trig: Trigger, prep: Token) -> bool:
    """'a warning from Beijing', 'a request from the UN': the "from" of a noun of words, offers or help
    (``from_doers`` in data/readings.yaml) names its doer, not a place left ("a withdrawal from the town")."""
    obj = _pobj(prep)
    return (obj is not None and obj.ent_type_ not in NOT_ACTORS and obj.pos_ in ("NOUN", "PROPN")
            and trig.cls in readings()["from_doers"]["classes"])


def _gathered_at(obj: Token, trig: Trigger) -> bool:
    """'voiced support at an emergency session in Cairo': the gathering where an act is done is no target
    of it (an attack at a rally still hits those at the rally); nor is the place a crowd gathers at ("fans
    rioted at a stadium")."""
    if obj.head.lower_ != "at":
        return False
    if trig.cls in CROWD_CLASSES and obj.lemma_.lower() in CROWD_VENUES:  # "fans rioted at a stadium"
        return True
    if trig.cls in SIDED_FIGHTS and obj.lemma_.lower() in GATHERINGS | CROWD_VENUES | CROWD_EVENTS:
        return True  # "rival factions traded blows at a rally": where two sides fight is neither side
    return (obj.lemma_.lower() in GATHERINGS
            and trig.cls not in FIGHTS and trig.head.lemma_.lower() not in ATTACK_NOUNS)


def _amount(tok: Token) -> bool:
    """A word that tells an amount given: "$500 million", "20 million dollars" (a sum of money), also one
    the parser tagged no money ("20 million euros": a currency's name with a number)."""
    return tok.tag_ in AMOUNT_TAGS or (tok.pos_ == "NOUN" and (tok.ent_type_ == "MONEY" or (
        tok.lower_ in MONEY_NOUNS and any(c.dep_ == "nummod" for c in children_of(tok)))))


ACTOR_MODIFIERS = {"police", "army", "military", "government", "rebel", "guerrilla", "militant",
                   "insurgent", "militia", "opposition", "student", "worker", "union", "troop",
                   "security", "navy", "coalition", "regime", "jihadist", "islamist", "armed",
                   "special", "naval", "paramilitary", "governmental", "state", "crew", "gang", "cartel",
                   "junta"}
CRIME_WORDS = {"gang", "cartel"}  # doers of a noun event ("gang killings"; story47), not a partitive's owner
PART_OWNERS = frozenset(ACTOR_MODIFIERS - CRIME_WORDS)


def _placed_under(noun: Token, roles: Roles) -> None:
    """"police placed the mayor under house arrest", "a US national was put under investigation": the one
    placed under it undergoes it, the one who placed them there does it."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under" or noun.head.head.lemma_.lower() not in PLACING:
        return
    verb = noun.head.head
    held = (_children(verb, ("nsubjpass",)) or _conjunct_subject(verb)) if _is_passive(verb) else _children(
        verb, ("dobj",))  # "opposed martial law and was later placed under house arrest" (china-1)
    if not held:
        return
    roles.target, roles.rules["target"] = held, "placed under"
    doer = clause_subject(verb)  # "the officers said they had placed him under house arrest": the reporter
    if doer and doer[0].dep_ != "expl" and (doer[0].pos_ != "PRON" or (
            verb.dep_ == "ccomp" and doer[0].lower_ in REPORTED)):
        roles.source, roles.rules["source"] = doer, "placed them under"


def _forces_owner(forces: Token) -> Token:
    """Whose forces a noun names: its possessor ("Nigeria's troops"), else the subject of the verb the force
    hangs on ("ECOWAS ordered the activation of its standby force", "the AU readied a force"), else the
    forces."""
    poss = next((c for c in children_of(forces) if c.dep_ == "poss"), None)
    if poss is not None and poss.pos_ in ("NOUN", "PROPN"):
        return poss
    tok = forces
    while tok.dep_ in ("pobj", "prep", "dobj") and tok.head.i != tok.i:
        tok = tok.head
        subj = clause_subject(tok) if tok.pos_ in ("VERB", "AUX") else []
        if subj and subj[0].pos_ in ("NOUN", "PROPN"):
            return subj[0]
    return forces


def _reported_it(verb: Token) -> bool:
    """Whether a verb's subject is an "it" that stands for the one reporting it ("ECOWAS said it had ordered
    the deployment of a standby force": ECOWAS), not an expletive."""
    subj = clause_subject(verb)
    return verb.dep_ == "ccomp" and bool(subj) and subj[0].lower_ == "it" and subj[0].dep_ == "nsubj" and any(
        c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in children_of(verb.head))


def _better(new: list[Token], old: list[Token]) -> bool:
    """Whether a clause subject should replace the source found so far."""
    if not new or new[0].lower_ in ("it", "there"):
        return False
    if not old:
        return True
    return all(t.pos_ == "PRON" for t in old) and new[0].pos_ != "PRON"


def _between(deps: list[Token], roles: Roles) -> None:
    """'clashes between X and Y': X acts, Y is acted upon; but one who mediates or stands between
    them ("Mexico offered to mediate between the US and Nicaragua") acts on both."""
    for d in deps:
        if d.dep_ == "prep" and d.lower_ == "between":
            obj = _pobj(d)
            if obj is None:
                continue
            sides = expand(obj)
            if (len(sides) == 1 and sides[0].tag_ in ("NNS", "NNPS") and not roles.source
                    and not _coordinated_modifier(sides) and stepped_into(d.head)):
                # "police intervened in a fight between two groups": the one plural noun is both sides,
                # not the police the sentence names
                roles.source, roles.target = sides, sides
                roles.rules["source"] = roles.rules["target"] = "between"
                continue
            if len(sides) < 2 and not _coordinated_modifier(sides):
                continue
            if roles.rules.get("source") in ("subject", "light-verb-subject") and roles.source and all(
                    _one_party(t) and t not in sides for t in roles.source) and not any(
                    t.lemma_.lower() in SIDES_WORDS for t in roles.source):
                roles.target, roles.rules["target"] = sides, "between"
            else:
                # one noun with coordinated modifiers ("between Armenian and Azerbaijani troops") is both
                # sides: chronica.mentions splits it, the first side the source and the others the target
                roles.source, roles.target = [sides[0]], sides[1:] or [sides[0]]
                roles.rules["source"] = roles.rules["target"] = "between"


CROWD_RIOTS = frozenset({"riot", "rioting", "mob_violence"})
CROWD_FOUGHT = "forces the crowd fought"  # the rule of a riot's target read from the fighting forces


def _crowd_against_forces(trig: Trigger, roles: Roles, lex: Lexicon) -> None:
    """'Police clashed with protesters', 'police and farmers clashed': in a crowd's riot told with the forces
    first, the crowd is the doer and the forces its target, as in "protesters clashed with police"."""
    if trig.cls not in CROWD_RIOTS or not roles.source:
        return
    told = roles.rules.get("target") in (None, "preposition", "object")  # no other side named
    sides = expand(roles.source[0]) if len(roles.source) == 1 and not trig.is_noun and told and (
        trig.head.lemma_.lower() in CROWD_FIGHTS) else []
    if len(sides) > 1:  # "police and protesters clashed", "protesters and police clashed"
        crowd = [t for t in sides if crowd_side(t, lex)]
        forces = [t for t in sides if state_force(t, lex)]
        if crowd and forces and len(crowd) + len(forces) == len(sides):
            roles.source, roles.target = crowd, forces
            roles.rules["source"], roles.rules["target"] = "crowd fighting forces", CROWD_FOUGHT
        return
    if roles.target and all(state_force(t, lex) for t in roles.source) and all(
            crowd_side(t, lex) for t in roles.target):
        roles.source, roles.target = roles.target, roles.source
        roles.rules["source"], roles.rules["target"] = "crowd fighting forces", CROWD_FOUGHT


def _one_party(tok: Token) -> bool:
    """A subject that names one party, not the sides: a noun, or "it", "he", "she" ("Ankara said it was
    willing to mediate between Moscow and Kyiv")."""
    return tok.pos_ in ("NOUN", "PROPN") or tok.pos_ == "PRON" and tok.lower_ in SINGLE_PRONOUNS


def _coordinated_modifier(sides: list[Token]) -> bool:
    """"between GNA and LNA forces": one noun whose coordinated modifiers are the sides (they are
    split into two actors in :mod:`chronica.mentions`)."""
    return len(sides) == 1 and any(
        c.dep_ in ("amod", "nmod", "compound") and any(g.dep_ == "conj" for g in children_of(c))
        for c in children_of(sides[0]))


def _reciprocal(trig: Trigger, roles: Roles) -> None:
    """"Turkey and Greece agreed to resume talks": both act, and each is the other's target; the
    target is the second (a target that is what they agreed on or exchanged, "agreed to a
    ceasefire", "exchanged fire", is no side). Coordinated modifiers ("Indian and Pakistani
    troops") are split in :mod:`chronica.mentions`."""
    parties = _two_parties(roles.source)
    if not mutual(trig) or (len(roles.source) != 1 and not parties):
        return
    dealt = _dealt_with(roles.target)
    if dealt and (parties or len(expand(roles.source[0])) >= 2):
        roles.target, roles.rules["target"] = dealt, "party dealt with"  # "X and Y cut ties with Z": Z
        return
    topics = [t for t in roles.target if t.dep_ == "pobj" and (t.head.lower_ in TOPIC_PREPS or (
        t.head.lower_ == "of" and trig.first <= t.head.head.i < trig.last)  # "a pact of reconciliation"
        or (t.head.lower_ in VENUE_PREPS and not _fight(trig)))]  # "signed a deal at the White House"
    if any(not (trig.first <= t.i < trig.last or t.lemma_.lower() in RECIPROCAL_THINGS or t in topics)
           for t in roles.target):
        return
    sides = parties or expand(roles.source[0])
    if parties:
        roles.source = parties[:1]
    if len(sides) >= 2:
        roles.target = sides[1:] + [t for t in roles.target if t not in topics]
        roles.rules["target"] = "other side"


OFFERED_THINGS = frozenset(_actor_words()["offered_things"])  # "a U.N. peace plan": the UN's offer


def _third_party_offer(trig: Trigger) -> bool:
    """Does the verb take up an offer a third party's name marks ("accepted a U.N. peace plan", "agreed to
    Egypt's proposal", "backed the Saudi initiative"; leftovers63)?"""
    verb = trig.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    things = [c for c in children_of(verb) if c.dep_ == "dobj"] or [  # "sealed an accord on a European plan":
        o for p in children_of(verb) if p.dep_ == "prep" and p.lower_ in ("to", "on")  # their accord (lead63)
        for o in children_of(p) if o.dep_ == "pobj"]
    return any(t.lemma_.lower() in OFFERED_THINGS and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" or c.dep_ in ("compound", "amod", "nmod") and c.i < t.i
        and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") for c in children_of(t)) for t in things)


def _dealt_with(things: list[Token]) -> list[Token]:
    """The party after "with" of what two sides make or end ("normalised relations with Israel", "cut ties
    with Qatar"): a third party, so the coordinated doers act together on it (lists54); else none."""
    for thing in things:
        if thing.lemma_.lower() not in RECIPROCAL_THINGS:
            continue
        for prep in children_of(thing):
            if prep.dep_ != "prep" or prep.lower_ != "with":
                continue
            party = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
            if party is not None and party.lemma_.lower() not in RECIPROCAL_THINGS and (
                    party.pos_ == "PROPN" or party.ent_type_ in ("GPE", "ORG", "NORP")
                    or party.tag_ == "NNS"):
                return [party]
    return []


def _quarrel_topic(trig: Trigger, roles: Roles) -> None:
    """"Italy spars with France over migrants": what two sides quarrel over is their topic, no side (the
    other side is the one quarrelled with)."""
    if trig.cls != "dispute":
        return
    kept = [t for t in roles.target if not (t.dep_ == "pobj" and t.head.lower_ in TOPIC_PREPS)]
    if len(kept) < len(roles.target):
        roles.target = kept


def _fight(trig: Trigger) -> bool:
    """A clash or an exchange of fire: what it is "at" keeps its reading (the venue rule is for dealings)."""
    return trig.cls in FIGHTS or trig.cls in RECIPROCAL_FIRE or trig.head.lemma_.lower() in ATTACK_NOUNS


def mutual(trig: Trigger) -> bool:
    """Is the event one two sides do to each other: a reciprocal class, or a phrase of shelling opening with
    "exchanged" or "traded" ("exchanged artillery fire", "traded mortar fire")? Not when they take up a third
    party's offer ("Morocco and the Polisario accepted a U.N. peace plan": both accept, the UN's plan)."""
    return trig.cls in RECIPROCAL and not _third_party_offer(trig) or (
        trig.kind == "phrase" and trig.cls in RECIPROCAL_FIRE
        and trig.head.doc[trig.first].lemma_.lower() in RECIPROCAL_OPENERS)


def _two_parties(source: list[Token]) -> list[Token]:
    """The two sides of a subject the parse split in two at its "and" ("Sudanese rebels and the government
    held talks": two subjects), else none."""
    if len(source) == 2 and (_ends_in_and(source[0]) or _comma_pair(source)) and (
            source[0].head == source[1].head):
        return list(source)
    return []


def _comma_pair(source: list[Token]) -> bool:
    """A headline's two subjects joined by a comma alone ("Putin, Xi hold phone talks on Ukraine";
    speech48)."""
    first, second = source
    gap = first.doc[first.right_edge.i + 1:second.left_edge.i]
    return (first.dep_ == second.dep_ == "nsubj" and len(gap) == 1 and gap[0].text == ","
            and first.pos_ == second.pos_ == "PROPN")


def _each_other(roles: Roles) -> None:
    """"Armenia and Azerbaijan blamed each other": coordinated doers act on one another, the second is the
    target; "rival gangs attacked one another": the plural doers are their own target."""
    if len(roles.source) != 1 or not any(
            (t.lower_ in ("other", "another") and any(c.lower_ in ("each", "one") for c in children_of(t)))
            or (t.lower_ == "one" and any(c.lower_ == "another" for c in t.children)) for t in roles.target):
        return
    sides = expand(roles.source[0])
    if len(sides) >= 2 or (sides and sides[0].tag_ in ("NNS", "NNPS")):
        roles.target, roles.rules["target"] = sides[1:] or sides, "each other"


def _reflexive_object(trig: Trigger, roles: Roles) -> None:
    """"The parliament voted to dissolve itself": a reflexive object whose antecedent is an object the trigger
    lists (what made the event) is that antecedent, the doer's own body (crisis-2)."""
    if len(roles.target) != 1 or not trig.entry.objects:
        return
    antecedent = reflexive_antecedent(roles.target[0])
    if antecedent is not None and trig.entry.objects.get(antecedent.lemma_.lower()) is not None:
        roles.target, roles.rules["target"] = [antecedent], "antecedent of a reflexive object"


def _one_plural_side(trig: Trigger, roles: Roles) -> None:
    """"Rival clans clashed over water": one plural armed collective that clashes with no one named fights
    among itself, so it is both sides (``fights.collectives`` in data/readings.yaml; roles28b)."""
    if trig.cls not in SIDED_FIGHTS or len(roles.source) != 1 or roles.source[0].tag_ not in ("NNS", "NNPS"):
        return
    side = roles.source[0]
    named = ("other side", "each other", "between", "defender")
    if roles.rules.get("target") in named or len(expand(side)) > 1:
        # "herders and militiamen exchanged gunfire": two sides named; "the LNA repelled an attack by
        # militias": the defenders are the other side (roles248)
        return
    collectives = readings()["fights"]["collectives"]
    if counted(side).lemma_.lower() not in collectives and not _of_collectives(side, collectives):
        return
    arms = readings()["fights"].get("arms") or ()
    if any(t.dep_ == "pobj" and t.head.lower_ in ("with", "against") and t.lemma_.lower() not in arms
           for t in roles.target):
        return
    foes = readings()["fights"].get("foes") or ()
    if any(t.dep_ == "dobj" and t.head == trig.head and (t.pos_ == "PROPN" or t.lemma_.lower() in foes or any(
            c.pos_ == "PROPN" for c in t.children)) for t in roles.target):
        return  # "Wazalendo militias fought M23 rebels": the object named is the other side (round africa63)
    roles.target, roles.rules["target"] = [side], "one plural side"


def _of_collectives(side: Token, collectives: list[str]) -> bool:
    """'Gunmen from rival clans', 'militiamen of two clans': men of a plural collective are its sides too."""
    return any(prep.lower_ in ("of", "from") and any(
        o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") and o.lemma_.lower() in collectives
        for o in prep.children) for prep in side.children if prep.dep_ == "prep")


UNDERGOING = {"come", "be", "remain"}  # "came under attack", "were under fire"
UNDER_FROM = {"from", "by"}
# verbs whose subject undergoes the deed their object names: "Qatar faced a blockade imposed by Saudi Arabia"
FACING = {"face", "suffer", "endure", "weather", "withstand"}


def _died_in_custody(trig: Trigger, roles: Roles) -> None:
    """"A journalist died in police custody": the one who died is the target, and the custodian the "custody"
    names ("police", "military", "Israeli") the doer (press-3)."""
    verb = trig.head
    if trig.is_noun or verb.lemma_.lower() not in CUSTODY_DEATH_VERBS:
        return
    held = next((g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "in" for g in children_of(c)
                 if g.dep_ == "pobj" and g.lemma_.lower() in CUSTODY_DEATH_NOUNS), None)
    if held is None:
        return
    dead = [s for s in _children(verb, ("nsubj",)) if s.pos_ in ("NOUN", "PROPN")]
    keepers = [c for c in children_of(held) if c.dep_ in ("compound", "amod", "poss") and c.pos_ != "PRON"]
    roles.target, roles.rules["target"] = dead, "died in custody"
    roles.source = keepers[:1]
    roles.rules["source"] = "custodian"


def _faced(trig: Trigger, roles: Roles) -> None:
    """"Qatar faced a land, sea and air blockade imposed by Saudi Arabia": the subject of a verb of facing
    undergoes the deed its object names, or that a participle on its object tells (roles49)."""
    head = trig.head
    noun = head.head if head.dep_ == "acl" and head.tag_ == "VBN" else head
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in FACING:
        return
    if trig.is_noun and noun is not head:
        return
    held = [s for s in _children(noun.head, ("nsubj",)) if s.pos_ in ("NOUN", "PROPN")]
    if held and (not roles.target or roles.target == [noun]):
        roles.target, roles.rules["target"] = held, "faced"


def _came_under(trig: Trigger, roles: Roles) -> None:
    """"Peacekeepers came under attack near Gao", "the troops came under fire from gunmen": the subject
    undergoes it, and whoever it came from did it."""
    head = trig.head
    if head.dep_ == "pobj" and head.head.lower_ == "under":
        noun = head
    else:
        noun = next((g for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "under"
                     for g in children_of(c) if g.dep_ == "pobj"), None)
    if noun is None or noun.head.head.lemma_.lower() not in UNDERGOING:
        return
    verb = noun.head.head
    held = _children(verb, ("nsubj",))
    if not held or held[0].pos_ not in ("NOUN", "PROPN"):
        return
    roles.target, roles.rules["target"] = held, "came under"
    roles.source = [g for t in (noun, verb) for c in t.children if c.dep_ == "prep" and c.lower_ in UNDER_FROM
                    for g in children_of(c) if g.dep_ == "pobj"][:1]
    roles.rules.pop("source", None)
    if roles.source:
        roles.rules["source"] = "came under ... from"


def _survived(trig: Trigger, roles: Roles) -> None:
    """"Robert Fico survived an assassination attempt", "the governor escaped an ambush": the survivor
    underwent the act its noun names, done by the noun's "by" if any (``survived`` in data/readings.yaml)."""
    noun, spec = trig.head, readings()["survived"]
    if not trig.is_noun or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in spec["verbs"]:
        return
    survivors = clause_subject(noun.head)
    if not survivors or survivors[0].pos_ not in ("NOUN", "PROPN", "PRON"):
        return
    roles.target, roles.rules["target"] = survivors, "survived"
    roles.source = [g for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in spec["doers"]
                    for g in children_of(c) if g.dep_ == "pobj"][:1]
    roles.rules.pop("source", None)
    if roles.source:
        roles.rules["source"] = "survived ... by"


def _on_trial(trig: Trigger, roles: Roles) -> None:
    """"Kizza Besigye went on trial before a military court", "twelve activists stood trial": the subject is
    tried (the target), the court it stands "before" tries them, else no one is named (``on_trial`` in
    data/readings.yaml). "A Moscow court put the journalist on trial" keeps its object."""
    spec, verb = readings()["on_trial"], trig.head
    words = tokens_of(verb.doc)[trig.first:trig.last]  # the Doc's kept Tokens: no Span made
    noun = next((t for t in words if t.lemma_.lower() in spec["nouns"]), None) or next(
        (t for t in _children(verb, ("dobj",)) if t.lemma_.lower() in spec["nouns"]), None)  # "faces charges"
    if noun is None or trig.kind == "noun":
        return
    if not (noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head == verb
            and verb.lemma_.lower() in spec["on_verbs"]
            or noun.dep_ == "dobj" and noun.head == verb and verb.lemma_.lower() in spec["object_verbs"]):
        return
    tried = _children(verb, ("nsubj", "nsubjpass"))
    if not tried or tried[0].pos_ not in ("NOUN", "PROPN"):
        return
    if noun.dep_ == "pobj" and _children(verb, ("dobj",)):  # "put the journalist on trial": its object
        return
    roles.target, roles.rules["target"] = tried, "on trial"
    roles.source = [g for t in (noun, verb) for c in children_of(t)
                    if c.dep_ == "prep" and c.lower_ in spec["courts"]
                    for g in children_of(c) if g.dep_ == "pobj"][:1]
    roles.rules.pop("source", None)
    if roles.source:
        roles.rules["source"] = "tried before"


def _adverbial_doer(verb: Token) -> list[Token]:
    """The subject of the verb a participle with no subject of its own hangs on, through a preposition or as
    an adverbial clause ("the government fell after losing a no-confidence vote": the government)."""
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        governor = verb.head.head
    elif verb.dep_ == "advcl" and verb.tag_ == "VBG":
        governor = verb.head
    else:
        return []
    return _children(governor, ("nsubj", "nsubjpass")) if governor.pos_ in ("VERB", "AUX") else []


def _lost_vote(trig: Trigger, roles: Roles) -> None:
    """"The government lost a no-confidence vote in parliament", "the government fell after losing a
    no-confidence vote": the subject (of the clause a participle hangs on) is removed from office (the
    target), the chamber the vote was lost "in" removes it, else no one is named (``lost_votes`` in
    data/readings.yaml)."""
    spec, verb = readings()["lost_votes"], trig.head
    if trig.kind != "verb" or verb.lemma_.lower() not in spec["verbs"]:
        return
    removed = _children(verb, ("nsubj", "nsubjpass")) or _adverbial_doer(verb)
    if not removed or removed[0].pos_ not in ("NOUN", "PROPN"):
        return
    roles.target, roles.rules["target"] = removed, "lost a vote"
    roles.source = [g for t in (verb, *_children(verb, ("dobj",))) for c in children_of(t)
                    if c.dep_ == "prep" and c.lower_ in spec["chambers"]
                    for g in children_of(c) if g.dep_ == "pobj"][:1]
    roles.rules.pop("source", None)
    if roles.source:
        roles.rules["source"] = "vote lost in"


def _called_object(trig: Trigger, roles: Roles) -> None:
    """"The Kremlin declared TV Rain a foreign agent", read as a clause whose subject is the group and whose
    head is the label: the group is the one labelled (a verb with ``labels`` in data/triggers.yaml)."""
    if trig.kind != "verb" or not trig.entry.labels or roles.target and roles.rules.get("target") != "object":
        return
    objects = _children(trig.head, ("dobj",))
    if len(objects) > 1:  # "designated the Muslim Brotherhood a terrorist group": the first is the group
        roles.target, roles.rules["target"] = objects[:1], "labelled object"
        return
    labelled = [s for c in _children(trig.head, ("ccomp",)) if c.pos_ == "NOUN"
                for s in _children(c, ("nsubj",))]
    if labelled and labelled[0].pos_ in ("NOUN", "PROPN"):
        roles.target, roles.rules["target"] = labelled[:1], "labelled object"


def _received(trig: Trigger, roles: Roles, lex: Lexicon) -> None:
    """"Pakistan faced criticism from the United States", "Angola accepted Cuban military help",
    "Nicaragua received a shipment of Soviet arms": the one who receives undergoes it, and whoever it
    came from ("from", "by", or an owner named in the thing) did it. Not a release someone secures
    ("Qatar secured the release of five Americans": the freed are its object, lead48)."""
    head = trig.head
    if trig.cls in RELEASED_CLASSES:
        return
    if trig.is_noun and head.dep_ == "pobj" and head.head.lower_ == "in":  # "received $3 billion in aid"
        above = head.head.head
        head = above if above.dep_ == "dobj" else next(iter(_children(above, ("dobj",))), head)
    if trig.is_noun:
        if head.dep_ != "dobj" or not _receiving(head.head, head):
            return
        verb, thing = head.head, head
    else:
        thing = next(iter(_children(head, ("dobj",))), None)
        if head.lemma_.lower() not in RECEIVING_VERBS | BUYING_VERBS or thing is None \
                or trig.cls not in RECEIVED_CLASSES and not _received_visit(trig, thing):
            return
        verb = head
    receivers = _children(verb, ("nsubj",))
    if receivers and receivers[0].lower_ in RELATIVE and verb.dep_ == "relcl":
        receivers = [verb.head]  # "the opposition leader, who received a five-year sentence"
    what = [o for c in children_of(thing) if c.dep_ == "prep" and c.lower_ == "in"  # "$1 billion in loans
            for o in [_pobj(c)] if o is not None]  # from China": the "from" hung on what the sum is
    what += _counted_of(thing, lex)  # "took delivery of the first batch of jets from Denmark" (aid48)
    givers = [g for t in (trig.head, thing, verb, *what) for c in children_of(t)
              if c.dep_ == "prep" and c.lower_ in UNDER_FROM for g in children_of(c) if g.dep_ == "pobj"][:1]
    if not receivers or receivers[0].pos_ not in ("NOUN", "PROPN") or lex.lemma(receivers[0]) in lex.nouns:
        # "the exercise drew a warning from Tokyo": Tokyo warned, not the exercise
        if givers and trig.is_noun and roles.source in ([], receivers) and _from_doer(trig, givers[0].head):
            roles.source, roles.rules["source"] = givers, "received from"
            owners = [c for r in receivers[:1] for c in children_of(r) if _owner_word(c)][:1]
            if owners and not roles.target:  # "the Chinese nuclear test drew protests from Japan": at China
                roles.target, roles.rules["target"] = owners, "owner of the act received"
        return  # "India's ban on Chinese apps drew protests": an act that drew them, told as the news
    if not givers:  # "Cuban military help", "a shipment of Soviet arms": the thing names its owner
        things = [thing, *(g for c in children_of(thing) if c.dep_ == "prep" and c.lower_ == "of"
                           for g in children_of(c) if g.dep_ == "pobj")]
        givers = [t for t in things if any(_owner_word(c) for c in children_of(t))][:1]
    if not givers and trig.is_noun:  # "won the backing of the Non-Aligned Movement": a name after "of"
        givers = [t for t in things[1:] if t.pos_ == "PROPN"][:1]
    if not givers and trig.cls in UNDERGONE_RECEIPTS and roles.source == receivers:
        # "received threats", "received a life sentence"
        roles.source, roles.target, roles.rules["target"] = [], receivers, "received"
        roles.rules.pop("source", None)
        return
    if not givers:  # "accepted the resignation of the minister": no giver named, the parse's roles stand
        return
    roles.target, roles.rules["target"] = receivers, "received"
    roles.source, roles.rules["source"] = givers, "received from"


def _received_visit(trig: Trigger, thing: Token) -> bool:
    """A visit received as a thing ("received a courtesy call from the Saudi ambassador"; statemedia-4)."""
    return trig.cls == "visit" and thing.lemma_.lower() in RECEIVED_VISITS


def _counted_of(thing: Token, lex: Lexicon) -> list[Token]:
    """What a received amount or delivery is of, which the parse may hang a "from" on ("took delivery of the
    first batch of jets from Denmark", "received the first batch of vaccines from China"); not what other
    nouns are of ("accepted the resignation of the minister from the party")."""
    out: list[Token] = []
    word = thing
    while word.lemma_.lower() in lex.partitives or word is thing and word.lemma_.lower() in TAKEN_RECEIPTS:
        of = next((c for c in children_of(word) if c.dep_ == "prep" and c.lower_ == "of"), None)
        word = _pobj(of) if of is not None else None
        if word is None or word in out:
            break
        out.append(word)
    return out


def _receiving(verb: Token, thing: Token) -> bool:
    """A verb of receiving ("received", "obtained"), or "take" with a noun of receipt ("took delivery of")."""
    lemma = verb.lemma_.lower()
    return lemma in RECEIVING_VERBS or lemma == "take" and thing.lemma_.lower() in TAKEN_RECEIPTS


def _owner_word(tok: Token) -> bool:
    """A word naming whose a thing is: a possessor ("Britain's aid") or a nationality ("Cuban help")."""
    return (tok.dep_ == "poss" and tok.pos_ != "PRON") or (
        tok.dep_ in ("amod", "compound") and tok.ent_type_ in ("NORP", "GPE"))


def _holder(freed: Token) -> Token | None:
    """Who held the people freed: "five Americans held by Iran" or "held in Iran" (a state named as the
    place), "hostages held by Hamas"; None when not said (lead48)."""
    for verb in children_of(freed):
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in HOLDING:
            continue
        for prep in children_of(verb):
            obj = _pobj(prep) if prep.dep_ in ("agent", "prep") else None
            if obj is not None and (prep.dep_ == "agent" or prep.lower_ == "in" and obj.ent_type_ == "GPE"):
                return obj
    return None


def _deployed(trig: Trigger, roles: Roles) -> None:
    """"Hundreds of Kenyan police officers were deployed to Haiti": the forces deployed are the ones
    who mobilise (no one else is named), on the place they go to."""
    verb = trig.head
    if (trig.is_noun or trig.cls not in DEPLOYING | WITHDRAWING or roles.source or not _is_passive(verb)
            or _agent(verb) or len(roles.target) != 1):
        return
    forces = roles.target[0]
    counted = forces
    if forces.lemma_.lower() not in DEPLOYED:  # "hundreds of officers"
        counted = next((g for c in children_of(forces) if c.dep_ == "prep" and c.lower_ == "of"
                        for g in children_of(c) if g.dep_ == "pobj"), forces)
    if counted.lemma_.lower() not in DEPLOYED or forces.dep_ != "nsubjpass":
        return
    roles.source, roles.rules["source"] = [forces], "forces deployed"
    if trig.cls in WITHDRAWING:  # "the Ivorian contingent was withdrawn from Mali": it leaves (lead48)
        roles.target = _prep_targets(list(children_of(verb)), {"from"})
        roles.rules["target"] = "place withdrawn from"
        return
    roles.target = _prep_targets(list(children_of(verb)), {"in", "to", "into"})
    roles.rules["target"] = "place deployed to"


def _named_side(tok: Token, forces: frozenset[str]) -> bool:
    """Forces told with a nationality or a state ("Iraqi divisions", "Iraq's troops"); a state alone ("as
    Ankara pressed Damascus") may be the mobiliser itself."""
    return tok.lemma_.lower() in forces and any(_owner_word(c) or (
        c.dep_ == "compound" and c.pos_ == "PROPN") for c in children_of(tok))


def _retaliated_against(trig: Trigger, roles: Roles) -> None:
    """"China retaliated against Japan by banning seafood imports": the act of a "by" clause under a verb of
    answering ("retaliated", "hit back") is aimed at whom the answer is ("against", "at"), unless its own
    object names people ("by expelling 35 diplomats"; relations-4)."""
    verb = trig.head
    if trig.is_noun or verb.dep_ != "pcomp" or verb.head.lower_ != "by":
        return
    answer = verb.head.head
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in children_of(answer))
    if answer.lemma_.lower() not in ANSWERING and not (back and answer.lemma_.lower() in {"hit", "strike"}):
        return
    if any(t.pos_ == "PROPN" or t.pos_ == "PRON" or _freed_people(t) for t in roles.target):
        return
    aimed = _prep_targets(list(children_of(answer)), {"against", "at"})
    if aimed:
        roles.target, roles.rules["target"] = aimed, "whom the answer is against"


def _answered(trig: Trigger, roles: Roles) -> None:
    """"Armenia put its forces on alert as fighting with Azerbaijani troops spread": a mobilisation with no
    target answers the other side of a fight, or forces of a named side, told in its "as" clause
    (``answered_clauses`` in data/readings.yaml)."""
    spec = readings()["answered_clauses"]
    verb = governing_verb(trig.head) if trig.is_noun else trig.head
    shown = readings()["warning_shots"]["class"]  # "fired warning flares": what was fired is no side
    own = all(t.lemma_.lower() in spec["forces"] | DEPLOYED or trig.cls == shown and t.dep_ == "dobj"
              and t.head == verb for t in roles.target)  # "put its army on alert"
    if not own or verb is None or trig.cls not in spec["classes"]:
        return
    for clause in _children(verb, ("advcl",)):
        marks = [c for c in children_of(clause) if c.dep_ == "mark" and c.lower_ in spec["marks"]]
        if not marks:
            continue
        words = [t for t in clause.subtree if t.i > trig.last]
        fights = [t for t in words if t.lemma_.lower() in spec["fights"] or t.lower_ in spec["fights"]]
        other = [p for f in fights for p in _prep_targets(list(children_of(f)), set(spec["preps"]))
                 if p.ent_type_ in ("GPE", "NORP") or p.lemma_.lower() in spec["forces"]]
        subject = [s for s in _children(clause, ("nsubj",)) if _named_side(s, spec["forces"])]
        if other or subject:
            roles.target = (other or subject)[:1]
            roles.rules["target"] = "side answered in an 'as' clause"
            return


def _request_answered(trig: Trigger, roles: Roles) -> None:
    """"Cairo's request to Addis Ababa was rejected": a request told as the subject of a passive verb with no
    doer was answered by the one it was put to (its "to"), and the answer goes to whose request it was
    (``answered_requests`` in data/readings.yaml; targets-2)."""
    verb = trig.head
    if trig.is_noun or roles.source or not _is_passive(verb) or _agent(verb):
        return
    for asked in _children(verb, ("nsubjpass",)):
        if asked.lemma_.lower() not in readings()["answered_requests"]["nouns"]:
            continue
        owner = [c for c in children_of(asked) if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
        put_to = [g for c in children_of(asked) if c.dep_ == "prep" and c.lower_ == "to" for g in [_pobj(c)]
                  if g is not None and g.pos_ in ("NOUN", "PROPN")]
        if owner and put_to:
            roles.source, roles.rules["source"] = put_to[:1], "one the request was put to"
            roles.target, roles.rules["target"] = owner[:1], "owner of the request"
            return


def find_roles(trig: Trigger, lex: Lexicon) -> Roles:
    """Source and target heads for a trigger (before coordination is expanded)."""
    roles = noun_roles(trig, lex) if trig.is_noun else verb_roles(trig, lex)
    _headline_sides(trig, roles)
    _came_under(trig, roles)
    _faced(trig, roles)
    _survived(trig, roles)
    _on_trial(trig, roles)
    _lost_vote(trig, roles)
    _called_object(trig, roles)
    _received(trig, roles, lex)
    _died_in_custody(trig, roles)
    _kept_from(trig, roles)
    _gift_from_to(trig, roles)
    _deployed(trig, roles)
    _answered(trig, roles)
    _request_answered(trig, roles)
    _retaliated_against(trig, roles)
    _sent_away_after(trig, roles)
    _hit_device(trig, roles)
    _conferred_with(trig, roles)
    _left_body(trig, roles)
    _cleared_of(trig, roles)
    _second_verb(trig, roles, lex)
    _shared_object(trig, roles)
    _quarrel_topic(trig, roles)
    _reciprocal(trig, roles)
    _crowd_against_forces(trig, roles, lex)
    _each_other(roles)
    _reflexive_object(trig, roles)
    _one_plural_side(trig, roles)
    _hosted(trig, roles)
    _declared(trig, roles)
    _glued_object(trig, roles)
    _joined_crowd(trig, roles)
    _no_sides(roles)
    return roles


def _joined_crowd(trig: Trigger, roles: Roles) -> None:
    """"The opposition leader joined protesters in Nairobi": the crowd joined protests beside the joiner,
    it is not what the protest is aimed at (lead57)."""
    if trig.cls in ("protest", "strike") and not trig.is_noun and trig.head.lemma_.lower() == "join":
        roles.target = []
        roles.rules["target"] = "joined crowd: no target"


def _second_verb(trig: Trigger, roles: Roles, lex: Lexicon) -> None:
    """"AU suspends Niger, demands return to constitutional order": a verb joined to the one before by a
    comma alone, whose object is only an act, is aimed at the first verb's object (bloc49)."""
    verb = trig.head
    if trig.is_noun or verb.dep_ != "conj" or verb.head.pos_ != "VERB" or verb.doc[verb.i - 1].text != ",":
        return
    if any(c.dep_ in SUBJ or c.dep_ == "nsubjpass" for c in children_of(verb)) or any(
            c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in children_of(verb.head)):
        return
    if not all(t.pos_ == "VERB" or t.lemma_.lower() in lex.nouns for t in roles.target):
        return  # "Rebels attacked, killed 5": an object of its own
    first = [o for o in _children(verb.head, ("dobj",)) if o.pos_ in ("PROPN", "NOUN")
             and o.lemma_.lower() not in lex.nouns]
    if first:
        roles.target, roles.rules["target"] = first[:1], "object of the verb before the comma"


def _shared_object(trig: Trigger, roles: Roles) -> None:
    """"Security forces arrested, beat and tortured dozens of students": a verb with no object of its own in a
    series sharing its subject is aimed at the object of the next verb that has one (``shared_objects`` in
    data/readings.yaml; rights-4)."""
    verb = trig.head
    if (trig.is_noun or roles.target or trig.cls not in readings()["shared_objects"]["classes"]
            or _children(verb, ("dobj", "nsubjpass", "dative", "prep", "agent", "xcomp", "ccomp"))):
        return
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    if first is not verb and _children(verb, SUBJ):
        return  # "... and the court charged him": a verb with a subject of its own
    series = sorted((v for v in first.subtree if v.i > verb.i and v.pos_ == "VERB" and _in_series(v, first)),
                    key=lambda v: v.i)
    for later in series:
        if _children(later, SUBJ) or _children(later, ("nsubjpass", "auxpass")):
            return  # "Police arrested and the court charged him"
        objects = _children(later, ("dobj",))
        if objects:
            roles.target, roles.rules["target"] = objects[:1], SHARED_OBJECT
            return


def _in_series(verb: Token, first: Token) -> bool:
    """Whether ``verb`` is joined to ``first`` through conjunctions alone."""
    while verb.dep_ == "conj" and verb.i != first.i:
        verb = verb.head
    return verb.i == first.i


def _left_body(trig: Trigger, roles: Roles) -> None:
    """"Mali, Burkina Faso and Niger withdrew from ECOWAS", "announced their withdrawal from the bloc",
    "pulled out of the alliance": the body left is the target of the ties cut, not the states that leave
    together (bloc49)."""
    if roles.target or trig.cls != "break_relations":
        return
    preps = [c for c in children_of(trig.head) if c.dep_ == "prep" and c.lower_ == "from"]
    preps += [o for c in children_of(trig.head) if c.lower_ == "out"
              for o in children_of(c) if o.lower_ == "of"]  # "pulled out of ECOWAS"
    left = [o for p in preps for o in [_pobj(p)]
            if o is not None and complement_class(trig.entry, o) == trig.cls]
    if left:
        roles.target, roles.rules["target"] = left[:1], "body left"


def _cleared_of(trig: Trigger, roles: Roles) -> None:
    """"Security forces cleared the roundabout of protesters", "the square was cleared of demonstrators": the
    crowd after "of" (on the verb or its object), which gave the dispersal its class, is the target, not the
    place cleared (disperse57)."""
    if trig.is_noun or trig.cls not in DISPERSING or not trig.entry.complements:
        return
    holders = [trig.head, *_children(trig.head, ("dobj",))]
    crowd = [o for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "of"
             for o in [_pobj(c)] if o is not None and complement_class(trig.entry, o) == trig.cls]
    if crowd:
        roles.target, roles.rules["target"] = crowd[:1], "crowd cleared from a place"


def _kept_from(trig: Trigger, roles: Roles) -> None:
    """"The junta blocked aid from reaching cyclone victims", "prevented food aid from reaching El Fasher":
    aid kept from people is aimed at those it was to reach, not at the aid (``kept_from`` in
    actors/data/mentions.yaml; aid48)."""
    spec = _actor_words()["kept_from"]
    if trig.is_noun or trig.cls not in spec["classes"]:
        return
    for prep in children_of(trig.head):
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        goes = [g for g in children_of(prep) if g.dep_ == "pcomp" and g.lemma_.lower() in spec["verbs"]]
        reached = [o for g in goes for o in children_of(g) if o.dep_ == "dobj"] or [
            o for g in goes for p in children_of(g) if p.dep_ == "prep" and p.lower_ in ("to", "in", "into")
            for o in children_of(p) if o.dep_ == "pobj"]
        if reached:
            roles.target, roles.rules["target"] = reached[:1], "kept from"
            return


def _gift_from_to(trig: Trigger, roles: Roles) -> None:
    """"A $2 billion loan from China to Sri Lanka was rescheduled": a verb acting on a gift told with its
    giver and receiver is aimed at the receiver, and done by the giver when no one else is said to do it
    (``gifts_from_to`` in actors/data/mentions.yaml; aid248)."""
    if trig.is_noun:
        return
    gifts = [t for t in _children(trig.head, ("dobj", "nsubjpass"))
             if t.lemma_.lower() in _actor_words()["gifts_from_to"]]
    for gift in gifts:
        givers = _prep_targets(list(children_of(gift)), {"from"})
        receivers = _prep_targets(list(children_of(gift)), {"to"})
        if givers and receivers:
            roles.target, roles.rules["target"] = receivers, "receiver of the gift acted on"
            if not roles.source:
                roles.source, roles.rules["source"] = givers, "giver of the gift acted on"
            return


CONFERRING = {"consult", "phone", "negotiate"}
TOPIC_VERBS = {"discuss", "debate", "review", "explore"}  # their object is what is talked about, not a party


def _conferred_with(trig: Trigger, roles: Roles) -> None:
    """"Macron discussed air defence with Zelenskiy": talks are with the one their "with" names, and what
    they were about (the object of a verb of discussing) is no party; so too for the purpose clause of a
    call or talks with someone ("held a call with Zelenskiy to discuss air defence"; speech48)."""
    verb = trig.head
    if (trig.is_noun or trig.cls not in CONFERRING or verb.lemma_.lower() not in TOPIC_VERBS
            or roles.rules.get("target") != "object"):
        return
    held = [verb.head, *_children(verb.head, ("dobj",))] if verb.dep_ in ("advcl", "xcomp") else []
    for anchor in [verb, *_children(verb, ("dobj",)), *held]:  # the parse may hang the "with" on the object
        partners = _prep_targets(list(children_of(anchor)), {"with"})
        if partners:
            roles.target, roles.rules["target"] = partners, "with"
            return
    called = [o for o in _children(verb.head, ("dobj",)) if o.pos_ == "PROPN"] if held else []
    if called:  # "Scholz called Zelenskiy to discuss air defence": with the one called (lead48c)
        roles.target, roles.rules["target"] = called[:1], "the one called"


def _declared(trig: Trigger, roles: Roles) -> None:
    """"Peru's Congress declared the Mexican president persona non grata": a phrase trigger that is what a
    verb of declaring makes of someone acts on the words between the verb and the phrase, whatever the parse
    made of them (the model reads "persona" as a verb with "the president" its subject), and is done by the
    verb's subject (diplo47)."""
    verb = trig.head if trig.head.i < trig.first else trig.head.head
    if trig.kind != "phrase" or verb.lemma_.lower() not in DECLARING or verb.i >= trig.first:
        return
    if any(c.dep_ == "mark" for c in children_of(trig.head)):  # "declared a state of emergency after gangs
        return  # took hostages": a clause of its own, not what was declared (lead48d)
    gap = range(verb.i + 1, trig.first)
    roots = [t for t in trig.head.doc[verb.i + 1:trig.first] if t.head.i not in gap
             and t.pos_ in ("NOUN", "PROPN", "ADJ")] or _children(verb, ("nsubjpass",))  # "was declared"
    subject = clause_subject(verb)
    if subject:
        roles.source, roles.rules["source"] = subject, "subject of the verb of declaring"
    if roots:
        roles.target, roles.rules["target"] = roots[-1:], "the one declared"


def _glued_object(trig: Trigger, roles: Roles) -> None:
    """"declared a Russian diplomat persona non grata": a phrase trigger that is the verb's object, with a
    noun the parse glued on before it as a compound, acts on that noun (the parse's object is the phrase)."""
    own = [trig.head] if trig.head.dep_ == "dobj" else [
        t for t in _children(trig.head, ("dobj",)) if trig.first <= t.i < trig.last]
    if roles.target or trig.kind != "phrase":
        return
    roles.target = [c for t in own for c in children_of(t) if c.dep_ == "compound" and c.i < trig.first
                    and c.pos_ in ("NOUN", "PROPN")][:1]
    if roles.target:
        roles.rules["target"] = "object told before the trigger phrase"


def _hosted(trig: Trigger, roles: Roles) -> None:
    """"Oman hosted Iran's foreign minister": the visitor is the visit's actor and the host its recipient
    (PLOVER 2.0; ``hosted_visits`` in data/readings.yaml); "hosted talks" names no visitor."""
    if trig.cls != "visit" or not roles.target or roles.rules.get("source") == "received from":
        return  # "received a courtesy call from the ambassador": the caller already the visitor
    spec = readings()["hosted_visits"]
    if not any(t.lemma_.lower() in spec["verbs"] for t in trig.head.doc[trig.first:trig.last]):
        return
    meetings = [t for t in roles.target if t.lemma_.lower() in spec["meetings"]]
    if meetings:
        _hosted_between(trig, meetings, roles, spec["between"])
        return
    roles.source, roles.target = roles.target, roles.source
    roles.rules["source"], roles.rules["target"] = "visitor of a host", "host of a visit"


def _hosted_between(trig: Trigger, meetings: list[Token], roles: Roles, cls: str) -> None:
    """"Cairo hosted talks between Israeli and Hamas negotiators": a meeting hosted between two others is
    a mediation (PLOVER CONSULT third-party), the host acting on both sides, as "Qatar mediated between
    Israel and Hamas" is."""
    sides = [s for m in meetings for p in children_of(m) if p.dep_ == "prep" and p.lower_ == "between"
             for o in [_pobj(p)] if o is not None for s in expand(o)]
    if len(sides) < 2 and not _coordinated_modifier(sides):
        return
    trig.rule += f"+hosted-between:{trig.cls}"
    trig.cls = cls
    roles.target, roles.rules["target"] = sides, "between"


def _sent_away_after(trig: Trigger, roles: Roles) -> None:
    """"Both journalists were summoned by the security services and told to leave": a verb that sends people
    away, conjoined to a passive verb, sends that verb's subject, and its agent does (coder20)."""
    verb = trig.head
    if not trig.rule.startswith("sent-away:") or verb.dep_ != "conj" or any(
            c.dep_.startswith("nsubj") for c in children_of(verb)):
        return
    first = list(children_of(verb.head))
    sent = [c for c in first if c.dep_ == "nsubjpass"]
    if sent:
        roles.target, roles.rules["target"] = sent, "sent away after a passive verb"
        agents = [g for c in first if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"]
        roles.source = agents
        roles.rules["source"] = "agent of the passive verb"


def _headline_sides(trig: Trigger, roles: Roles) -> None:
    """"Egypt-Libya ties severed": the first named side broke off relations with the others."""
    sides = headline_sides(trig)
    if len(sides) >= 2:
        roles.source, roles.target = sides[:1], sides[1:]
        roles.rules["source"] = roles.rules["target"] = "sides of a headline"


def _no_sides(roles: Roles) -> None:
    """"called on both sides to stop", "urged all parties": such words name no actor; "the two sides" told
    after the first sentence may name the two parties told before (chronica.mentions)."""
    for role in ("source", "target"):
        kept = [t for t in getattr(roles, role) if not is_sides(t) or paired_sides(t)]
        if len(kept) != len(getattr(roles, role)):
            setattr(roles, role, kept)
            roles.rules.pop(role, None)


__all__ = ["Roles", "find_roles", "expand", "listed_appos", "clause_subject", "relative_verb", "RECIPROCAL",
           "mutual", "patient_owner"]
