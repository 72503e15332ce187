"""Round arms40: an armed side's war material (tanks, armoured vehicles, military trucks, guns) destroyed by
another armed side is fighting between the two, Battles / Armed clash in ACLED's terms, not the property
destruction of a strategic development. Sentences written for the test, with controls that must not change:
a remote weapon told keeps its own type, caches and civilian property stay what they were."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _acled(pipeline, text: str) -> tuple[str | None, str | None]:
    """The ACLED event and sub-event type of the text's primary event."""
    primary = next((e for e in pipeline.code(document_from_text(text, doc_id="arms40")) if e.primary), None)
    acled = (primary.acled or {}) if primary is not None else {}
    return acled.get("event_type"), acled.get("sub_event_type")


@pytest.mark.parametrize("text", [
    "On 12 March 2022, Ukrainian forces destroyed two Russian tanks near Brovary (Kyiv).",
    "Ukrainian troops destroyed a Russian armoured personnel carrier near Kherson on Tuesday.",
    "On 9 May 2020, Houthi forces destroyed a military vehicle of pro-Hadi forces in Sirwah (Marib).",
    "On 2 June 2021, Tigrayan forces destroyed several Ethiopian army trucks near Samre (Tigray).",
    "Azerbaijani forces destroyed an Armenian howitzer in Nagorno-Karabakh on Sunday, the ministry said.",
])
def test_war_material_destroyed_by_the_enemy_is_a_clash(pipeline, text: str) -> None:
    assert _acled(pipeline, text) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text, expected", [
    # a remote weapon told keeps its own type
    ("On 4 May 2022, Russian troops destroyed a Ukrainian howitzer near Bakhmut using a drone.",
     ("Explosions/Remote violence", "Air/drone strike")),
    # a weapons cache destroyed is a disrupted weapons use
    ("On 4 May 2020, the Algerian army destroyed a weapons cache near Lakhdaria (Bouira).",
     ("Strategic developments", "Disrupted weapons use")),
    # houses of a party's members destroyed by a militia stay property destruction
    ("On 2 May 2020, Imbonerakure members destroyed four houses of CNL members in Kinyovu (Ngozi).",
     ("Strategic developments", "Looting/property destruction")),
    # a telecom mast destroyed by militants is no war material of an armed side
    ("On 9 May 2020, Al Shabaab militants destroyed a telecom mast in Bakool.",
     ("Strategic developments", "Looting/property destruction")),
])
def test_other_destruction_keeps_its_type(pipeline, text: str, expected: tuple[str, str]) -> None:
    assert _acled(pipeline, text) == expected
