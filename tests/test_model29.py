"""The ACLED model's features of round model29: pairs of neighbouring lemmas of the lead, and a
deterministic training. Texts are our own."""

from __future__ import annotations

import pytest

from chronica.classify.features import CONTENT_POS_WORDS, features
from chronica.classify.train import fit


def _logged(pipeline, text: str) -> dict[str, float]:  # noqa: ANN001
    """The model's features of a text as the pipeline makes them."""
    from chronica.ingest import document_from_text

    saved = pipeline.feature_log
    pipeline.feature_log = []
    try:
        pipeline.code(document_from_text(text, doc_id="m29"))
        return pipeline.feature_log[-1][1]
    finally:
        pipeline.feature_log = saved


def test_pairs_of_neighbouring_lemmas() -> None:
    f = features([], ["gunman", "set", "fire", "market"], None)
    assert {"b=gunman_set", "b=set_fire", "b=fire_market"} <= set(f)
    assert "w=fire" in f  # the single lemmas stay


def test_no_pair_from_a_single_lemma() -> None:  # control: one content word makes no pair
    f = features([], ["protest"], None)
    assert not any(k.startswith("b=") for k in f)


def test_no_pair_past_the_lead() -> None:  # control: lemmas past the lead's limit make no pair
    lemmas = [f"word{i}" for i in range(CONTENT_POS_WORDS + 5)]
    f = features([], lemmas, None)
    assert sum(k.startswith("b=") for k in f) == CONTENT_POS_WORDS - 1
    assert f"b=word{CONTENT_POS_WORDS - 1}_word{CONTENT_POS_WORDS}" not in f


@pytest.mark.parametrize(("text", "pair"), [
    ("On 12 March 2021, armed men set fire to a market stall in Kano (Kano Municipal, Kano). "
     "No casualties were reported.", "b=set_fire"),
    ("On 4 June 2021, villagers blocked the main road in Kisumu (Kisumu Central, Kisumu) to demand "
     "street lights.", "b=block_main"),
])
def test_pairs_from_a_coded_note(pipeline, text: str, pair: str) -> None:  # noqa: ANN001
    f = _logged(pipeline, text)
    assert pair in f


def test_pairs_from_news_text(pipeline) -> None:  # noqa: ANN001
    f = _logged(pipeline, "NAIROBI, June 4 (Reuters) - Police fired tear gas at hundreds of traders who "
                          "protested against new market fees in the Kenyan capital on Friday.")
    assert "b=tear_gas" in f
    assert "note_form" not in f  # news: the model may not overrule the rules' event type


def _toy_data() -> tuple[list[dict[str, float]], list[str]]:
    feats, labels = [], []
    for i in range(30):
        kind = i % 3
        f = {"bias": 1.0, f"class={['protest', 'shoot', 'bomb'][kind]}": 1.0, f"w=x{i % 5}": 1.0,
             f"b=k{kind}_x": 1.0}
        feats.append(f)
        labels.append(["Peaceful protest", "Armed clash", "Remote explosive/landmine/IED"][kind])
    return feats, labels


def test_training_is_deterministic() -> None:
    parents = {"Peaceful protest": "Protests", "Armed clash": "Battles",
               "Remote explosive/landmine/IED": "Explosions/Remote violence"}
    feats, labels = _toy_data()
    first = fit(feats, labels, parents)
    assert first.to_json() == fit(feats, labels, parents).to_json()
    assert any(name.startswith("b=") for name in first.weights)  # the pairs are learnt from
