"""ACLED types in context: riots, mob violence and interventions depend on the whole report."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any, TypeVar

from chronica import yamlio
from chronica.alternation import led
from chronica.geo.divided import people_country
from chronica.ontology.arms_destroyed import kit_destroyed
from chronica.ontology.crowd_arms import crowds_armed_or_not
from chronica.ontology.drone_drops import drone_drops
from chronica.ontology.front_fire import front_fire
from chronica.ontology.mapping import STATE_FORCE_SECTORS, Codebook, armed, state_at_war
from chronica.ontology.prison_riots import captives_of_prisoners
from chronica.record import Actor, Event

T = TypeVar("T")


@dataclass(frozen=True)
class Context:
    protest: frozenset[str]
    crowd_violence: frozenset[str]
    crowd_inter: frozenset[int]
    crowd_words: frozenset[str]
    intervention: frozenset[str]
    excessive: tuple[str, ...]
    claims: frozenset[str]
    exchange: frozenset[str]
    exchanged: frozenset[str]
    answered: frozenset[str]
    one_person_class: str
    protesters: re.Pattern[str]
    not_protesters: frozenset[str]
    peaceful_takeover: re.Pattern[str]
    withdrawal: frozenset[str]
    off_duty: re.Pattern[str]
    off_duty_classes: frozenset[str]
    off_duty_doubt: re.Pattern[str]
    raids: frozenset[str]
    plunder: frozenset[str]
    crowd_fights: frozenset[str]
    damage: frozenset[str]
    held: frozenset[str]
    fights: frozenset[str]
    in_battle: frozenset[str]
    long_fight: re.Pattern[str]
    rioters: re.Pattern[str]
    remote_bombs: frozenset[str]
    set_off: frozenset[str]
    beatings: frozenset[str]
    force_on_rioters: frozenset[str]
    rioter_police: frozenset[int]
    plunder_words: re.Pattern[str] | None = None  # "made off with cattle": goods carried off, no trigger
    gatherings: re.Pattern[str] | None = None  # "broke up a gathering of supporters": people dispersed
    defenceless_classes: frozenset[str] = frozenset()  # "executed two soldiers they had captured"
    defenceless: re.Pattern[str] | None = None
    armed_victim_classes: frozenset[str] = frozenset()  # "the victim had charges for drug trafficking"
    armed_victims: re.Pattern[str] | None = None
    in_battle_after: frozenset[str] = frozenset()  # a bomb, then "clashes that followed the blast"
    dispersal: frozenset[str] = frozenset({"crowd_control"})  # force that disperses a crowd (warning shots)
    bans: re.Pattern[str] | None = None  # "after banning a rally": a gathering banned is none held
    excessive_undone: re.Pattern[str] | None = None  # "had not beaten anyone", "no one was killed"
    nonlethal: re.Pattern[str] | None = None  # "rubber bullets": crowd control, not live fire
    brawls: frozenset[str] = frozenset()  # "rival supporters brawled": a fight among crowds, no claim
    rescue_verbs: frozenset[str] = frozenset()  # "freed the hostages after a gun battle": that battle
    executions: frozenset[str] = frozenset()  # "executed a protester": no force at a protest
    protest_told: re.Pattern[str] | None = None  # "protested", "a march", "demanding": a protest report
    claim_over: re.Pattern[str] | None = None  # "clashed with police over a new election law": a claim
    small_arms: re.Pattern[str] | None = None  # "mortars, heavy machine guns and small arms": a fight
    positions: re.Pattern[str] | None = None  # "fired small arms at the positions of the militia"
    cleared_camps: re.Pattern[str] | None = None  # "cleared the Oceti Sakowin camp": a protest camp ended
    clearing_verbs: frozenset[str] = frozenset()  # ... after a verb that ends an occupation (land-1)
    clause_breaks: re.Pattern[str] | None = None  # "..., a day after a soldier was killed": another clause
    swap_releases: re.Pattern[str] | None = None  # "freed 900 detainees in a prisoner exchange": the swap
    few_doers: frozenset[str] = frozenset()  # "two men stabbed a student": a few counted people, no mob
    counted_groups: frozenset[str] = frozenset()  # "two rival parties fought": groups counted, not people
    property_targets: frozenset[str] = frozenset()  # "threw Molotov cocktails at a store": a building hit
    serious_injury: re.Pattern[str] | None = None  # "seriously injured": wounds of excessive force
    arrested_earlier: re.Pattern[str] | None = None  # "the day before": an arrest told before the protest
    past_perfect: re.Pattern[str] | None = None  # "had arrested": an arrest told as done before
    jailed_later: frozenset[str] = frozenset()  # "was later jailed": a court's term, not force at the protest
    later_words: re.Pattern[str] | None = None  # "later", "subsequently": told as coming after
    searches: frozenset[str] = frozenset()  # a police raid, no ACLED type of its own
    searched_for: frozenset[str] = frozenset()  # what a raid's doers take or do: "raided and seized"
    quiet_raid_acts: frozenset[str] = frozenset()  # "raided a hideout and seized rifles", no one hurt
    quiet_raid_verbs: frozenset[str] = frozenset()  # "raided", "stormed": not "attacked"
    unopposed: re.Pattern[str] | None = None  # "pulled out ... entered it unopposed": the place changed hands
    suspect_kills: frozenset[str] = frozenset()  # killings of suspects by the state
    suspect_heads: frozenset[str] = frozenset()  # "a drug suspect", "two robbery suspects"
    fought: re.Pattern[str] | None = None  # "a shootout", "returned fire": the suspects fought
    protest_accused: re.Pattern[str] | None = None  # "accused of taking part in a protest": no protest held
    riot_past: re.Pattern[str] | None = None  # "after the riots in the prisons last week": background
    riot_charge: re.Pattern[str] | None = None  # "people arrested for rioting": the riot is the charge
    crowd_counts: tuple[str, ...] = ()  # "dozens of men": a crowd, not gunmen
    meeting_asks: re.Pattern[str] | None = None  # "sought an audience with the king": no protest claim
    peaceful: re.Pattern[str] | None = None  # "marched peacefully": a protest told as peaceful
    crowd_carrying: tuple[str, ...] = ()  # "youths armed with sticks": the crowd's word comes before
    own_seat_verbs: frozenset[str] = frozenset()  # "police occupied parliament": no territory taken
    regaining_verbs: frozenset[str] = frozenset()  # "retook the town from jihadists": ground taken back
    violent_crowds: re.Pattern[str] | None = None  # "stone-throwing demonstrators": rioters met by force
    abandoned: re.Pattern[str] | None = None  # "looted a base abandoned by soldiers": no one met
    fled: re.Pattern[str] | None = None  # "burned houses after residents had fled": no one met (vac38)
    reciprocal: re.Pattern[str] | None = None  # "threw stones at each other": a crowd on either side
    suspicion: re.Pattern[str] | None = None  # "suspected thieves" beaten by a mob: civilians
    suspicion_heads: frozenset[str] = frozenset()  # "a suspected kidnapper": a wrongdoer, not a fighter
    voters: frozenset[str] = frozenset()  # "rejected by voters": a ballot, no protest (sides49)
    one_bodies: frozenset[str] = frozenset()  # "the Association of Manufacturers": one body (bodies58)
    # "business groups", "industry groups": bodies of a sector that speak by statement (bodies58)
    body_claimants: frozenset[str] = frozenset()
    body_claimant_sectors: frozenset[str] = frozenset()
    elites: frozenset[str] = frozenset()  # "opposition leaders demanded": a statement, no protest (crisis-4)
    elite_gathering: re.Pattern[str] | None = None  # "told a rally": the elites' claim at a protest
    suspicion_after: re.Pattern[str] | None = None  # "two men suspected of stealing": wrongdoers (riots35)
    crime_names: re.Pattern[str] | None = None  # "armed robbery": a crime, no fight told (riots35)
    party_sectors: frozenset[str] = frozenset()  # "party members clashed with rival supporters": a riot
    firearms: re.Pattern[str] | None = None  # ... unless guns are told: a battle
    crude_arms: re.Pattern[str] | None = None  # "clans fought with machetes": crowds fighting (riots38)
    primitive_arms: re.Pattern[str] | None = None  # "clashed with stone-throwing youths": PLOVER primitive
    brigade_heads: frozenset[str] = frozenset()  # "the Red Falcon Brigade claimed ...": a group's name
    brigade_claims: re.Pattern[str] | None = None  # ... when it claims the attack
    brigade_army_words: frozenset[str] = frozenset()  # "the Armoured Brigade": an army's arm
    caste_words: frozenset[str] = frozenset()  # "members of the Thakur caste attacked ...": a caste militia
    party_attacks: frozenset[str] = frozenset()  # "BJP workers attacked ...": the party's militia acts
    party_weapons: re.Pattern[str] | None = None  # "... with iron rods": men armed for it, no crowd
    resisted: re.Pattern[str] | None = None  # "attacked a town defended by a militia": a fight
    settlements: frozenset[str] = frozenset()  # "attacked the village": a place, not its people
    office_sectors: frozenset[str] = frozenset()  # "shot dead the mayor": an official, a civilian victim
    armed_offices: frozenset[str] = frozenset()  # "customs officers": officials who bear arms
    aid_agencies: frozenset[str] = frozenset()  # "gunmen killed two WFP staff": civilian victims
    monitors: dict[str, Any] = field(default_factory=dict)  # "the OSCE SMM observed 12 explosions near X"
    state_first: frozenset[str] = frozenset()  # battles of state forces and gangs: the state's side first
    crowd_blasts: frozenset[str] = frozenset()  # "lobbed a grenade into a crowd": no protest (expl36)
    onlooker_sectors: frozenset[str] = frozenset()  # "detained journalists covering a rally": not its crowd
    intercepted_classes: frozenset[str] = frozenset()  # launches that can be brought down
    repelled_verbs: frozenset[str] = frozenset()  # "repelled a drone attack"
    aerial: re.Pattern[str] | None = None  # the weapons a repelled attack must name
    intercepted: re.Pattern[str] | None = None  # "it was intercepted", "shot down"
    undone: re.Pattern[str] | None = None  # "failed to shoot it down": no interception
    hits: re.Pattern[str] | None = None  # "two struck a building": the weapon hit all the same
    gunfight_kills: frozenset[str] = frozenset()  # "police killed a man during a shootout": a fight
    gunfights: re.Pattern[str] | None = None
    helper_kills: frozenset[str] = frozenset()  # "killed two suspected informants of the rebels": civilians
    helper_heads: frozenset[str] = frozenset()
    settler_heads: frozenset[str] = frozenset()  # "attacked Fulani settlers": civilians attacked
    mob_settlers: frozenset[str] = frozenset()  # "settlers beat a Palestinian farmer": a mob (riots37)
    mob_settler_classes: frozenset[str] = frozenset()
    gang_victims: re.Pattern[str] | None = None  # "the victim was a drug dealer" (bv43)
    gang_members: re.Pattern[str] | None = None  # "a reputed gang leader": no suspected wrongdoer to gunmen
    settler_arms: re.Pattern[str] | None = None  # "settlers shot a farmer": armed, an attack on civilians
    both_sides: frozenset[str] = frozenset()  # "clashes between two clans": the clans on both sides
    encounters: re.Pattern[str] | None = None  # "two militants were killed in an encounter": the state's
    communal: re.Pattern[str] | None = None  # "during communal unrest": a riot between communities
    faith_pair: re.Pattern[str] | None = None  # "Hindu-Muslim clashes": a fight between two faiths' people
    armed_group_acts: dict[str, str] = field(default_factory=dict)  # class -> sub-event type (threats)
    armed_group_inters: frozenset[int] = frozenset()  # the ACLED actor types of non-state armed groups
    sport_fans: re.Pattern[str] | None = None  # "football supporters": a team's fans, no political camp
    team_fans: re.Pattern[str] | None = None  # "supporters of a local club": fans too (riots35)
    at_protest: re.Pattern[str] | None = None  # "looted shops during demonstrations": at a protest
    protest_leaders: re.Pattern[str] | None = None  # "arrested protest leader Parit": a leader held apart
    held_supporters: frozenset[str] = frozenset()  # "arrested 20 supporters of X": civilians held
    sparking: re.Pattern[str] | None = None  # "arrested X, sparking protests": the protest's cause
    based_moves: frozenset[str] = frozenset()  # "arrived and set up a base": the move to a base (sd30)
    bases: frozenset[str] = frozenset()
    harmless_fire: frozenset[str] = frozenset()  # fire at no one beside damage, no one hurt (sd30)
    unharmed: re.Pattern[str] | None = None  # "no one was hurt"
    shot_people: re.Pattern[str] | None = None  # "one driver was hospitalised with a gunshot wound" (vac36)
    blown: frozenset[str] = frozenset()  # "blew up": set off by state forces, a disposal or a demolition
    explosives: re.Pattern[str] | None = None  # what a disposal blows up ("an explosive device")
    own_blast_classes: frozenset[str] = frozenset()  # bombings that can be their makers' own (sd30)
    own_blast: re.Pattern[str] | None = None  # "exploded prematurely", "while planting it"
    bystanders: re.Pattern[str] | None = None  # "killing two passers-by": others hurt, a bombing
    dud_classes: frozenset[str] = frozenset()  # bombs and grenades that can fail to go off (sd37)
    duds: re.Pattern[str] | None = None  # "but it failed to explode"
    dud_part: re.Pattern[str] | None = None  # "including one that failed to explode": the others went off
    struck_things: frozenset[str] = frozenset()  # attacks that can hit only things (sd37)
    works: re.Pattern[str] | None = None  # "the pipeline was attacked": works whose attack hurts no one
    gunfire_after: re.Pattern[str] | None = None  # "threw a grenade ... then opened fire": guns and a blast
    guards_hit: re.Pattern[str] | None = None  # "attacked the residence, killing two guards": armed men met
    buildings: frozenset[str] = frozenset()  # "stormed a hotel and battled the forces": a place, not people
    riot_devices: re.Pattern[str] | None = None  # "smoke bombs", "stun grenades": no explosive weapons
    riot_device_doers: frozenset[int] = frozenset()  # the actor types that use them to control people
    ground_fights: re.Pattern[str] | None = None  # "a strike that followed a ground operation": a battle
    thwarted: re.Pattern[str] | None = None  # "thwarted a Houthi attack on the town": the attack fought off
    camp_heads: frozenset[str] = frozenset()  # "party supporters attacked opposition activists": camps
    creed_crowds: frozenset[str] = frozenset()  # "thousands of Islamists protested": a crowd (left-actors55)
    people_bodies: frozenset[str] = frozenset()  # "Dalit groups staged a protest": a crowd (peoples56)
    disappeared: re.Pattern[str] | None = None  # "his whereabouts remain unknown": a detention unseen since
    staged_fights: re.Pattern[str] | None = None  # "in a so-called crossfire": no fight, an execution
    staged_gap: frozenset[str] = frozenset()  # words between the denial and the fight: "what police called a"
    execution_words: frozenset[str] = frozenset()  # "executed two soldiers": the word tells they were held
    mutual_classes: frozenset[str] = frozenset()  # "revenge killings between two clans": a fight (bv37)
    mutual_after: re.Pattern[str] | None = None  # the words right after the trigger: "between", "among"
    pursuit: re.Pattern[str] | None = None  # "a vigilante who pursued them" killed: a fight (bv37)
    trade_crowds: frozenset[str] = frozenset()  # "water cannon at farmers": a trade's crowd (westafr-11)
    crowd_peoples: frozenset[str] = frozenset()  # "clashed with ethnic Serbs": a people's crowd (europe61)
    trade_means: re.Pattern[str] | None = None  # ... dispersed by water cannon or tear gas (westafr-11)


def _told_after(words: list[str] | None) -> re.Pattern[str] | None:
    """The words that follow people to tell them suspected: " suspected of", " who were accused of"."""
    if not words:
        return None
    return re.compile(rf" (?:who (?:was|were|had been) )?(?:{'|'.join(words)})\b")


def _team_fans(spec: dict | None) -> re.Pattern[str] | None:
    """"supporters of a local club", "fans of two rival football clubs": a backer's word, "of" and up to four
    words ending in a team's."""
    if not spec:
        return None
    backers, teams = "|".join(spec["backers"]), "|".join(spec["teams"])
    return re.compile(rf"\b(?:{backers}) of (?:[\w'-]+ ){{0,4}}(?:{teams})\b")


def _words(words: list[str]) -> re.Pattern[str]:
    """One pattern for a list of words and phrases, matched whole in lower-case text."""
    ordered = sorted(words, key=len, reverse=True)
    fast = led(ordered)  # the same matches, found several times faster (chronica.alternation)
    if fast is not None:
        return re.compile(rf"(?:{fast})\b")
    alternatives = "|".join(re.escape(w) for w in ordered)
    return re.compile(rf"\b(?:{alternatives})\b")


def _faith_pair(faiths: list[str]) -> re.Pattern[str] | None:
    """Two faiths joined by a hyphen, as the modifier of a noun: "hindu-muslim", "sunni-shia"."""
    if not faiths:
        return None
    one = "|".join(re.escape(f) for f in sorted(faiths, key=len, reverse=True))
    return re.compile(rf"\b(?:{one})-(?:{one})\b")


def _over(issues: list[str]) -> re.Pattern[str]:
    """'over a controversial election law', 'over the fuel price hike': "over" and, up to four words on,
    one of the issues."""
    alternatives = "|".join(re.escape(w) for w in sorted(issues, key=len, reverse=True))
    return re.compile(rf"\bover (?:[\w-]+ ){{0,4}}(?:{alternatives})\b")


