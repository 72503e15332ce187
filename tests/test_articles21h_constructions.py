"""Constructions of domestic political news found by article audit H (tests/data/articles_h/): a
president removed from office by a vote, strikers dismissed, a licence cancelled, a vote annulled, a pay
rise signed, union federations and opposition coalitions named, a regulator, a possessive weekday
("Sunday's vote") that dates another thing, and a noun event not dated after publication. Sentences
written for this test."""

from __future__ import annotations

import pytest

PUB = "2023-05-12"  # a Friday


def _actors(actors: list) -> list[tuple]:
    """Country and sector of each actor."""
    return [(a.country, a.sector) for a in actors]


@pytest.mark.parametrize("text", [
    "Lawmakers voted on Tuesday to remove the president from office over corruption charges.",
    "The senate removed the governor from office on Wednesday after a two-day trial.",
    "Parliament voted overwhelmingly on Monday to remove Ecuador's president from his post.",
])
def test_removed_from_office_by_a_vote(primary_of, text):
    ev = primary_of(text, PUB)
    assert ev.plover["type"] == "COERCE", ev.trigger.text
    assert "LEG" in [a.sector for a in ev.source]
    assert "GOV" in [a.sector for a in ev.target]


@pytest.mark.parametrize("text", [
    "Volunteers removed the rubble from the road on Tuesday.",
    "The club removed the coach from the squad's travel list on Monday.",
])
def test_removed_from_other_places_is_no_removal_from_office(events_of, text):
    assert all(e.plover["type"] != "COERCE" for e in events_of(text, PUB))


@pytest.mark.parametrize("text, sector", [
    ("The health minister dismissed the striking nurses on Monday and ordered them to leave.", "HLH"),
    ("The government dismissed 4,000 striking teachers on Wednesday.", "EDU"),
    ("Authorities in Harare dismissed hundreds of junior doctors on Thursday for refusing to end a strike.",
     "HLH"),
])
def test_strikers_dismissed(primary_of, text, sector):
    ev = primary_of(text, PUB)
    assert ev.plover["type"] == "COERCE", ev.trigger.text
    assert ev.trigger.text.startswith("dismiss")
    assert "GOV" in [a.sector for a in ev.source]
    assert sector in [a.sector for a in ev.target]


def test_dismissed_allegations_is_still_a_rejection(primary_of):
    ev = primary_of("The ministry dismissed the allegations on Tuesday as baseless.", PUB)
    assert ev.plover["type"] == "REJECT"


@pytest.mark.parametrize("text", [
    "The media regulator cancelled the licence of a private radio station on Thursday.",
    "The ministry cancelled the newspaper's license on Monday, accusing it of spreading false news.",
    "Kenya's communications regulator cancelled the licence of a television station on Wednesday.",
])
def test_licence_cancelled(primary_of, text):
    ev = primary_of(text, PUB)
    assert ev.plover["type"] == "COERCE", ev.trigger.text
    assert ev.trigger.text == "cancelled"
    assert "GOV" in [a.sector for a in ev.source]


def test_election_cancelled_for_want_of_a_race_is_no_event(events_of):
    text = "The local election was cancelled because no candidate stood against the mayor."
    assert not events_of(text, PUB)


def test_cancelled_talks_stay_a_refusal(primary_of):
    ev = primary_of("The opposition cancelled the talks with the government on Tuesday.", PUB)
    assert ev.plover["type"] == "REJECT"


@pytest.mark.parametrize("text", [
    "The electoral commission annulled the presidential election on Wednesday, citing fraud.",
    "The constitutional court nullified the results of the vote on Tuesday.",
    "The supreme court annulled the parliamentary vote on Monday, citing irregularities.",
])
def test_vote_annulled(primary_of, text):
    ev = primary_of(text, PUB)
    assert ev.plover["type"] == "COERCE", ev.trigger.text
    assert ev.acled and ev.acled["event_type"] == "Strategic developments"


@pytest.mark.parametrize("text", [
    "The governor signed a 6 percent pay rise for state workers on Tuesday, ending the strike.",
    "The president granted civil servants a wage increase on Monday.",
    "The mayor signed a salary increase for municipal workers on Wednesday.",
])
def test_pay_rise_signed_or_granted(primary_of, text):
    ev = primary_of(text, PUB)
    assert ev.plover["type"] == "CONCEDE", ev.trigger.text
    assert "GOV" in [a.sector for a in ev.source]


@pytest.mark.parametrize("text", [
    "Nurses demanded a pay rise on Monday.",
    "Teachers marched in the capital on Tuesday to demand a wage increase.",
])
def test_pay_rise_demanded_is_no_concession(events_of, text):
    assert all(e.plover["type"] != "CONCEDE" for e in events_of(text, PUB))


