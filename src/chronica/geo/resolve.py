"""Find toponyms in a spaCy Doc and resolve each in the context of the whole document.

Toponyms are found as runs of capitalised words (spaCy's entity labels help decide, but a name
spaCy tags as a person or an organisation, or misses, still counts when the words around it say
it is a place: "in Toluca", "Jowhar town", a name in parentheses after a place). Names written
after a place ("Celaya (Guanajuato)", "Garas Barey (Wanla Weyn, Lower Shabelle)", "Springfield,
Ill.") qualify it: they narrow its candidates, and when the place itself is not in the gazetteer
the innermost qualifier found gives its district (precision 2) or region (precision 3).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
from spacy.attrs import ORTH

from chronica.geo.areas import first_words, is_area
from chronica.geo.cues import CUES
from chronica.geo.gazetteer import (
    ALT_FACTOR,
    COUNTRY,
    DISTRICT,
    REGION,
    TOWN,
    Entry,
    Gazetteer,
    _aliases,
    country_names,
    norm,
    region_variants,
    score_prior,
    skeleton,
)
from chronica.geo.sees import saint_venue, see_country
from chronica.nlp import (
    char_bounds,
    children_of,
    deps_of,
    ents_of,
    heads_of,
    lowers_of,
    mapped,
    sentence_bounds,
    span_text,
    text_of,
    tokens_of,
)
from chronica.record import Place
from chronica.vessels import doc_spans

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from chronica.geo.home import Home

PLACE_LABELS = {"GPE", "LOC"}
PARTIES = {"D", "R", "I", "DFL", "Ind"}
COUNTY_WORDS = {"county": "County", "counties": "County", "co.": "County", "parish": "Parish",
                "parishes": "Parish"}
AFTER_NAME = frozenset(CUES["after_name"])
ADJECTIVE_NAMES = frozenset(CUES["adjective_names"])
DESCRIBED_PEOPLE = frozenset(CUES["described_people"])
LOCATIVE_ONLY = frozenset(CUES["locative_only"])
NEIGHBOURHOOD = frozenset(CUES["neighbourhood_prefix"])
AFTER_POSSESSIVE = frozenset(CUES["after_possessive"])
DATE_WORDS = frozenset(CUES["date_words"])
AGENCIES = frozenset(CUES["agencies"])
BODY_NAMES = frozenset(CUES["body_names"])
UNIT_WORD_COUNTRIES: dict[str, str] = CUES["unit_word_countries"]  # "lga": NGA
# parties and state bodies of several words with their country (geo/hints.py): no place inside them ("the
# Free Patriotic Movement" is no Free State); the longest name first, so "Internal Security Forces of North
# and East Syria" is not Lebanon's force
BODIES: dict[str, str | None] = {name.replace("\u2019", "'"): iso for name, iso in
                                 (CUES.get("body_countries") or {}).items()}
_BODY_ALTERNATIVES = "|".join(re.escape(n) for n in sorted(BODIES, key=len, reverse=True))
BODY_SPANS = re.compile(r"\b(?:" + _BODY_ALTERNATIVES.replace("'", "['\u2019]") + r")(?![\w'-])")
COMMON_WORDS = frozenset(CUES["common_words"])
DEPARTMENT_NAMES = frozenset(CUES["department_names"])
STREET_WORDS = frozenset(CUES["street_words"])
DOMESTIC = frozenset(CUES["domestic_nouns"])
FOREIGN = frozenset(CUES["foreign_nouns"])  # "the Indian consulate in Jalalabad": no vote for India
CARRIERS = frozenset(CUES["carrier_nouns"])  # "an Indian Airlines plane": whose craft, not where
# "Russian shelling killed three civilians in Donetsk": a state's fire from afar is no vote for its country
FIRED_FROM_AFAR = (frozenset(CUES["fire_nouns"]) | frozenset(CUES["air_weapon_nouns"])
                   | frozenset(CUES["assault_nouns"]))
STRIKE_VERBS = frozenset(CUES["launch_verbs"])
ASSAULT_VERBS = frozenset(CUES["assault_verbs"])  # "Russian forces attacked Pokrovsk": the doers' demonym
FORCES = frozenset(CUES["force_nouns"])  # "Malian troops": a state's forces (far_hamlets)
HINT_SKIP = frozenset(CUES["actor_hint_skip"])
CITY_PARTS = frozenset(CUES["city_part_words"])
VILLAGE_WORDS = frozenset(CUES["village_words"])
FIRE_FROM = frozenset(CUES["launch_verbs"]) | frozenset(CUES["fire_nouns"])
CROSSING_VERBS = frozenset(CUES["crossing_verbs"])  # "migrants who had crossed from Serbia": behind them
CLAUSE_DEPS = frozenset({"relcl", "acl", "xcomp", "advcl"})  # a verb's clause under another's words
TOWN_PART_BEFORE = frozenset(CUES["town_part_before"])
UNIT_REGION_WORDS = frozenset(CUES["unit_region_words"])
TITLE_WORDS = frozenset(CUES["title_words"])
MOVEMENT_WORDS = frozenset(CUES["movement_words"])
SPORTS_WORDS = frozenset(CUES["sports_words"])
VENUE_WORDS = frozenset(CUES["venue_words"])
LANDMARK_WORDS = frozenset(CUES["landmark_words"])
LANDMARK_PLACED = frozenset(CUES["landmark_placed"])
FEATURE_NOUNS = frozenset(CUES["feature_nouns"])  # "the Mau forest": land, no town (_feature_abroad)
DESTINATION_VERBS = frozenset(CUES["destination_verbs"])
SPEECH_VERBS = frozenset(CUES["speech_verbs"])
PERSON_SUBJECT_VERBS = frozenset(CUES["person_subject_verbs"])
PERSON_OBJECT_VERBS = frozenset(CUES["person_object_verbs"])  # "met Clinton": a person
SPEAKING_SUBJECT_VERBS = frozenset(CUES["speaking_subject_verbs"])
SPEAKING_SEAT_VERBS = frozenset(CUES["speaking_seat_verbs"])  # "..., Ankara said": a speaker (origins50)
TOPIC_NOUNS = frozenset(CUES["topic_nouns"])
CALLING_VERBS = frozenset(CUES["calling_verbs"])
STANCE_VERBS = frozenset(CUES["stance_verbs"])
MOVING_VERBS = frozenset(CUES["moving_verbs"])
HOME_NOUNS = frozenset(CUES["home_nouns"])
TOWN_NAME_ENDS = frozenset(CUES["town_name_ends"])
PEOPLE_NOUNS = frozenset(CUES["people_nouns"])
TOWNSHIP_WORDS = frozenset(CUES["township_words"])
TOWNSHIP_COUNTRIES = frozenset(CUES["township_countries"])  # where a township is a unit: "Kani township"
CAPTURE_VERBS = frozenset(CUES["capture_verbs"])  # "captured Kisangani": the name is a place
CONTROL_VERBS = frozenset(CUES["control_verbs"])  # "took control of Laukkai": the ground taken
GROUND_STRIKE_VERBS = frozenset(CUES["ground_strike_verbs"])  # "shelled Kherson", whatever its tag
VISITED_CITY_VERBS = frozenset(CUES["visited_city_verbs"])  # "an envoy visited Naypyitaw": the city
STRIKE_ON_NOUNS = frozenset(CUES["strike_on_nouns"])  # "a drone attack on Sumy": the ground struck
ARMED_STRIKERS = frozenset(CUES["armed_strikers"])  # "drone", "missiles", "forces": arms and armed men
STRUCK_PLACE_VERBS = frozenset(CUES["struck_place_verbs"])  # "missiles hit Sumy"
ARMED_NAMES_KEY = "chronica.geo.armed_names"  # the one-word names of armed groups a Doc holds (geo/hints.py)
ARMED_BODY_NOUNS = frozenset(CUES["armed_body_nouns"])  # "a rebel group": armed by its modifier (followups63)
STRUCK_TOWN_POP = 5000  # a town this large, named as ground an armed doer struck or took, is the place
FELL_TO = frozenset(CUES["fell_to_takers"])  # "Laukkai fell to rebels": the taker of ground
# "fell to 5%", "fell to 50,000 points": a tally, no taker
TALLY_ENTS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE", "TIME", "ORDINAL"})
DISTRICT_ADMIN1 = frozenset(CUES["district_admin1"])
PRESS_CUES: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in (CUES.get("press_cues") or {}).items()}
_PRESS_WORDS = frozenset(w for v in PRESS_CUES.values() for w in v)
PRESS_STRONG = frozenset(CUES.get("press_strong") or ())  # a currency symbol counts as two words
PRESS_MIN = 2  # distinct cue words that say whose press a story comes from
MISSIONS: dict[str, str] = CUES["missions"]
MISSION_REGIONS: dict[str, list[str]] = CUES.get("mission_regions") or {}
MISSION_TOWN_POP = 100000  # a town this large is named for itself, wherever the mission works
_MISSION = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(MISSIONS, key=len, reverse=True))
                      + r")\b")
POSSESSIVES = ("'s", "’s")
SKIP_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
# nouns after which "of X" names a place: "the outskirts of Kabul", "the east of Hodeidah", "the Moslem
# enclave of Bihac", "the rebel stronghold of Jaffna" (roles30b)
OF_NOUNS = {"outskirts", "enclave", "enclaves", "stronghold", "strongholds", "west", "east", "north", "south",
            "centre", "center", "countryside", "city",
            "town", "village", "villages", "area", "areas", "part", "parts", "suburbs", "suburb",
            "settlement", "settlements", "hamlet",  # "captured the settlement of Synkivka" (europe61)
            "vicinity", "province", "district", "region", "governorate", "state", "capital",
            "municipality", "county", "streets", "neighbourhood", "neighborhood", "residents",
            "people", "coast", "border", "south-east", "south-west", "north-east", "north-west",
            "southeast", "southwest", "northeast", "northwest", "heart", "downtown", "mayor",
            "governor", "inhabitants", "citizens", "entrance", "road", "highway", "port", "hometown",
            # the land of a place: "in the mountains of northern Iraq", "the forests of eastern Congo"
            "mountains", "hills", "foothills", "forest", "forests", "jungle", "jungles", "desert", "valley",
            "plains", "marshes", "shores",
            # the place left: "pulled its troops out of Kherson" (clauses54)
            "out"}
ALT_CUE_POP, ALT_CUE_LEN = 100000, 8  # an alternate name after a locative word: this large or this long
MIN_RESPELL = 5  # a name this long (normalised) may be matched by its skeleton
MIN_POP = {"FAC": 20000, "ORG": 100000, "PERSON": 1000000, "": 100000}
LOCATIVE = {"in", "near", "at", "outside", "from", "to", "towards", "toward", "into", "inside",
            "between", "around", "across", "within", "through", "via", "of", "and", "nearby",
            "outskirts", "west", "east", "north", "south"}
STRONG_LOCATIVE = LOCATIVE - {"of", "and", "to", "from", "via", "through"}
LOCATIVE_WORDS = STRONG_LOCATIVE | {"from", "to", "via", "through"}
OVERHEAD_VERBS = frozenset(CUES["overhead_verbs"])  # "drones flew over Kfarkela": a place (round country30b)
AIRSPACE_WORDS = frozenset(CUES["airspace_words"])
# words that may stand between a locative word and the name: "in the village of X", "in rural X"
LOCATIVE_SKIP = {"the", "a", "an", "city", "town", "village", "areas", "area", "districts", "of", "al", "el",
                 "ad", "ar", "as", "ash", "rural", "northern", "southern", "eastern", "western", "central",
                 *CUES["compass_abbreviations"]}
CONNECTORS = {"al", "el", "de", "del", "la", "le", "da", "do", "dos", "das", "du", "des", "ad", "as",
              "ar", "an", "ash", "at", "az", "bin", "bani", "ben", "y", "of", "upon", "on", "sur",
              "am", "im", "der", "di", "e", "en", "ech", "es", "et", "los", "las", "lo", "wa", "imeni"}
ARTICLES = ("al ", "el ", "ash ", "ad ", "ar ", "as ", "an ", "at ", "az ", "ath ", "adh ", "ech ",
            "es ", "ed ", "er ")
# words after a name that say what kind of place it is
TYPE_WORDS = {
    "city": TOWN, "town": TOWN, "village": TOWN, "villages": TOWN, "neighborhood": TOWN,
    "neighbourhood": TOWN, "camp": TOWN, "locality": TOWN, "settlement": TOWN, "suburb": TOWN,
    "area": TOWN, "market": TOWN, "township": TOWN, "hamlet": TOWN, "quarter": TOWN, "port": TOWN,
    "district": DISTRICT, "sub-district": DISTRICT, "subdistrict": DISTRICT, "county": DISTRICT,
    "parish": DISTRICT, "municipality": DISTRICT, "municipio": DISTRICT, "commune": DISTRICT,
    "subdivision": DISTRICT, "regency": DISTRICT, "tehsil": DISTRICT, "taluk": DISTRICT,
    "lga": DISTRICT, "zone": DISTRICT, "sector": DISTRICT, "woreda": DISTRICT, "raion": DISTRICT,
    "rayon": DISTRICT, "division": DISTRICT, "cercle": DISTRICT, "upazila": DISTRICT,
    "prefecture": REGION, "province": REGION,
    "governorate": REGION, "state": REGION, "region": REGION, "oblast": REGION,
    "countryside": REGION, "department": REGION, "countryside's": REGION,
    **dict.fromkeys(TOWNSHIP_WORDS, TOWN),
}
# region names that are also plain words: a place only in parentheses after a place
COMMON = {"east", "west", "north", "south", "central", "centre", "center", "coast", "maritime", "northern",
          "southern", "eastern", "western", "capital", "lakes", "plateau", "littoral", "federal",
          "national", "union", "federation", "republic", "islands", "island", "highlands", "lake",
          "upper", "lower", "middle", "greater", "interior", "mountain", "valley", "delta",
          "equator", "border", "hills", "city", "rural", "urban", "metropolitan", "sud", "nord",
          "est", "ouest", "centre-est", "hope", "unity", "liberty", "victoria", "independence",
          "congress", "parliament", "senate", "court", "assembly", "police", "army", "government",
          "capitol", "cabinet", "ministry", "embassy", "university", "college", "school", "hospital",
          "church", "mosque", "temple", "prison", "airport", "station", "market", "square", "bridge",
          "media", "press", "news", "party", "council", "committee", "forces", "general", "president",
          "minister", "governor", "mayor", "king", "queen", "prince", "chief", "commander", "state",
          "district", "province", "region", "county", "town", "village", "camp", "base", "palace",
          "house", "office", "headquarters", "department", "division", "brigade", "battalion",
          "coalition", "alliance", "movement", "front", "militia", "group", "network", "company",
          "bank", "association", "organization", "organisation", "society",
          "institute", "club", "stadium", "park", "garden", "road", "street",
          "highway", "avenue", "boulevard", "lane", "gate", "tower", "hill", "mount", "river",
          "sea", "ocean", "bay", "gulf", "desert", "forest", "jungle", "beach", "port", "harbor",
          "harbour", "canal", "dam", "reserve", "zone", "sector", "area", "triangle",
          "line", "frontier", "crossing", "checkpoint", "junction", "roundabout",
          "intersection", "ward", "mine", "abu", "wadi", "jabal", "tal", "tell", "bir", "ain", "ras",
          "khirbet", "supreme", "circuit", "ville"}
# a name ending in one of these says itself that it is a place: "Kent County"
PART_WORDS = {"area", "neighborhood", "neighbourhood", "quarter", "suburb"}  # "the X area of Y": at Y
SELF_NAMED = {"county", "parish", "township", "borough", "province", "governorate", "oblast",
              "prefecture", "district"}
COMPASS_ABBREVIATIONS = frozenset(CUES["compass_abbreviations"])
_DEMONYM_ENDS = ("an", "ese", "ish", "ch", "sh", "i")  # "Canadian", "Maltese", "English", "Dutch", "Thai"
LOCAL_BODIES = frozenset(CUES["local_bodies"])
ROUTE_WORDS = {"road", "highway", "route", "axis", "front", "frontline", "border", "crossing", "line"}
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
           "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater",
           "downtown", "metro", "north-east", "north-west", "south-east", "south-west", "new",
           *CUES["compass_abbreviations"]}
FEATURES = {"lake", "mount", "mountain", "river", "gulf", "sea", "bay", "cape", "port", "fort",
            "camp", "university", "college", "school", "hospital", "street", "avenue", "road"}
ORG_WORDS = {"district", "chamber", "police", "fire", "county", "city", "high", "school",
             "university", "college", "hospital", "department", "council", "mayor", "general",
             "public", "regional", "community", "area", "township", "board", "commission",
             "court", "museum", "library", "church", "airport", "state", "times", "post", "news",
             "daily", "herald", "press", "sheriff", "memorial", "middle", "elementary", "academy",
             "education", "town", "hall", "volunteer", "senior", "civic", "superior", "historical",
             "recreation", "parks", "foundation", "rescue", "village", "borough", "planning", "zoning"}
W_QUALIFIER, W_COUNTRY, W_ADMIN, W_HINT, W_COUNTRY_NAME = 6.0, 4.0, 3.0, 1.5, 1.0
W_ALT_VOTE = 0.25  # the context weight of a bare name matched by an alternate name only
W_NATION = 0.5  # a demonym's weight in the story's countries, against 1 for a place
W_HOME = 0.25  # the weight of the paper's home region and country (geo/home.py) in the story's context
NONE_SCORE = 1.0  # a level left unresolved in a group
W_DROP = 3.0  # what leaving a qualifier that names a region or country unresolved costs
W_PRIOR = 1.0  # the weight of log10 of the prior
W_SUPPORT = 2.0  # per other name of the story that could lie beside a candidate (see _support)
SUPPORT_K = 12  # senses of a name considered for support
SUPPORT_CAP = 3.0
TOP_K = 6
W_NEAR = 1.5  # a town within 60 km of another town of the story (half within 200 km)
MAX_NEAR = 12
NEAR_KM = 60
MAX_CANDIDATES = 60
FOCUS_MIN = 2  # distinct names of one region that make it the story's region
VENUE_TOWN_POP = 100000  # a town inside a venue's name ("the Kabul Serena Hotel") of the story's country
WEAK_TOWN_POP = 1000  # a town inside a longer capitalised run may be a place of the story's region
FOCUS_TOWN_POP = 1000  # a doubtful name of the story's region is kept if a town this large has it
BORDER_KM = 150  # a town of another country this near the story's places is across a border
DATELINE_KM = 1000  # a town abroad named with a cue this near the dateline's city may be the news from there
VILLAGE_POP = 50000  # a town told as a village counts as no larger than this, whatever its namesake's size
HAMLET_POP = 20000  # a town this small, of no country the story's demonyms name, may be a namesake
QUALIFIER_TOWN_POP = 100000  # a qualifier named like a region is the region unless a town this large
ROUNDS = 2  # context passes after the prior-only pass
LOOKUPS_KEPT = 50_000  # names whose candidates are kept
LOOP_COMBINATIONS = 20  # more combinations than this are scored with arrays (faster from about there)
_PAREN = re.compile(r"(?:\s+[a-z]+){0,2}\s*(?:\[[^\[\]]{1,40}\]\s*)?\(([^()]{1,120})\)")
_INSIDE = re.compile(r"(?:\s+(" + "|".join(sorted(TYPE_WORDS, key=len, reverse=True)) + r"))?"
                     r",?\s+(?:in|of|near)\s+(?:the\s+)?(?:\w+\s+of\s+)?"
                     r"(?:(?:northern|southern|eastern|western|north|south|east|west|central)\s+)?")
# "Matam, a suburb of Conakry", "Sandana, a village in Helmand province": the place the name lies in;
# "El Obeid, the capital of North Kordofan", "Kadugli, the main town in South Kordofan": a definite one
# too, whatever the tagger calls the name (horn-2)
APPOS_KINDS = ("village", "town", "city", "suburb", "district", "neighbou?rhood", "township", "locality",
               "settlement", "hamlet", "commune", "quarter", "slum", "capital")
_APPOS = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?(?P<kind>" + "|".join(APPOS_KINDS) + r")\s+"
                    r"(?:of|in)\s+"
                    r"(?:the\s+)?"
                    r"(?P<name>(?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+){0,2}"
                    r"(?:\s+(?:state|province|region|district|governorate|county|department))?)")
_TAIL = re.compile(r"\s*,\s*[A-Z]|,?\s+(?:in|of|near)\s+(?:the\s+|(?:al|el|ar|as|ad|an|ash|at|az)-)?[A-Z]")


@dataclass
class Mention:
    """A toponym in the text; ``quals`` are the names written after it that qualify it."""

    start: int
    end: int
    text: str
    label: str
    cue: bool = False  # a locative word, a type word or a qualifier position says it is a place
    hint: int | None = None
    quals: list[Mention] = field(default_factory=list)
    qualifier: bool = False  # this mention qualifies the one before it
    cands: list[tuple[Entry, bool]] = field(default_factory=list)
    code: bool = False  # a region code ("TN", "Ill.") usable only as a qualifier
    modifier: bool = False  # a country name modifying a noun: "the US dollar"
    doubtful: bool = False  # a name with no place cue: kept only if the story's places are near
    personal: bool = False  # a person by its role ("met Clinton", "Warren said"): vouches for no cluster
    at_town: bool = False  # an unknown name placed at the town after it, not at that town's district
    venue: int = 0  # inside a venue's name ("the Kabul Serena Hotel"): the least population kept
    landmark: bool = False  # names a landmark placed elsewhere: "the Kano market in Maiduguri"
    dateline: bool = False  # the story's opening dateline, with no state or country after it
    township: bool = False  # named before "Township" or "Twp." ("Jerome Township"): see _townships
    paper_town: bool = False  # a bare dateline the gazetteer lacks, or its name again: see _townships
    wire: bool = False  # a bare dateline before a news agency in parentheses: "PARIS (AP) -"
    city_part: bool = False  # a qualifier after "a suburb of", "a slum in": a city, not its region
    village: bool = False  # told as a village ("the village of X", "X village"): no city of its name
    origin: bool = False  # where fire came from ("shelling from Ukraine"): no vote for the story's places
    speaker: bool = False  # a government speaking ("..., Ankara said"): no vote for the story's places
    came: bool = False  # where people came from ("smugglers who sailed from Sfax"): no vote either
    feature: bool = False  # names land ("the Mau forest", "the Cobre Panama mine"): see _feature_abroad
    hinterland: bool = False  # told as the land around it ("the countryside of Idleb"): a region, no seat

    @property
    def known(self) -> bool:
        return bool(self.cands)


def _trim(text: str, start: int) -> tuple[str, int]:
    """Drop a leading "the" and a trailing possessive or punctuation."""
    if text.lower().startswith("the "):
        text, start = text[4:], start + 4
    for tail in ("'s", "’s"):
        if text.endswith(tail):
            text = text[: -len(tail)]
    text = text.rstrip(" ,;:-")
    if text.endswith(".") and len(text) <= 5:
        return text, start  # "Ill.", "Ga."
    return text.rstrip("."), start


def lookup(gaz: Gazetteer, text: str) -> list[tuple[Entry, bool]]:
    """Candidates of a name; when it is unknown, of its spellings without a leading Arabic article
    ("Qamishli"), with one ("Yusufiyah"), with the article of a sun letter ("Jisr al-Shughur"),
    with "ayn" for "ain" ("Ain al Arab"), without a "de" inside ("San Luis de Potosi"), with or
    without a final "h" ("Ash-Shajara") and with a final "y" for "i" ("Tillabery"). Answers are kept
    on the gazetteer: stories name the same places."""
    found = gaz.lookups.get(text)
    if found is None:
        found = tuple(_lookup(gaz, text))
        if len(gaz.lookups) >= LOOKUPS_KEPT:
            gaz.lookups.clear()
        gaz.lookups[text] = found
    return list(found)


def _lookup(gaz: Gazetteer, text: str) -> list[tuple[Entry, bool]]:
    cands = gaz.candidates(text, MAX_CANDIDATES)
    key = norm(text)
    if cands and key.startswith(CITY_OF):
        return _city_of(gaz, key, cands)
    if cands:
        return cands
    variants = []
    art = next((a for a in ARTICLES if key.startswith(a) and len(key) > len(a) + 3), None)
    if art is not None:
        variants.append(key[len(art):])
    elif len(key) > 5 and " " not in key and key[0].isalpha():
        variants.append("al " + key)
    if "-" in text and key.count(" ") == 1:  # "Petion-Ville" for Petionville
        variants.append(key.replace(" ", ""))
    if " de " in key:  # "San Luis de Potosi" for San Luis Potosi
        variants.append(key.replace(" de ", " "))
    if _AIN.search(key):  # "Ain al Arab" for 'Ayn al 'Arab, "Ras al Ain" for Ra's al 'Ayn
        variants.append(_AIN.sub("ayn", key))
    sun = _SUN_ARTICLE.sub(lambda x: f"a{x.group(1)} {x.group(1)}", key)
    if sun != key:  # "Jisr al-Shughur" for Jisr ash Shughur: the article takes a sun letter's sound
        variants.append(sun)
    hill = _TALL.sub(lambda x: "tall " if x.group(1) != "tall" else "tal ", key)
    if hill != key:  # "Tal Tamr", "Tell Abyad" for Tall Tamr, Tall Abyad: one Arabic word for a hill
        variants += [hill, *(["tell " + key.split(" ", 1)[1]] if hill.startswith("tal ") else [])]
    if len(key) > 5 and key[-1] in "iy":  # "Tillabery" for Tillaberi
        variants.append(key[:-1] + ("y" if key[-1] == "i" else "i"))
    if len(key) > 5 and key[-1] in "ae":
        variants += [key + "h", *(v + "h" for v in variants)]
    elif len(key) > 6 and key.endswith(("ah", "eh")):
        variants += [key[:-1], *(v[:-1] for v in variants)]
    seen: set[int] = set()
    for v in variants:
        for e, _ in gaz.candidates(v):
            if id(e) not in seen and (e.kind != COUNTRY or v == variants[0] and art is not None):
                seen.add(id(e))
                cands.append((e, True))
    return cands[:MAX_CANDIDATES]


CITY_OF = "city of "


def _city_of(gaz: Gazetteer, key: str, cands: list[tuple[Entry, bool]]) -> list[tuple[Entry, bool]]:
    """"City of Richmond" is any town Richmond as well as the city the gazetteer keeps under that
    whole name (Virginia's independent city): a Kentucky story's "City of Richmond" is its own town."""
    seen = {id(e) for e, _ in cands}
    towns = [(e, alt) for e, alt in gaz.candidates(key[len(CITY_OF):], MAX_CANDIDATES)
             if e.kind == TOWN and not alt and id(e) not in seen]
    return (cands + towns)[:MAX_CANDIDATES]


_AIN = re.compile(r"\bain\b")
_TALL = re.compile(r"^(tal|tel|tell|tall) (?=[a-z]{3})")
_SUN_ARTICLE = re.compile(r"\b[ae]l (sh|th|dh|[tdrzsnl])(?=[a-z])")


_TIME_TAIL = re.compile(r"[ap]\.?m\.?|gmt|utc|,")  # a name after a time or a comma inside a date


def _is_cap(tok) -> bool:  # noqa: ANN001
    t = tok.text
    if not t or not t[0].isupper() or not t[0].isalpha():
        return False
    if tok.ent_type_ in ("DATE", "TIME"):
        return _name_in_date(tok)
    return tok.ent_type_ not in SKIP_LABELS


def _name_in_date(tok) -> bool:  # noqa: ANN001
    """A capitalised word the parser put inside a date or a time that is no word of the calendar:
    "Dahuk" tagged a date alone, "12:03 p.m. Walker County dispatchers"."""
    doc, k = tok.doc, tok.i
    while True:
        t = doc[k]
        if not (t.is_alpha and t.text[0].isupper() and t.lower_ not in DATE_WORDS):
            return False
        if t.ent_iob_ == "B" or k > 0 and _TIME_TAIL.fullmatch(doc[k - 1].lower_):
            return True
        k -= 1
        if k < 0 or doc[k].ent_type_ not in ("DATE", "TIME"):
            return False


WORLD_CITY_POP = 100_000  # a bare dateline's largest namesake must be this big ...
WORLD_CITY_RATIO = 5  # ... and this many times the size of the one the story's context chose
ARTICLES_GLUED = frozenset(("al", "el", "ad", "ar", "as", "an", "ash", "at", "az", "ez", "ed", "es", "er"))
_CAPITAL: dict[int, bool] = {}  # string id -> whether the word starts with a capital letter
CAPITALS_KEY = "chronica.geo.capitals"


def _starts_capital(text: str) -> bool:
    return bool(text) and text[0].isupper() and text[0].isalpha()


def _capitals(doc) -> list[bool]:  # noqa: ANN001
    """Whether each token's text starts with a capital letter, from the Doc's array of string ids."""
    return mapped(doc, ORTH, CAPITALS_KEY, _CAPITAL, _starts_capital)


def _runs(doc) -> list[tuple[int, int]]:  # noqa: ANN001
    """Token runs of capitalised words (with connectors inside and glued hyphens or numbers)."""
    caps, lowers = _capitals(doc), lowers_of(doc)  # most words are not capitalised: no Token asked
    doc = tokens_of(doc)  # each token made once (indexing a Doc makes a new Token every time)
    runs = []
    i, n = 0, len(doc)
    while i < n:
        if not caps[i] or not _is_cap(doc[i]) or _function_word(doc[i]) or _people_of_opener(doc, lowers, i):
            if (i + 2 < n and lowers[i] in ARTICLES_GLUED
                    and doc[i + 1].text == "-" and doc[i].whitespace_ == "" and _is_cap(doc[i + 2])):
                runs.append((i, _run_end(doc, i + 2)))  # "al-Hasakeh"
                i = runs[-1][1]
                continue
            i += 1
            continue
        j = _run_end(doc, i)
        runs.append((i, j))
        i = j
    return runs


def _adjective_compound(doc, gaz: Gazetteer, i: int, j: int) -> bool:  # noqa: ANN001
    """Does a hyphened run end in an adjective the gazetteer lacks ("the Trans-Amazonian highway",
    "the Pan-American highway")? One word, not a road between two places ("the Homs-Hama road")."""
    toks = tokens_of(doc)
    last = toks[j - 1]
    return j - i > 2 and toks[j - 2].text == "-" and last.pos_ == "ADJ" and not lookup(gaz, last.text)


def _possessive_names(doc, gaz: Gazetteer, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:  # noqa: ANN001
    """Join a run, a glued "'s" and the run after it where the gazetteer names the whole ("Cox's
    Bazar", "King's Lynn"): a possessive inside a place's name, not a person's or a country's."""
    toks = tokens_of(doc)
    out: list[tuple[int, int]] = []
    for i, j in runs:
        if out and out[-1][1] == i - 1 and toks[i - 1].text in POSSESSIVES and not toks[i - 2].whitespace_:
            a = out[-1][0]
            e = next((e for e in range(j, i, -1) if lookup(gaz, span_text(doc, a, e))), None)
            if e is not None:
                out[-1] = (a, e)
                if e < j:
                    out.append((e, j))
                continue
        out.append((i, j))
    return out


def _surnames(doc) -> set[str]:  # noqa: ANN001
    """Last names of the people the story names in full ("Andy Trapani" gives "trapani")."""
    out = set()
    for ent in ents_of(doc):
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_title and ent[-2].is_title and not (
                ent[0].is_sent_start and ent.end < len(doc) and doc[ent.end].text in AFTER_NAME) and (
                ent[0].lower_ not in COMPASS):  # "N.W. Wichita", "Central Mali" tagged a person
            # not "Injured Lawrenceville man" (a headline's first word, then a man's home)
            out.add(norm(ent[-1].text))
    return out


def _strong_locative(doc, i: int) -> bool:  # noqa: ANN001
    """Is token i right after "in", "near", "at", ... (maybe with "the")?"""
    lowers = lowers_of(doc)
    k = i - 1
    if k >= 0 and lowers[k] == "the":
        k -= 1
    return k >= 0 and lowers[k] in STRONG_LOCATIVE


def _named_after(doc, j: int) -> bool:  # noqa: ANN001
    """Does a word after the name say it is a place ("a Richmond man", "Hanover police")?"""
    if j + 1 < len(doc) and doc[j].text in ("'s", "’s"):
        return doc[j + 1].lower_ in AFTER_POSSESSIVE  # "Joliet's building inspector"
    return j < len(doc) and doc[j].text in AFTER_NAME


def _adjective_of_people(doc, a: int, b: int) -> bool:  # noqa: ANN001
    """Is a one-word name opening a sentence an everyday adjective before people ("Young men from the
    slum ...", "Rich families fled"), not a town before its residents ("Richmond men")?"""
    return (b - a == 1 and doc[a].is_sent_start and b < len(doc) and doc[a].lower_ in ADJECTIVE_NAMES
            and doc[b].lower_ in DESCRIBED_PEOPLE)


def _party(doc, i: int, j: int) -> bool:  # noqa: ANN001
    """A US legislator's party and home after the name: ", R-Fairfax," / "(D-Pa.)"."""
    return (j - i > 2 and i > 0 and doc[i].text in PARTIES and doc[i + 1].text == "-"
            and not doc[i].whitespace_ and not doc[i + 1].whitespace_ and doc[i - 1].text in (",", "("))


PEOPLE_OF_OPENERS = frozenset(CUES["people_of_openers"])


def _people_of_opener(doc, lowers: list[str], i: int) -> bool:  # noqa: ANN001
    """A people noun opening a sentence before "of" ("Residents of Kenscoff ..."): no part of a name."""
    return lowers[i] in PEOPLE_OF_OPENERS and i + 1 < len(lowers) and lowers[i + 1] == "of" and (
        i == 0 or bool(doc[i].is_sent_start))


def _function_word(tok) -> bool:  # noqa: ANN001
    """A capitalised function word ("In Columbus, ...", "At Ozark Dodge") starts no name."""
    return tok.is_stop and tok.pos_ != "PROPN" and tok.ent_type_ not in PLACE_LABELS


def _run_end(doc, i: int) -> int:  # noqa: ANN001
    """The end of the run of capitalised words starting at token i."""
    n = len(doc)
    j = i + 1
    while j < n:
        tok, prev = doc[j], doc[j - 1]
        glued = prev.whitespace_ == "" and (tok.text in ("-", "'", "’") or tok.is_alpha
                                           or tok.is_digit or prev.text in ("-", "'", "’"))
        if (glued and prev.text == "-" and tok.text.islower() and _BACKED_WORD.fullmatch(tok.text)
                and (doc[j - 2].lower_, tok.text) not in HELD_PAIRS):
            j += 1  # "Russian-occupied Melitopol": the backer's word ends the run, the town begins one
            break
        if _is_cap(tok) or (glued and tok.ent_type_ not in ("DATE", "TIME")):
            j += 1
        elif tok.lower_ in CONNECTORS and j + 1 < n and _is_cap(doc[j + 1]) and tok.text.islower():
            if tok.lower_ == "of" and prev.ent_type_ == "PERSON" and doc[j + 1].ent_type_ != "PERSON":
                break  # "Ann Ruiz of Marlow": a person and their home
            j += 1
        elif (tok.lower_ in ARTICLES_GLUED and j + 2 < n and tok.text.islower() and doc[j + 1].text == "-"
              and not tok.whitespace_ and not doc[j + 1].whitespace_ and _is_cap(doc[j + 2])):
            j += 3  # "Jisr al-Shughur", "Ras al-Ain"
        elif (tok.lower_ in CONNECTORS and j + 2 < n and doc[j + 1].lower_ in CONNECTORS
              and tok.text.islower() and doc[j + 1].text.islower() and _is_cap(doc[j + 2])):
            j += 2  # "Santa Cruz de la Sierra", "Villa de los Santos"
        else:
            break
    while j > i + 1 and doc[j - 1].text in ("-", "'", "’"):
        j -= 1
    return j


def _segments(doc, gaz: Gazetteer, i: int, j: int, whole: bool = False):  # noqa: ANN001
    """Split tokens [i, j) into the longest names the gazetteer knows, left to right; the words
    left over form unknown names. Yields (start token, end token, candidates). A part of a longer
    name must be a main name of a country, a region or a town of 100,000 ("Pakistan Army"), or be
    tagged a place on its own, so that "Green Hills" is not Hills, Iowa. With ``whole`` (the
    run has qualifiers after it) an unknown run stays one name."""
    toks = tokens_of(doc)  # no new Token for each doc[i]
    full = _trim(span_text(doc, i, j), 0)[0]
    cands = lookup(gaz, full) if full and norm(full) not in COMMON else []
    if whole and not cands:
        ofs = [k for k in range(i + 1, j - 1) if toks[k].text == "of"]
        if ofs:  # "the Municipality of Gomez Palacio", "the Gendarmerie HQ of Issaguen"
            i = ofs[-1] + 1
            full = _trim(span_text(doc, i, j), 0)[0]
            cands = lookup(gaz, full) if full and norm(full) not in COMMON else []
    paren = whole and j - i > 1 and toks[j - 1].lower_ in COMMON and _PAREN.match(
        text_of(doc), toks[j - 1].idx + len(toks[j - 1]))
    if whole and not cands and j - i > 1 and (paren or toks[j - 1].lower_ in VENUE_WORDS):
        for e in range(j - 1, i, -1):  # "Uitenhage Provincial Hospital (...)": the town it is in
            prefix = _trim(span_text(doc, i, e), 0)[0]
            cands = lookup(gaz, prefix) if prefix and norm(prefix) not in COMMON else []
            if cands and (paren or _part_ok(doc, i, e, cands, i)):  # "near the Cairo Opera House"
                j = e
                break
            cands = []
    if cands or whole:
        yield i, j, cands, False
        return
    if j - i == 1 and norm(full) in COMMON and toks[i].ent_type_ in PLACE_LABELS and _locative(doc, i):
        cands = lookup(gaz, full)  # "from Victoria toward Langford": a plain word as a name, kept
        if cands:                  # only where the story's places are
            yield i, j, cands, True
            return
    k = i
    pending = None
    after_place = False  # the words before k are a place found in this run ("Decatur McLean County")
    lowers = lowers_of(doc)
    while k < j:
        found = weak = None
        for e in range(j, k, -1) if toks[k].text != "-" else ():  # not "-Ville" of "Bazou-Ville"
            if lowers[e - 1] in CONNECTORS:
                continue
            text, _ = _trim(span_text(doc, k, e), 0)
            if not text:
                continue
            cands = lookup(gaz, text)
            if cands and _part_ok(doc, k, e, cands, i):
                found = (k, e, cands, False)
                break
            if cands and weak is None and _part_weak(doc, i, k, e, j, cands, after_place):
                weak = (k, e, cands, True)
        found = found or weak
        if found is None:
            pending = (pending[0] if pending else k, k + 1)
            k += 1
            after_place = False
            continue
        if pending:
            yield pending[0], pending[1], [], False
            pending = None
        yield found
        k = found[1]
        after_place = True
    if pending:
        yield pending[0], pending[1], [], False


def _department_name(doc, a: int, b: int, word: str) -> bool:  # noqa: ANN001
    """Is ``word`` (tokens [a, b)) an everyday word naming a government's department right before
    "Department" ("the Justice Department", "the Commerce Department"; `department_names`)?"""
    return b - a == 1 and b < len(doc) and norm(word) in DEPARTMENT_NAMES and (
        tokens_of(doc)[b].text in ("Department", "department", "Dept.", "Dept"))


def _part_weak(doc, i: int, k: int, e: int, j: int, cands, after_place: bool = False) -> bool:  # noqa: ANN001
    """May a part [k, e) of a longer run [i, j) that is no sure place ("Decatur" in "Decatur McLean
    County Coroner", "Augusta" in "Augusta's Highland Avenue", "the Crestwood Board of Education")
    still be one, if the story's other places lie beside it? A town of WEAK_TOWN_POP or a county,
    by its own name, after no other name in the run but a place or compass words, "of", "at" or a
    hyphen ("the Town of Groton", "North West Bicester", "Distinctly Dublin"); not part of a
    person's name, not an everyday word (`common_words`), not a street ("West Tyler Street"), not
    in capitals."""
    top, alt = cands[0]
    words = span_text(doc, k, e)
    key = norm(words)
    if alt or key in COMMON or key in LOCATIVE_ONLY or key in DATE_WORDS or key in COMMON_WORDS:
        return False
    toks = tokens_of(doc)  # the Doc's Tokens: no Span made
    if words.isupper() or any(t.ent_type_ == "PERSON" for t in toks[k:e]):
        return False
    if k > i and toks[k - 1].lower_ not in ("of", "at", "-") and not after_place and any(
            t.pos_ == "PROPN" and t.lower_ not in COMPASS for t in toks[i:k]):
        return False  # "John Radcliffe Hospital", "the State Duma", "Jeep Cherokee"
    for t in toks[e:min(j + 1, len(doc))]:
        if t.text in ("'s", "’s"):
            break  # "Augusta's Highland Avenue"
        if t.lower_ in STREET_WORDS:
            return False
    return top.kind == DISTRICT or (top.kind == TOWN and top.pop >= WEAK_TOWN_POP)


def _tail(doc, b: int, j: int) -> frozenset[str]:  # noqa: ANN001
    """The words after a part [.., b) of a capitalised run ending at j, and the lower-case word
    after the run when the part is followed by more of it ("the Santiago Bernabeu stadium")."""
    if b >= j:
        return frozenset()
    lowers = lowers_of(doc)
    words = lowers[b:j]
    if j < len(doc) and tokens_of(doc)[j].is_lower:
        words = [*words, lowers[j]]
    return frozenset(words)


def _movement_name(doc, b: int, j: int) -> bool:  # noqa: ANN001
    """Whether a part ending the capitalised run at ``j`` comes right before a lower-case movement word
    ("the Gulen movement", "the Gulenist network")."""
    return b == j and j < len(doc) and tokens_of(doc)[j].is_lower and lowers_of(doc)[j] in MOVEMENT_WORDS


def _team_name(doc, b: int, j: int) -> bool:  # noqa: ANN001
    """Is the rest [b, j) of a capitalised run after a town a sports team's name: one or two
    capitalised words ending in a plural, tagged an organisation, in a sentence of sport?"""
    if not 0 < j - b <= 2 or j > len(doc):
        return False
    toks = tokens_of(doc)
    last = toks[j - 1]
    if not last.text[:1].isupper() or not last.lower_.endswith("s") or last.lower_ in TOWN_NAME_ENDS:
        return False
    if toks[b].ent_type_ != "ORG":
        return False
    return any(t.lower_ in SPORTS_WORDS for t in toks[b].sent)


def _landmark_elsewhere(doc, b: int) -> bool:  # noqa: ANN001
    """Is a town's name the name of a landmark that the text places in or near another named place
    ("the Kano market in Maiduguri", "the Palma bridge near Bohssas")?"""
    lowers = lowers_of(doc)
    k = b
    while k < min(len(lowers), b + 2) and lowers[k] in LANDMARK_WORDS:  # "the Mombasa road roundabout"
        k += 1
    if k == b or k + 1 >= len(lowers) or lowers[k] not in LANDMARK_PLACED:
        return False
    nxt = tokens_of(doc)[k + 1]
    return nxt.text[:1].isupper() and nxt.pos_ == "PROPN"


def _region_venue(doc, b: int, j: int, cands) -> bool:  # noqa: ANN001
    """Is a one-word region's name followed by a venue word ("the Litoral penitentiary", "the Oriente
    prison")? Such a venue is kept only where it fits the story (``venue_fits``); a town's name before a
    venue word ("a Kabul hospital") is left as it was."""
    return b == j and j < len(doc) and doc[j].is_lower and lowers_of(doc)[j] in VENUE_WORDS and (
        cands[0][0].kind not in (COUNTRY, TOWN))


def _part_ok(doc, k: int, e: int, cands, run_start: int) -> bool:  # noqa: ANN001
    """May a part of a longer capitalised run be a place? "Pakistan Army", "Northeast Georgia",
    "Kent County Sheriff", "the Oakville District Chamber", but not "Green Hills"."""
    toks = tokens_of(doc)  # no new Token for each doc[i]
    top, alt = cands[0]
    if alt or norm(span_text(doc, k, e)) in COMMON:
        return False
    if k == run_start + 1 and toks[run_start].is_sent_start and e < len(doc) and toks[e].text in AFTER_NAME \
            and top.kind == TOWN and top.pop >= WEAK_TOWN_POP:
        return True  # "Injured Lawrenceville man dies": a headline's first word, then the man's home
    if k > run_start and toks[k - 1].ent_type_ == "PERSON" and toks[k].ent_type_ not in PLACE_LABELS:
        return False  # "Minister Maria de Lurdes Rodrigues": a surname the tagger left out of the name
    before = [t.lower_ for t in toks[run_start:k]]
    for word in ("of", "-"):  # "Ward 5 of Herat", "Logan-Rogersville": a name after it starts afresh
        if word in before:
            before = before[len(before) - before[::-1].index(word):]
    hyphen = (k > run_start and toks[k - 1].text == "-") or (e < len(doc) and toks[e].text == "-")
    prefix = all(w in COMPASS for w in before) or (  # "Missing Maryville teen": capitalised only
        toks[run_start].is_sent_start and all(t.pos_ not in ("PROPN", "NOUN") for t in toks[run_start:k]))
    if top.kind in (COUNTRY, REGION) and _town_named_after(doc, e):
        return False  # "Tennessee Colony", "Kentucky Heights": a town, not the state
    if top.kind in (COUNTRY, REGION) and (prefix or not before or before[-1] not in FEATURES):
        return True
    if not prefix:
        return False
    if top.kind == DISTRICT and norm(top.name).split()[-1] in ("county", "parish", "borough"):
        return True
    nxt = toks[e].lower_ if e < len(doc) else ""
    glued = e < len(doc) and toks[e - 1].whitespace_ == ""
    if top.kind == TOWN and (top.pop >= 100000 or top.pop >= 10000 and glued
                             or top.pop >= 1000 and (nxt in ORG_WORDS or nxt in AFTER_NAME or hyphen)):
        return True  # "the Chiefland Police", "Missing Maryville teen"
    starts = k == 0 or toks[k - 1].ent_type_ not in PLACE_LABELS or toks[k].ent_iob_ == "B"
    return all(t.ent_type_ in PLACE_LABELS for t in toks[k:e]) and starts  # the Doc's Tokens: no Span


def _town_named_after(doc, e: int) -> bool:  # noqa: ANN001
    """Whether the capitalised word after a region's or country's name ends a town's own name
    ("Tennessee Colony", "Kentucky Heights": TOWN_NAME_ENDS)."""
    if e >= len(doc):
        return False
    tok = tokens_of(doc)[e]
    return tok.text[:1].isupper() and tok.lower_ in TOWN_NAME_ENDS


def _label(doc, i: int, j: int) -> str:  # noqa: ANN001
    toks = tokens_of(doc)  # no new Tokens
    if j - i == 1:
        return toks[i].ent_type_
    labels: dict[str, int] = {}  # counted in order: the first of the commonest wins, as Counter's
    for t in toks[i:j]:
        label = t.ent_type_
        if label:
            labels[label] = labels.get(label, 0) + 1
    return max(labels, key=labels.__getitem__) if labels else ""


def _locative(doc, i: int) -> bool:  # noqa: ANN001
    """Is token i preceded by a locative word ("in", "near", "outskirts of"), maybe with "the"?"""
    lowers = lowers_of(doc)
    k = i - 1
    while k >= 0 and lowers[k] in LOCATIVE_SKIP:
        if lowers[k] == "of":  # "the outskirts of Kabul"; "Amstutz, of Wooster,": a person's home
            return k > 0 and (lowers[k - 1] in OF_NOUNS or lowers[k - 1] == "," and k == i - 1
                              or k == i - 1 and doc[k - 1].ent_type_ == "PERSON")  # "Ann Ruiz of Ada"
        k -= 1
    if k > 0 and lowers[k] == "to" and lowers[k - 1] in ("according", "due", "thanks", "owing"):
        return False
    if k >= 0 and lowers[k] == "over":
        return _overhead(doc[k])
    return k >= 0 and lowers[k] in LOCATIVE_WORDS


def _overhead(over) -> bool:  # noqa: ANN001
    """An "over" of flight: "drones flew over Kfarkela", "violated the airspace over X" (a place), not
    "arrested over Karami's death"."""
    head = over.head
    return head.lemma_.lower() in OVERHEAD_VERBS or head.lower_ in AIRSPACE_WORDS


_AND = re.compile(r"\s*,?\s+(?:and|or)\s+")  # "near Dera Ismail Khan and Tank": the cue holds for both
_DAY = r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)?"  # ", Oct 10": a dated dateline
# "GENEVA (Reuters) -", "ANKARA, Oct 10 (Reuters) -"
_BARE_DATELINE = re.compile(r"\s*" + _DAY + r"(?:\([A-Za-z ]{1,20}\)\s*)?(?:—|–|--|-)\s")
_WIRE = re.compile(r"\s*\(([A-Za-z ]{1,20})\)")  # "PARIS (AP) -": an agency's dateline
_DATELINE = re.compile(r"\s*(?:,\s*[A-Z][A-Za-z.]{1,12}\s*)?" + _DAY
                       + r"(?:\([A-Za-z ]{1,20}\)\s*)?(?:—|–|--|-)\s")


def _dateline(doc, i: int, j: int) -> bool:  # noqa: ANN001
    """An upper-case place opening a story or a paragraph: "MILFORD — The ..."."""
    starts, ends = char_bounds(doc)
    span_start, span_end = starts[i], ends[j - 1]
    text = text_of(doc)
    words = text[span_start:span_end]
    if not words.isupper() or len(words) < 3:
        return False
    before = text[max(0, span_start - 3):span_start]
    byline = _BYLINE_YEAR.search(text, max(0, span_start - 6), span_start) is not None
    return (span_start == 0 or "\n" in before or before.endswith((". ", ".  ")) or byline) and bool(
        _DATELINE.match(text, span_end))


_BYLINE_YEAR = re.compile(r"\b(?:19|20)\d\d\s+$")  # "... Staff Writer April 2, 2009 MILLERSBURG --"


def _city_and_region(cands) -> bool:  # noqa: ANN001
    """Whether a name is both a first-order region and a big city of the same country."""
    regions = {e.cc for e, alt in cands if e.kind == REGION and not alt}
    return bool(regions) and any(e.kind == TOWN and not alt and e.cc in regions and e.pop >= WORLD_CITY_POP
                                 for e, alt in cands)


def _type_after(doc, j: int) -> tuple[int | None, int]:  # noqa: ANN001
    """The kind a type word right after token j-1 names ("Jowhar town"), and where it ends."""
    lowers = lowers_of(doc)
    if j < len(lowers):
        low = lowers[j]
        if low in TYPE_WORDS:
            if j + 1 < len(lowers) and lowers[j + 1] in TYPE_WORDS:  # "sector area"
                return TYPE_WORDS[low], j + 2
            return TYPE_WORDS[low], j + 1
        if low in ("sub", "sub-") and j + 2 < len(lowers) and lowers[j + 2] == "district":
            return DISTRICT, j + 3
        if low == "local" and j + 1 < len(lowers) and lowers[j + 1] == "government":
            end = j + 3 if j + 2 < len(lowers) and lowers[j + 2] in ("area", "council") else j + 2
            return DISTRICT, end  # "Zurmi local government area": Nigeria's districts
        if low in ("co.", "counties", "parishes"):  # "Platte Co.", "Hitchcock and Hayes counties"
            return DISTRICT, j + 1
    return None, j


def _typed_name(gaz: Gazetteer, word: str, type_word: str, hint: int, cands):  # noqa: ANN001, ANN202
    """Of several regions or districts that bear a name, those whose own names include the name with
    the type word written after it ("Los Rios Region" is Chile's region; Ecuador's is a province). A
    region known only with its type word ("Northwest region", Cameroon's) joins the bare name's namesakes
    (Iceland's "Northwest") and wins over them (round africa63)."""
    held = {(e.cc, e.geonameid) for e, _ in cands if e.kind == hint}
    missing = [c for c in lookup(gaz, f"{word} {type_word}")
               if c[0].kind == hint and (c[0].cc, c[0].geonameid) not in held]
    if held and missing:
        cands = [*missing, *cands]
    same = [e for e, _ in cands if e.kind == hint]
    if len({e.cc for e in same}) < 2:
        return cands
    typed = {(e.cc, e.geonameid) for e, _ in lookup(gaz, f"{word} {type_word}") if e.kind == hint}
    if not typed or not any((e.cc, e.geonameid) in typed for e in same):
        return cands
    return [c for c in cands if c[0].kind != hint or (c[0].cc, c[0].geonameid) in typed]


def _district_seats(word: str, type_word: str, hint: int, cands):  # noqa: ANN001, ANN202
    """A unit's type word (``unit_region_words``; not "region": "the Houston region") after a name the
    gazetteer knows as no such unit but as the town at the seat of a district named by it ("Aba
    prefecture": the Aba of Sichuan's Aba Zangzu Qiangzu Zizhizhou, not the Nigerian city, whose district
    is "Aba South", nor Congo's Aba district): the towns of such a district, and no other town or district."""
    kinds = (REGION,) if hint == REGION else (REGION, DISTRICT)
    if type_word.lower() not in UNIT_REGION_WORDS or any(e.kind in kinds and not alt for e, alt in cands):
        return cands
    key = norm(word)
    seats = [(e, alt) for e, alt in cands if e.kind == TOWN and _seat_of(key, e.admin2)]
    return [c for c in cands if c[0].kind not in (TOWN, DISTRICT) or c in seats] if seats else cands


def _region_namesakes(cands):  # noqa: ANN001, ANN202
    """A name with a region's type word after it ("the Donetsk region", "Kherson oblast") that a region
    bears: no lesser town of a country where no region bears it, whatever demonym the story tells (the
    Donetsk of Rostov oblast is no Donetsk region; but "the Charlotte region" is the big city's; cities51)."""
    ccs = {e.cc for e, alt in cands if e.kind == REGION and not alt}
    if not ccs:
        return cands
    return [c for c in cands if c[0].kind != TOWN or c[0].cc in ccs or c[0].pop >= BIG_PLACE_POP]


def _seat_of(key: str, district: str | None) -> bool:
    """Whether a district's name is the name ``key`` and words after it that are not a compass point
    ("Aba Zangzu Qiangzu Zizhizhou"; not "Aba South", nor "Houston County", a district of its own)."""
    rest = norm(district or "").removeprefix(key + " ").split()
    return (bool(rest) and norm(district or "").startswith(key + " ") and not any(w in COMPASS for w in rest)
            and not all(w in TYPE_WORDS for w in rest))


def _region_sense(cands) -> bool:  # noqa: ANN001
    """Is one of the name's own senses a first-order region, beside a country or a town?"""
    return any(e.kind == REGION and not alt for e, alt in cands) and any(
        e.kind in (COUNTRY, TOWN) for e, _ in cands)


def _area_as_region(doc, gaz: Gazetteer, i: int, j: int) -> bool:  # noqa: ANN001
    """An area's name that a unit word follows and a first-order region bears ("the Red Sea governorate",
    "Red Sea state") names that region, not the sea; so does one that "region" follows when the story
    names the region's country ("Burkina Faso's Sahel region", not "across the Sahel region")."""
    if j >= len(doc) or lowers_of(doc)[j] not in UNIT_REGION_WORDS and lowers_of(doc)[j] != "region":
        return False
    word = _trim(span_text(doc, i, j), 0)[0]
    if lowers_of(doc)[j] in UNIT_REGION_WORDS:
        return any(c[0].kind == REGION for c in lookup(gaz, word))
    text = text_of(doc)  # "the Sahel region of Burkina Faso": the region of a country the story names
    return any(c[0].kind == REGION and any(n in text for n in country_names(c[0].cc))
               for c in lookup(gaz, word))


def _area_qualified(doc, gaz: Gazetteer, i: int, j: int) -> bool:  # noqa: ANN001
    """An area's name that the gazetteer knows no word of, with a known place in parentheses after it ("the
    Qandil mountains (Sulaymaniyah)"): read as a place of that qualifier, which says more than the area
    (not "the Kurdistan region (Erbil)", whose word would go to Iran's province)."""
    if any(lookup(gaz, t.text) for t in tokens_of(doc)[i:j] if t.text[:1].isupper()):
        return False
    quals, _ = _qualifiers(text_of(doc), char_bounds(doc)[1][j - 1], gaz)
    return any(q.known for q in quals)


def _typed_region_only(doc, after: int, hint: int | None, cands) -> bool:  # noqa: ANN001
    """A region's type word after a name that is also a country or a town ("Niger state", "Mexico
    state", "Katsina state") names the region of that name, whatever towns the story names near the
    town, unless the type word qualifies a noun after it ("Mexico state oil company")."""
    if hint != REGION or not _region_sense(cands) or lowers_of(doc)[after - 1] not in UNIT_REGION_WORDS:
        return False
    return after >= len(doc) or tokens_of(doc)[after].pos_ not in ("NOUN", "PROPN", "ADJ")


STATE_MEASURES = frozenset(CUES["state_measure_nouns"])
STATE_MEASURE_VERBS = frozenset(CUES["state_measure_verbs"])


def _measure_on(doc, a: int, b: int) -> bool:  # noqa: ANN001
    """Is a name the state a measure between states falls on ("imposed sanctions on Niger", "an arms embargo
    against Eritrea", "suspended Mali"): a country, not a region of its name elsewhere?"""
    root = tokens_of(doc)[a] if b - a == 1 else doc[a:b].root
    head = root.head
    if root.dep_ == "dobj":
        return head.pos_ == "VERB" and head.lemma_.lower() in STATE_MEASURE_VERBS
    if root.dep_ != "pobj" or head.lower_ not in ("on", "against"):
        return False
    noun = head.head
    if noun.pos_ == "VERB":
        noun = next((c for c in noun.children if c.dep_ == "dobj"), noun)
    return noun.lemma_.lower() in STATE_MEASURES


ACRONYM_LEN = (2, 5)  # letters of a word in capitals read as an acronym


def _acronym(doc, a: int, b: int) -> bool:  # noqa: ANN001
    """One word in capitals ("KIA", "MNDAA") among words that are not (so no headline or dateline in
    capitals): an acronym, as a group's or a body's name is written."""
    word = doc[a].text
    if b - a != 1 or not word.isalpha() or not word.isupper() or not (
            ACRONYM_LEN[0] <= len(word) <= ACRONYM_LEN[1]):
        return False
    near = [t for t in doc[max(0, a - 3):min(len(doc), b + 3)] if t.i != a and t.is_alpha and len(t) > 1]
    return any(not t.text.isupper() for t in near)


def _opens_line(doc, i: int) -> bool:  # noqa: ANN001
    """Does a word open the text or a line ("JUBA, South Sudan, Oct 4 (Wire) -", "PARIS (Agency) -"): a
    dateline's place in capitals, whatever follows it, not an acronym?"""
    start = char_bounds(doc)[0][i]
    text = text_of(doc)
    return start == 0 or "\n" in text[max(0, start - 3):start]


def _spelled_out(name: str, word: str) -> bool:
    """A gazetteer name spelt in ordinary case that the capitals spell ("Kia" for "KIA"): a namesake of the
    acronym, not its meaning; a name in capitals itself ("USA") or another name ("LA") is kept."""
    return norm(name) == norm(word) and not name.isupper()


def _township_word(doc, b: int) -> bool:  # noqa: ANN001
    """Whether token b is a capitalised township word ("Jerome Township", "St. Clair Twp."), or the
    name before it is an item of a list of townships ("Pleasant and Madison townships")."""
    lowers = lowers_of(doc)
    if b < len(doc) and lowers[b] in TOWNSHIP_WORDS and _is_cap(tokens_of(doc)[b]):
        return True
    return _list_end(doc, b) == "townships"


def _captured(doc, a: int, b: int, label: str) -> bool:  # noqa: ANN001
    """Is the name the object of a verb of taking ground ("rebels captured Kisangani", "seized Bunia"),
    which makes it a place though the tagger calls it a people or nothing? Not a name tagged a person:
    "troops captured Mohammed" took a man (cues.yaml ``capture_verbs``); but ground is shelled or raided
    whatever the tag ("Russian troops shelled Kherson", ``ground_strike_verbs``)."""
    root = tokens_of(doc)[a] if b - a == 1 else doc[a:b].root  # one word is its own root: no Span made
    if _taken_subject(root):
        return label != "PERSON"  # "Myawaddy was captured by KNU fighters", "Laukkai fell to the MNDAA"
    if control_taken(root):
        return label != "PERSON"  # "the MNDAA took control of Laukkai"
    if root.dep_ != "dobj":
        return False
    verb = root.head.lemma_.lower()
    return verb in GROUND_STRIKE_VERBS or (verb in CAPTURE_VERBS and label != "PERSON")


def control_taken(root) -> bool:  # noqa: ANN001
    """Is a name the ground of "took control of X", "seized control of X" (cues.yaml ``control_verbs``)?"""
    head = root.head
    if root.dep_ != "pobj" or head.lower_ != "of" or head.head.lemma_.lower() != "control":
        return False
    control = head.head
    return control.dep_ == "dobj" and control.head.lemma_.lower() in CONTROL_VERBS


def _taken_subject(root) -> bool:  # noqa: ANN001
    """Whether a name is the subject of a verb of taking ground told from the ground's side: the passive
    with its taker ("Marawi was seized by Maute group fighters") or "fell to" a taker that is no number
    ("Laukkai fell to the MNDAA"; not "exports fell to $2 billion" nor "fell to the ground"; cues.yaml
    ``capture_verbs``, ``fell_to_takers``)."""
    verb = root.head
    if root.dep_ == "nsubjpass":
        return verb.lemma_.lower() in CAPTURE_VERBS and any(c.dep_ == "agent" for c in verb.children)
    if root.dep_ != "nsubj" or verb.lemma_.lower() != "fall":
        return False
    lowers = lowers_of(root.doc)  # the sentence's words from the Doc's list and its kept bounds (no walk)
    if any(lowers[k] in SPORTS_WORDS for k in range(*sentence_bounds(root))):
        return False  # "Arsenal fell to Chelsea in the cup final": a team beaten
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" and g.ent_type_ not in TALLY_ENTS
                              or g.lemma_.lower() in FELL_TO) for g in c.children) for c in verb.children)


