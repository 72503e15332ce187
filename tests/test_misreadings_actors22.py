"""Misreadings of whose and who listed for round actors22 (issue #5), each fixed by a general rule, with
variants that must keep resolving as before. All sentences are invented for these tests."""

from __future__ import annotations

import pytest

from chronica.actors import ActorResolver

# 1. A dealing's venue gives no country to the sides or their captives ---------------------------------------


@pytest.mark.parametrize(("text", "venue"), [
    ("The two sides swapped prisoners in Geneva on Thursday.", "CHE"),
    ("The warring parties exchanged prisoners in Istanbul on Friday.", "TUR"),
    ("The rival factions swapped detainees in Vienna on Sunday.", "AUT"),
])
def test_venue_gives_the_captives_no_country(primary_of, text: str, venue: str) -> None:
    event = primary_of(text, "2020-06-01")
    assert event.target and event.location is not None and event.location.country == venue
    assert all(a.country != venue for a in event.source + event.target)


@pytest.mark.parametrize(("text", "country"), [
    ("The government and rebels signed a peace deal in Juba on Monday.", "SSD"),
    ("The government and rebels exchanged prisoners in Juba on Monday.", "SSD"),
    ("Police arrested two men in Geneva on Thursday.", "CHE"),
])
def test_a_state_at_home_keeps_its_country(primary_of, text: str, country: str) -> None:
    event = primary_of(text, "2020-06-01")
    assert all(a.country == country for a in event.source + event.target)


# 3. Sailors aboard a civilian vessel are its crew, wherever the parse hangs the vessel ----------------------


@pytest.mark.parametrize("text", [
    "Pirates abducted eight sailors aboard the trawler off Somalia on Monday.",
    "Gunmen kidnapped five sailors aboard a cargo ship off Nigeria.",
    "Gunmen kidnapped five sailors on a cargo ship off Nigeria.",
    "Pirates kidnapped six seamen from an oil tanker off Togo on Sunday.",
    "Pirates kidnapped six seamen off Togo on Sunday.",
])
def test_sailors_aboard_a_civilian_vessel(primary_of, text: str) -> None:
    event = primary_of(text, "2020-06-01")
    assert event.target and event.target[0].sector == "LAB" and event.target[0].inter == 7


@pytest.mark.parametrize("text", [
    "Gunmen attacked navy sailors aboard a patrol boat in the delta.",
    "Gunmen attacked sailors on a navy patrol boat in the delta.",
])
def test_sailors_of_a_navy_boat_stay_military(primary_of, text: str) -> None:
    event = primary_of(text, "2020-06-01")
    assert event.target and event.target[0].sector == "MIL"


# 4. Leaders of a separatist movement are a political group unless told doing armed violence ----------------


@pytest.mark.parametrize("text", [
    "Separatist leaders were jailed for organising an independence referendum.",
    "A court sentenced nine separatist leaders to prison for sedition on Monday.",
    "Police arrested the separatist leader in Barcelona on Tuesday.",
])
def test_separatist_leaders_are_political(primary_of, text: str) -> None:
    event = primary_of(text, "2020-06-01")
    assert event.target and event.target[0].sector == "OPP" and event.target[0].inter == 7


@pytest.mark.parametrize("phrase", ["pro-independence activists", "a secessionist politician"])
def test_independence_campaigners_are_political(resolver: ActorResolver, phrase: str) -> None:
    actor = resolver.resolve(phrase, date="2020-06-01", focus="ESP", where="ESP")
    assert actor is not None and actor.sector == "OPP"


@pytest.mark.parametrize("text", [
    "Separatist fighters killed two soldiers in Bamenda on Monday.",
    "Separatist leaders shot dead two soldiers in Bamenda on Monday.",
])
def test_separatists_who_kill_are_rebels(primary_of, text: str) -> None:
    event = primary_of(text, "2020-06-01")
    assert event.source and event.source[0].sector == "REB" and event.source[0].country == "CMR"


# 5. Youths are young adults: civilians, not children -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Police arrested three youths in Nairobi on Sunday.",
    "Soldiers shot dead two youths in Kaduna on Monday.",
    "A group of youths was beaten by police in Harare.",
])
def test_youths_are_civilians_not_children(primary_of, text: str) -> None:
    event = primary_of(text, "2020-06-01")
    assert event.target and event.target[0].name.startswith("Civilians")


