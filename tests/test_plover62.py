"""Round plover62: non-violent PLOVER coding of 1990s-2000s wire leads, type and countries of source and
target.

- A visit to a town abroad with no host named is a visit to the government of the country the town is in
  ("the Indian prime minister visited Lahore": Pakistan's); not a town at home ("President Buhari visited
  Kano"), nor a town visited for the bodies that sit there ("visited Geneva").
- A concession a state plans, intends or decides to make ("plans to withdraw its troops from Congo",
  "decided to open the border crossing") is an intention to yield (AGREE, CAMEO 035), as an offer is; a
  plain future ("the minister will resign") stays the act.
- Financial or military support halted or suspended is aid cut (SANCTION, CAMEO 162), not support given,
  and goes to the country of the body it was for ("its military aid to the Honduran army": Honduras's);
  a troop withdrawal halted is a de-escalation refused (REJECT), a threat when held over a condition.
- Grain, rice and other staples provided are aid ("will provide North Korea with 100,000 tonnes of grain").
- Suspected bombers, hijackers and war criminals handed over to another state are judicial cooperation
  (COOPERATE), as suspects are.
- Captives exchanged with a state are swapped with that state, the target ("exchanged prisoners of war with
  Iraq"); property or craft seized and given back are returned ("returned Kuwaiti national archives").
- A protest filed with a state is a diplomatic complaint (ACCUSE), as one lodged is; a state taken to the
  International Court of Justice is sued (ACCUSE, CAMEO 115); a prisoner taken to court is only escorted.

Sentences written for the test, each group with controls.
"""

from __future__ import annotations

import pytest


def _summary(event) -> tuple:  # noqa: ANN001
    """(PLOVER type, source country, target country) of an event, None for a missing one."""
    if event is None:
        return (None, None, None)
    src = event.source[0].country if event.source else None
    tgt = event.target[0].country if event.target else None
    return (event.plover.get("type"), src, tgt)


# 1. a town abroad visited: its country's government
@pytest.mark.parametrize("text, expected", [
    ("Indian Prime Minister Atal Bihari Vajpayee visited Lahore on Saturday.", ("CONSULT", "IND", "PAK")),
    ("Secretary of State Warren Christopher visited Shanghai on Tuesday.", ("CONSULT", "USA", "CHN")),
    ("Japanese Prime Minister Junichiro Koizumi visited Busan last week.", ("CONSULT", "JPN", "KOR")),
    # controls: a capital (its seat), a town at home, a town of international bodies
    ("Vice Premier Liu Gang visited Hanoi on Tuesday.", ("CONSULT", None, "VNM")),
    ("President Buhari visited Kano on Monday.", ("CONSULT", "NGA", None)),
    ("Iran's foreign minister visited Geneva on Monday.", ("CONSULT", "IRN", None)),
])
def test_a_town_abroad_visited_is_its_government(primary_of, text: str, expected: tuple) -> None:
    assert _summary(primary_of(text, "2000-06-01")) == expected


# 2. a concession planned, intended or decided: an intention to yield
@pytest.mark.parametrize("text, expected", [
    ("Uganda plans to withdraw its troops from Congo.", ("AGREE", "UGA", "COD")),
    ("Israel decided to withdraw its troops from southern Lebanon by July.", ("AGREE", "ISR", "LBN")),
    ("Turkey plans to open its border crossing with Armenia next month, diplomats said.",
     ("AGREE", "TUR", "ARM")),
    ("The Burmese junta intends to release 300 political prisoners next week.", ("AGREE", "MMR", "MMR")),
    # controls: the act done, a plain future, an offer already coded as one
    ("Uganda withdrew its troops from Congo.", ("RETREAT", "UGA", "COD")),
    ("Israel offered to withdraw its troops from southern Lebanon.", ("AGREE", "ISR", "LBN")),
])
def test_a_planned_concession_is_an_intention_to_yield(primary_of, text: str, expected: tuple) -> None:
    assert _summary(primary_of(text, "2000-06-01")) == expected


