"""Wire the stages: document -> spaCy -> candidate events -> actors, place, date, codes -> events.

This is the one place that says what runs in which order. Each stage is passed in (or built with
its defaults) so that tests and the Dask runner can share or replace them.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, partial

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from chronica import headline
from chronica.actors import ActorResolver
from chronica.actors.resolve import STATE_SECTORS, UNKNOWN_NAME
from chronica.actors.text import fold, tokenize
from chronica.background import (
    background,
    cumulative_toll,
    described_history,
    habitual,
    meant,
    only_charged,
    told_before,
    told_by_work,
    told_in_operation,
    told_later,
    topic,
)
from chronica.classify import AcledModel, features, load_default
from chronica.classify.embed import enabled as embed_enabled
from chronica.classify.embed import nearest as nearest_type
from chronica.classify.features import CONTENT_POS_WORDS, NOTE
from chronica.classify.notes import LABEL_RULE, LABEL_WHY, NOTE_RULE, class_for, labelled_type, note_form
from chronica.counterparts import (
    asker_home,
    capital_host,
    captives_condition,
    dismissed_official,
    envoy_act_doer,
    envoy_host,
    envoys_state,
    forces_aimed,
    foreign_rule,
    handed_over_own,
    other_side,
    own_forces_moved,
    own_people_dropped,
    own_side,
    parties_state,
    people_of_city,
    protested_measure,
    rebels_of_foe,
    ruler_again,
    seat_court_home,
    stateless_doer,
    swap_partner,
    visited_town,
    warplane_doer,
    written_to,
)
from chronica.counterparts import words as counterpart_words
from chronica.detail import refine_by_setting, refine_places
from chronica.extract import Candidate, Extractor, discourse, remention
from chronica.extract.lexicon import Lexicon
from chronica.extract.quantities import count_lemmas
from chronica.extract.readings import foretold_deed, foretold_doer, readings, running_toll, warned_report
from chronica.extract.roles import (
    CROWD_FOUGHT,
    DYING,
    FELL_IN_FIGHT,
    RECIPROCAL,
    REPELLED_ATTACKER,
    SHARED_OBJECT,
    clause_subject,
    mutual,
)
from chronica.extract.sports import game_word_in, is_sport, may_be_game, sides_of
from chronica.extract.triggers import Trigger, channel_of, disaster_harm, disaster_told
from chronica.geo import Geocoder, PlaceList
from chronica.geo.cues import CUES
from chronica.geo.divided import people_country
from chronica.geo.former import first_year
from chronica.geo.hints import ActorHints, actors_country, from_lexicon
from chronica.geo.home import Home, Learner, source_of
from chronica.geo.seats import dealt_at
from chronica.geo.where import (
    broker_spans,
    came_from_spans,
    charged_mention_spans,
    charged_spans,
    country_place,
    event_place,
    fled_elsewhere,
    fled_to,
    near_unknown,
    sea_area,
    sent_away_spans,
    sent_people_to,
    spoken_topic,
    spoken_topic_spans,
    toward_goal,
    unknown_town,
)
from chronica.ingest import dateline, dateline_end
from chronica.mentions import (
    ARMED_SECTORS,
    CUSTODY_DESCRIBED,
    Mentions,
    actor_tokens,
    asked_by_name,
    clash_dead_beside_sides,
    denial,
    own_place_dropped,
    region_beside_victims,
    struck_abroad,
)
from chronica.nlp import (
    TriggerPrefilter,
    children_of,
    content_lemmas,
    mark_places,
    sentence_bounds,
    sentence_starts,
    text_of,
)
from chronica.ontology.acled import name_actors
from chronica.ontology.acled import refine as refine_acled
from chronica.ontology.mapping import STATE_FORCE_SECTORS, Codebook, codebook, held_town
from chronica.parse import SelectiveParser, make_doc
from chronica.record import Actor, DateInfo, Document, Event, Modality, Place, Span
from chronica.reparse import (
    adjective_verbs,
    adverb_names,
    aged_people,
    apposed_denials,
    apposed_participles,
    armed_relatives,
    articled_gerunds,
    as_clauses,
    aside_verbs,
    capital_names,
    captive_predicates,
    comparative_nouns,
    complement_verbs,
    compound_gerunds,
    counted_adverbials,
    counted_demonyms,
    counted_objects,
    dated_objects,
    dated_subjects,
    dateline_nouns,
    dative_describers,
    described_doers,
    described_gerunds,
    double_object_agents,
    fronted_labels,
    gerund_nouns,
    gerund_subjects,
    had_participles,
    headline_adjectives,
    hedged_objects,
    hyphen_names,
    hyphened_verbs,
    joined_subjects,
    left_states,
    listed_names,
    listed_participles,
    listed_states,
    name_links,
    nominal_gerunds,
    noun_agents,
    noun_roots,
    owner_names,
    parse_state,
    participle_adjectives,
    participle_asides,
    participle_subjects,
    particle_objects,
    partitive_objects,
    past_verbs,
    person_objects,
    placed_subjects,
    plural_objects,
    prefixed_verbs,
    prep_particles,
    prep_subjects,
    rammed_verbs,
    reported_verbs,
    result_preps,
    said_deeds,
    sent_away_participles,
    shared_heads,
    stray_verbs,
    subjunctive_verbs,
    subset_objects,
    summed_objects,
    timed_objects,
    topic_talks,
    trailing_speakers,
    two_parties,
    unbreak,
    unmarked_relatives,
    verb_names,
    verbless_participles,
    visiting_guests,
    weapon_subjects,
)
from chronica.said_on import (
    act_day_beside_report,
    aside_spans,
    background_asides,
    earlier_clauses,
    lede_act_day,
    period_report_day,
    report_day,
    roundup_item,
)
from chronica.salience import choose_primary
from chronica.settle import AFTER_DOCUMENTS, settle
from chronica.story_country import (
    actor_mentions,
    border_country,
    captive_spans,
    country_mentions,
    foreign_ruler_named,
    given_name_places,
    leader_name_places,
    leader_word,
    past_dateline,
    placed_abroad,
    proposer_spans,
    removed_spans,
    striker_spans,
    suspect_spans,
    teller_spans,
    unit_word_country,
    victim_spans,
)
from chronica.succession import as_of, date_countries
from chronica.when import dateline_day, event_date, find_dates, parse_published, shifted_day

log = logging.getLogger(__name__)
FIGHT_CLASSES = frozenset({"clash", "return_fire"})  # two-sided fights: an operation's substance (lead46f)

LEDE_SENTENCES = 2  # the headline and the lede, which say what the story is about
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ"})
FILING_HUBS = frozenset(CUES["filing_hubs"])  # "WASHINGTON (AP) - Sudanese troops ...": filed from afar
DATELINE_DASH = re.compile(r"\s(?:-|--|\u2013|\u2014)\s")
REQUEST_LIKE = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"}
# Types of event whose doer may be found among the sentence's mentions when the parse names none.
DOER_TYPES = {"ASSAULT", "PROTEST", "COERCE"}
# Verb forms that tell no past act ("will attack", "attacks"): the lede's day is not theirs
PRESENT_TAGS = {"VB", "VBP", "VBZ", "VBG"}


CONTRAST_MARKS = ("but", "yet")


def contrasted(verb: Token) -> bool:
    """Whether a verb coordinated after another with "but" or "yet" shares its subject ("released two French
    nationals but continued to hold a third"): a reservation to the act told first."""
    before = verb.head
    return (any(c.dep_ == "cc" and c.lower_ in CONTRAST_MARKS and before.i < c.i < verb.i
                for c in children_of(before))
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)))



def _type_before_intent(rule: str, plover_of: dict[str, str]) -> str | None:
    """The PLOVER type a trigger had before a stated intention recoded it ("vowed to destroy": ASSAULT)."""
    if "+intent:" not in rule:
        return None
    return plover_of.get(rule.split("+intent:", 1)[1].split("+", 1)[0])

@dataclass
class DocContext:
    """What the resolvers know about the whole document while coding its sentences."""

    document: Document
    date: str | None
    focus: str | None
    places: PlaceList  # geo.Geocoder.places: its spans of modifiers, seats, venues kept
    speaker: Actor | None
    dateline_end: int = 0  # "MAIDUGURI, Nigeria - ": words before this offset name no actor
    dateline_place: Place | None = None
    where: str | None = None  # the country of the event being coded
    filed_abroad: bool = False  # a foreign dateline's country is not the story's (Pipeline._past_dateline)
    ruler_abroad: bool = False  # a hub's story names a foreign ruler by force (Pipeline._ruler_abroad)
    venue: str | None = None  # the country of the event's place when it is a dealing's venue, no party's
    named: dict = field(default_factory=dict)  # named groups of the document, in order of mention
    asked: dict = field(default_factory=dict)  # the actors of words asked about (chronica.asked)
    day: DateInfo | None = None  # the dateline's day when it is not the publication date ("CAIRO, Aug 14 -")

    @property
    def today(self) -> str | None:
        """The day the story is told from: its dateline's, else its publication date."""
        return self.day.value if self.day is not None else self.document.published


