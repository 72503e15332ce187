"""Whole stories (round story48): a headline directly above a dateline is the title, and the dateline's agency
no actor; an acquittal is the court's concession and the deed after "acquitted X of" is X's background; a year
before a dated-event noun is no count; a toll told with a time of its own stays in the background; a
campaign's running toll takes no doer from the sentence before, and a people's militia named as the doer is
not the group named before; a counted mention of a force's ambiguous word ("a dozen officers") is the force
told before; "Hamas-led militants" are Hamas. Sentences written for the test, with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="story48", published="2024-05-14"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _by_trigger(pipeline, text: str, trigger: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == trigger)


def _countries(actors) -> set:
    return {a.country for a in actors}


def _sectors(actors) -> set:
    return {a.sector for a in actors}


# 1. a headline on the line right above the dateline is the title
@pytest.mark.parametrize("text, title, agency", [
    ("Thai opposition leader arrested ahead of election rally\nBANGKOK (Reuters) - Thai police arrested a "
     "prominent opposition politician on Friday on charges of insulting the monarchy, hours before he was "
     "due to address a campaign rally in the capital, his party said.",
     "Thai opposition leader arrested ahead of election rally", "Reuters"),
    ("Rebels seize embassy in the capital\nKABUL, Afghanistan (AP) -- Rebels seized the embassy on Monday.",
     "Rebels seize embassy in the capital", "Associated Press"),
    ("World\nGunmen kill six in market attack\nBAMAKO, Mali (AFP) - Gunmen killed six traders at a market on "
     "Sunday.", "Gunmen kill six in market attack", None),
])
def test_a_headline_right_above_a_dateline_is_the_title(text: str, title: str, agency: str | None) -> None:
    doc = document_from_text(text, doc_id="story48")
    assert doc.title == title
    assert not doc.text.startswith(title.split()[0] + " ")
    if agency:
        assert doc.publication == agency


def test_the_agency_of_a_dateline_under_a_headline_is_no_actor(pipeline) -> None:
    text = ("Thai opposition leader arrested ahead of election rally\nBANGKOK (Reuters) - Thai police "
            "arrested a prominent opposition politician on Friday on charges of insulting the monarchy.")
    events = _events(pipeline, text)
    assert not any(a.sector == "JRN" for e in events for a in e.source)
    primary = next(e for e in events if e.primary)
    assert primary.plover["type"] == "COERCE" and _sectors(primary.source) == {"COP"}


@pytest.mark.parametrize("text, title", [
    ("Rebels seize embassy\n\nKABUL - Rebels seized the embassy on Monday.", "Rebels seize embassy"),
    # control: a first line ending a sentence is the story's, not a title
    ("Rebels seized the embassy on Monday.\nKABUL - Officials said talks would resume.", None),
])
def test_title_controls(text: str, title: str | None) -> None:
    assert document_from_text(text, doc_id="story48").title == title


# 2. an acquittal: the court's act in the accused's favour (CONCEDE, as a pardon or a quashed conviction)
@pytest.mark.parametrize("text, country", [
    ("A South African court on Tuesday acquitted six former police officers of murder over the 2012 shooting "
     "of striking miners at Marikana.", "ZAF"),
    ("A Kenyan court acquitted the opposition leader of treason charges.", "KEN"),
    ("An Egyptian court on Monday acquitted two journalists of spreading false news.", "EGY"),
    ("A Pakistani court exonerated the former prime minister in the corruption case.", "PAK"),
])
def test_an_acquittal_is_the_courts_concession(pipeline, text: str, country: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.trigger.text in ("acquitted", "exonerated")
    assert primary.plover["type"] == "CONCEDE"
    assert _countries(primary.source) == {country} and _sectors(primary.source) == {"JUD"}
    assert primary.target


@pytest.mark.parametrize("text, deed", [
    ("A court on Tuesday acquitted six former police officers of murder.", "murder"),
    ("Three soldiers were acquitted of killing a protester.", "killing"),
    ("A court on Tuesday convicted six police officers of murder.", "murder"),
])
def test_the_deed_one_is_judged_for_is_background_and_theirs(pipeline, text: str, deed: str) -> None:
    events = _events(pipeline, text)
    assert next(e for e in events if e.primary).trigger.text != deed
    judged = [e for e in events if e.trigger.text == deed]
    assert all("JUD" not in _sectors(e.source) for e in judged)


@pytest.mark.parametrize("text, plover", [
    ("A court in Cairo convicted two activists of spreading false news.", "SANCTION"),
    ("The court pardoned the opposition leader.", "CONCEDE"),
    ("An appeals court quashed the conviction of the opposition leader.", "CONCEDE"),
])
def test_judgments_controls(pipeline, text: str, plover: str) -> None:
    assert _primary(pipeline, text).plover["type"] == plover


# 3. a year is no count
@pytest.mark.parametrize("text", [
    "Israel captured the West Bank in the 1967 Mideast war.",
    "The army seized the town during the 2011 uprising.",
    "Rebels captured the port in the 1998 war.",
])
def test_a_year_before_a_dated_event_is_no_count(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert primary.arrested is None and primary.fatalities is None
    assert primary.date.value[:4] in text


@pytest.mark.parametrize("text, arrested", [
    ("Police arrested 1500 protesters in the capital.", 1500),
    ("Police arrested 1900 people during the protests.", 1900),
])
def test_counts_of_year_like_size_stay(pipeline, text: str, arrested: int) -> None:
    assert _primary(pipeline, text).arrested == arrested


# 4. a toll told with a time of its own is not the toll of the act before it
@pytest.mark.parametrize("text", [
    "QUITO, Ecuador (AP) — President Daniel Noboa ordered the military to deploy to the country's jails. "
    "In September 2021, 119 inmates were killed in the same prison.",
    "QUITO, Ecuador (AP) — Soldiers raided the Litoral prison in Guayaquil on Monday. In September 2021, 119 "
    "inmates were killed in the same prison.",
])
def test_a_toll_dated_years_before_is_not_the_news(pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert all(e.fatalities is None for e in events if e.sentence == 1)
    killed = _by_trigger(pipeline, text, "killed")
    assert killed.fatalities == 119 and killed.date.value.startswith("2021")


@pytest.mark.parametrize("text, trigger", [
    ("JERUSALEM (AP) — Israel's military said it had struck more than 100 targets in Gaza overnight and that "
     "troops had carried out limited raids into the territory. Gaza's Health Ministry said more than 4,000 "
     "Palestinians had been killed since the war began.", "raids"),
    ("PORT-AU-PRINCE, Haiti (AP) — Gangs have expanded their control over much of Port-au-Prince since the "
     "assassination of President Jovenel Moise in July 2021. At least nine journalists were killed in Haiti "
     "in 2022, according to UNESCO.", "assassination"),
])
def test_a_dated_toll_stays_with_its_own_time(pipeline, text: str, trigger: str) -> None:
    assert _by_trigger(pipeline, text, trigger).fatalities is None


@pytest.mark.parametrize("text, fatalities", [
    ("Gunmen attacked a bus near Gao on Sunday. Four passengers were killed.", 4),
    ("Gunmen attacked a bus near Gao on Sunday. Four passengers were killed, in the deadliest attack since "
     "2019.", 4),
    ("In March 2019, gunmen attacked a village in central Mali. More than 150 people were killed.", 150),
])
def test_a_toll_told_next_is_still_the_attacks(pipeline, text: str, fatalities: int) -> None:
    primary = _primary(pipeline, text)
    assert primary.trigger.text == "attacked" and primary.fatalities == fatalities


# taking a town back is retaking it
@pytest.mark.parametrize("text, sub_event", [
    ("Nigerian soldiers have taken back the town of Marte from ISWAP fighters.",
     "Government regains territory"),
    ("The army took back control of the airport on Sunday.", "Government regains territory"),
    ("Rebels took over the town on Monday.", "Non-state actor overtakes territory"),
])
def test_taking_a_town_back_is_retaking_it(pipeline, text: str, sub_event: str) -> None:
    assert _primary(pipeline, text).acled["sub_event_type"] == sub_event


def test_taking_back_words_is_no_event(pipeline) -> None:
    assert _primary(pipeline, "The minister took back his words on Tuesday.") is None


# 5. no doer from another sentence for a campaign's toll; an explicit by-agent wins over coreference
def test_a_running_toll_takes_no_doer_from_the_sentence_before(pipeline) -> None:
    text = ("Indian troops marched alongside French soldiers on the Champs-Elysees. Human rights groups had "
            "urged Macron to raise concerns about ethnic violence in India's Manipur state, where more "
            "than 120 people have been killed since May.")
    killed = _by_trigger(pipeline, text, "killed")
    assert "MIL" not in _sectors(killed.source)


def test_the_doer_of_the_sentence_before_still_fires(pipeline) -> None:
    text = ("Police officers went to the area to arrest a suspect. A shoot-out broke out and two people were "
            "killed.")
    assert _sectors(_by_trigger(pipeline, text, "shoot-out").source) == {"COP"}


@pytest.mark.parametrize("text, name", [
    ("Central Mali has been a hotbed of violence since 2015, when the Katiba Macina, an al Qaeda-linked "
     "group, began attacking state targets. In March 2019, more than 150 Fulani herders were massacred in "
     "the village of Ogossagou by a Dogon militia.", "Dogon"),
    ("The Katiba Macina has attacked army posts for years. On Sunday a Dogon militia killed 20 herders near "
     "Bankass.", "Dogon"),
])
def test_a_peoples_militia_is_not_the_group_named_before(pipeline, text: str, name: str) -> None:
    massacre = next(e for e in _events(pipeline, text) if e.primary)
    assert massacre.source and all(name in (a.name or "") for a in massacre.source)
    assert all(a.sector == "PRM" for a in massacre.source)


def test_a_generic_group_still_corefers(pipeline) -> None:
    text = ("Al Shabaab fighters attacked a base in Lower Shabelle on Monday. The militants killed ten "
            "soldiers.")
    killed = _by_trigger(pipeline, text, "killed")
    assert {a.name for a in killed.source} == {"al-Shabaab"}


# 6. "a dozen officers" after "Army officers": the army's
def test_counted_officers_after_army_officers_are_the_army(pipeline) -> None:
    text = ("LIBREVILLE, Gabon (Reuters) - Army officers in Gabon seized power on Wednesday and placed "
            "President Ali Bongo under house arrest. In a televised address, a dozen officers announced they "
            "were dissolving state institutions, annulling the election results and closing the country's "
            "borders.")
    for trigger in ("annulling", "closing"):
        event = _by_trigger(pipeline, text, trigger)
        assert _sectors(event.source) == {"MIL"} and _countries(event.source) == {"GAB"}


@pytest.mark.parametrize("text", [
    "NAIROBI (Reuters) - Kenyan police fired tear gas at protesters in Nairobi on Tuesday. Two officers "
    "arrested a man who threw stones.",
    "Police raided a house in the north of the city. The officers arrested three men.",
])
def test_officers_after_police_stay_police(pipeline, text: str) -> None:
    assert _sectors(_by_trigger(pipeline, text, "arrested").source) == {"COP"}


# 8. "Hamas-led militants"
@pytest.mark.parametrize("text", [
    "Hamas-led militants attacked southern Israel on Oct. 7, 2023, killing some 1,200 people.",
    "A Hamas-led attack killed 1,200 people in Israel.",
])
def test_hamas_led_militants_are_hamas(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert {a.name for a in primary.source} == {"Hamas"} and _countries(primary.source) == {"PSE"}