def test_control_a_plain_future_resignation_stays_the_act(primary_of) -> None:
    assert _summary(primary_of("Peru's prime minister will resign next week.", "1994-06-01"))[0] == "RETREAT"


def test_control_a_plan_launched_is_no_stated_intention(events_of) -> None:
    events = events_of("Washington launched a secret plan to free the hostages in 1980.", "2000-06-01")
    assert not any(e.plover.get("type") == "AGREE" for e in events)


# 3. support or a troop withdrawal halted
@pytest.mark.parametrize("text, expected", [
    ("Saudi Arabia halted its financial support for the PLO over its stance on the Gulf crisis.",
     ("SANCTION", "SAU", "PSE")),
    ("Washington suspended its military support for the Honduran army.", ("SANCTION", "USA", "HND")),
    ("Washington suspended its military aid to the Honduran army.", ("SANCTION", "USA", "HND")),
    ("Russia halted troop withdrawals from Estonia.", ("REJECT", "RUS", "EST")),
    ("Russia suspended the withdrawal of its troops from Estonia.", ("REJECT", "RUS", "EST")),
    ("Russia said it would halt troop withdrawals from Estonia unless the rights of ethnic Russians were "
     "guaranteed.", ("THREATEN", "RUS", "EST")),
    # controls: aid halted, support voiced, troops withdrawn
    ("Saudi Arabia halted aid to the PLO.", ("SANCTION", "SAU", "PSE")),
    ("Saudi Arabia reaffirmed its support for the PLO.", ("SUPPORT", "SAU", "PSE")),
    ("Russia expressed its military support for the Syrian government.", ("SUPPORT", "RUS", "SYR")),
    ("The United States suspended military aid to Honduras.", ("SANCTION", "USA", "HND")),
    ("Russia completed its troop withdrawal from Estonia.", ("RETREAT", "RUS", "EST")),
])
def test_support_or_a_withdrawal_halted(primary_of, text: str, expected: tuple) -> None:
    assert _summary(primary_of(text, "1994-06-01")) == expected


def test_a_withdrawal_halted_is_aimed_at_the_state_left(primary_of) -> None:
    event = primary_of("Russia halted troop withdrawals from Estonia.", "1994-06-01")
    assert [(a.country, a.sector) for a in event.target] == [("EST", "GOV")]


# 4. staples provided are aid
@pytest.mark.parametrize("text, expected", [
    ("China provided North Korea with 100,000 tonnes of grain.", ("AID", "CHN", "PRK")),
    ("China will provide North Korea with 100,000 tonnes of grain, the Xinhua news agency reported.",
     ("AGREE", "CHN", "PRK")),
    ("Japan provided Bangladesh with 20,000 tonnes of rice after the floods.", ("AID", "JPN", "BGD")),
    # controls: money provided, staples sent
    ("Japan provided Bangladesh with $20 million after the floods.", ("AID", "JPN", "BGD")),
    ("Japan sent 5,000 tonnes of rice to North Korea.", ("AID", "JPN", "PRK")),
])
def test_staples_provided_are_aid(primary_of, text: str, expected: tuple) -> None:
    assert _summary(primary_of(text, "1998-06-01")) == expected


# 5. suspects handed over to another state
@pytest.mark.parametrize("text, expected", [
    ("Pakistan handed over the suspected bomber to U.S. authorities on Tuesday.",
     ("COOPERATE", "PAK", "USA")),
    ("Cyprus handed over the two hijackers to Egyptian authorities.", ("COOPERATE", "CYP", "EGY")),
    # controls: suspects (an earlier round), prisoners freed, aircraft given
    ("Mexico handed over a drug trafficking suspect to U.S. authorities on Friday.",
     ("COOPERATE", "MEX", "USA")),
    ("The Netherlands handed over six F-16 bombers to Ukraine.", ("AID", "NLD", "UKR")),
])
def test_suspects_handed_over_are_cooperation(primary_of, text: str, expected: tuple) -> None:
    assert _summary(primary_of(text, "2000-06-01")) == expected


