"""Round plover34: 100 wire-news ledes of our own (tests/data/plover_ledes34.yaml), ordinary international
news as Reuters, AP and AFP open a story, each coded as `chronica code` codes a document: the primary event's
PLOVER type, first source country and first target country as the row expects (a row of type NONE: no
primary event, or one with no PLOVER type). A row with ``gap`` is a known gap: a strict xfail with that
reason. Then the constructions the round fixed, each with sentences of our own in several wordings and
controls that must not change."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from test_plover_stories import TYPES, check_primary, lede_params, ledes

from chronica.ingest import document_from_text

LEDES = Path(__file__).parent / "data" / "plover_ledes34.yaml"


def _primary(pipeline, text: str):
    document = document_from_text(text, doc_id="plover34")
    return next((e for e in pipeline.code(document) if e.primary), None)


def test_the_set_is_wire_ledes_of_every_type() -> None:
    rows = ledes(LEDES)
    assert len(rows) == 100 and len({r["text"] for r in rows}) == 100
    assert 15 <= sum(1 for r in rows if r.get("control")) <= 25
    firsts = Counter(r["type"].split("|")[0] for r in rows)
    assert set(firsts) - {"NONE"} == TYPES and min(firsts[t] for t in TYPES) >= 5


@pytest.mark.parametrize("row", lede_params(LEDES))
def test_the_primary_event_of_the_lede(pipeline, row: dict) -> None:
    if row["type"] == "NONE":
        document = document_from_text(row["text"], doc_id="plover34", published=str(row["published"]))
        primary = next((e for e in pipeline.code(document) if e.primary), None)
        assert primary is None or not (primary.plover or {}).get("type"), primary and primary.trigger.text
        return
    check_primary(pipeline, row, "plover34")


@pytest.mark.parametrize("text, plover", [
    # a deal struck, sealed, clinched or hammered out: the sides agreeing, as "reached a deal" (AGREE)
    ("The two parties struck a deal on Monday to share power in the new cabinet.", "AGREE"),
    ("Kenya and Tanzania struck an agreement on Friday to open their border to trucks.", "AGREE"),
    ("Peru and Chile sealed an accord on Tuesday on fishing rights off their coasts.", "AGREE"),
    ("The government and the unions sealed a deal on Sunday to end the strike at the ports.", "AGREE"),
    ("The Malian government and the Tuareg rebels clinched a deal in Algiers on Thursday.", "AGREE"),
    ("The negotiators hammered out an agreement overnight on the release of the hostages.", "AGREE"),
    # controls: a pact signed stays SUPPORT; a town sealed off, a port struck, a title clinched do not change
    ("Egypt and Jordan signed an accord on Wednesday to link their electricity grids.", "SUPPORT"),
    ("Police sealed off the town on Monday after the clashes.", "COERCE"),
    ("Missiles struck the port of Odesa on Monday, officials said.", "ASSAULT"),
])
def test_a_deal_struck_is_an_agreement(pipeline, text: str, plover: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.plover["type"] == plover, primary and primary.trigger.text


@pytest.mark.parametrize("text", [
    "The team clinched the title on Sunday with a win over their rivals.",
    "The minister hammered the opposition in a speech on Monday.",
])
def test_no_deal_no_agreement(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is None or primary.plover["type"] != "AGREE"


@pytest.mark.parametrize("text, plover", [
    # a person taken to prison is jailed (COERCE); one sent to prison is sentenced (SANCTION); the passive
    # only, as the phrase is read in a row ("took him to jail" is left)
    ("The former prime minister was taken to prison on Tuesday after returning home from exile.", "COERCE"),
    ("The opposition leader was taken to jail on Sunday after the rally, his lawyer said.", "COERCE"),
    ("The blogger was sent to prison for five years on Tuesday by a court in Minsk.", "SANCTION"),
    ("The journalist was sent to jail on Monday for two years for insulting the king.", "SANCTION"),
    # controls: taken to hospital, a case taken to court
    ("The wounded were taken to hospital on Monday after soldiers fired on the crowd.", "ASSAULT"),
    ("Ecuador took its dispute with Colombia to court on Monday, filing a case at The Hague.", "ACCUSE"),
])
def test_taken_or_sent_to_prison(pipeline, text: str, plover: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.plover["type"] == plover, primary and primary.trigger.text


@pytest.mark.parametrize("text, plover", [
    # rescue workers sent abroad after a disaster: humanitarian aid
    ("Japan sent 60 rescue workers to Nepal on Sunday after the earthquake.", "AID"),
    ("Spain sent a team of rescue experts to Morocco on Saturday, the government said.", "AID"),
    ("Greece sent 20 rescue specialists to Libya on Wednesday after the floods.", "AID"),
    # control: troops sent stay a mobilisation
    ("Russia sent 2,000 troops to the border on Monday, officials said.", "MOBILIZE"),
])
def test_rescue_workers_sent_are_aid(pipeline, text: str, plover: str) -> None:
    primary = _primary(pipeline, text)
    assert primary is not None and primary.plover["type"] == plover, primary and primary.trigger.text
