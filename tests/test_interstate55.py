"""One state's armies against another (round interstate55, item coldwar-2): a state named as such that
another state's forces or government attack or invade ("Iraqi troops invaded Kuwait", "Iraq invaded Iran",
"Vietnamese troops attacked Cambodia") is a warring side, so the ACLED type is Battles/Armed clash with
the state's military forces as the other side, not violence against an unarmed official; and forces that
land at a place, advance on one, cross a named river or are ordered into a city ("United States Marines landed
in Grenada", "rebels advanced on Goma", "Communist forces crossed the Yangtze", "ordered 400 soldiers into
the city") are a troop movement (PLOVER MOBILIZE troops, CAMEO 154). Officials attacked by gunmen, planes
that land, talks that advance and migrants who cross stay as they were. Sentences written for the test,
old wording with its date and modern, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, date: str):
    return list(pipeline.code(document_from_text(text, doc_id="interstate55", published=date)))


def _event(pipeline, text: str, date: str, word: str):
    return next(e for e in _events(pipeline, text, date) if e.trigger.text == word)


def _acled(event) -> tuple[str, str] | None:
    return (event.acled["event_type"], event.acled["sub_event_type"]) if event.acled else None


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


# 1. a state named as such attacked or invaded by another state's forces: a battle with its military forces
@pytest.mark.parametrize("date, text, word, target", [
    ("2022-02-25", "Russian troops invaded Ukraine on Thursday.", "invaded", "Military Forces of Ukraine"),
    ("1979-12-28", "Soviet troops invaded Afghanistan.", "invaded", "Military Forces of Afghanistan"),
    ("1990-08-03", "Iraqi troops invaded Kuwait early on Thursday.", "invaded", "Military Forces of Kuwait"),
    ("1980-09-23", "Iraqi forces attacked Iran along a broad front.", "attacked", "Military Forces of Iran"),
    ("1978-12-26", "Vietnamese troops attacked Cambodia.", "attacked", "Military Forces of Cambodia"),
    ("1982-04-02", "Argentine forces invaded the Falkland Islands.", "invaded",
     "Military Forces of the Falkland Islands"),
    # variants: a state as the doer, a part of a country, an old name, a formal name
    ("1980-09-22", "Iraq invaded Iran on Monday.", "invaded", "Military Forces of Iran"),
    ("2024-01-10", "Russia attacked Ukraine on Thursday.", "attacked", "Military Forces of Ukraine"),
    ("2024-01-10", "Israeli forces invaded southern Lebanon.", "invaded", "Military Forces of Lebanon"),
    ("1998-06-05", "Ethiopian troops attacked Eritrea.", "attacked", "Military Forces of Eritrea"),
    ("1950-06-25", "North Korean troops invaded South Korea.", "invaded", "Military Forces of South Korea"),
    ("1950-06-25", "North Korean forces invaded the Republic of Korea.", "invaded",
     "Military Forces of South Korea"),
    ("1983-10-25", "American troops invaded Grenada on Tuesday.", "invaded", "Military Forces of Grenada"),
])
def test_state_attacked_by_another_is_a_battle(pipeline, date: str, text: str, word: str,
                                               target: str) -> None:
    event = _event(pipeline, text, date, word)
    assert _acled(event) == ("Battles", "Armed clash")
    assert [((a.acled_actor or "").split(" (")[0], a.inter) for a in event.target] == [(target, 1)]


@pytest.mark.parametrize("date, text, word, acled", [
    # controls: armed units attacked, officials attacked by gunmen, shelling of a city, a state criticised
    ("2024-01-10", "Russian troops attacked Ukrainian army units near Kharkiv.", "attacked",
     ("Battles", "Armed clash")),
    ("2024-01-10", "Gunmen shot dead the mayor of a town in Michoacan on Sunday.", "shot dead",
     ("Violence against civilians", "Attack")),
    ("2024-01-10", "Militants attacked the convoy of the provincial governor, killing his driver.",
     "attacked", ("Violence against civilians", "Attack")),
    ("2022-03-01", "Russian forces shelled Kharkiv on Tuesday, killing 11 civilians.", "shelled",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("2024-01-10", "Rebels attacked Mali's army on Tuesday.", "attacked", ("Battles", "Armed clash")),
    ("2024-01-10", "The president attacked Britain for its policy.", "attacked", None),
])
def test_state_attacked_controls(pipeline, date: str, text: str, word: str, acled: tuple | None) -> None:
    assert _acled(_event(pipeline, text, date, word)) == acled


def test_official_shot_stays_an_unarmed_victim(pipeline) -> None:
    event = _event(pipeline, "Gunmen shot dead the mayor of a town in Michoacan on Sunday.", "2024-01-10",
                   "shot dead")
    assert [(a.name, a.inter) for a in event.target] == [("Government of Mexico", 7)]


# 2. forces that land, advance on a place, cross a named river or are ordered in: a troop movement
@pytest.mark.parametrize("date, text, word, source, where", [
    ("1983-10-26", "United States Marines landed in Grenada on Tuesday.", "landed",
     "Military Forces of the United States", None),
    ("1965-03-08", "Two battalions of United States Marines landed at Da Nang today.", "landed",
     "Military Forces of the United States", "VNM"),
    ("1982-05-22", "British paratroops landed at San Carlos on the Falklands.", "landed",
     "Military Forces of the United Kingdom", None),
    ("1982-05-22", "British commandos landed on the Falkland Islands.", "landed",
     "Military Forces of the United Kingdom", "FLK"),
    ("1950-09-15", "United Nations forces landed at Inchon today under General MacArthur.", "landed", None,
     "KOR"),
    ("2024-01-10", "Rebel forces advanced on the capital.", "advanced", "Rebels", None),
    ("2024-01-10", "Rebels advanced on Goma on Tuesday.", "advanced", "Rebels", None),
    ("1949-04-21", "Communist forces crossed the Yangtze on a broad front.", "crossed", None, None),
    ("2024-01-10", "The army sent paratroops to the border.", "sent", "Military Forces", None),
    ("2024-01-10", "The president ordered 400 soldiers into the city.", "ordered", "Government", None),
    # variants
    ("1950-09-15", "American troops landed at Incheon on Friday.", "landed",
     "Military Forces of the United States", "KOR"),
    ("2022-02-24", "Russian paratroops landed at Hostomel airport.", "landed", "Military Forces of Russia",
     "UKR"),
    ("2024-01-10", "Rebels advanced towards Kinshasa on Tuesday.", "advanced", None, "COD"),
    ("2024-01-10", "Rebels advanced on the town of Goma.", "advanced", None, "COD"),
    ("1968-08-21", "Brezhnev ordered Soviet tanks into Czechoslovakia.", "ordered", "Leonid Brezhnev", "CZE"),
    ("2024-01-10", "The governor ordered National Guard troops into the capital on Monday.", "ordered",
     "Government", None),
])
def test_forces_moved(pipeline, date: str, text: str, word: str, source: str | None,
                      where: str | None) -> None:
    event = _event(pipeline, text, date, word)
    assert (event.plover["type"], event.plover["mode"], event.cameo["code"]) == ("MOBILIZE", "troops", "154")
    if source is not None:
        assert event.source[0].name == source
    if where is not None:
        assert _where(event) == where


@pytest.mark.parametrize("date, text, cls", [
    # controls: forces that landed already coded, peacekeepers, tanks; planes, talks, migrants, children
    ("1974-07-20", "Turkish troops landed in northern Cyprus at dawn today.", ("MOBILIZE", "154")),
    ("2024-01-10", "The first Nepalese peacekeepers landed in Juba on Monday.", ("AID", "074")),
    ("2024-01-10", "Army tanks rolled into the town on Sunday.", ("MOBILIZE", "154")),
    ("2024-01-10", "The president's plane landed in Nairobi on Monday.", None),
    ("2024-01-10", "The plane landed at Heathrow on Monday.", None),
    ("2024-01-10", "The astronauts landed in Kazakhstan on Monday.", None),
    ("2024-01-10", "Negotiators advanced on a draft text on Monday.", None),
    ("2024-01-10", "Shares advanced on Monday after the report.", None),
    ("2024-01-10", "Protesters advanced on parliament on Monday.", None),
    ("2024-01-10", "Thousands of migrants crossed the river into Mexico.", None),
    ("2024-01-10", "Migrants crossed the Rio Grande on Monday.", None),
    ("2024-01-10", "Troops crossed the river.", None),
    ("2024-01-10", "The prime minister ordered the children into the city.", None),
])
def test_forces_moved_controls(pipeline, date: str, text: str, cls: tuple | None) -> None:
    events = _events(pipeline, text, date)
    got = (events[0].plover["type"], events[0].cameo["code"]) if events else None
    assert got == cls
