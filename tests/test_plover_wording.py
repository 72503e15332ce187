"""PLOVER wording audit: the ordinary ways news tells each PLOVER type (tests/data/plover_wording.tsv),
written for this test in the older wire style of the PLOVER gold and in today's. Coded as `chronica code`
codes them, each sentence's primary event must have one of the PLOVER types its row accepts. A row with a
third field is a known gap: a strict xfail with that reason, so that a fix shows up as an unexpected pass."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from chronica.ingest import document_from_text

DATA = Path(__file__).parent / "data" / "plover_wording.tsv"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def _rows() -> list:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        plover, text, *reason = line.split("\t")
        marks = [pytest.mark.xfail(reason=reason[0], strict=True)] if reason else []
        rows.append(pytest.param(plover, text, marks=marks, id=text[:50]))
    return rows


ROWS = _rows()


def test_every_type_is_told_many_ways() -> None:
    texts = [row.values[1] for row in ROWS]
    assert len(texts) == len(set(texts)) >= 500
    firsts = Counter(row.values[0].split("|")[0] for row in ROWS)
    assert set(firsts) <= TYPES and min(firsts[t] for t in TYPES - {"CONCEDE"}) >= 5


@pytest.mark.parametrize("plover, text", ROWS)
def test_the_primary_event_has_the_type(pipeline, plover: str, text: str) -> None:
    events = pipeline.code(document_from_text(text, doc_id="plover-wording"))
    primary = next((e for e in events if e.primary), None)
    assert primary is not None, "no event"
    assert primary.plover["type"] in plover.split("|"), f"{primary.plover['type']} ({primary.trigger.text})"


@pytest.mark.parametrize("text", [
    "She left the office at five o'clock.",
    "The coach left the team bus early.",
    "The guards, armed with batons, stood at the gate.",
    "Thousands gathered for the funeral of the singer.",
    "Hundreds gathered to watch the parade.",
    "The teacher questioned the pupils about their homework.",
    "The museum opened its doors to visitors on Sunday.",
    "He filed a tax return last week.",
    "She handed the keys to her neighbour.",
    "The two friends exchanged gifts at the party.",
    "The senator rammed the bill through the committee.",
    "The singer reaffirmed her love of jazz.",
    "Residents paraded through the town for the carnival.",
    "She was fasting for Ramadan.",
    "The board approved a grant for the library.",
    "The charity gave the school new books.",
    "The scientists looked into the telescope.",
    "The survey questioned 1,000 people about their voting plans.",
    "The nurse treated the patient for a cold.",
    "She let the dog into the garden.",
    "He wants to leave the city before the holidays.",
    "Fans poured into the stadium before kick-off.",
    "The company rushed the new phone to market.",
    "The teacher asked the pupils to close their books.",
    "The farmer shipped his cattle to market.",
    "The president arrived at the scene of the fire.",
    "The couple supplied the guests with drinks.",
    "The postman delivered a letter to the house.",
    "The referee stopped the game after a ten-minute stoppage.",
    "The family vacated the house in June.",
    "The car slammed into a tree.",
    "He reserved the right to change his mind.",
    "The shop withheld payment from the supplier.",
    "The students improved their grades.",
    "Dancers performed complex maneuvers on the ice.",
    "The company dispatched its experts to the factory.",
    "The critic described the film as a masterpiece.",
    "Old friends gathered in the village hall.",
    "The children mocked the new pupil.",
    "He brushed off the dust from his coat.",
    "The city embraced the new mayor.",
    "The storm sank a fishing boat off the coast.",
    "The coach told the players to stop complaining.",
    "The chef softened the butter before baking.",
    "The children jammed the door with a chair.",
    "The doctor held the baby for a photograph.",
    "The company waived the delivery fee for new customers.",
    "The couple upgraded their kitchen.",
    "The museum accredited two new guides.",
    "The school dissolved the chess club.",
    "The family expressed remorse at the funeral.",
    "The opposition movement elected a new chairman.",
    "The company announced a hiring freeze.",
    "Share prices suffered a sharp pullback on Friday.",
    "The singer played to an audience of 2,000 fans.",
    "Heavy rain prevented the march of the school band.",
    "The suspension of the football player angered fans.",
    "The airline resumed flights after the storm.",
    "The company scaled back its plans for a new factory.",
    "The lifting of the weights took an hour.",
    "The town celebrated the establishment of a new library.",
    "The car parked beside the curb.",
    "The teacher stopped the march of the pupils at the gate.",
    "The university announced joint research with a drug company.",
])
def test_everyday_senses_are_no_events(pipeline, text: str) -> None:
    events = pipeline.code(document_from_text(text, doc_id="plover-wording"))
    assert not [e for e in events if e.primary]


@pytest.mark.parametrize("text, country, sector", [
    ("A British businessman has been put under investigation in France for his role in a bribery scandal.",
     "FRA", "GOV"),
    ("A Canadian citizen is being investigated in China on suspicion of spying.", "CHN", "GOV"),
    ("A French aid worker was sentenced to ten years in prison in Iran.", "IRN", "JUD"),
    ("A former minister was convicted of fraud in Kenya on Tuesday.", "KEN", "JUD"),
])
def test_an_inquiry_or_verdict_with_no_doer_is_the_state_of_its_place(pipeline, text: str, country: str,
                                                                       sector: str) -> None:
    events = pipeline.code(document_from_text(text, doc_id="plover-wording"))
    primary = next(e for e in events if e.primary)
    assert primary.source and (primary.source[0].country, primary.source[0].sector) == (country, sector)


def test_the_subject_of_a_governing_verb_names_the_doer_of_its_clause(pipeline) -> None:
    """'Cuban troops began leaving Angola': the troops leave, a withdrawal."""
    events = pipeline.code(document_from_text("Cuban troops began leaving Angola under the peace plan.",
                                              doc_id="plover-wording"))
    primary = next(e for e in events if e.primary)
    assert primary.plover["type"] == "RETREAT" and primary.source[0].country == "CUB"


def _primary(pipeline, text: str):  # noqa: ANN001, ANN202
    events = pipeline.code(document_from_text(text, doc_id="plover-wording"))
    return next(e for e in events if e.primary)


@pytest.mark.parametrize("text, source, target", [
    ("The army and the militia fought for control of the airport on Friday.", ["the army"], "the militia"),
    ("Ghana and Togo signed a border agreement in Accra.", ["GHA"], "TGO"),
    ("Chadian troops and Libyan rebels fought fierce battles near the oasis.", ["TCD"], "LBY"),
    ("Peruvian and Ecuadorean negotiators met in Brasilia.", ["PER"], "ECU"),
])
def test_the_second_side_of_a_reciprocal_act_is_its_target_only(pipeline, text: str, source: list[str],
                                                                  target: str) -> None:
    """'The army and the militia fought': the militia is fought, not a second doer."""
    primary = _primary(pipeline, text)
    got = [a.country or a.text.lower() for a in primary.source]
    assert got == source
    assert target in {a.country or a.text.lower() for a in primary.target}


def test_a_group_claiming_an_attack_is_its_doer(pipeline) -> None:
    """'IS claimed responsibility for the bombing': the bombing is the topic of the claim, and IS did it."""
    primary = _primary(pipeline, "IS claimed responsibility for the bombing of the market.")
    assert primary.plover["type"] == "ASSAULT" and primary.source[0].name == "Islamic State"


def test_a_reported_violation_is_the_speakers_accusation(pipeline) -> None:
    """'Greece said Turkish jets had violated its airspace': Greece accuses Turkey's forces."""
    primary = _primary(pipeline, "Athens said Turkish fighter jets had violated Greek airspace on Monday.")
    assert primary.plover["type"] == "ACCUSE"
    assert (primary.source[0].country, primary.target[0].country) == ("GRC", "TUR")