@pytest.mark.parametrize("text, country", [
    ("Police arrested the head of the Korean Confederation of Trade Unions in Seoul on Thursday.", "KOR"),
    ("Police arrested the leader of the Congress of South African Trade Unions on Thursday.", "ZAF"),
    ("Police detained the president of the Nigeria Labour Congress in Abuja on Wednesday.", "NGA"),
])
def test_union_federation_arrested(primary_of, text, country):
    ev = primary_of(text, PUB)
    assert ev.plover["type"] == "COERCE"
    assert (country, "LAB") in _actors(ev.target)


@pytest.mark.parametrize("text, sector", [
    ("Police detained the president of the teachers union in the capital on Wednesday.", "LAB"),
    ("The president of the Senate rejected the bill on Tuesday.", "LEG"),
])
def test_president_of_a_body_speaks_for_it(primary_of, text, sector):
    ev = primary_of(text, PUB)
    assert sector in [a.sector for a in ev.source + ev.target]


def test_union_federation_calls_off_strike(primary_of):
    ev = primary_of("The Nigeria Labour Congress called off the general strike on Tuesday.", PUB)
    assert ("NGA", "LAB") in _actors(ev.source)


@pytest.mark.parametrize("text", [
    "The opposition coalition called for a boycott of the referendum on Wednesday.",
    "The main opposition alliance rejected the election results on Monday.",
    "Kenya's main opposition coalition rejected the election results on Monday.",
    "Zambia's opposition bloc accused the ruling party of vote buying on Tuesday.",
])
def test_opposition_coalition_is_the_opposition(primary_of, text):
    ev = primary_of(text, PUB)
    assert "OPP" in [a.sector for a in ev.source]


@pytest.mark.parametrize("text", [
    "Governor Tom Justice signed the budget bill on Tuesday after a week of protests by teachers.",
    "Senator Mary Justice accused the government of corruption on Monday.",
])
def test_surname_justice_after_a_title(primary_of, text):
    ev = primary_of(text, PUB)
    assert "JUD" not in [a.sector for a in ev.source]


@pytest.mark.parametrize("text, day", [
    ("The commission annulled Sunday's election on Wednesday, citing fraud.", "2023-05-10"),
    ("The court on Thursday overturned Monday's ban on the party.", "2023-05-11"),
    ("Police arrested on Tuesday the organisers of Saturday's march.", "2023-05-09"),
])
def test_possessive_weekday_dates_another_thing(primary_of, text, day):
    assert primary_of(text, PUB).date.value == day


@pytest.mark.parametrize("text, day", [
    ("Police said on Thursday that Sunday's attack killed five people.", "2023-05-07"),
    ("Saturday's protest in the capital was peaceful, police said on Monday.", "2023-05-06"),
])
def test_possessive_weekday_of_the_event_itself(primary_of, text, day):
    assert primary_of(text, PUB).date.value == day


@pytest.mark.parametrize("text", [
    "The union said the arrest was an attack on workers and vowed that a general strike planned for "
    "June 20 would go ahead.",
    "The party said the ban was illegal and that a protest called for June 30 would go ahead.",
])
def test_noun_event_not_dated_after_publication(events_of, text):
    late = [(e.trigger.text, e.date.value) for e in events_of(text, PUB)
            if e.date.value and e.date.value > PUB and not (e.modality.future or e.modality.hypothetical)]
    assert not late


def test_meeting_not_sought_is_no_meeting(events_of):
    evs = events_of("The governor said she would not seek a meeting with the prime minister.", PUB)
    assert not [e for e in evs if e.plover["type"] == "CONSULT" and not e.modality.negated]
    assert any(e.plover["type"] == "REQUEST" and e.modality.negated for e in evs)


def test_meeting_sought_is_a_request(primary_of):
    ev = primary_of("The opposition leader sought a meeting with the president on Monday.", PUB)
    assert ev.plover["type"] == "REQUEST"
    assert "OPP" in [a.sector for a in ev.source]


@pytest.mark.parametrize("text, sector", [
    ("The main opposition party called on Monday for a boycott of the election.", "OPP"),
    ("Kenya's largest teachers union called on Tuesday for a national strike.", "LAB"),
    ("The country's biggest student union called on Wednesday for a march on parliament.", "EDU"),
])
def test_caller_of_a_call_told_with_its_day(primary_of, text, sector):
    ev = primary_of(text, PUB)
    assert ev.plover["type"] == "REQUEST"
    assert sector in [a.sector for a in ev.source]
    assert sector not in [a.sector for a in ev.target]
