"""Tests for chronica.actors: the resolver as the extraction stage and users see it."""

from __future__ import annotations

import time

import pytest

from chronica.actors import ActorResolver

DATE = "1997-04-22"


@pytest.fixture(scope="module")
def r() -> ActorResolver:
    return ActorResolver()


@pytest.mark.parametrize("phrase", ["President Fujimori", "Alberto Fujimori", "Fujimori"])
def test_fujimori_variants(r: ActorResolver, phrase: str) -> None:
    a = r.resolve(phrase, date=DATE, focus="PER")
    assert (a.name, a.country, a.sector, a.inter) == ("Alberto Fujimori", "PER", "GOV", 1)
    assert a.acled_actor == "Government of Peru (1990-2000)"
    assert a.text == phrase and a.evidence


def test_named_group_with_role_noun(r: ActorResolver) -> None:
    a = r.resolve("the MRTA militants", date=DATE, focus="PER")
    assert (a.name, a.country, a.sector, a.inter) == ("MRTA", "PER", "REB", 2)
    assert a.acled_actor == "MRTA: Tupac Amaru Revolutionary Movement"


@pytest.mark.parametrize(
    "phrase, iso3",
    [("the USA", "USA"), ("Britain", "GBR"), ("Israel", "ISR"), ("the Japanese government", "JPN"),
     ("the Kremlin", "RUS"), ("Washington", "USA"), ("the Soviet Union", "RUS"), ("Burma", "MMR")],
)
def test_countries_and_seats_are_governments(r: ActorResolver, phrase: str, iso3: str) -> None:
    a = r.resolve(phrase, date=DATE)
    assert (a.country, a.sector, a.inter) == (iso3, "GOV", 1)


def test_role_noun_takes_document_focus(r: ActorResolver) -> None:
    a = r.resolve("the army", date=DATE, focus="PER")
    assert (a.name, a.sector, a.inter) == ("Military Forces of Peru", "MIL", 1)
    assert a.acled_actor == "Military Forces of Peru (1990-2000)"
    assert r.resolve("the combined forces of the army", date=DATE, focus="PER").sector == "MIL"
    assert r.resolve("Peruvian troops", date=DATE).acled_actor == "Military Forces of Peru (1990-2000)"


def test_open_year_range_for_current_government(r: ActorResolver) -> None:
    a = r.resolve("police", date="2020-05-01", focus="MEX")
    assert a.acled_actor == "Police Forces of Mexico (2018-2024)"
    assert r.resolve("Israeli soldiers", date="2024-01-01").acled_actor.endswith("(2022-)")


def test_no_known_leader_means_no_years(r: ActorResolver) -> None:
    assert r.resolve("the army", date="1997-01-01", focus="ISL").acled_actor == "Military Forces of Iceland"


def test_crowds_and_civilians(r: ActorResolver) -> None:
    a = r.resolve("protesters", date="2020-01-01", focus="MEX")
    assert (a.name, a.acled_actor, a.inter) == ("Protesters (Mexico)", "Protesters (Mexico)", 6)
    assert r.resolve("a mob", focus="IND").inter == 5
    students = r.resolve("hundreds of students", focus="PER")
    assert (students.sector, students.inter, students.acled_actor) == ("EDU", 7, "Civilians (Peru)")


def test_rebel_modifier_beats_generic_head(r: ActorResolver) -> None:
    a = r.resolve("the guerrilla commando", date=DATE, focus="PER")
    assert (a.sector, a.inter, a.country) == ("REB", 2, "PER")


def test_possessive_plural_keeps_country_open(r: ActorResolver) -> None:
    a = r.resolve("their governments", date=DATE, focus="PER")
    assert (a.sector, a.country) == ("GOV", None)


@pytest.mark.parametrize("phrase", ["a clear message", "the embassy", "the MRTA action", "turkey"])
def test_non_actors(r: ActorResolver, phrase: str) -> None:
    assert r.resolve(phrase, date=DATE, focus="PER") is None


