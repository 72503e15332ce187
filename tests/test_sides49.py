"""Actors in peace-process news (round sides49). A city that names a deal, talks or truce after where it was
made ("the Washington accord", "Geneva talks", "the Doha ceasefire") is no party: neither its government an
actor nor the event's place. Sentences written for the test, with controls where the city is a party or the
place of the deed."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return pipeline.code(document_from_text(text, doc_id="sides49"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _countries(actors) -> set:
    return {a.country for a in actors}


def _sides(event) -> list:
    return [(a.country, a.sector) for a in (*event.source, *event.target)]


@pytest.mark.parametrize("text, city", [
    ("Rwandan troops remain in eastern Congo in breach of the Washington accord, a UN expert panel said.",
     "USA"),
    ("Sudan's army rejects Geneva talks invitation.", "CHE"),
    ("Moscow rejected the Geneva talks invitation.", "CHE"),
    ("The M23 denied that it had violated the Doha ceasefire.", "QAT"),
    ("Rebels broke the Doha ceasefire on Sunday.", "QAT"),
    ("The army accused the RSF of breaking the Jeddah declaration.", "SAU"),
    ("Rebels violated the Luanda agreement on Monday, the government said.", "AGO"),
    ("The Pretoria deal was signed by Ethiopia and the TPLF.", "ZAF"),
    ("Houthi rebels violated the Stockholm agreement in Hodeidah.", "SWE"),
    ("Armenia accused Azerbaijan of violating the Moscow truce.", "RUS"),
])
def test_a_city_naming_a_deal_is_no_party(pipeline, text: str, city: str) -> None:
    for event in _events(pipeline, text):
        assert city not in {c for c, _ in _sides(event)}, (event.trigger.text, _sides(event))


def test_the_deal_named_after_a_city_keeps_the_parties(pipeline) -> None:
    accused = _primary(pipeline, "The army accused the RSF of breaking the Jeddah declaration.")
    assert [(a.country, a.sector) for a in accused.source] == [("SDN", "MIL")]
    refused = _primary(pipeline, "Sudan's army rejects Geneva talks invitation.")
    assert refused.plover["type"] == "REJECT"
    assert [(a.country, a.sector) for a in refused.source] == [("SDN", "MIL")]


@pytest.mark.parametrize("text, source, target", [
    # a capital as the doer, a country naming a deal, a leader's plan, a city as the place: unchanged
    ("Washington imposed sanctions on Iran.", "USA", "IRN"),
    ("Kyiv accused Moscow of breaking the truce.", "UKR", "RUS"),
    ("The Iran deal was abandoned by Trump.", "USA", "IRN"),
    ("The Trump peace plan was rejected by the Palestinians.", "PSE", "USA"),
    ("Police in Doha arrested two men.", "QAT", "QAT"),
    ("Moscow rejected the US proposal.", "RUS", "USA"),
])
def test_controls_a_city_or_country_that_is_a_party_stays(pipeline, text: str, source: str,
                                                          target: str) -> None:
    primary = _primary(pipeline, text)
    assert source in _countries(primary.source)
    assert target in _countries(primary.target)


@pytest.mark.parametrize("text, signer, partner", [
    # a deal "with" unnamed rebels signed abroad: the rebels are the signer's country's, not the venue's
    ("Chad's military junta signed a peace deal with more than 30 rebel groups in Doha.", "TCD", "TCD"),
    ("Sudan's junta signed a peace deal with rebel groups in Juba.", "SDN", "SDN"),
    ("The Colombian government signed an accord with guerrilla commanders in Havana.", "COL", "COL"),
    # controls: the partners' own country named, a deal at home, a place that is where the doers are
    ("The Philippine government signed a peace agreement with Muslim rebels in Jakarta.", "PHL", "PHL"),
    ("The government signed a deal with striking doctors in Nairobi.", "KEN", "KEN"),
    ("A state-owned mining company signed a deal with a Russian firm in Conakry.", "GIN", "RUS"),
    ("Rebels in Juba attacked a checkpoint.", "SSD", "SSD"),
    ("Police in Karachi arrested two men.", "PAK", "PAK"),
])
def test_rebels_dealing_abroad_are_the_signers_country(pipeline, text: str, signer: str,
                                                       partner: str) -> None:
    primary = _primary(pipeline, text)
    assert [a.country for a in primary.source] == [signer]
    assert [a.country for a in primary.target] == [partner]


@pytest.mark.parametrize("text", [
    "New People's Army rebels ambushed soldiers in Samar on Tuesday.",
    "Communist rebels of the New People's Army denied ambushing soldiers in Samar during a holiday truce.",
    "The NPA ambushed soldiers in Samar on Tuesday.",
])
def test_a_groups_country_settles_the_place(pipeline, text: str) -> None:
    for event in _events(pipeline, text):
        assert _countries(event.source) | _countries(event.target) <= {"PHL"}, _sides(event)
    attack = next(e for e in _events(pipeline, text) if e.plover["type"] == "ASSAULT")
    assert [(a.country, a.sector) for a in attack.target] == [("PHL", "MIL")]


@pytest.mark.parametrize("text, name, country, sector", [
    # "negotiators / a spokesman / envoys for X" speak for X, as "of X" does
    ("Negotiators for the ELN walked out of the talks in Caracas on Friday, accusing the government of bad "
     "faith.", "ELN", "COL", "REB"),
    ("Negotiators for the ELN walked out of the talks.", "ELN", "COL", "REB"),
    ("A spokesman for the RSF rejected the proposal.", "RSF", "SDN", "REB"),
    ("Envoys for Hamas met Egyptian mediators in Cairo.", "Hamas", "PSE", "REB"),
    # controls: "of X", X before the head, a government's own negotiators
    ("ELN negotiators walked out of the talks.", "ELN", "COL", "REB"),
    ("Representatives of Hamas met Egyptian mediators in Cairo.", "Hamas", "PSE", "REB"),
    ("Colombian negotiators walked out of the talks with the ELN.", "Government of Colombia", "COL", "GOV"),
])
def test_speakers_for_a_group_are_the_group(pipeline, text: str, name: str, country: str,
                                            sector: str) -> None:
    primary = _primary(pipeline, text)
    assert [(a.name, a.country, a.sector) for a in primary.source] == [(name, country, sector)]


@pytest.mark.parametrize("text, reporter, doer", [
    # who reports a happening named by a bare gerund did not do it; a "by" phrase names who did
    ("The Kremlin said Russia would observe a 30-hour Easter truce ordered by Putin, but Ukraine reported "
     "continued shelling.", "UKR", None),
    ("Ukraine reported continued shelling.", "UKR", None),
    ("Ukraine reported shelling by Russian forces.", "UKR", ("RUS", "MIL")),
    # controls: the observer's own deed has an object; a denial's subject is the one said to have done it
    ("The army confirmed killing 20 militants.", None, (None, "MIL")),
    ("Russia denied shelling the city.", None, ("RUS", "GOV")),
    ("Ukraine carried out shelling of Russian positions.", None, ("UKR", "GOV")),
])
def test_the_reporter_of_shelling_is_not_its_doer(pipeline, text: str, reporter: str | None,
                                                  doer: tuple | None) -> None:
    attack = next(e for e in _events(pipeline, text) if e.plover["type"] == "ASSAULT")
    if reporter is not None:  # an unnamed doer may be placed in the reporter's country
        assert not any(a.country == reporter and a.sector != "UAF" for a in attack.source)
    if doer is not None:
        assert [(a.country, a.sector) for a in attack.source] == [doer]
    else:
        assert all(a.sector in ("UAF", None) for a in attack.source)


@pytest.mark.parametrize("text, denied, asserted", [
    # what the denier says after a comma is asserted, wherever the parse hangs it
    ("The M23 denied that it had violated the Doha ceasefire, saying government-allied Wazalendo militias "
     "attacked first.", "violated", "attacked"),
    ("The army denied that its troops had shelled the village, saying rebels attacked first.", "shelled",
     "attacked"),
    ("The army denied shelling the village, saying rebels attacked first.", "shelling", "attacked"),
    ("Hamas denied breaking the truce, saying Israeli troops opened fire on civilians.", "breaking the truce",
     "opened fire"),
])
def test_a_denials_counter_claim_is_not_denied(pipeline, text: str, denied: str, asserted: str) -> None:
    events = {e.trigger.text: e for e in _events(pipeline, text)}
    assert events[denied].modality.negated
    assert not events[asserted].modality.negated


@pytest.mark.parametrize("text, trigger", [
    # controls: a denied deed stays denied
    ("The rebels denied attacking the convoy.", "attacking"),
    ("The government denied that soldiers killed protesters.", "killed"),
    ("The militia denied that it had killed, looted and burned homes.", "killed"),
])
def test_controls_a_denied_deed_stays_denied(pipeline, text: str, trigger: str) -> None:
    event = next(e for e in _events(pipeline, text) if e.trigger.text == trigger)
    assert event.modality.negated


@pytest.mark.parametrize("text, role, name, country, sector", [
    # armed groups of peace processes by their names and their officers' titles
    ("Tigray forces deny attacking Afar region in violation of peace deal.", "source", "TPLF", "ETH", "REB"),
    ("Tigray forces attacked an army base.", "source", "TPLF", "ETH", "REB"),
    ("South Sudan's opposition SPLM-IO was expelled from the unity government after Machar's arrest.",
     "target", "SPLM/A-IO", "SSD", "REB"),
    ("The SPLM-IO accused the army of attacking its bases.", "source", "SPLM/A-IO", "SSD", "REB"),
    ("MILF chairman Murad Ebrahim warned that delays in decommissioning funds could endanger the peace "
     "process.", "source", "Murad Ebrahim", "PHL", "REB"),
    ("The Estado Mayor Central said the army killed one of its commanders.", "source", "Military Forces of "
     "Colombia", "COL", "MIL"),
    # controls: names already known keep their coding
    ("Tigrayan forces attacked an army base.", "source", "TPLF", "ETH", "REB"),
    ("The SPLM-N attacked an army base.", "source", "SPLM-N", "SDN", "REB"),
    ("M23 chief Sultani Makenga rejected the proposal.", "source", "Sultani Makenga", "COD", "REB"),
])
def test_peace_process_groups_and_their_officers(pipeline, text: str, role: str, name: str, country: str,
                                                 sector: str) -> None:
    event = next(e for e in _events(pipeline, text) if e.primary or e.plover["type"] == "ASSAULT")
    assert (name, country, sector) in [(a.name, a.country, a.sector) for a in getattr(event, role)]


def test_a_region_named_as_a_party_is_its_states(pipeline) -> None:
    text = "TPLF leader Debretsion Gebremichael said Tigray would not disarm until Eritrean forces left."
    event = next(e for e in _events(pipeline, text) if e.trigger.text == "disarm")
    assert _countries(event.source) == {"ETH"}


@pytest.mark.parametrize("text, country, protest", [
    # voters are civilians, and a vote is no protest
    ("The peace accord was rejected by Colombian voters in a referendum in October 2016.", "COL", False),
    ("Voters rejected the new constitution.", None, False),
    # controls: a crowd's claim is a protest; the government rejecting stays the government
    ("Protesters rejected the new constitution.", None, True),
])
def test_voters_are_civilians_and_vote_no_protest(pipeline, text: str, country: str | None,
                                                  protest: bool) -> None:
    primary = _primary(pipeline, text)
    assert [(a.country, a.sector) for a in primary.source] == [(country, "CVL")]
    assert (primary.acled is not None and primary.acled.get("event_type") == "Protests") == protest


def test_control_the_government_rejecting_stays_the_government(pipeline) -> None:
    primary = _primary(pipeline, "The Colombian government rejected the peace accord.")
    assert [(a.country, a.sector) for a in primary.source] == [("COL", "GOV")]
