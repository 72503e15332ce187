"""Aid and lending, second round (aid248): aid not delivered told through a partitive ("any of the
promised aid"); lenders and aid agencies by name, and the receiver a giving verb names before the sum ("lent
Morocco 500 million euros"); a loan "from X to Y" acted on; sanctions "on X" lifted, with "Sanctions"
opening the sentence; an acronym the parse takes for an adverb; an aid group halting its own work, and its
own staff. Sentences written for the test, with near-miss controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="aid248"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _parties(actors) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for a in actors]


@pytest.mark.parametrize("text", [
    "The United States has not delivered any of the promised aid to Haiti, officials in Port-au-Prince said.",
    "The United States did not deliver the aid to Haiti.",
    "The United States failed to deliver the promised aid to Haiti.",
    "The United States has not delivered much of the aid to Haiti.",
])
def test_aid_not_delivered_is_negated_aid(pipeline, text: str) -> None:
    events = _events(pipeline, text)
    aid = [e for e in events if e.plover["type"] == "AID"]
    assert len(aid) == 1
    assert aid[0].modality.negated
    assert _parties(aid[0].source) == [("USA", "GOV")]
    assert _parties(aid[0].target) == [("HTI", "GOV")]
    assert not any(e.plover["type"] == "AGREE" for e in events)  # "the promised aid": no promise of the story


@pytest.mark.parametrize("text", [
    "Germany has delivered much of the promised aid to Ukraine.",
    "Germany delivered the aid to Ukraine.",
])
def test_aid_delivered_stays_aid(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "AID"
    assert not primary.modality.negated
    assert _parties(primary.source) == [("DEU", "GOV")]
    assert _parties(primary.target) == [("UKR", "GOV")]


@pytest.mark.parametrize("text, plover", [
    ("Russia promised aid to Syria.", "AGREE"),  # a promise told as the news stays one
    ("The army denied any of the allegations.", "REJECT"),
])
def test_promises_and_partitives_otherwise_keep_their_coding(pipeline, text: str, plover: str) -> None:
    assert _primary(pipeline, text).plover["type"] == plover


@pytest.mark.parametrize("text, source, target", [
    ("The European Investment Bank lent Morocco 500 million euros for earthquake reconstruction.",
     (None, "IGO"), ("MAR", "GOV")),
    ("The EBRD lent Ukraine 300 million euros.", (None, "IGO"), ("UKR", "GOV")),
    ("The World Bank lent Kenya 750 million dollars.", (None, "IGO"), ("KEN", "GOV")),
    ("The Islamic Development Bank lent Egypt 1 billion dollars.", (None, "IGO"), ("EGY", "GOV")),
    ("The Asian Infrastructure Investment Bank lent Bangladesh 400 million dollars.", (None, "IGO"),
     ("BGD", "GOV")),
    ("The Asian Development Bank loaned 200 million dollars to Sri Lanka.", (None, "IGO"), ("LKA", "GOV")),
    ("KfW lent Ukraine 200 million euros.", ("DEU", "GOV"), ("UKR", "GOV")),
    ("China lent Pakistan 2 billion dollars.", ("CHN", "GOV"), ("PAK", "GOV")),
])
def test_lenders_and_the_receiver_before_the_sum(pipeline, text: str, source, target) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "AID"
    assert _parties(primary.source) == [source]
    assert _parties(primary.target) == [target]


@pytest.mark.parametrize("text, name, country, sector", [
    ("USAID delivered food to Sudan.", "USAID", "USA", "GOV"),
    ("The Japan International Cooperation Agency delivered medicine to Myanmar.", "JICA", "JPN", "GOV"),
    ("The UN Central Emergency Response Fund delivered aid to Somalia.", "CERF", None, "IGO"),
    ("The New Development Bank gave Brazil a loan of 1 billion dollars.", "New Development Bank", None,
     "IGO"),
])
def test_aid_agencies_by_name(pipeline, text: str, name: str, country, sector) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "AID"
    assert [(a.name, a.country, a.sector) for a in primary.source] == [(name, country, sector)]


def test_norad_stays_no_aid_agency(pipeline) -> None:
    """NORAD, the air defence command, is not the Norwegian aid agency (whose short name is left out)."""
    events = _events(pipeline, "NORAD said its jets intercepted two Russian bombers near Alaska.")
    assert not any(a.country == "NOR" for e in events for a in (*e.source, *e.target))


@pytest.mark.parametrize("text, source, target", [
    ("A $2 billion loan from China to Sri Lanka was rescheduled on Thursday.", ("CHN", "GOV"),
     ("LKA", "GOV")),
    ("The loan to Sri Lanka from China was rescheduled.", ("CHN", "GOV"), ("LKA", "GOV")),
    ("A loan from the IMF to Egypt was approved on Monday.", (None, "IGO"), ("EGY", "GOV")),
    ("China rescheduled its loans to Sri Lanka.", ("CHN", "GOV"), ("LKA", "GOV")),
])
def test_a_loan_from_a_giver_to_a_receiver(pipeline, text: str, source, target) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "AID"
    assert _parties(primary.source) == [source]
    assert _parties(primary.target) == [target]


def test_debt_to_a_creditor_keeps_its_sides(pipeline) -> None:
    primary = _primary(pipeline, "Sri Lanka rescheduled its debt to China.")
    assert _parties(primary.source) == [("LKA", "GOV")]
    assert _parties(primary.target) == [("CHN", "GOV")]


@pytest.mark.parametrize("text, source, target", [
    ("Sanctions on Zimbabwe's President Emmerson Mnangagwa were lifted by Britain.", "GBR", ("ZWE", "GOV")),
    ("Sanctions on Iran were lifted by the United Nations.", None, ("IRN", "GOV")),
    ("Sanctions against Belarus were eased by the European Union.", None, ("BLR", "GOV")),
    ("The sanctions on Syria were eased by Washington.", "USA", ("SYR", "GOV")),
    ("Britain lifted sanctions on Zimbabwe's President Emmerson Mnangagwa.", "GBR", ("ZWE", "GOV")),
])
def test_sanctions_on_someone_lifted(pipeline, text: str, source, target) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "CONCEDE"
    assert [a.country for a in primary.source] == [source]
    assert _parties(primary.target) == [target]


def test_sanctions_extended_stay_sanctions(pipeline) -> None:
    primary = _primary(pipeline, "Sanctions on Russia were extended by the European Union for six months.")
    assert primary.plover["type"] == "SANCTION"
    assert _parties(primary.target) == [("RUS", "GOV")]


@pytest.mark.parametrize("text", [
    "USAID suspended its funding for food programmes in Ethiopia after aid was stolen.",
    "USAID halted its funding in Ethiopia.",
])
def test_an_agency_acronym_opening_the_sentence_is_the_doer(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("SANCTION", "discontinue")
    assert [(a.name, a.country, a.sector) for a in primary.source] == [("USAID", "USA", "GOV")]
    assert _parties(primary.target) == [("ETH", "GOV")]


@pytest.mark.parametrize("text, country", [
    ("Médecins Sans Frontières suspended its operations in Haiti's capital after police threatened its "
     "staff.", "HTI"),
    ("MSF suspended its work in Gaza City.", "PSE"),
    ("The Norwegian Refugee Council suspended its activities in Burkina Faso.", "BFA"),
])
def test_an_aid_group_halting_its_work_gives_less_aid(pipeline, text: str, country: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("SANCTION", "discontinue")
    assert _parties(primary.source) == [(None, "NGO")]
    assert [a.country for a in primary.target] == [country]


def test_staff_of_an_aid_group_named_before_are_its_people(pipeline) -> None:
    events = _events(pipeline, "Médecins Sans Frontières suspended its operations in Haiti's capital after "
                               "police threatened its staff.")
    threat = next(e for e in events if e.plover["type"] == "THREATEN")
    assert _parties(threat.source) == [("HTI", "COP")]
    assert [(a.name, a.sector) for a in threat.target] == [("MSF", "NGO")]


@pytest.mark.parametrize("text, country", [
    ("The Norwegian Refugee Council has pulled its staff out of Niger's Tillaberi region.", "NER"),
    ("Oxfam withdrew its staff from Sudan.", "SDN"),
])
def test_an_aid_group_pulling_its_staff_out_aims_at_no_staff(pipeline, text: str, country: str) -> None:
    primary = _primary(pipeline, text)
    assert _parties(primary.source) == [(None, "NGO")]
    assert all(a.sector not in ("LAB", "NGO") for a in primary.target)
    assert {a.country for a in primary.target} <= {country}


@pytest.mark.parametrize("text, plover, mode", [
    # a state or its forces halting operations, or a state halting an aid group's work, stay as they were
    ("The army suspended its operations in the north.", "COERCE", "restrict"),
    ("The government suspended the operations of MSF in Darfur.", "COERCE", "restrict"),
    ("The United States suspended aid to Ethiopia.", "SANCTION", "discontinue"),
])
def test_halts_by_others_keep_their_coding(pipeline, text: str, plover: str, mode: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == (plover, mode)


@pytest.mark.parametrize("text, sector", [
    ("Police threatened the staff of the hospital.", "LAB"),  # no organisation's pronoun: workers
    ("The company said its staff went on strike.", "LAB"),
])
def test_staff_of_no_aid_group_stay_workers(pipeline, text: str, sector: str) -> None:
    primary = _primary(pipeline, text)
    assert sector in {a.sector for a in (*primary.source, *primary.target)}
