"""Protests told apart from riots and from no event (round protests34): texts that tell no protest held - a
strike announced or threatened, a petition, an online campaign, a rally planned or called off - code no
Protests event that an ACLED export would write; and the wordings the protests audit
(tests/data/acled_protests_audit.yaml) found coded wrong, each with a control. Sentences written for these
tests."""

from __future__ import annotations

import pytest


def _exported(events) -> list:  # noqa: ANN001
    """The events an ACLED export writes: typed, and not negated, hypothetical or future."""
    return [e for e in events if e.acled and not (e.modality.negated or e.modality.hypothetical
                                                    or e.modality.future)]


def _types(events_of, text: str) -> set[tuple[str, str]]:
    """The ACLED types of the events of a text an export writes."""
    return {(e.acled["event_type"], e.acled["sub_event_type"]) for e in _exported(events_of(text))}


@pytest.mark.parametrize("text", [
    "The Kenya National Union of Teachers announced on Monday that its members will go on strike next week.",
    "A petition calling for the release of the jailed activists has gathered 100,000 signatures.",
    "Activists in Lagos launched an online campaign on Tuesday against police brutality.",
    "The opposition said it plans to hold a rally in Nairobi next Saturday.",
    "Organisers called off the planned march in Belgrade on Friday after talks with the government.",
    "Doctors in Lagos threatened to strike if their salaries are not paid by the end of the month.",
    "Truckers in Santiago warned on Monday that they would block highways if fuel prices rise.",
    "Farmers in Lyon plan to hold a protest against the new regulations next month.",
])
def test_a_protest_not_held_is_no_protest_event(events_of, text: str) -> None:
    assert not any(t[0] == "Protests" for t in _types(events_of, text)), _types(events_of, text)


@pytest.mark.parametrize("text", [
    "Teachers went on strike in Nakuru on Monday and marched to the county offices.",
    "About 500 farmers held a rally in Jombang on Tuesday to demand fertiliser subsidies.",
])
def test_a_protest_held_is_one(events_of, text: str) -> None:  # controls of the test above
    assert ("Protests", "Peaceful protest") in _types(events_of, text)


@pytest.mark.parametrize("text", [
    "Troops opened fire on picketing miners at Marikana on Thursday, killing 34.",
    "Police fired tear gas at striking teachers in Nairobi on Monday.",
])
def test_a_participle_before_people_describes_them(events_of, text: str) -> None:
    assert any(t[0] == "Protests" for t in _types(events_of, text)), _types(events_of, text)


@pytest.mark.parametrize("text", [
    "The gunmen fled after striking a soldier with a machete in Kasese on Monday.",
    "Gunmen fired at miners in Zamfara on Monday, killing three.",
])
def test_a_blow_and_an_attack_on_workers_stay(events_of, text: str) -> None:  # controls
    assert not any(t[0] == "Protests" for t in _types(events_of, text)), _types(events_of, text)


@pytest.mark.parametrize("text", [
    "Police fired tear gas at teachers on strike in Kisumu on Monday.",
    "Police fired live ammunition at striking workers in Gazipur on Monday, killing one worker.",
])
def test_workers_on_strike_met_by_force_are_protesters(events_of, text: str) -> None:
    assert any(t[0] == "Protests" for t in _types(events_of, text)), _types(events_of, text)


@pytest.mark.parametrize("text", [
    "Police fired tear gas at the crowd of looters in Kisumu on Monday.",
    "Gunmen fired at farmers working on their fields in Zamfara on Monday, killing one farmer.",
])
def test_force_on_others_is_no_protest(events_of, text: str) -> None:  # controls
    assert not any(t[0] == "Protests" for t in _types(events_of, text)), _types(events_of, text)


@pytest.mark.parametrize("text", [
    "Protesters in Belgrade tried to storm the parliament building on Tuesday, throwing stones and bottles at"
    " police.",
    "Demonstrators attempted to storm the governor's office in Kano on Monday.",
])
def test_a_crowds_tried_storming_is_its_riot(events_of, text: str) -> None:
    assert ("Riots", "Violent demonstration") in _types(events_of, text), _types(events_of, text)


@pytest.mark.parametrize("text", [
    "Police tried to disperse the protesters in Belgrade on Tuesday.",
    "Protesters in Belgrade tried to march to the parliament building on Tuesday.",
])
def test_other_attempts_stay_unrealised(events_of, text: str) -> None:  # controls
    assert ("Riots", "Violent demonstration") not in _types(events_of, text), _types(events_of, text)