class Pipeline:
    """Codes documents into events. Build once; call :meth:`code` or :meth:`code_many`."""

    def __init__(
        self,
        nlp: Language | None = None,
        actors: ActorResolver | None = None,
        geocoder: Geocoder | None = None,
        book: Codebook | None = None,
        extractor: Extractor | None = None,
        classifier: AcledModel | None | bool = True,
        embed: bool | None = None,
    ) -> None:
        from chronica import nlp as nlp_mod

        self.nlp = nlp or nlp_mod.load()
        self.actors = actors or ActorResolver()
        self.mentions = Mentions(self.actors)
        self.geocoder = geocoder or Geocoder()
        self._hints: ActorHints | None = None
        self.book = book or codebook()
        self.extractor = extractor or Extractor()
        # True: the package's trained ACLED model (if any); False or None: rules alone
        self.classifier = load_default() if classifier is True else (classifier or None)
        self.feature_log: list[tuple[str, dict, str | None]] | None = None  # for training
        # the optional embedding extra types event notes the model leaves untyped (classify/embed.py)
        self.embed = embed_enabled(embed)
        self._coded = 0  # documents coded, to settle the process once its tables are built
        self.prefilter: bool | None = None  # False: parse every sentence (see ``parser``)
        self._parser: SelectiveParser | None = None  # built on first use
        self.home: Home | None = None  # the home area of every document's source (geo/home.py)
        self.learner: Learner | None = None  # or: homes learnt per source as documents are coded

    @cached_property
    def noun_lemma(self) -> Callable[[str], str] | None:
        """The known lemma of a lower-case plural noun, from the pipeline's lemmatizer tables (None without
        them)."""
        from chronica.lean import EnglishRules

        if "lemmatizer" not in self.nlp.component_names:
            return None
        rules = EnglishRules.of(self.nlp.get_pipe("lemmatizer"))
        return rules.plural_noun if rules is not None else None

    # -- public -------------------------------------------------------------------------------
    def code(self, document: Document) -> list[Event]:
        """Code one document (its status becomes 'coded')."""
        return next(self.code_many([document]))[1]

    @property
    def parser(self) -> SelectiveParser | None:
        """What turns texts into Docs: the selective parser, or None to parse every sentence.

        Set ``self.prefilter = False`` to parse everything (full spaCy on every sentence).
        """
        if self.prefilter is False:
            return None
        if self._parser is None:
            forms = self.extractor.lex.forms
            check = TriggerPrefilter(self.nlp, self.extractor.trigger_lemmas, forms)
            counts = TriggerPrefilter(self.nlp, count_lemmas(discourse.CARRIED), forms)
            self._parser = SelectiveParser(self.nlp, check, counts=counts)
        return self._parser

    def code_many(
        self, documents: Iterable[Document], batch_size: int = 16
    ) -> Iterator[tuple[Document, list[Event]]]:
        """Code documents in batches; yields each with its events, in order.

        Only the sentences that can hold an event (and the one before each, and the first) go
        through the tagger, parser and NER (:class:`chronica.parse.SelectiveParser`); a document
        with none is coded as no events without any of them.
        """
        parser = self.parser
        items = ((d.text, d) for d in documents)
        parsed = parser.pipe_tuples(items) if parser else self.nlp.pipe(
            ((make_doc(self.nlp, text), d) for text, d in items), as_tuples=True, batch_size=batch_size)
        for doc, document in parsed:
            if not doc.has_annotation("DEP"):  # nothing in it can be a trigger
                document.status = "coded"
                yield document, []
                continue
            try:
                events = self._code_parsed(document, doc)
            except Exception as err:  # one bad document must not stop a run
                log.exception("coding %s failed", document.doc_id)
                document.status = "failed"
                document.problems.append(f"coding failed: {type(err).__name__}: {err}")
                events = []
            yield document, events

    # -- stages -------------------------------------------------------------------------------
    def _code_parsed(self, document: Document, doc: Doc) -> list[Event]:
        self._coded += 1
        if self._coded == AFTER_DOCUMENTS:
            settle()  # the loaded tables out of the garbage collector's way (chronica.settle)
        unmended = parse_state(doc)  # the parser's own parse, for a sentence the mends leave broken
        dateline_nouns(doc, self.noun_lemma)  # "KHARTOUM - Drones struck the airport": "Drones" a common noun
        verb_names(doc)  # "Just Stop Oil activists blocked a road": "Stop" part of the name, not the verb
        owner_names(doc)  # "Modi envoy Ajit Doval met": "Modi" the envoy's leader, not the verb
        headline_adjectives(doc)  # "Houthis free crew of seized ship": "free" the verb, not an adjective
        headline.repair(doc, self.extractor.lex.verbs)  # "Morocco severs ties with Iran": "severs" a verb
        participle_subjects(doc)  # "students abducted from X were freed": "were freed" the verb
        two_parties(doc)  # "The government and Colombian rebels": two parties, not one phrase
        listed_states(doc)  # "Mali, Burkina Faso and Niger withdrew": three states, no apposition
        hyphen_names(doc)  # "the opposition SPLM-IO was expelled": one name, not three subjects
        listed_names(doc)  # "the Rail, Maritime and Transport union demanded": one name, not two subjects
        shared_heads(doc)  # "a sabotage and reconnaissance group": one group, not "sabotage" and a group
        gerund_subjects(doc)  # "after soldiers enforcing the lockdown beat him": "beat" the verb
        prep_subjects(doc)  # "after the collapse of a roof killed 15": "collapse" the subject of "killed"
        participle_asides(doc)  # "X, meeting in Geneva, agreed to ...": "agreed" the verb
        aside_verbs(doc, self.extractor.lex.verbs)  # "X, speaking after talks with Y, called on": "called"
        counted_objects(doc)  # "killing 35 people, a doctors' committee said": "people" the object
        counted_adverbials(doc)  # "Fighting displaced 30,000 people": "people" the object, not a measure
        partitive_objects(doc)  # "shot down 30 of 35 drones": "30" the object, not an adverbial
        person_objects(doc)  # "Trump met Moon Jae-in": the name the object, not an adverbial
        aged_people(doc)  # "police shot dead a 17-year-old": "old" a person, a noun
        nominal_gerunds(doc)  # "Ukrainian shelling of the village killed": "shelling" a noun
        stray_verbs(doc)  # "men on a motorbike shot dead a councillor": "shot" the verb, not a noun
        result_preps(doc)  # "a sniper shot dead a child": "child" the object, not "dead"'s
        described_doers(doc, self.extractor.lex.verbs)  # "a man armed with a gun shot": "shot" the verb
        complement_verbs(doc, self.extractor.lex.verbs)  # "men from two clans fought": "fought" the verb
        dated_objects(doc)  # "dismissed on Monday China's offer": "offer" the object, not "on"'s
        fronted_labels(doc)  # "dismissed as baseless claims by X": "claims" the object, not "as"'s
        dated_subjects(doc)  # "On 19 May 2022, youths angered by X set fire": "youths" the subject
        placed_subjects(doc)  # "On 16 April 2023, in Fresnillo, Zacatecas, a policeman was shot": subject
        unmarked_relatives(doc)  # "A man police described as X was shot": "man" the subject, not a compound
        joined_subjects(doc)  # "shot dead in Malmo and police arrested a man": "police" the subject, no place
        armed_relatives(doc)  # "a man armed with a knife who attacked": the man attacked, not the knife
        weapon_subjects(doc)  # "a man armed with a knife stabbed": the man stabbed, not the knife
        as_clauses(doc)  # "the bodies of men identified as X were found": "found" the verb, not "as"'s clause
        double_object_agents(doc)  # "was given asylum by Sweden": "by Sweden" the agent, no plain "by"
        noun_agents(doc)  # "defused near a rally by Imran Khan": his rally, not his defusing
        name_links(doc)  # "... from a ranch in Mato Grosso do Sul": "do" part of the name, not the verb
        noun_roots(doc, self.extractor.lex.verbs)  # "X on Monday defied calls to quit": "defied" the verb
        past_verbs(doc)  # "The army retook Wad Madani": "retook" the verb, not a noun (clauses59)
        adjective_verbs(doc, self.extractor.lex.verbs)  # "Moscow jailed opposition politician X": a verb
        subjunctive_verbs(doc, self.extractor.lex.verbs)  # "demanded that Washington extradite X": a verb
        listed_participles(doc, self.extractor.lex.verbs)  # "suspended parties and banned rallies": a verb
        verbless_participles(doc, self.extractor.lex.verbs)  # "sentenced journalist Can Dundar": a verb
        particle_objects(doc)  # "sealed off the West Bank": the place the verb's object, not "off"'s
        prep_particles(doc)  # "handed in their weapons": "in" a particle, "weapons" the verb's object
        rammed_verbs(doc)  # "Police said a driver plowed into a crowd": "plowed" the verb, not a participle
        said_deeds(doc)  # "relatives who say their sons were abducted by X held a protest": "held" the verb
        reported_verbs(doc, self.extractor.lex.verbs)  # "men on motorbikes killed 43 ..., officials said"
        trailing_speakers(doc)  # "tortured detainees, Human Rights Watch said": the speaker, no victim
        apposed_participles(doc)  # "killed the mayor, the third official murdered": "killed" the verb
        apposed_denials(doc)  # "accused Athens of X, a charge Greece denies": "accused" the verb
        compound_gerunds(doc)  # "dismantled an ELN cell planning attacks": the cell, not the attacks
        plural_objects(doc)  # "conducted live-fire drills": "drills" a plural noun, not a verb
        comparative_nouns(doc)  # "fired on a Chinese squid trawler": "trawler" a noun, not a comparative
        articled_gerunds(doc)  # "raided a Jehovah's Witnesses meeting": "meeting" a noun, not a clause
        timed_objects(doc)  # "dissolved parliament days after": "parliament" the object, not "days"'s
        summed_objects(doc)  # "fined Google 2.4 billion euros": "Google" the object, not the sum's (deeds55)
        subset_objects(doc)  # "died in the attack, among them the two attackers": a part of the dead
        had_participles(doc, self.extractor.lex.verbs)  # "its soldiers had targeted civilians": a verb
        hyphened_verbs(doc)  # "Police lathi-charged the farmers": "police" the subject, not "lathi"
        capital_names(doc)  # "IS militants attacked a checkpoint": "IS" names the militants, no auxiliary
        gerund_nouns(doc)  # "Shelling hit Donetsk": "Shelling" the subject, not an auxiliary
        described_gerunds(doc)  # "Ukrainian shelling killed four": "shelling" the subject, not "Ukrainian"
        counted_demonyms(doc)  # "Two Azerbaijani soldiers were killed": "Two" counts the soldiers
        left_states(doc)  # "killed six, leaving 40 injured": "40" those left, "injured" their state
        adverb_names(doc)  # "Nauru cut diplomatic ties with Taiwan": "Nauru" the subject, not an adverb
        dative_describers(doc)  # "accused the opposition People's National Congress Reform": one object
        prefixed_verbs(doc, self.extractor.lex.verbs)  # "re-took the town": "retake" the verb, not "re"
        sent_away_participles(doc)  # "was exiled to France": "exiled" a passive verb, not an adjective
        participle_adjectives(doc)  # "fired at striking workers": "striking" describes the workers
        visiting_guests(doc)  # "met visiting Premier X": "visiting" describes X, the one met
        topic_talks(doc)  # "Ceasefire talks between X and Y resumed": "talks" a noun, not a verb
        hedged_objects(doc)  # "struck suspected TTP hideouts": "suspected" describes the hideouts
        captive_predicates(doc)  # "took 10 nurses hostage": the nurses the object, "hostage" a predicate
        for start in unbreak(doc, unmended):  # one mend gone wrong must not sink the whole story (andes-1)
            log.warning("%s: the mends made a cycle of heads in the sentence at token %d: its parse undone",
                        document.doc_id, start)
            document.problems.append(f"parse mends undone in the sentence at token {start}: a cycle of heads")
        dates, day = _story_dates(text_of(doc), document.published)
        ctx = self._context(document, doc, dates, day)
        named = [p for p in ctx.places if self._bears_name(p)]
        mark_places(doc, [(p.start, p.end) for p in named], [p.country for p in named])  # "captured Mekelle"
        plover_of = self.extractor.plover_of
        cands: list[Candidate] = []
        bounds: dict[int, tuple[int, int]] = {}
        starts = sentence_starts(doc)  # kept on the Doc: spaCy's Doc.sents walks every token
        disaster = False  # the headline or the lede tells a disaster's harm ("an earthquake killed 2,000")
        lede: list[SpacySpan] = []  # the lede's sentences not yet read for a disaster (read only when needed)
        teams: frozenset[str] = frozenset()  # the sides of a game the headline or the lede scores
        for index in range(len(starts) - 1):
            sent = doc[starts[index]:starts[index + 1]]
            found, orphans = self.extractor.sentence(sent, index)
            if index < LEDE_SENTENCES:
                lede.append(sent)
            harmed = any(disaster_harm(c.trigger, self.extractor.lex) for c in found)
            disaster = disaster or harmed and _disaster_in(lede, self.extractor.lex)
            if disaster and harmed:  # "... Several villages have been flattened": the disaster's harm
                found = [c for c in found if not disaster_harm(c.trigger, self.extractor.lex)]
            if index < LEDE_SENTENCES:  # "Liverpool stormed to a 3-1 win over Arsenal": its sides' names
                teams |= sides_of(sent)
            if found:  # "beat the Rams 78-74", "his players fought hard": a game, not violence
                told = [may_be_game(plover_of[c.trigger.cls], c.trigger.head.lemma_.lower(),
                                    _type_before_intent(c.trigger.rule, plover_of)) for c in found]
                named = self._org_words(sent) if any(told) and game_word_in(sent) else frozenset()
                found = [c for c, may in zip(found, told, strict=True) if not may
                         or not is_sport(sent, c.trigger.head.lemma_.lower(), c.trigger.head, named, teams)]
                for c in found:  # "troops were deployed to fight the rebels" (a protest's aim is the protest)
                    if meant(plover_of[c.trigger.cls], c.trigger.head):
                        c.modality.modality.hypothetical = True
                        c.modality.cues.append("purpose: what the act was meant to do")
                    elif habitual(c.trigger.head):  # "bandits often raid villages": a habit, no deed
                        c.modality.modality.hypothetical = True
                        c.modality.cues.append("habit")
            cands.extend(found)
            bounds[index] = (sent.start_char, sent.end_char)
            discourse.fold_details(cands, index, plover_of)  # "used mortars during the clash": the clash
            discourse.carry(cands, orphans, index, plover_of)
        cands = discourse.merge(cands, plover_of)
        cands, named_again = remention.fold(cands, plover_of)  # "... The government condemned the attack"
        cands = remention.fold_claims(cands, plover_of)  # "... JNIM claimed responsibility for the attack"
        cands = remention.fold_cyber(cands, plover_of, self.extractor.lex.cyber_nouns)  # "... The attack"
        events = [self._event(c, ctx, dates, *bounds[c.sentence]) for c in cands]
        _aim_at_doers(events, cands, named_again)
        _armed_doers_aimed_at(events, cands)  # "police shot dead a man who had stabbed ...": the armed man
        ruler_again(events)  # "called on the junta to release ...": the junta who is to release
        warned = {e.evidence["trigger"].get("foretold_deed") for e in events} - {None}
        events = [e for e in events if not e.evidence["trigger"].get("foretold")  # another's act warned of
                  and e.trigger.start not in warned]
        refine_places(events)  # "in northern Burkina Faso ... stormed Bourasso village": the village
        refine_by_setting(events, doc, ctx.places, starts)  # "... in Kaduna state. It happened in Kauru"
        refine_acled(events, self.book, text_of(doc))
        lede_act_day(events, text_of(doc))  # "..., officials said on Tuesday. / The attack began on Monday"
        choose_primary(events, document)
        _target_of_complement(events, doc)  # "Iraq refused to let U.N. inspectors visit": the inspectors
        labelled = labelled_type(text_of(doc))
        if labelled and not any(e.primary for e in events):
            self._add_note_event(events, ctx, dates, doc, bounds, labelled, 1.0, LABEL_WHY, LABEL_RULE)
        elif labelled:
            self._labelled(events, labelled)
        if not any(e.primary for e in events):
            self._note_event(events, ctx, dates, doc, bounds)
        self._classify(events, doc, keep=labelled is not None)
        date_countries(events, ctx.date, self._country_name)  # "Juba" in 1995 is Sudan's
        name_actors(events, self.mentions.conventional, as_of(ctx.focus, ctx.date))
        document.status = "coded"
        return events

    def _country_name(self, iso3: str) -> str | None:
        """A country's English name ("South Sudan"), or None."""
        country = self.actors.countries.get(iso3)
        return country.name if country is not None else None

    def _bears_name(self, place: Place) -> bool:
        """Whether a place found in the text is one of the name it was found by ("El Fasher", "Babanusa" for
        Babanūsah, "Mekelle" for Mek'ele), not a place it stands near ("captured Guzman in Los Mochis": the
        man, not the town)."""
        if not place.text:
            return False
        return fold(place.text) in fold(place.name or "") or self.geocoder.names_itself(place)

    def _org_words(self, sent: SpacySpan) -> frozenset[int]:
        """The indexes of the words inside the organisations' names the lexicon knows in a sentence
        ("Awami League activists attacked ...": "League" names a party, no game)."""
        words = tokenize(sent.text)
        spans = [(words[m.start].start, words[m.end - 1].end) for m in self.actors.lexicon.scan(words)
                 if any(e.kind == "org" for e in m.entries)]
        return frozenset(t.i for t in sent if any(a <= t.idx - sent.start_char < b for a, b in spans))

    def _context(self, document: Document, doc: Doc, dates: list, day: DateInfo | None = None) -> DocContext:
        if self._hints is None:  # the countries of the story's armed groups help settle namesakes
            self._hints = from_lexicon(self.actors.lexicon, self.actors.senses)
        told = partial(teller_spans, self.actors, text_of(doc))  # worked out only when a hint is found
        hinted = self._hints.countries(doc, told)  # not "told the BBC"
        source = source_of(document.publication, document.url) if self.learner else None
        where = self.home or (self.learner.home(source) if self.learner else None)
        today = day.value if day is not None else document.published
        dated = today or first_year(dates)  # "Zaire" before 1997 is the country
        places = self.geocoder.places(doc, adjectives=False, actors=hinted, home=where,
                                       published=dated, code_book=True)  # a demonym says who
        if self.learner is not None:
            self.learner.add(source, text_of(doc), places)
        given = given_name_places(doc, places, self.actors)
        if any(leader_word(p.text) for p in places if (p.precision or 4) < 4):  # the story's actors read
            given |= leader_name_places(  # only when a town bears a word of a leader's name
                places, actor_mentions(self.actors, text_of(doc), today))
        if given:  # "Chad Smith", "Jordan Bardella", "Petro's government": a person's name, no place
            places[:] = [p for p in places if (p.start, p.end) not in given]
        went = sent_people_to(doc, places)  # not "flew them to Washington", "fled to India"
        went |= came_from_spans(doc, places)  # nor "migrants who had crossed from Serbia" (origins50)
        went |= charged_spans(doc, places)  # nor "a man accused of spying for Iran" (round 51)
        went |= spoken_topic_spans(doc, places)  # nor "jailed over tweets about the war in Yemen" (speech58)
        went |= broker_spans(text_of(doc), places)  # nor "the agreement, brokered by Qatar, ..." (cameo61)
        focus = self.geocoder.focus(places, went)
        filed = focus  # "WASHINGTON (AP) - Sudanese troops clashed": a story of Sudan
        if focus is not None and (end := self._dateline_end(text_of(doc), hubs=True)):
            focus = self._past_dateline(text_of(doc), focus, places, went, end)
        date = today
        if date is None:
            stated = [d for d in dates if d.basis == "text" and d.precision == "day"]
            date = stated[0].value if stated else None
        held = captive_spans(self.actors, text_of(doc)) | victim_spans(self.actors, doc, places) | (
            suspect_spans(self.actors, doc)) | striker_spans(self.actors, doc) | (
            removed_spans(self.actors, doc)) | proposer_spans(self.actors, doc) | charged_mention_spans(
            doc, self.actors.country_mentions(text_of(doc))) | broker_spans(text_of(doc), places) if (
            focus is None) else frozenset()
        # "deportation of Venezuelans", "spying for X", "rejected a US proposal" (horn-7)
        # nor "... Chinese engineers in <a town unknown>", nor "the suspect, a 25-year-old Syrian," (round
        # lists54), nor "killed in Russian shelling" (the striker's state; shelling55)
        if focus is None:  # not "Saudi-led", nor "Abu Sayyaf freed a German couple"
            mentions = country_mentions(self.actors, text_of(doc), places, went | held)
            if mentions:
                counts: dict[str, int] = {}
                for _, _, iso in mentions:
                    counts[iso] = counts.get(iso, 0) + 1
                focus = max(counts, key=counts.__getitem__)
        if focus is None:  # no place and no country named: the country its actors belong to
            skip = held | getattr(places, "go_betweens", frozenset())  # "brokered by Qatar": the parties'
            found = [m for m in actor_mentions(self.actors, text_of(doc), date)
                     if not any(a <= m[0] < b or m[0] <= a < m[1] for a, b in skip)]
            # "arrested on suspicion of spying for Ukrainian intelligence": a state's body the charge names is
            # another state's; an armed group it names ("links to Uyghur separatists") is at home there
            charged = charged_mention_spans(doc, [m for m in found if m[2].inter in (1, 8)])
            focus = actors_country([m for m in found if (m[0], m[1]) not in charged])
        if focus is None and len(hinted) == 1:  # "the anti-Houthi committee": the one country its groups name
            focus = next(iter(hinted))
        if focus is None:  # "a village of Nduga regency": the one country with regencies
            focus = unit_word_country(text_of(doc))
        if focus is None:  # "militants attacked a village near the Algerian border": nothing else names one
            focus = border_country(self.actors, text_of(doc))
        speaker = None
        if document.author:
            speaker = self.actors.resolve(document.author, date=date, focus=focus)
        end, place = self._dateline(text_of(doc), places, focus)
        ctx = DocContext(document, date, focus, places, speaker, end, place, day=day)
        ctx.ruler_abroad = self._ruler_abroad(text_of(doc), place, focus)
        ctx.filed_abroad = filed != focus or ctx.ruler_abroad
        return ctx

    def _past_dateline(self, text: str, focus: str, places: list[Place], went: frozenset, end: int) -> str:
        """The story's country past a foreign dateline (:func:`past_dateline`)."""
        named = {iso for start, _, iso in self.actors.country_mentions(text) if start >= end}
        if focus in named:
            return focus
        found = [a for start, _, a in self.actors.mentions(text) if start >= end]
        if any(a.country is None and a.sector == "IGO" for a in found) and not (
                named and foreign_ruler_named(text[end:])):
            return focus  # "BRUSSELS - The European Union imposed sanctions": a body that sits there; not
        # "NEW YORK - The Security Council condemned the junta in Myanmar": no junta rules at the dateline
        named |= {a.country for a in found if a.country}
        return past_dateline(focus, places, country_mentions(self.actors, text, places, went), named, end)

    def _ruler_abroad(self, text: str, place: Place | None, focus: str | None) -> bool:
        """Is a story filed at a hub of another country than its own about a ruler by force ("NEW YORK - The
        Security Council condemned the junta in Myanmar. The junta arrested ..."): its events that name no
        place are in the story's country, not at the dateline (``_filed_abroad``)?"""
        end = self._dateline_end(text, hubs=True)
        return bool(end) and place is not None and focus is not None and place.country != focus and (
            foreign_ruler_named(text[end:]))

    @staticmethod
    def _dateline_end(text: str, hubs: bool = False) -> int:
        """Where the dateline ends (0: none, or no dash after it; with ``hubs``, also 0 when its first city
        is not one where agencies file stories about other countries, ``filing_hubs`` in geo cues)."""
        found = dateline(text)
        if not found or hubs and found[0].split(",")[0].split("/")[0].strip().lower() not in FILING_HUBS:
            return 0
        dash = DATELINE_DASH.search(text, 0, 240)
        return dash.end() if dash else 0

    def _dateline(self, text: str, places: list[Place], focus: str | None) -> tuple[int, Place | None]:
        """Where the dateline ends, and the place it names (resolved in the story's country)."""
        found = dateline(text)
        if not found:
            return 0, None
        end = self._dateline_end(text)
        name = found[0].split(",")[0].split("/")[0].strip()  # "KABUL/WASHINGTON": the first city
        place = next((p for p in places if p.start is not None and p.start < end), None)
        if place is None and name:
            candidates = self.geocoder.lookup(name.title())
            place = next((c for c in candidates if focus is None or c.country == focus), None)
        return end, place

    def _event(self, cand: Candidate, ctx: DocContext, dates: list, s_start: int, s_end: int) -> Event:
        trig = cand.trigger
        doc = trig.head.doc
        first, last = doc[trig.first], doc[trig.last - 1]
        tspan = Span(text_of(doc)[first.idx : last.idx + len(last)], first.idx, last.idx + len(last))
        head = trig.head
        root = head.dep_ == "ROOT" or (
            head.dep_ in ("xcomp", "ccomp", "conj", "dobj", "attr") and head.head.dep_ == "ROOT"
        ) or cand.told is not None and cand.told.dep_ == "ROOT" or cand.main  # "killed 12 during a raid"
        evidence: dict = {"trigger": {"rule": trig.rule, "class": trig.cls, "root": root}}
        if (channel := channel_of(head)) is not None:  # "protested in a letter": the means, read by ACLED
            evidence["trigger"]["channel"] = channel
        if spoken_topic(head):  # "jailed over tweets supporting the protests in Sudan": what was said
            evidence["trigger"]["spoken"] = True
        if background(head) and cand.told is None and not cand.fate:  # not "killed 12 during a raid"
            evidence["trigger"]["background"] = True
            if told_by_work(head):  # "the documentary examines how police shot dead 60 protesters"
                evidence["trigger"]["work"] = True
        if head.i < headline.label_colon(doc):  # "Benue killings: Tinubu orders ...": the story's thread
            evidence["trigger"]["label"] = True
        if told_before(head):  # "Riot police beat marchers last week", "had seized the city": before the news
            evidence["trigger"]["before"] = True
            if evidence["trigger"].get("background") and described_history(head):
                evidence["trigger"]["history"] = True  # "Savimbi, whose movement has fought for decades, ..."
        elif told_later(head):  # "the army later clashed with the militia": a sequel to an act told before
            evidence["trigger"]["later"] = True
        if told_in_operation(head) and trig.cls not in FIGHT_CLASSES:  # "killed several of the militants
            # during the operation" is its detail; "exchanged fire during the operation" is the fight itself
            evidence["trigger"]["in_operation"] = True
        if head.pos_ == "VERB" and head.dep_ == "conj" and head.head.dep_ == "ROOT":
            evidence["trigger"]["after"] = head.head.idx  # "cut ties ... and closed the border": a second act
        if head.pos_ == "VERB" and head.dep_ == "conj":
            evidence["trigger"]["conj_of"] = head.head.idx  # "condemned ... and demanded": the verb before
            if contrasted(head):  # "opened its border ..., but was still refusing entry to men"
                evidence["trigger"]["contrast"] = True
        if cand.roles.rules.get("target") == SHARED_OBJECT and cand.roles.target:
            evidence["trigger"]["shared_with"] = cand.roles.target[0].head.idx  # "looted and burned shops"
        if head.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in children_of(head)):
            evidence["trigger"]["passive"] = True  # "was accused by the opposition of ... and resigned"
        if head.pos_ == "VERB" and running_toll(head):  # "a crackdown that has killed 40 since March"
            evidence["trigger"]["running_toll"] = True
        location = self._location(cand, ctx, s_start, s_end, evidence, dates)
        venue = location is not None and (location.start, location.end) in getattr(ctx.places, "venues", ())
        ctx.where = people_country(location) if location is not None and not venue else None  # not "talks in
        # Geneva"; Hong Kong's people are of Hong Kong, though ACLED places the event in China
        ctx.where = as_of(ctx.where, ctx.date)  # Pristina in 1998 is Serbia's: its police are no foreigners
        if location is not None and fled_to(head, location):  # "refugees fled to India": not Indians
            ctx.where = ctx.focus if ctx.focus != location.country else None
        ctx.venue = location.country if location is not None and dealt_at(doc, location.start, location.end) \
            else None  # "the two sides swapped prisoners in Geneva": the sides are not Swiss
        source = self.mentions.actors(cand.roles.source, ctx, evidence, "source")
        heads = [h for h in cand.roles.target if h.i not in cand.roles.event_nouns]  # not "a protest" lodged
        if cand.roles.rules.get("source") == REPELLED_ATTACKER:  # "repelled a Boko Haram attack, killing five
            heads = [h for h in heads if h not in (cand.victims or [])]  # militants": the attackers' own dead
        target = self.mentions.actors(heads, ctx, evidence, "target")
        if source and target:  # "drones launched by Russia": the doer's own weapons are not its target
            names = {a.name for a in source}  # and a state's drones are its forces' (roles248)
            names |= {f"{a.country}+forces of:" for a in source if a.sector == "GOV" and a.country}
            target = [a for a in target if not (a.evidence.startswith("operated by") and (
                a.name in names or f"{a.country}+forces of:" in names and "+forces of:" in a.evidence))]
            target = own_place_dropped(trig.cls, source, target)  # "students occupied schools"
        target = self._victims(cand, ctx, evidence, target)  # "a strike on a car killed two militants"
        target = region_beside_victims(target, evidence)  # "attacked southern Israel, killing 1,200 people"
        target = clash_dead_beside_sides(trig.cls, source, target, evidence)  # "clashed, killing 24 people"
        source, target = self.mentions.no_venue_country(source, target, ctx)  # not "Swiss prisoners"
        if not source:  # "arrested two men for the killing": the men
            source = self.mentions.blamed(cand, ctx, evidence)
        # a deed named as the topic of another ("an investigation into the assault", "called the bombing a
        # crime") was not done by the sentence's other actors: its judges, investigators, mourners
        if not source and self.book.classes[trig.cls]["plover"] in DOER_TYPES and not topic(head):
            source = self.mentions.doer_in_sentence(cand, ctx, s_start, s_end, evidence)
            source = _not_the_target(source, target, evidence)  # "a convoy of UN peacekeepers came under
            # attack": the peacekeepers, the target, are no doer found elsewhere in the sentence
        elif not source and not topic(head):  # "put under investigation in Italy": Italy's state investigates
            source = self.mentions.state_of_place(cand, ctx, evidence) or self.mentions.held_by(cand, ctx,
                                                                                                 evidence)
        elif not source:  # "IS claimed responsibility for the bombing": the claimant did it
            source = self.mentions.claimed(cand, ctx, s_start, evidence) or self.mentions.execution_state(
                cand, ctx, evidence)  # "condemned the execution of three men in Saudi Arabia": the state's
        else:  # "Jihadists attacked a camp. JNIM claimed responsibility for the attack": JNIM
            source = self.mentions.claimed_over(cand, source, ctx, s_start, evidence)
        source = self.mentions.armed(source, trig.cls, ctx, trig.head, target)
        target = self.mentions.held_flyers(source, target, trig.cls, ctx, trig.head)  # "a government pilot"
        fought = location if self.book.classes[trig.cls]["plover"] == "ASSAULT" else None  # not a slip's
        source = struck_abroad(source, ctx.where, evidence, fought)  # Turkish jets "near the border with
        target = struck_abroad(target, ctx.where, evidence, fought)  # Iraq", "struck Russian posts in X"
        if self.book.classes[trig.cls]["plover"] == "ASSAULT":  # "struck PKK targets in Iraq": the PKK's own
            target = self.mentions.struck_group_home(source, target)
        # "urged donors to step up aid to South Sudan": the one asked is named, though it is no actor with a
        # country; a country in the act asked for is not it (sectors-3)
        requested = self.book.classes[trig.cls]["plover"] == "REQUEST"
        one_asked = asked_by_name(trig.head) if not target and requested else None
        if not target and one_asked is None:
            target = self.mentions.complement_target(cand, ctx, evidence)
        target = self.mentions.sent_away(cand, source, target, ctx, evidence)  # "deported 415 militants"
        if len(source) > 1 and target and mutual(trig):
            source = _first_side(source, target, evidence)
        if cand.roles.rules.get("target") == CROWD_FOUGHT:  # "police and protesters clashed"
            source, target = _sides_apart(source, target)
        if cand.roles.rules.get("source") == FELL_IN_FIGHT:  # "suspected robbers were killed in a gunfight
            source, target = _forces_against_suspects(source, target, evidence)  # with police": the police's
        # the Taliban against "the Afghan government", HTS on "government-held Aleppo": the insurgents,
        # though in power since
        source, target = self.mentions.insurgents(source, target, ctx, trig.head)
        # "Zelenskiy dismissed Ivan Bakanov": an official of the dismisser's state
        target = dismissed_official(self.mentions, trig.head.lemma_.lower(), trig.cls, source, target, ctx,
                                    evidence)
        trig.cls = state_blockade(trig, source)  # "China could move to blockade Taiwan": no crowd's
        trig.cls = aid_group_halt(trig, source)  # "MSF suspended its operations": less aid, no coercion
        trig.cls = joint_show(trig, source)  # "French and Egyptian warships launched war games": together
        trig.cls = test_launch(trig, source, target)  # "North Korea fired two ballistic missiles": a test
        target_words = [t.lemma_.lower() for t in cand.roles.target] if not target else []
        coding = self.book.code(trig.cls, source, target, target_words)
        if coding.acled:  # ACLED's convention: not "Antonio Guterres met Ethiopia's prime minister"
            source = unknown_doers_here(source, ctx.where)
        battle = (coding.acled or {}).get("event_type") == "Battles"
        if trig.cls in RECIPROCAL and battle and _sides(cand, source):  # after coding: a battle either way
            source, target = _home_side_first(source, target, ctx.where, evidence)
        if not target and coding.plover["type"] in REQUEST_LIKE:  # "urged Liberia's warring factions"
            target = self.mentions.addressee(cand, ctx, evidence, one_asked)
            coding = self.book.code(trig.cls, source, target, target_words)
        if coding.plover["type"] == "REQUEST":  # "urged the UN to punish Iran": Iran, then the UN
            target = self.mentions.third_party(cand, source, target, ctx, evidence)
        if not target:  # "told Argentina it would defend the islands": whom it was told
            target = self.mentions.told(cand, ctx, evidence)
        if not target:  # "in a letter to the Secretary-General, Baghdad demanded ...": whom it was written to
            target = written_to(self.mentions, cand, coding.plover["type"], ctx, evidence)
        if not target and coding.plover["type"] in REQUEST_LIKE:  # "vowed to retaliate if the US attacked"
            target = self.mentions.on_condition(cand, ctx, evidence)
        # "moved troops of the Republican Guard toward Kuwait": its own forces are not the target
        moved = trig.rule.partition("+intent:")[2].partition("+")[0] or trig.cls  # "will deploy police to X"
        target = own_forces_moved(moved, source, target, evidence)
        target = own_people_dropped(source, target, evidence)  # "NRC pulled its staff out of Tillaberi"
        if not target:  # "put its army on alert after the Israeli raid": Israel
            target = forces_aimed(self.mentions, cand, ctx, evidence)
        if not target and one_asked is None:  # after coding: a place named as target does not change the type
            target = self.mentions.place_target(cand, ctx, coding.plover["type"], evidence)
            if (len(target) == 1 and source and target[0].name == source[0].name
                    and (target[0].evidence or "").startswith("place of the action")):
                target = self.mentions.own_people(source[0], evidence, named_place(evidence, ctx.where)) or (
                    target)  # "Nepal lifted a curfew in Kathmandu"; a guessed visitor keeps the host ("the
                # minister arrived in Cairo")
            if any(held_town(a, source) for a in target):  # "the Arakan Army attacked Sittwe": a battle
                coding = self.book.code(trig.cls, source, target, target_words)
        if not target:  # "Pakistan imposed martial law": its own people; the people of a place abroad
            target = self.mentions.home_measure(cand, source, evidence, named_place(evidence, ctx.where))
        if not target:  # "marched against a law raising the pension age": the government of where they march
            target = protested_measure(self.mentions, cand, coding.plover["type"], ctx, evidence)
        if not target:  # "Japan's ambassador to China lodged a protest": China
            target = envoy_host(self.mentions, cand, source, coding.plover["type"], ctx, evidence)
        source = envoy_act_doer(self.mentions, cand, source, target, ctx, evidence)  # "X envoy was recalled"
        target = envoys_state(self.mentions, cand, source, target, ctx, evidence)  # "recalled its envoy to X"
        if not target:  # "held talks in Seoul": South Korea's government hosts them
            target = capital_host(self.mentions, cand, ctx, evidence)
        if not target:  # "the Indian prime minister visited Lahore": Pakistan's government
            target = visited_town(self.mentions, cand, ctx, evidence)
        target = people_of_city(self.mentions, target, coding.plover["type"], ctx, trig)  # "shelled Beirut"
        source = self.mentions.visitors(source, target, trig.cls, ctx)  # not Egypt's minister in Cairo
        # "threatened to kill the hostages unless Israel freed 400 prisoners": Israel
        target = captives_condition(self.mentions, cand, target, coding.plover["type"], ctx, evidence)
        # "the government protested to Pakistan over the killing of Afghan soldiers": not Pakistan's
        source = other_side(self.mentions, source, target, coding.plover["type"], text_of(doc)[s_start:s_end],
                            ctx, evidence, text_of(doc)[ctx.dateline_end:s_start])
        source = warplane_doer(self.mentions, trig, source, ctx, evidence)  # "a Soviet fighter shot down"
        source = seat_court_home(self.mentions, source, target, ctx, evidence)  # "a Hague court ... Dutch"
        # "Kurdish guerrillas ambushed an Iraqi army convoy": Iraq's rebels, not Turkey's
        source, target = rebels_of_foe(self.mentions, source, target, ctx, evidence)
        # "Ghana's minister called on the junta to ...": not Ghana's junta
        sentence, before = text_of(doc)[s_start:s_end], text_of(doc)[ctx.dateline_end:s_start]
        target = foreign_rule(self.mentions, source, target, coding.plover["type"], sentence, ctx, evidence,
                              before)
        # "French unions urged the government to suspend arms sales to Saudi Arabia": France's
        target = own_side(self.mentions, source, target, coding.plover["type"], ctx, evidence)
        if not coding.acled:  # "rights groups accused Egypt": not Egypt's own (ACLED's actors keep the place)
            source = stateless_doer(self.mentions, source, target, coding.plover["type"], ctx, evidence)
        # "Libya handed over the two Lockerbie suspects for trial in the Netherlands": Libya's
        target = handed_over_own(self.mentions, cand, source, target, ctx, evidence)
        # "exchanged 500 prisoners of war with Iraq": Iraq, not the prisoners
        target = swap_partner(self.mentions, cand, source, target, ctx, evidence)
        # "Norway mediated between the government and the Tamil Tigers": Sri Lanka's government
        target = parties_state(self.mentions, source, target, ctx, evidence)
        target = _not_itself(source, target, evidence)  # "a deal brokered by China": not China's to China
        target = _not_the_crowd(coding.plover["type"], source, target, evidence)  # "supporters protested"
        # a past verb, or a noun not told as coming ("the arrest was an attack on workers, and the strike
        # planned for October 20 will go ahead"): a day after publication is another clause's
        told_past = trig.head.tag_ in ("VBD", "NN", "NNS") and not (cand.modality.modality.future
                                                                   or cand.modality.modality.hypothetical)
        date = event_date(dates, s_start, s_end, ctx.today,
                          anchor=_said_anchor(cand, tspan.start), done=told_past, text=text_of(doc),
                          asides=aside_spans(trig.head) + earlier_clauses(trig.head))
        moved = shifted_day(dates, text_of(doc), s_start, s_end, tspan.start, date.basis != "published",
                            ctx.dateline_end, parse_published(ctx.today))
        if moved is not None:  # "A day later, soldiers killed ...", "a week after the bombing killed 30"
            date = moved
            evidence["date_rule"] = "a shift from another day"
        done = trig.head.tag_ not in PRESENT_TAGS and not (
            cand.modality.modality.future or cand.modality.modality.hypothetical)
        said = done and date.basis != "published" and report_day(doc, date, trig.head)  # "said on Friday"
        own_day = act_day_beside_report(doc, date, dates, (s_start, s_end), trig.head) if said else None
        if own_day is not None:  # "police said on Monday that officers shot a man on Sunday": Sunday
            date, said = own_day, False
        item = done and _past_lede(text_of(doc), s_start, ctx.dateline_end) and roundup_item(
            trig.head, coding.plover["type"])  # "In Nantes, police fired ...": one more of the day's events
        if item:
            evidence["trigger"]["roundup"] = True
        if date.basis not in ("text", "relative") or said:  # a date of its own sentence stays its own
            earlier = _earlier_in_paragraph(dates, text_of(doc), s_start, ctx.dateline_end,
                                            ctx.today if done and not _present_perfect(trig.head) else None)
            if earlier is not None:
                date = earlier
                evidence["date_rule"] = "stated earlier in the paragraph"
            elif (date.basis == "published" or said) and done:
                lede = _lede_paragraph_day(dates, text_of(doc), s_start, ctx.dateline_end, item)
                if lede is not None:
                    date = lede
                    evidence["date_rule"] = ("the lede's day, for a round-up's item" if item
                                             else "the lede's day, told on in the next paragraph")
        told_day = period_report_day(doc, date, dates, (s_start, s_end), trig.head) if done else None
        if told_day is not None:  # "in the past week, the army said on Monday": Monday
            date = told_day
            evidence["date_rule"] = "a period up to the report: the report's day"
        if (said and evidence.get("date_rule") is None or told_day is not None) and done:
            evidence["report_day"] = True  # the day the act was told, not one the act was given
        if date.basis == "published" and ctx.day is not None:
            date = _dated(date, ctx.day)
            evidence["date_rule"] = "the dateline's day"
        evidence["date"] = {"basis": date.basis, "text": date.text, "start": date.start,
                            "end": date.end}
        counts = {k: c.value for k, c in cand.counts.items() if not _dead_to_come(k, cand)}
        if cand.counts:
            evidence["counts"] = {k: {"text": c.text, "start": c.start, "end": c.end, "rule": c.rule}
                                  for k, c in cand.counts.items()}
        modality: Modality = cand.modality.modality
        evidence["modality"] = cand.modality.cues
        if cand.modality.speaker is not None:
            evidence["reported_by"] = cand.modality.speaker.text
        if coding.plover["type"] == "THREATEN" and self._foretold(cand, ctx, source):
            evidence["trigger"]["foretold"] = True  # "analysts warned that China could blockade Taiwan"
            if (deed := foretold_deed(trig.head)) is not None:  # "warned of a risk of kidnappings": none done
                evidence["trigger"]["foretold_deed"] = deed[0].idx
        if coding.plover["type"] == "ASSAULT" and any(
                cumulative_toll(c.token, c.value) for k, c in cand.counts.items()
                if k in ("killed", "injured")):
            evidence["trigger"]["cumulative"] = True  # "45,000 people had been killed since the war began": a
            # running toll, kept as background but never the story's primary event (salience)
        confidence = _confidence(cand, source, target)
        key = f"{ctx.document.doc_id}:{tspan.start}:{trig.cls}"
        return Event(
            event_id=hashlib.sha1(key.encode()).hexdigest()[:16],
            doc_id=ctx.document.doc_id,
            sentence=cand.sentence,
            text=text_of(doc)[s_start:s_end].strip(),
            trigger=tspan,
            plover=coding.plover,
            cameo=coding.cameo,
            acled=coding.acled,
            source=source,
            target=target,
            location=location,
            date=date,
            fatalities=counts.get("killed"),
            injured=counts.get("injured"),
            arrested=counts.get("arrested"),
            size=counts.get("size"),
            modality=modality,
            confidence=confidence,
            evidence=evidence,
        )

    def _foretold(self, cand: Candidate, ctx: DocContext, source: list[Actor]) -> bool:
        """A warning of what another may do ("analysts warned that China could blockade Taiwan", "a U.N.
        official warned that the RSF could attack"): no threat by the one who warns. The warner itself or
        its own state named again ("the Israeli prime minister warned that Israel could strike") keep the
        threat."""
        if warned_report(cand.trigger.head) is not None:
            return True  # "Troops killed 40 civilians, the UN envoy warned": the warning only tells it
        subject = foretold_doer(cand.trigger.head)
        if subject is None and (deed := foretold_deed(cand.trigger.head)) is not None:
            subject = deed[1]  # "warned of possible terrorist attacks": an advisory (bombs49)
            if subject is None:
                return True
        if subject is None:
            return False
        doers = self.mentions.actors([subject], ctx, {}, "target")  # none: a thing ("famine could hit")
        names = {a.name for a in source}
        states = {a.country for a in source if a.sector in STATE_FORCE_SECTORS and a.country}
        # "police warned of possible attacks by militants": rebels of the warner's country are no state's
        return not any(a.name in names or a.country in states and a.sector in STATE_FORCE_SECTORS
                       for a in doers)

    def _labelled(self, events: list[Event], sub: str) -> None:
        """A note whose topic label names a sub-event type ("Explosive remnants of war: On 5 May 2020, a
        civilian was injured by a landmine ..."): its primary event takes that type (sd30)."""
        primary = next((e for e in events if e.primary), None)
        if primary is not None:
            primary.acled = {"event_type": self._parent(sub), "sub_event_type": sub}
            primary.evidence.setdefault("acled", []).append(f"{LABEL_WHY}: {sub}")

    def _classify(self, events: list[Event], doc: Doc, keep: bool = False) -> None:
        """Let the trained model settle the primary event's ACLED type; ``keep``: the note's topic label
        typed it, and the model only logs its features."""
        primary = next((e for e in events if e.primary), None)
        if primary is None or (self.classifier is None and self.feature_log is None):
            return
        if primary.evidence["trigger"]["rule"] in (NOTE_RULE, LABEL_RULE):  # typed by the model already
            return
        starts = sentence_starts(doc)  # the lead: up to two sentences after the primary event's
        end = starts[min(primary.sentence + 3, len(starts) - 1)]
        lemmas = content_lemmas(doc, end, CONTENT_POS, CONTENT_POS_WORDS)
        feats = features(events, lemmas, text_of(doc))
        rule_sub = primary.acled["sub_event_type"] if primary.acled else None
        named = bool(primary.source and primary.target) and all(
            a.inter and not (a.evidence or "").startswith("acled-convention")
            for a in primary.source + primary.target)
        if self.feature_log is not None:
            self.feature_log.append((primary.doc_id, feats, rule_sub, named))
        if self.classifier is None or keep:
            return
        sub, prob = self.classifier.decide(feats, rule_sub, named)
        if sub is None and rule_sub is None and NOTE in feats and self.embed:
            sub, sim = nearest_type(text_of(doc), "acled")
            primary.acled = {"event_type": self.classifier.parents.get(sub) or self._parent(sub),
                             "sub_event_type": sub}
            primary.evidence.setdefault("acled", []).append(f"embedding: {sub} (similarity {sim:.2f}; the "
                                                            f"model was unsure)")
            return
        if sub != rule_sub and sub is not None:
            primary.acled = {"event_type": self.classifier.parents[sub], "sub_event_type": sub}
            primary.evidence.setdefault("acled", []).append(f"model: {sub} (p={prob:.2f}; rules: {rule_sub})")

    def _victims(self, cand: Candidate, ctx: DocContext, evidence: dict, target: list[Actor]) -> list[Actor]:
        """"A drone strike on a car killed two Hezbollah members": an attack named as the subject of a verb
        of killing or wounding is aimed at whom it killed, not at the thing it hit; ``target`` otherwise."""
        head = cand.trigger.head
        if head.dep_ != "nsubj" or head.pos_ != "NOUN" or head.head.lemma_ not in HARM_VERBS or (
                cand.trigger.cls in RECIPROCAL):  # "clashes between X and Y killed ...": both sides stay
            return target
        objects = [c for c in children_of(head.head) if c.dep_ == "dobj"]
        if not objects:
            return target
        trial = dict(evidence)  # the target's evidence stays when the victims name no one
        victims = [a for a in self.mentions.actors(objects, ctx, trial, "target") if a.sector]
        if not victims or {a.name for a in victims} == {a.name for a in target}:
            return target
        evidence["target"] = trial["target"]
        return victims

    def _parent(self, sub: str) -> str | None:
        """The ACLED event type of a sub-event type."""
        return next((t for t, subs in self.book.acled_types.items() if sub in subs), None)

    def _note_event(self, events: list[Event], ctx: DocContext, dates: list, doc: Doc,
                    bounds: dict[int, tuple[int, int]]) -> None:
        """An ACLED-style event note in which the rules found no event (``chronica.classify.notes``):
        the model types it from the note's words when it is sure; the evidence says so."""
        text = text_of(doc)
        if (self.classifier is None and self.feature_log is None) or not note_form(text):
            return
        starts = sentence_starts(doc)
        lemmas = content_lemmas(doc, starts[min(3, len(starts) - 1)], CONTENT_POS, CONTENT_POS_WORDS)
        feats = features([], lemmas, text)
        if self.feature_log is not None:
            self.feature_log.append((ctx.document.doc_id, feats, None, False))
        if self.classifier is None:
            return
        sub, prob = self.classifier.decide(feats, None)
        how = f"model: {sub} (p={prob:.2f}) from the note's words"
        if sub is None and self.embed:  # a note always reports an ACLED event: the nearest description's
            sub, prob = nearest_type(text, "acled")
            how = f"embedding: {sub} (similarity {prob:.2f}) nearest to the note"
        if sub:
            self._add_note_event(events, ctx, dates, doc, bounds, sub, prob, how, NOTE_RULE)

    def _add_note_event(self, events: list[Event], ctx: DocContext, dates: list, doc: Doc,
                        bounds: dict[int, tuple[int, int]], sub: str, prob: float, how: str,
                        rule: str) -> None:
        """The event of a note in which the rules found none, typed ``sub`` by the model or by the note's
        topic label (``rule``), on the note's first sentence; ``how`` says which."""
        text = text_of(doc)
        starts = sentence_starts(doc)
        cls = class_for(self.book.classes, sub)
        if cls is None or len(starts) < 2:
            return
        head = doc[starts[0]:starts[1]].root
        s_start, s_end = bounds[0]
        inside = [p for p in ctx.places if p.start is not None and s_start <= p.start < s_end]
        place, why = event_place(self.geocoder, head, inside, set(), ctx.places, ctx.focus)
        coding = self.book.code(cls, [], [])
        evidence: dict = {"trigger": {"rule": rule, "class": cls, "root": True},
                          "acled": [f"{how}; the rules found no event"]}
        if why:
            evidence["location"] = why
        source = self._note_doers(head, ctx, place, evidence)
        key = f"{ctx.document.doc_id}:{head.idx}:{rule}"
        events.append(Event(
            event_id=hashlib.sha1(key.encode()).hexdigest()[:16], doc_id=ctx.document.doc_id, sentence=0,
            text=text[s_start:s_end].strip(), trigger=Span(head.text, head.idx, head.idx + len(head)),
            plover=coding.plover, cameo=coding.cameo, source=source,
            acled={"event_type": self._parent(sub), "sub_event_type": sub},
            location=place, date=_dated(event_date(dates, s_start, s_end, ctx.today), ctx.day),
            confidence=round(prob / 2, 2), evidence=evidence, primary=True))

    def _note_doers(self, head, ctx: DocContext, place: Place | None,  # noqa: ANN001
                    evidence: dict) -> list[Actor]:
        """The subject of a note's first clause as the doer of the event the model typed ("Iraqi
        lawmakers approved a new government", "the Van Governorship extended the ban")."""
        if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in DYING:
            return []  # "three people died and were found wrapped in blankets": the victims
        subject = clause_subject(head)
        if not subject:
            return []
        ctx.where = people_country(place) if place is not None else None
        return unknown_doers_here(self.mentions.actors(subject, ctx, evidence, "source"), ctx.where)

    # -- place --------------------------------------------------------------------------------
    def _filed_abroad(self, place: Place | None, why: dict, ctx: DocContext) -> tuple[Place | None, dict]:
        """An event that borrows the dateline's city from a story about another country (its focus set by
        :func:`past_dateline`) happened in that country, not where the story was filed."""
        if (not ctx.filed_abroad or place is None or place.start is None or place.start >= ctx.dateline_end
                or place.country == ctx.focus or why.get("rule") not in ("earlier-in-document", "dateline")):
            return place, why
        home = country_place(self.geocoder, ctx.focus, ctx.places)
        if home is None:
            return place, why
        return home, {"rule": "document-focus-country", "country": ctx.focus, "instead_of": place.text}

    def _location(self, cand: Candidate, ctx: DocContext, s_start: int, s_end: int,
                  evidence: dict, dates: list | None = None) -> Place | None:
        past = background_asides(cand.trigger.head, dates or [], ctx.today)  # "Boko Haram, the
        # group that abducted 276 schoolgirls from Chibok in 2014": Chibok is no place of today's arrests
        inside = [p for p in ctx.places if p.start is not None and s_start <= p.start < s_end
                  and not any(a <= p.start < b for a, b in past)]
        heads = cand.roles.source + cand.roles.target
        if cand.modality.speaker is not None:  # "..., Saudi Arabia and the US said": who told, not where
            heads = [*heads, cand.modality.speaker]
        taken = {t.i for h in heads for t in actor_tokens(h)}
        focus, places = self._event_focus(cand, ctx) if any(sea_area(p) for p in inside) else (
            ctx.focus, ctx.places)
        for a, b in past:
            places = places.without(a, b)
        for p in [p for p in places if fled_elsewhere(cand.trigger.head, p)]:  # "fighting forced 10,000
            places = places.without(p.start, p.end)  # people to flee into Thailand": not the fighting's place
        inside = [p for p in inside if not fled_elsewhere(cand.trigger.head, p)]
        place, why = event_place(self.geocoder, cand.trigger.head, inside, taken, places, focus)
        if why.get("rule") == "document-focus-country" and ctx.dateline_place is not None and (
                ctx.dateline_place.country == ctx.focus):
            place, why = ctx.dateline_place, {"rule": "dateline", "text": ctx.dateline_place.text}
        place, why = first_filed(place, why, ctx.dateline_place, ctx.dateline_end)
        place, why = self._march_from_dateline(cand, ctx, place, why)  # "CHANDIGARH - ... towards Delhi"
        place, why = self._filed_abroad(place, why, ctx)  # "WASHINGTON (AP) - Sudanese troops clashed"
        place, why = part_over_dateline(place, why, ctx.places, ctx.dateline_end, s_start,
                                        text_of(cand.trigger.head.doc))  # "in central Mali"
        # "near the Syrian border town of X"; Turkish jets "near the border with Iraq": that country
        place, why = placed_abroad(self.actors, self.geocoder, cand, (s_start, s_end), place, why, ctx.places)
        place, why = self._at_home(cand, ctx, place, why)
        place, why = self._sent_from_home(cand, ctx, place, why)  # "was deported to Iraq": not Iraq
        place, why = self._at_speaker(cand, ctx, place, why)  # "Merkel urged Hungary to ...": Germany
        place, why = self._at_asker(cand, ctx, place, why, inside)  # "French unions urged the government"
        place, why = self._at_target(cand, ctx, place, why)  # "Russian hackers crippled a Czech website"
        place, why = self._at_teller(cand, ctx, place, why)  # "Russia fired missiles, Ukraine's army said"
        # "HYDERABAD: ... a clash in Shadnagar": near the dateline, not at it
        unknown = unknown_town(cand.trigger.head.doc, (s_start, s_end), ctx.places)
        place, why = near_unknown(place, why, unknown)
        if why:
            evidence["location"] = why
        return place

    def _march_from_dateline(self, cand: Candidate, ctx: DocContext, place: Place | None,
                             why: dict) -> tuple[Place | None, dict]:
        """A march its sentence tells only by the goal it headed towards ("CHANDIGARH - Farmers marched
        towards Delhi") set out from the dateline's town of the same country, not the goal it had yet to
        reach."""
        filed = ctx.dateline_place
        if filed is None or place is None or why.get("rule") != "in-sentence" or ctx.filed_abroad or (
                filed.country != place.country or (filed.start, filed.end) == (place.start, place.end)):
            return place, why
        if not toward_goal(cand.trigger.head.doc, place):
            return place, why
        return filed, {"rule": "dateline", "text": filed.text, "instead_of": place.text}

    def _event_focus(self, cand: Candidate, ctx: DocContext) -> tuple[str | None, list[Place]]:
        """The story's country and places for an event at sea, unless the story names that country only in
        the words of whoever told of the event ("Houthi rebels fired a missile at a ship in the Red Sea, the
        U.S. military said"): then the one country of the doers, if their words name one, else none, and
        the places without the teller's. On land the teller may well be of the place ("Boko Haram killed 14
        fishermen on an island in Lake Chad, Chadian officials said")."""
        speaker = cand.modality.speaker
        if speaker is None or ctx.focus is None:
            return ctx.focus, ctx.places
        words = actor_tokens(speaker)
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        named = [m for m in self.actors.country_mentions(text_of(speaker.doc)) if m[2] == ctx.focus]
        if not named or any(not (start <= a and b <= end) for a, b, _ in named):
            return ctx.focus, ctx.places
        doers = " ".join(t.text for h in cand.roles.source for t in actor_tokens(h))
        isos = {a.country for _, _, a in self.actors.mentions(doers)} - {None} if doers else set()
        return (isos.pop() if len(isos) == 1 else None), ctx.places.without(start, end)

    def _at_home(self, cand: Candidate, ctx: DocContext, place: Place | None,
                 why: dict) -> tuple[Place | None, dict]:
        """A state's arrests, bans, sentences and executions, or a nation's protests, happen at home:
        "DUBAI (Reuters) - Iran executed a man ..." took place in Iran, not where the dateline is,
        when the sentence names no place of its own (its troops' strikes abroad are not so moved)."""
        if place is None or why.get("rule") not in NO_PLACE_OF_ITS_OWN or not cand.roles.source:
            return place, why
        if why.get("rule") != "dateline" and (place.start is None or place.start >= ctx.dateline_end):
            return place, why  # a place the story itself named
        if (self.book.classes[cand.trigger.cls]["plover"] not in HOME_TYPES
                and cand.trigger.head.lemma_.lower() not in HOME_LEMMAS or cand.trigger.cls in TARGET_PLACED):
            return place, why
        words = " ".join(t.text for h in cand.roles.source for t in actor_tokens(h))
        isos = {iso for _, _, iso in self.actors.country_mentions(words)}
        if len(isos) != 1 or place.country in isos:
            return place, why
        return self._in_country(isos.pop(), ctx, place, why, "the doer's own country")

    def _at_teller(self, cand: Candidate, ctx: DocContext, place: Place | None,
                   why: dict) -> tuple[Place | None, dict]:
        """A blow a state struck that names no place hit, placed only in the striker's own country ("Russia
        fired two ballistic missiles on Thursday, Ukraine's air force said"): the launcher's country is no
        place hit; the one country of whoever told of it, the side that took the blow, is better
        (followups63)."""
        speaker = cand.modality.speaker
        if place is None or speaker is None or why.get("rule") != "document-focus-country" or (
                not cand.roles.source or self.book.classes[cand.trigger.cls]["plover"] != "ASSAULT"):
            return place, why
        doers = " ".join(t.text for h in cand.roles.source for t in actor_tokens(h))
        if {iso for _, _, iso in self.actors.country_mentions(doers)} != {place.country} or (
                place.country in readings()["test_launches"]["states"]):
            return place, why  # not "North Korea fired two missiles": its own tests, at home
        told = " ".join(t.text for t in actor_tokens(speaker))
        isos = {iso for _, _, iso in self.actors.country_mentions(told)}
        if len(isos) != 1 or place.country in isos:
            return place, why
        return self._in_country(isos.pop(), ctx, place, why, "the teller's own country")

    def _at_speaker(self, cand: Candidate, ctx: DocContext, place: Place | None,
                    why: dict) -> tuple[Place | None, dict]:
        """Words aimed at a state (an accusation, appeal, warning, praise or rebuff) that name no place of
        their own were spoken where the speaker is, not in the country they are aimed at: "The Lithuanian
        president accused Belarus ...", "Chancellor Merkel urged Hungary ..." took place in the speaker's
        one country, when the story's country is only the target's (targets-1)."""
        if place is None or why.get("rule") != "document-focus-country" or not cand.roles.source or (
                self.book.classes[cand.trigger.cls]["plover"] not in SPEECH_TYPES):
            return place, why
        aimed = " ".join(t.text for h in cand.roles.target or _told_subjects(cand.trigger.head)
                         for t in h.subtree)
        if place.country not in {iso for _, _, iso in self.actors.country_mentions(aimed)}:
            return place, why
        words = " ".join(t.text for h in cand.roles.source for t in actor_tokens(h))
        speakers = [a for _, _, a in self.actors.mentions(words, date=ctx.date)]
        isos = {a.country for a in speakers}
        if len(isos) != 1 or None in isos or place.country in isos or not all(
                a.sector in SPEAKER_SECTORS for a in speakers):
            return place, why
        return self._in_country(isos.pop(), ctx, place, why, "the speaker's own country")

    def _at_asker(self, cand: Candidate, ctx: DocContext, place: Place | None, why: dict,
                  inside: list[Place]) -> tuple[Place | None, dict]:
        """A nation's own group pressing a state organ named only by its office ("French unions urged the
        government to suspend arms sales to Saudi Arabia") does so at home, when the place left to the story,
        or the story's country, is another country its sentence names (sectors-1)."""
        if place is None or why.get("rule") not in counterpart_words()["own_side_place_rules"]:
            return place, why
        home = asker_home(self.actors, cand, self.book.classes[cand.trigger.cls]["plover"], ctx.date)
        named = {p.country for p in inside}
        if home is None or place.country == home or not {place.country, ctx.focus} & named:
            return place, why
        return self._in_country(home, ctx, place, why, "the asker's own country")

    def _in_country(self, iso3: str, ctx: DocContext, place: Place, why: dict,
                 rule: str) -> tuple[Place | None, dict]:
        """The country ``iso3`` as the event's place, for ``rule``; else the place as it was."""
        home = country_place(self.geocoder, iso3, ctx.places)
        if home is None:
            return place, why
        return home, {"rule": rule, "country": home.country, "instead_of": place.text}

    def _sent_from_home(self, cand: Candidate, ctx: DocContext, place: Place | None,
                        why: dict) -> tuple[Place | None, dict]:
        """People sent away abroad with no place but where they went ("The Shah deported Khomeini to Turkey",
        "Khomeini was deported to Iraq") were sent from the doer's one country, else from that of those sent
        (not migrants or workers, foreigners where they were; not the country they were sent to; gulf-3)."""
        if place is not None or why or cand.trigger.cls not in SENT_AWAY_CLASSES:
            return place, why
        doc = cand.trigger.head.doc
        first, after = sentence_bounds(cand.trigger.head)
        lo, hi = doc[first].idx, doc[after - 1].idx + len(doc[after - 1])
        inside = [p for p in ctx.places if p.start is not None and lo <= p.start < hi]
        away = sent_away_spans(cand.trigger.head, inside, ctx.places)
        went = {p.country for p in inside if (p.start, p.end) in away}
        sides = ((cand.roles.source, "the doer's own country"), (cand.roles.target, "the sent's own country"))
        for side, rule in sides:
            words = " ".join(t.text for h in side for t in actor_tokens(h))
            found = [a for _, _, a in self.actors.mentions(words, date=ctx.date)] if words else []
            isos = {a.country for a in found if a.sector not in FOREIGNERS} - {None}
            if side and (len(isos) != 1 or isos & went or any(a.sector in FOREIGNERS for a in found)):
                return place, why
            home = country_place(self.geocoder, isos.pop(), ctx.places) if isos else None
            if home is not None:
                return home, {"rule": rule, "country": home.country}
        return place, why

    def _at_target(self, cand: Candidate, ctx: DocContext, place: Place | None,
                   why: dict) -> tuple[Place | None, dict]:
        """A cyber attack happens where its target is, not where its doers are ("Russian hackers crippled
        the website of the Czech interior ministry": the Czech Republic): when its sentence names no town or
        region of its own, the one country its target's words name (crisis-1)."""
        if cand.trigger.cls not in TARGET_PLACED or not cand.roles.target:
            return place, why
        if place is not None and why.get("rule") not in NO_PLACE_OF_ITS_OWN and (place.precision or 4) < 4:
            return place, why  # "took control of a water facility in Pennsylvania"
        # "the website of the Czech interior ministry": the target's words with what they own
        words = " ".join(t.text for h in cand.roles.target for t in h.subtree)
        isos = {iso for _, _, iso in self.actors.country_mentions(words)}
        if len(isos) != 1 or place is not None and place.country in isos:
            return place, why
        home = country_place(self.geocoder, isos.pop(), ctx.places)
        if home is None:
            return place, why
        was = {"instead_of": place.text} if place is not None else {}
        return home, {"rule": "the target's country", "country": home.country, **was}