def _just_before(words: list[str]) -> re.Pattern[str]:
    """One pattern for a list of phrases that end a text, up to three words before its end between them."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\s+(?:[\w'\u2019-]+\s+){{0,3}}$")


@cache
def context_rules() -> Context:
    path = resources.files("chronica.ontology") / "data" / "acled_context.yaml"
    spec = yamlio.safe_load(path.read_text(encoding="utf-8"))
    return Context(
        frozenset(spec["protest_classes"]), frozenset(spec["crowd_violence_classes"]),
        frozenset(spec["crowd_inter"]), frozenset(spec["crowd_words"]),
        frozenset(spec["intervention_classes"]), tuple(spec["excessive_words"]),
        frozenset(spec["claim_classes"]), frozenset(spec["exchange_classes"]),
        frozenset(spec["exchanged_types"]), frozenset(spec["answered_classes"]), spec["one_person_class"],
        _words(spec["protester_words"]), frozenset(spec["not_protesters"]),
        _words(spec["peaceful_takeover_words"]), frozenset(spec["withdrawal_classes"]),
        _words(spec["off_duty_words"]), frozenset(spec["off_duty_classes"]), _words(spec["off_duty_doubt"]),
        frozenset(spec["raid_classes"]), frozenset(spec["plunder_classes"]),
        frozenset(spec["crowd_fight_words"]), frozenset(spec["damage_classes"]),
        frozenset(spec["held_classes"]),
        frozenset(spec["fight_classes"]), frozenset(spec["in_battle_types"]),
        re.compile(rf"\b(?:{'|'.join(spec['long_fight_spans'])}) of (?:[a-z-]+ )?$"),
        _words(spec["rioter_words"]),
        frozenset(spec["disposal"]["classes"]), frozenset(spec["disposal"]["words"]),
        frozenset(spec["beating_words"]),
        frozenset(spec["force_on_rioters"]["classes"]), frozenset(spec["force_on_rioters"]["doers"]),
        _words(spec["plunder_words"]) if spec.get("plunder_words") else None,
        _words(spec["gathering_words"]) if spec.get("gathering_words") else None,
        *_class_words(spec.get("defenceless")), *_class_words(spec.get("armed_victims")),
        frozenset(spec.get("in_battle_after_types", [])),
        frozenset(spec.get("dispersal_classes", ["crowd_control"])),
        _words(spec["ban_words"]) if spec.get("ban_words") else None,
        excessive_undone=_words(spec["excessive_undone"]) if spec.get("excessive_undone") else None,
        nonlethal=_words(spec["nonlethal_words"]) if spec.get("nonlethal_words") else None,
        brawls=frozenset(spec.get("brawl_classes", ())),
        clause_breaks=_words(spec["clause_breaks"]) if spec.get("clause_breaks") else None,
        rescue_verbs=frozenset(spec.get("rescue_verbs", ())),
        executions=frozenset(spec.get("execution_words", ())),
        protest_told=_words(spec["protest_told"]) if spec.get("protest_told") else None,
        claim_over=_over(spec["claim_issues"]) if spec.get("claim_issues") else None,
        positions=_aimed_at(spec["fighting_positions"]) if spec.get("fighting_positions") else None,
        cleared_camps=_words(spec["cleared_camps"]["words"]) if spec.get("cleared_camps") else None,
        clearing_verbs=frozenset(spec.get("cleared_camps", {}).get("verbs", ())),
        small_arms=_words(spec["small_arms_words"]) if spec.get("small_arms_words") else None,
        few_doers=frozenset(spec.get("few_doers", ())),
        counted_groups=frozenset(spec.get("counted_groups", ())),
        property_targets=frozenset(spec.get("property_targets", ())),
        serious_injury=_words(spec["serious_injury_words"]) if spec.get("serious_injury_words") else None,
        arrested_earlier=_words(spec["arrested_earlier"]) if spec.get("arrested_earlier") else None,
        past_perfect=_words(spec["past_perfect"]) if spec.get("past_perfect") else None,
        jailed_later=frozenset(spec.get("jailed_later", {}).get("verbs", ())),
        later_words=_words(spec["jailed_later"]["later"]) if spec.get("jailed_later") else None,
        swap_releases=_words(spec["swap_release_words"]) if spec.get("swap_release_words") else None,
        searches=frozenset(spec.get("search_classes", ())),
        searched_for=frozenset(spec.get("searched_for", ())),
        quiet_raid_acts=frozenset(spec.get("quiet_raid_acts", ())),
        quiet_raid_verbs=frozenset(spec.get("quiet_raid_verbs", ())),
        unopposed=_words(spec["unopposed_words"]) if spec.get("unopposed_words") else None,
        suspect_kills=frozenset((spec.get("killed_suspects") or {}).get("classes", ())),
        suspect_heads=frozenset((spec.get("killed_suspects") or {}).get("heads", ())),
        fought=_words(spec["killed_suspects"]["fought"]) if spec.get("killed_suspects") else None,
        protest_accused=_words(spec["protest_accused"]) if spec.get("protest_accused") else None,
        riot_past=_words(spec["riot_told_past"]) if spec.get("riot_told_past") else None,
        riot_charge=_just_before(spec["riot_told_as_charge"]) if spec.get("riot_told_as_charge") else None,
        crowd_counts=tuple(spec.get("crowd_counts", ())),
        meeting_asks=_asked_for(spec["meeting_asks"]) if spec.get("meeting_asks") else None,
        peaceful=_words(spec["peaceful_words"]) if spec.get("peaceful_words") else None,
        crowd_carrying=tuple(spec.get("crowd_carrying", ())),
        own_seat_verbs=frozenset(spec.get("own_seat_verbs", ())),
        regaining_verbs=frozenset(spec.get("regaining_verbs", ())),
        violent_crowds=_words(spec["violent_crowd_words"]) if spec.get("violent_crowd_words") else None,
        abandoned=_words(spec["abandoned_words"]) if spec.get("abandoned_words") else None,
        fled=_words(spec["fled_words"]) if spec.get("fled_words") else None,
        reciprocal=_words(spec["reciprocal_words"]) if spec.get("reciprocal_words") else None,
        suspicion=(re.compile(rf"\b(?:{'|'.join(spec['suspicion_words'])}) (?!to\b|of\b|as\b)")
                   if spec.get("suspicion_words") else None),
        suspicion_heads=frozenset(spec.get("suspicion_heads", ())),
        voters=frozenset(spec.get("voter_words", ())),
        one_bodies=frozenset(spec.get("one_bodies", ())),
        body_claimants=frozenset((spec.get("body_claimants") or {}).get("heads", ())),
        body_claimant_sectors=frozenset((spec.get("body_claimants") or {}).get("sectors", ())),
        elites=frozenset((spec.get("elite_claimants") or {}).get("heads", ())),
        elite_gathering=_elite_gathering(spec.get("elite_claimants")),
        suspicion_after=_told_after(spec.get("suspicion_after")),
        crime_names=_words(spec["crime_names"]) if spec.get("crime_names") else None,
        party_sectors=frozenset(spec.get("party_sectors", ())),
        firearms=_words(spec["firearm_words"]) if spec.get("firearm_words") else None,
        crude_arms=_words(spec["crude_arms"]) if spec.get("crude_arms") else None,
        primitive_arms=_words(spec["primitive_arms"]) if spec.get("primitive_arms") else None,
        brigade_heads=frozenset((spec.get("claimed_brigades") or {}).get("heads", ())),
        brigade_claims=(_words(spec["claimed_brigades"]["claims"])
                        if (spec.get("claimed_brigades") or {}).get("claims") else None),
        brigade_army_words=frozenset((spec.get("claimed_brigades") or {}).get("army_words", ())),
        caste_words=frozenset(spec.get("caste_words", ())),
        party_attacks=frozenset((spec.get("party_attacks") or {}).get("verbs", ())),
        party_weapons=(_words(spec["party_attacks"]["weapons"])
                       if (spec.get("party_attacks") or {}).get("weapons") else None),
        resisted=_words(spec["resisted_attack"]["words"]) if spec.get("resisted_attack") else None,
        settlements=frozenset((spec.get("resisted_attack") or {}).get("settlements", ())),
        office_sectors=frozenset(spec.get("civilian_office_sectors", ())),
        trade_crowds=frozenset(spec.get("trade_crowd_words", ())),
        crowd_peoples=frozenset(spec.get("crowd_people_words", ())),
        trade_means=_words(spec["trade_crowd_means"]) if spec.get("trade_crowd_means") else None,
        armed_offices=frozenset(spec.get("armed_office_words", ())),
        aid_agencies=frozenset(spec.get("aid_agencies", ())),
        monitors=_monitors(spec.get("monitors_report")),
        state_first=frozenset((spec.get("battle_order") or {}).get("state_first", ())),
        crowd_blasts=frozenset(spec.get("crowd_blast_classes", ())),
        onlooker_sectors=frozenset(spec.get("onlooker_sectors", ())),
        **_interception(spec.get("intercepted")),
        gunfight_kills=frozenset((spec.get("state_gunfights") or {}).get("classes", ())),
        gunfights=_words(spec["state_gunfights"]["words"]) if spec.get("state_gunfights") else None,
        helper_kills=frozenset((spec.get("helpers_attacked") or {}).get("classes", ())),
        helper_heads=frozenset((spec.get("helpers_attacked") or {}).get("heads", ())),
        settler_heads=frozenset(spec.get("settler_heads", ())),
        creed_crowds=frozenset(spec.get("creed_crowds", ())),
        people_bodies=frozenset(spec.get("people_bodies", ())),
        mob_settlers=frozenset((spec.get("settler_mobs") or {}).get("actors", ())),
        mob_settler_classes=frozenset((spec.get("settler_mobs") or {}).get("classes", ())),
        gang_victims=(re.compile("|".join(f"(?:{p})" for p in spec["gang_victims"]))
                      if spec.get("gang_victims") else None),
        gang_members=_words(spec["gang_member_words"]) if spec.get("gang_member_words") else None,
        settler_arms=(_words(spec["settler_mobs"]["arms"])
                      if (spec.get("settler_mobs") or {}).get("arms") else None),
        both_sides=frozenset(spec.get("both_sides_words", ())),
        encounters=_encounters(spec.get("state_encounters") or []),
        communal=_words(spec["communal_words"]) if spec.get("communal_words") else None,
        faith_pair=_faith_pair(spec.get("faith_words") or []),
        armed_group_acts=dict((spec.get("armed_group_acts") or {}).get("classes", {})),
        armed_group_inters=frozenset((spec.get("armed_group_acts") or {}).get("inters", ())),
        sport_fans=_words(spec["sport_fans"]) if spec.get("sport_fans") else None,
        team_fans=_team_fans(spec.get("team_fans")),
        at_protest=_at_protest(spec["at_protest"]) if spec.get("at_protest") else None,
        protest_leaders=_words(spec["protest_leaders"]) if spec.get("protest_leaders") else None,
        held_supporters=frozenset(spec.get("held_supporters") or ()),
        sparking=_words(spec["sparking_words"]) if spec.get("sparking_words") else None,
        **_own_blast_rules(spec.get("own_blasts")),
        dud_classes=frozenset((spec.get("duds") or {}).get("classes", ())),
        duds=_words(spec["duds"]["words"]) if spec.get("duds") else None,
        dud_part=_words(spec["duds"]["some"]) if (spec.get("duds") or {}).get("some") else None,
        struck_things=frozenset((spec.get("attacked_works") or {}).get("classes", ())),
        works=_words(spec["attacked_works"]["works"]) if spec.get("attacked_works") else None,
        based_moves=frozenset((spec.get("based_moves") or {}).get("moves", ())),
        bases=frozenset((spec.get("based_moves") or {}).get("bases", ())),
        harmless_fire=frozenset((spec.get("harmless_fire") or {}).get("classes", ())),
        unharmed=_words(spec["harmless_fire"]["words"]) if spec.get("harmless_fire") else None,
        shot_people=_words(spec["damage_with_wounds"]) if spec.get("damage_with_wounds") else None,
        blown=frozenset(spec["disposal"].get("blown", ())),
        explosives=_words(spec["disposal"]["explosives"]) if spec["disposal"].get("explosives") else None,
        **_battles30(spec),
    )


def _at_protest(entry: dict) -> re.Pattern[str]:
    """'during demonstrations', 'amid the protests over ...': a preposition, up to three words, a protest
    noun."""
    preps = "|".join(re.escape(w) for w in entry["prepositions"])
    nouns = "|".join(re.escape(w) for w in entry["nouns"])
    return re.compile(rf"\b(?:{preps})\s+(?:[\w'-]+\s+){{0,3}}?(?:{nouns})\b")


def _elite_gathering(entry: dict | None) -> re.Pattern[str] | None:
    """'told a rally', 'marched', 'outside parliament': the elites' claim made at a gathering (crisis-4)."""
    if not entry or not entry.get("gatherings") or not entry.get("at_gathering"):
        return None
    return re.compile(f"{_at_protest(entry['at_gathering']).pattern}|{_words(entry['gatherings']).pattern}")


def _own_blast_rules(entry: dict | None) -> dict[str, Any]:
    """The Context fields of the ``own_blasts`` entry: a word of an early blast, or a verb of handling a
    bomb with the bomb after it or before it ("planting it", "the explosives they were handling")."""
    if not entry:
        return {}
    verbs = "|".join(re.escape(v) for v in sorted(entry["handling"], key=len, reverse=True))
    bombs = "|".join(re.escape(b) for b in sorted(entry["bombs"], key=len, reverse=True))
    handled = rf"\b(?:{verbs})\s+(?:it|them|(?:[\w-]+\s+){{0,2}}?(?:{bombs}))\b"
    held = rf"\b(?:{bombs})\s+(?:that\s+|which\s+)?(?:[\w-]+\s+){{1,3}}?(?:was|were)\s+(?:{verbs})\b"
    early = "|".join(re.escape(w) for w in sorted(entry["words"], key=len, reverse=True))
    return {"own_blast_classes": frozenset(entry["classes"]),
            "own_blast": re.compile(rf"\b(?:{early})\b|{handled}|{held}"),
            "bystanders": _words(entry["bystanders"])}


def _battles30(spec: dict) -> dict[str, Any]:
    """The context of the round battles30: gunfire after a blast, guards hit, buildings stormed and
    riot-control devices."""
    hit = spec.get("guards_hit") or {}
    guards = None
    if hit:
        spare = "|".join(re.escape(w) for w in hit["unarmed"])
        guards = re.compile(rf"\b(?:{'|'.join(hit['verbs'])})\s+(?:(?!(?:{spare})\b)[\w-]+\s+){{0,4}}"
                            rf"(?:{'|'.join(hit['heads'])})\b")
    devices = spec.get("riot_devices") or {}
    return {
        "gunfire_after": _words(spec["gunfire_after_blast"]) if spec.get("gunfire_after_blast") else None,
        "guards_hit": guards,
        "buildings": frozenset(spec.get("stormed_buildings", ())),
        "riot_devices": _words(devices["words"]) if devices else None,
        "riot_device_doers": frozenset(devices.get("doers", ())),
        "ground_fights": _words(spec["ground_fight_words"]) if spec.get("ground_fight_words") else None,
        "thwarted": _words(spec["thwarted_words"]) if spec.get("thwarted_words") else None,
        "camp_heads": frozenset(spec.get("camp_heads", ())),
        "disappeared": _words(spec["disappearance_words"]) if spec.get("disappearance_words") else None,
        "staged_fights": (_words(spec["state_gunfights"]["staged"])
                          if (spec.get("state_gunfights") or {}).get("staged") else None),
        "staged_gap": frozenset((spec.get("state_gunfights") or {}).get("staged_gap", ())),
        "execution_words": frozenset((spec.get("defenceless") or {}).get("verbs", ())),
        **_mutual(spec.get("mutual_killings")),
        "pursuit": _words(spec["pursuit_words"]) if spec.get("pursuit_words") else None,
    }


def _mutual(entry: dict | None) -> dict[str, Any]:
    """The context of killings told between two sides (bv37)."""
    if not entry:
        return {}
    return {"mutual_classes": frozenset(entry["classes"]),
            "mutual_after": re.compile(rf"\s+(?:{'|'.join(entry['after'])})\b")}


def _interception(entry: dict | None) -> dict[str, Any]:
    """The Context fields of the ``intercepted`` entry (none when the file has none)."""
    if not entry:
        return {}
    return {"intercepted_classes": frozenset(entry["classes"]),
            "repelled_verbs": frozenset(entry["repelled"]),
            "aerial": _words(entry["aerial"]), "intercepted": _words(entry["words"]),
            "undone": re.compile(rf"(?:{'|'.join(re.escape(w) for w in entry['undone'])}) (?:\w+ )?$"),
            "hits": _words(entry["hits"])}


SHELLING = "Shelling/artillery/missile attack"


def _aimed_at(places: list[str]) -> re.Pattern[str]:
    """Fire aimed at one of these places, with up to three words before it ("at the governmental positions",
    "on army trenches", "at the positions of the militia")."""
    alternatives = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    return re.compile(rf"\b(?:at|on|upon|towards?)\s+(?:[\w'-]+\s+){{0,3}}?(?:{alternatives})\b")


def _asked_for(things: list[str]) -> re.Pattern[str]:
    """One of these things asked for, up to three words after the asking verb ("an audience",
    "for urgent talks", "a meeting")."""
    alternatives = "|".join(re.escape(t) for t in sorted(things, key=len, reverse=True))
    return re.compile(rf"^(?:\s+[\w'-]+){{0,3}}?\s+(?:{alternatives})\b")


def _meeting_asked(ev: Event, rules: Context) -> bool:
    """'The bishops sought an audience with the king', 'requested a meeting with the president': what
    is asked for is a meeting (``meeting_asks``), a claim no protest makes unless protesters make it."""
    if rules.meeting_asks is None or any(rules.protesters.search((a.text or "").lower()) for a in ev.source):
        return False
    text = ev.text.lower()
    at = text.find(ev.trigger.text.lower())
    return at >= 0 and rules.meeting_asks.search(text[at + len(ev.trigger.text):]) is not None


def _class_words(entry: dict | None) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """A rule's trigger classes and its words, from a YAML entry with ``classes`` and ``words``."""
    if not entry:
        return frozenset(), None
    return frozenset(entry["classes"]), _words(entry["words"])


_NO_TRIGGER: dict[str, Any] = {}  # read only: an event with no trigger evidence, without a new dict each ask


def _cls(ev: Event) -> str:
    return ev.evidence.get("trigger", _NO_TRIGGER).get("class", "")


def _lemma(ev: Event) -> str:
    """The trigger's word as its rule names it ("verb:clash+crowd" -> "clash")."""
    rule = ev.evidence.get("trigger", _NO_TRIGGER).get("rule", "")
    return rule.partition(":")[2].partition("+")[0]


def _crowd_fight(ev: Event, rules: Context) -> bool:
    """'Supporters of rival candidates clashed': crowds fighting each other, with no state force
    among the sides, is a riot but makes no protest of its own (mob violence unless a claim is made)."""
    return (_cls(ev) == "riot" and _lemma(ev) in rules.crowd_fights
            and not any(a.inter == 1 for a in ev.source + ev.target))


def _mob_on_civilians(ev: Event, rules: Context) -> bool:
    """'A crowd stoned a woman accused of witchcraft': a crowd's violence on named civilians, by people
    not called protesters, with no state force among the sides, is mob violence and no protest of its own."""
    return (_cls(ev) == "riot" and bool(ev.source)
            and (bool(ev.target) and all(a.inter == 7 and not armed(a) for a in ev.target)
                 or not ev.target and _riot_on_pronoun(ev))
            and not any(a.inter == 1 or rules.protesters.search((a.text or "").lower()) for a in ev.source))


PERSON_OBJECT = re.compile(r"\s+(?:him|her|them)\b")


def _riot_on_pronoun(ev: Event) -> bool:
    """'Residents pulled the men away from the officers and stoned them': a riot whose object is a pronoun
    for people named before; people were set upon, no protest."""
    text = ev.text.lower()
    at = text.find(ev.trigger.text.lower())
    return at >= 0 and PERSON_OBJECT.match(text, at + len(ev.trigger.text)) is not None


def _fans(ev: Event, rules: Context) -> bool:
    """'Supporters of a local club stormed the pitch': every doer a sports team's fans, named so in the doer's
    words or in the sentence right from them ("Supporters of two rival football clubs clashed"); fans who
    attack make no protest, they are a mob (riots35)."""
    if rules.team_fans is None or rules.sport_fans is None or not ev.source:
        return False
    text = ev.text.lower()

    def fan(actor: Actor) -> bool:
        words = (actor.text or "").lower()
        if not words or rules.sport_fans.search(words) or rules.team_fans.search(words):
            return bool(words)
        at = text.find(words)
        return at >= 0 and rules.team_fans.match(text, at) is not None

    return all(fan(a) for a in ev.source)


def _mob_on_police(ev: Event, rules: Context, text: str) -> bool:
    """'Residents pelted stones at police enforcing the curfew': a crowd's violence on state forces, in a
    report that tells of no protest, demonstration or demand, is mob violence, no protest of its own
    (coder21). A sports team's supporters ("football supporters attacked the police") are fans, not a
    political camp that makes a claim by being there (riots30). A fight "over" a public issue ("students
    clashed with riot police over an election law") makes that claim: a violent demonstration."""
    if rules.sport_fans is not None:
        text = rules.sport_fans.sub(" ", text)
    return (rules.protest_told is not None and _cls(ev) == "riot" and bool(ev.source) and bool(ev.target)
            and any(a.inter == 1 for a in ev.target)
            and all(a.inter in rules.crowd_inter or a.inter == 0 for a in ev.source)
            and rules.protest_told.search(text) is None and rules.protesters.search(text) is None
            and (rules.claim_over is None or rules.claim_over.search(text) is None))


def _mob_doers(group: list[Event], rules: Context, text: str) -> set[str]:
    """The words of the crowds that a report of no protest tells attacking state forces (``_mob_on_police``):
    their other riotous acts with no one named hit ("invaded the pitch and attacked police officers") are the
    same mob's, no protest either (riots30)."""
    return {(a.text or "").lower() for e in group if _mob_on_police(e, rules, text) for a in e.source}


def _same_mob(ev: Event, mobs: set[str]) -> bool:
    """A riot with no target whose doers are all a mob that attacked state forces in the report."""
    return (_cls(ev) == "riot" and not ev.target and bool(ev.source)
            and all((a.text or "").lower() in mobs for a in ev.source))


def _state_against_crowd(ev: Event, rules: Context) -> bool:
    """'Stone-throwing youths clashed with police', 'villagers clashed with soldiers': a clash of state forces
    with unarmed people named as a crowd (or, with no other side named, with protesters named in its
    sentence) is the crowd's violence, a riot, not a battle."""
    if _cls(ev) != "clash" or not any(a.inter == 1 for a in ev.source + ev.target):
        return False
    if rules.gunfights is not None and rules.gunfights.match(ev.trigger.text.lower()) is not None:
        return False  # "police killed two young men in a shootout": a crowd has no gunfight
    others = [a for a in ev.source + ev.target if a.inter != 1]
    people = [a for a in others if not (a.inter == 8 and a.sector in ("MIL", "COP") and a.country is None)]
    others = people or others  # "police clashed with ethnic Serbs, injuring 30 NATO peacekeepers": an
    # international body's peacekeepers beside the police (europe61); another state's troops are no crowd
    if not others:
        return rules.protesters.search(ev.text.lower()) is not None
    return all(not armed(a) and (a.inter in (5, 6) or a.inter in (0, 7)
                                  and (_crowd_head(a, rules).rstrip("s") in rules.crowd_words
                                       or _people_crowd(a, rules)))
               or _counted_crowd(a, ev, rules) for a in others)


def _people_crowd(actor: Actor, rules: Context) -> bool:
    """'Police clashed with ethnic Serbs': a people's civilians told by a word of ethnicity
    (``crowd_people_words``), no armed group of theirs, are a crowd when they fight state forces
    (europe61)."""
    return actor.inter == 7 and (actor.evidence or "").startswith("people+") and any(
        w in rules.crowd_peoples for w in (actor.text or "").lower().split())


def _crowd_head(actor: Actor, rules: Context) -> str:
    """The word naming the people, before what they carry: "youths armed with sticks" -> "youths"."""
    text = (actor.text or "").lower()
    for carrying in rules.crowd_carrying:
        text = text.split(f" {carrying} ")[0]
    words = text.split()
    return words[-1] if words else ""


def _counted_crowd(actor: Actor, ev: Event, rules: Context) -> bool:
    """'Dozens of men clashed with police': men taken for gunmen only for the clash, counted as a crowd in the
    sentence, are a crowd (coder24)."""
    if not (actor.evidence or "").startswith("armed:role:") or not rules.crowd_counts or not actor.text:
        return False
    said = actor.text.lower()
    if said.startswith(rules.crowd_counts):  # the actor's own words hold the count: "Dozens of men"
        return True
    counts = "|".join(re.escape(c) for c in rules.crowd_counts)
    return re.search(rf"\b(?:{counts}) (?:[\w-]+ ){{0,2}}{re.escape(said)}\b", ev.text.lower()) is not None


def _real(ev: Event) -> bool:
    return not ev.modality.negated and not ev.modality.hypothetical


def _banned(ev: Event, rules: Context) -> bool:
    """'Police arrested 200 party members after banning a rally they had planned': a gathering told only
    as the topic of a ban in its sentence is none held, so it makes no protest report."""
    rule = ev.evidence.get("trigger", _NO_TRIGGER).get("rule", "")
    return rules.bans is not None and "+topic" in rule and rules.bans.search(ev.text.lower()) is not None


def _accused_of(ev: Event, rules: Context) -> bool:
    """'Police arrested 30 youths accused of taking part in a protest last weekend': a protest named only as
    what people are accused of, or as past, is no protest the report tells (coder24)."""
    rule = ev.evidence.get("trigger", _NO_TRIGGER).get("rule", "")
    return (rules.protest_accused is not None and "+topic" in rule
            and rules.protest_accused.search(ev.text.lower()) is not None)


def _crowd_clash_told(ev: Event, group: list[Event], rules: Context) -> bool:
    """'Police detained 63 protesters after clashes outside parliament': clashes with no side named, told as
    the cause of force used on a crowd in the same sentence, are that crowd's, not a battle (followups63)."""
    return _cls(ev) == "clash" and not ev.source and not ev.target and any(
        o is not ev and o.sentence == ev.sentence and any(a.inter in CROWD_INTER for a in o.target)
        and (_cls(o) in rules.intervention or _cls(o) in rules.dispersal) for o in group)


def _told_before(ev: Event) -> bool:
    """Violence told as the setting of the news, or as the topic of another act in a clause of its
    own ("demanding justice for a classmate who was beaten to death by activists"; extract/setting.py):
    not the protest's own violence."""
    rule = ev.evidence.get("trigger", _NO_TRIGGER).get("rule", "")
    return "+setting" in rule or "+topic" in rule


PAST_RIOT_WITHIN = 60  # characters after a riot's noun in which a past time tells it as background


def _past_riot(ev: Event, rules: Context) -> bool:
    """'... after the intense protests and riots in the country's prisons in the previous week': a riot named
    by a noun with a past time just after it (after any of its word's places in the sentence) is the report's
    background, not violence it tells (riots38); so is one named as what people are held or charged for
    ("relatives of youths arrested for rioting", "people involved in riots"; lead39)."""
    rule = ev.evidence.get("trigger", _NO_TRIGGER).get("rule", "")
    if _cls(ev) != "riot" or not rule.startswith("noun:"):
        return False
    text, word = ev.text.lower(), ev.trigger.text.lower()
    found = list(re.finditer(re.escape(word), text)) if word else []
    if rules.riot_past is not None and any(
            rules.riot_past.search(text[m.end():m.end() + PAST_RIOT_WITHIN]) is not None for m in found):
        return True
    charge = rules.riot_charge
    return charge is not None and any(
        charge.search(text[max(0, m.start() - PAST_RIOT_WITHIN):m.start()]) is not None for m in found)