CAPTURED_CITY_POP = 200_000  # a one-word name tagged a person, taken: a city this big is the ground taken


def _captured_city(doc, a: int, b: int, label: str, cands: list) -> bool:  # noqa: ANN001
    """A one-word name the tagger calls a person, taken by a verb of taking ground, that is the name of a
    city of at least ``CAPTURED_CITY_POP`` ("M23 rebels captured Goma": the city, not a man; "troops
    captured Mohammed" stays a man); a city known as "<name> City" counts ("Marawi was seized by ..."), and so
    does "took control of Goma"."""
    if label != "PERSON" or b - a != 1 or not cands:
        return False
    root = tokens_of(doc)[a]
    taken = (root.dep_ == "dobj" and root.head.lemma_.lower() in CAPTURE_VERBS or _taken_subject(root)
             or control_taken(root))  # "M23 rebels took control of Goma" (strategic63)
    return taken and any(e.kind == TOWN and e.pop >= CAPTURED_CITY_POP
                         and (not alt or _city_named(e.name, root.text)) for e, alt in cands)


def _visited_city(doc, a: int, b: int, cands: list) -> bool:  # noqa: ANN001
    """A name visited ("a Chinese envoy visited Naypyitaw", "the minister toured Kandahar") that the
    gazetteer knows as a town of at least ``CAPTURED_CITY_POP`` under that name or its spelling run
    together, whatever the tagger calls it: a person visited is rarely a city's namesake so large."""
    if not cands:
        return False
    root = tokens_of(doc)[a] if b - a == 1 else doc[a:b].root
    if root.dep_ != "dobj" or root.head.lemma_.lower() not in VISITED_CITY_VERBS:
        return False
    word = skeleton(norm(span_text(doc, a, b)))
    return any(e.kind == TOWN and e.pop >= CAPTURED_CITY_POP and (not alt or skeleton(norm(e.name)) == word)
               for e, alt in cands)


