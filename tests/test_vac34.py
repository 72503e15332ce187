"""Round vac34: the third state violence audit (tests/data/acled_vac_audit_c.yaml). Sentences of our own, each
rule with a control that must not change."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str):
    events = pipeline.code(document_from_text(text, doc_id="vac34"))
    return next(e for e in events if e.primary)


def _types(pipeline, text: str) -> tuple[str, str]:
    ev = _primary(pipeline, text)
    return ev.acled["event_type"], ev.acled["sub_event_type"]


DISAPPEARANCE = ("Violence against civilians", "Abduction/forced disappearance")


@pytest.mark.parametrize("text", [
    "Soldiers detained three farmers near Bafut, and their whereabouts remain unknown, relatives said.",
    "Police picked up a student leader in Khulna last month; he has not been seen since, his family said.",
    "Intelligence agents arrested a blogger in Lahore and have refused to say where he is held.",
    "Security forces detained two activists in Mosul, and their fate remains unknown, a rights group said.",
])
def test_a_detention_not_seen_again_is_a_disappearance(pipeline, text: str) -> None:
    assert _types(pipeline, text) == DISAPPEARANCE


@pytest.mark.parametrize("text", [
    "Police arrested a lawyer in Karachi on Monday and said he would appear in court on Tuesday.",
    "Soldiers detained three farmers near Bafut on Friday and released them the next day, relatives said.",
    "Police in Honduras arrested ten suspected gang members in San Pedro Sula on Thursday.",
])
def test_an_arrest_with_no_such_words_stays_an_arrest(pipeline, text: str) -> None:
    assert _types(pipeline, text) == ("Strategic developments", "Arrests")


@pytest.mark.parametrize(("text", "toll"), [
    ("Separatists set fire to a clinic in Batibo and killed a nurse, the army said.", 1),
    ("Gunmen stormed a girls' school in Kunar and shot dead two teachers, police said.", 2),
    ("Bandits burned homes in Maru and killed seven villagers, residents said.", 7),
    ("Militiamen looted shops in the town of Kalehe and shot dead three traders, residents said.", 3),
    ("Soldiers torched homes in a village near Kumba and killed five residents, a rights group said.", 5),
])
def test_a_killing_after_an_act_that_hurt_no_one_is_the_news(pipeline, text: str, toll: int) -> None:
    ev = _primary(pipeline, text)
    assert ev.acled["event_type"] == "Violence against civilians"
    assert ev.fatalities == toll


@pytest.mark.parametrize(("text", "types", "toll"), [
    ("Gunmen raided a hamlet near Bawku and killed four people, police said.",
     ("Violence against civilians", "Attack"), 4),
    ("Gunmen stormed a police station in Kandahar and killed three officers, officials said.",
     ("Battles", "Armed clash"), 3),
])
def test_an_attack_that_holds_its_toll_keeps_it(pipeline, text: str, types: tuple, toll: int) -> None:
    ev = _primary(pipeline, text)
    assert (ev.acled["event_type"], ev.acled["sub_event_type"]) == types
    assert ev.fatalities == toll


def test_a_killing_by_other_doers_does_not_take_the_news(pipeline) -> None:
    text = ("Militants burned a school in Bannu on Monday. Police later killed two of them in a raid, "
            "officials said.")
    assert _primary(pipeline, text).trigger.text == "burned"


@pytest.mark.parametrize("text", [
    "On 3 March 2021, RAB members killed two men in a so-called crossfire in Teknaf (Chittagong).",
    "Police in Bangladesh shot dead a suspected drug dealer in what they called a gunfight in Teknaf, rights "
    "groups said.",
    "Police killed a young man in Sylhet in a so-called gunfight on Monday, his family said.",
])
def test_a_fight_the_words_deny_is_an_execution(pipeline, text: str) -> None:
    assert _types(pipeline, text) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Police shot dead two robbery suspects during a shootout in Kano, a spokesman said.",
    "Soldiers killed three militants in an exchange of fire near Khost, the army said.",
    "On 3 March 2021, RAB members killed two suspected robbers in a gunfight in Teknaf (Chittagong).",
])
def test_a_gunfight_told_plainly_stays_a_clash(pipeline, text: str) -> None:
    assert _types(pipeline, text) == ("Battles", "Armed clash")
