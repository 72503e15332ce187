"""A leader's armed followers (round followers57): a leader's possessive before a word for armed men of no
state ("Museveni's rebels" in 1983, "Mugabe's militia", "Gbagbo's militias", "Laurent Kabila's rebels",
"Kabila's fighters") names the group, not the leader nor his office: rebels of his country (REB, inter 2), a
militia of his country (PRM, inter 3; ACLED's "Militia (Pro-Government)" while he holds office), and for
bare "fighters" of a sitting ruler his state's forces ("Gaddafi's fighters"). The state's own nouns
("Assad's forces", "Putin's troops", "Maduro's police", "Museveni's government"), supporters, a leader who
is an armed group's himself ("Savimbi's fighters", "Kony's rebels") and "Haftar's forces" (the LNA) stay as
they were. Sentences written for the test, each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str, date: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="followers57", published=date))
                if e.trigger.text == word)


def _actor(actor) -> tuple:
    return (actor.name, actor.country, actor.sector, actor.inter)


# 1. a leader's rebels, guerrillas or fighters (out of office, or "rebels" whenever): rebels of his country
@pytest.mark.parametrize("text, word, date, side, actor", [
    ("Museveni's rebels attacked an army barracks.", "attacked", "1983-05-01", "source",
     ("Rebels (Uganda)", "UGA", "REB", 2)),
    ("Laurent Kabila's rebels captured Kisangani.", "captured", "1997-03-15", "source",
     ("Rebels (Democratic Republic of Congo)", "COD", "REB", 2)),
    # variants
    ("Museveni's guerrillas ambushed a military convoy near Luwero.", "ambushed", "1983-06-01", "source",
     ("Rebels (Uganda)", "UGA", "REB", 2)),
    ("Mugabe's guerrillas attacked a farm near Mutare.", "attacked", "1977-06-01", "source",
     ("Rebels (Zimbabwe)", "ZWE", "REB", 2)),
    ("Ouattara's rebels seized the town of Duekoue.", "seized", "2011-03-29", "source",
     ("Rebels (Ivory Coast)", "CIV", "REB", 2)),
    ("Kabila's fighters seized the town of Bukavu.", "seized", "1996-11-01", "source",
     ("Rebels (Democratic Republic of Congo)", "COD", "REB", 2)),
    ("Charles Taylor's rebels attacked Monrovia.", "attacked", "1990-06-01", "source",
     ("Rebels (Liberia)", "LBR", "REB", 2)),
    ("Kagame's rebels killed civilians in 1994, the report said.", "killed", "2011-06-01", "source",
     ("Rebels (Rwanda)", "RWA", "REB", 2)),
    ("Government troops fought Museveni's rebels near Kampala.", "fought", "1985-06-01", "target",
     ("Rebels (Uganda)", "UGA", "REB", 2)),
])
def test_leaders_rebels(pipeline, text: str, word: str, date: str, side: str, actor: tuple) -> None:
    event = _event(pipeline, text, word, date)
    assert _actor(getattr(event, side)[0]) == actor


# 2. a leader's militia: a militia of his country, pro-government while he holds office
@pytest.mark.parametrize("text, word, date, side, actor, acled", [
    ("Mugabe's militia beat opposition supporters in Harare.", "beat", "2008-06-01", "source",
     ("Militia (Zimbabwe)", "ZWE", "PRM", 3), "Militia (Pro-Government)"),
    ("Gbagbo's militias killed dozens of people in Abidjan.", "killed", "2011-03-20", "source",
     ("Militia (Ivory Coast)", "CIV", "PRM", 3), "Militia (Pro-Government)"),
    # variants
    ("Nkurunziza's youth militia attacked opposition supporters in Bujumbura.", "attacked", "2015-06-01",
     "source", ("Militia (Burundi)", "BDI", "PRM", 3), "Militia (Pro-Government)"),
    ("Mugabe's militiamen burned the homes of opposition activists.", "burned", "2008-06-01", "source",
     ("Militia (Zimbabwe)", "ZWE", "PRM", 3), "Militia (Pro-Government)"),
    ("Assad's militia killed dozens of civilians in Baniyas.", "killed", "2013-05-03", "source",
     ("Militia (Syria)", "SYR", "PRM", 3), "Militia (Pro-Government)"),
    ("Kiir's militia killed civilians in Juba.", "killed", "2014-06-01", "source",
     ("Militia (South Sudan)", "SSD", "PRM", 3), "Militia (Pro-Government)"),
    ("Troops loyal to Ouattara attacked Gbagbo's militias in Abidjan.", "attacked", "2011-06-01", "target",
     ("Militia (Ivory Coast)", "CIV", "PRM", 3), "Unidentified Armed Group (Ivory Coast)"),
])
def test_leaders_militia(pipeline, text: str, word: str, date: str, side: str, actor: tuple,
                         acled: str) -> None:
    found = getattr(_event(pipeline, text, word, date), side)[0]
    assert _actor(found) == actor
    assert found.acled_actor == acled


# 3. a sitting ruler's bare fighters are his state's forces; his mercenaries are mercenaries
@pytest.mark.parametrize("text, word, date, actor", [
    ("Gaddafi's fighters shelled Misrata.", "shelled", "2011-06-01",
     ("Military Forces of Libya", "LBY", "MIL", 1)),
    ("Gaddafi's mercenaries fired on protesters in Benghazi.", "fired", "2011-02-20",
     ("Mercenaries (Libya)", "LBY", "UAF", 8)),
])
def test_rulers_fighters(pipeline, text: str, word: str, date: str, actor: tuple) -> None:
    assert _actor(_event(pipeline, text, word, date).source[0]) == actor


CONTROLS = [
    # the state's own nouns after a ruler's name
    ("Assad's forces shelled Douma.", "shelled", "2018-03-01", ("Military Forces of Syria", "SYR", "MIL", 1)),
    ("Putin's troops invaded Ukraine.", "invaded", "2022-02-24",
     ("Military Forces of Russia", "RUS", "MIL", 8)),
    ("Museveni's government arrested Bobi Wine.", "arrested", "2021-01-15",
     ("Government of Uganda", "UGA", "GOV", 1)),
    ("Maduro's police arrested the opposition leader.", "arrested", "2021-06-01",
     ("Police Forces of Venezuela", "VEN", "COP", 1)),
    ("Nkurunziza's police arrested protesters in Bujumbura.", "arrested", "2015-06-01",
     ("Police Forces of Burundi", "BDI", "COP", 1)),
    ("Gaddafi's forces shelled Misrata.", "shelled", "2011-06-01",
     ("Military Forces of Libya", "LBY", "MIL", 1)),
    ("Assad's soldiers shelled Homs.", "shelled", "2013-06-01",
     ("Military Forces of Syria", "SYR", "MIL", 1)),
    # supporters and loyalists stay a crowd
    ("Mugabe's supporters marched in Harare.", "marched", "2008-06-01",
     ("Protesters (Zimbabwe)", "ZWE", "PTY", 6)),
    ("Gaddafi loyalists attacked protesters in Tripoli.", "attacked", "2011-06-01",
     ("Rioters (Libya)", "LBY", "PTY", 5)),
    # a leader who is an armed group's himself; a non-state commander's forces
    ("Savimbi's fighters attacked a government garrison in Huambo.", "attacked", "1990-06-01",
     ("Jonas Savimbi", "AGO", "REB", 2)),
    ("Kony's rebels attacked a camp in Gulu.", "attacked", "2005-06-01", ("Joseph Kony", "UGA", "REB", 2)),
    ("Haftar's forces shelled Tripoli.", "shelled", "2019-06-01", ("LNA", "LBY", "MIL", 1)),
    # a name the leaders file lacks; a "pro-" militia
    ("Taylor's rebels attacked Monrovia.", "attacked", "1990-06-01", ("Rebels (Liberia)", "LBR", "REB", 2)),
    ("Pro-Gaddafi militiamen attacked protesters in Tripoli.", "attacked", "2011-06-01",
     ("Militia (Libya)", "LBY", "PRM", 3)),
]


@pytest.mark.parametrize("text, word, date, actor", CONTROLS)
def test_followers_controls(pipeline, text: str, word: str, date: str, actor: tuple) -> None:
    assert _actor(_event(pipeline, text, word, date).source[0]) == actor
