"""Deaths lost in three shapes (round tolls58, item andes-4): the dead told as dying in or during a protest,
a strike, a blockade or a march ("Nineteen people died during the protests"), in a sentence that tells no
attack, are the protest's toll (`extract._takes_count`, `quantities.died_during`), not what it was against;
a headline whose parse makes the bare noun the root and the killing participle its clause ("Peruvian
journalist killed in Ayacucho") names one victim (`quantities._headline_victim`); and a person whose surname
the tagger marks as a plural ("Raimundo Mendes", "Hernán Morales", "Pedro Lopes") is one victim
(`quantities._plural_tagged_name`). A passive killing during protests stays the attack's, a riot's and a
clash's tolls stay theirs, crowds counted marching are no dead, and a death told after a protest or as its
cause is no toll of it. Sentences written for the test, each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="tolls58")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


# 1. the dead told as dying in or during a protest are its toll
@pytest.mark.parametrize("text, word, plover, dead, country", [
    ("Nineteen people died during the protests in Bolivia's Santa Cruz region.", "protests", "PROTEST", 19,
     "BOL"),
    ("At least 11 people died during the 2019 national strike in Colombia.", "strike", "PROTEST", 11, "COL"),
    ("Three people died in the protests in Juliaca on Monday.", "protests", "PROTEST", 3, "PER"),
    ("Two people died during the blockades in Cochabamba, officials said.", "blockades", "PROTEST", 2, "BOL"),
    ("Six people died in the demonstrations against the fuel price hike in Ecuador.", "demonstrations",
     "PROTEST", 6, "ECU"),
    ("Five people died in the march on Lima.", "march", "PROTEST", 5, "PER"),
    # variants
    ("Two protesters died during the general strike in La Paz.", "general strike", "PROTEST", 2, "BOL"),
    ("A student died during the protests in Puno, officials said.", "protests", "PROTEST", 1, "PER"),
    ("At least seven people perished in the blockades near Oruro.", "blockades", "PROTEST", 7, "BOL"),
])
def test_dead_during_a_protest_are_its_toll(pipeline, text: str, word: str, plover: str, dead: int,
                                            country: str) -> None:
    event = _event(pipeline, text, word)
    assert event.plover.get("type") == plover
    assert event.fatalities == dead
    assert _where(event) == country
    assert not any(a.name and a.name.startswith("Civilians") for a in event.target)  # the dead are no target


@pytest.mark.parametrize("text, word, plover, dead", [
    # controls: a riot's and a clash's tolls, a passive killing during protests (the attack's), dead told
    # after a protest or as its cause, crowds counted marching
    ("More than 40 people died in the riots in Caracas in 1989.", "riots", "PROTEST", 40),
    ("Four people died in clashes in Juliaca on Monday.", "clashes", "ASSAULT", 4),
    ("At least 60 people were killed during the protests in Peru.", "killed", "ASSAULT", 60),
    ("At least 60 people were killed during the protests in Peru.", "protests", "PROTEST", None),
    ("Three protesters were killed during demonstrations in Quito.", "killed", "ASSAULT", 3),
    ("Three protesters were killed during demonstrations in Quito.", "demonstrations", "PROTEST", None),
    ("Three people died after the protests in Juliaca.", "protests", "PROTEST", None),
    ("Nurses went on strike after two patients died in the hospital.", "went on strike", "PROTEST", None),
    ("Miners staged protests over the deaths of 3 miners in Potosí.", "protests", "PROTEST", None),
    ("Hundreds of relatives of the disappeared marched through Mexico City demanding answers.", "marched",
     "PROTEST", None),
    ("Thousands of people marched in Bogotá against tax reform.", "marched", "PROTEST", None),
    ("Twenty thousand people marched in Quito on Tuesday.", "marched", "PROTEST", None),
])
def test_dead_during_a_protest_controls(pipeline, text: str, word: str, plover: str,
                                        dead: int | None) -> None:
    event = _event(pipeline, text, word)
    assert event.plover.get("type") == plover
    assert event.fatalities == dead


def test_protest_over_a_killing_keeps_the_killing_toll(pipeline) -> None:
    """Control: 'a protest against the killing of 20 people': the toll is the cause's, not the march's."""
    events = _events(pipeline, "Thousands marched in Lima in a protest against the killing of 20 people.")
    assert next(e for e in events if e.trigger.text == "marched").fatalities is None
    assert next(e for e in events if e.trigger.text == "killing").fatalities == 20


# 2. a headline's bare noun the parse made the root, with the killing participle its clause: one dead
@pytest.mark.parametrize("text, word, target, dead", [
    ("Peruvian journalist killed in Ayacucho", "killed", "Journalists (Peru)", 1),
    ("Colombian social leader killed in Cauca", "killed", "Civilians (Colombia)", 1),
    ("Indigenous leader killed in Maranhão", "killed", None, 1),
    # variants
    ("Bolivian activist killed in Cochabamba", "killed", None, 1),
    # controls: the passive headline parsed as such, and a thing attacked
    ("Mexican journalist shot dead in Michoacán", "shot dead", "Journalists (Mexico)", 1),
    ("Ecuadorian police officer shot dead in Guayaquil", "shot dead", None, 1),
    ("Army convoy attacked in Cauca", "attacked", None, None),
])
def test_headline_noun_with_participle(pipeline, text: str, word: str, target: str | None,
                                       dead: int | None) -> None:
    event = _event(pipeline, text, word)
    assert event.plover.get("type") == "ASSAULT"
    assert event.fatalities == dead
    if target is not None:
        assert [a.name for a in event.target] == [target]


# 3. a surname the tagger marks as a plural names one person
@pytest.mark.parametrize("text, word, target, dead", [
    ("Land defender Raimundo Mendes was shot dead in Maranhão.", "shot dead", "Raimundo Mendes", 1),
    ("Gunmen killed journalist Mauro Gomes in Pará.", "killed", "Mauro Gomes", 1),
    ("Police killed rebel leader Hernán Morales in Putumayo.", "killed", "Hernán Morales", 1),
    ("Journalist Pedro Lopes was murdered in Manaus.", "murdered", "Pedro Lopes", 1),
    # variants
    ("Gunmen shot dead environmentalist Chico Mendes in Xapuri.", "shot dead", "Chico Mendes", 1),
    ("Unknown assailants killed lawyer Ana Paula Gomes in Belém.", "killed", "Ana Paula Gomes", 1),
    # controls: surnames tagged singular; plural people
    ("Gunmen killed journalist Pedro Ruiz in Manaus.", "killed", "Pedro Ruiz", 1),
    ("Land defender Raimundo Silva was shot dead in Maranhão.", "shot dead", "Raimundo Silva", 1),
    ("Gunmen killed two Filipinos in Basilan.", "killed", None, 2),
])
def test_plural_tagged_surname_is_one_victim(pipeline, text: str, word: str, target: str | None,
                                             dead: int) -> None:
    event = _event(pipeline, text, word)
    assert event.fatalities == dead
    if target is not None:
        assert target in [a.name for a in event.target]


@pytest.mark.parametrize("text, word", [
    # controls: a people or a family named in the plural is no one victim
    ("The Americans were killed in an ambush in Niger.", "ambush"),
    ("Protesters burned an effigy of Morales in La Paz.", "burned"),
])
def test_plural_names_controls(pipeline, text: str, word: str) -> None:
    assert _event(pipeline, text, word).fatalities is None
