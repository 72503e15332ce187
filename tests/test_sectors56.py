"""Leaders of a people and lawyers' bodies (round sectors56): a bare speaking head after a people's
name ("Kurdish leaders", "Tamil leaders", "Igbo leaders", "the Kurdish leadership") speaks for that people,
civilians of its country, not for a government; "tribal leaders" and "clan elders" are civilians as
"community leaders" are; lawyers' own bodies ("the Pakistan Bar Council", "the Law Society of Kenya", "the
Nigerian Bar Association") are lawyers, not a state's council nor a generic association; a mufti ("the Grand
Mufti of Egypt") is a cleric; a firm or charity named ("Save the Children", "Samsung's plant") is no town of
that name. A state's demonym before "leaders" ("Kenyan leaders", "Palestinian leaders"), a role the leaders
speak for ("union leaders", "church leaders"), a faith's council and a firm's name that is a place's own
("Toyota") stay as they were. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="sectors56", published="2024-06-01"))
                if e.trigger.text == word)


def _actor(actors) -> tuple[str | None, str | None, str | None, int | None]:
    a = actors[0]
    return a.name, a.country, a.sector, a.inter


# 1. a people's leaders: the people, civilians of their country
@pytest.mark.parametrize("text, word, source", [
    ("Kurdish leaders in Turkey condemned the arrest of the mayors.", "condemned",
     ("Kurdish Ethnic Group (Turkey)", "TUR", "CVL", 7)),
    ("Tamil leaders in Jaffna called for an international inquiry.", "called",
     ("Tamil Ethnic Group (Sri Lanka)", "LKA", "CVL", 7)),
    ("Uighur leaders accused Beijing of forced labour.", "accused",
     ("Uyghur Ethnic Group (China)", "CHN", "CVL", 7)),
    ("Baloch leaders accused the army of abducting students.", "accused",
     ("Baluch Ethnic Group (Pakistan)", "PAK", "CVL", 7)),
    ("Igbo leaders rejected the arrest of the separatist leader.", "rejected",
     ("Igbo Ethnic Group (Nigeria)", "NGA", "CVL", 7)),
    ("Druze leaders protested against the law in Haifa.", "protested",
     ("Protesters (Israel)", "ISR", "CVL", 6)),
    # variants
    ("Tamil leaders met the president in Colombo.", "met",
     ("Tamil Ethnic Group (Sri Lanka)", "LKA", "CVL", 7)),
    ("Hazara leaders condemned the bombing in Quetta.", "condemned",
     ("Hazara Ethnic Group (Pakistan)", "PAK", "CVL", 7)),
    ("Maasai leaders accused the police of killing herders.", "accused",
     ("Maasai Ethnic Group (Kenya)", "KEN", "CVL", 7)),
    ("The Kurdish leadership in Turkey rejected the offer.", "rejected",
     ("Kurdish Ethnic Group (Turkey)", "TUR", "CVL", 7)),
])
def test_people_leaders_are_the_people(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actor(_event(pipeline, text, word).source) == source


# 2. leaders of a tribe or clan: civilians, as community leaders
@pytest.mark.parametrize("text, word, source", [
    ("Tribal leaders in Balochistan condemned the killings.", "condemned",
     ("Civilians (Pakistan)", "PAK", "CVL", 7)),
    # variants
    ("Clan leaders in Mogadishu called for calm.", "called", ("Civilians (Somalia)", "SOM", "CVL", 7)),
    ("Clan elders in Galkayo brokered a truce.", "brokered", ("Civilians (Somalia)", "SOM", "CVL", 7)),
    ("Tribal elders in Anbar condemned the attack.", "condemned", ("Civilians (Iraq)", "IRQ", "CVL", 7)),
])
def test_tribal_leaders_are_civilians(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actor(_event(pipeline, text, word).source) == source


# 3. lawyers' bodies are lawyers; a mufti is a cleric
@pytest.mark.parametrize("text, word, source", [
    ("The Pakistan Bar Council called a nationwide strike of lawyers.", "strike",
     ("Protesters (Pakistan)", "PAK", "HRI", 6)),
    ("The Islamabad Bar Council called a strike.", "strike", ("Protesters (Pakistan)", "PAK", "HRI", 6)),
    ("The Kenya Law Society sued the government over the new tax law.", "sued",
     ("Lawyers (Kenya)", "KEN", "HRI", 7)),
    ("The Law Society of Kenya condemned the abduction of a lawyer in Nairobi.", "condemned",
     ("Lawyers (Kenya)", "KEN", "HRI", 7)),
    ("The Nigerian Bar Association condemned the arrest of a lawyer in Abuja.", "condemned",
     ("Lawyers (Nigeria)", "NGA", "HRI", 7)),
    ("The Grand Mufti of Egypt condemned the bombing of the church.", "condemned",
     ("Religious Group (Egypt)", "EGY", "REL", 7)),
    ("Egypt's Grand Mufti praised the army.", "praised", ("Religious Group (Egypt)", "EGY", "REL", 7)),
    # variants
    ("The Uganda Law Society condemned the arrest of opposition lawyers.", "condemned",
     ("Lawyers (Uganda)", "UGA", "HRI", 7)),
    ("The Bar Council of India suspended the lawyer.", "suspended", ("Lawyers (India)", "IND", "HRI", 7)),
    ("The Lahore High Court Bar Association called a strike.", "strike",
     ("Protesters (Pakistan)", "PAK", "HRI", 6)),
    ("The mufti of Jerusalem condemned the raid.", "condemned",
     ("Religious Group (Israel)", "ISR", "REL", 7)),
])
def test_lawyers_bodies_and_muftis(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actor(_event(pipeline, text, word).source) == source


@pytest.mark.parametrize("text, word, source", [
    # controls: a role the leaders speak for, a state's demonym, a people with its own role, lawyers, a
    # faith's council, a region's own government, officials, a state's council
    ("Union leaders in South Africa called off the strike.", "called",
     ("Labour Group (South Africa)", "ZAF", "LAB", 7)),
    ("Church leaders in Kenya condemned the police killings.", "condemned",
     ("Religious Group (Kenya)", "KEN", "REL", 7)),
    ("Sikh leaders condemned the killing in Canada.", "condemned",
     ("Religious Group (Canada)", "CAN", "REL", 7)),
    ("Community leaders in Kano condemned the killings.", "condemned",
     ("Civilians (Nigeria)", "NGA", "CVL", 7)),
    ("Pashtun tribal elders met the governor in Peshawar.", "met",
     ("Pashtun Ethnic Group (Pakistan)", "PAK", "CVL", 7)),
    ("Kenyan leaders condemned the attack.", "condemned", ("Government of Kenya", "KEN", "GOV", 1)),
    ("Palestinian leaders rejected the peace plan.", "rejected",
     ("Government of Palestine", "PSE", "GOV", 1)),
    ("Afghan leaders met in Kabul.", "met", ("Government of Afghanistan", "AFG", "GOV", 1)),
    ("Lawyers in Pakistan boycotted the courts.", "boycotted", ("Lawyers (Pakistan)", "PAK", "HRI", 7)),
    ("The Hindu Council of Kenya condemned the attack on the temple.", "condemned",
     ("Religious Group (Kenya)", "KEN", "REL", 7)),
    ("Kurdish authorities in Iraq rejected the budget.", "rejected", ("KRG", "IRQ", "GOV", 1)),
    ("Kurdish officials in Turkey condemned the arrest.", "condemned",
     ("Government of Turkey", "TUR", "GOV", 1)),
    ("The Kenyan council condemned the attack.", "condemned", ("Government of Kenya", "KEN", "GOV", 1)),
])
def test_controls(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actor(_event(pipeline, text, word).source) == source


def test_lawyers_sue_the_government(pipeline) -> None:
    event = _event(pipeline, "The Kenya Law Society sued the government over the new tax law.", "sued")
    assert _actor(event.target) == ("Government of Kenya", "KEN", "GOV", 1)


def _where(event) -> str | None:
    return event.location.name if event.location is not None else None


# 4. a firm or charity named is no town: "Save the Children" holds no Savé (Benin), "Samsung" is no Samseung
@pytest.mark.parametrize("text, word, where", [
    ("Protesters gathered outside the Save the Children office.", "gathered", None),
    ("Workers rallied at Samsung's plant.", "rallied", None),
    ("Thousands protested outside Samsung headquarters.", "protested", None),
    ("Thousands protested outside Google headquarters.", "protested", None),
    # controls: a firm's name that is a place's own name stays the place; a town named with the firm
    ("Thousands protested outside Toyota headquarters.", "protested", "Toyota"),
    ("Workers rallied at Samsung's plant in Suwon.", "rallied", "Suwon"),
    ("Protesters gathered in Savé on Monday.", "gathered", "Savé"),
    ("Rebels attacked a village in Meta, the army said.", "attacked", "Meta"),
])
def test_firm_is_no_place(pipeline, text: str, word: str, where: str | None) -> None:
    assert _where(_event(pipeline, text, word)) == where
