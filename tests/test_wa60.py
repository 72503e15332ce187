"""West Africa and wire probes (round wa60): bombing by NATO or told as a state's deed with what it struck is
from the air, and a town's name before "bombings" is where, not who; a list of countries that speaks stays
all of them for the "they" of what it says; a named group claiming "the attack" in the next sentence is the
doer of attackers named only by a role word, and its claim is no second attack; foreign men named as the
army's allies take ground back with it; a coup foiled is no coup; a recall of an ambassador announced is that
measure, to come; looters who break in or cart goods away loot; water cannon or tear gas fired at farmers or
teachers meets a crowd. Sentences written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    doc = document_from_text(text, doc_id="wa60", published="2020-01-01")
    return list(pipeline.code(doc))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _acled(ev) -> tuple[str | None, str | None]:
    return (ev.acled or {}).get("event_type"), (ev.acled or {}).get("sub_event_type")


# 1. bombing from the air
@pytest.mark.parametrize("text, word, cameo", [
    ("NATO bombed Serbian army barracks near Nis.", "bombed", "195"),
    ("NATO started bombing Serbia in the spring.", "bombing", "195"),
    ("Belgrade denounced the NATO bombing of the city's bridges.", "bombing", "195"),
    ("The American bombing of Laos lasted nine years.", "bombing", "195"),
    # controls: a bombing with no state nor alliance behind it stays a planted bomb
    ("Three Iraqi bombings killed 40 people in Mosul.", "bombings", "183"),
    ("A bombing at a bus station in Kano killed eight people.", "bombing", "183"),
    ("A suicide bombing at a market in Maiduguri killed five people.", "suicide bombing", "1831"),
])
def test_bombing_from_the_air(pipeline, text: str, word: str, cameo: str) -> None:
    assert _event(pipeline, text, word).cameo["code"] == cameo


@pytest.mark.parametrize("text, word", [
    ("The president blamed Islamist militants for the Tashkent bombings.", "bombings"),
    ("Police arrested two men over the Kabul bombing.", "bombing"),
])
def test_town_before_bombing_is_no_doer(pipeline, text: str, word: str) -> None:
    ev = _event(pipeline, text, word)
    assert all(a.sector != "GOV" for a in ev.source)


# 2. a list of countries speaking for "they"
@pytest.mark.parametrize("text, countries", [
    ("Niger, Mali and Burkina Faso said they were quitting ECOWAS.", {"NER", "MLI", "BFA"}),
    ("The juntas of Niger, Mali and Burkina Faso announced that they were quitting ECOWAS.",
     {"NER", "MLI", "BFA"}),
    ("The governments of Guinea, Mali and Niger left ECOWAS on Monday.", {"GIN", "MLI", "NER"}),
    # control: one speaker stays one
    ("Mali said it was quitting ECOWAS.", {"MLI"}),
])
def test_listed_speakers(pipeline, text: str, countries: set) -> None:
    ev = next(e for e in _events(pipeline, text) if e.plover["type"] == "SANCTION")
    assert {a.country for a in ev.source} == countries


# 3. a claim in the next sentence names the doer
@pytest.mark.parametrize("text, name, events", [
    ("Militants stormed an army post in Menaka, killing 15 soldiers. JNIM claimed responsibility for the "
     "attack.", "JNIM", 1),
    ("Gunmen raided a police station near Dori, killing six officers. Islamic State Sahel Province claimed "
     "responsibility for the raid.", "ISGS", 1),
    # controls: a state force named as the attacker keeps it; no claim keeps the role word
    ("Militants stormed an army post in Menaka, killing 15 soldiers. The army said it repelled the assault.",
     "Rebels (Mali)", 2),
])
def test_claim_names_doer(pipeline, text: str, name: str, events: int) -> None:
    evs = [e for e in _events(pipeline, text) if e.plover["type"] == "ASSAULT"]
    assert evs[0].source[0].name == name
    assert len(evs) == events


# 4. allies beside the army
@pytest.mark.parametrize("text, sub", [
    ("Malian soldiers and their Russian allies captured the town of Anefis on Monday.",
     "Government regains territory"),
    ("The Malian army took control of Anefis on Monday.", "Government regains territory"),
    ("Tuareg rebels and their allies captured the town of Anefis on Monday.",
     "Non-state actor overtakes territory"),
])
def test_allies_regain(pipeline, text: str, sub: str) -> None:
    ev = next(e for e in _events(pipeline, text) if e.plover["type"] == "ASSAULT")
    assert _acled(ev)[1] == sub


# 5. a coup foiled is no coup
@pytest.mark.parametrize("text", [
    "Guinea's junta said it foiled a coup attempt on Friday.",
    "The Sierra Leone government said it had thwarted an attempted coup.",
    "Niger's military rulers said they had foiled a coup plot.",
])
def test_foiled_coup(pipeline, text: str) -> None:
    evs = _events(pipeline, text)
    assert not any(e.cameo["code"] == "1724" for e in evs)
    assert any(_acled(e) == ("Strategic developments", "Other") for e in evs)


@pytest.mark.parametrize("text", [
    "Soldiers seized power in Conakry on Sunday.",
    "Mutinous soldiers attempted a coup in Bissau but were repelled by loyal troops.",
])
def test_coup_kept(pipeline, text: str) -> None:
    assert any(e.cameo["code"] == "1724" for e in _events(pipeline, text))


# 6. an announced recall of an ambassador
@pytest.mark.parametrize("text, ptype, cameo", [
    ("Germany will withdraw its ambassador from Mali, the foreign ministry said.", "SANCTION", "161"),
    ("Italy will recall its ambassador from Niger, the government said.", "SANCTION", "161"),
    # controls: a withdrawal of troops announced stays one, a condition makes a threat
    ("Germany will withdraw its troops from Mali, the defence ministry said.", "RETREAT", "0874"),
    ("Turkey said it would recall its ambassador if the raids continued.", "THREATEN", "130"),
])
def test_announced_recall(pipeline, text: str, ptype: str, cameo: str) -> None:
    ev = next(e for e in _events(pipeline, text) if e.primary)
    assert (ev.plover["type"], ev.cameo["code"]) == (ptype, cameo)


# 7. looters and crowds met by force
@pytest.mark.parametrize("text, word, etype", [
    ("Looters broke into a food depot in Jos and carted away sacks of maize.", "broke", "Riots"),
    ("Rioters stole goods from shops in Abuja.", "stole", "Riots"),
    ("Crowds looted a government warehouse in Jos.", "looted", "Riots"),
])
def test_looters(pipeline, text: str, word: str, etype: str) -> None:
    assert _acled(_event(pipeline, text, word))[0] == etype


def test_thieves_no_event(pipeline) -> None:
    assert not _events(pipeline, "Thieves broke into a shop in Jos and stole phones.")


@pytest.mark.parametrize("text, sub", [
    ("Police fired water cannon at farmers in Paris.", "Protest with intervention"),
    ("Riot police fired tear gas at teachers in Nairobi.", "Protest with intervention"),
    # control: live fire at farmers in a land dispute stays an attack
    ("Police fired at farmers in a land dispute in Benue.", "Attack"),
])
def test_dispersal_of_trades(pipeline, text: str, sub: str) -> None:
    assert _acled(_event(pipeline, text, "fired"))[1] == sub
