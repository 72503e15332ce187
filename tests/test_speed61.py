"""Round speed61: sentence scans read the Doc's lemma, word and label lists instead of making a Token for
each word; the phrase table tries only the lengths of the forms a word begins; a place name's skeleton is
kept. No output may change: these cases pin what a user sees for the rules whose scans were rewritten (a
toll of none, a chant, a punished utterance's topic, a loss and a doer's own death, a respelt town), each
with a control, and check the phrase table's matches against a plain longest-match search."""

from __future__ import annotations

import pytest

from chronica.actors.lexicon import Lexicon
from chronica.actors.text import tokenize
from chronica.geo.gazetteer import skeleton
from chronica.ingest import document_from_text


@pytest.fixture(scope="module")
def pipe():  # noqa: ANN201
    from chronica import default_pipeline

    return default_pipeline()


def _primary(pipe, text: str):  # noqa: ANN001, ANN202
    events = pipe.code(document_from_text(text, doc_id="s61", published="2024-06-01"))
    return next((e for e in events if e.primary), None), events


@pytest.mark.parametrize(("text", "dead"), [
    ("Gunmen attacked a village in Borno State on Monday, causing no casualties.", 0),
    ("Gunmen attacked a village in Borno State on Monday, killing two people.", 2),  # control
    ("Soldiers killed three militants in Borno State, losing a soldier.", 4),  # the soldier lost
    ("Soldiers killed three militants in Borno State.", 3),  # control
    ("The gunman shot dead eight worshippers in Christchurch and then killed himself.", 9),  # his own death
    ("The gunman shot dead eight worshippers in Christchurch.", 8),  # control
])
def test_tolls_read_by_lemma(pipe, text: str, dead: int) -> None:  # noqa: ANN001
    event, _ = _primary(pipe, text)
    assert event is not None and event.fatalities == dead


@pytest.mark.parametrize(("text", "assault"), [
    ('Protesters in Nairobi chanted "Stop the killings" as they marched to parliament on Tuesday.', False),
    ("Police killed two protesters in Nairobi on Tuesday.", True),  # control: a deed, no chant
])
def test_chant_found_by_its_quotation_marks(pipe, text: str, assault: bool) -> None:  # noqa: ANN001
    _, events = _primary(pipe, text)
    assert any(e.plover["type"] == "ASSAULT" for e in events) is assault


@pytest.mark.parametrize(("text", "country", "place"), [
    ("A court in Riyadh jailed a blogger over tweets criticising the war in Yemen.", "SAU", "Riyadh"),
    ("Saudi jets bombed a market in Saada, Yemen, on Monday.", "YEM", "Sa'dah"),  # control: the town itself
])
def test_spoken_topic_is_no_place_of_the_deed(pipe, text: str, country: str, place: str) -> None:  # noqa: ANN001
    event, _ = _primary(pipe, text)
    assert event is not None and event.location is not None
    assert (event.location.country, event.location.name) == (country, place)


def test_respelt_town_found_by_its_skeleton(pipe) -> None:  # noqa: ANN001
    text = "Clashes erupted between the army and rebels in Quamishli, al-Hasakeh, on Friday."
    event, _ = _primary(pipe, text)
    assert event is not None and event.location is not None and event.location.country == "SYR"
    assert skeleton("quamishli") == skeleton("al qamishli") == "kmsl"  # kept answers are the same answers
    assert skeleton("zwara") == skeleton("zuwarah") == "zwr"


def _brute(lex: Lexicon, text: str) -> list[tuple[int, int]]:
    """Longest matches left to right, trying every length (the search before this round)."""
    tokens, out, i = tokenize(text), [], 0
    keys = [t.key for t in tokens]
    while i < len(keys):
        for j in range(len(keys), i, -1):
            if any(lex.valid(e, tokens, i, j, False) for e in lex.table.get(tuple(keys[i:j]), ())):
                out.append((i, j))
                i = j
                break
        else:
            i += 1
    return out


@pytest.mark.parametrize("text", [
    "the National Liberation Army and the National Front met",
    "National Liberation Front of the South fighters attacked",
    "the Army said",  # control: a one-word form only
    "nothing here is named",  # control: no form at all
])
def test_phrase_table_finds_the_longest_forms(text: str) -> None:
    lex = Lexicon()
    for form in ("National Liberation Army", "National Front", "National Liberation Front of the South",
                 "Army", "Front"):
        lex.add(form, "org", form)
    assert [(m.start, m.end) for m in lex.scan(tokenize(text))] == _brute(lex, text)
