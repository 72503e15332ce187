"""Shared fixtures: the spaCy model and the default pipeline, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"


def shared_file(relative: str) -> Path:
    """A file from ../shared/data, or skip the test when the team's data is not there."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} not present (team data lives outside the repository)")
    return path


@pytest.fixture(scope="session")
def shared():
    """``shared("seed/x.md")``: a path under ../shared/data, skipping the test when it is absent."""
    return shared_file


@pytest.fixture(scope="module")
def resolver():
    """A fresh actor resolver with the packaged dictionaries, one per test module."""
    from chronica.actors import ActorResolver

    return ActorResolver()


@pytest.fixture(scope="session")
def nlp():
    from chronica.nlp import load

    return load()


@pytest.fixture(scope="session")
def pipeline():
    from chronica import default_pipeline

    return default_pipeline()


@pytest.fixture(scope="session")
def events_of(pipeline):
    """``events_of(text, published=None)``: the events of a text coded as one document."""
    from chronica.ingest import document_from_text

    def events(text: str, published: str | None = None):  # noqa: ANN202
        return pipeline.code(document_from_text(text, doc_id="t", published=published))

    return events


@pytest.fixture(scope="session")
def primary_of(events_of):
    """``primary_of(text, published=None)``: the primary event of a text coded as one document, or None."""

    def primary(text: str, published: str | None = None):  # noqa: ANN202
        return next((e for e in events_of(text, published) if e.primary), None)

    return primary


@pytest.fixture(scope="session")
def event_at(events_of):
    """``event_at(text, trigger, published=None)``: the event of a text whose trigger reads ``trigger``."""

    def event(text: str, trigger: str, published: str | None = None):  # noqa: ANN202
        return next(e for e in events_of(text, published) if e.trigger.text == trigger)

    return event


@pytest.fixture(scope="session")
def actor1_of(pipeline):
    """``actor1_of(text)``: ACLED's actor 1 of the story's primary event, as the evaluation scores it."""
    from chronica.evaluate.scores import Prediction, _actor1
    from chronica.ingest import document_from_text

    def actor1(text: str):  # noqa: ANN202
        events = pipeline.code(document_from_text(text))
        return _actor1(Prediction(next(e for e in events if e.primary), events))

    return actor1
