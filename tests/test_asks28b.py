"""Requests, talks and aid whose object the parse loses (round asks28b), in sentences of our own: "asked X to
do Y" is a request to X whatever Y is; "held talks with X" keeps X as the target whatever the sentence hangs
after it; aid inside an amount ("20 million dollars of emergency aid") keeps its giver and receiver; and a
country the dictionaries know as no person is a state when suspended, whatever the tagger calls it."""

from __future__ import annotations

import pytest
from test_plover_stories import check_primary

from chronica.ingest import document_from_text


def _row(kind: str, source: str | None, target: str | None, text: str) -> dict:
    return {"type": kind, "source": source, "target": target, "published": "2015-06-01", "text": text}


ASKED = [
    ("REQUEST", "DEU", "FRA", "Germany asked France on Tuesday to consider a joint bid for the contract."),
    ("REQUEST", "KEN", "UGA", "Kenya asked Uganda on Wednesday to open an inquiry into the border shooting."),
    ("REQUEST", None, "USA",
     "The defence minister asked the American envoy on Thursday to set a date for the handover."),
    ("REQUEST", "GHA", None,
     "President Mahama asked the electoral commission on Monday to name a successor to its chairman."),
]


@pytest.mark.parametrize(("kind", "source", "target", "text"), ASKED)
def test_asking_someone_to_act_is_a_request_to_them(pipeline, kind, source, target, text) -> None:
    check_primary(pipeline, _row(kind, source, target, text), "asks28b")


@pytest.mark.parametrize("text", [
    "The minister was asked about the strikes on Monday.",
    "The reporter asked the minister about the strikes on Monday.",
    "The teacher asked the pupils to close their books.",
    "The coach asked his players to run two more laps.",
])
def test_being_asked_about_or_asked_in_private_life_is_no_request(pipeline, text) -> None:
    events = pipeline.code(document_from_text(text, doc_id="asks28b", published="2015-06-01"))
    assert not [e for e in events if e.primary and e.plover["type"] == "REQUEST"]


TALKS = [
    ("CONSULT", "IND", "CHN",
     "Prime Minister Narendra Modi held talks with President Xi Jinping for more than four hours on Monday, "
     "the first such visit in years."),
    ("CONSULT", "ISR", "USA",
     "Defence Minister Ehud Barak held talks with Defence Secretary Robert Gates for two hours on Tuesday, "
     "the first since the election."),
    ("CONSULT", "DEU", "FRA",
     "Chancellor Angela Merkel held talks with President Emmanuel Macron on Friday, the third meeting of the "
     "two this month."),
]


@pytest.mark.parametrize(("kind", "source", "target", "text"), TALKS)
def test_talks_with_someone_keep_them_as_the_target(pipeline, kind, source, target, text) -> None:
    check_primary(pipeline, _row(kind, source, target, text), "asks28b")


AID = [
    ("AID", "JPN", "IRQ",
     "Japan handed over 20 million dollars of emergency relief to Iraq on Tuesday for the rebuilding of "
     "schools."),
    ("AID", "NOR", "SOM", "Norway sent 15 million dollars of humanitarian aid to Somalia on Friday."),
    ("AID", "SWE", "HTI", "Sweden gave 12 million dollars of emergency aid to Haiti on Monday."),
]


@pytest.mark.parametrize(("kind", "source", "target", "text"), AID)
def test_aid_inside_an_amount_keeps_its_giver_and_receiver(pipeline, kind, source, target, text) -> None:
    check_primary(pipeline, _row(kind, source, target, text), "asks28b")


def test_aid_pledged_in_an_amount_has_its_giver_and_receiver(pipeline) -> None:
    text = "Britain pledged $5 million in humanitarian aid to Sudan on Monday."
    events = pipeline.code(document_from_text(text, doc_id="asks28b", published="2015-06-01"))
    aid = [e for e in events if e.plover["type"] == "AID"]
    assert aid, [e.plover["type"] for e in events]
    assert [(e.source[0].country if e.source else None, e.target[0].country if e.target else None)
            for e in aid] == [("GBR", "SDN")]


SUSPENDED = [
    ("SANCTION", None, "MLI", "The European Union suspended Mali on Tuesday after the army seized power."),
    ("SANCTION", None, "NER", "ECOWAS suspended Niger after soldiers detained the president."),
    ("SANCTION", None, "ZWE", "The Commonwealth suspended Zimbabwe on Tuesday after the disputed election."),
]


@pytest.mark.parametrize(("kind", "source", "target", "text"), SUSPENDED)
def test_a_state_suspended_from_a_body_whatever_the_tagger_says(pipeline, kind, source, target, text) -> None:
    check_primary(pipeline, _row(kind, source, target, text), "asks28b")


def test_a_person_suspended_is_no_state_suspended(pipeline) -> None:
    text = "The party suspended Chad Johnson on Monday after the scandal."
    events = pipeline.code(document_from_text(text, doc_id="asks28b", published="2015-06-01"))
    assert not [e for e in events if e.primary and e.plover["type"] == "SANCTION"]
