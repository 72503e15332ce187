"""Round vac36: the edge of ACLED violence against civilians with riots and strategic developments
(tests/data/acled_vac_audit_d.yaml). Sentences of our own, each rule with a control that must not change."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

DISAPPEARANCE = ("Violence against civilians", "Abduction/forced disappearance")
ARRESTS = ("Strategic developments", "Arrests")
LOOTING = ("Strategic developments", "Looting/property destruction")
ATTACK = ("Violence against civilians", "Attack")


def _types(pipeline, text: str) -> tuple[str, str]:
    events = pipeline.code(document_from_text(text, doc_id="vac36"))
    ev = next(e for e in events if e.primary)
    return ev.acled["event_type"], ev.acled["sub_event_type"]


@pytest.mark.parametrize("text", [
    "Soldiers detained a former official in Kandahar last week, and his family has had no news of him since.",
    "Police detained a union leader in Gitega, and his wife says she does not know where he is held.",
    "On 3 March 2022, intelligence agents took away a blogger from his home in Bujumbura (Bujumbura Mairie), "
    "and he has not been seen since.",
])
def test_a_detention_with_no_news_since_is_a_disappearance(pipeline, text: str) -> None:
    assert _types(pipeline, text) == DISAPPEARANCE


@pytest.mark.parametrize("text", [
    "Police took away a journalist from his office in Gitega on Monday.",
    "Soldiers detained a former official in Kandahar last week and freed him two days later.",
])
def test_a_person_taken_away_by_police_is_an_arrest(pipeline, text: str) -> None:
    assert _types(pipeline, text) == ARRESTS


def test_goods_taken_away_are_still_looted(pipeline) -> None:
    text = "Gunmen took away food and motorcycles from a village near Menaka on Sunday."
    assert _types(pipeline, text) == LOOTING


def test_damage_by_armed_men_who_shot_a_driver_is_an_attack(pipeline) -> None:
    text = ("On 9 June 2021, near Ercilla (Araucania), three lorries were set on fire by a group of armed "
            "men. One driver was taken to hospital with a gunshot wound.")
    assert _types(pipeline, text) == ATTACK


@pytest.mark.parametrize("text", [
    "On 9 June 2021, near Ercilla (Araucania), three lorries were set on fire by a group of armed men. "
    "No one was hurt.",
    "Gunmen burned down a school and a clinic in Cameroon's North-West region on Friday; no one was hurt.",
])
def test_damage_that_hurt_no_one_stays_property_destruction(pipeline, text: str) -> None:
    assert _types(pipeline, text) == LOOTING
