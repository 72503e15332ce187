"""Misreadings of whose and where listed for round actors21 (issue #5), each fixed by a general rule, with
variants that must keep resolving as before. All sentences are invented for these tests."""

from __future__ import annotations

import pytest

from chronica.actors import ActorResolver

# 1. An alliance's mission and its troops are the alliance -------------------------------------------------


@pytest.mark.parametrize("phrase", [
    "the NATO mission", "the NATO-led mission", "the NATO training mission", "NATO-led forces",
])
def test_alliance_mission_is_the_alliance(resolver: ActorResolver, phrase: str) -> None:
    actor = resolver.resolve(phrase, date="2020-06-01", focus="AFG", where="AFG")
    assert actor is not None and actor.name == "NATO" and actor.country is None and actor.sector == "MIL"


@pytest.mark.parametrize("text", [
    "The NATO mission said its troops killed five insurgents in Helmand province on Sunday.",
    "The NATO-led mission said its soldiers had repelled an attack on a base in Kunduz.",
])
def test_alliance_mission_owns_its_troops(primary_of, text: str) -> None:
    doer = primary_of(text, "2020-06-01").source[0]
    assert doer.name == "NATO" and doer.country is None


@pytest.mark.parametrize(("phrase", "where", "name"), [
    ("coalition forces", "AFG", "NATO"),
    ("coalition troops", "AFG", "NATO"),
    ("coalition troops", "IRQ", "Global Coalition Against Daesh"),
    ("coalition aircraft", "YEM", "Saudi-led coalition"),
])
def test_coalition_forces_are_the_coalition_where_it_fights(resolver: ActorResolver, phrase: str, where: str,
                                                             name: str) -> None:
    actor = resolver.resolve(phrase, date="2020-06-01", focus=where, where=where)
    assert actor is not None and actor.name == name


def test_a_state_army_with_its_operation_stays_the_state(resolver: ActorResolver) -> None:
    actor = resolver.resolve("the Israeli army operation", date="2020-06-01", focus="ISR", where="ISR")
    assert actor is not None and actor.country == "ISR" and actor.sector == "MIL"


# 2. A commander of a named armed group is the group, even with an honorific before his name ---------------


@pytest.mark.parametrize(("phrase", "where", "country"), [
    ("Taliban commander Mullah Rahim", "AFG", "AFG"),
    ("Taliban commander Maulvi Abdul Karim", "AFG", "AFG"),
    ("al-Shabaab commander Sheikh Ahmed Nur", "SOM", "SOM"),
    ("Hezbollah commander Haji Hassan", "LBN", "LBN"),
    ("rebel commander Sheikh Ali Dheere", "SOM", "SOM"),
])
def test_group_commander_with_honorific_is_the_group(resolver: ActorResolver, phrase: str, where: str,
                                                     country: str) -> None:
    actor = resolver.resolve(phrase, date="2020-06-01", focus=where, where=where)
    assert actor is not None and actor.sector == "REB" and actor.country == country
    assert actor.name is not None and actor.name.split()[0] in ("Mullah", "Maulvi", "Sheikh", "Haji")


def test_group_commander_in_a_story(primary_of) -> None:
    event = primary_of("Taliban commander Mullah Rahim was killed in an air strike in Kunduz on Tuesday.",
                       "2020-06-01")
    assert any(a.sector == "REB" and a.name == "Mullah Rahim" for a in event.target)


def test_a_cleric_alone_stays_a_cleric(resolver: ActorResolver) -> None:
    actor = resolver.resolve("the cleric Sheikh Ali", date="2020-06-01", focus="AFG", where="AFG")
    assert actor is not None and actor.sector == "REL"


# 3. A dealing's venue is no party when the story names the parties' countries -----------------------------


@pytest.mark.parametrize(("text", "venue"), [
    ("Russia and Ukraine exchanged prisoners in Istanbul on Friday.", "TUR"),
    ("Armenia and Azerbaijan swapped prisoners in Geneva on Thursday.", "CHE"),
    ("Ethiopia and Eritrea signed a peace agreement in Jeddah on Sunday.", "SAU"),
])
def test_venue_is_no_party(primary_of, text: str, venue: str) -> None:
    event = primary_of(text, "2020-06-01")
    assert event.source + event.target
    assert all(a.country != venue for a in event.source + event.target)
    assert all(a.inter != 8 for a in event.source)  # not a state abroad at the venue


# 4. "The government and Colombian rebels" parsed as one phrase: two parties -------------------------------


@pytest.mark.parametrize(("text", "second"), [
    ("The government and Colombian rebels signed a peace deal in Havana on Monday.", "REB"),
    ("The government and Sudanese rebels held talks in Juba on Tuesday.", "REB"),
    ("The army and Malian separatists agreed to a ceasefire on Sunday.", "REB"),
])
def test_state_and_demonym_group_are_two_parties(primary_of, text: str, second: str) -> None:
    event = primary_of(text, "2020-06-01")
    assert len(event.source) == 1 and event.source[0].sector in ("GOV", "MIL", "COP")
    assert event.target and event.target[0].sector == second


