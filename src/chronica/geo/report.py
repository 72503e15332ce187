"""``chronica places``: every place name of a text, resolved (geoparsing on its own).

>>> print(places_report("Gunmen killed six people in Celaya (Guanajuato) on Sunday.", as_json=False))
"""

from __future__ import annotations

import json
from functools import cache

from chronica.geo import Geocoder
from chronica.geo.resolve import is_qualifier
from chronica.record import Place

PRECISION = {1: "town", 2: "district", 3: "region", 4: "country"}
COLUMNS = ("span", "text", "name", "geonameid", "lat", "lon", "country", "admin1", "precision")


@cache
def _geocoder() -> Geocoder:
    return Geocoder()


def places_of(text: str, adjectives: bool = True, home: str | None = None) -> list[tuple[Place, bool]]:
    """The resolved places of ``text`` in order, each with whether it qualifies the place before
    it ("Guanajuato" in "Celaya (Guanajuato)"); with ``adjectives`` (the default), demonyms too;
    ``home``: the source's home area ("Louisiana, US"; ``Geocoder.places``)."""
    from chronica import nlp

    places = _geocoder().places(nlp.load()(text), adjectives=adjectives, home=home)
    demonyms = getattr(places, "demonyms", frozenset())
    names = [p for p in places if (p.start, p.end) not in demonyms]  # "Baghdad, Iraqi police": none
    flags = {id(p): is_qualifier(text, names, i) for i, p in enumerate(names)}
    return [(p, flags.get(id(p), False)) for p in places]


def record(place: Place, qualifier: bool) -> dict:
    """One place as a JSON-ready dict: the words and their character span, the GeoNames entry
    (id, name, coordinates, ISO alpha-3 country, first-order region) and the precision code."""
    return {"text": place.text, "start": place.start, "end": place.end, "name": place.name,
            "geonameid": place.geonameid, "lat": place.lat, "lon": place.lon,
            "country": place.country, "admin1": place.admin1, "precision": place.precision,
            "qualifier": qualifier}


def places_report(text: str, as_json: bool, adjectives: bool = True, home: str | None = None) -> str:
    """Every resolved place name of ``text``: JSON lines with ``as_json``, else a table. Spans are
    character offsets into ``text`` as given; ``home`` as for ``places_of``."""
    rows = [record(p, q) for p, q in places_of(text, adjectives, home)]
    if as_json:
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if not rows:
        return "no places found\n"
    table = [COLUMNS]
    for r in rows:
        prec = f"{r['precision']} {PRECISION.get(r['precision'], '')}".strip()
        if r["qualifier"]:
            prec += " (qualifier)"
        table.append((f"{r['start']}-{r['end']}", r["text"], r["name"] or "-",
                      str(r["geonameid"] or "-"), f"{r['lat']:.4f}", f"{r['lon']:.4f}",
                      r["country"] or "-", r["admin1"] or "-", prec))
    widths = [max(len(row[i]) for row in table) for i in range(len(COLUMNS))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
             for row in table]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"
