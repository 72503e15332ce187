"""A word of a person's name read as a role or a people (round oldwords55, item coldwar-4): a role word after
a personal honorific ("Mr Church", "Dr Bernice King") or closing one or two given names ("Maurice Bishop"), a
people's word after an honorific ("Mr Moro"), the title-case "Ngo" of a Vietnamese name ("Ngo Dinh Diem"; an
NGO is written "NGO") and a title inside a building's name ("the King David Hotel") are parts of the name,
not the role, sector or people. Titles before a name ("King Hussein", "Bishop Desmond Tutu"), role nouns
("the bishop of Kaduna", "two NGOs"), peoples as groups ("Moro rebels", "Angry Kurds") and office titles
("Foreign Minister Qin Gang") stay. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str, date: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="oldwords55", published=date))
                if e.trigger.text == word)


def _target(event) -> tuple[str | None, str | None, str | None]:
    a = event.target[0]
    return a.name, a.country, a.sector


# 1. a role word inside a person's name: the person, not the role's sector
@pytest.mark.parametrize("text, word, date, name, country, sector", [
    ("Protesters attacked Mr Church, the local mayor, in Texas.", "attacked", "2024-01-10",
     "Mr Church", "USA", "GOV"),
    ("Police arrested Dr Bernice King in Atlanta.", "arrested", "2024-01-10", "Dr Bernice King", None, None),
    ("Dr Martin Luther King was shot dead in Memphis tonight.", "shot dead", "1968-04-04",
     "Martin Luther King", "USA", "HRI"),
    ("Rioting broke out in Washington and Chicago after the murder of Dr King.", "murder", "1968-04-05",
     "Dr King", None, None),
    ("Soldiers shot dead Maurice Bishop in St George's.", "shot dead", "1983-10-20", "Maurice Bishop", "GRD",
     "ELI"),
    # variants
    ("Gunmen kidnapped Mrs Farmer in Kaduna.", "kidnapped", "2024-01-10", "Mrs Farmer", None, None),
    ("Soldiers killed Peter Bishop, a farmer, in Benue.", "killed", "2024-01-10", "Peter Bishop", "NGA",
     "AGR"),
    ("Police detained Ms Janet King in Leeds.", "detained", "2024-01-10", "Ms Janet King", None, None),
    # controls
    ("Police arrested Foreign Minister Qin Gang in Beijing.", "arrested", "2023-03-10", "Qin Gang", "CHN",
     "GOV"),
    ("Gunmen kidnapped the bishop of Kaduna.", "kidnapped", "2024-01-10", "Religious Group (Nigeria)", "NGA",
     "REL"),
    ("Gunmen attacked a church in Kaduna, killing three worshippers.", "attacked", "2024-01-10",
     "Religious Group (Nigeria)", "NGA", "REL"),
    ("Gunmen kidnapped two farmers in Benue.", "kidnapped", "2024-01-10", "Farmers (Nigeria)", "NGA", "AGR"),
])
def test_role_word_in_a_name(pipeline, text: str, word: str, date: str, name: str, country: str | None,
                             sector: str | None) -> None:
    assert _target(_event(pipeline, text, word, date)) == (name, country, sector)


# 2. titles before a name stay the office holder's or the cleric's
@pytest.mark.parametrize("text, word, date, name, country, sector", [
    ("King Hussein ordered the army to attack the guerrillas.", "attack", "1970-09-17", "King Hussein", "JOR",
     "GOV"),
    ("Protesters stormed the residence of Sheikh Hasina in Dhaka.", "stormed", "2024-08-05", "Sheikh Hasina",
     "BGD", "GOV"),
])
def test_titles_before_a_name_stay(pipeline, text: str, word: str, date: str, name: str, country: str,
                                   sector: str) -> None:
    event = _event(pipeline, text, word, date)
    actor = (event.source if word == "attack" else event.target)[0]
    assert (actor.name, actor.country, actor.sector) == (name, country, sector)


def test_bishop_title_first_stays_clergy(pipeline) -> None:
    event = _event(pipeline, "Bishop Desmond Tutu led a march through Cape Town.", "march", "1985-10-10")
    assert event.source[0].sector == "REL"


# 3. "Ngo" in a Vietnamese name is no NGO; "NGO"/"NGOs" still are
@pytest.mark.parametrize("text, word, date, name, sector", [
    ("Police arrested Ngo Van Hai, a blogger, in Hanoi.", "arrested", "2020-01-10", "Ngo Van Hai", "JRN"),
    ("Police detained Mr Ngo, a 45-year-old activist, in Hanoi.", "detained", "2024-01-10", "Mr Ngo", "OPP"),
    ("Army generals overthrew President Ngo Dinh Diem today.", "overthrew", "1963-11-01", "Ngo Dinh Diem",
     "GOV"),
    ("Police arrested the activist Nguyen Ngo Bao in Danang.", "arrested", "2024-01-10", "Nguyen Ngo Bao",
     "OPP"),
    # controls
    ("Police raided the offices of two NGOs in Hanoi.", "raided", "2024-01-10", "Aid Workers (Vietnam)",
     "NGO"),
    ("Gunmen kidnapped two aid workers in Mali.", "kidnapped", "2024-01-10", "Aid Workers (Mali)", "NGO"),
])
def test_ngo_as_a_name(pipeline, text: str, word: str, date: str, name: str, sector: str) -> None:
    event = _event(pipeline, text, word, date)
    assert (event.target[0].name, event.target[0].sector) == (name, sector)


# 4. a people's word after an honorific is a surname; peoples as groups stay
@pytest.mark.parametrize("text, word, name, sector", [
    ("Gunmen kidnapped Mr Moro in Rome.", "kidnapped", "Mr Moro", None),
    ("Police arrested Mr Kurd in Ankara.", "arrested", "Mr Kurd", None),
    # controls
    ("Moro rebels attacked an army post in Mindanao.", "attacked", "Rebels (Philippines)", "REB"),
    ("Police arrested ethnic Kurds in Ankara.", "arrested", "Kurdish Ethnic Group (Turkey)", "CVL"),
])
def test_people_word_as_a_surname(pipeline, text: str, word: str, name: str, sector: str | None) -> None:
    event = _event(pipeline, text, word, "2024-01-10")
    actor = event.source[0] if text.startswith("Moro") else event.target[0]
    assert (actor.name, actor.sector) == (name, sector)


def test_angry_kurds_stay_a_crowd(pipeline) -> None:
    event = _event(pipeline, "Angry Kurds attacked a police station in Diyarbakir.", "attacked", "2024-01-10")
    assert event.source[0].name == "Rioters (Turkey)"


# 5. a title inside a building's name is no office holder
def test_title_in_a_hotel_name(pipeline) -> None:
    event = _event(pipeline, "Terrorists blew up a wing of the King David Hotel in Jerusalem.", "blew",
                   "1946-07-22")
    assert event.target[0].sector != "GOV"


# 6. (item coldwar-3, in part) clubs and batons on people, captives "taken prisoner", coups on monarchs
def _first(pipeline, text: str, date: str = "2024-01-10"):
    return next(iter(pipeline.code(document_from_text(text, doc_id="oldwords55", published=date))), None)


@pytest.mark.parametrize("text, date, code, source, target", [
    ("Police clubbed demonstrators outside parliament.", "2024-01-10", "182", "COP", "CVL"),
    ("Chicago police clubbed anti-war demonstrators outside the Democratic convention.", "1968-08-28", "182",
     "COP", "CVL"),
    ("Police batoned protesters in the capital.", "2024-01-10", "182", "COP", "CVL"),
    ("Police batoned civil rights marchers in Londonderry today.", "1968-10-05", "182", "COP", "CVL"),
    ("More than 200 soldiers were taken prisoner.", "2024-01-10", "181", "UAF", "MIL"),
    ("Army officers overthrew the monarchy in Iraq on Monday.", "1958-07-14", "1724", "MIL", "GOV"),
    ("The emperor was deposed by the army.", "1974-09-12", "1724", "MIL", "GOV"),
    ("Soldiers overthrew the sultan on Monday.", "2024-01-10", "1724", "MIL", "GOV"),
    # variants and controls
    ("Soldiers clubbed villagers to death in the north.", "2024-01-10", "182", "MIL", "CVL"),
    ("Police beat protesters with batons in Lagos.", "2024-01-10", "182", "COP", "CVL"),
    ("Rebels took 30 soldiers hostage in the north.", "2024-01-10", "181", "REB", "MIL"),
    ("The president was deposed by the army.", "2024-01-10", "1724", "MIL", "GOV"),
])
def test_force_capture_and_coup_verbs(pipeline, text: str, date: str, code: str, source: str,
                                      target: str) -> None:
    event = _first(pipeline, text, date)
    assert event is not None and event.cameo["code"] == code
    assert (event.source[0].sector, event.target[0].sector) == (source, target)


def test_shah_overthrown(pipeline) -> None:
    event = _first(pipeline, "The Shah was overthrown by a popular revolution.", "1979-01-16")
    assert event.cameo["code"] == "1724"
    assert (event.target[0].country, event.target[0].sector) == ("IRN", "GOV")


@pytest.mark.parametrize("text", [
    "Fans clubbed together to buy the stadium.",
    "She passed the baton to her successor.",
    "Guards took the prisoner to court on Monday.",
    "The challenger overthrew the champion in the final.",
    "The club signed a new striker.",
    "Firefighters used fire hoses to put out the blaze.",
])
def test_force_words_in_other_senses(pipeline, text: str) -> None:
    assert _first(pipeline, text) is None
