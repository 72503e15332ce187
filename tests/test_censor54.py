"""Press repression in everyday words (round censor54, item press-3): a broadcaster taken, pulled or knocked
"off the air", press credentials revoked or a reporter stripped of a press card or accreditation, a gag order,
censors deleting or scrubbing posts are censorship (COERCE censor, CAMEO 1721); journalists or bloggers
summoned by police or prosecutors are an inquiry into them (ACCUSE investigate, CAMEO 090); the offices,
newsroom or headquarters sealed are a closure as "sealed off" is; a death "in police/military custody" is the
custodian's killing of the one who died; a law, bill or decree that "targets" someone is no attack; who
"received (death) threats" is their target, not their maker. Diplomats summoned, deals sealed, sanctions and
gunmen that target, deaths in hospital or a crash, threats faced from a named doer stay as they were.
Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="censor54", published="2024-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _kind(event) -> tuple[str | None, str | None, str | None]:
    return event.plover.get("type"), event.plover.get("mode"), event.cameo.get("code")


def _sectors(actors) -> list[str | None]:
    return [a.sector for a in actors]


# 1. censorship in everyday words: COERCE censor with the state's body as doer and the press as target
@pytest.mark.parametrize("text, word, source, target", [
    ("The media regulator took the station off the air for a week.", "took", "GOV", None),
    ("Officials pulled two opposition channels off the air.", "pulled", "GOV", None),
    ("Venezuela's telecoms regulator took CNN en Espanol off the air.", "took", "GOV", "JRN"),
    ("China revoked the press credentials of a New York Times reporter.", "revoked", "GOV", "JRN"),
    ("India stripped a French reporter of her press card.", "stripped", "GOV", "JRN"),
    ("India stripped a French reporter of her accreditation.", "stripped", "GOV", "JRN"),
    ("A court imposed a gag order on media coverage of the trial.", "gag order", "JUD", "JRN"),
    ("Censors deleted posts about the explosion.", "deleted", "GOV", None),
    # variants
    ("Authorities knocked the radio station off the air.", "knocked", "GOV", "JRN"),
    ("The government took the independent broadcaster off the air last month.", "took", "GOV", "JRN"),
    ("Russia revoked the press credentials of a German correspondent.", "revoked", "GOV", "JRN"),
    ("The ministry revoked her press card on Monday.", "revoked", "GOV", "JRN"),
    ("Turkey stripped a Swedish journalist of his press accreditation.", "stripped", "GOV", "JRN"),
    ("A judge issued a gag order on the case.", "gag order", "JUD", None),
    ("Censors removed articles about the protest.", "removed", "GOV", None),
    ("Censors scrubbed videos of the fire from social media.", "scrubbed", "GOV", None),
])
def test_censorship_deeds(pipeline, text: str, word: str, source: str, target: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _kind(event) == ("COERCE", "censor", "1721")
    assert _sectors(event.source) == [source]
    if target is not None:
        assert _sectors(event.target) == [target]
    assert event.primary


def test_named_outlet_and_foreign_reporter(pipeline) -> None:
    event = _event(pipeline, "China revoked the press credentials of a New York Times reporter.", "revoked")
    assert [(a.name, a.country) for a in event.source] == [("Government of China", "CHN")]
    assert [(a.name, a.country) for a in event.target] == [("New York Times", "USA")]
    event = _event(pipeline, "India stripped a French reporter of her press card.", "stripped")
    assert [(a.name, a.country) for a in event.target] == [("Journalists (France)", "FRA")]


def test_censors_outrank_the_topic(pipeline) -> None:
    primary = [e for e in _events(pipeline, "Censors deleted posts about the explosion.") if e.primary]
    assert [e.trigger.text for e in primary] == ["deleted"]


@pytest.mark.parametrize("text, word, kind, target", [
    # controls: accreditation, citizenship, licence and a news blackout keep their reading
    ("The government revoked the accreditation of a BBC correspondent.", "revoked",
     ("COERCE", "censor", "1721"), "JRN"),
    ("Bahrain stripped a journalist of his citizenship.", "stripped", ("COERCE", "restrict", "172"), "JRN"),
    ("The regulator suspended the licence of the broadcaster.", "suspended", ("COERCE", "restrict", "172"),
     "JRN"),
    ("The regulator stripped the broadcaster of its licence.", "stripped", ("COERCE", "restrict", "172"),
     "JRN"),
])
def test_censorship_controls(pipeline, text: str, word: str, kind: tuple, target: str) -> None:
    event = _event(pipeline, text, word)
    assert _kind(event) == kind
    assert _sectors(event.target) == [target]


@pytest.mark.parametrize("text", [
    "The pilot took off from Kabul.",
    "The team pulled off a win.",
    "The president took the oath of office.",
    "She deleted the photo from her phone.",
])
def test_no_censorship_without_the_air_or_censors(pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.plover.get("mode") == "censor"]


# 2. the press summoned by police or prosecutors: an inquiry into them
@pytest.mark.parametrize("text, source, target", [
    ("Police summoned the editor of the newspaper for questioning.", "COP", "JRN"),
    ("Prosecutors summoned two journalists over a report on army abuses.", "JUD", "JRN"),
    # variants
    ("Police summoned two bloggers for questioning.", "COP", "JRN"),
    ("The prosecutor summoned a reporter over an article on corruption.", "JUD", "JRN"),
])
def test_press_summoned_is_an_inquiry(pipeline, text: str, source: str, target: str) -> None:
    event = _event(pipeline, text, "summoned")
    assert _kind(event) == ("ACCUSE", "investigate", "090")
    assert _sectors(event.source) == [source]
    assert _sectors(event.target) == [target]


@pytest.mark.parametrize("text, kind", [
    # controls: a diplomat summoned is a rebuke; the cabinet summoned a meeting
    ("Egypt summoned the British ambassador.", ("ACCUSE", "disapprove", "111")),
    ("The president summoned the cabinet for an emergency meeting.", ("CONSULT", None, "040")),
])
def test_summoned_controls(pipeline, text: str, kind: tuple) -> None:
    assert _kind(_event(pipeline, text, "summoned")) == kind


# 3. premises sealed without "off": a closure
@pytest.mark.parametrize("text, source, target", [
    ("Police sealed the offices of the opposition newspaper.", "COP", "JRN"),
    # variants
    ("Police sealed the newsroom of the weekly.", "COP", None),
    ("Authorities sealed the headquarters of the opposition party.", "GOV", "OPP"),
])
def test_premises_sealed(pipeline, text: str, source: str, target: str | None) -> None:
    event = _event(pipeline, text, "sealed")
    assert _kind(event) == ("COERCE", "restrict", "172")
    assert _sectors(event.source) == [source]
    if target is not None:
        assert _sectors(event.target) == [target]


@pytest.mark.parametrize("text, kind", [
    # controls: "sealed off" premises, a deal sealed
    ("Police sealed off the premises of the radio station.", ("COERCE", "restrict", "172")),
    ("The two sides sealed a deal on Friday.", ("AGREE", None, "057")),
])
def test_sealed_controls(pipeline, text: str, kind: tuple) -> None:
    assert _kind(_event(pipeline, text, "sealed")) == kind


# 4. a death in custody: the custodian's killing of the one who died
@pytest.mark.parametrize("text, source, target", [
    ("A journalist died in police custody in Cairo.", ("Police Forces of Egypt", "COP"),
     ("Journalists (Egypt)", "JRN")),
    # variants
    ("An activist died in military custody in Yangon.", ("Military Forces of Myanmar", "MIL"),
     ("Opposition (Myanmar)", "OPP")),
])
def test_died_in_custody(pipeline, text: str, source: tuple, target: tuple) -> None:
    event = _event(pipeline, text, "died")
    assert event.plover.get("type") == "ASSAULT"
    assert event.acled.get("event_type") == "Violence against civilians"
    assert [(a.name, a.sector) for a in event.source] == [source]
    assert [(a.name, a.sector) for a in event.target] == [target]
    assert event.fatalities == 1


@pytest.mark.parametrize("text", [
    # controls: a death in hospital or a crash is no one's deed
    "A soldier died in hospital in Kabul.",
    "A journalist died in a car crash in Cairo.",
])
def test_died_controls(pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.trigger.text == "died"]


# 5. a law that "targets" someone is no attack
@pytest.mark.parametrize("text", [
    "The new law targets independent media outlets, critics say.",
    "The Polish parliament passed a law that critics say targets the US-owned TV station TVN.",
    "The bill targets foreign-funded news outlets.",
    # variants
    "The decree targets foreign media.",
    "The regulation targets social media platforms.",
    "Lawmakers approved a bill that targets independent journalists.",
])
def test_a_law_targets_no_one_by_force(pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.plover.get("type") == "ASSAULT"]


@pytest.mark.parametrize("text, word, kind", [
    # controls: sanctions target, gunmen target
    ("The new sanctions target four Russian banks.", "target", ("SANCTION", "discontinue", "163")),
    ("Gunmen targeted a journalist in Peshawar.", "targeted", ("ASSAULT", None, "190")),
    ("Iran executed the journalist on Saturday.", "executed", ("ASSAULT", None, "1823")),
])
def test_targets_controls(pipeline, text: str, word: str, kind: tuple) -> None:
    assert _kind(_event(pipeline, text, word)) == kind


# 6. who received threats is their target
@pytest.mark.parametrize("text, target", [
    ("The editor received death threats after publishing the investigation.", "JRN"),
    # variants
    ("The journalist received threats after the report.", "JRN"),
    ("The activist has received death threats.", "OPP"),
])
def test_received_threats(pipeline, text: str, target: str) -> None:
    event = _event(pipeline, text, "threats")
    assert event.plover.get("type") == "THREATEN"
    assert event.source == []
    assert _sectors(event.target) == [target]


def test_threats_faced_from_a_doer_control(pipeline) -> None:
    event = _event(pipeline, "Journalists have faced threats from drug cartels.", "threats")
    assert _sectors(event.source) == ["CRM"]
    assert _sectors(event.target) == ["JRN"]
