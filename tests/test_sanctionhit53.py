"""Sanctions told from the target's side (round sanctionhit53): a measure that is the means, the by-agent or
the subject of a verb of undergoing ("was hit with another round of Western sanctions", "was slapped with a
new set of US sanctions", "firms were targeted by US sanctions", "the latest British sanctions target four
banks", "targeted the shipping network with new sanctions") is one SANCTION (CAMEO 163, no ACLED event, no
assault and no armed group made up), imposed by the state or body the measure's modifier or by-phrase names
("US", "EU", "by the European Union", "imposed by Japan") on the one that undergoes it; a quantity noun
("round", "raft", "package", "set", "series") is read through to the measures it counts. Blows, missiles,
airstrikes and gunmen that hit or target stay assaults; a fine or lawsuit slapped on someone stays no blow
or sanction. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="sanctionhit53", published="2024-06-01")))


def _primary(events: list):
    return next(e for e in events if e.primary)


def _actors(actors) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.country) for a in actors]


USA = ("Government of the United States", "USA")
EU = ("EU", None)


# 1. the measure as the means of a passive "hit / slapped with", read through a quantity noun
@pytest.mark.parametrize("text, word, source, target", [
    ("Myanmar's junta was hit with another round of Western sanctions.", "hit",
     ("Western", None), ("Government of Myanmar", "MMR")),
    ("Venezuela was hit with a raft of new American sanctions.", "hit",
     USA, ("Government of Venezuela", "VEN")),
    ("China was hit with a package of EU tariffs.", "hit", EU, ("Government of China", "CHN")),
    ("Iran was hit with new US sanctions on Thursday.", "hit", USA, ("Government of Iran", "IRN")),
    ("Cuba was hit with sanctions by the European Union.", "hit", EU, ("Government of Cuba", "CUB")),
    ("Nicaragua was slapped with a new set of US sanctions.", "slapped",
     USA, ("Government of Nicaragua", "NIC")),
    # variants
    ("Syria was hit with a fresh wave of Arab League sanctions.", "hit",
     ("Arab League", None), ("Government of Syria", "SYR")),
    ("Russia was slapped with a series of Canadian tariffs.", "slapped",
     ("Government of Canada", "CAN"), ("Government of Russia", "RUS")),
    ("Moscow was hit with sanctions imposed by Japan.", "hit",
     ("Government of Japan", "JPN"), ("Government of Russia", "RUS")),
    ("Belarus was hit with a fresh batch of EU sanctions on Monday.", "hit",
     EU, ("Government of Belarus", "BLR")),
])
def test_hit_with_measures(pipeline, text: str, word: str, source: tuple, target: tuple) -> None:
    events = _events(pipeline, text)
    event = _primary(events)
    assert (event.trigger.text, event.plover.get("type")) == (word, "SANCTION")
    assert event.cameo.get("code") == "163"
    assert not event.acled
    assert _actors(event.source) == [source]
    assert _actors(event.target) == [target]
    assert [e.plover.get("type") for e in events] == ["SANCTION"]  # told once, no assault


# 2. the measure as the subject or by-agent of "target" / "hit", or the means of an active "target"
@pytest.mark.parametrize("text, word, source, target", [
    ("The new sanctions target Iran's shadow fleet of oil tankers.", "target",
     None, ("Government of Iran", "IRN")),
    ("The latest British sanctions target four Russian banks.", "target",
     ("Government of the United Kingdom", "GBR"), ("Business (Russia)", "RUS")),
    ("The Japanese measures targeted 11 Russian entities.", "targeted",
     ("Government of Japan", "JPN"), ("Government of Russia", "RUS")),
    ("Three Turkish firms were targeted by US sanctions.", "targeted", USA, ("Business (Turkey)", "TUR")),
    ("The United States targeted North Korea's shipping network with new sanctions.", "targeted",
     USA, ("Business (North Korea)", "PRK")),
    ("New EU sanctions hit Belarus's potash exports on Friday.", "hit", EU, ("Government of Belarus", "BLR")),
    # variants
    ("The Canadian sanctions target 15 Iranian officials.", "target",
     ("Government of Canada", "CAN"), ("Government of Iran", "IRN")),
    ("A new round of EU sanctions hit Russia's diamond trade on Monday.", "hit",
     EU, ("Government of Russia", "RUS")),
    ("The United States targeted Iran's oil exports with a fresh round of sanctions.", "targeted",
     USA, ("Government of Iran", "IRN")),
    ("North Korea was targeted with new sanctions by the United Nations.", "targeted",
     ("UN", None), ("Government of North Korea", "PRK")),
])
def test_measures_that_target(pipeline, text: str, word: str, source: tuple | None, target: tuple) -> None:
    events = _events(pipeline, text)
    event = _primary(events)
    assert (event.trigger.text, event.plover.get("type")) == (word, "SANCTION")
    assert event.cameo.get("code") == "163"
    assert not event.acled
    assert _actors(event.source) == ([source] if source else [])
    assert _actors(event.target) == [target]
    assert [e.plover.get("type") for e in events] == ["SANCTION"]  # told once, no assault


@pytest.mark.parametrize("text, word, ptype, source, target", [
    # controls: the imposer named as the subject, and "slapped ... on"
    ("Britain hit Iran with fresh sanctions.", "hit", "SANCTION",
     ("Government of the United Kingdom", "GBR"), ("Government of Iran", "IRN")),
    ("Washington hit Beijing with tariffs on $200 billion of goods.", "hit", "SANCTION",
     USA, ("Government of China", "CHN")),
    ("Washington slapped new sanctions on Venezuela's state oil firm.", "slapped", "SANCTION",
     USA, ("Business (Venezuela)", "VEN")),
    # controls: violent hitting and targeting stay assaults
    ("Gunmen targeted a police convoy in Peshawar.", "targeted", "ASSAULT",
     ("Unidentified Armed Group (Pakistan)", "PAK"), ("Police Forces of Pakistan", "PAK")),
    ("Russian missiles hit Kyiv's power grid overnight.", "hit", "ASSAULT",
     ("Military Forces of Russia", "RUS"), ("Government of Ukraine", "UKR")),
    ("Rebels were targeted by government airstrikes in Idlib.", "targeted", "ASSAULT",
     ("Government of Syria", "SYR"), ("Rebels (Syria)", "SYR")),
    ("Rebels were hit with mortar fire near Aleppo.", "hit", "ASSAULT",
     ("Unidentified Armed Group (Syria)", "SYR"), ("Rebels (Syria)", "SYR")),
    ("Government forces were hit with a wave of drone attacks near Bamako.", "hit", "ASSAULT",
     ("Unidentified Armed Group (Mali)", "MLI"), ("Military Forces of Mali", "MLI")),
    ("Militants targeted an army patrol with a roadside bomb.", "targeted", "ASSAULT",
     ("Rebels", None), ("Military Forces", None)),
    ("Gunmen targeted a bus carrying pilgrims in Balochistan.", "targeted", "ASSAULT",
     ("Unidentified Armed Group (Pakistan)", "PAK"), ("Civilians (Pakistan)", "PAK")),
    # control: a quantity noun over a rejected measure ("shrugged off a new round of sanctions")
    ("Moscow shrugged off a new round of European Union sanctions on Wednesday.", "shrugged", "REJECT",
     ("Government of Russia", "RUS"), EU),
])
def test_sanction_controls(pipeline, text: str, word: str, ptype: str, source: tuple, target: tuple) -> None:
    event = _primary(_events(pipeline, text))
    assert (event.trigger.text, event.plover.get("type")) == (word, ptype)
    assert _actors(event.source) == [source]
    assert _actors(event.target)[0] == target


@pytest.mark.parametrize("text, word, subevent", [
    # controls: weapons that hit keep their kind of attack
    ("The city was hit with a barrage of rockets.", "hit", "Shelling/artillery/missile attack"),
    ("An airstrike hit a hospital in Gaza on Monday.", "hit", "Air/drone strike"),
    ("The convoy was hit with a barrage of mortar rounds.", "hit", "Shelling/artillery/missile attack"),
])
def test_weapons_that_hit_stay_assaults(pipeline, text: str, word: str, subevent: str) -> None:
    events = _events(pipeline, text)
    event = _primary(events)
    assert (event.trigger.text, event.plover.get("type")) == (word, "ASSAULT")
    assert event.acled.get("sub_event_type") == subevent
    assert all(e.plover.get("type") == "ASSAULT" for e in events)


@pytest.mark.parametrize("text", [
    # controls: a fine or lawsuit slapped on someone is no blow and no sanction
    "The regulator slapped Musk with a fine.",
    "The company slapped the newspaper with a lawsuit.",
])
def test_penalties_slapped_are_no_event(pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert all(e.trigger.text != "slapped" and e.plover.get("type") not in ("ASSAULT", "SANCTION")
               for e in events)
