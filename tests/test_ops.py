"""Matrix products through numpy's BLAS give the analyses of thinc's stock backend."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import spacy
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from chronica.nlp import MODEL
from chronica.ops import BlasOps

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "news"


def _analysis(doc) -> list[tuple]:  # noqa: ANN001 - a spaCy Doc
    return [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]


@pytest.mark.parametrize(("trans1", "trans2"), [(False, False), (True, False), (False, True), (True, True)])
def test_products_match_the_stock_backend(trans1, trans2):
    rng = np.random.default_rng(7)
    x = rng.random((40, 96) if not trans1 else (96, 40), dtype=np.float32)
    y = rng.random((96, 64) if not trans2 else (64, 96), dtype=np.float32)
    want = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    got = BlasOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert got.dtype == np.float32 and got.shape == (40, 64)
    np.testing.assert_allclose(got, want, rtol=1e-5)
    out = np.zeros((40, 64), dtype=np.float32)
    assert BlasOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    np.testing.assert_allclose(out, want, rtol=1e-5)


def test_the_shared_pipeline_parses_as_the_stock_backend_does(nlp):
    stock = spacy.load(MODEL, exclude=["senter", "attribute_ruler", "lemmatizer"])
    assert isinstance(nlp.get_pipe("ner").model.ops, BlasOps)
    assert not isinstance(stock.get_pipe("ner").model.ops, BlasOps)
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.md"))]
    compared = 0
    for ours, theirs in zip(nlp.pipe(texts), stock.pipe(texts), strict=True):
        assert _analysis(ours) == _analysis(theirs)
        compared += len(ours)
    assert compared > 2000


def test_numpys_blas_runs_on_one_thread_once_the_pipeline_is_loaded(nlp):
    blas = [lib for lib in threadpool_info() if lib["user_api"] == "blas"]
    numpys = [lib for lib in blas if "numpy" in lib["filepath"]] or blas  # others load later (scipy)
    assert numpys and all(lib["num_threads"] == 1 for lib in numpys)
