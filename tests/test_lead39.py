"""Riots named as the charge (lead, session 39): a riot named as what people are held, tried or charged for
("students detained after last week's riots", "young men involved in the riots") is the report's background,
so a protest for their release stays peaceful. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_riots36 import _acled


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
