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
    primary = _primary(pipeline, "Villagers clashed with soldiers over land in Myanmar.")
    assert primary.acled["event_type"] == "Riots"
    assert _sub(primary) == "Mob violence"


@pytest.mark.parametrize("text, country, sector", [
    ("Journalists at the state broadcaster walked out over political interference.", None, "JRN"),
    ("Dockworkers in Chittagong walked out over pay.", "BGD", "LAB"),
    ("Miners at the Marikana mine walked out.", "ZAF", "LAB"),
    ("Bus drivers in London walked out over pay.", "GBR", "LAB"),
    ("Nurses at the main hospital in Nairobi walked out over unpaid salaries.", "KEN", "HLH"),
    ("Employees of the national airline walked out over pay cuts.", None, "LAB"),
])
def test_workers_who_walk_out_strike(pipeline, text, country, sector) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("PROTEST", "strike")
    assert primary.source[0].sector == sector
    if country:
        assert primary.source[0].country == country


@pytest.mark.parametrize("text, plover, mode", [
    ("The Iranian delegation walked out of the talks in Vienna.", "REJECT", "meet"),
    ("Train drivers walked out of talks with the rail operator.", "REJECT", "meet"),
    ("The opposition walked out of parliament in protest.", "PROTEST", "demo"),
    ("The journalists walked out of the press conference after the minister refused questions.", "PROTEST",
     "demo"),
])
def test_walking_out_of_talks_or_a_gathering_is_no_strike(pipeline, text, plover, mode) -> None:
    walk = next(e for e in _events(pipeline, text) if e.trigger.text == "walked")
    assert (walk.plover["type"], walk.plover.get("mode")) == (plover, mode)


def test_diplomats_leaving_a_meeting_make_no_strike(pipeline) -> None:
    text = "Diplomats walked out of the UN General Assembly meeting during the Russian minister's speech."
    assert not any(e.plover.get("mode") == "strike" for e in _events(pipeline, text))


@pytest.mark.parametrize("text, source, target", [
    ("Washington carried out strikes on Yemen.", "USA", "YEM"),
    ("Israel launched strikes on Lebanon overnight.", "ISR", "LBN"),
    ("Russia launched strikes on Kyiv.", "RUS", "UKR"),
    ("Israel launched strikes overnight.", "ISR", None),
    ("The army carried out strikes in the north of the country.", None, None),
    ("The Pentagon said it conducted strikes on Iranian-backed militias in Syria.", "USA", "SYR"),
])
def test_a_state_s_strikes_are_air_strikes(pipeline, text, source, target) -> None:
    strike = next(e for e in _events(pipeline, text) if e.trigger.text == "strikes")
    assert (strike.plover["type"], strike.plover.get("mode")) == ("ASSAULT", "aerial")
    if source:
        assert strike.source[0].country == source
    if target:
        assert strike.target[0].country == target


def test_strikes_in_a_condition_keep_their_own_doer(pipeline) -> None:
    text = "The Houthis threatened to target U.S. warships if Washington carried out strikes on Yemen."
    strike = next(e for e in _events(pipeline, text) if e.trigger.text == "strikes")
    assert strike.plover["type"] == "ASSAULT" and strike.plover.get("mode") == "aerial"
    assert strike.source[0].country == "USA" and strike.target[0].country == "YEM"


@pytest.mark.parametrize("text", [
    "Workers went on strike at the car plant.",
    "Unions called a general strike in Argentina.",
    "Strikes by teachers closed schools across Kenya.",
    "Doctors launched a strike over unpaid wages.",
    "Nigeria's doctors launched a strike over unpaid wages.",
    "The strike against the government entered its third day in Argentina.",
])
def test_labour_strikes_stay_protests(pipeline, text) -> None:
    strike = next(e for e in _events(pipeline, text) if "strike" in e.trigger.text.lower())
    assert (strike.plover["type"], strike.plover.get("mode")) == ("PROTEST", "strike")


