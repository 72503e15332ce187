"""Headline verbs the tagger took for plural nouns: "Morocco severs ties with Iran", "Turkey summons
Dutch ambassador over rally ban".

In a headline with no verb at all, the small English model often tags the present-tense verb as a
plural noun and hangs the sentence on it or on its object. Where the shape says it is a verb (a
name before it that can do it, a noun after it that can undergo it, a lexicon verb as its stem,
and no other verb in the sentence), the token is made the verb it is: tag, part of speech and
lemma, the name its subject, the noun its object, and the object's trailing prepositions the
verb's ("with Iran", "over rally ban"). Everything downstream then reads the headline as it
reads a sentence. After a plural doer the verb keeps its base form ("Guerrillas attack army post"),
which the model tags as a singular noun inside one compound: it is made the verb the same way.
A headline's passive drops its "was" ("Kenyan police officer shot dead by Al-Shabaab in Lamu"): the
participle the tagger took for a past tense, with a by-agent, is made the passive it is.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache
from importlib import resources

from spacy.attrs import TAG
from spacy.tokens import Doc, Token

from chronica import yamlio
from chronica.nlp import TEXT_KEY, column, deps_of, lowers_of

DOER_DEPS = ("compound", "nsubj", "nmod", "amod")
OBJECT_DEPS = ("appos", "dobj", "npadvmod", "compound", "attr")
VERBAL_POS = ("VERB", "AUX")


def _stem(tok: Token, verbs: Collection[str]) -> str | None:
    """The verb whose -s form the token is ("severs" -> "sever", "pushes" -> "push"), if any."""
    low = tok.lower_
    if tok.tag_ != "NNS" or len(low) < 4 or not low.endswith("s") or low.endswith("ss"):
        return None
    for stem in (low[:-1], low[:-2] if low.endswith("es") else ""):
        if stem and stem in verbs:
            return stem
    return None


def _may_be_verb(low: str, verbs: Collection[str]) -> bool:
    """Whether a plural noun's lower-case form can be a verb's -s form (the test of :func:`_stem`
    without its tag)."""
    if len(low) < 4 or not low.endswith("s") or low.endswith("ss"):
        return False
    return low[:-1] in verbs or low.endswith("es") and low[:-2] in verbs


@cache
def _doer_nouns() -> frozenset[str]:
    """Common nouns that can do a headline verb after a name (data/headline_doers.yaml)."""
    data = yamlio.safe_load((resources.files("chronica") / "data" / "headline_doers.yaml").read_text("utf-8"))
    return frozenset(data["nouns"])


@cache
def _role_words() -> frozenset[str]:
    """The one-word role names of the actor dictionaries ("forces", "guards"; actors/data/roles.yaml)."""
    path = resources.files("chronica") / "actors" / "data" / "roles.yaml"
    words = (str(w).lower() for row in yamlio.safe_load(path.read_text("utf-8"))["roles"]
             for w in row.get("words") or [])
    return frozenset(w for w in words if " " not in w)


def _doer(tok: Token) -> Token | None:
    """The name before the verb that can do it: "Morocco", "Turkey", "UN"; or a doer noun after a name
    ("Niger junta expels French ambassador")."""
    return next((c for c in tok.children if c.i < tok.i and c.dep_ in DOER_DEPS and c.i == tok.i - 1 and (
        c.pos_ == "PROPN" or c.pos_ == "NOUN" and c.lower_ in _doer_nouns() and _named(c))), None)


def _named(noun: Token) -> bool:
    """Whether a name or demonym comes right before the noun: "Niger junta", "Israeli army" (a capitalised
    word: the tagger may read "Mali" as an adjective)."""
    before = noun.doc[noun.i - 1] if noun.i > noun.sent.start else None
    return before is not None and (before.pos_ == "PROPN" or before.is_title
                                   or before.ent_type_ in ("NORP", "GPE")
                                   or before.dep_ == "case" and before.i > noun.sent.start)


def _object(tok: Token) -> Token | None:
    """The noun after the verb that undergoes it: its head ("severs ties") or a dependant ("summons
    Dutch ambassador")."""
    head = tok.head
    if tok.dep_ in ("nsubj", "compound", "nmod") and head.i > tok.i and head.pos_ in ("NOUN", "PROPN"):
        return head
    if tok.dep_ == "ROOT":
        return next((c for c in tok.children if c.i > tok.i and c.dep_ in OBJECT_DEPS
                     and c.pos_ in ("NOUN", "PROPN")), None)
    return None


def _verbless(tok: Token) -> bool:
    return not any(t.pos_ in VERBAL_POS for t in tok.sent if t.i != tok.i)


def _make_verb(verb: Token, stem: str, doer: Token, obj: Token) -> None:
    """Rewire the sentence around ``verb``: the doer its subject, the noun its object."""
    root = verb.sent.root
    verb.head = verb
    verb.dep_ = "ROOT"
    for tok in (root, obj):
        if tok.i != verb.i and tok.head.i != verb.i:
            tok.head = verb
    obj.dep_ = "dobj"
    if doer.head.i != verb.i:
        doer.head = verb
    doer.dep_ = "nsubj"
    for prep in [c for c in obj.children if c.dep_ == "prep" and c.i > obj.i and c.lower_ != "of"]:
        prep.head = verb
    verb.tag_, verb.pos_, verb.lemma_ = "VBZ", "VERB", stem


def _plural_doer(tok: Token) -> Token | None:
    """The plural name just before a base-form headline verb that can do it: "Guerrillas", "Rebels"."""
    if tok.i == 0:
        return None
    doer = tok.doc[tok.i - 1]
    low = doer.lower_
    plural = doer.tag_ in ("NNS", "NNPS") or (
        doer.pos_ == "PROPN" and low.endswith("s") and not low.endswith("ss"))
    if not (plural and doer.dep_ in DOER_DEPS and doer.head.i >= tok.i):
        return None
    return doer if tok.i != tok.sent.start else None  # the sentence's Span made last: it costs a walk


def _base_forms(doc: Doc, tags: list[int], lowers: list[str], verbs: Collection[str]) -> int:
    """"Guerrillas attack army post": after a plural doer a headline's verb keeps its base form, which the
    tagger takes for a singular noun inside one compound; made the verb it is, as plural nouns are."""
    fixed, nn = 0, doc.vocab.strings["NN"]
    for i in [k for k, t in enumerate(tags) if t == nn and lowers[k] in verbs]:
        tok = doc[i]
        doer = _plural_doer(tok)
        obj = _object(tok) if doer is not None and tok.dep_ == "compound" else None
        if doer is None or obj is None or not _verbless(tok):
            continue
        _make_verb(tok, tok.lower_, doer, obj)
        tok.tag_ = "VBP"
        fixed += 1
    return fixed


def _after_names(tok: Token, verbs: Collection[str]) -> str | None:
    """'Kenyan President William Ruto apologises for police killings', 'Zelenskiy thanks Trump for
    support': a lower-case -s verb form right after the capitalised words that open the sentence, followed
    by a preposition or a capitalised name, in a sentence with no other verb than a name the tagger took
    for one; its stem, else None."""
    sent, low = tok.sent, tok.lower_
    if not tok.is_lower or tok.i == sent.start or tok.i + 1 >= sent.end:
        return None
    stem = next((s for s in (low[:-1], low[:-2] if low.endswith("es") else "") if s and s in verbs), None)
    after = tok.doc[tok.i + 1]
    if stem is None or not (after.pos_ == "ADP" or after.is_title and not after.is_stop):
        return None
    if not all(t.is_title or t.is_upper for t in tok.doc[sent.start:tok.i]):
        return None
    return stem if not any(t.pos_ in VERBAL_POS and t.is_lower for t in sent if t.i != tok.i) else None


def _name_span(first: int, end: int, doc: Doc) -> list[Token]:
    """The capitalised words from ``first`` up to ``end`` (or the first word that is not)."""
    out = []
    for t in doc[first:end]:
        if not (t.is_title or t.is_upper) or t.is_stop:
            break
        out.append(t)
    return out


def _hang(words: list[Token], verb: Token, dep: str) -> None:
    """The last word hangs on ``verb`` as ``dep``, the others on it as its compounds (a name)."""
    last = words[-1]
    for t in words[:-1]:
        if t.head.i not in {w.i for w in words} or t.head.i == t.i:
            t.head, t.dep_ = last, "compound"
        if t.pos_ in VERBAL_POS:
            t.tag_, t.pos_ = "NNP", "PROPN"
    last.head, last.dep_ = verb, dep
    if last.pos_ in VERBAL_POS or last.tag_ == "NNS":
        last.tag_, last.pos_ = "NNP", "PROPN"


def _named_verb(verb: Token, stem: str) -> None:
    """Rewire the sentence around ``verb``: the names before it its subject, a name after it its object,
    and what hung on them or on the old root (prepositions, punctuation) the verb's."""
    sent, doc = verb.sent, verb.doc
    subject = list(doc[sent.start:verb.i])
    obj = _name_span(verb.i + 1, sent.end, doc)
    placed = {t.i for t in subject + obj} | {verb.i}
    old_root = sent.root
    verb.head, verb.dep_ = verb, "ROOT"
    _hang(subject, verb, "nsubj")
    if obj:
        _hang(obj, verb, "dobj")
    for t in sent:
        if t.i not in placed and (t.head.i in placed or t.i == old_root.i):
            t.head = verb
            if t.i == old_root.i and t.dep_ == "ROOT":
                t.dep_ = "dep"
    verb.tag_, verb.pos_, verb.lemma_ = "VBZ", "VERB", stem


def _names_then_verb(doc: Doc, tags: list[int], verbs: Collection[str]) -> int:
    """'Zelenskiy thanks Trump for support': the headline verbs after a name that the tagger took for
    plural nouns (or whose object name it took for the verb); made verbs, the number made."""
    nns, fixed, lowers = doc.vocab.strings["NNS"], 0, lowers_of(doc)
    for i in [k for k, t in enumerate(tags) if t == nns and _may_be_verb(lowers[k], verbs)]:
        tok = doc[i]  # no Token made for a plural noun that is no verb's -s form
        if tok.pos_ in VERBAL_POS:
            continue
        stem = _after_names(tok, verbs)
        if stem is not None:
            _named_verb(tok, stem)
            fixed += 1
    return fixed


def _subjectless(doc: Doc, tags: list[int]) -> int:
    """'Mali junta expels French ambassador': a headline verb tagged as one but parsed with its doer as a
    compound and its object as an adverb; given its subject and object, the number mended."""
    fixed, vbz = 0, doc.vocab.strings["VBZ"]
    for i in [k for k, t in enumerate(tags) if t == vbz]:
        tok = doc[i]
        if tok.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children):
            continue
        doer, obj = _doer(tok), _object(tok)
        if doer is None or doer.dep_ == "nsubj" or not _verbless(tok):
            continue
        if obj is not None:
            _make_verb(tok, tok.lemma_, doer, obj)
        elif any(c.dep_ == "prep" and c.i == tok.i + 1 for c in tok.children):
            doer.dep_ = "nsubj"  # "Biden talks with Xi about Taiwan": a verb with no object (lead48)
        else:
            continue
        fixed += 1
    return fixed


