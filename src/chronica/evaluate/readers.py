"""Reading gold files into plain gold rows: ACLED CSV exports and PLOVER gold-standard JSON.

Nothing here knows the coder; each reader turns one gold file into a list of rows with the text to
code and the gold values to compare with. Country names become ISO 3166-1 alpha-3 codes through
:func:`country_iso3` (pycountry plus the spellings ACLED uses).
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from functools import cache

import pycountry

from chronica.ontology.mapping import codebook

# Spellings that pycountry does not know (ACLED's own, common short names, renamed countries).
# ``None`` marks a name that is ambiguous on its own ("Congo": Republic or Democratic Republic).
COUNTRY_ALIASES: dict[str, str | None] = {
    "congo": None,
    "korea": None,
    "virgin islands": None,
    "democratic republic of congo": "COD",
    "democratic republic of the congo": "COD",
    "dr congo": "COD",
    "drc": "COD",
    "republic of congo": "COG",
    "republic of the congo": "COG",
    "congo-brazzaville": "COG",
    "ivory coast": "CIV",
    "kosovo": "XKX",
    "palestine": "PSE",
    "palestinian territories": "PSE",
    "russia": "RUS",
    "turkey": "TUR",
    "cape verde": "CPV",
    "east timor": "TLS",
    "timor leste": "TLS",
    "micronesia": "FSM",
    "brunei": "BRN",
    "macedonia": "MKD",
    "north macedonia": "MKD",
    "vatican city": "VAT",
    "vatican": "VAT",
    "falkland islands": "FLK",
    "caribbean netherlands": "BES",
    "saint-martin": "MAF",
    "saint martin": "MAF",
    "sint maarten": "SXM",
    "reunion": "REU",
    "saint-barthelemy": "BLM",
    "saint barthelemy": "BLM",
    "aland islands": "ALA",
    "bailiwick of guernsey": "GGY",
    "bailiwick of jersey": "JEY",
    "united states virgin islands": "VIR",
    "british virgin islands": "VGB",
    "eswatini": "SWZ",
    "swaziland": "SWZ",
    "laos": "LAO",
    "vietnam": "VNM",
    "syria": "SYR",
    "iran": "IRN",
    "south korea": "KOR",
    "north korea": "PRK",
    "tanzania": "TZA",
    "bolivia": "BOL",
    "venezuela": "VEN",
    "moldova": "MDA",
    "czech republic": "CZE",
    "czechia": "CZE",
    "gambia": "GMB",
    "the gambia": "GMB",
    "bahamas": "BHS",
    "united states": "USA",
    "united states of america": "USA",
    "usa": "USA",
    "united kingdom": "GBR",
    "uk": "GBR",
    "burma": "MMR",
    "taiwan": "TWN",
}
# Codes in PLOVER gold records that are old CAMEO country codes rather than ISO3.
CAMEO_COUNTRY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
EXTRA_ISO3 = {"XKX"}  # Kosovo: user-assigned, used by ACLED, not in ISO 3166


def _norm(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip(" .,;")
    return text


@cache
def _country_index() -> dict[str, str | None]:
    index: dict[str, str | None] = {}
    short: dict[str, set[str]] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if not value:
                continue
            index[_norm(value)] = c.alpha_3
            if ", " in value:  # "Bolivia, Plurinational State of" -> "bolivia", when unambiguous
                short.setdefault(_norm(value.split(", ")[0]), set()).add(c.alpha_3)
    for name, codes in short.items():
        if name not in index and len(codes) == 1:
            index[name] = next(iter(codes))
    index.update(COUNTRY_ALIASES)
    return index


def country_iso3(name: str | None) -> str | None:
    """ISO alpha-3 of a country name ("Ivory Coast" -> "CIV", "the Philippines" -> "PHL"), or None."""
    if not name:
        return None
    key = _norm(name)
    index = _country_index()
    if key in index:
        return index[key]
    if key.startswith("the ") and key[4:] in index:
        return index[key[4:]]
    return None


def is_iso3(code: str | None) -> bool:
    """Whether ``code`` is an ISO 3166-1 alpha-3 country code (or Kosovo's XKX)."""
    if not code or len(code) != 3:
        return False
    return code.upper() in EXTRA_ISO3 or pycountry.countries.get(alpha_3=code.upper()) is not None


def actor_country(actor: str | None, fallback: str | None = None) -> str | None:
    """The country of an ACLED actor name, else ``fallback`` (the event's country).

    "Protesters (Israel)" -> ISR; "Military Forces of Yemen (2012-)" -> YEM;
    "Unidentified Armed Group (Democratic Republic of Congo)" -> COD (the whole bracket first,
    so that "of Congo" inside it is never read alone); "Mayi Mayi Militia (Charles)" -> fallback.
    """
    if not actor:
        return fallback
    for inner in re.findall(r"\(([^()]*)\)", actor):
        iso = country_iso3(inner)
        if iso:
            return iso
    for match in re.finditer(r"\bof (?=([^()]+))", actor):  # every "of", the words up to a bracket
        iso = country_iso3(match.group(1))
        if iso:
            return iso
    return fallback


def acled_date(value: str | None) -> str | None:
    """ACLED's "9-May-20" (or "09 May 2020", "2020-05-09") as "2020-05-09"; None if unreadable."""
    if not value:
        return None
    value = value.strip()
    for fmt in ("%d-%b-%y", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _int(value: str | None, default: int | None = None) -> int | None:
    try:
        return int(float(value)) if value not in (None, "") else default
    except ValueError:
        return default


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


@dataclass
class AcledGold:
    """One ACLED event: the coder's notes and the gold fields scored."""

    doc_id: str
    text: str
    event_type: str
    sub_event_type: str
    fatalities: int
    date: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    inter1: int | None
    actor1_country: str | None


@dataclass
class GoldActor:
    """A PLOVER gold actor: ``country`` is an ISO3 code, or None for a non-state code (IGO, NGO)."""

    text: str
    code: str
    country: str | None
    sector: str | None


@dataclass
class PloverGold:
    """One PLOVER gold sentence: its type (mapped to PLOVER 2.0) and first actors."""

    doc_id: str
    text: str
    type: str
    older_type: str
    source: GoldActor | None
    target: GoldActor | None


def read_acled(path: str, limit: int | None = None) -> list[AcledGold]:
    """Rows of an ACLED CSV export (columns notes, event_type, ..., iso3), in file order."""
    rows: list[AcledGold] = []
    with open(path, encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if limit is not None and len(rows) >= limit:
                break
            text = (row.get("notes") or "").strip()
            if not text:
                continue
            iso3 = (row.get("iso3") or "").strip().upper()
            if not is_iso3(iso3):  # old exports write Romania as "ROM"
                iso3 = country_iso3(row.get("country")) or iso3 or None
            rows.append(AcledGold(
                doc_id=str(row.get("data_id") or row.get("event_id_cnty") or f"row{i}"),
                text=text,
                event_type=(row.get("event_type") or "").strip(),
                sub_event_type=(row.get("sub_event_type") or "").strip(),
                fatalities=_int(row.get("fatalities"), 0) or 0,
                date=acled_date(row.get("event_date")),
                country=iso3,
                admin1=(row.get("admin1") or "").strip() or None,
                lat=_float(row.get("latitude")),
                lon=_float(row.get("longitude")),
                inter1=_int(row.get("inter1")),
                actor1_country=actor_country(row.get("actor1"), iso3),
            ))
    return rows


def _sector(value: object) -> str | None:
    """The role part of a CAMEO actor code: "GOV" of "GOVMOS", "REF" of "REFafa"; None for "***"."""
    text = str(value or "").strip()
    return text[:3] if len(text) >= 3 and text[:3].isalpha() and text[:3].isupper() else None


def _gold_actor(value: object) -> GoldActor | None:
    if not isinstance(value, list) or not value or not isinstance(value[0], dict):
        return None
    first = value[0]
    code = str(first.get("code") or "").strip().upper()
    code = CAMEO_COUNTRY_CODES.get(code, code)
    return GoldActor(
        text=str(first.get("actorText") or ""),
        code=code,
        country=code if is_iso3(code) else None,
        sector=_sector(first.get("sector")),
    )


def read_plover(path: str, limit: int | None = None) -> list[PloverGold]:
    """Records of a PLOVER gold-standard JSON list, skipping DOCUMENT records and those without text."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    book = codebook()
    rows: list[PloverGold] = []
    for i, rec in enumerate(data):
        if limit is not None and len(rows) >= limit:
            break
        older = str(rec.get("event") or "").strip().upper()
        text = str(rec.get("text") or "").strip()
        if not older or older == "DOCUMENT" or not text:
            continue
        mode = str(rec.get("mode") or "")
        source, target = _gold_actor(rec.get("source")), _gold_actor(rec.get("target"))
        if book.older_swaps_actors(older, mode):
            source, target = target, source
        rows.append(PloverGold(
            doc_id=str(rec.get("id") or f"rec{i}"),
            text=text,
            type=book.plover_of_older(older, mode) or older,
            older_type=older,
            source=source,
            target=target,
        ))
    return rows
