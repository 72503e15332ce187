"""Event notes and news in which the rules found no ACLED event (issue #4, round notes26): seizures told by
the vehicle that carried the weapons, caches recovered, goods robbed, stolen or pillaged, people picked up,
tried raids and arson, each with sentences of our own and variants that must keep coding as before."""

from __future__ import annotations

import pytest
from test_sd27 import _acled

SD = "Strategic developments"


# 1. a vehicle or container seized or intercepted, told by the weapons it carried
@pytest.mark.parametrize("text", [
    "Police intercepted a truck packed with explosives at a checkpoint outside Kismayo on Monday.",
    "The coastguard seized a boat carrying rifles and ammunition off the coast of Aden.",
    "Soldiers stopped and seized a car loaded with grenades near Gao on Tuesday.",
    "Border guards intercepted a lorry transporting weapons near the crossing at Chaman.",
])
def test_a_vehicle_told_by_its_weapons_seized_is_a_disrupted_weapons_use(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == (SD, "Disrupted weapons use")


def test_a_vehicle_carrying_people_seized_stays_a_seizure(primary_of) -> None:
    ev = primary_of("Gunmen seized a bus carrying forty passengers near Kaduna on Sunday.")
    assert _acled(ev) != (SD, "Disrupted weapons use")


# 2. a cache recovered, and the weapons it held are no attack of their own
@pytest.mark.parametrize("text", [
    "Troops recovered a cache of grenades and rockets hidden in a barn near Tikrit.",
    "Police recovered a stockpile of mortar shells from a house in Jalalabad on Friday.",
    "Customs officers found detonators hidden in a shipment of onions at the port of Mombasa.",
])
def test_a_cache_recovered_is_disrupted_and_its_grenades_no_attack(events_of, text: str) -> None:
    events = events_of(text)
    primary = next(e for e in events if e.primary)
    assert _acled(primary) == (SD, "Disrupted weapons use")
    assert not any((e.acled or {}).get("event_type") == "Explosions/Remote violence" for e in events)


# 3. goods robbed, stolen by armed men or pillaged: looting
@pytest.mark.parametrize("text", [
    "Armed bandits robbed passengers of a minibus on the road to Katsina on Saturday.",
    "Gunmen robbed traders at a market near Gombe and fled on motorcycles.",
    "Militants stole food aid from a warehouse in Mopti on Wednesday.",
    "Soldiers pillaged shops in the town of Kalay after residents fled.",
])
def test_robbery_theft_by_armed_men_and_pillage_are_looting(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == (SD, "Looting/property destruction")


@pytest.mark.parametrize("text", [
    "The home side were robbed of victory by a late penalty on Saturday.",
    "Two men were jailed for robbing a shop in Lagos on Tuesday.",
    "Villagers caught two men accused of robbing a trader near Butembo and handed them to the police.",
    "A student stole a bicycle from the campus in Leeds.",
])
def test_robbed_of_a_win_and_petty_theft_are_no_looting(events_of, text: str) -> None:
    assert all(_acled(e) != (SD, "Looting/property destruction") for e in events_of(text))


# 4. people picked up by the security forces are arrested
@pytest.mark.parametrize("text", [
    "Soldiers picked up an opposition organiser at his home in Buea on Monday.",
    "Police picked up three suspects in Lagos on Friday.",
    "Plainclothes officers picked up two journalists outside the court in Kampala.",
])
def test_people_picked_up_are_arrested(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == (SD, "Arrests")


@pytest.mark.parametrize("text", [
    "The bus picked up passengers in Nairobi before leaving for Mombasa.",
    "Sales picked up in the second quarter, the company said.",
])
def test_picking_up_things_is_no_arrest(events_of, text: str) -> None:
    assert all(_acled(e) != (SD, "Arrests") for e in events_of(text))


# 5. a tried raid or arson is the deed: ACLED codes attempted attacks
@pytest.mark.parametrize(("text", "event_type"), [
    ("Suspected militants tried to storm a police station in Quetta but were driven back.", "Battles"),
    ("Gunmen attempted to attack an army post near Dori on Sunday but were repelled.", "Battles"),
    ("Armed men attempted to set fire to a polling station in Sokoto but were stopped by police.", None),
])
def test_a_tried_raid_or_arson_is_coded_as_done(primary_of, text: str, event_type: str | None) -> None:
    ev = primary_of(text)
    assert not ev.modality.hypothetical
    assert ev.acled is not None
    if event_type:
        assert ev.acled["event_type"] == event_type


def test_a_tried_dispersal_stays_unrealised(events_of) -> None:
    events = events_of("Police tried to disperse the crowd in Dakar but the protesters stayed.")
    assert not any(e.trigger.text == "disperse" and not e.modality.hypothetical for e in events)


# 6. the owner of a merger is who merged: "their" stands for the subject of the verb whose object it is
@pytest.mark.parametrize("text", [
    "Two armed factions in North Kivu announced their merger into a single movement on Monday.",
    "Three militias in Darfur completed their merger on Tuesday, a spokesman said.",
    "The rebel groups' merger was announced in Goma on Friday.",
])
def test_groups_announcing_their_merger_change_the_group(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == (SD, "Change to group/activity")


def test_companies_announcing_their_merger_are_no_event(events_of) -> None:
    assert all(e.acled is None for e in events_of("Two banks announced their merger on Monday."))


# 7. the blast named again after a controlled explosion is that explosion, not a bombing of its own
@pytest.mark.parametrize("text", [
    "Soldiers carried out a controlled explosion of a roadside bomb found near a market in Kismayo on "
    "Monday. No one was hurt in the blast.",
    "Engineers destroyed a mortar shell in a controlled detonation near Kharkiv. Two deminers were slightly "
    "injured in the blast.",
])
def test_the_blast_after_a_controlled_explosion_is_no_second_event(events_of, text: str) -> None:
    events = events_of(text)
    assert _acled(next(e for e in events if e.primary)) == (SD, "Disrupted weapons use")
    assert not any((e.acled or {}).get("event_type") == "Explosions/Remote violence" for e in events)


def test_a_new_blast_after_a_defusal_stays_a_bombing(primary_of) -> None:
    ev = primary_of("Police defused a bomb outside a bank in Quetta on Sunday. Hours later, three people "
                    "were killed in a blast at a market.")
    assert _acled(ev)[0] == "Explosions/Remote violence"
