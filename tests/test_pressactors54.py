"""Press actors (round pressactors54, item press-2): the short form "RSF" is Reporters Without Borders among
words of the press (its sentence, else its story) and stays Sudan's Rapid Support Forces among words of arms
or of Sudan, and then drags no event to Sudan; media outlets named after a place or a country ("The Moscow
Times", "the Kyiv Independent", "France 24", "Radio Free Asia") are the outlet, never that place's government
nor a place; "X's Security Service" is X's service, MI5 only for Britain or alone; and the press nouns of
press-freedom news ("a cartoonist", "a TV crew", "a TV station", "a YouTuber") are journalists, "a Facebook
user" a civilian. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return list(pipeline.code(document_from_text(text, doc_id="pressactors54", published="2024-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


def _actor(actor) -> tuple:
    return (actor.name, actor.country, actor.sector, actor.inter)


RWB = ("Reporters Without Borders", None, "HRI", 7)
RSF = ("RSF", "SDN", "REB", 2)


# 1. "RSF" by the words around it
@pytest.mark.parametrize("text, word, source", [
    ("RSF condemned the detention of two journalists in Tehran.", "condemned", RWB),
    ("RSF called on Egypt to free the imprisoned photographer.", "called", RWB),
    # variants
    ("RSF denounced the arrest of a blogger in Hanoi.", "denounced", RWB),
    ("RSF urged Russia to release the jailed reporter.", "urged", RWB),
    # the story tells it when the sentence does not
    ("Police in Baku detained two reporters on Monday. RSF condemned the arrests.", "condemned", RWB),
    # controls: words of arms or of Sudan, the alias and the full name
    ("RSF fighters shelled a market in Omdurman.", "shelled", RSF),
    ("The RSF attacked the city of El Geneina.", "attacked", RSF),
    ("RSF shelled residential areas of El Fasher on Sunday.", "shelled", RSF),
    ("Reporters Without Borders condemned the arrest of two journalists in Tehran.", "condemned", RWB),
    ("Heavy fighting raged in Darfur on Monday. RSF said it had repelled an attack on Nyala.", "repelled",
     RSF),
])
def test_rsf_read_by_the_words_around_it(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actor(_event(pipeline, text, word).source[0]) == source


@pytest.mark.parametrize("text", [
    "According to RSF, the reporter was beaten in police custody.",
    "RSF said the photographer was beaten by unknown men.",
])
def test_rsf_of_the_press_drags_no_event_to_sudan(pipeline, text: str) -> None:
    for event in _events(pipeline, text):
        assert _where(event) != "SDN"
        assert all(a.country != "SDN" for a in [*event.source, *event.target])


def test_rsf_of_the_press_drags_no_event_to_sudan_control(pipeline) -> None:
    event = _event(pipeline, "RSF fighters shelled a market in Omdurman.", "shelled")
    assert _where(event) == "SDN"


# 2. outlets named after a place or a country
@pytest.mark.parametrize("text, word, target", [
    ("Police raided the newsroom of The Moscow Times.", "raided", ("The Moscow Times", "RUS", "JRN", 7)),
    ("A Russian missile struck the building housing the Kyiv Independent.", "struck",
     ("Kyiv Independent", "UKR", "JRN", 7)),
    ("Burkina Faso suspended France 24 over an interview with an al-Qaeda leader.", "suspended",
     ("France 24", "FRA", "JRN", 7)),
    ("Beijing blocked the website of Radio Free Asia.", "blocked", ("Radio Free Asia", "USA", "JRN", 7)),
    # variants
    ("Niger suspended France 24 for three months.", "suspended", ("France 24", "FRA", "JRN", 7)),
    ("Police raided the offices of the Times of India in Mumbai.", "raided",
     ("Times of India", "IND", "JRN", 7)),
    ("Russia blocked the website of Novaya Gazeta.", "blocked", ("Novaya Gazeta", "RUS", "JRN", 7)),
    # controls
    ("Police raided the offices of the BBC in New Delhi.", "raided", ("BBC", "GBR", "JRN", 7)),
    ("Mali suspended RFI.", "suspended", ("RFI", "FRA", "JRN", 7)),
    ("A mob attacked a BBC crew in Kabul.", "attacked", ("BBC", "GBR", "JRN", 7)),
])
def test_outlets_named_after_a_place(pipeline, text: str, word: str, target: tuple) -> None:
    assert _actor(_event(pipeline, text, word).target[0]) == target


def test_two_outlets_suspended(pipeline) -> None:
    event = _event(pipeline, "Mali suspended France 24 and RFI.", "suspended")
    assert [_actor(a) for a in event.target] == [("France 24", "FRA", "JRN", 7), ("RFI", "FRA", "JRN", 7)]


@pytest.mark.parametrize("text, word, where", [
    ("Beijing blocked the website of Radio Free Asia.", "blocked", "CHN"),
    ("Beijing blocked the website of Radio Free Asia on Monday.", "blocked", "CHN"),
    # controls
    ("Beijing blocked the website of Radio Free Europe.", "blocked", "CHN"),
    ("Police raided the offices of the BBC in New Delhi.", "raided", "IND"),
])
def test_an_outlets_name_is_no_place(pipeline, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, word)) == where


# 3. "X's Security Service": X's own
@pytest.mark.parametrize("text, word, source", [
    ("Ukraine's Security Service raided the offices of a pro-Russian newspaper.", "raided",
     ("Intelligence Services of Ukraine", "UKR", "SPY", 1)),
    # variants
    ("The Kenyan Security Service arrested two suspects.", "arrested",
     ("Intelligence Services of Kenya", "KEN", "SPY", 1)),
    # controls
    ("Russia's Federal Security Service detained a US reporter.", "detained", ("FSB", "RUS", "SPY", 1)),
    ("Britain's Security Service arrested a man in London.", "arrested", ("MI5", "GBR", "SPY", 1)),
    ("MI5 arrested a man in London.", "arrested", ("MI5", "GBR", "SPY", 1)),
])
def test_a_states_security_service(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actor(_event(pipeline, text, word).source[0]) == source


# 4. press nouns
@pytest.mark.parametrize("text, word, target", [
    ("Police arrested a cartoonist in Istanbul.", "arrested", ("Journalists (Turkey)", "TUR", "JRN", 7)),
    ("A court in Tehran sentenced a cartoonist to 13 years.", "sentenced",
     ("Journalists (Iran)", "IRN", "JRN", 7)),
    ("Thailand jailed a Facebook user for insulting the monarchy.", "jailed",
     ("Civilians (Thailand)", "THA", "CVL", 7)),
    ("Police beat a TV crew in Lagos.", "beat", ("Journalists (Nigeria)", "NGA", "JRN", 7)),
    ("TV station attacked in Libya", "attacked", ("Journalists (Libya)", "LBY", "JRN", 7)),
    # variants
    ("Gunmen attacked a camera crew in Mogadishu.", "attacked", ("Journalists (Somalia)", "SOM", "JRN", 7)),
    ("Police beat a film crew in Harare.", "beat", ("Journalists (Zimbabwe)", "ZWE", "JRN", 7)),
    ("Police detained a YouTuber in Dhaka.", "detained", ("Journalists (Bangladesh)", "BGD", "JRN", 7)),
    ("Vietnam jailed a social media user for anti-state posts.", "jailed",
     ("Civilians (Vietnam)", "VNM", "CVL", 7)),
    ("Soldiers stormed a TV station in Khartoum.", "stormed", ("Journalists (Sudan)", "SDN", "JRN", 7)),
    # controls
    ("Police arrested a blogger in Hanoi.", "arrested", ("Journalists (Vietnam)", "VNM", "JRN", 7)),
    ("Pirates kidnapped the crew of a tanker off Nigeria.", "kidnapped",
     ("Labour Group (Nigeria)", "NGA", "LAB", 7)),
])
def test_press_nouns(pipeline, text: str, word: str, target: tuple) -> None:
    assert _actor(_event(pipeline, text, word).target[0]) == target