def _struck_ground(doc, gaz: Gazetteer, demonyms: dict[str, str], a: int, b: int, cands: list,  # noqa: ANN001
                   armed: frozenset[str] = frozenset()) -> bool:
    """A name, whatever its tag, struck or taken by arms or a state ("a Russian drone attack on Sumy",
    "Russian missiles hit Sumy", "Russian forces captured Chasiv Yar") that the gazetteer knows as a
    region or a town of ``STRUCK_TOWN_POP`` ("the boxer hit Johnson", "Trump's attack on Warren": a man).
    A doer named as an organisation counts when the story's armed groups are of the town's country
    (``armed``, their countries: "the RSF seized Wad Madani", "al-Shabaab seized Mahas")."""
    if not cands:
        return False
    root = tokens_of(doc)[a] if b - a == 1 else doc[a:b].root
    striker = _striker(root)
    if striker is None:
        return False
    group = not striker[1] and _named_group(striker[0]) and bool(armed)
    if not group and not _armed(*striker, gaz, demonyms):
        return False
    word = norm(span_text(doc, a, b))
    return any(e.kind == REGION and not alt or e.kind == TOWN and e.pop >= STRUCK_TOWN_POP and (
        not alt or skeleton(norm(e.name)) == skeleton(word) or len(word) >= ALT_CUE_LEN) for e, alt in cands
        if not group or _armed(*striker, gaz, demonyms) or e.iso3 in armed)


def _named_group(tok) -> bool:  # noqa: ANN001
    """Is a doer an organisation by name ("the RSF", "Al-Shabaab militants")? Its word or a word before it
    is tagged an organisation."""
    return tok.ent_type_ == "ORG" or any(
        c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ == "ORG" for c in tok.children)