def _by_crowd(ev: Event, rules: Context, protest: bool = False) -> bool:
    """Violence whose doers are a crowd or unorganised people, not an armed organisation. In a
    protest report, violence whose doers are not named ("clashes with the police broke out",
    "chairs were burnt") is the crowd's, unless the crowd is its target."""
    if _cls(ev) not in rules.crowd_violence:
        return False
    if not ev.source:  # unnamed doers: a crowd's damage or clashes, not beatings or shootings
        return (protest and _cls(ev) in UNNAMED_CROWD_CLASSES
                and not any(a.inter in rules.crowd_inter for a in ev.target))
    if _state_against_crowd(ev, rules):
        return True
    if protest and _cls(ev) == "clash" and all(a.inter == 1 or a.inter in rules.crowd_inter
                                               for a in ev.source + ev.target):
        return True  # "clashes with the police broke out" at a protest: the crowd fought the police
    beating = _lemma(ev) in rules.beatings
    for actor in ev.source:
        if actor.inter in rules.crowd_inter:
            continue
        if (beating and (actor.evidence or "").startswith("armed:")
                and not (actor.text or "").lower().startswith(SINGLE_DETERMINERS)):
            continue  # "beaten to death by a group of men": people with no arms named beat, as a crowd does
        words = (actor.text or "").lower().split()
        if (actor.inter == 0 and any(w.rstrip("s") in rules.crowd_words for w in words)
                and not _party_attack(ev, actor, rules)):
            continue
        return False
    return True


def _riot_class(ev: Event, rules: Context) -> bool:
    """The trigger is a riot's, and no named party's men set on people with it (``_party_attack``)."""
    return _cls(ev) == "riot" and not any(_party_attack(ev, a, rules) for a in ev.source)


def _party_attack(ev: Event, actor: Actor, rules: Context) -> bool:
    """'TMC workers attacked BJP supporters with iron rods', 'a group of BJP workers assaulted a CPI(M)
    activist': a named party's men who set on people, not state forces, are the party acting as a
    political militia (ACLED inter 3), not a crowd; a fight between rival parties' men stays a riot
    (riots26), and so do supporters told by no party's name (actors30b). A party's wing told by its role
    ("the ruling party's youth wing": inter 0, as a named party) is its own men too (crowdact46)."""
    rule = (actor.evidence or "").removeprefix("mention in sentence: ")
    if (actor.sector not in rules.party_sectors or not (rule.startswith("org:") or actor.inter == 0)
            or not ev.target or any(a.sector in ("MIL", "COP") or a.inter == 8 for a in ev.target)):
        return False
    said = (getattr(ev, "text", "") or "").lower()
    armed_with = rules.party_weapons is not None and rules.party_weapons.search(said) is not None
    return _lemma(ev) in rules.party_attacks or armed_with


def _crowd_of_civilians(actor: Actor, rules: Context) -> bool:
    """'dispersed opposition supporters', 'fired tear gas at the crowd': unarmed people named as a crowd
    (ACLED inter 7 or none), whom force used to disperse met as a gathering."""
    words = (actor.text or "").lower().split()
    return (actor.inter in (0, 7) and bool(words)
            and (words[-1].rstrip("s") in rules.crowd_words or words[-1] in rules.not_protesters))


def _trade_on_forces(crowd: list[Event], rules: Context) -> bool:
    """'Hundreds of Polish farmers clashed with police outside parliament': people of a trade that takes to
    the streets (``trade_crowd_words``) fighting state forces where the sentence names a gathering ("outside
    parliament", "marched": ``elite_claimants.gatherings``) are demonstrators whose protest turned violent,
    not a mob (europe61)."""
    if rules.elite_gathering is None:
        return False
    return any(any(a.inter == 1 for a in ev.source + ev.target)
               and rules.elite_gathering.search(ev.text.lower()) is not None and any(
        a.inter in (0, 5, 7)
        and any(w.rstrip("s") in rules.trade_crowds for w in (a.text or "").lower().split())
        for a in ev.source) for ev in crowd)


def _trade_crowd(ev: Event, rules: Context) -> bool:
    """'Police fired water cannon at farmers in Brussels': people of a trade that takes to the streets
    (``trade_crowd_words``) met by their own state's forces with the means of crowd control
    (``trade_crowd_means``) are a crowd; Israeli troops firing on Palestinian farmers are not their state
    policing them, and a baton charge alone keeps the trade ("lathicharged the agitating teachers")."""
    if rules.trade_means is None or rules.trade_means.search(ev.text.lower()) is None:
        return False
    home = {a.country for a in ev.source if a.inter == 1 and a.country}
    return any(a.inter in (0, 7) and a.country in home and (a.text or "").lower().split()[-1:] in (
        [w] for t in rules.trade_crowds for w in (t, f"{t}s")) for a in ev.target)


def _set(ev: Event, event_type: str, sub_event_type: str, why: str) -> None:
    ev.acled = {"event_type": event_type, "sub_event_type": sub_event_type}
    ev.evidence.setdefault("acled", []).append(why)


# conventional(kind, country) -> the actor ACLED writes for "protesters", "rioters" or
# "unidentified armed group" in that country
Conventional = Callable[[str, "str | None"], "Actor | None"]
UNNAMED_CROWD_CLASSES = {"destroy", "loot", "riot", "clash"}
VIOLENT_TYPES = ("Battles", "Violence against civilians", "Explosions/Remote violence")


def refine(events: list[Event], book: Codebook, text: str = "") -> None:
    """Re-type events by what else the report says (in place); ``text``: the whole report, where the
    victims' status may be told in a sentence of its own ("The victim was armed.")."""
    for ev in events:  # "gunmen opened fire at the police": the armed side aimed at, found once typed
        if ev.acled and any((a.evidence or "").startswith("aimed at:") for a in ev.target):
            coding = book.code(_cls(ev), ev.source, ev.target)
            if coding.acled and coding.acled != ev.acled:
                _set(ev, *coding.acled.values(), "aimed at an armed side")
    _retype(events, text)
    one_person = context_rules().one_person_class
    for ev in events:  # "rebels seized two engineers": held by an armed group, an abduction in all three
        if _cls(ev) == "arrest" and (ev.acled or {}).get("sub_event_type") == ABDUCTION:
            coding = book.code("abduct", ev.source, ev.target)
            ev.plover, ev.cameo = coding.plover, coding.cameo
    for ev in events:  # "a youth threw a stone at a police car": an assault, a riot is a crowd's
        if _cls(ev) == "riot" and _one_person(ev):
            coding = book.code(one_person, ev.source, ev.target)
            ev.plover, ev.cameo = coding.plover, coding.cameo
    for ev in events:  # "riot police clashed with students": no firearm told
        mode = _crowd_fight_mode(ev)
        if mode is not None:
            ev.plover = {**ev.plover, "mode": mode}


def _crowd_fight_mode(ev: Event) -> str | None:
    """The PLOVER mode of a fight ACLED types as a crowd's (Riots: "Colombian riot police clashed with
    students") coded as a gunfight (firearms) though its sentence tells no firearm: primitive when it tells
    stones, machetes or the like, else beat (the code book's default when no weapon is stated; repress47)."""
    rules, said = context_rules(), ev.text.lower()
    if (ev.plover.get("mode") != "firearms" or (ev.acled or {}).get("event_type") != "Riots"
            or rules.firearms is None or rules.firearms.search(said) is not None):
        return None
    return "primitive" if rules.primitive_arms is not None and rules.primitive_arms.search(said) else "beat"


def name_actors(events: list[Event], conventional: Conventional, focus: str | None) -> None:
    """Name the actors the ACLED way once the types are settled (in place)."""
    _attackers_off_gatherings(events, context_rules())
    doers = {(e.sentence, _bare(a.text)) for e in events if _cls(e) in context_rules().protest
             for a in e.source if a.text}
    for ev in events:
        protesting = frozenset(text for sentence, text in doers if sentence == ev.sentence)
        _acled_actors(ev, conventional, focus, protesting)


def _attackers_off_gatherings(events: list[Event], rules: Context) -> None:
    """'Armed men attacked a campaign rally', 'a suicide bomber blew himself up at a political rally': the
    attackers are no doers of the rally their sentence names (in place)."""
    for ev in events:
        if _cls(ev) not in rules.protest or not ev.source:
            continue
        armed = {_bare(a.text) for e in events if e is not ev and e.sentence == ev.sentence
                 and e.plover["type"] == "ASSAULT" for a in e.source
                 if a.inter in (2, 3) and a.sector in (None, "UAF", "REB")  # "militants bombed a rally"
                 and a.text}
        ev.source = [a for a in ev.source if _bare(a.text) not in armed]


def _bare(text: str) -> str:
    """A mention's words without a leading article ("A suicide bomber" = "suicide bomber")."""
    first, _, rest = text.lower().partition(" ")
    return rest if first in ("a", "an", "the") and rest else text.lower()


def _acled_actors(ev: Event, conventional: Conventional, focus: str | None,
                  protesting: frozenset[str] = frozenset()) -> None:
    """ACLED names an actor by its part in the event: the people at a protest are Protesters,
    at a riot Rioters; an attack with no named perpetrator has an Unidentified Armed Group. ``protesting``:
    the words of the doers of the protests told in the event's sentence."""
    if not ev.acled or not _real(ev):
        return
    country = (people_country(ev.location) if ev.location else None) or focus  # Hong Kong's are HKG
    kind = ev.acled["event_type"]
    if kind in ("Protests", "Riots"):
        role = "protesters" if kind == "Protests" else "rioters"
        if not ev.source and _cls(ev) in context_rules().intervention:
            # "the crackdown", "arrests were made": the crowd is acted upon, not the doer
            _crowd_target(ev, role, kind, conventional, country, protesting)
            return
        crowd = [a for a in ev.source if a.inter in (0, 6, 7) or (kind == "Riots" and a.inter == 5)]
        # unidentified people or groups at a riot or protest are its crowd; a named group stays,
        # after the crowd ("Imbonerakure and CNL members fought": Rioters, with the Imbonerakure)
        unnamed = [a for a in ev.source
                   if a.inter == 3 and a.sector in (None, "UAF", "CVL") and not _named(a)]
        if _armed_on_crowd(ev, kind, context_rules()):  # "gunmen opened fire on a rally": they stay its doers
            unnamed = []
        rule = ev.evidence.get("trigger", _NO_TRIGGER).get("rule", "")
        if _cls(ev) in context_rules().protest and rule.startswith("verb:"):
            # whoever protests is the crowd ("police officers protested"), but not the police who
            # "prevented the demonstration"
            unnamed += [a for a in ev.source if a.inter in (1, 8) and not _named(a) and not _body(a)]
        if _cls(ev) in context_rules().protest:  # "the ruling party held a rally": its supporters rally
            unnamed += [a for a in ev.source if a.inter == 1 and _ruling_party(a)]
            unnamed += [a for a in ev.source if _creed_crowd(a, context_rules())]
            unnamed += [a for a in ev.source if _people_body(a, context_rules())]
        crowd += [a for a in unnamed if a not in crowd]
        named = [a for a in ev.source if a.inter in (2, 3, 4) and _named(a)]
        if not ev.source or crowd or named:
            standard = conventional(role, (_nationality(crowd[0]) if crowd else None) or _settlers_home(crowd)
                                    or country or (crowd[0].country if crowd else None))
            if standard is not None:
                keep = [a for a in ev.source if a not in crowd]
                text = crowd[0].text if crowd else ""
                # the crowd keeps its own CAMEO sector ("students", "police officers" who protest)
                # (not a militia's, a people's groups who protest: peoples56)
                sector = (crowd[0].sector if crowd and crowd[0].sector not in ("REB", "PRM") else None) or (
                    standard.sector)
                ev.source = [replace(standard, text=text, sector=sector,
                                     evidence=f"acled-convention:{role}"
                                     + (f" (was {crowd[0].name})" if crowd else ""))] + keep
        forces = any(a.inter in (1, 8) for a in ev.source) or _armed_on_crowd(ev, kind, context_rules())
        if forces and not any(a.inter in CROWD_INTER for a in ev.source):
            _crowd_target(ev, role, kind, conventional, country, protesting)  # "police dispersed the workers"
        elif kind == "Riots" and _crowds_on_both_sides(ev, context_rules()):
            _second_crowd(ev, conventional, country)
    elif kind in VIOLENT_TYPES and not ev.source:
        standard = conventional("unidentified gunmen", country)
        rivals = _rival_groups(ev, ev.target, context_rules())
        sides = _monitored_sides(ev, conventional, country, context_rules())
        forces = _encounter_forces(ev, conventional, country, context_rules())
        if sides is not None:  # "the OSCE SMM observed 12 explosions near Horlivka": who fired on it
            ev.source, ev.target = [sides[0]], ev.target or [sides[1]]
        elif forces is not None:  # "two terrorists were killed in an encounter in Kupwara"
            ev.source = [forces]
        elif rivals is not None:  # "clashes between two clans": the clans fought each other
            marked = replace(rivals, evidence=f"{rivals.evidence}+both sides")
            ev.source, ev.target = [marked], [marked]
        elif (caste := _caste_doers(ev, conventional, country, context_rules())) is not None:
            ev.source = [caste]
        elif standard is not None:
            ev.source = [replace(standard, text="", evidence="acled-convention:perpetrator not named")]
    elif kind in VIOLENT_TYPES:  # a party's members who attack are a political militia ("X party workers
        # attacked ..."), as ACLED codes them
        ev.source = [_claimed_brigade(a, ev, context_rules(), country) for a in ev.source]
        rivals = None if ev.target else _rival_groups(ev, ev.source, context_rules())
        if rivals is not None:  # "two clan militias clashed": the other clan's militia is the second side
            ev.target = [replace(rivals, evidence=f"{rivals.evidence}+both sides")]
        ev.source = [replace(a, inter=3, evidence=f"{a.evidence}+acled-convention:party militia")
                     if a.inter == 0 and a.sector in ("PTY", "OPP") else a for a in ev.source]
        if kind == "Battles":  # "Iraqi troops invaded Kuwait": Kuwait's army is the other side
            ev.target = [_state_forces(a, ev.source, conventional) for a in ev.target]
        if kind == "Violence against civilians":
            ev.target = [_party_victim(_official_victim(a, context_rules())) for a in ev.target]
            ev.target = [_aid_victim(a, context_rules(), conventional, country) for a in ev.target]


def _caste_doers(ev: Event, conventional: Conventional, country: str | None, rules: Context) -> Actor | None:
    """'Members of the Koli caste attacked a family', 'men of an upper caste beat a labourer': doers told only
    by their caste, which no dictionary names, are a caste militia to ACLED (an identity militia, inter 4):
    "<Caste> Caste Militia (<country>)" when the caste is named, else the unidentified communal militia; the
    caste of victims is not read here (actors30b)."""
    told = [n.get("text") or "" for n in ev.evidence.get("source") or () if not n.get("resolved")]
    phrase = next((t for t in told if any(w.strip(",.") in rules.caste_words for w in t.lower().split())),
                  None)
    militia = conventional("communal militia", country) if phrase else None
    if militia is None or phrase is None:
        return None
    words = phrase.split()
    at = next(i for i, w in enumerate(words) if w.lower().strip(",.") in rules.caste_words)
    name = words[at - 1] if at > 0 and words[at - 1][:1].isupper() and words[at - 1].isalpha() else None
    acled = militia.acled_actor or ""
    if name and "(" in acled:
        acled = f"{name} Caste Militia ({acled.rsplit('(', 1)[1]}"
    return replace(militia, text=phrase, name=acled, acled_actor=acled,
                   evidence="acled-convention:caste militia")


def _claimed_brigade(actor: Actor, ev: Event, rules: Context, country: str | None) -> Actor:
    """'The Red Falcon Brigade claimed a bomb attack': a brigade with a proper name of its own (no number, no
    arm of an army) whose report claims the attack is a non-state armed group (inter 3) named by itself, of
    the place's country; an army's numbered or arm-named brigade stays the army (actors30b)."""
    words = (actor.text or "").split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if (actor.sector != "MIL" or len(words) < 2 or words[-1].lower() not in rules.brigade_heads
            or rules.brigade_claims is None or not rules.brigade_claims.search((ev.text or "").lower())):
        return actor
    name = words[:-1]
    proper = [w for w in name if w.lower() not in ("of", "the", "al", "al-")]
    if not proper or any(not w[0].isupper() or not w.replace("-", "").replace("'", "").isalpha()
                         or w.lower() in rules.brigade_army_words for w in proper):
        return actor
    group = " ".join(words)
    return replace(actor, name=group, acled_actor=group, inter=3, sector="UAF",
                   country=country or actor.country, evidence=f"{actor.evidence}+claimed brigade")


def _encounters(nouns: list[str]) -> re.Pattern[str] | None:
    """The words after a killing's verb that tell it was done in a fight with a state's forces, with no side
    named ("killed in an encounter", "in a police encounter"; ``state_encounters``)."""
    if not nouns:
        return None
    told = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"\s+in\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:{told})\b(?!\s+(?:with|between|involving))")


def _encounter_forces(ev: Event, conventional: Conventional, country: str | None,
                      rules: Context) -> Actor | None:
    """'Two terrorists were killed in an encounter in Kupwara', 'a gangster was killed in a police encounter':
    South Asian papers' word for a gunfight with police or troops, told right after a killing's verb with no
    side named, is the country's security forces' (southasia-3); not when the dead are such forces themselves
    ("two soldiers were killed in an encounter": their foes are not named)."""
    if (rules.encounters is None or _cls(ev) not in rules.gunfight_kills or not ev.target
            or any(a.inter in (1, 8) for a in ev.target)):
        return None
    text, word = ev.text.lower(), ev.trigger.text.lower()
    at = text.find(word)
    if at < 0 or rules.encounters.match(text, at + len(word)) is None:
        return None
    forces = conventional("security forces", country)
    return replace(forces, text="", evidence="acled-convention:killed in an encounter") if forces else None


def _rival_groups(ev: Event, sides: list[Actor], rules: Context) -> Actor | None:
    """'Clashes between two clans', 'two clan militias clashed': the one armed group named on a battle's only
    side, told as two or as rivals, that is both sides of the fight (vac28)."""
    if ev.acled is None or ev.acled["event_type"] != "Battles" or len(sides) != 1:
        return None
    group = sides[0]
    words = (group.text or "").lower().split()
    told_as_two = words[0] in rules.both_sides or "and" in words[1:-1]  # "the Agar and Gok clan militias"
    if words[0] == "two" and _cls(ev) in rules.gunfight_kills:
        return None  # "two terrorists were killed": the dead counted, not two sides (southasia-3)
    return group if group.inter in (2, 3, 4) and len(words) > 1 and told_as_two else None


def _party_victim(actor: Actor) -> Actor:
    """'Militiamen beat a CNL supporter', 'gunmen shot dead a ruling party member': a party's people attacked
    are civilian victims to ACLED (actor type 7, the party only an associated actor); so are suspected thieves
    a gang's type was given to ("police shot dead a suspected car thief") (vac28)."""
    party = actor.inter == 0 and actor.sector in ("PTY", "OPP")
    if not party and not (actor.inter == 3 and not armed(actor)):
        return actor
    return replace(actor, inter=7, evidence=f"{actor.evidence}+acled-convention:unarmed victim")


def _monitors(spec: dict | None) -> dict[str, Any]:
    if not spec:
        return {}
    return {"country": spec["country"], "words": _words(spec["words"]),
            "at_held": spec["shooter_at_held"], "at_government": spec["shooter_at_government"],
            "held": frozenset(spec.get("held_by_separatists", ())),
            "government": frozenset(spec.get("held_by_government", ())),
            "told": _words([*spec.get("held_by_separatists", ()), *spec.get("held_by_government", ())])}


def _monitored_sides(ev: Event, conventional: Conventional, country: str | None,
                     rules: Context) -> tuple[Actor, Actor] | None:
    """'The OSCE SMM observed 12 explosions near Horlivka': a ceasefire violation the monitors report names no
    side; ACLED gives it to the side that fired on the place: the Ukrainian military on a place the
    separatists held, their forces (NAF) on a place the government held, the military when the place is on
    neither list (inter35). Returns (actor 1, actor 2)."""
    spec = rules.monitors
    if not spec or country != spec["country"] or not spec["words"].search((ev.text or "").lower()):
        return None
    military = conventional(spec["at_held"], country)
    separatists = conventional(spec["at_government"], country)
    if military is None or separatists is None:
        return None
    place = ev.location
    names = {(n or "").lower() for n in ((place.text, place.name) if place is not None else ())}
    if not names & (spec["held"] | spec["government"]):  # no town found: the town the report names
        names = {m.group(0) for m in spec["told"].finditer((ev.text or "").lower())}
    by_government = bool(names & spec["government"]) and not names & spec["held"]
    first, second = (separatists, military) if by_government else (military, separatists)
    why = "acled-convention:monitors' report"
    return replace(first, text="", evidence=why), replace(second, text="", evidence=why)


def _aid_victim(actor: Actor, rules: Context, conventional: Conventional, country: str | None) -> Actor:
    """'Gunmen shot dead two UNICEF staff', 'attacked a WFP convoy': an aid agency's people attacked are
    civilians to ACLED ("Civilians (<country>)", actor type 7, the agency only an associated actor); the UN's
    missions and peacekeepers are not aid agencies and stay external forces (inter35)."""
    if actor.name not in rules.aid_agencies:
        return actor
    civilians = conventional("civilians", country)
    if civilians is None:
        return replace(actor, inter=7, country=country or actor.country)
    return replace(civilians, text=actor.text,
                   evidence=f"{actor.evidence}+acled-convention:aid staff attacked")


def _state_forces(actor: Actor, source: list[Actor], conventional: Conventional) -> Actor:
    """A state named as such that another state's forces attack or invade ("Iraqi troops invaded Kuwait"):
    the state keeps its name, and ACLED writes its military forces as the other side of the battle
    (coldwar-2)."""
    if not state_at_war(actor, source):
        return actor
    forces = conventional("military forces", actor.country)
    if forces is None or forces.country != actor.country:
        return actor
    return replace(actor, acled_actor=forces.acled_actor, inter=1,
                   evidence=f"{actor.evidence}+acled-convention:state at war")


