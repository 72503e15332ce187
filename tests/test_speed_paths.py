"""Shortcuts taken for speed give the answers of the long way (sentences invented for the tests)."""

from __future__ import annotations

import re

import pytest

from chronica.actors.text import fold, tokenize
from chronica.alternation import led
from chronica.geo.resolve import missions
from chronica.mentions import CLAIM_AFTER, CLAIM_BEFORE, _claims


@pytest.mark.parametrize("text", [
    "Houthi fighters’ positions near Ma’rib were shelled by the coalition's jets.",
    "Police in Bogotá detained 14 students of the Universidad Nacional.",
    "ΟΔΟΣ Σ and the KELVIN K sign, İstanbul's governor and the U.S. envoy",
    "3,000 troops & 40 armoured vehicles crossed into the Ituri province",
])
def test_word_keys_are_each_words_folded_form(text: str) -> None:
    """Words are keyed by slices of the folded text when that is safe, else word by word: the same keys."""
    tokens = tokenize(text)
    assert tokens, text
    assert [t.key for t in tokens] == [fold(t.text) for t in tokens]
    assert all(text[t.start:t.end] == t.text for t in tokens)


def test_possessive_is_dropped_from_the_word() -> None:
    tokens = tokenize("The militia's commander and the rebels’ spokesman")
    assert [t.text for t in tokens][:3] == ["The", "militia", "commander"]
    assert tokens[1].end - tokens[1].start == len("militia")


@pytest.mark.parametrize("text, start", [
    ("A roadside bomb killed three soldiers. The Islamic State group Claimed Responsibility on Sunday.", 0),
    ("Two guards died. The raid was PERPETRATED BY gunmen from the hills.", 0),
    ("A grenade was thrown into the bar. No group has claimed responsibility.", 10),
    ("Le poste a été attaqué; the assault was carried out by bandits.", 0),
])
def test_claim_phrases_in_any_case_are_seen(text: str, start: int) -> None:
    assert any(p.search(text, start) for p in (CLAIM_BEFORE, CLAIM_AFTER))
    assert _claims(text, start)


def test_text_without_claim_words_skips_the_patterns() -> None:
    text = "Protesters marched through the capital on Friday demanding higher wages."
    assert not any(p.search(text) for p in (CLAIM_BEFORE, CLAIM_AFTER))
    assert not _claims(text, 0)
    # only the words after the start count
    assert not _claims("Rebels claimed responsibility. Then the market reopened.", 31)


def test_missions_found_only_by_their_whole_names() -> None:
    assert missions("Peacekeepers of MINUSMA escorted the convoy to Kidal.") == ["MLI"]
    assert missions("The UNAMIDX depot and the minusma camp were quiet.") == []
    assert missions("Farmers blocked the road to the market on Tuesday.") == []


def test_respelt_and_repeated_places_resolve_alike_every_time(nlp, pipeline) -> None:
    """Answers kept between stories (a respelt town, a place's population) change nothing: the same
    story coded twice, and a story naming the place again, give the same places and events."""
    geo = pipeline.geocoder
    text = "Rockets fell on a market in Quamishli on Monday, residents said."
    first = [(p.text, p.geonameid) for p in geo.places(nlp(text))]
    again = [(p.text, p.geonameid) for p in geo.places(nlp(text))]
    assert first == again and first and first[0][0] == "Quamishli"
    story = "Gunmen attacked a police post in Quamishli on Monday. Two officers were wounded in Quamishli."
    runs = [[(e.location.name if e.location else None, e.evidence.get("location", {}).get("rule"))
             for e in pipeline.code(_document(story))] for _ in range(2)]
    assert runs[0] == runs[1] and runs[0]


def _document(text: str):  # noqa: ANN202
    from chronica.ingest import document_from_text

    return document_from_text(text, doc_id="speed-test", published="2021-05-10")


STORIES = [
    "Soldiers who had crossed the river on Tuesday fired on a crowd that gathered near the bridge, "
    "witnesses told reporters, and at least twelve people were hurt.",
    "The governor, whom protesters accused of fraud, resigned; some 3,000 workers struck for 1.5 days.",
    "Militants stormed the school in the north of the province and seized its first-floor offices.",
]


@pytest.mark.parametrize("text", STORIES)
def test_children_kept_per_doc_are_spacys_children(nlp, text: str) -> None:
    """Each word's dependents, kept once per Doc, are spaCy's own, in the same order."""
    from chronica.nlp import children_of

    doc = nlp(text)
    for tok in doc:
        assert [c.i for c in children_of(tok)] == [c.i for c in tok.children]


@pytest.mark.parametrize("text", STORIES)
def test_number_words_read_from_the_docs_arrays(nlp, text: str) -> None:
    """Whether a word is like a number ("twelve", "3,000", "1.5"), read from the Doc's arrays, is spaCy's."""
    from spacy.attrs import LIKE_NUM

    from chronica.nlp import column

    doc = nlp(text)
    assert [bool(v) for v in column(doc, LIKE_NUM)] == [t.like_num for t in doc]
    assert any(column(doc, LIKE_NUM))


