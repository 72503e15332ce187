"""Calls, statements and reported speech (round speech48): leaders who speak with or call each other
consult (by phone when a phone or a call is said), and what talks are about is no party; with controls where
one speaks to reporters, a broadcaster or a crowd. Sentences written for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="speech48"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _countries(actors) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for a in actors]


@pytest.mark.parametrize("text, mode, source, target", [
    ("Biden spoke with the Emir of Qatar on Sunday.", None, "USA", "QAT"),
    ("Putin spoke with Xi Jinping on Tuesday, the Kremlin said.", None, "RUS", "CHN"),
    ("Modi speaks to Zelenskiy, offers support for peace efforts", None, "IND", "UKR"),
    ("Biden spoke with his Chinese counterpart Xi Jinping on Tuesday.", None, "USA", "CHN"),
    ("Erdogan speaks with Putin by phone.", "phone", "TUR", "RUS"),
    ("Macron held a call with Zelenskiy.", "phone", "FRA", "UKR"),
    ("Macron had a phone call with Zelenskiy on Monday.", "phone", "FRA", "UKR"),
    ("French President Emmanuel Macron held a call with Ukrainian President Volodymyr Zelenskiy to discuss "
     "air defence.", "phone", "FRA", "UKR"),
    # control: the phrase that already held
    ("Biden spoke by phone with the Emir of Qatar.", "phone", "USA", "QAT"),
])
def test_leaders_who_speak_or_call_consult(pipeline, text: str, mode: str | None, source: str,
                                           target: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("CONSULT", mode)
    assert _countries(primary.source) == [(source, "GOV")]
    assert _countries(primary.target) == [(target, "GOV")]


@pytest.mark.parametrize("text", [
    "Speaking to reporters in Kyiv, Zelenskiy said the front was stable.",
    "Biden spoke to reporters at the White House on Sunday.",
    "The minister spoke to Al Jazeera on Monday.",
    "Starmer spoke to the BBC on Sunday.",
    "Blinken spoke to journalist Christiane Amanpour on Sunday.",
    "The president spoke to the nation on Sunday evening.",
    "The president spoke to students at the university.",
])
def test_speaking_to_the_press_or_a_crowd_is_no_consultation(pipeline, text: str) -> None:
    assert not any(e.plover["type"] == "CONSULT" for e in _events(pipeline, text))


def test_a_topic_is_no_party_of_the_talks(pipeline) -> None:
    text = ("French President Emmanuel Macron held a call with Ukrainian President Volodymyr Zelenskiy to "
            "discuss air defence.")
    for event in _events(pipeline, text):
        assert _countries(event.target) == [("UKR", "GOV")]
    discussed = _primary(pipeline, "Macron discussed air defence with Zelenskiy.")
    assert _countries(discussed.target) == [("UKR", "GOV")]


@pytest.mark.parametrize("text, mode, source, target", [
    ("Indonesia's foreign minister Retno Marsudi held talks by phone with her Australian counterpart "
     "Penny Wong.", "phone", "IDN", "AUS"),
    ("Blinken talked with Wang Yi by telephone on Friday.", "phone", "USA", "CHN"),
    ("Putin held phone talks with Erdogan on Monday.", "phone", "RUS", "TUR"),
    ("Macron discussed air defence with Zelenskiy in a phone call.", "phone", "FRA", "UKR"),
    ("Putin, Xi hold phone talks on Ukraine", "phone", "RUS", "CHN"),
    # controls: talks with no phone said, and their topic no party
    ("Putin and Xi held talks on Ukraine.", None, "RUS", "CHN"),
    ("Putin held talks with Erdogan on Syria.", None, "RUS", "TUR"),
])
def test_talks_by_phone_and_their_topic(pipeline, text: str, mode: str | None, source: str,
                                        target: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("CONSULT", mode)
    assert _countries(primary.source) == [(source, "GOV")]
    assert _countries(primary.target) == [(target, "GOV")]


@pytest.mark.parametrize("text, plover, mode, source", [
    # words told to reporters or to a leader are reported speech, no order
    ("A spokesman for the Ethiopian government told reporters that Eritrean troops had withdrawn from "
     "Tigray.", "RETREAT", "withdraw", ("ERI", "MIL")),
    ("The envoy told the press the rebels had released the hostages.", "RETREAT", "release", (None, "REB")),
    ("Netanyahu told Biden in a phone call that Israel would not halt its operation in Rafah.",
     "CONSULT", "phone", ("ISR", "GOV")),
    # controls: what one is told to do, or must do, is a demand
    ("Biden told Israel to halt its operation in Rafah.", "REQUEST", None, ("USA", "GOV")),
    ("Biden told Netanyahu that Israel must halt its operation.", "REQUEST", None, ("USA", "GOV")),
])
def test_told_that_is_reported_speech(pipeline, text: str, plover: str, mode: str | None,
                                      source: tuple[str | None, str]) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == (plover, mode)
    assert _countries(primary.source)[:1] == [source]


@pytest.mark.parametrize("text, target", [
    ("Chadian state television quoted the army as saying it had arrested 30 rebels from the FACT movement.",
     ("TCD", "REB")),
    ("Chadian state television quoted the army as saying it had captured 30 FACT rebels.", ("TCD", "REB")),
    ("The army was quoted as saying it had arrested 30 rebels in Chad.", ("TCD", "REB")),
    # control: the speaker named as the subject
    ("The Chadian army said it had arrested 30 rebels from the FACT movement.", ("TCD", "REB")),
])
def test_quoted_as_saying_it_is_the_one_quoted(pipeline, text: str, target: tuple[str, str]) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("COERCE", "arrest")
    assert primary.acled["sub_event_type"] == "Arrests"
    assert _countries(primary.source) == [("TCD", "MIL")]
    assert _countries(primary.target) == [target]


@pytest.mark.parametrize("text, country", [
    ("Chadian state television said the army had arrested 30 rebels.", "TCD"),
    ("Chadian state media said soldiers had killed 20 rebels near the border.", "TCD"),
])
def test_a_demonym_before_state_media_is_no_town(pipeline, text: str, country: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.location is None or primary.location.country == country


@pytest.mark.parametrize("text, plover, source, target", [
    # weapons refused
    ("German Chancellor Olaf Scholz ruled out sending Taurus cruise missiles to Ukraine.", "REJECT",
     ("DEU", "GOV"), ("UKR", "GOV")),
    ("Germany will not send Taurus missiles to Ukraine, Scholz said.", "REJECT", ("DEU", "GOV"),
     ("UKR", "GOV")),
    ("France ruled out deploying troops to Niger.", "REJECT", ("FRA", "GOV"), ("NER", "GOV")),
    # a membership approved is consent, as "ratified"
    ("Turkey's parliament approved Sweden's NATO membership bid after months of delay.", "SUPPORT",
     ("TUR", "LEG"), ("SWE", "GOV")),
    ("Turkey's parliament voted to approve Finland's membership.", "SUPPORT", ("TUR", "LEG"), ("FIN", "GOV")),
    # a congratulatory message is praise
    ("Russian President Vladimir Putin sent a congratulatory message to Kim Jong Un.", "SUPPORT",
     ("RUS", "GOV"), ("PRK", "GOV")),
    # forgiveness asked is an apology
    ("Germany's President Frank-Walter Steinmeier asked forgiveness from Tanzania for colonial-era "
     "atrocities.", "CONCEDE", ("DEU", "GOV"), ("TZA", "GOV")),
    # controls
    ("Lula said Brazil would not send ammunition to Ukraine.", "REJECT", ("BRA", "GOV"), ("UKR", "GOV")),
    ("The United States sent missiles to Ukraine.", "AID", ("USA", "GOV"), ("UKR", "GOV")),
    ("Turkey's parliament ratified Sweden's NATO membership bid.", "SUPPORT", ("TUR", "LEG"), ("SWE", "GOV")),
    ("Germany ruled out talks with the Taliban.", "REJECT", ("DEU", "GOV"), ("AFG", "GOV")),
    ("Canada asked Britain for forgiveness of its debt.", "REQUEST", ("CAN", "GOV"), ("GBR", "GOV")),
])
def test_refusals_approvals_praise_and_apologies(pipeline, text: str, plover: str, source: tuple[str, str],
                                                 target: tuple[str, str]) -> None:
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == plover
    assert not primary.modality.negated
    assert _countries(primary.source) == [source]
    assert _countries(primary.target) == [target]
