"""Struck towns (round cities51): a town the gazetteer knows that the tagger calls a person or nothing
("Sumy", "Kherson", "Huliaipole", "Chasiv Yar") is a place when it is the ground an armed strike or a
state's strike falls on ("a Russian drone attack on Sumy", "Russian artillery fire on Kherson", "Russian
shelling of Kherson", "Russia's attack on Sumy") or the object of a verb of striking or taking ground whose
doer is arms, armed men or a state ("Russian missiles hit Sumy", "Russia targeted Kherson", "Russian forces
captured Chasiv Yar"): the event is placed there, not in the striker's country by its demonym, and its
victims are of that town's country. A name with a region's type word ("the Donetsk region") that a region
bears is that region, not a town of its name in a country where no region bears it, whatever demonym the
story tells. Persons stay persons ("the boxer hit Johnson", "troops captured Mohammed"). Sentences written
for the test, each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="cities51", published="2024-06-15"))
                if e.trigger.text == word)


def _where(event) -> tuple[str | None, str | None]:
    return (event.location.name, event.location.country) if event.location is not None else (None, None)


def _actors(actors) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.country) for a in actors]


# 1. a town struck by a strike noun ("attack/fire/shelling on|of X"): the event there, its victims that
# country's, the striker abroad
@pytest.mark.parametrize("text, word, where, target", [
    ("A Russian drone attack on Sumy killed two people.", "attack", ("Sumy", "UKR"),
     ("Civilians (Ukraine)", "UKR")),
    ("Russian artillery fire on Kherson killed an elderly man.", "fire", ("Kherson", "UKR"),
     ("Civilians (Ukraine)", "UKR")),
    ("Russian shelling of Kherson killed a man, the governor said.", "shelling", ("Kherson", "UKR"),
     ("Civilians (Ukraine)", "UKR")),
    ("A Russian airstrike on Huliaipole killed a woman.", "airstrike", ("Hulyaypole", "UKR"),
     ("Women (Ukraine)", "UKR")),
    ("A Russian rocket attack on Kherson wounded four people.", "attack", ("Kherson", "UKR"),
     ("Civilians (Ukraine)", "UKR")),
    ("Russia's attack on Sumy killed 35 people on Palm Sunday.", "attack", ("Sumy", "UKR"),
     ("Civilians (Ukraine)", "UKR")),
    ("A Russian glide bomb attack on Zaporizhzhia killed two people.", "attack", ("Zaporizhzhya", "UKR"),
     ("Civilians (Ukraine)", "UKR")),
    ("Russian mortar fire on Bilozerka injured a woman.", "fire", ("Bilozerka", "UKR"),
     ("Women (Ukraine)", "UKR")),
    # variants
    ("A Russian missile strike on Kherson killed three people.", "strike", ("Kherson", "UKR"),
     ("Civilians (Ukraine)", "UKR")),
    ("Russian shelling of Sumy wounded a child.", "shelling", ("Sumy", "UKR"), ("Children (Ukraine)", "UKR")),
    ("Russia's bombardment of Kherson killed two civilians.", "bombardment", ("Kherson", "UKR"),
     ("Civilians (Ukraine)", "UKR")),
    ("Russian artillery fire on Vovchansk killed a man.", "fire", ("Vovchansk", "UKR"),
     ("Civilians (Ukraine)", "UKR")),
    ("A Russian drone strike against Kherson injured three people.", "drone strike", ("Kherson", "UKR"),
     ("Civilians (Ukraine)", "UKR")),
])
def test_a_town_struck_by_a_strike_noun(pipeline, text: str, word: str, where: tuple, target: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == where
    assert _actors(event.target)[0] == target
    assert event.source[0].country == "RUS"


@pytest.mark.parametrize("text, word, where", [
    # controls: places already tagged, a typed town, a strike the other way, a town after "in"
    ("A Russian missile attack on Odesa killed eight people.", "attack", ("Odesa", "UKR")),
    ("A Russian drone attack on the city of Sumy killed two people.", "attack", ("Sumy", "UKR")),
    ("Russian drone attacks on Kharkiv killed three people.", "attacks", ("Kharkiv", "UKR")),
    # the region's seat (europe61)
    ("A Ukrainian drone attack on Belgorod injured five people.", "attack", ("Belgorod", "RUS")),
    ("Russian shelling of Nikopol wounded two people.", "shelling", ("Nikopol", "UKR")),
    ("Russian forces shelled Kherson on Tuesday, killing one person.", "shelled", ("Kherson", "UKR")),
])
def test_a_town_struck_by_a_strike_noun_controls(pipeline, text: str, word: str, where: tuple) -> None:
    assert _where(_event(pipeline, text, word)) == where


# 2. a town the object of a verb of striking whose doer is arms, armed men or a state
@pytest.mark.parametrize("text, word, where, target", [
    ("Russian missiles hit Sumy on Sunday morning.", "hit", ("Sumy", "UKR"), None),
    ("Russian drones attacked Sumy overnight, injuring three people.", "attacked", ("Sumy", "UKR"),
     ("Civilians (Ukraine)", "UKR")),
    ("Russia targeted Kherson with drones, wounding a nurse.", "targeted", ("Kherson", "UKR"),
     ("Health Workers (Ukraine)", "UKR")),
    # variants
    ("Russian missiles struck Sumy overnight, wounding two people.", "struck", ("Sumy", "UKR"),
     ("Civilians (Ukraine)", "UKR")),
    ("Russian drones targeted Zaporizhzhia overnight, injuring a woman.", "targeted", ("Zaporizhzhya", "UKR"),
     ("Women (Ukraine)", "UKR")),
    ("Russian troops attacked Huliaipole on Monday, killing a farmer.", "attacked", ("Hulyaypole", "UKR"),
     ("Farmers (Ukraine)", "UKR")),
])
def test_a_town_struck_by_an_armed_doer(pipeline, text: str, word: str, where: tuple,
                                        target: tuple | None) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == where
    assert all(a.name != where[0] for a in event.target)  # the town is the place, no actor of its name
    if target is not None:
        assert target in _actors(event.target)


@pytest.mark.parametrize("text, word, where", [
    # controls: tagged towns struck; persons a man hits or captures stay persons
    ("Russian missiles hit Odesa on Sunday morning.", "hit", ("Odesa", "UKR")),
    ("Russian missiles hit Kharkiv on Sunday morning.", "hit", ("Kharkiv", "UKR")),
    ("Police arrested Johnson in Chicago.", "arrested", ("Chicago", "USA")),
    ("Troops captured Mohammed near the border.", "captured", (None, None)),
])
def test_a_town_struck_by_an_armed_doer_controls(pipeline, text: str, word: str, where: tuple) -> None:
    assert _where(_event(pipeline, text, word)) == where


def test_a_man_hit_stays_a_man(pipeline) -> None:
    events = list(pipeline.code(document_from_text("The boxer hit Johnson in the second round.",
                                                   doc_id="cities51", published="2024-06-15")))
    assert all(e.location is None for e in events)


# 3. a two-word town tagged a person, taken by armed men: ground taken (here denied), not a man arrested
@pytest.mark.parametrize("text, negated", [
    ("Russian forces have not captured Chasiv Yar, the Ukrainian military said.", True),
    ("Russian forces captured Chasiv Yar.", False),
])
def test_a_town_taken(pipeline, text: str, negated: bool) -> None:
    event = _event(pipeline, text, "captured")
    assert (event.plover["type"], event.cameo["code"]) == ("ASSAULT", "192")
    assert event.modality.negated is negated
    assert _where(event) == ("Chasiv Yar", "UKR")
    assert event.target == []


@pytest.mark.parametrize("text, code, where", [
    # controls: a tagged town taken; a man captured
    ("Russian forces have not captured Pokrovsk, the Ukrainian military said.", "192", ("Pokrovsk", "UKR")),
    ("Israeli troops captured Mohammed near Jenin.", "173", ("Janīn", "PSE")),
])
def test_a_town_taken_controls(pipeline, text: str, code: str, where: tuple) -> None:
    event = _event(pipeline, text, "captured")
    assert event.cameo["code"] == code
    assert _where(event) == where


# 4. "the X region": the region of that name, not a town of its name in a country where no region bears it
@pytest.mark.parametrize("text, word, target", [
    ("Russian troops shelled a village in the Donetsk region.", "shelled", ("Civilians (Ukraine)", "UKR")),
    ("Russian shelling destroyed a school in the Donetsk region.", "shelling", ("Students (Ukraine)", "UKR")),
    # variants
    ("Russian troops shelled a village in Donetsk oblast.", "shelled", ("Civilians (Ukraine)", "UKR")),
    ("Russian forces shelled a village in the Kharkiv region.", "shelled", ("Civilians (Ukraine)", "UKR")),
])
def test_a_typed_region(pipeline, text: str, word: str, target: tuple) -> None:
    event = _event(pipeline, text, word)
    assert event.location.country == "UKR"
    assert event.location.precision == 3  # the region, not a town
    assert _actors(event.target)[0] == target
    assert event.source[0].inter == 8


@pytest.mark.parametrize("text, word, where", [
    # controls: a Ukrainian doer; a region of Russia; a town in a typed region
    ("Ukrainian troops shelled a village in the Donetsk region.", "shelled", ("Donetsk", "UKR")),
    ("Fighting raged in the Rostov region.", "Fighting", ("Rostov Oblast", "RUS")),
    ("Russian forces shelled Antonivka in the Kherson region, killing one person.", "shelled",
     ("Antonivka", "UKR")),
])
def test_a_typed_region_controls(pipeline, text: str, word: str, where: tuple) -> None:
    assert _where(_event(pipeline, text, word)) == where
