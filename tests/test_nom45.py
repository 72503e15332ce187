"""Round nom45: visits told in the passive or by a welcome on arrival, dialogue as consultation, events
ruled out or postponed, a nominal event's doer told by "from", possessors of what is done to someone, the
subject of an order or announcement as the doer of the event it names, and talks that collapsed. Sentences
written for the test, with controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="nom45"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _sides(event) -> tuple[list, list]:
    return ([(a.country, a.sector) for a in event.source], [(a.country, a.sector) for a in event.target])


# 1. A visit received: the visitor is the source (PLOVER), in the passive and when welcomed on arrival
@pytest.mark.parametrize("text, visitor, host", [
    ("South African President Cyril Ramaphosa was received by Saudi Crown Prince Mohammed bin Salman in "
     "Riyadh on Sunday.", "ZAF", "SAU"),
    ("Egyptian Foreign Minister Sameh Shoukry was received by King Abdullah in Amman on Monday.",
     "EGY", "JOR"),
    ("Saudi Crown Prince Mohammed bin Salman received South African President Cyril Ramaphosa in Riyadh.",
     "ZAF", "SAU"),
    ("Indian Prime Minister Narendra Modi was welcomed by Japanese Prime Minister Fumio Kishida on his "
     "arrival in Tokyo.", "IND", "JPN"),
    ("Kenyan President William Ruto was welcomed by Chinese officials at the airport in Beijing.",
     "KEN", "CHN"),
    ("Chinese President Xi Jinping welcomed French President Emmanuel Macron at the airport in Guangzhou.",
     "FRA", "CHN"),
    ("Brazilian President Lula was greeted by Argentine President Alberto Fernandez on arrival in Buenos "
     "Aires.", "BRA", "ARG"),
])
def test_a_visit_received_runs_from_the_visitor(pipeline, text: str, visitor: str, host: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("CONSULT", "visit")
    source, target = _sides(primary)
    assert source == [(visitor, "GOV")] and target == [(host, "GOV")]


@pytest.mark.parametrize("text, plover", [
    ("The European Union welcomed the decision by Iran to release the prisoners.", "SUPPORT"),
    ("The United Nations welcomed the agreement between the two sides.", "SUPPORT"),
    ("Ukraine received 30 tanks from Poland.", "AID"),
])
def test_a_welcome_of_a_decision_stays_praise(pipeline, text: str, plover: str) -> None:
    assert _primary(pipeline, text).plover["type"] == plover


def test_protesters_greeting_a_minister_are_no_visit(pipeline) -> None:
    events = _events(pipeline, "The minister was greeted by protesters outside the court.")
    assert not any(e.plover.get("mode") == "visit" for e in events)


# 2. A dialogue held is a consultation, as talks held are
@pytest.mark.parametrize("text, source, target", [
    ("China and Russia held a strategic dialogue in Beijing on Tuesday.", "CHN", "RUS"),
    ("India and the United States held their annual security dialogue in Washington.", "IND", "USA"),
    ("Japan and Australia held a dialogue on maritime security in Tokyo.", "JPN", "AUS"),
    ("China and Russia held talks in Beijing on Tuesday.", "CHN", "RUS"),
])
def test_a_dialogue_held_is_a_consultation(pipeline, text: str, source: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "CONSULT"
    assert [a.country for a in primary.source] == [source] and [a.country for a in primary.target] == [target]


@pytest.mark.parametrize("text", [
    "The opposition called for dialogue with the government.",
    "The president urged both sides to return to dialogue.",
])
def test_a_call_for_dialogue_stays_a_request(pipeline, text: str) -> None:
    assert _primary(pipeline, text).plover["type"] == "REQUEST"


# 3. An event ruled out, not planned, postponed or called off is kept, negated
@pytest.mark.parametrize("text, trigger, plover", [
    ("Britain has no plans to impose sanctions on Israeli ministers, a government spokesman said.",
     "sanctions", "SANCTION"),
    ("Britain ruled out imposing sanctions on Israeli ministers.", "sanctions", "SANCTION"),
    ("Germany ruled out sending tanks to Ukraine.", "sending", "AID"),  # arms given (aid48)
    ("The visit by Indonesian President Joko Widodo to Canberra was postponed because of the floods.",
     "visit", "CONSULT"),
    ("The president postponed his visit to Canberra.", "visit", "CONSULT"),
    ("The army has no intention of launching an offensive in the north.", "offensive", "ASSAULT"),
    ("Police postponed the arrest of the suspects.", "arrest", "COERCE"),
    ("The planned talks between the two sides were postponed.", "talks", "CONSULT"),
])
def test_an_event_called_off_is_negated(pipeline, text: str, trigger: str, plover: str) -> None:
    event = next(e for e in _events(pipeline, text) if e.trigger.text == trigger)
    assert event.plover["type"] == plover
    assert event.modality.negated


@pytest.mark.parametrize("text, plover", [
    ("Britain imposed sanctions on Israeli ministers.", "SANCTION"),
    ("The government called off the talks with the rebels.", "REJECT"),
    ("Britain ruled out sanctions on Israel.", "REJECT"),
    ("The union called off the strike.", "CONCEDE"),
    ("The EU plans to impose sanctions on Iran.", "THREATEN"),
    ("The army launched an offensive that was postponed twice before.", "ASSAULT"),
])
def test_events_done_or_called_off_keep_their_coding(pipeline, text: str, plover: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    assert not primary.modality.negated


# 4. "a warning from X": X made it
@pytest.mark.parametrize("text, plover, source", [
    ("The drills prompted a warning from Beijing.", "THREATEN", ("CHN", "GOV")),
    ("The naval exercise drew a sharp warning from Tokyo.", "THREATEN", ("JPN", "GOV")),
    ("The decision followed a complaint from India.", "ACCUSE", ("IND", "GOV")),
    ("The plan drew criticism from the opposition.", "ACCUSE", (None, "OPP")),
    ("Kyiv received a threat from Moscow.", "THREATEN", ("RUS", "GOV")),
])
def test_a_from_phrase_names_the_doer_of_words(pipeline, text: str, plover: str, source: tuple) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    source_sides, target_sides = _sides(primary)
    assert source_sides == [source]
    assert source not in target_sides


@pytest.mark.parametrize("text, plover", [
    ("The troops completed their withdrawal from the town.", "RETREAT"),
    ("Thousands joined a march from the university to parliament.", "PROTEST"),
])
def test_a_from_phrase_of_a_movement_is_a_place(pipeline, text: str, plover: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    assert all(a.sector not in ("EDU",) or a.name == "Protesters" for a in primary.source)


def test_a_release_from_prison_has_no_prison_doer(pipeline) -> None:
    primary = _primary(pipeline, "The activist spoke to reporters after his release from prison.")
    assert primary.plover["type"] == "RETREAT" and not primary.source


def test_an_act_that_drew_words_from_someone_is_not_their_doer(pipeline) -> None:
    events = _events(pipeline, "The crackdown drew condemnation from the United Nations.")
    words = next(e for e in events if e.trigger.text == "condemnation")
    assert words.plover["type"] == "ACCUSE" and [a.sector for a in words.source] == ["IGO"]


# 5. The owner of a deed done to someone is the one it was done to
@pytest.mark.parametrize("text, trigger, patient", [
    ("Navalny's detention was condemned by the European Union.", "detention", ("RUS", "OPP")),
    ("The United States condemned Navalny's detention.", "detention", ("RUS", "OPP")),
    ("The journalist's murder shocked the country.", "murder", (None, "JRN")),
    ("The opposition leader's arrest was reported by state media.", "arrest", (None, "OPP")),
])
def test_the_owner_of_a_deed_done_to_someone_undergoes_it(pipeline, text: str, trigger: str,
                                                          patient: tuple) -> None:
    event = next(e for e in _events(pipeline, text) if e.trigger.text == trigger)
    source, target = _sides(event)
    assert target == [patient] and patient not in source


@pytest.mark.parametrize("text", [
    "Navalny's detention was condemned by the European Union.",
    "The United States condemned Navalny's detention.",
])
def test_a_condemned_detention_is_not_aimed_at_the_detainee(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ACCUSE"
    assert ("RUS", "OPP") not in _sides(primary)[1]
    detention = next(e for e in _events(pipeline, text) if e.trigger.text == "detention")
    assert all(a.sector != "IGO" and a.country != "USA" for a in detention.source)


@pytest.mark.parametrize("text, trigger, doer, patient", [
    ("Russia's detention of the activist was condemned by the EU.", "detention", ("RUS", "GOV"),
     ("RUS", "OPP")),
    ("The army's arrest of the opposition leader drew criticism.", "arrest", (None, "MIL"), (None, "OPP")),
    ("The government's arrests of journalists were condemned.", "arrests", (None, "GOV"), (None, "JRN")),
    ("Boko Haram's abductions have terrorised the north.", "abductions", ("NGA", "REB"), None),
])
def test_the_owner_of_a_deed_done_to_someone_named_is_its_doer(pipeline, text: str, trigger: str, doer: tuple,
                                                               patient: tuple | None) -> None:
    event = next(e for e in _events(pipeline, text) if e.trigger.text == trigger)
    source, target = _sides(event)
    assert source == [doer]
    assert target == ([patient] if patient else [])


# 6. Who orders, announces, launches or begins an event a noun names is its source
@pytest.mark.parametrize("text, plover, source", [
    ("Russian President Vladimir Putin ordered a partial mobilisation of reservists.", "MOBILIZE",
     ("RUS", "GOV")),
    ("Russian President Vladimir Putin ordered a partial mobilization of reservists.", "MOBILIZE",
     ("RUS", "GOV")),
    ("Putin announced a mobilisation of 300,000 reservists.", "MOBILIZE", ("RUS", "GOV")),
    ("France ordered the deployment of 500 troops to Mali.", "MOBILIZE", ("FRA", "GOV")),
    ("Turkish President Recep Tayyip Erdogan announced a ban on imports from Israel.", "SANCTION",
     ("TUR", "GOV")),
    ("Ukraine began a counteroffensive in the south.", "ASSAULT", ("UKR", "GOV")),
    ("The army launched an offensive in the east.", "ASSAULT", (None, "MIL")),
])
def test_who_orders_a_named_event_does_it(pipeline, text: str, plover: str, source: tuple) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    assert _sides(primary)[0] == [source]


def test_forces_deployed_with_no_one_ordering_act(pipeline) -> None:
    primary = _primary(pipeline, "The deployment of French troops in Mali ended in 2022.")
    assert _sides(primary) == ([("FRA", "MIL")], [("MLI", "GOV")])


# 7. Talks that collapsed or broke down came to nothing: kept, negated, no party breaking relations
@pytest.mark.parametrize("text, trigger, source, target", [
    ("Peace talks between the Colombian government and FARC dissidents collapsed on Thursday.", "Peace talks",
     ("COL", "GOV"), ("COL", "REB")),
    ("Talks between the government and the rebels broke down.", "Talks", (None, "GOV"), (None, "REB")),
    ("Negotiations between Israel and Hamas stalled over the release of hostages.", "Negotiations",
     ("ISR", "GOV"), ("PSE", "REB")),
])
def test_talks_that_collapsed_are_negated(pipeline, text: str, trigger: str, source: tuple,
                                          target: tuple) -> None:
    events = _events(pipeline, text)
    talks = next(e for e in events if e.trigger.text == trigger)
    assert talks.plover["type"] == "CONSULT" and talks.modality.negated
    assert _sides(talks) == ([source], [target])
    assert not any(e.plover["type"] == "SANCTION" for e in events)


@pytest.mark.parametrize("text, plover", [
    ("The government broke off talks with the rebels.", "SANCTION"),
    ("Talks between the two sides resumed on Monday.", "CONSULT"),
    ("The talks with the rebels failed to produce an agreement.", "CONSULT"),
    ("The ceasefire took effect after two days of talks.", "RETREAT"),  # a truce that collapsed: truce49
])
def test_talks_held_or_broken_off_keep_their_coding(pipeline, text: str, plover: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover and not primary.modality.negated
