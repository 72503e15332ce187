"""Parsing only what can hold an event: same text, same events, less work."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.ingest import document_from_text
from chronica.nlp import TriggerPrefilter
from chronica.parse import SelectiveParser, rough_sentences

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "news"
TEXT = ("LIMA, Peru - The weather was mild on the coast.\n\nPeruvian troops stormed the residence on "
        "Tuesday. They killed 14 rebels. The city is quiet now. \"It is over,\" a resident said.")


@pytest.fixture(scope="module")
def parser(pipeline):
    ex = pipeline.extractor
    return SelectiveParser(pipeline.nlp, TriggerPrefilter(pipeline.nlp, ex.trigger_lemmas, ex.lex.forms))


def test_rough_sentences_cut_at_final_punctuation_quotes_and_line_breaks(nlp):
    doc = nlp.make_doc('He left. "Stop!" she said.\nNew line here\n\nAnd a last one')
    texts = [doc[s:e].text.strip() for s, e in rough_sentences(doc)]
    assert texts == ["He left.", '"Stop!"', "she said.", "New line here", "And a last one"]


def test_the_document_keeps_its_text_and_offsets(parser):
    doc = parser(TEXT)
    assert doc.text == TEXT
    assert [t.idx for t in doc] == [t.idx for t in parser.nlp.make_doc(TEXT)]


def test_only_sentences_that_can_hold_an_event_are_parsed(parser):
    doc = parser(TEXT)
    by_text = {s.text.strip(): s for s in doc.sents}
    stormed = by_text["Peruvian troops stormed the residence on Tuesday."]
    assert [t.lemma_ for t in stormed][:3] == ["peruvian", "troop", "storm"]
    assert stormed.root.lemma_ == "storm" and stormed.root.pos_ == "VERB"
    quiet = by_text["The city is quiet now."]  # no trigger word, not before one: left out
    assert all(t.pos_ == "" for t in quiet)
    assert not any(e.start_char >= quiet.start_char and e.end_char <= quiet.end_char for e in doc.ents)
    assert parser.stats["parsed"] < parser.stats["sentences"]


def test_a_text_without_any_possible_trigger_is_not_parsed_at_all(parser, pipeline):
    text = "The weather was mild. The museum is near the river."
    assert not parser(text).has_annotation("DEP")
    doc = document_from_text(text, doc_id="calm")
    assert pipeline.code(doc) == [] and doc.status == "coded"


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.md")), ids=lambda p: p.stem)
def test_selective_parsing_finds_the_events_a_full_parse_finds(pipeline, path):
    text = path.read_text(encoding="utf-8")

    def coded(selective: bool):
        pipeline.prefilter = None if selective else False
        try:
            return [(e.event_id, e.plover["type"], e.primary, e.modality.negated)
                    for e in pipeline.code(document_from_text(text, doc_id=path.stem))]
        finally:
            pipeline.prefilter = None

    assert coded(True) == coded(False)


def test_per_doc_token_tables_agree_with_spacy_s_own_attributes(parser):
    """The tables every stage reads (one ``to_array`` per Doc) say what each spaCy Token says."""
    from chronica.nlp import char_bounds, children_of, content_lemmas, deps_of, heads_of, lemmas_of, lowers_of

    doc = parser("KANO, Nigeria - Gunmen on motorbikes raided Dansadau market on Friday and abducted "
                 "eleven traders, residents said. Soldiers later recovered two of the vehicles.")
    toks = list(doc)
    assert lowers_of(doc) == [t.lower_ for t in toks]
    assert lemmas_of(doc) == [t.lemma_.lower() for t in toks]
    assert deps_of(doc) == [t.dep_ for t in toks]
    assert heads_of(doc) == [t.head.i for t in toks]
    assert char_bounds(doc) == ([t.idx for t in toks], [t.idx + len(t) for t in toks])
    assert [[c.i for c in children_of(t)] for t in toks] == [[c.i for c in t.children] for t in toks]
    wanted = [t.lemma_.lower() for t in toks if t.pos_ in ("NOUN", "VERB") and not t.is_stop]
    assert content_lemmas(doc, len(doc), frozenset({"NOUN", "VERB"}), 50) == wanted


def test_batches_end_at_their_character_cap_and_give_the_same_analyses(parser, pipeline):
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.md"))] * 2
    assert sum(map(len, texts)) > 2 * 3000  # several batches under the small cap below
    ex = pipeline.extractor
    small = SelectiveParser(pipeline.nlp, TriggerPrefilter(pipeline.nlp, ex.trigger_lemmas, ex.lex.forms),
                            batch_chars=3000)
    batches = []
    real = small._batch
    small._batch = lambda batch: (batches.append(len(batch)), real(batch))[1]

    def analyses(p: SelectiveParser):
        return [[(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in doc]
                for doc, _ in p.pipe_tuples((t, None) for t in texts)]

    assert analyses(small) == analyses(parser)
    assert len(batches) > 1 and sum(batches) == len(texts)
