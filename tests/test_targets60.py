"""Targets in prepositional and nominal frames, and stateless leaders (round targets60): a complaint brought
before a body names the one blamed after "against" (or "about"/"over" before a body, "about" with no forum) as
its target, not the forum; an offer or call whose maker hangs on its "of" object ("an offer of negotiations
from X") is the maker's; a region whose standing is recognised ("the independence of X and Y") is the target;
weapons used "against" people hit them; a go-between the parse made a verbless noun ("A Vatican envoy
mediated between ...") mediates between the two sides; a reporter joined to the reported object after a comma
("..., Human Rights Watch said") is no victim; the leader of a group of no state takes no state from the
sentence; "U.S. and British planes" are two states' air forces. Sentences written for the test, with
controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str, published: str = "2001-06-01"):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="targets60", published=published))
                if e.trigger.text == word)


def _targets(actors) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.country) for a in actors]


# 1. a complaint before a forum: the one blamed, not the forum
@pytest.mark.parametrize("text, word, target", [
    ("Ethiopia filed a complaint with the UN Security Council against Eritrea.", "filed",
     [("Government of Eritrea", "ERI")]),
    ("Ethiopia complained to the UN Security Council about Eritrea.", "complained",
     [("Government of Eritrea", "ERI")]),
    ("Ethiopia complained to the Security Council about Eritrea's incursions.", "complained",
     [("Government of Eritrea", "ERI")]),
    ("Greece complained about Turkey.", "complained", [("Government of Turkey", "TUR")]),
    # CONTROLS: a state addressed keeps its place; a topic is no party
    ("Beijing protested to the United States over Tibet.", "protested",
     [("Government of the United States", "USA")]),
    ("Japan lodged a protest with South Korea over the arrest of its fishermen.", "lodged",
     [("Government of South Korea", "KOR")]),
    ("France complained to Italy about the migrant boats.", "complained", [("Government of Italy", "ITA")]),
    ("Ethiopia lodged a complaint against Eritrea with the UN.", "lodged",
     [("Government of Eritrea", "ERI")]),
])
def test_complaint_forum(pipeline, text: str, word: str, target: list) -> None:
    assert _targets(_event(pipeline, text, word).target)[:len(target)] == target


# 2. a maker named on the "of" object; 3. a region's standing recognised; 4. weapons used against people
@pytest.mark.parametrize("text, word, target", [
    ("Pakistan turned down an offer of negotiations from India.", "turned down",
     [("Government of India", "IND")]),
    ("Moscow recognised the independence of Abkhazia.", "recognised", [("Abkhazia", "GEO")]),
    ("Moscow recognised the independence of Abkhazia and South Ossetia.", "recognised",
     [("Abkhazia", "GEO"), ("South Ossetia", "GEO")]),
    ("Government troops used poison gas against villagers in Darfur.", "used",
     [("Civilians (Sudan)", "SDN")]),
    # CONTROLS
    ("Pakistan turned down an Indian offer of negotiations.", "turned down",
     [("Government of India", "IND")]),
    ("Moscow recognised Abkhazia.", "recognised", [("Abkhazia", "GEO")]),
    ("Police used tear gas against protesters.", "used", [("Protesters", None)]),
    ("The UN demanded the withdrawal of Syrian troops from Lebanon.", "demanded",
     [("Military Forces of Syria", "SYR")]),
])
def test_nested_targets(pipeline, text: str, word: str, target: list) -> None:
    assert _targets(_event(pipeline, text, word).target) == target


# 5. a go-between misread as a verbless noun's participle
@pytest.mark.parametrize("text, source, target", [
    ("A Norwegian envoy mediated between the Sri Lankan government and the Tamil Tigers.", "NOR",
     [("Government of Sri Lanka", "LKA"), ("LTTE", "LKA")]),
    # CONTROL
    ("The Vatican mediated between Colombia and the ELN.", "VAT",
     [("Government of Colombia", "COL"), ("ELN", "COL")]),
])
def test_go_between(pipeline, text: str, source: str, target: list) -> None:
    event = _event(pipeline, text, "mediated")
    assert [a.country for a in event.source] == [source]
    assert _targets(event.target) == target


# 6. a reporter after a comma is the speaker, no victim
@pytest.mark.parametrize("text", [
    "Soldiers beat Kurdish detainees, Human Rights Watch said.",
    "Soldiers beat Kurdish detainees, Amnesty International said.",
    # CONTROL: a list of victims keeps its items
    "Soldiers beat Kurdish detainees, a journalist and a lawyer.",
])
def test_trailing_speaker(pipeline, text: str) -> None:
    names = [a.name for a in _event(pipeline, text, "beat").target]
    assert "Human Rights Watch" not in names and "Amnesty International" not in names
    assert names and names[0].startswith("Kurdish")


# 7. a leader of a group of no state; 8. "U.S. and British planes"
@pytest.mark.parametrize("text, word, role, actors", [
    ("France urged the Taliban to hand over Osama bin Laden.", "hand", "target", [("Osama bin Laden", None)]),
    ("Osama bin Laden called for attacks on Americans.", "called", "source", [("Osama bin Laden", None)]),
    ("U.S. and British planes bombed radar sites near Basra.", "bombed", "source",
     [("Military Forces of the United States", "USA"), ("Military Forces of the United Kingdom", "GBR")]),
    # CONTROLS
    ("American and British warplanes bombed radar sites near Basra.", "bombed", "source",
     [("Military Forces of the United States", "USA"), ("Military Forces of the United Kingdom", "GBR")]),
    ("Hamas leader Ismail Haniyeh condemned the raid.", "condemned", "source", [("Ismail Haniyeh", "PSE")]),
])
def test_stateless_and_split(pipeline, text: str, word: str, role: str, actors: list) -> None:
    assert _targets(getattr(_event(pipeline, text, word), role)) == actors
