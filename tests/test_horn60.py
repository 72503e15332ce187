"""Horn of Africa probes (round horn60): a capitalised plural noun after a dateline's dash is a common noun
("KHARTOUM, May 3 - Drones hit ..."); a town the tagger calls a person is a place when an apposition names
its kind ("X, the capital of Y") or an armed group strikes it; a country that only owns a proposal gives no
story country; forces a state will send to a place that is no country are a deployment announced; "fighting
displaced 30,000 people" makes the people victims; "sexual violence by X" is a sexual assault; a deal named
"a cessation of hostilities agreement" keeps its signers. Sentences written for the test, with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return list(pipeline.code(document_from_text(text, doc_id="horn60", published="2025-06-10")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if word in e.trigger.text.split())


def _flags(event) -> str:
    m = event.modality
    return "".join(c for c, on in (("N", m.negated), ("H", m.hypothetical), ("F", m.future)) if on)


# 1. dateline nouns (horn-14): the weapon or the doer after the dash is read as a common noun
@pytest.mark.parametrize("text, word, sub", [
    ("KASSALA, June 3, 2025 - Drones hit a power station in Kassala on Tuesday, witnesses said.", "hit",
     "Air/drone strike"),
    ("EL OBEID (Reuters) - Drones struck a fuel depot near the airport on Monday.", "struck",
     "Air/drone strike"),
    ("MOGADISHU, June 2 - Mortars hit a market in the capital on Sunday.", "hit",
     "Shelling/artillery/missile attack"),
    # controls: already a common noun, or another weapon
    ("Drones struck a fuel depot near the airport on Monday.", "struck", "Air/drone strike"),
    ("KASSALA, June 3, 2025 - A drone hit a power station in Kassala on Tuesday.", "hit", "Air/drone strike"),
])
def test_dateline_weapon_nouns(pipeline, text, word, sub):
    event = _event(pipeline, text, word)
    assert event.acled and event.acled["sub_event_type"] == sub


def test_dateline_doers_and_names(pipeline):
    gunmen = _event(pipeline, "GAROWE, June 2 - Gunmen killed four soldiers at a checkpoint on Sunday.",
                    "killed")
    assert gunmen.source and gunmen.source[0].sector == "UAF"
    # a people's name and a person's name after the dash stay names
    said = _events(pipeline, "NAIROBI, June 2 (Reuters) - Kenyans protested against the tax bill on Tuesday.")
    assert any(e.source and e.source[0].country == "KEN" for e in said)


# 2. towns the tagger calls persons (horn-2): the place of the strike, never a person struck
@pytest.mark.parametrize("text, town", [
    ("RSF fighters stormed Kadugli, the capital of South Kordofan, on Sunday.", "Kadugli"),
    ("The RSF besieged El Obeid, the capital of North Kordofan, last week.", "El Obeid"),
    ("The RSF seized Wad Madani, the capital of Gezira state, on Saturday.", "Wad Medani"),
    ("The RSF attacked Kadugli on Sunday, residents said.", "Kadugli"),
    ("Fighters looted shops during the attack on Zalingei, witnesses said.", "Zalinjay"),
    # controls: named as towns already
    ("The army shelled Nyala, the capital of South Darfur, on Sunday.", "Nyala"),
    ("Fighting broke out in El Obeid, Sudan, on Sunday.", "El Obeid"),
])
def test_person_tagged_towns(pipeline, text, town):
    events = _events(pipeline, text)
    primary = next(e for e in events if e.primary)
    assert primary.location is not None and primary.location.name == town
    assert not any(a.name in ("Kadugli", "El Obeid") and a.country is None for a in primary.target)


def test_person_struck_stays_person(pipeline):
    # no armed doer: a person named like a town stays a person
    event = _event(pipeline, "The senator attacked Warren during the debate on Monday.", "attacked")
    assert event.location is None or event.location.name != "Warren"


# 3. proposers (horn-7): the country of a proposal is the other party's, not the bare army's
@pytest.mark.parametrize("text, word, country", [
    ("The RSF announced a ceasefire on Friday, hours after the army turned down a US proposal.", "turned",
     "SDN"),
    ("The army turned down an Egyptian proposal on Friday.", "turned", None),
    ("The army welcomed a Qatari initiative for talks.", "welcomed", None),
    # controls: the army's own country told
    ("Sudan's army turned down an Egyptian proposal on Friday.", "turned", "SDN"),
    ("Soldiers shot dead a Kenyan trader in Juba.", "shot", "SSD"),
])
def test_proposal_owner_is_no_home(pipeline, text, word, country):
    event = _event(pipeline, text, word)
    assert event.source and event.source[0].sector == "MIL"
    assert event.source[0].country == country


# 4. announced deployments (horn-12): a deployment flagged future, not a threat
@pytest.mark.parametrize("text, word", [
    ("Somalia will deploy 3,000 more troops to the Gedo region next month, the minister said.", "deploy"),
    ("The army said it would send reinforcements to Babanusa.", "send"),
    ("Kenya will deploy more troops to the border town of Mandera.", "deploy"),
])
def test_announced_deployment(pipeline, text, word):
    event = _event(pipeline, text, word)
    assert event.plover["type"] == "MOBILIZE"
    assert "F" in _flags(event)


@pytest.mark.parametrize("text, word", [
    ("The junta will deploy troops against the strikers, the minister warned.", "deploy"),
    ("Ethiopia will send troops into Somalia, the prime minister said.", "send"),
])
def test_deployment_threats_stay(pipeline, text, word):
    assert _event(pipeline, text, word).plover["type"] == "THREATEN"


def test_deployment_done_stays(pipeline):
    event = _event(pipeline, "Somalia deployed 3,000 more troops to the Gedo region on Monday.", "deployed")
    assert event.plover["type"] == "MOBILIZE" and "F" not in _flags(event)


# 5. fighting that displaced people (horn-8): the people are victims, no riot
@pytest.mark.parametrize("text", [
    "Fighting in Lower Shabelle displaced 12,000 people, aid agencies said.",
    "Clashes in Beledweyne displaced 8,000 people last week.",
    "Heavy fighting in Galmudug displaced 5,000 residents.",
])
def test_fighting_displaced_people(pipeline, text):
    events = _events(pipeline, text)
    assert not any(e.acled and e.acled["event_type"] == "Riots" for e in events)
    assert not any(a.name in ("Clashes", "Fighting") for e in events for a in e.source)
    moved = [e for e in events if e.plover["type"] == "RETREAT"]
    assert moved and moved[0].target and moved[0].target[0].sector == "CVL"


def test_fighting_killed_people_control(pipeline):
    event = _event(pipeline, "Fighting in Lower Shabelle killed 12 people.", "Fighting")
    assert event.acled["event_type"] == "Battles" and event.fatalities == 12


# 6. sexual violence as a noun (horn-11): told with its doer or place
@pytest.mark.parametrize("text", [
    "Displaced women described sexual violence by militiamen at a checkpoint near Tawila.",
    "Aid workers documented sexual violence by soldiers at the camps.",
])
def test_sexual_violence_noun(pipeline, text):
    event = _event(pipeline, text, "violence")
    assert event.acled["sub_event_type"] == "Sexual violence"


@pytest.mark.parametrize("text", [
    "The ministry hosted a workshop on sexual violence in Addis Ababa.",
    "Sexual violence is a weapon of war, the envoy told the council.",
    "Intercommunal violence killed nine people in Jonglei.",
])
def test_sexual_violence_controls(pipeline, text):
    events = _events(pipeline, text)
    assert not any(e.acled and e.acled.get("sub_event_type") == "Sexual violence" for e in events)


# 7. deals named "<noun> of <...> agreement" (horn-10): the signers kept
@pytest.mark.parametrize("text", [
    "The government and the SPLM-IO signed a cessation of hostilities agreement in Khartoum.",
    "The government and the SPLM-IO signed a permanent ceasefire agreement in Khartoum.",
])
def test_named_deal_signers(pipeline, text):
    event = next(e for e in _events(pipeline, text) if e.trigger.text == "agreement")
    assert event.source and event.source[0].country == "SSD"
    assert event.target and event.target[0].name == "SPLM/A-IO"
