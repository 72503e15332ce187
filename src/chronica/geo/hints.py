"""The countries of the armed groups, forces and parties a story names by a one-word name ("the
UPDF", "Hezbollah", "INC"), found with one set lookup per Doc, and by a name of several words that
cues.yaml lists ("the Future Movement", "Internal Security Forces"): they help settle a namesake
("Busia" of Uganda in a story about the UPDF; "Tripoli" of Lebanon in one about the Future Movement),
like a demonym."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from spacy.attrs import ORTH

from chronica.actors.lexicon import Lexicon
from chronica.actors.text import tokenize
from chronica.geo.resolve import ARMED_NAMES_KEY, BODIES, BODY_SPANS, HINT_SKIP
from chronica.nlp import column, text_of

MIN_ACRONYM = 3  # "AA", "FC", "PT" are too often something else
MIN_NAME = 6  # "Rada", "Fano", "Shane": too often a word or a first name
NAME_SECTORS = frozenset({"REB", "PRM", "MIL", "COP", "CRM", "SPY", "UAF"})
GROUP_SECTORS = frozenset({"REB", "PRM", "CRM", "UAF"})  # a state body's long name is generic
ARMED_SECTORS = frozenset({"REB", "PRM", "MIL", "UAF"})  # "the RSF attacked Kadugli": a town struck (horn-2)
COMMON_WORD_COUNTRIES = 5  # a word in the names of this many countries' bodies is no group's own ("National")
SMALL_WORDS = frozenset({"of", "the", "for", "and", "in", "de", "del", "la", "al", "el", "des", "du", "y"})
HINTS_KEY = "chronica.geo.hints"


class ActorHints:
    """One-word actor names (as written: acronyms in capitals) -> ISO alpha-3, from the actor
    resolver's phrase table (``actors.lexicon.Lexicon``)."""

    def __init__(self, entries: Iterable, names: Iterable = (),
                 common: frozenset[str] = frozenset(), senses: dict | None = None) -> None:
        self.forms: dict[str, str] = {}
        self.armed: set[str] = set()  # the one-word names of armed groups and forces ("RSF", "TPLF")
        self.senses = senses or {}  # short forms another organisation shares ("RSF"; actors.orgs.Sense)
        self.names = Lexicon()  # armed groups' names of several words ("Boko Haram")
        for entry in names:
            if _proper_name(entry, common):
                self.names.add(entry.form, entry.kind, entry.ref.country)
        for entry in entries:
            ref = entry.ref
            country, form = getattr(ref, "country", None), entry.form
            if entry.kind != "org" or not country or form in HINT_SKIP or " " in form or (
                    getattr(ref, "inter", None) == 8):  # "Wagner": a state's hired forces abroad say no
                continue  # country of the story (lead48)
            letters = sum(c.isalpha() for c in form)
            if entry.exact and letters >= MIN_ACRONYM:
                self.forms[form] = country
            elif not entry.exact and form[:1].isupper() and letters >= MIN_NAME and (
                    getattr(ref, "sector", None) in NAME_SECTORS):
                self.forms[form] = country
            else:
                continue
            if getattr(ref, "sector", None) in ARMED_SECTORS:
                self.armed.add(form)
        self._ids: dict[int, str] = {}
        self._armed_ids: frozenset[int] = frozenset()

    def countries(self, doc,  # noqa: ANN001
                  skip: Callable[[], Iterable[tuple[int, int]]] | None = None) -> set[str]:
        """The countries of the one-word actor names in a Doc (none inside the character spans ``skip()``
        gives, asked only when a name is found: most stories name none)."""
        if not self._ids:
            strings = doc.vocab.strings
            self._ids = {strings.add(form): iso for form, iso in self.forms.items()}
            self._armed_ids = frozenset(strings.add(form) for form in self.armed)
        ids = self._ids
        words = set(column(doc, ORTH))
        found = {ids[h] for h in words if h in ids and not self._other_sense(h, doc)}
        armed = words & self._armed_ids
        if armed:  # the geocoder's sign that a name these strike is ground (geo/resolve.py ``_armed``)
            doc.user_data[ARMED_NAMES_KEY] = frozenset(
                doc.vocab.strings[h] for h in armed if not self._other_sense(h, doc))
        spans = tuple(skip()) if skip is not None and found else ()
        if spans:  # "residents told the BBC": no hint of Britain (eastasia-3)
            found = {ids[t.orth] for t in doc if t.orth in ids and not any(a <= t.idx < b for a, b in spans)
                     and not self._other_sense(t.orth, doc)}
        return found | self._named(text_of(doc)) | body_countries(text_of(doc))

    def _other_sense(self, word: int, doc) -> bool:  # noqa: ANN001
        """Does the story's wording give a shared short form its other organisation ("RSF" among words of
        the press: Reporters Without Borders, no sign of Sudan; press-2)?"""
        sense = self.senses.get(doc.vocab.strings[word])
        return sense is not None and sense.reading([t.key for t in tokenize(text_of(doc))]) > 0

    def _named(self, text: str) -> set[str]:
        """The countries of the armed groups' names of several words in a text; none for a name that
        groups of two countries bear ("People's Defence Forces")."""
        out = set()
        for m in self.names.scan(tokenize(text)):
            countries = {e.ref for e in m.entries}
            if len(countries) == 1:
                out |= countries
        return out


