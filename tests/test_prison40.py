"""Round prison40: guards or visitors held by prisoners or inmates are the prisoners' riot (Riots / Mob
violence), not an armed group's abduction nor an arrest; and mercenaries, paratroopers, marines or commandos
who arrive somewhere are a movement of forces. Sentences written for the test, with controls that must not
change."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _acled(pipeline, text: str) -> tuple[str | None, str | None]:
    """The ACLED event and sub-event type of the text's primary event."""
    primary = next((e for e in pipeline.code(document_from_text(text, doc_id="prison40")) if e.primary), None)
    acled = (primary.acled or {}) if primary is not None else {}
    return acled.get("event_type"), acled.get("sub_event_type")


@pytest.mark.parametrize("text", [
    "Prisoners took three guards hostage during a riot at a jail in Honduras on Saturday.",
    "Inmates seized two guards at a prison in Lima on Monday.",
    "On 3 March 2021, inmates held four prison officers hostage at the central prison in Kananga.",
    # no doer named for the hostages, in a report of prisoners rioting
    "On 2 May 2021, prisoners rioted in a jail in Lima. Five prison guards were held hostage for hours.",
])
def test_captives_taken_by_prisoners_are_their_riot(pipeline, text: str) -> None:
    assert _acled(pipeline, text) == ("Riots", "Mob violence")


@pytest.mark.parametrize("text, expected", [
    # captives of an armed group are its abduction
    ("Gunmen abducted two teachers near the prison in Kogi on Monday.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("Rebels held two aid workers hostage in Kidal on Sunday.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    # inmates arrested by the police stay arrests
    ("Police arrested three inmates after a fight in the prison on Friday.",
     ("Strategic developments", "Arrests")),
])
def test_other_captives_keep_their_type(pipeline, text: str, expected: tuple[str, str]) -> None:
    assert _acled(pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hundreds of Wagner mercenaries arrived in the town of Kidal on Wednesday.",
     ("Strategic developments", "Change to group/activity")),
    ("French paratroopers arrived in Bamako on Friday.",
     ("Strategic developments", "Change to group/activity")),
])
def test_forces_that_arrive_move(pipeline, text: str, expected: tuple[str, str]) -> None:
    assert _acled(pipeline, text) == expected


@pytest.mark.parametrize("text, plover", [
    ("Gunmen are holding 30 passengers hostage on a bus near Kano.", "ASSAULT"),
    # controls: people held for questioning are arrested; talks held are a meeting
    ("Police held the suspect for questioning.", "COERCE"),
    ("The rebels held talks with the government on Monday.", "CONSULT"),
])
def test_people_held_hostage(pipeline, text: str, plover: str) -> None:
    primary = next(e for e in pipeline.code(document_from_text(text, doc_id="prison40")) if e.primary)
    assert primary.plover["type"] == plover
