"""Punished speech (round speech58, item gulf-2): a place inside what a jailed, arrested or sentenced person's
tweets, posts, sermon, song, book or reporting were about ("jailed over tweets criticising the war in Yemen",
"arrested a journalist who wrote about corruption in Iraq") is the topic of the speech, not where the arrest
was: neither the event's place, nor the country of its target, nor (in an agentless passive) of its doer. A
deed told inside that topic keeps its own place ("posts about the killing of civilians in Gaza", for the
killing), and a protest it names is no protest the arrest broke up. A place of the arrest itself ("arrested
a blogger in Jahra over tweets"), a crime's own place ("smuggling drugs in Jeddah") and a topic place in the
country of another place of the story ("Iran ... a song about the protests in Zahedan") stay. A preacher is
a cleric. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="speech58", published="2024-06-01"))
                if e.trigger.text == word)


def _where(event) -> tuple[str | None, str | None]:
    return (event.location.name, event.location.country) if event.location is not None else (None, None)


def _actors(actors) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.country) for a in actors]


# 1. the topic of the punished speech is not where the arrest was, nor the target's country
@pytest.mark.parametrize("text, word, target, where", [
    ("Bahrain arrested a lawyer for posts about the killing of civilians in Gaza.", "arrested",
     ("Lawyers (Bahrain)", "BHR"), ("Bahrain", "BHR")),
    ("Kuwait detained a blogger over comments about the war in Syria.", "detained",
     ("Journalists (Kuwait)", "KWT"), ("Kuwait", "KWT")),
    ("Iran arrested a journalist who wrote about corruption in Iraq.", "arrested",
     ("Journalists (Iran)", "IRN"), ("Iran", "IRN")),
    ("Iran jailed a cartoonist for drawings mocking the war in Syria.", "jailed",
     ("Journalists (Iran)", "IRN"), ("Iran", "IRN")),
    ("Bahrain detained a cleric over a sermon about the persecution of Muslims in India.", "detained",
     ("Religious Group (Bahrain)", "BHR"), ("Bahrain", "BHR")),
    ("Saudi Arabia arrested a preacher for videos about the famine in Sudan.", "arrested",
     ("Religious Group (Saudi Arabia)", "SAU"), ("Saudi Arabia", "SAU")),
    ("The UAE jailed a student for a thesis about elections in Egypt.", "jailed",
     ("Students (United Arab Emirates)", "ARE"), ("United Arab Emirates", "ARE")),
    ("Kuwait jailed a former MP for remarks about the crackdown in Bahrain.", "jailed",
     ("Former Officials (Kuwait)", "KWT"), ("Kuwait", "KWT")),
    ("Oman detained a poet over verses praising the uprising in Bahrain.", "detained",
     ("Civilians (Oman)", "OMN"), ("Oman", "OMN")),
    ("An Iranian court sentenced a singer for a song about the floods in Pakistan.", "sentenced",
     ("Civilians (Iran)", "IRN"), ("Iran", "IRN")),
    ("Qatar arrested a writer over a novel about the revolution in Egypt.", "arrested",
     ("Journalists (Qatar)", "QAT"), ("Qatar", "QAT")),
    # variants: other nouns and verbs of expression, relative clauses, a passive, a country "in" on the verb
    ("A Bahraini court jailed a blogger for five years over posts criticising the Saudi-led war in Yemen.",
     "jailed", ("Journalists (Bahrain)", "BHR"), ("Bahrain", "BHR")),
    ("Iran sentenced a rapper to prison for a song about the war in Ukraine.", "sentenced",
     ("Civilians (Iran)", "IRN"), ("Iran", "IRN")),
    ("Kuwait arrested a cleric who preached about the conflict in Iraq.", "arrested",
     ("Religious Group (Kuwait)", "KWT"), ("Kuwait", "KWT")),
    ("An Egyptian court jailed a poet for verses mocking the war in Libya.", "jailed",
     ("Civilians (Egypt)", "EGY"), ("Egypt", "EGY")),
    ("Qatar arrested a blogger for writing about the floods in Pakistan.", "arrested",
     ("Journalists (Qatar)", "QAT"), ("Qatar", "QAT")),
    ("Oman summoned a journalist over an article about the protests in Iran.", "summoned",
     ("Journalists (Oman)", "OMN"), ("Oman", "OMN")),
    ("Iranian police arrested a filmmaker over a documentary about the earthquake in Turkey.", "arrested",
     ("Civilians (Iran)", "IRN"), ("Iran", "IRN")),
    ("Saudi Arabia sentenced a cleric to death for sermons about the war in Yemen.", "sentenced",
     ("Religious Group (Saudi Arabia)", "SAU"), ("Saudi Arabia", "SAU")),
    ("Jordan detained a teacher over a video mocking the elections in Egypt.", "detained",
     ("Teachers (Jordan)", "JOR"), ("Jordan", "JOR")),
    ("Turkey detained a journalist over reports about the fighting in Syria.", "detained",
     ("Journalists (Turkey)", "TUR"), ("Turkey", "TUR")),
    ("Kuwait jailed a blogger who tweeted about the war in Yemen.", "jailed",
     ("Journalists (Kuwait)", "KWT"), ("Kuwait", "KWT")),
    ("A journalist who wrote about the war in Syria was arrested in Kuwait.", "arrested",
     ("Journalists (Kuwait)", "KWT"), ("Kuwait", "KWT")),
    ("Iran arrested two men for posting videos of the protests in Iraq.", "arrested",
     ("Civilians (Iran)", "IRN"), ("Iran", "IRN")),
    ("Saudi authorities detained a woman over tweets supporting the protests in Sudan.", "detained",
     ("Women (Saudi Arabia)", "SAU"), ("Saudi Arabia", "SAU")),
    # controls: the arrest's own place, a crime's place, a topic place in the doers' country, no topic place
    ("Saudi Arabia jailed a teacher for criticising the government on Twitter.", "jailed",
     ("Teachers (Saudi Arabia)", "SAU"), ("Saudi Arabia", "SAU")),
    ("Bahrain jailed an activist over tweets criticising the government.", "jailed",
     ("Opposition (Bahrain)", "BHR"), ("Bahrain", "BHR")),
    ("An Emirati court jailed a man for insulting Egypt on social media.", "jailed",
     ("Civilians (United Arab Emirates)", "ARE"), ("United Arab Emirates", "ARE")),
    ("Iran arrested a teacher for posts criticising the supreme leader.", "arrested",
     ("Teachers (Iran)", "IRN"), ("Iran", "IRN")),
    ("Kuwaiti police arrested a blogger in Jahra over tweets about the emir.", "arrested",
     ("Journalists (Kuwait)", "KWT"), ("Al Jahrā’", "KWT")),
    ("Iran arrested two journalists who reported on Amini's death.", "arrested",
     ("Journalists (Iran)", "IRN"), ("Iran", "IRN")),
    ("Police arrested a man in Riyadh over tweets about the war in Yemen.", "arrested",
     ("Civilians (Saudi Arabia)", "SAU"), ("Riyadh", "SAU")),
    ("Saudi Arabia detained a preacher in Mecca over a sermon about the war in Sudan.", "detained",
     ("Religious Group (Saudi Arabia)", "SAU"), ("Makkah", "SAU")),
    ("Saudi police arrested a man in Jeddah for smuggling drugs from Yemen.", "arrested",
     ("Civilians (Saudi Arabia)", "SAU"), ("Jeddah", "SAU")),
    ("Iran arrested a rapper for a song about the protests in Zahedan.", "arrested",
     ("Civilians (Iran)", "IRN"), ("Zahedan", "IRN")),
    ("Police in Dubai arrested a man for insulting Qatar on social media.", "arrested",
     ("Civilians (United Arab Emirates)", "ARE"), ("Dubai", "ARE")),
])
def test_speech_topic_is_not_the_arrest_place(pipeline, text: str, word: str, target: tuple,
                                              where: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _actors(event.target)[0] == target
    assert _where(event) == where


# 2. an agentless passive: the doer is the state of where the arrest was, not of the speech's topic
@pytest.mark.parametrize("text, word, source, where", [
    ("A Saudi activist was jailed for 10 years over tweets criticising the war in Yemen.", "jailed",
     ("Police Forces of Saudi Arabia", "SAU"), "SAU"),
    ("A Saudi blogger was arrested over posts about the war in Yemen.", "arrested",
     ("Police Forces of Saudi Arabia", "SAU"), "SAU"),
    ("A Kuwaiti writer was arrested over a book about the crackdown in Syria.", "arrested",
     ("Police Forces of Kuwait", "KWT"), "KWT"),
    # controls: a place of the arrest, a topic with no place
    ("A Saudi cleric was arrested for tweets praising the reconciliation with Qatar.", "arrested",
     ("Police Forces of Saudi Arabia", "SAU"), "SAU"),
    ("A blogger was arrested in Kuwait over tweets about the war in Syria.", "arrested",
     ("Police Forces of Kuwait", "KWT"), "KWT"),
])
def test_passive_doer_of_the_arrest_place(pipeline, text: str, word: str, source: tuple, where: str) -> None:
    event = _event(pipeline, text, word)
    assert _actors(event.source) == [source]
    assert _where(event)[1] == where


# 3. the court's own country is home (no "abroad" intervention code); the deed in the topic keeps its place
@pytest.mark.parametrize("text, word, side, expected", [
    ("An Iranian court sentenced a singer for a song about the floods in Pakistan.", "sentenced", "source",
     ("Judiciary of Iran", 1)),
    ("Bahrain arrested a lawyer for posts about the killing of civilians in Gaza.", "killing", "where",
     ("Gaza Strip", "PSE")),
    ("Turkey detained a journalist over reports about the fighting in Syria.", "fighting", "where",
     ("Syria", "SYR")),
    # controls
    ("An Emirati court jailed a man for insulting Egypt on social media.", "jailed", "source",
     ("Judiciary of the United Arab Emirates", 1)),
    ("Saudi police arrested a man in Jeddah for smuggling drugs from Yemen.", "arrested", "where",
     ("Jeddah", "SAU")),
])
def test_court_home_and_topic_deed_place(pipeline, text: str, word: str, side: str, expected: tuple) -> None:
    event = _event(pipeline, text, word)
    if side == "source":
        assert (event.source[0].name, event.source[0].inter) == expected
    else:
        assert _where(event) == expected


# 4. a protest named only as what was said is no protest the arrest broke up
@pytest.mark.parametrize("text, word, expected", [
    ("Saudi authorities detained a woman over tweets supporting the protests in Sudan.", "detained",
     ("Strategic developments", "Arrests")),
    ("Iran arrested a rapper for a song about the protests in Zahedan.", "arrested",
     ("Strategic developments", "Arrests")),
    ("Authorities in Iran jailed a journalist who reported on the protests in Zahedan.", "jailed",
     ("Strategic developments", "Arrests")),
    ("Iran arrested two men for posting videos of the protests in Iraq.", "arrested",
     ("Strategic developments", "Arrests")),
    # controls: protesters held, a man held for taking part
    ("Police detained 20 protesters in Manama.", "detained", ("Protests", "Protest with intervention")),
    ("Police arrested a man who took part in the protests in Zahedan.", "arrested",
     ("Protests", "Protest with intervention")),
])
def test_protest_spoken_of_is_no_intervention(pipeline, text: str, word: str, expected: tuple) -> None:
    event = _event(pipeline, text, word)
    assert (event.acled.get("event_type"), event.acled.get("sub_event_type")) == expected


# 5. a preacher is a cleric
@pytest.mark.parametrize("text, word, target", [
    ("Saudi Arabia arrested two preachers.", "arrested", ("Religious Group (Saudi Arabia)", "SAU")),
    ("Gunmen shot dead a preacher in Kano.", "shot dead", ("Religious Group (Nigeria)", "NGA")),
    # controls
    ("Saudi Arabia arrested two clerics.", "arrested", ("Religious Group (Saudi Arabia)", "SAU")),
    ("Gunmen shot dead a teacher in Kano.", "shot dead", ("Teachers (Nigeria)", "NGA")),
])
def test_preacher_is_clergy(pipeline, text: str, word: str, target: tuple) -> None:
    assert _actors(_event(pipeline, text, word).target)[0] == target
