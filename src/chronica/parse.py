"""Parse only the sentences that can hold an event.

spaCy's statistical components cost the same for every token, but many sentences of a news story
("The meeting is at 7 p.m.", quotes, background) hold no word that could be a trigger. The
:class:`SelectiveParser` tokenizes a text, cuts it into rough sentences at sentence-final
punctuation and line breaks, and keeps the sentences that have a word that may be a trigger
(:class:`chronica.nlp.TriggerPrefilter`) or a number with a word that may count the dead, the
hurt or the arrested (such counts go to the attack reported just before), plus the sentence
before each (pronouns and "they" look back one sentence) and the first three sentences (the
dateline and the lead, whose words the ACLED model reads). It runs the pipeline on those
stretches only and writes them back into the document's own token array, so everything
downstream sees one :class:`~spacy.tokens.Doc` with the original text and character offsets.

Sentences left out keep their tokens and get a flat analysis: their first token is the root and
the others depend on it (label ``dep``), the lemma is the lower-case form, no tag and no
entities. The extractor finds nothing in them, which is what it would have found after a full
parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IS_ALPHA, LEMMA, LIKE_NUM, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

from chronica.ingest.meta import dateline_end
from chronica.nlp import TEXT_KEY, TriggerPrefilter

T = TypeVar("T")

ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]
ENDS = frozenset({".", "!", "?", "...", "…", "?!", "!?"})
CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})
ENT_O = 2  # ENT_IOB value for "outside any entity"


def rough_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of sentences cut at final punctuation (with closing quotes) and line breaks."""
    bounds: list[tuple[int, int]] = []
    start, n, i = 0, len(doc), 0
    while i < n:
        tok = doc[i]
        end = None
        if tok.text in ENDS:
            end = i + 1
            while end < n and doc[end].text in CLOSERS and not doc[end - 1].whitespace_:
                end += 1
        elif (tok.is_space and "\n" in tok.text) or "\n" in tok.whitespace_:
            end = i + 1
        if end is not None:
            while end < n and doc[end].is_space:
                end += 1
            if end > start:
                bounds.append((start, end))
            start = i = end
            continue
        i += 1
    if start < n:
        bounds.append((start, n))
    return bounds


def make_doc(nlp: Language, text: str) -> Doc:
    """A tokenized text, its dateline a sentence of its own, ready for the pipeline's components."""
    doc = nlp.make_doc(text)
    doc.user_data[TEXT_KEY] = text  # a Doc's text is its input's (``text_of``: no re-join)
    _join_given_names(doc, text)
    _split_dateline(doc, text)
    return doc


# A hyphenated East Asian given name after a family name ("Moon Jae-in", "Kim Jong-un", "Tsai Ing-wen"): both
# halves romanised syllables (an optional initial, a vowel, an optional final consonant). The tokenizer cuts
# it at the hyphen and the parser then reads "in" as a preposition or "hyun" as the subject (roles57).
_SYLLABLE = (r"(?:ch|sh|kk|tt|pp|ss|jj|[bcdfghjklmnprstwyz])?"
             r"(?:yae|yeo|wae|ae|eo|eu|oe|ui|ya|ye|yo|yu|wa|wo|we|wi|oo|ee|ou|ia|ai|a|e|i|o|u)"
             r"(?:ng|n|m|l|k|p|t|g|b|r)?")
# Arabic articles and kin words before a hyphen open a place's or a person's Arabic name ("Ras Al-Ain", "Abu
# Al-Bab"), no Korean given name
NOT_GIVEN = ("Al|El|Ad|Ar|As|An|At|Az|Ash|Ul|Ud|Ibn|Bin|Ben|Bani|Beni|Dar|Deir|Tal|Tel|Um|Umm"
             # (and a title-case headline's "Mop-up", "Sit-in", "Set-up", "Re-run")
             "|Sit|Set|Run|Log|Mop|Pop|Pin|Win|Re|Co|Tip|Cut|Put")
# the family name, then the given name
GIVEN_NAME = re.compile(rf"\b[A-Z][a-z]{{1,5}} (?!(?:{NOT_GIVEN})-)"
                        rf"([A-Z]{_SYLLABLE}-{_SYLLABLE})\b(?!-)")


