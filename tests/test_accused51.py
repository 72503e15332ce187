"""What a suspect is accused of (round 51, item mideast-2): a country named inside a charge on the target ("a
man accused of spying for Iran", "wanted by Israel", "suspected of funding Hezbollah in Lebanon", "on charges
of spying for Israel", "sentenced ... for spying for Israel"), or a capital the charge names as a government
("spying for Washington"), is what the charge is about: neither the arrest's or trial's place, nor the
story's country, nor so the target's country, nor a reason to call the doers "abroad" (inter 8). The doers'
demonym then sets the place. A town named where the act was done, a country-name doer, a place outside the
charge, a sentence's own accusation ("observers accused troops of violating the ceasefire in Angola") and an
event told inside the charge itself (the fighting "in Syria") keep their places. Sentences written for the
test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="accused51", published="2024-06-01"))
                if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


# 1. the charge's country is not the event's: the doers' demonym places it, at home (inter 1), and the
# target is of that country
@pytest.mark.parametrize("text, word, where, inter, target", [
    ("Iraqi police arrested a man accused of spying for Iran.", "arrested", "IRQ", 1, "Civilians (Iraq)"),
    ("Egyptian security forces detained a man wanted by Israel.", "detained", "EGY", 1, "Civilians (Egypt)"),
    ("Lebanese army intelligence arrested a Syrian suspected of collaborating with Israel.", "arrested",
     "LBN", 1, "Civilians (Syria)"),
    ("A Syrian military court sentenced three men to death for spying for Israel.", "sentenced", "SYR", 1,
     "Civilians (Syria)"),
    ("Iranian authorities hanged a man convicted of spying for Israel.", "hanged", "IRN", 1,
     "Civilians (Iran)"),
    ("Lebanese police detained a Lebanese citizen accused of working for Israel's Mossad.", "detained", "LBN",
     1, "Civilians (Lebanon)"),
    ("Iraqi police arrested three men accused of fighting for Islamic State in Syria.", "arrested", "IRQ", 1,
     "Civilians (Iraq)"),
    ("Kuwaiti authorities arrested a citizen suspected of funding Hezbollah in Lebanon.", "arrested",
     "KWT", 1, "Civilians (Kuwait)"),
    ("Syrian security forces arrested a man suspected of spying for Turkey.", "arrested", "SYR", 1,
     "Civilians (Syria)"),
    ("Turkish intelligence captured a man accused of spying for Israel.", "captured", "TUR", 1,
     "Civilians (Turkey)"),
    ("Iranian police arrested a British-Iranian woman accused of spying for Britain.", "arrested", "IRN", 1,
     None),
    ("The Houthis detained a Yemeni employee of the US embassy, accusing him of spying for Washington.",
     "detained", "YEM", 1, None),
    # variants: other charge words and shapes
    ("Egyptian police arrested a student on charges of spying for Israel.", "arrested", "EGY", 1,
     "Students (Egypt)"),
    ("Iranian authorities executed two men on charges of spying for Israel.", "executed", "IRN", 1,
     "Civilians (Iran)"),
    ("A Jordanian court jailed a man for spying for Iran.", "jailed", "JOR", 1, "Civilians (Jordan)"),
    ("Russian security services detained a man charged with spying for Ukraine.", "detained", "RUS", 1,
     "Civilians (Russia)"),
    ("Azerbaijani police arrested a man suspected of spying for Armenia.", "arrested", "AZE", 1,
     "Civilians (Azerbaijan)"),
    ("Pakistani police arrested a man wanted by India.", "arrested", "PAK", 1, "Civilians (Pakistan)"),
    ("Saudi authorities executed a man convicted of fighting for Islamic State in Iraq.", "executed",
     "SAU", 1, "Civilians (Saudi Arabia)"),
    ("A Bahraini court convicted five men of spying for Iran.", "convicted", "BHR", 1, "Civilians (Bahrain)"),
    ("Moroccan police arrested a man suspected of recruiting fighters for Islamic State in Syria.",
     "arrested", "MAR", 1, "Civilians (Morocco)"),
    ("Iraqi security forces arrested three men accused of smuggling fighters into Syria.", "arrested",
     "IRQ", 1, "Civilians (Iraq)"),
])
def test_charge_country_is_no_place(pipeline, text: str, word: str, where: str, inter: int,
                                    target: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == where
    assert event.source[0].inter == inter
    if target is not None:
        assert event.target[0].name == target


@pytest.mark.parametrize("text, word, where, place", [
    # controls: a town where it was done, a country-name doer, a place outside the charge, no charge at all
    ("Israeli police arrested a Haifa man accused of spying for Iran.", "arrested", "ISR", "Haifa"),
    ("Iraqi police arrested a man accused of spying for Iran in Basra.", "arrested", "IRQ", "Basrah"),
    ("Turkey detained 20 people suspected of spying for Israel.", "detained", "TUR", "Turkey"),
    ("Iran executed a man convicted of spying for Israel.", "executed", "IRN", "Iran"),
    ("Jordanian police detained a man wanted by Saudi Arabia in Amman.", "detained", "JOR", "Amman"),
    ("Jordanian intelligence arrested two men suspected of smuggling weapons for Hamas.", "arrested", "JOR",
     "Jordan"),
    ("Lebanese security forces fired tear gas at demonstrators near parliament.", "fired", "LBN", "Lebanon"),
    ("Israeli forces detained two men in Hebron suspected of planning attacks.", "detained", "PSE", "Hebron"),
    ("Iraqi police arrested a man accused of planning attacks in Baghdad.", "arrested", "IRQ", "Baghdad"),
    ("Iraqi police arrested a man in Syria.", "arrested", "SYR", "Syria"),
    ("Iraqi police detained fighters returning from Syria.", "detained", "SYR", "Syria"),
    ("Iran accused Israel of attacking its embassy in Syria.", "accused", "IRN", "Iran"),
    # "in" right after the charge's first word may tell where the main act was (heads49)
    ("Gunmen killed a man accused of spying in Mali.", "killed", "MLI", "Mali"),
    ("A mob lynched a man accused of blasphemy in Pakistan.", "lynched", "PAK", "Pakistan"),
])
def test_charge_country_controls(pipeline, text: str, word: str, where: str, place: str) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == where
    assert event.location.name == place


# 2. an event told inside the charge, or a sentence's own accusation, keeps the charge's place
@pytest.mark.parametrize("text, word, where", [
    ("Iraqi police arrested three men accused of fighting for Islamic State in Syria.", "fighting", "SYR"),
    ("Kuwaiti authorities arrested a citizen suspected of funding Hezbollah in Lebanon.", "funding", "LBN"),
    ("Iran accused Israel of attacking its embassy in Syria.", "attacking", "SYR"),
    ("U.N. observers accused government troops of violating the ceasefire in Angola.", "accused", "AGO"),
    # controls: the arrest of the same sentences stays at the doers' home
    ("Iraqi police arrested three men accused of fighting for Islamic State in Syria.", "arrested", "IRQ"),
    ("Kuwaiti authorities arrested a citizen suspected of funding Hezbollah in Lebanon.", "arrested", "KWT"),
])
def test_event_inside_the_charge_keeps_its_place(pipeline, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, word)) == where


# 3. stories: the charge's country does not become the story's, for a later sentence either
@pytest.mark.parametrize("text, word, where", [
    ("Iraqi police arrested three men accused of fighting for Islamic State in Syria. The men were detained "
     "on Tuesday, officials said.", "detained", "IRQ"),
    ("Iraqi police arrested a man accused of spying for Iran. He was handed to the judiciary.", "arrested",
     "IRQ"),
    ("KYIV, Ukraine - The security service said it had detained a man suspected of spying for Moscow.",
     "detained", "UKR"),
    # controls: the story names its place outside the charge
    ("Israeli police arrested a Haifa man accused of spying for Iran. He was handed to the courts.",
     "arrested", "ISR"),
    ("Iran executed a man convicted of spying for Israel. His family said he was innocent.", "executed",
     "IRN"),
])
def test_charge_country_is_not_the_story_country(pipeline, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, word)) == where
