"""Houses of worship, religious processions and desecration (round worship54, item faith-2): a synagogue,
gurdwara, chapel, pagoda, monastery, convent or madrasa hit is its faith's people (Religious Group of the
country), as a church, mosque or temple is, also when a Molotov cocktail or stones are thrown or pelted at
it or things are smashed at it; "vandals" are unknown wreckers, no people named "Vandals"; a procession of a
faith or a feast ("a Muharram / Ram Navami / Shiite procession") is no protest, and stones thrown at it are
mob violence; desecrating, defiling, daubing or spray-painting swastikas on holy places and graves, and
smashing idols, statues or crucifixes, are vandalism (ACLED property destruction); a prayer or Bible study
meeting, or a meeting attacked or raided, is a gathering hit, no talks. Protest processions, talks and other
objects keep their coding. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

PROPERTY = ("Strategic developments", "Looting/property destruction")


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="worship54", published="2024-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _acled(event) -> tuple[str | None, str | None]:
    return (event.acled.get("event_type"), event.acled.get("sub_event_type")) if event.acled else (None, None)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. houses of worship of every faith hit: their faith's people of the country
@pytest.mark.parametrize("text, word, target", [
    ("A man threw a Molotov cocktail at a synagogue in Berlin.", "threw", "Religious Group (Germany)"),
    ("A man threw a petrol bomb at a synagogue in Oldenburg.", "threw", "Religious Group (Germany)"),
    ("Youths threw stones at a synagogue in Tunis.", "threw", "Religious Group (Tunisia)"),
    ("Vandals attacked a synagogue in Paris overnight.", "attacked", "Religious Group (France)"),
    ("A man set fire to a gurdwara in Peshawar.", "set fire", "Religious Group (Pakistan)"),
    ("Rioters set fire to a gurdwara in Ludhiana.", "set fire", "Religious Group (India)"),
    ("Arsonists set fire to a chapel in Chile's Araucania region.", "set fire", "Religious Group (Chile)"),
    ("A bomb exploded at a pagoda in Yangon.", "exploded", "Religious Group (Myanmar)"),
    # variants
    ("Gunmen attacked a monastery in Mindanao, killing two monks.", "attacked",
     "Religious Group (Philippines)"),
    ("Extremists set fire to a convent in Bangui.", "set fire", "Religious Group (Central African Republic)"),
    ("Attackers threw a grenade at a madrasa in Quetta.", "threw", "Religious Group (Pakistan)"),
    ("Youths hurled stones at a gurudwara in Jalalabad.", "hurled", "Religious Group (Afghanistan)"),
    ("A man threw a firebomb at a synagogue in Bremen.", "threw", "Religious Group (Germany)"),
    ("Muslim youths pelted stones at a church in Howrah.", "pelted", "Religious Group (India)"),
    # controls
    ("A gunman opened fire at a mosque in Quebec City, killing six.", "opened fire",
     "Religious Group (Canada)"),
    ("Youths threw stones at a church in Kaduna.", "threw", "Religious Group (Nigeria)"),
    ("Attackers set fire to a temple in Chittagong.", "set fire", "Religious Group (Bangladesh)"),
    ("Gunmen stormed a Sikh gurdwara in Kabul, killing 25 worshippers.", "stormed",
     "Religious Group (Afghanistan)"),
])
def test_house_of_worship_hit(pipeline, text: str, word: str, target: str) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.target) == [target]
    assert "Vandals" not in _names(event.source)


@pytest.mark.parametrize("text, word, source, acled", [
    ("Vandals attacked a synagogue in Paris overnight.", "attacked", "Unidentified Armed Group (France)",
     ("Violence against civilians", "Attack")),
    ("Youths threw stones at a synagogue in Tunis.", "threw", "Rioters (Tunisia)", ("Riots", "Mob violence")),
    # controls: the same shapes at a church
    ("Youths threw stones at a church in Kaduna.", "threw", "Rioters (Nigeria)", ("Riots", "Mob violence")),
    ("Attackers set fire to a temple in Chittagong.", "set fire", "Unidentified Armed Group (Bangladesh)",
     PROPERTY),
])
def test_house_of_worship_doers(pipeline, text: str, word: str, source: str, acled: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.source) == [source]
    assert _acled(event) == acled


# 2. a procession of a faith or a feast: no protest; stones thrown at it are a mob's violence on its people
@pytest.mark.parametrize("text, word, target, acled", [
    ("Attackers threw stones at a Muharram procession in Karachi.", "threw", "Civilians (Pakistan)",
     ("Riots", "Mob violence")),
    ("Muslim youths pelted stones at a Ram Navami procession in Howrah.", "pelted", "Civilians (India)",
     ("Riots", "Mob violence")),
    ("Attackers threw grenades at a Shiite procession in Dera Ismail Khan, killing seven.", "threw",
     "Religious Group (Pakistan)", ("Explosions/Remote violence", "Grenade")),
    ("Unknown men opened fire on a Hindu procession in Bhilwara.", "opened fire", "Religious Group (India)",
     ("Violence against civilians", "Attack")),
    # variants
    ("Youths threw stones at a Durga Puja procession in Bhagalpur.", "threw", "Civilians (India)",
     ("Riots", "Mob violence")),
    ("Militants attacked an Ashura procession in Quetta, killing nine.", "attacked", "Civilians (Pakistan)",
     ("Violence against civilians", "Attack")),
    ("Assailants fired on an Easter procession in Kaduna.", "fired", "Civilians (Nigeria)",
     ("Violence against civilians", "Attack")),
    # controls
    ("Villagers attacked a Hindu wedding procession in Rajasthan, injuring 10.", "attacked",
     "Religious Group (India)", ("Riots", "Mob violence")),
    ("Police baton-charged a Shia procession in Lahore.", "charged", "Religious Group (Pakistan)", None),
])
def test_religious_procession_hit(pipeline, text: str, word: str, target: str, acled: tuple | None) -> None:
    events = _events(pipeline, text)
    event = next(e for e in events if e.trigger.text == word)
    assert _names(event.target) == [target]
    if acled is not None:
        assert _acled(event) == acled
    assert not [e for e in events if e.trigger.text == "procession"]


@pytest.mark.parametrize("text, source", [
    # controls: a procession of protest stays one
    ("Thousands joined a torchlight procession demanding justice for the slain student.", "Protesters"),
    ("Students held a candlelight procession in Dhaka to demand justice.", "Protesters (Bangladesh)"),
    ("Thousands of farmers joined a protest procession to the district office.", "Protesters"),
])
def test_protest_procession_controls(pipeline, text: str, source: str) -> None:
    event = _event(pipeline, text, "procession")
    assert event.plover.get("type") == "PROTEST"
    assert _acled(event) == ("Protests", "Peaceful protest")
    assert _names(event.source) == [source]


# 3. desecration and vandalism of holy places, graves and holy things: property destruction
@pytest.mark.parametrize("text, word, source, target", [
    ("Vandals desecrated 80 Jewish graves in Strasbourg.", "desecrated", "Unidentified Armed Group (France)",
     "Religious Group (France)"),
    ("Unknown people desecrated a Hindu temple in Karachi.", "desecrated",
     "Unidentified Armed Group (Pakistan)", "Religious Group (Pakistan)"),
    ("Graves at a Muslim cemetery in Cagnes were desecrated.", "desecrated", None, "Religious Group"),
    ("Vandals daubed anti-Semitic slogans on a synagogue in Krakow.", "daubed",
     "Unidentified Armed Group (Poland)", "Religious Group (Poland)"),
    ("Vandals spray-painted swastikas on a synagogue in Rome.", "painted", "Unidentified Armed Group (Italy)",
     "Religious Group (Italy)"),
    ("Attackers smashed idols at a temple in Dhaka.", "smashed", "Unidentified Armed Group (Bangladesh)",
     "Religious Group (Bangladesh)"),
    ("Attackers desecrated a church in Ngaoundere and smashed its crucifix.", "desecrated",
     "Unidentified Armed Group (Cameroon)", "Religious Group (Cameroon)"),
    # variants
    ("Vandals desecrated a Muslim cemetery in Bordeaux.", "desecrated", "Unidentified Armed Group (France)",
     "Religious Group (France)"),
    ("Unknown men defiled a church in Kigali.", "defiled", "Unidentified Armed Group (Rwanda)",
     "Religious Group (Rwanda)"),
    ("Vandals daubed swastikas on a Jewish cemetery in Vienna.", "daubed",
     "Unidentified Armed Group (Austria)", "Religious Group (Austria)"),
    ("Vandals smashed gravestones at a Jewish cemetery in Sarrebourg.", "smashed",
     "Unidentified Armed Group (France)", "Religious Group (France)"),
    ("Attackers smashed statues at a church in Mosul.", "smashed", "Unidentified Armed Group (Iraq)",
     "Religious Group (Iraq)"),
    ("Unknown vandals spray-painted anti-Semitic graffiti on a synagogue in Rome.", "painted",
     "Unidentified Armed Group (Italy)", "Religious Group (Italy)"),
    # control
    ("Attackers vandalised a church in Bijnor and smashed statues of Mary.", "vandalised",
     "Unidentified Armed Group (India)", "Religious Group (India)"),
])
def test_desecration_is_property_destruction(pipeline, text: str, word: str, source: str | None,
                                             target: str) -> None:
    event = _event(pipeline, text, word)
    assert _acled(event) == PROPERTY
    assert _names(event.source) == ([source] if source else [])
    assert _names(event.target) == [target]


@pytest.mark.parametrize("text, word", [
    # controls: no vandalism in other objects; primary stays the first deed
    ("The army smashed the rebels' defences near Kidal.", "smashed"),
    ("Militants desecrated the memory of the victims, the minister said.", "desecrated"),
    ("Police painted the cells of the jail.", "painted"),
])
def test_desecration_controls_no_event(pipeline, text: str, word: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.trigger.text == word]


def test_vandalised_church_stays_primary(pipeline) -> None:
    events = _events(pipeline, "Attackers vandalised a church in Bijnor and smashed statues of Mary.")
    primary = next(e for e in events if e.primary)
    assert primary.trigger.text == "vandalised"
    assert _names(primary.target) == ["Religious Group (India)"]


def test_smashed_windows_at_mosque(pipeline) -> None:
    event = _event(pipeline, "Protesters smashed windows at a mosque in Leicester.", "smashed")
    assert _names(event.target) == ["Religious Group (United Kingdom)"]


# 4. worship meetings and meetings attacked or raided: a gathering hit, no talks
@pytest.mark.parametrize("text, word, target", [
    ("Gunmen attacked a Bible study meeting in Benue, killing 7.", "attacked", "Religious Group (Nigeria)"),
    ("Russian police raided a Jehovah's Witnesses meeting and detained 20 worshippers.", "raided",
     "Religious Group (Russia)"),
    ("Security forces broke up a prayer meeting and arrested the pastor.", "arrested", "Religious Group"),
    # variants
    ("Gunmen attacked a prayer meeting in Plateau State, killing 12.", "attacked",
     "Religious Group (Nigeria)"),
    ("Police raided a prayer meeting in Eritrea and arrested 30 Christians.", "raided",
     "Religious Group (Eritrea)"),
    ("Gunmen attacked a church service in Ondo, killing 40.", "attacked", "Religious Group (Nigeria)"),
])
def test_worship_meeting_hit(pipeline, text: str, word: str, target: str) -> None:
    events = _events(pipeline, text)
    event = next(e for e in events if e.trigger.text == word)
    assert _names(event.target) == [target]
    assert not [e for e in events if e.plover.get("type") == "CONSULT"]


@pytest.mark.parametrize("text, word", [
    # controls: talks stay talks
    ("The foreign minister held a meeting with his Indian counterpart in Delhi.", "meeting"),
    ("The ministers held a meeting in Brussels.", "meeting"),
    ("Religious leaders met in Kaduna to discuss ways of ending the violence.", "met"),
])
def test_meeting_controls(pipeline, text: str, word: str) -> None:
    assert _event(pipeline, text, word).plover.get("type") == "CONSULT"


def test_protest_march_to_synagogue_control(pipeline) -> None:
    text = "Hundreds of protesters marched to the synagogue in Paris to denounce anti-Semitism."
    event = _event(pipeline, text, "marched")
    assert _acled(event) == ("Protests", "Peaceful protest")
    assert _names(event.source) == ["Protesters (France)"]


@pytest.mark.parametrize("text, word, who", [
    # "Jewish" a faith's adjective; "the Jewish state" Israel's government
    ("Jewish groups condemned the attack in Pittsburgh.", "condemned", "Religious Group (United States)"),
    ("The Jewish state launched air strikes on Gaza.", "air strikes", "Government of Israel"),
    ("Jewish settlers attacked a Palestinian village near Nablus.", "attacked", "Rioters (Israel)"),
])
def test_jewish_adjective(pipeline, text: str, word: str, who: str) -> None:
    assert _names(_event(pipeline, text, word).source) == [who]


@pytest.mark.parametrize("text, acled", [
    # a few counted people's firebombs at a building its people stand for: property destruction (sd27's rule)
    ("Two men threw Molotov cocktails at a synagogue in Bremen. No one was hurt.", PROPERTY),
    ("Two men threw petrol bombs at a store in Veracruz. No injuries were reported.", PROPERTY),
    # controls: a crowd's stones stay a mob's; people hurt stay an attack
    ("Youths threw stones at a synagogue in Tunis.", ("Riots", "Mob violence")),
    ("A man threw a Molotov cocktail at a synagogue in Berlin.", ("Violence against civilians", "Attack")),
])
def test_few_firebombs_at_a_building(pipeline, text: str, acled: tuple) -> None:
    assert _acled(_event(pipeline, text, "threw")) == acled