def _striker(root):  # noqa: ANN001, ANN202
    """The noun of a strike a name is the object of ("an attack on Sumy", "shelling of Kherson"), with
    True, or the subject of the verb of striking or taking ground it is the object of ("missiles hit
    Sumy"), or the by-agent of that verb in the passive ("Sumy was attacked by Russian forces"), with
    False; else None."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("on", "of", "against"):
        noun = head.head
        return (noun, True) if noun.pos_ == "NOUN" and noun.lemma_.lower() in STRIKE_ON_NOUNS else None
    if root.dep_ == "dobj" and head.lemma_.lower() in STRUCK_PLACE_VERBS | CAPTURE_VERBS:
        doer = next((c for c in head.children if c.dep_ == "nsubj"), None)
        return None if doer is None else (doer, False)
    if root.dep_ == "nsubjpass" and (head.lemma_.lower() in STRUCK_PLACE_VERBS or (
            head.lemma_.lower() in CAPTURE_VERBS and root.ent_type_ != "PERSON")):
        # "Pokrovsk was attacked by Russian forces": the by-agent is the doer (leftovers62); "Ali was captured
        # by rebels" is a man taken
        doer = next((g for c in head.children if c.dep_ == "agent"
                     for g in c.children if g.dep_ == "pobj"), None)
        return None if doer is None else (doer, False)
    return None


def _armed(tok, strike: bool, gaz: Gazetteer, demonyms: dict[str, str]) -> bool:  # noqa: ANN001
    """Is a strike or its doer armed or a state's: a word of arms or forces (``armed_strikers``), a country
    or its demonym ("Russia", "Russian"), the one-word name of an armed group ("RSF"), or, for a noun of a
    strike, a noun such a word modifies ("Russian artillery fire"; a doer must be so itself: "Russian media
    attacked Warren" is no strike) or the subject of the verb the strike is told by."""
    def state_or_arms(t) -> bool:  # noqa: ANN001
        if t.lemma_.lower() in ARMED_STRIKERS or norm(t.text) in demonyms:
            return True
        if t.lower_.endswith("s") and t.lower_[:-1] in ARMED_STRIKERS:
            return True  # "Rebels attacked Oicha": a plural the tagger took for a name keeps its "s"
        if t.text in t.doc.user_data.get(ARMED_NAMES_KEY, ()):
            return True  # "the RSF attacked Kadugli": an armed group the lexicon knows (horn-2)
        if t.ent_type_ != "GPE":
            return False
        cands = lookup(gaz, t.text)
        return bool(cands) and cands[0][0].kind == COUNTRY and not cands[0][1]
    if not strike and tok.lemma_.lower() in ARMED_BODY_NOUNS and any(
            c.dep_ in ("amod", "compound") and (c.lower_ == "armed" or state_or_arms(c))
            for c in tok.children):
        return True  # "the 3R rebel group attacked Bouar", "an armed group raided Kumbo": a body of arms
    return state_or_arms(tok) or strike and (any(
        c.dep_ in ("amod", "compound", "poss", "nmod") and state_or_arms(c) for c in tok.children)
        or any(state_or_arms(d) for d in _clause_doers(tok)))


def _clause_doers(noun) -> list:  # noqa: ANN001
    """The subject of the verb a strike's noun is told by through one preposition ("RSF fighters raped women
    during the attack on Zalingei": "fighters"; horn-2), or nothing."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in prep.head.children if c.dep_ == "nsubj"]


def _city_named(name: str, word: str) -> bool:
    """Whether a place's name is the word with "City" after it ("Marawi City" for "Marawi")."""
    return norm(name) == f"{norm(word)} city"


def _township_after(doc, b: int) -> bool:  # noqa: ANN001
    """Whether token b is a lower-case "township" after a name ("Kani township"), as news of the
    countries in ``township_countries`` (cues.yaml) writes it; Japan's Kani is no township."""
    return b < len(doc) and lowers_of(doc)[b] in ("township", "townships") and not _is_cap(tokens_of(doc)[b])


def _list_end(doc, b: int) -> str | None:  # noqa: ANN001
    """The word that closes the list of capitalised names going on from token b ("Barrow and
    Jackson counties": "counties"), the word at b when no list goes on from there."""
    lowers = lowers_of(doc)
    k, n = b, len(lowers)
    while k + 1 < n and lowers[k] in (",", "and", "or", "&") and _is_cap(tokens_of(doc)[k + 1]):
        k += 2
        while k < n and _is_cap(tokens_of(doc)[k]):
            k += 1
    return lowers[k] if k < n else None


def _listed_counties(doc, b: int) -> str | None:  # noqa: ANN001
    """The generic word ("County") when the name at token b is an item of a list that ends in
    "counties" or "parishes" ("Barrow and Jackson counties", "Hitchcock, Hayes and Dundy counties")."""
    lowers = lowers_of(doc)
    if b >= len(lowers) or lowers[b] not in (",", "and", "or", "&"):
        return None
    word = _list_end(doc, b)
    return COUNTY_WORDS[word] if word in ("counties", "parishes") else None


OWN_STOPS = frozenset(CUES["own_country_stops"])  # words that end the search for "the Libyan town of"
BEFORE_OF = {"town", "city", "village", "district", "province", "governorate", "state", "region",
             "county", "municipality", "department", "oblast", "prefecture", "commune", "island",
             "towns", "cities", "villages"}  # "the towns of Lachin and Kalbajar" (kin55)


def _type_before(doc, a: int) -> int | None:  # noqa: ANN001
    """The kind a type word before "of" names ("the town of Karak", "the province of Balkh")."""
    lowers = lowers_of(doc)
    if a > 1 and lowers[a - 1] == "of" and lowers[a - 2] in BEFORE_OF:
        return TYPE_WORDS.get(lowers[a - 2], TOWN)  # "the island of Kalymnos": its town
    if a > 0 and lowers[a - 1] in TOWN_PART_BEFORE:
        return TOWN  # "downtown Jackson": the city, not Jackson County
    return None


def _own_country_before(doc, a: int, demonyms: dict[str, str]) -> str | None:  # noqa: ANN001
    """The country (ISO3) of a demonym before the type word of "the Libyan town of Brega", "the Syrian border
    town of X", "the Libyan oil port of X"; None when no demonym stands between the article and it."""
    lowers = lowers_of(doc)
    if a < 3 or lowers[a - 1] != "of" or not (lowers[a - 2] in BEFORE_OF or lowers[a - 2] in TYPE_WORDS):
        return None
    for k in range(a - 3, max(a - 7, -1), -1):
        if lowers[k] in OWN_STOPS or _BACKED_WORD.fullmatch(lowers[k]):
            return None  # "the Russian-controlled city of Horlivka": the backer's, not the town's country
        iso = demonyms.get(norm(lowers[k]))
        if iso:
            return iso
    return None


def _fire_origin(doc, a: int) -> bool:  # noqa: ANN001
    """Is the name at token a where fire came from: after "from" hung on a verb or noun of firing
    ("shelling from Ukraine", "rockets launched from Lebanon")?"""
    if a < 1 or lowers_of(doc)[a - 1] != "from":
        return False
    head = tokens_of(doc)[a - 1].head
    return head.lemma_.lower() in FIRE_FROM or head.lower_ in FIRE_FROM


def _came_from_word(doc, a: int) -> bool:  # noqa: ANN001
    """Is the name at token a where people came from, told in a clause of their own ("migrants who had
    crossed from Serbia", "smugglers trying to cross from Syria"): after "from" hung on a verb of crossing or
    coming that is a relative, participle or infinitive clause (origins50)?"""
    if a < 1 or lowers_of(doc)[a - 1] != "from":
        return False
    head = tokens_of(doc)[a - 1].head
    return head.pos_ == "VERB" and head.lemma_.lower() in CROSSING_VERBS and head.dep_ in CLAUSE_DEPS


FEATURE_GAP = 2  # lower-case words that may stand between a run and its feature noun ("copper mine")


def _feature_run(doc, j: int) -> bool:  # noqa: ANN001
    """Does a capitalised run ending before token ``j`` name land: a feature noun after it, at most
    FEATURE_GAP lower-case words between ("the Mau forest", "the Cobre Panama copper mine")?"""
    toks = tokens_of(doc)
    for k in range(j, min(j + FEATURE_GAP + 1, len(toks))):
        if toks[k].lower_ in FEATURE_NOUNS:
            return True
        if not (toks[k].is_alpha and toks[k].text.islower() and toks[k].pos_ in ("NOUN", "ADJ")):
            return False
    return False


def _village_word(doc, a: int, b: int) -> bool:  # noqa: ANN001
    """Is the name of tokens a..b told as a village ("the village of X", "X village")?"""
    lowers = lowers_of(doc)
    before = a > 1 and lowers[a - 1] == "of" and lowers[a - 2] in VILLAGE_WORDS
    return before or (b < len(lowers) and lowers[b] in VILLAGE_WORDS)


def _qualifiers(text: str, pos: int, gaz: Gazetteer) -> tuple[list[Mention], int]:
    """Names in parentheses at ``pos`` ("(Wanla Weyn, Lower Shabelle)"), innermost first; up to
    two lower-case words may come between ("the Harib front (Marib)")."""
    m = _PAREN.match(text, pos) or _APPOS.match(text, pos)
    if not m:
        return [], pos
    out = []
    group = "name" if m.re is _APPOS else 1
    offset = m.start(group)
    for piece in m.group(group).split(","):
        raw = piece.strip()
        start = offset + len(piece) - len(piece.lstrip())
        offset += len(piece) + 1
        word, start = _trim(raw, start)
        if not word or len(word) > 60 or not word[0].isupper() or word in AGENCIES:
            continue  # "MOUNT GILEAD (AP)": the news agency, not Andhra Pradesh
        hint = None
        words = word.split()
        if len(words) > 1 and words[-1].lower() in TYPE_WORDS:
            hint = TYPE_WORDS[words[-1].lower()]
            word = " ".join(words[:-1])
        q = Mention(start, start + len(word), word, "QUAL", cue=True, hint=hint, qualifier=True)
        q.city_part = m.re is _APPOS and m.group("kind") in CITY_PARTS
        q.cands = lookup(gaz, word)
        if hint == REGION and words[-1].lower() in UNIT_REGION_WORDS and _region_sense(q.cands):  # Nigeria's
            q.cands = [c for c in q.cands if c[0].kind not in (COUNTRY, TOWN)]
        if not q.cands and re.fullmatch(r"[A-Z]{2,3}\.?|[A-Z][a-z]{1,4}\.", word):
            q.cands = [(e, False) for e in gaz.code_candidates(word)]
            q.code = bool(q.cands)
        out.append(q)
    return out, m.end()


TRAVELLERS = frozenset(CUES["captive_nouns"]) | frozenset(CUES["captive_people"])  # "Chinese engineers"
_ACTED_ON = frozenset({"dobj", "nsubjpass", "pobj"})


def foreign_victims(doc, end: int) -> bool:  # noqa: ANN001
    """Are the people a demonym ending before token ``end`` names ones often abroad ("Chinese workers",
    "Japanese nationals", ``captive_nouns`` and ``captive_people`` in cues.yaml) that something befalls
    ("killed six Chinese workers", "a convoy of Chinese engineers", "two Japanese nationals were wounded"):
    their nationality, not a sign that the story is at home (round demonym53)?"""
    toks = tokens_of(doc)
    noun = next((t for t in toks[end - 1:min(end + 3, len(toks))] if t.pos_ in ("NOUN", "PROPN")
                 and t.lower_ in TRAVELLERS), None)
    return noun is not None and noun.dep_ in _ACTED_ON and not (
        noun.dep_ == "pobj" and noun.head.lower_ == "by")  # not "an attack by Chinese workers"


def mentions(doc, gaz: Gazetteer, demonyms: dict[str, str],  # noqa: ANN001
             armed: frozenset[str] = frozenset()) -> tuple[list[Mention], list[str]]:
    """Toponym mentions of a Doc (with their qualifiers), and the countries its demonyms name; ``armed``:
    the countries of the armed groups the story names (geo/hints.py)."""
    toks = tokens_of(doc)  # no new Token for each doc[i]
    text = text_of(doc)
    nations = Nations()
    lowers = lowers_of(doc)
    speaking = speaking_starts(doc)
    for ent in ents_of(doc):
        if ent.label_ == "NORP":
            iso = demonyms.get(norm(ent.text).removesuffix("s")) or demonyms.get(norm(ent.text))
        elif ent.label_ not in SKIP_LABELS:  # "Ugandan police" tagged a place, "the Lebanese Army"
            iso = _demonym_in(ent, demonyms)
        else:
            continue
        if iso and ent.end < len(lowers) and lowers[ent.end] in FOREIGN:
            continue  # "the Indian consulate in Jalalabad": a foreign state's building, not the story's
        if iso and _carrier(lowers, ent.start, ent.end):
            continue  # "an Indian Airlines plane took it to Kandahar": whose craft, not where it went
        if iso and _fires_from_afar(doc, ent.end):
            continue  # "Russian shelling ... in Donetsk", "Russian troops shelled Donetsk": fired abroad
        if iso and not_here(text, ent.start_char, ent.end_char):
            continue  # "Russian-backed separatists shell Donetsk": the backer, not where (heads49)
        if iso:
            nations.append(iso)
            domestic = lowers[ent.end - 1] in DOMESTIC or (
                ent.end < len(lowers) and lowers[ent.end] in DOMESTIC)
            if domestic and not foreign_victims(doc, ent.end):
                nations.home.add(iso)  # "Mauritanian gendarmes", "Kenyan protesters": at home
    nations.forces.update(_forces(doc, demonyms))
    pressed = press(doc)
    nations += pressed
    found: list[Mention] = []
    sure_names: set[str] = set()
    surnames = _surnames(doc)
    doubtful: list[Mention] = []
    local: list[tuple[Mention, str]] = []  # a country's name before a town's body, and its country
    lowers, area_words = lowers_of(doc), first_words()
    bounds = char_bounds(doc)  # the Doc's length never changes here: the bounds read once
    runs = _possessive_names(doc, gaz, _runs(doc))
    bodies = [m.span() for m in BODY_SPANS.finditer(text)]
    bodies += [s[:2] for s in doc_spans(doc)]  # "the cruiser Moskva": a ship's name, no place (maritime-2)
    bodies += _firm_spans(text, gaz)  # "outside the Save the Children office", "Samsung's plant": no town
    bodies += _state_group_spans(text)  # "aid to Pacific island nations": no town Pacific (coop-4)
    for i, j in runs:
        if _agency(doc, i, j) or _body_name(doc, i, j) or _in_body(toks[i].idx, bodies) or (
                lowers[i] in area_words or lowers[i] == "the") and is_area(
                _trim(span_text(doc, i, j), 0)[0]) and not _area_as_region(doc, gaz, i, j) and (
                not _area_qualified(doc, gaz, i, j)):
            continue  # "(AP)", "the Red Cross"; "the Middle East" is an area (geo/areas.py), not a town
        if j < len(doc) and lowers[i] in area_words and is_area(f"{span_text(doc, i, j)} {lowers[j]}") and (
                not _area_qualified(doc, gaz, i, j)):
            continue  # "the Kurdistan region": the listed area, not a province of its name abroad
        if _street_address(doc, i, j):
            continue  # "of 2517 Memphis St., Alexandria": a street of the town, no place of its own
        i = _lower_prefix(doc, gaz, i, j)
        if j - i > 1 and lowers[i] in COMPASS_ABBREVIATIONS:
            i += 1  # "N.W. Oklahoma City": a quarter of the town after it
        if j - i > 1 and lowers[j - 1] in TYPE_WORDS and not lookup(gaz, span_text(doc, i, j)):
            j -= 1  # "Sagbama LGA", "Menaka Region": the type word says what the name is
        party = _party(doc, i, j)
        if party:
            i += 2  # "Sen. Ken Smith, R-Fairfax,": the legislator's home
        cue_run = party or _locative(doc, i) or _dateline(doc, i, j) or (
            bool(found) and re.fullmatch(r"\s*,\s*", text[found[-1].end:toks[i].idx]) is not None)
        # "near Dera Ismail Khan and Tank": the cue holds for the second name too (a town by its
        # own name, not a person)
        coord = not cue_run and bool(found) and found[-1].cue and found[-1].known and (
            _AND.fullmatch(text, found[-1].end, toks[i].idx) is not None)
        run_end = toks[j - 1].idx + len(toks[j - 1])
        _, after_run = _type_after(doc, j)
        after_run_char = toks[after_run - 1].idx + len(toks[after_run - 1]) if after_run > j else run_end
        whole = cue_run and bool(_PAREN.match(text, after_run_char) or _TAIL.match(text, after_run_char))
        pieces = [(i, j)]
        if j < len(doc) and toks[j].lower_ in ROUTE_WORDS and any(t.text == "-" for t in doc[i:j]) and (
                not _adjective_compound(doc, gaz, i, j)):
            cuts = [k for k in range(i, j) if toks[k].text == "-"]  # "the Homs-Hama road"
            pieces = [(a, b) for a, b in zip([i, *[c + 1 for c in cuts]], [*cuts, j], strict=True) if b > a]
            cue_run = True
        whole = whole and len(pieces) == 1
        if j - i > 1 and toks[i].lower_ in NEIGHBOURHOOD:
            whole = True  # "Colonia Jardines de la Mesa" is neither Colonia nor Mesa
        for a, b, cands, weak in (s for x, y in pieces for s in _segments(doc, gaz, x, y, whole)):
            span_end = bounds[1][b - 1]
            word, start = _trim(span_text(doc, a, b), bounds[0][a])
            if not word:
                continue
            label = _label(doc, a, b)
            if _acronym(doc, a, b) and not _opens_line(doc, a):  # "the KIA": an acronym, no Kia district
                cands = [c for c in cands if not _spelled_out(c[0].name, word)]
            hint, after = _type_after(doc, b)
            if hint is None:
                hint = _type_before(doc, a)
            own = _own_country_before(doc, a, demonyms)
            if own is not None:  # "the Libyan town of Brega": Libya's, never a namesake abroad
                cands = [c for c in cands if c[0].iso3 == own]
            see = see_country(toks, a, norm(word))
            if see is not None:  # "the Bishop of Durham": the English see, not Durham, N.C.
                cands = [c for c in cands if c[0].iso3 == see] or cands
            listed = _listed_counties(doc, b) if hint is None else None
            if listed is not None:  # "Barrow and Jackson counties"
                hint, generic = DISTRICT, listed
                cands = [*(c for c in lookup(gaz, f"{word} {generic}") if c[0].kind == DISTRICT), *cands]
            elif hint == DISTRICT and b < len(doc) and toks[b].lower_ in COUNTY_WORDS:
                generic = COUNTY_WORDS[toks[b].lower_]  # "Boone county" is Boone County
                cands = [*(c for c in lookup(gaz, f"{word} {generic}") if c[0].kind == DISTRICT), *cands]
            if hint in (REGION, DISTRICT) and after > b:  # "the Los Rios region": Chile's, not Ecuador's
                cands = _typed_name(gaz, word, span_text(doc, b, after), hint, cands)
                cands = _district_seats(word, span_text(doc, b, after), hint, cands)
            if hint == REGION and after > b:  # "the Donetsk region": Ukraine's, not a town of Rostov oblast
                cands = _region_namesakes(cands)
            unit = UNIT_WORD_COUNTRIES.get(span_text(doc, b, after).lower()) if after > b else None
            if unit is not None:  # "Guma LGA": a unit only Nigeria's news names, so Nigeria's Guma
                cands = [c for c in cands if c[0].iso3 == unit] or cands
            if b < len(doc) and lowers[b] in ("village", "hamlet"):  # "Egypt village, Kogi State": no country
                cands = [c for c in cands if c[0].kind != COUNTRY]
            if hint is None and _measure_on(doc, a, b):  # "sanctions on Niger": the state, no Niger State
                cands = [c for c in cands if c[0].kind == COUNTRY and not c[1]] or cands
            if _typed_region_only(doc, after, hint, cands):  # "in Niger state", "in Katsina state"
                cands = [c for c in cands if c[0].kind not in (COUNTRY, TOWN)]
            address = bool(cands) and _after_address(doc, a)
            if address:  # "210 W. Main St., Lebanon": a town, not the country
                cands = [c for c in cands if c[0].kind == TOWN] or cands
            coord_cue = coord and a == i and bool(cands) and not cands[0][1] and (
                label != "PERSON" or _town_pair(found[-1], cands))
            cue = (cue_run and a == i) or coord_cue or address or hint is not None or _locative(doc, a) or (
                _named_after(doc, b) and not _adjective_of_people(doc, a, b)) or (
                _captured(doc, a, b, label) or _captured_city(doc, a, b, label, cands)
                or _visited_city(doc, a, b, cands)
                or _struck_ground(doc, gaz, demonyms, a, b, cands, armed)) or (
                norm(word).rsplit(" ", 1)[-1] in SELF_NAMED and " " in word.strip())
            after_char = bounds[1][after - 1] if after > b else span_end
            quals, _ = _qualifiers(text, after_char, gaz)
            if quals and _person_object(doc, a, b, label, cue, cands):
                quals = []  # "Blair met Clinton in Washington": where they met, no state of a town Clinton
            if quals and any(q.known for q in quals):
                cue = True
            if party and not cands and a == i:  # "D-Pa."
                cands = [(e, False) for e in gaz.code_candidates(word) if e.cc == "US"]
            m = Mention(start, start + len(word), word, label, cue=cue, hint=hint, quals=quals)
            m.village = _village_word(doc, a, b)
            m.hinterland = a > 1 and lowers[a - 1] == "of" and lowers[a - 2] in HINTERLAND_WORDS
            m.origin = _fire_origin(doc, a)
            m.speaker = start in speaking or see is not None  # a bishop's see: no vote for the story
            m.came = _came_from_word(doc, a)
            m.feature = _feature_run(doc, j)
            m.township = _township_word(doc, b)
            if m.township:  # "St. Clair Twp." is no county of its name: its towns only
                cands = [c for c in cands if c[0].kind == TOWN]
            elif not quals and _township_after(doc, b):  # "Kani township" lies where townships are units
                cands = [c for c in cands if c[0].iso3 in TOWNSHIP_COUNTRIES]
            m.cands = cands
            m.dateline = a == i and b == j and not quals and _dateline(doc, i, j) and bool(
                _BARE_DATELINE.match(text, span_end))
            agency = _WIRE.match(text, span_end) if m.dateline else None
            m.wire = agency is not None and agency.group(1) in AGENCIES
            if m.dateline and hint is None and _city_and_region(cands):
                m.hint = TOWN  # "SAO PAULO (Reuters) -": a dateline names the city, not the state
            if not cands and cue and not quals and not m.township and not m.dateline:
                # "rockets fell on a market in Quamishli" (in the demonym's country, if one is told)
                cands = m.cands = [c for c in _big_respelling(word, gaz) if own is None or c[0].iso3 == own]
            m.paper_town = m.dateline and not cands  # "HARWINTON —": the paper's town, unknown
            if not cands:
                home_of = b < len(doc) and lowers[b] == "of" and toks[b - 1].ent_type_ == "PERSON"
                kept = quals or m.township or m.paper_town or _TAIL.match(text, after_char)
                if cue and kept and not home_of and not _demonym_before_noun(doc, a, b, word, demonyms):
                    found.append(m)  # an unknown place: its qualifiers may still place it (a person
                    # before "of" is not: "Ann Wu of Hoboken")
                continue
            if not quals and (label == "NORP" or norm(word) in _people_names()) and _people_noun_after(
                    doc, lowers, b):  # "youths from the Nuer community", "Arab and Kotoko militias":
                continue  # a people, not a town of that name
            if (norm(word) in surnames or norm(word) in LOCATIVE_ONLY) and not (
                    quals or hint is not None or _strong_locative(doc, a)):
                continue  # "Andy Trapani ... Trapani says": a person of the story, not a town
            if norm(word) in LOCATIVE_ONLY and b < j and not quals:
                continue  # "at First Baptist Church": the first word of a longer name
            if saint_venue(toks, a, b):
                continue  # "St Mark's Cathedral in Cairo": a building named after the saint, no Saint Mark
            if _department_name(doc, a, b, word):
                continue  # "the Justice Department": a government's department, not Justice, Ill.
            if norm(word) in COMMON_WORDS and not cue and not _state_after(text, span_end, gaz):
                continue  # "Mobile phone sales rose", "Reading the report": an everyday word
            if not cue and not quals and cands[0][0].kind != COUNTRY and _plural_noun(toks, a, b):
                continue  # "Rivers burst their banks": a plural noun opening a sentence, not Rivers State
            if label == "NORP" and not cue and not _own_name(word, cands, demonyms) and not (
                    _big_town_name(word, cands, demonyms)):
                continue  # "Sudanese"; but "Abkhazia" tagged a nationality is still the region
            if (b - a == 1 and not cue and cands[0][0].kind in (TOWN, DISTRICT) and norm(word) in demonyms
                    and word.lower().endswith(_DEMONYM_ENDS)):
                continue  # "a Canadian sweepstakes prize" is no Canadian County, Okla.
            if (label == "NORP" or not label and toks[a].pos_ == "ADJ") and (
                    _demonym_before_noun(doc, a, b, word, demonyms)):
                continue  # "in the Somali capital", "Somali police": a nationality, not the Somali region
            if pressed and cands[0][0].kind == COUNTRY and (
                    b < len(doc) and lowers[b] in LOCAL_BODIES or m.dateline):  # "MALTA —": a town
                towns = [c for c in cands if c[0].kind == TOWN and not c[1] and c[0].iso3 in pressed]
                if towns:  # "the Peru school board" in a US paper: Peru, Ind.
                    local.append((m, cands[0][0].cc))
                    cands = m.cands = towns
            m.modifier = cands[0][0].kind == COUNTRY and (
                (b - a == 1 and not cue and toks[a].dep_ in ("compound", "amod", "nmod")
                 and toks[a].head.pos_ == "NOUN") or not_here(text, start, start + len(word))
                or bare_border(text, start, start + len(word)))  # "near the Thailand border": no side
            if _GENERIC_COAST.fullmatch(norm(word)) and not quals:
                continue  # "the West Coast" of whatever the story is about, not Western Australia
            framed = whole and _PAREN.match(text, after_run_char)  # "the Uitenhage Hospital (...)"
            tail = _tail(doc, b, j) if len(pieces) == 1 and not framed else frozenset()
            if not tail and not quals and not framed and _region_venue(doc, b, j, cands):
                m.venue = VENUE_TOWN_POP  # "the Litoral penitentiary": a region's name on a venue
            if not quals and cands[0][0].kind != COUNTRY and _movement_name(doc, b, j):
                continue  # "links to the Gulen movement": a movement named after a man, no town
            if tail and cands[0][0].kind != COUNTRY and not quals:
                if tail & TITLE_WORDS and cands[0][0].kind == TOWN:
                    continue  # "the Paris Agreement", "the Lima Group", "Manchester United"
                if _team_name(doc, b, j) and cands[0][0].kind == TOWN:
                    continue  # "fans of the Boston Bruins": a team, not the town
                if tail & VENUE_WORDS and not weak:  # "the Colon Theatre": kept where it fits
                    nxt = lowers[b] if b < len(lowers) else ""
                    m.venue = WEAK_TOWN_POP if nxt in ORG_WORDS else VENUE_TOWN_POP
            m.landmark = not quals and cands[0][0].kind != COUNTRY and _landmark_elsewhere(doc, b)
            if m.township:  # "Madison Twp.": the word says place, whatever the parser's label
                found.append(m)
                sure_names.add(norm(word))
            elif weak and not _typed_region(word, hint, cands):
                doubtful.append(m)  # kept only beside the story's places or in its region
            elif _person_subject(doc, a, b, label, cue, cands):
                m.personal = True  # "Blair met Clinton in Washington": a person, not a town of a cluster
                doubtful.append(m)
            elif _generic_alternate(m):
                continue  # "the city's South Side" is no other name of Eltingville, N.Y.
            elif (label in PLACE_LABELS and not _common_word(doc, a, b)) or _known(m):
                found.append(m)
                if label in PLACE_LABELS:
                    sure_names.add(norm(word))
            elif _owned_unit_name(doc, a, b, found):
                found.append(m)  # "in Rangpur's Pirganj upazila": a unit its owner vouches for
            else:
                doubtful.append(m)
    for m in doubtful:  # one sense per discourse; else kept only if near the story's places
        m.doubtful = norm(m.text) not in sure_names
        found.append(m)
    _local_towns(found, local, gaz)
    found += _placed_again(doc, runs, found)
    found.sort(key=lambda m: m.start)
    _link_commas(found, text, gaz, speaking)
    _listed_countries(found, text)
    _owned_by_country(found, text, gaz)
    for m in found:
        _respell(m, gaz)
        _country_over_alternates(m)
    for m in found:
        if m.doubtful and any(q.known for q in m.quals):
            m.doubtful = False
    _listed_after_place(found, text)
    found = [m for m in found if m.known or m.township or m.paper_town or any(q.known for q in m.quals)]
    armed = _body_spans(text) + _chamber_spans(text)  # "the Free Papua Movement": no Free State (orgnames56)
    found = [m for m in found if not (armed and _abroad_in_body(m, armed))]
    # qualifiers inside parentheses are mentions in their own right; drop the run-found copies
    qual_spans = {(q.start, q.end) for m in found for q in m.quals}
    inside = [(q.start, q.end) for m in found for q in m.quals]
    out = []
    for m in found:
        if (m.start, m.end) in qual_spans or any(s <= m.start < e for s, e in inside):
            continue
        out.append(m)
    return out, nations


def _local_towns(found: list[Mention], local: list[tuple[Mention, str]], gaz: Gazetteer) -> None:
    """A country's name that a local body or a dateline made a town of the press's country ("the Peru
    school board", "MALTA —" in a US paper) stays that town unless the story names another place of
    that country ("in Amman"); the same name bare elsewhere in the story is the same town ("... in
    Malta")."""
    for m, cc in local:
        key = norm(m.text)
        if any(o is not m and norm(o.text) != key and any(e.cc == cc for e, alt in o.cands[:3] if not alt)
               for o in found):
            m.cands = lookup(gaz, m.text)
            continue
        for o in found:
            if (o is not m and norm(o.text) == key and not o.quals and o.cands
                    and o.cands[0][0].kind == COUNTRY):
                o.cands = m.cands


def _listed_after_place(found: list[Mention], text: str) -> None:
    """A doubtful name listed right after a sure place ("residents of Tripoli and Akkar", "in Tripoli,
    Zgharta and Minieh") is a place too when one of its senses lies in a country of that place's senses:
    the tagger read it as a person, the list says it is a place."""
    before: Mention | None = None
    for m in found:  # sorted by start
        listed = before is not None and _LIST_GAP.fullmatch(text[before.end:m.start]) is not None
        if m.doubtful and m.known and listed and (
                {e.cc for e, alt in m.cands[:TOP_K] if not alt} & {e.cc for e, _ in before.cands[:TOP_K]}):
            m.doubtful = False
        before = m if m.known and not m.doubtful and not m.qualifier else None


def _placed_again(doc, runs: list[tuple[int, int]], found: list[Mention]) -> list[Mention]:  # noqa: ANN001
    """A town the story placed with a cue, named again before a civic or venue word inside a
    longer capitalised name ("in Rivesville ... the Rivesville Mayor ... at Rivesville Elementary
    School"): the same town, not before a person's name or a title ("the Paris Agreement")."""
    placed = {norm(m.text): m for m in found if m.cue and not m.doubtful and not m.venue and not m.qualifier
              and (m.cands and m.cands[0][0].kind == TOWN or m.paper_town)}
    if not placed:
        return []
    lowers, toks = lowers_of(doc), tokens_of(doc)  # no Span nor Token made for each name tried
    spans = [(m.start, m.end) for m in found]
    out = []
    for i, j in runs:
        if j - i < 2:
            continue
        for a in (p for p in range(i, j - 1) if p == i or toks[p - 1].is_lower):  # "Classes at X"
            a += lowers[a] == "the"
            for k in range(min(j - 1, a + 3), a, -1):
                m0 = placed.get(norm(span_text(doc, a, k)))
                if m0 is None:
                    continue
                start, end = toks[a].idx, toks[k - 1].idx + len(toks[k - 1])
                if (lowers[k] in ORG_WORDS or lowers[k] in VENUE_WORDS) and (
                        toks[k].ent_type_ != "PERSON" and not any(s < end and start < e for s, e in spans)):
                    m = Mention(start, end, span_text(doc, a, k), _label(doc, a, k), cue=True)
                    m.cands, m.paper_town = m0.cands, m0.paper_town
                    out.append(m)
                break
    return out


def _people_noun_after(doc, lowers: list[str], b: int) -> bool:  # noqa: ANN001
    """Does a people noun follow a people's name, directly ("the Nuer community") or after other peoples
    listed with it ("Nuer and Murle youths", "Hema, Lendu and Nande militias")?"""
    k = b
    while k + 1 < len(doc) and lowers[k] in ("and", ",", "or") and norm(doc[k + 1].text) in _people_names():
        k += 2
    return k < len(doc) and lowers[k] in PEOPLE_NOUNS


@lru_cache(maxsize=1)
def _people_names() -> frozenset[str]:
    """The names of the peoples, clans and tribes the actor dictionaries know, normalised."""
    from chronica.actors.data import package_file

    rows = package_file("peoples").get("peoples") or []
    return frozenset(norm(str(n)) for r in rows for n in [r["name"], *(r.get("forms") or [])])


# firms, charities and police forces named by their own name ("the Policía Nacional" holds no town Nacional;
# police56)
FIRM_SECTORS = ("BUS", "NGO", "COP")
# armed and political organisations named by several words: no place abroad inside them ("the Free Papua
# Movement" holds no Free State of South Africa, "the Kurdistan Workers' Party" no Kurdistan region of Iraq);
# a place of their own country stays ("the Sindh Rangers" say Sindh, "the Kenya Defence Forces" Kenya)
# (orgnames56)
NAMED_BODY_SECTORS = ("REB", "PTY", "PRM", "OPP", "UAF", "CRM", "MIL")


@lru_cache(maxsize=1)
def _firm_names() -> _Names | None:
    """The names of the firms and charities the actor dictionaries know ("Save the Children", "Samsung")."""
    names = {n for n, _ in _org_names(FIRM_SECTORS)}
    return _names_pattern(names) if names else None


@lru_cache(maxsize=1)
def _body_names() -> tuple[_Names | None, dict[str, str]]:
    """The names of several words of the armed and political organisations the actor dictionaries know,
    and each name's country."""
    countries = {n: iso for n, iso in _org_names(NAMED_BODY_SECTORS) if " " in n}
    return (_names_pattern(set(countries)) if countries else None), countries


def _org_names(sectors: tuple[str, ...]) -> list[tuple[str, str]]:
    """Each name, full name and alias of the organisations of ``sectors``, with its country ("" if none)."""
    from chronica.actors.data import package_file

    rows = package_file("organisations").get("organisations") or []
    return [(str(n), str(r.get("country") or "")) for r in rows if r.get("sector") in sectors
            for n in [r["name"], r.get("full"), *(r.get("aliases") or [])] if n]


class _Names(NamedTuple):
    """A pattern of names (the longest first); the first words (or first characters, for a name that opens
    with no word character) they open with, each with its names in the pattern's order; a pattern of the
    text's runs of word characters and those characters; and what the pattern asks after a name."""

    pattern: re.Pattern[str]
    leads: frozenset[str]
    runs: re.Pattern[str]
    groups: dict[str, tuple[str, ...]]
    tail: re.Pattern[str]


_WORD_RUN = re.compile(r"\w+")
_NAME_END = r"(?=['\u2019]s\b|[^\w'\u2019-]|$)"  # a name ends where a word does ("Samsung's plant" too)


def _names_pattern(names: set[str]) -> _Names:
    """A pattern that finds the names as written, the longest first ("Samsung's plant" too)."""
    return _with_leads(names, "?:", _NAME_END)


def _with_leads(names: Iterable[str], group: str, tail: str) -> _Names:
    """The pattern ``\\b(names)tail`` (``group`` "?:", or "" for a group of its own), the longest name
    first, with the names' first words (``\\w+`` at the start) or, for a name that opens with no word
    character ("'Ndrangheta"), its first character; and the pattern of the text's runs to try."""
    ordered = sorted(names, key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for name in ordered:
        word = _WORD_RUN.match(name)
        groups.setdefault(word.group() if word else name[0], []).append(name)
    marks = sorted(lead for lead in groups if not _is_word(lead[0]))
    runs = re.compile(r"\w+|[" + "".join(re.escape(c) for c in marks) + "]") if marks else _WORD_RUN
    pattern = re.compile(r"\b(" + group + "|".join(re.escape(n) for n in ordered) + ")" + tail)
    kept = {lead: tuple(named) for lead, named in groups.items()}
    return _Names(pattern, frozenset(groups), runs, kept, re.compile(tail))


def _names_in(names: _Names, text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each match of ``names.pattern`` in the text, as ``finditer`` finds them, tried
    only where a name's first word (or first character) is a run of the text: a match of a name that opens
    with a word character opens a run of word characters (after ``\\b``) that is the name's first word (the
    name, or what follows it, goes on with no word character); one that opens with another character opens
    at that character, which is a run of its own; so no other place can hold one, and there only the names
    of that first word, in the pattern's order: the first that the text holds and whose tail follows is the
    pattern's match. The runs that are first words are found from the set of the text's runs (most texts
    hold none or a few), in order."""
    hits = names.leads.intersection(names.runs.findall(text))
    if not hits:
        return
    end = 0
    for start, lead in sorted((p, hit) for hit in hits for p in _run_starts(text, hit)):
        if start < end or not (_is_word(lead[0]) or (start > 0 and _is_word(text[start - 1]))):
            continue  # a mark opens a match only after a word ("\\b")
        for name in names.groups[lead]:
            if text.startswith(name, start):
                after = names.tail.match(text, start + len(name))
                if after is not None:
                    end = after.end()
                    yield start, end, name
                    break


def _is_word(ch: str) -> bool:
    """Is the character one ``\\w`` matches (a letter or digit of any script, or "_")?"""
    return ch.isalnum() or ch == "_"


def _run_starts(text: str, run: str) -> Iterator[int]:
    """Where ``run`` (a run of word characters, or one character of no word) stands in the text as a whole
    run: a word not inside a longer one; a character that is no word wherever it is."""
    whole = _is_word(run[0])
    size, at = len(run), text.find(run)
    while at >= 0:
        if not whole or ((at == 0 or not _is_word(text[at - 1]))
                         and (at + size == len(text) or not _is_word(text[at + size]))):
            yield at
        at = text.find(run, at + 1)


def _firm_spans(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Where a firm or charity is named: a name of several words always ("Save the Children" holds no
    Save), one of one word when the gazetteer knows it only as another place's alternate name ("Samsung",
    "Google"; "Meta" and "Toyota" are places' own names and stay places) (sectors56)."""
    names = _firm_names()
    if names is None:
        return []
    return [(a, b) for a, b, name in _names_in(names, text)
            if " " in name or all(alt for _, alt in lookup(gaz, name))]


def _body_spans(text: str) -> list[tuple[int, int, str]]:
    """Where an armed or political organisation is named by several words, or by any name with its faction
    in brackets after it ("the NSCN (IM)", "ULFA (I)"), with its country."""
    names, countries = _body_names()
    spans = [] if names is None else [(a, b, countries[name]) for a, b, name in _names_in(names, text)]
    factioned, homes = _factioned_names()
    if factioned is not None and "(" in text and _FACTION.search(text):
        spans += [(a, b, homes[name]) for a, b, name in _names_in(factioned, text)]
    return spans


# a faction's short name in brackets, as ``_factioned_names`` ends: a story with none names no factioned body
_FACTION = re.compile(r"\([A-Z][A-Za-z-]{0,11}\)")


@lru_cache(maxsize=1)
def _factioned_names() -> tuple[_Names | None, dict[str, str]]:
    """Any name of an armed or political organisation followed by its faction's short name in brackets
    ("NSCN (IM)", "CPN (Maoist)": "IM" no Imo State of Nigeria; orgs57), and each name's country. A name's
    first word is followed by no word character (in the name, or by " (" after it), so it is tried only
    at its first words or characters (:func:`_names_in`)."""
    countries = dict(_org_names(NAMED_BODY_SECTORS))
    if not countries:
        return None, {}
    return _with_leads(countries, "", " ?" + _FACTION.pattern), countries


@lru_cache(maxsize=1)
def _chamber_names() -> tuple[_Names | None, dict[str, str]]:
    """The parliaments the actor dictionaries know, and each one's country."""
    countries = dict(_org_names(("LEG",)))
    return (_names_pattern(set(countries)) if countries else None), countries


def _chamber_spans(text: str) -> list[tuple[int, int, str]]:
    """Where "the" names a parliament ("the Dáil", "the Duma"): no town abroad of that name (not Dā'il in
    Syria; "in Duma" without "the" stays the Syrian town) (lead57)."""
    names, countries = _chamber_names()
    return [] if names is None else [(a, b, countries[name]) for a, b, name in _names_in(names, text)
                                     if text[max(a - 4, 0):a].lower() == "the "]


# a strong locative word just before a name, maybe with "the" ("in the Baltic states", "across Nordic
# countries")
_LOCATIVE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(STRONG_LOCATIVE)) + r")\s+(?:the\s+)?$",
                              re.IGNORECASE)


