"""Battles and attacks on civilians told apart (round battles34): a Philippine village's captain, chairman and
councillors are local officials (an attack on them is no battle with an army captain). Each rule has controls
where it must not fire. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_riots26 import _acled

VAC = ("Violence against civilians", "Attack")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a barangay captain outside the village hall in Isulan, Sultan Kudarat, police said.",
    "On 3 March 2023, armed men killed a barangay chairman and his son in Pagalungan (Maguindanao).",
    "Two barangay kagawads were shot dead by unidentified gunmen in Carmen, Cotabato, on Friday.",
])
def test_barangay_officials_are_local_officials(primary_of, text: str) -> None:
    event = primary_of(text)
    assert _acled(event) == VAC
    assert any(t.get("sector") == "GOV" or "Government" in (t.get("name") or "")
               for t in _targets(event)), _targets(event)


@pytest.mark.parametrize("text", [
    "Gunmen shot dead an army captain outside his camp in Isulan, Sultan Kudarat, on Tuesday.",
    "Rebels ambushed a patrol led by a police captain in Carmen, Cotabato, killing the captain.",
])
def test_a_captain_of_the_forces_stays_a_battle(primary_of, text: str) -> None:
    assert _acled(primary_of(text)) == CLASH


def _targets(event) -> list[dict]:  # noqa: ANN001
    from chronica.record import to_dict

    return to_dict(event).get("target") or []
