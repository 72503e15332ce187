"""Strategic developments in ordinary news words (round sd35): arrests told as "took into custody ... at" and
captures of a named group's boss, ...; each with sentences of our own and controls where the rule must not
fire."""

from __future__ import annotations

import pytest
from test_sd27 import _acled

SD = "Strategic developments"
ARRESTS = (SD, "Arrests")


# 1. "took X into custody at a place": the "at" tells where, it does not aim the deed at anyone
@pytest.mark.parametrize("text", [
    "Police took a suspected smuggler into custody at a petrol station in Oaxaca on Monday.",
    "Soldiers took two men into custody at a roadblock outside Dimapur on Friday, the army said.",
])
def test_taken_into_custody_at_a_place_is_an_arrest(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ARRESTS


def test_fired_at_boats_off_the_coast_stays_aimed(primary_of) -> None:
    text = "The coast guard fired at fishing boats off the coast of Sulawesi on Monday."
    assert _acled(primary_of(text))[0] != SD


# 2. a cartel boss or gang lieutenant captured is a man held, though his group's name holds a place
@pytest.mark.parametrize("text", [
    "Marines captured a regional boss of the Sinaloa Cartel in Mazatlan on Thursday, the navy said.",
    "Police captured a lieutenant of the Gulf Clan in Medellin on Saturday, officials said.",
])
def test_a_captured_boss_is_an_arrest(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == ARRESTS


def test_a_captured_town_stays_a_battle(primary_of) -> None:
    text = "Rebels captured the town of Rutshuru after heavy fighting with the army on Sunday."
    assert _acled(primary_of(text))[0] == "Battles"


# 3. herds "made off with", goods "carted off", cattle counted by the head and shops "emptied" are looting; a
# thief's loot is no political event
LOOTING = (SD, "Looting/property destruction")


@pytest.mark.parametrize("text", [
    "Bandits made off with 40 goats from a village near Moroto on Monday, elders said.",
    "Raiders rustled 300 head of cattle from a kraal near Lodwar on Friday.",
    "Armed men carted off food and motorbikes from a deserted village near Kaya on Sunday.",
    "Gunmen emptied shops in the market of Djibo overnight, residents said.",
])
def test_goods_made_off_with_or_shops_emptied_are_looting(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == LOOTING


@pytest.mark.parametrize("text", [
    "The robbers made off before the police arrived in Kisii on Monday.",
    "Thieves broke into a shop in Kisii overnight and made off with watches and phones, police said.",
    "Farmers carted their maize to the market in Kaya on Sunday.",
])
def test_fleeing_or_carting_to_market_is_no_looting(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) != LOOTING


def test_the_head_of_a_party_is_no_count(events_of) -> None:
    events = events_of("Police arrested the head of the opposition party in Lodwar on Monday.")
    primary = next(e for e in events if e.primary)
    assert _acled(primary) == ARRESTS


# 4. bombs "rendered safe", caches "unearthed", a "stash" of rockets seized and a bomber overpowered:
# weapons kept from use
DISRUPTED = (SD, "Disrupted weapons use")


@pytest.mark.parametrize("text", [
    "Police sappers rendered safe a grenade left outside a bank in Cucuta on Tuesday.",
    "Soldiers unearthed landmines buried by the rebels along a path near Myawaddy on Sunday.",
    "Troops unearthed an arms cache in a cave near Kirkuk on Friday, the army said.",
    "Police seized a stash of grenades and rifles in a house in Tijuana on Monday.",
    "Worshippers overpowered a suicide bomber at the entrance of a mosque in Peshawar on Friday.",
])
def test_weapons_made_safe_unearthed_or_seized_are_disrupted(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == DISRUPTED


@pytest.mark.parametrize("text", [
    "Archaeologists unearthed a Roman villa near Mosul on Tuesday.",
    "Police overpowered a knife-wielding man at a station in Lyon on Monday.",
])
def test_other_finds_and_struggles_are_not_disrupted(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) != DISRUPTED


# 5. rifles handed over or in, a ceasefire proposal accepted, a split from a "front", barracks opened and a
# hideout established
CHANGE = (SD, "Change to group/activity")
AGREEMENT = (SD, "Agreement")
BASE = (SD, "Headquarters or base established")


@pytest.mark.parametrize("text, expected", [
    ("Former fighters handed in their rifles to the UN mission in Bangui on Monday.", CHANGE),
    ("Fifty repentant bandits handed over 30 rifles to the Sokoto state government on Friday.", CHANGE),
    ("The two armed groups in Misrata accepted a truce proposal from the elders on Sunday.", AGREEMENT),
    ("A faction of the rebels broke away from the Patriotic Front in Bambari on Monday.", CHANGE),
    ("Police opened new barracks in the town of Reynosa on Tuesday to counter cartel violence.", BASE),
    ("Rebels have established a hideout in the forest near Mambasa, a local official said.", BASE),
])
def test_surrenders_truces_splits_and_bases_in_other_words(primary_of, text: str, expected: tuple) -> None:
    assert _acled(primary_of(text)) == expected


@pytest.mark.parametrize("text", [
    "The charity opened a camp for displaced families near Bossangoa on Monday.",
    "Parliament accepted the budget proposal of the finance minister on Tuesday.",
    "The leading runner broke away from the pack in the last mile of the race in Nairobi.",
])
def test_camps_proposals_and_runners_are_no_strategic_development(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) not in (BASE, AGREEMENT, CHANGE)


# 6. armed men who "assumed control" of a place took it: without a fight, a non-violent transfer
TRANSFER = (SD, "Non-violent transfer of territory")


@pytest.mark.parametrize("text", [
    "Government troops assumed control of the town of Bardere on Sunday after the militants abandoned it.",
    "Rebel fighters assumed control of Hpasawng without resistance after the police left, residents said.",
])
def test_control_assumed_without_a_fight_is_a_transfer(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == TRANSFER


def test_control_assumed_after_fighting_is_a_battle(events_of) -> None:
    text = "Rebels assumed control of the town of Kitchanga after two days of fighting with the army."
    events = events_of(text)
    assert all(_acled(e) != TRANSFER for e in events)


@pytest.mark.parametrize("text", [
    "The new minister assumed control of the health ministry on Monday.",
    "Troops assumed responsibility for security in the town of Bardere on Monday.",
])
def test_control_of_an_office_or_a_duty_is_no_takeover(primary_of, text: str) -> None:
    assert _acled(primary_of(text))[0] is None


@pytest.mark.parametrize("text", [
    "On 2 May 2021, gunmen threw a grenade at police (assumed local police) in Beledweyne. Nobody was hurt.",
    "On 9 June 2021, unidentified gunmen (assumed Al Shabaab) fired at soldiers near Afgooye.",
])
def test_the_notes_hedge_assumed_is_no_takeover(events_of, text: str) -> None:
    """The notes' "(assumed military)" hedges an actor's identity: no place was taken."""
    taken = ("Non-violent transfer of territory", "Non-state actor overtakes territory",
             "Government regains territory")
    assert all(_acled(e)[1] not in taken for e in events_of(text))


# 7. sides that agreed to free or swap prisoners, or to open a corridor, made an agreement
@pytest.mark.parametrize("text", [
    "The army and the rebels agreed on Monday to release each other's prisoners, mediators in Juba said.",
    "The warring sides in Marawi agreed to exchange detainees before the end of Ramadan, officials said.",
    "Rival commanders in Tripoli agreed to open a humanitarian corridor for civilians on Friday.",
])
def test_sides_agreeing_to_free_prisoners_or_open_a_corridor_agree(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == AGREEMENT


def test_agreeing_to_open_a_school_is_no_agreement(primary_of) -> None:
    assert _acled(primary_of("The minister agreed to open a new school in Taiz on Monday.")) != AGREEMENT


# 8. "soldiers searching for weapons ... clashed with gunmen": the parse makes the gerund the root; the
# finite verb is the news
@pytest.mark.parametrize("text, expected", [
    ("Troops searching for arms in a village near Jolo on Friday clashed with Abu Sayyaf gunmen.",
     ("Battles", "Armed clash")),
    ("Police investigating a bombing in Yala on Monday arrested three suspects.", ARRESTS),
])
def test_a_finite_verb_hung_under_a_root_gerund_is_the_news(primary_of, text: str, expected: tuple) -> None:
    assert _acled(primary_of(text)) == expected


def test_a_gerund_with_its_own_aux_stays_the_verb(primary_of) -> None:
    text = "Soldiers were searching for weapons in a village near Jolo on Friday, the army said."
    assert _acled(primary_of(text))[0] != "Battles"


def test_an_agreement_to_free_prisoners_is_an_intent_to_yield(primary_of) -> None:
    primary = primary_of("The army and the rebels agreed on Monday to free each other's prisoners in Juba.")
    assert primary.plover["type"] == "AGREE" and primary.cameo["code"].startswith("03")