def _join_given_names(doc: Doc, text: str) -> None:
    """Make one token of a hyphenated East Asian given name ("Jae-in", "Jong-un") and the whole name a
    person's, so the parser takes it as one subject or object (roles57)."""
    found = [m for m in GIVEN_NAME.finditer(text)
             if (given := doc.char_span(m.start(1), m.end(1))) is not None and len(given) > 1]
    if not found:
        return
    with doc.retokenize() as retok:
        for m in found:
            retok.merge(doc.char_span(m.start(1), m.end(1)))
    # the recogniser keeps a name set before it (it reads the joined half as no name)
    names = [doc.char_span(m.start(), m.end(), label="PERSON") for m in found]
    doc.set_ents([sp for sp in names if sp is not None], default="unmodified")


# An all-capital headline run into the lede with a dash ("TURKEY ASKS GREECE TO HALT ARMS BUILD-UP - Turkey
# called on Greece ..."): three or more capital words, a dash, then a capitalised word in lower case after it.
CAPS_WORD = r"[A-Z0-9][A-Z0-9.,'’&/-]*"
CAPS_HEADLINE = re.compile(rf"\s*(?:{CAPS_WORD}\s+){{2,}}{CAPS_WORD}\s+(?:-|--|–|—)\s+(?=[A-Z][a-z])")


def _split_dateline(doc: Doc, text: str) -> None:
    """Start a sentence after the dateline ("MANILA, April 10 - Eighteen soldiers were killed ..."),
    which the parser respects: parsed as one sentence, the dateline's place becomes the lead's subject;
    likewise after an all-capital headline run into the lede with a dash (syntax29)."""
    end = dateline_end(text)
    if not end:
        caps = CAPS_HEADLINE.match(text)
        end = caps.end() if caps else 0
    if not end:
        return
    start = next((tok.i for tok in doc if tok.idx >= end), 0)
    if not start:
        return
    doc[start].is_sent_start = True
    for k in range(start + 1, len(doc)):  # the lead runs on to its full stop ("Eighteen" is no sentence)
        if doc[k - 1].text in ENDS or "\n" in doc[k - 1].whitespace_ or doc[k].is_space:
            break
        doc[k].is_sent_start = False


# A batch ends at 64 texts or once it holds 25,000 characters. Parsing 64 news articles at once
# (588 LGL articles, 200,000 characters a batch) peaked at 710 MB against 495 MB with this cap, in the
# same CPU time (28-30 s both ways over three runs each); 64 short notes stay one batch.
BATCH_CHARS = 25_000


