"""Habits and intentions (round intent55). A habit told in the simple present with an adverb of habit
("bandits often raid villages", "police seldom arrest the killers", "Boko Haram usually attacks villages at
night"), under "tend to" ("riot police tend to fire rubber bullets") or with a recurring span ("every Sunday",
"almost every week") is a general statement, not a deed of the day: its event is flagged hypothetical (cue
"habit") and is never the primary. The tense alone never does this (headlines tell news in the simple
present), nor does a habit adverb on a past deed with its day ("often fired into the air ... on Thursday").
Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="intent55", published="2024-06-01")))


def _event(events: list, word: str):
    return next(e for e in events if e.trigger.text == word)


# 1. a habit in the simple present: hypothetical (cue "habit"), not the primary
@pytest.mark.parametrize("text, word", [
    ("Bandits often raid villages in Zamfara to steal cattle.", "raid"),
    ("Security forces in Balochistan routinely abduct suspected separatists, activists say.", "abduct"),
    ("Soldiers usually shoot at cars that fail to stop at checkpoints in the West Bank.", "shoot"),
    ("Islamist fighters typically target churches during Christmas services in northern Nigeria.", "target"),
    ("Militias regularly loot aid convoys on the road to Bunia.", "loot"),
    ("Police seldom arrest the killers of land activists in Brazil.", "arrest"),
    ("Government forces frequently bomb hospitals in rebel-held areas, the report found.", "bomb"),
    ("Riot police tend to fire rubber bullets at stone-throwers in Jerusalem.", "fire"),
    ("Every Sunday, opposition supporters rally outside the courthouse in Minsk.", "rally"),
    ("Armed men abduct travellers on the Abuja-Kaduna highway almost every week.", "abduct"),
    ("The Taliban rarely attack foreign embassies in Kabul.", "attack"),
    ("Boko Haram usually attacks villages at night.", "attacks"),
    # variants
    ("Bandits often raid villages and steal cattle in Zamfara.", "steal"),
    ("Turkey regularly carries out air strikes against PKK targets in northern Iraq.", "air strikes"),
    ("Protesters gather outside parliament in Tbilisi each week.", "gather"),
    ("Israel says it regularly strikes Hezbollah targets in Lebanon.", "strikes"),
    ("Gunmen killed 12 people in a village where bandits often attack, residents said.", "attack"),
    ("Pirates sometimes hijack fishing boats off the coast of Somalia.", "hijack"),
])
def test_a_habit_in_the_present_is_no_deed(pipeline, text: str, word: str) -> None:
    event = _event(_events(pipeline, text), word)
    assert event.modality.hypothetical and not event.primary
    assert "habit" in event.evidence["modality"]


# controls: news in the simple present (headlines), past deeds with a day, a deed told after a habit
@pytest.mark.parametrize("text, word", [
    ("Bandits raided a village in Zamfara on Tuesday and stole 200 cattle.", "raided"),
    ("Police fire tear gas at protesters in Nairobi", "tear gas"),
    ("Rebels attack army base in Goma", "attack"),
    ("Police repeatedly fired tear gas at the crowd in Caracas on Saturday.", "fired"),
    ("Soldiers often fired into the air as the crowd grew in Khartoum on Thursday.", "fired"),
    ("Militants attacked the convoy again on Monday near Kandahar.", "attacked"),
    ("Gunmen killed 12 people in a village where bandits often attack, residents said.", "killed"),
    ("Police in the capital routinely detain opposition activists, the report said. On Monday, officers "
     "arrested 12 members of the party in Harare.", "arrested"),
    ("Police often fire tear gas at protesters in Nairobi, but on Tuesday they shot dead two men.",
     "shot dead"),
    ("Medics tend to the wounded as gunmen attack a market in Mogadishu", "attack"),
])
def test_news_in_the_present_or_past_stays_real(pipeline, text: str, word: str) -> None:
    event = _event(_events(pipeline, text), word)
    assert not event.modality.hypothetical and event.primary
    assert "habit" not in event.evidence["modality"]


def test_rebels_attack_headline_keeps_its_toll(pipeline) -> None:
    event = next(e for e in _events(pipeline, "Rebels attack army base in Goma, killing five") if e.primary)
    assert event.fatalities == 5 and not event.modality.hypothetical
