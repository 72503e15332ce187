"""Keep the garbage collector off what the pipeline loads once.

A coding process holds hundreds of thousands of long-lived objects: the spaCy models, the
gazetteer, the actor and trigger lexicons and their caches. Python's cyclic collector walks all of
them on every full collection, about 0.15 s each here, which came to some 8% of the time spent coding
1,000 ACLED notes. :func:`settle` runs once per process, after the pipeline has coded its first
documents (when the lazily built tables exist): one full collection, then ``gc.freeze()``, which
moves every object alive at that moment to a generation the collector no longer visits. Objects made
later are collected as usual, but the youngest generation is collected after 100,000 new container
objects instead of Python's 700: a document's coding makes and frees hundreds of thousands of small
objects, nearly all freed at once by their reference counts, and the collections in between cost
some 5% of the coding's CPU time for nothing (2.6% with a threshold of 5,000, 2-3% with 10,000 and
about 1% with 100,000, on the 1,000 ACLED notes of ``benchmarks/coder_speed.py``; the collections
found no garbage at all: what outlives a document is the lookups' caches). Set
``CHRONICA_GC_FREEZE=0`` to leave the collector as it is (for a host process whose own objects should
stay collectable).
"""

from __future__ import annotations

import gc
import os

AFTER_DOCUMENTS = 32  # documents coded before the process settles
YOUNG_THRESHOLD = 100_000  # new container objects between two collections of the youngest generation
_settled = False


def settle() -> bool:
    """Freeze what is alive now, once per process; True when this call did it."""
    global _settled
    if _settled or os.environ.get("CHRONICA_GC_FREEZE", "1") == "0":
        return False
    _settled = True
    gc.collect()
    gc.freeze()
    young, middle, old = gc.get_threshold()
    if young:  # 0: the host turned automatic collection off; left so
        gc.set_threshold(max(YOUNG_THRESHOLD, young), middle, old)
    return True
