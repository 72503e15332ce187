"""Triggers, roles, modality and counts on sentences written for these tests."""

from __future__ import annotations

import pytest

from chronica.extract import Extractor


@pytest.fixture(scope="module")
def extract(nlp):
    ex = Extractor()

    def run(text: str):
        doc = nlp(text)
        out = []
        for i, sent in enumerate(doc.sents):
            cands, _ = ex.sentence(sent, i)
            out.extend(cands)
        return out

    return run


def _one(cands, cls_prefix=""):
    found = [c for c in cands if c.trigger.cls.startswith(cls_prefix)]
    assert found, f"no {cls_prefix!r} event in {[c.trigger.cls for c in cands]}"
    return found[0]


def names(tokens):
    return [t.text for t in tokens]


def test_active_verb_roles(extract):
    c = _one(extract("Rebels attacked an army base near the border on Sunday."), "assault")
    assert names(c.roles.source) == ["Rebels"]
    assert names(c.roles.target) == ["base"]


def test_passive_by_agent(extract):
    c = _one(extract("Twelve students were arrested by police in the capital."), "arrest")
    assert names(c.roles.source) == ["police"]
    assert names(c.roles.target) == ["students"]
    assert c.counts["arrested"].value == 12


def test_nominal_trigger_with_light_verb(extract):
    c = _one(extract("The air force carried out an air strike on the village."), "air_strike")
    assert names(c.roles.source) == ["force"]
    assert names(c.roles.target) == ["village"]


def test_negated_killing_is_flagged(extract):
    cands = extract("The gunmen had killed no-one and wounded nobody.")
    kill = _one(cands, "kill")
    assert kill.modality.modality.negated
    assert kill.counts["killed"].value == 0


def test_did_not_attack(extract):
    c = _one(extract("The army did not attack the town."), "assault")
    assert c.modality.modality.negated


def test_hypothetical_and_future(extract):
    could = _one(extract("Officials said the militants could attack the capital."), "assault")
    assert could.modality.modality.hypothetical
    assert could.modality.modality.reported
    will = _one(extract("A general strike will begin on Monday."), "strike")
    assert will.modality.modality.future


def test_stated_intentions_are_threats_offers_and_rejections(extract):
    threat = _one(extract("The union will strike on Monday."), "threaten")
    assert not threat.modality.modality.future and "+intent:strike" in threat.trigger.rule
    offer = _one(extract("Hungary said it will support the resolution."), "agree")
    assert offer.modality.modality.reported
    refusal = _one(extract("Pakistan has refused to deploy troops in Iraq."), "reject")
    assert names(refusal.roles.source) == ["Pakistan"]


def test_threat_makes_the_attack_hypothetical(extract):
    cands = extract("The group threatened to bomb the embassy.")
    bomb = _one(cands, "bombing")
    assert bomb.modality.modality.hypothetical
    assert _one(cands, "threaten")


def test_fatalities_with_approximation(extract):
    c = _one(extract("A suicide bombing at a market killed at least 32 people."), "suicide")
    assert c.counts["killed"].value == 32


def test_crowd_size_in_words(extract):
    c = _one(extract("About 3,000 teachers protested outside the ministry."), "protest")
    assert c.counts["size"].value == 3000


def test_coordinated_sources_and_between(extract):
    c = _one(extract("Clashes between the army and the rebels killed 20 fighters."), "clash")
    assert names(c.roles.source) == ["army"]
    assert names(c.roles.target) == ["rebels"]
    assert c.counts["killed"].value == 20


def test_aid_of_coordinated_countries_helps_the_subject(extract):
    c = _one(
        extract("The president crushed the revolt with the aid of France, Chad and Niger."), "aid"
    )
    assert names(c.roles.source) == ["France"]
    assert names(c.roles.target) == ["president"]


def test_relative_clause_gives_source(extract):
    c = _one(extract("Observers condemned the offensive which the army launched against the rebels."),
             "assault")
    assert names(c.roles.source) == ["army"]
    assert names(c.roles.target) == ["rebels"]


def test_demonstrate_that_is_not_a_protest(extract):
    cands = extract("The figures demonstrate that the economy is growing.")
    assert not [c for c in cands if c.trigger.cls == "protest"]
