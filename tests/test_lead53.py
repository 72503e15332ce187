"""Where a war's fire lands (round lead53): a state's demonym before a weapon fired from afar or before its
forces doing the striking ("Russian shelling killed three civilians in Donetsk", "Russian troops shelled
Donetsk") is no vote for that state's country when the story's town is placed, so the large Donetsk of
Ukraine wins over a small Russian namesake; police and protesters named by a demonym still place the story
at home. A large town the tagger called a nationality ("air strikes hit Aleppo") stays a place. A backer's
hyphened word ("Russian-occupied Melitopol", "the Russian-controlled city of Horlivka") names neither the
town's country nor a part of its name, and a weapon's maker ("Iranian-made drones") is no doer. A legislature
named by its office that sanctions or aids another state's people ("The Senate voted to impose sanctions on
Turkish officials") is not of that state; "the House of Representatives" is a chamber, no one's house, and
chambers with names of their own (the Knesset, the Lok Sabha, the Seimas) are legislatures. Sentences written
for the test, each group with controls. A death of age or illness ("died on Sunday aged 91", "died of a
heart attack") adds to no deed's toll, and a "cardiac arrest" holds no one. Towns of Haiti's gang war, the
Sahel's and Pakistan's attacks on foreign workers that the gazetteer lacked are placed; "Newcastle" in a
British story is the city on the Tyne."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="lead53", published="2024-03-10"))
                if e.trigger.text == word)


def _where(event) -> tuple[str | None, str | None]:
    place = event.location
    return (place.name, place.country) if place is not None else (None, None)


# 1. a demonym before a weapon fired from afar, or before forces shelling, does not place the town
@pytest.mark.parametrize("text, word, place", [
    ("Russian shelling killed three civilians in Donetsk on Monday.", "shelling", ("Donetsk", "UKR")),
    ("Russian troops shelled Donetsk overnight, killing two people.", "shelled", ("Donetsk", "UKR")),
    ("Russian missiles hit Donetsk on Sunday, killing five.", "hit", ("Donetsk", "UKR")),
    ("Russian forces shelled the city of Donetsk.", "shelled", ("Donetsk", "UKR")),
    ("Israeli air strikes killed 12 people in Rafah on Tuesday.", "air strikes", ("Rafaḩ", "PSE")),
    # controls: the state's own police and crowds place the story at home
    ("Pakistani police arrested 30 protesters in Hyderabad.", "arrested", ("Hyderabad", "PAK")),
    ("Indian police arrested 30 protesters in Hyderabad.", "arrested", ("Hyderabad", "IND")),
    ("Shelling killed three civilians in Donetsk on Monday.", "Shelling", ("Donetsk", "UKR")),
])
def test_fire_from_afar_places_no_namesake(pipeline, text: str, word: str, place: tuple) -> None:
    assert _where(_event(pipeline, text, word)) == place


def test_fire_from_afar_leaves_victims_their_country(pipeline) -> None:
    event = _event(pipeline, "Russian shelling killed three civilians in Donetsk on Monday.", "shelling")
    assert [(a.name, a.country) for a in event.target] == [("Civilians (Ukraine)", "UKR")]
    assert [a.name for a in event.source] == ["Military Forces of Russia"]


# 2. a large town the tagger calls a nationality stays a place; a nationality is no town
@pytest.mark.parametrize("text, word, place", [
    ("Russian air strikes hit Aleppo, killing 20.", "air strikes", ("Aleppo", "SYR")),
    ("Syrian air strikes hit Aleppo, killing 20.", "air strikes", ("Aleppo", "SYR")),
    ("An explosion killed two people in occupied Melitopol.", "explosion", ("Melitopol", "UKR")),
    # controls
    ("Russian warplanes bombed Aleppo, killing 20.", "bombed", ("Aleppo", "SYR")),
    ("An explosion killed two people in Melitopol.", "explosion", ("Melitopol", "UKR")),
])
def test_large_town_tagged_a_nationality_is_placed(pipeline, text: str, word: str, place: tuple) -> None:
    assert _where(_event(pipeline, text, word)) == place


# 3. a backer's hyphened word names neither the town's country nor part of its name
@pytest.mark.parametrize("text, word, country", [
    ("An explosion killed two people in Russian-occupied Melitopol.", "explosion", "UKR"),
    ("Ukrainian shelling killed three civilians in the Russian-controlled city of Horlivka.", "shelling",
     "UKR"),
    ("A car bomb exploded in Russian-held Crimea, killing an official.", "exploded", "UKR"),
    # controls: a demonym of the town's own country still qualifies it
    ("Shelling hit the Syrian city of Homs, killing four.", "Shelling", "SYR"),
    ("Gunmen killed two policemen in the Libyan town of Brega.", "killed", "LBY"),
])
def test_backer_word_is_no_owner(pipeline, text: str, word: str, country: str) -> None:
    assert _where(_event(pipeline, text, word))[1] == country


# 4. a weapon's maker is no doer of the sentence
@pytest.mark.parametrize("text, word, source", [
    ("Iranian-made drones struck Kyiv overnight.", "drones struck", None),
    ("Chinese-made rockets hit the town of Kobani, killing three.", "hit", None),
    # controls: a state's own drones and forces are its military
    ("Iranian drones struck Kyiv overnight.", "drones struck", "Military Forces of Iran"),
    ("Russian troops shelled Kharkiv overnight.", "shelled", "Military Forces of Russia"),
])
def test_maker_is_no_doer(pipeline, text: str, word: str, source: str | None) -> None:
    names = [a.name for a in _event(pipeline, text, word).source]
    if source is None:
        assert not any(n and n.startswith(("Government of", "Military Forces of")) for n in names)
    else:
        assert names == [source]


def _source(pipeline, text: str, word: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.name, a.country, a.sector) for a in _event(pipeline, text, word).source]


# 5. a legislature named by its office is not of the state whose people it sanctions or aids
@pytest.mark.parametrize("text, word, source", [
    ("The Senate voted to impose sanctions on Turkish officials.", "sanctions", ("Legislature", None, "LEG")),
    ("The Senate passed a bill imposing sanctions on Russian oligarchs.", "sanctions",
     ("Legislature", None, "LEG")),
    ("Lawmakers approved sanctions against Nicaraguan officials.", "approved", ("Legislature", None, "LEG")),
    ("Congress imposed sanctions on South Africa over apartheid.", "sanctions", ("Legislature", None, "LEG")),
    ("The parliament voted to expel the Russian ambassador.", "expel", ("Legislature", None, "LEG")),
    ("Parliament voted to suspend aid to Rwanda.", "suspend", ("Legislature", None, "LEG")),
    # controls: a legislature named with its country, and a domestic accusation
    ("The US Senate voted to impose sanctions on Turkish officials.", "sanctions",
     ("Legislature of the United States", "USA", "LEG")),
    ("Lawmakers in Ottawa approved sanctions against Nicaraguan officials.", "approved",
     ("Legislature of Canada", "CAN", "LEG")),
    ("Kenyan lawmakers accused officials of stealing relief funds.", "accused",
     ("Legislature of Kenya", "KEN", "LEG")),
    ("Lawmakers accused Nicaraguan officials of corruption.", "accused",
     ("Legislature of Nicaragua", "NIC", "LEG")),
])
def test_legislature_is_not_of_the_sanctioned(pipeline, text: str, word: str, source: tuple) -> None:
    assert _source(pipeline, text, word) == [source]


# 6. a chamber's name is whole, and chambers named by their own names are legislatures
@pytest.mark.parametrize("text, word, source", [
    ("The House of Representatives voted to impose sanctions on Turkish officials.", "sanctions",
     ("Legislature", None, "LEG")),
    ("The House of Commons condemned the attack.", "condemned", ("Legislature", None, "LEG")),
    ("The Seimas condemned the attack.", "condemned", ("Seimas", "LTU", "LEG")),
    ("The Eduskunta condemned the attack.", "condemned", ("Eduskunta", "FIN", "LEG")),
    ("The House of Lords rejected the bill.", "rejected", ("House of Lords", "GBR", "LEG")),
    # controls: chambers the dictionaries knew
    ("The Knesset condemned the attack.", "condemned", ("Knesset", "ISR", "LEG")),
    ("The Lok Sabha condemned the attack.", "condemned", ("Lok Sabha", "IND", "LEG")),
])
def test_chambers_are_legislatures(pipeline, text: str, word: str, source: tuple) -> None:
    assert _source(pipeline, text, word) == [source]


def test_a_house_of_someone_stands_for_them(pipeline) -> None:
    event = _event(pipeline, "Gunmen attacked the house of a judge in Quetta.", "attacked")
    assert [a.sector for a in event.target] == ["JUD"]


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="lead53", published="2024-03-10")))


# 7. a natural death counts toward no deed's toll; a death of wounds still does
@pytest.mark.parametrize("text, word, dead", [
    ("Efrain Rios Montt, the former dictator who was convicted of genocide, died on Sunday aged 91.",
     "genocide", None),
    ("The former dictator, whose troops massacred villagers, died of natural causes.", "massacred", None),
    ("The rebel commander, whose men kidnapped hundreds, died of cancer in Nairobi on Tuesday.", "kidnapped",
     None),
    # controls: deaths of wounds and of attacks
    ("A protester was beaten by police and died of his injuries.", "beaten", 1),
    ("A policeman was shot and died in hospital.", "shot", 1),
    ("The soldier died from a rebel attack on his post.", "attack", 1),
])
def test_natural_death_counts_no_toll(pipeline, text: str, word: str, dead: int | None) -> None:
    events = [e for e in _events(pipeline, text) if e.trigger.text == word]
    assert events or dead is None  # "convicted of genocide": a charge, no deed of its own (myisr60)
    assert all(e.fatalities == dead for e in events)


def test_cardiac_arrest_holds_no_one(pipeline) -> None:
    words = [e.trigger.text for e in _events(pipeline, "The dissident died of cardiac arrest in custody.")]
    assert "arrest" not in words
    control = _events(pipeline, "The arrest of the opposition leader sparked protests.")
    assert "arrest" in [e.trigger.text for e in control]


# 8. towns the gazetteer lacked, placed in their countries
@pytest.mark.parametrize("text, word, place", [
    ("Gangs attacked residents of Cite Soleil on Monday, killing 12.", "attacked", ("Cité Soleil", "HTI")),
    ("Gang members killed 70 people in Pont-Sonde.", "killed", ("Pont-Sondé", "HTI")),
    ("Jihadists killed hundreds of people digging trenches in Barsalogho.", "killed", ("Barsalogho", "BFA")),
    ("A suicide bomber rammed an explosives-laden vehicle into a convoy of Chinese engineers in Besham.",
     "rammed", ("Besham", "PAK")),
    ("Two Japanese nationals were wounded when a suicide bomber attacked their van in Landhi.", "attacked",
     ("Landhi", "PAK")),
    ("Two British men were stabbed in Newcastle on Friday night.", "stabbed", ("Newcastle upon Tyne", "GBR")),
    # control: Newcastle with nothing British told stays the larger Australian city
    ("Flooding cut roads and police arrested two looters in Newcastle, New South Wales.", "arrested",
     ("Newcastle", "AUS")),
])
def test_towns_added(pipeline, text: str, word: str, place: tuple) -> None:
    assert _where(_event(pipeline, text, word)) == place
