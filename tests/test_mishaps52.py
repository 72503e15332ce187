"""Accidents told as tolls (round mishaps52): everyday disaster news tells a toll with a "when" clause naming
the mishap ("twelve people were killed when a bus plunged into a ravine", "nine were injured when a tanker
overturned") or the mishap first with a participle ("a fire ripped through a factory, killing 250 workers",
"a five-storey building collapsed, killing 30"). Harm with no doer of its own told so is no one's attack: no
violent event and no invented armed group. A mishap is a verb of mishaps with no object (plunge, crash,
collapse, "go down", "cave in"), a disaster or a blaze ("a fire", "a gas explosion"), a thing that blew up
by itself (a boiler, a fuel depot) or a structure or craft that fell; "cave in" and "give way" of a structure
are a collapse, not a concession. A weapon or an attacker named in the sentence ("a bomb", "an air strike",
"a hijacked plane", "shot down"), a car that explodes (a car bomb), a landmine, gunmen, a vehicle driven
into a crowd and a fire set by gunmen stay attacks. Sentences written for the test, each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

VIOLENT_ACLED = {"Violence against civilians", "Explosions/Remote violence", "Battles", "Riots"}


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="mishaps52", published="2016-05-01")))


def _violent(events) -> list[str]:
    """The trigger words of events told as violence, or whose doers are an invented armed group."""
    return [e.trigger.text for e in events
            if e.plover.get("type") == "ASSAULT" or (e.acled or {}).get("event_type") in VIOLENT_ACLED
            or any((a.name or "").startswith("Unidentified Armed Group") for a in e.source)]


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


# 1. a toll told with a "when" clause naming a mishap: no attack
@pytest.mark.parametrize("text", [
    "Twelve people were killed when a bus plunged into a ravine in Peru.",
    "Two people were killed when a gas cylinder exploded in a kitchen in Lahore.",
    "Nine people were injured when a tanker overturned on a highway in Kenya.",
    "Three workers were killed when a wall collapsed at a building site in Nairobi.",
    "Eight people died and 20 were injured when a plane crashed on landing in Kathmandu.",
    "A pilot was killed when his fighter jet crashed during a training flight in Rajasthan.",
    "Dozens were killed when a fuel depot exploded in Conakry.",
    "Six people were killed when a crane fell on a house in Gdansk.",
    "A man was killed when his car crashed into a tree on the M6.",
    # variants
    "Fourteen miners were killed when a tunnel collapsed at a gold mine in Sudan.",
    "Seven people were injured when a boiler exploded at a textile mill in Faisalabad.",
    "Four workers were killed when scaffolding collapsed at a construction site in Dubai.",
    "Eleven people were killed and 30 injured when a bridge collapsed in Genoa.",
    "Five people were killed on Sunday when a minibus overturned near Gweru.",
    "Two soldiers were killed when their helicopter crashed in northern Mali.",
    "Nineteen passengers were killed when a train derailed in Odisha.",
    "Three children were killed when a wall fell on their house in Karachi.",
    "Six people were injured when a fuel tanker exploded on a motorway in Lagos.",
    "Two people were killed when a gas pipeline exploded in Lagos.",
    "Three workers were injured when a boiler caught fire at a sugar mill in Punjab.",
    "Police said three people were killed when a minibus collided with a truck near Gulu.",
])
def test_when_mishap_is_no_attack(pipeline, text: str) -> None:
    assert _violent(_events(pipeline, text)) == []


@pytest.mark.parametrize("text, word, mode, dead", [
    # controls: a landmine, a car that explodes, gunmen, a bomb, a plane shot down, a missile, a drone, a
    # strike
    ("Two soldiers were killed when their vehicle hit a landmine in Kunar.", "killed", "explosives", 2),
    ("Ten people were killed when a car exploded outside a hotel in Mogadishu.", "killed", None, 10),
    ("Five people were killed when gunmen attacked a bus in Kenya.", "attacked", None, 5),
    ("Twelve people were killed when a bomb exploded in a market in Kabul.", "exploded", "explosives", 12),
    ("Ten people were killed when a truck bomb exploded outside a police station in Quetta.", "exploded",
     "explosives", 10),
    ("Eight people were killed when a military plane was shot down over Donetsk.", "shot", "firearms", 8),
    ("Three people were killed when a missile crashed into a building in Kyiv.", "killed",
     "heavy-weapons", 3),
    ("Four people were killed when a drone crashed into an apartment block in Odesa.", "killed", "drone", 4),
    ("Twenty people were killed when a building collapsed after an air strike in Gaza.", "killed",
     "aerial", 20),
    ("Six people were killed when a suicide bomber blew himself up at a bus station in Kano.", "blew",
     "suicide-attack", 6),
    # the ramming verb tells the attack and carries its toll (ramming53)
    ("Four people were killed when a car crashed into a crowd of protesters.", "crashed", None, 4),
])
def test_when_mishap_controls(pipeline, text: str, word: str, mode: str | None, dead: int) -> None:
    event = _event(pipeline, text, word)
    assert event.plover.get("type") == "ASSAULT"
    assert (event.plover.get("mode") or None) == mode
    assert event.fatalities == dead


# 2. a mishap first, its toll a participle: no attack
@pytest.mark.parametrize("text", [
    "A fire ripped through a clothing factory in Karachi, killing 250 workers.",
    "A gas explosion ripped through a restaurant in Yinchuan, killing 31.",
    "A fire broke out at a shopping mall in Kemerovo, killing 60 people.",
    "A cargo plane crashed into a residential area near Bishkek, killing 37 people.",
    "A five-storey building collapsed in Lagos, killing at least 30 people.",
    "Two trains collided head-on near Larissa, killing 57 passengers.",
    # variants
    "A helicopter went down in the Alps, killing five skiers.",
    "A chemical plant exploded in Tianjin, killing 173 people.",
    "The roof of a church caved in during a service in Uyo, killing 23 worshippers.",
    "A fire swept through a hospital ward in Baghdad, killing 82 patients.",
    "A boiler blast ripped through a factory in Dhaka, killing 10 workers.",
    "A military plane crashed near Khartoum, killing all 15 people on board.",
    "A passenger jet crashed shortly after take-off from Addis Ababa, killing all 157 people on board.",
    "A footbridge gave way in Mumbai, killing six commuters.",
    "A van crashed into a bus in Kenya, killing 14 people.",
    "A bus plunged into a ravine in Nepal, killing 18 passengers.",
    "An earthquake struck central Morocco, killing nearly 3,000 people.",
])
def test_mishap_participle_is_no_attack(pipeline, text: str) -> None:
    assert _violent(_events(pipeline, text)) == []


@pytest.mark.parametrize("text, word, mode, dead", [
    # controls: a car bomb, a fire set by gunmen, a helicopter shot down, a suicide bomber, a pipeline blown
    # up, a ramming, a hijacked plane, a car driven into protesters, shelling, gunmen with a bus that fell
    ("A car bomb exploded near a checkpoint in Mogadishu, killing three soldiers.", "exploded",
     "explosives", 3),
    ("Gunmen set fire to a market in Maiduguri, killing 12 traders.", "set fire", "destroy", 12),
    ("Rebels shot down a military helicopter in Mali, killing all four crew members.", "shot", "firearms", 4),
    ("A suicide bomber blew himself up at a mosque in Peshawar, killing 100.", "blew", "suicide-attack", 100),
    ("Militants blew up a gas pipeline in Sinai, killing two guards.", "blew", "explosives", 2),
    ("Police said a truck rammed into a crowd in Nice, killing 86 people.", "rammed", None, 86),
    ("A hijacked plane crashed into a tower in New York, killing 3,000 people.", "killing", None, 3000),
    # the ramming verb tells the attack and carries its toll (ramming53)
    ("A car crashed into a crowd of protesters in Charlottesville, killing one woman.", "crashed", None, 1),
    ("A house collapsed after shelling in Donetsk, killing five civilians.", "killing", "heavy-weapons", 5),
    ("Gunmen opened fire on a bus, which plunged into a ravine, killing 12 passengers.", "opened fire",
     "firearms", 12),
])
def test_mishap_participle_controls(pipeline, text: str, word: str, mode: str | None, dead: int) -> None:
    event = _event(pipeline, text, word)
    assert event.plover.get("type") == "ASSAULT"
    assert (event.plover.get("mode") or None) == mode
    assert event.fatalities == dead


# 3. "cave in", "give way" of a structure: a collapse, no concession
@pytest.mark.parametrize("text", [
    "A coal mine caved in in Balochistan, trapping 12 miners.",
    "The roof of a mine caved in near Zonguldak, trapping 40 miners.",
    "A footbridge gave way in Mumbai, killing six commuters.",
])
def test_structure_caving_in_is_no_concession(pipeline, text: str) -> None:
    assert [e.trigger.text for e in _events(pipeline, text) if e.plover.get("type") == "CONCEDE"] == []


@pytest.mark.parametrize("text, word", [
    # controls: people who cave in or give way concede
    ("The ministry caved in to pressure from teachers.", "caved in"),
    ("The government caved in to the protesters' demands.", "caved in"),
    ("The government gave way to the strikers' demands.", "gave way"),
])
def test_structure_caving_in_controls(pipeline, text: str, word: str) -> None:
    assert _event(pipeline, text, word).plover.get("type") == "CONCEDE"
