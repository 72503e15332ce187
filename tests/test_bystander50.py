"""Bystanders of an unclaimed attack (round bystander50): a bombing or shooting that names no doer does not
take as its source the building it hit ("a car bomb exploded outside a police station", "beside",
"opposite": the site, often the target), nor the government that answers it when it is named as a counted
series after "after" or "following" ("Ecuador declared a state of emergency after a wave of car bombs"):
ACLED's unidentified armed group of the country is its doer. A real doer the sentence names (the subject, a
"by" agent) is kept. "Ordered the army into the streets" is a deployment. Sentences written for the test,
each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="bystander50"))


def _event(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _source(event) -> list[tuple[str | None, str | None, str | None, int | None]]:
    return [(a.name, a.country, a.sector, a.inter) for a in event.source]


def _uag(country: str, iso: str) -> tuple[str, str, str, int]:
    return (f"Unidentified Armed Group ({country})", iso, "UAF", 3)


# 1. the site of a blast is not its doer
@pytest.mark.parametrize("text, word, source", [
    ("A car bomb exploded outside a police station in Cali.", "exploded", _uag("Colombia", "COL")),
    ("A car bomb exploded outside the police headquarters in Cúcuta.", "exploded", _uag("Colombia", "COL")),
    ("A grenade exploded outside the prosecutor's office in Guayaquil.", "exploded", _uag("Ecuador", "ECU")),
    ("A grenade exploded outside a military barracks in Cúcuta.", "exploded", _uag("Colombia", "COL")),
    ("An explosive device blew up outside the National Assembly in Caracas.", "blew",
     _uag("Venezuela", "VEN")),
    ("A car bomb exploded outside a police station in Cali on Tuesday, killing six officers.", "exploded",
     _uag("Colombia", "COL")),
    # variants: other site words, a passive, a shooting, a site's owner, reported speech
    ("A bomb exploded beside an army patrol in Cauca.", "exploded", _uag("Colombia", "COL")),
    ("Police said a bomb exploded opposite the prosecutor's office in Quito.", "exploded",
     _uag("Ecuador", "ECU")),
    ("The army said a bomb exploded outside a police station in Cali.", "exploded", _uag("Colombia", "COL")),
    ("A grenade was thrown outside the home of a judge in Guayaquil.", "thrown", _uag("Ecuador", "ECU")),
    ("A man was shot dead outside a police station in Tijuana.", "shot dead", _uag("Mexico", "MEX")),
    # controls: near, in front of, in; a real doer the sentence names
    ("A bomb exploded near a police station in Cali.", "exploded", _uag("Colombia", "COL")),
    ("A bomb went off in front of a military base in Jamundí.", "went", _uag("Colombia", "COL")),
    ("A car bomb exploded in a market in Guayaquil.", "exploded", _uag("Ecuador", "ECU")),
    ("Police defused a bomb outside a police station in Cali.", "defused",
     ("Police Forces of Colombia", "COL", "COP", 1)),
    ("Gunmen attacked a police station in Jamundí with explosives.", "attacked", _uag("Colombia", "COL")),
    ("ELN rebels detonated a car bomb outside a police station in Cali.", "detonated",
     ("ELN", "COL", "REB", 2)),
])
def test_the_site_is_no_doer(pipeline, text: str, word: str, source: tuple) -> None:
    assert _source(_event(pipeline, text, word)) == [source]


@pytest.mark.parametrize("text, word, sub_event", [
    ("An explosive device blew up outside the National Assembly in Caracas.", "blew",
     "Remote explosive/landmine/IED"),
    # controls
    ("A car bomb exploded outside a police station in Cali.", "exploded", "Remote explosive/landmine/IED"),
    ("Police defused a bomb outside a police station in Cali.", "defused", "Disrupted weapons use"),
])
def test_a_site_blast_is_an_explosion(pipeline, text: str, word: str, sub_event: str) -> None:
    assert _event(pipeline, text, word).acled["sub_event_type"] == sub_event


def test_killed_officers_stay_the_target(pipeline) -> None:
    event = _event(pipeline, "A car bomb exploded outside a police station in Cali on Tuesday, killing six "
                   "officers.", "exploded")
    assert [(a.name, a.sector) for a in event.target] == [("Police Forces of Colombia", "COP")]
    assert _source(event) == [_uag("Colombia", "COL")]


# 2. a deed counted as a series after "after" or "following" is not the answering government's
@pytest.mark.parametrize("text, word, source", [
    ("Ecuador declared a state of emergency after a wave of car bombs.", "car bombs", _uag("Ecuador", "ECU")),
    ("The president sent troops to Rosario after a spate of shootings.", "shootings",
     _uag("Argentina", "ARG")),
    ("Colombia's government declared a state of emergency in Cauca after a wave of bombings.", "bombings",
     _uag("Colombia", "COL")),
    ("The governor of Sinaloa suspended classes after a surge of shootings.", "shootings",
     _uag("Mexico", "MEX")),
    ("Bukele deployed soldiers to Soyapango following a string of murders.", "murders",
     _uag("El Salvador", "SLV")),
    ("Honduras suspended constitutional rights after a wave of extortion attacks.", "attacks",
     _uag("Honduras", "HND")),
    ("Ecuador's president ordered the army into the streets after a wave of car bombs.", "car bombs",
     _uag("Ecuador", "ECU")),
    # variants: a list of deeds, the police answering
    ("Mexico sent troops to Culiacán after a series of shootings and kidnappings.", "shootings",
     _uag("Mexico", "MEX")),
    ("Police stepped up patrols following a spate of killings in Rosario.", "killings",
     _uag("Argentina", "ARG")),
    # controls: a deed with its own doer (a clause, a "by" agent, a modifier), the answer itself
    ("Noboa declared a state of emergency after gangs stormed a TV station.", "stormed",
     ("Gang (Ecuador)", "ECU", "CRM", 3)),
    ("Noboa declared a state of emergency after gangs stormed a TV station.", "state of emergency",
     ("Daniel Noboa", "ECU", "GOV", 1)),
    ("Students protested after a wave of arrests by police in Caracas.", "arrests",
     ("Police Forces of Venezuela", "VEN", "COP", 1)),
    ("The army launched an offensive after a wave of rebel attacks.", "attacks", ("Rebels", None, "REB", 2)),
    ("Israeli jets struck Gaza after a wave of rocket attacks by Hamas.", "attacks",
     ("Hamas", "PSE", "REB", 2)),
    ("The government blamed the ELN for a wave of bombings in Cauca.", "bombings", ("ELN", "COL", "REB", 2)),
])
def test_the_answer_is_no_doer(pipeline, text: str, word: str, source: tuple) -> None:
    assert _source(_event(pipeline, text, word)) == [source]


def test_gunmen_in_a_time_clause_keep_their_deed(pipeline) -> None:
    event = _event(pipeline, "The governor imposed a curfew after gunmen killed nine people.", "killed")
    assert [(a.name, a.sector) for a in event.source] == [("Unidentified Armed Group", "UAF")]


# 3. "ordered the army into the streets": a deployment, the news of the sentence
@pytest.mark.parametrize("text, source", [
    ("Ecuador's president ordered the army into the streets after a wave of car bombs.",
     "Government of Ecuador"),
    ("The president ordered troops into the streets of Quito.", "Government of Ecuador"),
    ("Noboa ordered soldiers into the streets on Tuesday.", "Daniel Noboa"),
])
def test_troops_ordered_into_the_streets(pipeline, text: str, source: str) -> None:
    primary = next(e for e in _events(pipeline, text) if e.primary)
    assert (primary.trigger.text, primary.plover["type"]) == ("ordered", "MOBILIZE")
    assert [a.name for a in primary.source] == [source]


@pytest.mark.parametrize("text", [
    # controls: people ordered off the streets or home are not troops sent out
    "Police ordered protesters off the streets.",
    "The mayor ordered residents off the streets after dark.",
    "The governor ordered residents into their homes.",
])
def test_ordered_off_the_streets_is_no_deployment(pipeline, text: str) -> None:
    assert all(e.plover.get("type") != "MOBILIZE" for e in _events(pipeline, text))


# 4. a story whose lede blast has no named doer: the headline's "bomb" still points at the lede's explosion
@pytest.mark.parametrize("story, word", [
    ("# Bomb outside police station in Cali kills six officers\n\nCALI, Colombia, March 4 - A car bomb "
     "exploded outside a police station in Cali on Tuesday, killing six officers, the mayor said.\n\n"
     "In the town of Jamundí, gunmen shot dead two soldiers at a checkpoint, killing both.", "exploded"),
    # control: a headline that names the shooting keeps the shooting
    ("# Gunmen shoot dead two soldiers in Jamundí\n\nJAMUNDI, Colombia, March 4 - Gunmen shot dead two "
     "soldiers at a checkpoint in Jamundí on Tuesday, the army said.\n\n"
     "In Cali, a car bomb exploded outside a police station.", "shot dead"),
])
def test_a_headline_bomb_leads_to_the_blast(pipeline, story: str, word: str) -> None:
    primary = next(e for e in _events(pipeline, story) if e.primary)
    assert primary.trigger.text == word