@pytest.mark.parametrize("text, victim", [
    ("Tehran executed a protester convicted of wounding a member of the Basij militia.", "CVL"),
    ("Iran hanged a protester on Thursday.", "CVL"),
    ("Iran executed a man convicted of killing a police officer during the protests.", "CVL"),
    ("Iran hanged a man for killing a police officer.", "CVL"),
])
def test_a_state_s_execution_is_an_attack_on_the_executed_only(pipeline, text, victim) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert primary.acled == {"event_type": "Violence against civilians", "sub_event_type": "Attack"}
    assert primary.source[0].country == "IRN" and primary.source[0].sector == "GOV"
    assert [a.sector for a in primary.target] == [victim]


@pytest.mark.parametrize("text, country", [
    ("Four prisoners were executed in Myanmar on Monday.", "MMR"),
    ("Two men were hanged in Iran for drug trafficking.", "IRN"),
    ("A protester was executed in Iran on Saturday.", "IRN"),
])
def test_an_execution_with_no_doer_is_the_state_s(pipeline, text, country) -> None:
    primary = _primary(pipeline, text)
    assert primary.source[0].country == country and primary.source[0].sector == "GOV"


@pytest.mark.parametrize("text", [
    "Three hostages were executed in Syria.",
    "Five villagers were executed in central Mali.",
    "Twelve people were killed in Myanmar on Monday.",
])
def test_killings_of_captives_or_villagers_take_no_state_doer(pipeline, text) -> None:
    primary = _primary(pipeline, text)
    assert not any(a.sector == "GOV" for a in primary.source)


def test_the_deed_judged_is_an_event_of_its_own(pipeline) -> None:
    events = _events(pipeline, "A court convicted a man of killing a police officer.")
    killing = next(e for e in events if e.trigger.text == "killing")
    assert killing.target[0].sector == "COP" and not killing.primary


@pytest.mark.parametrize("text, country", [
    ("Bolivian soldiers surrounded the presidential palace in La Paz in an apparent coup attempt.", "BOL"),
    ("Troops surrounded the parliament building in Niamey.", "NER"),
])
def test_soldiers_around_a_state_building_are_forces_deployed(pipeline, text, country) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("MOBILIZE", "troops")
    assert primary.source[0].country == country and primary.source[0].sector == "MIL"


@pytest.mark.parametrize("text", [
    "Bolivian soldiers surrounded the presidential palace in La Paz in an apparent coup attempt.",
    "A coup attempt failed in Bolivia.",
    "The army staged a coup in Niger.",
])
def test_a_coup_attempt_is_a_coup(pipeline, text) -> None:
    assert any(e.evidence["trigger"]["class"] == "coup" for e in _events(pipeline, text))


@pytest.mark.parametrize("text, plover", [
    ("Protesters surrounded the parliament in Belgrade.", "PROTEST"),
])
def test_crowds_around_a_building_still_protest(pipeline, text, plover) -> None:
    assert _primary(pipeline, text).plover["type"] == plover


@pytest.mark.parametrize("text, country", [
    ("Bahraini authorities stripped dozens of dissidents of their citizenship.", "BHR"),
    ("Bahrain stripped 138 people of their citizenship.", "BHR"),
    ("Kuwait revoked the citizenship of hundreds of people.", "KWT"),
])
def test_stripping_citizenship_is_coercion_by_the_state(pipeline, text, country) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("COERCE", "restrict")
    assert primary.source[0].country == country and primary.source[0].sector == "GOV"
    assert primary.target and primary.target[0].country == country


@pytest.mark.parametrize("text, plover", [
    ("Police freed dozens of hostages held by the gang.", "RETREAT"),
    ("Iran supplied the rebels with rockets.", "AID"),
])
def test_objects_with_of_keep_their_coding(pipeline, text, plover) -> None:
    assert _primary(pipeline, text).plover["type"] == plover