@lru_cache(maxsize=1)
def _state_group_names() -> frozenset[str]:
    """The groups of states named by their region that the actor dictionaries know, of several words
    ("Pacific island nations", "the Baltic states", "Western Balkan countries")."""
    from chronica.actors.data import package_file

    rows = package_file("roles").get("roles") or []
    return frozenset(str(w) for r in rows if r.get("sector") == "GOV" and r.get("stateless")
                     and r.get("group") for w in r.get("words") or [] if " " in str(w))


@lru_cache(maxsize=1)
def _state_groups() -> re.Pattern[str] | None:
    """The groups of states named by their region (:func:`_state_group_names`), in any case."""
    names = _state_group_names()
    if not names:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                      + r")(?![\w'-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _state_group_ends() -> tuple[frozenset[str] | None, re.Pattern[str]]:
    """The last words of the groups of states' names ("nations", "states", "countries"): the lower-case
    words when all are ASCII (for ASCII texts, where a case-blind search of one is the same as a search of
    the lower-cased text), and a case-blind search of any of them."""
    ends = {n.rsplit(" ", 1)[-1] for n in _state_group_names()}
    plain = frozenset(w.lower() for w in ends) if all(w.isascii() for w in ends) else None
    return plain, re.compile("|".join(re.escape(w) for w in sorted(ends)) or "(?!)", re.IGNORECASE)


def _may_name_state_group(text: str) -> bool:
    """Does the text hold the last word of any group of states' name? Every name found holds one, and a
    search of a few words is many times faster than one of all the names."""
    plain, ends = _state_group_ends()
    if plain is not None and text.isascii():
        lowered = text.lower()
        return any(w in lowered for w in plain)
    return ends.search(text) is not None


def _state_group_spans(text: str) -> list[tuple[int, int]]:
    """Where a group of states is named by its region ("aid to Pacific island nations", "warned the
    Baltic states"): several governments, no place inside ("Pacific" no town of the US, "Balkan" no
    province of Turkmenistan); after "in", "across" and the like it stays the area ("in the Baltic states")
    (coop-4). Only texts holding the last word of such a name are searched for them."""
    groups = _state_groups()
    if groups is None or not _may_name_state_group(text):
        return []
    return [m.span() for m in groups.finditer(text)
            if _LOCATIVE_BEFORE.search(text[max(m.start() - 24, 0):m.start()]) is None]


def _abroad_in_body(m: Mention, bodies: list[tuple[int, int, str]]) -> bool:
    """A place named inside an organisation's name that is no place of the organisation's own country
    ("Free" in "the Free Papua Movement"; not "Sindh" in "the Sindh Rangers")."""
    return any(a <= m.start < b and iso and not any(e.iso3 == iso for e, _ in m.cands)
               for a, b, iso in bodies)


def _demonym_in(ent, demonyms: dict[str, str]) -> str | None:  # noqa: ANN001
    """The country of a demonym that opens an entity the parser did not tag a nationality
    ("Ugandan" tagged a place, "the Lebanese Army" an organisation)."""
    if len(ent) > 1 and ent.label_ in NAMED_PLACE_LABELS:
        return None  # "Indian River", "the Indian Ocean": a place's own name
    tok = ent[1] if len(ent) > 1 and ent[0].lower_ == "the" else ent[0]
    if not tok.is_title:
        return None
    low = tok.lower_
    if not low.endswith(DEMONYM_ENDS):
        return None
    return demonyms.get(low.removesuffix("s")) or demonyms.get(low)


NAMED_PLACE_LABELS = PLACE_LABELS | {"FAC"}


class Nations(list):
    """The countries a story's demonyms and press name (ISO alpha-3), one per mention; ``home``
    holds those whose people act at home ("Mauritanian gendarmes", "Kenyan protesters"), ``forces`` those
    whose forces it names ("Malian troops")."""

    def __init__(self) -> None:
        super().__init__()
        self.home: set[str] = set()
        self.forces: set[str] = set()  # those whose forces the story names ("Malian troops")
        self.armed: set[str] = set()  # those of the armed groups the story names ("Boko Haram": NGA)


DEMONYM_ENDS = ("an", "ans", "ese", "ish", "i", "is", "ic", "ch", "ian", "ians")


def _town_pair(before: Mention, cands) -> bool:  # noqa: ANN001
    """"in Kasserine and Sidi Bouzid": a name tagged a person after "and" is the second town when
    the first is a town and it is a town of COORD_TOWN_POP in the same country."""
    first = before.cands[0][0]
    return first.kind == TOWN and any(
        e.kind == TOWN and not alt and e.cc == first.cc and e.pop >= COORD_TOWN_POP for e, alt in cands)


COORD_TOWN_POP = 10000


def _agency(doc, i: int, j: int) -> bool:  # noqa: ANN001
    """A news agency in parentheses ("(AP)", "(Reuters)"): the story's source, not a place."""
    lowers = lowers_of(doc)  # "(" and ")" are their own lower case: no Token made
    return (0 < i and j < len(lowers) and lowers[i - 1] == "(" and lowers[j] == ")"
            and span_text(doc, i, j) in AGENCIES)


def _in_body(start: int, bodies: list[tuple[int, int]]) -> bool:
    """A name that begins inside a listed party's or state body's name ("the Free Patriotic Movement")."""
    return any(a <= start < b for a, b in bodies)


def _body_name(doc, i: int, j: int) -> bool:  # noqa: ANN001
    """The name of a body that a town shares ("a Red Cross mission"): not a place."""
    return " ".join(lowers_of(doc)[i:j]) in BODY_NAMES


def press(doc) -> list[str]:  # noqa: ANN001
    """The country whose press a story comes from, by its institutions and currency ("sheriff's
    deputies", "$"): at most one, when only one country has PRESS_MIN distinct cue words."""
    words = _PRESS_WORDS.intersection(lowers_of(doc))
    if len(words) + len(words & PRESS_STRONG) < PRESS_MIN:
        return []
    hits = [iso for iso, cues in PRESS_CUES.items()
            if len(words & cues) + len(words & cues & PRESS_STRONG) >= PRESS_MIN]
    return hits if len(hits) == 1 else []


LOWER_PREFIXES = {"al", "el", "ad", "ar", "as", "an", "ash", "at", "az", "east", "west", "north", "south"}


def _lower_prefix(doc, gaz: Gazetteer, i: int, j: int) -> int:  # noqa: ANN001
    """Where a name written with a lower-case Arabic article or compass word begins, when that
    is the gazetteer's own name and the bare one is not, after a locative word ("in el Hermel",
    "in east Jerusalem"); a compass word before a country's name is no part of it."""
    if i == 0 or lowers_of(doc)[i - 1] not in LOWER_PREFIXES or not doc[i - 1].text.islower():
        return i
    if not _locative(doc, i - 1):
        return i
    whole = [e for e, alt in gaz.candidates(span_text(doc, i - 1, j)) if not alt]
    if not whole or not any(e.kind == TOWN for e in whole):
        return i
    compass = doc[i - 1].lower_ in COMPASS
    bare = [e for e, alt in lookup(gaz, span_text(doc, i, j)) if not alt]
    if not compass and _larger_with_article(whole, bare):
        return i - 1  # "in el Mina" is Tripoli's port town, not the smaller Mina of Mexico
    if bare and (not compass or any(e.kind == COUNTRY for e in bare)):
        return i  # "in south Lebanon" is part of the country, not a town named "South Lebanon"
    if compass and _compass_of_city(whole, bare):
        return i  # "in east London" is a part of London, not East London, South Africa
    return i - 1 if whole[0].kind == TOWN else i


COMPASS_CITY_RATIO = 10  # a lower-case compass word before a city this many times its namesake's size


def _compass_of_city(whole: list[Entry], bare: list[Entry]) -> bool:
    """Is the bare name after a lower-case compass word a town COMPASS_CITY_RATIO times the largest town
    named with the compass word ("east London": London, not East London, South Africa; "east
    Jerusalem", about twice East Jerusalem's size, keeps the part)?"""
    towns = [e.pop for e in whole if e.kind == TOWN]
    return bool(towns) and any(e.kind == TOWN and e.pop >= COMPASS_CITY_RATIO * max(max(towns), 1)
                               for e in bare)


def _larger_with_article(whole: list[Entry], bare: list[Entry]) -> bool:
    """Is the name with its article a town larger than every town the bare name is (and the bare name no
    region or country)?"""
    towns = [e.pop for e in whole if e.kind == TOWN]
    return bool(towns) and all(e.kind == TOWN and e.pop < max(towns) for e in bare)


_BACKED_WORDS = (r"(?:backed|led|funded|sponsored|supported|allied|aligned|affiliated|brokered|controlled|"
                 r"held|trained|owned|based|headquartered|flagged|registered|installed|appointed|occupied|annexed|"
                 r"made|built|supplied|manufactured)")
_BACKED = re.compile(r"\s*(-|–)?\s*" + _BACKED_WORDS + r"\b")
_BACKED_WORD = re.compile(_BACKED_WORDS)


def _held_pairs() -> frozenset[tuple[str, str]]:
    """(holder, backed word) pairs that open a region's alias ("Pakistan-held Kashmir", "Indian-controlled
    Kashmir"): there the backed word does not end the run, as it does in "Russian-occupied Melitopol"."""
    pairs = set()
    for names in _aliases()["regions"].values():
        for name in names:
            m = re.match(r"(\w+)-(" + _BACKED_WORDS + r") ", name)
            if m:
                pairs.add((m.group(1).lower(), m.group(2)))
    return frozenset(pairs)


HELD_PAIRS = _held_pairs()
# ... "flagged", "registered": a ship's flag state ("the Panama-flagged tanker"), not where it was hit
# "the border with Mali", "the frontier with Niger", "a border crossing with Guatemala": the neighbour
_BORDER = re.compile(r"\b(?:borders?|frontiers?)\s+(?:(?:crossings?|posts?|points?)\s+)?with\s+(?:the\s+)?$",
                     re.IGNORECASE)
_DETERMINER = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+$", re.IGNORECASE)


def not_here(text: str, start: int, end: int) -> bool:
    """Is a country named as someone's backer or the other side of a border ("a Turkey-backed
    faction", "a Turkey backed faction", "near the border with Mali"), not as where something happens?
    Without a hyphen only after a determiner: "China held talks" is China acting."""
    backed = _BACKED.match(text, end)
    if backed and (backed.group(1) or _DETERMINER.search(text[max(0, start - 8):start])):
        return True
    return bool(_BORDER.search(text[max(0, start - 50):start]))


def beyond_border(text: str, start: int, end: int | None = None) -> bool:
    """Is the place at ``start`` named as the other side of a border ("killed two smugglers on the border
    with Gaza", "near the frontier with the Tillaberi region"; with ``end``, "near the Bangladesh border")?
    The border is the doers' own side."""
    return bool(_BORDER.search(text[max(0, start - 50):start])) or (
        end is not None and bare_border(text, start, end))


# "near the Thai border", "the Bangladesh border, officials said", "the Afghan border area": the country
# word names a border and nothing on either side of it; not "the Syrian border town of X", "Thai border
# guards"
_BORDER_AFTER = re.compile(r"\s+(?:borders?|frontiers?)(?:\s+(?:areas?|regions?|zones?|belt|strip))?"
                           r"(?=\s*(?:$|[,.;:)\u2013\u2014]|\s-\s|(?:in|on|at|near|with|and|or|but|where|when|"
                           r"while|after|before|as|to|from|by|for|since|during|under|between|that|which|"
                           r"amid|early|late|last|this)\b))", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def bare_border(text: str, start: int, end: int) -> bool:
    """Is the country word at ``start``:``end`` only the name of a border, after "the" ("near the Thai
    border", "the Thailand border"): it says not on which side of it anything is?"""
    return bool(_THE_BEFORE.search(text[max(0, start - 6):start])) and bool(_BORDER_AFTER.match(text, end))


def _respell(m: Mention, gaz: Gazetteer) -> None:
    """A name the gazetteer lacks, written before qualifiers that place it, may be another
    spelling of a town there ("Quamishli city in al-Hasakeh", "Ras al Ain, al-Hasakeh"): towns of
    the same :func:`~chronica.geo.gazetteer.skeleton` that lie in the region, district or beside
    the town its qualifiers name become its candidates (as alternate-name matches)."""
    levels = [m, *m.quals]
    for k, lv in enumerate(levels[:-1]):
        if lv.cands or len(norm(lv.text)) < MIN_RESPELL:
            continue
        outer = [q for x in levels[k + 1:] for q, _ in x.cands]
        if outer:  # the first TOP_K that fit: the rest are not weighed
            key = norm(lv.text)
            fitting = (e for e in gaz.similar(lv.text, TOWN)  # the cheap test of the place first
                       if any(_fit(e, q) >= 2 for q in outer) and _short_respelling(key, e))
            lv.cands = [(e, True) for e in itertools.islice(fitting, TOP_K)]


def _big_respelling(word: str, gaz: Gazetteer) -> list[tuple[Entry, bool]]:
    """A name the gazetteer lacks, named as a place but with no qualifier, that is spelled like one
    town of ALT_CUE_POP people and no other such town (the same consonant skeleton: "in
    Quamishli" is Al Qamishli, "near Jallalabad" Jalalabad), as an alternate-name match."""
    key = norm(word)
    if len(key) < MIN_RESPELL:
        return []
    kept = gaz.lookups.get((RESPELT, key))  # stories name the same unknown places: answers kept
    if kept is None:
        big = {e.geonameid: e for e in gaz.similar(word, TOWN, ALT_CUE_POP)
               if _edits(_bare(key), _bare(norm(e.name))) <= len(key) // RESPELL_LETTERS
               and _short_respelling(key, e)}
        kept = gaz.lookups[(RESPELT, key)] = ((next(iter(big.values())), True),) if len(big) == 1 else ()
    return list(kept)


def _short_respelling(key: str, e: Entry) -> bool:
    """May a town be a respelling of a name (normalised)? A name of SHORT_RESPELL letters or fewer only of
    a town whose own name has its consonants and differs in one letter at most ("Wukan" is neither
    Wuhan nor Wuchuan); a longer name of any town its skeleton matched."""
    bare = _bare(key)
    own = _bare(norm(e.name))
    return len(bare) > SHORT_RESPELL or skeleton(bare) == skeleton(own) and _edits(bare, own) <= 1


RESPELT = "respelt"  # a name's big respelling, kept beside its lookups (the same name, the same answer)


RESPELL_LETTERS = 4  # one letter changed, added or dropped per this many of a big town's respelling
# a name this short is a respelling only of a town whose own name has its consonants: "Wukan" is no Wuhan
SHORT_RESPELL = 5


def _bare(key: str) -> str:
    """A normalised name without its Arabic article ("al qamishli" -> "qamishli")."""
    art = next((a for a in ARTICLES if key.startswith(a)), None)
    return key[len(art):] if art is not None else key


def _edits(a: str, b: str) -> int:
    """Levenshtein distance: letters changed, added or dropped to turn ``a`` into ``b``."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _missions_named(text: str) -> list[str]:
    """The missions' names as the text writes them; the pattern only where one of the names is in
    the text at all (most stories name none: a substring test is far cheaper than the pattern)."""
    return _MISSION.findall(text) if any(name in text for name in MISSIONS) else []


def missions(text: str) -> list[str]:
    """Countries (ISO alpha-3) of the one-country missions a text names ("the OSCE SMM": Ukraine)."""
    return [MISSIONS[m] for m in _missions_named(text)]


def mission_regions(text: str, gaz: Gazetteer) -> set[tuple[str, str]]:
    """(ISO alpha-2, admin1 code) of the regions the missions a text names report from."""
    out = set()
    for name in set(_missions_named(text)):
        for region in MISSION_REGIONS.get(name, ()):
            out |= {(e.cc, e.admin1code) for e, _ in gaz.candidates(region)
                    if e.kind == REGION and e.iso3 == MISSIONS[name]}
    return out


def in_regions(found: list[Mention], regions: set[tuple[str, str]], gaz: Gazetteer) -> None:
    """Keep a village of a mission's country, named with no qualifier, to the regions the mission
    reports from (a namesake there, or one spelled alike); else it is no known place."""
    countries = {cc for cc, _ in regions}
    for m in found:
        if m.quals:
            continue
        village = [(e, alt) for e, alt in m.cands
                   if e.cc in countries and e.kind == TOWN and e.pop < MISSION_TOWN_POP]
        weak = all(alt for _, alt in m.cands)  # only alternate names: "Elenovka" is not Sevan
        if not village and not weak:
            continue
        inside = [(e, alt) for e, alt in village if (e.cc, e.admin1code) in regions]
        if not inside and len(norm(m.text)) >= MIN_RESPELL:
            inside = [(e, True) for e in gaz.similar(m.text, TOWN) if (e.cc, e.admin1code) in regions]
        if village or inside:
            m.cands = [c for c in m.cands if c not in village and not weak] + inside[:TOP_K]


_GENERIC_COAST = re.compile(r"(?:north|south|east|west|northern|southern|eastern|western)"
                            r"(?: ?(?:east|west))? coast")


def _demonym_before_noun(doc, a: int, b: int, word: str, demonyms: dict[str, str]) -> bool:  # noqa: ANN001
    """A one-word demonym that modifies a common noun ("the Somali capital", "Kurdish fighters"), not a
    type word of the place it names ("the Somali region"). A town's type word is no such word: "the
    northern Syrian city of Aleppo" names Aleppo, no town called Syrian. A type word that itself modifies a
    noun is none: "Chadian state television" is Chad's, no Chinese village called Chadian (speech48)."""
    if b - a != 1 or b >= len(doc) or norm(word) not in demonyms:
        return False
    nxt = doc[b]
    typed = TYPE_WORDS.get(nxt.lower_, TOWN) != TOWN and not (nxt.dep_ == "compound" and nxt.head.i > nxt.i)
    return nxt.pos_ == "NOUN" and nxt.text.islower() and not typed


def _own_name(word: str, cands, demonyms: dict[str, str]) -> bool:  # noqa: ANN001
    """Is ``word`` a country's or region's own name (not a demonym, not an alternate name)?"""
    top, alt = cands[0]
    return not alt and top.kind in (COUNTRY, REGION) and norm(word) not in demonyms and (
        norm(word).removesuffix("s") not in demonyms)


NORP_TOWN_POP = 100000  # a town this large keeps its name when the tagger calls it a nationality


def _big_town_name(word: str, cands, demonyms: dict[str, str]) -> bool:  # noqa: ANN001
    """Is ``word`` the own name of a large town, and no demonym ("Russian air strikes hit Aleppo" with
    Aleppo tagged a nationality)?"""
    top, alt = cands[0]
    low = norm(word)
    return (not alt and top.kind == TOWN and top.pop >= NORP_TOWN_POP and low not in demonyms
            and low.removesuffix("s") not in demonyms and low not in _people_names())


_STATE_AFTER = re.compile(r"\s*,\s*([A-Z][a-z]{1,4}\.(?:\s?[A-Z][a-z]?\.)?|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
                          r"\s*[,;:]")


def _state_after(text: str, pos: int, gaz: Gazetteer) -> bool:
    """Is the name at ``pos`` followed by a comma, a US state or a first-order region (its name or
    AP abbreviation) and a comma: "A Reading, Pa., woman", "Mobile, Alabama, officials"?"""
    m = _STATE_AFTER.match(text, pos)
    if not m:
        return False
    word = m.group(1)
    return (word.endswith(".") and bool(gaz.code_candidates(word.replace(" ", "")))) or any(
        e.kind == REGION and (not alt or word.endswith(".")) for e, alt in gaz.candidates(word))


HOUSE_NUMBER = re.compile(r"\d{1,6}[a-z]?")  # "2517", "12b" (lower case)


def _street_address(doc, i: int, j: int) -> bool:  # noqa: ANN001
    """Is the capitalised run [i, j) a street of an address: a house number before it and a street
    word ending it or after it ("2517 Memphis St.", "410 W. Tulsa Avenue")? Its town's name is the
    street's, not a place of the story, and casts no vote for the story's region."""
    lowers = lowers_of(doc)
    if i == 0 or not HOUSE_NUMBER.fullmatch(lowers[i - 1]):
        return False
    return j - i > 1 and lowers[j - 1] in STREET_WORDS or j < len(doc) and lowers[j] in STREET_WORDS


def _after_address(doc, a: int) -> bool:  # noqa: ANN001
    """Does the name at token a follow a street address and a comma ("210 W. Main St., Lebanon")?"""
    lowers = lowers_of(doc)
    k = a - 1
    if k < 2 or lowers[k] != ",":
        return False
    k -= 1
    if lowers[k] == "." and k > 0:
        k -= 1
    if lowers[k] not in STREET_WORDS:
        return False
    return any(t.like_num for t in doc[max(0, k - 5):k])


def _person_subject(doc, a: int, b: int, label: str, cue: bool, cands) -> bool:  # noqa: ANN001
    """A one-word town name the parser tags a person or an organisation, with no cue, as the subject
    of a verb that people do (`person_subject_verbs`: "Tyler scored twice", "Warren said"), or tagged a
    person as the object of a verb done to people (`person_object_verbs`: "Blair met Clinton"): as likely a
    person; kept only beside the story's places, and no name of a cluster of towns."""
    if cue or b - a != 1 or label not in ("PERSON", "ORG"):
        return False
    e = cands[0][0]
    if e.kind != TOWN or e.capital:
        return False
    tok = doc[a]
    return (tok.dep_ == "nsubj" and tok.head.lemma_ in PERSON_SUBJECT_VERBS) or (
        _person_object(doc, a, b, label, cue, cands))


def _person_object(doc, a: int, b: int, label: str, cue: bool, cands) -> bool:  # noqa: ANN001
    """A one-word town name tagged a person, with no cue, as the object of a verb done to people ("Blair met
    Clinton", cues.yaml ``person_object_verbs``)."""
    if cue or b - a != 1 or label != "PERSON" or not cands or cands[0][0].kind != TOWN or cands[0][0].capital:
        return False
    tok = doc[a]
    return tok.dep_ == "dobj" and tok.head.lemma_ in PERSON_OBJECT_VERBS


def _owned_unit_name(doc, a: int, b: int, found: list[Mention]) -> bool:  # noqa: ANN001
    """Is a name with its type word after it owned by the place before it ("Rangpur's Pirganj upazila",
    "Punjab's Sheikhupura district"): that place vouches for it as a unit of its own?"""
    if a < 2 or doc[a - 1].text not in ("'s", "\u2019s") or not found or _type_after(doc, b)[0] is None:
        return False
    return found[-1].end == doc[a - 1].idx and found[-1].known


def _carrier(lowers: list[str], start: int, end: int) -> bool:
    """Does a nationality name a craft or a carrier ("an Indian Airlines plane", "a Greek tanker"): the last
    word of its name or the word after it (cues.yaml ``carrier_nouns``)?"""
    return lowers[end - 1] in CARRIERS or (end < len(lowers) and lowers[end] in CARRIERS) or (
        end - start > 1 and lowers[start + 1] in CARRIERS)


def _typed_region(word: str, hint: int | None, cands) -> bool:  # noqa: ANN001
    """Does a type word after a plain word that names a region say it is that region ("in Plateau
    state", "in Lakes State"): a region of that kind bears the name? Not a compass word ("the
    Central region" of whichever country the story is about)."""
    return hint in (REGION, DISTRICT) and not all(w in COMPASS for w in norm(word).split()) and any(
        e.kind == hint and not alt for e, alt in cands)


def _plural_noun(toks, a: int, b: int) -> bool:  # noqa: ANN001
    """A one-word name opening a sentence that the tagger reads as a plural common noun, its lemma a
    lower-case singular ("Rivers": river, "Lakes": lake, "Hills": hill): a word, not a place."""
    t = toks[a]
    return b - a == 1 and t.is_sent_start and t.tag_ == "NNS" and t.lemma_.islower() and t.lemma_ != t.lower_


def _common_word(doc, a: int, b: int) -> bool:  # noqa: ANN001
    """A one-word sentence-initial name is as likely a common word ("Police said")."""
    return b - a == 1 and doc[a].is_sent_start and doc[a].pos_ != "PROPN"


TOWN_PARTS = frozenset({"side", "end", "shore", "bank", "hills", "village", "quarter", "district", "suburbs"})


def _generic_alternate(m: Mention) -> bool:
    """A name of compass and common words known only as another name of some town ("South Side",
    "West End"): a part of the story's own town, not that town."""
    words = norm(m.text).split()
    return bool(m.cands) and not m.quals and all(alt for _, alt in m.cands) and words[0] in COMPASS and all(
        w in COMMON or w in COMPASS or w in TOWN_PARTS for w in words)


def _known(m: Mention) -> bool:
    """Is a name without a place label still clearly a place (by its cue or its fame)?"""
    e, alt = m.cands[0]
    if alt and all(w in COMMON or w in COMPASS for w in norm(m.text).split()):
        return False  # "the West Coast" is no alternate name of Western Australia
    if m.cue:  # "near Svitlodarsk": a locative word vouches for a longer alternate name, and for
        # a respelling of the town's own name ("at Arsal" for Aarsal)
        return not alt or e.pop >= ALT_CUE_POP or bool(m.quals) or (
            len(norm(m.text)) >= ALT_CUE_LEN and e.kind != COUNTRY) or (
            e.kind == TOWN and skeleton(norm(m.text)) == skeleton(norm(e.name)))
    if alt or e.kind == DISTRICT:
        return False
    if e.kind in (COUNTRY, REGION):
        return m.label != "PERSON" or e.kind == COUNTRY
    return e.pop >= MIN_POP.get(m.label, MIN_POP[""])


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)")


