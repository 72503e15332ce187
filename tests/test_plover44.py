"""A protest put in writing is disapproval, not a crowd (round plover44): "protested in a letter to the
commission", "in a statement", "through a petition" are PLOVER ACCUSE (disapprove) whoever made them, and no
ACLED protest; the trigger's evidence names the channel. Sentences written for the test, with controls where
"in" names a place or a crowd's size."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str):
    return next((e for e in pipeline.code(document_from_text(text, doc_id="plover44")) if e.primary), None)


@pytest.mark.parametrize("text, channel", [
    ("Opposition leaders protested in a letter to the electoral commission that the vote had been rigged.",
     "letter"),
    ("The teachers' union protested in a statement against the new pay rules.", "statement"),
    ("Farmers protested through a petition sent to the governor.", "petition"),
    ("Several residents protested by letter to the mayor about the closure of the clinic.", "letter"),
    ("The lawyers' association protested in an open letter against the arrest of its members.",
     "open letter"),
])
def test_a_written_protest_is_disapproval_and_no_acled_protest(pipeline, text: str, channel: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ACCUSE"
    assert primary.acled is None or primary.acled.get("event_type") != "Protests"
    assert primary.evidence["trigger"]["channel"] == channel
    assert not any(a.name == "Protesters" for a in primary.source)


@pytest.mark.parametrize("text", [
    "Thousands protested in the capital on Sunday against the new pay rules.",
    "Students protested in their thousands outside parliament.",
    "Residents protested in front of the town hall over water shortages.",
    "Workers protested in the streets of Lagos, demanding higher wages.",
    "Villagers protested by blocking the highway for three hours.",
])
def test_a_protest_in_a_place_stays_a_protest(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "PROTEST"
    assert primary.acled["event_type"] == "Protests"
    assert "channel" not in primary.evidence["trigger"]


@pytest.mark.parametrize("text, plover, mode", [
    # a declaration named by its compound is the same pact as "a declaration of peace"
    ("Armenian and Azerbaijani leaders signed a peace declaration in Washington.", "SUPPORT", None),
    # goods kept out of a country are a trade measure, as "banned imports"
    ("Chinese customs blocked imports of Taiwanese pineapples, citing pests.", "SANCTION", "discontinue"),
    ("Russia blocked exports of grain from Ukrainian ports.", "SANCTION", "discontinue"),
    # people forced back over a border, as "turned back"
    ("Polish border guards pushed back dozens of migrants trying to cross from Belarus.", "COERCE", "deport"),
    ("Greek coast guards pushed back a boat carrying 40 asylum seekers.", "COERCE", "deport"),
    # controls
    ("Protesters blocked the highway to the port for six hours.", "PROTEST", "obstruct"),
    ("The Senate blocked the trade bill.", "REJECT", None),
    ("The union pushed for higher wages.", "REQUEST", None),
])
def test_pacts_trade_measures_and_pushbacks(pipeline, text: str, plover: str, mode: str | None) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == (plover, mode)


def test_asylum_seekers_are_no_asylum_granted(pipeline) -> None:
    text = "Greek coast guards pushed back a boat carrying 40 asylum seekers."
    events = pipeline.code(document_from_text(text, doc_id="plover44"))
    assert [e.plover["type"] for e in events] == ["COERCE"]
    granted = _primary(pipeline, "Ecuador granted asylum to the dissident in its embassy.")
    assert granted.plover["type"] == "AID"


@pytest.mark.parametrize("text, plover, target", [
    # a joint text blocked is a veto, as a resolution blocked is
    ("Hungary blocked an EU statement condemning China.", "REJECT", "EU"),
    # an arms sale approved is weapons supplied, as "sold weapons"
    ("The US approved a $1 billion arms sale to Taiwan.", "AID", "Government of Taiwan"),
    # a warrant's "for" names the one it is out for, before what it is over
    ("The ICC issued an arrest warrant for the Russian president over the deportation of children.",
     "THREATEN", "Government of Russia"),
])
def test_vetoed_texts_arms_sales_and_warrants(pipeline, text: str, plover: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    assert [a.name for a in primary.target] == [target]


@pytest.mark.parametrize("text, plover, mode", [
    # a crowd that blocks access blockades; a state that blocks access restricts
    ("Striking dock workers in Rotterdam blocked access to the container terminal.", "PROTEST", "obstruct"),
    ("The government blocked access to social media.", "COERCE", "censor"),  # platforms blocked (repress47)
])
def test_access_blocked_by_a_crowd_or_a_state(pipeline, text: str, plover: str, mode: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == (plover, mode)


@pytest.mark.parametrize("text, sub_event", [
    # a state's forces or aircraft that bomb do it from the air
    ("Syrian government forces bombed rebel-held Idlib overnight.", "Air/drone strike"),
    ("Russia bombed the town of Maarat al-Numan on Tuesday.", "Air/drone strike"),
    ("Saudi-led coalition jets bombed a wedding party in Hajjah province.", "Air/drone strike"),
    # controls: armed groups' bombs are planted or thrown
    ("Militants bombed a church in Zamboanga during Sunday mass.", "Remote explosive/landmine/IED"),
    ("Unknown assailants bombed the office of the ruling party.", "Remote explosive/landmine/IED"),
])
def test_a_state_s_bombing_is_an_air_strike(pipeline, text: str, sub_event: str) -> None:
    assert _primary(pipeline, text).acled["sub_event_type"] == sub_event


def test_a_wedding_party_is_its_guests(pipeline) -> None:
    primary = _primary(pipeline, "Saudi-led coalition jets bombed a wedding party in Hajjah province.")
    assert [a.sector for a in primary.target] == ["CVL"]
