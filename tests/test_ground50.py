"""Ground taken (round ground50): a police station, headquarters, camp, checkpoint or army post captured or
seized is territory taken (PLOVER ASSAULT, CAMEO 192; ACLED "Non-state actor overtakes territory", or
"Government regains territory" when state forces take it), not an abduction, arrest or looting; a named town
as the passive subject ("Myawaddy was captured by KNU fighters") or falling "to" a taker ("Laukkai fell to
the MNDAA") is ground taken by that taker; a crowd seizing a building riots; "resistance forces" are rebels.
Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

OVERTAKES = "Non-state actor overtakes territory"
REGAINS = "Government regains territory"


def _events(pipeline, text: str, published: str | None = None):
    return pipeline.code(document_from_text(text, doc_id="ground50", published=published))


def _primary(pipeline, text: str, published: str | None = None):
    return next(e for e in _events(pipeline, text, published) if e.primary)


def _seen(event) -> tuple:
    """What a user sees: trigger, PLOVER type, CAMEO code, ACLED type and sub-event type."""
    acled = (event.acled["event_type"], event.acled["sub_event_type"]) if event.acled else None
    return event.trigger.text, event.plover["type"], event.cameo["code"], acled


# 1. a force's installation taken is ground taken; the one who held it is the target
@pytest.mark.parametrize("text, word, sub, source, target", [
    ("The Arakan Army captured a border guard police headquarters in Maungdaw township.", "captured",
     OVERTAKES, "Arakan Army", "Police Forces of Myanmar"),
    ("The Arakan Army captured the battalion headquarters in Buthidaung.", "captured", OVERTAKES,
     "Arakan Army", "Military Forces of Myanmar"),
    ("Rebels captured a police station in Kayah State.", "captured", OVERTAKES, "Rebels (Myanmar)",
     "Police Forces of Myanmar"),
    ("PDF fighters captured a junta camp in Kale township.", "captured", OVERTAKES, "PDF",
     "Government of Myanmar"),
    ("The KIA captured a military checkpoint on the road to Bhamo.", "captured", OVERTAKES, "KIA",
     "Military Forces of Myanmar"),
    ("Resistance forces seized a police station in Sagaing Region after a two-day siege.", "seized",
     OVERTAKES, "Militia (Myanmar)", "Police Forces of Myanmar"),
    # variants: other installations, other verbs and countries
    ("Rebels seized an army post near the border.", "seized", OVERTAKES, "Rebels", "Military Forces"),
    ("The TNLA captured a junta checkpoint in northern Shan State.", "captured", OVERTAKES, "TNLA",
     "Military Forces of Myanmar"),
    ("Maoist rebels captured a police station in Rolpa district.", "captured", OVERTAKES, "CPN (Maoist)",
     "Police Forces of Nepal"),
    ("The Arakan Army seized the police headquarters in Paletwa.", "seized", OVERTAKES, "Arakan Army",
     "Police Forces of Myanmar"),
    ("The rebels captured the army barracks in Hpakant.", "captured", OVERTAKES, "Rebels (Myanmar)",
     "Military Forces of Myanmar"),
    ("Troops captured a rebel camp in Kachin State.", "captured", REGAINS, "Military Forces of Myanmar",
     "Rebels (Myanmar)"),
    ("Security forces seized a militant camp in North Waziristan.", "seized", REGAINS,
     "Security Forces of Pakistan", "Rebels (Pakistan)"),
    # controls: installations the rules already read as ground
    ("The Arakan Army overran a junta outpost in Paletwa.", "overran", OVERTAKES, "Arakan Army",
     "Military Forces of Myanmar"),
    ("Rebels seized a military base in Kayin State.", "seized", OVERTAKES, "Rebels (Myanmar)",
     "Military Forces of Myanmar"),
    ("Maoists captured the police outpost in Rolpa.", "captured", OVERTAKES, "CPN (Maoist)",
     "Police Forces of Nepal"),
    ("Three Brotherhood Alliance fighters seized the Light Infantry Battalion 143 command base in Kutkai.",
     "seized", OVERTAKES, "Three Brotherhood Alliance", "Military Forces of Myanmar"),
])
def test_an_installation_taken_is_ground(pipeline, text: str, word: str, sub: str, source: str,
                                         target: str) -> None:
    event = _primary(pipeline, text)
    assert _seen(event) == (word, "ASSAULT", "192", ("Battles", sub))
    assert [a.name for a in event.source] == [source]
    assert [a.name for a in event.target] == [target]


# the Taliban before they ruled: a non-state taker; troops in India's Maoist belt: the state's
@pytest.mark.parametrize("text, published, word, sub", [
    ("Taliban fighters captured the police headquarters in Kunduz.", "2015-09-29", "captured", OVERTAKES),
    ("Taliban fighters captured an army post in Helmand.", "2016-03-10", "captured", OVERTAKES),
    ("Troops captured the Maoist camp in Abujhmarh after a gunfight.", None, "captured", REGAINS),
    ("Indian troops captured a Maoist camp in Chhattisgarh after a gunfight.", None, "captured", REGAINS),
])
def test_an_installation_taken_by_date_and_side(pipeline, text: str, published: str | None, word: str,
                                               sub: str) -> None:
    assert _seen(_primary(pipeline, text, published)) == (word, "ASSAULT", "192", ("Battles", sub))


# CONTROLS: people taken at a post stay held; a "post" or "station" that is no force's is no ground
@pytest.mark.parametrize("text, word, plover, cameo, acled", [
    ("Police captured a wanted Maoist commander in Gadchiroli.", "captured", "COERCE", "173",
     ("Strategic developments", "Arrests")),
    ("Rebels captured soldiers at an army post in Helmand.", "captured", "ASSAULT", "181",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("Militants captured a police officer at the police station.", "captured", "ASSAULT", "181",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("Police seized goods at the railway station.", "seized", "COERCE", "1711",
     ("Strategic developments", "Looting/property destruction")),
    ("Police seized the TV station's equipment.", "seized", "COERCE", "1711",
     ("Strategic developments", "Looting/property destruction")),
])
def test_installation_controls(pipeline, text: str, word: str, plover: str, cameo: str, acled: tuple) -> None:
    assert _seen(_primary(pipeline, text)) == (word, plover, cameo, acled)


def test_the_post_of_chairman_is_no_ground(pipeline) -> None:
    events = _events(pipeline, "He captured the post of chairman in the party election.")
    assert not any(e.cameo["code"] == "192" for e in events)


# 2. a named town told from its side: the passive subject, or "fell to" its taker
@pytest.mark.parametrize("text, word, source, place, country", [
    ("Marawi was seized by Maute group fighters.", "seized", "Maute Group", "Marawi City", "PHL"),
    ("Myawaddy was captured by KNU fighters on Thursday.", "captured", "KNU", "Myawaddy", "MMR"),
    ("Laukkai fell to the MNDAA after weeks of fighting.", "fell", "MNDAA", "Laukkai", "MMR"),
    # variants
    ("Lashio was captured by the MNDAA in August.", "captured", "MNDAA", "Lashio", "MMR"),
    ("The border town of Myawaddy fell to KNU fighters.", "fell", "KNU", "Myawaddy", "MMR"),
    ("Laukkai fell to rebels after weeks of fighting.", "fell", "Rebels (Myanmar)", "Laukkai", "MMR"),
    ("Maute group fighters seized Marawi.", "seized", "Maute Group", "Marawi City", "PHL"),
    # controls: the active with a named town, "the town of"
    ("The MNDAA seized the town of Laukkai after weeks of fighting.", "seized", "MNDAA", "Laukkai", "MMR"),
    ("KNU fighters captured Myawaddy on Thursday.", "captured", "KNU", "Myawaddy", "MMR"),
])
def test_a_named_town_taken(pipeline, text: str, word: str, source: str, place: str, country: str) -> None:
    event = _primary(pipeline, text)
    assert _seen(event) == (word, "ASSAULT", "192", ("Battles", OVERTAKES))
    assert [a.name for a in event.source] == [source]
    assert (event.location.name, event.location.country) == (place, country)
    assert not any(a.name == place for a in event.target)


def test_a_fallen_city_taker_is_the_source(pipeline) -> None:
    event = _primary(pipeline, "Kabul fell to the Taliban in August 2021.")
    assert _seen(event) == ("fell", "ASSAULT", "192", ("Battles", OVERTAKES))
    assert [a.name for a in event.source] == ["Taliban"]


@pytest.mark.parametrize("text, word, source", [
    ("Sri Lankan troops captured Kilinochchi, the administrative capital of the LTTE.", "captured",
     "Military Forces of Sri Lanka"),
    ("The Taliban captured Kunduz city on Monday.", "captured", "Government of Afghanistan"),
])
def test_named_town_controls(pipeline, text: str, word: str, source: str) -> None:
    event = _primary(pipeline, text)
    assert _seen(event)[:3] == (word, "ASSAULT", "192")
    assert [a.name for a in event.source] == [source]


# CONTROLS: a fall that takes no ground; a man captured
@pytest.mark.parametrize("text", [
    "Exports fell to $2 billion last year.",
    "Arsenal fell to Chelsea in the cup final.",
    "Sensex fell to 50,000 points.",
    "Khan fell to the ground after the blast.",
])
def test_no_ground_falls(pipeline, text: str) -> None:
    assert not any(e.cameo["code"] == "192" for e in _events(pipeline, text))


def test_a_man_captured_stays_held(pipeline) -> None:
    event = _primary(pipeline, "Ali was captured by rebels near the border.")
    assert _seen(event) == ("captured", "ASSAULT", "181",
                            ("Violence against civilians", "Abduction/forced disappearance"))


# 3. a crowd that seizes a building riots; armed men who do take ground
@pytest.mark.parametrize("text, word, acled", [
    ("Protesters seized the police station in Gilgit.", "seized", ("Riots", "Violent demonstration")),
    ("Protesters seized the government headquarters in Kathmandu.", "seized",
     ("Riots", "Violent demonstration")),
    ("Demonstrators captured the town hall in Kyiv.", "captured", ("Riots", "Violent demonstration")),
    # controls: a crowd's sit-in, its storming, armed men's seizure
    ("Protesters occupied the police station in Gilgit.", "occupied", ("Protests", "Peaceful protest")),
    ("Protesters stormed the police station in Gilgit.", "stormed", ("Riots", "Violent demonstration")),
    ("Rebels seized the police station in Gilgit.", "seized", ("Battles", OVERTAKES)),
])
def test_a_crowd_seizing_a_building_riots(pipeline, text: str, word: str, acled: tuple) -> None:
    assert _seen(_primary(pipeline, text))[::3] == (word, acled)
