"""Round ptype36: 97 wire ledes of our own (tests/data/plover_types36.yaml) on the general causes of a wrong
PLOVER type for a lede's primary event: which clause or noun wins, reported speech, verb senses the
dictionaries lacked, and the older scheme's conventions the PLOVER gold follows. Each row is coded as
`chronica code` codes a document; a row with ``gap`` is a strict xfail with that reason. Then the rules the
round added, each with sentences of our own and controls that must not change."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_plover_stories import check_primary, lede_params, ledes

from chronica.ingest import document_from_text

LEDES = Path(__file__).parent / "data" / "plover_types36.yaml"


def _primary(pipeline, text: str):
    document = document_from_text(text, doc_id="ptype36")
    return next((e for e in pipeline.code(document) if e.primary), None)


def test_the_set_is_wire_ledes_with_controls() -> None:
    rows = ledes(LEDES)
    assert len(rows) >= 90 and len({r["text"] for r in rows}) == len(rows)
    assert 25 <= sum(1 for r in rows if r.get("control")) <= 40


@pytest.mark.parametrize("row", lede_params(LEDES))
def test_the_primary_event_of_the_lede(pipeline, row: dict) -> None:
    check_primary(pipeline, row, "ptype36")


def _type(pipeline, text: str) -> str | None:
    primary = _primary(pipeline, text)
    return (primary.plover or {}).get("type") if primary is not None else None


@pytest.mark.parametrize("text, plover", [
    # a punishment asked for with no one asked to impose it: disapproval of the state it would punish
    ("Irish senators called for sanctions against Eritrea on Tuesday over jailed reporters.", "ACCUSE"),
    ("Canada's foreign minister demanded an arms embargo on Myanmar on Friday.", "ACCUSE"),
    # controls: a call on someone to impose it, and calls for anything else, stay requests
    ("Ireland called on the European Union on Tuesday to impose sanctions on Eritrea.", "REQUEST"),
    ("Canada urged the Security Council to impose an arms embargo on Myanmar.", "REQUEST"),
    ("Kenya's president called for calm on Monday after the disputed election.", "REQUEST"),
])
def test_a_punishment_asked_for(pipeline, text: str, plover: str) -> None:
    assert _type(pipeline, text) == plover


def test_a_punishment_asked_for_is_aimed_at_the_state_named(pipeline) -> None:
    primary = _primary(pipeline, "Amnesty International called for an arms embargo on South Sudan on Friday.")
    assert primary is not None and [a.country for a in primary.target] == ["SSD"]


@pytest.mark.parametrize("text, plover", [
    # people told by their flight are refugees given refuge
    ("Uganda opened its border on Monday to thousands of Congolese fleeing the fighting in Ituri.", "AID"),
    # control: people fleeing who are shot at
    ("Soldiers opened fire on villagers fleeing the fighting.", "ASSAULT"),
])
def test_people_fleeing_are_refugees(pipeline, text: str, plover: str) -> None:
    assert _type(pipeline, text) == plover


@pytest.mark.parametrize("text, plover", [
    # an act of the same subject coordinated with "but" qualifies the act told first
    # controls: the other order, and an "and" between the two acts
    ("Serbia barred UN monitors from the border area on Monday but allowed them into the region.", "COERCE"),
    ("Serbia allowed UN monitors into the region on Monday and barred them from the border area.", "COERCE"),
])
def test_an_act_told_with_but(pipeline, text: str, plover: str) -> None:
    assert _type(pipeline, text) == plover


@pytest.mark.parametrize("text, plover", [
    # the subject's own resignation after what it underwent, told in the passive
    ("Slovakia's economy minister was accused by auditors of misusing funds and resigned.", "RETREAT"),
    ("Nepal's home minister has been charged with fraud by prosecutors and will step down.", "RETREAT"),
    # a participle set off by commas after the subject: what is known of it, not the news
    ("Zambia's finance minister, arrested last month over a land deal, resigned on Friday.", "RETREAT"),
    ("A Nigerian reporter, detained by soldiers in March, was freed on Tuesday.", "RETREAT"),
    # controls: two acts the subject underwent, the accusation alone, and a killing after an ambush
    ("Slovakia's economy minister was arrested and charged with misusing funds.", "COERCE"),
    ("Auditors accused Slovakia's economy minister of misusing funds on Monday.", "ACCUSE"),
    ("Two soldiers, ambushed near the border, were killed on Sunday.", "ASSAULT"),
])
def test_the_subjects_own_act_is_the_news(pipeline, text: str, plover: str) -> None:
    assert _type(pipeline, text) == plover


@pytest.mark.parametrize("text, plover", [
    # steps taken to do an act are the act
    ("Uzbekistan's president, after the mass rallies, has taken several steps to ease curbs on the press.",
     "CONCEDE"),
    # verb senses: freedoms widened or restored, sites unblocked, borders sealed, curbs imposed, a measure
    # considered, peacekeepers landed
    ("Kuwait restored the citizenship of 30 dissidents on Sunday.", "CONCEDE"),
    ("Kazakhstan's president expanded press freedom on Monday.", "CONCEDE"),
    ("Poland sealed its border with Belarus on Monday.", "COERCE"),
    ("Poland said on Monday it would seal its border with Belarus next week.", "THREATEN"),
    ("Japan is considering imposing sanctions on Russian banks, officials said on Friday.", "THREATEN"),
    ("The first Bangladeshi peacekeepers landed in Mali on Friday.", "AID"),
    # controls: a deal sealed, a town sealed off, rockets that landed, steps taken to crush a rebellion
    ("The two sides sealed a trade deal in Geneva on Friday.", "AGREE"),
    ("Police sealed off the town after the attack.", "COERCE"),
    ("Two rockets landed near the airport in Erbil on Sunday.", "ASSAULT"),
    ("The government has taken steps to crush the rebellion.", "ASSAULT"),
])
def test_verb_senses_and_steps(pipeline, text: str, plover: str) -> None:
    assert _type(pipeline, text) == plover
