"""PLOVER verbs sweep (round verbs29): the wire words added to the trigger lexicon
(extract/data/triggers.yaml), each in a short sentence of its own with the PLOVER type of the sentence's
primary event, and controls where the same word names no political event (or not that one)."""

from __future__ import annotations

import pytest

ADDED = [
    # appeals and demands (REQUEST)
    ("Sudan prevailed upon Egypt to delay the vote on the dam.", "REQUEST"),
    ("Nepal solicited aid from India to rebuild the roads.", "REQUEST"),
    ("Britain pushed Argentina to accept mediation over the islands.", "REQUEST"),
    ("Bolivia pushed for talks with Chile on access to the sea.", "REQUEST"),
    ("The rebels sued for peace after weeks of heavy losses.", "REQUEST"),
    ("Japan put pressure on North Korea to release the fishermen.", "REQUEST"),
    # intent and consent (AGREE)
    ("Greece assented to Turkey's proposal for a joint commission.", "AGREE"),
    ("Iran expressed its readiness to help Iraq rebuild the port.", "AGREE"),
    ("Serbia voiced its willingness to reopen the border with Kosovo.", "AGREE"),
    ("Laos gave its consent to Thailand's plan for a new bridge.", "AGREE"),
    ("Pakistan gave an undertaking to India that it would not test missiles.", "AGREE"),
    # consultation (CONSULT)
    ("Colombia parleyed with rebel commanders over the fate of the hostages.", "CONSULT"),
    # support, sympathy and defence (SUPPORT)
    ("Kenya extolled Uganda's record on refugees.", "SUPPORT"),
    ("China came to the defence of Pakistan at the United Nations.", "SUPPORT"),
    ("Russia came to the defense of Syria at the Security Council.", "SUPPORT"),
    ("France lent its support to Germany's bid for a council seat.", "SUPPORT"),
    ("Chile condoled with Peru over the deaths in the mine blast.", "SUPPORT"),
    ("Canada commiserated with Mexico over the hurricane.", "SUPPORT"),
    ("Spain sympathised with Portugal over the forest fires.", "SUPPORT"),
    ("Brazil sympathized with Argentina over the floods.", "SUPPORT"),
    # cooperation (COOPERATE)
    # aid (AID)
    ("India extended a credit line to Sri Lanka to buy fuel.", "AID"),
    ("Germany bailed out Greece with a rescue package.", "AID"),
    # yielding (CONCEDE, RETREAT)
    ("Russia backed off its threat to expel the Polish diplomats.", "CONCEDE"),
    ("Ethiopia handed back the bodies of Eritrean soldiers.", "RETREAT"),
    ("Syria halted its offensive against the rebel towns.", "RETREAT"),
    ("Japan ceded two islands to Russia.", "RETREAT"),
    # disapproval (ACCUSE)
    ("Egypt mocked Israel's military parade.", "ACCUSE"),
    ("The newspaper lampooned the president's speech.", "ACCUSE"),
    ("Turkey pilloried Greece for its role in the crisis.", "ACCUSE"),
    ("Poland frowned on Hungary's decision to hold snap elections.", "ACCUSE"),
    ("Beijing fumed at Tokyo's decision to buy the islands.", "ACCUSE"),
    ("The minister savaged the government's budget policy.", "ACCUSE"),
    ("Iraq tore into Kuwait for its handling of the talks.", "ACCUSE"),
    ("Mexico brought a case against the United States at the World Trade Organization.", "ACCUSE"),
    # rejection (REJECT)
    ("Eritrea shunned Ethiopia's peace initiative.", "REJECT"),
    ("Pakistan scoffed at India's peace plan.", "REJECT"),
    ("The trawlers flouted Morocco's fishing ban.", "REJECT"),
    ("Israel disregarded Egypt's appeal for restraint.", "REJECT"),
    ("Damascus stonewalled the inspectors' requests for information.", "REJECT"),
    ("Russia reneged on its promise to withdraw its troops.", "REJECT"),
    ("Iran backtracked on its pledge to free the prisoners.", "REJECT"),
    ("Moscow waved aside calls for a ceasefire.", "REJECT"),
    ("Ankara brushed off Athens' criticism of the drilling.", "REJECT"),
    ("The opposition torpedoed the peace talks.", "REJECT"),
    # threats (THREATEN)
    ("Russia served notice that it would quit the arms treaty.", "THREATEN"),
    # force posture (MOBILIZE)
    ("North Korea test-fired two missiles into the sea.", "MOBILIZE"),
    ("China flexed its military muscle near Taiwan.", "MOBILIZE"),
    ("India raised the alert level of its army along the border.", "MOBILIZE"),
    # reduced relations (SANCTION)
    ("Norway withdrew from the mediation between Colombia and the rebels.", "SANCTION"),
    # coercion (COERCE)
    ("Libya kicked out hundreds of Egyptian workers.", "COERCE"),
    # force (ASSAULT)
    ("A submarine torpedoed a Chinese warship in the strait.", "ASSAULT"),
]

# the same words naming no political event, or another one
CONTROLS = [
    ("The home side prevailed in the final on Sunday.", None),
    ("The police chief was accused of soliciting bribes from traders.", "ACCUSE"),
    ("Workers pushed the stalled cart off the road.", None),
    ("The factory's chimneys fumed all night.", None),
    ("A stray dog savaged a child in the park.", None),
    ("Shells tore into the apartment block, killing three people.", "ASSAULT"),
    ("He waved the flag from the balcony.", None),
    ("She brushed off the dust from her coat.", None),
    ("The bank lent the farmers three million dollars.", "AID"),
    ("The lorry backed off the ramp slowly.", None),
    ("Opposition voters shunned the election in the north on Sunday.", "PROTEST"),
    ("Students shunned classes across the country on Monday.", "PROTEST"),
    ("The reclusive singer shunned the limelight for years.", None),
    ("The actors mocked up a newsroom for the film.", None),
    ("The children mocked the new pupil in the playground.", None),
    ("The girl flexed her fingers before the recital.", None),
    ("A joint patrol of police and soldiers was ambushed near the border, killing four.", "ASSAULT"),
    ("Japan extended an invitation to the Chinese premier.", "AGREE"),
    ("The singer extended her tour by a month.", None),
    ("Rebels rallied in the capital to demand the president's resignation.", "PROTEST"),
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


# "X did Y, a spokesman told reporters, a week after talks ended": the verb of saying asks nothing
SAYING = [
    ("Cambodia released twenty Thai prisoners on Monday, a government spokesman told reporters.", "RETREAT"),
    ("Egypt praised Israel for its role in the talks on Monday, a spokesman told reporters, a week after the "
     "war ended.", "SUPPORT"),
]
# an order whose clause is what it asks stays a demand
TOLD = [("Britain told Iran to release the sailors.", "REQUEST"),
        ("Workers gathered in the square while they demanded higher wages and refused to return to work.",
         "PROTEST")]


@pytest.mark.parametrize("text, expected", SAYING + TOLD, ids=[t[:40] for t, _ in SAYING + TOLD])
def test_a_verb_of_saying_is_not_an_order_of_what_was_said(primary_of, text: str, expected: str) -> None:
    primary = primary_of(text)
    assert primary is not None and primary.plover["type"] == expected, primary and primary.trigger.text
