"""Leftovers (round leftovers62): ground entered by armed men with no fight told is ground taken ("M23 rebels
entered Goma"), and their advance a troop movement; a town attacked in the passive ("Pokrovsk was attacked by
Russian forces") is the place hit, in its own country, not a person of the attackers'; a claim for a bomb told
by the noun alone is the bombing, the claimant its doer; a civilian chief of staff (the White House's, a
president's) is the government, not the military; "did not rule out military action against X" and "teach X a
lesson" are threats, helicopters sent to a state are military aid, "imposed President's rule" a restriction;
"Serb forces" in a Croatian or Bosnian story before 1996 are the Serbs' rebel army there. Sentences written
for the test, with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, published: str = "2024-06-01"):
    return pipeline.code(document_from_text(text, doc_id="leftovers62", published=published))


def _by_trigger(pipeline, text: str, trigger: str, published: str = "2024-06-01"):
    return next(e for e in _events(pipeline, text, published) if e.trigger.text == trigger)


def _plover(pipeline, text: str, published: str = "2024-06-01") -> set[str]:
    return {e.plover["type"] for e in _events(pipeline, text, published)}


# 1. armed men entering a named town or a word for ground: ground taken
@pytest.mark.parametrize("text, trigger, country, acled", [
    ("M23 rebels entered Goma on Monday.", "entered", "COD", "Non-state actor overtakes territory"),
    ("Jihadists entered the town of Djibo on Sunday.", "entered", "BFA",
     "Non-state actor overtakes territory"),
    ("Russian forces entered Pokrovsk on Tuesday.", "entered", "UKR", None),
    ("Insurgents entered the town of Palma in Cabo Delgado.", "entered", "MOZ",
     "Non-state actor overtakes territory"),
])
def test_armed_men_entering_a_town_take_ground(pipeline, text, trigger, country, acled) -> None:
    ev = _by_trigger(pipeline, text, trigger)
    assert ev.plover["type"] == "ASSAULT" and ev.cameo["code"] == "192"
    assert ev.location is not None and ev.location.country == country
    if acled:
        assert ev.acled["sub_event_type"] == acled


@pytest.mark.parametrize("text", [
    "The opposition entered talks with the government.",
    "The senator entered the race for governor on Monday.",
    "Tourists entered the city through the north gate.",
    "The party entered Parliament for the first time.",
    "Soldiers entered the building and searched it.",
    "The bill entered into force in March.",
    # armed men who enter to do another deed: that deed, no conquest
    "Unidentified gunmen entered the village of Tibga and killed three people.",
    "Rebels entered the town of Beni and killed ten civilians.",
])
def test_entering_without_armed_men_or_ground_takes_nothing(pipeline, text) -> None:
    assert not any(e.cameo["code"] == "192" for e in _events(pipeline, text))


@pytest.mark.parametrize("text, trigger", [
    ("Russian troops advanced near Pokrovsk.", "advanced"),
    ("Rebel fighters advanced on the capital.", "advanced"),
])
def test_an_armed_advance_is_a_troop_movement(pipeline, text, trigger) -> None:
    ev = _by_trigger(pipeline, text, trigger)
    assert ev.plover["type"] == "MOBILIZE"


@pytest.mark.parametrize("text", [
    "Prices advanced for a third day.",
    "The team advanced to the semi-finals.",
    "The bill advanced in the Senate.",
])
def test_an_advance_of_no_armed_men_is_no_event(pipeline, text) -> None:
    assert "MOBILIZE" not in _plover(pipeline, text)


# 2. a town attacked in the passive: the place hit, in its own country
@pytest.mark.parametrize("text, trigger, country", [
    ("Pokrovsk was attacked by Russian forces.", "attacked", "UKR"),
    ("Pokrovsk was shelled by Russian forces.", "shelled", "UKR"),
    ("Goma was attacked by M23 rebels.", "attacked", "COD"),
])
def test_a_town_attacked_in_the_passive_is_the_place(pipeline, text, trigger, country) -> None:
    ev = _by_trigger(pipeline, text, trigger)
    assert ev.location is not None and ev.location.country == country
    assert all(a.sector != "CVL" or a.name != ev.location.name for a in ev.target)
    assert all(a.country == country for a in ev.target)


def test_a_person_attacked_in_the_passive_stays_a_person(pipeline) -> None:
    ev = _by_trigger(pipeline, "Juan Perez was attacked by gunmen in Culiacan.", "attacked")
    assert [a.name for a in ev.target] == ["Juan Perez"]
    assert ev.location.country == "MEX"


# 3. a claim for a bomb told by the noun alone
@pytest.mark.parametrize("text, trigger, source", [
    ("The New IRA claimed responsibility for the bomb in Derry.", "bomb", "GBR"),
    ("Al-Shabaab claimed responsibility for the bombs.", "bombs", "SOM"),
    ("Al-Shabaab claimed responsibility for the blast in Mogadishu.", "blast", "SOM"),
])
def test_a_claimed_bomb_is_the_bombing(pipeline, text, trigger, source) -> None:
    ev = _by_trigger(pipeline, text, trigger)
    assert ev.plover["type"] == "ASSAULT" and ev.plover["mode"] == "explosives"
    assert [a.country for a in ev.source] == [source]


@pytest.mark.parametrize("text", [
    "He took responsibility for the bomb squad.",
    "The minister is responsible for the bomb disposal budget.",
])
def test_a_bomb_named_with_no_claim_is_no_bombing(pipeline, text) -> None:
    assert "ASSAULT" not in _plover(pipeline, text)


# 4. a civilian chief of staff: the government
@pytest.mark.parametrize("text, country", [
    ("The White House chief of staff met Mexican officials in Washington.", "USA"),
    ("The president's chief of staff met opposition leaders in Nairobi.", "KEN"),
    ("White House Chief of Staff John Kelly met the Mexican foreign minister.", "USA"),
])
def test_a_civilian_chief_of_staff_is_the_government(pipeline, text, country) -> None:
    ev = _by_trigger(pipeline, text, "met")
    assert [(a.sector, a.country) for a in ev.source] == [("GOV", country)]


@pytest.mark.parametrize("text, country", [
    ("The Ukrainian army chief of staff met the Polish defence minister in Warsaw.", "UKR"),
    ("The Pakistani chief of staff met Afghan officials in Kabul.", "PAK"),
    ("The chief of the general staff of Russia met Chinese officials.", "RUS"),
])
def test_a_military_chief_of_staff_stays_military(pipeline, text, country) -> None:
    ev = _by_trigger(pipeline, text, "met")
    assert [(a.sector, a.country) for a in ev.source] == [("MIL", country)]


# 5. threats, military aid, President's rule
@pytest.mark.parametrize("text, trigger, target", [
    ("China did not rule out military action against Taiwan.", "not rule out", "TWN"),
    ("Beijing has never ruled out the use of force to take Taiwan.", "never ruled out", None),
    ("India vowed to teach Pakistan a lesson.", "teach", "PAK"),
])
def test_force_held_over_another_is_a_threat(pipeline, text, trigger, target) -> None:
    ev = _by_trigger(pipeline, text, trigger)
    assert ev.plover["type"] == "THREATEN" and not ev.modality.negated
    if target:
        assert [a.country for a in ev.target] == [target]


@pytest.mark.parametrize("text", [
    "The minister did not rule out talks with the rebels.",
    "The government did not rule out new elections.",
    "The teacher taught the pupils a lesson on fractions.",
    "She taught him a lesson about patience.",
])
def test_no_threat_in_other_possibilities_or_lessons(pipeline, text) -> None:
    assert "THREATEN" not in _plover(pipeline, text)


def test_helicopters_sent_to_a_state_are_military_aid(pipeline) -> None:
    ev = _by_trigger(pipeline, "The United States sent 60 helicopters to Colombia to fight drug traffickers.",
                     "sent")
    assert ev.plover["type"] == "AID" and [a.country for a in ev.target] == ["COL"]


def test_warships_sent_to_a_sea_stay_a_deployment(pipeline) -> None:
    ev = _by_trigger(pipeline, "The United States sent warships to the Gulf to deter Iran.", "sent")
    assert ev.plover["type"] == "MOBILIZE"


@pytest.mark.parametrize("text", [
    "The central government imposed President's rule in the state of Manipur.",
    "President's rule was imposed in Manipur on Thursday.",
])
def test_presidents_rule_imposed_is_a_restriction(pipeline, text) -> None:
    evs = [e for e in _events(pipeline, text) if "rule" in e.trigger.text]
    assert evs and evs[0].plover == {"type": "COERCE", "mode": "restrict"}
    assert evs[0].location.country == "IND"


@pytest.mark.parametrize("text", [
    "The president's rule ended in 2010.",
    "Critics said the president's rule had been harsh.",
])
def test_a_presidents_time_in_office_is_no_measure(pipeline, text) -> None:
    assert "COERCE" not in _plover(pipeline, text)


def test_emergency_rule_that_may_come_stays_hypothetical(pipeline) -> None:
    ev = _by_trigger(pipeline, "The government may impose emergency rule in Kashmir.", "emergency rule")
    assert ev.plover["mode"] == "martial-law" and ev.modality.hypothetical


# 6. "Serb forces" in Croatia and Bosnia before 1996: the Serbs' rebel army there
@pytest.mark.parametrize("text, trigger, published, country", [
    ("Serb forces shelled Vukovar.", "shelled", "1991-10-02", "HRV"),
    ("Serb forces attacked Gorazde.", "attacked", "1994-04-10", "BIH"),
    ("Serb troops overran Srebrenica.", "overran", "1995-07-12", "BIH"),
])
def test_serb_forces_in_the_1990s_wars_are_rebels(pipeline, text, trigger, published, country) -> None:
    ev = _by_trigger(pipeline, text, trigger, published)
    assert [(a.sector, a.country, a.inter) for a in ev.source] == [("REB", country, 2)]


@pytest.mark.parametrize("text, trigger, published", [
    ("Serb forces attacked Kosovo Albanians in Pristina.", "attacked", "1999-04-01"),
    ("Serb forces attacked Gorazde.", "attacked", "2008-04-01"),
    ("Serbian police arrested protesters in Belgrade.", "arrested", "1993-05-01"),
])
def test_serbias_own_forces_stay_its_own(pipeline, text, trigger, published) -> None:
    ev = _by_trigger(pipeline, text, trigger, published)
    assert all(a.country == "SRB" and a.sector in ("MIL", "COP") for a in ev.source)
