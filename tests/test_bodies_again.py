"""An international body named again by a common noun: "the bloc" after the European Union, "the alliance"
after NATO, "the organisation" after a rights group. The later event is the body's; and "the alliance
condemned ..." is the body acting, not an alliance made. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("The European Union imposed new sanctions on Belarus on Monday. The bloc also froze the assets of 20 "
     "officials.", "froze", "EU"),
    ("NATO defence ministers met in Brussels on Thursday. The alliance pledged more air defence systems for "
     "Ukraine.", "pledged", "NATO"),
    ("The African Union suspended Niger on Friday. The body demanded the release of the detained "
     "president.", "demanded", "AU"),
    ("ECOWAS leaders met in Abuja on Sunday. The bloc threatened to use force unless the junta stepped "
     "down.", "threatened", "ECOWAS"),
])
def test_a_body_named_again_is_the_body(event_at, text: str, trigger: str, name: str) -> None:
    ev = event_at(text, trigger)
    assert [a.name for a in ev.source] == [name]


def test_a_body_noun_takes_no_national_actor(event_at) -> None:
    """Only a body of no country is named again so: "the alliance" after two governments stays unnamed."""
    ev = event_at("Kenya and Uganda signed a trade deal on Monday. The alliance condemned the border "
                  "closure.", "condemned")
    assert not any(a.country in ("KEN", "UGA") for a in ev.source)


@pytest.mark.parametrize("text", [
    "NATO foreign ministers met in Brussels on Tuesday. The alliance condemned Russia for the attack.",
    "The alliance said on Monday that it would send more troops to its eastern flank.",
])
def test_the_alliance_acting_is_not_an_alliance_made(events_of, text: str) -> None:
    assert not any(e.trigger.text == "alliance" for e in events_of(text))


@pytest.mark.parametrize("text", [
    "Russia and China formed an alliance on Friday.",
    "The two countries signed an alliance in Moscow on Friday.",
    "The alliance between the two parties collapsed on Monday.",
])
def test_an_alliance_made_or_broken_stays_an_event(events_of, text: str) -> None:
    assert any(e.plover["type"] == "COOPERATE" for e in events_of(text))