_COMPASS_PART = re.compile(r"\b(?:central|northern|southern|eastern|western|north-?eastern|north-?western"
                           r"|south-?eastern|south-?western|north|south|east|west)\s+$", re.I)


def _told_subjects(verb: Token) -> list[Token]:
    """The subjects of the clause a verb of saying tells ("warned that Pyongyang would face consequences")."""
    return [s for c in children_of(verb) if c.dep_ == "ccomp" for s in children_of(c)
            if s.dep_ in ("nsubj", "nsubjpass")]


def part_over_dateline(place: Place | None, why: dict, places: list[Place], end: int, start: int,
                       text: str) -> tuple[Place | None, dict]:
    """"BAMAKO, Mali (Reuters) - ... killed 14 civilians in central Mali ... The attackers stormed the market
    in <a village the gazetteer lacks>": an event borrowing the dateline's town happened in the part of
    the country the story named after the dateline ("central Mali"), not where the story was filed."""
    if place is None or why.get("rule") != "earlier-in-document" or place.start is None or place.start >= end:
        return place, why
    part = next((p for p in reversed(places) if p.start is not None and end <= p.start < start
                 and p.country == place.country and (p.precision or 4) >= 3
                 and _COMPASS_PART.search(text, max(0, p.start - 20), p.start)), None)
    if part is None:
        return place, why
    return part, {"rule": "earlier-in-document", "text": part.text, "start": part.start, "end": part.end,
                  "instead_of": place.text}


