"""PLOVER weak types (round weak30): the rules the weak types audit (tests/data/plover_weak.yaml) led to, each
in sentences of our own with the PLOVER type of the primary event (None: no primary event), and controls where
the rule must not fire."""

from __future__ import annotations

import pytest

from chronica.nlp import load
from chronica.reparse import aside_verbs

FIXED = [
    # a demand coordinated after a condemnation by the same speaker, made of the one blamed, is the news
    # (CAMEO 10, not 11)
    ("Syria condemned the Turkish troop build-up on its border on Monday and demanded that Ankara pull its "
     "forces back at once.", "REQUEST"),
    ("Kenya condemned the bombing of its embassy on Friday and urged Sudan to hand over the men behind it.",
     "REQUEST"),
    ("Poland condemned the arrest of its consul on Tuesday and called on Belarus to free him without delay.",
     "REQUEST"),
    ("MOSCOW, March 3 (Reuters) - Russia condemned the expulsion of two of its diplomats from Tallinn as an "
     "unfriendly act and urged the Estonian government to reverse the decision, the Foreign Ministry said on "
     "Friday.", "REQUEST"),
    # a statesman told by title who "attacked" a state attacks with words (CAMEO 111)
    ("Malaysia's Prime Minister Mahathir Mohamad attacked Australia on Monday for meddling in Asian affairs.",
     "ACCUSE"),
    ("Iran's president attacked Saudi Arabia on Friday for raising oil output.", "ACCUSE"),
    # "with no reports of shelling": no shelling told; the truce that held is the news
    ("A truce between the two militias held on Friday, with no reports of shelling in the city.", "RETREAT"),
    ("There was no sign of fighting in the capital on Sunday, residents said.", None),
    # a verb the parse hung inside a participle aside on the subject
    ("French President Jacques Chirac, speaking at a news conference in Paris after talks with the visiting "
     "German chancellor, called on the Bosnian Serbs to free the hostages.", "REQUEST"),
    # harm told in a relative clause on a disaster is no attack; the help is the news
    ("Italy sent two planeloads of tents and medicine to Turkey on Friday for victims of the earthquake that "
     "killed hundreds of people.", "AID"),
    ("France sent a planeload of blankets to Armenia on Saturday.", "AID"),
    # money handed to a state is aid (CAMEO 071)
    ("Saudi Arabia handed Egypt $500 million in soft loans on Sunday.", "AID"),
    # a ban on a party lifted (CAMEO 0812), regret for deaths (055), people driven from their homes (174)
    ("South Africa's government unbanned the African National Congress on Friday.", "CONCEDE"),
    ("Britain said on Wednesday it regretted the deaths of civilians in the raid.", "CONCEDE"),
    ("Burmese troops forced thousands of villagers to leave their homes on Sunday.", "COERCE"),
    ("Serb militiamen forced Moslem families to flee the town of Foca on Tuesday.", "COERCE"),
    # a refusal or withdrawal held over someone on a condition is a threat (CAMEO 13)
    ("Iran said on Monday it would pull out of the treaty if the West imposed new sanctions.", "THREATEN"),
    ("The rebels said they would walk out of the talks unless the army halted its offensive.", "THREATEN"),
]

CONTROLS = [
    # a condemnation followed by something else stays the condemnation
    ("Syria condemned the Turkish troop build-up on its border on Monday and said it would raise the matter "
     "at the Arab League.", "ACCUSE"),
    # a demand made of a third party leaves the condemnation the news
    ("BEIRUT, May 2 (AFP) - Lebanon condemned the Israeli air raids on villages in the south as aggression "
     "and urged the United Nations to act, the prime minister's office said on Thursday.", "ACCUSE"),
    # a demand told first stays the demand
    ("Kenya urged Sudan on Friday to hand over the men behind the bombing and condemned the attack.",
     "REQUEST"),
    # troops loyal to a president attack with arms
    ("Troops loyal to President Mobutu attacked a rebel base near Kisangani on Sunday.", "ASSAULT"),
    # reports of shelling, without "no", tell the shelling
    ("Witnesses said there were reports of heavy shelling along the front line on Thursday.", "ASSAULT"),
    # a relative clause on those who did the killing is not a disaster's
    ("Police arrested three gunmen on Sunday who killed a shopkeeper in the market.", "COERCE"),
    # a planeload of tourists and a bag handed over are no events
    ("The airline sent two planeloads of tourists to Crete on Sunday.", None),
    ("The robbers handed the driver a bag and drove off.", None),
    # a ban imposed; a decision regretted is no apology; a leader forced to quit is not driven out
    ("The government banned the Communist Party on Friday.", "COERCE"),
    ("The minister said he regretted the decision to close the factory.", None),
    ("The scandal forced the finance minister to quit on Friday.", None),
    # a withdrawal stated with no condition stays a refusal
    ("Iran said on Monday it would pull out of the treaty.", "REJECT"),
]


@pytest.mark.parametrize("text, ptype", FIXED + CONTROLS, ids=lambda v: v[:50] if isinstance(v, str) else v)
def test_the_primary_event(primary_of, text: str, ptype: str | None) -> None:
    event = primary_of(text, "1996-05-01")
    got = event.plover["type"] if event is not None else None
    assert got == ptype, f"{got} ({event.trigger.text if event else ''})"


def test_the_aside_verb_is_made_the_root() -> None:
    doc = load()("French President Jacques Chirac, speaking at a news conference in Paris after talks with "
                 "the visiting German chancellor, called on the Bosnian Serbs to free the hostages.")
    assert aside_verbs(doc, {"call"}) == 1
    assert next(t for t in doc if t.lower_ == "called").dep_ == "ROOT"


def test_a_sentence_with_its_verb_is_left_alone() -> None:
    doc = load()("Boris Yeltsin called on the rebels on Monday to lay down their arms.")
    assert aside_verbs(doc, {"call"}) == 0
