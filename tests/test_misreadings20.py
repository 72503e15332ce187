"""The event coder's known misreadings (issue #4, round coder20), each fixed as a construction, with news
sentences of our own and variants that must keep coding as before."""

from __future__ import annotations

import pytest


def _sub(ev) -> str | None:  # noqa: ANN001
    return (ev.acled or {}).get("sub_event_type")


# 1. live fire on protesters, with no protest event of its own: excessive force
@pytest.mark.parametrize("text", [
    "Security forces fired tear gas, rubber bullets and live rounds at protesters in the capital, killing "
    "two people.",
    "Riot police fired live ammunition at demonstrators outside the governor's office on Friday.",
    "Soldiers fired tear gas and live rounds at marchers near the bridge, wounding several.",
    "Police fired tear gas at demonstrators in the port city, killing a teenager.",
])
def test_lethal_force_on_protesters_is_excessive_force(primary_of, text: str) -> None:
    assert _sub(primary_of(text)) == "Excessive force against protesters"


@pytest.mark.parametrize("text", [
    "Police fired tear gas at protesters in the capital.",
    "Security forces fired tear gas and rubber bullets at protesters outside parliament on Monday.",
])
def test_tear_gas_alone_stays_an_intervention(primary_of, text: str) -> None:
    assert _sub(primary_of(text)) == "Protest with intervention"


# 2. people abducted, then killed: a killing of its own, with its dead, beside the abduction
@pytest.mark.parametrize(("text", "dead"), [
    ("Gunmen abducted three traders on the highway and killed them.", 3),
    ("Armed men kidnapped two farmers near the village and later killed them.", 2),
    ("Militants abducted a schoolteacher and beheaded him, local officials said.", 1),
    ("Bandits kidnapped four miners at the site and killed them the next day.", 4),
])
def test_captives_killed_are_a_killing_with_its_dead(events_of, primary_of, text: str, dead: int) -> None:
    events = events_of(text)
    assert any(e.plover["mode"] == "abduct" for e in events)  # the abduction is kept
    ev = primary_of(text)
    assert ev.plover["type"] == "ASSAULT" and ev.plover["mode"] != "abduct"
    assert ev.fatalities == dead and _sub(ev) == "Attack"


