"""Acts told in words the trigger lexicon lacked (acts28): phrasal verbs ("teamed up with", "shrugged off",
"owned up to", "took in", "rolled into"), idioms ("turned its back on", "put X on notice", "gave its
blessing", "bore responsibility", "joined forces") and rare verbs ("feted", "slapped") and nouns ("the
restoration of ties", "a handshake"), each in several wordings of our own, and the same words where they
are no act."""

from __future__ import annotations

import pytest

ACTS = [
    # a declaration of peace or friendship signed: an agreement
    ("Armenia and Georgia signed a declaration of friendship in Tbilisi on Tuesday after talks between the "
     "presidents.", "SUPPORT|AGREE", "ARM", "GEO"),
    ("The leaders of Chad and Sudan signed a declaration of peace in Tripoli on Friday, promising to stop "
     "backing each other's rebels.", "SUPPORT|AGREE", "TCD", "SDN"),
    # teamed up with, joined forces: working together
    ("Peru teamed up with Chile on Monday to fight illegal fishing off their coasts, the two navies said.",
     "COOPERATE", "PER", "CHL"),
    ("Ghana teamed up with Ivory Coast on Wednesday to police cocoa smuggling across their border.",
     "COOPERATE", "GHA", "CIV"),
    ("Nigeria and Niger joined forces on Tuesday to build a railway linking Kano and Maradi.",
     "COOPERATE", "NGA", "NER"),
    # sought a bailout, a credit line: a request for help
    ("Pakistan sought a bailout from the International Monetary Fund on Wednesday as its reserves ran low.",
     "REQUEST", "PAK", None),
    ("Egypt sought a credit line from Saudi Arabia on Sunday to pay for fuel imports.",
     "REQUEST", "EGY", "SAU"),
    # gunboats and patrol boats sent: a show of force
    ("South Korea sent gunboats to the disputed islands on Friday after Japanese survey ships were spotted "
     "nearby.", "MOBILIZE", "KOR", None),
    ("Australia sent two patrol boats to the Solomon Islands on Thursday after riots in the capital.",
     "MOBILIZE", "AUS", "SLB"),
    # turned its back on: a rejection
    ("Nicaragua turned its back on Taiwan on Thursday and restored ties with Beijing.",
     "REJECT", "NIC", "TWN"),
    ("Hungary's prime minister turned his back on calls from Brussels on Friday to take in refugees.",
     "REJECT", "HUN", None),
    # shrugged off warnings or sanctions: a dismissal
    ("Moscow shrugged off the warnings from Washington on Monday and said the exercises would go ahead.",
     "REJECT", "RUS", "USA"),
    ("Tehran shrugged off new American sanctions on Tuesday, saying its oil exports would continue.",
     "REJECT", "IRN", "USA"),
    # owned up to: an admission
    ("The Australian army owned up on Thursday to the killing of two civilians in a raid in Afghanistan.",
     "CONCEDE", "AUS", "AFG"),
    ("Kenya's police owned up on Monday to the wrongful arrest of two Ugandan journalists in Nairobi.",
     "CONCEDE", "KEN", None),
    # put X on notice: a threat
    ("Washington put Pyongyang on notice on Tuesday that any further missile test would be met with force.",
     "THREATEN", "USA", "PRK"),
    # named as suspects: an accusation
    ("Turkish prosecutors named two Iranian diplomats as suspects on Monday in the killing of a dissident in "
     "Istanbul.", "ACCUSE", "TUR", "IRN"),
    # took in refugees: shelter given
    ("Kenya took in thousands of refugees fleeing the fighting in Somalia on Saturday, the United Nations "
     "said.",
     "AID", "KEN", None),
    ("Greece took in 300 migrants rescued off the island of Crete on Sunday, the coast guard said.",
     "AID", "GRC", None),
    # left the talks: a refusal to go on
    ("The Palestinian delegation left the talks in Washington on Friday after Israel refused to halt "
     "settlement building.", "REJECT", "PSE", None),
    # tanks or troops rolled into or towards a place: armour on the move
    ("Russian tanks rolled into the Georgian town of Gori on Wednesday, the government in Tbilisi said.",
     "MOBILIZE", "RUS", "GEO"),
    ("Columns of Indian troops rolled towards the border with Pakistan on Friday after the attack on "
     "parliament.", "MOBILIZE", "IND", "PAK"),
    # feted: praise of a guest
    ("Vietnamese leaders feted Cuban President Raul Castro in Hanoi on Monday with a state banquet.",
     "SUPPORT", "VNM", "CUB"),
    # gave its blessing: consent
    ("Germany's parliament gave its blessing on Friday to a third bailout for Greece.",
     "AGREE", "DEU", "GRC"),
    # slapped sanctions on: sanctions imposed
    ("Washington slapped sanctions on Turkish ministers on Wednesday over the detention of an American "
     "pastor.",
     "SANCTION", "USA", "TUR"),
    # the restoration or resumption of ties: relations mended
    ("Qatar and Egypt announced the restoration of diplomatic relations on Wednesday after a three-year "
     "boycott.", "SUPPORT", "QAT", "EGY"),
    ("Jordan announced the resumption of diplomatic ties with Syria on Monday after a break of more than a "
     "decade.", "SUPPORT", "JOR", None),
    # a handshake exchanged: a meeting
    ("The presidents of Colombia and Venezuela exchanged a handshake at the border bridge on Saturday.",
     "CONSULT", "COL", "VEN"),
    ("The leaders of Ethiopia and Eritrea exchanged a handshake at the airport in Asmara on Sunday.",
     "CONSULT", "ETH", "ERI"),
    # came out in favour of: backing
    ("Argentina came out in favour of Brazil's bid for a permanent seat on the Security Council on Friday.",
     "SUPPORT", "ARG", None),
    ("The Indian government came out in favor of the peace plan on Monday.", "SUPPORT", "IND", None),
    # vowed to punish, to avenge, to retaliate: a threat
    ("Iran's supreme leader vowed on Wednesday that Israel would be punished for the strike on its "
     "consulate.", "THREATEN", "IRN", "ISR"),
    ("Hamas vowed on Sunday to avenge the killing of its commander in Gaza.", "THREATEN", "PSE", None),
    ("The Afghan government vowed on Monday to retaliate against Pakistan for the shelling of border "
     "villages.", "THREATEN", "AFG", "PAK"),
    # a speaker says another bore responsibility: the speaker's accusation
    ("Seoul said on Friday that Pyongyang bears full responsibility for the sinking of the warship.",
     "ACCUSE", "KOR", "PRK"),
    ("Kyiv said on Sunday that Moscow bore responsibility for the shelling of a market in Kharkiv.",
     "ACCUSE", "UKR", "RUS"),
]

