"""A town abroad chosen over the country the sentence names (round thirdplace54, item land-3). Land a name is
given to ("the Mau forest", "the Cobre Panama copper mine", "the Agua Zarca project") that the gazetteer
knows only as a town of a country the story points to nowhere else is land of the country the story names
(its places, or its people at home: "Kenyan police"), and the actors keep that country; a region named with
its type word after a country's possessive ("Ghana's Western Region") is that country's region, though the
gazetteer knows the whole name only abroad; a short unknown name is no respelling of a town with other
consonants ("Wukan" is neither Wuhan nor Wuchuan); a hyphened adjective before a road ("the Trans-Amazonian
highway") is not split into towns; a country's own name is not a hamlet known by it as an alternate name
("in Honduras"). Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str):
    events = list(pipeline.code(document_from_text(text, doc_id="thirdplace54", published="2024-09-01")))
    return next(e for e in events if e.primary)


def _where(event) -> tuple[str | None, str | None]:
    loc = event.location
    return (loc.name, loc.country) if loc is not None else (None, None)


def _countries(actors) -> list[str | None]:
    return [a.country for a in actors]


# 1. land named for a town abroad: the country the story names, and its actors at home
@pytest.mark.parametrize("text, where, source, target", [
    ("Kenyan police burned homes in the Mau forest.", ("Kenya", "KEN"), ["KEN"], ["KEN"]),
    ("Police in Kenya demolished homes in the Mau forest.", ("Kenya", "KEN"), ["KEN"], ["KEN"]),
    ("Kenyan authorities demolished homes in Mau forest, evicting thousands of Ogiek.", ("Kenya", "KEN"),
     ["KEN"], ["KEN"]),
    ("Protesters blocked the road to the Cobre Panama copper mine.", ("Panama", "PAN"), ["PAN"], ["PAN"]),
    ("Police arrested protesters at the Cobre Panama mine.", ("Panama", "PAN"), ["PAN"], ["PAN"]),
    ("Anti-dam protesters in Honduras blocked a road to the Agua Zarca project.", ("Honduras", "HND"),
     ["HND"], []),
    # variants
    ("Police in Honduras arrested two activists near the Agua Zarca dam.", ("Honduras", "HND"), ["HND"],
     ["HND"]),
    ("Peruvian police cleared protesters from the Las Bambas copper mine.", ("Peru", "PER"), ["PER"],
     ["PER"]),
    # controls: a country's possessive; a mine named for a district of the story's country; a world city
    ("Police demolished homes in Kenya's Mau forest.", ("Kenya", "KEN"), ["KEN"], ["KEN"]),
    ("Police in Panama arrested protesters near the Donoso mine.", ("Distrito de Donoso", "PAN"), ["PAN"],
     ["PAN"]),
    ("Police in Ghana arrested illegal miners near the Obuasi mine.", ("Obuasi", "GHA"), ["GHA"], ["GHA"]),
    ("Gunmen attacked workers at the Mosul dam.", ("Mosul", "IRQ"), ["IRQ"], ["IRQ"]),
])
def test_land_is_of_the_country_named(pipeline, text: str, where: tuple, source: list, target: list) -> None:
    event = _primary(pipeline, text)
    assert _where(event) == where
    assert _countries(event.source) == source
    assert _countries(event.target) == target


def test_kenyan_police_at_home(pipeline) -> None:
    """The police of the country the event lies in act at home (inter 1, not an external force)."""
    event = _primary(pipeline, "Kenyan police burned homes in the Mau forest.")
    assert [(a.name, a.inter) for a in event.source] == [("Police Forces of Kenya", 1)]
    assert [a.name for a in event.target] == ["Civilians (Kenya)"]


# 2. a region with its type word after a country's possessive: that country's region
@pytest.mark.parametrize("text, where, source", [
    ("Illegal miners attacked soldiers in Ghana's Western Region.", ("Western", "GHA"), ["GHA"]),
    ("Illegal miners killed a soldier in Ghana's Eastern Region.", ("Eastern", "GHA"), ["GHA"]),
    # variants
    ("Soldiers clashed with miners in Ghana's Central Region.", ("Central", "GHA"), ["GHA"]),
    # controls: the whole name known in the owner's country; the owner whose region it is
    ("Illegal miners attacked soldiers in Ghana's Ashanti Region.", ("Ashanti", "GHA"), ["GHA"]),
    ("Rebels attacked a police post in Uganda's Western Region.", ("Western", "UGA"), ["UGA"]),
    ("Police dispersed protesters in Kenya's Narok County.", ("Narok", "KEN"), ["KEN"]),
    ("Herders attacked farmers in Nigeria's Benue state.", ("Benue", "NGA"), ["NGA"]),
    ("Kenyan troops attacked al-Shabaab in Somalia's Gedo region.", ("Gedo", "SOM"), ["KEN"]),
])
def test_region_of_the_possessive_country(pipeline, text: str, where: tuple, source: list) -> None:
    event = _primary(pipeline, text)
    assert _where(event) == where
    assert _countries(event.source) == source


# 3. a short unknown name is no respelling of a town with other consonants
@pytest.mark.parametrize("text, where", [
    ("Protesters in Wukai clashed with riot police.", (None, None)),
    ("Villagers in Wukai protested against land seizures on Sunday.", (None, None)),
    # variants
    ("Police in Wukai detained two activists.", (None, None)),
    # controls: a town of the name; the qualifier that places the unknown village; a longer respelling
    ("Police arrested five protesters in Lufeng.", ("Lüfeng", "CHN")),
    ("Villagers in Wukai, Guangdong, staged a protest.", ("Guangdong", "CHN")),
    ("Rockets fell on a market in Quamishli on Monday.", ("Al Qāmishlī", "SYR")),
])
def test_short_name_not_respelt(pipeline, text: str, where: tuple) -> None:
    assert _where(_primary(pipeline, text)) == where


# 4. a hyphened adjective before a road is one word, not a road between towns
@pytest.mark.parametrize("text, where", [
    ("Kayapo warriors blocked the Trans-Amazonian highway.", (None, None)),
    # variants
    ("Indigenous protesters blocked the Trans-Amazonian highway in Para.", ("Para", "BRA")),
    ("Protesters blocked the Pan-American highway in Colombia.", ("Colombia", "COL")),
    # controls: roads between two towns; a highway's capitalised name
    ("Police fired tear gas at protesters near the Homs-Hama road.", ("Homs", "SYR")),
    ("Protesters blocked the Kabul-Jalalabad highway.", ("Kabul", "AFG")),
    ("Truckers blocked the Trans-Canada Highway near Calgary.", ("Calgary", "CAN")),
])
def test_hyphened_adjective_road(pipeline, text: str, where: tuple) -> None:
    assert _where(_primary(pipeline, text)) == where


# 5. a country's own name is not a hamlet known by it as an alternate name
@pytest.mark.parametrize("text, where, source", [
    ("Soldiers in Honduras arrested two protesters near the Agua Zarca project.", ("Honduras", "HND"),
     ["HND"]),
    # controls
    ("Protesters in Honduras blocked a road.", ("Honduras", "HND"), ["HND"]),
    ("Anti-dam protesters in Honduras blocked a road.", ("Honduras", "HND"), ["HND"]),
])
def test_country_not_alternate_hamlet(pipeline, text: str, where: tuple, source: list) -> None:
    event = _primary(pipeline, text)
    assert _where(event) == where
    assert _countries(event.source) == source