def state_blockade(trig: Trigger, source: list[Actor]) -> str:
    """A blockade by a state ("China could move to blockade Taiwan") is its coercion (PLOVER COERCE
    restrict, CAMEO 191), not a crowd's obstruction; the trigger's class otherwise."""
    spec = readings()["state_blockades"]
    if (trig.cls in spec["classes"] and trig.head.lemma_.lower() in spec["lemmas"] and source
            and all(a.sector in STATE_FORCE_SECTORS for a in source)):
        return spec["class"]
    return trig.cls


def joint_show(trig: Trigger, source: list[Actor]) -> str:
    """Drills or exercises held by the forces of two states or more together ("French and Egyptian warships
    launched war games") are military cooperation, as "joint drills" are (``joint_shows`` in
    data/readings.yaml); the trigger's class otherwise."""
    spec = readings()["joint_shows"]
    if trig.cls not in spec["classes"] or trig.head.lemma_.lower() not in spec["lemmas"]:
        return trig.cls
    states = {a.country for a in source if a.country and a.sector in STATE_FORCE_SECTORS}
    return spec["class"] if len(states) >= 2 else trig.cls


def test_launch(trig: Trigger, source: list[Actor], target: list[Actor]) -> str:
    """A missile fired by a state whose launches are tests ("North Korea fired two ballistic missiles") at no
    one named and killing no one is a weapons test (``test_launches`` in data/readings.yaml; eurasia63); the
    trigger's class otherwise."""
    spec = readings()["test_launches"]
    if trig.cls not in spec["classes"] or trig.head.lemma_.lower() not in spec["lemmas"] or target or not (
            source and all(a.country in spec["states"] for a in source)):
        return trig.cls
    fired = [o for o in children_of(trig.head) if o.dep_ == "dobj" and o.lemma_.lower() in spec["weapons"]]
    aimed = any(c.dep_ == "prep" and c.lower_ in ("at", "on", "toward", "towards", "against") and any(
        o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in children_of(c))
        for c in children_of(trig.head))  # "at a South Korean island", not "on Friday"
    hurt = any(c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in ("kill", "wound", "injure", "hit")
               for c in children_of(trig.head))
    return spec["class"] if fired and not aimed and not hurt else trig.cls


