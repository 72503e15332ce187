"""Armed conflict read right (round conflict46): ground taken by driving an enemy out of it, threats vowed,
drone fire, a clash's other side, long group names, places named beside the actors, forces firing on
protesters, blockades by armed men, and the modes of killings. Sentences written for the test, with controls
that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="conflict46"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _sides(actors) -> set[tuple[str | None, str | None]]:
    return {(a.country, a.sector) for a in actors}


@pytest.mark.parametrize("text, source, target", [
    ("Somalia's president said government troops had driven al-Shabaab out of the town of Adan Yabaal.",
     ("SOM", "MIL"), ("SOM", "REB")),
    ("Government troops drove al-Shabaab out of the town of Adan Yabaal.", ("SOM", "MIL"), ("SOM", "REB")),
    ("Al-Shabaab fighters were driven out of the town by Somali troops.", ("SOM", "MIL"), ("SOM", "REB")),
    ("Ukrainian forces drove Russian troops out of the city of Kherson.", ("UKR", "MIL"), ("RUS", "MIL")),
    ("The army pushed the rebels out of the town after two days of fighting.", (None, "MIL"), (None, "REB")),
    ("Soldiers forced the jihadists out of their stronghold in the forest.", (None, "MIL"), (None, "REB")),
])
def test_an_enemy_driven_out_of_ground_is_ground_taken(pipeline, text, source, target) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert primary.acled["event_type"] == "Battles"
    assert source in _sides(primary.source)
    assert target in _sides(primary.target)


def test_a_state_driving_out_rebels_regains_territory(pipeline) -> None:
    primary = _primary(pipeline, "Government troops drove al-Shabaab out of the town of Adan Yabaal.")
    assert primary.acled["sub_event_type"] == "Government regains territory"


@pytest.mark.parametrize("text", [
    "The president was forced out of office after months of protests.",
    "Floods drove thousands of villagers out of their homes.",
    "He drove his car out of the city before dawn.",
    "The new tax pushed many businesses out of the capital.",
    "Rising prices drove customers out of the market.",
])
def test_no_ground_taken_without_an_enemy_put_off_ground(pipeline, text) -> None:
    assert not any(e.plover["type"] == "ASSAULT" for e in _events(pipeline, text))


@pytest.mark.parametrize("text, source, target", [
    ("Burkina Faso's junta leader Ibrahim Traore vowed to crush the jihadists within months.",
     ("BFA", "GOV"), ("BFA", "REB")),
    ("Burkina Faso's junta leader Ibrahim Traore vowed to wipe out the jihadists.",
     ("BFA", "GOV"), ("BFA", "REB")),
    ("The Nigerian president vowed to annihilate the bandits terrorising the north-west.",
     ("NGA", "GOV"), ("NGA", None)),
    ("The army vowed to crush the rebels before the rainy season.", (None, "MIL"), (None, "REB")),
])
def test_a_vow_to_crush_armed_foes_is_a_threat_of_force(pipeline, text, source, target) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("THREATEN", "violence")
    assert source in _sides(primary.source)
    assert any(a.country == target[0] and (target[1] is None or a.sector == target[1])
               for a in primary.target)


@pytest.mark.parametrize("text, plover", [
    ("Troops crushed the rebels near the border.", "ASSAULT"),
    ("The army said it had wiped out a militant cell in the mountains.", "ASSAULT"),
    ("The hackers wiped out the company's data.", "COERCE"),
    ("The army vowed to crush the rebellion.", "THREATEN"),
    ("The minister vowed to wipe out poverty by 2030.", None),
    ("The government vowed to eradicate corruption.", None),
    ("A flood wiped out the village's crops.", None),
])
def test_crushing_and_wiping_out_need_armed_foes(pipeline, text, plover) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"] if primary else None) == plover


@pytest.mark.parametrize("text, source, target", [
    ("The Colombian army said FARC dissidents had fired explosives from a drone at a military base in Cauca.",
     ("COL", "REB"), ("COL", "MIL")),
    ("Rebels fired explosives from a drone at an army post near the border.", (None, "REB"), (None, "MIL")),
    ("Militants fired two drones at a police station.", (None, "REB"), (None, "COP")),
])
def test_explosives_fired_from_a_drone_are_a_drone_strike(pipeline, text, source, target) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("ASSAULT", "drone")
    assert primary.acled["sub_event_type"] == "Air/drone strike"
    assert source in _sides(primary.source)
    assert target in _sides(primary.target)


@pytest.mark.parametrize("text, plover, mode", [
    ("Police fired tear gas at the protesters.", "ASSAULT", "crowd-control"),
    ("The company fired three managers last week.", None, None),
])
def test_other_firing_keeps_its_reading(pipeline, text, plover, mode) -> None:
    primary = _primary(pipeline, text)
    got = (primary.plover["type"], primary.plover.get("mode")) if primary else (None, None)
    assert got == (plover, mode)


@pytest.mark.parametrize("text, source, target", [
    ("Authorities in Niger said the army had not lost any soldiers in the clash with JNIM near Tillaberi.",
     ("NER", "MIL"), ("NER", "REB")),
    ("The army lost twelve soldiers in a clash with JNIM near Tillaberi.", ("NER", "MIL"), ("NER", "REB")),
    ("Nigerian troops lost five men in a battle with Boko Haram fighters.", ("NGA", "MIL"), ("NGA", "REB")),
    # controls: what the subject killed in the fight was the other side
    ("The army said it had killed ten militants in a clash with JNIM near Tillaberi.",
     ("NER", "MIL"), ("NER", "REB")),
    ("Eighteen soldiers were killed in a battle with militants near Tillaberi.",
     ("NER", "MIL"), ("NER", "REB")),
])
def test_losses_in_a_fight_are_the_subjects_own(pipeline, text, source, target) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert _sides(primary.source) == {source}
    assert _sides(primary.target) == {target}
    assert not primary.modality.negated


@pytest.mark.parametrize("text, sources", [
    ("Ethiopia's government and Fano leaders held secret talks in Bahir Dar, sources said.",
     {("ETH", "GOV"), ("ETH", "PRM")}),
    ("Mali's army and Africa Corps mercenaries killed 24 civilians near Kidal.",
     {("MLI", "MIL"), ("RUS", "UAF")}),
    ("Mali's army and Russian Africa Corps mercenaries killed 24 civilians in a drone strike on a wedding "
     "near Kidal, a rebel alliance said.", {("MLI", "MIL"), ("RUS", "UAF")}),
    ("Mali's army killed 24 civilians in a drone strike near Kidal.", {("MLI", "MIL")}),
    # controls
    # (mercenaries are hired fighters of their country, not its government: lead47)
    ("The Malian army and Russian mercenaries killed 24 civilians near Kidal.",
     {("MLI", "MIL"), ("RUS", "UAF")}),
])
def test_a_possessive_party_and_another_are_two_parties(pipeline, text, sources) -> None:
    primary = _primary(pipeline, text)
    parties = _sides(primary.source) | _sides(primary.target)
    assert sources <= parties
    assert ("MLI", "GOV") not in parties


@pytest.mark.parametrize("text, split", [
    ("Mali's army and Russian mercenaries killed 24 civilians.", True),
    ("Mali's oil and gas reserves were seized by the junta.", False),
    ("The country's army and navy chiefs met on Monday.", False),
])
def test_only_a_party_noun_with_its_own_second_party_is_split(nlp, text, split) -> None:
    from chronica.reparse import two_parties

    assert (two_parties(nlp(text)) > 0) is split


@pytest.mark.parametrize("text, plover, source", [
    ("The Israeli army killed 12 people in an air strike on Rafah.", "ASSAULT", ("ISR", "MIL")),
    ("Police arrested two men over the air strike.", "COERCE", (None, "COP")),
])
def test_strikes_controls(pipeline, text, plover, source) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    assert source in _sides(primary.source)


@pytest.mark.parametrize("text, source", [
    ("Troops from the Democratic Forces for the Liberation of Rwanda (FDLR) clashed with M23 near Goma.",
     "FDLR"),
    ("Fighters from the Democratic Forces for the Liberation of Rwanda clashed with M23 near Goma.", "FDLR"),
    ("The Tuareg-led Strategic Framework for the Defence of the People of Azawad said it had shot down a "
     "Malian army drone.", "CSP-DPA"),
    ("The Strategic Framework for the Defense of the People of Azawad (CSP-DPA) attacked an army camp near "
     "Kidal.", "CSP-DPA"),
    ("The CSP-DPA said its fighters had shot down a drone.", "CSP-DPA"),
])
def test_long_group_names_are_the_doers(pipeline, text, source) -> None:
    primary = _primary(pipeline, text)
    assert [a.name for a in primary.source] == [source]
    assert primary.source[0].sector == "REB"


@pytest.mark.parametrize("text, source", [
    ("Troops from Chad clashed with Boko Haram fighters near the lake.", ("TCD", "MIL")),
    ("Soldiers from the Malian army clashed with jihadists near Kidal.", ("MLI", "MIL")),
])
def test_troops_from_a_state_stay_its_forces(pipeline, text, source) -> None:
    assert source in _sides(_primary(pipeline, text).source)


@pytest.mark.parametrize("text, country", [
    ("Wagner mercenaries and Malian soldiers executed dozens of civilians in the village of Moura, Human "
     "Rights Watch said.", "MLI"),
    ("Malian troops executed dozens of civilians in Moura.", "MLI"),
    # controls: a village near the forces' country, and no forces named
    ("Turkish troops shelled Kurdish positions near Tal Abyad.", "SYR"),
    ("Police in Moura arrested two men on Tuesday.", "PRT"),
])
def test_a_far_namesake_yields_to_the_country_of_the_forces(pipeline, text, country) -> None:
    primary = _primary(pipeline, text)
    assert primary.location.country == country
    assert {a.country for a in primary.target} <= {country}


EXCESSIVE = "Excessive force against protesters"


@pytest.mark.parametrize("text, sub_event", [
    ("UN peacekeepers opened fire on protesters in Goma, killing five.", EXCESSIVE),
    ("French troops fired on demonstrators in Abidjan, killing two.", EXCESSIVE),
    ("Soldiers opened fire on protesters in Goma, killing five.", EXCESSIVE),
    # control: peacekeepers firing on rebels fight them
    ("UN peacekeepers opened fire on rebels near Beni, killing five.", "Armed clash"),
])
def test_foreign_forces_firing_on_protesters_is_excessive_force(pipeline, text, sub_event) -> None:
    assert _primary(pipeline, text).acled["sub_event_type"] == sub_event


@pytest.mark.parametrize("text, plover, mode", [
    ("Jihadists blockaded the town of Djibo, cutting off food supplies to tens of thousands of residents.",
     "COERCE", "restrict"),
    ("Al-Shabaab militants blockaded the town of Baidoa.", "COERCE", "restrict"),
    ("Rebels have blockaded the city for months.", "COERCE", "restrict"),
    # controls: a crowd's blockade is a protest
    ("Truck drivers blockaded the port to protest fuel prices.", "PROTEST", "obstruct"),
    ("Farmers blockaded the highway with tractors.", "PROTEST", "obstruct"),
])
def test_a_blockade_by_armed_men_is_a_restriction(pipeline, text, plover, mode) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == (plover, mode)


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Gunmen killed the mayor of a town in Guerrero state, the third local official murdered this month.",
     "killed", ("MEX", "UAF"), ("MEX", "GOV")),
    ("Gunmen shot dead a journalist in Sinaloa, the fifth reporter killed this year.",
     "shot dead", ("MEX", "UAF"), ("MEX", "JRN")),
    ("Suspected jihadists abducted a priest in northern Burkina Faso, the second cleric kidnapped this "
     "month.",
     "abducted", ("BFA", "REB"), ("BFA", "REL")),
    # control: a reporting verb after the comma stays the root
    ("Gunmen shot a journalist in Sinaloa, the police said.", "shot", ("MEX", "UAF"), ("MEX", "JRN")),
])
def test_an_apposition_participle_is_background(pipeline, text, trigger, source, target) -> None:
    events = _events(pipeline, text)
    primary = next(e for e in events if e.primary)
    assert primary.trigger.text == trigger
    assert _sides(primary.source) == {source}
    assert _sides(primary.target) == {target}
    assert all(source in _sides(e.source) for e in events if e.plover["type"] == "ASSAULT")


@pytest.mark.parametrize("text, plover, mode, target", [
    ("Police in Colombia said they had dismantled an ELN cell planning attacks in Bogota.",
     "COERCE", "arrest", ("COL", "REB")),
    ("Police dismantled a kidnapping ring in Lagos.", "COERCE", "arrest", None),
    # controls
    ("Soldiers dismantled a roadside bomb near the market.", "COERCE", "seize", None),
    ("Sappers deactivated three IEDs.", "COERCE", "seize", None),
])
def test_a_cell_dismantled_is_arrested(pipeline, text, plover, mode, target) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == (plover, mode)
    if target:
        assert target in _sides(primary.target)


@pytest.mark.parametrize("text, mode", [
    ("Houthi rebels seized the Galaxy Leader cargo ship and took its 25 crew members hostage.", "seize"),
    ("Pirates seized a fishing boat off Somalia.", "seize"),
    ("Iran seized a British-flagged tanker in the Strait of Hormuz.", "seize"),
    # control: a man seized by gunmen is abducted
    ("Gunmen seized a village chief in Zamfara.", "abduct"),
])
def test_a_ship_seized_is_no_arrest(pipeline, text, mode) -> None:
    seized = next(e for e in _events(pipeline, text) if e.trigger.text == "seized")
    assert seized.plover.get("mode") == mode
    assert seized.acled is None or seized.acled["sub_event_type"] != "Arrests"


def test_the_answer_with_fire_is_the_answerers(pipeline) -> None:
    text = "Hezbollah fired rockets at northern Israel, and the Israeli army responded with artillery fire."
    answer = next(e for e in _events(pipeline, text) if e.trigger.text == "fire")
    assert _sides(answer.source) == {("ISR", "MIL")}
    assert ("LBN", "REB") in _sides(answer.target)
    first = next(e for e in _events(pipeline, text) if e.trigger.text == "fired")
    assert _sides(first.source) == {("LBN", "REB")}