def _bare_passive(verb: Token) -> bool:
    """Whether a past tense or participle with a by-agent is a passive that lost its "was": a subject before
    it, and no auxiliary or object of its own ("Bazoum detained by soldiers"; bloc49)."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("ROOT", "ccomp"):
        return False
    deps = [c.dep_ for c in verb.children]
    return ("nsubj" in deps and not {"aux", "auxpass", "dobj", "nsubjpass"} & set(deps)
            and all(c.i < verb.i for c in verb.children if c.dep_ == "nsubj"))


def _agentless_passive(verb: Token) -> bool:
    """Whether a headline's participle with no by-agent is a passive that lost its "was": tagged a
    participle (or a past tense joined to one: "Castillo ousted and arrested"), its subject the words that
    open the line, and no auxiliary, object or clause of its own ("Chad's Deby killed on front line, army
    says"; bloc49)."""
    if verb.dep_ not in ("ROOT", "ccomp") or verb.tag_ not in ("VBD", "VBN"):
        return False
    kids = list(verb.children)
    if not _bare_passive(verb) or any(c.dep_ in ("agent", "prt", "xcomp", "ccomp") for c in kids):
        return False
    subject = next(c for c in kids if c.dep_ == "nsubj")
    if subject.left_edge.i != verb.sent.start or subject.right_edge.i != verb.i - 1:
        return False
    if any(c.dep_ == "oprd" for c in kids):  # "Opposition leader shot dead in Bamako": done to the subject;
        return verb.lemma_.lower() != "leave" and any(  # not "The blast left 20 dead and 30 wounded"
            c.lower_ == "dead" and not any(g.dep_ in ("dobj", "nummod") for g in c.children) for c in kids)
    if _to_death(verb):
        return True
    if not _named_subject(subject):  # "Students from two hostels fought with stones": a past tense
        return False
    return verb.tag_ == "VBN" or any(c.dep_ == "conj" and c.tag_ == "VBN" and not any(
        g.dep_ in ("nsubj", "dobj", "aux") for g in c.children) for c in kids)


def _named_subject(subject: Token) -> bool:
    """A named subject, the one a headline's bare participle tells of: "Bazoum", "Peru's Castillo", "Niger's
    president" (a noun owned by a name)."""
    return subject.pos_ == "PROPN" or subject.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" for c in subject.children)


def _to_death(verb: Token) -> bool:
    """'Two police officers hacked to death in Kenya': a result that only the one it is done to reaches."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
               for c in verb.children)


def _bare_passives(doc: Doc) -> int:
    """'Kenyan police officer shot dead by Al-Shabaab in Lamu', 'Suu Kyi detained by army', 'Chad's Deby
    killed on front line': a headline's participle with a by-agent or none, tagged as a past tense or a
    participle with the victim its subject, is made the passive it is (the subject the one it is done to);
    the number made."""
    fixed, labels = 0, deps_of(doc)
    agents = [doc[k].head for k, d in enumerate(labels) if d == "agent"]
    bare = [doc[k] for k, d in enumerate(labels) if d in ("ROOT", "ccomp")]
    for verb in [v for v in agents if _bare_passive(v)] + [v for v in bare if _agentless_passive(v)]:
        for c in verb.children:
            if c.dep_ == "nsubj":
                c.dep_ = "nsubjpass"
        verb.tag_ = "VBN"
        fixed += 1
    return fixed


def _first_of_two(verb: Token) -> Token | None:
    """The headline's first verb when the parse made it a clause of the second, as if said by it ("AU suspends
    Niger, demands return to constitutional order": "suspends" under "demands"): the second a root present
    tense with no subject, right after a comma that ends the first, which opens the line with its own
    subject. None otherwise."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBZ", "VBD") or verb.i < 2:
        return None
    if verb.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    first = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if first is None or first.tag_ != verb.tag_ or first.right_edge.i != verb.i - 2:
        return None
    subject = next((c for c in first.children if c.dep_ == "nsubj" and c.i < first.i), None)
    return first if subject is not None and subject.left_edge.i == verb.sent.start else None


