"""The trigger lexicon (data/triggers.yaml), loaded once into lookup tables."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from typing import Any

from chronica import yamlio
from chronica.nlp import lemmas_of as spacy_lemmas_of
from chronica.nlp import lowers_of


@dataclass(frozen=True)
class Entry:
    """One trigger word: its class and the conditions on its dependants."""

    cls: str
    objects: dict[str, str | None] = field(default_factory=dict)
    modifiers: dict[str, str | None] = field(default_factory=dict)
    subjects: dict[str, str | None] = field(default_factory=dict)
    complements: dict[str, str | None] = field(default_factory=dict)  # "agreed to a truce"
    # where a shot went, before its object: "fired two missiles into the sea" is a show of force
    destinations: dict[str, str | None] = field(default_factory=dict)
    # the class when the subject is a state's warplane, warship or drone (``craft``) and the object or the
    # object of "into"/"through"/"across" is listed: "Chinese warplanes crossed the median line" (eastasia-4)
    craft: dict[str, str | None] = field(default_factory=dict)
    # the act left undone after "without": "left Moscow without signing the ceasefire" is a refusal
    without: dict[str, str | None] = field(default_factory=dict)
    needs: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()  # no event with any of these dependants (same forms as needs)
    of: str = "target"
    weight: float = 1.0
    # a verb with a particle is an entry of its own: "called off", "ruled out", "pulled (its troops) out"
    particles: dict[str, Entry] = field(default_factory=dict)
    # the verb's object names the event it is about ("ruled out talks", "praised the agreement"):
    # that noun is not an event of its own
    topic: bool = False
    # the class when the verb's object (or, with no object, its subject) is a named place: "captured
    # Bunagana", "Kabul fell to the Taliban" (with the entry's needs met)
    places: str | None = None
    # the class when the verb's subject is a named state, whatever its object: "Japan protested the arrest
    # of its diplomat" is a diplomatic protest, not a crowd's
    states: str | None = None
    # the class when the verb's subject is a named state and its object a named place that is no country or a
    # site listed with the entry's own class: "Israel attacked the port of Hodeidah", "Israel hit Hamas
    # positions" (not "Russia attacked Ukraine", nor "Paris attacked the plan", nor "Germany hit a record")
    state_places: str | None = None
    persons: str | None = None  # the class when the object is a person named: "called Macron" (by phone)
    bodies: str | None = None  # the class when the object is an organisation named: "dissolved the CNRP"
    # the class when the object of "with" or "to" is a party one confers with (``party_of``): "spoke with
    # Xi", "a call with his Ukrainian counterpart"; not "spoke to reporters"
    parties: str | None = None
    # classes of a deed that, reported by a speaker, is the speaker's accusation: "Hanoi said Chinese
    # troops violated its border" (extract/intent.py)
    alleged: tuple[str, ...] = ()
    # the class when the object of "over"/"at"/"about" is listed: "regret over the decision" is disapproval
    grounds: dict[str, str | None] = field(default_factory=dict)
    # the class when the object of "in"/"through"/"via"/"by" is listed: "protested in a letter" is words
    channels: dict[str, str | None] = field(default_factory=dict)
    # the class when the object of "as" is listed: "described the raid as an act of piracy" is an accusation
    labels: dict[str, str | None] = field(default_factory=dict)
    # the class when the object is described by a listed participle: "rescued 12 kidnapped students"
    described: dict[str, str | None] = field(default_factory=dict)
    # the class when the object of "on"/"upon"/"at"/"during" is listed: "welcomed him on his arrival",
    # "was welcomed at the airport" is a visit received, not praise
    occasions: dict[str, str | None] = field(default_factory=dict)
    # for a singular noun, the class when its owner is a named state or capital: "Baghdad's protest" is a
    # diplomatic one, not a crowd's (not "Iran's protests", the crowds in Iran)
    owners: str | None = None
    # the class when the one the act is addressed to is listed: the object of "to" after the noun, or after
    # a verb of delivering it (``delivery_verbs``): "a protest delivered to Ankara's envoy"
    addressees: dict[str, str | None] = field(default_factory=dict)
    # the class when the object is listed and "to" names a state as its recipient: "sent tanks to Ukraine"
    # is arms given, not a deployment ("sent tanks to the border", "into the city")
    recipients: dict[str, str | None] = field(default_factory=dict)
    # the class when the object is listed and "from" names a state it came from: "bought 66 F-16 fighters
    # from the United States" is arms supplied by that state, as "sold" (relations-4)
    sellers: dict[str, str | None] = field(default_factory=dict)
    # the class when the subject of a verb with no object (or only a firm's name as one) is working people
    # (``working`` in data/triggers.yaml): "pharmacists strike over unpaid allowances", "the union struck GM"
    workers: str | None = None
    # the class when a legislature or a vote removes a person or an office ("parliament voted to remove the
    # prime minister", "was brought down by a no-confidence vote"; ``voted_removals`` in data/triggers.yaml)
    voted: str | None = None
    # the classes the objects list gives count only with one of these dependants (same forms as needs):
    # "ordered the ambassador to leave" is an expulsion, "ordered officials to stop appointing relatives" none
    object_needs: tuple[str, ...] = ()
    # the same for the classes the subjects list gives: "villagers rose up against the army" is an uprising,
    # "villagers rose early" none
    subject_needs: tuple[str, ...] = ()
    # the same for a class the modifiers list gives, by class: "sexual violence by RSF fighters" is an
    # assault, "a conference on sexual violence" none (horn-11)
    modifier_needs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the class when the object is listed and "against", "on" or "at" names people it was turned on: "used
    # dogs against protesters", "set dogs on marchers" (not "police used dogs to find the drugs")
    turned_on: dict[str, str | None] = field(default_factory=dict)
    # the class when the object (or passive subject) is a ruler the leaders' dictionary names: "overthrew Dr
    # Mossadegh", "Prince Sihanouk was deposed" (not "ousted Djokovic")
    rulers: str | None = None
    # the class when the noun is the subject of a verb that tells its toll (``toll_verbs``): "the violence in
    # Beni left 18 people dead" (greatlakes-1)
    toll: str | None = None


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Entry]
    nouns: dict[str, Entry]
    phrases: dict[tuple[str, ...], str]
    light_verbs: frozenset[str]
    forms: dict[str, str]
    # verb -> the classes it is light for only: "shopkeepers observed a strike", not "observed the vote"
    class_light_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    # verb lemma -> the words it needs, one of them ("" for none): "erupted", "claimed lives", "left 12 dead"
    happening: dict[str, frozenset[str]] = field(default_factory=dict)
    tolls: dict[str, frozenset[str]] = field(default_factory=dict)  # the same for the verbs that tell a toll
    accident_classes: frozenset[str] = frozenset()  # classes an accident's cause rules out
    accident_causes: frozenset[str] = frozenset()  # "crash", "storm": harm no one did
    disaster_story_classes: frozenset[str] = frozenset()  # passives with no doer in a disaster's story
    vehicles: frozenset[str] = frozenset()  # causes too, for the verbs of collisions only
    vehicle_verbs: frozenset[str] = frozenset()
    gunfire_words: frozenset[str] = frozenset()  # "heavy fire": a fire that is shooting, not a blaze
    mishap_verbs: frozenset[str] = frozenset()  # "a bus plunged into a ravine, killing twelve"
    mishap_things: frozenset[str] = frozenset()  # "a gas cylinder exploded, injuring two cooks"
    # the other lists of ``accidents.mishaps`` (thing_verbs, structures, structure_verbs, vetoes, crowds)
    mishap_lists: dict[str, frozenset[str]] = field(default_factory=dict)
    mishap_particles: dict[str, frozenset[str]] = field(default_factory=dict)  # "went down", "caved in"
    toll_causes: frozenset[str] = frozenset()  # "the war killed thousands": a whole conflict's toll
    accident_told: dict[str, frozenset[str]] = field(default_factory=dict)  # "the blast was an accident"
    closure_classes: frozenset[str] = frozenset()  # closures that weather or an accident can cause
    closure_causes: frozenset[str] = frozenset()  # "snow closed the roads", "closed due to flooding"
    name_kinds: frozenset[str] = frozenset()  # entity labels whose head noun is a name, not an event
    named_events: frozenset[str] = frozenset()  # "a Bharat Bandh": a name's head that is the event itself
    # "signed the Camp David Accords": the heads of signed texts' names (nouns), the verbs that sign
    # them, and the prepositions of those verbs that do ("acceded to the treaty")
    signed_names: dict[str, frozenset[str]] = field(default_factory=dict)
    crowd_classes: frozenset[str] = frozenset()  # violence that a crowd as its doer makes a riot
    crowds: dict[str, str] = field(default_factory=dict)  # crowd word -> class ("protester" -> riot)
    crowd_modifiers: frozenset[str] = frozenset()  # "striking workers": people told in a protest, a crowd
    state_act_verbs: frozenset[str] = frozenset()  # "launched strikes": verbs whose state doer types the noun
    state_act_doers: frozenset[str] = frozenset()  # "the military", "warplanes": forces that strike
    show_verbs: frozenset[str] = frozenset()  # "held drills": state_act_verbs too for a show of force
    harm_verbs: frozenset[str] = frozenset()  # "a Russian strike killed four": a state's strike told by harm
    struck_verbs: frozenset[str] = frozenset()  # "strikes damaged a plant": damage to a listed thing
    hit_verbs: frozenset[str] = frozenset()  # "a Russian strike hit a hotel": a blow to a listed thing ...
    walkout_sites: frozenset[str] = frozenset()  # ... that is no workplace a walkout "hits" ("car plants")
    show_doers: frozenset[str] = frozenset()  # "the army", "the fleet": state_act_doers too for one
    force_fight_classes: frozenset[str] = frozenset()  # fights of unarmed people and forces: riots
    force_fighters: frozenset[str] = frozenset()  # "students", "villagers": unarmed people fighting forces
    state_forces: frozenset[str] = frozenset()  # "police", "security force": the forces they fight
    forces_first: frozenset[str] = frozenset()  # "police clashed with students": people fighting as a crowd
    # "officers were injured during clashes": hurt verbs, hurt sides and armed words of a no-side riot
    unnamed_clash: dict[str, frozenset[str]] = field(default_factory=dict)
    # clashes in words: trigger lemmas, talking sides, places of talk, words of harm (``verbal_clashes``)
    verbal_clashes: dict[str, frozenset[str]] = field(default_factory=dict)
    armed_movements: dict[str, str] = field(default_factory=dict)  # "march" -> mobilize, done by armed men
    armed_doers: frozenset[str] = frozenset()  # "troops", "rebels": the doers that make a march a movement
    claimed_for: frozenset[str] = frozenset()  # "responsibility": "claimed responsibility for the bomb"
    armed_takers: frozenset[str] = frozenset()  # "troops", "rebels": who take ground they enter
    armed_directions: frozenset[str] = frozenset()  # "on", "towards": an armed advance's way
    armed_grounds: frozenset[str] = frozenset()  # "town", "city": ground armed men enter ("armed:ground")
    crowd_sieges: dict[str, str] = field(default_factory=dict)  # "siege" -> obstruct, laid by a crowd
    siege_crowds: frozenset[str] = frozenset()  # "farmers", "students": whose siege is a blockade
    # preposition -> the words whose complement is only a topic ("guilty of", "a ban on")
    topics: dict[str, frozenset[str]] = field(default_factory=dict)
    # phrases that answer an attack ("responded to the attack"): fire only when answered with fire, not
    # "with a statement", "by calling for calm", nor by a speaker ("the ministry responded to the attack")
    answer_phrases: frozenset[tuple[str, ...]] = frozenset()
    # phrases that are an event only when their doers are not armed men or police ("forced their way into")
    unarmed_phrases: frozenset[tuple[str, ...]] = frozenset()
    unarmed_not_doers: frozenset[str] = frozenset()
    # phrases that are an event only with one of these things as their object ("made safe a device")
    phrase_objects: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    answer_means: frozenset[str] = frozenset()
    answer_not_doers: frozenset[str] = frozenset()
    answer_arrivals: frozenset[str] = frozenset()
    capability_nouns: frozenset[str] = frozenset()  # "the ability to seize control": no act yet
    news_of_nouns: frozenset[str] = frozenset()  # "no reports of shelling": no act told
    # words that count or hold what an entry lists: "hundreds of child soldiers", "a batch of rockets"
    partitives: frozenset[str] = frozenset()
    place_cue_preps: frozenset[str] = frozenset()  # "captured Kibumba near Goma": a place's name (actors62)
    settlement_nouns: frozenset[str] = frozenset()  # "seized the village of Kibumba": a place's name
    place_cue_not_takers: frozenset[str] = frozenset()  # "Police captured Guzman near Culiacan": a man
    place_cue_ground_takers: frozenset[str] = frozenset()  # "Rebels captured Kalembe near Goma": a village
    counted_partitives: frozenset[str] = frozenset()  # only with a number: "250 head of cattle"
    complement_partitives: frozenset[str] = frozenset()  # only after "with": "hit with a package of tariffs"
    message_nouns: frozenset[str] = frozenset()  # "a message of condolence": read through to what it says
    # deeds that name a mandate ("the Special Rapporteur on torture"): prepositions, titles, bodies, classes
    mandates: dict[str, frozenset[str]] = field(default_factory=dict)
    # deeds that only name a charge ("on espionage and rape charges"): the charge nouns, words that make
    # them none, the parts of speech before the list
    charge_names: dict[str, frozenset[str]] = field(default_factory=dict)
    # punishments asked for with no one asked ("called for sanctions against Myanmar"): a disapproval
    punitive_asks: frozenset[str] = frozenset()
    # participles that tell people by their flight ("Ukrainians fleeing the war"): read as refugees
    flight_participles: frozenset[str] = frozenset()
    # a vehicle or container told by its cargo ("a truck packed with explosives"): the nouns, the verbs
    # whose object is the cargo ("carrying rockets") and those whose "with" is ("loaded with arms")
    carrier_nouns: frozenset[str] = frozenset()
    carrier_verbs: frozenset[str] = frozenset()
    carrier_filled: frozenset[str] = frozenset()
    # where a launched missile came down ("a missile that landed in the sea"): the verbs, their prepositions
    landing_verbs: frozenset[str] = frozenset()
    landing_preps: frozenset[str] = frozenset()
    # a state's military craft ("Chinese warplanes", "naval vessels"), unless a civil word tells them
    # ("a cargo ship", "a passenger flight")
    military_craft: frozenset[str] = frozenset()
    civil_craft: frozenset[str] = frozenset()
    # nouns of a standing body: "the alliance condemned ..." is the body acting, not an alliance formed
    body_nouns: frozenset[str] = frozenset()
    # a party's share in a pact: "suspended its participation in the deal" (the share's verb is the pact's)
    share_nouns: frozenset[str] = frozenset()
    # a state told by its place in a body: "became NATO's 32nd member" (read as the body where one is listed)
    member_nouns: frozenset[str] = frozenset()
    # prepositions that list the items of what a verb acts on: "found a cache, including rifle grenades"
    listing_preps: frozenset[str] = frozenset()
    # participles that tell a person's standing state: "a son of a jailed drug lord" is no jailing
    state_participles: frozenset[str] = frozenset()
    # participles that only describe the noun they stand before: "a rejected asylum seeker" is no rejection
    described_participles: frozenset[str] = frozenset()
    # verbs done to captives: "released the captured soldiers", "exchanged them for jailed guerrillas"
    captive_verbs: frozenset[str] = frozenset()
    captive_participles: frozenset[str] = frozenset()  # of those, the participles that describe: "captured"
    # people asked in private life: "asked the pupils to close their books" is no request of a political actor
    private_askees: frozenset[str] = frozenset()
    # subordinators of a time or cause clause: "told reporters, a week after talks ended" asks no ending
    adverbial_marks: frozenset[str] = frozenset()
    # hostages of a figure of speech: held by these means ("with its strike"), or these things held
    hostage_means: frozenset[str] = frozenset()
    verbal_foes: frozenset[str] = frozenset()  # "defended Moscow against criticism": words, not a foe
    hostage_held: frozenset[str] = frozenset()
    # things no violence is done to and doers that do none ("attacked the online market", "the comedy
    # bombed"): the violent classes they rule out, the verbs whose subject suffers a noun ("took a beating"),
    # the words that are such things only bare ("the market"), the objects and the subjects (``not_targets``)
    not_target_classes: frozenset[str] = frozenset()
    not_target_sufferers: frozenset[str] = frozenset()
    not_target_places: frozenset[str] = frozenset()
    not_target_objects: dict[str, None] = field(default_factory=dict)
    not_target_subjects: dict[str, None] = field(default_factory=dict)
    # nouns of held ground: "drove the rebels out of the town" is ground taken from them
    ground_nouns: frozenset[str] = frozenset()
    # verbs of delivering a message to someone: "delivered / handed / sent a protest to the envoy"
    delivery_verbs: frozenset[str] = frozenset()
    # verbs whose object does their "to" clause's act: "prompting Paris to protest"
    object_controllers: frozenset[str] = frozenset()
    # offices of those one confers with ("spoke with the Emir of Qatar", "a call with his counterpart"), and
    # the words that make a named person a reporter ("spoke to journalist John Simpson"): no party
    party_offices: frozenset[str] = frozenset()
    press_nouns: frozenset[str] = frozenset()
    phone_words: frozenset[str] = frozenset()  # "held talks by phone", "phone talks": a phone call
    obliging_modals: frozenset[str] = frozenset()  # "told Israel it must halt": an order
    # people held by force and their captors: the "captive" need of "hold" and "keep" ("kidnappers kept the
    # girls in a forest", "rebels are holding two nuns")
    captive_people: frozenset[str] = frozenset()
    captors: frozenset[str] = frozenset()
    state_holders: frozenset[str] = frozenset()  # "police held the suspect": the state holding people
    state_held: frozenset[str] = frozenset()
    # working people: the role sectors of the actor dictionaries ("pharmacist": HLH, "trucker": LAB) and the
    # words besides them whose subject (or compound) makes "strike" a walkout (``workers`` entries and need)
    working_sectors: frozenset[str] = frozenset()
    working_words: frozenset[str] = frozenset()
    working_not: frozenset[str] = frozenset()  # "herdsmen strike again": people of a working sector who raid
    # cyber attacks told by any verb of harm or entry (``cyber`` in data/triggers.yaml): the verbs, those that
    # are one by their object alone, the doers and their modifiers, the computer things and the attack nouns
    cyber_verbs: frozenset[str] = frozenset()
    cyber_object_verbs: frozenset[str] = frozenset()
    cyber_doers: frozenset[str] = frozenset()
    cyber_modifiers: frozenset[str] = frozenset()
    cyber_things: frozenset[str] = frozenset()
    cyber_nouns: frozenset[str] = frozenset()
    # sabotage told by an everyday verb of harm (``sabotage`` in data/triggers.yaml): the verbs, those that
    # are one by their object alone, the doers and the works of infrastructure harmed
    sabotage_verbs: frozenset[str] = frozenset()
    sabotage_object_verbs: frozenset[str] = frozenset()
    sabotage_doers: frozenset[str] = frozenset()
    sabotage_things: frozenset[str] = frozenset()
    # removals by a legislature or a vote (``voted_removals`` in data/triggers.yaml): the chambers besides the
    # legislature roles, the nouns of a vote, and the offices one is removed from
    removal_chambers: frozenset[str] = frozenset()
    removal_votes: frozenset[str] = frozenset()
    removal_offices: frozenset[str] = frozenset()

    def lemma(self, token) -> str:  # noqa: ANN001 - a spaCy token
        """The token's lemma, corrected where the model's lemma is known to be wrong."""
        return self.lemmas_of(token.doc)[token.i]

    def lemmas_of(self, doc) -> list[str]:  # noqa: ANN001 - a spaCy Doc
        """The corrected lemma of every token of a Doc, worked out once and kept with it."""
        key = ("chronica.lemmas", id(self))
        out = doc.user_data.get(key)
        if out is None or len(out) != len(doc):
            forms, pairs = self.forms, zip(lowers_of(doc), spacy_lemmas_of(doc), strict=True)
            out = doc.user_data[key] = [forms.get(low) or lem for low, lem in pairs]
        return out

    @cached_property
    def collision_causes(self) -> frozenset[str]:
        """Causes for the verbs of collisions: accidents and disasters, and vehicles."""
        return self.accident_causes | self.vehicles

    @cached_property
    def harm_words(self) -> frozenset[str]:
        """Words that tell harm or armed doers, which keep a violent trigger's object a target ("gunmen
        attacked the grocery market, killing 12"): harm and hurt verbs, armed words, armed and state doers."""
        unnamed = self.unnamed_clash
        return (self.harm_verbs | unnamed.get("hurt", frozenset()) | unnamed.get("armed", frozenset())
                | self.unarmed_not_doers | self.state_act_doers)

    @cached_property
    def max_phrase(self) -> int:
        return max((len(p) for p in self.phrases), default=0)

    @cached_property
    def phrase_starts(self) -> dict[str, int]:
        """First lemma of a phrase -> the length of the longest phrase it starts."""
        out: dict[str, int] = {}
        for p in self.phrases:
            out[p[0]] = max(out.get(p[0], 0), len(p))
        return out

    def lemmas(self) -> frozenset[str]:
        """Every lemma that can start or be a trigger: used to skip sentences with none."""
        first = {p[0] for p in self.phrases}
        return frozenset(self.verbs) | frozenset(self.nouns) | first


