"""North African and Middle Eastern domestic news (round mena63): Tripoli's armed groups by name (the
Radaa Special Deterrence Force, the Stability Support Apparatus, the GNU's 444 Brigade), and men "loyal to
Khalifa Haftar" as his Libyan National Army, as a faction army led by its man is his men's group; "the
Libyan capital", "the Iraqi capital" as the country's capital city when no name follows; US "service
members" as the US military; a state's strikes that "hit army tanks" as air strikes, not a walkout;
"Iraq's Kurdistan Region" as Iraq's region, not Iran's Kordestan; and exploding pagers and walkie-talkies
as remote explosives. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, published: str = "2023-06-01"):
    return list(pipeline.code(document_from_text(text, doc_id="mena63", published=published)))


def _primary(pipeline, text: str):
    return next(e for e in _events(pipeline, text) if e.primary)


def _names(actors) -> list[str]:
    return [a.acled_actor or a.name for a in actors]


# 1. Tripoli's armed groups, and men loyal to a faction army's leader
@pytest.mark.parametrize("text, side, acled", [
    ("Fighters of the Radaa force clashed with the 444 Brigade in Tripoli on Monday, killing 55 people.",
     "source", "Rada Special Deterrence Force"),
    ("Fighters of the Radaa force clashed with the 444 Brigade in Tripoli on Monday, killing 55 people.",
     "target", "Military Forces of Libya (2021-) Government of National Unity"),
    ("Fighters from the Stability Support Apparatus clashed with a rival armed group in the Abu Salim "
     "district of Tripoli on Tuesday.", "source", "SSA: Stability Support Apparatus"),
    ("Forces loyal to Khalifa Haftar clashed with government forces south of Tripoli on Thursday.", "source",
     "Military Forces of Libya (2014-) Haftar Faction"),
    ("Forces loyal to eastern commander Khalifa Haftar clashed with government fighters south of Tripoli on "
     "Thursday, killing five.", "source", "Military Forces of Libya (2014-) Haftar Faction"),
    # controls: a state leader's soldiers stay his state's; a militia leader's men stay his militia's
    ("Soldiers loyal to President Maduro clashed with protesters in Caracas on Monday.", "target",
     "Military Forces of Venezuela (2013-)"),
    ("Fighters loyal to Hemedti attacked a market in El Fasher on Monday.", "source",
     "RSF: Rapid Support Forces"),
])
def test_libyan_groups(pipeline, text: str, side: str, acled: str) -> None:
    event = _primary(pipeline, text)
    assert acled in _names(event.source if side == "source" else event.target)


def test_unnamed_rival_stays_unidentified(pipeline) -> None:
    event = _primary(pipeline, "Fighters from the Stability Support Apparatus clashed with a rival armed "
                               "group in Tripoli on Tuesday.")
    assert _names(event.target) == ["Unidentified Armed Group (Libya)"]


# 2. "the Libyan capital": the capital city when no name follows
@pytest.mark.parametrize("text, place, country", [
    ("Clashes erupted in the Libyan capital on Monday, killing five people.", "Tripoli", "LBY"),
    ("Gunmen shot dead a lawyer in the Iraqi capital on Sunday.", "Baghdad", "IRQ"),
    ("Protesters marched through the Tunisian capital on Saturday demanding the release of jailed opposition "
     "figures.", "Tunis", "TUN"),
    # controls: a name that follows is the place; a people's word names no state's capital
    ("Clashes erupted in the Yemeni capital Sanaa on Monday, killing five people.", "Sanaa", "YEM"),
    ("Clashes erupted in the Sudanese capital, Khartoum, on Monday, killing five people.", "Khartoum", "SDN"),
    ("Clashes erupted in the Iraqi capital's Green Zone on Monday, killing five.", "Green Zone", "IRQ"),
])
def test_demonym_capital(pipeline, text: str, place: str, country: str) -> None:
    event = _primary(pipeline, text)
    assert event.location is not None
    assert (event.location.name, event.location.country) == (place, country)


def test_people_word_capital_is_no_state_capital(pipeline) -> None:
    event = _primary(pipeline, "Clashes erupted in the Kurdish capital on Monday, killing five people.")
    assert event.location is None or event.location.name not in ("Baghdad", "Tehran", "Damascus", "Ankara")


# 3. US service members are the US military
@pytest.mark.parametrize("text, military", [
    ("Kataib Hezbollah fired rockets at a base in Iraq on Monday, wounding two U.S. service members.", True),
    ("A drone attack on a base in Syria wounded four US servicemembers on Friday.", True),
    # control: members of a charity are no soldiers
    ("Gunmen killed two members of a U.S. charity in Baghdad on Monday.", False),
])
def test_service_members(pipeline, text: str, military: bool) -> None:
    event = _primary(pipeline, text)
    names = _names(event.target)
    assert any(n.startswith("Military Forces of the United States") for n in names) is military


# 4. a state's strikes that hit an army's tanks are air strikes
@pytest.mark.parametrize("text, sub_event", [
    ("Israeli strikes hit Syrian army tanks near Suwayda on Monday.", "Air/drone strike"),
    ("Turkish strikes hit SDF tanks near Kobani on Friday.", "Air/drone strike"),
    # control: a walkout that hits car plants is no air strike
    ("Nationwide strikes hit car plants in Morocco on Monday.", "Peaceful protest"),
])
def test_strikes_hit_tanks(pipeline, text: str, sub_event: str) -> None:
    event = _primary(pipeline, text)
    assert (event.acled or {}).get("sub_event_type") == sub_event


# 5. "Iraq's Kurdistan Region" is Iraq's, "Iran's Kurdistan province" Iran's
@pytest.mark.parametrize("text, country", [
    ("Iran's Revolutionary Guards fired missiles at Kurdish opposition groups in Iraq's Kurdistan region on "
     "Wednesday, killing 13 people.", "IRQ"),
    ("Turkish jets struck PKK hideouts in Iraq's Kurdistan Region on Friday.", "IRQ"),
    # control: Iran's own Kurdistan province
    ("Protesters rallied in Iran's Kurdistan province on Wednesday.", "IRN"),
])
def test_countrys_kurdistan(pipeline, text: str, country: str) -> None:
    event = _primary(pipeline, text)
    assert event.location is not None and event.location.country == country
    assert event.location.precision == 3


# 6. exploding pagers and walkie-talkies are remote explosives
@pytest.mark.parametrize("text, sub_event", [
    ("Hundreds of pagers exploded across Lebanon on Tuesday, killing nine people.",
     "Remote explosive/landmine/IED"),
    ("Hundreds of walkie-talkies exploded in Beirut's southern suburbs on Wednesday, killing 20 people.",
     "Remote explosive/landmine/IED"),
    ("A pager exploded in his hand in Sidon on Tuesday, wounding a Hezbollah fighter.",
     "Remote explosive/landmine/IED"),
])
def test_exploding_devices(pipeline, text: str, sub_event: str) -> None:
    event = _primary(pipeline, text)
    assert (event.acled or {}).get("sub_event_type") == sub_event


def test_exploding_phone_is_no_bomb(pipeline) -> None:
    events = _events(pipeline, "A phone battery exploded in a shop in Beirut on Wednesday.")
    assert not any((e.acled or {}).get("sub_event_type") == "Remote explosive/landmine/IED" for e in events)


# 7. towns cities500 lacks or gives to a namesake abroad
@pytest.mark.parametrize("text, place, country", [
    ("Bahraini police fired tear gas at protesters in the village of Diraz on Friday.", "Diraz", "BHR"),
    ("The Polisario Front said its fighters shelled Moroccan army positions near Mahbes on Saturday.",
     "Mahbes", "ESH"),
    ("Iranian drones struck the offices of a Kurdish opposition party in Koya on Wednesday, killing one.",
     "Koysinceq", "IRQ"),
    ("Rockets struck the Ain al-Asad air base on Monday, the Iraqi military said.", "Ain al-Asad", "IRQ"),
    # control: a city's own area leaves the city the place
    ("Rockets struck near the U.S. embassy in Baghdad's Green Zone on Sunday.", "Baghdad", "IRQ"),
])
def test_places(pipeline, text: str, place: str, country: str) -> None:
    event = _primary(pipeline, text)
    assert event.location is not None
    assert (event.location.name, event.location.country) == (place, country)


# 8. Tunisia's opposition by name; South Sudan's namesake front stays South Sudan's
@pytest.mark.parametrize("text, side, name", [
    ("Police in Tunis detained the head of the Free Destourian Party, Abir Moussi, on Tuesday.", "target",
     "Free Destourian Party"),
    ("The National Salvation Front called for a boycott of the election in Tunisia on Monday.", "source",
     "National Salvation Front (Tunisia)"),
    ("Fighters of the National Salvation Front attacked an army base in Central Equatoria on Monday.",
     "source", "NAS: National Salvation Front (South Sudan)"),
])
def test_tunisian_opposition(pipeline, text: str, side: str, name: str) -> None:
    event = _primary(pipeline, text)
    assert name in _names(event.source if side == "source" else event.target)
