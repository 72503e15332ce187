"""The bundled example articles (news-style text the team wrote about real events): the event each
story is about, coded as a careful coder would."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.ingest import read_inputs

NEWS = Path(__file__).resolve().parent.parent / "examples" / "news"

# file -> PLOVER type, ACLED sub-event type (None: outside ACLED), place name, country, date
EXPECTED = {
    "01-lima-rescue.md": ("ASSAULT", "Armed clash", "Lima", "PER", "1997-04-22"),
    "02-lima-massacre.md": ("ASSAULT", "Armed clash", "Lima", "PER", "1997-04-22"),
    "03-lisbon-teachers-march.md": ("PROTEST", "Peaceful protest", "Lisbon", "PRT", "2008-03-08"),
    "04-minsk-arrests.md": ("COERCE", "Arrests", "Minsk", "BLR", None),
    "06-colombia-farc-accord.md": ("SUPPORT", "Agreement", "Bogotá", "COL", "2016-11-24"),
    # the dateline ("MANILA, April 10 -") is no part of the lead; the island, not the dateline's city
    "07-basilan-clash.md": ("ASSAULT", "Armed clash", "Basilan", "PHL", None),
    "08-tottenham-riot.md": ("ASSAULT", "Violent demonstration", "Tottenham", "GBR", "2011-08-06"),
    "09-baghdad-market-bombing.md": ("ASSAULT", "Suicide bomb", "Baghdad", "IRQ", None),
    # the headline says "agree": the agreement at the meeting, not the meeting, is the story's event
    "10-obama-kenyatta-nairobi.md": ("AGREE", None, "Nairobi", "KEN", "2015-07-25"),
    # "sent its first aid convoy": aid, not troops; the countries listed later are no town of Iran
    "12-syria-earthquake-aid.md": ("AID", None, "Syria", "SYR", None),
}


@pytest.fixture(scope="module")
def primaries(pipeline):
    out = {}
    for doc in read_inputs([str(NEWS)]):
        events = pipeline.code(doc)
        out[Path(doc.path).name] = next(e for e in events if e.primary)
    return out


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_primary_event(primaries, name):
    plover, sub, place, country, date = EXPECTED[name]
    ev = primaries[name]
    assert ev.plover["type"] == plover
    assert (ev.acled["sub_event_type"] if ev.acled else None) == sub
    assert ev.location is not None and ev.location.name == place and ev.location.country == country
    if date:
        assert ev.date.value == date


def test_counts(primaries):
    assert primaries["02-lima-massacre.md"].fatalities == 14
    assert primaries["03-lisbon-teachers-march.md"].size == 100_000
    assert primaries["04-minsk-arrests.md"].arrested == 600
    assert primaries["09-baghdad-market-bombing.md"].fatalities == 32
    assert primaries["07-basilan-clash.md"].fatalities == 18
    assert primaries["01-lima-rescue.md"].arrested is None  # "hostages held there" is no arrest


def test_actors(primaries):
    assert {a.name for a in primaries["02-lima-massacre.md"].source} == {"Military Forces of Peru"}
    assert primaries["04-minsk-arrests.md"].source[0].sector == "COP"
    accord = primaries["06-colombia-farc-accord.md"]  # the second side of the signing is its target
    assert [a.country for a in accord.source] == ["COL"] and {a.name for a in accord.target} >= {"FARC"}
    assert primaries["08-tottenham-riot.md"].source[0].inter == 5
    assert [a.sector for a in primaries["07-basilan-clash.md"].source] == ["MIL"]  # the soldiers who fell
    assert [a.name for a in primaries["12-syria-earthquake-aid.md"].source] == ["UN"]


def test_a_ministers_surname_places_no_event(pipeline):
    """ "Education Minister Maria de Lurdes Rodrigues" once put the march's later events on the island
    of Rodrigues (Mauritius)."""
    doc = next(iter(read_inputs([str(NEWS / "03-lisbon-teachers-march.md")])))
    countries = {e.location.country for e in pipeline.code(doc) if e.location is not None}
    assert countries == {"PRT"}