def _merged(value: Any) -> dict[str, str | None]:
    """A table, or a list of tables (shared lists named once in the file) merged in order."""
    tables = value if isinstance(value, list) else [value or {}]
    return {k: v for table in tables for k, v in table.items()}


def _verb_needs(phrases: Iterable[str]) -> dict[str, frozenset[str]]:
    """Verb lemma -> the words it needs ("claim life", "leave dead", "leave injured"; "" for a verb alone)."""
    needs: dict[str, set[str]] = {}
    for phrase in phrases:
        verb, _, need = phrase.partition(" ")
        needs.setdefault(verb, set()).add(need)
    return {verb: frozenset(words) for verb, words in needs.items()}


def _entry(value: Any) -> Entry:
    if isinstance(value, str):
        return Entry(cls=value)
    return Entry(
        cls=value["class"],
        objects=_merged(value.get("objects")),
        modifiers=dict(value.get("modifiers") or {}),
        subjects=dict(value.get("subjects") or {}),
        complements=dict(value.get("complements") or {}),
        destinations=dict(value.get("destinations") or {}),
        craft=dict(value.get("craft") or {}),
        without=dict(value.get("without") or {}),
        needs=tuple(value.get("needs") or ()),
        unless=tuple(value.get("unless") or ()),
        of=value.get("of", "target"),
        weight=float(value.get("weight", 1.0)),
        particles={k: _entry(v) for k, v in (value.get("particles") or {}).items()},
        topic=bool(value.get("topic", False)),
        places=value.get("places"),
        states=value.get("states"),
        state_places=value.get("state_places"),
        persons=value.get("persons"),
        bodies=value.get("bodies"),
        parties=value.get("parties"),
        alleged=tuple(value.get("alleged") or ()),
        grounds=dict(value.get("grounds") or {}),
        channels=dict(value.get("channels") or {}),
        labels=dict(value.get("labels") or {}),
        described=dict(value.get("described") or {}),
        occasions=dict(value.get("occasions") or {}),
        owners=value.get("owners"),
        addressees=dict(value.get("addressees") or {}),
        recipients=_merged(value.get("recipients")),
        sellers=_merged(value.get("sellers")),
        workers=value.get("workers"),
        voted=value.get("voted"),
        object_needs=tuple(value.get("object_needs") or ()),
        subject_needs=tuple(value.get("subject_needs") or ()),
        modifier_needs={k: tuple(v) for k, v in (value.get("modifier_needs") or {}).items()},
        turned_on=dict(value.get("turned_on") or {}),
        rulers=value.get("rulers"),
        toll=value.get("toll"),
    )


