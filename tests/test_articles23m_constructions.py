"""Constructions of round-ups found by the article audit M (tests/data/articles_m/): a story that tells
the day's other events in later paragraphs ("In Nantes, police fired tear gas", "Marches were also held
in Atbara", "Hours later a bomb went off in Jos") without restating the day, and an outcome told under a
place of its own ("In Bago, two protesters were killed") after an attack elsewhere."""

from __future__ import annotations

import pytest

PUBLISHED = "2018-05-10"  # a Thursday; the ledes below tell Wednesday, 9 May

ROUNDUP_ITEMS = [
    ("KADUNA, May 9 - Gunmen attacked a market in Kaduna on Wednesday, killing seven traders, police "
     "said.\n\nTraders fled into nearby streets.\n\nIn Zaria, police fired tear gas at a crowd that "
     "blocked the main road.", "Zaria"),
    ("LIMA, May 9 - Thousands of teachers marched through Lima on Wednesday to demand higher pay, the "
     "union said.\n\nThe march ended peacefully near the congress building.\n\nTeachers also marched in "
     "Arequipa, where they blocked a bridge for hours.", "Arequipa"),
    ("PESHAWAR, May 9 - A bomb exploded at a bus stop in Peshawar on Wednesday, killing four people, "
     "officials said.\n\nThe blast shattered shop windows along the road.\n\nHours later a second bomb went "
     "off near a police station in Mardan.", "Mardan"),
]


@pytest.mark.parametrize("text, town", ROUNDUP_ITEMS)
def test_roundup_item_takes_the_ledes_day(events_of, text, town):
    placed = [e for e in events_of(text, PUBLISHED) if e.location and e.location.name == town]
    assert placed, town
    assert all(e.date.value == "2018-05-09" for e in placed), [(e.trigger.text, e.date.value) for e in placed]


def test_reaction_told_under_a_place_keeps_its_own_day(events_of):
    text = ("KADUNA, May 10 - Gunmen attacked a market in Kaduna on Wednesday, killing seven traders, "
            "police said.\n\nTraders fled into nearby streets.\n\nIn Abuja, the president condemned the "
            "killings.")
    said = [e for e in events_of(text, PUBLISHED) if e.plover["type"] == "ACCUSE"]
    assert said and said[0].date.value == PUBLISHED


@pytest.mark.parametrize("text, town, toll", [
    ("KANO, May 9 - A bomb exploded at a bus station in Kano on Wednesday, killing 12 people, police "
     "said.\n\nRescue workers searched the rubble for hours.\n\nIn Maiduguri, a suicide bomber killed five "
     "people at a market, officials said.", "Kano", 12),
    ("GOMA, May 9 - Rebels attacked an army base near Goma on Wednesday, killing three soldiers, the army "
     "said.\n\nThe fighting lasted most of the afternoon.\n\nIn Beni, militiamen with machetes also killed "
     "nine villagers in their homes, a local official said.", "Goma", 3),
    ("CALI, May 9 - Police fired tear gas at protesters who blocked a motorway in Cali on Wednesday, the "
     "city's mayor said.\n\nThe protesters demanded the release of detained students.\n\nIn Popayan, "
     "gunmen on motorbikes shot dead four protesters at a roadblock, a rights group said.", "Cali", None),
])
def test_primary_stays_the_ledes_event(primary_of, text, town, toll):
    ev = primary_of(text, PUBLISHED)
    assert ev.location is not None and ev.location.name == town, (ev.trigger.text, ev.location)
    assert ev.fatalities == toll


@pytest.mark.parametrize("text, lead, town, toll", [
    ("YANGON, May 9 - Police fired rubber bullets at a march in Mandalay on Wednesday.\n\nIn Bago, two "
     "protesters were killed, a rights group said.", "Mandalay", "Bago", 2),
    ("KABUL, May 9 - Gunmen attacked a checkpoint in Ghazni on Wednesday, the ministry said.\n\nIn Kunduz, "
     "three policemen were killed, a local official said.", "Ghazni", "Kunduz", 3),
    ("LAGOS, May 9 - Troops raided a camp in Maiduguri on Wednesday, the army said.\n\nIn Damaturu, five "
     "people were wounded, a hospital official said.", "Maiduguri", "Damaturu", None),
])
def test_outcome_under_a_place_of_its_own_is_its_own_event(events_of, text, lead, town, toll):
    events = events_of(text, PUBLISHED)
    first = next(e for e in events if e.location and e.location.name == lead)
    assert not first.fatalities and not first.injured, (first.trigger.text, first.fatalities, first.injured)
    if toll:
        assert any(e.location and e.location.name == town and e.fatalities == toll for e in events), \
            [(e.trigger.text, e.location and e.location.name, e.fatalities) for e in events]


@pytest.mark.parametrize("text", [
    "BAMAKO, May 9 - Gunmen attacked a bus near Gao on Wednesday, the army said.\n\nFour passengers were "
    "killed, a local official said.",
    "BAMAKO, May 9 - Gunmen attacked a bus near Gao on Wednesday. In Gao, four passengers were killed, a "
    "local official said.",
])
def test_outcome_of_the_same_attack_still_counts(primary_of, text):
    assert primary_of(text, PUBLISHED).fatalities == 4
