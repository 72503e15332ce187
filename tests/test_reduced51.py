"""Headlines in the reduced passive (round reduced51): a wire headline drops its "was/were" ("Russian
ambassador summoned over missile strike", "Sanctions imposed on Nicaraguan judges", "Iranian diplomats
ordered to leave Azerbaijan", "Aid to Niger suspended after coup"). The participle, however the small model
tags and hangs it (a past tense on the line's noun, the root with the noun its subject), is read as the
passive it is when the words before it name what it is done to (a noun its lexicon entry lists as object,
one told by an order verb with a "to" clause, or any noun under a participle the tagger already marked):
the envoy summoned is the target, not the doer; the diplomats ordered out are expelled by the state they
leave; the "on"/"for" phrase of a sanction or a loan is its target; an envoy recalled "from" a capital
stands for the state they leave. Full sentences with "was/were" and real headline actives keep their coding.
Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return list(pipeline.code(document_from_text(text, doc_id="reduced51", published="2024-06-10")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _actors(actors) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.name, a.country, a.sector) for a in actors]


# 1. an envoy summoned: the envoy's state the target, no doer read from the headline
@pytest.mark.parametrize("text, word, target", [
    ("Russian ambassador summoned over missile strike", "summoned", ("Government of Russia", "RUS", "GOV")),
    ("Japanese ambassador summoned over Yasukuni shrine visit", "summoned",
     ("Government of Japan", "JPN", "GOV")),
    # variants
    ("Chinese ambassador summoned over Taiwan remarks", "summoned", ("Government of China", "CHN", "GOV")),
    ("Turkish envoy summoned over Quran burning", "summoned", ("Government of Turkey", "TUR", "GOV")),
    # controls
    ("The Japanese ambassador was summoned over the shrine visit.", "summoned",
     ("Government of Japan", "JPN", "GOV")),
    ("Chinese envoy summoned after balloon incursion", "summoned", ("Government of China", "CHN", "GOV")),
])
def test_envoy_summoned_is_the_target(pipeline, text: str, word: str, target: tuple) -> None:
    event = _event(pipeline, text, word)
    assert event.plover.get("type") == "ACCUSE" and event.cameo.get("code") == "111"
    assert event.source == []
    assert _actors(event.target)[:1] == [target]


@pytest.mark.parametrize("text, word, source, target", [
    # controls: a doer named keeps its place
    ("Israeli ambassador summoned by Turkish foreign ministry", "summoned",
     ("Government of Turkey", "TUR", "GOV"), ("Government of Israel", "ISR", "GOV")),
    ("Britain summoned the Chinese ambassador over the cyber attack.", "summoned",
     ("Government of the United Kingdom", "GBR", "GOV"), ("Government of China", "CHN", "GOV")),
])
def test_envoy_summoned_controls(pipeline, text: str, word: str, source: tuple, target: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _actors(event.source)[:1] == [source]
    assert _actors(event.target)[:1] == [target]


# 2. an envoy recalled from a capital: by their own state, from the state they leave
@pytest.mark.parametrize("text, source, target", [
    ("Swedish ambassador recalled from Baghdad after Koran protest", "SWE", "IRQ"),
    ("French ambassador recalled from Niger", "FRA", "NER"),
    # variants
    ("German ambassador recalled from Moscow", "DEU", "RUS"),
    ("Dutch ambassador recalled from Turkey after row", "NLD", "TUR"),
    ("The French ambassador was recalled from Niger.", "FRA", "NER"),
    # control: a headline active
    ("China recalls envoy from Lithuania", "CHN", "LTU"),
])
def test_envoy_recalled_from_a_capital(pipeline, text: str, source: str, target: str) -> None:
    event = next(e for e in _events(pipeline, text) if e.trigger.text.lower().startswith("recall"))
    assert event.primary
    assert event.plover.get("type") == "SANCTION" and event.cameo.get("code") == "161"
    assert [(a.country, a.sector) for a in event.source] == [(source, "GOV")]
    assert [(a.country, a.sector) for a in event.target][:1] == [(target, "GOV")]


# 3. diplomats ordered or told to leave: expelled by the state they leave
@pytest.mark.parametrize("text, word, source, target", [
    ("Iranian diplomats ordered to leave Azerbaijan", "ordered", "AZE", "IRN"),
    ("Russian diplomats told to leave Moldova", "told", "MDA", "RUS"),
    # variants
    ("Russian diplomats ordered to leave Poland", "ordered", "POL", "RUS"),
    ("Belarusian diplomats told to leave Lithuania", "told", "LTU", "BLR"),
    # controls
    ("Iranian diplomats were ordered to leave Azerbaijan.", "ordered", "AZE", "IRN"),
    ("Iranian diplomats expelled from Albania over cyber attack", "expelled", "ALB", "IRN"),
    ("Venezuela's ambassador expelled from Peru", "expelled", "PER", "VEN"),
    ("Niger junta expels French ambassador", "expels", "NER", "FRA"),
])
def test_diplomats_told_to_leave_are_expelled(pipeline, text: str, word: str, source: str,
                                              target: str) -> None:
    event = _event(pipeline, text, word)
    assert event.plover.get("type") == "SANCTION" and event.cameo.get("code") == "166"
    assert [(a.country, a.sector) for a in event.source] == [(source, "GOV")]
    assert [(a.country, a.sector) for a in event.target][:1] == [(target, "GOV")]


# 4. a measure imposed, eased, suspended or frozen: the one it is on is the target; no noun a doer
@pytest.mark.parametrize("text, word, code, target", [
    ("Sanctions imposed on Nicaraguan judges", "Sanctions", "163", ("Judiciary of Nicaragua", "NIC", "JUD")),
    ("Fresh sanctions imposed on Russian oil traders", "sanctions", "163", (None, "RUS", "BUS")),
    ("Sanctions on Venezuela eased", "eased", "085", ("Government of Venezuela", "VEN", "GOV")),
    ("Aid to Niger suspended after coup", "suspended", "162", ("Government of Niger", "NER", "GOV")),
    ("Funding to UNRWA frozen over staff allegations", "frozen", "162", ("UNRWA", None, "IGO")),
    # variants
    ("New sanctions imposed on Belarusian officials", "sanctions", "163",
     ("Government of Belarus", "BLR", "GOV")),
    ("Sanctions on Iran lifted", "lifted", "085", ("Government of Iran", "IRN", "GOV")),
    ("Sanctions on Syria eased after earthquake", "eased", "085", ("Government of Syria", "SYR", "GOV")),
    ("Aid to Afghanistan suspended after ban on women", "suspended", "162",
     ("Government of Afghanistan", "AFG", "GOV")),
    # controls
    ("Sanctions were imposed on Nicaraguan judges on Tuesday.", "Sanctions", "163",
     ("Judiciary of Nicaragua", "NIC", "JUD")),
    ("Tariffs imposed on Chinese solar panels", "imposed", "163", ("Government of China", "CHN", "GOV")),
])
def test_measure_in_the_passive_has_its_target(pipeline, text: str, word: str, code: str,
                                               target: tuple) -> None:
    events = _events(pipeline, text)
    event = next(e for e in events if e.trigger.text == word)
    assert event.primary and event.cameo.get("code") == code
    assert event.source == []
    got = _actors(event.target)[0]
    assert got[1:] == target[1:] and (target[0] is None or got[0] == target[0])
    assert not any(a.name == a.text == "Sanctions" for e in events for a in (*e.source, *e.target))
    assert not any(e.plover.get("type") in ("AID", "COERCE") for e in events if e.trigger.text in (
        "Aid", "suspended"))


# 5. a loan or bailout approved for a state: the lender named in it the source, the state the target
@pytest.mark.parametrize("text, source, target", [
    ("World Bank loan approved for Kenya", "World Bank", "KEN"),
    ("IMF bailout approved for Egypt", "IMF", "EGY"),
    # variants
    ("IMF loan approved for Pakistan", "IMF", "PAK"),
    ("A $3 billion IMF bailout was approved for Egypt on Friday.", "IMF", "EGY"),
    # controls
    ("The World Bank approved a loan for Kenya.", "World Bank", "KEN"),
    ("The IMF approved a $3 billion bailout for Egypt.", "IMF", "EGY"),
])
def test_loan_approved_for_a_state(pipeline, text: str, source: str, target: str) -> None:
    event = _event(pipeline, text, "approved")
    assert event.plover.get("type") == "AID" and event.cameo.get("code") == "071"
    assert [(a.name, a.sector) for a in event.source] == [(source, "IGO")]
    assert [(a.country, a.sector) for a in event.target] == [(target, "GOV")]


# 6. controls: a headline or sentence whose subject acts keeps it as the doer
@pytest.mark.parametrize("text, word, source", [
    ("Protesters marched in Nairobi", "marched", ("Protesters (Kenya)", "KEN", "CVL")),
    ("Soldiers deployed to border town", "deployed", ("Military Forces", None, "MIL")),
    ("Niger junta expels French ambassador", "expels", ("Government of Niger", "NER", "GOV")),
])
def test_acting_subjects_keep_their_deed(pipeline, text: str, word: str, source: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _actors(event.source)[:1] == [source]
