"""Matrix products for spaCy's models through numpy's BLAS, on one thread.

thinc's CPU backend multiplies matrices with the ``blis`` package. On the machines chronica was
measured on, the ``blis`` wheel's kernels ran the pipeline's products (a few thousand token rows
by 64-384 columns) about three times slower than the OpenBLAS that ships inside numpy's wheel,
and the products are about 40% of the tagger, parser and NER's time. :class:`BlasOps` is thinc's
numpy backend with only ``gemm`` changed to ``numpy.matmul``; the models, their weights and the
arithmetic (float32 products) are the same, and the tests check that the analyses match the
stock backend's token by token.

OpenBLAS would start a thread per core for products this size, which on a loaded machine (or
with one chronica worker per core) made parsing twice as slow: :func:`one_blas_thread` limits
BLAS to one thread in the process that loads the pipeline. Scale out with worker processes.
"""

from __future__ import annotations

from functools import cache

import numpy as np
from thinc.api import NumpyOps, registry

NAME = "chronica_blas"


@registry.ops("ChronicaBlasOps")
class BlasOps(NumpyOps):
    """thinc's numpy backend with matrix products through numpy (OpenBLAS) instead of blis."""

    name = NAME

    def gemm(self, x: np.ndarray, y: np.ndarray, out: np.ndarray | None = None,
             trans1: bool = False, trans2: bool = False) -> np.ndarray:
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return np.matmul(a, b)
        np.matmul(a, b, out=out)
        return out


@cache
def one_blas_thread() -> None:
    """Limit the BLAS libraries loaded in this process to one thread (done once)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
