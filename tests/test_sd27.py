"""Strategic developments told with the words of violence (issue #4, round sd27): bombs blown up by sappers,
raids that only seized weapons or people, places left to an enemy who entered them unopposed, clauses closed
by a semicolon, devices that killed those disarming them; each with sentences of our own and variants that
must keep coding as before."""

from __future__ import annotations

import pytest

SD = "Strategic developments"
DISRUPTED = (SD, "Disrupted weapons use")


def _acled(ev) -> tuple[str | None, str | None]:  # noqa: ANN001
    """The event's ACLED event type and sub-event type, None for what is missing (shared by later rounds)."""
    acled = (ev.acled if ev is not None else None) or {}
    return acled.get("event_type"), acled.get("sub_event_type")


# 1. a clause closed by a semicolon is a statement of its own, not the topic of the verb after it
@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen burned a church and several shops near Kafanchan overnight; the villagers had already fled.",
     (SD, "Looting/property destruction")),
    ("Militiamen torched twenty houses in Djugu on Friday; most residents had fled days earlier.",
     (SD, "Looting/property destruction")),
    ("Rebels shelled the airport on Monday; thousands of residents fled the town.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
])
def test_a_deed_before_a_semicolon_stays_the_news(primary_of, text: str, expected: tuple[str, str]) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize("text", [
    "Unidentified gunmen fired a rocket at the district headquarters in Ghazni on Sunday; the rocket "
    "failed to explode.",
    "Militants fired two mortar shells at the army camp in Mandera; neither of them exploded.",
])
def test_a_failure_after_a_semicolon_does_not_undo_the_attack(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_a_failure_after_a_semicolon_leaves_the_ambush_told(primary_of) -> None:
    ev = primary_of("Gunmen ambushed a police patrol near Garissa; officers failed to catch them.")
    assert ev.trigger.text == "ambushed" and not ev.modality.negated


def test_a_failure_in_its_own_clause_still_negates(events_of) -> None:
    events = events_of("Police failed to arrest the suspects in Garissa on Monday.")
    assert not any(e.primary and _acled(e)[1] == "Arrests" for e in events)


# 2. a raid that hurt no one, told with weapons seized or people arrested, is that seizure or those arrests
@pytest.mark.parametrize(("text", "expected"), [
    ("Soldiers raided a militant hideout in Kunar and seized rifles and ammunition.", DISRUPTED),
    ("Troops stormed an Al Shabaab camp near Jilib on Tuesday and recovered a large cache of explosives.",
     DISRUPTED),
    ("Troops raided a village near Beni and arrested 30 suspected ADF collaborators.", (SD, "Arrests")),
])
def test_a_quiet_raid_is_what_it_seized(primary_of, text: str, expected: tuple[str, str]) -> None:
    ev = primary_of(text)
    assert _acled(ev) == expected
    assert ev.source and all(a.inter == 1 for a in ev.source)


@pytest.mark.parametrize("text", [
    "Soldiers raided a rebel hideout in Kilwa, killing two rebels and seizing rifles.",
    "Soldiers raided a rebel camp and seized rifles after a gun battle that lasted two hours.",
    "Soldiers attacked a rebel base and recovered a stockpile of grenades and rockets.",
])
def test_a_raid_that_was_fought_stays_a_battle(primary_of, text: str) -> None:
    assert _acled(primary_of(text))[0] == "Battles"


def test_explosives_used_in_an_attack_stay_its_means(primary_of) -> None:
    ev = primary_of("Militants attacked the army post with explosives and seized weapons.")
    assert _acled(ev) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


# 3. sappers and bomb squads who blow up a device dispose of it; the squads are state forces
@pytest.mark.parametrize("text", [
    "Sappers blew up an unexploded aerial bomb discovered at a building site in central Kyiv on Friday.",
    "Bomb disposal experts blew up a suspicious device found outside the courthouse in Quetta.",
    "Army sappers safely blew up three anti-tank mines on the road to Kherson.",
])
def test_a_device_blown_up_by_sappers_is_disposed_of(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == DISRUPTED


def test_a_bridge_blown_up_by_militants_stays_a_bombing(primary_of) -> None:
    ev = primary_of("Militants blew up a bridge on the main road to Gao on Monday.")
    assert _acled(ev)[0] == "Explosions/Remote violence"


@pytest.mark.parametrize("text", [
    "A bomb disposal team defused an explosive device planted under a bridge near Mogadishu on Monday.",
    "The bomb squad defused a parcel bomb at the post office in Athens on Tuesday.",
])
def test_a_bomb_squad_is_state_forces(primary_of, text: str) -> None:
    ev = primary_of(text)
    assert _acled(ev) == DISRUPTED
    assert ev.source and ev.source[0].inter == 1


# 4. weapons seized by weight or as suicide vests; a shell removed and destroyed
@pytest.mark.parametrize("text", [
    "Police in Karachi intercepted a car carrying a suicide vest and 10 kilograms of explosives on Friday.",
    "Border guards intercepted a motorcycle carrying a suicide vest near Chaman.",
    "Soldiers seized two suicide vests during a search of a house in Diffa.",
    "Police seized 50 kilograms of dynamite and 200 detonators from a warehouse in Tarija.",
    "The army destroyed a weapons depot, defused 12 IEDs and seized 20 kg of TNT near Bouira on Friday.",
    "An unexploded shell lodged in the roof of a school in Donetsk was removed and destroyed by engineers.",
])
def test_weapons_found_seized_or_destroyed_are_disrupted(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == DISRUPTED


def test_a_village_attacked_and_burned_stays_an_attack(primary_of) -> None:
    ev = primary_of("The village was attacked and burned by militiamen on Sunday.")
    assert _acled(ev)[0] == "Violence against civilians"


# 5. a withdrawal from a place the other side entered without a fight is a non-violent transfer
@pytest.mark.parametrize("text", [
    "Islamist fighters pulled out of the town of Mocimboa da Praia on Sunday ahead of an advance by Rwandan "
    "troops, who entered it unopposed.",
    "The rebels withdrew from Bunagana on Friday and the army moved in without a fight, a spokesman said.",
    "Russian forces pulled out of Kherson and Ukrainian troops took the city without firing a shot.",
])
def test_a_withdrawal_entered_unopposed_is_a_transfer(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == (SD, "Non-violent transfer of territory")


def test_a_withdrawal_alone_keeps_its_coding(primary_of) -> None:
    ev = primary_of("The rebels pulled their fighters out of the border area on Friday, a spokesman said.")
    assert _acled(ev) == (SD, "Change to group/activity")


# 6. harm with no doer told while disarming a device: the device went off
@pytest.mark.parametrize(("text", "killed"), [
    ("An army officer was killed and two soldiers wounded on Tuesday while trying to defuse a landmine near "
     "Dera Bugti.", 1),
    ("Two deminers were killed while clearing landmines near Kandahar on Sunday.", 2),
    ("A soldier was injured while defusing a roadside bomb in Mogadishu on Monday.", None),
])
def test_harm_while_disarming_is_the_device_going_off(primary_of, text: str, killed: int | None) -> None:
    ev = primary_of(text)
    assert _acled(ev) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert ev.fatalities == killed


def test_a_killing_by_police_while_disarming_stays_theirs(primary_of) -> None:
    ev = primary_of("Police killed two militants while defusing a bomb in Quetta.")
    assert _acled(ev)[0] == "Battles" and ev.fatalities == 2


# 7. soldiers a fight beside a recapture killed are no side the place was taken from
@pytest.mark.parametrize("text", [
    "Government forces recaptured the town of Bibiliba from separatists on Monday after fighting that "
    "killed two soldiers.",
    "The army retook Palma from insurgents after three days of clashes that killed eight soldiers.",
])
def test_a_recapture_with_soldiers_killed_is_regained(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ("Battles", "Government regains territory")


def test_soldiers_killed_by_the_takers_themselves_stay_those_it_was_taken_from(primary_of) -> None:
    ev = primary_of("Russian forces captured the village from Ukrainian troops, killing six soldiers.")
    assert _acled(ev) == ("Battles", "Non-state actor overtakes territory")


# 8. a few counted people's missiles thrown at property, hurting no one, are property destruction
@pytest.mark.parametrize("text", [
    "On 4 June 2021, two men threw Molotov cocktails at a store in Veracruz. No injuries were reported.",
    "Two men threw petrol bombs at a supermarket in Belfast on Sunday night, police said.",
])
def test_a_few_peoples_firebombs_at_a_shop_are_property_destruction(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == (SD, "Looting/property destruction")


@pytest.mark.parametrize("text", [
    "Two youths threw stones at a police officer in Nairobi, injuring him.",
    "Hundreds of youths threw stones at shops and police vehicles in Dhaka.",
])
def test_stones_at_people_or_by_a_crowd_stay_a_riot(primary_of, text: str) -> None:
    assert _acled(primary_of(text))[0] == "Riots"
