"""Constructions of news about the state's force short of war found by the article audit K
(tests/data/articles_k/): a person seized by masked men ("grabbed by", "bundled into a car"), a person
described as "one of the leaders of" a body, relatives gathered "seeking news" (a wait, not a protest),
and "after soldiers enforcing the curfew beat him" (the gerund clause misparsed as the verb)."""

from __future__ import annotations

import pytest

PUBLISHED = "2021-03-10"


@pytest.mark.parametrize("text, who", [
    ("The activist was grabbed by masked men outside her home in Caracas on Monday, her lawyer said.", None),
    ("Masked men grabbed a journalist off the street in Tegucigalpa on Monday and drove him away, his "
     "editor said.", "JRN"),
    ("Two aid workers were bundled into a car by armed men outside their office in Goma on Monday, the "
     "agency said.", "NGO"),
])
def test_seized_by_force_is_an_abduction(primary_of, text, who):
    ev = primary_of(text, PUBLISHED)
    assert ev.plover["type"] == "ASSAULT"
    assert ev.acled["sub_event_type"] == "Abduction/forced disappearance"
    assert ev.date.value == "2021-03-08"
    if who:
        assert any(a.sector == who for a in ev.target), ev.target


@pytest.mark.parametrize("text", [
    "The opposition leader grabbed headlines on Monday by walking out of parliament in Nairobi.",
    "A police officer grabbed the protester by the arm in Nairobi on Monday and led him away.",
])
def test_grabbing_without_seizing_a_person_is_no_abduction(events_of, text):
    assert not any((e.acled or {}).get("sub_event_type") == "Abduction/forced disappearance"
                   for e in events_of(text, PUBLISHED))


@pytest.mark.parametrize("text, country, sector", [
    ("Police in Harare arrested Job Moyo, one of the leaders of the opposition, on Monday.", "ZWE", "OPP"),
    ("Soldiers detained Ahmed Salim, one of the commanders of the rebel movement, near Goma on Monday.",
     "COD", "REB"),
    ("Maria Ivanova, one of the leaders of the Belarusian opposition, was grabbed by masked men in Minsk "
     "on Monday.", "BLR", "OPP"),
])
def test_one_of_the_leaders_of_a_body_belongs_to_it(primary_of, text, country, sector):
    ev = primary_of(text, PUBLISHED)
    assert any(a.country == country and a.sector == sector for a in ev.target), ev.target


@pytest.mark.parametrize("text", [
    "Police in Lima arrested 40 suspected drug traffickers on Monday in a sweep of the port district. "
    "Families gathered outside the police station on Tuesday seeking news of those held.",
    "Troops detained dozens of men in house-to-house searches in Mosul on Monday. Relatives gathered at "
    "the gates of the base, seeking information about the detainees.",
])
def test_relatives_seeking_news_make_no_protest(primary_of, events_of, text):
    assert primary_of(text, PUBLISHED).acled["event_type"] == "Strategic developments"
    assert not any(e.plover["type"] == "PROTEST" for e in events_of(text, PUBLISHED))


def test_a_crowd_seeking_redress_still_protests(primary_of):
    ev = primary_of("Hundreds of farmers gathered outside the ministry in Nairobi on Monday seeking "
                    "compensation for their land.", PUBLISHED)
    assert ev.plover["type"] == "PROTEST"


@pytest.mark.parametrize("text, country, sector", [
    ("A man died in Soweto on Friday hours after soldiers enforcing the lockdown beat him, his family said "
     "on Monday.", "ZAF", "MIL"),
    ("The boy died on Sunday after police enforcing the curfew shot him in the leg in Kisumu.", "KEN", "COP"),
    ("A trader died in Kano on Friday hours after soldiers manning the checkpoint beat him, his brother said "
     "on Monday.", "NGA", "MIL"),
])
def test_the_doers_described_by_a_gerund_keep_the_verb(primary_of, text, country, sector):
    ev = primary_of(text, PUBLISHED)
    assert ev.plover["type"] == "ASSAULT"
    assert any(a.country == country and a.sector == sector for a in ev.source), ev.source
    assert ev.target, "the victim is found"


