"""PLOVER words left by the first round (round lex29b): words of the wire that no trigger read, each in a
sentence of our own with the PLOVER type of the sentence's primary event (and the target where the round
changed how it is found), and controls where the same word names no political event (or another one)."""

from __future__ import annotations

import pytest

ADDED = [
    # a state's close talks (CAMEO 04)
    ("Japan huddled with South Korean officials over the fishing dispute on Monday.", "CONSULT"),
    ("Egypt huddled with Israeli negotiators in Cairo on Sunday.", "CONSULT"),
    # a veiled threat of force (CAMEO 138)
    ("China hinted at military action against Taiwan on Monday.", "THREATEN"),
    ("Iran hinted at retaliation against Israel on Tuesday.", "THREATEN"),
    # a restriction dropped (CAMEO 081)
    ("Egypt dropped its ban on opposition rallies on Wednesday.", "CONCEDE"),
    ("The government dropped the curfew in the capital on Monday.", "CONCEDE"),
    # shelter given (CAMEO 073)
    ("Hundreds of refugees were given shelter by Jordan on Sunday.", "AID"),
    ("The flood victims were given shelter and food by the army on Sunday.", "AID"),
    # forces massed, with the forces as object or as subject (CAMEO 154)
    ("Russia massed troops near the Ukrainian border on Friday.", "MOBILIZE"),
    ("Syrian tanks massed near the Turkish border on Friday.", "MOBILIZE"),
    ("Thousands of troops massed along the border on Sunday.", "MOBILIZE"),
    # a show of force (CAMEO 150), done by the subject of the verb it is told with
    ("Chinese warships sailed near Taiwan on Monday in a show of force.", "MOBILIZE"),
    # an ambassador's recall told as a noun (CAMEO 161)
    ("Peru announced the recall of its ambassador to Bolivia on Friday.", "SANCTION"),
    ("The recall of the French ambassador from Rome was announced on Friday.", "SANCTION"),
    # a suspect handed over, told as a passive participle before its clause (CAMEO 06, judicial cooperation)
    ("Handed over by Kenya on Friday, the suspect was flown to Rome by Italian police.", "COOPERATE"),
    # captives handed over stay a release
    ("Handed over by the rebels on Friday, the prisoners were flown home by the Red Cross.", "RETREAT"),
]

CONTROLS = [
    ("The family huddled with neighbours in the basement during the storm.", None),
    ("He said no more than a few words at the funeral.", None),
    ("The spokesman said no one had applied for the post.", None),
    ("Officials said no decision had been made on the new airport.", None),
    ("The singer hinted at a new album on her website.", None),
    ("The coach hinted at changes to the team for Saturday's match.", None),
    ("The company dropped its price for the new phone.", None),
    ("The team dropped two players for the final.", None),
    ("Residents took shelter in the basement as the storm hit.", None),
    ("Dark clouds massed over the hills on Monday afternoon.", None),
    ("The fans massed outside the stadium before the match.", None),
    ("The ferry sailed into the port of Dover on Monday morning.", None),
    ("The singer's show drew a huge force of fans to the city.", None),
    ("The carmaker announced the recall of 50,000 vehicles on Friday.", None),
    ("The ambassador recalled his years as a student in Paris.", None),
    ("Handed a bouquet by a child, the singer smiled at the crowd.", None),
]

# the one a threat or a show of force is aimed at, and its doer
ROLES = [
    ("China hinted at military action against Taiwan on Monday.", "CHN", "TWN"),
    ("Chinese warships sailed near Taiwan on Monday in a show of force.", "CHN", "TWN"),
    ("Peru announced the recall of its ambassador to Bolivia on Friday.", "PER", "BOL"),
]


@pytest.mark.parametrize("text, expected", ADDED, ids=[t[:40] for t, _ in ADDED])
def test_an_added_word_names_its_event(primary_of, text: str, expected: str) -> None:
    primary = primary_of(text)
    assert primary is not None, "no event"
    assert primary.plover["type"] == expected, primary.trigger.text


@pytest.mark.parametrize("text, expected", CONTROLS, ids=[t[:40] for t, _ in CONTROLS])
def test_the_word_in_other_use_is_not_that_event(primary_of, text: str, expected: str | None) -> None:
    primary = primary_of(text)
    got = primary.plover["type"] if primary is not None else None
    assert got == expected, primary and primary.trigger.text


@pytest.mark.parametrize("text, source, target", ROLES, ids=[t[:40] for t, _, _ in ROLES])
def test_the_doer_and_the_one_aimed_at(primary_of, text: str, source: str, target: str) -> None:
    primary = primary_of(text)
    assert primary is not None, "no event"
    got = (primary.source[0].country if primary.source else None,
           primary.target[0].country if primary.target else None)
    assert got == (source, target), primary.trigger.text
