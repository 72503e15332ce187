"""Round ploverac35: the parties of PLOVER-coded wire ledes, their countries and sectors, and the ledes'
types (docs/quality.md, "PLOVER parties audit (round `ploverac35`)"). The audit set is
tests/data/plover_parties35.yaml; each rule added in the round has texts of its own here where it must give
the country and controls where it must not."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_plover_stories import lede_params, ledes
from test_ploverac34 import check_parties, told_event

from chronica.ingest import document_from_text

AUDIT = Path(__file__).parent / "data" / "plover_parties35.yaml"


def _primary(pipeline, text: str, published: str = "2010-06-14"):  # noqa: ANN001, ANN202 - fixture, event
    document = document_from_text(text, doc_id="ploverac35", published=published)
    return next((e for e in pipeline.code(document) if e.primary), None)


def test_the_set_holds_100_rows() -> None:
    rows = ledes(AUDIT)
    assert len(rows) == 100 and len({r["text"] for r in rows}) == 100
    assert sum("not" in r for r in rows) >= 9


@pytest.mark.parametrize("row", lede_params(AUDIT))
def test_the_parties_of_the_primary_event(pipeline, row: dict) -> None:
    check_parties(_primary(pipeline, row["text"], str(row["published"])), row)


@pytest.mark.parametrize("row", lede_params(AUDIT, "type_gap"))
def test_the_type_of_the_primary_event(pipeline, row: dict) -> None:
    primary = _primary(pipeline, row["text"], str(row["published"]))
    assert primary is not None, "no primary event"
    assert primary.plover.get("type") in row["type"].split("|"), told_event(primary)


def _countries(pipeline, text: str) -> tuple[str | None, str | None]:  # noqa: ANN001 - the session fixture
    primary = _primary(pipeline, text)
    assert primary is not None, "no primary event"
    return (primary.source[0].country if primary.source else None,
            primary.target[0].country if primary.target else None)


# a Commonwealth state's embassy is its "high commission": a crowd protesting outside one protests against
# that state
@pytest.mark.parametrize("text, source, target", [
    ("Hundreds of Bangladeshis demonstrated outside the Pakistani high commission in Dhaka on Monday.", "BGD",
     "PAK"),
    ("Students protested outside the Kenyan High Commission in Kampala on Friday over the border closure.",
     "UGA", "KEN"),
    ("Sri Lankan Tamils protested outside the Indian High Commission in Colombo on Tuesday.", "LKA", "IND"),
])
def test_a_protest_outside_a_high_commission_is_against_its_state(pipeline, text: str, source: str,
                                                                   target: str) -> None:
    assert _countries(pipeline, text) == (source, target)


# controls: another commission, or a high commission of no named state, is no state's mission
@pytest.mark.parametrize("text", [
    "Nurses protested outside the electoral commission in Nairobi on Friday over unpaid wages.",
    "Nurses protested outside the High Commission in Nairobi on Friday over unpaid wages.",
])
def test_another_commission_is_no_mission(pipeline, text: str) -> None:
    assert _countries(pipeline, text)[1] is None


# where two sides sign or agree ("at the White House", "at the presidential palace") is no side: the second
# of the two is the target
@pytest.mark.parametrize("text, source, target", [
    ("Serbia and Kosovo signed a transport deal at the White House on Thursday, officials said.", "SRB",
     "XKX"),
    ("Rwanda and Congo signed a peace deal at the State Department on Friday, officials said.", "RWA", "COD"),
    ("Ethiopia and Eritrea signed a peace accord at the presidential palace in Jeddah on Sunday.", "ETH",
     "ERI"),
    ("India and Bangladesh signed a border pact at Downing Street on Monday, officials said.", "IND", "BGD"),
])
def test_the_venue_of_a_signing_is_no_side(pipeline, text: str, source: str, target: str) -> None:
    assert _countries(pipeline, text) == (source, target)


# controls: a side told with "with" stays the target, and a lone signatory at a seat keeps its host
@pytest.mark.parametrize("text, source, target", [
    ("Rwanda signed a peace deal with Congo at the White House on Friday, officials said.", "RWA", "COD"),
    ("Russia signed a cooperation agreement with France at the Elysee Palace on Wednesday.", "RUS", "FRA"),
    ("Rwanda signed a trade deal at the White House on Friday, officials said.", "RWA", "USA"),
])
def test_a_signing_with_its_other_side_named_keeps_it(pipeline, text: str, source: str, target: str) -> None:
    assert _countries(pipeline, text) == (source, target)


def _place_country(pipeline, text: str) -> str | None:  # noqa: ANN001 - the session fixture
    primary = _primary(pipeline, text)
    assert primary is not None, "no primary event"
    return primary.location.country if primary.location else None


# a place told after a country's demonym and a type word ("the Libyan town of X") is in that country, never a
# namesake abroad: with no town of the name there, the country itself is the place
@pytest.mark.parametrize("text, country", [
    ("Rebels seized the Syrian town of Braga on Thursday after days of fighting, activists said.", "SYR"),
    ("Troops shelled the Iraqi town of Paris on Thursday, local officials said.", "IRQ"),
    ("Government forces retook the Libyan oil port of Brega on Friday, a rebel spokesman said.", "LBY"),
])
def test_a_demonym_before_town_of_keeps_the_place_in_its_country(pipeline, text: str, country: str) -> None:
    assert _place_country(pipeline, text) == country


# controls: the town is found in the demonym's country, and a town with no demonym keeps its own country
@pytest.mark.parametrize("text, country", [
    ("Rebels attacked the northern Malian town of Gao on Friday, the army said.", "MLI"),
    ("Israeli troops raided the Palestinian town of Jenin on Thursday, witnesses said.", "PSE"),
    ("Gunmen attacked the Nigerian city of Lagos on Thursday, police said.", "NGA"),
    ("Rioters looted shops in the town of Braga on Thursday, police said.", "PRT"),
])
def test_a_town_found_in_its_country_stays(pipeline, text: str, country: str) -> None:
    assert _place_country(pipeline, text) == country


# a sum given, told by a currency's name after a number ("20 million euros in aid to X"), is what the verb
# gives, as a sum the parser tags as money is: the verb's subject gives it, the "to" on the sum receives it
@pytest.mark.parametrize("text, source, target", [
    ("The European Union announced 20 million euros in emergency aid to Haiti on Tuesday.", None, "HTI"),
    ("Britain gave 30 million pounds in aid to Malawi on Friday, the aid ministry said.", "GBR", "MWI"),
    ("China offered 5 billion yuan in loans to Sri Lanka on Monday, officials said.", "CHN", "LKA"),
    ("Washington announced on Friday a further 300 million dollars in military aid to Taiwan.", "USA", "TWN"),
])
def test_a_sum_in_aid_goes_to_its_recipient(pipeline, text: str, source: str | None, target: str) -> None:
    assert _countries(pipeline, text) == (source, target)


# controls: a count of people or goods, and a sum lost, are no sum given
@pytest.mark.parametrize("text, source, target", [
    ("Rebels killed 20 soldiers in an ambush on the road to Goma on Monday, the army said.", "COD", "COD"),
    ("Germany sent 50 tonnes of food in aid to Sudan on Monday, the foreign ministry said.", "DEU", "SDN"),
])
def test_a_count_that_is_no_sum_keeps_its_parties(pipeline, text: str, source: str, target: str) -> None:
    assert _countries(pipeline, text) == (source, target)


# a state or body "hit by sanctions", "targeted by sanctions imposed by X": the subject of the passive verb of
# undergoing whose by-agent is the act is the one the act falls on
@pytest.mark.parametrize("text, source, target", [
    ("Iran was hit by new US sanctions on Monday over its missile programme.", "USA", "IRN"),
    ("Russia's largest bank was hit by sanctions imposed by Britain on Thursday, the Treasury said.", "GBR",
     "RUS"),
    ("Zimbabwe was hit by fresh sanctions imposed by Washington on Friday over the disputed vote.", "USA",
     "ZWE"),
])
def test_the_subject_hit_by_sanctions_is_their_target(pipeline, text: str, source: str, target: str) -> None:
    assert _countries(pipeline, text) == (source, target)


# controls: sanctions with their target told by a preposition, and an attack by whom a convoy was hit
@pytest.mark.parametrize("text, source, target", [
    ("Washington imposed fresh sanctions on Zimbabwe on Friday over the disputed vote.", "USA", "ZWE"),
    ("A Syrian army convoy was hit by an Israeli air strike near Homs on Monday, a monitor said.", "ISR",
     "SYR"),
])
def test_sanctions_on_a_named_target_keep_it(pipeline, text: str, source: str, target: str) -> None:
    assert _countries(pipeline, text) == (source, target)