@pytest.mark.parametrize("text, trigger", [
    ('"There was no intention to disperse the sit-in by force," the army spokesman said in Khartoum on '
     'Tuesday.', "disperse"),
    ("The interior ministry said in Rabat on Tuesday it had no plans to expel the migrants.", "expel"),
    ("The government has no intention to arrest the opposition leader, the minister said in Harare on "
     "Tuesday.", "arrest"),
])
def test_no_intention_to_act_is_negated(events_of, text, trigger):
    found = [e for e in events_of(text, PUBLISHED) if e.trigger.text == trigger]
    assert found and all(e.modality.negated for e in found)


@pytest.mark.parametrize("text, dead", [
    ("Security forces opened fire on protesters in Khartoum on Monday, killing at least 35 people, a "
     "doctors' committee linked to the protest movement said.", 35),
    ("Police opened fire on marchers in Lusaka on Monday, killing at least 6 people, a group close to the "
     "opposition said.", 6),
    ("Gunmen attacked a village in Zamfara on Sunday, killing 20 people, a local official told "
     "reporters.", 20),
])
def test_the_toll_before_a_long_attribution_is_counted(primary_of, text, dead):
    assert primary_of(text, PUBLISHED).fatalities == dead


def test_the_toll_before_a_teller_with_a_relative_clause_is_counted(primary_of):
    ev = primary_of("Troops opened fire on protesters as they cleared the square in Bamako on Monday, "
                    "killing at least 11 people, a doctors' union that backs the protest movement said.",
                    PUBLISHED)
    assert ev.fatalities == 11


@pytest.mark.parametrize("text, sector", [
    ("Men in the uniform of the army beat protesters with sticks in Khartoum on Monday, witnesses "
     "said.", "MIL"),
    ("Men in the uniform of the riot police beat protesters with batons in Kinshasa on Monday, witnesses "
     "said.", "COP"),
    ("Witnesses said men in the uniform of the presidential guard arrived in Conakry on Monday and beat "
     "protesters with sticks.", "MIL"),
])
def test_people_told_by_their_uniform_belong_to_its_force(primary_of, text, sector):
    ev = primary_of(text, PUBLISHED)
    assert any(a.sector == sector for a in ev.source), ev.source
    assert ev.acled["event_type"] == "Protests"


def test_men_in_unattributed_fatigues_stay_unidentified(primary_of):
    ev = primary_of("Men in army fatigues shot dead four traders near Beni on Monday, local officials said.",
                    PUBLISHED)
    assert not any(a.sector == "MIL" for a in ev.source), ev.source


def test_gunmen_in_police_uniforms_stay_unidentified(primary_of):
    ev = primary_of("Gunmen in police uniforms stopped a bus near Kaduna on Monday and abducted 12 "
                    "passengers, officials said.", PUBLISHED)
    assert not any(a.sector == "COP" for a in ev.source)


@pytest.mark.parametrize("text, country, sector", [
    ("Bulldozers guarded by armed police demolished hundreds of houses in a Nairobi settlement early on "
     "Monday, residents said.", "KEN", "COP"),
    ("Excavators escorted by soldiers razed a market in Harare on Monday, traders said.", "ZWE", "MIL"),
    ("Bulldozers backed by riot police flattened a camp of migrants near Calais on Monday.", "FRA", "COP"),
])
def test_machines_act_for_the_force_escorting_them(primary_of, text, country, sector):
    ev = primary_of(text, PUBLISHED)
    assert ev.acled["sub_event_type"] == "Looting/property destruction"
    assert any(a.country == country and a.sector == sector for a in ev.source), ev.source


def test_a_flattened_curve_is_no_destruction(events_of):
    text = "Measures taken in March flattened the curve of infections in Italy, officials said on Monday."
    assert not any(e.plover["type"] == "ASSAULT" for e in events_of(text, PUBLISHED))