def aid_group_halt(trig: Trigger, source: list[Actor]) -> str:
    """An aid group or agency halting its own work ("MSF suspended its operations in Haiti's capital") gives
    less aid (PLOVER SANCTION discontinue, as a state's "suspended aid"): an unarmed body coerces no one
    (``aid_group_halts`` in data/readings.yaml; aid248). The trigger's class otherwise."""
    spec = readings()["aid_group_halts"]
    if trig.cls not in spec["classes"] or not source or not all(
            a.sector in spec["sectors"] and a.inter == spec["inter"] for a in source):
        return trig.cls
    work = [o for o in children_of(trig.head) if o.dep_ in ("dobj", "nsubjpass")
            and o.lemma_.lower() in spec["work"]]
    return spec["class"] if work else trig.cls


def first_filed(place: Place | None, why: dict, filed: Place | None, end: int) -> tuple[Place | None, dict]:
    """A story filed from two cities ("KYIV/MOSCOW (Reuters) -") told from the first: an event that names
    no place of its own is not placed at the second city, the last one named before it."""
    if filed is None or place is None or why.get("rule") != "earlier-in-document" or place.start is None:
        return place, why
    if place.start >= end or place.start == filed.start:
        return place, why
    return filed, {"rule": "dateline", "text": filed.text, "instead_of": place.text}


