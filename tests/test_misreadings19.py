"""The event coder's known misreadings (issue #4, round coder19), each fixed as a construction, with news
sentences of our own and variants that must keep coding as before."""

from __future__ import annotations

import pytest


def _subs(events) -> list[str]:  # noqa: ANN001
    return [(e.acled or {}).get("sub_event_type") for e in events]


# 1. "a march by farmers turned violent": any gathering "by X" that turned violent is a riot
@pytest.mark.parametrize("text", [
    "A march by farmers turned violent in the capital on Tuesday.",
    "A strike by dock workers turned violent on Friday when police moved in.",
    "A procession by opposition supporters turned violent near the presidential palace.",
    "A sit-in by nurses degenerated into violence outside the main hospital.",
    "A rally by students turned violent after the police blocked the route.",
])
def test_a_gathering_by_people_that_turned_violent_is_a_riot(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert ev.plover["type"] == "PROTEST" and ev.plover["mode"] == "riot"
    assert ev.acled["sub_event_type"] == "Violent demonstration"


@pytest.mark.parametrize(("text", "mode"), [
    ("Farmers marched peacefully through the capital on Tuesday.", "demo"),
    ("Dock workers went on strike on Monday over unpaid wages.", "strike"),
])
def test_a_peaceful_march_or_strike_stays_peaceful(primary_of, text: str, mode: str) -> None:
    ev = primary_of(text)
    assert ev.plover["mode"] == mode and ev.acled["sub_event_type"] == "Peaceful protest"


# 2. "police broke up a brawl between two families": mob violence, the families' own
@pytest.mark.parametrize("text", [
    "Police broke up a brawl between two families in the village.",
    "A brawl between rival fans outside the stadium left three people injured.",
    "A mass brawl broke out at a wedding in the town on Saturday.",
])
def test_a_brawl_is_mob_violence(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert ev.plover["type"] == "ASSAULT" and ev.plover["mode"] == "beat" and ev.cameo["code"] == "182"
    assert ev.acled["sub_event_type"] == "Mob violence"
    assert all(a.sector != "COP" for a in ev.source)  # the police who broke it up did not brawl


@pytest.mark.parametrize("text", [
    "The senator is locked in a legal brawl with his former party.",
    "Officers were called to a pub to break up a bar brawl.",
])
def test_a_legal_brawl_or_a_bar_fight_is_no_political_violence(events_of, text: str) -> None:
    assert not any(e.plover["type"] == "ASSAULT" for e in events_of(text))


# 3. and 5. force denied, or non-lethal, is no excessive force (ACLED: a protest with intervention)
@pytest.mark.parametrize("text", [
    "Students demonstrated in the capital. Police dispersed them with water cannon but had not beaten "
    "anyone, a spokesman said.",
    "Teachers protested outside the ministry. Police fired tear gas at the crowd, but no one was killed.",
    "Hundreds of farmers marched on parliament. Police fired tear gas and rubber bullets at the protesters; "
    "no one was hurt.",
    "Nurses rallied outside the health ministry. Police fired water cannon at the crowd and said officers "
    "did not beat anyone.",
])
def test_force_denied_or_non_lethal_is_an_intervention(primary_of, text: str) -> None:
    assert primary_of(text).acled["sub_event_type"] == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "Students demonstrated in the capital. Police beat the protesters with batons.",
    "Workers protested in the city. Police fired live ammunition, killing two protesters.",
    "Hundreds marched on parliament. Police fired tear gas and then opened fire on the crowd.",
])
def test_real_excessive_force_stays_excessive(primary_of, text: str) -> None:
    assert primary_of(text).acled["sub_event_type"] == "Excessive force against protesters"


def test_a_beating_denied_is_negated(events_of) -> None:
    events = events_of("The officers had not beaten anyone, the police spokesman said.")
    beatings = [e for e in events if e.plover["mode"] == "beat"]
    assert beatings and all(e.modality.negated for e in beatings)


# 4. "left Moscow without signing the agreement": the act after "without" was not done
@pytest.mark.parametrize(("text", "kind"), [
    ("The president left Moscow without signing the agreement.", "SUPPORT"),
    ("The delegation walked out of the talks without signing the ceasefire deal.", "SUPPORT"),
    ("The envoy flew home without meeting the president.", "CONSULT"),
    ("The rebels withdrew from the town without firing a shot.", "ASSAULT"),
])
def test_an_act_left_undone_is_negated(events_of, text: str, kind: str) -> None:
    undone = [e for e in events_of(text) if e.plover["type"] == kind]
    assert undone and all(e.modality.negated for e in undone)


