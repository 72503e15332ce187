"""The lone attacker (round attacker53): one person named by a role noun who stabs, shoots, rams or blows
himself up ("a driver", "a pupil", "a student", "an asylum seeker", "a teenager", "the man", a counted few who
stab or attack with a blade: "two men") is an unidentified armed group, as "the attacker" already is, not
workers, students, refugees, children, civilians or rioters; "knifeman" and "axeman" are armed roles; and the
man police shoot or arrest after he stabbed ("police shot dead a man who had stabbed ...", "a man who stabbed
... was arrested", "... before police shot him") keeps that armed reading, so the shooting is an armed clash,
not violence against civilians. Victims, bystanders, crowds and plural strikers or rioters stay what they
were. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

UAG = "Unidentified Armed Group"


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="attacker53", published="2024-09-01"))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


def _type(event) -> str:
    return f"{event.acled.get('event_type')}/{event.acled.get('sub_event_type')}" if event.acled else "-"


CLASH = "Battles/Armed clash"
VAC = "Violence against civilians/Attack"


# 1. the one police shoot or arrest after he attacked: the same armed actor as target, an armed clash
@pytest.mark.parametrize("text, word, target, kind", [
    ("Police shot dead a man who had stabbed three people at a tram stop in Zagreb.", "shot dead",
     f"{UAG} (Croatia)", CLASH),
    ("A man who stabbed two children at a playground in Aschaffenburg was arrested by police.", "arrested",
     f"{UAG} (Germany)", "Strategic developments/Arrests"),
    ("Officers shot dead a teenager who attacked worshippers with a knife at a church in Sydney.",
     "shot dead", f"{UAG} (Australia)", CLASH),
    ("A woman who opened fire at a church in Houston was shot dead by security guards.", "shot dead",
     f"{UAG} (United States)", CLASH),
    ("Police killed the man who had attacked the synagogue with an axe.", "killed", UAG, CLASH),
    # variants
    ("A man stabbed three people at a station in Hamburg before police shot him dead.", "shot",
     f"{UAG} (Germany)", CLASH),
    ("A man stabbed three people at a station in Hamburg. Police later shot the man dead.", "shot",
     f"{UAG} (Germany)", CLASH),
    ("A man stabbed three people at a station in Hamburg. Police shot him dead.", "shot",
     f"{UAG} (Germany)", CLASH),
    ("Police arrested a man who had stabbed his neighbour in Malmo.", "arrested", f"{UAG} (Sweden)",
     "Strategic developments/Arrests"),
    ("Police shot dead a migrant who had attacked officers with a knife in Paris.", "shot dead",
     f"{UAG} (France)", CLASH),
    ("Police detained a student who had stabbed a classmate in Perm.", "detained", f"{UAG} (Russia)",
     "Strategic developments/Arrests"),
])
def test_the_attacker_aimed_at_stays_armed(pipeline, text: str, word: str, target: str, kind: str) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.target) == [target]
    assert _type(event) == kind


@pytest.mark.parametrize("text, word, target, kind", [
    # controls: "the attacker", "a gunman" named so; a man fleeing or protesting; a victim of the stabbing
    ("Police shot dead the attacker, who had stabbed two people outside a synagogue.", "shot dead", UAG,
     CLASH),
    ("Police killed a gunman who had shot dead three people at a school in Nashville.", "killed",
     f"{UAG} (United States)", CLASH),
    ("Police shot dead a man who was fleeing a checkpoint in Lagos.", "shot dead", "Civilians (Nigeria)",
     VAC),
    ("A man stabbed a man in Leeds.", "stabbed", "Civilians (United Kingdom)", VAC),
    ("A driver was shot dead by police in Nanterre.", "shot dead", "Labour Group (France)", VAC),
    ("Police arrested two men who had robbed a bank in Madrid.", "arrested", "Civilians (Spain)",
     "Strategic developments/Arrests"),
    # a crowd's lynching, a state's execution, a deed only charged: the man stays a civilian
    ("A mob lynched a man accused of stabbing a shopkeeper in Lagos.", "lynched", "Civilians (Nigeria)",
     "Riots/Mob violence"),
    ("Villagers beat to death a man who had stabbed a farmer in Kisii.", "beat to death", "Civilians (Kenya)",
     "Riots/Mob violence"),
    ("Singapore hanged a man who had stabbed a guard in 2019.", "hanged", "Civilians (Singapore)", VAC),
    ("Police shot dead a man suspected of stabbing a taxi driver in Lyon.", "shot dead", "Civilians (France)",
     VAC),
])
def test_the_attacker_aimed_at_controls(pipeline, text: str, word: str, target: str, kind: str) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.target) == [target]
    assert _type(event) == kind


# 2. one person named by a role noun (or a counted few with a blade) who does armed violence
@pytest.mark.parametrize("text, word, source", [
    ("A knifeman stabbed four people at a shopping centre in Leeds.", "stabbed", f"{UAG} (United Kingdom)"),
    ("A driver rammed his van into a crowd of shoppers in Graz, killing three people.", "rammed",
     f"{UAG} (Austria)"),
    ("A pupil stabbed a teaching assistant to death at a school in Nogent.", "stabbed", UAG),
    ("A student opened fire at a university in Perm, killing six people.", "opened fire", f"{UAG} (Russia)"),
    ("A teenager blew himself up outside an FSB building in Arkhangelsk.", "blew", f"{UAG} (Russia)"),
    ("An asylum seeker stabbed two people in a park in Aschaffenburg.", "stabbed", f"{UAG} (Germany)"),
    ("Two men stabbed a priest to death inside a church in Normandy.", "stabbed", f"{UAG} (France)"),
    # variants
    ("A man blew himself up at a checkpoint in Kabul.", "blew", f"{UAG} (Afghanistan)"),
    ("A schoolboy opened fire at his school in Belgrade, killing nine people.", "opened fire",
     f"{UAG} (Serbia)"),
    ("The student attacked a teacher with a knife at a school in Ankara.", "attacked", f"{UAG} (Turkey)"),
    ("Two women attacked a shopkeeper with a knife in Marseille.", "attacked", f"{UAG} (France)"),
    ("Two teenagers stabbed a boy outside a school in Croydon.", "stabbed", f"{UAG} (United Kingdom)"),
    ("A refugee was stabbed by two men in Berlin.", "stabbed", f"{UAG} (Germany)"),
    ("A machete-wielding man attacked shoppers in Bolton.", "attacked", f"{UAG} (United Kingdom)"),
])
def test_a_lone_attacker_is_armed(pipeline, text: str, word: str, source: str) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.source) == [source]
    assert _type(event) != "Riots/Mob violence"


@pytest.mark.parametrize("text, word, source, kind", [
    # controls: crowds, plural students and drivers, a body of students, a beating by a few, rioters
    ("Rioters attacked a mosque in Southport.", "attacked", "Rioters (United Kingdom)", "Riots/Mob violence"),
    ("A crowd lynched two suspected thieves in Lagos.", "lynched", "Rioters (Nigeria)", "Riots/Mob violence"),
    ("Students attacked a police station in Dhaka.", "attacked", "Rioters (Bangladesh)",
     "Riots/Mob violence"),
    ("Taxi drivers blocked roads in Nairobi.", "blocked", "Protesters (Kenya)", "Protests/Peaceful protest"),
    ("Taxi drivers attacked a rival's car in Nairobi.", "attacked", "Rioters (Kenya)", "Riots/Mob violence"),
    ("A student union attacked the rector's office in Dhaka.", "attacked", "Students (Bangladesh)", VAC),
    ("A youth threw a stone at a police car in Belfast.", "threw", "Rioters (United Kingdom)",
     "Riots/Mob violence"),
    ("A man stabbed three people at a train station in Hamburg.", "stabbed", f"{UAG} (Germany)", VAC),
    ("A former soldier opened fire on shoppers at a mall in Nakhon Ratchasima, killing 21 people.",
     "opened fire", f"{UAG} (Thailand)", VAC),
])
def test_a_lone_attacker_controls(pipeline, text: str, word: str, source: str, kind: str) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.source) == [source]
    assert _type(event) == kind


# 3. victims stay civilians; the knifeman aimed at is armed and his death counted
@pytest.mark.parametrize("text, word, target, dead", [
    ("Officers opened fire on the knifeman, killing him.", "opened fire", UAG, 1),
    ("Officers opened fire on the gunman, killing him.", "opened fire", UAG, 1),
    ("Nine people were wounded when a man stabbed passengers on a train.", "stabbed", "Civilians", None),
    ("A pupil stabbed a teaching assistant to death at a school in Nogent.", "stabbed", "Teachers", 1),
    ("A refugee was stabbed by two men in Berlin.", "stabbed", "Refugees/IDPs (Germany)", None),
    ("Two teenagers stabbed a boy outside a school in Croydon.", "stabbed", "Children (United Kingdom)",
     None),
])
def test_victims_and_the_knifeman(pipeline, text: str, word: str, target: str, dead: int | None) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.target)[0] == target
    assert event.fatalities == dead
