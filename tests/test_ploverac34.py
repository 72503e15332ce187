"""Round ploverac34: the parties of PLOVER-coded wire ledes and their countries and sectors (docs/quality.md,
"PLOVER parties audit (round `ploverac34`)"). The audit set is tests/data/plover_parties34.yaml; each rule
added in the round has texts of its own here where it must give the country and controls where it must not."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_plover_stories import lede_params, ledes

from chronica.ingest import document_from_text

AUDIT = Path(__file__).parent / "data" / "plover_parties34.yaml"


def _accepts(expected: str | None, got: str | None) -> bool:
    """A country or sector the row accepts: alternatives with |, "null" for none; None expects none."""
    if expected is None:
        return got is None
    return (got or "null") in str(expected).split("|")


def _primary(pipeline, text: str, published: str = "1996-06-14"):  # noqa: ANN001, ANN202 - fixture, event
    document = document_from_text(text, doc_id="ploverac34", published=published)
    return next((e for e in pipeline.code(document) if e.primary), None)


def _told(actors) -> str:  # noqa: ANN001 - an event's actors
    return "; ".join(f"{a.text} [{a.country} {a.sector}]" for a in actors) or "-"


def told_event(primary) -> str:  # noqa: ANN001 - an event
    """An event's PLOVER type, trigger and parties, for a failing assertion's message."""
    return (f"{primary.plover.get('type')} ({primary.trigger.text}) {_told(primary.source)} -> "
            f"{_told(primary.target)}")


def check_parties(primary, row: dict) -> None:  # noqa: ANN001 - an event
    """The primary event's first source and target have the countries (and sectors, when the row gives them)
    the row accepts, and no party is of the row's ``not`` country (also used by round ploverac35)."""
    assert primary is not None, "no primary event"
    source = primary.source[0] if primary.source else None
    target = primary.target[0] if primary.target else None
    got = told_event(primary)
    assert _accepts(row["source"], source and source.country), got
    assert _accepts(row["target"], target and target.country), got
    if "source_sector" in row:
        assert _accepts(row["source_sector"], source and source.sector), got
    if "target_sector" in row:
        assert _accepts(row["target_sector"], target and target.sector), got
    if "not" in row:
        countries = {a.country for a in (*primary.source, *primary.target)}
        assert row["not"] not in countries, got


def test_the_set_holds_100_rows_and_20_controls() -> None:
    rows = ledes(AUDIT)
    assert len(rows) == 100 and len({r["text"] for r in rows}) == 100
    assert sum("not" in r for r in rows) == 20


@pytest.mark.parametrize("row", lede_params(AUDIT))
def test_the_parties_of_the_primary_event(pipeline, row: dict) -> None:
    check_parties(_primary(pipeline, row["text"], str(row["published"])), row)


def _countries(pipeline, text: str) -> tuple[str | None, str | None]:  # noqa: ANN001 - the session fixture
    primary = _primary(pipeline, text)
    assert primary is not None, "no primary event"
    return (primary.source[0].country if primary.source else None,
            primary.target[0].country if primary.target else None)


# a country's name that is also a personal name, after a given name, is a person's surname
@pytest.mark.parametrize("text, not_country", [
    ("Vernon Jordan met Nelson Mandela in Johannesburg on Monday to discuss American investment.", "JOR"),
    ("Eddie Jordan criticised Israel on Monday over the closure of the West Bank.", "JOR"),
    ("Lawrence Chad praised the Kenyan government on Friday for its handling of the drought.", "TCD"),
])
def test_a_given_name_before_a_guarded_country_makes_a_person(pipeline, text: str, not_country: str) -> None:
    assert not_country not in _countries(pipeline, text)


