"""Short news snippets of the kinds a geocoder gets wrong (tests/data/geo_audit.yaml): US local
news with a town named bare, names the small model mislabels, namesakes, Tripoli, regions named
without their country, disputed areas, everyday words that are also towns, continents. A null
country expects an area of no one country ("Europe")."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml

from chronica.geo import Geocoder

CASES = yaml.safe_load((Path(__file__).parent / "data" / "geo_audit.yaml").read_text(encoding="utf-8"))


def _fold(text: str | None) -> str:
    return unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()


def _checks() -> list:
    out = []
    for n, case in enumerate(CASES):
        marks = _known_miss(case)
        for name, iso3, admin1, *gid in case.get("expect", []):
            out.append(pytest.param(case["text"], name, iso3, admin1, gid[0] if gid else None, marks=marks,
                                    id=f"{n}-{name}"))
        for name in case.get("absent", []):
            out.append(pytest.param(case["text"], name, "", None, None, marks=marks, id=f"{n}-not-{name}"))
    return out


def _events() -> list:
    return [pytest.param(case["text"], *case["event"], id=f"{n}-event", marks=_known_miss(case))
            for n, case in enumerate(CASES) if "event" in case]


def _known_miss(case: dict) -> list:
    """A known gap: a strict expected failure (a check that starts passing must lose its mark)."""
    miss = case.get("known_miss")
    if not miss:
        return []
    return [pytest.mark.xfail(reason=miss if isinstance(miss, str) else "known miss", strict=True)]


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder()


@pytest.mark.parametrize(("text", "name", "iso3", "admin1", "geonameid"), _checks())
def test_audit(geo, nlp, text, name, iso3, admin1, geonameid):
    hits = [p for p in geo.places(nlp(text), adjectives=False) if p.text == name]  # place names only
    if iso3 == "":
        assert not hits, f"{name!r} is no place here: {hits}"
        return
    assert hits, f"{name!r} not found"
    for p in hits:
        assert p.country == iso3, (p.name, p.country, p.admin1)
        if admin1 is not None:
            assert _fold(p.admin1) == _fold(admin1), (p.name, p.country, p.admin1)
        if geonameid is not None:
            assert p.geonameid == geonameid, (p.name, p.geonameid)


@pytest.mark.parametrize(("text", "iso3", "admin1"), _events())
def test_event_place(pipeline, text, iso3, admin1):
    """The primary event's place: "Germany sent aid to Turkey" happened in Turkey."""
    from chronica.ingest import document_from_text

    events = pipeline.code(document_from_text(text, doc_id="geo-audit"))
    primary = next((e for e in events if e.primary), None)
    assert primary is not None, "no event"
    place = primary.location
    assert (place.country if place else None) == iso3, place
    if admin1 is not None:
        assert _fold(place.admin1) == _fold(admin1), place
