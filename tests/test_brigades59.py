"""Named units tied to a state's army, and things taken back (round brigades59): a named brigade, battalion or
regiment the words after it tie to a state's army or government ("of the Yemeni army", "of the National Army",
", part of the Yemeni army") is that state's military, and one tied to a known armed side (", affiliated with
the Southern Resistance") is that side; Yemen's Al-Amajd brigade is an army brigade. Named Libyan and Syrian
brigades with no such tie stay militias (tests/test_brigades58.py). "Recaptured", "retook" and "regained" take
ground back only when a place is taken back: people recaptured are arrested, things recaptured no ground.
Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    doc = document_from_text(text, doc_id="brigades59", published="2020-01-01")
    return list(pipeline.code(doc))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _actor(actors) -> tuple[str | None, str | None, int]:
    a = actors[0]
    return (a.country, a.sector, a.inter)


# 1. a named unit tied to a state's army or a known side
@pytest.mark.parametrize("text, word, source", [
    ("The Hamdan Brigade of the Yemeni army shelled Houthi positions near Nihm.", "shelled",
     ("YEM", "MIL", 1)),
    ("The Sahwa Brigade of the National Army attacked Houthi fighters east of Sanaa.", "attacked",
     ("YEM", "MIL", 1)),
    ("The Hamdan Brigade, part of the Yemeni army, shelled Houthi positions near Nihm.", "shelled",
     ("YEM", "MIL", 1)),
    ("The Sahwa Battalion, a unit of the Yemeni army, attacked Houthi fighters near Harib.", "attacked",
     ("YEM", "MIL", 1)),
    ("The Radfan Battalion, affiliated with the Southern Resistance, attacked Houthi fighters near Qatabah.",
     "attacked", ("YEM", "PRM", 3)),
    ("Fighters of the Amajd Brigade clashed with Houthi forces near Mukayras.", "clashed", ("YEM", "MIL", 1)),
    ("The Al-Amajd Brigade repelled an attack on its positions near Mukayras.", "repelled",
     ("YEM", "MIL", 1)),
    # controls: heads that already tie the unit, and units with no tie, stay as session 58 made them
    ("The Yemeni army's Hamdan Brigade shelled Houthi positions near Nihm.", "shelled", ("YEM", "MIL", 1)),
    ("The pro-government Sahwa Brigade attacked Houthi fighters near Harib.", "attacked", ("YEM", "MIL", 1)),
    ("The Kaniyat Brigade of Tarhuna executed several prisoners.", "executed", ("LBY", "PRM", 3)),
    ("The Zawiya Martyrs Brigade abducted a lawyer in Tripoli.", "abducted", ("LBY", "PRM", 3)),
    ("The Hamdan Brigade, affiliated with the Islah party, abducted a teacher in Taizz city.", "abducted",
     ("YEM", "PRM", 3)),
])
def test_named_unit_tied(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actor(_event(pipeline, text, word).source) == source


def _primary(pipeline, text: str) -> tuple[str | None, str | None]:
    e = next((e for e in _events(pipeline, text) if e.primary), None)
    if e is None or not e.acled:
        return (None, None)
    return (e.acled.get("event_type"), e.acled.get("sub_event_type"))


# 3. things and people taken back are no ground taken back
@pytest.mark.parametrize("text, word, coded", [
    ("Prison guards recaptured four escaped convicts in Kampala on Tuesday.", "recaptured",
     ("Strategic developments", "Arrests")),
    ("Officers recaptured two of the men who broke out of the jail in Goma.", "recaptured",
     ("Strategic developments", "Arrests")),
    ("Police retook the fugitives in a raid on Friday.", "retook", ("Strategic developments", "Arrests")),
])
def test_people_taken_back(pipeline, text: str, word: str, coded: tuple) -> None:
    assert _primary(pipeline, text) == coded


@pytest.mark.parametrize("text, word", [
    ("Herders recaptured the livestock taken by raiders near Kapoeta.", "recaptured"),
    ("Marines recaptured the seized vessel near the Gulf of Aden.", "recaptured"),
    ("Villagers regained their goods from the market.", "regained"),
])
def test_things_taken_back(pipeline, text: str, word: str) -> None:
    assert not any(e.trigger.text == word and e.acled and "territory" in e.acled.get("sub_event_type", "")
                   for e in _events(pipeline, text))


@pytest.mark.parametrize("text, coded", [
    # controls: places taken back stay ground taken back
    ("Government troops recaptured the town of Baga from ISWAP fighters.",
     ("Battles", "Government regains territory")),
    ("The army retook the airport after two days of fighting.", ("Battles", "Government regains territory")),
    ("Soldiers regained control of the district after heavy clashes with militants.",
     ("Battles", "Government regains territory")),
    ("Soldiers regained the bridge after heavy clashes with militants.",
     ("Battles", "Government regains territory")),
    ("Rebels retook the hilltop outpost on Sunday.", ("Battles", "Non-state actor overtakes territory")),
])
def test_places_taken_back(pipeline, text: str, coded: tuple) -> None:
    assert _primary(pipeline, text) == coded
