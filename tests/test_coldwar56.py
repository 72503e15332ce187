"""Force on crowds, captives, risings and coups (round coldwar56, item coldwar-3, cases 4-12): dogs, fire
hoses or water cannon used, set, turned or unleashed on people ("police used dogs against protesters", "set
dogs on protesters") are crowd control, not "used sniffer dogs to find the drugs"; "took 30 soldiers prisoner"
(the people the parse hangs on "prisoner") and "invaders were taken prisoner" are captures of those people;
people who rise against someone or in arms ("villagers rose up against the army", "Hungarians rose against
Soviet rule") riot, soldiers who do so mutiny, not "prices rose against the dollar" nor "villagers rose
early"; a ruler the leaders' dictionary names ("overthrew Dr Mossadegh", "Prince Sihanouk was deposed by the
National Assembly") is ousted (CAMEO 1724, as "ousted the president"), not "Nadal ousted Federer"; "crushed an
uprising of students" has the students as its target. Sentences written for the test, each group with
controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, date: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="coldwar56", published=date)))


def _event(pipeline, text: str, word: str, date: str):
    return next(e for e in _events(pipeline, text, date) if e.trigger.text == word)


def _first(actors) -> tuple[str | None, str | None, str | None]:
    a = actors[0]
    return a.name, a.country, a.sector


# 1. dogs and hoses turned on people: crowd control (CAMEO 175, ACLED Protest with intervention)
@pytest.mark.parametrize("text, word, date, source, target", [
    ("Police used dogs and fire hoses against demonstrators in Birmingham, Alabama.", "used", "1963-05-03",
     ("Police Forces of the United States", "USA", "COP"), ("Protesters (United States)", "USA", "CVL")),
    ("Police used dogs against protesters in Dhaka.", "used", "2024-01-10",
     ("Police Forces of Bangladesh", "BGD", "COP"), ("Protesters (Bangladesh)", "BGD", "CVL")),
    ("Police set dogs on protesters in Lagos.", "set", "2024-01-10",
     ("Police Forces of Nigeria", "NGA", "COP"), ("Protesters (Nigeria)", "NGA", "CVL")),
    # variants
    ("Soldiers set dogs on the marchers in Harare.", "set", "2024-01-10",
     ("Military Forces of Zimbabwe", "ZWE", "MIL"), ("Protesters (Zimbabwe)", "ZWE", "CVL")),
    ("Police unleashed dogs on students in Nairobi.", "unleashed", "2024-01-10",
     ("Police Forces of Kenya", "KEN", "COP"), ("Protesters (Kenya)", "KEN", "EDU")),
    ("Police used fire hoses against students in Seoul.", "used", "2024-01-10",
     ("Police Forces of South Korea", "KOR", "COP"), ("Protesters (South Korea)", "KOR", "EDU")),
    ("Police turned fire hoses on the marchers.", "turned", "2024-01-10",
     ("Police Forces", None, "COP"), ("Protesters", None, "CVL")),
    # control: the word already known
    ("Police used tear gas against protesters in Lagos.", "used", "2024-01-10",
     ("Police Forces of Nigeria", "NGA", "COP"), ("Protesters (Nigeria)", "NGA", "CVL")),
])
def test_dogs_and_hoses_on_people(pipeline, text: str, word: str, date: str, source: tuple,
                                  target: tuple) -> None:
    event = _event(pipeline, text, word, date)
    kind = (event.plover["type"], event.plover["mode"], event.cameo["code"])
    assert kind == ("ASSAULT", "crowd-control", "175")
    assert event.acled["sub_event_type"] == "Protest with intervention"
    assert _first(event.source) == source
    assert _first(event.target) == target


@pytest.mark.parametrize("text, date", [
    # controls: dogs or hoses turned on no one
    ("Police used sniffer dogs to find the drugs.", "2024-01-10"),
    ("Firefighters used hoses to put out the blaze.", "2024-01-10"),
    ("Police dogs found explosives in the car.", "2024-01-10"),
])
def test_dogs_and_hoses_controls(pipeline, text: str, date: str) -> None:
    assert not any(e.plover.get("mode") == "crowd-control" for e in _events(pipeline, text, date))


# 2. taken prisoner: the people taken are the target
@pytest.mark.parametrize("text, word, date, source, target", [
    ("Rebels took 30 soldiers prisoner in the north.", "took", "2024-01-10", "Rebels", "30 soldiers"),
    ("More than 200 soldiers were taken prisoner.", "taken", "2024-01-10", None, "More than 200 soldiers"),
    ("The invasion force was crushed and more than 1,100 invaders were taken prisoner, Dr Castro said.",
     "taken", "1961-04-19", None, "more than 1,100 invaders"),
    # variants
    ("Guerrillas took 12 policemen prisoner near the border.", "took", "2024-01-10", "Guerrillas",
     "12 policemen"),
    ("Fifty policemen were taken prisoner by the rebels.", "taken", "2024-01-10", "the rebels",
     "Fifty policemen"),
    # controls: "hostage" and "captive" as before
    ("Rebels took 30 soldiers hostage in the north.", "took", "2024-01-10", "Rebels", "30 soldiers"),
    ("Rebels took 15 soldiers captive in the north.", "took", "2024-01-10", "Rebels", "15 soldiers"),
])
def test_taken_prisoner(pipeline, text: str, word: str, date: str, source: str | None, target: str) -> None:
    event = _event(pipeline, text, word, date)
    assert (event.plover["type"], event.plover["mode"], event.cameo["code"]) == ("ASSAULT", "abduct", "181")
    if source is not None:
        assert event.source[0].text == source
    assert event.target[0].text == target


@pytest.mark.parametrize("text, date", [
    # controls: a prisoner moved, a firm taken to court
    ("Guards took the prisoner to court.", "2024-01-10"),
    ("The prisoner was taken to court on Monday.", "2024-01-10"),
    ("The government took the company to court.", "2024-01-10"),
])
def test_taken_prisoner_controls(pipeline, text: str, date: str) -> None:
    assert not any(e.plover.get("type") == "ASSAULT" for e in _events(pipeline, text, date))


# 3. people who rise against someone riot; soldiers mutiny
@pytest.mark.parametrize("text, date, kind, source, target", [
    ("Villagers rose up against the army.", "2024-01-10", ("PROTEST", "riot", "145"), "Villagers",
     "the army"),
    ("Hungarians rose against Soviet rule in Budapest.", "1956-10-23", ("PROTEST", "riot", "145"),
     "Hungarians", "Soviet rule"),
    # variants
    ("Peasants rose up against the landlords in the province.", "2024-01-10", ("PROTEST", "riot", "145"),
     "Peasants", "the landlords"),
    ("Kurds rose against the government in the north.", "2024-01-10", ("PROTEST", "riot", "145"), "Kurds",
     "the government"),
    ("The peasants rose in revolt.", "2024-01-10", ("PROTEST", "riot", "145"), "The peasants", None),
    ("Troops rose against the king.", "2024-01-10", ("PROTEST", None, "140"), "Troops", "the king"),
])
def test_rose_against(pipeline, text: str, date: str, kind: tuple, source: str, target: str | None) -> None:
    event = _event(pipeline, text, "rose", date)
    assert (event.plover["type"], event.plover.get("mode"), event.cameo["code"]) == kind
    assert event.source[0].text == source
    if target is not None:
        assert event.target[0].text == target


def test_rising_against_soviet_rule_names_the_sides(pipeline) -> None:
    event = _event(pipeline, "Hungarians rose against Soviet rule in Budapest.", "rose", "1956-10-23")
    assert _first(event.source)[1:] == ("HUN", "CVL")
    assert _first(event.target)[1:] == ("RUS", "GOV")
    assert event.location.country == "HUN"


@pytest.mark.parametrize("text, date", [
    # controls: prices and rates rise, people rise early
    ("Share prices rose against the dollar.", "2024-01-10"),
    ("The dollar rose against the yen.", "2024-01-10"),
    ("Villagers rose early to vote.", "2024-01-10"),
    ("Villagers rose up at dawn and walked to the fields.", "2024-01-10"),
    ("The club signed a new striker.", "2024-01-10"),
])
def test_rose_controls(pipeline, text: str, date: str) -> None:
    assert not any(e.plover.get("type") in ("PROTEST", "ASSAULT") for e in _events(pipeline, text, date))


# 4. a rising crushed
@pytest.mark.parametrize("text, date, source, target", [
    ("Soviet tanks crushed a rising of East Berlin workers.", "1953-06-17",
     ("Military Forces of Russia", "RUS"), None),
    # variant: the people of an uprising are its target
    ("Troops crushed an uprising of students in the capital.", "2024-01-10", ("Military Forces", None),
     "students"),
])
def test_rising_crushed(pipeline, text: str, date: str, source: tuple, target: str | None) -> None:
    event = _event(pipeline, text, "crushed", date)
    kind = (event.plover["type"], event.plover["mode"], event.cameo["code"])
    assert kind == ("ASSAULT", "crowd-control", "175")
    assert _first(event.source)[:2] == source
    if target is not None:
        assert event.target[0].text == target


# 5. coups: a ruler named; removals by a legislature
@pytest.mark.parametrize("text, word, date, source, target", [
    ("Royalist troops overthrew Dr Mossadegh on Wednesday.", "overthrew", "1953-08-19",
     ("Military Forces of Iran", "IRN", "MIL"), ("Mohammad Mosaddegh", "IRN", "GOV")),
    ("Army officers overthrew the monarchy in Iraq on Monday.", "overthrew", "1958-07-14",
     ("Military Forces of Iraq", "IRQ", "MIL"), ("Government of Iraq", "IRQ", "GOV")),
    ("Soldiers overthrew the sultan on Monday.", "overthrew", "2024-01-10",
     ("Military Forces", None, "MIL"), ("Government", None, "GOV")),
    ("The emperor was deposed by the army.", "deposed", "1974-09-12",
     ("Military Forces", None, "MIL"), ("Government", None, "GOV")),
    # variants
    ("Generals toppled Mr Allende in a coup.", "toppled", "2024-01-10",
     ("Military Forces of Chile", "CHL", "MIL"), ("Salvador Allende", "CHL", "ELI")),
    ("Mossadegh was overthrown by royalist troops.", "overthrown", "2024-01-10",
     ("Military Forces", None, "MIL"), ("Mohammad Mosaddegh", "IRN", "ELI")),
    # controls
    ("The army deposed the prime minister on Monday.", "deposed", "2024-01-10",
     ("Military Forces", None, "MIL"), ("Government", None, "GOV")),
    ("The president was deposed by the army.", "deposed", "2024-01-10",
     ("Military Forces", None, "MIL"), ("Government", None, "GOV")),
    ("Army officers led by General Neguib deposed King Farouk.", "deposed", "1952-07-23",
     ("Military Forces of Egypt", "EGY", "MIL"), ("King Farouk", "EGY", "GOV")),
])
def test_coup_on_a_ruler(pipeline, text: str, word: str, date: str, source: tuple, target: tuple) -> None:
    event = _event(pipeline, text, word, date)
    assert (event.plover["type"], event.plover["mode"], event.cameo["code"]) == ("COERCE", "restrict", "1724")
    assert _first(event.source) == source
    assert _first(event.target) == target


def test_ruler_deposed_by_a_legislature(pipeline) -> None:
    event = _event(pipeline, "Prince Sihanouk was deposed as head of state by the National Assembly in Phnom "
                             "Penh.", "deposed", "1970-03-18")
    assert (event.plover["type"], event.cameo["code"]) == ("COERCE", "1724")  # as "Congress ousted ..."
    assert _first(event.source) == ("Legislature of Cambodia", "KHM", "LEG")
    assert _first(event.target) == ("Norodom Sihanouk", "KHM", "GOV")


@pytest.mark.parametrize("text, date", [
    # controls: a player ousted, a person with no office
    ("Nadal ousted Federer in the semi-finals.", "2024-01-10"),
    ("Alcaraz ousted Djokovic in the quarter-finals.", "2024-01-10"),
])
def test_coup_controls(pipeline, text: str, date: str) -> None:
    assert not any(e.plover.get("type") == "COERCE" for e in _events(pipeline, text, date))
