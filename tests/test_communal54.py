"""Communal and sectarian fighting (round communal54, item faith-4): a fight whose own noun calls it communal,
sectarian, ethnic, religious or between two faiths ("Communal clashes in Jos killed 20 people", "Hindu-Muslim
clashes killed 40", "communal violence erupted"), with no armed side named and no firearm told, is crowds of
the communities fighting: Riots/Mob violence with Rioters, never a battle of an unidentified armed group nor
a doer named "Communal"; and armed men named after coordinated faiths ("Sunni and Shia militias", "Christian
and Muslim gunmen", "Sunni and Shiite tribesmen") are the armed men their head noun names, so their fight is
an armed clash, not a mob's. Youths, Hindus and Muslims, armed sides named, guns told and a tally of
"sectarian violence" keep their coding. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return list(pipeline.code(document_from_text(text, doc_id="communal54", published="2024-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _type(event) -> tuple[str, str]:
    return event.acled["event_type"], event.acled["sub_event_type"]


def _inters(actors) -> list[int]:
    return [a.inter for a in actors]


# 1. a fight its noun calls communal, sectarian, ethnic or religious, or between two faiths: crowds fighting
@pytest.mark.parametrize("text, word, source, dead", [
    ("Communal clashes in Jos killed 20 people.", "clashes", "Rioters (Nigeria)", 20),
    ("Communal clashes erupted in Nuh, leaving six dead.", "clashes", "Rioters (India)", 6),
    ("Sectarian clashes in Kurram killed 40 people.", "clashes", "Rioters (Pakistan)", 40),
    ("Ethnic clashes in Jos killed 20 people.", "clashes", "Rioters (Nigeria)", 20),
    ("Religious clashes broke out in Ambon, killing 15 people.", "clashes", "Rioters (Indonesia)", 15),
    ("Sectarian clashes broke out in Sidon, leaving five dead.", "clashes", "Rioters (Lebanon)", 5),
    ("Authorities imposed a curfew in Muzaffarnagar after Hindu-Muslim clashes killed 40.", "clashes",
     "Rioters (India)", 40),
    # variants
    ("Intercommunal clashes in Mopti killed 20 people.", "clashes", "Rioters (Mali)", 20),
    ("Communal clashes broke out in Kandhamal on Monday, injuring 12 people.", "clashes", "Rioters (India)",
     None),
    ("Sunni-Shia clashes in Parachinar killed 12 people.", "clashes", "Rioters (Pakistan)", 12),
    ("Communal fighting in Bossangoa killed 30 people.", "fighting", "Rioters (Central African Republic)",
     30),
    ("Police arrested 20 people after communal clashes in Nuh.", "clashes", "Rioters (India)", None),
])
def test_communal_clash_is_mob_violence(pipeline, text: str, word: str, source: str,
                                        dead: int | None) -> None:
    event = _event(pipeline, text, word)
    assert _type(event) == ("Riots", "Mob violence")
    assert [a.name for a in event.source] == [source]
    assert set(_inters(event.source + event.target)) == {5}
    assert "Communal" not in [a.text for a in event.source]
    assert event.fatalities == dead


# 2. violence told communal, sectarian, ethnic or religious that breaks out: a riot between communities
@pytest.mark.parametrize("text, source", [
    ("Religious violence erupted in Ambon on Sunday.", "Rioters (Indonesia)"),
    ("Communal violence erupted in Bhagalpur.", "Rioters (India)"),
    # variants
    ("Ethnic violence broke out in Osh on Friday.", "Rioters (Kyrgyzstan)"),
    ("Sectarian violence broke out in Tripoli after the funeral.", "Rioters (Libya)"),
    ("Communal violence erupted in Delhi, leaving 30 dead.", "Rioters (India)"),
])
def test_communal_violence_breaking_out_is_a_riot(pipeline, text: str, source: str) -> None:
    event = _event(pipeline, text, "violence")
    assert _type(event) == ("Riots", "Mob violence")
    assert [a.name for a in event.source] == [source]


@pytest.mark.parametrize("text, word, expected", [
    # controls: a communal riot's own noun, a curfew "after communal riots", a tally, violence of no kind
    ("Sectarian riots broke out in Sidon.", "riots", ("Riots", "Mob violence")),
    ("Police imposed a curfew in Bhagalpur after communal riots.", "riots", ("Riots", "Mob violence")),
    ("Sectarian violence killed 3,000 people in July.", "killed", ("Violence against civilians", "Attack")),
])
def test_communal_violence_controls(pipeline, text: str, word: str, expected: tuple[str, str]) -> None:
    assert _type(_event(pipeline, text, word)) == expected


def test_violence_of_no_kind_is_no_event(pipeline) -> None:
    assert _events(pipeline, "Violence erupted in Jos on Sunday.") == []


def test_sectarian_tally_is_no_riot(pipeline) -> None:
    words = [e.trigger.text for e in _events(pipeline, "Sectarian violence killed 3,000 people in July.")]
    assert words == ["killed"]


# 3. armed men named after coordinated faiths: their head noun decides, an armed clash
@pytest.mark.parametrize("text, word, name, inter, dead", [
    ("Sunni and Shia militias clashed in Baghdad, killing ten.", "clashed", "Militia (Iraq)", 3, 10),
    ("Sunni and Shiite militias exchanged fire in Tal Afar.", "exchanged fire", "Militia (Iraq)", 3, None),
    ("Christian and Muslim militias clashed in Bangui, killing 15.", "clashed",
     "Militia (Central African Republic)", 3, 15),
    ("Christian and Muslim gunmen clashed in Bangassou, killing eight.", "clashed",
     "Unidentified Armed Group (Central African Republic)", 3, 8),
    ("Sunni and Shiite tribesmen fought with rockets in Kurram, leaving 30 dead.", "fought",
     "Unidentified Tribal Militia (Pakistan)", 4, 30),
    ("Sunni and Shiite militants clashed in Parachinar, killing at least 30 people.", "clashed",
     "Rebels (Pakistan)", 2, 30),
    # variants
    ("Buddhist and Muslim militias clashed near Sittwe, killing nine.", "clashed", "Militia (Myanmar)", 3, 9),
    ("Shia and Sunni gunmen exchanged fire in Tripoli, killing three.", "exchanged fire",
     "Unidentified Armed Group (Libya)", 3, 3),
    ("Christian and Muslim militiamen clashed in Bangui.", "clashed", "Militia (Central African Republic)", 3,
     None),
])
def test_faiths_armed_men_fight_a_battle(pipeline, text: str, word: str, name: str, inter: int,
                                          dead: int | None) -> None:
    event = _event(pipeline, text, word)
    assert _type(event) == ("Battles", "Armed clash")
    assert [(a.name, a.inter) for a in event.source] == [(name, inter)]
    assert event.fatalities == dead


@pytest.mark.parametrize("text, word, expected, inters", [
    # controls: militias on both sides named apart, faiths' people and youths fighting, armed sides of a
    # sectarian fight, guns told, state forces, a religious militia's killings of civilians
    ("Sunni militias clashed with Shia militias in Diyala, killing 12.", "clashed",
     ("Battles", "Armed clash"), [3, 3]),
    ("Clashes between Christians and Muslims in Kafanchan killed 10.", "Clashes", ("Riots", "Mob violence"),
     [5, 5]),
    ("Hindus and Muslims clashed in Aligarh, injuring 15.", "clashed", ("Riots", "Mob violence"), [5, 5]),
    ("Catholic and Protestant youths clashed in Belfast.", "clashed", ("Riots", "Mob violence"), [5, 5]),
    ("Christian and Muslim youths clashed in Jos, injuring 20.", "clashed", ("Riots", "Mob violence"),
     [5, 5]),
    ("Christian-Muslim clashes in Kaduna killed dozens.", "clashes", ("Riots", "Mob violence"), [5, 5]),
    ("Hindu-Muslim clashes in Khambhat injured 10 people.", "clashes", ("Riots", "Mob violence"), [5, 5]),
    ("Shia militiamen executed dozens of Sunni men in Baghdad.", "executed",
     ("Violence against civilians", "Attack"), [3, 7]),
    ("Sectarian fighting between Sunni and Alawite gunmen in Tripoli killed six people.", "fighting",
     ("Battles", "Armed clash"), [3, 4]),
    ("Ethnic clashes with guns and rockets killed 12 people in Jonglei.", "clashes",
     ("Battles", "Armed clash"), [3]),
    ("Ethnic militias clashed in Ituri, killing 14.", "clashed", ("Battles", "Armed clash"), [4, 4]),
])
def test_faith_fight_controls(pipeline, text: str, word: str, expected: tuple[str, str],
                              inters: list[int]) -> None:
    event = _event(pipeline, text, word)
    assert _type(event) == expected
    assert _inters(event.source + event.target) == inters


def test_faiths_leaders_stay_religious(pipeline) -> None:
    event = _event(pipeline, "Christian and Muslim leaders met in Abuja to call for calm.", "met")
    assert [(a.name, a.sector) for a in event.source] == [("Religious Group (Nigeria)", "REL")]
