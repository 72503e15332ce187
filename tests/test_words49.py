"""Headline vocabulary (round words49): a headline's present-tense verb the tagger took for a noun, a
compound or an adverb is read as the verb ("Mali junta orders French ambassador to leave", "Israel halts aid
to Gaza", "Germany, France back EU membership talks for Ukraine"); a state's NATO bid approved is its
accession supported; two sides that spar or feud over something disapprove of each other (ACCUSE, no
fight). Sentences written for the test, with controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str):
    return next((e for e in pipeline.code(document_from_text(text, doc_id="words49")) if e.primary), None)


def _countries(actors) -> list[str | None]:
    return [a.country for a in actors]


@pytest.mark.parametrize("text, source, target", [
    ("Mali junta orders French ambassador to leave", "MLI", "FRA"),
    ("Mali junta orders French ambassador to leave within 72 hours", "MLI", "FRA"),
    ("Mali orders French ambassador to leave", "MLI", "FRA"),
    ("Russia orders US diplomats to leave", "RUS", "USA"),
    ("Sudan orders UN envoy to leave", "SDN", None),
    # control: the verb the tagger read right already
    ("Niger's military rulers ordered the French ambassador to leave the country.", "NER", "FRA"),
])
def test_ordered_to_leave_is_an_expulsion(pipeline, text: str, source: str, target: str | None) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("SANCTION", "expel")
    assert _countries(primary.source) == [source]
    assert primary.source[0].sector == "GOV"
    if target is not None:
        assert _countries(primary.target) == [target]


@pytest.mark.parametrize("text", [
    "The orders to leave came late.",
    "Army orders residents to evacuate border villages",
])
def test_orders_that_are_no_expulsion(pipeline, text: str) -> None:
    events = pipeline.code(document_from_text(text, doc_id="words49"))
    assert not any(e.plover.get("mode") == "expel" for e in events)


@pytest.mark.parametrize("text, source, target", [
    ("Turkey approves Sweden's NATO bid", "TUR", "SWE"),
    ("Turkey's parliament approved Sweden's NATO bid on Tuesday.", "TUR", "SWE"),
    ("Hungary approves Sweden's NATO membership bid", "HUN", "SWE"),
    ("Turkey approves Sweden's membership request", "TUR", "SWE"),
    # control: worked before
    ("Hungary approves Finland's NATO membership", "HUN", "FIN"),
])
def test_a_membership_bid_approved_is_support(pipeline, text: str, source: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "SUPPORT"
    assert _countries(primary.source) == [source]
    assert _countries(primary.target) == [target]


@pytest.mark.parametrize("text, sources, target", [
    ("Germany, France back EU membership talks for Ukraine", ["DEU", "FRA"], "UKR"),
    ("Germany and France back EU membership talks for Ukraine", ["DEU", "FRA"], "UKR"),
    ("US, UK back Ukraine's bid", ["USA", "GBR"], "UKR"),
    ("Germany backs EU membership talks for Ukraine", ["DEU"], "UKR"),
    ("Germany backs EU membership for Ukraine", ["DEU"], "UKR"),
])
def test_plural_back_is_support(pipeline, text: str, sources: list[str], target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "SUPPORT"
    assert _countries(primary.source) == sources
    assert _countries(primary.target) == [target]


@pytest.mark.parametrize("text", [
    "Germans back in recession",
    "Rebels back in control of Kabul",
    "Refugees back home after the war",
])
def test_back_as_an_adverb_is_no_support(pipeline, text: str) -> None:
    events = pipeline.code(document_from_text(text, doc_id="words49"))
    assert not any(e.plover["type"] == "SUPPORT" for e in events)


@pytest.mark.parametrize("text, first, other", [
    ("France, Italy spar over migrant ship", "FRA", "ITA"),
    ("France and Italy sparred over the migrant ship on Friday.", "FRA", "ITA"),
    ("Italy spars with France over migrants", "ITA", "FRA"),
    ("Britain and France rowed over fishing licences.", "GBR", "FRA"),
])
def test_sparring_is_mutual_disapproval(pipeline, text: str, first: str, other: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("ACCUSE", "disapprove")
    assert primary.acled is None
    assert _countries(primary.source) == [first]
    assert _countries(primary.target) == [other]


@pytest.mark.parametrize("text", ["He rowed the boat across the lake.", "Boxers sparred in the gym."])
def test_rowing_and_sparring_in_sport_are_no_quarrel(pipeline, text: str) -> None:
    assert not pipeline.code(document_from_text(text, doc_id="words49"))


@pytest.mark.parametrize("text, sources", [
    ("Germany, France condemn Russian strikes", ["DEU", "FRA"]),
    ("South Korea, Japan condemn North Korean missile launch", ["KOR", "JPN"]),
])
def test_two_names_listed_before_a_headline_verb_both_do_it(pipeline, text: str, sources: list[str]) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ACCUSE"
    assert _countries(primary.source) == sources


@pytest.mark.parametrize("text, source, target", [
    ("Israel halts aid to Gaza", "ISR", "PSE"),
    ("US halts military aid to Ukraine", "USA", "UKR"),
    ("World Bank halts funding to Uganda", None, "UGA"),
    # controls: worked before
    ("US suspends aid to Niger", "USA", "NER"),
    ("The US cut off aid to Ukraine.", "USA", "UKR"),
])
def test_aid_halted_is_a_sanction(pipeline, text: str, source: str | None, target: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("SANCTION", "discontinue")
    assert _countries(primary.source) == [source]
    assert _countries(primary.target) == [target]


@pytest.mark.parametrize("text, target, country", [
    ("Moscow bans Meta as 'extremist'", "Meta", "USA"),
    ("Russia bans Meta as extremist.", "Meta", "USA"),
    ("US bans Huawei equipment", "Huawei", "CHN"),
])
def test_a_company_banned_is_the_company(pipeline, text: str, target: str, country: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "COERCE"
    assert [(a.name, a.country, a.sector) for a in primary.target] == [(target, country, "BUS")]


@pytest.mark.parametrize("text", [
    "Clashes erupted in Meta department, Colombia.",
    "Guerrillas attacked a police post in Meta.",
])
def test_the_colombian_department_stays_a_place(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT"
    assert all(a.country == "COL" for a in primary.source)
