"""Habits and intentions (round intent55). A habit told in the simple present with an adverb of habit
("bandits often raid villages", "police seldom arrest the killers", "Boko Haram usually attacks villages at
night"), under "tend to" ("riot police tend to fire rubber bullets") or with a recurring span ("every Sunday",
"almost every week") is a general statement, not a deed of the day: its event is flagged hypothetical (cue
"habit") and is never the primary. The tense alone never does this (headlines tell news in the simple
present), nor does a habit adverb on a past deed with its day ("often fired into the air ... on Thursday").
A clause of "will" under a word of fear ("farmers fear that herders will attack") is the fearer's fear, not
the doer's threat: hypothetical and future, no THREATEN. A trailing "warned" over a deed told in the past or
the perfect ("Troops killed 40 civilians, the UN envoy warned") only attributes it: the deed is reported and
done, and no threat by the speaker. Sentences written for the test, each group with controls."""

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


def _threats(events: list) -> list:
    return [e for e in events if e.plover.get("type") == "THREATEN"]


# 2. a clause of "will" under a word of fear: the fearer's fear, no threat
@pytest.mark.parametrize("text, word", [
    ("Farmers in Benue fear that herders will attack their villages again.", "attack"),
    ("Aid workers fear the RSF will storm the camp in El Fasher.", "storm"),
    ("Many Tutsi residents fear that militias will kill them.", "kill"),
    # variants
    ("Residents are afraid the militants will return and kill them.", "kill"),
    ("Villagers fear the army will try to storm the town.", "storm"),
    ("There are fears that the militia will attack the camp in Ituri.", "attack"),
    ("Diplomats are worried that Russia will invade Georgia.", "invade"),
])
def test_a_feared_act_is_no_threat(pipeline, text: str, word: str) -> None:
    events = _events(pipeline, text)
    event = _event(events, word)
    assert event.plover["type"] == "ASSAULT" and event.modality.hypothetical and event.modality.future
    assert not event.primary and not _threats(events)


# controls: stated threats stay threats; a fear of a noun after a real deed keeps the deed
@pytest.mark.parametrize("text, word, source", [
    ("Hezbollah warned that it would strike Israeli cities if the war spread.", "warned", "Hezbollah"),
    ("North Korea threatened to strike US bases in Guam.", "threatened", "Government of North Korea"),
    ("Rebels have vowed to attack any troops that enter the province.", "attack", "Rebels"),
    ("Rebels said they will attack the capital if talks fail.", "attack", "Rebels"),
])
def test_stated_threats_stay(pipeline, text: str, word: str, source: str) -> None:
    event = _event(_events(pipeline, text), word)
    assert event.plover["type"] == "THREATEN" and event.primary
    assert [a.name for a in event.source] == [source]


def test_feared_attacks_after_a_killing(pipeline) -> None:
    text = "Residents fear more attacks after gunmen killed 12 villagers in Plateau state."
    events = _events(pipeline, text)
    killed = _event(events, "killed")
    assert killed.primary and killed.fatalities == 12 and not killed.modality.hypothetical
    assert _event(events, "attacks").modality.hypothetical


# 3. a trailing "warned" over a deed done: reported, real, primary; no threat by the speaker
@pytest.mark.parametrize("text, word, source, dead", [
    ("The rebels have captured two more towns in the north, the defence minister warned.", "captured",
     "Rebels", None),
    ("Government troops killed at least 40 civilians in the village, the UN envoy warned.", "killed",
     "Military Forces", 40),
    # variants
    ("Militias have burned three villages near Djugu, the governor warned on Tuesday.", "burned",
     "Militia (Democratic Republic of Congo)", None),
    ("Gunmen shot dead six farmers in Zamfara, a local official warned.", "shot dead",
     "Unidentified Armed Group (Nigeria)", 6),
])
def test_a_deed_told_by_a_warning_is_reported(pipeline, text: str, word: str, source: str, dead) -> None:
    events = _events(pipeline, text)
    event = _event(events, word)
    assert event.primary and event.modality.reported and not event.modality.hypothetical
    assert [a.name for a in event.source] == [source] and event.fatalities == dead
    assert event.arrested is None and not _threats(events)


def test_militants_infiltrated_no_threat_by_the_warner(pipeline) -> None:
    text = "Militants have infiltrated the capital, the intelligence chief warned on Monday."
    assert not _threats(_events(pipeline, text))


# controls: a trailing "warned" over a clause of the future or a modal stays the warner's threat
@pytest.mark.parametrize("text, source", [
    ("Hamas will pay a heavy price, Netanyahu warned.", "Benjamin Netanyahu"),
    ("Police warned that they would arrest anyone who joined the march.", "Police Forces"),
])
def test_a_warning_of_the_future_stays_a_threat(pipeline, text: str, source: str) -> None:
    warned = _event(_events(pipeline, text), "warned")
    assert warned.plover["type"] == "THREATEN" and [a.name for a in warned.source] == [source]
