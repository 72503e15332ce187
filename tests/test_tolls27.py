"""How many were killed, told in the ways news tells a toll (round tolls27): the dead and hurt of a bare
participle after "resulting in" or "leaving", a toll told after a semicolon, dead told as more ("also",
"as well"), a family of five, "two dozen", a subject shot and killed, deaths told on two joined verbs
("two died on the spot and three more later died"), and the dead of an attack named again in the next
sentence. Sentences written for this test."""

from __future__ import annotations

import pytest

PUB = "2023-05-12"  # a Friday


@pytest.mark.parametrize("text, trigger, dead", [
    ("Rebels attacked a bus near Gao on Monday, leaving four passengers dead and six wounded.", "attacked",
     4),
    ("Fighters stormed a hotel in the capital, leaving 12 guests dead and 20 others wounded.", "stormed", 12),
    ("Soldiers clashed with gunmen in the hills on Monday, resulting in 5 gunmen killed and 2 soldiers "
     "wounded.", "clashed", 5),
    ("Militiamen clashed with troops near the lake, resulting in nine militiamen killed and three soldiers "
     "injured.", "clashed", 9),
])
def test_the_dead_and_hurt_after_resulting_in_or_leaving_are_the_acts(primary_of, text, trigger, dead):
    ev = primary_of(text, PUB)
    assert ev.trigger.text == trigger
    assert ev.fatalities == dead
    assert ev.injured


@pytest.mark.parametrize("text, dead", [
    ("Separatists and the army fought near the border town on Sunday; 3 soldiers and 7 separatists were "
     "killed.", 10),
    ("Militia fighters clashed with police in the valley on Monday; six people were killed.", 6),
    ("Two clans fought over a well near the village on Tuesday; four men were killed on each side.", 8),
])
def test_a_toll_after_a_semicolon_is_the_fights(primary_of, text, dead):
    ev = primary_of(text, PUB)
    assert ev.acled["event_type"] == "Battles", ev.acled
    assert ev.fatalities == dead


@pytest.mark.parametrize("text, dead", [
    ("Militants attacked an army checkpoint near the river, killing 6 soldiers; 4 attackers were also "
     "killed.", 10),
    ("Gunmen attacked a police post in the north, killing three officers; two of the gunmen were killed as "
     "well.", 5),
    ("Security forces killed 14 militants in a gunfight in the mountains on Wednesday, the army said. Two "
     "soldiers were also killed.", 16),
    ("An attack on a border post killed three guards and wounded seven on Thursday. Officials said four "
     "insurgents were also killed.", 7),
    ("Gunmen ambushed a convoy near the border, killing 11 soldiers. Fifteen attackers died as well, the "
     "army said.", 26),
])
def test_dead_told_as_more_are_added_to_the_toll(primary_of, text, dead):
    assert primary_of(text, PUB).fatalities == dead


def test_others_told_as_hurt_or_held_add_no_dead(primary_of):
    ev = primary_of("Police shot dead two robbers in the market on Monday. Three accomplices were also "
                    "arrested.", PUB)
    assert ev.fatalities == 2
    ev = primary_of("Gunmen killed three villagers in the north on Sunday; four others were also injured.",
                    PUB)
    assert ev.fatalities == 3


@pytest.mark.parametrize("text, dead", [
    ("Armed herders killed a family of five in their home on Tuesday night.", 5),
    ("A family of six, including four children, was killed when an air strike hit their home.", 6),
    ("Gunmen shot dead a family of four in the town on Sunday.", 4),
    ("Police shot dead a household of three during a night raid on a farm.", 3),
])
def test_a_family_of_n_is_n_dead(primary_of, text, dead):
    assert primary_of(text, PUB).fatalities == dead


@pytest.mark.parametrize("text, dead", [
    ("Armed bandits killed two dozen villagers in the district on Friday.", 24),
    ("Three dozen people were killed when jets bombed a market in the town.", 36),
    ("Rebels killed a dozen soldiers in an ambush near the river.", 12),
])
def test_dozens_counted_in_words(primary_of, text, dead):
    assert primary_of(text, PUB).fatalities == dead


@pytest.mark.parametrize("text, dead", [
    ("Two soldiers were shot and killed by militants near the port on Friday.", 2),
    ("A policeman was shot and died in hospital, officials said.", 1),
    ("Four guards were stabbed and killed by inmates during a riot in the jail.", 4),
])
def test_a_subject_shot_and_killed_is_dead(primary_of, text, dead):
    assert primary_of(text, PUB).fatalities == dead


