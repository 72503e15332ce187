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
