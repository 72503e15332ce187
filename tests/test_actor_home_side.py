"""ACLED's actor 1 country where the story's words could mislead it: two states' forces fighting each other
(the side at home acts first) and a crowd named by a city that the story places in another country than
the city's namesake capital. Sentences are our own."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


@pytest.mark.parametrize(("text", "country"), [
    ("On 3 March 2021, Indian and Pakistani troops exchanged fire across the Line of Control in Kotli "
     "district, Azad Kashmir. No casualties were reported.", "PAK"),
    ("On 3 March 2021, military forces of India and Pakistan exchanged fire across the LoC in Kotli "
     "district (AJK).", "PAK"),
    ("On 12 June 2021, soldiers of Azerbaijan and Armenia clashed near the border village of Sotk in "
     "Gegharkunik province, Armenia.", "ARM"),
])
def test_two_states_forces_fighting_the_home_side_acts_first(actor1_of, text, country):
    assert actor1_of(text).country == country


def test_talks_keep_the_first_named_side(pipeline):
    """Only a fight puts the side at home first: talks keep the order of the story."""
    events = pipeline.code(document_from_text("On 4 May 2021, Indian and Pakistani officials held talks "
                                              "in Islamabad."))
    event = next(e for e in events if e.primary)
    assert event.source[0].country == "IND"


@pytest.mark.parametrize(("text", "country"), [
    ("On 5 May 2021, rioters from Tripoli hurled stones at Lebanese Army soldiers in Beddawi, North "
     "Lebanon.", "LBN"),
    ("On 6 May 2021, rioters from Tripoli burned tyres in Tripoli, Lebanon.", "LBN"),
    ("On 6 May 2021, protesters from Tripoli blocked the coastal road in Misrata, Libya.", "LBY"),
    ("On 9 May 2021, students from Paris marched through Lyon against tuition fees.", "FRA"),
])
def test_a_crowd_named_by_a_city_is_of_the_city_the_story_placed(actor1_of, text, country):
    assert actor1_of(text).country == country


def test_both_sides_doers_of_a_deadly_exchange(actor1_of):
    """Both forces the doers and civilians the victims: the side at home still comes first."""
    text = ("On 3 March 2021, military forces of India and Pakistan exchanged fire across the LoC in Kotli "
            "district (AJK), in which three Pakistani civilians were killed and another two were wounded.")
    assert actor1_of(text).country == "PAK"
