"""Gangs, cartels and police operations (round articles27q): the toll and the day a story about a riot, a
raid or a gunfight tells. A crowd's fight keeps the toll told after it ("party supporters fought ...,
leaving three people dead"); a running toll in a sentence with no attack of its own ("the conflict has left
200,000 dead since 1964") is not given to the attack before it; "12 were killed when police fought gangs"
makes the fight the lede's act, not a later sentence's "came under fire"; and "police said on Monday that
officers shot a man on Sunday" dates the shooting Sunday. Sentences of our own about news in general."""

from __future__ import annotations

import pytest

PUBLISHED = "2019-03-12"  # a Tuesday


@pytest.mark.parametrize("text, toll", [
    ("Supporters of two rival parties fought outside a polling station in Cumilla on Sunday, leaving three "
     "people dead, police said.", 3),
    ("Protesters clashed with police in Dhaka on Sunday, leaving four people dead.", 4),
    ("Rioters fought police in the streets of Karachi on Sunday, leaving two people dead.", 2),
    ("Hundreds of demonstrators clashed with riot police outside the parliament in Nairobi on Sunday, "
     "leaving five people dead, witnesses said.", 5),
])
def test_a_crowds_fight_keeps_the_toll_told_after_it(primary_of, text, toll):
    primary = primary_of(text, published=PUBLISHED)
    assert (primary.acled or {}).get("event_type") == "Riots"
    assert primary.fatalities == toll


@pytest.mark.parametrize("text", [
    "Hundreds of people protested in Lahore on Sunday against the killing of two students.",
    "Thousands of protesters marched through Dhaka on Sunday, a week after police killed three students.",
])
def test_a_peaceful_protest_takes_no_toll(primary_of, text):
    primary = primary_of(text, published=PUBLISHED)
    assert primary.plover["type"] == "PROTEST"
    assert primary.fatalities is None


@pytest.mark.parametrize("text, toll", [
    ("Rebels ambushed an army patrol near Tumaco on Monday, killing four soldiers, the army said. Two days "
     "earlier, a policeman was killed in a clash with rebels in the same area. The conflict has left some "
     "200,000 people dead since 1964.", 1),
    ("Militants raided a police post near Bannu on Monday. A week ago, three soldiers were killed in an "
     "ambush in the same district. The insurgency has left more than 80,000 people dead since 2001.", 3),
])
def test_a_running_toll_is_not_the_last_attacks(events_of, text, toll):
    events = events_of(text, published=PUBLISHED)
    assert [e.fatalities for e in events if e.sentence == 1 and e.fatalities] == [toll]
    assert not any((e.fatalities or 0) > 1000 for e in events if e.sentence <= 1)


@pytest.mark.parametrize("text, toll", [
    ("At least 12 people were killed when police fought drug traffickers during a raid on a slum in Recife "
     "on Monday, officials said. Police said officers came under fire from armed men as they entered the "
     "area, and that they killed ten suspects in the shooting that followed.", 12),
    ("Seven people were killed when rebels attacked an army post near Tumaco on Friday, the army said. "
     "Soldiers came under fire from three sides and killed four of the attackers, it said.", 7),
    ("Nine people died on Saturday when soldiers clashed with gang members in a district of Tegucigalpa. "
     "The army said troops came under fire while they searched houses, and that they killed six gunmen.", 9),
])
def test_the_act_of_a_when_clause_told_with_its_toll_is_the_lede(primary_of, text, toll):
    primary = primary_of(text, published=PUBLISHED)
    assert primary.sentence == 0
    assert primary.fatalities == toll
    assert (primary.acled or {}).get("event_type") == "Battles"


@pytest.mark.parametrize("text, day", [
    ("Police in Cebu said on Monday that officers shot dead a student during a drug raid on Sunday.",
     "2019-03-10"),
    ("Police said on Monday that officers shot dead a student in Cebu on Sunday night.", "2019-03-10"),
    ("The army said on Monday that rebels had abducted an engineer on Saturday near Tibu.", "2019-03-09"),
    ("The government said on Monday that gunmen had killed a local councillor in Tocoa on Saturday "
     "evening.", "2019-03-09"),
])
def test_the_acts_own_day_beside_the_reports(primary_of, text, day):
    assert primary_of(text, published=PUBLISHED).date.value == day


@pytest.mark.parametrize("text, day", [
    ("Police said on Monday that gunmen had killed three farmers in a village near Cebu.", "2019-03-11"),
    ("Officers shot dead a student in Cebu on Sunday, police said on Monday.", "2019-03-10"),
])
def test_the_reports_day_stays_when_the_act_has_none(primary_of, text, day):
    assert primary_of(text, published=PUBLISHED).date.value == day


@pytest.mark.parametrize("text, town", [
    ("A candidate for mayor in Thailand's Nakhon Si Thammarat province was shot dead by a gunman while he "
     "was campaigning in a market in the town of Thung Song on Saturday morning, police said.", "Thung Song"),
    ("A candidate for mayor in Mexico's Guerrero state was shot dead by gunmen at a rally in the town of "
     "Taxco on Saturday.", "Taxco de Alarcón"),
    ("A councillor in Colombia's Cauca province was shot dead by gunmen in the town of Suarez on Saturday.",
     "Suárez"),
])
def test_a_place_describing_the_victim_yields_to_the_acts_place(primary_of, text, town):
    location = primary_of(text, published=PUBLISHED).location
    assert location is not None and location.name == town


@pytest.mark.parametrize("text, place", [
    ("Farmers in Benue state were attacked by herders on Saturday.", "Benue"),
    ("A journalist in Veracruz state was abducted by armed men on Saturday.", "Veracruz"),
])
def test_a_place_in_the_subject_still_places_an_act_that_names_no_other(primary_of, text, place):
    location = primary_of(text, published=PUBLISHED).location
    assert location is not None and location.name == place