class SelectiveParser:
    """Runs the spaCy pipeline on the stretches of a text that can hold an event.

    ``context`` is how many sentences before a selected one are parsed with it, ``lead`` how many
    sentences at the start are always parsed (when any is).
    """

    def __init__(self, nlp: Language, prefilter: TriggerPrefilter, context: int = 1,
                 batch_size: int = 64, counts: TriggerPrefilter | None = None, lead: int = 3,
                 batch_chars: int = BATCH_CHARS) -> None:
        self.nlp = nlp
        self.lead = lead
        self.prefilter = prefilter
        self.counts = counts
        self.context = context
        self.batch_size = batch_size
        self.batch_chars = batch_chars
        self.stats = {"sentences": 0, "parsed": 0, "tokens": 0, "parsed_tokens": 0}
        strings = nlp.vocab.strings
        self._root, self._dep = strings.add("ROOT"), strings.add("dep")
        self._trigger_ids: dict[int, bool] = {}
        self._count_ids: dict[int, bool] = {}

    # -- selection ----------------------------------------------------------------------------
    def select(self, doc: Doc) -> tuple[list[tuple[int, int]], list[bool]]:
        """The rough sentences of a tokenized text and whether each is to be parsed.

        Nothing is selected when no sentence can hold a trigger (the document has no event).
        """
        sents = rough_sentences(doc)
        rows = doc.to_array([IS_ALPHA, LOWER, LIKE_NUM]).tolist()
        hit = [self._may_hold(rows[s:e]) for s, e in sents]
        keep = list(hit)
        if any(hit):
            keep[: self.lead] = [True] * min(self.lead, len(keep))
            for i, h in enumerate(hit):
                if h:
                    for j in range(max(0, i - self.context), i):
                        keep[j] = True
        return sents, keep

    def _may_hold(self, rows: list[list[int]]) -> bool:
        """Whether a sentence (rows of is-alpha, lower-case id, like-number) has a word that may be
        a trigger, or a number with a word that may count the dead, the hurt or the arrested
        ("Two fatalities." gives its toll to the attack before it)."""
        trig = self._trigger_ids
        if any(alpha and (trig[w] if w in trig else self._learn(w)) for alpha, w, _ in rows):
            return True
        if self.counts is None or not any(num for _, _, num in rows):
            return False
        counted = self._count_ids
        return any(alpha and (counted[w] if w in counted else self._learn(w, count=True))
                   for alpha, w, _ in rows)

    def _learn(self, word_id: int, count: bool = False) -> bool:
        """Whether a word (by its string id) may be a trigger (or a counting word), kept."""
        table, check = (self._count_ids, self.counts) if count else (self._trigger_ids, self.prefilter)
        if len(table) > 500_000:
            table.clear()
        hit = table[word_id] = check.possible(self.nlp.vocab.strings[word_id])
        return hit

    @staticmethod
    def stretches(sents: list[tuple[int, int]], keep: list[bool]) -> list[tuple[int, int, bool]]:
        """Consecutive sentences with the same decision, merged: (start, end, parsed)."""
        out: list[tuple[int, int, bool]] = []
        for (s, e), k in zip(sents, keep, strict=True):
            if out and out[-1][2] == k:
                out[-1] = (out[-1][0], e, k)
            else:
                out.append((s, e, k))
        return out

    # -- parsing ------------------------------------------------------------------------------
    def __call__(self, text: str) -> Doc:
        """One text, parsed where it can hold an event."""
        return next(self.pipe_tuples([(text, None)]))[0]

    def pipe_tuples(self, items: Iterable[tuple[str, T]]) -> Iterator[tuple[Doc, T]]:
        """Like ``nlp.pipe(..., as_tuples=True)``: (text, context) in, (Doc, context) out, in order."""
        batch: list[tuple[str, T]] = []
        size = 0
        for item in items:
            batch.append(item)
            size += len(item[0])
            if len(batch) >= self.batch_size or size >= self.batch_chars:
                yield from self._batch(batch)
                batch, size = [], 0
        if batch:
            yield from self._batch(batch)

    def _batch(self, batch: list[tuple[str, T]]) -> Iterator[tuple[Doc, T]]:
        docs = [make_doc(self.nlp, text) for text, _ in batch]
        plans: list[tuple[list[tuple[int, int]], list[bool], list[tuple[int, int, bool]]]] = []
        parse_in: list[Doc] = []
        stats = self.stats
        for doc in docs:
            sents, keep = self.select(doc)
            plan = self.stretches(sents, keep) if any(keep) else []
            plans.append((sents, keep, plan))
            stats["sentences"] += len(sents)
            stats["parsed"] += sum(keep) if plan else 0
            stats["tokens"] += len(doc)
            for s, e, parsed in plan:
                if parsed:
                    stats["parsed_tokens"] += e - s
                    parse_in.append(doc if (s, e) == (0, len(doc)) else doc[s:e].as_doc())
        parsed_docs = iter(list(self.nlp.pipe(parse_in, batch_size=self.batch_size)))
        for doc, (sents, keep, plan), (_, ctx) in zip(docs, plans, batch, strict=True):
            if len(plan) == 1 and plan[0][2]:  # parsed whole, in place
                next(parsed_docs)
            elif plan:
                arr = np.zeros((len(doc), len(ATTRS)), dtype="uint64")
                arr[:, 6] = ENT_O
                lowers = doc.to_array([LOWER])
                for s, e, parsed in plan:
                    if parsed:
                        arr[s:e] = next(parsed_docs).to_array(ATTRS)
                        continue
                    arr[s:e, 3] = lowers[s:e]
                for (a, b), k in zip(sents, keep, strict=True):
                    if not k:
                        self._flat(arr, a, b)
                doc.from_array(ATTRS, arr)
            yield doc, ctx

    def _flat(self, arr: np.ndarray, start: int, end: int) -> None:
        """One sentence left out: its first token is the root, the others depend on it."""
        arr[start, 4] = 0
        arr[start, 5] = self._root
        if end - start > 1:
            arr[start + 1:end, 4] = (-np.arange(1, end - start, dtype=np.int64)).astype(np.uint64)
            arr[start + 1:end, 5] = self._dep
