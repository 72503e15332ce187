"""Aid, deliveries, lending and blocking (round aid48): arms or medical teams given to a state are AID, not a
deployment; aid told from the receiver's side or as a finished delivery; aid convoys and police missions that
arrive; aid blocked from reaching people; aid not delivered; lenders and the parties of a loan; an aid group
pulling out. Sentences written for the test, with near-miss controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="aid48"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _parties(actors) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for a in actors]


@pytest.mark.parametrize("text, source, target", [
    ("Germany sent Patriot air defence systems to Ukraine.", ("DEU", "GOV"), ("UKR", "GOV")),
    ("Germany sent tanks to Ukraine.", ("DEU", "GOV"), ("UKR", "GOV")),
    ("Germany shipped artillery shells to Ukraine.", ("DEU", "GOV"), ("UKR", "GOV")),
    ("Germany handed over 18 Leopard tanks to Ukraine.", ("DEU", "GOV"), ("UKR", "GOV")),
    ("Britain shipped 14 Challenger tanks to Kyiv.", ("GBR", "GOV"), ("UKR", "GOV")),
    ("France delivered Caesar howitzers to Ukraine last month.", ("FRA", "GOV"), ("UKR", "GOV")),
    ("Denmark handed over 19 F-16 fighter jets to Ukraine.", ("DNK", "GOV"), ("UKR", "GOV")),
    ("The Netherlands transferred 18 howitzers to Ukraine.", ("NLD", "GOV"), ("UKR", "GOV")),
    ("Germany sent Ukraine 14 Leopard tanks.", ("DEU", "GOV"), ("UKR", "GOV")),
])
def test_arms_given_to_a_state_are_military_aid(pipeline, text: str, source, target) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "AID"
    assert primary.cameo["code"] == "072"
    assert _parties(primary.source) == [source]
    assert _parties(primary.target) == [target]


@pytest.mark.parametrize("text, source, target", [
    ("Medecins Sans Frontieres sent a team of surgeons to earthquake-hit Herat.", (None, "NGO"),
     ("AFG", "GOV")),
    ("China sent a team of doctors to Italy.", ("CHN", "GOV"), ("ITA", "GOV")),
    ("Cuba dispatched a team of surgeons to Haiti.", ("CUB", "GOV"), ("HTI", "GOV")),
    ("The Red Cross sent medics to flood-hit Sindh.", (None, "NGO"), ("PAK", "GOV")),
])
def test_medical_teams_sent_are_humanitarian_aid(pipeline, text: str, source, target) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "AID"
    assert primary.cameo["code"] == "073"
    assert _parties(primary.source) == [source]
    assert _parties(primary.target) == [target]


@pytest.mark.parametrize("text, plover, mode", [
    # forces and arms moved to a place that is no state's name stay a deployment
    ("Russia sent troops to the border.", "MOBILIZE", "troops"),
    ("Russia sent tanks into the city.", "MOBILIZE", "troops"),
    ("Moscow sent tanks to the border with Ukraine.", "MOBILIZE", "troops"),
    ("The army sent tanks to Donetsk.", "MOBILIZE", "troops"),
    ("Russia sent warships to the Mediterranean.", "MOBILIZE", "troops"),
    # one's own squadron sent abroad is as often a deployment
    ("The United States sent fighter jets to Poland.", "MOBILIZE", "troops"),
    # weapons handed over to monitors or police are a surrender
    ("The rebels handed over their weapons to UN monitors.", "RETREAT", "disarm"),
    ("Bandits handed over 40 AK-47 rifles to the police.", "RETREAT", "disarm"),
])
def test_deployments_and_surrenders_stay(pipeline, text: str, plover: str, mode: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == (plover, mode)


@pytest.mark.parametrize("text, source, target", [
    ("Kenya received 40 tonnes of medical supplies from the World Health Organization.", (None, "IGO"),
     ("KEN", "GOV")),
    ("Ukraine received Patriot air defence systems from Germany.", ("DEU", "GOV"), ("UKR", "GOV")),
    ("Ukraine received the first batch of vaccines from China.", ("CHN", "GOV"), ("UKR", "GOV")),
    ("Ukraine took delivery of the first batch of F-16 fighter jets from Denmark.", ("DNK", "GOV"),
     ("UKR", "GOV")),
    ("Poland took delivery of 96 Apache helicopters from the United States.", ("USA", "GOV"), ("POL", "GOV")),
])
def test_aid_told_by_its_receiver_is_the_givers(pipeline, text: str, source, target) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "AID"
    assert _parties(primary.source) == [source]
    assert _parties(primary.target) == [target]


@pytest.mark.parametrize("text, target", [
    ("The delivery of 31 Abrams tanks to Ukraine was completed in September, the Pentagon said.", "UKR"),
    ("Arms deliveries to Ukraine resumed on Monday.", "UKR"),
    ("The delivery of aid to Tigray resumed on Monday.", "ETH"),
])
def test_a_delivery_of_arms_or_aid_is_aid(pipeline, text: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "AID"
    assert [a.country for a in primary.target] == [target]


@pytest.mark.parametrize("text, plover", [
    # aid kept out stays the blocker's withholding, with no aid event of its own
    ("Israel blocked the delivery of aid to Gaza.", "COERCE"),
    ("Israel blocked aid deliveries to Gaza.", "COERCE"),
    # a guest received is a visit; airliners bought and applause received are no aid
    ("The president received the ambassador of Japan.", "CONSULT"),
    ("The company took delivery of two new Airbus planes.", None),
    ("The soldiers received a round of applause.", None),
])
def test_deliveries_and_receipts_that_are_no_aid(pipeline, text: str, plover: str | None) -> None:
    events = _events(pipeline, text)
    primary = next((e for e in events if e.primary), None)
    assert (primary.plover["type"] if primary else None) == plover
    assert not any(e.plover["type"] == "AID" and e.trigger.text.startswith("deliver") for e in events)


@pytest.mark.parametrize("text, target", [
    ("A convoy of 30 trucks carrying food and medicine entered northern Ethiopia for the first time in "
     "months.", "ETH"),
    ("An aid convoy crossed into northern Syria from Turkey.", "SYR"),
    ("A convoy of trucks loaded with flour entered Gaza through the Rafah crossing.", "PSE"),
])
def test_an_aid_convoy_going_in_is_aid(pipeline, text: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.cameo["code"]) == ("AID", "073")
    assert [a.country for a in primary.target] == [target]


@pytest.mark.parametrize("text, source, target", [
    ("Kenyan police officers arrived in Haiti to lead a multinational security mission.", ("KEN", "COP"),
     "HTI"),
    ("Rwandan troops arrived in Mozambique to help fight Islamist insurgents.", ("RWA", "MIL"), "MOZ"),
    ("Chadian soldiers crossed into Mali to join the UN mission there.", ("TCD", "MIL"), "MLI"),
    ("The first batch of Kenyan police officers arrived in Haiti on Tuesday to lead a security mission, "
     "officials said.", ("KEN", "COP"), "HTI"),
])
def test_forces_arriving_to_help_give_protection(pipeline, text: str, source, target: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.cameo["code"]) == ("AID", "074")
    assert not primary.modality.negated
    assert (primary.source[0].country, primary.source[0].sector) == source
    assert [a.country for a in primary.target] == [target]


@pytest.mark.parametrize("text", [
    "Ugandan troops entered eastern Congo.",
    "A convoy of Russian tanks crossed into Ukraine.",
    "Russian troops arrived in Belarus to join military exercises.",
    "Turkish troops moved into northern Syria to secure the border.",
    "Kenyan police officers arrived in Haiti.",
    "Ugandan troops crossed into eastern Congo to hunt down ADF rebels.",
])
def test_forces_moved_in_otherwise_stay_mobilised(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("MOBILIZE", "troops")


@pytest.mark.parametrize("text, source, target", [
    ("The RSF prevented food aid from reaching El Fasher.", ("SDN", "REB"), ("SDN", "CVL")),
    ("Myanmar's military government blocked aid from reaching cyclone victims.", ("MMR", "MIL"),
     ("MMR", "CVL")),
    ("The Sudanese army prevented aid convoys from reaching Nyala.", ("SDN", "MIL"), ("SDN", "CVL")),
])
def test_aid_kept_from_people_is_withheld_from_them(pipeline, text: str, source, target) -> None:
    events = _events(pipeline, text)
    primary = next(e for e in events if e.primary)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("COERCE", "withhold")
    assert _parties(primary.source) == [source]
    assert _parties(primary.target) == [target]
    assert not any(e.plover["type"] == "AID" for e in events)


@pytest.mark.parametrize("text", [
    "According to OCHA, Israeli authorities denied 40 percent of requests for aid missions to northern Gaza.",
    "Israeli authorities denied requests for aid missions to northern Gaza.",
])
def test_requests_denied_are_rejected(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "REJECT"
    assert _parties(primary.source) == [("ISR", "GOV")]
    assert [a.country for a in primary.target] == ["PSE"]


@pytest.mark.parametrize("text, plover", [
    ("The army denied the allegations of abuse.", "REJECT"),
    ("Police prevented the march from reaching parliament.", "COERCE"),
    ("Israel blocked the delivery of aid to Gaza.", "COERCE"),
])
def test_refusals_and_restrictions_stay(pipeline, text: str, plover: str) -> None:
    assert _primary(pipeline, text).plover["type"] == plover
