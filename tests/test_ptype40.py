"""Round ptype40: 78 wire ledes of our own (tests/data/plover_types40.yaml), one or more for each CAMEO family
the gold set's older PLOVER counts most, in the many words a wire uses for each. Each row is coded as
`chronica code` codes a document; a row with ``gap`` is a strict xfail with that reason. Then the rules the
round added, with sentences of our own and controls that must not change."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_plover_stories import check_primary, lede_params, ledes
from test_ptype38 import _type

from chronica.ingest import document_from_text
from chronica.reparse import verb_lemma

LEDES = Path(__file__).parent / "data" / "plover_types40.yaml"


def test_the_set_is_wire_ledes_with_controls() -> None:
    rows = ledes(LEDES)
    assert len(rows) >= 70 and len({r["text"] for r in rows}) == len(rows)
    assert 20 <= sum(1 for r in rows if r.get("control")) <= 30


@pytest.mark.parametrize("row", lede_params(LEDES))
def test_the_primary_event_of_the_lede(pipeline, row: dict) -> None:
    check_primary(pipeline, row, "ptype40")


@pytest.mark.parametrize("text", [
    # the parse takes "calls" for the verb and "defied" for its adjective when a date stands before them
    "Azerbaijan's president on Monday defied calls from the opposition to step down.",
    "Nepal's king on Friday defied demands to restore parliament.",
    # control: parsed right
    "The president defied calls to resign.",
])
def test_a_refusal_parsed_as_an_adjective_is_the_verb(pipeline, text: str) -> None:
    assert _type(pipeline, text) == "REJECT"


def test_the_mended_verb_keeps_its_doer(pipeline) -> None:
    text = "Peru's president on Wednesday defied calls to resign over a corruption inquiry."
    document = document_from_text(text,
                                  doc_id="ptype40")
    primary = next(e for e in pipeline.code(document) if e.primary)
    assert primary.trigger.text == "defied" and [a.country for a in primary.source] == ["PER"]


@pytest.mark.parametrize("form, lemma", [("defied", "defy"), ("rejected", "reject"), ("refused", "refuse"),
                                         ("stopped", "stop"), ("calls", None), ("red", None)])
def test_the_verb_of_a_past_form(pipeline, form: str, lemma: str | None) -> None:
    assert verb_lemma(form, pipeline.extractor.lex.verbs) == lemma


@pytest.mark.parametrize("text, plover", [
    # a mediation, visit or involvement ruled out is refused, not held
    ("Turkey ruled out on Monday any mediation by Greece.", "REJECT"),
    ("Israel ruled out a visit by the UN envoy on Tuesday.", "REJECT"),
    # control: mediation offered is an intent
    ("Greece offered its mediation in the dispute on Monday.", "AGREE"),
])
def test_a_mediation_ruled_out(pipeline, text: str, plover: str) -> None:
    assert _type(pipeline, text) == plover


@pytest.mark.parametrize("text, plover", [
    # a demand that names no one, after blame of a named state's act, is made of that state
    ("Britain deplored the jailing of a lawyer in Beijing on Tuesday and called for her release.", "REQUEST"),
    # controls: a demand of a third party, or a demand for anything but a release that names no one, leaves
    # the blame the news
    ("The African Union condemned the coup in Niger on Friday and called for civilian rule.", "ACCUSE"),
    ("Canada denounced the detention of a reporter in Tehran and urged its allies to respond.", "ACCUSE"),
])
def test_a_demand_after_blame(pipeline, text: str, plover: str) -> None:
    assert _type(pipeline, text) == plover


@pytest.mark.parametrize("text, plover, target", [
    ("The European Union imposed travel bans on senior Belarussian officials on Tuesday.", "SANCTION", "BLR"),
    ("The EU imposed a travel ban on ten Russian officials.", "SANCTION", "RUS"),
    # control: a curfew stays coercion at home
    ("Algerian authorities imposed a night curfew on the capital on Sunday.", "COERCE", None),
])
def test_travel_bans_on_officials(pipeline, text: str, plover: str, target: str | None) -> None:
    primary = next(e for e in pipeline.code(document_from_text(text, doc_id="ptype40")) if e.primary)
    assert primary.plover["type"] == plover
    assert target is None or (primary.target and primary.target[0].country == target)


@pytest.mark.parametrize("text, plover", [
    ("Saudi Arabia sent 50,000 tonnes of wheat to Yemen on Sunday.", "AID"),
    ("China sent two million vaccine doses to Cambodia.", "AID"),
    # control: troops sent are a mobilisation
    ("Turkey sent troops to the Syrian border on Friday.", "MOBILIZE"),
])
def test_grain_and_vaccines_sent(pipeline, text: str, plover: str) -> None:
    assert _type(pipeline, text) == plover


@pytest.mark.parametrize("text, plover", [
    # hackers who break into, wipe or knock out systems carry out a cyber attack
    ("Iranian hackers broke into the email accounts of Israeli officials.", "COERCE"),
    ("Hackers wiped the data on hundreds of servers at a Qatari gas company on Monday.", "COERCE"),
    ("Russian hackers knocked out power to a city in Ukraine on Saturday.", "COERCE"),
    # controls: a burglary, crops wiped out by floods, a tank knocked out are no cyber attack
    ("Floods wiped out crops in Bangladesh on Sunday.", None),
    ("Ukrainian troops knocked out a Russian tank near Bakhmut.", "ASSAULT"),
])
def test_cyber_attacks(pipeline, text: str, plover: str | None) -> None:
    assert _type(pipeline, text) == plover


@pytest.mark.parametrize("text, plover", [
    # cooperation halted is a sanction, as when suspended
    ("Washington halted military cooperation with Jakarta on Friday.", "SANCTION"),
    # refugee status or sanctuary granted is asylum
    ("France granted refugee status to 200 Algerians on Tuesday.", "AID"),
    # an organisation shut down is banned
    ("Egypt's government shut down an Islamist charity on Wednesday.", "COERCE"),
    # controls: an offensive halted is a de-escalation; a pardon granted a concession
    ("The army halted its offensive against the rebels on Sunday.", "RETREAT"),
    ("The president granted a pardon to 40 prisoners on Monday.", "CONCEDE"),
])
def test_cooperation_halted_status_granted_and_charities_shut(pipeline, text: str, plover: str) -> None:
    assert _type(pipeline, text) == plover