def _official_victim(actor: Actor, rules: Context) -> Actor:
    """'Gunmen shot dead the mayor': an unarmed official attacked is a civilian victim to ACLED (actor type 7,
    the government only an associated actor); soldiers and police keep their type."""
    words = (actor.text or "").lower().split()
    if (actor.inter != 1 or actor.sector not in rules.office_sectors or armed(actor)
            or any(w in rules.armed_offices for w in words)):
        return actor
    return replace(actor, inter=7, evidence=f"{actor.evidence}+acled-convention:official attacked")


def _settlers_home(crowd: list[Actor]) -> str | None:
    """Settlers' own country ("Settlers attacked a farmer near Nablus": Israel's), not the land they settle,
    for the Rioters they become (riots37)."""
    if crowd and crowd[0].acled_actor in context_rules().mob_settlers:
        return crowd[0].country
    return None


def _armed_on_crowd(ev: Event, kind: str, rules: Context) -> bool:
    """Unnamed armed men who fire on or bomb a protest ("gunmen opened fire on an opposition rally",
    "attackers threw a grenade at a campaign rally"): force used on the crowd, not the crowd's own deed."""
    return (kind == "Protests" and ev.plover["type"] == "ASSAULT" and _cls(ev) not in rules.protest
            and any(a.inter == 3 and a.sector in (None, "UAF") for a in ev.source)
            and _at_protesters(ev, rules))


def _crowds_on_both_sides(ev: Event, rules: Context) -> bool:
    """'Rival fans fought', 'two villages threw stones at each other': a riot of crowds fighting one another,
    with no state force nor armed group among its sides (riots26)."""
    sides = ev.source + ev.target
    if not ev.source or any(a.inter in (1, 2, 3, 4, 8) for a in sides):
        return False
    fight = _cls(ev) in ("riot", "clash") and _lemma(ev) in rules.crowd_fights or _cls(ev) in rules.brawls
    said = (getattr(ev, "text", "") or "").lower()  # the sentence: "threw stones at each other"
    return fight or (rules.reciprocal is not None and rules.reciprocal.search(said) is not None)


def _second_crowd(ev: Event, conventional: Conventional, country: str | None) -> None:
    """The other crowd of a fight among crowds is Rioters too ("clashed, injuring nine people": those hurt
    were of either crowd), added when the sentence names it only in the doers' words (riots26)."""
    standard = conventional("rioters", country)
    if standard is None:
        return
    others = [replace(standard, text=a.text, sector=a.sector or standard.sector,
                      evidence=f"acled-convention:rioters (was {a.name})")
              for a in ev.target if a.inter in (0, 6, 7)]
    kept = [a for a in ev.target if a.inter not in (0, 6, 7)]
    other = replace(standard, text="", evidence="acled-convention:rioters (the other crowd)")
    ev.target = (others or [other]) + kept


CROWD_INTER = (5, 6)
ABDUCTION = "Abduction/forced disappearance"


def _nationality(actor: Actor) -> str | None:
    """The country a crowd's own words give it ("Chinese demonstrators", "Palestinians", "Venezuelan
    refugees"), which ACLED writes for a crowd abroad ("Protesters (China)" in Nepal); None when its
    country was only taken from the event's place."""
    rule = (actor.evidence or "").removeprefix("mention in sentence: ")
    if actor.country and "+people:" not in rule and ("+country:" in rule or rule.startswith("demonym:")):
        return actor.country
    return None


def _named(actor: Actor) -> bool:
    """An actor the dictionaries name (an organisation or a person), not a role noun."""
    rule = (actor.evidence or "").removeprefix("mention in sentence: ")
    return rule.startswith(("org:", "leader:", "pro:", "coreference:"))


def _creed_crowd(actor: Actor, rules: Context) -> bool:
    """People named by their creed alone who protest ("thousands of Islamists protested", "Islamist students
    marched"): a crowd, not rebels; none named armed ("Islamist militants")."""
    rule = (actor.evidence or "").removeprefix("mention in sentence: ")
    return actor.inter == 2 and rule.startswith("role:") and (
        rule.split("+")[0].removeprefix("role:").lower() in rules.creed_crowds)


def _people_body(actor: Actor, rules: Context) -> bool:
    """A people's groups or organisations who protest ("Dalit groups staged a sit-in", "Uighur organisations
    protested"), whom the actor dictionary reads as the people's militia: a crowd, with the people as its
    group; none named armed ("armed Kuki groups") nor a militia by its own word ("Fulani militias")."""
    rule = (actor.evidence or "").removeprefix("mention in sentence: ").removeprefix("coordinated:")
    head, _, rest = rule.partition("+")
    return actor.inter == 4 and actor.sector == "PRM" and rest.startswith("people:") and (
        head.removeprefix("role:").lower() in rules.people_bodies)


def _ruling_party(actor: Actor) -> bool:
    """The government's party as a role noun ("the ruling party"): at a rally, a crowd of its supporters."""
    rule = (actor.evidence or "").removeprefix("mention in sentence: ")
    return rule.startswith("role:") and rule.split("+")[0].endswith(" party")


def _body(actor: Actor) -> bool:
    """A state or one of its bodies named as such ("Beijing", "the Chinese foreign ministry"): when it
    protests, it protests as a state (a diplomatic protest), not as a crowd."""
    rule = (actor.evidence or "").removeprefix("mention in sentence: ")
    words = (actor.text or "").lower().split()
    return rule.startswith(("country:", "capital:", "seat:")) or (
        actor.sector == "GOV" and bool(words) and not words[-1].endswith("s"))


CROWD_OF = {"Protests": 6, "Riots": 5}
EXCESSIVE_FORCE = "Excessive force against protesters"
ARMED_INTER = (1, 2, 3, 4, 8)  # state forces, rebels, political and identity militias, external forces
CUSTODY_DESCRIBED = "a custody told as a description"  # "jailed journalist X": no act of the day (actors45)
FIRED_FIRST = "+fired first"  # marks the armed target of a return of fire (chronica.mentions)


def _described_custody(ev: Event) -> bool:
    """A custody participle that describes people ("migrants detained in Spain"), with no doer: no act."""
    return not ev.source and any(s.get("rule") == CUSTODY_DESCRIBED for s in ev.evidence.get("source") or ())


def _rule_of(actor: object) -> str:
    """An actor's evidence, from a record or from its dictionary."""
    rule = actor.get("evidence") if isinstance(actor, dict) else getattr(actor, "evidence", None)
    return rule or ""


def _crowd_target(ev: Event, role: str, kind: str, conventional: Conventional, country: str | None,
                  protesting: frozenset[str] = frozenset()) -> None:
    """State forces breaking up a protest or riot: the crowd they act on is named as ACLED names it,
    and is added when the sentence leaves it unsaid; the press met there are not its crowd unless they are
    the ones protesting ("detained three journalists covering a rally"; press-1)."""
    wanted = 5 if kind == "Riots" else 6
    crowd = [a for a in ev.target if (a.inter in (0, 6, 7) or a.inter == wanted)
             and not _onlooker(a, protesting, context_rules())]
    standard = conventional(role, (_nationality(crowd[0]) if crowd else None) or country
                            or (crowd[0].country if crowd else None))
    if standard is None:
        return
    text = crowd[0].text if crowd else ""
    keep = [a for a in ev.target if a not in crowd]
    sector = (crowd[0].sector if crowd else None) or standard.sector  # the crowd's own ("students")
    named = replace(standard, text=text, sector=sector, evidence=f"acled-convention:{role}"
                    + (f" (was {crowd[0].name})" if crowd else " (crowd not named)"))
    # a protest or riot has its crowd even when the forces acted on someone else ("police arrested the
    # MP who led the sit-in"): the crowd is added after whom they acted on (ACLED's actor 1 all the same)
    if not crowd and keep and _cls(ev) in context_rules().protest and all(_body(a) for a in ev.source):
        return  # a state that protests to another ("Beijing protested to Washington") met no crowd
    ev.target = [named] + keep if crowd or not keep else keep + [named]


def _onlooker(actor: Actor, protesting: frozenset[str], rules: Context) -> bool:
    """Whether a civilian is there to report ("journalists covering the rally"), not to protest: one of the
    press (``onlooker_sectors``) who is none of the doers of the protests of the sentence."""
    return (actor.inter == 7 and actor.sector in rules.onlooker_sectors and bool(actor.text)
            and _bare(actor.text) not in protesting)


def acled_sides(event_type: str | None, source: list[T], target: list[T],
                inter_of: Callable[[T], int | None] = lambda a: a.inter,
                sub_event_type: str | None = None,
                country_of: Callable[[T], str | None] = lambda a: getattr(a, "country", None),
                ) -> tuple[list[T], list[T]]:
    """ACLED's actor 1 and actor 2 sides of an event. ACLED codes a protest or a riot with the crowd
    as actor 1 and the forces that intervened as actor 2, whoever acted in the sentence ("police
    dispersed the protesters": actor 1 Protesters, actor 2 Police Forces), except excessive force, whose
    armed perpetrators are actor 1 ("troops shot dead three protesters": actor 1 Military Forces);
    otherwise the source acts first, except in a battle the target of a return of fire ("the police shot
    back at the gunmen"), who fired first; a battle of a state's forces and an armed group follows the order
    of the state's coders where it has one (``battle_order``). ``inter_of`` and ``country_of`` read an
    actor's type and country (records or dictionaries)."""
    if sub_event_type == EXCESSIVE_FORCE:  # political violence against the crowd: its doers act first
        force = [a for a in source + target if inter_of(a) in ARMED_INTER]
        if force:
            return force, [a for a in source + target if a not in force]
    if event_type == "Battles" and (ordered := _battle_order(source, target, inter_of, country_of)):
        return ordered
    wanted = CROWD_OF.get(event_type or "")
    if wanted is None:  # "the police shot back at the gunmen": the side that fired first opened the fight
        first = [a for a in target if FIRED_FIRST in _rule_of(a)]
        if first and event_type == "Battles":
            return first, source + [a for a in target if a not in first]
    if wanted is not None and not any(inter_of(a) == wanted for a in source):
        crowd = [a for a in target if inter_of(a) == wanted]
        if crowd:
            first = crowd + [a for a in source if inter_of(a) in CROWD_INTER]
            return first, [a for a in source if a not in first] + [a for a in target if a not in crowd]
    return source, target


def _battle_order(source: list[T], target: list[T], inter_of: Callable[[T], int | None],
                  country_of: Callable[[T], str | None]) -> tuple[list[T], list[T]] | None:
    """'Military police exchanged fire with drug traffickers' (Brazil): a battle of one state's forces and an
    armed group, ordered as that state's coders order them (``battle_order``: the state first); None where
    no order is set (inter35)."""
    rules = context_rules()
    sides = source + target
    state = [a for a in sides if inter_of(a) == 1]
    groups = [a for a in sides if inter_of(a) == 3]
    if not state or not groups or len(state) + len(groups) != len(sides):
        return None
    home = {country_of(a) for a in state}
    if len(home) != 1:
        return None
    return (state, groups) if home <= rules.state_first else None


def _claims_as_protests(real: list[Event], rules: Context) -> None:
    """'Protesters demanded ...': the claim is made at a protest."""
    in_scope = any(e.acled for e in real)
    for ev in real:
        if _cls(ev) not in rules.claims or not ev.source or _meeting_asked(ev, rules):
            continue
        if ev.evidence["trigger"].get("channel"):  # "farmers protested in a letter": words, no gathering
            continue
        if all(_head(a) in rules.voters for a in ev.source):  # "rejected by Colombian voters": a ballot
            continue
        if _elites_speak(ev, rules):  # "opposition leaders called for ...": a statement
            continue
        crowd = all(a.inter == 6 for a in ev.source) or (
            not in_scope and all(a.inter == 7 and (a.text or "").lower().endswith("s") and not _named(a)
                                 and not _one_body(a, rules)
                                 for a in ev.source))  # a plural group, not a name ending in "s" ("Tass")
        if crowd:
            _set(ev, "Protests", "Peaceful protest", "a claim made by protesters or a group of people")
            ev.evidence["trigger"]["protest_claim"] = True


def _one_body(actor: Actor, rules: Context) -> bool:
    """A body whose text ends in its plural members ("the Association of Manufacturers", "the Egyptian
    Organization for Human Rights"): one body, its head before "of" or "for" (``one_bodies``); or bodies of a
    sector that speaks by statement ("business groups", "industry groups"; ``body_claimants``)."""
    words = (actor.text or "").lower().split()
    at = next((k for k, w in enumerate(words) if k and w in ("of", "for")), None)
    if at is not None and words[at - 1] in rules.one_bodies:
        return True
    return actor.sector in rules.body_claimant_sectors and _claimant_head(actor) in rules.body_claimants


def _elites_speak(ev: Event, rules: Context) -> bool:
    """'Opposition leaders demanded a recount', 'Church leaders urged the president to step down': a claim by
    political, religious or civic elites (``elite_claimants``), not named protesters, in a sentence that names
    no gathering, is their statement, no protest (crisis-4)."""
    if not rules.elites or rules.elite_gathering is None:
        return False
    if not all(_claimant_head(a) in rules.elites and not rules.protesters.search((a.text or "").lower())
               for a in ev.source):
        return False
    return rules.elite_gathering.search(ev.text.lower()) is None


def _claimant_head(actor: Actor) -> str:
    """The head of an actor's text: its last word, or the word before "of" ("leaders of the opposition")."""
    words = (actor.text or "").lower().split()
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1]
    return words[-1] if words else ""


def _exchanges(real: list[Event], rules: Context) -> None:
    """'Militants threw a grenade at police, who responded with gunfire': an armed clash. So is an armed
    side's fire at a place or thing that others answered ("militiamen fired at the depot; troops fired
    back"): fire on no named civilians, returned, was fought."""
    answers = [e for e in real if _cls(e) in rules.exchange]
    if not answers:
        return
    for ev in real:
        if ev.acled and ev.acled["sub_event_type"] in rules.exchanged:
            _set(ev, "Battles", "Armed clash", "the other side fired back")
        elif ev.acled and ev.acled["sub_event_type"] == "Attack" and _answered(ev, answers, rules):
            _set(ev, "Battles", "Armed clash", "the other side fired back")


def _answered(ev: Event, answers: list[Event], rules: Context) -> bool:
    """An armed side's attack on no named civilians, answered with fire by others in its sentence or the
    next two ("... at a grain depot. Soldiers returned fire.")."""
    if (_cls(ev) not in rules.answered or not ev.source or not all(armed(a) for a in ev.source)
            or any(a.inter == 7 for a in ev.target) or _told_before(ev)):
        return False
    doers = {a.name or a.text for a in ev.source}
    return any(0 <= a.sentence - ev.sentence <= 2 and not doers & {x.name or x.text for x in a.source}
               for a in answers)


def _crowd_claim(real: list[Event], rules: Context) -> bool:
    """Whether the report has a crowd or its unnamed members making a claim ("demanding",
    "denouncing"), or names protesters: what turns a crowd's violence into a demonstration's."""
    lynchers = _crowds_on_civilians(real, rules)
    fights = [ev for ev in real if _fight_among_crowds(ev, rules)]
    for ev in real:
        if ev in fights or _fight_told_on(ev, fights) or _fans(ev, rules):
            continue  # "rival supporters brawled outside the stadium": a fight, no claim; nor fans' violence
        # "a crowd set fire to the house": a crowd that does violence is no protest of its own; nor is one
        # dispersed while it attacked someone ("police dispersed a crowd that was attacking a thief")
        if any(a.inter == 6 and not _a_fighter(a, fights)
               and (a in ev.target and (a.text or "").lower() not in lynchers
                    or _head(a) not in rules.not_protesters)
               for a in ev.source + ev.target):
            return True
        if _cls(ev) in rules.claims and all(a.inter in rules.crowd_inter or a.inter == 0 for a in ev.source):
            return True
    return False


def _fight_told_on(ev: Event, fights: list[Event]) -> bool:
    """'Supporters of two candidates fought with machetes, injuring three people': the injuring, done in the
    sentence of a fight among crowds by the same fighters, tells the fight's toll, no claim of its own
    (riots31). The doers are the same when each of their words is among the fight's doers' words."""
    if not ev.source:
        return False
    for fight in fights:
        words = {w for a in fight.source for w in (a.text or "").lower().split()}
        if fight.sentence == ev.sentence and words and all(
                (a.text or "").strip() and set((a.text or "").lower().split()) <= words for a in ev.source):
            return True
    return False


def _a_fighter(actor: Actor, fights: list[Event]) -> bool:
    """'Rival supporters pelted each other with stones, and police fired tear gas to disperse them': a crowd
    dispersed (named again, or by a pronoun) that is one of the sides of a fight among crowds the report tells
    is that fight's mob, no demonstration (riots34)."""
    found = PRONOUN_HEAD.match(actor.evidence or "")
    mine = {found.group(1).lower()} if found else set((actor.text or "").lower().split())
    return bool(mine) and any(
        mine <= {w for a in fight.source + fight.target for w in (a.text or "").lower().split()}
        for fight in fights)


def _at_a_protest(crowd: list[Event], rules: Context) -> bool:
    """'Rioters looted shops during demonstrations over the killing': a crowd's violence its own clause
    sets at a protest is the demonstration's (riots30); not crowds that fight each other there ("supporters of
    rival parties clashed during a campaign rally": mob violence, riots35)."""
    return rules.at_protest is not None and any(rules.at_protest.search(_own_clause(e, rules)) for e in crowd
                                                if not _fight_among_crowds(e, rules))


def _crowds_on_civilians(real: list[Event], rules: Context) -> set[str]:
    """The words of the crowds the report tells harming civilians and no one else ("a crowd that was
    attacking a suspected thief"): such a crowd, dispersed, is a mob, not a demonstration (riots29)."""
    return {(a.text or "").lower() for e in real if _cls(e) in rules.crowd_violence and e.target
            and all(t.inter == 7 for t in e.target) for a in e.source}


def _fight_among_crowds(ev: Event, rules: Context) -> bool:
    """'Rival supporters brawled', 'supporters of the two parties clashed': crowds fighting each other, none
    of them called protesters, make no claim (mob violence, as ACLED codes fights between rival supporters)
    (coder20). A brawl with state forces ("farmers scuffled with police") is no fight among crowds
    (riots36)."""
    brawl = _cls(ev) in rules.brawls and not any(a.inter == 1 for a in ev.source + ev.target)
    return ((_crowd_fight(ev, rules) or brawl or _crowds_clashed(ev, rules)
             or _at_each_other(ev, rules) or _camp_on_camp(ev, rules))
            and not any(rules.protesters.search((a.text or "").lower()) for a in ev.source + ev.target))


def _camp_on_camp(ev: Event, rules: Context) -> bool:
    """'Ruling party supporters attacked a convoy of opposition supporters': one camp's supporters or
    activists, none armed, who set on another camp's people (named by the same words) fight among crowds
    - mob violence, as ACLED codes one party's supporters attacking another's - and make no claim
    (riots34)."""
    if _cls(ev) not in rules.crowd_violence or not ev.source or not ev.target or not rules.camp_heads:
        return False
    sides = ev.source + ev.target
    doers = {(a.text or "").lower() for a in ev.source}
    return (all(a.inter in rules.crowd_inter and not armed(a) and _camp_head(a) in rules.camp_heads
                for a in sides)
            and doers.isdisjoint((a.text or "").lower() for a in ev.target))


def _camp_head(actor: Actor) -> str:
    """The word that names a camp's people: the last, or the one before "of" ("supporters of the ruling
    party": supporters, not party)."""
    before, of, _ = (actor.text or "").lower().partition(" of ")
    return before.split()[-1] if of and before.split() else _head(actor)


def _camp_set_on(ev: Event, rules: Context) -> bool:
    """'Supporters of the opposition party were assaulted by unknown people': a camp's people whom others than
    the state's forces set on, with no protest told, are victims of an attack, not a protest met with force
    (bv43f)."""
    return (bool(ev.target) and not any(a.inter == 1 for a in ev.source)
            and all(_camp_head(a) in rules.camp_heads for a in ev.target))


RECIPROCAL_WITHIN = 30  # characters after the trigger in which "at each other" tells a fight among crowds


def _at_each_other(ev: Event, rules: Context) -> bool:
    """'Rival supporters threw stones at each other': a crowd's violence aimed at "each other" just after its
    trigger, with no state force nor armed group among its sides, is a fight among crowds (riots31)."""
    if _cls(ev) != "riot" or rules.reciprocal is None or not ev.source:
        return False
    if any(a.inter in ARMED_INTER for a in ev.source + ev.target):
        return False
    text = ev.text.lower()
    at = text.find(ev.trigger.text.lower())
    end = at + len(ev.trigger.text)
    return at >= 0 and rules.reciprocal.search(text, end, end + RECIPROCAL_WITHIN) is not None


def _communal_riot(ev: Event, rules: Context) -> bool:
    """'A mob stabbed a shopkeeper during communal unrest', 'sectarian riots broke out': a riot its own words
    call communal, sectarian or ethnic is a fight between communities, no protest (vac28)."""
    if _cls(ev) != "riot" or rules.communal is None:
        return False
    text = ev.text.lower()
    at = text.find(ev.trigger.text.lower())
    return at >= 0 and rules.communal.search(text[max(0, at - 30):at]) is not None


def _communal_noun(ev: Event, rules: Context) -> bool:
    """'Communal clashes', 'sectarian fighting', 'Hindu-Muslim clashes': the fight's own noun is told right
    after a word calling it a fight between communities (faith-4)."""
    text = ev.text.lower()
    at = text.find(ev.trigger.text.lower())
    if at <= 0 or not ev.evidence.get("trigger", _NO_TRIGGER).get("rule", "").startswith("noun:"):
        return False
    words = text[:at].split()
    last = words[-1] if words else ""
    return any(p is not None and p.fullmatch(last) is not None for p in (rules.communal, rules.faith_pair))


def _communal_fights(real: list[Event], rules: Context) -> None:
    """'Communal clashes in Jos killed 20 people', 'Hindu-Muslim clashes killed 40', 'communal riots' told as
    the setting: a fight its own noun calls communal, sectarian or between faiths, with no armed side named
    and no firearm told in its sentence, is crowds of the communities fighting (Riots, mob violence), not a
    battle nor a protest (faith-4)."""
    for ev in real:
        kind = (ev.acled or {}).get("sub_event_type")
        if rules.firearms is not None and rules.firearms.search(ev.text.lower()) is not None:
            continue
        if any(a.inter in ARMED_INTER or armed(a) for a in ev.source + ev.target):
            continue
        if _cls(ev) == "clash" and kind in ("Armed clash", "Attack") and _communal_noun(ev, rules):
            _set(ev, "Riots", "Mob violence", "a fight its noun calls communal, no armed side named")
        elif (_cls(ev) == "riot" and kind == "Violent demonstration" and _told_before(ev)
              and _communal_riot(ev, rules)):
            _set(ev, "Riots", "Mob violence", "a riot its words call communal")


