"""Named accords (round accords57, item coop-1): a signed pact named by its proper name ("the Camp David
Accords", "the Simla Agreement", "the Minsk Protocol", "the Treaty of Versailles", "the JCPOA") is an
agreement made when a verb of signing, joining or reaching acts on it ("Israel and Egypt signed the Camp David
Accords", "Morocco joined the Abraham Accords", "the Dayton Accords were signed in Paris"), whatever entity
the model tags the name as; a name with no such verb is a mention, no event ("Under the Oslo Accords, ...",
"The Good Friday Agreement ended three decades of conflict", "a Honda Accord", "the North Atlantic Treaty
Organization"), and a pact left or broken keeps its verb's event. Sentences written for the test, with
controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="accords57", published="2024-01-15")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _actors(actors) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.country) for a in actors]


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


# 1. a named pact signed, joined or reached: an agreement, with its signers
@pytest.mark.parametrize("text, word, source, target, where", [
    ("Israel and Egypt signed the Camp David Accords in September 1978.", "Accords",
     ("Government of Israel", "ISR"), ("Government of Egypt", "EGY"), "ISR"),
    ("Yitzhak Rabin and Yasser Arafat signed the Oslo Accords on the White House lawn.", "Accords",
     ("Yitzhak Rabin", "ISR"), ("Yasser Arafat", "PSE"), "USA"),
    ("The presidents of Serbia, Croatia and Bosnia signed the Dayton Accords in Paris in 1995.", "Accords",
     ("Government of Serbia", "SRB"), ("Government of Croatia", "HRV"), "FRA"),
    ("Bahrain and Israel signed the Abraham Accords in Washington in 2020.", "Accords",
     ("Government of Bahrain", "BHR"), ("Government of Israel", "ISR"), "USA"),
    ("Pakistan and India signed the Simla Agreement after the 1971 war.", "Agreement",
     ("Government of Pakistan", "PAK"), ("Government of India", "IND"), "PAK"),
    ("The British and Irish governments signed the Good Friday Agreement in 1998.", "Agreement",
     ("Government of the United Kingdom", "GBR"), ("Government of Ireland", "IRL"), "GBR"),
    ("Jordan signed the Wadi Araba Treaty with Israel in 1994.", "Treaty",
     ("Government of Jordan", "JOR"), ("Government of Israel", "ISR"), "JOR"),
    ("The Sandinista government and the Contra rebels signed the Sapoa Accord in March 1988.", "Accord",
     ("Government of Nicaragua", "NIC"), ("Contras", "NIC"), "NIC"),
    ("The Angolan government and UNITA signed the Lusaka Protocol in 1994.", "Protocol",
     ("Government of Angola", "AGO"), ("UNITA", "AGO"), "AGO"),
    ("Russia and Ukraine signed the Minsk Protocol in September 2014.", "Protocol",
     ("Government of Russia", "RUS"), ("Government of Ukraine", "UKR"), "RUS"),
    ("Iran and six world powers signed the JCPOA in Vienna in July 2015.", "JCPOA",
     ("Government of Iran", "IRN"), ("World powers", None), "AUT"),
    ("Morocco joined the Abraham Accords in December 2020.", "Accords",
     ("Government of Morocco", "MAR"), None, "MAR"),
    # variants: other names, the passive, a pact reached, two pacts, a protocol by its letters
    ("Belgrade signed the Brussels Agreement with Pristina in 2013.", "Agreement",
     ("Government of Serbia", "SRB"), ("Government of Kosovo", "XKX"), "SRB"),
    ("Israel and the PLO reached the Oslo Accords after secret talks in Norway.", "Accords",
     ("Government of Israel", "ISR"), ("PLO", "PSE"), "NOR"),
    ("Israel and the PLO signed the Oslo Accords and the Paris Protocol.", "Protocol",
     ("Government of Israel", "ISR"), ("PLO", "PSE"), "ISR"),
    ("Kenya signed the Kyoto Protocol in 2002.", "Protocol", ("Government of Kenya", "KEN"), None, "KEN"),
    ("The Dayton Accords were signed in Paris in December 1995.", "Accords", None, None, "FRA"),
    ("The Oslo Accords were initialled in Oslo in August 1993.", "Accords", None, None, "NOR"),
])
def test_named_pact_signed(pipeline, text: str, word: str, source: tuple | None, target: tuple | None,
                           where: str) -> None:
    event = _event(pipeline, text, word)
    assert (event.plover.get("type"), event.cameo.get("code")) == ("SUPPORT", "057")
    assert event.acled.get("sub_event_type") == "Agreement"
    assert _actors(event.source)[:1] == ([source] if source else [])
    assert _actors(event.target)[:1] == ([target] if target else [])
    assert _where(event) == where


def test_named_pact_signed_by_factions(pipeline) -> None:
    """The Taif Agreement signed is an agreement in Saudi Arabia (its signers, "Lebanon's warring factions",
    are read as sides of no one: left for a later round)."""
    event = _event(pipeline, "Lebanon's warring factions signed the Taif Agreement in Saudi Arabia in 1989.",
                   "Agreement")
    assert event.cameo.get("code") == "057"
    assert _where(event) == "SAU"


@pytest.mark.parametrize("text, word, source", [
    # controls: names the model tags as laws or events, lower-case pacts, a pact ratified (the verb's event)
    ("Germany signed the Treaty of Versailles in June 1919.", "Treaty", ("Government of Germany", "DEU")),
    ("The Soviet Union and the United States signed the INF Treaty in 1987.", "Treaty",
     ("Government of Russia", "RUS")),
    ("Colombia and the FARC signed the Havana accords in 2016.", "accords",
     ("Government of Colombia", "COL")),
    ("Ukraine and Russia signed the Minsk agreement in 2014.", "agreement", ("Government of Ukraine", "UKR")),
    ("Egypt and Israel signed a peace treaty in 1979.", "treaty", ("Government of Egypt", "EGY")),
    ("Sudan ratified the Abraham Accords in January 2021.", "ratified", ("Government of Sudan", "SDN")),
    ("Morocco joined the Paris Agreement in 2016.", "Agreement", ("Government of Morocco", "MAR")),
])
def test_named_pact_controls(pipeline, text: str, word: str, source: tuple) -> None:
    events = _events(pipeline, text)
    event = next(e for e in events if e.trigger.text == word)
    assert event.cameo.get("code") == "057"
    assert _actors(event.source)[:1] == [source]
    assert sum(e.cameo.get("code") == "057" for e in events) == 1


# 2. a named pact mentioned, no verb of signing: no agreement event
@pytest.mark.parametrize("text", [
    "Under the Oslo Accords, the Palestinian Authority administers parts of the West Bank.",
    "Under the INF Treaty, both sides were barred from deploying such missiles.",
    "The Good Friday Agreement ended three decades of conflict.",
    "The Paris Agreement entered into force in November 2016.",
    # controls: names of things and bodies, left or broken pacts (their verb's event only)
    "The Honda Accord remained the best-selling car in the United States.",
    "The North Atlantic Treaty Organization held a summit in Vilnius.",
    "The Accord party won the election in Alberta.",
    "The Warsaw Pact invaded Czechoslovakia in 1968.",
    "Hungary joined the Warsaw Pact in 1955.",
    "The United States withdrew from the Paris Agreement in 2020.",
    "Washington pulled out of the Iran nuclear deal in 2018.",
    "Trump withdrew from the JCPOA in 2018.",
    "The Democratic National Convention opened in Chicago.",
    "The visit broke with diplomatic protocol.",
])
def test_named_pact_mentioned_no_agreement(pipeline, text: str) -> None:
    assert not [e.trigger.text for e in _events(pipeline, text) if e.cameo.get("code") == "057"]


@pytest.mark.parametrize("text, word, code", [
    # controls: the events these sentences do tell
    ("The North Atlantic Treaty Organization held a summit in Vilnius.", "summit", "040"),
    ("The United States withdrew from the Paris Agreement in 2020.", "withdrew", "120"),
    ("Washington pulled out of the Iran nuclear deal in 2018.", "pulled", "120"),
    ("Hungary joined the Warsaw Pact in 1955.", "joined", "060"),
])
def test_named_pact_mentioned_controls(pipeline, text: str, word: str, code: str) -> None:
    assert _event(pipeline, text, word).cameo.get("code") == code
