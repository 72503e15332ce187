"""A cross-border act placed where it fell, not in the attacker's country (round abroad55, item coldwar-1):
one state's forces that strike, shell, raid, invade or massacre another country's own ground or people
("Israeli jets bombed Syrian airfields", "Saudi aircraft bombed a Yemeni wedding party", "Iraq
attacked Iran") in a sentence that names no place of its own act in that country, and unnamed victims do not
take the attacker's nationality; troops, embassies and bases abroad, and doers of no state, stay as they
were. A broadcaster named by its city that reported the act ("..., Kinshasa radio announced") is who spoke,
not where: its country only. The country an incursion came from ("attacked Ukraine from Belarus", "crossed
into Congo from Gisenyi") is not its place. Sentences written for the test, old wording with its date and
modern, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, date: str):
    return list(pipeline.code(document_from_text(text, doc_id="abroad55", published=date)))


def _event(pipeline, text: str, date: str, word: str):
    return next(e for e in _events(pipeline, text, date) if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


# 1. a strike on another country's own ground or people: that country, not the striker's
@pytest.mark.parametrize("date, text, word, where", [
    ("1956-10-31", "British and French aircraft bombed Egyptian airfields tonight.", "bombed", "EGY"),
    ("1964-08-05", "American carrier planes bombed North Vietnamese naval bases in retaliation.", "bombed",
     "VNM"),
    ("2015-10-08", "Saudi aircraft bombed a Yemeni wedding party, killing 20 people.", "bombed", "YEM"),
    ("2024-01-10", "Pakistani jets bombed Afghan border villages, killing eight civilians.", "bombed", "AFG"),
    ("1980-09-23", "Iraq attacked Iran on Monday.", "attacked", "IRN"),
    ("2024-01-10", "Iran attacked Israel with drones and missiles overnight.", "attacked", "ISR"),
    ("1978-12-25", "Vietnamese forces invaded Cambodia on a broad front, Phnom Penh radio said.", "invaded",
     "KHM"),
    # variants: other wars, old and new, ground and people of many kinds (not an army's positions or posts,
    # which may stand on ground it holds abroad: tests/test_places25.py)
    ("1971-12-04", "Indian aircraft bombed Pakistani airfields early today.", "bombed", "PAK"),
    ("1979-02-17", "Chinese troops attacked Vietnamese border towns at dawn.", "attacked", "VNM"),
    ("1973-10-08", "Israeli aircraft bombed Syrian airfields and army positions on Monday.", "bombed", "SYR"),
    ("2024-01-10", "Russian missiles struck Ukrainian power plants overnight.", "struck", "UKR"),
    ("2024-01-10", "Israeli tanks shelled Lebanese villages on Monday, killing three civilians.", "shelled",
     "LBN"),
    ("2024-01-10", "Sudanese aircraft bombed South Sudanese villages, killing 12 people.", "bombed", "SSD"),
    ("2024-01-10", "Israeli jets struck an Iranian air base on Saturday.", "struck", "IRN"),
    ("2024-01-10", "Azerbaijani forces shelled Armenian villages overnight.", "shelled", "ARM"),
    ("2024-01-10", "Ethiopian troops attacked Eritrea on Monday.", "attacked", "ERI"),
])
def test_strike_on_another_country(pipeline, date: str, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, date, word)) == where


@pytest.mark.parametrize("date, text, word, striker", [
    ("2015-10-08", "Saudi aircraft bombed a Yemeni wedding party, killing 20 people.", "bombed", "SAU"),
    ("2024-01-10", "Pakistani jets bombed Afghan border villages, killing eight civilians.", "bombed", "PAK"),
    ("2024-01-10", "Sudanese aircraft bombed South Sudanese villages, killing 12 people.", "bombed", "SDN"),
])
def test_victims_not_the_strikers(pipeline, date: str, text: str, word: str, striker: str) -> None:
    event = _event(pipeline, text, date, word)
    assert all(a.country != striker for a in event.target if a.sector == "CVL")


@pytest.mark.parametrize("date, text, word, where", [
    # controls: a place of its own, troops and bases abroad, doers of no state, no strike
    ("2024-01-10", "Turkish jets bombed Kurdish rebel camps in northern Iraq.", "bombed", "IRQ"),
    ("2024-01-10", "Egyptian warplanes struck Libyan militia camps on Monday.", "struck", "LBY"),
    ("2024-01-10", "American soldiers killed 16 Afghan villagers at Panjwai.", "killed", "AFG"),
    ("2024-01-10", "Israeli forces raided a Palestinian village near Nablus.", "raided", "PSE"),
    ("2024-01-10", "Iranian-backed militias attacked American troops at a base in Syria.", "attacked", "SYR"),
    ("2024-01-10", "Iranian-backed militias attacked a US base on Monday.", "attacked", None),
    ("2024-01-10", "Ukrainian drones struck a Russian oil refinery in Ryazan.", "drones struck", "RUS"),
    ("2024-01-10", "Houthi rebels fired missiles at Israel on Sunday.", "fired", "ISR"),
    ("2024-01-10", "Russian forces shelled Kharkiv on Tuesday, killing 11 civilians.", "shelled", "UKR"),
    ("2024-01-10", "Israeli jets struck Hezbollah positions on Tuesday.", "struck", "LBN"),
    ("2024-01-10", "Russian jets bombed Turkish troops in Idlib.", "bombed", "SYR"),
    ("1982-06-09", "Israeli jets attacked Syrian missile sites in the Bekaa Valley.", "attacked", "LBN"),
    ("1956-11-04", "Soviet tanks attacked Budapest early today.", "attacked", "HUN"),
    ("2024-01-10", "Israeli jets intercepted Syrian drones over the Golan Heights.", "intercepted", "ISR"),
])
def test_strike_controls(pipeline, date: str, text: str, word: str, where: str | None) -> None:
    assert _where(_event(pipeline, text, date, word)) == where


# 2. a broadcaster named by its city: its country, not the city
@pytest.mark.parametrize("date, text, word, where", [
    ("2024-01-10", "Troops killed 40 rebels in the east, Kinshasa radio announced.", "killed",
     ("Democratic Republic of the Congo", "COD")),
    ("1978-12-25", "Vietnamese forces invaded Cambodia on a broad front, Phnom Penh radio said.", "invaded",
     ("Cambodia", "KHM")),
    # variants
    ("2024-01-10", "Government troops killed 25 rebels in the north, Kampala radio reported.", "killed",
     ("Uganda", "UGA")),
    ("1975-04-17", "Khmer Rouge forces captured the capital, Hanoi radio reported.", "captured",
     ("Vietnam", "VNM")),
    # controls: a town of the act's own, a government speaking, a radio of no town
    ("2024-01-10", "Militants stormed a hotel in Kabul, Kabul radio said.", "stormed", ("Kabul", "AFG")),
    ("2024-01-10", "Troops killed 12 militants in the north, Ankara said.", "killed", ("Turkey", "TUR")),
    ("2024-01-10", "Police arrested 30 protesters in Kinshasa, the radio said.", "arrested",
     ("Kinshasa", "COD")),
])
def test_broadcaster_city(pipeline, date: str, text: str, word: str, where: tuple[str, str]) -> None:
    event = _event(pipeline, text, date, word)
    assert (event.location.name, event.location.country) == where


# 3. where an incursion came from: not its place
@pytest.mark.parametrize("date, text, word, where", [
    ("2022-02-25", "Russian troops attacked Ukraine from Belarus.", "attacked", "UKR"),
    ("2024-01-10", "Rwandan troops crossed into Congo from Gisenyi.", "crossed", "COD"),
    # variants
    ("2022-02-24", "Russian troops invaded Ukraine from Belarus on Thursday.", "invaded", "UKR"),
    ("1968-08-21", "Warsaw Pact troops invaded Czechoslovakia from Poland and East Germany.", "invaded",
     "CZE"),
    ("2024-01-10", "Militants crossed into Niger from Mali and attacked an army post.", "attacked", "NER"),
    # controls: a place the act fell on, a launch site alone
    ("1960-07-12", "Belgian paratroopers attacked Matadi from ships in the river.", "attacked", "COD"),
    ("2024-01-10", "Rebels attacked the town of Bunia from the forest.", "attacked", "COD"),
    ("2024-01-10", "Hamas fired rockets from Gaza on Monday.", "fired", "PSE"),
])
def test_incursion_origin(pipeline, date: str, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, date, word)) == where
