"""Visiting guests (round visiting56, item eastasia-2): in "X met / received / welcomed / hosted / held talks
with visiting <title> Y" the small model reads the bare participle "visiting" as a verb with the guest its
object, so the host was coded as the visitor (a primary CONSULT visit, C042, from the host) and the meeting
lost its guest. The parse is mended (reparse.visiting_guests) so "visiting" describes the guest, the object
of the meeting: the meeting is primary with the host its source and the guest its target, and a hosted or
received visit is the guest's (source) to the host (target); no visit is ever the host's. "The visiting X",
"Visiting X met Y" and real visits ("X is visiting Tokyo", "while visiting Paris") keep their readings.
Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="visiting56", published="2024-06-15")))


def _primary(events: list):
    return next(e for e in events if e.primary)


def _actor(actors) -> tuple[str | None, str | None] | None:
    return (actors[0].name, actors[0].country) if actors else None


def _host_visits(events: list, host: str) -> list:
    """The visits (C042) coded with the host as the visitor."""
    return [e for e in events if e.cameo.get("code") == "042" and any(a.name == host for a in e.source)]


# 1. met / held talks with a visiting guest: the meeting primary, host -> guest, no visit by the host
@pytest.mark.parametrize("text, word, code, source, target", [
    ("Chinese President Xi Jinping met visiting Malaysian Prime Minister Anwar Ibrahim in Beijing on Friday.",
     "met", "040", ("Xi Jinping", "CHN"), ("Anwar Ibrahim", "MYS")),
    ("Japanese Prime Minister Fumio Kishida met visiting South Korean President Yoon Suk Yeol in Tokyo.",
     "met", "040", ("Fumio Kishida", "JPN"), ("Yoon Suk Yeol", "KOR")),
    ("Premier Li Qiang held talks with visiting Singaporean Prime Minister Lawrence Wong in Beijing.",
     "held talks", "046", ("Li Qiang", "CHN"), ("Lawrence Wong", "SGP")),
    ("North Korean leader Kim Jong Un met visiting Russian President Vladimir Putin in Pyongyang.",
     "met", "040", ("Kim Jong Un", "PRK"), ("Vladimir Putin", "RUS")),
    ("Philippine President Ferdinand Marcos Jr. held talks with visiting Japanese Prime Minister "
     "Fumio Kishida in Manila.", "held talks", "046", ("Ferdinand Marcos Jr.", "PHL"),
     ("Fumio Kishida", "JPN")),
    # variants: other hosts, guests and titles, "met with", a time before the verb, plural and group guests
    ("Chinese Vice President Han Zheng met visiting US Secretary of State Antony Blinken in Beijing.",
     "met", "040", ("Han Zheng", "CHN"), ("Antony Blinken", "USA")),
    ("Indian Prime Minister Narendra Modi held talks with visiting German Chancellor Olaf Scholz "
     "in New Delhi.",
     "held talks", "046", ("Narendra Modi", "IND"), ("Olaf Scholz", "DEU")),
    ("President Joko Widodo met with visiting Australian Prime Minister Anthony Albanese in Jakarta.",
     "met", "040", ("Joko Widodo", "IDN"), ("Anthony Albanese", "AUS")),
    ("Premier Li Qiang on Monday met visiting New Zealand Prime Minister Christopher Luxon in Beijing.",
     "met", "040", ("Li Qiang", "CHN"), ("Christopher Luxon", "NZL")),
    ("Sri Lankan President Ranil Wickremesinghe met visiting Indian Foreign Minister S. Jaishankar "
     "in Colombo.",
     "met", "040", ("Ranil Wickremesinghe", "LKA"), ("Subrahmanyam Jaishankar", "IND")),
    ("Kenyan President William Ruto met visiting IMF chief Kristalina Georgieva in Nairobi.",
     "met", "040", ("William Ruto", "KEN"), ("Kristalina Georgieva", None)),
    ("Premier Li Qiang met visiting US business leaders in Beijing.",
     "met", "040", ("Li Qiang", "CHN"), ("Business (United States)", "USA")),
    ("Xi Jinping met visiting US lawmakers in Beijing.",
     "met", "040", ("Xi Jinping", "CHN"), ("Legislature of the United States", "USA")),
    ("Foreign Minister Wang Yi met visiting delegation of the Japanese parliament in Beijing.",
     "met", "040", ("Wang Yi", "CHN"), ("Legislature of Japan", "JPN")),
])
def test_meeting_a_visiting_guest(pipeline, text: str, word: str, code: str, source: tuple,
                                  target: tuple) -> None:
    events = _events(pipeline, text)
    event = _primary(events)
    assert (event.trigger.text, event.cameo.get("code")) == (word, code)
    assert _actor(event.source) == source
    assert _actor(event.target) == target
    assert not _host_visits(events, source[0])


# 2. received / welcomed / hosted a visiting guest: the guest's visit to the host, never the host's
@pytest.mark.parametrize("text, word, guest, host", [
    ("Vietnamese Party chief Nguyen Phu Trong received visiting Lao Prime Minister Sonexay Siphandone "
     "in Hanoi.",
     "received", ("Sonexay Siphandone", "LAO"), ("Nguyễn Phú Trọng", "VNM")),
    ("Thai Prime Minister Paetongtarn Shinawatra welcomed visiting Cambodian Prime Minister Hun Manet at "
     "Government House.", "welcomed", ("Hun Manet", "KHM"), ("Paetongtarn Shinawatra", "THA")),
    ("Indonesian President Prabowo Subianto hosted visiting Philippine President Ferdinand Marcos Jr. in "
     "Jakarta.", "hosted", ("Ferdinand Marcos Jr.", "PHL"), ("Prabowo Subianto", "IDN")),
    # variants
    ("Malaysian Prime Minister Anwar Ibrahim received visiting Chinese Premier Li Qiang in Putrajaya on "
     "Tuesday.", "received", ("Li Qiang", "CHN"), ("Anwar Ibrahim", "MYS")),
    ("Japanese Emperor Naruhito welcomed visiting British King Charles at the Imperial Palace.",
     "welcomed", ("Charles III", "GBR"), ("Naruhito", "JPN")),
])
def test_receiving_a_visiting_guest(pipeline, text: str, word: str, guest: tuple, host: tuple) -> None:
    events = _events(pipeline, text)
    event = _primary(events)
    assert (event.trigger.text, event.cameo.get("code")) == (word, "042")
    assert _actor(event.source) == guest
    assert _actor(event.target) == host
    assert not _host_visits(events, host[0])


def test_greeting_a_visiting_guest_makes_no_host_visit(pipeline) -> None:
    events = _events(pipeline, "Vietnamese President Vo Van Thuong greeted visiting Cuban Foreign Minister "
                               "Bruno Rodriguez in Hanoi.")
    assert not _host_visits(events, "Võ Văn Thưởng")


@pytest.mark.parametrize("text, word, code, source, target", [
    # controls: "Visiting X met Y", "the visiting X", plain meetings and visits, real verbal visits
    ("Visiting Chinese Foreign Minister Wang Yi met Thai Prime Minister Srettha Thavisin in Bangkok.",
     "met", "040", ("Wang Yi", "CHN"), ("Srettha Thavisin", "THA")),
    ("Xi Jinping met the visiting Cambodian king in Beijing.",
     "met", "040", ("Xi Jinping", "CHN"), ("Government of Cambodia", "KHM")),
    ("Cambodian Prime Minister Hun Manet visited Beijing on Monday.",
     "visited", "042", ("Hun Manet", "KHM"), ("Government of China", "CHN")),
    ("Kim Jong Un met Russian President Vladimir Putin in Vladivostok.",
     "met", "040", ("Kim Jong Un", "PRK"), ("Vladimir Putin", "RUS")),
    ("South Korean President Yoon Suk Yeol held talks with Japanese Prime Minister Fumio Kishida in Seoul.",
     "held talks", "046", ("Yoon Suk Yeol", "KOR"), ("Fumio Kishida", "JPN")),
    ("Xi Jinping hosted Vietnamese President To Lam in Beijing.",
     "hosted", "042", ("Government of Vietnam", "VNM"), ("Xi Jinping", "CHN")),
    ("Xi met Hun Manet while visiting Phnom Penh.",
     "met", "040", ("Xi Jinping", "CHN"), ("Hun Manet", "KHM")),
    ("Kishida is visiting Tokyo this week.",
     "visiting", "042", ("Fumio Kishida", "JPN"), ("Government of Japan", "JPN")),
    ("While visiting Paris, Biden met Macron.",
     "met", "040", ("Joe Biden", "USA"), ("Emmanuel Macron", "FRA")),
])
def test_visiting_controls(pipeline, text: str, word: str, code: str, source: tuple, target: tuple) -> None:
    event = _primary(_events(pipeline, text))
    assert (event.trigger.text, event.cameo.get("code")) == (word, code)
    assert _actor(event.source) == source
    assert _actor(event.target) == target


@pytest.mark.parametrize("text, source, target", [
    # controls: the visit told by a real verbal "visiting" keeps its visitor and place
    ("Xi met Hun Manet while visiting Phnom Penh.", ("Xi Jinping", "CHN"), ("Government of Cambodia", "KHM")),
    ("While visiting Paris, Biden met Macron.", ("Joe Biden", "USA"), ("Government of France", "FRA")),
])
def test_real_visits_kept(pipeline, text: str, source: tuple, target: tuple) -> None:
    visit = next(e for e in _events(pipeline, text) if e.trigger.text == "visiting")
    assert visit.cameo.get("code") == "042"
    assert _actor(visit.source) == source
    assert _actor(visit.target) == target
