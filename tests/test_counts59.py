"""Fatality counts in common shapes (round counts59): victims of a deed that leaves them alive ("freed 14
abducted victims") are no dead; nouns after a place the parse hangs on the counted people ("at a school, a
clinic and a market") are no more dead; a figure the parse hangs on a group's name ("30 Al-Shabaab fighters")
still counts the fighters; a range in thousands ("between 2,000 and 3,000") gives its lower figure; "no
casualties", "no deaths" and "no one was killed" give the attack told with them 0 dead (or hurt) rather than
a negated event of their own. Sentences written for the test, each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="counts59", published="2024-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


# 1. victims left alive are no dead
@pytest.mark.parametrize("text", [
    "Soldiers in Katsina said they had freed 14 abducted victims and detained two suspects.",
    "Police in Kaduna rescued 23 kidnapped victims on Monday.",
    "Troops freed 12 abduction victims in Sokoto.",
    "Police in Niger state rescued 9 kidnap victims from a forest.",
])
def test_victims_left_alive_are_no_dead(pipeline, text):
    assert all(e.fatalities in (None, 0) for e in _events(pipeline, text))


@pytest.mark.parametrize("text, word, dead", [
    ("Bandits killed 11 victims in a village in Katsina.", "killed", 11),
    ("Gunmen shot dead four victims at a bar in Kaduna.", "shot dead", 4),
])
def test_victims_killed_still_count(pipeline, text, word, dead):
    assert _event(pipeline, text, word).fatalities == dead


# 2. places listed after a place's preposition are no people
@pytest.mark.parametrize("text, dead", [
    ("Suicide bombers killed at least 25 people at a school, a clinic and a market in Konduga.", 25),
    ("Gunmen killed 9 people in a church, a bar and a shop in Kaduna.", 9),
    # controls
    ("Gunmen killed 9 people at a bar and a shop in Kaduna.", 9),
    ("Gunmen killed the imam and seven worshippers at a mosque in Kano.", 8),
    ("Militants killed three soldiers and their interpreter in Kunar.", 4),
])
def test_places_listed_are_no_dead(pipeline, text, dead):
    assert _event(pipeline, text, "killed").fatalities == dead


# 3. a figure hung on a group's name counts its fighters
@pytest.mark.parametrize("text, dead", [
    ("Somali troops killed 30 Al-Shabaab fighters in an ambush near Jowhar.", 30),
    ("Nigerian soldiers killed 15 Boko Haram fighters in a raid near Bama.", 15),
    ("Nigerian soldiers killed 15 Boko Haram fighters near Bama, the army said.", 15),
    ("Nigerian soldiers killed 15 fighters in an ambush near Bama.", 15),
])
def test_figure_on_group_name(pipeline, text, dead):
    assert any(e.fatalities == dead for e in _events(pipeline, text))


# 4. ranges in thousands
@pytest.mark.parametrize("text, dead", [
    ("Between 2,000 and 3,000 people were killed in Nyala, monitors said.", 2000),
    ("Between 1,000 and 2,000 people were killed in the massacre.", 1000),
    ("From 4,000 to 6,000 people were killed in the fighting in Darfur.", 4000),
    # controls
    ("Between 12 and 16 soldiers were killed in the ambush near Baidoa.", 12),
    ("At least 2,500 people were killed in Nyala last year.", 2500),
    ("Up to 60 people were killed in Nyala.", 60),
])
def test_ranges_in_thousands(pipeline, text, dead):
    assert any(e.fatalities == dead for e in _events(pipeline, text))


# 5. none harmed: the attack's toll is 0
@pytest.mark.parametrize("text, word, dead, hurt", [
    ("Hamas fired rockets at Ashkelon on Monday, causing no casualties.", "fired", 0, 0),
    ("Hamas fired rockets at Ashkelon on Monday. There were no casualties.", "fired", 0, 0),
    ("Rebels shelled the airport in Goma. There were no deaths or injuries.", "shelled", 0, 0),
    ("A military jet bombed a school in Magway on Monday, but no one was killed.", "bombed", 0, None),
    ("No one was killed when a military jet bombed a school in Magway.", "bombed", 0, None),
    ("Hamas fired rockets at Ashkelon on Monday, killing no one.", "fired", 0, None),
    ("Rebels attacked the post near Goma, but nobody was killed.", "attacked", 0, None),
    # controls
    ("Hamas fired rockets at Ashkelon on Monday, but no one was hurt.", "fired", None, 0),
    ("Hamas fired rockets at Ashkelon on Monday. There were no casualties among the soldiers.", "fired",
     None, None),
    ("Rebels shelled the town of Goma, causing no civilian casualties.", "shelled", None, None),
    ("Hamas fired rockets at Ashkelon on Monday, killing two people.", "fired", 2, None),
    ("Troops shot dead a rebel in Leyte, and the soldiers suffered no casualties.", "shot dead", 1, None),
    ("A rebel was killed in a firefight with troops in Leyte, but no one was killed on the army's side.",
     "firefight", 1, None),
    ("Troops killed a rebel in a firefight in Leyte; nobody was killed among the soldiers.", "firefight",
     1, None),
    ("Troops shot dead a rebel in Leyte. The soldiers suffered no casualties.", "shot dead", 1, None),
    ("Troops clashed with rebels in Leyte, killing two. No casualties were reported on the army's side.",
     "clashed", 2, None),
    # a killing told before the 0 keeps its toll (redo60)
    ("Marines clashed with Abu Sayyaf gunmen on an island in Basilan on Friday, killing a gunman. No "
     "casualties were reported.", "clashed", 1, None),
    ("Troops raided a rebel camp in Samar. The army said it killed a rebel commander. There were no "
     "casualties.", "raided", None, None),
    ("Rebels ambushed an army truck in Samar. One soldier died. No other casualties were reported.",
     "ambushed", 1, None),
])
def test_none_harmed(pipeline, text, word, dead, hurt):
    events = _events(pipeline, text)
    event = next(e for e in events if e.trigger.text == word)
    assert (event.fatalities, event.injured) == (dead, hurt)
    if dead == 0:
        assert not any(e.modality.negated and e.trigger.text in ("killed", "killing") for e in events)


def test_none_hoped_for_is_no_count(pipeline):
    events = _events(pipeline, "The army said it would make sure there were no casualties in the operation.")
    assert all(e.fatalities is None for e in events)
