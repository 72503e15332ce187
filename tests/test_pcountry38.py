"""Round pcountry38: wire-news ledes of our own (tests/data/plover_countries38.yaml) on the SOURCE and TARGET
COUNTRY of the primary event: notable people with no office (activists, dissidents, clerics, writers) named
abroad, actors with no country of their own (rights groups, hackers), targets named by a capital or by a
country adjective, and plain named-country forms. Each is coded as `chronica code` codes a document; a row
with ``gap`` is a strict xfail with that reason. Then the rules the round added, each with sentences of our
own and controls that must not change."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from test_plover_stories import check_primary, lede_params, ledes

from chronica.actors.resolve import ActorResolver
from chronica.ingest import document_from_text

LEDES = Path(__file__).parent / "data" / "plover_countries38.yaml"
CAUSES = {"person", "nameless", "capital", "adjective", "plain"}


def test_the_set_is_wire_ledes_of_every_cause() -> None:
    rows = ledes(LEDES)
    assert 75 <= len(rows) <= 90 and len({r["text"] for r in rows}) == len(rows)
    assert 25 <= sum(1 for r in rows if r.get("control")) <= 35
    causes = Counter(r["cause"] for r in rows)
    assert set(causes) == CAUSES and min(causes.values()) >= 12


@pytest.mark.parametrize("row", lede_params(LEDES))
def test_the_countries_of_the_lede(pipeline, row: dict) -> None:
    check_primary(pipeline, row, "pcountry38")


def _primary(pipeline, text: str, published: str):  # noqa: ANN202
    """The text's primary event, coded as a document published on ``published``."""
    document = document_from_text(text, doc_id="pcountry38", published=published)
    primary = next((e for e in pipeline.code(document) if e.primary), None)
    assert primary is not None, text
    return primary


def _countries(pipeline, text: str, published: str = "2016-05-10") -> tuple[str | None, str | None]:
    """The first source and first target country of the text's primary event."""
    primary = _primary(pipeline, text, published)
    source = primary.source[0].country if primary.source else None
    return source, primary.target[0].country if primary.target else None


@pytest.mark.parametrize("text, published, source, target", [
    # a notable person with no office is of their own country, wherever the story is
    ("Yulia Navalnaya urged Germany on Tuesday to seize more Russian assets.", "2024-03-05", "RUS", "DEU"),
    ("Shirin Ebadi accused Iraq on Monday of ignoring the rights of women.", "2006-05-08", "IRN", "IRQ"),
    ("Wole Soyinka criticised Ghana on Friday over the jailing of a journalist.", "2001-06-01", "NGA", "GHA"),
    ("Denis Mukwege urged Rwanda on Sunday to withdraw its troops.", "2022-11-13", "COD", "RWA"),
    ("Thunberg accused Norway on Wednesday of breaking its climate promises.", "2021-02-24", "SWE", "NOR"),
    # controls: office holders and named countries do not change
    ("President Emmanuel Macron urged Germany on Tuesday to seize more Russian assets.", "2024-03-05",
     "FRA", "DEU"),
    ("Kenya accused Uganda on Monday of harassing its fishermen.", "2009-05-04", "KEN", "UGA"),
])
def test_a_notable_person_is_of_their_country(pipeline, text: str, published: str, source: str,
                                              target: str) -> None:
    assert _countries(pipeline, text, published) == (source, target)


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver()


@pytest.mark.parametrize("phrase, date, sector, inter", [
    ("Nelson Mandela", "1990-02-12", "OPP", 0),  # before office: the ANC's leader, the opposition
    ("Nelson Mandela", "1996-06-01", "GOV", 1),  # in office: South Africa's government
    ("Nelson Mandela", "2004-06-01", "ELI", 0),  # after office: an elder statesman
    ("Lech Walesa", "1983-10-05", "OPP", 0),
    ("Aung San Suu Kyi", "2010-11-13", "OPP", 0),
    ("Aung San Suu Kyi", "2018-01-10", "GOV", 1),
    ("Greta Thunberg", "2019-09-23", "HRI", 0),
])
def test_a_notable_persons_sector_follows_the_date(resolver: ActorResolver, phrase: str, date: str,
                                                   sector: str, inter: int) -> None:
    actor = resolver.resolve(phrase, date=date)
    assert actor is not None and (actor.sector, actor.inter) == (sector, inter)


def test_a_notable_persons_supporters_are_civilians_of_their_country(resolver: ActorResolver) -> None:
    actor = resolver.resolve("Navalny supporters", date="2018-01-28")
    assert actor is not None and (actor.country, actor.inter, actor.acled_actor) == ("RUS", 7,
                                                                                     "Civilians (Russia)")


@pytest.mark.parametrize("text, source, target", [
    # a doer of no state that addresses a state by name does not take that state's country
    ("Rights groups accused Uzbekistan on Friday of torturing prisoners.", None, "UZB"),
    ("A human rights group urged Sri Lanka on Tuesday to investigate the killings.", None, "LKA"),
    ("Activists accused Cambodia on Monday of silencing the press.", None, "KHM"),
    # controls: a doer with a country of its own, the state's own organs, and a doer named by its country
    ("Egyptian rights groups accused Egypt's government on Friday of torturing prisoners.", "EGY", "EGY"),
    ("The United States accused Uzbekistan on Friday of torturing prisoners.", "USA", "UZB"),
    ("Cambodian activists accused Cambodia on Monday of silencing the press.", "KHM", "KHM"),
])
def test_a_doer_of_no_state_is_not_its_addressees(pipeline, text: str, source: str | None,
                                                  target: str) -> None:
    assert _countries(pipeline, text) == (source, target)


def test_protesting_rights_groups_keep_the_place_for_acled(pipeline) -> None:
    primary = _primary(pipeline, "Hundreds of rights activists protested in Cairo on Friday against the "
                       "new law on charities.", "2017-06-02")
    assert primary.acled and primary.source and primary.source[0].country == "EGY"


@pytest.mark.parametrize("text, published, source, target", [
    # a past office holder's surname alone, out of office, in a story of another country: still them
    ("Gorbachev urged Lithuania on Monday to drop its claim to independence.", "2000-01-01", "RUS", "LTU"),
    ("Thatcher warned Argentina on Friday that Britain would defend the islands.", "2000-01-01", "GBR",
     "ARG"),
    ("Shamir accused Syria on Tuesday of massing troops on the Golan Heights.", "2000-01-01", "ISR", "SYR"),
    # controls: in office they are their government, and an unlisted surname is no one's
    ("Shamir accused Syria on Tuesday of massing troops on the Golan Heights.", "1990-03-06", "ISR", "SYR"),
    ("Kowalczyk accused Syria on Tuesday of massing troops on the Golan Heights.", "2000-01-01", None, "SYR"),
])
def test_a_past_leaders_surname_is_still_them_abroad(pipeline, text: str, published: str,
                                                     source: str | None, target: str) -> None:
    assert _countries(pipeline, text, published) == (source, target)
