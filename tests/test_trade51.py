"""Trade and arms wording (round trade51): tariffs or duties raised, hiked, doubled or increased are a new
trade barrier (SANCTION, CAMEO 163, as "imposed tariffs"); removed, scrapped, lowered, cut, abolished or
lifted they are a barrier eased (CONCEDE, CAMEO 080, as "lifted sanctions"), and "cut import duties" no
longer reads the "import" compound as a trade cut; weapons bought, purchased, ordered or acquired from a
named state are arms that state supplies (AID, CAMEO 072, the seller the source and the buyer the target,
the mirror of "sold jets to India"); a grant approved is economic aid to whom it goes; and "X retaliated
against Y by banning imports" aims the by-clause's act at Y. Raised concerns, cut ribbons, raised flags, a
company bought, jets bought from a maker, wheat bought and the expulsion sense of "ordered" stay what they
were. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="trade51", published="2024-06-10")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _countries(actors) -> list[str | None]:
    return [a.country for a in actors]


# 1. tariffs raised: a new trade barrier on the goods' country
@pytest.mark.parametrize("text, word, source, target", [
    ("The EU raised tariffs on Chinese steel.", "raised", None, "CHN"),
    ("Washington hiked duties on Canadian softwood lumber.", "hiked", "USA", "CAN"),
    ("The United States doubled tariffs on Turkish steel and aluminium in 2018.", "doubled", "USA", "TUR"),
    ("India increased import duties on American almonds.", "increased", "IND", "USA"),
    # variants
    ("The United States raised tariffs on Chinese electric vehicles to 100 percent.", "raised", "USA", "CHN"),
    ("Ottawa hiked tariffs on Chinese aluminium.", "hiked", "CAN", "CHN"),
    ("Beijing raised import duties on Australian barley.", "raised", "CHN", "AUS"),
    # controls
    ("Beijing imposed anti-dumping duties on Australian wine.", "imposed", "CHN", "AUS"),
    ("The EU slapped tariffs on Chinese electric vehicles.", "slapped", None, "CHN"),
])
def test_tariffs_raised_are_a_sanction(pipeline, text: str, word: str, source: str | None,
                                       target: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover["type"], event.plover.get("mode"), event.cameo["code"]) == (
        "SANCTION", "discontinue", "163")
    assert _countries(event.source)[0] == source
    assert _countries(event.target)[0] == target


# 2. tariffs removed, scrapped, lowered, cut: a trade barrier eased
@pytest.mark.parametrize("text, word, source, target", [
    ("Canada removed tariffs on U.S. aluminium.", "removed", "CAN", "USA"),
    ("Mexico scrapped tariffs on American pork.", "scrapped", "MEX", "USA"),
    ("Ottawa lowered tariffs on Chinese electric vehicles.", "lowered", "CAN", "CHN"),
    ("Japan abolished duties on Australian beef.", "abolished", "JPN", "AUS"),
    ("India cut import duties on Japanese cars.", "cut", "IND", "JPN"),
    # variants
    ("The EU lifted tariffs on Japanese cars.", "lifted", None, "JPN"),
    ("Beijing eased duties on Australian barley.", "eased", "CHN", "AUS"),
    ("India reduced tariffs on American motorcycles.", "reduced", "IND", "USA"),
    ("Brazil slashed import tariffs on Chinese solar panels.", "slashed", "BRA", "CHN"),
    # controls
    ("China lifted its ban on Japanese seafood.", "lifted", "CHN", "JPN"),
    ("Australia lifted sanctions on Fiji after the 2014 elections.", "lifted", "AUS", "FJI"),
])
def test_tariffs_cut_are_a_concession(pipeline, text: str, word: str, source: str, target: str) -> None:
    event = _event(pipeline, text, word)
    # sanctions lifted are economic sanctions eased, CAMEO's own 085 (senses54)
    assert (event.plover["type"], event.cameo["code"]) == ("CONCEDE", "085" if "sanction" in text else "080")
    assert _countries(event.source)[0] == source
    assert _countries(event.target)[0] == target


@pytest.mark.parametrize("text, word, code", [
    # controls: the other senses of "cut", "raise", "lift" stay
    ("Washington cut aid to Egypt by $290 million over human rights concerns.", "cut", "162"),
    ("China retaliated with tariffs on American soybeans.", "retaliated", "163"),
    ("The minister raised concerns about the election.", "concerns", "111"),
])
def test_other_senses_stay(pipeline, text: str, word: str, code: str) -> None:
    assert _event(pipeline, text, word).cameo["code"] == code


@pytest.mark.parametrize("text", [
    # controls: no trade barrier, no event
    "The mayor cut the ribbon at the new bridge.",
    "Protesters raised the flag over the square.",
    "The company raised prices on its phones.",
    "The central bank raised interest rates.",
    "The government raised electricity tariffs by 20 percent.",
    "The government hiked fuel duty.",
    "The board approved a grant for the library.",
    "Lockheed bought a supplier in Texas.",
    "The airline bought 20 jets from Boeing.",
    "Egypt bought wheat from Russia.",
    "Qatar bought Rafale jets.",
])
def test_no_trade_event(pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


# 3. arms bought from a state: that state supplies them to the buyer
@pytest.mark.parametrize("text, word, source, target", [
    ("Taiwan bought 66 F-16 fighters from the United States.", "bought", "USA", "TWN"),
    ("Egypt purchased Rafale jets from France in 2015.", "purchased", "FRA", "EGY"),
    ("Turkey bought S-400 missiles from Russia.", "bought", "RUS", "TUR"),
    ("Greece ordered 24 Rafale jets from France.", "ordered", "FRA", "GRC"),
    ("The Philippines acquired BrahMos missiles from India.", "acquired", "IND", "PHL"),
    # variants
    ("Poland ordered 250 Abrams tanks from the United States.", "ordered", "USA", "POL"),
    ("India bought S-400 air defence systems from Russia.", "bought", "RUS", "IND"),
    ("Saudi Arabia purchased drones from China.", "purchased", "CHN", "SAU"),
    # controls
    ("France sold 36 Rafale fighter jets to India.", "sold", "FRA", "IND"),
    ("Ukraine received tanks from Poland.", "received", "POL", "UKR"),
])
def test_arms_bought_from_a_state(pipeline, text: str, word: str, source: str, target: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover["type"], event.cameo["code"]) == ("AID", "072")
    assert _countries(event.source) == [source]
    assert _countries(event.target) == [target]


@pytest.mark.parametrize("text, word, code", [
    # controls: "ordered" keeps its expulsion sense
    ("The government ordered the ambassador to leave the country.", "ordered", "166"),
])
def test_ordered_expulsion_stays(pipeline, text: str, word: str, code: str) -> None:
    assert _event(pipeline, text, word).cameo["code"] == code


# 4. a grant approved: economic aid to whom it goes
@pytest.mark.parametrize("text, source, targets", [
    ("The African Development Bank approved grants to Malawi and Mozambique.", "AfDB",
     [("Government of Malawi", "MWI"), ("Government of Mozambique", "MOZ")]),
    ("The African Development Bank approved a grant to Malawi.", "AfDB", [("Government of Malawi", "MWI")]),
    # variants
    ("The World Bank approved a $50 million grant to Nepal.", "World Bank", [("Government of Nepal", "NPL")]),
    # controls
    ("The IMF approved a loan to Pakistan.", "IMF", [("Government of Pakistan", "PAK")]),
    ("The IMF approved loans to Malawi and Mozambique.", "IMF",
     [("Government of Malawi", "MWI"), ("Government of Mozambique", "MOZ")]),
])
def test_grant_approved_is_aid(pipeline, text: str, source: str, targets: list) -> None:
    event = _event(pipeline, text, "approved")
    assert (event.plover["type"], event.cameo["code"]) == ("AID", "071")
    assert [a.name for a in event.source] == [source]
    assert [(a.name, a.country) for a in event.target] == targets


# 5. "retaliated against X by ...": the act of the by-clause is aimed at X
@pytest.mark.parametrize("text, word, code, target", [
    ("China retaliated against Japan by banning seafood imports.", "banning", "163",
     ("Government of Japan", "JPN")),
    ("India retaliated against Pakistan by suspending trade.", "suspending", "163",
     ("Government of Pakistan", "PAK")),
    ("Russia retaliated against the EU by banning food imports.", "banning", "163", ("EU", None)),
    # variants
    ("Beijing retaliated against Washington by raising tariffs on American soybeans.", "raising", "163",
     ("Government of the United States", "USA")),
    ("Moscow responded against Kyiv by cutting gas supplies.", "cutting", "162",
     ("Government of Ukraine", "UKR")),
    # controls: the by-clause's own people stay its target
    ("Moscow retaliated against Washington by expelling 35 diplomats.", "expelling", "166",
     ("Government of the United States", "USA")),
    ("Iran retaliated against Britain by expelling two British diplomats.", "expelling", "166",
     ("Government of the United Kingdom", "GBR")),
])
def test_retaliation_target(pipeline, text: str, word: str, code: str, target: tuple) -> None:
    event = _event(pipeline, text, word)
    assert event.cameo["code"] == code
    assert [(a.name, a.country) for a in event.target][:1] == [target]
