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
"Mali junta orders French ambassador to leave", "Israel halts aid to Gaza", "Germany, France back EU
membership talks": a verb taken for a noun before an infinitive, for its object's compound, or for an
adverb is made the verb too, and two names listed before a verb are its subject together.
A headline's passive drops its "was" ("Kenyan police officer shot dead by Al-Shabaab in Lamu"): the
participle the tagger took for a past tense, with a by-agent, is made the passive it is; so is one whose
opening noun is what it is done to ("Russian ambassador summoned over missile strike", "Sanctions on
Venezuela eased", "Iranian diplomats ordered to leave Azerbaijan"; reduced51; "Ruto urged to fire minister",
appeals54); so is a custody verb's, its subject named or not ("Saudi blogger jailed for 10 years", "Fujimori
freed from prison"; jailed52), and a harm verb's, its subject no doer ("Journalist beaten in Baku", "Internet
shut down in Gaza", "Mexico: Journalist shot dead in Tijuana"; headpassive54).
Names joined by commas alone before a plural verb ("Erdogan, Putin hold talks in Sochi") are the
headline's coordinated subject: the later names conjuncts of the first, as "and" would make them.
"Police teargas protesters in Kampala", "Zimbabwe police tear-gas striking doctors": a verb of crowd control
the tagger took for a noun between the forces and the people is made the verb (unrest-4).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from functools import cache
from importlib import resources

from spacy.attrs import TAG
from spacy.tokens import Doc, Token

from chronica import yamlio
from chronica.nlp import (
    TEXT_KEY,
    column,
    dep_at,
    deps_between,
    lowers_in,
    lowers_of,
    opens_sentence,
    pos_at,
    sentence_starts,
    tags_at,
)

DOER_DEPS = ("compound", "nsubj", "nmod", "amod")
OBJECT_DEPS = ("appos", "dobj", "npadvmod", "compound", "attr")
VERBAL_POS = ("VERB", "AUX")
INFINITIVE_DEPS = ("xcomp", "advcl", "relcl", "acl")


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
def _adverb_verbs() -> frozenset[str]:
    """Headline verbs the tagger takes for adverbs ("back"; data/headline_doers.yaml)."""
    data = yamlio.safe_load((resources.files("chronica") / "data" / "headline_doers.yaml").read_text("utf-8"))
    return frozenset(data["adverb_verbs"])


