"""Road-blocking with barricades (lead, session 39): ACLED's code book counts demonstrators who barricade a
road, street, route or highway as a violent demonstration, while a road blocked by sitting or standing on it,
and people who barricade themselves inside a building, stay a peaceful protest. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from test_riots36 import _acled


@pytest.mark.parametrize("text", [
    "On 3 June 2023, bus drivers barricaded the main road into Kairouan to demand unpaid wages.",
    "Hundreds of residents barricaded streets in the Guinean town of Kindia on Tuesday over power cuts.",
    "On 3 June 2023, market traders barricaded the highway between Kumasi and Accra to protest a new levy.",
])
def test_barricaded_roads_are_a_violent_demonstration(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == ("Riots", "Violent demonstration")
    assert all(a.inter == 5 for a in event.source)


@pytest.mark.parametrize("text", [
    "On 3 June 2023, nurses barricaded themselves inside the offices of the health ministry in Freetown to"
    " demand unpaid wages.",
    "On 3 June 2023, bus drivers blocked the main road into Kairouan to demand unpaid wages.",
    "On 3 June 2023, farmers sat on the highway between Kumasi and Accra to protest a new levy.",
])
def test_roads_blocked_without_barricades_and_sit_ins_stay_peaceful(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    "Residents of Bujumbura marched on Monday to demand the release of students detained after last week's"
    " riots.",
    "On 2 June 2023, hundreds of people marched in Sfax to demand the release of young men involved in the"
    " riots.",
])
def test_a_riot_named_as_the_charge_leaves_the_protest_peaceful(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    "Residents of Bujumbura rioted on Monday after students were detained; they burned tyres and stoned the"
    " police.",
    "On 2 June 2023, riots broke out in Sfax after the trial of 12 young men; youths torched two police"
    " cars.",
])
def test_riots_told_as_news_stay_riots(primary_of, text: str) -> None:
    assert _acled(primary_of(text))[0] == "Riots"
