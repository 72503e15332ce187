"""Left-over misreadings (round leftovers63): a place after "at" beside the partner of a dealing is its venue,
no second side ("signed a pact with South Africa at Nkomati"); a call "for" the death, arrest or release "of"
someone aims at that person; "the use of force against Taiwan" aims at Taiwan, not the force; one threat
told with its content ("threatened to teach Pakistan a lesson") is one event; the police holding a suspect or
protesters (or "for questioning") is an arrest; men of no country "linked to" or "backed by" a state's organ
take that state's country; the place of the cause an act answers ("in retaliation for the Berlin disco
bombing") is not the act's place; and two sides taking up a third party's plan ("accepted a U.N. peace plan")
both act, the plan's author the target. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, published: str = "2023-05-01"):
    return list(pipeline.code(document_from_text(text, doc_id="leftovers63", published=published)))


def _primary(pipeline, text: str):
    return next(e for e in _events(pipeline, text) if e.primary)


def _names(actors) -> list[str]:
    return [a.name or a.text for a in actors]


# 1. a place after "at" beside a partner is the venue, no side
@pytest.mark.parametrize("text, targets", [
    ("Mozambique signed a non-aggression pact with South Africa at Nkomati.", ["Government of South Africa"]),
    ("Sudan signed a peace deal with the SPLM at Naivasha on Sunday.", None),
    # controls: a fight keeps what it is "at"
    ("Israel fired rockets at Lebanon.", ["Government of Lebanon"]),
])
def test_venue_after_at(pipeline, text: str, targets: list[str] | None) -> None:
    names = _names(_primary(pipeline, text).target)
    assert not any(n in ("Nkomati", "Naivasha") for n in names)
    if targets is not None:
        assert names == targets


# 2. a call for someone's death, arrest or release aims at that person
@pytest.mark.parametrize("text, target", [
    ("Iran's Ayatollah Khomeini called for the death of author Salman Rushdie.", "Salman Rushdie"),
    ("The cleric called for the arrest of opposition leader Ali Hassan.", "Ali Hassan"),
    ("Amnesty called for the release of jailed activist Alaa Abd El-Fattah.", "Alaa Abd El-Fattah"),
    # controls: a call for a thing, no one's fate
    ("Opposition parties called for early elections.", None),
    ("Lawmakers called for the death penalty for the killers.", None),
])
def test_call_for_fate(pipeline, text: str, target: str | None) -> None:
    event = _primary(pipeline, text)
    assert event.plover["type"] == "REQUEST"
    names = _names(event.target)
    assert (target in names) if target else not names


# 3. "the use of force against X" aims at X
@pytest.mark.parametrize("text, source, target", [
    ("China has never ruled out the use of force against Taiwan.", "Government of China",
     "Government of Taiwan"),
    ("North Korea threatened the use of force against South Korea.", "Government of North Korea",
     "Government of South Korea"),
    ("The UN condemned the use of force against protesters in Tehran.", "UN", "Protesters (Iran)"),
])
def test_use_of_force_against(pipeline, text: str, source: str, target: str) -> None:
    event = _primary(pipeline, text)
    assert source in _names(event.source)
    assert _names(event.target)[:1] == [target]
    assert not any(a.sector == "MIL" for a in event.target)


def test_use_of_force_alone_has_no_target(pipeline) -> None:
    event = _primary(pipeline, "Russia threatened the use of nuclear weapons.")
    assert event.plover["type"] == "THREATEN"
    assert not event.target


# 4. one threat told with its content is one event
@pytest.mark.parametrize("text, threats", [
    ("India threatened to teach Pakistan a lesson after the attack.", 1),
    ("Iran warned that it would never rule out the use of force against Israel.", 1),
    # control: two threats told side by side stay two
    ("India threatened Pakistan and warned of a response.", 2),
])
def test_one_threat(pipeline, text: str, threats: int) -> None:
    events = [e for e in _events(pipeline, text) if e.plover["type"] == "THREATEN"]
    assert len(events) == threats


def test_threat_takes_its_content_kind(pipeline) -> None:
    event = _primary(pipeline, "India threatened to teach Pakistan a lesson after the attack.")
    assert event.cameo["code"] == "138"
    assert _names(event.target) == ["Government of Pakistan"]


# 5. the police holding people is an arrest
@pytest.mark.parametrize("text, arrest", [
    ("Police held the suspect for questioning on Monday.", True),
    ("Police held three protesters overnight.", True),
    ("Authorities are holding two journalists in Tehran.", True),
    # controls: no one held, or held by no state
    ("Police held a press conference on Monday.", False),
    ("Police held the line as protesters pushed forward.", False),
    ("Residents held the suspect until police arrived.", False),
])
def test_police_holding(pipeline, text: str, arrest: bool) -> None:
    events = [e for e in _events(pipeline, text) if e.cameo.get("code") == "173"]
    assert bool(events) == arrest
    if arrest:
        assert events[0].source and events[0].source[0].inter == 1


# 6. men of no country tied to a state take its country
@pytest.mark.parametrize("text, country", [
    ("Hackers linked to Russia's military intelligence attacked Ukraine's power grid.", "RUS"),
    ("Hackers backed by Iran attacked Israeli water systems.", "IRN"),
    ("Hackers tied to China's Ministry of State Security breached U.S. networks.", "CHN"),
    # controls: no state named, or a group of no state
    ("Hackers attacked Ukraine's power grid.", None),
    ("Hackers linked to the Killnet group attacked German websites.", None),
])
def test_tied_to_state(pipeline, text: str, country: str | None) -> None:
    event = _primary(pipeline, text)
    hackers = [a for a in event.source if (a.text or "").lower().startswith("hackers")]
    assert hackers and hackers[0].country == country


# 7. the place of the cause an act answers is not the act's place
@pytest.mark.parametrize("text, word, place", [
    ("President Reagan ordered air strikes against Libya in retaliation for the Berlin disco bombing.",
     "air strikes", "LBY"),
    ("Israel struck Hezbollah targets in retaliation for a drone attack in Haifa.", "struck", "LBN"),
    # the event told inside the cause keeps its place
    ("President Reagan ordered air strikes against Libya in retaliation for the Berlin disco bombing.",
     "bombing", "DEU"),
    ("Israel launched air strikes on Gaza in response to a rocket attack on Sderot.", "attack", "ISR"),
    # control: an answer's own place
    ("Militants attacked a police post in Quetta to avenge the killing of their commander in Kabul.",
     "attacked", "PAK"),
])
def test_cause_place(pipeline, text: str, word: str, place: str) -> None:
    event = next(e for e in _events(pipeline, text) if e.trigger.text == word)
    assert event.location is not None and event.location.country == place


# 8. two sides taking up a third party's offer both act; the offerer is the target
@pytest.mark.parametrize("text, sources, target", [
    ("Morocco and the Polisario Front accepted a U.N. peace plan for Western Sahara.",
     ["Government of Morocco", "Polisario Front"], "UN"),
    ("Armenia and Azerbaijan accepted the EU's proposal.",
     ["Government of Armenia", "Government of Azerbaijan"], "EU"),
    # control: a plan of their own makes each the other's side
    ("Armenia and Azerbaijan agreed on a peace plan.", ["Government of Armenia"], "Government of Azerbaijan"),
])
def test_third_party_offer(pipeline, text: str, sources: list[str], target: str) -> None:
    event = _primary(pipeline, text)
    assert _names(event.source) == sources
    assert _names(event.target) == [target]

