"""The attribute ruler and lemmatizer of en_core_web_sm, as one table-driven component.

In the small English pipeline the rule-based ``attribute_ruler`` (tag -> part of speech and
morphology, a few word-specific fixes) and ``lemmatizer`` cost as much as the parser: the ruler
runs a ``Matcher`` of 179 patterns over every token and the lemmatizer is a Python loop. Their
output depends on a handful of attributes of each token, so :class:`LeanTags` works it out once
per distinct (tag, lower-case form, dependency, is-space) and (form, part of speech, morphology)
and writes whole arrays back. A new word's lemma comes from :class:`EnglishRules`, the English
rule lemmatizer's logic with the model's word lists held as sets (spaCy scans them as lists: most
of a short run's lemmatizing time). The patterns and lemma tables are the model's own, read from
the original components (which stay loaded, disabled), so the result is the same;
``tests/test_lean.py`` checks it token by token against the original components.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

NAME = "chronica_tags"
CACHE_MAX = 500_000  # distinct token keys kept; cleared when full (a long run sees new words forever)
FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")
ARRAY_ATTRS = {"POS": POS, "MORPH": MORPH, "LEMMA": LEMMA}


def _field(tok: Token, name: str) -> str | bool:
    if name == "TAG":
        return tok.tag_
    if name == "LOWER":
        return tok.lower_
    if name == "DEP":
        return tok.dep_
    return tok.is_space


def _predicate(name: str, spec: object) -> Callable[[tuple], bool]:
    """A test on a token's key for one field of a Matcher token pattern."""
    i = FIELDS.index(name)
    if isinstance(spec, dict):
        (op, value), = spec.items()
        if op == "IN":
            values = frozenset(value)
            return lambda key: key[i] in values
        if op == "NOT_IN":
            values = frozenset(value)
            return lambda key: key[i] not in values
        if op == "REGEX":
            rx = re.compile(value)
            return lambda key: bool(rx.search(str(key[i])))
        raise ValueError(f"unsupported pattern operator {op}")
    return lambda key: key[i] == spec


def _compile(token_pattern: dict) -> Callable[[tuple], bool]:
    for name in token_pattern:
        if name not in FIELDS:
            raise ValueError(f"unsupported pattern attribute {name}")
    tests = [_predicate(name, spec) for name, spec in token_pattern.items()]
    if len(tests) == 1:
        return tests[0]
    if len(tests) == 2:
        first, second = tests
        return lambda key: first(key) and second(key)
    return lambda key: all(t(key) for t in tests)


