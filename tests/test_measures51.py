"""State measures told in the passive (round measures51): a measure only a state takes, told with no doer ("a
curfew was imposed", "a state of emergency was declared", "forty people were detained", "main roads were
sealed off", "mobile internet was blocked", "water cannon was used", "all universities were closed"), is
not the deed of the crowd or the unarmed group (workers, students, farmers, nurses) that its time or cause
adjunct names ("after protesters torched ...", "during the dockworkers' march", "ahead of the farmers'
protest"): its doer is the state of the place (the government, or the police for arrests and tear gas), or
none when no country is known. Armed groups named, doers the parse gives, injuries a crowd causes, shops
strikers close and roads a protest blocks keep their doers. Sentences written for the test, each with
controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    doc = document_from_text(text, doc_id="measures51", published="2022-09-20")
    return next(e for e in pipeline.code(doc) if e.trigger.text == word)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. a state measure in the passive: the state of the place, never the crowd of the adjunct
@pytest.mark.parametrize("text, word, source", [
    ("A night curfew was imposed in Kathmandu after protesters torched several government offices.", "curfew",
     "Government of Nepal"),
    ("A curfew was declared in Bamako after demonstrators ransacked the parliament.", "curfew",
     "Government of Mali"),
    ("A state of emergency was declared in Lima after the truckers' blockade paralysed the capital.",
     "state of emergency", "Government of Peru"),
    ("Main roads were sealed off ahead of the farmers' protest in Paris.", "sealed", "Government of France"),
    ("Mobile internet was blocked in Tehran during the students' demonstrations.", "blocked",
     "Government of Iran"),
    ("All universities were closed across Bangladesh during the students' protests.", "closed",
     "Government of Bangladesh"),
    ("Water cannon was used during the pensioners' rally in Buenos Aires.", "used",
     "Police Forces of Argentina"),
    # variants
    ("A state of emergency was declared in Colombo after protesters stormed the president's residence.",
     "state of emergency", "Government of Sri Lanka"),
    ("A curfew was imposed in Jos after villagers attacked a mosque.", "curfew", "Government of Nigeria"),
    ("Internet access was cut in Khartoum during the doctors' strike.", "cut", "Government of Sudan"),
    ("Schools were shut in Nairobi during the teachers' strike.", "shut", "Government of Kenya"),
    ("Tear gas was fired during the farmers' march in New Delhi.", "fired", "Police Forces of India"),
    ("Main roads were sealed off in Paris.", "sealed", "Government of France"),
])
def test_state_measure_is_the_states(pipeline, text: str, word: str, source: str) -> None:
    assert _names(_event(pipeline, text, word).source) == [source]


# 2. arrests in the passive during a workers' or students' protest: the police of the place, with the count
@pytest.mark.parametrize("text, word, source, target, arrested", [
    ("Forty people were detained during the dockworkers' march in Valparaiso.", "detained",
     "Police Forces of Chile", "Protesters (Chile)", 40),
    ("Twenty-three nurses were arrested during the nurses' strike in Harare.", "arrested",
     "Police Forces of Zimbabwe", "Protesters (Zimbabwe)", 23),
    # variants
    ("Dozens of people were detained after the miners' rally in Johannesburg.", "detained",
     "Police Forces of South Africa", "Protesters (South Africa)", 12),
    ("Several students were arrested after teachers reported them to the school board in Accra.", "arrested",
     "Police Forces of Ghana", "Students (Ghana)", 3),
])
def test_arrest_in_protest_is_the_polices(pipeline, text: str, word: str, source: str, target: str,
                                          arrested: int) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.source) == [source]
    assert _names(event.target)[0] == target
    assert event.arrested == arrested


# 3. no country known: no doer rather than the crowd
@pytest.mark.parametrize("text, word", [
    ("Martial law was declared in the province after miners seized the town hall.", "Martial law"),
    ("The border crossing was closed after villagers clashed with soldiers.", "closed"),
])
def test_state_measure_without_country_has_no_doer(pipeline, text: str, word: str) -> None:
    assert _event(pipeline, text, word).source == []


@pytest.mark.parametrize("text, word, primary", [
    # a passive force told for a dispersal: a dispersal of the crowd is the primary event, with no crowd doer
    ("Tear gas was used to disperse hundreds of opposition supporters who had gathered in central Nairobi.",
     "disperse", ("Protests", "Protest with intervention")),
    ("Tear gas was fired to disperse hundreds of opposition supporters in central Nairobi.", "disperse",
     ("Protests", "Protest with intervention")),
    ("Water cannon and tear gas were used to disperse the teachers' rally in Nairobi.", "used",
     ("Protests", "Protest with intervention")),
])
def test_dispersal_purpose_stays_primary(pipeline, text: str, word: str, primary: tuple) -> None:
    event = _event(pipeline, text, word)
    assert event.primary
    assert not any(a.inter in (5, 6, 7) for a in event.source)  # never the crowd dispersed
    assert (event.acled["event_type"], event.acled["sub_event_type"]) == primary


# controls: doers named or given by the parse, armed groups, a crowd's own deeds, shops strikers close
@pytest.mark.parametrize("text, word, source", [
    ("Eleven people were arrested after the dockers' protest in Marseille turned violent.", "arrested",
     "Police Forces of France"),
    ("Mobile internet was suspended in Islamabad ahead of the opposition march.", "suspended",
     "Government of Pakistan"),
    ("Police arrested 30 people after the protest in Nairobi, a police spokesman said.", "arrested",
     "Police Forces of Kenya"),
    ("Authorities imposed a curfew in Kandy after the riots.", "curfew", "Government of Sri Lanka"),
    ("Five police officers were injured during the students' protest in Santiago.", "injured",
     "Rioters (Chile)"),
    ("Police fired tear gas during the teachers' march in Bogota.", "fired", "Police Forces of Colombia"),
    ("Two protesters were shot dead by police during the nurses' march in Harare.", "shot dead",
     "Police Forces of Zimbabwe"),
    ("A curfew was imposed in Jowhar after Al-Shabaab fighters seized the town.", "curfew", "al-Shabaab"),
    ("Al-Shabaab imposed a curfew in Jowhar.", "curfew", "al-Shabaab"),
    ("Two journalists were beaten by riot police during the protest in Lagos.", "beaten",
     "Police Forces of Nigeria"),
    ("Shops were closed in Kathmandu as traders joined the general strike.", "closed", "Business (Nepal)"),
    ("Shops were closed in Kathmandu as shopkeepers joined the general strike.", "closed",
     "Civilians (Nepal)"),
    ("Shops and markets were shut in Srinagar during the shutdown called by separatists.", "shut",
     "Rebels (India)"),
    ("Roads were blocked during the farmers' protest in Paris.", "blocked", "Protesters (France)"),
])
def test_state_measure_controls(pipeline, text: str, word: str, source: str) -> None:
    assert _names(_event(pipeline, text, word).source) == [source]
