"""The event's own place in wire wording: a town a type word introduces after a region ("the West Bank
city of Nablus"), a nationality before a town's type word ("the Syrian city of Aleppo"), a capital that
speaks for its government ("after Madrid criticised ..."). Sentences written for these tests."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


@pytest.fixture(scope="module")
def place_of(pipeline):
    def run(text: str):
        events = pipeline.code(document_from_text(text, doc_id="t"))
        main = next(e for e in events if e.primary)
        return main.location.name if main.location else None, main.location.country if main.location else None

    return run


@pytest.mark.parametrize("text, name, country", [
    ("Israeli troops shot dead two gunmen during a raid in the occupied West Bank city of Nablus on Tuesday.",
     "Nablus", "PSE"),
    ("Clashes erupted overnight in the northern Syrian city of Aleppo, a monitoring group said.",
     "Aleppo", "SYR"),
    ("Police fired tear gas at protesters in the Kenyan port city of Mombasa on Friday.", "Mombasa", "KEN"),
    ("Militants attacked a checkpoint in the northern Iraqi city of Mosul, killing two policemen.",
     "Mosul", "IRQ"),
    ("CARACAS - Venezuela expelled the Spanish ambassador on Wednesday after Madrid criticised the vote.",
     "Caracas", "VEN"),
    ("ANKARA - Turkey summoned the Swedish envoy on Monday after Stockholm allowed a protest.",
     "Ankara", "TUR"),
])
def test_event_place(place_of, text: str, name: str, country: str) -> None:
    assert place_of(text) == (name, country)
