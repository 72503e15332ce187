"""Round lead48d: a deed in a clause of its own after a verb of declaring keeps its own doers ("declared a
state of emergency after gangs took hostages"); "baton-charged" read as an adjective in a sentence with no
verb; a campaign manager is a party's; a person kidnapped whom no dictionary knows is a civilian. Sentences
written for the test, with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="lead48d"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def test_a_deed_after_a_declaration_keeps_its_doers(pipeline) -> None:
    events = _events(pipeline, "Ecuador's President Daniel Noboa declared a state of emergency after gangs "
                               "took hostages in prisons.")
    taken = next(e for e in events if e.plover.get("mode") == "abduct")
    assert [a.sector for a in taken.source] == ["CRM"]


def test_control_persona_non_grata_stays_the_declarers(pipeline) -> None:
    primary = _primary(pipeline, "Peru's Congress declared the Mexican president persona non grata.")
    assert [a.country for a in primary.source] == ["PER"]
    assert [a.country for a in primary.target] == ["MEX"]


@pytest.mark.parametrize("text, country", [
    ("Pakistani police baton-charged supporters of Imran Khan in Lahore.", "PAK"),
    ("Indian police baton-charged protesters in Srinagar on Friday.", "IND"),
    ("Police lathi-charged the farmers in Punjab.", None),
])
def test_police_baton_charges_are_the_polices(pipeline, text, country) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert [a.sector for a in primary.source] == ["COP"]
    assert primary.target and all(a.sector != "COP" for a in primary.target)
    if country:
        assert [a.country for a in primary.source] == [country]


def test_a_campaign_manager_is_a_partys(pipeline) -> None:
    primary = _primary(pipeline, "Venezuelan security forces detained opposition campaign manager Dinorah "
                                 "Figuera in Caracas.")
    assert [a.sector for a in primary.target] in (["PTY"], ["OPP"])


def test_a_person_kidnapped_is_a_civilian_of_the_place(pipeline) -> None:
    primary = _primary(pipeline, "Colombia's ELN kidnapped the father of Liverpool striker Luis Diaz in La "
                                 "Guajira.")
    assert [(a.country, a.sector) for a in primary.target] == [("COL", "CVL")]
