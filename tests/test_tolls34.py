"""News-style tolls (round tolls34, tests/data/acled_tolls_audit_b.yaml): numbers written out in words with a
hundred or a thousand ("one hundred and thirty-two"), the victims a toll "included" (a part of the dead, not
the toll), and "an unknown number" killed. Sentences written for this test, each rule with a control."""

from __future__ import annotations

import pytest

from chronica.evaluate.scores import recorded_deaths

PUB = "2023-05-12"  # a Friday


@pytest.mark.parametrize("text, dead", [
    ("Gunmen attacked a village near Djenne on Sunday, killing one hundred and thirty-two civilians.", 132),
    ("Fighters killed two hundred and five villagers in the district last week, officials said.", 205),
    ("One hundred and twelve people were killed when a bomb went off at a market, police said.", 112),
    ("Bandits killed two hundred forty residents of three villages on Monday, the governor said.", 240),
    # controls: a round number, a number beside a number of another noun
    ("Gunmen killed one hundred villagers near the town on Sunday, police said.", 100),
    ("Gunmen killed one hundred villagers and three soldiers near the town on Sunday, police said.", 103),
])
def test_a_number_written_in_words_past_a_hundred(primary_of, text, dead):
    ev = primary_of(text, PUB)
    assert recorded_deaths(ev) == dead


@pytest.mark.parametrize("text, dead", [
    ("Rebels killed nine people overnight in a village near Beni. The victims included four women, officials "
     "said.", 9),
    ("Gunmen shot dead eleven miners at a gold site in the north. The dead included two boys, police "
     "said.", 11),
    # controls: a toll of its own in the next sentence; the part as the only toll told
    ("Gunmen attacked a village near Beni overnight. Nine people were killed, officials said.", 9),
    ("Gunmen attacked a village near Beni overnight. The victims included four women, officials said.", 4),
])
def test_the_victims_a_toll_included_are_a_part_of_it(primary_of, text, dead):
    ev = primary_of(text, PUB)
    assert recorded_deaths(ev) == dead
