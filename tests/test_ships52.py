"""Ships' names (round ships52, item maritime-2): a capitalised name told as a vessel's (after a vessel noun:
"the tanker Star Ranger", "the cruiser Moskva"; after a prefix: "MV Tutor", "the destroyer USS Gravely",
"the BRP Sierra Madre"; after "-flagged": "the Liberian-flagged Tutor"; opened by a ship line: "the Maersk
Alabama"; in apposition to a vessel noun: "the Galaxy Leader, a car carrier") is one name of a ship: its
words are no role ("Ranger" no police, "Leader" no government, "Tutor" no teachers) and no place ("Moskva"
no Moscow, "Alabama", "Mayaguez", "Luanda"); the ship is its owner's kind (a business, a navy) of the country
the phrase tells, never the story's; a warship's prefix anywhere before the name makes it that state's navy.
Controls: warships opening the phrase, ships with a demonym, "Maersk" the company, a prefix before a title
("INS Commissioner"), a weekday after "the ship", places elsewhere. Sentences written for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="ships52", published="2024-03-10"))
                if e.trigger.text == word)


def _where(event) -> tuple[str | None, str | None]:
    return (event.location.name, event.location.country) if event.location is not None else (None, None)


def _kinds(actors) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for a in actors]


# 1. a ship's name after a vessel noun, prefix, flag or line: the vessel, no role word inside it
@pytest.mark.parametrize("text, word, target", [
    ("Houthi militants fired a missile at the tanker Star Ranger in the Red Sea.", "fired", (None, "BUS")),
    ("Pirates boarded the bulk carrier Ocean Leader off Benin.", "boarded", (None, "BUS")),
    ("The Houthis seized the Galaxy Leader, a car carrier linked to an Israeli businessman.", "seized",
     (None, "BUS")),
    ("Houthi forces attacked the Liberian-flagged Tutor with a drone boat.", "attacked", ("LBR", "BUS")),
    ("China's coast guard blocked two Philippine supply boats from reaching the BRP Sierra Madre.", "blocked",
     ("PHL", "MIL")),
    ("North Vietnamese torpedo boats attacked the destroyer USS Maddox in the Gulf of Tonkin.", "attacked",
     ("USA", "MIL")),
    ("Cambodian Khmer Rouge forces seized the American merchant ship Mayaguez.", "seized", ("USA", "BUS")),
    # variants
    ("Somali pirates hijacked the bulk carrier Lucky Ranger off Puntland.", "hijacked", (None, "BUS")),
    ("Gunmen boarded the chemical tanker Pacific Leader near the Nigerian coast.", "boarded", (None, "BUS")),
    ("Houthi fighters seized the Rubymar, a bulk carrier owned by a British company.", "seized",
     (None, "BUS")),
    ("Pirates attacked the MV Tutor off Yemen.", "attacked", (None, "BUS")),
    ("Iran seized the MSC Aries near the Strait of Hormuz.", "seized", (None, "BUS")),
    ("Chinese vessels rammed the BRP Cabra near Second Thomas Shoal.", "rammed", ("PHL", "MIL")),
    ("A Ukrainian missile struck the cruiser Moskva on Wednesday.", "struck", (None, "MIL")),
    # controls
    ("Ukraine said its drones struck the Russian landing ship Caesar Kunikov.", "drones struck",
     ("RUS", "MIL")),
    ("Pirates hijacked a Panamanian cargo ship off Somalia.", "hijacked", ("PAN", "BUS")),
    ("Iranian forces seized a British-flagged tanker near the Strait of Hormuz.", "seized", ("GBR", "BUS")),
    ("Houthi rebels fired missiles at a Greek-owned tanker in the Red Sea.", "fired", ("GRC", "BUS")),
])
def test_ship_name_is_the_vessel(pipeline, text: str, word: str, target: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _kinds(event.target)[0] == target


# 2. a ship seized is a vessel taken, no person arrested
@pytest.mark.parametrize("text, word, code", [
    ("The Houthis seized the Galaxy Leader, a car carrier linked to an Israeli businessman.", "seized",
     "1711"),
    ("Cambodian Khmer Rouge forces seized the American merchant ship Mayaguez.", "seized", "1711"),
    # variants
    ("Houthi fighters seized the Rubymar, a bulk carrier owned by a British company.", "seized", "1711"),
    # controls
    ("Police seized the gang leader in Lagos.", "seized", "173"),
    ("Iranian forces seized a British-flagged tanker near the Strait of Hormuz.", "seized", "1711"),
])
def test_ship_seized_is_no_arrest(pipeline, text: str, word: str, code: str) -> None:
    assert _event(pipeline, text, word).cameo.get("code") == code


# 3. a warship's prefix anywhere before the name: that state's navy
@pytest.mark.parametrize("text, word, source", [
    ("The destroyer USS Gravely shot down a Houthi cruise missile.", "shot", ("USA", "MIL")),
    ("US Navy snipers killed three pirates holding the captain of the Maersk Alabama.", "killed",
     ("USA", "MIL")),
    # variants
    ("The frigate HMS Richmond shot down two drones over the Red Sea.", "shot", ("GBR", "MIL")),
    ("The destroyer INS Mormugao intercepted a drone in the Arabian Sea.", "intercepted", ("IND", "MIL")),
    # controls
    ("The USS Carney shot down three drones over the Red Sea.", "shot", ("USA", "MIL")),
    ("HMS Diamond shot down a drone in the Red Sea.", "shot", ("GBR", "MIL")),
    ("The Indian destroyer INS Kolkata shot down a drone in the Arabian Sea.", "shot", ("IND", "MIL")),
    ("INS Commissioner Doris Meissner said agents arrested 40 migrants in Texas.", "arrested",
     ("USA", "COP")),
])
def test_warship_prefix_names_the_navy(pipeline, text: str, word: str, source: tuple) -> None:
    assert _kinds(_event(pipeline, text, word).source)[0] == source


# 4. a ship's name is no place: the event is not placed where the name's words are a town
@pytest.mark.parametrize("text, word, not_place, place", [
    ("A Ukrainian missile struck the cruiser Moskva on Wednesday.", "struck", "Moscow", None),
    ("China's coast guard blocked two Philippine supply boats from reaching the BRP Sierra Madre.", "blocked",
     "PER", None),
    ("US Navy snipers killed three pirates holding the captain of the Maersk Alabama.", "killed", "Alabama",
     None),
    ("Cambodian Khmer Rouge forces seized the American merchant ship Mayaguez.", "seized", "PRI", None),
    # variants
    ("A missile hit the tanker Marlin Luanda in the Gulf of Aden.", "hit", "AGO", ("Gulf of Aden", None)),
    ("The Maersk Hangzhou was struck by a missile in the Red Sea.", "struck", "CHN", ("Red Sea", None)),
    # controls
    ("Houthi militants fired a missile at the tanker Star Ranger in the Red Sea.", "fired", "Benin",
     ("Red Sea", "YEM")),
    ("Police arrested the ship's captain in Lagos.", "arrested", "Moscow", ("Lagos", "NGA")),
    ("Pirates hijacked a Panamanian cargo ship off Somalia.", "hijacked", "PAN", ("Somalia", "SOM")),
])
def test_ship_name_is_no_place(pipeline, text: str, word: str, not_place: str, place: tuple | None) -> None:
    event = _event(pipeline, text, word)
    assert not_place not in _where(event)
    if place is not None:
        assert _where(event) == place


# 5. the resolver alone: a name after a vessel noun, and the words that are no ship's name
@pytest.mark.parametrize("phrase, expected", [
    ("the tanker Star Ranger", ("Business", None, "BUS")),
    ("the Liberian-flagged Tutor", ("Business (Liberia)", "LBR", "BUS")),
    ("the Maersk Alabama", ("Business", None, "BUS")),
    ("the destroyer USS Gravely", ("Military Forces of the United States", "USA", "MIL")),
    ("the BRP Sierra Madre", ("Military Forces of the Philippines", "PHL", "MIL")),
    ("US Navy snipers", ("Military Forces of the United States", "USA", "MIL")),
    # controls
    ("Maersk", ("Maersk", "DNK", "BUS")),  # the Danish shipping firm (orgs57)
    ("the gang leader", ("Gang", None, "CRM")),
    ("the Russian cruiser", ("Military Forces of Russia", "RUS", "MIL")),
    ("snipers", ("Unidentified Armed Group", None, "UAF")),
])
def test_resolver_reads_ship_names(resolver, phrase: str, expected: tuple) -> None:
    actor = resolver.resolve(phrase, date="2024-03-10")
    assert (actor.name, actor.country, actor.sector) == expected


# 6. no name where none is told as a vessel's
@pytest.mark.parametrize("text, word", [
    ("Maersk said it would pause transits through the Red Sea.", None),
    ("The ship Tuesday sailed into port in Odessa.", None),
])
def test_no_ship_name_untold(text: str, word: None) -> None:
    from chronica.vessels import name_spans
    assert name_spans(text.rstrip(".").split()) == []