def _crowds_clashed(ev: Event, rules: Context) -> bool:
    """'Football fans fought with rival supporters': a clash whose both sides are named and are crowds or
    unarmed people, with no state force nor armed group, is a fight among crowds (vac28)."""
    sides = ev.source + ev.target
    return (_cls(ev) == "clash" and _lemma(ev) in rules.crowd_fights and bool(ev.source) and bool(ev.target)
            and all(a.inter in rules.crowd_inter and not armed(a) for a in sides))


def _armed_opponents(real: list[Event]) -> None:
    """State forces storming a building are fighting whoever held it: when the report names armed
    non-state victims or targets of the same operation within four sentences ("the rebels died in
    the raid"), an attack by state forces on unnamed or civilian targets is an armed clash."""
    fighters = [e for e in real if e.plover["type"] == "ASSAULT"
                and any(a.inter in (2, 3, 4) for a in e.target)]
    for ev in real:
        if not ev.acled or ev.acled["sub_event_type"] != "Attack" or _cls(ev) not in ("assault", "clash"):
            continue
        if not ev.source or not all(a.inter == 1 and armed(a) for a in ev.source):
            continue
        if any(abs(f.sentence - ev.sentence) <= 4 and f is not ev for f in fighters):
            _set(ev, "Battles", "Armed clash", "state forces against armed opponents named nearby")
        elif any(_fired_on_forces(f) and f.sentence == ev.sentence and f is not ev for f in real):
            _set(ev, "Battles", "Armed clash", "the state forces came under fire in the operation")


def _fired_on_forces(ev: Event) -> bool:
    """'police said officers had come under fire from drug traffickers': non-state armed men's attack on the
    state forces, told in the sentence of the forces' own operation (battles31)."""
    return ((ev.acled or {}).get("event_type") == "Battles" and bool(ev.source) and bool(ev.target)
            and all(a.inter in (2, 3, 4) and armed(a) for a in ev.source)
            and all(a.inter == 1 for a in ev.target))


def _head(actor: Actor) -> str:
    words = (actor.text or "").lower().split()
    return words[-1] if words else ""


AIMED_WITHIN = 40  # characters after the trigger in which the protesters it was aimed at are named


def _named_only(ev: Event, rules: Context) -> bool:
    """Whether only people named as protesters count as a protest's: for an arrest, and for a grenade, bomb
    or shell sent into "a crowd" by others than state forces (police who throw stun grenades at a crowd
    disperse it; expl36)."""
    return _cls(ev) == "arrest" or _cls(ev) in rules.crowd_blasts and not any(a.inter == 1 for a in ev.source)


def _force_doer(actor: Actor) -> bool:
    """The state, an armed group, or foreign or UN forces ("UN peacekeepers opened fire on protesters in
    Goma": force met by a protest, as ACLED codes a mission's; conflict46)."""
    return actor.inter in (1, 2, 3) or actor.inter == 8 and armed(actor)


def _doerless_arrest(ev: Event, rules: Context) -> bool:
    """An arrest told with no doer ("a total of 250 protesters were detained in Moscow"): the state's
    (total51)."""
    return not ev.source and _cls(ev) == "arrest" and not ev.evidence["trigger"].get("background")


def _at_protesters(ev: Event, rules: Context, crowds: tuple[int, ...] = (6,), named: bool = False) -> bool:
    """Force by the state or an armed group aimed at protesters: named as the event's target, or
    named just after the trigger when the parse gave them to no event ("opened fire on protesters,
    killing five", "detained protesters demanding ..."). ``named``: a target called only "the crowd"
    does not count. An execution ("Tehran executed a protester") is no force at a protest (verbs2_45)."""
    if _lemma(ev) in rules.executions:
        return False
    if any(a.inter in crowds and not (named and _head(a) in rules.not_protesters)
           and not _supporters_held(ev, a, rules) for a in ev.target):
        return True
    if ev.plover["type"] != "ASSAULT" and _cls(ev) not in rules.intervention:
        return False
    text = ev.text.lower()
    at = text.find(ev.trigger.text.lower())
    if at < 0:
        return False
    end = at + len(ev.trigger.text)
    return rules.protesters.search(text, end, end + AIMED_WITHIN) is not None


def _supporters_held(ev: Event, actor: Actor, rules: Context) -> bool:
    """'Police arrested 20 supporters of opposition leader Maurice Kamto in Douala': a camp's supporters
    held in a report that names no protest, no protesters and no gathering are civilians arrested, not a
    crowd met by force (``held_supporters``; round africa63)."""
    words = re.split(r"\b(?:of|from|loyal to|in)\b", (actor.text or "").lower())[0].split()
    if _cls(ev) != "arrest" or not words or words[-1] not in rules.held_supporters:
        return False
    text = ev.text.lower()
    return rules.protesters.search(text) is None and (
        rules.gatherings is None or rules.gatherings.search(text) is None)


def _camp_cleared(ev: Event, rules: Context) -> bool:
    """'Authorities cleared the Oceti Sakowin camp': a camp just after a verb that ends an occupation is
    the protesters' (land-1); tear gas fired into a camp is not."""
    return (rules.cleared_camps is not None and _lemma(ev) in rules.clearing_verbs
            and _named_after(ev, rules.cleared_camps))


def _named_after(ev: Event, words: re.Pattern[str]) -> bool:
    """Whether ``words`` are named just after the trigger ("fired tear gas at rioting prisoners")."""
    text = ev.text.lower()
    at = text.find(ev.trigger.text.lower())
    if at < 0:
        return False
    end = at + len(ev.trigger.text)
    return words.search(text, end, end + AIMED_WITHIN) is not None


def _forces_abducted(real: list[Event]) -> None:
    """'Gunmen abducted nine soldiers from their post': soldiers or police seized by their enemies were taken
    in a fight between armed sides, as ACLED codes it (an armed clash); off duty, they are civilians abducted
    (`_off_duty`)."""
    for ev in real:
        if ((ev.acled or {}).get("sub_event_type") == ABDUCTION and ev.target and not _told_before(ev)
                and all(a.inter == 1 and a.sector in STATE_FORCE_SECTORS - {"GOV"} and armed(a)
                        for a in ev.target)):
            _set(ev, "Battles", "Armed clash", "state forces on duty abducted")


def _blows_at_forces(real: list[Event]) -> None:
    """'Misseriya militiamen stabbed a soldier at a checkpoint': an armed non-state group's blows at state
    forces are a fight between armed sides, as its shots would be; the state's own blows ("arrested and beat a
    rebel leader") stay an attack on the one held (bv42)."""
    for ev in real:
        if ((ev.acled or {}).get("sub_event_type") != "Attack" or _cls(ev) != "beat" or not ev.source
                or not ev.target or not all(a.inter in (2, 3, 4) and armed(a) for a in ev.source)
                or not all(a.inter == 1 and armed(a) for a in ev.target)):
            continue
        _set(ev, "Battles", "Armed clash", "an armed group's blows at state forces")


def _off_duty(real: list[Event], rules: Context) -> None:
    """'gunmen shot dead a policeman who was off duty': state forces attacked off duty are civilians."""
    for ev in real:
        if (ev.acled and ev.acled["sub_event_type"] == "Armed clash" and _cls(ev) in rules.off_duty_classes
                and ev.target and all(a.inter == 1 or not armed(a) for a in ev.target)
                and _said_off_duty(ev.text.lower(), rules)):
            sub = ABDUCTION if _cls(ev) == "abduct" else "Attack"  # "abducted a soldier who was off duty"
            _set(ev, "Violence against civilians", sub, "the security forces attacked were off duty")


def _mutual_killings(real: list[Event], rules: Context) -> None:
    """'four were killed amid revenge killings between different clan sections': killings told as going on
    between sides are a fight between them, not an attack on civilians (bv37)."""
    if rules.mutual_after is None:
        return
    for ev in real:
        if (ev.acled or {}).get("sub_event_type") != "Attack" or _cls(ev) not in rules.mutual_classes:
            continue
        text = ev.text.lower()
        at = text.find(ev.trigger.text.lower())
        if at >= 0 and rules.mutual_after.match(text, at + len(ev.trigger.text)) is not None:
            _set(ev, "Battles", "Armed clash", MUTUAL_KILLINGS)


MUTUAL_KILLINGS = "killings told between two sides"


def _pursuers_killed(real: list[Event], rules: Context) -> None:
    """'stole 45 sheep before killing a member of a vigilante group who pursued them': armed pursuers killed
    fought the raiders, a battle, whether or not captives were taken (bv37)."""
    if rules.pursuit is None:
        return
    for ev in real:
        if (ev.acled or {}).get("event_type") != "Violence against civilians" or not any(
                armed(a) for a in ev.target):
            continue
        text = ev.text.lower()
        at = text.find(ev.trigger.text.lower())
        if at >= 0 and rules.pursuit.search(text, at) is not None:
            _set(ev, "Battles", "Armed clash", PURSUERS_KILLED)


PURSUERS_KILLED = "armed pursuers were attacked"


def _defenceless(real: list[Event], rules: Context) -> None:
    """'Militants executed two soldiers they had captured', 'shot dead a fighter who had surrendered': armed
    people held or out of the fight when attacked are no fighting side: an attack on civilians; so are those
    the killing's own word says were executed (bv35)."""
    if rules.defenceless is None:
        return
    for ev in real:
        if ((ev.acled or {}).get("sub_event_type") != "Armed clash" or not ev.target
                or _cls(ev) not in rules.defenceless_classes or _told_before(ev)):
            continue
        text = ev.text.lower()
        at = text.find(ev.trigger.text.lower())
        if _executed(ev, text, at, rules) or at >= 0 and rules.defenceless.search(text, at) is not None:
            ev.target = [replace(a, inter=7, evidence=f"{a.evidence}+held") if a.inter in (2, 3, 4) else a
                         for a in ev.target]  # "killed two suspects after arresting them": civilians (vac28)
            _set(ev, "Violence against civilians", "Attack", "the victims were held or had surrendered")


def _executed(ev: Event, text: str, at: int, rules: Context) -> bool:
    """'executed two soldiers': people named right after a word of execution; not 'executed a raid on a
    camp' (bv35)."""
    if at < 0 or _lemma(ev) not in rules.execution_words:
        return False
    after = text[at + len(ev.trigger.text):].lstrip()
    return any(a.text and after.startswith(a.text.lower()) for a in ev.target)


# The reason told when the report calls the victims armed or ties them to a gang or the drug trade
GANG_VICTIMS = "the victims were armed or gang members"


def _armed_victims(real: list[Event], rules: Context, text: str) -> None:
    """'A man was shot dead ... The victim was armed', '... had charges for drug trafficking': victims the
    report calls armed or gang members make a killing by armed or unnamed doers a fight between armed
    sides, as ACLED codes gang violence (a crowd's lynching stays a riot; doers named so are no victims)."""
    if rules.armed_victims is None:
        return
    changed = [ev for ev in real if (ev.acled or {}).get("sub_event_type") == "Attack"
               and _cls(ev) in rules.armed_victim_classes and not _told_before(ev)
               and not any(a.inter == 1 for a in ev.source) and all(armed(a) for a in ev.source)]
    if not changed:  # the text is searched only for a story with such an attack (most have none)
        return
    told = text.lower()
    for doer in {(a.text or "").lower() for e in real for a in e.source} - {""}:
        if doer not in told:  # neither pattern can match: no pattern compiled for a name not in the text
            continue
        # "gang members shot dead six residents": the gang are the doers, also when named as the body its
        # members belong to ("Gang members of the G9 alliance killed ...": the doer "the G9 alliance");
        # the pattern (compiled anew for each name) only where " of " or " from " comes right before the name
        if f" of {doer}" in told or f" from {doer}" in told:
            told = re.sub(DOERS_OF + re.escape(doer), " ", told)
        told = told.replace(doer, " ")
    if rules.armed_victims.search(told) is None and not _tied_to_gangs(told, rules):
        _guards_hit(changed, rules)
        return
    for ev in changed:
        _set(ev, "Battles", "Armed clash", GANG_VICTIMS)
        ev.target = [_armed_side(a) for a in ev.target]


ARMED_GROUP = "Unidentified Armed Group"


def _armed_side(actor: Actor) -> Actor:
    """A victim named as a civilian whom the report ties to a gang or calls armed: the other armed side of
    the fight, an unidentified armed group of the same country (ACLED actor type 3), keeping its words."""
    if actor.inter != 7:
        return actor
    return _as_kind(actor, ARMED_GROUP, 3, "armed victim", sector="UAF")


def _as_kind(actor: Actor, kind: str, inter: int, why: str, sector: str | None = None) -> Actor:
    """The actor named as ACLED names ``kind`` in its country ("Civilians (Malawi)"), with actor type
    ``inter``, keeping its words."""
    country = re.search(r"\(([^()]+)\)$", actor.name or "")
    name = f"{kind} ({country.group(1)})" if country else kind
    return replace(actor, name=name, acled_actor=name, inter=inter, sector=sector or actor.sector,
                   evidence=f"{actor.evidence}+acled-convention:{why}")


# the words before a doer named as a body that tell its members ("gang members of", "fighters from")
DOERS_OF = r"(?:[\w-]+ ){0,2}(?:members?|fighters?|militants?|gunmen|men|elements?) (?:of|from) "
NEGATED_BEFORE = re.compile(r"\b(?:no|not|never|without)\b[^.;]{0,20}$")


def _tied_to_gangs(told: str, rules: Context) -> bool:
    """'The victim was a drug dealer', 'had been arrested twice for drug trafficking': the report ties the
    victims to the drug trade or a gang, not after a negation ("had no ties to the gangs") (bv43)."""
    return rules.gang_victims is not None and any(
        NEGATED_BEFORE.search(told, max(0, m.start() - 24), m.start()) is None
        for m in rules.gang_victims.finditer(told))


def _guards_hit(attacks: list[Event], rules: Context) -> None:
    """'Gunmen attacked the governor's residence, killing two guards': an attack whose own sentence tells
    of guards killed or hurt met the armed men who guarded the place; a killing of a guard alone ("shot
    dead a security guard") and unarmed community guards ("the indigenous guard") are not this."""
    if rules.guards_hit is None:
        return
    for ev in attacks:
        if _cls(ev) in rules.raids and rules.guards_hit.search(ev.text.lower()) is not None:
            _set(ev, "Battles", "Armed clash", "guards were hit in the attack")


def _suspects_killed(real: list[Event], rules: Context, text: str) -> None:
    """'A drug suspect was killed during a police raid', 'police shot dead a suspected thief': suspects killed
    by state forces, in a report that tells of no fight and calls them not armed, are an attack on civilians,
    not an armed clash (coder24)."""
    if rules.fought is None or rules.fought.search(text.lower()) is not None:
        return
    fights = [e for e in real if (e.acled or {}).get("sub_event_type") == "Armed clash"
              and _cls(e) not in rules.suspect_kills]  # "an operation against armed traffickers": a fight
    if fights or any(_cls(e) == "disrupt_weapons" for e in real):  # "seized a pistol": they were armed
        return
    for ev in real:
        if ((ev.acled or {}).get("sub_event_type") != "Armed clash" or _cls(ev) not in rules.suspect_kills
                or not ev.source or not all(a.inter == 1 for a in ev.source) or not ev.target
                or not all(_head(a) in rules.suspect_heads or _suspected_wrongdoer(a, rules)
                           for a in ev.target) or _told_before(ev)
                # "killed three Islamic State suspects": a named rebel group's men, fighters to ACLED (bv42)
                or any(a.inter == 2 for a in ev.target)
                or any(_fired_on_forces(f) and f.sentence == ev.sentence and f is not ev for f in real)):
            continue  # "police shot dead a suspected robber" as "two robbery suspects" (riots29); not "shot
            # suspects who had fired at a patrol": they fought (bv35)
        ev.target = [replace(a, inter=7, evidence=f"{a.evidence}+suspected wrongdoer")
                     if _suspected_wrongdoer(a, rules) else a for a in ev.target]
        _set(ev, "Violence against civilians", "Attack", "suspects killed with no fight told")


def _state_gunfights(real: list[Event], rules: Context) -> None:
    """'Police shot dead a man during a gunfight', 'soldiers killed two men in an exchange of fire': a state
    force's killing whose own clause tells of a gunfight after its verb was fought, an armed clash (vac28)."""
    if rules.gunfights is None:
        return
    for ev in real:
        if ((ev.acled or {}).get("sub_event_type") != "Attack" or _cls(ev) not in rules.gunfight_kills
                or not ev.source or not all(a.inter == 1 for a in ev.source) or _told_before(ev)):
            continue
        clause = _own_clause(ev, rules)
        at = clause.find(ev.trigger.text.lower())
        if at >= 0 and rules.gunfights.search(clause, at + len(ev.trigger.text)) is not None:
            _set(ev, "Battles", "Armed clash", "killed in a gunfight its clause tells")


def _helpers_attacked(real: list[Event], rules: Context) -> None:
    """'CJTF members killed two suspected Boko Haram informants': an armed group's informants, collaborators
    or supporters killed or beaten are civilians, not its fighters, whatever their phrase names (vac28)."""
    for ev in real:
        if ((ev.acled or {}).get("sub_event_type") != "Armed clash" or _cls(ev) not in rules.helper_kills
                or not ev.target or _told_before(ev)
                or not all(_head(a) in rules.helper_heads for a in ev.target)):
            continue
        ev.target = [replace(a, inter=7, evidence=f"{a.evidence}+the group's helper") for a in ev.target]
        _set(ev, "Violence against civilians", "Attack", "an armed group's helpers attacked")


def _settlers_attacked(real: list[Event], rules: Context) -> None:
    """'Militiamen attacked Fulani settlers, killing two herders': settlers attacked by armed men, not in a
    clash, are civilians, as are the others the attack hit (vac30b)."""
    for ev in real:
        if ((ev.acled or {}).get("sub_event_type") != "Armed clash" or _cls(ev) not in rules.helper_kills
                or not ev.target or _told_before(ev)
                or not any(_head(a) in rules.settler_heads for a in ev.target)
                or not all(_head(a) in rules.settler_heads or a.inter == 7 for a in ev.target)
                or any(_head(a) in rules.settler_heads for a in ev.source)):
            continue
        ev.target = [replace(a, inter=7, evidence=f"{a.evidence}+settlers attacked") if a.inter != 7 else a
                     for a in ev.target]
        _set(ev, "Violence against civilians", "Attack", "settlers attacked")


def _suspected_wrongdoer(actor: Actor, rules: Context) -> bool:
    """'two suspected car thieves', 'an alleged kidnapper': people named as suspected of a crime (a gang's
    role), not as suspected fighters ("suspected militants")."""
    text = (actor.text or "").lower()
    return (rules.suspicion is not None and (actor.sector == "CRM" or _head(actor) in rules.suspicion_heads)
            and rules.suspicion.search(text) is not None)


PRONOUN_HEAD = re.compile(r"^pronoun:.*?named before \(([\w-]+)\)")


def _suspected_after(actor: Actor, ev: Event, rules: Context) -> bool:
    """'hacked to death two men suspected of stealing zebu', 'beat a woman accused of witchcraft': people its
    sentence tells as suspected right after naming them, and a pronoun for them ("attacked a man suspected of
    stealing a goat and beat him to death") (riots35)."""
    words = (actor.text or "").lower()
    if rules.suspicion_after is None or not words or actor.inter != 7 or armed(actor):
        return False
    found = PRONOUN_HEAD.match(actor.evidence or "")
    text = ev.text.lower()
    if found is not None:
        return any(rules.suspicion_after.match(text, m.end()) is not None
                   for m in re.finditer(rf"\b{re.escape(found.group(1).lower())}\b", text))
    at = text.find(words)
    return at >= 0 and rules.suspicion_after.match(text, at + len(words)) is not None


def _suspect_named_before(actor: Actor, ev: Event, rules: Context) -> bool:
    """'caught a suspected burglar, beat him and burned him': a pronoun for a wrongdoer its sentence names as
    suspected earlier is that suspect (riots30)."""
    found = PRONOUN_HEAD.match(actor.evidence or "")
    # "a suspected kidnapper ... set him ablaze": a role given an armed group's sector (riots35)
    if found is None or rules.suspicion is None or not (
            actor.sector == "CRM" or found.group(1).lower() in rules.suspicion_heads):
        return False
    text = ev.text.lower()
    return any(re.match(rf"(?:[\w-]+ ){{0,2}}{re.escape(found.group(1).lower())}", text[m.end():])
               for m in rules.suspicion.finditer(text))


# The reason told when a crowd (rioters, protesters, civilians, none armed) sets on suspected wrongdoers: mob
# justice, which ACLED codes as mob violence; the ACLED model keeps the rules' type (riots34)
MOB_JUSTICE = "a crowd set on suspected wrongdoers"


# The reason told when an unarmed crowd sets on police officers or soldiers ("a crowd attacked a traffic
# police officer after a fatal crash"): no armed organisation fights, so no battle; the ACLED model, which
# reads "attacked police" as an armed clash, keeps the rules' mob violence (riots41)
CROWD_ON_FORCES = "a crowd set on the security forces"


def _crowd_on_forces(ev: Event, rules: Context) -> bool:
    """An unarmed crowd's violence aimed at state forces only: rioters, protesters or civilians who
    attack police officers or soldiers, with no armed side among the doers."""
    told = [m for m in ev.evidence.get("source") or [] if m.get("resolved")]
    return (bool(ev.source) and bool(ev.target) and bool(told)
            and all(a.inter in rules.crowd_inter and not armed(a) for a in ev.source)
            # the doers named as the verb's own, not any people of the sentence ("... taken as a hostage")
            and not any(str(m.get("rule", "")).startswith("mention in sentence") for m in told)
            and all(a.inter == 1 for a in ev.target))


def _suspects_of_crowds(real: list[Event], rules: Context, text: str) -> None:
    """'A mob beat to death a suspected kidnapper', 'vigilantes shot dead three suspected robbers': suspected
    wrongdoers attacked by a crowd or a non-state group, in a report that tells of no fight, are civilians
    (ACLED's mob justice); an armed clash with them is an attack on civilians (riots26)."""
    told = text.lower()
    if rules.crime_names is not None:  # "a suspected armed robber": a crime's name, no fight (riots35)
        told = rules.crime_names.sub(" ", told)
    if rules.fought is not None and rules.fought.search(told) is not None:
        return
    for ev in real:
        if (not ev.acled or not ev.source or not ev.target or _told_before(ev)
                or any(a.inter in (1, 2, 8) for a in ev.source)
                or not all(_suspected_wrongdoer(a, rules) or _suspect_named_before(a, ev, rules)
                           or _suspected_after(a, ev, rules) for a in ev.target)
                or _gang_members_shot(ev, rules)):
            continue
        ev.target = [replace(a, inter=7, evidence=f"{a.evidence}+suspected wrongdoer") for a in ev.target]
        if all(a.inter in rules.crowd_inter and not armed(a) for a in ev.source):
            ev.evidence.setdefault("acled", []).append(MOB_JUSTICE)  # the model keeps the rules' type
        if ev.acled["sub_event_type"] == "Armed clash":
            _set(ev, "Violence against civilians", "Attack", "suspected wrongdoers attacked, no fight told")