def _two_verbs(doc: Doc) -> int:
    """Make "suspends" the root of "AU suspends Niger, demands return to constitutional order" and "demands"
    its conjunct, sharing its subject; a second subject after the first verb is its object ("ECOWAS
    suspends Mali, imposes sanctions"); the number mended (bloc49)."""
    fixed = 0
    for i in [k for k, d in enumerate(deps_of(doc)) if d == "ROOT"]:
        verb = doc[i]
        first = _first_of_two(verb)
        if first is None:
            continue
        for c in [c for c in verb.children if c.i < verb.i]:
            c.head = first
        first.head, first.dep_ = first, "ROOT"
        verb.head, verb.dep_ = first, "conj"
        for c in first.children:
            if c.dep_ == "nsubj" and c.i > first.i and not any(o.dep_ == "dobj" for o in first.children):
                c.dep_ = "dobj"  # "suspends Mali": the object the parse made a second subject
        fixed += 1
    return fixed


def _participle_object(part: Token, verbs: Collection[str]) -> tuple[Token, str, Token] | None:
    """The headline verb before a participle the parse made the verb ("ELN frees kidnapped father", "aid
    convoy reaches besieged city": "kidnapped" the root, "frees" its subject) and that verb's stem; the
    participle has an object of its own right after it (returned third), and the line no final stop
    (a sentence's "Security forces killed two militants" is right as parsed). None otherwise."""
    if part.tag_ not in ("VBD", "VBN") or part.i == part.sent.start or part.i + 1 >= len(part.doc):
        return None
    if part.sent[-1].text in (".", "!", "?"):
        return None  # a sentence, not a headline: "Security forces killed two militants."
    verb = part.doc[part.i - 1]
    if verb.head.i != part.i or verb.dep_ not in ("nsubj", "compound") or not verb.is_lower:
        return None
    if verb.lower_ in _role_words():
        return None  # "Ugandan security forces killed two protesters": "forces" the doers
    noun = _own_object(part)
    if noun is None or noun.pos_ != "NOUN":
        return None
    low = verb.lower_
    stem = next((s for s in (low[:-1], low[:-2] if low.endswith("es") else "") if s and s in verbs), None)
    if stem is None and verb.tag_ == "VBZ":  # tagged a verb already: its lemma whatever the lexicon
        stem = verb.lemma_.lower()
    return (verb, stem, noun) if stem and low.endswith("s") and verb.tag_ in ("VBZ", "NNS") else None