@cache
def _force_words() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs of crowd control a headline tagger takes for nouns, and the forces (data/headline_doers.yaml)."""
    data = yamlio.safe_load((resources.files("chronica") / "data" / "headline_doers.yaml").read_text("utf-8"))
    return frozenset(data["force_verbs"]), frozenset(data["forces"])


@cache
def _participles() -> dict:
    """The word lists of data/headline_participles.yaml, read once."""
    path = resources.files("chronica") / "data" / "headline_participles.yaml"
    return yamlio.safe_load(path.read_text("utf-8"))


@cache
def _describers() -> frozenset[str]:
    """Participles that describe the name after them (data/headline_participles.yaml)."""
    return frozenset(_participles()["participles"])


@cache
def _order_verbs() -> frozenset[str]:
    """Verbs of ordering or asking whose bare participle before a "to" clause is done to the words before it
    ("diplomats ordered to leave", "Ruto urged to fire minister"; data/headline_participles.yaml)."""
    return frozenset(_participles()["ordered"])


@cache
def _custody_words() -> tuple[frozenset[str], frozenset[str]]:
    """The custody verbs a headline's bare participle tells of and the subjects that do them rather than
    undergo them (data/headline_participles.yaml)."""
    data = _participles()
    return frozenset(data["custody"]), frozenset(data["custody_doers"])


@cache
def _harm_words() -> tuple[frozenset[str], dict[str, frozenset[str]], frozenset[str]]:
    """The harm verbs a headline's bare participle tells of, the particles some need, and the subjects that
    do them rather than undergo them (data/headline_participles.yaml)."""
    data = _participles()
    particles = {str(k): frozenset(v) for k, v in data["harm_particles"].items()}
    doers = frozenset(data["harm_doers"]) | frozenset(data["custody_doers"])
    return frozenset(data["harm"]), particles, doers


@cache
def _role_words() -> frozenset[str]:
    """The one-word role names of the actor dictionaries ("forces", "guards"; actors/data/roles.yaml)."""
    path = resources.files("chronica") / "actors" / "data" / "roles.yaml"
    words = (str(w).lower() for row in yamlio.safe_load(path.read_text("utf-8"))["roles"]
             for w in row.get("words") or [])
    return frozenset(w for w in words if " " not in w)


def _doer(tok: Token) -> Token | None:
    """The name before the verb that can do it: "Morocco", "Turkey", "UN"; or a doer noun after a name
    ("Niger junta expels French ambassador") or opening the line ("Mob lynches man accused of blasphemy")."""
    found = next((c for c in tok.children if c.i < tok.i and c.dep_ in DOER_DEPS and c.i == tok.i - 1 and (
        c.pos_ == "PROPN" or c.pos_ == "NOUN" and c.lower_ in _doer_nouns() and (
            _named(c) or opens_sentence(c)) or _acronym(c))), None)
    return found if found is not None else _sibling_name(tok)


def _acronym(tok: Token) -> bool:
    """A name in capitals the tagger took for a common noun: "ISWAP", "JNIM"."""
    return tok.is_upper and tok.is_alpha and len(tok) > 2


def _sibling_name(tok: Token) -> Token | None:
    """"Al-Shabaab claims attack on hotel": a name right before the verb that the parse hung, as the verb
    itself, on the noun after it."""
    if tok.i == 0 or tok.dep_ != "compound":
        return None
    before = tok.doc[tok.i - 1]
    if before.head.i != tok.head.i or before.dep_ != "compound" or before.i != tok.i - 1:
        return None
    # a group or person, not a country's name that owns the noun ("US arms sales to Taiwan")
    return before if before.pos_ == "PROPN" and before.ent_type_ in ("ORG", "NORP", "PERSON") else None


def _named(noun: Token) -> bool:
    """Whether a name or demonym comes right before the noun: "Niger junta", "Israeli army" (a capitalised
    word: the tagger may read "Mali" as an adjective)."""
    before = noun.doc[noun.i - 1] if not opens_sentence(noun) else None
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
    """No verb in the sentence but ``tok``, participles that describe a noun ("man accused of X") and
    infinitives ("pledges to stop the boats")."""
    return not any(t.pos_ in VERBAL_POS and not (t.tag_ == "VBN" and t.dep_ in ("acl", "amod"))
                   and not _infinitive(t) for t in tok.sent if t.i != tok.i)


def _infinitive(tok: Token) -> bool:
    """A base-form verb after "to" ("to stop the boats")."""
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


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
    return doer if not opens_sentence(tok) else None  # the line's first word has none before it


def _base_forms(doc: Doc, tags: list[int], lowers: list[str], verbs: Collection[str]) -> int:
    """"Guerrillas attack army post": after a plural doer a headline's verb keeps its base form, which the
    tagger takes for a singular noun inside one compound; made the verb it is, as plural nouns are."""
    fixed, nn = 0, doc.vocab.strings["NN"]
    for i in [k for k in tags_at(doc, tags, nn) if lowers[k] in verbs]:
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
    if not tok.is_lower:
        return None  # before the sentence's Span is made
    sent, low = tok.sent, tok.lower_
    if tok.i == sent.start or tok.i + 1 >= sent.end:
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
    for i in [k for k in tags_at(doc, tags, nns) if _may_be_verb(lowers[k], verbs)]:
        tok = doc[i]  # no Token made for a plural noun that is no verb's -s form
        if tok.pos_ in VERBAL_POS:
            continue
        stem = _after_names(tok, verbs)
        if stem is not None:
            _named_verb(tok, stem)
            fixed += 1
    return fixed


def _acronym_verbs(doc: Doc, tags: list[int], lowers: list[str], verbs: Collection[str]) -> int:
    """'ECOWAS lifts sanctions on Niger': a name in capitals opening the line that the tagger took for the
    verb, with the real -s verb after it taken for its plural object, is made the verb's subject; the number
    mended (senses54)."""
    nns, fixed = doc.vocab.strings["NNS"], 0
    for i in [k for k in tags_at(doc, tags, nns) if k > 0 and _may_be_verb(lowers[k], verbs)]:
        tok = doc[i]
        name = doc[i - 1]
        stem = _stem(tok, verbs)
        if (stem is None or name.pos_ not in VERBAL_POS or not _acronym(name) or name.dep_ != "ROOT"
                or tok.head.i != name.i or not opens_sentence(name)):
            continue
        _named_verb(tok, stem)
        fixed += 1
    return fixed


FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
OBJECT_WORDS = ("DET", "ADJ", "NOUN", "PROPN", "NUM")


def _told_to(tok: Token, verbs: Collection[str]) -> tuple[str, Token, Token] | None:
    """'Tinubu orders army to rescue schoolchildren', 'Mali junta orders French ambassador to leave': an -s
    verb form the tagger took for a plural noun, after the names (or doer nouns) that open the line and
    before a noun and its "to" clause, in a line with no finite verb; its stem, the noun, the infinitive."""
    stem = _stem(tok, verbs)
    if stem is None or not tok.is_lower:
        return None  # before the sentence's Span is made
    sent, doc = tok.sent, tok.doc
    if tok.i == sent.start:
        return None
    if not all(t.is_title or t.is_upper or t.tag_ == "POS" or t.lower_ in _doer_nouns()
               for t in doc[sent.start:tok.i]):
        return None
    to = next((t for t in doc[tok.i + 2:min(tok.i + 6, sent.end - 1)] if t.lower_ == "to"), None)
    if to is None or doc[to.i + 1].tag_ != "VB" or doc[to.i - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    if any(t.pos_ not in OBJECT_WORDS for t in doc[tok.i + 1:to.i]):
        return None
    if any(t.tag_ in FINITE_TAGS for t in sent if t.i != tok.i):
        return None
    return stem, doc[to.i - 1], doc[to.i + 1]


def _tell_to(verb: Token, found: tuple[str, Token, Token]) -> None:
    """``verb`` the root: the words before it its subject, the noun its object, the infinitive its clause."""
    stem, obj, inf = found
    doc, sent = verb.doc, verb.sent
    old_root = sent.root
    subject = list(doc[sent.start:verb.i])
    verb.head, verb.dep_ = verb, "ROOT"
    last, inside = subject[-1], {t.i for t in subject}
    for t in subject[:-1]:
        if t.head.i not in inside or t.head.i == t.i:
            t.head, t.dep_ = last, t.dep_ if t.dep_ in ("poss", "amod", "compound", "nmod") else "compound"
    last.head, last.dep_ = verb, "nsubj"
    for t in doc[verb.i + 1:obj.i]:
        if not verb.i < t.head.i <= obj.i or t.head.i == t.i:
            t.head = obj
    obj.head, obj.dep_ = verb, "dobj"
    to = doc[inf.i - 1]
    to.head, to.dep_ = inf, "aux"
    inf.head, inf.dep_ = verb, "xcomp"
    if old_root.i not in {*inside, verb.i, obj.i, inf.i, to.i} and old_root.i < verb.i:
        old_root.head, old_root.dep_ = verb, "dep"
    verb.tag_, verb.pos_, verb.lemma_ = "VBZ", "VERB", stem


def _told_to_verbs(doc: Doc, tags: list[int], verbs: Collection[str]) -> int:
    """Make the verb of "Tinubu orders army to rescue schoolchildren"; the number made."""
    nns, fixed, lowers = doc.vocab.strings["NNS"], 0, lowers_of(doc)
    for i in [k for k in tags_at(doc, tags, nns) if _may_be_verb(lowers[k], verbs)]:
        found = _told_to(doc[i], verbs)
        if found is not None:
            _tell_to(doc[i], found)
            fixed += 1
    return fixed


def _subjectless(doc: Doc, tags: list[int]) -> int:
    """'Mali junta expels French ambassador': a headline verb tagged as one but parsed with its doer as a
    compound and its object as an adverb; given its subject and object, the number mended."""
    fixed, vbz = 0, doc.vocab.strings["VBZ"]
    for i in tags_at(doc, tags, vbz):
        tok = doc[i]
        if tok.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children):
            continue
        doer, obj = _doer(tok), _object(tok)
        if doer is None or doer.dep_ == "nsubj" or not _verbless(tok):
            continue
        if obj is not None:
            _make_verb(tok, tok.lemma_, doer, obj)
        elif any(c.dep_ == "prep" and c.i == tok.i + 1 or c.dep_ == "xcomp" and _infinitive(c)
                 for c in tok.children):
            doer.dep_ = "nsubj"  # "Biden talks with Xi about Taiwan" (lead48), "Sunak pledges to stop X"
        else:
            continue
        fixed += 1
    return fixed


def _before_doer(tok: Token) -> Token | None:
    """The name or doer noun right before a headline verb, hanging on it or on the noun it was made a
    compound of ("Israel halts aid": "Israel" the subject of "aid"); None otherwise."""
    if opens_sentence(tok):
        return None
    doer = tok.doc[tok.i - 1]
    hangs = doer.head.i in (tok.i, tok.head.i) and doer.dep_ in (*DOER_DEPS, "npadvmod")
    named = doer.pos_ == "PROPN" or doer.pos_ == "NOUN" and doer.lower_ in _doer_nouns() and _named(doer)
    return doer if hangs and named else None


def _compound_verbs(doc: Doc, tags: list[int]) -> int:
    """'Israel halts aid to Gaza': a headline verb tagged as one but parsed as a compound of its object (the
    root), and 'US halts military aid to Ukraine': one with its object but its doer a modifier; given
    their subjects (and the first its object), the number mended."""
    fixed, vbz = 0, doc.vocab.strings["VBZ"]
    for i in tags_at(doc, tags, vbz):
        tok = doc[i]
        head = tok.head
        if tok.dep_ == "compound" and head.dep_ == "ROOT" and head.i > tok.i and head.pos_ == "NOUN":
            doer = _before_doer(tok)
            if doer is not None and _verbless(tok):
                _make_verb(tok, tok.lemma_, doer, head)
                fixed += 1
        elif tok.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and any(
                c.dep_ == "dobj" for c in tok.children):
            doer = _before_doer(tok)
            if doer is not None and doer.head.i == tok.i and _verbless(tok):
                doer.dep_ = "nsubj"
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
    says"; bloc49); a harm verb's with a common noun its subject too ("Journalist beaten in Baku";
    headpassive54)."""
    if verb.dep_ not in ("ROOT", "ccomp") or verb.tag_ not in ("VBD", "VBN"):
        return False
    kids = list(verb.children)
    if not _bare_passive(verb) or any(c.dep_ in ("agent", "xcomp", "ccomp") for c in kids):
        return False
    subject = next(c for c in kids if c.dep_ == "nsubj")
    if subject.left_edge.i != _clause_start(verb) or subject.right_edge.i != verb.i - 1:
        return False
    if any(c.dep_ == "prt" for c in kids):  # "Internet shut down in Gaza": a harm verb's own particle only
        return _harmed(verb, subject)
    if _harmed(verb, subject):
        return True
    if any(c.dep_ == "oprd" for c in kids):  # "Opposition leader shot dead in Bamako": done to the subject;
        return verb.lemma_.lower() != "leave" and any(  # not "The blast left 20 dead and 30 wounded"
            c.lower_ == "dead" and not any(g.dep_ in ("dobj", "nummod") for g in c.children)
            or _found_guilty(verb, c, subject) for c in kids)
    if _to_death(verb) or _custody(verb, subject):
        return True
    if not _named_subject(subject):  # "Students from two hostels fought with stones": a past tense
        return False
    return verb.tag_ == "VBN" or any(c.dep_ == "conj" and c.tag_ == "VBN" and not any(
        g.dep_ in ("nsubj", "dobj", "aux") for g in c.children) for c in kids)


