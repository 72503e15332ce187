"""Round myisr60 (items myisr-6, -7, -8, -10 of session 59's probes of Myanmar and Israel-Palestine news): a
country's people counted by a number are a crowd under a protest verb; running tolls ("since the war began",
"last year", "in the perfect in thousands with no day") are never the primary event, and a toll revised to a
number that names no event leaves an act its own dead; crime nouns named as a charge, as what is to be
prevented, or as what a deed amounts to are no deed; ground an offensive is launched to take is only its aim,
and ground a state's forces aim to take back is typed as the state regaining it; a noun awaited "ahead of" is
still to come; a violent act feared is no threat; a partitive of a named place taken is ground taken; a
protest camp set up is a protest; a trailing "..., residents alleged" is no accusation; a place "sheltering"
people gives no aid. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-08-20"


def _flags(event) -> str:
    m = event.modality
    return "".join(c for c, f in (("N", m.negated), ("H", m.hypothetical), ("F", m.future)) if f)


def _primary(events):
    return next((e for e in events if e.primary), None)


# 1. crowds counted by nationality (myisr-6)
@pytest.mark.parametrize("text, word, size", [
    ("Tens of thousands of Hungarians rallied in Budapest on Sunday against the new law.", "rallied", 10000),
    ("Thousands of Georgians marched in Tbilisi on Friday.", "marched", 1000),
    ("Hundreds of thousands of Serbians protested in Belgrade on Saturday.", "protested", 100000),
    ("About 400 Nigerians demonstrated outside the embassy in Accra.", "demonstrated", 400),
    # controls: people and protesters counted as before
    ("Tens of thousands of people marched in Santiago on Sunday.", "marched", 10000),
    ("About 2,000 protesters blocked a motorway near Lyon.", "blocked", 2000),
])
def test_counted_demonyms_are_a_crowd(event_at, text: str, word: str, size: int) -> None:
    assert event_at(text, word, PUBLISHED).size == size


def test_counted_demonyms_fleeing_are_no_crowd(event_at) -> None:
    assert event_at("Thousands of Sudanese fled El Geneina on Sunday.", "fled", PUBLISHED).size is None


# 2. running tolls: never the primary event (myisr-7)
@pytest.mark.parametrize("text, word", [
    ("The health ministry said 38,000 people had been killed since the war began.", "killed"),
    ("More than 3,000 civilians have been killed since the 2021 takeover, a monitor said.", "killed"),
    ("The ministry said 95 people had been killed since November.", "killed"),
    ("1,800 civilians were killed in Sudan last year, the agency said.", "killed"),
    ("More than 30,000 Sudanese have been killed in the fighting, according to the UN.", "killed"),
])
def test_running_tolls_are_no_primary_event(events_of, text: str, word: str) -> None:
    tolls = [e for e in events_of(text, PUBLISHED) if e.fatalities]
    assert tolls and all(e.evidence["trigger"].get("cumulative") and not e.primary for e in tolls)


@pytest.mark.parametrize("text, word, dead", [
    # controls: the news's own killings stay the primary event with their dead
    ("Soldiers have killed 14 villagers in Sagaing, residents said on Tuesday.", "killed", 14),
    ("The army has killed 6 fighters in an operation on Monday.", "killed", 6),
    ("Gunmen killed 9 farmers in Zamfara on Sunday.", "killed", 9),
])
def test_running_toll_controls(events_of, text: str, word: str, dead: int) -> None:
    event = _primary(events_of(text, PUBLISHED))
    assert event is not None and event.trigger.text == word and event.fatalities == dead


@pytest.mark.parametrize("text, dead", [
    ("A Russian missile strike killed 7 people in Odesa on Friday, bringing the death toll to 12,000.", 7),
    ("An Israeli air strike killed 15 people in Deir al-Balah on Monday, raising the death toll in Gaza to "
     "41,000.", 15),
    # controls: a toll of the event itself revised holds
    ("Two more victims died in hospital, raising the death toll from the market bombing to 23.", 23),
])
def test_unnamed_toll_leaves_the_act_its_dead(events_of, text: str, dead: int) -> None:
    event = _primary(events_of(text, PUBLISHED))
    assert event is not None and event.fatalities == dead


# 3. crime nouns named as a charge, a thing to prevent, a label (myisr-7)
@pytest.mark.parametrize("text", [
    "Nicaragua accused Germany of complicity in genocide.",
    "The court ordered Myanmar to take measures to prevent acts of genocide against the Rohingya.",
    "The UN report said the campaign constituted ethnic cleansing.",
    "Bosnian Serb leaders were accused of genocide and war crimes.",
    "The former commander was convicted of genocide on Wednesday.",
])
def test_crime_named_is_no_deed(events_of, text: str) -> None:
    events = events_of(text, PUBLISHED)
    assert not any(e.trigger.text.lower() in ("genocide", "ethnic cleansing", "cleansing") for e in events)
    assert not any(e.plover["type"] == "ASSAULT" for e in events)


@pytest.mark.parametrize("text, word", [
    # controls: a crime told as done stays a deed
    ("The army committed genocide against the Yazidis in 2014.", "genocide"),
    ("Militiamen carried out atrocities in the villages, survivors said.", "atrocities"),
])
def test_crime_done_stays_a_deed(event_at, text: str, word: str) -> None:
    assert event_at(text, word, PUBLISHED).plover["type"] == "ASSAULT"


# 4. purposes and awaited deeds (myisr-8)
@pytest.mark.parametrize("text, word, flags, sub", [
    ("The army may launch a counteroffensive to retake Myawaddy, analysts said.", "retake", "H",
     "Government regains territory"),
    ("The military is preparing an offensive to recapture Lashio.", "recapture", "H",
     "Government regains territory"),
    ("Government troops were sent to Kyaikto to retake Bilin.", "retake", "H",
     "Government regains territory"),
    # controls: ground taken back told as done; rebels' aim stays theirs
    ("The junta retook Myawaddy on Tuesday.", "retook", "", "Government regains territory"),
    ("The rebels may try to seize Lashio.", "seize", "H", "Non-state actor overtakes territory"),
])
def test_ground_only_aimed_at(event_at, text: str, word: str, flags: str, sub: str) -> None:
    event = event_at(text, word, PUBLISHED)
    assert _flags(event) == flags
    assert event.acled["sub_event_type"] == sub


def test_the_offensive_launched_stays_the_news(events_of) -> None:
    event = _primary(events_of("The army launched an offensive to retake Myawaddy on Tuesday.", PUBLISHED))
    assert event is not None and event.trigger.text == "offensive"


@pytest.mark.parametrize("text, word, flags", [
    ("The army told civilians to leave the city ahead of an assault.", "assault", "HF"),
    ("Troops massed near the frontier in preparation for an invasion.", "invasion", "HF"),
    # control: a deed told plainly
    ("Troops launched an assault on the city on Monday.", "assault", ""),
])
def test_awaited_deeds_are_still_to_come(event_at, text: str, word: str, flags: str) -> None:
    assert _flags(event_at(text, word, PUBLISHED)) == flags


@pytest.mark.parametrize("text, word, ptype", [
    ("Displaced families said they feared army airstrikes if they went back.", "airstrikes", "ASSAULT"),
    # control: a threat stated by the doer stays a threat
    ("The general threatened airstrikes if the rebels did not withdraw.", "threatened", "THREATEN"),
])
def test_feared_deeds_are_no_threat(event_at, text: str, word: str, ptype: str) -> None:
    event = event_at(text, word, PUBLISHED)
    assert event.plover["type"] == ptype
    if ptype == "ASSAULT":
        assert event.modality.hypothetical and not event.primary


# 5. smaller readings (myisr-10)
@pytest.mark.parametrize("text, word, sub", [
    ("The Arakan Army seized most of Sittwe after months of fighting.", "seized",
     "Non-state actor overtakes territory"),
    ("The RSF seized parts of Omdurman on Monday.", "seized", "Non-state actor overtakes territory"),
    # control: most of a thing held stays a seizure of things
    ("Rebels seized most of the weapons in the depot.", "seized", "Disrupted weapons use"),
])
def test_partitive_of_a_place_is_ground(event_at, text: str, word: str, sub: str) -> None:
    assert event_at(text, word, PUBLISHED).acled["sub_event_type"] == sub


@pytest.mark.parametrize("text, ptype", [
    ("Students set up a protest camp on the lawn of the University of Toronto.", "PROTEST"),
    ("Activists set up a protest encampment outside parliament in London.", "PROTEST"),
    # control: a camp of armed men stays a base
    ("The militants set up a camp near the border.", "MOBILIZE"),
])
def test_protest_camp_is_a_protest(event_at, text: str, ptype: str) -> None:
    assert event_at(text, "set", PUBLISHED).plover["type"] == ptype


def test_trailing_alleged_is_no_accusation(events_of) -> None:
    events = events_of("Police officers beat two students in Dhaka, relatives alleged.", PUBLISHED)
    assert not any(e.trigger.text == "alleged" for e in events)
    primary = _primary(events)
    assert primary is not None and primary.trigger.text == "beat"


@pytest.mark.parametrize("text", [
    # controls: accusations made as such stay
    "The opposition alleged fraud in the vote.",
    "Relatives alleged that police officers beat two students in Dhaka.",
])
def test_alleged_accusations_stay(events_of, text: str) -> None:
    events = events_of(text, PUBLISHED)
    assert any(e.trigger.text == "alleged" and e.plover["type"] == "ACCUSE" for e in events)


def test_place_sheltering_people_gives_no_aid(events_of) -> None:
    events = events_of("A missile hit a hospital sheltering displaced people in Kharkiv.", PUBLISHED)
    assert not any(e.plover["type"] == "AID" for e in events)


def test_people_sheltering_others_give_aid(event_at) -> None:
    event = event_at("The monastery sheltered hundreds of villagers.", "sheltered", PUBLISHED)
    assert event.plover["type"] == "AID"
