"""Round riots41: an unarmed crowd that sets on police officers or soldiers is mob violence, not a battle;
lethal force against a protest stays excessive force; "beat a man accused of theft to death" counts one dead;
petty thieves a crowd sets on are suspected wrongdoers; and harm done by someone "after a crash" is no
accident. Sentences written for the test, with controls that must not change."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text
from chronica.ontology.acled import CROWD_ON_FORCES


def _primary(pipeline, text: str):
    return next((e for e in pipeline.code(document_from_text(text, doc_id="riots41")) if e.primary), None)


def _acled(pipeline, text: str) -> tuple[str | None, str | None]:
    """The ACLED event and sub-event type of the text's primary event."""
    primary = _primary(pipeline, text)
    acled = (primary.acled or {}) if primary is not None else {}
    return acled.get("event_type"), acled.get("sub_event_type")


@pytest.mark.parametrize("text", [
    "Angry residents beat two policemen in Kisumu on Sunday after a boy was hit by a police car.",
    "Villagers attacked soldiers at a checkpoint in Goma on Tuesday.",
    "A crowd attacked a traffic police officer in Lagos on Monday.",
])
def test_a_crowd_that_sets_on_the_forces_is_mob_violence(pipeline, text: str) -> None:
    assert _acled(pipeline, text) == ("Riots", "Mob violence")
    assert CROWD_ON_FORCES in _primary(pipeline, text).evidence["acled"]


@pytest.mark.parametrize("text, expected", [
    # armed doers fight the police: a battle
    ("Gunmen attacked a police station in Kano on Monday.", ("Battles", "Armed clash")),
    # a crowd that sets on a suspected thief: mob violence, but not on the forces
    ("A mob beat a man accused of theft in Kampala on Saturday.", ("Riots", "Mob violence")),
])
def test_other_attacks_are_not_told_as_set_on_the_forces(pipeline, text: str,
                                                         expected: tuple[str, str]) -> None:
    assert _acled(pipeline, text) == expected
    assert CROWD_ON_FORCES not in (_primary(pipeline, text).evidence.get("acled") or [])


def test_lethal_force_at_a_protest_stays_excessive_force(pipeline) -> None:
    text = "Police shot dead a protester during a peaceful sit-in in Khartoum on Monday."
    assert _acled(pipeline, text) == ("Protests", "Excessive force against protesters")
    assert _primary(pipeline, text).fatalities == 1


@pytest.mark.parametrize("text", [
    "A mob beat a man accused of theft to death in Kampala on Saturday.",
    "Residents lynched a man suspected of stealing a motorcycle to death in Mbale.",
])
def test_to_death_on_the_charge_counts_one_dead(pipeline, text: str) -> None:
    assert _primary(pipeline, text).fatalities == 1


def test_a_death_sentence_is_no_toll(pipeline) -> None:
    primary = _primary(pipeline, "The court sentenced a man accused of murder to death on Monday.")
    assert primary is not None and not primary.fatalities


@pytest.mark.parametrize("word", ["pickpocket", "shoplifter", "carjacker"])
def test_petty_thieves_are_suspected_wrongdoers(pipeline, word: str) -> None:
    text = f"A mob beat a {word} in the market in Nairobi on Friday."
    primary = _primary(pipeline, text)
    assert _acled(pipeline, text) == ("Riots", "Mob violence")
    assert [a.sector for a in primary.target] == ["CRM"]


@pytest.mark.parametrize("text", [
    "A crowd attacked a traffic police officer after a fatal crash in Lagos on Monday.",
    "A police officer was attacked by a crowd after a fatal crash in Lagos on Monday.",
    "Residents set fire to a truck after an accident killed a schoolgirl in Kisii on Monday.",
])
def test_harm_done_after_a_crash_is_violence(pipeline, text: str) -> None:
    assert _acled(pipeline, text) == ("Riots", "Mob violence")


@pytest.mark.parametrize("text", [
    "Two people were injured after a crash on the highway in Lagos on Monday.",
    "A man died after a fall at a construction site in Lagos.",
    "Two people were killed by a falling tree after a storm in Lagos.",
])
def test_harm_from_a_crash_is_still_an_accident(pipeline, text: str) -> None:
    assert _primary(pipeline, text) is None


@pytest.mark.parametrize("text, expected", [
    ("On 14 September 2022, inmates at a prison in Tela rioted and fought among themselves with knives, "
     "killing two.", ("Riots", "Mob violence")),
    ("Prisoners fought among themselves at a jail in Guayaquil on Monday, killing five.",
     ("Riots", "Mob violence")),
    # control: prisoners who riot with a demand make a violent demonstration
    ("On 5 May 2022, inmates rioted at a prison in Tela and burned mattresses, demanding their release.",
     ("Riots", "Violent demonstration")),
])
def test_a_crowd_that_fights_among_themselves_makes_no_demonstration(pipeline, text: str,
                                                                    expected: tuple[str, str]) -> None:
    assert _acled(pipeline, text) == expected
