"""Heads of state and government of Europe, the United States and Canada back to 1945 (round leaderseurope55):
leaders.yaml now names France's prime ministers since 1944, Germany's presidents, Italy's post-war prime
ministers and presidents, the monarchs and prime ministers of the Low Countries and the Nordic states
(Iceland's are left out: tests/test_actors.py uses it as the country with no known leader), Salazar's and
Franco's Iberia, Greece's kings and colonels, the communist party leaders of Poland, Czechoslovakia,
Hungary, Romania, Bulgaria and Albania, Tito's premiership, the Soviet premiers, the post-Soviet and post-
Yugoslav states' presidents and prime ministers, Malta, and Canada's prime ministers before 1984; and the
executive office where it changed (France's prime ministers before 1959, Franco until his death, the party
leaders before 1989-90, Georgia's and Croatia's presidents before their parliamentary constitutions,
Finland's presidents before 2000). A name in a sentence dated inside the term is that country's government
with the executive's years; the same name long before the term does not give those years. Sentences written
for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _doer(pipeline, text: str, date: str):
    events = list(pipeline.code(document_from_text(text, doc_id="leaderseurope55", published=date)))
    actors = [a for e in events for a in (*e.source, *e.target)]
    named = [a for a in actors if a.sector in ("GOV", "ELI") and a.text and a.text[0].isupper()
             and not a.text.lower().startswith(("the ", "a "))]
    assert named, (text, [(a.text, a.name) for a in actors])
    return named[0]


# (sentence, date inside the term, country, ACLED-style government name)
ROWS = [
    ("Prime Minister Pierre Mendès France met the delegation.", "1954-09-01", "FRA",
     "Government of France (1954-1955)"),
    ("Prime Minister Guy Mollet met the delegation.", "1956-11-01", "FRA",
         "Government of France (1956-1957)"),
    ("President de Gaulle met the delegation.", "1965-01-10", "FRA", "Government of France (1959-1969)"),
    # from 1959 the president runs France: a prime minister gives the president's years
    ("Prime Minister Lionel Jospin met the delegation.", "2000-01-10", "FRA",
         "Government of France (1995-2007)"),
    ("Prime Minister Michel Barnier met the delegation.", "2024-10-10", "FRA",
         "Government of France (2017-)"),
    ("Prime Minister François Bayrou met the delegation.", "2025-03-01", "FRA",
         "Government of France (2017-)"),
    ("Prime Minister Sébastien Lecornu met the delegation.", "2025-11-01", "FRA",
         "Government of France (2017-)"),
    ("President Theodor Heuss met the delegation.", "1955-01-10", "DEU", "Government of Germany (1949-1963)"),
    ("President Steinmeier met the delegation.", "2023-01-10", "DEU", "Government of Germany (2021-2025)"),
    ("Prime Minister Alcide De Gasperi met the delegation.", "1950-01-10", "ITA",
     "Government of Italy (1945-1953)"),
    ("Prime Minister Aldo Moro met the delegation.", "1965-01-10", "ITA", "Government of Italy (1963-1968)"),
    ("President Sandro Pertini met the delegation.", "1980-01-10", "ITA", "Government of Italy (1979-1980)"),
    ("Prime Minister Carrero Blanco met the delegation.", "1973-09-01", "ESP",
         "Government of Spain (1939-1975)"),
    ("Prime Minister Calvo-Sotelo met the delegation.", "1982-01-10", "ESP",
         "Government of Spain (1981-1982)"),
    ("Prime Minister António de Oliveira Salazar met the delegation.", "1960-01-10", "PRT",
     "Government of Portugal (1932-1968)"),
    ("Prime Minister Cavaco Silva met the delegation.", "1990-01-10", "PRT",
         "Government of Portugal (1985-1995)"),
    ("Prime Minister Willem Drees met the delegation.", "1955-01-10", "NLD",
     "Government of the Netherlands (1948-1958)"),
    ("Queen Beatrix met the delegation.", "1990-01-10", "NLD", "Government of the Netherlands (1982-1994)"),
    ("Prime Minister Gaston Eyskens met the delegation.", "1970-01-10", "BEL",
         "Government of Belgium (1968-1973)"),
    ("Prime Minister Jean-Claude Juncker met the delegation.", "2000-01-10", "LUX",
     "Government of Luxembourg (1995-2013)"),
    ("Prime Minister Tage Erlander met the delegation.", "1960-01-10", "SWE",
         "Government of Sweden (1946-1969)"),
    ("Prime Minister Einar Gerhardsen met the delegation.", "1950-01-10", "NOR",
         "Government of Norway (1945-1951)"),
    ("Prime Minister Anker Jørgensen met the delegation.", "1978-01-10", "DNK",
     "Government of Denmark (1975-1982)"),
    ("President Urho Kekkonen met the delegation.", "1970-01-10", "FIN", "Government of Finland (1956-1982)"),
    # since 2000 Finland's prime minister runs the government
    ("President Alexander Stubb met the delegation.", "2024-06-01", "FIN", "Government of Finland (2023-)"),
    ("Prime Minister Petteri Orpo met the delegation.", "2024-06-01", "FIN", "Government of Finland (2023-)"),
    ("Prime Minister Sean Lemass met the delegation.", "1962-01-10", "IRL",
         "Government of Ireland (1959-1966)"),
    ("President Mary McAleese met the delegation.", "2000-01-10", "IRL", "Government of Ireland (1997-2008)"),
    ("Chancellor Leopold Figl met the delegation.", "1950-01-10", "AUT", "Government of Austria (1945-1953)"),
    ("Prime Minister Andreas Papandreou met the delegation.", "1985-01-10", "GRC",
     "Government of Greece (1981-1989)"),
    ("Prime Minister Constantine Karamanlis met the delegation.", "1960-01-10", "GRC",
     "Government of Greece (1955-1963)"),
    ("Colonel Papadopoulos met the delegation.", "1970-01-10", "GRC", "Government of Greece (1967-1973)"),
    ("Wladyslaw Gomulka met the delegation.", "1960-01-10", "POL", "Government of Poland (1956-1970)"),
    ("President Aleksander Kwasniewski met the delegation.", "2000-01-10", "POL",
     "Government of Poland (1997-2001)"),
    ("President Karol Nawrocki met the delegation.", "2025-10-01", "POL", "Government of Poland (2023-)"),
    ("Alexander Dubcek met the delegation.", "1968-05-01", "CZE",
         "Government of the Czech Republic (1968-1969)"),
    ("Prime Minister Vaclav Klaus met the delegation.", "1995-01-10", "CZE",
     "Government of the Czech Republic (1992-1998)"),
    ("Prime Minister Vladimir Meciar met the delegation.", "1996-01-10", "SVK",
     "Government of Slovakia (1994-1998)"),
    ("Janos Kadar met the delegation.", "1970-01-10", "HUN", "Government of Hungary (1956-1988)"),
    ("Prime Minister Gyula Horn met the delegation.", "1996-01-10", "HUN",
         "Government of Hungary (1994-1998)"),
    ("President Emil Constantinescu met the delegation.", "1998-01-10", "ROU",
     "Government of Romania (1996-2000)"),
    ("Prime Minister Ivan Kostov met the delegation.", "1999-01-10", "BGR",
         "Government of Bulgaria (1997-2001)"),
    ("Prime Minister Zoran Djindjic met the delegation.", "2002-01-10", "SRB",
         "Government of Serbia (2000-2003)"),
    ("Marshal Tito met the delegation.", "1950-01-10", "SRB", "Government of Serbia (1945-1953)"),
    ("President Stjepan Mesic met the delegation.", "2005-01-10", "HRV", "Government of Croatia (2003-2009)"),
    ("President Franjo Tudjman met the delegation.", "1995-01-10", "HRV",
         "Government of Croatia (1990-1999)"),
    ("Prime Minister Janez Drnovsek met the delegation.", "1995-01-10", "SVN",
     "Government of Slovenia (1992-2000)"),
    ("Prime Minister Milo Djukanovic met the delegation.", "2010-01-10", "MNE",
     "Government of Montenegro (2008-2010)"),
    ("Enver Hoxha met the delegation.", "1970-01-10", "ALB", "Government of Albania (1944-1985)"),
    ("President Sali Berisha met the delegation.", "1995-01-10", "ALB", "Government of Albania (1992-1997)"),
    ("President Mikheil Saakashvili met the delegation.", "2008-01-10", "GEO",
         "Government of Georgia (2004-2013)"),
    ("President Mikheil Kavelashvili met the delegation.", "2025-03-01", "GEO",
         "Government of Georgia (2024-)"),
    ("Prime Minister Yulia Tymoshenko met the delegation.", "2008-06-01", "UKR",
     "Government of Ukraine (2005-2010)"),
    ("Prime Minister Dorin Recean met the delegation.", "2024-01-10", "MDA", "Government of Moldova (2020-)"),
    ("Prime Minister Alexandru Munteanu met the delegation.", "2026-01-10", "MDA",
         "Government of Moldova (2020-)"),
    ("Prime Minister Andrus Ansip met the delegation.", "2010-01-10", "EST",
         "Government of Estonia (2005-2014)"),
    ("Prime Minister Valdis Dombrovskis met the delegation.", "2012-01-10", "LVA",
     "Government of Latvia (2009-2014)"),
    ("President Valdas Adamkus met the delegation.", "2000-01-10", "LTU",
         "Government of Lithuania (1998-2003)"),
    ("Prime Minister Dom Mintoff met the delegation.", "1980-01-10", "MLT",
         "Government of Malta (1971-1984)"),
    ("Premier Alexei Kosygin met the delegation.", "1970-01-10", "RUS", "Government of Russia (1964-1982)"),
    ("Prime Minister Pierre Trudeau met the delegation.", "1975-01-10", "CAN",
         "Government of Canada (1968-1979)"),
    ("Prime Minister Lester Pearson met the delegation.", "1965-01-10", "CAN",
         "Government of Canada (1963-1968)"),
]


@pytest.mark.parametrize("text, date, iso3, government", ROWS)
def test_a_leader_named_inside_the_term_is_that_government(pipeline, text: str, date: str, iso3: str,
                                                             government: str) -> None:
    actor = _doer(pipeline, text, date)
    assert (actor.country, actor.sector, actor.acled_actor) == (iso3, "GOV", government)


# the same names long before the term: never that government's years
@pytest.mark.parametrize("text, date, years", [
    ("Prime Minister Lionel Jospin met the delegation.", "1960-01-10", "(1995-2007)"),
    ("Prime Minister Sébastien Lecornu met the delegation.", "2000-01-10", "(2017-)"),
    ("Prime Minister Dom Mintoff met the delegation.", "1950-01-10", "(1971-1984)"),
    ("Prime Minister Andrus Ansip met the delegation.", "1980-01-10", "(2005-2014)"),
    ("Prime Minister Milo Djukanovic met the delegation.", "1980-01-10", "(2008-2010)"),
    ("Prime Minister Kalevi Sorsa met the delegation.", "1950-01-10", "(1956-1982)"),
    ("President Karol Nawrocki met the delegation.", "2010-01-10", "(2023-)"),
])
def test_the_same_name_long_before_the_term(pipeline, text: str, date: str, years: str) -> None:
    actor = _doer(pipeline, text, date)
    assert actor.sector != "GOV" and years not in (actor.acled_actor or "")


# a name two people of one country bore: the one in office on the story's date
@pytest.mark.parametrize("text, date, name", [
    ("Prime Minister Trudeau met the delegation.", "1975-01-10", "Pierre Trudeau"),
    ("Prime Minister Trudeau met the delegation.", "2018-01-10", "Justin Trudeau"),
    ("Prime Minister Karamanlis met the delegation.", "1978-01-10", "Konstantinos Karamanlis"),
    ("Prime Minister Karamanlis met the delegation.", "2006-01-10", "Kostas Karamanlis"),
])
def test_a_shared_surname_is_the_holder_of_the_day(pipeline, text: str, date: str, name: str) -> None:
    assert _doer(pipeline, text, date).name == name


# controls: unnamed offices give the executive of the day
@pytest.mark.parametrize("text, date, government", [
    ("The French prime minister condemned the attack in Paris.", "1955-06-01",
         "Government of France (1955-1956)"),
    ("The Polish prime minister condemned the attack in Warsaw.", "1998-06-01",
         "Government of Poland (1997-2001)"),
])
def test_the_unnamed_prime_minister_gives_the_executives_years(pipeline, text: str, date: str,
                                                                government: str) -> None:
    events = list(pipeline.code(document_from_text(text, doc_id="c1", published=date)))
    assert any(a.acled_actor == government for e in events for a in e.source)


def test_the_pope_stays_the_holy_see(pipeline) -> None:
    # popes are not added as the Vatican's heads of state: the Pope is the Holy See, a religious body
    events = list(pipeline.code(document_from_text("Pope Francis met the delegation.", doc_id="c3",
                                                   published="2020-01-10")))
    assert any((a.country, a.sector) == ("VAT", "REL") for e in events for a in e.source)


def test_montenegros_prime_minister_is_not_the_country_word(pipeline) -> None:
    actor = _doer(pipeline, "Prime Minister Luís Montenegro met the delegation.", "2024-06-01")
    assert (actor.country, actor.acled_actor) == ("PRT", "Government of Portugal (2024-)")
