"""A demonym that says only whose the victims are, or names a bare border (round demonym53). Foreign
victims ("a convoy of Chinese engineers in Besham", "two Japanese nationals were wounded ... in Landhi",
"killed six Chinese workers ... in Dasu") do not make the story's country theirs, nor move a town of another
country there, nor give the unlabelled doers their country; "near the Thai border", "the Thailand border"
names no side of the border, so a story whose actors or towns are of another country stays there (Karen
rebels near the Thai border: Myanmar), and the border's country counts only when nothing else names one
("militants attacked a village near the Algerian border"); people who "fled to Thailand" keep their own
country. Doers named by a demonym, towns the gazetteer knows and "the Syrian border town of X" keep theirs.
Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

DATE = "2024-05-10"


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="demonym53", published=DATE))
                if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


def _actor(actors) -> tuple[str | None, str | None] | None:
    return (actors[0].name, actors[0].country) if actors else None


# 1. Foreign victims in a town of another country (Besham and Landhi added to the gazetteer by lead53) -----
@pytest.mark.parametrize("text, word, source, where, place", [
    ("A suicide bomber rammed an explosives-laden vehicle into a convoy of Chinese engineers in Besham.",
     "rammed", ("Unidentified Armed Group (Pakistan)", "PAK"), "PAK", "Besham"),
    ("Militants killed six Chinese workers in an attack on a dam project in Dasu.", "attack",
     ("Rebels (Pakistan)", "PAK"), "PAK", "Dasu"),
    ("Gunmen attacked a bus carrying Chinese workers in Dasu, killing nine Chinese nationals.", "attacked",
     ("Unidentified Armed Group (Pakistan)", "PAK"), "PAK", "Dasu"),
    ("Two Japanese nationals were wounded when a suicide bomber attacked their van in Landhi.", "attacked",
     ("Unidentified Armed Group (Pakistan)", "PAK"), "PAK", "Landhi"),
    # variants
    ("Gunmen shot dead three Chinese engineers in Besham on Tuesday.", "shot dead",
     ("Unidentified Armed Group (Pakistan)", "PAK"), "PAK", "Besham"),
    ("Militants ambushed a convoy of Chinese engineers in Dasu, killing five.", "ambushed",
     ("Rebels (Pakistan)", "PAK"), "PAK", "Dasu"),
    ("Two Korean nationals were injured when gunmen attacked their car in Landhi.", "attacked",
     ("Unidentified Armed Group (Pakistan)", "PAK"), "PAK", "Landhi"),
    ("Insurgents attacked a convoy of Turkish engineers in Besham, killing two.", "attacked",
     ("Rebels (Pakistan)", "PAK"), "PAK", "Besham"),
])
def test_foreign_victims_set_no_country(pipeline, text: str, word: str, source: tuple, where: str | None,
                                        place: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == where
    assert (event.location.name if event.location is not None else None) == place
    assert _actor(event.source) == source


@pytest.mark.parametrize("text, word, target", [
    ("Militants killed six Chinese workers in an attack on a dam project in Dasu.", "attack",
     ("Labour Group (China)", "CHN")),
    ("Two Japanese nationals were wounded when a suicide bomber attacked their van in Landhi.", "attacked",
     ("Civilians (Japan)", "JPN")),
    ("Gunmen shot dead three Chinese engineers in Besham on Tuesday.", "shot dead",
     ("Labour Group (China)", "CHN")),
])
def test_foreign_victims_keep_their_own_country(pipeline, text: str, word: str, target: tuple) -> None:
    assert _actor(_event(pipeline, text, word).target) == target


@pytest.mark.parametrize("text, word, source, where", [
    # controls: a known town, a town with its province, a doer of the demonym, captives with no town
    ("Militants kidnapped two Chinese teachers in Quetta.", "kidnapped",
     ("Rebels (Pakistan)", "PAK"), "PAK"),
    ("Five Chinese engineers were killed in a suicide attack in Besham, Khyber Pakhtunkhwa.",
     "suicide attack", ("Unidentified Armed Group (Pakistan)", "PAK"), "PAK"),
    ("Three gunmen attacked a Chinese consulate in Karachi.", "attacked",
     ("Unidentified Armed Group (Pakistan)", "PAK"), "PAK"),
    ("Suspected rebels abducted a German tourist in Sulu.", "abducted",
     ("Rebels (Philippines)", "PHL"), "PHL"),
    ("Armed men kidnapped three Chinese engineers working on a road project.", "kidnapped",
     ("Unidentified Armed Group (China)", "CHN"), "CHN"),
    ("Chinese workers protested in Dasu over unpaid wages.", "protested",
     ("Protesters (China)", "CHN"), "CHN"),
])
def test_foreign_victims_controls(pipeline, text: str, word: str, source: tuple, where: str) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == where
    assert _actor(event.source) == source


# 2. "Near the Thai border": no side of it, when the story names its own country --------------------------
@pytest.mark.parametrize("text, word, target, where", [
    ("The Karen National Union said its fighters had captured a military outpost near the Thai border.",
     "captured", ("Military Forces of Myanmar", "MMR"), "MMR"),
    ("Karen rebels captured an army camp near the Thai border.", "captured",
     ("Military Forces of Myanmar", "MMR"), "MMR"),
    ("The KNLA overran a junta base near the Thailand border in Myawaddy township.", "overran",
     ("Military Forces of Myanmar", "MMR"), "MMR"),
    ("The Arakan Army captured a border post near the Bangladesh border.", "captured", None, "MMR"),
    # variants
    ("Karen fighters seized a police station near the Thai border on Sunday.", "seized",
     ("Police Forces of Myanmar", "MMR"), "MMR"),
    ("TNLA fighters shelled a junta base near the Chinese frontier.", "shelled",
     ("Military Forces of Myanmar", "MMR"), "MMR"),
    ("The Arakan Army overran an army base near the Bangladesh border on Tuesday.", "overran",
     ("Military Forces of Myanmar", "MMR"), "MMR"),
    ("KIA fighters attacked a junta outpost near the Chinese border.", "attacked",
     ("Military Forces of Myanmar", "MMR"), "MMR"),
])
def test_a_bare_border_names_no_side(pipeline, text: str, word: str, target: tuple | None,
                                     where: str) -> None:
    event = _event(pipeline, text, word)
    assert _where(event) == where
    assert _actor(event.target) == target


@pytest.mark.parametrize("text, word, where", [
    # controls: "the border with X"; doers of a demonym; a named town; a border town; nothing else named
    ("Karen rebels captured an army camp near the border with Thailand.", "captured", "MMR"),
    ("Pakistani troops killed five militants near the Afghan border, the military said.", "killed", "PAK"),
    ("Myanmar fighter jets bombed a rebel camp near the Indian border, killing six fighters.", "bombed",
     "MMR"),
    ("Indian troops killed two infiltrators near the Pakistani border in Kupwara.", "killed", "IND"),
    ("Thai soldiers were killed near the Malaysian border in Narathiwat.", "killed", "THA"),
    ("Fighters attacked a village in the Syrian border town of Tal Abyad.", "attacked", "SYR"),
    ("Militants attacked a village near the Algerian border.", "attacked", "DZA"),
    ("Soldiers killed three militants near the Afghan border on Monday.", "killed", "AFG"),
    ("Thai border police arrested five smugglers.", "arrested", "THA"),
])
def test_a_bare_border_controls(pipeline, text: str, word: str, where: str) -> None:
    assert _where(_event(pipeline, text, word)) == where


def test_a_doer_of_the_demonym_keeps_it(pipeline) -> None:
    event = _event(pipeline, "Thai troops shelled Cambodian positions near the Cambodian border.", "shelled")
    assert _actor(event.source) == ("Military Forces of Thailand", "THA")


# 3. People who fled to a country are not its people ---------------------------------------------------------
@pytest.mark.parametrize("text, word, source", [
    ("Thousands of young people have fled to Thailand to avoid being drafted by the junta.", "fled",
     ("Civilians", None)),
    ("Hundreds of Chin refugees fled to India after junta airstrikes.", "fled",
     ("Chin Ethnic Group (Myanmar)", "MMR")),
    # variants
    ("Thousands of villagers fled to Thailand after airstrikes by the Myanmar military.", "fled",
     ("Civilians (Myanmar)", "MMR")),
    ("Hundreds of Rohingya fled to Bangladesh after the army burned their villages.", "fled",
     ("Rohingya Ethnic Group (Myanmar)", "MMR")),
    # control: the fleeing people's own demonym
    ("Syrian refugees fled to Turkey after airstrikes by government forces.", "fled",
     ("Refugees/IDPs (Syria)", "SYR")),
])
def test_the_fled_keep_their_country(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actor(_event(pipeline, text, word).source) == source


@pytest.mark.parametrize("text, word, source", [
    # controls: a destination of no flight; a flight from a place of the story
    ("Thai police arrested 20 migrants in Mae Sot.", "arrested", ("Police Forces of Thailand", "THA")),
    ("Protesters marched to Parliament in Bangkok.", "marched", ("Protesters (Thailand)", "THA")),
])
def test_the_fled_controls(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actor(_event(pipeline, text, word).source) == source
