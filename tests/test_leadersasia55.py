"""Heads of state and government of Asia, the Middle East and Oceania back to 1945 (round leadersasia55):
leaders.yaml now names Vietnam's and Laos's rulers, the kings, shahs, presidents and prime ministers of the
region's states before about 1990, and the executive office where it changed (Turkey's presidents before 1950
and under the 1980 junta, Sri Lanka's prime ministers before 1978, Bangladesh's presidents 1975-1991, Nepal's
kings when they ruled, Cambodia, Laos, Myanmar, Lebanon before Taif, Bhutan since 2008). A name in a sentence
dated inside the term is that country's government with the executive's years; the same name long before the
term does not give those years. Sentences written for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _doer(pipeline, text: str, date: str):
    events = list(pipeline.code(document_from_text(text, doc_id="leadersasia55", published=date)))
    actors = [a for e in events for a in (*e.source, *e.target)]
    named = [a for a in actors if a.sector in ("GOV", "ELI") and a.text and a.text[0].isupper()
             and not a.text.lower().startswith(("the ", "a "))]
    assert named, (text, [(a.text, a.name) for a in actors])
    return named[0]


# (sentence, date inside the term, country, ACLED-style government name)
ROWS = [
    ("President Ho Chi Minh met the delegation.", "1960-05-01", "VNM", "Government of Vietnam (1945-1969)"),
    ("Le Duan met the delegation.", "1979-03-01", "VNM", "Government of Vietnam (1969-1986)"),
    ("Prime Minister Vo Van Kiet met the delegation.", "1995-07-11", "VNM",
     "Government of Vietnam (1991-1997)"),
    ("President Truong Tan Sang met the delegation.", "2013-07-25", "VNM",
     "Government of Vietnam (2011-2024)"),
    ("General Secretary To Lam met the delegation.", "2025-03-01", "VNM", "Government of Vietnam (2024-)"),
    ("Prince Souvanna Phouma met the delegation.", "1965-01-10", "LAO", "Government of Laos (1962-1975)"),
    ("Kaysone Phomvihane met the delegation.", "1985-01-10", "LAO", "Government of Laos (1975-1992)"),
    ("Prime Minister Mosaddegh met the delegation.", "1952-06-01", "IRN", "Government of Iran (1941-1979)"),
    ("President Banisadr met the delegation.", "1980-06-01", "IRN", "Government of Iran (1979-1989)"),
    ("Abd al-Karim Qasim met the delegation.", "1960-01-10", "IRQ", "Government of Iraq (1958-1963)"),
    ("President Shukri al-Quwatli met the delegation.", "1956-05-01", "SYR",
     "Government of Syria (1955-1958)"),
    ("King Farouk met the delegation.", "1950-01-10", "EGY", "Government of Egypt (1936-1952)"),
    ("Prime Minister Adnan Menderes met the delegation.", "1955-01-10", "TUR",
     "Government of Turkey (1950-1960)"),
    ("President Ismet Inonu met the delegation.", "1947-01-10", "TUR", "Government of Turkey (1938-1950)"),
    ("Prime Minister Bulent Ecevit met the delegation.", "1978-06-01", "TUR",
     "Government of Turkey (1978-1979)"),
    ("President Chaim Herzog met the delegation.", "1990-01-10", "ISR", "Government of Israel (1986-1992)"),
    ("King Faisal met the delegation.", "1970-01-10", "SAU", "Government of Saudi Arabia (1964-1975)"),
    ("Prime Minister Liaquat Ali Khan met the delegation.", "1950-01-10", "PAK",
     "Government of Pakistan (1948-1951)"),
    ("Prime Minister Junejo met the delegation.", "1986-01-10", "PAK", "Government of Pakistan (1977-1988)"),
    ("President Abdul Kalam met the delegation.", "2005-01-10", "IND", "Government of India (2004-2014)"),
    ("King Zahir Shah met the delegation.", "1970-01-10", "AFG", "Government of Afghanistan (1933-1973)"),
    ("Babrak Karmal met the delegation.", "1982-01-10", "AFG", "Government of Afghanistan (1979-1986)"),
    ("Chiang Kai-shek met the delegation.", "1947-01-10", "CHN", "Government of China (1943-1949)"),
    ("Chiang Kai-shek met the delegation.", "1960-01-10", "TWN", "Government of Taiwan (1950-1975)"),
    ("Premier Hua Guofeng met the delegation.", "1979-01-10", "CHN", "Government of China (1978-1989)"),
    ("Prime Minister Hitoshi Ashida met the delegation.", "1948-06-01", "JPN",
     "Government of Japan (1948-1948)"),
    ("President Syngman Rhee met the delegation.", "1950-07-01", "KOR",
     "Government of South Korea (1948-1960)"),
    ("President Park Chung-hee met the delegation.", "1970-01-10", "KOR",
     "Government of South Korea (1961-1979)"),
    ("President Magsaysay met the delegation.", "1955-01-10", "PHL",
     "Government of the Philippines (1953-1957)"),
    ("Prime Minister Prem Tinsulanonda met the delegation.", "1985-01-10", "THA",
     "Government of Thailand (1980-1988)"),
    ("Field Marshal Sarit Thanarat met the delegation.", "1962-01-10", "THA",
     "Government of Thailand (1958-1963)"),
    ("Prime Minister U Nu met the delegation.", "1950-01-10", "MMR", "Government of Myanmar (1948-1956)"),
    ("Prime Minister Sirimavo Bandaranaike met the delegation.", "1972-01-10", "LKA",
     "Government of Sri Lanka (1970-1977)"),
    ("President Ershad met the delegation.", "1985-01-10", "BGD", "Government of Bangladesh (1982-1990)"),
    ("Sheikh Mujib met the delegation.", "1973-01-10", "BGD", "Government of Bangladesh (1972-1975)"),
    ("King Gyanendra met the delegation.", "2005-06-01", "NPL", "Government of Nepal (2001-2008)"),
    ("Prime Minister Girija Prasad Koirala met the delegation.", "2007-01-10", "NPL",
     "Government of Nepal (2006-2008)"),
    ("Lon Nol met the delegation.", "1973-01-10", "KHM", "Government of Cambodia (1972-1975)"),
    ("Heng Samrin met the delegation.", "1982-01-10", "KHM", "Government of Cambodia (1979-1992)"),
    ("Tunku Abdul Rahman met the delegation.", "1960-01-10", "MYS", "Government of Malaysia (1957-1970)"),
    ("Prime Minister Goh Chok Tong met the delegation.", "1995-01-10", "SGP",
     "Government of Singapore (1990-2004)"),
    ("Prime Minister Robert Menzies met the delegation.", "1960-01-10", "AUS",
     "Government of Australia (1949-1966)"),
    ("Prime Minister Robert Muldoon met the delegation.", "1980-01-10", "NZL",
     "Government of New Zealand (1975-1984)"),
    ("Prime Minister Michael Somare met the delegation.", "2005-01-10", "PNG",
     "Government of Papua New Guinea (2002-2011)"),
    ("Archbishop Makarios met the delegation.", "1964-01-10", "CYP", "Government of Cyprus (1960-1977)"),
    ("President Nasheed met the delegation.", "2010-01-10", "MDV", "Government of the Maldives (2008-2012)"),
    ("Tsedenbal met the delegation.", "1970-01-10", "MNG", "Government of Mongolia (1952-1984)"),
    ("President Camille Chamoun met the delegation.", "1958-07-01", "LBN",
     "Government of Lebanon (1952-1958)"),
]


@pytest.mark.parametrize("text, date, iso3, government", ROWS)
def test_a_leader_named_inside_the_term_is_that_government(pipeline, text: str, date: str, iso3: str,
                                                             government: str) -> None:
    actor = _doer(pipeline, text, date)
    assert (actor.country, actor.sector, actor.acled_actor) == (iso3, "GOV", government)


# the same names long before the term: never that government's years
@pytest.mark.parametrize("text, date, years", [
    ("Le Duan met the delegation.", "1950-01-10", "(1969-1986)"),
    ("Prime Minister Goh Chok Tong met the delegation.", "1975-01-10", "(1990-2004)"),
    ("Prime Minister Michael Somare met the delegation.", "1965-01-10", "(2002-2011)"),
    ("Heng Samrin met the delegation.", "1965-01-10", "(1979-1992)"),
    ("President Ershad met the delegation.", "1970-01-10", "(1982-1990)"),
    ("Lon Nol met the delegation.", "1950-01-10", "(1972-1975)"),
    ("President Nasheed met the delegation.", "1990-01-10", "(2008-2012)"),
])
def test_the_same_name_long_before_the_term(pipeline, text: str, date: str, years: str) -> None:
    actor = _doer(pipeline, text, date)
    assert actor.sector != "GOV" and years not in (actor.acled_actor or "")


# controls: unnamed offices and cities named after leaders
@pytest.mark.parametrize("text, date, government", [
    ("Thailand's prime minister condemned the bombing in Bangkok.", "1984-02-01",
     "Government of Thailand (1980-1988)"),
    ("The Sri Lankan prime minister condemned the attack in Colombo.", "1972-02-01",
     "Government of Sri Lanka (1970-1977)"),
    # after 1978 the president runs Sri Lanka's government: his years, not the prime minister's
    ("The Sri Lankan prime minister condemned the attack in Colombo.", "1985-02-01",
     "Government of Sri Lanka (1978-1989)"),
])
def test_the_unnamed_prime_minister_gives_the_executives_years(pipeline, text: str, date: str,
                                                                government: str) -> None:
    events = list(pipeline.code(document_from_text(text, doc_id="c1", published=date)))
    assert any(a.acled_actor == government for e in events for a in e.source)


def test_ho_chi_minh_city_is_a_place_not_the_leader(pipeline) -> None:
    events = list(pipeline.code(document_from_text(
        "Police arrested 20 protesters in Ho Chi Minh City on Monday.", doc_id="c2", published="2020-05-01")))
    assert events and all(a.name != "Hồ Chí Minh" for e in events for a in (*e.source, *e.target))
    assert any(e.location is not None and e.location.country == "VNM" for e in events)


def test_a_later_holder_keeps_his_own_years(pipeline) -> None:
    actor = _doer(pipeline, "President Isaac Herzog met the delegation.", "2023-01-10")
    assert actor.acled_actor == "Government of Israel (2022-)"
