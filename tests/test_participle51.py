"""An -ing participle on a noun of people (round participle51): "Police arrested 25 youths looting a
warehouse", "Soldiers shot dead two gunmen attacking a checkpoint", "fired tear gas at protesters looting
shops" tell what those people were doing, so the noun is the participle's doer, not the main clause's subject
(the police are no looters, the army does not attack its own base); so too when the parse hangs the
participle on the verb right after its object ("killed two bandits abducting villagers"). A participle on a
thing the subject made ("issued a statement condemning", "sent a letter urging", "launched an operation
targeting", "a drone carrying explosives") keeps its old reading, and one telling how the subject acted
("dispersed protesters using tear gas", "firing tear gas") stays the subject's. Sentences written for the
test, each with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str) -> list:
    return list(pipeline.code(document_from_text(text, doc_id="participle51", published="2023-06-25")))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _side(actors) -> list[tuple[str, str | None]]:
    return [(a.text, a.name) for a in actors]


# 1. the participle's doer is the noun of people it hangs on
@pytest.mark.parametrize("text, word, source, target", [
    ("Police arrested 25 youths looting a warehouse in Jos.", "looting",
     ("25 youths", "Rioters (Nigeria)"), None),
    ("Soldiers shot dead two gunmen attacking a checkpoint in Ndop.", "attacking",
     (None, "Unidentified Armed Group (Cameroon)"), ("a checkpoint", "Military Forces of Cameroon")),
    ("Troops killed 12 insurgents attacking a military base in Borno State.", "attacking",
     ("12 insurgents", "Rebels (Nigeria)"), ("a military base", "Military Forces of Nigeria")),
    ("The army killed 20 ISWAP fighters attempting to overrun a base in Malam Fatori.", "overrun",
     ("20 ISWAP fighters", "ISWAP"), None),
    ("Security forces arrested 50 protesters blocking roads in Conakry.", "blocking",
     ("50 protesters", "Protesters (Guinea)"), None),
    ("Police in Maputo fired tear gas at protesters looting shops.", "looting",
     ("protesters", "Rioters (Mozambique)"), ("shops", None)),
    ("Police shot dead a suspect robbing a bank in Owo.", "robbing",
     ("a suspect", "Gang (Nigeria)"), ("a bank", "Business (Nigeria)")),
    ("Soldiers arrested three separatists kidnapping a teacher in Kumba.", "kidnapping",
     ("three separatists", "Ambazonia separatists"), ("a teacher", "Teachers (Cameroon)")),  # africa63
    ("Police arrested 40 students burning a university building in Ibadan.", "burning",
     ("40 students", None), ("a university building", None)),
    ("Vigilantes killed two bandits abducting villagers in Birnin Gwari.", "abducting",
     ("two bandits", "Unidentified Armed Group (Nigeria)"), ("villagers", "Civilians (Nigeria)")),
    ("Police in Kinshasa fired live rounds at protesters attacking Western embassies.", "attacking",
     ("protesters", "Rioters (Democratic Republic of Congo)"), None),
    # variants
    ("Troops neutralised five terrorists attacking a village in Zamfara.", "attacking",
     ("five terrorists", "Rebels (Nigeria)"), ("a village", "Civilians (Nigeria)")),
    ("Police shot two robbers attacking a bus in Nairobi.", "attacking",
     ("two robbers", "Gang (Kenya)"), ("a bus", None)),
    ("Police arrested 30 youths looting shops in Lusaka.", "looting",
     ("30 youths", "Rioters (Zambia)"), ("shops", None)),
    ("Security forces fired tear gas at students blocking a highway in Kampala.", "blocking",
     ("students", "Protesters (Uganda)"), None),
    ("The army killed 15 bandits abducting travellers in Katsina.", "abducting",
     ("15 bandits", "Unidentified Armed Group (Nigeria)"), ("travellers", "Civilians (Nigeria)")),
    ("Police arrested two suspects kidnapping a businessman in Enugu.", "kidnapping",
     ("two suspects", "Gang (Nigeria)"), ("a businessman", None)),
    ("Soldiers arrested 10 Al-Shabaab fighters attacking a police station in Mandera.", "attacking",
     ("10 Al-Shabaab fighters", "al-Shabaab"), ("a police station", "Police Forces of Kenya")),
    ("The army killed 10 militants planning an attack on Maiduguri.", "attack",
     ("10 militants", "Rebels (Nigeria)"), None),
])
def test_participle_on_people_is_theirs(pipeline, text: str, word: str, source: tuple,
                                         target: tuple | None) -> None:
    event = _event(pipeline, text, word)
    side = _side(event.source)
    assert len(side) == 1
    if source[0] is not None:
        assert side[0][0] == source[0]
    else:
        assert side[0][0].endswith("two gunmen")
    if source[1] is not None:
        assert side[0][1] == source[1]
    if target is not None:
        hits = [t for t in _side(event.target) if t[0] == target[0]]
        assert hits, _side(event.target)
        if target[1] is not None:
            assert hits[0][1] == target[1]


@pytest.mark.parametrize("text, word, source", [
    # controls: relative clauses, a passive, crowd participles, things made, means of the subject
    ("Police arrested 40 protesters who were blocking the airport road in Abuja.", "blocking",
     "40 protesters"),
    ("Troops killed 12 insurgents who attacked a military base in Borno State.", "attacked", "12 insurgents"),
    ("Protesters blocking the airport road were arrested by police in Abuja.", "blocking", "Protesters"),
    ("Police beat women protesting in Khartoum.", "protesting", "women"),
    ("The army issued a statement condemning the attack in Djibo.", "condemning", "The army"),
    ("Police fired tear gas at demonstrators burning tyres in Kisumu.", "burning tyres", "demonstrators"),
    ("The government dismissed a report by the UN alleging that troops killed civilians.", "alleging",
     "the UN"),
    ("Police dispersed protesters firing tear gas in Nairobi.", "firing", "Police"),
    ("Police dispersed protesters using tear gas in Nairobi.", "using", "Police"),
    ("Police tear-gassed students protesting fee hikes in Nairobi.", "protesting", "students"),
    ("Police arrested the suspects, seizing guns and ammunition in Kano.", "seizing", "Police"),
    ("Soldiers engaged the bandits, killing 12 and rescuing 20 hostages.", "rescuing", "Soldiers"),
])
def test_participle_on_people_controls(pipeline, text: str, word: str, source: str) -> None:
    assert [a.text for a in _event(pipeline, text, word).source] == [source]


@pytest.mark.parametrize("text", [
    # controls: a participle on a thing the subject made or a machine names no event of its own doer
    "The union sent a letter urging the government to act.",
    "Ukraine shot down a Russian drone carrying explosives.",
    "Troops launched an operation targeting insurgents in Borno State.",
    "The governor imposed a curfew restricting movement in Jos.",
])
def test_participle_on_things_controls(pipeline, text: str) -> None:
    assert not any(a.text in ("a letter", "a Russian drone", "an operation", "a curfew")
                   for e in _events(pipeline, text) for a in e.source)
