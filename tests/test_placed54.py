"""Words aimed at a state (round placed54, targets-1): an accusation, appeal, warning, praise or rebuff that
names no place of its own ("The Lithuanian president accused Belarus of ...", "Chancellor Merkel urged Hungary
to ...", "Ramaphosa called on Russia to ...", "Erdogan lashed out at Greece") was spoken where its speaker is:
the speaker's one country, not the country it is aimed at, and the speaker's state is then at home (inter 1),
whether the speaker is written as a title, a demonym or a leader's name. A country after "called on" or
"lashed out at" is whom the words are aimed at, no place. A capital said to be "responsible for" or "to blame
for" a deed ("Baku said Yerevan was responsible for the shelling in Tovuz"), as one "behind" it, is the
government that did it, neither an unknown armed group of its country nor the deed's place. A place named, a
visit, a sending, a speaker of no country and a speaker written as a country keep their place. Sentences
written for the test, each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="placed54", published="2024-06-20"))
                if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


def _actors(actors) -> list[tuple[str | None, str | None, int | None]]:
    return [(a.name, a.country, a.inter) for a in actors]


# 1. words aimed at a state, no place named: the speaker's own country, the speaker at home
@pytest.mark.parametrize("text, word, where, source", [
    ("The Lithuanian president accused Belarus of staging a migrant crisis.", "accused", "LTU",
     ("Government of Lithuania", "LTU", 1)),
    ("Chancellor Merkel urged Hungary to respect media freedom.", "urged", "DEU", None),
    ("President Carter praised Egypt for its peace initiative.", "praised", "USA", None),
    ("The Indonesian foreign minister criticised Australia over the boat turnbacks.", "criticised", "IDN",
     ("Government of Indonesia", "IDN", 1)),
    ("Sheikh Hasina thanked India for its support during the floods.", "thanked", "BGD",
     ("Sheikh Hasina", "BGD", 1)),
    ("The Japanese prime minister warned North Korea against further missile tests.", "warned", "JPN",
     ("Government of Japan", "JPN", 1)),
    ("Ramaphosa called on Russia to return Ukrainian children.", "called", "ZAF",
     ("Cyril Ramaphosa", "ZAF", 1)),
    # variants
    ("Erdogan lashed out at Greece over the migrant boats.", "lashed out", "TUR",
     ("Recep Tayyip Erdoğan", "TUR", 1)),
    ("Zelensky thanked the United States for the new aid package.", "thanked", "UKR",
     ("Volodymyr Zelensky", "UKR", 1)),
    ("Reagan accused the Soviet Union of violating the arms treaty.", "accused", "USA", None),
    ("The Indian army chief warned Pakistan against further infiltration.", "warned", "IND",
     ("Military Forces of India", "IND", 1)),
    ("The Polish prime minister condemned Russia for the cyber attacks.", "condemned", "POL",
     ("Government of Poland", "POL", 1)),
    ("Macron urged Iran to release the French hostages.", "urged", "FRA", ("Emmanuel Macron", "FRA", 1)),
    ("The Brazilian foreign minister rejected Venezuela's demands.", "rejected", "BRA",
     ("Government of Brazil", "BRA", 1)),
    ("President Ruto praised Tanzania for its hospitality.", "praised", "KEN", ("William Ruto", "KEN", 1)),
    ("The Kremlin spokesman accused Finland of provoking tension.", "accused", "RUS",
     ("Government of Russia", "RUS", 1)),
    ("Modi criticised China over the border clashes.", "criticised", "IND", ("Narendra Modi", "IND", 1)),
    ("Scholz called on Russia to withdraw its troops from Ukraine.", "called", "DEU",
     ("Olaf Scholz", "DEU", 1)),
    ("The Japanese prime minister warned that North Korea would face consequences.", "warned", "JPN",
     ("Government of Japan", "JPN", 1)),
    ("Biden accused Russia of committing war crimes in Ukraine.", "accused", "USA", ("Joe Biden", "USA", 1)),
])
def test_words_aimed_at_a_state_are_spoken_at_home(pipeline, text: str, word: str, where: str,
                                                   source: tuple | None) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == where
    if source is not None:
        assert _actors(event.source) == [source]


@pytest.mark.parametrize("text, word, where", [
    # controls: a speaker written as a country or a possessive, a place named, a visit, a sending, a speaker
    # of no country (an NGO, a union of states, the UN)
    ("Turkey warned Sweden against allowing further Koran burnings.", "warned", "TUR"),
    ("Beijing slammed Washington for selling arms to Taiwan.", "slammed", "CHN"),
    ("Canada's prime minister accused China of arbitrarily detaining two Canadians.", "accused", "CAN"),
    ("The Israeli foreign minister summoned the Irish ambassador.", "summoned", "ISR"),
    ("Blinken met with the Saudi crown prince in Riyadh on Thursday.", "met", "SAU"),
    ("The German chancellor visited Kenya and met President Ruto.", "visited", "KEN"),
    ("The German chancellor visited Kenya and met President Ruto.", "met", "KEN"),
    ("Putin thanked China for its support during talks in Beijing.", "thanked", "CHN"),
    ("The Kenyan president sent troops to Haiti.", "sent", "HTI"),
    ("The Turkish president sent aid to Syria after the earthquake.", "sent", "SYR"),
    ("The Egyptian president visited Sudan and met General Burhan.", "visited", "SDN"),
    ("The Japanese prime minister flew to South Korea for talks.", "flew", "KOR"),
    ("The Chinese foreign minister met his Indian counterpart in New Delhi.", "met", "IND"),
    ("Amnesty International criticised Egypt over the detentions.", "criticised", "EGY"),
    ("The EU urged Hungary to respect media freedom.", "urged", "HUN"),
    ("Israel accused Iran of arming the Houthis.", "accused", "ISR"),
    ("The German chancellor travelled to China and urged Beijing to rein in Russia.", "urged", "CHN"),
])
def test_words_aimed_at_a_state_controls(pipeline, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, word)) == where


# 2. a capital said to be responsible or to blame for a deed: its government did it; no place of the deed
@pytest.mark.parametrize("text, word, where, source", [
    ("Harare said Gaborone was responsible for the shooting of Zimbabwean fishermen.", "shooting", "ZWE",
     ("Government of Botswana", "BWA")),
    ("Baku said Yerevan was responsible for the shelling in Tovuz.", "shelling", "AZE",
     ("Government of Armenia", "ARM")),
    ("Moscow said Kyiv was responsible for the attack on the concert hall.", "attack", "RUS",
     ("Government of Ukraine", "UKR")),
    # variants
    ("Harare said Gaborone was behind the shooting of Zimbabwean fishermen.", "shooting", "ZWE",
     ("Government of Botswana", "BWA")),
    ("Baku said Yerevan was to blame for the shelling in Tovuz.", "shelling", "AZE",
     ("Government of Armenia", "ARM")),
    ("Kyiv said Moscow was responsible for the strike on the hospital in Kharkiv.", "strike", "UKR",
     ("Government of Russia", "RUS")),
    ("Police said al-Shabaab was to blame for the bombing in Mogadishu.", "bombing", "SOM",
     ("al-Shabaab", "SOM")),
])
def test_a_capital_responsible_for_a_deed_is_its_government(pipeline, text: str, word: str, where: str,
                                                            source: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == where
    assert [(a.name, a.country) for a in event.source] == [source]
    assert event.location is None or event.location.name not in ("Gaborone", "Yerevan", "Kyiv")


@pytest.mark.parametrize("text, word, where, source", [
    # controls: a country responsible with the deed's own place named; a capital struck is where
    ("The Pakistani army said India was responsible for the bombing in Lahore.", "bombing", "Lahore",
     ("Government of India", "IND")),
    ("Russian missiles struck Kyiv overnight.", "struck", "Kyiv", None),
    ("Gunmen attacked a police station in Kyiv on Sunday.", "attacked", "Kyiv", None),
])
def test_a_capital_responsible_controls(pipeline, text: str, word: str, where: str,
                                        source: tuple | None) -> None:
    event = _event(pipeline, text, word)
    assert event.location is not None and event.location.name == where
    if source is not None:
        assert [(a.name, a.country) for a in event.source] == [source]
