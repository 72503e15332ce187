"""Who is source and who is target (round roles47): one ready or willing to mediate between two parties acts
on both; ... Sentences written for the test, with controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="roles47"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _countries(actors) -> set:
    return {a.country for a in actors}


@pytest.mark.parametrize("text, mediator, sides", [
    ("President Lula said Brazil was ready to mediate between Russia and Ukraine.", "BRA", {"RUS", "UKR"}),
    ("Ankara said it was willing to mediate between Moscow and Kyiv.", "TUR", {"RUS", "UKR"}),
    ("Turkey is ready to mediate between Russia and Ukraine.", "TUR", {"RUS", "UKR"}),
    ("The Vatican said it was prepared to mediate between Kyiv and Moscow.", "VAT", {"RUS", "UKR"}),
    # controls: an offer and a plain future already had the mediator
    ("Seoul offered to mediate between Washington and Pyongyang.", "KOR", {"USA", "PRK"}),
    ("Qatar mediated between Israel and Hamas.", "QAT", {"ISR", "PSE"}),
])
def test_one_ready_to_mediate_acts_on_both_sides(pipeline, text: str, mediator: str, sides: set) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] in ("AGREE", "CONSULT")
    assert _countries(primary.source) == {mediator}
    assert _countries(primary.target) == sides


@pytest.mark.parametrize("text, source, target", [
    # controls: the sides of a fight stay source and target
    ("Fighting broke out between Armenian and Azerbaijani troops.", "ARM", "AZE"),
    ("It was the worst fighting between the army and the RSF in weeks.", "SDN", "SDN"),
])
def test_fights_between_sides_keep_their_roles(pipeline, text: str, source: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert _countries(primary.source) == {source} and _countries(primary.target) == {target}
    assert len(primary.source) == 1


@pytest.mark.parametrize("text, host, sides", [
    ("Cairo hosted talks between Israeli and Hamas negotiators on Monday.", "EGY", {"ISR", "PSE"}),
    ("Oman hosted talks between Iran and the United States.", "OMN", {"IRN", "USA"}),
    ("Norway hosted peace talks between the Colombian government and the ELN.", "NOR", {"COL"}),
    ("Saudi Arabia hosted a meeting between Sudanese army and RSF delegates.", "SAU", {"SDN"}),
])
def test_a_meeting_hosted_between_two_others_is_mediation(pipeline, text: str, host: str, sides: set) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("CONSULT", "third-party")
    assert _countries(primary.source) == {host}
    assert _countries(primary.target) == sides and len(primary.target) == 2


@pytest.mark.parametrize("text, source, target", [
    # controls: a visitor hosted is the visit's source; talks hosted with one other stay a visit
    ("Egypt hosted Israeli Prime Minister Benjamin Netanyahu in Sharm el-Sheikh.", "ISR", "EGY"),
    ("China hosted talks with Iran.", "CHN", "IRN"),
])
def test_hosted_visits_keep_their_roles(pipeline, text: str, source: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("CONSULT", "visit")
    assert _countries(primary.source) == {source} and _countries(primary.target) == {target}


@pytest.mark.parametrize("text, giver, receiver, plover", [
    ("Ghana received a shipment of 600,000 vaccine doses from the COVAX facility.", "COVAX", "GHA", "AID"),
    ("Jordan received $500 million in budget support from the World Bank.", "World Bank", "JOR", "AID"),
    ("Argentina secured a $44 billion bailout from the International Monetary Fund.", "IMF", "ARG", "AID"),
    ("Pakistan obtained a $3 billion loan from the IMF.", "IMF", "PAK", "AID"),
    ("Kenya got $1 billion in loans from China.", "CHN", "KEN", "AID"),
    ("Sri Lanka received a bailout from the IMF.", "IMF", "LKA", "AID"),
    ("Saudi Crown Prince Mohammed bin Salman received a call from the Chinese president.", "CHN", "SAU",
     "CONSULT"),
    ("The United Arab Emirates deposited $1 billion in Egypt's central bank.", "ARE", "EGY", "AID"),
    # controls: coded so before
    ("Ukraine received military aid from the United States.", "USA", "UKR", "AID"),
    ("Egypt received $3 billion in aid from the United States.", "USA", "EGY", "AID"),
])
def test_aid_told_from_the_receiving_side_runs_from_the_giver(pipeline, text: str, giver: str, receiver: str,
                                                              plover: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    assert {a.country or a.name for a in primary.source} == {giver}
    assert _countries(primary.target) == {receiver}


@pytest.mark.parametrize("text", [
    "The candidate received 2 million votes.",
    "He obtained a visa from the embassy.",
    "The company secured a $5 million contract from the city.",
])
def test_things_received_that_are_no_aid(pipeline, text: str) -> None:
    assert not any(e.plover["type"] == "AID" for e in _events(pipeline, text))


def test_a_visitor_received_stays_the_visit(pipeline) -> None:
    primary = _primary(pipeline, "Egypt received Israeli Prime Minister Benjamin Netanyahu.")
    assert (primary.plover["type"], primary.plover.get("mode")) == ("CONSULT", "visit")
    assert _countries(primary.source) == {"ISR"} and _countries(primary.target) == {"EGY"}
