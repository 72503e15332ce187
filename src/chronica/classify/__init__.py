"""A small linear model that settles the ACLED type of a report's primary event.

Rules find the events, actors and weapons; the model weighs those findings (and a few words of
the event's sentence) to choose among ACLED's 25 sub-event types, where rules alone confuse
battles, attacks on civilians and riots. Trained by ``tools/train_acled.py``; see docs/quality.md.
"""

from chronica.classify.features import features
from chronica.classify.model import AcledModel, load_default

__all__ = ["AcledModel", "features", "load_default"]