def _disaster_in(lede: list[SpacySpan], lex: Lexicon) -> bool:
    """Whether a sentence of ``lede`` not yet read tells a disaster's harm (:func:`disaster_told`); each
    is read once, in order, and dropped (the parse does not change while the sentences are coded)."""
    while lede:
        if disaster_told(lede.pop(0), lex):
            return True
    return False


def unknown_doers_here(source: list[Actor], where: str | None) -> list[Actor]:
    """A doer of an ACLED event known by a proper name the dictionaries lack ("Black Hand Vengeance"
    bombed a factory in Istanbul) is taken to be of the country where it acted, as ACLED codes a group it
    knows no country of; one of another country would have been named with it ("Russian", "of Chad").
    Called for events with an ACLED type only: a person met abroad ("Antonio Guterres met ...") keeps
    no country."""
    if where is None:
        return source
    out = []
    for actor in source:
        if actor.country is None and actor.evidence == UNKNOWN_NAME:
            actor = actor.copy()
            actor.country, actor.evidence = where, f"{UNKNOWN_NAME}+where:{where}"
        out.append(actor)
    return out


def _first_side(source: list[Actor], target: list[Actor], evidence: dict) -> list[Actor]:
    """"The Sudanese army and the RSF fought", "Britain and Argentina resumed relations": of two sides
    joined as doers of a reciprocal act, the first acts and the others are its target, not doers too."""
    others = {a.text for a in target}
    # "Armenian and Azerbaijani troops clashed, leaving three Armenian soldiers dead": the side its dead are
    # of is the target, named by other words (eurasia63)
    named = {a.name for a in target if a.name and a.country}
    first = [a for a in source if a.text not in others and a.name not in named]
    if not first:
        return source
    gone = others | {a.text for a in source if a.name in named}
    evidence["source"] = [n for n in evidence.get("source", []) if n.get("text") not in gone]
    return first


