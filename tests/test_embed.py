"""The optional embedding extra (chronica[embed]): off without the extra or when switched off, and with
it, the nearest description of our own news-style sentences is their ACLED type, cached on disk."""

from __future__ import annotations

import pytest

from chronica.classify import embed


def test_switched_off_by_argument_and_environment(monkeypatch):
    assert embed.enabled(False) is False
    monkeypatch.setenv("CHRONICA_EMBED", "0")  # what --no-embed sets
    assert embed.enabled() is False
    assert embed.enabled(True) is False


def test_no_embed_option_sets_the_switch(monkeypatch):
    from chronica.cli import _use_embed

    monkeypatch.delenv("CHRONICA_EMBED", raising=False)
    _use_embed(False)
    import os

    assert os.environ["CHRONICA_EMBED"] == "0"
    monkeypatch.delenv("CHRONICA_EMBED", raising=False)


def test_every_type_has_descriptions():
    from chronica.ontology.mapping import codebook

    subs = {s for subs in codebook().acled_types.values() for s in subs}
    assert set(embed.descriptions("acled")) == subs
    assert len(embed.descriptions("plover")) == 16
    assert all(embed.descriptions("acled")[s] for s in subs)


needs_extra = pytest.mark.skipif(not embed.available(), reason="the embed extra is not installed")


@needs_extra
@pytest.mark.parametrize("text, sub", [
    ("A bomb hidden under a culvert blew apart a minibus on the road to the district town.",
     "Remote explosive/landmine/IED"),
    ("Several thousand teachers walked through the city centre on Friday demanding unpaid salaries.",
     "Peaceful protest"),
    ("Jet fighters pounded hideouts in the hills, the air force said.", "Air/drone strike"),
    pytest.param("Residents caught a suspected thief and beat him to death before police arrived.",
                 "Mob violence", marks=pytest.mark.xfail(strict=True, reason="known: nearest is abduction")),
])
def test_nearest_description_is_the_type(text, sub, tmp_path, monkeypatch):
    monkeypatch.setenv("CHRONICA_EMBED_CACHE", str(tmp_path))
    assert embed.nearest(text, "acled")[0] == sub


@needs_extra
def test_embeddings_are_cached_by_text(tmp_path, monkeypatch):
    monkeypatch.setenv("CHRONICA_EMBED_CACHE", str(tmp_path))
    first = embed.embed(["Gunmen stormed a bank in the provincial capital."])
    assert len(list(tmp_path.glob("*.npy"))) == 1
    again = embed.embed(["Gunmen stormed a bank in the provincial capital."])
    assert (first == again).all() and abs(float((first ** 2).sum()) - 1.0) < 1e-4


MINE_NOTE = ("On 18 June 2023, near Kidal (Kidal), a vehicle of the armed coalition hit a buried mine on "
             "the road.")


def _acled(pipeline, text: str) -> dict | None:
    from chronica.ingest import document_from_text

    primary = next((e for e in pipeline.code(document_from_text(text, doc_id="embed")) if e.primary), None)
    return primary.acled if primary is not None else None


@needs_extra
def test_a_note_the_rules_and_model_leave_untyped_takes_the_nearest_type(pipeline, tmp_path, monkeypatch):
    monkeypatch.setenv("CHRONICA_EMBED_CACHE", str(tmp_path))
    monkeypatch.setattr(pipeline, "embed", True)
    assert _acled(pipeline, MINE_NOTE) == {"event_type": "Explosions/Remote violence",
                                           "sub_event_type": "Remote explosive/landmine/IED"}


def test_switched_off_the_note_stays_untyped_and_news_is_never_typed_by_it(pipeline, monkeypatch):
    monkeypatch.setattr(pipeline, "embed", False)
    assert _acled(pipeline, MINE_NOTE) is None
    # news, not an event note: the extra never types what the rules and the model left untyped
    news = "KIDAL, June 18 - A vehicle of the armed coalition hit a buried mine on the road, officials said."
    without = _acled(pipeline, news)
    monkeypatch.setattr(pipeline, "embed", embed.available())
    assert _acled(pipeline, news) == without
