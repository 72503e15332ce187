"""Armed conflict roles and sub-events (round conflict48): ground retaken "from" someone is taken from its
holder, whatever the place is called; foreign state forces retaking ground from a non-state group regain it
for the state they fight beside; ground seized from armed forces is territory. Sentences written for the
test, with controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return pipeline.code(document_from_text(text, doc_id="conflict48"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _sub(event) -> str | None:
    return (event.acled or {}).get("sub_event_type")


def _sides(actors) -> set[tuple[str | None, str | None]]:
    return {(a.country, a.sector) for a in actors}


def _names(actors) -> set[str]:
    return {a.name for a in actors}


# -- 1. "retook X from Y": Y is the target, before the place ---------------------------------------------
@pytest.mark.parametrize("text, holder", [
    ("Sudan's army said it had recaptured the presidential palace in Khartoum from the paramilitary RSF.",
     "RSF"),
    ("The army said it had retaken Wad Madani from the Rapid Support Forces.", "RSF"),
    ("Sudanese troops recaptured Wad Madani from the RSF.", "RSF"),
    ("Wad Madani was retaken from the RSF by the army on Saturday.", "RSF"),
    ("Somali forces retook Mahas from al-Shabaab.", "al-Shabaab"),
    ("The Iraqi army recaptured Mosul from Islamic State after a nine-month battle.", "Islamic State"),
    # control: a place named with its town word was right before
    ("Sudanese troops recaptured the town of Wad Madani from the RSF.", "RSF"),
])
def test_ground_retaken_from_a_holder_targets_the_holder(pipeline, text: str, holder: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert _sub(primary) == "Government regains territory"
    assert "MIL" in {a.sector for a in primary.source}
    assert _names(primary.target) == {holder}
    assert all(a.sector == "REB" for a in primary.target)


@pytest.mark.parametrize("text, sub", [
    # "from the north" is a way in, no holder
    ("The army recaptured the town from the north after a week of fighting.", "Government regains territory"),
    ("Police recaptured 20 of the escaped inmates on Monday.", "Arrests"),
    ("M23 rebels captured Goma on Monday.", "Non-state actor overtakes territory"),
])
def test_retaking_controls(pipeline, text: str, sub: str) -> None:
    primary = _primary(pipeline, text)
    assert _sub(primary) == sub
    assert all(a.sector is not None for a in primary.target)


# -- 2 and 10. who took the ground, from whom ----------------------------------------------------------
@pytest.mark.parametrize("text, sub", [
    # foreign state forces retaking ground from insurgents regain it for the state they fight beside
    ("Rwandan troops deployed in Mozambique retook the port town of Mocimboa da Praia from jihadists.",
     "Government regains territory"),
    ("Kenyan troops retook the port of Kismayo from al-Shabaab.", "Government regains territory"),
    ("Malian troops and Russian mercenaries retook Kidal from Tuareg rebels.",
     "Government regains territory"),
    # their own conquest, or ground taken from a state's forces, is overtaken
    ("Turkish forces captured Afrin from the YPG.", "Non-state actor overtakes territory"),
    ("Russian forces captured the village from Ukrainian troops, killing six soldiers.",
     "Non-state actor overtakes territory"),
    ("Ukrainian forces said they had recaptured the village of Robotyne from Russian troops.",
     "Government regains territory"),
])
def test_territory_sub_event_by_who_took_it(pipeline, text: str, sub: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert _sub(primary) == sub


@pytest.mark.parametrize("text, target", [
    ("The Kachin Independence Army seized a key jade mining hub from junta troops.", ("MMR", "MIL")),
    ("Insurgents seized the oil field from government troops.", (None, "MIL")),
    ("Rebels seized a strategic hilltop base from government forces.", (None, "MIL")),
    ("The Arakan Army seized the town of Maungdaw from junta troops.", ("MMR", "MIL")),  # control
])
def test_ground_seized_from_armed_forces_is_territory(pipeline, text: str, target: tuple) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert _sub(primary) == "Non-state actor overtakes territory"
    assert target in _sides(primary.target)


@pytest.mark.parametrize("text, mode, sub", [
    ("Soldiers seized weapons from militants in the raid.", "seize", "Disrupted weapons use"),
    ("Police seized drugs and cash from gang members.", "seize", "Looting/property destruction"),
    ("Troops seized cash from militants at a checkpoint.", "seize", "Looting/property destruction"),
    ("Authorities seized the ship from the rebels.", "seize", "Looting/property destruction"),
])
def test_goods_seized_from_armed_men_stay_seizures(pipeline, text: str, mode: str, sub: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("COERCE", mode)
    assert _sub(primary) == sub


# -- 3. men loyal to a named group are the group's; an offensive after gaining ground is the gainer's ----
@pytest.mark.parametrize("text, group", [
    ("Fighters loyal to the Southern Transitional Council took control of the presidential palace in Aden.",
     "STC"),
    ("Fighters affiliated with the Southern Transitional Council attacked a checkpoint in Aden.", "STC"),
    ("Gunmen belonging to the Arakan Army attacked a police post.", "Arakan Army"),
    ("STC forces clashed with government troops in Aden.", "STC"),  # control
])
def test_men_loyal_to_a_named_group_are_the_group(pipeline, text: str, group: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert _names(primary.source) == {group}


def test_a_patron_names_no_group(pipeline) -> None:
    """"backed by Iran" names the militants' patron, not their group: not Iran's state."""
    primary = _primary(pipeline, "Militants backed by Iran attacked a US base in Syria.")
    assert all(a.country != "IRN" for a in primary.source)
    assert {a.sector for a in primary.source} == {"REB"}


@pytest.mark.parametrize("text, doer", [
    ("HTS fighters entered Aleppo after a lightning offensive against government forces.", ("SYR", "REB")),
    ("Troops entered Mosul after a months-long offensive against Islamic State.", ("IRQ", "MIL")),
])
def test_an_offensive_before_ground_gained_is_the_gainers(pipeline, text: str, doer: tuple) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert _sides(primary.source) == {doer}


@pytest.mark.parametrize("text, trigger", [
    # another verb: whoever attacked is not said
    ("The army imposed a curfew after an attack on a police station.", "attack"),
    ("Protesters occupied the square after an assault on a student.", "assault"),
])
def test_a_deed_after_another_act_keeps_its_unknown_doer(pipeline, text: str, trigger: str) -> None:
    deed = next(e for e in _events(pipeline, text) if e.trigger.text == trigger)
    assert {a.sector for a in deed.source} <= {"UAF"}


# -- 4. a suspected perpetrator ------------------------------------------------------------------------
@pytest.mark.parametrize("text, doer", [
    ("The ADF is believed to be behind the massacre, the army spokesman said.", "ADF"),
    ("The ELN is believed to be behind the bombing, the army said.", "ELN"),
    ("Boko Haram is thought to be behind the attack on the market.", "Boko Haram"),
    ("Armed men believed to be members of the Clan del Golfo killed a social leader in Antioquia.",
     "Clan del Golfo"),
    ("Gunmen suspected to be members of ISWAP killed 10 farmers.", "ISWAP"),
    # controls: already right
    ("Al-Shabaab is suspected of carrying out the bombing.", "al-Shabaab"),
    ("The ADF was blamed for the massacre.", "ADF"),
])
def test_a_group_believed_behind_a_deed_did_it(pipeline, text: str, doer: str) -> None:
    deed = next(e for e in _events(pipeline, text) if e.plover["type"] == "ASSAULT")
    assert _names(deed.source) == {doer}
    assert not deed.modality.negated


@pytest.mark.parametrize("text, doer", [
    ("Attackers believed to be Islamist militants killed 12 villagers.", (None, "REB")),
    ("Unidentified gunmen killed five soldiers in Borno.", ("NGA", "UAF")),
    ("It is not clear who was behind the attack.", (None, "UAF")),
])
def test_description_controls(pipeline, text: str, doer: tuple) -> None:
    deed = next(e for e in _events(pipeline, text) if e.plover["type"] == "ASSAULT")
    assert _sides(deed.source) == {doer}


# -- 5. a claim denied negates the claim, not the deed ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Boko Haram did not claim the bombing of a mosque in Konduga that killed 18 worshippers.",
    "No group has claimed the bombing of a mosque in Konduga that killed 18 worshippers.",
    "No group has claimed responsibility for the bombing of a mosque in Konduga that killed 18 worshippers.",
    "Boko Haram did not claim responsibility for the bombing, which killed 18 worshippers.",
])
def test_a_denied_claim_leaves_the_deed_done_by_someone_unnamed(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.trigger.text == "bombing"
    assert not primary.modality.negated
    assert _sides(primary.source) == {("NGA", "UAF")}
    assert primary.fatalities == 18


def test_a_claim_names_the_doer(pipeline) -> None:
    text = "Boko Haram claimed the bombing of a mosque in Konduga that killed 18 worshippers."
    primary = _primary(pipeline, text)
    assert _names(primary.source) == {"Boko Haram"}
    assert not primary.modality.negated


def test_a_denied_deed_stays_denied(pipeline) -> None:
    deed = next(e for e in _events(pipeline, "Boko Haram did not carry out the bombing, the group said.")
                if e.trigger.text == "bombing")
    assert deed.modality.negated


# -- 6. "suspected X hideouts": the hedge describes the target --------------------------------------------
@pytest.mark.parametrize("text", [
    "Pakistani warplanes struck suspected TTP hideouts inside Afghanistan, the Taliban government said.",
    "Pakistani warplanes struck suspected TTP hideouts.",
    "Pakistani jets bombed suspected TTP hideouts in Khost province.",
    # controls
    "Pakistani warplanes struck TTP hideouts inside Afghanistan.",
])
def test_a_strike_on_suspected_hideouts_targets_the_group(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], _sub(primary)) == ("ASSAULT", "Air/drone strike")
    assert _sides(primary.source) == {("PAK", "MIL")}
    assert _names(primary.target) == {"TTP"}


@pytest.mark.parametrize("text, target", [
    ("Pakistani warplanes struck suspected militant hideouts in North Waziristan.", ("PAK", "REB")),
    ("Nigerian jets bombed suspected Boko Haram camps in the Sambisa forest.", ("NGA", "REB")),
    ("Police arrested suspected gang members in Port-au-Prince.", ("HTI", "CRM")),
])
def test_suspected_targets_controls(pipeline, text: str, target: tuple) -> None:
    assert _sides(_primary(pipeline, text).target) == {target}


def test_a_true_auxiliary_before_a_hedge_is_left(pipeline) -> None:
    assert _events(pipeline, "Police had suspected the men of smuggling weapons.") == []


# -- 7. a place told with its holder ("Houthi-held") stands for the holder -------------------------------
@pytest.mark.parametrize("text, holder", [
    ("Israeli jets struck Houthi-held Hodeidah port.", ("YEM", "REB")),
    ("Israeli jets struck Houthi-held Hodeidah port in retaliation for a missile attack on Tel Aviv.",
     ("YEM", "REB")),
    ("Israeli jets struck Houthi-controlled Sanaa airport.", ("YEM", "REB")),
    ("Sudanese army jets bombed RSF-controlled Nyala.", ("SDN", "REB")),
    ("Russian forces shelled rebel-held areas of Idlib.", ("SYR", "REB")),
    ("The RSF shelled army-held El Obeid.", ("SDN", "MIL")),
    ("Ukrainian drones struck Russian-occupied Donetsk.", ("RUS", "MIL")),
    # controls
    ("Israeli aircraft struck Hamas-run Gaza City.", ("PSE", "REB")),
    ("Government forces shelled the rebel-held town of Douma.", ("SYR", "REB")),
])
def test_a_held_place_stands_for_its_holder(pipeline, text: str, holder: tuple) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert _sides(primary.target) == {holder}


def test_a_besieged_place_is_not_the_besiegers(pipeline) -> None:
    primary = _primary(pipeline, "Sudanese army jets bombed RSF-besieged El Fasher.")
    assert all(a.name != "RSF" for a in primary.target)


# -- 8. "they" in an "after" clause whose deed would hit the main subject's own side ----------------------
@pytest.mark.parametrize("text, trigger, doer, hit", [
    ("Security forces killed 12 militants after they stormed a Frontier Corps camp in Balochistan's Kalat "
     "district.", "stormed", ("PAK", "REB"), ("PAK", "MIL")),
    ("Soldiers killed five gunmen after they attacked a police station in Borno.", "attacked",
     ("NGA", "UAF"), ("NGA", "COP")),
    ("Troops killed 12 militants after they ambushed an army convoy.", "ambushed",
     (None, "REB"), (None, "MIL")),
    ("Rebels killed ten soldiers after they attacked a rebel base.", "attacked",
     (None, "MIL"), (None, "REB")),
])
def test_they_who_hit_the_main_subjects_side_are_its_object(pipeline, text: str, trigger: str, doer: tuple,
                                                             hit: tuple) -> None:
    deed = next(e for e in _events(pipeline, text) if e.trigger.text == trigger)
    assert _sides(deed.source) == {doer}
    assert _sides(deed.target) == {hit}


def test_they_stay_the_main_subject_when_another_side_is_hit(pipeline) -> None:
    text = "Police fired tear gas at the crowd after they arrested 20 opposition leaders."
    deed = next(e for e in _events(pipeline, text) if e.trigger.text == "arrested")
    assert {a.sector for a in deed.source} == {"COP"}


# -- 9. an armed strike (paro armado) is a lockdown forced by armed men, no walkout ------------------------
@pytest.mark.parametrize("text, group", [
    ("The Clan del Golfo declared an armed strike across northern Colombia after the extradition of its "
     "leader.", "Clan del Golfo"),
    ("The ELN announced a three-day armed strike in Choco.", "ELN"),
    ("An armed strike called by the ELN paralysed transport in Arauca.", "ELN"),
])
def test_an_armed_strike_is_the_groups_coercion(pipeline, text: str, group: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("COERCE", "restrict")
    assert primary.acled["event_type"] != "Protests"
    assert _names(primary.source) == {group}


@pytest.mark.parametrize("text, sub", [
    ("Truckers declared a strike across northern Colombia.", "Peaceful protest"),
    ("An armed drone strike killed two militants in Marib.", "Air/drone strike"),
])
def test_other_strikes_keep_their_coding(pipeline, text: str, sub: str) -> None:
    assert _sub(_primary(pipeline, text)) == sub
