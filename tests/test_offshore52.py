"""Ships off a coast (round offshore52): a country named after "off" is where a ship was at sea ("a missile
struck a tanker off Oman", "an explosion ripped through a tanker off Saudi Arabia"): when the sentence names
no human doer (a weapon, a boat or a passive with no agent), it is not the attacker (the doer stays an
unidentified armed group of that country, as "near Eritrea" already gave), and inside the phrase of what was
fired at ("fired a missile at a tanker off Yemen") it is not the country hit. The event's place stays the
country named, a doer named as subject ("Pirates off Somalia attacked") keeps its place, and "off" as a
particle ("set off a bomb") is untouched. A flag of convenience ("the Panama-flagged ship", "a
Liberia-registered tanker") says whose the ship is, not where it was: it sets neither the event's place nor
the country of its unnamed attackers, and "a <country>-flagged ship" is a merchant ship (a business), no
navy's. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    doc = document_from_text(text, doc_id="offshore52", published="2024-03-10")
    return next(e for e in pipeline.code(doc) if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


def _actors(actors) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.country) for a in actors]


# 1. no human doer named: the country after "off" is the place, not the attacker
@pytest.mark.parametrize("text, word, source, where", [
    ("Two crew members were injured when a missile struck a tanker off Oman.", "struck",
     ("Unidentified Armed Group (Oman)", "OMN"), "OMN"),
    ("A ballistic missile hit a Greek-owned bulk carrier off Eritrea on Tuesday.", "hit",
     ("Unidentified Armed Group (Eritrea)", "ERI"), "ERI"),
    ("An explosion ripped through a tanker off Saudi Arabia on Friday.", "explosion",
     ("Unidentified Armed Group (Saudi Arabia)", "SAU"), "SAU"),
    ("A small boat opened fire on a chemical tanker off Somalia.", "opened fire",
     ("Unidentified Armed Group (Somalia)", "SOM"), "SOM"),
    ("A speedboat rammed a cargo ship off Yemen, the British maritime agency said.", "rammed",
     ("Unidentified Armed Group (Yemen)", "YEM"), "YEM"),
    ("Three sailors were wounded when a drone hit a container ship off Djibouti.", "hit",
     ("Unidentified Armed Group (Djibouti)", "DJI"), "DJI"),
    ("A projectile struck a merchant vessel off Sudan, causing a fire on board.", "struck",
     ("Unidentified Armed Group (Sudan)", "SDN"), "SDN"),
    ("Two crew members were killed in a drone attack on the Israeli-managed tanker Mercer Street off Oman.",
     "attack", ("Unidentified Armed Group (Oman)", "OMN"), "OMN"),
    ("A fishing boat came under fire from an unidentified vessel off Libya.", "came under fire",
     ("Unidentified Armed Group (Libya)", "LBY"), "LBY"),
    # variants
    ("A tanker was attacked off Oman on Thursday.", "attacked",
     ("Unidentified Armed Group (Oman)", "OMN"), "OMN"),
    ("A Liberian-flagged tanker was hit by a missile off Yemen.", "hit",
     ("Unidentified Armed Group (Yemen)", "YEM"), "YEM"),
    ("A mine exploded beside a fishing boat off Tunisia, killing two fishermen.", "exploded",
     ("Unidentified Armed Group (Tunisia)", "TUN"), "TUN"),
    ("A cargo ship was struck by two missiles off Yemen, killing three sailors.", "struck",
     ("Unidentified Armed Group (Yemen)", "YEM"), "YEM"),
    ("A rocket hit a fishing trawler off Lebanon.", "hit",
     ("Unidentified Armed Group (Lebanon)", "LBN"), "LBN"),
])
def test_the_country_off_which_a_ship_lay_did_not_attack(pipeline, text: str, word: str, source: tuple,
                                                        where: str) -> None:
    event = _event(pipeline, text, word)
    assert _actors(event.source) == [source]
    assert _where(event) == where


def test_a_ship_named_off_a_country_is_no_state_deed(pipeline) -> None:
    # the ship's name is read as a Dutch place (maritime-2, not this round's): only the doer's kind is checked
    text = "A boat packed with explosives rammed the French tanker Limburg off Yemen."
    event = _event(pipeline, text, "rammed")
    assert [a.sector for a in event.source] == ["UAF"]


@pytest.mark.parametrize("text, word, source, where", [
    # controls: "near" and "off the coast of" as before, doers named, and "off" as a particle
    ("A missile hit a cargo ship near Eritrea.", "hit", ("Unidentified Armed Group (Eritrea)", "ERI"), "ERI"),
    ("A drone struck a tanker off the coast of Yemen.", "drone struck",
     ("Unidentified Armed Group (Yemen)", "YEM"), "YEM"),
    ("Somali pirates attacked a fishing vessel off Somalia.", "attacked",
     ("Gang (Somalia)", "SOM"), "SOM"),
    ("Pirates off Somalia attacked a bulk carrier.", "attacked", ("Gang (Somalia)", "SOM"), "SOM"),
    ("Iran's navy seized a tanker off the coast of Oman.", "seized",
     ("Military Forces of Iran", "IRN"), "OMN"),
    ("Unknown gunmen fired on a fishing boat off Libya, wounding three fishermen.", "fired",
     ("Unidentified Armed Group (Libya)", "LBY"), "LBY"),
    ("Three Egyptian fishermen were killed when their boat was shelled off Libya.", "shelled",
     ("Unidentified Armed Group (Libya)", "LBY"), "LBY"),
    ("Unknown attackers set fire to a ferry off Indonesia.", "set fire",
     ("Unidentified Armed Group (Indonesia)", "IDN"), "IDN"),
    ("Five fishermen were arrested off Sri Lanka by the navy.", "arrested",
     ("Military Forces of Sri Lanka", "LKA"), "LKA"),
    ("Militants set off a bomb at a crowded market in Pakistan.", "set", ("Rebels (Pakistan)", "PAK"), "PAK"),
])
def test_off_a_coast_controls(pipeline, text: str, word: str, source: tuple, where: str) -> None:
    event = _event(pipeline, text, word)
    assert _actors(event.source) == [source]
    assert _where(event) == where


# 2. fired at a ship off a country: the ship was hit, the country is only where
@pytest.mark.parametrize("text, word, source, where", [
    ("Houthi rebels fired a missile at a tanker off Yemen.", "fired", ("Houthis", "YEM"), "YEM"),
    # variants
    ("Iranian forces fired on an oil tanker off the United Arab Emirates.", "fired",
     ("Military Forces of Iran", "IRN"), "ARE"),
    ("Armed men in a skiff fired at a container ship off Nigeria.", "fired",
     ("Unidentified Armed Group (Nigeria)", "NGA"), "NGA"),
    ("The Houthis launched drones at a cargo ship off Eritrea.", "launched", ("Houthis", "YEM"), "ERI"),
])
def test_the_country_off_which_a_ship_lay_was_not_hit(pipeline, text: str, word: str, source: tuple,
                                                      where: str) -> None:
    event = _event(pipeline, text, word)
    assert _actors(event.source) == [source]
    assert not any((a.evidence or "").startswith("country where the violence hit") for a in event.target)
    assert _where(event) == where


@pytest.mark.parametrize("text, word, target", [
    # controls: a ship with its owners' country, a place fired at or into
    ("Houthi rebels fired missiles at a Greek-owned tanker in the Red Sea.", "fired",
     ("Business (Greece)", "GRC")),
    ("Israeli jets struck targets in southern Lebanon on Tuesday.", "struck", ("Lebanon", "LBN")),
    ("Houthi rebels fired a missile at Marib city.", "fired", ("Yemen", "YEM")),
    ("Russian forces fired rockets at the city of Kharkiv.", "fired", ("Ukraine", "UKR")),
])
def test_fired_at_a_ship_controls(pipeline, text: str, word: str, target: tuple) -> None:
    assert _actors(_event(pipeline, text, word).target)[:1] == [target]


def _sectors(actors) -> list[tuple[str | None, str | None]]:
    return [(a.sector, a.country) for a in actors]


# 3. a flag state is whose the ship is, not where it was hit
@pytest.mark.parametrize("text, word, source, target, where", [
    ("Houthi rebels attacked the Panama-flagged ship with two missiles.", "attacked",
     ("REB", "YEM"), ("BUS", "PAN"), "YEM"),
    ("Pirates hijacked the Marshall Islands-flagged tanker off Somalia.", "hijacked",
     ("CRM", "SOM"), ("BUS", "MHL"), "SOM"),
    ("A drone struck the Palau-flagged tanker Strinda in the Red Sea.", "drone struck",
     ("UAF", None), ("BUS", "PLW"), None),
    # variants
    ("A missile struck a Panama-flagged bulk carrier on Tuesday.", "struck",
     ("UAF", None), ("BUS", "PAN"), None),
    ("A drone hit a Malta-flagged container ship, the maritime agency said.", "hit",
     ("UAF", None), ("BUS", "MLT"), None),
    ("Houthi rebels attacked two Liberia-flagged ships on Sunday.", "attacked",
     ("REB", "YEM"), ("BUS", "LBR"), "YEM"),
    ("Gunmen boarded a Liberia-registered oil tanker off Nigeria.", "boarded",
     ("UAF", "NGA"), ("BUS", "LBR"), "NGA"),
])
def test_a_flag_state_is_not_the_place(pipeline, text: str, word: str, source: tuple, target: tuple,
                                       where: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _sectors(event.source) == [source]
    assert _sectors(event.target)[:1] == [target]
    assert _where(event) == where


def test_a_liberian_flagged_ship_is_not_in_liberia(pipeline) -> None:
    # the ship's name reads as a role ("Tutor": teachers; maritime-2, not this round's): its place is checked
    text = "Houthi forces attacked the Liberian-flagged Tutor with a drone boat."
    event = _event(pipeline, text, "attacked")
    assert _where(event) == "YEM"


@pytest.mark.parametrize("text, word, source, target, where", [
    # controls: a ship's nationality, owners and a place named keep theirs; a warship stays a navy's
    ("Pirates hijacked a Panamanian cargo ship off Somalia.", "hijacked",
     ("CRM", "SOM"), ("BUS", "PAN"), "SOM"),
    ("Iranian forces seized a British-flagged tanker near the Strait of Hormuz.", "seized",
     ("MIL", "IRN"), ("BUS", "GBR"), "IRN"),
    ("Houthi rebels fired missiles at a Greek-owned tanker in the Red Sea.", "fired",
     ("REB", "YEM"), ("BUS", "GRC"), "YEM"),
    ("A Russian warship fired on a Ukrainian boat near Odesa.", "fired",
     ("MIL", "RUS"), ("MIL", "UKR"), "UKR"),
    ("Houthi rebels attacked a Liberian-flagged ship off Yemen.", "attacked",
     ("REB", "YEM"), ("BUS", "LBR"), "YEM"),
])
def test_a_flag_state_controls(pipeline, text: str, word: str, source: tuple, target: tuple,
                               where: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _sectors(event.source) == [source]
    assert _sectors(event.target)[:1] == [target]
    assert _where(event) == where
