"""Sides of violent and state acts, second round (round roles248): a crowd acting in "the Iranian capital" is
of Iran, not of the state that tells of it; attackers repelled by a named force fight that force; "the group"
a group's spokesman speaks of is that group; a state's measure over a place abroad bears on that place's
people; an envoy withdrawn from a capital was not recalled by its host; works hit in a named region are its
country's, and drones a state launched are its forces'; a region attacked with its victims counted is where
they were hit. Sentences written for the test, with controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return pipeline.code(document_from_text(text, doc_id="roles248"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _by_trigger(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _sides(actors) -> set:
    return {(a.country, a.sector) for a in actors}


# -- 1. a crowd in "the Iranian capital" is of Iran ----------------------------------------------------------
@pytest.mark.parametrize("text, crowd, embassy", [
    ("Saudi Arabia said protesters stormed its embassy in the Iranian capital.", "IRN", "SAU"),
    ("Bahrain said demonstrators attacked its embassy in the Iraqi capital on Friday.", "IRQ", "BHR"),
    ("The French foreign ministry said protesters set fire to its embassy in the Nigerien capital.", "NER",
     "FRA"),
    ("Protesters stormed the Saudi embassy in the Iranian capital.", "IRN", "SAU"),
    # controls: the city named, or the teller's own capital
    ("Protesters stormed the Saudi embassy in Tehran.", "IRN", "SAU"),
])
def test_a_crowd_in_a_capital_named_by_its_demonym_is_of_that_country(pipeline, text: str, crowd: str,
                                                                       embassy: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "PROTEST"
    assert _sides(primary.source) == {(crowd, "CVL")}
    assert _sides(primary.target) == {(embassy, "GOV")}


@pytest.mark.parametrize("text, crowd", [
    ("Saudi Arabia said protesters rallied in Riyadh.", "SAU"),
    ("Protesters marched in the Saudi capital on Friday.", "SAU"),
])
def test_a_crowd_in_its_own_capital_stays_of_it(pipeline, text: str, crowd: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "PROTEST"
    assert _sides(primary.source) == {(crowd, "CVL")}


# -- 2. plural attackers repelled by a named force are not both sides ----------------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("The Libyan National Army repelled an attack by militias near Sirte, its spokesman said.",
     ("LBY", "PRM"), ("LBY", "MIL")),
    ("The LNA repelled an attack by militias near Sirte.", ("LBY", "PRM"), ("LBY", "MIL")),
    ("Haftar's forces repulsed an assault by rival militias on the outskirts of Tripoli.", ("LBY", "PRM"),
     ("LBY", "MIL")),
    ("Somali troops repelled an attack by clan militias near Beledweyne, a commander said.", ("SOM", "PRM"),
     ("SOM", "MIL")),
    # controls: the other side named otherwise
    ("The Libyan National Army clashed with militias near Sirte.", ("LBY", "MIL"), ("LBY", "PRM")),
    ("Militias repelled an attack by the Libyan National Army near Sirte.", ("LBY", "MIL"), ("LBY", "PRM")),
])
def test_attackers_repelled_by_a_force_fight_that_force(pipeline, text: str, source: tuple,
                                                         target: tuple) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert _sides(primary.source) == {source}
    assert _sides(primary.target) == {target}


def test_a_plural_collective_with_no_other_side_still_fights_itself(pipeline) -> None:
    primary = _primary(pipeline, "Rival militias clashed near Sirte.")
    assert _sides(primary.source) == _sides(primary.target) == {("LBY", "PRM")}


# -- 3. "the group" in what a group's spokesman says is that group -------------------------------------------
@pytest.mark.parametrize("text, doer, target", [
    ("Houthi spokesman Yahya Saree said the group had targeted a British oil tanker in the Gulf of Aden.",
     ("YEM", "REB"), ("GBR", "BUS")),
    ("A Hezbollah spokesman said the group had fired rockets at an Israeli base.", ("LBN", "REB"),
     ("ISR", "MIL")),
    ("Al-Shabaab spokesman Ali Dhere said the group had attacked a military base near Mogadishu.",
     ("SOM", "REB"), ("SOM", "MIL")),
    # controls: the group named, or a pronoun
    ("The Houthis targeted a British oil tanker in the Gulf of Aden.", ("YEM", "REB"), ("GBR", "BUS")),
    ("Houthi spokesman Yahya Saree said it had targeted a British oil tanker in the Gulf of Aden.",
     ("YEM", "REB"), ("GBR", "BUS")),
])
def test_the_group_a_spokesman_speaks_of_is_his(pipeline, text: str, doer: tuple, target: tuple) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert _sides(primary.source) == {doer}
    assert _sides(primary.target) == {target}
    assert primary.acled["sub_event_type"] != "Mob violence"


def test_the_group_named_by_a_group_spokesman_is_the_group_not_the_man(pipeline) -> None:
    primary = _primary(pipeline, "Houthi spokesman Yahya Saree said the group had targeted a British oil "
                       "tanker in the Gulf of Aden.")
    assert [a.name for a in primary.source] == ["Houthis"]


def test_the_group_a_state_speaks_of_is_not_that_state(pipeline) -> None:
    primary = _primary(pipeline, "The Pentagon spokesman said the group had targeted a British oil tanker "
                       "in the Gulf of Aden.")
    assert ("USA", "GOV") not in _sides(primary.source)
    assert ("YEM", "REB") not in _sides(primary.source)


# -- 4. a measure a state takes over a place abroad bears on that place's people -----------------------------
@pytest.mark.parametrize("text, people", [
    ("Russia closed the humanitarian corridor out of Mariupol on Monday.", "UKR"),
    ("Turkey imposed a curfew in the Syrian town of Afrin.", "SYR"),
    ("Russian forces imposed a curfew in the occupied city of Kherson.", "UKR"),
    # controls: a measure at home, or with no place, bears on the state's own people
    ("Nepal lifted a curfew in Kathmandu.", "NPL"),
    ("Nigeria imposed a 24-hour curfew in Kaduna after the clashes.", "NGA"),
    ("Russia imposed a curfew in Belgorod after the shelling.", "RUS"),
    ("Pakistan imposed martial law.", "PAK"),
])
def test_a_measure_over_a_place_bears_on_its_people(pipeline, text: str, people: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] in ("COERCE", "CONCEDE")
    assert _sides(primary.target) == {(people, "CVL")}


# -- 5. an envoy withdrawn from where they served was not recalled by that state -----------------------------
@pytest.mark.parametrize("text, host", [
    ("The ambassador was withdrawn from Paris.", "FRA"),
    ("The ambassador was recalled from Paris.", "FRA"),
    ("The envoy was withdrawn from Tehran after the attack.", "IRN"),
])
def test_an_envoy_withdrawn_from_a_capital_is_not_withdrawn_by_its_host(pipeline, text: str,
                                                                        host: str) -> None:
    primary = _by_trigger(pipeline, text, "withdrawn" if "withdrawn" in text else "recalled")
    assert primary.plover["type"] == "SANCTION"
    assert (host, "GOV") in _sides(primary.target)
    assert host not in {a.country for a in primary.source}


@pytest.mark.parametrize("text, doer, target", [
    # controls: the envoy's own state named, or the envoy brought home
    ("Israel's ambassador to Turkey was recalled.", "ISR", "TUR"),
    ("Italy withdrew its ambassador from Paris.", "ITA", "FRA"),
    ("The ambassador was recalled to Paris for consultations.", "FRA", None),
])
def test_an_envoy_recalled_by_a_state_named_or_home(pipeline, text: str, doer: str,
                                                    target: str | None) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "SANCTION"
    assert {a.country for a in primary.source} == {doer}
    assert target is None or target in {a.country for a in primary.target}


# -- 6. works hit in a named region are its country's; a state's drones are its forces' ----------------------
LEAKED = ("Ukraine shot down 30 of 35 drones launched by Russia overnight, but one struck an energy facility "
          "in the Kharkiv region.")


@pytest.mark.parametrize("text, hit", [
    (LEAKED, "UKR"),
    ("A Russian drone struck an energy facility in the Kharkiv region.", "UKR"),
    ("Russian missiles struck a power plant in the Kharkiv region.", "UKR"),
    ("Russian drones attacked energy facilities in the Kharkiv region overnight.", "UKR"),
    ("Ukrainian drones hit an oil refinery in the Krasnodar region.", "RUS"),
])
def test_works_hit_in_a_named_region_are_its_countrys(pipeline, text: str, hit: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert {a.country for a in primary.target} == {hit}


def test_a_state_s_drones_shot_down_are_its_forces(pipeline) -> None:
    shot = _by_trigger(pipeline, LEAKED, "shot")
    assert _sides(shot.target) == {("RUS", "MIL")}
    assert _sides(_by_trigger(pipeline, LEAKED, "struck").source) == {("RUS", "MIL")}
    launched = _by_trigger(pipeline, LEAKED, "launched")
    assert not launched.target  # its own drones are not its target
    assert _sides(_primary(pipeline, "Ukraine shot down a Russian drone.").target) == {("RUS", "MIL")}
    assert _sides(_primary(pipeline, "Ukraine shot down 30 drones launched by Russia overnight.").target) == {
        ("RUS", "MIL")}


@pytest.mark.parametrize("text, target", [
    # controls: an owner named for the works, or the men who hold a post
    ("Israeli jets struck a Hezbollah facility in southern Lebanon.", {("LBN", "REB")}),
    ("Armed men attacked a checkpoint manned by soldiers on the outskirts of Cucuta in Colombia on Friday, "
     "killing a soldier and two civilians, the army said.", {("COL", "MIL"), ("COL", "CVL")}),
])
def test_works_with_an_owner_or_crew_keep_them(pipeline, text: str, target: set) -> None:
    assert _sides(_primary(pipeline, text).target) == target


# -- 7. a part of a country attacked, with the victims counted, is where they were hit -----------------------
@pytest.mark.parametrize("text, victims", [
    ("Hamas-led militants attacked southern Israel on Oct. 7, 2023, killing some 1,200 people.",
     ("ISR", "CVL")),
    ("Russian forces shelled southern Ukraine, killing 12 civilians.", ("UKR", "CVL")),
    ("Gunmen attacked central Mali, killing 30 villagers.", ("MLI", "CVL")),
    ("Jihadists attacked northern Burkina Faso, killing 50 soldiers.", ("BFA", "MIL")),
])
def test_a_region_hit_with_victims_counted_targets_the_victims(pipeline, text: str, victims: tuple) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert _sides(primary.target) == {victims}


@pytest.mark.parametrize("text, target", [
    # controls: a country attacked as a whole, or a region with no victims counted, keeps its state
    ("Russian troops attacked Ukraine, killing hundreds of people.", {("UKR", "GOV"), ("UKR", "CVL")}),
    ("Iraq invaded Kuwait in 1990.", {("KWT", "GOV")}),
    ("Hamas militants attacked southern Israel.", {("ISR", "GOV")}),
])
def test_a_country_attacked_whole_keeps_its_state(pipeline, text: str, target: set) -> None:
    assert _sides(_primary(pipeline, text).target) == target
