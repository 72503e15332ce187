"""Constructions article audit F (tests/data/articles_f/) found misread, each with sentences of our own:
a toll told before the "when" clause of the deed, the namer of a deed in "in what X called ...", an
object pronoun repeated on conjoined verbs or kept apart from the people it was taken from, and a bomb
"made safe"."""

from __future__ import annotations

import pytest


def _names(actors) -> list[str]:  # noqa: ANN001 - record actors
    return [a.name for a in actors]


@pytest.mark.parametrize("text, trigger, toll", [
    ("Seven people were killed on Monday when farmers and herders clashed near the town of Bama.",
     "clashed", 7),
    ("Twelve villagers were killed when gunmen attacked a market in Gao on Friday.", "attacked", 12),
    ("Three people were killed and about 25 injured when an attacker threw a grenade into a bar in Mombasa "
     "on Sunday.", "threw", 3),
    ("At least ten people were killed and several wounded on Wednesday when herders and farmers clashed over "
     "a field.", "clashed", 10),
])
def test_toll_before_the_when_clause_is_the_deeds(primary_of, text, trigger, toll):
    ev = primary_of(text, "2022-03-10")
    assert ev.trigger.text == trigger
    assert ev.fatalities == toll


def test_when_clause_keeps_one_event_with_its_victims(events_of):
    events = events_of("Twelve villagers were killed when gunmen attacked a market in Gao on Friday.",
                       "2022-03-10")
    assert [e.trigger.text for e in events] == ["attacked"]
    assert any(a.sector == "CVL" for a in events[0].target)


def test_a_toll_when_a_crowd_storms_stays_a_toll(primary_of):
    ev = primary_of("A police officer was killed when protesters stormed the station.", "2022-03-10")
    assert ev.fatalities == 1


@pytest.mark.parametrize("text, namer", [
    ("The mayor of Tula was shot on Friday as he left his office, in what police called a targeted attack.",
     "Police"),
    ("A journalist was stabbed outside his home in Lviv on Monday in what the government described as an "
     "assassination attempt.", "Government"),
    ("Two soldiers were killed in an ambush near Gao, in what the army called a cowardly attack.",
     "Military"),
])
def test_who_names_the_deed_did_not_do_it(primary_of, text, namer):
    ev = primary_of(text, "2022-03-10")
    assert ev.plover["type"] == "ASSAULT"
    assert not any(name.startswith(namer) for name in _names(ev.source)), _names(ev.source)


@pytest.mark.parametrize("text", [
    "Police stopped five men at a checkpoint in Kisumu on Monday. Residents then pulled them away from the "
    "officers, stoned them and burned them.",
    "Soldiers arrested three suspects in Gulu on Friday. A crowd took them from the soldiers and beat them.",
    "Police arrested two suspected thieves in the market on Monday. A mob snatched them from the officers, "
    "beat them and set them on fire.",
])
def test_them_taken_from_the_officers_is_not_the_officers(events_of, text):
    later = [e for e in events_of(text, "2022-03-10") if e.sentence == 1 and e.plover["type"] == "ASSAULT"]
    assert later
    for ev in later:
        assert not any(a.sector in ("COP", "MIL") for a in ev.target), (ev.trigger.text, _names(ev.target))


@pytest.mark.parametrize("text", [
    "Army bomb disposal experts made safe an explosive device found under a car in Belfast on Saturday.",
    "The device was made safe by army technical officers in Derry on Sunday.",
    "Soldiers made safe a roadside bomb near Kandahar on Monday.",
    "Police made safe a grenade found in a bag at the bus station in Mombasa.",
])
def test_a_bomb_made_safe_is_defused(primary_of, text):
    ev = primary_of(text, "2022-03-10")
    assert ev.trigger.text == "made safe"
    assert (ev.acled or {}).get("sub_event_type") == "Disrupted weapons use"


@pytest.mark.parametrize("text", [
    "The new law made safe abortion legal in Argentina.",
    "The council made safe the old bridge in Leeds.",
])
def test_made_safe_without_a_weapon_is_no_defusing(events_of, text):
    assert not any(e.trigger.text == "made safe" for e in events_of(text, "2022-03-10"))


@pytest.mark.parametrize("text", [
    "Two militants were killed and one was wounded when soldiers repulsed their attack on a convoy near Gao.",
    "Three gunmen were killed when police returned fire in Lagos on Sunday.",
    "Four attackers were killed when guards fought off their assault on the prison in Kaduna.",
])
def test_killed_when_their_attack_was_repelled_keeps_the_toll_apart(events_of, text):
    """The attackers' toll when their attack was answered: the answer is no deed that hosts it."""
    killing = next(e for e in events_of(text, "2022-03-10") if e.trigger.text == "killed")
    assert killing.fatalities and killing.fatalities > 1
