"""Places the gazetteer lacked or gave to a namesake abroad (round lead55): Stonehenge is in England, not a
Jamaican district with no people; Vizhinjam is the port quarter of Thiruvananthapuram; a bare "York" is the
English city, not Ontario's York Region (which keeps its full names). Sentences written for the test, with
controls."""

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