@pytest.mark.parametrize("text", [
    "The two leaders signed the agreement in Moscow.",
    "The minister signed the deal without consulting parliament.",
])
def test_an_act_done_stays_done(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert ev.plover["type"] == "SUPPORT" and not ev.modality.negated


# 6. a whole conflict's tally is background to the story's own act
@pytest.mark.parametrize(("text", "kind"), [
    ("The two sides agreed on a prisoner swap on Friday. The fighting has left thousands dead since 2014.",
     "AGREE"),
    ("Russian troops began withdrawing from the border town on Monday. Thousands have been killed in the "
     "conflict since 2014.", "RETREAT"),
    ("The government and the rebels signed a peace deal on Sunday. More than 13,000 people have been killed "
     "in the war.", "SUPPORT"),
    ("The army pulled out of the northern province on Tuesday. The insurgency has killed tens of thousands "
     "of people since 2009.", "RETREAT"),
])
def test_a_conflicts_tally_is_background(primary_of, text: str, kind: str) -> None:
    assert primary_of(text).plover["type"] == kind


def test_recent_deaths_in_the_fighting_are_news(primary_of) -> None:
    ev = primary_of("Three soldiers have been killed in the fighting since Monday, the army said.")
    assert ev.plover["type"] == "ASSAULT"


# 7. "killed two guards and abducted an engineer": the abduction is an event of its own
@pytest.mark.parametrize("text", [
    "Gunmen killed two guards and abducted an engineer at the oil site.",
    "Bandits shot dead a farmer and kidnapped his two sons in the village on Sunday.",
])
def test_an_abduction_after_a_killing_is_its_own(events_of, primary_of, text: str) -> None:
    assert "Abduction/forced disappearance" in _subs(events_of(text))
    ev = primary_of(text)
    assert ev.plover["type"] == "ASSAULT" and ev.acled["sub_event_type"] == "Attack"


def test_a_killing_beside_a_seizure_is_the_news(primary_of) -> None:
    ev = primary_of("Militants killed three soldiers and seized a local official in an attack on the town.")
    assert ev.fatalities == 3


def test_people_rounded_up_and_shot_are_one_attack(events_of) -> None:
    events = events_of("Gunmen rounded up five men and shot them dead.")
    assert "Abduction/forced disappearance" not in _subs(events)
    assert "Arrests" not in _subs(events)


def test_an_abduction_alone_stays_an_abduction(primary_of) -> None:
    ev = primary_of("Gunmen abducted an engineer at the oil site.")
    assert ev.acled["sub_event_type"] == "Abduction/forced disappearance"


# 8. "called a general strike for Monday": a planned protest, no appeal
@pytest.mark.parametrize("text", [
    "The opposition called a general strike for Monday.",
    "The union announced a nationwide strike for next week.",
    "Transport unions called a two-day strike for Thursday and Friday over fuel prices.",
    "Activists called a rally for Saturday in the capital.",
])
def test_a_strike_called_for_a_day_is_planned(events_of, primary_of, text: str) -> None:
    ev = primary_of(text)
    assert ev.plover["type"] == "PROTEST" and ev.modality.future
    assert all(e.plover["type"] != "REQUEST" for e in events_of(text))


def test_a_strike_called_on_a_day_took_place(primary_of) -> None:
    ev = primary_of("The unions called a general strike on Monday, shutting schools and banks in the city.")
    assert ev.plover["type"] == "PROTEST" and not ev.modality.future


def test_a_strike_for_some_days_is_no_day_to_come(primary_of) -> None:
    assert not primary_of("The opposition called a general strike for three days.").modality.future


@pytest.mark.parametrize("text", [
    "The opposition called for calm.",
    "The opposition called for a general strike on Monday.",
])
def test_a_call_for_something_is_still_an_appeal(primary_of, text: str) -> None:
    assert primary_of(text).plover["type"] == "REQUEST"


# 9. the partitives are data
def test_partitives_are_read_from_the_lexicon(primary_of) -> None:
    from chronica.extract import triggers
    from chronica.extract.lexicon import lexicon

    assert {"hundred", "consignment", "last"} <= lexicon().partitives
    assert not hasattr(triggers, "PARTITIVES")
    assert primary_of("The rebels recruited hundreds of child soldiers.").plover["type"] == "MOBILIZE"
    assert primary_of("The militia handed over the last of its weapons.").plover["type"] == "RETREAT"