def test_short_aliases_are_case_sensitive(r: ActorResolver) -> None:
    assert r.resolve("IS", focus="IRQ").name == "Islamic State"
    assert r.resolve("IS", focus="IRQ").acled_actor == "Islamic State (Iraq)"
    assert r.resolve("is") is None


def test_person_named_like_a_country(r: ActorResolver) -> None:
    a = r.resolve("Chad Smith")
    assert a is not None and a.country is None
    assert not any(iso == "TCD" for *_, iso in r.country_mentions("Chad Smith scored twice."))
    assert r.resolve("Jordan Peterson").country is None
    assert r.resolve("Georgia", focus="USA").country != "GEO"


def test_date_picks_office_holder(r: ActorResolver) -> None:
    assert r.resolve("Bush", date="1991-01-17").name == "George H. W. Bush"
    assert r.resolve("Bush", date="2003-03-20").name == "George W. Bush"
    former = r.resolve("Fujimori", date="2009-04-07")
    assert (former.country, former.sector) == ("PER", "ELI")


def test_group_that_became_the_state(r: ActorResolver) -> None:
    assert r.resolve("the Taliban", date="2010-01-01").sector == "REB"
    assert r.resolve("the Taliban", date="2023-01-01").acled_actor == "Government of Afghanistan (2021-)"


def test_city_in_complement(r: ActorResolver) -> None:
    a = r.resolve("police in Karachi", date="2015-01-01")
    assert (a.country, a.sector) == ("PAK", "COP")


def test_fourth_international(r: ActorResolver) -> None:
    a = r.resolve("the Fourth International", date=DATE, focus="PER")
    assert (a.name, a.country, a.sector) == ("Fourth International", None, "PTY")


def test_country_mentions_spans(r: ActorResolver) -> None:
    text = "The Peruvian government stormed the Japanese embassy in Lima; Peru's army led."
    found = r.country_mentions(text)
    assert [(text[s:e], iso) for s, e, iso in found] == [
        ("Peruvian", "PER"), ("Japanese", "JPN"), ("Lima", "PER"), ("Peru", "PER")]


def test_country_mentions_guards(r: ActorResolver) -> None:
    text = "A turkey, guinea pigs, New Mexico and Latin America; Jordan Peterson spoke."
    assert r.country_mentions(text) == []


def test_extra_user_file(tmp_path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "organisations:\n"
        "  - {name: FLX, full: Free Lemuria Army, aliases: [Lemurian rebels], country: PER,"
        " sector: REB, inter: 2}\n"
        "leaders:\n"
        "  ISL:\n"
        "    head_of_state:\n"
        "      - Jon Testsson | Testsson | 1996-08-01 | 2016-07-31\n",
        encoding="utf-8",
    )
    r = ActorResolver(extra)
    a = r.resolve("the Free Lemuria Army fighters", date=DATE)
    assert (a.name, a.acled_actor, a.inter) == ("FLX", "FLX: Free Lemuria Army", 2)
    b = r.resolve("President Testsson", date=DATE)
    assert (b.name, b.country, b.acled_actor) == ("Jon Testsson", "ISL", "Government of Iceland (1996-2016)")


def test_results_are_copies(r: ActorResolver) -> None:
    a = r.resolve("the army", date=DATE, focus="PER")
    a.name = "changed"
    assert r.resolve("the army", date=DATE, focus="PER").name == "Military Forces of Peru"


def test_speed(r: ActorResolver) -> None:
    phrases = ["the Peruvian government", "President Fujimori", "the MRTA militants", "the army",
               "the guerrilla commando", "protesters", "a clear message", "Britain"]
    start = time.perf_counter()
    for i in range(10_000):
        r._resolve(phrases[i % len(phrases)], DATE, "PER")  # uncached path
    per_call = (time.perf_counter() - start) / 10_000
    print(f"resolve (uncached): {per_call * 1e6:.1f} us per call")
    assert per_call < 1e-3
