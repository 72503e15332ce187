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


@pytest.mark.parametrize("text, asker", [
    ("The UN humanitarian coordinator called for the workers to be freed unharmed.", "UN"),
    ("The UN called for the hostages to be released.", "UN"),
    ("The EU called for the journalists to be released immediately.", "EU"),
    ("Amnesty International called for the activists to be freed.", "Amnesty International"),
])
def test_a_call_for_people_to_be_freed_is_a_request_and_no_release(pipeline, text: str, asker: str) -> None:
    events = _events(pipeline, text)
    primary = next(e for e in events if e.primary)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("REQUEST", "yield")
    assert [a.name for a in primary.source] == [asker]
    assert all(e.modality.hypothetical for e in events if e.plover["type"] == "RETREAT")


@pytest.mark.parametrize("text", [
    # controls: a call on someone to free them, and a release that happened
    "The UN called on the rebels to free the hostages.",
    "The UN called for the release of the hostages.",
])
def test_other_calls_for_release_stay_requests(pipeline, text: str) -> None:
    assert _primary(pipeline, text).plover["type"] == "REQUEST"


def test_a_release_that_happened_stays_a_release(pipeline) -> None:
    primary = _primary(pipeline, "The rebels freed the hostages on Monday.")
    assert primary.plover["type"] == "RETREAT" and not primary.modality.hypothetical


def test_the_phone_call_of_private_life_is_no_event(pipeline) -> None:
    assert not [e for e in _events(pipeline, "She received a phone call from her son.") if e.primary]


@pytest.mark.parametrize("text, trigger, role, name, sector", [
    ("Gunmen abducted five aid workers in Borno state. The UN humanitarian coordinator called for the "
     "workers to be freed unharmed.", "freed", "target", "Aid Workers (Nigeria)", "NGO"),
    ("Gabon's army officers said on state television they had seized power. The officers said they had "
     "placed President Ali Bongo under house arrest.", "arrest", "source", "Military Forces of Gabon", "MIL"),
    ("Army officers in Niger said they had seized power. The officers detained President Mohamed Bazoum.",
     "detained", "source", "Military Forces of Niger", "MIL"),
    # controls: police officers and soldiers named again stay who they were
    ("Police arrested two protesters in Nairobi. The officers said they had detained the men for looting.",
     "detained", "source", "Police Forces of Kenya", "COP"),
    ("Nigerian soldiers killed ten militants in Borno. The soldiers also arrested two suspects.",
     "arrested", "source", "Military Forces of Nigeria", "MIL"),
])
def test_a_noun_named_again_is_the_actor_told_before(pipeline, text: str, trigger: str, role: str, name: str,
                                                      sector: str) -> None:
    event = next(e for e in _events(pipeline, text) if e.trigger.text == trigger)
    actors = getattr(event, role)
    assert [(a.name, a.sector) for a in actors] == [(name, sector)]


@pytest.mark.parametrize("text, trigger, role, parties", [
    ("Colombian government negotiators and ELN rebels resumed peace talks in Caracas on Monday. The two "
     "sides agreed to extend a ceasefire by six months.", "agreed", "source",
     ["Government of Colombia", "ELN"]),
    ("Fighting between the Sudanese army and the RSF intensified in Khartoum. The UN envoy urged both sides "
     "to stop the fighting.", "urged", "target", ["SAF", "RSF"]),
    ("Israel and Hamas negotiators met in Cairo. Mediators said both parties had agreed to a truce.",
     "agreed", "source", ["Government of Israel", "Hamas"]),
    ("Police and protesters clashed in Nairobi. Both sides blamed each other for the violence.", "blamed",
     "source", ["Police Forces of Kenya", "Protesters (Kenya)"]),
    # controls: two states named before, and two leaders
    ("India and China held talks on the border. The two countries agreed to pull back troops.", "agreed",
     "source", ["Government of India", "Government of China"]),
    ("Armenia and Azerbaijan held talks in Brussels. The two sides agreed to continue.", "agreed", "source",
     ["Government of Armenia", "Government of Azerbaijan"]),
])
def test_the_two_sides_are_the_parties_told_before(pipeline, text: str, trigger: str, role: str,
                                                   parties: list) -> None:
    event = next(e for e in _events(pipeline, text) if e.trigger.text == trigger)
    assert [a.name for a in getattr(event, role)] == parties


@pytest.mark.parametrize("text, trigger", [
    # controls: sides no sentence before names, and "all parties", are no one
    ("Both sides agreed to a ceasefire.", "agreed"),
    ("The UN urged all parties to stop the fighting.", "urged"),
    ("Rebels attacked a village in Mali. The UN called on all sides to respect the truce.", "called"),
])
def test_unnamed_sides_are_no_one(pipeline, text: str, trigger: str) -> None:
    event = next(e for e in _events(pipeline, text) if e.trigger.text == trigger)
    assert not [a for a in event.source + event.target if a.name not in ("UN",)]


@pytest.mark.parametrize("text, caller, label", [
    ("Arevalo called the decision an attempted coup by corrupt elites.", "GTM", "coup"),
    ("Opposition leader Maria Lopez called the arrest a coup.", "OPP", "coup"),
    ("Rights groups called the killings a massacre.", "HRI", "massacre"),
    ("The opposition called the trial a witch hunt.", "OPP", "hunt"),
])
def test_calling_a_deed_a_coup_is_the_callers_accusation(pipeline, text: str, caller: str,
                                                          label: str) -> None:
    events = _events(pipeline, text)
    primary = next(e for e in events if e.primary)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("ACCUSE", "disapprove")
    assert {a.country for a in primary.source} == {caller} or {a.sector for a in primary.source} == {caller}
    assert not any(e.trigger.text == label for e in events)


@pytest.mark.parametrize("text, target", [
    ("Hun Sen called the protests a coup attempt by the opposition party.", "OPP"),
    ("The president called the raid an act of aggression by Russian forces.", "MIL"),
])
def test_the_one_a_label_charges_is_the_target(pipeline, text: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ACCUSE"
    assert [a.sector for a in primary.target] == [target]


@pytest.mark.parametrize("text, plover", [
    # controls: a coup staged, a strike called
    ("Army officers staged a coup in Niger on Wednesday.", "COERCE"),
    ("The unions called a general strike for Monday.", "PROTEST"),
    ("The president called the attack cowardly.", "ACCUSE"),
])
def test_deeds_and_calls_that_are_no_labels(pipeline, text: str, plover: str) -> None:
    assert _primary(pipeline, text).plover["type"] == plover
