"""Heads of state and government of Latin America and the Caribbean back to 1945 (round leadersamericas55):
leaders.yaml now names Mexico's, Brazil's, Argentina's, Chile's ... presidents before about 1990, the
military rulers and dictators of their time (Batista, Trujillo, the Somozas, Stroessner, Pinochet, Argentina's
juntas, Brazil's generals, the Duvaliers, Cédras, Torrijos and Noriega as de facto rulers, presidents under
them as `minister` rows), and the prime ministers of the Caribbean's parliamentary states (Jamaica, Trinidad
and Tobago, Barbados, the Bahamas, Belize, Grenada and the small island states) with `executive` set, Guyana's
and Suriname's switches to an executive presidency, and Haiti's prime ministers since the 2021 assassination.
A name in a sentence dated inside the term is that country's government with the executive's years; the same
name long before the term does not give those years. Sentences written for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _doer(pipeline, text: str, date: str):
    events = list(pipeline.code(document_from_text(text, doc_id="leadersamericas55", published=date)))
    actors = [a for e in events for a in (*e.source, *e.target)]
    named = [a for a in actors if a.sector in ("GOV", "ELI", "MIL") and a.text and a.text[0].isupper()
             and not a.text.lower().startswith(("the ", "a "))]
    assert named, (text, [(a.text, a.name) for a in actors])
    return named[0]


# (sentence, date inside the term, country, ACLED-style government name)
ROWS = [
    ("President Miguel Alemán met the delegation.", "1950-01-10", "MEX", "Government of Mexico (1946-1952)"),
    ("President Díaz Ordaz met the delegation.", "1968-10-01", "MEX", "Government of Mexico (1964-1970)"),
    ("President Lopez Portillo met the delegation.", "1980-01-10", "MEX", "Government of Mexico (1976-1982)"),
    ("President Getulio Vargas met the delegation.", "1952-01-10", "BRA", "Government of Brazil (1951-1954)"),
    ("President Kubitschek met the delegation.", "1958-01-10", "BRA", "Government of Brazil (1956-1961)"),
    ("President Castelo Branco met the delegation.", "1965-01-10", "BRA", "Government of Brazil (1964-1967)"),
    ("General Geisel met the delegation.", "1976-01-10", "BRA", "Government of Brazil (1974-1979)"),
    ("President Itamar Franco met the delegation.", "1994-01-10", "BRA", "Government of Brazil (1992-1995)"),
    ("President Frondizi met the delegation.", "1960-01-10", "ARG", "Government of Argentina (1958-1962)"),
    ("General Onganía met the delegation.", "1968-01-10", "ARG", "Government of Argentina (1966-1970)"),
    ("General Videla met the delegation.", "1978-06-01", "ARG", "Government of Argentina (1976-1981)"),
    ("Isabel Perón met the delegation.", "1975-01-10", "ARG", "Government of Argentina (1974-1976)"),
    ("President Galtieri met the delegation.", "1982-04-10", "ARG", "Government of Argentina (1981-1982)"),
    ("President Eduardo Frei Montalva met the delegation.", "1967-01-10", "CHL",
     "Government of Chile (1964-1970)"),
    ("President Jorge Alessandri met the delegation.", "1960-01-10", "CHL",
     "Government of Chile (1958-1964)"),
    ("President José Antonio Kast met the delegation.", "2026-05-01", "CHL", "Government of Chile (2026-)"),
    ("President Rojas Pinilla met the delegation.", "1955-01-10", "COL",
     "Government of Colombia (1953-1957)"),
    ("President Turbay Ayala met the delegation.", "1980-01-10", "COL", "Government of Colombia (1978-1982)"),
    ("President Betancur met the delegation.", "1985-01-10", "COL", "Government of Colombia (1982-1986)"),
    ("President Pérez Jiménez met the delegation.", "1955-01-10", "VEN",
     "Government of Venezuela (1952-1958)"),
    ("President Romulo Betancourt met the delegation.", "1962-01-10", "VEN",
     "Government of Venezuela (1959-1964)"),
    ("President Lusinchi met the delegation.", "1986-01-10", "VEN", "Government of Venezuela (1984-1989)"),
    ("President Batista met the delegation.", "1955-01-10", "CUB", "Government of Cuba (1952-1959)"),
    ("President Dorticós met the delegation.", "1965-01-10", "CUB", "Government of Cuba (1959-2008)"),
    ("Generalissimo Rafael Trujillo met the delegation.", "1955-01-10", "DOM",
     "Government of the Dominican Republic (1930-1961)"),
    ("President Juan Bosch met the delegation.", "1963-05-01", "DOM",
     "Government of the Dominican Republic (1963-1963)"),
    ("President Balaguer met the delegation.", "1970-01-10", "DOM",
     "Government of the Dominican Republic (1966-1978)"),
    ("Papa Doc met the delegation.", "1965-01-10", "HTI", "Government of Haiti (1957-1971)"),
    ("General Raoul Cédras met the delegation.", "1993-01-10", "HTI", "Government of Haiti (1991-1994)"),
    ("Prime Minister Ariel Henry met the delegation.", "2022-06-01", "HTI",
     "Government of Haiti (2021-2024)"),
    ("Anastasio Somoza Debayle met the delegation.", "1977-01-10", "NIC",
     "Government of Nicaragua (1967-1979)"),
    ("President Luis Somoza met the delegation.", "1960-01-10", "NIC", "Government of Nicaragua (1956-1963)"),
    ("Daniel Ortega met the delegation.", "1986-01-10", "NIC", "Government of Nicaragua (1979-1990)"),
    ("General Omar Torrijos met the delegation.", "1977-09-07", "PAN", "Government of Panama (1968-1981)"),
    ("President Delvalle met the delegation.", "1987-01-10", "PAN", "Government of Panama (1983-1989)"),
    ("President Endara met the delegation.", "1991-01-10", "PAN", "Government of Panama (1989-1994)"),
    ("President Árbenz met the delegation.", "1953-01-10", "GTM", "Government of Guatemala (1951-1954)"),
    ("General Ríos Montt met the delegation.", "1982-10-10", "GTM", "Government of Guatemala (1982-1983)"),
    ("President Villeda Morales met the delegation.", "1960-01-10", "HND",
     "Government of Honduras (1957-1963)"),
    ("President José Figueres met the delegation.", "1955-01-10", "CRI",
     "Government of Costa Rica (1953-1958)"),
    ("President Morínigo met the delegation.", "1946-01-10", "PRY", "Government of Paraguay (1940-1948)"),
    ("President Wasmosy met the delegation.", "1995-01-10", "PRY", "Government of Paraguay (1993-1998)"),
    ("President Bordaberry met the delegation.", "1974-01-10", "URY", "Government of Uruguay (1972-1976)"),
    ("President Paz Estenssoro met the delegation.", "1954-01-10", "BOL",
     "Government of Bolivia (1952-1956)"),
    ("General Banzer met the delegation.", "1975-01-10", "BOL", "Government of Bolivia (1971-1978)"),
    ("President Velasco Ibarra met the delegation.", "1970-01-10", "ECU",
     "Government of Ecuador (1968-1972)"),
    ("President Jaime Roldós met the delegation.", "1980-01-10", "ECU", "Government of Ecuador (1979-1981)"),
    ("Prime Minister Michael Manley met the delegation.", "1975-01-10", "JAM",
     "Government of Jamaica (1972-1980)"),
    ("Prime Minister Edward Seaga met the delegation.", "1983-10-25", "JAM",
     "Government of Jamaica (1980-1989)"),
    ("Prime Minister Eric Williams met the delegation.", "1970-04-21", "TTO",
     "Government of Trinidad and Tobago (1962-1981)"),
    ("Prime Minister Kamla Persad-Bissessar met the delegation.", "2025-08-01", "TTO",
     "Government of Trinidad and Tobago (2025-)"),
    ("Prime Minister Errol Barrow met the delegation.", "1970-01-10", "BRB",
     "Government of Barbados (1966-1976)"),
    ("Prime Minister Mia Mottley met the delegation.", "2022-01-10", "BRB", "Government of Barbados (2018-)"),
    ("Prime Minister Lynden Pindling met the delegation.", "1980-01-10", "BHS",
     "Government of the Bahamas (1967-1992)"),
    ("Prime Minister Forbes Burnham met the delegation.", "1975-01-10", "GUY",
     "Government of Guyana (1964-1980)"),
    ("President Cheddi Jagan met the delegation.", "1995-01-10", "GUY", "Government of Guyana (1992-1997)"),
    ("Desi Bouterse met the delegation.", "1983-01-10", "SUR", "Government of Suriname (1980-1988)"),
    ("Prime Minister Maurice Bishop met the delegation.", "1982-01-10", "GRD",
     "Government of Grenada (1979-1983)"),
    ("Prime Minister Eugenia Charles met the delegation.", "1983-10-25", "DMA",
     "Government of Dominica (1980-1995)"),
    ("Prime Minister Vere Bird met the delegation.", "1985-01-10", "ATG",
     "Government of Antigua and Barbuda (1981-1994)"),
]


@pytest.mark.parametrize("text, date, iso3, government", ROWS)
def test_a_leader_named_inside_the_term_is_that_government(pipeline, text: str, date: str, iso3: str,
                                                             government: str) -> None:
    actor = _doer(pipeline, text, date)
    assert (actor.country, actor.sector, actor.acled_actor) == (iso3, "GOV", government)


# the same names long before the term: never that government's years
@pytest.mark.parametrize("text, date, years", [
    ("President Kubitschek met the delegation.", "1935-01-10", "(1956-1961)"),
    ("Daniel Ortega met the delegation.", "1965-01-10", "(1979-1990)"),
    ("Prime Minister Mia Mottley met the delegation.", "2000-01-10", "(2018-)"),
    ("President Lusinchi met the delegation.", "1960-01-10", "(1984-1989)"),
    ("Prime Minister Michael Manley met the delegation.", "1950-01-10", "(1972-1980)"),
    ("President Bordaberry met the delegation.", "1950-01-10", "(1972-1976)"),
    ("Desi Bouterse met the delegation.", "1965-01-10", "(1980-1988)"),
])
def test_the_same_name_long_before_the_term(pipeline, text: str, date: str, years: str) -> None:
    actor = _doer(pipeline, text, date)
    assert actor.sector != "GOV" and years not in (actor.acled_actor or "")


# the ruler's years, not the puppet president's
def test_noriegas_years_while_a_puppet_president_held_office(pipeline) -> None:
    actor = _doer(pipeline, "President Eric Arturo Delvalle met the delegation.", "1986-06-01")
    assert actor.acled_actor == "Government of Panama (1983-1989)"


# controls: unnamed offices and places named like leaders
@pytest.mark.parametrize("text, date, government", [
    ("Jamaica's prime minister condemned the shooting in Kingston.", "1985-02-01",
     "Government of Jamaica (1980-1989)"),
    ("The Guyanese president condemned the attack in Georgetown.", "1990-02-01",
     "Government of Guyana (1985-1992)"),
    ("Chile's president condemned the attack in Santiago.", "1985-02-01", "Government of Chile (1973-1990)"),
])
def test_the_unnamed_office_gives_the_executives_years(pipeline, text: str, date: str,
                                                       government: str) -> None:
    events = list(pipeline.code(document_from_text(text, doc_id="c1", published=date)))
    assert any(a.acled_actor == government for e in events for a in (*e.source, *e.target))


def test_trujillo_police_are_perus_city(pipeline) -> None:
    events = list(pipeline.code(document_from_text(
        "Trujillo police arrested 20 protesters.", doc_id="c2", published="1955-01-10")))
    assert events and all(a.name != "Rafael Trujillo" for e in events for a in (*e.source, *e.target))


def test_a_later_holder_keeps_his_own_years(pipeline) -> None:
    actor = _doer(pipeline, "President Daniel Noboa met the delegation.", "2024-01-10")
    assert actor.acled_actor == "Government of Ecuador (2023-)"