def _proper_name(entry, common: frozenset[str]) -> bool:  # noqa: ANN001
    """A non-state armed group's name of several words, each word but the small ones capitalised, one
    word at least its own ("Boko Haram", "Ansar al-Din"; not "Islamist fighters", which the dictionary
    gives one country's, nor "National Liberation Army", "People's Defence Forces", whose words name
    groups of many countries; nor a state body's, "National Security Agency", "Federal Police")."""
    ref = entry.ref
    if entry.kind != "org" or not getattr(ref, "country", None) or getattr(ref, "sector", None) not in (
            GROUP_SECTORS) or getattr(ref, "inter", None) == 8:  # not the hired forces of a state abroad
        return False  # ("a Wagner convoy was ambushed near Tinzaouaten": in Mali, not Russia; lead48)
    words = [t.text for t in tokenize(entry.form)]
    return len(words) > 1 and all(w[:1].isupper() or w.lower() in SMALL_WORDS or not w[:1].isalpha()
                                  for w in words) and not all(w.lower() in common or w.lower() in SMALL_WORDS
                                                              for w in words)


def body_countries(text: str) -> set[str]:
    """The countries of the parties and state bodies of several words a text names (cues.yaml
    ``body_countries``); a listed name with no country gives none."""
    found = (BODIES.get(m.group().replace("\u2019", "'")) for m in BODY_SPANS.finditer(text))
    return {iso for iso in found if iso}


def from_lexicon(lexicon, senses: dict | None = None) -> ActorHints:  # noqa: ANN001
    """Hints from the actor resolver's lexicon (its one-word entries, and armed groups' names of
    several words, one word at least their own)."""
    table = lexicon.table
    countries: dict[str, set[str]] = {}
    for bucket in table.values():
        for e in bucket:
            if e.kind == "org" and getattr(e.ref, "country", None):
                for t in tokenize(e.form):
                    countries.setdefault(t.text.lower(), set()).add(e.ref.country)
    common = frozenset(w for w, c in countries.items() if len(c) >= COMMON_WORD_COUNTRIES)
    return ActorHints((e for key, bucket in table.items() if len(key) == 1 for e in bucket),
                      (e for key, bucket in table.items() if len(key) > 1 for e in bucket), common, senses)


def actors_country(mentions: Iterable) -> str | None:
    """The country most of a story's actor mentions belong to ((start, end, Actor) triples, as
    ``ActorResolver.mentions`` gives them), when one country leads: "Houthi forces ... the West
    Coast" happened in Yemen."""
    counts = Counter(a.country for _, _, a in mentions if a.country)
    ranked = counts.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]