def test_regret_over_a_decision_is_disapproval_of_its_maker(pipeline) -> None:
    """'Ottawa expressed regret over India's decision': disapproval of India, not an apology."""
    primary = _primary(pipeline, "Ottawa expressed regret over India's decision to expel two diplomats.")
    assert primary.plover["type"] == "ACCUSE"
    assert (primary.source[0].country, primary.target[0].country) == ("CAN", "IND")


def test_a_general_strike_names_no_general(pipeline) -> None:
    """'Bus drivers called a general strike': no army general is its target."""
    primary = _primary(pipeline, "Bus drivers called a general strike for Friday.")
    assert all(a.sector != "MIL" for a in primary.target)


def test_a_visit_told_by_the_journey_has_visitor_and_host(pipeline) -> None:
    """'The Chinese premier arrived in Tokyo on a four-day visit': China visits, Japan hosts."""
    primary = _primary(pipeline, "The Chinese premier arrived in Tokyo on a four-day official visit.")
    assert primary.plover["type"] == "CONSULT"
    assert (primary.source[0].country, primary.target[0].country) == ("CHN", "JPN")


def test_a_stated_inquiry_is_the_inquiry(pipeline) -> None:
    """'said it would investigate reports that troops had killed civilians': the inquiry is the news, the
    killing its topic; a verbal act that someone says they will do is done in the saying."""
    primary = _primary(pipeline, "The UN said on Monday it would investigate reports that troops had killed "
                                 "civilians in the village.")
    assert primary.plover["type"] == "ACCUSE" and primary.trigger.text == "investigate"