# 6. controls of the round's wider set: coded right before and after
@pytest.mark.parametrize("text, expected", [
    ("Japan's foreign minister met his Chinese counterpart in Beijing on Sunday.", ("CONSULT", "JPN", "CHN")),
    ("Spain extradited a suspected Basque separatist to France on Friday.", ("COOPERATE", "ESP", "FRA")),
    ("Moscow called on Belgrade to accept the peace plan.", ("REQUEST", "RUS", "SRB")),
    ("Seoul denounced Tokyo's claims to the disputed islands.", ("ACCUSE", "KOR", "JPN")),
    ("Syria refused to resume negotiations with Israel.", ("REJECT", "SYR", "ISR")),
    ("Tehran threatened to close the Strait of Hormuz if Washington attacked.", ("THREATEN", "IRN", "USA")),
    ("Saudi Arabia cut diplomatic ties with Qatar.", ("SANCTION", "SAU", "QAT")),
    ("Pakistan put its troops on high alert after India's nuclear tests.", ("MOBILIZE", "PAK", "IND")),
    ("Iran arrested two British sailors in the Gulf.", ("COERCE", "IRN", "GBR")),
])
def test_wire_leads_keep_their_coding(primary_of, text: str, expected: tuple) -> None:
    assert _summary(primary_of(text, "2000-06-01")) == expected


# 7. a protest filed, a state taken to court
@pytest.mark.parametrize("text, expected", [
    ("China filed an official protest with Britain over the governor's reform proposals.",
     ("ACCUSE", "CHN", "GBR")),
    ("Nicaragua took the United States to the International Court of Justice over the mining of its "
     "harbours.",
     ("ACCUSE", "NIC", "USA")),
    ("Hungary took Slovakia to the International Court of Justice over the dam.", ("ACCUSE", "HUN", "SVK")),
    # controls: a protest lodged, a country taken to task, a crowd's protest
    ("China lodged a strong protest with Japan over the visit.", ("ACCUSE", "CHN", "JPN")),
    ("Moscow took Washington to task over the missile shield.", ("ACCUSE", "RUS", "USA")),
    ("Guards took the prisoner to court on Monday.", (None, None, None)),
    ("Thousands of Greeks marched on the U.S. embassy in Athens to protest against the bombing of "
     "Yugoslavia.",
     ("PROTEST", "GRC", "USA")),
])
def test_a_protest_filed_or_a_state_taken_to_court(primary_of, text: str, expected: tuple) -> None:
    assert _summary(primary_of(text, "1995-06-01")) == expected


# 8. captives swapped with a state, things given back
@pytest.mark.parametrize("text, expected", [
    ("Iran exchanged 500 prisoners of war with Iraq on Monday.", ("RETREAT", "IRN", "IRQ")),
    ("Iran has agreed to exchange prisoners of war with Iraq, the official IRNA news agency said today.",
     ("AGREE", "IRN", "IRQ")),
    ("Iraq returned Kuwaiti national archives seized during the 1990 invasion.", ("RETREAT", "IRQ", "KWT")),
    # controls: fire exchanged with an army, prisoners freed, a seizure
    ("The rebels exchanged fire with the army.", ("ASSAULT", None, None)),
    ("Iran freed 500 Iraqi prisoners of war on Monday.", ("RETREAT", "IRN", "IRQ")),
    ("Iraqi troops seized the Kuwaiti national archives.", ("COERCE", "IRQ", "KWT")),
])
def test_captives_swapped_and_things_returned(primary_of, text: str, expected: tuple) -> None:
    assert _summary(primary_of(text, "1995-06-01")) == expected
