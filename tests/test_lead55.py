"""Places the gazetteer lacked or gave to a namesake abroad (round lead55): Stonehenge is in England, not a
Jamaican district with no people; Vizhinjam is the port quarter of Thiruvananthapuram; a bare "York" is the
English city, not Ontario's York Region (which keeps its full names); "the White House" is a place in
Washington, not Casablanca (whose alternate name it is). A clash of politicians, officials, named people or
state bodies, or one told at a place of talk, is a quarrel in words (the dispute class: ACCUSE, no ACLED
event), unless the sentence tells of harm or force. Sentences written for the test, with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str):
    events = list(pipeline.code(document_from_text(text, doc_id="lead55", published="2024-06-20")))
    return next(e for e in events if e.primary)


def _where(event) -> tuple[str | None, str | None]:
    loc = event.location
    return (loc.name, loc.country) if loc is not None else (None, None)


@pytest.mark.parametrize("text, where, source", [
    ("Climate activists sprayed orange paint on Stonehenge.", ("Stonehenge", "GBR"), "GBR"),
    ("Police arrested two protesters at Stonehenge on the solstice.", ("Stonehenge", "GBR"), "GBR"),
    ("Fishermen blocked the road to the port at Vizhinjam in Kerala.", ("Vizhinjam", "IND"), "IND"),
    ("Police fired tear gas at protesters in Vizhinjam.", ("Vizhinjam", "IND"), "IND"),
    ("Police in York arrested four men after a brawl outside a pub.", ("York", "GBR"), "GBR"),
    ("Hundreds of students marched through York against tuition fees.", ("York", "GBR"), "GBR"),
    # controls: Ontario's York Region by its names; York in Pennsylvania with its state; Toronto
    ("Police in York Region arrested three men after a shooting.", ("York Region", "CAN"), "CAN"),
    ("Police in York, Pennsylvania arrested three men after a shooting.", ("York", "USA"), "USA"),
    ("Police in Toronto arrested three men after a shooting.", ("Toronto", "CAN"), "CAN"),
])
def test_sites_and_york(pipeline, text: str, where: tuple, source: str) -> None:
    event = _primary(pipeline, text)
    assert _where(event) == where
    assert [a.country for a in event.source] == [source]


@pytest.mark.parametrize("text, where", [
    ("Gunmen opened fire near the White House.", ("White House", "USA")),
    ("Protesters marched from the Capitol to the White House.", ("White House", "USA")),
    ("Trump hosted Netanyahu at the White House on Monday.", ("White House", "USA")),
    # control: a town of Tennessee named with its state
    ("Police in White House, Tennessee arrested two men after a robbery.", ("White House", "USA")),
])
def test_the_white_house_is_in_washington(pipeline, text: str, where: tuple) -> None:
    assert _where(_primary(pipeline, text)) == where


def _clash(pipeline, text: str, date: str = "2025-03-01"):
    events = list(pipeline.code(document_from_text(text, doc_id="lead55", published=date)))
    return next(e for e in events if e.evidence["trigger"]["rule"].endswith(":clash"))


@pytest.mark.parametrize("text, source, target", [
    ("Macron and Meloni clashed over migration at the summit in Brussels.", "FRA", "ITA"),
    ("The prime minister clashed with the opposition leader during a televised debate.", None, None),
    ("Two senators clashed over the budget on Tuesday.", None, None),
    ("The two candidates clashed over the economy in the final debate.", None, None),
    ("The finance minister clashed with the central bank governor over interest rates.", None, None),
    ("A clash between the president and parliament over the budget deepened the crisis.", None, None),
    ("Ministers clashed at a cabinet meeting over the response to the strike.", None, None),
    ("Zelensky and Trump clashed in a heated Oval Office meeting.", "UKR", "USA"),
    ("Labour and Conservative MPs clashed over immigration in the Commons on Wednesday.", "GBR", "GBR"),
    ("The judges clashed with the government over the reform.", None, None),
    ("Beijing and Washington clashed over Taiwan at the UN Security Council.", "CHN", "USA"),
    ("The mayor and the governor clashed publicly over the curfew.", None, None),
])
def test_clashes_in_words_are_quarrels(pipeline, text: str, source: str | None, target: str | None) -> None:
    event = _clash(pipeline, text)
    assert event.plover["type"] == "ACCUSE"
    assert not event.acled or event.acled.get("event_type") is None
    if source:
        assert event.source[0].country == source
    if target:
        assert event.target[0].country == target


@pytest.mark.parametrize("text, acled", [
    ("Police clashed with protesters in Nairobi.", "Riots"),
    ("Rival gangs clashed in Port-au-Prince, leaving five dead.", "Battles"),
    ("Soldiers clashed with militants near Bannu.", "Battles"),
    ("Hamas and Fatah clashed in Gaza.", "Battles"),
    ("Government forces clashed with rebels near Goma.", "Battles"),
    ("Indian and Chinese troops clashed in the Galwan valley.", "Battles"),
    ("Opposition supporters and ruling party activists clashed in Harare, leaving two injured.", "Riots"),
    ("Villagers clashed with soldiers during a meeting in the village.", "Riots"),
    ("Militants clashed with troops during a raid in Waziristan.", "Battles"),
    ("Supporters of the president clashed with police in Kinshasa.", "Riots"),
    ("An armed clash between two rival cartels was reported near Uruapan.", "Battles"),
    ("Rival gangs clashed at a meeting point near the market.", "Battles"),
])
def test_clashes_of_force_stay_fights(pipeline, text: str, acled: str) -> None:
    event = _clash(pipeline, text)
    assert event.plover["type"] != "ACCUSE"
    assert event.acled.get("event_type") == acled


@pytest.mark.parametrize("partial, full", [
    ("1998-06", "1998-06-30"), ("2000-02", "2000-02-29"), ("2001-02", "2001-02-28"),
    ("1999-12", "1999-12-31"), ("2001", "2001-12-31"), ("2001-04-15", "2001-04-15"),
])
def test_a_month_ends_on_its_last_day(partial: str, full: str) -> None:
    """A term ending in "1998-06" ends on a real date, so days can be counted from it (no ValueError)."""
    from chronica.actors.data import date_ceil
    from chronica.actors.leaders import Term

    assert date_ceil(partial) == full
    term = Term("head_of_state", "1990-01-01", date_ceil(partial), "1990", partial[:4])
    assert term.distance("2010-01-01") > 0