def test_a_subject_stabbed_and_wounded_is_hurt_not_dead(primary_of):
    ev = primary_of("Three traders were stabbed and wounded by robbers in the market.", PUB)
    assert not ev.fatalities
    assert ev.injured == 3


@pytest.mark.parametrize("text, dead", [
    ("Two soldiers died on the spot and three more later died in hospital after their vehicle hit a "
     "roadside bomb, the army said.", 5),
    ("Four people died on the spot and two others succumbed to their wounds in hospital after gunmen "
     "attacked a bar.", 6),
    ("Police said 17 people were wounded and two later died after a grenade was thrown into a bar.", 2),
    ("Nine people were injured and three later died when gunmen opened fire on a minibus.", 3),
])
def test_deaths_told_later_or_on_a_joined_verb_are_counted(primary_of, text, dead):
    assert primary_of(text, PUB).fatalities == dead


@pytest.mark.parametrize("text, trigger, dead", [
    ("Insurgents stormed an army outpost on a ridge above the valley. Four soldiers were killed in the "
     "attack.", "stormed", 4),
    ("Gunmen raided a fishing village on the coast on Thursday. Two fishermen were killed in the attack.",
     "raided", 2),
    ("Fighter jets carried out an air strike on a rebel camp on Tuesday. Five fighters died in the strike, "
     "officials said.", "air strike", 5),
])
def test_the_dead_of_an_attack_told_back_in_the_next_sentence(primary_of, text, trigger, dead):
    ev = primary_of(text, PUB)
    assert ev.trigger.text == trigger
    assert ev.fatalities == dead


@pytest.mark.parametrize("text, dead", [
    ("Jihadists ambushed a convoy near the town on Saturday, killing 11 soldiers and 2 civilians; the army "
     "said 15 attackers were killed in the fighting.", 28),
    ("Militants attacked a base near the river, killing four soldiers. Six militants died in the fighting, "
     "the army said.", 10),
])
def test_the_doers_dead_told_back_are_added_to_the_victims(primary_of, text, dead):
    assert primary_of(text, PUB).fatalities == dead


def test_the_same_dead_told_back_are_not_added_again(primary_of):
    ev = primary_of("Rebels attacked a base near the river, killing four soldiers. Four soldiers were "
                    "killed in the attack, the army said.", PUB)
    assert ev.fatalities == 4


@pytest.mark.parametrize("text, dead", [
    ("Rebels attacked a bus near the town on Monday. Five passengers were confirmed dead.", 5),
    ("Gunmen raided a farm near the village overnight. Three workers were found dead in the morning.", 3),
])
def test_dead_told_as_the_complement_of_a_passive_verb(primary_of, text, dead):
    assert primary_of(text, PUB).fatalities == dead


@pytest.mark.parametrize("text, dead", [
    ("Two forest guards were killed when bandits attacked their post on Friday. Two other guards died when "
     "they came to help, officials said.", 4),
    ("Militants ambushed a patrol near the border, killing three soldiers. Two more soldiers died in "
     "hospital on Tuesday.", 5),
])
def test_other_or_more_dead_are_added(primary_of, text, dead):
    assert primary_of(text, PUB).fatalities == dead


def test_more_than_is_not_more_dead(primary_of):
    ev = primary_of("Gunmen attacked a village near the hills, killing 5 people. More than 20 people were "
                    "injured, police said.", PUB)
    assert ev.fatalities == 5


@pytest.mark.parametrize("text", [
    "Masked men shot dead a governor's aide outside the town hall on Sunday.",
    "Gunmen killed a chief's son in the village on Monday.",
])
def test_a_person_named_by_an_owner_is_one_dead(primary_of, text):
    assert primary_of(text, PUB).fatalities == 1


@pytest.mark.parametrize("text", [
    "The body of a shopkeeper was found behind the bus depot on Monday, police said.",
    "Police found the body of a taxi driver near the stadium on Tuesday.",
    "A man's body was found in a field near the town on Monday with gunshot wounds.",
])
def test_one_body_named_with_its_person_is_one_dead(primary_of, text):
    assert primary_of(text, PUB).fatalities == 1


def test_a_body_that_is_an_organisation_is_no_dead(events_of):
    events = events_of("The regional body condemned the attack on the convoy.", PUB)
    assert not any(e.fatalities for e in events)


def test_others_who_also_died_are_not_added_to_a_killing_with_its_doers(primary_of):
    ev = primary_of("Commandos stormed the farmhouse at dawn. The commandos killed all six gunmen who held "
                    "it. One farmer and two commandos also died.", PUB)
    assert ev.fatalities == 6