def _gang_members_shot(ev: Event, rules: Context) -> bool:
    """'Gunmen shot dead a reputed gang leader': gang members or drug traffickers, doubted or not, whom armed
    men or a rival gang (not a crowd) attack are a fighting side, not suspected wrongdoers (bv43)."""
    if all(a.inter in rules.crowd_inter and not armed(a) for a in ev.source):
        return False
    if GANG_VICTIMS in (ev.evidence.get("acled") or []):  # "a man suspected of drug dealing ... the victim"
        return True
    return rules.gang_members is not None and all(
        rules.gang_members.search((a.text or "").lower()) is not None for a in ev.target)


def _settler_mobs(real: list[Event], rules: Context) -> None:
    """'Israeli settlers beat a Palestinian farmer', 'settlers attacked shepherds with stones': settlers who
    beat, stone or attack people with no firearm told in the sentence are a mob to ACLED (Rioters, the
    settlers associated): Riots, Mob violence, not an attack on civilians. Settlers who shoot, or kill, stay
    an attack (riots37)."""
    if not rules.mob_settlers or rules.settler_arms is None:
        return
    for ev in real:
        if not ev.source or not all(a.acled_actor in rules.mob_settlers for a in ev.source):
            continue
        if ((ev.acled or {}).get("event_type") == "Violence against civilians"
                and _cls(ev) in rules.mob_settler_classes and not ev.fatalities
                and not rules.settler_arms.search(ev.text.lower())):
            _set(ev, "Riots", "Mob violence", "settlers' violence with no firearm: a mob")
        if (ev.acled or {}).get("event_type") == "Riots":  # ACLED's actor 1 is "Rioters", type 5
            ev.source = [replace(a, inter=5, evidence=f"{a.evidence}+settlers as rioters") for a in ev.source]


def _party_clashes(real: list[Event], rules: Context) -> None:
    """'ZANU-PF members clashed with MDC supporters': rival parties' members or supporters who clash, none of
    them armed and no firearms told in the sentence, are crowds fighting (Riots, mob violence), as ACLED codes
    fights between party supporters; not a battle of political militias (riots26)."""
    for ev in real:
        sides = ev.source + ev.target
        if ((ev.acled or {}).get("sub_event_type") != "Armed clash" or _lemma(ev) not in rules.crowd_fights
                or not ev.source or not any(a.sector in rules.party_sectors for a in sides)
                or rules.firearms is None or rules.firearms.search(ev.text.lower()) is not None):
            continue
        if all(not armed(a) and a.inter in (0, 5, 6, 7) for a in sides):
            _set(ev, "Riots", "Mob violence", "rival party supporters fought, no arms told")


def _people_clashes(real: list[Event], rules: Context) -> None:
    """'Dozens of people fought with sticks', 'police intervened in a fight between several tens of people':
    a fight whose sides are only people named by a crowd's word (taken for armed men only because they
    fought) or unarmed people, with no state force nor firearms told in the sentence, is crowds fighting
    (Riots, mob violence), not a battle of armed groups (riots29)."""
    for ev in real:
        sides = ev.source + ev.target
        if ((ev.acled or {}).get("sub_event_type") != "Armed clash" or _lemma(ev) not in rules.crowd_fights
                or not ev.source or rules.firearms is None
                or rules.firearms.search(ev.text.lower()) is not None
                or not any(_fought_only(a, rules) for a in ev.source)):
            continue
        if all(_fought_only(a, rules) or not armed(a) and a.inter in (0, 5, 6, 7) for a in sides):
            _set(ev, "Riots", "Mob violence", "people with no arms told fought each other")


def _crude_clashes(real: list[Event], rules: Context) -> None:
    """'Members of two clans fought with machetes and clubs', 'Imbonerakure and CNL clashed with machetes': a
    fight told with crude arms only (no firearm in the sentence), with no state force nor rebels among its
    sides, is crowds fighting (Riots, mob violence), not a battle (riots38). A named armed group is such a
    side only against a party's men; "CODECO and Zaire militiamen clashed with machetes" stays a battle. The
    fight is told by its verb, with both sides named: not "clashes ... after militiamen attacked the village
    with machetes", an attack on civilians."""
    if rules.crude_arms is None or rules.firearms is None:
        return
    for ev in real:
        sides = ev.source + ev.target
        said = ev.text.lower()
        rule = ev.evidence.get("trigger", _NO_TRIGGER).get("rule", "")
        if ((ev.acled or {}).get("sub_event_type") != "Armed clash" or _lemma(ev) not in rules.crowd_fights
                or not rule.startswith("verb:") or not ev.source or not ev.target
                or rules.firearms.search(said) is not None or rules.crude_arms.search(said) is None):
            continue
        party = any(a.sector in rules.party_sectors for a in sides)
        if all(_crude_side(a, party) for a in sides):
            _set(ev, "Riots", "Mob violence", "sides fought with crude arms only")


def _crude_side(actor: Actor, party: bool) -> bool:
    """A side that may fight as a crowd: people, a clan's or community's men named by no group's name, or a
    named group when a party's men are among the sides."""
    if actor.inter in (1, 2, 8):
        return False
    named = (actor.evidence or "").startswith("org:")
    return actor.inter in (0, 5, 6, 7) or not named or party


def _fought_only(actor: Actor, rules: Context) -> bool:
    """People taken for an armed group only because they fought, named by a crowd's word ("dozens of
    people", "two groups of youths"); not a people's or a clan's men (an identity militia)."""
    return ((actor.evidence or "").startswith("armed:role:") and actor.inter == 3
            and _crowd_head(actor, rules).rstrip("s") in rules.crowd_words)


DOUBT_BEFORE = 40  # characters before the off-duty wording in which a doubt about it is told


def _said_off_duty(text: str, rules: Context) -> bool:
    """Whether the text says the security forces were off duty or at home, not only wonders about it
    ("it was not clear whether he was off duty")."""
    return any(rules.off_duty_doubt.search(text, max(0, m.start() - DOUBT_BEFORE), m.start()) is None
               for m in rules.off_duty.finditer(text))


def _moves_to_a_base(real: list[Event], rules: Context) -> None:
    """'Malian troops arrived in Kidal and set up a base at the former UN camp': a movement of forces told in
    the sentence in which the same forces set up a base is the base's establishment (sd30)."""
    for ev in real:
        if _cls(ev) not in rules.based_moves or not ev.source:
            continue
        doers = {a.name for a in ev.source}
        base = next((e for e in real if _cls(e) in rules.bases and e.sentence == ev.sentence and e.acled
                     and doers & {a.name for a in e.source}), None)
        if base is not None:
            _set(ev, *base.acled.values(), "forces moved to set up a base")


def _harmless_fire(real: list[Event], rules: Context, text: str) -> None:
    """'Armed men fired into the air to scare off villagers and then looted food stores. No one was hurt.',
    'shot at and set fire to three parked cars': shots at no one, beside looting or burning by the same doers
    (or doers not named) in the same sentence, in a report that says no one was hurt, are part of the damage:
    a strategic development, as the damage is (sd30)."""
    if rules.unharmed is None or not rules.unharmed.search(text.lower()):
        return
    for ev in real:
        if (_cls(ev) not in rules.harmless_fire or ev.target or ev.fatalities or ev.injured
                or (ev.acled or {}).get("event_type") not in VIOLENT_TYPES):
            continue
        doers = {a.name for a in ev.source}
        if any(_cls(e) in rules.damage and e.sentence == ev.sentence and not e.fatalities and not e.injured
               and (not e.source or doers & {a.name for a in e.source}) for e in real):
            _set(ev, "Strategic developments", "Looting/property destruction", HARMLESS_FIRE)


HARMLESS_FIRE = "shots at no one beside damage, no one hurt"


def _damage_in_attacks(real: list[Event], rules: Context) -> None:
    """'Bandits burned down houses and shot dead 14 residents', 'rounded up the men and shot them': damage
    done, or people seized, in the course of an attack on people told in the same sentence by the same
    doers (damage: or by doers not named, "houses were torched") is that attack."""
    harm = [e for e in real if (e.acled or {}).get("event_type") in VIOLENT_TYPES and e.source
            and _cls(e) not in rules.damage and _cls(e) not in rules.held and not _told_before(e)
            and not e.evidence["trigger"].get("background")]
    for ev in real:
        held = _cls(ev) in rules.held
        damage = _cls(ev) in rules.damage and (ev.acled or {}).get("event_type") == "Strategic developments"
        if not (held or damage):
            continue
        if damage and (ev.fatalities or ev.injured):  # "set fire to a house, killing three people inside"
            _set(ev, "Violence against civilians", "Attack", "damage that killed or hurt people")
            continue
        doers = {a.name for a in ev.source}
        for other in harm:
            shared = bool(doers & {a.name for a in other.source})
            if held and _seized_apart(ev, other):
                continue  # "killed two guards and abducted an engineer": an abduction of its own
            if other.sentence == ev.sentence and (shared or not held and not ev.source):
                _set(ev, *other.acled.values(), "done in an attack on people told beside it")
                break


def _damage_with_wounds(real: list[Event], rules: Context, text: str) -> None:
    """'Trucks were set on fire by armed men ... One driver was hospitalised with a gunshot wound': property
    an armed group destroyed, in a report that tells someone shot or wounded and no other violence, was not
    destroyed "without violence against people" - Violence against civilians: Attack (vac36)."""
    if rules.shot_people is None or not rules.shot_people.search(text.lower()):
        return
    if any((e.acled or {}).get("event_type") in VIOLENT_TYPES for e in real):
        return  # the wounds are told of that violence
    for ev in real:
        if ((ev.acled or {}).get("sub_event_type") == "Looting/property destruction"
                and _cls(ev) in rules.damage and all(a.inter in (2, 3, 4) for a in ev.source)):
            _set(ev, "Violence against civilians", "Attack", "damage by armed men who shot or wounded people")


CAPTIVE_PRONOUNS = frozenset({"them", "him", "her", "they", "he", "she"})


def _seized_apart(held: Event, harm: Event) -> bool:
    """'Gunmen killed two guards and abducted an engineer': people seized after the killing is told, who
    are not the ones killed ("rounded up the men and shot them", "abducted and killed three traders" are
    one attack), are carried off, an abduction of its own (coder19)."""
    if harm.trigger.start >= held.trigger.start:
        return False
    return not any((a.text or "").lower() in CAPTIVE_PRONOUNS for a in harm.target + held.target)


def _abductions(real: list[Event], rules: Context) -> None:
    """'Gunmen attacked the village and abducted four people': a raid that hurt no one and carried people
    off, told in one sentence by the same doers, is the abduction; 'kidnapped three men, who were later
    killed': an abduction whose captives were killed is an attack."""
    taken = [e for e in real if (e.acled or {}).get("sub_event_type") == ABDUCTION and not _told_before(e)]
    for ev in taken:
        if ev.fatalities:
            _set(ev, "Violence against civilians", "Attack", "the captives were killed")
    for ev in real:
        if (_cls(ev) not in rules.raids or (ev.acled or {}).get("event_type") not in VIOLENT_TYPES
                or ev.fatalities or ev.injured or _told_before(ev)):
            continue
        doers = {a.name for a in ev.source}
        if any(e.sentence == ev.sentence and not e.fatalities and doers & {a.name for a in e.source}
               for e in taken):
            _set(ev, "Violence against civilians", ABDUCTION, "a raid that carried people off")


BLOWN_UP = "state forces blew up property"


def _state_detonations(real: list[Event], rules: Context) -> None:
    """'Security forces found and detonated IEDs left by IS', 'the army blew up a device found on the road':
    the state's forces setting off explosives that hurt no one dispose of them (disrupted weapons use);
    blowing up a bridge or a house that hurt no one destroys property (sd30)."""
    for ev in real:
        if (_cls(ev) not in rules.remote_bombs or not ev.source or any(a.inter != 1 for a in ev.source)
                or ev.fatalities or ev.injured):
            continue
        if _lemma(ev) in rules.set_off:
            _set(ev, "Strategic developments", "Disrupted weapons use", "state forces set off explosives")
        elif _lemma(ev) in rules.blown and rules.explosives is not None:  # "blew up a bridge" (sd30)
            if rules.explosives.search(ev.text.lower()):
                _set(ev, "Strategic developments", "Disrupted weapons use", "state forces set off explosives")
            else:
                _set(ev, "Strategic developments", "Looting/property destruction", BLOWN_UP)


OWN_BLAST = "a bomb went off in its makers' hands"


def _own_blasts(real: list[Event], rules: Context) -> None:
    """'An IED exploded prematurely while militants were planting it, killing two of them', 'a bomb went off
    as they were assembling it': a bomb that went off early or in its makers' hands, whose sentence names
    no one else hurt, is a disrupted weapons use, not a bombing (sd30); the toll, its makers', stays."""
    if rules.own_blast is None:
        return
    for ev in real:
        text = ev.text.lower()
        if (_cls(ev) in rules.own_blast_classes and rules.own_blast.search(text)
                and not rules.bystanders.search(text) and not _told_before(ev)):
            _set(ev, "Strategic developments", "Disrupted weapons use", OWN_BLAST)


DUD = "the weapon failed to go off"


def _duds(real: list[Event], rules: Context) -> None:
    """'Threw a grenade at the police station, but it failed to explode', 'a bomb planted under the bridge did
    not go off': a bomb or grenade that its sentence tells did not go off, that killed and hurt no one, is a
    disrupted weapons use, not an explosion (sd37)."""
    if rules.duds is None:
        return
    for ev in real:
        if (_cls(ev) in rules.dud_classes and not ev.fatalities and not ev.injured and not _told_before(ev)
                and rules.duds.search(ev.text.lower())
                and not (rules.dud_part is not None and rules.dud_part.search(ev.text.lower()))):
            _set(ev, "Strategic developments", "Disrupted weapons use", DUD)


ATTACKED_WORKS = "works attacked, no one hurt"


def _attacked_works(real: list[Event], rules: Context) -> None:
    """'The oil field was attacked by unidentified armed men', 'rebels attacked a telecom mast': an attack
    with no people as its target, that killed and hurt no one, whose sentence names a pipeline, a pylon or a
    mast is the property's destruction, not an attack on civilians (sd37)."""
    if rules.works is None:
        return
    for ev in real:
        if (_cls(ev) in rules.struck_things and not ev.target and not ev.fatalities and not ev.injured
                and (ev.acled or {}).get("event_type") in ("Battles", "Violence against civilians")
                and not _told_before(ev) and rules.works.search(ev.text.lower())):
            _set(ev, "Strategic developments", "Looting/property destruction", ATTACKED_WORKS)


def _intercepted_launches(real: list[Event], rules: Context) -> None:
    """'Launched a missile towards Jazan; it was intercepted', 'a drone launched from Lebanon was brought
    down', 'repelled a drone attack, shooting down three drones': a launched weapon that its sentence tells
    was brought down, that killed, hurt and hit no one, is a disrupted weapons use, not a strike (sdx28)."""
    if rules.intercepted is None:
        return
    for ev in real:
        repelled = _lemma(ev) in rules.repelled_verbs and rules.aerial.search(ev.text.lower()) is not None
        if (not (_cls(ev) in rules.intercepted_classes or repelled) or ev.fatalities or ev.injured
                or _told_before(ev)):
            continue
        text = ev.text.lower()
        told = [m for m in rules.intercepted.finditer(text) if not rules.undone.search(text[:m.start()])]
        if told and rules.hits.search(text) is None:
            _set(ev, "Strategic developments", "Disrupted weapons use", "a launched weapon brought down")


def _attack_told_by_its_means(real: list[Event], rules: Context) -> None:
    """'Assailants attacked a police station. They detonated an explosive device at its entrance': an attack
    with no weapon of its own and no fight told, whose next sentence tells its same doers setting off a bomb,
    is that bomb's attack (sdx28)."""
    for ev in real:
        if ((ev.acled or {}).get("sub_event_type") not in ("Attack", "Armed clash") or _cls(ev) != "assault"
                or not ev.source or _told_before(ev) or any(_cls(e) in rules.fights for e in real)):
            continue
        doers = {a.name for a in ev.source}
        means = next((e for e in real if e.sentence == ev.sentence + 1 and _cls(e) in rules.remote_bombs
                      and doers == {a.name for a in e.source} and not _told_before(e) and e.acled), None)
        if means is not None:
            _set(ev, *means.acled.values(), "the attack's means told after it")


def _fought_back(real: list[Event], rules: Context) -> None:
    """'Gunmen attacked a prison and freed inmates after a gunfight with the guards': an attack told
    with a gunfight by the same side in its sentence, or in the next ("in the ensuing firefight"), was
    fought: an armed clash. Not a long war around it ("after weeks of fighting")."""
    fights = [e for e in real if _cls(e) in rules.fights and (e.acled or {}).get("event_type") == "Battles"
              and not _long(e, rules)]
    for ev in real:
        if ((ev.acled or {}).get("sub_event_type") != "Attack" or _cls(ev) != "assault" or _told_before(ev)
                or any(a.inter == 7 and not _building(a, rules) for a in ev.target)):
            continue
        doers = {a.name for a in ev.source}
        for fight in fights:
            same_side = not fight.source or bool(doers & {a.name for a in fight.source})
            if (fight.sentence == ev.sentence and same_side
                    or fight.sentence == ev.sentence + 1 and not _told_before(fight)):
                _set(ev, "Battles", "Armed clash", "the attack met armed resistance")
                break


def _building(actor: Actor, rules: Context) -> bool:
    """'stormed a hotel': a building attacked (its people are not named as the victims)."""
    words = (actor.text or "").lower().split()
    return bool(words) and words[-1] in rules.buildings


def _gunfire_after_blast(real: list[Event], rules: Context) -> None:
    """'A roadside bomb struck an army patrol, after which the rebels opened fire on the soldiers': a
    grenade or bomb whose sentence tells gunfire after it was an attack with guns too - on armed men a
    fight (an armed clash), on people who are not armed an attack on civilians ('threw a grenade at
    worshippers before spraying them with bullets'). A blast told alone keeps its type."""
    if rules.gunfire_after is None:
        return
    for ev in real:
        if ((ev.acled or {}).get("sub_event_type") not in rules.in_battle_after | {"Grenade"}
                or not all(armed(a) for a in ev.source) or _told_before(ev)):
            continue
        text = ev.text.lower()
        at = text.find(ev.trigger.text.lower())
        if at < 0 or rules.gunfire_after.search(text, at + len(ev.trigger.text)) is None:
            continue
        if ev.target and all(armed(a) for a in ev.target):
            _set(ev, "Battles", "Armed clash", "guns fired after the blast at armed men")
        elif ev.target and not any(armed(a) for a in ev.target):
            _set(ev, "Violence against civilians", "Attack", "guns fired after the blast at civilians")


def _strikes_in_ground_fights(real: list[Event], rules: Context) -> None:
    """'Two fighters were killed by an air strike that followed a ground operation by the army': a strike on
    armed men told as part of a ground operation in its sentence is part of that fight, an armed clash, as
    ACLED codes a fight that mixes ground and air arms. So is a strike with no target named in a sentence that
    tells a clash ("coalition air strikes supported the forces as they clashed with the rebels"; expl39). A
    strike told alone keeps its type."""
    if rules.ground_fights is None:
        return
    fights = [e for e in real if _cls(e) in rules.fights and (e.acled or {}).get("event_type") == "Battles"]
    for ev in real:
        if ((ev.acled or {}).get("sub_event_type") != "Air/drone strike" or _told_before(ev)
                or not all(armed(a) for a in ev.target)):
            continue
        if not ev.target and not any(f.sentence == ev.sentence and f is not ev for f in fights):
            continue
        if ev.target and rules.ground_fights.search(ev.text.lower()) is None:
            continue
        _set(ev, "Battles", "Armed clash", "the strike was part of a ground fight")


def _thwarted_attacks(real: list[Event], rules: Context) -> None:
    """'The army thwarted a Houthi attack on the town, incurring fatalities': an attack that armed men are
    told to have thwarted just before its word was fought off, an armed clash - unless the sentence tells
    arrests, a plot caught before it was carried out."""
    if rules.thwarted is None:
        return
    for ev in real:
        if ((ev.acled or {}).get("sub_event_type") != "Attack" or _cls(ev) != "assault" or _told_before(ev)
                or not ev.source or not all(armed(a) for a in ev.source)
                or any(_cls(e) in rules.held and e.sentence == ev.sentence for e in real)):
            continue
        text = ev.text.lower()
        at = text.find(ev.trigger.text.lower())
        if at > 0 and rules.thwarted.search(text[max(0, at - AIMED_WITHIN):at]) is not None:
            _set(ev, "Battles", "Armed clash", "the attack was thwarted by armed men")


def _riot_devices(real: list[Event], rules: Context) -> None:
    """'Police used smoke bombs and stun grenades to evict families': devices that control crowds are no
    explosive weapons in the hands of state forces; their force on people is an attack on civilians."""
    if rules.riot_devices is None:
        return
    for ev in real:
        if ((ev.acled or {}).get("event_type") != "Explosions/Remote violence" or not ev.source
                or not all(a.inter in rules.riot_device_doers for a in ev.source)
                or rules.riot_devices.search(ev.text.lower()) is None):
            continue
        if not any(armed(a) for a in ev.target):
            _set(ev, "Violence against civilians", "Attack", "riot-control devices used on people")


def _resisted_raids(real: list[Event], rules: Context) -> None:
    """'Rebels attacked a town defended by a local militia, and ten fighters died in the battle': an armed
    group's attack on a place whose own sentence tells, after it, of armed defenders or a battle fought
    there is a fight between armed sides (an armed clash), not an attack on its people."""
    if rules.resisted is None:
        return
    for ev in real:
        if ((ev.acled or {}).get("sub_event_type") != "Attack" or _cls(ev) not in rules.raids
                or not ev.source or not all(armed(a) for a in ev.source) or _told_before(ev)
                or not all(_place_attacked(a, rules) for a in ev.target)):
            continue
        text = ev.text.lower()
        at = text.find(ev.trigger.text.lower())
        if at >= 0 and rules.resisted.search(text, at + len(ev.trigger.text)) is not None:
            _set(ev, "Battles", "Armed clash", "the place attacked was defended or fought for")


