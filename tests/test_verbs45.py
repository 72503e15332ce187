"""Verbs misread by probes of our own (round verbs45): a measure struck down, a trial's defendant, orders to
act, towns captured, troops crossing borders, arms sold, students clashing with police, walkouts, strikes on
a country and executions. Sentences written for the test, with controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="verbs45"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _sub_event(event) -> str | None:
    return (event.acled or {}).get("sub_event_type")


@pytest.mark.parametrize("text, source, target", [
    ("Ecuador's Constitutional Court struck down President Daniel Noboa's decree on prisons.",
     ("ECU", "JUD"), ("ECU", "GOV")),
    ("Kenya's High Court struck down the government's ban on protests in Nairobi.",
     ("KEN", "JUD"), ("KEN", "GOV")),
    ("A US judge struck down the administration's vaccine mandate.", ("USA", "JUD"), ("USA", "GOV")),
    ("The Supreme Court struck down the law banning abortion.", (None, "JUD"), None),
    ("Parliament struck down the president's emergency measure.", (None, "LEG"), (None, "GOV")),
    ("The court blocked the president's decree.", (None, "JUD"), (None, "GOV")),
])
def test_a_measure_struck_down_is_a_veto(pipeline, text: str, source, target) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "REJECT"
    assert primary.acled is None
    assert (primary.source[0].country, primary.source[0].sector) == source
    if target:
        assert (primary.target[0].country, primary.target[0].sector) == target


@pytest.mark.parametrize("text, plover, sub_event", [
    ("Israeli jets struck Hezbollah positions in southern Lebanon.", "ASSAULT", "Air/drone strike"),
    ("The soldiers struck the protesters with batons.", "ASSAULT", "Excessive force against protesters"),
])
def test_struck_without_down_stays_an_attack(pipeline, text: str, plover: str, sub_event: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], _sub_event(primary)) == (plover, sub_event)


def test_struck_down_by_illness_is_no_event(pipeline) -> None:
    assert _events(pipeline, "He was struck down by cancer.") == []


@pytest.mark.parametrize("text, tried, court", [
    ("Ugandan opposition figure Kizza Besigye went on trial before a military court in Kampala on treason "
     "charges.", ("UGA", "OPP"), ("UGA", "JUD")),
    ("Former Pakistani prime minister Imran Khan went on trial on Monday for leaking state secrets.",
     ("PAK", "ELI"), None),
    ("Twelve activists stood trial in Hong Kong on subversion charges.", ("HKG", "OPP"), None),
    ("Opposition leader Tundu Lissu faces trial on treason charges in Tanzania.", ("TZA", "OPP"), None),
    ("Former president Jair Bolsonaro will stand trial for an alleged coup plot, Brazil's Supreme Court "
     "ruled.",
     ("BRA", "ELI"), None),
])
def test_the_one_on_trial_is_the_target(pipeline, text: str, tried, court) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ACCUSE"
    assert [(a.country, a.sector) for a in primary.target] == [tried]
    assert [(a.country, a.sector) for a in primary.source] == ([court] if court else [])


def test_a_court_that_puts_someone_on_trial_stays_the_source(pipeline) -> None:
    primary = _primary(pipeline, "A Moscow court put the journalist on trial for espionage.")
    assert primary.plover["type"] == "ACCUSE"
    assert [(a.country, a.sector) for a in primary.source] == [("RUS", "JUD")]
    assert [(a.country, a.sector) for a in primary.target] == [("RUS", "JRN")]


@pytest.mark.parametrize("text, plover, source, target", [
    ("Kazakh President Kassym-Jomart Tokayev ordered troops to shoot to kill without warning.", "ASSAULT",
     ("KAZ", "GOV"), None),
    ("The president ordered police to disperse the crowds.", "ASSAULT", (None, "GOV"), (None, "CVL")),
    ("Maduro ordered the National Guard to arrest the protest leaders.", "COERCE", ("VEN", "GOV"),
     ("VEN", "CVL")),
    ("The general ordered his soldiers to fire on the protesters.", "ASSAULT", (None, "MIL"), (None, "CVL")),
    # a deed that gives way is yielded by the forces ordered: they are the order's target (targets_audit)
    ("The court ordered police to release the journalist.", "RETREAT", (None, "JUD"), (None, "COP")),
    ("The government ordered the army to withdraw from the city.", "RETREAT", (None, "GOV"), (None, "MIL")),
    # controls: the deed's own object stays its target; others ordered to act undergo the order
    ("Putin ordered the army to attack Ukraine.", "ASSAULT", ("RUS", "GOV"), ("UKR", "GOV")),
    ("The army ordered tanks to shell the parliament.", "ASSAULT", (None, "MIL"), (None, "LEG")),
    ("The government ordered the newspaper to suspend publication.", "COERCE", (None, "GOV"), (None, "JRN")),
])
def test_forces_ordered_to_act_are_no_target(pipeline, text: str, plover: str, source, target) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    assert [(a.country, a.sector) for a in primary.source] == [source]
    assert [(a.country, a.sector) for a in primary.target] == ([target] if target else [])


@pytest.mark.parametrize("text, target", [
    ("The Malian junta ordered UN peacekeepers to leave the country.", "IGO"),
    ("The Malian junta ordered the UN mission to leave the country.", "IGO"),
    ("Niger's junta ordered French troops to leave the country.", "MIL"),
    ("Niger's junta ordered the French ambassador to leave the country within 48 hours.", "GOV"),
])
def test_ordered_to_leave_the_country_is_an_expulsion(pipeline, text: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("SANCTION", "expel")
    assert [a.sector for a in primary.target] == [target]


def test_ordered_to_leave_their_homes_is_no_expulsion(pipeline) -> None:
    events = _events(pipeline, "The government ordered residents to leave their homes.")
    assert not any(e.plover.get("mode") == "expel" for e in events)


@pytest.mark.parametrize("text", [
    "Sudan's paramilitary Rapid Support Forces captured El Fasher after an 18-month siege.",
    "The RSF captured Babanusa.",
    "Al-Shabaab fighters captured Moqokori, a town in central Somalia.",
    "Rebels captured Goma, the largest city in eastern Congo.",
    "Jihadists seized Timbuktu.",
    # control: the town named as a town
    "Sudan's paramilitary Rapid Support Forces captured the town of El Fasher.",
])
def test_a_town_captured_is_territory_taken(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert primary.plover.get("mode") != "abduct"
    assert "territory" in (_sub_event(primary) or "")


@pytest.mark.parametrize("text, plover, target", [
    ("Mexican marines captured Guzman in Los Mochis.", "COERCE", "CVL"),
    ("Mexican marines captured Joaquin Guzman in Los Mochis.", "COERCE", "CRM"),  # Sinaloa's leader
    ("Police captured the gang leader in Medellin.", "COERCE", "CRM"),
    ("Rebels captured two soldiers near Goma.", "ASSAULT", "MIL"),
])
def test_people_captured_stay_held(pipeline, text: str, plover: str, target) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    assert "territory" not in (_sub_event(primary) or "")
    assert primary.target[0].sector == target


@pytest.mark.parametrize("text, source, target", [
    ("Ugandan troops crossed into eastern Congo to hunt down ADF rebels.", ("UGA", "MIL"), "COD"),
    ("Ugandan troops entered eastern Congo on Tuesday.", ("UGA", "MIL"), "COD"),
    # "... to lead a security mission": protection given, AID (test_aid48)
    ("Kenyan police officers arrived in Haiti on Tuesday.", ("KEN", "COP"), "HTI"),
    ("Turkish forces moved into northern Syria.", ("TUR", "MIL"), "SYR"),
    ("Ethiopian troops crossed the border into Somalia.", ("ETH", "MIL"), "SOM"),
    # controls: as before
    ("Russian tanks rolled into Ukraine.", ("RUS", "MIL"), "UKR"),
    ("Hundreds of Kenyan police officers were deployed to Haiti.", ("KEN", "COP"), "HTI"),
])
def test_forces_going_into_a_country_are_moved(pipeline, text: str, source, target: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("MOBILIZE", "troops")
    assert (primary.source[0].country, primary.source[0].sector) == source
    assert [a.country for a in primary.target] == [target]


@pytest.mark.parametrize("text", [
    "Thousands of migrants crossed into Poland from Belarus.",
    "Troops crossed the river.",
])
def test_others_going_in_are_no_mobilisation(pipeline, text: str) -> None:
    assert not any(e.plover["type"] == "MOBILIZE" for e in _events(pipeline, text))


@pytest.mark.parametrize("text, plover", [
    ("A delegation of Hamas officials arrived in Cairo for talks.", "CONSULT"),
    ("The US secretary of state arrived in Beijing.", "CONSULT"),
    ("Soldiers entered the building and freed the hostages.", "RETREAT"),
    ("Police entered the campus and arrested dozens of students.", "COERCE"),
])
def test_visits_and_raids_keep_their_coding(pipeline, text: str, plover: str) -> None:
    events = _events(pipeline, text)
    assert next(e for e in events if e.primary).plover["type"] == plover
    assert not any(e.plover["type"] == "MOBILIZE" for e in events)


@pytest.mark.parametrize("text, target", [
    ("Washington approved the sale of $2 billion in weapons to Taiwan.", "TWN"),
    ("Washington sold weapons worth $2 billion to Taiwan.", "TWN"),
    ("The State Department approved the sale of F-16 fighter jets to Turkey.", "TUR"),
    ("Germany approved the sale of tanks to Qatar.", "QAT"),
    # controls, as before
    ("The US approved a $1 billion arms sale to Taiwan.", "TWN"),
    ("France sold 24 Rafale jets to Egypt.", "EGY"),
])
def test_arms_sold_or_their_sale_approved_are_aid(pipeline, text: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "AID"
    assert [a.country for a in primary.target] == [target]


@pytest.mark.parametrize("text", [
    "The company sold its shares to investors.",
    "The government approved the sale of the state airline to a private investor.",
])
def test_other_sales_are_no_aid(pipeline, text: str) -> None:
    assert not any(e.plover["type"] == "AID" for e in _events(pipeline, text))
