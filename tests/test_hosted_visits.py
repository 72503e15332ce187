"""A visit told by its host: PLOVER 2.0 makes the visitor the actor and the host the recipient, so
"X hosted Y" is coded as "Y visited X" is (CONSULT visit, CAMEO 042 from the visitor)."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


@pytest.fixture(scope="module")
def primary_of(pipeline):
    def code(text: str):
        events = pipeline.code(document_from_text(text, doc_id="t", published="2021-03-02"))
        return next(e for e in events if e.primary)
    return code


def countries(actors) -> list[str | None]:
    return [a.country for a in actors]


@pytest.mark.parametrize(("text", "visitor", "host"), [
    ("Japan's prime minister hosted his Indian counterpart in Tokyo on Monday for talks on trade.",
     "IND", "JPN"),
    ("President Museveni received the Kenyan foreign minister at State House in Entebbe on Tuesday.",
     "KEN", "UGA"),
    ("The Kenyan foreign minister was received by President Museveni in Entebbe on Tuesday.", "KEN", "UGA"),
    ("Qatar played host to a delegation of Afghan negotiators in Doha on Saturday.", "AFG", "QAT"),
    ("Chile's president hosted Argentina's foreign minister in Santiago.", "ARG", "CHL"),
])
def test_the_visitor_acts_and_the_host_receives(primary_of, text: str, visitor: str, host: str) -> None:
    event = primary_of(text)
    assert event.plover["type"] == "CONSULT"
    assert countries(event.source)[:1] == [visitor]
    assert countries(event.target)[:1] == [host]
    assert event.cameo["code"] == "042"  # make a visit: from the visitor


def test_a_visit_told_either_way_is_one_dyad(primary_of) -> None:
    hosted = primary_of("Oman's foreign minister hosted his Iranian counterpart in Muscat on Thursday.")
    visited = primary_of("Iran's foreign minister visited his Omani counterpart in Muscat on Thursday.")
    assert (countries(hosted.source)[:1], countries(hosted.target)[:1]) == (["IRN"], ["OMN"])
    assert (countries(visited.source)[:1], countries(visited.target)[:1]) == (["IRN"], ["OMN"])


@pytest.mark.parametrize("text", [
    "Turkey hosted talks between the two sides on Friday.",
    "The talks were hosted by Qatar on Friday.",
])
def test_a_hosted_meeting_names_no_visitor(primary_of, text: str) -> None:
    event = primary_of(text)
    assert event.plover["type"] == "CONSULT"
    assert "TUR" not in countries(event.target) and "QAT" not in countries(event.target)