def _place_attacked(actor: Actor, rules: Context) -> bool:
    """'the village', 'Agbere community', 'Congo': a place attacked, not people named as its victims."""
    words = (actor.text or "").lower().split()
    return bool(words) and (words[-1] in rules.settlements or actor.inter == 0 and not actor.sector)


def _clashes_that_were_attacks(real: list[Event], rules: Context) -> None:
    """'Clashes in the village left 16 civilians dead after militiamen attacked it': a clash with no armed
    second side, told beside an attack on civilians in its sentence, was that attack, as ACLED codes a
    massacre whatever the report calls it."""
    attacks = [e for e in real if (e.acled or {}).get("event_type") == "Violence against civilians"
               and not _told_before(e)]
    for ev in real:
        if ((ev.acled or {}).get("sub_event_type") != "Armed clash" or _cls(ev) not in rules.fights
                or any(armed(a) for a in ev.target) or _told_before(ev)):
            continue
        attack = next((e for e in attacks if e.sentence == ev.sentence and e is not ev), None)
        if attack is not None:
            _set(ev, *attack.acled.values(), "a clash with no second side, told with an attack on civilians")


def _fire_at_positions(real: list[Event], rules: Context) -> None:
    """'Rebel forces fired grenade launchers and small arms at the governmental positions': an armed side's
    fire with small arms aimed at the fighting positions of another is fighting between them, an armed clash,
    also when heavier weapons are fired with them ("fired mortars and small arms at the positions")
    (coder21)."""
    if rules.positions is None:
        return
    for ev in real:
        sub = (ev.acled or {}).get("sub_event_type")
        if (sub not in ("Attack", SHELLING) or not ev.source or not all(armed(a) for a in ev.source)
                or _told_before(ev)):
            continue  # (positions are an armed side's, whatever the actor rules made of their owner)
        clause = _own_clause(ev, rules)
        if sub == "Attack" and _cls(ev) not in rules.answered:
            continue
        if rules.small_arms is None or not rules.small_arms.search(clause):
            continue  # mortars or heavy machine guns alone on positions are shelling; with small arms a fight
        if rules.positions.search(clause):
            _set(ev, "Battles", "Armed clash", "fire aimed at the other side's positions")


def _rescues_fought(real: list[Event], rules: Context) -> None:
    """'Soldiers rescued five hostages after a gun battle with the kidnappers': captives freed by armed
    forces with a fight told in the sentence were freed in that battle, an armed clash (coder21)."""
    fights = [e for e in real if _cls(e) in rules.fights and (e.acled or {}).get("event_type") == "Battles"
              and not _long(e, rules)]
    for ev in real:
        if (_lemma(ev) in rules.rescue_verbs and ev.source and all(a.inter in (1, 2, 3, 8) for a in ev.source)
                and any(f.sentence == ev.sentence for f in fights)):
            _set(ev, "Battles", "Armed clash", "the captives were freed in a fight")


# "shelled Russian positions and then advanced, retaking a tree line": ground taken in fighting (expl31)
TAKEN = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def _bombs_in_battle(real: list[Event], rules: Context) -> None:
    """'Two soldiers were killed by a roadside bomb during clashes with the rebels': an explosive that went
    off during a fight told in its sentence, on armed targets or unnamed ones, is part of that battle; so is
    shelling fought back, and a bomb followed by clashes in the next sentence ("after the blast")."""
    fights = [e for e in real if (_cls(e) in rules.fights or (e.acled or {}).get("sub_event_type") in TAKEN)
              and (e.acled or {}).get("event_type") == "Battles" and not _long(e, rules)
              and not _told_before(e)]
    for ev in real:
        if ((ev.acled or {}).get("sub_event_type") not in rules.in_battle or _told_before(ev)
                or not all(armed(a) for a in ev.target)):
            continue
        after = ev.acled["sub_event_type"] in rules.in_battle_after
        if any((f.sentence == ev.sentence or after and f.sentence == ev.sentence + 1) and f is not ev
               for f in fights):
            _set(ev, "Battles", "Armed clash", "the explosive went off during a fight")


def _long(ev: Event, rules: Context) -> bool:
    """A fight told as lasting ("weeks of fighting", "years of heavy clashes")."""
    text = ev.text.lower()
    at = text.find(ev.trigger.text.lower())
    return at > 0 and rules.long_fight.search(text[max(0, at - 30):at]) is not None


def _plundering_raids(real: list[Event], rules: Context) -> None:
    """'Bandits raided the village and took away food': a raid by an armed group on the unarmed that
    hurt no one and carried goods off is looting."""
    harmed = any(e.fatalities or e.injured for e in real)
    for ev in real:
        if (harmed or _cls(ev) not in rules.raids or (ev.acled or {}).get("event_type") not in VIOLENT_TYPES
                or not any(a.inter in (1, 2, 3, 4) for a in ev.source) or any(armed(a) for a in ev.target)):
            continue
        if any(_cls(e) in rules.plunder and e.sentence in (ev.sentence, ev.sentence + 1) and e is not ev
               for e in real) or _carried_off(ev, rules):  # "... attacked the village. The men looted"
            _set(ev, "Strategic developments", "Looting/property destruction",
                 "a raid that carried goods off and hurt no one")


def _fled_places(real: list[Event], rules: Context) -> None:
    """'Soldiers raided a village and burned 100 houses after residents had fled': an armed group's damage
    or looting (or its raid told with them in its sentence) whose sentence says the people had fled or left
    before, in a report that tells of no one killed, hurt or seized, met no one - a strategic development
    (looting/property destruction), not an attack on civilians (vac38)."""
    if rules.fled is None or any(e.fatalities or e.injured or _cls(e) in rules.held for e in real):
        return
    spoiled = [e for e in real if _cls(e) in rules.damage]
    for ev in real:
        if ((ev.acled or {}).get("event_type") not in VIOLENT_TYPES or not ev.source
                or not all(a.inter in (1, 2, 3, 4) for a in ev.source) or any(armed(a) for a in ev.target)
                or rules.fled.search(ev.text.lower()) is None):
            continue
        if _cls(ev) in rules.damage or _cls(ev) in rules.raids and any(
                e.sentence == ev.sentence and e is not ev for e in spoiled):
            _set(ev, "Strategic developments", "Looting/property destruction",
                 "damage or looting where the people had fled, no one hurt")


def _searches_with_acts(real: list[Event], rules: Context) -> None:
    """'Police raided the offices of the newspaper and seized computers': a search with no ACLED type takes
    the coding of what the same doers took or did in its sentence (coder24)."""
    for ev in real:
        if ev.acled or _cls(ev) not in rules.searches or not ev.source:
            continue
        act = _doers_act(ev, real, rules.searched_for)
        if act is not None:
            _set(ev, *act.acled.values(), "a raid told with what its doers did")


def _doers_act(ev: Event, real: list[Event], classes: frozenset[str]) -> Event | None:
    """An ACLED-typed act of one of ``classes`` in ``ev``'s sentence by its doers (or by no one named)."""
    doers = {a.name for a in ev.source}
    return next((e for e in real if e is not ev and e.acled and e.sentence == ev.sentence
                 and _cls(e) in classes and (not e.source or doers & {a.name for a in e.source})), None)


def _armed_holder(actor: Actor) -> bool:
    """Whether people this doer holds are abducted, not arrested: a non-state armed group (inter 2-4), not a
    de facto regional government (sector GOV: the AANES arrests, as actors in control do; regions52)."""
    return actor.inter in (2, 3, 4) and actor.sector != "GOV"


def _quiet_raids(real: list[Event], rules: Context) -> None:
    """'Soldiers raided a rebel hideout and seized 12 rifles': a raid in a report that tells of no one killed
    or hurt and of no fight, told beside weapons seized or people arrested by its doers in its sentence, is
    that seizure or those arrests, not a battle (sd27)."""
    if any(e.fatalities or e.injured or _cls(e) in rules.fights for e in real):
        return
    for ev in real:
        if (_cls(ev) not in rules.raids or _lemma(ev) not in rules.quiet_raid_verbs or _told_before(ev)
                or (ev.acled or {}).get("event_type") not in VIOLENT_TYPES or not ev.source):
            continue
        act = _doers_act(ev, real, rules.quiet_raid_acts)
        if act is not None and _cls(act) == "arrest" and all(_armed_holder(a) for a in ev.source):
            # people held by a non-state armed group are abducted, not arrested (sd29)
            _set(ev, "Violence against civilians", ABDUCTION,
                 "a raid that hurt no one, its armed doers held people")
        elif act is not None:
            _set(ev, *act.acled.values(), "a raid that hurt no one, told with its doers' seizure or arrests")


def _withdrawn_unopposed(real: list[Event], rules: Context) -> None:
    """'Insurgents pulled out of the town ahead of an advance by troops, who entered it unopposed': a
    withdrawal whose sentence tells that the place was entered or taken without a fight is the place
    changing hands, a non-violent transfer of territory, not only a change to the group (sd27)."""
    if rules.unopposed is None:
        return
    for ev in real:
        if (_cls(ev) == "withdraw" and (ev.acled or {}).get("event_type") == "Strategic developments"
                and not _told_before(ev) and rules.unopposed.search(ev.text.lower())):
            _set(ev, "Strategic developments", "Non-violent transfer of territory",
                 "a withdrawal from a place entered without a fight")


def _carried_off(ev: Event, rules: Context) -> bool:
    """'Rustlers raided a village and made off with hundreds of cows': the raid's own sentence tells
    of goods carried off in words no trigger reads (a thief's "made off with" alone is no event)."""
    return rules.plunder_words is not None and rules.plunder_words.search(ev.text.lower()) is not None


SINGLE_DETERMINERS = ("a ", "an ", "one ")
COLLECTIVE = {"group", "mob", "crowd", "family", "gang", "band", "community", "party", "team", "unit",
              # "a breakaway faction pledged loyalty to IS": a body of people, not one (sd30)
              "faction", "militia", "cell", "brigade", "battalion", "wing", "coalition", "movement"}


def _lone(ev: Event) -> bool:
    """'a man threw stones at a nurse': one person's violence against the unarmed is an attack, not
    a riot."""
    return not any(armed(a) for a in ev.target) and _one_person(ev)


def _few(ev: Event, rules: Context) -> bool:
    """'Two men stabbed a student to death': violence on the unarmed by a few civilians the report counts
    (``few_doers`` in data/acled_context.yaml) is an attack, not a mob's (not a clash of crowds: "supporters
    of two parties clashed")."""
    return (_cls(ev) != "riot" and not any(armed(a) for a in ev.target) and _counted_few(ev, rules))


def _counted_few(ev: Event, rules: Context) -> bool:
    """The doers are a few civilians the report counts ("two men", "three youths"), not a crowd."""
    return bool(ev.source) and all(a.inter in (0, 7) and (a.text or "").lower().split()[:1]
                                   and (a.text or "").lower().split()[0] in rules.few_doers
                                   and (a.text or "").lower().split()[-1] not in rules.counted_groups
                                   for a in ev.source)


def _few_on_property(ev: Event, rules: Context) -> bool:
    """'Two men threw petrol bombs at a shop': a few counted people's missiles thrown at property, hurting
    no one, are damage done, a strategic development (looting/property destruction), not a riot (sd27)."""
    return (_cls(ev) == "riot" and not ev.fatalities and not ev.injured and _counted_few(ev, rules)
            and not any(a.inter and not _building(a, rules) for a in ev.target))


def _building(actor: Actor, rules: Context) -> bool:
    """The target is a building its people stand for ("a store", "a synagogue"), by the head of its text."""
    words = (actor.text or "").lower().split()
    return bool(words) and words[-1] in rules.property_targets


def _one_person(ev: Event) -> bool:
    """The doers are one person each ("a youth", "one man"), not a crowd."""
    if not ev.source:
        return False
    for actor in ev.source:
        text = (actor.text or "").lower()
        head = text.split()[-1] if text.split() else ""
        if not text.startswith(SINGLE_DETERMINERS) or head.endswith("s") or head in COLLECTIVE:
            return False
    return True


RAMMING_LEMMAS = frozenset({"ram"})


def _state_rammings(real: list[Event]) -> None:
    """'A Chinese coast guard vessel rammed a Philippine coast guard ship': state vessels (coast guards,
    navies) ramming each other, no one killed, used no weapon: no battle, a strategic development
    (followups63)."""
    for ev in real:
        if _lemma(ev) not in RAMMING_LEMMAS or ev.fatalities or not ev.source or not ev.target:
            continue
        if (ev.acled or {}).get("event_type") != "Battles" or not all(
                a.inter in (1, 8) for a in ev.source + ev.target):
            continue
        _set(ev, "Strategic developments", "Other", "state vessels rammed each other, no weapon used")


def _retype(events: list[Event], text: str = "") -> None:
    rules = context_rules()
    real = [e for e in events if _real(e)]
    _claims_as_protests(real, rules)
    _forces_abducted(real)
    _blows_at_forces(real)
    _off_duty(real, rules)
    _defenceless(real, rules)
    _mutual_killings(real, rules)
    _armed_victims(real, rules, text or " ".join(e.text for e in real))
    _suspects_killed(real, rules, text or " ".join(e.text for e in real))
    _suspects_of_crowds(real, rules, text or " ".join(e.text for e in real))
    _state_gunfights(real, rules)
    _helpers_attacked(real, rules)
    _settlers_attacked(real, rules)
    _settler_mobs(real, rules)
    _party_clashes(real, rules)
    _people_clashes(real, rules)
    _crude_clashes(real, rules)
    _plundering_raids(real, rules)
    _searches_with_acts(real, rules)
    _quiet_raids(real, rules)
    _withdrawn_unopposed(real, rules)
    _armed_opponents(real)
    _exchanges(real, rules)
    _state_detonations(real, rules)
    _own_blasts(real, rules)
    _duds(real, rules)
    _attacked_works(real, rules)
    _intercepted_launches(real, rules)
    _attack_told_by_its_means(real, rules)
    _abductions(real, rules)
    _pursuers_killed(real, rules)
    _moves_to_a_base(real, rules)
    _harmless_fire(real, rules, text or " ".join(e.text for e in real))
    _state_rammings(real)
    _damage_in_attacks(real, rules)
    _damage_with_wounds(real, rules, text or " ".join(e.text for e in real))
    _fled_places(real, rules)
    _fought_back(real, rules)
    _resisted_raids(real, rules)
    _clashes_that_were_attacks(real, rules)
    _bombs_in_battle(real, rules)
    _gunfire_after_blast(real, rules)
    _riot_devices(real, rules)
    _strikes_in_ground_fights(real, rules)
    _thwarted_attacks(real, rules)
    _rescues_fought(real, rules)
    _fire_at_positions(real, rules)
    front_fire(real, _set)
    drone_drops(real, _set)
    kit_destroyed(real, _set)
    captives_of_prisoners(real, _set)
    _armed_groups_threats(real, rules)
    said = (text or " ".join(e.text for e in real)).lower()
    for group in _days_of_reaction(real, rules):
        _crowds(group, real, rules, said)
    _communal_fights(real, rules)
    crowds_armed_or_not(real, _cls, _set)
    _disappeared(real, rules)
    _staged_fights(real, rules)
    _camp_victims(real, rules)
    _aimed_takings([e for e in events if not _real(e)], real, rules)


def _aimed_takings(unreal: list[Event], real: list[Event], rules: Context) -> None:
    """'The junta may try to retake Lashio', 'sent reinforcements to recapture Hsipaw': ground a state's own
    forces only aim to take back (a verb of regaining) is typed as the state regaining it, as the deed done
    would be (myisr-8); not in a story of crowds ("police moved in to regain control of the square")."""
    if any((e.acled or {}).get("event_type") in ("Protests", "Riots") for e in real):
        return
    for ev in unreal:
        if (_cls(ev) == "capture_territory" and _lemma(ev) in rules.regaining_verbs and ev.source
                and any(a.inter == 1 for a in ev.source) and all(a.inter in (1, 8) for a in ev.source)
                and not _state_taken_from(ev)
                and (ev.acled or {}).get("sub_event_type") == "Non-state actor overtakes territory"):
            _set(ev, "Battles", "Government regains territory", "state forces aim to take the place")


def _camp_victims(real: list[Event], rules: Context) -> None:
    """'Supporters of the opposition party were assaulted by unknown people': a camp's people attacked with
    no protest told are civilian victims (ACLED actor type 7, "Civilians (<country>)"), not protesters
    (bv43f)."""
    for ev in real:
        if (ev.acled or {}).get("event_type") == "Violence against civilians" and _camp_set_on(ev, rules):
            ev.target = [_as_kind(a, "Civilians", 7, "camp's people attacked") if a.inter == 6 else a
                         for a in ev.target]


def _staged_fights(real: list[Event], rules: Context) -> None:
    """'RAB personnel killed a man in a so-called crossfire', 'police shot dead a drug dealer in what they
    called a gunfight': a killing by state forces whose fight the words just before its word deny is the
    euphemism of an execution - an attack on civilians, the killed civilians (vac34). A gunfight told
    plainly stays a clash."""
    if rules.staged_fights is None or rules.gunfights is None:
        return
    for ev in real:
        if ((ev.acled or {}).get("event_type") != "Battles" or not ev.fatalities or not ev.source
                or not all(a.inter == 1 for a in ev.source) or any(a.inter == 1 for a in ev.target)
                or _told_before(ev)):
            continue
        text = ev.text.lower()
        at = max(0, text.find(ev.trigger.text.lower()))
        if not any(_staged_before(text[max(0, m.start() - 40):m.start()], rules)
                   for m in rules.gunfights.finditer(text, at)):
            continue
        ev.target = [replace(a, inter=7, evidence=f"{a.evidence}+killed in a staged fight")
                     for a in ev.target]
        _set(ev, "Violence against civilians", "Attack", "a fight the words deny: an execution")


def _staged_before(window: str, rules: Context) -> bool:
    """'in a so-called crossfire', 'in what police called a shootout': the denying words stand right before
    the fight, with at most an article between; not 'killed three alleged gang members in a firefight',
    whose doubt is about the dead (bv35)."""
    return rules.staged_fights is not None and any(
        all(w in rules.staged_gap for w in window[m.end():].split())
        for m in rules.staged_fights.finditer(window))


def _disappeared(real: list[Event], rules: Context) -> None:
    """'Security forces picked up an opposition activist from his home, and his whereabouts remain unknown',
    'soldiers detained four young men; they have not been seen since': a detention whose people were not
    seen again, told in its own sentence after its word, is an enforced disappearance - Violence against
    civilians: Abduction/forced disappearance, whoever holds them (vac34). An arrest with no such words
    stays an arrest."""
    if rules.disappeared is None:
        return
    for ev in real:
        if _cls(ev) != "arrest" or (ev.acled or {}).get("sub_event_type") != "Arrests" or ev.fatalities:
            continue
        text = ev.text.lower()
        at = text.find(ev.trigger.text.lower())
        if at >= 0 and rules.disappeared.search(text, at):
            _set(ev, "Violence against civilians", ABDUCTION, "the detained were not seen again")


def _armed_groups_threats(real: list[Event], rules: Context) -> None:
    """'Al Shabaab warned residents against working with the government', 'two rebel factions joined forces',
    'militants blocked the road': a threat, an alliance or a road blocked by non-state armed groups that
    harmed no one, which the rules left outside ACLED or read as a protest, is a strategic development
    (sd29)."""
    for ev in real:
        sub = rules.armed_group_acts.get(_cls(ev))
        if (sub is None or ev.fatalities or ev.injured or not ev.source or _one_person(ev)
                or ev.acled and ev.acled["event_type"] != "Protests"):
            continue  # "an armed man threatened nurses with a machete": one man's menace, no group's
        if all(a.inter in rules.armed_group_inters for a in ev.source):
            _set(ev, "Strategic developments", sub, "an armed group's threat, alliance or roadblock, no harm")


def _day(ev: Event) -> str | None:
    """The event's day as its text tells it, or None (a month, a year, or only the publication day)."""
    when = ev.date
    return when.value if when.value and len(when.value) == 10 and when.basis != "published" else None


def _days_of_reaction(real: list[Event], rules: Context) -> list[list[Event]]:
    """The report's events as one group, or split after the first day of its crowd violence when a protest is
    held on a later day ("a mob lynched two men on Friday ... On Monday, students marched to demand justice"):
    the later march answers the violence, it is not the demonstration the violence took place in, and the
    earlier violence does not make the later march violent."""
    days = [day for e in real if _cls(e) in rules.crowd_violence and e.plover["type"] == "ASSAULT"
            and (day := _day(e)) is not None]
    if not days:
        return [real]
    first = min(days)
    later = [e for e in real if (_day(e) or "") > first]
    if not any(_cls(e) in rules.protest and _cls(e) not in rules.crowd_violence for e in later):
        return [real]
    return [[e for e in real if e not in later], later]


def _violent_crowd_hit(ev: Event, rules: Context) -> bool:
    """'Police fired live rounds at stone-throwing demonstrators': force on a crowd whose own words tell its
    violence meets rioters, not a peaceful protest (riots26)."""
    if rules.violent_crowds is None or _cls(ev) == "show_of_force":  # warning shots stay an intervention
        return False
    clause = _own_clause(ev, rules)
    at = clause.find(ev.trigger.text.lower())
    return (at >= 0 and rules.violent_crowds.search(clause, at + len(ev.trigger.text)) is not None) or any(
        not armed(a) and rules.violent_crowds.search((a.text or "").lower()) for a in ev.target)


def _abandoned_loot(ev: Event, rules: Context) -> bool:
    """'Residents looted an army base abandoned by retreating soldiers': looting of a place its keepers had
    left meets no one; a strategic development, not a crowd's violence (riots26)."""
    return (_cls(ev) in rules.plunder and rules.abandoned is not None
            and rules.abandoned.search(_own_clause(ev, rules)) is not None)


def _protesters_damage(ev: Event, group: list[Event], rules: Context) -> bool:
    """'Hundreds of youths protesting a power cut set fire to the offices': damage or a fight whose doers, all
    unarmed people, are the doers of a protest told in the same sentence is the protesters' violence - a
    violent demonstration (riots38). Violence read as the protest's topic counts when its doers are the
    protesters themselves; violence told as the setting does not."""
    rule = ev.evidence.get("trigger", _NO_TRIGGER).get("rule", "")
    if _cls(ev) not in UNNAMED_CROWD_CLASSES or not ev.source or "+setting" in rule or _past_riot(ev, rules):
        return False
    if not all(a.inter in (0, 6, 7) and not armed(a) for a in ev.source):
        return False
    protesters = [(a.text or "").lower() for e in group if _cls(e) in rules.protest and _cls(e) != "riot"
                  and e.sentence == ev.sentence and not _told_peaceful(e, rules) for a in e.source]
    return all(any((a.text or "").lower() in p for p in protesters if p) for a in ev.source)


