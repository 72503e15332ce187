"""The one asked (round addressee55, item sectors-3): a request verb that names whom it asks before the act it
asks for ("Oxfam urged donors to step up aid to South Sudan", "called on all sides to let medical teams into
El Fasher", "appealed to rich countries to fund the response in Chad") is aimed at them, even when they are
no actor with a country: a country or city inside the act asked for is its recipient or place, not the one
asked, so the appeal gets no target from it (neither the clause's country nor the demand's addressee nor the
place of the act). "states" and "governments" alone are several states of no one country, not the event's
place's; "the pope" with no church named is the Vatican's; "X called on Y to V" misparsed as a noun with a
participle keeps X as the caller. Controls: an addressee that is a country, a capital, an international
body or a group of states; demands with no named addressee ("called for an end to the blockade of Yemen"),
which keep the country they are about; a thing asked for before the act ("urged restraint"). Sentences
written for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    doc = document_from_text(text, doc_id="addressee55", published="2024-06-01")
    return next(e for e in pipeline.code(doc) if e.trigger.text == word)


def _actors(actors) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.country) for a in actors]


# 1. the one asked is named but has no country: no target from the act asked for
@pytest.mark.parametrize("text, word, target", [
    ("Oxfam urged donors to step up aid to South Sudan.", "urged", []),
    ("The WFP called on donors to fund food deliveries to Haiti.", "called", []),
    ("Human Rights Watch urged arms suppliers to halt weapons sales to Myanmar.", "urged", []),
    ("The ICRC urged the warring parties to spare hospitals in Khartoum.", "urged", []),
    ("The Norwegian Refugee Council urged rich countries to fund the response in Chad.", "urged", []),
    ("The UN urged member states to send peacekeepers to Haiti.", "urged", []),
    ("Amnesty International urged states to stop deporting Afghans to Afghanistan.", "urged",
     [("Government", None)]),
    ("Oxfam urged donors to send food to Yemen.", "urged", []),
    # variants
    ("Save the Children urged donors to fund schools in Gaza.", "urged", []),
    ("The UN appealed to rich countries to fund the response in Chad.", "appealed", []),
    ("The UN called upon donors to fund the appeal for Yemen.", "called", []),
    ("Amnesty urged governments to halt arms transfers to Israel.", "urged", [("Government", None)]),
    ("The ICRC called on the warring parties to protect civilians in Sudan.", "called", []),
    ("Oxfam urged the world to help Syria.", "urged", []),
    ("The WHO asked member states to send vaccines to Malawi.", "asked", []),
    ("Human Rights Watch called on arms suppliers to stop selling weapons to Saudi Arabia.", "called", []),
    ("UNICEF called on all parties to protect children in Gaza.", "called", []),
    ("Amnesty called on states to stop deporting Syrians to Syria.", "called", [("Government", None)]),
    ("The pope urged the faithful to pray for peace in Ukraine.", "urged", []),
])
def test_named_asked_without_country_takes_none_from_the_act(pipeline, text: str, word: str,
                                                             target: list) -> None:
    event = _event(pipeline, text, word)
    assert event.plover.get("type") == "REQUEST"
    assert _actors(event.target) == target


CONTROLS = [
    # the one asked is a country, a capital, an international body or a group of states
    ("UNICEF urged Nigeria to free the abducted children.", "urged", [("Government of Nigeria", "NGA")]),
    ("The Red Cross urged Israel to allow aid into Gaza.", "urged", [("Government of Israel", "ISR")]),
    ("Amnesty urged the EU to stop funding the Libyan coastguard.", "urged", [("EU", None)]),
    ("Oxfam urged the G7 to cancel the debts of poor countries.", "urged", [("G7", None)]),
    ("Human Rights Watch urged Egypt to release jailed journalists.", "urged",
     [("Government of Egypt", "EGY")]),
    ("The UNHCR urged European governments to take in refugees from Libya.", "urged",
     [("European states", None)]),
    ("The IMF urged Pakistan to raise taxes.", "urged", [("Government of Pakistan", "PAK")]),
    ("The UN urged Moscow to allow grain exports from Odessa.", "urged", [("Government of Russia", "RUS")]),
    ("The UN urged the international community to support Lebanon.", "urged",
     [("International community", None)]),
    ("Amnesty urged the authorities to release the protesters in Tehran.", "urged",
     [("Government of Iran", "IRN")]),
    # the one asked named with its country: that country
    ("Nigeria's president urged Liberia's warring factions to accept a ceasefire.", "urged",
     [("Government of Liberia", "LBR")]),
    ("The UN urged Sudan's warring parties to spare hospitals in Khartoum.", "urged",
     [("Government of Sudan", "SDN")]),
    # an international body asked to act against a third party: that party first
    ("The UN urged the Security Council to impose sanctions on North Korea.", "urged",
     [("Government of North Korea", "PRK"), ("UN Security Council", None)]),
    # no one named as asked: the country the demand is about
    ("Oxfam called for an end to the blockade of Yemen.", "called", [("Government of Yemen", "YEM")]),
    ("The pope appealed for an end to the fighting in Sudan.", "appealed", [("Government of Sudan", "SDN")]),
    # a pronoun asked: left to the rules of the demand
    ("Oxfam urged them to send food to Yemen.", "urged", [("Government of Yemen", "YEM")]),
]


@pytest.mark.parametrize("text, word, target", CONTROLS)
def test_named_asked_controls(pipeline, text: str, word: str, target: list) -> None:
    assert _actors(_event(pipeline, text, word).target) == target


# 2. "X called on Y to V" parsed as a noun with a participle: X is the caller, Y (no country) is asked
@pytest.mark.parametrize("text, word, source", [
    ("MSF called on all sides to let medical teams into El Fasher.", "called", [("MSF", None)]),
    # variants
    ("MSF called on the warring parties to let aid into Darfur.", "called", [("MSF", None)]),
    ("The ICRC called on both sides to spare civilians in Tigray.", "called", [("ICRC", None)]),
])
def test_called_on_keeps_the_caller(pipeline, text: str, word: str, source: list) -> None:
    event = _event(pipeline, text, word)
    assert _actors(event.source) == source
    assert event.target == []


CALLER_CONTROLS = [
    ("The main opposition party called on Monday for a boycott of the vote.", "called"),
]


@pytest.mark.parametrize("text, word", CALLER_CONTROLS)
def test_called_on_controls(pipeline, text: str, word: str) -> None:
    event = _event(pipeline, text, word)
    assert event.source and event.source[0].sector in ("OPP", "PTY")


# 3. "the pope" with no church named is the Vatican's, not of the place he speaks about
@pytest.mark.parametrize("text, word, source", [
    ("The pope urged Europe to welcome refugees from Syria.", "urged", ("REL", "VAT")),
    # variants
    ("The pope called on leaders to end the war in Ukraine.", "called", ("REL", "VAT")),
    ("The pontiff appealed for an end to the fighting in Sudan.", "appealed", ("REL", "VAT")),
])
def test_the_pope_is_the_vaticans(pipeline, text: str, word: str, source: tuple) -> None:
    event = _event(pipeline, text, word)
    assert [(a.sector, a.country) for a in event.source] == [source]
    assert all(a.country != "SYR" for a in event.target)


POPE_CONTROLS = [
    ("A priest was shot dead in Kaduna.", "shot dead", "NGA"),
    ("The Coptic Pope condemned the church bombing in Cairo.", "condemned", "EGY"),
]


@pytest.mark.parametrize("text, word, country", POPE_CONTROLS)
def test_the_pope_controls(pipeline, text: str, word: str, country: str) -> None:
    event = _event(pipeline, text, word)
    actors = event.source + event.target
    assert any(a.sector == "REL" and a.country == country for a in actors)


# 4. "states", "governments" alone: several states of no one country; other state words keep the place
@pytest.mark.parametrize("phrase, country", [
    ("states", None),
    ("the states", None),
    ("governments", None),
    # controls
    ("the state", "KEN"),
    ("the government", "KEN"),
    ("the authorities", "KEN"),
    ("local governments", "KEN"),
    ("Gulf states", None),
])
def test_plural_states_have_no_country(resolver, phrase: str, country: str | None) -> None:
    actor = resolver.resolve(phrase, date="2024-06-01", where="KEN")
    assert actor is not None and actor.sector == "GOV"
    assert actor.country == country
