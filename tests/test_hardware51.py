"""A state's war hardware, bombers, saboteurs and partisans (round hardware51, item ukraine-4): a state's
depots of ammunition or fuel, launchers, air defence batteries and systems, radars, named fleets, landing and
patrol ships, armoured trains and air-dropped bombs are its military's (MIL), not its government's; "Russian
bombers" and a bomber after an aircraft's model ("a Tu-22M3 bomber") are a state's aircraft, not an armed
group, while a suicide bomber, "the bomber" and a bomber of a state that flies none stay armed men; a state's
saboteurs and bombs are its forces, bare saboteurs an unidentified armed group; partisans of a state's
demonym are armed men of no state's army, while "partisans of the ruling party" stay its supporters. An oil
depot stays the state's, a fishing or shadow fleet no navy, an IED no one's. Sentences written for the test,
each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

PUBLISHED = "2024-06-15"


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="hardware51", published=PUBLISHED))
                if e.trigger.text == word)


def _actor(actors) -> tuple[str | None, str | None]:
    return (actors[0].name, actors[0].sector) if actors else (None, None)


def _acled(event) -> str | None:
    return event.acled.get("event_type") if event.acled else None


# 1. a state's hardware and installations hit: its military; a strike on them no violence against civilians
@pytest.mark.parametrize("text, word, target", [
    ("Ukrainian drones hit a Russian ammunition depot in the Tver region.", "hit",
     ("Military Forces of Russia", "MIL")),
    ("Ukraine struck a Russian fuel depot in Crimea.", "struck", ("Military Forces of Russia", "MIL")),
    ("Ukraine attacked the Russian Black Sea Fleet in Novorossiysk.", "attacked",
     ("Military Forces of Russia", "MIL")),
    ("Ukraine struck a Russian S-400 battery in Crimea, the Ukrainian Navy said.", "struck",
     ("Military Forces of Russia", "MIL")),
    ("Ukrainian forces destroyed a Russian S-300 launcher near Melitopol.", "destroyed",
     ("Military Forces of Russia", "MIL")),
    ("Ukrainian drones struck a Russian radar station in Crimea.", "drones struck",
     ("Military Forces of Russia", "MIL")),
    ("The Ukrainian navy said it had sunk the Russian landing ship Tsezar Kunikov off the coast of Crimea.",
     "sunk", ("Tsezar Kunikov", "MIL")),
    ("Ukrainian partisans blew up a Russian armoured train in the Zaporizhzhia region.", "blew",
     ("Military Forces of Russia", "MIL")),
    # variants
    ("Israeli jets struck a Syrian air defence battery near Damascus.", "struck",
     ("Military Forces of Syria", "MIL")),
    ("Ukrainian missiles destroyed a Russian radar near Sevastopol.", "destroyed",
     ("Military Forces of Russia", "MIL")),
    ("Ukraine struck a Russian Pantsir air defence system in Crimea.", "struck",
     ("Military Forces of Russia", "MIL")),
    ("A Ukrainian sea drone sank a Russian patrol ship in the Black Sea.", "sank",
     ("Military Forces of Russia", "MIL")),
    ("Ukrainian drones struck a Russian missile launcher in the Belgorod region.", "drones struck",
     ("Military Forces of Russia", "MIL")),
    # controls
    ("Ukrainian drones struck Russia's Engels air base.", "drones struck",
     ("Military Forces of Russia", "MIL")),
    ("Ukrainian missiles hit a Russian submarine in Sevastopol.", "hit",
     ("Military Forces of Russia", "MIL")),
    ("A Ukrainian strike hit a Russian command post in the Kherson region.", "hit",
     ("Military Forces of Russia", "MIL")),
    ("Ukrainian drones hit a Russian oil depot in the Bryansk region.", "hit",
     ("Government of Russia", "GOV")),
    ("Pro-Russian separatists seized government buildings in Donetsk and Luhansk in April 2014.", "seized",
     ("Government of Ukraine", "GOV")),
])
def test_state_hardware_is_its_military(pipeline, text: str, word: str, target: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _actor(event.target) == target
    if target[1] == "MIL":
        assert _acled(event) != "Violence against civilians"


# 2. a state's bombs, bombers and saboteurs are its forces; a man with a bomb stays an armed man
@pytest.mark.parametrize("text, word, source", [
    ("A Russian glide bomb hit a residential building in Zaporizhzhia, killing three people.", "hit",
     ("Military Forces of Russia", "MIL")),
    ("A Russian bomb hit a school in Kharkiv.", "hit", ("Military Forces of Russia", "MIL")),
    ("Russian bombers struck Ukrainian cities overnight.", "struck", ("Military Forces of Russia", "MIL")),
    ("A Russian Tu-22M3 bomber launched cruise missiles at Ukraine.", "launched",
     ("Military Forces of Russia", "MIL")),
    ("Russian saboteurs attacked a border village in the Sumy region.", "attacked",
     ("Military Forces of Russia", "MIL")),
    ("Russian sabotage groups attacked a village in the Sumy region.", "attacked",
     ("Military Forces of Russia", "MIL")),
    # variants
    ("Israeli bombs killed 20 people in Rafah.", "killed", ("Military Forces of Israel", "MIL")),
    ("American bombers struck Islamic State positions in Syria.", "struck",
     ("Military Forces of the United States", "MIL")),
    ("Ukrainian saboteurs blew up a railway bridge in the Bryansk region.", "blew",
     ("Military Forces of Ukraine", "MIL")),
    # controls
    ("A Russian Su-25 attack aircraft bombed Ukrainian positions near Bakhmut.", "bombed",
     ("Military Forces of Russia", "MIL")),
    ("A Russian warship entered Estonian territorial waters, the Estonian navy said.", "entered",
     ("Military Forces of Russia", "MIL")),
    ("A Russian Iskander missile struck a hotel in Kharkiv, wounding 17 people.", "struck",
     ("Military Forces of Russia", "MIL")),
    ("A suicide bomber killed 12 people at a market in Kabul.", "killed",
     ("Unidentified Armed Group (Afghanistan)", "UAF")),
    ("The bomber blew himself up outside a police station in Quetta.", "blew",
     ("Unidentified Armed Group (Pakistan)", "UAF")),
    ("A Palestinian bomber blew himself up on a bus in Jerusalem.", "blew",
     ("Unidentified Armed Group (Palestine)", "UAF")),
    ("Pakistani bombers attacked a police station in Peshawar.", "attacked",
     ("Unidentified Armed Group (Pakistan)", "UAF")),
    ("Saboteurs blew up a railway bridge in the Bryansk region.", "blew",
     ("Unidentified Armed Group (Russia)", "UAF")),
    ("An IED exploded near a checkpoint in Kandahar.", "exploded",
     ("Unidentified Armed Group (Afghanistan)", "UAF")),
])
def test_state_weapons_and_saboteurs_are_its_forces(pipeline, text: str, word: str, source: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _actor(event.source) == source
    assert _acled(event) != "Riots"


# 3. partisans of a state's demonym: armed men of no state's army; of a party or a leader: its supporters
@pytest.mark.parametrize("text, word, source, sector, inter", [
    ("Ukrainian partisans blew up a Russian armoured train in the Zaporizhzhia region.", "blew",
     "Partisans (Ukraine)", "UAF", 3),
    ("Ukrainian partisans killed a collaborator in occupied Nova Kakhovka.", "killed",
     "Partisans (Ukraine)", "UAF", 3),
    ("Belarusian partisans sabotaged a railway used to move Russian troops.", "sabotaged",
     "Partisans (Belarus)", "UAF", 3),
    # variants
    ("Pro-Ukrainian partisans set fire to a Russian military truck in Melitopol.", "set fire",
     "Partisans (Ukraine)", "UAF", 3),
    # controls: backers of a party or a person
    ("Partisans of the ruling party attacked opposition offices in Harare.", "attacked",
     "Rioters (Zimbabwe)", "CVL", 5),
    ("Partisans of President Mnangagwa beat up opposition activists in Harare.", "beat",
     "Rioters (Zimbabwe)", "CVL", 5),
    ("Supporters of the ruling party attacked opposition offices in Harare.", "attacked",
     "Rioters (Zimbabwe)", "CVL", 5),
])
def test_partisans_are_armed_men_of_no_state(pipeline, text: str, word: str, source: str, sector: str,
                                              inter: int) -> None:
    event = _event(pipeline, text, word)
    assert (event.source[0].name, event.source[0].sector, event.source[0].inter) == (source, sector, inter)


# 4. the actor resolver: fleets of a named navy only; goods and civilian stores keep their readings
@pytest.mark.parametrize("phrase, name, sector", [
    ("the Russian Black Sea Fleet", "Military Forces of Russia", "MIL"),
    ("the Seventh Fleet", "Military Forces of the United States", "MIL"),
    ("the US Pacific Fleet", "Military Forces of the United States", "MIL"),
    ("a Chinese H-6 bomber", "Military Forces of China", "MIL"),
    ("a Russian ammo depot", "Military Forces of Russia", "MIL"),
    ("Russian saboteurs", "Military Forces of Russia", "MIL"),
    # controls
    ("the disputed Black Sea fleet", None, None),
    ("a Chinese fishing fleet", None, None),
    ("Russia's shadow fleet", None, None),
    ("Chinese batteries", None, None),
    ("a Russian oil depot", None, None),
    ("a Palestinian suicide bomber", "Unidentified Armed Group (Palestine)", "UAF"),
    ("an Iraqi roadside bomb", "Government of Iraq", "GOV"),
])
def test_resolver_fleets_and_stores(resolver, phrase: str, name: str | None, sector: str | None) -> None:
    actor = resolver.resolve(phrase, date=PUBLISHED, focus="UKR", where="UKR")
    assert (actor.name if actor else None, actor.sector if actor else None) == (name, sector)