@pytest.mark.parametrize("phrase", ["four children", "a minor", "two boys"])
def test_children_stay_children(resolver: ActorResolver, phrase: str) -> None:
    actor = resolver.resolve(phrase, date="2020-06-01", focus="KEN", where="KEN")
    assert actor is not None and actor.name == "Children (Kenya)"


# 7. An office holder's convoy, motorcade, car or compound stands for the office holder ----------------------


@pytest.mark.parametrize(("text", "country"), [
    ("Gunmen attacked the motorcade of the provincial governor in Ghazni.", "AFG"),
    ("Gunmen fired on the car of a local mayor in Guerrero on Friday.", "MEX"),
    ("Protesters stormed the compound of the district governor in Kunar.", "AFG"),
    ("Militants attacked the convoy of the governor in Kandahar on Monday.", "AFG"),
])
def test_an_office_holders_convoy_is_the_office(primary_of, text: str, country: str) -> None:
    event = primary_of(text, "2020-06-01")
    assert event.target and event.target[0].sector == "GOV" and event.target[0].country == country


# 8. A demand or offer whose owner the parse split off as a second object is the owner's ---------------------


@pytest.mark.parametrize(("text", "name"), [
    ("Serbia rejected NATO demands to withdraw its troops from Kosovo.", "NATO"),
    ("Yugoslav President Slobodan Milosevic rejected NATO demands to withdraw his troops from Kosovo.",
     "NATO"),
    ("Iran rejected U.S. demands to halt uranium enrichment on Monday.", "Government of the United States"),
    ("Israel rejected a Syrian offer to resume peace talks.", "Government of Syria"),
])
def test_the_demand_is_its_owners(primary_of, text: str, name: str) -> None:
    event = primary_of(text, "1999-04-01")
    assert event.target and event.target[0].name == name


# 9. "Near the Thai border" by a named state's forces is on their own side ----------------------------------


@pytest.mark.parametrize(("text", "country"), [
    ("Burmese troops attacked a village near the Thai border on Monday.", "MMR"),
    ("Sudanese troops shelled rebel positions near the Ugandan border.", "SDN"),
    ("Pakistani soldiers killed three militants near the Afghan border.", "PAK"),
    ("Colombian troops clashed with rebels near the Venezuelan border.", "COL"),
])
def test_near_a_neighbours_border_is_the_doers_side(primary_of, text: str, country: str) -> None:
    event = primary_of(text, "2020-06-01")
    assert event.location is not None and event.location.country == country
    assert event.target and event.target[0].country == country


@pytest.mark.parametrize(("text", "country"), [
    ("Turkish troops shelled positions near the Syrian border town of Kobani.", "SYR"),
    ("Soldiers killed three militants near the Afghan border on Monday.", "AFG"),
])
def test_a_border_town_or_unnamed_doers_keep_the_named_country(primary_of, text: str, country: str) -> None:
    event = primary_of(text, "2020-06-01")
    assert event.location is not None and event.location.country == country


# 10. A dictionary name written in lower case matches in any case, through "of" too --------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("Peshmerga fighters said peshmerga units repelled an attack near Kirkuk on Monday.", "Peshmerga"),
    ("On Monday, southern resistance forces attacked Houthi positions in Dhale.", "Southern Resistance"),
    ("Chilean carabineros dispersed a march in Santiago with tear gas.", "Carabineros"),
])
def test_a_lower_case_dictionary_name(primary_of, text: str, name: str) -> None:
    event = primary_of(text, "2020-06-01")
    assert event.source and event.source[0].name == name


@pytest.mark.parametrize(("phrase", "where", "country"), [
    ("regime forces", "VEN", "VEN"),
    ("regime forces", "SYR", "SYR"),
])
def test_a_role_in_lower_case_stays_the_role(resolver: ActorResolver, phrase: str, where: str,
                                               country: str) -> None:
    actor = resolver.resolve(phrase, date="2020-06-01", focus=where, where=where)
    assert actor is not None and actor.country == country and actor.sector == "MIL"


def test_a_name_running_on_through_of(primary_of) -> None:
    event = primary_of("The children of fire initiative set fire to a warehouse in Izmir on Monday.",
                       "2020-06-01")
    assert event.source and event.source[0].name == "Children of Fire" and event.source[0].inter == 3


@pytest.mark.parametrize("text", [
    "The children of the victims marched in Lagos on Sunday.",
    "The brothers of the victim protested outside the police station in Rome.",
])
def test_kin_of_someone_stay_people(primary_of, text: str) -> None:
    event = primary_of(text, "2020-06-01")
    assert event.source and event.source[0].inter == 6
