"""ACLED audits of texts of our own, in the style of event notes and of wire reports, each checked the same
way: the targets audit (round coder25, tests/data/acled_targets_audit.yaml: who was hit - soldiers, police,
militias, vigilantes, guards, off-duty soldiers, ex-combatants, detainees, chiefs, civilians caught in a clash
- and strategic developments), the riots audit (round riots26, tests/data/acled_riots_audit.yaml: where a
crowd's violence ends and an armed group's attack on civilians, a battle between organised armed sides or a
peaceful demonstration begins), the tolls audit (round tolls27, tests/data/acled_tolls_audit.yaml: how many
were killed, told in every way news tells it), the battles audit (round battles27,
tests/data/acled_battles_audit.yaml: an attack on armed men is a battle, one on civilians is not), the
strategic developments audit (round sd27, tests/data/acled_sd_audit.yaml: strategic developments told with the
words of violence - bombs defused or blown up by experts, rockets brought down, towns taken without a fight,
empty houses burnt - and violence that looks like one), the explosions audit (round sdx28,
tests/data/acled_sdx_audit.yaml: where a strike or blast ends and a strategic development begins - drones and
missiles brought down, mines cleared, blasts of unknown cause, weapons tests - and shelling told only by where
the rounds fell), the state violence audit (round vac28, tests/data/acled_vac_audit.yaml: soldiers, police and
militias who kill or beat civilians, detainees or suspects, operations against gangs with and without a fight,
clan militias, mobs that lynch suspects and crowds that attack the police), the second strategic developments
audit (round sd29, tests/data/acled_sd_audit_b.yaml: the rest of the type - arrests in raids, curfews and
bans, troops deployed and withdrawn, groups that split, merge or pledge allegiance, looting and arson of empty
property, weapons seized, ceasefires, prisoner swaps, towns handed over, bases set up, threats and plans -
with battles, attacks, blasts, riots and protests as controls) and the second riots audit (round riots29,
tests/data/acled_riots_audit_b.yaml: lynchings, communal and rival crowds' fights, crowds that attack the
police, officials or property, demonstrations turned violent, set against peaceful or repressed
demonstrations, armed groups' and state forces' attacks on civilians and battles) and the third riots audit
(round riots30, tests/data/acled_riots_audit_c.yaml: stone-pelting, roads blocked with burning tyres,
lynchings, rival supporters and fans, police stations attacked after a death in custody, campuses vandalised,
demonstrators who throw stones back, in many countries' wordings, with peaceful and repressed protests and
organised armed groups' attacks as controls), the fourth riots audit (round riots31,
tests/data/acled_riots_audit_d.yaml: mobs of villagers, residents, students, supporters, fans, traders and
motorbike-taxi drivers who attack a suspect, a police station or a vehicle, prison riots, communal fights with
sticks and machetes, against beaten protesters and armed communal militias), the third strategic developments
audit (round sd30, tests/data/acled_sd_audit_c.yaml: strategic developments told like violence in other
wordings and regions - bombs defused or that killed only their planters, caches, drones brought down, towns
handed over, empty property burned or looted, mass arrests, curfews, ceasefires, pledges, recruitment,
hostages freed for a ransom - and notes whose only verbs are "reported" or "recorded", with blasts, battles,
attacks and riots as controls) and the second battles audit (round battles30,
tests/data/acled_battles_audit_b.yaml: armed clashes, attacks on civilians and explosions told with other
actors and words - militias, volunteers, vigilantes, rangers and guards as an armed side, informers, traders
and miners as civilians, artillery that supports a fight on the ground against shelling and strikes alone) and
the second state violence audit (round vac30b, tests/data/acled_vac_audit_b.yaml: attacks on posts,
checkpoints and patrols whose toll names soldiers or police and civilians, notes that tell an attack on
civilians and then a later clash, vigilantes, gang members and clan fighters as armed victims, with attacks on
buses, markets and villages and clashes told first as controls) and the third battles audit (round battles31,
tests/data/acled_battles_audit_c.yaml: ambushes, raids on camps, attacks on checkpoints, guards, vigilantes
and a chief's bodyguards, "suspects" and "bandits" killed in operations, abductions of soldiers, clashes with
unarmed people, in other regions and wordings), the fourth strategic developments audit (round sd31,
tests/data/acled_sd_audit_d.yaml: what falls to the other types - empty houses, clinics and churches burnt or
looted and cattle driven off with no one hurt, foiled abductions and plots, controlled detonations, caches,
intercepted missiles, mass arrests, towns taken with no fight, ceasefires, mergers, surrenders, recruitment
and curfews - with blasts that hurt no one, killings in raids and towns retaken after fighting as controls),
the second explosions audit (rounds expl31 and expl34, tests/data/acled_explosions_audit_b.yaml: shelling,
strikes, mines and grenades set against clashes in which heavy weapons are also used), the fourth battles
audit (round battles34, tests/data/acled_battles_audit_d.yaml: village officials, CAFGU militiamen, the MILF
and BIFF, Mexican cartels, the ELN and FARC dissidents, Myanmar's PDF and junta, JNIM and the VDP, al-Shabaab,
Cabo Delgado's insurgents, the ADF, M23 and CODECO, Nigerian bandits; troops who "engaged" rebels, "gunmen
from" a group, soldiers and militiamen killed or taken while visiting family or on home leave) and the fifth
riots audit (round riots34, tests/data/acled_riots_audit_e.yaml: lynchings of suspected thieves, witches and
kidnappers, party supporters and football fans who fight, students against the police, land disputes,
religious mobs, market traders and crowds that attack police stations, with tolls told as "one killed after",
"died in hospital" and "succumbed to his injuries"), the third state violence audit (round vac34,
tests/data/acled_vac_audit_c.yaml: killings, enforced disappearances, deaths under torture, kidnappings for
ransom and rape in Cabo Delgado, Amhara, Oromia, Darfur, Cameroon's Anglophone regions, Haiti, Honduras, Iraq,
Yemen, Afghanistan, Pakistan, Manipur and Bangladesh, of villagers, aid and health workers, journalists,
teachers and election officials, with landmines, arrests, clashes and mobs as controls), the protests audit
(round protests34, tests/data/acled_protests_audit.yaml: peaceful protests, protests dispersed or met with
arrests and excessive force against protesters - marches, sit-ins, vigils, pickets, road blockades and hunger
strikes by teachers, doctors, students, farmers, truckers, workers and pensioners in fourteen countries - with
violent demonstrations as controls) and the second tolls audit (round tolls34,
tests/data/acled_tolls_audit_b.yaml: tolls that "rose to", "left 3 dead", "claimed the lives of", bodies
found, "among the dead", dead attackers with their victims, injured-only events, and earlier or cumulative
tolls told as background), the sixth riots audit (round riots35, tests/data/acled_riots_audit_f.yaml: mob
justice on suspected thieves, kidnappers, rapists and witches, demonstrators who burn tyres, throw stones or
vandalise, fans, "supporters of a local club", rival schools and party cadres, prison riots and crowds that
attack police posts, in regions audits A-E do not use, with peaceful and repressed protests, armed communities
that exchange fire and killings of civilians as controls), the fifth battles audit (round bv35,
tests/data/acled_battles_audit_e.yaml: attacks on posts, checkpoints and patrols against attacks on villagers,
traders, miners and herders, villages stormed and defended by their guards, security forces who open fire on
men who shoot back or on a crowd, "clashes" whose only dead were civilians, gang fights, executions of
captives and killings of off-duty or abducted soldiers, in Afghanistan, Iraq, Syria, Yemen, Sudan, South
Sudan, Ethiopia, Cameroon, the Central African Republic, Niger, Pakistan, India, Colombia, Brazil, Honduras
and Haiti), the fifth strategic developments audit (round sd35, tests/data/acled_sd_audit_e.yaml: every
sub-event type in ordinary news words and in regions the earlier sets leave out - custody, mass arrests, huts
set ablaze, shops plundered, cattle taken unopposed, bombs rendered safe, caches unearthed, towns vacated,
barracks and camps, truces and swaps, surrenders and splits, curfews and internet cuts - with bombs that went
off, arrests that became gunfights, riots and killings as controls) and the third explosions audit (round
expl35, tests/data/acled_explosions_audit_c.yaml: fights in which mortars, RPGs, grenades or air support are
also used, ambushes opened by a roadside bomb, against shelling, rocket barrages, kamikaze and FPV drones,
mines stepped on, grenades at police posts, suicide bombings and spent ordnance that goes off, and bombs
disarmed and drones shot down, along the Ukrainian, Armenian-Azerbaijani, Kashmir, Gaza, Lebanese, Sudanese,
Myanmar and Sahel fronts), the sixth strategic developments audit (round moves35,
tests/data/acled_sd_audit_f.yaml: troops deployed, sent, redeployed, reinforced, massed or moved, convoys and
columns seen moving, build-ups, armed groups that paraded or patrolled a town with no fight, withdrawals,
offensives, curfews, states of emergency, no-fly zones and martial law declared, warnings of attack - with
troops deployed who then clashed, patrols ambushed and convoys hit by bombs as controls) and the third tolls
audit (round tolls35, tests/data/acled_tolls_audit_c.yaml: the doers' own losses told after their kills -
"losing two soldiers", "three policemen also died", "a guard lost his life" - "among the dead were" and
"claimed the lives of", against the wounded, the arrested, the missing, earlier and yearly tolls, the number
of attackers and soldiers they "lost contact with"), the sixth battles audit (round bv36,
tests/data/acled_battles_audit_f.yaml: attacks on posts, checkpoints, convoys and police stations, ambushes,
vigilantes, hunters, self-defence groups and local militias who repel raiders, police who kill suspects in an
exchange of fire or in custody, gunmen who kill villagers, farmers and worshippers, villages whose guards
fought back and soldiers killed off duty, in the Sahel, Nigeria, the DRC, Somalia, Kenya, Mozambique, the
Philippines, Myanmar, Colombia, Mexico and Ecuador), the seventh riots audit (round riots36,
tests/data/acled_riots_audit_g.yaml: demonstrations turned violent told in mild words - stones thrown, tyres
burned, burning barricades, shops vandalised, a police car torched, "clashed with police" - and rival rallies
and counter-protesters who fight, against peaceful marches, sit-ins, strikes, effigies and threats, crowds
dispersed with tear gas or arrests and peaceful crowds fired on) and the fourth explosions audit (round
expl36, tests/data/acled_explosions_audit_d.yaml: clashes with mortars, grenades, RPGs, artillery, gunships,
air support or "heavy weapons", exchanges of fire across a front line or line of contact and ambushes opened
with a bomb, against shelling, air and drone strikes, mines and IEDs, grenades and suicide bombs, in
Nagorno-Karabakh, Kharkiv and Luhansk, Tigray and Amhara, Cabo Delgado, North Kivu, Iraq, Idlib, Yemen, Libya,
Helmand, Balochistan, Mindanao, Cauca, Mali, Somalia, Cameroon, Sudan, the West Bank and India), the fifth
explosions audit (round expl37, tests/data/acled_explosions_audit_e.yaml: clashes with mortars, artillery,
drones, air support and grenades, exchanges of fire and shelling across the Line of Control, ambushes opened
with a bomb, attacks that became a fight and tolls told "with two soldiers killed", against mines, IEDs, drone
and air strikes, shelling and grenades that hit soldiers or civilians with no fight, in the Sahel, Borno,
Sudan, Ethiopia, Somalia, Kenya, Afghanistan, Kashmir, Khyber Pakhtunkhwa, Lebanon, Gaza, Myanmar, Thailand,
Mexico, Colombia, Armenia, Sinai, Iraq and Syria), the seventh battles audit (round bv37,
tests/data/acled_battles_audit_g.yaml: victims whose kind decides the type - village chiefs, retired and
former soldiers, deminers and telecom workers against rangers, jawans, village defence volunteers, protection
guards, armed guards and police escorts - captured or unarmed soldiers executed or abducted, "killed X and Y"
with mixed victims and "clashes" said of attacks on villagers, in Oromia, Darfur, Cameroon, India, Pakistan,
Somalia, Nigeria, the DRC, Mexico, Haiti, Colombia, Afghanistan, Iraq, Syria, Yemen, Thailand, Papua, Niger,
Sudan and Ecuador), the fourth tolls audit (round tolls37, tests/data/acled_tolls_audit_d.yaml: tolls told by
beheading, slaughter or murder, bodies found after an abduction, tolls a side claims and deaths "by a
gunshot", against earlier tolls, the wounded and the missing), the eighth strategic developments audit (round
sd37, tests/data/acled_sd_audit_h.yaml: property looted, burnt or destroyed with no one hurt, cattle taken
without a fight, bombs and mines found, defused or destroyed, grenades that failed to go off, arms caches
seized, attacks foiled, bases abandoned, blockades, towns left and entered without a fight and arrests,
against the killings, bombings, abductions and clashes the same words can tell) and the eighth riots audit
(round riots37, tests/data/acled_riots_audit_h.yaml: mobs, "rioters" and settlers who attack churches,
mosques, camps and people, mob justice, fights among groups of people broken up by the police and
demonstrators who try to force their way into offices or attack officials, against gunmen, soldiers and
militias who attack civilians, militias who exchange fire and peaceful crowds dispersed) and the eighth
battles audit (round bv38, tests/data/acled_battles_audit_h.yaml: armed defenders not named as soldiers -
Imbonerakure, armed residents, hunters, Koglweogo, the Civilian JTF, Amotekun, vigilantes, village guards and
mine guards - militia members killed while attacking, ambushes on police and columns, attacks on bases and
posts, "clashes" told only by their dead, fights with mortars or artillery and non-state groups that fight
each other, against attacks on villagers, abductions, shelling, bombs, lynchings and violent demonstrations)
and the ninth riots audit (round riots38, tests/data/acled_riots_audit_i.yaml: mobs that burn, stone or lynch
suspected thieves, witches, kidnappers and drivers after a road accident, relatives who attack doctors, crowds
that attack health, census and revenue teams or police posts, demonstrators who throw stones, burn tyres,
storm offices or fight the police even when the police then kill, and clans, villages and party supporters who
fight with sticks and machetes, against peaceful and repressed protests, gunmen, soldiers and police who
attack civilians and armed communities and gangs that exchange fire) and the ninth strategic developments
audit (round sd38, tests/data/acled_sd_audit_i.yaml: arrests in operations, raids and sweeps in which no one
is hurt, towns and positions taken, handed over or left without a fight, bases set up, empty property looted
or burnt, caches seized, mines and bombs defused, missiles and drones shot down, recruitment, mobilisation,
curfews, bans, splits, mergers and surrenders, against the clashes, killings and blasts the same words can
tell) and the fifth state violence audit (round vac38, tests/data/acled_vac_audit_e.yaml: armed groups'
attacks on farmers, herders, miners, travellers and displaced people told with the words of battle,
kidnappings, bodies found with wounds, property looted or burnt with no one hurt, threats and levies, against
crossfire in clashes, attacks repelled and arrests), the sixth explosions audit (round expl39,
tests/data/acled_explosions_audit_f.yaml: monitors' counts of fire along fronts, grenades dropped from drones,
air strikes in ground fights, fire at posts, weapons defused and remnants of war) and the tenth riots audit
(round riots39, tests/data/acled_riots_audit_j.yaml: prison riots, crowds that attack police, clans that fight
with machetes, and mobs that beat suspects to death, against protests met with force) and the ninth battles
audit (round bv42, tests/data/acled_battles_audit_i.yaml: gang, cartel and armed group members shot by gunmen
or rivals, officers on duty shot at their posts, suspects killed in shootouts and operations, against
off-duty officers, suspects executed in custody, civilians shot at checkpoints and village leaders, traders
and farmers killed by armed men) and the tenth battles audit (round bv43,
tests/data/acled_battles_audit_j.yaml: victims the report ties to the drug trade or a gang, police officers,
soldiers and guards shot on duty, against victims with a criminal record alone, drug users, off-duty and
retired officers, officers' relatives and people gangs kill for refusing them).
Each text's primary event, coded as `chronica code` codes it, must have one of the expected ACLED event
types and sub-event types, the expected ACLED actor types where the row gives them, and the expected toll
where the row gives `fatalities:` (read as `chronica evaluate` scores it). Rows with a `gap` are strict
xfails."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from chronica.evaluate.scores import recorded_deaths
from chronica.ingest import document_from_text

DATA = Path(__file__).parent / "data"
AUDITS = {
    "targets": DATA / "acled_targets_audit.yaml",
    "riots": DATA / "acled_riots_audit.yaml",
    "tolls": DATA / "acled_tolls_audit.yaml",
    "battles": DATA / "acled_battles_audit.yaml",
    "strategic": DATA / "acled_sd_audit.yaml",
    "explosions": DATA / "acled_sdx_audit.yaml",
    "vac": DATA / "acled_vac_audit.yaml",
    "strategic_b": DATA / "acled_sd_audit_b.yaml",
    "riots_b": DATA / "acled_riots_audit_b.yaml",
    "riots_c": DATA / "acled_riots_audit_c.yaml",
    "riots_d": DATA / "acled_riots_audit_d.yaml",
    "strategic_c": DATA / "acled_sd_audit_c.yaml",
    "battles_b": DATA / "acled_battles_audit_b.yaml",
    "vac_b": DATA / "acled_vac_audit_b.yaml",
    "battles_c": DATA / "acled_battles_audit_c.yaml",
    "strategic_d": DATA / "acled_sd_audit_d.yaml",
    "explosions_b": DATA / "acled_explosions_audit_b.yaml",
    "battles_d": DATA / "acled_battles_audit_d.yaml",
    "riots_e": DATA / "acled_riots_audit_e.yaml",
    "vac_c": DATA / "acled_vac_audit_c.yaml",
    "protests": DATA / "acled_protests_audit.yaml",
    "tolls_b": DATA / "acled_tolls_audit_b.yaml",
    "riots_f": DATA / "acled_riots_audit_f.yaml",
    "battles_e": DATA / "acled_battles_audit_e.yaml",
    "strategic_e": DATA / "acled_sd_audit_e.yaml",
    "explosions_c": DATA / "acled_explosions_audit_c.yaml",
    "strategic_f": DATA / "acled_sd_audit_f.yaml",
    "tolls_c": DATA / "acled_tolls_audit_c.yaml",
    "strategic_g": DATA / "acled_sd_audit_g.yaml",
    "vac_d": DATA / "acled_vac_audit_d.yaml",
    "battles_f": DATA / "acled_battles_audit_f.yaml",
    "riots_g": DATA / "acled_riots_audit_g.yaml",
    "explosions_d": DATA / "acled_explosions_audit_d.yaml",
    "explosions_e": DATA / "acled_explosions_audit_e.yaml",
    "battles_g": DATA / "acled_battles_audit_g.yaml",
    "tolls_d": DATA / "acled_tolls_audit_d.yaml",
    "strategic_h": DATA / "acled_sd_audit_h.yaml",
    "riots_h": DATA / "acled_riots_audit_h.yaml",
    "battles_h": DATA / "acled_battles_audit_h.yaml",
    "riots_i": DATA / "acled_riots_audit_i.yaml",
    "strategic_i": DATA / "acled_sd_audit_i.yaml",
    "vac_e": DATA / "acled_vac_audit_e.yaml",
    "riots_j": DATA / "acled_riots_audit_j.yaml",
    "explosions_f": DATA / "acled_explosions_audit_f.yaml",
    "battles_i": DATA / "acled_battles_audit_i.yaml",
    "battles_j": DATA / "acled_battles_audit_j.yaml",
}


def _rows() -> list:
    """Every audit's rows as pytest params (id: audit-row), a row with a `gap` a strict xfail."""
    params = []
    for name, path in AUDITS.items():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for row in data["notes"] + data["news"]:
            marks = [pytest.mark.xfail(reason=row["gap"], strict=True)] if row.get("gap") else []
            params.append(pytest.param(row, marks=marks, id=f"{name}-{row['id']}"))
    return params