def test_sentence_without_a_trigger_still_gives_its_counts(nlp, pipeline) -> None:
    """A sentence with no event word keeps the numbers it reports for the events around it."""
    from chronica.extract.quantities import find_counts

    doc = nlp("Gunmen attacked the village on Monday. Hospital staff counted eleven bodies by the evening.")
    sent, extractor = list(doc.sents)[-1], pipeline.extractor
    assert extractor.trigger_lemmas.isdisjoint(extractor.lex.lemmas_of(doc)[sent.start:sent.end])
    candidates, counts = extractor.sentence(sent, 1)
    assert candidates == [] and counts == find_counts(sent)
    assert [(c.kind, c.value) for c in counts] == [("killed", 11)]


@pytest.mark.parametrize("name", [
    "St. Joseph", "Mt. Pleasant", "Ra's al-'Ayn", "Coeur d`Alene", "Winston-Salem, N.C.", "Ste-Foy",
    "Bogotá", "Ma’rib", "São Tomé", "Düsseldorf’s", "Ain  al\tArab", "(Kidal)",
])
def test_place_keys_of_plain_and_accented_names_are_the_long_ways(name: str) -> None:
    """A plain ASCII name is keyed in one translation; its key is the one the letter-by-letter
    folding gives, and accented names still fold their accents."""
    import unicodedata

    from chronica.geo.gazetteer import norm

    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("’", "'").replace("'", "").replace("‘", "").replace("`", "")
    words = "".join(c if c.isalnum() else " " for c in text).split()
    if words and words[0] in ("st", "ste", "mt"):
        words[0] = {"st": "saint", "ste": "sainte", "mt": "mount"}[words[0]]
    assert norm(name) == " ".join(words)


def test_spelling_neighbours_filtered_on_the_columns_are_the_same_towns(pipeline) -> None:
    """Towns spelled like a name, of one kind and a least population, are those of the whole list
    that pass the same tests, in the same order."""
    from chronica.geo.gazetteer import TOWN

    gaz = pipeline.geocoder.gaz
    for name in ("Quamishli", "Jallalabad", "Tillabery", "Zuwarah"):
        every = gaz.similar(name)
        assert every, name
        assert gaz.similar(name, TOWN) == [e for e in every if e.kind == TOWN]
        assert gaz.similar(name, TOWN, 100_000) == [e for e in every if e.kind == TOWN and e.pop >= 100_000]
    assert gaz.similar("Jallalabad", TOWN, 100_000)  # "near Jallalabad": Jalalabad, a big town


def test_headline_without_a_plural_noun_is_left_alone_and_one_with_a_verb_form_repaired(nlp) -> None:
    """The headline repair reads the tags from the Doc's kept columns: a text with no plural noun
    or only plural nouns that are no verb's -s form keeps its parse; a verbless headline is mended."""
    from chronica import headline
    from chronica.extract.lexicon import lexicon

    verbs = lexicon().verbs
    for text in ("Rain expected over the capital on Sunday", "Kenya election results"):
        doc = nlp(text)
        before = [(t.head.i, t.dep_, t.tag_) for t in doc]
        assert headline.repair(doc, verbs) == 0
        assert [(t.head.i, t.dep_, t.tag_) for t in doc] == before
    doc = nlp("Venezuela severs relations with Colombia")
    if any(t.tag_ == "NNS" and t.lower_ == "severs" for t in doc):  # as the small model tags it
        assert headline.repair(doc, verbs) == 1
        assert [t.tag_ for t in doc if t.lower_ == "severs"] == ["VBZ"]


# --- fast paths of the readings' scans and the place tests (branch speed19) ---------------------------------

READINGS_TEXTS = [
    "The foreign minister branded the shelling of the port a cowardly act on Monday.",
    "Rights groups described the executions as barbaric and called for an inquiry.",
    "Analysts said a build-up of Russian troops near the border worried Kyiv.",
    "Ties severed as the two capitals recalled their envoys.",
    "The mayor opened a new bridge and called it a milestone for the valley.",
]


@pytest.mark.parametrize("text", READINGS_TEXTS)
def test_verbs_found_on_the_columns_are_those_a_token_scan_finds(nlp, text: str) -> None:
    """``_verbs`` reads the Doc's columns instead of making a Token for every word: the same tokens."""
    from chronica.extract.readings import _verbs, readings

    doc = nlp(text)
    judging = readings()["judging"]["verbs"]
    for sent in doc.sents:
        assert [t.i for t in _verbs(sent, judging)] == [
            t.i for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in judging]
        assert [t.i for t in _verbs(sent, None, root=True)] == [
            t.i for t in sent if t.pos_ == "VERB" and t.dep_ == "ROOT"]


