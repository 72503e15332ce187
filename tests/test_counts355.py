"""Revised tolls (round counts355): a toll brought, raised, taken, pushed, lowered or revised to a figure
("two more victims died, raising the death toll from the Beirut blast to 18", "Officials raised the death toll
from Friday's ambush to 19", "revised the toll down to 31 from 45") is the event's toll, over the newly dead
of the clause before it and even when smaller; the officials who revise it are no doers, nor are the dead of
the clause before. In a story, a later "the death toll had risen to 15", "Officials later raised the death
toll to 14" or "the toll rose to 25 after more bodies were recovered" updates the attack told before (no new
event of its own), and "A third Palestinian died of his wounds" after two dead is one more of them. A running
total ("bringing the total killed since the coup to 700", "this year", "so far") is not the event's toll.
Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-01"


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. a toll revised by a participle or a verb of revising, with "to N": the event's toll
@pytest.mark.parametrize("text, word, dead", [
    ("Three of the injured later died of their wounds, bringing the toll from the Mogadishu attack to 22.",
     "attack", 22),
    ("Two more victims died in hospital overnight, raising the death toll from the Beirut blast to 18.",
     "blast", 18),
    ("Another victim died in hospital on Monday, bringing the toll from the Kabul mosque bombing to 33.",
     "bombing", 33),
    ("Three more bodies were pulled from the rubble, raising the toll from the air strike on Saada to 70.",
     "air strike", 70),
    ("Two injured policemen died overnight, bringing the number of dead in the Kano attack to "
     "11.", "attack", 11),
    ("Officials raised the death toll from Friday's ambush to 19.", "ambush", 19),
    ("Officials revised the toll from Saturday's attack down to 31 from 45.", "attack", 31),
    # variants
    ("Officials lowered the death toll from the Peshawar mosque bombing to 84.", "bombing", 84),
    ("Authorities raised the death toll from Sunday's attack on the church to 41.", "attack", 41),
    ("Rescuers pulled four more bodies from the rubble, taking the toll from the air strike on "
     "Hodeidah to 52.",
     "air strike", 52),
    ("A wounded soldier died in hospital, pushing the death toll from the ambush in Tillaberi to 13.",
     "ambush", 13),
    # controls: a toll that rose, as before this round
    ("The death toll from the Quetta hospital bombing rose to 74 on Tuesday.", "bombing", 74),
    ("The number of people killed in the Colombo church bombings has risen to 290, police said.", "bombings",
     290),
    ("The toll from the Lahore blast has risen to 73, most of them women and children.", "blast", 73),
])
def test_revised_toll_is_the_events(event_at, text: str, word: str, dead: int) -> None:
    assert event_at(text, word, PUBLISHED).fatalities == dead


# 2. who revises or reports the toll, and the dead of the clause before, did not do the attack
@pytest.mark.parametrize("text, word, not_source", [
    ("Two injured policemen died overnight, bringing the number of dead in the Kano attack to 11.", "attack",
     "Police Forces of Nigeria"),
    ("Officials raised the death toll from Friday's ambush to 19.", "ambush", "Government"),
    ("Officials revised the toll from Saturday's attack down to 31 from 45.", "attack", "Government"),
    ("Authorities raised the death toll from Sunday's attack on the church to 41.", "attack", "Government"),
])
def test_toll_tellers_are_no_doers(event_at, text: str, word: str, not_source: str) -> None:
    assert not_source not in _names(event_at(text, word, PUBLISHED).source)


@pytest.mark.parametrize("text, word, source", [
    # controls: a doer named in the act or in the toll's event phrase keeps its place
    ("Security forces shot dead two protesters in Mandalay on Sunday, bringing the total killed "
     "since the coup"
     " to more than 700.", "shot dead", "Security Forces of Myanmar"),
    ("Israeli troops shot dead a Palestinian man in Jenin on Thursday, bringing to 150 the number of "
     "Palestinians killed in the West Bank this year.", "shot dead", "Military Forces of Israel"),
])
def test_toll_tellers_controls(event_at, text: str, word: str, source: str) -> None:
    assert source in _names(event_at(text, word, PUBLISHED).source)


# 3. a running total is not the event's toll
@pytest.mark.parametrize("text, word, dead", [
    ("Security forces shot dead two protesters in Mandalay on Sunday, bringing the total killed "
     "since the coup"
     " to more than 700.", "shot dead", 2),
    ("Israeli troops shot dead a Palestinian man in Jenin on Thursday, bringing to 150 the number of "
     "Palestinians killed in the West Bank this year.", "shot dead", 1),
    ("Police shot dead a protester on Monday, bringing the number of people killed in the unrest so "
     "far to 40.",
     "shot dead", 1),
    ("Soldiers killed three militants on Friday, taking the total killed this month to 60.", "killed", 3),
    ("Gunmen killed four villagers, raising the toll from attacks in the region since January to 200.",
     "killed", 4),
])
def test_running_total_is_not_the_events_toll(event_at, text: str, word: str, dead: int) -> None:
    assert event_at(text, word, PUBLISHED).fatalities == dead


# 4. in a story: a later toll update, a toll revised, or one more dead told by an ordinal updates the attack
@pytest.mark.parametrize("text, word, dead, injured", [
    ("A car bomb exploded near a market in Mogadishu on Saturday. Police said eight people were killed. "
     "Hospital officials later said the death toll had risen to 15, and 40 were "
     "wounded.", "exploded", 15, 40),
    ("Gunmen stormed a village in Bokkos, Plateau State, on Sunday night, killing at least 17 people. Police "
     "spokesman Alabo Alfred said the toll later rose to 25 after more bodies were recovered.", "stormed", 25,
     None),
    ("Israeli troops killed two Palestinian gunmen during a raid in Jenin on Wednesday, the army "
     "said. A third "
     "Palestinian, a 15-year-old boy, died of his wounds on Thursday.", "raid", 3, None),
    # variants
    ("Gunmen attacked a bus near Gao on Monday, killing nine passengers. Officials later raised the "
     "death toll"
     " to 14.", "attacked", 14, None),
    ("A suicide bomber struck a mosque in Peshawar on Monday, killing 100 people. Officials later "
     "revised the "
     "toll down to 84.", "struck", 84, None),
    ("A car bomb exploded in Baghdad on Sunday. Police said six people were killed. The toll later "
     "rose to 11, "
     "hospital sources said.", "exploded", 11, None),
    ("Police shot dead two protesters in Nairobi on Tuesday. A third protester died in hospital on "
     "Wednesday.",
     "shot dead", 3, None),
    ("Gunmen killed four villagers in Zamfara on Sunday. Two more bodies were recovered on Monday, bringing "
     "the toll to six.", "killed", 6, None),
    # controls: a running total in a later sentence; dead told as more; a toll in one sentence
    ("Gunmen killed five villagers in Zamfara on Sunday. The number of people killed in the state this year "
     "has risen to 400.", "killed", 5, None),
    ("Maoist rebels ambushed a police team in Chhattisgarh's Sukma district on Saturday. Twenty-two security "
     "personnel were killed and 31 injured. One Maoist was also killed, police said.", "ambushed", 23, 31),
])
def test_story_toll_update(events_of, text: str, word: str, dead: int, injured) -> None:
    events = events_of(text, PUBLISHED)
    event = next(e for e in events if e.trigger.text == word)
    assert event.primary
    assert (event.fatalities, event.injured) == (dead, injured)
    assert not any(e.trigger.text == "recovered" for e in events)  # no killing of its own
