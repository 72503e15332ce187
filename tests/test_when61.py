"""Round when61: when events happened, and election violence. A day a paragraph told resolved from the
publication date ("On Saturday, hundreds marched. Police fired tear gas") dates the past acts told after it,
not a day still to come nor an act told in the present perfect, and a sentence's own relative day is never
overridden; "a day later", "the next day", "hours later" count from the last day told before, and "a week
after the bombing" puts the bombing that far before the sentence's day; "since 2019" after "the first time"
or a superlative compares and dates nothing, nor does a past-perfect clause's year date the act beside it;
"on Christmas Day", "New Year's Eve" are days (across a year end); "killed since January" spans the months
since; "ahead of Sunday's vote" is not Sunday; "a fortnight ago". Elections: "supporters clashed, killing one
man" is one riot with its toll; "alleged vote-rigging" accuses no one; "ruling party militants" are a party
militia; militants who bomb a rally are no doers of the rally. Each group has controls. Sentences written
for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

WED = "2024-06-05"  # a Wednesday
TUE = "2024-01-02"  # a Tuesday, two days into a new year


def _events(pipeline, text: str, published: str = WED) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="when61", published=published)))


def _event(pipeline, text: str, word: str, published: str = WED):
    return next(e for e in _events(pipeline, text, published) if e.trigger.text == word)


def _acled(event) -> tuple[str | None, str | None]:
    return (event.acled or {}).get("event_type"), (event.acled or {}).get("sub_event_type")


# 1. a day the paragraph told, resolved from the publication date, dates the past acts told after it
@pytest.mark.parametrize("text, word, when", [
    ("On Saturday, hundreds of people marched through Dakar. Police fired tear gas at the crowd and arrested "
     "20 people.", "arrested", "2024-06-01"),
    ("Gunmen attacked a village in Benue on Monday night. They killed 12 people and burned 30 homes.",
     "killed", "2024-06-03"),
    ("Gunmen on motorbikes attacked a village in Mopti, Mali's army said on Tuesday. Soldiers later arrested "
     "two suspects in Sevare.", "arrested", "2024-06-04"),
    ("The army killed 20 militants on May 3 in Tillaberi. Soldiers then pursued the survivors and shot dead "
     "five more.", "shot dead", "2024-05-03"),
    # controls: a day still to come, an act up to now, a sentence's own day, no earlier day
    ("Protesters will march on Friday. Police arrested 10 organisers.", "arrested", WED),
    ("On Monday, police arrested 20 people in Lagos. The government has denied wrongdoing.", "denied", WED),
    ("On 3 May 2024, rebels attacked Goma. On Tuesday, troops retook the town.", "retook", "2024-06-04"),
    ("Police arrested 14 people after clashes at a football match in Cairo.", "arrested", WED),
])
def test_a_day_told_before_in_the_paragraph(pipeline, text: str, word: str, when: str) -> None:
    assert _event(pipeline, text, word).date.value == when


def test_a_day_to_come_is_passed_over_for_the_day_before_it(pipeline) -> None:
    text = ("Riot police clashed with students in Dhaka on Friday. Protesters will march again on Sunday, "
            "organisers said. Police arrested 40 students.")
    assert _event(pipeline, text, "arrested", "2024-06-01").date.value == "2024-05-31"


# 2. a day counted from another: "a day later", "the next day", "hours later", "a week after the bombing"
@pytest.mark.parametrize("text, word, when", [
    ("Gunmen killed five farmers in Benue on Monday. A day later, soldiers killed 10 suspected attackers "
     "in a raid.", "raid", "2024-06-04"),
    ("Rebels attacked Goma on Saturday. The next day, government troops shelled rebel positions north of the "
     "city.", "shelled", "2024-06-02"),
    ("Rebels attacked Goma on Saturday.\n\nThe next day, government troops shelled rebel positions north of "
     "the city.", "shelled", "2024-06-02"),
    ("Gunmen attacked a church in Ituri on Sunday. Police had arrested three suspects the day before.",
     "arrested", "2024-06-01"),
    ("On Saturday, gunmen killed a chief in Kasai. Hours later, militiamen burned a nearby village.",
     "burned", "2024-06-01"),
    ("Police arrested the suspect on Monday, a week after the bombing in Quetta killed 30 people.", "bombing",
     "2024-05-27"),
    # controls: the sentence's own day, no day to count from
    ("Police arrested the suspect on Monday, a week after the bombing in Quetta killed 30 people.",
     "arrested", "2024-06-03"),
    ("Three days after the election, protesters clashed with police in Maputo on Tuesday.", "clashed",
     "2024-06-04"),
    ("Gunmen killed a priest in Enugu. Two days later, police arrested three suspects.", "arrested", WED),
    ("A day after the attack, police arrested 20 people in Kano.", "arrested", WED),
])
def test_a_day_counted_from_another(pipeline, text: str, word: str, when: str) -> None:
    assert _event(pipeline, text, word).date.value == when


# 3. a comparison's "since" dates nothing; a past-perfect clause's year dates no act beside it
@pytest.mark.parametrize("text, word, when", [
    ("Protesters, marching for the first time since 2019, clashed with police in Hong Kong.", "clashed", WED),
    ("Soldiers opened fire on protesters in Yangon, in the deadliest crackdown since 2021.", "opened fire",
     WED),
    ("Gunmen killed 12 people in a village in Zamfara that the same gang had attacked in 2019.", "killed",
     WED),
    # controls: the act of the when-clause, a past-perfect act of its own, a toll over the months since
    ("The attack on Tuesday was the deadliest since January, when gunmen killed 40 people in the same "
     "district.", "killed", "2024-01"),
    ("Police arrested an opposition leader on Monday. He had led protests against the government in 2019.",
     "protests", "2019"),
    ("Gunmen killed 12 people in a village in Zamfara in 2019.", "killed", "2019"),
])
def test_a_compared_or_earlier_time_is_not_the_act_time(pipeline, text: str, word: str, when: str) -> None:
    assert _event(pipeline, text, word).date.value == when


# 4. feast days, and weekdays across a year end
@pytest.mark.parametrize("text, published, word, when", [
    ("Police in Karachi arrested 30 people during New Year's Eve celebrations.", TUE, "arrested",
     "2023-12-31"),
    ("Gunmen killed four people in a church in Kaduna State on Christmas Day.", "2025-01-03", "killed",
     "2024-12-25"),
    ("The 2011 Christmas Day bombing of a church in Madalla killed 44 people.", WED, "bombing", "2011-12-25"),
    # controls: a day before which the act came, plain weekdays and months across the year end
    ("Police arrested 30 people in Lagos ahead of Christmas Day.", "2024-12-20", "arrested", "2024-12-20"),
    ("Gunmen killed eight people in a village in Plateau State on Friday.", TUE, "killed", "2023-12-29"),
    ("Police arrested 40 protesters in Dhaka on December 28.", TUE, "arrested", "2023-12-28"),
    ("Security forces killed three protesters in Dhaka last week.", TUE, "killed", "2023-12"),
])
def test_feast_days_and_the_year_end(pipeline, text: str, published: str, word: str, when: str) -> None:
    assert _event(pipeline, text, word, published).date.value == when


# 5. a toll since a month spans the months since; a possessive day the act was told before is not its day
@pytest.mark.parametrize("text, word, when, precision", [
    ("At least 120 people have been killed in attacks in Burkina Faso since January, a rights group said.",
     "killed", "2024", "year"),
    ("Gunmen shot dead two supporters of the opposition candidate in Sindh ahead of Sunday's vote.",
     "shot dead", WED, "day"),
    ("A fortnight ago, the army shelled a market in El Obeid, killing 20 people.", "shelled", "2024-05-22",
     "day"),
    # controls: a month named with "in", a weekday "since", a possessive day that is the act's time
    ("In January, gunmen killed 120 people in attacks in Burkina Faso.", "killed", "2024-01", "month"),
    ("Fighting has raged in El Fasher since Friday, forcing thousands to flee.", "Fighting", "2024-05-31",
     "day"),
    ("Gunmen attacked a polling station in Kano during Saturday's governorship election, killing two voters.",
     "attacked", "2024-06-01", "day"),
    ("The opposition boycotted Sunday's parliamentary election.", "boycotted", "2024-06-02", "day"),
])
def test_spans_and_possessive_days(pipeline, text: str, word: str, when: str, precision: str) -> None:
    date = _event(pipeline, text, word).date
    assert (date.value, date.precision) == (when, precision)


# 6. a crowd's fight with its toll told in a participle is one riot
@pytest.mark.parametrize("text, word, dead", [
    ("Supporters of the two candidates clashed in Kisumu on Tuesday, killing one man.", "clashed", 1),
    ("Rival party supporters fought with machetes outside a polling station in Mombasa, killing one man.",
     "fought", 1),
    ("Rioters torched shops in Kano on Tuesday, killing two traders.", "torched", 2),
    # controls: an armed fight, the police's fire on protesters
    ("Rival gangs fought in Port Moresby on Tuesday, killing one man.", "fought", 1),
    ("Police opened fire on protesters in Nairobi, killing two people.", "opened fire", 2),
])
def test_a_riot_keeps_its_toll(pipeline, text: str, word: str, dead: int) -> None:
    events = [e for e in _events(pipeline, text) if not e.modality.negated]
    assert len(events) == 1
    assert events[0].trigger.text == word and events[0].fatalities == dead


def test_a_riot_keeps_its_hurt(pipeline) -> None:
    events = _events(pipeline, "Supporters of the ruling party clashed with opposition supporters in "
                               "Blantyre on election day, leaving 14 people injured.")
    assert [e.trigger.text for e in events] == ["clashed"]
    assert events[0].injured == 14 and _acled(events[0]) == ("Riots", "Mob violence")


# 7. "alleged" before a noun accuses no one
@pytest.mark.parametrize("text, accused", [
    ("Thousands of opposition supporters protested in Kinshasa on Monday against alleged vote-rigging.",
     False),
    ("Police arrested two alleged gang members in Lagos.", False),
    # control: a verb of alleging
    ("The opposition alleged vote-rigging in the election.", True),
])
def test_alleged_as_a_modifier(pipeline, text: str, accused: bool) -> None:
    assert any(e.plover["type"] == "ACCUSE" for e in _events(pipeline, text)) is accused


# 8. a ruling party's militants are its militia; militants who bomb a rally are not its doers
@pytest.mark.parametrize("text, word, source", [
    ("Ruling party militants attacked an opposition campaign convoy in Masvingo on Sunday.", "attacked",
     "Party Militia (Zimbabwe)"),
    ("Ruling party thugs attacked opposition supporters in Masvingo on Sunday.", "attacked",
     "Party Militia (Zimbabwe)"),
    ("Militants bombed an election rally in Balochistan on Sunday, killing 22 people.", "rally",
     "Protesters (Pakistan)"),
    # controls: militants alone, a party's officials, the bombers of the rally
    ("Militants attacked a police post in Bannu on Sunday.", "attacked", "Rebels (Pakistan)"),
    ("Militants bombed an election rally in Balochistan on Sunday, killing 22 people.", "bombed",
     "Rebels (Pakistan)"),
])
def test_party_militants_and_rally_doers(pipeline, text: str, word: str, source: str) -> None:
    assert _event(pipeline, text, word).source[0].name == source
