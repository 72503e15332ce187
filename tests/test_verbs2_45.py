"""Round verbs2_45: crowds that fight state forces are rioters (students, villagers, workers clashing with
police or soldiers: PLOVER PROTEST riot, ACLED Riots); a fight "over" a public issue is a violent
demonstration. Sentences written for the test, with controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="verbs2_45"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _sub(event) -> str | None:
    return (event.acled or {}).get("sub_event_type")


@pytest.mark.parametrize("text, country, sector, acled", [
    ("In Jakarta, students clashed with riot police outside the House of Representatives over a "
     "controversial election law.", "IDN", "EDU", "Violent demonstration"),
    ("Students fought with police in Santiago over fare increases.", "CHL", "EDU", "Violent demonstration"),
    ("Workers clashed with security forces at the factory gates in Dhaka over unpaid wages.", "BGD", "LAB",
     "Violent demonstration"),
    ("Villagers clashed with soldiers in Myanmar's Sagaing region.", "MMR", None, "Mob violence"),
    ("Students and riot police clashed outside parliament in Jakarta.", "IDN", "EDU", None),
    ("Protesters clashed with police in Lagos.", "NGA", None, "Violent demonstration"),
])
def test_unarmed_people_fighting_state_forces_riot(pipeline, text, country, sector, acled) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("PROTEST", "riot")
    assert primary.acled["event_type"] == "Riots"
    if acled:
        assert _sub(primary) == acled
    doer = primary.source[0]
    assert doer.country == country and doer.name.startswith("Rioters")
    if sector:
        assert doer.sector == sector
    assert not any(a.sector in ("COP", "MIL") for a in primary.source)


@pytest.mark.parametrize("text", [
    "Rebels clashed with police in northern Mali.",
    "Gunmen clashed with soldiers in Zamfara state.",
    "Militants clashed with the army in North Waziristan.",
])
def test_armed_groups_fighting_state_forces_stay_a_clash(pipeline, text) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert _sub(primary) == "Armed clash"


def test_a_riot_without_a_claim_stays_mob_violence(pipeline) -> None:
    primary = _primary(pipeline, "Fans clashed with police after the match in Cairo.")
    assert primary.acled["event_type"] == "Riots"
    assert _sub(primary) == "Mob violence"
