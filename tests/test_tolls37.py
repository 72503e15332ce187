"""Tolls told by other verbs, after, or before the act (round tolls37, tests/data/acled_tolls_audit_d.yaml):
"attacked a village, beheading two men" is one attack with two dead; "a week earlier, 7 people were killed"
is an earlier event's toll; captives whose bodies are found ("their bodies were found the next day") died
in the abduction; "... The army claimed to have killed 6 militants" gives an attack with no toll its toll.
Sentences written for this test, each rule with controls that must not change."""

from __future__ import annotations

import pytest

from chronica.evaluate.scores import recorded_deaths

PUB = "2023-05-12"  # a Friday


@pytest.mark.parametrize("text, dead, trigger", [
    ("Insurgents attacked a village near Macomia on Sunday, beheading two men, police said.", 2, "attacked"),
    ("Militants stormed a camp for displaced people near Djibo, beheading four men and wounding three.", 4,
     "stormed"),
    ("Gunmen attacked a hamlet in Bokkos on Monday and murdered three farmers, residents said.", 3,
     "attacked"),
    # controls: "killing" as before; a beheading told alone
    ("Insurgents attacked a village near Macomia on Sunday, killing two men, police said.", 2, "attacked"),
    ("Insurgents beheaded two men near Macomia on Sunday, police said.", 2, "beheaded"),
])
def test_a_killing_verb_after_an_attack_is_its_outcome(primary_of, text, dead, trigger):
    ev = primary_of(text, PUB)
    assert (recorded_deaths(ev), ev.trigger.text) == (dead, trigger)


@pytest.mark.parametrize("text, dead", [
    ("Gunmen killed a herder near Agatu on Thursday; a week earlier, 9 people were killed in a nearby "
     "village.", 1),
    ("Gunmen killed two traders in Makurdi on Thursday; two days earlier, 6 people were killed on the same "
     "road.", 2),
    # controls: the second clause's dead told with no earlier time are the same attack's
    ("Gunmen attacked a village near Agatu on Thursday; 9 people were killed, police said.", 9),
    ("Gunmen attacked a village near Agatu on Thursday, and 9 people were killed.", 9),
])
def test_dead_told_with_an_earlier_time_are_not_the_acts(primary_of, text, dead):
    assert recorded_deaths(primary_of(text, PUB)) == dead


@pytest.mark.parametrize("text, dead", [
    ("Gunmen abducted three farmers near Guma on Monday; their bodies were found the next day.", 3),
    ("Kidnappers seized a village head in Kajuru on Sunday. His body was found two days later, police "
     "said.", 1),
    # controls: a pronoun that does not fit the captives, something else of theirs found, no remains
    ("Gunmen abducted three farmers near Guma on Monday. His body was found in a river on Tuesday.", 0),
    ("Kidnappers seized a village head in Kajuru on Sunday. His car was found two days later.", 0),
    ("Gunmen abducted three farmers near Guma on Monday; they were freed the next day.", 0),
])
def test_captives_found_dead_are_the_abductions_toll(primary_of, text, dead):
    assert recorded_deaths(primary_of(text, PUB)) == dead


@pytest.mark.parametrize("text, dead", [
    ("Al-Shabaab fighters attacked an army base near Balad on Monday. The army claimed to have killed 6 "
     "militants.", 6),
    ("Militants attacked a base near Jowhar on Monday. After heavy gunfire, they withdrew and claimed to "
     "have killed two soldiers.", 2),
    # controls: an attack with a toll of its own keeps it; a claim with no attack before it is its own event
    ("Militants attacked a base near Jowhar on Monday, killing four soldiers. The militants claimed to have "
     "killed 20 soldiers.", 4),
    ("The army claimed to have killed 6 militants near Balad on Monday.", 6),
])
def test_a_claimed_killing_after_an_attack_is_its_toll(primary_of, text, dead):
    assert recorded_deaths(primary_of(text, PUB)) == dead


@pytest.mark.parametrize("text, dead", [
    ("A police patrol near Okene was attacked by gunmen on Monday. One officer was killed by a gunshot.", 1),
    ("Gunmen attacked a bar in Kano on Monday. Two customers were killed by gunshots, police said.", 2),
    ("Clashes broke out between the army and rebels near Marib on Monday. Twelve rebel fighters were "
     "reported killed.", 12),
    # controls: a by-agent that names doers other than the attack's stays a killing of its own
    ("Gunmen attacked a bar in Kano on Monday. Two customers were killed by police later.", 0),
])
def test_a_means_or_the_dead_as_subject_leave_the_killing_an_outcome(primary_of, text, dead):
    assert recorded_deaths(primary_of(text, PUB)) == dead
