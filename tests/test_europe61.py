"""Europe's news (round europe61): the Russia-Ukraine war as wire services report it, Eastern Europe's
protests and Western and Nordic domestic unrest. A bare name that a first-order region and the town at its
seat share ("Kherson", "Zaporizhzhia", "Belgorod", "Rostov" for Rostov-on-Don), or a raion named after its
town ("Kupiansk"), is that town; the region keeps its type word ("the Kherson region"), and a name that is the
region's own ("Gaza", "Oklahoma") stays the region. Front-line villages cities500 lacks are listed (Robotyne,
Prohres, Synkivka). A place told by a bearing from another ("the village of X west of Donetsk city") is the
event's place, not the point it is told from; a march "through" a city was there; a region's possessive before
a type word ("Corsica's main city of Ajaccio") owns the town; a name and a possessive after a comma ("Sudzha,
Ukraine's army chief said") qualify nothing. A state's forces placed by their sentence at a town or region of
another country act abroad (ACLED inter 8), though the story is told from their own capital ("Russia's defence
ministry said its forces captured X"): their taking of ground is overtaken, not regained. Crowds: a people's
civilians named "ethnic" who fight police riot, a trade's crowd (farmers) fighting police is a violent
demonstration, a riot's participle of harm ("threw petrol bombs at police, injuring eight officers") is its
toll, and a book burned ("a copy of the Koran") is a protest. Doers: "Ukrainian shelling of the village" (a
gerund the parse made a verb) is Ukraine's military, "Fierce fighting" names no doer, a military blogger is a
journalist, a car under which a bomb went off is the site, not its owner the doer; "a 17-year-old" is a
person; a collapse "that killed 15" is an accident; bodies swapped are returned. Sentences written for the
test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return list(pipeline.code(document_from_text(text, doc_id="europe61", published="2024-06-15")))


def _primary(pipeline, text: str):
    events = _events(pipeline, text)
    return next((e for e in events if e.primary), events[0] if events else None)


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _place(event) -> tuple | None:
    loc = event.location
    return None if loc is None else (loc.name, loc.country, loc.precision)


# 1. a bare name a region and its seat share is the town; typed, it is the region
@pytest.mark.parametrize("text, where", [
    ("Russian troops shelled Kherson on Thursday, killing a 60-year-old man.", ("Kherson", "UKR", 1)),
    ("Russian forces struck a hospital in Zaporizhzhia with a missile, wounding eight people.",
     ("Zaporizhzhya", "UKR", 1)),
    ("A Ukrainian drone hit an apartment block in Belgorod, injuring two people.", ("Belgorod", "RUS", 1)),
    ("Two men were detained in the Russian city of Rostov on suspicion of arson.",
     ("Rostov-on-Don", "RUS", 1)),
    ("Russian troops pushed Ukrainian forces out of positions near Kupiansk.", ("Kupyansk", "UKR", 1)),
    ("A Russian drone struck a bus in Sumy, wounding five passengers.", ("Sumy", "UKR", 1)),
    # controls: the region with its type word, a town that is no seat, a town already taken
    ("Two people were killed when a Russian drone struck a car in the Kherson region.",
     ("Kherson", "UKR", 3)),
    ("Russian shelling killed a man in the Zaporizhzhia region on Monday.", ("Zaporizhia", "UKR", 3)),
    ("A Ukrainian drone attack set fire to an oil depot in Russia's Bryansk region.",
     ("Bryansk Oblast", "RUS", 3)),
    ("Russian missiles hit Kharkiv on Sunday, killing four people.", ("Kharkiv", "UKR", 1)),
    ("Teachers went on strike in Valencia on Monday, the Spanish unions said.", ("Valencia", "ESP", 1)),
    ("Israeli air strikes hit Gaza overnight, killing 12 people.", ("Gaza Strip", "PSE", 3)),
    ("Oklahoma executed two death row inmates in a single week.", ("Oklahoma", "USA", 3)),
])
def test_a_seat_named_bare_is_the_town(pipeline, text: str, where: tuple) -> None:
    assert _place(_primary(pipeline, text)) == where


# 2. front-line villages, a place told by a bearing, a march through a city, a possessive after a comma
@pytest.mark.parametrize("text, where", [
    ("Ukrainian forces said they had retaken the village of Robotyne in the Zaporizhzhia region.",
     ("Robotyne", "UKR")),
    ("Moscow said its troops had seized the village of Prohres, continuing an advance towards Pokrovsk.",
     ("Prohres", "UKR")),
    ("Russian troops captured the settlement of Synkivka near Kupiansk, Russian state media said.",
     ("Synkivka", "UKR")),
    ("Russian forces took control of the village of Krasnohorivka west of Donetsk city, Moscow said.",
     ("Krasnohorivka", "UKR")),
    ("Tens of thousands of students marched through Belgrade to demand accountability for a collapse in "
     "Novi Sad.", ("Belgrade", "SRB")),
    ("Ukrainian forces captured the Russian town of Sudzha, Ukraine's army chief said.", ("Sudzha", "RUS")),
    ("Hundreds of protesters clashed with police in Corsica's main city of Ajaccio.", ("Ajaccio", "FRA")),
    # controls: a place named alone after a bearing, a village near a town, a transit
    ("Shelling killed two people 20 km west of Donetsk.", ("Donetsk", "UKR")),
    ("Russian forces captured the village of Ocheretyne near Avdiivka.", ("Ocheretyne", "UKR")),
    ("Migrants travelling through Turkey were detained in Greece.", ("Greece", "GRC")),
    ("Protesters marched in Punjab's Sheikhupura district on Friday.", ("Shekhupura", "PAK")),
])
def test_the_events_own_place(pipeline, text: str, where: tuple) -> None:
    place = _place(_primary(pipeline, text))
    assert place is not None and place[:2] == where


# 3. forces placed by their sentence in another country act abroad, whoever tells it
@pytest.mark.parametrize("text, word, inter, sub", [
    ("Russian forces have taken control of the village of Krasnohorivka, Russia's defence ministry claimed.",
     "taken control", 8, "Non-state actor overtakes territory"),
    ("Russia said its troops had captured the town of Vuhledar in the Donetsk region.", "captured", 8,
     "Non-state actor overtakes territory"),
    ("Russia's defence ministry said its forces struck a Ukrainian command post in Kramatorsk.", "struck", 8,
     None),
    ("Russian troops shelled the Ukrainian town of Vovchansk, Russia's defence ministry said.", "shelled", 8,
     None),
    # controls: forces at home, a state retaking its own ground
    ("Ukrainian forces said they had retaken the village of Robotyne in the Zaporizhzhia region.", "retaken",
     1, "Government regains territory"),
    ("Russia said its air defences destroyed 12 Ukrainian drones over the Belgorod region overnight.",
     "destroyed", 1, None),
])
def test_forces_abroad(pipeline, text: str, word: str, inter: int, sub: str | None) -> None:
    event = _event(pipeline, text, word)
    assert event.source[0].inter == inter
    if sub is not None:
        assert event.acled["sub_event_type"] == sub


# 4. crowds: who riots, what a riot hurt, what a protest burns
@pytest.mark.parametrize("text, word, acled, hurt", [
    ("Police in Kosovo clashed with ethnic Serbs in the northern town of Zvecan, injuring 30 NATO "
     "peacekeepers.", "clashed", ("Riots", "Mob violence"), 30),
    ("Hundreds of Polish farmers clashed with police outside parliament in Warsaw.", "clashed",
     ("Riots", "Violent demonstration"), None),
    ("Loyalist rioters threw petrol bombs at police in west Belfast on Friday, injuring eight officers.",
     "threw", ("Riots", "Mob violence"), 8),
    ("Youths hurled stones at police in Dublin, injuring two officers.", "hurled",
     ("Riots", "Mob violence"), 2),
    ("Protesters burned a copy of the Koran outside the Turkish embassy in Stockholm.", "burned",
     ("Protests", "Peaceful protest"), None),
    # controls: armed men of a people, villagers, a protest already a demonstration, rioters burning cars
    ("Soldiers clashed with ethnic Karen rebels near the border.", "clashed",
     ("Battles", "Armed clash"), None),
    ("Police clashed with villagers in the town of Zvecan.", "clashed", ("Riots", "Mob violence"), None),
    ("Protesters clashed with police in Tbilisi, injuring 12 officers.", "clashed",
     ("Riots", "Violent demonstration"), 12),
    ("Rioters burned cars in Stockholm.", "burned", ("Riots", "Mob violence"), None),
])
def test_crowds(pipeline, text: str, word: str, acled: tuple, hurt: int | None) -> None:
    event = _event(pipeline, text, word)
    assert (event.acled["event_type"], event.acled["sub_event_type"]) == acled
    assert event.injured == hurt


def test_a_riots_participle_of_harm_is_no_event_of_its_own(pipeline) -> None:
    events = _events(pipeline, "Rioters threw petrol bombs at police in Belfast, injuring eight officers.")
    assert [e.trigger.text for e in events] == ["threw"]


# 5. doers and victims
@pytest.mark.parametrize("text, word, source, target", [
    ("Ukrainian shelling of the village of Shebekino killed a woman.", "shelling",
     ("Military Forces of Ukraine", 8), ("Women (Russia)", 7)),
    ("Fierce fighting continued around Pokrovsk as Russian troops pressed on in eastern Ukraine.",
     "fighting",
     ("Military Forces of Russia", 8), None),
    ("A car bomb killed a Russian military blogger in St Petersburg, investigators said.", "car bomb",
     None, ("Journalists (Russia)", 7)),
    ("A bomb exploded under the car of a police officer in Belfast, police said.", "exploded",
     ("Unidentified Armed Group (United Kingdom)", 3), None),
    ("Police shot dead a 17-year-old during a traffic stop in Nanterre.", "shot dead",
     ("Police Forces of France", 1), ("Civilians (France)", 7)),
    # controls: a demonym's shelling already read, a soldier at home
    ("Russian shelling of Kherson killed a man, the governor said.", "shelling",
     ("Military Forces of Russia", 8), None),
    ("A car bomb killed a Russian soldier in Moscow.", "car bomb", None, ("Military Forces of Russia", 1)),
])
def test_doers_and_victims(pipeline, text: str, word: str, source: tuple | None,
                           target: tuple | None) -> None:
    event = _event(pipeline, text, word)
    if source is not None:
        assert (event.source[0].name, event.source[0].inter) == source
    if target is not None:
        assert (event.target[0].name, event.target[0].inter) == target


@pytest.mark.parametrize("text, word, dead", [
    ("Police shot dead a 17-year-old during a traffic stop in Nanterre.", "shot dead", 1),
    ("A 17-year-old was stabbed to death in Malmo on Friday night.", "stabbed to death", 1),
    # control: a man named with his age
    ("A 60-year-old man was killed in Kherson.", "killed", 1),
])
def test_a_person_named_by_age(pipeline, text: str, word: str, dead: int) -> None:
    assert _event(pipeline, text, word).fatalities == dead


# 6. an accident's toll, bodies swapped
def test_a_collapse_that_killed_is_no_attack(pipeline) -> None:
    events = _events(pipeline, "Students marched through Belgrade to demand accountability for the collapse "
                               "of a railway station canopy in Novi Sad that killed 15 people.")
    assert not any(e.plover["type"] == "ASSAULT" for e in events)
    control = _events(pipeline, "Protesters marched in Belgrade over the bombing of a bus that killed 15.")
    assert any(e.plover["type"] == "ASSAULT" for e in control)


@pytest.mark.parametrize("text, word, plover", [
    ("Russia and Ukraine swapped the bodies of fallen soldiers on Friday.", "swapped", "RETREAT"),
    ("Russia and Ukraine exchanged the bodies of 500 soldiers.", "exchanged", "RETREAT"),
    # controls: prisoners swapped, views exchanged
    ("Russia and Ukraine swapped 95 prisoners of war.", "swapped", "RETREAT"),
    ("The two leaders exchanged views on the war.", "exchanged views", "CONSULT"),
])
def test_swaps(pipeline, text: str, word: str, plover: str) -> None:
    assert _event(pipeline, text, word).plover["type"] == plover
