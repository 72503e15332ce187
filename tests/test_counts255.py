"""The attackers' own dead and one side's losses in the toll (round counts255, session 55): ACLED counts
every death of an event, the attackers' and both sides' of a fight. A suicide bomber who "killed himself
and 11 worshippers" is one more dead ("themselves": as many as the doers); a doer who "then killed himself"
after his killing is one more; "left 21 people dead, plus four gunmen" adds the gunmen; a side that "lost
three officers while killing nine gang members" has its loss added to the killing (which is the news, not
its setting), as has one that "killed 12 militants and lost three soldiers in a gun battle" (the loss not
taken by the noun of the fight); "while three soldiers were killed" under the killing adds them;
"among them the two attackers" is a part of the dead, not the toll nor the verb's object; "left 7 police
officers and 12 gunmen dead in Michoacan" counts both. Ground taken ("captured seven villages", "several
strategic heights", "oil fields") counts no arrests, and heights, ridges, fields, settlements and bridgeheads
are territory taken (item caucasus-4). Losses of things or of contact, a suicide alone, a
bomber told "including" or "among them", and other kinds of counts stay as they were. Sentences written
for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="counts255", published="2024-06-01")))


def _primary(pipeline, text: str):
    return next(e for e in _events(pipeline, text) if e.primary)


def _others_dead(pipeline, text: str) -> list:
    return [e.fatalities for e in _events(pipeline, text) if not e.primary and e.fatalities]


def _background(event) -> bool:
    return bool((event.evidence or {}).get("trigger", {}).get("background"))


# 1. the doer told beside his victims ("killed himself and 11 worshippers"): one more dead, or the doers'
# number for "themselves"
@pytest.mark.parametrize("text, dead", [
    ("A suicide bomber killed himself and 11 worshippers at a mosque in Peshawar on Friday.", 12),
    ("A suicide bomber killed himself and nine shoppers at a market in Bannu.", 10),
    ("Two bombers blew themselves up at a bus station in Kano, killing themselves and 14 passengers.", 16),
    ("A suicide bomber blew himself up among worshippers in Quetta, killing himself and 14 others.", 15),
    # variants
    ("A suicide bomber killed herself and six policemen at a checkpoint in Maiduguri.", 7),
    ("Three attackers blew themselves up at a church in Surabaya, killing themselves and seven worshippers.",
     10),
    ("A suicide bomber blew himself up among worshippers in Quetta, killing himself and 14 people.", 15),
    ("A gunman killed himself and two others at a school in Ohio.", 3),
    ("A suicide bomber killed 15 worshippers and himself at a mosque in Kandahar.", 16),
])
def test_doer_beside_victims(pipeline, text: str, dead: int) -> None:
    assert _primary(pipeline, text).fatalities == dead


@pytest.mark.parametrize("text, dead", [
    # controls: a suicide alone names no toll; a bomber told "including" / "among them" is counted once
    ("The man killed himself in his cell.", None),
    ("The man killed himself at his home in Leeds.", None),
    ("Twelve people died in the bombing, among them the suicide bomber.", 12),
    ("The bombing killed 26 people, including the bomber, officials said.", 26),
    ("Six people, including two gunmen, were killed in the attack.", 6),
    ("A suicide bomber blew himself up in Quetta, killing 14 people.", 14),
])
def test_doer_beside_victims_controls(pipeline, text: str, dead: int | None) -> None:
    assert _primary(pipeline, text).fatalities == dead


# 2. the doer's own death told after his killing ("... and then killed himself"): one more dead
@pytest.mark.parametrize("text, dead", [
    ("The gunman shot dead eight worshippers at the synagogue and then killed himself.", 9),
    # variants
    ("The attacker stabbed four people to death and then killed himself.", 5),
    ("The gunman opened fire on the crowd, killing five people, and then killed himself.", 6),
    ("The gunman killed six students and then killed himself.", 7),
])
def test_doer_killed_himself_after(pipeline, text: str, dead: int) -> None:
    assert _primary(pipeline, text).fatalities == dead


@pytest.mark.parametrize("text, dead", [
    # controls: the doer alone, his killing alone
    ("The gunman shot dead eight worshippers at the synagogue.", 8),
    ("The gunman killed six students and then fled.", 6),
])
def test_doer_killed_himself_after_controls(pipeline, text: str, dead: int) -> None:
    assert _primary(pipeline, text).fatalities == dead


# 3. "plus four gunmen" hung on the verb of leaving: more dead
@pytest.mark.parametrize("text, dead", [
    ("The attack on the hotel left 21 people dead, plus four gunmen.", 25),
    # variants
    ("The assault left 30 soldiers dead, plus 12 attackers.", 42),
    ("The raid on the village left 14 villagers dead, plus three gunmen.", 17),
])
def test_plus_more_dead(pipeline, text: str, dead: int) -> None:
    assert _primary(pipeline, text).fatalities == dead


@pytest.mark.parametrize("text, dead", [
    # controls
    ("The attack on the hotel left 21 people dead.", 21),
    ("The raid left 9 soldiers and 16 insurgents dead.", 25),
])
def test_plus_more_dead_controls(pipeline, text: str, dead: int) -> None:
    assert _primary(pipeline, text).fatalities == dead


# 4. a side's loss told first ("lost three officers while killing nine"), or after the killing with a noun
# of the fight near it: added to the killing's toll, one event, the news
@pytest.mark.parametrize("text, dead", [
    ("Police lost three officers while killing nine gang members in a shootout in Rio.", 12),
    ("Government troops lost 11 men while killing some 40 Taliban fighters in Helmand.", 51),
    ("Troops killed 12 militants and lost three soldiers in a gun battle in Kashmir's Kupwara district.", 15),
    # variants
    ("Rebels lost five fighters while killing eight soldiers near Goma.", 13),
    ("The army lost two soldiers while killing 15 jihadists in Menaka.", 17),
    ("Troops killed 20 insurgents and lost two soldiers in a firefight near Mosul.", 22),
])
def test_own_loss(pipeline, text: str, dead: int) -> None:
    event = _primary(pipeline, text)
    assert event.fatalities == dead
    assert not _background(event)
    assert _others_dead(pipeline, text) == []


@pytest.mark.parametrize("text, dead", [
    # controls: a loss told after the killing; losses of contact or of things are no deaths
    ("Troops killed 16 al-Shabaab fighters and lost four soldiers near Baidoa, the army said.", 20),
    ("Troops killed 10 militants, losing two soldiers, in a gun battle in Kupwara.", 12),
    ("The army lost contact with four soldiers while killing 12 militants.", 12),
    ("Troops lost three vehicles while killing 12 militants.", 12),
    ("Troops lost two helicopters while killing 12 militants.", 12),
])
def test_own_loss_controls(pipeline, text: str, dead: int) -> None:
    assert _primary(pipeline, text).fatalities == dead


# 5. dead told in a clause of contrast under the killing ("while three soldiers were killed"): added
@pytest.mark.parametrize("text, dead", [
    ("Soldiers killed 10 militants in the clash, while three soldiers were killed.", 13),
    # variants
    ("Police killed four gunmen in the shootout, while one officer was killed.", 5),
    ("Troops killed 30 fighters in the battle, whereas six soldiers died.", 36),
])
def test_dead_told_beside(pipeline, text: str, dead: int) -> None:
    assert _primary(pipeline, text).fatalities == dead
    assert _others_dead(pipeline, text) == []


@pytest.mark.parametrize("text, word, dead, hurt, held", [
    # controls: "also" as before; a count of another kind in the clause is not added
    ("The army killed 20 rebels near Beni, while five soldiers were also killed.", "killed", 25, None, None),
    ("Militants attacked a checkpoint, killing six policemen; four attackers were also killed.", "attacked",
     10, None, None),
    ("Police killed 12 attackers; three policemen also died.", "killed", 15, None, None),
    ("Police arrested 12 protesters while three officers were injured.", "arrested", None, None, 12),
])
def test_dead_told_beside_controls(pipeline, text: str, word: str, dead: int | None, hurt: int | None,
                                   held: int | None) -> None:
    event = next(e for e in _events(pipeline, text) if e.trigger.text == word)
    assert (event.fatalities, event.injured, event.arrested) == (dead, hurt, held)


# 6. "among them the two attackers" after the dead: a part of them, not the toll nor the verb's object
@pytest.mark.parametrize("text, dead", [
    ("Eight people died in the attack, among them the two attackers.", 8),
    # variants
    ("Nine people died in the raid, among them the three gunmen.", 9),
])
def test_among_them_part(pipeline, text: str, dead: int) -> None:
    event = _primary(pipeline, text)
    assert event.fatalities == dead
    assert all(a.name != "Rioters" and not a.text.endswith("people") for a in event.source)


@pytest.mark.parametrize("text, dead", [
    # controls
    ("Gunmen killed five people, among them two children.", 5),
    ("Ten people were killed in the blast, among them three children.", 10),
    ("Five soldiers died in the ambush, among them two officers.", 5),
])
def test_among_them_part_controls(pipeline, text: str, dead: int) -> None:
    assert _primary(pipeline, text).fatalities == dead


# 7. "left 7 police officers and 12 gunmen dead in Michoacan": "dead" hung on the last is all of theirs
@pytest.mark.parametrize("text, dead", [
    ("The clashes left 7 police officers and 12 gunmen dead in Michoacan.", 19),
    # variants
    ("The fighting left 5 soldiers and 11 rebels dead in Kidal.", 16),
    ("The ambush left 6 soldiers and 3 attackers dead in Tillaberi.", 9),
])
def test_left_dead_on_last(pipeline, text: str, dead: int) -> None:
    assert _primary(pipeline, text).fatalities == dead


@pytest.mark.parametrize("text, dead", [
    # controls
    ("The raid left 9 soldiers and 16 insurgents dead.", 25),
    ("The clashes left 12 gunmen dead in Michoacan.", 12),
])
def test_left_dead_on_last_controls(pipeline, text: str, dead: int) -> None:
    assert _primary(pipeline, text).fatalities == dead


# 8. ground taken ("captured seven villages", "several strategic heights", "oil fields"): no arrests counted,
# and heights, ridges, fields, settlements and bridgeheads are territory taken (caucasus-4)
@pytest.mark.parametrize("text, sub_event", [
    ("Azerbaijani forces captured seven villages in the Jabrayil district.", "Government regains territory"),
    ("Serbian forces captured three villages in the Drenica region.", "Government regains territory"),
    ("Rebels captured two towns in eastern Congo.", "Non-state actor overtakes territory"),
    ("Azerbaijan said its forces had captured 12 positions near Shusha.", "Government regains territory"),
    ("Armenia said Azerbaijani troops had captured several strategic heights inside its territory.",
     "Non-state actor overtakes territory"),
    ("The army said it had captured several strategic heights.", "Government regains territory"),
    ("Islamic State fighters captured several oil fields near Deir ez-Zor.",
     "Non-state actor overtakes territory"),
    ("Russian troops captured three Georgian checkpoints near the village of Zemo Nikozi.",
     "Government regains territory"),
    ("Azerbaijani forces captured two hills near Kalbajar.", "Government regains territory"),
    ("Tajik troops captured four Kyrgyz border posts.", "Government regains territory"),
    ("Rebels captured a dozen settlements in the north.", "Non-state actor overtakes territory"),
    # variants
    ("Rebels captured five ridges near Goma.", "Non-state actor overtakes territory"),
    ("The army captured several bridgeheads on the river.", "Government regains territory"),
    ("Troops captured 20 square kilometres near Bakhmut.", "Government regains territory"),
    ("Azerbaijani troops seized several strategic heights near Jermuk.",
     "Non-state actor overtakes territory"),
])
def test_ground_captured_no_arrests(pipeline, text: str, sub_event: str) -> None:
    event = _primary(pipeline, text)
    assert (event.cameo["code"], event.acled["event_type"], event.acled["sub_event_type"]) == (
        "192", "Battles", sub_event)
    assert event.arrested is None


@pytest.mark.parametrize("text, code, held", [
    # controls: people captured keep their count
    ("The army captured 15 rebels in the Drenica region.", "173", 15),
    ("Azerbaijani troops captured six Armenian soldiers near Lachin.", "173", 6),
    ("KLA fighters captured three Serb police officers near Orahovac.", "181", 3),
    ("Police captured two suspects after a chase.", "173", 2),
    ("Azerbaijani troops seized two hills near Jermuk.", "192", None),
    ("Rebels captured the town of Bunia.", "192", None),
])
def test_ground_captured_controls(pipeline, text: str, code: str, held: int | None) -> None:
    event = _primary(pipeline, text)
    assert (event.cameo["code"], event.arrested) == (code, held)
