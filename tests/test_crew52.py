"""A ship's crew (round crew52, item maritime-3): a bare seaman word whose ship the sentence's shape names
takes that ship's country, not the place's or the captor's: the crew owned by "its"/"their" after a deed on
the ship ("seized an Indian trawler and arrested its six crew"), the crew joined to the ship ("a Vietnamese
fishing boat and its 14 crew") and the victims of a participle after a deed on it ("sank the Argentine
cruiser, killing 323 sailors"). A warship's sailors are its navy's men (MIL), so a killing of them is no
violence against civilians; a captured warship's sailors are its navy's even without "its". Craft counted
(boats, vessels, tanks) are no people arrested. Crews with no ship's country named keep the place's country,
merchant crews stay civilians. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="crew52", published="2024-03-10"))
                if e.trigger.text == word)


def _target(event, words: str) -> tuple[str | None, str | None, str | None]:
    actor = next(a for a in event.target if a.text == words)
    return actor.name, actor.country, actor.sector


# 1. a civilian ship's crew: the ship's country
@pytest.mark.parametrize("text, word, crew, target, arrested", [
    ("The Sri Lankan navy seized an Indian trawler and arrested its six crew.", "arrested",
     "its six crew", ("Labour Group (India)", "IND", "LAB"), 6),
    ("Iranian forces seized a Vietnamese tanker and detained its 26 crew.", "detained",
     "its 26 crew", ("Labour Group (Vietnam)", "VNM", "LAB"), 26),
    ("A Chinese coast guard cutter rammed a Vietnamese fishing boat and detained its nine crew.",
     "detained", "its nine crew", ("Labour Group (Vietnam)", "VNM", "LAB"), 9),
    ("The Malaysian Maritime Enforcement Agency detained a Vietnamese fishing boat and its 14 crew for "
     "encroaching in Malaysian waters.", "detained", "its 14 crew",
     ("Labour Group (Vietnam)", "VNM", "LAB"), 14),
    # variants
    ("The Eritrean navy detained a Yemeni fishing boat and its 11 crew members.", "detained",
     "its 11 crew members", ("Labour Group (Yemen)", "YEM", "LAB"), 11),
    ("Houthi rebels seized a Greek tanker in the Red Sea and detained its 21 crew.", "detained",
     "its 21 crew", ("Labour Group (Greece)", "GRC", "LAB"), 21),
    ("Iranian commandos seized a British tanker and detained its 23 crew members in Bandar Abbas.",
     "detained", "its 23 crew members", ("Labour Group (United Kingdom)", "GBR", "LAB"), 23),
    ("The Philippine coast guard detained two Chinese fishing boats and their 20 crew members.", "detained",
     "their 20 crew members", ("Labour Group (China)", "CHN", "LAB"), 20),
    # controls: the crew told with its ship or its own demonym; the ship's country the place's
    ("Pirates kidnapped six crew members of a Greek tanker off Togo.", "kidnapped",
     "six crew members", ("Labour Group (Greece)", "GRC", "LAB"), None),
    ("Iran released 15 Filipino crew members of the seized tanker.", "released",
     "15 Filipino crew members", ("Labour Group (Philippines)", "PHL", "LAB"), None),
    ("The Russian navy seized a Japanese fishing boat off Hokkaido and detained its 12 crew.", "detained",
     "its 12 crew", ("Labour Group (Japan)", "JPN", "LAB"), 12),
    ("The Sri Lankan Navy arrested 22 Indian fishermen near Jaffna.", "arrested",
     "22 Indian fishermen", ("Farmers (India)", "IND", "AGR"), 22),
    ("Pakistan's Maritime Security Agency detained 35 Indian fishermen off the coast of Sindh.", "detained",
     "35 Indian fishermen", ("Farmers (India)", "IND", "AGR"), 35),
])
def test_civilian_crew_takes_its_ship_country(pipeline, text: str, word: str, crew: str, target: tuple,
                                               arrested: int | None) -> None:
    event = _event(pipeline, text, word)
    assert _target(event, crew) == target
    assert event.arrested == arrested


@pytest.mark.parametrize("text, word, crew, target", [
    # controls: no ship's country named, the place's; a ship joined by no "its", maybe another's crew
    ("Pirates kidnapped 12 sailors off Cameroon.", "kidnapped",
     "12 sailors", ("Labour Group (Cameroon)", "CMR", "LAB")),
    ("The navy seized a trawler off Sri Lanka and arrested its crew.", "arrested",
     "its crew", ("Labour Group (Sri Lanka)", "LKA", "LAB")),
    ("Gunmen attacked a bulk carrier off Nigeria, killing three sailors on the bulk carrier.", "attacked",
     "three sailors", ("Labour Group (Nigeria)", "NGA", "LAB")),
])
def test_civilian_crew_controls(pipeline, text: str, word: str, crew: str, target: tuple) -> None:
    assert _target(_event(pipeline, text, word), crew) == target


# 2. a warship's sailors: its navy's men, and the killing no violence against civilians
# a named warship sunk is, since ships52, the sinking's own target ("the Argentine cruiser General
# Belgrano"): the sinking is the event and is typed as violence against civilians, a known gap
SUNK_WARSHIP = "a named warship sunk, its sailors killed, is typed violence against civilians (known gap)"
@pytest.mark.parametrize("text, word, crew, target", [
    pytest.param("The British submarine HMS Conqueror torpedoed and sank the Argentine cruiser General "
                 "Belgrano, killing 323 sailors.", "sank", "323 sailors",
                 ("Military Forces of Argentina", "ARG", "MIL"),
                 marks=pytest.mark.xfail(strict=True, reason=SUNK_WARSHIP)),
    ("An Exocet hit the British destroyer HMS Coventry, killing 19 sailors.", "killing",
     "19 sailors", ("Military Forces of the United Kingdom", "GBR", "MIL")),
    ("A mine sank the Iraqi minesweeper, killing 12 sailors.", "killing",
     "12 sailors", ("Military Forces of Iraq", "IRQ", "MIL")),
    # variants
    pytest.param("A torpedo sank the South Korean corvette Cheonan, killing 46 sailors.", "sank",
                 "46 sailors", ("Military Forces of South Korea", "KOR", "MIL"),
                 marks=pytest.mark.xfail(strict=True, reason=SUNK_WARSHIP)),
    ("A Ukrainian sea drone struck the Russian frigate Admiral Makarov, killing 14 sailors.", "drone struck",
     "14 sailors", ("Military Forces of Russia", "RUS", "MIL")),
    ("An Iranian missile hit the American frigate USS Stark, killing 37 sailors.", "hit",
     "the American frigate USS Stark", ("Military Forces of the United States", "USA", "MIL")),
    ("Russia seized three Ukrainian navy vessels near the Kerch Strait and captured 24 sailors.", "captured",
     "24 sailors", ("Military Forces of Ukraine", "UKR", "MIL")),
    ("Iranian forces captured two British patrol boats and detained 15 sailors.", "detained",
     "15 sailors", ("Military Forces of the United Kingdom", "GBR", "MIL")),
    # controls: a merchant ship's sailors stay civilians
    ("Pirates boarded a Liberian-flagged bulk carrier, killing three sailors.", "killing",
     "three sailors", ("Labour Group (Liberia)", "LBR", "LAB")),
    ("Pirates killed two sailors aboard a bulk carrier in the Gulf of Guinea.", "killed",
     "two sailors", ("Labour Group", None, "LAB")),
])
def test_warship_sailors_are_its_navy(pipeline, text: str, word: str, crew: str, target: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _target(event, crew) == target
    if target[2] == "MIL" and event.acled:
        assert event.acled.get("event_type") != "Violence against civilians"


@pytest.mark.parametrize("text, word, dead", [
    # a warship's sailors told with the ship a co-target: the navy once, its dead counted
    ("Suicide bombers rammed the American destroyer in Aden, killing 17 sailors.", "rammed", 17),
    ("An Exocet missile fired by an Argentine Super Etendard struck HMS Sheffield, killing 20 crew.",
     "struck", 20),
])
def test_warship_crew_merges_with_its_ship(pipeline, text: str, word: str, dead: int) -> None:
    event = _event(pipeline, text, word)
    assert {a.name for a in event.target} == {next(a.name for a in event.target if a.sector == "MIL")}
    assert all(a.sector == "MIL" for a in event.target)
    assert event.fatalities == dead


# 3. craft counted are no people arrested
@pytest.mark.parametrize("text, word, arrested", [
    ("The Indonesian navy detained five Vietnamese fishing vessels near Natuna.", "detained", None),
    ("South Korean coast guard officers detained two Chinese fishing boats in the Yellow Sea.", "detained",
     None),
    # variants
    ("The Libyan coast guard detained three Tunisian fishing trawlers off Zuwara.", "detained", None),
    ("The Argentine coast guard detained four Spanish fishing boats near the Falklands.", "detained", None),
    ("Russian forces captured three Ukrainian tanks near Avdiivka.", "captured", None),
    # controls: the people held beside the craft
    ("The coast guard detained three boats and arrested 25 fishermen.", "arrested", 25),
    ("Police seized two vehicles and arrested four suspects.", "arrested", 4),
    ("The Sri Lankan Navy arrested 22 Indian fishermen near Jaffna.", "arrested", 22),
])
def test_craft_are_not_arrested_people(pipeline, text: str, word: str, arrested: int | None) -> None:
    assert _event(pipeline, text, word).arrested == arrested
