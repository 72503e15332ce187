"""Actors (round actors62): a bare "the group" (or "it" said of one) that kills or attacks an armed force is
an unidentified armed group, not rioters, and still the group named before when there is one; the heads of a
general staff ("army chief of staff", "chief of defence staff") are the military, not a workforce; a person
named with no title whom violence hits is a civilian of the place; a passive with no by-agent takes no doer
from the sentence before when its victims are that doer's own state's forces; a capture of an unknown place
cued by "near <town>" or "the village of" is ground taken, no one abducted; the IRA's dissident splinters
are their own groups; local words for illegal miners, fuel thieves and bandits are gangs. Sentences written
for the test, with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="actors62", published="2023-09-12"))


def _by_trigger(pipeline, text: str, trigger: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == trigger)


def _acled(actors) -> set:
    return {a.acled_actor for a in actors}


# 1. "the group" as the doer of armed violence, no group named before: an unidentified armed group
@pytest.mark.parametrize("text, trigger, country", [
    ("The group ambushed an army patrol near Gao on Thursday, killing six soldiers.", "ambushed", "MLI"),
    ("The group stormed a police post in Tahoua overnight.", "stormed", "NER"),
    ("The group killed nine soldiers near Djibo on Sunday.", "killed", "BFA"),
    ("The group said it had attacked a gendarmerie post near Kaya.", "attacked", "BFA"),
    ("The cell shot dead two police officers in Maiduguri.", "shot dead", "NGA"),
])
def test_a_bare_group_doing_armed_violence_is_an_armed_group(pipeline, text, trigger, country) -> None:
    ev = _by_trigger(pipeline, text, trigger)
    assert _acled(ev.source) == {f"Unidentified Armed Group ({_NAMES[country]})"}
    assert all(a.inter == 3 and a.country == country for a in ev.source)
    assert ev.acled["event_type"] == "Battles"


_NAMES = {"MLI": "Mali", "NER": "Niger", "BFA": "Burkina Faso", "NGA": "Nigeria"}


@pytest.mark.parametrize("text, trigger, acled", [
    # the group named before stays the doer
    ("ISWAP fighters raided a village near Monguno. The group then ambushed an army patrol nearby.",
     "ambushed", "Islamic State (West Africa)"),
    # a group of people who beat a man is a mob
    ("A group of young men beat a suspected thief in Onitsha.", "beat", "Rioters (Nigeria)"),
])
def test_a_named_group_or_a_mob_is_kept(pipeline, text, trigger, acled) -> None:
    ev = _by_trigger(pipeline, text, trigger)
    assert any(acled in (a.acled_actor or "") for a in ev.source)


def test_a_group_after_a_crowd_is_no_armed_group(pipeline) -> None:
    text = ("Hundreds of protesters gathered outside the governor's office in Jos on Monday. The group later "
            "attacked police officers guarding the building.")
    ev = _by_trigger(pipeline, text, "attacked")
    assert all(a.inter != 3 for a in ev.source)


def test_a_group_that_marches_is_no_armed_group(pipeline) -> None:
    ev = _by_trigger(pipeline, "The group marched to parliament in Nairobi on Tuesday.", "marched")
    assert all(a.inter != 3 for a in ev.source)


# 2. the heads of a general staff are the military, not a labour group
@pytest.mark.parametrize("text, trigger, country", [
    ("The army chief of staff met the defence minister in Abuja on Monday.", "met", "NGA"),
    ("Ghana's chief of defence staff visited wounded soldiers in Tamale.", "visited", "GHA"),
    ("Azerbaijan's chief of the general staff accused Armenia of shelling border villages.", "accused",
     "AZE"),
    ("The chief of naval staff condemned the attack on the ship off Lagos.", "condemned", "NGA"),
    ("Kenya's chief of defence forces met the chief of the general staff in Nairobi.", "met", "KEN"),
])
def test_chiefs_of_staff_are_the_military(pipeline, text, trigger, country) -> None:
    ev = _by_trigger(pipeline, text, trigger)
    assert ev.source and all(a.sector == "MIL" and a.country == country for a in ev.source)


@pytest.mark.parametrize("text, trigger, sector", [
    ("Hospital staff went on strike in Kisumu over unpaid salaries.", "went on strike", "HLH"),
    ("The union's staff protested outside the ministry in Harare.", "protested", "LAB"),
])
def test_other_staff_stay_workers(pipeline, text, trigger, sector) -> None:
    ev = _by_trigger(pipeline, text, trigger)
    assert ev.source and all(a.sector == sector for a in ev.source)


# 3. a person named with no title whom violence hits: a civilian of the place, the name kept
@pytest.mark.parametrize("text, trigger, country, name", [
    ("Gunmen shot dead Ricardo Salinas Mora in Uruapan on Saturday.", "shot dead", "MEX",
     "Ricardo Salinas Mora"),
    ("Suspected bandits abducted Musa Bello in Gusau on Sunday.", "abducted", "NGA", "Musa Bello"),
    ("Hernan Quintero was shot dead in Buenaventura on Friday.", "shot dead", "COL", "Hernan Quintero"),
])
def test_a_named_victim_is_a_civilian_of_the_place(pipeline, text, trigger, country, name) -> None:
    ev = _by_trigger(pipeline, text, trigger)
    victim = next(a for a in ev.target if name in (a.name or ""))
    assert victim.country == country and victim.sector == "CVL" and victim.inter == 7
    assert victim.text == name  # not "dead Ricardo ..."
    assert ev.acled["sub_event_type"] == "Attack" if trigger != "abducted" else True


@pytest.mark.parametrize("text, trigger, sector", [
    # a title or an apposition says who the victim is
    ("Gunmen shot dead police inspector Ricardo Salinas in Uruapan on Saturday.", "shot dead", "COP"),
    ("Gunmen killed Hernan Quintero, a local councillor, in Buenaventura.", "killed", "GOV"),
])
def test_a_victim_with_a_title_keeps_it(pipeline, text, trigger, sector) -> None:
    ev = _by_trigger(pipeline, text, trigger)
    assert ev.target and all(a.sector == sector for a in ev.target)


def test_a_named_person_who_meets_is_no_civilian(pipeline) -> None:
    ev = _by_trigger(pipeline, "Ricardo Salinas met Hernan Quintero in Bogota.", "met")
    assert all(a.sector != "CVL" for a in ev.target)


# 4. a passive with no by-agent: no doer borrowed from the sentence before when its victims are that
# doer's own forces
@pytest.mark.parametrize("text, trigger", [
    ("Police detained four men in Herat on Monday. Three soldiers were killed in Farah on Tuesday.",
     "killed"),
    ("Soldiers searched houses in Baidoa. Two soldiers were killed in an explosion nearby.", "explosion"),
])
def test_own_forces_killed_take_no_doer_from_before(pipeline, text, trigger) -> None:
    ev = _by_trigger(pipeline, text, trigger)
    assert all(a.inter != 1 for a in ev.source)


def test_the_doer_before_still_fires_on_others(pipeline) -> None:
    text = "Police officers went to a village near Kisii to arrest a suspect. Two robbers were shot dead."
    ev = next(e for e in _events(pipeline, text) if e.plover["type"] == "ASSAULT")
    assert {a.sector for a in ev.source} == {"COP"}


# 5. an unknown place taken, told by "near <town>" or "the village of": ground, no one abducted
@pytest.mark.parametrize("text, trigger", [
    ("Rebels captured Kalembe near Goma on Saturday.", "captured"),
    ("Militiamen captured Kalembe, a village near Bunia, on Saturday.", "captured"),
    ("Rebels seized the village of Kalembe in Masisi territory.", "seized"),
])
def test_an_unknown_place_captured_is_territory(pipeline, text, trigger) -> None:
    ev = _by_trigger(pipeline, text, trigger)
    assert ev.acled["sub_event_type"] == "Non-state actor overtakes territory"
    assert not any("Kalembe" in (a.name or "") for a in ev.target)


@pytest.mark.parametrize("text, trigger", [
    ("Rebels captured a soldier near Goma on Saturday.", "captured"),
    ("Soldiers captured Hernan Quintero near Tumaco.", "captured"),
    ("Hernan Quintero fled into the hills. Soldiers captured Quintero near Tumaco.", "captured"),
])
def test_a_person_captured_is_still_taken(pipeline, text, trigger) -> None:
    ev = _by_trigger(pipeline, text, trigger)
    assert "territory" not in (ev.acled or {}).get("sub_event_type", "")


# 6. the IRA's dissident splinters are their own groups
@pytest.mark.parametrize("text, trigger, name", [
    ("The New IRA shot a man in the legs in Derry.", "shot", "New IRA"),
    ("Continuity IRA gunmen fired at a police patrol in Lurgan.", "fired", "Continuity IRA"),
    ("The Real IRA planted a bomb outside a police station in Newry.", "planted", "Real IRA"),
    ("The Provisional IRA bombed a barracks in Armagh.", "bombed", "IRA"),
])
def test_dissident_republicans_are_their_own_groups(pipeline, text, trigger, name) -> None:
    ev = _by_trigger(pipeline, text, trigger)
    assert {a.name for a in ev.source} == {name}


# 7. former fighters are civilians, dissidents an armed group
@pytest.mark.parametrize("text, trigger, sector", [
    ("Gunmen killed two ex-FARC combatants in Tumaco.", "killed", "CVL"),
    ("FARC dissidents ambushed an army patrol in Guaviare.", "ambushed", "REB"),
])
def test_former_fighters_and_dissidents(pipeline, text, trigger, sector) -> None:
    ev = _by_trigger(pipeline, text, trigger)
    side = ev.target if sector == "CVL" else ev.source
    assert side and all(a.sector == sector for a in side)


# 8. the news's local words for illegal miners, fuel thieves and bandits are gangs
@pytest.mark.parametrize("text, trigger, country", [
    ("Garimpeiros shot at a Yanomami community in Roraima.", "shot", "BRA"),
    ("Zama zamas attacked security guards at a mine near Krugersdorp.", "attacked", "ZAF"),
    ("Huachicoleros shot dead a soldier in Hidalgo.", "shot dead", "MEX"),
    ("Dacoits looted a bus near Bahawalpur.", "looted", "PAK"),
])
def test_local_words_for_criminals_are_gangs(pipeline, text, trigger, country) -> None:
    ev = _by_trigger(pipeline, text, trigger)
    assert ev.source and all(a.sector == "CRM" and a.country == country for a in ev.source)


@pytest.mark.parametrize("text, trigger", [
    ("Keke riders protested in Onitsha over new levies.", "protested"),
    ("Matatu drivers went on strike in Nairobi.", "went on strike"),
])
def test_local_transport_workers_are_workers(pipeline, text, trigger) -> None:
    ev = _by_trigger(pipeline, text, trigger)
    assert ev.source and all(a.sector == "LAB" for a in ev.source)
