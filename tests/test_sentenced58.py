"""Sentences given, received or got (round sentenced58, item china-2): a prison, jail, death or life
sentence or term that a court "gave", that someone "was given", "received" or "got" ("Ilham Tohti received
a life sentence", "Gui Minhai was given a 10-year prison term", "The court gave Zhang Zhan a four-year
sentence") is a conviction (SANCTION/convict, CAMEO 116) as "was handed" one is: the one who gets it the
target, the court (named after "from", or the judiciary of the place when none is named and the place is
known) the source. A receiver told by a relative pronoun ("the opposition leader, who received a five-year
sentence") is the noun it hangs on, for aid and threats received too. Serving a sentence, a second term, a
speech given, clemency and aid keep their readings. Item maghreb-3: mayors, co-mayors, public and civil
servants, police officers, soldiers, academics and imams dismissed, sacked or removed, and mayors, governors
and judges replaced ("replaced the mayor of Hakkari with a trustee"), are removed from office (COERCE, CAMEO
170); bodies and clauses removed, workers fired, a shooting at officers and protesters removed keep their
readings. Sentences written for the test, each group with controls."""

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


# 3. office-holders dismissed, removed, sacked, fired or replaced (item maghreb-3): a removal from office
@pytest.mark.parametrize("text, word, source, target", [
    ("The Interior Ministry removed the elected mayors of Diyarbakir, Mardin and Van and appointed "
     "government trustees in their place.", "removed", "Government of Turkey", ("TUR", "GOV")),
    ("The Interior Ministry dismissed the mayors of Siirt, Batman and Mardin and appointed trustees.",
     "dismissed", "Government of Turkey", ("TUR", "GOV")),
    ("Ankara dismissed three Kurdish mayors in the southeast on Monday.", "dismissed", "Government of Turkey",
     ("TUR", "GOV")),
    ("Turkey dismissed 28 elected mayors and put trustees in charge of their municipalities.", "dismissed",
     "Government of Turkey", ("TUR", "GOV")),
    ("Turkey removed the co-mayor of Hakkari and replaced him with the provincial governor.", "removed",
     "Government of Turkey", ("TUR", "GOV")),
    ("The Interior Ministry removed the mayor of Kars and named the governor as trustee.", "removed",
     "Government of Turkey", ("TUR", "GOV")),
    ("Turkey replaced the pro-Kurdish mayor of Hakkari with a state-appointed trustee.", "replaced",
     "Government of Turkey", ("TUR", "GOV")),
    ("A decree dismissed 18,000 police officers, soldiers and academics.", "dismissed", None, (None, "COP")),
    ("The government dismissed more than 4,000 public servants by decree.", "dismissed", "Government",
     (None, "CVL")),
    ("The Egyptian government sacked 1,200 imams over links to the Brotherhood.", "sacked",
     "Government of Egypt", ("EGY", "REL")),
    ("The Tunisian president removed 57 judges by decree, accusing them of corruption.", "removed",
     "Government of Tunisia", ("TUN", "JUD")),
    # variants
    ("Erdogan fired the mayor of Istanbul.", "fired", "Recep Tayyip Erdoğan", ("TUR", "GOV")),
    ("The Egyptian government dismissed 300 civil servants over links to the Brotherhood.", "dismissed",
     "Government of Egypt", ("EGY", "GOV")),
    ("The Interior Ministry sacked the mayor of Cizre.", "sacked", "Government of Turkey", ("TUR", "GOV")),
    ("Saied removed the governor of Sfax.", "removed", "Kais Saied", ("TUN", "GOV")),
])
def test_office_holders_removed(pipeline, text: str, word: str, source: str | None, target: tuple) -> None:
    events = _events(pipeline, text)
    event = next(e for e in events if e.trigger.text == word)
    assert (event.plover["type"], str(event.cameo["code"])) == ("COERCE", "170")
    assert event.primary
    assert _names(event.source)[:1] == ([source] if source else [])
    assert (event.target[0].country, event.target[0].sector) == target


@pytest.mark.parametrize("text, word, kind, code", [
    # controls: removals already read, protesters removed, shooting at officers, a job lost, claims dismissed
    ("Erdogan sacked the justice minister.", "sacked", "COERCE", "170"),
    ("The government sacked 2,745 judges the day after the coup attempt.", "sacked", "COERCE", "170"),
    ("Authorities removed 150 teachers from their posts in Diyarbakir.", "removed", "COERCE", "170"),
    ("Saied removed the governor of Sfax from office.", "removed", "COERCE", "170"),
    ("The interior ministry suspended the HDP mayors of three cities over alleged terror links.", "suspended",
     "COERCE", "172"),
    ("Police removed protesters from Taksim Square.", "removed", "ASSAULT", "175"),
    ("Saied dismissed the defence minister and the acting justice minister.", "dismissed", "COERCE", "170"),
    ("Gunmen fired on police officers in Arish.", "fired", "ASSAULT", "193"),
    ("The officer dismissed the claims.", "dismissed", "REJECT", "120"),
])
def test_office_holders_removed_controls(pipeline, text: str, word: str, kind: str, code: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover["type"], str(event.cameo["code"])) == (kind, code)


@pytest.mark.parametrize("text", [
    # controls: things removed or replaced, workers fired: no event
    "Rescuers removed the bodies from the rubble.",
    "Parliament removed the clause from the bill.",
    "The company fired 300 workers.",
    "The company replaced the engine with a new one.",
])
def test_office_holders_removed_no_event_controls(pipeline, text: str) -> None:
    assert not _events(pipeline, text)