def _country_sense(m: Mention) -> bool:
    return not m.quals and any(e.kind == COUNTRY and not alt for e, alt in m.cands)


def _only_country(m: Mention) -> bool:
    own = [e for e, alt in m.cands if not alt]
    return not m.quals and bool(own) and all(e.kind == COUNTRY for e in own)


def _listed_countries(found: list[Mention], text: str) -> None:
    """A country's own name listed right beside a name that is only a country is the country:
    "served in Japan, Italy and Russia" is not Italy, Texas, in a Texas story ("Peru and Mexico",
    two towns of one Indiana county, are left to the story's context: neither is only a country)."""
    for a, b in zip(found, found[1:], strict=False):
        if not (_country_sense(a) and _country_sense(b) and _LIST_GAP.fullmatch(text, a.end, b.start)):
            continue
        for m, other in ((a, b), (b, a)):
            if _only_country(other):
                m.cands = [(e, alt) for e, alt in m.cands if e.kind == COUNTRY and not alt]


_OWNED = re.compile(r"['’]s?\s+(?:(?:northern|southern|eastern|western|central|north|south|east|west|"
                    r"north-?eastern|north-?western|south-?eastern|south-?western|restive|remote)\s+)?")


def _owned_by_country(found: list[Mention], text: str, gaz: Gazetteer) -> None:
    """A name after a country's possessive ("Burkina Faso's Soum province", "Mali's northern Gao") is a
    place of that country: its senses abroad are dropped when one lies there. A name with its type word
    known only abroad ("Ghana's Western Region": Uganda's and Nepal's) is the country's unit of the
    name without it (Ghana's Western)."""
    for a, b in zip(found, found[1:], strict=False):
        if b.quals or not _only_country(a) or not _OWNED.fullmatch(text, a.end, b.start):
            continue
        ccs = {e.cc for e, alt in a.cands if not alt}
        inside = [(e, alt) for e, alt in b.cands if e.cc in ccs and e.kind != COUNTRY]
        if not inside:
            inside = _owned_unit(b.text, ccs, gaz)
        if inside:
            b.cands = inside
            if b.doubtful and (b.label != "PERSON" or any(e.pop >= OWNED_TOWN_POP for e, _ in inside)):
                b.doubtful = False  # "Sri Lanka's Kandy" tagged a person: the country's town all the same


OWNED_TOWN_POP = 20000  # a town this large after its country's possessive is the town, not a person


def _owned_unit(name: str, ccs: set[str], gaz: Gazetteer) -> list[tuple[Entry, bool]]:
    """The units of countries ``ccs`` named ``name`` without its closing type word, of the kind that
    word says ("Western Region": a region named Western), none for a name without one."""
    words = name.rsplit(" ", 1)
    kind = TYPE_WORDS.get(words[-1].lower()) if len(words) == 2 else None
    if kind not in (REGION, DISTRICT):
        return []
    return [(e, alt) for e, alt in lookup(gaz, words[0]) if e.cc in ccs and e.kind in (kind, REGION)]


def _country_over_alternates(m: Mention) -> None:
    """A bare name that is a country's own name is not a town known by it only as an alternate name
    ("in Honduras" is no Honduras de la Sierra, Mexico); towns of their own name stay ("Lebanon, Pa.")."""
    if not m.quals and any(e.kind == COUNTRY and not alt for e, alt in m.cands):
        m.cands = [(e, alt) for e, alt in m.cands if not (alt and e.kind in (TOWN, DISTRICT))]


def speaking_starts(doc) -> frozenset[int]:  # noqa: ANN001
    """The character offsets of names right before a verb of saying whose subject they are ("near Tal
    Abyad, Ankara said"): a government speaking, no qualifier of the name before it (origins50); kept in
    the Doc's user data."""
    kept = doc.user_data.get(SPEAKING_KEY)
    if kept is None:
        kept = doc.user_data[SPEAKING_KEY] = _speaking_starts(doc)
    return kept


SPEAKING_KEY = "chronica.geo.speaking_starts"


def _speaking_starts(doc) -> frozenset[int]:  # noqa: ANN001
    """The offsets :func:`speaking_starts` keeps; also of a name said to be behind a deed ("Baku said
    Yerevan was responsible for the shelling in Tovuz": the government blamed casts no vote either)."""
    out = set()
    toks, deps, heads = tokens_of(doc), deps_of(doc), heads_of(doc)  # columns: Tokens read for subjects only
    for i, dep in enumerate(deps):
        if dep == "nsubj" and i < heads[i] <= i + 3 and toks[i].pos_ == "PROPN" and (
                toks[heads[i]].lemma_.lower() in SPEAKING_SEAT_VERBS or culprit_be(toks[heads[i]])) and all(
                deps[k] in ("aux", "advmod") for k in range(i + 1, heads[i])):
            out.add(toks[i].left_edge.idx)  # "Washington has long said"
    return frozenset(out)


CULPRIT_WORDS = frozenset(CUES["culprit_words"])


def culprit_be(be) -> bool:  # noqa: ANN001
    """Is the verb the "be" of "X was responsible for", "X was to blame for" or "X was behind" a deed?"""
    return be.lemma_ == "be" and any(
        c.dep_ in ("acomp", "xcomp", "prep") and c.lower_ in CULPRIT_WORDS
        and any(g.dep_ in ("prep", "pobj") for g in children_of(c)) for c in children_of(be))


def _link_commas(found: list[Mention], text: str, gaz: Gazetteer,
                 speaking: frozenset[int] = frozenset()) -> None:
    """"Springfield, Illinois": a known region or country right after a comma qualifies a place,
    and so does a chain ("Lelilef Sawai sub-district, Central Weda district, North Maluku"); a name that
    speaks ("in the Gulf, Washington said") qualifies none."""
    for a, b in reversed(list(zip(found, found[1:], strict=False))):
        if a.quals or b.start in speaking or a.personal:
            continue  # "Blair met Clinton in Washington": where they met, no state of a town Clinton
        between = text[a.end:b.start]
        comma = re.fullmatch(r"(?:\s+\w+)?\s*,\s*", between) and len(between) <= 24
        towns_only = all(e.kind in (TOWN, DISTRICT) for e, _ in a.cands)
        inner = _INSIDE.fullmatch(between)
        regional = any(e.kind in (COUNTRY, REGION) for e, _ in b.cands)
        lower = regional and a.hint in (None, TOWN, DISTRICT) and any(e.kind in (TOWN, DISTRICT)
                                                                      for e, _ in a.cands)
        inside = (not a.known or towns_only or lower) and inner is not None and (
            not a.known or inner.group(1) is not None or regional
            or (a.hint is not None and b.hint is not None))  # "the town of Garhi, in Mardan district"
        part = _part_of_town(text, a, b, between, towns_only)
        if not (comma or inside or part):
            continue
        if comma and re.match(r"['’]s?\b", text[b.end:b.end + 2]):
            continue  # "captured the town of Sudzha, Ukraine's army chief said": an owner, no qualifier
        if comma and _listed(text, a, b) and any(e.kind == COUNTRY and not alt for e, alt in a.cands):
            continue  # "Iraq, Iran, Russia and the UAE": a list of countries, not a town of Iran
        if comma and a.cands and a.cands[0][0].kind == COUNTRY and not a.cands[0][1] and not a.village and (
                not any(e.kind == COUNTRY for e, _ in b.cands)):
            continue  # "in northern Iraq, Ankara said": a country takes no region of another after it
        if not b.known and b.quals and (not a.known or comma):
            a.quals = [b, *b.quals]  # "Buenos Aires, Nuevo Chimbote, Ancash": the chain's region
            b.qualifier = True
        elif b.known and (any(e.kind in (COUNTRY, REGION, DISTRICT) or b.code for e, _ in b.cands)
                          or (inside and b.hint in (TOWN, DISTRICT)) or part
                          or (inside and b.hint == REGION and _region_town(b.cands))  # "of Hodeidah province"
                          or (comma and b.hint in (REGION, DISTRICT))  # "Bethel village, Bokkos LGA"
                          or (inside and not a.known and inner.group(1) is not None)  # "the X area of Y"
                          or (comma and not a.known
                              and (b.quals or norm(a.text).split()[0] in NEIGHBOURHOOD))):
            # an unknown name before a town and its region ("Sitio Kabulnan, Datu Piang,
            # Maguindanao") or a neighbourhood of a town ("Barangay Lumbia, Cagayan de Oro"): at
            # that town; a region after a town that has no namesake in it: an unknown town of that
            # region ("Valencia, Sangre Grande"), unless the two are items of a list
            framed = lower and not _listed(text, a, b)
            if not a.known or towns_only or framed or _fits_any(a.cands, b.cands):
                a.quals = [b, *b.quals]
                within = inner is not None and (inner.group(1) or "").lower() in PART_WORDS
                a.at_town = part or not a.known and (bool(comma) or within)  # "the X area of Knoxville"
                b.qualifier = True
    # region codes after a comma: "Springfield, Ill." / "Madurai, TN"
    for m in found:
        if m.quals or not m.known and not m.cue:
            continue
        rest = re.match(r",\s*([A-Z][a-z]{1,4}\.(?:\s?[A-Z][a-z]?\.)?|[A-Z]{2}\b)", text[m.end:m.end + 12])
        if rest:
            code = rest.group(1)
            cands = [(e, False) for e in gaz.code_candidates(code.replace(" ", ""))]
            cands += [(e, a) for e, a in gaz.candidates(code) if e.kind == REGION]
            if cands and (not m.known or _fits_any(m.cands, cands)):
                s = m.end + rest.start(1)
                q = Mention(s, s + len(code), code, "QUAL", cue=True, qualifier=True, code=True)
                q.cands = cands
                m.quals = [q]


def _part_of_town(text: str, a: Mention, b: Mention, between: str, towns_only: bool) -> bool:
    """"a grass fire at Hampton Park in Charleston", "near Riverside Park in Wichita": a name the story
    is sure of, known only as towns, right before "in" and a town, is a part of that town (a park, a
    quarter) when no sense of it lies beside the town; one that does is placed in it by the nesting
    of the two."""
    if not (a.known and towns_only and b.known and not a.quals and not a.doubtful):
        return False
    words = between.split()
    if not (words[-1:] == ["in"] and (len(words) == 1 or len(words) == 2 and words[0].lower() in COMMON
                                      and words[0][:1].isupper())):
        return False  # "near Riverside Park in Wichita": a park, square or hill of the town
    if not any(e.kind == TOWN and not alt for e, alt in b.cands[:TOP_K]):
        return False
    if any(e.kind in (COUNTRY, REGION) for e, _ in b.cands):
        return False  # "in Aleppo", "in Georgia": a name of a region after "in" is linked as such
    return not _listed(text, a, b)


_LIST_AFTER = re.compile(r"\s*(?:,|and\b|or\b|&)\s*(?:the\s+)?[A-Z]")
_LIST_BEFORE = re.compile(r"(?:[A-Z][\w'-]*\s*,|\band)\s*$")


def _region_town(cands) -> bool:  # noqa: ANN001
    """Whether a name's only senses are towns, one named like the region it lies in: with a region's type
    word after it ("the Hays district of Hodeidah province") it stands for that region."""
    return bool(cands) and all(e.kind == TOWN for e, _ in cands) and any(
        e.admin1 and norm(e.name) == norm(e.admin1) for e, _ in cands)


def _listed(text: str, a: Mention, b: Mention) -> bool:
    """Are ``a`` and ``b`` items of a list ("Valencia, Murcia and Andalusia")?"""
    return bool(_LIST_AFTER.match(text, b.end) or _LIST_BEFORE.search(text[max(0, a.start - 40):a.start]))


def _fit(e: Entry, q: Entry) -> float:
    """How well a qualifier entry ``q`` contains ``e``: 3 same district, 2 same region, 1 country."""
    if e is q:
        return 2.0  # "Mal (Mal)": a town named like its district
    if e.cc != q.cc:
        return 0.0
    if q.kind == COUNTRY:
        return 1.0 if e.kind != COUNTRY else 0.0
    if e.kind in (COUNTRY, REGION) or e.admin1code != q.admin1code:
        return 0.0
    if q.kind == REGION:
        return 2.0
    if q.kind == DISTRICT:
        return 3.0 if e.admin2code == q.admin2code else 2.0
    # a town as qualifier: the district it lies in, or a town nearby; a far town of the same
    # region hardly qualifies ("Azov, Donetsk" is not Azov beside the small Donetsk of Rostov)
    if e.admin2code and e.admin2code == q.admin2code:
        return 3.0
    if q.admin1 and norm(q.name) == norm(q.admin1):
        return 2.0  # a town named like its region stands for the region ("Abala, Tillaberi")
    km = _km(e, q)
    return 2.5 if km < 40 else 1.0 if km < 100 else 0.0


def _km(a: Entry, b: Entry) -> float:
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dl = math.radians(b.lon - a.lon)
    x = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(x)))


def _fits_any(cands, quals) -> bool:  # noqa: ANN001
    return any(_fit(e, q) for e, _ in cands for q, _ in quals)


def prepare(found: list[Mention], text: str, gaz: Gazetteer) -> list[Mention]:
    """Gold or given spans as mentions: link "Town, Region" and "Town (Region)", add candidates."""
    found.sort(key=lambda m: m.start)
    for m in found:
        m.cands = lookup(gaz, m.text)
    for a, b in zip(found, found[1:], strict=False):
        between = text[a.end:b.start]
        if between.strip() in (",", "(") and len(between) <= 3 and b.cands:
            a.quals = [b]
            b.qualifier = True
    return found


def _score(e: Entry, alt: bool, m: Mention, ctx_c: Counter, ctx_a: Counter,
           near: tuple[Entry, ...] = (), support: dict[int, float] | None = None) -> float:
    """A candidate's own score: prior, the kind its type word names, and the story's context
    (its countries, its regions and how close the story's other towns lie)."""
    s = W_PRIOR * math.log10(score_prior(e, alt, m.text))
    if near and e.kind in (TOWN, DISTRICT):
        closest = min(_km(e, x) for x in near)
        s += W_NEAR if closest < 60 else W_NEAR / 2 if closest < 200 else 0.0
    if support and not alt:  # another name's support is not this name's ("Youngstown" is an old
        s += W_SUPPORT * support.get(id(e), 0.0)  # name of Mount Gilead, which the story names too)
    if e.kind == COUNTRY and not alt:
        s += W_COUNTRY_NAME
    if m.hint is not None:
        if e.kind == m.hint or (m.hint == DISTRICT and e.kind == REGION):
            s += W_HINT
        elif m.hint == REGION and e.kind == DISTRICT:  # "Samar province": the Philippines' provinces are
            s += W_HINT / 2  # second-order divisions, not Samara, Russia, a city
        elif e.kind == COUNTRY:
            s -= W_HINT
    total_c = sum(ctx_c.values()) if ctx_c else 0  # the first round's context is empty
    if total_c:  # shares of at least a demonym's weight: a lone weak vote is a weak context
        s += W_COUNTRY * ctx_c[e.cc] / max(total_c, W_NATION)
    total_a = sum(ctx_a.values()) if ctx_a else 0
    if total_a and e.kind != COUNTRY:
        s += W_ADMIN * ctx_a[(e.cc, e.admin1code)] / max(total_a, W_NATION)
    return s


def _resolve_group(m: Mention, ctx_c: Counter, ctx_a: Counter, near: tuple[Entry, ...] = (),
                   support: dict[int, float] | None = None) -> tuple[Entry | None, list]:
    """Choose entries for a mention and its qualifiers together: each level keeps its best
    candidates (or none: a name the gazetteer lacks or knows only in another sense); a pair of
    levels that nest adds to the score, a pair that contradicts takes away."""
    levels = [m, *m.quals]
    if len(levels) == 1:
        if len(m.cands) < 2:
            return (m.cands[0][0] if m.cands else None), []
        return max(_not_smaller_county(m, _not_after_region(m)),
                   key=lambda c: _score(*c, m, ctx_c, ctx_a, near, support))[0], []
    options = []
    last = len(levels) - 1
    total_c = sum(ctx_c.values())
    level_ccs = [{e.cc for e, _ in x.cands} for x in levels]  # each level's countries, found once
    for k, lv in enumerate(levels):
        scored = []
        regional = k > 0 and any(e.kind == REGION and not alt for e, alt in lv.cands)
        inner = {e.cc for x in levels[:k] for e, _ in x.cands[:TOP_K]}
        for e, alt in _not_smaller_county(lv, lv.cands):
            if regional and e.kind == TOWN and e.pop < QUALIFIER_TOWN_POP:
                continue  # "Benito Juarez, Nuevo Leon": the state, not the hamlet named after it
            s = _score(e, alt, lv, ctx_c, ctx_a, near, support)
            if k == last and e.kind in (REGION, COUNTRY):
                s += W_HINT  # "Novoselivka, Donetsk": the last name is the region
            if k and e.cc in inner:
                s += W_HINT  # "Port Loko (Port Loko, Northern)": the Northern of Port Loko's country
            scored.append((s, e))
        scored.sort(key=lambda x: -x[0])
        others = set().union(*(ccs for j, ccs in enumerate(level_ccs) if j != k))
        keep = scored[:TOP_K] + [x for x in scored[TOP_K:] if x[1].cc in others][:TOP_K]
        none = NONE_SCORE
        if k < last and total_c:  # an unknown town of the qualifiers' country shares its context
            none += W_COUNTRY * max((ctx_c[e.cc] for x in levels[k + 1:] for e, _ in x.cands),
                                    default=0) / max(total_c, W_NATION)
        if k == 0 and _typed_unit_after(levels):
            none += W_DROP  # "Paris, Kaduna State": an unknown village of the state, not the city abroad
        if k and _foreign_compass_region(lv, levels[:k]):
            options.append([(none, None)])  # "Kakamega in Western Province": Kenya's former province,
            continue  # not the Western region of another country
        if k and any(e.kind in (REGION, COUNTRY) and not alt for e, alt in lv.cands):
            none -= W_DROP  # the writer's region or country is rarely to be dropped
        elif k == last and any(e.kind == DISTRICT and not alt for e, alt in lv.cands):
            none -= W_DROP  # nor the district that closes the qualifiers ("(Banh, Loroum)")
        elif k == last == 1 and lv.hint == DISTRICT:
            none -= 2 * W_DROP  # "Aitaroun in Bint Jbeil district": its one qualifier is all it has
        options.append([*keep, (none, None)])
    best = _best_combination(options)
    return best[0], best[1:]


def _typed_unit_after(levels: list[Mention]) -> bool:
    """Does a qualifier name a region or district with its type word ("Kaduna State", "Riyom LGA")? The
    writer placed the name in that unit: a sense of the name outside it is the less likely reading."""
    return any(lv.known and (lv.hint in (REGION, DISTRICT) or TYPE_WORDS.get(
        lv.text.rsplit(" ", 1)[-1].lower()) in (REGION, DISTRICT)) for lv in levels[1:])


BIG_PLACE_POP = 100000  # a town this large, or a district or region, is the place its name says


def _foreign_compass_region(lv: Mention, inner: list[Mention]) -> bool:
    """Is a qualifier named only by compass and type words ("Western Province"), which regions of many
    countries bear, none of them in the country of a large place it follows ("Kakamega in Western
    Province": Kenya has no Western region now; Sri Lanka's is not meant)?"""
    words = norm(lv.text).split()
    if not words or words[0] not in COMPASS or not all(w in COMPASS or w in TYPE_WORDS for w in words):
        return False
    big = {e.cc for x in inner for e, alt in x.cands[:TOP_K]
           if not alt and (e.kind in (REGION, DISTRICT) or e.pop >= BIG_PLACE_POP)}
    return bool(big) and not any(e.cc in big for e, _ in lv.cands)


REGION_TOWN_RATIO = 100  # a town this many times smaller than a region of its name is not it, bare


def _not_after_region(m: Mention) -> list[tuple[Entry, bool]]:
    """A bare name that is a first-order region's own name is not a small town of the same country
    named after it ("the California Army National Guard" in a story about Pittsburgh is not
    California, Pa.), unless a type word says town ("the town of California")."""
    if m.hint == TOWN:
        return m.cands
    regions: dict[str, int] = {}
    for e, alt in m.cands:
        if e.kind == REGION and not alt:
            regions[e.cc] = max(regions.get(e.cc, 0), e.pop)
    if not regions:
        return m.cands
    kept = [(e, alt) for e, alt in m.cands
            if e.kind != TOWN or e.pop * REGION_TOWN_RATIO >= regions.get(e.cc, 0)]
    return kept or m.cands


SEAT_POP = 50_000  # a town named like the region it lies in, this big, is the bare name (its seat)
SEAT_DISTRICT_WORDS = frozenset(CUES["seat_district_words"])
HINTERLAND_WORDS = frozenset(CUES["hinterland_words"])


def _seats(found: list[Mention], picks: list) -> None:
    """Once every name is resolved (the story's context weighed with the regions chosen), a region or raion
    chosen for a bare name that is no qualifier of another stands for the town at its seat
    (:func:`_seat_for`)."""
    for i, (m, (e, quals)) in enumerate(zip(found, picks, strict=True)):
        if not m.qualifier and not m.hinterland:  # "the southern countryside of Idleb": the province
            picks[i] = (_seat_for(m, e), quals)


def _seat_for(m: Mention, best: Entry | None) -> Entry | None:
    """The town at the seat of the unit chosen for a bare name (or one told as a town): a first-order
    region named like a town of ``SEAT_POP`` inside it ("Kherson", "Sumy", "Basra", "Rostov" for
    Rostov-on-Don), or a district named with a type word of districts named after their seat ("Kupiansk
    Raion"; ``seat_district_words`` in ``cues.yaml``) and a town inside it, stands for that town: news names
    the region with its type word ("the Kherson region"), and ACLED places a region told alone at that
    seat."""
    if best is None or m.hint not in (None, TOWN) or best.kind not in (REGION, DISTRICT):
        return best
    if best.kind == DISTRICT and norm(best.name).rsplit(" ", 1)[-1] not in SEAT_DISTRICT_WORDS:
        return best
    if not any(e is best and not alt for e, alt in m.cands):
        return best  # a unit matched by an alternate name only
    key = norm(m.text)
    own = norm(best.name)
    bare = own.rsplit(" ", 1)[0] if own.rsplit(" ", 1)[-1] in SEAT_DISTRICT_WORDS | TYPE_WORDS.keys() else own
    names = [own, bare, *(norm(v) for v in region_variants(best.name))]
    if not any(skeleton(n) == skeleton(key) for n in names):
        return best  # "Gaza" for the Gaza Strip: a name of the region itself, not of a seat in it
    seats = [e for e, _ in m.cands if _seat_in(e, best, key, m.hint == TOWN)]
    return max(seats, key=lambda e: e.pop) if seats else best


def _seat_in(e: Entry, unit: Entry, key: str, town: bool = False) -> bool:
    """Is ``e`` a town inside ``unit`` named like ``key`` (a respelling, or, for a name told as a town, the
    name and words after it: "the Russian city of Rostov" is Rostov-on-Don; a bare "Oklahoma" is not
    Oklahoma City nor "Bihar" Bihar Sharif), and big enough to stand for a first-order region?"""
    if e.kind != TOWN or e.cc != unit.cc or e.admin1code != unit.admin1code:
        return False
    if unit.kind == DISTRICT and e.admin2code != unit.admin2code:
        return False
    if unit.kind == REGION and e.pop < SEAT_POP:
        return False
    name = norm(e.name)
    return skeleton(name) == skeleton(key) or town and name.startswith(key + " ")


