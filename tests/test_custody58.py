"""Charges of an agentless arrest (round custody58, item china-3): a body or state named inside what the one
arrested is charged with or suspected of ("was arrested on suspicion of collusion with foreign forces", "on
charges of links with Israeli intelligence", "on accusations of spying for the US military", ", accused of
colluding with overseas forces") made no arrest: the arrest keeps the state of its place (or none) as its
doer, and a state body the charge names (or its country word) is no sign of the story's country either. A
named arrester ("by national security police", "Police arrested"), a charge told with "for" and an armed
group at home where the arrest is ("links to Uyghur separatists") keep their readings. Sentences written for
the test, each group with controls. Custody told as a state one is in (item maghreb-4: "has been held in
pretrial detention in Edirne", "remains in detention in Tajoura", "Kavala, who is in detention in Silivri"):
the one held is its target, not the people of the prison's town."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="custody58", published="2024-06-01"))
                if e.trigger.text == word)


def _event20(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="custody58", published="2020-01-01"))
                if e.trigger.text == word)


def _where(event) -> str | None:
    return event.location.country if event.location is not None else None


def _actors(actors) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.country) for a in actors]


CHINA_POLICE = [("Police Forces of China", "CHN")]


# 1. the body named inside the charge is not the arrester
@pytest.mark.parametrize("text, word, source, target", [
    ("Jimmy Lai was arrested at his home on suspicion of collusion with foreign forces.", "arrested",
     CHINA_POLICE, ("Jimmy Lai", "CHN")),
    ("Jimmy Lai was arrested on charges of collusion with foreign forces.", "arrested",
     CHINA_POLICE, ("Jimmy Lai", "CHN")),
    ("A Hong Kong man was arrested on suspicion of conspiring with foreign forces.", "arrested",
     [("Police Forces of Hong Kong", "HKG")], ("Civilians (Hong Kong)", "HKG")),
    ("The pastor was detained, accused of colluding with overseas forces.", "detained",
     [], ("Religious Group", None)),
    ("The man was detained on suspicion of links with Uyghur militants.", "detained",
     CHINA_POLICE, ("Civilians (China)", "CHN")),
    ("The journalist was arrested in Moscow on suspicion of spying for Ukrainian intelligence.", "arrested",
     [("Police Forces of Russia", "RUS")], ("Journalists (Russia)", "RUS")),
    ("Two men were detained in Tehran on charges of links with Israeli intelligence.", "detained",
     [("Police Forces of Iran", "IRN")], ("Civilians (Iran)", "IRN")),
    # variants
    ("A businessman was detained in Beijing on suspicion of spying for the CIA.", "detained",
     CHINA_POLICE, ("Business (China)", "CHN")),
    ("The man was jailed for ten years on charges of links with Uyghur militants.", "jailed",
     CHINA_POLICE, ("Civilians (China)", "CHN")),
    ("Two Kurdish politicians were detained in Diyarbakir on charges of links with PKK militants.",
     "detained", [("Police Forces of Turkey", "TUR")], ("Kurdish Ethnic Group (Turkey)", "TUR")),
    ("A man was detained in Tehran on suspicion of spying for Israel.", "detained",
     [("Police Forces of Iran", "IRN")], ("Civilians (Iran)", "IRN")),
    # controls: a named arrester, a "for" charge, an armed group at home where the arrest is
    ("Activists were arrested for colluding with foreign forces.", "arrested", [], ("Opposition", None)),
    ("Police arrested a man on suspicion of collusion with foreign forces.", "arrested",
     [("Police Forces", None)], ("Civilians", None)),
    ("Jimmy Lai was arrested by national security police on suspicion of collusion with foreign forces.",
     "arrested", CHINA_POLICE, ("Jimmy Lai", "CHN")),
    ("The suspect was detained by Indian intelligence on charges of spying.", "detained",
     [("Intelligence Services of India", "IND")], ("Gang (India)", "IND")),
    ("Two students were detained on suspicion of links to Uyghur separatists.", "detained",
     CHINA_POLICE, ("Students (China)", "CHN")),
    ("Police in Hong Kong arrested a man on suspicion of collusion with foreign forces.", "arrested",
     [("Police Forces of Hong Kong", "HKG")], ("Civilians (Hong Kong)", "HKG")),
    ("Turkish police arrested 20 people on suspicion of links to the PKK.", "arrested",
     [("Police Forces of Turkey", "TUR")], ("Civilians (Turkey)", "TUR")),
])
def test_charge_names_no_arrester(pipeline, text: str, word: str, source: list, target: tuple) -> None:
    event = _event(pipeline, text, word)
    assert event.plover["type"] == "COERCE" and event.cameo["code"] == "173"
    assert event.acled["event_type"] == "Strategic developments"
    assert _actors(event.source) == source
    assert _actors(event.target)[0] == target


def test_charge_named_attacker_keeps_its_own_event(pipeline) -> None:
    """The deed the arrest was made over keeps its doer (control)."""
    text = "A man was arrested in connection with the attack by militants."
    assert _actors(_event(pipeline, text, "arrested").source) == []
    assert _actors(_event(pipeline, text, "attack").source) == [("Rebels", None)]


# 2. a state body or country the charge names is no sign of the story's country
@pytest.mark.parametrize("text, word, source, target, where", [
    ("The teacher was arrested on suspicion of contact with Taiwanese intelligence.", "arrested",
     [], ("Teachers", None), None),
    ("A Taiwanese publisher was detained on charges of spying for Taiwanese intelligence.", "detained",
     [], ("Journalists (Taiwan)", "TWN"), None),
    ("A former official was arrested on accusations of spying for the US military.", "arrested",
     [], ("Former Officials", None), None),
    # variants
    ("The activist was arrested on allegations of contact with Russian intelligence.", "arrested",
     [], ("Opposition", None), None),
    ("The reporter was detained, suspected of working for Israeli intelligence.", "detained",
     [], ("Journalists", None), None),
    ("The lawyer was jailed on charges of spying for Iranian intelligence.", "jailed",
     [], ("Lawyers", None), None),
    # controls: the country of the arrest named, the arrester's demonym, a charge of what was done to a state
    ("An Australian writer was detained in China on suspicion of spying for Taiwan.", "detained",
     CHINA_POLICE, ("Journalists (Australia)", "AUS"), "CHN"),
    ("Iranian authorities arrested a French tourist on charges of spying.", "arrested",
     [("Government of Iran", "IRN")], ("Civilians (France)", "FRA"), "IRN"),
    ("A journalist was jailed for insulting the Turkish president.", "jailed",
     [("Police Forces of Turkey", "TUR")], ("Journalists (Turkey)", "TUR"), "TUR"),
])
def test_charged_state_is_not_the_story_country(pipeline, text: str, word: str, source: list,
                                                target: tuple, where: str | None) -> None:
    event = _event(pipeline, text, word)
    assert _actors(event.source) == source
    assert _actors(event.target)[0] == target
    assert _where(event) == where


@pytest.mark.parametrize("text, word, source, target", [
    ("The man was convicted of spying for Chinese intelligence.", "convicted", [], ("Civilians", None)),
    # control: the story's own state judged the one it charged
    ("The blogger was sentenced to five years for criticising the Egyptian government.", "sentenced",
     [("Judiciary of Egypt", "EGY")], ("Journalists (Egypt)", "EGY")),
])
def test_charged_state_is_not_the_judge(pipeline, text: str, word: str, source: list, target: tuple) -> None:
    event = _event(pipeline, text, word)
    assert _actors(event.source) == source
    assert _actors(event.target)[0] == target


# 3. custody told as a state one is in ("held in pretrial detention in Edirne", "remains in detention in
# Tajoura", "Kavala, who is in detention in Silivri"): the one held is the target, not the people of the
# prison's town (item maghreb-4); a measure on a place (a curfew, a siege) keeps the place's people
@pytest.mark.parametrize("text, word, target", [
    ("Hundreds of migrants remain in detention in Tajoura despite the air strike.", "detention",
     ("Hundreds of migrants", "Refugees/IDPs (Libya)", "LBY")),
    ("The researcher Patrick Zaki was kept in pretrial detention in Mansoura for 22 months.", "detention",
     ("The researcher Patrick Zaki", "Patrick Zaki", "EGY")),
    ("His detention in Tunis drew condemnation from press freedom groups.", "detention",
     ("His", "Civilians (Tunisia)", "TUN")),
    ("The activist died in detention in Tripoli after being tortured, her family said.", "detention",
     ("The activist", "Opposition (Libya)", "LBY")),
    ("Dozens of migrants are in detention in Zawiya, the UN said.", "detention",
     ("Dozens of migrants", "Refugees/IDPs (Libya)", "LBY")),
    ("The lawyer was placed in pretrial detention in Tunis on Monday.", "detention",
     ("The lawyer", "Lawyers (Tunisia)", "TUN")),
    ("The blogger remains in pretrial detention in Borj El Amri.", "detention",
     ("The blogger", "Journalists (Tunisia)", "TUN")),
    ("Amnesty demanded the release of Osman Kavala, who is in detention in Silivri.", "detention",
     ("Osman Kavala", "Osman Kavala", None)),
    ("Ahmet Altan has been in detention in Silivri since his arrest in 2016.", "detention",
     ("Ahmet Altan", "Ahmet Altan", None)),
    # controls: the verb, an "of" phrase, a possessor, a pronoun object, a curfew on a town
    ("Demirtas has been detained in Edirne for four years.", "detained",
     ("Demirtas", "Selahattin Demirtas", "TUR")),
    ("The detention of journalists in Egypt has drawn international criticism.", "detention",
     ("journalists", "Journalists (Egypt)", "EGY")),
    ("The UN expressed concern over the detention of migrants in Zawiya.", "detention",
     ("migrants", "Refugees/IDPs (Libya)", "LBY")),
    ("Human rights groups condemned the arrest of the Hirak activist in Oran.", "arrest",
     ("the Hirak activist", "Opposition (Algeria)", "DZA")),
    ("Police arrested him in Nusaybin on Friday.", "arrested", ("him", "Civilians (Turkey)", "TUR")),
    ("Security forces imposed a round-the-clock curfew on the town of Cizre.", "curfew",
     ("Cizre", "Civilians (Turkey)", "TUR")),
    ("Her detention in Ankara was extended by a court on Tuesday.", "detention",
     ("Her", "Civilians (Turkey)", "TUR")),
])
def test_held_in_custody_is_the_target(pipeline, text: str, word: str, target: tuple) -> None:
    event = _event20(pipeline, text, word)
    assert [(a.text, a.name, a.country) for a in event.target][:1] == [target]


def test_held_in_custody_named_with_title(pipeline) -> None:
    """The one held with his title before his name: he, not the town (his title's party is another matter)."""
    text = ("Former HDP co-chair Selahattin Demirtas has been held in pretrial detention in Edirne since "
            "November 2016.")
    event = _event20(pipeline, text, "detention")
    assert event.target[0].text == "Former HDP co-chair Selahattin Demirtas"
    assert event.target[0].country == "TUR" and event.location.name == "Edirne"
