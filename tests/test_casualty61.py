"""Casualty wording in news (round casualty61): the tolls told in a clause after a semicolon ("Gunmen attacked
a bus; five passengers were killed and 12 wounded"), with the act or its doers named again ("; the attackers
killed five", "The attack killed 12 people"), or as a claim ("; the group claimed 40 soldiers killed") are
the act's; people "killed as fighting between the army and rebels raged" are the fight's dead; "leaving seven
dead and 20 injured" counts both; suspects killed in a gunfight or "crossfire" with police were the police's
target; "shot dead <title> <Name>" kills the one named; number words ("killing nineteen.", "Twenty five
soldiers"); "claimed the attack on a church on Sunday, which killed nine" gives the attack its toll.
Sentences written for this test, each group with controls that must not change."""

from __future__ import annotations

import pytest

from chronica.evaluate.scores import recorded_deaths

PUB = "2024-06-03"  # a Monday


def _injured(ev) -> int:  # noqa: ANN001 - an Event
    return (ev.injured or 0) if ev is not None else 0


# 1. casualty clauses after a semicolon, and the act or its doers named again
@pytest.mark.parametrize("text, trigger, dead, hurt", [
    ("Gunmen attacked a bus near Kaduna on Sunday; five passengers were killed and 12 wounded.", "attacked",
     5, 12),
    ("Militants stormed a hotel in Mogadishu on Friday; at least 15 people were killed, police said.",
     "stormed", 15, 0),
    ("Gunmen attacked a bus near Kaduna on Sunday; five passengers were killed, 12 were wounded and 10 were "
     "abducted.", "attacked", 5, 12),
    ("Gunmen attacked a bus near Kaduna on Sunday; the attackers killed five passengers and wounded 12.",
     "attacked", 5, 12),
    ("Gunmen attacked a bus near Kaduna on Sunday; they killed five passengers.", "attacked", 5, 0),
    ("Gunmen attacked a bus near Kaduna on Sunday; the attack killed five passengers.", "attacked", 5, 0),
    ("Gunmen attacked a bus near Kaduna on Sunday. The attack killed five passengers.", "attacked", 5, 0),
    ("Gunmen attacked a bus near Kaduna on Sunday. The attackers killed five passengers and wounded 12.",
     "attacked", 5, 12),
    ("Al-Shabaab attacked a military base near Balad; the group said it killed 40 soldiers.", "attacked", 40,
     0),
    # controls: as before (a clause without a doer, "and" instead of the semicolon, the next sentence)
    ("Bandits attacked a village in Katsina on Sunday; eleven villagers were killed.", "attacked", 11, 0),
    ("Gunmen attacked a bus near Kaduna on Sunday, and five passengers were killed and 12 wounded.",
     "attacked", 5, 12),
    ("Gunmen attacked a bus near Kaduna on Sunday. Five passengers were killed and 12 wounded.", "attacked",
     5, 12),
    # controls: another day's dead, a deed of another kind, another side's killing
    ("Gunmen attacked a bus near Kaduna on Sunday; on Monday, five people were killed in Zaria.", "attacked",
     0, 0),
    ("Gunmen attacked a bus near Kaduna on Sunday. On Monday the attackers killed five villagers in Zaria.",
     "attacked", 0, 0),
    ("Gunmen attacked a bus near Kaduna on Sunday; police arrested two suspects.", "attacked", 0, 0),
])
def test_a_toll_told_after_a_semicolon_or_again_is_the_acts(primary_of, text, trigger, dead, hurt):
    ev = primary_of(text, PUB)
    assert (ev.trigger.text, recorded_deaths(ev), _injured(ev)) == (trigger, dead, hurt)


@pytest.mark.parametrize("text, dead", [
    ("Gunmen attacked a bus near Kaduna on Sunday; the attackers killed five passengers.", 5),
    ("Gunmen attacked a bus near Kaduna on Sunday. The attack killed five passengers.", 5),
])
def test_the_toll_told_again_is_no_second_event(events_of, text, dead):
    tolls = [recorded_deaths(e) for e in events_of(text, PUB) if e.plover["type"] == "ASSAULT"]
    assert tolls == [dead]


# 2. killed as fighting raged: the fight's dead, its sides the two named
@pytest.mark.parametrize("text, dead, sides", [
    ("Twenty people were killed as fighting between the army and rebels raged in Kidal.", 20, {"MIL", "REB"}),
    ("At least 15 people were killed as fighting between government troops and militants raged in Marib on "
     "Sunday.", 15, {"MIL", "REB"}),
    ("Eight people were killed when clashes erupted between the army and rebels near Kidal.", 8,
     {"MIL", "REB"}),
    # controls: the fight with no toll, and a toll told with "died"
    ("Fighting between the army and rebels raged in Kidal on Sunday.", 0, {"MIL", "REB"}),
    ("Nine people died as clashes between the army and the rebels continued near Goma.", 9, {"MIL", "REB"}),
])
def test_killed_as_fighting_raged_is_the_fights_toll(primary_of, text, dead, sides):
    ev = primary_of(text, PUB)
    assert ev.acled["sub_event_type"] == "Armed clash"
    assert recorded_deaths(ev) == dead
    assert {a.sector for a in ev.source + ev.target} == sides


