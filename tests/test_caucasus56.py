"""Regions and breakaway territories as actors and places (round caucasus56): a region's people's name
before a state's police or office ("Chechen police", "Dagestani police", "Catalan police", "Chechen
authorities") gives the region's state when the sentence names no town
(geo aliases ``region_demonyms``); not for
soldiers, and not for Crimea or the breakaway states. The de facto states that broke away from Georgia and
Moldova (Abkhazia, South Ossetia, Transnistria) have their own government, police and forces, of the state
they broke from by convention but never its organs ("South Ossetian border guards detained Georgian
villagers" is not Georgia's army). "Enguri", the river and bridge on Abkhazia's boundary, is Georgian, not
an old name of Ankara. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    doc = document_from_text(text, doc_id="caucasus56", published="2024-06-01")
    return next(e for e in pipeline.code(doc) if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


def _actors(actors) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.country) for a in actors]


# 1. a region's people's name before police or authorities: the region's state
@pytest.mark.parametrize("text, word, source, target", [
    ("Chechen police detained the relatives of an exiled blogger.", "detained",
     ("Police Forces of Russia", "RUS"), ("Civilians (Russia)", "RUS")),
    ("Dagestani police dispersed a rally against mobilisation.", "dispersed",
     ("Police Forces of Russia", "RUS"), None),
    ("Ingush police detained two protest organisers.", "detained",
     ("Police Forces of Russia", "RUS"), ("Protesters (Russia)", "RUS")),
    ("Catalan police detained two activists at the airport.", "detained",
     ("Police Forces of Spain", "ESP"), ("Opposition (Spain)", "ESP")),
    # variants
    ("Chechen authorities detained the brother of an opposition activist.", "detained",
     ("Government of Russia", "RUS"), ("Civilians (Russia)", "RUS")),
    ("Bavarian police arrested three men suspected of arson.", "arrested",
     ("Police Forces of Germany", "DEU"), None),
    ("Dagestani security forces detained a cleric.", "detained",
     ("Security Forces of Russia", "RUS"), None),
    # controls
    ("Chechen police detained a blogger in Grozny.", "detained",
     ("Police Forces of Russia", "RUS"), ("Journalists (Russia)", "RUS")),
    ("Dagestani police detained three men in Makhachkala.", "detained",
     ("Police Forces of Russia", "RUS"), ("Civilians (Russia)", "RUS")),
    ("Tatarstan police detained a blogger.", "detained",
     ("Police Forces of Russia", "RUS"), ("Journalists (Russia)", "RUS")),
    ("Georgian police detained two men near Tskhinvali.", "detained",
     ("Police Forces of Georgia", "GEO"), ("Civilians (Georgia)", "GEO")),
    ("Police in Comrat detained two activists.", "detained",
     ("Police Forces of Moldova", "MDA"), ("Opposition (Moldova)", "MDA")),
    ("Crimean police detained a Tatar activist.", "detained", ("Police Forces", None), None),
])
def test_region_demonym_gives_state_of_police(pipeline, text: str, word: str, source: tuple,
                                              target: tuple | None) -> None:
    event = _event(pipeline, text, word)
    assert _actors(event.source) == [source]
    if target is not None:
        assert _actors(event.target)[0] == target


# 2. a people's fighters stay what they were
@pytest.mark.parametrize("text, word, source", [
    ("Chechen rebels seized a hospital in Budyonnovsk.", "seized", ("Chechen rebels", "RUS")),
    ("Chechen fighters in Syria attacked a government checkpoint.", "attacked", ("Chechen rebels", "RUS")),
    ("Karabakh Armenian forces shot down an Azerbaijani drone.", "shot", ("Artsakh", "AZE")),
    ("Militants attacked a police post in Nazran, Ingushetia.", "attacked", ("Rebels (Russia)", "RUS")),
])
def test_controls_fighters(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actors(_event(pipeline, text, word).source) == [source]


# 3. the de facto states' own government, police and forces, never the state they broke from
@pytest.mark.parametrize("text, word, side, actor, acled", [
    ("South Ossetian border guards detained three Georgian villagers near Ergneti.", "detained", "source",
     ("South Ossetian forces", "GEO"), "Military Forces of South Ossetia"),
    ("Transnistrian security forces detained a Moldovan journalist.", "detained", "source",
     ("Transnistrian police", "MDA"), "Police Forces of Transnistria"),
    ("Protesters stormed the parliament of Abkhazia in Sukhumi.", "stormed", "target",
     ("Abkhaz authorities", "GEO"), "Government of Abkhazia"),
    ("Abkhaz police used tear gas against protesters in Sukhumi.", "used", "source",
     ("Abkhaz police", "GEO"), "Police Forces of Abkhazia"),
    ("Abkhaz border guards detained a Georgian citizen on the Enguri bridge.", "detained", "source",
     ("Abkhaz forces", "GEO"), "Military Forces of Abkhazia"),
    # variants
    ("Transnistrian police detained two Moldovan activists in Tiraspol.", "detained", "source",
     ("Transnistrian police", "MDA"), "Police Forces of Transnistria"),
    ("South Ossetian militia detained two Georgian farmers near the boundary line.", "detained", "source",
     ("South Ossetian forces", "GEO"), "Military Forces of South Ossetia"),
    ("Abkhaz authorities detained a Georgian teenager.", "detained", "source",
     ("Abkhaz authorities", "GEO"), "Government of Abkhazia"),
    ("Protesters stormed the parliament of South Ossetia in Tskhinvali.", "stormed", "target",
     ("South Ossetian authorities", "GEO"), "Government of South Ossetia"),
    # control: a de facto entry for the Abkhaz forces, never Georgia's
    ("Abkhaz forces shelled Georgian positions in the Kodori Gorge.", "shelled", "source",
     ("Abkhaz forces", "GEO"), "Military Forces of Abkhazia"),
])
def test_breakaway_states_own_organs(pipeline, text: str, word: str, side: str, actor: tuple,
                                     acled: str) -> None:
    found = getattr(_event(pipeline, text, word), side)[0]
    assert (found.name, found.country) == actor
    assert found.acled_actor == acled


@pytest.mark.parametrize("text, word, source", [
    ("Transnistria's separatist authorities appealed to Moscow for protection.", "appealed",
     ("Rebels (Moldova)", "MDA")),
])
def test_controls_breakaway(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actors(_event(pipeline, text, word).source) == [source]


# 4. the Enguri is Georgia's, not Ankara
@pytest.mark.parametrize("text, word, where", [
    ("Abkhaz border guards detained a Georgian citizen on the Enguri bridge.", "detained", "GEO"),
    ("Police detained two Georgian citizens near the Enguri bridge.", "detained", "GEO"),
    # controls
    ("Georgian police detained two men near Tskhinvali.", "detained", "GEO"),
    ("Chechen police detained a blogger in Grozny.", "detained", "RUS"),
])
def test_enguri_is_georgian(pipeline, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, word)) == where
