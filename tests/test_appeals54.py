"""Passive appeals and diplomatic nouns (round appeals54): a headline's "X urged to V" (no auxiliary, no
agent) is an appeal made to X by no one named, and X would do V; in "X was urged by Y to V" (or a
headline's "X urged by Y to V") the one asked, not the asker, would do V; a protest "from" a state, its
capital, an international body or a state's office ("drew protests from Japan and Australia") is a
diplomatic protest (disapproval), not a street demonstration; a deal, treaty or pact violated, breached,
quit or pulled out of is no agreement event, and said of another it is the speaker's accusation. Controls:
active appeals, crowds' protests, pacts signed or reached, ceasefire violations. Sentences written for the
test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

PUBLISHED = "2024-06-20"


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="appeals54", published=PUBLISHED)))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _names(actors) -> list[str | None]:
    return [a.name for a in actors]


def _kind(event) -> tuple[str | None, str | None]:
    return event.plover.get("type"), event.plover.get("mode") or None


# 1. a headline's "X urged to V": the one urged is the target, no asker named; X would do V
@pytest.mark.parametrize("text, asked, deed, doer", [
    ("Ruto urged to fire interior minister over abductions", "William Ruto", "fire", "William Ruto"),
    ("Ramaphosa urged to declare national disaster", "Cyril Ramaphosa", None, None),
    ("Sharif urged to release Imran Khan", "Sharif", "release", "Sharif"),
    # variants
    ("Tinubu urged to sack police chief", "Bola Tinubu", "sack", "Bola Tinubu"),
    ("Museveni urged to release opposition leader Besigye", "Yoweri Museveni", "release", "Yoweri Museveni"),
    ("Abiy pressed to free jailed journalists", "Abiy Ahmed", "free", "Abiy Ahmed"),
    ("Netanyahu pressed to accept ceasefire deal", "Benjamin Netanyahu", "accept", "Benjamin Netanyahu"),
])
def test_headline_urged_to_is_passive(pipeline, text: str, asked: str, deed: str | None,
                                      doer: str | None) -> None:
    events = _events(pipeline, text)
    appeal = next(e for e in events if e.plover.get("type") == "REQUEST")
    assert appeal.source == []
    assert _names(appeal.target) == [asked]
    if deed is not None:
        act = next(e for e in events if e.trigger.text == deed)
        assert _names(act.source) == [doer]
        assert act.modality.hypothetical


@pytest.mark.parametrize("text, word, source, target, deed, doer", [
    # controls: the active appeal, with its asker and the one asked; a headline's present tense
    ("Kenya's opposition urged Ruto to withdraw the bill.", "urged", "Opposition (Kenya)", "William Ruto",
     "withdraw", "William Ruto"),
    ("Ruto urges Gachagua to resign", "urges", "William Ruto", "Gachagua", "resign", "Gachagua"),
    ("Opposition party called for boycott", "called", "Opposition", None, None, None),
])
def test_headline_urged_to_controls(pipeline, text: str, word: str, source: str, target: str | None,
                                    deed: str | None, doer: str | None) -> None:
    events = _events(pipeline, text)
    appeal = next(e for e in events if e.trigger.text == word)
    assert _names(appeal.source) == [source]
    assert _names(appeal.target) == ([target] if target else [])
    if deed is not None:
        act = next(e for e in events if e.trigger.text == deed)
        assert _names(act.source) == [doer]


# 2. "X was urged by Y to V": Y asks, X would do V
@pytest.mark.parametrize("text, asker, asked, deed, doer", [
    ("The Malawian president was urged by the bishops to withdraw the bill.", "Religious Group (Malawi)",
     "Government of Malawi", "withdraw", "Government of Malawi"),
    ("Egypt was urged by the United States to open the Rafah crossing.", "Government of the United States",
     "Government of Egypt", "open", "Government of Egypt"),
    ("Serbia was urged by the European Union to normalise relations with Kosovo.", "EU",
     "Government of Serbia", "normalise", "Government of Serbia"),
    # variants
    ("Hamas was urged by Egypt to accept the ceasefire proposal.", "Government of Egypt", "Hamas", "accept",
     "Hamas"),
    ("Hamas was asked by Qatari mediators to free the hostages.", "Government of Qatar", "Hamas", "free",
     "Hamas"),
    ("Israel was pressed by the United States to allow aid into Gaza.", "Government of the United States",
     "Government of Israel", "allow", "Government of Israel"),
    ("Ruto urged by bishops to fire interior minister", "Religious Group (Kenya)", "William Ruto", "fire",
     "William Ruto"),
])
def test_passive_appeal_deed_is_the_asked(pipeline, text: str, asker: str, asked: str, deed: str,
                                          doer: str) -> None:
    events = _events(pipeline, text)
    appeal = next(e for e in events if e.plover.get("type") == "REQUEST")
    assert _names(appeal.source) == [asker]
    assert _names(appeal.target) == [asked]
    act = next(e for e in events if e.trigger.text == deed)
    assert _names(act.source) == [doer]


@pytest.mark.parametrize("text, word, doer", [
    # controls: a by-agent that does the deed of a purpose clause; the active appeal
    ("The troops were sent by the government to restore order.", "sent", "Government"),
    ("Kenya's opposition urged Ruto to withdraw the bill.", "withdraw", "William Ruto"),
    ("The bill was passed by parliament to curb protests.", "curb", "Legislature"),
])
def test_passive_appeal_controls(pipeline, text: str, word: str, doer: str) -> None:
    assert _names(_event(pipeline, text, word).source) == [doer]


# 3. a protest "from" a state, a capital, an international body or a state's office: disapproval
@pytest.mark.parametrize("text, word, sources, target", [
    ("The Chinese nuclear test drew protests from Japan and Australia.", "protests",
     ["Government of Japan", "Government of Australia"], "Government of China"),
    ("The sentence drew protests from Britain and the United States.", "protests",
     ["Government of the United Kingdom", "Government of the United States"], None),
    ("Japan's whaling drew a protest from Australia.", "protest", ["Government of Australia"],
     "Government of Japan"),
    ("France's decision to resume nuclear tests drew protests from Australia and New Zealand.", "protests",
     ["Government of Australia", "Government of New Zealand"], "Government of France"),
    # variants
    ("The visit drew a strong protest from Beijing.", "protest", ["Government of China"], None),
    ("The ruling drew protests from Washington.", "protests", ["Government of the United States"], None),
    ("The missile launch drew protests from Tokyo and Seoul.", "protests",
     ["Government of Japan", "Government of South Korea"], None),
    ("The execution of the activist drew a protest from the European Union.", "protest", ["EU"], None),
    ("The arrests drew protests from the foreign ministry.", "protests", ["Government"], None),
])
def test_protest_from_state_is_diplomatic(pipeline, text: str, word: str, sources: list[str],
                                          target: str | None) -> None:
    events = _events(pipeline, text)
    event = next(e for e in events if e.trigger.text == word)
    assert _kind(event) == ("ACCUSE", "disapprove")
    assert event.cameo.get("code") == "111"
    assert not event.acled
    assert _names(event.source) == sources
    if target is not None:
        assert _names(event.target) == [target]
    assert not any((a.name or "").startswith("Protesters") for e in events for a in [*e.source, *e.target])


@pytest.mark.parametrize("text, word, kind", [
    # controls: a crowd's protest stays one; a state's protest told by the verb or a "formal" one stays
    ("Thousands of students staged a protest in Dhaka.", "protest", ("PROTEST", "demo")),
    ("The protest by farmers in Delhi entered its third week.", "protest", ("PROTEST", "demo")),
    ("The new fees drew protests from students and residents.", "protests", ("PROTEST", "demo")),
    ("The tax drew protests from farmers across Kenya.", "protests", ("PROTEST", "demo")),
    ("The new law drew protests from rights groups.", "protests", ("PROTEST", "demo")),
    ("The fuel price rise drew protests from traders across Lagos.", "protests", ("PROTEST", "demo")),
    ("Protests from Kenya to Nigeria have forced governments to retreat.", "Protests", ("PROTEST", "demo")),
    ("Pakistan lodged a strong protest with India over the firing across the Line of Control.", "lodged",
     ("ACCUSE", "disapprove")),
    ("The arrest of the consul prompted a formal protest from Moscow.", "protest", ("ACCUSE", "disapprove")),
])
def test_protest_from_state_controls(pipeline, text: str, word: str, kind: tuple) -> None:
    assert _kind(_event(pipeline, text, word)) == kind


# 4. a pact violated, breached or left: no agreement; said of another, the speaker's accusation
@pytest.mark.parametrize("text, word, kind, source, target", [
    ("Tehran said Washington had breached the nuclear deal.", "breached", ("ACCUSE", "allege"),
     "Government of Iran", "Government of the United States"),
    ("Kyiv said Moscow had violated the grain deal.", "violated", ("ACCUSE", "allege"),
     "Government of Ukraine", "Government of Russia"),
    ("Russia accused NATO of breaching the 1990 treaty.", "breaching", ("REJECT", None), "NATO", None),
    # variants
    ("Seoul said Pyongyang had breached the 2018 military agreement.", "breached", ("ACCUSE", "allege"),
     "Government of South Korea", "Government of North Korea"),
    ("North Korea said Seoul had violated the 2018 military pact.", "violated", ("ACCUSE", "allege"),
     "Government of North Korea", "Government of South Korea"),
    ("Kyiv accused Moscow of breaching the grain deal.", "breaching", ("REJECT", None),
     "Government of Russia", None),
    ("Washington pulled out of the nuclear deal in 2018.", "pulled", ("REJECT", None),
     "Government of the United States", None),
    ("Washington withdrew from the nuclear deal in 2018.", "withdrew", ("REJECT", None),
     "Government of the United States", None),
    ("Russia quit the grain deal in July.", "quit", ("REJECT", None), "Government of Russia", None),
    ("The United States exited the Paris agreement.", "exited", ("REJECT", None),
     "Government of the United States", None),
])
def test_pact_broken_is_no_agreement(pipeline, text: str, word: str, kind: tuple, source: str,
                                     target: str | None) -> None:
    events = _events(pipeline, text)
    assert not any(e.plover.get("type") == "SUPPORT" or (e.acled or {}).get("sub_event_type") == "Agreement"
                   for e in events)
    event = next(e for e in events if e.trigger.text == word)
    assert _kind(event) == kind
    assert _names(event.source) == [source]
    if target is not None:
        assert _names(event.target) == [target]


@pytest.mark.parametrize("text, word, kind, source", [
    # controls: pacts signed or reached stay agreements; a ceasefire violated stays a clash; the shoal's
    # agreement and the INF treaty stay as they were
    ("Iran signed the nuclear deal in 2015.", "deal", ("SUPPORT", None), "Government of Iran"),
    ("Ukraine and Russia reached a grain deal in July.", "deal", ("SUPPORT", None), "Government of Ukraine"),
    ("Armenia said Azerbaijan had violated the ceasefire.", "violated", ("ASSAULT", None),
     "Government of Azerbaijan"),
    ("Moscow said Kyiv violated the Easter truce.", "violated", ("ASSAULT", None), "Government of Ukraine"),
    ("Beijing said Manila had violated the agreement on the shoal.", "violated", ("ACCUSE", "allege"),
     "Government of China"),
    ("Moscow accused Washington of violating the INF treaty.", "accused", ("ACCUSE", "allege"),
     "Government of Russia"),
    ("Hackers breached the ministry's computer network.", "breached", ("COERCE", "cyber"), "Hackers"),
])
def test_pact_broken_controls(pipeline, text: str, word: str, kind: tuple, source: str) -> None:
    event = _event(pipeline, text, word)
    assert _kind(event) == kind
    assert _names(event.source)[:1] == [source]
