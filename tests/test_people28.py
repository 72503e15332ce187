"""Office holders beyond heads of state (round people28): ministers and envoys with dated terms, heads of
international bodies (no country, GOV) and leaders of non-state groups (their group), from ministers.yaml;
a surname that is also a common word or name needs an office title before it."""

from __future__ import annotations

import pytest

from chronica.actors import ActorResolver
from chronica.ingest import document_from_text


@pytest.fixture(scope="module")
def r() -> ActorResolver:
    return ActorResolver()


def _who(r: ActorResolver, phrase: str, date: str, focus: str | None = None) -> tuple:
    actor = r.resolve(phrase, date=date, focus=focus)
    assert actor is not None, phrase
    return actor.name, actor.country, actor.sector


@pytest.mark.parametrize(("phrase", "date", "expected"), [
    ("Foreign Minister Igor Ivanov", "2001-06-01", ("Igor Ivanov", "RUS", "GOV")),
    ("Defence Minister Pavel Grachev", "1995-01-05", ("Pavel Grachev", "RUS", "GOV")),
    ("Interior Minister Rehman Malik", "2010-05-15", ("Rehman Malik", "PAK", "GOV")),
    ("Foreign Minister Ali Alatas", "1999-09-08", ("Ali Alatas", "IDN", "GOV")),
    ("Defense Secretary William Cohen", "1998-09-04", ("William Cohen", "USA", "GOV")),
    ("Foreign Minister Retno Marsudi", "2019-03-01", ("Retno Marsudi", "IDN", "GOV")),
    ("Interior Minister Matteo Salvini", "2019-02-01", ("Matteo Salvini", "ITA", "GOV")),
])
def test_a_minister_named_by_title_and_name_is_of_their_state(r: ActorResolver, phrase: str, date: str,
                                                             expected: tuple) -> None:
    assert _who(r, phrase, date, focus="SWE") == expected


def test_the_same_name_before_and_after_a_term_ends(r: ActorResolver) -> None:
    assert _who(r, "Ahmed Aboul Gheit", "2008-02-01") == ("Ahmed Aboul Gheit", "EGY", "GOV")
    assert _who(r, "Ahmed Aboul Gheit", "2019-02-01") == ("Ahmed Aboul Gheit", None, "GOV")  # Arab League
    assert _who(r, "Javier Solana", "1994-03-01") == ("Javier Solana", "ESP", "GOV")
    solana = r.resolve("Javier Solana", date="1997-03-01")
    assert (solana.country, solana.sector, solana.inter) == (None, "GOV", 8)
    assert "NATO" in solana.evidence
    assert "EU" in r.resolve("Javier Solana", date="2004-03-01").evidence
    kozyrev = r.resolve("Foreign Minister Andrei Kozyrev", date="1998-05-01")
    assert (kozyrev.country, kozyrev.sector) == ("RUS", "ELI")  # out of office two years by then
    assert _who(r, "Defence Minister Shigeru Ishiba", "2008-01-10")[1:] == ("JPN", "GOV")


def test_a_title_confirms_a_surname_that_is_a_common_word(r: ActorResolver) -> None:
    assert _who(r, "Foreign Secretary Straw", "2003-02-01") == ("Jack Straw", "GBR", "GOV")
    assert _who(r, "Secretary of State Rice", "2006-02-01") == ("Condoleezza Rice", "USA", "GOV")
    assert _who(r, "Defence Minister Payne", "2016-02-01") == ("Marise Payne", "AUS", "GOV")
    assert _who(r, "Foreign Minister Wong", "2023-02-01") == ("Penny Wong", "AUS", "GOV")


@pytest.mark.parametrize("word", ["Straw", "Rice", "Hunt", "Payne", "Wong"])
def test_a_common_surname_with_no_title_is_no_minister(r: ActorResolver, word: str) -> None:
    actor = r.resolve(word, date="2018-02-01", focus="GBR")
    assert actor is None or (actor.country is None and not (actor.evidence or "").startswith("leader:"))


