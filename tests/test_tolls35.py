"""The doers' own losses and lives claimed (round tolls35, tests/data/acled_tolls_audit_c.yaml): "killed 10
militants, losing two soldiers", "... and lost four of their own", "losing a soldier" add the dead a killing's
doers lost to its toll (ACLED counts every death of the event); "claimed the lives of six people" tells
six dead.
Sentences written for this test, each rule with controls that must not change."""

from __future__ import annotations

import pytest

from chronica.evaluate.scores import recorded_deaths

PUB = "2023-05-12"  # a Friday


@pytest.mark.parametrize("text, dead", [
    ("Soldiers killed 14 militants near Ansongo on Sunday, losing three soldiers, the army said.", 17),
    ("Government troops killed seven rebels in the hills and lost two soldiers, officials said.", 9),
    ("The army killed 11 insurgents near Mocimboa da Praia, losing four of their own.", 15),
    ("Police killed six gang members in a raid in Cite Soleil, losing two officers, a spokesman said.", 8),
    ("Security forces killed five gunmen near Zhob on Tuesday, losing a soldier, the military said.", 6),
    # controls: contact lost, vehicles lost, the wounded and the arrested, a loss with a subject of its own
    ("Soldiers killed 14 militants near Ansongo and lost contact with three soldiers, the army said.", 14),
    ("Soldiers killed 14 militants near Ansongo, losing two armoured vehicles, the army said.", 14),
    ("Soldiers killed 14 militants near Ansongo, wounding three others, the army said.", 14),
    ("Police killed six gang members in a raid in Cite Soleil and arrested two others.", 6),
])
def test_the_doers_own_losses_are_added(primary_of, text, dead):
    ev = primary_of(text, PUB)
    assert recorded_deaths(ev) == dead


@pytest.mark.parametrize("text, dead", [
    ("A clash between soldiers and rebels near Butembo claimed the lives of eight people on Monday.", 8),
    ("A roadside bomb near Lashkar Gah took the lives of three policemen, officials said.", 3),
    ("An attack on a convoy near Gao cost the lives of five soldiers, the army said.", 5),
    # controls: lives saved; lives at risk told with no act that takes them
    ("Soldiers killed two gunmen at a school in Kaduna and saved the lives of 30 pupils.", 2),
])
def test_lives_claimed_are_the_dead(primary_of, text, dead):
    ev = primary_of(text, PUB)
    assert recorded_deaths(ev) == dead


@pytest.mark.parametrize("text, dead", [
    ("Soldiers killed nine militants near Ansongo on Sunday; four soldiers also died, the army said.", 13),
    ("Police shot dead five robbers at a bank in Kano; two officers were also killed, police said.", 7),
    # controls: the later sentence's "also" dead stay out of a killing told with its doers (round tolls27);
    # the wounded told as more
    ("Police shot dead five robbers at a bank in Kano. Two officers also died, police said.", 5),
    ("Police shot dead five robbers at a bank in Kano; two officers were also wounded, police said.", 5),
])
def test_more_dead_in_the_same_sentence_are_added_to_a_killing_with_its_doers(primary_of, text, dead):
    ev = primary_of(text, PUB)
    assert recorded_deaths(ev) == dead
