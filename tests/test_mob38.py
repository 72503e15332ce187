"""A crowd that stones people named by a pronoun sets on people, no protest (lead, session 38). The rule
makes the mob killing of articles_f/02 hold whatever the trained model says. Sentences written for these
tests."""

from __future__ import annotations


def _acled_of(events_of, text: str, trigger: str) -> tuple[str, str]:  # noqa: ANN001 - the fixture
    event = next(e for e in events_of(text) if e.trigger.text == trigger)
    return event.acled["event_type"], event.acled["sub_event_type"]


def test_a_crowd_stoning_men_the_police_held_is_mob_violence(events_of) -> None:
    text = ("Officers searching a minibus at a checkpoint in Gonaives found guns and detained the four men "
            "inside. Residents then pulled them away from the officers, stoned them and burned them in the "
            "street.")
    assert _acled_of(events_of, text, "stoned") == ("Riots", "Mob violence")


def test_a_crowd_stoning_police_vehicles_at_a_protest_stays_a_violent_demonstration(events_of) -> None:
    text = ("Hundreds of residents marched on the district office in Kisumu on Monday to protest against "
            "water cuts and stoned police vehicles.")
    assert _acled_of(events_of, text, "stoned") == ("Riots", "Violent demonstration")


def test_students_stoning_a_police_station_stay_a_violent_demonstration(events_of) -> None:
    text = ("Police arrested two teachers in Kisumu on Monday. Students then marched to the police station "
            "and stoned it, demanding their release.")
    assert _acled_of(events_of, text, "stoned") == ("Riots", "Violent demonstration")