@pytest.mark.parametrize(("phrase", "date"), [
    ("UN Secretary-General Ban Ki-moon", "2010-06-01"),
    ("Secretary-General Boutros Boutros-Ghali", "1994-06-01"),
    ("NATO Secretary-General Jens Stoltenberg", "2018-06-01"),
    ("IAEA chief Mohamed ElBaradei", "2005-06-01"),
    ("foreign policy chief Federica Mogherini", "2017-06-01"),
    ("Moussa Faki Mahamat", "2020-06-01"),
])
def test_a_body_head_has_no_country(r: ActorResolver, phrase: str, date: str) -> None:
    actor = r.resolve(phrase, date=date, focus="FRA")
    assert (actor.country, actor.sector, actor.inter) == (None, "GOV", 8)


def test_a_groups_leader_is_the_group(r: ActorResolver) -> None:
    nasrallah = r.resolve("Hassan Nasrallah", date="2006-07-20")
    assert (nasrallah.country, nasrallah.acled_actor) == ("LBN", "Hezbollah")
    assert r.resolve("Abdullah Ocalan", date="1998-10-01").country == "TUR"
    assert r.resolve("Velupillai Prabhakaran", date="2006-01-01").sector == "REB"


@pytest.mark.parametrize(("text", "published", "source", "target"), [
    ("NATO Secretary-General Jens Stoltenberg urged Foreign Minister Mevlut Cavusoglu on Monday to let the "
     "alliance's new members in without further delay.", "2022-06-20", None, "TUR"),
    ("Foreign Minister Alexander Downer rejected on Friday a demand by Foreign Minister Hassan Wirajuda that "
     "asylum be refused to the 43 Papuans who landed by canoe.", "2006-03-31", "AUS", "IDN"),
    ("Defence Minister Sergei Ivanov accused Defense Secretary Robert Gates on Tuesday of planning radars "
     "close to the border.", "2007-02-13", "RUS", "USA"),
])
def test_the_people_of_a_sentence(pipeline, text: str, published: str, source: str | None,
                                  target: str) -> None:
    document = document_from_text(text, doc_id="people28", published=published)
    primary = next(e for e in pipeline.code(document) if e.primary)
    first = primary.source[0]
    assert (first.country, first.sector) == (source, "GOV")
    assert primary.target[0].country == target


def test_every_body_in_the_file_is_an_organisation(r: ActorResolver) -> None:
    from chronica.actors import data

    bodies = data.package_file("ministers")["bodies"]
    orgs = {e.ref.name for bucket in r.lexicon.table.values() for e in bucket if e.kind == "org"}
    assert set(bodies) - orgs == set()
    assert len(bodies) >= 20


@pytest.mark.parametrize(("phrase", "plain", "country", "sector"), [
    ("former President Bill Clinton", "President Bill Clinton", "USA", "ELI"),
    ("Former Foreign Minister Andrei Kozyrev", "Foreign Minister Andrei Kozyrev", "RUS", "ELI"),
    ("ousted President Mohamed Morsi", "President Mohamed Morsi", "EGY", "OPP"),
    ("the deposed president Manuel Zelaya", "President Manuel Zelaya", "HND", "OPP"),
])
def test_a_former_or_ousted_office_holder_is_out_of_office(r: ActorResolver, phrase: str, plain: str,
                                                           country: str, sector: str) -> None:
    actor = r.resolve(phrase)  # undated, as a sentence with no date: only the words tell
    assert (actor.country, actor.sector) == (country, sector)
    assert r.resolve(plain).sector == "GOV"


def test_a_groups_leader_named_with_the_group_stays_the_group_after_his_term(r: ActorResolver) -> None:
    killed = r.resolve("Hezbollah leader Hassan Nasrallah", date="2024-10-02")  # days after his death
    assert (killed.country, killed.acled_actor) == ("LBN", "Hezbollah")
    alone = r.resolve("Hassan Nasrallah", date="2024-10-02")
    assert (alone.country, alone.sector) == ("LBN", "ELI")
    former = r.resolve("UN Secretary-General Kofi Annan", date="2010-10-02")
    assert (former.country, former.sector) == (None, "ELI")
