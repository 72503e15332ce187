"""Clauses and forms of Horn of Africa news (round clauses59, items horn-15, horn-9, horn-5, horn-6).
"Displaced" before the people it names says who they are, no displacement of the story; irregular past forms
the small model reads as nouns ("retook", "overran") are verbs again, with their subject and object; a clause
of "until", "unless" or "before" under a clause that will or would be is awaited, not told; people meeting,
praying or debating in an "as"/"while" clause are present when shells land, never the shellers. Controls keep
their coding. Sentences written for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="clauses59", published="2024-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _words(pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in _events(pipeline, text)}


# 1. "displaced" before its people: who they are, not a displacement
@pytest.mark.parametrize("text", [
    "Blue helmets guard 40,000 displaced people in Bentiu.",
    "Aid agencies fed displaced families in Gedaref on Monday.",
    "Hundreds of displaced Amharas marched in Bahir Dar on Friday.",
    "UNHCR registered 5,000 internally displaced persons in Kassala.",
])
def test_displaced_before_people_is_no_displacement(pipeline, text: str) -> None:
    assert "displaced" not in _words(pipeline, text)


@pytest.mark.parametrize("text", [
    "Fighting displaced 8,000 people in Nasir last week.",
    "About 2,000 families were displaced by the clashes in Abyei.",
])
def test_displacing_verb_still_displaces(pipeline, text: str) -> None:
    event = _event(pipeline, text, "displaced")
    assert event.plover["type"] == "RETREAT"


def test_displaced_marchers_keep_their_protest(pipeline) -> None:
    event = _event(pipeline, "Hundreds of displaced Amharas marched in Bahir Dar on Friday.", "marched")
    assert event.plover["type"] == "PROTEST"
    assert event.location.country == "ETH"


# 2. "retook" / "overran" read as a noun: the capture comes back
@pytest.mark.parametrize("text, word, country", [
    ("The army retook Sennar.", "retook", "SDN"),
    ("Sudan's army retook Singa from the Rapid Support Forces on Sunday.", "retook", "SDN"),
    ("Sudan's army overran Singa on Sunday.", "overran", "SDN"),
])
def test_misread_past_form_is_a_capture(pipeline, text: str, word: str, country: str) -> None:
    event = _event(pipeline, text, word)
    assert event.cameo["code"] == "192"
    assert event.acled["sub_event_type"] == "Government regains territory"
    assert [a.sector for a in event.source] == ["MIL"]
    assert [a.country for a in event.source] == [country]
    assert word not in event.source[0].text


@pytest.mark.parametrize("text, word", [
    ("Ethiopian troops recaptured Shire from the TPLF.", "recaptured"),
    ("The Sudanese army retook the town of Sinja from the RSF.", "retook"),
])
def test_parsed_capture_keeps_its_coding(pipeline, text: str, word: str) -> None:
    event = _event(pipeline, text, word)
    assert event.cameo["code"] == "192"


# 3. an "until" clause under a clause that would be: awaited, not told
@pytest.mark.parametrize("text, word", [
    ("The general said there would be no truce with the rebels until the militia handed over its weapons.",
     "handed over its weapons"),
    ("The army said it would keep shelling the town until the RSF surrendered.", "surrendered"),
    ("The front said it would not lay down arms until Ethiopian troops left the region.", "left"),
])
def test_awaited_clause_is_hypothetical(pipeline, text: str, word: str) -> None:
    events = [e for e in _events(pipeline, text) if e.trigger.text == word]
    assert all(e.modality.hypothetical and not e.primary for e in events)
    assert all(e.plover["type"] != "AGREE" for e in events)


def test_narrated_until_clause_is_told(pipeline) -> None:
    event = _event(pipeline, "The rebels fought on until the army withdrew from the town.", "withdrew")
    assert not event.modality.hypothetical


# 4. those meeting when shells land are not the shellers
@pytest.mark.parametrize("text", [
    "Mortar shells hit the presidential palace in Mogadishu as the cabinet met on Sunday.",
    "Several shells landed near the parliament building in Mogadishu while legislators debated a bill.",
])
def test_people_present_are_not_the_attackers(pipeline, text: str) -> None:
    event = next(e for e in _events(pipeline, text) if e.plover["type"] == "ASSAULT")
    assert [a.sector for a in event.source] != ["GOV"] and [a.sector for a in event.source] != ["LEG"]
    assert all(a.inter != 1 for a in event.source)


def test_force_in_as_clause_is_still_the_doer(pipeline) -> None:
    text = "Three protesters were killed in Omdurman as soldiers opened fire on the march."
    # the toll's event is told by "killed" or by the force's "opened fire"
    event = next(e for e in _events(pipeline, text) if e.plover["type"] == "ASSAULT")
    assert event.fatalities == 3
    assert [a.sector for a in event.source] == ["MIL"]
    assert [a.country for a in event.source] == ["SDN"]