@pytest.mark.parametrize("text, rule", [
    ("Villagers called the ambush cowardly on Sunday.", "judging:cowardly"),
    ("The mayor described the bombing as barbaric.", "judging:barbaric"),
    ("Analysts said a build-up of Russian troops near the border worried Kyiv.", "phrase:build-up"),
])
def test_readings_still_found_with_the_fast_scans(nlp, text: str, rule: str) -> None:
    """A judging verb and a split "build-up" are still read (the scans skip only words that cannot start
    them)."""
    from chronica.extract import Extractor

    doc = nlp(text)
    ex = Extractor()
    rules = [c.trigger.rule for s in doc.sents for c in ex.sentence(s, 0)[0]]
    assert any(r.startswith(rule) for r in rules), rules


def test_sentence_without_the_build_up_words_is_left_at_once(nlp) -> None:
    from chronica.extract.readings import _build_up

    ex_lex = __import__("chronica.extract", fromlist=["Extractor"]).Extractor().lex
    doc = nlp("Troops massed near the frontier as the army moved tanks north.")
    assert _build_up(next(doc.sents), ex_lex, set()) == []


def test_place_roots_are_made_once_and_match_the_char_span(nlp) -> None:
    """Both place tests (statement seats, meeting venues) read one kept head word per place."""
    from types import SimpleNamespace

    from chronica.geo.seats import ROOTS_KEY, _root, meeting_venue, spans

    text = "Delegates walked out of the talks in Geneva, a spokesman in Nairobi said."
    doc = nlp(text)
    places = [SimpleNamespace(start=text.index(w), end=text.index(w) + len(w)) for w in ("Geneva", "Nairobi")]
    for p in places:
        assert _root(doc, p.start, p.end).i == doc.char_span(p.start, p.end, alignment_mode="expand").root.i
    assert len(doc.user_data[ROOTS_KEY]) == 2
    geneva = (places[0].start, places[0].end)
    assert spans(doc, places, meeting_venue) == frozenset({geneva})
    assert _root(doc, 0, 0) is None  # no token: no head word


@pytest.mark.parametrize("text, trigger, sub", [
    ("Unidentified gunmen shot dead a man in Culiacan on Monday night. Police said the victim was a member "
     "of a gang.", "shot dead", "Armed clash"),
    ("Unidentified gunmen shot dead a man in Culiacan on Monday night. Police said the victim was a "
     "shopkeeper.", "shot dead", "Attack"),
    ("Gunmen killed a trader in Kaduna on Friday. Residents said the victim was armed when he was attacked.",
     "killed", "Armed clash"),
])
def test_armed_victims_are_read_only_for_an_attack_they_can_change(event_at, text: str, trigger: str,
                                                                   sub: str) -> None:
    """The story is searched for armed victims only when an attack by armed doers could become a fight:
    the same types as searching every story."""
    assert event_at(text, trigger).acled["sub_event_type"] == sub


def test_a_protest_against_gang_members_stays_a_protest(primary_of) -> None:
    """Gang words in a story with no attack change nothing (and are not searched for)."""
    event = primary_of("Hundreds of residents marched in Culiacan on Sunday against gang members who run the "
                       "market.")
    assert event.acled["sub_event_type"] == "Peaceful protest"


def _plain_words(words: list[str], before: str = r"\w") -> re.Pattern[str]:
    return re.compile(rf"(?<![{before}])(?:" + "|".join(map(re.escape, words)) + ")")


@pytest.mark.parametrize("words, before, text", [
    (["gang members", "gang member", "member of a gang", "armed"], r"\w",
     "Police said gang members, a gang member and a member of a gang were unarmed; disarmed men, armed men."),
    (["Sub-Saharan Africa", "South Asia", "Africa", "Asia", "Sahel"], r"\w-",
     "Across Sub-Saharan Africa and the Sahel, pan-Africa talks; SouthAsia, South Asia's and Asia-Pacific."),
    (["a", "an", "and"], r"\w", "an ant and a bandana"),
])
def test_letter_led_alternation_finds_what_the_plain_one_finds(words: list[str], before: str,
                                                               text: str) -> None:
    """The pattern that starts with the words' first letters matches exactly where the boundary-first
    one does, from any start and to any end."""
    fast = re.compile(led(words, before))
    plain = _plain_words(words, before)
    for pos in range(len(text)):
        assert [m.span() for m in fast.finditer(text, pos)] == [m.span() for m in plain.finditer(text, pos)]
        ends = (fast.search(text, pos, len(text) - 3), plain.search(text, pos, len(text) - 3))
        assert (ends[0] and ends[0].span()) == (ends[1] and ends[1].span())


def test_letter_led_alternation_needs_words_that_begin_with_a_letter() -> None:
    assert led(["-led", "backed"]) is None
    assert led([]) is None


def test_areas_are_found_as_before_in_a_story() -> None:
    """Areas in a story of our own: a whole area's name, not one glued to a word or inside a longer name."""
    from chronica.geo.areas import _load

    text = "Floods hit Darfur and East Africa, while the pan-Africa summit met in Addis Ababa."
    assert [m.group(1) for m in _load()[1].finditer(text)] == ["Darfur", "East Africa"]
