"""Protest stunts (round stunts52, item west-1): the deeds of Western activism told by their own verbs are
events. Activists who glue or chain themselves to a road, a runway or railings obstruct (PROTEST obstruct,
CAMEO 144); soup, mashed potatoes or cake thrown over a painting is a demonstration (141); paint hurled or
sprayed on a building, eggs or a milkshake thrown at a motorcade are a riot (145), and at a named person an
assault (182) whose target is the one aimed at; a man who slaps a president beats him (182); activists who
disrupt a meeting, a race or a speech obstruct it (and the meeting is no consultation); farmers who dump
manure outside a building demonstrate; Shell is a company, never an army's shells. Controls: riot missiles,
a blocked road, a self-immolation, "threw out the lawsuit", "slapped tariffs", storms that disrupt flights,
a party thrown, crops sprayed, pieces glued, police who spray protesters. Sentences written for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="stunts52", published="2024-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _acled(event) -> tuple[str | None, str | None] | None:
    return (event.acled.get("event_type"), event.acled.get("sub_event_type")) if event.acled else None


# 1. glued or chained to something: an obstruction by the activists, where it was done
@pytest.mark.parametrize("text, word, source, where", [
    ("Climate activists glued themselves to a motorway gantry near Stuttgart on Tuesday.", "glued",
     "Protesters (Germany)", "DEU"),
    ("Letzte Generation activists glued themselves to the runway at Hamburg airport on Thursday.", "glued",
     "Protesters (Germany)", "DEU"),
    ("Activists chained themselves to the railings outside Downing Street.", "chained",
     "Protesters (United Kingdom)", "GBR"),
    # variants
    ("Two protesters glued their hands to the frame of a painting in Madrid.", "glued",
     "Protesters (Spain)", "ESP"),
    ("Demonstrators chained themselves to the gates of the parliament in Budapest.", "chained",
     "Protesters (Hungary)", "HUN"),
    ("A pensioner chained himself to the fence of the town hall in Porto.", "chained", None, "PRT"),
])
def test_glued_or_chained_is_obstruction(pipeline, text: str, word: str, source: str | None,
                                         where: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover["type"], event.plover.get("mode"), event.cameo["code"]) == (
        "PROTEST", "obstruct", "144")
    assert _acled(event) == ("Protests", "Peaceful protest")
    if source is not None:
        assert [a.name for a in event.source] == [source]
    assert event.location is not None and event.location.country == where


# 2. things thrown, sprayed or dumped in protest: a demonstration, or a riot for paint and eggs
@pytest.mark.parametrize("text, word, cameo, acled", [
    ("Two Just Stop Oil supporters threw tomato soup over a Van Gogh painting in London.", "threw", "141",
     ("Protests", "Peaceful protest")),
    ("Climate activists threw mashed potatoes at a Monet painting in Potsdam.", "threw", "141",
     ("Protests", "Peaceful protest")),
    ("Letzte Generation members sprayed orange paint on the Brandenburg Gate.", "sprayed", "145",
     ("Riots", "Violent demonstration")),
    ("Protesters hurled paint at the facade of the Dutch parliament in The Hague.", "hurled", "145",
     ("Riots", "Violent demonstration")),
    ("Farmers dumped manure outside government buildings in Agen.", "dumped", "141",
     ("Protests", "Peaceful protest")),
    # variants
    ("Activists threw cake at the Mona Lisa in Paris.", "threw", "141", ("Protests", "Peaceful protest")),
    ("Activists sprayed slogans on the walls of the ministry in Rome.", "sprayed", "145",
     ("Riots", "Violent demonstration")),
    ("Protesters threw eggs at the president's motorcade in Lima.", "threw", "145",
     ("Riots", "Violent demonstration")),
    ("Farmers dumped slurry outside the regional parliament in Brussels.", "dumped", "141",
     ("Protests", "Peaceful protest")),
])
def test_stunt_missiles_are_protest(pipeline, text: str, word: str, cameo: str, acled: tuple) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == "PROTEST"
    assert event.cameo["code"] == cameo
    assert _acled(event) == acled


@pytest.mark.parametrize("text, word, source, where", [
    ("Two Just Stop Oil supporters threw tomato soup over a Van Gogh painting in London.", "threw",
     "Protesters (United Kingdom)", "GBR"),
    ("Farmers dumped manure outside government buildings in Agen.", "dumped", "Protesters (France)", "FRA"),
    ("Protesters hurled paint at the facade of the Dutch parliament in The Hague.", "hurled",
     "Rioters (Netherlands)", "NLD"),
    ("Activists threw cake at the Mona Lisa in Paris.", "threw", "Protesters (France)", "FRA"),
])
def test_stunt_doers_and_place(pipeline, text: str, word: str, source: str, where: str) -> None:
    event = _event(pipeline, text, word)
    assert [a.name for a in event.source] == [source]
    assert event.location is not None and event.location.country == where


# 3. thrown at or slapping a person: an assault on the one aimed at
@pytest.mark.parametrize("text, word, target", [
    ("A protester threw a milkshake at Reform UK leader Nigel Farage in Clacton.", "threw", "Nigel Farage"),
    ("A woman threw eggs at King Charles in York.", "threw", "Charles III"),
    ("A man slapped French President Emmanuel Macron during a walkabout in the Drome.", "slapped",
     "Emmanuel Macron"),
    # variants
    ("A protester threw red paint at the Ukrainian ambassador in Warsaw.", "threw", "Government of Ukraine"),
    ("A man threw a bottle at Nigel Farage in Clacton.", "threw", "Nigel Farage"),
    ("A man slapped the mayor of Lyon during a market visit.", "slapped", "Government of France"),
])
def test_thrown_at_or_slapping_a_person_is_assault(pipeline, text: str, word: str, target: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover["type"], event.cameo["code"]) == ("ASSAULT", "182")
    assert _acled(event) == ("Violence against civilians", "Attack")
    assert event.target[0].name == target


# 4. activists who disrupt a meeting, a race or a speech obstruct it; the meeting is no consultation, and
# Shell is a company
@pytest.mark.parametrize("text, source, target", [
    ("Extinction Rebellion protesters disrupted a shareholders' meeting of Shell in London.",
     "Protesters (United Kingdom)", ("Shell", "BUS")),
    # variants
    ("Climate activists disrupted a Formula One race at Silverstone by running onto the track.",
     "Protesters (United Kingdom)", None),
    ("Campaigners disrupted a speech by the prime minister in Melbourne.", "Protesters (Australia)",
     ("Government of Australia", "GOV")),
    ("Far-right activists disrupted a drag queen story hour at a library in Oregon.",
     "Protesters (United States)", None),
])
def test_disrupted_by_activists_is_obstruction(pipeline, text: str, source: str,
                                               target: tuple | None) -> None:
    events = _events(pipeline, text)
    event = next(e for e in events if e.trigger.text == "disrupted")
    assert (event.plover["type"], event.plover.get("mode"), event.cameo["code"]) == (
        "PROTEST", "obstruct", "144")
    assert [a.name for a in event.source] == [source]
    if target is not None:
        assert (event.target[0].name, event.target[0].sector) == target
    assert not any(e.plover["type"] == "CONSULT" for e in events)


@pytest.mark.parametrize("text", [
    "Greenpeace activists protested against Shell in London.",
    "Protesters picketed the headquarters of Shell in London.",
])
def test_shell_is_a_company(pipeline, text: str) -> None:
    event = _events(pipeline, text)[0]
    assert (event.target[0].name, event.target[0].sector) == ("Shell", "BUS")


# controls: riot missiles, other protests, and the same verbs with no protest
@pytest.mark.parametrize("text, word, plover, cameo", [
    ("Protesters threw stones at riot police in Athens.", "threw", "PROTEST", "145"),
    ("Demonstrators hurled bottles and flares at police in Lyon.", "hurled", "PROTEST", "145"),
    ("Protesters pelted the Dutch prime minister's car with eggs in Rotterdam.", "pelted", "PROTEST", "145"),
    ("Climate activists blocked a motorway near Amsterdam on Saturday.", "blocked", "PROTEST", "144"),
    ("A man set himself on fire outside a courthouse in New York.", "set", "PROTEST", "141"),
    ("The court threw out the lawsuit.", "threw", "REJECT", "120"),
    ("The government slapped tariffs on steel.", "slapped", "SANCTION", "163"),
    ("Police sprayed protesters with pepper spray.", "sprayed", "ASSAULT", "175"),
])
def test_stunt_controls(pipeline, text: str, word: str, plover: str, cameo: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover["type"], event.cameo["code"]) == (plover, cameo)


def test_dumped_manure_to_protest_control(pipeline) -> None:
    events = _events(pipeline, "French farmers dumped manure outside government buildings in Agen to protest "
                               "rising fuel costs.")
    assert {(e.plover["type"], e.cameo["code"]) for e in events} == {("PROTEST", "141")}
    assert all(e.location is not None and e.location.country == "FRA" for e in events)


@pytest.mark.parametrize("text", [
    "The company was glued to its plan.",
    "He glued the pieces together.",
    "The artist glued paper to the canvas.",
    "Storms disrupted flights across Germany.",
    "The power cut disrupted production at the plant.",
    "They threw a party for the team.",
    "Farmers sprayed crops with pesticide.",
    "Workers sprayed disinfectant in the market.",
    "The company dumped its shares.",
    "The bank was chained to old rules.",
    "The player threw the ball at the goalkeeper.",
    "The regulator slapped Elon Musk with a fine.",
    "The SEC slapped the company with a fine.",
])
def test_stunt_verbs_without_protest_are_no_event(pipeline, text: str) -> None:
    assert _events(pipeline, text) == []