def test_a_noun_subject_of_the_main_clause_is_the_news(pipeline) -> None:
    """'A ceasefire took hold after a week of fighting': the ceasefire, not the week of fighting before it."""
    primary = _primary(pipeline, "A ceasefire took hold in the border town after a week of fighting.")
    assert primary.plover["type"] == "RETREAT" and primary.trigger.text == "ceasefire"
    assert primary.evidence["trigger"]["root"]


def test_what_talks_are_on_is_their_topic(pipeline) -> None:
    """'An agreement was reached on the release of the prisoners': the agreement, not a release."""
    primary = _primary(pipeline, "An agreement was reached on Friday on the release of the fishermen.")
    assert primary.plover["type"] in {"SUPPORT", "AGREE"}


def test_fighting_before_a_taking_is_still_its_setting(pipeline) -> None:
    """A span of fighting before the news is its setting, and a taking of a town stays the news."""
    primary = _primary(pipeline, "Rebels seized the town after two days of fighting.")
    assert primary.trigger.text == "seized"


@pytest.mark.parametrize("text, plover, source", [
    ("Mubarak, in Washington, confers with Reagan", "CONSULT", "EGY"),
    ("Kohl, in Paris, confers with Mitterrand on defence", "CONSULT", "DEU"),
])
def test_a_headline_verb_tagged_as_a_noun_is_the_act_of_its_subject(pipeline, text: str, plover: str,
                                                                     source: str) -> None:
    """plover17: the parser reads a headline's "confers" as a plural noun; it is still the verb."""
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover and primary.source[0].country == source


@pytest.mark.parametrize("text, target", [
    ("Iraq: no talks with Iran until troops withdraw", "IRN"),
    ("Syria: no talks with Israel", "ISR"),
])
def test_a_headline_ruling_out_talks_is_a_refusal(pipeline, text: str, target: str) -> None:
    """plover17: "X: no talks with Y" is X's refusal to meet Y, not talks that did not happen."""
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "REJECT" and primary.target[0].country == target


def test_talks_with_no_outcome_stay_talks(pipeline) -> None:
    """A verb says what became of the talks: no headline refusal."""
    primary = _primary(pipeline, "Iraq and Iran held talks in Geneva but no agreement was reached.")
    assert primary.plover["type"] == "CONSULT"


@pytest.mark.parametrize("text, plover", [
    ("Police prevented a march by opposition supporters in the capital on Saturday.", "COERCE"),
    ("Japan put a freeze on new loans to China.", "SANCTION"),
    ("Washington's suspension of aid to Nicaragua took effect on Monday.", "SANCTION"),
    ("The guerrillas declared their readiness to negotiate with the government.", "AGREE"),
    ("Egypt held Libya responsible for the bombing of its embassy in Khartoum.", "ACCUSE"),
])
def test_the_act_a_noun_or_an_adjective_carries_is_primary(pipeline, text: str, plover: str) -> None:
    """plover17: a gathering prevented is a ban, not the gathering; a freeze or a suspension of aid is a
    sanction with no verb of its own; a readiness to act is an offer; holding someone responsible blames
    them."""
    assert _primary(pipeline, text).plover["type"] == plover