def _custody(verb: Token, subject: Token) -> bool:
    """'Saudi blogger jailed for 10 years', 'Rolando Alvarez sentenced to 26 years': a custody verb in a
    headline (no final stop), its subject no state, court or force that does it (jailed52)."""
    verbs, doers = _custody_words()
    if verb.lemma_.lower() not in verbs or _stopped(verb):
        return False
    return subject.lower_ not in doers and subject.lemma_.lower() not in doers and subject.ent_type_ != "GPE"


def _clause_start(verb: Token) -> int:
    """Where the clause of a headline's verb opens: the line's start, or the word after a place's label
    hung on the verb ("Mexico: Journalist shot dead in Tijuana"; :func:`_place_labels`)."""
    start = verb.sent.start
    doc = verb.doc
    if start + 2 < len(doc) and doc[start + 1].text == ":" and doc[start].head.i == verb.i and (
            doc[start].dep_ == "dep"):
        return start + 2
    return start


def _place_labels(doc: Doc) -> int:
    """'Mexico: Journalist shot dead in Tijuana': a headline's one-place label the parse made the root, the
    past tense after the colon hung on it with a subject of its own; the verb made the root, the label its
    detached dependant (as :func:`_labels` does for longer labels); the number mended."""
    if len(doc) < 5 or doc[1].text != ":" or doc[0].pos_ != "PROPN" or doc[0].dep_ != "ROOT" or (
            doc[0].ent_type_ not in ("GPE", "LOC")):
        return 0  # not "Zelensky:", a speaker
    label = doc[0]
    verb = next((t for t in label.children if t.i > 2 and t.dep_ in ("acl", "relcl") and t.tag_ in (
        "VBD", "VBN") and any(c.dep_ == "nsubj" and c.i > 1 for c in t.children)), None)
    if verb is None or any(t.i > 1 and t.i != verb.i for t in label.children):
        return 0
    verb.head, verb.dep_ = verb, "ROOT"
    label.head, label.dep_ = verb, "dep"
    doc[1].head, doc[1].dep_ = verb, "punct"
    return _refresh(doc, 1)  # the tables made again before the passives are read from them


def _harmed(verb: Token, subject: Token) -> bool:
    """'Journalist beaten in Baku', 'Radio station attacked in Bangui', 'Internet shut down in Gaza': a harm
    verb in a headline (no final stop) done to the noun that opens it, no state or armed doer
    (headpassive54)."""
    verbs, particles, doers = _harm_words()
    lemma = verb.lemma_.lower()
    prt = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if (lemma not in verbs or prt) and not (len(prt) == 1 and prt[0] in particles.get(lemma, ())):
        return False
    if _stopped(verb) or subject.pos_ not in ("NOUN", "PROPN") or subject.ent_type_ == "GPE":
        return False
    return subject.lower_ not in doers and subject.lemma_.lower() not in doers