def _sides_apart(source: list[Actor], target: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """"Police and protesters clashed": each side of a crowd's fight with forces named as one coordination
    keeps only its own actors (the coordination's head brings in the other side too)."""
    doers, done = {a.text for a in source}, {a.text for a in target}
    if len(source) > 1:
        source = [a for a in source if a.text not in done] or source
    if len(target) > 1:
        target = [a for a in target if a.text not in doers] or target
    return source, target


def _suspects(actor: Actor) -> bool:
    """Whether an actor is named as suspects or wrongdoers ("three suspected robbers", "alleged kidnappers", a
    gang): people state forces hunt (``fallen_suspects`` in extract/data/readings.yaml)."""
    spec = readings()["fallen_suspects"]
    words = (actor.text or "").lower().split()
    return actor.sector in spec["sectors"] or any(w in spec["marks"] for w in words)


def _forces_against_suspects(source: list[Actor], target: list[Actor],
                             evidence: dict) -> tuple[list[Actor], list[Actor]]:
    """'Three suspected robbers were killed in a gunfight with police', '... in crossfire with RAB': suspects
    who fell in a fight with state forces were the forces' target, the forces its doer, as in a raid or an
    encounter; other sides that fell keep the fight (soldiers killed in a battle with militants;
    casualty61)."""
    if not source or not target or not all(_suspects(a) for a in source) or not all(
            a.inter == 1 and a.sector in STATE_FORCE_SECTORS for a in target):
        return source, target
    evidence["source_rule"] = "state forces that fought the suspects who fell"
    return target, source


def _sides(cand: Candidate, source: list[Actor]) -> bool:
    """Whether the doer and its target were named as two sides alike ("Indian and Pakistani troops",
    "clashes between X and Y"), not as one who acted and one acted upon ("repelled an offensive")."""
    return cand.roles.rules.get("target") in ("other side", "between") or any(
        (a.evidence or "").startswith("coordinated:") for a in source)


def _home_side_first(source: list[Actor], target: list[Actor], where: str | None,
                     evidence: dict) -> tuple[list[Actor], list[Actor]]:
    """"Indian and Pakistani troops exchanged fire" in Azad Kashmir: of two states' forces fighting each
    other, the side whose country the fight is in acts first (ACLED's actor 1); the one abroad is its
    target, or stays a doer after it when both are doers ("... exchanged fire, killing two civilians")."""
    first = source[0] if source else None
    if first is None or where is None or "+abroad:" not in (first.evidence or "") or first.country == where:
        return source, target
    sides = source[1:] + target
    home = next((a for a in sides if a.country == where and a.sector in STATE_FORCE_SECTORS), None)
    if home is None:
        return source, target
    evidence["source_rule"] = f"the side at home first: {home.text} (not {source[0].text}, abroad)"
    if home in source:
        return [home] + [a for a in source if a is not home], target
    return [home] + source[1:], [source[0]] + [a for a in target if a is not home]


HARM_VERBS = frozenset({"kill", "wound", "injure"})  # an attack's outcome names its victims
# types of a primary event that may take the target of its complement (not violence, protest or coercion,
# whose targets the ACLED rules read)
COMPLEMENT_TARGET_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "AGREE",
                                     "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})


def _not_itself(source: list[Actor], target: list[Actor], evidence: dict) -> list[Actor]:
    """A government is not the target of its own act ("a deal brokered by China" is not China's to
    China): a target read from the same words as a source and resolved to the same government is dropped
    (not "Scotland's first minister", told apart from "Britain's prime minister")."""
    govs = {(a.name, a.text) for a in source if a.sector == "GOV" and a.name}
    if len(source) != 1 or not any((a.name, a.text) in govs and a.sector == "GOV" for a in target):
        return target  # "Armenia and Azerbaijan blamed each other": each is the other's target
    kept = [a for a in target if not ((a.name, a.text) in govs and a.sector == "GOV")]
    if not kept:
        evidence.pop("target", None)
    return kept


# a state's or an international body's forces found as doer and target are one side misread twice; crowds and
# communities may fight among themselves ("villagers clashed", mob violence)
SIDE_FORCES = frozenset({1, 8})


def _not_the_target(source: list[Actor], target: list[Actor], evidence: dict) -> list[Actor]:
    """A doer found by a search of the sentence is not the target the roles already gave ("A convoy of UN
    peacekeepers came under attack": the peacekeepers are attacked, not attackers too): a source of the
    same words and name as a target is dropped, and the doer stays unknown (roles59); only state or
    international forces, not crowds."""
    told = {(a.name, a.text) for a in target}
    kept = [a for a in source if (a.name, a.text) not in told or a.inter not in SIDE_FORCES]
    if len(kept) < len(source) and not kept:
        evidence.pop("source", None)
    return kept


def _not_the_crowd(ptype: str, source: list[Actor], target: list[Actor], evidence: dict) -> list[Actor]:
    """A crowd does not protest against a crowd: "Thousands of supporters of the ousted president protested
    in Niamey" read its own words as its target (lead48c), before the crowd is named its source; a target
    that is protesters or rioters is dropped from a protest."""
    if ptype != "PROTEST" or any(a.inter not in (5, 6) for a in source):
        return target
    kept = [a for a in target if a.inter not in (5, 6)]
    if not kept and target:
        evidence.pop("target", None)
    return kept


def _aim_at_doers(events: list[Event], cands: list[Candidate], pairs: list[remention.Pair]) -> None:
    """'The government condemned the attack': a reaction to a deed told before, with no target of its own,
    is aimed at that deed's doers."""
    if not pairs:
        return
    event_of = {id(c): e for c, e in zip(cands, events, strict=True)}
    for reaction, host in pairs:
        said, done = event_of[id(reaction)], event_of[id(host)]
        said.evidence["trigger"]["answers"] = done.event_id  # a reaction to news told (salience)
        if not said.target and done.source:
            said.target = [a.copy() for a in done.source]
            said.evidence["target"] = [{"text": a.text, "resolved": a.name,
                                        "rule": f"doer of the {host.trigger.head.text} told before"}
                                       for a in said.target]


def _armed_doers_aimed_at(events: list[Event], cands: list[Candidate]) -> None:
    """'Police shot dead a man who had stabbed three people', 'a man who stabbed ... was arrested', '...
    before police shot him': the man another act of the sentence makes an armed doer is that armed actor
    as its target too (in place; ACLED then types the shooting as a clash, as with "the attacker"); 'the
    man' or 'him' of a later sentence is he when one armed doer of that head word was told before. Only a
    force's act (police, troops, guards; not a crowd's lynching nor a state's execution), and not a deed only
    charged ("a man accused of kidnapping a child")."""
    armed: dict[tuple[int, int], Actor] = {}  # (sentence, head token) -> the armed actor it names
    heads: dict[str, list[tuple[int, Actor]]] = {}  # head word -> (sentence, armed actor)
    for cand, event in zip(cands, events, strict=True):
        if only_charged(cand.trigger.head):
            continue
        for tok in cand.roles.source:
            actor = next((a for a in event.source if (a.evidence or "").startswith("armed:") and a.text
                          and a.text.lower().split()[-1] == tok.lower_), None)
            if actor is not None and (cand.sentence, tok.i) not in armed:
                armed[(cand.sentence, tok.i)] = actor
                heads.setdefault(tok.lower_, []).append((cand.sentence, actor))
    if not armed:
        return
    for cand, event in zip(cands, events, strict=True):
        if not any(a.sector in ARMED_SECTORS or a.inter in (2, 3, 4, 8) for a in event.source):
            continue
        for tok in cand.roles.target:
            found = armed.get((cand.sentence, tok.i))
            told = [a for a in event.target if a.inter in (0, 5, 7) and a.text and (
                a.text.lower().split()[-1] == tok.lower_)]
            if found is None and told:
                found = _armed_told_before(told[0], tok, cand.sentence, heads)
            if found is None or not told or found in event.source:
                continue
            actor = replace(found, text=told[0].text, evidence=f"aimed at:{found.evidence}")
            event.target = [actor if a is told[0] else a for a in event.target]
            event.evidence["target"] = [{"text": a.text, "resolved": a.name, "rule": a.evidence}
                                        for a in event.target]


def _armed_told_before(actor: Actor, tok: Token, sentence: int,
                       heads: dict[str, list[tuple[int, Actor]]]) -> Actor | None:
    """The one armed doer told in this or an earlier sentence whom 'him', 'her' or 'the man' names."""
    word = tok.lower_
    if tok.pos_ == "PRON" and word in ("him", "her"):
        named = re.search(r"\(([^()]+)\)", (actor.evidence or "").partition("pronoun:")[2])
        word = named.group(1).lower().split()[-1] if named and named.group(1).split() else ""
    elif not (actor.text or "").lower().startswith("the "):
        return None
    found = [a for s, a in heads.get(word, ()) if s <= sentence]
    return found[0] if len(found) == 1 else None


def _target_of_complement(events: list[Event], doc: Doc) -> None:
    """A primary event with a doer and no target whose words govern another event of the same doer takes
    that event's target: "Iraq refused to let U.N. inspectors visit the site" (the inspectors)."""
    primary = next((e for e in events if e.primary), None)
    if primary is None or primary.target or not primary.source or (
            primary.plover.get("type") not in COMPLEMENT_TARGET_TYPES):
        return
    span = doc.char_span(primary.trigger.start, primary.trigger.end, alignment_mode="expand")
    if span is None:
        return
    head = span.root
    if denial(head):  # "the army denied accusations that it killed civilians": the deed's victims are not it
        return
    last = doc[head.right_edge.i]
    low, high = doc[head.left_edge.i].idx, last.idx + len(last)
    doers = {a.country or a.name for a in primary.source}
    for event in events:
        if event is primary or event.sentence != primary.sentence or not event.target or not (
                low <= event.trigger.start and event.trigger.end <= high):
            continue
        described = not event.source and any(  # "called for the release of detained activist X": X
            s.get("rule") == CUSTODY_DESCRIBED for s in event.evidence.get("source") or ())
        if not described and not doers & {a.country or a.name for a in event.source}:
            continue
        actor = event.target[0]
        if actor.country and actor.country in doers:
            continue
        actor = replace(actor, evidence=f"complement's target:{actor.evidence}")
        primary.target = [actor]
        primary.evidence["target"] = [{"text": actor.text, "resolved": actor.name, "rule": actor.evidence}]
        return


def _said_anchor(cand: Candidate, start: int) -> int:
    """Where to look for an event's day: at the verb that states a measure as an intent or an ultimatum
    ("on Friday announced a strike from Monday unless ...": Friday, the day it was said), else the trigger."""
    head = cand.trigger.head
    if "+intent:" in cand.trigger.rule and cand.trigger.is_noun and head.dep_ == "dobj":
        return head.head.idx
    return start


def _earlier_in_paragraph(dates: list[DateInfo], text: str, start: int,
                          dateline_end: int = 0, today: str | None = None) -> DateInfo | None:
    """An event whose sentence states no date happened on the day its paragraph last stated
    ("On 9 May, rebels attacked X. Two soldiers were killed."); a dateline's day is the filing day, not
    one the paragraph told (the lede's "on Tuesday" after "CAIRO, Aug. 14, 2024 (Reuters) - "). With
    ``today`` (the story's day; given for a past act) a day resolved from it counts too ("On Saturday,
    hundreds marched. Police fired tear gas"), unless it lies after that day ("will march on Sunday") or
    names a thing ("Sunday's vote")."""
    para = max(text.rfind("\n\n", 0, start) + 1, dateline_end)
    earlier = [d for d in dates if d.start is not None and para <= d.start < start and d.precision == "day"
               and (d.basis == "text" or today is not None and _told_day(d, today))]
    return replace(earlier[-1]) if earlier else None


def _present_perfect(verb: Token) -> bool:
    """'The government has denied wrongdoing': an act told up to now, not on a day told before it."""
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'ve")
                                      for c in children_of(verb))


