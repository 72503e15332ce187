"""Names whose first word reads as a verb, with a cycle of heads (round headloop58, andes-1): "Shining Path
guerrillas killed 69 peasants" parsed with "Shining" a clausal subject and "guerrillas" its object made the
name mend (``reparse.verb_names``) hang "guerrillas" on "Path" while "Path" hung on "guerrillas"; spaCy's
``Span.root`` then failed (E039) and the whole story was lost. The noun the name describes now takes the
verb's place ("guerrillas" the subject of "killed", the name's words on it); any mend that would still make a
cycle of heads is refused (``reparse._mend``), and a sentence some other mend leaves broken gets its
unmended parse back with the problem reported on the document (``reparse.unbreak``), so one sentence never
sinks the story. Sentences written for the test, each group with controls."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.attrs import HEAD

from chronica.ingest import document_from_text


def _coded(pipeline, text: str):
    document = document_from_text(text, doc_id="headloop58", published="2024-06-01")
    return document, list(pipeline.code(document))


def _event(pipeline, text: str, word: str):
    document, events = _coded(pipeline, text)
    assert document.status == "coded", document.problems
    return next(e for e in events if e.trigger.text == word)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


def _where(event) -> str | None:
    return event.location.name if event.location is not None else None


# 1. the name opening the sentence with the parse's verb in it: coded, not lost
@pytest.mark.parametrize("text, word, plover, cameo, source, target, dead, where", [
    ("Shining Path guerrillas killed 69 peasants in Lucanamarca in 1983.", "killed", "ASSAULT", "1823",
     "Shining Path", "Farmers (Peru)", 69, None),
    ("Shining Path guerrillas murdered 30 villagers in Ayacucho.", "murdered", "ASSAULT", "1823",
     "Shining Path", "Civilians (Peru)", 30, "Ayacucho"),
    ("Shining Path guerrillas massacred peasants in Lucanamarca.", "massacred", "ASSAULT", None,
     "Shining Path", "Farmers (Peru)", None, None),
    ("Shining Path guerrillas bombed a bank in Lima.", "bombed", "ASSAULT", "183",
     "Shining Path", None, None, "Lima"),
    ("Shining Path guerrillas kidnapped two engineers in Junín.", "kidnapped", "ASSAULT", "181",
     "Shining Path", None, None, None),
    ("Shining Path guerrillas shot dead two police officers in Lima.", "shot dead", "ASSAULT", "1823",
     "Shining Path", "Police Forces of Peru", 2, "Lima"),
    ("Shining Path guerrillas seized a town in the Huallaga valley.", "seized", "ASSAULT", "192",
     "Shining Path", None, None, None),
    ("Shining Path guerrillas murdered community leader María Elena Moyano in Villa El Salvador.", "murdered",
     "ASSAULT", "1823", "Shining Path", "María Elena Moyano", 1, None),
    # variants: other nouns after the name, an aside, another name of the same shape
    ("Shining Path militants killed four soldiers in the VRAEM.", "killed", "ASSAULT", "1823",
     "Shining Path", "Military Forces of Peru", 4, None),
    ("Shining Path remnants murdered two farmers in Junín.", "murdered", "ASSAULT", "1823",
     "Shining Path", "Farmers (Peru)", 2, None),
    ("Shining Path gunmen killed a police officer in Ayacucho.", "killed", "ASSAULT", "1823",
     "Shining Path", "Police Forces of Peru", 1, "Ayacucho"),
    ("Shining Path guerrillas, the army said, killed three soldiers in Vizcatán.", "killed", "ASSAULT",
     "1823", "Shining Path", "Military Forces of Peru", 3, None),
    ("Rally for Congolese Democracy rebels killed 20 villagers in South Kivu.", "killed", "ASSAULT", "1823",
     "RCD", "Civilians (Democratic Republic of Congo)", 20, None),
    ("Shining Path guerrillas ambushed a military convoy in the VRAEM.", "ambushed", "ASSAULT", "190",
     "Shining Path", "Military Forces of Peru", None, None),
    ("Shining Path guerrillas abducted a mayor in Huancavelica.", "abducted", "ASSAULT", "181",
     "Shining Path", "Government of Peru", None, "Huancavelica"),
    ("Save the Children staff distributed food in Gaza.", "distributed", "AID", "073",
     "Save the Children", None, None, None),
    ("Save the Children workers delivered aid to Gaza.", "delivered", "AID", "070",
     "Save the Children", None, None, None),
])
def test_verb_first_name_is_coded(pipeline, text: str, word: str, plover: str, cameo: str | None,
                                  source: str, target: str | None, dead: int | None,
                                  where: str | None) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == plover
    if cameo is not None:
        assert event.cameo["code"] == cameo
    assert _names(event.source) == [source]
    if target is not None:
        assert _names(event.target)[0] == target
    assert event.fatalities == dead
    if where is not None:
        assert _where(event) == where


@pytest.mark.parametrize("text, word, plover, source, target, dead", [
    # controls: the name before another noun the parse reads right, inside a clause, after a date, a
    # passive, and names of the same kind (the verb inside the name, the name the subject itself)
    ("Shining Path rebels killed 12 peasants in Ayacucho in 1984.", "killed", "ASSAULT",
     ["Shining Path"], "Farmers (Peru)", 12),
    ("Shining Path guerrillas attacked a police station in Huanta.", "attacked", "ASSAULT",
     ["Shining Path"], "Police Forces of Peru", None),
    ("Shining Path guerrillas ambushed a police patrol in Huanta.", "ambushed", "ASSAULT",
     ["Shining Path"], "Police Forces of Peru", None),
    ("In 1983, Shining Path guerrillas killed 69 peasants in Lucanamarca.", "killed", "ASSAULT",
     ["Shining Path"], "Farmers (Peru)", 69),
    ("Police said Shining Path guerrillas killed three soldiers in the VRAEM.", "killed", "ASSAULT",
     ["Shining Path"], "Military Forces of Peru", 3),
    ("Two Shining Path guerrillas were killed by soldiers in the VRAEM.", "killed", "ASSAULT",
     ["Military Forces of Peru"], "Shining Path", 2),
    ("Just Stop Oil activists blocked a road in London.", "blocked", "PROTEST",
     ["Protesters (United Kingdom)"], None, None),
    ("Free Aceh Movement rebels killed two soldiers in Aceh.", "killed", "ASSAULT",
     ["GAM"], "Military Forces of Indonesia", 2),
    ("Free Syrian Army fighters attacked a checkpoint in Idlib.", "attacked", "ASSAULT",
     ["Free Syrian Army"], None, None),
    ("March 23 Movement rebels seized the town of Bunagana.", "seized", "ASSAULT", ["M23"], None, None),
    ("The Committee to Protect Journalists condemned the arrest of two reporters in Lima.", "condemned",
     "ACCUSE", ["CPJ"], None, None),
])
def test_verb_first_name_controls(pipeline, text: str, word: str, plover: str, source: list[str],
                                  target: str | None, dead: int | None) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == plover
    assert _names(event.source) == source
    if target is not None:
        assert _names(event.target)[0] == target
    assert event.fatalities == dead


# 2. the story whose lede holds such a name keeps all its events
@pytest.mark.parametrize("text, primary, source, dead, where, other", [
    ("Shining Path guerrillas murdered 12 peasants in Ayacucho on Sunday, the army said. "
     "Troops later killed three rebels in a clash near Huanta.", "murdered", "Shining Path", 12, "Ayacucho",
     "clash"),
    ("Shining Path guerrillas killed four soldiers near Pichari on Monday. "
     "The army sent reinforcements to the area.", "killed", "Shining Path", 4, None, None),
    # control: the same story with a name the parse reads right
    ("Shining Path rebels murdered 12 peasants in Ayacucho on Sunday, the army said. "
     "Troops later killed three rebels in a clash near Huanta.", "murdered", "Shining Path", 12, "Ayacucho",
     "clash"),
])
def test_story_with_verb_first_name(pipeline, text: str, primary: str, source: str, dead: int,
                                    where: str | None, other: str | None) -> None:
    document, events = _coded(pipeline, text)
    assert document.status == "coded" and not document.problems
    first = next(e for e in events if e.primary)
    assert (first.trigger.text, _names(first.source), first.fatalities) == (primary, [source], dead)
    if where is not None:
        assert _where(first) == where
    if other is not None:
        assert any(e.trigger.text == other for e in events)


# 3. the parse after the mend: the name on the noun it describes, the noun the subject
@pytest.mark.parametrize("text, expected", [
    ("Shining Path guerrillas killed 69 peasants.",
     [("Shining", "compound", "Path"), ("Path", "compound", "guerrillas"),
      ("guerrillas", "nsubj", "killed")]),
    ("Shining Path guerrillas murdered 30 villagers in Ayacucho.",
     [("Shining", "compound", "Path"), ("Path", "compound", "guerrillas"),
      ("guerrillas", "nsubj", "murdered")]),
    # controls: the verb inside the name before a noun; the name the subject itself
    ("Just Stop Oil activists blocked a road in London.",
     [("Just", "compound", "Oil"), ("Stop", "compound", "Oil"), ("Oil", "compound", "activists"),
      ("activists", "nsubj", "blocked")]),
    ("Shining Path rebels killed 12 peasants.",
     [("Shining", "compound", "Path"), ("Path", "compound", "rebels"), ("rebels", "nsubj", "killed")]),
])
def test_verb_name_parse(pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    from chronica.reparse import verb_names

    doc = pipeline.parser(text)
    verb_names(doc)
    words = {t.text: t for t in doc}
    assert [(w, words[w].dep_, words[w].head.text) for w, _, _ in expected] == expected
    assert doc[0:len(doc)].root is not None  # a tree: spaCy finds the root


# 4. the safety nets: a mend making a cycle is refused; a sentence left broken gets its unmended parse back
def _loop(tok, found) -> None:
    """A bad mend: the word and the next one head each other."""
    nxt = tok.doc[tok.i + 1]
    tok.head, nxt.head = nxt, tok


def _retag(tok, found) -> None:
    """A harmless mend: the word a proper noun."""
    tok.tag_, tok.pos_ = "NNP", "PROPN"


@pytest.mark.parametrize("fix, fixed", [
    (_loop, 0),
    (_retag, 1),  # control: a mend that keeps the tree stands
])
def test_mend_refuses_a_cycle(pipeline, fix, fixed: int) -> None:
    from chronica.reparse import MENDED, _mend

    doc = pipeline.parser("Rebels killed 12 peasants in Ayacucho.")
    before = doc.to_array(MENDED)
    assert _mend(doc, [1], lambda tok: True, fix) == fixed
    if fixed:
        assert doc[1].tag_ == "NNP"
    else:
        assert (doc.to_array(MENDED) == before).all()
    assert doc[0:len(doc)].root is not None


def test_unbreak_restores_only_the_broken_sentence(pipeline) -> None:
    from chronica.reparse import parse_state, unbreak, unrooted

    doc = pipeline.parser("Rebels killed 12 peasants in Ayacucho. Troops killed three rebels near Huanta.")
    second = next(t.i for t in doc if t.text == "Troops")
    before = parse_state(doc)
    doc[second].tag_ = "NNP"  # a mend of the second sentence that keeps the tree
    _loop(doc[0], None)  # and one of the first that breaks it
    assert unrooted(doc.to_array(HEAD)).size
    assert unbreak(doc, before) == [0]
    assert not unrooted(doc.to_array(HEAD)).size
    assert (doc.to_array(HEAD) == before[:, 0]).all()
    assert doc[second].tag_ == "NNP"
    assert unbreak(doc, before) == []  # control: nothing broken, nothing undone


@pytest.mark.parametrize("heads, bad", [
    ([0, -1, -1], []),  # a tree
    ([1, -1, -1], [0, 1, 2]),  # two words heading each other, and one under them
    ([0, 1, -1, 0], [1, 2]),  # a cycle beside a root
])
def test_unrooted(heads: list[int], bad: list[int]) -> None:
    from chronica.reparse import unrooted

    assert unrooted(np.array(heads, dtype=np.int64).astype(np.uint64)).tolist() == bad
