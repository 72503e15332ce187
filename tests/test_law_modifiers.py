"""A law's or a bill's noun modifier says what it is about, not whose it is: protesters "against a foreign
agent law" are not against the police. A possessor or a demonym still owns it. Sentences written for
these tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def target_of(primary_of):
    return lambda text: [(a.country, a.sector) for a in primary_of(text).target]


@pytest.mark.parametrize("text", [
    "Thousands of people protested in the capital on Friday against a foreign agent law.",
    "Students rallied against the army reform bill outside parliament on Monday.",
    "Farmers marched against the police powers bill in the northern city.",
    "Workers protested against the new security forces law on Tuesday.",
])
def test_a_modifier_of_a_law_is_no_owner(target_of, text: str) -> None:
    assert not any(sector in ("COP", "MIL") for _, sector in target_of(text))


@pytest.mark.parametrize("text, country", [
    ("Protesters marched against Hungary's new media law on Sunday.", "HUN"),
    ("Demonstrators denounced the Chinese security law in Hong Kong.", "CHN"),
])
def test_a_possessor_or_a_demonym_still_owns_it(target_of, text: str, country: str) -> None:
    assert (country, "GOV") in target_of(text)
