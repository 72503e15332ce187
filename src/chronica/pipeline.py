"""Wire the stages: document -> spaCy -> candidate events -> actors, place, date, codes -> events.

This is the one place that says what runs in which order. Each stage is passed in (or built with
its defaults) so that tests and the Dask runner can share or replace them.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from chronica.actors import ActorResolver
from chronica.classify import AcledModel, features, load_default
from chronica.extract import Candidate, Extractor, discourse
from chronica.geo import Geocoder
from chronica.geo.where import event_place
from chronica.ingest import dateline
from chronica.ontology.acled import name_actors
from chronica.ontology.acled import refine as refine_acled
from chronica.ontology.mapping import Codebook, codebook
from chronica.record import Actor, DateInfo, Document, Event, Modality, Place, Span
from chronica.salience import choose_primary
from chronica.when import event_date, find_dates

log = logging.getLogger(__name__)

CONTENT_POS = {"NOUN", "VERB", "ADJ"}
DATELINE_DASH = re.compile(r"\s(?:-|--|\u2013|\u2014)\s")
FIRST_PERSON = {"we", "our", "us", "ours", "i", "my", "me"}
THIRD_PLURAL = {"they", "them", "their"}
THIRD_SINGULAR = {"he", "him", "his", "she", "her"}
REQUEST_LIKE = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"}
# Types of event whose doer may be found among the sentence's mentions when the parse names none.
OWNED_HEADS = {"force", "forces", "army", "troops", "military", "police", "government", "navy"}
DOER_TYPES = {"ASSAULT", "PROTEST", "COERCE"}
VICTIM_VERBS = {"die", "perish", "kill", "injure", "wound", "hurt", "arrest", "detain"}
REPORTING_VERBS = {"say", "observe", "report", "tell", "announce", "confirm", "claim", "state", "add"}
# Non-state roles whose generic mentions corefer with a named group ("the rebels" -> the MRTA).
COREF_SECTORS = {"REB", "INS", "SEP", "PRM", "UAF", "OPP", "PTY", "CRM", "IMG"}


@dataclass
class DocContext:
    """What the resolvers know about the whole document while coding its sentences."""

    document: Document
    date: str | None
    focus: str | None
    places: list[Place]
    speaker: Actor | None
    dateline_end: int = 0  # "MAIDUGURI, Nigeria - ": words before this offset name no actor
    dateline_place: Place | None = None
    where: str | None = None  # the country of the event being coded
    named: dict = field(default_factory=dict)  # named groups of the document, in order of mention


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
    ) -> None:
        from chronica import nlp as nlp_mod

        self.nlp = nlp or nlp_mod.load()
        self.actors = actors or ActorResolver()
        self.geocoder = geocoder or Geocoder()
        self.book = book or codebook()
        self.extractor = extractor or Extractor()
        # True: the package's trained ACLED model (if any); False or None: rules alone
        self.classifier = load_default() if classifier is True else (classifier or None)
        self.feature_log: list[tuple[str, dict, str | None]] | None = None  # for training

    # -- public -------------------------------------------------------------------------------
    def code(self, document: Document) -> list[Event]:
        """Code one document (its status becomes 'coded')."""
        return self._code_parsed(document, self.nlp(document.text))

    def code_many(
        self, documents: Iterable[Document], batch_size: int = 16
    ) -> Iterator[tuple[Document, list[Event]]]:
        """Code documents in batches through ``nlp.pipe``; yields each with its events, in order.

        A document none of whose words can be a trigger (:class:`chronica.nlp.TriggerPrefilter`)
        is not parsed: it is coded as no events, which is what the extractor would find in it.
        Set ``self.prefilter = False`` to parse everything.
        """
        from chronica.nlp import TriggerPrefilter

        check = getattr(self, "prefilter", None)
        if check is None:
            check = self.prefilter = TriggerPrefilter(self.nlp, self.extractor.trigger_lemmas,
                                                      self.extractor.lex.forms)
        ready: list[tuple[Document, list[Event]]] = []  # skipped documents wait for their turn

        def parse_these() -> Iterator[tuple[str, Document]]:
            for d in documents:
                if check and not check(d.text):
                    d.status = "coded"
                    ready.append((d, []))
                else:
                    ready.append((d, None))  # type: ignore[arg-type]
                    yield d.text, d

        def flush(upto: Document | None) -> Iterator[tuple[Document, list[Event]]]:
            while ready and ready[0][0] is not upto and ready[0][1] is not None:
                yield ready.pop(0)

        for parsed, document in self.nlp.pipe(parse_these(), as_tuples=True, batch_size=batch_size):
            yield from flush(document)
            ready.pop(0)
            try:
                events = self._code_parsed(document, parsed)
            except Exception as err:  # one bad document must not stop a run
                log.exception("coding %s failed", document.doc_id)
                document.status = "failed"
                document.problems.append(f"coding failed: {type(err).__name__}: {err}")
                events = []
            yield document, events
        yield from flush(None)

    # -- stages -------------------------------------------------------------------------------
    def _code_parsed(self, document: Document, doc: Doc) -> list[Event]:
        dates = find_dates(doc.text, document.published)
        ctx = self._context(document, doc, dates)
        plover_of = self.extractor.plover_of
        cands: list[Candidate] = []
        bounds: dict[int, tuple[int, int]] = {}
        for index, sent in enumerate(doc.sents):
            found, orphans = self.extractor.sentence(sent, index)
            cands.extend(found)
            bounds[index] = (sent.start_char, sent.end_char)
            discourse.carry(cands, orphans, index, plover_of)
        cands = discourse.merge(cands, plover_of)
        events = [self._event(c, ctx, dates, *bounds[c.sentence]) for c in cands]
        refine_acled(events, self.book)
        choose_primary(events, document)
        self._classify(events, doc)
        name_actors(events, self._conventional, ctx.focus)
        document.status = "coded"
        return events

    def _context(self, document: Document, doc: Doc, dates: list) -> DocContext:
        places = self.geocoder.places(doc)
        focus = self.geocoder.focus(places)
        date = document.published
        if date is None:
            stated = [d for d in dates if d.basis == "text" and d.precision == "day"]
            date = stated[0].value if stated else None
        if focus is None:
            mentions = self.actors.country_mentions(doc.text)
            if mentions:
                counts: dict[str, int] = {}
                for _, _, iso in mentions:
                    counts[iso] = counts.get(iso, 0) + 1
                focus = max(counts, key=counts.__getitem__)
        speaker = None
        if document.author:
            speaker = self.actors.resolve(document.author, date=date, focus=focus)
        end, place = self._dateline(doc.text, places, focus)
        return DocContext(document, date, focus, places, speaker, end, place)

    def _dateline(self, text: str, places: list[Place], focus: str | None) -> tuple[int, Place | None]:
        """Where the dateline ends, and the place it names (resolved in the story's country)."""
        found = dateline(text)
        if not found:
            return 0, None
        dash = DATELINE_DASH.search(text, 0, 240)
        end = dash.end() if dash else 0
        name = found[0].split(",")[0].strip()
        place = next((p for p in places if p.start is not None and p.start < end), None)
        if place is None and name:
            candidates = self.geocoder.lookup(name.title())
            place = next((c for c in candidates if focus is None or c.country == focus), None)
        return end, place

    def _event(self, cand: Candidate, ctx: DocContext, dates: list, s_start: int, s_end: int) -> Event:
        trig = cand.trigger
        doc = trig.head.doc
        first, last = doc[trig.first], doc[trig.last - 1]
        tspan = Span(doc.text[first.idx : last.idx + len(last)], first.idx, last.idx + len(last))
        head = trig.head
        root = head.dep_ == "ROOT" or (
            head.dep_ in ("xcomp", "ccomp", "conj", "dobj", "attr") and head.head.dep_ == "ROOT")
        evidence: dict = {"trigger": {"rule": trig.rule, "class": trig.cls, "root": root}}
        if _background(head):
            evidence["trigger"]["background"] = True
        location = self._location(cand, ctx, s_start, s_end, evidence)
        ctx.where = location.country if location is not None else None
        source = self._actors(cand.roles.source, ctx, evidence, "source")
        target = self._actors(cand.roles.target, ctx, evidence, "target")
        if not source and self.book.classes[trig.cls]["plover"] in DOER_TYPES:
            source = self._doer_in_sentence(cand, ctx, s_start, s_end, evidence)
        target_words = [t.lemma_.lower() for t in cand.roles.target] if not target else []
        coding = self.book.code(trig.cls, source, target, target_words)
        if not target and coding.plover["type"] in REQUEST_LIKE:
            target = self._addressee(cand, ctx, evidence)
            coding = self.book.code(trig.cls, source, target, target_words)
        date = event_date(dates, s_start, s_end, ctx.document.published, anchor=tspan.start)
        if date.basis != "text":
            earlier = _earlier_in_paragraph(dates, doc.text, s_start)
            if earlier is not None:
                date = earlier
                evidence["date_rule"] = "stated earlier in the paragraph"
        evidence["date"] = {"basis": date.basis, "text": date.text, "start": date.start,
                            "end": date.end}
        counts = {k: c.value for k, c in cand.counts.items()}
        if cand.counts:
            evidence["counts"] = {k: {"text": c.text, "start": c.start, "end": c.end, "rule": c.rule}
                                  for k, c in cand.counts.items()}
        modality: Modality = cand.modality.modality
        evidence["modality"] = cand.modality.cues
        if cand.modality.speaker is not None:
            evidence["reported_by"] = cand.modality.speaker.text
        confidence = _confidence(cand, source, target)
        key = f"{ctx.document.doc_id}:{tspan.start}:{trig.cls}"
        return Event(
            event_id=hashlib.sha1(key.encode()).hexdigest()[:16],
            doc_id=ctx.document.doc_id,
            sentence=cand.sentence,
            text=doc.text[s_start:s_end].strip(),
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

    def _classify(self, events: list[Event], doc: Doc) -> None:
        """Let the trained model settle the primary event's ACLED type."""
        primary = next((e for e in events if e.primary), None)
        if primary is None or (self.classifier is None and self.feature_log is None):
            return
        lead = [t for i, sent in enumerate(doc.sents) if i <= primary.sentence + 2 for t in sent]
        lemmas = [t.lemma_.lower() for t in lead if t.pos_ in CONTENT_POS and not t.is_stop]
        feats = features(events, lemmas)
        rule_sub = primary.acled["sub_event_type"] if primary.acled else None
        named = bool(primary.source and primary.target) and all(
            a.inter and not (a.evidence or "").startswith("acled-convention")
            for a in primary.source + primary.target)
        if self.feature_log is not None:
            self.feature_log.append((primary.doc_id, feats, rule_sub, named))
        if self.classifier is None:
            return
        sub, prob = self.classifier.decide(feats, rule_sub, named)
        if sub != rule_sub and sub is not None:
            primary.acled = {"event_type": self.classifier.parents[sub], "sub_event_type": sub}
            primary.evidence.setdefault("acled", []).append(f"model: {sub} (p={prob:.2f}; rules: {rule_sub})")

    # -- actors -------------------------------------------------------------------------------
    def _conventional(self, kind: str, country: str | None) -> Actor | None:
        """The actor ACLED writes for a role in a country: 'Protesters (Mexico)'."""
        return self.actors.resolve(kind, focus=country, where=country)

    def _actors(self, heads: list[Token], ctx: DocContext, evidence: dict, role: str) -> list[Actor]:
        from chronica.extract.roles import expand

        out: list[Actor] = []
        notes = []
        for head in heads:
            for tok in expand(head):
                if tok.idx < ctx.dateline_end:
                    continue  # "LIMA, April 22 -": the dateline
                actor = self._actor(tok, ctx)
                phrase = _phrase(tok, ctx.dateline_end)
                if actor is None:
                    notes.append({"text": phrase, "resolved": None})
                    continue
                if all(a.name != actor.name or a.text != actor.text for a in out):
                    out.append(actor)
                notes.append({"text": phrase, "resolved": actor.name, "rule": actor.evidence,
                              "start": _phrase_start(tok, ctx.dateline_end), "end": tok.idx + len(tok)})
        if notes:
            evidence[role] = notes
        return out

    def _actor(self, tok: Token, ctx: DocContext) -> Actor | None:
        if tok.idx < ctx.dateline_end:
            return None  # "MAIDUGURI, Nigeria -": a dateline, not an actor
        low = tok.lower_
        if tok.pos_ == "PRON":
            if low in FIRST_PERSON and ctx.speaker is not None:
                return _with_text(ctx.speaker, tok.text, "first-person:document author")
            if low in THIRD_PLURAL:
                return self._plural_antecedent(tok, ctx)
            if low in THIRD_SINGULAR:
                person = next((e for e in reversed(tok.doc.ents)
                               if e.label_ == "PERSON" and e.end <= tok.i), None)
                if person is not None:
                    named = self.actors.resolve(person.text, date=ctx.date, focus=ctx.focus, where=ctx.where)
                    if named is not None:
                        return _with_text(named, tok.text, f"pronoun:last named person ({person.text})")
            return None
        phrase = _phrase(tok, ctx.dateline_end)
        actor = self.actors.resolve(phrase, date=ctx.date, focus=ctx.focus, where=ctx.where)
        if actor is None:
            # "a militia check point", "a police station": the owner named by a modifier
            for child in tok.children:
                if child.dep_ in ("compound", "amod", "nmod") and child.pos_ in ("NOUN", "PROPN", "ADJ"):
                    owner = self.actors.resolve(_phrase(child), date=ctx.date, focus=ctx.focus,
                                                where=ctx.where)
                    if owner is not None and owner.sector:
                        actor = _with_text(owner, phrase, f"owner:{owner.evidence}")
                        break
        if actor is None and tok.ent_type_ in ("PERSON", "ORG", "NORP"):
            span = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            name = span.text if span is not None else tok.text
            actor = Actor(text=phrase, name=name, evidence=f"ner:{tok.ent_type_}")
        if actor is None:
            return None
        return self._corefer(actor, ctx)

    def _plural_antecedent(self, tok: Token, ctx: DocContext) -> Actor | None:
        """'They' is the subject of the sentence before, when that names a group: "Police
        blocked the square. They beat many protesters." """
        sents = list(tok.doc.sents)
        index = next((i for i, s in enumerate(sents) if s.start <= tok.i < s.end), 0)
        if index == 0:
            return None
        for cand in sents[index - 1]:
            if cand.dep_ == "nsubj" and cand.pos_ in ("NOUN", "PROPN") and cand.idx >= ctx.dateline_end:
                actor = self.actors.resolve(_phrase(cand, ctx.dateline_end), date=ctx.date,
                                            focus=ctx.focus, where=ctx.where)
                if actor is not None:
                    why = f"pronoun:subject of the sentence before ({cand.text})"
                    return _with_text(actor, tok.text, why)
        return None

    def _corefer(self, actor: Actor, ctx: DocContext) -> Actor:
        """'the guerrilla commando' after 'the MRTA' is the MRTA: a generic non-state group takes
        the name of the last named group of the same role and country in the document."""
        rule = actor.evidence or ""
        if rule.startswith("org:"):
            ctx.named[actor.name] = actor
        elif rule.startswith("role:") and actor.sector in COREF_SECTORS:
            for named in reversed(list(ctx.named.values())):
                if self.actors.may_corefer(actor, named):
                    return _with_text(named, actor.text, f"coreference:{named.name} ({rule})")
        return actor

    def _doer_in_sentence(self, cand: Candidate, ctx: DocContext, s_start: int, s_end: int,
                          evidence: dict) -> list[Actor]:
        """An attack or protest whose parse names no doer: the first actor the sentence mentions
        that is not the target and not a reporter ("the OSCE observed", "police said")."""
        doc = cand.trigger.head.doc
        blocked = {t.i for h in cand.roles.target for t in _actor_tokens(h)}
        for tok in cand.trigger.head.sent:
            if (tok.dep_ == "nsubj" and tok.head.lemma_ in REPORTING_VERBS | VICTIM_VERBS) or (
                    tok.dep_ in ("nsubjpass", "dobj", "dative")) or (
                    tok.dep_ == "pobj" and tok.head.lower_ in ("against", "on", "at", "into", "to")):
                blocked.update(t.i for t in tok.subtree)  # reporters, victims and objects did not do it
        blocked.update(range(cand.trigger.first, cand.trigger.last))
        text = doc.text[s_start:s_end]
        for start, end, actor in self.actors.mentions(text, date=ctx.date, focus=ctx.focus, where=ctx.where):
            span = doc.char_span(s_start + start, s_start + end, alignment_mode="expand")
            if span is None or any(t.i in blocked for t in span) or span.start_char < ctx.dateline_end:
                continue
            actor.evidence = f"mention in sentence: {actor.evidence}"
            evidence["source"] = [{"text": span.text, "resolved": actor.name, "rule": actor.evidence,
                                   "start": span.start_char, "end": span.end_char}]
            return [actor]
        return []

    def _addressee(self, cand: Candidate, ctx: DocContext, evidence: dict) -> list[Actor]:
        """A demand or accusation with no named addressee is aimed at the government of the
        country it is about: 'we demand an end to the detention of prisoners in Peru'."""
        head = cand.trigger.head
        objects = [c for c in head.children if c.dep_ in ("dobj", "prep", "ccomp", "xcomp")]
        for obj in objects:
            for tok in obj.subtree:
                if tok.ent_type_ == "GPE":
                    actor = self.actors.resolve(f"the government of {tok.text}", date=ctx.date)
                    if actor is not None and actor.country:
                        actor = _with_text(actor, tok.text, "addressee:country of the demand")
                        evidence["target"] = [{"text": tok.text, "resolved": actor.name,
                                               "rule": actor.evidence}]
                        return [actor]
        return []

    # -- place --------------------------------------------------------------------------------
    def _location(self, cand: Candidate, ctx: DocContext, s_start: int, s_end: int,
                  evidence: dict) -> Place | None:
        inside = [p for p in ctx.places if p.start is not None and s_start <= p.start < s_end]
        actor_tokens = {t.i for h in cand.roles.source + cand.roles.target for t in _actor_tokens(h)}
        place, why = event_place(self.geocoder, cand.trigger.head, inside, actor_tokens, ctx.places,
                                 ctx.focus)
        if why.get("rule") == "document-focus-country" and ctx.dateline_place is not None and (
                ctx.dateline_place.country == ctx.focus):
            place, why = ctx.dateline_place, {"rule": "dateline", "text": ctx.dateline_place.text}
        if why:
            evidence["location"] = why
        return place


def _phrase(tok: Token, after: int = 0) -> str:
    """The words of a noun phrase up to its head: 'the Peruvian government', 'President Fujimori';
    none before character ``after`` (the end of a dateline)."""
    doc = tok.doc
    start = tok.left_edge.i
    while start < tok.i and (doc[start].is_punct or doc[start].dep_ in ("cc", "prep", "case")
                             or doc[start].idx < after):
        start += 1
    end = tok.i + 1
    while end < len(doc) and doc[end].dep_ in ("compound", "flat") and doc[end].head.i > tok.i:
        end += 1
    if tok.lemma_.lower() in OWNED_HEADS:  # "military forces of Azerbaijan", "the army of Mali"
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is not None and obj.ent_type_ in ("GPE", "NORP", "ORG"):
            end = obj.i + 1
    return doc[start:end].text


def _earlier_in_paragraph(dates: list[DateInfo], text: str, start: int) -> DateInfo | None:
    """An event whose sentence states no date happened on the day its paragraph last stated
    ("On 9 May, rebels attacked X. Two soldiers were killed.")."""
    para = text.rfind("\n\n", 0, start) + 1
    earlier = [d for d in dates if d.start is not None and para <= d.start < start
               and d.basis == "text" and d.precision == "day"]
    return replace(earlier[-1]) if earlier else None


BACKGROUND_PREPS = {"after", "following", "before", "during", "since", "amid", "amidst", "despite",
                    "over", "because"}
ENDING_VERBS = {"end", "stop", "halt", "prevent", "forestall", "avoid", "resolve", "investigate"}


COMPLEMENT_PREPS = {"into", "against", "over", "about", "for", "on"}
TOPIC_VERBS = {"demand", "commemorate", "mark", "mourn", "remember", "honour", "honor", "penalize",
               "penalise", "punish", "criminalize", "criminalise"}
BACKGROUND_MARKS = {"as", "while", "after", "when", "because", "since", "before", "although", "though"}


def _background(head: Token) -> bool:
    """An event named as the setting of another: 'after the clashes', 'to end the fighting',
    'where 28 people have been killed', 'as street battles raged'."""
    if head.dep_ == "amod" and head.tag_ == "VBN":
        return True  # "the besieged town", "the occupied territories": a state, not the news
    if head.pos_ in ("NOUN", "PROPN") and any(a.lemma_ in TOPIC_VERBS for a in list(head.ancestors)[:3]):
        return True  # "demanding a law against rape", "commemorating the massacre": the topic
    if head.pos_ in ("NOUN", "PROPN"):
        if head.dep_ == "pobj" and head.head.lower_ in BACKGROUND_PREPS:
            return True
        if (head.dep_ == "pobj" and head.head.lower_ in COMPLEMENT_PREPS
                and head.head.head.pos_ in ("NOUN", "PROPN")):
            return True  # "an investigation into the assault", "anger over the killing"
        if head.dep_ in ("dobj", "pobj") and head.head.lemma_ in ENDING_VERBS:
            return True
    for tok in [head, *head.ancestors]:
        if tok.dep_ == "relcl" or (tok.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in tok.children)):
            return True
        if tok.dep_ in ("ROOT", "ccomp"):
            break
    return False


def _actor_tokens(head: Token) -> list[Token]:
    """The words of an actor phrase and of its coordinated phrases."""
    return [t for tok in [head, *head.conjuncts] for t in tok.doc[tok.left_edge.i : tok.i + 1]]


def _phrase_start(tok: Token, after: int) -> int:
    """Where the words of :func:`_phrase` begin."""
    words = tok.doc[tok.left_edge.i : tok.i + 1]
    return next((t.idx for t in words if t.idx >= after and not t.is_punct), tok.idx)


def _with_text(actor: Actor, text: str, rule: str) -> Actor:
    return Actor(text=text, name=actor.name, country=actor.country, sector=actor.sector,
                 acled_actor=actor.acled_actor, inter=actor.inter, evidence=rule)


def _confidence(cand: Candidate, source: list[Actor], target: list[Actor]) -> float:
    score = 0.45 * cand.trigger.entry.weight
    score += 0.2 if source else 0.0
    score += 0.15 if target else 0.0
    score += 0.1 if cand.trigger.kind in ("verb", "phrase") else 0.05
    if cand.modality.modality.hypothetical or cand.modality.modality.negated:
        score -= 0.1
    return round(max(0.05, min(0.99, score)), 3)