def _not_smaller_county(m: Mention, cands: list[tuple[Entry, bool]]) -> list[tuple[Entry, bool]]:
    """A bare name that is the own name of a town and of a district of the same region no larger than
    the town is the town: "Des Moines" is the city, not Des Moines County at the other end of Iowa
    ("Fairfax", "Hamilton", "DeKalb" may be their larger counties), unless a word says district."""
    if m.hint in (DISTRICT, REGION):
        return cands
    towns: dict[tuple[str, str], int] = {}
    for e, alt in cands:
        if e.kind == TOWN and not alt:
            key = (e.cc, e.admin1code)
            towns[key] = max(towns.get(key, 0), e.pop)
    if not towns:
        return cands
    kept = [(e, alt) for e, alt in cands
            if e.kind != DISTRICT or alt or e.pop > towns.get((e.cc, e.admin1code), -1)]
    return kept or cands


def _pair(ea: Entry | None, eb: Entry | None) -> float:
    """What choosing ``ea`` and ``eb`` together adds: the qualifier bonus when they nest, the
    penalty when they contradict; nothing with no entry, or one entry twice ("Campeche, Campeche")."""
    if ea is None or eb is None or ea is eb:
        return 0.0
    f = _fit(ea, eb)
    return W_QUALIFIER * f / 2 if f else -W_QUALIFIER


def _best_combination(options: list[list[tuple[float, Entry | None]]]) -> list[Entry | None]:
    """The choice of one option per level with the highest total: the options' own scores plus
    :func:`_pair` for every pair of chosen entries; the first best in the order of
    ``itertools.product`` wins. Few combinations (the common case) are scored in a plain loop;
    many at once as a sum of broadcast arrays, added in the same order."""
    n = len(options)
    sizes = [len(o) for o in options]
    pairs = [(a, b, [[_pair(ea, eb) for _, eb in options[b]] for _, ea in options[a]])
             for a in range(n) for b in range(a + 1, n)]
    if math.prod(sizes) > LOOP_COMBINATIONS:
        total = np.zeros(sizes)
        for k, opts in enumerate(options):
            shape = [1] * n
            shape[k] = sizes[k]
            total += np.array([x[0] for x in opts]).reshape(shape)
        for a, b, table in pairs:
            shape = [1] * n
            shape[a], shape[b] = sizes[a], sizes[b]
            total += np.array(table).reshape(shape)
        index = np.unravel_index(int(np.argmax(total)), total.shape)
        return [options[k][i][1] for k, i in enumerate(index)]
    best, choice = -math.inf, None
    for index in itertools.product(*map(range, sizes)):
        t = 0.0
        for k, i in enumerate(index):
            t += options[k][i][0]
        for a, b, table in pairs:
            t += table[index[a]][index[b]]
        if t > best:
            best, choice = t, index
    return [options[k][i][1] for k, i in enumerate(choice)]


def resolve(found: list[Mention], nations: list[str], gaz: Gazetteer,
            home: set[str] | frozenset[str] = frozenset(), source: Home | None = None,
            wide: tuple[str, ...] = ()) -> list[Place]:
    """Pick a gazetteer entry for every mention: prior, qualifiers, then document context. A
    doubtful name ("Glenview police") is kept when a town of that name lies near the story's
    other towns ("Evanston", "Skokie"). ``source``: the home area of the paper (``geo.home``).
    ``wide``: the countries (ISO alpha-3) of the areas of one country the story names ("Darfur")."""
    doubtful = [m for m in found if m.doubtful]
    found = [m for m in found if not m.doubtful]
    if doubtful:  # "Owatonna, Faribault and Northfield": names that vouch for one another are
        listed = {id(m) for m in doubtful if not m.personal and _clustered(  # places, and vote
            m, [*found, *[d for d in doubtful if not d.personal]])}
        found += [m for m in doubtful if id(m) in listed]
        doubtful = [m for m in doubtful if id(m) not in listed]
    places = _venues(_resolve_all(found, nations, gaz, home, source, wide), found, nations, gaz)
    places = _foreign_compass(_foreign_alternates(places, found, nations), nations)
    anchors = [_entry_of(p, gaz) for p in places if p.precision in (TOWN, DISTRICT)]
    anchors = [a for a in anchors if a is not None]
    region = focus_region(places)
    for m in doubtful:
        near = [e for e, alt in m.cands if not alt and e.kind == TOWN and e.pop >= 1000
                and any(_km(e, a) < NEAR_KM for a in anchors)]
        if not near and any(e.kind == DISTRICT and not alt for e, alt in m.cands):
            near = _district_of_towns(m, places, gaz)  # "Kerry County Council" in a Tralee story
        if not near and region is not None:  # "Logan-Rogersville" in a story about Missouri
            near = [e for e, alt in m.cands if not alt and e.kind in (TOWN, DISTRICT)
                    and (e.pop >= FOCUS_TOWN_POP or e.kind == DISTRICT)
                    and (e.iso3, e.admin1) == region]
        if not near and not m.personal:  # "Northfield" beside the story's towns and counties, no cue
            near = _clustered(m, [*found, *[d for d in doubtful if not d.personal]])
        if near:
            places.append(to_place(near[0], m.text, m.start, m.end))
    places.sort(key=lambda p: p.start if p.start is not None else -1)
    return places


CLUSTER_MIN = 2  # other names of the story beside a doubtful name's town that make it a place


def _clustered(m: Mention, others: list[Mention]) -> list[Entry]:
    """The town (of FOCUS_TOWN_POP) or district of a doubtful name beside which CLUSTER_MIN other
    names of the story could lie, doubtful or not, the most such names first ("Northfield" among
    "Owatonna" and "Faribault": three towns of one area, not three people)."""
    senses: dict[str, list[Entry]] = {}
    key = norm(m.text)
    for o in others:
        k = norm(o.text)
        if k != key and k not in senses:
            senses[k] = [e for e, alt in o.cands[:SUPPORT_K] if not alt and e.kind != COUNTRY]
    if len(senses) < CLUSTER_MIN:
        return []
    best, most = None, CLUSTER_MIN - 1
    for e, alt in m.cands[:SUPPORT_K]:
        if alt or not (e.kind == DISTRICT or e.kind == TOWN and e.pop >= FOCUS_TOWN_POP):
            continue
        n = sum(any(_beside(e, c) for c in cands) for cands in senses.values())
        if n > most:
            best, most = e, n
    return [best] if best is not None else []


def _foreign_alternates(places: list[Place], found: list[Mention], nations: list[str]) -> list[Place]:
    """Drop a name known only as another spelling of a town abroad, in a story whose other places and
    nationalities are elsewhere ("near Bakara market in Mogadishu" is not Baccarat, France)."""
    alternate = {(m.start, m.end) for m in found if m.cands and not m.quals and all(a for _, a in m.cands)}
    if not alternate:
        return places
    speakers = {(m.start, m.end) for m in found if m.speaker}  # "near Tal Abyad, Ankara said": no say
    others = [p for p in places if (p.start, p.end) not in alternate | speakers]
    told = {(m.start, m.end) for m in found if m.dateline}  # the reporter's city ("ANKARA -") is no such town
    if not any((p.precision or COUNTRY) <= DISTRICT and (p.start, p.end) not in told for p in others):
        return places  # only a town the story names for sure tells where it is
    countries = {p.country for p in others} | set(nations)
    return [p for p in places if (p.start, p.end) not in alternate or p.country in countries]


def _foreign_compass(places: list[Place], nations: list[str]) -> list[Place]:
    """Drop a name of compass words only ("Cameroon's Northwest region", "the South") resolved to a region
    of a country the story names nowhere else: a part of the story's own country the gazetteer spells
    otherwise, not Iceland's Northwest."""
    def compass(p: Place) -> bool:
        return all(w in COMPASS for w in norm(p.text).replace("-", " ").split())

    if not any(compass(p) for p in places):
        return places
    countries = {p.country for p in places if not compass(p)} | set(nations)
    if not countries:
        return places
    return [p for p in places if not compass(p) or p.country in countries]


def _district_of_towns(m: Mention, places: list[Place], gaz: Gazetteer) -> list[Entry]:
    """The districts a doubtful name names by their own name that hold a town the story placed."""
    towns = [next((e for e, _ in lookup(gaz, p.name or "") if e.geonameid == p.geonameid), None)
             for p in places if p.precision == TOWN and p.geonameid]
    inside = {(e.cc, e.admin1code, e.admin2code) for e in towns if e is not None and e.admin2code}
    return [e for e, alt in m.cands
            if not alt and e.kind == DISTRICT and (e.cc, e.admin1code, e.admin2code) in inside]


def _venues(places: list[Place], found: list[Mention], nations: list[str], gaz: Gazetteer) -> list[Place]:
    """Drop the places named only inside a venue's name that do not fit the rest of the story
    (``venue_fits``); they still voted in resolving it ("the Middletown High School" says which
    Middletown the story is about)."""
    venues = {(m.start, m.end): m.venue for m in found if m.venue}
    landmarks = {(m.start, m.end) for m in found if m.landmark}
    if not venues and not landmarks:
        return places
    others = [p for p in places if (p.start, p.end) not in venues and (p.start, p.end) not in landmarks]
    anchors = [_entry_of(p, gaz) for p in others if p.precision in (TOWN, DISTRICT)]
    country = focus(others) or (Counter(nations).most_common(1)[0][0] if nations else None)
    region = focus_region(others)
    kept = []
    for p in places:
        least = venues.get((p.start, p.end))
        entry = None if least is None else next(
            (e for e, _ in lookup(gaz, p.text) if e.geonameid == p.geonameid), None)
        if entry is not None and (entry.iso3, entry.admin1) == region:
            least = WEAK_TOWN_POP  # "near Cumberland Falls State Resort Park" in a Kentucky story
        if (p.start, p.end) in landmarks and not _landmark_fits(p, others, anchors, gaz):
            continue
        if entry is None or venue_fits(entry, least, anchors, country):
            kept.append(p)
    return kept


def _landmark_fits(place: Place, others: list[Place], anchors: list[Entry], gaz: Gazetteer) -> bool:
    """Is the town a landmark is named after a place of the story: it has no other town or region,
    or the town lies beside its towns or in its regions ("the Kano market in Maiduguri": no)?"""
    regions = {(p.country, p.admin1) for p in others if p.precision == REGION}
    if not anchors and not regions:
        return True
    entry = next((e for e, _ in lookup(gaz, place.text) if e.geonameid == place.geonameid), None)
    return entry is None or (place.country, place.admin1) in regions or any(
        _km(entry, a) < NEAR_KM for a in anchors)


def venue_fits(e: Entry, least: int, anchors: list[Entry], country: str | None) -> bool:
    """Is ``e`` the town or region of a venue named after it ("the Kabul Serena Hotel" in a story
    about Afghanistan), rather than a namesake ("the Colon Theatre" in Bogota is not Colon, Cuba)?
    A town beside the story's towns, or of ``least`` people in the story's country (any country
    when the story has none); a region or district of the story's country ("Virginia Commonwealth
    University" in a story about Virginia, wherever its towns lie)."""
    if e.kind == TOWN:
        return any(_km(e, a) < NEAR_KM for a in anchors) or (
            e.pop >= least and (country is None or e.iso3 == country))
    return country is None or e.iso3 == country


def focus_region(places: list[Place]) -> tuple[str, str] | None:
    """The first-order region (ISO alpha-3, name) the story's distinct names point to: at least
    FOCUS_MIN of them, and twice as many as any other region ("Ozark police" and "Springfield"
    after "Greene County" and "Mo.")."""
    named: dict[str, tuple[str, str]] = {}
    for p in places:
        if p.country and p.admin1 and p.precision != COUNTRY:
            named.setdefault(norm(p.text), (p.country, p.admin1))
    votes = Counter(named.values()).most_common(2)
    if not votes or votes[0][1] < FOCUS_MIN or (len(votes) > 1 and votes[0][1] < 2 * votes[1][1]):
        return None
    return votes[0][0]


def _entry_of(place: Place, gaz: Gazetteer) -> Entry | None:
    return Entry(TOWN, place.name or "", place.geonameid, "", place.country or "", "", place.admin1,
                 place.lat or 0.0, place.lon or 0.0, 0)


def _resolve_all(found: list[Mention], nations: list[str], gaz: Gazetteer,
                 home: set[str] | frozenset[str] = frozenset(), source: Home | None = None,
                 wide: tuple[str, ...] = ()) -> list[Place]:
    iso2 = gaz.iso2_of
    empty: Counter = Counter()
    choosing = any(m.quals or len(m.cands) > 1 for m in found)  # else every name has its one sense
    support = _support(found) if choosing else {}
    picks = [_resolve_group(m, empty, empty, (), support) for m in found]
    modifiers = frozenset(e.cc for m, (e, _) in zip(found, picks, strict=True)
                          if m.modifier and e is not None)
    for _ in range(ROUNDS if choosing else 0):
        # one vote per name: a name repeated ten times does not vouch for its own sense
        by_name: dict[str, list] = {}
        for m, pick in zip(found, picks, strict=True):
            if not m.speaker:  # "near Tal Abyad, Ankara said": the speaker's capital casts no vote
                by_name.setdefault(norm(m.text), []).append((m, pick))
        votes = {k: _votes(v, iso2, modifiers) for k, v in by_name.items()}
        ctx_c, ctx_a = _context([], nations, iso2)
        if source is not None:  # the paper's home: a weak vote for its region (half a demonym's)
            ctx_c[source.cc] += W_HOME
            if source.admin1code is not None:
                ctx_a[(source.cc, source.admin1code)] += W_HOME
        for c, a in votes.values():
            ctx_c.update(c)
            ctx_a.update(a)
        nxt = []
        towns = [(norm(m.text), e) for m, (e, _) in zip(found, picks, strict=True)
                 if e is not None and e.kind in (TOWN, DISTRICT)]
        for m in found:
            if not m.quals and len(m.cands) < 2:  # nothing to choose between
                nxt.append((m.cands[0][0] if m.cands else None, []))
                continue
            keys = {norm(lv.text) for lv in (m, *m.quals)}  # no name votes for itself, qualifier or not
            own_c, own_a = Counter(), Counter()
            for key in keys & votes.keys():
                own_c.update(votes[key][0])
                own_a.update(votes[key][1])
            near = tuple({id(e): e for k, e in towns if k not in keys}.values())[:MAX_NEAR]
            nxt.append(_resolve_group(m, ctx_c - own_c, ctx_a - own_a, near, support))
        _capital_namesake(found, nxt, datelines_only=True)  # "SANTO DOMINGO -" votes as the capital
        settled = _same_picks(picks, nxt)
        picks = nxt
        if settled:
            break  # the round chose what the last one did: another would choose the same again
    _one_sense(found, picks)
    _world_city(found, picks)
    _big_namesake(found, picks, support)
    _quarter_namesake(found, picks)
    _city_abroad(found, picks)
    _capital_namesake(found, picks)
    named = {iso2[n] for n in nations if n in iso2}
    if source is not None:
        _home_namesake(found, picks, source, named)
    _home_people_namesake(found, picks, {iso2[n] for n in home if n in iso2})
    _coherent(found, picks, {iso2[n]: gaz.by_country.get(iso2[n]) for n in home if n in iso2}, named,
              tuple(iso2[n] for n in wide if n in iso2))
    _feature_abroad(found, picks, {iso2[n] for n in home if n in iso2}, named, gaz)
    _townships(found, picks, gaz)
    _seats(found, picks)
    places: list[Place] = []
    listed = {id(m) for m in found}
    # "born in Grantville, Pennsylvania ... school in Grantville": a town the gazetteer lacks where
    # the story placed it is not its namesake elsewhere when named again bare
    unknown = {}
    for m, (e, quals) in zip(found, picks, strict=True):
        if e is None and any(q is not None for q in quals):
            unknown.setdefault(norm(m.text), quals)
    for m, (e, quals) in zip(found, picks, strict=True):
        framed = unknown.get(norm(m.text)) if not m.quals else None
        if framed and (e is None or not any(_fit(e, q) for q in framed if q is not None)):
            e, quals = None, framed
        place = _as_place(m, e, quals, gaz)
        if place is not None:
            places.append(place)
        for n, (q, qe) in enumerate(zip(m.quals, quals, strict=False)):
            outer = next((x for x in quals[n + 1:] if x is not None), None) if qe is None else None
            if (qe is not None or outer is not None) and id(q) not in listed:
                listed.add(id(q))  # an unknown middle of a chain at what follows it ("the Jail in
                place = to_place(qe or outer, q.text, q.start, q.end)  # Beaver, W. Va.")
                if qe is None and outer.kind == TOWN:
                    place.precision = DISTRICT
                places.append(place)
    places.sort(key=lambda p: p.start if p.start is not None else -1)
    return places


def _same_picks(old: list, new: list) -> bool:
    """Whether two rounds chose the same entries for every name and its qualifiers."""
    return all(a[0] is b[0] and len(a[1]) == len(b[1])
               and all(x is y for x, y in zip(a[1], b[1], strict=True))
               for a, b in zip(old, new, strict=True))


def _world_city(found: list[Mention], picks: list) -> None:
    """A dateline with no state or country after it names a city known the world over ("GENEVA
    (Reuters) -", "PARIS (AP) —"; a small town is written "VIENNA, Va."): its largest namesake, when
    that is a city of WORLD_CITY_POP and WORLD_CITY_RATIO times the size of the one chosen, unless
    another place of the story lies in the chosen one's region; a region's name there is its big city of
    that name ("NEW YORK (AP) -"), and a county's name there is the big city of that name
    ("WASHINGTON —" in a story naming Pittsburgh is not Washington County, Pa.: a dateline is a town), when
    that city lies in the county's country ("HAMILTON —" beside Butler County, Ohio, is no Canadian city)."""
    for k, m in enumerate(found):
        e, quals = picks[k]
        if not m.dateline or e is None or len(m.cands) < 2:
            continue
        # by its own name: "ISLAMABAD (AP)" is not Chittagong, once called Islamabad
        big = max((c for c, alt in m.cands if not alt and c.kind == TOWN), key=lambda c: c.pop, default=None)
        if e.kind == REGION:  # "NEW YORK (AP) -": the region's big city of its name, not the state
            cities = [c for c, _ in m.cands if c.kind == TOWN and c.cc == e.cc
                      and c.admin1code == e.admin1code and c.pop >= WORLD_CITY_POP]
            big = max(cities, key=lambda c: c.pop, default=big)
        own = big is not None and e.kind == REGION and big.cc == e.cc and big.admin1code == e.admin1code
        county = e.kind == DISTRICT and big is not None and big.kind == TOWN and big.cc == e.cc
        if big is None or big is e or big.pop < WORLD_CITY_POP or (
                big.pop < WORLD_CITY_RATIO * max(e.pop, 1) and not own and not county):
            continue
        if not own and not county and any(
                o is not None and o is not e and o.cc == e.cc and o.admin1code == e.admin1code
                for j, (o, _) in enumerate(picks) if j != k):
            continue  # "RICHMOND — ... Wayne County, Ind.": the local paper's own town
        picks[k] = (big, quals)
        for j, n in enumerate(found):  # the same name later in the story: the same city
            if j != k and norm(n.text) == norm(m.text) and not n.quals and picks[j][0] is e:
                picks[j] = (big, picks[j][1])


BIG_CITY_POP = 500_000  # a bare name of a city this large ...
BIG_CITY_RATIO = 100  # ... is not its namesake this many times smaller ...
WEAK_SUPPORT = 1.0  # ... that no more than one other name of the story could lie beside
# a bare name of a nation's capital is not a namesake abroad this many times smaller whose region the story
# does not name, when the namesake's country is named only as a country ("Police in Kingston arrested a man
# wanted in the United States" is Jamaica's; lead57); a story of local words ("the Paris school board", a
# sheriff, dollars) keeps BIG_CITY_RATIO
CAPITAL_RATIO = 10
CAPITAL_POP = 250_000  # ... when the capital has this many people


def _big_namesake(found: list[Mention], picks: list, support: dict[int, float]) -> None:
    """A bare name of a big city of the same country is that city, not a small namesake whose only
    sign is one other name of the story that could lie beside it: "flights between New York and
    Atlanta" beside Chicago is not Atlanta, Ill.; "Dallas" beside Atlanta is not Dallas, Ga."""
    for k, m in enumerate(found):
        e, quals = picks[k]
        if m.quals or m.hint is not None or e is None or e.kind != TOWN:
            continue
        big = _largest_town(m, e.cc)
        if (big is None or big is e or big.pop < BIG_CITY_POP or big.pop < BIG_CITY_RATIO * max(e.pop, 1)
                or support.get(id(e), 0.0) > WEAK_SUPPORT and _placed_beside(found, picks, k) > WEAK_SUPPORT):
            continue
        picks[k] = (big, quals)


def _largest_town(m: Mention, cc: str) -> Entry | None:
    """The most populous town of country ``cc`` among a mention's own candidates (not alternate names)."""
    return max((c for c, alt in m.cands if not alt and c.kind == TOWN and c.cc == cc),
               key=lambda c: c.pop, default=None)


QUARTER_KM = 15  # a district this near another big city the story names is one of its quarters


def _quarter_namesake(found: list[Mention], picks: list) -> None:
    """A bare name read as a quarter of another big city the story names is the big city of the same
    country that bears it, when no type word calls it a district: "KYIV - ... a missile hit Dnipro" is
    the city of Dnipro, not Kyiv's Dnipro district; "the Dnipro district of the capital" keeps it."""
    for k, m in enumerate(found):
        e, quals = picks[k]
        if m.quals or m.hint is not None or e is None or e.kind != DISTRICT:
            continue
        big = _largest_town(m, e.cc)
        if big is None or big.pop < BIG_CITY_POP:
            continue
        if any(o is not None and o is not big and o.kind == TOWN and o.cc == e.cc and o.pop >= BIG_CITY_POP
               and _km(o, e) <= QUARTER_KM for j, (o, _) in enumerate(picks) if j != k):
            picks[k] = (big, quals)


def _home_people_namesake(found: list[Mention], picks: list, home: set[str]) -> None:
    """A bare name of a town or region of the one country whose people the story has acting at home
    ("Panamanian police seized cocaine in Colón", "Panamanian authorities ... off Colón") is that country's,
    not a namesake in a country the story places nothing else in (lead57)."""
    if len(home) != 1:
        return
    (cc,) = home
    for k, m in enumerate(found):
        e, quals = picks[k]
        if m.quals or m.hint is not None or e is None or e.cc == cc or e.kind == COUNTRY or e.capital:
            continue  # "American troops patrolled Panama City": the capital stays
        if any(o is not None and o.cc == e.cc for j, (o, _) in enumerate(picks) if j != k):
            continue
        own = max((c for c, alt in m.cands if not alt and c.cc == cc and c.kind in (TOWN, REGION)),
                  key=lambda c: c.pop, default=None)
        if own is not None:
            picks[k] = (own, quals)


def _capital_namesake(found: list[Mention], picks: list, datelines_only: bool = False) -> None:
    """A bare name of a nation's capital is that capital, not a namesake BIG_CITY_RATIO times smaller
    abroad in a region where the story places nothing else: "students rallied in Dhaka" in a story
    that names Assam is Bangladesh's capital, not a small Dhaka of Bihar. ``datelines_only``: only a
    bare dateline, in each context round, so that the capital, not a namesake a shared name of the story
    pulled it to, votes for the story's other names ("SANTO DOMINGO - ... in Santiago"). When the story names
    the namesake's country only as a country, CAPITAL_RATIO times smaller is enough ("Police in Kingston
    arrested a man wanted in the United States")."""
    for k, m in enumerate(found):
        e, quals = picks[k]
        if datelines_only and not m.dateline:
            continue
        if m.quals or m.hint not in (None, TOWN) or e is None or e.kind != TOWN or e.capital:
            continue
        cap = max((c for c, alt in m.cands if not alt and c.kind == TOWN and c.capital and c.cc != e.cc),
                  key=lambda c: c.pop, default=None)
        if cap is None:
            continue
        told = not datelines_only and any(o is not None and o.kind == COUNTRY and o.cc == e.cc
                                          for o, _ in picks)
        ratio, least = (CAPITAL_RATIO, CAPITAL_POP) if told else (BIG_CITY_RATIO, BIG_CITY_POP)
        if cap.pop < least or cap.pop < ratio * max(e.pop, 1):
            continue
        if not any(o is not None and o.cc == e.cc and o.admin1code == e.admin1code
                   for j, (o, _) in enumerate(picks) if j != k):
            picks[k] = (cap, quals)


ABROAD_CITY_POP = 1_000_000  # a bare name of a city this large in a country the story places names in ...
ABROAD_CITY_RATIO = 10  # ... is not its namesake this many times smaller in a region the story never names


def _city_abroad(found: list[Mention], picks: list) -> None:
    """A bare name of a world city is that city, not a namesake ten times smaller in a region where
    the story places nothing else, when the story places another name in the city's country or names
    another world city of that country bare: "flights between New York and St. Petersburg ... and
    later to Moscow" is Russia's pair, not St. Petersburg, Fla., and Moscow, Idaho; "St. Petersburg
    police ... a jail in Tampa" keeps Florida's, and "Berlin ... Hamburg" placed in one state keeps it."""
    for k, m in enumerate(found):
        e, quals = picks[k]
        big = _world_namesake(m, e)
        if big is None:
            continue
        key = norm(m.text)
        others = [(n, o) for n, (o, _) in zip(found, picks, strict=True) if norm(n.text) != key]
        abroad = any(o is not None and o.cc == big.cc and o.kind != COUNTRY for _, o in others) or any(
            _world_namesake(n, o, big.cc) is not None for n, o in others)
        if abroad and not any(o is not None and o.cc == e.cc and o.admin1code == e.admin1code
                              and o.kind != COUNTRY for _, o in others):
            picks[k] = (big, quals)


