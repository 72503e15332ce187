"""Crowds fighting police told with the police first (round clashed52): "Police clashed with protesters",
"Riot police clashed with demonstrators", "Police and protesters clashed", "Police clash with pension
protesters" are the crowd's riot (PLOVER PROTEST riot, CAMEO 145, ACLED Riots) with the crowd as its doer
and the police as its target, as "protesters clashed with police" is; fans and farmers count as such a
crowd. "Clashes" naming no side in which officers (or protesters) were hurt are a riot of unnamed rioters,
not an armed clash of an invented armed group; the hurt are its target and its toll. "441 police officers
injured" after "457 people had been arrested" is a passive too: the officers are hurt, not the ones who
hurt. Police or soldiers against gunmen, militants, bandits or armed men stay armed clashes, and so do
clashes in which soldiers were hurt. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="clashed52", published="2024-06-01"))
                if e.trigger.text == word)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


def _acled(event) -> str | None:
    return event.acled.get("event_type") if event.acled else None


# 1. the police first: the crowd riots, the police are its target
@pytest.mark.parametrize("text, word, source, target", [
    ("Riot police clashed with anti-government demonstrators in Tbilisi late on Sunday.", "clashed",
     "Rioters (Georgia)", "Police Forces of Georgia"),
    ("French gendarmes clashed with protesters opposed to a water reservoir in Sainte-Soline.", "clashed",
     "Rioters (France)", "Police Forces of France"),
    ("Police in Brussels clashed with farmers outside the EU summit.", "clashed",
     "Rioters (Belgium)", "Police Forces of Belgium"),
    ("Police clashed with Feyenoord fans in Rotterdam before the match.", "clashed",
     "Rioters (Netherlands)", "Police Forces of the Netherlands"),
    ("Police and protesters clashed in central Athens on Saturday.", "clashed",
     "Rioters (Greece)", "Police Forces of Greece"),
    ("Police clash with pension protesters in Paris", "clash",
     "Rioters (France)", "Police Forces of France"),
    ("Italian police clashed with pro-Palestinian students in Pisa.", "clashed",
     "Rioters (Italy)", "Police Forces of Italy"),
    # variants
    ("Police clashed with football fans in Marseille.", "clashed",
     "Rioters (France)", "Police Forces of France"),
    ("Police clashed with youths in Nanterre overnight.", "clashed",
     "Rioters (France)", "Police Forces of France"),
    ("Police fought with rioters in Dublin.", "fought", "Rioters (Ireland)", "Police Forces of Ireland"),
    ("Police clashed with supporters of the opposition leader in Dakar.", "clashed",
     "Rioters (Senegal)", "Police Forces of Senegal"),
    ("Troops clashed with protesters in Khartoum.", "clashed", "Rioters (Sudan)", "Military Forces of Sudan"),
    ("Police and farmers clashed outside parliament in Madrid.", "clashed",
     "Rioters (Spain)", "Police Forces of Spain"),
    ("Protesters and police clashed in central Athens on Saturday.", "clashed",
     "Rioters (Greece)", "Police Forces of Greece"),
    ("Students and riot police clashed outside parliament in Tbilisi.", "clashed",
     "Rioters (Georgia)", "Police Forces of Georgia"),
    # controls: the crowd first
    ("Protesters clashed with police in Rennes.", "clashed", "Rioters (France)", "Police Forces of France"),
    ("Students clashed with riot police outside parliament in Tbilisi.", "clashed",
     "Rioters (Georgia)", "Police Forces of Georgia"),
    ("Greek farmers clashed with riot police in Athens.", "clashed",
     "Rioters (Greece)", "Police Forces of Greece"),
])
def test_forces_first_is_the_crowds_riot(pipeline, text: str, word: str, source: str, target: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover["type"], event.plover.get("mode"), event.cameo["code"]) == ("PROTEST", "riot", "145")
    assert _acled(event) == "Riots"
    assert _names(event.source) == [source]
    assert _names(event.target) == [target]


@pytest.mark.parametrize("text, word, source, target", [
    # controls: the other side is armed: an armed clash, the forces first
    ("Police clashed with gunmen in Zamfara.", "clashed",
     "Police Forces of Nigeria", "Unidentified Armed Group (Nigeria)"),
    ("Soldiers clashed with Islamist militants near Gao.", "clashed",
     "Military Forces of Mali", "Rebels (Mali)"),
    ("Security forces clashed with armed bandits in Katsina.", "clashed",
     "Security Forces of Nigeria", "Unidentified Armed Group (Nigeria)"),
    ("Police clashed with armed men in Michoacan.", "clashed",
     "Police Forces of Mexico", "Unidentified Armed Group (Mexico)"),
    ("Police and gunmen clashed in Zamfara.", "clashed",
     "Police Forces of Nigeria", "Unidentified Armed Group (Nigeria)"),
    ("Russian and Ukrainian troops clashed near Bakhmut.", "clashed",
     "Military Forces of Ukraine", "Military Forces of Russia"),
])
def test_forces_against_armed_men_stay_battles(pipeline, text: str, word: str, source: str,
                                               target: str) -> None:
    event = _event(pipeline, text, word)
    assert event.cameo["code"] == "193"
    assert event.acled == {"event_type": "Battles", "sub_event_type": "Armed clash"}
    assert _names(event.source) == [source]
    assert _names(event.target) == [target]


# 2. "clashes" naming no side, in which officers or protesters were hurt: a riot, its hurt the target and toll
@pytest.mark.parametrize("text, source, target, injured", [
    ("Seventeen officers were injured during clashes in Leeds, West Yorkshire Police said.",
     "Rioters (United Kingdom)", "Police Forces of the United Kingdom", 17),
    ("Six officers were injured and 20 people arrested during clashes in Nantes, the prefecture said.",
     "Rioters (France)", "Police Forces of France", 6),
    ("Several protesters and three officers were injured in clashes outside parliament in Belgrade.",
     "Rioters (Serbia)", "Police Forces of Serbia", 6),
    # variants
    ("Twelve officers were hurt in clashes in Paris on Saturday.", "Rioters (France)",
     "Police Forces of France", 12),
    ("Nine policemen were wounded during clashes in Lyon overnight.", "Rioters (France)",
     "Police Forces of France", 9),
])
def test_hurt_in_clashes_naming_no_side_is_a_riot(pipeline, text: str, source: str, target: str,
                                                   injured: int) -> None:
    event = _event(pipeline, text, "clashes")
    assert (event.plover["type"], event.plover.get("mode"), event.cameo["code"]) == ("PROTEST", "riot", "145")
    assert _acled(event) == "Riots"
    assert _names(event.source) == [source]
    assert target in _names(event.target)
    assert event.injured == injured


@pytest.mark.parametrize("text, word, acled, source", [
    # controls: soldiers hurt, or someone armed told: an armed clash; a side named keeps its own reading
    ("Two soldiers were injured during clashes in Kidal.", "clashes",
     "Battles", "Unidentified Armed Group (Mali)"),
    ("Five policemen were wounded in clashes with militants in Khyber Pakhtunkhwa.", "clashes", "Battles",
     "Police Forces of Pakistan"),
    ("Police said 30 officers were injured in clashes with far-right rioters in Hartlepool.", "injured",
     "Riots", "Rioters (United Kingdom)"),
])
def test_hurt_in_clashes_controls(pipeline, text: str, word: str, acled: str, source: str) -> None:
    event = _event(pipeline, text, word)
    assert _acled(event) == acled
    assert _names(event.source) == [source]


# 3. a passive shared across "and": "... had been arrested and 441 police officers injured"
@pytest.mark.parametrize("text, word, target, kind, count", [
    ("Interior Minister Gérald Darmanin said 457 people had been arrested and 441 police officers injured.",
     "injured", "Police Forces of France", "injured", 441),
    # variants
    ("The ministry said 80 people had been detained and 12 officers wounded.", "wounded",
     "Police Forces", "injured", 12),
])
def test_gapped_passive_subject_is_hurt(pipeline, text: str, word: str, target: str, kind: str,
                                        count: int) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.target) == [target]
    assert target not in _names(event.source)
    assert getattr(event, kind) == count


@pytest.mark.parametrize("text, word, source", [
    # controls: a verb with its own object, or its own auxiliary, keeps its subject as doer
    ("Five soldiers were killed and police arrested two suspects.", "arrested", "Police Forces"),
    ("Two men were arrested and police said more arrests would follow.", "arrested", None),
])
def test_gapped_passive_controls(pipeline, text: str, word: str, source: str | None) -> None:
    event = _event(pipeline, text, word)
    assert (_names(event.source) or [None])[0] == source