def test_police_and_demonym_crowd_are_two_parties(primary_of) -> None:
    # the crowd's riot: the protesters its doer, the police its target (clashed52)
    event = primary_of("Police and Kenyan protesters clashed in Nairobi on Friday.", "2020-06-01")
    assert len(event.source) == 1 and event.source[0].sector == "CVL"
    assert event.target and event.target[0].sector == "COP"


def test_coordinated_modifiers_still_share_their_head(primary_of) -> None:
    event = primary_of("Indian and Pakistani troops exchanged fire along the border.", "2020-06-01")
    assert {a.country for a in event.source + event.target} == {"IND", "PAK"}


# 5. Sailors of a civilian vessel are its crew, not a navy --------------------------------------------------


@pytest.mark.parametrize("phrase", [
    "six sailors of a merchant ship", "the sailors of a fishing boat", "sailors on a cargo ship",
    "sailors aboard an oil tanker",
])
def test_sailors_of_a_civilian_vessel_are_civilians(resolver: ActorResolver, phrase: str) -> None:
    actor = resolver.resolve(phrase, date="2020-06-01", focus="NGA", where="NGA")
    assert actor is not None and actor.sector == "LAB" and actor.inter == 7


@pytest.mark.parametrize("phrase", ["navy sailors", "sailors of the navy", "the sailors of a warship"])
def test_navy_sailors_stay_military(resolver: ActorResolver, phrase: str) -> None:
    actor = resolver.resolve(phrase, date="2020-06-01", focus="NGA", where="NGA")
    assert actor is not None and actor.sector == "MIL"


def test_kidnapped_merchant_sailors(primary_of) -> None:
    event = primary_of("Gunmen kidnapped six sailors of a merchant ship off the coast of Nigeria.",
                       "2020-06-01")
    assert event.target and event.target[0].sector == "LAB"


# 6. "Foreign forces" after one foreign state's forces are those forces ------------------------------------


@pytest.mark.parametrize(("text", "country"), [
    ("Turkish troops crossed the border into Syria on Monday. Foreign forces then attacked the town of "
     "Afrin, killing four people.", "TUR"),
    ("French soldiers arrived in Gao last month. Foreign troops raided a market near Gao on Friday, "
     "killing three civilians.", "FRA"),
])
def test_foreign_forces_named_before(primary_of, text: str, country: str) -> None:
    doer = primary_of(text, "2020-06-01").source[0]
    assert doer.country == country and doer.sector == "MIL"


@pytest.mark.parametrize("text", [
    "Foreign forces attacked the village on Monday, killing four people.",
    "Turkish troops and Russian troops moved into Syria on Monday. Foreign forces attacked the town of "
    "Afrin, killing four people.",
])
def test_foreign_forces_without_one_state_named_stay_unknown(primary_of, text: str) -> None:
    doer = primary_of(text, "2020-06-01").source[0]
    assert doer.country is None


# 7. A bare surname out of office on the story's date does not set its country -----------------------------


@pytest.mark.parametrize(("text", "date", "country"), [
    ("Mansour said the talks would resume next week after gunmen attacked a convoy.", "2020-06-01", None),
    ("Mubarak said protesters had attacked a police station.", "2020-06-01", None),
    ("Mubarak said protesters had attacked a police station.", "2005-06-01", "EGY"),
    ("Interim President Mansour said the talks would resume after gunmen attacked a convoy.", "2020-06-01",
     "EGY"),
    ("Putin said the talks would resume next week after gunmen attacked a convoy.", "2020-06-01", "RUS"),
])
def test_bare_surname_and_story_country(primary_of, text: str, date: str, country: str | None) -> None:
    event = primary_of(text, date)
    assert (event.location.country if event.location else None) == country


# 8. A weapon before an attack noun gives way to its owner --------------------------------------------------


@pytest.mark.parametrize(("text", "country"), [
    ("Turkish artillery shelling was reported on villages near Afrin on Monday.", "TUR"),
    ("Russian rocket fire hit a market in Idlib on Monday.", "RUS"),
    ("Israeli tank fire hit a post in Gaza on Friday.", "ISR"),
])
def test_weapon_owner_is_the_doer(primary_of, text: str, country: str) -> None:
    event = primary_of(text, "2020-06-01")
    assert event.source and event.source[0].country == country and event.source[0].sector == "MIL"


def test_saudi_artillery_is_not_an_unknown_group(primary_of) -> None:
    event = primary_of("Saudi artillery shelling hit a border district in Sadah on Tuesday.", "2020-06-01")
    assert event.source and event.source[0].sector == "MIL" and event.source[0].inter == 8
