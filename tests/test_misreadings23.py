"""The event coder's known misreadings (issue #4, round coder23), each fixed as a construction, with news
sentences of our own and variants that must keep coding as before."""

from __future__ import annotations

import pytest


def _sub(ev) -> str | None:  # noqa: ANN001
    return (ev.acled or {}).get("sub_event_type")


def _sectors(actors) -> set:  # noqa: ANN001
    return {a.sector for a in actors}


# 1. "a man armed with a rifle shot dead two guards": the parse makes the doer the root and hangs the verb
# on the weapon
@pytest.mark.parametrize(("text", "dead", "sector"), [
    ("A man armed with a rifle shot dead three villagers in the north.", 3, "CVL"),
    ("A man armed with a shotgun shot dead a trader at the market.", 1, "BUS"),
    ("A man armed with a rifle shot dead two shopkeepers at the bank.", 2, "CVL"),
    ("A gunman wearing a mask shot dead a pastor outside his church on Sunday.", 1, "REL"),
])
def test_a_doer_described_by_a_participle_shot_dead_the_target(primary_of, text: str, dead: int,
                                                               sector: str) -> None:
    ev = primary_of(text)
    assert ev.plover["type"] == "ASSAULT" and ev.fatalities == dead
    assert sector in _sectors(ev.target) and ev.source


def test_an_armed_man_who_only_stabbed_keeps_his_victims_alive(primary_of) -> None:
    ev = primary_of("A man armed with a knife stabbed three students at the school.")
    assert ev.plover["type"] == "ASSAULT" and not ev.fatalities and "EDU" in _sectors(ev.target)


def test_an_armed_man_seen_is_no_event(events_of) -> None:
    assert not [e for e in events_of("A soldier armed with a rifle was seen near the border.")
                if e.plover["type"] == "ASSAULT"]


# 2. lynching kills one per victim told
@pytest.mark.parametrize(("text", "dead"), [
    ("A mob lynched a man accused of theft in the town on Sunday.", 1),
    ("Villagers lynched three suspected thieves near the market.", 3),
    ("An angry crowd lynched two men suspected of kidnapping a child.", 2),
    ("A suspected cattle thief was lynched by residents on Friday.", 1),
])
def test_a_lynching_counts_its_victims_dead(primary_of, text: str, dead: int) -> None:
    ev = primary_of(text)
    assert ev.fatalities == dead and _sub(ev) == "Mob violence"


# 4. a running toll told with "since", "so far", "this year" is the campaign's, not the night's dispersal
@pytest.mark.parametrize("text", [
    "Security forces used tear gas to break up a rally on Tuesday night during a crackdown that has killed "
    "25 people so far.",
    "Riot police fired tear gas at students marching in the capital, in a crackdown which has left 30 people "
    "dead this year.",
    "Police fired tear gas to disperse protesters in the capital during a crackdown that has killed 40 "
    "people since March.",
])
def test_a_running_toll_lends_no_deaths_to_a_dispersal(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert not ev.fatalities and _sub(ev) == "Protest with intervention"


def test_a_dispersal_that_kills_stays_excessive_force(primary_of) -> None:
    ev = primary_of("Police fired tear gas and live rounds at protesters in the capital, killing two.")
    assert ev.fatalities == 2 and _sub(ev) == "Excessive force against protesters"


def test_a_crackdown_that_killed_tonight_keeps_its_toll(primary_of) -> None:
    ev = primary_of("Soldiers shot dead three protesters during a march on Sunday.")
    assert ev.fatalities == 3 and _sub(ev) == "Excessive force against protesters"


# 6. "backed by" / "supported by" describing the doers: no support event, and no weapon of the deed
@pytest.mark.parametrize("text", [
    "Bulldozers backed by riot police demolished the homes in the settlement.",
    "Troops backed by helicopter gunships attacked the rebel base.",
    "Soldiers supported by fighter jets stormed the militant camp on Monday.",
    "Rebels backed by foreign fighters seized the town on Sunday.",
])
def test_backing_that_describes_the_doers_is_no_support_event(events_of, text: str) -> None:
    events = events_of(text)
    assert not [e for e in events if e.plover["type"] == "SUPPORT"]
    assert next(e for e in events if e.primary).plover["type"] == "ASSAULT"


@pytest.mark.parametrize("text", [
    "Troops backed by helicopter gunships attacked the rebel base.",
    "Soldiers supported by fighter jets stormed the militant camp on Monday.",
])
def test_ground_troops_with_air_support_fight_a_battle(primary_of, text: str) -> None:
    assert (primary_of(text).acled or {}).get("event_type") == "Battles"


def test_aircraft_that_attack_stay_an_air_strike(primary_of) -> None:
    assert _sub(primary_of("Fighter jets bombed the rebel base on Monday.")) == "Air/drone strike"


@pytest.mark.parametrize("text", [
    "The United States backed the peace plan on Monday.",
    "Russia supported the resolution at the council.",
])
def test_a_state_that_backs_a_plan_still_supports_it(primary_of, text: str) -> None:
    assert primary_of(text).plover["type"] == "SUPPORT"


# 7. a court ruling a deed unlawful accuses whoever did it
@pytest.mark.parametrize(("text", "sector"), [
    ("The constitutional court declared the president's decree unconstitutional.", "GOV"),
    ("The supreme court ruled the interior ministry's deportation order illegal.", "GOV"),
    ("A court ruled the army's detention of the journalist illegal.", "MIL"),
    ("A court ruled the government's ban on protests unlawful.", "GOV"),
])
def test_a_ruling_targets_the_author_of_the_act_ruled_on(primary_of, text: str, sector: str) -> None:
    ev = primary_of(text)
    assert ev.plover["type"] == "ACCUSE" and sector in _sectors(ev.target)


# 9. "relatives who say their sons were abducted by X held a protest": the parse makes the deed they tell of
# the root; the protest is the news, by the relatives
@pytest.mark.parametrize(("text", "protest"), [
    ("Parents who say their daughters were abducted by gunmen staged a sit-in outside the governor's office.",
     "sit-in"),
    ("Relatives who claim their children have been kidnapped by rebels held a protest in front of the "
     "governor's office on Monday.", "protest"),
    ("Villagers who allege their homes were burned by soldiers staged a protest in the town.", "protest"),
])
def test_people_who_tell_of_a_deed_protest(primary_of, text: str, protest: str) -> None:
    ev = primary_of(text)
    assert ev.plover["type"] == "PROTEST" and ev.trigger.text == protest
    assert ev.source and "REB" not in _sectors(ev.source) and "MIL" not in _sectors(ev.source)


def test_people_who_say_a_deed_was_done_report_the_deed(primary_of) -> None:
    ev = primary_of("Residents say their homes were destroyed by the army.")
    assert ev.plover["type"] == "ASSAULT" and "MIL" in _sectors(ev.source)
