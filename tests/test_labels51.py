"""State media's names for the other side (round labels51): Iranian, Hezbollah and Houthi media's "the Zionist
regime / entity / enemy" are Israel's state and "Zionist troops / warplanes / occupation forces" its military,
wherever they act (not a bare role that takes the victim's country); Pakistan's ISPR "khwarij" (members of
"Fitna al-Khawarij") are the TTP and Somalia's SONNA "Khawarij / Kharijites" al-Shabaab, only in a story set
there (a killing of them is a battle, not violence against civilians); Russian state media's "militants of
the Kiev regime" are Ukraine's forces (a state's regime owning fighters makes them its forces) and the
defence ministry's "Battlegroup Dnepr / Center / West" Russia's; Houthi media's "the aggression's warplanes"
in Yemen are the Saudi-led coalition's. "Zionist settlers", "anti-Zionist protesters", Zionist organisations,
the historical sect and "US aggression jets" keep their readings. Sentences written for the test, each group
with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str, published: str = "2024-09-10"):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="labels51", published=published))
                if e.trigger.text == word)


def _actors(actors) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.name, a.country, a.sector) for a in actors]


def _acled(event) -> tuple[str | None, str | None]:
    return (event.acled or {}).get("event_type"), (event.acled or {}).get("sub_event_type")


# 1. "Zionist" before a state or force noun: Israel's government or military, external where it acts abroad
@pytest.mark.parametrize("text, word, source", [
    ("The Zionist regime's army killed 22 Palestinians in an airstrike on a school in Deir al-Balah, "
     "Press TV said.", "airstrike", ("Military Forces of Israel", "ISR", "MIL")),
    ("Zionist troops detained 30 Palestinians in the West Bank city of Jenin.", "detained",
     ("Military Forces of Israel", "ISR", "MIL")),
    ("Zionist warplanes struck the outskirts of Baalbek, killing three people.", "struck",
     ("Military Forces of Israel", "ISR", "MIL")),
    ("The Zionist entity shelled the Lebanese town of Naqoura, Al-Mayadeen said.", "shelled",
     ("Government of Israel", "ISR", "GOV")),
    # variants
    ("Zionist soldiers shot dead a Palestinian teenager near Nablus, WAFA said.", "shot dead",
     ("Military Forces of Israel", "ISR", "MIL")),
    ("The Zionist enemy's drones struck a car in the southern Lebanese city of Tyre, Al-Manar said.",
     "drones struck", ("Military Forces of Israel", "ISR", "MIL")),
    ("Zionist occupation forces stormed the town of Qabatiya and arrested 15 Palestinians.", "arrested",
     ("Military Forces of Israel", "ISR", "MIL")),
    ("The Zionist regime assassinated Hamas political chief Ismail Haniyeh in Tehran, IRNA said.",
     "assassinated", ("Government of Israel", "ISR", "GOV")),
])
def test_zionist_state_and_forces_are_israel(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actors(_event(pipeline, text, word).source) == [source]


def test_zionist_regime_in_an_iranian_story(pipeline) -> None:
    text = ("TEHRAN (IRNA) - Iran's Foreign Ministry spokesman on Monday condemned the Zionist regime's "
            "attack on the Iranian embassy in Damascus. Seven IRGC advisers, including two senior "
            "commanders, were martyred in the attack, the spokesman said.")
    attack = _event(pipeline, text, "attack", "2024-04-02")
    assert [(a.country, a.inter) for a in attack.source] == [("ISR", 8)]
    condemned = _event(pipeline, text, "condemned", "2024-04-02")
    assert [a.country for a in condemned.target] == ["ISR"]
    assert [a.country for a in condemned.source] == ["IRN"]


@pytest.mark.parametrize("text, word, source", [
    # controls: Israel named, settlers, anti-Zionists, Zionist organisations and groups
    ("Israeli troops detained 30 Palestinians in the West Bank city of Jenin.", "detained",
     ("Military Forces of Israel", "ISR", "MIL")),
    ("Zionist settlers torched Palestinian cars in the village of Turmus Ayya.", "torched",
     ("Settlers (Israel)", "ISR", "SET")),
    ("Anti-Zionist protesters marched through central London on Saturday.", "marched",
     ("Protesters (United Kingdom)", "GBR", "CVL")),
    ("The Zionist Organization of America criticized the decision of the university.", "criticized",
     ("Members (United States)", "USA", None)),
    ("Zionist groups protested outside the consulate in New York.", "protested",
     ("Protesters (United States)", "USA", "CVL")),
])
def test_zionist_controls(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actors(_event(pipeline, text, word).source) == [source]


# 2. khwarij / Khawarij / Kharijites in Pakistan and Somalia: the TTP and al-Shabaab; a battle
@pytest.mark.parametrize("text, target, dead", [
    ("The army killed 8 khwarij, including a ringleader, in North Waziristan, the ISPR said.",
     ("TTP", "PAK", "REB"), 8),
    ("Security forces killed 11 khwarij belonging to Fitna al-Khawarij in Khyber district, the ISPR said.",
     ("TTP", "PAK", "REB"), 11),
    ("Somali forces killed dozens of Kharijites in Hiiraan region, the state news agency SONNA said.",
     ("al-Shabaab", "SOM", "REB"), None),
    ("MOGADISHU (SONNA) -- The Somali National Army killed 45 Khawarij in an operation in Middle Shabelle "
     "region.", ("al-Shabaab", "SOM", "REB"), 45),
    # variants
    ("Pakistani troops killed five khawarij in an intelligence-based operation in Bajaur district, the ISPR "
     "said.", ("TTP", "PAK", "REB"), 5),
    ("Somali troops killed 12 khawarij near Beledweyne, SONNA reported.", ("al-Shabaab", "SOM", "REB"), 12),
])
def test_khawarij_are_the_armed_group(pipeline, text: str, target: tuple, dead: int | None) -> None:
    event = _event(pipeline, text, "killed")
    assert _actors(event.target) == [target]
    assert _acled(event) == ("Battles", "Armed clash")
    if dead is not None:
        assert event.fatalities == dead


@pytest.mark.parametrize("text, word, source", [
    # controls: the groups' own names; the historical sect names no one
    ("Pakistani Taliban militants killed two policemen in an attack on a checkpost in Dera Ismail Khan.",
     "attack", ("TTP", "PAK", "REB")),
    ("Al-Shabaab militants attacked a base in Mudug region, the Somali government said.", "attacked",
     ("al-Shabaab", "SOM", "REB")),
    ("Somali militants attacked a police station in Gedo region.", "attacked", ("al-Shabaab", "SOM", "REB")),
])
def test_khawarij_controls(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actors(_event(pipeline, text, word).source) == [source]


def test_the_historical_sect_is_no_group(pipeline) -> None:
    text = "The Khawarij were an early Islamic sect that rebelled against Caliph Ali in the seventh century."
    events = list(pipeline.code(document_from_text(text, doc_id="labels51", published="2024-09-10")))
    assert not any(a.name in ("TTP", "al-Shabaab") for e in events for a in [*e.source, *e.target])


# 3. Russian state media: the Kiev regime's fighters are Ukraine's forces; the battlegroups Russia's
@pytest.mark.parametrize("text, word, source", [
    ("Militants of the Kiev regime fired cluster munitions at Donetsk, killing one civilian.", "fired",
     ("Military Forces of Ukraine", "UKR", "MIL")),
    ("The Kiev regime's militants fired on Yasinovataya.", "fired",
     ("Military Forces of Ukraine", "UKR", "MIL")),
    ("Units of the Battlegroup Dnepr destroyed a Ukrainian ammunition depot near Kherson.", "destroyed",
     ("Military Forces of Russia", "RUS", "MIL")),
    ("Units of the Battlegroup Center liberated the settlement of Novobakhmutovka.", "liberated",
     ("Military Forces of Russia", "RUS", "MIL")),
    # variants
    ("Kiev regime militants shelled the city of Gorlovka, killing two civilians.", "shelled",
     ("Military Forces of Ukraine", "UKR", "MIL")),
    ("Units of the Battlegroup West struck Ukrainian troops near Kupyansk.", "struck",
     ("Military Forces of Russia", "RUS", "MIL")),
])
def test_russian_state_media_names(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actors(_event(pipeline, text, word).source) == [source]


@pytest.mark.parametrize("text, word, source", [
    # controls: the state's forces named, the regime itself, rebels against a regime
    ("Ukrainian forces fired rockets at the centre of Lugansk, injuring five people.", "fired",
     ("Military Forces of Ukraine", "UKR", "MIL")),
    ("The Kiev regime shelled the city of Donetsk with cluster munitions on Sunday, killing three civilians",
     "shelled", ("Government of Ukraine", "UKR", "GOV")),
    ("Rebels opposed to the Syrian regime attacked a checkpoint in Daraa.", "attacked",
     ("Rebels (Syria)", "SYR", "REB")),
])
def test_russian_state_media_controls(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actors(_event(pipeline, text, word).source) == [source]


@pytest.mark.parametrize("text, word", [
    ("Ukrainian neo-Nazis fired rockets at the centre of Lugansk, injuring five people.", "fired"),
])
@pytest.mark.xfail(strict=True, reason="the parse splits 'neo-Nazis' into three subjects: only "
                                       "'Nazis' reaches the resolver")
def test_ukrainian_neo_nazis(pipeline, text: str, word: str) -> None:
    assert _actors(_event(pipeline, text, word).source) == [("Military Forces of Ukraine", "UKR", "MIL")]


# 4. Houthi media's "the aggression" with its warplanes in Yemen: the Saudi-led coalition
@pytest.mark.parametrize("text, word, source", [
    ("The aggression's warplanes struck the airport in Sanaa, killing two employees, Saba reported.",
     "struck", ("Saudi-led coalition", "YEM", "MIL")),
    # variant
    ("The aggression warplanes launched three raids on Saada province, Al-Masirah said.", "raids",
     ("Saudi-led coalition", "YEM", "MIL")),
    # controls: the coalition named; another state's "aggression jets" stay its own
    ("The Saudi-led coalition struck the airport in Sanaa, killing two employees, Saba reported.", "struck",
     ("Saudi-led coalition", "YEM", "MIL")),
    ("US aggression jets struck the port of Hodeidah, killing three people, Saba said.", "struck",
     ("Military Forces of the United States", "USA", "MIL")),
])
def test_the_aggression_in_yemen(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actors(_event(pipeline, text, word).source) == [source]
