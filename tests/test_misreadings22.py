"""The event coder's known misreadings (issue #4, round coder22), each fixed as a construction, with news
sentences of our own and variants that must keep coding as before."""

from __future__ import annotations

import pytest


def _sub(ev) -> str | None:  # noqa: ANN001
    return (ev.acled or {}).get("sub_event_type")


def _sectors(actors) -> set:  # noqa: ANN001
    return {a.sector for a in actors}


# 1. "men on a motorbike shot dead a councillor": the parse hides "shot" in the doers' place phrase
@pytest.mark.parametrize(("text", "sector"), [
    ("Two men on a motorcycle shot dead a councillor in the town.", "GOV"),
    ("Three gunmen in a car shot dead a local journalist outside his home.", "JRN"),
    ("Two assassins on a motorbike shot dead a police commander in the city on Monday.", "COP"),
    ("Two men riding a motorbike shot dead a trader in the town.", "BUS"),
    ("Two gunmen riding a motorcycle shot dead a police officer.", "COP"),
])
def test_doers_on_a_motorbike_shot_dead_their_target(primary_of, text: str, sector: str) -> None:
    ev = primary_of(text)
    assert ev.plover["type"] == "ASSAULT" and ev.fatalities == 1
    assert sector in _sectors(ev.target) and "UAF" in _sectors(ev.source)


def test_a_doer_holding_a_gun_shot_dead_a_neighbour(primary_of) -> None:
    ev = primary_of("A man holding a gun shot dead his neighbour.")
    assert ev.plover["type"] == "ASSAULT" and ev.fatalities == 1 and ev.target


def test_doers_on_a_motorbike_who_only_shot_keep_their_parse(primary_of) -> None:
    ev = primary_of("Two gunmen on a motorbike shot a police officer in the city.")
    assert "COP" in _sectors(ev.target) and not ev.fatalities


# 2. "gunned down" a person named without a figure: one dead
@pytest.mark.parametrize(("text", "dead"), [
    ("Gunmen gunned down a trader in the market on Sunday.", 1),
    ("Unknown attackers gunned down a village chief near the border.", 1),
    ("A shopkeeper was gunned down outside his store on Friday night.", 1),
    ("Gunmen gunned down a pastor and his son near the church.", 2),
])
def test_gunned_down_without_a_figure_counts_the_victims(primary_of, text: str, dead: int) -> None:
    ev = primary_of(text)
    assert ev.plover["type"] == "ASSAULT" and ev.fatalities == dead


def test_gunned_down_people_without_a_figure_are_not_counted(primary_of) -> None:
    assert not primary_of("Gunmen gunned down people in the market on Sunday.").fatalities


# 3. a deed told in a time clause with its own subject: the main clause's actors did not do it
@pytest.mark.parametrize(("text", "trigger"), [
    ("Police fired tear gas at the crowd hours after a bomb killed three people at the rally.", "killed"),
    ("Police arrested 20 people on Monday, hours after a bomb killed five people at a market.", "killed"),
    ("Soldiers sealed off the town a day after an explosion killed four people nearby.", "explosion"),
    ("Troops raided the village after gunfire killed two farmers.", "gunfire"),
])
def test_a_deed_in_a_time_clause_is_not_the_main_clause_doers(event_at, text: str, trigger: str) -> None:
    ev = event_at(text, trigger)
    assert not _sectors(ev.source) & {"COP", "MIL"}


def test_a_time_clause_naming_its_doers_keeps_them(event_at) -> None:
    ev = event_at("Police fired tear gas at the crowd after protesters burned a police car.", "burned")
    assert "COP" not in _sectors(ev.source) and ev.source


