"""A people's name is not its kin-state (round kin55): a demonym's people living across a border from their
kin-state are of the country they live in, as "ethnic Albanians" already were: a plural demonym after a place
("Kosovo Serbs", "Karabakh Armenians") or with an "in"/"of" place ("Serbs in northern Kosovo", "Hungarians in
Romania"), and a demonym before a community noun ("Albanian protesters" in Tetovo, "Uzbek residents of
Jalal-Abad", "Uzbek homes" in Osh) where the event's place lies in a neighbouring state. State forces keep
their state abroad; tourists, workers and peoples far from their kin-state keep their own. The demonym no
longer pulls a town across the border named in the sentence to the kin-state ("Armenian protesters ... in
Stepanakert", "Serbian police ... in Kosovska Mitrovica"), and "the towns of Lachin and Kalbajar" are towns.
Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="kin55", published="2024-06-01"))
                if e.trigger.text == word)


def _actor(actors) -> tuple[str | None, str | None]:
    return (actors[0].name, actors[0].country) if actors else (None, None)


def _place(event) -> tuple[str | None, str | None]:
    loc = event.location
    return (loc.name, loc.country) if loc is not None else (None, None)


# 1. the source: a community of the country it lives in
@pytest.mark.parametrize("text, word, source", [
    ("Hundreds of Kosovo Serbs rallied in Zvecan against the Albanian mayors.", "rallied",
     ("Protesters (Kosovo)", "XKX")),
    ("Serbs in northern Kosovo blocked roads with trucks near Jarinje.", "blocked",
     ("Protesters (Kosovo)", "XKX")),
    ("Karabakh Armenians rallied in Stepanakert demanding the reopening of the Lachin corridor.", "rallied",
     ("Protesters (Azerbaijan)", "AZE")),
    ("Albanians in North Macedonia marched in Skopje against the language law.", "marched",
     ("Protesters (North Macedonia)", "MKD")),
    ("Albanian protesters blocked the main road in Tetovo.", "blocked",
     ("Protesters (North Macedonia)", "MKD")),
    ("Uzbek residents of Jalal-Abad protested against the police.", "protested",
     ("Protesters (Kyrgyzstan)", "KGZ")),
    ("Armenian protesters gathered in Stepanakert outside the government building.", "gathered",
     ("Protesters (Azerbaijan)", "AZE")),
    # variants: other regions' peoples
    ("Hungarians in Romania rallied in Cluj against the education law.", "rallied",
     ("Protesters (Romania)", "ROU")),
    ("Russian residents of Narva protested against the removal of the tank monument.", "protested",
     ("Protesters (Estonia)", "EST")),
    ("Kosovo Serbs blocked the road to Jarinje.", "blocked", ("Protesters (Kosovo)", "XKX")),
    ("Ethnic Hungarians in Romania rallied in Cluj.", "rallied", ("Protesters (Romania)", "ROU")),
    ("Tamils in Sri Lanka marched in Jaffna demanding the return of their land.", "marched",
     ("Protesters (Sri Lanka)", "LKA")),
    ("Syrian Kurds protested in Qamishli.", "protested", ("Protesters (Syria)", "SYR")),
    # controls
    ("Ethnic Albanians blocked the main road in Tetovo.", "blocked", ("Protesters (North Macedonia)", "MKD")),
    ("Kosovo Albanians rallied in Pristina.", "rallied", ("Protesters (Kosovo)", "XKX")),
    ("Bosnian Serbs rallied in Banja Luka in support of the entity's president.", "rallied",
     ("Protesters (Bosnia and Herzegovina)", "BIH")),
    ("Protesters blocked the bridge in North Mitrovica.", "blocked", ("Protesters (Kosovo)", "XKX")),
    ("Serb protesters rallied in Belgrade.", "rallied", ("Protesters (Serbia)", "SRB")),
    ("Armenian protesters rallied in Yerevan.", "rallied", ("Protesters (Armenia)", "ARM")),
    ("Hungarian protesters rallied in Budapest.", "rallied", ("Protesters (Hungary)", "HUN")),
    ("Turkish protesters clashed with police in Berlin.", "clashed", ("Rioters (Turkey)", "TUR")),
    ("Polish workers protested in London against the new rules.", "protested",
     ("Protesters (Poland)", "POL")),
    ("Armenian forces shelled Agdam.", "shelled", ("Military Forces of Armenia", "ARM")),
    ("Azerbaijani forces shelled the Armenian town of Jermuk.", "shelled",
     ("Military Forces of Azerbaijan", "AZE")),
    ("Russian troops moved into Georgia in August 2008.", "moved", ("Military Forces of Russia", "RUS")),
])
def test_community_source_of_where_it_lives(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actor(_event(pipeline, text, word).source) == source


# 2. the target: the community, or the local officials, of the country it lives in
@pytest.mark.parametrize("text, word, target, arrested", [
    ("Kosovo police detained two Kosovo Serbs suspected of attacking journalists.", "detained",
     ("Serbian Ethnic Group (Kosovo)", "XKX"), 2),
    ("Kyrgyz mobs burned Uzbek homes in Osh.", "burned", ("Uzbek Ethnic Group (Kyrgyzstan)", "KGZ"), None),
    ("Hundreds of Kosovo Serbs rallied in Zvecan against the Albanian mayors.", "rallied",
     ("Government of Kosovo", "XKX"), None),
    # variants
    ("Police detained three Kosovo Serbs near Jarinje.", "detained",
     ("Serbian Ethnic Group (Kosovo)", "XKX"), 3),
    ("Police detained four Albanian protesters in Tetovo.", "detained",
     ("Protesters (North Macedonia)", "MKD"), 4),
    ("Soldiers torched Rohingya homes in Rakhine.", "torched",
     ("Rohingya Ethnic Group (Myanmar)", "MMR"), None),
    # controls
    ("Serbian police detained an ethnic Albanian near Bujanovac.", "detained",
     ("Albanian Ethnic Group (Serbia)", "SRB"), None),
    ("Serbian tourists were robbed in Budva.", "robbed", ("Civilians (Serbia)", "SRB"), None),
    ("Azerbaijani forces shelled the Armenian town of Jermuk.", "shelled",
     ("Civilians (Armenia)", "ARM"), None),
])
def test_community_target_of_where_it_lives(pipeline, text: str, word: str, target: tuple,
                                            arrested: int | None) -> None:
    event = _event(pipeline, text, word)
    assert _actor(event.target) == target
    assert event.arrested == arrested


# 3. the place: a town across the border named in the sentence beats the demonym's kin-state
@pytest.mark.parametrize("text, word, place", [
    ("Armenian protesters gathered in Stepanakert outside the government building.", "gathered",
     ("Khankendi", "AZE")),
    ("Serbian police officers were attacked in Kosovska Mitrovica.", "attacked", ("Mitrovicë", "XKX")),
    ("Armenian forces captured the towns of Lachin and Kalbajar in 1993.", "captured", ("Laçın", "AZE")),
    ("Karabakh Armenians rallied in Stepanakert demanding the reopening of the Lachin corridor.", "rallied",
     ("Khankendi", "AZE")),
    # variants
    ("The army shelled the cities of Homs and Hama.", "shelled", ("Homs", "SYR")),
    ("Armenian residents of Stepanakert protested against the blockade.", "protested", ("Khankendi", "AZE")),
    # controls
    ("Armenian forces captured the town of Kalbajar in April 1993.", "captured", ("Kalbajar", "AZE")),
    ("Armenian forces shelled Agdam.", "shelled", ("Agdam", "AZE")),
    ("Ethnic Albanians blocked the main road in Tetovo.", "blocked", ("Tetovo", "MKD")),
    ("Protesters blocked the bridge in North Mitrovica.", "blocked", ("Mitrovicë", "XKX")),
    ("Serb protesters rallied in Belgrade.", "rallied", ("Belgrade", "SRB")),
    ("Serbian police detained an ethnic Albanian near Bujanovac.", "detained", ("Bujanovac", "SRB")),
])
def test_town_across_the_border_is_kept(pipeline, text: str, word: str, place: tuple) -> None:
    assert _place(_event(pipeline, text, word)) == place


# 4. the territory taken: the forces abroad overtake it (not a government regaining its own)
@pytest.mark.parametrize("text, word, sub_event, inter", [
    ("Armenian forces captured the towns of Lachin and Kalbajar in 1993.", "captured",
     "Non-state actor overtakes territory", 8),
    # control
    ("Armenian forces captured the town of Kalbajar in April 1993.", "captured",
     "Non-state actor overtakes territory", 8),
])
def test_forces_abroad_take_territory(pipeline, text: str, word: str, sub_event: str, inter: int) -> None:
    event = _event(pipeline, text, word)
    assert event.acled.get("sub_event_type") == sub_event
    assert event.source[0].inter == inter


@pytest.mark.parametrize("text, word", [
    ("Serb protesters blocked the bridge in North Mitrovica.", "blocked"),
    ("Kosovo police arrested two Serbs in Kosovska Mitrovica.", "arrested"),
])
def test_north_mitrovica_with_a_serb_crowd(pipeline, text: str, word: str) -> None:
    """"North Mitrovica" and "Kosovska Mitrovica" are names of the Kosovo town (aliases.yaml, lead55)."""
    event = _event(pipeline, text, word)
    assert _place(event)[1] == "XKX"
