"""Towns and parts of countries named as what was attacked or visited (round towns59, item myisr-2).
A city of 200,000 or more visited is where the visit was, though the tagger calls its name a person's; a
part of a country told by a compass word that force fell on ("an incursion into southern Lebanon") is where
the event happened, not the attackers' country; a named rebel group's attack on a town named alone is an
armed clash, as ACLED codes an offensive on a held town. Controls: capitals speaking for governments
("Moscow condemned Kyiv"), a person visited, a village attacked, gunmen who attack a town, a country struck
with no compass word. Sentences written for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="towns59", published="2024-10-10")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _acled(event) -> tuple[str | None, str | None] | None:
    return (event.acled.get("event_type"), event.acled.get("sub_event_type")) if event.acled else None


# 1. a large city visited: the visit's place, the host government still its target
@pytest.mark.parametrize("text, word, place, country, target", [
    ("A senior Chinese diplomat visited Naypyitaw on Thursday for talks with the generals.", "visited",
     "Nay Pyi Taw", "MMR", "MMR"),
    ("The Thai foreign minister visited Naypyitaw last week.", "visited", "Nay Pyi Taw", "MMR", "MMR"),
])
def test_city_visited_is_the_place(pipeline, text: str, word: str, place: str, country: str,
                                   target: str) -> None:
    ev = _event(pipeline, text, word)
    assert ev.location is not None and ev.location.name == place and ev.location.country == country
    assert ev.target and ev.target[0].country == target and ev.target[0].sector == "GOV"


# 2. a compass part of a country struck or invaded: that country is where it happened
@pytest.mark.parametrize("text, word, country", [
    ("Israeli troops began a ground incursion into southern Lebanon on Tuesday.", "incursion", "LBN"),
    ("Israel launched a ground invasion of southern Lebanon early on Tuesday.", "invasion", "LBN"),
    ("Israeli forces invaded southern Lebanon on Wednesday.", "invaded", "LBN"),
    ("Turkish jets bombed northern Iraq on Friday.", "bombed", "IRQ"),
])
def test_part_of_country_struck_is_the_place(pipeline, text: str, word: str, country: str) -> None:
    ev = _event(pipeline, text, word)
    assert ev.location is not None and ev.location.country == country
    assert ev.target and ev.target[0].country == country  # the struck country stays the target's


# 3. a named rebel group attacks a town named alone: an armed clash at the town
@pytest.mark.parametrize("text, word, place", [
    ("The Arakan Army attacked Sittwe on Wednesday.", "attacked", "Sittwe"),
    ("TNLA fighters attacked Lashio early on Friday.", "attacked", "Lashio"),
])
def test_rebels_attack_town_is_a_battle(pipeline, text: str, word: str, place: str) -> None:
    ev = _event(pipeline, text, word)
    assert _acled(ev) == ("Battles", "Armed clash")
    assert ev.location is not None and ev.location.name == place
    assert ev.target and ev.target[0].country == "MMR" and ev.target[0].sector is None


# controls: governments by their capitals, a village or a town attacked by gunmen, a person visited
@pytest.mark.parametrize("text, word, source, target", [
    ("Moscow condemned Kyiv on Tuesday.", "condemned", "RUS", "UKR"),
    ("Beijing warned Taipei on Thursday.", "warned", "CHN", "TWN"),
])
def test_capitals_stay_governments(pipeline, text: str, word: str, source: str, target: str) -> None:
    ev = _event(pipeline, text, word)
    assert ev.source and ev.source[0].country == source and ev.source[0].sector == "GOV"
    assert ev.target and ev.target[0].country == target and ev.target[0].sector == "GOV"


@pytest.mark.parametrize("text, word", [
    ("The Arakan Army attacked a village near Sittwe on Wednesday.", "attacked"),
    ("Gunmen attacked Kauru on Tuesday.", "attacked"),
])
def test_village_or_gunmen_stay_attacks(pipeline, text: str, word: str) -> None:
    assert _acled(_event(pipeline, text, word)) == ("Violence against civilians", "Attack")


def test_person_visited_is_no_place(pipeline) -> None:
    ev = _event(pipeline, "The Indian prime minister visited Putin on Monday.", "visited")
    assert ev.target and ev.target[0].name == "Vladimir Putin"


def test_country_invaded_without_compass_keeps_government(pipeline) -> None:
    ev = _event(pipeline, "Iraqi troops invaded Kuwait on Thursday.", "invaded")
    assert ev.target and ev.target[0].country == "KWT"
    assert _acled(ev) == ("Battles", "Armed clash")
