"""Round office47: offices, votes and bans. Officials dismissed, sacked or fired by name, by office or with
the whole cabinet are removed from office (COERCE), and one no dictionary knows is an official of the
dismisser's state; a leader ousted in the passive keeps the coup reading of the active; a government that
loses a no-confidence vote is removed by the chamber. Sentences written for the test, with controls that
keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="office47"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _sides(actors) -> list[tuple]:
    return [(a.country, a.sector) for a in actors]


# --- item 1: dismissals ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    # a named person dismissed: an official of the dismisser's state, even when no dictionary knows him
    ("Zelenskiy dismissed Ivan Bakanov on Sunday, citing failures by the agency.",
     ("UKR", "GOV"), ("UKR", "GOV")),
    ("Zelenskiy dismissed Ivan Bakanov for failures by the agency.", ("UKR", "GOV"), ("UKR", "GOV")),
    ("Putin fired Sergei Shoigu as defence minister.", ("RUS", "GOV"), ("RUS", "GOV")),
    ("Zelenskiy sacked Oleksandr Petrenko after the scandal.", ("UKR", "GOV"), ("UKR", "GOV")),
    # an office named
    ("Zelenskiy fired the head of the SBU.", ("UKR", "GOV"), ("UKR", "SPY")),
    ("The governor fired the state police chief on Monday.", (None, "GOV"), (None, "COP")),
    ("President William Ruto sacked his entire cabinet after weeks of protests.",
     ("KEN", "GOV"), ("KEN", "GOV")),
    ("Montenegro's parliament voted to dismiss the government of Prime Minister Dritan Abazovic.",
     ("MNE", "LEG"), ("MNE", "GOV")),
    ("Yeltsin fired his defence minister on Thursday.", ("RUS", "GOV"), None),
    # as before
    ("The prime minister dismissed the interior minister.", (None, "GOV"), (None, "GOV")),
])
def test_an_official_dismissed_is_removed_from_office(pipeline, text: str, source, target) -> None:
    primary = _primary(pipeline, text)
    assert primary.trigger.text in ("dismissed", "dismiss", "fired", "sacked")
    assert primary.plover["type"] == "COERCE"
    assert not primary.modality.negated
    assert source in _sides(primary.source)
    if target is not None:
        assert target in _sides(primary.target)


@pytest.mark.parametrize("text, plover", [
    ("Police fired on protesters in the capital.", "ASSAULT"),
    ("Soldiers fired rockets at the village.", "ASSAULT"),
    ("Police fired tear gas at John Mbeki's supporters.", "ASSAULT"),
    ("Gunmen fired at Ivan Petrov's car near the border.", "ASSAULT"),
    ("Zelenskiy dismissed Putin's claims as lies.", "REJECT"),
    ("The ministry dismissed the allegations on Tuesday as baseless.", "REJECT"),
    # a call to a leader by name stays a call; one "for" talks stays an appeal
    ("Merkel called Macron on Monday.", "CONSULT"),
    ("Merkel called Macron for talks on Monday.", "REQUEST"),
])
def test_shots_fired_and_claims_dismissed_keep_their_coding(pipeline, text: str, plover: str) -> None:
    assert _primary(pipeline, text).plover["type"] == plover


@pytest.mark.parametrize("text", [
    "The company fired 300 workers.",
    "The board fired the chief executive.",
    "The club sacked its coach after a string of defeats.",
    "The court dismissed the case against Ivan Bakanov.",
])
def test_jobs_lost_and_cases_dismissed_are_no_removal_from_office(pipeline, text: str) -> None:
    assert not any(e.plover["type"] in ("COERCE", "ASSAULT") for e in _events(pipeline, text))


# --- item 2: ousted in the passive, no-confidence votes ---------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("French Prime Minister Michel Barnier was ousted by lawmakers on Wednesday.",
     ("FRA", "LEG"), ("FRA", "GOV")),
    ("President Pedro Castillo was ousted by Congress on Wednesday.", ("PER", "LEG"), ("PER", "GOV")),
    ("Lawmakers ousted French Prime Minister Michel Barnier on Wednesday.", ("FRA", "LEG"), ("FRA", "GOV")),
])
def test_a_leader_ousted_by_lawmakers(pipeline, text: str, source, target) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.evidence["trigger"]["class"]) == ("COERCE", "coup")
    assert _sides(primary.source) == [source]
    assert _sides(primary.target) == [target]


@pytest.mark.parametrize("text, source, target", [
    ("Slovakia's government lost a no-confidence vote in parliament on Thursday.",
     ("SVK", "LEG"), ("SVK", "GOV")),
    ("Prime Minister Imran Khan lost a no-confidence vote in the National Assembly.", ("PAK", "LEG"),
     ("PAK", "GOV")),
    ("The Spanish government of Mariano Rajoy lost a confidence vote in parliament.", ("ESP", "LEG"),
     ("ESP", "GOV")),
    ("Israel's prime minister lost a no-confidence motion in the Knesset.", ("ISR", "LEG"), ("ISR", "GOV")),
    ("Pakistan's Imran Khan lost a no-confidence vote on Sunday.", None, ("PAK", "GOV")),
    ("The government lost a vote of no confidence.", None, (None, "GOV")),
])
def test_a_no_confidence_vote_lost_removes_the_government(pipeline, text: str, source, target) -> None:
    primary = _primary(pipeline, text)
    assert (primary.trigger.text, primary.plover["type"]) == ("lost", "COERCE")
    assert _sides(primary.source) == ([source] if source else [])
    assert _sides(primary.target) == [target]


@pytest.mark.parametrize("text", [
    "The champions were ousted from the tournament.",
    "The government survived a no-confidence vote in parliament.",
    "The ruling party lost the vote in the capital.",
    "The company lost the confidence of investors.",
])
def test_no_removal_without_an_office_or_a_lost_confidence_vote(pipeline, text: str) -> None:
    assert not any(e.plover["type"] == "COERCE" for e in _events(pipeline, text))


def test_soldiers_lost_in_a_fight_stay_the_fight(pipeline) -> None:
    primary = _primary(pipeline, "The army lost ten soldiers in the clash with JNIM.")
    assert primary.trigger.text == "clash"
    assert _sides(primary.source) == [("MLI", "MIL")]


# --- item 3: groups designated, declared or proscribed ------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Russia's justice ministry designated the independent news outlet Meduza an undesirable organisation.",
     ("RUS", "GOV"), ("RUS", "JRN")),
    ("Israel's defence ministry designated six Palestinian civil society groups as terrorist organisations.",
     ("ISR", "GOV"), ("PSE", "NGO")),
    ("The Kremlin declared the independent broadcaster TV Rain a foreign agent.", ("RUS", "GOV"),
     ("RUS", "JRN")),
    ("Egypt designated the Muslim Brotherhood a terrorist group.", ("EGY", "GOV"), ("EGY", "OPP")),
    ("The interior ministry listed the opposition movement as a terrorist organisation.", (None, "GOV"),
     (None, "OPP")),
    ("Britain proscribed the activist group Palestine Action.", ("GBR", "GOV"), None),
    ("Russia's Supreme Court declared the Jehovah's Witnesses an extremist organisation.", ("RUS", "JUD"),
     None),
    # as before
    ("Israel outlawed six Palestinian rights groups.", ("ISR", "GOV"), ("PSE", "HRI")),
])
def test_a_group_designated_or_proscribed_is_banned(pipeline, text: str, source, target) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("COERCE", "restrict")
    assert _sides(primary.source) == [source]
    if target is not None:
        assert _sides(primary.target) == [target]


@pytest.mark.parametrize("text", [
    "Erdogan declared Netanyahu a terrorist.",
    "The president declared the election a sham.",
    "The ministry designated the area a military zone.",
    "The government declared victory over the rebels.",
])
def test_other_things_declared_or_designated_are_no_ban(pipeline, text: str) -> None:
    assert not any(e.plover["type"] == "COERCE" for e in _events(pipeline, text))


@pytest.mark.parametrize("text, mode", [
    ("The government declared a state of emergency in the capital.", "martial-law"),
    ("The army declared a curfew in the city.", "curfew"),
])
def test_a_measure_declared_keeps_its_noun(pipeline, text: str, mode: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("COERCE", mode)
    assert primary.trigger.text != "declared"


# --- item 4: leaders of the street, of unions and of parties are not the government -------------------

@pytest.mark.parametrize("text, target", [
    ("Thai police charged protest leader Arnon Nampa with sedition.", ("THA", "CVL")),
    ("Police detained student leader Ali Musa in Khartoum.", ("SDN", "EDU")),
    ("Police arrested union leader Kamal Abbas in Cairo.", ("EGY", "LAB")),
    ("Police arrested trade union leader Kamal Abbas in Cairo.", ("EGY", "LAB")),
    ("Tunisian police detained Rached Ghannouchi, the head of the Ennahda party.", ("TUN", "PTY")),
    ("Tunisian police detained Rached Ghannouchi, the leader of Ennahda.", ("TUN", "PTY")),
    # a dictionary's later head of state, told by the story as the opposition's leader
    ("Zambia frees opposition leader Hakainde Hichilema after four months in jail.", ("ZMB", "OPP")),
    # as before
    ("Police arrested opposition leader Kamal Abbas in Cairo.", ("EGY", "OPP")),
    ("Police arrested Ahmed Ali, the head of the interior ministry.", (None, "GOV")),
])
def test_a_leader_of_protests_unions_or_parties_is_no_government(pipeline, text: str, target) -> None:
    assert _sides(_primary(pipeline, text).target) == [target]


@pytest.mark.parametrize("text, target", [
    ("Police arrested Hakainde Hichilema in Lusaka.", ("ZMB", "GOV")),
    ("President Hakainde Hichilema met protesters in Lusaka.", ("ZMB", "GOV")),
])
def test_a_head_of_state_with_no_title_of_opposition_stays_in_office(pipeline, text: str, target) -> None:
    primary = _primary(pipeline, text)
    assert target in _sides(primary.target) + _sides(primary.source)