@pytest.mark.parametrize("text, trigger, dead", [
    ("Twenty people were killed in Kidal as the army shelled rebel positions.", "shelled", 20),
    ("Three people were killed as an air strike hit a market in Idlib.", "air strike", 3),
    # control: a clause of those killed fleeing a fight names no fight they fell in
    ("Twenty people were killed as they fled fighting between the army and rebels in Kidal.", "killed", 20),
])
def test_a_clause_of_time_on_a_killing_names_the_act(primary_of, text, trigger, dead):
    ev = primary_of(text, PUB)
    assert (ev.trigger.text, recorded_deaths(ev)) == (trigger, dead)


# 3. "leaving N dead and M injured", and claimed tolls
@pytest.mark.parametrize("text, dead, hurt", [
    ("A car bomb exploded in Mogadishu on Saturday, leaving seven dead and 20 injured.", 7, 20),
    ("A car bomb exploded in Mogadishu on Saturday, leaving seven dead and twenty injured.", 7, 20),
    ("Gunmen attacked a checkpoint in Kebbi, leaving two soldiers dead and three wounded.", 2, 3),
    ("Gunmen attacked a checkpoint in Kebbi, leaving two soldiers dead and three others wounded.", 2, 3),
    ("The clashes left 14 dead and 30 injured in Jos.", 14, 30),
    ("The clashes left fourteen dead and thirty injured in Jos.", 14, 30),
    # controls: as before
    ("A car bomb exploded in Mogadishu on Saturday, leaving 7 dead and 20 injured.", 7, 20),
    ("A grenade attack in Bujumbura left one person dead and 12 wounded.", 1, 12),
    ("A bomb exploded at a market in Maiduguri on Friday, leaving 12 injured.", 0, 12),
    ("Gunmen opened fire on worshippers in Ondo on Sunday, leaving 22 dead.", 22, 0),
])
def test_each_state_left_is_counted(primary_of, text, dead, hurt):
    ev = primary_of(text, PUB)
    assert (recorded_deaths(ev), _injured(ev)) == (dead, hurt)


@pytest.mark.parametrize("text, dead, claimed", [
    ("Al-Shabaab attacked a military base near Balad; the group claimed 40 soldiers killed.", 40, True),
    ("JNIM said it attacked an army post near Menaka on Sunday; the group claimed 40 soldiers killed.", 40,
     True),
    ("Al-Shabaab attacked a military base near Balad. The group claimed 40 soldiers killed.", 40, True),
    # controls: an attack with a toll of its own keeps it; a claim told alone is its own killing
    ("Al-Shabaab attacked a military base near Balad, killing four soldiers; the group claimed 40 soldiers "
     "killed.", 4, False),
    ("The army claimed to have killed 6 militants near Balad on Sunday.", 6, False),
])
def test_a_claimed_toll_after_a_semicolon_is_the_attacks(primary_of, text, dead, claimed):
    ev = primary_of(text, PUB)
    assert recorded_deaths(ev) == dead
    rule = ev.evidence["counts"]["killed"]["rule"]
    assert rule.startswith("claimed:") == claimed


@pytest.mark.parametrize("text, trigger, dead", [
    ("Islamic State claimed the attack on a church in Kirkuk on Sunday, which killed nine people.", "attack",
     9),
    ("Islamic State claimed responsibility for the bombing of a church in Kirkuk on Sunday, which killed "
     "nine people.", "bombing", 9),
    # controls: the clause on the act itself, and a clause on the day that tells no killing
    ("Islamic State claimed the bombing, which killed nine people in Kirkuk on Sunday.", "bombing", 9),
    ("Islamic State claimed the attack on a church in Kirkuk on Sunday, which it called revenge.", "attack",
     0),
])
def test_a_killing_told_on_the_day_of_a_claimed_attack_is_its_toll(primary_of, text, trigger, dead):
    ev = primary_of(text, PUB)
    assert (ev.trigger.text, recorded_deaths(ev)) == (trigger, dead)


