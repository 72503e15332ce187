"""Battles and attacks on civilians (round bv42, tests/data/acled_battles_audit_i.yaml): "shot them dead" and
"a sniper shot dead a child" count their dead; a toll told after "police repulsed the attack" is the attack's;
civilians described as armed with firearms are a communal militia; a named rebel group's suspects killed by
state forces are fighters; a finger or a hand cut off is a maiming. Sentences written for the test, with
controls that must not change."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str):
    return next((e for e in pipeline.code(document_from_text(text, doc_id="bv42")) if e.primary), None)


def _acled(pipeline, text: str) -> tuple[str | None, str | None]:
    primary = _primary(pipeline, text)
    acled = (primary.acled or {}) if primary is not None else {}
    return acled.get("event_type"), acled.get("sub_event_type")


@pytest.mark.parametrize("text, dead", [
    ("Militants stopped a bus near Turbat, took off seven passengers and shot them dead.", 7),
    ("Gunmen shot the trader dead in Kano on Monday.", 1),
    ("A Houthi sniper shot dead a child in Taiz on Sunday.", 1),
    # controls: already counted
    ("Gunmen shot dead a trader in Kano on Monday.", 1),
    ("Gunmen shot two traders dead in Kano on Monday.", 2),
])
def test_shot_dead_counts_the_dead(pipeline, text: str, dead: int) -> None:
    assert _primary(pipeline, text).fatalities == dead


def test_a_sniper_shot_dead_a_child_names_the_child(pipeline) -> None:
    primary = _primary(pipeline, "A Houthi sniper shot dead a child in Taiz on Sunday.")
    assert [a.sector for a in primary.target] == ["CVL"]


def test_a_shot_that_wounds_counts_no_dead(pipeline) -> None:
    primary = _primary(pipeline, "Gunmen shot and wounded a trader in Kano on Monday.")
    assert not primary.fatalities


def test_the_toll_after_a_repulsed_attack_is_the_attacks(pipeline) -> None:
    text = ("Al Shabaab militants attacked a police station in Balcad on Saturday, and police repulsed the "
            "attack. Two police officers were killed.")
    primary = _primary(pipeline, text)
    assert primary.trigger.text == "attacked" and primary.fatalities == 2


@pytest.mark.parametrize("text, expected", [
    ("Local hunters armed with shotguns fought off bandits who tried to raid their village in Katsina state, "
     "killing two of the attackers.", ("Battles", "Armed clash")),
    ("Villagers armed with guns fought off bandits in Zamfara state on Monday, killing two of them.",
     ("Battles", "Armed clash")),
    # control: machetes leave a crowd
    ("Villagers armed with machetes attacked a Fulani settlement in Katsina state, killing two.",
     ("Riots", "Mob violence")),
])
def test_civilians_armed_with_firearms_are_a_militia(pipeline, text: str, expected: tuple[str, str]) -> None:
    assert _acled(pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Security forces in Diyala killed three Islamic State suspects who were hiding in an orchard.",
     ("Battles", "Armed clash")),
    # control: suspected criminals killed with no fight told are civilians
    ("Police shot dead two suspected robbers in Lagos on Monday.", ("Violence against civilians", "Attack")),
])
def test_suspects_of_a_rebel_group_are_fighters(pipeline, text: str, expected: tuple[str, str]) -> None:
    assert _acled(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    "Separatists cut off the finger of a teacher who defied a school boycott in Bamenda.",
    "Al Shabaab militants cut off the hands of two men accused of theft in Jilib.",
])
def test_a_body_part_cut_off_is_a_maiming(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert _acled(pipeline, text) == ("Violence against civilians", "Attack")
    assert [a.inter for a in primary.target] == [7]


@pytest.mark.parametrize("text, plover", [
    ("The government cut off aid to the region on Monday.", "SANCTION"),
    ("Morocco cut diplomatic ties with Iran on Tuesday.", "SANCTION"),
    ("The army cut off electricity to the town on Monday.", "COERCE"),
])
def test_other_things_cut_off_keep_their_type(pipeline, text: str, plover: str) -> None:
    assert _primary(pipeline, text).plover["type"] == plover


@pytest.mark.parametrize("text, expected", [
    ("Misseriya militiamen stabbed and wounded a soldier at a checkpoint in Aweil East on Monday.",
     ("Battles", "Armed clash")),
    # controls: the state's blows at one it holds, and a soldier off duty, stay attacks
    ("Ethiopian security forces arrested and beat an ONLF leader in Warder on Tuesday.",
     ("Violence against civilians", "Attack")),
    ("Al Shabaab militants beat an off-duty soldier to death in Jilib.",
     ("Violence against civilians", "Attack")),
])
def test_an_armed_groups_blows_at_state_forces_are_a_battle(pipeline, text: str,
                                                           expected: tuple[str, str]) -> None:
    assert _acled(pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("On 6 May 2022, the OSCE SMM observed 42 explosions and shots involving unknown weapons in both "
     "directions of the contact line near Shyrokyne.", ("Battles", "Armed clash")),
    ("On 6 May 2022, the OSCE SMM observed 76 shots involving small arms near Zolote.",
     ("Battles", "Armed clash")),
    ("Ukrainian positions near Pisky came under small-arms and mortar fire on Tuesday.",
     ("Battles", "Armed clash")),
    # controls: explosions alone stay remote violence; small arms fired at civilians stay an attack
    ("On 6 May 2022, the OSCE SMM observed 14 explosions involving unknown weapons near Shyrokyne.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack|Remote explosive/landmine/IED")),
    ("Gunmen opened fire with small arms on a bus near Kandahar, killing three passengers.",
     ("Violence against civilians", "Attack")),
])
def test_fire_both_ways_or_with_small_arms_is_a_clash(pipeline, text: str, expected: tuple[str, str]) -> None:
    event_type, sub_event_type = _acled(pipeline, text)
    assert event_type == expected[0]
    assert sub_event_type in expected[1].split("|")


@pytest.mark.parametrize("text", [
    "Iraqi forces killed 3 IS militants in Anbar province on Monday.",
    "On 4 May 2022, Iraqi forces pursued and killed 3 IS militants in Anbar province.",
    "On 7 May 2022, Iraqi forces killed 2 IS suicide bombers near the Badush mountains.",
])
def test_is_before_its_men_names_the_target(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert [a.inter for a in primary.target] == [2]
    assert _acled(pipeline, text) == ("Battles", "Armed clash")


def test_is_as_a_verb_stays_a_verb(pipeline) -> None:
    assert _primary(pipeline, "The situation IS tense in Kirkuk, officials said.") is None