@pytest.mark.parametrize("text", [
    "Gunmen abducted three traders on the highway on Monday.",
    "Armed men kidnapped two aid workers in the north of the country.",
])
def test_an_abduction_alone_stays_an_abduction(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert ev.plover["mode"] == "abduct" and not ev.fatalities
    assert _sub(ev) == "Abduction/forced disappearance"


def test_abducted_and_killed_with_one_object_stays_one_attack(events_of) -> None:
    events = events_of("Gunmen abducted and killed three traders on the highway.")
    assert len(events) == 1 and events[0].fatalities == 3 and _sub(events[0]) == "Attack"


# 3. mob fighting told with a verb: a brawl (mob violence)
@pytest.mark.parametrize("text", [
    "Rival supporters brawled outside the stadium after the final.",
    "Fans of the two clubs scuffled near the railway station on Saturday.",
    "Villagers from two clans came to blows over grazing land.",
    "Youths traded blows with a rival group in the central market.",
    "Supporters of the two candidates exchanged blows outside a polling station.",
])
def test_mob_fighting_verbs_are_mob_violence(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert ev.plover["type"] in ("ASSAULT", "PROTEST") and ev.cameo["code"] in ("182", "145")
    assert _sub(ev) == "Mob violence"


@pytest.mark.parametrize("text", [
    "Protesters scuffled with police outside parliament.",
    "Demonstrators traded blows with riot police near the ministry.",
])
def test_protesters_fighting_police_stay_a_violent_demonstration(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert ev.plover["mode"] == "riot" and _sub(ev) == "Violent demonstration"


def test_a_bar_brawl_noun_stays_no_event(events_of) -> None:
    assert not any(e.plover["type"] == "ASSAULT" for e in events_of(
        "Officers were called to a pub to break up a bar brawl."))


# 4. a toll update ("the number killed ... rose to 13") gives its figure to the event it names
@pytest.mark.parametrize(("text", "kind", "value"), [
    ("The number killed in Sunday's ambush rose to 13.", "fatalities", 13),
    ("The number of dead from the car bombing has climbed to 40, officials said.", "fatalities", 40),
    ("The number of people killed in the attack on the market rose to at least 27.", "fatalities", 27),
    ("The number of people wounded in the blast rose to about 60.", "injured", 60),
    ("The death toll from Saturday's bombing rose to about 20, officials said.", "fatalities", 20),
])
def test_a_toll_update_counts_for_the_event_it_names(primary_of, text: str, kind: str, value: int) -> None:
    ev = primary_of(text)
    assert ev.plover["type"] == "ASSAULT" and getattr(ev, kind) == value


def test_a_number_of_things_is_no_toll(events_of) -> None:
    assert not any(e.fatalities for e in events_of("The number of schools hit in the region rose to 13."))


# 5. a statement whose object is a deed the story tells as news elsewhere: the deed is the primary event
@pytest.mark.parametrize(("text", "ptype", "trigger"), [
    ("Amnesty International condemns the expulsion of a Reuters correspondent. The correspondent was ordered "
     "to leave the country on Monday after reporting on the protests.", "SANCTION", "ordered"),
    ("Human rights groups condemned the arrest of the opposition leader. Police detained him at his home in "
     "the capital on Tuesday, his lawyer said.", "COERCE", "detained"),
    ("The opposition denounced the killing of two students. Soldiers shot dead the two students at a "
     "checkpoint outside the city on Friday.", "ASSAULT", "shot dead"),
    ("Press freedom groups criticised the government over the detention of three reporters. The reporters "
     "were arrested at the airport on Sunday as they tried to board a flight.", "COERCE", "arrested"),
])
def test_the_deed_a_statement_condemns_is_primary_when_the_story_tells_it(
        primary_of, text: str, ptype: str, trigger: str) -> None:
    ev = primary_of(text)
    assert ev.plover["type"] == ptype and ev.trigger.text == trigger and ev.sentence == 1


@pytest.mark.parametrize(("text", "ptype"), [
    ("Amnesty International condemned the execution of three prisoners in the capital.", "ACCUSE"),
    ("The UN appealed for calm in the capital after a week of unrest.", "REQUEST"),
    ("The opposition condemned the government on Sunday. Its leader said the vote was rigged.", "ACCUSE"),
    ("The UN urged the authorities to halt the expulsion of refugees.", "REQUEST"),
])
def test_a_statement_alone_or_with_no_deed_told_stays_primary(primary_of, text: str, ptype: str) -> None:
    assert primary_of(text).plover["type"] == ptype


# 6. a delay given to leave is an expulsion
@pytest.mark.parametrize(("text", "target"), [
    ("The government gave the ambassador 72 hours to leave the country.", None),
    ("The authorities gave the foreign reporters 48 hours to leave the country.", "JRN"),
    ("Two diplomats were given 72 hours to leave the country.", None),
    ("Kenya gave the Somali envoy a week to leave.", None),
    ("Both correspondents were summoned by the security services on Friday and told to leave.", "JRN"),
])
def test_a_delay_to_leave_is_an_expulsion(primary_of, text: str, target: str | None) -> None:
    ev = primary_of(text)
    assert ev.plover["type"] == "SANCTION" and ev.plover["mode"] == "expel" and ev.cameo["code"] == "166"
    if target:
        assert any(a.sector == target for a in ev.target)


def test_an_order_to_leave_stays_an_expulsion_and_a_delay_to_surrender_an_ultimatum(primary_of) -> None:
    assert primary_of("The government ordered the ambassador to leave the country within 72 hours.").plover[
        "mode"] == "expel"
    assert primary_of("The army gave the rebels 48 hours to surrender.").plover["type"] == "THREATEN"


def test_a_delay_to_leave_a_flat_is_no_event(events_of) -> None:
    assert not any(e.plover["type"] == "SANCTION" for e in events_of(
        "The landlord gave the family two weeks to leave the flat."))
