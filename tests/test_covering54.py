"""The press at a protest or a fight (round covering54, item press-1): journalists who cover, film,
photograph, stream or report on a protest or a fight ("police detained three journalists covering an
opposition rally", "troops opened fire on reporters covering the fighting") tell of it and do not take
part: the noun event they report on does not take them for its doers, and force used on them at a protest
leaves them Journalists (ACLED inter 7), with the protest's crowd added after them, not "Protesters" or
"Rioters". Journalists said to protest themselves ("journalists protesting outside parliament",
"journalists who staged a sit-in") stay its crowd; light verbs ("shopkeepers observed a strike") and people
doing a deed ("youths looting a warehouse") keep their doers. Sentences written for the test, each group
with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    doc = document_from_text(text, doc_id="covering54", published="2024-09-01")
    return next(e for e in pipeline.code(doc) if e.trigger.text == word)


def _actor(actor) -> tuple[str | None, str | None, int | None]:
    return (actor.name, actor.sector, actor.inter)


# 1. force on the press at a protest: its first target stays Journalists (inter 7)
@pytest.mark.parametrize("text, word, target", [
    ("Police in Tbilisi detained three journalists covering an opposition rally.", "detained",
     ("Journalists (Georgia)", "JRN", 7)),
    ("Riot police arrested a cameraman covering the demonstration outside the parliament in Belgrade.",
     "arrested", ("Journalists (Serbia)", "JRN", 7)),
    ("Police arrested two reporters covering a student march in Quito.", "arrested",
     ("Journalists (Ecuador)", "JRN", 7)),
    ("Police arrested a reporter who was live-streaming the protest in Harare.", "arrested",
     ("Journalists (Zimbabwe)", "JRN", 7)),
    ("Angolan police beat and detained journalists covering a demonstration in Luanda.", "beat",
     ("Journalists (Angola)", "JRN", 7)),
    ("Angolan police beat and detained journalists covering a demonstration in Luanda.", "detained",
     ("Journalists (Angola)", "JRN", 7)),
    # variants
    ("Police detained a television crew broadcasting the rally in Minsk.", "detained",
     ("Journalists (Belarus)", "JRN", 7)),
    ("Police arrested a journalist reporting on the demonstration in Havana.", "arrested",
     ("Journalists (Cuba)", "JRN", 7)),
    ("Security forces detained a reporter filming the sit-in outside the governor's office in Khartoum.",
     "detained", ("Journalists (Sudan)", "JRN", 7)),
    ("Police fired tear gas at reporters covering the riots in Dhaka.", "fired",
     ("Journalists (Bangladesh)", "JRN", 7)),
    ("Police arrested a photographer filming the riot in Nairobi.", "arrested",
     ("Journalists (Kenya)", "JRN", 7)),
    # controls: protesters, and journalists who protest themselves, are the crowd
    ("Police in Tbilisi detained three protesters at an opposition rally.", "detained",
     ("Protesters (Georgia)", "CVL", 6)),
    ("Police beat women protesting in Khartoum.", "beat", ("Protesters (Sudan)", "CVL", 6)),
    ("Police arrested 40 demonstrators and two journalists at the rally in Minsk.", "arrested",
     ("Protesters (Belarus)", "CVL", 6)),
    ("Police detained journalists protesting outside parliament in Kampala.", "detained",
     ("Protesters (Uganda)", "JRN", 6)),
    ("Police arrested journalists who staged a sit-in in Algiers.", "arrested",
     ("Protesters (Algeria)", "JRN", 6)),
    ("Police detained journalists who were marching in protest in Kampala.", "detained",
     ("Protesters (Uganda)", "JRN", 6)),
    ("Police beat protesting journalists in Kampala.", "beat", ("Protesters (Uganda)", "JRN", 6)),
    ("Two journalists covering the strike were detained by police in Accra.", "detained",
     ("Journalists (Ghana)", "JRN", 7)),
    ("Police beat a journalist reporting on the rally in Caracas.", "beat",
     ("Journalists (Venezuela)", "JRN", 7)),
    ("Soldiers beat a cameraman who was filming the demonstration in Khartoum.", "beat",
     ("Journalists (Sudan)", "JRN", 7)),
])
def test_press_at_a_protest_stay_journalists(pipeline, text: str, word: str, target: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _actor(event.target[0]) == target


# 2. the protest or fight the press report on: not done by the press
@pytest.mark.parametrize("text, word, reporters", [
    ("Police in Tbilisi detained three journalists covering an opposition rally.", "rally",
     "three journalists"),
    ("Riot police arrested a cameraman covering the demonstration outside the parliament in Belgrade.",
     "demonstration", "a cameraman"),
    ("Police arrested two reporters covering a student march in Quito.", "march", "two reporters"),
    ("Security forces shot and wounded two reporters covering the protest in Abuja.", "protest",
     "two reporters"),
    ("Police fired rubber bullets at journalists filming the sit-in in Algiers.", "sit-in", "journalists"),
    ("Troops opened fire on reporters covering the fighting near Marib, killing a photographer.", "fighting",
     "reporters"),
    ("Government troops fired on reporters covering the clashes, killing a cameraman.", "clashes",
     "reporters"),
    ("Angolan police beat and detained journalists covering a demonstration in Luanda.", "demonstration",
     "journalists"),
    ("Soldiers beat a cameraman who was filming the demonstration in Khartoum.", "demonstration",
     "a cameraman"),
    # variants
    ("Soldiers beat a journalist who was photographing the protest in Yangon.", "protest", "a journalist"),
    ("Journalists covering the rally were beaten by police in Kinshasa.", "rally", "Journalists"),
    ("A reporter was shot in the leg while covering a protest in Nairobi.", "protest", "A reporter"),
    ("A photographer was injured by a rubber bullet while covering the clashes in Santiago.", "clashes",
     "A photographer"),
    ("Soldiers shot dead a cameraman filming the clashes in Khan Younis.", "clashes", "a cameraman"),
    ("Police shot and killed a journalist covering a protest in Lima.", "protest", "a journalist"),
])
def test_press_do_not_do_what_they_report(pipeline, text: str, word: str, reporters: str) -> None:
    event = _event(pipeline, text, word)
    assert reporters not in [a.text for a in event.source]
    assert all(a.sector != "JRN" for a in event.source)


@pytest.mark.parametrize("text, word, source", [
    # controls: who protests, holds, observes a strike or loots does it
    ("Police in Tbilisi detained three journalists covering an opposition rally.", "rally",
     ("opposition", "Protesters (Georgia)")),
    ("Police arrested two reporters covering a student march in Quito.", "march",
     ("student", "Protesters (Ecuador)")),
    ("Riot police assaulted reporters covering a strike by teachers in Harare.", "strike",
     ("teachers", "Protesters (Zimbabwe)")),
    ("Journalists staged a sit-in outside the ministry in Nairobi.", "sit-in",
     ("Journalists", "Protesters (Kenya)")),
    ("Journalists marched through Kampala to protest the arrest of a colleague.", "marched",
     ("Journalists", "Protesters (Uganda)")),
    ("Police arrested journalists who staged a sit-in in Algiers.", "sit-in",
     ("journalists", "Protesters (Algeria)")),
    ("Shopkeepers observed a strike in Srinagar.", "strike", ("Shopkeepers", "Protesters (India)")),
    ("Police beat women protesting in Khartoum.", "protesting", ("women", "Protesters (Sudan)")),
    ("Police arrested 25 youths looting a warehouse in Lagos.", "looting",
     ("25 youths", "Rioters (Nigeria)")),
    ("Police arrested five activists who had joined the march in Tehran.", "march",
     ("five activists", "Protesters (Iran)")),
])
def test_doers_of_protests_controls(pipeline, text: str, word: str, source: tuple) -> None:
    event = _event(pipeline, text, word)
    assert (event.source[0].text, event.source[0].name) == source


# 3. fire on the press covering a fight: an attack on civilians, not mob violence
@pytest.mark.parametrize("text, word, acled, target, dead", [
    ("Troops opened fire on reporters covering the fighting near Marib, killing a photographer.",
     "opened fire", ("Violence against civilians", "Attack"), ("Journalists (Yemen)", "JRN", 7), 1),
    ("Government troops fired on reporters covering the clashes, killing a cameraman.", "fired",
     ("Violence against civilians", "Attack"), ("Journalists", "JRN", 7), 1),
    # variants
    ("Soldiers opened fire on journalists covering the battle near Bakhmut, killing a photographer.",
     "opened fire", ("Violence against civilians", "Attack"), ("Journalists (Ukraine)", "JRN", 7), 1),
    ("Soldiers shot dead a cameraman filming the clashes in Khan Younis.", "shot dead",
     ("Violence against civilians", "Attack"), ("Journalists (Palestine)", "JRN", 7), 1),
    # controls: fire on protesters or rioters stays force at a protest or a riot
    ("Troops opened fire on protesters in Khartoum, killing two.", "opened fire",
     ("Protests", "Excessive force against protesters"), ("Protesters (Sudan)", "CVL", 6), 2),
    ("Police fired on rioters looting shops in Lagos, killing one.", "fired",
     ("Riots", "Mob violence"), ("Rioters (Nigeria)", "CVL", 5), 1),
])
def test_fire_on_the_press_covering_a_fight(pipeline, text: str, word: str, acled: tuple, target: tuple,
                                            dead: int) -> None:
    event = _event(pipeline, text, word)
    assert event.primary
    assert (event.acled["event_type"], event.acled["sub_event_type"]) == acled
    assert _actor(event.target[0]) == target
    assert event.fatalities == dead
