"""Sentences given, received or got (round sentenced58, item china-2): a prison, jail, death or life
sentence or term that a court "gave", that someone "was given", "received" or "got" ("Ilham Tohti received
a life sentence", "Gui Minhai was given a 10-year prison term", "The court gave Zhang Zhan a four-year
sentence") is a conviction (SANCTION/convict, CAMEO 116) as "was handed" one is: the one who gets it the
target, the court (named after "from", or the judiciary of the place when none is named and the place is
known) the source. A receiver told by a relative pronoun ("the opposition leader, who received a five-year
sentence") is the noun it hangs on, for aid and threats received too. Serving a sentence, a second term, a
speech given, clemency and aid keep their readings. Sentences written for the test, each group with
controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="sentenced58", published="2024-06-01")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


# 1. a sentence given, received or got: a conviction of the one who gets it
@pytest.mark.parametrize("text, word, source, target", [
    ("Ilham Tohti received a life sentence for separatism.", "received", [], ["Ilham Tohti"]),
    ("The activist was given a four-year sentence for picking quarrels and provoking trouble.",
     "given", [], ["Opposition"]),
    ("Three Tibetan monks received sentences of up to 10 years.", "received",
     ["Judiciary of China"], ["Tibetan Ethnic Group (China)"]),
    ("Gui Minhai was given a 10-year prison term.", "given", [], ["Gui Minhai"]),
    ("The court gave Zhang Zhan a four-year sentence.", "gave", ["Judiciary"], ["Zhang Zhan"]),
    ("The dissident received a jail term of 11 years.", "received", [], ["Opposition"]),
    ("Writer Yang Hengjun was given a suspended death sentence for espionage.", "given",
     [], ["Yang Hengjun"]),
    ("Benny Tai received a 10-year jail term for subversion.", "received", [], ["Benny Tai"]),
    ("A Hong Kong court gave the activist a 16-month sentence.", "gave",
     ["Judiciary of Hong Kong"], ["Opposition (Hong Kong)"]),
    # variants
    ("The blogger got a three-year prison sentence for criticising the government.", "got",
     [], ["Journalists"]),
    ("The dissident received a life sentence from a Beijing court.", "received",
     ["Judiciary of China"], ["Opposition (China)"]),
    ("Three Uyghur scholars got death sentences in Xinjiang.", "got",
     ["Judiciary of China"], ["Uyghur Ethnic Group (China)"]),
    ("Two journalists received prison sentences of seven years each.", "received", [], ["Journalists"]),
    ("A Tehran court gave the rapper a death sentence.", "gave",
     ["Judiciary of Iran"], ["Civilians (Iran)"]),
    ("Hong Kong activist gets four-year sentence", "gets",
     ["Judiciary of Hong Kong"], ["Opposition (Hong Kong)"]),
    ("The opposition leader, who received a five-year jail sentence last year, remains in prison.",
     "received", [], ["Opposition"]),
])
def test_sentence_received_is_a_conviction(pipeline, text: str, word: str, source: list,
                                           target: list) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover["type"], event.plover.get("mode"), str(event.cameo["code"])) == (
        "SANCTION", "convict", "116")
    assert _names(event.source) == source
    assert _names(event.target) == target


def test_death_sentences_for_an_attack_are_the_primary_event(pipeline) -> None:
    events = _events(pipeline, "Four Uyghurs were given death sentences for the Kashgar attack.")
    primary = next(e for e in events if e.primary)
    assert (primary.trigger.text, primary.plover["type"], primary.plover.get("mode")) == (
        "given", "SANCTION", "convict")
    assert _names(primary.target) == ["Uyghur Ethnic Group (China)"]


@pytest.mark.parametrize("text, word, kind, code, source, target", [
    # controls: a sentence handed or passed, clemency, aid given or received
    ("Joshua Wong was handed a 13-month prison sentence.", "handed", "SANCTION", "116",
     ["Judiciary of China"], ["Joshua Wong"]),
    ("A court handed the lawyer a five-year sentence.", "handed", "SANCTION", "116",
     ["Judiciary"], ["Lawyers"]),
    ("A Beijing court sentenced Xu Zhiyong to 14 years.", "sentenced", "SANCTION", "116",
     ["Judiciary of China"], ["Xu Zhiyong"]),
    ("The court commuted the death sentence of the monk.", "commuted", "CONCEDE", "080",
     ["Judiciary"], ["Religious Group"]),
    ("Pakistan received a $1 billion loan from China.", "received", "AID", "071",
     ["Government of China"], ["Government of Pakistan"]),
    ("China gave Pakistan $1 billion in loans.", "gave", "AID", "071",
     ["Government of China"], ["Government of Pakistan"]),
    ("Egypt received a shipment of wheat from Russia.", "received", "AID", "070",
     ["Government of Russia"], ["Government of Egypt"]),
    ("The lawyer received death threats after the trial.", "threats", "THREATEN", "130", [], ["Lawyers"]),
])
def test_sentence_received_controls(pipeline, text: str, word: str, kind: str, code: str, source: list,
                                    target: list) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover["type"], str(event.cameo["code"])) == (kind, code)
    assert _names(event.source) == source
    assert _names(event.target) == target


@pytest.mark.parametrize("text", [
    # controls: a sentence served, a term won, a speech or medals given or received: no conviction
    "Joshua Wong is serving a 13-month sentence.",
    "The president received a second term in the election.",
    "The minister gave a speech on Monday.",
    "The soldiers received medals for bravery.",
])
def test_no_conviction_controls(pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.plover.get("mode") == "convict"]


# 2. a receiver told by a relative pronoun is the noun it hangs on
@pytest.mark.parametrize("text, word, source, target", [
    ("Pakistan, which received a $3 billion loan from the IMF last year, is seeking more.", "received",
     ["IMF"], ["Government of Pakistan"]),
    ("The editor, who received death threats, fled the country.", "threats", [], ["Journalists"]),
    ("The opposition leader, who received a five-year jail sentence last year, remains in prison.",
     "received", [], ["Opposition"]),
    # controls: the receiver named as the subject
    ("Pakistan received a $3 billion loan from the IMF last year.", "received",
     ["IMF"], ["Government of Pakistan"]),
    ("The editor received death threats.", "threats", [], ["Journalists"]),
])
def test_relative_receiver(pipeline, text: str, word: str, source: list, target: list) -> None:
    event = _event(pipeline, text, word)
    assert _names(event.source) == source
    assert _names(event.target) == target