def _told_peaceful(ev: Event, rules: Context) -> bool:
    """'About 20,000 people marched peacefully in Lyon': a protest its own clause calls peaceful is not made
    violent by the rioting the report tells elsewhere."""
    return rules.peaceful is not None and rules.peaceful.search(_own_clause(ev, rules)) is not None


def _crowd_acts(group: list[Event], rules: Context, protest: bool) -> list[Event]:
    """The events of ``group`` that are a crowd's violence: done by a crowd or a riot's, not one person's, not
    told before, not a few people's, not loot of an abandoned place, not a past riot named as background."""
    return [e for e in group if (_by_crowd(e, rules, protest) or _riot_class(e, rules)) and not _lone(e)
            and not _told_before(e) and not _few(e, rules) and not _abandoned_loot(e, rules)
            and not _past_riot(e, rules)]


def _crowds(group: list[Event], real: list[Event], rules: Context, said: str) -> None:
    """Type a report's crowd violence, protests and the force met by them, from the events of ``group`` (the
    report's events, or those of a day of reaction apart: ``_days_of_reaction``); ``real``: all of them."""
    mobs = _mob_doers(group, rules, said)
    fights = [e for e in group if _fight_among_crowds(e, rules)]
    protest = any(_cls(e) in rules.protest and not _crowd_fight(e, rules) and not _at_each_other(e, rules)
                  and not _fight_told_on(e, fights)
                  and not _mob_on_civilians(e, rules)
                  and not _communal_riot(e, rules) and not _same_mob(e, mobs)
                  and not _banned(e, rules) and not _mob_on_police(e, rules, said)
                  and not _accused_of(e, rules) and not _fans(e, rules)
                  and not e.evidence["trigger"].get("spoken")  # "jailed over posts about the protests"
                  or e.evidence["trigger"].get("protest_claim")
                  or _state_against_crowd(e, rules) and rules.protesters.search(e.text.lower())
                  for e in group)
    if not protest and any(_at_protesters(e, rules, named=_named_only(e, rules))
                           and (any(_force_doer(a) for a in e.source) or _doerless_arrest(e, rules))
                           and not _camp_set_on(e, rules)
                           and "+topic" not in e.evidence["trigger"].get("rule", "")  # a deed judged
                           and not e.evidence["trigger"].get("work")  # what a film tells
                           and (e.plover["type"] == "ASSAULT" and _cls(e) not in rules.intervention
                                or _cls(e) == "arrest") for e in group):
        protest = True  # "troops shot dead 15 protesters", "police detained protesters": the protest is
        # named by its people (a crowd merely dispersed is not)
    for ev in group:
        if _cls(ev) == "riot" and _lone(ev):
            _set(ev, "Violence against civilians", "Attack", "one person's violence against the unarmed")
        elif _cls(ev) == "riot" and not _riot_class(ev, rules):
            _set(ev, "Violence against civilians", "Attack", "a named party's men set on people")
        elif _few_on_property(ev, rules):
            _set(ev, "Strategic developments", "Looting/property destruction", "a few people damaged goods")
    group = [e for e in group if not _few_on_property(e, rules)]
    crowd = _crowd_acts(group, rules, protest)
    # "youths protesting a power cut set fire to the offices": the protesters' own damage
    own = [e for e in group if _protesters_damage(e, group, rules)] if protest else []
    crowd += [e for e in own if e not in crowd]
    if crowd and not protest and (_crowd_claim(group, rules) or _at_a_protest(crowd, rules)
                                  or _trade_on_forces(crowd, rules)):
        protest = True  # "residents burned tyres, demanding water": a demonstration turned violent
        crowd = _crowd_acts(group, rules, protest)
    interventions = [e for e in group if (
        (any(a.inter == 1 for a in e.source) or (not e.source and _cls(e) in rules.intervention
                                                  and not e.evidence["trigger"].get("background")))
        and _cls(e) in rules.intervention  # an unnamed arrest the protest is against is not one
        # force against protesters or rioters, by the state, by armed groups, or by foreign or UN forces
        # ("UN peacekeepers opened fire on protesters in Goma"; conflict46)
        or (any(_force_doer(a) for a in e.source)
            and e.plover["type"] == "ASSAULT" and _at_protesters(e, rules, CROWD_INTER)))]
    # "families of migrants detained in Spain gathered ...": a custody told as a description met no crowd
    interventions = [e for e in interventions if not _described_custody(e)]
    if protest:  # "protested against the arrest of the editor ... He was arrested in a graft case": none
        interventions = [e for e in interventions if not _protested_arrest(e, group, rules)
                         and not _arrested_before(e, real, rules) and not _years_before(e, group, rules)
                         and not _jailed_later(e, rules) and not _leader_held_apart(e, real, rules)]
    if protest and interventions:  # "troops killed ten people when they fired on demonstrators": the
        # killing told beside force used on protesters is that force
        interventions += [e for e in group if e not in interventions and e.plover["type"] == "ASSAULT"
                          and _cls(e) not in UNNAMED_CROWD_CLASSES  # harm to people, not damage
                          and any(a.inter in (1, 2, 3) for a in e.source)
                          and not any(a.inter in (1, 2, 3, 4, 8) for a in e.target)
                          and any(i.sentence == e.sentence for i in interventions)
                          and not e.evidence["trigger"].get("running_toll")]  # not "a crackdown that has
        # killed 40 since March": a campaign's toll, not this force's
    interventions += [e for e in group if e not in interventions and _force_on_rioters(e, crowd, rules)]
    protest_type = None
    if protest and not crowd and interventions:
        text = " ".join(_own_clause(i, rules) for i in interventions)
        harsh = (any(i.fatalities or _gravely_hurt(i, rules) or _armed_attack(i) for i in interventions)
                 or _excessive(text, rules))
        protest_type = (("Protests", "Excessive force against protesters",
                         "the authorities used lethal or serious force against protesters") if harsh
                        else ("Protests", "Protest with intervention",
                              "the authorities intervened in the protest"))
    told_clashes = [e for e in group if protest and e not in crowd
                    and _crowd_clash_told(e, group, rules) and _by_crowd(e, rules, protest)]
    for ev in group:
        cls = _cls(ev)
        if ev in told_clashes:  # "detained 63 protesters after clashes outside parliament"
            _set(ev, "Riots", "Violent demonstration", "clashes told beside force used on a crowd")
        elif ev in crowd:
            if protest:
                _set(ev, "Riots", "Violent demonstration", "violence by a crowd in a protest report")
            else:
                _set(ev, "Riots", "Mob violence", "violence by a crowd or unorganised people")
                if _crowd_on_forces(ev, rules):
                    ev.evidence["acled"].append(CROWD_ON_FORCES)  # the model keeps the rules' type
        elif (cls in rules.protest and cls != "riot" and any(not _told_before(c) or c in own for c in crowd)
              and not _told_peaceful(ev, rules)):
            _set(ev, "Riots", "Violent demonstration", "the protesters used violence")
        elif cls in rules.protest and cls != "riot" and ev.source and all(a.inter == 5 for a in ev.source):
            _set(ev, "Riots", "Violent demonstration", "the report calls the protesters rioters")
        elif ev in interventions and cls != "arrest" and (crowd or any(a.inter == 5 for a in ev.target)
                                                          or _violent_crowd_hit(ev, rules)):
            _set(ev, "Riots", "Violent demonstration" if protest else "Mob violence",
                 "the authorities met a violent crowd")
        elif protest_type and (cls in rules.protest or ev in interventions) and cls != "riot":
            _set(ev, *protest_type)
        elif cls in rules.dispersal and not protest and (any(a.inter == 5 for a in ev.target)
                                                          or _named_after(ev, rules.rioters)
                                                          or _violent_crowd_hit(ev, rules)):
            _set(ev, "Riots", "Mob violence", "force used against a mob")
        elif cls in rules.dispersal and not protest and (
                any(a.inter == 6 or _crowd_of_civilians(a, rules) for a in ev.target)
                or _trade_crowd(ev, rules)  # "fired water cannon at farmers in Brussels" (westafr-11)
                or rules.gatherings is not None and _named_after(ev, rules.gatherings)
                or _camp_cleared(ev, rules)
                or _named_after(ev, rules.protesters)):  # "fired tear gas at teachers on strike" (protests34)
            if _lethal_dispersal(ev, rules):  # "fired tear gas and live rounds at protesters, killing 2"
                _set(ev, "Protests", "Excessive force against protesters",
                     "a crowd dispersed with lethal force")
            else:
                _set(ev, "Protests", "Protest with intervention", "a crowd dispersed")
        elif cls == "crowd_control" and not protest:
            _set(ev, "Violence against civilians", "Attack", "force used with no protest reported")
        elif (cls == "arrest" and ev.source and all(_armed_holder(a) for a in ev.source)
              and (ev.acled or {}).get("sub_event_type") == "Arrests"):  # not one folded into a killing
            _set(ev, "Violence against civilians", "Abduction/forced disappearance",
                 "detention by a non-state armed group")
        elif (cls == "release" and rules.swap_releases is not None
              and rules.swap_releases.search(ev.text.lower())):
            _set(ev, "Strategic developments", "Agreement", "captives freed in a prisoner swap")
        elif cls == "capture_territory" and _own_institution_held(ev, rules):
            _set(ev, "Strategic developments", "Other", "state forces held a seat of their own state")
        elif cls == "capture_territory" and _peaceful_takeover(ev, real, rules):
            _set(ev, "Strategic developments", "Non-violent transfer of territory",
                 "the place was taken without fighting")
        elif cls == "capture_territory" and ev.source:
            # a state's forces regain its territory from others; taken from state forces, it is
            # overtaken (ACLED codes foreign forces' conquests so)
            # (foreign forces beside the state's own, "Mozambican and Rwandan troops", regain it with them)
            # (militias allied to the state's forces named after them, "Somali forces and allied clan
            # militias", regain it with them too; expl31)
            lead = ev.source[0].inter in (1, 8)
            if ((any(a.inter == 1 for a in ev.source) or _regained_abroad(ev, rules))
                    and all(a.inter in (1, 8) or lead and _allied(a) for a in ev.source)
                    and not _state_taken_from(ev, _fought_beside(ev, real, rules))):
                _set(ev, "Battles", "Government regains territory", "state forces took the place")
            else:
                _set(ev, "Battles", "Non-state actor overtakes territory", "a non-state group took it")
        if (cls == "arrest" and not protest and (ev.acled or {}).get("sub_event_type") == "Arrests"
                and any(a.inter == 6 and _supporters_held(ev, a, rules) for a in ev.target)):
            # "arrested 20 supporters of opposition leader Maurice Kamto": civilians held, no crowd
            ev.target = [_as_kind(a, "Civilians", 7, "supporters held with no protest")
                         if a.inter == 6 and _supporters_held(ev, a, rules) else a for a in ev.target]


def _regained_abroad(ev: Event, rules: Context) -> bool:
    """'Rwandan troops deployed in Mozambique retook Mocimboa da Praia from jihadists': foreign state forces
    taking ground back from a non-state group regain it for the state they fight beside (conflict48)."""
    return (_lemma(ev) in rules.regaining_verbs and bool(ev.target)
            and all(a.inter == 8 and a.sector in STATE_FORCE_SECTORS for a in ev.source)
            and all(a.inter in (2, 3, 4) for a in ev.target))


def _allied(actor: Actor) -> bool:
    """'allied clan militias', 'pro-government militiamen': a militia told as the state's ally (expl31);
    'their Russian allies', 'foreign partners': a country's men of no sector named only as allies
    (westafr-12)."""
    text = f" {(actor.text or '').lower().replace('-', ' ')} "
    if actor.inter == 0 and actor.sector is None and actor.country:
        return any(f" {w} " in text for w in ("ally", "allies", "partner", "partners"))
    return actor.inter in (3, 4) and any(f" {w} " in text for w in ("allied", "pro government"))


def _protested_arrest(ev: Event, real: list[Event], rules: Context) -> bool:
    """An arrest the protest is against ("protested against the arrest of the editor", "demanded the release
    of activists who were detained"): told as the protest's setting or topic, or retold in another sentence
    that names no protesters nor counts those held ("He was arrested in a graft case"), it is no intervention
    (coder21)."""
    if _cls(ev) != "arrest":
        return False
    if _told_before(ev) or _sparked_protest(ev, rules):
        return True
    against = {e.sentence for e in real if _cls(e) == "arrest" and _told_before(e)}
    return (bool(against) and ev.sentence not in against and not ev.arrested
            and rules.protesters.search(ev.text.lower()) is None)


SPARKED_WITHIN = 40  # characters after a sparking word in which the protest it set off is named


def _sparked_protest(ev: Event, rules: Context) -> bool:
    """'Police arrested opposition leader Bobi Wine on Wednesday, sparking protests in Kampala': an arrest
    told as what set the protest off, after its trigger, is the protest's cause, not force met at it (round
    africa63); "arrested 30 protesters, sparking anger" names its crowd and stays."""
    if rules.sparking is None:
        return False
    text = ev.text.lower()
    at = text.find(ev.trigger.text.lower())
    if at < 0:
        return False
    m = rules.sparking.search(text, at + len(ev.trigger.text))
    if m is None or rules.protesters.search(text, at, m.start()) is not None:
        return False
    return re.search(r"\b(?:protests?|demonstrations?|riots?|rallies|unrest)\b",
                     text[m.end():m.end() + SPARKED_WITHIN]) is not None


def _armed_attack(ev: Event) -> bool:
    """Shots or explosives aimed at a crowd by an armed group, or explosives by anyone ("attackers threw a
    grenade at protesters"): force that could kill, never a mere intervention."""
    mode = ev.plover.get("mode")
    return ev.plover["type"] == "ASSAULT" and (mode == "explosives" or mode == "firearms" and any(
        a.inter in (2, 3) for a in ev.source) or not mode and any(a.sector == "UAF" for a in ev.source))


def _gravely_hurt(ev: Event, rules: Context) -> bool:
    """Protesters hurt badly enough for excessive force: wounds the force's sentence calls grave ("five were
    critically wounded", "suffered gunshot wounds"), not a count of hurt alone ("12 were injured")."""
    return rules.serious_injury is not None and bool(rules.serious_injury.search(ev.text.lower()))


def _years_before(ev: Event, group: list[Event], rules: Context) -> bool:
    """Force its text dates to a year before every protest's ("the anniversary of the massacre, when police
    shot dead 34 miners in 2012, was marked with a march on Thursday"): the old deed the protest remembers, no
    force met at it (memory-1)."""
    own = ev.date.value[:4] if ev.date.basis == "text" and ev.date.value else None
    years = [e.date.value[:4] for e in group if _cls(e) in rules.protest and e.date.value]
    return own is not None and bool(years) and all(year > own for year in years)


def _leader_held_apart(ev: Event, real: list[Event], rules: Context) -> bool:
    """'Soldiers detained the president on Wednesday. Hundreds of his supporters gathered in the capital': an
    arrest of named leaders only (resolved by the leaders' dictionary), told in a sentence with
    no protest and no protesters, is an arrest of its own, not force met at the protest told apart from it
    (westafr-3; "detained the opposition leader as his supporters marched" stays)."""
    return (_cls(ev) == "arrest" and bool(ev.target)
            and all((a.evidence or "").startswith("leader:") or _protest_leader(a, rules) for a in ev.target)
            and not any(e.sentence == ev.sentence for e in real if e is not ev and _cls(e) in rules.protest)
            and rules.protesters.search(ev.text.lower()) is None)


def _protest_leader(actor: Actor, rules: Context) -> bool:
    """'protest leader Parit Chiwarak', 'two protest organisers': a protest's leaders named by their role,
    whom the police hold at home or on a warrant, not in the crowd (round seasia62)."""
    return rules.protest_leaders is not None and rules.protest_leaders.search(actor.text.lower()) is not None


def _jailed_later(ev: Event, rules: Context) -> bool:
    """'Joshua Wong led the 2014 protests and was later jailed for unlawful assembly': a jailing told as
    coming later (``jailed_later``) is a court's term for the protest, no force met at it (china-1)."""
    later = rules.later_words
    return (_cls(ev) == "arrest" and ev.trigger.text.lower() in rules.jailed_later
            and later is not None and later.search(_own_clause(ev, rules)) is not None)


def _arrested_before(ev: Event, real: list[Event], rules: Context) -> bool:
    """An arrest in a sentence of its own told as done before the protest ("Police had arrested two organisers
    the day before"): the protest's background, no intervention at it (coder24)."""
    if _cls(ev) != "arrest" or any(e.sentence == ev.sentence for e in real
                                   if e is not ev and _cls(e) in rules.protest):
        return False
    text = ev.text.lower()
    if rules.arrested_earlier is not None and rules.arrested_earlier.search(text):
        return True
    return (rules.past_perfect is not None and rules.past_perfect.search(text) is not None
            and rules.protesters.search(text) is None)


def _lethal_dispersal(ev: Event, rules: Context) -> bool:
    """'Security forces fired tear gas, rubber bullets and live rounds at protesters, killing two': force
    that disperses a crowd with no protest told beside it is excessive when it kills or its words tell of
    lethal force, as in a protest report; tear gas or rubber bullets alone stay crowd control (coder20)."""
    return bool(ev.fatalities) or _gravely_hurt(ev, rules) or _excessive(_own_clause(ev, rules), rules)


def _own_clause(ev: Event, rules: Context) -> str:
    """The lower-case words of the event's own clause: its sentence cut at the clause breaks around its
    trigger ("fired tear gas at protesters, a day after a soldier was killed": not the soldier's death)."""
    text = ev.text.lower()
    at = text.find(ev.trigger.text.lower())
    if rules.clause_breaks is None or at < 0:
        return text
    start, end = 0, len(text)
    for m in rules.clause_breaks.finditer(text):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at + len(ev.trigger.text):
            end = m.start()
            break
    return text[start:end]


UNDONE_BEFORE = 30  # characters before an excessive-force word in which its negation is told


def _excessive(text: str, rules: Context) -> bool:
    """Whether the interventions' text tells of excessive force ("opened fire", "beat them with batons"),
    not of force denied or undone ("had not beaten anyone", "no one was killed") nor of non-lethal rounds
    ("rubber bullets", which ACLED's code book counts as crowd control)."""
    for word in rules.excessive:
        for m in re.finditer(rf"\b{re.escape(word)}", text):
            before = text[max(0, m.start() - UNDONE_BEFORE):m.start()]
            before = re.split(r"[,;:.]|\b(?:but|and|while|as)\b", before)[-1]  # the word's own clause
            if rules.nonlethal is not None and rules.nonlethal.search(before.split()[-1] if before.split()
                                                                      else ""):
                continue
            if rules.excessive_undone is not None and rules.excessive_undone.search(before):
                continue
            return True
    return False


def _force_on_rioters(ev: Event, crowd: list[Event], rules: Context) -> bool:
    """'A riot broke out in the prison; guards shot dead three inmates': the state's force on unarmed people
    in a riot's sentence or the next is the riot met by force (its targets need not be named rioters). Only
    an attack on civilians is re-typed: force a rule has made part of a battle stays there."""
    if (_cls(ev) not in rules.force_on_rioters or _told_before(ev) or not ev.source
            or (ev.acled or {}).get("event_type") != "Violence against civilians"
            or not all(a.inter in rules.rioter_police for a in ev.source)
            or any(armed(a) for a in ev.target)):
        return False
    return any(c is not ev and ev.sentence in (c.sentence, c.sentence + 1) for c in crowd)


def _own_institution_held(ev: Event, rules: Context) -> bool:
    """'Police occupied parliament', 'troops surrounded and took over the electoral commission': state forces
    holding a civil seat of their own state (its legislature, government or courts, none of them armed) take
    no territory from anyone; a strategic development (coder25). Not one taken back ("regained the governor's
    residence from jihadists"): only the verbs of `own_seat_verbs`."""
    if _lemma(ev) not in rules.own_seat_verbs:
        return False
    forces = [a for a in ev.source if a.inter == 1 and a.sector in STATE_FORCE_SECTORS - {"GOV"}]
    if not forces or len(forces) != len(ev.source) or not ev.target:
        return False
    own = {a.country for a in forces}
    return all(a.inter == 1 and a.country in own and a.sector not in STATE_FORCE_SECTORS - {"GOV"}
               for a in ev.target)


def _fought_beside(ev: Event, real: list[Event], rules: Context) -> bool:
    """A fight told in the event's sentence as an act of its own ("after fighting that killed two")."""
    return any(_cls(e) in rules.fights and e.sentence == ev.sentence for e in real if e is not ev)


def _state_taken_from(ev: Event, fought: bool = False) -> bool:
    """Was the place taken from another state's forces? Not from the doer's own state: "Sudan's army
    regained control of the presidential palace" has no Sudanese target it took the palace from. A
    target named as the doer itself is two rival sides resolved alike (a group that has since become
    the government), taken as before: from the state. A rival authority of the doer's own country that ACLED
    counts as state forces ("the Yemeni army liberated villages from the Houthis") is a competing state force
    of that country, whose ground the government regains (strategic63)."""
    own = {a.country for a in ev.source if a.inter == 1 and a.country and a.sector in STATE_FORCE_SECTORS}
    doers = {a.name for a in ev.source}
    return any(a.inter == 1 and not (a.country in own and a.name not in doers)
               and not (fought and _counted_dead(a, ev))
               for a in ev.target)


def _counted_dead(actor: Actor, ev: Event) -> bool:
    """'regained control of the town after fighting that killed two soldiers': the dead the toll of a fight
    told beside the taking counts are no side the place was taken from (sd27)."""
    said = (ev.evidence.get("counts", {}).get("killed", {}).get("text") or "").lower()
    return bool(said) and (actor.text or "").lower().startswith(said + " ")


def _peaceful_takeover(ev: Event, real: list[Event], rules: Context) -> bool:
    """'took over the town peacefully', 'occupied the abandoned base', 'the army withdrew and the
    rebels took control': a place that changes hands without fighting."""
    if rules.peaceful_takeover.search(ev.text.lower()):
        return True
    if any(e.acled and e.acled["sub_event_type"] == "Armed clash" and e.sentence == ev.sentence
           for e in real if e is not ev):  # "retook the town from rebels, who withdrew after a firefight"
        return False
    return any(_cls(e) in rules.withdrawal and e.sentence in (ev.sentence, ev.sentence - 1)
               and not any(a in ev.source for a in e.source) for e in real if e is not ev)