def _told_day(d: DateInfo, today: str) -> bool:
    """Whether a day resolved from the story's day (basis relative) is one a past act may be told on: not
    after that day, and not a possessive naming a thing ("Sunday's vote")."""
    return (d.basis == "relative" and (d.value or "") <= today
            and not (d.text or "").endswith(("'s", "’s")))


def _story_dates(text: str, published: str | None) -> tuple[list[DateInfo], DateInfo | None]:
    """The text's dates, and its dateline's day when that is not the publication date ("CAIRO, Aug 14
    (Reuters) - "): then the story's "on Wednesday" counts from the dateline's day."""
    dates = find_dates(text, published)
    day = dateline_day(dates, dateline_end(text))
    if day is None or day.value == published:
        return dates, None
    dates = find_dates(text, day.value)
    return dates, dateline_day(dates, dateline_end(text))


def _dated(date: DateInfo, day: DateInfo | None) -> DateInfo:
    """An event with no date of its own in a story whose dateline gives a day other than the publication
    date: the dateline's day, a date the text states."""
    return replace(day) if day is not None and date.basis == "published" else date


def _past_lede(text: str, start: int, dateline_end: int = 0) -> bool:
    """Whether ``start`` lies in a paragraph after the story's first (the lede's)."""
    lede_end = text.find("\n\n", dateline_end)
    return 0 <= lede_end < start


def _lede_paragraph_day(dates: list[DateInfo], text: str, start: int,
                        dateline_end: int = 0, further: bool = False) -> DateInfo | None:
    """An event in the paragraph right after the story's first one that states no date of its own
    happened on the day the lede gave ("Police raided the party's office on Wednesday ... / Officers
    fired tear gas at the crowd"): the second paragraph tells the lede's news on. With ``further`` (a
    round-up's item) a paragraph further on takes it too."""
    para = text.rfind("\n\n", 0, start)
    if para < 0 or (text.rfind("\n\n", 0, para) >= 0 and not further):  # the lede itself, or further on
        return None
    lede_end = text.find("\n\n", dateline_end) if further else para
    days = [d for d in dates if d.start is not None and dateline_end <= d.start < lede_end
            and d.basis in ("text", "relative") and d.precision == "day"]
    return replace(days[0]) if days else None


# where the sentence names no place: the story's earlier place, its dateline, its country
NO_PLACE_OF_ITS_OWN = {"earlier-in-document", "first-in-document", "dateline", "document-focus-country"}
SENTENCE_PLACES = {"in-sentence", "country named beside the place"}  # the event's sentence named its place


def named_place(evidence: dict, where: str | None) -> str | None:
    """The country of the event's place (``where``) when its own sentence named that place ("closed the
    humanitarian corridor out of Mariupol"), else None (roles248)."""
    return where if (evidence.get("location") or {}).get("rule") in SENTENCE_PLACES else None
HOME_TYPES = {"COERCE", "SANCTION", "PROTEST"}  # done by a state or a people at home
HOME_LEMMAS = {"execute", "hang"}  # a state's executions
SPEECH_TYPES = {"ACCUSE", "SUPPORT", "REQUEST", "THREATEN", "REJECT"}  # words aimed at a state: the speaker's
SPEAKER_SECTORS = STATE_SECTORS | {"ELI"}  # a state's own speakers, in office or out of it (targets-1)
SENT_AWAY_CLASSES = {"deport", "expel"}  # "deported Khomeini to Turkey": from his own country
FOREIGNERS = {"REF", "LAB"}  # migrants and workers sent away are foreigners where they were
TARGET_PLACED = {"cyber"}  # done from afar, where the target is: "Russian hackers crippled a Czech website"


def _dead_to_come(kind: str, cand: Candidate) -> bool:
    """'Saudi Arabia is due to execute seven men next week': a killing still to come, not hypothetical, has
    no dead yet (justice-2)."""
    mod = cand.modality.modality
    return kind == "killed" and mod.future and not mod.hypothetical and not mod.negated


def _confidence(cand: Candidate, source: list[Actor], target: list[Actor]) -> float:
    score = 0.45 * cand.trigger.entry.weight
    score += 0.2 if source else 0.0
    score += 0.15 if target else 0.0
    score += 0.1 if cand.trigger.kind in ("verb", "phrase") else 0.05
    if cand.modality.modality.hypothetical or cand.modality.modality.negated:
        score -= 0.1
    return round(max(0.05, min(0.99, score)), 3)