def _found_guilty(verb: Token, oprd: Token, subject: Token) -> bool:
    """'Hong Kong media tycoon Jimmy Lai found guilty of collusion': a verdict done to the subject."""
    return (verb.lemma_.lower() in ("find", "declare") and oprd.lower_ == "guilty" and not _stopped(verb)
            and subject.lower_ not in _custody_words()[1])


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
    fixed = 0
    agents = [doc[k].head for k in dep_at(doc, "agent")]
    bare = [doc[k] for k in deps_between(doc, ("ROOT", "ccomp"), 0, len(doc))]
    for verb in [v for v in agents if _bare_passive(v)] + [v for v in bare if _agentless_passive(v)
                                                           or _handed_sentence(v)]:
        for c in verb.children:
            if c.dep_ == "nsubj":
                c.dep_ = "nsubjpass"
        verb.tag_ = "VBN"
        fixed += 1
    for verb in [doc[k] for k in deps_between(doc, ("relcl", "ccomp"), 0, len(doc))]:
        name = _relative_custody(verb)
        if name is not None:
            noun = verb.head  # "Nicaraguan bishop Rolando Alvarez": the noun a compound of the name
            verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBN"
            name.head, name.dep_ = verb, "nsubjpass"
            noun.head, noun.dep_ = name, "compound"
            fixed += 1
    return fixed


def _handed_sentence(verb: Token) -> bool:
    """'Australian writer Yang Hengjun handed suspended death sentence', 'Russian teacher given two-year
    sentence': a headline's passive that kept its object, a sentence handed to the subject that opens the
    line (jailed52)."""
    if verb.lemma_.lower() not in ("hand", "give") or verb.dep_ not in ("ROOT", "ccomp") or _stopped(verb):
        return False
    kids = list(verb.children)
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in HANDED_BLOCKERS for c in kids):
        return False
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if subject is None or obj is None or obj.lemma_.lower() not in SENTENCE_NOUNS:
        return False
    return (subject.left_edge.i == verb.sent.start and subject.right_edge.i == verb.i - 1
            and subject.lower_ not in _custody_words()[1] and subject.ent_type_ != "GPE")


def _relative_custody(verb: Token) -> Token | None:
    """'Belarus opposition figure Kolesnikova sentenced to 11 years', 'Iran rapper Toomaj Salehi sentenced to
    death': a custody participle parsed as a clause on the root noun that opens the line, the name after the
    noun its subject; that name, or None."""
    noun = verb.head
    if verb.tag_ not in ("VBD", "VBN") or noun.dep_ != "ROOT" or noun.pos_ != "NOUN" or noun.i > verb.i:
        return None
    if noun.left_edge.i != verb.sent.start or any(c.dep_ in REDUCED_BLOCKERS | {"agent", "xcomp", "nsubj"}
                                                  for c in noun.children if c.i > noun.i and c != verb):
        return None
    kids = list(verb.children)
    if any(c.dep_ in REDUCED_BLOCKERS | {"agent", "xcomp"} for c in kids):
        return None
    name = next((c for c in kids if c.dep_ == "nsubj"), None)
    if name is None or name.pos_ != "PROPN" or name.left_edge.i != noun.i + 1 or (
            name.right_edge.i != verb.i - 1):
        return None
    return name if _custody(verb, noun) else None


SIDES_NOUNS = frozenset({"tie", "ties", "relation", "relations", "relationship"})
SENTENCE_NOUNS = frozenset({"sentence", "term", "penalty"})
HANDED_BLOCKERS = frozenset({"aux", "auxpass", "nsubjpass", "dative", "agent", "prt"})
REDUCED_BLOCKERS = frozenset({"nsubjpass", "dobj", "aux", "auxpass", "ccomp", "prt", "dative"})


def _undergoes(noun: Token, verb: Token, verbs: Collection[str]) -> bool:
    """Whether ``noun`` is one the headline's participle is done to: listed among the verb's objects
    ("ambassador" of summon, "sanction" of ease), or told by an order verb with a "to" clause and no object
    of its own ("diplomats ordered to leave", "told to leave")."""
    lemma = verb.lemma_.lower()
    if lemma in _order_verbs() and any(_infinitive(c) for c in verb.children if c.dep_ == "xcomp"):
        return True
    if noun.lower_ in _doer_nouns():
        return False  # "Opposition party called for boycott": the party calls
    entry = verbs.get(lemma) if isinstance(verbs, Mapping) else None
    objects = getattr(entry, "objects", None) or {}
    return noun.lemma_.lower() in objects or noun.lower_ in objects


def _opens_line(phrase: Token, verb: Token) -> bool:
    """Whether the words before ``verb`` are ``phrase`` and its dependants and open the line."""
    sent = verb.sent
    return all(t.i == phrase.i or phrase.is_ancestor(t) for t in verb.doc[sent.start:verb.i])


def _reduced_passive(verb: Token, verbs: Collection[str]) -> Token | None:
    """The noun a headline's bare participle is done to ("Russian ambassador summoned over missile strike",
    "Sanctions on Venezuela eased", "Iranian diplomats ordered to leave Azerbaijan"): the phrase that opens
    the line, the participle's subject or the root it hangs on, with the participle no object, auxiliary or
    clause of its own, in a headline (no final stop); None otherwise."""
    if verb.tag_ not in ("VBD", "VBN") or opens_sentence(verb):
        return None
    if any(c.dep_ in REDUCED_BLOCKERS for c in verb.children):
        return None
    if _stopped(verb):
        return None  # a sentence: "The main opposition party called on Monday for a boycott."
    if verb.dep_ == "ROOT":
        noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    elif verb.dep_ in ("acl", "advcl") and verb.head.dep_ == "ROOT" and not any(
            c.dep_ == "nsubj" for c in verb.children):
        noun = verb.head
    else:
        return None
    if noun is None or noun.i > verb.i or noun.left_edge.i != verb.sent.start or not _opens_line(noun, verb):
        return None
    if noun.pos_ not in ("NOUN", "PROPN") and not (noun.i == noun.left_edge.i and noun.tag_ in ("VB", "VBG")):
        return None  # "Aid to Niger suspended", "Funding to UNRWA frozen": the tagger's verb a noun
    if noun.lemma_.lower() in SIDES_NOUNS:
        return None  # "Egypt-Libya ties severed": the two sides named before the ties are read as such
    if _measure_participle(noun, verb):
        return noun
    return noun if _undergoes(noun, verb, verbs) else None


def _stopped(verb: Token) -> bool:
    """Whether the sentence of ``verb`` ends with a full stop (or "!"/"?"), the spaces after it aside."""
    last = next((t for t in reversed(verb.sent) if not t.is_space), None)
    return last is not None and last.text in (".", "!", "?")


def _measure_participle(noun: Token, verb: Token) -> bool:
    """"Sanctions imposed on Nicaraguan judges": a participle the tagger marked one, on the noun that opens a
    headline and names no doer ("Opposition party called for boycott": the party calls)."""
    low = noun.lower_
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and noun.pos_ == "NOUN" and low not in _doer_nouns()
            and low not in _role_words() and noun.ent_type_ not in ("NORP", "ORG", "PERSON"))


