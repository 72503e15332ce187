"""The places stage: find toponyms in a document and resolve them to GeoNames places.

>>> g = Geocoder()
>>> g.lookup("Lima")[0].country
'PER'
"""

from __future__ import annotations

from chronica.geo import resolve as _resolve
from chronica.geo.gazetteer import COUNTRY, Gazetteer, norm
from chronica.record import Place

__all__ = ["Geocoder"]


class Geocoder:
    """Gazetteer lookups and in-context toponym resolution."""

    def __init__(self, cities: str = "cities1000", rebuild: bool = False) -> None:
        self.gaz = Gazetteer.load(cities, rebuild=rebuild)
        self.demonyms = _demonyms(self.gaz)

    def lookup(self, name: str) -> list[Place]:
        """Candidates for a name, best first by prior (population, countries and capitals up)."""
        return [_resolve.to_place(e, name) for e, _ in self.gaz.candidates(name)]

    def places(self, doc) -> list[Place]:
        """Every toponym of a spaCy Doc, resolved in context, sorted by start offset."""
        found, nations = _resolve.mentions(doc, self.gaz, self.demonyms)
        return _resolve.resolve(found, nations, self.gaz)

    def focus(self, places: list[Place]) -> str | None:
        """The document's main country (ISO alpha-3), or None."""
        return _resolve.focus(places)


def _demonyms(gaz: Gazetteer) -> dict[str, str]:
    """Demonym (normalised) -> ISO3: listed ones, else matched to a country name by prefix."""
    from chronica.geo.gazetteer import _aliases

    listed = {norm(k): v for k, v in (_aliases().get("demonyms") or {}).items()}
    names = [(k, gaz.entries[i].iso3) for k, ids in gaz.index.items() for i in ids[:1]
             if i >= 0 and gaz.entries[i].kind == COUNTRY]
    out: dict[str, str] = {}
    for suffix in ("", "ian", "ean", "an", "ese", "i", "n"):
        for k, iso in names:
            if " " in k:
                continue
            stem = k[:-1] if k[-1] in "aeoy" else k
            out.setdefault(stem + suffix, iso)
            if suffix:
                out.setdefault(k + suffix, iso)
    out.update(listed)
    return out
