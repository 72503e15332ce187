"""Event places and dates (round locate60): a march's goal not yet reached is not where the march, or what
met it, took place when the sentence names a start or a site; a town's border post is the town; the owner in
"A's B district" gives way to the unit it owns; a place inside a longer organisation's name gives way to a
place outside one; a person met ("met Clinton in Washington") is no town that takes the meeting's city as its
state; a nationality naming a carrier ("an Indian Airlines plane") casts no vote for namesakes; a go-between's
nationality ("a Norwegian envoy") casts no vote for the story's country; Bosnia and the 1990s names of
states; a verdict on a past deed is not dated by the year that names the deed. Sentences written for the
test, each rule with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, published: str = "2024-03-10"):
    return pipeline.code(document_from_text(text, doc_id="locate60", published=published))


def _event(pipeline, text: str, word: str, published: str = "2024-03-10"):
    return next(e for e in _events(pipeline, text, published) if e.trigger.text.startswith(word))


def _place(event) -> tuple[str | None, str | None]:
    return (event.location.name, event.location.country) if event.location is not None else (None, None)


@pytest.mark.parametrize("text, word, name", [
    ("Thousands of growers marched towards Delhi from the Singhu border on Friday.", "marched", "Singhu"),
    ("Opposition supporters marched towards Islamabad from Peshawar despite a ban.", "marched", "Peshawar"),
    ("Police fired tear gas at growers marching to Delhi at the Shambhu border.", "fired", "Shambhu"),
    ("AMBALA - Police used water cannon on growers who tried to march to Delhi from the Shambhu border.",
     "used", "Shambhu"),
    # controls: the goal is the one place named; a place of the march's own site after "in"
    ("Growers marched to Chandigarh on Monday.", "marched", "Chandigarh"),
    ("Thousands of teachers marched to parliament in Colombo on Tuesday.", "marched", "Colombo"),
])
def test_a_march_goal_not_reached_is_not_its_place(pipeline, text, word, name):
    assert _place(_event(pipeline, text, word))[0] == name


def test_a_march_towards_a_city_under_a_dateline_is_not_at_the_city(pipeline):
    text = "CHANDIGARH - Growers marched towards Delhi on Wednesday, demanding a law on crop prices."
    assert _place(_event(pipeline, text, "marched"))[0] != "Delhi"


@pytest.mark.parametrize("text, word, name", [
    ("Police shot dead two students in Rangpur's Pirganj upazila on Sunday.", "shot", "Pīrgaaj"),
    ("A mob vandalised a mosque in Punjab's Sheikhupura district.", "vandalised", "Shekhupura"),
    # controls: the unit before its district; the owner with no unit after it
    ("Police shot dead two students in Pirganj upazila, Rangpur, on Sunday.", "shot", "Pīrgaaj"),
    ("Police shot dead two students outside Rangpur's main hospital on Sunday.", "shot", "Rangpur"),
])
def test_the_unit_an_owner_possesses_is_the_place(pipeline, text, word, name):
    assert _place(_event(pipeline, text, word))[0] == name


@pytest.mark.parametrize("text, word, name", [
    ("Police baton-charged job seekers protesting near the Bihar Public Service Commission office in Patna.",
     "protesting", "Patna"),
    # control: the town outside the body's name
    ("Police baton-charged job seekers protesting in Patna against the Bihar Public Service Commission.",
     "protesting", "Patna"),
])
def test_a_region_inside_a_body_name_gives_way_to_a_town(pipeline, text, word, name):
    assert _place(_event(pipeline, text, word))[0] == name


@pytest.mark.parametrize("text, word, name, country", [
    ("Blair met Clinton in Washington on Thursday.", "met", "Washington", "USA"),
    ("Prime Minister Chirac met Clinton in Washington.", "met", "Washington", "USA"),
    # control: a visit's city with no person before it
    ("Chinese Premier Zhu Rongji arrived in Washington on Tuesday.", "arrived", "Washington", "USA"),
])
def test_a_person_met_takes_no_city_as_its_state(pipeline, text, word, name, country):
    assert _place(_event(pipeline, text, word, "2000-01-05")) == (name, country)


@pytest.mark.parametrize("text, word, country", [
    ("Gunmen seized an Indian Airlines plane and forced it to fly to Kandahar.", "seized", "AFG"),
    # control: the doers' own city of that name
    ("Taliban fighters stormed Kandahar on Sunday.", "stormed", "AFG"),
])
def test_a_carrier_nationality_gives_no_vote_to_namesakes(pipeline, text, word, country):
    assert _place(_event(pipeline, text, word, "2000-01-05"))[1] == country


@pytest.mark.parametrize("text, word, country", [
    ("Norwegian envoy Erik Solheim met Tamil Tiger leader Velupillai Prabhakaran in the remote north.",
     "met", "LKA"),
    ("The U.S. envoy held talks with Sudanese officials on Monday.", "held", "SDN"),
    # control: the envoy's own country when the story names no other
    ("A Norwegian envoy visited the region on Monday.", "visited", "NOR"),
])
def test_a_go_between_nationality_is_not_the_story_country(pipeline, text, word, country):
    events = [e for e in _events(pipeline, text, "2000-01-05") if e.trigger.text.startswith(word)]
    if not events:
        pytest.skip("no event for the control")
    assert _place(events[0])[1] == country


@pytest.mark.parametrize("name", ["Bosnia", "Bosnia-Herzegovina"])
def test_bosnia_is_a_country_place(pipeline, name):
    event = _event(pipeline, f"French and British troops arrived in {name}.", "arrived", "1996-01-05")
    assert _place(event)[1] == "BIH"


@pytest.mark.parametrize("text, word, date", [
    ("A Belgian court found four Rwandans guilty of crimes during the 1994 genocide.", "found", "2001-06-08"),
    ("A court convicted two men of murders committed during the 1994 genocide.", "convicted", "2001-06-08"),
    # control: a deed told as the time of the killing keeps the deed's year
    ("Thousands were killed during the 1994 genocide.", None, "1994"),
])
def test_a_verdict_is_not_dated_by_the_deed_it_judges(pipeline, text, word, date):
    events = _events(pipeline, text, "2001-06-08")
    event = next(e for e in events if (e.trigger.text == word if word else e.primary))
    assert event.date.value == date