def _reduced_passives(doc: Doc, verbs: Collection[str]) -> int:
    """Make the passive a headline's participle is when the words before it name what it is done to
    (:func:`_reduced_passive`): the participle the root, the noun its passive subject; the number mended."""
    fixed = 0
    for i in deps_between(doc, ("ROOT", "acl", "advcl"), 0, len(doc)):
        verb = doc[i]
        noun = _reduced_passive(verb, verbs)
        if noun is None:
            continue
        if noun.pos_ not in ("NOUN", "PROPN"):
            noun.tag_, noun.pos_, noun.lemma_ = "NN", "NOUN", noun.lower_
        if verb.head.i != verb.i:
            verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "nsubjpass"
        verb.tag_, verb.pos_ = "VBN", "VERB"
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
    for i in dep_at(doc, "ROOT"):
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
    if part.tag_ not in ("VBD", "VBN") or opens_sentence(part) or part.i + 1 >= len(part.doc):
        return None
    verb = part.doc[part.i - 1]  # the word before: tested before the sentence's Span is made
    if verb.head.i != part.i or verb.dep_ not in ("nsubj", "compound") or not verb.is_lower:
        return None
    if part.sent[-1].text in (".", "!", "?"):
        return None  # a sentence, not a headline: "Security forces killed two militants."
    if verb.lower_ in _role_words():
        return None  # "Ugandan security forces killed two protesters": "forces" the doers
    noun = _own_object(part)
    if noun is None or noun.pos_ != "NOUN" and not (noun.pos_ == "PROPN" and part.lower_ in _describers()):
        return None  # "Floods hit Pakistan": the noun's act; "Putin visits occupied Mariupol": the verb's
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
    for i in deps_between(doc, ("ROOT", "ccomp"), 0, len(doc)):
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


def _to_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _ordered(tok: Token) -> tuple[Token, Token] | None:
    """The object and "to" infinitive after a plural noun or compound that may be a headline verb ("orders
    French ambassador to leave"): the infinitive the root with the noun its subject ("orders" itself, or
    "envoy" in "orders UN envoy to leave"), or hanging on the noun; None otherwise."""
    head = tok.head
    if tok.dep_ == "compound" and head.dep_ == "nsubj" and head.i > tok.i and head.pos_ in ("NOUN", "PROPN"):
        inf = head.head
        return (head, inf) if inf.dep_ == "ROOT" and _to_infinitive(inf) else None
    if tok.dep_ == "nsubj" and head.dep_ == "ROOT" and head.i > tok.i:
        inf = head
    elif tok.dep_ == "ROOT":
        inf = next((c for c in tok.children if c.dep_ in INFINITIVE_DEPS and c.i > tok.i), None)
    else:
        return None
    if inf is None or not _to_infinitive(inf):
        return None
    obj = next((c for c in tok.children if c.dep_ in ("appos", "dobj") and tok.i < c.i < inf.i
                and c.pos_ in ("NOUN", "PROPN")), None)
    return (obj, inf) if obj is not None else None


def _name_doer(tok: Token) -> Token | None:
    """The doer right before a headline verb: as :func:`_doer`, or a name the tagger took for an
    adjective ("Mali orders ...": "Mali" tagged JJ but found as a name)."""
    doer = _doer(tok)
    if doer is not None or opens_sentence(tok):
        return doer
    before = tok.doc[tok.i - 1]
    named = before.pos_ == "ADJ" and before.is_title and before.ent_type_ in ("GPE", "PERSON", "ORG")
    return before if named and before.head.i == tok.i else None


def _infinitive_orders(doc: Doc, tags: list[int], lowers: list[str], verbs: Collection[str]) -> int:
    """'Mali junta orders French ambassador to leave', 'Sudan orders UN envoy to leave': a headline verb
    with an object and a "to" infinitive after it, which the tagger took for a plural noun or the parse for
    a compound (the infinitive the root), is made the verb, the infinitive its clause; the number mended."""
    fixed, marks = 0, (doc.vocab.strings["NNS"], doc.vocab.strings["VBZ"])
    for i in [k for k in tags_at(doc, tags, *marks) if _may_be_verb(lowers[k], verbs)]:
        tok = doc[i]
        stem = _stem(tok, verbs) or (tok.lemma_.lower() if tok.tag_ == "VBZ" else None)
        if stem is None or tok.tag_ == "VBZ" and tok.dep_ == "ROOT":
            continue  # "Israel orders UN staff to leave Gaza": parsed as the verb it is
        found = _ordered(tok)
        doer = _name_doer(tok) if found is not None else None
        if found is None or doer is None:
            continue
        obj, inf = found
        others = [t for t in tok.sent if t.pos_ in VERBAL_POS and t.i not in (tok.i, inf.i)]
        if any(not inf.is_ancestor(t) for t in others):
            continue
        _make_verb(tok, stem, doer, obj)
        inf.head, inf.dep_ = tok, "xcomp"
        fixed += 1
    return fixed


def _named_infinitive(inf: Token) -> bool:
    """"EU to impose new sanctions on Iran": a "to" infinitive right after the name (or doer noun) that is the
    line's root and holds it as its clause, in a line with no finite verb."""
    root = inf.head
    said = _trailing_say(root)
    doer = root.pos_ == "PROPN" or _acronym(root) or root.pos_ == "NOUN" and root.lower_ in _doer_nouns()
    if (root.dep_ != "ROOT" and said is None) or inf.i != root.i + 2 or (
            root.doc[root.i + 1].lower_ != "to" or not doer):
        return False
    finite = [t for t in root.sent if t.tag_ in FINITE_TAGS and not inf.is_ancestor(t) and t != said]
    return _to_infinitive(inf) and not finite


def _trailing_say(name: Token) -> Token | None:
    """The "says" a headline's name is made the subject of after its "to" clause ("EU to impose new sanctions
    on Iran, says Borrell": the line is Borrell's word of what the EU is to do; deeds55), or None."""
    say = name.head
    if name.dep_ != "nsubj" or say.lemma_ != "say" or say.dep_ != "ROOT" or say.i < name.i + 3:
        return None
    return say if any(c.dep_ == "nsubj" and c.i > say.i for c in say.children) else None


