"""Whose act and against whom (round targets27): the source and target country of one-sentence ledes. A
field adjective before dealings ("military ties with X") leaves the other side to the "with" phrase; an
amount in aid "to X" goes to X whatever the verb; one side's military or naval drills are a show of force;
a crowd marching against an unowned measure protests to the government where it marches; state energy
companies are their country's; a court's officers "at" a named court are the court; the Red Cross is no
place. Sentences of our own about news in general."""

from __future__ import annotations

import pytest

PUBLISHED = "2015-06-10"


def _countries(event) -> tuple[str | None, str | None]:  # noqa: ANN001 - a coded Event
    """The country of the event's first source and of its first target."""
    source = event.source[0].country if event.source else None
    target = event.target[0].country if event.target else None
    return source, target


@pytest.mark.parametrize("text, source, target", [
    ("Ankara suspended military ties with Israel on Tuesday after a raid on an aid flotilla.", "TUR", "ISR"),
    ("China said on Saturday it would suspend military exchanges with Washington over an arms sale.",
     "CHN", "USA"),
    ("The defence ministry in Moscow suspended military contacts with Oslo on Friday after a spy scandal.",
     "RUS", "NOR"),
])
def test_a_field_adjective_before_dealings_is_no_owner(primary_of, text, source, target):
    assert _countries(primary_of(text, published=PUBLISHED)) == (source, target)


@pytest.mark.parametrize("text, source, target", [
    ("Saudi Arabia approved $5 billion in aid to Egypt on Tuesday, including a deposit at the central "
     "bank.", "SAU", "EGY"),
    ("Washington announced $80 million in humanitarian aid to Haiti on Friday after the storm.",
     "USA", "HTI"),
    ("Qatar unveiled $500 million in reconstruction aid to Gaza on Monday.", "QAT", "PSE"),
])
def test_an_amount_in_aid_goes_to_whom_it_is_to(primary_of, text, source, target):
    event = primary_of(text, published=PUBLISHED)
    assert event.plover["type"] == "AID"
    assert _countries(event) == (source, target)


@pytest.mark.parametrize("text, source", [
    ("China began military drills around Taiwan on Thursday, state television said.", "CHN"),
    ("Iran held naval drills in the Strait of Hormuz on Friday, the navy said.", "IRN"),
    ("Russia staged military drills near the border with Ukraine on Tuesday.", "RUS"),
])
def test_one_sides_drills_are_a_show_of_force(primary_of, text, source):
    event = primary_of(text, published=PUBLISHED)
    assert event.plover["type"] == "MOBILIZE"
    assert _countries(event)[0] == source


@pytest.mark.parametrize("text, country", [
    ("More than a million people marched in cities across France on Thursday against a law raising the "
     "pension age.", "FRA"),
    ("Thousands of workers rallied in Seoul on Sunday against a plan to ease layoffs.", "KOR"),
    ("Students demonstrated in Santiago on Tuesday over a decision to raise bus fares.", "CHL"),
    ("Farmers protested in Delhi against the new farm laws on Friday.", "IND"),
])
def test_a_protest_against_a_measure_is_aimed_at_the_government(primary_of, text, country):
    event = primary_of(text, published=PUBLISHED)
    assert event.plover["type"] == "PROTEST"
    assert event.target and event.target[0].country == country and event.target[0].sector == "GOV"


def test_a_protest_against_no_measure_gets_no_government(primary_of):
    event = primary_of("Thousands marched in Lima on Sunday to mourn a murdered singer.", published=PUBLISHED)
    assert not event.target


@pytest.mark.parametrize("text, source, target", [
    ("Gazprom halted gas deliveries through Ukraine on Wednesday as a dispute over debts deepened.",
     "RUS", "UKR"),
    ("Naftogaz accused Gazprom on Monday of cutting the pressure in the pipeline.", "UKR", "RUS"),
    ("Sonatrach cut gas exports to Spain on Friday, the energy ministry in Algiers said.", "DZA", "ESP"),
])
def test_a_state_energy_company_is_its_countrys(primary_of, text, source, target):
    assert _countries(primary_of(text, published=PUBLISHED)) == (source, target)


@pytest.mark.parametrize("phrase", [
    "Prosecutors at the International Criminal Court",
    "judges at the International Criminal Court",
    "prosecutors at the ICTY",
])
def test_a_courts_officers_at_the_court_are_the_court(pipeline, phrase):
    actor = pipeline.actors.resolve(phrase, date="2011-03-08", focus="KEN", where="KEN")
    assert actor is not None and actor.country is None


def test_a_judge_at_a_court_of_no_name_stays_the_judiciary(pipeline):
    actor = pipeline.actors.resolve("a judge at the high court", date="2011-03-08", focus="KEN", where="KEN")
    assert actor is not None and actor.country == "KEN"


@pytest.mark.parametrize("text, country", [
    ("The rebels freed ten soldiers on Monday whom they had held for years, handing them to a Red Cross "
     "mission in the jungle near the Colombian border town of Puerto Asis.", "COL"),
    ("Tamil Tigers released two soldiers on Friday to the Red Cross after holding them for three years.",
     "LKA"),
])
def test_the_red_cross_is_no_place(primary_of, text, country):
    event = primary_of(text, published=PUBLISHED)
    assert event.plover["type"] == "RETREAT"
    assert event.target and event.target[0].country == country


@pytest.mark.parametrize("text, published, source, target", [
    ("In a letter to Prime Minister Tony Blair, the Irish leader urged an end to the marching season.",
     "1998-06-10", "IRL", "GBR"),
    ("In a message to Prime Minister Benjamin Netanyahu, President Hosni Mubarak demanded a halt to "
     "settlement building.", "1998-06-10", "EGY", "ISR"),
    ("In a letter to Chancellor Angela Merkel, Prime Minister Alexis Tsipras asked for more time to repay "
     "the loans.", PUBLISHED, "GRC", "DEU"),
])
def test_a_demand_in_a_letter_is_aimed_at_whom_it_was_written_to(primary_of, text, published, source, target):
    event = primary_of(text, published=published)
    assert event.plover["type"] == "REQUEST"
    assert _countries(event) == (source, target)


def test_a_letter_to_an_international_body_makes_it_the_target(primary_of):
    event = primary_of("In a message to the Arab League, Khartoum rejected the charges on Sunday.",
                       published=PUBLISHED)
    assert event.plover["type"] == "REJECT"
    assert event.target and event.target[0].name == "Arab League"
