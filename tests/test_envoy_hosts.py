"""An envoy serves abroad: the unnamed office that summons or expels "the French ambassador" is not
France's, though France is the only country the story names (`counterparts.other_side`). Sentences written
for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "envoys"), [
    ("The foreign ministry summoned the French ambassador on Tuesday and demanded an explanation.", "FRA"),
    ("The ministry expelled two Russian diplomats on Friday, accusing them of spying.", "RUS"),
    ("The foreign ministry summoned the German envoy over his remarks on the election.", "DEU"),
])
def test_the_host_is_not_the_envoys_state(primary_of, text: str, envoys: str) -> None:
    main = primary_of(text)
    assert main.target[0].country == envoys
    assert main.source and main.source[0].country != envoys
    assert main.source[0].sector == "GOV"


def test_a_named_host_keeps_its_country(primary_of) -> None:
    main = primary_of("Germany's foreign ministry summoned the Russian ambassador on Monday.")
    assert (main.source[0].country, main.target[0].country) == ("DEU", "RUS")