def _name_infinitives(doc: Doc) -> int:
    """'EU to impose new sanctions on Iran', 'Britain to expel Russian diplomats': a headline's "X to do"
    (what X is to do) parsed as a name with a clause on it is made the infinitive with the name its subject;
    the number mended (extract/modality.py reads such a line as future; senses54)."""
    fixed = 0
    for i in dep_at(doc, "acl"):
        inf = doc[i]
        if not _named_infinitive(inf):
            continue
        root = inf.head
        said = _trailing_say(root)
        if said is not None:  # "EU to impose sanctions on Iran, says Borrell": the clause Borrell's word
            inf.head, inf.dep_ = said, "ccomp"
            root.head, root.dep_ = inf, "nsubj"
            fixed += 1
            continue
        for c in [c for c in root.children if c.i > inf.i]:
            c.head = inf  # "..., says Borrell": the line's, not the name's
        inf.head, inf.dep_ = inf, "ROOT"
        root.head, root.dep_ = inf, "nsubj"
        fixed += 1
    return fixed


def _noun_clause_subject(noun: Token) -> Token | None:
    """The subject of a noun the parse made a verb's clause: a singular noun with no auxiliary, its
    subject right before it, after a verb with no object of its own; None otherwise."""
    head = noun.head
    if noun.dep_ != "ccomp" or noun.tag_ != "NN" or head.pos_ not in VERBAL_POS or head.i > noun.i:
        return None
    if any(c.dep_ in ("dobj", "aux", "auxpass", "neg", "mark") for c in (*head.children, *noun.children)):
        return None
    subject = next((c for c in noun.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.i == noun.i - 1 else None


def _noun_clauses(doc: Doc) -> int:
    """'Turkey approves Sweden's NATO bid': a noun the parse made a clause of the verb ("NATO" its
    subject) is the verb's object, its "subject" a compound and that one's owner the noun's; the number
    mended."""
    fixed = 0
    for i in dep_at(doc, "ccomp"):
        noun = doc[i]
        subject = _noun_clause_subject(noun)
        if subject is None:
            continue
        noun.dep_, subject.dep_ = "dobj", "compound"
        for owner in [c for c in subject.children if c.dep_ == "poss"]:
            owner.head = noun
        fixed += 1
    return fixed


def _phrase_heads(words: list[Token]) -> list[Token]:
    """The words of a stretch whose head lies outside it (or that are roots): its phrases' heads."""
    inside = {t.i for t in words}
    return [t for t in words if t.head.i not in inside or t.head.i == t.i]


def _plural_doers(heads: list[Token]) -> bool:
    """Whether the phrases before a headline verb name more than one doer: a list of names ("Germany,
    France", "US and UK") or a plural noun ("Nordic states")."""
    first = heads[0]
    return (len(heads) > 1 or any(c.dep_ == "conj" for c in first.children)
            or first.tag_ in ("NNS", "NNPS")) and all(h.pos_ in ("PROPN", "NOUN") for h in heads)


def _adverb_verb(tok: Token) -> tuple[list[Token], Token] | None:
    """The doers' phrase heads and the object of a headline verb tagged as an adverb ("Germany, France
    back EU membership talks"), in a line with no verb; None otherwise."""
    sent = tok.sent
    if tok.pos_ not in ("ADV", "ADP", "PART") or tok.i == sent.start or tok.i + 1 >= sent.end:
        return None
    if tok.doc[tok.i + 1].pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "NUM") or not _verbless(tok):
        return None
    before = [t for t in tok.doc[sent.start:tok.i] if t.pos_ != "PUNCT" and t.dep_ != "cc"]
    heads, after = _phrase_heads(before), _phrase_heads(list(tok.doc[tok.i + 1:sent.end]))
    after = [t for t in after if t.pos_ in ("NOUN", "PROPN")]
    if not heads or not _plural_doers(heads) or len(after) != 1:
        return None
    return heads, after[0]


def _adverb_verbs_made(doc: Doc, lowers: list[str]) -> int:
    """'Germany, France back EU membership talks for Ukraine', 'Nordic states back Ukraine': a headline's
    plural-present verb tagged as an adverb is made the verb, the first doer its subject (the others in a
    list with it) and the noun after it its object; the number mended."""
    fixed, words = 0, _adverb_verbs()
    for i in lowers_in(doc, words):
        tok = doc[i]
        found = _adverb_verb(tok)
        if found is None:
            continue
        heads, obj = found
        tok.head, tok.dep_ = tok, "ROOT"
        heads[0].head, heads[0].dep_ = tok, "nsubj"
        for other in heads[1:]:
            other.head, other.dep_ = heads[0], "conj"
        obj.head, obj.dep_ = tok, "dobj"
        for t in tok.sent:
            if t.head.i == t.i and t.i != tok.i:
                t.head, t.dep_ = tok, "dep"
        tok.tag_, tok.pos_, tok.lemma_ = "VBP", "VERB", tok.lower_
        fixed += 1
    return fixed


def _listed_pair(verb: Token) -> tuple[Token, Token] | None:
    """The two names listed with a comma before a headline's verb ("France, Italy spar"), each hanging on
    the verb, the first not yet in a list with the second; None otherwise."""
    sent = verb.sent
    words = list(verb.doc[sent.start:verb.i])
    commas = [t for t in words if t.text == ","]
    if len(commas) != 1 or commas[0].i == sent.start:
        return None
    first = _phrase_heads([t for t in words if t.i < commas[0].i])
    second = _phrase_heads([t for t in words if t.i > commas[0].i])
    if len(first) != 1 or len(second) != 1 or first[0].head.i != verb.i or second[0].head.i != verb.i:
        return None
    pair = first[0], second[0]
    if any(t.pos_ != "PROPN" or t.ent_type_ not in ("GPE", "ORG", "NORP") for t in pair):
        return None
    return pair


def _people_after(verb: Token) -> Token | None:
    """The people a headline's verb is done to: the head of the noun phrase right after it ("protesters",
    "striking doctors", "opposition supporters"), a role of the actor dictionaries; None otherwise."""
    sent = verb.sent
    k = verb.i + 1
    while k < sent.end and (verb.doc[k].pos_ in ("ADJ", "DET", "NUM")
                            or verb.doc[k].tag_ in ("VBG", "VBN") and verb.doc[k].dep_ in ("amod", "acl")):
        k += 1
    if k >= sent.end or verb.doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    obj = verb.doc[k]
    while obj.dep_ == "compound" and obj.head.i > obj.i and obj.head.pos_ in ("NOUN", "PROPN"):
        obj = obj.head  # "opposition supporters": the last noun
    return obj if obj.lower_ in _role_words() or obj.lemma_.lower() in _role_words() else None


def _force_verbs(doc: Doc, lowers: list[str]) -> int:
    """'Police teargas protesters in Kampala', 'Zimbabwe police tear-gas striking doctors': a verb of crowd
    control taken for a noun (``force_verbs``, one word or hyphened) right after the forces that do it and
    before people, in a headline with no other verb; made the verb, the forces its subject and the people its
    object. The number mended."""
    verbs, forces = _force_words()
    fixed = 0
    for i, low in enumerate(lowers):
        hyphened = i >= 2 and lowers[i - 1] == "-" and f"{lowers[i - 2]}-{low}" in verbs
        first = i - 2 if hyphened else i
        if not (hyphened or low in verbs) or first == 0 or lowers[first - 1] not in forces:
            continue
        verb, doer = doc[i], doc[first - 1]
        if verb.dep_ == "ROOT" and verb.pos_ == "VERB" or doer.sent.start != verb.sent.start:
            continue  # parsed as the verb it is
        if any(t.pos_ in VERBAL_POS and t.i != verb.i
               and not (t.tag_ in ("VBG", "VBN") and t.dep_ in ("amod", "acl")) for t in verb.sent):
            continue
        obj = _people_after(verb)
        if obj is None:
            continue
        _make_verb(verb, verb.lemma_.lower(), doer, obj)
        verb.tag_ = "VBP"
        for mod in doc[verb.sent.start:doer.i]:
            if mod.head.i > doer.i:  # "Riot police": the words before the forces are theirs
                mod.head = doer
        if hyphened:  # "tear-gas": "tear" says how, as in the parse of "tear-gassed"
            doc[first].head, doc[first].dep_ = verb, "npadvmod"
        fixed += 1
    return fixed


def _listed_doers(doc: Doc) -> int:
    """'France, Italy spar over migrant ship', 'Germany, France condemn Russian strikes': two names listed
    with a comma before a headline's plural verb are its subject together (the parse made one of them an
    adverb or the verb's compound); the number mended."""
    fixed = 0
    for sent in doc.sents:
        verb = sent.root
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBP", "VBD", "VB") or verb.i - sent.start > 8:
            continue
        pair = _listed_pair(verb)
        if pair is None:
            continue
        first, second = pair
        first.dep_ = "nsubj"
        second.head, second.dep_ = first, "conj"
        for comma in [t for t in doc[first.i:second.i] if t.text == ","]:
            comma.head, comma.dep_ = first, "punct"
        fixed += 1
    return fixed


COUNTRY_ENTS = ("GPE", "NORP")
NOT_NAMES = ("DATE", "TIME", "CARDINAL", "ORDINAL")  # "Monday, ..." opens no list of doers
PLURAL_VERBS = ("VBP", "VB")  # "hold", "agree": a verb that agrees with more than one name
LIST_VERBS = (*PLURAL_VERBS, "VBD")  # "Mali, Niger, Burkina Faso quit ECOWAS": three names, any tense


def _name_item(doc: Doc, start: int) -> int:
    """The end of the capitalised name that starts at ``start`` ("Saudi Arabia"), or ``start`` if none."""
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and (doc[end].is_title or doc[end].is_upper) and (
            doc[end].ent_type_ not in NOT_NAMES):
        end += 1
    return end


def _last_item(doc: Doc, start: int) -> tuple[Token, Token] | None:
    """The head of the last listed phrase, opening with a name at ``start`` ("Biden", "ELN rebels", "Saudi
    foreign ministers"), and the verb right after it."""
    lead = doc[start]
    if _name_item(doc, start) == start and not (lead.is_title and lead.ent_type_ in COUNTRY_ENTS):
        return None  # "Iran, Saudi foreign ministers": a demonym the tagger took for an adjective
    end = next((k for k in range(start + 1, min(start + 5, len(doc))) if doc[k].pos_ in VERBAL_POS), None)
    if end is None or doc[end - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    return doc[end - 1], doc[end]


def _comma_list(first: Token) -> tuple[list[Token], Token] | None:
    """The heads of the names a sentence opens with, joined by commas alone, and the plural verb they do
    ("Erdogan, Putin hold talks in Sochi": Erdogan and Putin, "hold"); None for a name set off by an
    apposition ("Erdogan, a former mayor, won") or anything else."""
    doc, heads, at = first.doc, [], first.i
    while (end := _name_item(doc, at)) > at and end < len(doc) and doc[end].text == ",":
        heads.append(doc[end - 1])
        at = end + 1
    found = _last_item(doc, at) if heads and at < len(doc) else None
    if found is None:
        return None
    last, verb = found
    if verb.tag_ not in (LIST_VERBS if len(heads) > 1 else PLURAL_VERBS):
        return None
    if any(not first.i <= t.head.i <= verb.i for t in doc[first.i:verb.i]):
        return None  # a word of the list hung outside it and its verb: some other shape
    return [*heads, last], verb


def _shared_noun(heads: list[Token]) -> Token | None:
    """The country name that opens the last phrase when the listed names are all countries before a common
    noun ("India, China troops clash": the troops of both, as in "India and China troops"), else None."""
    last = heads[-1]
    lead = last.doc[heads[-2].i + 2]  # the word after the comma
    if last.pos_ != "NOUN" or lead.ent_type_ not in COUNTRY_ENTS or lead.head.i != last.i:
        return None
    return lead if all(h.ent_type_ in COUNTRY_ENTS for h in heads[:-1]) else None


def _coordinate(first: Token, found: tuple[list[Token], Token]) -> None:
    """The first name the verb's subject, each later one a conjunct of the one before, the commas theirs;
    countries listed before a common noun name it together (the first its modifier, the rest conjuncts)."""
    heads, verb = found
    for tok in first.doc[first.i:heads[-1].i]:
        if tok.text == ",":
            tok.head, tok.dep_ = next(h for h in reversed(heads) if h.i < tok.i), "punct"
    shared = _shared_noun(heads)
    if shared is not None:
        heads[-1].head, heads[-1].dep_ = verb, "nsubj"
        heads[0].head, heads[0].dep_ = heads[-1], "nmod"
        heads = [*heads[:-1], shared]
    else:
        heads[0].head, heads[0].dep_ = verb, "nsubj"
    for before, head in zip(heads, heads[1:], strict=False):
        head.head, head.dep_ = before, "conj"


def _comma_subjects(doc: Doc) -> int:
    """'Erdogan, Putin hold talks in Sochi', 'India, China troops clash': a headline's names listed with
    commas alone before the verb are its coordinated subject (the parse made the first an adverb, or two
    subjects); the number mended."""
    fixed = 0
    for start in sentence_starts(doc)[:-1]:
        first = doc[start]
        if first.pos_ != "PROPN" or (found := _comma_list(first)) is None:
            continue
        _coordinate(first, found)
        fixed += 1
    return fixed


INDEFINITES = frozenset({"somebody", "everybody", "anybody", "nobody", "oneself"})


def _names_as_pronouns(doc: Doc) -> int:
    """'Houthis claim drone attack on Tel Aviv': a capitalised word no pronoun list knows that the tagger took
    for a pronoun is the name it is; the number retagged."""
    fixed = 0
    for i in pos_at(doc, "PRON"):
        tok = doc[i]
        if tok.is_title and not tok.is_stop and len(tok) > 3 and tok.lower_ not in INDEFINITES:
            tok.tag_, tok.pos_ = ("NNPS" if tok.lower_.endswith("s") else "NNP"), "PROPN"
            fixed += 1
    return fixed


LABEL_WORDS = 5  # the most words of a headline's opening label ("Southern Kaduna attacks:")


def label_colon(doc: Doc) -> int:
    """The colon after a headline's opening label of two to five verbless words ("Benue killings:", "Finance
    Bill protests:") when a clause with its own subject follows it ("Tinubu orders security chiefs to
    Yelwata"); 0 if there is none. The label names the story's thread, an event told before; the clause
    is the news (not "Zelensky:", a speaker, nor "Sudan:", a place, which need no mend)."""
    colon = next((i for i, w in enumerate(lowers_of(doc)[:LABEL_WORDS + 1]) if w == ":"), 0)  # no Tokens
    if colon < 2 or colon + 1 >= len(doc) or doc[colon + 1].is_quote or doc[colon - 1].pos_ not in (
            "NOUN", "PROPN", "VERB") or not all(_label_word(t) for t in doc[:colon]):
        return 0
    return colon if _label_clause(doc, colon) is not None else 0


def _label_word(tok: Token) -> bool:
    """A word a headline's label can hold: no stop word, no verb but a noun the tagger took for one."""
    return (tok.is_alpha or tok.text == "-") and not tok.is_stop and (
        tok.pos_ not in VERBAL_POS or _label_noun_as_verb(tok))


def _label_noun_as_verb(tok: Token) -> bool:
    """The last word of a headline's label the tagger took for a verb's -s form or a participle: a noun
    before the colon ("Finance Bill protests:", "Kidal fighting:")."""
    return tok.doc[tok.i + 1].text == ":" and (tok.tag_ == "VBZ" and tok.lower_.endswith("s") or (
        tok.tag_ == "VBG"))


def _label_clause(doc: Doc, colon: int) -> Token | None:
    """The verb of the clause after a label's colon, as high in the clause as the parse puts it: the head
    of the first subject after the colon, on the headline's line; None if there is none."""
    for tok in doc[colon + 1:colon + 40]:
        if tok.is_sent_start or "\n" in tok.text:
            return None
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i > colon and tok.head.pos_ in VERBAL_POS:
            verb = tok.head
            while verb.head.i > colon and verb.head.i != verb.i:
                verb = verb.head
            return verb
    return None


def _labels(doc: Doc) -> int:
    """'Benue killings: Tinubu orders security chiefs to Yelwata': the clause after a headline's label is
    the sentence's root, the label a detached dependant of its verb, and what the parse hung on the label
    from the clause ("to Yelwata", "chiefs" taken for the label's apposition) the verb's; the number
    mended."""
    colon = label_colon(doc)
    if not colon:
        return 0
    verb = _label_clause(doc, colon)
    if verb is None:
        return 0
    moved = [t for t in doc[colon + 1:verb.sent.end] if t.head.i < colon and t.i != verb.i]
    tops = [t for t in doc[:colon + 1] if not 0 <= t.head.i <= colon or t.head.i == t.i]
    if not moved and verb.dep_ == "ROOT" and all(t.head.i == verb.i and t.dep_ != "ROOT" for t in tops) and (
            not _label_noun_as_verb(doc[colon - 1])):
        return 0
    verb.head, verb.dep_ = verb, "ROOT"
    noun = doc[colon - 1]
    if _label_noun_as_verb(noun):  # "Finance Bill protests:": the noun, "Bill" its compound
        if noun.tag_ == "VBG":  # "Kidal fighting:", "Kuriga kidnapping:": the noun's lemma is the word
            noun.lemma_ = noun.lower_
        noun.tag_, noun.pos_ = ("NN" if noun.tag_ == "VBG" else "NNS"), "NOUN"
        for kid in [c for c in noun.children if c.dep_ in ("nsubj", "nsubjpass")]:
            kid.dep_ = "compound"
    for tok in tops:
        tok.head, tok.dep_ = verb, ("punct" if tok.i == colon else "dep")
    for tok in moved:
        before = doc[tok.i - 1]
        if tok.dep_ == "appos" and before.dep_ == "dobj" and before.head.i == verb.i and before.tag_ == "NN":
            before.head, before.dep_ = tok, "compound"  # "summons security chiefs": "security" the compound
            tok.dep_ = "dobj"
        tok.head = verb
    return 1


def repair(doc: Doc, verbs: Collection[str]) -> int:
    """Make verbs of the headline verbs tagged as nouns in ``doc``; the number repaired."""
    tags, nns = column(doc, TAG), doc.vocab.strings["NNS"]
    lowers = lowers_of(doc)
    fixed = (_names_as_pronouns(doc) + _base_forms(doc, tags, lowers, verbs) + _subjectless(doc, tags)
             + _compound_verbs(doc, tags) + _place_labels(doc) + _bare_passives(doc)
             + _reduced_passives(doc, verbs) + _participle_objects(doc, verbs)
             + _comma_subjects(doc) + _two_verbs(doc))
    fixed += (_infinitive_orders(doc, tags, lowers, verbs) + _noun_clauses(doc)
              + _adverb_verbs_made(doc, lowers) + _listed_doers(doc) + _force_verbs(doc, lowers)
              + _name_infinitives(doc) + _acronym_verbs(doc, tags, lowers, verbs))
    if nns not in tags:  # most sentences are no headline with a plural noun: one scan of the tags
        return _refresh(doc, fixed + _labels(doc))
    for i in tags_at(doc, tags, nns):  # plural nouns only
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
        fixed = _told_to_verbs(doc, tags, verbs) or _names_then_verb(doc, tags, verbs)
    return _refresh(doc, fixed + _labels(doc))


def _refresh(doc: Doc, fixed: int) -> int:
    """After a repair, the per-Doc tables (lemmas, heads, children) are made again from the new analysis."""
    if fixed:
        for key in [k for k in doc.user_data if k != TEXT_KEY]:
            del doc.user_data[key]
    return fixed
