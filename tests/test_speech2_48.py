"""Statements, second round (speech248): claims called groundless are denied, offers of talks, a deed said
not ruled out, acts done in protest, defence against a group, demands met, messages of condolence. Sentences
written for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="speech248"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _countries(actors) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for a in actors]


def _types(pipeline, text: str) -> list[str]:
    return [e.plover["type"] for e in _events(pipeline, text)]


@pytest.mark.parametrize("text, source, target", [
    ('The Chinese embassy in Manila called the Philippine allegations "groundless".', "CHN", "PHL"),
    ("China called the Philippine allegations groundless.", "CHN", "PHL"),
    ("Beijing called the US claims baseless.", "CHN", "USA"),
    ("Moscow called the Ukrainian reports false.", "RUS", "UKR"),
    ("Russia called the Ukrainian accusations lies.", "RUS", "UKR"),
    ("Pakistan termed the Indian allegations baseless and unfounded.", "PAK", "IND"),
    ('Venezuela called the US accusations of drug trafficking "ridiculous".', "VEN", "USA"),
    ("Iran described the US charges as politically motivated.", "IRN", "USA"),
    # control: the dismissal that already held
    ("Beijing dismissed the Philippine allegations as baseless.", "CHN", "PHL"),
])
def test_claims_called_groundless_are_denied(pipeline, text: str, source: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "REJECT"
    assert _countries(primary.source) == [(source, "GOV")]
    assert _countries(primary.target) == [(target, "GOV")]
    assert "ACCUSE" not in _types(pipeline, text)  # the claim denied is no accusation of its own


@pytest.mark.parametrize("text, ptype", [
    # controls: a deed judged is condemned, a report praised or judged otherwise is no denial
    ("Moscow called the attack cowardly.", "ACCUSE"),
    ("Beijing called the US sanctions illegal.", "ACCUSE"),
    ("Iran called the Israeli strike a violation of international law.", "ACCUSE"),
])
def test_deeds_judged_stay_condemned(pipeline, text: str, ptype: str) -> None:
    assert _primary(pipeline, text).plover["type"] == ptype
    assert "REJECT" not in _types(pipeline, text)


def test_a_report_called_encouraging_is_no_denial(pipeline) -> None:
    assert "REJECT" not in _types(pipeline, "The president called the report encouraging.")


@pytest.mark.parametrize("text, source, target", [
    ("The Kremlin spokesman Dmitry Peskov told reporters Moscow was ready for talks with Washington on "
     "strategic stability.", "RUS", "USA"),
    ("Iran said it was open to talks with the United States.", "IRN", "USA"),
    ("Moscow is ready for talks with Kyiv.", "RUS", "UKR"),
    ("China said it was open to dialogue with Taiwan.", "CHN", "TWN"),
    # controls: the phrasings that already held
    ("Iran said it was willing to hold talks with the United States.", "IRN", "USA"),
    ("Kremlin says Putin ready to talk with Trump", "RUS", "USA"),
])
def test_talks_one_is_ready_for_are_offered(pipeline, text: str, source: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "AGREE"
    assert _countries(primary.source) == [(source, "GOV")]
    assert _countries(primary.target) == [(target, "GOV")]


@pytest.mark.parametrize("text, ptype", [
    ("North Korea is not ready for talks with the United States, Pyongyang said.", "REJECT"),
    # controls: talks held, an attack prepared for
    ("Moscow held talks with Washington on strategic stability.", "CONSULT"),
    ("The army is prepared for an attack by the rebels.", "ASSAULT"),
])
def test_talks_not_ready_for_and_controls(pipeline, text: str, ptype: str) -> None:
    assert _primary(pipeline, text).plover["type"] == ptype


@pytest.mark.parametrize("text", [
    "Macron, speaking after a summit in Paris, said sending Western troops to Ukraine could not be "
    "ruled out.",
    "Sending troops to Ukraine cannot be excluded, Macron said.",
    "Macron said a deployment of troops to Ukraine could not be ruled out.",
])
def test_a_deed_said_not_ruled_out_is_only_possible(pipeline, text: str) -> None:
    events = _events(pipeline, text)
    held = [e for e in events if e.plover["type"] == "MOBILIZE"]
    assert held and all(e.modality.hypothetical and not e.primary for e in held)
    assert not any(e.plover["type"] == "THREATEN" for e in events)


@pytest.mark.parametrize("text, ptype, negated", [
    # controls: a measure its subject holds open, one ruled out, one done
    ("Macron did not rule out sending troops to Ukraine.", "THREATEN", False),
    ("Germany ruled out sending Taurus missiles to Ukraine.", "REJECT", False),
    ("France sent troops to Mali.", "MOBILIZE", False),
])
def test_measures_held_open_ruled_out_or_done(pipeline, text: str, ptype: str, negated: bool) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.modality.negated) == (ptype, negated)


def test_a_deed_said_ruled_out_is_negated(pipeline) -> None:
    events = _events(pipeline, "Sending troops to Ukraine was ruled out, Scholz said.")
    assert [(e.plover["type"], e.modality.negated) for e in events] == [("MOBILIZE", True)]


@pytest.mark.parametrize("text, ptype, source, target", [
    ("Algeria recalled its ambassador to Paris in protest at France's stance on Western Sahara.", "SANCTION",
     ("DZA", "GOV"), ("FRA", "GOV")),
    ("Morocco withdrew its envoy from Berlin in protest over Germany's comments.", "SANCTION",
     ("MAR", "GOV"), ("DEU", "GOV")),
    ("Russia expelled two Estonian diplomats in protest against the closure of its consulate.", "SANCTION",
     ("RUS", "GOV"), ("EST", "GOV")),
    ("Ghana summoned the Nigerian envoy in protest over the attacks on its traders.", "ACCUSE",
     ("GHA", "GOV"), ("NGA", "GOV")),
])
def test_in_protest_gives_a_states_reason(pipeline, text: str, ptype: str, source: tuple,
                                          target: tuple) -> None:
    events = _events(pipeline, text)
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == ptype
    assert _countries(primary.source) == [source]
    assert _countries(primary.target) == [target]
    assert not any(e.plover["type"] == "PROTEST" for e in events)


def test_a_resignation_in_protest_is_no_protest(pipeline) -> None:
    text = "The minister resigned in protest at the decision."
    assert _types(pipeline, text) == ["RETREAT"]


@pytest.mark.parametrize("text", [
    # controls: a crowd's acts in protest stay protests
    "Farmers blocked roads in protest at the fuel price rise.",
    "Students gathered outside the ministry in protest at the arrests.",
    "Thousands marched in Rabat in protest against the reforms.",
    "Protesters stormed the embassy in protest at air strikes.",
    "Hundreds of prisoners went on hunger strike in protest at their conditions.",
])
def test_crowds_acting_in_protest_protest(pipeline, text: str) -> None:
    assert _primary(pipeline, text).plover["type"] == "PROTEST"


@pytest.mark.parametrize("text", [
    "Kigali denied the accusation, saying Rwanda was defending itself against the FDLR militia.",
    "The army said it was defending the town from the rebels.",
    "Israel said it was defending itself against Hamas.",
])
def test_defence_against_a_foe_is_no_support(pipeline, text: str) -> None:
    assert "SUPPORT" not in _types(pipeline, text)


@pytest.mark.parametrize("text, source, target", [
    # controls: defence in words stays support
    ("Beijing defended Moscow against Western criticism.", "CHN", "RUS"),
    ("China defended Russia against accusations of war crimes.", "CHN", "RUS"),
])
def test_defence_against_criticism_is_support(pipeline, text: str, source: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "SUPPORT"
    assert _countries(primary.source) == [(source, "GOV")]
    assert _countries(primary.target) == [(target, "GOV")]


@pytest.mark.parametrize("text", [
    "Putin told Erdogan that Russia would resume the grain deal only if its demands were met.",
    "The union said it would end the strike once its demands are met.",
    "Kyiv said the conditions for talks had not been met.",
    "The government has met most of the protesters' demands.",
])
def test_demands_met_are_no_meeting(pipeline, text: str) -> None:
    assert not any(e.trigger.text == "met" for e in _events(pipeline, text))
    assert "CONSULT" not in _types(pipeline, text)


@pytest.mark.parametrize("text, source, target", [
    # controls: people who meet
    ("Putin met Erdogan in Sochi.", "RUS", "TUR"),
    ("Lavrov was met by his Turkish counterpart at the airport.", "TUR", "RUS"),
])
def test_people_who_meet_consult(pipeline, text: str, source: str, target: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "CONSULT"
    assert _countries(primary.source) == [(source, "GOV")]
    assert _countries(primary.target) == [(target, "GOV")]


@pytest.mark.parametrize("text, source, target", [
    ("Queen Margrethe sent a message of condolence to Iceland's president after the volcanic eruption.",
     ("DNK", "GOV"), ("ISL", "GOV")),
    ("Putin sent a message of condolence to Erdogan after the earthquake.", ("RUS", "GOV"), ("TUR", "GOV")),
    ("Macron sent a letter of support to Zelenskiy.", ("FRA", "GOV"), ("UKR", "GOV")),
    ("Modi sent a message of congratulations to Trump.", ("IND", "GOV"), ("USA", "GOV")),
    ("Leaders from around the world sent condolences to Iran.", (None, "GOV"), ("IRN", "GOV")),
    # control: the phrasing that already held
    ("Biden sent a congratulatory message to Modi.", ("USA", "GOV"), ("IND", "GOV")),
])
def test_messages_of_condolence_have_sender_and_recipient(pipeline, text: str, source: tuple,
                                                          target: tuple) -> None:
    events = _events(pipeline, text)
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "SUPPORT"
    assert _countries(primary.source) == [source]
    assert _countries(primary.target)[:1] == [target]
    assert [e.plover["type"] for e in events] == ["SUPPORT"]  # the message's words no event of their own


@pytest.mark.parametrize("text", [
    # controls: a message or letter told by no words of support is no event
    "Xi sent a message to Putin.",
    "The rebels sent a letter to the UN.",
])
def test_a_plain_message_is_no_support(pipeline, text: str) -> None:
    assert "SUPPORT" not in _types(pipeline, text)