# 4. people seized by kidnappers, "whose body was found" told in a clause the parse hangs on the verb
@pytest.mark.parametrize("text", [
    "Kidnappers seized a teacher on her way to school, whose body was later discovered.",
    "Gunmen seized a farmer on his way to the market, whose body was found two days later.",
])
def test_a_seized_captive_found_dead_is_the_primary_killing(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert ev.plover["type"] == "ASSAULT" and ev.fatalities == 1 and _sub(ev) == "Attack"
    assert "UAF" in _sectors(ev.source)


@pytest.mark.parametrize("text", [
    "Kidnappers seized a teacher on her way to school.",
    "Gunmen seized a nurse from her home on Tuesday.",
])
def test_a_seizure_with_no_death_stays_an_abduction(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert _sub(ev) == "Abduction/forced disappearance" and not ev.fatalities


# 5. "Police lathi-charged the farmers": the parse made the first half of the verb its subject
@pytest.mark.parametrize("text", [
    "Police lathi-charged the protesting farmers, leaving ten injured.",
    "Police lathi-charged the protesters outside parliament.",
    "Police lathi-charged hundreds of students demanding the release of their leader.",
])
def test_a_lathi_charge_on_protesters_is_crowd_control(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert ev.plover["type"] == "ASSAULT" and ev.plover["mode"] == "crowd-control"
    assert (ev.acled or {}).get("event_type") == "Protests" and "COP" in _sectors(ev.source)


# 6. "left 12 dead": a number counting a word for the dead or hurt is the toll
@pytest.mark.parametrize(("text", "dead"), [
    ("The attack left 12 dead.", 12),
    ("Gunmen attacked the village, leaving five dead.", 5),
    ("Clan militias clashed over a water point, leaving seven dead.", 7),
    ("Fighting between two clans over grazing land left 12 dead.", 12),
])
def test_left_n_dead_is_the_toll(primary_of, text: str, dead: int) -> None:
    assert primary_of(text).fatalities == dead


def test_left_n_wounded_counts_the_injured(primary_of) -> None:
    ev = primary_of("The grenade attack on the market left 14 wounded.")
    assert ev.injured == 14 and not ev.fatalities


# 7. a number after "between" counts the sides, not the dead
@pytest.mark.parametrize(("text", "dead"), [
    ("Revenge killings between two sections of the clan left 12 dead.", 12),
    ("Killings between two rival families claimed nine lives last week.", 9),
])
def test_the_sides_of_killings_are_no_toll(primary_of, text: str, dead: int) -> None:
    ev = primary_of(text)
    assert ev.fatalities == dead and ev.plover["type"] == "ASSAULT"


@pytest.mark.parametrize(("text", "dead", "hurt"), [
    ("The blast left 20 dead and 30 wounded.", 20, 30),
    ("The explosion left 30 wounded.", None, 30),
    ("The ambush left three soldiers dead and five wounded.", 3, 5),
])
def test_the_dead_and_wounded_an_attack_left_are_its_toll(primary_of, text: str, dead, hurt) -> None:  # noqa: ANN001
    ev = primary_of(text)
    assert ev.plover["type"] == "ASSAULT" and ev.fatalities == dead and ev.injured == hurt


# 8. a court judging a detention unlawful: the ruling is the news, the detention its background
@pytest.mark.parametrize("text", [
    "A court ruled the detention of the activist unlawful and ordered his release.",
    "The high court declared the arrest of the journalist illegal.",
    "The supreme court ruled that the detention of the opposition leader was unlawful.",
])
def test_a_court_ruling_a_detention_unlawful_is_the_event(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert ev.plover["type"] == "ACCUSE" and "JUD" in _sectors(ev.source)
    assert (ev.acled or {}).get("sub_event_type") != "Arrests"


def test_the_judged_detention_is_not_the_courts_deed(event_at) -> None:
    ev = event_at("The high court declared the arrest of the journalist illegal.", "arrest")
    assert "JUD" not in _sectors(ev.source)


@pytest.mark.parametrize("text", [
    "The army declared a curfew in the city.",
    "The rebels declared a ceasefire on Sunday.",
])
def test_declaring_a_measure_stays_the_measure(primary_of, text: str) -> None:
    assert primary_of(text).plover["type"] in ("COERCE", "RETREAT")


# 9. "killed a shopkeeper and injured two customers": the one killed is counted, not the hurt
@pytest.mark.parametrize(("text", "dead", "hurt"), [
    ("Armed robbers killed a shopkeeper and injured two customers.", 1, 2),
    ("Gunmen killed a farmer and wounded his wife.", 1, None),
    ("Gunmen killed a farmer and his wife.", 2, None),
])
def test_those_only_hurt_are_not_counted_dead(primary_of, text: str, dead: int, hurt) -> None:  # noqa: ANN001
    ev = primary_of(text)
    assert ev.fatalities == dead and ev.injured == hurt


# 10. "re-took", "re-captured": the prefixed verb, not a verb "re"
@pytest.mark.parametrize("text", [
    "The army re-took the village from the rebels.",
    "Troops re-captured the town on Monday.",
    "The town was re-taken by government forces.",
    "The army re-captured Port Amber (North Province) after it was taken over by rebels.",
])
def test_a_hyphen_prefixed_recapture_is_regained_territory(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert _sub(ev) == "Government regains territory" and "MIL" in _sectors(ev.source)


def test_a_hyphen_prefixed_arrest_stays_an_arrest(primary_of) -> None:
    ev = primary_of("Police re-arrested the opposition leader on Friday.")
    assert _sub(ev) == "Arrests" and "COP" in _sectors(ev.source)


# 11. "a controlled explosion of an IED": bomb disposal, and the device no attack of its own
@pytest.mark.parametrize("text", [
    "The army carried out a controlled explosion of an IED found near the school.",
    "Police carried out a controlled explosion of a suspicious device outside the bank.",
])
def test_a_controlled_explosion_of_a_device_is_disrupted_weapons_use(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert _sub(ev) == "Disrupted weapons use" and ev.plover["type"] != "ASSAULT"


def test_an_explosion_of_a_car_bomb_stays_an_attack(primary_of) -> None:
    ev = primary_of("An explosion of a car bomb killed five people.")
    assert ev.plover["type"] == "ASSAULT" and ev.fatalities == 5
