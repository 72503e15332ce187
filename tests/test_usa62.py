"""US and Canadian domestic news (round usa62): a probe of protests and encampments, police shootings, the
National Guard, ICE raids, FBI plots, mass shootings, January 6 cases, state-federal lawsuits,
Wet'suwet'en and Six Nations blockades and strikes, and the general causes of its errors. The wire's
abbreviated titles before a name ("Gov. Greg Abbott", "Sen. Chuck Schumer", "Rep. Jim Jordan") are
titles, not part of an unknown name; the federal departments and agencies (the Justice Department, DHS,
the Secret Service, the Border Patrol, the US Marshals, the Capitol Police) and Canada's provincial
police (OPP) are known; "the Justice Department" is no town of Justice, Illinois; a crowd at a parade is
civilians, not protesters; the gazetteer knows Caledonia, Ontario, and Perinton, New York. Sentences
written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text

DATE = "2024-06-01"


def _primary(pipeline, text: str):
    doc = document_from_text(text, doc_id="usa62", published=DATE)
    return next(e for e in pipeline.code(doc) if e.primary)


# 1. abbreviated titles before a name: the person, with the country, not an unknown "Sen. X"
@pytest.mark.parametrize("text, name, country", [
    ("Gov. Kathy Hochul criticized the Biden administration's migrant policy on Tuesday.", "Kathy Hochul",
     "USA"),
    ("Texas Gov. Greg Abbott criticized the Biden administration's border policy on Tuesday.", "Greg Abbott",
     "USA"),
    ("Sen. Chuck Schumer accused Republicans of blocking the border bill on Monday.", "Chuck Schumer", "USA"),
    ("Rep. Jim Jordan criticized the Justice Department on Tuesday.", "Jim Jordan", "USA"),
    # controls: the title written out, and another country's senator
    ("Senator Ted Cruz criticized the Biden administration's border policy on Tuesday.", "Ted Cruz", "USA"),
    ("Governor Gavin Newsom criticized the Biden administration's border policy on Tuesday.", "Gavin Newsom",
     "USA"),
    ("Sen. Bong Go criticized the police operation in Davao City on Tuesday.", "Bong Go", "PHL"),
])
def test_abbreviated_titles(pipeline, text, name, country):
    ev = _primary(pipeline, text)
    assert [(a.name, a.country) for a in ev.source] == [(name, country)]


def test_lower_case_rep_is_no_legislator(pipeline):
    ev = _primary(pipeline, "A company rep was shot dead in Chicago on Tuesday.")
    assert all("Legislature" not in (a.name or "") and "Government" not in (a.name or "") for a in ev.target)
    assert ev.location.name == "Chicago"


# 2. the federal departments and police agencies, and Canada's provincial police
@pytest.mark.parametrize("text, name, acled", [
    ("The Justice Department sued Texas on Tuesday over its new immigration law.", "Justice Department",
     "Government of the United States"),
    ("The Department of Justice sued Idaho on Tuesday over its abortion ban.", "Justice Department",
     "Government of the United States"),
    ("Border Patrol agents shot and killed a man near Nogales, Arizona, on Sunday.", "Border Patrol",
     "Police Forces of the United States (2021-2025)"),
    ("A Secret Service agent shot a man near the White House on Sunday.", "Secret Service",
     "Police Forces of the United States (2021-2025)"),
    ("Capitol Police arrested a man carrying a gun near the Capitol on Friday.", "Capitol Police",
     "Police Forces of the United States (2021-2025)"),
    ("US Marshals arrested a fugitive in Denver on Tuesday.", "US Marshals",
     "Police Forces of the United States (2021-2025)"),
    ("Ontario Provincial Police arrested two protesters at a blockade near Caledonia, Ontario.", "OPP",
     "Police Forces of Canada (2015-2025)"),
    # controls: agencies known before
    ("ICE agents arrested 40 people in a raid on a meatpacking plant in Omaha, Nebraska, on Tuesday.", "ICE",
     "Police Forces of the United States (2021-2025)"),
    ("RCMP officers arrested 14 people at a Wet'suwet'en blockade near Houston, British Columbia.", "RCMP",
     "Police Forces of Canada (2015-2025)"),
])
def test_agencies(pipeline, text, name, acled):
    ev = _primary(pipeline, text)
    assert [(a.name, a.acled_actor) for a in ev.source] == [(name, acled)]


# 3. "the Justice Department" is no town; towns the gazetteer lacked
@pytest.mark.parametrize("text, place, country", [
    ("Rep. Jim Jordan criticized the Justice Department on Tuesday.", "United States", "USA"),
    ("The Justice Department sued Idaho on Tuesday over its abortion ban.", "Idaho", "USA"),
    ("Ontario Provincial Police arrested two protesters at a blockade near Caledonia, Ontario.", "Caledonia",
     "CAN"),
    ("OPP officers arrested two men at a First Nations blockade of a highway near Caledonia.", "Caledonia",
     "CAN"),
    ("A man armed with a knife attacked a congressional candidate at a campaign event in Perinton, New York.",
     "Perinton", "USA"),
    # controls: the namesakes written with their state
    ("Police arrested a man in Justice, Illinois, on Monday.", "Justice", "USA"),
    ("Police arrested a man in Caledonia, Wisconsin, on Monday.", "Caledonia", "USA"),
])
def test_places(pipeline, text, place, country):
    ev = _primary(pipeline, text)
    assert (ev.location.name, ev.location.country) == (place, country)


# 4. a crowd at a parade is people out and about, not protesters; a crowd at a rally stays protesters
@pytest.mark.parametrize("text, target, sub_event", [
    ("Two people were killed when a gunman opened fire on a crowd at a parade in Kansas City, Missouri.",
     "Civilians (United States)", "Attack"),
    ("A gunman opened fire on a crowd at a Fourth of July parade in Highland Park, Illinois, killing seven.",
     "Civilians (United States)", "Attack"),
    # control
    ("Two people were killed when a gunman opened fire on a crowd at a rally in Kansas City, Missouri.",
     "Protesters (United States)", "Excessive force against protesters"),
])
def test_parade_crowd(pipeline, text, target, sub_event):
    ev = _primary(pipeline, text)
    assert [a.acled_actor for a in ev.target] == [target]
    assert ev.acled["sub_event_type"] == sub_event