class LeanTags:
    """Sets what ``attribute_ruler`` then ``lemmatizer`` would set, from per-key tables."""

    def __init__(self, ruler, lemmatizer) -> None:  # noqa: ANN001 (spaCy pipes)
        self.lemmatizer = lemmatizer
        self.single: list[tuple[int, Callable[[tuple], bool], dict]] = []
        # single-token rules by the exact lower-case forms or tags they need; the rest always tried
        self.by_field: dict[tuple[str, object], list[int]] = {}
        self.always: list[int] = []
        self.multi: list[tuple[int, list[Callable[[tuple], bool]], int, dict]] = []
        for order, pattern in enumerate(ruler.patterns):
            attrs = ruler.attrs[order]
            for alternative in pattern["patterns"]:
                tests = [_compile(tp) for tp in alternative]
                if len(tests) == 1 and pattern["index"] in (0, -1):
                    self._index(len(self.single), alternative[0])
                    self.single.append((order, tests[0], attrs))
                else:
                    self.multi.append((order, tests, pattern["index"], attrs))
        self._keys: dict[tuple, tuple] = {}
        self._lemmas: dict[tuple[int, int, int], int] = {}
        self.rules = EnglishRules.of(lemmatizer)

    def _index(self, k: int, token_pattern: dict) -> None:
        """File single-token rule ``k`` under a value its token must have, when it names one."""
        for name in ("LOWER", "TAG"):
            spec = token_pattern.get(name)
            if isinstance(spec, str):
                self.by_field.setdefault((name, spec), []).append(k)
                return
            if isinstance(spec, dict) and set(spec) == {"IN"}:
                for value in spec["IN"]:
                    self.by_field.setdefault((name, value), []).append(k)
                return
        self.always.append(k)

    def _for_key(self, ints: tuple, strings) -> tuple:  # noqa: ANN001
        """For a token with these (tag, lower, dep, is-space) ids: the POS, MORPH and LEMMA the
        single-token rules give it (0: left as is), any other attributes they set, the rules in
        order, and the multi-token rules whose first token it could be."""
        found = self._keys.get(ints)
        if found is None:
            if len(self._keys) > CACHE_MAX:
                self._keys.clear()
            key = (strings[ints[0]], strings[ints[1]], strings[ints[2]], bool(ints[3]))
            tried = set(self.always)
            tried.update(self.by_field.get(("LOWER", key[1]), ()))
            tried.update(self.by_field.get(("TAG", key[0]), ()))
            singles = [(self.single[k][0], self.single[k][2]) for k in sorted(tried)
                       if self.single[k][1](key)]
            merged = [0, 0, 0]
            others: dict = {}
            for _, attrs in singles:
                for attr, value in attrs.items():
                    name = strings[attr] if isinstance(attr, int) else attr
                    if name in ARRAY_ATTRS:
                        merged[list(ARRAY_ATTRS).index(name)] = value
                    else:
                        others[name] = value
            starts = [k for k, (_, tests, _, _) in enumerate(self.multi) if tests[0](key)]
            found = self._keys[ints] = (*merged, others, singles, starts, key)
        return found

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        ids = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        entries = [self._for_key(tuple(row), strings) for row in ids]
        n = len(doc)
        names = list(ARRAY_ATTRS)
        arr = doc.to_array([ARRAY_ATTRS[a] for a in names])
        rows = arr.tolist()
        extra: dict[int, list[tuple[int, dict]]] = {}
        for i, (pos, morph, lemma, others, _, starts, _) in enumerate(entries):
            row = rows[i]
            if pos:
                row[0] = pos
            if morph:
                row[1] = morph
            if lemma:
                row[2] = lemma
            if others:
                self._set_others(doc[i], others, strings)
            for k in starts:
                self._multi(entries, extra, i, k, n)
        for target, fired in extra.items():  # redo these tokens with every rule, in the ruler's order
            for _, rule_attrs in sorted([*entries[target][4], *fired], key=lambda r: r[0]):
                for attr, value in rule_attrs.items():
                    name = strings[attr] if isinstance(attr, int) else attr
                    if name in ARRAY_ATTRS:
                        rows[target][names.index(name)] = value
                    else:
                        self._set_others(doc[target], {name: value}, strings)
        arr[:] = rows
        doc.from_array([ARRAY_ATTRS[a] for a in names], arr)
        self._lemmatize(doc)
        return doc

    def _multi(self, entries: list, extra: dict, i: int, k: int, n: int) -> None:
        """Multi-token rule ``k`` tried at token ``i``: when it matches, note it for its target."""
        order, tests, index, attrs = self.multi[k]
        end = i + len(tests)
        if end > n or not all(t(entries[j][6]) for t, j in zip(tests[1:], range(i + 1, end), strict=True)):
            return
        target = (end + index) if index < 0 else i + index
        extra.setdefault(target, []).append((order, attrs))

    @staticmethod
    def _set_others(tok: Token, others: dict, strings) -> None:  # noqa: ANN001
        """TAG and DEP of stray whitespace: rare, set one by one."""
        for name, value in others.items():
            setattr(tok, f"{name.lower()}_", strings[value] if isinstance(value, int) else value)

    def _lemmatize(self, doc: Doc) -> None:
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = self._lemmas
        strings = doc.vocab.strings
        rules = self.rules
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(arr.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            value = lemmas.get(key)
            if value is None:
                if len(lemmas) > CACHE_MAX:
                    lemmas.clear()
                if rules is not None:
                    found = rules.lemma(strings[orth], strings[pos].lower(), strings[morph] if morph else "")
                else:
                    found = self.lemmatizer.lemmatize(doc[i])[0]
                value = lemmas[key] = strings.add(found)
            arr[i, 3] = value
            changed = True
        if changed:
            doc.from_array([LEMMA], arr[:, 3:4])


class EnglishRules:
    """spaCy's rule-based English lemmatizer (``rule_lemmatize`` with the English base forms) on
    strings, with its word lists as sets: spaCy keeps each part of speech's known lemmas as a
    list (57,000 nouns) and scans it for every candidate form of every new word."""

    def __init__(self, lookups: Lookups) -> None:
        self.lookups = lookups
        self._tables: dict[str, tuple[frozenset[str], dict, list, bool]] = {}
        self._base: dict[tuple[str, str], bool] = {}

    @classmethod
    def of(cls, lemmatizer) -> EnglishRules | None:  # noqa: ANN001 (a spaCy pipe)
        """The fast rules for this lemmatizer, or None when it is not spaCy's English rule one."""
        if lemmatizer.mode != "rule" or type(lemmatizer).is_base_form is not EnglishLemmatizer.is_base_form:
            return None
        if type(lemmatizer).rule_lemmatize is not Lemmatizer.rule_lemmatize:
            return None
        return cls(lemmatizer.lookups)

    def _for_pos(self, univ_pos: str) -> tuple[frozenset[str], dict, list, bool]:
        found = self._tables.get(univ_pos)
        if found is None:
            index = self.lookups.get_table("lemma_index", {}).get(univ_pos)
            exceptions = self.lookups.get_table("lemma_exc", {}).get(univ_pos)
            rules = self.lookups.get_table("lemma_rules", {}).get(univ_pos)
            found = self._tables[univ_pos] = (frozenset(index or ()), exceptions or {}, list(rules or ()),
                                              any((index, exceptions, rules)))
        return found

    def _is_base(self, univ_pos: str, morph: str) -> bool:
        """EnglishLemmatizer.is_base_form, from the part of speech and the morphology string."""
        key = (univ_pos, morph)
        found = self._base.get(key)
        if found is None:
            feats = dict(f.split("=", 1) for f in morph.split("|")) if morph not in ("", "_") else {}
            form, degree = feats.get("VerbForm"), feats.get("Degree")
            found = self._base[key] = (
                (univ_pos == "noun" and feats.get("Number") == "Sing")
                or (univ_pos == "verb" and form == "Inf")
                or (univ_pos == "verb" and form == "Fin" and feats.get("Tense") == "Pres"
                    and feats.get("Number") is None)
                or (univ_pos == "adj" and degree == "Pos")
                or form in ("Inf", "None") or degree == "Pos")
        return found

    def lemma(self, text: str, univ_pos: str, morph: str) -> str:
        """The first lemma spaCy's rule lemmatizer gives a word with this part of speech."""
        if univ_pos in ("", "eol", "space") or self._is_base(univ_pos, morph):
            return text.lower()
        index, exceptions, rules, present = self._for_pos(univ_pos)
        if not present:
            return text if univ_pos == "propn" else text.lower()
        string = text.lower()
        forms: list[str] = []
        oov: list[str] = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    continue
                if form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        return (forms or oov or [text])[0]

    def plural_noun(self, word: str) -> str:
        """The known lemma of a lower-case plural noun ("drones" -> "drone", "gunmen" -> "gunman"), or "" when
        the word is no plural of an English noun the lemmatizer's tables know."""
        lemma = self.lemma(word, "noun", "Number=Plur")
        return lemma if lemma != word and lemma in self._for_pos("noun")[0] else ""


@Language.factory(NAME)
def make_lean_tags(nlp: Language, name: str) -> LeanTags:
    """The lean component, built from the pipeline's own (disabled) attribute ruler and lemmatizer."""
    return LeanTags(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))