NOT_ACTS = [
    ("The minister filed a declaration of his assets with the election commission on Monday.", "declaration"),
    ("The striker shrugged off an injury to score twice for Nigeria on Saturday.", "shrugged"),
    ("The club named him as its new captain on Monday after the retirement of the veteran defender.",
     "named"),
    ("The minister left the capital on Friday for a summit in Paris.", "left"),
    ("The government rolled out a new vaccination campaign across Kenya on Monday.", "rolled"),
    ("The ball rolled into the net in the last minute of the match on Sunday.", "rolled"),
    ("The mountain villages bore the brunt of the storm on Sunday.", "bore"),
    ("The company took in record profits in India last year, its chairman said on Monday.", "took"),
    ("The fishermen sent their boats out to sea on Monday after the storm passed.", "sent"),
    ("The president vowed on Sunday to rebuild the schools destroyed by the floods.", "vowed"),
    ("The town reopened its old bridge on Monday after the restoration of the church.", "restoration"),
]


@pytest.mark.parametrize("text, types, source, target", ACTS, ids=[a[0][:40] for a in ACTS])
def test_the_act_is_the_primary_event(primary_of, text: str, types: str, source: str | None,
                                      target: str | None) -> None:
    event = primary_of(text, "2020-06-01")
    got = f"{event.plover['type']} ({event.trigger.text})"
    assert event.plover["type"] in types.split("|"), got
    assert (event.source[0].country if event.source else None) == source, got
    if target is not None:
        assert event.target and event.target[0].country == target, got


@pytest.mark.parametrize("text, word", NOT_ACTS, ids=[a[1] + ":" + a[0][:30] for a in NOT_ACTS])
def test_the_word_is_no_act_here(events_of, text: str, word: str) -> None:
    assert not any(e.trigger.text.split()[0] == word for e in events_of(text, "2020-06-01"))
