"""The event coder's known misreadings (issue #4, round coder20b), each fixed as a construction, with news
sentences of our own and variants that must keep coding as before."""

from __future__ import annotations

import pytest


def _sub(ev) -> str | None:  # noqa: ANN001
    return (ev.acled or {}).get("sub_event_type")


def _sectors(actors) -> set:  # noqa: ANN001
    return {a.sector for a in actors}


def _names(actors) -> str:  # noqa: ANN001
    return " ".join(a.name or "" for a in actors)


# 1. a captive killed, told in a relative clause: a killing of its own, by the captors
@pytest.mark.parametrize(("text", "trigger", "victim"), [
    ("Gunmen kidnapped a priest near the parish, who was later killed.", "killed", "REL"),
    ("Armed men abducted a businessman on the highway, who was later killed by his captors.", "killed",
     "BUS"),
    ("Bandits kidnapped a village chief on Sunday, who was found dead two days later.", "found dead", "CVL"),
])
def test_captive_killed_in_a_relative_clause_is_a_killing_by_the_captors(events_of, event_at, text: str,
                                                                        trigger: str, victim: str) -> None:
    assert any(e.plover["mode"] == "abduct" for e in events_of(text))  # the abduction is kept
    ev = event_at(text, trigger)
    assert ev.plover["type"] == "ASSAULT" and ev.plover["mode"] != "abduct"
    assert "UAF" in _sectors(ev.source)  # the captors
    assert victim in _sectors(ev.target)


def test_captive_killed_in_a_relative_clause_counts_its_dead(event_at) -> None:
    ev = event_at("Gunmen kidnapped a teacher in the district, who was later killed.", "killed")
    assert ev.fatalities == 1


@pytest.mark.parametrize("text", [
    "Gunmen kidnapped a priest who had been visiting the parish.",
    "Militants abducted two engineers who were working on the new bridge.",
])
def test_a_relative_clause_telling_no_fate_adds_no_killing(events_of, text: str) -> None:
    events = events_of(text)
    assert [e.plover["mode"] for e in events if e.plover["type"] == "ASSAULT"] == ["abduct"]


# 2. "N of them" after an abduction: some of the captives, not of the kidnappers
@pytest.mark.parametrize("text", [
    "Bandits kidnapped four travellers on the road and shot two of them dead.",
    "Gunmen abducted six farmers in the district and killed three of them.",
    "Armed men seized five passengers from the bus and shot one of them dead.",
])
def test_some_of_the_captives_killed_are_civilians(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert ev.plover["type"] == "ASSAULT" and _sub(ev) == "Attack"
    assert "UAF" not in _sectors(ev.target) and "Armed Group" not in _names(ev.target)
    assert ev.target and all(a.inter == 7 for a in ev.target)  # civilians, of whatever trade


def test_two_of_them_killed_counts_two(primary_of) -> None:
    ev = primary_of("Bandits kidnapped four travellers on the road and shot two of them dead.")
    assert ev.fatalities == 2


def test_a_clash_with_some_of_them_killed_keeps_its_sides(primary_of) -> None:
    ev = primary_of("Soldiers clashed with rebels near the border and killed ten of them.")
    assert ev.plover["type"] == "ASSAULT" and "REB" in _sectors(ev.target) | _sectors(ev.source)


# 3. people counted as killed in an attack are its victims, never its doers
@pytest.mark.parametrize("text", [
    "The number of people killed in the attack on the bus station rose to 21.",
    "The number of villagers killed in the raid on the market climbed to nine.",
    "The toll of residents wounded in the bombing of the mosque rose to 40.",
])
def test_people_counted_as_killed_are_not_the_attackers(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert ev.plover["type"] == "ASSAULT"
    assert "Rioters" not in _names(ev.source) and _sub(ev) != "Mob violence"
    assert not ({"CVL"} & _sectors(ev.source))


def test_villagers_who_attack_stay_the_doers(primary_of) -> None:
    ev = primary_of("Angry villagers attacked a police station in the town on Sunday.")
    assert "CVL" in _sectors(ev.source) or "Rioters" in _names(ev.source)


# 4. hostages freed: "them" is those held, not their captors
@pytest.mark.parametrize("text", [
    "Rebels seized five hostages near the lake on Monday. Soldiers later freed them.",
    "Pirates captured twelve fishermen off the coast. The navy freed them on Friday.",
    "Militants kidnapped eight students from a school. Police released them a day later.",
])
def test_those_freed_are_the_captives(event_at, text: str) -> None:
    trigger = next(w for w in ("freed", "released") if w in text)
    ev = event_at(text, trigger)
    assert ev.target and not ({"REB", "UAF"} & _sectors(ev.target))
    assert not any(w in _names(ev.target) for w in ("Rebels", "Pirates", "Militants", "Armed Group"))


def test_captors_who_free_their_captives_free_them(event_at) -> None:
    ev = event_at("Police arrested six protesters in the square. A judge later released them.", "released")
    assert "Protesters" in _names(ev.target) or {"CVL", "OPP"} & _sectors(ev.target)


def test_them_attacked_after_a_raid_stays_the_raiders(event_at) -> None:
    text = "Rebels raided a village near the lake. Soldiers later attacked them."
    ev = event_at(text, "attacked")
    assert "REB" in _sectors(ev.target)
