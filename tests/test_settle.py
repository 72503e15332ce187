"""The process settles once: what is loaded is moved out of the garbage collector's way."""

from __future__ import annotations

import gc

import chronica.settle as settle_module


def test_settle_freezes_once_and_can_be_turned_off(monkeypatch):
    monkeypatch.setattr(settle_module, "_settled", False)
    monkeypatch.setenv("CHRONICA_GC_FREEZE", "0")
    assert settle_module.settle() is False
    monkeypatch.delenv("CHRONICA_GC_FREEZE")
    kept = [object() for _ in range(10)]
    assert settle_module.settle() is True
    assert gc.get_freeze_count() >= len(kept)
    assert settle_module.settle() is False  # once per process


def test_the_pipeline_settles_after_its_first_documents(pipeline, monkeypatch):
    from chronica.ingest import document_from_text

    calls = []
    monkeypatch.setattr("chronica.pipeline.settle", lambda: calls.append(1))
    monkeypatch.setattr(pipeline, "_coded", 0)
    for i in range(settle_module.AFTER_DOCUMENTS + 3):
        pipeline.code(document_from_text(f"Police arrested {i + 2} protesters in Nairobi.", doc_id=f"s{i}"))
    assert calls == [1]
