"""The rules of the sixteenth ACLED round, each in minimal pairs of sentences written for this test:
a chemical payload types its delivery, harm told as a mishap's outcome and a blaze that broke out are
no attacks, a score with a win makes violent words a game, a film is shot and workers are fired,
militants are "neutralised", goods "made off with" make a raid looting, and a gathering broken up is a
protest met by intervention."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _primary(pipeline, text: str):  # noqa: ANN001, ANN202
    events = pipeline.code(document_from_text(text, doc_id="wire-rules"))
    return next((e for e in events if e.primary), None)


def _sub(pipeline, text: str) -> str | None:  # noqa: ANN001
    ev = _primary(pipeline, text)
    return None if ev is None or ev.acled is None else ev.acled["sub_event_type"]


@pytest.mark.parametrize("text, sub", [
    ("Army helicopters dropped bombs filled with chlorine on the village of Kafr Nabl, medics said.",
     "Chemical weapon"),
    ("Army helicopters dropped bombs on the village of Kafr Nabl, medics said.", "Air/drone strike"),
    ("Rebels fired artillery shells loaded with a nerve agent at the army barracks, officials said.",
     "Chemical weapon"),
    ("Rebels fired artillery shells at the army barracks, officials said.",
     "Shelling/artillery/missile attack"),
    ("Insurgents lobbed mortar bombs at the police headquarters in the town overnight.",
     "Shelling/artillery/missile attack"),
])
def test_the_payload_or_the_weapon_types_the_delivery(pipeline, text, sub):
    assert _sub(pipeline, text) == sub


@pytest.mark.parametrize("text", [
    "A minibus plunged off a bridge into the river, killing nine passengers, police said.",
    "A gas cylinder exploded at a bakery in the market, injuring four workers, firefighters said.",
    "A fire broke out at a warehouse near the docks on Monday; no one was hurt.",
    "The Rovers' attack cut through the visitors' defence as they won 5-0 at home on Saturday.",
    "The film crew shot the movie in the desert over six weeks.",
    "The carmaker fired 1,200 workers at its factory in Michigan on Friday.",
    "Thieves broke into the pharmacy and made off with cash and medicines, police said.",
    "Shoppers stormed the mall when the doors opened for the holiday sale.",
    "The senator launched a scathing attack on the governor during a town hall meeting.",
    "The ruling sparked an explosion of anger among fans of the club.",
    "The studio's big summer sequel bombed at the box office.",
])
def test_everyday_senses_are_no_acled_event(pipeline, text):
    ev = _primary(pipeline, text)
    assert ev is None or ev.acled is None, ev.acled


@pytest.mark.parametrize("text, sub", [
    ("A car packed with explosives exploded outside the ministry, killing nine people, police said.",
     "Remote explosive/landmine/IED"),
    ("Gunmen opened fire on a minibus at a roadblock, killing nine passengers, police said.", "Attack"),
    ("Jets bombed the rebel-held town at dawn, residents said.", "Air/drone strike"),
    ("Fire broke out between the two armed groups near the market, leaving four fighters dead.",
     "Armed clash"),
])
def test_violence_beside_those_senses_is_still_coded(pipeline, text, sub):
    assert _sub(pipeline, text) == sub


@pytest.mark.parametrize("text, sub", [
    ("The army said its soldiers had neutralised nine jihadists in the forest near the border.",
     "Armed clash"),
    ("Bandits raided a hamlet and made off with dozens of goats, villagers said.",
     "Looting/property destruction"),
    ("Kidnappers snatched a doctor from his clinic in the town on Monday night, police said.",
     "Abduction/forced disappearance"),
    ("Police broke up a gathering of union members outside the ministry on Tuesday.",
     "Protest with intervention"),
    ("Customs agents intercepted a consignment of rifles hidden in a lorry at the port.",
     "Disrupted weapons use"),
    ("The army established a command post at the entrance of the town, residents said.",
     "Headquarters or base established"),
    ("The two sides agreed to a prisoner exchange under the auspices of the Red Cross.", "Agreement"),
])
def test_wire_wordings_get_their_sub_event(pipeline, text, sub):
    assert _sub(pipeline, text) == sub