ROWS = _rows()


def _inters(event: Any) -> tuple[int, int]:
    """The ACLED inter1 and inter2 an export of the event would write."""
    from chronica.export.acled import _sides
    from chronica.record import to_dict

    rec = to_dict(event)
    rec["sources"], rec["targets"] = rec["source"], rec["target"]
    first, second = _sides(rec, "X")
    return (first[0][1] if first else 0), (second[0][1] if second else 0)


@pytest.mark.parametrize("path", AUDITS.values(), ids=AUDITS.keys())
def test_audit_has_both_styles_and_enough_rows(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert len(data["notes"]) >= 40 and len(data["news"]) >= 40
    assert all(row["text"].startswith("On ") for row in data["notes"])
    assert not any(row["text"].startswith("On ") for row in data["news"])


@pytest.mark.parametrize("row", ROWS)
def test_the_primary_event_gets_its_acled_type(pipeline, row: dict) -> None:
    events = pipeline.code(document_from_text(row["text"], doc_id="acled-audit"))
    primary = next((e for e in events if e.primary), None)
    assert primary is not None, "no event"
    assert primary.acled is not None, f"no ACLED type ({primary.plover['type']})"
    got = (primary.acled["event_type"], primary.acled["sub_event_type"])
    assert got[0] in row["event_type"].split("|"), got
    assert got[1] in row["sub_event_type"].split("|"), got
    inter1, inter2 = _inters(primary)
    assert row.get("inter1", inter1) == inter1, f"inter1 {inter1}"
    assert row.get("inter2", inter2) == inter2, f"inter2 {inter2}"
    deaths = recorded_deaths(primary)
    assert row.get("fatalities", deaths) == deaths, f"fatalities {deaths}"