def _own_object(part: Token) -> Token | None:
    """The participle's object right after it, with only its own modifiers between ("besieged Sudanese
    city"), if any."""
    noun = next((c for c in part.children if c.dep_ == "dobj" and c.i > part.i), None)
    if noun is None or any(t.head.i != noun.i for t in part.doc[part.i + 1:noun.i]):
        return None
    return noun


def _participle_objects(doc: Doc, verbs: Collection[str]) -> int:
    """Make "frees" the verb of "Colombia's ELN frees kidnapped father of footballer" and "kidnapped" an
    adjective of its object; the number mended (lead48)."""
    fixed = 0
    for i in [k for k, d in enumerate(deps_of(doc)) if d in ("ROOT", "ccomp")]:
        part = doc[i]
        found = _participle_object(part, verbs)
        if found is None:
            continue
        verb, stem, noun = found
        doers = [c for c in verb.children if c.i < verb.i and c.dep_ in ("compound", "nsubj", "poss", "amod")]
        verb.head, verb.dep_ = (verb, "ROOT") if part.dep_ == "ROOT" else (part.head, part.dep_)
        for child in [c for c in part.children if c.i != verb.i]:
            child.head = verb
        if doers and not any(c.dep_ == "nsubj" for c in doers):
            last = doers[-1]
            for other in doers[:-1]:
                other.head = last
            last.dep_ = "nsubj"
        noun.head, noun.dep_ = verb, "dobj"
        part.head, part.dep_, part.tag_, part.pos_ = noun, "amod", "VBN", "VERB"
        verb.tag_, verb.pos_, verb.lemma_ = "VBZ", "VERB", stem
        fixed += 1
    return fixed


