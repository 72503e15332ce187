"""PLOVER stories audits: whole wire stories of our own (tests/data/plover_stories.yaml and a second, new set,
plover_stories_b.yaml), each with the story's primary PLOVER type and its actors' countries. Coded as
`chronica code` codes a document, the primary event must have a type the row accepts, and its first source
and first target the countries the row names (a null country is not checked). A row with ``xfail`` is a
known gap: a strict xfail with that reason."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from chronica.ingest import document_from_text

DATA = Path(__file__).parent / "data" / "plover_stories.yaml"
SETS = (DATA, DATA.parent / "plover_stories_b.yaml")
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def _stories(path: Path = DATA) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["stories"]


def _rows() -> list:
    rows = []
    for path in SETS:
        for story in _stories(path):
            marks = [pytest.mark.xfail(reason=story["xfail"], strict=True)] if story.get("xfail") else []
            rows.append(pytest.param(story, marks=marks, id=story["text"][:40]))
    return rows


def ledes(path: Path) -> list[dict]:
    """The sentences of an audit set of ledes (plover34, plover35, ploverac34, ploverac35)."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))["sentences"]


def lede_params(path: Path, gap: str = "gap") -> list:
    """An audit set's sentences as pytest params, a row with ``gap`` a strict xfail with that reason."""
    return [pytest.param(row, marks=[pytest.mark.xfail(reason=row[gap], strict=True)] if row.get(gap) else [],
                         id=row["text"][:40]) for row in ledes(path)]


def _accepts(expected: str | None, got: str | None) -> bool:
    """Whether a country (or 'null' for none) is one of the row's alternatives; a null row checks nothing."""
    return expected is None or str(got or "null") in str(expected).split("|")


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_each_set_covers_every_type(path: Path) -> None:
    stories = _stories(path)
    assert len(stories) >= 60
    assert len({s["text"] for s in stories}) == len(stories)
    firsts = Counter(s["type"].split("|")[0] for s in stories)
    assert set(firsts) == TYPES and min(firsts.values()) >= 2


def test_the_second_set_is_new() -> None:
    assert not {s["text"] for s in _stories(SETS[0])} & {s["text"] for s in _stories(SETS[1])}


def check_primary(pipeline, row: dict, doc_id: str) -> None:
    """The row's text coded as a document: its primary event has a type, first source country and first
    target country the row accepts (also used by the PLOVER sentences audit)."""
    document = document_from_text(row["text"], doc_id=doc_id, published=str(row["published"]))
    primary = next((e for e in pipeline.code(document) if e.primary), None)
    assert primary is not None, "no primary event"
    source = primary.source[0].country if primary.source else None
    target = primary.target[0].country if primary.target else None
    got = f"{primary.plover['type']} ({primary.trigger.text}) {source} -> {target}"
    assert primary.plover["type"] in row["type"].split("|"), got
    assert _accepts(row["source"], source), got
    assert _accepts(row["target"], target), got


@pytest.mark.parametrize("story", _rows())
def test_the_primary_event_of_the_story(pipeline, story: dict) -> None:
    check_primary(pipeline, story, "plover-story")


@pytest.mark.parametrize("story, lede", [
    ("ABUJA, March 3 (Reuters) - Nigeria's president met the leaders of the main unions on Tuesday. Police "
     "fired tear gas at striking workers in Lagos last week.", "CONSULT"),
    ("LIMA, May 9 (AP) - Peru recalled its ambassador from Bolivia on Friday. Bolivian troops had crossed "
     "the border and opened fire on a Peruvian patrol four days earlier.", "SANCTION"),
    ("KAMPALA, Oct 2 (Reuters) - Uganda freed 30 detained opposition activists on Monday. Soldiers shot "
     "dead three demonstrators in the capital earlier in the month.", "RETREAT"),
    ("DAKAR, July 14 (AFP) - Senegal's government and the separatist rebels agreed on Sunday to open "
     "talks in the Gambia. Fighting in the region has killed thousands of people.", "AGREE"),
    ("TBILISI, Aug 20 (Reuters) - Georgia appealed to the United Nations on Wednesday to send monitors. "
     "Hours earlier, artillery shells hit a village near the boundary, killing a woman.", "REQUEST"),
    ("SANAA, Jan 6 (AP) - Yemen's government rejected a truce offer from the rebels on Saturday. Rebel "
     "fighters attacked an army post two weeks ago, killing eight soldiers.", "REJECT"),
])
def test_violence_told_before_the_news_is_not_the_story(pipeline, story: str, lede: str) -> None:
    primary = next((e for e in pipeline.code(document_from_text(story, doc_id="told-before")) if e.primary),
                   None)
    assert primary is not None and primary.plover["type"] == lede, primary and primary.trigger.text


@pytest.mark.parametrize("story", [
    "HARARE, Sept 2 (Reuters) - Gunmen shot dead two farmers near Harare on Monday. Police arrested five "
    "suspects last week.",
    "QUETTA, Feb 8 (AP) - A suicide bomber killed 11 people at a market in Quetta on Saturday. The army "
    "has arrested dozens of suspects in the province.",
])
def test_the_lede_keeps_its_violence(pipeline, story: str) -> None:
    primary = next((e for e in pipeline.code(document_from_text(story, doc_id="told-before")) if e.primary),
                   None)
    assert primary is not None and primary.plover["type"] == "ASSAULT" and primary.sentence == 1


@pytest.mark.parametrize("text, plover", [
    ("India pressed Pakistan on Monday to act against militants.", "REQUEST"),
    ("The United States pressed Israel on Tuesday to allow more aid into Gaza.", "REQUEST"),
    ("Iran voiced anger on Sunday at the killing of its diplomats in Afghanistan.", "ACCUSE"),
    ("Ankara expressed fury over the Swedish decision to allow the rally.", "ACCUSE"),
    ("Japan halted all yen loans to Myanmar after the coup.", "SANCTION"),
    ("The World Bank cut loans to the Sudanese government.", "SANCTION"),
    ("Australia suspended military ties with Fiji on Wednesday.", "SANCTION"),
    ("Britain suspended contacts with the junta.", "SANCTION"),
])
def test_statements_and_measures_in_other_words(pipeline, text: str, plover: str) -> None:
    primary = next((e for e in pipeline.code(document_from_text(text, doc_id="other-words")) if e.primary),
                   None)
    assert primary is not None and primary.plover["type"] == plover, primary and primary.trigger.text
