"""A state's strikes (round strikes51, item mideast-3): a named state as the bare subject of "struck" or
"pounded" ("Israel struck Hezbollah targets", "Turkey struck PKK targets", "Israel pounded Hezbollah
strongholds") strikes from afar - remote violence, not an armed clash - unless the object is a listed
one ("struck a deal", "struck a blow") or a "with" names the weapon; a state that attacks or hits a named
place that is no country, or a named group's positions ("attacked the port of Hodeidah", "hit Hamas
positions"), strikes from the air; a named operation ("launched Operation Pillar of Defense against
Hamas") that a state or its forces launch against someone or in a place is an assault, not "Operation Warp
Speed" nor a police operation.
Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="strikes51", published="2024-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _acled(event) -> tuple[str | None, str | None]:
    return (event.acled or {}).get("event_type"), (event.acled or {}).get("sub_event_type")


AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


# 1. a named state striking: remote violence, with its doer and target kept
@pytest.mark.parametrize("text, word, cameo, acled, source, target", [
    ("Israel struck Hezbollah targets in southern Lebanon overnight.", "struck", "195", AIR,
     "Government of Israel", "Hezbollah"),
    ("The United States struck Iranian-backed militia sites in Iraq and Syria.", "struck", "195", AIR,
     "Government of the United States", "Militia (Iraq)"),
    ("Turkey struck PKK targets in northern Iraq, the defence ministry said.", "struck", "195", AIR,
     "Government of Turkey", "PKK"),
    ("Israel pounded Hezbollah strongholds in the Bekaa Valley.", "pounded", "194", SHELLING,
     "Government of Israel", "Hezbollah"),
    ("Israel struck Damascus overnight, the Syrian army said.", "struck", "195", AIR,
     "Government of Israel", None),
    ("Israel attacked the port of Hodeidah in Yemen, killing six people.", "attacked", "195", AIR,
     "Government of Israel", None),
    ("Israel struck an Iranian weapons shipment near Albukamal.", "struck", "195", AIR,
     "Government of Israel", None),
    ("Israel hit Hamas positions in the Gaza Strip after a rocket was fired.", "hit", "195", AIR,
     "Government of Israel", "Hamas"),
    ("Iran struck what it called Israeli spy headquarters in Erbil.", "struck", "195", AIR,
     "Government of Iran", None),
    # variants
    ("The United States struck Houthi targets in Yemen.", "struck", "195", AIR,
     "Government of the United States", "Houthis"),
    ("Israel hit Hezbollah sites in southern Lebanon.", "hit", "195", AIR, "Government of Israel",
     "Hezbollah"),
    ("Turkey pounded Kurdish positions in northern Syria.", "pounded", "194", SHELLING,
     "Government of Turkey", None),
    ("Russia struck an oil depot in the Kharkiv region overnight.", "struck", "195", AIR,
     "Government of Russia", None),
])
def test_a_state_strikes_from_afar(pipeline, text: str, word: str, cameo: str, acled: tuple, source: str,
                                   target: str | None) -> None:
    event = _event(pipeline, text, word)
    assert event.cameo.get("code") == cameo
    assert _acled(event) == acled
    assert [a.name for a in event.source] == [source]
    if target is not None:
        assert [a.name for a in event.target] == [target]


def test_a_state_strike_keeps_its_place_and_dead(pipeline) -> None:
    event = _event(pipeline, "Israel attacked the port of Hodeidah in Yemen, killing six people.", "attacked")
    assert event.fatalities == 6 and event.location.country == "YEM"
    event = _event(pipeline, "Israel hit Hamas positions in the Gaza Strip after a rocket was fired.", "hit")
    assert event.primary and event.location.name == "Gaza Strip"
    event = _event(pipeline, "Iran struck what it called Israeli spy headquarters in Erbil.", "struck")
    assert event.location.country == "IRQ"


@pytest.mark.parametrize("text, word, cameo, acled", [
    # controls: a weapon subject or a weapon named, a deal struck, words, a ground fight
    ("Israeli warplanes struck Hamas targets in the Gaza Strip.", "struck", "195", AIR),
    ("The Israeli air force struck Hezbollah targets in Nabatieh.", "struck", "195", AIR),
    ("Iran struck back at Israel with a barrage of missiles.", "struck", "194", SHELLING),
    ("Israel launched air strikes on Hezbollah positions in southern Lebanon.", "air strikes", "195", AIR),
    ("Israel struck Gaza with missiles.", "struck", "194", SHELLING),
    ("Israel hit Gaza with missiles.", "hit", "194", SHELLING),
    ("Israel and Hamas struck a deal to exchange hostages for prisoners.", "struck", "057",
     ("Strategic developments", "Agreement")),
    ("Pakistan struck an agreement with India.", "struck", "057", ("Strategic developments", "Agreement")),
    ("Rebels seized the town of Saraqeb from government forces after heavy fighting.", "seized", "192",
     ("Battles", "Non-state actor overtakes territory")),
    ("Israel struck back at critics of the war.", "struck", "190", ("Violence against civilians", "Attack")),
])
def test_a_state_strikes_controls(pipeline, text: str, word: str, cameo: str, acled: tuple) -> None:
    event = _event(pipeline, text, word)
    assert event.cameo.get("code") == cameo
    assert _acled(event) == acled


@pytest.mark.parametrize("text", [
    # controls: no strike at all
    "Britain struck a blow for free trade.",
    "Germany hit a record high in exports.",
    "Apple hit its sales targets.",
    "France attacked the plan as unfair.",
    "The United States hit Moscow with sanctions.",
])
def test_no_strike_controls(pipeline, text: str) -> None:
    assert not any(e.cameo.get("code", "").startswith("19") for e in _events(pipeline, text))


# 2. a named operation launched by a state or its forces against someone or in a place
@pytest.mark.parametrize("text, trigger, source, target, where", [
    ("Israel launched Operation Pillar of Defense against Hamas in November 2012.",
     "Operation Pillar of Defense", "Government of Israel", "Hamas", None),
    ("Turkey launched Operation Olive Branch against Kurdish militia in Afrin in January 2018.",
     "Operation Olive Branch", "Government of Turkey", "Kurdish Ethnic Militia (Syria)", "SYR"),
    ("Iraqi forces launched Operation Breaking Terrorism against Islamic State remnants.",
     "Operation Breaking Terrorism", "Military Forces of Iraq", "Islamic State", None),
    ("The Israeli military began Operation Summer Rains in Gaza after the abduction of a soldier.",
     "Operation Summer Rains", "Military Forces of Israel", None, "PSE"),
    # variants
    ("Israel launched Operation Protective Edge against Hamas in July 2014.", "Operation Protective Edge",
     "Government of Israel", "Hamas", None),
    ("The Nigerian army launched Operation Lafiya Dole against Boko Haram in Borno.", "Operation Lafiya Dole",
     "Military Forces of Nigeria", "Boko Haram", "NGA"),
    ("The army launched Operation Cleansing Storm against al-Shabaab militants.", "Operation Cleansing Storm",
     None, None, None),
])
def test_a_named_operation_is_an_assault(pipeline, text: str, trigger: str, source: str | None,
                                         target: str | None, where: str | None) -> None:
    event = _event(pipeline, text, trigger)
    assert event.cameo.get("code") == "190"
    if source is not None:
        assert [a.name for a in event.source] == [source]
    if target is not None:
        assert [a.name for a in event.target] == [target]
    if where is not None:
        assert event.location.country == where


def test_a_named_operation_is_the_primary_event(pipeline) -> None:
    text = "The Israeli military began Operation Summer Rains in Gaza after the abduction of a soldier."
    events = _events(pipeline, text)
    assert next(e for e in events if e.primary).trigger.text == "Operation Summer Rains"


@pytest.mark.parametrize("text", [
    # controls: no armed doer, or no one and nowhere it is aimed at
    "The United States launched Operation Warp Speed to develop vaccines in May 2020.",
    "The government launched Operation Warp Speed to develop vaccines.",
    "Police launched Operation Yewtree in London in 2012.",
    "Police launched Operation Yewtree in 2012.",
])
def test_a_named_operation_controls(pipeline, text: str) -> None:
    assert not any(e.trigger.text.startswith("Operation") for e in _events(pipeline, text))


@pytest.mark.parametrize("text, word", [
    # controls: operations and offensives already read
    ("Israel launched a military operation in Jenin.", "operation"),
    ("Turkey launched an offensive against the YPG in Afrin.", "offensive"),
    ("Israel launched a military operation against Hamas.", "operation"),
])
def test_operations_told_as_nouns_controls(pipeline, text: str, word: str) -> None:
    assert _event(pipeline, text, word).cameo.get("code") == "190"
