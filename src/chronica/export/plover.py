"""PLOVER export: one PLOVER 2.0 JSON record per line.

Fields follow the PLOVER 2.0 manual's record fields (required: id, date, actor, event; optional:
recipient, event_loc, event_text, quad_code, mode, context, link, text, text_info, cite_info, coder,
coded_date, coded_time, comment, has_event), plus the 2.0 ``size`` object (dead, injured, arrested)
and chronica's ``incident_id``. ``mode`` is a list: the event's mode, then PLOVER's auxiliary modes
for the event's modality (negation, hypothetical, future). ``actor``/``recipient`` are entity
objects: entity_text (the words), entity_name (the canonical name), code (ISO alpha-3 country),
sector (CAMEO/PLOVER role code), acled_actor and inter.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from importlib import resources
from typing import IO, TYPE_CHECKING, Any

from chronica import __version__, yamlio
from chronica.export.tables import records
from chronica.store import Store

if TYPE_CHECKING:
    from chronica.export import ExportFilter


@cache
def plover_quads() -> dict[str, int]:
    """PLOVER type -> PLOVER quad class, from the ontology's class table."""
    try:
        text = resources.files("chronica.ontology").joinpath("data", "classes.yaml").read_text("utf-8")
        return {str(k): int(v) for k, v in (yamlio.safe_load(text).get("plover_types") or {}).items()}
    except (OSError, AttributeError, TypeError, ValueError):
        return {}


def _entity(actor: dict[str, Any]) -> dict[str, Any]:
    return {"entity_text": actor.get("text"), "entity_name": actor.get("name"), "code": actor.get("country"),
            "sector": actor.get("sector"), "acled_actor": actor.get("acled_actor"),
            "inter": actor.get("inter")}


def record(rec: dict[str, Any], doc: dict[str, Any]) -> dict[str, Any]:
    """One chronica event record as a PLOVER 2.0 record."""
    mod = rec.get("modality") or {}
    modes = [rec["plover"]["mode"]] if rec["plover"].get("mode") else []
    modes += [aux for key, aux in (("negated", "negation"), ("hypothetical", "hypothetical"),
                                   ("future", "future")) if mod.get(key)]
    loc = rec.get("location")
    coded = doc.get("coded_at")
    coded = coded if isinstance(coded, dt.datetime) else None
    out: dict[str, Any] = {
        "id": rec["event_id"],
        "date": rec["date"]["value"],
        "actor": [_entity(a) for a in rec.get("source") or []],
        "recipient": [_entity(a) for a in rec.get("target") or []],
        "event": rec["plover"]["type"],
        "mode": modes,
        "context": [],
        "has_event": not (mod.get("negated") or mod.get("hypothetical")),
        "event_text": rec["trigger"]["text"],
        "quad_code": plover_quads().get(rec["plover"]["type"]),
        "event_loc": None if not loc else {
            "text": loc.get("text"), "name": loc.get("name"), "geonameid": loc.get("geonameid"),
            "country": loc.get("country"), "admin1": loc.get("admin1"), "lat": loc.get("lat"),
            "lon": loc.get("lon"), "precision": loc.get("precision"),
        },
        "size": {"dead": rec.get("fatalities"), "injured": rec.get("injured"),
                 "arrested": rec.get("arrested")},
        "link": doc.get("url"),
        "text": rec.get("text"),
        "text_info": {"doc_id": rec["doc_id"], "sentence": rec.get("sentence"),
                      "trigger_start": rec["trigger"].get("start"), "trigger_end": rec["trigger"].get("end"),
                      "date_precision": rec["date"].get("precision"), "date_basis": rec["date"].get("basis")},
        "cite_info": {"publication": doc.get("publication"), "published": doc.get("published"),
                      "title": doc.get("title"), "url": doc.get("url")},
        "coder": f"chronica {__version__}",
        "coded_date": coded.date().isoformat() if coded else None,
        "coded_time": coded.time().replace(microsecond=0).isoformat() if coded else None,
        "comment": "reported speech" if mod.get("reported") else "",
        "incident_id": rec.get("incident_id"),
    }
    return out


def write(store: Store, out: IO[str], filters: ExportFilter) -> int:
    n = 0
    for rec, doc in records(store, filters):
        out.write(json.dumps(record(rec, doc), ensure_ascii=False) + "\n")
        n += 1
    return n
