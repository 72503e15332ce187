"""Military statements' killing verbs (round eliminated51): "eliminated", "liquidated" and "destroyed" with
armed men as their object ("troops eliminated nine terrorists", "liquidated the commander of a sabotage unit",
"destroyed up to 45 militants") are a killing (ASSAULT, CAMEO 1823, ACLED Battles/Armed clash) whose dead
are counted, also when a noun of fighting carries the event ("eliminated 14 terrorists in clashes"); "a
sabotage and reconnaissance group" is one military unit, "up to 70 soldiers" the verb's object, and "a group
of terrorists" no one person. Tariffs, candidates, teams, companies, drones and tanks stay what they were.
Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="eliminated51", published="2024-09-10")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _acled(event) -> tuple[str | None, str | None]:
    return event.acled.get("event_type"), event.acled.get("sub_event_type")


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. the verb of a military statement kills armed men: a killing, with its dead
@pytest.mark.parametrize("text, word, target, dead", [
    ("Troops eliminated nine terrorists in a clearance operation in Sambisa Forest in Borno State, the army "
     "spokesman said.", "eliminated", "Rebels (Nigeria)", 9),
    ("Ethiopian forces eliminated 120 Shene militants in Oromia region, state media reported.", "eliminated",
     "Rebels (Ethiopia)", 120),
    ("Two Hizbul Mujahideen terrorists were eliminated in an encounter in Doda district.", "eliminated",
     "Hizbul Mujahideen", 2),
    ("Russian paratroopers eliminated up to 70 Ukrainian servicemen near Krynki over the past day.",
     "eliminated", "Military Forces of Ukraine", 70),
    ("The army eliminated 18 Boko Haram terrorists and rescued 40 hostages in Borno State.", "eliminated",
     "Boko Haram", 18),
    ("Syrian troops liquidated a group of terrorists who tried to infiltrate army positions in Latakia "
     "countryside.", "liquidated", "Rebels (Syria)", None),
    ("Russian special forces liquidated the commander of a Ukrainian sabotage unit in the Kursk Region.",
     "liquidated", "Military Forces of Ukraine", 1),
    ("Russian troops eliminated a Ukrainian sabotage and reconnaissance group near Krasny Liman, the Defense "
     "Ministry said.", "eliminated", "Military Forces of Ukraine", None),
    ("The Egyptian army said it had eliminated 14 terrorists in clashes in central Sinai.", "eliminated",
     "Rebels (Egypt)", 14),
    ("Twelve bandits were eliminated by troops in an ambush in Katsina State.", "eliminated",
     "Unidentified Armed Group (Nigeria)", 12),
    ("The army destroyed 25 terrorists and seized their weapons in the Menaka region, the Malian army said.",
     "destroyed", "Rebels (Mali)", 25),
    ("Russian forces destroyed up to 45 militants and a pickup truck in the South Donetsk direction.",
     "destroyed", None, 45),
    # variants
    ("The army said troops liquidated 11 ISWAP terrorists in an ambush near Lake Chad.", "liquidated",
     "ISWAP", 11),
    ("Security forces eliminated three militants in Khyber district, the ISPR said.", "eliminated",
     "Rebels (Pakistan)", 3),
    ("Five al-Shabaab militants were liquidated by government forces in Lower Shabelle.", "liquidated",
     "al-Shabaab", 5),
    ("Iraqi forces eliminated a senior Islamic State commander in Anbar.", "eliminated", "Islamic State", 1),
    ("Sudanese troops eliminated 40 RSF fighters in North Kordofan.", "eliminated", "RSF", 40),
    ("Russian forces destroyed up to 30 Ukrainian servicemen and two armoured vehicles near Kupiansk.",
     "destroyed", "Military Forces of Ukraine", 30),
    ("Russian paratroopers neutralised up to 70 Ukrainian soldiers near Krynki.", "neutralised",
     "Military Forces of Ukraine", 70),
    ("Security forces neutralised a terrorist in Kupwara district.", "neutralised", "Rebels (India)", 1),
    ("Russian forces liquidated two Ukrainian sabotage and reconnaissance groups in the Bryansk Region.",
     "liquidated", "Military Forces of Ukraine", None),
    ("A Ukrainian sabotage and reconnaissance group was destroyed near Kupiansk.", "destroyed",
     "Military Forces of Ukraine", None),
])
def test_statement_kill_verbs(pipeline, text: str, word: str, target: str | None, dead: int | None) -> None:
    event = _event(pipeline, text, word)
    assert event.plover.get("type") == "ASSAULT"
    assert str(event.cameo.get("code")) == "1823"
    assert _acled(event) == ("Battles", "Armed clash")
    assert event.fatalities == dead
    if target is not None:
        assert _names(event.target) == [target]


@pytest.mark.parametrize("text, word, target, dead", [
    # controls: the plain killing verbs, as they were
    ("Troops killed nine terrorists in a clearance operation in Sambisa Forest, the army spokesman said.",
     "killed", "Rebels", 9),
    ("Security forces neutralised three terrorists in Kupwara district.", "neutralised", "Rebels (India)", 3),
    ("Russian paratroopers killed up to 70 Ukrainian servicemen near Krynki over the past day.", "killed",
     "Military Forces of Ukraine", 70),
    ("Russian special forces killed the commander of a Ukrainian sabotage unit in the Kursk Region.",
     "killed", "Military Forces of Ukraine", 1),
])
def test_statement_kill_verbs_controls(pipeline, text: str, word: str, target: str, dead: int) -> None:
    event = _event(pipeline, text, word)
    assert str(event.cameo.get("code")) == "1823"
    assert _names(event.target) == [target]
    assert event.fatalities == dead


# 2. no killing: the words' other senses
@pytest.mark.parametrize("text", [
    "The government pledged to eliminate corruption in the police force.",
    "The new law eliminated tariffs on agricultural imports.",
    "The team was eliminated in the group stage of the tournament.",
    "The election commission eliminated two candidates from the presidential race.",
    # variants
    "The government vowed to eliminate poverty by 2030.",
    "The company was liquidated after it went bankrupt.",
    "Regulators liquidated the failed bank last year.",
    "The reform eliminated 3,000 jobs in the civil service.",
    "Brazil were eliminated from the World Cup by Croatia.",
    "The costs added up to 70 million dollars.",
])
def test_other_senses_kill_no_one(pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert not any(str(e.cameo.get("code")) == "1823" for e in events)
    assert all(e.fatalities is None for e in events)


# 3. "destroyed" things: weapons disrupted, property destroyed, as before
@pytest.mark.parametrize("text, code, acled", [
    ("Air defences destroyed 12 Ukrainian drones over the Bryansk Region overnight.", "171",
     ("Strategic developments", "Disrupted weapons use")),
    ("Russian forces destroyed a Leopard tank and a Bradley fighting vehicle near Avdeyevka.", "1712",
     ("Strategic developments", "Looting/property destruction")),
    ("Troops destroyed a militant camp in Borno.", "1712",
     ("Strategic developments", "Looting/property destruction")),
    ("Troops destroyed a rebel base near Goma.", "1712",
     ("Strategic developments", "Looting/property destruction")),
])
def test_destroyed_things_controls(pipeline, text: str, code: str, acled: tuple) -> None:
    event = _event(pipeline, text, "destroyed")
    assert str(event.cameo.get("code")) == code
    assert _acled(event) == acled
    assert event.fatalities is None


# 4. coordinated modifiers that name no party alone are one unit; parties are still split
@pytest.mark.parametrize("text, word, targets", [
    ("Russian forces liquidated two Ukrainian sabotage and reconnaissance groups in the Bryansk Region.",
     "liquidated", ["Military Forces of Ukraine"]),
    # controls: two parties named by the modifiers
    ("Gunmen attacked army and police posts in Borno.", "attacked",
     ["Military Forces of Nigeria", "Police Forces of Nigeria"]),
])
def test_kinds_of_one_unit(pipeline, text: str, word: str, targets: list[str]) -> None:
    assert _names(_event(pipeline, text, word).target) == targets


# 5. "a group of" people names no one person: no toll of one
@pytest.mark.parametrize("text, word", [
    ("Syrian troops killed a group of terrorists in Latakia countryside.", "killed"),
    ("Gunmen killed a group of farmers in Zamfara.", "killed"),
])
def test_a_group_is_no_one_person(pipeline, text: str, word: str) -> None:
    assert _event(pipeline, text, word).fatalities is None


@pytest.mark.parametrize("text, word, dead", [
    # controls: one person named, a figure written
    ("Gunmen killed a farmer in Zamfara.", "killed", 1),
    ("Gunmen killed a family of five in Zamfara.", "killed", 5),
])
def test_a_group_is_no_one_person_controls(pipeline, text: str, word: str, dead: int) -> None:
    assert _event(pipeline, text, word).fatalities == dead
