"""Round era49: news of 1979-2005. An office title before a shared surname picks the person who held that
office ("President Clinton" is Bill, "Secretary of State Clinton" Hillary). Sentences written for the test,
with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str, published: str | None = None) -> list:
    return pipeline.code(document_from_text(text, doc_id="era49", published=published))


def _primary(pipeline, text: str, published: str | None = None):
    return next((e for e in _events(pipeline, text, published) if e.primary), None)


@pytest.mark.parametrize("text, published, name", [
    ("President Clinton urged Netanyahu to halt construction of Jewish settlements in East Jerusalem.", None,
     "Bill Clinton"),
    ("President Clinton visited Haiti.", "2010-05-01", "Bill Clinton"),
    ("Prime Minister Bhutto met President Zia in Islamabad.", None, "Benazir Bhutto"),
    # controls
    ("Secretary of State Clinton urged Netanyahu to halt construction of settlements.", None,
     "Hillary Clinton"),
    ("Secretary of State Clinton visited Haiti.", "2010-05-01", "Hillary Clinton"),
    ("Clinton urged Netanyahu to halt construction of Jewish settlements.", None, "Bill Clinton"),
    ("Prime Minister Bhutto met Indian officials.", "1975-05-01", "Zulfikar Ali Bhutto"),
])
def test_a_title_picks_the_holder_of_its_office(pipeline, text, published, name) -> None:
    assert _primary(pipeline, text, published).source[0].name == name


def test_president_zia_is_a_president(pipeline) -> None:
    event = _primary(pipeline, "Prime Minister Bhutto met President Zia in Islamabad.")
    assert event.target[0].name == "Muhammad Zia-ul-Haq"
