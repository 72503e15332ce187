"""Heads of state and government of Africa (without Egypt) back to independence or 1945 (round
leadersafrica55): leaders.yaml now names the presidents, kings, military rulers and prime ministers of the
region's states before about 1990 (Nkrumah, Gowon, Nyerere, Bokassa, Sékou Touré ...), Rhodesia's and South
Africa's white-minority prime ministers (Rhodesia is Zimbabwe's code), the island states, and the executive
office where it changed (prime ministers of Nigeria, Kenya, Uganda, Ghana, Sierra Leone, Sudan, Somalia,
Zimbabwe and South Africa before their presidents ran the government; Togo's president of the council since
2025; Mauritius and Lesotho by prime minister). A name in a sentence dated inside the term is that country's
government with the executive's years; the same name long before the term does not give those years.
Sentences written for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _doer(pipeline, text: str, date: str):
    events = list(pipeline.code(document_from_text(text, doc_id="leadersafrica55", published=date)))
    actors = [a for e in events for a in (*e.source, *e.target)]
    named = [a for a in actors if a.sector in ("GOV", "ELI") and a.text and a.text[0].isupper()
             and not a.text.lower().startswith(("the ", "a "))]
    assert named, (text, [(a.text, a.name) for a in actors])
    return named[0]


# (sentence, date inside the term, country, ACLED-style government name)
ROWS = [
    ("Prime Minister Abubakar Tafawa Balewa met the delegation.", "1962-05-01", "NGA",
     "Government of Nigeria (1957-1966)"),
    ("General Gowon met the delegation.", "1968-03-01", "NGA", "Government of Nigeria (1966-1975)"),
    ("President Shagari met the delegation.", "1982-03-01", "NGA", "Government of Nigeria (1979-1983)"),
    ("General Obasanjo met the delegation.", "1977-03-01", "NGA", "Government of Nigeria (1976-1979)"),
    ("Prime Minister Kwame Nkrumah met the delegation.", "1958-03-01", "GHA",
     "Government of Ghana (1952-1960)"),
    ("President Nkrumah met the delegation.", "1963-03-01", "GHA", "Government of Ghana (1960-1966)"),
    ("Prime Minister Kofi Busia met the delegation.", "1971-03-01", "GHA", "Government of Ghana (1969-1972)"),
    ("General Acheampong met the delegation.", "1975-03-01", "GHA", "Government of Ghana (1972-1978)"),
    ("Prime Minister Jomo Kenyatta met the delegation.", "1964-03-01", "KEN",
     "Government of Kenya (1963-1964)"),
    ("Prime Minister Raila Odinga met the delegation.", "2010-03-01", "KEN",
     "Government of Kenya (2002-2013)"),
    ("President Milton Obote met the delegation.", "1968-03-01", "UGA", "Government of Uganda (1966-1971)"),
    ("President Obote met the delegation.", "1983-03-01", "UGA", "Government of Uganda (1980-1985)"),
    ("President Yusuf Lule met the delegation.", "1979-05-01", "UGA", "Government of Uganda (1979-1979)"),
    ("President Nyerere met the delegation.", "1963-06-01", "TZA", "Government of Tanzania (1962-1985)"),
    ("President Ali Hassan Mwinyi met the delegation.", "1990-03-01", "TZA",
     "Government of Tanzania (1985-1995)"),
    ("Prime Minister Ian Smith met the delegation.", "1972-03-01", "ZWE",
     "Government of Zimbabwe (1964-1979)"),
    ("Prime Minister Garfield Todd met the delegation.", "1955-03-01", "ZWE",
     "Government of Zimbabwe (1953-1958)"),
    ("Bishop Muzorewa met the delegation.", "1979-08-01", "ZWE", "Government of Zimbabwe (1979-1979)"),
    ("Prime Minister Mugabe met the delegation.", "1983-03-01", "ZWE", "Government of Zimbabwe (1980-1987)"),
    ("Prime Minister Verwoerd met the delegation.", "1962-03-01", "ZAF",
     "Government of South Africa (1958-1966)"),
    ("Prime Minister John Vorster met the delegation.", "1975-03-01", "ZAF",
     "Government of South Africa (1966-1978)"),
    ("Prime Minister Smuts met the delegation.", "1946-03-01", "ZAF",
     "Government of South Africa (1939-1948)"),
    ("President P. W. Botha met the delegation.", "1987-03-01", "ZAF",
     "Government of South Africa (1984-1989)"),
    ("Haile Selassie met the delegation.", "1960-03-01", "ETH", "Government of Ethiopia (1930-1974)"),
    ("President Kasa-Vubu met the delegation.", "1962-03-01", "COD",
     "Government of the Democratic Republic of Congo (1960-1965)"),
    ("Ismail al-Azhari met the delegation.", "1955-03-01", "SDN", "Government of Sudan (1954-1956)"),
    ("General Abboud met the delegation.", "1961-03-01", "SDN", "Government of Sudan (1958-1964)"),
    ("Prime Minister Sadiq al-Mahdi met the delegation.", "1987-03-01", "SDN",
     "Government of Sudan (1986-1989)"),
    ("Prime Minister Egal met the delegation.", "1968-03-01", "SOM", "Government of Somalia (1967-1969)"),
    ("President Abdullahi Yusuf met the delegation.", "2006-03-01", "SOM",
     "Government of Somalia (2004-2008)"),
    ("King Idris met the delegation.", "1960-03-01", "LBY", "Government of Libya (1951-1969)"),
    ("President Boumediene met the delegation.", "1970-03-01", "DZA", "Government of Algeria (1965-1978)"),
    ("Prime Minister Ben Bella met the delegation.", "1963-03-01", "DZA",
     "Government of Algeria (1962-1963)"),
    ("Bourguiba met the delegation.", "1957-03-01", "TUN", "Government of Tunisia (1956-1957)"),
    ("President Modibo Keita met the delegation.", "1965-03-01", "MLI", "Government of Mali (1960-1968)"),
    ("President Lamizana met the delegation.", "1970-03-01", "BFA", "Government of Burkina Faso (1966-1980)"),
    ("President Kountche met the delegation.", "1980-03-01", "NER", "Government of Niger (1974-1987)"),
    ("President Tombalbaye met the delegation.", "1970-03-01", "TCD", "Government of Chad (1960-1975)"),
    ("Emperor Bokassa met the delegation.", "1977-03-01", "CAF",
     "Government of the Central African Republic (1966-1979)"),
    ("President Senghor met the delegation.", "1970-03-01", "SEN", "Government of Senegal (1960-1980)"),
    ("President Sekou Toure met the delegation.", "1970-03-01", "GIN", "Government of Guinea (1958-1984)"),
    ("President Tubman met the delegation.", "1960-03-01", "LBR", "Government of Liberia (1944-1971)"),
    ("Prime Minister Siaka Stevens met the delegation.", "1969-03-01", "SLE",
     "Government of Sierra Leone (1968-1971)"),
    ("President Siaka Stevens met the delegation.", "1980-03-01", "SLE",
     "Government of Sierra Leone (1971-1985)"),
    ("President Agostinho Neto met the delegation.", "1977-03-01", "AGO", "Government of Angola (1975-1979)"),
    ("President Muluzi met the delegation.", "2000-03-01", "MWI", "Government of Malawi (1994-2004)"),
    ("President Ratsiraka met the delegation.", "1985-03-01", "MDG", "Government of Madagascar (1975-1993)"),
    ("Colonel Randrianirina met the delegation.", "2026-01-10", "MDG", "Government of Madagascar (2025-)"),
    ("President Kayibanda met the delegation.", "1965-03-01", "RWA", "Government of Rwanda (1961-1973)"),
    ("President Micombero met the delegation.", "1970-03-01", "BDI", "Government of Burundi (1966-1976)"),
    ("President Seretse Khama met the delegation.", "1970-03-01", "BWA",
     "Government of Botswana (1966-1980)"),
    ("Prime Minister Mosisili met the delegation.", "2005-03-01", "LSO", "Government of Lesotho (1998-2012)"),
    ("Prime Minister Navin Ramgoolam met the delegation.", "2010-03-01", "MUS",
     "Government of Mauritius (2005-2014)"),
    ("President France-Albert Rene met the delegation.", "1990-03-01", "SYC",
     "Government of the Seychelles (1977-2004)"),
    ("President Azali met the delegation.", "2020-03-01", "COM", "Government of the Comoros (2016-)"),
    ("Prime Minister Ulisses Correia e Silva met the delegation.", "2020-03-01", "CPV",
     "Government of Cape Verde (2016-)"),
    ("King Mswati III met the delegation.", "2010-03-01", "SWZ", "Government of eSwatini (1986-)"),
    ("President Oligui Nguema met the delegation.", "2025-06-01", "GAB", "Government of Gabon (2023-)"),
    ("President Nino Vieira met the delegation.", "1990-03-01", "GNB",
     "Government of Guinea-Bissau (1980-1999)"),
    ("President Lissouba met the delegation.", "1995-03-01", "COG",
     "Government of the Republic of Congo (1992-1997)"),
]


@pytest.mark.parametrize("text, date, iso3, government", ROWS)
def test_a_leader_named_inside_the_term_is_that_government(pipeline, text: str, date: str, iso3: str,
                                                             government: str) -> None:
    actor = _doer(pipeline, text, date)
    assert (actor.country, actor.sector, actor.acled_actor) == (iso3, "GOV", government)


# a head of government who is not the executive: the country's government with the executive's years
@pytest.mark.parametrize("text, date, iso3, government", [
    ("Prime Minister Hamza Abdi Barre met the delegation.", "2023-03-01", "SOM",
     "Government of Somalia (2022-)"),
    ("Prime Minister Akhannouch met the delegation.", "2023-03-01", "MAR", "Government of Morocco (1999-)"),
    ("Prime Minister Nabbanja met the delegation.", "2023-03-01", "UGA", "Government of Uganda (1986-)"),
    ("Prime Minister Ngirente met the delegation.", "2020-03-01", "RWA", "Government of Rwanda (2000-)"),
    ("Prime Minister Ouyahia met the delegation.", "2010-03-01", "DZA", "Government of Algeria (1999-2019)"),
])
def test_a_prime_minister_gives_the_presidents_years(pipeline, text: str, date: str, iso3: str,
                                                      government: str) -> None:
    actor = _doer(pipeline, text, date)
    assert (actor.country, actor.sector, actor.acled_actor) == (iso3, "GOV", government)


# the same names long before the term: never that government's years
@pytest.mark.parametrize("text, date, years", [
    ("President Nkrumah met the delegation.", "1945-06-01", "(1960-1966)"),
    ("Prime Minister Verwoerd met the delegation.", "1946-06-01", "(1958-1966)"),
    ("President Ratsiraka met the delegation.", "1960-06-01", "(1975-1993)"),
    ("President Kountche met the delegation.", "1950-06-01", "(1974-1987)"),
    ("President Lissouba met the delegation.", "1960-06-01", "(1992-1997)"),
    ("Prime Minister Mosisili met the delegation.", "1970-06-01", "(1998-2012)"),
    ("President Muluzi met the delegation.", "1970-06-01", "(1994-2004)"),
])
def test_the_same_name_long_before_the_term(pipeline, text: str, date: str, years: str) -> None:
    actor = _doer(pipeline, text, date)
    assert actor.sector != "GOV" and years not in (actor.acled_actor or "")


# controls: unnamed offices by date, and places named after leaders
@pytest.mark.parametrize("text, date, government", [
    ("The Nigerian prime minister condemned the attack in Lagos.", "1963-02-01",
     "Government of Nigeria (1957-1966)"),
    ("The Rhodesian prime minister condemned the attack in Salisbury.", "1976-02-01",
     "Government of Zimbabwe (1964-1979)"),
    ("South Africa's prime minister condemned the protest in Johannesburg.", "1960-02-01",
     "Government of South Africa (1958-1966)"),
    # after 1987 Zimbabwe's president runs the government
    ("Zimbabwe's president condemned the attack in Harare.", "1995-02-01",
     "Government of Zimbabwe (1987-2017)"),
])
def test_the_unnamed_office_gives_the_executives_years(pipeline, text: str, date: str,
                                                      government: str) -> None:
    events = list(pipeline.code(document_from_text(text, doc_id="c1", published=date)))
    assert any(a.acled_actor == government for e in events for a in e.source), [
        (a.text, a.acled_actor) for e in events for a in e.source]


@pytest.mark.parametrize("text", [
    "Gunmen killed five villagers in Tafawa Balewa, Bauchi State.",
    "Police arrested 20 protesters at Murtala Muhammed International Airport in Lagos.",
    "Passengers protested at Nnamdi Azikiwe International Airport in Abuja.",
])
def test_places_named_after_leaders_stay_places(pipeline, text: str) -> None:
    events = list(pipeline.code(document_from_text(text, doc_id="c2", published="2020-05-01")))
    assert events
    assert all(a.sector != "GOV" for e in events for a in (*e.source, *e.target))


def test_togo_is_run_by_the_president_of_the_council_since_2025(pipeline) -> None:
    actor = _doer(pipeline, "Faure Gnassingbé met the delegation.", "2026-01-10")
    assert actor.acled_actor == "Government of Togo (2025-)"
    actor = _doer(pipeline, "Faure Gnassingbé met the delegation.", "2015-01-10")
    assert actor.acled_actor == "Government of Togo (2005-2025)"
