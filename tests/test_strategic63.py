"""ACLED's rarer sub-event types in everyday news wording (round strategic63): captives freed "in a prisoner
exchange" or "as part of a swap" are the swap (Strategic developments, Agreement), not a lone release; a
foiled "attempt to plant a bomb" or "bid to detonate a car bomb" is disrupted weapons use; a "splinter
faction" or "dissidents" that broke away from a group named only by its name (the SPLA-IO, the FARC) is a
change to the group; the "merger of two brigades" is one too; the Yemeni army's ground taken from the
Houthis (whom ACLED counts as Yemen's rival state forces since 2016) is the government regaining it; and a
large city the tagger calls a person after "took control of" ("M23 rebels took control of Goma") is the
place. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, published: str = "2023-05-01"):
    return list(pipeline.code(document_from_text(text, doc_id="strategic63", published=published)))


def _primary(pipeline, text: str):
    return next(e for e in _events(pipeline, text) if e.primary)


def _sub(event) -> str | None:
    return (event.acled or {}).get("sub_event_type")


AGREEMENT = "Agreement"
DISRUPTED = "Disrupted weapons use"
CHANGE = "Change to group/activity"


# 1. captives freed in a prisoner swap: the swap is the agreement carried out
@pytest.mark.parametrize("text, expected", [
    ("Houthi rebels and the Saudi-led coalition released nearly 900 detainees in a prisoner exchange on "
     "Friday, the ICRC said.", AGREEMENT),
    ("Russia freed 90 Ukrainian soldiers in a prisoner swap on Friday.", AGREEMENT),
    ("The two sides freed 300 prisoners as part of a prisoner swap on Sunday.", AGREEMENT),
    ("Kyiv and Moscow swapped 200 captives on Saturday, the Ukrainian ombudsman said.", AGREEMENT),
    # controls: a release with no swap stays a release
    ("The junta released 200 political prisoners in Yangon on Friday.", "Other"),
    ("Gunmen released 20 kidnapped passengers near Kaduna on Friday.", "Other"),
])
def test_captives_freed_in_a_swap_are_an_agreement(pipeline, text: str, expected: str) -> None:
    assert _sub(_primary(pipeline, text)) == expected


# 2. a bombing attempt foiled: the weapon never used
@pytest.mark.parametrize("text", [
    "Security forces foiled an attempt to plant a bomb on a railway line in Balochistan.",
    "Police thwarted a bid to detonate a car bomb outside a church in Kano.",
    "Soldiers foiled an attempt to blow up a bridge near Gao.",
])
def test_a_foiled_bombing_attempt_is_disrupted_weapons_use(pipeline, text: str) -> None:
    event = _primary(pipeline, text)
    assert _sub(event) == DISRUPTED
    assert event.fatalities in (None, 0)


@pytest.mark.parametrize("text, expected", [
    # controls: the bomb that went off, and an attempt to storm a place, are no disruption
    ("A bomb planted on a railway line exploded in Balochistan, killing two people.",
     "Remote explosive/landmine/IED"),
    ("A bomb was defused on a railway line in Balochistan on Monday.", DISRUPTED),
])
def test_bombs_that_went_off_stay_bombs(pipeline, text: str, expected: str) -> None:
    assert _sub(_primary(pipeline, text)) == expected


# 3. a group that splits off a named group, and a merger of brigades
@pytest.mark.parametrize("text", [
    "A splinter faction broke away from the SPLA-IO in Jonglei state, announcing its own leadership.",
    "Dissidents broke away from the FARC in Caqueta in 2016.",
    "Several commanders broke away from the TPLF and joined the government side.",
    "JNIM announced the merger of two of its brigades in central Mali.",
    "A faction of the rebel movement broke away from the alliance on Tuesday.",
])
def test_splits_and_mergers_of_armed_groups(pipeline, text: str) -> None:
    assert _sub(_primary(pipeline, text)) == CHANGE


@pytest.mark.parametrize("text", [
    "A large piece of ice broke away from the glacier on Tuesday.",
    "The leading runner broke away from the pack in the last mile.",
    "Scotland broke away from England in the second half of the match.",
    "The two banks announced their merger on Monday.",
])
def test_things_and_runners_breaking_away_are_no_change(pipeline, text: str) -> None:
    assert not any(_sub(e) == CHANGE for e in _events(pipeline, text))


# 4. Yemen's rival state forces: the government's army regains ground from the Houthis
@pytest.mark.parametrize("text, expected", [
    ("The Yemeni army said it had liberated several villages in Marib from Houthi rebels.",
     "Government regains territory"),
    ("Yemeni troops recaptured several villages in Marib from Houthi rebels.",
     "Government regains territory"),
    # controls: a foreign army's conquest and a rebel conquest stay overtaken
    ("Russian forces captured Avdiivka from Ukrainian troops after months of fighting.",
     "Non-state actor overtakes territory"),
    ("Rebels seized the town of Bunagana after heavy fighting with the Congolese army.",
     "Non-state actor overtakes territory"),
    ("The Sudanese army recaptured the town of Wad Madani from the RSF.", "Government regains territory"),
])
def test_ground_taken_from_a_rival_state_force_of_its_country(pipeline, text: str, expected: str) -> None:
    assert _sub(_primary(pipeline, text)) == expected


# 5. "took control of <city>": the city, though the tagger calls it a person
@pytest.mark.parametrize("text, place", [
    ("M23 rebels took control of Goma on Monday after clashes with government forces.", "Goma"),
    ("Rebels took control of Goma on Monday.", "Goma"),
    ("M23 rebels captured Goma on Monday.", "Goma"),
])
def test_a_city_taken_control_of_is_the_place(pipeline, text: str, place: str) -> None:
    event = _primary(pipeline, text)
    assert event.location is not None and event.location.name == place


def test_a_man_taken_control_of_is_no_place(pipeline) -> None:
    event = _primary(pipeline, "The businessman took control of Johnson after the vote.")
    assert event.location is None or event.location.name != "Johnson"