def repair(doc: Doc, verbs: Collection[str]) -> int:
    """Make verbs of the headline verbs tagged as nouns in ``doc``; the number repaired."""
    tags, nns = column(doc, TAG), doc.vocab.strings["NNS"]
    lowers = lowers_of(doc)
    fixed = (_base_forms(doc, tags, lowers, verbs) + _subjectless(doc, tags) + _bare_passives(doc)
             + _participle_objects(doc, verbs) + _two_verbs(doc))
    if nns not in tags:  # most sentences are no headline with a plural noun: one scan of the tags
        return _refresh(doc, fixed)
    for i in [k for k, t in enumerate(tags) if t == nns]:  # plural nouns only
        if not _may_be_verb(lowers[i], verbs):
            continue  # no Token made for a plural noun that is no verb's -s form
        tok = doc[i]
        stem = _stem(tok, verbs)
        if stem is None:
            continue
        doer, obj = _doer(tok), _object(tok)
        if doer is None or obj is None or not _verbless(tok):
            continue
        _make_verb(tok, stem, doer, obj)
        fixed += 1
    if not fixed:
        fixed = _names_then_verb(doc, tags, verbs)
    return _refresh(doc, fixed)


def _refresh(doc: Doc, fixed: int) -> int:
    """After a repair, the per-Doc tables (lemmas, heads, children) are made again from the new analysis."""
    if fixed:
        for key in [k for k in doc.user_data if k != TEXT_KEY]:
            del doc.user_data[key]
    return fixed