# controls: the country alone, or after a qualifier, a title's word or a known word, stays the country
@pytest.mark.parametrize("text, source, target", [
    ("Jordan signed a peace treaty with Israel on Wednesday in the Arava desert.", "JOR", "ISR"),
    ("Libyan jets bombed Northern Chad on Monday, the army said.", "LBY", "TCD"),
    ("Mainland China accused Taiwan on Monday of provoking tension across the strait.", "CHN", "TWN"),
    ("Hashemite Jordan signed a peace treaty with Israel on Wednesday in the Arava desert.", "JOR", "ISR"),
])
def test_a_guarded_country_after_a_qualifier_stays_the_country(pipeline, text: str, source: str,
                                                               target: str) -> None:
    assert _countries(pipeline, text) == (source, target)


# the creditors' clubs named after a capital are no government of that capital's state
@pytest.mark.parametrize("text", [
    "The Paris Club of creditor nations agreed on Thursday to reschedule Zambia's debt, a statement said.",
    "Paris Club creditors agreed on Friday to cancel two thirds of Mozambique's debt, officials said.",
    "The London Club of commercial banks agreed on Monday to write off half of Bulgaria's debt.",
])
def test_a_creditors_club_is_no_government(pipeline, text: str) -> None:
    assert _countries(pipeline, text)[0] is None


# control: the capital alone is still its government
def test_the_capital_alone_is_still_the_government(pipeline) -> None:
    text = "Paris agreed on Thursday to reschedule Zambia's debt, a statement said."
    assert _countries(pipeline, text)[0] == "FRA"


# what a signed act is "of" ("a pact of reconciliation", "a treaty of friendship") is no side: the second of
# two coordinated signatories is the target
@pytest.mark.parametrize("text, source, target", [
    ("The Malian government and Tuareg rebel leaders signed a pact of reconciliation in Bamako on Sunday.",
     "MLI", "MLI"),
    ("Hungary and Slovakia signed a treaty of good neighbourliness in Paris on Sunday.", "HUN", "SVK"),
    ("Russia and Belarus signed a treaty of friendship in Minsk on Tuesday, Itar-Tass said.", "RUS", "BLR"),
])
def test_what_a_pact_is_of_is_no_side(pipeline, text: str, source: str, target: str) -> None:
    assert _countries(pipeline, text) == (source, target)


# controls: a pact with its other side named, and an agreement to a thing, keep their sides
@pytest.mark.parametrize("text, source, target", [
    ("The Nepalese government and Maoist rebels signed a peace accord in Kathmandu on Tuesday.", "NPL",
     "NPL"),
    ("Armenia and Azerbaijan agreed to a ceasefire on Monday, a Russian mediator said.", "ARM", "AZE"),
    ("Bolivia signed a trade pact with Peru in La Paz on Monday, officials said.", "BOL", "PER"),
])
def test_a_pact_with_its_side_named_keeps_it(pipeline, text: str, source: str, target: str) -> None:
    assert _countries(pipeline, text) == (source, target)


# a country's adjective before the border a mobilisation is near, though parsed as a place name, names the
# state it is aimed at
@pytest.mark.parametrize("text, source, target", [
    ("Iraqi troops massed near the Kuwaiti border on Thursday, Pentagon officials said.", "IRQ", "KWT"),
    ("Saudi troops massed near the Qatari border on Monday, Gulf diplomats said.", "SAU", "QAT"),
    ("Omani troops massed near the Yemeni border on Monday, diplomats said.", "OMN", "YEM"),
])
def test_an_adjective_on_the_border_names_whom_forces_face(pipeline, text: str, source: str,
                                                            target: str) -> None:
    assert _countries(pipeline, text) == (source, target)


# controls: the country's own name beside the border, and forces massed inside their own land
@pytest.mark.parametrize("text, source, target", [
    ("Iraqi troops massed near the Kuwait border on Thursday, Pentagon officials said.", "IRQ", "KWT"),
    ("Nigerian troops massed in the northern town of Maiduguri on Monday, residents said.", "NGA", "NGA"),
])
def test_forces_beside_a_named_country_or_at_home(pipeline, text: str, source: str, target: str) -> None:
    assert _countries(pipeline, text) == (source, target)
