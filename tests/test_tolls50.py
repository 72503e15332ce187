"""Death and injury tolls with a named victim (round tolls50, item latam-1): the person named beside "N of
his men" ("killed a police chief and three of his escorts": 4) and the one killed "along with" others, as the
object of an active verb or the subject of a passive one, however the parse hangs "along" ("gunmen killed the
mayor along with 19 others": 20), are counted with them; those killed "along with" a passive's subject are its
victims, never its doers. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str):
    events = pipeline.code(document_from_text(text, doc_id="tolls50"))
    return next(e for e in events if e.primary)


def _source(event) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.name, a.country, a.sector) for a in event.source]


# 1. "a police chief and three of his escorts": the named one beside the partitive number is one more
@pytest.mark.parametrize("text, dead", [
    ("Gunmen killed a police chief and three of his escorts in Zacatecas.", 4),
    ("The army killed a cartel boss and 11 of his men in Sinaloa.", 12),
    ("Police killed a gang leader and two of his bodyguards in Port-au-Prince.", 3),
    ("FARC dissidents killed a social leader and two of her children in Cauca.", 3),
    ("Gang members killed a pastor and four of his parishioners in Croix-des-Bouquets.", 5),
    ("Soldiers killed a guerrilla commander and seven of his fighters in Arauca.", 8),
    ("Gunmen killed a town councillor and two of her relatives in Michoacán.", 3),
])
def test_named_beside_a_partitive_is_counted(pipeline, text: str, dead: int) -> None:
    assert _primary(pipeline, text).fatalities == dead


@pytest.mark.parametrize("text, dead", [
    # controls: the named beside a counted noun, a partitive with no one named beside, a pair
    ("Gunmen killed a priest and four parishioners in Guerrero.", 5),
    ("Gunmen killed a judge and her two bodyguards in Chihuahua.", 3),
    ("Police killed the gang boss and three other suspects in Delmas.", 4),
    ("Gunmen killed the mayor and two police officers in Oaxaca.", 3),
    ("Gunmen killed five members of the same family in Caborca.", 5),
    ("Gunmen killed a man and his wife in Culiacán.", 2),
])
def test_named_beside_controls(pipeline, text: str, dead: int) -> None:
    assert _primary(pipeline, text).fatalities == dead


@pytest.mark.parametrize("text, injured", [
    ("Gunmen wounded a mayor and two of his aides in Jalisco.", 3),
    # control: a partitive subject with no one named beside it
    ("Two of his bodyguards were wounded when gunmen attacked the mayor's convoy in Guerrero.", 2),
])
def test_injured_named_beside_a_partitive(pipeline, text: str, injured: int) -> None:
    assert _primary(pipeline, text).injured == injured


# 2. "along with": the active verb's object, or the passive's subject, is one more
@pytest.mark.parametrize("text, dead", [
    ("Gunmen killed the mayor of San Miguel Totolapan along with 19 others.", 20),
    ("Hitmen killed a former mayor along with six others in Zitácuaro.", 7),
    ("Police in Rio killed a Comando Vermelho chief along with nine other suspects.", 10),
    ("Gunmen murdered a mayoral candidate along with three of his campaign workers in Puebla.", 4),
    ("A police commander was killed along with four of his escorts in Zacatecas.", 5),
    ("A municipal councillor was shot dead along with five other people in Tierra Caliente.", 6),
    ("Gunmen shot dead a mayor along with two of his bodyguards in Guerrero.", 3),
    ("Assailants killed a radio journalist together with his two sons in Tamaulipas.", 3),
    ("A prison director was murdered along with two guards in Ecuador.", 3),
    ("An indigenous leader was killed along with three of his relatives in Cauca.", 4),
    ("Gunmen killed the mayor, along with 19 other people, in the town hall.", 20),
])
def test_killed_along_with_others(pipeline, text: str, dead: int) -> None:
    assert _primary(pipeline, text).fatalities == dead


@pytest.mark.parametrize("text, field, value", [
    ("A police officer was wounded along with two civilians in Culiacán.", "injured", 3),
    ("Police arrested the mayor along with 19 others in Guerrero.", "arrested", 20),
    # controls: the passive shapes already counted, a co-doer "along with" the subject, a plain arrest
    ("A police chief was killed along with three other officers in Zacatecas.", "fatalities", 4),
    ("A journalist was killed along with two other people by gunmen in Veracruz.", "fatalities", 3),
    ("A former mayor was murdered together with four other men in Zitácuaro.", "fatalities", 5),
    ("Troops, along with police, killed five gang members in Cité Soleil.", "fatalities", 5),
    ("Police arrested a cartel leader and six others in Jalisco.", "arrested", 6),
])
def test_along_with_other_counts(pipeline, text: str, field: str, value: int) -> None:
    assert getattr(_primary(pipeline, text), field) == value


# 3. those killed "along with" a passive's subject are victims, not the doers
@pytest.mark.parametrize("text, source", [
    ("A police commander was killed along with four of his escorts in Zacatecas.",
     ("Unidentified Armed Group (Mexico)", "MEX", "UAF")),
    ("A police chief was killed along with three other officers in Zacatecas.",
     ("Unidentified Armed Group (Mexico)", "MEX", "UAF")),
    ("A police officer was wounded along with two civilians in Culiacán.",
     ("Unidentified Armed Group (Mexico)", "MEX", "UAF")),
    # controls: a "by" agent after the co-victims, an active verb's subject
    ("A journalist was killed along with two other people by gunmen in Veracruz.",
     ("Unidentified Armed Group (Mexico)", "MEX", "UAF")),
    ("Police in Rio killed a Comando Vermelho chief along with nine other suspects.",
     ("Police Forces of Brazil", "BRA", "COP")),
    ("Troops, along with police, killed five gang members in Cité Soleil.",
     ("Military Forces of Haiti", "HTI", "MIL")),  # Cité Soleil in the gazetteer since lead53
])
def test_co_victims_are_not_doers(pipeline, text: str, source: tuple) -> None:
    assert _source(_primary(pipeline, text)) == [source]


def test_the_by_agent_is_named(pipeline) -> None:
    """Control: the co-victims' words are blocked up to their noun only: 'by gunmen' after them still names
    the doers."""
    event = _primary(pipeline, "A journalist was killed along with two other people by gunmen in Veracruz.")
    assert [a.text for a in event.source] == ["gunmen"]
