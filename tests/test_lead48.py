"""Round lead48: bare counts killed are people, "ceasefire talks" are talks, police sent abroad go to help,
headline verbs before a participle ("ELN frees kidnapped father"), halts and pauses in the fighting, forces
withdrawn, refugees by where they fled from, persons described by nationality, releases others secured, and
several verbs of humanitarian and security work. Sentences written for the test, with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="lead48"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


@pytest.mark.parametrize("text, country", [
    ("Gunmen killed 30 in central Nigeria on Sunday.", "NGA"),
    ("Gunmen kill 30 in Nigeria's Plateau state.", "NGA"),
    ("Bandits kill 12 in Zamfara.", "NGA"),
])
def test_a_bare_count_killed_is_civilians(pipeline, text, country) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert [(a.country, a.sector) for a in primary.target] == [(country, "CVL")]


def test_control_soldiers_killed_stay_soldiers(pipeline) -> None:
    primary = _primary(pipeline, "Gunmen killed 30 soldiers in central Nigeria on Sunday.")
    assert [a.sector for a in primary.target] == ["MIL"]


@pytest.mark.parametrize("text, source, target", [
    ("Ceasefire talks between Israel and Hamas resumed in Doha on Thursday.", "ISR", "PSE"),
    ("Truce talks between Russia and Ukraine resumed in Istanbul.", "RUS", "UKR"),
])
def test_ceasefire_talks_are_talks(pipeline, text, source, target) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "CONSULT"
    assert [a.country for a in primary.source] == [source]
    assert [a.country for a in primary.target] == [target]


def test_headline_ceasefire_talks_resume_are_talks(pipeline) -> None:
    events = _events(pipeline, "Gaza ceasefire talks resume in Cairo.")
    assert [e.plover["type"] for e in events] == ["CONSULT"]


def test_control_a_ceasefire_agreed_stays_a_ceasefire(pipeline) -> None:
    primary = _primary(pipeline, "Israel and Hamas agreed a ceasefire on Thursday.")
    assert (primary.plover["type"], primary.plover.get("mode")) == ("RETREAT", "ceasefire")


def test_headline_verb_with_no_object_keeps_its_subject(pipeline) -> None:
    primary = _primary(pipeline, "Biden talks with Xi about Taiwan.")
    assert primary.plover["type"] == "CONSULT"
    assert [a.country for a in primary.source] == ["USA"]
    assert [a.country for a in primary.target] == ["CHN"]


@pytest.mark.parametrize("text", [
    "Kenya will send 1,000 police officers to Haiti, President William Ruto said on Tuesday.",
    "Kenya plans to deploy police officers to Haiti next month.",
])
def test_police_sent_abroad_are_help_offered(pipeline, text) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "AGREE"
    assert [a.country for a in primary.source] == ["KEN"]
    assert [(a.country, a.sector) for a in primary.target] == [("HTI", "GOV")]


@pytest.mark.parametrize("text", [
    "The government will send police to the border to stop the protesters.",
    "Russia will send troops to the border, the Kremlin said.",
])
def test_control_forces_sent_home_or_to_a_border_stay_threats(pipeline, text) -> None:
    assert _primary(pipeline, text).plover["type"] == "THREATEN"


@pytest.mark.parametrize("text, ptype, source", [
    ("Colombia's ELN frees kidnapped father of footballer Luis Diaz", "RETREAT", "REB"),
    ("Nigerian army rescues abducted schoolgirls in Kaduna", "RETREAT", "MIL"),
])
def test_headline_verb_before_a_participle_is_the_news(pipeline, text, ptype, source) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == ptype
    assert [a.sector for a in primary.source] == [source]


def test_headline_participle_of_a_place_is_no_attack(pipeline) -> None:
    events = _events(pipeline, "UN says aid convoy reaches besieged Sudanese city of El Fasher")
    assert not any(e.plover["type"] == "ASSAULT" for e in events)


@pytest.mark.parametrize("text", [
    "The evacuation of wounded children from Gaza to Jordan began on Wednesday.",
    "UNICEF, the UN children's agency, vaccinated 600,000 children against polio in Gaza during a pause in "
    "fighting.",
])
def test_evacuations_and_vaccinations_are_aid(pipeline, text) -> None:
    assert _primary(pipeline, text).plover["type"] == "AID"


@pytest.mark.parametrize("text", [
    "UNICEF vaccinated 600,000 children against polio in Gaza during a pause in fighting.",
    "There was a lull in fighting on Tuesday.",
    "The army halted fighting in Kharkiv on Monday.",
])
def test_fighting_paused_or_halted_is_no_fighting(pipeline, text) -> None:
    assert not any(e.plover["type"] == "ASSAULT" and not e.modality.negated for e in _events(pipeline, text))


def test_control_fighting_that_broke_out_is_fighting(pipeline) -> None:
    primary = _primary(pipeline, "Fighting broke out in Kharkiv on Monday.")
    assert primary.plover["type"] == "ASSAULT" and not primary.modality.negated


def test_a_fighting_pause_announced_is_a_ceasefire_offered(pipeline) -> None:
    primary = _primary(pipeline, "The Israeli military said it would pause fighting for ten hours a day to "
                                 "allow aid into southern Gaza.")
    assert primary.plover["type"] in ("AGREE", "RETREAT")
    assert [a.country for a in primary.source] == ["ISR"]


@pytest.mark.parametrize("text, source, target", [
    ("Uganda's troops were withdrawn from Somalia last year.", "UGA", ["SOM"]),
    ("The Ivorian contingent of the UN mission in Mali was withdrawn in 2023.", "CIV", []),
])
def test_forces_withdrawn_in_the_passive_withdraw(pipeline, text, source, target) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "RETREAT"
    assert [(a.country, a.sector) for a in primary.source] == [(source, "MIL")]
    assert [a.country for a in primary.target] == target


def test_a_month_after_by_is_no_march(pipeline) -> None:
    primary = _primary(pipeline, "The SADC mission in Congo will withdraw its troops by March.")
    assert not any(a.sector == "CVL" for a in primary.target)


@pytest.mark.parametrize("text", [
    "More than 5,000 refugees fled into Chad from Sudan's Darfur region last week, the UNHCR said.",
    "Sudanese refugees fled into Chad.",
])
def test_refugees_are_of_the_country_they_fled(pipeline, text) -> None:
    primary = _primary(pipeline, text)
    assert [a.country for a in primary.source] == ["SDN"]


@pytest.mark.parametrize("text, country", [
    ("Iran released French national Olivier Grondeau after more than two years in detention.", "FRA"),
    ("The junta detained British national John Smith in Yangon.", "GBR"),
])
def test_a_person_described_by_nationality_is_a_civilian(pipeline, text, country) -> None:
    primary = _primary(pipeline, text)
    assert [(a.country, a.sector) for a in primary.target] == [(country, "CVL")]


@pytest.mark.parametrize("text", [
    "Qatar brokered the release of five Americans held in Iran.",
    "Qatar secured the release of five Americans held by Iran.",
])
def test_a_release_someone_secured_is_the_holders(pipeline, text) -> None:
    release = next(e for e in _events(pipeline, text) if e.plover.get("mode") == "release")
    assert [a.country for a in release.source] == ["IRN"]
    assert [a.country for a in release.target] == ["USA"]


@pytest.mark.parametrize("text, ptype, mode", [
    ("The PKK laid down its arms.", "RETREAT", "disarm"),
    ("Pyongyang handed back the remains of 55 US soldiers killed in the Korean War.", "RETREAT", "release"),
    ("Libya's coast guard intercepted 600 migrants off Zuwara and returned them to detention centres.",
     "COERCE", "arrest"),
    ("South Africa's President Cyril Ramaphosa led an African peace mission to Kyiv and Moscow.", "CONSULT",
     "visit"),
    ("Mozambique's Renamo completed the disarmament of its fighters in June.", "RETREAT", "disarm"),
])
def test_acts_of_peace_and_security_work(pipeline, text, ptype, mode) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == (ptype, mode)


def test_a_promise_to_lay_down_arms_is_an_agreement(pipeline) -> None:
    primary = _primary(pipeline, "The PKK said it would lay down its arms.")
    assert primary.plover["type"] == "AGREE"
    assert [a.sector for a in primary.source] == ["REB"]


def test_people_deported_from_a_state_were_deported_by_it(pipeline) -> None:
    primary = _primary(pipeline, "Rwanda will accept migrants deported from the United States under a new "
                                 "agreement.")
    assert [a.country for a in primary.source] == ["USA"]
