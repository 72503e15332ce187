"""chronica: political event data from news text, coded in PLOVER, CAMEO and ACLED.

    >>> import chronica
    >>> events = chronica.code("Police arrested 12 protesters in Minsk on 19 December 2010.")
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from chronica.record import SCHEMA_VERSION, Actor, DateInfo, Document, Event, Place, to_dict

if TYPE_CHECKING:
    from chronica.pipeline import Pipeline

__version__ = "0.1.0"
__all__ = ["SCHEMA_VERSION", "Actor", "DateInfo", "Document", "Event", "Place", "code",
           "default_pipeline", "open_store", "to_dict"]


@cache
def default_pipeline() -> Pipeline:
    """The pipeline with the package's own models and dictionaries, built once. A user's actor
    dictionary (docs/actors.md) is added when the environment variable CHRONICA_ACTORS names it;
    ``--actors FILE`` sets it, so that Dask workers started from the same process read it too.
    Likewise CHRONICA_HOME ("Virginia, US": every source's home area, ``--home``) and
    CHRONICA_LEARN_HOMES (any value: learn each source's home as its articles are coded,
    ``--learn-homes``; docs/places.md)."""
    import os

    from chronica.actors import ActorResolver
    from chronica.geo.home import Learner
    from chronica.pipeline import Pipeline

    pipeline = Pipeline(actors=ActorResolver(extra=os.environ.get("CHRONICA_ACTORS") or None))
    if os.environ.get("CHRONICA_HOME"):
        pipeline.home = pipeline.geocoder.home(os.environ["CHRONICA_HOME"])
    if os.environ.get("CHRONICA_LEARN_HOMES"):
        pipeline.learner = Learner(pipeline.geocoder.gaz)
    return pipeline


def code(text: str, published: str | None = None, doc_id: str | None = None) -> list[dict[str, Any]]:
    """Code one text and return its events as records of the output contract."""
    from chronica.ingest import document_from_text

    document = document_from_text(text, doc_id=doc_id, published=published)
    return [to_dict(ev) for ev in default_pipeline().code(document)]


def open_store(path: str, read_only: bool = True):  # noqa: ANN201 - avoids importing duckdb eagerly
    """Open a chronica database file for analysis.

    The object's ``.events(country=..., since=..., until=..., plover=..., cameo=..., acled=...,
    actor=..., incident=...)``, ``.incidents(...)`` and ``.documents(...)`` return pandas DataFrames;
    ``.event(id)`` and ``.incident(id)`` return one record; ``.store`` is the underlying Store.
    """
    from chronica.store import Database

    return Database(path, read_only=read_only)