# 4. suspects killed in a gunfight, crossfire or encounter with police: the police's target
@pytest.mark.parametrize("text, source, target", [
    ("Three suspected robbers were killed in a gunfight with police in Lagos on Tuesday.", "COP", "CRM"),
    ("Two suspected drug dealers were killed in a shootout with police in Dhaka on Sunday.", "COP", "CRM"),
    ("Four alleged kidnappers were killed in an exchange of fire with police near Abuja.", "COP", "UAF"),
    ("A suspected robber was killed in crossfire with police in Chittagong on Monday.", "COP", "CRM"),
    ("A suspected drug peddler was killed in a gunfight with RAB in Teknaf.", "COP", "CRM"),
    ("Three suspected kidnappers died in a shootout with police in Kaduna.", "COP", "UAF"),
    ("Three robbers were killed in a gunfight with soldiers in Zamfara.", "MIL", "CRM"),
    ("Two suspected militants were killed in a gunfight with police in Pulwama on Friday.", "COP", "REB"),
    # scare quotes as before
    ("A suspected drug trafficker was killed in \"crossfire\" with police in Cox's Bazar on Monday.", "COP",
     "CRM"),
    ("Two alleged drug dealers were killed in 'crossfire' with police in Narayanganj on Sunday.", "COP",
     "CRM"),
    # controls: state forces or rebels that fell keep the fight; suspects in a fight with no state forces
    ("Three policemen were killed in a gunfight with bandits in Zamfara on Tuesday.", "COP", "UAF"),
    ("Two rebels died in fighting with the army near Goma on Friday.", "REB", "MIL"),
    ("Twelve soldiers were killed in clashes with rebels in northern Mali on Sunday.", "MIL", "REB"),
    ("Two suspected robbers were killed in a clash with vigilantes in Lagos.", "CRM", "PRM"),
])
def test_suspects_killed_in_a_fight_with_police_are_its_target(primary_of, text, source, target):
    ev = primary_of(text, PUB)
    assert ([a.sector for a in ev.source][:1], [a.sector for a in ev.target][:1]) == ([source], [target])
    assert recorded_deaths(ev) >= 1


# 5. "shot dead <title> <Name>": the one named, one dead
@pytest.mark.parametrize("text, name, dead", [
    ("Gunmen shot dead Mayor Juan Perez in Guerrero on Sunday.", "Juan Perez", 1),
    ("Gunmen shot dead former lawmaker Juan Perez in Guerrero on Sunday.", "Juan Perez", 1),
    ("Unidentified gunmen shot dead journalist Ali Hassan in Mogadishu on Monday.", "Ali Hassan", 1),
    ("Militants shot dead village chief Musa Ibrahim in Borno on Friday.", "Musa Ibrahim", 1),
    ("Gunmen shot dead Pastor Joseph Bako in Kaduna on Sunday.", "Joseph Bako", 1),
    ("Gunmen shot dead Juan Perez, a local councillor, in Michoacan on Sunday.", "Juan Perez", 1),
    ("Mayor Juan Perez was shot dead by gunmen in Guerrero on Sunday.", "Juan Perez", 1),
    # controls: shot (not dead), and the office named without a name
    ("Gunmen shot Mayor Juan Perez in Guerrero on Sunday.", "Juan Perez", 0),
    ("Gunmen shot dead the mayor of Acapulco in Guerrero on Sunday.", "Government of Mexico", 1),
])
def test_shot_dead_the_one_named(primary_of, text, name, dead):
    ev = primary_of(text, PUB)
    assert [a.name for a in ev.target][:1] == [name]
    assert recorded_deaths(ev) == dead


# 6. number words
@pytest.mark.parametrize("text, dead, hurt", [
    ("Gunmen attacked a village in Kebbi on Sunday, killing nineteen.", 19, 0),
    ("A bomb exploded in a market in Kabul, killing nineteen.", 19, 0),
    ("Gunmen attacked a village in Kebbi on Sunday; eleven were killed and twenty-three wounded.", 11, 23),
    ("Eleven were killed when gunmen attacked a village in Kebbi on Sunday.", 11, 0),
    ("Twenty five soldiers were killed in an ambush in Tillaberi.", 25, 0),
    ("Thirty one people were killed in an ambush in Tillaberi.", 31, 0),
    ("Bandits attacked a village in Katsina, killing thirty-five people and wounding a dozen.", 35, 12),
    ("Nearly a dozen people were killed when gunmen attacked a village in Kebbi.", 12, 0),
    # controls: figures, a hyphen, a figure and a word apart
    ("Gunmen attacked a village in Kebbi on Sunday, killing 19.", 19, 0),
    ("Twenty-five soldiers were killed in an ambush in Tillaberi.", 25, 0),
    ("Gunmen killed twenty, one of them a child, in Kebbi on Sunday.", 20, 0),
])
def test_number_words(primary_of, text, dead, hurt):
    ev = primary_of(text, PUB)
    assert (recorded_deaths(ev), _injured(ev)) == (dead, hurt)
