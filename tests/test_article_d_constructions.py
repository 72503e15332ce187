"""Constructions the fourth article audit (tests/data/articles_d/) found misread, each with news-style
sentences of our own: the lede's day told on in the next paragraph, datelines filed from two cities, the
lede's position after a dateline, an act named by a capability ("the ability to seize") and dock workers
on strike."""

from __future__ import annotations

import pytest

from chronica.ingest import dateline

# -- the lede's day, told on in the next paragraph ---------------------------------------------------


@pytest.mark.parametrize("text, published, trigger, day", [
    ("Riot police raided the headquarters of the main opposition party on Tuesday, witnesses said.\n\n"
     "Officers fired tear gas at hundreds of supporters gathered outside the building.",
     "2021-03-17", "fired", "2021-03-16"),
    ("Gunmen attacked a bus carrying miners near the northern town of Kilo on Sunday.\n\n"
     "The attackers shot the driver and set the vehicle on fire before fleeing into the forest.",
     "2019-11-12", "shot", "2019-11-10"),
    ("LAGOS, June 4 (Example Wire) - Troops stormed a rebel camp in the east of the country on Friday, "
     "the army said.\n\nSoldiers seized rifles and two trucks, a spokesman told reporters.",
     "2022-06-04", "seized", "2022-06-03"),
])
def test_next_paragraph_takes_the_ledes_day(event_at, text, published, trigger, day):
    ev = event_at(text, trigger, published)
    assert ev.date.value == day and ev.date.basis != "published"


@pytest.mark.parametrize("text, published, trigger, day", [
    # a day of its own in the second paragraph is kept
    ("Police raided the party's office on Wednesday.\n\nOn Friday officers fired tear gas at the crowd.",
     "2022-05-06", "fired", "2022-05-06"),
    # the third paragraph is no longer the lede's news
    ("Police raided the party's office on Wednesday.\n\nThe party called it an outrage.\n\n"
     "Officers arrested two journalists.", "2022-05-06", "arrested", "2022-05-06"),
    # an act still to come is not dated back
    ("Rebels shelled the port city on Monday.\n\nThe army will attack their positions in the hills.",
     "2020-02-05", "attack", "2020-02-05"),
])
def test_ledes_day_is_not_carried_further(event_at, text, published, trigger, day):
    ev = event_at(text, trigger, published)
    assert ev.date.value == day


# -- datelines filed from two cities ------------------------------------------------------------------

@pytest.mark.parametrize("text, place, agency", [
    ("BEIRUT/DAMASCUS, March 3 (Example Wire) - Rockets hit a market.", "BEIRUT/DAMASCUS", "Example Wire"),
    ("KYIV/MOSCOW (Example Wire) - Drones struck an oil depot overnight.", "KYIV/MOSCOW", "Example Wire"),
    ("ADDIS ABABA/NAIROBI - Talks between the two sides resumed on Monday.", "ADDIS ABABA/NAIROBI", ""),
])
def test_two_city_dateline_is_read(text, place, agency):
    assert dateline(text) == (place, agency)


# -- the lede after a dateline keeps its place at the head of the story --------------------------------

@pytest.mark.parametrize("text, published, plover", [
    ("HANOI, May 9 (Example Wire) - Vietnam accused China on Saturday of ramming one of its fishing boats "
     "near the Paracel Islands.\n\nA foreign ministry spokeswoman said Beijing had violated international "
     "law.\n\nThe two navies had clashed over the islands in 1974 and 1988, killing dozens of sailors.",
     "2020-05-09", "ACCUSE"),
    ("SEOUL/TOKYO, Aug 3 (Example Wire) - South Korea and Japan agreed on Thursday to resume their "
     "military hotline.\n\nDefence ministers signed the accord in Seoul.\n\nThe two sides had exchanged "
     "angry statements for months after a radar incident in 2018.", "2023-08-03", "AGREE"),
    ("QUITO, Jan 10 (Example Wire) - Ecuador's president declared a state of emergency on Monday.\n\n"
     "Soldiers were sent to patrol the streets of the capital.\n\nGangs had attacked prisons and police "
     "stations across the country last year.", "2024-01-10", "COERCE"),
])
def test_dateline_lede_outranks_later_background(primary_of, text, published, plover):
    assert primary_of(text, published).plover["type"] == plover


# -- an act named by a capability is not done -----------------------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("The naval drills tested the fleet's ability to seize control of the strait, officers said.", "seize"),
    ("The new law gives police the power to detain suspects for thirty days without charge.", "detain"),
    ("Officials said the rebels had lost the capacity to attack large towns.", "attack"),
    ("The court upheld the right to protest outside government buildings.", "protest"),
])
def test_capability_makes_the_act_hypothetical(events_of, text, trigger):
    found = [e for e in events_of(text) if e.trigger.text == trigger]
    assert all(e.modality.hypothetical and not e.primary for e in found)


# -- dock workers on strike are labour -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "About 3,000 dockworkers walked off the job at the port of Antwerp on Monday, halting container traffic.",
    "Longshoremen went on strike at the port of Santos on Tuesday over automation.",
    "Striking dockers blocked the gates of the port of Marseille on Thursday.",
    "Stevedores at the port of Durban downed tools on Wednesday, demanding a pay rise.",
])
def test_dock_workers_are_labour(primary_of, text):
    ev = primary_of(text)
    assert ev.plover["type"] == "PROTEST"
    assert any(a.sector == "LAB" for a in ev.source), [(a.name, a.sector) for a in ev.source]