@cache
def lexicon() -> Lexicon:
    """The package's trigger lexicon."""
    path = resources.files("chronica.extract") / "data" / "triggers.yaml"
    spec = yamlio.safe_load(path.read_text(encoding="utf-8"))
    accidents = spec.get("accidents") or {}
    forces = (spec.get("crowds") or {}).get("against_forces") or {}
    cyber = spec.get("cyber") or {}
    not_targets = spec.get("not_targets") or {}
    sabotage = spec.get("sabotage") or {}
    removals = spec.get("voted_removals") or {}
    return Lexicon(
        verbs=_with_listed_verbs({k: _entry(v) for k, v in spec["verbs"].items()},
                                (*(cyber.get("verbs") or ()), *(sabotage.get("verbs") or ()))),
        nouns={k: _entry(v) for k, v in spec["nouns"].items()},
        phrases={tuple(p["lemmas"]): p["class"] for p in spec["phrases"]},
        light_verbs=frozenset(spec["light_verbs"]),
        class_light_verbs={k: frozenset(v) for k, v in (spec.get("class_light_verbs") or {}).items()},
        forms=dict(spec.get("forms") or {}),
        happening=_verb_needs((*(spec.get("happening_verbs") or ()), *(spec.get("toll_verbs") or ()))),
        tolls=_verb_needs(spec.get("toll_verbs") or ()),
        accident_classes=frozenset(accidents.get("classes") or ()),
        accident_causes=frozenset(accidents.get("causes") or ()),
        disaster_story_classes=frozenset(accidents.get("story_classes") or ()),
        vehicles=frozenset(accidents.get("vehicles") or ()),
        vehicle_verbs=frozenset(accidents.get("vehicle_verbs") or ()),
        gunfire_words=frozenset(accidents.get("gunfire_words") or ()),
        mishap_verbs=frozenset((accidents.get("mishaps") or {}).get("verbs") or ()),
        mishap_things=frozenset((accidents.get("mishaps") or {}).get("things") or ()),
        mishap_lists={k: frozenset(v) for k, v in (accidents.get("mishaps") or {}).items()
                      if isinstance(v, list) and k not in ("verbs", "things")},
        mishap_particles={k: frozenset(v) for k, v in
                          ((accidents.get("mishaps") or {}).get("particles") or {}).items()},
        toll_causes=frozenset(accidents.get("tolls") or ()),
        accident_told={k: frozenset(v) for k, v in (accidents.get("told") or {}).items()},
        closure_classes=frozenset((accidents.get("closures") or {}).get("classes") or ()),
        closure_causes=frozenset((accidents.get("closures") or {}).get("causes") or ()),
        name_kinds=frozenset(spec.get("name_kinds") or ()),
        named_events=frozenset(spec.get("named_events") or ()),
        signed_names={k: frozenset(v) for k, v in (spec.get("signed_names") or {}).items()},
        crowd_classes=frozenset((spec.get("crowds") or {}).get("classes") or ()),
        crowds=dict((spec.get("crowds") or {}).get("doers") or {}),
        crowd_modifiers=frozenset((spec.get("crowds") or {}).get("modifiers") or ()),
        state_act_verbs=frozenset((spec.get("state_acts") or {}).get("verbs") or ()),
        state_act_doers=frozenset((spec.get("state_acts") or {}).get("doers") or ())
        | frozenset((spec.get("armed_movements") or {}).get("doers") or ()),
        show_verbs=frozenset((spec.get("state_acts") or {}).get("show_verbs") or ()),
        harm_verbs=frozenset((spec.get("state_acts") or {}).get("harm_verbs") or ()),
        struck_verbs=frozenset((spec.get("state_acts") or {}).get("struck_verbs") or ()),
        hit_verbs=frozenset((spec.get("state_acts") or {}).get("hit_verbs") or ()),
        walkout_sites=frozenset((spec.get("state_acts") or {}).get("walkout_sites") or ()),
        show_doers=frozenset((spec.get("state_acts") or {}).get("show_doers") or ()),
        force_fight_classes=frozenset(forces.get("classes") or ()),
        force_fighters=frozenset(forces.get("doers") or ()),
        state_forces=frozenset(forces.get("forces") or ()),
        forces_first=frozenset(forces.get("forces_first") or ()),
        unnamed_clash={k: frozenset(v) for k, v in (forces.get("unnamed") or {}).items()},
        verbal_clashes={k: frozenset(v) for k, v in (spec.get("verbal_clashes") or {}).items()},
        armed_movements=dict((spec.get("armed_movements") or {}).get("triggers") or {}),
        armed_doers=frozenset((spec.get("armed_movements") or {}).get("doers") or ()),
        claimed_for=frozenset(spec.get("claimed_for") or ()),
        armed_takers=frozenset((spec.get("armed_movements") or {}).get("takers") or ()),
        armed_directions=frozenset((spec.get("armed_movements") or {}).get("directions") or ()),
        armed_grounds=frozenset((spec.get("armed_movements") or {}).get("grounds") or ()),
        crowd_sieges=dict((spec.get("crowd_sieges") or {}).get("triggers") or {}),
        siege_crowds=frozenset((spec.get("crowd_sieges") or {}).get("doers") or ()),
        topics={prep: frozenset(words) for prep, words in (spec.get("topics") or {}).items()},
        answer_phrases=frozenset(tuple(p["lemmas"]) for p in spec["phrases"] if p.get("answer")),
        unarmed_phrases=frozenset(tuple(p["lemmas"]) for p in spec["phrases"] if p.get("unarmed")),
        unarmed_not_doers=frozenset((spec.get("armed_movements") or {}).get("doers") or ())
        | frozenset(spec.get("state_doers") or ()),
        phrase_objects={tuple(p["lemmas"]): frozenset(p["objects"])
                        for p in spec["phrases"] if p.get("objects")},
        answer_means=frozenset((spec.get("answers") or {}).get("means") or ()),
        answer_not_doers=frozenset((spec.get("answers") or {}).get("not_doers") or ()),
        answer_arrivals=frozenset((spec.get("answers") or {}).get("arrivals") or ()),
        capability_nouns=frozenset(spec.get("capability_nouns") or ()),
        news_of_nouns=frozenset(spec.get("news_of_nouns") or ()),
        partitives=frozenset(spec.get("partitives") or ()),
        place_cue_preps=frozenset((spec.get("place_cues") or {}).get("preps") or ()),
        settlement_nouns=frozenset((spec.get("place_cues") or {}).get("settlements") or ()),
        place_cue_not_takers=frozenset((spec.get("place_cues") or {}).get("not_takers") or ()),
        place_cue_ground_takers=frozenset((spec.get("place_cues") or {}).get("ground_takers") or ()),
        counted_partitives=frozenset(spec.get("counted_partitives") or ()),
        complement_partitives=frozenset(spec.get("complement_partitives") or ()),
        message_nouns=frozenset(spec.get("message_nouns") or ()),
        mandates={k: frozenset(v) for k, v in (spec.get("mandates") or {}).items()},
        charge_names={k: frozenset(v) for k, v in (spec.get("charge_names") or {}).items()},
        punitive_asks=frozenset(spec.get("punitive_asks") or ()),
        flight_participles=frozenset(spec.get("flight_participles") or ()),
        carrier_nouns=frozenset((spec.get("carriers") or {}).get("nouns") or ()),
        carrier_verbs=frozenset((spec.get("carriers") or {}).get("carrying") or ()),
        carrier_filled=frozenset((spec.get("carriers") or {}).get("filled") or ()),
        landing_verbs=frozenset((spec.get("landings") or {}).get("verbs") or ()),
        landing_preps=frozenset((spec.get("landings") or {}).get("preps") or ()),
        military_craft=frozenset((spec.get("craft") or {}).get("military") or ()),
        civil_craft=frozenset((spec.get("craft") or {}).get("civil") or ()),
        body_nouns=frozenset(spec.get("body_nouns") or ()),
        share_nouns=frozenset(spec.get("share_nouns") or ()),
        member_nouns=frozenset(spec.get("member_nouns") or ()),
        listing_preps=frozenset(spec.get("listing_preps") or ()),
        state_participles=frozenset(spec.get("state_participles") or ()),
        described_participles=frozenset(spec.get("described_participles") or ()),
        captive_verbs=frozenset((spec.get("captives_described") or {}).get("verbs") or ()),
        captive_participles=frozenset((spec.get("captives_described") or {}).get("participles") or ()),
        private_askees=frozenset(spec.get("private_askees") or ()),
        adverbial_marks=frozenset(spec.get("adverbial_marks") or ()),
        hostage_means=frozenset((spec.get("figurative_hostage") or {}).get("means") or ()),
        verbal_foes=frozenset(spec.get("verbal_foes") or ()),
        hostage_held=frozenset((spec.get("figurative_hostage") or {}).get("held") or ())
        | frozenset(not_targets.get("objects") or ()),
        not_target_classes=frozenset(not_targets.get("classes") or ()),
        not_target_sufferers=frozenset(not_targets.get("sufferers") or ()),
        not_target_places=frozenset(not_targets.get("places_too") or ()),
        not_target_objects=dict.fromkeys(not_targets.get("objects") or ()),
        not_target_subjects=dict.fromkeys(not_targets.get("subjects") or ()),
        ground_nouns=frozenset(spec.get("ground_nouns") or ()),
        delivery_verbs=frozenset(spec.get("delivery_verbs") or ()),
        object_controllers=frozenset(spec.get("object_controllers") or ()),
        party_offices=frozenset((spec.get("parties") or {}).get("offices") or ()),
        press_nouns=frozenset((spec.get("parties") or {}).get("press") or ()),
        phone_words=frozenset((spec.get("parties") or {}).get("phone") or ()),
        obliging_modals=frozenset(spec.get("obliging_modals") or ()),
        captive_people=frozenset((spec.get("captivity") or {}).get("people") or ()),
        captors=frozenset((spec.get("captivity") or {}).get("captors") or ()),
        state_holders=frozenset((spec.get("captivity") or {}).get("state_holders") or ()),
        state_held=frozenset((spec.get("captivity") or {}).get("state_held") or ()),
        working_sectors=frozenset((spec.get("working") or {}).get("sectors") or ()),
        working_words=frozenset((spec.get("working") or {}).get("words") or ()),
        working_not=frozenset((spec.get("working") or {}).get("not_words") or ()),
        cyber_verbs=frozenset(cyber.get("verbs") or ()),
        cyber_object_verbs=frozenset(cyber.get("object_verbs") or ()),
        cyber_doers=frozenset(cyber.get("doers") or ()),
        cyber_modifiers=frozenset(cyber.get("modifiers") or ()),
        cyber_things=frozenset(cyber.get("things") or ()),
        cyber_nouns=frozenset(cyber.get("nouns") or ()),
        sabotage_verbs=frozenset(sabotage.get("verbs") or ()),
        sabotage_object_verbs=frozenset(sabotage.get("object_verbs") or ()),
        sabotage_doers=frozenset(sabotage.get("doers") or ()),
        sabotage_things=frozenset(sabotage.get("things") or ()),
        removal_chambers=frozenset(removals.get("chambers") or ()),
        removal_votes=frozenset(removals.get("votes") or ()),
        removal_offices=frozenset(removals.get("offices") or ()),
    )


def _with_listed_verbs(verbs: dict[str, Entry], cyber: Iterable[str]) -> dict[str, Entry]:
    """The verb entries, with an entry of no class of its own for each verb of cyber attacks or sabotage the
    lexicon has none for ("crippled", "derailed"): an event only when told as one (``triggers.cyber_deed``,
    ``triggers.sabotage_deed``)."""
    for verb in cyber:
        verbs.setdefault(verb.split()[0], Entry(cls="none"))
    return verbs