def _home_namesake(found: list[Mention], picks: list, source: Home, named: set[str]) -> None:
    """A bare name of the paper's home area: a town or county named bare is its namesake in the
    paper's region ("Alexandria" in a Louisiana paper), nearest the paper's town if known, unless the
    story points to the place it chose: it names the name with a state somewhere, places another name
    in the chosen place's region, or (abroad) in its country, or names that country's people
    ("French officials"); an agency's bare dateline of a world city abroad stays ("PARIS (AP) -").
    ``named``: the countries (ISO alpha-2) of the story's demonyms."""
    qualified = {norm(m.text) for m in found if m.quals}
    for k, m in enumerate(found):
        e, quals = picks[k]
        key = norm(m.text)
        if m.quals or e is None or e.kind not in (TOWN, DISTRICT) or key in qualified or _at_home(e, source):
            continue
        ours = [c for c, alt in m.cands if not alt and _at_home(c, source)]
        if not ours:
            continue
        town = source.town
        mine = min(ours, key=lambda c: _km(c, town)) if town else max(
            ours, key=lambda c: (c.kind == TOWN, c.pop))
        if e.cc != source.cc and (e.cc in named or m.wire and e.pop >= ABROAD_CITY_POP):
            continue  # "French officials", "PARIS (AP) -": an agency's bare dateline is a world city
        others = [o for n, (o, _) in zip(found, picks, strict=True)
                  if o is not None and norm(n.text) != key and o.kind != COUNTRY]
        if any(o.cc == e.cc and (e.cc != source.cc or o.admin1code == e.admin1code) for o in others):
            continue  # the story itself places something beside its choice
        picks[k] = (mine, quals)


def _at_home(e: Entry, source: Home) -> bool:
    """Does a town or district lie in the paper's region (its country, for a home of a country)?"""
    return e.cc == source.cc and e.kind in (TOWN, DISTRICT) and source.admin1code in (None, e.admin1code)


def _world_namesake(m: Mention, e: Entry | None, cc: str | None = None) -> Entry | None:
    """The largest town of a bare name's own name (in country ``cc`` if given) that is a world city
    (ABROAD_CITY_POP) of another country than its pick ``e`` and ABROAD_CITY_RATIO times its size."""
    if m.quals or m.hint is not None or e is None or e.kind not in (TOWN, DISTRICT):
        return None
    big = max((c for c, alt in m.cands if not alt and c.kind == TOWN and c.cc != e.cc and cc in (None, c.cc)),
              key=lambda c: c.pop, default=None)
    if big is None or big.pop < ABROAD_CITY_POP or big.pop < ABROAD_CITY_RATIO * max(e.pop, 1):
        return None
    return big


def _placed_beside(found: list[Mention], picks: list, k: int) -> int:
    """How many other names of the story, as the story placed them (towns and districts), lie beside
    the k-th name's choice: "Madison County" that the story placed in Kentucky does not vouch for
    Atlanta, Ind., though a Madison County lies beside it."""
    e = picks[k][0]
    names = {norm(m.text) for j, (m, (o, _)) in enumerate(zip(found, picks, strict=True))
             if j != k and o is not None and o is not e and o.kind in (TOWN, DISTRICT) and _beside(e, o)}
    names.discard(norm(found[k].text))
    return len(names)


def _votes(named: list, iso2: dict[str, str], modifiers: frozenset) -> tuple[Counter, Counter]:
    """The context one name gives, split among its mentions; a name known only by an alternate
    name votes weakly ("Banh" is no strong sign of Baneh, Iran)."""
    ctx_c: Counter = Counter()
    ctx_a: Counter = Counter()
    for m, pick in named:
        e = pick[0]
        alt = e is not None and not m.quals and next((a for c, a in m.cands if c is e), False)
        weight = (W_ALT_VOTE if alt else 1.0) / len(named)
        c, a = _context([pick], [], iso2, modifiers, weight)
        for q, x in zip(m.quals, pick[1], strict=False):
            if x is not None and x.kind == REGION and _ABBREV.fullmatch(q.text):
                a[(x.cc, x.admin1code)] -= weight  # "Bronx County, N.Y.": that place's state, not the story's
        ctx_c.update(c)
        ctx_a.update(+a)
    return ctx_c, ctx_a


_ABBREV = re.compile(r"[A-Z][A-Za-z]{0,4}\.(?:\s?[A-Z][a-z]?\.?)?|[A-Z]\.[A-Z]\.?|[A-Z]{2}")


def _support(found: list[Mention]) -> dict[int, float]:
    """For each candidate town, district or region, how many of the story's other names could be
    a place beside it (a town within NEAR_KM, the district or region it lies in, a town inside
    it), each name weighted by how few senses it has: "Richmond" beside "Madison County" is the
    Kentucky pair, whichever senses the prior prefers."""
    senses: dict[str, list[Entry]] = {}
    for m in found:
        for k, lv in enumerate((m, *m.quals)):
            if k and _ABBREV.fullmatch(lv.text):
                continue  # "Bronx County, N.Y.": a state written short after a place is that place's
            key = norm(lv.text)
            if key not in senses:
                senses[key] = [e for e, alt in lv.cands[:SUPPORT_K] if e.kind != COUNTRY and not alt]
    out: dict[int, float] = {}
    items = [(k, v) for k, v in senses.items() if v]
    for key, cands in items:
        totals = [0.0] * len(cands)
        for other, ocands in items:
            if other == key:
                continue
            beside = [[c for c in ocands if _beside(e, c)] for e in cands]
            # a sense of the other name counts by how many of its senses could lie beside this
            # name at all: "Madison County" has a dozen senses, but one of them holds a Richmond
            paired = len({id(c) for near in beside for c in near})
            for n, near in enumerate(beside):
                if near:
                    totals[n] += 1 / paired ** 0.5
        for e, total in zip(cands, totals, strict=True):
            if total:
                out[id(e)] = min(total, SUPPORT_CAP)
    return out


def _beside(e: Entry, c: Entry) -> bool:
    """Could ``e`` and ``c`` be places of one local story (nested or within NEAR_KM)?"""
    if e.cc != c.cc:
        return False
    if e.kind == REGION or c.kind == REGION:
        return e.admin1code == c.admin1code and e.kind != c.kind
    if e.admin1code == c.admin1code and e.admin2code and e.admin2code == c.admin2code:
        return True
    return abs(e.lat - c.lat) < 1 and abs(e.lon - c.lon) < 1.5 and _km(e, c) < NEAR_KM


def _coherent(found: list[Mention], picks: list, home: dict[str, Entry | None] | None = None,
              named: set[str] | frozenset[str] = frozenset(), wide: tuple[str, ...] = ()) -> None:
    """Drop a small town of another country when every other place of the story lies in one
    country: a village of Idleb missing from the gazetteer is not its namesake in Nigeria. A town
    matched by an alternate name counts as small as its matched prior ("Banh" is not Baneh, Iran,
    in a story about Loroum province). A town named with a cue stays when the rest of the story
    names only a country ("in Zahle ... people who came from Syria"), and so does a town near the
    story's other places ("shelled Sderot" in a story about Gaza: across a border, not far away). An area
    of one country (``wide``: "the town of Tawila in Darfur") counts as a region of that country."""
    countries: Counter = Counter()
    local: Counter = Counter()  # votes of places below a country
    told: Counter = Counter()  # the same, but for the dateline's (where the reporter is, not the story)
    size: dict[int, float] = {}
    for m, (e, quals) in zip(found, picks, strict=True):
        for lv, x in zip([m, *m.quals], [e, *quals], strict=False):
            if x is not None:
                alt = next((a for c, a in lv.cands if c is x), False)
                pop = min(x.pop, VILLAGE_POP) if lv.village and x.kind == TOWN else x.pop  # no city
                size[id(x)] = min(size.get(id(x), math.inf), pop * (ALT_FACTOR if alt else 1.0))
        if m.modifier or m.speaker or m.came or (m.origin and e is not None and e.kind == COUNTRY):
            continue  # "the US dollar", "shelling from Ukraine", "Ankara said": nothing of where the story is
        for x in [e, *quals]:
            if x is not None:
                big = x.kind in (COUNTRY, REGION) or (x.kind == DISTRICT and not x.capital) or (
                    size[id(x)] >= 100000)  # a district known by name only is a small sign
                countries[x.cc] += 2 if big else 1
                if x.kind != COUNTRY:
                    local[x.cc] += 1
                    told[x.cc] += 0 if m.dateline else 1
    for cc in wide:
        countries[cc] += 2
        local[cc] += 1
        told[cc] += 1
    if not countries:
        return
    if home:
        _foreign_hamlets(found, picks, size, countries, home, named)
    main, n = countries.most_common(1)[0]
    if n < 2:
        return
    points = [x for e, quals in picks for x in (e, *quals)
              if x is not None and x.cc == main and x.kind != COUNTRY]
    filed = [e for m, (e, _) in zip(found, picks, strict=True)
             if m.dateline and e is not None and e.cc == main]  # the reporter's city
    for i, (e, quals) in enumerate(picks):
        if found[i].cue and not local[main]:
            continue  # "in Zahle ... people who came from Syria": a country's name alone is no story
        if found[i].cue and not told[main] and e is not None and any(_km(e, x) < DATELINE_KM for x in filed):
            continue  # nor the reporter's city: "ANKARA - Turkish troops shelled positions near Tal Abyad"
        if (e is not None and e.cc != main and e.kind in (TOWN, DISTRICT) and size[id(e)] < 100000
                and not any(quals) and e.cc not in named  # "Nepali police ... in Birgunj ... from Bihar"
                and countries[e.cc] == 1 and n >= 2 * (sum(countries.values()) - n)
                and not any(_km(e, x) < BORDER_KM for x in points)):
            picks[i] = (None, quals)


def _fires_from_afar(doc, k: int) -> bool:  # noqa: ANN001
    """Does the demonym ending before token ``k`` name a weapon fired from afar ("Russian shelling",
    "Israeli air strikes") or forces the sentence has striking or taking ground ("Russian troops shelled
    ...", "Russian forces attacked Pokrovsk", "Pokrovsk was attacked by Russian forces": the doers'
    nationality, not the ground's country)?"""
    lowers = lowers_of(doc)
    if k >= len(lowers):
        return False
    if lowers[k] in FIRED_FROM_AFAR:
        return True
    verb = doc[k].head.lemma_.lower()
    if doc[k].dep_ == "pobj" and doc[k].head.dep_ == "agent":  # "Pokrovsk was attacked by Russian forces"
        verb = doc[k].head.head.lemma_.lower()
        return lowers[k] in FORCES and (verb in STRIKE_VERBS or verb in ASSAULT_VERBS)
    return lowers[k] in FORCES and doc[k].dep_ == "nsubj" and (verb in STRIKE_VERBS or verb in ASSAULT_VERBS)


def _forces(doc, demonyms: dict[str, str]) -> set[str]:  # noqa: ANN001
    """The countries whose forces a Doc names by a demonym before a force noun ("Malian troops"), tagged a
    nationality or not (the tagger often misses one opening a sentence)."""
    lowers, toks = lowers_of(doc), tokens_of(doc)
    return {iso for k in range(1, len(lowers)) if lowers[k] in FORCES
            for iso in [demonyms.get(norm(toks[k - 1].text))] if iso}


FAR_KM = 2000  # a hamlet this far from the country of the story's one force is no place it acts


def far_hamlets(places: list[Place], found: list[Mention], nations: Nations, gaz: Gazetteer) -> list[Place]:
    """'Malian troops executed dozens of civilians in Moura': a hamlet (a town under HAMLET_POP, named with
    no qualifier) in a country the story names nowhere else, every sense of which lies more than FAR_KM from
    every country it names, when the story names one state's forces ("Malian troops"), is a place the
    gazetteer lacks in that state, placed in it (precision country), not Moura, Portugal. "Turkish artillery
    shelled <a Syrian village>" keeps the village: near; so does a story that places anything else abroad
    (conflict46). With no forces named by a demonym, the one country of the story's armed groups counts
    ("Boko Haram insurgents killed 37 farmers in <a village>": Nigeria's)."""
    forces = nations.forces or getattr(nations, "armed", set())
    if len(forces) != 1:
        return places
    iso2 = gaz.iso2_of
    force = next(iter(forces))
    home = gaz.by_country.get(iso2.get(force, ""))
    named = [gaz.by_country.get(iso2[n]) for n in {*nations, force} if n in iso2]
    if home is None or len({p.country for p in places} - {force, None}) > 1:
        return places  # the story places something else abroad
    spans = {(m.start, m.end): m for m in found}
    out = []
    for p in places:
        m = spans.get((p.start, p.end))
        e = next((c for c, _ in m.cands if c.geonameid == p.geonameid), None) if m is not None else None
        if (e is not None and e.kind == TOWN and e.pop < HAMLET_POP and not m.quals and p.country != force
                and p.country not in nations and sum(q.country == p.country for q in places) == 1
                and all(_km(x, c) > FAR_KM for x, _ in m.cands for c in named if c is not None)):
            p = to_place(home, p.text, p.start, p.end)
        out.append(p)
    return out


def _foreign_hamlets(found: list[Mention], picks: list, size: dict[int, float], countries: Counter,
                     home: dict[str, Entry | None], named: set[str] | frozenset[str]) -> None:
    """Drop a hamlet of a country nothing else in the story points to (no place, demonym or press
    word), when the story's people act in another country (its police, protesters or residents;
    its missions) and the
    name has no sense there: "Mauritanian gendarmes ... in Mal" is a Mal the gazetteer lacks, not
    the Belgian village: the name is placed in that country (precision 4) when there is one.
    "Turkish artillery shelled <a Syrian village>" keeps the village: an army acts abroad."""
    country = next(iter(home.values())) if len(home) == 1 else None
    for i, (e, quals) in enumerate(picks):
        if (e is not None and e.kind == TOWN and size[id(e)] < HAMLET_POP
                and not any(q is not None and q is not e for q in quals)  # "Mal (Mal)" is no support
                and countries[e.cc] <= 1 + len(quals) and e.cc not in home and e.cc not in named
                and not any(c.cc in home for c, _ in found[i].cands) and not _by_capital(e, home)
                and not _across_border(e, home)):
            picks[i] = (country, [None] * len(quals))


def _feature_abroad(found: list[Mention], picks: list, home: set[str], nations: set[str],
                    gaz: Gazetteer) -> None:
    """A name of land ("the Mau forest") that the story chose as a town or district of a country it
    points to nowhere else, with no sense in the countries it does point to (its places, and ``home``:
    those whose people act at home, "Kenyan police"), is land the gazetteer lacks there: placed in that
    country when it is one (precision country), else left unplaced. The other countries its demonyms
    name (``nations``: "Kenyan troops") count only when every sense lies FAR_KM from them ("the Boni
    forest" is no Bonn). A world city's name stays ("the Mosul dam")."""
    for i, (e, quals) in enumerate(picks):
        m = found[i]
        if not m.feature or e is None or e.kind not in (TOWN, DISTRICT) or any(quals) or (
                e.pop >= ABROAD_CITY_POP) or e.cc in nations:
            continue
        key = norm(m.text)
        named = set(home) | {o.cc for n, (o, _) in zip(found, picks, strict=True)
                             if o is not None and norm(n.text) != key and not n.speaker
                             and (n.feature or not n.modifier)}
        if not named:
            points = [gaz.by_country[cc] for cc in nations if cc in gaz.by_country]
            if points and all(_km(c, x) > FAR_KM for c, _ in m.cands for x in points):
                named = set(nations)
        if not named or e.cc in named or any(c.cc in named for c, _ in m.cands):
            continue
        country = gaz.by_country.get(next(iter(named))) if len(named) == 1 else None
        picks[i] = (country, quals)


CAPITAL_KM = 100  # a hamlet this near the capital of the country whose people act is where they act
KIN_KM = 250  # a town abroad this near that capital may hold the people's kin (Stepanakert, Armenians)


def _by_capital(e: Entry, home: dict[str, Entry | None]) -> bool:
    """Does the hamlet lie within CAPITAL_KM of a home country's point, its capital ("Israeli police ...
    at Damascus Gate": East Jerusalem's, not somewhere in Israel)?"""
    return any(c is not None and c.kind == COUNTRY and _km(e, c) < CAPITAL_KM for c in home.values())


def _across_border(e: Entry, home: dict[str, Entry | None]) -> bool:
    """Does a town of another country lie within KIN_KM of a home country's capital ("Armenian protesters
    ... in Stepanakert", "Serbian police ... in Kosovska Mitrovica"): a place of a people living across the
    border, named as such, not a namesake of a village the gazetteer lacks at home (kin55)?"""
    return any(c is not None and c.kind == COUNTRY and e.cc != c.cc and _km(e, c) < KIN_KM
               for c in home.values())


TOWNSHIP_KM = 100  # a town named like a township this near the story's county may be its centre


def _home_district(found: list[Mention], picks: list, gaz: Gazetteer) -> Entry | None:
    """The county most of the story's other names (towns and districts, each name once, townships
    aside) lie in; on a tie one the story names as a county, then the first named; None when no
    such name is placed in a district."""
    counties: Counter = Counter()
    first: dict[tuple[str, str, str], Entry] = {}
    named: set[tuple[str, str, str]] = set()
    seen: set[str] = set()
    for m, (e, _) in zip(found, picks, strict=True):
        key = norm(m.text)
        if m.township or m.paper_town or e is None or e.kind not in (TOWN, DISTRICT) or not e.admin2code or (
                key in seen):
            continue
        seen.add(key)
        where = (e.cc, e.admin1code, e.admin2code)
        counties[where] += 1
        first.setdefault(where, e)
        if e.kind == DISTRICT:
            named.add(where)
    if not counties:
        return None
    where = max(counties, key=lambda w: (counties[w], w in named))  # the first of equals
    district = gaz.district(*where)
    return district or first[where]


def _townships(found: list[Mention], picks: list, gaz: Gazetteer) -> None:
    """A township named bare ("Jerome Township", "St. Clair Twp.": a part of a county in US local
    news) lies in the story's own area: one the gazetteer lacks, or knows only as a town (by its own
    name) that lies neither near the story's county nor beside its towns, is placed at the county of
    the story's other names (precision 2): "St. Clair Twp., Madison Twp., Trenton or Monroe" in a
    Butler County story. So is a bare dateline the gazetteer lacks, the paper's own town, and its
    name again before a civic word ("HARWINTON — ... the Harwinton Senior Center ... Litchfield")."""
    if not any((m.township or m.paper_town) and not m.quals for m in found):
        return
    home = _home_district(found, picks, gaz)
    if home is None:
        return
    for k, m in enumerate(found):
        e, quals = picks[k]
        if m.paper_town and e is None and not m.quals:
            picks[k] = (home, quals)  # "HARWINTON — ... Litchfield": a town the gazetteer lacks
            continue
        if not m.township or m.quals or e is home:
            continue
        if e is not None and next((alt for c, alt in m.cands if c is e), False):
            e = None  # "St. Clair" is an old name of East Liverpool, Ohio: no sign of the township
        if e is not None and (_km(e, home) < TOWNSHIP_KM or any(
                o is not None and o is not e and o.kind in (TOWN, DISTRICT) and _beside(e, o)
                for j, (o, _) in enumerate(picks) if j != k)):
            continue  # "Hamilton Township" beside Hamilton, Ohio, in a Butler County story
        picks[k] = (home, quals)


def _one_sense(found: list[Mention], picks: list) -> None:
    """A bare name repeats the sense it had where the story qualified it."""
    qualified = {}
    for m, (e, _) in zip(found, picks, strict=True):
        if m.quals and e is not None:
            qualified.setdefault(norm(m.text), e)
    for i, m in enumerate(found):
        e = qualified.get(norm(m.text))
        if e is not None and not m.quals and any(c is e for c, _ in m.cands):
            picks[i] = (e, picks[i][1])


def _city_of_region(region: Entry, qm: Mention, gaz: Gazetteer) -> Entry:
    """The town a region is named after, when a city part's appositive names the region ("a suburb of
    Conakry", "a slum in Nairobi"), else the region."""
    return next((e for e, alt in lookup(gaz, qm.text) if e.kind == TOWN and not alt and e.cc == region.cc
                 and e.admin1code == region.admin1code), region)


def _as_place(m: Mention, e: Entry | None, quals: list, gaz: Gazetteer) -> Place | None:
    """The place of a mention; an unknown name takes its innermost resolved qualifier. A district
    known by name only takes the point of a town its qualifiers name in it ("Metuge (Pemba, ...)")."""
    if e is not None:
        place = to_place(e, m.text, m.start, m.end)
        town = next((q for q in quals if q is not None and q.kind == TOWN), None)
        if e.kind == DISTRICT and e.capital and town is not None and _fit(town, e):
            place.lat, place.lon, place.precision = town.lat, town.lon, DISTRICT
        return place
    for n, q in enumerate(quals):
        if q is None:
            continue
        qm = m.quals[n] if n < len(m.quals) else None
        city_part = qm is not None and qm.city_part  # "Matam, a suburb of Conakry": near the city
        if q.kind == REGION and city_part:
            q = _city_of_region(q, qm, gaz)
        if q.kind == DISTRICT and q.capital:  # a district known by name only: its region's point
            place = to_place(q, m.text, m.start, m.end)
            place.precision = REGION
            return place
        if q.kind == TOWN:
            district = gaz.district(q.cc, q.admin1code, q.admin2code) if q.admin2code else None
            if district is not None and _km(district, q) < 30 and not (m.at_town or city_part):
                q = district
            place = to_place(q, m.text, m.start, m.end)
            place.precision = DISTRICT
            return place
        return to_place(q, m.text, m.start, m.end)
    return None


def _context(picks, nations: list[str], iso2: dict[str, str],
             modifiers: frozenset = frozenset(), weight: float = 1.0) -> tuple[Counter, Counter]:
    """Country and admin1 weights of the chosen entries (plus demonyms' countries)."""
    ctx_c: Counter = Counter()
    for n in nations:
        if n in iso2:
            ctx_c[iso2[n]] += W_NATION
    ctx_a: Counter = Counter()
    for e, quals in picks:
        for x in [e, *quals]:
            if x is None or x.kind == COUNTRY and modifiers and x.cc in modifiers:
                continue
            ctx_c[x.cc] += weight
            if x.kind != COUNTRY:
                ctx_a[(x.cc, x.admin1code)] += weight if x.kind == REGION else weight / 2
    return ctx_c, ctx_a


def names_itself(gaz: Gazetteer, place: Place) -> bool:
    """Whether a resolved place is one the gazetteer knows by its own words: by its name or a more name
    ("Mekelle" for Mek'ele, "Wad Madani" for Wad Medani: the same skeleton), or by an alternate name of a
    town of ALT_CUE_POP; not a place a qualifier lent to another name ("captured Guzman in Los Mochis")."""
    if not place.text:
        return False
    key = norm(place.text)
    respelt = len(key) >= MIN_RESPELL and skeleton(key) == skeleton(norm(place.name or ""))
    return any(e.name == place.name and e.iso3 == place.country
               and (not alt or respelt or e.pop >= ALT_CUE_POP) for e, alt in lookup(gaz, place.text))


def to_place(e: Entry, text: str, start: int | None = None, end: int | None = None) -> Place:
    """A gazetteer entry as the record's Place (a district known by name only, placed at its
    region's point, has the region's precision)."""
    precision = REGION if e.kind == DISTRICT and e.capital else e.kind
    admin1 = e.admin1 if e.kind != COUNTRY else None
    if e.cc in DISTRICT_ADMIN1 and e.kind in (TOWN, DISTRICT) and e.admin2:
        admin1 = e.admin2  # "Busia" district of Uganda, not its "Eastern" region
    return Place(text=text, name=e.name, geonameid=e.geonameid, country=e.iso3, admin1=admin1,
                 lat=e.lat, lon=e.lon, precision=precision, start=start, end=end)


def is_qualifier(text: str, places: list[Place], i: int) -> bool:
    """Does place ``i`` qualify the place before it ("Celaya (Guanajuato)", "Lima, Ohio",
    "Garas Barey (Wanla Weyn, Lower Shabelle)")?"""
    p = places[i]
    if i == 0 or p.start is None:
        return False
    prev = next((q for q in reversed(places[:i]) if q.end is not None and q.end <= p.start), None)
    if prev is None:
        return False
    if _QUALIFIER_GAP.fullmatch(text, prev.end, p.start):
        return True
    if _PART_OF_GAP.fullmatch(text, prev.end, p.start) and p.country == prev.country and (
            (p.precision or 0) >= (prev.precision or 0)):
        return True  # "Dogankoy village of Pervari": the village is the place
    # "in Kafr Takharim in Idleb", "Soweto (City of Johannesburg, Gauteng)": a larger place
    # that contains the one before it
    # "Lubero, a town in North Kivu province": the town is the place, told with its region
    gap = text[prev.end:p.start]
    container = _CONTAINER_GAP.fullmatch(gap) or _APPOS_GAP.fullmatch(gap)
    return bool(container) and _contains(p, prev)


def _contains(outer: Place, inner: Place) -> bool:
    if not outer.country or outer.country != inner.country:
        return False
    if (outer.precision or 0) <= (inner.precision or 0) or (outer.precision or 0) < REGION:
        return False
    return outer.precision == COUNTRY or (outer.admin1 is not None and outer.admin1 == inner.admin1)


_PART_OF_GAP = re.compile(r"\s+(?:village|villages|town|area|neighbourhood|neighborhood|suburb|quarter|"
                          r"hamlet|locality|settlement)\s+of\s+(?:the\s+)?")
_APPOS_GAP = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:" + "|".join(APPOS_KINDS) + r")\s+"
                        r"(?:in|of)\s+"
                        r"(?:the\s+)?(?:[a-z-]+\s+){0,2}?")
_TYPE_ANY_CASE = "(?i:" + "|".join(map(re.escape, TYPE_WORDS)) + ")"  # "Apa LGA, Benue"
_QUALIFIER_GAP = re.compile(r"\s*(?:(?:[a-z-]+|" + _TYPE_ANY_CASE + r")\s*)?[(,]\s*")
_CONTAINER_GAP = re.compile(r"(?:\s+[a-z-]+)?\s+(?:in|of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:of\s+)?"
                            r"|\s*\([^()]{1,60},\s*")  # "in the eastern countryside of Deir-ez-Zor"


def focus(places: list[Place]) -> str | None:
    """The country the places point to most (country names count double); first wins ties."""
    weight: Counter = Counter()
    order: dict[str, int] = {}
    for i, p in enumerate(places):
        if p.country:
            weight[p.country] += 2 if p.precision == COUNTRY else 1
            order.setdefault(p.country, i)
    if not weight:
        return None
    return max(weight, key=lambda c: (weight[c], -order[c]))
