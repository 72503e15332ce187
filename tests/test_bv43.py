"""Gang violence and attacks on the police (round bv43, tests/data/acled_battles_audit_j.yaml): a dateline's
"in City, Region, a man was shot" gives the verb its subject back; people found dead, or found shot dead,
count their dead; victims the report ties to the drug trade or a gang make a killing by gunmen an armed
clash, and gang members named as suspected are no suspected wrongdoers to gunmen. Sentences written for the
test, with controls that must not change."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str):
    return next((e for e in pipeline.code(document_from_text(text, doc_id="bv43")) if e.primary), None)


def _type(pipeline, text: str) -> str | None:
    primary = _primary(pipeline, text)
    return (primary.acled or {}).get("event_type") if primary is not None else None


@pytest.mark.parametrize("text, sector", [
    ("On 3 June 2023, in Leon, Guanajuato, a municipal police officer was shot dead by armed men.", "COP"),
    ("On 3 June 2023, in Belo Horizonte, Minas Gerais, a street vendor was shot dead by armed men.", "BUS"),
    # control: the parse already right
    ("On 3 June 2023, a municipal police officer was shot dead by armed men in Leon.", "COP"),
])
def test_a_datelines_subject_is_the_victim(pipeline, text: str, sector: str) -> None:
    primary = _primary(pipeline, text)
    assert [a.sector for a in primary.target] == [sector]
    assert primary.fatalities == 1


def test_a_named_person_beside_a_place_stays_an_apposition(pipeline) -> None:
    """Control: "Jose Silva, a teacher, was shot" names the victim; the mend takes no person for a place."""
    from chronica.nlp import load
    from chronica.reparse import placed_subjects

    doc = load()("On 3 June 2023, in Recife, Jose Silva, a teacher, was shot dead by gunmen.")
    assert placed_subjects(doc) == 0


@pytest.mark.parametrize("text, dead", [
    ("A man was found dead with gunshot wounds near Rosario on Sunday.", 1),
    ("A woman was found shot dead in her car in Cali on Monday.", 1),
    ("Two men were found shot dead in a car outside Campo Grande.", 2),
    # controls: alive, and already counted
    ("The kidnapped engineer was found alive in a forest near Warri.", None),
    ("Two students were found dead with gunshot wounds in Tegucigalpa.", 2),
])
def test_found_dead_counts_the_dead(pipeline, text: str, dead: int | None) -> None:
    primary = _primary(pipeline, text)
    assert (primary.fatalities if primary is not None else None) == dead


@pytest.mark.parametrize("text, wanted", [
    ("Gunmen shot dead a man in Caucaia on Sunday. The victim was a drug dealer in the area, police said.",
     "Battles"),
    ("Gunmen shot dead a man in Natal on Sunday. He had been arrested twice for drug trafficking.",
     "Battles"),
    ("Gunmen shot dead a man in Natal on Sunday. He was known to the police for drug dealing.", "Battles"),
    ("Gunmen killed two men in Natal. Both victims were members of a criminal faction, police said.",
     "Battles"),
    ("Gunmen shot dead a reputed gang leader in Spanish Town on Sunday.", "Battles"),
    # controls: a record alone, a motive alone, a tie denied, the gang the doers, a crowd's suspects
    ("Gunmen shot dead a man in Natal on Sunday. The victim had a criminal record.",
     "Violence against civilians"),
    ("Gunmen shot dead a woman in Salvador. Police believe the crime was related to a dispute between drug "
     "traffickers.", "Violence against civilians"),
    ("Gunmen shot dead a dock worker in Rosario. His family said he had no ties to the gangs and was never a "
     "drug dealer.", "Violence against civilians"),
    ("Members of a drug gang shot dead a shopkeeper who refused to pay them in Fortaleza.",
     "Violence against civilians"),
    ("A mob beat a suspected drug dealer to death in Lagos on Monday.", "Riots"),
])
def test_victims_tied_to_gangs_make_a_clash(pipeline, text: str, wanted: str) -> None:
    assert _type(pipeline, text) == wanted


# Round bv43b: the gap rows of audit J that general mends close.

def test_men_travelling_who_shot_are_the_doers(pipeline) -> None:
    primary = _primary(pipeline, "A taxi driver was shot and killed by men travelling in a car in Spanish "
                                 "Town on Sunday.")
    assert [a.text for a in primary.source] == ["men"]
    assert [a.text for a in primary.target] == ["A taxi driver"]
    assert primary.fatalities == 1


def test_a_passing_bus_still_sets_a_mine_off(pipeline) -> None:
    """Control: the one passing is hit when the verb is one of setting a device off."""
    text = "An IS landmine was detonated by a passing bus near Deir ez-Zor."
    events = pipeline.code(document_from_text(text, doc_id="bv43"))
    assert any(a.text == "a passing bus" for e in events for a in e.target)


@pytest.mark.parametrize("text, dead", [
    ("A man police described as a gang leader was shot dead by gunmen in Manaus on Friday.", 1),
    ("Gunmen shot dead a man police said was a drug dealer in Natal on Tuesday.", 1),
])
def test_a_relative_clause_with_no_who_keeps_its_victim(pipeline, text: str, dead: int) -> None:
    primary = _primary(pipeline, text)
    assert [a.text.lower() for a in primary.target] == ["a man"]
    assert primary.fatalities == dead
    assert (primary.acled or {}).get("event_type") == "Battles"


@pytest.mark.parametrize("text", [
    "Police said the suspects were arrested in Natal.",
    "The border police said they had arrested two smugglers.",
    "Police described the attack as an act of terrorism.",
])
def test_speakers_with_their_own_clause_are_left_alone(text: str) -> None:
    from chronica.nlp import load
    from chronica.reparse import unmarked_relatives

    assert unmarked_relatives(load()(text)) == 0


def test_men_linked_to_a_gang_found_shot_dead(pipeline) -> None:
    primary = _primary(pipeline, "Two men linked to a drug gang were found shot dead in a car on the "
                                 "outskirts of Campo Grande.")
    assert primary.fatalities == 2
    assert (primary.acled or {}).get("event_type") == "Battles"


def test_a_participle_before_its_passive_verb_stays_a_participle() -> None:
    """Control: "soldiers wounded in the attack were flown": the parse is right, nothing is mended."""
    from chronica.nlp import load
    from chronica.reparse import participle_subjects

    assert participle_subjects(load()("Three soldiers wounded in the attack were flown to Bamako.")) == 0


def test_bodies_of_men_identified_as_traffickers(pipeline) -> None:
    primary = _primary(pipeline, "The bodies of two men identified by police as drug traffickers were found "
                                 "with gunshot wounds in a field near Cucuta, Colombia.")
    assert primary is not None and primary.fatalities == 2
    assert (primary.acled or {}).get("event_type") == "Battles"


@pytest.mark.parametrize("text, wanted", [
    ("Gang members shot dead two rivals from the Barrio 18 gang in San Pedro Sula, police said.", "Battles"),
    ("Gunmen killed the public security director of Celaya on Monday.", "Battles"),
    # control: a man described by his trade
    ("Gunmen shot dead a man police described as a shopkeeper in Natal on Tuesday.",
     "Violence against civilians"),
])
def test_rivals_police_chiefs_and_a_trade(pipeline, text: str, wanted: str) -> None:
    assert _type(pipeline, text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Two men linked to the Primeiro Comando da Capital were found shot dead in a car in Campo Grande.",
     "Battles"),
    # control: ties to a party are no ties to an armed group
    ("Two men linked to the ruling party were shot dead in Campo Grande.", "Violence against civilians"),
])
def test_people_tied_to_a_named_armed_group(pipeline, text: str, wanted: str) -> None:
    assert _type(pipeline, text) == wanted


# Round bv43c: sides that "engaged in" a fight, heavy guns fired from afar.

def test_clans_that_engaged_in_clashes_fought_each_other(pipeline) -> None:
    primary = _primary(pipeline, "Two rival clans engaged in clashes in Mamasapano on Tuesday following the "
                                 "killing of a man from one of the warring clans.")
    assert (primary.acled or {}).get("event_type") == "Battles"
    assert [a.text for a in primary.source] == ["Two rival clans"]


@pytest.mark.parametrize("text, wanted", [
    ("Houthi forces fired heavy machine guns at residential neighbourhoods in Hays on Monday.",
     "Explosions/Remote violence"),
    ("Government forces fired recoilless rifles at Ad Dahfash village in Al Durayhimi on Tuesday.",
     "Explosions/Remote violence"),
    # controls: machine guns alone are direct fire; heavy guns in a fight or with small arms are the fight
    ("Gunmen fired machine guns at a wedding party in Taiz, killing four guests.",
     "Violence against civilians"),
    ("Troops and rebels exchanged fire with heavy machine guns near Marawi.", "Battles"),
    ("Rebels fired heavy machine guns and small arms at army positions near Horlivka.", "Battles"),
])
def test_heavy_guns_fired_from_afar(pipeline, text: str, wanted: str) -> None:
    assert _type(pipeline, text) == wanted


# Round bv43d: a victim tied to a gang is the fight's other armed side, not a civilian.

def test_a_gang_tied_victim_is_the_other_armed_side(pipeline) -> None:
    primary = _primary(pipeline, "Gunmen shot dead a man in Caucaia on Sunday. The victim was a drug dealer "
                                 "in the area, police said.")
    assert (primary.acled or {}).get("event_type") == "Battles"
    assert [(a.inter, a.name) for a in primary.target] == [(3, "Unidentified Armed Group (Brazil)")]


def test_a_civilian_victim_stays_a_civilian(pipeline) -> None:
    """Control: no tie told, an attack on a civilian."""
    primary = _primary(pipeline, "Gunmen shot dead a man in Caucaia on Sunday.")
    assert [a.inter for a in primary.target] == [7]


def test_gang_members_named_by_their_gang_are_the_doers(pipeline) -> None:
    """"Gang members of the G9 alliance killed five residents": the gang's words are the doers', not a tie of
    the victims to a gang."""
    primary = _primary(pipeline, "Gang members of the G9 alliance killed five residents of Cite Soleil, in "
                                 "Port-au-Prince, on Tuesday.")
    assert (primary.acled or {}).get("event_type") == "Violence against civilians"
    assert [a.inter for a in primary.target] == [7]


# Round bv43e: what someone was made ("taken hostage") is no doer.

@pytest.mark.parametrize("taken", ["taken hostage", "taken as a hostage"])
def test_a_hostage_taken_is_no_doer(pipeline, taken: str) -> None:
    primary = _primary(pipeline, f"Three soldiers were killed, one was wounded, and one was {taken} "
                                 "following an attack by Taliban militants on a military base in Kunduz.")
    assert (primary.acled or {}).get("event_type") == "Battles"
    assert [a.text for a in primary.source] == ["Taliban militants"]


# Round bv43f: a camp's people set on by others than the state are victims of an attack.

@pytest.mark.parametrize("text, wanted, inter", [
    ("Supporters of the opposition party were assaulted by unknown people in Mulanje on Saturday.",
     "Violence against civilians", 7),
    # control: the state's force on a camp's crowd disperses it
    ("Police fired tear gas at opposition supporters in Harare.", "Protests", 6),
])
def test_a_camps_people_set_on(pipeline, text: str, wanted: str, inter: int) -> None:
    primary = _primary(pipeline, text)
    assert (primary.acled or {}).get("event_type") == wanted
    assert [a.inter for a in primary.target] == [inter]


def test_youths_passing_who_set_a_bus_alight_are_the_doers(pipeline) -> None:
    """"set alight by youths passing": the passers did it; only "set off" sets a device off (bv43g)."""
    primary = _primary(pipeline, "A bus was set alight by youths passing through the market in Kano.")
    assert [a.text for a in primary.source] == ["youths"]
