"""Peace processes (round truce49): a pact or truce named in passing is no agreement; a truce that
collapsed is none; an ultimatum ("gave X until Saturday to V") is a threat, its demand not done; "would stop
attacking" is a halt of attacks; signed declarations, hosted rebels, weapons handed in, headline "free";
refusing or walking out of talks is a refusal to meet. Sentences written for the test, with controls that
keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="truce49"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _sides(ev) -> tuple[list, list]:
    return ([(a.country, a.sector) for a in ev.source], [(a.country, a.sector) for a in ev.target])


# 1. A pact or truce named in passing: no agreement event, and none made primary
@pytest.mark.parametrize("text", [
    "Eritrean troops have not withdrawn from parts of Tigray despite the peace agreement, officials said.",
    "The Houthis did not attack any ships during the Gaza ceasefire, according to the U.S. military.",
    "The election commission postponed the regional vote, a key part of the peace deal with the rebels.",
    "Rwandan troops remain in eastern Congo in breach of the Washington accord, a UN panel said.",
    "The rebels, who signed the 2016 accord, said they had not been paid.",
])
def test_a_pact_named_in_passing_is_no_agreement(pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert not any(e.plover["type"] in ("SUPPORT", "AGREE") or e.plover.get("mode") == "ceasefire"
                   for e in events)


@pytest.mark.parametrize("text, plover", [
    ("Hamas freed three hostages on Saturday under the ceasefire agreement.", "RETREAT"),
    ("Russia shelled Kharkiv despite the truce, Ukrainian officials said.", "ASSAULT"),
])
def test_the_act_beside_a_pact_named_in_passing_is_the_news(pipeline, text: str, plover: str) -> None:
    assert _primary(pipeline, text).plover["type"] == plover


@pytest.mark.parametrize("text, plover, mode", [
    ("Armenia and Azerbaijan signed a peace agreement on Friday.", "SUPPORT", None),
    ("Israel and Hezbollah agreed to a ceasefire that took effect on Wednesday.", "RETREAT", "ceasefire"),
    ("The ceasefire took effect at midnight.", "RETREAT", "ceasefire"),
    ("The truce held for a third day on Monday.", "RETREAT", "ceasefire"),
])
def test_pacts_made_or_kept_stay_coded(pipeline, text: str, plover: str, mode: str | None) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == (plover, mode)


# 2. A truce or deal that collapsed is no truce: kept negated, the fighting is the news
@pytest.mark.parametrize("text, trigger", [
    ("A 72-hour ceasefire between the Sudanese army and the RSF collapsed within hours as fighting resumed.",
     "ceasefire"),
    ("The truce broke down after two days as clashes erupted in Tripoli.", "truce"),
    ("The peace deal fell apart last month.", "peace deal"),
    ("The ceasefire agreement collapsed when rebels attacked an army base.", "agreement"),
])
def test_a_collapsed_truce_is_negated(pipeline, text: str, trigger: str) -> None:
    events = _events(pipeline, text)
    pact = next(e for e in events if e.trigger.text == trigger)
    assert pact.modality.negated and not pact.primary
    primary = _primary(pipeline, text)
    assert primary is None or primary.plover["type"] == "ASSAULT"


def test_the_fighting_after_a_collapsed_truce_is_the_news(pipeline) -> None:
    text = ("A 72-hour ceasefire between the Sudanese army and the RSF collapsed within hours as fighting "
            "resumed.")
    primary = _primary(pipeline, text)
    assert primary.plover["type"] == "ASSAULT" and primary.acled["sub_event_type"] == "Armed clash"
    assert ("SDN", "MIL") in _sides(primary)[0]


# 3. An ultimatum: the giver threatens the one given the time, whose act is not done
@pytest.mark.parametrize("text, source, target", [
    ("Netanyahu gave Hamas until Saturday to release all hostages or face renewed war.", ("ISR", "GOV"),
     ("PSE", "REB")),
    ("The army gave the rebels until dawn to leave the town.", (None, "MIL"), (None, "REB")),
    ("Trump gave Putin until Friday to agree to a ceasefire.", ("USA", "GOV"), ("RUS", "GOV")),
])
def test_a_deadline_given_is_a_threat(pipeline, text: str, source: tuple, target: tuple) -> None:
    events = _events(pipeline, text)
    primary = next(e for e in events if e.primary)
    assert primary.plover["type"] == "THREATEN"
    assert _sides(primary) == ([source], [target])
    for ev in events:
        if ev is not primary:  # what the deadline asks is not done, and not by the giver
            assert ev.modality.hypothetical
            assert source not in _sides(ev)[0]


def test_a_deadline_passive_is_a_threat_and_a_release_done_stays(pipeline) -> None:
    events = _events(pipeline, "Hamas was given until Saturday to release all hostages, Netanyahu said.")
    assert next(e for e in events if e.primary).plover["type"] == "THREATEN"
    assert all(e.modality.hypothetical for e in events if e.plover["type"] == "RETREAT")
    primary = _primary(pipeline, "Hamas released all hostages on Saturday.")
    assert primary.plover["type"] == "RETREAT" and _sides(primary)[0] == [("PSE", "REB")]


# 4. "would stop attacking": a stated halt of attacks (AGREE, as "would halt its offensive"); done, a truce
@pytest.mark.parametrize("text, plover, mode, source, target", [
    ("The Houthis announced they would stop attacking U.S. ships.", "AGREE", None, ("YEM", "REB"),
     ("USA", "MIL")),
    ("The Houthis announced they would stop targeting U.S. ships under a deal with Washington.", "AGREE",
     None, ("YEM", "REB"), ("USA", "MIL")),
    ("The Houthis said they would stop their attacks on shipping.", "AGREE", None, ("YEM", "REB"), None),
    ("The army stopped shelling the town on Monday.", "RETREAT", "ceasefire", (None, "MIL"), None),
])
def test_stopping_attacks_is_a_halt(pipeline, text: str, plover: str, mode: str | None, source: tuple,
                                    target: tuple | None) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == (plover, mode)
    sources, targets = _sides(primary)
    assert sources == [source]
    if target is not None:
        assert targets == [target]


@pytest.mark.parametrize("text, plover", [
    ("The rebels have not stopped attacking villages.", "ASSAULT"),  # the attacks go on
    ("The UN urged Israel to stop bombing Gaza.", "REQUEST"),
    ("The army halted its offensive against the rebels.", "RETREAT"),
])
def test_stopping_controls(pipeline, text: str, plover: str) -> None:
    assert _primary(pipeline, text).plover["type"] == plover


# 5. Missed triggers
@pytest.mark.parametrize("text, plover, mode", [
    ("Armenia and Azerbaijan signed a joint declaration on Friday.", "SUPPORT", None),
    ("The two presidents shook hands after signing a joint declaration.", "SUPPORT", None),
    ("The government and the rebels signed a joint statement in Oslo.", "SUPPORT", None),
    ("The splinter group signed a commitment to reduce violence with the government.", "SUPPORT", None),
    ("The Moro Islamic Liberation Front decommissioned 14,000 combatants on Monday.", "RETREAT", "disarm"),
    ("More than 300 fighters of the Renamo movement handed in their weapons on Thursday.", "RETREAT",
     "disarm"),
    ("Former combatants have been handing in weapons to UN monitors.", "RETREAT", "disarm"),
    ("Houthis free crew of seized ship Galaxy Leader.", "RETREAT", "release"),
    ("Taliban free American hostage.", "RETREAT", "release"),
])
def test_missed_triggers(pipeline, text: str, plover: str, mode: str | None) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == (plover, mode)


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto hosted RSF leaders in Nairobi.",
    "Kenyan President William Ruto hosted RSF commander Mohamed Hamdan Dagalo in Nairobi.",
    "Kenyan President William Ruto hosted Sudanese army chief Abdel Fattah al-Burhan in Nairobi.",
])
def test_a_guest_hosted_visits(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("CONSULT", "visit")
    assert _sides(primary)[1] == [("KEN", "GOV")] and _sides(primary)[0][0][0] == "SDN"


@pytest.mark.parametrize("text, events", [
    ("The two leaders issued a joint statement condemning the attack.", {"ACCUSE", "ASSAULT"}),
    ("Activists demand free press in Hong Kong.", {"REQUEST"}),
    ("The utility decommissioned two nuclear reactors last year.", set()),
    ("The parliament signed the declaration of independence.", set()),
])
def test_missed_trigger_controls(pipeline, text: str, events: set) -> None:
    assert {e.plover["type"] for e in _events(pipeline, text)} == events


# 6. Refusing to take part in talks is a refusal to meet; a delegation arriving is a visit
@pytest.mark.parametrize("text", [
    "The Sudanese army said it would not take part in the Geneva talks, while the RSF delegation arrived in "
    "Switzerland.",
    "The Sudanese army said it would not take part in the Geneva talks.",
    "The Sudanese army said it would not participate in the Geneva talks.",
    "The Sudanese army said it would stay away from the Geneva talks.",
])
def test_not_taking_part_in_talks_is_a_refusal(pipeline, text: str) -> None:
    events = _events(pipeline, text)
    primary = next(e for e in events if e.primary)
    assert (primary.plover["type"], primary.plover.get("mode")) == ("REJECT", "meet")
    assert _sides(primary)[0] == [("SDN", "MIL")]
    assert not any(e.plover["type"] == "AGREE" for e in events)


@pytest.mark.parametrize("text, plover, mode", [
    ("The army took part in the talks in Jeddah.", "CONSULT", None),
    ("The RSF delegation arrived in Geneva for the talks.", "CONSULT", "visit"),
    ("The opposition will boycott the election.", "THREATEN", "restrict"),
    ("Students stayed away from classes for a week.", None, None),
])
def test_taking_part_controls(pipeline, text: str, plover: str | None, mode: str | None) -> None:
    primary = _primary(pipeline, text)
    if plover is None:
        assert primary is None
    else:
        assert (primary.plover["type"], primary.plover.get("mode")) == (plover, mode)


def test_a_past_while_clause_is_told_as_done(pipeline) -> None:
    text = ("The Sudanese army said it would not take part in the talks, while the RSF delegation arrived in "
            "Geneva.")
    arrived = next(e for e in _events(pipeline, text) if e.trigger.text == "arrived")
    assert (arrived.plover["type"], arrived.plover.get("mode")) == ("CONSULT", "visit")


# 7. A delegation walking out of talks refuses them; workers walking out strike
@pytest.mark.parametrize("text, plover, mode", [
    ("Talks collapse as army delegation walked out.", "REJECT", "meet"),
    ("Talks with the rebels ended abruptly as the government delegation walked out.", "REJECT", "meet"),
    ("Thousands of workers walked out at the car plant on Monday.", "PROTEST", "strike"),
    ("Several delegations walked out as the Iranian president began his speech.", "PROTEST", "demo"),
])
def test_walking_out_of_talks(pipeline, text: str, plover: str, mode: str | None) -> None:
    events = _events(pipeline, text)
    walked = next(e for e in events if e.trigger.text == "walked")
    assert (walked.plover["type"], walked.plover.get("mode")) == (plover, mode)
    if plover == "REJECT":
        assert not any(a.name and a.name.startswith("Protesters") for a in walked.source)
