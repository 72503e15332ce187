"""Round riot45: where a crowd gathers is no side of its riot ("fans rioted at a stadium in Cairo"); a ruling
party's rally is a crowd's; a state of emergency is PLOVER's martial-law mode; a state that summons an envoy
"to protest" protests as a state. Sentences written for the test, with controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str):
    return next((e for e in pipeline.code(document_from_text(text, doc_id="riot45")) if e.primary), None)


@pytest.mark.parametrize("text", [
    "Fans rioted at a stadium in Cairo after the match.",
    "Students rioted at the university in Dhaka on Tuesday.",
    "Prisoners rioted at a jail in Guayaquil, leaving five dead.",
    "Hundreds of inmates rioted at the prison in Lusaka over food shortages.",
])
def test_a_riot_has_no_target_in_the_place_it_happened(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover["mode"]) == ("PROTEST", "riot")
    assert primary.acled["sub_event_type"] == "Violent demonstration"
    assert primary.target == []
    assert primary.source and primary.source[0].inter == 5


@pytest.mark.parametrize("text, target_inter", [
    # a crowd's violence aimed at someone keeps its target
    ("Israeli settlers beat a Palestinian farmer and threw stones at his house near Nablus.", 7),
    ("Rioters threw stones at police in Nairobi.", 1),
])
def test_a_riot_aimed_at_someone_keeps_them(pipeline, text: str, target_inter: int) -> None:
    primary = _primary(pipeline, text)
    assert primary.target and primary.target[0].inter == target_inter


@pytest.mark.parametrize("text, country", [
    ("The ruling party held a rally in Lahore.", "PAK"),
    ("The ruling party held a large rally in Nairobi on Saturday.", "KEN"),
])
def test_a_ruling_partys_rally_is_a_crowd(pipeline, text: str, country: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "PROTEST"
    assert primary.source[0].acled_actor.startswith("Protesters (")
    assert primary.source[0].inter == 6 and primary.source[0].country == country
    assert primary.target == []


@pytest.mark.parametrize("text, country", [
    ("Peru's President Dina Boluarte declared a 30-day state of emergency in Lima and Callao.", "PER"),
    ("Ecuador declared a state of emergency after prison riots left 20 dead.", "ECU"),
    ("The army imposed martial law in Thailand on Tuesday.", None),
    ("Ethiopia's parliament approved emergency rule in the Amhara region.", "ETH"),
])
def test_emergency_rule_is_the_martial_law_mode(pipeline, text: str, country: str | None) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover["mode"]) == ("COERCE", "martial-law")
    assert primary.cameo["code"] == "1724"
    if country:
        assert primary.source[0].country == country


@pytest.mark.parametrize("text", [
    "The government lifted the state of emergency on Monday.",
    "Parliament voted to end emergency rule in the north.",
])
def test_ending_emergency_rule_is_a_concession(pipeline, text: str) -> None:
    assert _primary(pipeline, text).plover["type"] == "CONCEDE"


@pytest.mark.parametrize("text, target", [
    ("The Ethiopian foreign ministry summoned Somalia's ambassador in Addis Ababa to protest remarks by "
     "Somali officials.", "SOM"),
    ("China summoned the Japanese ambassador to protest the visit.", "JPN"),
])
def test_a_state_summoning_an_envoy_to_protest_makes_no_crowd(pipeline, text: str, target: str) -> None:
    events = pipeline.code(document_from_text(text, doc_id="riot45"))
    protests = [e for e in events if e.trigger.text.lower() == "protest"]
    assert protests and all(e.plover["type"] == "ACCUSE" and e.acled is None for e in protests)
    assert any(a.country == target for e in events if e.primary for a in e.target)


@pytest.mark.parametrize("text", [
    "Thousands gathered in the capital to protest the new tax law.",
    "Farmers drove their tractors into the city to protest against low prices.",
])
def test_a_crowd_gathering_to_protest_stays_a_protest(pipeline, text: str) -> None:
    events = pipeline.code(document_from_text(text, doc_id="riot45"))
    assert any(e.plover["type"] == "PROTEST" and e.acled and e.acled["event_type"] == "Protests"
               for e in events)


@pytest.mark.parametrize("text, plover", [
    ("Indian and Chinese troops disengaged from the disputed border area.", "RETREAT"),
    ("The two armies completed their disengagement from the valley.", "RETREAT"),
    ("Hungary lifted its veto on the aid package for Ukraine.", "CONCEDE"),
    ("Turkey lifted its objections to Sweden's membership of the alliance.", "CONCEDE"),
])
def test_pulling_back_and_giving_way(pipeline, text: str, plover: str) -> None:
    assert _primary(pipeline, text).plover["type"] == plover


@pytest.mark.parametrize("text, trigger", [
    ("Sweden will join NATO after Turkey lifted its objections, diplomats said.", "lifted"),
    ("The army plans to retaliate after militants killed five soldiers.", "killed"),
    ("Talks will resume next week after Israel released 30 prisoners.", "released"),
])
def test_a_past_clause_under_a_plan_happened(pipeline, text: str, trigger: str) -> None:
    event = next(e for e in pipeline.code(document_from_text(text, doc_id="riot45"))
                 if e.trigger.text == trigger)
    assert not (event.modality.future or event.modality.hypothetical or event.modality.negated)


@pytest.mark.parametrize("text, trigger", [
    ("The rebels will attack the town if the army advances.", "attack"),
    ("The minister said he would resign if the bill passed.", "resign"),  # a stated intention: AGREE
])
def test_a_plan_or_condition_stays_unrealised(pipeline, text: str, trigger: str) -> None:
    event = next(e for e in pipeline.code(document_from_text(text, doc_id="riot45"))
                 if e.trigger.text == trigger)
    modality = event.modality
    assert modality.future or modality.hypothetical or event.plover["type"] in ("THREATEN", "AGREE")
