"""Places stories (round places25): each text of our own is coded and its primary event placed.

The texts, with the country, region and town each should get, live in data/places_stories.yaml and
(round places27, stories that name several places) data/places_stories_c.yaml and (round country28,
places the gazetteer lacks, shared names, territories, former names) data/places_stories_d.yaml and (round
country29, strikes across a border, region and town names several countries share, wards)
data/places_stories_e.yaml and (round country30, shared names the story's other evidence decides, villages
beside a known district, strikes from abroad, second sentences, sea and border areas)
data/places_stories_f.yaml and (round country30b, party and state-body names of several words, villages
after "over", Saida, Gallabat, Mina, drones based abroad) data/places_stories_g.yaml and (round geo35, names
several countries share told in a story that sets the country, groups of one country named without a town,
with the primary actor's country) data/places_stories_h.yaml; a story chronica still misplaces is a strict
xfail whose reason is written in its file."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml

from chronica.ingest import document_from_text

# each file of stories with the number of stories it holds
FILES = {"places_stories.yaml": 80, "places_stories_c.yaml": 60, "places_stories_d.yaml": 60,
         "places_stories_e.yaml": 60, "places_stories_f.yaml": 60, "places_stories_g.yaml": 30,
         "places_stories_h.yaml": 40}
HERE = Path(__file__).parent / "data"
SETS = {name: yaml.safe_load((HERE / name).read_text(encoding="utf-8")) for name in FILES}


def _fold(name: str | None) -> str:
    """A name without accents, case or hyphens, to compare spellings."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold().replace("-", " ").strip()


def _cases() -> list:
    """One pytest case per story, strict xfail where the data file gives a reason."""
    cases = []
    for data in SETS.values():
        for story in data["stories"]:
            marks = [pytest.mark.xfail(strict=True, reason=story["xfail"])] if story.get("xfail") else []
            cases.append(pytest.param({**story, "published": data["published"]}, id=story["id"], marks=marks))
    return cases


def _placed(pipeline, story: dict) -> dict:  # noqa: ANN001
    """The primary event's country, region and town for one story."""
    doc = document_from_text(story["text"], doc_id=story["id"], published=story["published"])
    events = pipeline.code(doc)
    primary = next((e for e in events if e.primary), None)
    assert primary is not None and primary.location is not None, "no placed primary event"
    place = primary.location
    actor = primary.source[0] if primary.source else None
    return {"country": place.country, "admin1": place.admin1, "town": place.name,
            "actor1_country": actor.country if actor is not None else None}


@pytest.mark.parametrize("name", list(FILES))
def test_each_set_has_its_stories_in_two_styles(name):
    """Each file holds its number of stories, about half written as ACLED notes and half as news."""
    ids = [story["id"] for story in SETS[name]["stories"]]
    assert len(ids) == len(set(ids)) == FILES[name]
    assert 0.4 <= sum(i.startswith("note-") for i in ids) / len(ids) <= 0.6


def test_story_ids_differ_across_sets():
    """No id is used by two files, so each story is its own test case."""
    ids = [story["id"] for data in SETS.values() for story in data["stories"]]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("story", _cases())
def test_story_is_placed(pipeline, story):
    """The primary event lies in the story's country, and its region and town where given."""
    got = _placed(pipeline, story)
    want = {"country": story["country"]}
    if story.get("admin1"):
        want["admin1"] = story["admin1"]
    if story.get("town"):
        want["town"] = story["town"]
    if story.get("actor1_country"):
        want["actor1_country"] = story["actor1_country"]
    seen = {key: got[key] for key in want}
    if "town" in want:
        seen["town"], want["town"] = _fold(seen["town"]), _fold(want["town"])
    assert seen == want
