"""Memory frames (round frames53): what a work tells and a period's statistics are no deeds of the day. A
deed in the clause or object of a telling verb whose subject is a work ("His memoir recounts how soldiers
tortured him", "The documentary examines how police shot dead 69 protesters", "The series dramatises the
Munich attack") is background, and such a killing of protesters does not make the story's real arrest force
against protesters; a count told over a calendar span ("2,500 civilians were killed in Myanmar last year",
"Amnesty recorded 1,518 executions worldwide in 2024", "in the first three months of the year, according to
government figures") is a background tally dated by its span, and "official figures show" names no doer.
One strike with its day, a deed a finding reveals, a single massacre told with its month or year, and real
deeds told beside a report stay news. Sentences written for the test, each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

PUBLISHED = "2025-05-10"


def _events(pipeline, text: str, published: str = PUBLISHED):
    return list(pipeline.code(document_from_text(text, doc_id="frames53", published=published)))


def _event(pipeline, text: str, word: str, published: str = PUBLISHED):
    return next(e for e in _events(pipeline, text, published) if e.trigger.text == word)


def _background(event) -> bool:
    return bool(event.evidence["trigger"].get("background"))


def _acled(event) -> tuple[str | None, str | None]:
    acled = event.acled or {}
    return acled.get("event_type"), acled.get("sub_event_type")


# 1. what a work tells: background, whatever the deed
@pytest.mark.parametrize("text, word", [
    ("His memoir recounts how soldiers tortured him in a Chilean prison.", "tortured"),
    ("The exhibition shows how Japanese troops massacred civilians in Nanjing.", "massacred"),
    ("The documentary examines how police shot dead 69 protesters in Sharpeville.", "shot dead"),
    ("The series dramatises the 1972 Munich Olympics attack, in which Palestinian gunmen killed 11 Israeli "
     "athletes.", "attack"),
    # variants
    ("The novel describes how rebels burned villages in Sierra Leone.", "burned"),
    ("The book chronicles the massacre of 8,000 Muslims at Srebrenica.", "massacre"),
    ("The podcast revisits how gunmen kidnapped 276 schoolgirls in Chibok.", "kidnapped"),
    ("His film shows how soldiers beat protesters in Kampala in 2021.", "beat"),
])
def test_what_a_work_tells_is_background(pipeline, text: str, word: str) -> None:
    assert _background(_event(pipeline, text, word))


@pytest.mark.parametrize("text, word", [
    # controls: deeds of the day told beside a report, a finding's single deed
    ("Police shot dead three protesters in Nairobi on Tuesday, the Kenya National Commission on Human Rights "
     "said.", "shot dead"),
    ("Soldiers tortured three detainees at a base near Gao last week, a rights group said.", "tortured"),
    ("An investigation by the BBC found that Myanmar soldiers massacred at least 40 villagers in July 2021.",
     "massacred"),
    ("Police beat protesters in Kampala on Monday, a documentary maker said.", "beat"),
    ("Rebels burned three villages in Sierra Leone, the book's author told reporters.", "burned"),
])
def test_what_a_work_tells_controls(pipeline, text: str, word: str) -> None:
    assert not _background(_event(pipeline, text, word))


@pytest.mark.parametrize("text", [
    # controls: no event now, none after
    "The film tells the story of how Syrian rebels held off government troops in Aleppo.",
    "The Netflix series depicts Colombian police hunting down Pablo Escobar.",
    "The Lancet study estimated that the war caused 655,000 excess deaths.",
])
def test_told_stories_give_no_event(pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


# 2. a real arrest beside what the arrested man's film tells is an arrest, not force against protesters
@pytest.mark.parametrize("text, word, acled", [
    ("Kenyan police arrested the director of a documentary on Friday. The documentary examines how police "
     "shot dead 60 protesters in Nairobi in 2024.", "arrested", ("Strategic developments", "Arrests")),
    ("Kenyan police arrested the director of a documentary on Friday. The film examines how police shot dead "
     "60 protesters in Nairobi in 2024.", "arrested", ("Strategic developments", "Arrests")),
    ("Police in Uganda detained a filmmaker on Monday. His film shows how soldiers beat protesters in "
     "Kampala in 2021.", "detained", ("Strategic developments", "Arrests")),
    # controls: force on protesters told as the news
    ("Police shot dead three protesters in Nairobi on Tuesday, the Kenya National Commission on Human Rights "
     "said.", "shot dead", ("Protests", "Excessive force against protesters")),
])
def test_arrest_beside_a_work(pipeline, text: str, word: str, acled: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _acled(event) == acled
    assert event.primary


# 3. a period's statistics: a background tally dated by its span
@pytest.mark.parametrize("text, word, date, published", [
    ("The UN said on Tuesday that 2,500 civilians were killed in Myanmar last year.", "killed", "2024",
     PUBLISHED),
    ("Amnesty International recorded 1,518 executions worldwide in 2024.", "executions", "2024", PUBLISHED),
    ("Some 150 journalists were killed worldwide in 2024, the International Federation of Journalists said.",
     "killed", "2024", PUBLISHED),
    ("According to government figures, 45 soldiers were killed in the first three months of the year.",
     "killed", "2025", PUBLISHED),
    ("Mexico recorded more than 30,000 murders in 2024, official figures show.", "murders", "2024",
     PUBLISHED),
    ("Attacks on aid workers reached a record high last year, with 280 killed, the UN humanitarian office "
     "said in a report on Tuesday.", "Attacks", "2024", "2025-01-20"),
    ("Attacks on aid workers reached a record high last year, with 280 killed, the UN humanitarian office "
     "said in a report on Tuesday.", "killed", "2024", "2025-01-20"),
    ("The Armed Conflict Location and Event Data project recorded more than 12,000 attacks on civilians in "
     "the Sahel last year.", "attacks", "2024", "2025-01-20"),
    # variants
    ("More than 1,200 people were killed in Mexico in the past year, the government said.", "killed", "2025",
     PUBLISHED),
    ("Rights groups documented 900 killings nationwide in 2023.", "killings", "2023", PUBLISHED),
    ("Police arrested more than 4,000 people in Kenya last year, the interior ministry said.", "arrested",
     "2024", PUBLISHED),
])
def test_period_statistics_are_background(pipeline, text: str, word: str, date: str, published: str) -> None:
    event = _event(pipeline, text, word, published)
    assert _background(event)
    assert event.date.value == date


@pytest.mark.parametrize("text, word, date", [
    # controls: one strike with its day; a single deed with its month or year; a small count last year
    ("The UN said on Tuesday that 25 civilians were killed in an air strike in Myanmar on Monday.",
     "air strike", "2025-05-05"),
    ("The army killed 200 people in Tigray in November 2020, witnesses said.", "killed", "2020-11"),
    ("Gunmen killed 600 villagers in Zamfara last month, officials said.", "killed", "2025-04"),
    ("Rebels killed 15 soldiers in an ambush last year, the army said.", "ambush", "2024"),
    ("Police arrested 30 protesters in Lagos on Tuesday.", "arrested", "2025-05-06"),
])
def test_period_statistics_controls(pipeline, text: str, word: str, date: str) -> None:
    event = _event(pipeline, text, word)
    assert not _background(event)
    assert event.date.value == date


def test_whole_conflict_tally_stays_background(pipeline) -> None:
    event = _event(pipeline, "More than 10,000 people have been killed in the conflict since 2014.", "killed")
    assert _background(event)
    assert event.date.value == "2014"


# 4. "official figures show": the keeper of the figures is no doer
@pytest.mark.parametrize("text, word, sources", [
    ("Mexico recorded more than 30,000 murders in 2024, official figures show.", "murders",
     ["Unidentified Armed Group (Mexico)"]),
    ("According to government data, gunmen killed 40 people in Zamfara in 2024.", "killed",
     ["Unidentified Armed Group (Nigeria)"]),
    # controls: an official or a government that acts
    ("Government troops killed 12 rebels in Zamfara on Monday, officials said.", "killed",
     ["Military Forces of Nigeria"]),
    ("Police arrested a government official in Lagos on Tuesday.", "arrested", ["Police Forces of Nigeria"]),
])
def test_statistics_keeper_no_doer(pipeline, text: str, word: str, sources: list[str]) -> None:
    assert [a.name for a in _event(pipeline, text, word).source] == sources
