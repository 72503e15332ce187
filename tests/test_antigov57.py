"""Protest phrases whose words were read as actors (round antigov57, item caribbean-2): a protest noun's
stance modifier joined by a hyphen ("anti-government protests", "anti-regime marches", "pro-government
rallies", "anti-American demonstrations") says what the crowd is for or against, not who protests, so the
protest's doer is the crowd, never the government nor the text "anti"; a lowercase singular "justice" with no
determiner ("demanding justice", "calling for social justice") is what is sought, not the judiciary; and
whatever a crowd's sentence demands and whom for ("calling for justice for the victims") is not the crowd.
Controls: named courts and ministries, "the justice", "pro-government militias", a real target. Sentences
written for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="antigov57", published="2017-03-01"))
                if e.trigger.text == word)


def _actors(actors) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.sector) for a in actors]


# 1. a stance modifier of a protest noun is no doer: the crowd protests, no government
@pytest.mark.parametrize("text, word, source", [
    ("An anti-government protest in Port-au-Prince turned violent on Monday.", "protest", "Rioters (Haiti)"),
    ("Anti-government riots erupted in Kingston after the election.", "riots", "Rioters (Jamaica)"),
    ("Two students were killed during anti-government protests in Managua.", "protests",
     "Protesters (Nicaragua)"),
    ("Riot police arrested dozens during anti-government marches in Havana.", "marches", "Protesters (Cuba)"),
    ("Police fired tear gas to break up anti-government demonstrations in Tegucigalpa.", "demonstrations",
     "Protesters (Honduras)"),
    # variants
    ("An anti-government demonstration in Caracas turned violent on Sunday.", "demonstration",
     "Rioters (Venezuela)"),
    ("Anti-government riots broke out in Bishkek after the vote.", "riots", "Rioters (Kyrgyzstan)"),
    ("Three people were killed during anti-government protests in Khartoum.", "protests",
     "Protesters (Sudan)"),
    ("Police detained dozens during anti-regime marches in Minsk.", "marches", "Protesters (Belarus)"),
    ("Pro-government rallies were held in Caracas on Saturday.", "rallies", "Protesters (Venezuela)"),
    ("Police broke up anti-government demonstrations in Santo Domingo.", "demonstrations",
     "Protesters (Dominican Republic)"),
])
def test_stance_modifier_is_no_doer(pipeline, text: str, word: str, source: str) -> None:
    event = _event(pipeline, text, word)
    assert [a.name for a in event.source] == [source]
    assert not any(a.sector == "GOV" for a in event.source + event.target)


@pytest.mark.parametrize("text, word, source", [
    # the stance word itself ("anti", "Pro") is no actor's text, nor is the stance's country the crowd's
    ("Two people died in anti-Duvalier riots in Gonaïves.", "riots", "Rioters (Haiti)"),
    ("Police dispersed anti-American demonstrations in Panama City.", "demonstrations",
     "Protesters (Panama)"),
    ("Anti-Maduro protests turned violent in Caracas.", "protests", "Rioters (Venezuela)"),
    ("Anti-American riots broke out in Karachi.", "riots", "Rioters (Pakistan)"),
    ("Pro-Palestinian protests were held in London.", "protests", "Protesters (United Kingdom)"),
    # an "anti-" group's own name is still its name
    ("Anti-Balaka attacks killed ten civilians near Bossangoa.", "attacks", "Anti-Balaka"),
])
def test_stance_prefix_is_no_actor_text(pipeline, text: str, word: str, source: str) -> None:
    event = _event(pipeline, text, word)
    assert [a.name for a in event.source] == [source]
    assert not any((a.text or "").lower() in ("anti", "pro", "-") for a in event.source)


@pytest.mark.parametrize("text, word, source, target", [
    # controls: crowds named, crowds acted on, a real target, a state-aligned militia, forces of the state
    ("Students marched in anti-government protests in Port-au-Prince on Friday.", "marched",
     [("Protesters (Haiti)", "EDU")], []),
    ("Thousands joined anti-government protests in Havana.", "protests", [("Protesters (Cuba)", "CVL")], []),
    ("Police fired tear gas at anti-Moïse protesters in Port-au-Prince.", "fired",
     [("Police Forces of Haiti", "COP")], [("Protesters (Haiti)", "CVL")]),
    ("Police fired tear gas at anti-government protesters in Caracas.", "fired",
     [("Police Forces of Venezuela", "COP")], [("Protesters (Venezuela)", "CVL")]),
    ("Protesters accused the government of corruption in Tegucigalpa.", "accused",
     [("Protesters (Honduras)", "CVL")], [("Government of Honduras", "GOV")]),
    ("Pro-government militias attacked the protesters in Managua.", "attacked",
     [("Militia (Nicaragua)", "PRM")], [("Protesters (Nicaragua)", "CVL")]),
    ("Government forces attacked rebel positions near the border.", "attacked",
     [("Military Forces", "MIL")], [("Rebels", "REB")]),
    ("Rebel attacks killed ten soldiers.", "attacks", [("Rebels", "REB")], [("Military Forces", "MIL")]),
])
def test_stance_controls(pipeline, text: str, word: str, source: list, target: list) -> None:
    event = _event(pipeline, text, word)
    assert _actors(event.source) == source
    assert _actors(event.target) == target


# 2. "justice" sought is no court; whom it is sought for is not the crowd
@pytest.mark.parametrize("text, word", [
    ("Hundreds of Lenca women marched in La Esperanza demanding justice for the slain activist.", "marched"),
    ("Hundreds of Lenca women marched in La Esperanza demanding justice for the slain activist.",
     "demanding"),
    ("Relatives of the El Mozote victims rallied in San Salvador to demand justice.", "rallied"),
    ("Relatives of the El Mozote victims rallied in San Salvador to demand justice.", "demand"),
    ("Mothers of the dead students protested in Managua, seeking justice.", "protested"),
    ("Thousands marched in Guatemala City calling for justice for the victims of the civil war.", "marched"),
    ("Hundreds of Lenca indigenous people marched in Tegucigalpa to demand justice for Berta Cáceres.",
     "marched"),
    # variants
    ("Families of the disappeared marched in Mexico City demanding justice.", "marched"),
    ("Protesters in Lagos demanded justice for the victims.", "demanded"),
    ("Demonstrators rallied outside the court demanding justice.", "rallied"),
    ("Hundreds rallied in Santiago calling for social justice.", "rallied"),
    ("Thousands demanded social justice in Santiago.", "demanded"),
])
def test_justice_sought_is_no_court(pipeline, text: str, word: str) -> None:
    event = _event(pipeline, text, word)
    assert not any(a.sector == "JUD" for a in event.source + event.target)


@pytest.mark.parametrize("text, word, source", [
    ("Thousands marched in Guatemala City calling for justice for the victims of the civil war.", "marched",
     "Protesters (Guatemala)"),
    # variants
    ("Thousands marched in Guatemala City calling for reparations for the victims of the civil war.",
     "marched", "Protesters (Guatemala)"),
    ("Thousands marched in Guatemala City calling for the release of the prisoners.", "marched",
     "Protesters (Guatemala)"),
    ("Hundreds marched in Lima demanding the release of the prisoners.", "marched", "Protesters (Peru)"),
])
def test_those_claimed_for_are_not_the_crowd(pipeline, text: str, word: str, source: str) -> None:
    event = _event(pipeline, text, word)
    assert [(a.name, a.text) for a in event.source] == [(source, "")]


@pytest.mark.parametrize("text, word, role, actor", [
    # controls: a court named, a judge, a ministry, a system of justice, "the justice"
    ("The Supreme Court of Justice ordered the release of the activists.", "release", "source",
     ("Judiciary", "JUD")),
    ("Chief Justice Maria Lopez ordered the release of the activists.", "release", "source",
     ("Maria Lopez", "JUD")),
    ("A justice of the Supreme Court ordered the release of the activists.", "release", "source",
     ("Judiciary", "JUD")),
    ("The justice ordered the release of the activists.", "release", "source", ("Judiciary", "JUD")),
    ("Justices of the Supreme Court ordered the release of the activists.", "release", "source",
     ("Judiciary", "JUD")),
    ("Justice Minister Pedro Ramos ordered an inquiry.", "inquiry", "source", ("Pedro Ramos", "GOV")),
    ("Protesters attacked the justice ministry in Tegucigalpa.", "attacked", "target",
     ("Government of Honduras", "GOV")),
    ("Protesters criticised the justice system in Managua.", "criticised", "target",
     ("Judiciary of Nicaragua", "JUD")),
])
def test_justice_controls(pipeline, text: str, word: str, role: str, actor: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _actors(getattr(event, role))[0] == actor
