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


def test_settling_collects_the_young_generation_less_often(monkeypatch):
    """After settling, the youngest generation is collected after YOUNG_THRESHOLD new objects (not 700);
    turned off, the collector keeps the host's thresholds."""
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        monkeypatch.setattr(settle_module, "_settled", False)
        monkeypatch.setenv("CHRONICA_GC_FREEZE", "0")
        assert settle_module.settle() is False
        assert gc.get_threshold() == (700, 10, 10)
        monkeypatch.delenv("CHRONICA_GC_FREEZE")
        assert settle_module.settle() is True
        assert gc.get_threshold() == (settle_module.YOUNG_THRESHOLD, 10, 10)
        monkeypatch.setattr(settle_module, "_settled", False)
        gc.set_threshold(0, 10, 10)  # a host that turned automatic collection off keeps it off
        assert settle_module.settle() is True
        assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*before)
